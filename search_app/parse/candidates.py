"""What the segmenter's stages hand each other: a heading it may choose (with its
evidence), an item as read from the lines, and a document's segments."""

from __future__ import annotations

from dataclasses import dataclass, field

from search_app.parse.numbering import Reading
from search_app.parse.roles import Evidence


@dataclass
class RawItem:
    number: str
    title: str
    lines: list[str] = field(default_factory=list)  # the minute (or all the item's text)
    agenda: list[str] = field(default_factory=list)  # the agenda's wording, when labelled apart
    decision: list[str] = field(default_factory=list)  # a "Decision:" block


@dataclass
class Segments:
    preamble: list[str]
    items: list[RawItem]
    closing: list[str]
    scheme: str = "numbered"  # markup, numbered, unnumbered, paragraphs, pages or whole


@dataclass
class HeadingCandidate:
    index: int
    number: str
    title: str
    body_start: str  # text after the title on the same line
    lines_used: int  # 1; 2 for "87." alone with its title on the next line (or above); 0
    # for an issue page's item, which starts below the meeting line that numbers it
    readings: list[Reading] = field(default_factory=list)
    delimiter: str = ""
    evidence: Evidence = field(default_factory=Evidence)

    @property
    def weight(self) -> float:
        """What this heading adds to a scheme's plausibility (segment by evidence)."""
        return max(0.1, min(self.evidence.score, 1.0))
