"""The Whoosh engine's facets: every facet value of every document as numpy arrays, read
once per index generation.

Counting never loads stored documents and never uses Whoosh's groupedby (which made
hit.highlights() ~150x slower in 2.7.4): each document's facet values are one column
value, read once when a searcher opens, and filters and counts are array operations over
the matching document numbers. Every facet, whatever its kind, is held the same way:
parallel (document, value) arrays.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from whoosh.reading import IndexReader

from search_app.engines import ItemDocument
from search_app.facets import FACETS, FLAG, YEAR, Facet, IndexValue, Selection

FIELD_SEPARATOR = "\x1f"  # between the values of one facet in the column
RECORD_SEPARATOR = "\x1e"  # between the column's fields


def column_value(item: ItemDocument) -> bytes:
    """The facet column of one document: its meeting, place in it, date and acronyms,
    then each facet's values in `FACETS` order."""
    fields = [item.meeting_id, str(item.position), item.date.isoformat() if item.date else "",
              FIELD_SEPARATOR.join(f"{a}={e}" for a, e in item.acronyms.items())]  # fmt: skip
    for facet in FACETS:
        fields.append(FIELD_SEPARATOR.join(encoded(v) for v in facet.values_of(item)))
    return RECORD_SEPARATOR.join(fields).encode("utf-8")


def encoded(value: IndexValue) -> str:
    return ("1" if value else "0") if isinstance(value, bool) else str(value)


def decoded(facet: Facet, text: str) -> IndexValue:
    if facet.kind == FLAG:
        return text == "1"
    return int(text) if facet.kind == YEAR else text


@dataclass
class FacetColumn:
    """One facet over all documents: which document holds which value."""

    facet: Facet
    values: list[IndexValue]  # value id -> value
    doc: np.ndarray  # docnum of each occurrence
    value: np.ndarray  # value id of each occurrence

    def mask(self, size: int, chosen: tuple[IndexValue, ...]) -> np.ndarray:
        """Documents holding any of the chosen values."""
        wanted = set(chosen)
        ids = [i for i, value in enumerate(self.values) if value in wanted]
        mask = np.zeros(size, dtype=bool)
        mask[self.doc[np.isin(self.value, ids)]] = True
        return mask

    @functools.cached_property
    def by_doc(self) -> np.ndarray:
        """The value id of each docnum for a one-value facet (-1: none)."""
        ids = np.full(int(self.doc.max(initial=-1)) + 1, -1, dtype=np.int32)
        ids[self.doc] = self.value
        return ids

    def value_of(self, docnum: int) -> IndexValue | None:
        ids = self.by_doc
        found = ids[docnum] if docnum < len(ids) else -1
        return None if found < 0 else self.values[found]

    def counts(self, docs: np.ndarray) -> list[tuple[str, int]]:
        """Each value's count among the documents in the `docs` mask."""
        counted = np.bincount(self.value[docs[self.doc]], minlength=len(self.values))
        return self.facet.ordered(zip(self.values, counted.tolist(), strict=True))


@dataclass
class FacetCache:
    """Every facet value of every document, by docnum, and what ordering needs."""

    size: int
    live: np.ndarray  # bool: not deleted
    day: np.ndarray  # datetime64[D] per docnum; NaT for an undated meeting
    meeting_names: list[str]
    meeting: np.ndarray  # meeting id per docnum
    position: np.ndarray  # place in its meeting's agenda per docnum
    columns: dict[str, FacetColumn]
    acronyms: dict[str, str] = field(default_factory=dict)

    @functools.cached_property
    def meeting_rank(self) -> np.ndarray:
        """Each meeting's place among meeting ids in sorted order (ties break by it)."""
        rank = np.empty(len(self.meeting_names), dtype=np.int32)
        rank[sorted(range(len(self.meeting_names)), key=self.meeting_names.__getitem__)] = (
            np.arange(len(self.meeting_names), dtype=np.int32)
        )
        return rank

    @property
    def month(self) -> np.ndarray:
        return self.day.astype("datetime64[M]")


