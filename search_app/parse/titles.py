"""Where a title ends and its text begins, when both share a line: "Apologies: Cllr
Bee sent apologies", "CALL TO ORDER The meeting was called ...", "Interests Councillor
Dee declared ...", "Public Comment\u2014None". Also the first clause that titles an
untitled paragraph, and the sentence tests these rely on."""

from __future__ import annotations

import itertools
import re

from search_app.parse.decisions import MOTION_LINE
from search_app.parse.lines import JOINING_WORDS, MONTH, ends_unfinished, shouts, text_cache
from search_app.parse.meeting import DATE, WEEKDAY_SHORT
from search_app.parse.numbering import NUMBER_WORD
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import (
    HONORIFIC,
    MAX_SUBTITLE_WORDS,
    MONTHS,
    MOTION,
    SENTENCE_STARTERS,
    TITLE_CONNECTIVES,
    all_capitalised,
    has_a_verb,
    is_capitals_line,
    is_part_label,
    is_title_case,
    looks_like_title,
    with_subtitle,
)

# A title of a few words ended by a stop, then the minute: "Minutes. The minutes of ..."
STOPPED_TITLE = re.compile(
    r"^(?P<title>[A-Z][^.!?:;\d\u2013\u2014]{1,60}?)\.\s+(?P<rest>[A-Z(\"\u201c].*)$"
)
MAX_STOPPED_TITLE_WORDS = 6
# The rest of a title after a short form's stop, to its colon: "Payable & March Reports: A"
TITLE_TO_COLON = re.compile(r"(?P<title>[A-Z][^.!?:;]{1,60}?)\s?:\s+[A-Z]")
# A title in title case, then its minute in lower case, opening with a determiner
LOWER_CLAUSE_AFTER_TITLE = re.compile(
    r"^(?P<title>[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|and|the|for|to|&)\s+)?[A-Z][\w'\u2019&-]*){0,5}?\s+)"
    r"(?P<rest>(?:a|an|the|these|this|those|it|there|they)\s+\S.*)$"
)
MAX_CLAUSE_VERB_AT = 6  # ... whose verb comes within this many words
OPENS_A_SENTENCE = frozenset("The A An It There This These He She They We None Nil".split())
REFERENCE_AFTER = re.compile(r"^\S+\s+\S*\d\S*$")  # "Public Questions. Ref 19/054"
# Short forms a stop ends that the three-letter bound does not already leave out
SHORT_FORMS = frozenset("Cllr Cllrs Prof Dist Misc Dept Govt Assoc Admin Corresp".split())
# A motion's subject in brackets, then its mover: "(Grant Report) / Ann Bee – that ...".
BRACKETED_TITLE = re.compile(
    r"^\((?P<title>[A-Z][^()]{2,80})\)\s*[/:\u2013\u2014-]\s+(?P<rest>\S.*)$"
)
# The starters that name who is acting: a title runs up to them even when it has no colon.
SUBJECT_STARTERS = frozenset(
    "Councillor Councillors Cllr Cllrs Cr Crs Mr Mrs Ms Miss Dr Professor Sir Dame The Members "
    "Officers".split()
)
# "AB welcomed ...", "BW was unable ...": a member's initials (two, for an auxiliary: "AGM
# were" is a meeting), then a verb
INITIALS_ACTING = re.compile(
    r"^(?:[A-Z]{2,3}\s+[a-z]+ed|[A-Z]{2}\s+(?:was|were|had|has|is|will|would|could|gave|said|"
    r"told|took|made))\b"
)
# A title in capitals that stops at "HELD" or "ON" goes on to the date it leads to, as it
# does through a small word in lower case ("ADOPTION OF MINUTES for 2 DECEMBER 2013").
DATE_LEADS = frozenset("HELD ON OF DATED FOR THE".split())
TITLE_DATE = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{MONTH}),?\s+\d{{4}}\b"
    rf"|(?i:{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
)
# Words that open a clause of their own ("There were ...", "To note ..."), never the rest of
# a subject that starts before them.
CLAUSE_OPENERS = frozenset("There It To This These He She They We That".split())
SUBORDINATORS = frozenset(
    "as if when where while although unless once since because after before until".split()
)

PERSONAL_TITLES = frozenset(
    "Councillor Cllr Cr Mr Mrs Ms Miss Dr Professor Sir Dame Sh Shri Smt".split()
)

QUANTIFIERS = frozenset("all any both each every following many most no several some".split())
FUNCTION_WORDS = frozenset(
    "a an and any for from in of on or the to with by at as is are be when where its their".split()
)

