"""Fallbacks when no headings are found, so that no document is lost: a bulleted
outline's top level, one item per paragraph (or per row of a table parted by lone "|"),
or one item per page."""

from __future__ import annotations

import re

from search_app.parse.candidates import HeadingCandidate, RawItem, Segments
from search_app.parse.decisions import is_motion, records_decision
from search_app.parse.lines import Line, cell_text
from search_app.parse.meeting import DATE
from search_app.parse.numbered import MIN_INDENT_STEP, OUTLINE_TITLE_WORDS, first_clause, next_text
from search_app.parse.numbering import NUMBERED_LINE
from search_app.parse.roles import (
    ATTENDANCE_LABEL,
    MOTION,
    MOVER_AND_SECONDER,
    OUTCOME,
    Evidence,
    could_be_title,
    is_attendee_entry,
    is_body_text,
    is_part_label,
    is_post_bullet,
    looks_like_title,
    opening_title,
)
from search_app.parse.titles import split_title_from_body
from search_app.parse.unnumbered import HEADING_LINES, opens_paragraph, titled_line

# A decision record headed by the date it was taken and its title: "08/03/2021 - School
# Uniform", a committee system's page of one decision; its paragraphs are that one item.
DATED_TITLE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+[-\u2013]\s+(?=[A-Z])")

ONE_ITEM_PAGE = re.compile(r"^agenda item$", re.IGNORECASE)

# "The Board met in session on ...", "Minute of the meeting of the X Committee held on ...",
# not "Moved by A to approve the minutes of the meeting held on ...".
MEETING_OPENING = re.compile(
    r"^(?:(?!\b(?:moved|motion|minutes|approv\w*)\b)[^.])*?\b(?:met|held|convened)\b", re.I
)

MIN_PARAGRAPH_ITEMS = 4  # paragraphs without headings that make minutes rather than a note

RECORD_NUMBER_AFTER = re.compile(r"\.\s+[A-Z]{0,3}\d{4,}$")  # "Access Officer. AI026479"
MIN_ROW_MARKS = 2  # lone "|" lines that make a table of rows

PERSON_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}")
MIN_OUTLINE_ITEMS = 3  # bullets at the margin of a bulleted outline, at least
MIN_POINTS = 2  # ... and deeper bullets under them
OUTLINE_TITLED_SHARE = 0.75  # ... and this share of the margin's bullets titles


def paragraph_headings(lines: list[Line], rows: bool = False) -> list[HeadingCandidate]:
    """No headings found: one item per paragraph, as minutes without headings still read
    (a township's "The Board decided to ..." paragraphs a line each, a trust's "- Oaths of
    Office – the Trustees signed ..." bullets, a county board's "Moved by A, seconded by B
    to ..." paragraphs). The paragraphs naming the meeting and who came are its heading.
    A bullet is an item; so is any other paragraph, titled by its title ("Title – text")
    or its first sentence, unless the minutes have title lines ("Business.", "No old
    business"): then a title line heads the paragraphs under it. Fewer than two items,
    or fewer than MIN_PARAGRAPH_ITEMS paragraphs and no title line: no structure."""
    blocks = paragraph_blocks(lines, rows)
    opening = (n for n, (_, block) in enumerate(blocks) if opens_business_paragraph(block))
    first = next(opening, None)
    if first is None:
        return []
    business = []  # (index, lines, text, whether a title line), each paragraph read once
    texts = [" ".join(block) for _, block in blocks[first:]]
    for at, (index, block) in enumerate(blocks[first:]):
        text, following = texts[at], texts[at + 1] if at + 1 < len(texts) else ""
        credit = MOVER_AND_SECONDER.fullmatch(text) and MOTION.match(following)  # "KEY - HALL"
        title_line = not text.startswith("- ") and not credit and is_title_line(text)
        business.append((index, block, text, title_line and not rows))
    titled = any(title_line for *_, title_line in business)
    headings, marked = [], 0
    for index, block, text, title_line in business:
        bullet = text.startswith("- ")
        if title_line:
            why = paragraph_evidence("a title line alone, the paragraphs under it its text")
            title = paragraph_heading(text)
            headings.append(HeadingCandidate(index, "", title, "", 1, [], "", why))
        elif rows and not is_body_text(cell_text(text)):
            why = paragraph_evidence("a table's row of a title alone")
            title = RECORD_NUMBER_AFTER.sub("", cell_text(text))
            headings.append(HeadingCandidate(index, "", title, "", len(block), [], "", why))
        elif (
            bullet or ((rows or not titled) and is_body_text(text))
        ) and not is_attendance_paragraph(block):
            title = paragraph_title(text.removeprefix("- "))
            why = paragraph_evidence(
                "a bullet" if bullet else "a table's row" if rows else "a paragraph of running text"
            )
            headings.append(HeadingCandidate(index, "", title, block[0], 1, [], "", why))
            marked += reads_as_business(text)
    untitled = sum(bool(h.body_start) for h in headings)
    if len(headings) < 2 or (0 < untitled < MIN_PARAGRAPH_ITEMS and untitled == len(headings)):
        return []  # a note of two or three paragraphs is one item
    if untitled == len(headings) and marked * 2 < untitled:
        return []  # narrative ("President Harris called ..."): its items' headings were lost
    return headings


