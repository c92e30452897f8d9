"""Anything else: a page that lists minutes (parish and town councils' own websites).

Links whose text or address says "minutes", to PDFs or pages on the same site, are
each saved with a sidecar naming the page they were listed on; the date is read
from the link's text or file name when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from search_app.harvest.fetch import FetchError, PoliteClient, check_pdf, needs_login
from search_app.harvest.store import SiteStore, safe_name
from search_app.harvest.system import Found, Listed, Site, System, council_from_title
from search_app.models import Sidecar

DOCUMENT_SUFFIXES = (".pdf", ".htm", ".html", ".txt")


class Listing(System):
    """A page of links to minutes: what is left when no committee system is recognised."""

    name, label = "listing", "a page listing minutes"

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        count = sum(1 for _ in minutes_links(page.encode("utf-8"), url))
        return (url, f"the page links {count} documents about minutes") if count else None

    def base_of(self, url: str) -> str:
        return url

    def council_of(self, client: PoliteClient, url: str, base: str, corpus: Path) -> str:
        """The council an earlier run named for this page, else the page's title."""
        known = SiteStore.listing_page(corpus, base)
        if known:
            return known.state.get("council") or known.folder.name
        page = client.get(base)
        return council_from_title(page.content, base) if page else urlsplit(base).netloc

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed]:
        """Each minutes link, unless the page has not changed since the last run (304)."""
        key = f"page:{site.url}"
        page = site.client.get(site.url, *site.store.validators(key))
        if page is None:
            return
        site.store.remember_page(key, site.council, page.etag, page.last_modified)
        for link, label in minutes_links(page.content, page.url):  # after redirects
            yield Listed(f"url:{link}", data=(link, label))

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        link, label = meeting.data
        return linked_document(site.client, site.council, site.url, link, label)


def minutes_links(page: bytes, page_url: str) -> Iterator[tuple[str, str]]:
    """(absolute URL, link text) of each link to minutes on the same site, once each."""
    soup = BeautifulSoup(page, "html.parser")
    host, seen = urlsplit(page_url).netloc, set()
    for link in soup.find_all("a", href=True):
        url = urljoin(page_url, link["href"]).split("#")[0]
        label = " ".join(link.get_text(" ").split())
        if urlsplit(url).netloc != host or url in seen or url == page_url or needs_login(url):
            continue
        if "minute" in f"{label} {url}".lower():
            seen.add(url)
            yield url, label


def linked_document(
    client: PoliteClient, council: str, page_url: str, url: str, label: str,
) -> tuple[str, bytes, Sidecar]:  # fmt: skip
    response = client.get(url)
    if response is None:
        raise FetchError(url, "not modified, but nothing is cached for it")
    is_pdf = url.lower().endswith(".pdf") or "pdf" in response.content_type.lower()
    if is_pdf:
        check_pdf(url, response.content)
    elif "html" not in response.content_type and "text" not in response.content_type:
        raise FetchError(url, f"neither a PDF nor a page ({response.content_type or 'no type'})")
    meta = Sidecar(
        source_url=response.url, council=council, system="listing", ids={"listed_on": page_url}
    )
    # The link's words name the file, so a date in them ("Minutes 6 December 2021") reaches
    # the parser, which reads dates from file names when the text has none.
    name = safe_name(label or urlsplit(url).path.rsplit("/", 1)[-1])
    if civic := re.search(r"_(\d{2})(\d{2})(\d{4})-(\d+)$", urlsplit(url).path):  # CivicPlus
        name = f"{civic[3]}-{civic[1]}-{civic[2]}-minutes-{civic[4]}"
    return f"{name}{'.pdf' if is_pdf else '.html'}", response.content, meta
