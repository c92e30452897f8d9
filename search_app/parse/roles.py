"""What each line of minutes looks like, as evidence for the segmenter's choices.

A person sees structure in minutes from a few features of each line: a number at its
start and its shape, capitals, a trailing colon or a "Label: text" opening, its length,
whether running text follows, and where it stands (after "RESOLVED that the Committee:",
under "Speakers", in a run of numbered lines with nothing between them, which is a
contents table). Here each feature adds or takes away evidence that a line heads an
item, with the reason; the segmenter (segment.py) judges every scheme by the evidence
of the headings it uses, and `minutes-search parse --explain` prints the reasons.

Nothing here names a council or a document: the features are those of minutes in
general, so they hold for minutes nobody has seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search_app.parse.lexicon import is_a_known_word
from search_app.parse.lines import (
    AMOUNT,
    JOINING_WORDS,
    TERMINAL,
    breaks_off_in_a_name,
    ends_mid_sentence,
    is_capitals_line,
    text_cache,
)
from search_app.parse.numbering import NUMBERED_LINE
from search_app.parse.procedural import is_procedural, is_standing_business
from search_app.parse.speakers import REPORTING_VERBS

ONLY_A_DATE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}\.?$",
    re.IGNORECASE,
)
# A line ending in a post someone holds, as a list of who attended prints them beside
# their names; not a report's title ("Clerk's Report", "Treasurer").
POST_AT_END = re.compile(
    r"\b(?:officer|manager|director|leader|counsel|co-?ordinator|administrator|engineer|"
    r"assistant|superintendent|attorney|solicitor|specialist|consultant|supervisor|inspector|"
    r"analyst|advis[eo]r|planner|accountant)\s*$|^(?:mgr|dir|asst)\.,?\s",
    re.IGNORECASE,
)
# ... after a person's name and a comma: "Pam Bee, Board Support Specialist"
NAME_BEFORE_POST = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+,\s+[A-Z]")
# ... or an office a member holds, after the name: "Cy Dee, Deputy Mayor", "Ann Bee, Councilor"
OFFICE_AT_END = re.compile(
    r"\b(?:mayor|reeve|councill?or|alderman|clerk|chair(?:man|person|woman)?|president|"
    r"trustee|treasurer|secretary|commissioner)\s*$",
    re.IGNORECASE,
)
DANGLING_DASH = re.compile(r"\s+[-\u2013\u2014]$")  # "Presidents Report –": a title's mark
MAX_POST_WORDS = 4
MONTH_NAMES = tuple(
    "January February March April May June July August September October November December".split()
)
MONTHS = frozenset(name.lower() for name in MONTH_NAMES) | frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
BRACKETED = re.compile(r"\([^)]*\)")  # a note in brackets: "CONSENT AGENDA (Gifts)"
TITLE_CONNECTIVES = frozenset("a an and any for from in of on or the to with & - \u2013".split())
# Words that begin the first sentence of an item when title and text share a line.
SENTENCE_STARTERS = frozenset(
    "Councillor Councillors Cllr Cllrs Cr Crs Mr Mrs Ms Miss Dr Professor Sir Dame Detective "
    "The A An It There Members Member Apologies No None All This These He She His Her They We "
    "In Following "
    "Resolved RESOLVED Agreed AGREED Noted NOTED Officers Consideration To That "
    "PC Sgt Sergeant Inspector Chairperson Chairman Chairwoman Deputy Mayor Member Trustee "
    "Commissioner Alderman Supervisor President Resolution".split()
)
# Words of a sentence, not of a title: "The Director advised that ..."
NOT_IN_TITLES = frozenset("that was were had has have is are will would been which who".split())
MAX_STOPPED_HEADING_WORDS = 8  # "PRESENTATION OF PETITIONS, COMMUNICATIONS, AND BILLS."
MAX_SUBJECT_WORDS = 4  # words of one subject a heading lists ("FINANCIAL REPORTS, BILLS, AND ...")
# What a cover sheet or a table header says beside a number: "Agenda No 5 Item".
NOT_TITLES = frozenset({"item", "items", "no", "page", "agenda item", "item no", "agenda no"})
# "5 For, 0 Against, 1 Abstention" is a vote, not item 5.
VOTE_COUNT = re.compile(r"^(?:for|against|abstentions?|in favour)\b[\s,:]", re.IGNORECASE)
# ... or a vote's label alone, a tally's count beside it: "YEA(s)", "NAYS:", "Against"
VOTE_LABEL = re.compile(
    r"^(?:ayes?|yeas?|nays?|noes|for|against|abstain(?:ed|s)?|abstentions?)(?:\(s\))?:?$",
    re.IGNORECASE,
)
NAMED_FIGURE = re.compile(r"[A-Z]{2,4}\s\d{1,3}")  # "GAA 5" before "Star Flag"
DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
# "DOV/22/01320", "18/02231/FUL"; "Unit #1301": the number a thing goes by
CASE_REFERENCE = re.compile(r"\S*[A-Z\d]/\d+/\S*|#\d+\b")
# ... not a body the business is put to ("PRESENTATIONS/DELEGATIONS TO THE BOARD")
BODY_NAME_END = re.compile(
    r"\b(?<!\bTO\s)(?<!\bTO\sTHE\s)(?<!\bBEFORE\s)(?<!\bBEFORE\sTHE\s)"
    r"(?:COUNCIL|COMMISSION|BOARD|AUTHORITY|COMMITTEE|MUNICIPALITY)(?:\s+MEETING)?$"
)
NOTHING = (
    r"(?:none|nil|n/a|no report|nothing to report"
    r"|no (?:new |old |other |further )?(?:business|correspondence|questions|reports?))\.?$"
)
NOTHING_TO_REPORT = re.compile(rf"^{NOTHING}", re.I)
NOTHING_AT_END = re.compile(rf"[-\u2013\u2014:]\s*{NOTHING}", re.I)  # "Fire Board – No Report"
NAME_WITH_INITIALS = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}\s+\([A-Z]{2,4}\)$")
# "Henry H. Bradby, Vice-Chairman", "Robert C. Claud, Sr.": a name with a middle initial,
# alone or with its post; an attendance list's entry, never a title.
NAME_WITH_MIDDLE_INITIAL = re.compile(
    r"^[A-Z][a-z]+\s+[A-Z]\.\s*[A-Z][a-z'\u2019-]+(?:,\s*(?:Jr|Sr|II|III)\.?)?"
    r"(?:,\s*(?P<post>[^,]{2,60}))?$"
)
FINANCIAL_YEAR = re.compile(r"\b(?:19|20)\d\d[/-](?:\d\d|(?:19|20)\d\d)\b")  # "2020/21"
NUMERIC_DATE = re.compile(r"\b\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})\b")  # "2-19-08"
# A name then a verb in the past: "Carl requested adding ...", "Dave Garner made a motion".
SOMEONE_ACTING = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,3})\s+(?:[a-z]+ed|made|gave|said)\b"
)  # and a member's initials: "CD counted the votes"
# A line about another meeting ("Minutes of the previous meeting held on 17th July").
THIS_MEETING = re.compile(
    r"^(?:(?:agreed|draft|approved|confirmed|unconfirmed)\s+)?(?:minutes|report)\s+(?:of|from)\s+"
    r"(?:the\s+|a\s+)?(?:[\w&'\u2019-]+\s+){0,8}meeting:?"
    # ... a stamp in brackets after it: "Minutes of the meeting (draft)"
    r"(?:\s+\((?:draft|unapproved|unconfirmed|approved|confirmed|final)\))?$",
    re.IGNORECASE,
)
# ... "Regular Meeting Minutes", "Meeting Minutes - ZBA" (the body's letters after a dash)
MINUTES_LAST = re.compile(
    r"^(?:[\w&'\u2019-]+\s+){0,4}meeting\s+minutes(?:\s+[-\u2013]\s+[A-Z]{2,6})?$", re.IGNORECASE
)
# ... "MINUTES OF A REGULAR MEETING OF THE EAGAN CITY COUNCIL": the meeting, then its body
MEETING_OF_BODY = re.compile(
    r"^(?:(?:agreed|draft|approved|confirmed|unconfirmed)\s+)?minutes\s+(?:of|from)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w&'\u2019-]+\s+){0,4}meeting\s+of\s+(?:the\s+)?(?:[\w&'\u2019.-]+\s+){0,6}"
    r"(?:council|committee|board|commission|authority|trust|panel|cabinet|trustees|"
    r"supervisors|commissioners|selectboard|assembly)$",
    re.IGNORECASE,
)
# ... "Unofficial Minutes of the Board of Trustees": minutes not yet approved are this document
DRAFT_MINUTES = re.compile(r"^(?:unofficial|draft|unapproved|unconfirmed)\s+minutes\b", re.I)
# ... "September Monthly Meeting", "March Regular Meeting": the month's meeting, this one
MONTHS_MEETING = re.compile(
    rf"^(?:{'|'.join(MONTH_NAMES)})\s+(?:(?:regular|monthly|special|annual|ordinary)\s+)?"
    r"meeting$",
    re.IGNORECASE,
)
ANOTHER_MEETING = re.compile(  # ... "last year's meeting", "next month's meetings"
    r"\b(?:previous|last|prior|next)\s+(?:\w+['\u2019]s\s+)?meetings?\b", re.IGNORECASE
)
LETTERED_POINT = re.compile(
    r"^\(?[a-z]\)\s|^[a-z]\.\s+[A-Z]"
)  # "a) The ...", "(b) ...", "c. The ..."
# A kind of business whose subject follows its colon: "Discussion: Future of the Society",
# "PUBLIC HEARING: Vacation of Right-of-Way": the title is both.
BUSINESS_KIND = re.compile(
    r"(?:public\s+)?(?:discussion|presentation|hearing|consideration|update|review|proposal|"
    r"request|workshop|action\s+item|recognition|proclamation)",  # one: "Presentations:" lists
    re.IGNORECASE,
)
MAX_KIND_SUBJECT_WORDS = 12
LEDGER_ENTRY = re.compile(rf"\s{AMOUNT}$")  # a payee and the sum paid, one a line
# A member's name and vote in a roll call: "Flick \u2013 Aye; Mr. Adams ...", "Trustee Dee: absent"
ROLL_CALL_ENTRY = re.compile(
    r"^(?:\S+\s+){0,2}\S+\s*[-\u2013\u2014:]\s*(?:aye|nay|yea|abstain(?:ed)?|absent)\b\s*(?:[;,.]|$)",
    re.IGNORECASE,
)
# The labels of the meeting's own facts; a title ending with a colon ("Finance Report :")
# is not one of them.
VALUE_LABEL = re.compile(
    r"^(?:(?:meeting\s+|start\s+|finish\s+)?(?:date|time|venue|location|place))\s*:\s*$", re.I
)
MEETING_LABEL = re.compile(
    r"^(?:present|in attendance|also present|absent|regrets|venue|time|date|location|place|contact|"
    r"(?:meeting|start|finish)\s+(?:date|time|venue))\b"
    r"|\b(?:present|attendance|absent)\s*:?$",
    re.IGNORECASE,
)
# The document's own title: "Minutes", "DRAFT MINUTES".
MINUTES_ALONE = re.compile(
    r"^(?:(?:draft|approved|unapproved|confirmed|unconfirmed)\s+)?minutes:?$", re.IGNORECASE
)
# A committee system's page title: "Agenda and draft minutes", "Agenda, decisions and minutes"
PAGE_OF_MINUTES = re.compile(
    r"^agenda(?:,\s*decisions)?\s+and\s+(?:(?:draft|approved|unconfirmed)\s+)?"
    r"(?:minutes|decisions)$",
    re.IGNORECASE,
)
APOLOGIES_LABEL = re.compile(r"^apolog(?:y|ies)$", re.IGNORECASE)  # names after who came
# ... or the apologies' heading ("Apologies for absence", its colon stripped), with its
# names below it ("Jo Bee, Cy Dee"), each name's words capitalised, no more than a few
APOLOGIES_HEADING = re.compile(r"^apolog(?:y|ies)(?:\s+for\s+absence)?$", re.IGNORECASE)
NAMES_ALONE = re.compile(
    r"^[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}(?:\s*[,&]\s*[A-Z].*)?$"
)
ATTENDANCE_LABEL = re.compile(
    r"^(?:present|in attendance|also present|absent|absentees?|attendees|attending|"
    r"unable\s+to\s+attend|excused)\b"
    r"|\b(?<!non-)(?:present|attendance|absent|attendees|attending|excused):?$"  # not "non-..."
    r"|\battended\s+by:?$"
    # not "Staff Pension Scheme"; "STAFF (Council Chambers):", "OFFICER", "Officials:"
    r"|^(?:staff|officers?|officials)(?:\s*\([^)]{1,40}\))?\s*(?::|$)"
    r"|^others\s+in\s+attendance\b|^in\s+the\s+chair\b"  # "In the Chair: Alderman A Bee"
    # the public who came to watch ("GALLERY Mr Ann Bee ...", "Gallery (Electronically):")
    r"|^(?:public\s+)?gallery(?:\s*\([^)]{1,40}\))?\s*:?$"
    r"|^(?:press|media)\s*:?$"  # ... and the press: "PRESS" over the papers that came
    r"|^(?:council\s?members|councillors|cllrs|aldermen|commissioners|trustees)\s*:?$"  # who came
    r"|^minutes?\s+(?:taken|recorded)\s+by\b|^minute[- ]?taker\b"
    r"|^(?:hefyd\s+yn\s+)?(?:presennol|bresennol)\b",  # Welsh: present, also present
    re.IGNORECASE,
)
# Labels of a part of an item or of the meeting, never an item's title: "Moved:", "Vote:".
PART_LABEL = re.compile(
    r"^(?:moved|seconded|second|motion|vote|votes|ayes?|nays?|noes|yes|no|yeas?|carried|resolved|agreed|"
    r"decided|penderfynwyd|cytunwyd|"  # Welsh: resolved, agreed
    r"voting(?:\s+(?:aye|ayes|yea|yes|nay|nays|no|against|for))?|(?:roll\s+call|voice)\s+vote|"
    r"decision|decisions|action|actions|note|notes|present|absent|time|date|posted|"
    r"venue|location|place|chair|chairman|chairperson|cathaoirleach|clerk|secretary|attendees|"
    r"attendance|"
    r"staff|guests|recorder|in attendance|also present|by|from|to|re|subject|cc|result|"
    r"outcome|response|answer|question|reply|owner|deadline|cost|status|purpose|background|"
    r"summary|recommendations?|resolution|proposed|proposer|proposals?|seconder|abstain(?:ed|s|ing)?|abstentions?|"
    r"attachments?|(?:supporting\s+|additional\s+)?documents|enclosures?|"  # an item's files
    r"for|against|in\s+favou?r|opposed|"  # a division: "FOR: ...", "AGAINST: Nil"
    r"(?:please\s+)?note|notice|"
    r"vote\s+on\s+the\s+\w+)$",  # "Vote on the motion: Ms. Aldana, yes; ..."
    re.IGNORECASE,
)
# A vote's tally: "Ayes: Bee, Dee. Nays: None.", "Alderwoman Bee, yes; Alderman Dee, no".
TALLY_OPENING = re.compile(
    r"^(?:ayes?|yeas?|nays?|noes)\s*[:\u2013-]"
    r"|^[A-Z][\w.'\u2019 -]{2,40},\s*(?:yes|no|aye|nay|yea)\b",  # "Alderwoman Bee, yes; ..."
    re.IGNORECASE,
)
# A line that only stamps the minutes or the clock, or heads their contents, or names the
# kind of record they are: "Unapproved", "DRAFT", "AT 1.06 PM", "Commencing 10.00 am",
# "CONTENTS", "SUMMARY ACTION", "Action Minutes".
BLANK_TO_FILL = re.compile(r"\.{4}|_{4}|\u2026{3}")  # the dots a contents line's leaders lose
STAMP = re.compile(
    r"^(?:(?:at|commencing|starting|time)\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?$"
    r"|^(?:un)?(?:approved|confirmed)$|^draft$|^(?:table of )?contents$|^agenda$"
    r"|^.*\btable\s+of\s+contents$"  # "GENERAL MEETING MINUTES TABLE OF CONTENTS"
    # ... and a contents table's header row: "ITEM SUBJECT PAGE", "No Item Decisions"
    r"|^(?=.*\b(?:page|subject|decisions?|no)\b)(?:(?:items?|no\.?|number|subject|pages?|title|"
    r"decisions?|minute|ref\.?|description|report)(?:\s+|$)){2,}$"
    r"|^summary\s+(?:of\s+)?actions?(?:\s+minutes)?$|^actions?\s+(?:summary|minutes)$"
    # ... and in French: "CONFIRMÉ", "PROCÈS-VERBAL 49", "ORDRE DU JOUR"
    r"|^(?:non\s+)?(?:approuv|confirm)[ée]e?s?$|^proc[èe]s[-\s]verbal(?:\s+n?o?\.?\s*\d+)?$"
    r"|^ordre\s+du\s+jour$",
    re.IGNORECASE,
)
# A body's name in French, its kind first: "CONSEIL MUNICIPAL DE BELLERIVE", "COMITÉ DES FINANCES".
BODY_NAME_FIRST = re.compile(
    r"^(?:CONSEIL|COMIT[ÉE]|COMMISSION)\s+(?:MUNICIPAL|R[ÉE]GIONAL|DE|DES|DU|D['\u2019])"
)
# An outcome in capitals or not, never a title: "THE MOTION CARRIED.", "Carried unanimously".
OUTCOME = re.compile(
    r"^(?:and\s+|the\s+)?(?:motion\s+|meeting\s+)?(?:was\s+)?"
    # "Adjourned at 9:10"
    r"(?:carried|passed|failed|lost|defeated|agreed|adopted|accepted|adjourned)\b"
    r"(?:\s+unanimously)?(?:\s+\(?\d{1,2}\s*[-\u2013]\s*\d{1,2}\)?)?\.?$"  # "... (8-0)."
    r"|^(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed|failed|lost)\b"
    r"|^so\s+(?:moved|ordered)\.?$|^unanimously\.?$",  # "CARRIED" / "UNANIMOUSLY": broken off
    re.IGNORECASE,
)
# An outcome in capitals closing one entry, then the next one's reference: "... Applicants:
# Mr Ann Bee. APPROVED 12/01098/B: Alterations to ...".
OUTCOME_THEN_REFERENCE = re.compile(
    r"^(?:APPROVED|REFUSED|GRANTED|DEFERRED|WITHDRAWN|NOTED|CARRIED|AGREED)\s+(?:\d+\s+)?"
    r"[A-Z]{0,4}\d[\w/.-]*$"
)
RESOLVED_FIRST = re.compile(r"^(?:unanimously\s+)?resolved\b", re.IGNORECASE)
HYPHENATED_END = re.compile(r"[a-z]-$")  # a word broken at the end of the line
PART_NUMBER = re.compile(r"\s+(?:no\.?\s*|#\s*)?\d[\d/.-]*$", re.IGNORECASE)  # "RESOLUTION 12"
VOTE_RECORDED = re.compile(
    r"^(?:vot(?:e|es|ing)|ayes?|nays?|noes)\s*[-\u2013\u2014]\s", re.IGNORECASE
)
NUMBERED_ACTION = re.compile(r"^\w+\s+action\s+(?:no\.?\s*)?\d[\d/.-]*$", re.IGNORECASE)
# "Council resolution", "Officer recommendation": a body's decision or advice, one or two
# words before it.
PART_OF_ITEM = re.compile(
    r"^(?:\w+\s+){1,2}(?:resolution|decision|recommendations?|motion)$", re.IGNORECASE
)
# ModernGov's labels of an item's parts: "Minutes:", "Decision:" (a title "MINUTES" is not).
ITEM_PART = re.compile(r"^(?:Minutes|Decisions?)\s*:$")  # "MINUTES:" in capitals is a title
# "Moved by Councillor Bee, seconded by ...": a motion inside an item, not a title.
MOTION = re.compile(
    r"^(?:moved|seconded|motion)\b"
    # "Proposed: Cllr Bee", "Proposed by ...", "Proposed Cllr Bee, seconded ...": a credit;
    # "PROPOSED RIVERSIDE HOUSING SCHEME", "Proposed Budget 2024": a title
    r"|^proposed(?:\s*(?:[:\u2013-]|by\b(?!-)|$)|\s+(?:cllr|councillor|cr|mr|mrs|ms|dr)\b"
    r"|\s+[A-Z]\.?\s|\s+(?:that|and)\b|(?=.*\bseconded\b))",  # "Proposed J Bee", "Proposed that"
    re.IGNORECASE,
)
# ... but a motion's business in capitals alone on its line is a title: "MOTION TO APPROVE
# AGENDA" over "2011/49 MOTION by ...".
# ... or its mover named anywhere in the line: "VOICE VOTE ON AGENDA APPROVAL MOTION MADE BY
# MEMBER BEE AND SUPPORTED BY MEMBER DEE:"
MOVER_NAMED = re.compile(
    r"\b(?:motion\s+(?:was\s+)?made|moved|seconded|supported)\s+by\b", re.IGNORECASE
)
MOTION_TITLE = re.compile(r"^MOTION\s+TO\s+[A-Z]+(?:\s+[A-Z&'/-]+){0,6}$")
# A line that introduces a list: the numbered lines after it are its entries, not items.
LIST_ENDINGS = (":", ":-", ";", "\u2013", "\u2014")  # "Correspondence received;" too
# A decision's label alone, its parts below: "RESOLVED:", "RESOLVED: (Unanimous)", "THAT:".
RESOLUTION_LABEL = re.compile(
    r"^(?:unanimously\s+)?(?:resolved|agreed|decided|decision|recommended|recommendation|that)"
    r"\s*(?:\([^)]{0,30}\)\s*)?:\s*(?:\([^)]{0,30}\))?\s*$",
    re.IGNORECASE,
)
# ... or alone, its resolution below: "RESOLVED", "Decision", never a title however printed.
DECISION_ALONE = re.compile(
    r"^(?:resolved|resolution|agreed|decided|decision)\s*:?$", re.IGNORECASE
)
SPEAKERS_LIST = re.compile(r"(?:list of )?(?:public )?speakers?\b", re.IGNORECASE)
STREET = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    r"terrace|crescent|close|highway|hwy|parkway|pkwy)\.?(?:\s+(?:[NS][EW]?|[EW]|north|south|"
    # ... then a note ("1 Mill Street (5:00 p.m.)"), or the town after a comma, a bullet or a
    # bar ("1 Mill Street \u2022 Elmvale, CA": a letterhead's parts set apart)
    r"east|west))?\.?(?:\s*\([^()]*\))?(?:\s*[,\u2022\u00b7|].*)?$",
    re.IGNORECASE,
)
# An address: "4410 County Road 9, Marlow, MN 55000", "12 High Street, Elm EL1 2AB".
POSTAL_ADDRESS = re.compile(
    r"^\d+[A-Za-z]?\s+.*\b(?:street|st|road|rd|avenue|ave|lane|drive|way|boulevard|court|"
    r"crescent|close|highway)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b",
    re.IGNORECASE,
)
MAX_LISTED_NAME_WORDS = 4  # "Nicholas F. O'Brien Jr"
SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # not after an initial ("F. Bee")
# A title that opens with the address it is about: "412 Elm Court - Fence variation".
ADDRESS_FIRST = re.compile(
    r"^\d{1,5}[A-Z]?\s+(?:[NSEW]\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|"
    r"Terrace|Crescent|Close|Highway|Hwy|Parkway|Pkwy|Circle|Trail)\b"
)
# "Approval of Minutes: Ms Kay moved ...", "Fabric : Bernard said ...": a paragraph that
# opens with its title and a colon.
# "CALL TO ORDER – President Bee called ...", "PUBLIC COMMENT – VOTING ITEMS ONLY – There
# was none": a title in capitals and its text, a dash between.
DASHED_CAPITALS = re.compile(
    r"^(?P<label>[A-Z][A-Z0-9&'\u2019/(), \u2013-]{2,100}?)(?<=\S)\s*[-\u2013\u2014\u2022]\s+"
    r"(?P<rest>(?:\(?\d{1,2}\)\s+)?[A-Z][a-z].*)$"  # "PUBLIC COMMENT – 1) Ann Bee, ..."
)  # ... or its first point's bullet, the list flattened into it: "LEGAL ADVISOR • Fence ..."
DASH_MARKS = re.compile(r"[-\u2013\u2014\u2022]")
RESOLVED_WORDING = re.compile(
    r"^[\"'\u201c]?THAT\s+(?:the|council|this|a|an)\b"
    r"|^(?:AND\s+)?BE\s+IT\s+(?:FURTHER\s+)?RESOLVED\b"  # "271 BE IT RESOLVED that ..."
    r"|^(?:AND\s+)?WHEREAS\b|^NOW,?\s+THEREFORE\b",  # a resolution's recitals
    re.IGNORECASE,
)
# A line opening with what its subject did: the sentence's subject ended the line above
# ("COUNCIL MEMBER BEE" / "MOVED, SECONDED BY ..."); not "MOVED Director Bee", a motion's
# label and its mover.
PREDICATE_FIRST = re.compile(
    r"^(?:moved|seconded|reported|stated|said|noted|asked|presented|introduced|explained|"
    r"advised|thanked|welcomed|declared|confirmed)(?=,|\s+(?:that|to|the|a|an|on|his|her)\b)",
    re.IGNORECASE,
)
SUBTITLE_DASH = re.compile(r"\s[-\u2013\u2014]\s")  # a dash set apart, after a subtitle
MAX_SUBTITLE_WORDS = 12
# A tag in capitals after a title: "Approval of Minutes – ACTION ITEM: ...".
TITLE_TAG = re.compile(r"(?<=[a-z])\s*[-\u2013\u2014]\s*[A-Z][A-Z ]{3,}$")
# A title may open with the year it is about: "2013 Budget Work Session: The board ...".
OPENING_YEAR = r"(?:(?:19|20)\d\d\s+)?"
LABEL_PARAGRAPH = re.compile(
    rf"^(?P<label>{OPENING_YEAR}[A-Z](?:[^:;]|(?<=\bre):){{1,70}}?)\s?"
    r"(?!(?<=\d):\s?\d\d\b)"  # not a time's colon: "... called the meeting to order at 7: 13"
    r"(?::-?\s+|;-?\s+(?![a-z])|:(?=[A-Z][a-z]))(?P<rest>\S.*)$"
)  # "Consider/Take Action re: Operator's License: ..." ("re:" is inside the title); not
# "Manager; and Ms. Bee, Secretary.", a list's entries run on

# "Call to Order. Chair Bee called ...", "Set Next Meeting Date – The board set ...": a
# title in title case, a full stop or a dash, then the paragraph's first sentence.
STOPPED_TITLE = re.compile(
    rf"^(?P<label>{OPENING_YEAR}[A-Z](?:[^.:;!?\u2013\u2014]|(?<=\bre):){{3,70}}?)"
    r"(?:(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bCllr)(?<!\bProf)\.|\s[-\u2013\u2014])\s+"
    # ... after a dash, perhaps its first point: "Roads – 1 The potholes ..."
    r"(?P<rest>(?:(?<=[-\u2013\u2014]\s)\(?\d{1,2}[.)]?\s+)?[A-Z].*)$"
)
HONORIFIC = re.compile(
    r"^(?:councillor|cllr|clr|cr|mr|mrs|ms|miss|dr|revd|rev|sh|shri|smt|mayor|chair(?:man|woman|person)?|"
    r"president|commissioner|trustee|director|council\s?member|council(?:wo)?man|alder(?:wo)?man|"
    r"supervisor|"
    r"select(?:wo)?man)\b",
    re.IGNORECASE,
)
# A title that opens with a case reference: "18/02231/FUL - Land rear of Collier Row".
REFERENCE_TITLE = re.compile(r"^\d{1,4}/\d{2,6}(?:/[A-Z]{2,6})?\s+[-\u2013\u2014]\s+[A-Z0-9]")
INITIAL_SURNAME = re.compile(  # ... "O\u2019Dowd,", "McNab,", "Lee-Hay.": a capital inside too
    r"(?:Ma?c)?[A-Z][a-z'\u2019-]+(?:(?<=['\u2019-])[A-Z][a-z]+)?(?:[,.]|$)"
)
PERSON = re.compile(f"(?i:{HONORIFIC.pattern})" + r"\.?\s+[A-Z]")  # "Mr. Barry Bee"
INITIALLED_PERSON = re.compile(r"^[A-Z]\.\s?(?:Ma?c)?[A-Z][a-z'\u2019-]+(?P<rest>(?:,|\s).*)$")
APPOSITION = re.compile(r"^,[^,]{1,60},\s*")  # ", Senior Financial Analyst, provided ..."
# ... or as an attendance list prints one a line, a name then a post or note after a comma,
# bracket or dash: "Ann Bee, Chief Executive", "Cy Dee (Elm Gazette)", "Al Cone - absent".
NAME_THEN_NOTE = re.compile(
    r"^[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.?)?\s+(?:Ma?c)?[A-Z][a-z'\u2019-]+\s*(?:,|\(|[-\u2013\u2014]\s)"
)
# A member of the public heard, the street or group they speak for after the comma: "A.
# Bee, Elm Road", "C. D. McNab, Riverside Residents Association".
SPEAKER_FROM = re.compile(r"^(?:[A-Z]\.\s?){1,3}(?:Ma?c)?[A-Z][a-z'\u2019-]+,\s+[A-Z]")
YEAR = re.compile(r"(?:19|20)\d\d")
# A person as a list of attendees names one: "Prof. A Bee, Vice-Chancellor.", "Dr.C.D Fay",
# "Smt. N Rao", "Prof (Dr). E Gill".
ATTENDEE = re.compile(
    r"^(?:prof(?:essor)?|dr|sri|shri|smt|mr|mrs|ms|miss|sir|dame|cllr|councillor|revd|rev|"
    r"bro|sis|"  # a trade union's "Bro. Kelleher", "Sis Burke"
    r"lt|col|maj|capt|brig|gen|cdr|sqn\s+ldr)\b"  # ranks: "Lt. Col Ann Bee", "Maj. Cy Dee"
    r"(?:\.?\s*(?:col|gen|cdr)\b)?(?:\s*\([^)]{1,12}\))?\.?\s*[A-Z]",
    re.IGNORECASE,
)
MAX_ATTENDEE_WORDS = 8
# A member by name and membership number, as a roll of attendance lists them (not a year:
# "Budget Review (2021)").
MEMBER_ENTRY = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}"
    r"\s*\((?!(?:19|20)\d\d\))\d{2,6}\)$"
)
ROLE_WORDS = re.compile(
    r"\b(?:Head|Director|Officer|Manager|Chair\w*|Clerk|Solicitor|Leader|Member|Adviser|"
    r"Advisor|Executive|Lead|Auditor|Engineer|Planner|Commissioner|Secretary|Treasurer)\b"
)
MAX_BULLETED_POST_WORDS = 7


def is_post_bullet(text: str) -> bool:
    """ "- Acting Chief of Police" under "Ann Bee": a bullet giving only the post of the
    person named above it (not "- Mr K Obi \u2013 Chief Executive", a person with theirs)."""
    post = text.removeprefix("- ")
    if post == text or len(post.split()) > MAX_BULLETED_POST_WORDS or ATTENDEE.match(post):
        return False
    return not re.search(r"\s[-\u2013\u2014]\s|,", post) and bool(
        ROLE_WORDS.search(post) or re.search(r"\bChief\b", post)
    )


# "Councillor A. Bee: Update on Rent Arrears": a member's question or motion, titled.
SUBJECT_AFTER_NAME = re.compile(r"^[^:]{3,40}:\s+(?P<subject>\S+\s+\S.*)$")
# "Fire Report [30:15]": where the item starts in the meeting's recording, an index entry.
RECORDING_TIME = re.compile(r"\s[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]$")
POINT = re.compile(r"^[-\u2013\u2022]\s+\S")  # "- House east of ...", "\u2013 attached"
JOINED_ON = re.compile(r"^(?:and|or|but|nor|that|which|who|whom|whose)\b", re.IGNORECASE)
HEADING = 1.0  # the evidence at which a line without a number heads an item
MAX_LOWER_CASE_TITLE_WORDS = 5  # a title printed in lower case is short


@dataclass
class Evidence:
    """How strongly a line looks like an item heading, and why."""

    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    listed: bool = False  # a numbered line that is an entry of a list the line before opens
    row: bool = False  # ... or a row of a table, no text of its own under it
    counted: bool = False  # ... or a bare number before a sentence ("4 The Chair welcomed ...")

    def add(self, weight: float, reason: str) -> None:
        self.score += weight
        self.reasons.append(f"{weight:+.1f} {reason}")

    def __str__(self) -> str:
        return f"{self.score:.1f} ({'; '.join(self.reasons)})"


def this_meeting(text: str) -> bool:
    """ "Minutes of the Board Meeting", "Special Meeting Minutes", "Minutes of a Regular
    Meeting of the City Council": this meeting's own heading (not "Approval of Meeting
    Minutes", nor the last meeting's)."""
    named = THIS_MEETING.match(text) or MEETING_OF_BODY.match(text) or DRAFT_MINUTES.match(text)
    named = named or MONTHS_MEETING.match(text.strip())
    named = named or (MINUTES_LAST.match(text) and not is_procedural(text))
    return bool(named) and not ANOTHER_MEETING.search(text)