def is_row_table(lines: list[Line]) -> bool:
    """A table whose rows are parted by a "|" alone on its line: a committee page's items,
    a row each, however many sentences a row holds. Marks only above the first running
    text part the cells of the meeting's heading ("Date" / "|" / "Tuesday, 9 May"), not
    its items."""
    first = next((at for at, line in enumerate(lines) if is_running_text(line.text)), len(lines))
    return sum(line.text == "|" for line in lines[first:]) >= MIN_ROW_MARKS


def is_running_text(text: str) -> bool:
    """A sentence, not a heading's labelled cell ("Time: 10.00 a.m.")."""
    label, colon, _ = text.partition(":")
    return is_body_text(text) and not (colon and len(label.split()) <= MAX_CELL_LABEL_WORDS)


MAX_CELL_LABEL_WORDS = 3


def reads_as_business(text: str) -> bool:
    """A paragraph that reads as a piece of business: it says where it starts (a bullet, a
    title as in "PUBLIC WORKS: ...", a word in capitals as in "MOTION to ...", a motion)
    or records a motion or what was decided ("The February minutes were approved as read")."""
    first = text.split(None, 1)[0] if text.strip() else ""
    capitals = len(first) >= 3 and first.isupper()
    opens = text.startswith("- ") or capitals or bool(MOTION.match(text) or opening_title(text))
    return opens or records_decision(text) or is_motion(text)


def paragraph_evidence(reason: str) -> Evidence:
    """Why a paragraph heads an item, for --explain: no heading was found anywhere."""
    evidence = Evidence()
    evidence.add(1, f"{reason}, in minutes with no headings")
    return evidence


def paragraph_title(text: str) -> str:
    """A paragraph's title: the title it opens with ("Oaths of Office – Celina read ..."),
    else its first sentence or clause."""
    opened = opening_title(text)
    if opened and len(opened["label"].split()) <= 8:
        return opened["label"].strip()
    return first_clause(text)[0]


def paragraph_blocks(lines: list[Line], rows: bool = False) -> list[tuple[int, list[str]]]:
    """Paragraphs: (index of the first line, the lines' texts). A paragraph starts after a
    blank line, after a line that ends a sentence or is longer than any wrapped one (text
    a paragraph a line), and at a bullet; in a table whose rows are parted by a lone "|"
    (a committee page's items), a paragraph is a row, however many sentences it holds."""
    blocks: list[tuple[int, list[str]]] = []
    previous, blank, row_ended = "", True, False
    for index, line in enumerate(lines):
        if not line.text:
            blank, row_ended = True, row_ended or line.row_end
            continue
        ends_row = previous.endswith("|") or row_ended
        starts = ends_row or not previous or (not rows and opens_paragraph(previous, blank))
        if blocks and not (starts or line.text.startswith("- ")):
            blocks[-1][1].append(line.text)
        else:
            blocks.append((index, [line.text]))
        previous, blank, row_ended = line.text, False, False
    return blocks


def opens_business_paragraph(block: list[str]) -> bool:
    """The first paragraph past the meeting's heading: running text that neither names the
    meeting ("The Board met in session on ...") nor lists who came."""
    text = " ".join(block)
    return (
        is_body_text(text)
        and not is_attendance_paragraph(block)
        and not MEETING_OPENING.match(text[:200])
        and not (DATE.search(text) and len(text.split()) <= 8)  # "January 4, 2021 7 p.m."
    )


def is_attendance_paragraph(block: list[str]) -> bool:
    """ "Board members present: ...", "The Board met ... with the following members
    present", or a list of names and roles."""
    text = " ".join(block)
    if ATTENDANCE_LABEL.search(text.split(":", 1)[0]) or re.search(
        r"\b(?:present|absent|quorum)\b", text[:300], re.IGNORECASE
    ):
        return True
    names = [part for part in re.split(r",|;|\band\b", text) if part.strip()]
    return sum(is_attendee_entry(part.strip()) for part in names) * 2 > len(names)


