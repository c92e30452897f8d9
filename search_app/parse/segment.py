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

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from search_app.parse.decisions import (
    DECISION_START,
    LABEL_ONLY,
    MOTION_LINE,
    is_motion,
    records_decision,
)
from search_app.parse.lines import (
    AMOUNT,
    CHROME_LINE,
    JOINING_WORDS,
    LIST_MARKER,
    PAGE_NUMBER,
    TERMINAL,
    WRAPPED_AT,
    Line,
    cell_text,
    comparable_words,
    continues_paragraph,
    ends_mid_sentence,
    join_two,
    shouts,
)
from search_app.parse.meeting import DATE, NOT_THE_MEETING_DATE, breaks_a_date, money_after
from search_app.parse.numbering import (
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
    roman_value,
)
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import (
    ANOTHER_MEETING,
    ATTENDANCE_LABEL,
    BRACKETED,
    DANGLING_DASH,
    HEADING,
    HONORIFIC,
    ITEM_PART,
    LIST_ENDINGS,
    MEETING_LABEL,
    MONTHS,
    MOTION,
    MOVER_AND_SECONDER,
    NOT_IN_TITLES,
    NOTHING_AT_END,
    NOTHING_TO_REPORT,
    OUTCOME,
    PERSON,
    RESOLUTION_LABEL,
    ROLE_WORDS,
    SENTENCE_STARTERS,
    SOMEONE_ACTING,
    TITLE_CONNECTIVES,
    Evidence,
    could_be_title,
    introduces_list,
    is_attendee_entry,
    is_body_text,
    is_capitals_line,
    is_part_label,
    is_title_case,
    label_paragraph,
    looks_like_title,
    lower_case_title,
    numbered_evidence,
    opening_title,
    this_meeting,
    unnumbered_evidence,
)