def is_title_case(words: list[str]) -> bool:
    """ "Acknowledgement of Country", "Public forum commenced": short, or mostly capitalised."""
    significant = [w for w in words if w.lower() not in TITLE_CONNECTIVES]
    significant = [w for w in significant if not w[:1].isdigit()]  # "July 1, 2015 ...": figures
    capitalised = sum(1 for w in significant if w[:1].isupper())
    return len(words) <= 4 or (bool(significant) and capitalised >= 0.6 * len(significant))


def is_body_text(text: str) -> bool:
    """A line of running text: a sentence, not a name, label or table cell."""
    words = text.split()
    if not text or text.endswith("|") or is_capitals_line(text):
        return False
    if text.endswith(":") and len(words) < 8:  # a label ("Present:"), unless a sentence
        return bool(SOMEONE_ACTING.match(text))  # opens a list ("Ken reported:")
    if text.endswith((".", "!", "?")) and len(words) >= 2:
        return True
    return len(words) >= 8 and sum(1 for w in words if w[:1].islower()) >= len(words) / 3


@text_cache
def could_be_title(text: str) -> bool:
    """The cheap first test of a title line: short, capitalised, no full stop (the
    agenda's wording, "To confirm that the items of business marked ...", runs longer)."""
    # the agenda's wording, or a title in capitals with a date ("... MEETING OF FEBRUARY 6, 2006")
    if text.startswith("To "):
        longest = 200
    elif len(text) > 100 and is_capitals_line(text):  # the capitals only tested when they count
        longest = 130
    else:
        longest = 100
    capitalised = text[:1].isupper() or lower_case_business(text)
    capitalised = capitalised or is_financial_year(text.split(" ", 1)[0])  # "2023/24 Budget"
    hyphenated = HYPHENATED_END.search(text)  # "... called the meet-" / "ing to order ..."
    ended = text.endswith((".", ",", ";", "|")) and not stopped_heading(text)
    return 0 < len(text) <= longest and capitalised and not ended and not hyphenated


