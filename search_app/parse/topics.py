"""A few human-readable topics per substantive item.

Topics come from the title (less generic words such as "Update"), from the
acronyms the item spells out, and from phrases repeated in the item that are
not the everyday vocabulary of minutes ("action plan", "the Panel"). A topic is
a subject someone would filter by: never a person, a date, the business of the
meeting itself ("Adoption of the Agenda", "Present"), or a word cut off where
the text ends.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from functools import lru_cache

from search_app.names import plain_name
from search_app.parse.lexicon import describes_or_acts, is_a_known_word
from search_app.parse.lines import holds_word, text_cache
from search_app.parse.meeting import DATE, MONTH
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import ROLL_CALL_ENTRY
from search_app.parse.speakers import REPORTING_VERBS, people_named_in

GENERIC_TITLE_PARTS = re.compile(
    r"^(?:update|report|progress report|annual report|verbal update|presentation|review|"
    r"performance|overview|briefing|minutes|matters arising|arising|re|item|"
    r"disclaimer|copyright|privacy notice|"  # a page's small print, no subject
    r"for (?:possible )?action)$",  # an agenda's note alone
    re.IGNORECASE,
)
STOP_WORDS = frozenset(
    """a about above after again all also an and any are as at be been before being between both
    but by can could did do does during each few for from further had has have having he her here
    his how i if in into is it its itself made make may more most must no nor not now of on once
    only or other our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your"""
    # ... and of French and Welsh, which bilingual minutes print beside English
    """ du de des la le les et au aux une y yr yn ar""".split()
)


# Each token between spaces or slashes, in one pass: (word, closing punctuation) when the
# whole token is a word (quotes or brackets around it allowed), ("", "") when it is
# anything else (markup debris such as "ong>theong>", references), which breaks a phrase.
# "j. bee", "e dee": an initial and a surname, from an attendance list; "ted r
# moreno": a name with its middle initial ("a" and "i" are words, not initials).
INITIAL_AND_NAME = re.compile(r"(?:[a-z]\.?|[a-z]+\s+[b-hj-z]\.?)\s+[a-z'\u2019-]+$")
TOKENS = re.compile(
    r"(?<![^\s/])[\"'“‘(\[]*([A-Za-z][a-z'’-]+?)([.,;:)!?\"'”’\]]*)(?![^\s/])|[^\s/]+"
)
LOOSE_WORD = re.compile(r"[a-z](?:[a-z'’-]*[a-z])?")  # every word a phrase could hold, and more
CLOSING_PUNCTUATION = frozenset(".,;:)!?")  # a phrase does not run past these


@lru_cache(maxsize=1 << 16)
def word_stem(word: str) -> str:
    """The singular, without a possessive: "Councillors’" -> "councillor", "Apologies" ->
    "apology", "Speeches" -> "speech"; enough to compare a word with the minutes vocabulary."""
    word = re.sub(r"(?:['’`]s|['’`])$", "", word.lower())
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|z)es$", word):
        return word[:-2]  # "speeches", "businesses", "taxes"
    return word[:-1] if re.search(r"[^sui]s$", word) else word


def stems(words: str) -> frozenset[str]:
    return frozenset(word_stem(word) for word in words.split())


# People by their office: a subject never ends with one ("drainage warden", the title of
# the warden's report, names who reported, not what about).
OFFICES = stems(
    """chairperson chairwoman chairman chair convener president mayor clerk manager leader
    secretary treasurer trustee supervisor commissioner planner engineer surveyor solicitor
    adviser advisor inspector cathaoirleach chief executive officer director warden ranger
    steward superintendent administrator coordinator co-ordinator principal assessor auditor
    chancellor provost minister dean registrar librarian attorney counsel sheriff marshal
    coroner constable comptroller controller recorder bursar headteacher rector vicar judge"""
)
POSTS = stems("specialist assistant consultant analyst")  # staff's posts, beside the offices
# The everyday vocabulary of minutes: never part of a topic. Compared as stems (see
# word_stem): "reports" and "councillors'" are "report" and "councillor".
MINUTES_WORDS = stems(
    """member panel committee council cabinet meeting report chairman chair officer director head
    councillor question response discussion issue work need needed point update action plan county
    year month time important number data item following concern particular place case way part
    group recent currently board given recommendation assurance"""
    # people by their office
    f" {' '.join(sorted(OFFICES))}"
    # what minutes say happened to business
    """ noted agreed confirmed suggested informed resolved acknowledged asked raised made invited
    received recorded deferred accepted carried seconded moved proposed nil none"""
)
# The business of the meeting itself, and the words that qualify it: a title made only
# of these ("Adoption of the Agenda", "Present Councillors", "Clerk's Remarks") names no
# subject, though each word can be part of one ("sickness absence", "business rates").
MEETING_BUSINESS = MINUTES_WORDS | stems(
    """agenda present attendance apology absence leave visitor welcome opening closing prayer
    invocation pledge allegiance call order adoption approval approved adopted confirmation
    declaration disclosure interest conflict notice summons business procedural regular ordinary
    exclusion excluded exempt press information determination addition civic
    special consent remark address comment announcement forum deputation petition date next
    previous minute district parish town city borough village public general informal
    open new old unfinished preliminary procedure session closed called roll vote voice vice
    resolution exclude application form adjourned adjournment status quorate quorum motion
    speaker hon vice-president vice-chair consider notification recess carried unanimously
    lost defeated negatives affirmatives consideration acceptance change delegation guest
    verse devotion reflection reading psalm hymn presentation visiting lobbying sundry
    miscellaneous set variation grouping statement procedures proceedings recording urgency
    matters reported highlights without topic subject issue other rise introduce flag salute
    participation representation citizen speak seat voucher expenditure calendar whole
    welcoming adjustment anthem national oath office inauguration affirmation custodian
    traditional dispensation deletion request outstanding notes purpose schedule in-camera
    camera study second private statutory community resident view government color colour
    guard sunshine q housekeeping rollcall official reconvene executive call-in rescission
    taken log additional extra introduction personal reference possible discussed review
    summary attachment background fiscal impact stuff twp unanimous aye nay yea
    acknowledgement acknowledgment period mayoral devotional exercise administrivia decision
    condolence moment mission proclamation section staff aboriginal country law
    recommended materion codi written oral verbal ongoing pending ministerial disclosable
    pecuniary registrable identification arising assembly membership ward"""
    # ... and the slots of an agenda that name no subject ("Meeting Opened", "Continued
    # Business", "Proof of Notice", "Arrangement of Agenda", "Congratulations")
    """ opened continued extraordinary proof arrangement upcoming
    congratulation karakia"""
    # ... the public's say, business laid on the table, those sent to the meeting, a
    # township as a parish is ("Public Input", "Tabled Business", "Welcoming of Delegates")
    """ input tabled delegate township"""
    # ... its rounds of questions, concerns and standing lists ("Communication from Audience",
    # "Question and Answer Session", "Member Concerns and Liaison Reports", "Continuing
    # Action List", "Notified Business", "Weekly Update")
    """ audience answer liaison continuing notified weekly quarterly"""
    # ... and how it fills its own posts and sets itself up ("Election of Officers",
    # "Appointment of Committees", "Working Group Reports", "Setting of the Agenda",
    # "Opening Words")
    """ appointment nomination co-option working setting word"""
    # ... and the slots where it remembers, thanks and talks about itself ("Moment of
    # Silence", "Expressions of Sympathy", "Get Well Wishes", "Urgent Matters", "Available
    # Papers", "Maiden Speech", "Feedback from today's session")
    """ silence sympathy expression get well wish urgent monthly available paper initial
    maiden speech feedback today idea debate posting"""
    # ... and how it agrees, withdraws, carries over and finishes ("Consensus Items",
    # "Formalities", "Withdrawals and Continuances", "Final Business")
    """ consensus formality withdrawal continuance final"""
    # ... a hearing (its subject is what is heard: "public hearing on the bypass route"), a
    # town meeting's warrant articles, lists and the people who speak, "any other
    # (competent) business"
    """ hearing article list taking people relevant informational individual relating
    adjourn aob aocb"""
)
# Titles of the meeting's letters, comments and rounds of reports ("Correspondence &
# Communications", "Administrative Comments", "Representatives Reports", "Democratic Time"):
# no subject in the title, though the item's text may name several (a letter's subject).
ROUNDS_OF_BUSINESS = stems(
    "correspondence correspondance communication representative recognition democratic distribute"
    " administrative"
    " progress memorandum"
    # ... and the rounds of reports of its committees ("Reports Requiring Action", "Committees
    # and Commissions - Reports", "Advisory Committees - Reports & Findings")
    " report committee commission requiring action finding advisory"
    " inward outward incoming outgoing"  # "Inwards/Outwards Correspondence"
)
REPORT = stems("report")
LONG_BUSINESS_WORDS = frozenset(word for word in MEETING_BUSINESS if len(word) >= 6)
ATTENDANCE = stems(
    "present attendance attending attended attendees non-attendance apologies absent"
    " sederunt entered"  # Scots: those present; "Members who entered during the proceedings"
)
ATTENDEES = stems("members councillors officers trustees visitors")
MONTHS_AND_DAYS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
ORGANISATION = re.compile(
    r"\b(?:Board|Council|Service|Police|Committee|Authority|Trust|Group|Association)$"
    r"|^(?:Department|Office|Ministry)\b"
)
NAME_PAIR = r"\b[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+"  # "Ann Green"
MOTION_VERB = r"(?:proposed|seconded|moved|nominated)"  # "proposed en bloc by DR"
FORM = re.compile(r"\b(?:form|sheet|template|memo)$", re.IGNORECASE)  # "Action Request Form"
MAX_TOPICS = 5
# "announcement/s", "meeting(s)": one or more (not "apologies/site visits")
PLURAL_MARK = re.compile(r"(?<=[a-z])(?:/s|\(s\))(?![a-z])")
# A transcript's speaker at the start of a line: "Deanna Durrett: The next drain is ...".
LABELLED_SPEAKER = re.compile(r"^([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}):\s", re.MULTILINE)
# Cross-references ("see minute") and people with their titles ("mr jones", "mayor smith")
# repeat in minutes without being what an item is about.
NOT_A_TOPIC = re.compile(
    r"\b(?:mr|mrs|ms|dr|cllr|clr|cr|ald|sgt|pc|insp|supt)\b|[~|=]|\w\.\s"
    r"|^(?:miss|councillor|mayor|chair|chairman|sir|dame|lord|lady|professor|alderman|trustee|"
    r"pastor|reverend|rev|father|rabbi|imam|bishop|"
    r"councilman|councilwoman|councilmember|commissioner|supervisor|selectman|selectwoman|reeve)\b"
    r"|\b(?:see|minute|minutes|page|pages|appendix|paragraph|item|items|moved|seconded)\b"
    r"|\bby(?:councillor|cllr|commissioner|trustee)"  # "moved bycouncillor dee": a credit glued
    r"|\bfrom\s+the\s+(?:public|floor|audience)\b"  # "communication from the public"
    # ceremonies: "Acknowledgement to Traditional Owners", "Recognition of Traditional
    # Territories", "National Anthem", "Oath of Office"
    r"|^(?:statement\s+of\s+)?acknowledge?ments?\s+(?:of|to)\b"
    r"|traditional\s+(?:owners|custodians|territor)|^national\s+anthem|^oaths?\s+of\s+office"
    r"|(?:declarations?|disclosures?)\s+(?:of|for)\s+political\s+donations?"
    # ... and in French: opening, attendance, the regular meeting, the agenda's adoption
    r"|^(?:ouverture|lev[ée]e)\s+de\s+la\s+(?:r[ée]union|s[ée]ance)|^pr[ée]sences?$"
    r"|^r[ée]union\s+(?:r[ée]guli[èe]re|ordinaire|extraordinaire)|^adoption\s+de\s+l.ordre\s+du\s+jour"
    # the public's or the members' turn to speak: "Call to the Audience", "Oral
    # Communications", "Citizens' Right to Speak", "Questions from Registered Electors",
    # "Members' Participation Period"
    r"|^call\s+to\s+(?:the\s+)?(?:audience|public)|^oral\s+communications?|\bright\s+to\s+speak"
    r"|^questions?\s+from\b|^members?['\u2019]?\s+(?:participation|questions)"
    # declarations of interests, of site visits, of lobbying (not "of a climate emergency")
    r"|^declarations?\s+of\s+(?:[a-z'\u2019/-]+\s+){0,3}(?:interests?|site\s+visits?|lobbying)"
    r"|^opening\s+ceremon|^(?:future|next)\s+meetings?\b"  # "Future Meeting Dates"
)


PLANNING_REFERENCE = re.compile(r"\b\d{2,4}/\d{3,6}/[A-Z]+\b")
TRAILING_GENERIC = re.compile(
    r"(?:\s+(?:updates?|reports?|progress|findings|annual|monthly|weekly|quarterly|verbal|and|of|"
    r"for|to\s+include|including|"
    # "Planning matters to include:" announces a list; "... for the period ending" a date
    r"as\s+follows|&|/|(?:for\s+the\s+)?(?:period|year|month|quarter)\s+(?:ending|ended)))+$",
    re.IGNORECASE,
)
MAX_TITLE_TOPIC_WORDS = 6
# "... None", "... TBD", "... Attached", and a contents table's column of outcomes glued on
# ("Direct Awards Update received")
TRAILING_STATUS = re.compile(
    r"(?:\s+(?:none|nil|tbd|tba|n/a|ditto|received|noted|recorded|agreed|deferred|"
    r"attached|enclosed|approved|adopted|carried|tabled|withdrawn|\(attached\)|"
    # "... Report for Decision", "... Matters for Consideration": the agenda's note
    r"for\s+(?:decision|consideration|information|noting|approval|discussion|"
    r"(?:possible\s+)?action)|"
    r"to\s+follow))+$"  # "Fire Chiefs Report – Attached"
    r"|(?<=[A-Z])(?-i:Received|Noted|Recorded|Agreed|Deferred)$",  # "... OFFICEReceived"
    re.IGNORECASE,
)
# What a clock time leaves in brackets: "In-Camera Session (commencing at 2:30 p.m.)"
EMPTIED_BRACKETS = re.compile(
    r"\s*\((?:\s*(?:commencing|starting|from|at|to|until|approx)\b)*\s*\)"
)
CREDIT_IN_TITLE = re.compile(
    r"\s+\(?(?:M/S(?:/[CP])?\b|MSC\b|(?i:motion)\s*(?::|by\b|made\b)"
    r"|(?i:moved|proposed|seconded)\s*(?::|by\b|\s(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)))"
    # "Bee/Dee carried": mover and seconder, before the outcome (not "Road Safety/Speeding")
    r"|\s+\(?[A-Z][a-z'\u2019-]+/[A-Z][a-z'\u2019-]+\)?\s+(?i:carried|passed|approved|agreed)\b"
)
AGENDA_WORDING = re.compile(r"\s+To\s+(?=[a-z])")  # "... To elect", not "Access To Information"
LEADING_ROMAN = re.compile(r"^(?:[IVX]{2,5}\.?|[IVX]\.)\s+(?=[A-Z])")  # not "I Am Here"
ROMAN_REFERENCE = re.compile(r"[IVXLC]+(?:\.[A-Z0-9]{1,3})*", re.IGNORECASE)
CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)", re.IGNORECASE)
LOST_APOSTROPHE = re.compile(r"(?<=\w)\s+[sS]\b")
# "budgetary", "financial", "mayoral", "municipal", "regional": no subject alone
ADJECTIVE = re.compile(r"(?:ary|ial|ical|ive|ory|oral|ipal|eral|onal)$", re.IGNORECASE)
POSSESSIVE_END = re.compile(r"(?:['’`]s|s['’`])$")


def without_generic_ending(topic: str) -> str:
    """ "Internal Audit Progress Report" -> "internal audit"; but a noun the phrase cannot
    lose stays ("Budgetary Report", "receipt of the financial report": "budgetary" and
    "the financial" alone are no subjects)."""
    shorter = TRAILING_GENERIC.sub("", topic).strip(" .,;")
    kept = shorter.split()
    if kept and ADJECTIVE.search(kept[-1]) and shorter != topic.strip(" .,;"):
        return topic.strip(" .,;")
    return shorter


# A figure or code between two words of one part of a title, not a year ("2019/20",
# "FYE2022"): taking it out would leave a phrase its number held together.
NUMBER_INSIDE = re.compile(
    r"\w\s+(?![A-Za-z]*(?:19|20)\d\d)[A-Za-z]{0,3}\d[\w./-]*\s+(?:&\s+)?[A-Za-z]"
)


# A part counted by its number ("Quarter 2 Report", "Phase 3 works", "Date TBC"): the word
# goes with its number, or it is left hanging.
COUNTED_PART = re.compile(
    r"\b(?:quarter|phase|stage|part|round|no\.?|number|q)\s*\d+\b|\bdate\s+(?:tbd|tbc|tba)\b",
    re.IGNORECASE,
)
ACTION_POINT = re.compile(r"^[A-Z]{2,3}\s+to\s+[a-z]+\b")
WEB_ADDRESS = re.compile(r"\s*\b(?:https?://|www\.)\S+", re.IGNORECASE)
PERSON_AND_POST = re.compile(  # "Ann Bee, Finance Officer", "Dr. Cy Dee, President, Elm Ltd"
    r"^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'\u2019-]+,\s+"
    r"(?P<post>[A-Z][\w\s'\u2019()-]+?)(?:,|\s*\(|$)"
)
WORDS_FROM_SOMEONE = re.compile(
    r"^(?:comments?|remarks|message|greetings|words|welcome)\s+(?:from|by)\s", re.IGNORECASE
)
# ... or who gave what the title names, at its end: "Report from Councillor Bee", "REPORT
# FROM CLLR K Dee (CEC)", "Update by Mrs Fay"
FROM_SOMEONE_AT_END = re.compile(
    r"\s+(?:from|by)\s+(?:the\s+)?(?:councillor|cllr|cr|mr|mrs|ms|miss|dr|mayor)\.?"
    r"(?-i:(?:\s+[A-Z][\w.'\u2019-]*){1,3}(?:\s+\([A-Z]{2,6}\))?)$"
    # ... or by a name without a title: "Presentation by Ann Bee"
    r"|\s+by\s+(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,2})$",
    re.IGNORECASE,
)
# A speaker's slot and who filled it: "Guest Speaker Ann Bee", "Public Speaker - Jo Dee"
SPEAKER_AND_NAME = re.compile(
    r"^(?:(?:guest|public|invited|visiting|special)\s+)?speakers?\s*(?:[-\u2013\u2014:]\s*)?"
    r"(?-i:[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2})$",
    re.IGNORECASE,
)
COMMITTEE_CODE_FIRST = re.compile(r"^\([A-Z&]{1,5}\)\s*[/\u2013-]\s+(?=\S)")  # "(TC) / PRESENT"
# A date in a title, with the word that ties it on: "... to 31 October 2019", "- June 2024"
DATED = re.compile(
    r"(?:\s+(?:to|for|of|at|on|as\s+at|dated|held(?:\s+on)?"
    r"|(?:(?:for\s+the\s+)?(?:year|period|month|quarter)\s+)?(?:ending|ended)))?[\s,\u2013\u2014-]+"
    rf"(?:{DATE.pattern}|{MONTH}\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
LEADING_ACT = re.compile(
    r"^(?:to\s+)?(?:acknowledge\s+receipt\s+of|receive|note|consider|approve|adopt)\s+(?:the\s+)?"
    # ... or how sure the agenda is of it: "Possible Sale of the Depot", "Various Repairs"
    r"|^(?:several|various|certain|possible|potential)\s+"
    # ... or who brings it: "Update from Police", "Report from the Harbour Trust"
    r"|^(?:reports?|updates?|presentations?)\s+(?:from|by)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "Discuss and take appropriate action on ...", "Discussion/action on ...", "Act on request
# to consider ...": what the agenda asks the meeting to do with a subject, before it
AGENDA_ACTION = re.compile(
    r"^(?:(?:to|and|or|/|&)\s*)?(?:(?:discuss(?:ion)?|consider(?:ation)?|(?:take\s+)?"
    r"(?:appropriate\s+|possible\s+)?action|act|review|request)(?:\s+(?:on|upon|of|regarding|to))?"
    r"[\s/&]+(?:and\s+|or\s+)?)+(?:the\s+)?(?:problem\s+of\s+)?",
    re.IGNORECASE,
)
ELECTION_OF = re.compile(r"^(?:re-?)?elections?\s+of\s+")
LOWER_CASE_NOTE = re.compile(r"\s*\([a-z][^()]*\)$")  # "(main points)", not "(Other than ...)"
TRAILING_NOTE = re.compile(r"\s*\([^()]*\)?$")  # "... (Director of Environment, Culture"
# Where a long subject's words go on to say where, why or for whom ("fly tipping in the
# village and surrounding areas"): the subject is what comes before.
QUALIFIER = re.compile(r"\s+(?:in|at|for|from|with|within|between|during|due\s+to)\s+", re.I)


def title_topic(title: str) -> str | None:
    """The subject a title names: "Internal Audit Progress Report 2022/23" -> "internal audit"."""
    if PLANNING_REFERENCE.search(title):
        return "planning application"
    title = LEADING_ROMAN.sub("", title)  # "II For Possible Action": the item's number
    title = DATED.sub("", title)  # "Financial Reports to 31 October 2019": when, not what
    title = COMMITTEE_CODE_FIRST.sub("", title)  # "(TC) / REPORTS": which committee's
    title = CREDIT_IN_TITLE.split(title, maxsplit=1)[0]  # "Play Area M/S Bee/Dee": who moved
    title = re.split(r"\s+\(?[a-z]\)\s", title)[0]  # "Delegations a) Frances Smith": a list
    title = FROM_SOMEONE_AT_END.sub("", title)  # "Report from Councillor Bee": who reported
    title = WEB_ADDRESS.sub("", title)  # "Review of Projects http://www.example.org/"
    title = AGENDA_WORDING.split(title)[0]  # "ELECT CHAIR To elect a Chair": the agenda's words
    parts = [p.strip() for p in re.split(r"\s*[:\u2013\u2014]\s*|\s+-\s+", title) if p.strip()]
    # "Mowing \u2013 new contractor engaged": a clause after the dash is the minute's
    parts = parts[:1] + [p for p in parts[1:] if not p[:1].islower()]
    kept = [p for p in parts if not GENERIC_TITLE_PARTS.match(p)]
    if ACTION_POINT.match(title):
        return None  # "JH to contact the CAB": who is to do what, not a subject
    if ROLL_CALL_ENTRY.match(title):
        return None  # "Flick \u2013 Aye": a member's vote, read as a title
    if (post := PERSON_AND_POST.match(title)) and names_a_post(post["post"]):
        return None  # "Pam Bee, Board Support Specialist": who, not what about
    if WORDS_FROM_SOMEONE.match(title) or SPEAKER_AND_NAME.match(title):
        return None  # "Comments from Interim Provost Bee": who spoke, not about what
    kept = [COUNTED_PART.sub("", part) for part in kept]  # "Quarter 2", "Phase 3"
    if any(NUMBER_INSIDE.search(CLOCK_TIME.sub("", part)) for part in kept):
        return None  # "Year 8 Students", "P3 Scheme": without its number, a broken phrase
    topic = topic_of_parts(kept)
    if topic is None and len(kept) > 1 and len(kept[0].split()) > 1:
        topic = topic_of_parts(kept[:1])  # "Road Signage - Bee / Cole Road, Elmford": what, where
    if topic is None:
        return None
    if ROMAN_REFERENCE.fullmatch(topic):
        return None  # "VII.G": the item's number, not its subject
    if names_a_round_of_business(topic.lower()):
        return None
    return topic.lower()


def topic_of_parts(parts: list[str]) -> str | None:
    """The parts of a title as one subject, without times, numbers and generic words; None
    when nothing is left, or more than a subject's words."""
    topic = CLOCK_TIME.sub("", " ".join(parts))  # "Ministry Business - 7:12 pm"
    topic = LEADING_ACT.sub("", topic)  # "To receive the ...", "Acknowledge receipt of ..."
    topic = re.sub(r"\s*\S*\d\S*", "", topic)  # years, references
    topic = EMPTIED_BRACKETS.sub("", topic)
    topic = LOWER_CASE_NOTE.sub("", topic)  # "Police Matters (main points)": a note on it
    topic = TRAILING_STATUS.sub("", topic.strip(" .,;"))  # "Statutory Business None"
    # "Planning Applications Received - Monthly Update": the status before the generic end
    topic = TRAILING_STATUS.sub("", without_generic_ending(topic))
    topic = LOST_APOSTROPHE.sub("'s", topic)  # "EXECUTIVE DIRECTOR S REPORT": a possessive
    if len(topic.split()) > MAX_TITLE_TOPIC_WORDS:  # the subject inside a long title
        topic = AGENDA_ACTION.sub("", TRAILING_NOTE.sub("", topic))
        topic = QUALIFIER.split(topic, maxsplit=1)[0]
    words = topic.split()
    if not words or len(words) > MAX_TITLE_TOPIC_WORDS or GENERIC_TITLE_PARTS.match(topic):
        return None
    return topic


