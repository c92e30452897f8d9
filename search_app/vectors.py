"""The index's embedding stage: one vector per agenda item, beside the engine's files.

It runs after the engine's commit, so keyword search has the new items at once and
meaning catches up. It is incremental (an item keeps its vector while its text is
unchanged), engine-independent (it reads items through the `Engine` seam) and
crash-safe: vectors are written as numbered generations and a small pointer file
names the current one, replaced atomically, so a run killed midway leaves the
previous vectors serving. A long first run saves a generation every
`CHECKPOINT_ITEMS` items, and the next run resumes from the last one.

Vectors are stored as float16 (768 bytes an item: 77 MB per 100,000 items) and
searched exactly, by one matrix product, which takes a few milliseconds at that size.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from search_app.areas import AREAS_VERSION, assign_areas
from search_app.embedding import DIMENSIONS, MODEL_NAME, Encoder, ModelMissing, load_model
from search_app.engines import Engine, ItemDocument, engine_module
from search_app.errors import IndexBusy

FOLDER = "vectors"
POINTER = "current.json"
TEXT_VERSION = 1  # bump when item_text() changes: every vector is then made again
CHECKPOINT_ITEMS = 2_000  # a long run saves its work this often
PROGRESS_ITEMS = 256  # ... and reports progress this often
BODY_CHARACTERS = 1_200  # more than the model reads (128 tokens): truncation is the tokenizer's

VectorProgress = Callable[[int, int], None]  # done, total


@dataclass
class VectorReport:
    """What an embedding run did."""

    embedded: int = 0
    kept: int = 0
    dropped: int = 0
    total: int = 0
    skipped: str | None = None  # why nothing ran (no model, another run busy)
    areas_written: int = 0  # items indexed again with new subject areas
    areas_waiting: str | None = None  # why they could not be (the index busy): next run


@dataclass
class VectorSet:
    """The vectors of one generation, in memory as float32 for the matrix product."""

    ids: list[str]
    hashes: list[str]
    matrix: np.ndarray  # (items, DIMENSIONS) float32, unit rows
    generation: int = 0
    areas: list[list[str]] = field(default_factory=list)  # each item's subject areas
    row_of: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.row_of = {item_id: row for row, item_id in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.ids)

    def nearest(
        self, query: np.ndarray, limit: int, floor: float = -1.0, leave_out: frozenset = frozenset()
    ) -> list[tuple[str, float]]:
        """The `limit` items most similar to a unit vector, most similar first, with their
        cosine similarity, none below `floor` and none of `leave_out`."""
        if not self.ids or limit <= 0:
            return []
        scores = self.matrix @ query.astype(np.float32)
        wanted = min(len(scores), limit + len(leave_out))
        top = np.argpartition(-scores, wanted - 1)[:wanted]
        ranked = top[np.argsort(-scores[top], kind="stable")]
        found = [(self.ids[r], float(scores[r])) for r in ranked if scores[r] >= floor]
        return [(i, s) for i, s in found if i not in leave_out][:limit]

    def areas_of(self, item_id: str) -> list[str]:
        row = self.row_of.get(item_id)
        return [] if row is None or row >= len(self.areas) else self.areas[row]

    def vector(self, item_id: str) -> np.ndarray | None:
        row = self.row_of.get(item_id)
        return None if row is None else self.matrix[row]


def item_text(stored: dict) -> str:
    """What an item's vector is made from: its title, then the start of its minute (or of
    the agenda's wording when the minute is empty). The title carries the subject; the
    body's first sentences say what was discussed."""
    body = stored.get("body") or stored.get("agenda") or ""
    return f"{stored.get('title', '')}. {' '.join(body.split())[:BODY_CHARACTERS]}"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def folder_of(index_dir: Path) -> Path:
    return index_dir / FOLDER


def read_pointer(index_dir: Path) -> dict | None:
    """The current generation's description, if it was made by this model and text."""
    path = folder_of(index_dir) / POINTER
    try:
        pointer = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    same = pointer.get("model") == MODEL_NAME and pointer.get("text") == TEXT_VERSION
    return pointer if same and isinstance(pointer.get("generation"), int) else None


