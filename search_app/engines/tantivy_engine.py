"""The tantivy engine: Rust's Lucene-like library through its official Python bindings.

Text fields use tantivy's own analyzers, built to read as the Whoosh engine's do
(the same stop words, English stemming, names unstemmed). Facet values are fast
fields, counted with terms aggregations inside tantivy; each facet with a filter
of its own set gets its own aggregation query without that filter, so counts
mean what they mean in the Whoosh engine. Searchers are immutable snapshots, so
any number of threads search at once.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import tantivy
from tantivy import Filter, Occur, Order, Query, TextAnalyzerBuilder, Tokenizer

from search_app.analysis import STOP_WORDS
from search_app.engines import (
    LOCK_WAIT,
    Engine,
    EngineResults,
    EngineWriter,
    ItemDocument,
    MeetingRow,
    file_stamp,
)
from search_app.errors import IndexBusy
from search_app.facets import (
    FACETS,
    FLAG,
    PROCEDURAL,
    YEAR,
    Facet,
    FacetFilters,
    IndexValue,
    selections,
)
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
    ranks_by_words,
)

EPOCH = date(1970, 1, 1)
UNDATED_FIRST, UNDATED_LAST = -(10**9), 10**9  # sort keys that put undated items last
FACET_SIZE = 20_000  # distinct values counted per facet
TEXT, NAMES, WORDS = "minutes_en", "minutes_names", "minutes_words"
TEXT_FIELDS_STORED = ("title", "body", "agenda", "topics", "decisions", "around")


def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """Word cutting as the Whoosh engine does it: lower case, Whoosh's stop words,
    English stems for item text, whole words for names and for spelling."""
    stop = sorted(STOP_WORDS)

    def build(*filters) -> tantivy.TextAnalyzer:
        builder = TextAnalyzerBuilder(Tokenizer.simple()).filter(Filter.remove_long(40))
        for extra in (Filter.lowercase(), *filters):
            builder = builder.filter(extra)
        return builder.build()

    return {
        TEXT: build(Filter.custom_stopword(stop), Filter.stemmer("english")),
        NAMES: build(Filter.custom_stopword(stop)),
        WORDS: build(),
    }


ANALYZERS = analyzers()


def make_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name in ("id", "meeting_id", "source"):
        builder.add_text_field(name, fast=name == "meeting_id", tokenizer_name="raw",
                               index_option="basic")  # fmt: skip
    for name in TEXT_FIELDS_STORED:
        builder.add_text_field(name, tokenizer_name=TEXT)
    for name in ("speakers", "committee", "body_name"):
        builder.add_text_field(name, tokenizer_name=NAMES)
    builder.add_text_field("spelling", tokenizer_name=WORDS, index_option="freq")
    for name in ("month_f", "acronym_f"):
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    for facet in FACETS:
        if numeric(facet):
            builder.add_integer_field(facet_field(facet), indexed=True, fast=True)
        else:
            builder.add_text_field(facet_field(facet), fast=True, tokenizer_name="raw",
                                   index_option="basic")  # fmt: skip
    for name in ("day", "position"):
        builder.add_integer_field(name, indexed=True, fast=True)
    for name in ("sort_newest", "sort_oldest"):
        builder.add_integer_field(name, fast=True)
    builder.add_bytes_field("stored", stored=True)  # the item as the search stage reads it
    return builder.build()


def facet_field(facet: Facet) -> str:
    """The fast field a facet is filtered and counted by."""
    return f"{facet.name}_f"


def numeric(facet: Facet) -> bool:
    return facet.kind in (YEAR, FLAG)


SCHEMA = make_schema()


def open_index(index_dir: Path) -> tantivy.Index:
    ix = tantivy.Index(SCHEMA, path=str(index_dir), reuse=True)
    for name, analyzer in ANALYZERS.items():
        ix.register_tokenizer(name, analyzer)
    return ix


def exists(index_dir: Path) -> bool:
    return (index_dir / "meta.json").exists()


# --- writing -------------------------------------------------------------------------


def tantivy_document(item: ItemDocument, items_in_meeting: int | None = None) -> tantivy.Document:
    doc = tantivy.Document()
    texts = {"id": item.id, "meeting_id": item.meeting_id, "source": item.source,
             "title": item.title, "body": item.body, "agenda": item.agenda,
             "around": item.around, "committee": item.committee}  # fmt: skip
    for name, value in texts.items():
        doc.add_text(name, value)
    if item.council:
        doc.add_text("body_name", item.council)
    for name, values in (("topics", item.topics), ("decisions", item.decisions),
                         ("speakers", item.speakers)):  # fmt: skip
        for value in dict.fromkeys(values):
            doc.add_text(name, value)
    for facet in FACETS:
        for value in facet.values_of(item):
            if numeric(facet):
                doc.add_integer(facet_field(facet), int(value))
            else:
                doc.add_text(facet_field(facet), value)
    for acronym, expansion in item.acronyms.items():
        doc.add_text("acronym_f", f"{acronym}={expansion}"[:200])
    doc.add_text("spelling", f"{item.title}\n{item.body}\n{item.agenda}")
    day = (item.date - EPOCH).days if item.date else None
    if item.date:
        doc.add_integer("day", day)
        doc.add_text("month_f", item.date.strftime("%Y-%m"))
    doc.add_integer("sort_newest", UNDATED_FIRST if day is None else day)
    doc.add_integer("sort_oldest", UNDATED_LAST if day is None else day)
    doc.add_integer("position", item.position)
    stored = item.stored() | {"date": item.date.isoformat() if item.date else None}
    doc.add_bytes("stored", json.dumps(stored, separators=(",", ":")).encode("utf-8"))
    return doc


class TantivyWriter(EngineWriter):
    def __init__(self, index_dir: Path, threads: int | None, heap_mb: int) -> None:
        self._ix = open_index(index_dir)
        # One indexing thread by default: the parse pool already keeps every core busy,
        # and a second thread competing with it measured 1,890 against 1,980 items/s.
        threads = max(1, min(threads or 1, 8))
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                self._writer = self._ix.writer(heap_size=heap_mb * threads * 1_000_000,
                                               num_threads=threads)  # fmt: skip
                return
            except ValueError as error:
                if time.monotonic() >= deadline:
                    busy = f"{index_dir}: another indexing run is updating this index"
                    raise IndexBusy(busy) from error
                time.sleep(0.1)

    def delete_source(self, source: str) -> None:
        self._writer.delete_documents_by_term("source", source)

    def delete_item(self, item_id: str) -> None:
        self._writer.delete_documents_by_term("id", item_id)

    def add(self, item: ItemDocument) -> None:
        self._writer.add_document(tantivy_document(item))

    def commit(self) -> None:
        self._writer.commit()
        self._writer.wait_merging_threads()

    def cancel(self) -> None:
        self._writer.rollback()


def writer(index_dir: Path, changed_files: int, procs: int | None = None, limitmb: int = 256):
    """`limitmb` is the memory per indexing thread, as for Whoosh's writer."""
    return TantivyWriter(index_dir, procs, min(limitmb, 512))


