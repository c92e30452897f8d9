"""PrimeGov (US cities, <city>.primegov.com): the public portal's JSON API.

GET /api/committee/GetCommitteeesListByShowInPublicPortal names the bodies (the
vendor's spelling); GET /api/v2/PublicPortal/ListArchivedMeetings?year=YYYY lists a
year's past meetings of every body, each with `id`, `committeeId`, `title` (the
meeting's own, often "City Council Regular Meeting"), `dateTime` (local ISO) and
`documentList` (templateId, templateName, compileOutputType 1 = PDF, 3 = HTML,
publishStatus 1 = published). Minutes are the published documents whose template is
named for minutes (template names are each city's own: "Minutes", "HTML Minutes",
"Journal"): the PDF from /Public/CompiledDocument?meetingTemplateId=..., which
redirects to a short-lived storage address (the stable address is the one kept), else
the HTML from /Portal/Meeting?meetingTemplateId=....

Learned from public scrapers' code (City-Bureau city-scrapers-ca, cdp-scrapers,
biglocalnews/civic-scraper and city projects reading the portal's API); each fact and its
source in docs/systems/primegov.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import urlsplit

from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.system import Found, Listed, Site, System, held_meeting, linked_addresses

HOST = re.compile(r"(?i)(^|\.)primegov\.com$")
COMMITTEES = "api/committee/GetCommitteeesListByShowInPublicPortal"
ARCHIVED = "api/v2/PublicPortal/ListArchivedMeetings"
MINUTES = re.compile(r"(?i)\bminutes\b|\bjournal\b")
NOT_MINUTES = re.compile(r"(?i)agenda|packet|materials|cancell?ation")
PDF, HTML = 1, 3  # compileOutputType


class PrimeGov(System):
    name, label = "primegov", "PrimeGov"

    def by_address(self, url: str) -> str | None:
        host = urlsplit(url).netloc.split(":")[0]
        return f"its host ({host}) is PrimeGov's" if HOST.search(host) else None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            parts = urlsplit(link)
            if HOST.search(parts.netloc.split(":")[0]) or parts.path.lower() == "/public/portal":
                return self.base_of(link), f"the page links PrimeGov's {parts.netloc}{parts.path}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        try:
            bodies = committees(client, base)
        except FetchError:
            return None
        return f"its portal's API lists {len(bodies)} bodies"

    def base_of(self, url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        bodies = committees(site.client, site.base)
        seen = set()
        for year in range(since.year, until.year + 1):
            for meeting in archived(site.client, site.base, year):
                when = held(meeting)
                if meeting["id"] in seen or (when and not since <= when.date() <= until):
                    continue
                seen.add(meeting["id"])
                body_id = meeting.get("committeeId")
                named = bodies.get(body_id) if isinstance(body_id, int | str) else None
                body = named or str(meeting.get("title") or "")
                yield Listed(f"meeting:{meeting['id']}", body, when.date() if when else None,
                             meeting)  # fmt: skip

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        return meeting_document(site.client, site.base, site.council, meeting)


def committees(client: PoliteClient, base: str) -> dict[int, str]:
    """Each body's id and name."""
    url = f"{base}/{COMMITTEES}"
    found = client.get_json(url)
    if not isinstance(found, list):
        raise FetchError(url, "the portal's API did not answer with a list of bodies")
    return {c["id"]: str(c.get("name") or "") for c in found
            if isinstance(c, dict) and isinstance(c.get("id"), int | str)}  # fmt: skip


def archived(client: PoliteClient, base: str, year: int) -> list[dict]:
    """A year's past meetings of every body (a bare list; some portals wrap it in "data")."""
    url = f"{base}/{ARCHIVED}?year={year}"
    found = client.get_json(url)
    if isinstance(found, dict):
        found = found.get("data")
    if not isinstance(found, list):
        raise FetchError(url, "the portal's API did not answer with a list of meetings")
    return [m for m in found if isinstance(m, dict) and isinstance(m.get("id"), int | str)]


def held(meeting: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(str(meeting.get("dateTime") or "")[:19])
    except ValueError:
        return None


def minutes_documents(meeting: dict) -> dict[int, int]:
    """The published minutes by output type (PDF, HTML): their template ids."""
    found = {}
    for document in meeting.get("documentList") or []:
        if not isinstance(document, dict) or document.get("publishStatus", 1) != 1:
            continue
        name = str(document.get("templateName") or "")
        if MINUTES.search(name) and not NOT_MINUTES.search(name) and document.get("templateId"):
            found.setdefault(document.get("compileOutputType"), int(document["templateId"]))
    return found


def meeting_document(client: PoliteClient, base: str, council: str, listed: Listed) -> Found | None:
    """The meeting's minutes: the PDF, else the HTML rendition; None while unpublished."""
    meeting, when = listed.data, held(listed.data)
    documents = minutes_documents(meeting)
    if not documents:
        return None
    committee = listed.committee or "Meeting"
    name, meta = held_meeting(council, committee, when, str(meeting.get("location") or ""),
                              "primegov", str(meeting["id"]))  # fmt: skip
    if PDF in documents:
        url = (
            f"{base}/Public/CompiledDocument?meetingTemplateId={documents[PDF]}&compileOutputType=1"
        )
        response = client.get_pdf(url)
        meta.source_url = url  # the storage address it redirects to expires
        return f"{name}.pdf", response.content, meta
    template = documents.get(HTML) or next(iter(documents.values()))
    url = f"{base}/Portal/Meeting?meetingTemplateId={template}"
    response = client.get(url)
    if response is None or "html" not in response.content_type:
        raise FetchError(url, "not the minutes page the portal sends (an error page?)")
    meta.source_url = url
    return f"{name}.html", response.content, meta
