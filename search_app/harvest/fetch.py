"""A polite HTTP client: honest user agent, robots.txt (its Crawl-delay too), one request a
second per host, timeouts, retries on 429/5xx (honouring Retry-After), conditional GET,
and limits a hostile site cannot get past.

The limits: every body, robots.txt included, is read through one capped reader that
counts decoded bytes (so a small gzip bomb is refused before it inflates); every fetch,
retries and redirects included, ends within a total deadline however slowly the server
sends; only public addresses are fetched, checked on every redirect hop and as each
connection is made (search_app/netguard.py), unless the operator allows private ones
(MINUTES_ALLOW_PRIVATE_FETCH). A robots.txt that cannot be read (anything but a 4xx,
which means there is none) leaves the site for a later run.

httpx does the HTTP; protego reads robots.txt the way the major crawlers do. Everything
that can go wrong ends as a FetchError naming the URL.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlencode, urljoin, urlsplit

import httpx
from protego import Protego

from search_app import netguard
from search_app.errors import MinutesError

USER_AGENT = "MinutesSearch/0.1 (+https://github.com/minutes-search; harvests published minutes)"
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024  # as the parser's limit: larger is refused, not truncated
# Google reads 500 KiB of a robots.txt; a larger one is refused (try later), not truncated:
# rules half read could allow what the rest forbids.
MAX_ROBOTS_BYTES = 500 * 1024
DEADLINE = 120.0  # seconds for one fetch in all: retries, redirects and the slowest server
MAX_REDIRECTS = 5
RETRIES = 3
MAX_CONNECTIONS = 64  # open at once, over every host a run harvests
MAX_RETRY_WAIT = 60.0  # seconds: a longer Retry-After is not worth waiting for in one run
# seconds: a robots.txt asking for a longer pause between requests is a site that does not
# want harvesting at any pace a run can keep; it is left alone, and says so.
MAX_CRAWL_DELAY = 60.0
RETRY_STATUSES = (429, 500, 502, 503, 504)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ALLOW_PRIVATE = "MINUTES_ALLOW_PRIVATE_FETCH"
# A login page: a path segment such as "Login.aspx", "signin", "sso", or a query
# carrying where to return after logging in.
LOGIN_SEGMENT = re.compile(r"(?i)^(?:log-?[io]n|sign-?in|sso|auth|authenticate|adfs)(?:\.\w+)?$")
LOGIN_QUERY = re.compile(r"(?i)(?:^|&)(?:returnurl|return_?to|redirect_uri)=")


class FetchError(MinutesError):
    """A URL that could not be fetched, and why."""

    def __init__(self, url: str, reason: str) -> None:
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")


class NeedsLogin(FetchError):
    """A document behind a login (HTTP 401, or a redirect to a login page): recognised
    and skipped, never saved, and not a failure of the site."""


def needs_login(url: str) -> bool:
    parts = urlsplit(url)
    return bool(LOGIN_QUERY.search(parts.query)) or any(
        LOGIN_SEGMENT.match(segment) for segment in parts.path.split("/")
    )


@dataclass
class Response:
    url: str  # where the body came from, after redirects
    content: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    retry_after: float = 0.0  # seconds to wait before asking again, after a 429 or 5xx
    location: str | None = None  # where a redirect points


class PoliteClient:
    """One client for a harvesting run, shared by every site it visits.

    `allow_private`: True fetches from any private address, a string from the networks it
    lists ("10.0.0.0/8,127.0.0.1"), None as MINUTES_ALLOW_PRIVATE_FETCH says (the same
    forms); otherwise public addresses only.
    """

    def __init__(
        self,
        contact: str = "",
        delay: float = 1.0,
        timeout: float = 60.0,
        deadline: float = DEADLINE,
        allow_private: bool | str | None = None,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        agent = f"{USER_AGENT} {contact}".strip()
        setting = os.environ.get(ALLOW_PRIVATE, "") if allow_private is None else allow_private
        addresses = netguard.AddressPolicy.from_setting(setting, ALLOW_PRIVATE)
        # Redirects are followed here, not by httpx, to check each hop; proxies from the
        # environment are not used, as they would connect where the guard cannot see.
        self.client = httpx.Client(
            headers={"User-Agent": agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout, follow_redirects=False, trust_env=False,
            transport=netguard.GuardedTransport(addresses, max_connections),
        )  # fmt: skip
        self.agent = agent
        self.delay = delay
        self.deadline = deadline
        self.robots: dict[str, Protego | FetchError | None] = {}
        self.last_request: dict[str, float] = {}
        self.not_before: dict[str, float] = {}  # a host's Retry-After, for every thread
        self.crawl_delays: dict[str, float] = {}  # a host's robots.txt Crawl-delay
        self.sleep = time.sleep
        self._locks: dict[str, threading.Lock] = {}  # one a host, one a site's robots.txt
        self._locks_guard = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def get(
        self, url: str, etag: str | None = None, modified: str | None = None
    ) -> Response | None:
        """The body at `url`, or None when the server says it has not changed (304)."""
        self.check_robots(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        response = self.request(url, headers, MAX_DOCUMENT_BYTES)
        return None if response.status == 304 else succeeded(url, response)

    def get_pdf(self, url: str) -> Response:
        """A PDF at `url`, whole: an error page or a cut-off file is FetchError."""
        response = self.get(url)
        if response is None:  # only a conditional GET is answered 304
            raise FetchError(url, "not modified, but nothing is cached for it")
        check_pdf(url, response.content)
        return response

    def get_json(self, url: str) -> object:
        """The JSON at `url`, parsed; FetchError for anything else (an error page, bytes
        that are not UTF-8, nesting deep enough to exhaust the parser)."""
        response = self.get(url)
        if response is None:
            raise FetchError(url, "not modified, but nothing is cached for it")
        return parsed_json(url, response.content)

    def post_json(self, url: str, payload: dict) -> object:
        """The parsed answer to a JSON POST (the page methods some systems list meetings
        by), with every limit a GET has."""
        body = json.dumps(payload).encode("utf-8")
        response = self.post(url, body, "application/json; charset=utf-8", "application/json")
        return parsed_json(url, response.content)

    def post_form(self, url: str, fields: dict[str, str]) -> Response:
        """The answer to a form POST (the calls some systems' pages make by script), with
        every limit a GET has."""
        return self.post(
            url, urlencode(fields).encode("ascii"), "application/x-www-form-urlencoded"
        )

    def post(self, url: str, body: bytes, content_type: str, accept: str = "*/*") -> Response:
        self.check_robots(url)
        headers = {"Content-Type": content_type, "Accept": accept}
        return succeeded(url, self.request(url, headers, MAX_DOCUMENT_BYTES, body))

    def request(self, url: str, headers: dict, limit: int, body: bytes | None = None) -> Response:
        """The answer at `url`, whatever its status, all within the deadline. Redirects
        are followed one hop at a time, each hop to an http(s) address its host's
        robots.txt allows, asked in that host's own turn (so a storage host many sites
        redirect to still sees one request at a time). With a body: a POST, redirected
        as a GET, as browsers do."""
        with netguard.deadline(self.deadline):
            hop = url
            for _ in range(MAX_REDIRECTS + 1):
                if hop != url:
                    try:
                        self.check_robots(hop)
                    except FetchError as error:
                        raise FetchError(url, f"redirected to {hop}: {error.reason}") from error
                response = self.attempts(url, hop, headers, limit, body if hop == url else None)
                if response.status not in REDIRECT_STATUSES or not response.location:
                    return response
                hop = next_hop(url, hop, response.location)
                if needs_login(hop):
                    raise NeedsLogin(url, f"needs a login (redirected to {hop}); skipped")
        raise FetchError(url, "too many redirects (a redirect loop?)")

    def attempts(
        self, url: str, hop: str, headers: dict, limit: int, body: bytes | None
    ) -> Response:
        """One hop's answer, retried on timeouts, 429 and 5xx as Retry-After says."""
        for attempt in range(RETRIES + 1):
            try:
                with self.turn(hop):
                    response = self.one_request(url, hop, headers, limit, body)
            except httpx.TimeoutException as error:
                if netguard.past_deadline():
                    reason = f"not done within {self.deadline:g} s, the limit for one fetch"
                    raise FetchError(url, reason) from error
                if attempt == RETRIES:
                    raise FetchError(url, f"timed out {RETRIES + 1} times") from error
                continue
            except httpx.RemoteProtocolError as error:
                raise FetchError(url, f"truncated or broken response ({error})") from error
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as error:
                # ValueError: an address no client can use (IDNA, "http://[x/").
                raise FetchError(url, f"connection failed ({error})") from error
            if response.status in RETRY_STATUSES and attempt < RETRIES:
                self.hold_back(url, hop, min(response.retry_after, MAX_RETRY_WAIT))
                continue
            return response
        raise FetchError(url, "gave up after retries")

    def one_request(
        self, url: str, hop: str, headers: dict, limit: int, body: bytes | None
    ) -> Response:
        """One request to one address (a permitted one: netguard), not following a
        redirect: its Location is in the answer."""
        method = "GET" if body is None else "POST"
        try:
            with self.client.stream(method, hop, headers=headers, content=body) as reply:
                location = reply.headers.get("Location")
                if reply.status_code in REDIRECT_STATUSES and location:
                    return Response(hop, b"", "", status=reply.status_code, location=location)
                return answer(hop, reply, limit)
        except netguard.AddressRefused as error:
            where = "" if hop == url else f"redirected to {hop}: "
            raise FetchError(url, f"{where}{error}") from error

    def hold_back(self, url: str, hop: str, wait: float) -> None:
        """A host's Retry-After holds back every thread asking it; a wait that would end
        past this fetch's deadline is not waited for."""
        left = netguard.seconds_left()
        if left is not None and wait >= left:
            raise FetchError(url, f"asked to wait {wait:g} s, past the limit for one fetch")
        self.not_before[host_key(hop)] = time.monotonic() + wait

    def lock(self, name: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(name, threading.Lock())

    @contextmanager
    def turn(self, url: str) -> Iterator[None]:
        """One request at a time to a host, whichever thread asks, with `delay` seconds
        between one ending and the next starting (longer when the host said Retry-After)."""
        host = host_key(url)
        with self.lock(f"host:{host}"):
            pause = max(self.delay, self.crawl_delays.get(host, 0.0))
            ready = max(self.last_request.get(host, -1e9) + pause,
                        self.not_before.get(host, 0.0))  # fmt: skip
            wait = ready - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            try:
                yield
            finally:
                self.last_request[host] = time.monotonic()

    def check_robots(self, url: str) -> None:
        """FetchError unless the site's robots.txt allows `url` (read once a run per site).
        Its Crawl-delay, when longer than our pause, becomes the host's pause."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self.lock(f"robots:{host_key(url)}"):  # read once, however many threads want the site
            if root not in self.robots:
                try:
                    self.robots[root] = self.read_robots(root)
                except FetchError as error:
                    self.robots[root] = error
        rules = self.robots[root]
        if isinstance(rules, FetchError):
            raise FetchError(rules.url, rules.reason)
        if rules is None:
            return
        if not rules.can_fetch(url, self.agent):
            raise FetchError(url, "robots.txt disallows it for this user agent")
        wanted = rules.crawl_delay(self.agent) or 0.0
        if wanted > MAX_CRAWL_DELAY:
            reason = (f"robots.txt asks for {wanted:g} s between requests, longer than a "
                      f"harvest waits ({MAX_CRAWL_DELAY:g} s): left alone")  # fmt: skip
            raise FetchError(url, reason)
        self.crawl_delays[host_key(url)] = wanted

    def read_robots(self, root: str) -> Protego | None:
        """The site's rules. A 4xx means it has none: everything is allowed. One that
        cannot be read (a timeout, 5xx, connection error, over 500 KB) is FetchError: the
        site is not harvested this run, rather than harvested as if it had no rules."""
        url = f"{root}/robots.txt"
        later = "robots.txt could not be read, so the site is left for a later run"
        try:
            response = self.request(url, {}, MAX_ROBOTS_BYTES)
        except FetchError as error:
            if isinstance(error.__cause__, netguard.AddressRefused):
                raise  # not a site to try again later
            raise FetchError(url, f"{error.reason}; {later}") from error
        if 400 <= response.status < 500:
            return None
        if response.status != 200:
            raise FetchError(url, f"HTTP {response.status}; {later}")
        if "html" in response.content_type:
            return None  # an error page sent with a 200: no robots.txt either
        return Protego.parse(response.content.decode("utf-8", errors="replace"))


def parsed_json(url: str, content: bytes) -> object:
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as error:  # JSON, UTF-8 or depth
        reason = f"not the JSON the service sends (an error page?): {str(error)[:200]}"
        raise FetchError(url, reason) from None


def succeeded(url: str, response: Response) -> Response:
    if response.status == 401:
        raise NeedsLogin(url, "needs a login (HTTP 401); skipped")
    if response.status != 200:
        blocked = " (blocked?)" if response.status == 403 else ""
        raise FetchError(url, f"HTTP {response.status}{blocked}")
    return response


def host_key(url: str) -> str:
    """A host as politeness counts it: "HOST", "host:80" and "user@host" are one host."""
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        port = 0
    return f"{(parts.hostname or parts.netloc).lower()}:{port}"


def next_hop(url: str, hop: str, location: str) -> str:
    try:
        target = urljoin(hop, location)
    except ValueError as error:
        reason = f"redirected to an address no client can use: {location!r}"
        raise FetchError(url, reason) from error
    if urlsplit(target).scheme not in ("http", "https"):
        raise FetchError(url, f"redirected to {target}: not an http(s) address")
    return target


def answer(url: str, reply: httpx.Response, limit: int) -> Response:
    """The reply as a Response: the body is read (capped) only from a 200."""
    content_type = reply.headers.get("Content-Type", "")
    if reply.status_code != 200:
        wait = retry_after(reply.headers.get("Retry-After"))
        return Response(url, b"", content_type, status=reply.status_code, retry_after=wait)
    content = read_capped(reply, url, limit)
    return Response(
        url, content, content_type, reply.headers.get("ETag"), reply.headers.get("Last-Modified")
    )


def read_capped(reply: httpx.Response, url: str, limit: int) -> bytes:
    """The body, decoded, refused once it passes `limit` bytes: the decoder never makes
    more than the room left, so a few kB of gzip that would inflate to gigabytes costs no
    more memory than the limit."""
    declared = int(reply.headers.get("Content-Length") or 0)
    if declared > limit:
        raise FetchError(url, f"too large ({size(declared)}; the limit is {size(limit)})")
    decoder = decoder_for(reply.headers.get("Content-Encoding", ""), url)
    body, received = bytearray(), 0
    for chunk in reply.iter_raw():
        received += len(chunk)
        room = limit + 1 - len(body)
        try:
            body += decoder.decompress(chunk, room) if decoder else chunk
        except zlib.error as error:
            raise FetchError(url, f"broken compressed body ({error})") from error
        if len(body) > limit:
            raise FetchError(url, f"too large (over {size(limit)} decoded)")
    if (declared and received < declared) or (decoder and not decoder.eof):
        raise FetchError(url, f"truncated ({received} of {declared or 'more'} bytes)")
    return bytes(body)


def decoder_for(encoding: str, url: str):
    """A zlib decompressor for the encodings the client asks for (gzip, deflate), None for
    a body sent as it is."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise FetchError(url, f"sent in an encoding not asked for ({encoding})")


def size(count: int) -> str:
    return f"{count / 2**20:.0f} MB" if count >= 2**20 else f"{count // 1024} KB"


def retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); 2 s if absent."""
    if not value:
        return 2.0
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 2.0


def check_pdf(url: str, content: bytes) -> None:
    """A body that claims to be a PDF is one, and whole: servers send error pages and
    cut-off files with a 200."""
    if not content.lstrip().startswith(b"%PDF-"):
        raise FetchError(url, "not a PDF (an error page?)")
    if b"%%EOF" not in content[-2048:]:
        raise FetchError(url, "truncated PDF (no end-of-file marker)")
