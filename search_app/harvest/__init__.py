"""Harvest stage: minutes fetched from where councils publish them into the corpus.

harvest(url) works out the committee system (or is told), lists committees and
meetings, and saves each meeting's minutes with a sidecar (harvest/store.py), then
the parse and index stages take them like any other file. One broken meeting or
document is named in the report and the rest carry on; a site that fails entirely
is named too, and a run over several sites goes on to the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from search_app.harvest import cmis, legistar, listing, moderngov
from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.store import SiteStore

SYSTEMS = ("moderngov", "cmis", "legistar", "civicplus", "listing")
FIRST_RUN_DAYS = 365  # how far back a site's first harvest looks
RECHECK_DAYS = 120  # minutes are published weeks after a meeting: look back this far again


@dataclass
class HarvestReport:
    site: str
    system: str = ""
    council: str = ""
    saved: list[Path] = field(default_factory=list)
    skipped: int = 0  # already harvested, not fetched again
    pending: int = 0  # meetings whose minutes are not published yet
    failed: list[FetchError] = field(default_factory=list)
    bytes: int = 0

    @property
    def partial(self) -> bool:
        return bool(self.failed)


Progress = Callable[[HarvestReport, str], None]


def detect_system(url: str) -> str:
    """ModernGov, Legistar or a plain listing page, from the address."""
    parts = urlsplit(url)
    if "legistar" in parts.netloc or "/v1/" in parts.path:
        return "legistar"
    if "cmis" in parts.netloc.lower() or "/cmis" in parts.path.lower():
        return "cmis"
    if "/agendacenter" in parts.path.lower():
        return "civicplus"
    if re.search(
        r"moderngov|mgwebservice|\.aspx$|^democracy\.|^cmttees?\.",
        f"{parts.netloc}{parts.path}".lower(),
    ):
        return "moderngov"
    return "listing"


def base_of(url: str, system: str) -> str:
    """The root a system's paths hang from: "https://democracy.x.gov.uk/modernGov"."""
    url = url.rstrip("/")
    if system == "moderngov":
        return re.sub(r"/(?:mgWebService\.asmx.*|[^/]*\.aspx.*)$", "", url, flags=re.I)
    return url


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
    system = system or detect_system(url)
    report = HarvestReport(site=url, system=system)
    try:
        if system == "moderngov":
            harvest_moderngov(url, corpus, client, since, committee, council, report, progress)
        elif system == "legistar":
            harvest_legistar(url, corpus, client, since, committee, council, report, progress)
        elif system == "cmis":
            harvest_cmis(url, corpus, client, council, report, progress)
        elif system == "civicplus":
            search = civicplus_search(url, since or date.today() - timedelta(days=FIRST_RUN_DAYS))
            harvest_listing(search, corpus, client, council, report, progress)
        else:
            harvest_listing(url, corpus, client, council, report, progress)
    except FetchError as error:
        report.failed.append(error)
    return report


def window_start(store: SiteStore, since: date | None) -> date:
    """From --since, else a while before the last run, else a year back."""
    if since:
        return since
    last = store.state.get("last_run")
    days = RECHECK_DAYS if last else FIRST_RUN_DAYS
    start = date.fromisoformat(last) if last else date.today()
    return start - timedelta(days=days)


def keep(report: HarvestReport, store: SiteStore, key: str, found, progress) -> None:
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


def fetch_new(report: HarvestReport, store: SiteStore, key: str, fetch, progress) -> None:
    """One meeting or document: skipped when saved before, else fetched and kept; a failure
    (fetching, or a name that would save it outside the corpus) is named in the report and
    the run goes on."""
    if store.is_done(key):
        report.skipped += 1
        return
    try:
        keep(report, store, key, fetch(), progress)
    except FetchError as error:
        report.failed.append(error)


def finish(store: SiteStore) -> None:
    """Remember the run, so that the next one looks back from here (window_start)."""
    store.state["last_run"] = date.today().isoformat()
    store.write_state()


