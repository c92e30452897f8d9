"""CivicClerk (US cities and counties): its public OData API at
<tenant>.api.civicclerk.com/v1.

GET /v1/Events?$filter=startDateTime ge ... and startDateTime lt ... lists meetings a
page at a time ({"value": [...], "@odata.nextLink": next page}); each event names its
body (`categoryName`, the body; `eventName` is the meeting's own title), its start
(`startDateTime`, local time written with a "Z") and its `publishedFiles` (fileId,
type). Minutes are the files of type "Minutes", downloaded as the PDF from
/v1/Meetings/GetMeetingFileStream(fileId=N,plainText=false). The portal
(<tenant>.portal.civicclerk.com) is built by script from this API; a city's own site
links it, which is how it is found.

Each fact and its source: docs/systems/civicclerk.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from urllib.parse import quote, urlsplit

from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.system import Found, Listed, Site, System, held_meeting, linked_addresses

HOST = re.compile(r"(?i)^([a-z0-9-]+)\.(?:api\.|portal\.)?civicclerk\.com$")
MINUTES = re.compile(r"(?i)minutes")
MAX_PAGES = 200  # of one listing: a next-page link that never ends is not followed forever


class CivicClerk(System):
    name, label = "civicclerk", "CivicClerk"

    def by_address(self, url: str) -> str | None:
        host = urlsplit(url).netloc.split(":")[0]
        return f"its host ({host}) is CivicClerk's" if HOST.match(host) else None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            host = urlsplit(link).netloc.split(":")[0]
            if HOST.match(host):
                return self.base_of(link), f"the page links CivicClerk's {host}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        try:
            found = odata(client, f"{base}/EventCategories")
        except FetchError:
            return None
        return f"its API lists {len(found)} event categories"

    def base_of(self, url: str) -> str:
        """The tenant's API: https://<tenant>.api.civicclerk.com/v1, from its portal or API."""
        parts = urlsplit(url)
        if match := HOST.match(parts.netloc.split(":")[0]):
            port = f":{parts.port}" if parts.port else ""
            return f"{parts.scheme}://{match[1].lower()}.api.civicclerk.com{port}/v1"
        found = re.match(r"(.*?/v1)(?:/|$)", url)
        return found[1] if found else url.rstrip("/")

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        end = until + timedelta(days=1)
        query = (f"$filter=startDateTime ge {since.isoformat()}T00:00:00Z and startDateTime lt "
                 f"{end.isoformat()}T00:00:00Z&$orderby=startDateTime asc")  # fmt: skip
        url = f"{site.base}/Events?{quote(query, safe='=&$:')}"
        for event in events(site.client, url):
            when = started(event)
            body = event.get("categoryName") or event.get("eventCategoryName") or ""
            yield Listed(f"event:{event['id']}", str(body or event.get("eventName") or ""),
                         when.date() if when else None, event)  # fmt: skip

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        return event_document(site.client, site.base, site.council, meeting)


def odata(client: PoliteClient, url: str) -> list[dict]:
    """The entities of one OData answer ({"value": [...]})."""
    return page_of(client, url)[0]


def page_of(client: PoliteClient, url: str) -> tuple[list[dict], str | None]:
    """One page of entities and the next page's address, if any."""
    answer = client.get_json(url)
    values = answer.get("value") if isinstance(answer, dict) else None
    if not isinstance(values, list):
        raise FetchError(url, "the API's answer has no list of entities ('value')")
    following = answer.get("@odata.nextLink")
    return [v for v in values if isinstance(v, dict)], following if isinstance(
        following, str
    ) else None


def events(client: PoliteClient, url: str) -> Iterator[dict]:
    """Every event the listing gives, following its next-page links on the same host only
    (a next page elsewhere is not the API's)."""
    host = urlsplit(url).netloc
    for _ in range(MAX_PAGES):
        found, following = page_of(client, url)
        yield from (e for e in found if e.get("id") is not None and not e.get("isDeleted"))
        if not following or urlsplit(following).netloc != host:
            return
        url = following


def started(event: dict) -> datetime | None:
    """The start as the city's own clock shows it: the "Z" is written, not meant."""
    try:
        return datetime.fromisoformat(str(event.get("startDateTime") or "")[:19])
    except ValueError:
        return None


def is_minutes(file: object) -> bool:
    """A published file of type "Minutes" (each city may word it: "Approved Minutes")."""
    return isinstance(file, dict) and bool(MINUTES.search(str(file.get("type") or ""))) \
        and bool(re.fullmatch(r"[0-9]{1,12}", str(file.get("fileId") or "")))  # fmt: skip


def event_document(client: PoliteClient, base: str, council: str, listed: Listed) -> Found | None:
    """The event's minutes (a PDF), or None while none is published."""
    event = listed.data
    files = [f for f in event.get("publishedFiles") or [] if is_minutes(f)]
    if not files:
        return None
    url = f"{base}/Meetings/GetMeetingFileStream(fileId={int(files[0]['fileId'])},plainText=false)"
    response = client.get_pdf(url)
    location = ", ".join(str(v) for v in (event.get("eventLocation") or {}).values()
                         if isinstance(v, str) and v)  # fmt: skip
    name, meta = held_meeting(council, listed.committee or "Meeting", started(event), location,
                              "civicclerk", str(event["id"]))  # fmt: skip
    meta.source_url = url
    return f"{name}.pdf", response.content, meta
