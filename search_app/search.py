"""Search stage: one call answers what the pages, the API and the CLI need.

`Searcher` holds the open engine (`search_app.engines`) for the index's
current generation, and moves to the next when an indexing run commits.
`search()` turns a `SearchRequest` into `SearchResults`: the query parsed once
into our own tree, the page of hits with highlighted snippets, facet counts, a
month timeline and a spelling suggestion. Nothing here knows which engine runs.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import asdict, dataclass, field, replace
from datetime import date, time
from pathlib import Path

from search_app.analysis import NAME_ANALYZER, STOP_WORDS, TEXT_ANALYZER
from search_app.embedding import model_available
from search_app.engines import Engine, EngineResults, engine_module, file_stamp, lines
from search_app.errors import MinutesError
from search_app.facets import BY_NAME, FLAG, FacetFilters
from search_app.highlight import marked, opening, snippets, why_matched
from search_app.index import MANIFEST, current_manifest, index_exists
from search_app.meaning import (
    FUSE_DEPTH,
    MODES,
    Meaning,
    MeaningQuery,
    fused,
    meaning_query,
)
from search_app.models import Attendee, Meeting
from search_app.people import Register, build_register
from search_app.query import (
    NAME_FIELDS,
    ParsedQuery,
    Phrase,
    Term,
    looked_for,
    parse_query,
    resolve_prefixes,
)

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 50
MAX_PAGE = 1000
EXPORT_LIMIT = 10_000  # items in one CSV export
SIMILAR_ITEMS = 5  # "discussed elsewhere" on an item page
FEW_HITS = 3  # below this many hits, look for a spelling suggestion
SPELLING_OPERATORS = frozenset({"and", "or", "not", "to"})


class IndexMissing(MinutesError):
    """No index has been built yet in the given directory."""


@dataclass
class SearchRequest:
    query: str = ""
    filters: FacetFilters = field(default_factory=FacetFilters)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10
    note: str | None = None  # what was changed to make sense of the request, for the user
    mode: str = ""  # keyword, hybrid or meaning; "": hybrid when the index has vectors

    def __post_init__(self) -> None:
        dates = self.filters
        if dates.date_from and dates.date_to and dates.date_from > dates.date_to:
            dates.date_from, dates.date_to = dates.date_to, dates.date_from
            self.note = (
                f"The dates were the wrong way round: searched from {dates.date_from:%-d %B %Y}"
                f" to {dates.date_to:%-d %B %Y}."
            )
        self.sort = self.sort if self.sort in SORTS else "relevance"
        self.mode = self.mode if self.mode in MODES else ""  # "": the default
        self.page = min(max(1, self.page), MAX_PAGE)
        self.page_size = min(max(1, self.page_size), MAX_PAGE_SIZE)


@dataclass
class Hit:
    id: str
    meeting_id: str
    committee: str
    body_name: str | None
    date: date | None  # None: undated minutes
    number: str
    title: str  # plain text
    title_html: str  # escaped, matched words in <mark>
    snippets: list[str]  # escaped HTML with <mark>
    speakers: list[str]
    topics: list[str]  # the subjects its title names
    procedural: bool
    score: float | None
    source_url: str | None = None  # where the minutes were published, when known
    match: str = "words"  # how it matched: words, meaning, or both
    areas: list[str] = field(default_factory=list)  # subject areas: the topic facet's values


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class SearchResults:
    request: SearchRequest
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    timeline: list[FacetValue]
    suggestion: str | None = None
    note: str | None = None
    procedural_hidden: int = 0  # procedural items that match too, left out by the filter
    mode: str = "keyword"  # what ran (the request's mode, unless meaning could not run)
    word_total: int = 0  # items matching the words (hybrid: the facets count these)
    meaning_total: int = 0  # hybrid: items matched by meaning alone, beyond word_total

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.page_size))

    def to_json_dict(self) -> dict:
        return {
            "query": self.request.query,
            "total": self.total,
            "page": self.request.page,
            "page_size": self.request.page_size,
            "sort": self.request.sort,
            "hits": [hit_json(hit) for hit in self.hits],
            "facets": {name: [asdict(v) for v in values] for name, values in self.facets.items()},
            "timeline": [asdict(v) for v in self.timeline],
            "suggestion": self.suggestion,
            "note": self.note,
            "procedural_hidden": self.procedural_hidden,
            "mode": self.mode,
            "word_total": self.word_total,
            "meaning_total": self.meaning_total,
        }


def hit_json(hit: Hit) -> dict:
    data = asdict(hit)
    data["date"] = hit.date.isoformat() if hit.date else None
    return data


@dataclass
class ItemRecord:
    """One indexed agenda item with its meeting, as the item and meeting pages show it."""

    id: str
    meeting_id: str
    source: str
    position: int
    number: str
    title: str
    body: str
    speakers: list[str]
    topics: list[str]
    decisions: list[str]
    procedural: bool
    acronyms: dict[str, str]
    meeting: Meeting
    agenda_text: str = ""
    areas: list[str] = field(default_factory=list)  # subject areas (the embedding stage's)
    opening: str = ""  # the meeting's text before this, its first item
    closing: str = ""  # ... and after this, its last


@dataclass
class SimilarItem:
    """An item from another meeting close in meaning to the one shown."""

    id: str
    title: str
    council: str | None
    committee: str
    date: date | None
    number: str
    similarity: float


@dataclass
class MeetingSummary:
    id: str
    committee: str
    date: date | None
    items: int
    council: str | None = None


def item_record(stored: dict) -> ItemRecord:
    return ItemRecord(
        id=stored["id"],
        meeting_id=stored["meeting_id"],
        source=stored["source"],
        position=stored["position"],
        number=stored["number"],
        title=stored["title"],
        body=stored["body"],
        speakers=lines(stored.get("speakers", "")),
        topics=lines(stored.get("topics", "")),
        decisions=[d for d in stored.get("decisions", "").split("\n\n") if d],
        procedural=bool(stored.get("procedural")),
        acronyms=stored.get("acronyms") or {},
        meeting=meeting_from_json(stored["meeting"]),
        agenda_text=stored.get("agenda", ""),
        areas=list(stored.get("areas") or []),
        opening=stored.get("opening") or "",
        closing=stored.get("closing") or "",
    )


def meeting_from_json(data: dict) -> Meeting:
    def clock(text: str | None) -> time | None:
        return time.fromisoformat(text) if text else None

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    return Meeting(
        committee=data["committee"],
        date=day(data["date"]),
        body=data.get("body"),
        start_time=clock(data.get("start_time")),
        end_time=clock(data.get("end_time")),
        venue=data.get("venue"),
        date_of_issue=day(data.get("date_of_issue")),
        present=[Attendee(**a) for a in data.get("present", [])],
        also_attended=[Attendee(**a) for a in data.get("also_attended", [])],
        apologies=data.get("apologies", []),
        acronyms=data.get("acronyms", {}),
        structure=data.get("structure", "numbered"),
        ocr=bool(data.get("ocr")),
        source_url=data.get("source_url"),
    )


class Searcher:
    """The open index: its engine at the current generation, and what is built once per
    generation (the person register). Searches run concurrently; only moving to a new
    generation takes a lock."""

    def __init__(self, index_dir: Path) -> None:
        if not index_exists(index_dir):
            raise IndexMissing(
                f"{index_dir}: no index yet (or one from an older version); build it with"
                f" `minutes-search index FOLDER --index {index_dir}`, FOLDER holding the"
                " minutes files"
            )
        self._dir = index_dir
        self._lock = threading.Lock()
        self._manifest_stamp = file_stamp(index_dir / MANIFEST)
        self._real = index_dir.resolve()  # a follower's `serving` link: the copy it points at
        self._engine = self._open()
        self._people: tuple[Engine, Register] | None = None
        self.meaning = Meaning(index_dir)

    def _open(self) -> Engine:
        name = current_manifest(self._dir)["engine"]
        return engine_module(name).open_engine(self._dir / name)

    @property
    def engine_name(self) -> str:
        return self._engine.name

    def current(self) -> Engine:
        """The engine, moved to the newest generation first if an indexing run committed
        (or switched engine, or a follower switched to a newly published copy) since."""
        with self._lock:
            stamp = file_stamp(self._dir / MANIFEST)
            if stamp != self._manifest_stamp:  # read the manifest only when it changed
                self._manifest_stamp = stamp
                manifest = current_manifest(self._dir)
                real = self._dir.resolve()
                if manifest and (manifest["engine"] != self._engine.name or real != self._real):
                    self._real = real  # another engine, or another published copy: open it
                    self._engine = self._open()
                    return self._engine
            self._engine = self._engine.refreshed()
            return self._engine

    def close(self) -> None:
        self._engine.close()

    def parse(self, engine: Engine, text: str) -> ParsedQuery:
        """The user's text as a tree with acronym forms and prefixes resolved."""
        parsed = parse_query(text, engine.acronyms())
        parsed.query = resolve_prefixes(parsed.query, engine.prefix_terms)
        return parsed

    def search(self, request: SearchRequest) -> SearchResults:
        """Words, meaning or both, as the request asks; by words alone (and saying why)
        when meaning cannot run or the query has no free words to search by meaning."""
        engine = self.current()
        parsed = self.parse(engine, request.query)
        wanted = meaning_query(parsed.query)
        if request.mode == "keyword" or not wanted.text:
            return self.word_search(engine, parsed, request)
        why_not = self.meaning.unavailable()
        if why_not:
            results = self.word_search(engine, parsed, request)
            if request.mode:  # asked for by name: say why it did not run
                results.note = " ".join(filter(None, [results.note, f"By words only: {why_not}."]))
            return results
        if request.mode == "meaning":
            return self.meaning_search(engine, parsed, wanted, request)
        return self.hybrid_search(engine, parsed, wanted, request)

    def word_search(self, engine: Engine, parsed: ParsedQuery, request: SearchRequest):
        start = (request.page - 1) * request.page_size
        found = engine.search(
            parsed.query, request.filters, request.sort, start, start + request.page_size
        )
        words = hit_words(parsed, engine.acronyms())
        suggestion = self.better_spelling(request, found.total) if found.total < FEW_HITS else None
        return SearchResults(
            request=request,
            total=found.total,
            hits=[make_hit(stored, score, words) for stored, score in found.hits],
            facets=facet_values(found, request.filters),
            timeline=[FacetValue(m, c) for m, c in found.timeline],
            suggestion=suggestion,
            note=notes_of(request, parsed),
            procedural_hidden=found.procedural_hidden,
            word_total=found.total,
        )

    def by_meaning(
        self, engine: Engine, wanted: MeaningQuery, filters: FacetFilters, facets: bool
    ) -> tuple[list[str], dict[str, dict], EngineResults]:
        """Items close in meaning that meet the query's conditions and the filters, most
        similar first, with their stored fields."""
        nearest = self.meaning.nearest(wanted.text)
        among = replace(filters, ids=[item_id for item_id, _ in nearest])
        allowed = engine.search(wanted.conditions, among, "relevance", 0, len(nearest), facets)
        stored = {fields["id"]: fields for fields, _ in allowed.hits}
        return [item_id for item_id, _ in nearest if item_id in stored], stored, allowed

    def word_matches(
        self, engine: Engine, parsed: ParsedQuery, filters: FacetFilters, ids: list[str]
    ) -> set[str]:
        """Which of these items the words match too."""
        found = engine.search(parsed.query, replace(filters, ids=ids), "relevance", 0,
                              len(ids), facets=False)  # fmt: skip
        return {fields["id"] for fields, _ in found.hits}

    def meaning_search(
        self, engine: Engine, parsed: ParsedQuery, wanted: MeaningQuery, request: SearchRequest
    ) -> SearchResults:
        ranked, stored, allowed = self.by_meaning(engine, wanted, request.filters, True)
        order = in_date_order(ranked, stored, request.sort)
        start = (request.page - 1) * request.page_size
        page = order[start : start + request.page_size]
        both = self.word_matches(engine, parsed, request.filters, page)
        hits = self.hits_by_meaning(engine, parsed, wanted, [stored[i] for i in page], both)
        return SearchResults(
            request=request, total=len(ranked), hits=hits,
            facets=facet_values(allowed, request.filters),
            timeline=[FacetValue(m, c) for m, c in allowed.timeline],
            note=notes_of(request, parsed),
            mode="meaning",
        )  # fmt: skip

    def hybrid_search(
        self, engine: Engine, parsed: ParsedQuery, wanted: MeaningQuery, request: SearchRequest
    ) -> SearchResults:
        """Every word match, and the items close in meaning that the words miss: ranked
        together by reciprocal rank fusion (or by date); word matches beyond the fused
        depth follow in their own order, so no word match is ever left out."""
        start = (request.page - 1) * request.page_size
        end = start + request.page_size
        ranked, stored, _ = self.by_meaning(engine, wanted, request.filters, False)
        found = engine.search(parsed.query, request.filters, request.sort, 0,
                              max(end + len(ranked), FUSE_DEPTH))  # fmt: skip
        stored |= {fields["id"]: fields for fields, _ in found.hits}
        word_ids = [fields["id"] for fields, _ in found.hits]
        matched = self.word_matches(engine, parsed, request.filters, ranked)
        only = [item_id for item_id in ranked if item_id not in matched]
        if request.sort == "relevance":
            head = [item_id for item_id, _ in fused(word_ids[:FUSE_DEPTH], ranked)]
            seen = set(head)
            order = head + [item_id for item_id in word_ids[FUSE_DEPTH:] if item_id not in seen]
        else:
            order = in_date_order(word_ids + only, stored, request.sort)
        page = order[start:end]
        words = hit_words(parsed, engine.acronyms())
        close, alone_ids = set(ranked), set(only)
        by_words = [make_hit(stored[i], None, words) for i in page if i not in alone_ids]
        for hit in by_words:
            hit.match = "both" if hit.id in close else "words"
        alone = [stored[i] for i in page if i in alone_ids]
        by_meaning = self.hits_by_meaning(engine, parsed, wanted, alone, set())
        hits = {hit.id: hit for hit in by_words + by_meaning}
        return SearchResults(
            request=request, total=found.total + len(only), hits=[hits[i] for i in page],
            facets=facet_values(found, request.filters),
            timeline=[FacetValue(m, c) for m, c in found.timeline],
            note=notes_of(request, parsed),
            procedural_hidden=found.procedural_hidden, mode="hybrid",
            word_total=found.total, meaning_total=len(only),
        )  # fmt: skip

    def hits_by_meaning(
        self, engine: Engine, parsed: ParsedQuery, wanted: MeaningQuery, found: list[dict],
        both: set[str],
    ) -> list[Hit]:  # fmt: skip
        """Hits found by meaning: the words' snippets where the words match too, else the
        sentence closest in meaning to the query."""
        words = hit_words(parsed, engine.acronyms())
        hits = [make_hit(fields, None, words) for fields in found]
        alone = [hit for hit, fields in zip(hits, found, strict=True) if hit.id not in both]
        texts = [fields["body"] or fields.get("agenda", "") for fields in found
                 if fields["id"] not in both]  # fmt: skip
        for hit, passage in zip(alone, self.meaning.closest_passage(wanted.text, texts),
                                strict=True):  # fmt: skip
            hit.snippets = [passage] if passage else hit.snippets
        for hit in hits:
            hit.match = "both" if hit.id in both else "meaning"
        return hits

    def better_spelling(self, request: SearchRequest, total: int) -> str | None:
        """A respelt query, offered only when it finds more items than the query did."""
        if not request.query.strip():
            return None
        engine = self.current()
        suggestion = spelling_suggestion(engine, request.query)
        if suggestion is None:
            return None
        parsed = self.parse(engine, suggestion)
        found = engine.search(parsed.query, request.filters, "relevance", 0, 0, facets=False)
        return suggestion if found.total > total else None

    def export(self, request: SearchRequest, limit: int = EXPORT_LIMIT) -> tuple[int, list[Hit]]:
        """(total, the first `limit` matching items in the request's order, all pages
        together): what a journalist exports to a spreadsheet. Ranked once."""
        engine = self.current()
        parsed = self.parse(engine, request.query)
        found = engine.search(parsed.query, request.filters, request.sort, 0, limit, facets=False)
        words = hit_words(parsed, engine.acronyms())
        return found.total, [make_hit(stored, score, words) for stored, score in found.hits]

    def people(self) -> Register:
        """Everyone the minutes name, built once per index generation."""
        engine = self.current()
        cached = self._people
        if cached and cached[0] is engine:
            return cached[1]
        register = build_register(engine.all_items())  # outside the lock: searches go on
        self._people = (engine, register)
        return register

    def item(self, item_id: str) -> ItemRecord | None:
        stored = self.current().item(item_id)
        if not stored:
            return None
        return item_record(stored)

    def similar(self, item_id: str, limit: int = SIMILAR_ITEMS) -> list[SimilarItem]:
        """The items closest in meaning from other meetings (of any council): where the
        same subject was discussed elsewhere. None for a procedural item: apologies are
        like every other meeting's apologies, which tells nobody anything."""
        engine = self.current()
        shown = engine.item(item_id)
        if shown is None or shown.get("procedural") or not model_available():
            return []
        found = []
        for other_id, similarity in self.meaning.similar(item_id, limit * 4, frozenset()):
            other = engine.item(other_id)
            if other and other["meeting_id"] != shown["meeting_id"] and not other["procedural"]:
                found.append(SimilarItem(other_id, other["title"], other.get("body_name"),
                                         other["committee"], other.get("date"), other["number"],
                                         round(similarity, 3)))  # fmt: skip
            if len(found) == limit:
                break
        return found

    def meeting_items(self, meeting_id: str) -> list[ItemRecord]:
        """The items of one meeting in agenda order (empty for an unknown id)."""
        items = [item_record(s) for s in self.current().meeting_items(meeting_id)]
        return sorted(items, key=lambda item: item.position)

    def meetings(self) -> list[MeetingSummary]:
        """Every meeting, newest first."""
        found = [
            MeetingSummary(m.id, m.committee, m.date, m.items, m.council)
            for m in self.current().meetings()
        ]
        return sorted(found, key=lambda m: (m.date or date.min, m.committee), reverse=True)

    def words_to_mark(self, query_text: str) -> frozenset[str]:
        """The analysed words a query looks for in item text, for highlighting a whole item."""
        engine = self.current()
        parsed = self.parse(engine, query_text)
        words = query_words(parsed.query, {"body", "agenda", "around", "decisions", "title"})
        return with_acronyms(words, engine.acronyms())


