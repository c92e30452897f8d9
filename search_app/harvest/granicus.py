"""Granicus (US cities and counties, <tenant>.granicus.com): the video and document
archive its "view publisher" pages list.

GET /ViewPublisher.php?view_id=N is one server-rendered page holding a view's whole
archive (no paging): a row per meeting, its cells found by what they hold rather than
by position, which varies by tenant: the name (td[headers=Name]), the date ("Feb 17,
2026 - 05:25 PM", often after a hidden sort key) and links to AgendaViewer.php,
MinutesViewer.php and MediaPlayer.php (in an onclick), each carrying the meeting's
clip_id (an archived meeting; upcoming ones carry an event_id and no minutes). Bodies
are the headings of collapsible panels where a view has them, else the name less its
time, date and meeting type ("6:00 PM City Council Regular Meeting" is City Council).

MinutesViewer.php answers with the PDF, a redirect to it, a page linking the PDF
labelled minutes, or the minutes as HTML; which one is per tenant, so the answer
decides. A row may offer several minutes documents in a select: the one labelled
minutes, never a recap or a draft. A row with no minutes link awaits its minutes.

Many tenants' robots.txt forbids every crawler but a few search engines; the client
obeys it, so such a tenant is named in the report as refused, not harvested.

Each fact and its source: docs/systems/granicus.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from search_app.harvest.fetch import FetchError, PoliteClient, check_pdf
from search_app.harvest.system import (
    Found,
    Listed,
    Site,
    System,
    held_meeting,
    linked_addresses,
    site_name,
)

HOST = re.compile(r"(?i)(^|\.)granicus\.com$")
PAGES = re.compile(
    r"(?i)/(?:ViewPublisher|MinutesViewer|AgendaViewer|GeneratedAgendaViewer|MediaPlayer|"
    r"MetaViewer)\.php$"
)
LISTING = "ViewPublisher.php"
VIEWS_TRIED = range(1, 6)  # view ids asked when an address names none and none is linked
ROW_LINK = re.compile(r"(?i)(?:AgendaViewer|MinutesViewer|MediaPlayer)\.php|/player/clip/")
MINUTES_VIEWER = re.compile(r"(?i)MinutesViewer\.php")
NOT_FULL_MINUTES = re.compile(r"(?i)\b(?:recap|draft|agenda)\b")
MINUTES_WORD = re.compile(r"(?i)\bminutes\b")
MIN_TEXT = 200  # characters: less is a stub page, not minutes
MAX_NAME = 300  # characters of a meeting's name read: a real one is far shorter
MONTH_DATE = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
# What a meeting's name adds to its body's: a time or date before it, a kind after it.
LEADING = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\s*",
                     re.IGNORECASE)  # fmt: skip
KINDS = (r"(?:regular|special|adjourned|joint|annual|emergency|closed|study|budget|work|"
         r"organi[sz]ational|reconvened)")  # fmt: skip
MEETING_KIND = re.compile(rf"(?i)\s+(?:{KINDS}\s+)*(?:meeting|session|workshop)s?\b.*$")
KIND_FIRST = re.compile(rf"(?i)^(?:{KINDS}\s+)+(?=\S)")


@dataclass
class Row:
    """One meeting of a view's archive."""

    key: str  # "clip:123", "event:45"
    name: str  # the meeting's name as listed
    body: str
    held: date | None
    minutes: str | None  # the MinutesViewer address, when the row has one


