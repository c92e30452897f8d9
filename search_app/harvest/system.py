"""The committee-system seam: what each system's module provides, and the one driver that
harvests any of them.

A system (ModernGov, CMIS, Legistar, ...) knows three things: how to recognise a site
of its own (from an address, a page's markers, or a probe of its endpoint), how to list
a site's meetings, and how to fetch one meeting's minutes. Everything else is done once,
here, for all of them: the council's folder and state, the window of dates, the
committee filter, meetings that await their minutes, failures named in the report.
Adding a system is one module with a `System` subclass and one line in the registry
(`search_app/harvest/__init__.py`).
"""

from __future__ import annotations

import contextlib
import functools
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from search_app.harvest.fetch import FetchError, NeedsLogin, PoliteClient
from search_app.harvest.store import SiteStore, safe_name
from search_app.models import Sidecar

FIRST_RUN_DAYS = 365  # how far back a site's first harvest looks
RECHECK_DAYS = 120  # minutes are published weeks after a meeting: look back this far again
MAX_LISTED = 50_000  # meetings one site's listing may give in one run
SITE_SECONDS = 6 * 3600  # the longest one site may take in one run

# A body's name in a title: capitalised words (with "of", "upon" ...) ending in its kind.
BODY_NAME = re.compile(
    r"(?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|and|the|upon|on|in)\s+)*)*(?:Council|Board|Authority)\b"
)
Found = tuple[str, bytes, Sidecar]  # file name in the council's folder, content, sidecar
# What a remote answer of the wrong shape raises in code that reads it (a list where a
# number was, a string where a mapping was): a failure of that meeting or site, not a crash.
ANSWER_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError,
                 RecursionError)  # fmt: skip


@dataclass
class Listed:
    """A meeting (or a document) a system lists, with what the driver decides on."""

    key: str  # unique within the site: "meeting:1234", "url:https://..."
    committee: str = ""  # the body's name, when the listing gives it
    date: date | None = None  # when the listing gives it
    data: Any = None  # what the system needs to fetch the minutes


@dataclass
class Site:
    """One site being harvested: what a system's listing and fetching work with."""

    client: PoliteClient
    url: str  # the address the user gave
    base: str  # the root the system's paths hang from
    council: str
    store: SiteStore


class System:
    """One committee system. Subclasses set `name` and `label` and implement `meetings`
    and `minutes`; recognising a site is optional (a system that cannot be recognised is
    harvested only when named)."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""

    def by_address(self, url: str) -> str | None:
        """Why the address alone says this system (its host or page names), or None."""
        return None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        """(the address this system's site answers at, why) when a page links to or is
        built by this system, or None."""
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        """Why the site at `base` is this system, asked of the system's own endpoint; None
        when it does not answer as this system does. Without an endpoint to ask: the
        markers are enough."""
        return "its pages say so"

    def base_of(self, url: str) -> str:
        """The root this system's paths hang from."""
        return url.rstrip("/")

    def council_of(self, client: PoliteClient, url: str, base: str, corpus: Path) -> str:
        """The council's name: from the title of the system's home page, else of the page
        the user gave (a council's own front page), else from the address."""
        return site_name(client, [base + "/", url])

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed | FetchError]:
        """The meetings the site lists; a system that can ask for dates asks for those from
        `since` to `until` (the driver filters the rest where the listing dates them).
        A part of the listing that failed is yielded as its error, and the rest goes on."""
        raise NotImplementedError

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        """This meeting's minutes, or None when they are not published yet."""
        raise NotImplementedError


@dataclass
class HarvestReport:
    site: str
    system: str = ""
    council: str = ""
    saved: list[Path] = field(default_factory=list)
    skipped: int = 0  # already harvested, not fetched again
    pending: int = 0  # meetings whose minutes are not published yet
    login: int = 0  # documents behind a login: recognised and skipped
    failed: list[FetchError] = field(default_factory=list)
    bytes: int = 0
    listed: int = 0  # meetings (or documents) the site listed
    unfiltered: int = 0  # meetings kept because their listing names no committee to filter on
    tried: list[str] = field(default_factory=list)  # how the system was found, or not
    unchanged: bool = False  # the listing page had not changed since the last run

    @property
    def partial(self) -> bool:
        return bool(self.failed)

    @property
    def found_nothing(self) -> bool:
        """The site listed no minutes at all: the wrong address, or a system not
        recognised. Not a failure of fetching, but nothing a user wanted either."""
        return not (self.listed or self.failed or self.unchanged)


