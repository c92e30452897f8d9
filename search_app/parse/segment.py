"""Split a document's lines into preamble, agenda items and closing lines.

Minutes number their items in many ways, or not at all, so segmenting is a
choice between schemes, each scored by how well it explains the document:

- numbered: a number at the start of a line ("5", "112/23", "AM119", "(139)",
  "21.44", "II.") is a heading only if it looks like one (a short capitalised
  title) and fits the sequence: the longest chain of consecutive numbers wins,
  so "68 children were referred" or a numbered list inside an item never
  starts an item;
- unnumbered: short title lines ("Apologies", "CALL TO ORDER") followed by
  the text they head;
- sections: when neither finds anything, one item per page (or one for the
  whole document), so that no document is ever lost.

Flattened text (a whole document on a few very long lines) is first broken
at the numbers inside it, and the same choice is made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search_app.parse.lines import Line, cell_text, continues_paragraph, ends_mid_sentence
from search_app.parse.meeting import DATE
from search_app.parse.numbering import (
    NUMBERED_LINE,
    TRAILING_NUMBER,
    Reading,
    follows,
    printed_number,
    readings,
)
from search_app.parse.procedural import is_procedural

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words that begin the first sentence of an item when title and text share a line.
SENTENCE_STARTERS = frozenset(
    "Councillor Councillors Cllr Cllrs Mr Mrs Ms Miss Dr Professor Sir Dame Detective The A An "
    "It There Members Member Apologies No None All This These He She They We In Following "
    "Resolved RESOLVED Agreed AGREED Officers Consideration To That".split()
)
# The starters that name who is acting: a title runs up to them even when it has no colon.
SUBJECT_STARTERS = frozenset(
    "Councillor Councillors Cllr Cllrs Mr Mrs Ms Miss Dr Professor Sir Dame The Members "
    "Officers".split()
)
FUNCTION_WORDS = frozenset(
    "a an and any for from in of on or the to with by at as is are be when where its their".split()
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
DECISION_LABEL = re.compile(r"^decisions?\s*:$", re.IGNORECASE)
# "5 For, 0 Against, 1 Abstention" is a vote, not item 5.
VOTE_COUNT = re.compile(r"^(?:for|against|abstentions?|in favour)\b[\s,:]", re.IGNORECASE)
DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)
LABEL_LINE = re.compile(
    r"^[A-Za-z][\w '&/-]{0,40}:\s*$"  # "Present:" "Staff Present:" "Meeting Date:"
    r"|^(?:present|in attendance|also present|absent|regrets|venue|time|date)\b"
    r"|\b(?:present|attendance|absent)$",  # "Members Present", "Officials in Attendance"
    re.IGNORECASE,
)
# What a cover sheet or a table header says beside a number: "Agenda No 5 Item".
NOT_TITLES = frozenset({"item", "items", "no", "page", "agenda item", "item no", "agenda no"})
ATTENDANCE_LABEL = re.compile(
    r"^(?:present|in attendance|also present|absent|staff|officers)\b|\b(?:present|attendance):?$",
    re.IGNORECASE,
)
# Words of a sentence, not of a title: "The Director advised that ..."
NOT_IN_TITLES = frozenset("that was were had has have is are will would been which who".split())
# A page label standing before a single item's title: ModernGov's "Agenda item" page.
ITEM_MARKER = re.compile(r"^(?:agenda\s+)?item\s*:?$", re.IGNORECASE)
DIGIT = re.compile(r"\d")
HEADING_LINES = 25  # non-blank lines at the top that may hold the meeting's own heading
GAP_PENALTY = 0.5  # a skipped number (a withdrawn item) costs half an item
SAME_STYLE_BONUS = 0.1  # "1." after "2." rather than the page number "2 " beside it
FLATTENED_LINE = 400  # characters: longer lines hold several paragraphs run together
FLATTENED_MAX_LINES = 15  # a flattened document has at most this many lines ...
INLINE_NUMBER = re.compile(
    r"(?<=[\s.:;])(?=(?:\d{1,3}(?:\.\d{1,2})*\.|\d{1,3}\.\d{1,2}|[IVX]{1,5}\.)\s+[A-Z])"
    r"|(?<=\s)(?=[A-Z]{0,3}\d{1,4}/\d{2,4}\s+[A-Z])"  # "... C124/20 Notice and Summons"
)
# A number that ends the previous line's reference ("an interest in Item" / "15 Notice ...").
REFERENCE_WORDS = frozenset(
    "item items minute minutes no number page paragraph section appendix".split()
)
PAR_NUMBER = re.compile(r"[A-Z]{2,4} \d")


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
    scheme: str = "numbered"  # markup, numbered, unnumbered, pages or whole


@dataclass
class HeadingCandidate:
    index: int
    number: str
    title: str
    body_start: str  # text after the title on the same line
    uses_next_line: bool  # "87." alone, with the title on the next line
    readings: list[Reading] = field(default_factory=list)
    delimiter: str = ""


def split_agenda_items(lines: list[Line], width: int | None = None) -> Segments:
    """Preamble (meeting header and attendance), items in order, and closing lines.

    `width` is the wrap width of the text (if it wraps), for titles that wrap.
    """
    if any(line.heading for line in lines):
        headings = [
            HeadingCandidate(i, line.number, line.text, "", False)
            for i, line in enumerate(lines)
            if line.heading
        ]
        return segments_from(lines, headings, "markup", width)
    lines = unflatten(lines)
    candidates = heading_candidates(lines)
    numbered = best_heading_chain(candidates)
    # A numbered heading is stronger evidence than a title line: numbers win unless
    # title lines explain the document several times better. (Counting the lines that
    # could be titles at all is cheap, and usually settles it.)
    if numbered and 3 * len(numbered) >= sum(could_be_title(line.text) for line in lines):
        return segments_from(lines, numbered, "numbered", width)
    unnumbered = unnumbered_headings(lines, candidates)
    if numbered and 3 * len(numbered) >= len(unnumbered):
        return segments_from(lines, numbered, "numbered", width)
    if len(unnumbered) > 1 or (unnumbered and not body_before(lines, unnumbered[0].index)):
        return segments_from(lines, unnumbered, "unnumbered", width)
    return sections(lines)


def body_before(lines: list[Line], index: int) -> bool:
    """Whether running text comes before a heading: then one title line is no structure,
    and splitting there would leave that text out of every item."""
    return sum(is_body_text(line.text) for line in lines[:index]) >= 2


def segments_from(
    lines: list[Line], headings: list[HeadingCandidate], scheme: str, width: int | None
) -> Segments:
    texts = [cell_text(line.text) for line in lines]
    items = []
    for position, heading in enumerate(headings):
        end = headings[position + 1].index if position + 1 < len(headings) else len(texts)
        start = heading.index + (2 if heading.uses_next_line else 1)
        body = ([heading.body_start] if heading.body_start else []) + texts[start:end]
        title = cell_text(heading.title)
        title = title[:-1] if title.endswith(".") and is_capitals_line(title) else title
        items.append(RawItem(heading.number, title, body))
    closing = split_off_closing(items[-1])
    for item, heading in zip(items, headings, strict=True):
        split_parts(item)
        item.lines = drop_labels_and_signatures(item.lines)
        repair_split_title(item)
        if not heading.body_start:
            rejoin_wrapped_title(item, width)
    return Segments(texts[: headings[0].index], items, closing, scheme)


def sections(lines: list[Line]) -> Segments:
    """No headings at all: one item per page, or one for the whole text, titled by its start."""
    texts = [cell_text(line.text) for line in lines]
    pages = sorted({line.page for line in lines if line.text})
    preamble = texts[: next((i for i, t in enumerate(texts) if t), 0) + HEADING_LINES]
    if len(pages) > 1:
        items = [
            RawItem(
                str(page + 1),
                f"Page {page + 1}",
                [cell_text(x.text) for x in lines if x.page == page],
            )
            for page in pages
        ]
        return Segments(preamble, items, [], "pages")
    named = [t for t in texts if t and not t.startswith("- ")]
    first = next((t for t in named[:HEADING_LINES] if DATE.search(t)), named[0] if named else "")
    title = first if len(first) <= 80 else first[:80].rsplit(" ", 1)[0] + " \u2026"
    return Segments(preamble, [RawItem("", title or "Full text", texts)], [], "whole")


def unflatten(lines: list[Line]) -> list[Line]:
    """Break very long lines (flattened text) before each number that could start an item.

    Only in flattened text: a document of a few lines, or of lines as long as paragraphs,
    where the longest runs past FLATTENED_LINE; ordinary long paragraphs are left alone.
    """
    texts = [line.text for line in lines if line.text]
    if not texts or max(map(len, texts)) <= FLATTENED_LINE:
        return lines
    if len(texts) > FLATTENED_MAX_LINES and sum(map(len, texts)) / len(texts) < FLATTENED_LINE:
        return lines
    out = []
    for line in lines:
        if len(line.text) <= FLATTENED_LINE:
            out.append(line)
            continue
        parts = [part.strip() for part in INLINE_NUMBER.split(line.text)]
        out.extend(Line(part, page=line.page) for part in parts if part)
    return out


def heading_candidates(lines: list[Line]) -> list[HeadingCandidate]:
    candidates = []
    previous = ""
    for index, line in enumerate(lines):
        continued = ends_mid_sentence(previous) or ends_with_reference(previous)
        candidate = heading_candidate(lines, index) if not continued else None
        if candidate:
            candidates.append(candidate)
        if line.text:
            previous = line.text
    return candidates


def heading_candidate(lines: list[Line], index: int) -> HeadingCandidate | None:
    text = lines[index].text
    if text.startswith("- ") and text[2:3] in "(0123456789":  # "• 4. Budget": a bullet first
        text = text[2:]
    match = NUMBERED_LINE.match(text) if may_start_with_number(text) else None
    if not match:
        trailing = TRAILING_NUMBER.match(text) if text[-1:].isdigit() and "/" in text else None
        if trailing and looks_like_title(trailing["title"]) and trailing["title"].isupper():
            token = trailing["token"]
            return HeadingCandidate(
                index, token, trailing["title"], "", False, readings(token), "trailing"
            )
        return None
    title, uses_next_line = match["title"] or match["glued"], False
    if title is None:
        following = next_text(lines, index)
        if following is None or NUMBERED_LINE.match(lines[following].text):
            return None
        if any(not line.text for line in lines[index + 1 : following]):
            # "87." then a blank, then the title: keep the skipped blank lines out.
            lines[index + 1 : following] = []
        title, uses_next_line = lines[index + 1].text, True
    title = drop_second_number(title)
    title, body_start = split_title_from_body(title)
    token = match["token"]
    if re.search(r"&|\band\b", token) and not looks_like_title(title):
        title, body_start = (
            "",
            " ".join(filter(None, (title, body_start))),
        )  # "1. & 2. The Chair ..."
    elif not looks_like_title(title):
        return None
    return HeadingCandidate(
        index,
        printed_number(token),
        title,
        body_start,
        uses_next_line,
        readings(token, match["word"] or ""),
        (match["delim"] or "").strip(),
    )


NUMBER_WORDS = frozenset({"item", "minute", "min", "agenda"})


def ends_with_reference(text: str) -> bool:
    """ "an interest in Item" / "15 Notice of Motion": the number is referred to, not a heading.
    ("Standard Items" above "1 APOLOGIES" is a heading of the page, so the word before counts.)"""
    words = text[-40:].split()
    if not words or (words[-1].lower() not in REFERENCE_WORDS and words[-1].lower() != "no."):
        return False
    return words[-1][0].islower() or (len(words) > 1 and words[-2][0].islower())


def may_start_with_number(text: str) -> bool:
    """A cheap test before NUMBERED_LINE: most lines start with an ordinary word."""
    first = text.split(" ", 1)[0]
    if not first or first[0].isdigit() or first[0] == "(" or any(c.isdigit() for c in first):
        return bool(first)
    word = first.rstrip(".:").lower()
    return word in NUMBER_WORDS or set(word) <= set("ivxl") or bool(PAR_NUMBER.match(text))


def drop_second_number(title: str) -> str:
    """ "P031/22  1.  APOLOGIES": a minute reference, then the agenda number, then the title."""
    second = re.match(r"^\d{1,3}[.)]\s+(?=[A-Z])", title)
    return title[second.end() :] if second else title


def next_text(lines: list[Line], index: int) -> int | None:
    return next((j for j in range(index + 1, len(lines)) if lines[j].text), None)


def looks_like_title(title: str) -> bool:
    words = title.split()
    bilingual = re.search(r"\s/\s+[A-Z]", title)  # "ngā tono kōrero / Deputation"
    if not words or not (title[0].isupper() or title[0] in "'\"\u2018\u201c" or bilingual):
        return False
    if words[0].strip(",.").lower() in MONTHS or len(words) > 20 or VOTE_COUNT.match(title):
        return False
    if title.lower().strip(" .:") in NOT_TITLES:
        return False
    # Agenda wording ends with a full stop ("To declare any interests."); sentences do too.
    agenda_wording = words[0] == "To" and len(words) <= 15
    sentence = title.endswith(".") and len(words) > 4 and not title.isupper()
    return not sentence or agenda_wording


def split_title_from_body(text: str) -> tuple[str, str]:
    """Separate a title from the first sentence when both share a line.

    "Apologies: Cllr A Edwards sent his apologies." splits at the colon;
    "Apologies for Absence - To receive and accept apologies ..." at the dash;
    "CALL TO ORDER The meeting was called" after the capitals; and
    "Declaration of Interest and of any Party Whip Councillor Lynne Duffy declared
    an interest" before "Councillor": the capitalised run that ends at the first
    ordinary lower-case word is the sentence's subject, not the title.
    """
    words = text.split()
    if len(words) <= 12 and not re.search(r"[.!?:]\s", text) and not text.endswith("."):
        subject = split_before_subject(text, sentences=False)
        return subject if subject and len(subject[1].split()) >= 4 else (text, "")
    if is_capitals_line(text) and len(words) <= 20:
        return text, ""
    subject = split_before_subject(text, sentences=False)  # "Interests Councillor Bee declared"
    if subject and len(subject[0].split()) <= 15 and subject[1].split()[0] in SUBJECT_STARTERS:
        return subject
    for split in (split_at_separator, split_after_capitals, split_before_subject):
        found = split(text)
        if found:
            return found
    if len(words) <= 20 and not re.search(r"[.!?]\s", text) and not text.endswith("."):
        return text, ""
    return (text, "") if len(words) <= 15 else ("", text)


def split_at_separator(text: str) -> tuple[str, str] | None:
    """ "Title: text" or "Title - Text of the minute." when the left side is a title."""
    match = re.search(r":\s+|\s*[-\u2013\u2014]\s+(?=[A-Z])|\s+[-\u2013\u2014]\s+", text)
    if not match:
        return None
    title, rest = text[: match.start()].strip(), text[match.end() :].strip()
    limit = 20 if is_capitals_line(title) else 15
    if not rest or len(title.split()) > limit or not looks_like_title(title):
        return None
    if not is_sentence(rest) and (":" not in match.group(0) or len(rest.split()) < 4):
        return None
    return title, rest


def is_sentence(text: str) -> bool:
    """Running text rather than the rest of a title ("20060770 - Conversion of barns")."""
    words = text.split()
    if not words or not words[0][:1].isalpha():
        return False
    if words[0] in SENTENCE_STARTERS or text.endswith((".", "!", "?")):
        return True
    content = sum(1 for w in words if w[:1].islower() and w not in FUNCTION_WORDS)
    return len(words) >= 8 and content >= 3


def split_after_capitals(text: str) -> tuple[str, str] | None:
    """ "PUBLIC PARTICIPATION Peter Smith asked ..." -> the run of capitals is the title.

    Numbers and dashes belong to the run only between words in capitals ("HELD ON 24th
    JUNE 2021 & AGENDA"), not before the title's ordinary words ("BARNS - 2006 - Conversion").
    """
    words = text.split()
    run = 0
    while run < len(words):
        if is_capitals(words[run]):
            run += 1
            continue
        ahead = run
        while ahead < len(words) and is_neutral(words[ahead]):
            ahead += 1
        if ahead == run or ahead == len(words) or not is_capitals(words[ahead]):
            break
        run = ahead
    if run < 2 or run == len(words) or not any(c.islower() for c in words[run]):
        return None
    return " ".join(words[:run]).rstrip(":"), " ".join(words[run:])


def is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not is_neutral(word)


def is_neutral(word: str) -> bool:
    """Numbers, ordinals and dashes: neither capitals nor ordinary words."""
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)?[,.:]?|[&\-\u2013\u2014/]", word))


def split_before_subject(text: str, sentences: bool = True) -> tuple[str, str] | None:
    words = text.split()
    first_lower = next(
        (i for i, w in enumerate(words) if w[:1].islower() and w not in TITLE_CONNECTIVES), None
    )
    if first_lower is None:
        return None
    start = first_lower
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in ("of", "the")):
        start -= 1
    for split in range(start, first_lower):
        after_connective = words[split - 1].lower() in TITLE_CONNECTIVES
        if split > 0 and words[split] in SENTENCE_STARTERS and not after_connective:
            return " ".join(words[:split]).rstrip(" -\u2013:"), " ".join(words[split:])
    sentence_end = sentences and re.search(r"(?<=[a-z)])[.!?]\s+(?=[A-Z])", text)
    if sentence_end and len(text[: sentence_end.start()].split()) <= 15:
        return text[: sentence_end.start()], text[sentence_end.end() :]
    return None


def best_heading_chain(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """The longest run of candidates whose numbers follow each other (longest path in a DAG).

    Each candidate may be read several ways ("AM119" is item 1 of 2019 or item 119);
    a node is a (candidate, reading) pair and edges join readings that follow.
    """
    nodes = [(c, r) for c, candidate in enumerate(candidates) for r in candidate.readings]
    if not nodes:
        return []
    # An item numbered 0 is rare ("1.0" is item 1 before it is sub-item 0 of item 1).
    score = [0.5 if reading.running == 0 else 1.0 for _, reading in nodes]
    following: list[int | None] = [None] * len(nodes)
    by_reading: dict[tuple, list[int]] = {}
    for n in range(len(nodes) - 1, -1, -1):
        c, reading = nodes[n]
        for step in (1, 2, 3):
            key = (reading.style, reading.running + step)
            for m in by_reading.get(key, []):
                gap = follows(reading, nodes[m][1])
                if gap is None or nodes[m][0] <= c:
                    continue
                same = candidates[c].delimiter == candidates[nodes[m][0]].delimiter
                base = 0.5 if reading.running == 0 else 1.0
                value = base + score[m] - GAP_PENALTY * gap + (SAME_STYLE_BONUS if same else 0)
                if value > score[n]:
                    score[n], following[n] = value, m
        by_reading.setdefault((reading.style, reading.running), []).insert(0, n)
    position: int | None = max(range(len(nodes)), key=lambda n: (score[n], -nodes[n][0]))
    chain = []
    while position is not None:
        chain.append(candidates[nodes[position][0]])
        position = following[position]
    return chain


def unnumbered_headings(
    lines: list[Line], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """Title lines without numbers (capitals, known business, a short line heading text),
    and headings numbered like reports ("MM21/03 ...") that stand alone among them.

    Nothing above the meeting's date line counts: that is the document's own heading.
    """
    start = heading_date_line(lines) + 1
    coded = {c.index: c for c in candidates if c.index >= start and re.match(r"[A-Z]", c.number)}
    headings = []
    previous, joined = "", -1
    for index, line in enumerate(lines):
        text = line.text
        after_marker = ITEM_MARKER.match(previous) is not None
        if index == joined:
            pass  # the second line of a heading in capitals, already taken
        elif index in coded:
            headings.append(coded[index])
        elif text and index >= start and (after_marker or not ends_mid_sentence(previous)):
            following = next_text(lines, index)
            next_line = lines[following].text if following is not None else ""
            if after_marker or is_unnumbered_heading(text, next_line):
                title = text.rstrip(" :")
                if is_capitals_line(title) and re.match(r"(?:OF|AND|FOR|TO|THE)\b", next_line):
                    title = f"{title} {next_line}".rstrip(" :")  # "CONFIRMATION" / "OF MINUTES"
                    joined = following
                headings.append(HeadingCandidate(index, "", title, "", False))
        if text:
            previous = text
    return headings


def heading_date_line(lines: list[Line]) -> int:
    """Index of the last date line in the document's heading (its first lines), or -1."""
    seen, found, previous = 0, -1, ""
    for index, line in enumerate(lines):
        if line.text:
            seen += 1
            if seen > HEADING_LINES:
                break
            heads_item = ITEM_MARKER.match(previous) is not None
            dated = DIGIT.search(line.text) and DATE.search(line.text[:200])
            if dated and not is_body_text(line.text) and not heads_item:
                found = index
            previous = line.text
    return found


def could_be_title(text: str) -> bool:
    """The cheap first tests of is_unnumbered_heading: short, capitalised, no full stop."""
    return 0 < len(text) <= 100 and text[0].isupper() and not text.endswith((".", ",", ";", "|"))


def is_unnumbered_heading(text: str, next_line: str) -> bool:
    if not could_be_title(text):
        return False
    words = text.split()
    limit = 16 if is_capitals_line(text) else 12
    if not 1 <= len(words) <= limit or len(text) > 100 or not text[:1].isupper():
        return False
    if text.endswith((".", ",", ";", "|")) or ATTENDANCE_LABEL.search(text):
        return False
    if LABEL_LINE.match(text) and not is_capitals_line(text):
        return False
    if DATE_IN_TEXT.search(text) and not is_procedural(text):
        return False
    if NUMBERED_LINE.match(text) or sum(c.isdigit() for c in text) > 4 or text.count(",") > 1:
        return False
    if len(words) == 1 and len(text) < 5:
        return False
    if is_capitals_line(text):
        return True
    if ": " in text or NOT_IN_TITLES.intersection(w.lower() for w in words):
        return False
    if is_procedural(text) and len(words) <= 8:
        return True
    return len(words) <= 8 and is_title_case(words) and is_body_text(next_line)


def is_title_case(words: list[str]) -> bool:
    """ "Acknowledgement of Country", "Public forum commenced": short, or mostly capitalised."""
    significant = [w for w in words if w.lower() not in TITLE_CONNECTIVES]
    capitalised = sum(1 for w in significant if w[:1].isupper())
    return len(words) <= 4 or capitalised >= 0.6 * len(significant)


def is_capitals_line(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text) >= 4


def is_body_text(text: str) -> bool:
    """A line of running text: a sentence, not a name, label or table cell."""
    words = text.split()
    if not text or text.endswith("|") or is_capitals_line(text):
        return False
    if text.endswith(":") and len(words) < 8:
        return False
    if text.endswith((".", "!", "?")) and len(words) >= 2:
        return True
    return len(words) >= 8 and sum(1 for w in words if w[:1].islower()) >= len(words) / 3


def split_off_closing(last_item: RawItem) -> list[str]:
    """ "The meeting ended at ..." and what follows belong to the meeting, not the last item."""
    for index, text in enumerate(last_item.lines):
        if END_OF_MEETING.match(text):
            closing = last_item.lines[index:]
            last_item.lines = last_item.lines[:index]
            return closing
    return []


def split_parts(item: RawItem) -> None:
    """Committee systems label an item's parts: the agenda's wording, then "Decision:" and
    "Minutes:". Keep them apart, so the agenda text and the minute do not run together."""
    if not any(MINUTES_LABEL.match(t) or DECISION_LABEL.match(t) for t in item.lines):
        return
    parts: dict[str, list[str]] = {"agenda": [], "decision": [], "minutes": []}
    current = "agenda"
    for text in item.lines:
        if MINUTES_LABEL.match(text) or DECISION_LABEL.match(text):
            current = "minutes" if MINUTES_LABEL.match(text) else "decision"
            continue
        parts[current].append(text)
    if not any(parts["minutes"]):  # "Decision:" alone: what is not the decision is the minute
        parts["minutes"], parts["agenda"] = parts["agenda"], []
    item.agenda, item.decision, item.lines = parts["agenda"], parts["decision"], parts["minutes"]


def drop_labels_and_signatures(lines: list[str]) -> list[str]:
    """Drop "Chairman ....." signature lines; a wrapped "Chairman." ending a sentence stays."""
    kept: list[str] = []
    previous = ""
    for text in lines:
        if SIGNATURE.match(text) and not ends_mid_sentence(previous):
            continue
        kept.append(text)
        previous = text or previous
    return kept


def rejoin_wrapped_title(item: RawItem, width: int | None) -> None:
    """A long title that wrapped: "... to provide hotel" / "and village shop and ...".

    The next line must plainly continue it (it starts in lower case); once it has, a
    last short line that ran on from the margin ("Factory, North Street for Homes")
    joins too.
    """
    last = ""  # the line last joined on, once one has been
    for _ in range(3):
        following = next((t for t in item.lines if t), "")
        if not following or len(item.title.split()) < 5 or following[:1] in "-(":
            return
        plainly = continues_paragraph(item.title, following, width) and following[:1].islower()
        ran_on = (
            width
            and len(last) >= 0.5 * width
            and not following.endswith((".", ":"))
            and len(following) < 0.85 * width
            and not is_sentence(following)
        )
        if not (plainly or ran_on):
            return
        item.title = f"{item.title} {following}"
        item.lines.remove(following)
        last = following


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
