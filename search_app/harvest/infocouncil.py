"""InfoCouncil (Australian and New Zealand councils, <council>.infocouncil.biz): its
business-papers index.

GET /?year=YYYY lists a year's meetings in one table (table#grdMenu): each row's date
("21 Dec 2020" in td.bpsGridDate), meeting name (td.bpsGridCommittee, the body, with a
venue sometimes after it) and its papers by column. The minutes are the links in the
row's own minutes cell (td.bpsGridMinutes: agenda and minutes links share their
classes, so only the cell tells them apart): the PDF, else the HTML, which is a frameset
whose frame named "Paper" holds the minutes. A row with an empty minutes cell awaits
them. Some sites ignore ?year=, so each row's own date decides.

Each fact and its source: docs/systems/infocouncil.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.store import safe_name
from search_app.harvest.system import Found, Listed, Site, System, held_meeting, linked_addresses

HOST = re.compile(r"(?i)(^|\.)infocouncil\.biz$|^infocouncil\.")
MARKERS = re.compile(r"(?i)<meta[^>]+content=[\"']?infocouncil|bpsGridMenu|bpsGridCommittee")


class InfoCouncil(System):
    name, label = "infocouncil", "InfoCouncil"

    def by_address(self, url: str) -> str | None:
        host = urlsplit(url).netloc.split(":")[0]
        return f"its host ({host}) is InfoCouncil's" if HOST.search(host) else None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        if MARKERS.search(page):
            return self.base_of(url), "the page is InfoCouncil's business-papers index"
        for link in linked_addresses(page, url):
            if HOST.search(urlsplit(link).netloc.split(":")[0]):
                return self.base_of(link), f"the page links {urlsplit(link).netloc}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        try:
            page = client.get(f"{base}/")
        except FetchError:
            return None
        found = page is not None and MARKERS.search(page.content.decode("utf-8", "replace"))
        return "its index is InfoCouncil's meeting table" if found else None

    def base_of(self, url: str) -> str:
        """The index's folder: "https://x.infocouncil.biz" from any page or paper of it."""
        parts = urlsplit(url)
        path = re.sub(r"(?i)/(?:Open/.*|RedirectToDoc\.aspx.*|[^/]*\.aspx)$", "", parts.path)
        return f"{parts.scheme}://{parts.netloc}{path.rstrip('/')}"

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        seen = set()
        for year in range(since.year, until.year + 1):
            page = site.client.get(f"{site.base}/?year={year}")
            for row in rows(page.content, page.url) if page else []:
                held, committee, minutes = row
                key = f"meeting:{held.isoformat()}:{safe_name(committee)}"
                if key in seen or not since <= held <= until:
                    continue
                seen.add(key)
                yield Listed(key, committee, held, minutes)

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        links: list[str] = meeting.data
        if not links:
            return None
        stem = safe_name(urlsplit(links[0]).path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        name, meta = held_meeting(site.council, meeting.committee, meeting.date, "",
                                  "infocouncil", stem)  # fmt: skip
        pdf = next((link for link in links if is_pdf(link)), None)
        if pdf:
            response = site.client.get_pdf(pdf)
            meta.source_url = pdf
            return f"{name}.pdf", response.content, meta
        paper = paper_frame(site.client, links[0])
        meta.source_url = links[0]
        return f"{name}.html", paper, meta


def rows(page: bytes, url: str) -> Iterator[tuple[date, str, list[str]]]:
    """(date, body, minutes links) of each meeting row of the index's table."""
    for row in BeautifulSoup(page, "html.parser").select("table#grdMenu tr"):
        held = row_date(row.select_one("td.bpsGridDate"))
        cell = row.select_one("td.bpsGridCommittee")
        if held is None or cell is None:
            continue
        committee = next((s.strip() for s in cell.strings if s.strip()), "")
        minutes = row.select_one("td.bpsGridMinutes")
        links = (
            [urljoin(url, a["href"]) for a in minutes.find_all("a", href=True)] if minutes else []
        )
        yield held, committee or "Meeting", links


def row_date(cell: Tag | None) -> date | None:
    """ "21 Dec 2020", before any time or venue the cell adds."""
    if cell is None:
        return None
    first = next((s.strip() for s in cell.strings if s.strip()), "")
    try:
        return datetime.strptime(first[:11].strip(), "%d %b %Y").date()
    except ValueError:
        return None


def is_pdf(link: str) -> bool:
    return urlsplit(link).path.lower().endswith(".pdf") or link.lower().endswith(".pdf")


def paper_frame(client: PoliteClient, url: str) -> bytes:
    """The minutes of an HTML link: the frame named "Paper" of its frameset, or the page
    itself when it is not one."""
    response = client.get(url)
    if response is None or "html" not in response.content_type:
        raise FetchError(url, "not the minutes page InfoCouncil sends (an error page?)")
    frame = BeautifulSoup(response.content, "html.parser").find("frame", attrs={"name": "Paper"})
    if frame is None or not frame.get("src"):
        return response.content
    paper_url = urljoin(response.url, frame["src"])
    paper = client.get(paper_url)
    if paper is None or "html" not in paper.content_type:
        raise FetchError(paper_url, "not the minutes page InfoCouncil sends (an error page?)")
    return paper.content
