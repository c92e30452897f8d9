"""eScribe (Canadian and US cities, pub-<city>.escribemeetings.com): its calendar's JSON.

The portal's calendar is drawn by script from a page method that answers JSON:
POST /MeetingsCalendarView.aspx/GetCalendarMeetings {"calendarStartDate",
"calendarEndDate"} returns {"d": [meeting, ...]} for every body at once, each with its
`ID` (a GUID), `MeetingType` (the body's name), `StartDate` ("YYYY/MM/DD HH:MM:SS",
local time) and `MeetingDocumentLink` (Type, Format, Url). Minutes are the links of
Type "PostMinutes": the HTML rendition (Meeting.aspx?Id=...&Agenda=PostMinutes) when
there is one, its items carried over as the page's AgendaItemContainer blocks, else
the PDF (FileStream.ashx?DocumentId=...). A meeting without them awaits its minutes.

Learned from public scrapers' code (biglocalnews/civic-scraper, City-Bureau
city-scrapers-det and others), which agree with a captured real response; each fact and its
source in docs/systems/escribe.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.system import (
    Found,
    Listed,
    Site,
    System,
    held_meeting,
    linked_addresses,
)
from search_app.models import SystemItem

CALENDAR = "MeetingsCalendarView.aspx"
HOST = re.compile(r"(?i)(^|\.)escribemeetings\.com$")
MINUTES = "PostMinutes"


class EScribe(System):
    name, label = "escribe", "eScribe"

    def by_address(self, url: str) -> str | None:
        host = urlsplit(url).netloc.split(":")[0]
        return f"its host ({host}) is eScribe's" if HOST.search(host) else None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            parts = urlsplit(link)
            if HOST.search(parts.netloc.split(":")[0]) or parts.path.endswith(f"/{CALENDAR}"):
                return self.base_of(link), f"the page links eScribe's {parts.netloc}{parts.path}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        today = date.today()
        try:
            found = calendar(client, base, today - timedelta(days=31), today)
        except FetchError:
            return None
        return f"its calendar answers with {len(found)} meetings this month"

    def base_of(self, url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        for meeting in calendar(site.client, site.base, since, until):
            when = start_of(meeting)
            yield Listed(f"meeting:{meeting.get('ID')}", str(meeting.get("MeetingType") or ""),
                         when.date() if when else None, meeting)  # fmt: skip

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        return meeting_document(site.client, site.base, site.council, meeting)


def calendar(client: PoliteClient, base: str, since: date, until: date) -> list[dict]:
    """Every body's meetings from `since` to `until`, as the calendar's page method lists them."""
    url = f"{base}/{CALENDAR}/GetCalendarMeetings"
    end = until + timedelta(days=1)  # the range ends before its end date
    payload = {"calendarStartDate": since.isoformat(), "calendarEndDate": end.isoformat()}
    answer = client.post_json(url, payload)
    meetings = answer.get("d") if isinstance(answer, dict) else None
    if not isinstance(meetings, list):
        raise FetchError(url, "the calendar's answer has no list of meetings ('d')")
    return [m for m in meetings if isinstance(m, dict) and m.get("ID")]


def start_of(meeting: dict) -> datetime | None:
    try:
        return datetime.strptime(str(meeting.get("StartDate", ""))[:19], "%Y/%m/%d %H:%M:%S")
    except ValueError:
        return None


def minutes_links(meeting: dict, base: str) -> dict[str, str]:
    """The meeting's minutes by format ("HTML", ".pdf"), as absolute addresses."""
    found = {}
    for link in meeting.get("MeetingDocumentLink") or []:
        if isinstance(link, dict) and link.get("Type") == MINUTES and link.get("Url"):
            address = str(link["Url"]).lstrip(".")
            found[str(link.get("Format") or "")] = urljoin(base + "/", address.lstrip("/"))
    return found


def meeting_document(client: PoliteClient, base: str, council: str, listed: Listed) -> Found | None:
    """The meeting's minutes: the HTML rendition, its items as the system split them, else
    the PDF; None while neither is published."""
    meeting, when = listed.data, start_of(listed.data)
    links = minutes_links(meeting, base)
    if not links:
        return None
    committee = listed.committee or "Meeting"
    name, meta = held_meeting(council, committee, when, str(meeting.get("Location") or ""),
                              "escribe", str(meeting["ID"]))  # fmt: skip
    if "HTML" in links:
        response = client.get(links["HTML"])
        if response is not None and "html" in response.content_type:
            meta.source_url = response.url
            meta.items = agenda_items(response.content)  # the parser takes them as they are
            return f"{name}.html", response.content, meta
    pdf = next((url for kind, url in links.items() if kind.lower().endswith("pdf")), None)
    if pdf is None:
        return None
    response = client.get_pdf(pdf)
    meta.source_url = response.url
    return f"{name}.pdf", response.content, meta


def agenda_items(page: bytes) -> list[SystemItem]:
    """Each item of an eScribe minutes page: each AgendaItemContainer's counter, title,
    description and minutes."""
    items = []
    for container in BeautifulSoup(page, "html.parser").select("div.AgendaItemContainer"):
        title = container.select_one(".AgendaItemTitle")
        if title is None:
            continue
        counter = container.select_one(".AgendaItemCounter")
        described = container.select_one(".AgendaItemDescription")
        minutes = container.select_one(".AgendaItemMinutes")
        items.append(SystemItem(
            counter.get_text(" ", strip=True).rstrip(".") if counter else "",
            title.get_text(" ", strip=True),
            described.decode_contents() if described else "",
            minutes.decode_contents() if minutes else "",
        ))  # fmt: skip
    return items
