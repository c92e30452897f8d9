"""Shared state on several machines: alerts, their outbox, first-seen times and the site's
secret in one database (search_app/database.py), used by several nodes at once. SQLite
beside the index, or a real PostgreSQL server (a throw-away cluster, tests/postgres.py)
when DATABASE_URL is set."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from urllib.parse import urlsplit

import pytest

from search_app.alerts.store import DATABASE, MIGRATIONS, AlertStore, search_json
from search_app.database import DATABASE_URL, Database
from search_app.index import update_index
from search_app.search import SearchRequest
from search_app.web import create_app
from tests.conftest import CORPUS

ZEPPELIN = """Northbridge Borough Council
Minutes of the Transport Committee held on 2 March 2026

1. Zeppelin mooring mast at the airfield
The Committee considered a report on the zeppelin mooring mast for the old airfield.
RESOLVED: that the report be noted.
"""
READERS = [f"reader{n}@paper.test" for n in range(12)]


def indexed(folder) -> tuple:
    corpus, index_dir = folder / "corpus", folder / "index"
    shutil.copytree(CORPUS, corpus)
    update_index(corpus, index_dir)
    return corpus, index_dir


def test_two_alert_senders_at_once_send_each_email_exactly_once(smtp, database, tmp_path):
    """Two `alerts send` runs at the same moment, against a slow mail server: on two
    machines sharing PostgreSQL (each with its own copy of the index), or two processes
    sharing the SQLite file. Twelve alerts, twelve emails: each once."""
    inbox, _ = smtp
    corpus, index_dir = indexed(tmp_path)
    store = AlertStore(index_dir)
    for address in READERS:
        alert = store.add(address, SearchRequest("zeppelin"), "immediate", None, time.time())
        store.confirm(alert.id, time.time())
    time.sleep(0.01)
    (corpus / "northbridge-transport-2026-03-02.txt").write_text(ZEPPELIN, encoding="utf-8")
    update_index(corpus, index_dir)
    other = index_dir
    if database != "sqlite":  # another machine: its own index, the shared database
        other = tmp_path / "index-b"
        shutil.copytree(index_dir, other)
    inbox.pause = 0.1  # both runs are sending at once, for a second or more
    runs = [
        subprocess.Popen([sys.executable, "-m", "search_app.cli", "alerts", "send", "--index",
                          str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for folder in (index_dir, other)
    ]  # fmt: skip
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    sent = [int(re.search(r"(\d+) deliveries sent", out).group(1)) for out, _ in outputs]
    assert sum(sent) == len(READERS)
    received = sorted(m["To"] for m in inbox.messages if "new item" in m["Subject"])
    assert received == sorted(READERS)


def test_a_subscription_made_on_one_node_is_confirmed_on_another(smtp, postgres, monkeypatch,
                                                                   tmp_path):  # fmt: skip
    """Two web nodes, each with its own index, one database: the confirmation link node A
    emails (signed with the key they share through the database) works on node B, whose
    form tokens are its own."""
    monkeypatch.setenv(DATABASE_URL, postgres.new_database())
    monkeypatch.delenv("MINUTES_SECRET_KEY", raising=False)
    inbox, _ = smtp
    corpus, index_a = indexed(tmp_path)
    index_b = tmp_path / "index-b"
    shutil.copytree(index_a, index_b)
    nodes = [create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)})
             for index in (index_a, index_b)]  # fmt: skip
    a, b = (node.test_client() for node in nodes)
    try:
        token = csrf(a, "/search?q=zeppelin")
        a.post("/alerts", data={"email": "editor@paper.test", "frequency": "daily",
                                "q": "zeppelin", "csrf_token": token})  # fmt: skip
        text = inbox.wait_for(1)[0].get_body(("plain",)).get_content()
        path = urlsplit(re.search(r"Confirm: (\S+)", text).group(1)).path
        answer = b.post(path, data={"csrf_token": csrf(b, path)})
        assert answer.status_code == 200 and "Alert confirmed" in answer.get_data(as_text=True)
        (alert,) = AlertStore(index_a).of_email("editor@paper.test")
        assert alert.confirmed is not None
    finally:
        for node in nodes:
            if sender := node.extensions.get("minutes_mail_sender"):
                sender.stop()


def csrf(client, path: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(as_text=True))[
        1
    ]


def test_nodes_starting_together_apply_each_migration_once(postgres, monkeypatch, tmp_path):
    monkeypatch.setenv(DATABASE_URL, postgres.new_database())
    errors = []

    def start(n: int) -> None:
        try:
            AlertStore(tmp_path / f"node-{n}")
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=start, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Database.shared().transaction() as db:
        rows = db.execute("select schema, version from schema_versions").fetchall()
    assert [(r["schema"], r["version"]) for r in rows] == [("alerts", len(MIGRATIONS))]


def test_an_alert_file_from_before_migrations_is_taken_over_as_it_is(tmp_path, monkeypatch):
    """A SQLite file written by the schema alerts had before versioned migrations: its
    alerts are kept, and the later migrations are applied on top."""
    monkeypatch.delenv(DATABASE_URL, raising=False)
    tmp_path.mkdir(exist_ok=True)
    with sqlite3.connect(tmp_path / DATABASE) as old:
        old.executescript(MIGRATIONS[0].replace("{serial}", "integer primary key"))
        old.execute("insert into alerts values ('a1', 'old@paper.test', ?, 'daily', null, 1.0,"
                    " 2.0, 2.0, null)", (search_json(SearchRequest("bins")),))  # fmt: skip
    store = AlertStore(tmp_path)
    assert [a.id for a in store.of_email("old@paper.test")] == ["a1"]
    with store.db.transaction() as db:
        assert db.execute("select version from schema_versions").fetchone()["version"] == len(
            MIGRATIONS
        )


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_first_seen_times_are_shared_by_every_indexing_of_the_same_items(
    kind, postgres, monkeypatch, tmp_path
):
    """An item first indexed on one machine is not news when another indexes it again."""
    if kind == "postgresql":
        monkeypatch.setenv(DATABASE_URL, postgres.new_database())
    else:
        monkeypatch.delenv(DATABASE_URL, raising=False)
    from search_app.index import items_first_seen, record_first_seen

    record_first_seen(tmp_path / "a", ["x--1", "x--2"], 100.0)
    record_first_seen(tmp_path / "a", ["x--2", "x--3"], 200.0)
    assert items_first_seen(tmp_path / "a", 0.0, 150.0) == ["x--1", "x--2"]
    assert items_first_seen(tmp_path / "a", 150.0, 250.0) == ["x--3"]