# "Apologies:The Chair ...", "Bye law 3:Jemma presents ...": glued too
# "Letter re: parking": the colon of "re:" (regarding) is inside the title, never after it
NOT_REGARDING = r"(?<!\b[Rr]e)(?<!\bRE)"
REGARDING = re.compile(r"(?<![A-Za-z])(?:[Rr]e|RE):$")
COLON = re.compile(rf"{NOT_REGARDING}:\s+|(?:(?<=[A-Za-z]{{3}})|(?<=\s\d)):(?=[A-Z][a-z])")
SEPARATOR = re.compile(rf"{NOT_REGARDING}:\s+|\s*[-\u2013\u2014]\s+(?=[A-Z])|\s+[-\u2013\u2014]\s+")
# A planning or licence application, its reference first ("F/16405/19", "21/00123/FUL"),
# then its site and what is proposed, dashes between, to the sentence's end: one title
APPLICATION_TITLE = re.compile(
    r"^(?P<title>(?=\S*\d)[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,8}){2,4}\s*[-\u2013\u2014]\s+[^!?]{3,300}?)"
    r"(?:(?<![A-Z][a-z])(?<!\b[A-Z])[.!?](?=\s+[A-Z])|[.!?]?$)"  # not after "St.", "J."
)
# A title and its text joined by an em dash set close, as printers set it: "Call to
# Order\u2014Meeting called to order ...", "Public Comment\u2014None"; or by a dash set
# close to the text only ("Draft Tenancy Agreement \u2013To discuss ...")
CLOSE_DASH = re.compile(
    r"^(?P<title>[^\u2013\u2014]{2,80}?[a-z)])(?:\u2014|\s[\u2013\u2014])(?=[A-Z][a-z])"
)
# ... or a title in capitals, a dash, then its note in lower case ("ROADS—no report.")
CAPITALS_BEFORE_DASH = re.compile(
    r"^(?P<title>[A-Z][A-Z\d'\u2019&/, -]{1,80}?[A-Z])\s?[\u2013\u2014]\s?(?P<rest>[a-z].*)$"
)

# Labels that end a title in capitals run into its text: "APOLOGIES RESOLVED that ...".
# ... a verb's: a noun ("DECISION", "RECOMMENDATION") is as often the title's own last word
# ("APPLICATIONS FOR DECISION", "DEVELOPMENT CONTROL DECISIONS"), a label only with its colon
OUTCOME_LABELS = frozenset("RESOLVED AGREED DECIDED RECOMMENDED MOVED CARRIED".split())
# The minute's first words after a title on the same line (see minute_tail).
TAIL_DASHES = ("-", "--", "\u2013", "\u2014", "o", "\u2022", "\u25cf")  # and bullets: "o Approved"
# "No requests received", "No declarations were made": nothing to report
NOTHING_RECEIVED = r"No\s+[a-z]+\s+(?:were\s+|was\s+)?(?:received|declared|made|reported)"
STATUS_TAIL = re.compile(
    rf"(?:none|nil|n/a|not\s+applicable|{NOTHING_RECEIVED}|received|recorded|noted|approved|"
    r"agreed|accepted|adopted|carried|deferred|withdrawn|on\s+file)\b",
    re.IGNORECASE,
)
MAX_STATUS_WORDS = 6  # "None \u2013 all present", "accepted as correct"
NOTHING_TAIL = re.compile(rf"(?:None|Nil|N/A|{NOTHING_RECEIVED})\b")
ROLL_WORDS = (
    r"(?:(?:members|councillors|trustees|officers|staff)\s+)?(?:present|in\s+attendance|"
    r"also\s+present|attendance|attendees|attending|absent|absentees|regrets|"
    r"apolog(?:y|ies)(?:\s+for\s+absence)?|reasons\s+for\s+absence|roll\s+call(?:\s+of\s+members)?)"
)
ROLL_LABEL = re.compile(rf"^{ROLL_WORDS}$", re.IGNORECASE)
# "Attendance; Kynton Swingle, ...", "Apologies: Iain Macdonald; Catriona ...": who came
ROLL_OPENING = re.compile(
    rf"^(?P<label>{ROLL_WORDS})(?:\s*[:;\u2013\u2014-]\s*(?=[A-Z])"
    # ... or with no mark, before a person with a title: "Reasons for Absence Councillor Bee"
    r"|\s+(?=(?-i:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\.?\s+[A-Z])))",
    re.I,
)
PEOPLE_TITLES = frozenset(
    "Councillor Councillors Cllr Cllrs Clr Cr Crs Mr Mrs Ms Miss Dr Ald Alderman Bro Bros Cde "
    "Cdes Revd Rev Mayor President Reeve Warden Trustee Commissioner Supervisor".split()
)
TITLE_NOUNS = frozenset(
    "report reports update updates business announcements comments remarks items election "
    "elections appointment appointments vacancy vacancies expenses allowances training "
    "induction code conduct".split()  # "Councillor Expenses", "Councillor Code of Conduct"
)
TAIL_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\b")  # not "revised"
TAIL_REFERENCE = re.compile(r"[A-Z]{0,4}\d{1,4}/\d{2,4}\b")  # "Welcome: 065/23": the minute's

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

