"""ModernGov (most UK councils): its public web service, mgWebService.asmx.

GetCommittees lists committees; GetMeetings lists a committee's meetings in a date
range; GetMeeting gives a meeting's agenda items with the printed item number, the
agenda text and the minutes as HTML, and the attendance. A meeting with minutes is
saved as an HTML page in ModernGov's own item-table shape, so the parser takes the
items from the system's structure; one without is looked at again on later runs;
one whose minutes exist only as a document (the printed minutes PDF) is saved as that.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import urlencode, urljoin, urlsplit

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
from search_app.models import Sidecar, SystemItem

SERVICE = "mgWebService.asmx"
# Page names only ModernGov uses: a council's own site links its democracy pages by them.
PAGE_NAMES = re.compile(
    r"(?i)/(?:mgWebService\.asmx|ieDocHome\.aspx|ieListDocuments\.aspx|ieListMeetings\.aspx|"
    r"mg[A-Z][A-Za-z]*\.aspx)"
)
HOSTS = re.compile(r"(?i)^(?:democracy|moderngov|cmttees?|committees?|councillors)\.")


class ModernGov(System):
    name, label = "moderngov", "ModernGov"

    def by_address(self, url: str) -> str | None:
        parts = urlsplit(url)
        if PAGE_NAMES.search(parts.path):
            return f"its page name ({parts.path.rsplit('/', 1)[-1]}) is ModernGov's"
        if "/moderngov" in parts.path.lower() or "moderngov" in parts.netloc.lower():
            return "its address names ModernGov"
        if HOSTS.match(parts.netloc):
            return f"its host ({parts.netloc}) is where ModernGov sites usually are"
        return None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            if PAGE_NAMES.search(urlsplit(link).path):
                return self.base_of(link), f"the page links ModernGov's {urlsplit(link).path}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        try:
            found = committees(client, base)
        except FetchError:
            return None
        return f"its web service ({SERVICE}) lists {len(found)} committees"

    def base_of(self, url: str) -> str:
        """ "https://democracy.x.gov.uk/modernGov" from any of its pages or service calls."""
        path = urlsplit(url).path
        cut = re.sub(r"(?i)/(?:mgWebService\.asmx.*|[^/]*\.aspx.*)$", "", path.rstrip("/"))
        return urlsplit(url)._replace(path=cut, query="", fragment="").geturl().rstrip("/")

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        for committee_id, title in committees(site.client, site.base):
            try:
                found = meetings(site.client, site.base, committee_id, since, until)
            except FetchError as error:  # one committee's list: the others go on
                yield error
                continue
            for meeting_id, when in found:
                yield Listed(f"meeting:{meeting_id}", title, when, meeting_id)

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        return meeting_document(site.client, site.base, site.council, meeting.committee,
                                meeting.data)  # fmt: skip


def service_url(base: str, operation: str, **params: str) -> str:
    query = f"?{urlencode(params)}" if params else ""
    return f"{base.rstrip('/')}/{SERVICE}/{operation}{query}"


def xml_from(client: PoliteClient, url: str) -> ET.Element:
    response = client.get(url)
    if response is None:
        raise FetchError(url, "not modified, but nothing is cached for it")
    try:
        root = ET.fromstring(response.content)
    except ET.ParseError as error:
        reason = f"not the XML the web service sends (an error page?): {error}"
        raise FetchError(url, reason) from error
    if root.tag.lower() == "html":
        raise FetchError(url, "not the XML the web service sends (an HTML page: an error page?)")
    return root


def text(element: ET.Element | None, tag: str) -> str:
    found = element.find(tag) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def committees(client: PoliteClient, base: str) -> list[tuple[str, str]]:
    """(id, title) of every committee the site lists, deleted ones left out."""
    root = xml_from(client, service_url(base, "GetCommittees"))
    return [
        (text(c, "committeeid"), text(c, "committeetitle"))
        for c in root.iter("committee")
        if text(c, "committeedeleted").lower() not in ("true", "1")
    ]


def meetings(
    client: PoliteClient, base: str, committee_id: str, since: date, until: date
) -> list[tuple[str, date]]:
    url = service_url(
        base, "GetMeetings", lCommitteeId=committee_id,
        sFromDate=f"{since:%d/%m/%Y}", sToDate=f"{until:%d/%m/%Y}",
    )  # fmt: skip
    root = xml_from(client, url)
    found = []
    for meeting in root.iter("meeting"):
        when = parse_uk_date(text(meeting, "meetingdate"))
        if when:
            found.append((text(meeting, "meetingid"), when))
    return found


def parse_uk_date(value: str) -> date | None:
    try:
        return datetime.strptime(value[:10], "%d/%m/%Y").date()
    except ValueError:
        return None


def meeting_document(
    client: PoliteClient, base: str, council: str, committee: str, meeting_id: str
) -> tuple[str, bytes, Sidecar] | None:
    """(file name, content, sidecar) of one meeting's minutes, or None if not published yet."""
    url = service_url(base, "GetMeeting", lMeetingId=meeting_id)
    root = xml_from(client, url)
    meeting = root if root.tag == "meeting" else root.find(".//meeting")
    if meeting is None:
        raise FetchError(url, "the web service's answer has no <meeting>")
    when = parse_uk_date(text(meeting, "meetingdate"))
    page_url = f"{base.rstrip('/')}/ieListDocuments.aspx?MId={meeting_id}"
    meta = Sidecar(
        source_url=page_url, council=council, committee=committee,
        date=when, start_time=clock(text(meeting, "meetingtime")),
        venue=text(meeting, "meetinglocation") or None, system="moderngov",
        ids={"meeting": meeting_id}, present=attendees(meeting),
    )  # fmt: skip
    items = list(agenda_items(meeting))
    stem = f"{day_name(when)}-{safe_name(meeting_id)}"
    if any(item.minutes_html for item in items):
        meta.items = items  # the parser takes them as the web service split them
        page = items_page(council, committee, when, meta.venue, items)
        return f"{safe_name(committee)}/{stem}.html", page.encode("utf-8"), meta
    printed = printed_minutes_url(meeting, base)
    if printed:
        response = client.get_pdf(printed)
        meta.source_url = response.url
        return f"{safe_name(committee)}/{stem}.pdf", response.content, meta
    return None


