"""Alerts against a real SMTP server (aiosmtpd on a loopback port), a real HTTP receiver
for webhooks, a real index and the real Flask app."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from search_app.alerts.deliver import DAY, send_due
from search_app.alerts.mail import mail_settings
from search_app.alerts.store import AlertStore, search_from_json, search_json
from search_app.alerts.tokens import Tokens, secret_key
from search_app.alerts.webhook import WebhookRefused, check_webhook, post
from search_app.facets import FacetFilters
from search_app.index import update_index
from search_app.search import Searcher, SearchRequest
from search_app.web import create_app
from tests.conftest import CORPUS, PUBLIC

# The contract: both engines, and both places shared state lives (SQLite, PostgreSQL).
pytestmark = pytest.mark.usefixtures("engine", "database")


@pytest.fixture
def site(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    update_index(corpus, index_dir)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)})
    yield corpus, index_dir, app.test_client()
    if sender := app.extensions.get("minutes_mail_sender"):
        sender.stop()  # or, woken later, it would send this test's leftovers to the next's


NEW_MINUTES = """Northbridge Borough Council
Minutes of the Transport Committee held on 2 March 2026

Present: Councillor A Ferris (Chair), Councillor B Ng

1. Zeppelin mooring mast at the airfield
The Committee considered a report on the zeppelin mooring mast proposed for the old
airfield. Councillor Ng asked about noise.
RESOLVED: that the report be noted.