def load_vectors(index_dir: Path) -> VectorSet | None:
    """The current generation, or None when there is none (never embedded, another model)."""
    pointer = read_pointer(index_dir)
    if pointer is None:
        return None
    folder, generation = folder_of(index_dir), pointer["generation"]
    try:
        matrix = np.load(folder / f"{generation}.npy", allow_pickle=False)
        ids, hashes, areas = json.loads((folder / f"{generation}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None  # a generation removed under us: the caller asks again next time
    if matrix.shape != (len(ids), DIMENSIONS):
        return None
    areas = areas if pointer.get("areas") == AREAS_VERSION else []  # made by older rules
    return VectorSet(ids, hashes, matrix.astype(np.float32), generation, areas)


def write_generation(index_dir: Path, vectors: VectorSet) -> None:
    """Save a new generation, then point at it (atomically), then remove older ones."""
    folder = folder_of(index_dir)
    folder.mkdir(parents=True, exist_ok=True)
    generation = vectors.generation
    with open(folder / f"{generation}.npy", "wb") as handle:
        np.save(handle, vectors.matrix.astype(np.float16), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())
    listed = [vectors.ids, vectors.hashes, vectors.areas]
    (folder / f"{generation}.json").write_text(json.dumps(listed), encoding="utf-8")
    pointer = {"generation": generation, "model": MODEL_NAME, "text": TEXT_VERSION,
               "areas": AREAS_VERSION, "items": len(vectors)}  # fmt: skip
    temporary = folder / f"{POINTER}.tmp"
    temporary.write_text(json.dumps(pointer), encoding="utf-8")
    os.replace(temporary, folder / POINTER)
    for old in folder.iterdir():
        stem = old.name.split(".", 1)[0]
        if stem.isdigit() and int(stem) != generation:
            old.unlink(missing_ok=True)


@contextlib.contextmanager
def embedding_lock(index_dir: Path) -> Iterator[bool]:
    """True while this process alone embeds into the index (another run may be at it)."""
    folder = folder_of(index_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def update_vectors(
    index_dir: Path,
    engine: Engine,
    progress: VectorProgress | None = None,
    encoder: Encoder | None = None,
) -> VectorReport:
    """Bring the vectors in step with the engine's items: embed new and changed items,
    keep the rest, drop the vectors of items no longer indexed."""
    report = VectorReport()
    try:
        encoder = encoder or load_model()
    except ModelMissing as missing:
        report.skipped = str(missing)
        return report
    with embedding_lock(index_dir) as mine:
        if not mine:
            report.skipped = "another run is embedding this index"
            return report
        items = list(engine.all_items())
        embed_missing(index_dir, items, encoder, progress, report)
        try:
            report.areas_written = write_areas(index_dir, engine.name, items)
        except IndexBusy as busy:
            report.areas_waiting = str(busy)
        return report


def embed_missing(
    index_dir: Path,
    items: list[dict],
    encoder: Encoder,
    progress: VectorProgress | None,
    report: VectorReport,
) -> VectorReport:
    previous = load_vectors(index_dir)
    texts = {stored["id"]: item_text(stored) for stored in items}
    procedural = {stored["id"]: bool(stored["procedural"]) for stored in items}
    wanted = {item_id: text_hash(text) for item_id, text in texts.items()}
    ids, hashes, rows = [], [], []
    if previous:
        for row, (item_id, digest) in enumerate(zip(previous.ids, previous.hashes, strict=True)):
            if wanted.get(item_id) == digest:
                ids.append(item_id), hashes.append(digest), rows.append(previous.matrix[row])
    report.kept, report.total = len(ids), len(wanted)
    report.dropped = len(previous) - len(ids) if previous else 0
    kept = set(ids)
    todo = [item_id for item_id in wanted if item_id not in kept]
    areas_current = bool(previous) and len(previous.areas) == len(previous)
    if previous and not todo and not report.dropped and areas_current:
        return report
    matrix = np.zeros((len(ids) + len(todo), DIMENSIONS), dtype=np.float32)
    matrix[: len(rows)] = rows if rows else 0

    def areas_for(chosen: list[str], vectors: np.ndarray) -> list[list[str]]:
        chosen_texts = [texts[i] for i in chosen]
        return assign_areas(encoder, vectors, chosen_texts, [procedural[i] for i in chosen])

    if areas_current:
        areas = [previous.areas_of(item_id) for item_id in ids]
    else:  # vectors kept, areas made again by the current rules
        areas = areas_for(ids, matrix[: len(ids)])
    generation = previous.generation if previous else 0
    saved = len(ids)
    for start in range(0, len(todo), PROGRESS_ITEMS):
        if progress:
            progress(len(ids), len(wanted))
        chunk = todo[start : start + PROGRESS_ITEMS]
        vectors = encoder.encode([texts[i] for i in chunk])
        matrix[len(ids) : len(ids) + len(chunk)] = vectors
        areas += areas_for(chunk, vectors)
        ids += chunk
        hashes += [wanted[i] for i in chunk]
        report.embedded += len(chunk)
        if len(ids) - saved >= CHECKPOINT_ITEMS:
            generation, saved = generation + 1, len(ids)
            write_generation(index_dir, VectorSet(ids, hashes, matrix[:saved], generation, areas))
    if saved != len(ids) or report.dropped or not previous or not areas_current:
        write_generation(index_dir, VectorSet(ids, hashes, matrix, generation + 1, areas))
    if progress:
        progress(len(ids), len(wanted))
    return report


def write_areas(index_dir: Path, engine_name: str, items: list[dict]) -> int:
    """Index again the items whose subject areas changed, so that the topic facet counts
    them: one engine commit, after the vectors' own. A run killed before it leaves the
    engine's areas behind the vectors', and the next run writes them."""
    vectors = load_vectors(index_dir)
    if vectors is None:
        return 0
    changed = [stored for stored in items
               if list(stored.get("areas") or []) != vectors.areas_of(stored["id"])]  # fmt: skip
    if not changed:
        return 0
    writer = engine_module(engine_name).writer(index_dir / engine_name, len(changed))
    try:
        for stored in changed:
            document = ItemDocument.from_stored(stored)
            document.areas = vectors.areas_of(stored["id"])
            writer.delete_item(document.id)
            writer.add(document)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return len(changed)


def embed_index(index_dir: Path, progress: VectorProgress | None = None) -> VectorReport:
    """The embedding stage for the index in this folder, whichever engine it has."""
    from search_app.index import current_manifest, new_generation

    manifest = current_manifest(index_dir)
    if manifest is None:
        return VectorReport(skipped="no index to embed")
    engine = engine_module(manifest["engine"]).open_engine(index_dir / manifest["engine"])
    try:
        report = update_vectors(index_dir, engine, progress)
    finally:
        engine.close()
    if report.embedded or report.dropped or report.areas_written:
        new_generation(index_dir)
    return report
