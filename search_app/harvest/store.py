"""Where harvested minutes go: a file per document with its sidecar, and a state file.

corpus/<council>/<committee>/<date>-<id>.<ext> and <file>.meta.json beside it (the
parser reads the sidecar first). corpus/<council>/.harvest.json records what has
been saved (so nothing is fetched twice) and which meetings still await minutes;
it is rewritten atomically after every document, so a killed run resumes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from pathlib import Path

from search_app.harvest.fetch import FetchError
from search_app.models import Sidecar

STATE_FILE = ".harvest.json"


def safe_name(text: str) -> str:
    """A file or folder name from words a remote site chose (a committee, a meeting id, a
    link's text): lower-case letters, digits and hyphens only, so never a path ("../x")."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "unnamed"


class SiteStore:
    """One council's folder in the corpus, and its harvesting state."""

    def __init__(self, corpus: Path, council: str) -> None:
        self.folder = corpus / safe_name(council)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / STATE_FILE
        self.state = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        self.state.setdefault("done", {})
        self.state.setdefault("pending", {})

    @classmethod
    def listing_page(cls, corpus: Path, url: str) -> SiteStore | None:
        """The store whose state remembers the listing page at `url`, if a run saw it."""
        for path in sorted(corpus.glob(f"*/{STATE_FILE}")) if corpus.is_dir() else []:
            state = json.loads(path.read_text(encoding="utf-8"))
            if f"page:{url}" in state.get("pages", {}):
                return cls(corpus, state.get("council") or path.parent.name)
        return None

    def remember_page(self, key: str, council: str, etag: str | None, modified: str | None) -> None:
        """A listing page's validators, for a conditional GET next time."""
        self.state["council"] = council
        self.state.setdefault("pages", {})[key] = {"etag": etag, "last_modified": modified}
        self.write_state()

    def is_done(self, key: str, older_key: str = "") -> bool:
        """Whether the document was saved, under its key or the key an older version of
        the harvester gave it."""
        return key in self.state["done"] or bool(older_key and older_key in self.state["done"])

    def validators(self, key: str) -> tuple[str | None, str | None]:
        record = self.state["done"].get(key) or self.state.get("pages", {}).get(key) or {}
        return record.get("etag"), record.get("last_modified")

    def save(
        self, key: str, relative: str, content: bytes, meta: Sidecar,
        etag: str | None = None, last_modified: str | None = None,
    ) -> Path:  # fmt: skip
        """Write the document and its sidecar, then record it as done. A name another
        document of this council already has (two sites of one council, two links with
        the same words) gets a number: no document replaces another."""
        with folder_lock(self.folder):
            relative = self.free_name(key, relative)
            path = self.inside_folder(relative, meta.source_url, key)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, content)
            write_atomically(Sidecar.path_of(path), meta.to_json())
            self.state["done"][key] = {
                "file": relative, "sha256": hashlib.sha256(content).hexdigest(),
                "etag": etag, "last_modified": last_modified,
            }  # fmt: skip
            self.state["pending"].pop(key, None)
            self.write_state()  # before the lock goes: the next save sees this name taken
        return path

    def free_name(self, key: str, relative: str) -> str:
        """`relative`, or "<stem>-2<suffix>" ... when another key's document has it."""
        path = self.folder / STATE_FILE
        on_disk = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        done = on_disk.get("done", {}) | self.state["done"]
        taken = {record.get("file") for other, record in done.items() if other != key}
        candidate, number = relative, 2
        while candidate in taken:
            stem, dot, suffix = relative.rpartition(".")
            candidate = f"{stem}-{number}.{suffix}" if dot else f"{relative}-{number}"
            number += 1
        return candidate

    def inside_folder(self, relative: str, url: str, key: str) -> Path:
        """The path for `relative`, refused unless it lies in this council's folder: names
        are made from remote answers, and none of them may write elsewhere."""
        path = self.folder / relative
        if not path.resolve().is_relative_to(self.folder.resolve()):
            raise FetchError(url, f"refused to save {key} as {relative!r}: outside {self.folder}")
        return path

    def mark_pending(self, key: str, when: str | None) -> None:
        """A meeting whose minutes are not published yet: look again on later runs. Kept
        in memory until the next save or the run's end: a listing of thousands of such
        meetings must not rewrite the state file thousands of times."""
        self.state["pending"][key] = {"date": when}

    def write_state(self) -> None:
        """Write the state, merged with what is on disk: two sources of one council
        harvested at once share the file, and neither may lose the other's records."""
        path = self.folder / STATE_FILE
        with folder_lock(self.folder):
            on_disk = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            merged = on_disk | self.state
            for part in ("done", "pages", "pending"):
                merged[part] = on_disk.get(part, {}) | self.state.get(part, {})
            for key in merged["done"]:
                merged["pending"].pop(key, None)
            write_atomically(path, json.dumps(merged, indent=1).encode())
            self.state = merged


_FOLDER_LOCKS: dict[Path, threading.RLock] = {}
_FOLDER_LOCKS_GUARD = threading.Lock()


def folder_lock(folder: Path) -> threading.RLock:
    """One lock a council folder, for every thread of this process that writes into it."""
    with _FOLDER_LOCKS_GUARD:
        return _FOLDER_LOCKS.setdefault(folder.resolve(), threading.RLock())


def write_atomically(path: Path, content: bytes) -> None:
    """Whole or not at all; the temporary name is this thread's own."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part")
    temporary.write_bytes(content)
    os.replace(temporary, path)
