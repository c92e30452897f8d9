"""CivicPlus AgendaCenter (many US towns and counties): its search page as a listing.

The AgendaCenter's search, for every category from a date to today, lists each
meeting's minutes as /AgendaCenter/ViewFile/Minutes/_MMDDYYYY-ID links; they are read
as a listing page's links are, and the date in the link names the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from search_app.harvest.fetch import PoliteClient
from search_app.harvest.listing import linked_document, minutes_links
from search_app.harvest.system import (
    Found,
    Listed,
    Site,
    System,
    council_from_title,
    linked_addresses,
)

AGENDA_CENTER = re.compile(r"(?i)/AgendaCenter\b")


class CivicPlus(System):
    name, label = "civicplus", "CivicPlus AgendaCenter"

    def by_address(self, url: str) -> str | None:
        if AGENDA_CENTER.search(urlsplit(url).path):
            return "its address is an AgendaCenter page"
        return None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            if AGENDA_CENTER.search(urlsplit(link).path) and same_site(link, url):
                return self.base_of(link), "the page links its AgendaCenter"
        return None

    def base_of(self, url: str) -> str:
        return re.sub(r"(?i)/AgendaCenter.*$", "", url.rstrip("/"))

    def council_of(self, client: PoliteClient, url: str, base: str, corpus: Path) -> str:
        """From the AgendaCenter's title ("Agenda Center - Brookfield Township Board")."""
        page = client.get(search_url(base, date.today()))
        return council_from_title(page.content, base) if page else urlsplit(base).netloc

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        page = site.client.get(search_url(site.base, since, until))
        for link, label in minutes_links(page.content, page.url) if page else ():
            yield Listed(f"url:{link}", data=(link, label))

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        link, label = meeting.data
        listed_on = search_url(site.base, date.today())
        return linked_document(site.client, site.council, listed_on, link, label)


def search_url(root: str, since: date, until: date | None = None) -> str:
    """The AgendaCenter's search for every category from `since` to `until` (today)."""
    until = until or date.today()
    return (
        f"{root}/AgendaCenter/Search/?term=&CIDs=all"
        f"&startDate={since:%m/%d/%Y}&endDate={until:%m/%d/%Y}"
    )


def same_site(link: str, url: str) -> bool:
    return urlsplit(link).netloc == urlsplit(url).netloc
