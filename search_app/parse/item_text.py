"""An item once its heading is chosen: its closing lines split off, its parts
(agenda wording, "Minutes:", "RESOLVED") apart, labels and signatures dropped, and a
title that wrapped onto the next line joined again."""

from __future__ import annotations

import re

from search_app.parse.candidates import RawItem
from search_app.parse.layout import MINUTES_LABEL
from search_app.parse.lines import (
    TERMINAL,
    continues_paragraph,
    ends_mid_sentence,
    ends_on_joining_word,
    ends_unfinished,
    join_two,
    shouts,
)
from search_app.parse.meeting import breaks_a_date
from search_app.parse.numbered import FULL_LINE, MAX_TITLE_REST_WORDS
from search_app.parse.numbering import NUMBERED_LINE
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import (
    ATTENDANCE_LABEL,
    ITEM_PART,
    LIST_ENDINGS,
    MOTION,
    OUTCOME,
    is_attendee_entry,
    is_capitals_line,
    is_part_label,
)
from search_app.parse.titles import is_sentence, is_status, names_people
from search_app.parse.unnumbered import NO_BUSINESS, ends_with_a_mark

END_OF_MEETING = re.compile(
    r"^\(?(?:the\s+)?(?:(?:meeting|proceedings|committee|panel)\s+"
    r"(?:ended|closed|finished|concluded|rose|terminated)\b"
    r"|chair(?:man|woman|person)?\s+closed\s+the\s+meeting\b)",
    re.IGNORECASE,
)
SIGNATURE = re.compile(
    r"^(?:chair(?:man|woman|person)?|signed|date|dated|signature)\b[\s:._\u2026]*$", re.I
)

WRAPPED_TITLE_LINE = 1.1  # ... and one line of a title at most this long

LETTERED_POINT = re.compile(r"\(?[a-z]{1,2}[.)]\s|[a-z][.)](?=[A-Z][a-z])")  # or "a.From ..."

LIST_INTRODUCED = re.compile(r":\s*[-\u2013]$")

CUT_CONNECTIVES = frozenset("of and for to the with from &".split())  # no title ends so
CAPITALS_REST = re.compile(r"(?P<rest>[A-Z][A-Z&'/-]*(?:\s+[A-Z][A-Z&'/-]*)*)(?=\s+[A-Z]?[a-z]|$)")
# The rest of a title wrapped onto the next line, up to its label's colon or dash.
# ... or its last word or two, where a narrow column broke the label: "Report: Jim read ..."
BROKEN_LABEL = re.compile(
    r"(?P<rest>[A-Z][a-z'\u2019]+(?: [A-Z][a-z'\u2019]+)?)"
    r"(?::\s+|(?P<dash>\s[-\u2013\u2014]\s+))(?=\S)"
)
LABEL_REST = re.compile(
    r"(?P<rest>[A-Z][^.:;!?\u2013\u2014]{0,80}?)\s*(?::\s|\s[-\u2013\u2014]\s|\u2013)"
)
# ... up to its first stop, or a bracket closed at the line's end: "Committee (if applicable)"
TITLE_REST = re.compile(
    r"(?P<rest>[^.:;(]{1,80}?(?:\s*\([^().]{1,40}\)(?=\s*$))?)"
    r"(?:[.:;](?=\s|$)|\s[-\u2013\u2014]\s|(?=\()|$)"
)

MAX_CAPITALS_RUN_ON = 15  # words of a title in capitals that goes on below it, at most


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
    if not any(ITEM_PART.match(t) for t in item.lines):
        return
    parts: dict[str, list[str]] = {"agenda": [], "decision": [], "minutes": []}
    current = "agenda"
    for text in item.lines:
        if ITEM_PART.match(text):
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


