"""Procedural items: the business every meeting transacts, excluded from search by default."""

from __future__ import annotations

import re

from search_app.parse.lines import text_cache

# The meeting's own business, told by words anywhere in a title ("Apologies for absence",
# "To note any declarations of interest") ...
PROCEDURAL_PHRASE = re.compile(
    r"apolog|ymddiheuriadau|substitut|reasons\s+for\s+absence|"  # apologies, in Welsh too
    r"(?:chair(?:man|person|woman)?|mayor|president)['\u2019]?s\s+welcome|"
    r"datganiad(?:au)?\s+o\s+(?:dd?iddordeb|[bf]uddiant)|"  # Welsh: declarations of interest
    r"declarations?\s+of\s+(?:[\w'\u2019]+\s+)?interests?|party whip|"
    r"order\s+of\s+business|"
    r"minutes\s+(?:of|from)\s+the\s+(?:previous|last)|(?:confirmation|approval|adoption)\s+of\s+(?:the\s+)?(?:[\w'\u2019,]+\s+){0,3}minutes|"
    r"public\s+(?:participation|questions?|question\s+time|speaking|forum|comments?)|"
    r"questions\s+from\s+(?:the\s+)?public|"
    r"(?:exclusion|admission)\s+of\s+(?:the\s+)?(?:press|public)|urgent\s+(?:business|items?)|"
    r"any\s+other\s+(?:urgent\s+)?business|date\s+of\s+(?:the\s+)?next\s+meeting|"
    r"dates?\s+of\s+future\s+meetings|"
    r"chair(?:man)?'?s\s+announcements|"
    r"\bevacuation\s+procedures?\b|"  # what to do if the fire alarm sounds
    r"calling\s+the\s+roll|"
    r"webcasting|(?:matters|business)\s+arising|election\s+of\s+(?:a\s+)?(?:vice[- ])?chair|"
    r"appointment\s+of\s+(?:a\s+)?(?:vice[- ])?chair|"
    r"(?:disclosures?|conflicts?)\s+of\s+(?:\w+\s+)?interests?|"
    r"(?:approval|adoption|acceptance|consideration)\s+of\s+(?:the\s+)?agenda|"
    r"acknowledge?ment\s+of\s+country|"
    r"good\s+of\s+the\s+order|"
    r"\b(?:in|into|to)\s+(?:executive|closed)\s+session|"
    r"suspension\s+of\s+standing\s+orders|\bquorum\b",
    re.IGNORECASE,
)
# ... or by the words it opens with ("Minutes of the meeting held on ...", "Call to order"),
# matched at the start only: one pattern asked at every place in a title is slower than two.
PROCEDURAL_OPENING = re.compile(
    r"cofnodion\b|"  # Welsh: minutes
    r"datgan\s+[bf]uddiant|"  # Welsh: declarations of interest
    r"(?:to\s+)?(?:confirm|approve|adopt|agree|sign|receive)\s+(?:the\s+)?(?:[\w'\u2019,]+\s+){0,3}minutes|(?:approve|adopt)\s+(?:the\s+)?agenda|minutes$|"
    r"(?:approval\s+of\s+(?:the\s+)?)?minutes\b(?!\s+of\s+(?:the\s+)?proceedings)"
    # ... then its meeting, a date, a mark or an approval, not a page's caption ("Minutes
    # archive banner image")
    r"(?=\s*(?:$|of\b|from\b|for\b|to\b|and\b|[-\u2013\u2014(:;,.]|\d|approv|annual|previous|last))|"
    r"call\s+to\s+the\s+public$|"
    r"(?:open|citizens?'?|residents'?)\s+(?:forum|comments?)\b|"
    r"(?:resolution\s+to\s+)?exclude\s+(?:the\s+)?(?:press|public)|"
    r"(?:opening|commencement)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}meeting$|"
    r"declaration\s+of\s+opening\b|"
    r"welcome\b|introductions?(?:\s+and\s+welcome\b.*)?$|"
    r"opening\s+prayers?\b|karakia\b|invocation\b|"
    r"announcements$|call\s+to\s+order\b|roll\s+call\b|adjournment$|"
    r"notices?\s+of\s+motion$|petitions?$|"
    r"agenda\s+changes$|"
    r"pledge\s+(?:of\s+allegiance|to\s+the\s+flag)|salute\s+to\s+the\s+flag|"
    r"land\s+acknowledge?ment|"
    r"(?:executive|closed)\s+session$|"
    r"suspend\s+standing\s+orders|"
    r"(?:close|closure)\s+of\s+(?:the\s+)?meeting|(?:meeting\s+)?closed?$|adjourn|"
    r"announcements?\b|(?:petitions?|deputations?|delegations?)\b|"
    r"(?:list\s+of\s+)?(?:public\s+)?speakers\b|address\s+by\s+(?:invited\s+)?speakers?\b|"
    r"correspondence$|a\.?\s?o\.?\s?b\.?(?:\s|$)|resolutions?\s*[-:]?\s*none",
    re.IGNORECASE,
)


