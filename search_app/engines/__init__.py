"""The engine seam: what the index and search stages need from a search engine.

The web, the API and the CLI talk to `search_app.search.Searcher`, which talks to
an `Engine` (an open index generation) and an `EngineWriter`; the engines live
behind them: Whoosh (`whoosh_engine`, the default) and tantivy
(`tantivy_engine`). Both index the same `ItemDocument`s, answer the same query
tree (`search_app.query`) and count facets the same way, and a contract test
suite runs against both (tests/conftest.py `engine`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from search_app.errors import MinutesError
from search_app.facets import FacetFilters
from search_app.models import AgendaItem, ParsedDocument, unlabelled
from search_app.names import plain_name, slug
from search_app.query import Node

ENGINES = ("whoosh", "tantivy")
DEFAULT_ENGINE = "whoosh"
ENGINE_VARIABLE = "MINUTES_SEARCH_ENGINE"  # the engine of a new index, when not given
# Seconds to wait for another run's write lock before calling the index busy: a run killed
# a moment ago holds it until its worker processes (which inherited it) are gone.
LOCK_WAIT = 5.0


def default_engine() -> str:
    """The engine a new index is built with: $MINUTES_SEARCH_ENGINE, else Whoosh."""
    name = os.environ.get(ENGINE_VARIABLE, "").strip().lower() or DEFAULT_ENGINE
    if name not in ENGINES:
        raise MinutesError(
            f"{ENGINE_VARIABLE}={name!r}: not an engine (one of {', '.join(ENGINES)})"
        )
    return name


@dataclass
class ItemDocument:
    """One agenda item as every engine indexes it (and gives back as `stored`)."""

    id: str
    meeting_id: str
    source: str
    council: str | None
    committee: str
    date: date | None
    number: str
    position: int  # order of the item in its meeting
    title: str
    body: str
    agenda: str
    speakers: list[str]
    speaker_names: list[str]  # speakers without titles: the speaker facet's values
    topics: list[str]
    decisions: list[str]
    procedural: bool
    acronyms: dict[str, str]
    meeting: dict  # times, venue, attendance: for the item and meeting pages
    areas: list[str] = field(default_factory=list)  # subject areas: the embedding stage's
    # The meeting's text before its first item (kept with the first) and after its last
    # (with the last): searched as the item's, shown apart on its page.
    opening: str = ""
    closing: str = ""

    @property
    def around(self) -> str:
        """The meeting's text kept with this item, as one text to search."""
        return f"{self.opening}\n\n{self.closing}".strip()

    def stored(self) -> dict:
        """The shape the search stage reads (as Whoosh stored it from the start)."""
        return {
            "id": self.id, "meeting_id": self.meeting_id, "source": self.source,
            "body_name": self.council, "committee": self.committee, "date": self.date,
            "number": self.number, "position": self.position, "title": self.title,
            "body": self.body, "agenda": self.agenda, "speakers": "\n".join(self.speakers),
            "topics": "\n".join(self.topics), "decisions": "\n\n".join(self.decisions),
            "procedural": self.procedural, "acronyms": self.acronyms, "meeting": self.meeting,
            "areas": list(self.areas), "opening": self.opening, "closing": self.closing,
        }  # fmt: skip

    @classmethod
    def from_stored(cls, stored: dict) -> ItemDocument:
        """The document an engine gave back as `stored`, to index again (with new areas)."""
        speakers = lines(stored.get("speakers") or "")
        return cls(
            id=stored["id"], meeting_id=stored["meeting_id"], source=stored["source"],
            council=stored.get("body_name"), committee=stored["committee"], date=stored["date"],
            number=stored["number"], position=stored["position"], title=stored["title"],
            body=stored["body"], agenda=stored.get("agenda") or "", speakers=speakers,
            speaker_names=[plain_name(s) for s in speakers],
            topics=lines(stored.get("topics") or ""),
            decisions=[d for d in (stored.get("decisions") or "").split("\n\n") if d],
            procedural=bool(stored.get("procedural")), acronyms=stored.get("acronyms") or {},
            meeting=stored.get("meeting") or {}, areas=list(stored.get("areas") or []),
            opening=stored.get("opening") or "", closing=stored.get("closing") or "",
        )  # fmt: skip


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def meeting_id_for(source: str) -> str:
    """A URL-safe id from the source path within the corpus, without its suffix."""
    return slug(str(Path(source).with_suffix("")))


def id_number(number: str) -> str:
    """The part of an item's number its id is made of: a count without its label."""
    bare = unlabelled(number)
    return number if "/" in bare else bare