def stopped_heading(text: str) -> bool:
    """ "ROLL CALL.", "PETITIONS, COMMUNICATIONS, AND BILLS.": a short line in capitals
    keeps the full stop a typist put after it; a sentence in capitals runs longer (and an
    outcome, "MOTION CARRIED.", is weighed as one)."""
    return (
        text.endswith(".")
        and not text.endswith("..")
        and is_capitals_line(text)
        and len(text.split()) <= MAX_STOPPED_HEADING_WORDS
    )


def lower_case_business(text: str) -> bool:
    """ "declarations of interest" on a line of its own: a heading whose page printed it in
    capitals by its style sheet, lost with the style."""
    return (
        text.islower() and len(text.split()) <= MAX_LOWER_CASE_TITLE_WORDS and is_procedural(text)
    )


def lower_case_title(text: str) -> bool:
    """ "treasurer's report", "committee reports" under a number alone: a short title in
    lower case, no sentence."""
    words = text.split()
    return (
        text[:1].islower()
        and 1 <= len(words) <= MAX_LOWER_CASE_TITLE_WORDS
        and not text.endswith((".", ",", ";", ":"))
        and not NOT_IN_TITLES.intersection(w.lower() for w in words)
    )


def agenda_words(words: list[str]) -> int:
    """The most words of a title in mixed case: more for the agenda's wording ("To ...")."""
    return 30 if words[0] == "To" else 12


