"""Meeting metadata from the lines before the first item (and the closing lines).

Council headers vary ("<Committee> Friday, 22 May 2015, <venue> - 1.00 pm",
"MINUTES of a meeting of the CABINET held on ...", ModernGov's
"<Committee> - Thursday, 15th April, 2021 7.00 pm" plus a "Venue:" line), so
the date is found first and the committee and venue are read around it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from dateutil import parser as dateparser

from search_app.models import Attendee
from search_app.parse.acronyms import defined_acronyms, letters, phrase_for_initials
from search_app.parse.lines import (
    BULLET_GLYPHS,
    FLATTENED_LINE,
    MINUTES_WORD,
    SUM_OF_MONEY,
    YEAR,
    ends_mid_sentence,
    join_two,
    join_wrapped_lines,
    text_cache,
)
from search_app.parse.roles import (
    DATE_IN_TEXT,
    MONTH_NAMES,
    MONTHS,
    NOT_IN_TITLES,
    NUMERIC_DATE,
    OFFICE_AT_END,
    POSTAL_ADDRESS,
    ROLE_WORDS,
    SENTENCE_STARTERS,
    TITLE_CONNECTIVES,
    has_a_verb,
    is_body_text,
    is_post_bullet,
    is_title_case,
)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_NAME = (  # ... and in Welsh: "Dydd Iau" (Thursday); every pattern of it ignores case
    rf"(?:{'|'.join(WEEKDAYS)}|Dydd\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul))"
)
WEEKDAY = rf"(?:{WEEKDAY_NAME},?\s+)"
WEEKDAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"  # "Sat 4 May 2019"
MONTH = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    # ... and in Welsh, as Welsh councils' committee pages print them
    r"|(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd"
    r"|Rhagfyr)\b)"
)
WELSH_MONTHS = dict(
    zip(
        "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd "
        "rhagfyr".split(),
        MONTH_NAMES,
        strict=True,
    )
)
WELSH_MONTH = re.compile(rf"\b(?:{'|'.join(WELSH_MONTHS)})\b", re.IGNORECASE)
# A Welsh ordinal's ending ("9fed", "1af", "3ydd"): a date's, read as the English one is
WELSH_ORDINAL_ENDINGS = "fed|af|il|ydd|ed|eg|ain"
WELSH_ORDINAL = re.compile(rf"(?<=\d)(?:{WELSH_ORDINAL_ENDINGS})\b", re.IGNORECASE)
# A day written as an ordinal word, as formal minutes do: "this eleventh day of April 2012".
ORDINAL_UNITS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
DAY_WORDS = {word: day for day, word in enumerate(ORDINAL_UNITS, start=1)} | {
    "twentieth": 20,
    "thirtieth": 30,
    **{
        f"twenty{mark}{word}": 20 + day
        for day, word in enumerate(ORDINAL_UNITS[:9], 1)
        for mark in "- "
    },
    **{f"thirty{mark}first": 31 for mark in "- "},
}
DAY_WORD = re.compile(
    rf"\b(?:{'|'.join(sorted(DAY_WORDS, key=len, reverse=True))})\b(?=\s+(?:day\s+)?of\s)",
    re.IGNORECASE,
)
MINUTES_OR_MEETING = re.compile(r"\b(?:minutes|meeting)\b", re.IGNORECASE)
DAY_WITHOUT_YEAR_IN_TITLE = re.compile(
    rf"\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)"
)
YEAR_AFTER = (
    r"(?:,\s*|\s+|(?<=[a-z])(?=(?:19|20)\d\d))"  # "October 4, 2010", "4,2010", "4 July2017"
    r"(?:\d{4}|(?:19|20) \d\d(?![\d:.]))"  # ... or a PDF's spaced year: "June 16, 20 15"
)
# Year, month, day: "2007-07-10", and with spaces, stops or slashes ("2008 07 22").
ISO_DATE = re.compile(
    r"\b(?P<year>(?:1[89]|20)\d\d)(?P<mark>[-./ ])(?P<month>[01]\d)(?P=mark)(?P<day>[0-3]\d)\b"
)
DATE = re.compile(
    rf"{WEEKDAY}?(?:the\s+)?\d{{1,2}}(?:\s?(?:st|nd|rd|th|{WELSH_ORDINAL_ENDINGS})\.?\s*|\s+)"
    r"(?:day\s+of\s+|of\s+)?"
    rf"{MONTH}{YEAR_AFTER}"  # "the 14th day of March, 2005" too
    rf"|(?:the\s+)?{DAY_WORD.pattern}\s+(?:day\s+)?of\s+{MONTH}{YEAR_AFTER}"  # "eleventh day of"
    # "May the 6th", "May 6th. 2011", "July, 31st 2018"
    rf"|{WEEKDAY}?{MONTH},?\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\.?{YEAR_AFTER}"  # "June11, 2019"
    r"|\b\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{4}\b"  # "05/03/2019", "9-5-2010"
    rf"|\b\d{{1,2}}-{MONTH}-(?:(?:19|20)\d\d|\d\d)\b"  # "5-Mar-2019", "05-Mar-19"
    rf"|\b(?:19|20)\d\d,?\s+{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # "HELD 2019 JUNE 5"
    r"|\b\d{1,2}/\d{1,2}/\d{2}\b(?!/)"  # "03/14/19", not "4.3.22" (an item's number) ...
    rf"|{WEEKDAY}\d{{1,2}}\.\d{{1,2}}\.\d{{2}}\b(?!\.\d)"  # ... after a weekday: "Tue 7.9.21"
    r"|\b\d{4}-[01]\d-[0-3]\d(?=\d{0,3}\b)"  # "2005-09-061": a page's number glued on
    rf"|{ISO_DATE.pattern}",
    re.IGNORECASE,
)
TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b"
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"^(?P<label>(?:(?:members|councillors|trustees|commissioners|directors|governors)\s+)?present|"
    r"sederunt|attendees|"  # Scots: those present
    r"(?:[\w'’]+\s+){0,4}(?:present|in attendance|attended)|attendance|"
    r"officers|officials|staff|absent|regrets|apolog(?:y|ies)(?: for absence)?|leave of absence|"
    r"venue|place|time|"
    r"contact|contact officer|clerk)"
    r"(?:\s*(?::|\s[-\u2013])\s*(?P<rest>.*)|\s*:?-?)$",  # "Label: ...", "Label – ...", alone
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(r"^[A-Z]{0,4}\d{1,4}(?:/\d{2,4})?[.)]?$")
MEMBERS_LABEL = re.compile(
    r"^(?:(?:members|councillors|trustees|commissioners)\s+)?present$|^sederunt$|^attendees$"
    r"|^(?:council\s+)?(?:members|councillors)\s+in\s+attendance$",  # "MEMBERS IN ATTENDANCE"
    re.I,
)
ALSO_PRESENT = re.compile(r"\b(?:also\s+)?present\b", re.IGNORECASE)
# A weekday and a day of a month, the year left to the heading: "Tuesday 10 November".
DAY_WITHOUT_YEAR = re.compile(
    rf"^{WEEKDAY}(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?=\s*$|\s+at\b)"
    rf"|^{WEEKDAY}{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?=\s*$|\s+at\b)",
    re.IGNORECASE,
)
# The end of a line where a date may have been broken: "Wednesday 13", "13th", "March".
DATE_BROKEN_AT_END = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?|\b{MONTH}|\b{MONTH}\s+\d{{1,2}},?)$"
)
# Text extraction glues a page's parts together: "2012-09-18CITY OF", "TrusteesVILLAGE OF".
GLUED_CAPITALS = re.compile(r"(?<=[a-z0-9])(?=[A-Z]{3,}\b)")
HEADER_NOISE = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?"
    r"(?:agenda(?:,\s*decisions)?\s+and\s+(?:draft\s+)?minutes|agenda|minutes|decisions?)"
    r"(?:\s+of\s+(?:a|an|the)\s+(?:(?:\w+\s+){0,2}?meeting\s+of\s+|meeting\s+)?)?"
    r"(?:\s*(?:for|of)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "Minutes of a meeting of the DEVELOPMENT COMMITTEE held in ...", "A Regular Meeting of
# the Frederick County Board of Supervisors was held on ...": the name between.
# A name ends where a sentence's verb follows it: "... meeting of the Policy Board would be
# filmed", "... of the Board was adjourned".
VERB_AFTER_NAME = r"\s+(?:would|will|was|is|has|had|may|shall|should)\b"
# ... or where the meeting was called to order: "Mayor Bee called the meeting of the City
# Council to order."
TO_ORDER = r"\s+to\s+order\b"
# ... or what the body did, in lower case: "The Board of Commissioners approved the ..."
ACTED_AFTER_NAME = re.compile(
    r"\s+(?:approved|reviewed|discussed|adopted|accepted|received|voted|agreed|considered|"
    r"noted|heard|resolved|decided)\b"
)
MEETING_OF = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\s*:?\s+(?:the\s+)?"
    r"(?P<name>[A-Z](?:[\w&'’ -]|(?<=\bNo)\.)*?)"  # "District No. 7": a full stop inside
    r"(?=\s+(?:which\s+)?(?:was\s+|were\s+)?(?:held|called)\b|\s+on\b|\s+at\b|[,;(]"
    rf"|{VERB_AFTER_NAME}|{TO_ORDER}|(?<!\bNo)\.|$)",
    re.IGNORECASE,
)
# "The Quillan County Board of Supervisors met in regular session on ...", "*The Elm Board
# held a meeting on ...": the body met (an emphasis mark before it).
BODY_MET = re.compile(
    r"^[*_\s]*(?:[A-Z]{3,}(?:\s+[A-Z]{3,})*\s+(?=The\s))?"  # "ASSEMBLY The Board met": a heading
    r"(?:the\s+)?(?P<name>[A-Z][\w&'’ -]{2,80}?)"
    r"\s+(?:met|convened|held\s+(?:a|an|its|their)\s)"
)
# ... or after the sentence's opening clause: "On this the 26th day of June 2018, the Elm
# County Commissioners Court met in regular session."
BODY_MET_AFTER_CLAUSE = re.compile(
    r"(?<=[,;])\s+the\s+(?P<name>[A-Z][\w&'’ -]{2,80}?)\s+(?:met|convened)\s+in\b"
)
# What a heading prints around a body's name: a time after it, a weekday and what follows,
# "Minute of", "At a meeting of the" before it
LEFTOVER_TIME = re.compile(
    r"\s+(?:at|@)\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?\s*$", re.IGNORECASE
)
LEFTOVER_WEEKDAY = re.compile(rf"\s+{WEEKDAY_NAME}\b.*$", re.IGNORECASE)
LEFTOVER_MET = re.compile(r"\s+(?:met|convened)\b.*$")  # "Elm Village Board met July 1"
LEFTOVER_OPENING = re.compile(
    r"^(?:minutes?\s+(?:of\s+)?(?:(?:the|a|an)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?"
    r"|at\s+a\s+meeting\s+of\s+(?:the\s+)?)",
    re.IGNORECASE,
)
MAX_ACRONYM = 6  # letters of an acronym in brackets after a name, kept in capitals
MET_LINES = 80  # lines of a document searched for the body that met, at most
BARE_MEETING_OF = re.compile(
    rf"\bmeeting\s+of\s*:?\s+(?:the\s+)?(?P<name>[A-Z][\w&'’ -]*?)"  # "MEETING OF : CITY ..."
    rf"(?=\s+held\b|\s+on\b|[,.;(]|{VERB_AFTER_NAME}|{TO_ORDER}|$)",
    re.IGNORECASE,
)
# Text just before a date that makes it some other date than the meeting's.
APPROVE_THE = re.compile(r"\b(?:confirm|approv|adopt|accept)\w*\s+the\s*$", re.IGNORECASE)
MINUTES_AFTER = re.compile(r"[^.]{0,80}?\bminutes\b", re.IGNORECASE)
NOT_THE_MEETING_DATE = re.compile(
    r"(?:issued?|publi(?:shed|cation)|"
    # ... "to be approved at the 8-5-2013 Meeting": the meeting that will approve these
    r"uploaded(?:\s+on)?|approved(?:\s+as\s+written)?(?:\s+on|\s+at(?:\s+the)?)?|printed|created|"
    r"(?:last\s+)?(?:updated|modified)(?:\s+on)?|"  # a web page's "(last updated 07/08/2013)"
    r"posted(?:\s+by(?:\s+\w+){0,3})?(?:\s+on)?|"  # a blog's "Posted by on Apr 6, 2014"
    r"signed|circulated|despatched|dispatched|revised|with\s+effect\s+from|effective(?:\s+from)?|"
    r"for\s+meetings\s+(?:after|before|from|since|until)|"  # a committee system's renaming note
    r"held\s+from|(?:19|20)\d\d\s+(?:to|until)|"  # a volume's period: "held from 1 March 2019 to"
    # ... or a law's or an order's, cited: "Executive Order N-29-20 (March 17, 2020)"
    r"\b(?:order|act|ordinance|by-?law|regulations?)\s+(?:no\.?\s*)?[A-Z]*-?\d[\w-]*\s*\(|"
    # ... but not a stamp in capitals before the title ("APPROVED Minutes of the meeting held
    # on ..."): the status of these minutes, this meeting's
    r"(?!(?-i:[A-Z]{4,}\s+Minutes)\b)"
    r"(?:confirm|approv|adopt|sign)\w*\s+(?:[\w,\u2019']+\s+){0,8}?minutes\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?meetings?\s+(?:(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)?held|of|on|dated)|"
    r"\bthat\s+the\s+minutes\s+of\b.{0,80}?\bheld|"  # "RESOLVED: That the Minutes of ... held on"
    r"(?:confirm|approv|adopt|accept)\w*\s+(?:the\s+)?minutes\s+(?:of|from|for)\s+(?:the\s+)?|"
    r"(?:confirm|approv|adopt)\w*\s+of\s+(?:the\s+)?minutes\b.{0,60}?)"  # "Approval of Minutes
    # A. Committee of the Whole April 27, 2015": an earlier meeting's
    r"\s*[:\u2013\u2014-]?\s*(?:on\s+)?$",  # "APPROVED \u2013 December 9, 2003"
    re.IGNORECASE,
)
DAY_AND_MONTH = re.compile(rf"(?:{DATE_IN_TEXT.pattern})[a-z]*", re.IGNORECASE)  # "20th May"
BYLINE_AFTER = re.compile(r"\s+by\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}in\b")
LIST_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s|^\d{1,2}(?:\.\d{1,2})+\s")  # "3. ", "3.1 "
NAME_THEN_MINUTES = re.compile(
    r"^\s+(?P<name>(?:[A-Z][\w'’&-]*\s+){0,5}(?:Council|Committee|Board|Meeting))\s+"
    r"(?:(?:Summary|Action|Draft|Approved|Final)\s+)?Minutes\s*$"
)  # "2023-07-28 Heritage Review Board Summary Minutes": a kind of minutes may come between
# "... the Community Council meeting held on": the body's name, then "meeting".
THE_NAME_MEETING = re.compile(
    r"\bthe\s+(?P<name>(?:[A-Z][\w'\u2019&-]*\s+){1,5}?(?:Council|Committee|Board|Commission|"
    r"Authority|Trust|Panel|Cabinet))\s+meeting\s+(?:held\s+)?(?:on|at)?\s*$"
)
MINUTES_OF_A_DAY = re.compile(
    rf"\bminutes\s+(?:for|of)\s+(?:the\s+)?(?P<day>{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})\s+meeting\b",
    re.IGNORECASE,
)
MINUTES_OF_A_DATE = re.compile(
    r"^(?:the\s+)?minutes\s+(?:from|of)\s+(?:the\s+)?(?:meeting\s+(?:held\s+)?(?:on\s+)?)?$",
    re.IGNORECASE,
)  # ... then "were approved": an earlier meeting's
APPROVED_AFTER = re.compile(r"\b(?:were|was)\s+\w+", re.IGNORECASE)
MINUTES_DEALT_WITH = re.compile(  # ... what the meeting did with minutes of that day
    r"[\s,]*(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:approved|adopted|confirmed|accepted|signed|received|read|circulated)\b",
    re.IGNORECASE,
)
SENTENCE_INSIDE = re.compile(r"[a-z]{2}\.\s+(?=[A-Z])")  # "... Meeting. The ...": a full stop
MENU_WORDS = 7  # words of a name without "of", "and" or "the", at most one fewer
NAME_JOINERS = frozenset({"of", "and", "the", "for", "&", "to", "on", "in"})
GARBLE_SHARE = 0.6  # letters and spaces in a name, at least
WORDS_BEFORE_A_DATE = 80  # characters before a date that may say whose date it is
OTHER_MEETING = re.compile(
    r"(?:(?:moved|postponed|rescheduled|adjourned|deferred)\s+from|"
    r"(?:next|previous|last|following|future)\s+meeting(?:\s+(?:to\s+be\s+)?held)?)"
    r"\s*:?\s*(?:on\s+)?$",
    re.IGNORECASE,
)
# The words that end a body's name ("Planning Board"); with the words of a meeting, the
# words that may govern a heading's name ("Council Meeting", "Parish ...").
BODIES = (
    r"council|committee|board|panel|cabinet|trust|commission|authority|assembly|forum|executive|"
    r"partnership|trustees|supervisors|commissioners|district|selectboard|vestry|senate|"
    r"cyngor|pwyllgor"  # Welsh: council, committee
)
ITEM_FIRST = re.compile(r"^\d{1,3}[.)]\s*[A-Z][a-z]+\s+[a-z]")  # an agenda item, not a body
# A name in capitals or title case opening a line, ending with a body's word
BODY_AT_START = re.compile(
    rf"^(?P<name>(?:[A-Z][\w&'’-]*\s+(?:(?:of|and|the|for|&)\s+)?){{0,6}}?(?i:{BODIES}|group)"
    r"(?i:\s+meeting)?)\b"
)
GOVERNING_WORD = re.compile(
    rf"\b(?:{BODIES}|meeting|session|group|parish|agm|egm)\b", re.IGNORECASE
)
# The facts a page of one decision labels: who took it and when.
DECISION_FACT = re.compile(
    r"^(?P<label>decision maker|date of decision|decided at meeting)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# Lines of a heading that label a value rather than name the body: "Date & Time of Event".
HEADING_LABEL = re.compile(
    r"^(?:date|time|venue|place|location|contact|lleoliad|cyswllt|meeting\s+date|page\b|tel\b|"
    r"email\b|"  # ("lleoliad", "cyswllt": venue and contact in Welsh)
    r"held\b|at\s+the\b|in\s+the\b|on\b|via\b)|:\s*$|@"
    r"|^(?:present|attending|attendance|attendees|apologies|in\s+attendance|observing)\s*:",
    re.IGNORECASE,
)
GENERIC_NAMES = (
    frozenset(
        "minutes agenda the meeting a meeting meeting documents meeting details meeting summary "
        "documents agenda item agenda and minutes draft minutes unconfirmed minutes open minutes "
        "meetings date time venue items item approved draft unapproved final confirmed "
        "unconfirmed adopted amended revised pages page home".split(" ")
    )
    | frozenset({"the meeting", "this meeting"})
    | {
        "agenda and minutes",
        "meeting documents",
        "meeting details",
        "meeting summary",
        "agenda item",
        "draft minutes",
        "open minutes",
        "unconfirmed minutes",
        "a meeting",
    }
)
END_TIME = re.compile(
    r"(?:ended|closed|finished|concluded|rose|closed the meeting)\s+at\s+(.+)", re.IGNORECASE
)
DATE_OF_ISSUE = re.compile(r"^date of (?:issue|publication)\s*:?\s*(.+)$", re.IGNORECASE)
APOLOGIES_SENTENCE = re.compile(
    r"apologies(?:\s+for\s+absence)?\s*(?:(?:were|was|had been)\s+)?"
    r"(?:(?:received|submitted|given|tendered|noted)\s+)?(?:from|on behalf of|:)\s+"
    r"(.+?)(?:(?<!\b[A-Z])\.(?:\s|$)|$)",  # not the dot of an initial: "J. D. Bee"
    re.IGNORECASE,
)
SENT_APOLOGIES = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<names>(?:(?:Cllrs?|Cr|Mr|Mrs|Ms|Dr)\.\s*)?[A-Z](?:(?:Cllrs?|Cr|Mr|Mrs|Ms|Dr)\.|[^.;])*?)\s+(?:had\s+)?"
    r"(?:sent|gave|tendered|offered)\s+"
    r"(?:his|her|their)\s+apologies"
)
HONORIFIC_PLURAL = re.compile(
    r"^(?P<title>councillors|councilors|cllrs\.?|trustees|commissioners|supervisors|aldermen)\s+",
    re.I,
)
SINGULAR_TITLE = {"trustees": "Trustee", "commissioners": "Commissioner",
                  "supervisors": "Supervisor", "aldermen": "Alderman",
                  "councilors": "Councilor"}  # fmt: skip
HONORIFIC = re.compile(
    r"^(?:councillor|cllr|mr|mrs|ms|miss|dr|professor|sir|dame|lord|lady|the)\b", re.IGNORECASE
)
# What stands before the first name of an attendance entry: a table's cell mark, "Present were"
ATTENDANCE_LEAD = re.compile(
    r"^(?:[|\s]+|(?:those\s+)?present\s+(?:were|are)\s*:?\s+)+", re.IGNORECASE
)
# ... a second titled name run on from the first: "Councillor Ann Bee Councillor Cy Dee"
ENTRY_TITLE = r"(?:Councillor|Cllr|Mayor|Mr|Mrs|Ms|Dr)\.?"
SECOND_TITLED_NAME = re.compile(rf"(?<=[a-z])\s+(?={ENTRY_TITLE}\s+[A-Z])")
TITLE_ALONE = re.compile(rf"(?:{ENTRY_TITLE}\s*)+", re.IGNORECASE)
# ... and a post after the name: "Councillor Bee The Chairman"
ROLE_AFTER_NAME = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){1,4}?[A-Z][\w'\u2019-]+)\s+(?i:the)\s+"
    r"(?P<role>(?i:(?:vice[- ])?chair(?:man|woman|person)?|clerk|mayor|secretary|treasurer))$"
)
# Words that make a bracketed part the name rather than the role: "Head of Planning (Karen Holt)".
COUNCIL_LINE = re.compile(r"^[A-Z][\w' &-]*\b(?:Council|Authority)$", re.IGNORECASE)
FULL_COUNCIL = re.compile(r"^(?:the\s+)?(?:full\s+)?council$", re.IGNORECASE)
# "CITY COUNCIL" over "REGULAR MEETING": a council that names no place is the body meeting
PLACELESS_COUNCIL = re.compile(
    r"^(?:the\s+)?(?:city|town|village|borough|county|district|parish|shire|municipal|"
    r"regional|community|township)\s+council$",
    re.IGNORECASE,
)
PLACE_WORD = re.compile(
    r"\b(?:centre|center|hall|room|chamber|chambers|offices?|house|building|library|pavilion|"
    r"suite|institute|street|road|lane|avenue|square)\b",
    re.IGNORECASE,
)
# "... Board of Trustees Pinecrest Village Hall 210 W": a venue, its number after it
VENUE_START = re.compile(
    r"\s+(?=(?:[A-Z][\w'\u2019.-]*\s+){0,4}?"
    r"(?i:centre|center|hall|room|chambers?|building|pavilion|offices)\b[^,]*\d)"
)
# The words around a name, and an image's text ("Maranoa Logo Process"), name no body.
NOT_A_BODY = re.compile(
    r"^(?:taken|held|dated|commencing|convened|posted|published|uploaded|updated)\b"
    r"|^meeting\s+held$|\blogo\b"
    # a label of the meeting's particulars: "Date of Meeting", "Time and Place of Meeting"
    r"|^(?:date|time|place|venue|location|start|type)(?:\s+(?:and|&)\s+\w+)?\s+of\s+(?:the\s+)?meeting$"
    # a web page's instructions: "View live and historical meetings on YouTube"
    r"|^(?:view|watch|click|download|see|visit|follow|subscribe|listen)\b"
    # a motion or the opening of the meeting, not a name: "Motion by A, second by B, to ...",
    # "Presiding Commissioner Bee called the meeting to order"
    r"|^(?:motion|moved)\b|\bseconds?(?:ed)?\s+by\b|\bcalled\s+the\s+meeting\b"
    r"|\bcalled\s+to\s+order\b"  # "Meeting Called to Order at 6:05pm by Chair Ann Bee"
    # a site's section of many meetings ("Public meetings"), and a name broken off before
    # the meeting's kind ("Town of" / "Regular" / "Meeting" joined): no body's name
    r"|\bmeetings$|\bof\s+(?:regular|special|annual|ordinary|extraordinary|adjourned|emergency)"
    r"(?:\s+meeting)?$",
    re.IGNORECASE,
)
# A name that is only an acronym, perhaps with "Meeting": "PCC", "PCC Meeting".
BARE_ACRONYM_NAME = re.compile(r"^(?P<acronym>[A-Z]{2,6})(?:\s+(?:meeting|minutes))?$", re.I)
MAX_NAME_WORDS = 12  # longer, and the "name" is a sentence or a run of page text
HEADING_WORDS = 12  # a heading line naming the meeting's day, at most


@dataclass
class MeetingHeader:
    committee: str | None = None
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None
    body: str | None = None
    date_of_issue: date | None = None
    present: list[Attendee] = field(default_factory=list)
    also_attended: list[Attendee] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)


def parse_meeting_header(
    preamble: list[str], closing: list[str], all_lines: list[str], wrap_width: int | None = None
) -> MeetingHeader:
    """Everything the minutes say about the meeting itself."""
    header = MeetingHeader()
    preamble, all_lines = before_other_documents(preamble), before_other_documents(all_lines)
    preamble, all_lines = with_dates_read_whole(preamble), with_dates_read_whole(all_lines)
    title_lines, blocks = split_labelled_blocks(preamble)
    read_title(join_wrapped_lines(title_lines, wrap_width), header)
    if header.committee is None or header.date is None:
        fill_from_decision_labels(header, all_lines)
    if header.committee is None or header.date is None:
        fill_from_opening_lines(header, join_wrapped_lines(opening_lines(all_lines), wrap_width))
    if header.date is None:  # "ALL MEMBERS PRESENT" / "OCTOBER 18, 2011": below a label
        header.date = date_alone_in_heading(all_lines)
    if header.date is None:  # the agenda above, then "Minutes of the Meeting held on ..."
        header.date = date_the_minutes_give_themselves(all_lines)
    if header.date is None:  # "Elm Board met July 1" / ... "on Monday, July 1, 2024 at ..."
        header.date = headings_day_dated_below(all_lines)
    all_text = "\n".join(all_lines)
    header.date = in_the_documents_order(header.date, all_text)
    if header.date and is_impossible_year(header.date):
        header.date = None  # "26th June 2107": a typing slip, no meeting's date
    header.committee = as_committee(header.committee)
    if header.committee and names_no_body(header.committee) and header.body:
        header.committee = header.body  # "Elmvale Community Council" / "Minute of Meeting ..."
    if header.committee is None:  # "Library Trustees Present: ...": the body who came
        header.committee = next(filter(None, map(body_present, preamble)), None)
    if header.committee is None:  # the agenda above, then "The Elm County Board met ..."
        header.committee = body_that_met(all_lines[:MET_LINES])
    elif not GOVERNING_WORD.search(header.committee):  # "On this", a venue, "Agendas"
        governing = body_that_met(all_lines[:MET_LINES]) or header.body
        if governing and GOVERNING_WORD.search(governing):
            header.committee = governing
    if header.committee:
        header.committee = expand_acronym_name(without_leftovers(header.committee), all_text)
    for label, lines in blocks:
        apply_block(label, lines, header)
    header.end_time = find_end_time(closing) or header.end_time
    header.date_of_issue = find_date_of_issue(all_lines)
    return header


def names_no_body(committee: str) -> bool:
    """ "Meeting", "Minutes of Meeting", "Ordinary Meeting": a meeting named by nothing, or
    by its kind alone; the body that met is the committee (not "Annual General Meeting",
    which users facet on)."""
    kind_alone = MEETING_KIND_NAME.fullmatch(committee) and not GENERAL_MEETING.search(committee)
    return bool(MEETING_ALONE.match(committee) or kind_alone)


def without_leftovers(name: str) -> str:
    """The name a user would facet on, without what the heading printed around it: "Parish
    Council at 8:45PM", "Board met July 1", "Delegate Meeting Thursday 19th September 02",
    "MINUTE of MEETING of the Roads Committee", "At a meeting of the Board", "Council
    COUNCIL", "Council)"."""
    cleaned = LEFTOVER_TIME.sub("", name)
    cleaned = LEFTOVER_MET.sub("", LEFTOVER_WEEKDAY.sub("", cleaned))
    opening = LEFTOVER_OPENING.match(cleaned)
    if opening and GOVERNING_WORD.search(cleaned[opening.end() :]):
        cleaned = cleaned[opening.end() :]
    words = cleaned.split()
    half = len(words) // 2
    if (
        words
        and len(words) % 2 == 0
        and [w.lower() for w in words[:half]] == [w.lower() for w in words[half:]]
    ):
        cleaned = " ".join(words[:half])  # "Kildare County Council Kildare County Council"
    if cleaned.endswith(")") and "(" not in cleaned:
        cleaned = cleaned[:-1]
    cleaned = cleaned.strip(" ,-\u2013")
    return cleaned if GOVERNING_WORD.search(cleaned) or not GOVERNING_WORD.search(name) else name