def rejoin_wrapped_title(item: RawItem, width: int | None, first_line: str = "") -> None:
    """A long title that wrapped: "... to provide hotel" / "and village shop and ...".

    The next line must plainly continue it (it starts in lower case); once it has, a
    last short line that ran on from the margin ("Factory, North Street for Homes")
    joins too.
    """
    rejoin_title_from_agenda(item, width, first_line)
    last = ""  # the line last joined on, once one has been
    for _ in range(3):
        following = next((t for t in item.lines if t), "")
        if label_broken_below(item):
            return
        if cut_after_connective(item, following) or label_rest_below(item, width):
            continue
        run_on = item.number and item.lines and following == item.lines[0]
        if run_on and capitals_run_on(item.title, following):
            item.title = f"{item.title} {following}"  # "4. APPROVAL OF" / "MINUTES": no gap
            item.lines.remove(following)
            continue
        if run_on and business_in_a_narrow_cell(item.title, following, item.lines[1:2]):
            item.title = f"{item.title} {following}"  # "3 Public" / "Forum" / "3.1 Ann Bee"
            item.lines.remove(following)
            return
        lower = following[:1].islower() and not item.title.endswith((".", ":", "?", following))
        point = LETTERED_POINT.match(following)  # "a. AP welcomed Rob ...", "a) Bills"
        lower = lower and not point
        # ... but a whole title in capitals has ended: "CALL TO ORDER" / "the Meeting was ..."
        lower = lower and not (is_capitals_line(item.title) and not ends_mid_sentence(item.title))
        if not following or (len(item.title.split()) < 5 and not lower) or following[:1] in "-(":
            return
        if point:
            return  # a point under the title is no part of it
        plainly = continues_paragraph(item.title, following, width) and following[:1].islower()
        ran_on = (
            width
            and len(last) >= 0.5 * width
            and not following.endswith((".", ":"))
            and len(following) < 0.85 * width
            and not is_sentence(following)
        )
        # "... AND PLEDGE OF" / "ALLEGIANCE TO THE TEXAS FLAG": capitals broken after a connective
        capitals = is_capitals_line(following) and shouts(item.title)
        # ... or a title in capitals that reached the margin: "... MEMBERS OF THE PUBLIC" /
        # "TO SPEAK TO THE BOARD ON ANY SUBJECT ..."
        full = bool(width) and len(last or item.title) >= FULL_LINE * width
        # ... or a date the line broke: "... REGULAR MEETING OF MARCH 4," / "2009"
        date = breaks_a_date(item.title.title(), " ".join(following.split()[:2]))
        capitals = capitals and (ends_mid_sentence(item.title) or full)
        # ... or a title left hanging: "8. Minutes of Audit Committee meeting held" / "Wednesday
        # 17 June 2020"
        hanging = (ends_mid_sentence(item.title) or item.title.endswith(" held")) and not (
            LIST_INTRODUCED.search(item.title)  # "Items noted: -" / "Submitted response ..."
            or is_sentence(following)
            or (
                len(following.split()) > MAX_TITLE_REST_WORDS
                and not ends_on_joining_word(item.title)
            )
            or ends_with_a_mark(following)  # "Presidents Report –" / "Arbitration summary –"
        )
        margin = reached_the_margin(item.title, first_line, following, width) and not last
        if not (plainly or ran_on or date or capitals or hanging or margin):
            return
        item.title = join_two(item.title, following)  # "Redevelop-" / "ment ...": whole
        item.lines.remove(following)
        last = following


def join_titles_of_a_narrow_column(items: list[RawItem], same_line: list[bool]) -> None:
    """Titles printed in a narrow column, each broken after a word or a few ("5 Public" /
    "Speaking Time for Items Relating to the Agenda", "6 Members'" / "Business", "6
    Outstanding Business from Previous" / "Meetings."), the minute below: a second line
    in title case under a short numbered title continues it, once the document shows the
    break twice or more. One title over such a line ("2 Correspondence" / "Elm Lane
    Residents Group") proves no column; known business, or a status, a name, a sentence or
    a point below, never continues a title.
    `same_line` says which items' text began on their heading's line."""
    broken = [
        item
        for item, shared in zip(items, same_line, strict=True)
        if not shared and item.number and title_broken_in_a_column(item.title, item.lines)
    ]
    if len(broken) < MIN_COLUMN_BREAKS:
        return
    for item in broken:
        item.title = f"{item.title} {item.lines[0]}"
        del item.lines[0]


MIN_COLUMN_BREAKS = 2  # titles broken so, at least, to show a narrow column
MAX_COLUMN_TITLE_WORDS = 6  # words of a title's first line in a narrow column, at most
MAX_COLUMN_REST_WORDS = 8  # ... and of its second line
MAX_STOPPED_REST_WORDS = 2  # ... which ends the title with a stop only when this short


