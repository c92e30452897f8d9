"""Shared fixtures: the bundled corpus and its golden expectations."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = CORPUS / "worcestershire-children-families-osp-2015-05-22.txt"


def indexed_corpus(tmp_path_factory, *fixtures: str) -> tuple[Path, Path]:
    """A copy of the bundled corpus plus the named fixture files, indexed: (corpus, index)."""
    from search_app.index import update_index

    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(CORPUS, corpus, dirs_exist_ok=True)
    for name in fixtures:
        shutil.copy(FIXTURES / name, corpus / name)
    index_dir = tmp_path_factory.mktemp("index")
    report = update_index(corpus, index_dir)
    assert not report.failed, report.failed
    return corpus, index_dir


def children_of(pid: int) -> list[int]:
    """The processes whose parent is `pid`, read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    path = Path(__file__).parent / "golden" / f"{SEED.stem}.expected.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["whoosh", "tantivy"])
def engine(request):
    """The contract: a module that uses this fixture runs once per engine. New indexes
    (in this process and in the CLI and servers it starts) are built with that engine."""
    from search_app.engines import ENGINE_VARIABLE

    previous = os.environ.get(ENGINE_VARIABLE)
    os.environ[ENGINE_VARIABLE] = request.param
    yield request.param
    if previous is None:
        del os.environ[ENGINE_VARIABLE]
    else:
        os.environ[ENGINE_VARIABLE] = previous


PUBLIC = "http://minutes.test"  # the site's public address in the emails tests receive


@pytest.fixture
def smtp(monkeypatch):
    """A real SMTP server on a loopback port, and the settings that send alerts to it:
    (its inbox, the server)."""
    from tests.mail_server import MailServer

    server = MailServer()
    server.start()
    for name, value in (("SMTP_HOST", "127.0.0.1"), ("SMTP_PORT", str(server.port)),
                        ("SMTP_STARTTLS", "0"), ("MAIL_FROM", "alerts@minutes.test"),
                        ("MINUTES_PUBLIC_URL", PUBLIC)):  # fmt: skip
        monkeypatch.setenv(name, value)
    yield server.inbox, server
    server.stop()


@pytest.fixture(scope="session")
def postgres():
    """A throw-away PostgreSQL cluster for the session (tests/postgres.py)."""
    from tests.postgres import Cluster

    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, monkeypatch):
    """The contract for shared state: a test using this fixture runs once with SQLite
    files beside the index, once with a fresh PostgreSQL database (DATABASE_URL, which the
    CLI and the servers a test starts inherit)."""
    from search_app.database import DATABASE_URL

    if request.param == "sqlite":
        monkeypatch.delenv(DATABASE_URL, raising=False)
        yield "sqlite"
        return
    url = request.getfixturevalue("postgres").new_database()
    monkeypatch.setenv(DATABASE_URL, url)
    yield url


@pytest.fixture
def site(tmp_path):
    """The invented council's site on a loopback port (tests/harvest_site.py): (Site, base
    address)."""
    from tests.harvest_site import Site, serve

    site = Site(tmp_path)
    server, base = serve(site)
    yield site, base
    server.shutdown()


@pytest.fixture
def client():
    """A harvesting client that may fetch from loopback (a private address) and does not
    pause between requests."""
    from search_app.harvest.fetch import PoliteClient

    client = PoliteClient(contact="tests@example.org", delay=0.0, timeout=5.0, allow_private=True)
    yield client
    client.close()
