"""Sending what is due: after an indexing run, and daily or weekly digests.

An alert sends the items first indexed since its watermark that match its search:
re-indexing a changed file does not make old items new, and a deleted file sends
nothing. `now` is a parameter, so tests (and a catch-up run) control the clock.
"""

from __future__ import annotations

import html
import re
import smtplib
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import make_msgid
from pathlib import Path

from search_app.alerts import mail, webhook
from search_app.alerts.store import Alert, AlertStore, Delivery, Message
from search_app.alerts.tokens import Tokens
from search_app.errors import MinutesError
from search_app.index import items_first_seen
from search_app.search import Hit, Searcher

DAY = 24 * 3600.0
PERIODS = {"immediate": 0.0, "daily": DAY, "weekly": 7 * DAY}
MAX_ITEMS = 100  # items in one email; the rest are counted and linked
MAX_ATTEMPTS = 8  # a delivery that keeps failing is given up after this many tries


class AlertsOff(MinutesError):
    """Alerts cannot be sent: mail or the site's public address is not configured."""


@dataclass
class DeliveryReport:
    alerts_due: int = 0
    sent: int = 0
    messages: int = 0  # confirmation and manage-link emails queued by the site
    items: int = 0
    failed: list[str] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)  # --dry-run: what would be sent


def is_due(alert: Alert, now: float) -> bool:
    since = alert.last_delivery or alert.confirmed or alert.created
    return now - since >= PERIODS[alert.frequency]


def links(public_url: str, tokens: Tokens, alert: Alert) -> dict[str, str]:
    """The signed links an alert email carries (the same paths as the site's routes)."""
    base = f"{public_url}/alerts"
    return {
        "unsubscribe_url": f"{base}/unsubscribe/{tokens.make('unsubscribe', alert.id)}",
        "manage_url": f"{base}/manage/{tokens.make('manage', alert.email)}",
        "feed_url": f"{base}/feed/{tokens.make('feed', alert.id)}",
    }


def new_matches(index_dir: Path, searcher: Searcher, alert: Alert, now: float):
    """(total, hits): the alert's search over the items first indexed since its watermark."""
    new_ids = items_first_seen(index_dir, alert.watermark, now)
    if not new_ids:
        return 0, []
    search = alert.search
    search = replace(search, filters=replace(search.filters, ids=new_ids), sort="newest")
    return searcher.export(search, MAX_ITEMS)


def meetings_of(hits: list[Hit], public_url: str) -> list[dict]:
    """Hits grouped by meeting, newest meeting first, each item with its best snippet."""
    grouped: dict[str, dict] = {}
    for hit in hits:
        when = f"{hit.date.day} {hit.date:%B %Y}" if hit.date else "undated"
        heading = ", ".join(p for p in (hit.committee, hit.body_name, when) if p)
        meeting = grouped.setdefault(hit.meeting_id, {"heading": heading, "items": []})
        snippet = hit.snippets[0] if hit.snippets else ""
        meeting["items"].append({
            "id": hit.id,
            "title": f"{hit.number} {hit.title}".strip() if hit.number else hit.title,
            "url": f"{public_url}/items/{hit.id}",
            "snippet_html": snippet,
            "snippet_text": html.unescape(re.sub(r"<[^>]+>", "", snippet)),
        })  # fmt: skip
    return list(grouped.values())


def alert_content(
    alert: Alert, total: int, hits: list[Hit], urls: dict, public_url: str, now: float
) -> dict:
    followed = mail.describe(alert.search)
    more = f" (the first {len(hits)} here)" if total > len(hits) else ""
    return {
        "subject": f"{total} new item{'s' if total != 1 else ''}: {followed}",
        "intro": f"{total} new item{'s' if total != 1 else ''} for your alert {followed}{more}.",
        "meetings": meetings_of(hits, public_url),
        "message_id": make_msgid(domain="minutes-search"),
        "delivered": datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds"),
        **urls,
    }