def item_ids(meeting_id: str, items: list[AgendaItem]) -> list[str]:
    """Stable ids: meeting id and item number ("...-2015-05-22--5", "...--112-23"); a
    count's label is left out ("Item 5" is "...--5"), a reference keeps it ("...--min-18-08")."""
    ids: list[str] = []
    for position, item in enumerate(items, start=1):
        # An item printed without a number is known by its place: "...--item-3".
        base = (
            f"{meeting_id}--{slug(id_number(item.number)) if item.number else f'item-{position}'}"
        )
        candidate, suffix = base, 2
        while candidate in ids:  # a number repeated in one meeting
            candidate = f"{base}-{suffix}"
            suffix += 1
        ids.append(candidate)
    return ids


def item_documents(document: ParsedDocument, source: str) -> Iterator[ItemDocument]:
    """The documents of one parsed file, one per agenda item; the first carries the text
    before it (the meeting's opening) and the last the text after it, so that no word of
    the minutes is left out of search."""
    meeting = document.meeting
    meeting_id = meeting_id_for(source)
    summary = document.to_json_dict()["meeting"] | {"format": document.format}
    del summary["opening"], summary["closing"]  # kept once, with the first and last items
    ids = item_ids(meeting_id, document.items)
    last = len(document.items) - 1
    for position, (item, item_id) in enumerate(zip(document.items, ids, strict=True)):
        yield ItemDocument(
            id=item_id, meeting_id=meeting_id, source=source, council=meeting.body,
            committee=meeting.committee, date=meeting.date, number=item.number,
            position=position, title=item.title, body=item.body, agenda=item.agenda_text,
            speakers=list(item.speakers), speaker_names=[plain_name(s) for s in item.speakers],
            topics=list(item.topics), decisions=list(item.decisions),
            procedural=item.procedural, acronyms=dict(item.acronyms), meeting=summary,
            opening=meeting.opening if position == 0 else "",
            closing=meeting.closing if position == last else "",
        )  # fmt: skip


@dataclass
class EngineResults:
    """What one search needs from an engine."""

    total: int
    hits: list[tuple[dict, float | None]]  # (stored item, score) for the page, in order
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    timeline: list[tuple[str, int]] = field(default_factory=list)  # ("2019-05", count)
    procedural_hidden: int = 0  # procedural items matching, left out by the filter


@dataclass
class MeetingRow:
    id: str
    committee: str
    date: date | None
    items: int
    council: str | None


class EngineWriter:
    """Changes to an index, invisible to readers until `commit`, gone on `cancel`."""

    def delete_source(self, source: str) -> None:
        raise NotImplementedError

    def delete_item(self, item_id: str) -> None:
        raise NotImplementedError

    def add(self, item: ItemDocument) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError


class Engine:
    """One open index generation. Safe to search from several threads at once."""

    name = ""

    def refreshed(self) -> Engine:
        """This engine, or a new one when an indexing run has committed since."""
        raise NotImplementedError

    def search(
        self, tree: Node, filters: FacetFilters, sort: str, start: int, end: int,
        facets: bool = True,
    ) -> EngineResults:  # fmt: skip
        """The hits start..end in the requested order ("relevance" ties: newest first;
        undated items last either way), the total, and, with `facets`, each facet's counts
        among matching items as if its own filter were not set, and the month timeline."""
        raise NotImplementedError

    def prefix_terms(self, field: str, prefix: str, limit: int) -> list[str]:
        """Index terms of a field that start with the prefix, the most frequent first."""
        raise NotImplementedError

    def acronyms(self) -> dict[str, str]:
        raise NotImplementedError

    def item(self, item_id: str) -> dict | None:
        raise NotImplementedError

    def meeting_items(self, meeting_id: str) -> list[dict]:
        raise NotImplementedError

    def all_items(self) -> Iterator[dict]:
        raise NotImplementedError

    def meetings(self) -> list[MeetingRow]:
        raise NotImplementedError

    def knows_word(self, word: str) -> bool:
        """Whether the word, as written or through its stem, is in item text."""
        raise NotImplementedError

    def nearest_words(self, word: str) -> list[str]:
        """Words of the item text within two edits of `word`, the likeliest first."""
        raise NotImplementedError

    def close(self) -> None:
        pass


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """(mtime, size, inode) of a file, None if missing: a stat tells whether a commit
    happened since (or a follower switched to another copy), without reading the file."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino


def engine_module(name: str):
    """The module of an engine by name (imported only when used)."""
    if name == "tantivy":
        from search_app.engines import tantivy_engine

        return tantivy_engine
    from search_app.engines import whoosh_engine

    return whoosh_engine
