"""Legistar (many US cities): the public Web API at webapi.legistar.com/v1/{client}.

/events lists meetings (OData: $filter on EventDate, pages of up to 1,000 via $skip);
each event names its body, date, time, location and, once approved, a minutes file
(a PDF), which is saved with a sidecar. Events without minutes are looked at again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.store import safe_name
from search_app.harvest.system import (
    Found,
    Listed,
    Site,
    System,
    clock,
    day_name,
    linked_addresses,
)
from search_app.models import Sidecar

PAGE = 1000
MAX_PAGES = 100  # of events in one run: a listing that never ends is not read forever
API = "https://webapi.legistar.com/v1"
SITE_HOST = re.compile(r"(?i)^([a-z0-9-]+)\.legistar\.com$")


class Legistar(System):
    name, label = "legistar", "Legistar"

    def by_address(self, url: str) -> str | None:
        parts = urlsplit(url)
        if "legistar" in parts.netloc.lower():
            return f"its host ({parts.netloc}) is Legistar's"
        if re.search(r"/v1/[^/]+", parts.path):
            return "its address is a Legistar Web API client's"
        return None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            if SITE_HOST.match(urlsplit(link).netloc):
                return self.base_of(link), f"the page links {urlsplit(link).netloc}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        try:
            bodies = client.get_json(f"{base}/bodies")
        except FetchError:
            return None
        return f"its Web API lists {len(bodies)} bodies" if isinstance(bodies, list) else None

    def base_of(self, url: str) -> str:
        """The Web API's address for the client: a city's Legistar site
        (https://anytown.legistar.com/Calendar.aspx) is read through
        https://webapi.legistar.com/v1/anytown."""
        parts = urlsplit(url)
        if (match := SITE_HOST.match(parts.netloc)) and match[1].lower() != "webapi":
            return f"{API}/{match[1].lower()}"
        found = re.match(r"(.*?/v1/[^/?#]+)", url)
        return found[1] if found else url.rstrip("/")

    def council_of(self, client: PoliteClient, url: str, base: str, corpus: Path) -> str:
        return urlsplit(base).path.rstrip("/").rsplit("/", 1)[-1].title()

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        for event in events(site.client, site.base, since):
            body = event.get("EventBodyName") or ""
            yield Listed(f"event:{event.get('EventId')}", body, event_date(event), event)

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        return event_document(site.client, site.council, meeting.data)


def events(client: PoliteClient, base: str, since: date) -> Iterator[dict]:
    """Every event since `since`, a page at a time."""
    skip = 0
    while True:
        query = f"$filter=EventDate ge datetime'{since.isoformat()}'&$orderby=EventDate&$top={PAGE}"
        url = f"{base.rstrip('/')}/events?{quote(query, safe='=&$')}&$skip={skip}"
        page = client.get_json(url)
        if not isinstance(page, list):
            raise FetchError(url, "the API's answer is not a list of events")
        yield from (event for event in page if isinstance(event, dict))
        if len(page) < PAGE or skip // PAGE + 1 >= MAX_PAGES:
            return
        skip += PAGE


def event_date(event: dict) -> date | None:
    try:
        return datetime.fromisoformat(str(event.get("EventDate", ""))[:19]).date()
    except ValueError:
        return None


def event_document(
    client: PoliteClient, council: str, event: dict
) -> tuple[str, bytes, Sidecar] | None:
    """(file name, content, sidecar) of an event's minutes, or None if there are none yet."""
    url = event.get("EventMinutesFile")
    if not url:
        return None
    response = client.get_pdf(url)
    when = event_date(event)
    body = event.get("EventBodyName") or "Unknown body"
    meta = Sidecar(
        source_url=event.get("EventInSiteURL") or response.url, council=council, committee=body,
        date=when, start_time=clock(event.get("EventTime") or ""),
        venue=event.get("EventLocation") or None, system="legistar",
        ids={"event": str(event.get("EventId", ""))},
    )  # fmt: skip
    stem = f"{day_name(when)}-{safe_name(str(event.get('EventId')))}"
    return f"{safe_name(body)}/{stem}.pdf", response.content, meta