def body_that_met(lines: list[str]) -> str | None:
    """The body a paragraph opens by saying met ("The Elm County Board of Commissioners
    met in ..."), where the heading names none (an agenda printed above the minutes)."""
    for text in lines:
        met = BODY_MET.match(text) or BODY_MET_AFTER_CLAUSE.search(text)
        clause = met and NOT_IN_TITLES.intersection(met["name"].lower().split())
        if met and not clause and names_a_body(name := tidy_name(met["name"])):
            return name  # not "Cllr Bee stated that the Studies Group had not" (met)
    return None


def in_the_documents_order(day: date | None, text: str) -> date | None:
    """A date read day first from "04/12/2007" ("04/12/07") is 12 April in minutes that write their
    dates month first: another such date cannot be read day first ("04/25/2007"), or the
    month-first reading is also written out ("April 12, 2007")."""
    if day is None or day.day > 12 or day.day == day.month:
        return day
    printed = rf"\b0?{day.day}[/.-]0?{day.month}[/.-](?:{day.year}|{day.year % 100:02d})\b"
    if not re.search(printed, text):
        return day
    swapped = date(day.year, day.day, day.month)
    month_first = day_first = 0
    for numeric in NUMERIC_DATE.finditer(text):
        first, second = map(int, re.split(r"[-/.]", numeric.group())[:2])
        month_first += second > 12 >= first
        day_first += first > 12 >= second
    named = month_named_above(text, day, swapped)
    month_first += written_out(swapped, text) + (named == swapped)
    day_first += written_out(day, text) + (named == day)
    # ... and, weaker, the order the minutes write any date in: "March 2, 2021" or "2 March"
    month_first += 0.5 * bool(MONTH_THEN_DAY.search(text))
    day_first += 0.5 * bool(DAY_THEN_MONTH.search(text))
    # ... and, weakest, the words of a country that writes its dates one way or the other,
    # each kind of word counting ("£5" and "Cllr" say more than either alone)
    month_first += 0.25 * country_words(MONTH_FIRST_COUNTRY, text)
    day_first += 0.25 * country_words(DAY_FIRST_COUNTRY, text)
    return swapped if month_first > day_first else day