# A motion's subject in brackets, then its mover: "(Grant Report) / Ann Bee – that ...".
BRACKETED_TITLE = re.compile(
    r"^\((?P<title>[A-Z][^()]{2,80})\)\s*[/:\u2013\u2014-]\s+(?P<rest>\S.*)$"
)
# The starters that name who is acting: a title runs up to them even when it has no colon.
SUBJECT_STARTERS = frozenset(
    "Councillor Councillors Cllr Cllrs Cr Crs Mr Mrs Ms Miss Dr Professor Sir Dame The Members "
    "Officers".split()
)
INITIALS_ACTING = re.compile(r"^[A-Z]{2,3}\s+[a-z]+ed\b")
PRESIDING_ROLES = frozenset("Mayor President Chair Chairman Chairperson Chairwoman".split())
PERSONAL_TITLES = frozenset(
    "Councillor Cllr Cr Mr Mrs Ms Miss Dr Professor Sir Dame Sh Shri Smt".split()
)
CLAUSE_OPENERS = frozenset("if when where while although unless once since should please".split())
QUANTIFIERS = frozenset("all any both each every following many most no several some".split())
FUNCTION_WORDS = frozenset(
    "a an and any for from in of on or the to with by at as is are be when where its their".split()
)
END_OF_MEETING = re.compile(
    r"^\(?(?:the\s+)?(?:(?:meeting|proceedings|committee|panel)\s+"
    r"(?:ended|closed|finished|concluded|rose|terminated)\b"
    r"|chair(?:man|woman|person)?\s+closed\s+the\s+meeting\b)",
    re.IGNORECASE,
)
SIGNATURE = re.compile(
    r"^(?:chair(?:man|woman|person)?|signed|date|dated|signature)\b[\s:._\u2026]*$", re.I
)
LEADERS = re.compile(r"\s*(?:\.\s?){4,}\s*((?:\d{1,4}\b(?![.)])\s*){0,2})")  # "...... 4 3"
ENTRY_COUNT = re.compile(r"(\d{1,4})(?:\.\d{1,2})?\s")  # "9 Governance", "9.2 Delegate Report"
LAST_ENTRY_IN_TEXT = re.compile(r"(?<=\s)(\d{1,3})\s+(?=[A-Z][^\d]*$)")  # "... PAGE NO 1 WELCOME"
# A flattened table row: cells between " | ", the minute after an inline "Minutes:".
ROW_CELL = re.compile(r"\s+\|\s+")
NOT_AN_OBJECT = r"(?<!\bof)(?<!\bfrom)(?<!\bthe)(?<!\bprevious)"  # "Approval of Minutes: ..."
INLINE_PART = re.compile(rf"{NOT_AN_OBJECT}\s(Minutes|Decisions?)\s*:\s+")
# "Chairman's Announcements Minutes: The Chair ...": a row's title and its "Minutes:" label
# on one line; not "Approval of Minutes: ..." or "Board Meeting Minutes: March 2009".
GLUED_PART = re.compile(
    rf"^[A-Z][^:|]{{2,80}}?{NOT_AN_OBJECT}(?<![Mm]eeting)(?<![Cc]ommittee)(?<![Cc]ouncil)"
    r"(?<![Bb]oard)\s(?:Minutes|Decisions?)\s*:\s+[A-Z]"
)
# A decision record headed by the date it was taken and its title: "08/03/2021 - School
# Uniform", a committee system's page of one decision; its paragraphs are that one item.
DATED_TITLE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+[-\u2013]\s+(?=[A-Z])")
# A committee system's page of one agenda item, or of one decision (its title next).
DECISION_PAGE = re.compile(r"^\s*decision details\s*$", re.IGNORECASE)
ONE_ITEM_PAGE = re.compile(r"^agenda item$", re.IGNORECASE)
MEETING_HEADING_WORDS = re.compile(
    r"\b(?:meeting|minutes|agenda)\b"
    r"|[-\u2013]\s+(?:[A-Z][\w&/-]*\s+){0,4}"  # "- Regular", "- City Council Regular"
    r"(?:regular|special|annual|organi[sz]ational|adjourned|emergency)\s*$",
    re.IGNORECASE,
)  # "12/23/1980 - Regular": a meeting of that kind, not an item
ISSUE_PAGE = re.compile(r"^issue\s*[-\u2013]\s*\w+$", re.IGNORECASE)  # "Issue - meetings"
ISSUE_MEETING = re.compile(r"^Meeting:\s*\d{1,2}/\d{1,2}/\d{4}\s*-\s*\S")  # an issue's meeting
AGENDA_WORDING = re.compile(r"\s(?=To\s+[a-z]{3,}\b)")
# ... about the minutes: "To confirm and sign as a correct record the Minutes of ..."
MINUTES_WORDING = re.compile(
    r"^To\s+(?:confirm|approve|sign|agree|adopt|receive|note)\b.{0,80}?\b[Mm]inutes\b"
)
NUMBERED_ROW = re.compile(r"^\d{1,4}\.?\s+\|\s")
FILE_LINK = re.compile(r"\s+(?:PDF|DOCX?|XLSX?)\s+\d+(?:\.\d+)?\s*[KM]B\b\s*")
# A row that lost its cell marks: a title, the agenda's wording, then "Minutes:".
UNMARKED_ROW = re.compile(
    r"^[A-Z][^.:|]{3,120}\sTo\s+[a-z]{3,}\b[^:|]*\s(?:Minutes|Decisions?)\s*:\s"
)
MINUTES_LABEL = re.compile(r"^minutes\s*:$", re.IGNORECASE)
# A page label standing before a single item's title: ModernGov's "Agenda item" page.
ITEM_MARKER = re.compile(r"^(?:agenda\s+)?item\s*:?$", re.IGNORECASE)
DIGIT = re.compile(r"\d")
# "Minutes of the meeting held on ...": the document's heading, though it reads like a sentence.
HELD = re.compile(r"\bheld\b", re.IGNORECASE)
MINUTES_OF_A_MEETING = re.compile(
    r"^minutes\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}meeting\b", re.IGNORECASE
)
MEETING_MINUTES_END = re.compile(r"\bmeeting\s+minutes$", re.IGNORECASE)
MEETING_WORD = re.compile(r"\b(?:meeting|minutes)\b", re.IGNORECASE)
HELD_AT_END = re.compile(r"\bheld(?:\s+(?:on|at))?$", re.IGNORECASE)
# "The Board met in session on ...", "Minute of the meeting of the X Committee held on ...",
# not "Moved by A to approve the minutes of the meeting held on ...".
MEETING_OPENING = re.compile(
    r"^(?:(?!\b(?:moved|motion|minutes|approv\w*)\b)[^.])*?\b(?:met|held|convened)\b", re.I
)
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
    r"(?:,\s*room\s+\w+)?(?:$|,)|^\d+\s+(?:\w+\s+){0,3}(?:street|st|road|rd|avenue|ave|way|lane)\.?$",
    re.IGNORECASE,
)
MINUTES_FIRST = re.compile(r"^minutes\b", re.IGNORECASE)  # "Minutes of the meeting held on"
HEADING_LINES = 25  # non-blank lines at the top that may hold the meeting's own heading
PAGE_HEADING_LINES = 3  # ... and that may hold a committee system's page heading
STRONG_TITLE = 2.0  # evidence of a title line that heads an item even alone below text
MIN_PARAGRAPH_ITEMS = 4  # paragraphs without headings that make minutes rather than a note
NUMBER_ADVANTAGE = 3  # numbered headings win unless title lines explain three times as much
GAP_PENALTY = 0.5  # a skipped number (a withdrawn item) costs half an item ...
LONG_GAP_PENALTY = 0.1  # ... each past the second less: "3" then "9" is one gap, not six
# "Apologies:The Chair ...", "Bye law 3:Jemma presents ...": glued too
COLON = re.compile(r":\s+|(?:(?<=[A-Za-z]{3})|(?<=\s\d)):(?=[A-Z][a-z])")
SEPARATOR = re.compile(r":\s+|\s*[-\u2013\u2014]\s+(?=[A-Z])|\s+[-\u2013\u2014]\s+")
# A title and its text joined by an em dash set close, as printers set it: "Call to
# Order\u2014Meeting called to order ...", "Public Comment\u2014None"; or by a dash set
# close to the text only ("Draft Tenancy Agreement \u2013To discuss ...")
CLOSE_DASH = re.compile(
    r"^(?P<title>[^\u2013\u2014]{2,80}?[a-z)])(?:\u2014|\s[\u2013\u2014])(?=[A-Z][a-z])"
)
OUTCOME_ENDS = re.compile(r"[.,]\s+(?:carried|agreed|approved|lost)(?:\s+unanimously)?$", re.I)
LONGEST_WRAPPED_LINE = 160  # characters: a longer line was not wrapped, it is a paragraph
PAGE_AFTER_TITLE = re.compile(r"[A-Za-z]\s+\d{1,3}$")  # "DISCLAIMER 5": a contents entry
# A contents entry and its page in a column with no leaders: "CITY PLANNING COMMITTEE 38"
PAGE_COLUMN = re.compile(r"^(?P<title>[A-Z0-9][^.!?]*?[A-Za-z):])\s+(?P<page>\d{1,3})$")
MONTH_AT_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
# Labels that end a title in capitals run into its text: "APOLOGIES RESOLVED that ...".
OUTCOME_LABELS = frozenset(
    "RESOLVED AGREED DECISION DECISIONS DECIDED RECOMMENDED RECOMMENDATION MOVED CARRIED".split()
)
# The minute's first words after a title on the same line (see minute_tail).
TAIL_DASHES = ("-", "--", "\u2013", "\u2014", "o", "\u2022", "\u25cf")  # and bullets: "o Approved"
STATUS_TAIL = re.compile(
    r"(?:none|nil|n/a|not\s+applicable|received|recorded|noted|approved|agreed|accepted|"
    r"adopted|carried|deferred|withdrawn|on\s+file)\b",
    re.IGNORECASE,
)
MAX_STATUS_WORDS = 6  # "None \u2013 all present", "accepted as correct"
ROLL_WORDS = (
    r"(?:(?:members|councillors|trustees|officers|staff)\s+)?(?:present|in\s+attendance|"
    r"also\s+present|attendance|attendees|attending|absent|absentees|regrets|"
    r"apolog(?:y|ies)(?:\s+for\s+absence)?|roll\s+call(?:\s+of\s+members)?)"
)
ROLL_LABEL = re.compile(rf"^{ROLL_WORDS}$", re.IGNORECASE)
# "Attendance; Kynton Swingle, ...", "Apologies: Iain Macdonald; Catriona ...": who came
ROLL_OPENING = re.compile(rf"^(?P<label>{ROLL_WORDS})\s*[:;\u2013\u2014-]\s*(?=[A-Z])", re.I)
PEOPLE_TITLES = frozenset(
    "Councillor Councillors Cllr Cllrs Clr Cr Crs Mr Mrs Ms Miss Dr Ald Alderman Bro Bros Cde "
    "Cdes Revd Rev Mayor President Reeve Warden Trustee Commissioner Supervisor".split()
)
TITLE_NOUNS = frozenset(
    "report reports update updates business announcements comments remarks items election "
    "elections appointment appointments vacancy vacancies".split()
)
TAIL_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\b")  # not "revised"
TAIL_REFERENCE = re.compile(r"[A-Z]{0,4}\d{1,4}/\d{2,4}\b")  # "Welcome: 065/23": the minute's
TAIL_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*[ap]\.?m\b", re.IGNORECASE)
# A title and the time it happened, on one line: "CALL TO ORDER 7:02 p.m."
TIME_HAPPENED = r"(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?"
TIMED_TITLE = re.compile(
    rf"^(?P<title>[A-Z][^:;,.\d]{{2,60}}?)\s+(?:[-\u2013\u2014]\s*)?{TIME_HAPPENED}(?:\s|$)",
    re.IGNORECASE,
)
TIMED_REST = re.compile(TIME_HAPPENED, re.IGNORECASE)
MAX_TIMED_TITLE_WORDS = 6
MAX_SECTION_WORDS = 5  # a section's title, and its parts' headings in capitals, at most
# A sentence whose subject is a bare name, run on from its title (see before_a_named_subject)
REPORTING_VERBS = frozenset(
    "called introduced stated thanked reported noted presented explained advised asked "
    "welcomed gave said opened led informed discussed reviewed announced updated shared "
    "provided summarized summarised requested commented suggested mentioned indicated".split()
)
TITLE_ENDS = frozenset(
    "report reports order guests visitors business minutes agenda comment comments "
    "proceedings update updates announcements correspondence communications items session "
    "forum introductions welcome".split()
)
MAX_NAME_WORDS = 3
# Words that make a post of the title after them: "Vice President", "County Councillor".
OFFICE_PREFIXES = frozenset(
    "vice deputy acting former lord county district borough town city parish ward".split()
)
REFERENCE_AFTER = re.compile(r"\.?\s+Ref\.?:?\s*[\w/-]*\d[\w/-]*$")
RECORD_NUMBER_AFTER = re.compile(r"\.\s+[A-Z]{0,3}\d{4,}$")  # "Access Officer. AI026479"
MIN_ROW_MARKS = 2  # lone "|" lines that make a table of rows
COUNT_HINT = re.compile(r"\d[.)]\s")  # the cheap test before counted_list()
MAX_KEPT_NUMBERS = 2  # numbered headings kept among title lines (more would be a scheme)
ATTENDANCE_LINE = re.compile(
    r"\b(?:present|attendance|absent|attendees|observers)\s*:", re.IGNORECASE
)
APOLOGIES_LABEL = re.compile(r"^apolog(?:y|ies)$", re.IGNORECASE)  # names after who came
OPENING_MARKS = (":", ";", ".", " -", "\u2013", "\u2014")  # the cheap test before opening_title
# A line in capitals that cannot end a title ("APPROVAL OF", "TREASURER'S"), and the words
# in capitals that open the line of text after it, its title's rest ("MINUTES Motion ...").
TITLE_CUT_AFTER = re.compile(r"\s(?:OF|AND|FOR|TO|THE|ON|&)$|[A-Z]['\u2019]S$")
TITLE_REST_FIRST = re.compile(
    r"(?P<rest>[A-Z][A-Z'\u2019&-]+(?:\s+[A-Z][A-Z'\u2019&-]+){0,3}:?)(?:\s+(?=[A-Z][a-z])|$)"
)  # ... or the whole line: "6. SECRETARY'S" / "REPORT:"
MAX_CAPTION_WORDS = 3  # a margin caption's, at most
MIN_LABELLED_ROWS = 2  # "Minutes:" cells that make a table of committee-system rows, at least
MIN_RECURRING = 3  # times a line is printed that labels parts, not an item
OPENS_WITH_PART = re.compile(r"^(?:Minutes|Decisions?):\s+[A-Z]")  # "Minutes: The Officer ..."
MAX_ROW_TITLE_WORDS = 15  # a row's title longer than this ran into the agenda's wording
# "... signed as a true record. Matters Arising : The Christmas Fayre ...": a title and a
# colon with a space before it, after a sentence's end, in flattened text.
SPACED_LABEL = re.compile(
    r"(?<=[.!?]\s)(?<!\d\.\s)"  # not after an item's number: "3. New members elected : ..."
    r"(?=[A-Z][\w'\u2019]*(?:\s+[A-Za-z][\w'\u2019]*){0,4}\s:\s+[A-Z])"
)
MIN_UNCOUNTED = 3  # headings all numbered "1." before a list is taken to have lost its count
SAME_STYLE_BONUS = 0.1  # "1." after "2." rather than the page number "2 " beside it
OUTLINE_TITLE_WORDS = 12  # an outline's point longer than this is a paragraph
# A row of a two-column table saved with " / " between its cells: a short title first.
SLASH_ROW = re.compile(r"^(?P<cell>[A-Z][^/|.:;]{2,90}?)[`']?\s+/\s+(?P<rest>[A-Z].*)$")
MIN_TABLE_ROWS = 3
MIN_LISTED_ENTRIES = 3  # an agenda listed before its minutes, at least
POINT_NUMBER = re.compile(r"(\d{1,3})\.\d{1,2}")  # "3.1": a point of item 3
POINT_LINE = re.compile(r"(\d{1,3})\.\d{1,2}\.?\s")  # a line that opens with a point
STRAY_POINTS_SHARE = 3  # points taken as headings, fewer than a third of them all: strays
BARE_LIST_SHARE = 0.75  # of its entries with no running text under them, at least
LAST_ENTRY_LINES = 6  # lines under a run's last heading that would hold its text
MIN_LISTED_PEOPLE = 3
# A second number before a title: an agenda number, or a minute reference (not a year:
# "2024/25 Budget monitoring").
SECOND_NUMBER = re.compile(r"^(?:\d{1,3}[.)]\s+|(?!(?:19|20)\d\d\b)\d{1,4}[./]\d{2,4}\s*)(?=[A-Z])")
# A page's number, then the item's own with its stop: "2 1. OPENING", "14 7) Finance".
PAGE_THEN_ITEM = re.compile(r"^\d{1,3}\s+(?P<item>\d{1,3}[.)]\s+[A-Z].*)$")
ROMAN_NUMBER = re.compile(r"[IVX]{1,5}")
MIN_ROMAN_ITEMS = 3  # Roman numerals heading an outline's top level, at least
WEAK_CHAIN_WEIGHT = 0.5  # a chain's mean weight below this: numbered sentences, not titles
MIN_OUTLINE_ITEMS = 3  # bullets at the margin of a bulleted outline, at least
MIN_POINTS = 2  # ... and deeper bullets under them
OUTLINE_TITLED_SHARE = 0.75  # ... and this share of the margin's bullets titles
MIN_INDENT_STEP = 2  # spaces: a list's next depth is set at least this much deeper
NUMBER_ALONE_IN_CELL = re.compile(
    r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,5}|[A-Za-z])[.)]?\s*\|$"
)  # "1.1 |" over "Call to Order |"
NUMBER_CELL = re.compile(
    r"(?:^|(?<=[.!?:]))\s*(?P<number>\d{1,3}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}\.)\s/\s+(?=[A-Z])"
)
RESOLUTION = re.compile(r"^[\"'\u201c]?THAT\s+\w|^That\s+(?:[a-z]|Council\b)")  # "That members of"
MOTION_LINES = 6  # a motion's mover, seconder and wording come within this many lines
# A page number after a contents entry's title: "... May 19, 2015. 1", "... Amendment4".
PAGE_NUMBER_AFTER = re.compile(r"(?:(?<=\.)\s+|(?<=[a-z]{4}))\d{1,3}$")
# A resolution numbered after a word or two of a margin title, its mover in capitals:
# "Minutes 19/086 GRAHAM: That the minutes of ... be accepted. Carried".
MARGIN_REFERENCE = re.compile(
    r"^(?P<margin>(?:[A-Z][\w'’-]*\s+){1,3})(?P<token>\d{2}/\d{2,4})\s+"
    r"(?P<rest>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)?:\s.*)$"
)
PEOPLE_LABEL = re.compile(
    r"\b(?:trustees|members|councillors|directors|commissioners|governors|officers|staff|"
    r"attendees|guests|visitors)$",
    re.IGNORECASE,
)
ITEM_WORD = re.compile(rf"^{NUMBER_WORD}\S", re.IGNORECASE)
STYLE_SHORTFALL = 0.5  # a title line this far below HEADING still heads, in a document of them
WEAK_LABEL = -0.8  # "Title: text" this weak still heads an item in a document of them
MIN_LABEL_STYLE = 3  # ... that has this many strong ones
MAX_LABEL_TITLE_WORDS = 8  # "Approval of Patio Unit #2001:", alone on its line
STYLE_SHARE = 0.6  # ... which are this share of its title lines at least
FULL_LINE = 0.75  # of the text's width: a line this long may have wrapped at the margin
WRAPPED_TITLE_LINE = 1.1  # ... and one line of a title at most this long
MIN_WRAPPED_LINE = 60  # characters: a shorter line was not wrapped at a page's margin
FLATTENED_LINE = 400  # characters: longer lines hold several paragraphs run together
FLATTENED_PART = 150  # ... and in it, a line longer than this is broken up too
PAGE_NUMBER_FIRST = re.compile(r"^(\d{1,3})\s+(?=[A-Z])")
LINE_NUMBER = re.compile(r"(?<![\w.,/$£:-])(\d{1,3})(?=\s|[A-Z]|(?!st|nd|rd|th)[a-z])")
MIN_LINE_NUMBERS = 10
LINE_NUMBER_SHARE = 0.8  # of the lines they span, line numbers number at least this share
MAX_LINE_WORDS = 14  # flattened, a line numbered so is at most this many words, as a rule
LEADING_LINE_NUMBER = re.compile(r"^(\d{1,3})(?:\s+|$)")
TRAILING_LINE_NUMBER = re.compile(r"(?:^|\s+)(\d{1,3})$")
COUNTED_NUMBER = re.compile(r"(?<=[.!?A-Za-z0-9)]\s)(\d{1,2})\s+(?=[A-Z][a-z])")
MIN_COUNTED = 3
MAX_SUCCESSORS = 40  # candidates of the same next number weighed as a heading's successor
# A label and an amount: "Fundraising: $1954.70", "Balance: 868.08".
LABELLED_AMOUNT = re.compile(rf":\s*{AMOUNT}\s*$")
AMOUNT_FIRST = re.compile(rf"^{AMOUNT}(?!\S)")  # "252,925.58   Total cash on hand"
# "Verbal Reports: Council Representation on External Bodies": a title's subtitle is short;
# "Roll Call: Attendance; President Bee; Trustees Cole, Dee, ..." is the item's text.
MAX_SUBTITLE_WORDS = 12
# An item's number, at a line's start or after a space, before a capital ("2. Approval",
# "(3) Apologies"); not "5.1", "£3.", "No. 4.".
LINE_MARK = re.compile(r"(?:^|(?<=\s))(?<!No\.\s)\(?(\d{1,2})[.)]\s+(?=[A-Z])")
# "... p.m. 1) Chairman", "(2) Apologies": a bracketed number before a capital, flattened
COUNTED_NAMED = re.compile(
    r"(?:^|(?<=\s))(?:ITEM|Item|MINUTE|Minute|ARTICLE|Article)\s*(?:No\.?\s*|NO\.?\s*)?"
    r"[-\u2013]?\s*(\d{1,3})\b(?!\.\d|/)(?=\s+[A-Z]|$)"
)  # "ITEM - 3 TITLE", "Item No. 3 Title"; not "see item 3", "Item 3.2" or "Minute 3/22"
RUNNING_MARK = re.compile(r"(?:^|(?<=\s))\*?(\d{3,4})(?=\s|$)")  # "1202", "*452": minute numbers
FIRST_YEAR, LAST_YEAR = 1900, 2099  # a run of these is a run of years, not of minutes
COUNTED_ROMAN = re.compile(r"(?<=\s)([IVX]{1,5})\.\s*(?=[A-Z]{2,}\b)")  # "II.ROLL CALL"
GLUED_NUMERAL = re.compile(r"[IVX]{1,5}\.[A-Z]{2,}")
COUNTED_BRACKETED = re.compile(r"(?<=\s)\(?(\d{1,2})\)\s+(?=[A-Z])")
MAX_COUNTED_STEP = 3  # numbers a bracketed run may skip, two at most
# An entry's number alone, its text below ("(2)").
LONE_ENTRY_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")
LONE_ENTRY_LETTER = re.compile(r"^\(?[A-Za-z][.)]$")  # a resolution's part alone: "A.", "b)"
# "... B. UNFINISHED BUSINESS", "... passed. C. Roll Call": a lettered section, flattened
COUNTED_LETTER = re.compile(
    r"(?<=\s)([A-Z])\.\s+(?=[A-Z]{3,}|[A-Z][a-z]+|[A-Z]\s[A-Z][a-z])"
)  # "A. O Canada"
MAX_STACKED_NUMBERS = 2  # number lines between a number alone and its title, at most
ITEM_REFERENCE_CUT = re.compile(r"\((?:agenda\s+)?item$", re.IGNORECASE)
ITEM_REFERENCE_REST = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\)$")
MAX_WRAPPED_TITLE_LINES = 2  # lines a title wrapped onto above its trailing number, at most
MAX_TITLE_REST_WORDS = 8  # the rest of a title left hanging, on the next line, at most
LETTERED_POINT = re.compile(r"\(?[a-z]{1,2}[.)]\s|[a-z][.)](?=[A-Z][a-z])")  # or "a.From ..."
SECOND_ITEM = re.compile(r"^2[.)]?\s+[A-Z]{3,}")  # "2. PUBLIC COMMENT"
FIRST_ITEM = re.compile(r"^1[.)]?\s+[A-Z]")
NAMED_LABEL = re.compile(rf"(?:{'|'.join(NAMED_NUMBERS)})\s+(?P<token>\d{{1,3}}[a-z]?)", re.I)
BUSINESS_LABEL = re.compile(r"^items\s+of\s+business:?$", re.IGNORECASE)
MAX_START_SKIP = 3  # numbers a run's first heading may be above the line it would start at
POSSESSIVE_ALONE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['\u2019]s$")  # "Chairman's"
STANDING_BUSINESS = re.compile(
    r"(?:old|new|unfinished|other|general)\s+business$|(?:committee|officers?'?)\s+reports?$",
    re.IGNORECASE,
)
MOTION_CREDIT = re.compile(r"(?:M/S(?:/C)?\b|MOTION\s*(?::|BY\b|MADE\b|\())")
FIRST_INSIDE = re.compile(r"^[A-Z][A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s+1\.\s+(?P<title>[A-Z].*)$")
MISREAD_ONE = re.compile(r"^[lLI|!](?:[.,)]\s*|\s+)(?P<title>[A-Z]{3,}\b.*)$")
MAX_FIRST_ITEM_LINES = 40  # lines above "2." the misread first title may be, at most
# "Correspondence. a) Letter from ...": a title's full stop, then its first lettered point.
TITLE_OVER_POINTS = re.compile(r"^(?P<title>[A-Z][^.:]{2,80})\.\s+(?=\(?[a-h]\)\s+\S)")
CREDIT_AT_END = re.compile(r"\s+(?:proposed|moved|seconded)(?:\s+by)?$", re.IGNORECASE)
LIST_INTRODUCED = re.compile(r":\s*[-\u2013]$")
BRACKETED_NOTE = re.compile(r"^\((?=[^)]*\s)[^()]{8,120}\)\.?$")  # "(Cllr Bee left the meeting)"
MAX_ATTENDANCE_LINES = 12  # names under "Present:", one a line, at most
MAX_APOLOGY_LINES = 6  # names under "Apologies:", one a line, before the next label, at most
MINUTES_ALONE = re.compile(
    r"^(?:(?:draft|approved|unapproved|confirmed|unconfirmed)\s+)?minutes:?$", re.IGNORECASE
)
CUT_CONNECTIVES = frozenset("of and for to the with from &".split())  # no title ends so
CAPITALS_REST = re.compile(r"(?P<rest>[A-Z][A-Z&'/-]*(?:\s+[A-Z][A-Z&'/-]*)*)(?=\s+[A-Z]?[a-z]|$)")
# The rest of a title wrapped onto the next line, up to its label's colon or dash.
LABEL_REST = re.compile(
    r"(?P<rest>[A-Z][^.:;!?\u2013\u2014]{0,80}?)\s*(?::\s|\s[-\u2013\u2014]\s|\u2013)"
)
# ... up to its first stop, or a bracket closed at the line's end: "Committee (if applicable)"
TITLE_REST = re.compile(
    r"(?P<rest>[^.:;(]{1,80}?(?:\s*\([^().]{1,40}\)(?=\s*$))?)(?:[.:;](?=\s|$)|(?=\()|$)"
)
# A reference with letters or separators before its running number ("B.1260", "017-03-014",
# "C048/23" is read by INLINE_NUMBER), then a title.
# After a space, or glued to the text before by a page's flattening ("years.57/19",
# "None received62/19")
REFERENCE_START = r"(?:(?<!\S)|(?<=[a-z)]\.)|(?<=[a-z]))"
COUNTED_REFERENCE = re.compile(
    rf"{REFERENCE_START}(?P<style>(?:[A-Z]{{1,4}}[./-]?|\d{{1,4}}[./-]){{1,3}})(?P<running>\d{{2,5}})"
    r"(?=\s+[A-Z(])"
)
# ... or whose first number counts, the year after it ("1-0607/8 - Welcome", "2-0607/8 - ...")
COUNTED_SUFFIXED_REFERENCE = re.compile(
    r"(?<!\S)(?P<running>\d{1,3})(?P<style>[-/.]\d{2,4}(?:/\d{1,2})?)(?=\s+(?:[-\u2013]\s+)?[A-Z])"
)
# ... or a minute's number alone before its title ("... of the public Absent: 70 Election of
# Chair ... 71 Apologies for Absence ..."), not a year
COUNTED_BARE_NUMBER = re.compile(
    r"(?<=[\sA-Za-z.:])(?<![£$€])(?P<running>(?!(?:19|20)\d\d\b)\d{2,4})\s+(?=[A-Z][a-z])"
)
# ... or with the year after the running number: "57/19", "Cou/285/07-08", "FIN/12/2019"
# ... or a reference whose running number is bracketed ("2211_[1]", "M(12)", "(139)")
COUNTED_BRACKETED_REFERENCE = re.compile(
    rf"{REFERENCE_START}(?P<style>(?:[A-Za-z0-9]{{1,12}}[_./-]?)?[\[(])(?P<running>\d{{1,3}})[\])]"
    r"(?=\s+[A-Z(])"  # a style of twelve characters at most: a long run is no reference
)
COUNTED_REFERENCE_OF_YEAR = re.compile(
    rf"{REFERENCE_START}(?P<style>(?:[A-Z][A-Za-z]{{0,3}}[./-])?)(?P<running>\d{{2,5}})"
    r"(?P<year>/(?:\d{2}|\d{4})(?:-\d{2})?)(?=\s+[A-Z(])"
)
NO_BUSINESS = ("no", "none", "nil")  # "NONE", "No apologies.": a note under a title
MAX_CAPITALS_RUN_ON = 15  # words of a title in capitals that goes on below it, at most
GLUED_DASH = re.compile(
    r"^(?P<title>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,4})\s?-(?=[A-Z0-9])"
)  # "Cemetery-Walker Burial ...", "Minutes -The minutes of ..."
MIN_GLUED_DASHES = 3
SUBJECT_MARKER = re.compile(r"^(?:IN\s+RE|In\s+re|RE|Re)\s*:\s*(?=[A-Z0-9]|$)")  # or alone above
MIN_MARKED_SUBJECTS = 2
MIN_TITLED_PARAGRAPHS = 2  # numbered sentences with a title line above, at least
MIN_LETTERED_RUNS = 2  # numbered items whose points are lettered from "a" again, at least
MIN_ITEM_WORDS = 6  # words between two headings' references, as a rule, at least
FLATTENED_MAX_LINES = 15  # a flattened document has at most this many lines ...
INLINE_NUMBER = re.compile(
    r"(?<=[\s.:;])(?<!No\.\s)(?<!Item\s)(?<!\d\.)"  # not "Item No. 1.", nor "$28,506.03."
    r"(?=(?:\d{1,3}(?:\.\d{1,2})*\.|\d{1,3}\.\d{1,2}\)?|[IVX]{2,5}\.)\s+(?:\|\s+)?[A-Z])"
    # ... a numeral of one letter after a sentence's end, not a middle initial ("John V. Farrelly")
    r"|(?<=[.:;!?|]\s)(?=[IVX]\.\s+(?:\|\s+)?[A-Z])"
    r"|(?<=\d\s)(?=I\.\s+[A-Z]{2,}\b)"  # "... JUNE 15, 1993 I. CALL TO ORDER": the first
    r"|(?:(?<=\d\s[AaPp][Mm]\s)|(?<=\d[AaPp][Mm]\s))(?=I\.\s+[A-Z])"  # "... 5:00 PM I. Call"
    r"|(?<=[.!?]\s)(?=\d{1,3}\.\d{1,2}\.\d\d\s+[A-Z])"  # "... above. 2.3.22 To receive"
    r"|(?<=\s)(?=\d{1,3}\.(?:\d{1,2})?[A-Z][a-z]{2,})"  # "... minutes 1.Welcome", "4.00Business"
    # "... signed. 2.MINUTES OF ...", or glued to a table's header: "Action by1.APOLOGIES"
    r"|(?<=[\sa-z])(?=\d{1,3}\.[A-Z]{3,}\b)"
    # "... C124/20 Notice and Summons", but not "PROGRAMME 2024/25" inside a title
    r"|(?<=[^A-Z\s]\s)(?=[A-Z]{0,3}\d{1,4}/\d{2,4}\s+(?:\|\s+)?[A-Z])"
    r"|(?<=[^A-Z\s]\s)(?=[A-Z]{1,3}/\d{1,4}\s+[A-Z]{3,})"  # "... 0383. P/18 LOCAL GOVERNMENT"
    # "... in attendance. 1358 DECLARATIONS OF INTEREST", "... noted. 1507 APOLOGIES The ...":
    # a minute number, a title in capitals
    r"|(?<=[.!?a-z]\s)(?=\d{1,4}\s+(?:[A-Z]{3,}(?:\s+[A-Z]{2,})+\b|[A-Z]{4,}\s+[A-Z][a-z]))"
    # "... was read. Item No. 2: Election of Deputy Mayor", "... Item 2/13: Matters arising"
    r"|(?<=[\s.:;])(?=(?:Agenda\s+|AGENDA\s+)?(?:Item|ITEM)\s+(?:(?:No|NO)\.?\s*|#)?\d{1,3}(?:[./]\d{1,4})?"
    r"(?:[.:)]\s*|\s[-\u2013]\s+|\s+)[A-Z])"  # "ITEM NO.1: To confirm ...", "Item 1:Apologies"
    # "... held. ITEM 2: DISCUSSION RELATING TO ...": the word in capitals, a colon
    r"|(?<=[\s.:;])(?=ITEM\s+\d{1,3}:\s+[A-Z])"
    # "... voting aye. ORDER NO. 3 RE: APPROVE ...": an order or resolution, numbered
    r"|(?<=[\s.:;])(?=(?:ORDER|RESOLUTION)\s+(?:NO\.?\s*\d{1,4}\s+(?:RE:\s+)?[A-Z]"
    r"|#\d{1,4}\s+[A-Z]{3,}\b))"  # "RESOLUTION #91 AUTHORIZE ...", not "ORDER #0094 Motion"
)
# A number that ends the previous line's reference ("an interest in Item" / "15 Notice ...").
PART_AFTER_CAPITALS = re.compile(
    r"^(?P<title>[A-Z][^a-z:]{3,150}?)\s+"
    r"(?:(?:RESOLVED|AGREED|DECISION|DECIDED|RECOMMENDED)\b|[A-Z][a-z]+:)"  # or "Noted:"
)
# A heading in capitals between two sentences of flattened text, or after a name: "...
# 1985. FIRE Referring to page 1 ...", "... Deputy Clerk MEETING CALLED TO ORDER The ...",
# or after the note of a heading before it: "INTRODUCTIONS: NONE APPROVAL OF MINUTES: The".
CAPITALS_WORD = r"[A-Z][A-Z&'\u2019/-]"
INLINE_CAPITALS = re.compile(
    rf"(?:(?<=[.!?a-z)]\s)|(?<=/\d\s)|(?<=\u2014\s)|(?<=:\sNONE\s)|(?<=:\sNIL\s)|(?<=[*=_]{{3}}\s)"
    r"|(?<=\d\s[AP]M\s)|(?<=\d[AP]M\s))"  # ... or after the time: "... at 7:05 PM MINUTES The"
    r"(?:(?:IN\s+)?RE:\s+)?"  # ... or after a rule of stars: "1994 ****** CALL TO ORDER The ..."
    # ... not an abbreviation opening a label: "TWP Business: ...", "PTA Report: ..."
    r"(?![A-Z]{2,4}\s+[A-Z][a-z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,3}:\s)"
    # ... nor one inside a sentence, after a small word, before a name: "... from Quicken
    # to PTO Manager. She" (not "... Introduction CC Finlayson welcomed": a title, then a
    # councillor's)
    r"(?!(?:(?<=\bto\s)|(?<=\bthe\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\bwith\s)"
    r"|(?<=\bat\s)|(?<=\bin\s)|(?<=\bon\s)|(?<=\bfrom\s))"
    r"[A-Z]{2,4}\s+[A-Z][a-z])"
    # an outline's mark or a minute's number first: "A. ", "II.A. ", "100. "
    # ... or a roman numeral without its stop: "... Open Forum. II APPROVAL OF THE AGENDA"
    rf"((?:(?:[A-H]|[IVX]{{1,4}}(?:\.[A-H])?|\d{{1,3}})\.\s+|[IVX]{{1,4}}\s+(?=[A-Z]{{3}}))?"
    r"(?:SO\s+(?=MOVED|ORDERED))?"  # ... or the outcome before, split off below: "SO MOVED"
    rf"(?:{CAPITALS_WORD}{{2,}}\s+(?:(?:{CAPITALS_WORD}*|[&/]|[\u2013\u2014]|\d{{1,4}},?)\s+){{0,7}})?"
    rf"{CAPITALS_WORD}+[A-Z])(?::\s*|\s*[-\u2013\u2014]\s*|\s+)"
    # ... perhaps after a reference or a recording time: "APPROVAL OF THE AGENDA C15(210) On
    # the motion ...", "CORRESPONDENCE [1:05] A complete copy ..."
    r"(?=(?:(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|[A-Z]{1,3}\d{1,4}(?:\(\d{1,4}\))?"
    r"|\d{1,4}/\d{1,4}(?:-\d{1,4})?)\s+)?"
    r"(?:[A-Z][a-z]|[AI]\s+[a-z]|[\u2022\u25cf]\s|(?<=:\s)[A-Z]{2,3}\s+[a-z]{2,}"  # ": RG said"
    r"|\d{1,2}\.\s+[A-Z](?:[a-z]|[A-Z]+\s+[A-Z]|\.\s+[A-Z][a-z])))"  # "... ITEMS 1. Renewal",
    # "1. APPROVAL OF", "1. B. Lowe reported ..."
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
    "Nil Nobody".split()
)
INLINE_BUSINESS = re.compile(
    rf"(?:(?<=[.!?]\s)|(?<=\d\s))({KNOWN_BUSINESS})\s+(?=[A-Z])"  # in title case
    rf"|(?<=\d{{4}}\s)({KNOWN_BUSINESS.upper()})\s+(?=[A-Z][a-z])"  # in capitals, after a year
)
# ... or any title in title case between two sentences, where the second opens as
# sentences do: "... in the chair. Acknowledgement of Country We respectfully ...".
TITLE_WORD = r"[A-Z][\w'\u2019&/-]+"
INLINE_TITLE = re.compile(
    r"(?<=[.!?]\s)(?!(?:When|If|As|At|In|On|After|Before|During|Following|Since|While|Once)\s)"
    rf"({TITLE_WORD}(?:\s+(?:(?:of|and|the|in|for|to|on|with|&)\s+)*{TITLE_WORD})"
    r"{1,6})\s+(?=(?:The|We|It|There|This|That|A|An|No|Nil|None|All|Cr|Cllr|"
    r"Councillor|Mr|Mrs|Ms|Dr|To)\s+[a-z\u2019'])"
)
# ... or a title in title case with a colon after a sentence: "... today's meeting. Old
# Business: None. New Business: We will ...".
INLINE_LABEL = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=:\sNone\s)|(?<=:None\s))"  # ... or after the label before's "None"
    r"(?<!\b\d\.\s)(?<!\b\d\d\.\s)"  # ... not after its own number ("2. INVOCATION:")
    r"(?=[A-Z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,4}"
    r"(?:\s+[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4})?:\s*(?:[-\u2013]\s+)?[A-Z])"  # "May 2, 2014:"
)  # ... or a dash after the colon: "... lists. Correspondence: - Notification from ..."
DELIMITED_HEADING = re.compile(r"\d{1,3}[.)]\s+(?:\d{1,2}[:.]\d{2}\s|[A-Z])")  # "1.  Call"
TIME_SLOT = re.compile(
    r"\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?\s*(?:[-\u2013]\s*)?(?=[A-Z])", re.IGNORECASE
)
GLUED = re.compile(
    r"(?<=[A-Z]{3})(?=[A-Z][a-z]{2,})"  # "ABSENCEThere"
    r"|(?<=\d)(?=[A-Z]{4,}\b)"  # "2012/13RESOLVED"
    r"|(?<=[A-Z]{3}:)(?=[A-Z][a-z])"  # "RESOLVED:That"
    r"|(?<=[a-z])(?=\d{1,3}\.\s+[A-Z]{3})"  # "Services161. MINUTES"
)
REFERENCE_WORDS = frozenset(
    "item items minute minutes no number page paragraph section appendix".split()
)
PAR_NUMBER = re.compile(r"[A-Z]{2,4} \d")
SIGNED_NUMBER = re.compile(r"#\d[\w/-]*")  # "#0094": a reference's number in a title
MARKED_NUMBER = re.compile(r"^(?:- |\*\s?)(?=[(\d])")


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