# "Verbal Reports: Council Representation on External Bodies": a title's subtitle is short;
# "Roll Call: Attendance; President Bee; Trustees Cole, Dee, ..." is the item's text.

MOTION_CREDIT = re.compile(r"(?:M/S(?:/C)?\b|MOTION\s*(?::|BY\b|MADE\b|\())")

# "Correspondence. a) Letter from ...", "Minutes. a. Proposed by ...": a title's full stop,
# then its first lettered point.
TITLE_OVER_POINTS = re.compile(
    r"^(?P<title>[A-Z][^.:]{2,80})\.\s+(?=\(?[a-h]\)\s+\S|[a-h]\.\s+[A-Z])"
)
CREDIT_AT_END = re.compile(r"\s+(?:proposed|moved|seconded)(?:\s+by)?$", re.IGNORECASE)

# A number that ends the previous line's reference ("an interest in Item" / "15 Notice ...").
PART_AFTER_CAPITALS = re.compile(
    r"^(?P<title>[A-Z][^a-z:]{3,150}?)\s+"
    r"(?:(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b|DECISION\s*:|[A-Z][a-z]+:)"  # or "Noted:"
)

# ... or after a title in title case, with its colon or its "that": "Open Forum Resolved: that
# standing orders be suspended", "Minutes Agreed that they be signed"; and so the motion's
# mover, labelled or named: "Minutes of 17 October Proposed: Cllr Bee; Seconded: ...",
# "Accounts Moved by Cllr Dee, seconded by ..."
DECISION_AFTER_TITLE = re.compile(
    r"^(?P<title>(?:[A-Z][^:.!?]{0,100}?\s)?[A-Z\d][\w'\u2019]*)"  # its last word capitalised
    r"\s+(?=(?:Resolved|Agreed|Decided|RESOLVED|AGREED|DECIDED)(?:\s*:|\s+(?:that|to)\b"
    r"|\s+\((?:Clr|Cllr|Cr|Councillor)s?\b)"  # "RESOLVED (Clr Bee / Clr Dee) MIN17.5": movers
    # ... not a motion's own proposer, a word of its title: "Notice of Motion Proposed by ..."
    r"|(?<!Motion\s)(?:Proposed|Moved)\s+by\s+(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|[A-Z][a-z]+\s+[A-Z])"
    r"|On\s+(?:the|a)\s+motion\s+of\b)"  # "... & Welcome On the motion of Cllr Bee, ..."
    # ... the mover's label, after any title ("Minutes of the last meeting Moved: ...")
    r"|^(?P<labelled>[A-Z][^:.!?]{0,100}?)\s+(?=(?:Proposed|Moved)\s*:)"
)

SIGNED_NUMBER = re.compile(r"#\d[\w/-]*")  # "#0094": a reference's number in a title
REGARDING_WORDS = frozenset(("re.", "re:", "Re.", "Re:"))  # a title's "regarding"
# "... a. It was", "... (a) Roads", "... [a] Councillor Bee was proposed"
FIRST_POINT = re.compile(r"\s+(?:\(a\)|\[a\]|a\)|a\.)(?=\s+[A-Z]|$)")

# A full stop after a short capitalised word abbreviates it ("Mr.", "St.", "Dec.", "J."): the
# sentence goes on.
# ... and so after the longer titles before names ("Cllr.", "Prof.", "Revd.", "Sept."), and
# after a number's "NO." in capitals ("APPLICATION NO. P/98/1039").
SENTENCE_END = (
    r"(?:[!?]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bNO)"
    r"(?<!\bCllr)(?<!\bProf)(?<!\bRevd)(?<!\bSept)(?<!\b[A-Z][a-z]\s)"  # "Mr . Zabee": OCR's
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\bviz)(?<!\bre)\.)"  # "... e.g. amended", "re. COVID": no end
)

# A dash, then a date, perhaps after its weekday: " \u2013 Sat 4 May 2019"
DASH_THEN_DATE = re.compile(
    rf"\s*[-\u2013\u2014]\s*(?P<date>(?:{WEEKDAY_SHORT}\.?,?\s+)?(?:{DATE.pattern}))"
)
# A label that introduces the title, not a title ("Agenda Item No. 2" / "Subject: Approval of
# estimate for the road in Ward 7"): the title is what it labels.
SUBJECT_LABEL = re.compile(r"^(?:subject|sub|topic)\s*[:\u2013-]\s+(?=\S)", re.IGNORECASE)
STOP_THEN_TEXT = re.compile(rf"{SENTENCE_END}\s")  # a sentence's end with more after it


