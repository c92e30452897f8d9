"""A polite HTTP client: honest user agent, robots.txt, one request a second per host,
timeouts, retries on 429/5xx (honouring Retry-After), conditional GET and a size cap.

httpx does the HTTP (timeouts, redirects, streaming); protego reads robots.txt the way
the major crawlers do. Everything that can go wrong ends as a FetchError naming the URL.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx
from protego import Protego

from search_app.errors import MinutesError

USER_AGENT = "MinutesSearch/0.1 (+https://github.com/minutes-search; harvests published minutes)"
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024  # as the parser's limit: larger is refused, not truncated
RETRIES = 3
MAX_RETRY_WAIT = 60.0  # seconds: a longer Retry-After is not worth waiting for in one run


class FetchError(MinutesError):
    """A URL that could not be fetched, and why."""

    def __init__(self, url: str, reason: str) -> None:
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")


@dataclass
class Response:
    url: str
    content: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None


class PoliteClient:
    """One client for a harvesting run, shared by every site it visits."""

    def __init__(
        self,
        contact: str = "",
        delay: float = 1.0,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        agent = f"{USER_AGENT} {contact}".strip()
        self.client = httpx.Client(
            headers={"User-Agent": agent}, timeout=timeout, follow_redirects=True,
            max_redirects=5, transport=transport,
        )  # fmt: skip
        self.agent = agent
        self.delay = delay
        self.robots: dict[str, Protego | None] = {}
        self.last_request: dict[str, float] = {}
        self.sleep = time.sleep

    def close(self) -> None:
        self.client.close()

    def get(
        self, url: str, etag: str | None = None, modified: str | None = None
    ) -> Response | None:
        """The body at `url`, or None when the server says it has not changed (304)."""
        if not self.allowed(url):
            raise FetchError(url, "robots.txt disallows it for this user agent")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        for attempt in range(RETRIES + 1):
            try:
                with self.turn(url):
                    response = self.fetch(url, headers)
            except httpx.TooManyRedirects as error:
                raise FetchError(url, "too many redirects (a redirect loop?)") from error
            except httpx.TimeoutException as error:
                if attempt == RETRIES:
                    raise FetchError(url, f"timed out {RETRIES + 1} times") from error
                continue
            except httpx.RemoteProtocolError as error:
                raise FetchError(url, f"truncated or broken response ({error})") from error
            except httpx.HTTPError as error:
                raise FetchError(url, f"connection failed ({error})") from error
            if response is None:
                return None
            status, result = response
            if status in (429, 500, 502, 503, 504) and attempt < RETRIES:
                self.sleep(min(result, MAX_RETRY_WAIT))
                continue
            if isinstance(result, Response):
                return result
            raise FetchError(url, f"HTTP {status}" + (" (blocked?)" if status == 403 else ""))
        raise FetchError(url, "gave up after retries")

    def fetch(self, url: str, headers: dict) -> tuple[int, Response | float] | None:
        with self.client.stream("GET", url, headers=headers) as reply:
            if reply.status_code == 304:
                return None
            if reply.status_code != 200:
                return reply.status_code, retry_after(reply.headers.get("Retry-After"))
            declared = int(reply.headers.get("Content-Length") or 0)
            if declared > MAX_DOCUMENT_BYTES:
                raise FetchError(url, f"too large ({declared // 2**20} MB)")
            chunks, size = [], 0
            for chunk in reply.iter_bytes():
                size += len(chunk)
                if size > MAX_DOCUMENT_BYTES:
                    raise FetchError(url, f"too large (over {MAX_DOCUMENT_BYTES // 2**20} MB)")
                chunks.append(chunk)
            content = b"".join(chunks)
            if declared and len(content) < declared:
                raise FetchError(url, f"truncated ({len(content)} of {declared} bytes)")
            return 200, Response(
                str(reply.url), content, reply.headers.get("Content-Type", ""),
                reply.headers.get("ETag"), reply.headers.get("Last-Modified"),
            )  # fmt: skip

    @contextmanager
    def turn(self, url: str) -> Iterator[None]:
        """`delay` seconds between one request to a host ending and the next starting."""
        host = urlsplit(url).netloc
        wait = self.last_request.get(host, -1e9) + self.delay - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        try:
            yield
        finally:
            self.last_request[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self.robots:
            self.robots[root] = self.read_robots(root)
        rules = self.robots[root]
        return rules is None or rules.can_fetch(url, self.agent)

    def read_robots(self, root: str) -> Protego | None:
        """The site's robots.txt; none (or an error page) means everything is allowed."""
        try:
            with self.turn(root):
                reply = self.client.get(f"{root}/robots.txt")
        except httpx.HTTPError:
            return None
        if reply.status_code != 200 or "html" in reply.headers.get("Content-Type", ""):
            return None
        return Protego.parse(reply.text)


def retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); 2 s if absent."""
    if not value:
        return 2.0
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 2.0
