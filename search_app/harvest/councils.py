"""A register of councils: where each publishes its minutes, found by any of its names.

Public registers list councils with a code, a name, the committee system of their
democracy site and its base address (the columns of DemocracyClub's scrapers' metadata:
code, name, official_name, ..., end_date, system, base_url), and separately the names
people use for them ("Kirklees", "Kirklees Council": la-name, local-authority-code).
`councils import` reads both into one JSON file; `harvest --council NAME` and
`sources add --council NAME` then need no address.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from search_app.errors import MinutesError

REGISTER = Path("councils.json")
SYSTEM_NAMES = {"moderngov": "moderngov", "cmis": "cmis", "legistar": "legistar",
                "escribe": "escribe", "primegov": "primegov", "civicclerk": "civicclerk",
                "infocouncil": "infocouncil", "civicplus": "civicplus"}  # fmt: skip


class RegisterError(MinutesError):
    """A register file that cannot be read, or a council it does not know."""


@dataclass
class Council:
    code: str
    name: str
    base_url: str
    system: str | None  # one of the harvest's systems, or None: detect it
    names: list[str] = field(default_factory=list)  # every name it is known by


def key(name: str) -> str:
    """A name as looked up: case, punctuation and "&"/"and" do not matter."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    return " ".join(words)


def read_register(councils: Path, names: Path | None = None) -> list[Council]:
    """The councils a register lists that still exist and have an address, with their
    names from the names file (matched by code)."""
    try:
        with councils.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        variants = read_names(names) if names else {}
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise RegisterError(f"{error.filename or councils}: {error}") from error
    missing = {"code", "name", "base_url"} - set(rows[0] if rows else {})
    if missing:
        raise RegisterError(f"{councils}: no column {', '.join(sorted(missing))}")
    found = []
    for row in rows:
        if (row.get("end_date") or "").strip() or not (row.get("base_url") or "").strip():
            continue
        code = row["code"].strip()
        system = SYSTEM_NAMES.get(key(row.get("system") or "").replace(" ", ""))
        own = [row["name"], row.get("official_name") or "", code]
        named = list(dict.fromkeys(n.strip() for n in own + variants.get(code, []) if n.strip()))
        found.append(Council(code, row.get("official_name") or row["name"],
                             row["base_url"].strip(), system, named))  # fmt: skip
    return found


def read_names(path: Path) -> dict[str, list[str]]:
    """Code -> the names a names file gives it (columns: a name, then a code)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    variants: dict[str, list[str]] = {}
    for row in rows[1:]:
        if len(row) >= 2 and row[0].strip() and row[1].strip():
            variants.setdefault(row[1].strip(), []).append(row[0].strip())
    return variants


def save_register(path: Path, councils: list[Council]) -> None:
    path.write_text(json.dumps([asdict(c) for c in councils], indent=1), encoding="utf-8")


def find_council(path: Path, name: str) -> Council:
    """The council known by `name` (any of its names, or its code)."""
    try:
        listed = [Council(**c) for c in json.loads(path.read_text(encoding="utf-8"))]
    except FileNotFoundError:
        raise RegisterError(f"{path}: no register of councils; run `councils import`") from None
    except (OSError, ValueError, TypeError) as error:
        raise RegisterError(f"{path}: not a register of councils ({error})") from None
    wanted = key(name)
    matches = [c for c in listed if wanted in {key(n) for n in c.names}]
    if len(matches) != 1:
        problem = "no council" if not matches else f"{len(matches)} councils"
        raise RegisterError(f"{path}: {problem} known as {name!r}")
    return matches[0]