@text_cache
def split_title_from_body(text: str) -> tuple[str, str]:
    """Separate a title from the first sentence when both share a line, and then the
    minute's first words from the title's end when they read as the minute's
    ("APOLOGIES Cllr I Henderson", "Minutes of last meeting – accepted as correct")."""
    text = SUBJECT_LABEL.sub("", text, count=1)  # "Subject: Approval of estimates"
    title, body = title_before_text(text)
    if dashed := CAPITALS_BEFORE_DASH.match(title):  # "STORMWATER MANAGEMENT—no report."
        title, body = dashed["title"], " ".join(filter(None, (dashed["rest"], body)))
    title = title.rstrip(" \u2013\u2014") or title  # "SWALCO—": the dash before its text
    parted = minute_tail(title)
    if parted is not None:
        title, body = parted[0], " ".join(filter(None, (parted[1], body)))
    point = FIRST_POINT.search(title)
    if point and point.start() > 0 and text.startswith(title):
        # "Finance a. It was proposed ...", "MATTERS ARISING a) Allowances": the minute's
        # first point starts its text
        title, body = title[: point.start()], text[point.start() :].strip()
    # known business run into a sentence that kept it ("Declarations of interest Interests
    # were declared ...", "Prayers The Rector led ...")
    if has_a_verb(title) and (known := known_business_before_sentence(title)):
        title, body = known[0], " ".join(filter(None, (known[1], body)))
    return with_its_date(text, title, body)


def known_business_before_sentence(text: str) -> tuple[str, str] | None:
    """(title, text) of known business run into a sentence of its own (see below)."""
    known = known_business_first(text)
    return known if known and opens_its_sentence(*known) else None


def opens_its_sentence(title: str, rest: str) -> bool:
    """The words after a title start a sentence of their own: a subject ("The Rector led
    ..."), or the title's word said again ("Declarations of interest Interests were
    declared"); not the title going on ("... of the Parish Assembly held on ...")."""
    first = rest.split(None, 1)[0] if rest else ""
    stem = first.lower()[:STEM]
    said_again = len(stem) == STEM and any(w.lower().startswith(stem) for w in title.split())
    return first in SENTENCE_STARTERS or said_again


STEM = 5  # letters two forms of a word share ("interest", "Interests")


def with_its_date(text: str, title: str, body: str) -> tuple[str, str]:
    """A date after the title's dash is the title's ("LAST MINUTES \u2013 Sat 4 May 2019",
    "Minutes - Council Meeting 13th March 2017"): which meeting or day it names."""
    if not title or not body or not text.startswith(title):
        return title, body
    dated = DASH_THEN_DATE.match(text, len(title))
    if not dated or not text[dated.end() :].strip() or not body.startswith(dated["date"][:8]):
        return title, body
    return text[: dated.end()], text[dated.end() :].lstrip(" .").strip()


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
    if applied := APPLICATION_TITLE.match(text):  # "F/164/19 – Mill Lane – Six houses. The"
        return applied["title"], text[applied.end() :].strip()
    decided = DECISION_AFTER_TITLE.match(text)
    if decided and looks_like_title(title := decided["title"] or decided["labelled"]):
        return title, text[decided.end() :]
    if stopped := short_title_at_stop(text):
        return stopped
    if clause := title_before_lower_clause(text):
        return clause
    dashed = CLOSE_DASH.match(text)
    if dashed and looks_like_title(dashed["title"]):
        title, rest = with_subtitle(text, dashed["title"], text[dashed.end() :].strip())
        return with_subtitle_before_its_subject(text, title, rest)
    pointed = TITLE_OVER_POINTS.match(text)
    if pointed and looks_like_title(pointed["title"]):
        return pointed["title"], text[pointed.end() :]
    labelled = PART_AFTER_CAPITALS.match(text)
    if labelled and not ends_unfinished(labelled["title"]):  # "URGENT MATTERS AS AGREED BY"
        return labelled["title"], text[labelled.end("title") :].strip()
    if bracketed := BRACKETED_TITLE.match(text):  # "(Bank Reconciliation) / Reg Pointe - that"
        return bracketed["title"], bracketed["rest"]
    words = text.split()
    if len(words) <= 12 and not re.search(r"[.!?:]\s", text) and not text.endswith("."):
        # "Highways \u2013 There were no" / "reports ...": a sentence wrapped after the dash
        parted = split_at_separator(text)
        if parted and parted[1].split()[0] in SENTENCE_STARTERS:
            return parted
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
    # ... not "Report: Ann Bee noted ... The", nor "Public Forum \u2013 No" before "Members"
    if starts and not re.search(r"[.!?:]\s", subject[0]) and not SEPARATOR.search(subject[0]):
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


