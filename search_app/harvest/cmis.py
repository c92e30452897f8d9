"""CMIS (a few dozen UK councils, *.cmis.uk.com): calendar pages that link meeting pages.

The calendar list view links each meeting's page (".../ViewMeetingPublic/mid/<m>/
Meeting/<id>/Committee/<c>/..."); a meeting page carries the agenda and, once the
minutes are published, either links the printed minutes (saved as the PDF) or shows
the minute of each item itself (the page is saved). A page with neither is looked at
again on later runs. CMIS sites are slow: the
client's long timeout is for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.store import safe_name
from search_app.harvest.system import Found, Listed, Site, System, linked_addresses
from search_app.models import Sidecar

MEETING_LINK = re.compile(
    r"/ViewMeetingPublic/.*?/Meeting/(?P<meeting>\d+)/Committee/(?P<committee>\d+)", re.I
)
CALENDAR = "Meetings.aspx?ctl=MeetingCalendarListView"
THIS_MEETINGS_MINUTES = re.compile(r"((printed|draft|approved|signed|published) )?minutes\b", re.I)
EARLIER_MEETING = re.compile(r"previous|last meeting|held on|earlier", re.I)
CALENDAR_ADDRESS = re.compile(
    r"(?i)/Meetings(?:\.aspx|/tabid/)|/ViewMeetingPublic/|ctl=MeetingCalendar"
)
CMIS_ADDRESS = re.compile(r"(?i)cmis")
# Where a CMIS (DotNetNuke) site's root ends in an address: before its meetings pages,
# before a page with a tab id ("/Councillors/tabid/63/..."), else before the page name.
ROOT_ENDS = re.compile(r"(?i)/Meetings(?:\.aspx|/)|/[^/]+/tabid/|/[^/]*\.aspx")


class CMIS(System):
    name, label = "cmis", "CMIS"

    def by_address(self, url: str) -> str | None:
        parts = urlsplit(url)
        if "cmis" in parts.netloc.lower() or "/cmis" in parts.path.lower():
            return "its address names CMIS"
        return None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        """A link to the meetings pages first (it says where the site's root is, however
        deep the page is), else any address naming CMIS."""
        links = linked_addresses(page, url)
        for pattern in (CALENDAR_ADDRESS, CMIS_ADDRESS):
            for link in links:
                if pattern.search(link):
                    return self.base_of(link), f"the page links CMIS's {urlsplit(link).path}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        try:
            found = next(meeting_links(client, base), None)
        except FetchError:
            return None
        return "its meetings calendar links meeting pages" if found else None

    def base_of(self, url: str) -> str:
        """The site's root ("https://x.cmis.uk.com/x") from any of its pages. A page below
        another ("/x/Councillors/Current.aspx") cannot be told from a root two folders deep
        by its address: the probe refuses a wrong guess and the page's links decide."""
        return ROOT_ENDS.split(url, maxsplit=1)[0].rstrip("/")

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        calendar = site.url if "ctl=" in site.url else site.base  # a calendar given: that one
        for meeting_id, committee_id, page in meeting_links(site.client, calendar):
            yield Listed(f"meeting:{meeting_id}", data=(meeting_id, committee_id, page))

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        return meeting_document(site.client, site.council, *meeting.data)


def meeting_links(client: PoliteClient, base: str) -> Iterator[tuple[str, str, str]]:
    """(meeting id, committee id, page URL) of each meeting the calendar lists."""
    url = base if "ctl=" in base else f"{base.rstrip('/')}/{CALENDAR}"
    page = client.get(url)
    if page is None:
        return
    seen = set()
    for link in BeautifulSoup(page.content, "html.parser").find_all("a", href=True):
        match = MEETING_LINK.search(link["href"])
        if match and match["meeting"] not in seen:
            seen.add(match["meeting"])
            yield match["meeting"], match["committee"], urljoin(page.url, link["href"])


def meeting_document(
    client: PoliteClient, council: str, meeting_id: str, committee_id: str, url: str
) -> tuple[str, bytes, Sidecar] | None:
    """This meeting's minutes: the minutes document its page links, else the page itself
    when it carries the minutes, else None (not published yet)."""
    response = client.get(url)
    if response is None:
        return None
    if "html" not in response.content_type:
        raise FetchError(url, f"not a meeting page ({response.content_type or 'no type'})")
    soup = BeautifulSoup(response.content, "html.parser")
    meta = Sidecar(
        source_url=response.url, council=council, system="cmis",
        ids={"meeting": meeting_id, "committee": committee_id},
    )  # fmt: skip
    name = f"committee-{safe_name(committee_id)}/meeting-{safe_name(meeting_id)}"
    if link := minutes_link(soup, response.url):
        document = client.get_pdf(link)
        meta.source_url = document.url
        return f"{name}.pdf", document.content, meta
    if carries_minutes(soup):
        return f"{name}.html", response.content, meta
    return None


def minutes_link(soup: BeautifulSoup, page_url: str) -> str | None:
    """The link to this meeting's minutes document; links to the minutes of an earlier
    meeting (an agenda item approving them) are not it."""
    for link in soup.find_all("a", href=True):
        label = " ".join(link.get_text(" ").split())
        is_document = re.search(r"\.pdf$|document\.ashx|/document/", link["href"], re.I)
        if is_document and THIS_MEETINGS_MINUTES.match(label) and not EARLIER_MEETING.search(label):
            return urljoin(page_url, link["href"])
    return None


def carries_minutes(soup: BeautifulSoup) -> bool:
    """Whether the page itself shows the minutes (a heading saying so), not only the agenda."""
    for heading in soup.find_all(["h1", "h2", "h3", "h4", "caption", "legend"]):
        text = " ".join(heading.get_text(" ").split())
        if THIS_MEETINGS_MINUTES.match(text) or text.lower().startswith("meeting summary"):
            return True
    return False