def query_words(tree, fields: set[str]) -> frozenset[str]:
    """The analysed words the query looks for in these fields; a phrase is one entry, its
    words joined by spaces, so that only the whole phrase is marked."""
    words = set()
    for node in looked_for(tree, fields):
        if isinstance(node, Term):
            words.add(node.text)
            continue
        names = node.field in NAME_FIELDS or (node.field is None and fields <= NAME_FIELDS)
        tokens = [t.text for t in (NAME_ANALYZER if names else TEXT_ANALYZER)(node.text)]
        if isinstance(node, Phrase) or len(tokens) > 1:
            words.add(" ".join(tokens)) if tokens else None
        else:
            words.update(tokens)
    return frozenset(words)


def with_acronyms(words: frozenset[str], acronyms: dict[str, str]) -> frozenset[str]:
    """An unquoted "delayed transfers of care" marks "(DToC)" too, as a quoted one finds it."""
    extra = {
        acronym.lower()
        for acronym, expansion in acronyms.items()
        if len(expansion_words(expansion)) > 1 and expansion_words(expansion) <= words
    }
    return words | extra if extra else words


@functools.lru_cache(maxsize=4096)
def expansion_words(expansion: str) -> frozenset[str]:
    return frozenset(t.text for t in TEXT_ANALYZER(expansion))


