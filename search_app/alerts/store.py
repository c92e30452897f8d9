"""Alerts and their deliveries in a database (search_app/database.py: SQLite beside the
index, or PostgreSQL when DATABASE_URL is set), every change in a transaction.

Delivery is an outbox: one transaction records the delivery (with its content) and
moves the alert's watermark; sending happens after, and marks the delivery sent. A
run that dies before sending leaves the delivery pending, and the next run sends it;
the watermark never lets an item be picked twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from search_app.database import Database, Transaction
from search_app.facets import NO, UNDATED, UNDATED_YEAR, YES, FacetFilters
from search_app.search import SearchRequest

DATABASE = "alerts.sqlite3"  # beside the index, unless DATABASE_URL names PostgreSQL
FREQUENCIES = ("immediate", "daily", "weekly")
CLAIM_SECONDS = 300.0  # a sender that holds a message longer than this has died
# Numbered migrations (search_app/database.py applies them). The first is the schema as
# SQLite files created it before migrations, so those files are taken over as they are.
MIGRATIONS = (
    """
    create table if not exists alerts (
        id text primary key,
        email text not null,
        search text not null,
        frequency text not null,
        webhook text,
        created double precision not null,
        confirmed double precision,
        watermark double precision not null,
        last_delivery double precision
    );
    create index if not exists alerts_email on alerts(email);
    create table if not exists deliveries (
        id {serial},
        alert_id text not null,
        channel text not null,
        created double precision not null,
        content text not null,
        sent double precision,
        attempts integer not null default 0,
        error text
    );
    create table if not exists messages (
        id {serial},
        email text not null,
        kind text not null,
        content text not null,
        created double precision not null,
        claimed double precision,
        sent double precision,
        attempts integer not null default 0,
        error text
    );
    create table if not exists requests (key text not null, at double precision not null);
    create index if not exists requests_key on requests(key, at)
    """,
    "create index if not exists deliveries_unsent on deliveries(sent, id)",
)


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
    email: str | None = None  # where it goes: the alert's, None once the alert is gone
    webhook: str | None = None


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
    """Alerts, their outbox and the forms' rate limits: in `alerts.sqlite3` beside the
    index, or in PostgreSQL when DATABASE_URL is set (every node then shares them)."""

    def __init__(self, index_dir: Path) -> None:
        self.db = Database.beside(index_dir, DATABASE)
        self.db.migrate("alerts", MIGRATIONS)

    @staticmethod
    def in_use(index_dir: Path) -> bool:
        """Whether any alert may exist: a shared database, or the file beside the index."""
        database = Database.beside(index_dir, DATABASE)
        return database.kind == "postgresql" or database.path.exists()

    def add(
        self, email: str, search: SearchRequest, frequency: str, webhook: str | None, now: float
    ) -> Alert:
        """A new, unconfirmed alert: nothing is sent to it before confirmation."""
        alert_id = secrets.token_urlsafe(16)
        with self.db.transaction() as db:
            db.execute(
                "insert into alerts (id, email, search, frequency, webhook, created, watermark)"
                " values (?, ?, ?, ?, ?, ?, ?)",
                (alert_id, email, search_json(search), frequency, webhook, now, now),
            )
        return self.get(alert_id)

    def get(self, alert_id: str) -> Alert | None:
        with self.db.transaction() as db:
            row = db.execute("select * from alerts where id = ?", (alert_id,)).fetchone()
        return alert_from_row(row) if row else None

    def of_email(self, email: str) -> list[Alert]:
        with self.db.transaction() as db:
            rows = db.execute(
                "select * from alerts where email = ? order by created", (email,)
            ).fetchall()
        return [alert_from_row(row) for row in rows]

    def confirm(self, alert_id: str, now: float) -> bool:
        """Confirmed from now on: the watermark starts here, so the first email holds
        what is indexed after confirmation."""
        with self.db.transaction() as db:
            changed = db.execute(
                "update alerts set confirmed = ?, watermark = ? where id = ? and confirmed is null",
                (now, now, alert_id),
            ).rowcount
        return bool(changed) or self.get(alert_id) is not None

    def delete(self, alert_id: str) -> bool:
        with self.db.transaction() as db:
            db.execute("delete from deliveries where alert_id = ?", (alert_id,))
            return bool(db.execute("delete from alerts where id = ?", (alert_id,)).rowcount)

    def confirmed(self) -> list[Alert]:
        with self.db.transaction() as db:
            rows = db.execute(
                "select * from alerts where confirmed is not null order by created"
            ).fetchall()
        return [alert_from_row(row) for row in rows]

    def record_deliveries(
        self, alert: Alert, contents: dict[str, dict], watermark: float, now: float
    ) -> bool:
        """The outbox step: deliveries recorded and the watermark moved, together, and
        only from the watermark the alert was read with: of two senders that read the
        same alert (two machines' `alerts send`), one records, and the other is told no."""
        with self.db.transaction() as db:
            moved = db.execute(
                "update alerts set watermark = ?, last_delivery = ? where id = ? and watermark = ?",
                (watermark, now if contents else alert.last_delivery, alert.id, alert.watermark),
            ).rowcount
            if moved:
                db.executemany(
                    "insert into deliveries (alert_id, channel, created, content)"
                    " values (?, ?, ?, ?)",
                    [(alert.id, channel, now, json.dumps(c)) for channel, c in contents.items()],
                )
        return bool(moved)

    def deliver_pending(
        self, send: Callable[[Delivery], str | None], attempts: int, now: float
    ) -> tuple[int, list[str]]:
        """Each unsent delivery, handed to `send` (None: sent; "": dropped; else the error)
        while no other sender can take it, then marked. A sender that dies lets it go at
        once, so the next run sends it, once. `send` must not use this store."""
        with self.db.transaction() as db:
            ids = [row["id"] for row in db.execute(
                "select id from deliveries where sent is null and attempts < ? order by id",
                (attempts,)).fetchall()]  # fmt: skip
        sent, errors = 0, []
        for delivery_id in ids:
            with self.holding(delivery_id) as (delivery, db):
                if delivery is None:
                    continue
                error = send(delivery)
                outcome = (None if error else now, error[:500] if error else None, delivery_id)
                mark = ("update deliveries set sent = ?, attempts = attempts + 1, error = ?"
                        " where id = ?", outcome)  # fmt: skip
                if db is not None:
                    db.execute(*mark)
                else:
                    with self.db.transaction() as short:
                        short.execute(*mark)
            sent += error is None
            errors += [error] if error else []
        return sent, errors

    @contextlib.contextmanager
    def holding(self, delivery_id: int) -> Iterator[tuple[Delivery | None, Transaction | None]]:
        """The unsent delivery, held for this sender: on PostgreSQL by its row lock, in a
        transaction left open for marking it (yielded); on SQLite by an operating-system
        lock on a file beside the database, so that no database lock is held while a slow
        mail server or webhook answers (the site's own writes go on meanwhile)."""
        select = "select * from deliveries where id = ? and sent is null {skip_locked}"
        if self.db.kind == "postgresql":
            with self.db.transaction() as db:
                row = db.execute(select, (delivery_id,)).fetchone()
                yield (delivery_of(db, row) if row else None), db
            return
        with sending_lock(self.db.path):
            with self.db.transaction() as db:
                row = db.execute(select, (delivery_id,)).fetchone()
                delivery = delivery_of(db, row) if row else None
            yield delivery, None

    def sent_deliveries(self, alert_id: str, since: float) -> list[dict]:
        """What was sent to an alert since a moment, newest first (its private feed)."""
        with self.db.transaction() as db:
            rows = db.execute(
                "select content from deliveries where alert_id = ? and channel = 'email'"
                " and created >= ? order by id desc",
                (alert_id, since),
            ).fetchall()
        return [json.loads(row["content"]) for row in rows]

    def queue_message(self, email: str, kind: str, content: dict, now: float) -> None:
        """The page's whole part in sending mail: one row, whatever the address."""
        with self.db.transaction() as db:
            db.execute(
                "insert into messages (email, kind, content, created) values (?, ?, ?, ?)",
                (email, kind, json.dumps(content), now),
            )

    def claim_messages(
        self, now: float, attempts: int, stale: float = CLAIM_SECONDS
    ) -> list[Message]:
        """Unsent messages, claimed for this sender so that two senders (two server
        processes, or `alerts send` on two machines) never send one twice; a claim older
        than `stale` seconds is taken to belong to a sender that died."""
        with self.db.transaction() as db:
            rows = db.execute(
                "update messages set claimed = ? where id in (select id from messages"
                " where sent is null and attempts < ? and (claimed is null or claimed < ?)"
                " order by id {skip_locked}) returning id, email, kind, content",
                (now, attempts, now - stale),
            ).fetchall()
        return [Message(r["id"], r["email"], r["kind"], json.loads(r["content"])) for r in rows]

    def message_done(self, message_id: int, now: float, error: str | None = None) -> None:
        """Sent (or dropped); with an error, released for a later try."""
        with self.db.transaction() as db:
            db.execute(
                "update messages set attempts = attempts + 1, claimed = null, error = ?,"
                " sent = ? where id = ?",
                (error and error[:500], None if error else now, message_id),
            )

    def outbox_depth(self) -> int:
        """Deliveries and emails not sent yet (for /healthz)."""
        with self.db.transaction() as db:
            count = sum(
                db.execute(f"select count(*) as n from {table} where sent is null").fetchone()["n"]
                for table in ("deliveries", "messages")
            )
        return int(count)

    def sent_count(self) -> int:
        """Deliveries sent, in all (for /metrics)."""
        with self.db.transaction() as db:
            row = db.execute("select count(*) as n from deliveries where sent is not null")
            return int(row.fetchone()["n"])

    def allow_request(self, keys: list[str], limit: int, window: float, now: float) -> bool:
        """Rate limit: False when any key (a hashed address or client) has made `limit`
        requests within `window` seconds; otherwise the request is counted."""
        with self.db.transaction() as db:
            db.execute("delete from requests where at < ?", (now - window,))
            for key in keys:
                row = db.execute("select count(*) as n from requests where key = ?", (key,))
                if row.fetchone()["n"] >= limit:
                    return False
            db.executemany("insert into requests values (?, ?)", [(k, now) for k in keys])
        return True


def delivery_of(db: Transaction, row: Mapping) -> Delivery:
    """A delivery's row, with where it goes (None once its alert is deleted)."""
    found = db.execute("select email, webhook from alerts where id = ?",
                       (row["alert_id"],)).fetchone()  # fmt: skip
    alert = dict(found) if found else {}
    return Delivery(row["id"], row["alert_id"], row["channel"], json.loads(row["content"]),
                    row["attempts"], alert.get("email"), alert.get("webhook"))  # fmt: skip


@contextlib.contextmanager
def sending_lock(database: Path) -> Iterator[None]:
    """One sender at a time on this machine's SQLite file; released when the holder ends,
    however it ends."""
    with open(database.with_name(database.name + ".sending"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def alert_from_row(row: Mapping) -> Alert:
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
