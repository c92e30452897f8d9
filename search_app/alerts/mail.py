"""Email: settings from the environment, messages built from stored content, SMTP.

Every message has a plain-text and an HTML part; in the HTML every piece of
document text is escaped (snippets arrive escaped with <mark>, from the
highlighter). Alert emails carry a one-click unsubscribe link and the
List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058).
"""

from __future__ import annotations

import os
import re
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from html import escape

from search_app.facets import LISTED
from search_app.search import SearchRequest

ADDRESS = re.compile(r"^[^@\s<>\"'(),;:\\]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,63}$")


@dataclass
class MailSettings:
    host: str
    port: int
    user: str | None
    password: str | None
    starttls: bool
    sender: str
    public_url: str  # where the site is reached: every link in an email starts with it


def mail_settings() -> MailSettings | None:
    """From SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_STARTTLS, MAIL_FROM
    and MINUTES_PUBLIC_URL; None (alerts are off) without SMTP_HOST or without an
    http(s) MINUTES_PUBLIC_URL. Links in emails come only from this setting, never from
    a request's Host header, which the requester chooses."""
    host = os.environ.get("SMTP_HOST", "").strip()
    public_url = os.environ.get("MINUTES_PUBLIC_URL", "").strip().rstrip("/")
    if not host or not public_url.startswith(("https://", "http://")):
        return None
    starttls = os.environ.get("SMTP_STARTTLS", "1").strip().lower() not in ("0", "no", "false")
    return MailSettings(
        host=host,
        port=int(os.environ.get("SMTP_PORT") or (587 if starttls else 25)),
        user=os.environ.get("SMTP_USER") or None,
        password=os.environ.get("SMTP_PASSWORD") or None,
        starttls=starttls,
        sender=os.environ.get("MAIL_FROM") or f"alerts@{host}",
        public_url=public_url,
    )


def is_address(text: str) -> bool:
    return len(text) <= 254 and bool(ADDRESS.match(text))


def one_line(text: str, limit: int = 120) -> str:
    """Text safe for a header: no line breaks or control characters, bounded."""
    flat = re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(search: SearchRequest) -> str:
    """What an alert follows, in words: '"asbestos" in Cabinet, speaker Jane Doe'."""
    parts = [f"“{search.query}”" if search.query.strip() else "all new items"]
    filters = search.filters
    for facet in LISTED:
        values = filters.values(facet.name)
        if values:
            parts.append(f"{facet.label.lower()} {' or '.join(values)}")
    if filters.date_from or filters.date_to:
        parts.append(f"dated {filters.date_from or '…'} to {filters.date_to or '…'}")
    return one_line(", ".join(parts), 200)


def message(settings: MailSettings, to: str, content: dict) -> EmailMessage:
    """An email from stored content: a confirmation, a manage link or an alert."""
    mail = EmailMessage()
    mail["From"] = settings.sender
    mail["To"] = to
    mail["Subject"] = one_line(content["subject"])
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = content.get("message_id") or make_msgid(domain="minutes-search")
    if content.get("unsubscribe_url"):
        mail["List-Unsubscribe"] = f"<{content['unsubscribe_url']}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    mail.set_content(plain_text(content))
    mail.add_alternative(html_text(content), subtype="html")
    return mail


def plain_text(content: dict) -> str:
    lines = [content["intro"], ""]
    for meeting in content.get("meetings", []):
        lines += [meeting["heading"], "-" * min(len(meeting["heading"]), 72)]
        for item in meeting["items"]:
            lines += [f"* {item['title']}", f"  {item['snippet_text']}", f"  {item['url']}", ""]
    for label, key in (("Confirm", "confirm_url"), ("Manage your alerts", "manage_url"),
                       ("Unsubscribe", "unsubscribe_url")):  # fmt: skip
        if content.get(key):
            lines.append(f"{label}: {content[key]}")
    return "\n".join(lines) + "\n"


def html_text(content: dict) -> str:
    parts = [f"<p>{escape(content['intro'])}</p>"]
    for meeting in content.get("meetings", []):
        parts.append(f"<h2>{escape(meeting['heading'])}</h2><ul>")
        for item in meeting["items"]:
            parts.append(
                f'<li><a href="{escape(item["url"])}">{escape(item["title"])}</a>'
                f"<br>{item['snippet_html']}</li>"  # escaped by the highlighter, with <mark>
            )
        parts.append("</ul>")
    for label, key in (("Confirm this alert", "confirm_url"), ("Manage your alerts", "manage_url"),
                       ("Unsubscribe", "unsubscribe_url")):  # fmt: skip
        if content.get(key):
            parts.append(f'<p><a href="{escape(content[key])}">{label}</a></p>')
    return "<!doctype html><html><body>" + "".join(parts) + "</body></html>"


def send(settings: MailSettings, mail: EmailMessage, timeout: float = 30) -> None:
    """Hand one message to the SMTP server; raises OSError or smtplib.SMTPException."""
    with smtplib.SMTP(settings.host, settings.port, timeout=timeout) as smtp:
        if settings.starttls:
            smtp.starttls()
        if settings.user and settings.password:
            smtp.login(settings.user, settings.password)
        smtp.send_message(mail)