def hit_words(parsed: ParsedQuery, acronyms: dict[str, str]) -> dict[str, frozenset[str]]:
    """The words to mark in each part of a hit."""
    return {
        field: with_acronyms(query_words(parsed.query, fields), acronyms)
        for field, fields in (
            ("body", {"body", "agenda", "around", "decisions"}), ("title", {"title"}),
            ("speakers", {"speakers"}), ("topics", {"topics"}),
        )
    }  # fmt: skip


def make_hit(stored: dict, score: float | None, words: dict[str, frozenset[str]]) -> Hit:
    body, speakers, topics = (
        stored["body"],
        lines(stored.get("speakers", "")),
        lines(stored.get("topics", "")),
    )
    found = (
        snippets(body, words["body"])
        or snippets(stored.get("decisions", ""), words["body"])
        or snippets(stored.get("agenda", ""), words["body"])
        or snippets(stored.get("opening", ""), words["body"])  # the meeting's, around the item
        or snippets(stored.get("closing", ""), words["body"])
        or why_matched({"speakers": speakers, "topics": topics}, words) + [opening(body)]
    )
    return Hit(
        id=stored["id"],
        meeting_id=stored["meeting_id"],
        committee=stored["committee"],
        body_name=stored.get("body_name"),
        date=stored.get("date"),
        number=stored["number"],
        title=stored["title"],
        title_html=marked(stored["title"], words["title"]),
        snippets=found,
        speakers=speakers,
        topics=topics,
        areas=list(stored.get("areas") or []),
        procedural=bool(stored.get("procedural")),
        score=score,
        source_url=(stored.get("meeting") or {}).get("source_url"),
    )


