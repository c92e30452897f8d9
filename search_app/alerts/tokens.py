"""Signed links: confirm, unsubscribe, manage and feed tokens, signed with the site's
secret key (itsdangerous, as Flask uses for its sessions). Nothing a link carries is
stored: the database holds alert ids, and a token is only a signature over one."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from itsdangerous import BadData, URLSafeTimedSerializer

from search_app.database import Database

SECRET_FILE = "secret_key"
SECRETS_SCHEMA = (
    "create table if not exists site_secrets (name text primary key, value text not null)"
)
CONFIRM_DAYS = 3
MANAGE_DAYS = 2
DAY = 24 * 3600


def secret_key(index_dir: Path) -> str:
    """$MINUTES_SECRET_KEY, else a random key kept in the shared database (DATABASE_URL)
    or (mode 0600) beside the index, so that the site, every node of it and `minutes-search
    alerts send` sign alike and links outlive restarts."""
    configured = os.environ.get("MINUTES_SECRET_KEY")
    if configured:
        return configured
    if shared := Database.shared():
        return shared_secret(shared)
    path = index_dir / SECRET_FILE
    if not path.exists():
        make_secret_file(path)
    return path.read_text().strip()


def make_secret_file(path: Path) -> None:
    """Write a key in full under a private name, then link it in place: two processes
    starting at once (a site and `alerts send`) both end up reading the one key that won,
    never a half-written file or a FileExistsError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # mode 0600; ".tmp", as publishing leaves out, should a crash leave the draft behind
    descriptor, draft = tempfile.mkstemp(prefix=".secret-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
        os.link(draft, path)
    except FileExistsError:
        pass  # another process made the key first: use theirs
    finally:
        os.unlink(draft)


def shared_secret(database: Database) -> str:
    """The key every node reads from the database: the first node to ask makes it."""
    database.migrate("site", (SECRETS_SCHEMA,))
    with database.transaction() as db:
        db.execute("insert into site_secrets values ('secret_key', ?) on conflict do nothing",
                   (secrets.token_urlsafe(48),))  # fmt: skip
        row = db.execute("select value from site_secrets where name = 'secret_key'").fetchone()
    return row["value"]


class Tokens:
    def __init__(self, secret: str) -> None:
        self._secret = secret

    def _serializer(self, purpose: str) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(self._secret, salt=f"minutes-search-{purpose}")

    def make(self, purpose: str, value: str) -> str:
        return self._serializer(purpose).dumps(value)

    def read(self, purpose: str, token: str, max_days: int | None = None) -> str | None:
        """The value signed, or None for a forged, altered or expired token."""
        try:
            return self._serializer(purpose).loads(
                token, max_age=max_days * DAY if max_days else None
            )
        except BadData:
            return None
