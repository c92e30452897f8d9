"""Published index generations: the indexing machine publishes each committed generation
to a shared folder; web nodes (`serve --follow`) copy it, check it and switch to it once
whole; a damaged publication is refused and the old generation keeps serving. Two real
`serve` processes on loopback ports, each with its own copy."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from search_app.index import update_index
from search_app.publish import CURRENT, GENERATIONS, LISTING, SERVING, Follower, publish
from search_app.search import Searcher, SearchRequest
from tests.conftest import CORPUS

ZEPPELIN = """Fernbrook Town Council
Minutes of the meeting held on 5 January 2026

1. Zeppelin mooring mast
The council considered the zeppelin mooring mast proposed for the old airfield.
"""


def indexed(folder: Path) -> tuple[Path, Path]:
    corpus, index_dir = folder / "corpus", folder / "index"
    shutil.copytree(CORPUS, corpus)
    update_index(corpus, index_dir)
    (index_dir / "secret_key").write_text("not for the nodes")
    return corpus, index_dir


def add_minutes(corpus: Path, index_dir: Path) -> None:
    (corpus / "fernbrook-2026-01-05.txt").write_text(ZEPPELIN, encoding="utf-8")
    update_index(corpus, index_dir)


def damaged_copy(location: Path, of: str, generation: int) -> str:
    """A publication whose files do not match its listing, announced as the newest."""
    name = f"{generation}-damaged"
    target = location / GENERATIONS / name
    shutil.copytree(location / GENERATIONS / of, target)
    victim = next(p for p in sorted(target.rglob("*")) if p.is_file() and p.name != LISTING)
    victim.write_bytes(victim.read_bytes()[:-1] + b"?")
    (location / CURRENT).write_text(name)
    return name


def test_a_follower_serves_each_whole_publication_and_refuses_a_damaged_one(tmp_path):
    corpus, index_dir = indexed(tmp_path)
    location, node = tmp_path / "published", tmp_path / "node"
    first = publish(index_dir, location)
    assert publish(index_dir, location) == first  # the same generation: nothing new
    follower = Follower(location, node, log=lambda _: None)
    assert follower.check() == first
    served = node / SERVING
    assert not (served / "secret_key").exists() and not (served / "alerts.sqlite3").exists()
    searcher = Searcher(served)
    assert searcher.search(SearchRequest("zeppelin")).total == 0
    add_minutes(corpus, index_dir)
    second = publish(index_dir, location)
    assert follower.check() == second
    assert searcher.search(SearchRequest("zeppelin")).total == 1  # the same searcher moved on
    bad = damaged_copy(location, second, 99)
    assert follower.check() == second  # refused: the old generation keeps serving
    status = json.loads((node / "follow.json").read_text())
    assert status["serving"] == second and "not as published (damaged:" in status["refused"][bad]
    assert searcher.search(SearchRequest("zeppelin")).total == 1
    linked = damaged_copy(location, second, 100)
    (location / GENERATIONS / linked / "extra").symlink_to("/etc/passwd")
    assert follower.check() == second
    assert "a link" in json.loads((node / "follow.json").read_text())["refused"][linked]
    shapeless = damaged_copy(location, second, 101)
    (location / GENERATIONS / shapeless / LISTING).write_text("[]")
    assert follower.check() == second  # a listing of the wrong shape: refused, not a crash
    assert "lists no files" in json.loads((node / "follow.json").read_text())["refused"][shapeless]
    (location / CURRENT).unlink()
    os.mkfifo(location / CURRENT)  # a pipe never read: nothing hangs, nothing changes
    assert follower.check() == second


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def health(port: int) -> dict:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
            return json.load(answer)
    except OSError:
        return {}


def zeppelins(port: int) -> int:
    url = f"http://127.0.0.1:{port}/api/search?q=zeppelin&mode=keyword"
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.load(answer)["total"]


def test_two_web_nodes_serve_a_new_generation_within_five_seconds(tmp_path):
    corpus, index_dir = indexed(tmp_path)
    location = tmp_path / "published"
    run = [sys.executable, "-m", "search_app.cli"]
    subprocess.run([*run, "publish", str(location), "--index", str(index_dir)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    ports = [free_port(), free_port()]
    nodes = [
        subprocess.Popen([*run, "serve", "--follow", str(location), "--index",
                          str(tmp_path / f"node-{n}"), "--port", str(port), "--workers", "1",
                          "--corpus", str(tmp_path / "no-corpus")],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for n, port in enumerate(ports)
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while not all(health(port).get("status") == "ready" for port in ports):
            assert time.monotonic() < deadline, [health(port) for port in ports]
            time.sleep(0.2)
        first = {health(port)["index"]["generation"] for port in ports}
        node = tmp_path / "node-0"  # its own state stays with the node, not in a copy
        assert (node / "secret_key").exists() and not (node / SERVING / "secret_key").exists()
        assert [zeppelins(port) for port in ports] == [0, 0]
        add_minutes(corpus, index_dir)
        published = subprocess.run([*run, "publish", str(location), "--index", str(index_dir)],
                                   capture_output=True, text=True, timeout=120)  # fmt: skip
        announced = time.monotonic()
        assert published.returncode == 0, published.stderr
        while [zeppelins(port) for port in ports] != [1, 1]:
            assert time.monotonic() - announced < 5, "not served by both nodes within 5 s"
            time.sleep(0.1)
        second = {health(port)["index"]["generation"] for port in ports}
        assert len(second) == 1 and second != first
        name = (location / CURRENT).read_text()
        bad = damaged_copy(location, name, 99)
        time.sleep(2.5)  # more than two looks by each node
        for port in ports:
            state = health(port)
            assert state["status"] == "ready" and {state["index"]["generation"]} == second
            assert bad in state["following"]["refused"]
            assert zeppelins(port) == 1
    finally:
        for node in nodes:
            node.kill()
            node.wait(10)