def with_subtitle_before_its_subject(text: str, title: str, rest: str) -> tuple[str, str]:
    """A subtitle after the title's dash, the minute's subject after it ("Rugby \u2013 Chiefs
    Sponsorship DA reported that ..."): a few words in title case, no verb, then someone
    who reports. The subtitle is the title's."""
    if not title or not text.startswith(title):
        return title, rest
    parted = split_before_subject(rest, sentences=False)
    if not parted or not parted[0] or len(parted[0].split()) > MAX_SUBTITLE_WORDS:
        return title, rest
    subtitle, minute = parted
    if not all_capitalised(subtitle) or has_a_verb(subtitle) or not reports(minute):
        return title, rest
    at = text.find(subtitle, len(title))
    return (text[: at + len(subtitle)].rstrip(), minute) if at >= 0 else (title, rest)


def reports(minute: str) -> bool:
    """Whether the minute opens with someone who reports: a verb within its first words
    ("DA reported that ...", "Cllr Ann Bee explained ...")."""
    return any(is_reporting(word) for word in minute.split()[:REPORTER_WORDS])


REPORTER_WORDS = 4  # a subject of three words at most ("Cllr Ann Bee"), then its verb


def short_title_at_stop(text: str) -> tuple[str, str] | None:
    """ "Apologies. K. Reed.", "New Councillor update. It was announced ...": a few words
    of a title ended by a stop, then the minute. Not a sentence ("The Clerk reported."),
    nor a name's initial or a short form ("Cllr. Bee"), nor a title's reference after it."""
    stopped = STOPPED_TITLE.match(text)
    if not stopped:
        return None
    title, words = stopped["title"], stopped["title"].split()
    last = words[-1]
    if len(words) > MAX_STOPPED_TITLE_WORDS or len(last) <= 3 or last in SHORT_FORMS:
        return None  # "Gen. Mgr.", "Cllr. Bee": short forms
    if " - " in title or REFERENCE_AFTER.match(stopped["rest"]):
        return None
    if (colon := TITLE_TO_COLON.match(stopped["rest"])) and not has_a_verb(colon["title"]):
        return None  # "Approve April Accts. Payable & March Reports: A motion ...": a short form
    if len(words) > 1 and words[0] in SENTENCE_STARTERS or OPENS_A_SENTENCE & set(words[1:]):
        return None  # "Announcements The chair thanked the staff.": a sentence inside
    if has_a_verb(title) or not looks_like_title(title):
        return None
    return title, stopped["rest"]


def title_before_lower_clause(text: str) -> tuple[str, str] | None:
    """ "St John's Items a report was postponed": a title in title case, then its minute in
    lower case, opening with a determiner, its verb a few words on."""
    clause = LOWER_CLAUSE_AFTER_TITLE.match(text)
    if not clause or not has_a_verb(" ".join(clause["rest"].split()[:MAX_CLAUSE_VERB_AT])):
        return None
    if clause["title"].split()[0].lower() in SUBORDINATORS:
        return None  # "As the previous Secretary was ...": a sentence's clause, no title
    return clause["title"].strip(), clause["rest"]


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
    attached", or the title said again: "Apologies Apologies were received") or a minute
    reference; where nothing separates them, only people ("Correspondence Received" and
    "Attendance Allowance" are titles). A time after a dash ("CALLED TO ORDER – 6:03 pm")
    stays: it is printed on the heading, as a reader cites it.
    """
    words = list(re.finditer(r"\S+", title))
    if words and words[0][0] in PRONOUNS:
        return None  # "His Worship Mayor Bee called ...": a sentence, its subject first
    capitals = 0
    while capitals < len(words) and (
        is_capitals(words[capitals][0]) or is_neutral(words[capitals][0])
    ):
        capitals += 1
    inside = brackets_open([word[0] for word in words])
    for at in range(1, len(words)):
        head = title[: words[at].start()].rstrip()
        dash = words[at][0] in TAIL_DASHES
        if dash and at + 1 == len(words):
            break  # "Report –": nothing after the dash
        if words[at - 1][0] in TAIL_DASHES:
            continue  # the dash before was weighed as the place to part
        if inside[at - 1] > 0 or REGARDING.search(head[-len("xre:") :]):
            continue  # "(per Council" / "President Bee)", "Letter re:" / "Cllr Bee": the title's
        separated = head.endswith((";", ":")) or dash
        start = words[at + 1].start() if dash else words[at].start()
        if words[at][0][:1] in "-\u2013" and words[at][0][1:2].isalpha():
            separated, start = True, words[at].start() + 1  # "Resolutions -None"
        head = head.rstrip(" ;:,-\u2013\u2014")
        tail = title[start:].strip()
        kind = part_kind(dash, separated, capitals_end=at == capitals)
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


def part_kind(dash: bool, separated: bool, capitals_end: bool) -> str:
    """How a title and the words after it part: at a dash, at another separator (";",
    ":"), where a title in capitals ends, or nowhere marked ("plain")."""
    if dash:
        return "dashed"
    if separated:
        return "separated"
    return "capitals" if capitals_end else "plain"


def reads_as_minute(head: str, tail: str, kind: str) -> bool:
    """Whether the words after a title are the minute's (see minute_tail)."""
    words = tail.split()
    first = words[0].strip(",.;:")
    if is_status(words):
        # "Correspondence Received", "Approved Premises": titles; "... Interest None
        # declared", "Dispensations No requests received": nothing, no title's words
        return kind != "plain" or bool(NOTHING_TAIL.match(tail))
    before = head.split()[-1].lower()
    if before in FUNCTION_WORDS or before in TITLE_CONNECTIVES or before in OFFICE_PREFIXES:
        return False  # "Question from Councillor Bee", "Election of Vice President Bee"
    named = first[:1].isupper() and first.lower() not in FUNCTION_WORDS  # not "... FOR ABSENCE"
    listed = kind != "plain" or any(mark in " ".join(words[:5]) for mark in ",(")
    # "APPROVAL OF MINUTES MOVED BY ANN 2ND CARL", not "Notice of Motion Proposed by ..."
    motion = opens_a_motion(tail) and (kind != "plain" or tail.isupper())
    if kind == "dashed" and presents_it(head, tail):
        return False  # "Municipal Update \u2013 Councillor Ann Bee": who presents it, on its line
    if names_people(tail) or (ROLL_LABEL.match(head) and named and listed) or motion:
        return True  # not "Attendance Allowance Review"
    if kind == "plain":
        return False
    opens = first[:1].islower() or kind == "repeated"  # the title said again as it opens
    clause = opens and bool(TAIL_VERB.search(" ".join(words[:6])))
    return clause or (kind in ("separated", "dashed") and bool(TAIL_REFERENCE.match(tail)))