YEAR_FIRST = re.compile(rf"{YEAR.pattern}(?:[/-]\d{{2,4}})?\s+[A-Z]")


@text_cache
def looks_like_title(title: str) -> bool:
    """A heading's title after its number: capitalised, not a sentence, a date or a vote."""
    words = title.split()
    bilingual = re.search(r"\s/\s+[A-Z]", title)  # "ngā tono kōrero / Deputation"
    reference = REFERENCE_TITLE.match(title)  # "18/02231/FUL - Land rear of ..."
    year_first = YEAR_FIRST.match(title)  # "2021 PEEL inspection", "2024/25 Budget"
    address_first = ADDRESS_FIRST.match(title)  # "412 Elm Court - Fence variation"
    if not words or not (
        title[0].isupper()
        or title[0] in "'\"\u2018\u201c"
        or bilingual
        or reference
        or year_first
        or address_first
    ):
        return False
    longest = 40 if words[0] == "To" else 20  # agenda wording: "To consider excluding ..."
    if len(words) > longest and is_title_case(words) and not re.search(r"[.!?;:]\s", title):
        longest = 30  # "Confirmation of Minutes of the Meeting Held on 31 August, and the ..."
    if len(words) > longest and title.isupper() and not re.search(r"[.!?;]\s", title):
        longest = 40  # "REPORT IN TERMS OF SECTION 12 (3) OF THE ACT: REASONS FOR THE ..."
    if words[0].strip(",.").lower() in MONTHS or len(words) > longest or VOTE_COUNT.match(title):
        return False
    if title.lower().strip(" .:") in NOT_TITLES:
        return False
    # Agenda wording ends with a full stop ("To declare any interests."); sentences do too,
    # but so does a title printed with one ("Matters arising from the minutes."): a
    # sentence is long, or has a verb or a subject of one.
    agenda_wording = words[0] == "To" and len(words) <= longest
    verb = NOT_IN_TITLES.intersection(w.lower().strip(",.") for w in words)
    subject = words[0] in SENTENCE_STARTERS
    # ... and long without a verb we know is a sentence unless its words are capitalised as
    # a title's are ("Election of Chair and signing of Declaration of Acceptance of Office.")
    long_sentence = len(words) > 8 and not is_title_case(words)
    sentence = title.endswith(".") and (long_sentence or verb or subject) and len(words) > 4
    # A sentence, ended or wrapped on to the next line: a subject, a verb and some length
    # ("It was agreed that the council would take part in the", "The minutes were ...").
    sentence = sentence or bool(verb and subject and len(words) > 5)
    return not (sentence and not title.isupper()) or agenda_wording


POST_THEN_INITIALLED_NAME = re.compile(
    r"^[A-Z][\w&.'\u2019/ -]{1,80},\s*(?:[A-Z]\.\s?){1,2}[A-Z][a-z'\u2019-]+(?:\s\([^)]*\))?$"
)


# ... or by a first name and surname, the post's word a role's: "Secretary, Ann Bee (Elmton)"
POST_THEN_NAME = re.compile(
    r"^(?P<post>[A-Z][\w&.'\u2019/ -]{1,80}),\s*[A-Z][a-z]+\s[A-Z][a-z'\u2019-]+(?:\s\([^)]*\))?$"
)