MIN_BLOCK_ENTRIES = 3
# "Colin Bell (CB) – Treasurer", "Ann Dee – Ward Councillor ditto": a name, a dash, a post
NAME_DASH_ENTRY = re.compile(
    r"^[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}(?:\s+\([A-Z]{2,4}\))?\s+[-\u2013\u2014]\s+\S"
)


def split_agenda_items(lines: list[Line], width: int | None = None) -> Segments:
    """Preamble (meeting header and attendance), items in order, and closing lines.

    `width` is the wrap width of the text (if it wraps), for titles that wrap.
    """
    if any(line.heading for line in lines):
        headings = [
            HeadingCandidate(i, line.number, line.text, "", 1)
            for i, line in enumerate(lines)
            if line.heading
        ]
        return segments_from(lines, headings, "markup", width)
    lines, scheme, headings, _ = read_structure(lines, width)
    if not headings:
        return sections(lines)
    return segments_from(lines, headings, scheme, width)


def read_structure(
    lines: list[Line], width: int | None = None
) -> tuple[list[Line], str, list[HeadingCandidate], list[str]]:
    """The lines as the segmenter reads them (contents leaders, table rows and flattened
    text taken apart) and the scheme chosen for them. Flattened text is broken at its
    numbers; unless that finds numbered items, it is also broken at headings in capitals
    between sentences ("... 1985. FIRE Referring to ..."), and read so when that finds
    more headings; numbered text never needs it."""
    if decision := decision_page_heading(lines):
        return lines, "unnumbered", [decision], ["a committee system's page of one decision"]
    row_table = is_row_table(lines)
    prepared = with_item_references_rejoined(with_first_number_read(lines))
    prepared = without_subject_markers(with_glued_dashes_spaced(with_times_after(prepared)))
    prepared = with_broken_titles_mended(without_margin_captions(prepared))
    prepared = split_at_leaders(without_printed_line_numbers(prepared))
    prepared = with_page_column_read(prepared)
    prepared = split_table_rows(split_pipe_rows(split_slash_rows(prepared)))
    lines = unflatten(prepared)
    scheme, headings, notes = choose_scheme(lines, width)
    if len(headings) > 1 and (one := one_item_page_headings(lines)) is not None:
        notes.append("a committee system's page of one item: its lettered or numbered parts "
                     "are its text")  # fmt: skip
        return lines, scheme if one else "sections", one, notes
    if is_flattened(prepared):  # read at its headings in capitals as well
        at_capitals = unflatten(prepared, at_capitals=True)
        retry = choose_scheme(at_capitals, width)
        if len(retry[1]) >= needed_at_capitals(scheme, headings):
            notes.append("flattened text broken at headings in capitals as well")
            return at_capitals, retry[0], retry[1], notes + retry[2]
    if headings and scheme != "numbered" and row_table:
        rows = paragraph_headings(lines, row_table)
        if len(rows) > len(headings):
            notes.append(f"instead: the table's rows ({len(rows)} items, a row each)")
            return lines, "paragraphs", rows, notes
    if headings or is_single_item_page(lines):
        return lines, scheme, headings, notes
    if paragraphs := paragraph_headings(lines, row_table):
        notes.append(f"instead: paragraphs ({len(paragraphs)} items, each a paragraph or "
                     "a title line with the paragraphs under it)")  # fmt: skip
        return lines, "paragraphs", paragraphs, notes
    return lines, scheme, headings, notes


def needed_at_capitals(scheme: str, headings: list[HeadingCandidate]) -> int:
    """How many headings flattened text broken at capitals as well must find to be read so:
    more than its numbers found; where they found numbered items, twice as many and more
    (a few numbered points under headings in capitals are not the items). Points of one
    item ("6.1", "6.2", "6.3") count as that one item. Numbers before no title ("7. Public
    Works 9 Ce) Move to 7(h)", a list inside a motion) count for nothing."""
    if scheme != "numbered":
        return max(2, len(headings) + 1)
    found = len({h.number.split(".")[0] for h in headings if h.weight >= HEADING})
    return 2 * len(headings) + 1 if found >= 2 else max(2, found + 1)


def with_first_number_read(lines: list[Line]) -> list[Line]:
    """A scan's "1" misread as a letter before the first title ("L CALL TO ORDER", "l.
    APOLOGIES") where the items run on from "2." and no "1." is printed: read as "1."."""
    second = next((i for i, line in enumerate(lines) if SECOND_ITEM.match(line.text)), None)
    if second is None or any(FIRST_ITEM.match(line.text) for line in lines[:second]):
        return lines
    for at in range(second - 1, max(-1, second - MAX_FIRST_ITEM_LINES), -1):
        if misread := MISREAD_ONE.match(lines[at].text):
            out = list(lines)
            out[at] = replace(lines[at], text=f"1. {misread['title']}")
            return out
    return lines


def one_item_page_headings(lines: list[Line]) -> list[HeadingCandidate] | None:
    """On a committee system's page of one item ("Agenda item" or "Issue - meetings" at
    the top, perhaps under a line of the site's), that item's heading alone: the issue's
    numbered title, or none (the page's title names the item). None on any other page."""
    top = [line.text for line in lines if line.text][:PAGE_HEADING_LINES]
    if any(ISSUE_PAGE.match(text) for text in top):
        return heading_candidates(lines)[:1]
    return [] if is_single_item_page(lines) else None


def decision_page_heading(lines: list[Line]) -> HeadingCandidate | None:
    """ "Decision details", then the decision's title, then its labelled facts ("Decision
    Maker:", "Decision:", "Reasons for the decision:"): one item, the decision, whose
    labels are parts of its text, not titles of their own."""
    shown = [index for index, line in enumerate(lines) if line.text]
    if len(shown) < 2 or not DECISION_PAGE.match(lines[shown[0]].text):
        return None
    title = lines[shown[1]].text
    if not could_be_title(title):
        return None
    evidence = Evidence()
    evidence.add(1, "the title under 'Decision details': a page of one decision")
    return HeadingCandidate(shown[1], "", title, "", 1, evidence=evidence)


def is_single_item_page(lines: list[Line]) -> bool:
    """A committee system's page of one item: headed "Agenda item", or by the date a
    decision was taken and its title ("08/03/2021 - School Uniform"; not "14/03/2022 -
    Parish Council Meeting", a meeting's own heading). Its paragraphs and lettered parts
    are that one item's, no items of their own."""
    first = next((line.text for line in lines if line.text), "")
    return bool(ONE_ITEM_PAGE.match(first) or DECISION_PAGE.match(first)) or any(
        DATED_TITLE.match(line.text) and not MEETING_HEADING_WORDS.search(line.text)
        for line in lines[:HEADING_LINES]
    )


def choose_scheme(
    lines: list[Line], width: int | None = None
) -> tuple[str, list[HeadingCandidate], list[str]]:
    """The scheme that explains the document best, its headings, and the reasons (for
    `parse --explain`). A numbered heading is stronger evidence than a title line: numbers
    win unless title lines explain the document several times better; headings in
    capitals before the first number or after the last join them ("CALL TO ORDER",
    "ADJOURNMENT" around numbered business)."""
    candidates = heading_candidates(lines, width)
    numbered = minutes_after_their_agenda(best_heading_chain(candidates), candidates, lines)
    numbered = with_restarted_lists(numbered, candidates, lines)
    numbered = roman_outline(candidates, numbered) or numbered
    numbered = with_first_inside(with_gaps_filled(numbered, lines), lines)
    numbered = with_start_filled(numbered, candidates)
    numbered = without_stray_points(numbered, lines)
    numbered = with_titles_over_restarts(numbered, candidates, lines)
    numbered = with_unnumbered_rows(numbered, lines)
    # Letters are weaker evidence than numbers: "A." to "D." are as often points of an item.
    lettered = numbered and all(is_lettered(h) for h in numbered)
    # ... and one number alone is no numbering ("a reading from 1.Corinthians").
    titled = titled_paragraphs(numbered, lines)
    # ... nor are the entries of one list a line introduces, every number of the run ("The
    # directors suggested:" then "1. Use bill stuffers ...", "2. Talk to ...").
    one_list = bool(numbered) and all(h.evidence.listed for h in numbered)
    advantage = 1 if lettered or len(numbered) < 2 or titled or one_list else NUMBER_ADVANTAGE
    # ... and a list's entries one under another ("Winners:" then "1. Ruby Kessler", "2.
    # Omar Haddad") are no numbering of items, however many.
    by_numbers = sum(h.weight * (1 if is_list_entry(h) else advantage) for h in numbered)
    notes = [f"numbered: {len(numbered)} headings, plausibility {plausibility(numbered):.1f}"]
    # Each title line weighs at most 1: when the numbers outweigh even every line that could
    # be one, the title lines need no weighing (most numbered minutes), unless their style
    # may add headings around the numbers.
    if (
        numbered
        and not titled
        and by_numbers >= title_shaped_lines(lines)
        and not capitals_style(numbered)
        and not contents_style(numbered, lines)
        and starts_at_one(numbered[0])
    ):
        notes.append("unnumbered: not weighed (fewer lines of a title's shape than that)")
        notes.append("chosen: numbered")
        # Known business headed before the first number ("Open Forum.") still counts.
        prefix = lines[: numbered[0].index]
        if not any(is_procedural(titled_line(line.text)) for line in prefix if line.text):
            return "numbered", numbered, notes
        before = unnumbered_headings(prefix, candidates)
        return "numbered", with_edge_headings(numbered, before, lines), notes
    unnumbered = unnumbered_headings(lines, candidates)
    notes.append(
        f"unnumbered: {len(unnumbered)} headings, plausibility {plausibility(unnumbered):.1f}"
    )
    outline = bullet_outline(lines)
    if len(outline) > max(len(unnumbered), by_numbers):
        notes.append(f"chosen: a bulleted outline's top level ({len(outline)} bullets)")
        return "bullets", outline, notes
    if numbered and by_numbers >= plausibility(unnumbered):
        notes.append(f"chosen: numbered ({NUMBER_ADVANTAGE}x its plausibility is at least "
                     "the unnumbered scheme's)")  # fmt: skip
        return "numbered", with_edge_headings(numbered, unnumbered, lines), notes
    if len(unnumbered) == 1 and (opening := untitled_opening(lines, unnumbered[0])):
        notes.append("chosen: unnumbered (one strong title line, and the untitled text above it)")
        return "unnumbered", [opening, unnumbered[0]], notes
    if len(unnumbered) > 1 or (unnumbered and not body_before(lines, unnumbered[0].index)):
        notes.append("chosen: unnumbered (title lines explain the document better)")
        if contents_style(unnumbered, lines):  # a contents table: its numbered entries too
            entries = [h for h in numbered if lines[h.index].entry]
            titled = numbers_above(unnumbered, candidates)
            return "unnumbered", sorted(titled + entries, key=lambda h: h.index), notes
        styled = with_the_documents_style(unnumbered, lines)
        if len(styled) > len(unnumbered):
            notes.append(f"{len(styled) - len(unnumbered)} more title lines of the headings' style")
        return "unnumbered", with_numbers_kept(numbers_above(styled, candidates), numbered), notes
    notes.append("chosen: sections (no headings found)")
    return "sections", [], notes


