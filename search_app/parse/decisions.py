"""What an item decided: "RESOLVED that ...", "Resolved -", "AGREED", "RECOMMENDED"."""

from __future__ import annotations

import re

from search_app.parse.lines import LIST_MARKER

DECISION_START = re.compile(
    r"^(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|DECISION"
    r"|(?:Resolved|Agreed|Recommended|Decided|Decision)(?=\s*(?:[:\u2013\u2014-]|that\b|:|$)))\b",
)
LABEL_ONLY = re.compile(r"^(?:decision|resolved|agreed|recommended)\s*:?$", re.IGNORECASE)


def find_decisions(paragraphs: list[str]) -> list[str]:
    """Each decision block: the opening paragraph and the list entries that belong to it."""
    decisions: list[str] = []
    index = 0
    while index < len(paragraphs):
        text = paragraphs[index]
        if not DECISION_START.match(text):
            index += 1
            continue
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
        if block:
            decisions.append("\n".join(block))
    return decisions
