"""Title lines without numbers: capitals ("CALL TO ORDER"), known business
("Apologies"), "Title: text" paragraphs, a short line alone above its text, a committee
system's rows; each judged by its evidence and by its neighbours (the document's own
style of heading, the attendance block around it)."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from search_app.parse.candidates import HeadingCandidate
from search_app.parse.layout import (
    MAX_TIMED_TITLE_WORDS,
    OPENS_WITH_PART,
    ends_a_paragraph,
    entry_key,
)
from search_app.parse.lines import (
    AMOUNT,
    SUM_OF_MONEY,
    TABLE_RULE,
    TERMINAL,
    WRAPPED_AT,
    Line,
    cell_text,
    continues_paragraph,
    ends_mid_sentence,
    holds_word,
    opens_a_row,
    shouts,
    text_cache,
)
from search_app.parse.meeting import (
    BODY_MET,
    DATE,
    MAX_DATED_TITLE_WORDS,
    NOT_THE_MEETING_DATE,
    breaks_a_date,
    first_date,
    money_after,
    names_a_venue,
)
from search_app.parse.numbered import (
    LONGEST_WRAPPED_LINE,
    MAX_TITLE_REST_WORDS,
    comparable,
    is_number_alone,
    next_text,
    next_texts,
    previous_text,
)
from search_app.parse.numbering import NAMED_NUMBERS, NUMBERED_LINE
from search_app.parse.procedural import STANDING_BUSINESS, is_procedural, is_standing_business
from search_app.parse.roles import (
    ANOTHER_MEETING,
    APOLOGIES_LABEL,
    ATTENDANCE_LABEL,
    BRACKETED,
    CREDITED_OUTCOME,
    DANGLING_DASH,
    HEADING,
    ITEM_PART,
    JOINED_ON,
    LEDGER_ENTRY,
    MEETING_LABEL,
    MOTION,
    NOT_IN_TITLES,
    NOTHING_AT_END,
    NOTHING_TO_REPORT,
    ONLY_A_DATE,
    OUTCOME,
    PERSON,
    ROLE_WORDS,
    SENTENCE_STARTERS,
    SIGN_OFF,
    SOMEONE_ACTING,
    TITLE_CONNECTIVES,
    Evidence,
    could_be_title,
    has_a_verb,
    is_a_name_alone,
    is_attendee_entry,
    is_body_text,
    is_capitals_line,
    is_listed_person,
    is_part_label,
    is_title_case,
    label_paragraph,
    looks_like_title,
    opening_title,
    reads_as_sentence,
    unnumbered_evidence,
)
from search_app.parse.titles import (
    DECISION_AFTER_TITLE,
    MAX_NAME_WORDS,
    PERSONAL_TITLES,
    known_business_first,
    split_before_subject,
    split_title_from_body,
    with_credit_in_text,
)

PRESIDING_ROLES = frozenset("Mayor President Chair Chairman Chairperson Chairwoman".split())

CLAUSE_OPENERS = frozenset("if when where while although unless once since should please".split())
# The formulae a record's sentence opens with, in capitals: "LET THE RECORD SHOW Cllr Bee
# was in attendance", "WHEREAS the Board ..."
RECORD_FORMULA = re.compile(r"(?:let\s+the\s+record\s+(?:show|reflect)|whereas)$", re.IGNORECASE)

# ... about the minutes: "To confirm and sign as a correct record the Minutes of ..."
MINUTES_WORDING = re.compile(
    r"^To\s+(?:confirm|approve|sign|agree|adopt|receive|note)\b.{0,80}?\b[Mm]inutes\b"
)
AGENDA_WORDING = re.compile(  # "To receive apologies for absence.", one sentence
    r"^To\s+(?:confirm|approve|sign|agree|adopt|receive|note|consider|elect|appoint|answer)"
    r"\b[^.!?]*\.$"
)

# A page label standing before a single item's title: ModernGov's "Agenda item" page.
ITEM_MARKER = re.compile(r"^(?:agenda\s+)?item\s*:?$", re.IGNORECASE)
DIGIT = re.compile(r"\d")
# "Minutes of the meeting held on ...": the document's heading, though it reads like a sentence.
HELD = re.compile(r"\bheld\b", re.IGNORECASE)
MINUTES_OF_A_MEETING = re.compile(
    r"^minutes\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}meeting\b", re.IGNORECASE
)

MEETING_WORD = re.compile(r"\b(?:meeting|minutes)\b", re.IGNORECASE)
HELD_AT_END = re.compile(r"\bheld(?:\s+(?:on|at))?$", re.IGNORECASE)

# The end of a body's or a meeting's name.
MEETING_NAME = re.compile(
    r"\b(?:council|committee|board|commission|trustees|directors|meeting|minutes)$", re.I
)
DOCUMENT_WORD = re.compile(
    r"^(?:(?:open|draft|confirmed|unconfirmed|approved)\s+)?minutes$", re.IGNORECASE
)
BODY_OF_PLACE = re.compile(
    r"^(?:the\s+)?(?:borough|city|town|township|village|county|district|shire|municipality|"
    r"parish)\s+of\s+[A-Z][\w'’ -]{2,40}$",
    re.IGNORECASE,
)
# Where the meeting was, under its date: a room or building, or a street address.
VENUE_LINE = re.compile(
    r"\b(?:room|hall|chambers?|centre|center|building|library|office|courthouse|hale)\b"
    r"(?:,\s*room\s+\w+)?(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?(?:$|,)"  # "... AT 7PM"
    r"|^\d+\s+(?:\w+\s+){0,3}(?:street|st|road|rd|avenue|ave|way|lane)\.?$"
    # ... or no place: "Virtual meeting via Zoom", "Held online"
    r"|^(?:held\s+)?(?:(?:a|the)\s+)?(?:virtual|online|hybrid|remote)(?:\s+meeting)?\b"
    r"|\bvia\s+(?:zoom|(?:microsoft\s+)?teams|webex|video\s*conference|teleconference)\b",
    re.IGNORECASE,
)
MINUTES_FIRST = re.compile(r"^minutes\b", re.IGNORECASE)  # "Minutes of the meeting held on"
HEADING_LINES = 25  # non-blank lines at the top that may hold the meeting's own heading
REPEATED_HEADING_REACH = 40  # non-blank lines below it where a cover page may repeat it

OUTCOME_ENDS = re.compile(r"[.,]\s+(?:carried|agreed|approved|lost)(?:\s+unanimously)?$", re.I)

# A title and the time it happened, on one line: "CALL TO ORDER 7:02 p.m."
TIME_HAPPENED = r"(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?"
TIMED_TITLE = re.compile(
    rf"^(?P<title>[A-Z][^:;,.\d]{{2,60}}?)\s+(?:[-\u2013\u2014]\s*)?{TIME_HAPPENED}(?:\s|$)",
    re.IGNORECASE,
)
TIMED_REST = re.compile(TIME_HAPPENED, re.IGNORECASE)

MAX_SECTION_WORDS = 5  # a section's title, and its parts' headings in capitals, at most

ATTENDANCE_LINE = re.compile(
    r"\b(?:present|attendance|absent|attendees|observers)\s*:", re.IGNORECASE
)
OPENING_MARKS = (
    ":",
    ";",
    ".",
    " -",
    "\u2013",
    "\u2014",
    "\u2022",
)  # the cheap test before opening_title

MIN_LABELLED_ROWS = 2  # "Minutes:" cells that make a table of committee-system rows, at least
MIN_RECURRING = 3  # times a line is printed that labels parts, not an item

MAX_ROW_TITLE_WORDS = 15  # a row's title longer than this ran into the agenda's wording

PEOPLE_LABEL = re.compile(
    r"\b(?:trustees|members|councillors|directors|commissioners|governors|officers|staff|"
    r"attendees|guests|visitors)$",
    re.IGNORECASE,
)

STYLE_SHORTFALL = 0.5  # a title line this far below HEADING still heads, in a document of them
MIN_CUT_SENTENCE_WORDS = 4  # "The Board approved the": a sentence the page cut off
WEAK_LABEL = -0.8  # "Title: text" this weak still heads an item in a document of them
MIN_LABEL_STYLE = 3  # ... that has this many strong ones
# A paragraph that opens in capitals and goes straight on in lower case
CAPITALS_OPENING = re.compile(
    r"^(?P<capitals>(?:[A-Z][A-Z'’&/-]+\s+){0,5}[A-Z][A-Z'’&/-]+)\s+(?=[a-z])"
)
SIGN_OFF_REACH = 30  # characters after the capitals in which a sign-off's words come
LONG_LABEL_FLOOR = -0.5  # the evidence of a long or dated title in that style, at least
# What a meeting is asked to do, opening the agenda's wording of an item
AGENDA_VERB = re.compile(
    r"^(?:Consider|Discuss|Approve|Adopt|Receive|Review|Authori[sz]e|Accept|Award|Ratify)\s+[a-z]"
)
SENTENCE_END = re.compile(r"[.?!](?=\s|$)")
MID_CLAUSE = re.compile(r"[a-z,;]$")  # a line that stops inside a sentence, before the next
MAX_OPENING_LINES = 3
MAX_OPENING_WORDS = 40
MIN_AGENDA_OPENINGS = 3
MIN_STYLED = 2  # headings that make a document's style, at least
VENUE_LINES = 2  # lines below the heading's date where the meeting's venue may be printed
MIN_SHOUTED = 2  # ... heads an item where this many paragraphs open "TITLE. Text"
MIN_SHOUTED_WORD = 6  # ... and a title of one word has this many letters ("FINANCE", not "NALC")
MAX_LABEL_TITLE_WORDS = 8  # "Approval of Patio Unit #2001:", alone on its line

AMOUNT_FIRST = re.compile(rf"^{AMOUNT}(?!\S)")  # "252,925.58   Total cash on hand"

NAMED_LABEL = re.compile(rf"(?:{'|'.join(NAMED_NUMBERS)})\s+(?P<token>\d{{1,3}}[a-z]?)", re.I)
BUSINESS_LABEL = re.compile(r"^items\s+of\s+business:?$", re.IGNORECASE)

# A topic of a few words, a spaced dash, then a sentence: "Hall hire – The committee ...".
PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
DASHED_OPENING = re.compile(
    r"^(?P<topic>[A-Z0-9][^.:;!?\u2013\u2014]{2,60}?)\s[\u2013\u2014-]\s(?P<rest>[A-Z][a-z].*)$"
)
# ... or a full stop after a short topic: "Hall repairs. The roof leak has been fixed."
STOPPED_OPENING = re.compile(
    r"^(?P<topic>[A-Z][^.:;!?\u2013\u2014]{2,40}?)\.\s(?P<rest>[A-Z][a-z].*)$"
)
MAX_STOPPED_TOPIC_WORDS = 4
BRACKETED_NOTE = re.compile(r"^\((?=[^)]*\s)[^()]{8,120}\)\.?$")  # "(Cllr Bee left the meeting)"

MAX_APOLOGY_LINES = 6  # names under "Apologies:", one a line, before the next label, at most

NO_BUSINESS = ("no", "none", "nil")  # "NONE", "No apologies.": a note under a title

MIN_BLOCK_ENTRIES = 3
# "Colin Bell (CB) – Treasurer", "Ann Dee – Ward Councillor ditto": a name, a dash, a post
NAME_DASH_ENTRY = re.compile(
    r"^[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}(?:\s+\([A-Z]{2,4}\))?\s+[-\u2013\u2014]\s+\S"
)


MAX_WRAPPED_BULLET_LINES = 8  # lines a bullet's paragraph wraps on to, at most, as a rule
PAST_THE_MARGIN = 1.1  # of the wrap width: a line this long was never wrapped
AT_THE_MARGIN = 0.2  # of the lines, ending near the wrap width: the text wraps at a margin
PAST_IT = 0.03  # of the lines, longer than the margin: whole paragraphs, no wrapping


def wrap_margin(lines: list[Line], width: int | None) -> int | None:
    """The width as a margin the text was wrapped at: many lines end just short of it and
    hardly any run past it. Lines of whole paragraphs (a page saved line by line) have
    no margin, only a spread of lengths, whatever their 90th percentile."""
    lengths = [len(line.text) for line in lines if line.text]
    if not width or not lengths:
        return None
    near = sum(WRAPPED_AT * width <= length <= width for length in lengths)
    past = sum(length > PAST_THE_MARGIN * width for length in lengths)
    sharp = near >= AT_THE_MARGIN * len(lengths) and past <= PAST_IT * len(lengths)
    return width if sharp else None


def runs_to_the_margin(previous: str, margin: int | None) -> bool:
    """A line of running text that filled the page's width and did not end its sentence:
    the line under it is the paragraph's wrapped rest ("... for their work on the" /
    "Harbour Trust"), however much it looks like a title alone."""
    return bool(
        margin
        and WRAPPED_AT * margin <= len(previous) <= PAST_THE_MARGIN * margin
        and not previous.endswith(TERMINAL)
        and not is_capitals_line(previous)
    )


def ends_the_sentence_above(previous: str, text: str) -> bool:
    """ "... in the Courtroom of the Cannon" / "County Courthouse.": a short line that ends
    with a full stop, under a long line of running text that stopped mid-sentence, is that
    sentence's end, wherever the page's margin is."""
    return (
        len(previous) >= LONG_LINE
        and not previous.endswith((*TERMINAL, ":"))
        and is_body_text(previous)
        and text.endswith(".")
        and len(text.split()) <= SHORT_END_WORDS
    )


LONG_LINE = 60  # characters of a line that ran on to the next
SHORT_END_WORDS = 6  # words of a sentence's end carried to the next line, at most


def capitals_style(numbered: list[HeadingCandidate]) -> bool:
    """Most numbered titles in capitals: headings in capitals around them belong too."""
    return sum(is_capitals_line(h.title) for h in numbered) * 2 >= len(numbered)


def unnumbered_headings(
    lines: list[Line],
    candidates: list[HeadingCandidate],
    margin: int | None = None,
    too_weak: list[HeadingCandidate] | None = None,
) -> list[HeadingCandidate]:
    """Title lines without numbers (capitals, known business, a short line heading text),
    and headings numbered like reports ("MM21/03 ...") that stand alone among them.
    `too_weak`, when given, collects the lines weighed and found too weak (for --explain).

    Nothing above the meeting's date line counts: that is the document's own heading; nor
    above a label that opens the business ("Items of Business"), under which a committee
    system's page has only notes about the meeting ("Hybrid Meeting", "Webcasting").
    """
    start = max(heading_date_line(lines), business_label_line(lines)) + 1
    entries = lines_in_blocks_of_entries(lines)
    coded = {
        c.index: c
        for c in candidates
        if c.index >= start
        and re.match(r"[A-Z]+\d", c.number)
        and not CREDITED_OUTCOME.match(c.title)
    }  # "MM21/03", not a letter ("L. Wiwcharuk" is an initial), nor "C13/133 Bee/Dee CARRIED"
    headings: list[HeadingCandidate] = []
    weak: list[HeadingCandidate] = []  # "Cemetery: No report" among stronger "Title: text"
    shouted: list[HeadingCandidate] = []  # "THE MINUTES of the last meeting were ..."
    long_labels: list[HeadingCandidate] = []  # "CERTIFICATION OF MAY 25 ELECTION:" alone
    agenda_openings: list[HeadingCandidate] = []  # "Consider approval of the minutes ..."
    told_attendance: list[HeadingCandidate] = []  # "ATTENDANCE" / "The meeting was attended"
    empty: list[HeadingCandidate] = []  # "Supervisor's Report:" with nothing under it
    previous, joined = "", -1
    texts_after = next_texts(lines)
    labelled_rows = has_labelled_rows(lines)
    worded = has_worded_rows(lines)
    spaced = every_line_a_paragraph(lines)  # "NATIONAL" / "" / "ANTHEM": still one title
    unparted = paragraphs_a_line_each(lines)  # no blank lines: each line its paragraph
    headed_below = (  # a contents entry's title heading a line below: only with entries
        {comparable(line.text): i for i, line in enumerate(lines) if not line.entry}
        if any(line.entry for line in lines)
        else {}
    )
    for index, line in enumerate(lines):
        text = line.text
        after_marker = ITEM_MARKER.match(previous) is not None
        following = past_bracketed_notes(lines, texts_after[index])
        next_line = lines[following].text if following is not None else ""
        if following is not None and texts_after[following] is None:
            next_line = as_cut_off_sentence(next_line)
        if index == joined:
            pass  # the second line of a heading in capitals, already taken
        elif index in coded:
            headings.append(coded[index])
        elif text and (
            heads_a_row(text, previous, next_line, labelled_rows, index >= start)
            or (labelled_rows and opens_a_row(lines, index) and opens_a_titled_row(text))
            or starts_a_labelled_row(lines, index, following)
        ):
            headings.append(row_heading(index, text))
        elif text and index >= start and minutes_wording_alone(lines, index, previous, worded):
            evidence = Evidence()
            evidence.add(
                HEADING, "the agenda's wording about the minutes alone after a minute's text"
            )
            headings.append(
                HeadingCandidate(index, "", text.rstrip(" ."), "", 1, evidence=evidence)
            )
        elif (
            text
            and index >= start
            and may_head(headed := over_a_part(text, previous, next_line), after_marker, next_line)
        ):
            text = headed
            below = following == index + 1 or (spaced and following == index + 2)
            # ... never after the title's own colon ("CORRESPONDENCE IN:" / "THE COMMITTEE
            # HAS RECEIVED ...": its text)
            if below and not text.endswith(":") and continues_title(text.rstrip(" :"), next_line):
                text, joined = f"{text.rstrip(' :')} {next_line}", following  # "OF MINUTES"
                following = next_text(lines, following)
                next_line = lines[following].text if following is not None else ""
            # After two blank lines or a table's cell, the paragraph before has ended.
            blanks = index >= 2 and not lines[index - 1].text and not lines[index - 2].text
            # ... or one blank line before a heading in capitals
            blanks = blanks or (index >= 1 and not lines[index - 1].text and shouts(text))
            before = "" if blanks or previous.endswith("|") else previous
            if is_label_cell(text, next_line):  # "Finance |" then "The treasurer ... |"
                evidence = unnumbered_evidence(cell_text(text), cell_text(next_line), before)
                evidence.add(0.5, "a table's first cell, the text in the next")
                text = cell_text(text)
            else:
                labelled_part = part_follows(lines, index)
                evidence = unnumbered_evidence(
                    cell_text(text),
                    cell_text(next_line),
                    before,
                    labelled_part,
                    line.linked,
                    line.underlined,
                )
                alone = standing_alone(lines, index) or (
                    unparted and previous.endswith(TERMINAL) and is_body_text(next_line)
                )
                if alone and sentence_case_title(text, next_line):
                    evidence.add(1, "a short line alone above a paragraph ('Matters arising')")
                elif alone and NOTHING_TO_REPORT.match(next_line) and is_title_case(text.split()):
                    evidence.add(0.5, "a title alone above its status ('Urgent Matters' / 'Nil.')")
                elif (alone or opens_a_table_of_sums(lines, index)) and label_over_its_text(
                    text, next_line
                ):
                    evidence.add(0.5, "a title and a colon alone above its text")
                elif colon_over_paragraph(text, next_line):
                    evidence.add(1, "a title and its colon alone above a paragraph")
                elif alone and section_over_headings(text, next_line):
                    evidence.add(0.5, "a title alone above headings in capitals (its sections)")
            if after_marker:
                evidence.add(2, "after an 'Agenda item' marker")
            if index <= start + VENUE_LINES and names_a_venue(text) and not is_procedural(text):
                evidence.add(-2, "where the meeting was held ('COUNCIL CHAMBERS/CITY HALL')")
            if runs_to_the_margin(before, margin):
                evidence.add(-2, "the line above ran to the margin mid-sentence: its paragraph")
            elif lines[index - 1].text and ends_the_sentence_above(before, line.text):
                evidence.add(-2, "ends the sentence the long line above began: its paragraph")
            if attendance_below(previous, text):
                evidence.add(-1.5, "the attendance the label above introduces ('Members present:')")
            elif APOLOGIES_LABEL.match(text.rstrip(" :")) and attendance_resumes(lines, index):
                evidence.add(-1.5, "inside the attendance (names, then 'In Attendance' below)")
            if index in entries:
                evidence.add(-1.5, "one of a block of entries (a masthead, names and posts)")
            elif is_listed_person(text) and ends_a_list_of_people(lines, index):
                evidence.add(-1.5, "the last of a list of people ('Clr Cy Dee' below another)")
            if line.entry and headed_below.get(entry_key(text), -1) > index:
                evidence.add(-2, "a contents entry whose title heads a line below (the item's)")
            elif line.entry:
                evidence.add(1, "an entry of a contents table (dot leaders, a page number)")
            starts = opens_paragraph(previous, blank_before=not lines[index - 1].text)
            starts = starts or text.startswith("- ")  # a bullet's entry is one of its own
            label, rest, labelled = label_paragraph(text, next_line, starts)
            if line.entry:  # a contents entry's colon stands before its page ("MINUTES: 3")
                label, rest = "", text
            paragraph_before = previous.removeprefix("- ")
            after_label = ATTENDANCE_LABEL.match(previous) or opening_title(paragraph_before)
            if label and not starts and after_label and is_body_text(rest):
                # "Present: ..." then "Call to Order: Chair Bee called ...": a new paragraph
                label, rest, labelled = label_paragraph(text, next_line, True)
            if label and (
                (in_attendance_block(previous, next_line) and not is_body_text(rest))
                or closes_attendance(label, rest, previous)
            ):
                labelled.add(-1.5, "inside the attendance ('Present:' above, 'In Attendance:')")
            # ... not "Business Items:", a section's title over its items
            introduced = previous.endswith(":") and not heads_a_section(previous)
            if label and introduced and not is_procedural(label):
                labelled.add(-1.5, "what the line before introduces (it ends with a colon)")
            if (
                label
                and text.startswith("- ")
                and not bulleted_label(*bullets_beside(lines, index))
            ):
                labelled.add(-1, "a bullet alone: the entry of a list, not one of its items")
            if label:  # "Title: text" is judged as a paragraph opening, never as a title line
                evidence = labelled
            # A weak "Title: text" opening may still be a title run in: "ROLL CALL Roll call ...:"
            weighed = label and labelled.score >= WEAK_LABEL
            headed = weighed or evidence.score >= HEADING
            run_in = None if headed or not starts else run_in_title(text)
            if label and labelled.score >= HEADING:
                number, label, rest = named_number_label(label, rest)
                headings.append(HeadingCandidate(index, number, label, rest, 1, evidence=labelled))
            elif weak_label(label, starts, labelled) and not (labelled_rows and row_part(text)):
                weak.append(HeadingCandidate(index, "", label, rest, 1, evidence=labelled))
            elif run_in:
                headings.append(HeadingCandidate(index, "", *run_in, 1, evidence=run_in_evidence()))
            elif evidence.score >= HEADING:
                title, rest = timed_title(text) or (text.rstrip(" :"), "")
                used = joined - index + 1 if joined > index else 1  # "OF MINUTES" is the title's
                headings.append(HeadingCandidate(index, "", title, rest, used, evidence=evidence))
            elif evidence.score >= HEADING - STYLE_SHORTFALL and empty_business(text, next_line):
                evidence.add(HEADING - evidence.score, "known business over known business")
                headings.append(
                    HeadingCandidate(index, "", text.rstrip(" :"), "", 1, evidence=evidence)
                )
            elif starts and (opening := capitals_opening(text)):
                shouted.append(HeadingCandidate(index, "", *opening, 1, evidence=evidence))
            elif attendance_told(text, next_line):
                title = text.rstrip(" :")
                told_attendance.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
            elif evidence.score >= LONG_LABEL_FLOOR and capitals_label_over_text(text, next_line):
                title = text.rstrip(" :")
                long_labels.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
            elif evidence.score >= HEADING - STYLE_SHORTFALL and ends_with_a_mark(text):
                title = DANGLING_DASH.sub("", text).rstrip(" :")
                empty.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
            elif too_weak is not None:
                weak_one = labelled if label else evidence
                too_weak.append(
                    HeadingCandidate(index, "", label or text, rest, 1, evidence=weak_one)
                )
        elif (
            text
            and index >= start
            and opens_paragraph(previous, blank_before=not lines[index - 1].text)
            and (opening := capitals_opening(text))
        ):
            shouted.append(HeadingCandidate(index, "", *opening, 1, evidence=Evidence()))
        opening = None
        if text and index >= start and not MID_CLAUSE.search(previous):
            opening = agenda_opening(lines, index, margin)
        if opening:
            agenda_openings.append(opening)
        if line.text:
            previous = line.text  # as printed: titled_line() drops a title's full stop
    headings = with_dashed_openings(with_empty_sections(headings, empty, lines), lines, start)
    if too_weak is not None:
        too_weak += [h for h in empty if h not in headings]
    # Title lines too weak alone, of a form the document's headings may take: each heads an
    # item where the headings found are of that form (the attendance only below the first)
    label_style = sum(bool(h.body_start) for h in headings) >= MIN_LABEL_STYLE
    headings = with_titles_held_back(headings, weak, "Title: text", label_style)
    shouting = sum(shouts_with_text(h) for h in headings) >= MIN_SHOUTED
    headings = with_titles_held_back(headings, shouted, "TITLE then its text", shouting)
    colons = sum(capitals_label_over_text(lines[h.index].text, "") for h in headings)
    headings = with_titles_held_back(
        headings, long_labels, "TITLE: alone over its text", colons >= MIN_SHOUTED
    )
    # ... a style two headings make, at least: one label above it ("APOLOGIES: Cllr Bee")
    # is the attendance's own
    told = [h for h in told_attendance if headings and h.index > headings[0].index]
    in_style = len(headings) >= MIN_STYLED and capitals_style(headings)
    headings = with_titles_held_back(
        headings, told, "the attendance told among headings in capitals", in_style
    )
    if len(agenda_openings) >= MIN_AGENDA_OPENINGS:
        taken = {h.index for h in headings}
        first = agenda_openings[0].index  # above it, only weak title lines go (names, posts)
        headings = [h for h in headings if h.index >= first or not weak_above_agenda(h)]
        headings += [h for h in agenda_openings if h.index not in taken]
        headings.sort(key=lambda h: h.index)
    headings = without_people_present(without_recurring_lines(headings, lines), lines, start)
    headings = without_lists_last_entries(headings, lines)
    return consistent_colons(consistent_labels(consistent_case(headings, lines), lines), lines)


def minutes_wording_alone(
    lines: list[Line], index: int, previous: str, worded_rows: bool = False
) -> bool:
    """ "To confirm the minutes of the meeting held on 25 November." as a paragraph of its
    own after a minute's text (or first of all): the item on the minutes, its title left out
    of a committee system's page, the agenda's wording standing for it. Under a title
    ("Minutes" / "To confirm ...") the wording is the title's text. Where the page's rows
    give each title its agenda's wording (`worded_rows`), any such wording alone ("To
    receive apologies for absence.") stands for its lost title."""
    text = lines[index].text
    worded = MINUTES_WORDING.match(text) or (worded_rows and is_agenda_wording(text))
    if not worded or not standing_alone(lines, index):
        return False
    if not previous or LABELLED_VALUE.match(previous):
        return True  # first of all, or first under the meeting's labels ("Venue: Elm Hall")
    return is_body_text(previous) and previous.endswith(TERMINAL)


