"""The data that crosses stages: a meeting and its agenda items.

Plain dataclasses so that every stage (parse, index, search, web) agrees on
field names and types without passing dicts of strings around.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, time
from pathlib import Path

# A document's sidecar: what the harvester knows about it, beside it as "<file>.meta.json".
SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_ITEMS = 2_000  # more items than any meeting has: a sidecar's list is cut there


@dataclass
class Attendee:
    name: str
    role: str | None = None


def unlabelled(number: str) -> str:
    """The number without the label it was printed with ("Item 4" is 4, "Min. 18/08" is
    18/08): what a numbering counts by."""
    return number.rsplit(None, 1)[-1] if number else number


def item_label(number: str, word: str = "Item") -> str:
    """How a reader names an item: "Item 5", or a reference as printed with its own label
    ("Min. 18/08", "Item 1/13"), never "Item Min. 18/08"."""
    return number if number[:1].isalpha() else f"{word} {number}"


@dataclass
class AgendaItem:
    number: str
    title: str
    body: str
    speakers: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    procedural: bool = False
    acronyms: dict[str, str] = field(default_factory=dict)
    # The agenda's own wording ("To receive the report of ..."), when the minutes print it
    # apart from the minute ("Minutes:"); the minute itself is `body`.
    agenda_text: str = ""


@dataclass
class Meeting:
    committee: str
    date: date | None  # None: the minutes state no date anywhere we could find ("undated")
    body: str | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None
    date_of_issue: date | None = None
    present: list[Attendee] = field(default_factory=list)
    also_attended: list[Attendee] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    # How the items were found: "markup" (the page marks them), "numbered", "unnumbered"
    # (title lines), "paragraphs" (no headings: an item a paragraph or bullet, or a title
    # line with the paragraphs under it), or "pages"/"whole" when no headings were found and
    # the text was kept one item per page, or as one item.
    structure: str = "numbered"
    source_url: str | None = None  # where the minutes were published, when known
    ocr: bool = False  # the text was read from scanned pages by OCR
    # The text before the first item (heading, attendance, opening remarks) and after the
    # last ("The meeting closed at ..."): no item's, but searched with the first and last.
    opening: str = ""
    closing: str = ""

    @property
    def split_into_items(self) -> bool:
        return self.structure not in ("pages", "whole")

    @property
    def attendees(self) -> list[Attendee]:
        return self.present + self.also_attended


@dataclass
class ParsedDocument:
    """One source file: the meeting it records and its agenda items in order."""

    source: str
    format: str  # "text", "html" or "pdf"
    meeting: Meeting
    items: list[AgendaItem]
    # What had to be guessed or given up on, e.g. "date: none found (undated)".
    fallbacks: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict:
        """The documented JSON shape of `minutes-search parse --json`."""
        meeting = asdict(self.meeting)
        for key in ("date", "date_of_issue"):
            meeting[key] = meeting[key].isoformat() if meeting[key] else None
        for key in ("start_time", "end_time"):
            meeting[key] = meeting[key].strftime("%H:%M") if meeting[key] else None
        return {
            "source": self.source,
            "format": self.format,
            "meeting": meeting,
            "items": [asdict(item) for item in self.items],
            "fallbacks": list(self.fallbacks),
        }


@dataclass
class SystemItem:
    """An agenda item as a committee system gives it, already split: its printed number,
    title, and the agenda's and the minutes' wording as HTML."""

    number: str
    title: str
    agenda_html: str = ""
    minutes_html: str = ""


@dataclass
class Sidecar:
    """What a harvester knows about a document, kept beside it as "<file>.meta.json":
    written by the harvest stage, read by the parser, where it wins over what the parser
    guessed. One type both ways, so the format is defined once. `items`, when a system
    gives them split, are the meeting's items: the parser takes them as they are."""

    source_url: str | None = None
    council: str | None = None
    committee: str | None = None
    date: date | None = None
    start_time: time | None = None
    venue: str | None = None
    system: str = ""
    ids: dict[str, str] = field(default_factory=dict)
    present: list[str] = field(default_factory=list)  # the system's attendance list
    items: list[SystemItem] = field(default_factory=list)

    @staticmethod
    def path_of(document: Path) -> Path:
        return document.with_name(document.name + SIDECAR_SUFFIX)

    def to_json(self) -> bytes:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        data["start_time"] = self.start_time.strftime("%H:%M") if self.start_time else None
        return json.dumps({k: v for k, v in data.items() if v}, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, data: object) -> Sidecar:
        """The sidecar a JSON value describes; ValueError (or TypeError) when it is not one.
        Written by our harvester from remote answers, so every field is checked."""
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        items = data.get("items") or []
        if not isinstance(items, list):
            raise ValueError("items is not a list")
        return cls(
            source_url=text_field(data, "source_url"),
            council=text_field(data, "council"),
            committee=text_field(data, "committee"),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            start_time=time.fromisoformat(data["start_time"]) if data.get("start_time") else None,
            venue=text_field(data, "venue"),
            system=text_field(data, "system") or "",
            ids={str(k): str(v) for k, v in (data.get("ids") or {}).items()},
            present=[p for p in data.get("present") or [] if isinstance(p, str)],
            items=[system_item(item) for item in items[:MAX_SIDECAR_ITEMS]],
        )


def system_item(data: object) -> SystemItem:
    if not isinstance(data, dict):
        raise ValueError("an item is not a JSON object")
    fields = ("number", "title", "agenda_html", "minutes_html")
    return SystemItem(*(str(data.get(name) or "") for name in fields))


def text_field(data: dict, key: str) -> str | None:
    value = data.get(key)
    return value.strip() or None if isinstance(value, str) else None