2. Bus shelters
The Committee noted the programme of bus shelter repairs.
"""


MARCH = "northbridge-transport-2026-03-02.txt"
APRIL = "northbridge-transport-2026-04-06.txt"


def index_new_minutes(corpus, index_dir, name: str = MARCH, text: str = NEW_MINUTES, now=None):
    """A new minutes file lands and an indexing run picks it up."""
    (corpus / name).write_text(text, encoding="utf-8")
    update_index(corpus, index_dir, now=now)


def csrf_of(client, path: str = "/search?q=zeppelin") -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def subscribe(client, address: str, frequency: str = "immediate", **fields) -> object:
    form = {"email": address, "frequency": frequency, "q": "zeppelin", **fields}
    return client.post("/alerts", data=form | {"csrf_token": csrf_of(client)})


def link(message, label: str) -> str:
    text = message.get_body(("plain",)).get_content()
    return re.search(rf"{label}: (\S+)", text).group(1)


def path_of(url: str) -> str:
    return urlsplit(url).path


def subscribed(client, inbox, address: str = "reporter@paper.test", **fields) -> None:
    """An alert for "zeppelin", subscribed and confirmed."""
    before = len(inbox.messages)
    subscribe(client, address, **fields)
    confirm(client, inbox.wait_for(before + 1)[-1])


def confirm(client, message) -> None:
    path = path_of(link(message, "Confirm"))
    assert "Confirm alert" in client.get(path).get_data(as_text=True)  # GET alone confirms not
    answer = client.post(path, data={"csrf_token": csrf_of(client, path)})
    assert answer.status_code == 200 and "Alert confirmed" in answer.get_data(as_text=True)


def deliver(index_dir, now: float | None = None, dry_run: bool = False):
    return send_due(index_dir, Searcher(index_dir), mail_settings(),
                    Tokens(secret_key(index_dir)), now=now, dry_run=dry_run)  # fmt: skip


def test_subscribe_confirm_receive_exactly_the_new_items_then_unsubscribe(smtp, site):
    inbox, _ = smtp
    corpus, index_dir, client = site
    answer = subscribe(client, "reporter@paper.test")
    assert answer.status_code == 200 and "Check your email" in answer.get_data(as_text=True)
    (confirmation,) = inbox.wait_for(1)
    assert confirmation["To"] == "reporter@paper.test"
    confirm(client, confirmation)

    index_new_minutes(corpus, index_dir)
    report = deliver(index_dir)
    assert report.sent == 1 and not report.failed
    alert_mail = inbox.messages[-1]
    assert alert_mail["Subject"] == "1 new item: “zeppelin”"
    assert alert_mail["List-Unsubscribe"].startswith(f"<{PUBLIC}/alerts/unsubscribe/")
    assert alert_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = alert_mail.get_body(("plain",)).get_content()
    assert "Transport Committee, Northbridge Borough Council, 2 March 2026" in text
    assert "Zeppelin mooring mast" in text and "Bus shelters" not in text
    assert f"{PUBLIC}/items/northbridge-transport-2026-03-02--1" in text
    assert "<mark>zeppelin</mark>" in alert_mail.get_body(("html",)).get_content()

    assert deliver(index_dir).sent == 0  # nothing new: nothing sent
    index_new_minutes(corpus, index_dir, text=NEW_MINUTES + "\nAOB.\n")  # changed: not news
    assert deliver(index_dir).sent == 0

    one_click = client.post(path_of(alert_mail["List-Unsubscribe"].strip("<>")),
                            data="List-Unsubscribe=One-Click",
                            content_type="application/x-www-form-urlencoded")  # fmt: skip
    assert one_click.status_code == 200 and "Unsubscribed" in one_click.get_data(as_text=True)
    index_new_minutes(corpus, index_dir, APRIL, NEW_MINUTES.replace("2 March", "6 April"))
    assert deliver(index_dir).sent == 0 and len(inbox.messages) == 2


def test_nothing_is_sent_before_confirmation(smtp, site):
    inbox, _ = smtp
    corpus, index_dir, client = site
    subscribe(client, "unsure@paper.test")
    index_new_minutes(corpus, index_dir)
    assert deliver(index_dir).alerts_due == 0 and len(inbox.wait_for(1)) == 1


def test_a_deleted_file_sends_nothing(smtp, site):
    inbox, _ = smtp
    corpus, index_dir, client = site
    subscribed(client, inbox)
    index_new_minutes(corpus, index_dir)
    (corpus / MARCH).unlink()
    update_index(corpus, index_dir)
    assert deliver(index_dir).sent == 0 and len(inbox.messages) == 1


def test_daily_and_weekly_digests_follow_the_clock_and_group_by_meeting(smtp, site):
    inbox, _ = smtp
    corpus, index_dir, _ = site
    store = AlertStore(index_dir)
    start = time.time() + 1  # after the fixture indexed the bundled corpus
    search = SearchRequest("zeppelin", FacetFilters())
    daily = store.add("daily@paper.test", search, "daily", None, start)
    weekly = store.add("weekly@paper.test", search, "weekly", None, start)
    store.confirm(daily.id, start)
    store.confirm(weekly.id, start)
    index_new_minutes(corpus, index_dir, now=start + 60)
    assert deliver(index_dir, now=start + 3600).sent == 0  # neither a day nor a week yet
    assert deliver(index_dir, now=start + DAY).sent == 1
    assert inbox.messages[-1]["To"] == "daily@paper.test"
    april = NEW_MINUTES.replace("2 March", "6 April")
    index_new_minutes(corpus, index_dir, APRIL, april, now=start + DAY + 1800)
    assert deliver(index_dir, now=start + DAY + 3600).sent == 0  # the daily one waits a day
    assert deliver(index_dir, now=start + 2 * DAY).sent == 1
    second = inbox.messages[-1].get_body(("plain",)).get_content()
    assert "6 April 2026" in second and "2 March 2026" not in second
    assert deliver(index_dir, now=start + 7 * DAY).sent == 1  # the weekly: both meetings
    weekly_text = inbox.messages[-1].get_body(("plain",)).get_content()
    assert inbox.messages[-1]["To"] == "weekly@paper.test"
    assert weekly_text.index("6 April 2026") < weekly_text.index(
        "2 March 2026"
    )  # grouped, newest first


def test_a_failed_delivery_run_resumes_without_duplicates(smtp, site):
    inbox, controller = smtp
    corpus, index_dir, client = site
    subscribed(client, inbox)
    index_new_minutes(corpus, index_dir)
    controller.stop()  # the mail server goes away mid-run
    failed = deliver(index_dir)
    assert failed.sent == 0 and failed.failed
    controller.start()
    assert deliver(index_dir).sent == 1
    assert deliver(index_dir).sent == 0
    assert [m["Subject"] for m in inbox.messages[1:]] == ["1 new item: “zeppelin”"]


def test_a_delivery_run_killed_mid_send_resumes_without_duplicates(smtp, site):
    """SIGKILL to `minutes-search alerts send` while the mail server holds its message:
    the next run sends it once; the run after sends nothing."""
    inbox, _ = smtp
    corpus, index_dir, client = site
    subscribed(client, inbox)
    index_new_minutes(corpus, index_dir)
    inbox.stall_next = True
    command = [sys.executable, "-m", "search_app.cli", "alerts", "send", "--index", str(index_dir)]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert inbox.stalled.wait(60), "the run never reached the mail server"
        run.send_signal(signal.SIGKILL)
        run.wait(10)
    finally:
        run.kill()
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "1 deliveries sent" in again.stdout
    assert "0 deliveries sent" in subprocess.run(command, capture_output=True, text=True,
                                                 timeout=120).stdout  # fmt: skip
    assert [m["Subject"] for m in inbox.messages[1:]] == ["1 new item: “zeppelin”"]


def test_a_dry_run_says_what_it_would_send_and_changes_nothing(smtp, site):
    inbox, _ = smtp
    corpus, index_dir, client = site
    subscribed(client, inbox)
    index_new_minutes(corpus, index_dir)
    planned = deliver(index_dir, dry_run=True)
    assert planned.planned == ["reporter@paper.test: 1 new items for “zeppelin”"]
    assert len(inbox.messages) == 1 and deliver(index_dir).sent == 1


def test_the_same_answer_whether_or_not_an_address_has_alerts(smtp, site):
    _, _, client = site
    first = subscribe(client, "same@paper.test")
    second = subscribe(client, "same@paper.test")
    assert first.status_code == second.status_code == 200
    assert first.get_data() == second.get_data()
    token = csrf_of(client, "/alerts")
    known = client.post("/alerts/manage", data={"email": "same@paper.test", "csrf_token": token})
    unknown = client.post("/alerts/manage", data={"email": "new@paper.test", "csrf_token": token})
    assert known.get_data() == unknown.get_data()


def test_subscription_requests_are_rate_limited_per_address(smtp, site):
    _, _, client = site
    answers = [subscribe(client, "busy@paper.test").status_code for _ in range(6)]
    assert answers == [200] * 5 + [429]
    assert subscribe(client, "other@paper.test").status_code == 200


def test_subscription_requests_are_rate_limited_per_client(smtp, site):
    _, _, client = site
    answers = [subscribe(client, f"desk{n}@paper.test").status_code for n in range(21)]
    assert answers == [200] * 20 + [429]


def test_forms_need_their_csrf_token(smtp, site):
    _, _, client = site
    answer = client.post("/alerts", data={"email": "a@paper.test", "q": "zeppelin"})
    assert answer.status_code == 400 and "did not come from this site" in answer.get_data(
        as_text=True
    )


def test_forged_links_and_stored_tokens(smtp, site):
    inbox, _ = smtp
    _, index_dir, client = site
    subscribe(client, "reporter@paper.test")
    confirm_url = link(inbox.wait_for(1)[0], "Confirm")
    token = confirm_url.rsplit("/", 1)[1]
    assert client.get(path_of(confirm_url) + "x").status_code == 404
    assert client.get("/alerts/manage/not-a-token").status_code == 404
    assert client.get("/alerts/feed/not-a-token").status_code == 404
    assert token not in everything_stored(index_dir)


def everything_stored(index_dir) -> str:
    """Every row of the alert store, wherever it lives, as text."""
    store = AlertStore(index_dir)
    with store.db.transaction() as db:
        rows = [db.execute(f"select * from {table}").fetchall()
                for table in ("alerts", "deliveries", "messages", "requests")]  # fmt: skip
    return repr([dict(row) for table in rows for row in table])


def test_no_header_injection_through_the_query(smtp, site):
    inbox, _ = smtp
    _, _, client = site
    subscribe(client, "reporter@paper.test", q="zeppelin\r\nBcc: victim@paper.test")
    (message,) = inbox.wait_for(1)
    assert message["Bcc"] is None and "\n" not in message["Subject"]


def test_webhook_addresses_are_guarded(monkeypatch):
    for url in ("http://127.0.0.1:9/hook", "http://localhost/hook", "http://10.0.0.5/",
                "http://[::1]/", "file:///etc/passwd", "ftp://example.org/", "http://u:p@example.org/"):  # fmt: skip
        with pytest.raises(WebhookRefused):
            check_webhook(url)
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_WEBHOOKS", "1")
    assert check_webhook("http://127.0.0.1:9/hook") == "http://127.0.0.1:9/hook"


@pytest.mark.parametrize(
    "host",
    [
        "[64:ff9b::7f00:1]",  # NAT64 of 127.0.0.1
        "[64:ff9b::a00:5]",  # NAT64 of 10.0.0.5
        "[64:ff9b:1::a9fe:a9fe]",  # a network's own NAT64 (RFC 8215)
        "[2002:7f00:1::]",  # 6to4 of 127.0.0.1
        "[2002:a9fe:a9fe::]",  # 6to4 of 169.254.169.254, the cloud metadata address
        "[::ffff:127.0.0.1]",  # IPv4-mapped
        "[::ffff:c0a8:101]",  # IPv4-mapped 192.168.1.1, written in hex
        "[::7f00:1]",  # IPv4-compatible (deprecated) 127.0.0.1
    ],
)
def test_webhook_addresses_that_lead_to_a_private_ipv4_address_are_refused(host):
    with pytest.raises(WebhookRefused, match="private or local"):
        check_webhook(f"http://{host}/hook")


def test_the_ipv6_forms_of_a_public_address_are_allowed():
    for host in ("[64:ff9b::808:808]", "[2002:808:808::]", "[::ffff:8.8.8.8]"):
        assert check_webhook(f"http://{host}/hook") == f"http://{host}/hook"


class Receiver(BaseHTTPRequestHandler):
    """Records each POST's Host header on its server (`server.hosts`) and answers 200."""

    def do_POST(self):  # noqa: N802 - http.server's name
        self.server.hosts.append(self.headers["Host"])
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def receiver(address: str, port: int = 0) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((address, port), Receiver)
    server.hosts = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_a_webhook_post_connects_to_the_address_it_checked(monkeypatch):
    """DNS rebinding: hook.test answers an allowed address when checked and another one
    later; the post goes only where the check looked, with the name in its Host header."""
    allowed = receiver("127.0.0.1")
    port = allowed.server_port
    other = receiver("127.0.0.2", port)
    answers = ["127.0.0.1"]  # what the name resolves to, one answer per lookup
    resolve = socket.getaddrinfo

    def dns(host, *args, **kwargs):
        if host == "hook.test":
            host = answers.pop(0) if len(answers) > 1 else answers[0]
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", dns)
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_WEBHOOKS", "127.0.0.1/32")
    hook = f"http://hook.test:{port}/hook"
    try:
        post(hook, {"text": "1 new item"})
        assert allowed.hosts == [f"hook.test:{port}"]
        answers[:] = ["127.0.0.1", "127.0.0.2"]  # checked, then rebound for the connection
        with pytest.raises(RuntimeError, match=r"hook.test \(127.0.0.2\): a private or local"):
            post(hook, {"text": "1 new item"}, attempts=1)
    finally:
        allowed.shutdown()
        other.shutdown()
    assert other.hosts == [] and allowed.hosts == [f"hook.test:{port}"]


