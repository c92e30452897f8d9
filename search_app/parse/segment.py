"""Split a document's lines into preamble, agenda items and closing lines.

A number at the start of a line is only an item heading if it looks like one
(a short capitalised title) and fits the sequence of item numbers: among all
candidates we keep the longest chain of consecutive numbers, so "68 children
were referred" or a numbered list inside an item does not start a new item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search_app.parse.lines import Line, ends_mid_sentence

HEADING = re.compile(
    r"^(?:(?:item|minute|min)\.?\s*(?:no\.?|number)?\s*)?"
    r"(?P<number>\d{1,4}(?:/\d{2,4})?)"
    r"(?:[.):]|\s+[-\u2013\u2014:])?"
    r"(?:\s+(?P<title>\S.*))?$",
    re.IGNORECASE,
)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words that begin the first sentence of an item when title and text share a line.
SENTENCE_STARTERS = frozenset(
    "Councillor Councillors Cllr Cllrs Mr Mrs Ms Miss Dr Professor Sir Dame Detective The A An "
    "It There Members Member Apologies No None All This These He She They We In Following "
    "Resolved RESOLVED Agreed AGREED Officers Consideration".split()
)
TITLE_CONNECTIVES = frozenset("a an and any for from in of on or the to with & - \u2013".split())
END_OF_MEETING = re.compile(
    r"^\(?(?:the\s+)?(?:(?:meeting|proceedings|committee|panel)\s+"
    r"(?:ended|closed|finished|concluded|rose|terminated)\b"
    r"|chair(?:man|woman|person)?\s+closed\s+the\s+meeting\b)",
    re.IGNORECASE,
)
SIGNATURE = re.compile(
    r"^(?:chair(?:man|woman|person)?|signed|date|dated|signature)\b[\s:._\u2026]*$", re.I
)
MINUTES_LABEL = re.compile(r"^minutes\s*:$", re.IGNORECASE)
GAP_PENALTY = 0.5  # a skipped number (a withdrawn item) costs half an item


@dataclass
class RawItem:
    number: str
    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Segments:
    preamble: list[str]
    items: list[RawItem]
    closing: list[str]


@dataclass
class HeadingCandidate:
    index: int
    number: str
    title: str
    body_start: str  # text after the title on the same line
    uses_next_line: bool  # "87." alone, with the title on the next line


def split_agenda_items(lines: list[Line]) -> Segments:
    """Preamble (meeting header and attendance), items in order, and closing lines."""
    if any(line.heading for line in lines):
        headings = [certified_heading(i, line.text) for i, line in enumerate(lines) if line.heading]
    else:
        headings = best_heading_chain(heading_candidates(lines))
    texts = [line.text for line in lines]
    if not headings:
        return Segments(texts, [], [])
    items = []
    for position, heading in enumerate(headings):
        end = headings[position + 1].index if position + 1 < len(headings) else len(texts)
        start = heading.index + (2 if heading.uses_next_line else 1)
        body = ([heading.body_start] if heading.body_start else []) + texts[start:end]
        items.append(RawItem(heading.number, heading.title, body))
    closing = split_off_closing(items[-1])
    for item in items:
        item.lines = drop_labels_and_signatures(item.lines)
        repair_split_title(item)
    return Segments(texts[: headings[0].index], items, closing)


def certified_heading(index: int, text: str) -> HeadingCandidate:
    number, _, title = text.partition(" ")
    return HeadingCandidate(index, number, title.strip(), "", False)


def heading_candidates(lines: list[Line]) -> list[HeadingCandidate]:
    candidates = []
    previous = ""
    for index, line in enumerate(lines):
        candidate = heading_candidate(lines, index) if not ends_mid_sentence(previous) else None
        if candidate:
            candidates.append(candidate)
        if line.text:
            previous = line.text
    return candidates


def heading_candidate(lines: list[Line], index: int) -> HeadingCandidate | None:
    match = HEADING.match(lines[index].text)
    if not match:
        return None
    title, uses_next_line = match["title"], False
    if title is None:
        following = next_text(lines, index)
        if following is None or HEADING.match(lines[following].text):
            return None
        if any(not line.text for line in lines[index + 1 : following]):
            # "87." then a blank, then the title: keep the skipped blank lines out.
            lines[index + 1 : following] = []
        title, uses_next_line = lines[index + 1].text, True
    title, body_start = split_title_from_body(title)
    if not looks_like_title(title):
        return None
    return HeadingCandidate(index, match["number"], title, body_start, uses_next_line)


def next_text(lines: list[Line], index: int) -> int | None:
    return next((j for j in range(index + 1, len(lines)) if lines[j].text), None)


def looks_like_title(title: str) -> bool:
    words = title.split()
    if not words or not (title[0].isupper() or title[0] in "'\"\u2018\u201c"):
        return False
    if words[0].strip(",.").lower() in MONTHS or len(words) > 20:
        return False
    return not (title.endswith(".") and len(words) > 4)


def split_title_from_body(text: str) -> tuple[str, str]:
    """Separate a title from the first sentence when PDF layout put both on one line.

    "Declaration of Interest and of any Party Whip Councillor Lynne Duffy declared
    an interest" splits before "Councillor": the capitalised run that ends at the
    first ordinary lower-case word is the sentence's subject, not the title.
    """
    words = text.split()
    if len(words) <= 12 and not re.search(r"[.!?]\s", text) and not text.endswith("."):
        return text, ""
    first_lower = next(
        (i for i, w in enumerate(words) if w[:1].islower() and w not in TITLE_CONNECTIVES), None
    )
    if first_lower is None:
        return text, ""
    start = first_lower
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in ("of", "the")):
        start -= 1
    for split in range(start, first_lower):
        if split > 0 and words[split] in SENTENCE_STARTERS:
            return " ".join(words[:split]).rstrip(" -\u2013:"), " ".join(words[split:])
    sentence_end = re.search(r"(?<=[a-z)])[.!?]\s+(?=[A-Z])", text)
    if sentence_end and len(text[: sentence_end.start()].split()) <= 15:
        return text[: sentence_end.start()], text[sentence_end.end() :]
    return (text, "") if len(words) <= 15 else ("", text)


def number_key(number: str) -> tuple[int, str]:
    """ "112/23" -> (112, "/23"): the running number and the suffix that must not change."""
    digits, _, suffix = number.partition("/")
    return int(digits), suffix


def gap_between(earlier: HeadingCandidate, later: HeadingCandidate) -> int | None:
    """How many numbers `later` skips after `earlier`, or None if it cannot follow it."""
    (first, first_suffix), (second, second_suffix) = (
        number_key(earlier.number),
        number_key(later.number),
    )
    if first_suffix != second_suffix or not 1 <= second - first <= 3:
        return None
    return second - first - 1


def best_heading_chain(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """The longest run of candidates whose numbers follow each other (longest path in a DAG)."""
    if not candidates:
        return []
    score = [1.0] * len(candidates)
    following: list[int | None] = [None] * len(candidates)
    for i in range(len(candidates) - 1, -1, -1):
        for j in range(i + 1, len(candidates)):
            gap = gap_between(candidates[i], candidates[j])
            if gap is not None and 1 + score[j] - GAP_PENALTY * gap > score[i]:
                score[i], following[i] = 1 + score[j] - GAP_PENALTY * gap, j
    position: int | None = max(range(len(candidates)), key=lambda i: (score[i], -i))
    chain = []
    while position is not None:
        chain.append(candidates[position])
        position = following[position]
    return chain


def split_off_closing(last_item: RawItem) -> list[str]:
    """ "The meeting ended at ..." and what follows belong to the meeting, not the last item."""
    for index, text in enumerate(last_item.lines):
        if END_OF_MEETING.match(text):
            closing = last_item.lines[index:]
            last_item.lines = last_item.lines[:index]
            return closing
    return []


def drop_labels_and_signatures(lines: list[str]) -> list[str]:
    """Drop ModernGov's "Minutes:" label and "Chairman ....." signature lines.

    A wrapped "Chairman." that ends the previous line's sentence stays.
    """
    kept: list[str] = []
    previous = ""
    for text in lines:
        if MINUTES_LABEL.match(text) or (SIGNATURE.match(text) and not ends_mid_sentence(previous)):
            continue
        kept.append(text)
        previous = text or previous
    return kept


def repair_split_title(item: RawItem) -> None:
    """Rejoin a title a page break split: "Child Sexual Exploitation:" ... "Update".

    The orphan is a short capitalised line early in the item that interrupts a
    sentence: the line before it stops mid-sentence.
    """
    if not (item.title.endswith((":", "-", "\u2013", "&")) or ends_mid_sentence(item.title)):
        return
    texts = [(i, t) for i, t in enumerate(item.lines) if t][:8]
    for position, (index, text) in enumerate(texts[1:-1], start=1):
        before = texts[position - 1][1]
        is_fragment = len(text.split()) <= 5 and text[:1].isupper() and not text.endswith(".")
        if is_fragment and ends_mid_sentence(before):
            item.title = f"{item.title} {text}"
            del item.lines[index]
            return