# --- reading -------------------------------------------------------------------------


class TantivyCompiler(Compiler):
    def leaf(self, node: Node) -> Query | None:
        if isinstance(node, DateRange):
            low = (node.start - EPOCH).days if node.start else None
            high = (node.end - EPOCH).days if node.end else None
            return Query.range_query(SCHEMA, "day", tantivy.FieldType.Integer, low, high)
        if isinstance(node, Term):
            return boosted(Query.term_query(SCHEMA, node.field, node.text), node.field)
        fields = (node.field,) if node.field else SEARCH_FIELDS
        return self.any_of([f for f in (field_query(node, name) for name in fields) if f])

    def all_of(self, must: list, must_not: list) -> Query:
        clauses = [(Occur.Must, m) for m in must or [Query.all_query()]]
        return Query.boolean_query(clauses + [(Occur.MustNot, n) for n in must_not])

    def any_of(self, should: list) -> Query | None:
        if not should:
            return None
        return should[0] if len(should) == 1 else \
            Query.boolean_query([(Occur.Should, s) for s in should])  # fmt: skip

    def everything(self) -> Query:
        return Query.all_query()

    def nothing(self) -> Query:
        return Query.empty_query()


def field_query(node: Word | Phrase, field: str) -> Query | None:
    tokens = positioned_tokens(node.text, ANALYZERS[NAMES if field in NAME_FIELDS else TEXT])
    if not tokens:
        return None
    if len(tokens) == 1:
        return boosted(Query.term_query(SCHEMA, field, tokens[0][1]), field)
    return boosted(Query.phrase_query(SCHEMA, field, tokens), field)


