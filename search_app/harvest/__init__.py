"""Harvest stage: minutes fetched from where councils publish them into the corpus.

harvest(url) works out the committee system (or is told), lists the site's meetings
and saves each meeting's minutes with a sidecar (harvest/store.py); the parse and
index stages then take them like any other file. Each system is one module with a
`System` (harvest/system.py) and one line in `REGISTRY`; the driver they share does
the storage, the dates, the filters and the report. One broken meeting or document
is named in the report and the rest carry on; a site that fails entirely is named
too, and a run over several sites goes on to the next.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from search_app.harvest.boarddocs import BoardDocs
from search_app.harvest.civicclerk import CivicClerk
from search_app.harvest.civicplus import CivicPlus
from search_app.harvest.cmis import CMIS
from search_app.harvest.escribe import EScribe
from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.granicus import Granicus
from search_app.harvest.infocouncil import InfoCouncil
from search_app.harvest.legistar import Legistar
from search_app.harvest.listing import Listing
from search_app.harvest.moderngov import ModernGov
from search_app.harvest.primegov import PrimeGov
from search_app.harvest.system import (
    ANSWER_ERRORS,
    HarvestReport,
    Progress,
    System,
    run_system,
    unreadable,
)

# In the order detection asks them: the most specific markers first, a plain page of
# links to minutes last.
REGISTRY: tuple[System, ...] = (
    CMIS(), ModernGov(), Legistar(), EScribe(), PrimeGov(), CivicClerk(), Granicus(),
    BoardDocs(), InfoCouncil(), CivicPlus(), Listing(),
)  # fmt: skip
SYSTEMS = tuple(system.name for system in REGISTRY)
WORKERS = 32  # sites harvested at once: each mostly waits out its host's pause
BY_NAME = {system.name: system for system in REGISTRY}
LISTING = BY_NAME["listing"]

__all__ = [
    "SYSTEMS", "Detection", "HarvestReport", "Progress", "Source", "detect", "detect_system",
    "harvest", "harvest_many",
]  # fmt: skip


@dataclass
class Detection:
    """What detection decided, and why: `discover` prints it, a failed harvest names it."""

    system: System | None  # None: nothing recognised, and no minutes linked
    base: str
    reason: str = ""
    tried: list[str] = field(default_factory=list)


def detect_system(url: str) -> str:
    """The system the address alone says (its host or page names), else "listing"."""
    found = next((s for s in REGISTRY if s.by_address(url)), LISTING)
    return found.name


def detect(client: PoliteClient, url: str) -> Detection:
    """The system of the site at `url`, whatever page of it the address is: first from
    the address, then from the page's links and scripts; each candidate is confirmed by
    asking the system's own endpoint before it is believed. FetchError when the page
    cannot be read at all."""
    tried: list[str] = []
    for system in REGISTRY:
        if why := system.by_address(url):
            found = confirmed(client, system, system.base_of(url), why, tried)
            if found:
                return found
    page = client.get(url)  # a page that cannot be read is a FetchError: the site failed
    if page is None:
        return Detection(None, url, "", tried + [f"{url} answered 304 with nothing cached"])
    text = page.content.decode("utf-8", "replace")
    for system in REGISTRY:
        try:
            marked = system.in_page(text, page.url)
        except ANSWER_ERRORS:
            marked = None
        if marked:
            found = confirmed(client, system, marked[0], marked[1], tried)
            if found:
                return found
        else:
            tried.append(f"{system.label}: no sign of it in {page.url}")
    return Detection(None, url, "", tried)


def confirmed(
    client: PoliteClient, system: System, base: str, why: str, tried: list[str]
) -> Detection | None:
    try:
        answer = system.probe(client, base)
    except ANSWER_ERRORS:  # it answered, but not as the system does
        answer = None
    if answer:
        return Detection(system, base, f"{why}; {answer}", tried)
    tried.append(f"{system.label}: {why}, but {base} does not answer as {system.label} does")
    return None


def harvest(
    url: str,
    corpus: Path,
    client: PoliteClient,
    system: str | None = None,
    since: date | None = None,
    committee: str | None = None,
    council: str | None = None,
    progress: Progress | None = None,
) -> HarvestReport:
    """Harvest one site; `system` by name, else detected. A site where nothing is found
    says what was tried (`report.tried`, `report.found_nothing`)."""
    report = HarvestReport(site=url)
    try:
        if system:
            chosen, base = BY_NAME[system], BY_NAME[system].base_of(url)
        else:
            detection = detect(client, url)
            report.tried = detection.tried + ([detection.reason] if detection.reason else [])
            if detection.system is None:
                return report
            chosen, base = detection.system, detection.base
        report.system = chosen.name
        run_system(chosen, url, base, corpus, client, report, since, committee, council, progress)
    except FetchError as error:
        report.failed.append(error)
    except ANSWER_ERRORS as error:
        report.failed.append(unreadable(url, error))
    return report


@dataclass
class Source:
    """One site to harvest, as sources.toml lists it."""

    url: str
    system: str | None = None
    since: date | None = None
    committee: str | None = None
    council: str | None = None


def harvest_many(
    sources: list[Source],
    corpus: Path,
    client: PoliteClient,
    workers: int = WORKERS,
    progress: Progress | None = None,
    finished: Callable[[HarvestReport], None] | None = None,
) -> list[HarvestReport]:
    """Harvest many sites at once, one report each in the order given. The client keeps
    each host to one request at a time with its own pause, so sites on different hosts go
    on side by side while every site is asked as politely as alone. A site that fails, in
    any way, is named in its report; the others go on."""

    def one(source: Source) -> HarvestReport:
        try:
            report = harvest(source.url, corpus, client, source.system, source.since,
                             source.committee, source.council, progress)  # fmt: skip
        except Exception as error:  # one broken site, however broken, never stops the run
            report = HarvestReport(site=source.url, system=source.system or "")
            report.failed.append(FetchError(source.url, f"{type(error).__name__}: {error}"))
        if finished:
            finished(report)
        return report

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(sources) or 1))) as pool:
        return list(pool.map(one, sources))