# Words of minutes from the United States, which write the month first ("$25", "Pledge
# of Allegiance", "in favor", "Councilmember"), and from the UK and the Commonwealth,
# which write the day first ("£25", "Cllr", "in favour", "Apologies").
MONTH_FIRST_COUNTRY = re.compile(
    r"\$\s?\d|\bPledge of Allegiance\b|\bfavor\b|\bCouncil\s?(?:member|man|woman)s?\b",
    re.IGNORECASE,
)
DAY_FIRST_COUNTRY = re.compile(r"\u00a3\s?\d|\bCllrs?\b|\bfavour\b|\bapologies\b", re.IGNORECASE)


def country_words(words: re.Pattern, text: str) -> int:
    """How many kinds of a country's words the text uses ("£", "Cllr", "favour")."""
    return len({re.sub(r"[\d\s]|s$", "", m.group().lower()) for m in words.finditer(text)})


MONTH_THEN_DAY = re.compile(rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", re.I)
DAY_THEN_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b", re.I)


def month_named_above(text: str, *readings: date) -> date | None:
    """ "March Minutes" above "03/10/09": the one reading whose month the opening names."""
    opening = text[:OPENING_CHARS]
    named = [day for day in readings if re.search(rf"\b{day.strftime('%B')}\b", opening)]
    return named[0] if len(named) == 1 else None


def written_out(day: date, text: str) -> bool:
    """ "April 12, 2007" or "12th April 2007" in the text."""
    month, number = day.strftime("%B"), rf"0?{day.day}(?:st|nd|rd|th)?"
    written = rf"{month}\s+{number},?\s+{day.year}|{number}\s+(?:of\s+)?{month},?\s+{day.year}"
    return bool(re.search(written, text, re.IGNORECASE))


MAX_OPENING_LINES = 10
# A person ("Mr Brian Wilson", "Rev Robert Coulter") is never the committee; a list's
# letter before a name ("A. Committee of the Whole") is not part of it. Personal titles
# only: roles.PERSON also takes offices ("Trustee", "Director"), which begin bodies'
# names too ("Trustee Board").
PERSON_NAMED = re.compile(
    r"^(?:councillor|cllr|cr|mr|mrs|ms|miss|dr|rev|revd|reverend|sir|dame)\.?\s+[A-Z]",
    re.IGNORECASE,
)
LIST_LETTER = re.compile(r"^[A-Z][.)]\s+(?=[A-Z])")


def as_committee(name: str | None) -> str | None:
    """The name as a committee, or None when it names a person."""
    if name is None or PERSON_NAMED.match(name):
        return None
    return LIST_LETTER.sub("", name)


# "Library Trustees Present:", "Board Members Present:": an attendance label naming a body.
BODY_PRESENT = re.compile(
    rf"^(?P<name>(?:[A-Z][\w'’&-]*\s+){{0,3}}?(?:{BODIES}))(?:\s+members)?\s+present\s*:",
    re.IGNORECASE,
)


def body_present(text: str) -> str | None:
    match = BODY_PRESENT.match(text)
    return tidy_name(match["name"]) if match else None


def opening_lines(all_lines: list[str]) -> list[str]:
    """The document's first lines, up to its first label ("Venue:", "Present") or its
    first running text without a date (after it, dates are the business's)."""
    lines: list[str] = []
    for position, text in enumerate(all_lines):
        if LABEL.match(text) and position == 0:
            continue  # a page's running line above the heading ("Present: Cllr Bee, presided")
        if LABEL.match(text) or len(lines) == MAX_OPENING_LINES:
            break
        if len(lines) > 1 and LISTED.match(lines[-1]):
            break  # the first item's title below the heading: what follows is its business
        if lines and is_body_text(text) and not DATE.search(text):
            lines.append(text)  # it may still name the body ("The Board meeting of the X")
            break
        if text:
            lines.append(text)
    return lines


def date_alone_in_heading(all_lines: list[str]) -> date | None:
    """A line of the heading that is a date and little else ("OCTOBER 18, 2011", "DATE:
    Monday, January 19, 1998, 8:00 a.m.", "27 SEPTEMBER 2005 (EVE)"), where the opening
    lines stopped at a label above it: the meeting's date, the best such line's."""
    texts = [text for text in all_lines if text.strip()][:HEADING_SCAN_LINES]
    # ... not a list's entry, the minutes an item approves ("b. Minutes – February 26, 2020")
    alone = [text if is_date_alone(text) and not LISTED.match(text) else "" for text in texts]
    best = best_date_line(alone)
    return parse_date(best[1].group(0)) if best else None


def minutes_opening(text: str) -> re.Match | None:
    """ "Minutes of the Parish Council Meeting held on Monday 8th December 2020": the line
    that opens the minutes of a meeting held that day (not "... 2020 were approved")."""
    opening = MINUTES_HELD_ON.match(text)
    return None if opening is None or APPROVED_AFTER.match(text, opening.end()) else opening


def date_the_minutes_give_themselves(all_lines: list[str]) -> date | None:
    """The date of the first line that opens the minutes of a meeting held that day, below
    the agenda or a page's chrome ("Minutes of the Parish Council Meeting held on Monday
    8th December 2020;"): not an entry of the agenda ("4 Minutes of the Meeting held on
    ..."), nor an earlier meeting's minutes approved ("... 2020 were approved")."""
    for text in all_lines:
        if not (opening := minutes_opening(text)):
            continue
        day = parse_date(opening["date"])
        if day and not is_impossible_year(day):
            return day
    return None


def headings_day_dated_below(all_lines: list[str]) -> date | None:
    """The heading names the meeting's day without its year ("Elm Village Board met July
    1", "Meeting Held Tuesday 24th August"): the first full date below with that day and
    month is the meeting's, or a date in figures with them ("minutes 24.08.10")."""
    heading = [text for text in all_lines if text.strip()][:HEADING_DAY_LINES]
    named = {
        (day.month, day.day): weekday_before(text, match.start())
        for text in heading
        if len(text.split()) <= HEADING_WORDS  # not a page run onto one line
        for pattern in (DAY_WITHOUT_YEAR_IN_TITLE, DAY_THEN_MONTH)
        for match in pattern.finditer(text)
        if not YEAR_NEXT.match(text, match.end())  # "held on 25 January 2018": dated already
        if (day := parse_date(f"{match[0]} {LEAP_YEAR}"))
    }
    for text in all_lines[:MET_LINES] if named else ():
        printed = (parse_date(found[0]) for found in DATE.finditer(text))
        for day in itertools.chain(printed, days_in_figures(text)):
            if day and (day.month, day.day) in named and not is_impossible_year(day):
                return day
    if len(named) != 1:
        return None
    # ... or none does: the year the text names most ("1 February" and "Meeting No.
    # 2/2017", "4 January 2017" twice) is the meeting's; but a weekday the heading gives
    # the day ("Monday 3rd June", the "2020 budget" twice and the "2019 accounts") picks
    # among the years named those in which the day fell on it (3 June 2019 was a Monday)
    ((month, day), weekday), years = named.popitem(), named_years(all_lines[:MET_LINES])
    on_it = Counter({year: n for year, n in years.items() if on_weekday(year, month, day, weekday)})
    year = most_named(on_it, 1) if weekday is not None and on_it else most_named(years, 2)
    return on_day(year, month, day) if year else None


def weekday_before(text: str, at: int) -> int | None:
    """The weekday printed just before a day ("Tuesday 24th August"): 0 for Monday."""
    found = WEEKDAY_JUST_BEFORE.search(text[:at])
    return WEEKDAYS.index(found[1].lower()) if found else None


def on_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February of a year with none
        return None


def on_weekday(year: int, month: int, day: int, weekday: int | None) -> bool:
    return (found := on_day(year, month, day)) is not None and found.weekday() == weekday


def days_in_figures(text: str) -> list[date]:
    """Dates in figures with a year of two digits ("05.05.15", "12-03-19"), read both ways
    round: only a day the heading names picks one of them."""
    found = []
    for first, _, second, short in SHORT_FIGURES_DATE.findall(text):
        year = int(short) + (2000 if 2000 + int(short) <= date.today().year + 1 else 1900)
        found += [on_day(year, int(second), int(first)), on_day(year, int(first), int(second))]
    return [day for day in found if day]


def named_years(lines: list[str]) -> Counter[int]:
    return Counter(int(year) for text in lines for year in YEAR.findall(text))


def the_texts_year(lines: list[str]) -> int | None:
    """The year a text names more than any other, twice at least, if there is one."""
    return most_named(named_years(lines), 2)


def most_named(counts: Counter[int], at_least: int) -> int | None:
    """The year named more often than any other, `at_least` times, if there is one."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < at_least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return None if is_impossible_year(date(ranked[0][0], 1, 1)) else ranked[0][0]


def before_other_documents(lines: list[str]) -> list[str]:
    """The lines above a document-sharing site's list of "Similar documents": the titles
    below it are other meetings', with their committees and dates."""
    cut = next((i for i, text in enumerate(lines) if OTHER_DOCUMENTS.match(text)), None)
    return lines if cut is None else lines[:cut]


def with_dates_read_whole(lines: list[str]) -> list[str]:
    """The lines as their dates are read (the items keep the text as printed). A meeting
    of several days ("Assembly Decisions 23 - 24 March 2010", "Meeting of October 6-8,
    2011") is dated by its first day: each range of days read as that day. A day's
    ordinal a PDF's text left spaced off ("On Monday 1 st December", "July 14 th , 2014")
    is the day's, before a month or a year."""
    lines = [first_days(text) if RANGE_HINT.search(text) else text for text in lines]
    lines = [SPACED_ORDINAL.sub(r"\1\2", t) if ORDINAL_HINT.search(t) else t for t in lines]
    return with_wrapped_dates_joined(lines)


def with_wrapped_dates_joined(lines: list[str]) -> list[str]:
    """A date the wrap broke after its month ("... MONDAY, NOVEMBER" / "27, 1995, 7:00
    P.M."): its day and year read on the month's line."""
    out = list(lines)
    for at in range(len(out) - 1):
        if MONTH_ENDS_LINE.search(out[at]) and (day := DAY_AND_YEAR_FIRST.match(out[at + 1])):
            out[at] = f"{out[at]} {day[0].strip()}"
            out[at + 1] = out[at + 1][day.end() :]
    return out


def first_days(text: str) -> str:
    for pattern in DAYS_OF_A_MEETING:
        text = pattern.sub(lambda days: f"{days['first']} {days['month']} {days['year']}", text)
    return text


MONTH_ENDS_LINE = re.compile(rf"\b{MONTH}$", re.IGNORECASE)
DAY_AND_YEAR_FIRST = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b,?\s*")
# "23 - 24 March 2010", "14th and 15th of June, 2019"; "March 23-24, 2010"
RANGE_HINT = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-\u2013\u2014&]|to|and)\s*\d")
DAYS = r"(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-\u2013\u2014&]|to|and)\s*\d{1,2}(?:st|nd|rd|th)?"
DAYS_OF_A_MEETING = (
    re.compile(rf"\b{DAYS}\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<month>{MONTH})\s+{DAYS},?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
)
WEEKDAY_JUST_BEFORE = re.compile(rf"\b({'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?$", re.IGNORECASE)
SHORT_FIGURES_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d\d)(?![\d./-])")
OTHER_DOCUMENTS = re.compile(r"^\s*(?:similar|related|recommended)\s+documents\s*:?\s*$", re.I)
MONTH_GLUED_TO_DAY = re.compile(r"(?<=[A-Za-z])(?=\d)")
ORDINAL_HINT = re.compile(r"\d[ \t]+(?:st|nd|rd|th)\b")  # found many times faster than the whole
SPACED_ORDINAL = re.compile(
    rf"(?<![\d.,/])\b(\d{{1,2}})[ \t]+(st|nd|rd|th)\b(?:[ \t]+(?=,))?"
    rf"(?=[ \t]*,?[ \t]*(?:{MONTH}|(?:19|20)\d\d\b))"
)
HEADING_DAY_LINES = 3  # lines with text at the top that may name the meeting's day
YEAR_NEXT = re.compile(r"[\s,.]{0,3}(?:19|20)\d\d")
LEAP_YEAR = 2000  # a year in which every day a heading may name is a date


