"""Harvesting many sites at once, against one site alone, on loopback.

    python benchmarks/harvest.py [--hosts 50] [--meetings 20] [--delay 1.0]

Each host (127.0.0.2, 127.0.0.3, ...) is its own small council site: a page listing
`--meetings` minutes documents. The baseline harvests one host alone; the run harvests
every host at once through `harvest_many` with the same client settings (one request at
a time per host, `--delay` seconds between them). Both do the same work per site, so the
ratio of the two times says what concurrency costs: ideally 1.0. Each fake host counts
the requests it answers at once; a polite harvester never makes it more than one.
Prints the times, the ratio, the most requests any host saw at once, and peak memory.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search_app.harvest import Source, harvest_many  # noqa: E402
from search_app.harvest.fetch import PoliteClient  # noqa: E402


class Host:
    """One invented council's site: a listing page and its minutes, served on loopback."""

    def __init__(self, address: str, meetings: int) -> None:
        self.address, self.meetings = address, meetings
        self.lock = threading.Lock()
        self.flying = self.most_at_once = self.requests = 0
        self.server = ThreadingHTTPServer((address, 0), self.handler())
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://{address}:{self.server.server_address[1]}"

    def answer(self, path: str) -> tuple[int, bytes]:
        number = self.address.rsplit(".", 1)[-1]
        if path == "/minutes/":
            links = "".join(f'<a href="/minutes/{n}.html">Minutes of meeting {n}</a>'
                            for n in range(1, self.meetings + 1))  # fmt: skip
            return 200, f"<title>Minutes - Bench{number} Parish Council</title>{links}".encode()
        if path.startswith("/minutes/") and path.endswith(".html"):
            body = (f"<title>Minutes</title><h1>Bench{number} Parish Council</h1>"
                    "<p>1. Apologies</p><p>None.</p><p>2. Hall</p><p>Noted.</p>")  # fmt: skip
            return 200, body.encode()
        return 404, b"<html>Not found</html>"

    def handler(self):
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the http.server name)
                with host.lock:
                    host.flying += 1
                    host.requests += 1
                    host.most_at_once = max(host.most_at_once, host.flying)
                try:
                    status, body = host.answer(self.path)
                    time.sleep(0.005)  # a little server time, so overlaps would show
                    self.send_response(status)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        self.wfile.write(body)
                finally:
                    with host.lock:
                        host.flying -= 1

            def log_message(self, *args):
                pass

        return Handler


def harvest_hosts(hosts: list[Host], delay: float, workers: int) -> float:
    """Seconds to harvest these hosts into a fresh corpus, with a fresh client."""
    client = PoliteClient(contact="benchmark", delay=delay, allow_private=True)
    sources = [Source(f"{host.base}/minutes/", "listing") for host in hosts]
    with tempfile.TemporaryDirectory() as corpus:
        began = time.perf_counter()
        reports = harvest_many(sources, Path(corpus), client, workers=workers)
        seconds = time.perf_counter() - began
    client.close()
    saved = sum(len(r.saved) for r in reports)
    failed = [str(e) for r in reports for e in r.failed]
    if failed or saved != sum(h.meetings for h in hosts):
        raise SystemExit(f"harvest incomplete: {saved} saved, failures: {failed[:3]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--meetings", type=int, default=20)
    parser.add_argument("--delay", type=float, default=1.0)
    args = parser.parse_args()
    os.environ["MINUTES_ALLOW_PRIVATE_FETCH"] = "1"
    hosts = [Host(f"127.0.0.{2 + n}", args.meetings) for n in range(args.hosts)]
    alone = harvest_hosts(hosts[:1], args.delay, workers=1)
    together = harvest_hosts(hosts, args.delay, workers=args.hosts)
    result = {
        "hosts": args.hosts, "meetings_per_host": args.meetings, "delay_s": args.delay,
        "one_host_s": round(alone, 1), "all_hosts_s": round(together, 1),
        "ratio": round(together / alone, 2),
        "requests": sum(h.requests for h in hosts),
        "most_requests_at_once_on_one_host": max(h.most_at_once for h in hosts),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }  # fmt: skip
    print(json.dumps(result))
    print(f"{args.hosts} hosts at once: {together:.1f} s; one host alone: {alone:.1f} s "
          f"({result['ratio']}x); at most {result['most_requests_at_once_on_one_host']} "
          f"request at once on any host; peak memory {result['peak_rss_mb']} MB")  # fmt: skip


if __name__ == "__main__":
    main()