Progress = Callable[[HarvestReport, str], None]


def window_start(store: SiteStore, since: date | None) -> date:
    """From --since, else a while before the last run, else a year back."""
    if since:
        return since
    last = store.state.get("last_run")
    days = RECHECK_DAYS if last else FIRST_RUN_DAYS
    start = date.fromisoformat(last) if last else date.today()
    return start - timedelta(days=days)


def run_system(
    system: System,
    url: str,
    base: str,
    corpus: Path,
    client: PoliteClient,
    report: HarvestReport,
    since: date | None = None,
    committee: str | None = None,
    council: str | None = None,
    progress: Progress | None = None,
) -> None:
    """Harvest one site of a known system into the corpus: the driver every system shares.
    `url` is the address the user gave, `base` the root of the system's site."""
    council = council or system.council_of(client, url, base, corpus)
    store = SiteStore(corpus, council)
    report.council = council
    site = Site(client, url, base, council, store)
    start, today = window_start(store, since), date.today()
    began = time.monotonic()
    try:
        for listed in system.meetings(site, start, today):
            if isinstance(listed, FetchError):
                report.failed.append(listed)
                continue
            if out_of_budget(report, base, began):
                break
            report.listed += 1
            key = f"{system.name}:{base}|{listed.key}"  # two sites never share a meeting's key
            if not wanted(listed, committee, since, today, report):
                report.skipped += store.is_done(key, listed.key)
                continue
            fetch_new(report, store, key, lambda listed=listed: system.minutes(site, listed),
                      progress, listed.key)  # fmt: skip
    except ANSWER_ERRORS as error:
        report.failed.append(unreadable(base, error))
    finish(store)


def out_of_budget(report: HarvestReport, base: str, began: float) -> bool:
    """Whether this site has had its share of the run: a listing of endless meetings, or a
    site so slow it would hold the run for days, stops here and goes on next run."""
    if report.listed >= MAX_LISTED:
        report.failed.append(
            FetchError(base, f"lists over {MAX_LISTED} meetings; the rest next run")
        )
    elif time.monotonic() - began > SITE_SECONDS:
        hours = SITE_SECONDS / 3600
        report.failed.append(FetchError(base, f"still going after {hours:g} h; the rest next run"))
    else:
        return False
    return True


def unreadable(where: str, error: Exception) -> FetchError:
    return FetchError(where, f"an answer of a shape it should not have ({type(error).__name__}:"
                             f" {str(error)[:200]})")  # fmt: skip


def wanted(
    listed: Listed, pattern: str | None, since: date | None, today: date, report: HarvestReport
) -> bool:
    """Whether a listed meeting is one to fetch: held already (a future meeting has no
    minutes), of a committee matching the pattern, on or after --since. A listing that
    names no committee or date cannot be filtered on it, and is kept."""
    if listed.date and (listed.date > today or (since and listed.date < since)):
        return False
    if pattern and listed.committee:
        return bool(re.search(pattern, listed.committee, re.IGNORECASE))
    report.unfiltered += bool(pattern)
    return True


def keep(report: HarvestReport, store: SiteStore, key: str, found: Found | None, progress) -> None:
    """Save one found document (or record its meeting as awaiting minutes)."""
    if found is None:
        report.pending += 1
        store.mark_pending(key, None)
        return
    name, content, meta = found
    report.saved.append(store.save(key, name, content, meta))
    report.bytes += len(content)
    if progress:
        progress(report, name)