def test_a_webhook_receives_the_new_items_as_json(smtp, site, monkeypatch):
    inbox, _ = smtp
    corpus, index_dir, client = site
    received: list[dict] = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_port}/hook"
    try:
        assert subscribe(client, "desk@paper.test", webhook=hook).status_code == 400  # private
        monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_WEBHOOKS", "1")
        assert subscribe(client, "desk@paper.test", webhook=hook).status_code == 200
        confirm(client, inbox.wait_for(1)[-1])
        index_new_minutes(corpus, index_dir)
        assert deliver(index_dir).sent == 2  # the email and the webhook
    finally:
        server.shutdown()
    (payload,) = received
    assert payload["text"].startswith("1 new item for your alert “zeppelin”")
    assert payload["items"][0]["url"] == f"{PUBLIC}/items/northbridge-transport-2026-03-02--1"


def test_a_private_feed_lists_what_was_sent(smtp, site):
    inbox, _ = smtp
    corpus, index_dir, client = site
    subscribed(client, inbox)
    index_new_minutes(corpus, index_dir)
    deliver(index_dir)
    manage = path_of(link(inbox.messages[-1], "Manage your alerts"))
    page = client.get(manage).get_data(as_text=True)
    feed = re.search(r'href="(/alerts/feed/[^"]+)"', page).group(1)
    atom = client.get(feed)
    assert atom.mimetype == "application/atom+xml"
    assert "Zeppelin mooring mast" in atom.get_data(as_text=True)