def names_a_post(text: str) -> bool:
    """ "Board Support Specialist", "Medical Officer of Health": a post, by its words."""
    return bool({word_stem(word) for word in text.split()} & (OFFICES | POSTS))


def names_a_round_of_business(topic: str) -> bool:
    """ "correspondence & communications", "administrative comments": a round of letters,
    comments or reports, the rest of its words the meeting's business."""
    words = topic_stems(topic)
    rounds = words & ROUNDS_OF_BUSINESS - REPORT  # "Mayoral Report" is one report, no round
    return bool(rounds) and words <= MEETING_BUSINESS | ROUNDS_OF_BUSINESS


def topic_words(topic: str) -> list[str]:
    """A lower-cased topic's words as written, without a plural mark ("announcement/s")."""
    return re.findall(r"[a-z][a-z'’`-]*", PLURAL_MARK.sub("", topic))


def topic_stems(topic: str) -> frozenset[str]:
    """The stems of a lower-cased topic's words, without the small ones."""
    return frozenset(word_stem(w) for w in topic_words(topic)) - STOP_WORDS


@text_cache
def names_meeting_business(topic: str) -> bool:
    """Whether the topic is the business of the meeting: all its words are ("leave of
    absence"), or it says who attended ("attendance by substitute members")."""
    words = topic_stems(topic)
    if (elected := ELECTION_OF.match(topic)) and topic_stems(topic[elected.end() :]) <= (
        MEETING_BUSINESS | OFFICES | POSTS
    ):
        return True  # "election of officers": the body fills its own posts ("mayoral election")
    if words & ATTENDANCE and len(words) <= 3:
        return True  # "carmichael absent", "attendance bros": who attended
    if words & ATTENDANCE and words & ATTENDEES:
        return True
    return all(
        word_stem(word) in MEETING_BUSINESS or misspells_business(word)
        for word in topic_words(topic)
        if word_stem(word) not in STOP_WORDS
    )