def presents_it(head: str, tail: str) -> bool:
    """One person after a dash, nothing more ("Municipal Update \u2013 Councillor Ann Bee"):
    who presents the item, part of its heading; not who sent apologies or was present."""
    alone = names_people(tail) and not re.search(r",|\band\b|&", tail) and len(tail.split()) <= 4
    return alone and not ROLL_LABEL.match(head) and not is_procedural(head)


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
    if opening[:8].lower() == "proposed" and not MOTION.match(opening):
        return False  # "Proposed Easement": a title's rest, not "Proposed: Cllr Bee"
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
            return found if ":" in match[0] else with_subtitle_before_its_subject(text, *found)
    return None


def separated_at(text: str, match: re.Match) -> tuple[str, str] | None:
    title, rest = text[: match.start()].strip(), text[match.end() :].strip()
    colon = ":" in match.group(0)  # else a dash parts them
    if not colon and re.search(r"[a-z]{3}\.$", title):
        title = title[:-1]  # "Treasurers Report. - Noted the accounts ...": the stop, then a dash
    if text[match.start() - 1 : match.start() + 1] == " :" and rest[:1].islower():
        return None  # "CONSIDERATION : of a Final Plat at ...": a colon set inside the heading
    credit = CREDIT_AT_END.search(title)  # "Election of Deputy Mayor Proposed by: Cllr Bee"
    if credit and colon and credit.start() > 0:
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
    if not is_sentence(rest) and (not colon or len(rest.split()) < 4):
        return None
    if not colon and presents_it(title, rest):
        return None  # "Municipal Update \u2013 Councillor Ann Bee": who presents it
    words = rest.split()
    subtitle = len(words) <= MAX_SUBTITLE_WORDS and is_title_case(words)
    if subtitle and (not is_sentence(rest) or all_capitalised(rest.rstrip("."))):
        return None  # "Verbal Reports: Council Representation on External Bodies", "Public
        # Hearing – Real Estate Transfer.": a subtitle, its full stop the heading's
    glossed = len(text.split()) <= 16 or title.startswith("To ")  # or the agenda's wording
    if rest[:1].islower() and not colon and glossed:
        return None  # "Public Participation - questions at the Chair's discretion": a gloss
    if not colon and (end := subtitle_end(rest)):
        at = text.index(rest, match.end()) + end.start()
        return text[:at], rest[end.end() :]
    return with_subtitle(text, title, rest)


def subtitle_end(rest: str) -> re.Match | None:
    """The full stop that ends a title's subtitle after a dash, the minute after it:
    "Windfarms \u2013 Community Benefit. Noted that ...", "Minutes - Council Meeting 13th
    March 2017. The minutes were ...". Not a sentence, nor someone named ("Apologies -
    Cllr Bee. The clerk ..." parts later, at the person)."""
    end = STOP_THEN_TEXT.search(rest)
    if not end:
        return None
    words = rest[: end.start()].split()
    if len(words) > MAX_SUBTITLE_WORDS or words[0] in SENTENCE_STARTERS:
        return None
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_CONNECTIVES for w in words)
    return end if capitalised and not has_a_verb(" ".join(words)) else None


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


