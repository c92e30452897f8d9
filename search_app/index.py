"""Index stage: agenda items -> one engine document each, kept in step with the corpus.

Indexing is incremental by content hash (a manifest beside the index records
each source file's hash and the engine). All changes of a run land in one
engine commit, and the manifest is written only after that commit: a run
killed midway leaves the previous index (and manifest) as they were, and the
next run redoes the work. Files are parsed in a process pool on every core and
fed to one writer.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import multiprocessing
import multiprocessing.util
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from search_app.database import Database
from search_app.engines import (
    ENGINES,
    EngineWriter,
    ItemDocument,
    default_engine,
    engine_module,
    item_documents,
)
from search_app.errors import UnreadableDocument
from search_app.parse import SUPPORTED_SUFFIXES, parse_file

MANIFEST = "manifest.json"
SCHEMA_VERSION = 9  # bump when the schema changes: an older index is rebuilt, not misread


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
    item_ids: list[str] = field(default_factory=list)  # every item added or replaced
    seconds: float = 0.0

    @property
    def partial(self) -> bool:
        return bool(self.failed)


ProgressCallback = Callable[[int, int, int, str], None]  # done, total, items, current file


def index_exists(index_dir: Path) -> bool:
    """An index built with this version's schema (an older one must be rebuilt)."""
    manifest = current_manifest(index_dir)
    return manifest is not None and engine_module(manifest["engine"]).exists(
        index_dir / manifest["engine"]
    )


def index_engine(index_dir: Path) -> str:
    """The engine the index at this folder was built with."""
    manifest = current_manifest(index_dir)
    return manifest["engine"] if manifest else default_engine()


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
    current = manifest.get("schema") == SCHEMA_VERSION and manifest.get("engine") in ENGINES
    return manifest if current else None


def read_manifest(index_dir: Path, engine: str | None = None) -> dict[str, str]:
    """Source file -> fingerprint of what the index holds; empty if it must be rebuilt
    (an older schema, or another engine asked for)."""
    manifest = current_manifest(index_dir)
    if not manifest or engine not in (None, manifest["engine"]):
        return {}
    return manifest["files"]


def write_manifest(index_dir: Path, files: dict[str, str], engine: str) -> None:
    """Replace the manifest atomically: a reader sees the old one or the new one. Each
    commit is a new generation: numbered, and stamped with when it was committed (what
    /healthz reports and `publish` copies)."""
    previous = current_manifest(index_dir) or {}
    generation = int(previous.get("generation", 0)) + 1
    manifest = {"schema": SCHEMA_VERSION, "engine": engine, "files": files,
                "generation": generation, "committed": time.time()}  # fmt: skip
    temporary = index_dir / f"{MANIFEST}.tmp"
    temporary.write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(temporary, index_dir / MANIFEST)


def new_generation(index_dir: Path) -> None:
    """A commit other than indexing's (the embedding stage's areas, its vectors) makes a
    new generation too."""
    manifest = current_manifest(index_dir)
    if manifest:
        write_manifest(index_dir, manifest["files"], manifest["engine"])


class _DieWithParent:
    """Registered with multiprocessing: every worker it forks (the parse pool, Whoosh's
    writer workers) asks Linux to kill it when the indexing process dies. A worker
    orphaned by a SIGKILL would otherwise live on, holding the index's write lock
    (inherited with the fork), and every later run would find the index busy."""

    def __call__(self, _registered: object) -> None:
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before the request took effect
            os._exit(1)


PR_SET_PDEATHSIG = 1  # linux/prctl.h
_DIE_WITH_PARENT = _DieWithParent()
multiprocessing.util.register_after_fork(_DIE_WITH_PARENT, _DIE_WITH_PARENT)
POOL_FILES = 8  # from this many changed files, parsing is spread over every core


@dataclass
class ParsedFile:
    """A file read into what the writer adds: its item documents and what was guessed."""

    items: list[ItemDocument]
    fallbacks: list[str]


def parsed_or_error(path: Path, source: str) -> ParsedFile | UnreadableDocument:
    """Parse one file into item documents (in a pool worker, so that the writer's
    process only adds); the error travels back as a value."""
    try:
        document = parse_file(path)
    except UnreadableDocument as error:
        return error
    return ParsedFile(list(item_documents(document, source)), document.fallbacks)