MINUTES_HELD_ON = re.compile(
    rf"^(?:draft\s+|unconfirmed\s+)?minutes\s+of\s+(?:the\s+)?[^.;]{{0,80}}?\bheld\s+"
    rf"(?:on\s+)?(?P<date>{DATE.pattern})\W*",
    re.IGNORECASE,
)
HEADING_SCAN_LINES = 20  # lines with text at the top that may hold the heading's date
LISTED = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s")  # "b. ", "(ii) ", "3) "
MAX_WORDS_BESIDE_DATE = 3  # "(EVE)", "at 7pm": what a date alone on its line may carry


def is_date_alone(text: str) -> bool:
    """A date with little beside it, and no second date: "09/14/03 Website (07/14/03)" is
    a minute's reference and the earlier minute it follows up, not a meeting's date."""
    found = DATE.search(text)
    if not found:
        return False
    rest = TIME.sub(" ", f"{text[: found.start()]} {text[found.end() :]}")
    if DATE.search(rest):
        return False
    words = [w for w in re.split(r"[\s,:()]+", rest) if w and w.lower() not in ("date", "at")]
    return len(words) <= MAX_WORDS_BESIDE_DATE


def fill_from_decision_labels(header: MeetingHeader, lines: list[str]) -> None:
    """A committee system's page of one decision names who took it and when under labels
    of its own ("Decision Maker: Cabinet", "Date of decision: 11/12/2023", "Decided at
    meeting: 11/12/2023 - Cabinet"), anywhere on the page."""
    for text in lines:
        label = DECISION_FACT.match(text.strip())
        if not label:
            continue
        value = label["value"]
        if label["label"].lower() == "decision maker":
            header.committee = header.committee or as_committee(tidy_name(value))
            continue
        found = DATE.search(value)
        if found and header.date is None:
            header.date = parse_date(found.group(0))
        if found and header.committee is None:
            header.committee = committee_after_date(value[found.end() :])


def fill_from_opening_lines(header: MeetingHeader, lines: list[str]) -> None:
    """A heading the segmenter took for the first item ("Agenda and minutes" looks like a
    title) is still the heading: read the document's opening lines for what is missing."""
    opening = MeetingHeader()
    read_title(lines, opening)
    if opening.committee and GOVERNING_WORD.search(opening.committee):  # not an item's title
        header.committee = header.committee or opening.committee
    if header.date is None and opening.date:
        header.date, header.start_time = opening.date, header.start_time or opening.start_time


def expand_acronym_name(name: str, text: str) -> str:
    """ "PCC Meeting" -> "Parochial Church Council Meeting" when the minutes spell it out:
    people facet on the body's name, and an acronym alone is ambiguous across councils."""
    match = BARE_ACRONYM_NAME.match(name)
    if not match:
        return name
    acronym = match["acronym"]
    expansion = defined_acronyms(text).get(acronym) or phrase_for_initials(text, letters(acronym))
    return name.replace(acronym, expansion, 1) if expansion else name


# A second label after a sentence's end on the same line ("Members present: A, B and C.
# Also present: D, Clerk."), and a roll call's label before the one it holds.
NEXT_LABEL = re.compile(
    r"(?<=[.;])\s+(?=(?:[A-Z][\w'’]*\s+){0,3}(?:present|in attendance|absent|apolog(?:y|ies))"
    r"(?:\s+for\s+absence)?\s*:)",
    re.IGNORECASE,
)
ROLL_CALL_FIRST = re.compile(r"^roll\s+call\s*:\s*(?=\w[\w\s]{0,30}:)", re.IGNORECASE)


def labelled_parts(text: str) -> list[str]:
    """A line of labelled sentences ("Members present: A, B and C. Also present: D.") parted
    at each label; a page flattened onto one line is left whole (its labels run into the
    rest of the page)."""
    if len(text) > FLATTENED_LINE:
        return [text]
    return NEXT_LABEL.split(ROLL_CALL_FIRST.sub("", text))


# A sentence opening with its circumstances, after the labelled blocks of who came: "In
# the absence of a Chairman since ..., Members called on ...": no one attending.
CIRCUMSTANCE = re.compile(
    r"^(?:In|On|At|As|Following|During|After|Before|Since|Due\s+to|Owing\s+to)\s+"
    r"(?:the|a|an|this|his|her|their)\s+[a-z]"
)


def split_labelled_blocks(preamble: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Lines before the first label ("Present:") or after a contact line, and each
    labelled block's lines (a line holding several labels parted at each)."""
    title_lines: list[str] = []
    blocks: list[tuple[str, list[str]]] = []
    texts = [part for text in preamble for part in labelled_parts(text)]
    for text in texts:
        if not text:
            continue
        match = LABEL.match(text)
        if match:
            blocks.append((match["label"].lower(), [match["rest"]] if match["rest"] else []))
        elif BARE_NUMBER.match(text):
            continue  # "P031/19": a minute reference standing before the first item
        elif blocks and CIRCUMSTANCE.match(text):
            blocks.append(("", []))  # "In the absence of a Chairman, ...": a sentence ends it
        elif blocks and minutes_opening(text):
            # "Date: 5th April 2012" / "Posted By: ..." / "Minutes of ... held on 2nd April
            # 2012": a page's labels above the minutes' own heading, which ends them
            title_lines.append(text)
            blocks.append(("", []))
        elif blocks and not (blocks[-1][0].startswith(("contact", "clerk")) and blocks[-1][1]):
            blocks[-1][1].append(text)  # a contact line ("Clerk: ... | Tel: ...") is one line
        else:
            title_lines.append(text)
    return title_lines, blocks


def apply_block(label: str, lines: list[str], header: MeetingHeader) -> None:
    """Attendance by label: members present, apologies, everyone else who attended (a
    block without a label, the lines after a sentence that ended the labelled ones, none)."""
    if not label:
        return
    label = re.sub(r"\s+", " ", label)
    lines = [text for text in lines if not NOT_A_PERSON.match(text)]
    if MEMBERS_LABEL.match(label):
        header.present += parse_attendee_list(lines)
    elif label.startswith(("apolog", "regrets", "leave of absence")):
        header.apologies += split_names(" ".join(lines))
    elif label == "absent":
        return  # absent without apology: neither present nor apologies
    elif label in ("venue", "place"):
        header.venue = header.venue or clean_venue(" ".join(lines))
    elif label == "time":
        header.start_time = header.start_time or find_time(" ".join(lines))
    elif label.startswith(("contact", "clerk")):
        return
    else:
        entries = join_attendance_lines(lines)
        header.also_attended += [
            parse_attendee(part)
            for entry in entries
            for part in split_entry_line(entry)
            for part in (split_top_level(part) if " and " in part and "(" in part else [part])
            if part[:1].isupper()  # not "and four members of the public"
        ]


def read_title(lines: list[str], header: MeetingHeader) -> None:
    """Committee, date, start time, venue and council from the heading lines.

    Headings can hold several dates ("Moved from 9th October 2018, Cabinet -
    Tuesday, 2nd October, 2018"): the meeting's is the one that names a body,
    has a weekday or says "held", and is not a publication or rescheduling date.
    """
    lines = with_dates_rejoined([GLUED_CAPITALS.sub(" ", text) for text in lines])
    lines = with_names_rejoined(lines)
    for text in lines:
        council = re.sub(r"^minutes\s+(?:of\s+)?", "", text, flags=re.I)
        if COUNCIL_LINE.match(council) and not FULL_COUNCIL.match(council) and not header.body:
            header.body = tidy_name(council)
    best = best_date_line(lines)
    if best is None:
        if not header.committee:
            named = (found(lines) for found in (committee_named_anywhere, committee_from_lines))
            named = itertools.chain(named, [body_at_start(lines[0]) if lines else None])
            header.committee = next((n for n in named if n and could_name_a_body(n)), None)
        header.committee = with_body_named(header.committee, lines)
        header.date = header.date or date_with_the_headings_year(lines)
        return
    index, match, committee = best
    text = lines[index]
    dated = parse_date(match.group(0))
    header.date = day_the_minutes_name(lines, dated) or dated
    header.start_time = find_time(text[match.end() :]) or find_time(text)
    found = (
        find()
        for find in (
            lambda: committee,
            lambda: committee_named_anywhere(lines),
            lambda: committee_from_lines(lines[:index]),
            lambda: committee_named_anywhere(lines, article=False),
            lambda: committee_after_date(text[match.end() :]),
            lambda: committee_below_date(lines[index + 1 : index + 2]),
        )
    )
    header.committee = governing_name(n for n in found if n and could_name_a_body(n))
    if header.committee is None and (opening := body_at_start(lines[0])):
        header.committee = opening if could_name_a_body(opening) else None
    header.committee = with_body_named(header.committee, lines)
    header.venue = venue_after_date(text[match.end() :])


def governing_name(names: Iterable[str]) -> str | None:
    """The first name that says what governs ("Steering Group", "Commissioners Court"), else
    the first name ("Narrative Notes for the ...", "On this the 26th day of ..." lose to a
    later one that governs); looked for no further than needed."""
    first = None
    for name in names:
        if GOVERNING_WORD.search(name):
            return name
        first = first or name
    return first


def body_at_start(text: str) -> str | None:
    """The body's name opening the document's first line, when the page's lines were run
    together into it ("INTERNET ENGINEERING STEERING GROUP (IESG) Narrative Notes for ...",
    "Overview & Scrutiny Committee Committee Members: ..."): where its own line would have
    stood apart as the heading."""
    opening = BODY_AT_START.match(text) if len(text) > FLATTENED_LINE else None
    return tidy_name(opening["name"]) if opening else None


def could_name_a_body(name: str) -> bool:
    """Not a date ("Monday, September 14, 2020", "Meeting – 20th May"), a time ("Meeting
    7.30pm"), a place alone ("Council Chamber", not "Board of Adjustment ... Council
    Chambers") or the words around a name ("Taken at A Regular Meeting", "Meeting held"),
    nor words across a sentence's end ("Previous Meeting. The minutes of ...")."""
    only_a_venue = names_a_venue(name) and len(GOVERNING_WORD.findall(name)) == 1
    dated = DATE.fullmatch(name.strip(" .,")) or only_words_around(DAY_AND_MONTH, name)
    dated = dated or DAY_AND_MONTH.fullmatch(name.strip(" .,"))  # "July 14", "14 July"
    timed = only_words_around(TIME, name)  # "Meeting 7.30pm"
    sentences = runs_past_a_sentence(name)
    return not (
        dated
        or a_months_meeting(name)
        or only_a_venue
        or timed
        or sentences
        or is_garbled(name)
        or is_menu(name)
        or is_byline(name)
        or NOT_A_BODY.search(name)
        or ITEM_FIRST.match(name)  # "3.Welcome the new member and assign to a committee"
    )


def a_months_meeting(name: str) -> bool:
    """ "March Meeting", "Tuesday General Meeting": which meeting, by its day or month,
    naming no body."""
    when, _, rest = name.lower().replace(".", "").strip().partition(" ")
    if when not in MONTHS and not re.fullmatch(WEEKDAY_NAME, when, re.IGNORECASE):
        return False
    return bool(re.fullmatch(rf"(?:(?:{KINDS}|general|monthly)\s+)*(?:meeting|minutes)", rest))


def is_menu(name: str) -> bool:
    """A site's menu run together ("Election Info Expense Reports Public Hearings Spring/Fall
    Cleanup Tax Exemptions Town"): many words, none of the small ones a long name has
    ("Board of Supervisors of the County of Elm"), and no body's word to end it."""
    words = name.split()
    if len(words) < MENU_WORDS or any(w.lower() in NAME_JOINERS for w in words):
        return False
    return not GOVERNING_WORD.fullmatch(words[-1])  # "... Fire Protection Area No.1 BOARD"


def is_garbled(name: str) -> bool:
    """A scan's noise, not a name ("V- \ufffd EC EI t (^'\ufffd Meeting"): a character the
    reading could not decode, or fewer than three in five letters and spaces."""
    plain = sum(c.isalpha() or c.isspace() for c in name)
    return "\ufffd" in name or plain < GARBLE_SHARE * len(name)


def runs_past_a_sentence(name: str) -> bool:
    """ "Previous Meeting. The minutes of previous meetings": after a full stop, words in
    lower case as a sentence has ("minutes"); not an abbreviation inside a name ("Hickory
    Twp. Board of Supervisors", "St. Mary's")."""
    stop = SENTENCE_INSIDE.search(name)
    return bool(stop) and any(
        len(word) > 2 and word.islower() and word not in TITLE_CONNECTIVES
        for word in name[stop.end() :].split()
    )


def only_words_around(pattern: re.Pattern, name: str) -> bool:
    """The name without what `pattern` finds in it (a day, a time) is only the words
    around a name ("Meeting – 20th May", "Meeting 7.30pm")."""
    rest = pattern.sub("", name).strip(" .,-\u2013\u2014").lower()
    return rest != name.lower() and rest in GENERIC_NAMES


def is_byline(text: str) -> bool:
    """A posting's byline ("June 21st, 2016 by Ann Bee in General News"), never a name."""
    return bool(BYLINE_AFTER.search(f" {text}"))


def with_dates_rejoined(lines: list[str]) -> list[str]:
    """A heading's date broken across two lines ("on Wednesday 13" / "November 2019",
    "Monday, March" / "4, 2019") joined on the first of them."""
    return rejoined(lines, breaks_a_date)


def breaks_a_date(text: str, following: str) -> bool:
    """Whether a date begun at the end of `text` ends in `following` ("... held on 12" /
    "March 2024"): no date in either alone, one across the two."""
    if not DATE_BROKEN_AT_END.search(text):
        return False  # the cheap test first: most lines end in no part of a date
    return bool(DATE.search(f"{text} {following}")) and not (
        DATE.search(text) or DATE.search(following)
    )


def rejoined(lines: list[str], belong_together: Callable[[str, str], bool]) -> list[str]:
    """Lines with the one after them joined on, where `belong_together(line, next)` says
    so; the joined line's place is left blank, so lines keep their positions."""
    joined = list(lines)
    for index in range(len(joined) - 1):
        if belong_together(joined[index], joined[index + 1]):
            joined[index], joined[index + 1] = f"{joined[index]} {joined[index + 1]}", ""
    return joined


def date_with_the_headings_year(lines: list[str]) -> date | None:
    """ "Surrey Gardens AGM 2009" / "Minutes" / "Tuesday 10 November": a day without a
    year under a heading that gives the year (one year only, or it is no heading's); or,
    wherever the day is written with its weekday ("... held ... On Monday 1 st December,
    ... Awards 2008 ..."), the one year of those the text names on which that day is that
    weekday."""
    years = {match for text in lines for match in re.findall(r"\b(?:19|20)\d\d\b", text)}
    if len(years) == 1:
        for text in lines:
            if match := DAY_WITHOUT_YEAR.match(text):
                return parse_date(f"{match[0]} {next(iter(years))}")
    return next(filter(None, (day_fixed_by_its_weekday(text, years) for text in lines)), None)


# "Monday 1 st December", "Monday, the 1st of December", "Monday, December 1" with no year
WEEKDAY_DAY_MONTH = re.compile(
    rf"\b(?P<weekday>{WEEKDAY_NAME}),?\s+(?:the\s+)?(?P<day>\d{{1,2}})\s?(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?(?P<month>{MONTH})(?!\s*,?\s*\d)"
    rf"|\b(?P<weekday2>{WEEKDAY_NAME}),?\s+(?P<month2>{MONTH})\s+(?P<day2>\d{{1,2}})"
    r"(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)


def day_fixed_by_its_weekday(text: str, years: set[str]) -> date | None:
    """The date of a day written with its weekday and no year, in the one year of `years`
    where that day falls on that weekday; None when none or several do."""
    match = WEEKDAY_DAY_MONTH.search(text)
    if not match:
        return None
    weekday = (match["weekday"] or match["weekday2"]).lower()
    day, month = match["day"] or match["day2"], match["month"] or match["month2"]
    fitting = {
        found
        for year in years
        if (found := parse_date(f"{day} {month} {year}")) and WEEKDAYS[found.weekday()] == weekday
    }
    return fitting.pop() if len(fitting) == 1 else None


def day_the_minutes_name(lines: list[str], dated: date | None) -> date | None:
    """ "Monday, August 10, 2015" / "Minutes for July 21 Meeting": the heading names the
    meeting's day without its year, under the date the page was posted: that day, in the
    year before the posting date's, or its own."""
    if dated is None:
        return None
    for text in lines:
        if len(text.split()) > HEADING_WORDS:
            continue  # "The minutes of the May 21st meeting had been emailed ...": a sentence
        if named := MINUTES_OF_A_DAY.search(text):
            day = parse_date(f"{named['day']} {dated.year}")
            if day and day > dated:
                day = parse_date(f"{named['day']} {dated.year - 1}")
            return day
    return None


def with_names_rejoined(lines: list[str]) -> list[str]:
    """A body's name broken across two lines of a heading in capitals ("... MEETING OF THE
    BALLYKEEL MUNICIPAL" / "DISTRICT WHICH WAS HELD ON ...") joined on the first."""
    return rejoined(lines, breaks_a_name)


def breaks_a_name(text: str, following: str) -> bool:
    match = MEETING_OF.search(text)
    return bool(match and match.end() == len(text) and re.match(r"[A-Z]{2,}\b", following))


# "Meeting date" alone on its line, the date on the next: a page of labels and values.
DATE_LABEL_ALONE = re.compile(r"^(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting)\s*:?$", re.I)


def best_date_line(lines: list[str]) -> tuple[int, re.Match, str | None] | None:
    """(line index, date match, committee on that line) of the meeting's own date.

    A date the heading elsewhere calls another meeting's ("for consideration at the next
    meeting on ...") is not this meeting's, even on a line that names the committee.
    """
    best, best_score = None, -1
    dates = [list(DATE.finditer(text)) for text in lines]  # once: three readings ask
    others = other_meeting_dates(lines, dates)
    named_days = days_named_for_minutes(lines)
    repeated = days_printed_again(lines, dates)
    first_alone = earliest_date_alone(lines, dates)
    for index, text in enumerate(lines):
        previous_end = 0
        held = re.search(r"\bheld\b|\bmeeting\b", text, re.I) is not None
        minutes = MINUTES_WORD.search(text) is not None  # once a line: it may hold many dates
        for match in dates[index]:
            before = text[previous_end : match.start()]
            previous_end = match.end()
            if NOT_THE_MEETING_DATE.search(before):
                continue
            day = parse_date(match.group(0))  # once: for the other meetings', and the title's
            if day in others or (day and is_impossible_year(day)):
                continue  # ... nor a scan's "March 27, 2607": no meeting's date
            after = text_after(text, match.end())
            if BYLINE_AFTER.match(after):
                continue  # "June 21st, 2016 by Ann Bee in General News": when it was posted
            if MINUTES_OF_A_DATE.match(before) and APPROVED_AFTER.search(after):
                continue  # "Minutes from April 2, 2016 meeting were approved ...": an earlier one
            if MINUTES_WORD.search(last_sentence(before)) and MINUTES_DEALT_WITH.match(after):
                continue  # "The minutes of the Board Meeting of Tuesday, October 22 were approved"
            if APPROVE_THE.search(before) and MINUTES_AFTER.match(after):
                continue  # "Approve the November 17, 2015 Planning Commission minutes"
            # the words before it in its own sentence ("The Board reviewed the calendar.
            # Solid Waste Meeting on June 29": the Board did not meet then)
            own_sentence = last_sentence(before)
            committee = committee_before_date(own_sentence) or committee_after_date(after)
            score = (
                (-2 if LIST_ENTRY.match(text) else 0)  # "1. THURSDAY, MAY 26": a page's outline
                - (3 if snipped(before[-SNIPPET_REACH:]) else 0)  # a snippet, text left out
                + (1 if committee else 0)  # words before it, perhaps a body's name
                + (2 if committee and GOVERNING_WORD.search(committee) else 0)
                + (1 if re.match(WEEKDAY, match.group(0), re.I) else 0)
                + (1 if held else 0)
                + (0.5 if minutes else 0)  # "Council Meeting Minutes 25 June"
                + (2 if day and (day.month, day.day) in named_days else 0)
                + (1 if day in repeated else 0)  # the page's title and the minutes' heading
                + (3 if index and DATE_LABEL_ALONE.match(lines[index - 1]) else 0)
                - (3 if money_after(text, match.end()) else 0)  # "Balance 6/01/2020 $ 33.85"
                - (2 if match.start() > HEADING_DATE_REACH else 0)  # deep in a page run onto a line
                - (1 if own_sentence != before else 0)  # after a sentence: running text
                # a later date alone than another: the day the page was posted or approved
                - (1.5 if first_alone and day and day > first_alone and is_date_alone(text) else 0)
            )
            if score > best_score:
                best, best_score = (index, match, committee), score
    return best


SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])")