def build_facet_cache(reader: IndexReader) -> FacetCache:
    size = reader.doc_count_all()
    live = np.zeros(size, dtype=bool)
    for docnum in reader.all_doc_ids():
        live[docnum] = True
    meetings: dict[str, int] = {}
    meeting = np.zeros(size, dtype=np.int32)
    position = np.zeros(size, dtype=np.int32)
    day = np.full(size, np.datetime64("NaT"), dtype="datetime64[D]")
    value_ids: list[dict[IndexValue, int]] = [{} for _ in FACETS]
    pairs: list[list[tuple[int, int]]] = [[] for _ in FACETS]
    acronyms: dict[str, str] = {}
    column = reader.column_reader("facets") if size else []
    for docnum in range(size):
        raw = column[docnum]
        if not raw:
            continue
        meeting_id, place, iso, defined, *facet_fields = raw.decode().split(RECORD_SEPARATOR)
        meeting[docnum] = meetings.setdefault(meeting_id, len(meetings))
        position[docnum] = int(place)
        day[docnum] = np.datetime64(iso) if iso else np.datetime64("NaT")
        for facet, ids, found, joined in zip(FACETS, value_ids, pairs, facet_fields, strict=True):
            for text in split(joined):
                found.append((docnum, ids.setdefault(decoded(facet, text), len(ids))))
        for pair in split(defined):
            acronym, _, expansion = pair.partition("=")
            acronyms.setdefault(acronym.upper(), expansion)
    columns = {
        facet.name: facet_column(facet, ids, found)
        for facet, ids, found in zip(FACETS, value_ids, pairs, strict=True)
    }
    return FacetCache(size, live, day, list(meetings), meeting, position, columns, acronyms)


def split(joined: str) -> list[str]:
    return [value for value in joined.split(FIELD_SEPARATOR) if value]


def facet_column(facet: Facet, ids: dict[IndexValue, int], pairs: list) -> FacetColumn:
    array = np.array(pairs, dtype=np.int32).reshape(-1, 2)
    return FacetColumn(facet, list(ids), array[:, 0], array[:, 1])


def filter_masks(cache: FacetCache, chosen: dict[str, Selection]) -> dict[str, np.ndarray]:
    """One boolean mask per active facet filter, over all docnums."""
    return {
        name: cache.columns[name].mask(cache.size, selection.values)
        for name, selection in chosen.items()
    }


def date_mask(cache: FacetCache, date_from: date | None, date_to: date | None) -> np.ndarray:
    low = np.datetime64(date_from or date.min)
    high = np.datetime64(date_to or date.max)
    return (cache.day >= low) & (cache.day <= high)


def combined(masks: dict[str, np.ndarray], size: int, leave_out: str | None = None) -> np.ndarray:
    result = np.ones(size, dtype=bool)
    for name, mask in masks.items():
        if name != leave_out:
            result &= mask
    return result


def count_facets(
    cache: FacetCache, matched: np.ndarray, masks: dict[str, np.ndarray]
) -> dict[str, list[tuple[str, int]]]:
    """Counts per facet value among matching items, each facet ignoring its own filter.

    Leaving a facet's own selection out is what lets a user tick a second
    committee: the counts show what ticking it would add.
    """
    return {
        facet.name: cache.columns[facet.name].counts(
            matched & combined(masks, cache.size, leave_out=facet.name)
        )
        for facet in FACETS
    }


def month_histogram(cache: FacetCache, docs: np.ndarray) -> list[tuple[str, int]]:
    """Matches per month; undated items have no place on a time line."""
    months, counts = np.unique(cache.month[docs & ~np.isnat(cache.day)], return_counts=True)
    return [(str(m), int(c)) for m, c in zip(months, counts, strict=True)]
