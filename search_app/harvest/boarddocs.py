"""BoardDocs (US school boards, go.boarddocs.com/<state>/<district>/Board.nsf): the calls
its public pages make by script.

GET …/Board.nsf/Public names the committees (a.committee-trigger[committeeid], or the
options of select[name=committeeid]) and, in #SiteTitle2, the district. For each
committee, POST BD-GetMeetingsList?open (form: current_committee_id) answers JSON: a
list of meetings with `unique` (the meeting's id), `name` (its own title, such as
"Regular Board Meeting": the body is the committee) and `numberdate` (YYYYMMDD).
POST BD-GetMinutes?open (form: id, current_committee_id) answers the minutes as an
HTML fragment, empty or a blank shell until they are approved: such a meeting awaits
its minutes. The fragment has no address of its own; the meeting's public page
(goto?open&id=…) is the source named.

Only the public site is read: a /Private site needs a login, and files attached inside
the minutes are not followed. BoardDocs' robots.txt and its CDN may refuse harvesters;
the client obeys the first and names the second (HTTP 403) rather than pretend to be
a browser.

Each fact and its source: docs/systems/boarddocs.md.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from search_app.harvest.fetch import FetchError, PoliteClient, parsed_json
from search_app.harvest.system import (
    Found,
    Listed,
    Site,
    System,
    held_meeting,
    linked_addresses,
    site_name,
)

HOST = re.compile(r"(?i)(^|\.)boarddocs\.com$")
BOARD = re.compile(r"(?i)^(.*?/Board\.nsf)(?:/|$)")
MIN_TEXT = 100  # characters of visible text: less is the blank shell of unpublished minutes


class BoardDocs(System):
    name, label = "boarddocs", "BoardDocs"

    def by_address(self, url: str) -> str | None:
        parts = urlsplit(url)
        if HOST.search(parts.netloc.split(":")[0]):
            return f"its host ({parts.netloc}) is BoardDocs'"
        if BOARD.match(parts.path):
            return "its address is a BoardDocs Board.nsf"
        return None

    def in_page(self, page: str, url: str) -> tuple[str, str] | None:
        for link in linked_addresses(page, url):
            parts = urlsplit(link)
            if HOST.search(parts.netloc.split(":")[0]) or BOARD.match(parts.path):
                return self.base_of(link), f"the page links BoardDocs' {parts.netloc}{parts.path}"
        return None

    def probe(self, client: PoliteClient, base: str) -> str | None:
        try:
            found = committees(client, base)
        except FetchError:
            return None
        return f"its public page lists {len(found)} committees" if found else None

    def base_of(self, url: str) -> str:
        """The board's Board.nsf, from any of its pages (Public, goto, vpublic, a call)."""
        parts = urlsplit(url)
        match = BOARD.match(parts.path)
        path = match[1] if match else parts.path.rstrip("/") + "/Board.nsf"
        return f"{parts.scheme}://{parts.netloc}{path}"

    def council_of(self, client: PoliteClient, url: str, base: str, corpus: Path) -> str:
        """The district's name as its public page titles it (#SiteTitle2)."""
        try:
            page = client.get(f"{base}/Public")
        except FetchError:
            page = None
        title = (BeautifulSoup(page.content, "html.parser").find(id="SiteTitle2")
                 if page else None)  # fmt: skip
        named = " ".join(title.get_text(" ").split()) if title else ""
        return named or site_name(client, [f"{base}/Public", url])

    def meetings(self, site: Site, since: date, until: date) -> Iterator[Listed | FetchError]:
        for committee_id, committee in committees(site.client, site.base).items():
            try:
                listed = meeting_list(site.client, site.base, committee_id)
            except FetchError as error:
                yield error
                continue
            for meeting in listed:
                held = day_of(meeting)
                if held and not since <= held <= until:
                    continue
                yield Listed(f"meeting:{meeting['unique']}", committee, held,
                             (committee_id, meeting))  # fmt: skip

    def minutes(self, site: Site, meeting: Listed) -> Found | None:
        committee_id, listed = meeting.data
        unique = str(listed["unique"])
        url = f"{site.base}/BD-GetMinutes?open"
        fields = {"id": unique, "current_committee_id": committee_id}
        fragment = site.client.post_form(url, fields).content
        if len(BeautifulSoup(fragment, "html.parser").get_text(" ", strip=True)) < MIN_TEXT:
            return None
        name, meta = held_meeting(site.council, meeting.committee, meeting.date, "",
                                  "boarddocs", unique)  # fmt: skip
        meta.source_url = f"{site.base}/goto?open&id={unique}"
        title = f"Minutes - {meeting.committee} - {listed.get('name') or ''} - {meta.date or ''}"
        body = fragment.decode("utf-8", "replace")
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
                f"</title></head><body>{body}</body></html>")  # fmt: skip
        return f"{name}.html", page.encode("utf-8"), meta


def committees(client: PoliteClient, base: str) -> dict[str, str]:
    """Each committee's id and name, as the public page offers them."""
    url = f"{base}/Public"
    page = client.get(url)
    if page is None or "html" not in page.content_type:
        raise FetchError(url, "not the public page BoardDocs sends (an error page?)")
    soup = BeautifulSoup(page.content, "html.parser")
    found = {}
    offered = [(tag["committeeid"], tag.get("aria-label") or tag.get_text(" "))
               for tag in soup.select("a.committee-trigger[committeeid]")]  # fmt: skip
    offered += [(tag["value"], tag.get_text(" "))
                for tag in soup.select("select[name=committeeid] option[value]")]  # fmt: skip
    for committee_id, label in offered:
        if str(committee_id).strip():
            found.setdefault(str(committee_id).strip(), " ".join(str(label).split()))
    return {key: label or "Board" for key, label in found.items()}


def meeting_list(client: PoliteClient, base: str, committee_id: str) -> list[dict]:
    url = f"{base}/BD-GetMeetingsList?open"
    answer = parsed_json(url, client.post_form(url, {"current_committee_id": committee_id}).content)
    if not isinstance(answer, list):
        raise FetchError(url, "the meetings list is not a list")
    return [m for m in answer if isinstance(m, dict) and isinstance(m.get("unique"), str)
            and m["unique"].strip()]  # fmt: skip


def day_of(meeting: dict) -> date | None:
    try:
        return datetime.strptime(str(meeting.get("numberdate") or ""), "%Y%m%d").date()
    except ValueError:
        return None