def last_sentence(text: str) -> str:
    """The words before a date in the date's own sentence: a body named sentences earlier
    did not meet on it."""
    return SENTENCE_BREAK.split(text)[-1]


def earliest_date_alone(lines: list[str], dates: list[list[re.Match]]) -> date | None:
    """The earliest of two or more days printed alone on their lines ("Wednesday, February
    15, 2017" / "JANUARY 12, 2017"): a blog's post and the meeting it records, which comes
    first. None when the heading prints fewer than two."""
    days = {
        day
        for text, found in zip(lines, dates, strict=True)
        if len(found) == 1 and is_date_alone(text) and (day := parse_date(found[0].group(0)))
    }
    return min(days) if len(days) > 1 else None


HEADING_DATE_REACH = 400  # characters into a line within which a heading's date stands
SNIPPET_REACH = 40  # characters before a date in which a snippet's "..." cuts its sentence
MAX_DATED_TITLE_WORDS = 8  # "Minutes - July 16, 2020 Regular Meeting": a heading, not text
# A menu entry of the site the minutes are on ("- Trustees & Staff": its bullet read as "- ").
MENU_ENTRY = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]|[-*]\s)")


def snipped(text: str) -> bool:
    """A search result's snippet: words left out ("...", "\u2026")."""
    return "\u2026" in text or "..." in text


def text_after(text: str, end: int) -> str:
    """The words after a date, as far as a name after it could run: a line of thousands of
    dates is read in time linear in its length. A cut text ends in "…", so that nothing
    takes the cut for the line's end."""
    after = text[end : end + TEXT_AFTER_DATE]
    return f"{after} \u2026" if len(text) - end > TEXT_AFTER_DATE else after


def money_after(text: str, end: int) -> bool:
    """A sum of money just after a date: the date of a statement's balance."""
    return bool(SUM_OF_MONEY.search(text, end, end + MONEY_AFTER_DATE))


def days_printed_again(lines: list[str], dates: list[list[re.Match]]) -> set[date]:
    """The days the heading prints on more than one short line: a page's title and the
    minutes' own heading both give the meeting's day; the day a page was posted stands
    once. A day named in running text (an earlier meeting's) is not counted. `dates` are
    each line's dates."""
    seen: dict[date, set[int]] = {}
    for index, text in enumerate(lines):
        if len(text.split()) > MAX_DATED_TITLE_WORDS:
            continue
        for match in dates[index]:
            if day := parse_date(match.group(0)):
                seen.setdefault(day, set()).add(index)
    return {day for day, where in seen.items() if len(where) > 1}


def days_named_for_minutes(lines: list[str]) -> set[tuple[int, int]]:
    """(month, day) of the minutes' own title where it gives no year ("March 15 Minutes
    of Trustee's Meeting" under a blog post's date): the full date that agrees is theirs."""
    return {
        day
        for text in lines
        if MINUTES_OR_MEETING.search(text)
        for match in DAY_WITHOUT_YEAR_IN_TITLE.finditer(text)
        if (day := month_and_day(f"{match['month']} {match['day']} 2000"))  # a leap year
    }


def month_and_day(text: str) -> tuple[int, int] | None:
    found = parse_date(text)
    return (found.month, found.day) if found else None


def other_meeting_dates(lines: list[str], dates: list[list[re.Match]]) -> set[date]:
    """Dates the heading gives as another meeting's: "moved from ...", "next meeting on ...";
    `dates` are each line's dates. Only the words just before a date are searched: the
    whole text before each of many dates on one long line would be searched again and
    again."""
    return {
        parse_date(match.group(0))
        for text, found in zip(lines, dates, strict=True)
        for match in found
        if OTHER_MEETING.search(text[max(0, match.start() - WORDS_BEFORE_A_DATE) : match.start()])
    }


def committee_after_date(text: str) -> str | None:
    """ "06/13/2023 - Board of Trustees ...", "October 8, 2018 at 8:00 PM - Board of
    Education Regular Meeting": a name after the date (and its time), when there is none
    before."""
    text = re.sub(rf"^\s*,?\s*(?:at\s+)?(?:{TIME.pattern})", "", text, flags=re.I)
    if (
        match := re.match(r"^\s*[-\u2013|]\s*(?P<name>[A-Z][^\d(]{3,80})", text)
    ) and GOVERNING_WORD.search(match["name"]):
        return tidy_name(match["name"])
    if (match := NAME_THEN_MINUTES.match(text)) and not names_a_venue(match["name"]):
        return tidy_name(match["name"])  # "October 24, 2022 Council Meeting Minutes"
    return None


def committee_the_text_calls_itself(lines: list[str]) -> str | None:
    """ "The Committee considered a report ..." and, once at least, "the Resources
    Committee": the one name of the kind the minutes call themselves by, where no heading
    names the committee (a committee system's page of items). Two such names: neither."""
    text = " ".join(lines)
    counted = Counter(match[1].lower() for match in SELF_REFERENCE.finditer(text))
    names = {
        match["name"] for match in NAMED_BODY.finditer(text) if match["kind"].lower() in counted
    }
    if len(names) == 1:
        return tidy_name(names.pop())
    if names:
        return None
    # named by its kind alone, and more often than any other: "The Trustees discussed ...",
    # "The Board agreed ..." ("The Cabinet is recommended ...": a cabinet is named so alone)
    ranked = counted.most_common(2)
    if (
        ranked
        and (ranked[0][0] == "cabinet" or ranked[0][1] >= MIN_SELF_REFERENCES)
        and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
    ):
        return ranked[0][0].title()
    return None


def committee_named_anywhere(lines: list[str], article: bool = True) -> str | None:
    """ "Minutes of a meeting of the DEVELOPMENT COMMITTEE held in ..." -> the name."""
    pattern = MEETING_OF if article else BARE_MEETING_OF
    for text in lines:
        if (match := pattern.search(text)) and (name := tidy_name(match["name"])):
            return name
    return None


SPACED_YEAR = re.compile(r"\b(19|20) (\d\d)\s*$")


@text_cache
def parse_date(text: str) -> date | None:
    """Day first, as British minutes write "05/03/2019"; but ISO "2007-07-10" is year,
    month, day wherever it is written. Kept once read: the heading's dates are read again by
    each reading of the document, and dateutil's fuzzy reading is slow."""
    iso = ISO_DATE.search(text)
    if iso:
        try:
            return date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        except ValueError:
            return None
    text = re.sub(WEEKDAY_NAME, " ", text, flags=re.IGNORECASE)  # "Dydd Mawrth": no March
    text = WELSH_MONTH.sub(lambda m: WELSH_MONTHS[m[0].lower()], WELSH_ORDINAL.sub("", text))
    text = DAY_WORD.sub(lambda m: str(DAY_WORDS[m[0].lower()]), text)
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)(?:\b|(?=[A-Z]))", r"\1 ", text, flags=re.I)
    cleaned = cleaned.replace(" of ", " ")  # "12thMarch", "the 3rd of June"
    cleaned = MONTH_GLUED_TO_DAY.sub(" ", cleaned)  # "June11, 2019"
    cleaned = SPACED_YEAR.sub(r"\1\2", cleaned)  # "June 16, 20 15"
    cleaned = re.sub(r",(?=\d{4}\b)", ", ", cleaned)  # "October 4,2010"
    try:
        read = [
            dateparser.parse(cleaned, dayfirst=True, fuzzy=True, default=default)
            for default in unset_day_and_month()
        ]
    except (ValueError, OverflowError):
        return None
    # a day or month dateutil filled in from its default (today's, unless told) is none the
    # text wrote: "2nd DECEMEBER 2019", its month misspelt, is no 7 February
    same = read[0].month == read[1].month and read[0].day == read[1].day
    return read[0].date() if same else None


