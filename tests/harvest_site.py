"""A small invented council on a real HTTP server on loopback, for the harvesting tests.

It serves a ModernGov web service (two committees, a dozen meetings), a Legistar API
and a parish council's listing page of PDFs (written with a real PDF writer), and can
misbehave on demand: `site.faults[path] = ["500", "429:1", ...]` answers the next
requests for that path badly, one fault per request, then normally again.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import socket
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

from tests.pdf_writer import write_minutes_pdf

COUNCIL = "Anytown Borough Council"
COMMITTEES = {"101": "Cabinet", "102": "Planning Committee"}
TODAY = date.today()
# Where councils install ModernGov (its web service answers under each): the site's root,
# or a folder of the council's own site.
MODERNGOV_FOLDERS = ("", "/moderngov", "/Committees", "/democracy")
BOARDDOCS = "/ga/exampleco/Board.nsf"  # a district's BoardDocs, as on go.boarddocs.com
ESCRIBE = {  # eScribe meeting ids are GUIDs
    "safety": "3f1c2a10-0000-4000-8000-000000000001",
    "council": "3f1c2a10-0000-4000-8000-000000000002",
    "late": "3f1c2a10-0000-4000-8000-000000000003",
    "future": "3f1c2a10-0000-4000-8000-000000000004",
}


def meeting_dates() -> dict[str, tuple[str, date]]:
    """Meeting id -> (committee id, date): six a committee, a month apart, the last one future."""
    meetings = {}
    for offset, committee in enumerate(COMMITTEES):
        for n in range(6):
            when = TODAY - timedelta(days=30 * (5 - n) + 3 + offset) + timedelta(days=40 * (n == 5))
            meetings[f"{committee}{n}"] = (committee, when)
    return meetings


class Site:
    def __init__(self, folder: Path) -> None:
        self.meetings = meeting_dates()
        # Minutes appear some weeks after a meeting: the most recent past ones have none yet.
        self.published = {m for m, (_, when) in self.meetings.items() if (TODAY - when).days > 40}
        self.faults: dict[str, list[str]] = {}
        self.requests: list[tuple[float, str, dict]] = []
        self.robots = "User-agent: *\nDisallow: /private/\n"
        self.listing_etag: str | None = None  # set to serve the listing page conditionally
        self.last_headers: dict = {}
        self.queries: dict[str, dict] = {}  # path -> the query it was last asked with
        self.pages: dict[str, str] = {}  # path -> the body of a page added by a test
        self.moderngov_folders = set(MODERNGOV_FOLDERS)  # where its web service answers
        self.cmis_roots = {"/cmis"}  # where a CMIS site is installed
        self.escribe_late_published = False  # the last eScribe meeting's minutes are out
        self.flight_lock = threading.Lock()
        self.flying = self.most_at_once = 0
        self.primegov_late_published = False  # ... and the last PrimeGov meeting's
        self.civicclerk_late_published = False  # ... and the CivicClerk workshop's
        self.infocouncil_late_published = False  # ... and the InfoCouncil committee's
        self.civicclerk_next: str | None = None  # a next-page link to send instead of ours
        self.granicus_late_published = False  # ... and the Granicus commission's last
        self.boarddocs_late_published = False  # ... and the BoardDocs budget hearing's
        self.pdfs = {
            "/parish/minutes-6-december-2021.pdf": pdf_of(folder, "Parish Council", "Monday 6 December 2021", "Village Hall Roof"),
            "/parish/minutes-10-january-2022.pdf": pdf_of(folder, "Parish Council", "Monday 10 January 2022", "Speed Watch"),
            "/files/event-7001.pdf": pdf_of(folder, "City Council", "Tuesday 5 March 2024", "Snow Removal Contract"),
            "/files/printed-1013.pdf": pdf_of(folder, "Planning Committee", "Friday 1 March 2024", "Printed Minutes Item"),
        }  # fmt: skip

    @contextlib.contextmanager
    def in_flight(self):
        """Counts requests being answered at once: a polite harvester never has two."""
        with self.flight_lock:
            self.flying += 1
            self.most_at_once = max(self.most_at_once, self.flying)
        try:
            yield
        finally:
            with self.flight_lock:
                self.flying -= 1

    def count(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)

    def last_query(self, path: str) -> dict:
        return self.queries[path]

    def times(self, path: str) -> list[float]:
        return [t for t, p, _ in self.requests if p == path]

    # ---- what each address answers: (status, headers, body) ----

    def answer(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, self.robots.encode()
        if path in self.pages:
            return page(self.pages[path])
        if path == "/":
            return page(f"<title>Home - {COUNCIL}</title><p>Welcome</p>")
        if path.rsplit("/mgWebService.asmx/", 1)[0] in self.moderngov_folders and "/mgWeb" in path:
            return self.web_service(path.rsplit("/", 1)[-1], query)
        if path.startswith("/v1/anytown/events"):
            return self.legistar_events(query)
        if path == "/parish/minutes.html":
            if self.listing_etag and self.last_headers.get("If-None-Match") == self.listing_etag:
                return 304, {"ETag": self.listing_etag}, b""
            answer = page(
                "<title>Minutes - Lowfield Parish Council</title>"
                '<a href="minutes-6-december-2021.pdf">Minutes 6 December 2021</a>'
                '<a href="minutes-10-january-2022.pdf">Minutes 10 January 2022</a>'
                '<a href="/private/minutes-secret.pdf">Draft minutes</a>'
                '<a href="/members/minutes-closed-session.pdf">Minutes (closed session)</a>'
                '<a href="/members/minutes-working-group.pdf">Minutes (working group)</a>'
                '<a href="/Account/Login.aspx?ReturnUrl=%2fminutes">Members: minutes</a>'
                '<a href="newsletter.pdf">Newsletter</a>'
                '<a href="minutes-archive.zip">Minutes archive</a>'
            )
            if self.listing_etag:
                answer[1]["ETag"] = self.listing_etag
            return answer
        if path == "/members/minutes-closed-session.pdf":  # members only: to the login page
            return 302, {"Location": "/Account/Login.aspx?ReturnUrl=%2fmembers%2fminutes"}, b""
        if path == "/members/minutes-working-group.pdf":
            return 401, {"WWW-Authenticate": 'Basic realm="Members"'}, b"Login required"
        if path == "/Account/Login.aspx":
            return page("<title>Log in</title><form><input name='user'></form>")
        if path == "/parish/minutes-archive.zip":
            return 200, {"Content-Type": "application/zip"}, b"PK\x03\x04 not minutes"
        in_folder = next(
            (path[len(f) :] for f in self.moderngov_folders if f and path.startswith(f)), ""
        )
        if path in self.pdfs or in_folder in self.pdfs:  # a printed minutes link is relative
            return (
                200,
                {"Content-Type": "application/pdf"},
                self.pdfs[path if path in self.pdfs else in_folder],
            )
        root = next((r for r in self.cmis_roots if path.startswith(f"{r}/")), None)
        if root is not None:
            return self.cmis(root, path[len(root) :])
        if path == "/civic/AgendaCenter/Search/":
            return page(
                "<title>Agenda Center - Brookfield Township Board</title>"
                '<a href="/civic/AgendaCenter/ViewFile/Agenda/_03052024-310">Agenda</a>'
                '<a href="/civic/AgendaCenter/ViewFile/Minutes/_03052024-311">Minutes</a>'
            )
        if path == "/civic/AgendaCenter/ViewFile/Minutes/_03052024-311":
            return 200, {"Content-Type": "application/pdf"}, self.pdfs["/files/event-7001.pdf"]
        if path == "/Meeting.aspx" and query.get("Agenda") == ["PostMinutes"]:
            return self.escribe_minutes(query["Id"][0])
        if path == "/FileStream.ashx":
            return 200, {"Content-Type": "application/pdf"}, self.pdfs["/files/event-7001.pdf"]
        if path.startswith("/ic/"):
            return self.infocouncil(path, query)
        if path == f"{BOARDDOCS}/Public":
            return self.boarddocs_public()
        if path.endswith("Viewer.php") or path == "/ViewPublisher.php":
            return self.granicus(path, query)
        if path.startswith("/v1/") and not path.startswith("/v1/anytown"):
            return self.civicclerk(path, query)
        if path.startswith(("/api/committee/", "/api/v2/PublicPortal/", "/Public/", "/Portal/")):
            return self.primegov(path, query)
        if path.startswith("/blob/"):  # where PrimeGov's documents redirect, for a while
            return 200, {"Content-Type": "application/pdf"}, self.pdfs["/files/event-7001.pdf"]
        if path == "/loop":
            return 302, {"Location": "/loop"}, b""
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    def web_service(self, operation: str, query: dict) -> tuple[int, dict, bytes]:
        if operation == "GetCommittees":
            rows = "".join(
                f"<committee><committeeid>{c}</committeeid><committeetitle>{t}</committeetitle>"
                "<committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired>"
                "</committee>"
                for c, t in COMMITTEES.items()
            )
            return xml(
                f"<committees><committeescount> {len(COMMITTEES)}</committeescount>{rows}</committees>"
            )
        if operation == "GetMeetings":
            committee = query["lCommitteeId"][0]
            start = parse_uk(query["sFromDate"][0])
            end = parse_uk(query["sToDate"][0])
            rows = "".join(
                f"<meeting><meetingid>{m}</meetingid><meetingdate>{when:%d/%m/%Y}</meetingdate>"
                "<meetingstatus>confirmed</meetingstatus><meetingtime>19:00</meetingtime></meeting>"
                for m, (c, when) in self.meetings.items()
                if c == committee and start <= when <= end
            )
            return xml(
                f"<getmeetings><committee><committeeid>{committee}</committeeid><committeetitle>"
                f"{COMMITTEES[committee]}</committeetitle><committeemeetings>{rows}"
                "</committeemeetings></committee></getmeetings>"
            )
        if operation == "GetMeeting":
            return xml(self.meeting_xml(query["lMeetingId"][0]))
        return 404, {}, b""

    def meeting_xml(self, meeting_id: str) -> str:
        committee, when = self.meetings[meeting_id]
        published = meeting_id in self.published
        printed_only = meeting_id == "1023"  # minutes only as a printed PDF
        items = ""
        for number, title in ((1, "Apologies for Absence"), (2, f"Budget Monitoring {meeting_id}")):
            minutes = (
                html.escape(f"<p>The Committee noted the report for meeting {meeting_id}.</p>"
                            "<p>RESOLVED that the report be noted.</p>")
                if published and not printed_only else ""
            )  # fmt: skip
            items += (
                f"<agendaitem><agendaitemnumber>{number}</agendaitemnumber>"
                f"<fulldisplaynumberformat>{number + 10}.</fulldisplaynumberformat>"
                f"<agendaitemtitle>{title}</agendaitemtitle>"
                f"<agendatext>{html.escape('<p>To receive the report.</p>')}</agendatext>"
                f"<minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody>"
                f"<isminutepublished>{'True' if published else 'False'}</isminutepublished>"
                "<isrestricted>False</isrestricted></agendaitem>"
            )
        docs = (
            "<linkeddocuments><linkeddoc><title>Printed minutes</title>"
            "<url>files/printed-1013.pdf</url></linkeddoc></linkeddocuments>"
            if printed_only and published
            else ""
        )
        return (
            f"<meeting><meetingid>{meeting_id}</meetingid><meetingdate>{when:%d/%m/%Y}</meetingdate>"
            "<meetingtime>19:00</meetingtime><meetinglocation>Council Chamber, Town Hall</meetinglocation>"
            f"<minutepublished>{published}</minutepublished><agendaitems>{items}</agendaitems>{docs}"
            '<attendees><attendee name="Councillor Ann Beck" attendance="Present, as expected"/>'
            '<attendee name="Councillor Rob Dunn" attendance="Apologies"/></attendees></meeting>'
        )

    def cmis(self, root: str, path: str) -> tuple[int, dict, bytes]:
        """A CMIS calendar of three meetings, installed at `root`: minutes on the page,
        minutes as a printed document, and no minutes yet (only the previous meeting's, as
        an agenda item)."""
        title = "<title>Meetings - Eastwick District Council</title>"
        if path in ("/", "/Meetings.aspx"):
            links = "".join(
                f'<a href="{root}/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/{m}'
                f'/Committee/{c}/Default.aspx">{name}</a>'
                for m, c, name in (("2001", "31", "Council"), ("2002", "32", "Licensing"),
                                   ("2003", "31", "Council"), ("2001", "31", "Council"))
            )  # fmt: skip
            return page(title + links)
        if path == "/Document.ashx":
            return 200, {"Content-Type": "application/pdf"}, self.pdfs["/files/printed-1013.pdf"]
        meeting = path.split("/Meeting/")[-1].split("/")[0]
        previous = f'<a href="{root}/Document.ashx?id=9">Minutes of the previous meeting</a>'
        if meeting == "2001":
            return page(
                f"{title}<h2>Meeting Summary</h2><p>Council</p><p>Thursday 16 May 2024</p>"
                "<p>7.30 pm, The Guildhall</p><h4>1 Apologies for Absence</h4>"
                "<p>Apologies were received from Councillor Pike.</p>"
                "<h4>2 Harbour Dredging</h4><p>The Council considered the dredging contract."
                " RESOLVED that the contract be awarded.</p>"
            )
        if meeting == "2002":
            return page(
                f"{title}<h2>Agenda</h2>{previous}"
                f'<a href="{root}/Document.ashx?id=55">Printed minutes 21 May 2024</a>'
            )
        if meeting == "2003":
            return page(f"{title}<h2>Agenda</h2><p>1 Minutes</p>{previous}")
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    # ---- eScribe: the calendar's JSON page method and the minutes it links ----
    # Shapes as docs/systems/escribe.md records them (biglocalnews/civic-scraper, City-Bureau
    # city-scrapers-det): {"d": [meeting]} with ID, MeetingType, StartDate "YYYY/MM/DD
    # HH:MM:SS", Location and MeetingDocumentLink [{Type, Format, Title, Url}].

    def escribe_meetings(self) -> list[dict]:
        def link(kind: str, form: str, url: str) -> dict:
            return {"Type": kind, "Format": form, "Title": f"{kind} ({form})", "Url": url}

        def meeting(guid: str, body: str, when: date, clock: str, links: list) -> dict:
            return {"ID": guid, "MeetingName": body, "MeetingType": body,
                    "StartDate": f"{when:%Y/%m/%d} {clock}", "Location": "Council Chamber",
                    "MeetingDocumentLink": links}  # fmt: skip

        late = [link("PostMinutes", ".pdf", "FileStream.ashx?DocumentId=9003")]
        return [
            meeting(ESCRIBE["safety"], "Public Safety Committee", TODAY - timedelta(days=60),
                    "10:00:00", [link("Agenda", ".pdf", "/FileStream.ashx?DocumentId=9000"),
                                 link("PostMinutes", "HTML", f"/Meeting.aspx?Id={ESCRIBE['safety']}&Agenda=PostMinutes&lang=English"),  # noqa: E501
                                 link("PostMinutes", ".pdf", "/FileStream.ashx?DocumentId=9001")]),  # noqa: E501
            meeting(ESCRIBE["council"], "City Council", TODAY - timedelta(days=45), "18:30:00",
                    [link("PostMinutes", ".pdf", "./FileStream.ashx?DocumentId=9002")]),
            meeting(ESCRIBE["late"], "City Council", TODAY - timedelta(days=10), "18:30:00",
                    [link("Agenda", ".pdf", "/FileStream.ashx?DocumentId=9004")]
                    + (late if self.escribe_late_published else [])),
            meeting(ESCRIBE["future"], "City Council", TODAY + timedelta(days=20), "18:30:00",
                    [link("Agenda", ".pdf", "/FileStream.ashx?DocumentId=9005")]),
        ]  # fmt: skip

    def answer_post(self, path: str, payload: dict) -> tuple[int, dict, bytes]:
        if path.startswith(BOARDDOCS):
            return self.boarddocs_call(path[len(BOARDDOCS) :], payload)
        if path != "/MeetingsCalendarView.aspx/GetCalendarMeetings":
            return 404, {"Content-Type": "text/html"}, b"<html>Not found</html>"
        if set(payload) != {"calendarStartDate", "calendarEndDate"}:
            return 500, {"Content-Type": "text/html"}, b"<html>Invalid web service call</html>"
        start = date.fromisoformat(payload["calendarStartDate"][:10])
        end = date.fromisoformat(payload["calendarEndDate"][:10])
        listed = [m for m in self.escribe_meetings()
                  if start <= date(*map(int, m["StartDate"][:10].split("/"))) < end]  # fmt: skip
        return as_json({"d": listed})

    def escribe_minutes(self, guid: str) -> tuple[int, dict, bytes]:
        """The HTML minutes as eScribe renders them: an AgendaItemContainer per item."""
        items = [("1.", "Call to Order", "<p>The Chair called the meeting to order at 10:00.</p>"),
                 ("2.", "Snow Clearing Contract", "<p>Moved by Councillor Ada Brook that the "
                  "snow clearing contract be renewed.</p><p>Carried.</p>"),
                 ("3.", "Adjournment", "<p>The meeting adjourned at 11:15.</p>")]  # fmt: skip
        blocks = "".join(
            f'<div class="AgendaItemContainer"><div class="AgendaItemHeader">'
            f'<div class="AgendaItemCounter">{n}</div><div class="AgendaItemTitle">{t}</div>'
            f'</div><div class="AgendaItemMinutes RichText">{m}</div></div>'
            for n, t, m in items
        )
        return page(f"<title>Public Safety Committee - Minutes</title>{blocks}")

    # ---- InfoCouncil: the business-papers index, installed here under /ic/ ----
    # Shapes as docs/systems/infocouncil.md records them (a recorded real index page and
    # scrapers of it): table#grdMenu rows with td.bpsGridDate ("21 Dec 2020"),
    # td.bpsGridCommittee (a venue span after the name), and agenda and minutes cells whose
    # links share their classes; HTML papers are framesets whose "Paper" frame holds them.

    def infocouncil_rows(self) -> list[tuple[date, str, str, str]]:
        """(date, body, agenda cell, minutes cell) of each row, newest first."""
        council, audit = TODAY - timedelta(days=30), TODAY - timedelta(days=20)
        code = f"{council:%d%m%Y}"

        def link(kind: str, href: str, text: str) -> str:
            return (
                f'<a class="bpsGrid{kind}Link" href="RedirectToDoc.aspx?URL=Open/{href}">{text}</a>'
            )

        minutes = (link("HTML", f"OC_{code}_MIN_WEB.htm", "HTML")
                   + link("PDF", f"OC_{code}_MIN.PDF", "PDF (301.7KB)"))  # fmt: skip
        late = (
            link("HTML", f"ARI_{audit:%d%m%Y}_MIN_WEB.htm", "HTML")
            if self.infocouncil_late_published
            else ""
        )  # noqa: E501
        return [
            (audit, "Audit, Risk and Improvement Committee", link("PDF", f"ARI_{audit:%d%m%Y}_AGN.PDF", "PDF"), late),  # noqa: E501
            (council, "Ordinary Council Meeting", link("PDF", f"OC_{code}_AGN_AT.PDF", "PDF (12.4MB)"), minutes),  # noqa: E501
            (date(TODAY.year - 3, 2, 7), "Ordinary Council Meeting", "", ""),  # another year's
        ]  # fmt: skip

    def infocouncil(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        if path == "/ic/":  # this install ignores ?year=, as some do
            rows = "".join(
                f'<tr class="bpsGridMenuItem"><td class="bpsGridDate">{when.day} {when:%b %Y}</td>'
                f'<td class="bpsGridCommittee">{body}<span>Council Chambers</span></td>'
                f'<td class="bpsGridAgenda">{agenda}</td><td class="bpsGridMinutes">{minutes}</td>'
                '<td class="bpsGridAttachments"></td></tr>'
                for when, body, agenda, minutes in self.infocouncil_rows()
            )
            return page(
                "<title>Wattle Shire Council Business Papers</title>"
                '<meta name="generator" content="Infocouncil">'
                f'<table class="bpsGridMenu" id="grdMenu"><tbody>{rows}</tbody></table>'
            )
        target = query.get("URL", [""])[0]
        if path == "/ic/RedirectToDoc.aspx" and target:
            return 302, {"Location": f"/ic/{target}"}, b""
        if path.startswith("/ic/Open/") and path.upper().endswith(".PDF"):
            return 200, {"Content-Type": "application/pdf"}, self.pdfs["/files/event-7001.pdf"]
        if path.startswith("/ic/Open/") and path.endswith("_WEB.htm"):
            inner = path.rsplit("/", 1)[-1].replace("_WEB.htm", ".htm")
            return page(f'<frameset><frame name="Navigation" src="nav.htm">'
                        f'<frame name="Paper" src="{inner}"></frameset>')  # fmt: skip
        if path.startswith("/ic/Open/") and path.endswith("_MIN.htm"):
            body = ("<p>MINUTES OF THE AUDIT, RISK AND IMPROVEMENT COMMITTEE</p>"
                    "<p>1 Apologies</p><p>Nil.</p><p>2 Internal Audit Plan</p>"
                    "<p>Moved by Cr Petra Vale. The internal audit plan was adopted.</p>")  # fmt: skip
            return 200, {"Content-Type": "text/html; charset=windows-1252"}, body.encode("cp1252")
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    # ---- Granicus: the view publisher's archive, at this host's root ----
    # Shapes as docs/systems/granicus.md records them (civic-scraper, city-scrapers spiders,
    # recorded pages): one page a view with every meeting; collapsible panels per body;
    # cells td.listItem with headers="Name" / "Date ..." (a hidden epoch sort key first);
    # viewer links carrying clip_id, the video's in an onclick; minutes that are a PDF, a
    # redirect to DocumentViewer.php, a page linking the PDF, or HTML; a row's choice of
    # documents as a select of a recap and the minutes.

    def granicus_rows(self) -> list[tuple[str, str, date, str]]:
        """(panel, name, date, minutes href) of view 2's archive rows."""
        late = "MinutesViewer.php?view_id=2&clip_id=804" if self.granicus_late_published else ""
        return [
            ("City Council", "City Council Regular Meeting", TODAY - timedelta(days=60),
             "MinutesViewer.php?view_id=2&clip_id=801&doc_id=5e1f"),
            ("City Council", "City Council Special Meeting", TODAY - timedelta(days=45),
             "MinutesViewer.php?view_id=2&clip_id=802"),
            ("City Council", "City Council Regular Meeting", date(TODAY.year - 3, 3, 7),
             "MinutesViewer.php?view_id=2&clip_id=799"),
            ("Planning Commission", "Planning Commission", TODAY - timedelta(days=30),
             "MinutesViewer.php?view_id=2&clip_id=803"),
            ("Planning Commission", "Planning Commission", TODAY - timedelta(days=12), late),
        ]  # fmt: skip

    def asked_host(self) -> str:
        """The host the request named (a tenant's own name), else the server's address."""
        return self.last_headers.get("Host") or urlsplit(self.base).netloc

    def granicus(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        view, clip = query.get("view_id", [""])[0], query.get("clip_id", [""])[0]
        pdf = 200, {"Content-Type": "application/pdf"}, self.pdfs["/files/event-7001.pdf"]
        if path == "/ViewPublisher.php" and view == "2":
            host = self.asked_host()  # its links are protocol-relative, to its own host
            return page(granicus_view(self.granicus_rows()).replace("//HOST/", f"//{host}/"))
        if path == "/ViewPublisher.php" and view == "3":  # one table of every body, no panels
            choice = ('<select><option value="">Documents</option>'
                      '<option value="//{host}/MinutesViewer.php?view_id=3&amp;clip_id=806&amp;doc_id=r1">'
                      'PRB 5.6 Recap</option><option value="//{host}/MinutesViewer.php?view_id=3&amp;'
                      'clip_id=806&amp;doc_id=m1">PRB 5.6 Minutes</option></select>')  # fmt: skip
            when = TODAY - timedelta(days=20)
            return page(
                "<title>Exampleville City Council - Boards</title><table class='listingTable'>"
                f"<tr class='listingRow'><td class='listItem'>6:00 PM Parks and Recreation Board "
                f"Regular Meeting</td><td class='listItem'>{when:%m/%d/%Y}</td><td class='listItem'>"
                f"{choice.format(host=self.asked_host())}</td></tr></table>"
            )
        if path == "/ViewPublisher.php":
            return 200, {"Content-Type": "text/html"}, b"Page not found."
        if path == "/MinutesViewer.php" and clip == "801":
            return 302, {"Location": "/DocumentViewer.php?file=exampleville_3c9e.pdf"}, b""
        if path == "/MinutesViewer.php" and clip == "802":
            return page("<title>Minutes</title><a href='MetaViewer.php?view_id=2&clip_id=802&meta_id=11'>"
                        "Agenda</a> <a href='MetaViewer.php?view_id=2&clip_id=802&meta_id=12'>"
                        "Minutes</a>")  # fmt: skip
        if path == "/MinutesViewer.php" and clip == "803":
            return page(
                "<title>Planning Commission Minutes</title><h1>Planning Commission</h1>"
                "<p>1. CALL TO ORDER</p><p>The Chair called the meeting to order at 6:00 PM with"
                " all commissioners present.</p><p>2. HILLCREST REZONING</p><p>The Commission"
                " heard the applicant and the neighbours on the Hillcrest rezoning and"
                " recommended approval to the City Council. Motion carried 5-0.</p>"
            )
        if path == "/MinutesViewer.php" and clip == "806" and query.get("doc_id") == ["r1"]:
            return page("<p>Recap: approved.</p>")
        if path in ("/MinutesViewer.php", "/DocumentViewer.php", "/MetaViewer.php"):
            return pdf if path != "/MetaViewer.php" or query.get("meta_id") == ["12"] else page(
                "<p>A staff report.</p>")  # fmt: skip
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    # ---- BoardDocs: the public page and the calls its script makes ----
    # Shapes as docs/systems/boarddocs.md records them (city-scrapers-coloh's recorded
    # meetings list and meeting fragment, civic-scraper, district scrapers): committees as
    # a.committee-trigger[committeeid] and select options; BD-GetMeetingsList answering
    # [{unique, name, current, numberdate, unid}]; BD-GetMinutes an HTML fragment, a
    # blank <p> </p> until the minutes are approved.

    def boarddocs_meetings(self) -> dict[str, list[dict]]:
        def meeting(unique: str, name: str, when: date) -> dict:
            return {"unique": unique, "name": name, "current": "0", "preliveoak": "",
                    "numberdate": f"{when:%Y%m%d}", "unid": unique * 2}  # fmt: skip

        return {
            "A9HCVU32F33A": [
                meeting("DT4KQW7A1B2C", "Regular Board Meeting", TODAY - timedelta(days=40)),
                meeting("DSZP2M6F0E9D", "Special Board Meeting - Budget Hearing",
                        TODAY - timedelta(days=25)),
                meeting("DRX8LN5C44A1", "Work Session", TODAY + timedelta(days=5)),
            ],
            "B7QX2PLM90AA": [
                meeting("DQ2P9L5K3M7N", "Policy Committee Meeting", TODAY - timedelta(days=33)),
            ],
        }  # fmt: skip

    def boarddocs_public(self) -> tuple[int, dict, bytes]:
        return page(
            "<title>BoardDocs® Pro</title><div id='SiteTitle2'>Example County Schools</div>"
            "<a class='committee-trigger' committeeid='A9HCVU32F33A' aria-label='Board of "
            "Education'>Board of Education</a><select name='committeeid'><option value=''>"
            "Select</option><option value='A9HCVU32F33A'>Board of Education</option>"
            "<option value='B7QX2PLM90AA'>Policy Committee</option></select>"
        )

    def boarddocs_call(self, call: str, form: dict) -> tuple[int, dict, bytes]:
        if call == "/BD-GetMeetingsList":
            return as_json(self.boarddocs_meetings().get(form.get("current_committee_id"), []))
        if call != "/BD-GetMinutes":
            return 404, {"Content-Type": "text/html"}, b"<html>Not found</html>"
        unique = form.get("id")
        published = {"DT4KQW7A1B2C", "DQ2P9L5K3M7N"} | (
            {"DSZP2M6F0E9D"} if self.boarddocs_late_published else set()
        )
        if unique not in published:
            return 200, {"Content-Type": "text/html"}, b"<p> </p>"
        subject = {"DT4KQW7A1B2C": "APPROVAL OF THE STUDENT CALENDAR",
                   "DQ2P9L5K3M7N": "REVIEW OF THE ATTENDANCE POLICY",
                   "DSZP2M6F0E9D": "ADOPTION OF THE TENTATIVE BUDGET"}[unique]  # fmt: skip
        return (
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            (
                "<p><strong>1. CALL TO ORDER</strong></p><p>President Mara Quill called the meeting"
                " to order at 6:00 p.m. Members present: Quill, Hadley, Osei, Brandt, Lin.</p>"
                f"<p><strong>2. {subject}</strong></p><p>Motion by Member Hadley, seconded by "
                "Member Osei, to approve as presented. Motion carried 5-0.</p>"
            ).encode(),
        )

    # ---- CivicClerk: the OData API ----
    # Shapes as docs/systems/civicclerk.md records them (city-scrapers spiders, recorded
    # payloads): {"value": [event], "@odata.nextLink"}, events with id, eventName,
    # categoryName, startDateTime (local time written with a Z), isDeleted, publishedFiles.

    def civicclerk_events(self) -> list[dict]:
        def event(number: int, title: str, body: str, when: date, files: list, **extra) -> dict:
            return {"id": number, "eventName": title, "categoryName": body,
                    "startDateTime": f"{when.isoformat()}T18:00:00Z", "isDeleted": False,
                    "eventLocation": {"name": "City Hall", "city": "Exampletown"},
                    "publishedFiles": [{"fileId": f, "type": t, "name": f"{t} {when}"}
                                       for f, t in files]} | extra  # fmt: skip

        late = [(512, "Minutes")] if self.civicclerk_late_published else []
        return [
            event(1412, "City Council Regular Meeting", "City Council", TODAY - timedelta(days=30),
                  [(501, "Agenda"), (502, "Minutes")]),
            event(1413, "Budget Workshop", "Planning Commission", TODAY - timedelta(days=20),
                  [(511, "Agenda"), *late]),
            event(1414, "Withdrawn Meeting", "City Council", TODAY - timedelta(days=19),
                  [(521, "Minutes")], isDeleted=True),
            event(1415, "City Council Regular Meeting", "City Council", TODAY + timedelta(days=10),
                  [(531, "Agenda")]),
        ]  # fmt: skip

    def civicclerk(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        if path == "/v1/EventCategories":
            return as_json({"value": [{"id": 26, "categoryDesc": "City Council"},
                                      {"id": 31, "categoryDesc": "Planning Commission"}]})  # fmt: skip
        if path == "/v1/Events":
            low, high = re.findall(
                r"startDateTime (?:ge|lt) (\d{4}-\d{2}-\d{2})", query["$filter"][0]
            )
            chosen = [e for e in self.civicclerk_events()
                      if low <= e["startDateTime"][:10] < high]  # fmt: skip
            skip = int(query.get("$skip", ["0"])[0])
            answer = {"@odata.context": f"{self.base}/v1/$metadata#Events",
                      "value": chosen[skip : skip + 2]}  # fmt: skip
            if skip + 2 < len(chosen):  # two a page, as servers page by default
                following = (
                    self.civicclerk_next
                    or f"{self.base}/v1/Events?$filter={quote(query['$filter'][0])}&$skip={skip + 2}"
                )  # noqa: E501
                answer["@odata.nextLink"] = following
            return as_json(answer)
        if path.startswith("/v1/Meetings/GetMeetingFileStream(fileId="):
            return 200, {"Content-Type": "application/pdf"}, self.pdfs["/files/event-7001.pdf"]
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    # ---- PrimeGov: the public portal's JSON API ----
    # Shapes as docs/systems/primegov.md records them (city-scrapers-ca, cdp-scrapers):
    # bodies as [{id, name}]; a year's meetings as a bare list of {id, committeeId, title,
    # dateTime, location, documentList [{templateId, templateName, compileOutputType,
    # publishStatus}]}; compiled documents redirect to short-lived storage addresses.

    def primegov_meetings(self) -> list[dict]:
        def document(template: int, name: str, output: int, published: int = 1) -> dict:
            return {"id": template * 10 + output, "templateId": template, "templateName": name,
                    "compileOutputType": output, "publishStatus": published}  # fmt: skip

        def meeting(number: int, body: int, title: str, when: date, documents: list) -> dict:
            return {"id": number, "committeeId": body, "title": title,
                    "dateTime": f"{when.isoformat()}T18:00:00", "location": "Council Chambers",
                    "documentList": documents}  # fmt: skip

        late = 1 if self.primegov_late_published else 0
        return [
            meeting(4821, 3, "City Council Regular Meeting", TODAY - timedelta(days=50),
                    [document(9120, "Agenda", 1), document(9120, "HTML Agenda", 3),
                     document(9164, "Minutes", 1)]),
            meeting(4830, 14, "01/07 Planning Commission", TODAY - timedelta(days=40),
                    [document(9169, "Agenda", 1), document(9170, "HTML Minutes", 3)]),
            meeting(4840, 3, "City Council Special Meeting", TODAY - timedelta(days=12),
                    [document(9179, "Agenda", 1), document(9180, "Minutes", 1, late)]),
        ]  # fmt: skip

    def primegov(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        if path == "/api/committee/GetCommitteeesListByShowInPublicPortal":
            return as_json(
                [{"id": 3, "name": "City Council"}, {"id": 14, "name": "Planning Commission"}]
            )
        if path == "/api/v2/PublicPortal/ListArchivedMeetings":
            year = int(query["year"][0])
            return as_json(
                [m for m in self.primegov_meetings() if m["dateTime"].startswith(str(year))]
            )
        if path == "/Public/CompiledDocument" and query.get("meetingTemplateId") == ["9164"]:
            return (
                302,
                {"Location": "/blob/exampleton/Meetings/4821/minutes.pdf?sig=expires-soon"},
                b"",
            )
        if path == "/Public/CompiledDocument" and query.get("meetingTemplateId") == ["9180"]:
            return (
                302,
                {"Location": "/blob/exampleton/Meetings/4840/minutes.pdf?sig=expires-soon"},
                b"",
            )
        if path == "/Portal/Meeting" and query.get("meetingTemplateId") == ["9170"]:
            return page(
                "<title>Planning Commission - Minutes</title><h2>Minutes</h2>"
                "<p>1. CALL TO ORDER</p><p>The Chair called the meeting to order.</p>"
                "<p>2. RIVERSIDE SUBDIVISION APPEAL</p><p>The Commission heard the appeal"
                " and denied it.</p>"
            )
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    def legistar_events(self, query: dict) -> tuple[int, dict, bytes]:
        events = [
            {"EventId": 7001, "EventBodyName": "City Council", "EventDate": "2024-03-05T00:00:00",
             "EventTime": "6:30 PM", "EventLocation": "Council Chambers",
             "EventMinutesFile": f"{self.base}/files/event-7001.pdf",
             "EventInSiteURL": f"{self.base}/MeetingDetail.aspx?ID=7001"},
            {"EventId": 7002, "EventBodyName": "Parks Board", "EventDate": "2024-03-12T00:00:00",
             "EventTime": "5:00 PM", "EventLocation": "Room 1", "EventMinutesFile": None},
        ]  # fmt: skip
        skip = int(query.get("$skip", ["0"])[0])
        return 200, {"Content-Type": "application/json"}, json.dumps(events[skip:]).encode()

    # ---- misbehaviour ----

    def misbehave(self, fault: str, status: int, headers: dict, body: bytes):
        if fault == "500":
            return 500, {"Content-Type": "text/html"}, b"<html>Server error</html>", 0.0
        if fault.startswith("429"):
            return 429, {"Retry-After": fault.split(":")[1]}, b"Too many requests", 0.0
        if fault == "403":
            return 403, {"Content-Type": "text/html"}, b"<html>Access denied</html>", 0.0
        if fault == "html200":
            return (
                200,
                {"Content-Type": "text/html"},
                b"<html><body>Sorry, an error occurred</body></html>",
                0.0,
            )
        if fault == "truncate":
            return (
                status,
                {**headers, "Content-Length": str(len(body))},
                body[: len(body) // 2],
                0.0,
            )
        if fault.startswith("slow"):
            return status, headers, body, float(fault.split(":")[1])
        return status, headers, body, 0.0


def granicus_view(rows: list[tuple[str, str, date, str]]) -> str:
    """A view's page: a panel of rows per body, then the upcoming meetings' table."""
    panels = {}
    for panel, name, when, minutes in rows:
        slug = name.replace(" ", "-")
        clip = re.search(r"clip_id=(\d+)", minutes)[1] if minutes else "804"
        minutes_cell = f'<a href="//HOST/{minutes}">Minutes</a>' if minutes else ""
        panels.setdefault(panel, []).append(
            f'<tr class="listingRow"><td class="listItem" headers="Name" id="{slug}">{name}</td>'
            f'<td class="listItem" headers="Date {slug}"><span style="display:none;">1764748800'
            f"</span>{when:%b}&nbsp;{when.day:2d},&nbsp;{when.year} - 06:05&nbsp;PM</td>"
            f'<td class="listItem"><a href="//HOST/AgendaViewer.php?view_id=2&amp;clip_id={clip}">'
            f'Agenda</a></td><td class="listItem">{minutes_cell}</td><td class="listItem" '
            f'headers="VideoLink {slug}"><a href="javascript:void(0);" onclick="window.open('
            f"'//HOST/MediaPlayer.php?view_id=2&clip_id={clip}','player')\">Video</a></td></tr>"
        )
    archive = "".join(
        f'<div class="CollapsiblePanel"><div class="CollapsiblePanelTab">{panel}</div>'
        f'<div class="CollapsiblePanelContent"><table class="listingTable">{"".join(body)}'
        "</table></div></div>"
        for panel, body in panels.items()
    )
    upcoming = (
        '<table id="upcomingEvents"><tr class="listingRow"><td class="listItem" headers="Name">'
        f'City Council Regular Meeting</td><td class="listItem" headers="Date">'
        f'{TODAY + timedelta(days=7):%b %d, %Y}</td><td class="listItem"><a href="//HOST/'
        'AgendaViewer.php?view_id=2&amp;event_id=905">Agenda</a></td></tr></table>'
    )
    return ("<title>Exampleville City Council - Meeting Archive</title><div id='intro'>"
            f"Meetings are arranged by date.</div>{upcoming}{archive}")  # fmt: skip


def moderngov_home(folder: str) -> str:
    """A ModernGov site's own front page: its menu of mg*/ie* pages."""
    return (
        "<title>Home - Anytown Borough Council</title><ul>"
        f"<li><a href='{folder}/mgCalendarMonthView.aspx?GL=1&bcr=1'>Calendar</a></li>"
        f"<li><a href='{folder}/mgListCommittees.aspx?bcr=1'>Committees</a></li>"
        f"<li><a href='{folder}/mgMemberIndex.aspx?bcr=1'>Councillors</a></li>"
        f"<li><a href='{folder}/ieDocSearch.aspx?bcr=1'>Search documents</a></li></ul>"
    )


def cmis_page(root: str, tabs: bool) -> str:
    """A CMIS (DotNetNuke) page's menu: friendly page names, or pages with tab ids."""
    pages = ("Meetings", "Committees", "Councillors", "Decisions")
    links = "".join(
        f"<a href='{root}/{name}/tabid/{60 + n}/Default.aspx'>{name}</a>" if tabs
        else f"<a href='{root}/{name}.aspx'>{name}</a>"
        for n, name in enumerate(pages)
    )  # fmt: skip
    return (f"<title>Councillors - Eastwick District Council</title>"
            f"<link rel='stylesheet' href='{root}/Portals/0/portal.css'><nav>{links}</nav>"
            "<p>Councillor Ada Brook</p>")  # fmt: skip


def page(body: str) -> tuple[int, dict, bytes]:
    return (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        f"<html><head></head><body>{body}</body></html>".encode(),
    )


def as_json(data) -> tuple[int, dict, bytes]:
    return 200, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(data).encode()


def xml(body: str) -> tuple[int, dict, bytes]:
    return (
        200,
        {"Content-Type": "text/xml; charset=utf-8"},
        f'<?xml version="1.0" encoding="utf-8"?>{body}'.encode(),
    )


def parse_uk(text: str) -> date:
    day, month, year = (int(p) for p in text.split("/"))
    return date(year, month, day)


def pdf_of(folder: Path, committee: str, when: str, topic: str) -> bytes:
    text = (
        f"Lowfield {committee}\n\nMinutes of the meeting held on {when} at 7.00 pm\n\n"
        f"1 Apologies\n\nNone were received.\n\n2 {topic}\n\nThe clerk reported on the {topic.lower()}. "
        "RESOLVED that the report be noted."
    )
    path = folder / f"{abs(hash((committee, when, topic)))}.pdf"
    return write_minutes_pdf(text, path).read_bytes()


@contextlib.contextmanager
def resolving(names: set[str], address: str = "127.0.0.1"):
    """These host names resolve to a loopback address for a while, as an /etc/hosts line
    would: a fake site answers under a real-looking name (a vendor's host, a council's)."""
    real = socket.getaddrinfo

    def lookup(host, *args, **kwargs):
        return real(address if host in names else host, *args, **kwargs)

    socket.getaddrinfo = lookup
    try:
        yield
    finally:
        socket.getaddrinfo = real


def serve(site: Site, host: str = "127.0.0.1") -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the http.server name)
            with site.in_flight():
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                site.queries[parts.path] = query
                site.last_headers = dict(self.headers)  # a conditional GET's validators
                self.respond(parts.path, *site.answer(parts.path, query))

        def do_POST(self):  # noqa: N802 (eScribe's and BoardDocs' calls by script)
            with site.in_flight():
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                sent = self.rfile.read(length)
                if "form-urlencoded" in self.headers.get("Content-Type", ""):
                    payload = {k: v[0] for k, v in parse_qs(sent.decode()).items()}
                else:
                    payload = json.loads(sent or b"{}")
                site.queries[parts.path] = payload
                self.respond(parts.path, *site.answer_post(parts.path, payload))

        def respond(self, path: str, status: int, headers: dict, body: bytes) -> None:
            site.requests.append((time.monotonic(), path, dict(self.headers)))
            delay = 0.0
            faults = site.faults.get(path)
            if faults:
                status, headers, body, delay = site.misbehave(faults.pop(0), status, headers, body)
            time.sleep(delay)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://{host}:{server.server_address[1]}"
    site.base = base
    return server, base