# A title made only of the words of the meeting's own business, doing something to one of
# its own subjects, in any order ("Approve March 22, 2023 Board Minutes", "Pecuniary
# Interest Declarations", "Declarations of Personal and Prejudicial Interest"), or letting
# the public speak ("Homeowner Input", "Period for Public Expression", "Recognition of
# Visitors"); one more word ("Interest Rates", "Visitor Centre") makes it a subject, no act
# ("MEETING MINUTES", "APPROVED MINUTES": what the document is) its title.
BUSINESS = (  # (subjects, acts)
    (
        frozenset("minutes interest interests agenda docket".split()),  # a docket: US
        frozenset(
            """approve approval adopt adoption confirm confirmation accept acceptance receive
            sign signing declaration declarations declare disclosure disclosures disclose
            conflict conflicts dispensation dispensations correction corrections amendment
            amendments addition additions change changes review previous last prior
            preceding consider consideration""".split()
        ),
    ),
    (
        frozenset(
            """public visitor visitors audience homeowner homeowners resident residents citizen
            citizens parishioner parishioners""".split()
        ),
        frozenset(
            """input comment comments forum expression participation question questions
            speaking audience recognition""".split()
        ),
    ),
)
BUSINESS_WORDS = frozenset(
    """a an and any as at by for from in of on or the to with regular special ordinary
    extraordinary annual general monthly board council committee meeting meetings held
    pecuniary non-pecuniary personal prejudicial disclosable registrable other member members
    councillor councillors director directors trustee trustees presented read circulated
    period time open draft proposed revised amended final january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec st nd rd th""".split()
)
BUSINESS_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # numbers, punctuation and possessives drop


IF_NEEDED = re.compile(r"\s*\(\s*if\s+(?:necessary|needed|required|any)\s*\)$", re.IGNORECASE)


@text_cache
def is_procedural(title: str) -> bool:
    """The meeting's own business; a title's colon ("Correspondence:") changes nothing."""
    title = IF_NEEDED.sub("", title.strip().rstrip(":;").rstrip())  # "(if necessary)"
    if PROCEDURAL_OPENING.match(title) or PROCEDURAL_PHRASE.search(title):
        return True
    return only_business_words(title)


def only_business_words(title: str) -> bool:
    words = set(BUSINESS_WORD.findall(title.lower().replace("\u2019", "'").replace("'s", "")))
    return any(
        words & subjects and words & acts and words <= BUSINESS_WORDS | subjects | acts
        for subjects, acts in BUSINESS
    )


# Business a board takes at every meeting that is not procedural: its sections and reports
# ("New Business", "Treasurer's Report", "Committee Reports", "Consent Agenda").
STANDING_BUSINESS = re.compile(
    r"(?:old|new|unfinished|other|general)\s+business$|(?:committee|officers?'?)\s+reports?$"
    r"|(?:treasurer|president|chair(?:man|person|woman)?|mayor|clerk|manager|secretary|director"
    r"|superintendent|reeve|warden|convenor)['\u2019]?s?\s+reports?$"
    r"|financial\s+(?:reports?|statements?)$|consent\s+(?:agenda|calendar)$|condolences$"
    r"|votes?\s+of\s+sympathy$|proclamations?$|oral\s+communications$"
    r"|(?:payment\s+of\s+)?(?:accounts|bills)(?:\s+(?:for|to\s+be)\s+paid|\s+for\s+payment)?$",
    re.IGNORECASE,
)


def is_standing_business(title: str) -> bool:
    """Business every meeting of a board takes, procedural or not: "Old Business", "New
    Business", "Apologies"."""
    return is_procedural(title) or bool(STANDING_BUSINESS.match(title))