def fetch_new(
    report: HarvestReport, store: SiteStore, key: str, fetch, progress, older_key: str = ""
) -> None:
    """One meeting or document: skipped when saved before, else fetched and kept; a failure
    (fetching, or a name that would save it outside the corpus) is named in the report and
    the run goes on. One behind a login is counted, not saved, and asked again next run
    (it may be published later)."""
    if store.is_done(key, older_key):
        report.skipped += 1
        return
    try:
        keep(report, store, key, fetch(), progress)
    except NeedsLogin:
        report.login += 1
    except FetchError as error:
        report.failed.append(error)
    except ANSWER_ERRORS as error:
        report.failed.append(unreadable(key, error))


def finish(store: SiteStore) -> None:
    """Remember the run, so that the next one looks back from here (window_start)."""
    store.state["last_run"] = date.today().isoformat()
    store.write_state()


def site_name(client: PoliteClient, pages: list[str]) -> str:
    """The council's name from the first of these pages whose title names one, else the
    first title read, else from the first page's address."""
    titles = []
    for url in dict.fromkeys(pages):
        try:
            page = client.get(url)
        except FetchError:
            continue
        title = page_title(page.content) if page else ""
        if name := body_named(title):
            return name
        titles.append(title)
    host = urlsplit(pages[0]).netloc.split(":")[0]
    named_host = re.sub(r"^(?:www|democracy|moderngov|committees?)\.", "", host)
    return next((title for title in titles if title), named_host)


def held_meeting(
    council: str, committee: str, when: date | None, venue: str, system: str, meeting_id: str
) -> tuple[str, Sidecar]:
    """(file name without suffix, sidecar) of a meeting a system lists with its body,
    day (or start: a datetime) and venue: "<committee>/<date>-<id>"."""
    day = when.date() if isinstance(when, datetime) else when
    start = when.time().replace(second=0, microsecond=0) if isinstance(when, datetime) else None
    meta = Sidecar(source_url="", council=council, committee=committee, date=day,
                   start_time=start, venue=venue or None, system=system,
                   ids={"meeting": meeting_id})  # fmt: skip
    return f"{safe_name(committee)}/{day_name(day)}-{safe_name(meeting_id)}", meta


def day_name(day: date | None) -> str:
    """A meeting's day as file names give it: "2024-03-05", or "undated"."""
    return day.isoformat() if day else "undated"


@functools.lru_cache(maxsize=4)
def linked_addresses(page: str, url: str) -> tuple[str, ...]:
    """Every address a page links, loads or posts to, made absolute: where a council's
    own site points to its committee system. Read once however many systems ask."""
    soup = BeautifulSoup(page, "html.parser")
    found = []
    for tag in soup.find_all(["a", "link", "script", "iframe", "form", "area"]):
        target = tag.get("href") or tag.get("src") or tag.get("action")
        if isinstance(target, str) and target.strip():
            with contextlib.suppress(ValueError):  # "http://[x/": no address at all
                found.append(urljoin(url, target.strip()))
    return tuple(dict.fromkeys(found))


def council_from_title(page: bytes, page_url: str) -> str:
    """The council a page's title names ("Minutes - Lowfield Parish Council"), else the
    whole title, else the address's host."""
    title = page_title(page)
    return body_named(title) or title or urlsplit(page_url).netloc


def page_title(page: bytes) -> str:
    soup = BeautifulSoup(page, "html.parser")
    return soup.title.get_text(" ", strip=True) if soup.title else ""


def body_named(title: str) -> str | None:
    """The body's name in a title: "Welcome to Anytown Borough Council" names Anytown
    Borough Council; "Council of the Isles of Scilly - Home" its first part."""
    parts = [p for p in re.split(r"\s+[-|\u2013]\s+", title) if BODY_NAME.search(p)]
    if not parts:
        return None
    name = BODY_NAME.search(parts[-1])[0]
    return name if " " in name else parts[-1]


def clock(value: str) -> dt_time | None:
    """A meeting's start time, from "7.30pm", "19:30" or "10:00 AM"."""
    match = re.search(r"(\d{1,2})[:.](\d{2})\s*([ap]m)?", value, re.I)
    if not match:
        return None
    hour = int(match[1])
    if match[3]:
        hour = hour % 12 + (12 if match[3].lower() == "pm" else 0)
    try:
        return dt_time(hour, int(match[2]))
    except ValueError:  # "25:70": not a time
        return None