def is_named_with_post(text: str) -> bool:
    """ "Henry H. Bradby, Vice-Chairman", "Carey H. Mills, Recording Secretary": a person
    by a name with a middle initial, alone or with a post; or a post, then the person by
    an initial and surname ("Clerk II, E. Atkinson", "Director of Finance, N. Taylor") or
    by name ("Treasurer, Cy Dee")."""
    if POST_THEN_INITIALLED_NAME.match(text):
        return True
    posted = POST_THEN_NAME.match(text)
    if posted and ROLE_WORDS.search(posted["post"].title()):
        return True
    person = NAME_WITH_MIDDLE_INITIAL.match(text)
    return bool(person) and (not person["post"] or bool(ROLE_WORDS.search(person["post"])))


def is_listed_person(text: str) -> bool:
    """ "Clr Ann Bee", "Ann Bee, Chief Executive": a line an attendance list could hold."""
    return bool(PERSON.match(text) or NAME_THEN_NOTE.match(text))


def is_attendee_entry(text: str, any_length: bool = False) -> bool:
    """A line that only names a person (and their role, or their membership number:
    "Ann Wanjiru Bee (2995)"): no verb, a name's length (or, `any_length`, with a post
    however long)."""
    if MEMBER_ENTRY.match(text):
        return True
    words = text.split()
    verb = NOT_IN_TITLES.intersection(w.lower().strip(",.") for w in words)
    subject = SUBJECT_AFTER_NAME.match(text)
    if subject and not ROLE_WORDS.search(subject["subject"]):
        return False  # "Councillor A. Bee: Update on Rent Arrears", not "Ms Bee: Clerk"
    short = any_length or len(words) <= MAX_ATTENDEE_WORDS
    return bool(ATTENDEE.match(text)) and short and not verb


def lists_subjects(text: str) -> bool:
    """ "PETITIONS, COMMUNICATIONS, AND BILLS": a heading in capitals naming its few
    subjects, the last after "and"; its commas are a title's, not a list's or a sentence's."""
    parts = [part.split() for part in text.strip().split(",")]
    return (
        is_capitals_line(text)
        and all(0 < len(words) <= MAX_SUBJECT_WORDS for words in parts)
        and parts[-1][0].lower() in ("and", "&")
    )


# How people named in a list took part, after the last name: "via Zoom", "by phone".
HOW_THEY_TOOK_PART = re.compile(
    r"\s+(?:via\s+\w+(?:\s+\w+)?|by\s+(?:tele)?phone|on\s+(?:zoom|teams|the\s+phone)|online"
    r"|\((?:remote(?:ly)?|online|by\s+(?:tele)?phone|via\s+\w+)\))$",
    re.IGNORECASE,
)


def is_list_of_names(text: str) -> bool:
    """ "Ann F. Corish, Kevin Dole and John O'Hara.": people listed, nothing said of them
    but how they took part ("... via Zoom", "by phone", "(remotely)")."""
    text = HOW_THEY_TOOK_PART.sub("", text.strip(" .;"))
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s*&\s*", text.strip(" .;"))]
    return len(parts) >= 2 and all(
        1 < len(words := part.split()) <= MAX_LISTED_NAME_WORDS
        and all(word[:1].isupper() or word[:1] in "'\u2019" for word in words)
        for part in parts
    )


def is_part_label(text: str) -> bool:
    """ "Moved:", "Minutes:", "Present", "Council resolution": the label of a part, not a
    title."""
    label = text.strip().rstrip(":-\u2013 |").strip()
    if NUMBERED_ACTION.match(label) or VOTE_RECORDED.match(label):
        return True  # "Board Action 17-173: Approve ...", "Voting – All Ayes": a decision's record
    label = PART_NUMBER.sub("", label)  # "RESOLUTION 2021/31", "Motion No. 12"
    return bool(PART_LABEL.match(label) or PART_OF_ITEM.search(label) or VOTE_COLUMNS.match(label))


# A division's columns, as a table's header: "FOR AGAINST", "Ayes Noes Abstain".
VOTE_COLUMNS = re.compile(
    r"^(?:for|ayes?|yeas?|yes)\s+(?:against|noes|nays?|no)(?:\s+(?:abstain\w*|absent))?$",
    re.IGNORECASE,
)


def dated_label(text: str) -> bool:
    """ "Minutes of the 3-29-06 Board meeting:": a dated meeting's minutes as a label, its
    text below (their approval); a document's heading ends without a colon."""
    dated = DATE_IN_TEXT.search(text) or NUMERIC_DATE.search(text)
    return text.endswith(":") and bool(dated)


def is_dated_business(text: str) -> bool:
    """Known business that may carry a date ("Approval of the minutes of 3 May", "Minutes
    of the previous meeting held on ..."), not a heading's "Minutes of the meeting held
    on 5 March" (this meeting's, or a page's running header)."""
    if not is_procedural(text):
        return False
    lowered = text.lower()
    return not lowered.startswith("minutes") or bool(
        dated_label(text)  # "MINUTES FROM THE MARCH 20, 2023 MEETING:", a label of business
        or ANOTHER_MEETING.search(text)
        or re.match(r"minutes\s+(?:from|of)\s+(?:the\s+)?\d", lowered)
        or re.match(r"minutes\s+[-\u2013:]\s", lowered)  # "MINUTES - APRIL 3, 1979 MEETING"
        or bool(DATE_IN_TEXT.match(lowered, len("minutes ")))  # "MINUTES 12 JANUARY 2023"
    )


# "C13/133 Bee/Dee CARRIED": the resolution's number, its mover and seconder, the vote.
CREDITED_OUTCOME = re.compile(
    r"^[A-Z][\w'\u2019-]+\s*/\s*[A-Z][\w'\u2019-]+\s+(?:CARRIED|LOST|DEFEATED|Carried|Lost)\b"
)
MOVER_AND_SECONDER = re.compile(r"[A-Z][A-Z'\u2019-]+\s*[-\u2013/]\s*[A-Z][A-Z'\u2019-]+")
# Who wrote the minutes, at their end: "MINUTES respectfully submitted by Ann Bee, Clerk".
SIGN_OFF = re.compile(
    r"\brespectfully\s+submitted\b|\b(?:taken|recorded|transcribed|prepared)\s+by\b", re.I
)
MAX_SUBJECT_WRAP_WORDS = 6
WRAPPED_VERBS = frozenset("met was were is are has had have will held".split())
PERSONAL_TITLE_ALONE = re.compile(
    r"^(?:councillor|cllr|mayor|alderman|trustee|director|commissioner|mr|mrs|ms|dr)\.?$",
    re.IGNORECASE,
)


