"""Webhooks: a JSON POST per delivery, with a Slack-compatible `text` field.

The address is checked when the alert is made and again on every send (DNS can
change): http(s) only, and never to loopback, private, link-local or other
non-public addresses unless the operator allows it
(MINUTES_ALLOW_PRIVATE_WEBHOOKS=1), so an alert cannot be used to reach the
server's own network.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from urllib.parse import urlsplit

import httpx

TIMEOUT = 10.0
ATTEMPTS = 3


class WebhookRefused(ValueError):
    """A webhook address this site will not post to, and why."""


def private_allowed() -> bool:
    return os.environ.get("MINUTES_ALLOW_PRIVATE_WEBHOOKS", "").strip() in ("1", "yes", "true")


def check_webhook(url: str) -> str:
    """The URL if the site may post to it; WebhookRefused says why not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebhookRefused("a webhook must be an http:// or https:// address")
    if parts.username or parts.password:
        raise WebhookRefused("a webhook address may not carry a user name or password")
    if private_allowed():
        return url
    try:
        found = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise WebhookRefused(f"{parts.hostname}: the name does not resolve") from error
    for *_, address in found:
        ip = ipaddress.ip_address(address[0].split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise WebhookRefused(f"{parts.hostname}: a private or local address ({ip})")
    return url


def post(url: str, payload: dict, attempts: int = ATTEMPTS) -> None:
    """POST with retries on network errors and 5xx/429; raises the last error. Redirects
    are not followed (they could lead past the address check)."""
    last: Exception | None = None
    for attempt in range(attempts):
        try:
            check_webhook(url)
            answer = httpx.post(url, json=payload, timeout=TIMEOUT, follow_redirects=False)
            if answer.status_code < 300:
                return
            last = RuntimeError(f"{url}: HTTP {answer.status_code}")
            if answer.status_code < 500 and answer.status_code != 429:
                break
        except (httpx.HTTPError, WebhookRefused) as error:
            last = error
            if isinstance(error, WebhookRefused):
                break
        time.sleep(min(2**attempt, 8) * 0.5)
    raise RuntimeError(str(last))