def unset_day_and_month() -> tuple[datetime, datetime]:
    """Two defaults of this year that differ in day and month: what a text leaves out
    shows as a difference between its two readings."""
    year = date.today().year
    return datetime(year, 1, 1), datetime(year, 2, 2)


def is_impossible_year(day: date) -> bool:
    """ "26th June 2107", a scan's "March 27, 2607": a typing slip, no meeting's date."""
    return day.year > date.today().year + 1


def first_date(text: str) -> date | None:
    """The first date written in a text ("... HELD ON MONDAY, 21ST JULY 2008 AT 11.00")."""
    found = DATE.search(text)
    return parse_date(found.group(0)) if found else None


def find_time(text: str) -> time | None:
    match = TIME.search(text)
    if not match:
        return None
    if match["noon"]:
        return time(12, 0)
    if match["hour24"]:
        return time(int(match["hour24"]), int(match["minute24"]))
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if hour > 12 or minute > 59:
        return None
    if match["ampm"].lower() == "p" and hour != 12:
        hour += 12
    elif match["ampm"].lower() == "a" and hour == 12:
        hour = 0
    return time(hour, minute)


def committee_before_date(text: str) -> str | None:
    text = STRAY_MARK.sub("", text)  # a scan's ".of the council meeting held? at 7pm."
    if match := MEETING_OF.search(text) or THE_NAME_MEETING.search(text) or BODY_MET.match(text):
        return tidy_name(match["name"])
    parts = re.split(r"[,;]\s+", text.strip(" -\u2013"))
    if len(parts) > 1 and GOVERNING_WORD.search(parts[-1]):  # "Dear Councillor, CABINET -"
        named = [part for part in parts if BODY_WORD.search(part)]
        # "BOARD OF COUNTY COMMISSIONERS ... COUNTY, FLORIDA REGULAR MEETING": the body's part
        text = parts[-1] if BODY_WORD.search(parts[-1]) or not named else named[0]
    # "Anytown Trust Minutes of the Board Meeting" -> "the Board Meeting"; "Anytown
    # Community Council Minutes of the meeting:" -> "Anytown Community Council"
    parts = re.split(r"(?<=\w)\s+minutes\s+of\s+(?=(?:the|a|an)\b)", text, flags=re.I)
    last = tidy_name(HEADER_NOISE.sub("", parts[-1].strip()) + " ")
    if len(parts) > 1 and not last and GOVERNING_WORD.search(parts[-2]):
        parts.pop()
    text = HEADER_NOISE.sub("", parts[-1].strip())
    text = DATE_LABEL_AFTER.sub("", text)  # "Ordinary Council Meeting Date: 22 November 2017"
    text = re.sub(  # "Planning Committee (which was) held on", or "Held" alone before the date
        r"(?:^|\s+)(?:(?:(?:which|that)\s+)?(?:was\s+|were\s+)?held\b\s*)?(?:(?:on|at|in)\b)?\s*[-,\u2013:]?\s*$",
        "",
        text,
        flags=re.I,
    )
    name = without_venue(tidy_name(text))
    return name if name and len(name.split()) <= MAX_NAME_WORDS else None


DATE_LABEL_AFTER = re.compile(r"\s+date\s*:\s*$", re.IGNORECASE)
# A scan's stray mark: a stop before a word in lower case, a question mark after one
STRAY_MARK = re.compile(r"(?<!\S)[.?](?=[a-z])|(?<=[a-z])\?(?=\s)")
VENUE_SEPARATOR = re.compile(r",\s|\s[-\u2013\u2014]\s")


def without_venue(name: str | None) -> str | None:
    """ "Anytown Community Council Meeting, Village Hall, Anytown" -> the body's part: a
    part after a comma that names a place ("Village Hall", "Aytoun Hall") and what follows;
    without the comma, a venue with its street number after the body's last word ("Library
    Board of Trustees Pinecrest Village Hall 210 W")."""
    for venue in VENUE_START.finditer(name or ""):
        if BODY_LAST.search(name[: venue.start()]):
            return name[: venue.start()]
    if not name:
        return name
    # "..., Village Hall, Anytown" or "Tidy Towns AGM – Rosslare Community Centre": a comma or
    # a dash set apart before the venue
    for separator in VENUE_SEPARATOR.finditer(name):
        if PLACE_WORD.search(name[separator.end() :].split(", ")[0]):
            return name[: separator.start()]
    return name


def committee_from_lines(lines: list[str]) -> str | None:
    """The nearest line above the date line that names a body ("... Council Meeting"), else
    the nearest that is a name at all below the council's own name (above it stands the
    page's menu: "Search" / "Menu" / "Elmvale Town Council"): never a label, an address,
    "Minutes" or the council."""
    names, below = [], []
    past_the_council = False
    for text in map(strip_name_leftovers, reversed(lines)):
        past_the_council = past_the_council or is_council_name(text)
        if name := name_on_line(text):
            names.append(name)
            below += [] if past_the_council else [name]
    governing = [name for name in names if GOVERNING_WORD.search(name)]
    bodies = [name for name in governing if not MEETING_KIND_NAME.fullmatch(name)]
    return (bodies or governing or below or [None])[0]


def name_on_line(text: str) -> str | None:
    """The name a heading's line gives, if it gives one: not a label, an address, a
    sentence, a day, the attendance, a person or the council itself."""
    if is_council_name(text) or HEADING_LABEL.search(text) or names_a_venue(text):
        return None
    if (
        POSTAL_ADDRESS.search(text)
        or text.endswith((",", "!"))  # a sentence, not a name
        or (text.endswith(".") and not is_stopped_name(text))
        or has_a_verb(text)  # "Meeting was held virtually with 13 members present"
        or DAY_WITHOUT_YEAR.match(text)  # "Tuesday 10 November"
        or ALSO_PRESENT.search(text)  # "PRESENNOL HEFYD/ ALSO PRESENT S. Bee": attendance
        or is_person_with_post(text)  # "Ann Bee — Chairman of the Board of Commissioners"
        or MENU_ENTRY.match(text)  # "• Trustees & Staff": a site's menu
    ):
        return None
    name = committee_of(tidy_name(HEADER_NOISE.sub("", text.removesuffix(".") + " ")))
    if not name or len(name.split()) > MAX_NAME_WORDS or is_byline(name):
        return None
    return None if names_only_a_time(name) else name


def is_stopped_name(text: str) -> bool:
    """ "Elmvale Parish Council Extra Ordinary meeting.": a heading's short name that a full
    stop ends, not a sentence (those are longer, or name no body)."""
    words = text.removesuffix(".").split()
    named = bool(GOVERNING_WORD.search(text)) and len(words) <= MAX_STOPPED_NAME_WORDS
    return named and is_title_case(words)


MAX_STOPPED_NAME_WORDS = 8


def is_person_with_post(text: str) -> bool:
    """ "Ann Bee — Chairman of the Board", "Carl Dee - Executive Director": an attendee and
    the post they hold, though the post names a body."""
    entry = PERSON_WITH_POST.match(text)
    return (
        bool(entry)
        and not ROLE_WORDS.search(entry["name"])
        and bool(ROLE_WORDS.match(entry["post"]))
    )


# "Meeting opened 18:55", "The meeting commenced at 7pm": when it began, not whose it was.
MEETING_TIMED = re.compile(
    r"\bmeeting\s+(?:was\s+)?(?:opened|started|commenced|began|closed|adjourned)\b", re.I
)


def names_only_a_time(name: str) -> bool:
    """ "July", "When? 7pm", "Chair began the meeting at 10am": a month or a clock time
    is no body's name, nor is a line that gives one."""
    if re.fullmatch(rf"{MONTH}(?:\s+\d{{4}})?", name, re.IGNORECASE):
        return True
    timed = bool(TIME.search(name))
    return timed and (bool(MEETING_TIMED.search(name)) or not GOVERNING_WORD.search(name))


def names_a_body(name: str | None) -> bool:
    """ "Planning Board", "Residents Association", "Annual General Meeting": a name a user
    would facet on, not a page's leftover ("Public Meeting", "Meeting ID", "Wed")."""
    if not name:
        return False
    return bool(BODY_WORD.search(name) or MEETING_KIND_NAME.search(name))


def with_body_named(committee: str | None, lines: list[str]) -> str | None:
    """The committee, or the body the heading names when the committee names none
    ("Public Meeting", "Posted in") or only the kind of meeting ("Regular Meeting" under
    "Pine Hollow Township Supervisors")."""
    if committee and MEETING_KIND_NAME.fullmatch(committee):
        return body_named_in(lines, bodies_only=True) or committee
    if not names_a_body(committee):
        return body_named_in(lines) or committee
    return committee


def body_named_in(lines: list[str], bodies_only: bool = False) -> str | None:
    """The first name of a body anywhere in the heading's lines ("Minutes of Marchmont
    Community Council", "Pittsfield Planning Board"); with `bodies_only`, not a kind of
    meeting ("annual general meeting"). A line alone must end in the body's word, as a
    name does (not "Approved By Council Are Only Draft", "Non Executive Director Mr Ash")."""
    accept = (lambda name: bool(name and BODY_WORD.search(name))) if bodies_only else names_a_body
    for text in lines:
        if ITEM_FIRST.match(text):
            continue  # "3.Welcome the new member and assign to a committee": an agenda's item
        named = committee_named_anywhere([text]) or committee_named_anywhere([text], False)
        named = named or ((met := BODY_MET.match(text)) and tidy_name(met["name"]))
        if accept(named):
            return named
        alone = committee_from_lines([text])
        if alone and BODY_LAST.search(alone) and accept(alone):
            return alone
    return None


def committee_of(name: str | None) -> str | None:
    """ "Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy and
    Strategy": a body's name too long to facet on, then its committee's after a dash."""
    if name and len(name.split()) > MAX_NAME_WORDS and " - " in name:
        return name.rsplit(" - ", 1)[1]
    return name


def committee_below_date(lines: list[str]) -> str | None:
    """ "December 12, 2019 Minutes" / "Fire District Commissioner Meeting": a body's name on
    the line under a heading that gave only the date."""
    name = committee_from_lines(lines)
    return name if name and GOVERNING_WORD.search(name) else None


def is_council_name(text: str) -> bool:
    """ "Anytown Borough Council" alone, not "Minutes of a meeting Anytown Parish Council",
    nor "The Council", which is the full council meeting: the committee."""
    return (
        bool(COUNCIL_LINE.match(text))
        and not HEADER_NOISE.match(text)
        and not FULL_COUNCIL.match(text)
        and not PLACELESS_COUNCIL.match(text)
        and not re.search(r"\bmeeting\b", text, re.IGNORECASE)  # "FULL MEETING OF THE COUNCIL"
    )


def names_a_venue(text: str) -> bool:
    """ "Hillside Meeting Centre, Elmwood", "Council Chamber": a place named after its use.

    A body's name ends in its governing word ("Village Hall Management Committee"); a
    venue puts a place word after it.
    """
    name = text.split(",")[0]
    governing = list(GOVERNING_WORD.finditer(name))
    return bool(governing) and bool(PLACE_WORD.search(name, governing[-1].end()))


# Lines in an attendance block that are not people: "The meeting commenced at 6.00pm".
NOT_A_PERSON = re.compile(r"^the\s+\w+\s+(?-i:[a-z])", re.IGNORECASE)  # not "The Lord Mayor, ..."


# Codes and dates before a name: "MN-BFC-2012-09-18 CITY OF", "February 2021 Anytown ...".
LEADING_DATES = re.compile(  # possessive: a long run of digits costs one pass, not n squared
    rf"^(?:(?:{MONTH}\s+)?(?=[\w-]*\d)[\w-]++[.)]?\s+)+", re.IGNORECASE
)


# A meeting named in lower case: "Minutes of annual general meeting held on ...".
LOWER_CASE_NAME = re.compile(
    r"^(?:(?:annual|general|ordinary|extraordinary|special|parish|town|full|council|board)\s+)+"
    r"(?:meeting|council|board)$"
)


def without_kind_after_body(text: str) -> str:
    """ "Board of Education Regular Meeting" -> "Board of Education": the kind of meeting
    after a body's name is no part of it (found from the first body noun on, in one pass)."""
    body = BODY_NOUN.search(text)
    kind = KIND_AT_END.search(text, body.end()) if body else None
    return text[: kind.start()] if kind else text


# A form's label before the body, and the kind of meeting in brackets after it: "MEETING OF :
# CITY COUNCIL (Special Meeting) DATE OF MEETING".
FORM_LABEL_BEFORE = re.compile(
    r"^(?:minutes\s+)?meeting\s+of\s*:\s*|\s*\((?:special|regular|adjourned|annual|"
    r"emergency|closed)\s+meeting\).*$",  # ... and the next label after it
    re.IGNORECASE,
)


BROKEN_WORD = re.compile(r"(?<=[a-z])- (?=[a-z])")  # a word hyphenated at a line's end, run on


# "Sub" set apart from the word it prefixes by a spaced dash, as a PDF's text spaces a
# hyphen: "Licensing Sub \u2013 Committee", "SUB - COMMITTEE"
SPACED_SUB = re.compile(r"\b(Sub)\s*[-\u2013\u2014]\s+(?=[A-Za-z])", re.IGNORECASE)


