"""Load test: concurrent searches against a real server while an indexing run commits.

    python benchmarks/load.py [--threads 16] [--seconds 20]

Starts `minutes-search serve` on 127.0.0.1 over a copy of the bundled corpus,
keeps a thread pool of clients searching for a bounded time, and half-way
through adds a new minutes file and runs `minutes-search index`. Reports
throughput, latency percentiles, errors, and how long after the commit the
new item was found. Only loopback traffic; every loop is bounded.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "worcestershire-children-families-osp-2015-05-22.txt"
URLS = [
    "/search?q=children", "/search?q=exploit*", "/api/search?q=care+OR+housing",
    "/search?q=&committee=Cabinet", "/search.csv?q=report", "/search.atom?q=budget",
    "/items/worcestershire-children-families-osp-2015-05-22--5?q=WSCB", "/browse",
    "/search?q=%22action+plan%22", "/search?q=date:[2015+to+2021]",
]  # fmt: skip
NEW_WORD = "zeppelin"
MAX_REQUESTS = 50_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, float]:
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0  # refused or timed out
    return status, time.perf_counter() - began


def total_for(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return json.load(answer)["total"]
    except OSError:
        return 0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    corpus, index_dir = work / "corpus", work / "index"
    shutil.copytree(ROOT / "corpus", corpus)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "search_app.cli", "serve", "--corpus", str(corpus),
         "--index", str(index_dir), "--port", str(port), "--threads", "8"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(300):
            if fetch(base + "/")[0] == 200:
                break
            time.sleep(0.2)
        print(json.dumps(run_load(base, corpus, index_dir, args.threads, args.seconds), indent=2))
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work)


def run_load(base: str, corpus: Path, index_dir: Path, threads: int, seconds: float) -> dict:
    results: list[tuple[int, float]] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    found_after: list[float] = []

    def client(worker: int) -> None:
        position = worker
        while time.monotonic() < stop_at and len(results) < MAX_REQUESTS:
            outcome = fetch(base + URLS[position % len(URLS)])
            position += 1
            with lock:
                results.append(outcome)

    def index_midway() -> None:
        time.sleep(seconds / 2)
        text = SEED.read_text(encoding="utf-8").replace("Missing Children", f"{NEW_WORD} Children")
        (corpus / "new-meeting.txt").write_text(text, encoding="utf-8")
        command = ["index", str(corpus), "--index", str(index_dir)]
        subprocess.run(
            [sys.executable, "-m", "search_app.cli", *command], check=True, capture_output=True
        )
        committed = time.monotonic()
        while time.monotonic() < stop_at + 10:
            if total_for(f"{base}/api/search?q={NEW_WORD}") > 0:
                found_after.append(time.monotonic() - committed)
                return
            time.sleep(0.05)

    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=threads + 1) as pool:
        indexing = pool.submit(index_midway)
        for worker in range(threads):
            pool.submit(client, worker)
    indexing.result()
    elapsed = time.monotonic() - began
    latencies = [seconds for _, seconds in results]
    errors = sum(1 for status, _ in results if status != 200)
    return {
        "threads": threads,
        "requests": len(results),
        "errors": errors,
        "requests_per_second": round(len(results) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.5) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "new_item_found_seconds_after_commit": round(found_after[0], 2) if found_after else None,
    }


if __name__ == "__main__":
    main()
