"""The Whoosh engine (the default): pure Python, one folder of segment files.

Facets never use Whoosh's groupedby (which made hit.highlights() ~150x slower
in 2.7.4): each document carries its facet values in one column, read once per
index generation into numpy arrays (`search_app.facets.FacetCache`); a query is
scored once over all documents, and counts, filters, the timeline and the
order are array operations on the scores.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import numpy as np
from whoosh import fields, index
from whoosh import query as q
from whoosh.analysis import LowercaseFilter, RegexTokenizer
from whoosh.index import LockError
from whoosh.searching import Searcher

from search_app.analysis import NAME_ANALYZER, TEXT_ANALYZER
from search_app.engines import (
    LOCK_WAIT,
    Engine,
    EngineResults,
    EngineWriter,
    ItemDocument,
    MeetingRow,
)
from search_app.engines.whoosh_facets import (
    FacetCache,
    build_facet_cache,
    column_value,
    combined,
    count_facets,
    date_mask,
    filter_masks,
    month_histogram,
)
from search_app.errors import IndexBusy
from search_app.facets import PROCEDURAL, FacetFilters, selections
from search_app.query import (
    FIELD_BOOSTS,
    NAME_FIELDS,
    SEARCH_FIELDS,
    Compiler,
    DateRange,
    Node,
    Phrase,
    Term,
    Word,
    compile_tree,
)

INDEX_NAME = "items"
MAX_PREFIX_SCAN = 5000  # index terms read to expand one prefix
SPELLING_ANALYZER = RegexTokenizer() | LowercaseFilter()


def make_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        meeting_id=fields.ID(stored=True),
        source=fields.ID(stored=True),
        body_name=fields.TEXT(analyzer=NAME_ANALYZER, stored=True),  # the council
        committee=fields.TEXT(analyzer=NAME_ANALYZER, stored=True),
        date=fields.DATETIME(stored=True, sortable=True),
        number=fields.ID(stored=True),
        position=fields.STORED(),
        title=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=FIELD_BOOSTS["title"]),
        body=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True),
        agenda=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True),  # the agenda's own wording
        speakers=fields.TEXT(analyzer=NAME_ANALYZER, stored=True),
        topics=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=FIELD_BOOSTS["topics"]),
        decisions=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True),
        # The meeting's text before the first item or after the last, searched with it
        around=fields.TEXT(analyzer=TEXT_ANALYZER),
        opening=fields.STORED(),
        closing=fields.STORED(),
        procedural=fields.BOOLEAN(stored=True),
        # Unstemmed words for "did you mean": suggestions must be real words, not stems.
        # No positions and the cheapest analyzer: it doubles the text analysed per item.
        spelling=fields.TEXT(analyzer=SPELLING_ANALYZER, phrase=False),
        # Facet values as one column per document: counting reads no stored documents.
        facets=fields.COLUMN(),
        acronyms=fields.STORED(),
        meeting=fields.STORED(),
        areas=fields.STORED(),
    )


def analyzer_for(field: str):
    return NAME_ANALYZER if field in NAME_FIELDS else TEXT_ANALYZER


def exists(index_dir: Path) -> bool:
    return index.exists_in(str(index_dir), indexname=INDEX_NAME)


# --- writing -------------------------------------------------------------------------

# From this many changed files, Whoosh's multiprocess writer pays: measured 418 against
# 148 items/s on 2 cores. It leaves one segment per process unmerged, so small runs
# use the ordinary writer, which merges.
BULK_FILES = 100


def whoosh_document(item: ItemDocument) -> dict:
    stored = item.stored()
    when = datetime.combine(item.date, datetime.min.time()) if item.date else None
    stored.pop("date")
    return stored | {
        "spelling": f"{item.title}\n{item.body}\n{item.agenda}",
        "facets": column_value(item),
        "around": item.around,
    } | ({"date": when} if when else {})  # an undated meeting has no date field  # fmt: skip


class WhooshWriter(EngineWriter):
    def __init__(self, index_dir: Path, changed_files: int, procs: int | None, limitmb: int):
        index_dir.mkdir(parents=True, exist_ok=True)
        if exists(index_dir):
            ix = index.open_dir(str(index_dir), indexname=INDEX_NAME)
        else:
            ix = index.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME)
        procs = procs or ((os.cpu_count() or 1) if changed_files >= BULK_FILES else 1)
        try:  # a run killed a moment ago holds the lock until its worker processes are gone
            self._writer = ix.writer(
                procs=procs, limitmb=limitmb, multisegment=procs > 1, timeout=LOCK_WAIT
            )
        except LockError as error:
            raise IndexBusy(f"{index_dir}: another indexing run is updating this index") from error

    def delete_source(self, source: str) -> None:
        self._writer.delete_by_term("source", source)

    def delete_item(self, item_id: str) -> None:
        self._writer.delete_by_term("id", item_id)

    def add(self, item: ItemDocument) -> None:
        self._writer.add_document(**whoosh_document(item))

    def commit(self) -> None:
        self._writer.commit()

    def cancel(self) -> None:
        self._writer.cancel()


def writer(index_dir: Path, changed_files: int, procs: int | None = None, limitmb: int = 256):
    return WhooshWriter(index_dir, changed_files, procs, limitmb)


# --- reading -------------------------------------------------------------------------


class WhooshCompiler(Compiler):
    def leaf(self, node: Node) -> q.Query | None:
        if isinstance(node, DateRange):
            low = datetime.combine(node.start, datetime.min.time()) if node.start else None
            high = datetime.combine(node.end, datetime.max.time()) if node.end else None
            return q.DateRange("date", low, high)
        if isinstance(node, Term):
            return q.Term(node.field, node.text)
        fields = (node.field,) if node.field else SEARCH_FIELDS
        return self.any_of([f for f in (field_query(node, name) for name in fields) if f])

    def all_of(self, must: list, must_not: list) -> q.Query:
        return q.And((must or [q.Every()]) + [q.Not(n) for n in must_not])

    def any_of(self, should: list) -> q.Query | None:
        return None if not should else should[0] if len(should) == 1 else q.Or(should)

    def everything(self) -> q.Query:
        return q.Every()

    def nothing(self) -> q.Query:
        return q.NullQuery


def field_query(node: Word | Phrase, field: str) -> q.Query | None:
    tokens = [t.text for t in analyzer_for(field)(node.text)]
    if not tokens:
        return None
    return q.Term(field, tokens[0]) if len(tokens) == 1 else q.Phrase(field, tokens)


COMPILER = WhooshCompiler()


class WhooshEngine(Engine):
    """A Whoosh searcher and the facet cache of its generation. Whoosh searchers are not
    documented as thread-safe, so each thread gets its own, all on the same segments."""

    name = "whoosh"

    def __init__(self, index_dir: Path, ix: index.Index | None = None) -> None:
        self._ix = ix or index.open_dir(str(index_dir), indexname=INDEX_NAME)
        self._dir = index_dir
        # Every thread's reader is opened on this one generation, the cache's.
        self._toc = index.TOC.read(self._ix.storage, INDEX_NAME)
        self._reader = self._open_reader()
        self._cache = build_facet_cache(self._reader)
        self._local = threading.local()
        self._searchers: list = []
        self._lock = threading.Lock()

    def _searcher(self):
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = Searcher(self._open_reader(), fromindex=self._ix)
            self._local.searcher = searcher
            with self._lock:
                self._searchers.append(searcher)
        return searcher

    def _open_reader(self):
        toc = self._toc
        return self._ix._reader(self._ix.storage, toc.schema, toc.segments, toc.generation)

    def refreshed(self) -> Engine:
        return self if self._reader.generation() == self._ix.latest_generation() else \
            WhooshEngine(self._dir, self._ix)  # fmt: skip

    def close(self) -> None:
        for searcher in self._searchers:
            searcher.close()
        self._reader.close()

    def search(
        self, tree: Node, filters: FacetFilters, sort: str, start: int, end: int,
        facets: bool = True,
    ) -> EngineResults:  # fmt: skip
        cache = self._cache
        scores = self.score_all(tree)
        masks = filter_masks(cache, selections(filters))
        if filters.date_from or filters.date_to:
            masks["date"] = date_mask(cache, filters.date_from, filters.date_to)
        if filters.ids is not None:
            masks["ids"] = self._mask_of_ids(filters.ids)
        matched = ~np.isnan(scores)
        selected = matched & combined(masks, cache.size)
        ranked = ranked_docnums(cache, scores, selected, sort, end)[start:end]
        searcher = self._searcher()
        results = EngineResults(
            total=int(np.count_nonzero(selected)),
            hits=[(self._stored(searcher.stored_fields(d)), score) for d, score in ranked],
        )
        if facets:
            results.facets = count_facets(cache, matched, masks)
            results.timeline = month_histogram(cache, selected)
            results.procedural_hidden = procedural_left_out(cache, matched, masks)
        return results

    def _mask_of_ids(self, ids: list[str]) -> np.ndarray:
        mask = np.zeros(self._cache.size, dtype=bool)
        searcher = self._searcher()
        for item_id in ids:
            docnum = searcher.document_number(id=item_id)
            if docnum is not None and docnum < self._cache.size:
                mask[docnum] = True
        return mask

    def score_all(self, tree: Node) -> np.ndarray:
        """The score of every matching item by docnum, NaN where it does not match.

        One scored pass serves both the facet counts (which items match) and the
        ranking (filtered afterwards with numpy), instead of running the query twice.
        """
        cache = self._cache
        query = compile_tree(tree, COMPILER)
        scores = np.full(cache.size, np.nan)
        if isinstance(query, q.Every):  # an empty query: every item, unscored
            scores[cache.live] = 0.0
            return scores
        results = self._searcher().search(query, limit=None)
        if len(results.top_n):
            found = np.array(results.top_n, dtype=np.float64).reshape(-1, 2)
            docnums = found[:, 1].astype(np.int64)
            keep = docnums < cache.size
            scores[docnums[keep]] = found[keep, 0]
        scores[~cache.live] = np.nan
        return scores

    @staticmethod
    def _stored(stored: dict) -> dict:
        when = stored.get("date")
        return stored | {"date": when.date() if when else None}

    def prefix_terms(self, field: str, prefix: str, limit: int) -> list[str]:
        found = []
        for scanned, term in enumerate(self._reader.expand_prefix(field, prefix)):
            if scanned >= MAX_PREFIX_SCAN:
                break
            word = term.decode("utf-8") if isinstance(term, bytes) else term
            found.append((self._reader.doc_frequency(field, word), word))
        return [word for _, word in sorted(found, reverse=True)[:limit]]

    def acronyms(self) -> dict[str, str]:
        return self._cache.acronyms

    def item(self, item_id: str) -> dict | None:
        stored = self._searcher().document(id=item_id)
        return self._stored(stored) if stored else None

    def meeting_items(self, meeting_id: str) -> list[dict]:
        return [self._stored(s) for s in self._searcher().documents(meeting_id=meeting_id)]

    def all_items(self) -> Iterator[dict]:
        searcher = self._searcher()
        for docnum in np.flatnonzero(self._cache.live):
            yield self._stored(searcher.stored_fields(int(docnum)))

    def meetings(self) -> list[MeetingRow]:
        """Read from the facet cache (no stored documents)."""
        cache = self._cache
        committees, councils = cache.columns["committee"], cache.columns["council"]
        seen: dict[int, MeetingRow] = {}
        for docnum in np.flatnonzero(cache.live):
            meeting = int(cache.meeting[docnum])
            if meeting not in seen:
                seen[meeting] = MeetingRow(
                    id=cache.meeting_names[meeting],
                    committee=str(committees.value_of(docnum) or ""),
                    date=None if np.isnat(cache.day[docnum]) else cache.day[docnum].astype(date),
                    items=0,
                    council=councils.value_of(docnum) or None,
                )
            seen[meeting].items += 1
        return list(seen.values())

    def knows_word(self, word: str) -> bool:
        if self._reader.doc_frequency("spelling", word):
            return True
        stems = [t.text for t in TEXT_ANALYZER(word)]
        return bool(stems) and all(
            self._reader.doc_frequency("body", s) or self._reader.doc_frequency("title", s)
            for s in stems
        )

    def nearest_words(self, word: str) -> list[str]:
        return list(self._searcher().suggest("spelling", word, limit=3, maxdist=2))


def open_engine(index_dir: Path) -> WhooshEngine:
    return WhooshEngine(index_dir)


def procedural_left_out(cache: FacetCache, matched: np.ndarray, masks: dict) -> int:
    """How many procedural items match the query and the other filters, when procedural
    items are filtered out: "Duffy" may be only in the apologies."""
    if PROCEDURAL.name not in masks:
        return 0
    others = combined(masks, cache.size, leave_out=PROCEDURAL.name)
    procedural = cache.columns[PROCEDURAL.name].mask(cache.size, (True,))
    return int(np.count_nonzero(matched & others & procedural))


def ranked_docnums(
    cache: FacetCache, scores: np.ndarray, selected: np.ndarray, sort: str, limit: int
) -> list[tuple[int, float | None]]:
    """(docnum, score) of the first `limit` selected items in the requested order.

    Relevance ties (and an empty query, where every score is 0) go newest first.
    """
    docnums = np.flatnonzero(selected)
    days = cache.day[docnums].astype(np.int64)
    undated = np.isnat(cache.day[docnums])
    # Undated items go after dated ones whichever way the dates run.
    days[undated] = np.iinfo(np.int32).max if sort == "oldest" else np.iinfo(np.int32).min
    # Ties: by meeting id, then agenda order, as the tantivy engine breaks them.
    meetings = cache.meeting_rank[cache.meeting[docnums]]
    positions = cache.position[docnums]
    if sort == "relevance":
        order = np.lexsort((positions, meetings, -days, -scores[docnums]))
    elif sort == "newest":
        order = np.lexsort((positions, meetings, -days))
    else:
        order = np.lexsort((positions, meetings, days))
    chosen = docnums[order[:limit]]
    has_scores = sort == "relevance"
    return [(int(d), float(scores[d]) if has_scores else None) for d in chosen]