def is_list_entry(heading: HeadingCandidate) -> bool:
    """An entry of a list the line before opens, with no text of its own under it."""
    return heading.evidence.listed and heading.evidence.row


def explain_lines(lines: list[Line], width: int | None = None) -> list[str]:
    """Each line with its role and why, then the schemes considered and the choice: what
    `minutes-search parse --explain` prints, for a reader who asks why minutes were
    split as they were."""
    if any(line.heading for line in lines):
        return ["scheme: markup (the page's own markup marks each item's heading)"]
    lines, scheme, headings, notes = read_structure(lines, width)
    candidates = heading_candidates(lines, width)
    considered = {h.index: h for h in candidates + unnumbered_headings(lines, candidates)}
    chosen = {h.index: h for h in headings}
    first = min(chosen, default=len(lines))
    out = []
    for index, line in enumerate(lines):
        if not line.text:
            continue
        role, why = line_role(line.text, chosen.get(index), considered.get(index), index < first)
        out.append(f"{index + 1:>5}  {role:<12} {line.text[:80]}")
        if why:
            out.append(f"{'':19}{why}")
    return [*out, "", f"scheme: {scheme}", *(f"  {note}" for note in notes)]


def line_role(
    text: str, chosen: HeadingCandidate | None, considered: HeadingCandidate | None, early: bool
) -> tuple[str, str]:
    """(role, why) of one line for --explain."""
    if chosen:
        number = f" {chosen.number}" if chosen.number else ""
        return f"heading{number}", f"evidence {chosen.evidence}"
    if considered:
        return "not heading", f"considered, not chosen: evidence {considered.evidence}"
    if ITEM_PART.match(text) or is_part_label(text):
        return "part label", ""
    if ATTENDANCE_LABEL.search(text.split(":", 1)[0]):  # "Directors Present: Ann Bee, ..."
        return "attendance", ""
    return ("preamble" if early else "body"), ""


def titled_paragraphs(numbered: list[HeadingCandidate], lines: list[Line]) -> bool:
    """Numbered paragraphs under title lines ("Matters arising" / "3. There were no
    matters arising."): most numbers head a sentence, and title lines stand directly
    above several of them, so the numbers count paragraphs and the titles head items."""
    sentences = [h for h in numbered if has_a_verb(h.title)]
    if len(sentences) * 2 <= len(numbered):
        return False
    titled = 0
    for heading in sentences:
        above = previous_text(lines, heading.index)
        if above is not None and is_section_title(lines[above].text, lines[heading.index].text):
            titled += 1
    return titled >= MIN_TITLED_PARAGRAPHS


def with_gaps_filled(numbered: list[HeadingCandidate], lines: list[Line]) -> list[HeadingCandidate]:
    """A chain that skips one number ("2." then "4.") takes the line between that starts
    with the missing one ("3 Minutes from the Meeting held on January the 9th ..."), however
    unlike a title its text reads: the sequence is the evidence."""
    filled = list(numbered)
    for here, following in itertools.pairwise(numbered):
        missing = {
            (reading.style, reading.running + 1)
            for reading, after in same_style_readings(here, following)
            if after.running == reading.running + 2
        }
        start = here.index + here.lines_used
        for index in range(start, following.index) if missing else ():
            if gap := gap_heading(lines, index, missing):
                filled.append(gap)
                break
    return sorted(filled, key=lambda h: h.index)


