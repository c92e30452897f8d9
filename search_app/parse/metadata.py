"""Where a meeting's date, committee and council come from when its text does not say.

In order: the minutes' own heading, the page title or PDF metadata, a date in
the file name, and a sidecar file written by whoever fetched the minutes
(`<file>.meta.json`, see README). What is still missing is recorded as a
fallback ("undated", "Unknown committee"); the document is never dropped.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from search_app.models import Sidecar
from search_app.parse.meeting import DATE, MeetingHeader, parse_date, read_title

ISO_IN_NAME = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
MAX_SIDECAR_BYTES = 30 * 1024 * 1024  # a document's limit and its items' HTML beside it


def read_sidecar(path: Path) -> tuple[Sidecar | None, str | None]:
    """The sidecar beside `path`, if there is one, and a warning if it could not be read."""
    side = Sidecar.path_of(path)
    if not side.is_file():
        return None, None
    try:
        if side.stat().st_size > MAX_SIDECAR_BYTES:
            raise ValueError(f"over {MAX_SIDECAR_BYTES // 2**20} MB")
        return Sidecar.from_json(json.loads(side.read_text(encoding="utf-8"))), None
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        return None, f"metadata: {side.name} ignored ({error})"


def header_from_title(title: str | None) -> MeetingHeader:
    """Committee, date and council from a page title such as
    "Agenda for Cabinet on Tuesday, 2nd October, 2018, 2.00 pm - Coventry City Council"."""
    header = MeetingHeader()
    if title:
        parts = re.split(r"\s+[-|\u2013]\s+(?=[^-|\u2013]*$)", title)
        text = re.sub(
            r"^(?:agenda|minutes|decisions)(?:\s+(?:and|,)\s+\w+)*\s+for\s+",
            "",
            parts[0],
            flags=re.I,
        )
        read_title([re.sub(r"\s+on\s+(?=\w+day\b|\d)", " - ", text)], header)
    return header


def date_from_name(source: str) -> date | None:
    """ "cabinet-2015-05-22.pdf", "minutes-6th-december-2021.html" -> the date in the name."""
    stem = Path(source).name
    if match := ISO_IN_NAME.search(stem):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if match := DATE.search(re.sub(r"[-_.]+", " ", stem)):
        return parse_date(match.group(0))
    return None