def is_agenda_wording(text: str) -> bool:
    """ "To receive declarations of interest.": what the meeting was asked to do, whole."""
    return bool(AGENDA_WORDING.match(text)) and len(text.split()) <= MAX_OPENING_WORDS


def has_worded_rows(lines: list[Line]) -> bool:
    """A committee system's rows: a title, then its agenda's wording as its own paragraph
    ("Declaration of Interests" / "To receive declarations of interest.")."""
    shown = [line.text for line in lines if line.text]
    return any(
        is_agenda_wording(text) and could_be_title(above) and not is_body_text(above)
        for above, text in zip(shown, shown[1:], strict=False)
    )


def named_number_label(label: str, rest: str) -> tuple[str, str, str]:
    """(number, title, text) of a label that is only a named number, its title after it
    ("Article 1: Retroactive Detail Pay – Police Department: Mr. Lowe reported ..."); any
    other label as it is, with no number."""
    named = NAMED_LABEL.fullmatch(label)
    if not named:
        return "", label, rest
    title, colon, text = rest.partition(": ")
    if not colon or not looks_like_title(title.rstrip(" :")):
        title, text = split_title_from_body(rest)
    return named["token"], title.rstrip(" :") or label, text


def business_label_line(lines: list[Line]) -> int:
    """Index of a label that opens the meeting's business ("Items of Business"), or -1; not
    "Order of Business", as often an item of its own."""
    return next((i for i, line in enumerate(lines) if BUSINESS_LABEL.match(line.text)), -1)