def tidy_name(text: str) -> str | None:
    if POSTAL_ADDRESS.search(text.strip()):
        return None  # "36 Water Street, Whangarei": an address, before its number goes
    text = strip_name_leftovers(BROKEN_WORD.sub("", text))  # "Board of Super- visors"
    text = SPACED_SUB.sub(r"\1-", text)  # "Licensing Sub \u2013 Committee": one word
    text = ACTED_AFTER_NAME.split(text, maxsplit=1)[0]  # "Board ... approved the Consent"
    text = OPENING_BUSINESS_BEFORE.sub("", text)  # "Call To Order - The Elm Planning Commission"
    text = FORM_LABEL_BEFORE.sub("", text)  # "Meeting of : City Council (Special Meeting)"
    text = re.sub(r"^\(\d{1,3}\)\s*", "", text.strip())  # "(6) BOARD OF ...": a file's count
    text = re.sub(r"^[^()]*\)\s*", "", text)  # "... Plan 65M-4084) Council": a bracket's end
    text = LEADING_DATES.sub("", text.strip().replace("_", " "))  # "2015-06-16_Council"
    text = DATE_BEFORE_BODY.sub("", text)
    text = trailing_date_cut(text)  # "Board of Selectmen, February 6, 2017"
    text = re.sub(r"^(?:minutes|the)\s+", "", DOCUMENT_WORDS.sub("", text), flags=re.I)
    text = re.sub(r"\s+(?:meeting\s+)?minutes\d*$", "", text.strip(" ,-\u2013:|"), flags=re.I)
    text = without_kind_after_body(text)  # "Board of Education Regular Meeting"
    if MEETING_KIND.fullmatch(text):
        # "Regular Meeting Minutes": the kind alone is no name ("GENERAL MEETING" stays in
        # one case, to be title-cased as a whole below)
        text += " MEETING" if text.isupper() else " Meeting"
    if text.endswith(("?", "...", "\u2026")) or REFERS_BACK.search(text):
        return None  # "How can we help you...": the web page talking, not a name; "the
        # Directors of the above organization": a sentence pointing back at the name
    if POSTAL_ADDRESS.search(text) or re.search(r"\btel\b|\d{5,}", text, re.IGNORECASE):
        return None  # an address or a telephone number, not a body
    text = re.sub(r"\s+(?:of|and|the|for|&)$", "", text.strip(" ,-\u2013:|"), flags=re.I)
    # "Larkfield Gardens AGM 2011", "KRA Committee minutes November 2014"
    text = re.sub(
        rf"(?<=[A-Za-z])(?:\s+minutes)?(?:\s+{MONTH})?\s+(?:19|20)\d\d$", "", text, flags=re.I
    )
    text = MONTH_LEFT_AT_END.sub("", text)  # "Planning and Zoning Commission July" (29, 2013)
    text = WEEKDAY_AT_END.sub("", text)  # "Planning Commission ... Tuesday, 7:30 P.M."
    text = APPROVAL_STAMP_AFTER.sub("", text)  # "... Regular Meeting Adopted 03/01/2018 ..."
    if not text or text.lower() in GENERIC_NAMES or not re.search(r"[A-Za-z]{3}", text):
        return None
    if TIME.fullmatch(text) or LABEL.match(text):
        return None
    text = re.sub(r"\s*\bPage\s+\d+\s+of\s+\d+\b", "", text, flags=re.I)
    parts = [
        part
        for p in re.split(r"\b(?:MINUTES|Minutes|AGENDA|Agenda)\b", text)
        if (part := trim_connectives(last_language(LEADING_DATES.sub("", without_status(p)))))
        and (part := PAGE_PREFIX.sub("", part))  # "... MINUTES Page 1 Ordinary Council ..."
        and part.lower() not in GENERIC_NAMES
    ]
    if not parts:
        return None
    # "Board of Trustees VILLAGE OF OAK BROOK MINUTES REGULAR MEETING": the part naming a body
    text = next((p for p in parts if GOVERNING_WORD.search(p)), parts[0])
    if re.fullmatch(r"[A-Z]{2,3}", text):
        return text  # an acronym alone: "AGM", "PCC"
    if text.isupper() or re.search(r"\b[a-z]+[A-Z]", text):  # "sallowby CITY cOUNCIL"
        return title_cased(text)
    if text[:1].islower():  # "meeting dated", "for consideration at ...": words of a sentence
        named = LOWER_CASE_NAME.match(text)  # "annual general meeting"
        return title_cased(text) if named else None
    # "Board of Trustees VILLAGE OF ELMWOOD": a shouted run, not an acronym such as "NHS".
    return re.sub(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b", title_case_run, text)


def trailing_date_cut(text: str) -> str:
    """The name before a date that ends the line ("Board of Selectmen, February 6, 2017",
    "Selectboard Meeting 3-6-2017")."""
    last = next(reversed(list(DATE.finditer(text))), None)
    if last and last.end() >= len(text.rstrip(" .")) and last.start() > 0:
        return text[: last.start()].rstrip(" ,-\u2013")
    return NUMERIC_DATE_AT_END.sub("", text)


NUMERIC_DATE_AT_END = re.compile(r"(?<=[A-Za-z])[\s,]+\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d$")


def without_status(text: str) -> str:
    """ "Glencairn Community Council – Draft" (before "Minutes"), "Draft Oakdale Fire
    District" (after it): the name without the minutes' status and the punctuation around
    it."""
    text = STATUS_AFTER.sub("", text.strip(" ,-\u2013:|")).strip(" ,-\u2013:|")
    return STATUS_BEFORE.sub("", text)


STATUSES = "draft|amended|approved|unapproved|unconfirmed|confirmed|final"  # of minutes
# "Licensing Committee (expired)": a committee system's note that the body is gone
STATUS_AFTER = re.compile(
    rf"(?:[\s\u2013\u2014-]+(?:{STATUSES})|\s*\((?:{STATUSES}|expired)\))+$", re.IGNORECASE
)
STATUS_BEFORE = re.compile(rf"^(?:{STATUSES})\s+(?=[A-Z])", re.IGNORECASE)
# What clings to a heading's name: "Page 1: Council Meeting", "meetings of the Licensing
# Committee", "PCC Meeting held on June 13th" (a date without a year is no DATE match).
REFERS_BACK = re.compile(r"\b(?:above|aforesaid|said)\b", re.IGNORECASE)
BODY_KINDS = (
    r"Committee|Sub-Committee|Panel|Board|Cabinet|Commission|Forum|Council|Trustees"
    r"|Commissioners|Supervisors|Selectmen|Directors|Governors"
)
MIN_SELF_REFERENCES = 2  # "The Board agreed", "the Board noted": its kind named alone, at least
# "The Committee considered ...": the minutes naming their own body by its kind alone
SELF_REFERENCE = re.compile(rf"\b[Tt]he\s+({BODY_KINDS})\s+(?=[a-z])")
NAMED_BODY = re.compile(
    rf"\b[Tt]he\s+(?P<name>(?:[A-Z][\w&'\u2019-]*\s+){{1,5}}(?P<kind>{BODY_KINDS}))\b"
)
OPENING_BUSINESS_BEFORE = re.compile(
    r"^\s*(?:\d{1,3}\.?\s+)*(?:call\s+to\s+order|roll\s+call)\s*[-\u2013:]\s*(?:the\s+)?",
    re.IGNORECASE,
)
APPROVAL_STAMP_AFTER = re.compile(r"\s+(?:adopted|approved)\s+(?:on\s+)?\d.*$", re.IGNORECASE)
WEEKDAY_AT_END = re.compile(
    rf",?\s+{WEEKDAY_NAME},?"
    r"(?:\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)?\s*$",
    re.IGNORECASE,
)
MONTH_LEFT_AT_END = re.compile(rf"(?<=[A-Za-z])\s+(?:{'|'.join(MONTH_NAMES)})$", re.IGNORECASE)
TEXT_AFTER_DATE = 200  # characters after a date that may name the meeting's body
MONEY_AFTER_DATE = 30  # characters after a date where a statement's sum stands
PAGE_PREFIX = re.compile(r"^page\s+\d+(?:\s+of\s+\d+)?\s*[:.\u2013-]?\s*", re.IGNORECASE)
RENAMED_AFTER = re.compile(
    r"\s+[-\u2013]\s+for\s+meetings\s+(?:after|before|from|since|until)\b.*$", re.I
)
MEETINGS_OF = re.compile(r"^(?:the\s+)?meetings?\s+of\s+(?:the\s+)?(?=\w)", re.IGNORECASE)
KINDS = r"regular|special|annual|ordinary|extra[-\s]?ordinary|adjourned|emergency"  # of meeting
MEETING_KIND = re.compile(rf"(?:{KINDS}|general)", re.I)
# A meeting named by nothing at all: "Meeting", "Minute of Meeting" (a kind of meeting,
# "Annual General Meeting", is a name users facet on).
MEETING_ALONE = re.compile(r"^(?:(?:minutes?|of|the|a)\s+)*(?:meeting|session)s?$", re.I)
MEETING_KIND_NAME = re.compile(rf"{MEETING_KIND.pattern}\s+(?:meeting|session)", re.IGNORECASE)
# Words that name a body, not only a meeting: a committee named without one ("Public
# Meeting", "Posted in", "Wed") is a leftover of the page when the heading names a body.
BODY_WORDS = (
    rf"{BODIES}|association|society|club|senate|jury|court|vestry|union|corporation|exco|branch|"
    r"co-?operative|co-op|federation|league|town meeting|parish meeting"  # bodies in themselves
)
BODY_WORD = re.compile(rf"\b(?:{BODY_WORDS})", re.IGNORECASE)  # "Public Health BoardDate of"
# "05/04/2026 Special Town Meeting": a date before a body's name ("12/23/1980 - Regular",
# a date before a kind of meeting alone, is no name)
DATE_BEFORE_BODY = re.compile(rf"^\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\s+(?=.*\b(?:{BODY_WORDS}))", re.I)
BODY_LAST = re.compile(
    rf"(?:\b(?:{BODY_WORDS})|{MEETING_KIND.pattern}\s+meeting)(?:\s+meeting)?(?:\s*\([^)]*\))?$"
    r"|\b(?:board|commission|committee|court)\s+of\s+(?:[A-Za-z]+\s+){0,3}[A-Za-z]+$",
    re.IGNORECASE,
)  # "Pittsfield Planning Board", "Council (Regular)", "annual general meeting", "Chesapeake
# Board of Zoning Appeals"
BODY_NOUN = re.compile(
    r"\b(?:council|committee|board|panel|commission|authority|trustees|supervisors)\b", re.I
)
KIND_AT_END = re.compile(rf"\s+(?:{KINDS}|reconvened)(?:\s+(?:meeting|session))?$", re.I)
HELD_ON = re.compile(
    r"\s*\b(?:(?:(?:which|that)\s+)?(?:was\s+)?held\s+(?:(?:at|in|on|via|by|remotely)\b|\d)|via\b).*$",
    re.IGNORECASE,
)


def strip_name_leftovers(text: str) -> str:
    """The name without a page number before it or "held on ..." after it, nor a committee
    system's note that it was renamed ("Cabinet - for meetings after 09/05/11, please see
    'City Mayor & Cabinet'")."""
    text = RENAMED_AFTER.sub("", text)
    text = MEETINGS_OF.sub("", PAGE_PREFIX.sub("", text.strip()))
    return HELD_ON.sub("", text)


def trim_connectives(text: str) -> str:
    """ "OF THE MEETING" -> "MEETING": what is left of a heading split at "Minutes"."""
    return CONNECTIVE_ENDS.sub("", text)


CONNECTIVE_ENDS = re.compile(
    r"^(?:(?:of|and|the|for|from|&)\s+)+|(?:\s+(?:of|and|the|for|&))+$", re.I
)


def last_language(text: str) -> str:
    """ "Cofnodion / Meeting": of a heading in two languages, the side after the slash."""
    return text.rsplit(" / ", 1)[-1].strip()


def title_case_run(match: re.Match) -> str:
    small = ("of", "and", "the", "for", "in", "on")
    words = match.group(0).split()
    return " ".join(w.lower() if w.lower() in small else title_cased(w) for w in words)


def capitalised_word(match: re.Match) -> str:
    """A word with its first letter alone a capital; an acronym in brackets kept ("(IESG)"),
    and one with no vowel to be a word ("NHS", "PCC")."""
    word, text = match[0], match.string
    bracketed = text[match.start() - 1 : match.start()] == "(" and text[match.end() :][:1] == ")"
    unspoken = len(word) >= MIN_UNSPOKEN and not set(word.lower()) & set("aeiouyw")
    if (bracketed or unspoken) and word.isupper() and len(word) <= MAX_ACRONYM:
        return word
    return word[0].upper() + word[1:].lower()


MIN_UNSPOKEN = 3  # letters of an acronym with no vowel, at least ("ST" is a saint's)


def title_cased(text: str) -> str:
    """ "ST EDITH'S PARISH" -> "St Edith's Parish" (str.title() gives "Edith'S"); "BOARD OF
    SELECTMEN" -> "Board of Selectmen"."""
    cased = re.sub(r"[A-Za-z][A-Za-z'\u2019]*", capitalised_word, text)
    cased = PLACE_JOINER.sub(lambda m: m[0].lower(), cased)  # "Stourport-on-Severn"
    return re.sub(r"(?<=\s)(?:Of|And|The|For|In|On|At|To)(?=\s)", lambda m: m[0].lower(), cased)


# The small words inside a hyphenated place name: "Stratford-upon-Avon", "Newcastle-under-
# Lyme", "Chapel-en-le-Frith", "Weston-super-Mare"
PLACE_JOINER = re.compile(r"(?<=-)(?:On|Upon|Under|In|Le|La|En|By|The|Sur|Super|Cum|With)(?=-)")


def venue_after_date(text: str) -> str | None:
    held = re.search(r"\b(?:held\s+)?(?:at|in)\s+(?:the\s+)?([A-Z].+)$", text)
    candidate = held.group(1) if held else text
    return clean_venue(candidate)


MAX_VENUE = 150  # characters: longer, and the "venue" has swallowed the page
VENUE_ENDS = re.compile(r"\b(?:Attendance Details|Contact|Present|Apologies|Items?\b|Agenda\b)")


def clean_venue(text: str) -> str | None:
    text = VENUE_ENDS.split(text)[0]
    if len(text) > MAX_VENUE:
        return None
    text = TIME.sub("", text)
    text = re.sub(r"\b(?:at|commencing|starting|start|time)\b\s*$", "", text.strip(), flags=re.I)
    text = re.sub(r"\bview directions\b", "", text, flags=re.I)
    text = text.strip(" ,-\u2013:.")
    return text or None


def find_end_time(closing: list[str]) -> time | None:
    for text in closing:
        match = END_TIME.search(text)
        if match:
            return find_time(match.group(1))
    return None


def find_date_of_issue(lines: list[str]) -> date | None:
    for text in lines:
        match = DATE_OF_ISSUE.match(text)
        if match and (issued := DATE.search(match.group(1))):
            return parse_date(issued.group(0))
    return None


def join_attendance_lines(lines: list[str]) -> list[str]:
    """One entry per person: rejoin roles that wrapped onto the next line, or that a
    bullet below the name gives ("Ann Bee" / "- Vice Chair")."""
    entries: list[str] = []
    for text in lines:
        post = is_post_bullet(text)
        continues = entries and (
            ends_mid_sentence(entries[-1]) or text[:1].islower() or len(text.split()) == 1 or post
        )
        if continues:
            entries[-1] = join_two(entries[-1], text)
        else:
            entries.append(text)
    return entries


def split_top_level(text: str) -> list[str]:
    """Split a list of people on commas, semicolons, "and" and "&", but not inside brackets."""
    parts, depth, current = [], 0, ""
    tokens = re.split(r"(\(|\)|;|,|\band\b|(?<=\s)&(?=\s))", text)
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token in (";", ",", "and", "&"):
            parts.append(current)
            current = ""
        else:
            current += token
    parts.append(current)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def split_entry_line(text: str) -> list[str]:
    """Several people on one line: "A, Role; B, Role" or "A (Role), B (Role)"."""
    if ";" in text:
        return [part.strip() for part in text.split(";") if part.strip()]
    if re.search(r"\)\s*,", text):
        return [part for part in split_top_level(text) if part]
    if re.search(r"\)\s+[A-Z].*\(", text):  # "A Bee (Chair) C Dee (Opposition Spokesperson)"
        return [part.strip() for part in re.split(r"(?<=\))\s+(?=[A-Z])", text)]
    return [text]


def parse_attendee_list(lines: list[str]) -> list[Attendee]:
    """A list of people: one a line ("Mayor Ann Bee" / "Councillor Cee"), "Name, Role;"
    pairs, or names run together with commas and "and"."""
    entries = [part for entry in join_attendance_lines(lines) for part in titled_people(entry)]
    if len(entries) > 1 and not any(re.search(r";|\band\b|,.*,", e) for e in entries):
        return [parse_attendee(entry) for entry in entries]
    joined = " ".join(entries)
    if joined.count(";") >= 2 and re.search(r",\s*[A-Z][\w -]*(?:Chair|Mayor|Clerk)", joined):
        pairs = [p.strip() for p in joined.split(";") if p.strip()]  # "A Bee, Chairman; C Dee"
        return [
            parse_attendee(part)
            for pair in pairs
            for part in (split_top_level(pair) if " and " in pair else [pair])
        ]
    return [parse_attendee(part) for part in split_people(" ".join(entries))]


def titled_people(entry: str) -> list[str]:
    """An attendance entry without the words before the first name ("| Cllrs. Bee",
    "Present were Mayor Dee and ..."), parted where a second titled name runs on from the
    first ("Councillor Ann Bee Councillor Cy Dee"), not after a title alone ("Cllr Mr Bee")."""
    rest, people = ATTENDANCE_LEAD.sub("", entry), []
    while second := SECOND_TITLED_NAME.search(rest):
        first = rest[: second.start()]
        if len(first.split()) < 2 or TITLE_ALONE.fullmatch(first):
            break
        people.append(first)
        rest = rest[second.end() :]
    return [*people, rest] if rest else people


def split_people(text: str) -> list[str]:
    """ "Councillors A Brennan, K Douglas and Mr N Patel" -> each person, titled as written.

    A plural "Councillors" (or "Trustees", "Commissioners", ...) titles every following
    name that has no title of its own, in the singular.
    """
    people, title = [], ""
    for part in split_top_level(text):
        if plural := HONORIFIC_PLURAL.match(part):
            part = part[plural.end() :]
            title = SINGULAR_TITLE.get(plural["title"].lower(), "Councillor")
        elif HONORIFIC.match(part):
            title = ""
        if title and not HONORIFIC.match(part):
            part = f"{title} {part}"
        people.append(part)
    return people


# "Councillor – Ann Bee", "Deputy Mayor – Cy Dee": a member's title, a spaced dash, the name.
OFFICE_FIRST = re.compile(
    r"^(?P<office>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,2})\s+[-\u2013\u2014]\s+(?P<name>[A-Z].+)$"
)
# "Prof. I Bee – Non-Executive Director (Chair)": a name of a few words, a spaced dash, the role.
DASHED_ENTRY = re.compile(
    r"^(?P<name>[A-Z][\w.'’]*(?:\s+[\w.'’]+){1,4}?)\s+[-\u2013]\s+(?P<role>[A-Z].+)$"
)
PERSON_WITH_POST = re.compile(
    r"^(?P<name>[A-Z][\w.'\u2019]*(?:\s+[\w.'\u2019]+){1,3})\s+[-\u2013\u2014]+\s+"
    r"(?P<post>(?:(?:Vice|Deputy|Acting|Executive|Assistant)[- ])?[A-Z]\w+)"
)
NAME_PARTICLES = frozenset("de da di du la le van von der den al bin ap".split())


def parse_attendee(entry: str) -> Attendee:
    """ "Ms L R Duffy (Chairman)" or "Gail Quinton, Director of Children's Services"."""
    # a dash, a ditto mark, a table's cell mark ("Present: / Ann Bee (Chair)")
    entry = re.sub(r"^[-/|]\s+|^[\"\u201c\u201d]\s+", "", entry.strip(" .;"))
    if labelled := re.match(r"^(?P<role>[A-Z][^:]{2,60}):\s*(?P<name>[A-Z].+)$", entry):
        return Attendee(labelled["name"].strip(), normalise_role(labelled["role"]))  # "Clerk: Ann"
    office = OFFICE_FIRST.match(entry)  # "Councillor – Ann Bee": the member's title, a dash
    if (
        office
        and OFFICE_AT_END.search(office["office"])
        and not OFFICE_AT_END.search(office["name"])
    ):
        entry = f"{office['office']} {office['name']}"
    if dashed := DASHED_ENTRY.match(entry):
        return Attendee(dashed["name"].strip(), normalise_role(dashed["role"]))  # "Mr A Bee - Head"
    if post := ROLE_AFTER_NAME.match(entry):  # "Councillor Bee The Chairman"
        return Attendee(post["name"], normalise_role(post["role"]))
    bracket = re.match(r"^(?P<name>[^(]+?)\s*\((?P<role>.+)\)$", entry)
    if bracket:
        name, role = bracket["name"].strip(" ,"), bracket["role"]
        if ROLE_WORDS.search(name) and not ROLE_WORDS.search(role):
            name, role = role, name
        return Attendee(name, normalise_role(role))
    name, _, role = entry.partition(",")
    return Attendee(name_part(name), normalise_role(role) if role.strip() else None)


def name_part(text: str) -> str:
    """A name up to the first word in lower case that no name holds ("Mayor Cr R S Bee
    chaired the meeting with ..." -> "Mayor Cr R S Bee"; "Ann de Vere" keeps its "de")."""
    words = text.split()
    end = next(
        (i for i, w in enumerate(words) if w[:1].islower() and w not in NAME_PARTICLES), len(words)
    )
    return " ".join(words[:end]) if end >= 2 else text.strip()


def normalise_role(role: str) -> str:
    role = re.sub(r"\s+", " ", role).strip(" ,")
    return re.sub(r"^in the chair$", "Chair", role, flags=re.I)


def split_names(text: str) -> list[str]:
    """Names in a list of people, without the roles written after them."""
    if re.match(r"^(?:none|nil|no apologies)\b", text.strip(), re.I):
        return []
    text = re.sub(r"^the\s+following(?:\s+\w+)?\s*:?\s*", "", text.strip(), flags=re.I)
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "Mr M Adams (Ms B Cee attended as substitute)"
    people = split_people(text)
    return [
        name
        for name in people
        if name[:1].isupper() and not (ROLE_WORDS.search(name) and not HONORIFIC.match(name))
    ]


def apologies_from_text(text: str) -> list[str]:
    """Names in "Apologies were received from Rachel Jenkins and Charmian Richardson.",
    "Cllr A Edwards sent his apologies." or a bare "Councillors A Bee and C Dee."."""
    if said := apologies_said(text):
        return said
    first = re.split(r"(?<=[a-z]{2})\.\s+", text.strip(), maxsplit=1)[0]  # "Cllr M Bee. Accepted."
    words = first.strip(" .").split()
    if words and len(words) <= 25 and all(w[:1].isupper() or w in ("and", "&") for w in words):
        return split_names(first)
    return []


def apologies_said(text: str) -> list[str]:
    """Names in a sentence that records apologies ("Apologies were received from ...",
    "Cllr A Edwards sent his apologies."), wherever it stands."""
    if match := APOLOGIES_SENTENCE.search(text):
        return [NEXT_SENTENCE.split(name)[0] for name in split_names(match.group(1))]
    if match := SENT_APOLOGIES.search(text):
        return split_names(match["names"])
    return []


# The next sentence run on after the last name, its stop lost: "... Cllr E Eyre The Town
# Clerk was in attendance."
NEXT_SENTENCE = re.compile(r"\s+(?=(?:The|It|There|This|These|He|She|They)\s)")

# A body named in the opening text when no heading line names one: "Report of the Elm
# County Council Joint Policing Committee Meeting held ...", "PROCEEDINGS OF THE POLICE
# JURY, PARISH OF ...", "SUMMARY OF FACULTY SENATE MEETING 02/11/08 CALL TO ORDER ...".
OPENING_CHARS = 1200
NAME_TOKEN = re.compile(r"[\w'\u2019&.-]+|[^\w\s]")
NAME_CONNECTIVES = frozenset({"of", "and", "for", "the", "&"})
BODY_TOKEN = re.compile(rf"(?:{BODY_WORDS})s?", re.IGNORECASE)
DOCUMENT_WORDS = re.compile(
    r"^(?:(?:agreed|draft|confirmed|unconfirmed|approved|official)\s+)?"
    r"(?:minutes|report|proceedings|summary|record|notes|agenda|transcript)\s+(?:of\s+)?",
    re.IGNORECASE,
)
MAX_BODY_NAME_WORDS = 10
MEETING_WORDS = frozenset({"meeting", "meetings", "minutes"})
# ... and what may follow a body's name: the meeting, or its kind ("PLANNING COMMISSION
# REGULAR MEETING"), never another name's word ("Council Chambers", "Board Room")
WORDS_AFTER_A_NAME = MEETING_WORDS | frozenset(KINDS.split("|"))
CHIEF = re.compile(r"\bchief\b", re.IGNORECASE)
GENERAL_MEETING = re.compile(r"\b(?:Annual|Extraordinary|Special) General Meeting\b")


def body_named_in_opening(lines: list[str]) -> str | None:
    """The first name in the opening text that ends in a body's word ("... Committee",
    "... Jury", "Board of Management"), in one style (capitals, or capitalised words with
    small joining words) and not running on into another name ("Board Rooms", "Council
    Chambers": a venue); else a general meeting it names ("Annual General Meeting")."""
    opening = "\n".join(lines)[:OPENING_CHARS]
    for line in opening.splitlines():
        tokens = NAME_TOKEN.findall(line)
        for end, token in enumerate(tokens):
            if not (token[:1].isupper() and BODY_TOKEN.fullmatch(token.rstrip("."))):
                continue
            name = body_name_ending_at(tokens, end)
            if name and could_be_the_body(name) and (tidied := tidy_name(name)):
                return tidied
    general = GENERAL_MEETING.search(opening)
    return general[0] if general else None  # "... welcomed everyone to the 177th AGM"


def body_name_ending_at(tokens: list[str], end: int) -> str | None:
    """The run of name words that ends at tokens[end] (or goes on with "of" a name:
    "Board of Management"), without the document's words before it; None when another
    capitalised word follows."""
    capitals = tokens[end].isupper()
    last = end
    following = [] if tokens[end].endswith(".") else tokens[end + 1 : end + 2]
    if following and following[0].lower() in ("of", "for"):
        rest = end + 2
        while (
            rest < len(tokens)
            and in_name_style(tokens[rest], capitals)
            and tokens[rest].lower() not in MEETING_WORDS
        ):
            if tokens[rest].lower() not in NAME_CONNECTIVES:
                last = rest
            rest += 1
        if last == end:
            return None  # "Board of the ...": a sentence's words, not a name's
    elif numbered_body(tokens[end + 1 : end + 3]):
        last = end + 2  # "Fire District No. 1": the district's number is its name's
    elif (
        following and following[0][:1].isupper() and following[0].lower() not in WORDS_AFTER_A_NAME
    ):
        return None
    start = end
    while start > 0 and end - start < MAX_BODY_NAME_WORDS:
        if not in_name_style(tokens[start - 1], capitals):
            break
        start -= 1
    words = tokens[start : last + 1]
    while words and words[0].lower() in NAME_CONNECTIVES:
        words.pop(0)
    if len(words) == 1 and start < end:
        return None  # "The Council resolved ...": the body a sentence speaks of, no name
    name = DOCUMENT_WORDS.sub("", " ".join(words))
    return re.sub(r"^(?:the|of)\s+", "", name, flags=re.IGNORECASE).rstrip(".") or None


def numbered_body(tokens: list[str]) -> bool:
    """ "No. 1", "No 12" after a body's word: a numbered district's or board's name goes on."""
    return len(tokens) == 2 and tokens[0].lower() in ("no.", "no") and tokens[1].isdigit()


def could_be_the_body(name: str) -> bool:
    """Not a venue ("Council Chambers"), a post ("Chief Executive") or a sentence's start
    ("That the Committee ...")."""
    first = name.split()[0]
    return not (names_a_venue(name) or CHIEF.search(name) or first in SENTENCE_STARTERS)


def in_name_style(token: str, capitals: bool) -> bool:
    """A word of a name in capitals ("POLICE JURY"), or of a name in capitalised words
    with small joining words ("Board of Trustees"); not a month ("February Committee") nor
    a word that ends a sentence ("St. Paul. Council")."""
    if token.lower().rstrip(".") in MONTHS or (token.endswith(".") and len(token) > 4):
        return False
    if capitals:
        return token.isupper() or token == "&"
    return token[:1].isupper() or token.lower() in NAME_CONNECTIVES