@pytest.mark.parametrize("setting", ["SMTP_HOST", "MINUTES_PUBLIC_URL"])
def test_without_mail_settings_the_forms_say_alerts_are_off(smtp, site, monkeypatch, setting):
    """Without a mail server, or without the site's public address (the only source of
    links in emails), there are no alerts: the forms say so and `alerts send` refuses."""
    monkeypatch.delenv(setting)
    _, index_dir, client = site
    assert "Email alerts are not configured on this site" in client.get("/search?q=x").get_data(
        as_text=True
    )
    with client.session_transaction() as session:  # a token from a page shown earlier
        session["csrf"] = "token-from-an-earlier-page"
    answer = client.post(
        "/alerts", data={"email": "a@paper.test", "csrf_token": "token-from-an-earlier-page"}
    )
    assert answer.status_code == 503
    assert "not configured" in answer.get_data(as_text=True)
    command = [sys.executable, "-m", "search_app.cli", "alerts", "send", "--index", str(index_dir)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "MINUTES_PUBLIC_URL" in run.stderr


def test_an_indexing_run_that_adds_items_sends_the_alerts_due(smtp, site):
    """`minutes-search index` sends what is due after its commit when mail is set up."""
    inbox, _ = smtp
    corpus, index_dir, client = site
    subscribed(client, inbox)
    (corpus / MARCH).write_text(NEW_MINUTES, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "search_app.cli",
        "index",
        str(corpus),
        "--index",
        str(index_dir),
    ]
    indexed = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert indexed.returncode == 0, indexed.stderr
    assert "alerts: 1 deliveries sent, 0 failed" in indexed.stdout
    assert inbox.messages[-1]["Subject"] == "1 new item: “zeppelin”"


def test_a_webhook_that_fails_once_is_retried(monkeypatch):
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_WEBHOOKS", "1")
    answers = [503, 200]
    received: list[dict] = []

    class Flaky(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(answers.pop(0))
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        post(f"http://127.0.0.1:{server.server_port}/hook", {"text": "1 new item"})
    finally:
        server.shutdown()
    assert received == [{"text": "1 new item"}] * 2


def test_emailed_links_never_take_their_host_from_the_request(smtp, site):
    """A POST naming someone's address with `Host: evil.example` still mails them links
    to the configured public address, so the attacker never sees their token."""
    inbox, _ = smtp
    _, _, client = site
    subscribed(client, inbox, "victim@paper.test")
    evil = "http://evil.example"
    page = client.get("/alerts", base_url=evil).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answer = client.post("/alerts/manage", base_url=evil,
                         data={"email": "victim@paper.test", "csrf_token": token})  # fmt: skip
    assert answer.status_code == 200
    manage_link = link(inbox.wait_for(2)[-1], "Manage your alerts")
    assert manage_link.startswith(f"{PUBLIC}/alerts/manage/") and "evil" not in manage_link


def test_the_manage_form_answers_before_the_mail_server_does(smtp, site):
    """The email is queued and sent after the answer, for known and unknown addresses
    alike: a page never waits on SMTP, so its timing cannot tell who has alerts. A send
    that fails is kept and goes with the next `alerts send`."""
    inbox, _ = smtp
    _, index_dir, client = site
    subscribed(client, inbox, "known@paper.test")
    inbox.stall_next = True  # the server holds the next message 3 s, then refuses it
    token = csrf_of(client, "/alerts")
    answer = client.post("/alerts/manage", data={"email": "known@paper.test", "csrf_token": token})
    assert answer.status_code == 200 and not inbox.released.is_set()
    assert inbox.stalled.wait(10) and inbox.released.wait(10)
    time.sleep(0.5)  # the sender records the refusal
    assert deliver(index_dir).messages == 1
    assert link(inbox.wait_for(2)[-1], "Manage your alerts").startswith(PUBLIC)


def test_an_alert_saved_with_the_older_filter_names_follows_the_same_search():
    older = json.dumps({"query": "ferry", "filters": {
        "committees": ["Cabinet"], "councils": [], "years": [2021, 0], "speakers": ["Ann Lee"],
        "topics": [], "decided": True, "include_procedural": False,
        "date_from": "2020-01-01", "date_to": None,
    }})  # fmt: skip
    search = search_from_json(older)
    assert search.filters.chosen == {
        "committee": ["Cabinet"], "year": ["2021", "undated"], "speaker": ["Ann Lee"],
        "decision": ["yes"],
    }  # fmt: skip
    assert search.filters.date_from.isoformat() == "2020-01-01"
    assert search_from_json(search_json(search)).filters == search.filters


def keys_read_at_once(index_dir, readers: int) -> tuple[list[str], list[OSError]]:
    """`readers` threads asking for the key at the same moment."""
    start = threading.Barrier(readers)
    keys, errors = [], []

    def read_key() -> None:
        start.wait()
        try:
            keys.append(secret_key(index_dir))
        except OSError as error:
            errors.append(error)

    runners = [threading.Thread(target=read_key) for _ in range(readers)]
    for runner in runners:
        runner.start()
    for runner in runners:
        runner.join()
    return keys, errors


def test_processes_starting_at_once_share_one_whole_secret_key(tmp_path, monkeypatch):
    """A site and `alerts send` starting together each make the key if it is missing: all
    of them must read the same full key, with no error and no half-written file."""
    monkeypatch.delenv("MINUTES_SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for round_ in range(40):
        index_dir = tmp_path / f"index-{round_}"
        keys, errors = keys_read_at_once(index_dir, 8)
        assert not errors and len(set(keys)) == 1 and len(keys[0]) >= 48, (errors, keys)
        assert sorted(path.name for path in index_dir.iterdir()) == ["secret_key"]
        assert (index_dir / "secret_key").stat().st_mode & 0o777 == 0o600