def notes_of(request: SearchRequest, parsed: ParsedQuery) -> str | None:
    """What was changed to make sense of the request and of its query, for the user."""
    return " ".join(n for n in (request.note, parsed.note) if n) or None


def in_date_order(ids: list[str], stored: dict[str, dict], sort: str) -> list[str]:
    """The ids as they are (relevance), or newest or oldest first, undated last either way;
    a stable sort, so items of one day keep the order they came in."""
    if sort == "relevance":
        return ids
    newest = sort == "newest"

    def key(item_id: str) -> tuple[bool, int]:
        day = stored[item_id].get("date")
        if day is None:
            return True, 0
        return False, -day.toordinal() if newest else day.toordinal()

    return sorted(ids, key=key)


def facet_values(found: EngineResults, filters: FacetFilters) -> dict[str, list[FacetValue]]:
    """Each facet's values and counts; a selected value is always there, with a count of
    0 if nothing matches it now, so that the form keeps it when another box is ticked."""
    facets = {}
    for name, values in found.facets.items():
        chosen = set(filters.values(name))
        listed = [FacetValue(value, count, value in chosen) for value, count in values]
        if BY_NAME[name].kind != FLAG:
            shown = {value for value, _ in values}
            listed += [FacetValue(value, 0, True) for value in sorted(chosen - shown)]
        facets[name] = listed
    return facets


def spelling_suggestion(engine: Engine, text: str) -> str | None:
    """The query with unknown words replaced by the nearest words in the corpus.

    A word the index already knows, directly or through its stem ("potholes" finds
    "pothole"), is kept, and a stop word is never offered ("taxis" is not "this").
    """
    changed = False

    def correct(match: re.Match) -> str:
        nonlocal changed
        word = match.group(0)
        lowered = word.lower()
        if lowered in SPELLING_OPERATORS or lowered in STOP_WORDS or engine.knows_word(lowered):
            return word
        suggestions = [s for s in engine.nearest_words(lowered) if s not in STOP_WORDS]
        if suggestions and suggestions[0] != lowered:
            changed = True
            return suggestions[0]
        return word

    corrected = re.sub(r"(?<![\w:])[A-Za-z]{3,}(?![\w:*])", correct, text)
    return corrected if changed else None