@lru_cache(maxsize=1 << 12)
def misspells_business(word: str) -> bool:
    """ "busines", "adjournmment": a word of the meeting's business with one letter wrong,
    missing or doubled, as typists and OCR leave them; only a long word the lexicon does not
    know, so that no real word is read as another. The word as written: its stem may have
    lost the "s" the typo kept ("busines" -> "busine")."""
    if len(word) < 6 or is_a_known_word(word):
        return False
    return any(one_edit_apart(word, known) for known in LONG_BUSINESS_WORDS)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter changed, added or taken away turns a into b."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    start = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    if len(a) == len(b):
        return a[start + 1 :] == b[start + 1 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[start + 1 :] == shorter[start:]


@lru_cache(maxsize=1 << 12)
def name_words(name: str) -> str:
    """A name as comparable lower-case words, padded: "Cllr R. Bee" -> " r bee "."""
    words = re.findall(r"[a-z'’-]+", plain_name(name).lower())
    return " " + " ".join(words) + " "


def names_a_person(topic: str, names: Iterable[str]) -> bool:
    """Whether the topic holds a full name ("tribute to roger bee") or is part of one."""
    padded = name_words(topic)
    for name in names:
        if name.count(" ") < 3:  # a single word ("Bee") is too often an ordinary word too
            continue
        if name in padded or (padded.count(" ") >= 3 and padded in name):
            return True
    return False


def holds_a_surname(topic: str, names: Iterable[str], text: str) -> bool:
    """ "cora quill", "ann pareya audit", "chairperson pareya", "pareya & quill" where the
    minutes name "Councilman Quill" and "Ms Pareya": the topic names someone the meeting
    names, by a surname the text never writes in lower case (not "village green" where a
    Cllr Green sits): a short name ending in it, the surname after a forename (as the
    minutes give it, or a word no lexicon knows) or after an office, or surnames alone. A
    surname that is also an English word ("Quill") counts only where it ends a short name;
    elsewhere it may be the word ("nomination of chair" where "Ann Bee Chair" was read as
    a name). A surname before a thing ("pareya road") may be a place named after a family,
    and stays."""
    words = re.findall(r"[a-z'’-]+", topic)
    short = 2 <= len(words) <= MAX_NAME_WORDS and STOP_WORDS.isdisjoint(words)
    surnames = {word for word in words if any(name.endswith(f" {word} ") for name in names)}
    named = {
        word
        for word in surnames
        if (not is_a_known_word(word) or (short and word == words[-1]))
        and not holds_word(text, word)
    }
    if not named:
        return False
    if short and words[-1] in named:
        return True
    if all(word in surnames or word in STOP_WORDS for word in words):
        return True  # "pareya & quill": surnames alone
    return any(
        is_an_office(before)
        or not is_a_known_word(before)  # a forename no lexicon knows
        or any(f" {before} {word} " in name for name in names)
        for before, word in zip(words, words[1:], strict=False)
        if word in named
    )


MAX_NAME_WORDS = 3  # "ann bee", "ann c bee": a forename, an initial, a surname


@lru_cache(maxsize=1 << 12)
def is_a_name(name: str) -> bool:
    """Not an attendance line the header could not split ("Site Visit on 9 May:")."""
    return not re.search(r"[\d:]", name)


def last_word_if_cut(text: str) -> str | None:
    """The last word of a text that stops mid-sentence, as a cut-off text does."""
    words = re.findall(r"[a-z'’-]+", text.lower())
    if not words or re.search(r"[.!?;:)\"”’]\s*$", text):
        return None
    return words[-1]


# Why a candidate is no subject, each reason with its test of (topic, names, cut word), in
# the order they are asked: the first that holds is the one `parse --explain` gives.
SubjectTest = Callable[[str, Iterable[str], str | None], object]
NOT_SUBJECTS: tuple[tuple[str, SubjectTest], ...] = (
    ("a cross-reference, a titled person or a ceremony", lambda t, n, c: NOT_A_TOPIC.search(t)),
    ("a month or a day", lambda t, n, c: MONTHS_AND_DAYS.search(t)),
    ("a possessive without its noun", lambda t, n, c: POSSESSIVE_END.search(t)),
    ("the meeting's own business", lambda t, n, c: names_meeting_business(t)),
    ("procedure", lambda t, n, c: is_procedural(t)),
    ("a person the minutes name", lambda t, n, c: names_a_person(t, n)),
    ("cut off where the text stops", lambda t, n, c: c is not None and t.split()[-1] == c),
    ("an initial and a name", lambda t, n, c: INITIAL_AND_NAME.match(t)),
    (
        "ends in a word that describes or acts",
        lambda t, n, c: describes_or_acts(t.split()[-1]),
    ),
    ("a piece of a sentence", lambda t, n, c: is_fragment(t)),
)


def why_not_a_subject(topic: str, names: Iterable[str], cut_word: str | None) -> str | None:
    """Why a candidate is not something to filter by (a person, a date, the meeting's own
    business, a word cut off where the text stops, a possessive missing its noun: "the
    board's", left when "Annual Report" is dropped from a title), or None when it is."""
    return next((why for why, test in NOT_SUBJECTS if test(topic, names, cut_word)), None)


def is_subject(topic: str, names: Iterable[str], cut_word: str | None) -> bool:
    return why_not_a_subject(topic, names, cut_word) is None


def is_fragment(topic: str) -> bool:
    """A piece of a sentence, not a subject: it starts or ends with a word that only
    joins others ("are still", "go over", "election of deputy mayor proposed by"), or a
    verb acts in it ("cd counted the votes"); or it names a body ("... county council")."""
    words = topic.split()
    return (
        words[0] in STOP_WORDS
        or words[-1] in STOP_WORDS
        or bool(ACTING_VERB.search(topic))
        or bool(BODY_NAME.search(topic))
        or topic.endswith("-")
        or bool(DANGLING_HYPHEN.search(topic))  # "rain- adjournment": a word broken off
        or (len(words) > 2 and words[0] == words[-1])  # "police report police": mis-split
        or (len(words) == 1 and len(topic) <= 3)  # "re", "row": a piece of a word
        or words[-1] in CLAUSE_LEADS  # "crouch re", "letter stating": what follows is cut
        or names_an_office(words)
        or not SENTENCE_WORDS.isdisjoint(words)  # "approval was given", "we scrap"
        or any(word in REPORTED_ACTS for word in words[1:])  # "chair ann bee thanked bob"
        or bool(INITIALS_PAIR.fullmatch(topic))  # "aj and ds": a mover and a seconder
        or (len(words) == 2 and words[0] in COUNT_WORDS)  # "three rink": a count, cut
        or topic.count("(") != topic.count(")")  # "liquors)": cut from "(alcoholic liquors)"
    )


DANGLING_HYPHEN = re.compile(r"\w-\s|\s-\w")
COUNT_WORDS = frozenset("two three four five six seven eight nine ten twelve".split())


ACTING_VERB = re.compile(r"\b[a-z]{3,}(?:ed|en)\s+(?:the|to|a|an|by|that)\b")  # "given by"
# Someone reporting or acting, after the words naming them: a sentence, not a subject
REPORTED_ACTS = frozenset(verb for verb in REPORTING_VERBS if verb.endswith("ed")) - {
    "proposed", "recommended", "detailed", "moved", "seconded", "presented"
}  # "budget proposed", "detailed design": a thing described  # fmt: skip
SENTENCE_WORDS = frozenset(
    "was were is are has have had will would shall should could must we i he she they "
    "said says stated explained replied began gone".split()  # "duncan said", "gone missing"
)


def is_an_office(word: str) -> bool:
    """ "clerk", "co-chair", "vice-president": an office, or one shared or deputised."""
    return word_stem(re.sub(r"^(?:co|vice)-", "", word)) in OFFICES


def names_an_office(words: list[str]) -> bool:
    """ "drainage warden", "zoning inspector", "report of the librarian": who reported (the
    title of the holder's report), not what about; "election of mayor" is business about
    the office."""
    if not is_an_office(words[-1]):
        return False
    # "report of the librarian", "update from the clerk": who reported, as the title says
    return bool(REPORTED_BY.match(" ".join(words))) or not {"of", "to", "for"} & set(words)


REPORTED_BY = re.compile(r"^(?:reports?|update|remarks|comments)\s+(?:of|from|by)\s+\S")


CLAUSE_LEADS = frozenset(  # a clause follows: "crouch re", "letter stating", "email advising"
    "re regarding concerning stating including advising informing requesting confirming "
    "showing totaling totalling numbered".split()
)
INITIALS_PAIR = re.compile(r"[a-z]{1,3}\s+(?:and|&)\s+[a-z]{1,4}")
BODY_NAME = re.compile(
    r"\b(?:council|committee|commission|meeting|university|district|commissioners|supervisors)$"
)
# A place's name: a county or a street the text never writes in lower case ("Contra Costa
# County", "Mill Lane"), unlike a subject ("the access road", "county roads").
PLACE_NAME = re.compile(r"^(?:[a-z'’-]+\s+){1,2}(?:county|borough|shire|lane|street|road|avenue)$")


def content_words(text: str) -> list[list[str]]:
    """Runs of lower-cased words with stop words, punctuation and anything that is not a
    whole word (markup debris such as "ong>theong>", references) as breaks."""
    runs: list[list[str]] = [[]]
    for word, closing in TOKENS.findall(text):
        lowered = word.lower()
        if not word or lowered in STOP_WORDS:
            runs.append([])
            continue
        runs[-1].append(lowered)
        if not CLOSING_PUNCTUATION.isdisjoint(closing):
            runs.append([])
    return [run for run in runs if run]


def repeated_phrases(text: str, minimum: int = 3) -> list[str]:
    """Two-word phrases repeated in the text, without minutes boilerplate, most frequent first.

    A phrase said `minimum` times needs two words said as often: without two, there is none
    to find, and the text is not taken apart (most items are short)."""
    frequent = Counter(LOOSE_WORD.findall(text.lower()))
    if sum(count >= minimum for word, count in frequent.items() if word not in STOP_WORDS) < 2:
        return []
    counts: Counter[str] = Counter()
    for run in content_words(text):
        for first, second, after in zip(run, run[1:], [*run[2:], ""], strict=False):
            if word_stem(first) in MINUTES_WORDS or word_stem(second) in MINUTES_WORDS:
                continue
            if after in ("meeting", "meetings"):
                continue  # "annual general" of "annual general meeting": a name's first words
            counts[f"{first} {second}"] += 1
    return [phrase for phrase, count in counts.most_common() if count >= minimum]


def written_as_subject(phrase: str, text: str, title: str) -> bool:
    """A phrase the minutes write in lower case somewhere ("street lighting", "Street
    lighting" opening a sentence), or that the title names: one whose every word is always
    capitalised in running text is a name ("Central Florida", "Church Lane", "Chief Fire
    Officer"), not a subject to file the item under."""
    opening = phrase[:1].upper() + phrase[1:]
    return phrase in text or opening in text or phrase in title.lower()


# `parse --explain` collects here, while it parses, each item's subjects and the candidates
# passed over with why: (title, subjects, [(candidate, why), ...]).
EXPLAINED: ContextVar[list[tuple[str, list[str], list[tuple[str, str]]]] | None] = ContextVar(
    "explained_subjects", default=None
)


def extract_topics(
    title: str,
    body: str,
    acronyms: dict[str, str],
    people: Iterable[str] = (),
    ends_document: bool = False,
    document: str = "",
) -> list[str]:
    """Topics of an item. people are the names the meeting records (attendance, speakers):
    they, and the titled names in the item itself, are never topics; document is the whole
    text, where a surname is told from an ordinary word. When the document
    ends with this item mid-sentence, the text may have been cut off, so a topic ending
    in its last word may end in a fragment ("Delegations and Exe")."""
    label = title.split(":", 1)[0]  # "Those present: Revd Ann Bee (AB), Carl Dee (CD)"
    if names_meeting_business(title.lower()) or names_meeting_business(label.lower()):
        # "Members Present", "Meeting status: Quorate": who came, not a subject
        return noted(title, [], [(title, "the title is the meeting's own business")])
    text = f"{title}. {body}"
    named = [*people, *people_named_in(text), *LABELLED_SPEAKER.findall(body)]
    names = [name_words(n) for n in named if is_a_name(n)]
    cut_word = last_word_if_cut(body or title) if ends_document else None
    candidates = [title_topic(title)]
    candidates += [
        expansion.lower()
        for acronym, expansion in acronyms.items()
        if not ORGANISATION.search(expansion)
        and not FORM.search(expansion)
        and not is_a_persons_name(expansion)
        and not acts_as_a_person(acronym, body)
        and not listed_with_names(expansion, text)
    ]
    candidates += [p for p in repeated_phrases(text) if written_as_subject(p, text, title)]
    topics: list[str] = []
    passed_over: list[tuple[str, str]] = []
    lowered = text.lower()
    for candidate in filter(None, candidates):
        why = (
            why_not_a_subject(candidate, names, cut_word)
            or (PLACE_NAME.match(candidate) and candidate not in text and "a place's name")
            or (ends_in_a_scrap(candidate, title, body) and "ends in a scrap of a word")
            or (holds_a_surname(candidate, names, document or text) and "names someone named")
            or next((f"part of {t!r}" for t in topics if candidate in t or t in candidate), None)
        )
        if why:
            passed_over.append((candidate, why))
            continue
        for at, topic in enumerate(topics):
            joined = joined_pairs(topic, candidate)
            if joined and joined in lowered:
                topics[at] = joined  # "child sexual" + "sexual exploitation"
                break
        else:
            topics.append(candidate)
    reporting = [topic for topic in topics if speaks(topic, text)]
    passed_over += [(topic, "a person reporting") for topic in reporting]
    kept = [topic for topic in topics if topic not in reporting]
    passed_over += [(topic, f"more than {MAX_TOPICS}") for topic in kept[MAX_TOPICS:]]
    return noted(title, kept[:MAX_TOPICS], passed_over)


def noted(title: str, subjects: list[str], passed_over: list[tuple[str, str]]) -> list[str]:
    """The subjects, noted with the candidates passed over while `parse --explain` asks."""
    if (explained := EXPLAINED.get()) is not None:
        explained.append((title, subjects, passed_over))
    return subjects


def ends_in_a_scrap(topic: str, title: str, body: str) -> bool:
    """ "approval of ae", "request of m/s": a topic ending in a piece of a word, one or two
    letters the minutes never write as capitals ("Plan B", "Phase II" and "the UK" do). A
    title in capitals says nothing of them; its text must."""
    last = re.split(r"[\s/]+", topic)[-1]
    if len(last) > 2 or not last.isalpha():
        return False
    written = body if title.isupper() else f"{title} {body}"
    return not holds_word(written, last.upper())


def speaks(phrase: str, text: str) -> bool:
    """ "City Forester Buck introduced ...": a phrase written with capitals that reports,
    as a person does (a post and a surname), is no subject."""
    if " " not in phrase:
        return False  # "Website update": one word reports nothing
    for match in re.finditer(rf"\b({re.escape(phrase)})\s+(\w+)", text, re.IGNORECASE):
        if match[1].split()[-1][:1].isupper() and match[2] in REPORTING_VERBS:
            return True
    return False


def acts_as_a_person(initials: str, text: str) -> bool:
    """ "JH to contact all", "AB reported that ...", "seconded by JP": initials that do
    things, or move and second, are a person's (one the attendance did not name), not an
    acronym of a subject."""
    if re.search(rf"\b{MOTION_VERB}\s+(?:\w+\s+){{0,2}}?by\s+{re.escape(initials)}\b", text):
        return True
    for match in re.finditer(rf"\b{re.escape(initials)}\s+(to\s+(?!be\b)\w+|will\b|\w+)", text):
        if match[1].startswith(("to ", "will")) or match[1].lower() in REPORTING_VERBS:
            return True
    return False


def is_a_persons_name(expansion: str) -> bool:
    """ "Paddy Coffield (PC)", "Donald Lawrie Morrison (DLM)": initials given to a person
    in the attendance, two or three capitalised words, half of them at least no lexicon
    knows (forenames and surnames), not a subject's ("Tree Preservation Order (TPO)")."""
    words = expansion.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    if not all(re.fullmatch(r"[A-Z][a-z'\u2019-]+", word) for word in words):
        return False
    return 2 * sum(not is_a_known_word(word.lower()) for word in words) >= len(words)


MIN_NAME_WORDS = 2


def listed_with_names(phrase: str, text: str) -> bool:
    """ "They were: Remy Giraud, Ann Green, Julie Payne": a phrase listed between commas
    with other names of two capitalised words is one of them, a person's name."""
    name = re.escape(phrase)
    return bool(re.search(rf"{NAME_PAIR},\s+{name}\b|\b{name},\s+{NAME_PAIR}", text))


def joined_pairs(first: str, second: str) -> str:
    """Two word pairs that share a word at their seam ("child sexual", "sexual exploitation")
    as the three words of the phrase they were cut from; "" when they share none."""
    a, b = first.split(), second.split()
    if len(a) != 2 or len(b) != 2:
        return ""
    if a[1] == b[0]:
        return f"{first} {b[1]}"
    return f"{second} {a[1]}" if b[1] == a[0] else ""