def unnumbered_evidence(
    text: str,
    next_line: str,
    previous: str,
    part_follows: bool = False,
    linked: bool = False,
    underlined: bool = False,
) -> Evidence:
    """Evidence that a line without a number heads an item: its shape, and its neighbours
    (`part_follows`: a "Minutes:" or "Decision:" label comes within two lines, as under
    each title of a committee system's item table; `linked`: a link to the item's
    report ended the line; `underlined`: a rule was printed under it)."""
    evidence = Evidence()
    text = DANGLING_DASH.sub("", text)  # "Presidents Report –": the text follows below
    if part_follows and could_be_title(text):
        evidence.add(1.5, "a 'Minutes:' or 'Decision:' label follows")
    words = text.split()
    if not could_be_title(text):
        evidence.add(-3, "not a title's shape (lower case, long, or ends like a sentence)")
        return evidence
    if underlined:
        evidence.add(1, "underlined, as a heading is")
    if linked:
        evidence.add(1, "a link to its report follows ('PDF 167 KB')")
    unbracketed = BRACKETED.sub("", text)  # "CONSENT AGENDA (Statements; Gifts)"
    # "BUSINESS ITEMS (For Possible Action)": a title in capitals and a note in brackets
    capitals = is_capitals_line(unbracketed.strip() or text)
    # "... MEETING OF MARCH 6, 2006", "Confirmation of Minutes of the Elm meeting of 8th
    # June 2015": the date is no part of a title's length
    if len(words) > (16 if capitals else agenda_words(words)):
        words_counted = without_dates_and_references(text).split()
    else:
        words_counted = words
    # ... nor the dashes between a heading's parts ("CALL TO ORDER – ROLL CALL – ...")
    words_counted = [w for w in words_counted if any(c.isalnum() for c in w)]
    if len(words_counted) > (16 if capitals else agenda_words(words)):
        evidence.add(-1 if capitals else -2, "too many words for a title")
    if previous and ends_mid_sentence(previous):
        evidence.add(-2, "the line before stops mid-sentence")
    elif len(words) <= 2 and breaks_off_in_a_name(previous) and not is_procedural(text):
        evidence.add(-2, "a name's rest: the line before stops at a person's title ('Mr')")
    if not capitals and len(words) > 1 and words[-1] in JOINING_WORDS:
        evidence.add(-1.5, "stops at a joining word ('... McKeon from the'): a sentence wraps")
    if MOVER_AND_SECONDER.fullmatch(text) and MOTION.match(next_line):
        evidence.add(-2, "a motion's mover and seconder ('KEY - SPRINGER' over 'Motion to ...')")
    if SIGN_OFF.search(text):
        evidence.add(-2, "the minutes' sign-off ('Respectfully submitted by ...')")
    if LEDGER_ENTRY.search(text) and (
        LEDGER_ENTRY.search(previous) or LEDGER_ENTRY.search(next_line)
    ):
        evidence.add(
            -2, "an entry of a list of payments ('Elm Fuel 5.00' under 'Acme Phone 91.53')"
        )
    if PERSONAL_TITLE_ALONE.match(text):
        evidence.add(-2, "a person's title alone ('COUNCILLOR'): the name runs on below")
    elif PREDICATE_FIRST.match(next_line) and not text.endswith(TERMINAL):
        evidence.add(-2, "the subject of a sentence that runs on below ('MOVED, SECONDED ...')")
    if RESOLVED_WORDING.match(text):
        evidence.add(-2, "a resolution's wording ('WHEREAS', 'BE IT RESOLVED'), no title")
    apologies_above = APOLOGIES_HEADING.match(previous.rstrip(" :"))
    if apologies_above and NAMES_ALONE.match(text) and not is_procedural(text):
        evidence.add(-1.5, "names under 'Apologies': who sent them ('Apologies' / 'Jo Bee')")
    # "Date:" labels the meeting; "Date of next meeting" is business.
    meeting_label = MEETING_LABEL.match(text) and not ANOTHER_MEETING.search(text)
    if ATTENDANCE_LABEL.search(text) or (meeting_label and not capitals):
        evidence.add(-2, "a label of the meeting (attendance, date, venue)")
    motion = MOTION.match(text) and not MOTION_TITLE.match(text)
    if is_part_label(text) or motion or ITEM_PART.match(text):
        evidence.add(-2, "the label of a part (moved, vote, minutes)")
    elif MOVER_NAMED.search(text):
        evidence.add(-2, "records who moved a motion ('... MOTION MADE BY MEMBER BEE')")
    if OUTCOME.match(text) or RESOLVED_FIRST.match(text):
        evidence.add(-2, "an outcome ('THE MOTION CARRIED', 'RESOLVED ON THE ...'), no title")
    elif STAMP.match(text.rstrip(" .:")) and not agenda_after_a_sentence(text, previous):
        evidence.add(-2, "a stamp ('Unapproved', 'DRAFT'), a time or 'Contents', not a title")
    elif BLANK_TO_FILL.search(text):
        evidence.add(-2, "a blank to sign or fill in ('Signed ........ Chair'), not a title")
    elif JOINED_ON.match(text):
        evidence.add(-1.5, "opens with a joining word ('AND RESOLVED THAT'): a sentence's rest")
    if MINUTES_ALONE.match(text) and ATTENDANCE_LABEL.search(next_line):
        evidence.add(-2, "the minutes' own title, over the attendance ('MINUTES' / 'PRESENT:')")
    if PAGE_OF_MINUTES.match(text):
        evidence.add(-2, "a committee system's page title ('Agenda and draft minutes')")
    elif names_the_document(text):
        evidence.add(-1.5, "the name of a body in capitals (a page's header)")
    elif this_meeting(text) and not dated_label(text):
        evidence.add(-1.5, "names this meeting ('Minutes of the Board Meeting'): the heading")
    if DATE_IN_TEXT.search(text) and not is_dated_business(text):
        evidence.add(-1.5, "holds a date")
    numbered = NUMBERED_LINE.match(text)
    # "GAA 5 Star Flag", "COVID 19 Update": a name with a figure opens the title, no number
    # ... nor does a financial year ("2023/24 First Quarter Performance Report")
    token = numbered["token"] if numbered else ""
    numbered = numbered and not NAMED_FIGURE.fullmatch(token) and not is_financial_year(token)
    listed = unbracketed.count(",") > 1 and not lists_subjects(unbracketed)
    if numbered or listed or ";" in unbracketed:
        evidence.add(-1.5, "a number first, or the commas or semicolons of a list")
    elif sum(c.isdigit() for c in without_dates_and_references(text)) > 4:
        evidence.add(-0.5 if capitals else -1.5, "many digits (a reference or a list)")
    if len(words) == 1 and len(text) < 5 and not capitals:
        evidence.add(-1.5, "a single short word")
    if capitals:
        evidence.add(1.2, "in capitals")
        if words[0].upper() == "WE":
            evidence.add(-1.5, "a subject first ('WE VALUE'): a motto or a sentence, no title")
        if is_titled_person(text):
            evidence.add(-1.5, "a person ('COUNCILMAN CY DEE'): the attendance")
        if is_body_text(next_line) or MOTION.match(next_line):
            evidence.add(0.3, "running text or a motion follows")
        return evidence
    shouted = [w for w in words if len(w) > 1 and w.isupper() and w.isalpha()]
    if len(shouted) >= 2 and len(shouted) * 2 >= len(words) and words[-1] in shouted:
        evidence.add(0.7, "ends in capitals ('Video and AUDIO RECORDING OF COUNCIL MEETING')")
    verb = NOT_IN_TITLES.intersection(w.lower() for w in words)
    if ": " in text or verb:
        evidence.add(-1, "words of a sentence")
    if verb and words[0] in SENTENCE_STARTERS:
        evidence.add(-1, "a subject and its verb ('There were no apologies')")
    elif SOMEONE_ACTING.match(text):
        evidence.add(-1, "someone acting: a sentence ('Carl requested adding ...')")
    person = named_with_initials(text) or is_attendee_entry(text) or is_named_with_post(text)
    if person or is_titled_person(text):
        evidence.add(-1.5, "a person ('Ann Bee (AB)', 'Mr. Al Cone'): the attendance")
    elif is_a_name_alone(text):
        evidence.add(-1.5, "a person's name and role ('Ann Pareya CSL'): who presents or attends")
    elif (POST_AT_END.search(text) or named_with_office(text)) and is_a_post(words):
        evidence.add(-1.5, "a post ('Administrative Officer', 'Mgr., Parks'): the attendance")
    if PERSON.match(text) and next_line[:1].islower():
        evidence.add(-2, "a person and a sentence running on ('Mr. Bee provided' / 'information')")
    if is_standing_business(text) and len(words_counted) <= agenda_words(words) and not verb:
        evidence.add(1, "known business (apologies, minutes, interests)")
    if RECORDING_TIME.search(text):
        evidence.add(0.5, "a time in the recording after it ('[30:15]'): the video's index")
    if len(words_counted) <= 8 and is_title_case(words):  # a dash between parts is no word
        evidence.add(0.5, "short and capitalised like a title")
        if subject_wraps_on(words, next_line):
            evidence.add(
                -1, "a sentence's subject, its verb below ('The Elm County' / 'Board met')"
            )
        # ... not a lettered list's first point ("a) The trust has been wound up ...")
        elif (
            next_line[:1].islower()
            and not is_procedural(text)
            and not LETTERED_POINT.match(next_line)
        ):
            evidence.add(-1, "the next line goes on in lower case: a sentence wrapped")
        elif is_body_text(next_line):
            evidence.add(0.5, "running text follows")
        elif POINT.match(next_line) and not is_capitals_line(next_line) and not PERSON.match(text):
            evidence.add(0.5, "its points follow ('Planning Matters:' / '- House east of ...')")
    return evidence


def subject_wraps_on(words: list[str], next_line: str) -> bool:
    """ "The Henderson County" / "Board of Commissioners met for ...": a sentence's subject
    opening with its article, the rest of its name and its verb on the next line."""
    following = next_line.split()[:MAX_SUBJECT_WRAP_WORDS]
    if not words or words[0] not in ("The", "A", "An") or not following:
        return False
    if not following[0][:1].isupper() or following[0] in SENTENCE_STARTERS:
        return False
    return any(w in WRAPPED_VERBS or re.fullmatch(r"[a-z]{3,}ed", w) for w in following[1:])


def agenda_after_a_sentence(text: str, previous: str) -> bool:
    """ "AGENDA" after a sentence has ended: the item on the agenda, not the document's
    label, which stands above any running text."""
    return text.rstrip(" .:").lower() == "agenda" and previous.endswith((".", "!", "?"))


def without_dates_and_references(text: str) -> str:
    """A title's words without its dates, financial years and case references
    ("DOV/22/01320"): the digits left over are a list's or a table's."""
    text = FINANCIAL_YEAR.sub("", text)  # "Accounts 2020/21", "Budget 2024-25"
    return CASE_REFERENCE.sub("", NUMERIC_DATE.sub("", DATE_IN_TEXT.sub("", text)))


def names_the_document(text: str) -> bool:
    """ "BRANDON TOWN COUNCIL", "KENAI HARBOR COMMISSION MEETING", "MINUTES OF THE
    BOARD": the document's own heading or a page's, not business; "AUDIO RECORDING OF
    COUNCIL MEETING", "REPORT OF THE PLANNING COMMITTEE" are business about a body."""
    if is_capitals_line(text) and BODY_NAME_FIRST.match(text) and not is_procedural(text):
        return True  # "CONSEIL MUNICIPAL DE BELLERIVE": the body's name, French order
    if not is_capitals_line(text) or not BODY_NAME_END.search(text) or is_procedural(text):
        return False
    words = text.split()
    if words[0] == "TO":  # the agenda's wording: "TO RECEIVE A BRIEFING ... TOWN COUNCIL"
        return False
    if RELATIVE_WORDS.intersection(words):  # "PERSONS WHO WISH TO ADDRESS THE COUNCIL"
        return False
    return not (ABOUT_A_BODY.intersection(words[1:]) and words[0] in BUSINESS_ABOUT_A_BODY)


# The first words of business about a body ("REPORT OF THE ...", "REPORT FROM THE COUNTY
# COUNCIL", "LETTER TO THE ..."), not of its name ("CITY OF ... COUNCIL") or its minutes'
# ("MINUTES OF THE ...").
BUSINESS_ABOUT_A_BODY = frozenset(
    """AUDIO VIDEO RECORDING REPORT REPORTS APPOINTMENT APPOINTMENTS ELECTION ELECTIONS
    REVIEW MEMBERSHIP COMPOSITION RECOMMENDATION RECOMMENDATIONS RESOLUTIONS
    DECISIONS LETTER LETTERS CORRESPONDENCE PRESENTATION UPDATE QUESTIONS""".split()
)
ABOUT_A_BODY = frozenset("OF FROM TO BY".split())  # the word before the body's name
RELATIVE_WORDS = frozenset("WHO WHOM WHICH THAT".split())  # a clause, never in a name


@text_cache
def introduces_list(text: str) -> bool:
    """ "RESOLVED that the Committee:", "List of speakers": numbered lines after it are
    the entries of a list, not items."""
    if RESOLUTION_LABEL.match(text):  # "RESOLVED: (Unanimous)", "Decision:"
        return True
    if not text or is_capitals_line(text) or VALUE_LABEL.match(text):
        return False  # "Time:", "Venue:": a label of one value, left empty, lists nothing
    return text.rstrip().endswith(LIST_ENDINGS) or bool(SPEAKERS_LIST.match(text))


