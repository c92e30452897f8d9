"""A few human-readable topics per substantive item.

Topics come from the title (less generic words such as "Update"), from the
acronyms the item spells out, and from phrases repeated in the item that are
not the everyday vocabulary of minutes ("action plan", "the Panel").
"""

from __future__ import annotations

import re
from collections import Counter

GENERIC_TITLE_PARTS = re.compile(
    r"^(?:update|report|progress report|annual report|verbal update|presentation|review|"
    r"performance|overview|briefing|minutes|matters arising)$",
    re.IGNORECASE,
)
STOP_WORDS = frozenset(
    """a about above after again all also an and any are as at be been before being between both
    but by can could did do does during each few for from further had has have having he her here
    his how i if in into is it its itself made make may more most must no nor not now of on once
    only or other our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your""".split()
)
# The everyday vocabulary of minutes: never a topic on its own.
MINUTES_WORDS = frozenset(
    """members member panel committee council cabinet meeting meetings report reports chairman chair
    officer officers director head councillor councillors question questions response noted agreed
    confirmed suggested informed discussion issue issues work need needed point points update
    action plan plans county year years month months time important number data resolved item items
    following concern particular place case cases way part group recent currently number board
    acknowledged asked raised made given invited""".split()
)
ORGANISATION = re.compile(
    r"\b(?:Board|Council|Service|Police|Committee|Authority|Trust|Group|Association)$"
    r"|^(?:Department|Office|Ministry)\b"
)
MAX_TOPICS = 5
# Cross-references ("see minute") and people with their titles ("mr jones", "mayor smith")
# repeat in minutes without being what an item is about.
NOT_A_TOPIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|cllr|cr|councillor|mayor|chair|chairman|sir|dame|lord|lady|"
    r"professor|alderman|trustee)\b"
    r"|\b(?:see|minute|minutes|page|pages|appendix|paragraph|item|items)\b"
)


PLANNING_REFERENCE = re.compile(r"\b\d{2,4}/\d{3,6}/[A-Z]+\b")
TRAILING_GENERIC = re.compile(
    r"(?:\s+(?:update|report|progress|findings|annual|verbal|and|of|for))+$", re.IGNORECASE
)
MAX_TITLE_TOPIC_WORDS = 6


def title_topic(title: str) -> str | None:
    """The subject a title names: "Internal Audit Progress Report 2022/23" -> "internal audit"."""
    if PLANNING_REFERENCE.search(title):
        return "planning application"
    parts = [p.strip() for p in re.split(r"\s*[:\u2013\u2014]\s*|\s+-\s+", title) if p.strip()]
    kept = [p for p in parts if not GENERIC_TITLE_PARTS.match(p)]
    topic = re.sub(r"\s*\S*\d\S*", "", " ".join(kept))  # years, references
    topic = TRAILING_GENERIC.sub("", topic).strip(" .,")
    words = topic.split()
    if not words or len(words) > MAX_TITLE_TOPIC_WORDS or GENERIC_TITLE_PARTS.match(topic):
        return None
    return topic.lower()


def content_words(text: str) -> list[list[str]]:
    """Runs of lower-cased words with stop words as breaks."""
    runs, current = [], []
    for word in re.findall(r"[A-Za-z][a-z'’-]+|[.,;:()!?]", text):
        lowered = word.lower()
        if lowered in STOP_WORDS or not word[0].isalpha():
            if current:
                runs.append(current)
            current = []
        else:
            current.append(lowered)
    if current:
        runs.append(current)
    return runs


def repeated_phrases(text: str, minimum: int = 3) -> list[str]:
    """Two-word phrases repeated in the text, without minutes boilerplate, most frequent first."""
    counts: Counter[str] = Counter()
    for run in content_words(text):
        for first, second in zip(run, run[1:], strict=False):
            if first in MINUTES_WORDS or second in MINUTES_WORDS:
                continue
            counts[f"{first} {second}"] += 1
    return [phrase for phrase, count in counts.most_common() if count >= minimum]


def extract_topics(title: str, body: str, acronyms: dict[str, str]) -> list[str]:
    candidates = [title_topic(title)]
    candidates += [e.lower() for e in acronyms.values() if not ORGANISATION.search(e)]
    candidates += repeated_phrases(f"{title}. {body}")
    topics: list[str] = []
    for candidate in candidates:
        if not candidate or NOT_A_TOPIC.search(candidate):
            continue
        if not any(candidate in t or t in candidate for t in topics):
            topics.append(candidate)
    return topics[:MAX_TOPICS]