def webhook_payload(content: dict) -> dict:
    """Slack-compatible: `text` is the whole message; `items` for other tools."""
    items = [item for meeting in content["meetings"] for item in meeting["items"]]
    lines = [content["intro"]] + [f"• {item['title']} — {item['url']}" for item in items]
    return {"text": "\n".join(lines), "items": items}


def send_due(
    index_dir: Path,
    searcher: Searcher,
    settings: mail.MailSettings | None,
    tokens: Tokens,
    now: float | None = None,
    dry_run: bool = False,
) -> DeliveryReport:
    """Send every delivery due at `now`: first any left pending by an earlier run, then
    each due alert's new items. With `dry_run`, say what would be sent and change
    nothing."""
    if settings is None:
        raise AlertsOff("alerts are not configured: set SMTP_HOST and MINUTES_PUBLIC_URL")
    now = time.time() if now is None else now
    store = AlertStore(index_dir)
    report = DeliveryReport()
    public_url = settings.public_url
    if not dry_run:
        flush(store, settings, tokens, report, now)
    for alert in store.confirmed():
        if not is_due(alert, now):
            continue
        report.alerts_due += 1
        total, hits = new_matches(index_dir, searcher, alert, now)
        if dry_run:
            report.planned.append(
                f"{alert.email}: {total} new items for {mail.describe(alert.search)}"
            )
            continue
        contents = {}
        if hits:
            urls = links(public_url, tokens, alert)
            content = alert_content(alert, total, hits, urls, public_url, now)
            contents["email"] = content
            if alert.webhook:
                contents["webhook"] = webhook_payload(content)
        if store.record_deliveries(alert, contents, watermark=now, now=now):
            report.items += len(hits)
    if not dry_run:
        flush(store, settings, tokens, report, now)
    return report


def flush(
    store: AlertStore,
    settings: mail.MailSettings,
    tokens: Tokens,
    report: DeliveryReport,
    now: float,
) -> None:
    """Send each pending delivery and mark it sent; a failure stays pending for the next
    run (up to MAX_ATTEMPTS) and is reported. Queued site emails go too. A delivery whose
    alert was deleted is not sent."""
    report.messages += send_messages(store, settings, tokens, now)

    def send(delivery: Delivery) -> str | None:
        if delivery.email is None:
            return ""  # its alert was deleted since: dropped, not sent
        try:
            if delivery.channel == "webhook":
                webhook.post(delivery.webhook, delivery.content)
            else:
                mail.send(settings, mail.message(settings, delivery.email, delivery.content))
        except Exception as error:  # noqa: BLE001 - any failure leaves the delivery pending
            return f"{delivery.channel} for alert {delivery.alert_id[:6]}…: {error}"
        return None

    sent, failures = store.deliver_pending(send, MAX_ATTEMPTS, now)
    report.sent += sent
    report.failed += failures


def send_messages(
    store: AlertStore, settings: mail.MailSettings, tokens: Tokens, now: float | None = None
) -> int:
    """Send the confirmation and manage-link emails the site queued; the number sent."""
    sent = 0
    for message in store.claim_messages(time.time() if now is None else now, MAX_ATTEMPTS):
        content = with_link(store, tokens, settings.public_url, message)
        try:
            if content is not None:
                mail.send(settings, mail.message(settings, message.email, content))
        except (OSError, smtplib.SMTPException) as error:
            store.message_done(message.id, time.time(), error=str(error) or type(error).__name__)
            continue
        store.message_done(message.id, time.time())
        sent += content is not None
    return sent


def with_link(store: AlertStore, tokens: Tokens, public_url: str, message: Message) -> dict | None:
    """The queued email with its signed link, made only now (no token is ever stored);
    None when it must not go. A manage link goes only to an address that has alerts: the
    page queued one either way, so that neither its answer nor its timing tells who has
    alerts. A confirmation goes only while its alert exists."""
    if message.kind == "manage":
        if not store.of_email(message.email):
            return None
        token = tokens.make("manage", message.email)
    else:
        if store.get(message.content["alert_id"]) is None:
            return None
        token = tokens.make("confirm", message.content["alert_id"])
    return message.content | {f"{message.kind}_url": f"{public_url}/alerts/{message.kind}/{token}"}
