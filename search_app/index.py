"""Index stage: agenda items -> one Whoosh document each, kept in step with the corpus.

Indexing is incremental by content hash (a manifest beside the index records
each source file's hash). All changes of a run land in one Whoosh commit, and
the manifest is written only after that commit: a run killed midway leaves the
previous index (and manifest) as they were, and the next run redoes the work.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import multiprocessing.util
import os
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from whoosh import fields, index
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StandardAnalyzer, StemmingAnalyzer
from whoosh.index import LockError

from search_app.errors import MinutesError, UnreadableDocument
from search_app.models import AgendaItem, ParsedDocument
from search_app.names import plain_name, slug
from search_app.parse import SUPPORTED_SUFFIXES, parse_file

MANIFEST = "manifest.json"
SCHEMA_VERSION = 5  # bump when the schema changes: an older index is rebuilt, not misread
INDEX_NAME = "items"
FIELD_SEPARATOR = "\x1f"  # between values of a multi-valued facet in the facet column
RECORD_SEPARATOR = "\x1e"  # between the facet column's fields

TEXT_ANALYZER = StemmingAnalyzer()  # "exploit" finds "exploitation"
# Same stop words as the text fields: a query word every field ignores drops out of the
# query, instead of demanding that a name contain "from".
NAME_ANALYZER = StandardAnalyzer()


def make_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        meeting_id=fields.ID(stored=True),
        source=fields.ID(stored=True),
        body_name=fields.TEXT(analyzer=NAME_ANALYZER, stored=True),  # the council
        committee=fields.TEXT(analyzer=NAME_ANALYZER, stored=True),
        date=fields.DATETIME(stored=True, sortable=True),
        number=fields.ID(stored=True),
        position=fields.STORED(),  # order of the item in its meeting
        title=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=3.0),
        body=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True),
        agenda=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True),  # the agenda's own wording
        speakers=fields.TEXT(analyzer=NAME_ANALYZER, stored=True),
        topics=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=2.0),
        decisions=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True),
        procedural=fields.BOOLEAN(stored=True),
        # Unstemmed words for "did you mean": suggestions must be real words, not stems.
        # No positions and the cheapest analyzer: it doubles the text analysed per item.
        spelling=fields.TEXT(analyzer=RegexTokenizer() | LowercaseFilter(), phrase=False),
        # Facet values as one column per document: counting reads no stored documents.
        facets=fields.COLUMN(),
        acronyms=fields.STORED(),
        meeting=fields.STORED(),  # times, venue, attendance: for the item and meeting pages
    )


class IndexBusy(MinutesError):
    """Another run holds the index's write lock (a killed run's lock is released by the OS)."""


@dataclass
class IndexReport:
    """What an indexing run did, for the progress display and the final summary."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: list[UnreadableDocument] = field(default_factory=list)
    # (source, note): what had to be guessed in a file that was indexed ("undated", ...)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    items_indexed: int = 0
    seconds: float = 0.0

    @property
    def partial(self) -> bool:
        return bool(self.failed)


ProgressCallback = Callable[[int, int, int, str], None]  # done, total, items, current file


def meeting_id_for(source: str) -> str:
    """A URL-safe id from the source path within the corpus, without its suffix."""
    return slug(str(Path(source).with_suffix("")))


def item_ids(meeting_id: str, items: list[AgendaItem]) -> list[str]:
    """Stable ids: meeting id and item number ("...-2015-05-22--5", "...--112-23")."""
    ids: list[str] = []
    for position, item in enumerate(items, start=1):
        # An item printed without a number is known by its place: "...--item-3".
        base = f"{meeting_id}--{slug(item.number) if item.number else f'item-{position}'}"
        candidate, suffix = base, 2
        while candidate in ids:  # a number repeated in one meeting
            candidate = f"{base}-{suffix}"
            suffix += 1
        ids.append(candidate)
    return ids