def is_title_line(text: str) -> bool:
    """A paragraph of a title's shape ("No old business", "New business:", "Business.",
    "Public Comment: None")."""
    title = paragraph_heading(text)
    value = text.split(":", 1)[1] if ":" in text else ""
    return (
        could_be_title(title)
        and len(title.split()) <= 8
        and len(value.split()) <= 2
        and not is_body_text(titled_line(text))
        and not ATTENDANCE_LABEL.search(title)
        and not is_part_label(title)  # "Nays"
        and not OUTCOME.match(title)  # "Motion Carried"
        and not MOTION.match(title)  # "Moved by A" cut at the page's end
        and not re.search(r"\d$", title)  # "Rollin Foundation 40,000": a list's amount
    )


def paragraph_heading(text: str) -> str:
    """A title line as a title: "Business." and "Public Comment: None" are headed
    "Business" and "Public Comment"."""
    title = titled_line(text).split(":")[0].rstrip(" :")
    return title[:-1] if title.endswith(".") and len(title.split()) == 1 else title


def bullet_outline(lines: list[Line]) -> list[HeadingCandidate]:
    """Minutes written as a bulleted list two levels deep or more ("  • Approval of
    agenda (SG/BY)" / "  • Reports:" / "    • Finance Report (verbal report given)"):
    the bullets at the margin are the items, the deeper ones their points. Short
    bullets only: a list of sentences is one of points, not of titles."""
    attending = attendance_bullets(lines)
    bullets = [
        (i, line)
        for i, line in enumerate(lines)
        if line.text.startswith("- ") and i not in attending
    ]
    if not bullets:
        return []
    margin = min(line.indent for _, line in bullets)
    top = [(i, line) for i, line in bullets if line.indent == margin]
    deeper = [i for i, line in bullets if line.indent >= margin + MIN_INDENT_STEP]
    if len(top) < MIN_OUTLINE_ITEMS or (len(deeper) < MIN_POINTS and not apart(top, lines)):
        return []
    if len(deeper) < MIN_POINTS and numbered_between(top, lines):
        return []  # "- MATTERS ARISING" ... "7. DALC subscription" ... "- Risk Assessment"
    split = [(i, *split_title_from_body(line.text[2:].rstrip(" :"))) for i, line in top]
    split = [entry for entry in split if not ATTENDANCE_LABEL.search(entry[1].lower())]
    titled = [title for _, title, _ in split if is_outline_title(title)]
    if len(titled) < OUTLINE_TITLED_SHARE * len(top):
        return []
    evidence = Evidence()
    evidence.add(1, "a bullet at the margin of a bulleted outline")
    return [HeadingCandidate(i, "", title, rest, 1, evidence=evidence) for i, title, rest in split]


def attendance_bullets(lines: list[Line]) -> set[int]:
    """The bullets under "PRESENT:" or "ALSO PRESENT:", one after another, or each after
    the name whose post it gives ("Ann Bee" / "- Chair"): who attended, not an outline's
    items."""
    found: set[int] = set()
    under_label = False
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if line.text.startswith("- "):
            if under_label:
                found.add(index)
            continue
        if under_label and (is_attendee_entry(line.text) or named_over_post(lines, index)):
            continue
        under_label = bool(ATTENDANCE_LABEL.search(line.text.rstrip(" :-")))
    return found


def named_over_post(lines: list[Line], index: int) -> bool:
    """A person's name over the bullet of their post: "Ann Bee" / "- Vice Chair"."""
    following = next_text(lines, index)
    post = following is not None and is_post_bullet(lines[following].text)
    return post and bool(PERSON_NAME.fullmatch(lines[index].text))


def apart(bullets: list[tuple[int, Line]], lines: list[Line]) -> bool:
    """Bullets that each stand over text of their own ("  • Accounts of the Union" /
    "Passed"), never one straight after another as a list's do."""
    for i, _ in bullets:
        following = next_text(lines, i)
        if following is None or lines[following].text.startswith("- "):
            return False
    return True


def numbered_between(bullets: list[tuple[int, Line]], lines: list[Line]) -> bool:
    """A numbered title among the bullets: headings printed two ways, not an outline."""
    first, last = bullets[0][0], bullets[-1][0]
    for line in lines[first:last]:
        match = NUMBERED_LINE.match(line.text)
        title = match and match["token"].isdigit() and (match["title"] or match["glued"])
        if title and looks_like_title(title) and len(title.split()) <= OUTLINE_TITLE_WORDS:
            return True
    return False


def is_outline_title(title: str) -> bool:
    return could_be_title(title) and 0 < len(title.split()) <= OUTLINE_TITLE_WORDS


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
    if len(named) > 1 and ONE_ITEM_PAGE.match(named[0]):
        first = named[1]  # "Agenda item" above the item's title
    first = DATED_TITLE.sub("", first)  # "11/10/2023 - Adoption of the Tree Policy"
    title = first if len(first) <= 80 else first[:80].rsplit(" ", 1)[0] + " \u2026"
    return Segments(preamble, [RawItem("", title or "Full text", texts)], [], "whole")
