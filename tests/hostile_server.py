"""A loopback HTTP server that misbehaves on purpose, for the hostile-server battery
(tests/test_harvest_hostile.py).

Each path answers as a test sets it (`server.routes[path] = gzip_bomb(...)`): plain
bytes, a gzip bomb, a body dripped a byte at a time, a redirect, a bare status. Paths
without an answer are 404s (so robots.txt allows everything unless a test says
otherwise), and every request's path is recorded.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Answer = Callable[[BaseHTTPRequestHandler], None]
MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class HostileServer:
    """Started on entering a `with` block, on `host` (any 127.x.y.z address), stopped on leaving."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Answer] = {}
        self.requests: list[str] = []
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.server.server_address[1]}"

    def __enter__(self) -> HostileServer:
        routes, requests = self.routes, self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the http.server name)
                path = urlsplit(self.path).path
                requests.append(path)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    routes.get(path, status(404))(self)

            def do_POST(self):  # noqa: N802 (calls some systems' pages make by script)
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.do_GET()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((self.host, 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def send(handler: BaseHTTPRequestHandler, code: int, headers: dict, body: bytes) -> None:
    handler.send_response(code)
    for name, value in {"Content-Length": str(len(body)), **headers}.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def serve_bytes(
    body: bytes, content_type: str = "text/html", headers: dict | None = None
) -> Answer:
    return lambda handler: send(
        handler, 200, {"Content-Type": content_type, **(headers or {})}, body
    )


def status(code: int, headers: dict | None = None) -> Answer:
    return lambda handler: send(
        handler, code, {"Content-Type": "text/html", **(headers or {})}, b""
    )


def redirect(location: str) -> Answer:
    return status(302, {"Location": location})


def gzip_bomb(decoded_bytes: int, content_type: str = "text/html") -> Answer:
    """A small gzip body that inflates to `decoded_bytes` zeros: 50 MB fits in about 50 kB."""
    body = gzip.compress(b"\0" * decoded_bytes, compresslevel=9)
    headers = {"Content-Type": content_type, "Content-Encoding": "gzip"}
    return lambda handler: send(handler, 200, headers, body)


def drip(body: bytes, every: float, content_type: str = "text/html") -> Answer:
    """The headers at once, then the body one byte each `every` seconds: each read is
    quick enough for a per-read timeout, the whole takes len(body) * every seconds."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for byte in body:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(every)

    return answer
