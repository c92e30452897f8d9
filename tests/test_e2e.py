"""End to end: a real server on localhost and a real headless Chromium (Debian's), no JavaScript.

Set MINUTES_SCREENSHOTS=docs to refresh the screenshots in docs/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from importlib import resources
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import CORPUS
from tests.mail_server import MailServer

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def mail():
    """A real SMTP server; the site under test sends its alert emails there."""
    server = MailServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory, engine, mail):
    corpus, index_dir = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("index")
    shutil.copytree(CORPUS, corpus, dirs_exist_ok=True)
    port = free_port()
    command = [sys.executable, "-m", "search_app.cli", "serve", "--corpus", str(corpus),
               "--index", str(index_dir), "--port", str(port)]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    settings = {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mail.port), "SMTP_STARTTLS": "0",
                "MINUTES_PUBLIC_URL": base}  # fmt: skip
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ | settings
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/", timeout=2)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "Debian's chromium is needed for the end-to-end tests (.ci/run installs it)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1200, "height": 900}
    )
    yield context.new_page()
    context.close()


def screenshot_path(name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MINUTES_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def test_type_a_query_tick_a_facet_and_follow_a_result(server, page, tmp_path):
    page.goto(server + "/")
    page.fill("#q", "children")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=children&mode=")  # the match select: default
    assert page.locator(".results > li").count() >= 2

    page.check("input[name=committee][value='Children and Families Overview and Scrutiny Panel']")
    page.click("text=Apply filters")
    page.wait_for_url("**committee=Children*")
    assert (
        page.locator(".chips a").first.inner_text().startswith("committee: Children and Families")
    )
    titles = page.locator(".results h3 a").all_inner_texts()
    assert sorted(titles) == [
        "Child Sexual Exploitation: Update", "Missing Children and Young People: Update",
    ]  # fmt: skip
    page.screenshot(path=str(screenshot_path("search-page.png", tmp_path)), full_page=True)

    page.click(".results h3 a >> text=Child Sexual Exploitation")
    page.wait_for_url("**/items/worcestershire-children-families-osp-2015-05-22--5?q=children&*")
    marks = page.locator("main mark").all_inner_texts()
    assert "children" in [m.lower() for m in marks]
    assert "item 5: Child Sexual Exploitation: Update" in page.locator("#citation").inner_text()
    page.screenshot(path=str(screenshot_path("item-page.png", tmp_path)), full_page=True)

    # Back to the same results: the committee filter and sort come back too.
    page.click("text=Back to results")
    page.wait_for_url("**/search?q=children&*committee=Children*")
    assert page.locator(".results > li").count() == 2


def test_keyboard_first_tab_reaches_the_skip_link(server, page):
    page.goto(server + "/search?q=taxi")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"


def test_pages_read_on_a_phone_without_sideways_scrolling(server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    phone = context.new_page()
    phone.goto(server + "/search?q=budget")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    # Results come first on a phone; the filters follow, collapsible, one link away.
    results = phone.locator("#results-heading").bounding_box()
    filters = phone.locator("#filters-heading").bounding_box()
    assert results["y"] < 400 < filters["y"]
    phone.click("text=Filters")
    phone.click("#filters summary")  # closes the filters without JavaScript
    assert not phone.locator("input[name=year]").first.is_visible()
    context.close()


def test_item_text_keeps_to_a_readable_line_length_on_a_wide_screen(server, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + "/items/worcestershire-children-families-osp-2015-05-22--5")
    widths = page.eval_on_selector_all(
        "#minute-heading ~ p", "ps => ps.map(p => p.getBoundingClientRect().width)"
    )
    seventy_five = page.eval_on_selector(
        "#minute-heading ~ p",
        """p => { const s = document.createElement('span'); s.textContent = '0'.repeat(75);
                  p.appendChild(s); const w = s.getBoundingClientRect().width; s.remove(); return w; }""",
    )
    main = page.eval_on_selector("main", "m => m.getBoundingClientRect().width")
    assert widths and max(widths) <= seventy_five + 1 < main  # ~75 characters, not the page


SCREENSHOTS = {  # docs/<name>-<width>.png, refreshed with MINUTES_SCREENSHOTS=docs
    "/search?q=children": "search-page",
    "/items/worcestershire-children-families-osp-2015-05-22--5?q=children": "item-page",
    "/people/worcestershire-county-council--gail-quinton": "person-page",
}
AXE_PAGES = [
    "/",
    "/search?q=children",
    "/search?q=zzzqqq",
    "/items/worcestershire-children-families-osp-2015-05-22--5?q=children",
    "/meetings/worcestershire-children-families-osp-2015-05-22",
    "/people/worcestershire-county-council--gail-quinton",
]


@pytest.fixture(scope="module")
def axe_script() -> str:
    """axe-core's axe.min.js, as the axe-playwright-python wheel bundles it."""
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", AXE_PAGES)
@pytest.mark.parametrize("width", [1280, 375])
def test_pages_pass_an_axe_core_audit(server, browser, axe_script, path, width, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 900})
    audited = context.new_page()
    audited.goto(server + path)
    if path in SCREENSHOTS:
        shot = f"{SCREENSHOTS[path]}-{width}.png"
        audited.screenshot(path=str(screenshot_path(shot, tmp_path)), full_page=True)
    audited.evaluate(axe_script)
    results = audited.evaluate("axe.run(document, {resultTypes: ['violations']})")
    context.close()
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, serious


def test_subscribe_to_a_search_and_confirm_it(server, page, mail):
    """Without JavaScript: the search page's alert form, the confirmation email, the
    confirm button, then the alert listed on the manage page."""
    page.goto(
        server
        + "/search?q=exploitation&committee=Children+and+Families+Overview+and+Scrutiny+Panel"
    )
    page.fill("#alert-email", "editor@paper.test")
    page.select_option("#alert-frequency", "daily")
    before = len(mail.inbox.messages)
    page.click("button:has-text('Email me new items')")
    assert page.locator("h1").inner_text() == "Check your email"
    message = mail.inbox.wait_for(before + 1)[-1]
    text = message.get_body(("plain",)).get_content()
    confirm = next(
        line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("Confirm:")
    )
    assert "“exploitation”, committee Children and Families" in message["Subject"]
    page.goto(confirm)
    page.click("button:has-text('Confirm alert')")
    assert page.locator("h1").inner_text() == "Alert confirmed"
    page.click("text=Manage your alerts")
    listed = page.locator("main li").first.inner_text()
    assert "“exploitation”" in listed and "daily" in listed and "not confirmed" not in listed
