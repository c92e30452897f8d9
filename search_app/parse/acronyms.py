"""Acronyms and their expansions, so a search for "WSCB" also finds the Board by name."""

from __future__ import annotations

import re

from search_app.parse.lines import holds_word

DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
ACRONYM = re.compile(r"\b[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,7}s?\b")
SKIPPABLE = frozenset("and of the for in on with to & a".split())
NOT_ACRONYMS = frozenset(
    "I II III IV AGREED RESOLVED NOTED DECIDED RECOMMENDED NONE NIL AND THE OF FOR TO "
    "MINUTES ITEM PART NOT NO OR AM PM".split()
)


WORD = re.compile(r"[A-Za-z][\w'-]*|&")
MAX_WORDS_PER_INITIAL = 3  # "Secretary of State for the Environment": small words between
EXPANSION_WINDOW = 800  # characters before "(ABBR)": ten initials of a few words each, and more


def letters(acronym: str) -> str:
    """The letters words must start with: "DfT" -> "DfT", "PCCs" -> "PCC"."""
    return acronym.removesuffix("s").replace("&", "")


def initial_matches(letter: str, word: str) -> bool:
    """An upper-case letter needs a capitalised word; a lower-case one ("DfT") a small word."""
    if letter.isupper():
        return word[:1] == letter
    return word[:1].lower() == letter


def defined_acronyms(text: str) -> dict[str, str]:
    """ "Worcestershire Safeguarding Children Board (WSCB)" -> {"WSCB": "Worcestershire ..."}."""
    found: dict[str, str] = {}
    for match in DEFINITION.finditer(text):
        acronym = match.group(1)
        if not (sum(c.isupper() for c in acronym) >= 2 and acronym not in NOT_ACRONYMS):
            continue
        expansion = expansion_ending_at(words_before(text, match.start()), letters(acronym))
        if expansion:
            found.setdefault(acronym, expansion)
    return found


def words_before(text: str, end: int) -> list[str]:
    """The words before `end`, as many as an expansion could take (a window, not the whole
    text before it: a text of many definitions is read in time linear in its length)."""
    start = max(0, end - EXPANSION_WINDOW)
    words = text[start:end].split()
    return words[1:] if start and not text[start - 1].isspace() else words


def expansion_ending_at(words: list[str], initials: str) -> str | None:
    """Walk back over the words before "(ABBR)", matching initials right to left."""
    remaining = initials
    start = len(words)
    while remaining and start > 0:
        word = words[start - 1].strip(",;:\"'")
        if initial_matches(remaining[-1], word):
            remaining = remaining[:-1]
        elif word.lower() not in SKIPPABLE:
            return None
        start -= 1
    if remaining:
        return None
    return " ".join(words[start:]).strip(",;:\"' ")


def used_acronyms(text: str) -> set[str]:
    return {a for a in ACRONYM.findall(text) if a not in NOT_ACRONYMS and len(letters(a)) >= 2}


def phrase_for_initials(text: str, initials: str) -> str | None:
    """A capitalised phrase whose initials spell `initials`: "Child Sexual Exploitation"."""
    return phrase_in_words(Words(text), initials)


class Words:
    """A text's words, and where each initial letter starts one: a document is read once
    for all the acronyms it uses, not once for each."""

    def __init__(self, text: str) -> None:
        self.words = WORD.findall(text)
        self.initials = [word[:1].lower() for word in self.words]
        self.found: dict[str, list[int]] = {}

    def starting(self, letter: str) -> list[int]:
        """Positions of the words that start with `letter` (either case), found once."""
        if letter not in self.found:
            self.found[letter] = [i for i, initial in enumerate(self.initials) if initial == letter]
        return self.found[letter]


def phrase_in_words(text: Words, initials: str) -> str | None:
    """The first phrase whose words' initials spell `initials`, small words ("of the")
    skipped between them, a few at most: a phrase is not read on through a page of
    "THE THE THE ..." for every word it could start at."""
    words = text.words
    longest = MAX_WORDS_PER_INITIAL * len(initials)
    for start in text.starting(initials[0].lower()):
        if not initial_matches(initials[0], words[start]):
            continue
        taken, position, remaining = [], start, initials
        while remaining and position < len(words) and len(taken) < longest:
            current = words[position]
            if initial_matches(remaining[0], current):
                remaining = remaining[1:]
            elif not (taken and current.lower() in SKIPPABLE):
                break
            taken.append(current)
            position += 1
        if not remaining and len(taken) >= 2:
            return " ".join(taken)
    return None


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text spells out: defined in brackets, or used beside their full phrase."""
    found = defined_acronyms(text)
    words = Words(text)
    for acronym in sorted(used_acronyms(text) - found.keys()):
        phrase = phrase_in_words(words, letters(acronym))
        if phrase:
            found[acronym] = phrase
    return found


def acronyms_in_item(item_text: str, meeting_acronyms: dict[str, str]) -> dict[str, str]:
    """The acronyms an item uses and also spells out (its own text names both forms)."""
    lowered = item_text.lower()
    return {
        acronym: expansion
        for acronym, expansion in meeting_acronyms.items()
        if acronym in item_text and holds_word(item_text, acronym) and expansion.lower() in lowered
    }