def positioned_tokens(text: str, analyzer: tantivy.TextAnalyzer) -> list[tuple[int, str]]:
    """(position, term) of each word that is not a stop word: tantivy keeps the stop
    words' places in the index, so "children missing from care" is children+miss, a gap,
    then care."""
    found = []
    for position, word in enumerate(ANALYZERS[WORDS].analyze(text)):
        terms = analyzer.analyze(word)
        if terms:
            found.append((position, terms[0]))
    return found


def boosted(query: Query, field: str) -> Query:
    boost = FIELD_BOOSTS.get(field)
    return Query.boost_query(query, boost) if boost else query


COMPILER = TantivyCompiler()


def filter_clauses(filters: FacetFilters) -> dict[str, Query]:
    """One query per active filter, named by its facet ("date" and "ids" are not facets)."""
    clauses: dict[str, Query] = {
        name: Query.term_set_query(SCHEMA, facet_field(selection.facet),
                                   [as_term(selection.facet, v) for v in selection.values])
        for name, selection in selections(filters).items()
    }  # fmt: skip
    if filters.ids is not None:
        clauses["ids"] = (
            Query.term_set_query(SCHEMA, "id", filters.ids) if filters.ids else Query.empty_query()
        )
    if filters.date_from or filters.date_to:
        low = (filters.date_from - EPOCH).days if filters.date_from else None
        high = (filters.date_to - EPOCH).days if filters.date_to else None
        clauses["date"] = Query.range_query(SCHEMA, "day", tantivy.FieldType.Integer, low, high)
    return clauses


def as_term(facet: Facet, value: IndexValue) -> str | int:
    return int(value) if numeric(facet) else value


def restricted(query: Query, clauses: dict[str, Query], leave_out: str | None = None) -> Query:
    chosen = [c for name, c in clauses.items() if name != leave_out]
    if not chosen:
        return query
    return Query.boolean_query([(Occur.Must, c) for c in [query, *chosen]])