def facet_column_value(document: ParsedDocument, item: AgendaItem, source: str) -> bytes:
    """committee, date, speakers, topics, procedural, decided, acronyms, meeting, council:
    for the cache."""
    values = [
        document.meeting.committee,
        document.meeting.date.isoformat() if document.meeting.date else "",
        FIELD_SEPARATOR.join(plain_name(s) for s in item.speakers),  # one form per person
        FIELD_SEPARATOR.join(item.topics),
        "1" if item.procedural else "0",
        "1" if item.decisions else "0",
        FIELD_SEPARATOR.join(f"{a}={e}" for a, e in item.acronyms.items()),
        meeting_id_for(source),
        document.meeting.body or "",
    ]
    return RECORD_SEPARATOR.join(values).encode("utf-8")


def documents_for(document: ParsedDocument, source: str) -> Iterator[dict]:
    """The Whoosh documents of one parsed file, one per agenda item."""
    meeting = document.meeting
    meeting_id = meeting_id_for(source)
    when = datetime.combine(meeting.date, datetime.min.time()) if meeting.date else None
    for position, (item, item_id) in enumerate(
        zip(document.items, item_ids(meeting_id, document.items), strict=True)
    ):
        yield {
            "id": item_id,
            "meeting_id": meeting_id,
            "source": source,
            "body_name": meeting.body,
            "committee": meeting.committee,
            "number": item.number,
            "position": position,
            "title": item.title,
            "body": item.body,
            "agenda": item.agenda_text,
            "speakers": "\n".join(item.speakers),
            "topics": "\n".join(item.topics),
            "decisions": "\n\n".join(item.decisions),
            "procedural": item.procedural,
            "spelling": f"{item.title}\n{item.body}\n{item.agenda_text}",
            "facets": facet_column_value(document, item, source),
            "acronyms": item.acronyms,
            "meeting": meeting_summary(document),
        } | ({"date": when} if when else {})  # an undated meeting has no date field


def meeting_summary(document: ParsedDocument) -> dict:
    meeting = document.to_json_dict()["meeting"]
    meeting["format"] = document.format
    return meeting


def open_or_create(index_dir: Path) -> index.Index:
    """The index, created afresh when missing or when it was built with an older schema."""
    index_dir.mkdir(parents=True, exist_ok=True)
    if index_exists(index_dir):
        return index.open_dir(str(index_dir), indexname=INDEX_NAME)
    return index.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME)


def index_exists(index_dir: Path) -> bool:
    """An index built with this version's schema (an older one must be rebuilt)."""
    exists = index.exists_in(str(index_dir), indexname=INDEX_NAME)
    return exists and current_manifest(index_dir) is not None


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Minutes files under the corpus, sorted. Folder links are not followed (no loops, no
    escapes); file links, pipes and the like are listed so the run can name them as skipped.
    """
    found = []
    for folder, subfolders, names in os.walk(corpus_dir, followlinks=False):
        subfolders.sort()
        found += [
            Path(folder) / n for n in sorted(names) if Path(n).suffix.lower() in SUPPORTED_SUFFIXES
        ]
    return found


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fingerprint(path: Path, known: str | None) -> str:
    """ "size:mtime:sha256" of a file, reading it only when its size or mtime moved.

    A no-change run over 10,000 files then costs a stat per file, not a hash. Links,
    pipes and the like get a fingerprint of their own kind: parsing then names them.
    """
    if path.is_symlink() or not path.is_file():
        return f"special:{path.lstat().st_mode}"
    status = path.stat()
    stamp = f"{status.st_size}:{status.st_mtime_ns}:"
    if known and known.startswith(stamp):
        return known
    return stamp + file_hash(path)


def content_hash(fingerprint_text: str) -> str:
    return fingerprint_text.rsplit(":", 1)[-1]


def current_manifest(index_dir: Path) -> dict | None:
    """The manifest, if there is one and it was written with this version's schema."""
    path = index_dir / MANIFEST
    if not path.exists():
        return None
    manifest = json.loads(path.read_text(encoding="utf-8"))
    return manifest if manifest.get("schema") == SCHEMA_VERSION else None


