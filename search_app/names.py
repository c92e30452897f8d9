"""Names as ids and as people: shared by the index (speaker facet values, meeting ids)
and the people register, so that both agree on who is who."""

from __future__ import annotations

import re

TITLES = re.compile(
    r"^(?:(?:the\s+)?(?:county\s+|district\s+|borough\s+|city\s+|town\s+|parish\s+)?"
    r"(?:councillor|cllr|mr|mrs|ms|miss|mx|dr|prof(?:essor)?|sir|dame|lord|lady|alderman|"
    r"rev(?:erend)?|the\s+rt\s+hon|rt\s+hon)\.?\s+)+",
    re.IGNORECASE,
)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def plain_name(name: str) -> str:
    """A name without its titles: "Cllr K Douglas" and "Councillor K Douglas" -> "K Douglas"."""
    return " ".join(TITLES.sub("", name.strip()).split()) or name.strip()