class TantivyEngine(Engine):
    name = "tantivy"

    def __init__(self, index_dir: Path) -> None:
        self._dir = index_dir
        self._stamp = file_stamp(self._dir / "meta.json")
        self._ix = open_index(index_dir)
        self._searcher = self._ix.searcher()
        self._acronyms: dict[str, str] | None = None
        self._lock = threading.Lock()

    def refreshed(self) -> Engine:
        unchanged = file_stamp(self._dir / "meta.json") == self._stamp
        return self if unchanged else TantivyEngine(self._dir)

    def search(
        self, tree: Node, filters: FacetFilters, sort: str, start: int, end: int,
        facets: bool = True,
    ) -> EngineResults:  # fmt: skip
        query = compile_tree(tree, COMPILER)
        clauses = filter_clauses(filters)
        selected = restricted(query, clauses)
        total, hits = self._page(selected, sort, start, end, not ranks_by_words(tree))
        results = EngineResults(total=total, hits=hits)
        if facets:
            results.facets = self._facet_counts(query, clauses)
            results.timeline = self._timeline(selected)
            if PROCEDURAL.name in clauses:
                counted = dict(results.facets[PROCEDURAL.name])
                results.procedural_hidden = counted.get(PROCEDURAL.label_of(True), 0)
        return results

    def _page(self, query: Query, sort: str, start: int, end: int, unscored: bool):
        """The hits start..end, ties broken as the Whoosh engine breaks them (newest first,
        then meeting id, then agenda order): tantivy orders by one key, so the hits up to
        `end` are fetched, and more while the last of them ties with the one after."""
        by_date = sort != "relevance" or unscored
        wanted = max(end, 1)  # tantivy wants at least one; a count-only call drops it
        while True:
            count, hits = self._first(query, sort, by_date, wanted)
            if len(hits) < wanted or end == 0 or primary(hits[end - 1], by_date) != \
                    primary(hits[-1], by_date):  # fmt: skip
                break
            wanted *= 2
        hits.sort(key=lambda hit: tie_order(hit, by_date, sort))
        score = 0.0 if sort == "relevance" else None
        return count, [(stored, score if by_date else s) for stored, s in hits[start:end]]

    def _first(self, query: Query, sort: str, by_date: bool, limit: int):
        """The first `limit` hits in tantivy's order: by score, or by date."""
        if not by_date:
            found = self._searcher.search(query, limit=limit, count=True)
            return found.count, [(self._stored(a), float(s)) for s, a in found.hits]
        field, order = ("sort_oldest", Order.Asc) if sort == "oldest" else \
            ("sort_newest", Order.Desc)  # fmt: skip
        found = self._searcher.search(query, limit=limit, count=True,
                                      order_by_field=field, order=order)  # fmt: skip
        return found.count, [(self._stored(a), 0.0) for _, a in found.hits]

    def _stored(self, address) -> dict:
        stored = json.loads(self._searcher.doc(address).get_first("stored"))
        stored["date"] = date.fromisoformat(stored["date"]) if stored["date"] else None
        return stored

    def _facet_counts(self, query: Query, clauses: dict[str, Query]):
        """Facets without a filter of their own share one aggregation over every filter;
        each facet with one is counted over the others only."""
        groups: dict[str | None, list[Facet]] = {}
        for facet in FACETS:
            groups.setdefault(facet.name if facet.name in clauses else None, []).append(facet)
        counts = {}
        for leave_out, facets in groups.items():
            aggregation = {
                facet.name: {"terms": {"field": facet_field(facet), "size": FACET_SIZE}}
                for facet in facets
            }
            found = self._searcher.aggregate(restricted(query, clauses, leave_out), aggregation)
            for facet in facets:
                buckets = found[facet.name]["buckets"]
                counts[facet.name] = facet.ordered(
                    (bucket_value(facet, b["key"]), b["doc_count"]) for b in buckets
                )
        return {facet.name: counts[facet.name] for facet in FACETS}

    def _timeline(self, selected: Query) -> list[tuple[str, int]]:
        aggregation = {"month": {"terms": {"field": "month_f", "size": FACET_SIZE}}}
        buckets = self._searcher.aggregate(selected, aggregation)["month"]["buckets"]
        return sorted((b["key"], int(b["doc_count"])) for b in buckets)

    def prefix_terms(self, field: str, prefix: str, limit: int) -> list[str]:
        return [term for term, _ in self._searcher.terms_with_prefix(field, prefix, limit=limit)]

    def acronyms(self) -> dict[str, str]:
        """Every acronym the minutes define (counted from a fast field, no stored items),
        read once per generation."""
        with self._lock:
            if self._acronyms is None:
                aggregation = {"a": {"terms": {"field": "acronym_f", "size": 65_000}}}
                found = self._searcher.aggregate(Query.all_query(), aggregation)
                defined: dict[str, str] = {}
                for bucket in sorted(found["a"]["buckets"], key=lambda b: b["key"]):
                    acronym, _, expansion = bucket["key"].partition("=")
                    defined.setdefault(acronym.upper(), expansion)
                self._acronyms = defined
            return self._acronyms

    def _all(self, query: Query, limit: int | None = None) -> list[dict]:
        found = self._searcher.search(query, limit=limit or max(self._searcher.num_docs, 1))
        return [self._stored(address) for _, address in found.hits]

    def item(self, item_id: str) -> dict | None:
        found = self._all(Query.term_query(SCHEMA, "id", item_id), limit=1)
        return found[0] if found else None

    def meeting_items(self, meeting_id: str) -> list[dict]:
        return self._all(Query.term_query(SCHEMA, "meeting_id", meeting_id))

    def all_items(self) -> Iterator[dict]:
        """Every item, read a thousand at a time (never all in memory at once)."""
        found = self._searcher.search(Query.all_query(), limit=max(self._searcher.num_docs, 1))
        addresses = [address for _, address in found.hits]
        for start in range(0, len(addresses), 1000):
            yield from (self._stored(a) for a in addresses[start : start + 1000])

    def meetings(self) -> list[MeetingRow]:
        """Each meeting from its first item, with its count of items."""
        rows = {}
        for stored in self._all(Query.term_query(SCHEMA, "position", 0)):
            rows[stored["meeting_id"]] = MeetingRow(
                stored["meeting_id"], stored["committee"], stored["date"], 0,
                stored.get("body_name"),
            )  # fmt: skip
        for meeting_id, count in self._meeting_sizes(list(rows)).items():
            rows[meeting_id].items = count
        return list(rows.values())

    def _meeting_sizes(self, meeting_ids: list[str]) -> dict[str, int]:
        sizes: dict[str, int] = {}
        for start in range(0, len(meeting_ids), 1000):
            chunk = meeting_ids[start : start + 1000]
            aggregation = {"m": {"terms": {"field": "meeting_id", "size": len(chunk)}}}
            query = Query.term_set_query(SCHEMA, "meeting_id", chunk)
            for bucket in self._searcher.aggregate(query, aggregation)["m"]["buckets"]:
                sizes[bucket["key"]] = int(bucket["doc_count"])
        return sizes

    def knows_word(self, word: str) -> bool:
        if self._searcher.doc_freq("spelling", word):
            return True
        stems = ANALYZERS[TEXT].analyze(word)
        return bool(stems) and all(
            self._searcher.doc_freq("body", s) or self._searcher.doc_freq("title", s) for s in stems
        )

    def nearest_words(self, word: str) -> list[str]:
        """Words sharing the first letter, within two edits, nearest then commonest."""
        candidates = self._searcher.terms_with_prefix("spelling", word[:1])
        near = []
        for term, count in candidates:
            if abs(len(term) - len(word)) <= 2 and term != word:
                distance = edit_distance(word, term)
                if distance <= 2:
                    near.append((distance, -count, term))
        return [term for _, _, term in sorted(near)[:3]]


def primary(hit: tuple[dict, float], by_date: bool) -> object:
    """What tantivy ordered by: the score, or the day."""
    return hit[0]["date"] if by_date else hit[1]


def tie_order(hit: tuple[dict, float], by_date: bool, sort: str) -> tuple:
    """Score (when ranked), day (newest first unless oldest; undated last), meeting id,
    agenda position."""
    stored, score = hit
    day = stored["date"]
    days = 0 if day is None else day.toordinal()
    dated = (day is None, days if sort == "oldest" else -days)
    return (0.0 if by_date else -score, *dated, stored["meeting_id"], stored["position"])


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (optimal string alignment)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def bucket_value(facet: Facet, key: object) -> IndexValue:
    """A terms bucket's key as the facet's value (numbers come back as floats)."""
    if facet.kind == YEAR:
        return int(key)
    return bool(int(key)) if facet.kind == FLAG else str(key)


def open_engine(index_dir: Path) -> TantivyEngine:
    return TantivyEngine(index_dir)