def harvest_moderngov(url, corpus, client, since, pattern, council, report, progress) -> None:
    base = base_of(url, "moderngov")
    council = council or site_name(client, base)
    store = SiteStore(corpus, council)
    report.council = council
    start, today = window_start(store, since), date.today()
    for committee_id, title in moderngov.committees(client, base):
        if pattern and not re.search(pattern, title, re.IGNORECASE):
            continue
        try:
            meetings = moderngov.meetings(client, base, committee_id, start, today)
        except FetchError as error:
            report.failed.append(error)
            continue
        for meeting_id, when in meetings:
            key = f"meeting:{meeting_id}"
            if when > today:  # listed ahead of time: no minutes yet
                report.skipped += store.is_done(key)
                continue
            fetch = partial(moderngov.meeting_document, client, base, council, title, meeting_id)
            fetch_new(report, store, key, fetch, progress)
    finish(store)


def harvest_legistar(url, corpus, client, since, pattern, council, report, progress) -> None:
    base = base_of(url, "legistar")
    council = council or urlsplit(base).path.rstrip("/").rsplit("/", 1)[-1].title()
    store = SiteStore(corpus, council)
    report.council = council
    today = date.today()
    for event in legistar.events(client, base, window_start(store, since)):
        key = f"event:{event.get('EventId')}"
        when = legistar.event_date(event)
        body = event.get("EventBodyName") or ""
        if (pattern and not re.search(pattern, body, re.I)) or (when and when > today):
            continue
        fetch_new(
            report, store, key, partial(legistar.event_document, client, council, event), progress
        )
    finish(store)


def harvest_cmis(url, corpus, client, council, report, progress) -> None:
    council = council or site_name(client, re.sub(r"/[^/]*\.aspx.*$", "", url))
    store = SiteStore(corpus, council)
    report.council = council
    for meeting_id, committee_id, page in cmis.meeting_links(client, url):
        fetch = partial(cmis.meeting_document, client, council, meeting_id, committee_id, page)
        fetch_new(report, store, f"meeting:{meeting_id}", fetch, progress)
    finish(store)


def civicplus_search(url: str, since: date) -> str:
    """CivicPlus AgendaCenter's search page for every category since `since`: it lists
    minutes as /AgendaCenter/ViewFile/Minutes/_MMDDYYYY-ID links, read as a listing page."""
    root = re.sub(r"(?i)/AgendaCenter.*$", "", url.rstrip("/"))
    today = date.today()
    return (
        f"{root}/AgendaCenter/Search/?term=&CIDs=all"
        f"&startDate={since:%m/%d/%Y}&endDate={today:%m/%d/%Y}"
    )


def harvest_listing(url, corpus, client, council, report, progress) -> None:
    known = SiteStore.listing_page(corpus, url)  # the folder and state of an earlier run
    etag, modified = known.validators(f"page:{url}") if known else (None, None)
    page = client.get(url, etag, modified)
    if page is None:  # 304: the list has not changed since the last run
        report.council = known.state.get("council", "")
        return
    council = council or listing.council_of(page.content, url)
    store = SiteStore(corpus, council)
    report.council = council
    store.remember_page(f"page:{url}", council, page.etag, page.last_modified)
    for link, label in listing.minutes_links(page.content, page.url):  # after redirects
        fetch = partial(listing.linked_document, client, council, url, link, label)
        fetch_new(report, store, f"url:{link}", fetch, progress)
    finish(store)


def site_name(client: PoliteClient, base: str) -> str:
    """The council's name from its site's home page title, else from its address."""
    try:
        page = client.get(base + "/")
        if page is not None:
            return listing.council_of(page.content, base)
    except FetchError:
        pass
    host = urlsplit(base).netloc.split(":")[0]
    return re.sub(r"^(?:www|democracy|moderngov|committees?)\.", "", host)
