"""The lines as the segmenter reads them: layouts taken apart before any heading is
looked for. Flattened text (a document on a few long lines) broken at its numbers or its
headings in capitals; tables saved as text (pipes, slashes, cells a line); contents
tables (dot leaders, a page column); printed line numbers, margin captions, numbers
glued to titles."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from search_app.parse.lines import CHROME_LINE, FLATTENED_LINE, Line, cell_text, opens_a_row
from search_app.parse.meeting import DATE, breaks_a_date
from search_app.parse.numbered import (
    MIN_LISTED_ENTRIES,
    SUBJECT_MARKER,
    TIME_SLOT,
    comparable,
    next_text,
    opens_a_sentence,
)
from search_app.parse.numbering import NAMED_NUMBERS, NUMBERED_LINE, readings, roman_value
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import (
    APOLOGIES_LABEL,
    ATTENDANCE_LABEL,
    BRACKETED,
    ITEM_PART,
    MONTH_NAMES,
    NOT_IN_TITLES,
    SENTENCE_STARTERS,
    TITLE_CONNECTIVES,
    could_be_title,
    has_a_verb,
    is_capitals_line,
    is_part_label,
    is_title_case,
    looks_like_title,
    this_meeting,
)
from search_app.parse.speakers import sentences
from search_app.parse.titles import split_title_from_body

LEADERS = re.compile(r"\s*(?:\.\s?){4,}\s*((?:\d{1,4}\b(?![.)])\s*){0,2})")  # "...... 4 3"
ENTRY_COUNT = re.compile(r"(\d{1,4})(?:\.\d{1,2})?(?:\s|$)")  # "9 Governance", "9.2 Report", "9"
LAST_ENTRY_IN_TEXT = re.compile(r"(?<=\s)(\d{1,3})\s+(?=[A-Z][^\d]*$)")  # "... PAGE NO 1 WELCOME"
# A flattened table row: cells between " | ", the minute after an inline "Minutes:".
ROW_CELL = re.compile(r"\s+\|(?:\s+\|)*\s+")  # empty cells between: one boundary
NOT_AN_OBJECT = r"(?<!\bof)(?<!\bfrom)(?<!\bthe)(?<!\bprevious)"  # "Approval of Minutes: ..."
INLINE_PART = re.compile(rf"{NOT_AN_OBJECT}\s(Minutes|Decisions?)\s*:\s+")
# "Chairman's Announcements Minutes: The Chair ...": a row's title and its "Minutes:" label
# on one line; not "Approval of Minutes: ..." or "Board Meeting Minutes: March 2009".
GLUED_PART = re.compile(
    rf"^[A-Z][^:|]{{2,240}}?{NOT_AN_OBJECT}(?<![Mm]eeting)(?<![Cc]ommittee)(?<![Cc]ouncil)"
    # ... the agenda's long wording as the title ("To receive any petitions ... Minutes:"),
    # the link list's label between ("... Cabinet Additional documents: Minutes: a) ...")
    r"(?<![Bb]oard)(?:\s+Additional documents:)?\s(?:Minutes|Decisions?)\s*:\s+(?:[A-Z]|[a-z]\)\s)"
)

AGENDA_WORDING = re.compile(r"\s(?=To\s+[a-z]{3,}\b)")
ADDITIONAL_DOCUMENTS = re.compile(r"\s*\bAdditional documents:?\s*$")  # the link list's label
# ... and in flattened text, each row's label after its title: "... the meeting. Schedule of
# Meetings 2025 Minutes: The Committee approved ...", the title back to the sentence's end
ROW_LABEL = re.compile(
    rf"{NOT_AN_OBJECT}(?<![Mm]eeting)(?<![Cc]ommittee)(?<![Cc]ouncil)(?<![Bb]oard)"
    r"\s(?:Minutes|Decisions?)\s*:\s+"
)
ROW_TITLE_START = re.compile(r"(?:^|(?<!\d)[.!?|]\s+)(?=\S)")  # not "... 110. Title"
TABLE_HEADER = re.compile(r"Items?\s+(?=[A-Z])")
MAX_ROW_TITLE = 100  # characters back from a row's label to its title's start, at most

NUMBERED_ROW = re.compile(r"^\d{1,4}\.?\s+\|\s")
FILE_LINK = re.compile(r"\s+(?:PDF|DOCX?|XLSX?)\s+\d+(?:\.\d+)?\s*[KM]B\b\s*")
# A row that lost its cell marks: a title, the agenda's wording, then "Minutes:".
UNMARKED_ROW = re.compile(
    r"^[A-Z][^.:|]{3,120}\sTo\s+[a-z]{3,}\b[^:|]*\s(?:Minutes|Decisions?)\s*:\s"
)
MINUTES_LABEL = re.compile(r"^minutes\s*:$", re.IGNORECASE)

# A contents entry and its page in a column with no leaders: "CITY PLANNING COMMITTEE 38"
PAGE_COLUMN = re.compile(r"^(?P<title>[A-Z0-9][^.!?]*?[A-Za-z):])\s+(?P<page>\d{1,3})$")

MAX_TIMED_TITLE_WORDS = 6
# "... for six months. 1.0": an item's number after a sentence's end, last on its line
TRAILING_ITEM_NUMBER = re.compile(r"^(?P<text>.*[a-z)][.!?])\s+(?P<number>\d{1,2}(?:\.\d{1,2})?)$")
PAGE_AT_END = re.compile(r"(?:\s|[A-Za-z.])\d{1,3}$")  # "... 2015. 1", "... Amendment4": a page
OPENS_IN_CAPITALS = re.compile(r"^[A-Z][A-Z'\u2019&-]{3,}\b")  # "APOLOGIES The following ..."

COUNT_HINT = re.compile(r"\d[.)]\s")  # the cheap test before counted_list()

# A line in capitals that cannot end a title ("APPROVAL OF", "TREASURER'S"), and the words
# in capitals that open the line of text after it, its title's rest ("MINUTES Motion ...").
TITLE_CUT_AFTER = re.compile(r"\s(?:OF|AND|FOR|TO|THE|ON|&)$|[A-Z]['\u2019]S$")
TITLE_REST_FIRST = re.compile(
    r"(?P<rest>[A-Z][A-Z'\u2019&-]+(?:\s+[A-Z][A-Z'\u2019&-]+){0,3}:?)(?:\s+(?=[A-Z][a-z])|$)"
)  # ... or the whole line: "6. SECRETARY'S" / "REPORT:"
MAX_CAPTION_WORDS = 3  # a margin caption's, at most

OPENS_WITH_PART = re.compile(r"^(?:Minutes|Decisions?):\s+[A-Z]")  # "Minutes: The Officer ..."

# "... signed as a true record. Matters Arising : The Christmas Fayre ...": a title and a
# colon with a space before it, after a sentence's end, in flattened text.
SPACED_LABEL = re.compile(
    r"(?<=[.!?]\s)(?<!\d\.\s)"  # not after an item's number: "3. New members elected : ..."
    r"(?=[A-Z][\w'\u2019]*(?:\s+[A-Za-z][\w'\u2019]*){0,4}\s:\s+[A-Z])"
)

# A row of a two-column table saved with " / " between its cells: a short title first.
SLASH_ROW = re.compile(r"^(?P<cell>[A-Z][^/|.:;]{2,90}?)[`']?\s+/\s+(?P<rest>[A-Z].*)$")
MIN_TABLE_ROWS = 3

NUMBER_CELL = re.compile(
    r"(?:^|(?<=[.!?:]))\s*(?P<number>\d{1,3}(?:\.\d{1,2})*[.)]?|\d{1,4}/\d{2,4}|[IVX]{1,5}\.)"
    r"\s/\s+(?=[A-Z])"  # "2. / Minutes", "13/10 / Minutes": a minute's number in its own cell
)
# ... or the number's cell alone on its line, its title on a line below ("1. /")
NUMBER_CELL_ALONE = re.compile(r"^(\d{1,3}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}\.)\s/$")

UNTITLED_PARAGRAPH = re.compile(r"^\d{1,3}\.\s+(?P<text>[A-Z][a-z]+\s.*)$")  # "3. The meeting ..."
SIDE_TITLE_START = re.compile(r"[.!?)]\s+(?=[A-Z\d])")  # after the sentence before the title
MAX_SENTENCE_CASE_SIDE_TITLE = 4  # words of a side title in sentence case, at most
MAX_SIDE_TITLE_WORDS = 12
# A count before a title: "1 Welcome", "2. Deputations", not "5,000", "3.5" or "p. 2"
COUNT_FROM_ONE = re.compile(r"(?<=\s)(?<![Pp]\.\s)(\d{1,2})\.?\s+(?=[A-Z][a-z]|[A-Z]{3})")
LEADING_COUNT = re.compile(r"^(\d{1,3})[.)]\s*[A-Z]")  # "2. Minutes", "2.Minutes"
FLATTENED_RULE = re.compile(r"\s[_*=~]{5,}\s")  # "... Zaffar. ______ CHAIRMAN'S ...": a rule
MIN_KEPT_PARAGRAPHS = 2  # long lines in text that kept its paragraphs, at least
FLATTENED_PART = 150  # ... and in it, a line longer than this is broken up too
PAGE_NUMBER_FIRST = re.compile(r"^(\d{1,3})\s+(?=[A-Z])")
LINE_NUMBER = re.compile(r"(?<![\w.,/$£:-])(\d{1,3})(?=\s|[A-Z]|(?!st|nd|rd|th)[a-z])")
MIN_LINE_NUMBERS = 10
MIN_NUMBERED_BLANKS = 3  # a page's blank lines numbered too, at least
LINE_NUMBER_STEP = 3  # a page's line numbers skip two at most
LINE_NUMBER_SHARE = 0.8  # of the lines they span, line numbers number at least this share
MAX_LINE_WORDS = 14  # flattened, a line numbered so is at most this many words, as a rule
LEADING_LINE_NUMBER = re.compile(r"^(\d{1,3})(?:\s+|$)")
TRAILING_LINE_NUMBER = re.compile(r"(?:^|\s+)(\d{1,3})$")
COUNTED_NUMBER = re.compile(  # ... after a word, a sentence or a cell: "... | 2 Apologies"
    # ... or a sentence's colon ("... the following item: 2 Public Forum"), not a label's
    # in capitals, whose value follows ("LEAVE OF ABSENCE: 1 Welcome ...")
    # ... or glued to its title by a page's text ("... no Apologies 2Election of Chair ...")
    r"(?:(?<=[.!?A-Za-z0-9)|]\s)|(?<=[a-z]:\s))(\d{1,2})(?:\.?\s+|(?=[A-Z][a-z]{2}))"
    r"(?=[A-Z][a-z]|[A-Z]{2}[A-Z'\u2019&-]*\b)"
)
MIN_COUNTED = 3
FIRST_COUNTED = 2  # a run may start at 2, its first item unnumbered ("Opening" then "2 Apologies")
TITLE_WORDS = re.compile(r"[A-Z][a-z']+(?:\s+(?:[A-Z][a-z']+|and|of|the|for|to|&)){1,5}\s+[A-Z]")

# An item's number, at a line's start or after a space, before a capital ("2. Approval",
# "(3) Apologies"); not "5.1", "£3.", "No. 4.".
LINE_MARK = re.compile(r"(?<!\S)(?<!No\.\s)\(?(\d{1,2})[.)]\s+(?=[A-Z])")
# "... p.m. 1) Chairman", "(2) Apologies": a bracketed number before a capital, flattened
# "ITEM - 3 TITLE", "Agenda Item No. 3 Title" (broken before "Agenda", the number's label);
# not "see item 3", "Item 3.2" or "Minute 3/22"
COUNTED_NAMED = re.compile(
    r"(?<!\S)(?:(?:AGENDA|Agenda)\s+(?:ITEM|Item|item)|ITEM|Item|MINUTE|Minute|ARTICLE|Article)\s*"
    # ... "Minute no. 2 - Apologies": its "no." in lower case, a dash before the title
    r"(?:[Nn]o\.?\s*|NO\.?\s*)?[-\u2013]?\s*(\d{1,3})\b(?!\.\d|/)"
    r"(?=\s+(?:[-\u2013]\s+)?[A-Z]|\s+was\s|$)"  # ... or "Agenda item 4 was to approve ..."
)
# "1202", "*452", "19001.": minute numbers (a stop after five figures only: "MINUTES 2952. It
# was resolved ..." is a caption in the margin before its minute's count)
# ... not the rest of a reference a stray space cut after its slash ("13/ 222 Apologies")
RUNNING_MARK = re.compile(r"(?<!\S)(?<!/\s)\*?(\d{3,5})(?:(?<=\d{5})\.)?(?=\s|$)")
# "29: APOLOGIES", counting on (not "Item 29:", the run of its words)
COLON_MARK = re.compile(
    r"(?<!\S)(?<!item\s)(?<!Item\s)(?<!ITEM\s)(?<!Minute\s)(?<!MINUTE\s)(?<![Nn][Oo]\.\s)"
    r"(\d{1,3}):\s+(?=[A-Z])"
)
# The marks of runs that count on across a page, each with what a line holding it has
RUNNING_MARKS = ((RUNNING_MARK, ""), (COLON_MARK, ":"))
FIRST_YEAR, LAST_YEAR = 1900, 2099  # a run of these is a run of years, not of minutes
# "II.ROLL CALL", "III) Air Service Development", "II. Roll Call", "(II)PUBLIC COMMENT"
COUNTED_ROMAN = re.compile(
    r"(?<=\s)\(?([IVX]{1,5})(?:\.\s*(?=[A-Z]{2,}\b|[A-Z][a-z]+\s)|\)\s*(?=[A-Z]))"
)

# "(i) Public Comment ... ii)Report from ...": small numerals bracketed, before a title
COUNTED_SMALL_ROMAN = re.compile(r"(?<=\s)\(?([ivx]{1,4})\)\s*(?=[A-Z])")
# "(3) Title", "3) Title", or in square brackets with a stop: "[3]. 11/834. Title"
COUNTED_BRACKETED = re.compile(
    r"(?<=\s)(?:\(?|\[(?=\d{1,2}\]))(\d{1,2})"  # "(3)", "3)", "[3]", "3/"
    r"(?:[)/]\s+(?=[A-Z])|\]\.?\s*(?=[A-Z\d]))"  # "[3]. 11/834. Title": a reference after it
)
MAX_COUNTED_STEP = 3  # numbers a bracketed run may skip, two at most

# "... B. UNFINISHED BUSINESS", "... passed. C. Roll Call": a lettered section, flattened
COUNTED_LETTER = re.compile(
    r"(?<=\s)([A-Z])\.\s+(?=[A-Z]{3,}|[A-Z][a-z]+|[A-Z]\s[A-Z][a-z])"
)  # "A. O Canada"

# ... before a title in capitals alone, as flattened text is broken before its capitals
# are weighed ("... PRESENT: ... A. CALL TO ORDER Mayor Bee called ... B. APPROVAL OF ...")
LETTER_BEFORE_CAPITALS = re.compile(r"(?<=\s)([A-Z])\.\s+(?=[A-Z]{3,}\b)")

ITEM_REFERENCE_CUT = re.compile(r"\((?:agenda\s+)?item$", re.IGNORECASE)
ITEM_REFERENCE_REST = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\)$")

POSSESSIVE_ALONE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['\u2019]s$")  # "Chairman's"

# A reference with letters or separators before its running number ("B.1260", "017-03-014",
# "C048/23" is read by INLINE_NUMBER), then a title.
# After a space, or glued to the text before by a page's flattening ("years.57/19",
# "None received62/19")
REFERENCE_START = r"(?:(?<!\S)|(?<=[a-z)]\.)|(?<=[a-z]))"
COUNTED_REFERENCE = re.compile(  # the body's letters may stand apart: "LA 17/27 Minutes";
    # a "#" before the count: "M21/02#22 Apologies"
    rf"{REFERENCE_START}(?P<style>(?:[A-Z]{{2,4}}\s)?(?:[A-Z]{{1,4}}[./-]?|\d{{1,4}}[./#-]){{1,3}})"
    r"(?P<running>\d{2,5})"
    r"(?=:?\s+[A-Z(]|[A-Z][a-z])"  # "18/19-84: Apologies", "16/224Apologies" (glued)
)
# ... or its count glued between letters and the year: "AM119 Notice ...", "AM219 ..."
COUNTED_REFERENCE_OF_GLUED_YEAR = re.compile(
    rf"{REFERENCE_START}(?P<style>[A-Z]{{1,4}})(?P<running>\d{{1,2}})(?P<year>\d{{2}})(?=\s+[A-Z(])"
)
# ... or the year and the month's meeting, then the minute from 1: "2016/12/1 Apologies",
# "2016/12/2Declarations" (glued), "05-01-3 Minutes" (the year in two figures, dashes); or
# the year alone, its count bracketed: "2019/1) Election of the meeting Chairman"
COUNTED_REFERENCE_OF_MONTH = re.compile(
    rf"{REFERENCE_START}(?P<style>(?:19|20)\d\d/(?:\d{{1,2}}/)?|\d\d-\d\d-)(?P<running>\d{{1,3}})"
    r"(?=\)?:?\s+[A-Z(]|[A-Z][a-z])"
)
# ... or of four parts, the last counting from 1, perhaps in a table's cell: "FG/23/6/1 | To",
# "C18/05/02/01 MINUTES" (the council's meeting of May 2018, the 2nd)
COUNTED_FOUR_PART_REFERENCE = re.compile(
    rf"{REFERENCE_START}(?P<style>[A-Z]{{1,4}}\d{{0,2}}/\d{{2}}/\d{{1,2}}/)(?P<running>\d{{1,3}})"
    r"(?=\s+(?:\|\s+)?[A-Z(])"
)
# ... or a letter or two before a count from 1, perhaps with a stop: "C1. Police Report",
# "G17. Budget" (not "C3.a", a part of an item)
COUNTED_LETTERED_NUMBER = re.compile(
    rf"{REFERENCE_START}(?P<style>[A-Z]{{1,3}})(?P<running>\d{{1,3}})\.?(?=\s+[A-Z(])"
)
# ... or whose first number counts, the year after it ("1-0607/8 - Welcome", "2-0607/8 - ...")
COUNTED_SUFFIXED_REFERENCE = re.compile(
    r"(?<!\S)(?P<running>\d{1,3})(?P<style>[-/.]\d{2,4}(?:/\d{1,2}|[A-Z])?)(?=\s+(?:[-\u2013]\s+)?[A-Z])"
)
# ... or the meeting's number, then the item's and a stop: "304-1.To receive apologies"
COUNTED_MEETING_ITEM = re.compile(
    r"(?<!\S)(?!(?:19|20)\d\d-)(?P<style>\d{2,4}-)(?P<running>\d{1,2})\.(?=\s*[A-Z])"
)
# ... or a minute's number alone before its title ("... of the public Absent: 70 Election of
# Chair ... 71 Apologies for Absence ..."), or with a bracket ("... (x3) 201) Apologies."),
# not a year
COUNTED_BARE_NUMBER = re.compile(  # ... not a date's day ("20 SEPTEMBER", "21 June")
    r"(?<=[\sA-Za-z.:])(?<![£$€])(?P<running>(?!(?:19|20)\d\d\b)\d{2,5})[:)]?\s+"
    rf"(?!(?i:{'|'.join(MONTH_NAMES)})\b)(?=[A-Z][a-z]|[A-Z]{{2,}}\s)"
)
# ... or with the year after the running number: "57/19", "Cou/285/07-08", "FIN/12/2019"
# ... or a reference whose running number is bracketed ("2211_[1]", "M(12)", "(139)")
COUNTED_BRACKETED_REFERENCE = re.compile(
    rf"{REFERENCE_START}(?P<style>(?:[A-Za-z0-9]{{1,12}}[_./-]?)?[\[(])(?P<running>\d{{1,3}})[\])]"
    r"(?=\s+[A-Z(])"  # a style of twelve characters at most: a long run is no reference
)
COUNTED_REFERENCE_OF_YEAR = re.compile(
    rf"{REFERENCE_START}(?P<style>(?:[A-Z][A-Za-z]{{0,3}}[./-]?)?)(?P<running>\d{{2,5}})"
    # ... or its month and year after a colon: "F01:04/24 Receive apologies", "F02:04/24";
    # or the year after a stop, the count long: "4073.19 To elect the Chair ..."; a colon
    # after it: "83/20: Internal finance check: ..."
    # ... or its year in two parts, glued to a title in capitals: "FC49/08/9APOLOGIES"
    r"(?P<year>\s?/(?:\d{2}|\d{4})(?:-\d{2})?|:\d{2}/\d{2}|(?<=\d{3})\.\d{2}|/\d{2}/\d{1,2})"
    r"(?=:?\s+[A-Z(]|[A-Z]{3,}\b)"
)

GLUED_DASH = re.compile(
    r"^(?P<title>[A-Z][\w'\u2019]*(?:/[A-Za-z]+)*"
    r"(?:\s+(?:(?:of|to|and|for|the|&)\s+)?[A-Z][\w'\u2019]*(?:/[A-Za-z]+)*){0,4})"
    r"\s?[-\u2013\u2014](?=[A-Z0-9])"
)  # "Cemetery-Walker Burial ...", "Minutes -The minutes of ...", "EMS \u2013Scott Bee reported"
MIN_GLUED_DASHES = 3
# "C. 87/10APOLOGIES", "FC49/08/9Minutes": a minute's reference and its title joined by a
# page's text without the space between them (not "1ST", "7PM": a word of three letters)
GLUED_NUMBER = re.compile(
    r"^(?P<number>(?:[A-Z]{1,4}\.\s?)?[A-Z]{0,4}\d{1,4}(?:[/.-]\d{1,4}){0,3})"
    r"(?=[A-Z]{3,}\b|[A-Z][a-z]{2,})"
)
MIN_GLUED_NUMBERS = 3

MIN_MARKED_SUBJECTS = 2

MIN_ITEM_WORDS = 6  # words between two headings' references, as a rule, at least
FLATTENED_MAX_LINES = 15  # a flattened document has at most this many lines ...
INLINE_NUMBER = re.compile(
    r"(?<=[\s.:;])(?<!No\.\s)(?<!No\.)(?<!NO\.)(?<!Item\s)(?<!\d\.)"  # not "Item No.19.01."
    r"(?<!Page\s)(?<!PAGE\s)(?<!page\s)"  # ... nor a page: "... Exhibit Book II, Page 28. ADJOURN"
    r"(?!0\.\s)(?<!\d:)"  # ... nor a tally's end ("... a vote of 4 to 0. VISITOR"), nor a time's
    # ... a number, a stop and a title, perhaps after a dash: "... meeting. 9. – Planning"
    r"(?=(?:\d{1,3}(?:\.\d{1,2})*\.|\d{1,3}\.\d{1,2}\)?|[IVX]{2,5}\.)\s+(?:\|\s+|[-\u2013\u2014]\s+)?[A-Z])"
    r"|(?<=[.!?]\s)(?=\d{1,3}\s\.\s+[A-Z]{2})"  # "... Street. 210 . APOLOGIES": the stop set apart
    # ... or a number alone in a table's cell: "... Public: Nil | 1 | Apologies ..."
    r"|(?<=\|\s)(?=\d{1,3}\s\|\s+[A-Z])"
    # ... a numeral of one letter after a sentence's end, not a middle initial ("John V. Farrelly")
    r"|(?<=[.:;!?|]\s)(?=[IVX]\.\s+(?:\|\s+)?[A-Z])"
    r"|(?<=\d\s)(?=I\.\s+[A-Z]{2,}\b)"  # "... JUNE 15, 1993 I. CALL TO ORDER": the first
    r"|(?:(?<=\d\s[AaPp][Mm]\s)|(?<=\d[AaPp][Mm]\s))(?=I\.\s+[A-Z])"  # "... 5:00 PM I. Call"
    r"|(?<=[.!?]\s)(?=\d{1,3}\.\d{1,2}\.\d\d\s+[A-Z])"  # "... above. 2.3.22 To receive"
    # "... received. 1008.3 DECLARATIONS OF ...": the minute of the meeting coded by its
    # year and month, before a title in capitals
    r"|(?<=[.!?]\s)(?=\d{4}\.\d{1,2}\s+[A-Z]{2,}\s+[A-Z&]{2,})"
    # a minute's number in the thousands, not a year, after a sentence or capitals: "...
    # DURHAM 1297. Chairman's notices" (not "... DENIAL of Variance 1153. The sign ...")
    r"|(?:(?<=[.!?:;|]\s)|(?<=[A-Z]{2}\s))(?<!NO\.\s)(?<!PAGE\s)(?!(?:19|20)\d\d\.)"
    r"(?=\d{4}\.\s+[A-Z][a-z])"
    r"|(?<=\s)(?=\d{1,3}\.(?:\d{1,2})?[A-Z][a-z]{2,})"  # "... minutes 1.Welcome", "4.00Business"
    # "... above.2.Declarations", "... the BIA.3.Consent": glued to the stop before it
    r"|(?:(?<=[a-z)]\.)|(?<=[A-Z]{2}\.))(?<!No\.)(?=\d{1,2}\.[A-Z][a-z]{2,})"
    # "... signed. 2.MINUTES OF ...", or glued to a table's header: "Action by1.APOLOGIES";
    # a short first word if more capitals follow ("... Thomas. 65.TO RECEIVE DECLARATIONS")
    r"|(?<=[\sa-z])(?=\d{1,3}\.(?:[A-Z]{3,}\b|[A-Z]{2}\s+[A-Z]{3,}\b))"
    # "... C124/20 Notice and Summons", but not "PROGRAMME 2024/25" inside a title, nor after
    # the body's letter ("C. 87/10 APOLOGIES": one reference)
    r"|(?<=[^A-Z\s]\s)(?<!\b[A-Z]\.\s)(?=[A-Z]{0,3}\d{1,4}/\d{2,4}\s+(?:\|\s+)?[A-Z])"
    r"|(?<=[^A-Z\s]\s)(?=[A-Z]{1,3}/\d{1,4}\s+[A-Z]{3,})"  # "... 0383. P/18 LOCAL GOVERNMENT"
    # "... Lead SC/35/2018 APOLOGIES AND ...": a body's letters, a number and the year, then
    # a title in capitals (not "Resolution number MR/2022/172 MOVED by ...")
    r"|(?<=[^A-Z\s]\s)(?=[A-Z]{1,5}/\d{1,4}/\d{2,4}\s+[A-Z]{3,}(?:\s+[A-Z]{2,})+\b)"
    # "... in attendance. 1358 DECLARATIONS OF INTEREST", "... noted. 1507 APOLOGIES The ...",
    # '... the Shire.” 2 APOLOGIES Nil':
    # a minute number (perhaps spaced from its colon: "153 : APOLOGIES"), a title in capitals
    r"|(?<=[.!?a-z)\u201d]\s)(?<!No\.\s)(?<!NO\.\s)"  # ... not "Resolution No. 3869 MINUTES"
    r"(?=\d{1,4}(?:\s+:)?\s+(?:[A-Z]{3,}(?:\s+[A-Z]{2,})+\b|[A-Z]{4,}\s+[A-Z][a-z]))"
    # "... was read. Item No. 2: Election of Deputy Mayor", "... Item 2/13: Matters arising"
    # ... or "Agenda No. 16.2 Westfold Irrigation Scheme"; not after its minute's reference
    # ("1920/104 ITEM 1 - Mayor's Remarks ...": both number the one item)
    r"|(?<=[\s.:;])(?<!/\d\d\s)(?<!/\d\d\d\s)(?<!/\d\d\d\d\s)"
    r"(?=(?:(?:Agenda\s+|AGENDA\s+)?(?:Item|ITEM)\s+(?:(?:No|NO)\.?\s*|#)?"
    r"|(?:Agenda|AGENDA)\s+(?:No|NO)\.?\s*)(?:[A-Z]\.?)?\d{1,3}(?:[./]\d{1,4})?"
    r"(?:[.:)]\s*|\s[-\u2013]\s+|\s+)[A-Z])"  # "ITEM NO.1: To confirm ...", "Item 1:Apologies"
    # "... held. ITEM 2: DISCUSSION RELATING TO ...": the word in capitals, a colon
    r"|(?<=[\s.:;])(?=ITEM\s+\d{1,3}:\s+[A-Z])"
    # "... Minutes\u00a7 1 Opening of ...": a paragraph sign numbering the items (not "under
    # \u00a7 3 of the Act")
    r"|(?=\u00a7\s?\d{1,3}\.?\s+[A-Z])"
    # "... voting aye. ORDER NO. 3 RE: APPROVE ...": an order or resolution, numbered
    r"|(?<=[\s.:;])(?=(?:ORDER|RESOLUTION)\s+(?:NO\.?\s*\d{1,4}\s+(?:RE:\s+)?[A-Z]"
    r"|#\d{1,4}\s+[A-Z]{3,}\b))"  # "RESOLUTION #91 AUTHORIZE ...", not "ORDER #0094 Motion"
)

# A heading in capitals between two sentences of flattened text, or after a name: "...
# 1985. FIRE Referring to page 1 ...", "... Deputy Clerk MEETING CALLED TO ORDER The ...",
# or after the note of a heading before it: "INTRODUCTIONS: NONE APPROVAL OF MINUTES: The".
CAPITALS_WORD = r"[A-Z][A-Z&'\u2019/-]"
NOT_AFTER_ITS_NUMBER = r"(?<!\b\d\.\s)(?<!\b\d\d\.\s)"  # a heading's own "2. ", no stop
INLINE_CAPITALS = re.compile(
    rf"(?:(?<=[.!?a-z)\"\u201d]\s)|(?<=/\d\s)|(?<=\u2014\s)|(?<=:\sNONE\s)|(?<=:\sNIL\s)|(?<=[*=_]{{3}}\s)"
    r"|(?<=\d\s[AP]M\s)|(?<=\d[AP]M\s)"  # ... or after the time: "... at 7:05 PM MINUTES The"
    r"|(?<=[A-Z]\s)(?=\d{1,2}\.\s+[A-Z]{3})"  # ... or a number after capitals: "ACME 1. CALL"
    r"|(?<=:\s)(?=IN\s+RE:))"  # ... or "IN RE:" after a list's colon: "on consent: IN RE: (2)"
    r"(?<!Page\s)(?<!PAGE\s)(?<!page\s)"  # a page's number is no minute's: "Page 28. ADJOURN"
    r"(?:(?:IN\s+)?RE:\s+)?"  # ... or after a rule of stars: "1994 ****** CALL TO ORDER The ..."
    # ... not an abbreviation opening a label: "TWP Business: ...", "PTA Report: ..."
    r"(?![A-Z]{2,4}\s+[A-Z][a-z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,3}:\s)"
    # ... nor one inside a sentence, after a small word, before a name: "... from Quicken
    # to PTO Manager. She", "16. The FAO Sub-Regional Representative ..." (not "...
    # Introduction CC Finlayson welcomed": a title, then a councillor's)
    r"(?!(?:(?<=\bto\s)|(?<=\b[Tt]he\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\bwith\s)"
    r"|(?<=\bat\s)|(?<=\bin\s)|(?<=\bon\s)|(?<=\bfrom\s))"
    r"[A-Z]{2,4}\s+[A-Z][a-z])"
    # an outline's mark or a minute's number first: "A. ", "II.A. ", "100. "
    # ... or a roman numeral without its stop: "... Open Forum. II APPROVAL OF THE AGENDA"
    # ... or "210 . ", "1.0 ": its stop set apart, a heading's ".0"
    rf"((?:(?:[A-H]|[IVX]{{1,4}}(?:\.[A-H])?|(?!0\.)\d{{1,3}})\.\s+|[IVX]{{1,4}}\s+(?=[A-Z]{{3}})"
    r"|(?<=RE:\s)\(\d{1,3}\)\s+"  # "IN RE: (2) RESOLUTION OF ...": the agenda's number
    rf"|(?!0\s)\d{{1,3}}\s\.\s+|\d{{1,2}}\.0\s+)?"
    r"(?:SO\s+(?=MOVED|ORDERED))?"  # ... or the outcome before, split off below: "SO MOVED"
    rf"(?:{CAPITALS_WORD}{{2,}},?\s+(?:(?:{CAPITALS_WORD}*,?|[&/]|[\u2013\u2014]|\d{{1,4}},?|\d{{4}}[-/]\d{{2,4}},?)"
    r"\s+){0,15})?"  # ... with a year or two in it: "ADOPTION OF FISCAL YEAR 2000-2001 BUDGET",
    # ... or its subjects listed: "COMMUNICATIONS, DELEGATIONS, AND PETITIONS"
    rf"{CAPITALS_WORD}+[A-Z])(?::\s*|\s*[-\u2013\u2014]\s*|\s+)"
    # ... perhaps after a reference or a recording time: "APPROVAL OF THE AGENDA C15(210) On
    # the motion ...", "CORRESPONDENCE [1:05] A complete copy ...", "FINANCE BA-20-060 Update"
    r"(?=(?:(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|[A-Z]{1,3}-?\d{1,4}(?:-\d{1,4})*(?:\(\d{1,4}\))?"
    r"|\d{1,4}/\d{1,4}(?:-\d{1,4})?)\s+)?"
    r"(?:[A-Z][a-z]|[AI]\s+[a-z]|[\u2022\u25cf]\s|(?<=:\s)-\s+[A-Z]"  # ": - Joe reported"
    r"|N/[Aa]\b|\.\s+[A-Z][a-z]"  # "CITIZEN PARTICIPATION N/a", "DISCUSSION ITEMS . Staff"
    r"|\(\d{1,2}(?:\.\d{1,2})?\)\s+[A-Z][a-z]"  # its first point: "AGENDA (6.1) Approve"
    r"|\((?:This|The)\s+[a-z]"  # a note in brackets: "... (This item was initiated by ...)"
    r"|(?<=:\s)[A-Z]{2,3}\s+[a-z]{2,}"  # ": RG said"
    # ... an initial and a surname, not after a label's colon ("MEDIA: S Houston"): "APOLOGIES
    # S Dunning, ...", "CHAIR'S WELCOME H Duff welcomed ..."
    r"|(?<![:\s]\s)(?<!:)[A-Z]\.?\s[A-Z][a-z]+[\s,]"
    # ... or an outline's mark: "OLD BUSINESS 4.a. Business Appreciation Survey"
    r"|\d{1,2}\.(?:[a-z\d]{1,2}\.?)?\s+(?:[A-Z](?:[a-z]|[A-Z]+\s+[A-Z]|\.\s+[A-Z][a-z])|A\s+[a-z])))"
    # "... ITEMS 1. Renewal", "1. APPROVAL OF", "1. B. Lowe reported ..."
)
# ... or with a full stop, run in as a sentence of its own between two others, perhaps
# after a tape's counter, dropped (where the recording was, no item's number): "... out
# of town. 0058 ANNOUNCEMENTS. A) Because of the holiday ...",
# "... May 4, 2009. CONVENED. The meeting convened ..." (one word of six letters at least:
# "... by the USDA. The grant ..." is an acronym's sentence end)
STOPPED_CAPITALS = re.compile(
    r"(?<=[.!?]\s)(?<!\b\w\.\s)(?<!\b\w\w\.\s)"  # not after its own number ("1. ", "IV. ")
    r"(?:\d{4}\s+)?((?:(?:[A-Z][A-Z'\u2019&/-]+\s+){1,6}[A-Z][A-Z'\u2019&/-]{2,}"  # "ACTION RB." no
    r"|[A-Z][A-Z'\u2019&/-]{5,})\.)\s+(?=[A-Z][a-z]|[A-Z]\)\s|[AI]\s+[a-z])"  # "FINANCE. A cheque"
)
# ... but an outcome in capitals ending the minute before is not the heading's: "CARRIED
# UNANIMOUSLY" / "INTRODUCTION OF NEW STAFF".
OUTCOME_BEFORE_HEADING = re.compile(
    r"^((?:THE\s+)?(?:MOTION\s+)?(?:CARRIED|ADOPTED|APPROVED|DEFEATED|LOST|AGREED|PASSED|FAILED)"
    r"(?:\s+UNANIMOUSLY)?|SO\s+(?:MOVED|ORDERED))\s+(?=[A-Z]{3,})",
    re.MULTILINE,
)
# ... or known business in title case or in capitals after a sentence or a number: "...
# Room 113 Call to Order The meeting was called ...", "... yet. Old Business The Memorial
# Day ...", "... FEBRUARY 1, 2012 CALL TO ORDER The Regular Meeting ...".
KNOWN_BUSINESS = (
    "Call to Order|Roll Call|Approval of (?:the )?(?:Agenda|Minutes)|Public Comments?|"
    "Old Business|New Business|Unfinished Business|Announcements|Adjournment"
)
# A sentence's end, then up to seven words: where a heading may stand in flattened text.
SENTENCE_THEN_WORDS = re.compile(
    r"(?<=[.!?]\s)(?<!\b[A-Za-z\d]\.\s)(?<!\b(?:\d\d|[IVX]{2})\.\s)(?<!\b(?:\d{3}|[IVX]{3})\.\s)"
    r"[A-Z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){1,6}"
)  # ... not after an outline's mark ("B. Roll Call C. ...")
TITLE_CONNECTIVE_WORDS = frozenset("of and the in for to on with &".split())
SENTENCE_OPENERS = frozenset(
    "The A An It This That There We He She They Mr Mrs Ms Dr Cllr Councillor All No None "
    "Nil Nobody Please".split()
)
# A bulleted heading in capitals run into the text around it: "... Lake - MATTERS ARISING The"
BULLETED_CAPITALS = re.compile(
    r"\s+[-\u2022\u25cf]\s+([A-Z][A-Z'\u2019&/-]+(?:\s+[A-Z][A-Z'\u2019&/-]*){0,8})\s+(?=[A-Z][a-z])"
)
MIN_FLATTENED_CELLS = 8  # " | " marks in a flattened line: a table's cells run together
FLATTENED_CELL_END = re.compile(r" \|(?: \|)* ")
CELL_REFERENCE = re.compile(r"\(?[A-Z]{0,4}\d[\w/.:-]*\)?")  # a cell ending "P100/12", "2."
MAX_SENTENCE_CASE_TITLE = 6  # words of known business in sentence case, flattened
INLINE_BUSINESS = re.compile(
    # in title case, not after its own number ("... transacted: 1. Roll Call Judge ...")
    rf"(?:(?<=[.!?]\s){NOT_AFTER_ITS_NUMBER}|(?<=\d\s))({KNOWN_BUSINESS})\s+(?=[A-Z])"
    # in capitals, after a year or a date ("... 02/11/08 CALL TO ORDER Chair ...", "... 1
    # CALL TO ORDER - The ...")
    rf"|(?<=\d\s)({KNOWN_BUSINESS.upper()})\s+(?:[-\u2013\u2014]\s+)?(?=[A-Z][a-z])"
    # ... or after a sentence, its stop or the sentence it opens after it: "... 1997.
    # ADJOURNMENT. By proper motion ...", "... 5:38 p.m. ROLL CALL was taken by ..."
    rf"|(?<=[.!?]\s)({KNOWN_BUSINESS.upper()})(?:[.:]\s+(?=[A-Z])|\s+(?=(?:was|were)\s))"
)
# ... or any title in title case between two sentences, where the second opens as
# sentences do: "... in the chair. Acknowledgement of Country We respectfully ...".
TITLE_WORD = r"[A-Z][\w'\u2019&/-]+"
INLINE_TITLE = re.compile(
    rf"(?<=[.!?]\s){NOT_AFTER_ITS_NUMBER}"  # "... posted. 2. Approval of Agenda The board ..."
    r"(?!(?:When|If|As|At|In|On|After|Before|During|Following|Since|While|Once)\s)"
    rf"({TITLE_WORD}(?:\s+(?:(?:of|and|the|in|for|to|on|with|&)\s+)*{TITLE_WORD})"
    r"{1,6})\s+(?=(?:The|We|It|There|This|That|A|An|No|Nil|None|All|Cr|Cllr|"
    r"Councillor|Mr|Mrs|Ms|Dr|To)\s+[a-z\u2019']"
    # ... or a body or a person acting: "The Corporate Officer called", "Dr. Bee thanked",
    # "Upon motion by ..."
    r"|The\s+[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?[a-z]{3,}\b|(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][a-z]+[\s,]"
    r"|Upon\s+(?:a\s+)?motion\b)"
)
# ... or a title in title case with a colon after a sentence: "... today's meeting. Old
# Business: None. New Business: We will ...".
INLINE_LABEL = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=:\sNone\s)|(?<=:None\s)"  # ... or after the label before's "None"
    r"|(?<=\sNo\s[Rr]eport\s)|(?<=\sNO\sREPORT\s))"  # ... or its "No Report"
    rf"{NOT_AFTER_ITS_NUMBER}"  # ... not after its own number ("2. INVOCATION:")
    r"(?<!\bMr\.\s)(?<!\bMs\.\s)(?<!\bDr\.\s)(?<!\bMrs\.\s)"  # ... nor a speaker's ("Mr. Bee:")
    r"(?=[A-Z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,4}"
    r"(?:\s+[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4})?"  # "May 2, 2014:"
    r"(?:\s*[\u2013\u2014-]\s+[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})?"  # "– ACTION ITEM:"
    r":\s*(?:[-\u2013]\s+)?[A-Z])"
)  # ... or a dash after the colon: "... lists. Correspondence: - Notification from ..."

# ... or with a dash for its colon: "... the Courthouse. Prayer and Pledge - Prayer was led
# by ...", "... voice vote. Consent Agenda - A motion was made ..."
INLINE_DASH_LABEL = re.compile(
    r"(?<=[a-z][.!?]\s)(?=[A-Z][\w'\u2019&/]*(?:\s+[\w'\u2019&/]+){0,4}\s+[-\u2013\u2014]\s+[A-Z])"
)
# ... or a title in title case and a colon over the bullets it heads, flattened into the
# text before them: "... the Fire District Public Comments: • Concern on ... • ..."
# ... or a bulleted "Title: text" paragraph, flattened into the one before it: "... (KA)
# - Apologies: Ann Bee, Cy Dee - Update from Police: No officers were ..."
BULLETED_LABEL = re.compile(
    r"\s+[-\u2022\u25cf]\s+(?=[A-Z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,7}:(?:\s|$))"
)
MIN_BULLETED_LABELS = 3
LABEL_OVER_BULLETS = re.compile(
    r"(?<=\s)((?:[A-Z][\w'\u2019&/-]*\s+){0,5}[A-Z][\w'\u2019&/-]*:)\s+(?=[\u2022\u25cf]\s)"
)

GLUED = re.compile(
    r"(?<=[A-Z]{3})(?=[A-Z][a-z]{2,})"  # "ABSENCEThere"
    r"|(?<=\d)(?=[A-Z]{4,}\b)"  # "2012/13RESOLVED"
    r"|(?<=[A-Z]{3}:)(?=[A-Z][a-z])"  # "RESOLVED:That"
    r"|(?<=[a-z])(?=\d{1,3}\.\s+[A-Z]{3})"  # "Services161. MINUTES"
)


def is_flattened(lines: list[Line]) -> bool:
    """A document of a few lines, or of lines as long as paragraphs, the longest running
    past FLATTENED_LINE: text that lost its line breaks."""
    texts = [line.text for line in lines if line.text]
    longest, total = max(map(len, texts), default=0), sum(map(len, texts))
    # ... or a page whose heading wrapped but whose text ran onto one line, most of it
    most = longest * 2 >= total
    many_short = len(texts) > FLATTENED_MAX_LINES and total / len(texts) < FLATTENED_LINE
    return bool(texts) and longest > FLATTENED_LINE and (most or not many_short)


def kept_paragraphs(lines: list[Line]) -> bool:
    """Several long lines, none holding most of the text: paragraphs, each on its line."""
    lengths = [len(line.text) for line in lines]
    long_lines = sum(length > FLATTENED_PART for length in lengths)
    one_page = max(lengths, default=0) * MOST_OF_THE_TEXT >= 2 * sum(lengths)
    return long_lines >= MIN_KEPT_PARAGRAPHS and not one_page


MOST_OF_THE_TEXT = 3  # a line holding two thirds of the text, at least, is the page


def unflatten(lines: list[Line], at_capitals: bool = False) -> list[Line]:
    """Break very long lines (flattened text) before each number that could start an item,
    and with `at_capitals` around each heading in capitals between two sentences.

    Only in flattened text: a document of a few lines, or of lines as long as paragraphs,
    where the longest runs past FLATTENED_LINE; ordinary long paragraphs are left alone.
    """
    if not is_flattened(lines):
        lines = with_counted_lists_broken(with_next_numbers_broken(lines))
        return at_numbers_counted_across_lines(lines)
    out = []
    numbered_pages = page_numbers_first(lines)
    labelled_rows = sum(len(ROW_LABEL.findall(line.text)) for line in lines) >= MIN_TABLE_ROWS
    # Several long paragraphs, each on its line: the text kept its paragraphs, and a count in
    # brackets inside one ("... arising from these - 1) We thanked ... 2) ...") is its points;
    # not one line that holds most of the text beside a site's note or snippet.
    paragraphs = kept_paragraphs(lines)
    counted = 0  # how far the items numbered without a stop counted on the pages before
    for line in lines:
        short = len(line.text) <= FLATTENED_PART
        counted = count_opening(line.text, counted) if short or counted else counted
        if short:
            out.append(line)
            continue
        text = broken_at_numbers(line.text, numbered_pages, labelled_rows, paragraphs)
        if at_capitals:
            text, counted = at_counted_numbers(text, counted)
            text = at_counted_letters(text)
            text = BULLETED_CAPITALS.sub(r"\n- \1\n", text)  # "... Lake - MATTERS ARISING The"
            if len(BULLETED_LABEL.findall(text)) >= MIN_BULLETED_LABELS:  # not one "Motion - Bus"
                text = BULLETED_LABEL.sub("\n- ", text)
            text = OUTCOME_BEFORE_HEADING.sub(r"\1\n", at_inline_capitals(text))
            text = INLINE_BUSINESS.sub(lambda m: f"\n{m[1] or m[2] or m[3]}\n", text)
            text = at_business_after_a_list(at_business_between_sentences(text))
            text = INLINE_TITLE.sub(r"\n\1\n", text)
            text = STOPPED_CAPITALS.sub(r"\n\1\n", text)
            text = INLINE_LABEL.sub("\n", text)
            text = INLINE_DASH_LABEL.sub("\n", text)
            text = LABEL_OVER_BULLETS.sub(r"\n\1\n", text)  # "... Fire Chief Report: • ..."
        text = at_business_labels(SPACED_LABEL.sub("\n", text))
        if is_flattened_table(text):
            text = FLATTENED_CELL_END.sub(" |\n", text)
        parts = [p.strip() for piece in text.split("\n") for p in INLINE_NUMBER.split(piece)]
        parts = with_labels_on_their_numbers(
            with_side_titles_apart(with_skipped_numbers_apart(parts))
        )
        out.extend(Line(part, page=line.page, indent=line.indent) for part in parts if part)
    return out


OPENING_COUNT = re.compile(r"(\d{1,2})\.?\s+(?=[A-Z])")


def count_opening(text: str, counted: int) -> int:
    """The count of items numbered without a stop, on from `counted`, when a line opens with
    its next number ("8 Deputations There were none." over "9 Public Forum ... 10
    Extraordinary Business ..."): a flattened page already broken at its first numbers
    goes on counting from the last of them. A long line's opening number only goes on a
    count the short lines began (a page's own number opens many a flattened page)."""
    opening = OPENING_COUNT.match(text)
    return int(opening[1]) if opening and int(opening[1]) == counted + 1 else counted


def at_sentence_ends(lines: list[Line]) -> list[Line]:
    """Flattened text a sentence a line: where neither numbers nor capitals found its
    headings, each that ran into its first sentence ("... were approved. Treasurer's Report
    Bryan reviewed the report ...") opens a line, as in minutes whose titles run into their
    text, and is read as such."""
    return [replace(line, text=part) for line in lines for part in sentences(line.text) if part]


def at_inline_capitals(text: str) -> str:
    """A new line around each heading in capitals between two sentences (INLINE_CAPITALS),
    but not around an acronym inside a name ("... of Johnson STEAM Academy's ...")."""
    return INLINE_CAPITALS.sub(
        lambda match: match[0] if inside_a_name(text, match) else f"\n{match[1]}\n", text
    )


def inside_a_name(text: str, match: re.Match) -> bool:
    """One short word in capitals between two capitalised words, the second no sentence's
    first ("Johnson STEAM Academy's"): a name's acronym ("Clerk FINANCE The ..." heads)."""
    if not ACRONYM.fullmatch(match[1]):
        return False
    before, after = word_before(text, match.start()), word_after(text, match.end())
    return (
        bool(before and after)
        and before[:1].isupper()
        and before[-1:].isalpha()
        and after[:2].istitle()
        and after not in SENTENCE_STARTERS
    )


ACRONYM = re.compile(r"[A-Z]{2,5}")


def word_before(text: str, at: int) -> str:
    """The word that ends before `at`, past any spaces there ("" at the text's start): read
    back only as far as that word, not the whole text before it (a flattened page may be
    broken at thousands of places)."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def word_after(text: str, at: int) -> str:
    """The word that starts after `at`, past any spaces there, as `word_before` reads."""
    start = at
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


# Flattened lines kept broken at their numbers, for the document's second reading: a
# document's long lines (a page or two each).
FLATTENED_LINES_KEPT = 128


@lru_cache(maxsize=FLATTENED_LINES_KEPT)
def broken_at_numbers(
    text: str, numbered_pages: bool, labelled_rows: bool, paragraphs: bool
) -> str:
    """A flattened line with a new line before each number, reference and row label that
    counts on; `numbered_pages`, `labelled_rows` and `paragraphs` are what the whole text
    says of its lines (see unflatten). Kept for the text read again at its capitals."""
    text = FLATTENED_RULE.sub("\n", unglue(at_lost_breaks(without_line_numbers(text))))
    if numbered_pages:
        text = PAGE_NUMBER_FIRST.sub("", text)
    text = at_labelled_rows(text) if labelled_rows else text
    text = at_running_numbers(at_counted_references(at_counted_named(text)))
    text = text if paragraphs else at_counted_bracketed(text)
    return at_letters_before_capitals(at_counted_small_romans(at_counted_romans(text)))


def with_labels_on_their_numbers(parts: list[str]) -> list[str]:
    """A reference's label left at the end of the text before it ("... as a true record.
    Min." / "19/08 Approval of ..."): the label is the reference's, as printed; so is a
    body's code that ends the text before two references or more ("... signed. hpc" /
    "004/14 MINUTES"), the same each time."""
    before = [LABEL_AT_END.search(text) or CODE_AT_END.search(text) for text in parts[:-1]]
    codes = Counter(
        label["label"]
        for label, part in zip(before, parts[1:], strict=True)
        if label and REFERENCE_FIRST.match(part)
    )
    mended = parts[:1]
    for label, part in zip(before, parts[1:], strict=True):
        named = label and (LABEL_AT_END.search(label[0]) or codes[label["label"]] >= MIN_CODED)
        if named and REFERENCE_FIRST.match(part):
            mended[-1] = mended[-1][: len(mended[-1]) - len(label[0])].rstrip()
            part = f"{label['label']} {part}"
        mended.append(part)
    return [part for part in mended if part]


def with_skipped_numbers_apart(parts: list[str]) -> list[str]:
    """A run of flattened items that skips a number ("5. Kirkton ..." then "7. Treasurer's
    ...") finds it inside the part between, printed without its stop after a sentence ("...
    on 19 September. 6 Police Report – No report ..."): the sequence says an item starts
    there."""
    out: list[str] = []
    for at, part in enumerate(parts):
        here = LEADING_NUMBER.match(part)
        after = LEADING_NUMBER.match(parts[at + 1]) if at + 1 < len(parts) else None
        if here and after and int(after[1]) == int(here[1]) + 2:
            skipped = re.search(rf"(?<=[.!?]\s){int(here[1]) + 1}\s+(?=[A-Z][a-z])", part)
            if skipped:
                out += [part[: skipped.start()].strip(), part[skipped.start() :]]
                continue
        out.append(part)
    return out


LEADING_NUMBER = re.compile(r"^(\d{1,3})\.\s")  # "5. Kirkton Enhancements ..."
LABEL_AT_END = re.compile(  # "... a true record. Min.", "... agreed. Item"
    rf"(?:^|(?<=\s))(?P<label>(?:{'|'.join(NAMED_NUMBERS)})\.?(?:\s+no\.?)?)$", re.IGNORECASE
)
CODE_AT_END = re.compile(r"(?:^|(?<=\s))(?P<label>[A-Za-z]{2,5})$")  # "... signed. hpc"
MIN_CODED = 2  # references a body's code stands before, at least, to be theirs
REFERENCE_FIRST = re.compile(r"^\d{1,4}/\d{1,4}\b")  # "19/08 Approval of ...": a reference


def with_side_titles_apart(parts: list[str]) -> list[str]:
    """A side heading flattened onto the end of the paragraph before its numbered one
    ("... was prepared. Adjournment" / "3. The meeting adjourned at 3:43 p.m."): set on
    a line of its own, above the paragraph it titles, as the margin had it."""
    out: list[str] = []
    for part in parts:
        paragraph = UNTITLED_PARAGRAPH.match(part)
        if out and paragraph and opens_a_sentence(paragraph["text"]):
            before, title = side_title_at_end(out[-1])
            if title:
                out[-1:] = [before, title] if before else [title]
        out.append(part)
    return out


def side_title_at_end(text: str) -> tuple[str, str]:
    """(the text, a title after its last sentence) when the words after the last full stop
    read as a title: capitalised, short, no verb."""
    end = list(SIDE_TITLE_START.finditer(text))
    start = end[-1].end() if end else 0
    title = text[start:].strip()
    words = title.split()
    if not 0 < len(words) <= MAX_SIDE_TITLE_WORDS or not looks_like_title(title):
        return text, ""
    unbracketed = BRACKETED.sub("", title).split()  # "Election of Convenor (Paper 1)"
    # capitalised, or a short title in sentence case ("Apology for absence")
    capitalised = len(words) <= MAX_SENTENCE_CASE_SIDE_TITLE or all(
        w[:1].isupper() or w[:1].isdigit() or w in TITLE_CONNECTIVES for w in unbracketed
    )
    if not capitalised or has_a_verb(title):
        return text, ""
    return text[:start].strip(), title


def counted_from_one(lines: list[Line]) -> list[Line]:
    """The last reading of text where nothing else found items: numbers counting 1, 2, 3
    ... in the text's order, each before a capitalised word and with the minute's text
    between ("... Apologies: Ann Bee 1 Welcome and opening remarks noted. ... 2 Apologies
    noted. The Board ..."), however the lines ran: the lines broken before each of
    them. The lines as they were when there is no such run of two or more."""
    text = " ".join(line.text for line in lines if line.text)
    marks = list(COUNT_FROM_ONE.finditer(text))
    run = longest_count_from_one(marks)
    if len(run) < 2 or median_gap(text, run) < MIN_ITEM_WORDS:
        return lines
    parts = broken_before(text, [mark.start() for mark in run]).split("\n")
    return [Line(part.strip()) for part in parts if part.strip()]


def longest_count_from_one(marks: list[re.Match]) -> list[re.Match]:
    """The longest run 1, 2, 3 ... among the marks in their order, each number the first
    after the one before; of runs as long, the latest (a page's number or a date's day
    before the items' count is passed by). One pass: each number extends the run its
    predecessor last ended."""
    ending: dict[int, tuple[re.Match, tuple | None, int]] = {}  # value -> (mark, before, length)
    best: tuple[re.Match, tuple | None, int] | None = None
    for mark in marks:
        value = int(mark[1])
        before = ending.get(value - 1) if value > 1 else None
        if value == 1:
            ending[1] = (mark, None, 1)
        elif before and (value not in ending or ending[value][1] is not before):
            ending[value] = (mark, before, before[2] + 1)
        else:
            continue
        if best is None or ending[value][2] >= best[2]:
            best = ending[value]
    run = []
    while best:
        run.append(best[0])
        best = best[1]
    return run[::-1]


def with_next_numbers_broken(lines: list[Line]) -> list[Line]:
    """A line that starts with its item's number and, after a sentence's end, goes on with
    the next item's ("2. Minutes of the last meeting were approved. 3. Safety Report: ..."):
    broken before each next number, as the page had it. So is the paragraph under a
    heading alone on its line ("1. Apologies" / "Apologies were noted. 2. Adoption of
    Minutes The minute ..."): the count goes on from the heading above."""
    out = []
    above = None  # the count of a heading alone on the line above
    for line in lines:
        first = LEADING_COUNT.match(line.text)
        number = int(first[1]) if first else above
        if number is None:
            out.append(line)
            continue
        text = line.text
        while found := next_number_after_stop(text, number + 1):
            out.append(replace(line, text=text[:found].strip()))
            text, number = text[found:].strip(), number + 1
        out.append(replace(line, text=text))
        alone = first and text == line.text and len(text.split()) <= MAX_TITLE_ALONE_WORDS
        above = int(first[1]) if alone else (above if not line.text else None)
    return out


MAX_TITLE_ALONE_WORDS = 12  # a heading's line, its number and title, no text after them


def next_number_after_stop(text: str, number: int) -> int | None:
    """Where `number` stands after a sentence's end, or after a year that ends a title
    ("... Fees and Charges 2020 to 2021 3. Apologies"), before a title, in `text`."""
    found = re.search(rf"(?:(?<=[.!?])|(?<=\b(?:19|20)\d\d))\s+{number}[.)]\s+(?=[A-Z])", text)
    return found.start() if found else None


def at_labelled_rows(text: str) -> str:
    """A committee system's item table flattened with its cell marks lost ("... leave the
    meeting. Schedule of Meetings 2025 Minutes: The Committee approved ... November.
    Motions Minutes: | ..."), three such rows in the text at least: a new line before each
    row's title (from the end of the sentence before its label) and around its "Minutes:"
    label, as the rows read unflattened."""
    starts = []
    for label in ROW_LABEL.finditer(text):
        reach = max(0, label.start() - MAX_ROW_TITLE)
        opening = list(ROW_TITLE_START.finditer(text, reach, label.start()))
        start = opening[-1].end() if opening else None
        if start is not None and (header := TABLE_HEADER.match(text, start)):
            start = header.end()  # "No. Item Apologies Minutes: ...": the table's header first
        if start is not None and could_be_title(text[start : label.start()].strip()):
            starts += [start, label.start() + 1, label.end()]
    return broken_before(text, starts)


def is_flattened_table(text: str) -> bool:
    """A table run together (" | " between its cells), read best a cell a line: not one
    already broken at its rows' numbers, nor one whose numbers stand in cells of their
    own ("P100/12 | APOLOGIES ..."), which are read at those numbers."""
    if "\n" in text or text.count(" | ") < MIN_FLATTENED_CELLS:
        return False
    last_words = [cell.split()[-1] for cell in text.split(" | ") if cell.strip(" |")]
    return sum(bool(CELL_REFERENCE.fullmatch(word)) for word in last_words) < 2


def at_business_labels(text: str) -> str:
    """Flattened text broken before the meeting's own business labelled with a colon, in
    title case, wherever it stands: after a list of who attended, no sentence has ended
    ("... Executive Assistant - Hale Call To Order: Chair Bee called ...", "... Secretary
    Call to Order/Roll Call: Meeting called ..."): the run of capitalised words before the
    colon that the procedural vocabulary knows, without words before it that it needs not."""
    starts = []
    for colon in LABEL_COLON.finditer(text):
        words = list(WORD.finditer(text, max(0, colon.start() - LABEL_REACH), colon.start()))
        ended = [i for i, word in enumerate(words) if word[0].endswith((":", ";", ".", "!", "?"))]
        words = words[ended[-1] + 1 :] if ended else words  # the label starts after them
        if not words or ITEM_PART.match(f"{words[-1][0]}:"):
            continue  # "... Apologies Minutes: ...": a row's "Minutes:" label, broken as such
        for first in range(max(0, len(words) - MAX_LABEL_WORDS), len(words)):
            phrase = [w[0] for w in words[first:]]
            label = " ".join(phrase)
            shouted = any(len(word) > 2 and word.isupper() for word in phrase)
            if not phrase[0][:1].isupper() or not is_title_case(phrase) or shouted:
                continue  # in capitals: broken as a heading in capitals is
            if phrase[0].lower() in NOT_A_LABELS_START or SIGNED_BY.search(label):
                continue  # "... New Business: None Old Business:", "Respectfully Submitted By:"
            if is_part_label(label) or this_meeting(label):
                continue  # "Minutes of the meeting: Monday 8th March": the document's heading
            if ATTENDANCE_LABEL.search(label) or APOLOGIES_LABEL.match(label):
                continue  # "Apologies: none": the heading's account of who came
            if is_procedural(label):
                first = shortest_business(words, first)  # "Hale Call To Order:" -> "Call ..."
                starts.append(words[first].start())
                break
    # ... not after the label's own number: "II. Approval of Minutes: ..." is whole
    starts = [
        start
        for start in starts
        if start > 0 and not mark_before(text, start) and not numbered_title_before(text, start)
    ]
    return broken_before(text, starts)


def numbered_title_before(text: str, start: int) -> bool:
    """The label ends a numbered title ("3) Roll Call/Establish Quorum: Roll call was
    taken ..."): its number a few title-case words before it, no sentence between."""
    return bool(NUMBERED_TITLE_BEFORE.search(text, max(0, start - LABEL_REACH), start))


NUMBERED_TITLE_BEFORE = re.compile(
    r"(?<!\S)\(?\d{1,3}[.)]\s+(?:(?:[A-Z][\w'/&-]*|of|and|the|to|for|&)\s+){1,6}$"
)


def mark_before(text: str, start: int) -> bool:
    """An outline's mark or a cell's edge just before `start` (read in a window: a page of
    thousands of labels is read in time linear in its length)."""
    return bool(MARK_BEFORE.search(text[max(0, start - MARK_REACH) : start]))


MARK_REACH = 16


def shortest_business(words: list[re.Match], first: int) -> int:
    """Where known business starts, dropping words before it that it needs not ("Hale
    Call To Order" is "Call To Order"), as long as what is left is business in title case."""
    while first + 1 < len(words):
        rest = " ".join(w[0] for w in words[first + 1 :])
        if not rest[:1].isupper() or not is_procedural(rest) or is_part_label(rest):
            break  # "Approval of Minutes" stays whole
        first += 1
    return first


NOT_A_LABELS_START = frozenset("none nil no n/a".split())  # the label before's status
SIGNED_BY = re.compile(r"\bsubmitted\b|\bby$", re.IGNORECASE)
LABEL_COLON = re.compile(r"(?<=[a-z])(?=:\s+[A-Z])")  # "... Call To Order: Chair ..."
MARK_BEFORE = re.compile(  # ... nor in a cell of its own: "2. | Election of Chairman: ..."
    r"(?:(?:^|\s)(?:[IVXLC]+|[A-Za-z]|\S*\d\S*)[.):]?|\|)\s+$"  # "II. ", "Item 5/14: "
)
LABEL_REACH = 60  # characters before a colon that may hold its label
MAX_LABEL_WORDS = 5


def at_business_between_sentences(text: str) -> str:
    """Flattened text broken around the meeting's own business in title case between a
    sentence's end and the next capitalised word ("... was excused. Minutes The June 5
    minutes ...", "... approved. Matters Arising The clerk ..."): the longest run of
    capitalised words (and small words inside) that the procedural vocabulary knows, so the
    heading needs no list of its own here."""
    starts = []
    for match in SENTENCE_THEN_WORDS.finditer(text):
        words = match[0].split()
        if words[0].isupper():
            continue  # in capitals: a heading in capitals, broken as such
        spans = [
            (match.start() + w.start(), match.start() + w.end()) for w in WORD.finditer(match[0])
        ]
        end, sentence_case = None, False
        for length in range(1, len(words)):
            phrase, following = words[:length], words[length]
            if not phrase[-1][:1].isupper():
                if phrase[-1] in TITLE_CONNECTIVE_WORDS:
                    continue  # "Call to the Public": a small word inside the title
                if end or length > MAX_SENTENCE_CASE_TITLE:
                    break  # a word of a sentence
                sentence_case = True  # "Declarations of interest Please see ..."
            elif phrase[-1] in SENTENCE_OPENERS:
                break  # "Minutes The June 5 ...": the next sentence has begun
            title = " ".join(phrase)
            if sentence_case:  # known business in sentence case, then a sentence begun
                if following in SENTENCE_OPENERS and is_procedural(title):
                    if not NOT_IN_TITLES.intersection(map(str.lower, phrase)):  # no verb
                        end = spans[length - 1][1]
                    break
                continue
            after = NEXT_TWO_WORDS.match(text, spans[length - 1][1])  # read in place: the
            if breaks_a_date(title, " ".join(after[1].split())):  # text can be the whole page
                # "Approval of Minutes of August" / "26, 2014": the title ends with its date
                dated = DATE.match(text, spans[length - 1][0])
                opens = dated and text[dated.end() : dated.end() + 2].strip()[:1].isupper()
                if opens and is_procedural(title):
                    end = dated.end()
                break
            if (following[:1].isupper() or following[:1].isdigit()) and is_procedural(title):
                end = spans[length - 1][1]  # "Minutes of Last Meeting", not "... Last"
        if end:
            starts += [match.start(), end]
    return broken_before(text, starts)


def at_business_after_a_list(text: str) -> str:
    """Flattened text broken around known business in title case after a list that ended
    without a stop, where a sentence opens after it ("... and 60 members of the public
    Apologies/Leave of Absence Requests There were no apologies.") or its colon does ("...
    2 members of the public Public Forum: Ann Bee spoke ...")."""
    starts = []
    for match in BUSINESS_AFTER_A_LIST.finditer(text):
        title = match["title"]
        after_a_word = word_before(text, match.start()).islower()  # not inside "Ivy Jay"
        label = APOLOGIES_LABEL.match(title) or ATTENDANCE_LABEL.search(title)  # who came
        if after_a_word and not label and is_procedural(title):
            starts += [match.start("title"), match.end("title")]
    return broken_before(text, starts)


# A run of capitalised words (two at least, or one joined by a slash) after a word in lower
# case, before a sentence's opening: "... public Apologies/Leave of Absence There were ...".
BUSINESS_AFTER_A_LIST = re.compile(
    r"(?<=[a-z]\s)(?<!\bof\s)(?<!\band\s)(?<!\bthe\s)(?<!\bfor\s)(?<!\bto\s)"  # no title's word
    r"(?P<title>[A-Z][a-z'\u2019]+(?:/[A-Z][a-z'\u2019]+)?"
    r"(?:\s+(?:of|and|for|to|the|&|[A-Z][a-z'\u2019]+(?:/[A-Z][a-z'\u2019]+)?)){1,6})"
    r"(?:\s+(?=(?:There|The|No|Nil|None|It)\s)|(?=:\s+[A-Z]))"  # ... or its colon: "Forum: Ann"
)
WORD = re.compile(r"\S+")
NEXT_TWO_WORDS = re.compile(r"\s*(\S*(?:\s+\S+)?)")


def with_counted_lists_broken(lines: list[Line]) -> list[Line]:
    """In text that is not flattened, a line that still holds a list run together ("...
    5 1. DECLARATION OF OPENING 6 2. RECORD OF ATTENDANCE 6 3. ...", a contents table
    saved as one paragraph) broken before each of its numbers."""
    leading = {int(m[1]) for line in lines if (m := re.match(r"(\d{1,3})[.)]\s", line.text))}
    out = []
    for line in lines:
        hinted = len(line.text) > FLATTENED_PART and len(COUNT_HINT.findall(line.text)) >= 3
        run = counted_list(line.text) if hinted else []
        # A page's summary run together above the same numbers at the starts of lines
        # (a document-sharing site's first page) is left as it is: those lines are the items.
        if len(run) >= MIN_COUNTED and not leading.issuperset(run[:2]):
            parts = (part.strip() for part in INLINE_NUMBER.split(line.text))
            out.extend(Line(part, page=line.page, indent=line.indent) for part in parts if part)
        else:
            out.append(line)
    return out


def at_numbers_counted_across_lines(lines: list[Line]) -> list[Line]:
    """A page flattened, then cut at its table's wide gaps, leaves each item's number and
    title at the end of the cell before ("... were present. 2. Approval of Agenda" /
    "Motion to approve ..."): where the numbers that count 1, 2, 3 ... through the
    document stand inside lines, not at their starts, each line is broken before them."""
    runs = [counted_across(lines, mark) for mark in (LINE_MARK, COUNTED_NAMED)]
    runs += [running_across(lines, mark, needs) for mark, needs in RUNNING_MARKS]
    run = max(runs, key=len)
    inside = [(index, start) for index, start in run if start > 0]
    if len(run) < MIN_COUNTED or len(inside) * 2 < len(run):
        return lines
    starts: dict[int, list[int]] = {}
    for index, start in inside:
        starts.setdefault(index, []).append(start)
    out = []
    for index, line in enumerate(lines):
        pieces = broken_before(line.text, starts.get(index, [])).split("\n")
        out.extend(replace(line, text=piece.strip()) for piece in pieces if piece.strip())
    return out


def counted_across(lines: list[Line], mark: re.Pattern) -> list[tuple[int, int]]:
    """(line, where its number starts) of each mark of the run counting 1, 2, 3 ..."""
    run: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        for match in mark.finditer(line.text):
            if int(match[1]) == len(run) + 1:
                run.append((index, match.start()))
    return run


def running_across(lines: list[Line], mark: re.Pattern, needs: str = "") -> list[tuple[int, int]]:
    """(line, where its number starts) of the longest run of numbers, each one more than
    the last: a year's minute numbers ("... the public. 1201" / "The Chairman welcomed ...
    1202" / "Public Participation. ... 1203"), or numbers with a colon ("... noted 33:
    REPORT ..."), where it starts: not years ("2019 ... 2020"). A line without `needs`
    (the mark's colon) holds no mark and is not read."""
    chains: dict[int, tuple[int, tuple]] = {}  # value: (length, (line, start, before))
    for index, line in enumerate(lines):
        if needs not in line.text:
            continue
        for match in mark.finditer(line.text):
            value = int(match[1])
            length, before = chains.get(value - 1, (0, ()))
            if length + 1 > chains.get(value, (0, ()))[0]:
                chains[value] = (length + 1, (index, match.start(), before))
    if not chains:
        return []
    last, (length, node) = max(chains.items(), key=lambda item: item[1][0])
    if last - length + 1 >= FIRST_YEAR and last <= LAST_YEAR:
        return []
    run = []
    while node:
        index, start, node = node
        run.append((index, start))
    return run[::-1]


def counted_list(text: str) -> list[int]:
    """The numbers that could start items inside one line, as far as they count up."""
    values = []
    for piece in INLINE_NUMBER.split(text)[1:]:
        number = re.match(r"(\d{1,3})[.)]", piece)
        if number:
            values.append(int(number[1]))
    return [values[position] for position in counting_run(values, 2)]


def without_margin_captions(lines: list[Line]) -> list[Line]:
    """A page's margin caption printed beside its heading comes out of a PDF as a line of
    its own just above it ("PLEDGE" / "PLEDGE OF ALLEGIANCE", "MINUTES" / "APPROVAL OF
    MINUTES", "INVOCATION" / "INVOCATION"): a short line in capitals whose every word the
    heading in capitals under it repeats is that heading's caption, and goes."""
    out = list(lines)
    for index, line in enumerate(lines[:-1]):
        caption = line.text.split()
        below = lines[index + 1].text
        if not (0 < len(caption) <= MAX_CAPTION_WORDS and is_capitals_line(line.text)):
            continue
        heading = below.split()
        if (
            is_capitals_line(below)
            and len(heading) >= len(caption)
            and set(caption) <= set(heading)
        ):
            out[index] = replace(line, text="")
    return out


def with_broken_titles_mended(lines: list[Line]) -> list[Line]:
    """A title in capitals cut where a narrow cell wrapped it, its last word first on the
    text's line: "APPROVAL OF" / "MINUTES Motion was made ...", "TREASURER'S" / "REPORT The
    financials ...". A title ends in neither a joining word nor a possessive, so the words
    in capitals that open the next line are its rest, and go back up to it."""
    out = list(lines)
    for index, line in enumerate(lines):
        if POSSESSIVE_ALONE.match(line.text):
            out = with_possessive_mended(out, index)
            continue
        if not (is_capitals_line(line.text) and TITLE_CUT_AFTER.search(line.text)):
            continue
        following = next_text(lines, index)
        if following is None or following > index + 2:
            continue
        rest = TITLE_REST_FIRST.match(lines[following].text)
        if rest:
            out[index] = replace(line, text=f"{line.text} {rest['rest']}")
            out[following] = replace(lines[following], text=lines[following].text[rest.end() :])
    return out


def with_possessive_mended(lines: list[Line], index: int) -> list[Line]:
    """ "Chairman's" alone on its line, then "Report" alone: a title in title case cut
    where a narrow cell wrapped it (a title never ends with a possessive)."""
    following = next_text(lines, index)
    if following is None or following > index + 2:
        return lines
    rest = lines[following].text
    words = rest.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return lines
    out = list(lines)
    out[index] = replace(lines[index], text=f"{lines[index].text} {rest}")
    out[following] = replace(lines[following], text="")
    return out


def with_glued_dashes_spaced(lines: list[Line]) -> list[Line]:
    """ "Cemetery-Walker Burial at ...", "Assessor-No Report": a title and its text joined
    by a dash without spaces, line after line (three titles at least, each once), as a
    "Title – text" paragraph; a single "Hall-Jones" is a name, and "Tom-Revised ...",
    "Tom-Added ..." a speaker's turns."""
    glued = [(i, m) for i, line in enumerate(lines) if (m := GLUED_DASH.match(line.text))]
    titles = Counter(m["title"] for _, m in glued)
    if len(titles) < MIN_GLUED_DASHES or max(titles.values()) > 1:
        return lines
    out = list(lines)
    for i, m in glued:
        out[i] = replace(out[i], text=f"{m['title']} \u2013 {out[i].text[m.end() :]}")
    return out


def with_glued_numbers_spaced(lines: list[Line]) -> list[Line]:
    """ "C. 87/10APOLOGIES", "C. 88/10MINUTES": references glued to their titles, line
    after line (three of one style at least, as a run of headings is), are set apart as
    printed headings are; a single "2019Annual" is a word of the text, and "1.1Approved",
    "1.2Absent", "3.1Ann Bee was welcomed" the points of two items."""
    glued = {i: number for i, line in enumerate(lines) if (number := glued_number(line.text))}
    styles = Counter(style for number in set(glued.values()) for style in number_styles(number))
    common = {style for style, count in styles.items() if count >= MIN_GLUED_NUMBERS}
    return [
        replace(line, text=f"{glued[i]} {line.text[len(glued[i]) :]}")
        if i in glued and common & number_styles(glued[i])
        else line
        for i, line in enumerate(lines)
    ]


def number_styles(number: str) -> set[tuple[str, str, str]]:
    """Every style a reference could run in ("C. 87/10": "C" then 87 of "/10", or 10 of
    "C.87/"): references of one run share one."""
    return {reading.style for reading in readings(number)}


def glued_number(text: str) -> str | None:
    """The reference glued to the line's title, when only set apart is the whole reference
    read as the heading's number ("2016/12/1Apologies" is read glued as it is; "C.
    87/10APOLOGIES" would be item "C")."""
    glued = GLUED_NUMBER.match(text)
    if not glued or read_number(text) == glued["number"]:
        return None
    spaced = f"{glued['number']} {text[glued.end() :]}"
    return glued["number"] if read_number(spaced) == glued["number"] else None


def read_number(text: str) -> str | None:
    """The number a line is read as heading with, if any."""
    match = NUMBERED_LINE.match(text)
    return match["token"] if match else None


def with_times_after(lines: list[Line]) -> list[Line]:
    """ "7:00 P.M. – CALL TO ORDER": a heading in capitals after the time it happened is
    read as "CALL TO ORDER 7:00 P.M.", the order a timed title is read in; a numbered
    line keeps its time slot ("3. 9:30 a.m. DHS Budget")."""
    out = list(lines)
    for i, line in enumerate(lines):
        slot = TIME_SLOT.match(line.text) if line.text[:1].isdigit() else None
        rest = line.text[slot.end() :] if slot else ""
        # ... and its text after a dash: "9:30 a.m. PUBLIC HEARING – A.) Resolution ..."
        dashed = DASHED_REST.match(rest)
        title, text = (dashed["title"], f" \u2013 {dashed['text']}") if dashed else (rest, "")
        if slot and is_capitals_line(title) and len(title.split()) <= MAX_TIMED_TITLE_WORDS:
            time = slot[0].rstrip(" -\u2013")
            out[i] = replace(line, text=f"{title} {time}{text}")
    return out


DASHED_REST = re.compile(r"(?P<title>[A-Z][^a-z\d]{2,60}?)\s+[-\u2013\u2014]\s+(?P<text>\S.*)")


def with_item_references_rejoined(lines: list[Line]) -> list[Line]:
    """ "Declarations of Interest (Item" / "2.0)": the item's reference after its title,
    broken by the page's wrapping, joined again."""
    out: list[Line] = []
    for line in lines:
        if out and ITEM_REFERENCE_REST.match(line.text) and ITEM_REFERENCE_CUT.search(out[-1].text):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line.text}")
        else:
            out.append(line)
    return out


def without_subject_markers(lines: list[Line]) -> list[Line]:
    """ "IN RE: CALL TO ORDER Chairman Bee called ...", "Re: Budget": a marker that opens
    several lines marks the document's headings and is no part of their titles; each such
    line opens a paragraph, as a blank line above it says."""
    marked = [line for line in lines if SUBJECT_MARKER.match(line.text)]
    if len(marked) < MIN_MARKED_SUBJECTS:
        return lines
    out: list[Line] = []
    for line in lines:
        if SUBJECT_MARKER.match(line.text):
            if out and out[-1].text:
                out.append(Line("", page=line.page))
            line = replace(line, text=SUBJECT_MARKER.sub("", line.text, count=1))
            if not line.text:  # "IN RE:" alone, the subject on the line below
                continue
        out.append(line)
    return out


def without_printed_line_numbers(lines: list[Line]) -> list[Line]:
    """A page's printed line numbers at the start or the end of its lines ("1 Chair Bee
    called ...", "2 Commission."; "1. Call to Order 1", "Chair Bee called to order 2"):
    ten or more lines counting up by one lose the number."""
    for pattern in (LEADING_LINE_NUMBER, TRAILING_LINE_NUMBER):
        numbered = [(i, m) for i, line in enumerate(lines) if (m := pattern.search(line.text))]
        values = [int(m[1]) for _, m in numbered]
        # each page numbers its lines from 1 again: the last run, and each page's before it
        # that numbers its blank lines too ("4", "5" alone), as no list of items does
        runs = [[numbered[p] for p in run] for run in counting_runs(values, 2)]
        runs = [
            run
            for at, run in enumerate(runs, 1)
            if len(run) >= MIN_LINE_NUMBERS
            and numbers_every_line(lines, [i for i, _ in run])
            and (at == len(runs) or numbers_blank_lines(lines, run))
        ]
        if runs:
            out = list(lines)
            for i, match in (pair for run in runs for pair in run):
                text = out[i].text
                out[i] = Line(
                    f"{text[: match.start()]} {text[match.end() :]}".strip(), page=out[i].page
                )
            return out
    return lines


def without_line_numbers(text: str) -> str:
    """A page's printed line numbers, flattened into its text ("1 CITY OF ELM 2 MINUTES
    3 CITY COUNCIL ... 8Mayor Ash called ..."): each page's run of ten or more numbers
    counting up from 1 is taken out, so the numbers are not read as items."""
    matches = list(LINE_NUMBER.finditer(text))
    values = [int(m[1]) for m in matches]
    numbers = [
        matches[p]
        for page in pages_counting(values)
        if len(run := [matches[p] for p in page]) >= MIN_LINE_NUMBERS and close_together(text, run)
        for p in page
    ]
    if not numbers:
        return text
    for match in sorted(numbers, key=lambda m: m.start(), reverse=True):
        text = f"{text[: match.start(1)]} {text[match.end(1) :]}"
    return re.sub(r"\s{2,}", " ", text)


def pages_counting(values: list[int]) -> list[list[int]]:
    """The positions of each page's run of line numbers: a run counts up from 1 (a number
    or two lost in the text), and the next page's starts again at 1."""
    pages: list[list[int]] = []
    for position, value in enumerate(values):
        if value == 1:
            pages.append([position])
        elif pages and 1 <= value - values[pages[-1][-1]] <= LINE_NUMBER_STEP:
            pages[-1].append(position)
    return pages


def counting_run(values: list[int], largest_step: int) -> list[int]:
    """Positions of the last run of values counting up (see counting_runs)."""
    runs = counting_runs(values, largest_step)
    return runs[-1] if runs else []


def counting_runs(values: list[int], largest_step: int) -> list[list[int]]:
    """Positions of every run of values counting up, each at most `largest_step` past the
    last (a number or two lost in the text); a 1 out of the run starts the next."""
    runs: list[list[int]] = []
    for position, value in enumerate(values):
        if runs and 1 <= value - values[runs[-1][-1]] <= largest_step:
            runs[-1].append(position)
        elif value == 1 or not runs:
            runs.append([position])
    return runs


def numbers_blank_lines(lines: list[Line], run: list[tuple[int, re.Match]]) -> bool:
    """A page's run of line numbers printed on its blank lines as well: several numbers
    alone among the numbered lines of text."""
    alone = sum(lines[i].text.isdigit() for i, _ in run)
    return MIN_NUMBERED_BLANKS <= alone < len(run)


def numbers_every_line(lines: list[Line], numbered: list[int]) -> bool:
    """A page's line numbers number its lines, text and all; items' numbers leave the
    lines of their text unnumbered ("2 Apologies" / "None were received." / "3 ...")."""
    span = [line for line in lines[numbered[0] : numbered[-1] + 1] if line.text]
    if len(numbered) >= LINE_NUMBER_SHARE * len(span):
        return True
    # each number alone on a line before its line of text ("1" / "Chair Bee called ..."),
    # now and then two lines under one number (a line broken where markup broke it)
    bare = sum(lines[i].text.isdigit() for i in numbered)
    between = sorted(
        sum(1 for line in lines[a + 1 : b] if line.text) for a, b in itertools.pairwise(numbered)
    )
    every_line = 2 * len(numbered) >= len(span) - 2 or between[len(between) // 2] <= 1
    return bare >= LINE_NUMBER_SHARE * len(numbered) and every_line


def close_together(text: str, run: list[re.Match]) -> bool:
    """Flattened line numbers come every few words; items' numbers further apart."""
    return median_gap(text, run) <= MAX_LINE_WORDS


def median_gap(text: str, run: list[re.Match]) -> int:
    """The median number of words between one match of a run and the next."""
    gaps = sorted(len(text[a.end() : b.start()].split()) for a, b in itertools.pairwise(run))
    return gaps[len(gaps) // 2]


def at_counted_numbers(text: str, after: int = 0) -> tuple[str, int]:
    """Flattened items numbered without a stop ("... present. 1 Apologies Susan Bee 2
    Minute of the previous meeting ... 3 Police Report ..."): a new line before each number
    of a run counting 1, 2, 3 ... after the end of a sentence or a word; on a later page,
    the run the pages before counted `after` goes on ("... Minutes Page 3" / "... 20 May 2021
    9 Public Forum ..."). The count reached goes with the text."""
    run = counted_run(text, COUNTED_NUMBER, int, after=after)
    if len(run) < MIN_COUNTED and not (after and run) and not two_after_sentences(text, run):
        return text, after
    return broken_before(text, [m.start() for m in run]), int(run[-1][1])


def two_after_sentences(text: str, run: list[re.Match]) -> bool:
    """ "... approx. 1 Agenda and Announcements The Chair ... reported. 2 Minutes of the
    Board ...": a page cut after its second item counts 1 and 2 only, each after a
    sentence's end and before a title's words."""
    return len(run) == 2 and all(
        text[: mark.start()].rstrip()[-1:] in ".!?" and TITLE_WORDS.match(text, mark.end())
        for mark in run
    )


def at_counted_bracketed(text: str) -> str:
    """Flattened items numbered with a bracket ("... 7.15 p.m. 1) Chairman The Chairman
    welcomed ... 2) Present: ... 3) Apologies ..."): a new line before each number of a
    run counting up from 1, a few numbers skipped at most (an item left out of the
    minutes)."""
    return at_counted_marks(text, COUNTED_BRACKETED, int, MAX_COUNTED_STEP)


def at_counted_named(text: str) -> str:
    """Flattened items numbered with their word ("... 09:30am ITEM - 1 APPLICATIONS FOR
    LEAVE ... ITEM - 2 DECLARATIONS ..."): a new line before each of a run counting 1, 2,
    3 ..., a few numbers skipped at most."""
    return at_counted_marks(text, COUNTED_NAMED, int, MAX_COUNTED_STEP)


def at_running_numbers(text: str) -> str:
    """Flattened minutes numbered by the year's running count ("... *450 Minutes RESOLVED
    ... *451 Matters of Urgency There was ... *452 Announcements ...") or with colons ("...
    noted. 29: APOLOGIES ... 30: DECLARATIONS ..."): a new line before each number of the
    longer run (see running_across)."""
    runs = [running_across([Line(text)], mark, needs) for mark, needs in RUNNING_MARKS]
    run = max(runs, key=len)
    return broken_before(text, [start for _, start in run]) if len(run) >= MIN_COUNTED else text


def at_counted_romans(text: str) -> str:
    """Flattened sections in Roman numerals, glued to their titles in capitals ("... 2018
    I.PLEDGE OF ALLEGIANCE Chair Bee called ... II.ROLL CALL ... III.APPROVAL OF MINUTES"):
    a new line before each numeral of a run counting I, II, III ..."""
    return at_counted_marks(text, COUNTED_ROMAN, lambda numeral: roman_value(numeral) or 0)


def at_counted_small_romans(text: str) -> str:
    """Flattened items numbered in small Roman numerals, however bracketed ("... meeting.
    (i) Public Comment No comments ii)Report from Community Police ..."): a new line before
    each numeral of a run counting i, ii, iii ..."""
    return at_counted_marks(text, COUNTED_SMALL_ROMAN, lambda mark: roman_value(mark.upper()) or 0)


def at_counted_letters(text: str) -> str:
    """Flattened sections lettered A, B, C ... before titles in capitals ("... 7:30 P.M.
    A. PUBLIC HEARINGS ... B. UNFINISHED BUSINESS NONE C. NEW BUSINESS ..."): a new line
    before each letter of the run."""
    return at_counted_marks(text, COUNTED_LETTER, letter_count)


def at_letters_before_capitals(text: str) -> str:
    """Flattened sections lettered A, B, C ... each before a title in capitals: a new line
    before each letter of the run (see at_counted_letters)."""
    return at_counted_marks(text, LETTER_BEFORE_CAPITALS, letter_count)


def letter_count(letter: str) -> int:
    return ord(letter) - ord("A") + 1


def at_counted_marks(
    text: str, pattern: re.Pattern, count: Callable[[str], int], step: int = 1
) -> str:
    """A new line before each mark (`pattern`'s first group) of the run counting 1, 2, 3
    ... by `count` (rising by `step` at most), when it runs MIN_COUNTED long at least."""
    run = counted_run(text, pattern, count, step)
    return broken_before(text, [m.start() for m in run]) if len(run) >= MIN_COUNTED else text


def counted_run(
    text: str, pattern: re.Pattern, count: Callable[[str], int], step: int = 1, after: int = 0
) -> list[re.Match]:
    """The marks of the run counting 1, 2, 3 ... (or on from `after`) by `count`."""
    run: list[re.Match] = []
    for match in pattern.finditer(text):
        last = count(run[-1][1]) if run else after
        if last < count(match[1]) <= (last + step if run or after else FIRST_COUNTED):
            run.append(match)
        elif len(run) == 1 and count(match[1]) == last:
            run = [match]  # "... John I. Smith ... I. Call to Order II. ...": the last "I."
    return run


def broken_before(text: str, starts: list[int]) -> str:
    """The text with a new line before each of the positions (joined once: a page run onto
    one line may be broken at thousands of them)."""
    pieces, last = [], 0
    for start in sorted(starts):
        pieces.append(text[last:start])
        last = start
    pieces.append(text[last:])
    return "\n".join(pieces)


def at_counted_references(text: str) -> str:
    """Flattened minutes whose references count up ("... Purser. B.1260 Declarations of
    Interest ... B.1261 Confirmation of Minutes ..."): a new line before each reference
    of the longest run of one shape (the same letters and separators, the last number
    rising by one to three), when it runs three long at least and its references stand
    apart, as headings do, not close together, as a list of cross-references does."""
    by_style: dict[str, list[re.Match]] = {}
    for match in COUNTED_REFERENCE.finditer(text):
        by_style.setdefault(match["style"], []).append(match)
    for match in COUNTED_REFERENCE_OF_GLUED_YEAR.finditer(text):
        by_style.setdefault(f"{match['style']} glued {match['year']}", []).append(match)
    for match in COUNTED_REFERENCE_OF_MONTH.finditer(text):
        by_style.setdefault(f"{match['style']} of a month", []).append(match)
    for match in COUNTED_FOUR_PART_REFERENCE.finditer(text):
        by_style.setdefault(f"{match['style']} of four", []).append(match)
    for match in COUNTED_REFERENCE_OF_YEAR.finditer(text):
        by_style.setdefault(f"{match['style']} {match['year']}", []).append(match)
    for match in COUNTED_BRACKETED_REFERENCE.finditer(text):
        by_style.setdefault(f"{match['style']}]", []).append(match)
    for match in COUNTED_SUFFIXED_REFERENCE.finditer(text):
        by_style.setdefault(f"after {match['style']}", []).append(match)
    for match in COUNTED_LETTERED_NUMBER.finditer(text):
        by_style.setdefault(f"{match['style']} lettered", []).append(match)
    for match in COUNTED_MEETING_ITEM.finditer(text):
        by_style.setdefault(f"{match['style']} item", []).append(match)
    by_style["bare"] = list(COUNTED_BARE_NUMBER.finditer(text))
    best: list[re.Match] = []
    best_reach = run_and_reach(best)  # once a run: weighed again per style, it is quadratic
    for matches in by_style.values():
        run = [matches[p] for p in counting_run([int(m["running"]) for m in matches], 3)]
        if (reach := run_and_reach(run)) > best_reach:
            best, best_reach = run, reach
    if len(best) < MIN_COUNTED or median_gap(text, best) < MIN_ITEM_WORDS:
        return text
    breaks = []
    for start in with_letters_before(text, [match.start() for match in best]):
        title = with_title_before(text, start)
        breaks.append(title)
        if title != start and text[title].isdigit():
            breaks.append(start)  # "1. APOLOGIES" / "19.337 Apologies ...": an agenda's item
    return broken_before(text, breaks)


def with_letters_before(text: str, starts: list[int]) -> list[int]:
    """Where each reference starts when the same letters stand before every one of them
    ("GMCA 96/19", "GMCA 97/19"): the body's letters, part of the reference."""
    letters = [letters_before(text, start) for start in starts]
    if not all(letters) or len({found[1] for found in letters if found}) != 1:
        return starts
    return [found.start() for found in letters if found]


def letters_before(text: str, start: int) -> re.Match | None:
    """The letters and spaces just before `start` ("GMCA "), looked for in those few
    characters only, not in all the text before them (a page of references is long)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return LETTERS_BEFORE.search(text, max(0, end - MAX_REFERENCE_LETTERS), start)


MAX_REFERENCE_LETTERS = 4
# "GMCA ", "C. " (the body's letter and its stop)
LETTERS_BEFORE = re.compile(rf"(?<![\w.])([A-Z]{{2,{MAX_REFERENCE_LETTERS}}}\s+|[A-Z]\.\s?)$")
# A title in capitals after a sentence's end, just before a reference: "... Cllr Weeden.
# DECLARATIONS OF INTEREST PLA147/14 Councillor ..." (the title printed in the margin), with
# its agenda number if it has one ("... public: 7 1. APOLOGIES FOR ABSENCE 19.337 ...").
CAPITALS_BEFORE = re.compile(
    r"(?:(?<=\s)\d{1,3}\.\s+|(?<=[.!?:;]\s)(?<!\d\.\s))"
    r"[A-Z][A-Z'\u2019&/-]+(?:\s+(?:[A-Z][A-Z'\u2019&/,-]*|&)){0,9}\s+$"
)


def with_title_before(text: str, start: int) -> int:
    """Where a reference's line starts: at the title in capitals just before it, if any."""
    title = CAPITALS_BEFORE.search(text, max(0, start - MAX_ROW_TITLE), start)
    return title.start() if title and len(title[0].strip()) >= 4 else start


def run_and_reach(run: list[re.Match]) -> tuple[int, int]:
    """A run's length, then how much of each reference it reads: of two runs as long, the
    one that takes in the body's letters ("LA 17/27", not "17/27") is the reference."""
    return len(run), sum(len(match[0]) for match in run)


def page_numbers_first(lines: list[Line]) -> bool:
    """Each page flattened onto a line that starts with its number ("1 MINUTES OF ...",
    "2 Regular Council Minutes ..."), as document-sharing sites print them: numbers
    without a delimiter, 1, 2, 3 in order (the last page may be short). One such line
    is no run of pages: "1 OPENING AND PUBLIC FORUM ..." after the attendance is the
    first item; nor are two when more than a title's worth of text comes before the first
    (the heading, the attendance and an unnumbered item before "1 POLICING UPDATE ...")."""
    starts = [
        (int(match[1]), len(line.text), at)
        for at, line in enumerate(lines)
        if len(line.text) > FLATTENED_PART and (match := PAGE_NUMBER_FIRST.match(line.text))
    ]
    numbers = [number for number, _, _ in starts]
    before = sum(len(line.text) for line in lines[: starts[0][2]]) if starts else 0
    return (
        len(numbers) >= 2
        and numbers == list(range(1, len(numbers) + 1))
        and any(length > FLATTENED_LINE for _, length, _ in starts)
        and before <= FLATTENED_LINE
    )


def at_lost_breaks(text: str) -> str:
    """A page whose line breaks were dropped with no space left for them ("... Nova
    Scotia1Call to OrderThe Council meeting was ... Executive SecretaryPrayerWarden Bee
    welcomed ..."): where such joins are many, each is a line's end."""
    joins = [match.start() for match in LOST_BREAK.finditer(text)]
    if len(joins) < MIN_LOST_BREAKS or len(joins) * LOST_BREAK_EVERY < len(text):
        return text
    # ... and a short line between two sentences, its own start's break kept as a space
    # ("... at 6:00 p.m. AttendanceCouncillors present: ..."): a heading's line
    alone = [
        line.start(1)
        for join in joins
        if (line := LINE_AFTER_SENTENCE.search(text, max(0, join - MAX_ALONE_LINE), join))
    ]
    return broken_before(text, sorted({*joins, *alone}))


# A word's end joined to the next line's capital: "OrderThe", "Scotia1Call", "2010Barton",
# "CARRIEDPresentations"; not a name's ("McDonald", "MacAlpine") or a brand's one or two.
LOST_BREAK = re.compile(
    r"(?:(?<=[a-z]{3})(?<!Mac)|(?<=[a-z]\d)|(?<=\d{4})|(?<=[A-Z]{4})|(?<=[a-z]{2}[.!?]))"
    r"(?=[A-Z][a-z]{2})|(?<=[a-z]{3})(?=[A-Z]{3,}\b|A\s[a-z])"  # "AgendaMOVED", "ReportA letter"
    # ... or to the next line's number, glued to its title too: "Manager1.Call Meeting",
    # "UNANIMOUSLY2.Approval", "16)1.1.2Adoption", "(11 to 0)3.DECLARATION", "anthem.2.CONFIRMATION"
    r"|(?:(?<=[a-z]{3})|(?<=[A-Z]{3})|(?<=\))|(?<=[a-z]{2}\.))"
    r"(?=\d{1,2}(?:\.\d{1,2}){0,2}\.?[A-Z](?:[a-z]{2}|[A-Z]{2,}\b))"
)
MIN_LOST_BREAKS = 5
LINE_AFTER_SENTENCE = re.compile(
    r"(?<=[a-z][.!?]\s)([A-Z][\w'\u2019/&-]*(?:\s+[\w'\u2019/&-]+){0,3})$"
)
MAX_ALONE_LINE = 50  # characters of a heading's line between two sentences, at most
LOST_BREAK_EVERY = 400  # characters of text for each such join, at most, to read them so


def unglue(text: str) -> str:
    """Put back the spaces a page's flattening lost between a heading and its text:
    "APOLOGIES FOR ABSENCEThere were none", "2012/13RESOLVED: That ..."."""
    return GLUED.sub(" ", text)


# "Signed: ........ Chair", "Chairman .......... Date ......": dots to sign on, no leaders
SIGNATURE_BLANK = re.compile(
    r"^(?:signed|signature|chair(?:man|woman|person)?|date|dated)\b[\s:(a-z)]{0,12}\.{4}",
    re.IGNORECASE,
)


def split_at_leaders(lines: list[Line]) -> list[Line]:
    """A contents line's dot leaders and page number end its entry: "4. PUBLIC QUESTION TIME
    ........ 3 4.1 Standing Orders" is two entries, neither with the dots."""
    out = []
    for line in lines:
        if "...." not in line.text or SIGNATURE_BLANK.match(line.text) or dots_between(line.text):
            out.append(line)
            continue
        parts = entries_between_leaders(LEADERS.split(line.text))
        out.extend(
            Line(part, page=line.page, entry=n < len(parts) - 1, indent=line.indent)
            for n, part in enumerate(parts)
            if part
        )
    return out


def dots_between(text: str) -> bool:
    """Dots that part a name from its text ("Cr. A. Bee.....Abandoned cars to be moved"),
    no page number after any of them, nor at the line's end: no contents entry's leaders."""
    leaders = list(LEADERS.finditer(text))
    return all(not match[1] and match.end() < len(text) for match in leaders)


def with_trailing_numbers_moved_down(lines: list[Line]) -> list[Line]:
    """An item's number printed at the end of the line before its title ("... for six
    months. 1.0" / "APOLOGIES The following apology ..."), as a PDF's margin column can
    come out: after a sentence's end, before a line that opens with a word in capitals,
    it numbers that line; not in a run of such lines (a contents table's page column)."""
    trailing = [
        TRAILING_ITEM_NUMBER.match(line.text) if line.text[-1:].isdigit() else None
        for line in lines
    ]
    shown = [index for index, line in enumerate(lines) if line.text]
    out = list(lines)
    for before, index, after in zip([None, *shown[:-1]], shown, [*shown[1:], None], strict=True):
        number = trailing[index]
        if not number or after is None or not OPENS_IN_CAPITALS.match(lines[after].text):
            continue
        if any(PAGE_AT_END.search(lines[at].text) for at in (before, after) if at is not None):
            continue
        out[index] = replace(lines[index], text=number["text"])
        out[after] = replace(lines[after], text=f"{number['number']} {lines[after].text}")
    return out


def with_trailing_headings_moved_down(lines: list[Line]) -> list[Line]:
    """A heading in capitals printed at the end of the paragraph before ("... were
    received from Councillor Bee. - MINUTES" / "It was RESOLVED that ...", or "... were
    also in attendance. PRAYER AND NATIONAL ANTHEM" / "Those present stood ..."), as a
    page's list markup or a PDF's paragraphs can come out: the heading goes on a line of
    its own, where its bullet or its paragraph put it. Unbulleted, it is a heading of two
    words at least that ends its paragraph ("... as follows. CARRIED" is an outcome), or a
    minute's reference and its title in the style of those that open lines."""
    out: list[Line] = []
    styles = line_start_styles(lines)
    for index, line in enumerate(lines):
        heading = TRAILING_BULLETED_HEADING.match(line.text)
        bullet = "- "
        if not heading and ends_a_paragraph(lines, index):
            heading, bullet = TRAILING_HEADING.match(line.text), ""
            heading = heading if heading and len(heading["title"].split()) > 1 else None
            heading = heading or trailing_reference(line.text, styles)
        if heading and (is_capitals_line(heading["title"]) or heading.re is TRAILING_REFERENCE):
            out += [
                replace(line, text=heading["text"]),
                replace(line, text=f"{bullet}{heading['title']}"),
            ]
        else:
            out.append(line)
    return out


def line_start_styles(lines: list[Line]) -> set[tuple[str, str, str]]:
    """The styles of the references that open lines ("GB 12/44 Minutes ..."): a reference
    of one of them at a paragraph's end is the next item's (see trailing_reference)."""
    return {
        style
        for line in lines
        if "/" in line.text[:12] and (number := read_number(line.text)) and "/" in number
        for style in number_styles(number)
    }


def trailing_reference(text: str, styles: set[tuple[str, str, str]]) -> re.Match | None:
    """ "... The meeting commenced at 17.30. GB 12/42 Apologies for absence & Quoracy": a
    minute's reference and its title ending the paragraph before, in the style of the
    references that open lines elsewhere in the minutes."""
    if not styles or "/" not in text:
        return None
    heading = TRAILING_REFERENCE.match(text)
    if not heading or len(heading["title"].split()) > MAX_TRAILING_TITLE_WORDS:
        return None
    return heading if styles & number_styles(heading["number"]) else None


MAX_TRAILING_TITLE_WORDS = 12
TRAILING_REFERENCE = re.compile(
    r"^(?P<text>.*(?:[a-z]{2}|\d{2}|\))[.!?])\s+"
    r"(?P<title>(?P<number>(?:[A-Z]{1,4}\s?)?\d{1,4}/\d{1,4})\s+[A-Z][^.!?]{2,100})$"
)


def ends_a_paragraph(lines: list[Line], index: int) -> bool:
    """The line is its paragraph's last: a blank line or the text's end below it."""
    return index + 1 >= len(lines) or not lines[index + 1].text


TRAILING_BULLETED_HEADING = re.compile(
    r"^(?P<text>.*[a-z0-9)][.!?])\s+[-\u2022]\s+(?P<title>[A-Z][A-Z'\u2019&/ -]{3,80})$"
)
TRAILING_HEADING = re.compile(  # after a sentence's end, not an item's number ("... 2. MINUTES")
    r"^(?P<text>.*(?:[a-z]{2}|\d{4}|\))[.!?])\s+(?P<title>[A-Z][A-Z'\u2019&/() -]{3,80})$"
)


def with_page_column_read(lines: list[Line]) -> list[Line]:
    """A contents table printed without leaders: three lines or more in a row (blank lines
    between them aside), each a title and its page ("MINUTES: 3", "CITY PLANNING
    COMMITTEE 38"), the pages never falling. Each is an entry (its page is dropped from
    its title, not from its line, so the next entry is never read as a title's wrap)."""
    entries: set[int] = set()
    run: list[int] = []
    last_page = 0
    for index, line in enumerate(lines):
        if not line.text:
            continue
        page = PAGE_COLUMN.match(line.text)
        if page and run and int(page["page"]) >= last_page:
            run.append(index)
        else:
            entries.update(run if is_page_column(lines, run) else [])
            run = [index] if page else []
        last_page = int(page["page"]) if page else 0
    entries.update(run if is_page_column(lines, run) else [])
    out = []
    for index, line in enumerate(lines):
        if index in entries and not line.entry:
            line = Line(line.text, page=line.page, entry=True)
        out.append(line)
    return out


def is_page_column(lines: list[Line], run: list[int]) -> bool:
    """Enough lines of a title and its page for a contents table; not numbered names of one
    kind counted one by one ("Ann Bee, Commissioner Precinct 1", "Cy Dee, ... Precinct 2")."""
    if len(run) < MIN_LISTED_ENTRIES:
        return False
    matches = [PAGE_COLUMN.match(lines[index].text) for index in run]
    pages = [int(match["page"]) for match in matches if match]
    kinds = {match["title"].split()[-1].lower() for match in matches if match}
    counted = pages == list(range(pages[0], pages[0] + len(pages)))
    return not (counted and len(kinds) == 1)


def entry_title(text: str) -> str:
    """A contents entry's title without the page in its column, nor a colon before it
    ("CITY PLANNING COMMITTEE 38", "MINUTES: 3")."""
    column = PAGE_COLUMN.match(text)
    return column["title"].rstrip(" :") if column else text


def entry_key(text: str) -> str:
    """A contents entry's title as a heading below would print it."""
    return comparable(entry_title(text))


CONTENTS_LABEL = re.compile(r"^(?:(?:table\s+of\s+)?contents\b\s*)+", re.IGNORECASE)


def entries_between_leaders(split: list[str]) -> list[str]:
    """The entries of a contents line split at its leaders (entry, page numbers, entry,
    ...). Of two numbers after the dots, the second is the next entry's own when it
    continues the entries' count ("451 Welcome ...... 3 452 Declarations"), else a
    second page column ("...... 7 4 Late Item"). The count runs on through the entries'
    points ("8.1 Policy ...... 3 9 Governance") and may start at the end of the text
    before the first entry ("TABLE OF CONTENTS ITEM SUBJECT PAGE 1 WELCOME ...... 1 2")."""
    entries = [CONTENTS_LABEL.sub("", split[0]).strip()]  # "Contents Declarations of ..."
    count = entry_count(entries[0])
    for pages, entry in zip(split[1::2], split[2::2], strict=True):
        numbers = pages.split()
        if len(numbers) == 2 and count is not None and int(numbers[1]) == count + 1:
            entry = f"{numbers[1]} {entry}"
            if len(entries) == 1:
                entries[0:1] = split_before_count(entries[0])
        entries.append(entry.strip())
        count = entry_count(entries[-1], count)
    return entries


def entry_count(entry: str, count: int | None = None) -> int | None:
    """The number a contents entry counts by ("9.2 Delegate Report" counts 9), or, for
    the text before the entries, the number that starts its last entry ("PAGE NO 1
    WELCOME"); `count` carries on past an entry with no number."""
    match = ENTRY_COUNT.match(entry) or LAST_ENTRY_IN_TEXT.search(entry)
    return int(match[1]) if match else count


def split_before_count(text: str) -> list[str]:
    """The text before a contents table's first entry, and that entry ("... PAGE NO",
    "1 WELCOME")."""
    match = LAST_ENTRY_IN_TEXT.search(text)
    if not match or ENTRY_COUNT.match(text):
        return [text]
    return [text[: match.start()].strip(), text[match.start() :].strip()]


def split_table_rows(lines: list[Line]) -> list[Line]:
    """A committee system's item table saved as text, a row a line:
    "41. | Title agenda wording Minutes: the minute |" (or a row whose cells lost their
    marks: "Title PDF 214 KB Minutes: the minute"). Each cell goes on its own line,
    and a cell's title, agenda wording and minute apart: the "Minutes:" label and the
    file link after a title ("PDF 214 KB") are where they part."""
    out = []
    labelled = any(OPENS_WITH_PART.match(ln.text) or MINUTES_LABEL.match(ln.text) for ln in lines)
    # ... or the rows' shape again and again ("Apologies Minutes: ...", "Declarations of
    # Interest Minutes: ..."), their cell marks lost
    labelled = labelled or sum(bool(GLUED_PART.search(ln.text)) for ln in lines) >= MIN_TABLE_ROWS
    closed_rows = sum(ln.row_end for ln in lines) >= MIN_TABLE_ROWS  # "|" lines between rows
    for at, line in enumerate(lines):
        text = line.text
        row = " | " in text or text.endswith(" |") or bool(FILE_LINK.search(text))
        row = row or bool(UNMARKED_ROW.match(text))
        row = row or (labelled and bool(GLUED_PART.search(text)))
        if not row or not (INLINE_PART.search(text) or NUMBERED_ROW.match(text)):
            below = lines[at + 1].text if labelled and at + 1 < len(lines) else ""
            # ... or the row's first line, after the line that closed the row before ("|")
            opens_row = closed_rows and opens_a_row(lines, at)
            parts = title_and_wording(line) if opens_row else split_over_its_label(line, below)
            out.extend(parts or split_at_file_link(line))
            continue
        for cell in ROW_CELL.split(cell_text(text)):
            parts = (part for part in cell_parts(cell) if part and not CHROME_LINE.match(part))
            out.extend(Line(part, page=line.page) for part in parts)
    return out


def split_over_its_label(line: Line, below: str) -> list[Line]:
    """A row whose label went to the next line ("Membership of the Board To approve the
    membership. Additional documents:" over "Decision: It was resolved ..."): its title
    and the agenda's wording apart, as in a row that kept its label."""
    return title_and_wording(line) if OPENS_WITH_PART.match(below) else []


def title_and_wording(line: Line) -> list[Line]:
    """A row's title and the agenda's wording after it, apart ("Membership of the Board To
    approve the membership."); nothing when no title comes before the wording."""
    parts = AGENDA_WORDING.split(line.text, maxsplit=1)
    if len(parts) < 2 or not could_be_title(parts[0]):
        return []
    agenda = ADDITIONAL_DOCUMENTS.sub("", parts[1])
    return [Line(parts[0].strip(), page=line.page), Line(agenda.strip(), page=line.page)]


def split_at_file_link(line: Line) -> list[Line]:
    """ "Application No 22/013 - Land at Ripple PDF 173 KB Outline application for ...":
    the title before a committee system's link to its report, and the text after it."""
    link = FILE_LINK.search(line.text) if "B " in f"{line.text} " else None  # "KB", "MB"
    if not link or link.end() == len(line.text) or not could_be_title(line.text[: link.start()]):
        return [line]
    title, rest = line.text[: link.start()], line.text[link.end() :]
    return [Line(title, page=line.page, linked=True), Line(rest, page=line.page)]


def split_slash_rows(lines: list[Line]) -> list[Line]:
    """A two-column table saved with " / " between its cells ("Finance / The treasurer
    reported ..."), three rows at least: each row becomes a title cell and a text cell,
    read as any flattened table's cells are. A number in a cell of its own ("2. / Minutes
    of the AGM: ...") starts a row wherever it is and numbers the cell after it."""
    lines = [part for line in lines for part in number_cells(line)]
    rows = [
        row if (row := SLASH_ROW.match(line.text)) and " / " not in row["rest"][:80] else None
        for line in lines
    ]  # a row of headers ("ITEM / ISSUE / DECISIONS") has more cells than two
    if sum(row is not None for row in rows) < MIN_TABLE_ROWS:
        return lines
    out = []
    for line, row in zip(lines, rows, strict=True):
        if row is None and not is_header_row(line.text):
            out.append(line)
        if row is None:
            continue
        out += [
            Line(f"{row['cell'].strip()} |", page=line.page),
            Line(f"{row['rest']} |", page=line.page),
        ]
    return out


def number_cells(line: Line) -> list[Line]:
    """The line broken before each number printed in a cell of its own ("... were
    received.2. / Minutes of the AGM: ..."), the cell mark dropped: "2. Minutes of ..."."""
    if alone := NUMBER_CELL_ALONE.match(line.text):
        return [Line(alone[1], page=line.page)]
    text = NUMBER_CELL.sub("\n\\g<number> ", line.text) if " / " in line.text else line.text
    if text == line.text:
        return [line]
    return [Line(part.strip(), page=line.page) for part in text.split("\n") if part.strip()]


ALIGNMENT_ROW = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$")  # "|---|:--|"


def split_pipe_rows(lines: list[Line]) -> list[Line]:
    """A table saved a row a line between pipes ("|Approve minutes |Proposed by A | |"),
    three rows at least: each cell on a line of its own, marked as a cell, so a row's
    first cell is read as a title cell and the rest as its text ("| |text" continues it).
    A "|" alone parts rows: a blank line. A row may leave out its first pipe
    ("21-80 | APOLOGIES Apologies were received. |"), as some editors save tables."""
    rows = [is_pipe_row(line.text) for line in lines]
    if sum(rows) < MIN_TABLE_ROWS:
        return lines
    out = []
    header = {at - 1 for at, line in enumerate(lines) if ALIGNMENT_ROW.match(line.text)}
    for at, (line, row) in enumerate(zip(lines, rows, strict=True)):
        if not row:
            out.append(line)
            continue
        if at in header or ALIGNMENT_ROW.match(line.text):
            continue  # "| No. | Item |" over "|---|---|": the columns' names, no row
        cells = [cell.strip() for cell in line.text.strip("|").split("|")]
        out += [Line(f"{cell} |", page=line.page) for cell in cells if cell]
        out += [Line("", row_end=True)] if line.text == "|" else []
    return out


def is_pipe_row(text: str) -> bool:
    """A table's row between pipes, or with its cells parted by pipes and ended by one."""
    return text.endswith("|") and (text.startswith("|") or " | " in text)


def is_header_row(text: str) -> bool:
    """The table's row of column names, in capitals: "ITEM / ISSUE / DECISIONS"; not a
    numbered heading in two languages ("20/38 YMDDIHEURIADAU / APOLOGIES")."""
    cells = text.split(" / ")
    numbered = bool(NUMBERED_LINE.match(cells[0]))
    return len(cells) >= 2 and not numbered and all(is_capitals_line(cell) for cell in cells)


def cell_parts(cell: str) -> list[str]:
    """ "Title PDF 1 MB Agenda wording Minutes: minute" -> title, wording, "Minutes:", minute."""
    head, label, minute = (INLINE_PART.split(cell, maxsplit=1) + ["", ""])[:3]
    head = ADDITIONAL_DOCUMENTS.sub("", head)
    if not label:
        return [FILE_LINK.sub(" ", cell).strip()]
    linked = FILE_LINK.split(head, maxsplit=1)
    if len(linked) == 1:  # no file link: the agenda's wording starts "To note ..."
        linked = AGENDA_WORDING.split(head, maxsplit=1)
    title, agenda = linked if len(linked) == 2 else split_title_from_body(head)
    return [title.strip(), FILE_LINK.sub(" ", agenda).strip(), f"{label}:", minute.strip()]
