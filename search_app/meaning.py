"""Search by meaning, for the search stage: the query's vector against the items'.

Words and meaning answer different questions. A word query finds exactly the items
that say it; a meaning query finds items about the same thing in other words
("potholes" → "carriageway defects"). A hybrid search keeps every word match and adds
the items whose meaning is close, ranked together by reciprocal rank fusion. What a
query asks exactly (a phrase, a field, a prefix, NOT, a date) stays a condition that
meaning matches must meet too; only its free words are searched by meaning.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from html import escape
from pathlib import Path

import numpy as np

from search_app.embedding import Encoder, ModelMissing, load_model, model_available
from search_app.engines import file_stamp
from search_app.query import And, Everything, Node, Or, Word, walk
from search_app.vectors import POINTER, VectorSet, folder_of, load_vectors

MODES = ("keyword", "hybrid", "meaning")
MEANING_LIMIT = 50  # items found by meaning in one search, at most
# A meaning match is at least this similar to the query, and at least this share of the
# best match's similarity: short queries sit at 0.2-0.5 from the items about them, and
# a query with one clear match should not bring the loosely related (benchmarks/relevance.py).
MIN_SIMILARITY = 0.2
RELATIVE_SIMILARITY = 0.6
SIMILAR_SIMILARITY = 0.35  # ... nor "discussed elsewhere" for an item page
RRF_K = 60  # reciprocal rank fusion's constant (Cormack et al. 2009)
FUSE_DEPTH = 100  # word matches ranked together with meaning matches; later ones follow
MAX_PASSAGES = 12  # sentences of a meaning match compared with the query for its snippet
PASSAGE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class MeaningQuery:
    """The part of a query searched by meaning, and what every match must still meet."""

    text: str  # the free words and phrases, as typed
    conditions: Node  # the rest of the query (Everything when there is none)


def meaning_query(tree: Node) -> MeaningQuery:
    """Free words (no field, or alternatives of them) are searched by meaning; phrases,
    fields, prefixes, dates and NOTs stay conditions. "potholes NOT bridge date:2020"
    looks for the meaning of "potholes" among items without "bridge" from 2020."""
    parts = tree.children if isinstance(tree, And) else (tree,)
    free = [part for part in parts if is_free(part)]
    rest = tuple(part for part in parts if not is_free(part))
    text = " ".join(node.text for part in free for node in walk(part) if isinstance(node, Word))
    conditions = rest[0] if len(rest) == 1 else And(rest) if rest else Everything()
    return MeaningQuery(text, conditions)


def is_free(node: Node) -> bool:
    if isinstance(node, Word):
        return node.field is None
    return isinstance(node, Or) and all(is_free(child) for child in node.children)


def fused(word_ids: list[str], meaning_ids: list[str], k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of two rankings: each item scores 1/(k + rank) in each list
    it is in. Ties keep the word ranking's order."""
    scores: dict[str, float] = {}
    for ranking in (word_ids, meaning_ids):
        for rank, item_id in enumerate(ranking, start=1):
            scores[item_id] = scores.get(item_id, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])


class Meaning:
    """The index's vectors (reloaded when the embedding stage writes a new generation)
    and the model, loaded at the first search by meaning."""

    def __init__(self, index_dir: Path) -> None:
        self._dir = index_dir
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._vectors: VectorSet | None = None

    def vectors(self) -> VectorSet | None:
        with self._lock:
            stamp = file_stamp(folder_of(self._dir) / POINTER)
            if stamp != self._stamp:
                loaded = load_vectors(self._dir)
                self._stamp = stamp if loaded is not None or stamp is None else None
                self._vectors = loaded
            return self._vectors

    def unavailable(self) -> str | None:
        """Why search by meaning cannot run, or None when it can."""
        if not model_available():
            return "the embedding model is not installed"
        if not self.vectors():
            return "the index has no vectors yet (run `minutes-search index`)"
        return None

    def encoder(self) -> Encoder:
        return load_model()

    def query_vector(self, text: str) -> np.ndarray:
        return query_vector_cached(self.encoder(), text)

    def nearest(self, text: str, limit: int = MEANING_LIMIT) -> list[tuple[str, float]]:
        """Items whose meaning is closest to the text, with their similarity."""
        vectors = self.vectors()
        if vectors is None or not text.strip():
            return []
        found = vectors.nearest(self.query_vector(text), limit, MIN_SIMILARITY)
        return [(i, s) for i, s in found if s >= RELATIVE_SIMILARITY * found[0][1]]

    def similar(self, item_id: str, limit: int, leave_out: frozenset) -> list[tuple[str, float]]:
        """Items nearest to one item, none of `leave_out`."""
        vectors = self.vectors()
        vector = vectors.vector(item_id) if vectors else None
        if vector is None:
            return []
        return vectors.nearest(vector, limit, SIMILAR_SIMILARITY, leave_out | {item_id})

    def closest_passage(self, query: str, texts: list[str]) -> list[str]:
        """For each text, its sentence closest in meaning to the query, escaped: the snippet
        of an item matched by meaning, where no word is there to mark."""
        passages = [(PASSAGE.split(text) or [text])[:MAX_PASSAGES] for text in texts]
        flat = [p for group in passages for p in group]
        if not flat:
            return ["" for _ in texts]
        try:
            scores = self.encoder().encode(flat) @ self.query_vector(query)
        except ModelMissing:
            return [escape(group[0]) if group else "" for group in passages]
        out, at = [], 0
        for group in passages:
            best = group[int(np.argmax(scores[at : at + len(group)]))] if group else ""
            out.append(escape(" ".join(best.split())[:300], quote=True))
            at += len(group)
        return out


@functools.lru_cache(maxsize=512)
def _query_vector(encoder: Encoder, text: str) -> bytes:
    return encoder.encode_one(text).astype(np.float32).tobytes()


def query_vector_cached(encoder: Encoder, text: str) -> np.ndarray:
    """A repeated query (the next page, a facet ticked) is not encoded again."""
    return np.frombuffer(_query_vector(encoder, text), dtype=np.float32)