def named_with_office(text: str) -> bool:
    """ "Cy Dee, Deputy Mayor": a person's name, a comma, the office they hold."""
    return bool(NAME_BEFORE_POST.match(text)) and bool(OFFICE_AT_END.search(text))


def is_a_post(words: list[str]) -> bool:
    """ "Administrative Officer", "Mgr., Parks & Recreation": a few capitalised words, none
    of a title's ("Appointment of Finance Officer", "Report of the Planning Officer")."""
    capitalised = all(w[:1].isupper() or w == "&" for w in words)
    named = bool(NAME_BEFORE_POST.match(" ".join(words)))
    return capitalised and (len(words) <= MAX_POST_WORDS or words[0].endswith(".,") or named)


MAX_LABEL_WORDS = 8  # a "Title: text" label's, at most
MAX_LIST_ENTRY_WORDS = 4  # "1. Apologies;" may be a title all the same


CLOCK_TOKEN = re.compile(r"\d{1,2}[.:]\d{2}")
MERIDIEM = re.compile(r"[ap]\.?\s?m\b\.?", re.IGNORECASE)  # "P.M.", "pm", "a. m."


def numbered_evidence(
    text: str, token: str, delimiter: str, in_list: bool, named: bool = False
) -> Evidence:
    """Evidence that a numbered line heads an item, beyond following its neighbours' numbers:
    a title, not a sentence (an untitled numbered paragraph is weaker evidence), and not
    an entry of a list a line before introduced, nor a street address. A number `named`
    as an item's ("Item 1: August 3, 2020 Meeting Minutes") is no day of a date."""
    evidence = Evidence()
    evidence.add(1, "a number at the start of the line")
    if RESOLVED_WORDING.match(text):  # "001/14 THAT the agenda be adopted as presented."
        evidence.add(-1, "a resolution's wording ('THAT the agenda ...', 'BE IT RESOLVED'), "
                     "not a title")  # fmt: skip
    elif not looks_like_title(text) or MOTION.match(text):  # "2011/49 MOTION by A, SECONDED by B"
        evidence.add(-0.65, "the text after the number is a sentence, not a title")
    elif CREDITED_OUTCOME.match(text):
        evidence.add(-1, "a resolution's mover and seconder and its outcome ('Bee/Dee CARRIED')")
    elif text.endswith((";", ",")) and len(text.split()) > MAX_LIST_ENTRY_WORDS:
        evidence.add(-0.65, "ends as a list's entry does (';'), not as a title")
    if in_list:
        evidence.add(-0.6, "an entry of a list a line before introduces")
        evidence.listed = True
    if not delimiter and token.isdigit() and (STREET.search(text) or POSTAL_ADDRESS.search(text)):
        evidence.add(-0.8, "a street address")
    if not delimiter and YEAR.fullmatch(token):
        evidence.add(-0.8, "a year, not an item's number")
    if PERSON.match(text):
        evidence.add(-0.5, "a person ('Mr. Barry Bee'), as in a list of speakers")
    if not delimiter and names_the_document(text):
        evidence.add(-1, "a page's number before the body's name in capitals: a running header")
    if token == "0":
        evidence.add(-1, "a zero: a count beside a link, not an item's number")
    if VOTE_LABEL.match(text):
        evidence.add(-1.5, "a vote's label ('YEA(s)' / '3' / 'NAY(s)'): the number a tally")
    if CLOCK_TOKEN.fullmatch(token) and MERIDIEM.match(text):
        evidence.add(-1, "a time of day ('3.30 P.M.'), not an item's number")
    plain_number = not named and token.isdigit()
    if plain_number and re.split(r"[\W\d]+", text.lower(), maxsplit=1)[0] in MONTHS:
        evidence.add(-0.8, "a date ('01-February-16'), not an item's number")
    elif not named and ONLY_A_DATE.match(text):
        evidence.add(-0.8, "only a date ('1. THURSDAY, APRIL 20, 2006'): the meeting's day")
    if len(token) == 1 and token.isalpha() and (INITIAL_SURNAME.match(text) or acts(text)):
        evidence.add(-0.8, "an initial before a surname ('V. Farrelly,', 'J. Knopf reported')")
    if re.fullmatch(r"\([A-Za-z]\)", token):
        evidence.add(-0.3, "a letter in brackets ('(a)'): as often a point of an item")
    if token.upper() == "Q" and text.rstrip().endswith("?"):
        evidence.add(-1, "a question put ('Q. What do the officers think?'), not item Q")
    return evidence


def is_financial_year(token: str) -> bool:
    """ "2023/24", "2019-20": a year and the next, not a minute's number."""
    year = re.fullmatch(r"((?:19|20)\d\d)[/-](\d\d)", token)
    return bool(year) and (int(year[1]) + 1) % 100 == int(year[2])


# A first name and a surname, then the letters of a role: "Cy Dee CSL", "Kim Ollo
# Treasurer/ABSL".
NAME_WITH_ROLE_LETTERS = re.compile(
    r"^[A-Z][a-z'\u2019]+(?:\s+[A-Z]\.?)?"
    r"\s+(?P<surname>(?:Ma?c)?[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)"
    r"\s+(?:[A-Z][a-z]+/)?[A-Z]{2,5}(?:/[A-Z]{2,5})?$"
)


def is_a_name_alone(text: str) -> bool:
    """A person's name and role alone on its line, as under a title who presents it
    ("Finance" / "Kim Ollo ABSL" / "The accounts were ..."): a surname no lexicon knows
    (not "Parish Council AGM"). Without the role's letters a name is too like a place or
    a body ("Coastguard Northland") to tell by its shape."""
    named = NAME_WITH_ROLE_LETTERS.match(text.strip())
    return bool(named) and not is_a_known_word(named["surname"].lower())


def named_with_initials(text: str) -> bool:
    """ "Ann Bee (AB)", "Ann Marie Bee (AMB)": a name and its bearer's initials; not a
    title with its presenter's ("Visitor Access Plan (RT)")."""
    if not NAME_WITH_INITIALS.match(text):
        return False
    name, initials = text.rsplit("(", 1)
    return (
        initials.startswith(name.split()[0][0]) and initials.rstrip(")")[-1] == name.split()[-1][0]
    )


def acts(text: str) -> bool:
    """ "Knopf reported that ...": a surname, then what its bearer did (in lower case: a
    title's "Housing Report" is no verb)."""
    words = text.split(maxsplit=2)
    return len(words) > 1 and words[0][:1].isupper() and words[1] in REPORTING_VERBS


def opening_title(text: str, following: str = "") -> re.Match | None:
    """The "Title: text", "TITLE – Text" or "Title. Text" opening of a paragraph; a title
    before a full stop or a dash must be in title case ("Motion carried. The board ..."
    is a sentence), and the text after it a sentence, judged with the `following` line its
    paragraph wraps on to ("Opening Prayer – Mr. Bee opened the meeting with a" / "prayer.")."""
    opening = text[:110]
    labelled = (":" in opening or ";" in opening) and LABEL_PARAGRAPH.match(text)
    dashed = DASH_MARKS.search(opening) and DASHED_CAPITALS.match(text)
    if labelled and dashed and dashed.end("label") < labelled.end("label"):
        labelled = None  # "LEGAL ADVISOR – Complaints filed. RE: ...": the first mark ends it
    match = labelled or dashed
    if match and match["label"].count("(") > match["label"].count(")"):
        return None  # "CONSENT AGENDA (Financial Statements; Circulation Report; ...)"
    if match:
        return match
    head = text.split(None, 2)
    if len(head) > 1 and not (
        head[0].endswith(".")
        or head[1][:1].isupper()
        or head[1][:1] in "\u2013\u2014-"
        or head[1] in TITLE_CONNECTIVES
    ):
        return None  # "The council agreed. ...": a sentence, not a title in title case
    if not (stopped := STOPPED_TITLE.match(text)):
        return None
    words = stopped["label"].split()
    if len(words) > MAX_DASHED_TITLE_WORDS or len(words[-1]) == 1:  # "MOVED BY COUNCILLOR C. Bee"
        return None
    if not all(w[0].isupper() or w[0].isdigit() or w in TITLE_CONNECTIVES for w in words):
        return None
    rest = stopped["rest"]  # a sentence, not "Stephen Bee – City Attorney" or a class's name
    if " " in stopped["label"] and holds_a_post(rest.split(",", 1)[0]):
        return None  # "Ann Bee – Town Tourism Director, spoke on the summer fair."
    if following and ends_mid_sentence(rest):
        rest = f"{rest} {following}"
    return stopped if reads_as_sentence(rest) or NOTHING_TO_REPORT.match(rest) else None


# words of a title in title case before its dash, at most: "Accept Petition for Water
# Extension on Ridgeway Road from Evans Road to Elm Mill Road – A motion was made ..."
MAX_DASHED_TITLE_WORDS = 16


def reads_as_sentence(text: str) -> bool:
    """Running text with words in lower case: a sentence, not a list of names and posts
    ("Ann Bee (Chair), Cy Dee (Treasurer)")."""
    return is_body_text(text) and sum(w[:1].islower() for w in text.split()) >= 2


def holds_a_post(text: str) -> bool:
    """ "Town Tourism Director", "Deputy Fire Chief": who someone is, the
    words before a person's report."""
    words = text.split()
    post = POST_AT_END.search(text) or (words and words[-1].lower() in OTHER_POSTS)
    return bool(post) and all_capitalised(text)


def all_capitalised(text: str) -> bool:
    """Every word capitalised but the small ones that join a title's: no sentence's."""
    return all(w[:1].isupper() or w.lower() in TITLE_CONNECTIVES for w in text.split())


OTHER_POSTS = frozenset(
    "sheriff clerk treasurer auditor assessor chief deputy secretary president mayor".split()
)