def parsed_files(
    paths: list[Path], sources: list[str]
) -> Iterator[ParsedFile | UnreadableDocument]:
    """Each file parsed, in order: in a process pool on every core for a big run."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if len(paths) < POOL_FILES or (cores or 1) < 2:
        yield from map(parsed_or_error, paths, sources)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=cores, mp_context=context) as pool:
        yield from pool.map(parsed_or_error, paths, sources, chunksize=4)


def add_file(
    writer: EngineWriter,
    parsed: ParsedFile | UnreadableDocument,
    source: str,
    report: IndexReport,
    was_indexed: bool,
) -> bool:
    """Replace one file's items, saying whether it did: a file that fails to parse keeps
    its previous items (and stays out of the manifest, so the next run tries it again)."""
    if isinstance(parsed, UnreadableDocument):
        report.failed.append(parsed)
        return False
    report.warnings += [(source, note) for note in parsed.fallbacks]
    writer.delete_source(source)
    for item in parsed.items:
        writer.add(item)
        report.item_ids.append(item.id)
        report.items_indexed += 1
    (report.updated if was_indexed else report.added).append(source)
    return True


def open_writer(index_dir: Path, engine: str, rebuild: bool, changed: int, procs, limitmb):
    """The engine's writer; a rebuild (new schema, other engine) starts from empty."""
    module = engine_module(engine)
    engine_dir = index_dir / engine
    if rebuild and engine_dir.exists():
        shutil.rmtree(engine_dir)
    engine_dir.mkdir(parents=True, exist_ok=True)
    return module.writer(engine_dir, changed, procs=procs, limitmb=limitmb)


def update_index(
    corpus_dir: Path,
    index_dir: Path,
    progress: ProgressCallback | None = None,
    procs: int | None = None,
    limitmb: int = 256,
    engine: str | None = None,
    now: float | None = None,
) -> IndexReport:
    """Bring the index in step with the corpus: add new files, replace changed, drop deleted.

    `engine` switches the index to another engine (a full rebuild); by default the
    engine the index was built with is kept. `now` is when new items count as first
    indexed (alerts send what is newer than their last delivery); default: the clock.
    """
    started = time.perf_counter()
    report = IndexReport()
    engine = engine or index_engine(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    manifest = read_manifest(index_dir, engine)
    rebuild = not manifest or not engine_module(engine).exists(index_dir / engine)
    manifest = {} if rebuild else manifest
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
    if not changed and not removed and not rebuild:
        report.seconds = time.perf_counter() - started
        return report

    writer = open_writer(index_dir, engine, rebuild, len(changed), procs, limitmb)
    try:
        new_manifest = {s: h for s, h in manifest.items() if s in files}
        for source in removed:
            writer.delete_source(source)
            report.removed.append(source)
        parsed = parsed_files([files[source] for source in changed], changed)
        for done, (source, document) in enumerate(zip(changed, parsed, strict=True), start=1):
            if add_file(writer, document, source, report, source in manifest):
                new_manifest[source] = hashes[source]
            if progress:
                progress(done, len(changed), report.items_indexed, source)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    record_first_seen(index_dir, report.item_ids, time.time() if now is None else now)
    write_manifest(index_dir, new_manifest, engine)
    remove_other_engines(index_dir, engine)
    report.seconds = time.perf_counter() - started
    return report


def remove_other_engines(index_dir: Path, engine: str) -> None:
    """After a switch of engine has committed, the old engine's files go."""
    for other in ENGINES:
        if other != engine and (index_dir / other).is_dir():
            shutil.rmtree(index_dir / other, ignore_errors=True)


FIRST_SEEN = "first_seen.sqlite3"  # beside the index, unless DATABASE_URL names PostgreSQL
FIRST_SEEN_MIGRATIONS = (
    "create table if not exists first_seen (id text primary key, seen double precision not null);"
    "create index if not exists first_seen_at on first_seen(seen)",
)


def first_seen_db(index_dir: Path) -> Database:
    database = Database.beside(index_dir, FIRST_SEEN)
    database.migrate("first_seen", FIRST_SEEN_MIGRATIONS)
    return database


def record_first_seen(index_dir: Path, item_ids: list[str], when: float) -> None:
    """When each item was first indexed. An item already known keeps its time: a changed
    file re-indexed, or a rebuild, is not news. Written after the engine's commit and
    before the manifest, so a crash between the two is mended by the next run."""
    with first_seen_db(index_dir).transaction() as db:
        db.executemany("insert into first_seen values (?, ?) on conflict do nothing",
                       [(i, when) for i in item_ids])  # fmt: skip


def items_first_seen(index_dir: Path, after: float, until: float) -> list[str]:
    """Items first indexed after one moment, up to another (what an alert has not sent)."""
    database = Database.beside(index_dir, FIRST_SEEN)
    if database.kind == "sqlite" and not database.path.exists():
        return []
    with first_seen_db(index_dir).transaction() as db:
        rows = db.execute(
            "select id from first_seen where seen > ? and seen <= ? order by seen, id",
            (after, until),
        ).fetchall()
    return [row["id"] for row in rows]