class Granicus(System):
    name, label = "granicus", "Granicus"

    def by_address(self, url: str) -> str | None:
        parts = urlsplit(url)
        if HOST.search(parts.netloc.split(":")[0]):
            return f"its host ({parts.netloc}) is Granicus's"
        if PAGES.search(parts.path):
            return f"its page ({parts.path.rsplit('/', 1)[-1]}) is Granicus's"
        return None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            parts = urlsplit(link)
            if PAGES.search(parts.path):
                return self.base_of(link), f"the page links Granicus's {parts.netloc}{parts.path}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        for url in views(client, base):
            try:
                rows = archive_rows(client, url)
            except FetchError:
                continue
            if rows:
                return f"its archive ({url}) lists {len(rows)} meetings"
        return None

    def base_of(self, url: str) -> str:
        """The view's listing when the address names a view (a listing, a meeting's page),
        else the host: its views are looked for when harvested."""
        parts = urlsplit(url)
        view = parse_qs(parts.query).get("view_id", [""])[0]
        root = f"{parts.scheme}://{parts.netloc}"
        return f"{root}/{LISTING}?view_id={view}" if view.isdigit() else root

    def council_of(self, client: PoliteClient, url: str, base: str, corpus: Path) -> str:
        return site_name(client, [*views(client, base, probe=False)[:1], url])

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed | FetchError]:
        seen: set[str] = set()
        for url in views(site.client, site.base):
            try:
                rows = archive_rows(site.client, url)
            except FetchError as error:
                if "view_id=" in site.base:
                    yield error
                continue
            for row in rows:
                if row.key in seen or (row.held and not since <= row.held <= until):
                    continue
                seen.add(row.key)
                yield Listed(row.key, row.body, row.held, row)

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        row: Row = meeting.data
        if row.minutes is None:
            return None
        suffix, content, source = minutes_document(site.client, row.minutes)
        name, meta = held_meeting(site.council, row.body, row.held, "", "granicus",
                                  row.key.split(":", 1)[1])  # fmt: skip
        meta.source_url = source
        return f"{name}{suffix}", content, meta


def views(client: PoliteClient, base: str, probe: bool = True) -> list[str]:
    """The listings to read: the base's own view, else those the host's front page links,
    else (when `probe`) the first few view ids, as a tenant's views are small numbers."""
    if "view_id=" in base:
        return [base]
    linked = []
    try:
        page = client.get(base + "/")
    except FetchError:
        page = None
    if page is not None:
        text = page.content.decode("utf-8", "replace")
        linked = [link for link in linked_addresses(text, page.url)
                  if urlsplit(link).path.lower().endswith(f"/{LISTING.lower()}")
                  and urlsplit(link).netloc == urlsplit(base).netloc]  # fmt: skip
    if linked or not probe:
        return list(dict.fromkeys(linked))
    return [f"{base}/{LISTING}?view_id={n}" for n in VIEWS_TRIED]


def archive_rows(client: PoliteClient, url: str) -> list[Row]:
    page = client.get(url)
    if page is None or "html" not in page.content_type:
        raise FetchError(url, "not the archive page Granicus sends (an error page?)")
    return list(rows_of(page.content, page.url))


def rows_of(page: bytes, url: str) -> Iterator[Row]:
    """Each meeting row of a view's page: any table row linking an agenda, minutes or
    video viewer, however the tenant lays its cells out."""
    soup = BeautifulSoup(page, "html.parser")
    for hidden in soup.select('[style*="display:none"], [style*="display: none"]'):
        hidden.decompose()  # the sort keys before dates: epoch seconds, not words
    for row in soup.find_all("tr"):
        if row.find("table"):  # a row holding a table of rows is layout, not a meeting
            continue
        addresses = row_addresses(row, url)
        if not any(ROW_LINK.search(a) for a in addresses):
            continue
        key = meeting_key(addresses)
        if key is None:
            continue
        name = name_of(row)
        yield Row(key, name, body_of(row, name), date_of(row), minutes_link(row, url))


def row_addresses(row: Tag, url: str) -> list[str]:
    """Every address a row links: hrefs, option values and window.open() in onclicks."""
    found = [tag.get("href") for tag in row.find_all("a")] + [
        tag.get("value") for tag in row.find_all("option")
    ]
    for tag in row.find_all(onclick=True):
        found += re.findall(r"""['"]([^'"]+\.php\?[^'"]*)['"]""", tag["onclick"])
    return [joined for a in found if isinstance(a, str) and (joined := joined_to(url, a))]


def joined_to(url: str, address: str) -> str | None:
    """`address` made absolute, if it is on the archive's own host; None for another host
    or an address no client could use ("http://[x/")."""
    try:
        joined = urljoin(url, address.strip())
        same = urlsplit(joined).netloc == urlsplit(url).netloc
    except ValueError:
        return None
    return joined if address.strip() and same else None


def meeting_key(addresses: list[str]) -> str | None:
    """The archived meeting's clip id, else an upcoming one's event id."""
    for kind in ("clip", "event"):
        for address in addresses:
            if match := re.search(rf"[?&](?:\w+_)?{kind}_id=(\d+)", address):
                return f"{kind}:{match[1]}"
    return None