def title_before_its_part(label: str) -> tuple[str, str] | None:
    """(title, part label) of a label whose title in capitals runs into the label of its
    first part: "ROLL CALL Present", "APPROVAL OF MINUTES Motion"; or a committee system's
    row, its title run into its minute's label: "Personal matters Minutes"."""
    row = TITLE_THEN_MINUTE.match(label)
    if row and row["title"].split()[-1].lower() not in QUALIFY_MINUTES:
        return row["title"], row["part"]
    words = label.split()
    head = 0
    while head < len(words) and (words[head].isupper() or words[head] == "&"):
        head += 1
    title, part = " ".join(words[:head]), " ".join(words[head:])
    if not part or not is_capitals_line(title) or not part[:1].isupper():
        return None
    if not is_procedural(title):
        return None  # "PLANNING BOARD Present": the document's name above its attendance
    return (title, part) if is_part_label(part) or ATTENDANCE_LABEL.search(part) else None


TITLE_THEN_MINUTE = re.compile(r"^(?P<title>\S.*?)\s(?P<part>Minutes|Decisions?)$")
# ... and words that make the minutes a title's subject: "Previous Minutes", "Board Minutes"
QUALIFY_MINUTES = frozenset(
    "of from the previous last draft approve confirm adopt approval confirmation adoption "
    "meeting meetings committee council board signed unconfirmed".split()
)


def too_long_for_a_title(words: list[str], label: str) -> bool:
    """More than MAX_LABEL_WORDS words, not counting a date ("Approval of the minutes of
    the June 18, 2018 meeting" has seven)."""
    if len(words) <= MAX_LABEL_WORDS:
        return False
    undated = without_dates_and_references(label).split()
    return sum(1 for w in undated if not w.isdigit() and w.strip(",.")) > MAX_LABEL_WORDS


# A figure and at most two words (its unit) after a colon: "1.06 p.p.m.", "537,200 gallons".
FIGURE_ONLY = re.compile(r"^[$\u00a3\u20ac]?\d[\d,.]*%?(?:\s+\S+){0,2}$")
# A sentence of three words or more, ended, then the next begun: running text, however
# narrow the column it wraps in ("The board" / "elected officers. Randy will remain").
WHOLE_SENTENCE = re.compile(r"^[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019$,-]+){2,}[a-z]\.\s+[A-Z]")


def names_a_month(text: str) -> bool:
    """ "7 May 2024": a date, as a next meeting's item gives it, not a reading."""
    return any(word.strip(".,").lower() in MONTHS for word in text.split())


@text_cache
def has_a_verb(title: str) -> bool:
    """A title cut from a sentence keeps its verb ("Leah was asked"): not a title."""
    return bool(NOT_IN_TITLES.intersection(word.lower().strip(",.") for word in title.split()))


def speaks_as_someone(label: str) -> bool:
    """ "Councillor Bee", "Mr. Dee", "Chairman", "Director of Finance": who speaks; not
    "Councillor appointment" or "Mayor's Report", business named after a post."""
    post = HONORIFIC.match(label)
    if not post:
        return False
    rest = label[post.end() :].strip()
    return not rest or bool(PERSON.match(label)) or rest.startswith("of ")


def with_subtitle(text: str, title: str, rest: str) -> tuple[str, str]:
    """A subtitle between two dashes is the title's, the minute after the second
    ("Water Use Rules \u2013 Restriction and Plan \u2013 Ms. Bee advised ..."): a few words
    in title case, no verb, nobody who speaks or presents. `rest` ends `text`."""
    rest = rest.strip()
    second = SUBTITLE_DASH.search(rest)
    if not second or not rest[second.end() :].strip():
        return title, rest
    subtitle = rest[: second.start()]
    if not 0 < len(subtitle.split()) <= MAX_SUBTITLE_WORDS or not all_capitalised(subtitle):
        return title, rest
    if has_a_verb(subtitle) or speaks_as_someone(subtitle):
        return title, rest
    at = len(text.rstrip()) - len(rest) + second.start()
    return text[:at].rstrip(), rest[second.end() :].strip()


def label_paragraph(text: str, next_line: str, starts_paragraph: bool) -> tuple[str, str, Evidence]:
    """(title, text, evidence) for a paragraph that opens "Title: text"; the evidence is
    below HEADING when the opening is not a title, or the text after it is not running
    text (a list of names after "Apologies:"), or it names a person speaking."""
    evidence = Evidence()
    # "- Truck repairs – DISCUSSION ITEM: ..."
    match = opening_title(text.removeprefix("- "), next_line)
    if not match:
        return "", text, evidence
    label, rest = TITLE_TAG.sub("", match["label"].strip()), match["rest"]
    if DASH_MARKS.match(match.string[match.end("label") :].lstrip()):  # "Title \u2013 ..."
        label, rest = with_subtitle(match.string, label, rest)
        if ONLY_A_DATE.match(rest.strip()):
            return "", text, evidence  # "... Ordinary Meeting - 29 October 2018": its date
    if parted := title_before_its_part(label):  # "ROLL CALL Present: ..."
        label, rest = parted[0], f"{parted[1]}: {rest}"
    words = label.split()
    evidence.add(0.7, "opens its paragraph with a title and a colon")
    if is_capitals_line(label):
        evidence.add(0.3, "the title in capitals")
    # A title in capitals, or known business with running text, "None" or an outcome after
    # it, opens a paragraph wherever it stands: "CALL TO ORDER: Commissioner Bee called ..."
    # or "Apologies: None" under a list of names.
    settled = is_body_text(rest) or NOTHING_TO_REPORT.match(rest) or OUTCOME.match(rest)
    opens = is_capitals_line(label) or (is_procedural(label) and bool(settled))
    if not starts_paragraph and not opens:
        evidence.add(-1.5, "inside a paragraph")
    sentence_words = NOT_IN_TITLES.intersection(w.lower() for w in words)
    if too_long_for_a_title(words, label) or not looks_like_title(label) or sentence_words:
        evidence.add(-2, "the opening is not a title")
    elif re.search(r"[$£€]\s?\d", label):
        evidence.add(-2, "the opening is a sum of money, not a title")
    meeting_label = MEETING_LABEL.match(label) and len(words) <= 2
    first_part = re.split(r"\s[-\u2013\u2014]\s", label)[0]  # "ACTION – AH": an action's owner
    part = is_part_label(label) or is_part_label(first_part) or MOTION.match(label)
    part = part or ITEM_PART.match(f"{label}:")  # "Minutes: RESOLVED: That ..."
    if part or ATTENDANCE_LABEL.search(label) or meeting_label:
        evidence.add(-2, "the label of a part or of the meeting")
    if speaks_as_someone(label):
        evidence.add(-2, "a person speaking")
    elif SPEAKER_FROM.match(label):
        evidence.add(-2, "a speaker and where they come from ('A. Bee, Elm Road: ...')")
    if OUTCOME_THEN_REFERENCE.match(label):
        evidence.add(-2, "the last one's outcome, then a reference ('APPROVED 12/01098/B:')")
    if SIGN_OFF.search(label):
        evidence.add(-3, "the minutes' sign-off ('MINUTES PREPARED BY: Ann Bee')")
    if FIGURE_ONLY.match(rest) and not is_procedural(label) and not names_a_month(rest):
        evidence.add(-2, "a figure after the colon, a reading not a title ('Fluoride: 1.06 ppm')")
    if TALLY_OPENING.match(rest):
        evidence.add(-2.5, "a vote's tally after the colon ('Roll call: Ayes: Bee, Dee.')")
    elif ROLL_CALL_ENTRY.match(text.removeprefix("- ")) and not is_procedural(label):
        evidence.add(-2.5, "a member's vote in a roll call ('Flick – Aye; Mr. Adams ...')")
    if MOTION.match(rest) and len(words) == 1 and not is_procedural(label):
        evidence.add(-2, "a motion's credits ('Acceptance: proposed by A, seconded by B')")
    if SOMEONE_ACTING.match(label):
        evidence.add(-2, "someone acting: a sentence ('Ted Bee called the meeting to order:')")
    if DATE_IN_TEXT.search(label) and not is_procedural(label):
        evidence.add(-1, "a date, not a title")
    listed = is_list_of_names(SENTENCE_BREAK.split(rest, maxsplit=1)[0])
    if listed and not is_procedural(label):
        evidence.add(-2, "people listed after the colon ('Aldermen: A. Bee, C. Dee and E. Fay.')")
    elif is_attendee_entry(rest.rstrip(" .")) and not is_procedural(label):
        evidence.add(-1.5, "a person after the colon: who holds a post ('Clerk: Ms Ann Bee.')")
    elif (
        is_body_text(f"{rest} {next_line}")
        or rest.endswith((".", "!", "?"))
        or WHOLE_SENTENCE.match(f"{rest} {next_line}")  # "The board" / "elected officers. Randy"
    ):
        evidence.add(0.5, "running text follows the colon")
    elif is_procedural(label) and len(words) <= 6:
        evidence.add(0.3, "known business, with its names or its note after the colon")
    elif NOTHING_TO_REPORT.match(rest):
        evidence.add(0.3, "business with nothing to report ('Visitors: None')")
    else:
        evidence.add(-1.5, "a list or a value follows the colon, not running text")
    if (
        BUSINESS_KIND.fullmatch(label)
        and len(rest.split()) <= MAX_KIND_SUBJECT_WORDS
        and not (is_body_text(rest) or rest.rstrip().endswith("."))
    ):
        return f"{label}: {rest}", "", evidence  # "Discussion: Future of the Society"
    return label, rest, evidence


def is_initialled_person_acting(text: str) -> bool:
    """ "P. Bee raised concerns ...", "J. Cee, Senior Analyst, provided ...": an initial
    and a surname, then what the person did: a sentence about someone, not a point
    lettered "P." or "J."."""
    person = INITIALLED_PERSON.match(text)
    if not person:
        return False
    words = APPOSITION.sub("", person["rest"]).split()
    verb = words[0].strip(",.") if words else ""  # "raised", not a title's "Report"
    return verb in REPORTING_VERBS or verb in NOT_IN_TITLES


def is_titled_person(text: str) -> bool:
    """ "SUPERVISOR JOHN STROUGH", "Councilwoman Ida Quill": a title a person holds, then a
    name of two or three words, one at least no English word (not "Trustee Election
    Results", a title's words)."""
    titled = HONORIFIC.match(text)
    if not titled:
        return False
    words = text[titled.end() :].replace(",", " ").split()
    named = 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
    return named and not all(is_a_known_word(w.lower()) for w in words)