def read_manifest(index_dir: Path) -> dict[str, str]:
    """Source file -> fingerprint of what the index holds; empty if it must be rebuilt."""
    manifest = current_manifest(index_dir)
    return manifest["files"] if manifest else {}


def write_manifest(index_dir: Path, files: dict[str, str]) -> None:
    """Replace the manifest atomically: a reader sees the old one or the new one."""
    temporary = index_dir / f"{MANIFEST}.tmp"
    manifest = {"schema": SCHEMA_VERSION, "files": files}
    temporary.write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(temporary, index_dir / MANIFEST)


# From this many changed files, Whoosh's multiprocess writer pays: measured 418 against
# 148 items/s on 2 cores. It leaves one segment per process unmerged, so small runs
# use the ordinary writer, which merges.
BULK_FILES = 100


class _DieWithParent:
    """Registered with multiprocessing: every worker it forks (Whoosh's writer workers)
    asks Linux to kill it when the indexing process dies. A worker orphaned by a SIGKILL
    would otherwise live on holding the index's write lock (inherited with the fork),
    and every later run would find the index busy."""

    def __call__(self, _registered: object) -> None:
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before the request took effect
            os._exit(1)


PR_SET_PDEATHSIG = 1  # linux/prctl.h
_DIE_WITH_PARENT = _DieWithParent()
multiprocessing.util.register_after_fork(_DIE_WITH_PARENT, _DIE_WITH_PARENT)


def writer_processes(changed_files: int) -> int:
    return (os.cpu_count() or 1) if changed_files >= BULK_FILES else 1


def index_file(writer, path: Path, source: str, report: IndexReport, was_indexed: bool) -> bool:
    """Replace one file's items, saying whether it did: a file that fails to parse keeps
    its previous items (and stays out of the manifest, so the next run tries it again)."""
    try:
        document = parse_file(path)
    except UnreadableDocument as error:
        report.failed.append(error)
        return False
    report.warnings += [(source, note) for note in document.fallbacks]
    writer.delete_by_term("source", source)
    for whoosh_document in documents_for(document, source):
        writer.add_document(**whoosh_document)
        report.items_indexed += 1
    (report.updated if was_indexed else report.added).append(source)
    return True


def update_index(
    corpus_dir: Path,
    index_dir: Path,
    progress: ProgressCallback | None = None,
    procs: int | None = None,
    limitmb: int = 256,
) -> IndexReport:
    """Bring the index in step with the corpus: add new files, replace changed, drop deleted."""
    started = time.perf_counter()
    report = IndexReport()
    ix = open_or_create(index_dir)
    manifest = read_manifest(index_dir)
    files = {path.relative_to(corpus_dir).as_posix(): path for path in corpus_files(corpus_dir)}
    hashes = {}
    for source, path in files.items():
        try:
            hashes[source] = fingerprint(path, manifest.get(source))
        except OSError as error:
            report.failed.append(UnreadableDocument.unreadable(path, error))
    changed = [s for s in hashes if content_hash(manifest.get(s, "")) != content_hash(hashes[s])]
    removed = [s for s in manifest if s not in files]
    report.unchanged = len(hashes) - len(changed)
    if not changed and not removed:
        report.seconds = time.perf_counter() - started
        return report

    procs = procs or writer_processes(len(changed))
    try:
        writer = ix.writer(procs=procs, limitmb=limitmb, multisegment=procs > 1)
    except LockError as error:
        raise IndexBusy(f"{index_dir}: another indexing run is updating this index") from error
    try:
        new_manifest = {s: h for s, h in manifest.items() if s in files}
        for source in removed:
            writer.delete_by_term("source", source)
            report.removed.append(source)
        for done, source in enumerate(changed, start=1):
            if index_file(writer, files[source], source, report, source in manifest):
                new_manifest[source] = hashes[source]
            if progress:
                progress(done, len(changed), report.items_indexed, source)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    write_manifest(index_dir, new_manifest)
    report.seconds = time.perf_counter() - started
    return report