def title_broken_in_a_column(title: str, lines: list[str]) -> bool:
    """A short title with no end ("Public", "Outstanding Business from Previous"), then,
    straight below, a short line in title case that is no sentence, status, name or point,
    ending in a stop only when it is a word or two ("from Previous" / "Meetings.")."""
    following = lines[0] if lines else ""
    words, rest = title.split(), following.split()
    if not (0 < len(words) <= MAX_COLUMN_TITLE_WORDS and 0 < len(rest) <= MAX_COLUMN_REST_WORDS):
        return False
    if title.endswith((".", ":", ";", "?", "!", ")")) or not following[:1].isupper():
        return False
    if is_procedural(title):
        return False  # "3 Apologies" / "Jane Bee": known business, whole on its line
    stopped = following.endswith(".") and len(rest) > MAX_STOPPED_REST_WORDS
    capitalised = sum(word[:1].isupper() for word in rest) * 2 > len(rest)
    return (
        capitalised
        and not stopped
        and not any(mark in following for mark in ":;,")  # "Report from Ann Bee, Clerk"
        and not is_sentence(following)
        and not is_status(rest)
        and not names_people(following)
        and not NUMBERED_LINE.match(following)
        and not LETTERED_POINT.match(following)
        and not OUTLINE_POINT.match(following)
        and not is_part_label(following)
    )


OUTLINE_POINT = re.compile(r"^(?:[IVXL]+|\d+|[A-Z])(?:\.[A-Z\d]{1,3})+\.?\s")  # "V.A. Architects"


def business_in_a_narrow_cell(title: str, following: str, after: list[str]) -> bool:
    """A known piece of business broken in a narrow cell, a word or two a line: "Public" /
    "Forum", then a numbered line, a cell's end or nothing ("Apologies" / "Cllr Bee" is
    the item's text)."""
    words, rest = title.split(), following.split()
    if not (words and rest and len(words) <= 2 and len(rest) <= 2 and following[-1:].isalpha()):
        return False
    ends = not after or not after[0] or after[0] == "|" or bool(NUMBERED_LINE.match(after[0]))
    joined = f"{title} {following}"
    return ends and rest[0][:1].isupper() and is_procedural(joined) and not is_procedural(title)


def reached_the_margin(title: str, first_line: str, following: str, width: int | None) -> bool:
    """A title in title case whose line reached the margin ("MM21/03  Environmental
    Planning and Assessment") goes on below in title case ("Amendment (Infrastructure
    Contributions) Bill 2021", "Licence - Alexandra Park"): not a page's number, a
    heading in capitals, known business, an outcome, nor a sentence or its start."""
    words = following.split()
    return (
        bool(width)
        and max(len(first_line), len(title)) >= FULL_LINE * (width or 0)
        and not title.endswith((".", ":", ";", ")"))  # "... (Standing Order 17A)": ended
        and not title[-1:].isdigit()  # "... Recommendations 2": a contents line's page
        and 0 < len(words) <= MAX_TITLE_REST_WORDS
        and len(following) < 0.85 * (width or 0)
        and following[:1].isupper()
        and not is_capitals_line(following)
        # in title case, as the title is; the agenda's wording ("To discuss ... to Parish" /
        # "Councils/employers in light of ...") goes on as the sentence it is
        and (title.startswith("To ") or sum(word[:1].isupper() for word in words) * 2 > len(words))
        and not following.endswith((".", ":"))
        and not ends_mid_sentence(following)
        and not is_procedural(following)
        and not OUTCOME.match(following)
        and not is_sentence(following)
    )


def rejoin_title_from_agenda(item: RawItem, width: int | None, first_line: str) -> None:
    """A title left hanging, or reaching the margin, whose rest was read as the agenda's
    wording, the part above a "Minutes:" label ("... Prince Philip, Duke of" /
    "Edinburgh" / "Minutes:", "... Former Councillor Bill" / "Egerton" / "Minutes:")."""
    rest = next((text for text in item.agenda if text), "")
    wrapped = ends_mid_sentence(item.title) or reached_the_margin(
        item.title, first_line, rest, width
    )
    # ... or going on in lower case, as only a sentence's rest does ("... of General Public" /
    # "to the Chamber where Numbers Necessitate")
    wrapped = wrapped or (rest[:1].islower() and not item.title.endswith(TERMINAL))
    if rest and wrapped and len(rest.split()) <= MAX_TITLE_REST_WORDS and not is_sentence(rest):
        item.title = join_two(item.title, rest)
        item.agenda.remove(rest)


def label_rest_below(item: RawItem, width: int | None) -> bool:
    """A numbered title that ran to the margin goes on, on the line straight below, up to
    its label's colon or dash ("85/23 Public Observations on Matters Arising and Agenda" /
    "Items Being Discussed at this Meeting: There were no ..."); the rest of that line
    stays the item's text. Never a part's label ("RESOLVED:"), a person's or who came."""
    if not (width and item.number and item.lines and item.lines[0]):
        return False
    printed = len(f"{item.number} {item.title}")
    if not FULL_LINE * width <= printed <= WRAPPED_TITLE_LINE * width:
        return False  # not one line that ran to the margin (nor a title joined already)
    if item.title.endswith(LIST_ENDINGS):
        return False
    rest = LABEL_REST.match(item.lines[0])
    if not rest or not 2 <= len(rest["rest"].split()) <= MAX_TITLE_REST_WORDS:
        return False  # "Discussed – response to follow": a table's next column, one word
    if labels_no_title(rest["rest"]) or item.title.endswith("."):
        return False  # "Motion By: Commissioner Lee" under a title that ended its sentence
    take_title_rest(item, 0, rest)
    return True