def without_recurring_lines(
    headings: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A title line printed three times or more ("Statement by the Chairman:" before each
    statement) labels a part of several items, as a speaker's turn does; an item's title
    is printed once, or twice with the agenda listed above the minutes."""
    seen = Counter(line.text for line in lines if line.text)
    return [h for h in headings if seen[lines[h.index].text] < MIN_RECURRING]


# The cheap test before run_in_title: capitalised words, then someone acting.
# "Maintenance 1) SV had ...": a title, then the first point of its list; "Approval of
# Agenda Moved by Councillor Bee Seconded by ...": a title, then the motion on it
TITLE_OVER_LIST = re.compile(
    r"^(?P<title>[A-Z][\w'\u2019&-]*(?:\s+[\w'\u2019&-]+){0,5}?)\s+"
    r"(?=(?:1[.)]|\(1\)|\(?a\))\s+[A-Z]|(?-i:Moved|MOVED)\s+by\b)"
)
RUN_IN = re.compile(
    # "BIDS Administrator Haley reviewed ...", "DELEGATIONS Elm RV Park A talk was ...": a
    # title in capitals, then a subject in title case (an acronym too) and a verb
    r"^(?P<capitals>(?:[A-Z][A-Z'’&/-]+\s+){0,5}[A-Z][A-Z'’&/-]{2,})\s+"
    r"(?=(?:[A-Z](?:[a-z][\w.,'’-]*|[A-Z]{1,3})?\s+){1,6}[a-z])"
    r"|^[A-Z][\w'’&-]*\s+(?:[\w'’&-]+\s+){0,7}"
    r"(?:[A-Z]{2,3}|The|Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr|Members|No|There|It)"
    r"\.?\s+(?:[A-Z][\w'’.-]*\s+){0,2}[a-z]"  # "Presentations Ms. Toni Bee, of ..." too
)


def empty_business(text: str, next_line: str) -> bool:
    """ "Old Business" alone, then "New Business" and its text: standing business with
    nothing under it, the next heading straight below."""
    following = next_line.rstrip(" :")
    return (
        is_standing_business(text.rstrip(" :"))
        and len(following.split()) <= MAX_SECTION_WORDS
        and is_standing_business(following)
    )


def with_empty_sections(
    headings: list[HeadingCandidate], empty: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A title line ending in a colon with nothing under it ("Building Inspector's Report:"
    then the next heading) heads an empty section where the document's headings are
    title lines of that shape, three at least: judged by its neighbours, not alone."""
    shaped = sum(not h.body_start and ends_with_a_mark(lines[h.index].text) for h in headings)
    if not empty or shaped < MIN_LABEL_STYLE:
        return headings
    empty = without_a_tables_labels(empty, lines)
    for heading in empty:
        heading.evidence.add(HEADING - heading.evidence.score, "the document's style: Title:")
    return sorted(headings + empty, key=lambda h: h.index)


def without_a_tables_labels(
    empty: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """ "Purchases:" / "Donations:" / "Videos:" straight under one another: a table's labels
    (a library's figures), not sections; the first of them may head them."""
    at = {h.index for h in empty}
    return [h for h in empty if previous_text(lines, h.index) not in at]


def closes_attendance(label: str, rest: str, previous: str) -> bool:
    """ "Apologies: Deputy A Bee; Senator C Dee." straight under who came (its label, or
    the last of its people: "Mr. Ian Kerr, Director of Services."): the names of those who
    sent apologies end the attendance; no sentence ("... were received") there."""
    said = NOT_IN_TITLES.intersection(word.lower() for word in rest.split())
    came = ATTENDANCE_LINE.search(previous) or is_attendee_entry(previous.rstrip(" ."))
    return bool(APOLOGIES_LABEL.match(label) and came and not said)


NO_APOLOGIES = re.compile(r"^(?:there\s+were\s+)?no\s+apologies\b|^(?:none|nil)\b", re.I)


def attendance_resumes(lines: list[Line], index: int) -> bool:
    """ "Apologies:" / "Ann Bee and Carl Dee" / "In Attendance": names under the line, then
    the label of another part of the attendance, before any sentence: the label is one
    part of who came and who did not, not the first business."""
    texts = (lines[at].text for at in range(index + 1, len(lines)) if lines[at].text)
    for text in itertools.islice(texts, MAX_APOLOGY_LINES):
        if ATTENDANCE_LABEL.match(text) and len(text.split()) <= MAX_NAME_WORDS:
            return True
        if NO_APOLOGIES.match(text):
            continue  # "There were no apologies.": the label's note, not business
        if is_body_text(text) or shouts(text):
            return False
    return False


def in_attendance_block(previous: str, following: str) -> bool:
    """Between two lines of the attendance ("Councillors Present: ..." / "Apologies: A Bee"
    / "In Attendance: ..."): a list of who came, not business."""
    return all(ATTENDANCE_LINE.search(text) for text in (previous, following))


def opens_paragraph(previous: str, blank_before: bool) -> bool:
    """A line starts a paragraph after a blank line, a row's end, a sentence's end, a
    line longer than any wrapped one (a paragraph a line), a short entry of a list ("- July
    10 with corrections"), or an outcome or a note closing a line ("... Carried", "Fire
    Board – No Report")."""
    return (
        not previous
        or blank_before
        or previous == "|"  # a table's row ended
        or bool(TABLE_RULE.match(previous))  # ... or its header did: "---|---|"
        or bool(ONLY_A_DATE.match(previous))  # a heading's date alone: "November 6, 2007"
        or (previous.startswith("- ") and len(previous) <= SHORT_LIST_ENTRY)
        or bool(SUM_AT_END.search(previous))  # "Vouchers – $28,917.61": a value, whole
        or (
            previous.endswith(TERMINAL)
            and not ends_mid_sentence(previous)  # not "... Mr."
            and not runs_on_as_a_list(previous)  # not "M. Bee; P. Cole; K. Dunn;"
        )
        or len(previous) > LONGEST_WRAPPED_LINE
        or bool(OUTCOME_ENDS.search(previous) or reported_nothing(previous))
        or is_labelled_value(previous)
    )


# A short line that is a label and its value: "Apologies: Ann Bee", "Venue: Elm Hall".
LABELLED_VALUE = re.compile(r"^[A-Z][\w'\u2019()/ -]{1,40}:\s+[A-Z][\w.'\u2019 -]*$")
MAX_LABELLED_VALUE = 60  # characters of such a line, at most: not a wrapped paragraph's


def is_labelled_value(text: str) -> bool:
    """ "Apologies: George Bee" above "Minutes of last meeting: Approved ...": a label and its
    value (no comma, no stop), whole on its line; the next line starts anew. Not a part of
    a vote or a motion ("Nay: None" goes on to the ruling below)."""
    if len(text) > MAX_LABELLED_VALUE or not LABELLED_VALUE.match(text):
        return False
    return not is_part_label(text.split(":", 1)[0])


def runs_on_as_a_list(text: str) -> bool:
    """ "Councillors: M. Bee; P. Cole; K. Dunn;": a list whose entries semicolons part, its
    last one ended by one, goes on at the next line (a wrapped line, not a paragraph)."""
    return text.endswith(";") and text.count(";") >= MIN_LISTED_SEMICOLONS


MIN_LISTED_SEMICOLONS = 3
SHORT_LIST_ENTRY = 40  # characters of a list's entry that cannot have wrapped
SUM_AT_END = re.compile(r"[$\u00a3\u20ac]\s?\d[\d,]*(?:\.\d\d)?$")


def reported_nothing(text: str) -> bool:
    """ "Fire Board – No Report": a title's note that ends its paragraph; not a vote's
    "Nay: None", which the paragraph goes on after."""
    note = NOTHING_AT_END.search(text)
    return bool(note) and not is_part_label(text[: note.start()])


def bullets_beside(lines: list[Line], index: int) -> tuple[str, str]:
    """The bullets before and after a bulleted line's paragraph, past the lines it and the
    one before wrap on to ("- Truck repairs – ...: Carl said" / "opened a shop ..." /
    "- Boy Scout rooms – ..."): a bullet's neighbours, however narrow the page."""
    found = []
    for step in (-1, 1):
        at, text, seen = index + step, "", 0
        while 0 <= at < len(lines) and seen < MAX_WRAPPED_BULLET_LINES:
            if lines[at].text.startswith("- "):
                text = lines[at].text
                break
            seen += bool(lines[at].text)  # blank lines part paragraphs, not lists
            at += step
        found.append(text)
    return found[0], found[1]


def bulleted_label(*neighbours: str) -> bool:
    """A neighbour is a bullet that opens with a title too: "- Truck repairs – ..."."""
    return any(text.startswith("- ") and opening_title(text[2:]) for text in neighbours)


def is_report_label(label: str) -> bool:
    """A short label that may head a report ("Cemetery", "Clerk", "Road Grading"), not a
    part's or the meeting's ("Moved", "Note", "Present", "Date")."""
    words = label.split()
    if len(words) > 3 or not all(w[0].isupper() for w in words):
        return False
    if len(words) > 1 and words[0].rstrip(".") in PERSONAL_TITLES:
        return False  # "Dr. Khushila: Principal-Cum-Chair": a person, not a report
    office = label.lower() in ("clerk", "secretary", "chair", "chairman", "chairperson")
    meeting = MEETING_LABEL.search(label) or ATTENDANCE_LABEL.search(label)
    meeting = meeting or PEOPLE_LABEL.search(label)  # "Trustees: Capt. R Penwarden, ..."
    return office or not (is_part_label(label) or meeting)


def run_in_title(text: str) -> tuple[str, str] | None:
    """(title, text) of a paragraph whose title runs straight into its first sentence,
    with no colon or dash between: "Matters Arising NW reported that ...", "Treasurer's
    Report The balance stands at ...". The sentence must start with someone acting."""
    if timed := timed_title(text):
        return timed
    capitals = RUN_IN.match(text)
    listed = TITLE_OVER_LIST.match(text)
    decided = DECISION_AFTER_TITLE.match(text)  # "Confirmation of the Minutes RESOLVED ..."
    if capitals and capitals["capitals"]:
        split = capitals["capitals"], text[capitals.end() :]
    elif listed:
        split = listed["title"], text[listed.end() :]
    elif decided and decided["title"]:
        split = decided["title"], text[decided.end() :]
    else:
        split = split_before_subject(text, sentences=False)
    ruled = bool(decided and decided["title"])
    if not split or not (is_body_text(split[1]) or (listed and MOTION.match(split[1])) or ruled):
        return None
    title, rest = with_credit_in_text(*split)
    words = title.split()
    if not 1 <= len(words) <= 8 or not is_title_case(words) or not could_be_title(title):
        return None
    if is_part_label(title) or OUTCOME.match(title) or JOINED_ON.match(title):
        return None  # "RESOLVED That ...", "MOTION CARRIED Trustee Bee ...", "THAT Council ..."
    if title in PRESIDING_ROLES or PERSON.match(title):
        return None  # "Mayor Cr Scott opened the meeting", "Mr J A Bee informed ...": a person
    if title.lower() in CLAUSE_OPENERS or RECORD_FORMULA.match(title):
        return None  # "If Members have declared ...", "LET THE RECORD SHOW ...": no title
    if SENTENCE_WORDS.intersection(word.lower() for word in words):
        return None  # "She also advised Members ...": a sentence's subject and its verb
    return title, rest


# Words of a sentence, never of a title: a person spoken of, an adverb of what they did
SENTENCE_WORDS = frozenset({"she", "he", "they", "we", "also"})


def with_titles_held_back(
    headings: list[HeadingCandidate], held: list[HeadingCandidate], style: str, in_style: bool
) -> list[HeadingCandidate]:
    """Title lines held back as too weak alone ("Cemetery: No report", "THE MINUTES of the
    last meeting were read"), added where the document's headings are `in_style`."""
    if not held or not in_style:
        return headings
    for heading in held:
        heading.evidence.add(HEADING - heading.evidence.score, f"the document's style: {style}")
    return sorted(headings + held, key=lambda h: h.index)


def shouts_with_text(heading: HeadingCandidate) -> bool:
    """A title in capitals with its text on its line ("FINANCE. Two cheques ...")."""
    return bool(heading.body_start) and is_capitals_line(heading.title)


def capitals_opening(text: str) -> tuple[str, str] | None:
    """(title, text) of a paragraph whose first words, in capitals, are its title and
    the start of its first sentence at once: "APOLOGIES FOR ABSENCE were received from
    ...", "THE MINUTES of the last meeting were read". Not an outcome ("RESOLVED that"),
    nor a body's short name ("NALC has written")."""
    opening = CAPITALS_OPENING.match(text)
    if not opening:
        return None
    title = opening["capitals"]
    words = title.split()
    if len(words) == 1 and len(title) < MIN_SHOUTED_WORD:
        return None
    if is_part_label(title) or OUTCOME.match(title) or says_meeting_held(text):
        return None  # "MINUTES of the meeting held on ...": the document's own heading
    if SIGN_OFF.search(text[: len(title) + SIGN_OFF_REACH]):
        return None  # "MINUTES respectfully submitted by ...": who wrote them
    return title, text


def capitals_label_over_text(text: str, next_line: str | None) -> bool:
    """A line in capitals ending with its colon, alone over a paragraph ("CALL TO ORDER:"
    / "The meeting was called ..."); with `next_line` "", the line's form alone."""
    form = text.endswith(":") and is_capitals_line(text) and not is_part_label(text)
    return form and (next_line == "" or is_body_text(next_line))


def agenda_opening(lines: list[Line], index: int, margin: int | None) -> HeadingCandidate | None:
    """A paragraph that opens with the agenda's wording of its item, a verb of what the
    meeting was asked to do ("Consider approval of the minutes of the work session held on
    July 22," / "2004."): its first sentence, over as many lines as it wraps, is the title.
    Such paragraphs head items where the document has several of them."""
    if not AGENDA_VERB.match(lines[index].text):
        return None
    texts, used = [lines[index].text], 1
    while used < MAX_OPENING_LINES and not SENTENCE_END.search(texts[-1]):
        following = lines[index + used].text if index + used < len(lines) else ""
        if not following or not continues_paragraph(texts[-1], following, margin):
            break
        texts.append(following)
        used += 1
    sentence = " ".join(texts)
    end = SENTENCE_END.search(sentence)
    if not end and index + used >= len(lines):
        end = re.search(r"$", sentence)  # the document stops inside it
    if not end or len(sentence[: end.start()].split()) > MAX_OPENING_WORDS:
        return None
    evidence = Evidence()
    evidence.add(HEADING, "the agenda's wording opens the paragraph, as it opens others")
    rest = sentence[end.end() :].strip()
    return HeadingCandidate(index, "", sentence[: end.start()], rest, used, evidence=evidence)


def weak_above_agenda(heading: HeadingCandidate) -> bool:
    """A title line above the first item opened by the agenda's wording that is no known
    business, no number and no more than barely a title: a name or a post listed."""
    known = heading.number or is_procedural(heading.title)
    return not known and heading.evidence.score <= HEADING


def attendance_told(text: str, next_line: str) -> bool:
    """ "ATTENDANCE" alone in capitals over a sentence ("The meeting was attended by ..."),
    not over a list of names: below the first item, it is an item like the others."""
    label = text.rstrip(" :")
    return (
        is_capitals_line(label)
        and bool(ATTENDANCE_LABEL.fullmatch(label))
        and is_body_text(next_line)
        and not names_people_first(next_line)
    )


def names_people_first(text: str) -> bool:
    """ "Present were Mayor Bee and ...", "Cllr A Bee, ...": the names themselves."""
    return bool(PERSON.match(text) or re.match(r"(?i)present\b", text))


def section_over_headings(text: str, next_line: str) -> bool:
    """ "Department Reports" alone, then "POLICE", "HIGHWAY": a short title in title case
    over the headings in capitals of its parts; or standing business ("New Business") over
    the titles of its parts in any case."""
    words = text.split()
    if len(words) > MAX_SECTION_WORDS or len(next_line.split()) > MAX_SECTION_WORDS:
        return False
    if STANDING_BUSINESS.match(text.rstrip(" :")):
        return could_be_title(next_line)
    return (
        not is_capitals_line(text)
        and is_title_case(words)
        and is_capitals_line(next_line)
        and not names_someone(text)
    )


def names_someone(text: str) -> bool:
    """ "Cr Anne Smyth", "Ann Bee (Minute Secretary)": an attendance list's last entry
    above the next label in capitals, not a section's title over it."""
    bracket = re.search(r"\(([^)]*)\)$", text)
    return bool(PERSON.match(text) or (bracket and ROLE_WORDS.search(bracket[1])))


def timed_title(text: str) -> tuple[str, str] | None:
    """(title, text) of a title in capitals, or of known business, with the time it
    happened after it: "CALL TO ORDER 7:02 p.m.", "Adjournment - 8.15pm"."""
    timed = TIMED_TITLE.match(text)
    if not timed:
        return None
    title = timed["title"]
    words = title.split()
    known = is_capitals_line(title) or (is_procedural(title) and is_title_case(words))
    if not known or len(words) > MAX_TIMED_TITLE_WORDS or is_part_label(title):
        return None
    if OUTCOME.match(title):
        return None  # "Adjourned at 9:10 p.m.": the meeting's end, told, not a title
    return title, text[timed.end("title") :].strip(" -\u2013\u2014")


def run_in_evidence() -> Evidence:
    evidence = Evidence()
    evidence.add(0.7, "opens its paragraph with a title run into its first sentence")
    evidence.add(0.5, "running text follows the title")
    return evidence


def titled_line(text: str, following: str = "") -> str:
    """A short title printed with a full stop ("Call to Order.", "Roll Call and Quorum.")
    without it, a title in capitals without the bullet that replaced its lost number
    ("- APOLOGIES FOR ABSENCE"), a title behind a bullet with text, not another bullet,
    `following` it; any other line as it is."""
    if text.startswith("- ") and (is_capitals_line(text[2:]) or text.endswith(":")):
        return text[2:]  # "- Planning Matters:" above its points: a section's title
    titled = could_be_title(text[2:]) and len(text.split()) <= 9
    if text.startswith("- ") and titled and following and not following.startswith("- "):
        return text[2:]  # "- Chairperson's Annual Report" / "Report appended.": a title
    words = text.split()
    if not text.endswith(".") or not 1 <= len(words) <= 6 or "." in text[:-1]:
        return text
    if words[0].lower() in (*NO_BUSINESS, "to") or words[0] in SENTENCE_STARTERS:
        return text  # "No apologies.", "To note any substitutes.": a note, the agenda's words
    if SOMEONE_ACTING.match(text):
        return text  # "Councillor Amin substituted for Councillor Ali."
    strict = all(w[0].isupper() or w[0].isdigit() or w in TITLE_CONNECTIVES for w in words)
    plain = len(words) <= 4 and not any(w.endswith("ed") or w == "from" for w in words)
    return text[:-1] if is_procedural(text[:-1]) or (strict and plain) else text


def heads_a_section(text: str) -> bool:
    """ "Business Items:", "New Business:" alone on its line: a section's title over the
    items it holds, each "Title: text" of its own (not "The following were present:", nor
    "Present:", which introduce a list, nor a person over what they reported)."""
    words = text.rstrip(" :").split()
    return (
        text.endswith(":")
        and 0 < len(words) <= MAX_SECTION_LABEL_WORDS
        and is_title_case(words)
        and not has_a_verb(text.rstrip(":"))
        and not ATTENDANCE_LABEL.search(text)
        and not is_part_label(text.rstrip(" :"))
        and not PERSON.match(text)  # "Cllr. Ann Bee S.C.C.:" over what she reported
    )


MAX_SECTION_LABEL_WORDS = 4


def past_bracketed_notes(lines: list[Line], index: int | None) -> int | None:
    """The first line from `index` that is not a note in brackets between a title and its
    text ("Appointment of Auditor" / "(Mr A Bee attended the meeting)" / "Quotes were
    read ..."), nor the name of who presents it ("Finance" / "Kim Ollo ABSL" / "The accounts
    were ...")."""
    while index is not None and BRACKETED_NOTE.match(lines[index].text):
        index = next_text(lines, index)
    if index is not None and is_a_name_alone(lines[index].text):
        below = next_text(lines, index)
        if below is not None and is_body_text(lines[below].text):
            return below
    return index


WRAPPED_TITLE_LINE = 60  # characters of a title line in capitals that ran to the margin


def continues_title(title: str, next_line: str) -> bool:
    """The line straight under a title is the rest of it: "CONFIRMATION" / "OF MINUTES",
    "Acknowledgement" / "of RELIGIOUS DIVERSITY", or a narrow column's two words
    ("NATIONAL" / "ANTHEM"), a word that is no business of its own first, or a date the
    line broke ("... HELD ON 25" / "JANUARY 2018")."""
    if re.match(r"(?:OF|AND|FOR|TO|THE|FROM|ON|IN|WITH|BY)\s", next_line):
        return is_capitals_line(title)
    if re.match(r"(?:of|and|for)\b", next_line):  # "Acknowledgement" / "of RELIGIOUS DIVERSITY"
        return len(next_line.split()) <= 6 and not next_line.endswith(".")
    if re.match(r"[/&]\s", next_line):  # "APOLOGIES" / "/ leave of absence"
        return len(title.split()) <= 2 and len(next_line.split()) <= 6
    if breaks_a_date(title.title(), " ".join(next_line.split()[:2])):
        return True  # "... MEETING HELD ON 25" / "JANUARY 2018"
    short = narrow_cell_rest(title, next_line)
    hanging = len(title.split()) <= MAX_TITLE_REST_WORDS and len(next_line.split()) == 1
    # ... or a long title in capitals that ran to the margin ("... CONGRATULATIONS FOR GORDON"
    # / "PERCIVAL HALE SR. - 100 YEARS OLD")
    at_margin = len(title) >= WRAPPED_TITLE_LINE and not title.endswith((*TERMINAL, ":"))
    return (
        is_capitals_line(title)
        and is_capitals_line(next_line)
        and ": " not in title  # "INTRODUCTIONS: NONE": a title and its note, whole
        and (short or hanging or at_margin)  # "AUDIO RECORDING OF COUNCIL" / "MEETING"
        and not is_procedural(title)
        and not OUTCOME.match(title)  # "CARRIED" / "FINANCE REPORT": a vote, then a title
        and (
            not is_procedural(next_line)
            or is_procedural(f"{title} {next_line}")
            or title.lower() in TITLE_MODIFIERS  # "LATE" / "DELEGATION": no title alone
        )
    )


def every_line_a_paragraph(lines: list[Line]) -> bool:
    """A page whose every line stands between blank lines (a web page's paragraphs, a
    line each): a blank line there parts nothing, not even a title's two lines."""
    shown = [index for index, line in enumerate(lines) if line.text]
    parted = sum(index + 1 < len(lines) and not lines[index + 1].text for index in shown)
    return len(shown) >= MIN_SPACED_LINES and parted >= SPACED_SHARE * len(shown)


MIN_SPACED_LINES = 20
SPACED_SHARE = 0.9


def paragraphs_a_line_each(lines: list[Line]) -> bool:
    """A page saved a paragraph a line with no blank lines between ("... declared a
    quorum." / "Election of auditors" / "The president said ..."): most lines end their
    sentences, so a short line between two of them stands alone as a title."""
    shown = [line.text for line in lines if line.text]
    blank = len(lines) - len(shown)
    long = [text for text in shown if len(text) > MIN_SENTENCE_LINE]
    ended = sum(text.endswith(TERMINAL) for text in long)
    return (
        len(shown) >= MIN_PARAGRAPH_LINES
        and blank <= BLANK_SHARE * len(shown)
        and len(long) >= MIN_PARAGRAPH_LINES // 2
        and ended >= ENDED_SHARE * len(long)
    )


MIN_PARAGRAPH_LINES = 8
MIN_SENTENCE_LINE = 40  # characters of a line that may end a sentence
BLANK_SHARE = 0.1  # blank lines among a paragraph-a-line page's lines, at most
ENDED_SHARE = 0.7  # of its long lines that end their sentences, at least


def narrow_cell_rest(title: str, next_line: str) -> bool:
    """A narrow cell's title wrapped: a word alone takes up to five words below ("AUDIO" /
    "RECORDING OF COUNCIL MEETING"), two words up to three ("OPENING" ... "PRAYER"); never
    a numbered line ("BOOK" / "3. PLEDGE OF ...")."""
    words = len(title.split())
    most = {1: MAX_CELL_REST_WORDS, 2: 3}.get(words, 0)
    return len(next_line.split()) <= most and not NUMBERED_LINE.match(next_line)


MAX_CELL_REST_WORDS = 5
# Words that qualify a title and are none alone: "LATE" / "DELEGATION", "NEW" / "BUSINESS".
TITLE_MODIFIERS = frozenset(
    "late new old unfinished special urgent other further additional general".split()
)


def attendance_below(previous: str, text: str) -> bool:
    """The line under "Members present:" names who attended ("Chairman Lee E. Terry, Vice
    Chairman"), unless it is known business ("CALL TO ORDER")."""
    label = previous.endswith(":") and bool(ATTENDANCE_LABEL.search(previous))
    return label and not is_procedural(text)


def lines_in_blocks_of_entries(lines: list[Line]) -> set[int]:
    """The lines of each block of three or more lines with no blank line between them,
    all short lines in capitals or all a name, a dash and a post, and none of them known
    business: a masthead's names and posts, an address, a list of who came, not headings
    (a heading stands apart, over its text). One pass over the document."""
    found: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].text:
            end += 1
        if is_block_of_entries([line.text for line in lines[start:end]]):
            found.update(range(start, end))
        start = end + 1
    return found


def ends_a_list_of_people(lines: list[Line], index: int) -> bool:
    """The lines above, blank lines between them or not, name people as this one does: the
    list's last entry, which the running text after it makes look like a title. Walks up
    from the line, not over every line above it (asked of each person-like line)."""
    for _ in range(LIST_ENTRIES_ABOVE):
        above = previous_text(lines, index)
        if above is None or not is_listed_person(lines[above].text):
            return False
        index = above
    return True


LIST_ENTRIES_ABOVE = 2


def is_block_of_entries(block: list[str]) -> bool:
    if len(block) < MIN_BLOCK_ENTRIES or any(is_procedural(text) for text in block):
        return False
    capitals = all(is_capitals_line(text) and len(text.split()) <= 8 for text in block)
    return capitals or all(NAME_DASH_ENTRY.match(text) for text in block) or who_came(block)


def who_came(block: list[str]) -> bool:
    """ "PRESENT:" then "- Mayor A. Bee", "- Councillor C. Dee" ..., "ALSO PRESENT:" then
    more bullets: attendance labels and the bulleted names under them; or "Members
    Present:" alone, then a name a line ("Ann Bee", "Cy Dee" ...)."""
    label = next((i for i, text in enumerate(block) if ATTENDANCE_LABEL.search(text)), None)
    entries = block[label + 1 :] if label is not None else []
    if len(entries) < MIN_BLOCK_ENTRIES:
        return False
    bulleted = all(
        text.startswith(("- ", "\u2022 ")) or ATTENDANCE_LABEL.search(text) for text in entries
    )
    named = block[label].rstrip().endswith(":") and all(map(could_be_a_name, entries))
    return bulleted or named


def could_be_a_name(text: str) -> bool:
    """A line a person's name could fill: two to four words in title case, no figures."""
    words = text.split()
    return 2 <= len(words) <= 4 and is_title_case(words) and not DIGIT.search(text)


def as_cut_off_sentence(text: str) -> str:
    """The page's last line read as the sentence it begins: minutes published as an
    excerpt stop mid-sentence ("The trustees agreed the new sig"), and the title above that
    line heads its text as much as any other."""
    words = text.split()
    opens = len(words) >= MIN_CUT_SENTENCE_WORDS and text[:1].isupper()
    running = sum(w[:1].islower() for w in words) * 3 >= len(words)
    if not opens or not running or text.endswith((".", "!", "?", ":", "|")):
        return text
    return f"{text}."


def standing_alone(lines: list[Line], index: int) -> bool:
    """A blank line above and below: a paragraph of one line."""
    above = index == 0 or not lines[index - 1].text
    return above and ends_a_paragraph(lines, index)


def sentence_case_title(text: str, next_line: str) -> bool:
    """ "Feedback from the private meeting", "Council updates": a few words, the first
    capitalised, no verb and no stop, over running text (a title in title case or known
    business is weighed as such already)."""
    words = text.split()
    if not 2 <= len(words) <= 6 or is_title_case(words) or not text[-1:].isalpha():
        return False
    about_the_meeting = says_meeting_held(text)  # "Meeting held at the Rarick home"
    if has_a_verb(text) or about_the_meeting or not could_be_title(text):
        return False
    return is_body_text(next_line)


def label_over_its_text(text: str, next_line: str) -> bool:
    """ "Agenda Changes:" above "Additions:", "Consent Agenda:" above "1)", "Treasurer's
    Report:" above "1,204.50  Cash on hand": a title in title case whose colon says its text
    is below, where that text opens with another label, a list or a table of sums (running
    text below is weighed as such already; names below make it a label of those present,
    "Councillors:" above "P Ann Bee (Chair)")."""
    words = text.split()
    return (
        text.endswith(":")
        and len(words) <= MAX_LABEL_TITLE_WORDS
        and is_title_case(words)
        and not has_a_verb(text)  # "THE FOLLOWING ITEMS WERE DISCUSSED:"
        and (next_line.endswith(":") or bool(NUMBERED_LINE.match(next_line)) or is_a_sum(next_line))
    )


def is_a_sum(text: str) -> bool:
    """A line of a table of sums: "1,204.50  Cash on hand", "General Fund $25,309.37"."""
    return bool(AMOUNT_FIRST.match(text) or LEDGER_ENTRY.search(text))


def opens_a_table_of_sums(lines: list[Line], index: int) -> bool:
    """ "Treasurer Report:" after a blank line or a sentence's end, straight over "General
    Fund $25,309.37": the title of the sums below, which need no blank line to stand apart."""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    above = index == 0 or not lines[index - 1].text or lines[index - 1].text.endswith(TERMINAL)
    return above and is_a_sum(below)


def colon_over_paragraph(text: str, next_line: str) -> bool:
    """ "Treasurer's Report for the period ending 9/30/2023:" over "SK presented the report
    ...", or over a sentence opening a list ("Bills and Transfers:" over "The following
    bills were presented:"): a title of a few words, no verb, its colon saying its text
    is the paragraph below (not "The following were present:" over names)."""
    words = text.split()
    return (
        text.endswith(":")
        and len(words) <= MAX_LABEL_TITLE_WORDS
        and text[:1].isupper()
        and not has_a_verb(text.replace(":", " "))  # "... the vote was:"
        and "," not in text  # "On roll call, the vote was:": a clause
        and not (is_part_label(text) or ITEM_PART.match(text))  # "Minutes:": a row's part
        and (next_line[:1].isupper() or next_line.startswith("- "))
        and (is_body_text(next_line) or opens_a_list(next_line) or next_line.startswith("- "))
    )


def opens_a_list(text: str) -> bool:
    """ "The following bills were presented:": a sentence that introduces the list below."""
    return text.endswith(":") and len(text.split()) >= 4 and has_a_verb(text.replace(":", " "))


def over_a_part(text: str, previous: str, next_line: str) -> str:
    """The line as a title line (see titled_line), without the full stop a committee
    system's row title may end with when the row before has ended and its "Minutes:" label
    follows ("Minutes of the last meeting and matters arising." / "Minutes:"); not the
    agenda's wording under a title ("Declarations of Interest" / "To receive any ...")."""
    text = titled_line(text, next_line)
    row_ended = previous.endswith((".", "|"))
    if row_ended and text.endswith(".") and not text.endswith("..") and ITEM_PART.match(next_line):
        return text[:-1]
    return text


@text_cache
def may_head(text: str, after_marker: bool, following: str = "") -> bool:
    """The cheap test before weighing a line's evidence: a title's shape, a "Title: text"
    opening, or the line after an "Agenda item" marker (most lines are running text)."""
    if ITEM_MARKER.match(text):
        return False
    if after_marker or could_be_title(cell_text(text)):
        return True
    opening = text[:80]
    if any(mark in opening for mark in OPENING_MARKS) and opening_title(
        text.removeprefix("- "), following
    ):
        return True  # "Title: text", "TITLE – Text", "Title. Text"
    return bool(RUN_IN.match(text) or TIMED_TITLE.match(text) or TITLE_OVER_LIST.match(text))


def weak_label(label: str, starts: bool, evidence: Evidence) -> bool:
    """A "Title: text" paragraph too weak alone that the document's style may make a
    heading ("Cemetery: No report" among stronger ones)."""
    return bool(label) and starts and evidence.score >= WEAK_LABEL and is_report_label(label)


def row_part(text: str) -> bool:
    """A committee system's row's "Minutes:" or "Decision:" cell: in a table of such rows,
    a part of the row's item, never an item titled "Minutes"."""
    return bool(OPENS_WITH_PART.match(text) or ITEM_PART.match(text))


def heads_a_row(
    text: str, previous: str, next_line: str, labelled_rows: bool, below_date: bool
) -> bool:
    """A committee system's row flattened: the title and the agenda's wording run together
    ("Senior Staff Arrangements Report for decision.") straight after the row before ended
    ("|"), and the "Minutes:" label below, or anywhere in a table whose rows carry such
    labels (`labelled_rows`; a row with no minute, "Apologies", has none). Such a row heads
    an item whatever its wording: judged as a title line, its sentence would count
    against it. Only such a table's rows may head items above the line that dates the
    meeting (`below_date`): a row's title may hold a date ("... the meeting held on 22
    September"), and none is the document's heading."""
    if not previous.endswith("|") or text == "|" or is_part_label(text.split(":")[0]):
        return False  # a row's end, or its "Minutes: ..." cell
    if labelled_rows:
        return True
    return not text.endswith("|") and below_date and bool(ITEM_PART.match(next_line))


def opens_a_titled_row(text: str) -> bool:
    """A row's first line after a blank that ended the row above: its title and the
    agenda's wording, not its "Minutes:" cell nor a cell of the table's header ("Item |")."""
    return not row_part(text) and not text.endswith("|")


def has_labelled_rows(lines: list[Line]) -> bool:
    """A table whose rows end at a "|" (alone on its line or closing its last cell) and
    open their minutes with a label ("Minutes: The draft minutes were noted. |"), a few
    times over."""
    texts = [line.text for line in lines]
    ends = any(text.endswith("|") for text in texts) or any(line.row_end for line in lines)
    return sum(map(row_part, texts)) >= MIN_LABELLED_ROWS and ends


def starts_a_labelled_row(lines: list[Line], index: int, following: int | None) -> bool:
    """A committee system's rows without their "|" marks: the line after a minute's text
    (a "Minutes:" label, then running text) with its own "Minutes:" label below is the next
    row's title and the agenda's wording run together ("Declarations of interest All
    Members who believe ..." / "Minutes: Members were mindful ..."). The wording under a
    title ("To receive any apologies.") is below a title, not a minute, and starts none."""
    if following is None or not opens_a_part(lines[following].text):
        return False
    text = lines[index].text
    if opens_a_part(text) or not text[:1].isupper():
        return False
    above = previous_text(lines, index)
    if above is None:  # the page opens with its first row: "Membership This is where ..."
        return is_body_text(text) and sum(opens_a_part(line.text) for line in lines) >= 2
    saw_minute = False
    while above is not None:
        earlier = lines[above].text
        if opens_a_part(earlier):
            return saw_minute or bool(OPENS_WITH_PART.match(earlier))
        if not is_body_text(earlier):
            return False
        saw_minute, above = True, previous_text(lines, above)
    return False


def row_heading(index: int, text: str) -> HeadingCandidate:
    evidence = Evidence()
    evidence.add(HEADING, "a committee system's row: the row above ended ('|'), 'Minutes:' below")
    title, wording = split_title_from_body(cell_text(text))  # the agenda's wording runs on
    title, wording = (title, wording) if title else (cell_text(text), "")
    # ... a stop inside it, or closing words not all capitalised as a title's ("To Confirm
    # the Minutes from the Previous Council Meeting." is whole)
    stopped = "." in title[:-1] or (title.endswith(".") and not is_title_case(title.split()))
    long = len(title.split()) > MAX_ROW_TITLE_WORDS or has_a_verb(title) or stopped
    if long and (known := known_business_first(title)):
        title, wording = known[0], f"{known[1]} {wording}".strip()
    return HeadingCandidate(index, "", title.rstrip(" .:"), wording, 1, evidence=evidence)


def is_label_cell(text: str, next_line: str) -> bool:
    """A two-column table flattened a cell a line: a short title cell, then its text."""
    if not (text.endswith("|") and next_line.endswith("|")) or len(text.split()) > 10:
        return False
    cell = cell_text(next_line)  # "See Treasurer's report attached |": text, if short
    return is_body_text(cell) or sum(word[:1].islower() for word in cell.split()) >= 2


def part_follows(lines: list[Line], index: int) -> bool:
    """Whether a "Minutes:" or "Decision:" label is one of the next two lines of text."""
    following = [line.text for line in lines[index + 1 : index + 6] if line.text][:2]
    return any(map(opens_a_part, following))


def opens_a_part(text: str) -> bool:
    """ "Minutes:" alone, or with the minute's text after it ("Minutes: The Officer ...")."""
    return bool(ITEM_PART.match(text) or OPENS_WITH_PART.match(text))


def ends_with_a_mark(text: str) -> bool:
    """ "Supervisor's Report:", "Committee reports –": a title whose text is to follow."""
    return text.endswith(":") or bool(DANGLING_DASH.search(text))


def without_people_present(
    headings: list[HeadingCandidate], lines: list[Line], start: int
) -> list[HeadingCandidate]:
    """ "Don Williams" on a line of its own, then what he said, where the opening named
    him among those present: a speaker, not a title. Known business and posts
    ("Treasurer", "Clerk's Report") are titles still. The attendance is its whole
    list, where it runs on to the next line."""
    top = lines[: start + HEADING_LINES]
    attendance = attendance_lines(top)
    opening = " ".join(line.text for i, line in enumerate(top) if i < start or i in attendance)
    if not opening:
        return headings
    return [h for h in headings if not names_someone_present(h.title, opening)]


def attendance_lines(lines: list[Line]) -> set[int]:
    """The attendance lines and the lines their lists run on to ("... George Peckham," then,
    perhaps past a blank line, "Judy Sproule, Kathleen Rybarz and Selena Dunbar")."""
    found: set[int] = set()
    runs_on = False
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if runs_on or ATTENDANCE_LINE.search(line.text):
            found.add(index)
            runs_on = line.text.endswith((",", ";", " and"))
        else:
            runs_on = False
    return found


def without_lists_last_entries(
    headings: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """ "Kim Lowe", "Roy Mann", then "Eve Fay" over the text: the last
    entry of a list of names (or of "– Name Post" bullets), shaped as the two lines
    before it that head nothing, not a title because running text follows it; and the
    last of any bulleted list ("- Innovation" / "- Governance", then a paragraph)."""
    taken = {h.index for h in headings}
    kept = []
    for heading in headings:
        shape = list_entry_shape(lines[heading.index].text)
        above = previous_text(lines, heading.index)
        above_that = previous_text(lines, above) if above is not None else None
        alike = above_that is not None and all(
            i not in taken and list_entry_shape(lines[i].text) == shape for i in (above, above_that)
        )
        entry = (shape and alike) or after_the_same_bullet(lines, heading.index, above, taken)
        if not (entry and not heading.number and not heading.body_start):
            kept.append(heading)
    return kept if len(kept) >= 2 else headings  # a page of such lines: read at them, as ever


def after_the_same_bullet(lines: list[Line], index: int, above: int | None, taken: set) -> bool:
    """An entry of any bulleted list: the same bullet just above it heads nothing; not a
    bullet ending with a colon, which heads the bullets under it ("- Planning Matters:")."""
    text = lines[index].text
    return (
        above is not None
        and above not in taken
        and is_bulleted(text)
        and lines[above].text[:2] == text[:2]
        and not text.rstrip().endswith(":")
    )


def is_bulleted(text: str) -> bool:
    return text[:2] in ("- ", "\u2013 ", "\u2022 ")


def list_entry_shape(text: str) -> str | None:
    """How a line is printed when it is an entry of a list of people: a name, perhaps its
    post ("– Gus Bee Deputy Chief", "Ann P. Dee", "TOM FAY"), bulleted or not, in
    capitals or not; None for any other line."""
    bullet = is_bulleted(text)
    entry = text[2:] if bullet else text
    words = entry.replace(",", " ").split()
    if not MIN_ENTRY_WORDS <= len(words) <= MAX_ENTRY_WORDS or any(c.isdigit() for c in entry):
        return None
    if ":" in entry or is_procedural(entry):
        return None
    if not all(w[:1].isupper() or w.lower() in TITLE_CONNECTIVES for w in words):
        return None
    return f"{'bullet' if bullet else 'line'} {'capitals' if is_capitals_line(entry) else 'case'}"


MIN_ENTRY_WORDS, MAX_ENTRY_WORDS = 2, 6


def names_someone_present(title: str, opening: str) -> bool:
    words = title.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if is_procedural(title) or ROLE_WORDS.search(title) or is_capitals_line(title):
        return False
    if VENUE_LINE.search(title):
        return False  # a place named in the heading ("... at the Village Hall"), not a person
    return holds_word(opening, title)


def with_dashed_openings(
    headings: list[HeadingCandidate], lines: list[Line], start: int
) -> list[HeadingCandidate]:
    """Paragraphs that open with a topic in sentence case, a spaced dash (or, the topic
    short, a full stop) and the sentence ("Hall hire – The committee agreed ...", "2nd
    quarter accounts – Ann reported ...", "Hall repairs. The roof ..."), three or more:
    the document's style, each opening an item's title, however its words are cased, when
    they outnumber the other headings. Fewer are sentences with a dash, or the points of
    one item ("Elm Close – residents asked ...")."""
    taken = {h.index for h in headings}
    found = []
    for index, line in enumerate(lines[start:], start):
        opening = DASHED_OPENING.match(line.text) or stopped_opening(line.text)
        if opening is None or index in taken or not opens_paragraph_at(lines, index):
            continue
        topic, rest = opening["topic"], opening["rest"]
        if has_a_verb(topic) or names_someone(topic):
            continue
        if not (reads_as_sentence(rest) and tells_what_happened(rest)):
            continue
        evidence = Evidence()
        evidence.add(HEADING, "the document's style: 'Topic – text' or 'Topic. Text' paragraphs")
        found.append(HeadingCandidate(index, "", topic, rest, 1, evidence=evidence))
    if len(found) < max(MIN_LABEL_STYLE, len(headings)):
        return headings  # ... and the style the document is written in, not points of one item
    return sorted(headings + found, key=lambda h: h.index)


def stopped_opening(text: str) -> re.Match | None:
    """ "Hall repairs. The roof leak has been fixed.": a topic of a few words, no sentence
    of its own (no verb, no subject's first word), its full stop, then the text."""
    opening = STOPPED_OPENING.match(text)
    if opening is None:
        return None
    words = opening["topic"].split()
    short = len(words) <= MAX_STOPPED_TOPIC_WORDS and words[0] not in SENTENCE_STARTERS
    return opening if short and not tells_what_happened(opening["topic"]) else None


def tells_what_happened(text: str) -> bool:
    """A verb in the past or an auxiliary: "The treasurer reported ...", "It was agreed"."""
    return has_a_verb(text) or bool(PAST_VERB.search(text))


def opens_paragraph_at(lines: list[Line], index: int) -> bool:
    previous = lines[index - 1].text if index else ""
    return opens_paragraph(previous, blank_before=not previous)


def consistent_labels(
    headings: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """ "Title: text" paragraphs are a document's style, or nothing: one alone is more
    likely a sentence with a colon than the only item so marked, unless it is known
    business ("Apologies: ..."), numbered ("Article 15: Citizen's Petition: ...") or in
    capitals after titles in capitals (not a note before the first: "RECORDER NOTE: ...")."""
    labelled = [h for h in headings if opens_with_its_text(h) and not h.number]
    # A label that comes back ("Josh: ...", "Russ: ...", "Josh: ...") is a speaker's turn:
    # an item's title is printed once, known business aside ("CALL TO ORDER – ..." for the
    # meeting, then for its public hearing).
    seen = Counter(comparable(h.title) for h in labelled if not is_procedural(h.title))
    turns = {title for title, count in seen.items() if count > 1}
    if turns:
        headings = [
            h for h in headings if not (opens_with_its_text(h) and comparable(h.title) in turns)
        ]
        labelled = [h for h in headings if opens_with_its_text(h)]
    shouted = [h for h in labelled if is_capitals_line(h.title)]
    if len(shouted) >= MIN_LABEL_STYLE + 1 and len(shouted) >= CAPITALS_LABEL_SHARE * len(labelled):
        # "NEW BUSINESS: ...", "OLD BUSINESS: ..." and, between, "Phone for CEO. Moved ...":
        # in minutes labelled in capitals, a label in mixed case is a point of the item above
        kept = {id(h) for h in shouted}  # by identity: a list's "in" compares every field
        return [
            h for h in headings
            if not (opens_with_its_text(h) and id(h) not in kept and not is_procedural(h.title))
        ]  # fmt: skip
    if len(labelled) != 1 or is_procedural(labelled[0].title):
        return headings
    lone = labelled[0]
    among = headings[0] is not lone and capitals_style(headings)
    colon = lines[lone.index].text[len(lone.title) :].lstrip().startswith(":")  # not "THAT ..."
    if is_capitals_line(lone.title) and among and colon:
        return headings  # "SUNSHINE STATEMENT: ..." after titles in capitals: one of them
    if (opens_a_row(lines, lone.index) or part_follows(lines, lone.index)) and not colon:
        return headings  # a committee system's row, its title run into the agenda's wording
    return [h for h in headings if not opens_with_its_text(h)]


def consistent_case(headings: list[HeadingCandidate], lines: list[Line]) -> list[HeadingCandidate]:
    """Among title lines in capitals (three or more, three quarters of those that are not
    known business), a title line in mixed case is a sentence's first words wrapped ("The
    Senior" / "Manager of ... conducted"), not a heading; unless a number stands above it
    ("1.1" / "Coastguard Northland")."""
    titled = [
        h for h in headings if not (h.body_start or h.number or is_procedural(h.title))
    ]  # fmt: skip
    mixed = [h for h in titled if not half_in_capitals(BRACKETED.sub("", h.title))]
    capitals = len(titled) - len(mixed)
    if capitals < MIN_LABEL_STYLE or capitals < CAPITALS_LABEL_SHARE * len(titled):
        return headings
    wrapped = {id(h) for h in mixed if not numbered_above(lines, h)}  # by identity, not fields
    return [h for h in headings if id(h) not in wrapped]


def consistent_colons(
    headings: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Title lines in capitals that end with a colon, alone on their lines, are the
    document's style (three or more, most of its title lines in capitals): one
    such title with no text of its own heads parts ("SERVICE AWARDS FOR MAY:" / "PARKS" /
    names / "FIRE DEPARTMENT" / names), and the title lines in capitals without a colon
    under it, up to the next title with its colon, are those parts, not items."""
    alone = [h for h in headings if not (h.number or h.body_start) and is_capitals_line(h.title)]
    colons = {id(h) for h in alone if lines[h.index].text.rstrip().endswith(":")}
    if len(colons) < MIN_LABEL_STYLE or len(colons) * 2 <= len(alone):
        return headings
    parts = {id(h) for h in alone if id(h) not in colons}
    kept: list[HeadingCandidate] = []
    under = False  # a title with its colon and no text of its own stands above
    for at, heading in enumerate(headings):
        if under and id(heading) in parts:
            continue
        kept.append(heading)
        following = headings[at + 1].index if at + 1 < len(headings) else None
        under = id(heading) in colons and next_text(lines, heading.index) == following
    return kept


def numbered_above(lines: list[Line], heading: HeadingCandidate) -> bool:
    above = previous_text(lines, heading.index)
    return above is not None and is_number_alone(lines[above].text)


def half_in_capitals(title: str) -> bool:
    """ "AUDIO RECORDING", "Acknowledgement of RELIGIOUS DIVERSITY": a title printed in
    capitals, perhaps after a word or two that are not."""
    words = [w for w in title.split() if len(w) > 1 and w.isalpha()]
    return bool(words) and sum(w.isupper() for w in words) * 2 >= len(words)


CAPITALS_LABEL_SHARE = 0.75  # of a document's "Title: text" labels in capitals: its style


def opens_with_its_text(heading: HeadingCandidate) -> bool:
    """A heading with its text on the same line ("Finance: The treasurer ..."); a time
    after a title ("CALL TO ORDER 7:02 p.m.") or a note of nothing ("New Business: none")
    is no text."""
    rest = heading.body_start
    return bool(rest) and not TIMED_REST.fullmatch(rest) and not NOTHING_TO_REPORT.match(rest)


def is_heading_date(text: str, previous: str) -> bool:
    """A dated line of the document's heading, not of running text or an item."""
    if not DATE.search(text[:200]) or ITEM_MARKER.match(previous) or ANOTHER_MEETING.search(text):
        return False
    if re.match(r"(?:That|THAT|To)\s", text):
        return False  # "That the minutes of the meeting held 16 November be approved"
    if ends_mid_sentence(previous) and not held_at_the_end(previous) and not shouts(previous):
        return False  # "... to accept the" / "November 6, 2023 minutes.": a sentence goes on
    # (not a heading in capitals that lost its last word: "DISTRICT OF" over "Minutes of ...")
    if text.startswith(("- ", "\u2022 ")):
        return False  # "- August 16, 2011 Workshop Meeting": an entry of a list, of minutes
    date = DATE.search(text)
    if money_after(text, date.end()):
        return False  # "Balance 6/01/2020 $ 33,383.85": a statement's line
    if NOT_THE_MEETING_DATE.search(text[: date.start()]):
        return False  # "Minutes Uploaded on October 5, 2023"
    opens = DATE.match(text)  # "Monday, March 4, 2019, 7:00 p.m."
    held = says_meeting_held(text) and (
        not text.endswith(".") or shouts(text) or bool(MINUTES_OF_A_MEETING.match(text))
    )  # "Minutes of a meeting of the District Council held in ... at 9.30am."
    # "The Elm County Board of Supervisors met in regular session on Tuesday, ...": the
    # minutes' opening sentence, which says who met and when (not the first item's text,
    # under "Call to Order")
    opening = bool(BODY_MET.match(text[: date.start()])) and not is_procedural(previous)
    held = held or opening
    # "MINUTES OF THE ANNUAL MEETING OF ST MARY'S" / "CHURCH, KELVEDON held on 17th April ..."
    held = held or (
        shouts(previous)
        and bool(MEETING_WORD.search(previous))
        and " held " in f" {text.lower()} "
        and not MEETING_WORD.search(text)
    )
    return bool(opens or held or not is_body_text(text) or shouted_before_date(text))


def names_its_meetings_date(text: str) -> bool:
    """ "Minutes of the meeting of May 4, 2021", "Minutes of the Regular Meeting, June 1,
    2020": the minutes naming their own meeting and its date, no sentence."""
    date = DATE.search(text[:200])
    return bool(
        date
        and MINUTES_OF_A_MEETING.match(text)
        and not ANOTHER_MEETING.search(text)
        and not text.endswith(".")
        and len(text[: date.start()].split()) <= MAX_DATED_TITLE_WORDS
    )


def shouted_before_date(text: str) -> bool:
    """ "CITY COUNCIL MEETING Monday, August 16, 2010 – 5:00 P.M.": capitals, then the date."""
    before = text[: DATE.search(text).start()].strip()
    return len(before) >= 8 and shouts(before)


def heading_date_line(lines: list[Line]) -> int:
    """Index of the last date line in the document's heading (its first lines, not a
    contents entry such as "Minutes of 8 March ..... 3"); without one, of the line before
    the attendance ("Present:") that ends the heading; or -1."""
    seen, found, previous, attendance = 0, -1, "", -1
    for index, line in enumerate(lines):
        if line.text:
            seen += 1
            if seen > HEADING_LINES:
                break
            if ITEM_PART.match(line.text):
                break  # "Minutes:" under an item's title: the business has begun
            if attendance < 0 and ATTENDANCE_LABEL.match(line.text):
                attendance = index
            if found >= 0 and is_procedural(line.text) and not MINUTES_FIRST.match(line.text):
                break  # "APPROVAL OF THE MARCH 21, 2006 MINUTES": the first item, dated
            dated = DIGIT.search(line.text) and not SUM_OF_MONEY.search(line.text)  # not a ledger's
            # "Minutes of the meeting of May 4, 2021" first: the heading's date, not an item's
            minutes_of = found < 0 and dated and names_its_meetings_date(line.text)
            if dated and not line.entry and (minutes_of or is_heading_date(line.text, previous)):
                if 0 <= found < attendance < index:
                    break  # dated, then "Present:", then "MINUTES OF 9TH JUNE": the business
                found = index
            elif found >= 0 and previous == lines[found].text and names_a_meeting(line.text):
                found = index  # "December 12, 2019 Minutes" / "Fire District Board Meeting"
            elif found >= 0 and previous == lines[found].text and DOCUMENT_WORD.match(line.text):
                found = index  # "28 September 2021" / "Minutes"
            elif found >= 0 and previous == lines[found].text and VENUE_LINE.search(line.text):
                found = index  # "MONDAY, JULY 23, 2012" / "COMMITTEE MEETING ROOM" / "530 KING ST"
            elif (
                found >= 0
                and previous == lines[found].text
                and continues_paragraph(previous, line.text)
            ):
                found = index  # "September 20, 2022 in the Civic Room" / "located at ...": wrapped
            elif held_at_the_end(line.text):
                pass  # "Minutes of the Parish Council Meeting held on" / its date below
            elif is_body_text(line.text) and (found >= 0 or opens_business(previous)):
                break  # running text: the heading has ended (a later date is a page's header)
            previous = line.text
    if found >= 0:
        return heading_repeated_below(lines, found)
    if attendance <= 0:
        return found
    # "CALL TO ORDER Meeting was called to order ..." above "PRESENT ...": the business began
    opening = next((i for i in range(attendance) if opens_business(lines[i].text)), None)
    if opening is not None:
        return opening - 1
    before = previous_text(lines, attendance)  # "ROLL CALL" / "Present were ...": business
    return (
        attendance - 1 if before is None or not opens_business(lines[before].text) else before - 1
    )


def heading_repeated_below(lines: list[Line], found: int) -> int:
    """The meeting's heading printed again after a cover page's notes ("Minutes of the
    ordinary meeting held on 25 November 2015" / "DISCLAIMER" / "No responsibility is
    accepted ..." / "MINUTES OF THE ORDINARY MEETING ... ON WEDNESDAY NOVEMBER 25TH 2015"):
    after running text, the later line with the same date that names a meeting (with the
    line above it), before any numbered line or an item's business, is where the business
    begins after; else `found`."""
    day = first_date(lines[found].text)
    if day is None:
        return found
    seen, previous, notes = 0, lines[found].text, False
    for index in range(found + 1, len(lines)):
        text = lines[index].text
        if not text:
            continue
        seen += 1
        # ... not "MINUTES OF THE ORDINARY MEETING ... HELD IN ...", the heading's first line
        business = is_procedural(text) and not says_meeting_held(text)
        if seen > REPEATED_HEADING_REACH or NUMBERED_LINE.match(text) or business:
            break  # the business has begun: a later date line is a page's running header
        named = MEETING_WORD.search(f"{previous} {text}")
        if notes and named and first_date(text) == day and is_heading_date(text, previous):
            return index
        notes = notes or is_body_text(text)
        previous = text
    return found


def says_meeting_held(text: str) -> bool:
    """ "Minutes of the meeting held on ...": the word "meeting" or "minutes", then "held".
    Two searches, not one pattern with ".*" between the words, which would scan the rest of
    a long line again from every "meeting" in it."""
    meeting = MEETING_WORD.search(text)
    return bool(meeting and HELD.search(text, meeting.end()))


def held_at_the_end(text: str) -> bool:
    """ "Minutes of the Parish Council Meeting held on", "The Elm Board met in regular
    session on Tuesday,": the date follows on the next line."""
    held = HELD_AT_END.search(text)
    return bool(held and MEETING_WORD.search(text, 0, held.start())) or bool(BODY_MET.match(text))


def opens_business(text: str) -> bool:
    """A heading of the meeting's first business ("CALL TO ORDER", "Apologies"), alone or
    run into its first sentence ("CALL TO ORDER Meeting was called to order at 6:05")."""
    if (run_in := run_in_title(text)) is not None:
        text = run_in[0]
    return is_procedural(text) and len(text.split()) <= 6 and not MINUTES_FIRST.match(text)


def names_a_meeting(text: str) -> bool:
    """ "Fire District Commissioner Meeting", "Board of Directors": a heading's name line."""
    text = text.rstrip(" :")  # "Agreed Report of Board of Management Meeting:"
    words = text.split()
    if BODY_OF_PLACE.match(text):
        return True  # "BOROUGH OF KELLSBY"
    return (
        bool(MEETING_NAME.search(text))
        and len(words) <= 8
        and is_title_case(words)
        and not is_procedural(text)
    )