def with_start_filled(
    numbered: list[HeadingCandidate], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """A run that starts a few numbers late ("PCP 3/12", "PCP 4/12", ...) takes the line
    numbered as its start above it ("PCP 1/12 | Members considered ..."): skipping a
    number costs a weak heading more than it brings, but the run starts near 1."""
    if not numbered:
        return numbered
    first = numbered[0]
    for candidate in reversed([c for c in candidates if c.index < first.index]):
        if candidate.delimiter != first.delimiter or candidate.evidence.score <= 0:
            continue
        if candidate.evidence.listed:
            continue
        if any(
            1 <= reading.running < after.running <= reading.running + MAX_START_SKIP
            for reading, after in same_style_readings(candidate, first)
        ):
            return [candidate, *numbered]
    return numbered


def with_first_inside(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A chain that starts at "2." whose "1." stands inside the line above, after a short
    label ("Items 1. Petition for a Voting System" / "2. River Claims Settlement"): that
    line heads item 1, its label left to the text before."""
    if not numbered or numbered[0].number != "2" or numbered[0].delimiter != ".":
        return numbered
    above = previous_text(lines, numbered[0].index)
    inside = FIRST_INSIDE.match(lines[above].text) if above is not None else None
    if not inside or not looks_like_title(inside["title"]):
        return numbered
    title, body = split_title_from_body(inside["title"])
    evidence = Evidence()
    evidence.add(HEADING, "the sequence's first number, inside the line above the second")
    first = HeadingCandidate(above, "1", title, body, 1, readings("1"), ".", evidence)
    return [first, *numbered]


def gap_heading(lines: list[Line], index: int, missing: set) -> HeadingCandidate | None:
    """The line at `index` as the heading numbered as the chain misses, if it is one."""
    match = NUMBERED_LINE.match(lines[index].text)
    if not match:
        return None
    token, word = match["token"], match["word"] or ""
    if not any((r.style, r.running) in missing for r in readings(token, word)):
        return None
    text, lines_used = match["title"] or match["glued"], 1
    above = previous_text(lines, index)
    if not text and above is not None and is_capitals_line(lines[above].text):
        return None  # "DECLARATIONS OF LOBBYING (...)" / "PLA148/14": printed under its title
    if not text:  # "2." alone, its title below
        following = next_text(lines, index)
        if following is None or following - index > 2 or NUMBERED_LINE.match(lines[following].text):
            return None
        text, lines_used = lines[following].text, following - index + 1
    title, body = split_title_from_body(text) if looks_like_title(text) else first_clause(text)
    evidence = Evidence()
    evidence.add(HEADING, "the number the items' sequence skips")
    delimiter = (match["delim"] or "").strip()
    return HeadingCandidate(
        index, printed_number(token), title, body, lines_used, readings(token, word), delimiter,
        evidence,
    )  # fmt: skip


def without_stray_points(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Points of the chain's items that are sentences ("1.1 None received.", "3.1 Minutes
    agreed and signed.") taken as headings when most points of the document, numbered
    alike, are not ("2.1 Councillors signed the book."): a short sentence that happens to
    read as a title is its item's text, as its neighbours are. Titled points ("3.1 Speed
    indicator device" over its text) stay."""
    tops = {h.number for h in numbered if POINT_NUMBER.fullmatch(h.number) is None}
    taken = [
        h
        for h in numbered
        if (m := POINT_NUMBER.fullmatch(h.number))
        and m[1] in tops
        and lines[h.index].text.rstrip().endswith(".")
    ]
    points = sum(bool((m := POINT_LINE.match(line.text)) and m[1] in tops) for line in lines)
    if not taken or len(taken) * STRAY_POINTS_SHARE >= points:
        return numbered
    return [h for h in numbered if h not in taken]


def with_titles_over_restarts(
    numbered: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Numbered items, then a title with a colon alone on its line over a list numbered
    again from "1." ("3. Set Agenda. ..." / "Clerk's Report:" / "1. Presentation of
    Minutes ..."): the title heads an item of its own, the list is its points. Not a
    part's label ("RESOLVED:"), the attendance, or a sentence ending with a colon ("The
    following were approved:")."""
    if len(numbered) < 2 or list_title(lines, numbered[0]) is not None:
        return numbered  # every list under its title: the titles are the items, if any
    last = numbered[-1].index
    added = []
    for candidate in candidates:
        if candidate.index <= last or not starts_at_one(candidate):
            continue
        above = list_title(lines, candidate)
        if above is None or above <= last:
            continue
        title = lines[above].text.rstrip(" :")
        evidence = Evidence()
        evidence.add(HEADING, "a title over a list numbered again from 1")
        added.append(HeadingCandidate(above, "", title, "", 1, evidence=evidence))
    return sorted(numbered + added, key=lambda h: h.index)


def with_unnumbered_rows(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A contents table's unnumbered entry among the numbered rows chosen as the items
    ("ITEM-13 FIRE INSPECTION REPORT 5" / "QUESTIONS WITHOUT NOTICE 7" / "ITEM-14 ..."): a
    title in capitals with its page number, between two rows, is an entry of its own."""
    rows = [h for h in numbered if h.evidence.row or with_its_page(h, lines)]
    if len(rows) < MIN_LISTED_ENTRIES or len(rows) * 2 < len(numbered):
        return numbered
    added = []
    for here, following in itertools.pairwise(rows):
        for index in range(here.index + here.lines_used, following.index):
            text = lines[index].text
            title = text.rsplit(None, 1)[0] if PAGE_AFTER_TITLE.search(text) else ""
            if len(title.split()) >= 2 and is_capitals_line(title) and could_be_title(title):
                evidence = Evidence()
                evidence.add(
                    HEADING, "an unnumbered entry of the contents table, its page after it"
                )
                evidence.row = True
                added.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
    return sorted(numbered + added, key=lambda h: h.index)


def with_its_page(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """A contents table's row: its page number after its title, or alone on the next line."""
    if PAGE_AFTER_TITLE.search(lines[heading.index].text):
        return True
    following = next_text(lines, heading.index + heading.lines_used - 1)
    return following is not None and bool(PAGE_NUMBER.match(lines[following].text))


def list_title(lines: list[Line], first: HeadingCandidate) -> int | None:
    """The line above a list's first entry, when it is a section's title with a colon
    ("Clerk's Report:"), not a part's label ("Minutes:") or a numbered line."""
    above = previous_text(lines, first.index)
    if above is None:
        return None
    text = lines[above].text
    if NUMBERED_LINE.match(text) or ITEM_PART.match(text):
        return None
    if not text.endswith(":"):  # ... or a short title alone ("General Discussion and suggestions")
        return above if standing_alone(lines, above) and section_title_alone(text) else None
    return above if is_section_label(text.rstrip(" :")) else None


def section_title_alone(text: str) -> bool:
    """A few words, the first capitalised, no verb and no stop: a section's title."""
    words = text.split()
    return (
        2 <= len(words) <= MAX_SECTION_WORDS + 1 and could_be_title(text) and not has_a_verb(text)
    )


def is_section_label(title: str) -> bool:
    """A few words, each capitalised, or known business, that may head a section
    ("Clerk's Report", "Old Business"), not a label of a part or of who came, nor a clause
    ("The Board resolved")."""
    words = title.split()
    return (
        0 < len(words) <= MAX_SECTION_WORDS
        and could_be_title(title)
        and (
            all(w[:1].isupper() or w.lower() in TITLE_CONNECTIVES for w in words)
            or is_procedural(title)  # "Business arising from previous Minutes"
        )
        and not has_a_verb(title)
        and not is_part_label(title)
        and not ATTENDANCE_LABEL.search(title)
    )


def title_shaped_lines(lines: list[Line]) -> int:
    """An upper bound of the unnumbered scheme's plausibility: lines that could head."""
    return sum(may_head(line.text, False) or bool(ITEM_MARKER.match(line.text)) for line in lines)


def capitals_style(numbered: list[HeadingCandidate]) -> bool:
    """Most numbered titles in capitals: headings in capitals around them belong too."""
    return sum(is_capitals_line(h.title) for h in numbered) * 2 >= len(numbered)


def with_edge_headings(
    numbered: list[HeadingCandidate], unnumbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Numbered headings, and the headings in capitals before the first of them or after
    the last, when the numbered titles are in capitals too (a consistent style); known
    business strongly headed before the first ("Declaration of Interest"); when the
    numbered headings are a contents table's entries, its unnumbered entries too
    ("Apologies ..... 1" among "3. Iwi Engagement ..... 9")."""
    first, last = numbered[0].index, numbered[-1].index + numbered[-1].lines_used - 1
    capitals, contents = capitals_style(numbered), contents_style(numbered, lines)
    # "Cemetery – Walker burial ...", "Roads – On Lee Hill ...": the minutes go on after the
    # numbered items as "Title – text" paragraphs, three at least (reports, one a line).
    after = [h for h in unnumbered if h.index > last and not h.number]
    labels_after = after if sum(bool(h.body_start) for h in after) >= MIN_LABEL_STYLE else []
    added = [
        h
        for h in unnumbered
        if not h.number
        and (
            (contents and lines[h.index].entry)
            or (
                (capitals or is_procedural(h.title))  # "CALL TO ORDER", "ADJOURNMENT"
                and (h.index < first or h.index > last)
                and is_capitals_line(h.title)
                and h.evidence.score >= HEADING + 0.3
            )
            or (h.index < first and is_procedural(h.title) and h.evidence.score >= 2 * HEADING)
        )
    ]
    chosen = {h.index: h for h in [*added, *labels_after, *numbered]}  # a number wins a line
    return sorted(chosen.values(), key=lambda h: h.index)


def with_numbers_kept(
    unnumbered: list[HeadingCandidate], numbered: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """Title lines, and the one or two numbered headings among them that head text of
    their own ("- APOLOGIES", "- MATTERS ARISING", "7. DALC subscription", "- Risk
    Assessment": a list whose other numbers were lost)."""
    if len(numbered) > MAX_KEPT_NUMBERS:
        return unnumbered
    taken = {h.index for h in unnumbered}
    kept = [
        h for h in numbered if h.index not in taken and h.delimiter and h.evidence.score >= HEADING
    ]  # "7. DALC subscription", not "35 North 1st East" (an address) or a page's number
    return sorted(unnumbered + kept, key=lambda h: h.index)


def numbers_above(
    headings: list[HeadingCandidate], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """A title line under a number alone ("1.0" / "PRESENTATIONS") keeps that number, though
    the numbers as a whole lost to the title lines."""
    by_title_line = {c.index + c.lines_used - 1: c for c in candidates if c.lines_used == 2}
    return [
        number if (number := by_title_line.get(h.index)) and number.title == h.title else h
        for h in headings
    ]


def with_the_documents_style(
    headings: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Title lines printed as most of the document's headings are (a word or two in title
    case on a line of its own, say), with running text under them, head items too: a
    document keeps one style for its headings, and a line judged alone can fall short
    ("Juniors" under "Dugouts to be sited on far pitch. PH/BP") where its style does not."""
    titles = [h for h in headings if not h.body_start and not h.number]
    shapes = Counter(title_style(lines[h.index].text) for h in titles)
    style, count = shapes.most_common(1)[0] if shapes else (None, 0)
    if count < MIN_LABEL_STYLE or count < STYLE_SHARE * len(titles) or style[0] > 6:
        return headings
    chosen = {h.index for h in headings}
    added = []
    for index in range(min(chosen) + 1, len(lines)):
        text = lines[index].text
        if index in chosen or not text or title_style(text) != style:
            continue
        if previous_text(lines, index) in chosen:  # "OPENING" / "PRAYER": a title wrapped
            continue
        if not could_be_title(text.removeprefix("- ")) or ATTENDANCE_LABEL.search(text):
            continue
        if LABELLED_AMOUNT.search(text):  # "Fundraising: $1954.70": a balance, not a title
            continue
        following = next_text(lines, index)
        if following is None or following in chosen or not is_body_text(lines[following].text):
            continue
        if is_attendee_entry(text):
            continue
        evidence = Evidence()
        evidence.add(HEADING, "a title line in the style of the document's headings")
        title = text.removeprefix("- ").rstrip(" :")
        added.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
    return sorted(headings + added, key=lambda h: h.index)


def title_style(text: str) -> tuple[int, str, str, bool]:
    """How a title line is printed: its length (up to 3 words, up to 6, more), its case,
    its last mark and whether a bullet stands before it."""
    words = len(text.split())
    length = 3 if words <= 3 else 6 if words <= 6 else 7
    case = "capitals" if is_capitals_line(text) else "title" if text[:1].isupper() else "lower"
    mark = text[-1] if text[-1:] in ":.-" else ""
    return length, case, mark, text.startswith("- ")


def starts_at_one(first: HeadingCandidate) -> bool:
    """The numbers start at 1 ("1.", "1.0", "(1)"): nothing unnumbered comes before them."""
    return bool(re.fullmatch(r"\(?0?1(?:\.0)?\)?", first.number))


def contents_style(headings: list[HeadingCandidate], lines: list[Line]) -> bool:
    """Most of a scheme's headings are a contents table's entries (dot leaders after them)."""
    return sum(lines[h.index].entry for h in headings) * 2 > len(headings)


def plausibility(headings: list[HeadingCandidate]) -> float:
    """How well a scheme's headings explain the document: the sum of their evidence."""
    return sum(heading.weight for heading in headings)


def untitled_opening(lines: list[Line], heading: HeadingCandidate) -> HeadingCandidate | None:
    """One title line of known business, strongly headed ("Public Participation"), below
    running text: a page whose first title was lost ("Members are reminded ..." under
    the item table's header). The text above is an item of its own, titled by its first
    clause, so that neither is folded into the other or into the page's heading."""
    if heading.evidence.score < STRONG_TITLE or not body_before(lines, heading.index):
        return None
    start = heading_date_line(lines) + 1
    first = next((i for i in range(start, heading.index) if is_body_text(lines[i].text)), None)
    if first is None:
        return None
    title, rest = first_clause(lines[first].text)
    evidence = Evidence()
    evidence.add(HEADING, "running text above the one title line: an item whose title was lost")
    return HeadingCandidate(first, "", title, rest, 1, evidence=evidence)


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
        start = heading.index + heading.lines_used
        body = ([heading.body_start] if heading.body_start else []) + texts[start:end]
        title = cell_text(heading.title)
        title = title[:-1] if title.endswith(".") and is_capitals_line(title) else title
        title = PAGE_NUMBER_AFTER.sub("", title)  # a contents line's page: "... Amendment4"
        if lines[heading.index].entry and (column := PAGE_COLUMN.match(title)):
            title = column["title"].rstrip(" :")  # "CITY PLANNING COMMITTEE 38", "MINUTES: 3"
        title = REFERENCE_AFTER.sub("", title)  # "Public Questions. Ref 19/054"
        title = re.sub(r"\s*\.{2,}$", "", title)  # and its leader's dots: "... ABSENCE.."
        title = re.sub(
            r"\s*[\u2022\u25cf\u25aa]$", "", title
        )  # a bullet after it: "MATTERS ARISING •"
        items.append(RawItem(heading.number, title, body))
    closing = split_off_closing(items[-1])
    for item, heading in zip(items, headings, strict=True):
        split_parts(item)
        item.lines = drop_labels_and_signatures(item.lines)
        repair_split_title(item)
        if not heading.body_start:
            rejoin_wrapped_title(item, width)
        item.title = DANGLING_DASH.sub("", item.title)  # "Report –" with its text below
    return Segments(texts[: headings[0].index], items, closing, scheme)


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
    a row each, however many sentences a row holds."""
    return sum(line.text == "|" for line in lines) >= MIN_ROW_MARKS


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
    previous, blank = "", True
    for index, line in enumerate(lines):
        if not line.text:
            blank = True
            continue
        ends_row = previous.endswith("|") or (rows and blank)
        starts = ends_row or not previous or (not rows and opens_paragraph(previous, blank))
        if blocks and not (starts or line.text.startswith("- ")):
            blocks[-1][1].append(line.text)
        else:
            blocks.append((index, [line.text]))
        previous, blank = line.text, False
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
    """The bullets under "PRESENT:" or "ALSO PRESENT:", one after another: who attended,
    not an outline's items."""
    found: set[int] = set()
    under_label = False
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if line.text.startswith("- "):
            if under_label:
                found.add(index)
            continue
        under_label = bool(ATTENDANCE_LABEL.search(line.text.rstrip(" :-")))
    return found


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


def is_flattened(lines: list[Line]) -> bool:
    """A document of a few lines, or of lines as long as paragraphs, the longest running
    past FLATTENED_LINE: text that lost its line breaks."""
    texts = [line.text for line in lines if line.text]
    return (
        bool(texts)
        and max(map(len, texts)) > FLATTENED_LINE
        and not (
            len(texts) > FLATTENED_MAX_LINES and sum(map(len, texts)) / len(texts) < FLATTENED_LINE
        )
    )


def unflatten(lines: list[Line], at_capitals: bool = False) -> list[Line]:
    """Break very long lines (flattened text) before each number that could start an item,
    and with `at_capitals` around each heading in capitals between two sentences.

    Only in flattened text: a document of a few lines, or of lines as long as paragraphs,
    where the longest runs past FLATTENED_LINE; ordinary long paragraphs are left alone.
    """
    if not is_flattened(lines):
        return at_numbers_counted_across_lines(with_counted_lists_broken(lines))
    out = []
    numbered_pages = page_numbers_first(lines)
    for line in lines:
        if len(line.text) <= FLATTENED_PART:
            out.append(line)
            continue
        text = unglue(without_line_numbers(line.text))
        if numbered_pages:
            text = PAGE_NUMBER_FIRST.sub("", text)
        text = at_running_numbers(at_counted_references(at_counted_named(text)))
        text = at_counted_romans(at_counted_bracketed(text))
        if at_capitals:
            text = at_counted_letters(at_counted_numbers(text))
            text = OUTCOME_BEFORE_HEADING.sub(r"\1\n", INLINE_CAPITALS.sub(r"\n\1\n", text))
            text = INLINE_BUSINESS.sub(lambda m: f"\n{m[1] or m[2]}\n", text)
            text = at_business_between_sentences(text)
            text = INLINE_TITLE.sub(r"\n\1\n", text)
            text = INLINE_LABEL.sub("\n", text)
        text = SPACED_LABEL.sub("\n", text)
        parts = [p.strip() for piece in text.split("\n") for p in INLINE_NUMBER.split(piece)]
        out.extend(Line(part, page=line.page, indent=line.indent) for part in parts if part)
    return out


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
        end = None
        for length in range(1, len(words)):
            phrase, following = words[:length], words[length]
            if not phrase[-1][:1].isupper():
                if phrase[-1] in TITLE_CONNECTIVE_WORDS:
                    continue  # "Call to the Public": a small word inside the title
                break  # a word of a sentence
            if phrase[-1] in SENTENCE_OPENERS:
                break  # "Minutes The June 5 ...": the next sentence has begun
            title = " ".join(phrase)
            after = NEXT_TWO_WORDS.match(text, spans[length - 1][1])  # read in place: the
            if breaks_a_date(title, " ".join(after[1].split())):  # text can be the whole page
                # "Approval of Minutes of August" / "26, 2014": the title ends with its date
                dated = DATE.match(text, spans[length - 1][0])
                opens = dated and text[dated.end() : dated.end() + 2].strip()[:1].isupper()
                if opens and is_procedural(title):
                    end = dated.end()
                break
            if (following[:1].isupper() or following[:1].isdigit()) and is_procedural(title):
                end = match.start() + len(title)  # "Minutes of Last Meeting", not "... Last"
        if end:
            starts += [match.start(), end]
    return broken_before(text, starts)


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
    run = max([*runs, running_across(lines)], key=len)
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


def running_across(lines: list[Line]) -> list[tuple[int, int]]:
    """(line, where its number starts) of the longest run of a year's minute numbers, each
    one more than the last ("... the public. 1201" / "The Chairman welcomed ... 1202" /
    "Public Participation. ... 1203"), where it starts: not years ("2019 ... 2020")."""
    chains: dict[int, tuple[int, tuple]] = {}  # value: (length, (line, start, before))
    for index, line in enumerate(lines):
        for match in RUNNING_MARK.finditer(line.text):
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
        run = [numbered[p] for p in counting_run([int(m[1]) for _, m in numbered], 2)]
        if len(run) >= MIN_LINE_NUMBERS and numbers_every_line(lines, [i for i, _ in run]):
            out = list(lines)
            for i, match in run:
                text = out[i].text
                out[i] = Line(
                    f"{text[: match.start()]} {text[match.end() :]}".strip(), page=out[i].page
                )
            return out
    return lines


def without_line_numbers(text: str) -> str:
    """A page's printed line numbers, flattened into its text ("1 CITY OF ELM 2 MINUTES
    3 CITY COUNCIL ... 8Mayor Ash called ..."): a run of ten or more numbers counting up
    by one is taken out, so the numbers are not read as items."""
    matches = list(LINE_NUMBER.finditer(text))
    run = [matches[p] for p in counting_run([int(m[1]) for m in matches], 3)]
    if len(run) < MIN_LINE_NUMBERS or not close_together(text, run):
        return text
    for match in reversed(run):
        text = f"{text[: match.start(1)]} {text[match.end(1) :]}"
    return re.sub(r"\s{2,}", " ", text)


def counting_run(values: list[int], largest_step: int) -> list[int]:
    """Positions of the run of values counting up, each at most `largest_step` past the
    last (a number or two lost in the text); a 1 out of the run starts it again."""
    run: list[int] = []
    for position, value in enumerate(values):
        if not run or 1 <= value - values[run[-1]] <= largest_step:
            run.append(position)
        elif value == 1:
            run = [position]
    return run


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


def at_counted_numbers(text: str) -> str:
    """Flattened items numbered without a stop ("... present. 1 Apologies Susan Bee 2
    Minute of the previous meeting ... 3 Police Report ..."): a new line before each number
    of a run counting 1, 2, 3 ... after the end of a sentence or a word."""
    return at_counted_marks(text, COUNTED_NUMBER, int)


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
    ... *451 Matters of Urgency There was ... *452 Announcements ..."): a new line before
    each number of the run (see running_across)."""
    run = running_across([Line(text)])
    return broken_before(text, [start for _, start in run]) if len(run) >= MIN_COUNTED else text


def at_counted_romans(text: str) -> str:
    """Flattened sections in Roman numerals, glued to their titles in capitals ("... 2018
    I.PLEDGE OF ALLEGIANCE Chair Bee called ... II.ROLL CALL ... III.APPROVAL OF MINUTES"):
    a new line before each numeral of a run counting I, II, III ..."""
    return at_counted_marks(text, COUNTED_ROMAN, lambda numeral: roman_value(numeral) or 0)


def at_counted_letters(text: str) -> str:
    """Flattened sections lettered A, B, C ... before titles in capitals ("... 7:30 P.M.
    A. PUBLIC HEARINGS ... B. UNFINISHED BUSINESS NONE C. NEW BUSINESS ..."): a new line
    before each letter of the run."""
    return at_counted_marks(text, COUNTED_LETTER, lambda letter: ord(letter) - ord("A") + 1)


def at_counted_marks(
    text: str, pattern: re.Pattern, count: Callable[[str], int], step: int = 1
) -> str:
    """A new line before each mark (`pattern`'s first group) of the run counting 1, 2, 3
    ... by `count` (rising by `step` at most), when it runs MIN_COUNTED long at least."""
    run: list[re.Match] = []
    for match in pattern.finditer(text):
        last = count(run[-1][1]) if run else 0
        if last < count(match[1]) <= (last + step if run else 1):
            run.append(match)
    return broken_before(text, [m.start() for m in run]) if len(run) >= MIN_COUNTED else text


def broken_before(text: str, starts: list[int]) -> str:
    """The text with a new line before each of the positions."""
    for start in sorted(starts, reverse=True):
        text = f"{text[:start]}\n{text[start:]}"
    return text


def at_counted_references(text: str) -> str:
    """Flattened minutes whose references count up ("... Purser. B.1260 Declarations of
    Interest ... B.1261 Confirmation of Minutes ..."): a new line before each reference
    of the longest run of one shape (the same letters and separators, the last number
    rising by one to three), when it runs three long at least and its references stand
    apart, as headings do, not close together, as a list of cross-references does."""
    by_style: dict[str, list[re.Match]] = {}
    for match in COUNTED_REFERENCE.finditer(text):
        by_style.setdefault(match["style"], []).append(match)
    for match in COUNTED_REFERENCE_OF_YEAR.finditer(text):
        by_style.setdefault(f"{match['style']} {match['year']}", []).append(match)
    for match in COUNTED_BRACKETED_REFERENCE.finditer(text):
        by_style.setdefault(f"{match['style']}]", []).append(match)
    for match in COUNTED_SUFFIXED_REFERENCE.finditer(text):
        by_style.setdefault(f"after {match['style']}", []).append(match)
    by_style["bare"] = list(COUNTED_BARE_NUMBER.finditer(text))
    best: list[re.Match] = []
    for matches in by_style.values():
        run = [matches[p] for p in counting_run([int(m["running"]) for m in matches], 3)]
        best = max(best, run, key=len)
    if len(best) < MIN_COUNTED or median_gap(text, best) < MIN_ITEM_WORDS:
        return text
    return broken_before(text, [match.start() for match in best])


def page_numbers_first(lines: list[Line]) -> bool:
    """Each page flattened onto a line that starts with its number ("1 MINUTES OF ...",
    "2 Regular Council Minutes ..."), as document-sharing sites print them: numbers
    without a delimiter, 1, 2, 3 in order."""
    numbers = [
        int(match[1])
        for line in lines
        if len(line.text) > FLATTENED_LINE and (match := PAGE_NUMBER_FIRST.match(line.text))
    ]
    return bool(numbers) and numbers == list(range(1, len(numbers) + 1))


def unglue(text: str) -> str:
    """Put back the spaces a page's flattening lost between a heading and its text:
    "APOLOGIES FOR ABSENCEThere were none", "2012/13RESOLVED: That ..."."""
    return GLUED.sub(" ", text)


def split_at_leaders(lines: list[Line]) -> list[Line]:
    """A contents line's dot leaders and page number end its entry: "4. PUBLIC QUESTION TIME
    ........ 3 4.1 Standing Orders" is two entries, neither with the dots."""
    out = []
    for line in lines:
        if "...." not in line.text:
            out.append(line)
            continue
        parts = entries_between_leaders(LEADERS.split(line.text))
        out.extend(
            Line(part, page=line.page, entry=n < len(parts) - 1)
            for n, part in enumerate(parts)
            if part
        )
    return out


def with_page_column_read(lines: list[Line]) -> list[Line]:
    """A contents table printed without leaders: three lines or more in a row (blank lines
    between them aside), each a title and its page ("MINUTES: 3", "CITY PLANNING
    COMMITTEE 38"), the pages never falling. Each is an entry (its page is dropped from
    its title, not from its line, so the next entry is never read as a title's wrap)."""
    shown = [index for index, line in enumerate(lines) if line.text]
    entries: set[int] = set()
    run: list[int] = []
    for index in [*shown, -1]:
        page = PAGE_COLUMN.match(lines[index].text) if index >= 0 else None
        if page and (not run or int(page["page"]) >= run_page(lines, run[-1])):
            run.append(index)
            continue
        if len(run) >= MIN_LISTED_ENTRIES:
            entries.update(run)
        run = [index] if page else []
    out = []
    for index, line in enumerate(lines):
        if index in entries and not line.entry:
            line = Line(line.text, page=line.page, entry=True)
        out.append(line)
    return out


def entry_key(text: str) -> str:
    """A contents entry's title as a heading below would print it: no page, no colon."""
    column = PAGE_COLUMN.match(text)
    return comparable(column["title"] if column else text)


def run_page(lines: list[Line], index: int) -> int:
    return int(PAGE_COLUMN.match(lines[index].text)["page"])


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
    for line in lines:
        text = line.text
        row = " | " in text or text.endswith(" |") or bool(FILE_LINK.search(text))
        row = row or bool(UNMARKED_ROW.match(text))
        row = row or (labelled and bool(GLUED_PART.search(text)))
        if not row or not (INLINE_PART.search(text) or NUMBERED_ROW.match(text)):
            out.extend(split_at_file_link(line))
            continue
        for cell in ROW_CELL.split(cell_text(text)):
            parts = (part for part in cell_parts(cell) if part and not CHROME_LINE.match(part))
            out.extend(Line(part, page=line.page) for part in parts)
    return out


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
    text = NUMBER_CELL.sub("\n\\g<number> ", line.text) if " / " in line.text else line.text
    if text == line.text:
        return [line]
    return [Line(part.strip(), page=line.page) for part in text.split("\n") if part.strip()]


def split_pipe_rows(lines: list[Line]) -> list[Line]:
    """A table saved a row a line between pipes ("|Approve minutes |Proposed by A | |"),
    three rows at least: each cell on a line of its own, marked as a cell, so a row's
    first cell is read as a title cell and the rest as its text ("| |text" continues it).
    A "|" alone parts rows: a blank line."""
    rows = [line.text.startswith("|") and line.text.endswith("|") for line in lines]
    if sum(rows) < MIN_TABLE_ROWS:
        return lines
    out = []
    for line, row in zip(lines, rows, strict=True):
        if not row:
            out.append(line)
            continue
        cells = [cell.strip() for cell in line.text.strip("|").split("|")]
        out += [Line(f"{cell} |", page=line.page) for cell in cells if cell]
        out += [Line("")] if line.text == "|" else []
    return out


def is_header_row(text: str) -> bool:
    """The table's row of column names, in capitals: "ITEM / ISSUE / DECISIONS"; not a
    numbered heading in two languages ("20/38 YMDDIHEURIADAU / APOLOGIES")."""
    cells = text.split(" / ")
    numbered = bool(NUMBERED_LINE.match(cells[0]))
    return len(cells) >= 2 and not numbered and all(is_capitals_line(cell) for cell in cells)


def cell_parts(cell: str) -> list[str]:
    """ "Title PDF 1 MB Agenda wording Minutes: minute" -> title, wording, "Minutes:", minute."""
    head, label, minute = (INLINE_PART.split(cell, maxsplit=1) + ["", ""])[:3]
    head = re.sub(r"\s*\bAdditional documents:?\s*$", "", head)  # the link list's label
    if not label:
        return [FILE_LINK.sub(" ", cell).strip()]
    linked = FILE_LINK.split(head, maxsplit=1)
    if len(linked) == 1:  # no file link: the agenda's wording starts "To note ..."
        linked = AGENDA_WORDING.split(head, maxsplit=1)
    title, agenda = linked if len(linked) == 2 else split_title_from_body(head)
    return [title.strip(), FILE_LINK.sub(" ", agenda).strip(), f"{label}:", minute.strip()]


def heading_candidates(lines: list[Line], width: int | None = None) -> list[HeadingCandidate]:
    """Every numbered line that could head an item. A list ("That Council:" then "1. Calls
    on ...") marks its entries until a line that is neither an entry nor its text. `width`
    is the text's wrap width, if it wraps: a line that ran to the margin is judged with
    the rest of its sentence."""
    candidates = []
    previous, in_list, in_resolution = "", False, False
    for index, line in enumerate(lines):
        entry_text = bool(LONE_ENTRY_NUMBER.match(previous))  # "(1)" / "Councillor Bee ..."
        goes_on = continues_list(line.text) or entry_text
        in_list = introduces_list(previous) or (in_list and goes_on)
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
    candidates = without_indented_points(without_listed_people(candidates), lines)
    mark_contents_rows(candidates, lines)
    mark_points_under_a_title(candidates, lines)
    mark_lettered_points(candidates)
    return candidates


def mark_lettered_points(candidates: list[HeadingCandidate]) -> None:
    """Small letters that start again at "a" under each numbered heading ("1." / "a)",
    "2." / "a)", "b)") are the points of those items, not a run of their own."""
    numbered = [at for at, c in enumerate(candidates) if c.number.isdigit()]
    runs = []
    for start, end in itertools.pairwise([*numbered, len(candidates)]):
        run = [c for c in candidates[start + 1 : end] if is_small_letter(c)]
        if run and run[0].number == "a":
            runs.append(run)
    if len(runs) < MIN_LETTERED_RUNS:
        return
    for run in runs:
        for point in run:
            point.evidence.add(-0.6, "a lettered point under a numbered item ('1.' / 'a)')")


def is_lettered(candidate: HeadingCandidate) -> bool:
    """ "B.", "c)", "(a)": a letter, not a number."""
    return any(r.style[0] in ("letter", "small letter") for r in candidate.readings)


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
    return candidates if len(deeper) < 2 else [c for c in candidates if c.index not in deeper]


def without_listed_people(candidates: list[HeadingCandidate]) -> list[HeadingCandidate]:
    """Numbered lines that only name a person ("1. Prof. A Bee, Vice-Chancellor.", "2.
    Dr.C.D Fay."), three or more: the numbered list of who attended, not items."""
    people = {c.index for c in candidates if is_attendee_entry(c.title)}
    if len(people) < MIN_LISTED_PEOPLE:
        return candidates
    return [c for c in candidates if c.index not in people]


def runs_on_into(previous: str, text: str) -> bool:
    """The line before runs on into a number ("an interest in Item" / "15 Notice ...",
    "Feb." / "11/13 ...": a date). A line longer than any wrapped line was cut from
    flattened text before the number: where it ends says nothing of a sentence; nor does
    a list of names' last comma before a numbered heading ("..., Kim Barr," / "1.  Call
    to Order")."""
    if len(previous) > LONGEST_WRAPPED_LINE:
        return False
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
    start = 0
    while start < len(candidates):
        end = start
        while end + 1 < len(candidates) and adjacent(candidates[end], candidates[end + 1], lines):
            end += 1
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
        start = end + 1


def among_those_present(lines: list[Line], index: int) -> bool:
    """A line of the list under "Present:" or "Also Present:" ("Charlotte Kempson
    ASSISTANT CLERK"): no sentence between it and the label, a few lines up."""
    seen = 0
    for line in reversed(lines[:index]):
        if not line.text:
            continue
        if ATTENDANCE_LABEL.match(line.text):
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
    width = max(len(line.text) for line in lines[here.index : following.index])
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
                row.title = PAGE_AFTER_TITLE.sub(lambda m: m[0][0], row.title)
        if end - start >= 2 and minutes_follow(rows[-1], lines):
            for row in rows:
                row.evidence.add(-0.6, "a row of a contents table (no text of its own)")
                row.evidence.row = True
            mark_titles_found_below(rows, lines)
        start = end + 1


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


def continues_list(text: str) -> bool:
    """A blank, an entry ("2. Writes to ...", "(b) ...") or an entry's wrapped line."""
    entry = LIST_MARKER.match(text) or LONE_ENTRY_NUMBER.match(text)  # "(2)" alone
    return not text or bool(entry) or text[:1].islower()


def may_be_numbered(text: str) -> bool:
    """The cheap test before heading_candidate: a number first (after a bullet), or a
    minute reference last ("APOLOGIES LIC052/19", "Apologies (Item 1.0)"); most lines
    have neither."""
    if text.startswith("- "):
        text = text[2:]
    if "/" in text[:40] and MARGIN_REFERENCE.match(text):
        return True
    trailing = (text[-1:].isdigit() and "/" in text) or (
        text.endswith(")") and "tem " in text[-16:]
    )
    return bool(text) and (may_start_with_number(text) or trailing)


def heading_candidate(
    lines: list[Line], index: int, in_list: bool, width: int | None = None
) -> HeadingCandidate | None:
    text = lines[index].text
    if NUMBER_ALONE_IN_CELL.match(text):
        text = cell_text(text)  # "1.1 |" then "Call to Order |": a table's number cell
    if margin := MARGIN_REFERENCE.match(text):  # "Minutes 19/086 GRAHAM: That the minutes ..."
        token, title = margin["token"], margin["margin"].strip()
        evidence = numbered_evidence(title, token, "", in_list)
        return HeadingCandidate(
            index, printed_number(token), title, margin["rest"], 1, readings(token), "", evidence
        )
    if marked := MARKED_NUMBER.match(text):  # "• 4. Budget", "*123 Roads": a bullet or star first
        text = text[marked.end() :]
    match = NUMBERED_LINE.match(text) if may_start_with_number(text) else None
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
    after_page = PAGE_THEN_ITEM.match(text)  # "2 1. OPENING": a page's number first
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
        if following is None or NUMBERED_LINE.match(lines[following].text):
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
    text = SUBJECT_MARKER.sub("", drop_second_number(title))  # "ORDER NO. 3 RE: APPROVE ..."
    if text.startswith("| "):  # "PCP 4/12 | Members noted ... |": the number's own cell first
        text = cell_text(text[2:])
    # "1.0: Introduction and welcome 1.0: Introduction": the number again starts a column
    if "." in match["token"]:
        text = re.split(rf"\s+{re.escape(match['token'])}(?=[.:]?\s)", text, maxsplit=1)[0]
    slot = TIME_SLOT.match(text)  # "3. 9:30 a.m. DHS FY20 Budget": the agenda's time first
    title, body_start = split_title_from_body(text[slot.end() :] if slot else text)
    title = f"{slot[0]}{title}" if slot else title
    if body_start and has_a_verb(title) and is_untitled_paragraph(text):
        title, body_start = first_clause(text)  # "Michael Lane was appointed" / "Chairman ..."
    elif body_start and LABEL_ONLY.match(title):
        title, body_start = first_clause(text)  # "27. RESOLVED: That the Minutes ...": untitled
    shouted = len(text.split()) > SHOUTED_PARAGRAPH_WORDS and is_capitals_line(text)
    if shouted and re.search(r"[a-z\d)][.!?](?:\s|$)", text, re.IGNORECASE):
        title, body_start = first_clause(text)  # "A.  THE BORDER PATROL WOULD LIKE ..."
    token, delimiter = match["token"], (match["delim"] or "").strip()
    untimed = title.removeprefix(slot[0]) if slot else title  # judged without its time
    judged = with_its_wrap(lines, index, untimed, width) if lines_used == 1 else untimed
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
        delimited = delimiter in (".", ")", ":", "-", "\u2013", "\u2014")
        delimited = delimited or token.startswith("(") or token.endswith(".0")
        delimited = delimited or bool(match["glued"])  # "428/17The Minutes of ...": a PDF's
        # "PCP 4/12 Members noted ...", "10/20 Exercise of Public Rights there was ...": a
        # minute reference marks its paragraph as a number does
        delimited = delimited or "/" in token
        # "Item 1: August 3, 2020 Minutes", "ITEM 2 Approval of Minutes – 27th January ..."
        named = bool(match["word"]) and (bool(delimiter) or item_word(match["word"], text))
        if not (marked or named) and not (delimited and is_untitled_paragraph(text)):
            return None
        title, body_start = first_clause(text)
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
    return bool(parent) and point_of(lines[index].text, parent["token"])


def point_of(text: str, token: str) -> bool:
    """A line that is only the number of one of the item's points ("2.1" under "2.")."""
    match = NUMBERED_LINE.match(text)
    alone = bool(match) and not (match["title"] or match["glued"])
    return alone and match["token"].startswith(f"{token.rstrip('.')}.")


def wraps_on(lines: list[Line], index: int) -> bool:
    """The line runs on to the next, a paragraph wrapped there: no title."""
    following = next_text(lines, index)
    return following is not None and lines[following].text[:1].islower()


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


def title_above(lines: list[Line], index: int, following: int) -> int | None:
    """Where the title starts, when the lines just above a number printed alone are its
    title and the line below is running text: some minutes print the minute number under
    its title (a title in capitals may wrap: "... SECTION 5.11," / "PARAGRAPH 6.6)")."""
    above = index - 1
    if above < 0 or not lines[above].text or is_body_text(lines[above].text):
        return None
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


def has_a_verb(title: str) -> bool:
    """A title cut from a sentence keeps its verb ("Leah was asked"): not a title."""
    return bool(NOT_IN_TITLES.intersection(word.lower().strip(",.") for word in title.split()))


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
        ends = r"(?:,(?!\s(?:19|20)\d\d\b)|[;:])\s|\s(?:and|but)\s(?=\w+\s+(?:was|were)\b)"
        ends = ends if is_capitals_line(title) else rf"{ends}|\s\("  # "(pages 4-9)"
        clause = re.match(rf"(.{{20,}}?)(?:{ends})", title)
        title = clause[1] if clause else " ".join(title.split()[:MAX_CLAUSE_WORDS]).rstrip(" ,")
    return title.rstrip(" .,;:"), text


LIST_AFTER_COLON = re.compile(r":\s+(?=[-\u2022\u25cf\u25aa]\s)")  # a list it introduces
# A full stop after a short capitalised word abbreviates it ("Mr.", "St.", "Dec.", "J."): the
# sentence goes on.
# ... and so after the longer titles before names ("Cllr.", "Prof.", "Revd.", "Sept.").
SENTENCE_END = (
    r"(?:[!?]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})"
    r"(?<!\bCllr)(?<!\bProf)(?<!\bRevd)(?<!\bSept)(?<!\b[A-Z][a-z]\s)"  # "Mr . Zabee": OCR's
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\bviz)\.)"  # "... e.g. amended delegation": no end
)
SENTENCE_ENDS = re.compile(rf"{SENTENCE_END}(?:\s|$)")
STOP_THEN_TEXT = re.compile(rf"{SENTENCE_END}\s")  # a sentence's end with more after it
GLUED_SENTENCE = r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])"  # "... 2004 meeting.Motion carried": a PDF's
# The words a line may start with before its number: "Agenda Item 3" too.
NUMBER_WORDS = frozenset({*NAMED_NUMBERS, *NUMBERED_ORDERS, "agenda"})
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
    if not first or first[0].isdigit() or first[0] == "(" or any(c.isdigit() for c in first):
        return bool(first)
    if len(first) == 2 and first[0].isalpha() and first[1] in ".)":
        return True  # "B. Title", "b) Title": a lettered item
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


def split_title_from_body(text: str) -> tuple[str, str]:
    """Separate a title from the first sentence when both share a line, and then the
    minute's first words from the title's end when they read as the minute's
    ("APOLOGIES Cllr I Henderson", "Minutes of last meeting – accepted as correct")."""
    title, body = title_before_text(text)
    parted = minute_tail(title)
    if parted is None:
        return title, body
    head, tail = parted
    return head, " ".join(filter(None, (tail, body)))


def title_before_text(text: str) -> tuple[str, str]:
    """Separate a title from the first sentence when both share a line.

    "Apologies: Cllr A Edwards sent his apologies." splits at the colon;
    "Apologies for Absence - To receive and accept apologies ..." at the dash, and
    "Public Comment\u2014None" at an em dash set close;
    "CALL TO ORDER The meeting was called" after the capitals; and
    "Declaration of Interest and of any Party Whip Councillor Lynne Duffy declared
    an interest" before "Councillor": the capitalised run that ends at the first
    ordinary lower-case word is the sentence's subject, not the title. A part's label
    ("RESOLVED:") after a title in capitals begins the text.
    """
    if roll := ROLL_OPENING.match(text):
        return roll["label"], text[roll.end() :]
    dashed = CLOSE_DASH.match(text)
    if dashed and looks_like_title(dashed["title"]):
        return dashed["title"], text[dashed.end() :].strip()
    pointed = TITLE_OVER_POINTS.match(text)
    if pointed and looks_like_title(pointed["title"]):
        return pointed["title"], text[pointed.end() :]
    labelled = PART_AFTER_CAPITALS.match(text)
    if labelled:
        return labelled["title"], text[labelled.end("title") :].strip()
    if bracketed := BRACKETED_TITLE.match(text):  # "(Bank Reconciliation) / Reg Pointe - that"
        return bracketed["title"], bracketed["rest"]
    words = text.split()
    if len(words) <= 12 and not re.search(r"[.!?:]\s", text) and not text.endswith("."):
        subject = split_before_subject(text, sentences=False)
        whole = not subject or len(subject[1].split()) < 4 or subject[0].endswith("/")
        return (text, "") if whole else subject  # "KARAKIA / Opening Prayer": two languages
    if is_capitals_line(text) and len(words) <= 20:
        return text, ""
    if words[0] == "To":  # the agenda's long wording, to its full stop: "To invite Members of
        # the Public to address the meeting. No members ..."
        end = STOP_THEN_TEXT.search(text)
        wording = text[: end.start()] if end else text
        parted = split_at_separator(text)  # "To Elect the Chairman – Cllr Wood was ..."
        if parted and len(parted[0]) < len(wording):
            return parted
        if looks_like_title(wording):
            return wording, text[end.end() :] if end else ""
    subject = split_before_subject(text, sentences=False)  # "Interests Councillor Bee declared"
    starts = subject and len(subject[0].split()) <= 15 and subject[1].split()[0] in SUBJECT_STARTERS
    if starts and not re.search(r"[.!?:]\s", subject[0]):  # not "Report: Ann Bee noted ... The"
        return subject
    for split in (split_at_separator, split_at_shouted_sentence, split_after_capitals,
                  split_before_subject):  # fmt: skip
        found = split(text)
        if found:
            return found
    if len(words) <= 20 and not re.search(r"[.!?]\s", text) and not text.endswith("."):
        return text, ""
    if looks_like_title(text):  # a long title in title case ("Confirmation of Minutes of ...")
        return text, ""
    return (text, "") if len(words) <= 15 else ("", text)


def with_credit_in_text(title: str, text: str) -> tuple[str, str]:
    """ "PREVIOUS MINUTES - Moved" / "Councillor Dee, Seconded ...": a motion's credit
    before the subject who moved opens the minute; it is no part of the title."""
    credit = CREDIT_AT_END.search(title)
    if not credit:
        return title, text
    return title[: credit.start()].rstrip(" -\u2013\u2014:"), f"{credit[0].strip()} {text}"


def minute_tail(title: str) -> tuple[str, str] | None:
    """The title and the minute's first words that go on after it on the same line,
    parted at the earliest place after which the words read as the minute's.

    A place is after a separator ("Apologies; Emily Saunders", "Report – on file."),
    at the end of a title in capitals ("DECLARATIONS OF INTEREST None"), or, in a title
    in mixed case, before a person ("Call to Order President Lytle"). The words read as the
    minute's when they are a status, people named after a title of who came or with their
    own title, a motion's credit, a clause with a finite verb ("; passed pending ... being
    attached", or the title said again: "Apologies Apologies were received"), a time
    ("– 6:03 pm") or a minute reference; where nothing separates them, only people
    ("Correspondence Received" and "Attendance Allowance" are titles).
    """
    words = list(re.finditer(r"\S+", title))
    capitals = 0
    while capitals < len(words) and (
        is_capitals(words[capitals][0]) or is_neutral(words[capitals][0])
    ):
        capitals += 1
    for at in range(1, len(words)):
        head = title[: words[at].start()].rstrip()
        dash = words[at][0] in TAIL_DASHES
        if dash and at + 1 == len(words):
            break  # "Report –": nothing after the dash
        separated = head.endswith((";", ":")) or dash
        start = words[at + 1].start() if dash else words[at].start()
        if words[at][0][:1] in "-\u2013" and words[at][0][1:2].isalpha():
            separated, start = True, words[at].start() + 1  # "Resolutions -None"
        head = head.rstrip(" ;:,-\u2013\u2014")
        tail = title[start:].strip()
        kind = "separated" if separated else "capitals" if at == capitals else "plain"
        again, first = words[at][0], words[0][0]
        if (
            kind == "plain"
            and again[:1].isupper()
            and again.lower() == first.lower() not in FUNCTION_WORDS
        ):
            kind = "repeated"  # "Apologies for Absence Apologies for absence were received"
        if head and tail and reads_as_minute(head, tail, kind) and looks_like_title(head):
            return head, tail
    return None


def reads_as_minute(head: str, tail: str, kind: str) -> bool:
    """Whether the words after a title are the minute's (see minute_tail)."""
    words = tail.split()
    first = words[0].strip(",.;:")
    if is_status(words):
        return kind != "plain"  # "Correspondence Received", "Approved Premises": titles
    before = head.split()[-1].lower()
    if before in FUNCTION_WORDS or before in TITLE_CONNECTIVES or before in OFFICE_PREFIXES:
        return False  # "Question from Councillor Bee", "Election of Vice President Bee"
    named = first[:1].isupper() and first.lower() not in FUNCTION_WORDS  # not "... FOR ABSENCE"
    listed = kind != "plain" or any(mark in " ".join(words[:5]) for mark in ",(")
    # "APPROVAL OF MINUTES MOVED BY ANN 2ND CARL", not "Notice of Motion Proposed by ..."
    motion = opens_a_motion(tail) and (kind != "plain" or tail.isupper())
    if names_people(tail) or (ROLL_LABEL.match(head) and named and listed) or motion:
        return True  # not "Attendance Allowance Review"
    if kind == "plain":
        return False
    opens = first[:1].islower() or kind == "repeated"  # the title said again as it opens
    clause = opens and bool(TAIL_VERB.search(" ".join(words[:6])))
    time_or_reference = TAIL_TIME.match(tail) or TAIL_REFERENCE.match(tail)  # "\u2013 7:04 pm"
    return clause or (kind == "separated" and bool(time_or_reference))


def is_status(words: list[str]) -> bool:
    """ "None", "None \u2013 all present", "accepted as correct", "on file.": a status, its
    few words after it in lower case (not "Approved Premises Policy")."""
    return (
        len(words) <= MAX_STATUS_WORDS
        and bool(STATUS_TAIL.match(" ".join(words)))
        and not any(word[:1].isupper() for word in words[1:])
    )


def opens_a_motion(text: str) -> bool:
    """ "MOVED BY ANN 2ND CARL", "Moved: Cllr Bee", "(M/S/C) Cole/Dunn", "MOTION: Bee/Dee":
    a motion's credit; not "MOTION - ITEM 28 APRIL MEETING", the rest of a title."""
    opening = text.lstrip("(")
    return bool(MOTION_LINE.match(opening) or MOTION_CREDIT.match(opening))


def names_people(text: str) -> bool:
    """ "Cllr I Henderson", "Mayor D E Flint", "Councillors Baird, Callan": a person's
    title, then a name (not "Mayor's Report", nor "President Report")."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0].rstrip(".") in PEOPLE_TITLES
        and words[1][:1].isupper()
        and words[1].lower().strip(",.") not in TITLE_NOUNS
    )


def split_at_separator(text: str) -> tuple[str, str] | None:
    """ "Title: text" or "Title - Text of the minute." when the left side is a title
    ("Councillor Bee: Sales Boards" is one title: a member's motion or question)."""
    for separator in (COLON, SEPARATOR):  # "Woodland Plan - Lea Park: decide on quotes"
        match = separator.search(text)
        if match and (found := separated_at(text, match)):
            return found
    return None


def separated_at(text: str, match: re.Match) -> tuple[str, str] | None:
    title, rest = text[: match.start()].strip(), text[match.end() :].strip()
    credit = CREDIT_AT_END.search(title)  # "Election of Deputy Mayor Proposed by: Cllr Bee"
    if credit and ":" in match.group(0) and credit.start() > 0:
        title, rest = title[: credit.start()], f"{credit[0].strip()}: {rest}"
    if re.fullmatch(rf"{NUMBER_WORD}\d{{1,3}}", title, re.IGNORECASE):
        return None  # "Agenda Item 1: Record of those Present": a marker, not the title
    if HONORIFIC.match(title) and not is_sentence(rest):
        return None
    if re.fullmatch(r"[A-Z][a-z]+ed", title):
        return None  # "Submitted – Minutes of the Planning Committee": a status, not a title
    if is_capitals_line(title) and is_capitals(rest.split()[0] if rest else ""):
        return None  # "GENERAL FUND - BUDGET VARIATIONS": the dash is inside the title
    limit = 20 if is_capitals_line(title) else 15
    limit = 40 if title.startswith("To ") else limit  # the agenda's wording: "To Elect the ..."
    if not rest or len(title.split()) > limit or not looks_like_title(title):
        return None
    if not is_sentence(rest) and (":" not in match.group(0) or len(rest.split()) < 4):
        return None
    words = rest.split()
    subtitle = len(words) <= MAX_SUBTITLE_WORDS and is_title_case(words)
    if not is_sentence(rest) and subtitle:
        return None  # "Verbal Reports: Council Representation on External Bodies": a subtitle
    glossed = len(text.split()) <= 16 or title.startswith("To ")  # or the agenda's wording
    if rest[:1].islower() and ":" not in match.group(0) and glossed:
        return None  # "Public Participation - questions at the Chair's discretion": a gloss
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


def split_at_shouted_sentence(text: str) -> tuple[str, str] | None:
    """ "CONFIRMATION OF MINUTES OF MEETING OF 4th June, 2015. Proposed by ...": a title
    in capitals (a date in it need not be) ended by a full stop, then the text."""
    end = re.search(r"(?<=[A-Z\d)])\.\s+(?=[A-Z])", text)
    if not end or not shouts(text[: end.start()]) or len(text[: end.start()].split()) > 25:
        return None
    return text[: end.start()], text[end.end() :]


def split_after_capitals(text: str) -> tuple[str, str] | None:
    """ "PUBLIC PARTICIPATION Peter Smith asked ..." -> the run of capitals is the title.

    Numbers and dashes belong to the run only between words in capitals ("HELD ON 24th
    JUNE 2021 & AGENDA"), not before the title's ordinary words ("BARNS - 2006 - Conversion");
    a number with its sign ends the title as well ("PURCHASE ORDER #0094 Motion by ..."), and
    so do numbers before a motion ("LOCAL LAW NO. 3 OF 2012 Motion by ...").
    """
    words = text.split()
    run = 0
    while run < len(words) and not (run >= 2 and ends_capitals_title(words[run])):
        if is_capitals(words[run]) or (run and SIGNED_NUMBER.fullmatch(words[run])):
            run += 1
            continue
        ahead = run
        while ahead < len(words) and is_neutral(words[ahead]):
            ahead += 1
        if 0 < run < ahead < len(words) and MOTION.match(words[ahead]):
            run = ahead  # "... LOCAL LAW NO. 3 OF 2012 Motion by ...": a motion follows
            break
        if ahead == run or ahead == len(words) or not is_capitals(words[ahead]):
            break
        run = ahead  # "... QUARTER 3 2012/13 RESOLVED:": the numbers end the title
    if run < 2 or run == len(words) or words[run - 1] in ("/", "|"):
        return None  # "NGĀ WHAKAPĀHA / Apologies": a title in two languages goes on
    if not (any(c.islower() for c in words[run]) or ends_capitals_title(words[run])):
        return None
    return " ".join(words[:run]).rstrip(":"), " ".join(words[run:])


def ends_capitals_title(word: str) -> bool:
    """A part's label after a title in capitals ("RESOLVED", "Minutes:"), but not a word
    of the title ("... ADDITIONS TO REGISTER ...", "REPORT OF THE CHAIR")."""
    if word.endswith(":"):
        return is_part_label(word)
    return word.upper() in OUTCOME_LABELS


def is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not is_neutral(word)


def is_neutral(word: str) -> bool:
    """Numbers, ordinals and dashes: neither capitals nor ordinary words."""
    return bool(re.fullmatch(r"\d+(?:[/.-]\d+)*(?:st|nd|rd|th)?[,.:]?|[&\-\u2013\u2014/]", word))


BODY_WORDS = frozenset("board council committee staff commission trust panel team".split())


def body_members(before: str, word: str) -> bool:
    """ "Board Members", "Council Members": one noun, not a title and a sentence's subject."""
    return before in BODY_WORDS and word in ("Members", "Member")


def split_before_subject(text: str, sentences: bool = True) -> tuple[str, str] | None:
    words = text.split()
    first_lower = next(
        (i for i, w in enumerate(words) if w[:1].islower() and w not in TITLE_CONNECTIVES), None
    )
    if first_lower is None:
        return None
    verb = next((i for i in range(first_lower, min(len(words), 16)) if is_reporting(words[i])), 0)
    if verb and (named := before_a_named_subject(words, verb)) is not None:
        return " ".join(words[:named]), " ".join(words[named:])
    start = first_lower
    while start > 0 and (
        words[start - 1][:1].isupper()
        or words[start - 1] in ("of", "the")
        or (words[start - 1] in ("and", "&") and start > 1 and words[start - 2][:1].isupper())
    ):  # "Declarations of Interest Cr Anderson and Cr Vinsen declared ...": both the subject
        start -= 1
    splits = [
        split
        for split in range(max(start, 1), first_lower)
        if subject_at(words, split, first_lower)
    ]
    # "Election of Board Members Miss Bee reported ...": a person is the subject, not "Members"
    split = next((at for at in splits if words[at] in PERSONAL_TITLES), splits[0] if splits else 0)
    if split:
        return " ".join(words[:split]).rstrip(" -\u2013:"), " ".join(words[split:])
    for split in range(first_lower + 1, min(len(words) - 1, 16)):
        # "Minutes of the previous meeting The minutes of February were approved"
        starts = (words[split] in SENTENCE_STARTERS and words[split + 1][:1].islower()) or bool(
            INITIALS_ACTING.match(f"{words[split]} {words[split + 1]}")
        )
        # "... (8 May 2015) The Chair asked ...": "The", someone, then what they did
        acting = words[split] == "The" and split + 2 < len(words) and words[split + 2].islower()
        starts = starts or (acting and words[split + 1][:1].isupper())
        before = words[split - 1].rstrip(",").lower()
        titled = before not in TITLE_CONNECTIVES and before not in OFFICE_PREFIXES
        # "... to all Councillors and members ...", "Having three Board Members present":
        # the words run on inside one phrase, no sentence starts there
        runs_on = before in QUANTIFIERS or before in JOINING_WORDS
        titled = titled and not runs_on and not body_members(before, words[split])
        if starts and titled and leaves_a_title(words[:split]):
            return " ".join(words[:split]), " ".join(words[split:])
    sentence_end = sentences and re.search(rf"(?<=[a-z)]){SENTENCE_END}\s+(?=[A-Z])", text)
    if sentence_end and len(text[: sentence_end.start()].split()) <= 15:
        return text[: sentence_end.start()], text[sentence_end.end() :]
    return None


def before_a_named_subject(words: list[str], verb: int) -> int | None:
    """Where a sentence starts whose subject is a name alone, before a verb of report
    ("Call to Order Forest called the meeting ...", "Treasurer's Report Dave Anderson
    noted ..."): the shortest name (three words at most) that leaves a title ending as
    a title does ("... Report", "... Order", "... Guests")."""
    for length in range(1, MAX_NAME_WORDS + 1):
        start = verb - length
        if start < 1 or not words[start][:1].isupper():
            return None
        head = " ".join(words[:start])
        ends = words[start - 1].lower() in TITLE_ENDS  # not "Call To Order President", "order."
        if ends and is_title_case(words[:start]) and looks_like_title(head):
            return start
    return None


def is_reporting(word: str) -> bool:
    return word.rstrip(",.") in REPORTING_VERBS


def subject_at(words: list[str], split: int, first_lower: int) -> bool:
    """Whether a sentence's subject may start at words[split], in the run of capitalised
    words before the first lower-case one."""
    after_connective = words[split - 1].lower() in TITLE_CONNECTIVES
    # "Welcome AB welcomed everyone": a member's initials then a verb begin the text
    initials = split == first_lower - 1 and bool(INITIALS_ACTING.match(" ".join(words[split:])))
    office = words[split - 1].rstrip(",").lower() in OFFICE_PREFIXES  # "Vice Chairman"
    starter = (words[split] in SENTENCE_STARTERS and not capitalised_to(words, split)) or initials
    return starter and not after_connective and not office and leaves_a_title(words[:split])


def capitalised_to(words: list[str], at: int) -> bool:
    """ "Call To Order ...": "To" in a title's capitals, not the agenda's "To receive ..."."""
    return words[at] == "To" and at + 1 < len(words) and words[at + 1][:1].isupper()


def leaves_a_title(words: list[str]) -> bool:
    """Whether the words before a sentence's subject can be a title: not a lone quantifier
    ("All Councillors present signed ..."), nor cut after a preposition and a figure
    ("Following the recent election with 8 Councillors being elected ...")."""
    last = words[-1].lower()
    if len(words) == 1 and last in QUANTIFIERS:
        return False
    return not (last.isdigit() and len(words) > 1 and words[-2].lower() in FUNCTION_WORDS)


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
                value = own[n] + score[m] - gap_cost(gap) + (SAME_STYLE_BONUS if same else 0)
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
    position: int | None = max(starts, key=lambda n: (score[n], -nodes[n][0]))
    chain = []
    while position is not None:
        chain.append(candidates[nodes[position][0]])
        position = following[position]
    return chain


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
    inside = sum(outline[0].index < c.index for c in chain)
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
        return chain
    listed = {title_words(h.title) for h in chain}
    repeated = sum(any(repeats(title_words(h.title), words) for words in listed) for h in later)
    return later if repeated * 2 >= len(later) else chain


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
    The points of an item numbered "2.0" are never items: it is followed by "3.0"."""
    parent = outline_parent(reading)
    if parent is not None and parent in parents.noughts:
        return False
    if nested:
        return parent is not None and is_titled_point(candidate)
    return parent not in parents.plain


@dataclass(frozen=True)
class Parents:
    """The item numbers printed before a candidate: plain ("2.") and with a nought ("2.0")."""

    plain: frozenset[int]
    noughts: frozenset[int]


def parents_before(candidates: list[HeadingCandidate]) -> list[Parents]:
    """For each candidate, the item numbers printed before it: "2.1" to "2.4" after "2."
    are its points, read only inside the outline, never as a run of their own."""
    plain: set[int] = set()
    noughts: set[int] = set()
    found = []
    for candidate in candidates:
        found.append(Parents(frozenset(plain), frozenset(noughts)))
        if candidate.number.isdigit():
            plain.add(int(candidate.number))
        elif re.fullmatch(r"\d{1,2}\.0", candidate.number):
            noughts.add(int(candidate.number[:-2]))
    return found


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
    if kind == "letter" and reading.running <= 26:  # "A. Opening" then "A 1.", "A2."
        found.append(((("", chr(64 + reading.running), ""), 1, nested), 0))
    if not kind and len(prefix) == 1 and prefix.isupper():  # "A 4." then "B. Business"
        found.append(((("letter", "", ""), ord(prefix) - 63, nested), 0))
    if suffix and not prefix:  # "41/19" then "42a/19": a minute lettered into parts
        parts = ((kind, str(reading.running + step), suffix) for step in (0, 1))
        found += [((style, 1, nested), gap) for gap, style in enumerate(parts)]
    if suffix and prefix.isdigit():  # "41d/19" then "42/19"
        found += [(((kind, "", suffix), int(prefix) + step, nested), step - 1) for step in (1, 2)]
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


def unnumbered_headings(
    lines: list[Line], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """Title lines without numbers (capitals, known business, a short line heading text),
    and headings numbered like reports ("MM21/03 ...") that stand alone among them.

    Nothing above the meeting's date line counts: that is the document's own heading; nor
    above a label that opens the business ("Items of Business"), under which a committee
    system's page has only notes about the meeting ("Hybrid Meeting", "Webcasting").
    """
    start = max(heading_date_line(lines), business_label_line(lines)) + 1
    entries = lines_in_blocks_of_entries(lines)
    coded = {
        c.index: c for c in candidates if c.index >= start and re.match(r"[A-Z]+\d", c.number)
    }  # "MM21/03", not a letter ("L. Wiwcharuk" is an initial)
    headings: list[HeadingCandidate] = []
    weak: list[HeadingCandidate] = []  # "Cemetery: No report" among stronger "Title: text"
    empty: list[HeadingCandidate] = []  # "Supervisor's Report:" with nothing under it
    previous, joined = "", -1
    texts_after = next_texts(lines)
    labelled_rows = has_labelled_rows(lines)
    headed_below = {comparable(line.text): i for i, line in enumerate(lines) if not line.entry}
    for index, line in enumerate(lines):
        text = line.text
        after_marker = ITEM_MARKER.match(previous) is not None
        following = past_bracketed_notes(lines, texts_after[index])
        next_line = lines[following].text if following is not None else ""
        if index == joined:
            pass  # the second line of a heading in capitals, already taken
        elif index in coded:
            headings.append(coded[index])
        elif text and (
            heads_a_row(text, previous, next_line, labelled_rows, index >= start)
            or starts_a_labelled_row(lines, index, following)
        ):
            headings.append(row_heading(index, text))
        elif text and index >= start and minutes_wording_alone(lines, index, previous):
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
            and may_head(headed := over_a_part(text, previous, next_line), after_marker)
        ):
            text = headed
            if following == index + 1 and continues_title(text.rstrip(" :"), next_line):
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
                alone = standing_alone(lines, index)
                if alone and sentence_case_title(text, next_line):
                    evidence.add(1, "a short line alone above a paragraph ('Matters arising')")
                elif alone and label_over_its_text(text, next_line):
                    evidence.add(0.5, "a title and a colon alone above its text")
                elif alone and section_over_headings(text, next_line):
                    evidence.add(0.5, "a title alone above headings in capitals (its sections)")
            if after_marker:
                evidence.add(2, "after an 'Agenda item' marker")
            if attendance_below(previous, text):
                evidence.add(-1.5, "the attendance the label above introduces ('Members present:')")
            elif APOLOGIES_LABEL.match(text.rstrip(" :")) and attendance_resumes(lines, index):
                evidence.add(-1.5, "inside the attendance (names, then 'In Attendance' below)")
            if index in entries:
                evidence.add(-1.5, "one of a block of entries (a masthead, names and posts)")
            if line.entry and headed_below.get(entry_key(text), -1) > index:
                evidence.add(-2, "a contents entry whose title heads a line below (the item's)")
            elif line.entry:
                evidence.add(1, "an entry of a contents table (dot leaders, a page number)")
            starts = opens_paragraph(previous, blank_before=not lines[index - 1].text)
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
            if label and previous.endswith(":") and not is_procedural(label):
                labelled.add(-1.5, "what the line before introduces (it ends with a colon)")
            if label and text.startswith("- ") and not bulleted_label(previous, next_line):
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
            elif evidence.score >= HEADING - STYLE_SHORTFALL and ends_with_a_mark(text):
                title = DANGLING_DASH.sub("", text).rstrip(" :")
                empty.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
        if line.text:
            previous = line.text  # as printed: titled_line() drops a title's full stop
    headings = with_empty_sections(headings, empty, lines)
    if sum(bool(h.body_start) for h in headings) >= MIN_LABEL_STYLE:
        for label in weak:
            label.evidence.add(HEADING - label.evidence.score, "the document's style: Title: text")
        headings = sorted(headings + weak, key=lambda h: h.index)
    headings = without_people_present(without_recurring_lines(headings, lines), lines, start)
    return consistent_labels(consistent_case(headings, lines), lines)


def minutes_wording_alone(lines: list[Line], index: int, previous: str) -> bool:
    """ "To confirm the minutes of the meeting held on 25 November." as a paragraph of its
    own after a minute's text (or first of all): the item on the minutes, its title left out
    of a committee system's page, the agenda's wording standing for it. Under a title
    ("Minutes" / "To confirm ...") the wording is the title's text."""
    if not MINUTES_WORDING.match(lines[index].text) or not standing_alone(lines, index):
        return False
    return not previous or is_body_text(previous)


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
RUN_IN = re.compile(
    r"^(?P<capitals>(?:[A-Z][A-Z'’&/-]+\s+){0,5}[A-Z][A-Z'’&/-]{2,})\s+"  # "BIDS Administrator
    r"(?=(?:[A-Z](?:[a-z][\w.,'’-]*)?\s+){1,6}[a-z])"  # Haley reviewed ...": a title in capitals
    r"|^[A-Z][\w'’&-]*\s+(?:[\w'’&-]+\s+){0,7}"
    r"(?:[A-Z]{2,3}|The|Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr|Members|No|There|It)"
    r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}[a-z]"
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


def is_standing_business(title: str) -> bool:
    """Business every meeting of a board takes, procedural or not: "Old Business", "New
    Business", "Apologies"."""
    return is_procedural(title) or bool(STANDING_BUSINESS.match(title))


def with_empty_sections(
    headings: list[HeadingCandidate], empty: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A title line ending in a colon with nothing under it ("Building Inspector's Report:"
    then the next heading) heads an empty section where the document's headings are
    title lines of that shape, three at least: judged by its neighbours, not alone."""
    shaped = sum(not h.body_start and ends_with_a_mark(lines[h.index].text) for h in headings)
    if not empty or shaped < MIN_LABEL_STYLE:
        return headings
    for heading in empty:
        heading.evidence.add(HEADING - heading.evidence.score, "the document's style: Title:")
    return sorted(headings + empty, key=lambda h: h.index)


def closes_attendance(label: str, rest: str, previous: str) -> bool:
    """ "Apologies: Deputy A Bee; Senator C Dee." straight under who came: the names of
    those who sent apologies end the attendance; no sentence ("... were received") there."""
    said = NOT_IN_TITLES.intersection(word.lower() for word in rest.split())
    return bool(APOLOGIES_LABEL.match(label) and ATTENDANCE_LINE.search(previous) and not said)


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
    line longer than any wrapped one (a paragraph a line), or an outcome or a note closing
    a line ("... Carried", "Fire Board – No Report")."""
    return (
        not previous
        or blank_before
        or previous == "|"  # a table's row ended
        or (previous.endswith(TERMINAL) and not ends_mid_sentence(previous))  # not "... Mr."
        or len(previous) > LONGEST_WRAPPED_LINE
        or bool(OUTCOME_ENDS.search(previous) or reported_nothing(previous))
    )


def reported_nothing(text: str) -> bool:
    """ "Fire Board – No Report": a title's note that ends its paragraph; not a vote's
    "Nay: None", which the paragraph goes on after."""
    note = NOTHING_AT_END.search(text)
    return bool(note) and not is_part_label(text[: note.start()])


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
    if capitals and capitals["capitals"]:
        split = capitals["capitals"], text[capitals.end() :]
    else:
        split = split_before_subject(text, sentences=False)
    if not split or not is_body_text(split[1]):
        return None
    title, rest = with_credit_in_text(*split)
    words = title.split()
    if not 1 <= len(words) <= 8 or not is_title_case(words) or not could_be_title(title):
        return None
    if is_part_label(title) or OUTCOME.match(title):
        return None  # "RESOLVED That ...", "MOTION CARRIED Trustee Bee ..."
    if title in PRESIDING_ROLES or PERSON.match(title):
        return None  # "Mayor Cr Scott opened the meeting", "Mr J A Bee informed ...": a person
    if title.lower() in CLAUSE_OPENERS:
        return None  # "If Members have declared an interest ...": a clause, no title
    return title, rest


def section_over_headings(text: str, next_line: str) -> bool:
    """ "Department Reports" alone, then "POLICE", "HIGHWAY": a short title in title case
    over the headings in capitals of its parts."""
    words = text.split()
    return (
        len(words) <= MAX_SECTION_WORDS
        and not is_capitals_line(text)
        and is_title_case(words)
        and is_capitals_line(next_line)
        and len(next_line.split()) <= MAX_SECTION_WORDS
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


def past_bracketed_notes(lines: list[Line], index: int | None) -> int | None:
    """The first line from `index` that is not a note in brackets between a title and its
    text ("Appointment of Auditor" / "(Mr A Bee attended the meeting)" / "Quotes were
    read ...")."""
    while index is not None and BRACKETED_NOTE.match(lines[index].text):
        index = next_text(lines, index)
    return index


def continues_title(title: str, next_line: str) -> bool:
    """The line straight under a title is the rest of it: "CONFIRMATION" / "OF MINUTES",
    "Acknowledgement" / "of RELIGIOUS DIVERSITY", or a narrow column's two words
    ("NATIONAL" / "ANTHEM"), a word that is no business of its own first."""
    if re.match(r"(?:OF|AND|FOR|TO|THE|FROM|ON|IN|WITH|BY)\s", next_line):
        return is_capitals_line(title)
    if re.match(r"(?:of|and|for)\b", next_line):  # "Acknowledgement" / "of RELIGIOUS DIVERSITY"
        return len(next_line.split()) <= 6 and not next_line.endswith(".")
    if re.match(r"[/&]\s", next_line):  # "APOLOGIES" / "/ leave of absence"
        return len(title.split()) <= 2 and len(next_line.split()) <= 6
    short = narrow_cell_rest(title, next_line)
    hanging = len(title.split()) <= MAX_TITLE_REST_WORDS and len(next_line.split()) == 1
    return (
        is_capitals_line(title)
        and is_capitals_line(next_line)
        and ": " not in title  # "INTRODUCTIONS: NONE": a title and its note, whole
        and (short or hanging)  # "AUDIO RECORDING OF COUNCIL" / "MEETING"
        and not is_procedural(title)
        and not OUTCOME.match(title)  # "CARRIED" / "FINANCE REPORT": a vote, then a title
        and (
            not is_procedural(next_line)
            or is_procedural(f"{title} {next_line}")
            or title.lower() in TITLE_MODIFIERS  # "LATE" / "DELEGATION": no title alone
        )
    )


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


def is_block_of_entries(block: list[str]) -> bool:
    if len(block) < MIN_BLOCK_ENTRIES or any(is_procedural(text) for text in block):
        return False
    capitals = all(is_capitals_line(text) and len(text.split()) <= 8 for text in block)
    return capitals or all(NAME_DASH_ENTRY.match(text) for text in block) or who_came(block)


def who_came(block: list[str]) -> bool:
    """ "PRESENT:" then "- Mayor A. Bee", "- Councillor C. Dee" ..., "ALSO PRESENT:" then
    more bullets: attendance labels and the bulleted names under them."""
    label = next((i for i, text in enumerate(block) if ATTENDANCE_LABEL.search(text)), None)
    entries = block[label + 1 :] if label is not None else []
    return len(entries) >= MIN_BLOCK_ENTRIES and all(
        text.startswith(("- ", "\u2022 ")) or ATTENDANCE_LABEL.search(text) for text in entries
    )


def standing_alone(lines: list[Line], index: int) -> bool:
    """A blank line above and below: a paragraph of one line."""
    above = index == 0 or not lines[index - 1].text
    below = index + 1 >= len(lines) or not lines[index + 1].text
    return above and below


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
        and (
            next_line.endswith(":")
            or bool(NUMBERED_LINE.match(next_line))
            or bool(AMOUNT_FIRST.match(next_line))
        )
    )


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


def may_head(text: str, after_marker: bool) -> bool:
    """The cheap test before weighing a line's evidence: a title's shape, a "Title: text"
    opening, or the line after an "Agenda item" marker (most lines are running text)."""
    if ITEM_MARKER.match(text):
        return False
    if after_marker or could_be_title(cell_text(text)):
        return True
    opening = text[:80]
    if any(mark in opening for mark in OPENING_MARKS) and opening_title(text.removeprefix("- ")):
        return True  # "Title: text", "TITLE – Text", "Title. Text"
    return bool(RUN_IN.match(text) or TIMED_TITLE.match(text))


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


def has_labelled_rows(lines: list[Line]) -> bool:
    """A table whose rows end at a "|" alone on its line and open their minutes with a
    label ("Minutes: The draft minutes were noted. |"), a few times over."""
    texts = [line.text for line in lines]
    return sum(map(row_part, texts)) >= MIN_LABELLED_ROWS and "|" in texts


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
    if len(title.split()) > MAX_ROW_TITLE_WORDS and (known := known_business_first(title)):
        title, wording = known[0], f"{known[1]} {wording}".strip()
    return HeadingCandidate(index, "", title.rstrip(" .:"), wording, 1, evidence=evidence)


def known_business_first(text: str) -> tuple[str, str] | None:
    """(title, text) of known business run into a sentence that starts with a capital
    ("Declarations of interest All Members who believe ..."): the shortest such opening
    (not one cut before a month, "... held on 13 January")."""
    words = text.split()
    for end in range(1, min(len(words) - 1, MAX_ROW_TITLE_WORDS)):
        head, following = " ".join(words[:end]), words[end]
        sentence = following[:1].isupper() and following.lower().strip(",.") not in MONTHS
        if sentence and is_procedural(head):
            return head, " ".join(words[end:])
    return None


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
    ("Treasurer", "Clerk's Report") are titles still."""
    opening = " ".join(
        line.text
        for i, line in enumerate(lines[: start + HEADING_LINES])
        if i < start or ATTENDANCE_LINE.search(line.text)
    )
    if not opening:
        return headings
    return [h for h in headings if not names_someone_present(h.title, opening)]


def names_someone_present(title: str, opening: str) -> bool:
    words = title.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if is_procedural(title) or ROLE_WORDS.search(title) or is_capitals_line(title):
        return False
    return re.search(rf"\b{re.escape(title)}\b", opening) is not None


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


def numbered_above(lines: list[Line], heading: HeadingCandidate) -> bool:
    above = previous_text(lines, heading.index)
    number = NUMBERED_LINE.match(lines[above].text) if above is not None else None
    return bool(number) and not (number["title"] or number["glued"])


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
    # "MINUTES OF THE ANNUAL MEETING OF ST MARY'S" / "CHURCH, KELVEDON held on 17th April ..."
    held = held or (
        shouts(previous)
        and bool(MEETING_WORD.search(previous))
        and " held " in f" {text} "
        and not MEETING_WORD.search(text)
    )
    return bool(opens or held or not is_body_text(text) or shouted_before_date(text))


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
            if DIGIT.search(line.text) and not line.entry and is_heading_date(line.text, previous):
                found = index
            elif found >= 0 and previous == lines[found].text and names_a_meeting(line.text):
                found = index  # "December 12, 2019 Minutes" / "Fire District Board Meeting"
            elif found >= 0 and previous == lines[found].text and DOCUMENT_WORD.match(line.text):
                found = index  # "28 September 2021" / "Minutes"
            elif found >= 0 and previous == lines[found].text and VENUE_LINE.search(line.text):
                found = index  # "MONDAY, JULY 23, 2012" / "COMMITTEE MEETING ROOM" / "530 KING ST"
            elif held_at_the_end(line.text):
                pass  # "Minutes of the Parish Council Meeting held on" / its date below
            elif is_body_text(line.text) and (found >= 0 or opens_business(previous)):
                break  # running text: the heading has ended (a later date is a page's header)
            previous = line.text
    if found >= 0 or attendance <= 0:
        return found
    before = previous_text(lines, attendance)  # "ROLL CALL" / "Present were ...": business
    return (
        attendance - 1 if before is None or not opens_business(lines[before].text) else before - 1
    )


def says_meeting_held(text: str) -> bool:
    """ "Minutes of the meeting held on ...": the word "meeting" or "minutes", then "held".
    Two searches, not one pattern with ".*" between the words, which would scan the rest of
    a long line again from every "meeting" in it."""
    meeting = MEETING_WORD.search(text)
    return bool(meeting and HELD.search(text, meeting.end()))


def held_at_the_end(text: str) -> bool:
    """ "Minutes of the Parish Council Meeting held on": the date follows on the next line."""
    held = HELD_AT_END.search(text)
    return bool(held and MEETING_WORD.search(text, 0, held.start()))


def opens_business(text: str) -> bool:
    """A heading of the meeting's first business ("CALL TO ORDER", "Apologies")."""
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


def rejoin_wrapped_title(item: RawItem, width: int | None) -> None:
    """A long title that wrapped: "... to provide hotel" / "and village shop and ...".

    The next line must plainly continue it (it starts in lower case); once it has, a
    last short line that ran on from the margin ("Factory, North Street for Homes")
    joins too.
    """
    last = ""  # the line last joined on, once one has been
    for _ in range(3):
        following = next((t for t in item.lines if t), "")
        if cut_after_connective(item, following) or label_rest_below(item, width):
            continue
        run_on = item.number and item.lines and following == item.lines[0]
        if run_on and capitals_run_on(item.title, following):
            item.title = f"{item.title} {following}"  # "4. APPROVAL OF" / "MINUTES": no gap
            item.lines.remove(following)
            continue
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
            or len(following.split()) > MAX_TITLE_REST_WORDS
            or ends_with_a_mark(following)  # "Presidents Report –" / "Arbitration summary –"
        )
        if not (plainly or ran_on or date or capitals or hanging):
            return
        item.title = join_two(item.title, following)  # "Redevelop-" / "ment ...": whole
        item.lines.remove(following)
        last = following


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
    label = rest["rest"]
    if is_part_label(label) or ATTENDANCE_LABEL.search(label) or is_attendee_entry(label):
        return False
    if MOTION.match(label) or item.title.endswith("."):
        return False  # "Motion By: Commissioner Lee" under a title that ended its sentence
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
