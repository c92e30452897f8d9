"""Who spoke or reported in an item, resolved from roles to people.

Minutes name roles ("The Director of Children's Services", "The Chair of
WSCB") or people in a different form ("Councillor Lynne Duffy" for "Ms L R
Duffy"). A mention counts as a speaker only as the subject of a reporting
verb, and only when exactly one attendee fits: precision over recall.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from search_app.models import Attendee

ROLE_HEAD = (
    r"(?:Independent\s+|Deputy\s+|Vice[- ]|Assistant\s+|Interim\s+|Acting\s+|Lead\s+|"
    r"Executive\s+|Strategic\s+|Senior\s+|Principal\s+)*"
    r"(?:Chair(?:man|woman|person)?|Director|Head|Cabinet\s+Member|Portfolio\s+Holder|Leader|"
    r"Chief\s+Executive|Chief\s+Officer|Manager|Officer|Clerk|Solicitor|Monitoring\s+Officer|"
    r"Treasurer|Mayor|Commissioner|Representative|Lead|Member|Superintendent|Inspector|"
    r"Auditor|Accountant|Engineer|Planner|Secretary|Surveyor|"
    r"Scrutiny\s+Officer|Planning\s+Officer|Legal\s+Adviser|Adviser|Advisor)"
)
# A role phrase runs over capitalised words, "of/for/with/the/and", brackets and
# ", West Mercia Police"-style qualifiers, up to the first ordinary lower-case word.
ROLE_TAIL = (
    r"(?:\s+(?:of|for|with|at|to|in)(?:\s+the)?(?=\s+[A-Z(])"
    r"|\s+(?:and|&)(?=\s+[A-Z])"
    r"|\s+[A-Z(][\w'’()&-]*"
    r"|,\s+(?=[A-Z][a-z]+\s+[A-Z])[A-Z][\w'’-]*)*"
)
ROLE_MENTION = re.compile(
    rf"\b[Tt]he\s+(?P<role>(?:(?:[A-Z][\w'’]+|\d+)\s+){{0,3}}?{ROLE_HEAD}{ROLE_TAIL})"
)
TITLES = (
    r"(?:(?:Deputy|Vice|Acting)[\s-]+(?=Mayor|President))?"  # "Deputy Mayor Quill"
    r"(?:Councillor|Cllr\.?|Clr\.?|Cr\.?|Alder(?:wo)?man|Trustee|Mayor|President|Mr\.?|Mrs\.?|Ms\.?"
    r"|Miss|Dr\.?|Council\s?[Mm]ember|Council(?:wo)?man|Commissioner|Supervisor|Select(?:wo)?man"
    r"|Professor|Sir|Dame"
    r"|Detective(?:\s+Chief)?\s+(?:Superintendent|Inspector|Sergeant|Constable)"
    r"|Chief\s+(?:Superintendent|Inspector|Constable)|Superintendent|Inspector)"
)
REPORTING_VERBS = frozenset(
    """introduced informed reminded acknowledged confirmed explained reported outlined stated
    said announced advised presented declared suggested responded replied highlighted commented
    updated gave provided asked queried added emphasised emphasized noted welcomed thanked undertook
    proposed seconded moved assured indicated clarified summarised summarized set referred
    raised expressed questioned invited agreed accepted described detailed
    spoke addressed objected urged argued requested enquired inquired recommended
    informs reminds explains reports outlines states says advises presents introduces
    outline explain report present introduce update provide confirm""".split()
)
# A capitalised word of a name, not a verb written capitalised after it: "Councillor Bee
# Proposed, Seconded by ...", "Councillor Bee Reported that ...", nor "And" or "Council"
# after it in a heading's capitals, nor the next sentence's first word run on ("The").
NOT_NAME_WORDS = "|".join(
    sorted(
        REPORTING_VERBS
        | {"resolved", "carried", "declared", "and", "council", "committee", "that", "members"}
        | {"the", "on", "of", "in", "to", "at", "for", "by", "with"}  # "Cllr Bee The minutes"
        | {"aye", "ayes", "nay", "nays", "yea", "yeas", "absent", "abstain"}  # a vote's roll
        | {"cllr", "councillor", "mr", "mrs", "ms", "dr"}  # the next person's title
    )
)
NAME_WORD = rf"(?!(?i:{NOT_NAME_WORDS})\b)[A-Z]"
# A name never runs on over a line break ("Councillor Bee\n\nThat Standing Orders ...").
GAP = r"[^\S\n]+"
CREDIT_WORDS = "(?:Proposed|Moved|Seconded|Second)"  # a motion's labels, no first names
TITLE_WORDS = "(?:Councillor|Cllr|Clr|Cr|Mayor|Alderman|Trustee|President|Mr|Mrs|Ms|Dr)"
NAMED_MENTION = re.compile(
    # Every mention opens with a capital: checked first, the rest is tried at capitals only
    # (the pattern is tried at every word of every item; two and a half times as fast)
    r"(?=[A-Z])"
    rf"(?:\b(?P<person>{TITLES}{GAP}(?:{NAME_WORD}[\w'’-]*\.?{GAP}){{0,3}}{NAME_WORD}[\w'’-]+)"
    # ... or a bare name, which no motion's label starts nor a title ends ("Proposed Cllr
    # Bee", "Deputy Mayor Lemieux")
    rf"|\b(?P<bare>(?!{CREDIT_WORDS}\b)[A-Z][a-z]+(?:{GAP}[A-Z]\.?)?{GAP}(?!{TITLE_WORDS}\b)"
    r"[A-Z][a-z'’-]+[a-z])\b)"
)
AUXILIARIES = frozenset(
    "had has have was were been also then further subsequently briefly duly went on to "
    "kindly".split()
)
GENERIC_ROLE_WORDS = frozenset("the of for with and at to in & , ( )".split())
CHAIR_WORDS = re.compile(r"\bchair(?:man|woman|person)?\b", re.I)
# "Cllr HD": two or three capitals stand for a name; "Councillor SMITH" is a surname.
INITIALS = re.compile(r"[A-Z]{2,3}")
SHORT_TITLES = re.compile(r"^(?:Cllr|Clr|Cr)\.?\s+")
ABBREVIATION_AT_END = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Clr|Cr|Prof)\.$")
# "It was moved by Councillor Bee, seconded by Councillor Cee and RESOLVED": movers speak.
WORD = re.compile(r"[a-z]+")
LETTERS = re.compile(r"[A-Za-z]+")
LEADING_TITLE = re.compile(rf"^{TITLES}\s+")
LABEL_LEADS = frozenset("was were and It it".split())  # "It was proposed by", "and seconded"
MOVED_BY = re.compile(r"\b(?i:moved|seconded|proposed)(?:\s+by)?\s*:?\s+(?=(?:the\s+)?[A-Z])")


def role_tokens(role: str, acronyms: dict[str, str]) -> set[str]:
    """Comparable words of a role: acronyms expanded, Chairman = Chair, no stop words."""
    for acronym, expansion in acronyms.items():
        if acronym in role:  # most roles hold none of the meeting's acronyms
            role = re.sub(rf"\b{re.escape(acronym)}\b", expansion, role)
    role = CHAIR_WORDS.sub("chair", role).replace("’", "'")
    words = re.findall(r"[a-z']+", role.lower())
    return {w for w in words if w not in GENERIC_ROLE_WORDS}


def resolve_role(role: str, attendees: list[Attendee], acronyms: dict[str, str]) -> Attendee | None:
    """The one attendee whose role contains every word of the mention, if exactly one."""
    wanted = role_tokens(role, acronyms)
    if not wanted:
        return None
    matches = [a for a in attendees if a.role and wanted <= role_tokens(a.role, acronyms)]
    if len(matches) > 1:
        # "the Chair" matches "Chairman" and "Vice Chairman": prefer the role with nothing extra.
        exact = [a for a in matches if role_tokens(a.role or "", acronyms) == wanted]
        matches = exact
    return matches[0] if len(matches) == 1 else None


@lru_cache(maxsize=1 << 12)
def name_parts(name: str) -> tuple[str, tuple[str, ...]]:
    """Surname and the initials of the other names, honorifics dropped (the same names are
    compared again and again: worked out once)."""
    words = LEADING_TITLE.sub("", name.strip()).replace(".", " ").split()
    if not words:
        return "", ()
    return words[-1].lower(), tuple(w[0].upper() for w in words[:-1])


def resolve_name(
    mention: str, attendees: list[Attendee], acronyms: dict[str, str]
) -> Attendee | None:
    """ "Councillor Lynne Duffy" -> "Ms L R Duffy": same surname, initials that agree.

    A titled name nobody on the list shares a surname with ("Councillor Bee", when
    the minutes list no attendance) is that person, as written; a name two
    attendees could be is nobody. "Cllr AB" is a person only where the document
    says who AB is (see resolve_initials).
    """
    surname = name_parts(mention)[0]
    namesakes = [a for a in attendees if name_parts(a.name)[0] == surname]
    written = mention.split()[-1]
    if INITIALS.fullmatch(written) and not namesakes:
        return resolve_initials(written, attendees, acronyms)
    matches = [a for a in namesakes if could_be(mention, a.name)]
    if len(matches) == 1:
        return matches[0]
    if not namesakes and re.match(rf"{TITLES}\s", mention):
        return Attendee(SHORT_TITLES.sub("Councillor ", mention))
    return None


def could_be(mention: str, name: str) -> bool:
    """Same surname, and the first initials agree where both give one."""
    surname, initials = name_parts(mention)
    other_surname, other_initials = name_parts(name)
    if surname != other_surname:
        return False
    return not (initials and other_initials and initials[0] != other_initials[0])


def resolve_initials(
    initials: str, attendees: list[Attendee], acronyms: dict[str, str]
) -> Attendee | None:
    """ "Cllr HD" is the attendee "Cllr H Davies" when the minutes spell it out ("H Davies
    (HD)") or exactly one attendee has those initials; otherwise nobody."""
    if initials in acronyms:
        return resolve_name(acronyms[initials], attendees, {})
    matches = [a for a in attendees if "".join(name_initials(a.name)) == initials]
    return matches[0] if len(matches) == 1 else None


def name_initials(name: str) -> list[str]:
    surname, initials = name_parts(name)
    return [*initials, surname[:1].upper()] if surname else []


def mentions_in(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, text) for each role or name mention, in order, not overlapping."""
    roles = ROLE_MENTION.finditer(sentence) if "he " in sentence else ()  # "the Clerk"
    found = [(m.start(), m.end(), "role", m["role"]) for m in roles]
    role_count, at = len(found), 0  # the roles are in order: one pass beside the names
    for match in NAMED_MENTION.finditer(sentence):
        while at < role_count and found[at][1] <= match.start():
            at += 1
        if not (at < role_count and found[at][0] <= match.start()):
            found.append((match.start(), match.end(), "name", match.group(0)))
    return sorted(found)


# "present" is a report's verb only before what is presented ("present the accounts")
PRESENTED = frozenset("the a an his her their its this these our".split())


def is_reporting(after: str) -> bool:
    """Whether the words after a mention make it the subject of a reporting verb
    (not "was proposed by": the mention is then who was spoken about)."""
    words = [match.group(0) for match in islice(LETTERS.finditer(after), 9)]
    for position, word in enumerate(words[:8]):
        lowered = word.lower()
        presented = "".join(words[position + 1 : position + 2])  # the next word, if any
        if lowered == "present" and presented not in PRESENTED:
            return False  # "Commissioner Bee present," in a roll call: there, not speaking
        if lowered in REPORTING_VERBS:
            passive = position and words[position - 1].lower() in ("was", "were", "been")
            return not (passive and words[position + 1 : position + 2] == ["by"])
        if lowered not in AUXILIARIES:
            return False
    return False


def speaking_mentions(sentence: str) -> list[tuple[str, str]]:
    """Mentions that speak: each followed, after any coordinated mentions, by a reporting
    verb, or named as the mover or seconder of a motion."""
    lowered = sentence.lower()
    if lowered[1:] == sentence[1:]:
        return []  # no capital after the first letter: no name, no role
    if REPORTING_VERBS.isdisjoint(WORD.findall(lowered)):
        return []  # no verb for a mention to be the subject of (movers' verbs are among them)
    mentions = mentions_in(sentence)
    movers = {
        m.end()
        for m in MOVED_BY.finditer(sentence)
        if "by" in m[0].lower() or m[0][:1].isupper() or credits(sentence[: m.start()])
    }
    return [
        (kind, text)
        for position, (start, end, kind, text) in enumerate(mentions)
        if start in movers
        or is_reporting(sentence[end:])
        or coordinated_with_reporter(sentence, mentions, position)
    ]


def credits(before: str) -> bool:
    """ "Proposed" as a label crediting who follows (at the sentence's start, after a comma,
    "It was" or "and"), not as the verb of a subject before it ("Cllr Ward proposed Cllr
    Kyle": Cllr Kyle is who was put forward); "proposed by", and a label capitalised
    ("Moved Cr Fox Seconded Cr Ivey"), always credit."""
    words = before.split()
    return not words or before.rstrip()[-1:] in ",;:(\u2013\u2014-" or words[-1] in LABEL_LEADS


def coordinated_with_reporter(sentence: str, mentions: list, position: int) -> bool:
    """ "A, B and C had been invited": every mention joined by commas/"and" shares the verb."""
    end = mentions[position][1]
    for next_start, next_end, _, _ in mentions[position + 1 :]:
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", sentence[end:next_start]):
            return False
        if is_reporting(sentence[next_end:]):
            return True
        end = next_end
    return False


def people_named_in(text: str) -> list[str]:
    """Every titled name in the text ("Councillor Ann Bee", "Mr C Dee"), speaking or not."""
    return [m["person"] for m in NAMED_MENTION.finditer(text) if m["person"]]


def resolve_speakers(body: str, attendees: list[Attendee], acronyms: dict[str, str]) -> list[str]:
    """Names of attendees who spoke or reported in the item, in order of first mention."""
    speakers: list[str] = []
    if REPORTING_VERBS.isdisjoint(WORD.findall(body.lower())):
        return speakers  # nobody is said to speak, move or report anywhere in the item
    for sentence in sentences(body):
        for kind, text in speaking_mentions(sentence):
            if kind == "role":
                person = resolve_role(text, attendees, acronyms)
            else:
                person = resolve_name(text, attendees, acronyms)
            name = person and same_as_listed(person.name, speakers)
            if name and name not in speakers:
                speakers.append(name)
    return speakers


ABBREVIATION_TAIL = 40  # characters at a sentence's end that can hold an initial or a title


def sentences(text: str) -> list[str]:
    """Sentences and lines, not broken after an initial or a short title ("Councillor
    John V. Farrelly", "Cllr. C Bee"): a full stop there ends no sentence."""
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text)
    joined: list[str] = []
    for piece in pieces:
        if joined and ABBREVIATION_AT_END.search(joined[-1][-ABBREVIATION_TAIL:]):
            joined[-1] += " " + piece
        else:
            joined.append(piece)
    return joined


def same_as_listed(name: str, speakers: list[str]) -> str:
    """The form already listed for a person named as written twice in one item
    ("Councillor Ann Bee", then "Councillor Bee"), else the name itself."""
    return next((listed for listed in speakers if could_be(name, listed)), name)