def labels_no_title(label: str) -> bool:
    """A label below a title that is no rest of it: a part's ("RESOLVED:"), a motion's
    ("Motion By:"), a person's or who came."""
    return bool(
        is_part_label(label)
        or ATTENDANCE_LABEL.search(label)
        or is_attendee_entry(label)
        or MOTION.match(label)
    )


def label_broken_below(item: RawItem) -> bool:
    """A "Title: text" label broken in a narrow column, its first word alone on a line
    that cannot end a title ("Secretary's" / "Report: Jim read the minutes ..."): the
    title is the whole label. Never a part's label ("Resolved:"), a person's or who came."""
    if len(item.title.split()) > 2 or not item.lines:
        return False
    rest = BROKEN_LABEL.match(item.lines[0])
    if not rest:
        return False
    label = rest["rest"]
    # "Police" / "Report \u2013 There were ...": one word, then the one that ends the title
    cut = rest["dash"] and " " not in item.title + label and not labels_no_title(item.title)
    if not (ends_unfinished(item.title) or cut):
        return False
    if labels_no_title(label) or is_capitals_line(item.title) != is_capitals_line(label):
        return False
    take_title_rest(item, 0, rest)
    return True


def cut_after_connective(item: RawItem, following: str) -> bool:
    """A title that stops on "of", "and", "the" ("C. Receipt of Item(s) of" / "Corres-
    pondence. (None. ...)") goes on with the next line's words up to its first stop; the
    rest of that line stays the item's text."""
    words = item.title.split()
    # ... or a title in capitals whose next line opens with one: "2. APPROVAL" / "OF JULY
    # MINUTES. Mr. Bee moved ..."
    opens = following.split(" ", 1)[0]
    joined_on = (
        is_capitals_line(item.title) and opens.isupper() and opens.lower() in CUT_CONNECTIVES
    )
    cut = bool(words) and words[-1].lower() in CUT_CONNECTIVES
    if not (cut or joined_on) or not following[:1].isalpha():
        return False
    # a title in capitals goes on with the capitals: "... FOR" / "LEAVE OF ABSENCE Present Cr"
    rest = (shouts(item.title) and CAPITALS_REST.match(following)) or TITLE_REST.match(following)
    if not rest or len(rest["rest"].split()) > MAX_TITLE_REST_WORDS:
        return False
    if item.title.endswith(rest["rest"].strip()):
        return False  # "CONFIRMATION OF MINUTES" / "OF MINUTES": joined already
    take_title_rest(item, item.lines.index(following), rest)
    return True


def take_title_rest(item: RawItem, at: int, rest: re.Match) -> None:
    """The title goes on with the start of its item's line `at` (`rest`'s "rest"); the rest
    of that line stays the item's text."""
    item.title = f"{item.title} {rest['rest'].strip()}"
    remainder = item.lines[at][rest.end() :].strip()
    item.lines[at : at + 1] = [remainder] if remainder else []


def capitals_run_on(title: str, following: str) -> bool:
    """A numbered title in capitals goes on, with no gap, on a line in capitals that is
    no sentence, outcome, person or note ("NONE"), nor the title's own last words again."""
    words = following.split()
    return (
        (shouts(title) or is_capitals_line(title))  # "1. OPENING" / "MEETING": short, too
        and not title.endswith(following)
        and is_capitals_line(following)
        and len(words) <= MAX_CAPITALS_RUN_ON
        and not following.endswith((".", ":"))
        and not OUTCOME.match(following)
        and not is_part_label(following)
        and not is_attendee_entry(following)
        and words[0].lower() not in NO_BUSINESS
    )


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
        # ... set apart by the break's blank lines, not a wrapped line of the sentence itself
        # ("seconded by" / "Director Lopez and", "Lopez and" / "Robak" / "Noes: None")
        apart = not item.lines[index - 1] or not item.lines[min(index + 1, len(item.lines) - 1)]
        interrupts = ends_mid_sentence(before) and apart
        if is_fragment and interrupts and not ends_mid_sentence(text):
            item.title = f"{item.title} {text}"
            del item.lines[index]
            return
