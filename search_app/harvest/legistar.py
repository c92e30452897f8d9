"""Legistar (many US cities): the public Web API at webapi.legistar.com/v1/{client}.

/events lists meetings (OData: $filter on EventDate, pages of up to 1,000 via $skip);
each event names its body, date, time, location and, once approved, a minutes file
(a PDF), which is saved with a sidecar. Events without minutes are looked at again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import quote

from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.moderngov import check_pdf, clock
from search_app.harvest.store import DocumentMeta, safe_name

PAGE = 1000


def events(client: PoliteClient, base: str, since: date) -> Iterator[dict]:
    """Every event since `since`, a page at a time."""
    skip = 0
    while True:
        query = f"$filter=EventDate ge datetime'{since.isoformat()}'&$orderby=EventDate&$top={PAGE}"
        url = f"{base.rstrip('/')}/events?{quote(query, safe='=&$')}&$skip={skip}"
        response = client.get(url)
        try:
            page = json.loads(response.content) if response else []
        except json.JSONDecodeError as error:
            raise FetchError(
                url, f"not the JSON the API sends (an error page?): {error}"
            ) from error
        yield from page
        if len(page) < PAGE:
            return
        skip += PAGE


def event_date(event: dict) -> date | None:
    try:
        return datetime.fromisoformat(str(event.get("EventDate", ""))[:19]).date()
    except ValueError:
        return None


def event_document(
    client: PoliteClient, council: str, event: dict
) -> tuple[str, bytes, DocumentMeta] | None:
    """(file name, content, sidecar) of an event's minutes, or None if there are none yet."""
    url = event.get("EventMinutesFile")
    if not url:
        return None
    response = client.get(url)
    if response is None:
        return None
    check_pdf(url, response.content)
    when = event_date(event)
    body = event.get("EventBodyName") or "Unknown body"
    meta = DocumentMeta(
        source_url=event.get("EventInSiteURL") or response.url, council=council, committee=body,
        date=when.isoformat() if when else None, start_time=clock(event.get("EventTime") or ""),
        venue=event.get("EventLocation") or None, system="legistar",
        ids={"event": str(event.get("EventId", ""))},
    )  # fmt: skip
    stem = f"{when.isoformat() if when else 'undated'}-{safe_name(str(event.get('EventId')))}"
    return f"{safe_name(body)}/{stem}.pdf", response.content, meta
