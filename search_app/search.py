"""Search stage: one call answers what the pages, the API and the CLI need.

`Searcher` holds one open Whoosh searcher and the facet cache for its index
generation, and refreshes both when an indexing run commits. `search()` turns
a `SearchRequest` into `SearchResults`: the page of hits with highlighted
snippets, facet counts, a month timeline and a spelling suggestion.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import asdict, dataclass, field
from datetime import date, time
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as q
from whoosh.analysis import STOP_WORDS

from search_app.errors import MinutesError
from search_app.facets import (
    UNDATED,
    UNDATED_YEAR,
    FacetCache,
    FacetFilters,
    build_facet_cache,
    combined,
    count_facets,
    filter_masks,
    month_histogram,
)
from search_app.highlight import marked, opening, query_words, snippets, why_matched
from search_app.index import INDEX_NAME, index_exists
from search_app.models import Attendee, Meeting
from search_app.people import Register, build_register
from search_app.query import ParsedQuery, analysed, make_parser, parse_query

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 50
MAX_PAGE = 1000
EXPORT_LIMIT = 10_000  # items in one CSV export
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

    def __post_init__(self) -> None:
        dates = self.filters
        if dates.date_from and dates.date_to and dates.date_from > dates.date_to:
            dates.date_from, dates.date_to = dates.date_to, dates.date_from
            self.note = (
                f"The dates were the wrong way round: searched from {dates.date_from:%-d %B %Y}"
                f" to {dates.date_to:%-d %B %Y}."
            )
        self.sort = self.sort if self.sort in SORTS else "relevance"
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
    topics: list[str]
    procedural: bool
    score: float | None
    source_url: str | None = None  # where the minutes were published, when known


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
    """One open index: a Whoosh searcher plus the facet cache of its generation."""

    def __init__(self, index_dir: Path) -> None:
        if not index_exists(index_dir):
            raise IndexMissing(
                f"{index_dir}: no index yet (or one from an older version); build it with"
                f" `minutes-search index FOLDER --index {index_dir}`, FOLDER holding the"
                " minutes files"
            )
        self._index = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        self._lock = threading.Lock()
        self._searching = threading.Lock()
        self._parser = make_parser(self._index.schema)
        self._searcher = self._index.searcher()
        self._cache = build_facet_cache(self._searcher.reader())
        self._people: tuple[FacetCache, Register] | None = None

    def current(self):
        """The searcher and cache, refreshed first if an indexing run has committed since."""
        with self._lock:
            if not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
                self._cache = build_facet_cache(self._searcher.reader())
            return self._searcher, self._cache

    def close(self) -> None:
        self._searcher.close()

    def search(self, request: SearchRequest) -> SearchResults:
        with self._searching:  # Whoosh searchers are not documented as thread-safe
            return self._search(request)

    def matches(self, searcher, cache: FacetCache, text: str, filters: FacetFilters):
        """(parsed query, score per item, filter masks, selected items): where every search,
        export and suggestion check starts."""
        parsed = parse_query(text, self._parser, searcher.reader(), cache.acronyms)
        scores = score_all(searcher, parsed.query, cache)
        masks = filter_masks(cache, filters)
        return parsed, scores, masks, ~np.isnan(scores) & combined(masks, cache.size)

    def _search(self, request: SearchRequest) -> SearchResults:
        searcher, cache = self.current()
        parsed, scores, masks, selected = self.matches(
            searcher, cache, request.query, request.filters
        )
        matched = ~np.isnan(scores)
        total = int(np.count_nonzero(selected))
        hits = page_of_hits(searcher, cache, parsed, scores, selected, request)
        suggestion = self.better_spelling(request, total) if total < FEW_HITS else None
        return SearchResults(
            request=request,
            total=total,
            hits=hits,
            facets=facet_values(cache, matched, masks, request.filters),
            timeline=[FacetValue(m, c) for m, c in month_histogram(cache, selected)],
            suggestion=suggestion,
            note=" ".join(n for n in (request.note, parsed.note) if n) or None,
            procedural_hidden=procedural_left_out(cache, matched, masks),
        )

    def better_spelling(self, request: SearchRequest, total: int) -> str | None:
        """A respelt query, offered only when it finds more items than the query did."""
        if not request.query.strip():
            return None
        searcher, cache = self.current()
        suggestion = spelling_suggestion(searcher, request.query)
        if suggestion is None:
            return None
        *_, found = self.matches(searcher, cache, suggestion, request.filters)
        return suggestion if int(np.count_nonzero(found)) > total else None

    def export(self, request: SearchRequest, limit: int = EXPORT_LIMIT) -> tuple[int, list[Hit]]:
        """(total, the first `limit` matching items in the request's order, all pages
        together): what a journalist exports to a spreadsheet. Ranked once."""
        with self._searching:
            searcher, cache = self.current()
            parsed, scores, _, selected = self.matches(
                searcher, cache, request.query, request.filters
            )
            ranked = ranked_docnums(cache, scores, selected, request.sort, limit)
            words = hit_words(parsed.query, cache)
            hits = [make_hit(searcher.stored_fields(d), score, words) for d, score in ranked]
            return int(np.count_nonzero(selected)), hits

    def people(self) -> Register:
        """Everyone the minutes name, built once per index generation."""
        with self._searching:
            searcher, cache = self.current()
            if self._people is None or self._people[0] is not cache:
                stored = (searcher.stored_fields(int(d)) for d in np.flatnonzero(cache.live))
                self._people = (cache, build_register(stored))
            return self._people[1]

    def item(self, item_id: str) -> ItemRecord | None:
        searcher, _ = self.current()
        stored = searcher.document(id=item_id)
        return item_record(stored) if stored else None

    def meeting_items(self, meeting_id: str) -> list[ItemRecord]:
        """The items of one meeting in agenda order (empty for an unknown id)."""
        searcher, _ = self.current()
        items = [item_record(s) for s in searcher.documents(meeting_id=meeting_id)]
        return sorted(items, key=lambda item: item.position)

    def meetings(self) -> list[MeetingSummary]:
        """Every meeting, newest first, read from the facet cache (no stored documents)."""
        _, cache = self.current()
        seen: dict[int, MeetingSummary] = {}
        for docnum in np.flatnonzero(cache.live):
            meeting = int(cache.meeting[docnum])
            if meeting not in seen:
                seen[meeting] = MeetingSummary(
                    id=cache.meeting_names[meeting],
                    committee=cache.committee_names[cache.committee[docnum]],
                    date=None if np.isnat(cache.day[docnum]) else cache.day[docnum].astype(date),
                    items=0,
                    council=cache.council_names[cache.council[docnum]] or None,
                )
            seen[meeting].items += 1
        return sorted(seen.values(), key=lambda m: (m.date or date.min, m.committee), reverse=True)

    def words_to_mark(self, query_text: str) -> frozenset[str]:
        """The analysed words a query looks for in item text, for highlighting a whole item."""
        searcher, cache = self.current()
        parsed = parse_query(query_text, self._parser, searcher.reader(), cache.acronyms)
        words = query_words(parsed.query, {"body", "agenda", "decisions", "title"})
        return with_acronyms(words, cache.acronyms)


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
    return frozenset(analysed(expansion))


def score_all(searcher, query: q.Query, cache: FacetCache) -> np.ndarray:
    """The score of every matching item by docnum, NaN where it does not match.

    One scored pass serves both the facet counts (which items match) and the
    ranking (filtered afterwards with numpy), instead of running the query twice.
    """
    scores = np.full(cache.size, np.nan)
    if isinstance(query, q.Every):
        scores[cache.live] = 0.0
        return scores
    results = searcher.search(query, limit=None)
    if len(results.top_n):
        found = np.array(results.top_n, dtype=np.float64).reshape(-1, 2)
        docnums = found[:, 1].astype(np.int64)
        keep = docnums < cache.size
        scores[docnums[keep]] = found[keep, 0]
    scores[~cache.live] = np.nan
    return scores


def page_of_hits(
    searcher,
    cache: FacetCache,
    parsed: ParsedQuery,
    scores: np.ndarray,
    selected: np.ndarray,
    request: SearchRequest,
) -> list[Hit]:
    start = (request.page - 1) * request.page_size
    end = start + request.page_size
    ranked = ranked_docnums(cache, scores, selected, request.sort, end)
    words = hit_words(parsed.query, cache)
    return [
        make_hit(searcher.stored_fields(docnum), score, words)
        for docnum, score in ranked[start:end]
    ]


def hit_words(query: q.Query, cache: FacetCache) -> dict[str, frozenset[str]]:
    """The words to mark in each part of a hit."""
    return {
        field: with_acronyms(query_words(query, fields), cache.acronyms)
        for field, fields in (
            ("body", {"body", "agenda", "decisions"}), ("title", {"title"}),
            ("speakers", {"speakers"}), ("topics", {"topics"}),
        )
    }  # fmt: skip


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
    if sort == "relevance":
        order = np.lexsort((-days, -scores[docnums]))
    elif sort == "newest":
        order = np.argsort(-days, kind="stable")
    else:
        order = np.argsort(days, kind="stable")
    chosen = docnums[order[:limit]]
    has_scores = sort == "relevance"
    return [(int(d), float(scores[d]) if has_scores else None) for d in chosen]


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
        or why_matched({"speakers": speakers, "topics": topics}, words) + [opening(body)]
    )
    return Hit(
        id=stored["id"],
        meeting_id=stored["meeting_id"],
        committee=stored["committee"],
        body_name=stored.get("body_name"),
        date=stored["date"].date() if stored.get("date") else None,
        number=stored["number"],
        title=stored["title"],
        title_html=marked(stored["title"], words["title"]),
        snippets=found,
        speakers=speakers,
        topics=topics,
        procedural=bool(stored.get("procedural")),
        score=score,
        source_url=(stored.get("meeting") or {}).get("source_url"),
    )


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def facet_values(
    cache: FacetCache, matched: np.ndarray, masks: dict, filters: FacetFilters
) -> dict[str, list[FacetValue]]:
    """Each facet's values and counts; a selected value is always there, with a count of
    0 if nothing matches it now, so that the form keeps it when another box is ticked."""
    chosen = {
        "council": set(filters.councils),
        "committee": set(filters.committees),
        "year": {str(y) if y != UNDATED_YEAR else UNDATED for y in filters.years},
        "speaker": set(filters.speakers),
        "topic": set(filters.topics),
        "decision": {} if filters.decided is None else {"yes" if filters.decided else "no"},
        "procedural": {"yes", "no"} if filters.include_procedural else {"no"},
    }
    facets = {}
    for name, values in count_facets(cache, matched, masks).items():
        listed = [FacetValue(value, count, value in chosen[name]) for value, count in values]
        if name not in ("decision", "procedural"):
            shown = {value for value, _ in values}
            listed += [FacetValue(value, 0, True) for value in sorted(chosen[name] - shown)]
        facets[name] = listed
    return facets


def procedural_left_out(cache: FacetCache, matched: np.ndarray, masks: dict) -> int:
    """How many procedural items match the query and the other filters, when procedural
    items are filtered out: "Duffy" may be only in the apologies."""
    if "procedural" not in masks:
        return 0
    others = combined(masks, cache.size, leave_out="procedural")
    return int(np.count_nonzero(matched & others & cache.procedural))


def spelling_suggestion(searcher, text: str) -> str | None:
    """The query with unknown words replaced by the nearest words in the corpus.

    A word the index already knows, directly or through its stem ("potholes" finds
    "pothole"), is kept, and a stop word is never offered ("taxis" is not "this").
    """
    changed = False

    def correct(match: re.Match) -> str:
        nonlocal changed
        word = match.group(0)
        lowered = word.lower()
        if lowered in SPELLING_OPERATORS or lowered in STOP_WORDS or is_known(searcher, lowered):
            return word
        nearest = searcher.suggest("spelling", lowered, limit=3, maxdist=2)
        suggestions = [s for s in nearest if s not in STOP_WORDS]
        if suggestions and suggestions[0] != lowered:
            changed = True
            return suggestions[0]
        return word

    corrected = re.sub(r"(?<![\w:])[A-Za-z]{3,}(?![\w:*])", correct, text)
    return corrected if changed else None


def is_known(searcher, word: str) -> bool:
    """Whether the index has the word as written, or its stem in item text."""
    if searcher.doc_frequency("spelling", word):
        return True
    stems = analysed(word)
    return bool(stems) and all(
        searcher.doc_frequency("body", stem) or searcher.doc_frequency("title", stem)
        for stem in stems
    )