def attendees(meeting: ET.Element) -> list[str]:
    return [
        a.get("name", "").strip()
        for a in meeting.iter("attendee")
        if a.get("name") and "apolog" not in (a.get("attendance") or "").lower()
    ]


def agenda_items(meeting: ET.Element) -> Iterator[SystemItem]:
    """Each public item: printed number, title, agenda HTML and minutes HTML."""
    for item in meeting.iter("agendaitem"):
        if text(item, "isrestricted").lower() in ("true", "1"):
            continue
        number = text(item, "fulldisplaynumberformat") or text(item, "agendaitemnumber")
        minutes = text(item, "minutesnonemptyhtmlbody")
        published = text(item, "isminutepublished").lower() not in ("false", "0")
        yield SystemItem(number, text(item, "agendaitemtitle"), text(item, "agendatext"),
                         minutes if published else "")  # fmt: skip


def printed_minutes_url(meeting: ET.Element, base: str) -> str | None:
    for doc in meeting.iter("linkeddoc"):
        if "minute" in text(doc, "title").lower() and text(doc, "url"):
            return urljoin(base.rstrip("/") + "/", text(doc, "url"))
    return None


def items_page(
    council: str, committee: str, when: date | None, venue: str | None,
    items: list[SystemItem],
) -> str:  # fmt: skip
    """A readable page of a meeting the web service gives as data, in ModernGov's own
    "Agenda and minutes" shape: what a user opening the document sees. The parser takes
    the items from the sidecar, not from this page."""
    heading = f"{committee} - {when:%A} {when.day} {when:%B %Y}" if when else committee
    rows = "\n".join(
        "<tr><td class=\"mgItemNumberCell\"><p class=\"mgAiTitleTxt\">"
        f"{html.escape(item.number)}</p></td><td><p class=\"mgAiTitleTxt\">"
        f"{html.escape(item.title)}</p><div class=\"mgWordPara\">{item.agenda_html}</div>"
        + (f"<p class=\"mgSubItemTitleTxt\">Minutes:</p><div class=\"mgWordPara\">"
           f"{item.minutes_html}</div>" if item.minutes_html else "")
        + "</td></tr>"
        for item in items
    )  # fmt: skip
    venue_line = f"<p>Venue: {html.escape(venue)}</p>" if venue else ""
    return (
        f"<!DOCTYPE html><html><head><title>Agenda and minutes - {html.escape(heading)} - "
        f'{html.escape(council)}</title></head><body><div id="modgov">'
        f"<h1>Agenda and minutes</h1><h2>{html.escape(heading)}</h2>{venue_line}"
        f'<table class="mgItemTable">{rows}</table></div></body></html>'
    )
