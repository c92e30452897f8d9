"""What an item decided, in the many ways minutes record it.

"RESOLVED that ...", "Resolved –", "AGREED", "RECOMMENDED" opening a paragraph;
"It was RESOLVED to ...", "The Board agreed to ...", "were approved as a correct
record", "Motion passed unanimously", "CARRIED" inside one; and labels such as
"Council resolution", "Resolution 2020/21" or "The Council resolved:-" whose
decision is the paragraph that follows. Each decision is the sentence (or block)
that records it.
"""

from __future__ import annotations

import re

from search_app.parse.lines import LIST_MARKER

DECISION_START = re.compile(
    r"^(?:\(?[\divx]{1,4}(?:\.\d{1,2})?[.)]?\s+)?"  # "8.2 Resolved - ...", "(ii) AGREED"
    r"(?:(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|DECISION)"
    r"|(?:Resolved|Agreed|Recommended|Decided|Decision)"
    r"(?=\s*(?:[:\u2013\u2014(-]|that\b|to\b|,|$)))\b",
)
BODY = (
    r"(?:council|committee|sub-committee|board|panel|cabinet|members?|trustees?|meeting|commission)"
)
DECISION_IN_TEXT = re.compile(
    r"\b(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|CARRIED|DECIDED|APPROVED)\b|\bCarried\b"
    rf"|(?i:\b(?:it\s+was|{BODY})\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\b"
    r"|\b(?:was|were)\s+(?:unanimously\s+)?(?:approved|adopted|carried|agreed|passed|accepted|"
    r"granted|refused|elected|(?:confirmed|signed)(?=\s+(?:as|and)\b))\b"
    r"|\b(?:approved|adopted|carried|passed|agreed)\s+unanimously\b"
    r"|\bmotion\s+(?:was\s+)?(?:passed|carried|approved|adopted|lost|defeated)\b"
    r"|\bdeclared\s+(?:\S+\s+){1,4}elected\b)",
)
# A paragraph that only announces the decision that follows it.
DECISION_LABEL = re.compile(
    r"^(?:(?:\w+\s+){0,2}resolution(?:\s+[\d/]+)?|resolved(?:\s*\([^)]*\))?|decisions?|agreed|"
    rf"(?:the\s+)?{BODY}\s+(?:resolved|agreed|decided))\s*[:\u2013\u2014-]*\s*$",
    re.IGNORECASE,
)
LABEL_ONLY = re.compile(r"^(?:decision|resolved|agreed|recommended)\s*:?$", re.IGNORECASE)
MOTION_LINE = re.compile(r"^(?:moved|seconded|proposed)\b", re.IGNORECASE)


def find_decisions(paragraphs: list[str]) -> list[str]:
    """Each decision: the opening paragraph and the list entries that belong to it,
    the paragraph a decision label announces, or the sentence that records one."""
    decisions: list[str] = []
    index = 0
    while index < len(paragraphs):
        text = paragraphs[index]
        if DECISION_LABEL.match(text):
            index, block = announced_decision(paragraphs, index + 1)
        elif DECISION_START.match(text):
            index, block = decision_block(paragraphs, index)
        else:
            index, block = index + 1, decision_sentences(text)
        if block and block not in decisions:
            decisions.append(block)
    return decisions


def decision_block(paragraphs: list[str], index: int) -> tuple[int, str]:
    text = paragraphs[index]
    block = [] if LABEL_ONLY.match(text) else [text]
    index += 1
    expects_more = not block or text.rstrip().endswith((":", "that", "-", "\u2013"))
    while index < len(paragraphs) and (
        LIST_MARKER.match(paragraphs[index]) or (expects_more and not block)
    ):
        if DECISION_START.match(paragraphs[index]):
            break
        block.append(paragraphs[index])
        index += 1
    return index, "\n".join(block)


def announced_decision(paragraphs: list[str], index: int) -> tuple[int, str]:
    """ "Resolution 2020/21" / "Moved: ..." / "That the apology be accepted." -> the last."""
    while index < len(paragraphs) and MOTION_LINE.match(paragraphs[index]):
        index += 1
    if index >= len(paragraphs):
        return index, ""
    return decision_block(paragraphs, index)


# Every pattern of DECISION_IN_TEXT has one of these words: paragraphs without skip it
# (a substring test is many times faster than the patterns).
DECISION_WORDS = (
    "resolv agree carried decided approved adopted passed motion elected confirmed signed "
    "accepted granted refused".split()
)


def decision_sentences(text: str) -> str:
    """The sentences of a paragraph that record a decision, if any."""
    if not mentions_a_decision(text):
        return ""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text)
    return " ".join(s for s in sentences if mentions_a_decision(s) and DECISION_IN_TEXT.search(s))


def mentions_a_decision(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in DECISION_WORDS)
