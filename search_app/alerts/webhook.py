"""Webhooks: a JSON POST per delivery, with a Slack-compatible `text` field.

The address is checked when the alert is made and again on every send (DNS can
change): http(s) only, and never to loopback, private, link-local or other
non-public addresses (nor IPv6 forms of them: NAT64, 6to4, IPv4-mapped) unless the
operator allows it (MINUTES_ALLOW_PRIVATE_WEBHOOKS=1, or a list of networks), so an
alert cannot be used to reach the server's own network. The post goes through
netguard's transport, which connects to the address it checked, so a name that
resolves elsewhere a moment later (DNS rebinding) does not get past the check.
"""

from __future__ import annotations

import os
import socket
import time
from urllib.parse import urlsplit

import httpx

from search_app.netguard import AddressPolicy, AddressRefused, GuardedTransport, deadline

TIMEOUT = 10.0  # seconds for the whole post, connection included
ATTEMPTS = 3
ALLOW_PRIVATE = "MINUTES_ALLOW_PRIVATE_WEBHOOKS"


class WebhookRefused(ValueError):
    """A webhook address this site will not post to, and why."""


def webhook_policy() -> AddressPolicy:
    return AddressPolicy.from_setting(os.environ.get(ALLOW_PRIVATE, ""), ALLOW_PRIVATE)


def check_webhook(url: str) -> str:
    """The URL if the site may post to it; WebhookRefused says why not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebhookRefused("a webhook must be an http:// or https:// address")
    if parts.username or parts.password:
        raise WebhookRefused("a webhook address may not carry a user name or password")
    try:
        webhook_policy().checked_addresses(parts.hostname, parts.port or 443)
    except AddressRefused as error:
        raise WebhookRefused(str(error)) from error
    except (socket.gaierror, UnicodeError) as error:
        raise WebhookRefused(f"{parts.hostname}: the name does not resolve") from error
    return url


def post(url: str, payload: dict, attempts: int = ATTEMPTS) -> None:
    """POST with retries on network errors and 5xx/429; raises the last error. Redirects
    are not followed (they could lead past the address check)."""
    last: Exception | None = None
    for attempt in range(attempts):
        try:
            check_webhook(url)
            answer = send(url, payload)
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


def send(url: str, payload: dict) -> httpx.Response:
    """One POST, connected only to an address the policy permits (checked as it connects)."""
    transport = GuardedTransport(webhook_policy())
    try:
        with httpx.Client(transport=transport, trust_env=False) as client, deadline(TIMEOUT):
            return client.post(url, json=payload, timeout=TIMEOUT, follow_redirects=False)
    except AddressRefused as error:
        raise WebhookRefused(str(error)) from error
