"""Load test: concurrent searches against a real server while an indexing run commits,
with metrics off and on.

    python benchmarks/load.py [--threads 16] [--seconds 20] [--rounds 2]

Starts `minutes-search serve` on 127.0.0.1 over a copy of the bundled corpus,
keeps a thread pool of clients searching for a bounded time, and half-way
through adds a new minutes file and runs `minutes-search index`. Reports
throughput, latency percentiles, errors, and how long after the commit the
new item was found. Each round runs twice, the same work: once with metrics off
(MINUTES_METRICS=0) and once on, while a scraper asks /metrics and /healthz every
second; the report gives throughput on/off and how the scrapes fared. The search
limit is off (every client here is one address). Only loopback traffic; every loop
is bounded.
"""

from __future__ import annotations

import argparse
import json
import os
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
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    runs = {"off": [], "on": []}
    for _ in range(args.rounds):
        for metrics in ("off", "on"):  # alternated, so neither always runs on a warmer machine
            runs[metrics].append(one_server(metrics == "on", args.threads, args.seconds))
    throughput = {k: sum(r["requests_per_second"] for r in v) / len(v) for k, v in runs.items()}
    print(json.dumps({
        "runs": runs,
        "requests_per_second_metrics_off": round(throughput["off"], 1),
        "requests_per_second_metrics_on": round(throughput["on"], 1),
        "on_over_off": round(throughput["on"] / throughput["off"], 3),
    }, indent=2))  # fmt: skip


def one_server(metrics: bool, threads: int, seconds: float) -> dict:
    work = Path(tempfile.mkdtemp())
    corpus, index_dir = work / "corpus", work / "index"
    shutil.copytree(ROOT / "corpus", corpus)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    environment = {**os.environ, "MINUTES_METRICS": "1" if metrics else "0",
                   "MINUTES_SEARCHES_PER_MINUTE": "0"}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "search_app.cli", "serve", "--corpus", str(corpus),
         "--index", str(index_dir), "--port", str(port), "--threads", "8"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment,
    )  # fmt: skip
    try:
        for _ in range(300):
            if fetch(base + "/")[0] == 200:
                break
            time.sleep(0.2)
        return run_load(base, corpus, index_dir, threads, seconds, scrape=metrics)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work)


def run_load(
    base: str, corpus: Path, index_dir: Path, threads: int, seconds: float, scrape: bool
) -> dict:
    results: list[tuple[int, float]] = []
    scrapes: list[tuple[int, float]] = []
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

    def scraper() -> None:
        while scrape and time.monotonic() < stop_at:
            for path in ("/metrics", "/healthz"):
                scrapes.append(fetch(base + path))
            time.sleep(1.0)

    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=threads + 2) as pool:
        indexing = pool.submit(index_midway)
        pool.submit(scraper)
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
        "scrapes": len(scrapes),
        "scrapes_failed": sum(1 for status, _ in scrapes if status != 200),
        "scrape_p95_ms": round(percentile([s for _, s in scrapes], 0.95) * 1000, 1),
    }


if __name__ == "__main__":
    main()
