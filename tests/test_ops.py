"""Running the site: /healthz, /metrics (summed over serve's workers), the JSON access log
with its request id, caching headers a proxy can follow, and the per-client limit on
searches and exports. The real app on a real index, and a real `serve` for the workers."""

from __future__ import annotations

import json
import logging
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from search_app.index import update_index
from search_app.web import create_app
from tests.conftest import CORPUS


@pytest.fixture
def site(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    update_index(corpus, index_dir)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)})
    return app, index_dir


@pytest.mark.usefixtures("database")
def test_healthz_is_ready_with_an_index_and_says_which_generation_and_how_old(site):
    app, index_dir = site
    answer = app.test_client().get("/healthz")
    state = answer.get_json()
    assert answer.status_code == 200 and state["status"] == "ready"
    manifest = json.loads((index_dir / "manifest.json").read_text())
    assert state["index"]["generation"] == manifest["generation"] >= 1
    assert 0 <= state["index"]["age_seconds"] < 120
    assert state["index"]["documents"] == len(manifest["files"])
    assert state["database"]["reachable"] is True and state["outbox"] == 0
    assert answer.headers["Cache-Control"] == "no-store"


def test_healthz_is_not_ready_without_an_index(tmp_path):
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")})
    answer = app.test_client().get("/healthz")
    assert answer.status_code == 503 and answer.get_json()["index"]["open"] is False


def test_each_commit_is_a_new_generation(site):
    app, index_dir = site
    first = app.test_client().get("/healthz").get_json()["index"]["generation"]
    (index_dir.parent / "corpus" / "extra-2026-01-05.txt").write_text(
        "Fernbrook Town Council\nMinutes of the meeting held on 5 January 2026\n\n"
        "1. Allotments\nThe allotment rents were agreed.\n",
        encoding="utf-8",
    )
    update_index(index_dir.parent / "corpus", index_dir)
    assert app.test_client().get("/healthz").get_json()["index"]["generation"] == first + 1


def test_metrics_count_requests_by_route_and_searches_by_engine(site, engine):
    app, _ = site
    client = app.test_client()
    for query in ("children", "budget", "school"):
        assert client.get(f"/search?q={query}").status_code == 200
    text = client.get("/metrics").get_data(as_text=True)
    counted = re.search(r'minutes_http_requests_total\{route="/search",status="200"\} (\S+)', text)
    assert counted and float(counted[1]) >= 3
    assert re.search(rf'minutes_search_seconds_count\{{engine="{engine}"\}} (\S+)', text)
    items = re.search(r"^minutes_index_items (\S+)$", text, re.M)
    assert items and float(items[1]) > 10
    assert re.search(r"^minutes_index_generation_age_seconds \S+$", text, re.M)
    assert re.search(r"^minutes_alerts_outbox 0\.0$", text, re.M)


def test_every_request_is_one_json_log_line_with_its_request_id(site, caplog):
    app, _ = site
    client = app.test_client()
    with caplog.at_level(logging.INFO, logger="minutes_search.access"):
        mine = client.get("/search?q=children", headers={"X-Request-Id": "trace-42"})
        forged = client.get("/browse", headers={"X-Request-Id": "<script>" + "x" * 100})
    assert mine.headers["X-Request-Id"] == "trace-42"
    assert re.fullmatch(r"[0-9a-f]{32}", forged.headers["X-Request-Id"])  # not the one sent
    lines = [json.loads(record.getMessage()) for record in caplog.records]
    assert lines[0]["request_id"] == "trace-42" and lines[0]["route"] == "/search"
    assert lines[0]["status"] == 200 and lines[0]["ms"] > 0
    assert "children" not in json.dumps(lines)  # what people search for is not logged


def test_caching_headers_say_what_a_proxy_may_keep(site, request):
    app, _ = site
    client = app.test_client()
    search = client.get("/search?q=children")
    item_id = re.search(r'href="/items/([^"?#]+)', search.get_data(as_text=True))[1]
    assert search.headers["Cache-Control"] == "public, max-age=30"
    request.getfixturevalue("smtp")  # alerts set up: the page carries an alert form's token
    assert client.get("/search?q=children").headers["Cache-Control"] == "private, max-age=30"
    assert app.test_client().get("/api/search?q=children").headers["Cache-Control"] == (
        "public, max-age=30"
    )
    assert app.test_client().get(f"/items/{item_id}").headers["Cache-Control"] == (
        "public, max-age=300"
    )
    assert client.get("/alerts").headers["Cache-Control"] == "no-store"
    assert client.get("/metrics").headers["Cache-Control"] == "no-store"


def test_a_client_over_its_search_limit_is_told_to_wait(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    update_index(corpus, index_dir)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "SEARCHES_PER_MINUTE": 3})
    client = app.test_client()
    assert [client.get("/api/search?q=children").status_code for _ in range(3)] == [200] * 3
    refused = client.get("/search.csv?q=children")
    assert refused.status_code == 429 and 1 <= int(refused.headers["Retry-After"]) <= 60
    assert client.get("/api/search?q=x").get_json()["error"].startswith("Too many searches")
    assert client.get("/browse").status_code == 200  # only searches and exports are limited


def test_metrics_sum_every_worker_of_serve(tmp_path):
    """`serve --workers 2`: each worker counts its own requests; a scrape, whichever worker
    answers it, reports them all."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    shutil.copytree(CORPUS, tmp_path / "corpus")
    server = subprocess.Popen(
        [sys.executable, "-m", "search_app.cli", "serve", "--corpus", str(tmp_path / "corpus"),
         "--index", str(tmp_path / "index"), "--port", str(port), "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "serve never answered"
                time.sleep(0.2)
        for n in range(20):  # new connections: both workers take some
            urllib.request.urlopen(f"{base}/browse?n={n}", timeout=10).close()
        scrapes = []
        for _ in range(4):
            with urllib.request.urlopen(f"{base}/metrics", timeout=10) as answer:
                text = answer.read().decode()
            found = re.search(r'minutes_http_requests_total\{route="/browse",status="200"\} (\S+)',
                              text)  # fmt: skip
            scrapes.append(float(found[1]))
        assert scrapes == [20.0] * 4
    finally:
        server.kill()
        server.wait(10)


def test_behind_a_trusted_proxy_each_visitor_has_their_own_limit(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    update_index(corpus, index_dir)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "SEARCHES_PER_MINUTE": 2,
                      "PROXIES": 1})  # fmt: skip
    client = app.test_client()

    def search(visitor: str) -> int:
        return client.get("/api/search?q=x", headers={"X-Forwarded-For": visitor}).status_code

    assert [search("203.0.113.7") for _ in range(3)] == [200, 200, 429]
    assert search("198.51.100.9") == 200  # another visitor, the same proxy


def test_the_search_limit_forgets_clients_idle_for_a_window():
    from search_app.web.ops import RateLimit

    limit = RateLimit(2, 60.0)
    for n in range(5_000):
        limit.wait_for(f"2001:db8::{n:x}", 100.0)
    assert limit.wait_for("203.0.113.7", 200.0) == 0.0
    assert set(limit.seen) == {"203.0.113.7"}


def test_a_trusted_proxy_is_believed_about_the_client_never_about_the_host(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    update_index(corpus, index_dir)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "PROXIES": 1})
    feed = app.test_client().get("/search.atom?q=council",
                                 headers={"X-Forwarded-Host": "evil.example"})  # fmt: skip
    assert feed.status_code == 200 and "evil.example" not in feed.get_data(as_text=True)