MAX_AGENDA_VERB_WORDS = 3  # "TO RECEIVE AND NOTE": the agenda's verbs in capitals, at most


def split_after_capitals(text: str) -> tuple[str, str] | None:
    """ "PUBLIC PARTICIPATION Peter Smith asked ..." -> the run of capitals is the title.

    Numbers and dashes belong to the run only between words in capitals ("HELD ON 24th
    JUNE 2021 & AGENDA"), not before the title's ordinary words ("BARNS - 2006 - Conversion");
    a number with its sign ends the title as well ("PURCHASE ORDER #0094 Motion by ..."), and
    so do numbers before a motion ("LOCAL LAW NO. 3 OF 2012 Motion by ...").
    """
    words = text.split()
    run = 0
    while run < len(words) and not (run >= 2 and ends_capitals_title(words[run], words[run - 1])):
        if is_capitals(words[run]) or (run and SIGNED_NUMBER.fullmatch(words[run])):
            run += 1
            continue
        ahead = run
        # ... and "re." between capitals: "REPORTS FROM THE WARDEN re. COVID 19"
        while ahead < len(words) and (is_neutral(words[ahead]) or words[ahead] in REGARDING_WORDS):
            ahead += 1
        if 0 < run < ahead < len(words) and MOTION.match(words[ahead]):
            run = ahead  # "... LOCAL LAW NO. 3 OF 2012 Motion by ...": a motion follows
            break
        if ahead == run or ahead == len(words) or not is_capitals(words[ahead]):
            break
        run = ahead  # "... QUARTER 3 2012/13 RESOLVED:": the numbers end the title
    opens = 1 < run < len(words) and words[run - 1] in ("A", "I") and words[run][:1].islower()
    run -= opens  # "CORRESPONDENCE: A letter from ...": the article opens the sentence
    lead = 1 < run < len(words) - 1 and words[run].upper() in DATE_LEADS
    if 1 < run < len(words) and (lead or words[run - 1] in DATE_LEADS):
        dated = TITLE_DATE.match(" ".join(words[run + lead :]))  # "... HELD 30th May 2014"
        run += lead + len(dated[0].split()) if dated else 0
    labelled = run == 1 and words[0].endswith(":")  # "FINANCE: I reported ..."
    if (run < 2 and not labelled) or run == len(words) or words[run - 1] in ("/", "|"):
        return None  # "NGĀ WHAKAPĀHA / Apologies": a title in two languages goes on
    if words[0] == "TO" and run <= MAX_AGENDA_VERB_WORDS:
        return None  # "TO ELECT a Business Chair ...": the agenda's verb, then its object
    if not (opens or any(c.islower() for c in words[run]) or ends_capitals_title(words[run])):
        return None
    return " ".join(words[:run]).rstrip(":,"), " ".join(words[run:])


def ends_capitals_title(word: str, before: str = "") -> bool:
    """A part's label after a title in capitals ("RESOLVED", "Minutes:"), but not a word
    of the title ("... ADDITIONS TO REGISTER ...", "REPORT OF THE CHAIR"), nor the noun a
    possessive or a joining word before it governs ("DISSENT FROM COUNCIL'S DECISIONS",
    "REVIEW OF DECISIONS")."""
    finished = not (before and ends_unfinished(before))
    if word.endswith(":"):  # ... nor a noun of the title ("PUBLIC QUESTION TIME: Nil")
        return is_part_label(word) and finished and word[:-1].lower() not in TITLE_NOUN_LABELS
    return word.upper() in OUTCOME_LABELS and finished


# Labels of a meeting's details that end titles in capitals as their nouns: "PUBLIC QUESTION
# TIME:", "QUESTIONS TAKEN ON NOTICE:", "MEETING PLACE:"
TITLE_NOUN_LABELS = frozenset({"time", "date", "notice", "place", "location", "venue"})


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


def brackets_open(words: list[str]) -> list[int]:
    """How many brackets are open after each word: "(per Council" / "President Bee)" is one
    aside, and no subject starts inside it."""
    return list(itertools.accumulate(word.count("(") - word.count(")") for word in words))


