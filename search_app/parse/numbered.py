"""Numbered headings: every line that opens with a number (or a minute reference)
is a candidate with its evidence, read every way its number can be read ("AM119" is item
1 of 2019 or item 119); the longest run of readings that follow each other is the
numbered scheme (a longest path in a DAG), with its repairs: an outline's top level in
Roman numerals, a list numbered again from 1, a contents table's rows, the minutes after
their agenda."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from search_app.parse.candidates import HeadingCandidate
from search_app.parse.decisions import DECISION_START, LABEL_ONLY, is_motion, records_decision
from search_app.parse.lexicon import describes_or_acts
from search_app.parse.lines import (
    LIST_MARKER,
    MONTH,
    TERMINAL,
    WRAPPED_AT,
    Line,
    cell_text,
    comparable_words,
    continues_paragraph,
    ends_mid_sentence,
    ends_unfinished,
)
from search_app.parse.numbering import (
    CAPITALS_THEN_NUMBER,
    NAMED_NUMBERS,
    NUMBER_WORD,
    NUMBERED_LINE,
    NUMBERED_ORDERS,
    TRAILING_ITEM,
    TRAILING_NUMBER,
    Reading,
    next_numbers,
    outline_parent,
    printed_number,
    readings,
)
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import (
    ATTENDANCE_LABEL,
    HEADING,
    INITIAL_SURNAME,
    MINUTES_ALONE,
    MONTHS,
    MOTION,
    NOT_IN_TITLES,
    OUTCOME,
    RESOLUTION_LABEL,
    RESOLVED_WORDING,
    SENTENCE_STARTERS,
    VOTE_COUNT,
    Evidence,
    could_be_title,
    has_a_verb,
    introduces_list,
    is_attendee_entry,
    is_body_text,
    is_capitals_line,
    is_initialled_person_acting,
    is_part_label,
    is_title_case,
    looks_like_title,
    lower_case_title,
    numbered_evidence,
    this_meeting,
    unnumbered_evidence,
)
from search_app.parse.titles import (
    FUNCTION_WORDS,
    SENTENCE_END,
    known_business_before_sentence,
    split_title_from_body,
)

ISSUE_PAGE = re.compile(r"^issue\s*[-\u2013]\s*\w+$", re.IGNORECASE)  # "Issue - meetings"
ISSUE_MEETING = re.compile(r"^Meeting:\s*\d{1,2}/\d{1,2}/\d{4}\s*-\s*\S")  # an issue's meeting

MEETING_MINUTES_END = re.compile(r"\bmeeting\s+minutes$", re.IGNORECASE)

UNTITLED_CELL = 0.35  # ... back to 0.7 for an untitled paragraph under a number alone
GAP_PENALTY = 0.5  # a skipped number (a withdrawn item) costs half an item ...
LONG_GAP_PENALTY = 0.1  # ... each past the second less: "3" then "9" is one gap, not six

LONGEST_WRAPPED_LINE = 160  # characters: a longer line was not wrapped, it is a paragraph
# "DISCLAIMER 5", "Lent course. 3": a contents entry
# ... after a word or a year: "LOAN AGREEMENT 2", "ANNUAL PLAN 2020/21 3", "... JUNE 2020 1"
PAGE_AFTER_TITLE = re.compile(r"(?P<kept>[A-Za-z.)'\u2019]|\b(?:19|20)\d\d(?:/\d\d)?)\s+\d{1,3}$")

MONTH_AT_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")

MIN_UNCOUNTED = 3  # headings all numbered "1." before a list is taken to have lost its count
SAME_STYLE_BONUS = 0.1  # "1." after "2." rather than the page number "2 " beside it
OUTLINE_TITLE_WORDS = 12  # an outline's point longer than this is a paragraph

MIN_LISTED_ENTRIES = 3  # an agenda listed before its minutes, at least

BARE_LIST_SHARE = 0.75  # of its entries with no running text under them, at least
LAST_ENTRY_LINES = 6  # lines under a run's last heading that would hold its text
MIN_REPEATED_TITLES = 2  # lines below a bare list opening with its titles: its minutes
MIN_LISTED_PEOPLE = 3
REFERENCED_POINT = re.compile(
    r"^(?P<parent>[^/-]*\d[/-].*\d)[/-]\d{1,3}$"
)  # "20/07/01": of "20/07"
MIN_LISTED_WITH_POSTS = 6  # ... or this many, when their posts make the lines long
# The agenda's item label with its stop, colon or dash: "Item 1: ", "ITEM 2 - "
ITEM_LABEL_WORDS = r"(?:ITEM|Item)\s+\d{1,3}\s*[-\u2013:.]\s*"
# A second number before a title: an agenda number, or a minute reference (not a year:
# "2024/25 Budget monitoring"), or a resolution's number in its year ("133-2023 Roll Call"),
# or a part's letter before a title in capitals ("3. A. PROPOSED BUDGET", not "3. A. Bee").
SECOND_NUMBER = re.compile(
    r"^(?:\d{1,3}[.)]\s+|(?!(?:19|20)\d\d\b)\d{1,4}[./]\d{2,4}(?:[.:]\s)?\s*|[A-Z][.)]\s+(?=[A-Z]{3})"
    r"|(?!(?:19|20)\d\d\b)\d{1,4}(?:\.\d{1,2})?-(?:19|20)\d\d\s+"
    # ... or a document's reference and a spaced colon: "1. DOC-2017-151 : Accounts ..."
    r"|[A-Z]{2,5}-(?:19|20)\d\d-\d{1,5}\s+:\s+"
    # ... or the agenda's item after the minute's reference: "1920/104 ITEM 1 - Remarks"
    r"|(?:ITEM|Item)\s+\d{1,3}\s+"
    r"|\((?:a|i)\)\s+)(?=[A-Z])"  # ... or its first point's: "6) (a) Police \u2013 Since ..."
    # ... with its stop or colon, before a title in any case ("33/15 / Item 1: to approve ...")
    rf"|^{ITEM_LABEL_WORDS}(?=[A-Za-z])"
)
# The agenda's "Item 1:" before its wording in lower case: the label names it the title
ITEM_LABEL = re.compile(rf"{ITEM_LABEL_WORDS}[a-z]")
# A page's number, then the item's own with its stop or its label: "2 1. OPENING", "14 7)
# Finance", "1 Item 2: Minutes of ...".
PAGE_THEN_ITEM = re.compile(
    rf"^\d{{1,3}}\s+(?P<item>(?:\d{{1,3}}[.)]|{NUMBER_WORD}\d{{1,3}}[.:)]?)\s+(?-i:[A-Z]).*)$",
    re.IGNORECASE,
)
ROMAN_NUMBER = re.compile(r"[IVX]{1,5}")
MIN_ROMAN_ITEMS = 3  # Roman numerals heading an outline's top level, at least
WEAK_CHAIN_WEIGHT = 0.5  # a chain's mean weight below this: numbered sentences, not titles

MIN_INDENT_STEP = 2  # spaces: a list's next depth is set at least this much deeper
NUMBER_ALONE_IN_CELL = re.compile(
    r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]{0,6}[/:.-]?\d{1,4}[/:-][\w./:-]{1,12}"
    r"|[IVXivx]{1,5}|[A-Za-z])[.)]?\s*\|$"
)  # "1.1 |", "21/80 |" or "PR/24/3/1 |" over "Call to Order |" (not a year: "2019 |")

RESOLUTION = re.compile(r"^[\"'\u201c]?THAT\s+\w|^That\s+(?:[a-z]|Council\b)")  # "That members of"
MOTION_LINES = 6  # a motion's mover, seconder and wording come within this many lines

# A resolution numbered after a word or two of a margin title, its mover in capitals:
# "Minutes 19/086 GRAHAM: That the minutes of ... be accepted. Carried".
MARGIN_REFERENCE = re.compile(
    r"^(?P<margin>(?:[A-Z][\w'’-]*\s+){1,3})(?P<token>\d{2}/\d{2,4})\s+"
    r"(?P<rest>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)?:\s.*)$"
    # ... or a title in capitals in the margin, then the minute's reference and its text:
    # "HOUSING REVIEW 12/477 The Town Clerk reported ..."
    # (not a reference's own letters: "LA 17/27 Minutes ...")
    r"|^(?![A-Z]{1,4}\s+\d)(?P<capitals>(?:(?=\S*[A-Z])[A-Z\d][A-Z\d'’&-]+\s+){1,4})"
    # "... 12/477", "... PLA147/14", "MOORINGS 2953. The Harbour Master ...": a running count
    r"(?P<reference>(?:[A-Z]{1,4})?\d{2,4}/\d{2,4}|\d{3,5}(?=\.\s))\.?\s+"
    r"(?P<text>[A-Z].*)$"
    # ... or a margin title in mixed case, then a reference with the body's letters:
    # "Business out of same AB/88.99 1) ...", "Play Area PC/41 The Clerk ..."
    r"|^(?P<titled>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4})\s+"
    r"(?P<cited>[A-Z]{1,4}/\d{1,4}(?:\.\d{2,4})?|[A-Z]{1,4}\d{1,4}/\d{2,4})\s+"
    r"(?P<after>[A-Z\d(].*)$"
)

ITEM_WORD = re.compile(rf"^{NUMBER_WORD}\S", re.IGNORECASE)

FULL_LINE = 0.75  # of the text's width: a line this long may have wrapped at the margin

MIN_WRAPPED_LINE = 60  # characters: a shorter line was not wrapped at a page's margin

MAX_SUCCESSORS = 40  # candidates of the same next number weighed as a heading's successor

GLUED_NUMERAL = re.compile(r"[IVX]{1,5}\.(?:[A-Z]{2,}|[A-Z][a-z]{2,})")  # "II.ROLL", "II.Action"

# An entry's number alone, its text below ("(2)").
LONE_ENTRY_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")
LONE_ENTRY_LETTER = re.compile(r"^\(?[A-Za-z][.)]$")  # a resolution's part alone: "A.", "b)"

MAX_STACKED_NUMBERS = 2  # number lines between a number alone and its title, at most

MAX_WRAPPED_TITLE_LINES = 2  # lines a title wrapped onto above its trailing number, at most
MAX_TITLE_REST_WORDS = 8  # the rest of a title left hanging, on the next line, at most

MAX_ATTENDANCE_LINES = 12  # names under "Present:", one a line, at most
MAX_LABELS_BEFORE_NAMES = 2  # "Roll Call: Present: Ann Bee, ...": the list's label the second

DASH_BEFORE_TITLE = re.compile(r"^[-\u2013\u2014]\s+(?=[A-Z])")
ITEM_WAS = re.compile(r"^was\s+(?=\S)")
SUBJECT_MARKER = re.compile(r"^(?:IN\s+RE|In\s+re|RE|Re)\s*:\s*(?=[A-Z0-9]|$)")  # or alone above

MIN_LETTERED_RUNS = 2  # numbered items whose points are lettered from "a" again, at least
MIN_NUMBERS_ABOVE = 3  # ... or numbers counting up to the one item whose points they are

# "1.  Call to Order", "176/16 / Planning Matters": a heading, whatever ends the line above
DELIMITED_HEADING = re.compile(
    r"(?:\d{1,3}[.)]|\d{1,4}/\d{2,4})\s+(?:/\s+)?(?:\d{1,2}[:.]\d{2}\s|[A-Z])"
)
CODED_REFERENCE = re.compile(r"[A-Za-z]{1,4}\.?\d")  # a body's code on its minute: "CO.47"
DATE_FIRST = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\s+(?:[-\u2013]\s+)?(?=[A-Z])")
TIME_SLOT = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:[-\u2013]\s*)?(?=[A-Z])", re.IGNORECASE
)

RECORDING_CLOCK = re.compile(r"\d{1,2}:\d{2}:\d{2}")
REFERENCE_WORDS = frozenset(
    "item items minute minutes no number page paragraph section appendix".split()
)
# "PAR 1", "ABC DEF MIN01/...": a body's letters before the number; "hpc 001/14": its code
# in lower case, before a reference
PAR_NUMBER = re.compile(
    r"[A-Z]{2,4} \d|[a-z]{2,4} \d{1,4}/\d|(?:[A-Z]{2,6} ){1,2}[A-Z]{1,4}\d{1,4}/"
)

# "Action on Article #3.": a line's words, then the number that counts on, alone at its end
COUNTED_TEMPLATE = re.compile(
    r"^(?P<lead>[A-Z][A-Za-z'\u2019 ]{2,40}?)\s*#?\s?(?P<token>\d{1,3})\.?$"
)
MIN_COUNTED_TEMPLATES = 2
HEADED_TEXT_REACH = 5  # lines below a heading within which its running text starts
MIN_RUNNING_WORDS = 6  # words of a minute's text that say it runs on, not shouts a title
BETWEEN = "between"  # the delimiter of a number between its title and its text
# "- 4. Budget", "*123 Roads": a dash or star first; "th ITEM 4 ...": a superscript's
# ordinal ("5th" on the line above) that the PDF's text set at the start of the next line
MARKED_NUMBER = re.compile(
    r"^(?:(?:- |\*\s?|#{1,6}\s)(?=[(\d])|(?:st|nd|rd|th)\s(?=(?i:item)\s?\d|\d))"
)  # ... or a markdown heading's marks: "## 4. Budget"


def heading_candidates(lines: list[Line], width: int | None = None) -> list[HeadingCandidate]:
    """Every numbered line that could head an item. A list ("That Council:" then "1. Calls
    on ...") marks its entries until a line that is neither an entry nor its text. `width`
    is the text's wrap width, if it wraps: a line that ran to the margin is judged with
    the rest of its sentence."""
    candidates = []
    previous, in_list, in_resolution = "", False, False
    counted: set[str] = set()  # the numbers of the list's entries so far
    outer = ""  # ... and the number of the item the list is in
    for index, line in enumerate(lines):
        entry_text = bool(LONE_ENTRY_NUMBER.match(previous))  # "(1)" / "Councillor Bee ..."
        # ... or the entry above wrapped on to this line ("... for the November 7," / "2023
        # election.")
        wrapped = bool(line.text) and continues_paragraph(previous, line.text, width)
        wrapped = wrapped and bool(index) and bool(lines[index - 1].text)  # not past a blank
        wrapped = wrapped and not previous.endswith((":", ":-"))  # "... statement:-" ends it
        goes_on = continues_list(line.text) or entry_text or wrapped
        if introduces_list(previous) and not in_list:
            counted = set()
            outer = candidates[-1].number if candidates else ""
        in_list = introduces_list(previous) or (in_list and goes_on)
        number = LIST_ENTRY_NUMBER.match(line.text)
        if (
            in_list
            and number
            and (
                the_items_count_goes_on(counted, outer, number[1])
                or next_after_outer(counted, outer, number[1])
            )
        ):
            in_list = False  # "1. Ann Bee", "2. Cy Dee", then "2. Road repairs": the items' count
        elif in_list and number and not counted and previous.startswith("- "):
            in_list = False  # "Stores:" / "- Repainting ..." / "7. Projects": bullets, then not
        if in_list and number:
            counted.add(number[1])
        in_resolution = (in_resolution or bool(RESOLUTION_LABEL.match(previous))) and (
            goes_on or any(LONE_ENTRY_LETTER.match(text) for text in (line.text, previous))
        )
        # After a blank line the sentence before has ended, however it stopped.
        before = previous if index and lines[index - 1].text else ""
        if may_be_numbered(line.text) and not runs_on_into(before, line.text):
            candidate = heading_candidate(lines, index, in_list, width)
            # "RESOLVED:" / "A. To note ..." / "B. To recommend ...": one decision's parts
            if candidate and not in_resolution:
                candidates.append(candidate)
        # The line after "... as follows:" is the list's first entry, whatever it is; a
        # paragraph there ends the list ("c. Update:" / "Appendix F was replaced." / "4. ...").
        in_list = in_list and goes_on
        if line.text:
            previous = line.text
    candidates = without_counts_in_another_style(candidates)
    candidates = without_indented_points(without_initials(without_listed_people(candidates)), lines)
    candidates = without_referenced_points(with_counted_templates(candidates, lines))
    mark_contents_rows(candidates, lines)
    mark_points_under_a_title(candidates, lines)
    mark_motion_lists(candidates, lines)
    mark_initials_of_those_present(candidates, lines)
    mark_lettered_points(candidates)
    mark_references_printed_again(candidates)
    return candidates


def without_counts_in_another_style(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """A bare number before a sentence ("4 The Chairman welcomed ...") is an untitled item
    only where the document's titled headings are numbered bare too ("5 Matters Arising");
    under headings printed "2." it is a count or a list's entry ("3 Details of any
    contract ...")."""
    bare_titles = any(
        not c.delimiter and c.number.isdigit() and not c.evidence.counted and c.evidence.score >= 1
        for c in candidates
    )
    return candidates if bare_titles else [c for c in candidates if not c.evidence.counted]


def with_counted_templates(
    candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Lines alike but for a number at their end that counts on ("Action on Article #1.",
    "Action on Article #2.", each over its text): headings numbered at the end, the line
    their title. Two at least, each alone on its line with running text below."""
    taken = {c.index for c in candidates}
    found: dict[str, list[tuple[int, re.Match]]] = {}
    for index, line in enumerate(lines):
        match = COUNTED_TEMPLATE.match(line.text) if line.text[-1:] in ".0123456789" else None
        if match and index not in taken and heads_running_text(lines, index):
            found.setdefault(match["lead"].lower(), []).append((index, match))
    added = []
    for run in found.values():
        numbers = [int(match["token"]) for _, match in run]
        if len(run) < MIN_COUNTED_TEMPLATES or numbers != sorted(set(numbers)) or numbers[0] > 2:
            continue
        for index, match in run:
            evidence = Evidence()
            evidence.add(1, "one of lines alike but for a number that counts on")
            title = match[0].rstrip(". ")
            token = match["token"]
            added.append(
                HeadingCandidate(index, token, title, "", 1, readings(token), "template", evidence)
            )
    return sorted(candidates + added, key=lambda c: c.index)


def heads_running_text(lines: list[Line], index: int) -> bool:
    """The next line with text, or the one after it, is running text, not a numbered one
    (within HEADED_TEXT_REACH lines of the heading)."""
    first = next_text(lines, index)
    second = next_text(lines, first) if first is not None else None
    below = [i for i in (first, second) if i is not None and i <= index + HEADED_TEXT_REACH]
    if below and NUMBERED_LINE.match(lines[below[0]].text):
        return False
    return any(is_body_text(lines[i].text) for i in below)


def mark_references_printed_again(candidates: list[HeadingCandidate]) -> None:
    """A numbered line printed again a few lines below as the next numbered line ("Min 98.
    River Fund award." twice, under two members' declarations) is a reference to a minute,
    not its heading: a heading is printed once (a part of a meeting may start its count
    again, far below: "A. Roll Call")."""
    repeated: set[int] = set()  # positions in `candidates`, each marked once
    for at, (here, next_) in enumerate(itertools.pairwise(candidates)):
        near = next_.index - here.index <= REFERENCE_AGAIN_LINES
        if (
            near
            and here.number == next_.number
            and comparable(here.title) == comparable(next_.title)
        ):
            repeated |= {at, at + 1}
    for at in sorted(repeated):
        candidates[at].evidence.add(
            -1, "printed again as the next number: a reference to a minute, not its heading"
        )


REFERENCE_AGAIN_LINES = 12  # lines from a reference to the same printed again, at most
MIN_REPEATED_INITIALS = 3
MOTION_ENTRY_LINES = 3  # lines of one entry of a motion's list, at most


def mark_motion_lists(candidates: list[HeadingCandidate], lines: list[Line]) -> None:
    """Numbered lines one after another between a motion and its outcome ("Motion to approve
    the Consent Agenda." / "1. Approve Minutes ..." / "2. Approve Disbursements ... Motion
    carried.") are what the motion put, not items: the motion is still open above the
    first, and only the last records the outcome."""
    for start, end in runs(candidates, lambda here, next_: counts_on(here, next_, lines)):
        run = candidates[start : end + 1]
        if len(run) < 2 or not motion_open_above(lines, run[0].index):
            continue
        stops = [entry.index for entry in run[1:]] + [len(lines)]
        texts = [
            entry_text(lines, entry.index, stop) for entry, stop in zip(run, stops, strict=True)
        ]
        after = text_under_paragraph(lines, run[-1].index)  # "Ayes: ... Motion carried."
        closing = f"{texts[-1]} {lines[after].text if after is not None else ''}"
        if records_decision(closing, moved=True) and not any(
            records_decision(text, moved=True) for text in texts[:-1]
        ):
            for entry in run:
                entry.evidence.add(-1, "an entry of the motion above (its outcome after the last)")
                entry.evidence.listed = True


def counts_on(here: HeadingCandidate, following: HeadingCandidate, lines: list[Line]) -> bool:
    """The next entry of one list: its number one more, nothing between but wrapped lines."""
    numbers = (here.number, following.number)
    counted = all(n.isdigit() for n in numbers) and int(numbers[1]) == int(numbers[0]) + 1
    return counted and adjacent(here, following, lines)


MOTION_TAIL = 200  # characters: the end of the line above, where a motion is still open


def motion_open_above(lines: list[Line], index: int) -> bool:
    """The end of the line above moves a motion and records no outcome yet."""
    above = previous_text(lines, index)
    tail = lines[above].text[-MOTION_TAIL:] if above is not None else ""
    return bool(tail) and is_motion(tail) and not records_decision(tail, moved=True)


def text_under_paragraph(lines: list[Line], index: int) -> int | None:
    """The first line with text after the paragraph that starts at `index` (a few lines on
    at most: the outcome stands close under a motion's last entry)."""
    near = range(index + 1, min(len(lines), index + 2 * MOTION_ENTRY_LINES))
    gap = next((j for j in near if not lines[j].text), None)
    return next((j for j in range(gap, near.stop) if lines[j].text), None) if gap else None


def entry_text(lines: list[Line], index: int, stop: int) -> str:
    """A numbered line with the lines that run on under it, up to a blank line or `stop`."""
    texts = []
    for line in lines[index : min(stop, index + MOTION_ENTRY_LINES)]:
        if not line.text:
            break
        texts.append(line.text)
    return " ".join(texts)


def mark_lettered_points(candidates: list[HeadingCandidate]) -> None:
    """Small letters that start again at "a" under each numbered heading ("1." / "a)",
    "2." / "a)", "b)") are the points of those items, not a run of their own."""
    numbered = [at for at, c in enumerate(candidates) if counted_number(c) is not None]
    runs = []
    for start, end in itertools.pairwise([*numbered, len(candidates)]):
        run = [c for c in candidates[start + 1 : end] if is_small_letter(c)]
        if run and starts_a_letters_run(run[0]):
            runs.append(run)
    # ... or once, under an item of a run of numbers ("4." / "5. Matters arising" / "a.", "b.")
    if len(runs) < MIN_LETTERED_RUNS and not (runs and numbered_around(candidates, runs[0])):
        return
    for run in runs:
        for point in run:
            point.evidence.add(-0.6, "a lettered point under a numbered item ('1.' / 'a)')")


def numbered_around(candidates: list[HeadingCandidate], run: list[HeadingCandidate]) -> bool:
    """Numbers that count up to the heading a lettered run stands under ("3.", "4.", "5."
    above "a."), or on past it ("1.", "2." above "a.", "b.", and "3." below): items, whose
    lettered run is one item's points."""
    first, last = run[0].index, run[-1].index
    numbers = [(c.index, n) for c in candidates if (n := counted_number(c)) is not None]
    above = [n for index, n in numbers if index < first]
    below = [n for index, n in numbers if index > last]
    counted = above[-MIN_NUMBERS_ABOVE:] + below[:1]
    return any(
        counted[at : at + MIN_NUMBERS_ABOVE]
        == list(range(counted[at], counted[at] + MIN_NUMBERS_ABOVE))
        for at in range(len(counted) - MIN_NUMBERS_ABOVE + 1)
    )


def counted_number(candidate: HeadingCandidate) -> int | None:
    """The count a numbered heading stands at ("4." is 4, "25/09" is 9), not a letter's."""
    if not any(c.isdigit() for c in candidate.number) or is_lettered(candidate):
        return None
    return next((r.running for r in candidate.readings), None)


def is_lettered(candidate: HeadingCandidate) -> bool:
    """ "B.", "c)", "(a)": a letter, not a number."""
    return any(r.style[0] in ("letter", "small letter") for r in candidate.readings)


def starts_a_letters_run(candidate: HeadingCandidate) -> bool:
    """ "a)", "a.", "(a)": the first of small letters, however bracketed."""
    return any(r.style[0] == "small letter" and r.running == 1 for r in candidate.readings)


def is_small_letter(candidate: HeadingCandidate) -> bool:
    return any(r.style[0] == "small letter" for r in candidate.readings)


def without_indented_points(
    candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A list printed with its depth in spaces ("  1. Call to Order" / "    1. Second:
    Ombudsman"): numbered lines set deeper than the margin of the document's numbered
    headings (the least indent two of them share), below one of those headings, are
    points of its item, two at least."""
    indents = Counter(lines[c.index].indent for c in candidates)
    margin = min((indent for indent, count in indents.items() if count >= 2), default=None)
    if margin is None:
        return candidates
    first = min(c.index for c in candidates if lines[c.index].indent == margin)
    deeper = {
        c.index
        for c in candidates
        if c.index > first and lines[c.index].indent >= margin + MIN_INDENT_STEP
    }
    if len(deeper) < 2 or deeper_count_into_margin(candidates, deeper):
        return candidates
    if continues_the_margin(candidates, deeper):
        return candidates
    return [c for c in candidates if c.index not in deeper]


def continues_the_margin(candidates: list[HeadingCandidate], deeper: set[int]) -> bool:
    """ "10." at the margin, then "  • 11." and "    12.": the deeper lines go on with
    the margin's count where they start, as no list of points does (its count starts
    afresh); a page's list markup set them in, not a depth."""
    first = next(c for c in candidates if c.index in deeper)
    before = [c for c in candidates if c.index < first.index and c.index not in deeper]
    return any(succeeds(here, first) for here in before[-MARGIN_LOOKBACK:])


MARGIN_LOOKBACK = 3  # margin headings above the first deeper one that it may count on from


def deeper_count_into_margin(candidates: list[HeadingCandidate], deeper: set[int]) -> bool:
    """ "  3. MINUTES" then "4 OPEN SESSION": a line at the margin goes on with the count of
    the deeper ones just above it, not with the margin's own, so the spaces are a page's
    list, not a depth."""
    margin_before: HeadingCandidate | None = None
    for here, following in itertools.pairwise(candidates):
        if here.index not in deeper:
            margin_before = here
            continue
        counts_on_here = following.index not in deeper and succeeds(here, following)
        if counts_on_here and not (margin_before and succeeds(margin_before, following)):
            return True
    return False


def succeeds(here: HeadingCandidate, following: HeadingCandidate) -> bool:
    """The following number is the next of this one in a style they share."""
    return any(s.running == r.running + 1 for r, s in same_style_readings(here, following))


def without_referenced_points(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """ "20/07 APOLOGIES" then "20/07/01 Apologies were received ...", "20/07/02 ...": a
    line numbered with an item's reference and one more part is a point of that item,
    below it; its text is the item's."""
    seen: set[str] = set()
    kept = []
    for candidate in candidates:
        parent = REFERENCED_POINT.match(candidate.number)
        if not (parent and parent["parent"] in seen):
            kept.append(candidate)
        seen.add(candidate.number)
    return kept


def without_listed_people(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """Numbered lines that only name a person ("1. Prof. A Bee, Vice-Chancellor.", "2.
    Dr.C.D Fay."), three or more: the numbered list of who attended, not items."""
    people = {c.index for c in candidates if is_attendee_entry(c.title)}
    if len(people) < MIN_LISTED_PEOPLE:
        # "1. Professor A. Bee Member Director (Officiating), Institute of ..." and many
        # more like it: people with long posts
        people = {c.index for c in candidates if is_attendee_entry(c.title, any_length=True)}
        if len(people) < MIN_LISTED_WITH_POSTS:
            return candidates
    return [c for c in candidates if c.index not in people]


def without_initials(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """A letter opening line after line with neither its neighbours in the alphabet ("J.
    OWENS MOVED ...", "J. WARD REPORTED ...") is people's initial, not a lettering: a list
    lettered again under each part ("A.", "B." / "A.", "B.") has its next letter too."""
    letters = Counter(c.number for c in candidates if re.fullmatch(r"[A-Z]", c.number))
    initials = {
        letter
        for letter, count in letters.items()
        if count >= MIN_REPEATED_INITIALS
        and not letters[chr(ord(letter) - 1)]
        and not letters[chr(ord(letter) + 1)]
    }
    return [c for c in candidates if c.number not in initials]


def mark_initials_of_those_present(candidates: list[HeadingCandidate], lines: list[Line]) -> None:
    """ "Apologies/Absent" / "V Dunn, M Reed, B Wells": an initial opening a list of
    who came or sent apologies, not item V."""
    for candidate in candidates:
        initial = len(candidate.number) == 1 and candidate.number.isalpha()
        surname = INITIAL_SURNAME.match(candidate.title) and "," in candidate.title
        if initial and surname and among_those_present(lines, candidate.index):
            candidate.evidence.add(-1, "an initial in the list of those present or apologising")


def runs_on_into(previous: str, text: str) -> bool:
    """The line before runs on into a number ("an interest in Item" / "15 Notice ...",
    "Feb." / "11/13 ...": a date). A line longer than any wrapped line was cut from
    flattened text before the number: where it ends says nothing of a sentence; nor does
    a list of names' last comma before a numbered heading ("..., Kim Barr," / "1.  Call
    to Order")."""
    if len(previous) > LONGEST_WRAPPED_LINE or text.startswith("\u00a7"):
        return False  # ... nor does a paragraph sign ("... Minutes" / "\u00a7 1 Opening")
    if previous.endswith(",") and DELIMITED_HEADING.match(text):
        return False
    return (
        ends_mid_sentence(previous)
        or ends_with_reference(previous)
        or bool(MONTH_AT_END.search(previous))
    )


def mark_points_under_a_title(candidates: list[HeadingCandidate], lines: list[Line]) -> None:
    """Numbered lines one after another, straight under a title line ("Rector's Report" /
    "1. Layout of chairs ..." / "2. House groups ..."), are that section's points, not
    items: weak evidence."""
    for start, end in runs(candidates, lambda here, next_: adjacent(here, next_, lines)):
        first = lines[candidates[start].index].text
        above = previous_text(lines, candidates[start].index)
        titled = above is not None and is_section_title(lines[above].text, first)
        titled = titled and not names_the_minutes(lines[above].text)  # "Minutes" / "1. ..."
        titled = titled and not among_those_present(lines, above)
        if end > start and titled and not lines[above].entry:  # a contents table's entries
            if start == 0 and end == len(candidates) - 1 and first_title(lines, above):
                break  # every numbered heading under the document's one title: the items
            for point in candidates[start : end + 1]:
                if not ITEM_WORD.match(lines[point.index].text):  # "ITEM - 1": an item
                    point.evidence.add(-1, "a point of the section the line above heads")


def runs(
    candidates: list[HeadingCandidate],
    joined: Callable[[HeadingCandidate, HeadingCandidate], bool],
) -> Iterator[tuple[int, int]]:
    """(first, last) positions of each run of candidates, each joined to the one before."""
    start = 0
    while start < len(candidates):
        end = start
        while end + 1 < len(candidates) and joined(candidates[end], candidates[end + 1]):
            end += 1
        yield start, end
        start = end + 1


def among_those_present(lines: list[Line], index: int) -> bool:
    """A line of the list under "Present:" or "Also Present:" ("Charlotte Kempson
    ASSISTANT CLERK"), or of a list that wrapped after its label's first names ("THOSE
    PRESENT: Ann Bee, Chair; ..." / "Cy Dee, Secretary"): no sentence between it and the
    label, a few lines up."""
    seen = 0
    for line in reversed(lines[:index]):
        if not line.text:
            continue
        labels = line.text.split(":")[:-1][:MAX_LABELS_BEFORE_NAMES]  # "Roll Call: Present: ..."
        if ATTENDANCE_LABEL.match(line.text) or any(map(ATTENDANCE_LABEL.search, labels)):
            return True
        seen += 1
        if seen > MAX_ATTENDANCE_LINES or line.text.endswith((".", "!", "?")):
            return False  # a sentence has ended the list ("Ann Bee, Clerk of the Board (Zoom)")
    return False


def names_the_minutes(text: str) -> bool:
    """ "Minutes", "DRAFT MINUTES", "Minutes of the Board Meeting": the document's own
    heading, over all of its items, never one section's title."""
    return bool(MINUTES_ALONE.match(text)) or this_meeting(text)


def first_title(lines: list[Line], index: int) -> bool:
    """No title line above this one: it titles the whole document ("Old Business" over
    "A.", "B.", "C."), not one section of several."""
    texts = [line.text for line in lines[:index] if line.text]
    if not texts:
        return True
    following = [*texts[1:], lines[index].text]
    pairs = zip(texts, following, strict=True)
    return not any(is_section_title(text, after) for text, after in pairs)


def adjacent(here: HeadingCandidate, following: HeadingCandidate, lines: list[Line]) -> bool:
    """Nothing but blank or wrapped lines between two numbered lines: a line that starts
    in lower case, or goes on with a sentence the line above left unfinished ("1. Does
    Council wish to confirm the appointment to the Conservation" / "Commission?")."""
    width = max((len(line.text) for line in lines[here.index : following.index]), default=0)
    before = lines[here.index + here.lines_used - 1].text
    for line in lines[here.index + here.lines_used : following.index]:
        wrapped = len(before) >= max(MIN_WRAPPED_LINE, FULL_LINE * width)
        goes_on = ends_mid_sentence(before) or (wrapped and not before.endswith(TERMINAL))
        if line.text and not (line.text[:1].islower() or goes_on):
            return False
        before = line.text or before
    return True


def previous_text(lines: list[Line], index: int) -> int | None:
    return next((j for j in range(index - 1, -1, -1) if lines[j].text), None)


def is_section_title(text: str, next_line: str) -> bool:
    """A title line of its own, without a number (and not a label that opens a list)."""
    if NUMBERED_LINE.match(text) or text.endswith(":") or PAGE_AFTER_TITLE.search(text):
        return False  # "DISCLAIMER 5" above "1. DECLARATION OF OPENING 6": a contents entry
    return unnumbered_evidence(text, next_line, "").score >= HEADING


def mark_contents_rows(candidates: list[HeadingCandidate], lines: list[Line]) -> None:
    """Three or more numbered lines in a row with no text of their own between them are a
    contents table ("1  Apologies  Received"): when the minutes follow, their headings are
    the items, so a row is weak evidence (the rows' last, whose text may follow the table,
    with them); when nothing follows, the table is all the minutes give."""
    bare = [
        not here.body_start
        and not is_text_of_a_point(here)
        and not any(
            is_own_text(line.text) or is_set_deeper(line, lines[here.index])
            for line in lines[here.index + here.lines_used : next_apart(candidates, at).index]
        )
        for at, here in enumerate(candidates[:-1])
    ]
    start = 0
    while start < len(bare):
        end = start
        while end < len(bare) and bare[end]:
            end += 1
        rows = candidates[start : end + 1]
        if not same_style(rows[:-1], rows[-1]) or numbered_again(rows[-2], rows[-1]):
            rows = rows[:-1]  # "D. Adey, Secretary" then "1.0 CALL TO ORDER": no row of it
        if end - start >= 2 and all(PAGE_AFTER_TITLE.search(row.title) for row in rows):
            for row in rows:  # "2. RECORD OF ATTENDANCE 5": the page is no part of the title
                row.title = PAGE_AFTER_TITLE.sub(r"\g<kept>", row.title).rstrip(" .")
        if end - start >= 2 and minutes_follow(rows[-1], lines):
            for row in rows:
                row.evidence.add(-0.6, "a row of a contents table (no text of its own)")
                row.evidence.row = True
            mark_titles_found_below(rows, lines)
        start = end + 1


def is_text_of_a_point(candidate: HeadingCandidate) -> bool:
    """ "1.1 No apologies were received.", "a) Moved by Cllr Bee ...": an outline's point
    whose sentence is its item's text, not a contents row's title."""
    point = re.fullmatch(r"\d{1,2}\.[1-9]\d?|[a-z]", candidate.number)
    return bool(point) and is_body_text(candidate.title)


def same_style(rows: list[HeadingCandidate], last: HeadingCandidate) -> bool:
    """The last line numbered in a style of the rows before it: a row of their table."""
    styles = {reading.style for row in rows for reading in row.readings}
    return any(reading.style in styles for reading in last.readings)


def numbered_again(row: HeadingCandidate, last: HeadingCandidate) -> bool:
    """The last line starts the numbers again at 1 ("11. Future dates" then "1.
    Apologies"): the minutes after their agenda, no row of it."""
    return any(r.running == 1 < s.running for r, s in same_style_readings(last, row))


def same_style_readings(
    first: HeadingCandidate, second: HeadingCandidate
) -> Iterator[tuple[Reading, Reading]]:
    """Each reading of one number beside each reading of the other in the same style."""
    return ((r, s) for r in first.readings for s in second.readings if r.style == s.style)


def is_set_deeper(line: Line, heading: Line) -> bool:
    """A line indented further than a heading is that heading's point ("  1. Call to
    Order" / "    1. Second: Ombudsman"): its own text, however short."""
    return bool(line.text) and line.indent >= heading.indent + MIN_INDENT_STEP


def next_apart(candidates: list[HeadingCandidate], at: int) -> HeadingCandidate:
    """The next candidate that is not one of this one's points ("1." then "1.1 There were
    no apologies." then "2."): a point's text is its item's own."""
    parent = candidates[at].number.rstrip(".") + "."
    later = candidates[at + 1 :]
    return next((c for c in later if not c.number.startswith(parent)), later[-1])


def minutes_follow(last_row: HeadingCandidate, lines: list[Line]) -> bool:
    """Running text somewhere after a table's last row."""
    after = last_row.index + last_row.lines_used
    return any(is_own_text(line.text) for line in lines[after:])


def mark_titles_found_below(rows: list[HeadingCandidate], lines: list[Line]) -> None:
    """A contents table's rows whose titles head lines again below it ("RESOLUTION",
    "Call to Order" / "1. Call to Order: ...") are entries of a page's outline, not items."""
    start = rows[0].index + rows[0].lines_used
    below = [(i, comparable(drop_number(line.text))) for i, line in enumerate(lines[start:], start)]
    for row in rows:
        title = comparable(row.title)
        after = row.index + row.lines_used
        if title and any(i >= after and line.startswith(title) for i, line in below):
            row.evidence.add(-0.6, "its title heads a line again below: an outline's entry")


def comparable(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .:").lower()


def drop_number(text: str) -> str:
    match = NUMBERED_LINE.match(text)
    return (match["title"] or match["glued"] or "") if match else text


def is_own_text(text: str) -> bool:
    """Text an item has of its own: a sentence, or a line of several words."""
    return is_body_text(text) or len(text.split()) >= 6


# "1. Ann Bee", "(2) Cy Dee", "3   Treasurer": a list's entry, its number's stop or a wide gap
LIST_ENTRY_NUMBER = re.compile(r"^\(?(\d{1,3})(?:[.)](?:\s|$)|\s+(?=[A-Z]))")  # "1." alone too


def the_items_count_goes_on(counted: set[str], outer: str, number: str) -> bool:
    """A list's entries count on ("1.", "2.", "3."): a number it has had, once it has had
    two, that follows the item the list is in ("1. Apologies" ... "2."), is the next item's."""
    return (
        len(counted) > 1 and number in counted and outer.isdigit() and int(number) == int(outer) + 1
    )


def next_after_outer(counted: set[str], outer: str, number: str) -> bool:
    """A list's first entry is numbered afresh: a first "entry" numbered one past the item
    whose text introduced it ("3. ... as follows:-" / "4. After ...") is the next item."""
    return not counted and outer.isdigit() and int(number) == int(outer) + 1


def continues_list(text: str) -> bool:
    """A blank, an entry ("2. Writes to ...", "(b) ...") or an entry's wrapped line."""
    entry = (  # "(2)" alone, or "3   Treasurer"
        LIST_MARKER.match(text) or LONE_ENTRY_NUMBER.match(text) or LIST_ENTRY_NUMBER.match(text)
    )
    return not text or bool(entry) or text[:1].islower()


def may_be_numbered(text: str) -> bool:
    """The cheap test before heading_candidate: a number first (after a bullet), or a
    minute reference last ("APOLOGIES LIC052/19", "Apologies (Item 1.0)"); most lines
    have neither."""
    if marked := MARKED_NUMBER.match(text):
        text = text[marked.end() :]
    elif text.startswith("- "):
        text = text[2:]
    if ("/" in text[:40] or ". " in text[:40]) and MARGIN_REFERENCE.match(text):
        return True
    trailing = (text[-1:].isdigit() and "/" in text) or (
        text.endswith(")") and "tem " in text[-16:]
    )
    after_capitals = text[:2].isupper() and bool(CAPITALS_THEN_NUMBER.match(text))
    return bool(text) and (may_start_with_number(text) or trailing or after_capitals)


def heading_candidate(
    lines: list[Line], index: int, in_list: bool, width: int | None = None
) -> HeadingCandidate | None:
    text = lines[index].text
    if NUMBER_ALONE_IN_CELL.match(text):
        text = cell_text(text)  # "1.1 |" then "Call to Order |": a table's number cell
    if margin := MARGIN_REFERENCE.match(text):  # "Minutes 19/086 GRAHAM: That the minutes ..."
        token = margin["token"] or margin["reference"] or margin["cited"]
        title = (margin["margin"] or margin["capitals"] or margin["titled"]).strip()
        body = margin["rest"] or margin["text"] or margin["after"]
        evidence = numbered_evidence(title, token, "", in_list)
        return HeadingCandidate(
            index, printed_number(token), title, body, 1, readings(token), "", evidence
        )
    if marked := MARKED_NUMBER.match(text):
        text = text[marked.end() :]
    match = NUMBERED_LINE.match(text) if may_start_with_number(text) else None
    between = None if match else CAPITALS_THEN_NUMBER.match(text)
    if between and not numbers_a_minute(between["title"], between["rest"]):
        between = None
    if between:
        # "APOLOGIES FOR ABSENCE 5215 Cllr Bee ...": the minute's number after its title
        title, token = between["title"], between["token"]
        evidence = numbered_evidence(title, token, "", in_list)
        return HeadingCandidate(
            index, token, title, between["rest"], 1, readings(token), BETWEEN, evidence
        )
    if not match:
        trailing = TRAILING_NUMBER.match(text) if text[-1:].isdigit() and "/" in text else None
        named = TRAILING_ITEM.match(text) if text.endswith(")") else None
        trailing = trailing or named
        start = wrapped_title_start(lines, index) if named else index
        wrapped = [line.text for line in lines[start:index]]
        title = " ".join([*wrapped, trailing["title"]]) if trailing else ""
        outcome = OUTCOME.match(title) or is_part_label(title)  # "CARRIED WDC2006/17"
        shape = title.isupper() or named
        if named and ISSUE_MEETING.match(title):
            return issue_heading(lines, index, named["token"])
        if named and same_number_above(lines, start, named["token"]):
            return None  # "2." / "Apologies (Agenda item 2)": the title of the number above
        if trailing and looks_like_title(title) and shape and not outcome:
            token = trailing["token"]
            evidence = numbered_evidence(title, token, "", in_list)
            lines_used = index - start + 1
            return HeadingCandidate(
                start, token, title, "", lines_used, readings(token), "trailing", evidence
            )
        return None
    title, lines_used = match["title"] or match["glued"], 1
    if title is None and under_its_item(lines, index):
        return None  # "2." / "2.1" / "URGENT ITEMS": the title is the item's, not the point's
    after_page = PAGE_THEN_ITEM.match(text)
    if after_page and (item := NUMBERED_LINE.match(after_page["item"])):
        match, title = item, item["title"] or item["glued"]
    if title is None:
        following = next_text(lines, index)
        stacked = 0  # "2." / "2.1" / "URGENT ITEMS": a margin's numbers stacked over the title
        while (
            following is not None
            and stacked < MAX_STACKED_NUMBERS
            and point_of(lines[following].text, match["token"])
        ):
            following, stacked = next_text(lines, following), stacked + 1
        if following is None or (
            NUMBERED_LINE.match(lines[following].text)
            and not opens_with_report_reference(lines[following].text)
            and not is_initialled_person_acting(lines[following].text)  # "6." / "P. Bee said"
        ):
            return None
        if stacked:
            title, lines_used = lines[following].text, following - index + 1
        elif (above := title_above(lines, index, following)) is not None:
            # "APOLOGIES" / "PLA146/14" / "Apologies were received ..."
            title = " ".join(line.text for line in lines[above:index])
            index, lines_used = above, index - above + 1
        elif MOTION.match(lines[following].text.removeprefix("- ")):
            # "1." then "Moved by: ..." and "THAT the meeting be called to order ...": an
            # item of motions alone, titled by its resolution.
            token, delimiter = match["token"], (match["delim"] or "").strip()
            motion = lines[following].text.removeprefix("- ")
            title = resolution_title(lines, following) or first_clause(motion)[0]
            evidence = numbered_evidence(title or "Motion", token, delimiter, in_list)
            return HeadingCandidate(
                index, printed_number(token), title, "", 1, readings(token), delimiter, evidence
            )
        else:
            if any(not line.text for line in lines[index + 1 : following]):
                # "87." then a blank, then the title: keep the skipped blank lines out.
                lines[index + 1 : following] = []
            title, lines_used = lines[index + 1].text.removeprefix("- "), 2
    labelled = bool(ITEM_LABEL.match(title))  # "33/15 / Item 1: to approve ...": named
    text = SUBJECT_MARKER.sub("", drop_second_number(title))  # "ORDER NO. 3 RE: APPROVE ..."
    text = without_the_number_again(text, match["token"])
    text = DASH_BEFORE_TITLE.sub("", text)  # "9. \u2013 Planning Matters \u2013 No notifications"
    if match["word"] and tells_what_the_item_was(text):  # "Agenda item 3 was roll call."
        text = ITEM_WAS.sub("", text)
        labelled = True
    if text.startswith("| "):  # "PCP 4/12 | Members noted ... |": the number's own cell first
        text = cell_text(text[2:])
    # "1.0: Introduction and welcome 1.0: Introduction": the number again starts a column
    if "." in match["token"]:
        text = re.split(rf"\s+{re.escape(match['token'])}(?=[.:]?\s)", text, maxsplit=1)[0]
    text = DATE_FIRST.sub("", text)  # "19/28 04/03/2019 Votes of Sympathy": the minute's date
    slot = TIME_SLOT.match(text)  # "3. 9:30 a.m. DHS FY20 Budget": the agenda's time first
    title, body_start = split_title_from_body(text[slot.end() :] if slot else text)
    # ... kept before the title, unless a recording's time to the second ("05:32:42 PM"):
    # where the video reached the item, no part of its heading
    title = f"{slot[0]}{title}" if slot and not RECORDING_CLOCK.match(slot[0]) else title
    if body_start and has_a_verb(title) and is_untitled_paragraph(text):
        title, body_start = first_clause(text)  # "Michael Lane was appointed" / "Chairman ..."
    elif body_start and LABEL_ONLY.match(title):
        title, body_start = first_clause(text)  # "27. RESOLVED: That the Minutes ...": untitled
    shouted = len(text.split()) > SHOUTED_PARAGRAPH_WORDS and is_capitals_line(text)
    if shouted and re.search(r"[a-z\d)][.!?](?:\s|$)", text, re.IGNORECASE):
        title, body_start = first_clause(text)  # "A.  THE BORDER PATROL WOULD LIKE ..."
    token, delimiter = match["token"], (match["delim"] or "").strip()
    untimed = title.removeprefix(slot[0]) if slot else title  # judged without its time
    untimed = untimed.lstrip("*")  # ... and its agenda's mark ("*Public Comment"), kept
    judged = with_its_wrap(lines, index, untimed, width) if lines_used == 1 else untimed
    if RESOLVED_WORDING.match(text):  # "271 BE IT RESOLVED that ...": judged whole, not "BE IT"
        judged = text
    evidence = numbered_evidence(judged, token, delimiter, in_list, named=bool(match["word"]))
    marked = lines_used == 2 and bool(match["word"])
    if marked and not looks_like_title(title):
        evidence.add(0.5, "'Agenda Item 1' alone on its line: the text below is the item's")
    bare = not delimiter and not match["word"] and token.isdigit()  # "Article 2" is named
    if lines_used == 2 and bare and wraps_on(lines, index + 1):
        return None  # "2" then "Council Member Bee commended the" / "presentation.": a page
    if re.search(r"&|\band\b", token) and not looks_like_title(title):
        title, body_start = "", " ".join(filter(None, (title, body_start)))  # "1. & 2. The Chair"
    elif lines_used == 2 and token.isdigit() and lower_case_title(title):
        pass  # "3." / "treasurer's report": a number alone over a title printed in lower case
    elif not looks_like_title(untimed):
        delimited = delimiter in (".", ")", ":", "-", "\u2013", "\u2014", "/")
        delimited = delimited or token.startswith("(") or token.endswith(".0")
        delimited = delimited or bool(match["glued"])  # "428/17The Minutes of ...": a PDF's
        # "PCP 4/12 Members noted ...", "10/20 Exercise of Public Rights there was ...": a
        # minute reference marks its paragraph as a number does
        delimited = delimited or "/" in token
        delimited = delimited or bool(CODED_REFERENCE.match(token))  # "CO.47 Declarations ..."
        delimited = delimited or (match["sign"] or "").startswith("\u00a7")  # "§ 1 Opening ..."
        # "Item 1: August 3, 2020 Minutes", "ITEM 2 Approval of Minutes – 27th January ..."
        named = bool(match["word"]) and (bool(delimiter) or item_word(match["word"], text))
        named = named or labelled
        # "4 The Chairman welcomed ...": a bare number before a sentence (not a vote's
        # "5 For, 0 Against")
        counted = bare and not delimited and not VOTE_COUNT.match(text)
        if not (marked or named) and not ((delimited or counted) and is_untitled_paragraph(text)):
            return None
        # known business run into its sentence ("CO.47 Declarations of interest Interests
        # were declared ..."), else the first clause
        title, body_start = known_business_before_sentence(text) or first_clause(text)
        if counted:
            evidence.add(-0.3, "a bare number before a sentence: as often a count as an item")
            evidence.counted = True
        if lines_used == 2 and is_caption(text):
            title = text.rstrip(" .")  # "3." / "Hear the Auditor concerning invoices, ... ."
        elif lines_used == 2 and delimiter:
            # "6." alone, then "Ann Bee raised ...": a table's number cell over an item whose
            # title was lost, not a paragraph numbered in its sentence's line
            evidence.add(UNTITLED_CELL, "the number alone on its line over the paragraph")
    if lines_used == 1 and body_start == text and not SENTENCE_ENDS.search(text):
        title = first_clause(paragraph_from(lines, index, text, width))[0]  # it wraps on
    return HeadingCandidate(
        index,
        printed_number(token),
        title,
        body_start,
        lines_used,
        readings(token, match["word"] or ""),
        delimiter,
        evidence,
    )


def numbers_a_minute(title: str, rest: str) -> bool:
    """A number between a title in capitals and running text ("APOLOGIES FOR ABSENCE 5215
    Cllr Bee ..."), not a sentence in capitals with a day, a time or a count in it ("...
    HELD ON 25 JANUARY", "... CHAIRMAN AT 7 PM", "THE CLERK HAS RECEIVED 40 LETTERS")."""
    words = {word.lower() for word in title.split()}
    first = rest.split()[0].strip(",.").lower()
    shouted = is_capitals_line(" ".join(rest.split()[:MIN_RUNNING_WORDS]))  # another title
    return not (first in MONTHS or ends_unfinished(title) or words & NOT_IN_TITLES or shouted)


def opens_with_report_reference(text: str) -> bool:
    """ "PX/22/7 TO CONFIRM THE MINUTES": a title that opens with its report's reference
    (letters and numbers between slashes), under the item's own number alone ("10.")."""
    match = NUMBERED_LINE.match(text)
    token = match["token"] if match else ""
    return "/" in token and any(c.isalpha() for c in token) and bool(match["title"])


def same_number_above(lines: list[Line], index: int, token: str) -> bool:
    """The line above is the same number alone ("2."), the heading's own."""
    above = previous_text(lines, index)
    return above is not None and lines[above].text.rstrip(".):") == token


def paragraph_from(lines: list[Line], index: int, text: str, width: int | None) -> str:
    """An untitled paragraph's line and the lines it wraps on to, as far as its first
    sentence could run ("3) A request for a donation to the association was" /
    "discussed."): its title is that sentence, not the first line's words."""
    texts = [text]
    for line in lines[index + 1 : index + 1 + MAX_TITLE_LINES]:
        if SENTENCE_ENDS.search(texts[-1]) or not continues_paragraph(texts[-1], line.text, width):
            break
        texts.append(line.text)
    return " ".join(texts)


def tells_what_the_item_was(text: str) -> bool:
    """ "(Agenda item 4) was to approve the agenda", "... was the Clerk's report": what the
    item was, its title after "was"; not "... was deferred", what became of it."""
    told = ITEM_WAS.match(text)
    following = text[told.end() :].split()[:1] if told else []
    word = following[0].lower().strip(".,;:") if following else ""
    return bool(word) and (word in FUNCTION_WORDS or not describes_or_acts(word))


def item_word(word: str, text: str) -> bool:
    """ "ITEM 2" before a capital: an item's number however long the text after it runs,
    not "Item 2 was deferred", a sentence about one."""
    return word.strip().lower() == "item" and text[:1].isupper()


def with_its_wrap(lines: list[Line], index: int, title: str, width: int | None) -> str:
    """A title that ran to the page's margin, with the line it wrapped on to: "1. Thank
    you letter from the Commanding Officer of the" / "Cadet Corps for the donation ...;"
    is a sentence, judged whole, though its first line alone reads as a title."""
    line = lines[index].text
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    full = width and len(line) >= max(MIN_WRAPPED_LINE, WRAPPED_AT * width)
    if full and following and line.endswith(title) and continues_paragraph(line, following, width):
        return f"{title} {following}"
    return title


def issue_heading(lines: list[Line], index: int, token: str) -> HeadingCandidate | None:
    """A committee system's page of one issue: its title, then "Meeting: 23/10/2017 -
    Planning Sub Committee (Item 96)", the meeting it was taken at. The item is the issue,
    numbered as that meeting's item; the meeting's line stays the page's heading (its
    date and committee), so the item starts below it. Where the line above is only the
    page's own heading ("Issue - meetings"), the title is the line below the meeting's."""
    if index + 1 >= len(lines):
        return None  # a page that stops at the meeting's line has no item below it
    above = previous_text(lines, index)
    if above is not None and not ISSUE_PAGE.match(lines[above].text):
        at, lines_used = index + 1, 0  # the title above: the item starts below the meeting
        title = lines[above].text.rstrip(" .")  # "Declarations of interest in respect of ..."
    elif (below := next_text(lines, index)) is not None:
        at, lines_used = below, 1  # the title below the meeting's line heads the item
        title = lines[below].text
    else:
        return None
    if not could_be_title(title):
        return None
    evidence = numbered_evidence(title, token, "", False)
    return HeadingCandidate(at, token, title, "", lines_used, readings(token), "trailing", evidence)


def under_its_item(lines: list[Line], index: int) -> bool:
    """A point's number alone straight under its item's number alone ("2." / "2.1")."""
    above = previous_text(lines, index)
    parent = NUMBERED_LINE.match(lines[above].text) if above is not None else None
    alone = bool(parent) and not (parent["title"] or parent["glued"])
    return alone and point_of(lines[index].text, parent["token"])


def point_of(text: str, token: str) -> bool:
    """A line that is only the number of one of the item's points ("2.1" under "2.")."""
    match = NUMBERED_LINE.match(text)
    alone = bool(match) and not (match["title"] or match["glued"])
    return alone and match["token"].startswith(f"{token.rstrip('.')}.")


def wraps_on(lines: list[Line], index: int) -> bool:
    """The line runs on to the next, a paragraph wrapped there: no title ("a)" below is
    the item's first point, no word of a sentence)."""
    following = next_text(lines, index)
    text = lines[following].text if following is not None else ""
    return text[:1].islower() and not LONE_ENTRY_LETTER.match(text)


def resolution_title(lines: list[Line], start: int) -> str:
    """The first clause of the resolution ("THAT the Council ...") within a motion's lines."""
    for line in lines[start : start + MOTION_LINES]:
        if RESOLUTION.match(line.text):
            return first_clause(line.text)[0]
    return ""


def wrapped_title_start(lines: list[Line], index: int) -> int:
    """Where a title with its number after it starts when it wrapped ("Receipt of Action" /
    "Sheet (Item 4.2)"): up to two short lines above that could be a title's, when the
    line above them ends a block (a sentence, a table's cell mark, an outcome)."""
    start = index
    while start > 0 and index - start < MAX_WRAPPED_TITLE_LINES:
        above = lines[start - 1].text
        if not above or ends_a_block(above) or len(above.split()) > MAX_TITLE_REST_WORDS:
            break
        if not could_be_title(above) or is_part_label(above.rstrip(":")):
            break
        start -= 1
    before = lines[start - 1].text if start > 0 else ""
    return start if not before or ends_a_block(before) else index


def ends_a_block(text: str) -> bool:
    """ "... be received.", "|", "Carried": what a title can start below."""
    return text.endswith((*TERMINAL, "|")) or bool(OUTCOME.match(text))


def is_number_alone(text: str) -> bool:
    """A number printed alone on its line ("PTH14/74", "12."), its title on another."""
    number = NUMBERED_LINE.match(text)
    return bool(number) and not (number["title"] or number["glued"])


def title_above(lines: list[Line], index: int, following: int) -> int | None:
    """Where the title starts, when the lines just above a number printed alone are its
    title and the line below is running text: some minutes print the minute number under
    its title (a title in capitals may wrap: "... SECTION 5.11," / "PARAGRAPH 6.6)")."""
    above = index - 1
    if above < 0 or not lines[above].text or is_body_text(lines[above].text):
        return None
    if above > 0 and is_number_alone(lines[above - 1].text):
        return None  # "PTH14/74" / "Apologies – A. Bee" / "PTH14/75": the number above's title
    if lines[index].text.endswith("|"):
        return None  # "1. |": the number's own cell, its title in the next cell
    below = lines[following].text
    if not (is_body_text(below) or not could_be_title(below)):
        return None
    while above > 0 and is_capitals_line(lines[above - 1].text):
        if not ends_mid_sentence(lines[above - 1].text):
            break
        above -= 1
    evidence = unnumbered_evidence(" ".join(line.text for line in lines[above:index]), below, "")
    evidence.add(1, "a number printed alone under it")
    return above if evidence.score >= HEADING else None


def is_untitled_paragraph(text: str) -> bool:
    """ "4.    The bank balance was ...": a numbered paragraph with no title of its own."""
    words = text.split()
    return len(words) >= 4 and words[0][:1].isupper() and words[0].lower() not in MONTHS


def opens_a_sentence(text: str) -> bool:
    """ "The meeting adjourned ...", "Ann Bee was nominated ...": a paragraph that opens
    with a sentence, no title."""
    words = text.split(None, 1)
    return bool(words) and (words[0] in SENTENCE_STARTERS or has_a_verb(first_clause(text)[0]))


def is_caption(text: str) -> bool:
    """A line of its own under a number printed alone that is one whole sentence (its only
    sentence end ends it), of an agenda's length: the agenda's caption, a title whole."""
    ends = list(SENTENCE_ENDS.finditer(text))
    whole = len(ends) == 1 and ends[0].end() >= len(text.rstrip())
    return whole and len(text.split()) <= MAX_WORDED_TITLE_WORDS


def first_clause(text: str) -> tuple[str, str]:
    """An untitled paragraph's title: its first sentence, or its first clause when that
    is long; the whole paragraph stays the item's text."""
    sentence = re.match(rf"(.+?{SENTENCE_END})(?:\s|$|{GLUED_SENTENCE})", text)
    title = sentence[1] if sentence else text
    title = LIST_AFTER_COLON.split(title, maxsplit=1)[0]  # "... was extended to: • Ann Bee"
    words = len(title.split())
    whole_capitals = not sentence and is_capitals_line(title) and words <= SENTENCE_TITLE_WORDS
    # ... or an agenda's long wording in title case, to its full stop ("Conduct a Public
    # Hearing Regarding a Request to Rezone the Property ... to PD Planned Development.")
    worded = bool(sentence) and words <= MAX_WORDED_TITLE_WORDS and is_title_case(title.split())
    if (words > SENTENCE_TITLE_WORDS or not sentence) and not whole_capitals and not worded:
        # not "July 10, 2020": a date's comma; "... after many years and thanks was also ...":
        # a clause joined on
        # ... nor a weekday's before its date: "held on Tuesday, 5th November 2019 were ..."
        ends = (
            rf"(?:,(?!\s(?:19|20)\d\d\b)(?!{DAY_OF_MONTH})|[;:])\s"
            r"|\s(?:and|but)\s(?=\w+\s+(?:was|were)\b)"
        )
        # "(pages 4-9)" inside, but not a note in brackets ending the title ("(attached)"),
        # nor a name's part or short form without a number ("Public Bodies (Admission to
        # Meetings) Act", "(DPIs)"), while "(Pages 4 to 9)", a reference, still ends it
        ends = ends if is_capitals_line(title) else rf"{ends}|\s\((?![^()]*\)$)(?![A-Z][^()\d]*\))"
        clause = re.match(rf"(.{{20,}}?)(?:{ends})", title)
        title = clause[1] if clause else " ".join(title.split()[:MAX_CLAUSE_WORDS]).rstrip(" ,")
    return title.rstrip(" .,;:"), text


DAY_OF_MONTH = rf"\s\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b"  # " 5th November"
LIST_AFTER_COLON = re.compile(r":\s+(?=[-\u2022\u25cf\u25aa]\s)")  # a list it introduces

SENTENCE_ENDS = re.compile(rf"{SENTENCE_END}(?:\s|$)")

GLUED_SENTENCE = r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])"  # "... 2004 meeting.Motion carried": a PDF's
# The words a line may start with before its number: "Agenda Item 3" too.
NUMBER_WORDS = frozenset({*NAMED_NUMBERS, *NUMBERED_ORDERS, "agenda", "section"})
SHOUTED_PARAGRAPH_WORDS = 15  # a line all in capitals longer than this is a paragraph
SENTENCE_TITLE_WORDS = 30  # an untitled paragraph's first sentence up to this long is its title
MAX_CLAUSE_WORDS = 40  # ... and a clause with no comma or stop to end it, at most, is whole
MAX_WORDED_TITLE_WORDS = 60  # ... and an agenda's wording in title case, at most, is whole
MAX_TITLE_LINES = 4  # lines an untitled paragraph's first sentence may wrap on to, past its first


def ends_with_reference(text: str) -> bool:
    """ "an interest in Item" / "15 Notice of Motion": the number is referred to, not a heading.
    ("Standard Items" above "1 APOLOGIES" is a heading of the page, so the word before counts;
    so is "4 Confirmation of Minutes" above "5 Declarations": a heading of its own.)"""
    if text[:1].isdigit() and NUMBERED_LINE.match(text):
        return False
    if MEETING_MINUTES_END.search(text):
        return False  # "September 2017 PTO meeting minutes": the document's heading
    words = text[-40:].split()
    if not words or (words[-1].lower() not in REFERENCE_WORDS and words[-1].lower() != "no."):
        return False
    return words[-1][0].islower() or (len(words) > 1 and words[-2][0].islower())


def may_start_with_number(text: str) -> bool:
    """A cheap test before NUMBERED_LINE: most lines start with an ordinary word."""
    first = text.split(" ", 1)[0]
    # "§ 2 Approval of the agenda": a paragraph sign, then the number
    if not first or first[0].isdigit() or first[0] in "(\u00a7" or any(c.isdigit() for c in first):
        return bool(first)
    if len(first) == 2 and first[0].isalpha() and first[1] in ".)":
        # "B. Title", "b) Title": a lettered item; not "P. Bee raised ...", a person
        return not is_initialled_person_acting(text)
    if len(first) == 1 and first.isupper() and text[2:3].isdigit():
        return True  # "A 1. Title": an item of the agenda's part A
    word = first.rstrip(".:)").lower()
    if text[len(first) + 1 : len(first) + 6].lower() == "item ":
        return True  # "Agenda Item 3", "Action Item 2": a kind of item, then its number
    glued_numeral = bool(GLUED_NUMERAL.match(first) or re.match(r"[ivx]{1,5}\)", first))
    # "II.ROLL", "ii)Report": a numeral glued on
    return (
        word in NUMBER_WORDS
        or set(word) <= set("ivxl")
        or glued_numeral
        or bool(PAR_NUMBER.match(text))
    )


def without_the_number_again(title: str, token: str) -> str:
    """ "1 1 APOLOGIES": a plain number printed twice (the margin's and the heading's)."""
    again = token.isdigit() and re.match(rf"{token}\s+(?=[A-Z])", title)
    return title[again.end() :] if again else title


def drop_second_number(title: str) -> str:
    """ "P031/22  1.  APOLOGIES": a minute reference, then the agenda number, then the
    title; or the agenda number first, then the minute reference ("1. 19.972 Apologies",
    "3. 21/104Public forum", glued by a PDF)."""
    second = SECOND_NUMBER.match(title)
    return title[second.end() :] if second else title


def next_text(lines: list[Line], index: int) -> int | None:
    return next((j for j in range(index + 1, len(lines)) if lines[j].text), None)


def next_texts(lines: list[Line]) -> list[int | None]:
    """next_text of every line, in one pass: asked line by line, a long run of blank
    lines would be walked again from each of them."""
    found: list[int | None] = [None] * len(lines)
    following = None
    for index in range(len(lines) - 1, -1, -1):
        found[index] = following
        if lines[index].text:
            following = index
    return found


def best_heading_chain(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """The longest run of candidates whose numbers follow each other (longest path in a DAG).

    Each candidate may be read several ways ("AM119" is item 1 of 2019 or item 119);
    a node is a (candidate, reading, nested) triple and edges join readings that follow.
    An outline ("4.", "4.1.", "4.2.", "5.") is one run when its points are headings: a
    nested node is a point entered from its parent, the only way back out to the next
    item, so a run never starts inside an outline.
    """
    parents_seen = parents_before(candidates)
    nodes = [
        (c, r, nested)
        for c, candidate in enumerate(candidates)
        for r in candidate.readings
        for nested in (False, True)
        if may_read(candidate, r, nested, parents_seen[c])
    ]
    if not nodes:
        return []
    # An item numbered 0 is rare ("1.0" is item 1 before it is sub-item 0 of item 1).
    own = [candidates[c].weight * (0.5 if r.running == 0 else 1.0) for c, r, _ in nodes]
    score = list(own)
    following: list[int | None] = [None] * len(nodes)
    by_reading: dict[tuple, list[int]] = {}
    uncounted = lost_its_count(candidates)
    for n in range(len(nodes) - 1, -1, -1):
        c, reading, nested = nodes[n]
        for key, gap in next_readings(reading, nested):
            if uncounted and key[1] == reading.running == 1 and key[0] == reading.style:
                gap = 0  # every heading printed "1.": the list lost its count, nothing skipped
            # the nearest candidates read so (a heading follows the one before closely);
            # walking every one is quadratic in a text of thousands of "1." lines
            for m in itertools.islice(reversed(by_reading.get(key, [])), MAX_SUCCESSORS):
                if nodes[m][0] <= c:
                    continue
                if (
                    key[1] == reading.running
                    and candidates[nodes[m][0]].title == candidates[c].title
                ):
                    continue  # "1. CALL TO ORDER" twice: the page's heading repeats the item
                # the same delimiter ("1." after "2.") counts between headings with evidence
                same = candidates[c].delimiter == candidates[nodes[m][0]].delimiter
                same = same and candidates[c].evidence.score > 0
                # ... in proportion to the heading's evidence: a sentence's number ("16. The
                # Minister ...") counts paragraphs, less sure of its style than a title's
                style = SAME_STYLE_BONUS * candidates[c].weight if same else 0
                value = own[n] + score[m] - gap_cost(gap) + style
                if value > score[n]:
                    score[n], following[n] = value, m
        by_reading.setdefault((reading.style, reading.running, nested), []).append(n)
    # A run may start at an outline's first point ("1.1 APOLOGIES") when its item's own
    # heading is not printed (or the page begins below it), never further inside.
    starts = [n for n in range(len(nodes)) if not nodes[n][2] or nodes[n][1].running == 1]
    # ... and not at a "0" with no evidence of its own (a count beside a page's link, above
    # the "1." that starts the run).
    starts = [
        n for n in starts if not zero_without_evidence(candidates[nodes[n][0]], nodes[n][1])
    ] or starts
    # ... nor at a person's initial ("I. Schroeder" among the councillors, above "II. MINUTES")
    starts = [n for n in starts if not is_initial_and_surname(candidates[nodes[n][0]])] or starts
    position: int | None = max(starts, key=lambda n: (score[n], -nodes[n][0]))
    chain = []
    while position is not None:
        chain.append(candidates[nodes[position][0]])
        position = following[position]
    return chain


def is_initial_and_surname(candidate: HeadingCandidate) -> bool:
    """ "I. Schroeder", "C. Amulung": one letter, then one capitalised word, a person."""
    number, words = candidate.number, candidate.title.split()
    one_word = len(words) == 1 and words[0].istitle() and not is_procedural(words[0])
    return len(number) == 1 and number.isalpha() and one_word  # not "I. Welcome"


def zero_without_evidence(candidate: HeadingCandidate, reading: Reading) -> bool:
    return reading.running == 0 and candidate.evidence.score <= 0


def gap_cost(skipped: int) -> float:
    """What skipping numbers costs a run: each of the first two half an item, each after
    them little (items taken in private, or with no business, are often several)."""
    return GAP_PENALTY * min(skipped, 2) + LONG_GAP_PENALTY * max(0, skipped - 2)


def roman_outline(
    candidates: list[HeadingCandidate], chain: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """An outline's top level in Roman numerals ("I. Roll Call", "II. Pledge", "III.
    Approval of Minutes" with "1.", "2." or "A.", "B." under them): the Roman chain heads
    the items when it runs three long and the chosen chain lies inside it (its points);
    two long when that chain is of numbered paragraphs (sentences, not titles), numbered
    on across the Roman sections as a government's minutes number them."""
    paragraphs = bool(chain) and sum(h.weight for h in chain) < len(chain) * WEAK_CHAIN_WEIGHT
    shortest = 2 if paragraphs else MIN_ROMAN_ITEMS
    roman = [c for c in candidates if ROMAN_NUMBER.fullmatch(c.number)]
    if len(roman) < shortest or all(ROMAN_NUMBER.fullmatch(c.number) for c in chain):
        return []  # no chain, or the Roman one already
    outline = best_heading_chain(roman)
    numerals = {c.number for c in outline}
    if len(outline) < shortest or not numerals & {"II", "III"}:
        return []
    if chain and chain[0].index < outline[0].index:
        return []  # "1. SWEARING-IN" over "i) ... I) Ann Bee, II) ...": the list is inside
    inside = sum(outline[0].index < c.index and bool(c.number) for c in chain)
    return outline if inside * 2 >= len(chain) else []


def numbers_over_letters(
    candidates: list[HeadingCandidate], chain: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """An outline's top level in plain numbers with lettered points under each ("1. Call
    To Order" over "A. Call to Order", "B. Roll Call" ... then "2. Approval of Agenda"
    over "A. ..."): the letters run longer, but they are the numbers' points. The numbers
    head the items when the chosen chain is all letters, theirs starts at 1 above it, and
    the letters run on below the first number."""
    if not chain or not all(is_lettered(h) for h in chain):
        return []
    numbers = [c for c in candidates if c.number.isdigit() and not is_lettered(c)]
    outline = best_heading_chain(numbers)
    if len(outline) < 2 or outline[0].number != "1" or outline[0].index > chain[0].index:
        return []
    inside = sum(h.index > outline[0].index for h in chain)
    return outline if inside * 2 >= len(chain) else []


def minutes_after_their_agenda(
    chain: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """The agenda listed at the top ("2.Declarations" ... "11.Future dates", one per line)
    and then the minutes, numbered again from the start ("1. Apologies" and its minute):
    the longest run is the agenda, but the items are the minutes' headings. Told by the
    list having no text under its entries, and the later run having some and repeating
    the list's titles."""
    if len(chain) < MIN_LISTED_ENTRIES or not is_bare_list(chain, lines):
        return chain
    later = best_heading_chain([c for c in candidates if c.index > chain[-1].index])
    if not later or is_bare_list(later, lines) or not starts_no_later(later[0], chain[0]):
        return listed_titles_repeated(chain, candidates, lines) or chain
    listed = {title_words(h.title) for h in chain} | numbered_titles_above(lines, later[0].index)
    repeated = sum(any(repeats(title_words(h.title), words) for words in listed) for h in later)
    return later if repeated * 2 >= len(later) else chain


def listed_titles_repeated(
    chain: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """The minutes after their agenda's list, unnumbered: the lines below the list that
    open with one of its entries' titles ("I.Call to Order" ... then "Call to Order / The
    meeting was called to order ...") head the items, when two lines do so at least."""
    start = chain[-1].index + max(1, chain[-1].lines_used)
    listed = [c.title.rstrip(" .:") for c in candidates if chain[0].index <= c.index < start]
    titles = sorted(set(filter(None, listed)), key=len, reverse=True)  # the longest first
    found = []
    for index in range(start, len(lines)):
        text = cell_text(lines[index].text)
        title = next((t for t in titles if opens_with_title(text, t)), None)
        if title is None:
            continue
        evidence = Evidence()
        evidence.add(1, "opens with a title of the agenda listed above: the minute of it")
        rest = text[len(title) :].lstrip(" /|:.-\u2013\u2014")
        found.append(HeadingCandidate(index, "", text[: len(title)], rest, 1, evidence=evidence))
    return found if len(found) >= MIN_REPEATED_TITLES else []


def opens_with_title(text: str, title: str) -> bool:
    """The line is the title, or opens with it and a mark ("Call to Order / The ...")."""
    if not text.lower().startswith(title.lower()):
        return False
    rest = text[len(title) :]
    return not rest.strip() or bool(re.match(r"\s*[/|:.\u2013\u2014-]\s", rest))


def numbered_titles_above(lines: list[Line], index: int) -> set[frozenset[str]]:
    """The titles of every numbered line above `index`, those the list's run left out too
    (an entry run on from the attendance above it: "In Attendance: ...," / "2.Declarations")."""
    numbered = (NUMBERED_LINE.match(line.text) for line in lines[:index])
    return {title_words(match["title"] or match["glued"] or "") for match in numbered if match}


def is_bare_list(chain: list[HeadingCandidate], lines: list[Line]) -> bool:
    """Headings with no running text under them (at most a short note between them):
    a list of the business, not the minutes of it."""
    ends = [h.index for h in chain[1:]] + [
        chain[-1].index + chain[-1].lines_used + LAST_ENTRY_LINES
    ]
    bare = sum(
        not is_body_text(h.body_start)
        and not any(is_body_text(line.text) for line in lines[h.index + h.lines_used : end])
        for h, end in zip(chain, ends, strict=True)
    )
    return bare >= BARE_LIST_SHARE * len(chain)


def starts_no_later(first: HeadingCandidate, listed_first: HeadingCandidate) -> bool:
    """The later run starts at or before the list's first number: numbered again."""
    return any(r.running <= s.running for r, s in same_style_readings(first, listed_first))


def title_words(title: str) -> frozenset[str]:
    """A title's words, lower case, without the small ones: for comparing titles."""
    return frozenset(w for w in comparable_words(title) if w not in FUNCTION_WORDS)


def repeats(words: frozenset[str], listed: frozenset[str]) -> bool:
    """Two titles name the same business when most of the shorter one's words are the
    other's ("Welcome new member" and "Welcome the new member and assign ...")."""
    shorter = min(len(words), len(listed))
    return shorter > 0 and len(words & listed) * 3 >= shorter * 2


def with_restarted_lists(
    chain: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """An outline printed with its depth in spaces, whose top level starts again at "1."
    ("  1. Call to Order" ... "  4. Treasurer's report" / "  1. Old Business" / "    1.
    Still need ..."): a word processor's lists restarted, all of them items. Only where the
    depth is printed: in a flat text a "1." after the items is a resolution's part."""
    if len(chain) < 2 or not has_deeper_points(chain, lines):
        return chain
    margin, delimiter = lines[chain[0].index].indent, chain[0].delimiter
    later = [
        c
        for c in candidates
        if c.index > chain[-1].index
        and lines[c.index].indent == margin
        and c.delimiter == delimiter
        and c.number.isdigit()
    ]
    restarted, expected = [], 1
    for candidate in later:
        if int(candidate.number) == 1 or int(candidate.number) == expected:
            restarted.append(candidate)
            expected = int(candidate.number) + 1
        else:
            break
    return chain + restarted


MEETING_SUFFIX = re.compile(r"/\d{1,2}/\d{2}")  # "/11/20" in "04/11/20": the month and year
MIN_NAMED_ITEMS = 3  # headings that name their kind ("Item 3:"), at least, to keep any order
NUMERAL_KINDS = frozenset({"roman", "letter", "small letter"})


def with_items_taken_out_of_order(
    chain: list[HeadingCandidate], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """Items that name their kind ("Item 8: Public Comment", "Item 3: Audit Report", "Item
    2: Approve Minutes") or their meeting ("04/11/20 County Report", "01/11/20 Welcome": the
    meeting of November 2020) taken out of the agenda's order, as a chair may take them: every
    heading of the chain's own named style is an item, whatever its place in the count,
    once its number is not the chain's already. Bare numbers out of order stay out: those
    are as often a list's entries."""
    style = chain[0].readings[0].style if chain and chain[0].readings else ("", "", "")
    named = [h for h in chain if h.readings and h.readings[0].style == style]
    names_its_kind = bool(style[0]) and style[0] not in NUMERAL_KINDS
    if not (names_its_kind or MEETING_SUFFIX.fullmatch(style[2])) or len(named) < MIN_NAMED_ITEMS:
        return chain  # "VI." names no kind of item: a roman numeral is a bare number
    numbers, taken = {h.number for h in chain}, []
    for candidate in candidates:
        if candidate.number not in numbers and same_named_style(candidate, chain[0]):
            taken.append(candidate)
            numbers.add(candidate.number)
    return sorted([*chain, *taken], key=lambda h: h.index) if taken else chain


def same_named_style(candidate: HeadingCandidate, heading: HeadingCandidate) -> bool:
    """Numbered as the heading is, word and delimiter, with a title and evidence."""
    style = candidate.readings[0].style if candidate.readings else None
    return (
        style == heading.readings[0].style
        and candidate.delimiter == heading.delimiter
        and candidate.evidence.score > 0
        and looks_like_title(candidate.title)
    )


def has_deeper_points(chain: list[HeadingCandidate], lines: list[Line]) -> bool:
    """Numbered lines set deeper than the chain's headings, below them."""
    heading = lines[chain[0].index]
    return any(
        is_set_deeper(line, heading) and LIST_MARKER.match(line.text)
        for line in lines[chain[0].index :]
    )


def lost_its_count(candidates: list[HeadingCandidate]) -> bool:
    """Three or more headings numbered "1." and none "2.": a list that lost its count
    (a web page's numbered list saved as text)."""
    firsts = sum(1 for c in candidates if c.number == "1" and c.delimiter)
    return firsts >= MIN_UNCOUNTED and not any(c.number == "2" for c in candidates)


def may_read(candidate: HeadingCandidate, reading: Reading, nested: bool, parents: Parents) -> bool:
    """Whether a candidate may be read so: inside an outline only as a titled point, and
    as a run of its own ("2.1", "2.2") only when its item's number ("2.") came before.
    The points of an item numbered "2.0" are never items when "1.0" or "3.0" is too."""
    parent = outline_parent(reading)
    if parent is not None and parent in parents.noughts:
        return False
    if nested:
        return parent is not None and is_titled_point(candidate)
    return parent not in parents.plain


class PrintedBefore:
    """The numbers printed before one position, read from one record of where each was
    first printed, shared by every position: a text of thousands of numbered lines makes
    no copy of the numbers seen for each of them."""

    def __init__(self, first: dict[int, int], position: int) -> None:
        self.first, self.position = first, position

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and self.first.get(number, self.position) < self.position


@dataclass(frozen=True)
class Parents:
    """The item numbers printed before a candidate: plain ("2.") and with a nought ("2.0")."""

    plain: PrintedBefore
    noughts: PrintedBefore


def parents_before(candidates: list[HeadingCandidate]) -> list[Parents]:
    """For each candidate, the item numbers printed before it: "2.1" to "2.4" after "2."
    are its points, read only inside the outline, never as a run of their own. An item
    with a nought ("2.0") counts when another ("1.0", "3.0") is printed: a text cut short
    after "1.0" may have nothing but its points to number its items."""
    printed = {
        int(candidate.number[:-2])
        for candidate in candidates
        if re.fullmatch(r"\d{1,2}\.0", candidate.number)
    }
    plain: dict[int, int] = {}  # number -> the position where it was first printed
    noughts: dict[int, int] = {}
    for position, candidate in enumerate(candidates):
        if candidate.number.isdigit():
            plain.setdefault(int(candidate.number), position)
        elif re.fullmatch(r"\d{1,2}\.0", candidate.number) and len(printed) > 1:
            noughts.setdefault(int(candidate.number[:-2]), position)
    return [
        Parents(PrintedBefore(plain, position), PrintedBefore(noughts, position))
        for position in range(len(candidates))
    ]


def next_readings(reading: Reading, nested: bool) -> list[tuple[tuple, int]]:
    """(style, running number, nested) of the readings that may come next, each with how
    many numbers it skips: the next of the same style; from an item, the first point under
    it; from a point of an outline, the next item."""
    found = [((style, running, nested), gap) for (style, running), gap in next_numbers(reading)]
    kind, prefix, suffix = reading.style
    if reading.running == 1 and not prefix and not suffix and kind != "letter":
        found.append(((reading.style, 1, nested), 1))  # "1." again: a list that lost its count
    # "3.0": an item numbered with its sub-items' places, at the outline's top level
    top_level = not prefix and suffix in ("", ".0") and kind not in ("roman", "letter")
    if not nested and top_level and reading.running < 100:
        if not suffix:  # "3.0" is followed by "4.0", its points "3.1" are its text
            found.append((((kind, f"{reading.running}.", ""), 1, True), 0))
        # "3.0" then "4.1": the next item's heading was not printed, its points were
        found.append((((kind, f"{reading.running + 1}.", ""), 1, True), 1))
    if nested and (parent := outline_parent(reading)) is not None:
        found += [
            (((kind, "", suffix), parent + step, False), step - 1)
            for step in (1, 2, 3)
            for suffix in ("", ".0")
        ]
        # "2.2" then "3.1": the next item's heading not printed with its number, its points were
        found.append((((kind, f"{parent + 1}.", ""), 1, True), 1))
    if kind == "letter" and reading.running <= 26:  # "A. Opening" then "A 1.", "A2."
        found.append(((("", chr(64 + reading.running), ""), 1, nested), 0))
    if not kind and len(prefix) == 1 and prefix.isupper():  # "A 4." then "B. Business"
        found.append(((("letter", "", ""), ord(prefix) - 63, nested), 0))
    if len(prefix) == 1 and "A" <= prefix < "Z":  # "Item A2" then "Item B.1": part B's first
        found.append((((kind, chr(ord(prefix) + 1), suffix), 1, nested), 1))
    if suffix and not prefix:  # "41/19" then "42a/19": a minute lettered into parts
        parts = ((kind, str(reading.running + step), suffix) for step in (0, 1))
        found += [((style, 1, nested), gap) for gap, style in enumerate(parts)]
    if suffix and prefix.isdigit():  # "41d/19" then "42/19"
        found += [(((kind, "", suffix), int(prefix) + step, nested), step - 1) for step in (1, 2)]
    if not nested and top_level and not prefix and not suffix and reading.running < 100:
        found.append((((kind, f"{reading.running + 1}.", ""), 1, False), 0))  # "1." then "2a."
    # "2b." then "3.": the lettered parts of an item whose own heading was not printed, as
    # in an outline; or "1a" then "2.1": the next item's first point, its heading unprinted
    if not nested and (parent := outline_parent(reading)) is not None and kind != "letter":
        found += [(((kind, "", ""), parent + step, False), step - 1) for step in (1, 2, 3)]
        found.append((((kind, f"{parent + 1}.", ""), 1, False), 1))
    return found


def is_titled_point(candidate: HeadingCandidate) -> bool:
    """A point of an outline that heads text of its own: a short title alone on its line,
    not a sentence ("6.1 Photos had been published") nor an outcome ("11.1 Agreed – to")."""
    words = candidate.title.split()
    return (
        not candidate.body_start
        and 0 < len(words) <= OUTLINE_TITLE_WORDS
        and not DECISION_START.match(candidate.title)
        and not NOT_IN_TITLES.intersection(word.lower() for word in words)
    )