def name_of(row: Tag) -> str:
    """The meeting's name: the cell headed Name, else the first cell of words that is
    neither a date nor a link."""
    cell = row.find("td", attrs={"headers": re.compile(r"^Name\b")})
    if cell is None:
        cell = next((td for td in row.find_all(["td", "th"])
                     if td.get_text(strip=True) and not td.find("a")
                     and not day_in(td.get_text(" ", strip=True))), None)  # fmt: skip
    return " ".join(cell.get_text(" ").split())[:MAX_NAME] if cell else ""


def body_of(row: Tag, name: str) -> str:
    """The body: its panel's heading, else its meeting's name without time, date or kind."""
    panel = row.find_parent("div", class_="CollapsiblePanel")
    heading = panel.find(class_="CollapsiblePanelTab") if panel else None
    if heading and heading.get_text(strip=True):
        return " ".join(heading.get_text(" ").split())
    return body_from_name(name)


def body_from_name(name: str) -> str:
    """ "1:00 PM City Council (Closed Session) (Special Meeting)" names City Council."""
    name = name[:MAX_NAME]
    text = re.sub(r"\([^)]*\)", " ", name)
    while match := LEADING.match(text):
        text = text[match.end() :]
    text = re.split(r"\s+[-\u2013|]\s+|,", text)[0]
    text = MEETING_KIND.sub("", " ".join(text.split())).strip(" -:")
    text = KIND_FIRST.sub("", text)
    if re.fullmatch(KINDS, text, re.IGNORECASE):
        text = ""
    return text or name.strip() or "Meeting"


def date_of(row: Tag) -> date | None:
    """The meeting's day: the cell headed Date, else the first cell holding a date."""
    cell = row.find("td", attrs={"headers": re.compile(r"^Date\b")})
    cells = [cell] if cell else row.find_all("td")
    return next((d for td in cells if (d := day_in(td.get_text(" ", strip=True)))), None)


def day_in(text: str) -> date | None:
    """ "Feb 17, 2026 - 05:25 PM", "Tuesday, December 3, 2024", "12/03/2024" (US order)."""
    text = text.replace("\xa0", " ")
    if match := MONTH_DATE.search(text):
        for form in ("%b %d %Y", "%B %d %Y"):
            try:
                return datetime.strptime(f"{match[1][:9]} {match[2]} {match[3]}", form).date()
            except ValueError:
                continue
    if match := NUMERIC_DATE.search(text):
        try:
            return date(int(match[3]), int(match[1]), int(match[2]))
        except ValueError:
            return None
    return None


def minutes_link(row: Tag, url: str) -> str | None:
    """The row's minutes: a MinutesViewer link, or of a row's choice of documents the one
    labelled minutes (not a recap or a draft)."""
    choices = [(tag.get_text(" ", strip=True), tag.get("value")) for tag in row.find_all("option")]
    choices += [(tag.get_text(" ", strip=True), tag.get("href")) for tag in row.find_all("a")]
    viewers = [(label, link) for label, target in choices
               if isinstance(target, str) and MINUTES_VIEWER.search(target)
               and (link := joined_to(url, target))]  # fmt: skip
    full = [link for label, link in viewers if not NOT_FULL_MINUTES.search(label)]
    return full[0] if full else None  # only an agenda or a draft: the minutes are to come


def minutes_document(client: PoliteClient, url: str) -> tuple[str, bytes, str]:
    """(suffix, content, source address) of what a MinutesViewer address gives: the PDF
    (sent or redirected to), the PDF a page links as the minutes, else the page itself
    when it holds the minutes' text."""
    response = client.get(url)
    if response is None:
        raise FetchError(url, "not modified, but nothing is cached for it")
    if response.content.startswith(b"%PDF") or "pdf" in response.content_type.lower():
        check_pdf(url, response.content)
        return ".pdf", response.content, url
    if "html" not in response.content_type:
        raise FetchError(url, f"neither a PDF nor a page ({response.content_type or 'no type'})")
    soup = BeautifulSoup(response.content, "html.parser")
    for link in soup.find_all("a", href=True):
        label = link.get_text(" ", strip=True)
        linked = joined_to(response.url, link["href"]) if isinstance(link["href"], str) else None
        if linked and MINUTES_WORD.search(label) and not NOT_FULL_MINUTES.search(label):
            pdf = client.get_pdf(linked)
            return ".pdf", pdf.content, pdf.url
    if len(soup.get_text(" ", strip=True)) < MIN_TEXT:
        raise FetchError(url, "a stub page, not the minutes (too little text)")
    return ".html", response.content, url
