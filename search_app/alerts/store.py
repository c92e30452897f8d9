"""Alerts and their deliveries in a SQLite database beside the index (standard library
`sqlite3`), every change in a transaction.

Delivery is an outbox: one transaction records the delivery (with its content) and
moves the alert's watermark; sending happens after, and marks the delivery sent. A
run that dies before sending leaves the delivery pending, and the next run sends it;
the watermark never lets an item be picked twice.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from search_app.facets import NO, UNDATED, UNDATED_YEAR, YES, FacetFilters
from search_app.search import SearchRequest

DATABASE = "alerts.sqlite3"
FREQUENCIES = ("immediate", "daily", "weekly")
CLAIM_SECONDS = 300.0  # a sender that holds a message longer than this has died
SCHEMA = """
create table if not exists alerts (
    id text primary key,
    email text not null,
    search text not null,
    frequency text not null,
    webhook text,
    created real not null,
    confirmed real,
    watermark real not null,
    last_delivery real
);
create index if not exists alerts_email on alerts(email);
create table if not exists deliveries (
    id integer primary key,
    alert_id text not null,
    channel text not null,
    created real not null,
    content text not null,
    sent real,
    attempts integer not null default 0,
    error text
);
create table if not exists messages (
    id integer primary key,
    email text not null,
    kind text not null,
    content text not null,
    created real not null,
    claimed real,
    sent real,
    attempts integer not null default 0,
    error text
);
create table if not exists requests (key text not null, at real not null);
create index if not exists requests_key on requests(key, at);
"""


@dataclass
class Alert:
    id: str
    email: str
    search: SearchRequest
    frequency: str
    webhook: str | None
    created: float
    confirmed: float | None
    watermark: float  # items first indexed after this moment are news
    last_delivery: float | None


@dataclass
class Message:
    """A confirmation or manage-link email, queued by a page and sent after its answer."""

    id: int
    email: str
    kind: str  # "confirm" or "manage"
    content: dict


@dataclass
class Delivery:
    id: int
    alert_id: str
    channel: str  # "email" or "webhook"
    content: dict
    attempts: int


def search_json(search: SearchRequest) -> str:
    """What an alert follows: the query and its filters (not the page or the sort)."""
    filters = asdict(search.filters)
    filters["date_from"] = search.filters.date_from and search.filters.date_from.isoformat()
    filters["date_to"] = search.filters.date_to and search.filters.date_to.isoformat()
    filters.pop("ids")
    return json.dumps({"query": search.query, "filters": filters}, sort_keys=True)


def search_from_json(text: str) -> SearchRequest:
    data = json.loads(text)
    filters = data["filters"]
    for name in ("date_from", "date_to"):
        filters[name] = date.fromisoformat(filters[name]) if filters[name] else None
    filters["chosen"] = filters.get("chosen", {}) | chosen_before_facets(filters)
    for old in (*OLD_FILTERS, "decided"):
        filters.pop(old, None)
    return SearchRequest(data["query"], FacetFilters(**filters), sort="newest")


# How alerts saved before the facets were declared once named their filters.
OLD_FILTERS = {"councils": "council", "committees": "committee", "years": "year",
               "speakers": "speaker", "topics": "topic"}  # fmt: skip


def chosen_before_facets(filters: dict) -> dict[str, list[str]]:
    """An older alert's filters as facet values: years were numbers (0: undated), the
    decision filter a true or false."""
    chosen = {name: list(filters.get(old) or []) for old, name in OLD_FILTERS.items()}
    chosen["year"] = [UNDATED if y == UNDATED_YEAR else str(y) for y in chosen["year"]]
    if filters.get("decided") is not None:
        chosen["decision"] = [YES if filters["decided"] else NO]
    return {name: values for name, values in chosen.items() if values}


class AlertStore:
    def __init__(self, index_dir: Path) -> None:
        index_dir.mkdir(parents=True, exist_ok=True)
        self.path = index_dir / DATABASE
        with self._connection() as connection:
            connection.executescript(SCHEMA)

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        connection = sqlite3.connect(self.path, timeout=30, isolation_level="IMMEDIATE")
        connection.row_factory = sqlite3.Row
        try:
            with connection:
                yield connection
        finally:
            connection.close()

    def add(
        self, email: str, search: SearchRequest, frequency: str, webhook: str | None, now: float
    ) -> Alert:
        """A new, unconfirmed alert: nothing is sent to it before confirmation."""
        alert_id = secrets.token_urlsafe(16)
        with self._connection() as connection:
            connection.execute(
                "insert into alerts (id, email, search, frequency, webhook, created, watermark)"
                " values (?, ?, ?, ?, ?, ?, ?)",
                (alert_id, email, search_json(search), frequency, webhook, now, now),
            )
        return self.get(alert_id)

    def get(self, alert_id: str) -> Alert | None:
        with self._connection() as connection:
            row = connection.execute("select * from alerts where id = ?", (alert_id,)).fetchone()
        return alert_from_row(row) if row else None

    def of_email(self, email: str) -> list[Alert]:
        with self._connection() as connection:
            rows = connection.execute(
                "select * from alerts where email = ? order by created", (email,)
            ).fetchall()
        return [alert_from_row(row) for row in rows]

    def confirm(self, alert_id: str, now: float) -> bool:
        """Confirmed from now on: the watermark starts here, so the first email holds
        what is indexed after confirmation."""
        with self._connection() as connection:
            changed = connection.execute(
                "update alerts set confirmed = ?, watermark = ? where id = ? and confirmed is null",
                (now, now, alert_id),
            ).rowcount
        return bool(changed) or self.get(alert_id) is not None

    def delete(self, alert_id: str) -> bool:
        with self._connection() as connection:
            connection.execute("delete from deliveries where alert_id = ?", (alert_id,))
            return bool(connection.execute("delete from alerts where id = ?", (alert_id,)).rowcount)

    def confirmed(self) -> list[Alert]:
        with self._connection() as connection:
            rows = connection.execute(
                "select * from alerts where confirmed is not null order by created"
            ).fetchall()
        return [alert_from_row(row) for row in rows]

    def record_deliveries(
        self, alert: Alert, contents: dict[str, dict], watermark: float, now: float
    ) -> None:
        """The outbox step: deliveries recorded and the watermark moved, together."""
        with self._connection() as connection:
            connection.executemany(
                "insert into deliveries (alert_id, channel, created, content) values (?, ?, ?, ?)",
                [(alert.id, channel, now, json.dumps(c)) for channel, c in contents.items()],
            )
            connection.execute(
                "update alerts set watermark = ?, last_delivery = ? where id = ?",
                (watermark, now if contents else alert.last_delivery, alert.id),
            )

    def pending(self) -> list[Delivery]:
        with self._connection() as connection:
            rows = connection.execute(
                "select d.* from deliveries d join alerts a on a.id = d.alert_id"
                " where d.sent is null order by d.id"
            ).fetchall()
        return [
            Delivery(r["id"], r["alert_id"], r["channel"], json.loads(r["content"]), r["attempts"])
            for r in rows
        ]

    def mark_sent(self, delivery_id: int, now: float) -> None:
        with self._connection() as connection:
            connection.execute(
                "update deliveries set sent = ?, attempts = attempts + 1, error = null"
                " where id = ?",
                (now, delivery_id),
            )

    def mark_failed(self, delivery_id: int, error: str) -> None:
        with self._connection() as connection:
            connection.execute(
                "update deliveries set attempts = attempts + 1, error = ? where id = ?",
                (error[:500], delivery_id),
            )

    def sent_deliveries(self, alert_id: str, since: float) -> list[dict]:
        """What was sent to an alert since a moment, newest first (its private feed)."""
        with self._connection() as connection:
            rows = connection.execute(
                "select content from deliveries where alert_id = ? and channel = 'email'"
                " and created >= ? order by id desc",
                (alert_id, since),
            ).fetchall()
        return [json.loads(row["content"]) for row in rows]

    def queue_message(self, email: str, kind: str, content: dict, now: float) -> None:
        """The page's whole part in sending mail: one row, whatever the address."""
        with self._connection() as connection:
            connection.execute(
                "insert into messages (email, kind, content, created) values (?, ?, ?, ?)",
                (email, kind, json.dumps(content), now),
            )

    def claim_messages(
        self, now: float, attempts: int, stale: float = CLAIM_SECONDS
    ) -> list[Message]:
        """Unsent messages, claimed for this sender so that two senders (two server
        processes, or `alerts send`) never send one twice; a claim older than `stale`
        seconds is taken to belong to a sender that died."""
        with self._connection() as connection:
            rows = connection.execute(
                "update messages set claimed = ? where sent is null and attempts < ?"
                " and (claimed is null or claimed < ?) returning id, email, kind, content",
                (now, attempts, now - stale),
            ).fetchall()
        return [Message(r["id"], r["email"], r["kind"], json.loads(r["content"])) for r in rows]

    def message_done(self, message_id: int, now: float, error: str | None = None) -> None:
        """Sent (or dropped); with an error, released for a later try."""
        with self._connection() as connection:
            connection.execute(
                "update messages set attempts = attempts + 1, claimed = null, error = ?,"
                " sent = ? where id = ?",
                (error and error[:500], None if error else now, message_id),
            )

    def allow_request(self, keys: list[str], limit: int, window: float, now: float) -> bool:
        """Rate limit: False when any key (a hashed address or client) has made `limit`
        requests within `window` seconds; otherwise the request is counted."""
        with self._connection() as connection:
            connection.execute("delete from requests where at < ?", (now - window,))
            for key in keys:
                (count,) = connection.execute(
                    "select count(*) from requests where key = ?", (key,)
                ).fetchone()
                if count >= limit:
                    return False
            connection.executemany("insert into requests values (?, ?)", [(k, now) for k in keys])
        return True


def alert_from_row(row: sqlite3.Row) -> Alert:
    return Alert(
        id=row["id"],
        email=row["email"],
        search=search_from_json(row["search"]),
        frequency=row["frequency"],
        webhook=row["webhook"],
        created=row["created"],
        confirmed=row["confirmed"],
        watermark=row["watermark"],
        last_delivery=row["last_delivery"],
    )
