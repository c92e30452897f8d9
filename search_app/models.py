"""The data that crosses stages: a meeting and its agenda items.

Plain dataclasses so that every stage (parse, index, search, web) agrees on
field names and types without passing dicts of strings around.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, time

# A document's sidecar: what the harvester knows about it, beside it as "<file>.meta.json".
SIDECAR_SUFFIX = ".meta.json"


@dataclass
class Attendee:
    name: str
    role: str | None = None


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
    # (title lines), or "pages"/"whole" when no headings were found and the text was kept
    # one item per page, or as one item.
    structure: str = "numbered"
    source_url: str | None = None  # where the minutes were published, when known
    ocr: bool = False  # the text was read from scanned pages by OCR

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