def split_before_subject(text: str, sentences: bool = True) -> tuple[str, str] | None:
    words = text.split()
    if words and words[0] in PRONOUNS:
        return None  # "His Worship Mayor Bee called ...": the subject starts the sentence
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
    inside = brackets_open(words)
    splits = [
        split
        for split in range(max(start, 1), first_lower)
        if subject_at(words, split, first_lower) and inside[split - 1] <= 0
    ]
    # "Election of Board Members Miss Bee reported ...": a person is the subject, not "Members"
    split = next((at for at in splits if words[at] in PERSONAL_TITLES), splits[0] if splits else 0)
    if split:
        return " ".join(words[:split]).rstrip(" -\u2013:"), " ".join(words[split:])
    for split in range(first_lower + 1, min(len(words) - 1, 16)):
        # "Minutes of the previous meeting The minutes of February were approved"
        # ... not "Block A of the ...": a letter that names, before a small word
        named = words[split] == "A" and words[split + 1].lower() in FUNCTION_WORDS
        starts = (
            words[split] in SENTENCE_STARTERS and words[split + 1][:1].islower() and not named
        ) or bool(INITIALS_ACTING.match(f"{words[split]} {words[split + 1]}"))
        # "... (8 May 2015) The Chair asked ...": "The", someone, then what they did
        # ... or "The Regular City Council meeting of ...": "The", a name, then lower case
        starts = starts or (words[split] == "The" and names_then_lower(words[split + 1 :]))
        before = words[split - 1].rstrip(",").lower()
        titled = before not in TITLE_CONNECTIVES and before not in OFFICE_PREFIXES
        # "... to all Councillors and members ...", "Having three Board Members present":
        # the words run on inside one phrase, no sentence starts there
        runs_on = before in QUANTIFIERS or before in JOINING_WORDS
        titled = titled and not runs_on and not body_members(before, words[split])
        if starts and titled and leaves_a_title(words[:split]) and inside[split - 1] <= 0:
            return " ".join(words[:split]), " ".join(words[split:])
    sentence_end = sentences and re.search(rf"(?<=[a-z)]){SENTENCE_END}\s+(?=[A-Z])", text)
    if sentence_end and len(text[: sentence_end.start()].split()) <= 15:
        return text[: sentence_end.start()], text[sentence_end.end() :]
    return None


MAX_NAME_AFTER_THE = 4  # "The Regular City Council meeting ..."
# A sentence's subject, never a title's first word.
PRONOUNS = frozenset("He She His Her They Their We It".split())


def names_then_lower(words: list[str]) -> bool:
    """Capitalised words, four at most, then a word in lower case: a name as a subject."""
    capitalised = 0
    while capitalised < len(words) and words[capitalised][:1].isupper():
        capitalised += 1
    return (
        1 <= capitalised <= MAX_NAME_AFTER_THE
        and capitalised < len(words)
        and words[capitalised][:1].islower()
    )


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


def said_again(words: list[str], at: int) -> bool:
    """Whether words[at] is the title's first word again, capitalised (not a small word)."""
    first = words[0].lower()
    return words[at][:1].isupper() and words[at].lower() == first and first not in FUNCTION_WORDS


def subject_at(words: list[str], split: int, first_lower: int) -> bool:
    """Whether a sentence's subject may start at words[split], in the run of capitalised
    words before the first lower-case one."""
    after_connective = words[split - 1].lower() in TITLE_CONNECTIVES
    # "Welcome AB welcomed everyone": a member's initials then a verb begin the text
    initials = split == first_lower - 1 and bool(INITIALS_ACTING.match(" ".join(words[split:])))
    office = words[split - 1].rstrip(",").lower() in OFFICE_PREFIXES  # "Vice Chairman"
    starter = (words[split] in SENTENCE_STARTERS and not capitalised_to(words, split)) or initials
    # ... or the title's first word again: "Minutes of the Meeting of 27 June Minutes were ..."
    starter = starter or (said_again(words, split) and split + 1 == first_lower)
    # "Visiting Members There were no ...": a clause opens after "Members", which ends the title
    clause_next = split + 1 < len(words) and words[split + 1] in CLAUSE_OPENERS
    return (
        starter
        and not clause_next
        and not after_connective
        and not office
        and leaves_a_title(words[:split])
    )


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


def known_business_first(text: str) -> tuple[str, str] | None:
    """(title, text) of known business run into a sentence that starts with a capital
    ("Declarations of interest All Members who believe ..."): the shortest such opening
    (not one cut before a month, "... held on 13 January")."""
    words = text.split()
    for end in range(1, min(len(words) - 1, MAX_KNOWN_TITLE_WORDS)):
        head, following = " ".join(words[:end]), words[end]
        sentence = following[:1].isupper() and following.lower().strip(",.") not in MONTHS
        joined = words[end - 1].lower() in TITLE_CONNECTIVES  # "... the opinion of the Chair"
        if sentence and not joined and is_procedural(head):
            return head, " ".join(words[end:])
    return None


MAX_KNOWN_TITLE_WORDS = 15  # words of known business, at most, before the sentence it runs into
