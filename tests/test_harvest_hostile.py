"""The hostile-server battery: harvesting from loopback servers that misbehave on purpose
(tests/hostile_server.py). A site may answer anything; the harvester writes only inside
the corpus, reads no more than its limits, gives up on time, fetches only the addresses
it may, and names what it refused."""

from __future__ import annotations

import json
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pytest

from search_app.harvest import harvest
from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.store import SiteStore
from search_app.models import Sidecar
from tests.hostile_server import (
    MINIMAL_PDF,
    HostileServer,
    drip,
    gzip_bomb,
    redirect,
    serve_bytes,
    status,
)

# From corpus/<council>/<committee>/<date>-<id>, four levels up is the corpus's parent.
ESCAPING_ID = "../../../../../escape/x"
MEETING_DAY = date.today() - timedelta(days=60)


DEADLINE = 2.0  # seconds for one fetch: the clients here are impatient


@pytest.fixture
def client():
    # The hostile servers are on loopback: private addresses, fetched only when allowed.
    client = PoliteClient(delay=0.0, timeout=5.0, deadline=DEADLINE, allow_private=True)
    yield client
    client.close()


@pytest.fixture
def server():
    with HostileServer() as server:
        yield server


def files_outside(corpus: Path, root: Path) -> list[Path]:
    """Files under `root` that are not in the corpus."""
    return [p for p in root.rglob("*") if p.is_file() and not p.is_relative_to(corpus)]


def xml(body: str):
    return serve_bytes(f'<?xml version="1.0" encoding="utf-8"?>{body}'.encode(), "text/xml")


def serve_moderngov(server: HostileServer, meeting_id: str) -> None:
    """A ModernGov web service listing one meeting, with minutes, whose id is `meeting_id`."""
    service = "/mgWebService.asmx"
    server.routes["/"] = serve_bytes(b"<title>Home - Hostile Borough Council</title>")
    server.routes[f"{service}/GetCommittees"] = xml(
        "<committees><committee><committeeid>1</committeeid>"
        "<committeetitle>Cabinet</committeetitle></committee></committees>"
    )
    server.routes[f"{service}/GetMeetings"] = xml(
        f"<getmeetings><meeting><meetingid>{meeting_id}</meetingid>"
        f"<meetingdate>{MEETING_DAY:%d/%m/%Y}</meetingdate></meeting></getmeetings>"
    )
    server.routes[f"{service}/GetMeeting"] = xml(
        f"<meeting><meetingid>{meeting_id}</meetingid><meetingdate>{MEETING_DAY:%d/%m/%Y}"
        "</meetingdate><agendaitems><agendaitem><agendaitemnumber>1</agendaitemnumber>"
        "<agendaitemtitle>Budget</agendaitemtitle><minutesnonemptyhtmlbody>&lt;p&gt;Noted."
        "&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></agendaitems></meeting>"
    )


def serve_legistar(server: HostileServer, event_id: str) -> None:
    """A Legistar API listing one event, with a minutes PDF, whose id is `event_id`."""
    event = {
        "EventId": event_id, "EventBodyName": "City Council",
        "EventDate": f"{MEETING_DAY.isoformat()}T00:00:00",
        "EventMinutesFile": f"{server.base}/files/minutes.pdf",
    }  # fmt: skip
    server.routes["/v1/hostile/events"] = serve_bytes(
        json.dumps([event]).encode(), "application/json"
    )
    server.routes["/files/minutes.pdf"] = serve_bytes(MINIMAL_PDF, "application/pdf")


# ---- names from remote answers stay inside the corpus ----


def test_a_moderngov_meeting_id_that_is_a_path_is_saved_under_a_safe_name_in_the_corpus(
    server, client, tmp_path
):
    corpus = tmp_path / "corpus"
    serve_moderngov(server, ESCAPING_ID)
    report = harvest(f"{server.base}/mgWebService.asmx", corpus, client, system="moderngov")
    assert not report.failed and files_outside(corpus, tmp_path) == []
    (saved,) = report.saved
    assert saved.relative_to(corpus).as_posix() == (
        f"hostile-borough-council/cabinet/{MEETING_DAY.isoformat()}-escape-x.html"
    )
    sidecar = json.loads(saved.with_name(saved.name + ".meta.json").read_text())
    assert sidecar["ids"] == {"meeting": ESCAPING_ID}  # the system's own id, kept as data


def test_a_legistar_event_id_that_is_a_path_is_saved_under_a_safe_name_in_the_corpus(
    server, client, tmp_path
):
    corpus = tmp_path / "corpus"
    serve_legistar(server, ESCAPING_ID)
    report = harvest(f"{server.base}/v1/hostile", corpus, client, system="legistar")
    assert not report.failed and files_outside(corpus, tmp_path) == []
    (saved,) = report.saved
    assert saved.relative_to(corpus).as_posix() == (
        f"hostile/city-council/{MEETING_DAY.isoformat()}-escape-x.pdf"
    )


def test_cmis_and_listing_names_come_only_from_safe_parts_of_hostile_links(
    server, client, tmp_path
):
    corpus = tmp_path / "corpus"
    meeting = "/cmis/ViewMeetingPublic/mid/1/Meeting/2001/Committee/31/../../../../../escape"
    server.routes["/cmis/"] = serve_bytes(b"<title>Home - Hostile District Council</title>")
    server.routes["/cmis/Meetings.aspx"] = serve_bytes(f'<a href="{meeting}">Council</a>'.encode())
    # The client asks for the link with its dots resolved, as browsers do.
    server.routes["/cmis/ViewMeetingPublic/mid/escape"] = serve_bytes(
        b"<h2>Meeting Summary</h2><p>Minutes.</p>"
    )
    server.routes["/minutes.html"] = serve_bytes(
        b"<title>Minutes - Hostile Parish Council</title>"
        b'<a href="/..%2F..%2F..%2Fescape%2Fminutes.pdf">../../../../escape/minutes</a>'
    )
    server.routes["/..%2F..%2F..%2Fescape%2Fminutes.pdf"] = serve_bytes(
        MINIMAL_PDF, "application/pdf"
    )
    cmis = harvest(f"{server.base}/cmis/Meetings.aspx?ctl=MeetingCalendarListView", corpus, client)
    listing = harvest(f"{server.base}/minutes.html", corpus, client)
    assert files_outside(corpus, tmp_path) == []
    assert [p.relative_to(corpus).as_posix() for p in cmis.saved + listing.saved] == [
        "hostile-district-council/committee-31/meeting-2001.html",
        "hostile-parish-council/escape-minutes.pdf",
    ]


def test_the_store_refuses_a_file_name_that_leads_outside_its_folder(tmp_path):
    corpus = tmp_path / "corpus"
    store = SiteStore(corpus, "Anytown Borough Council")
    meta = Sidecar(source_url="http://council.example/minutes/7", council="Anytown")
    with pytest.raises(FetchError, match=r"minutes/7: refused to save meeting:7 as '\.\./\.\./x'"):
        store.save("meeting:7", "../../x", b"minutes", meta)
    assert files_outside(corpus, tmp_path) == [] and not store.is_done("meeting:7")


def serve_listing(server: HostileServer, document: str = "/minutes.pdf") -> str:
    """A parish council's page listing one minutes document; its address."""
    server.routes["/minutes.html"] = serve_bytes(
        f'<title>Minutes - Hostile Parish Council</title><a href="{document}">Minutes</a>'.encode()
    )
    return f"{server.base}/minutes.html"


# ---- every body is read through the capped reader ----

FIFTY_MB = 50 * 2**20


def test_a_gzip_bomb_as_robots_txt_is_refused_without_inflating_it(server, client, tmp_path):
    server.routes["/robots.txt"] = gzip_bomb(FIFTY_MB, "text/plain")
    page = serve_listing(server)
    tracemalloc.start()
    report = harvest(page, tmp_path / "corpus", client)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    (error,) = report.failed
    assert error.url == f"{server.base}/robots.txt"
    assert "too large (over 500 KB decoded)" in error.reason
    assert "left for a later run" in error.reason
    assert server.requests == ["/robots.txt"] and report.saved == []
    assert peak < 5 * 2**20  # a 50 MB body never held, whole or in large part


@pytest.mark.parametrize(
    ("system", "start", "bomb"),
    [
        ("moderngov", "/mgWebService.asmx", "/mgWebService.asmx/GetCommittees"),
        ("legistar", "/v1/hostile", "/v1/hostile/events"),
        ("cmis", "/cmis/Meetings.aspx?ctl=MeetingCalendarListView", "/cmis/Meetings.aspx"),
        ("listing", "/minutes.html", "/minutes.html"),
        ("listing", "/minutes.html", "/minutes.pdf"),  # the document itself
    ],
)
def test_a_gzip_bomb_anywhere_a_harvester_reads_is_refused_naming_its_address(
    server, client, tmp_path, system, start, bomb
):
    serve_listing(server)
    server.routes[bomb] = gzip_bomb(FIFTY_MB)
    report = harvest(server.base + start, tmp_path / "corpus", client, system=system)
    (error,) = report.failed
    assert error.url.startswith(server.base + bomb)  # with the query it was asked with
    assert "too large (over 25 MB decoded)" in error.reason
    assert report.saved == []


# ---- every fetch ends within its deadline ----


def test_a_document_dripped_a_byte_at_a_time_is_abandoned_at_the_deadline(server, client, tmp_path):
    server.routes["/minutes.pdf"] = drip(MINIMAL_PDF, every=0.5)  # 23 s in all
    started = time.monotonic()
    report = harvest(serve_listing(server), tmp_path / "corpus", client)
    assert time.monotonic() - started < DEADLINE + 2
    (error,) = report.failed
    assert error.url.endswith("/minutes.pdf")
    assert error.reason == "not done within 2 s, the limit for one fetch"


def test_a_robots_txt_dripped_a_byte_at_a_time_leaves_the_site_for_a_later_run(
    server, client, tmp_path
):
    server.routes["/robots.txt"] = drip(
        b"User-agent: *\nAllow: /\n", every=0.5, content_type="text/plain"
    )
    started = time.monotonic()
    report = harvest(serve_listing(server), tmp_path / "corpus", client)
    assert time.monotonic() - started < DEADLINE + 2
    (error,) = report.failed
    assert error.url.endswith("/robots.txt") and "not done within 2 s" in error.reason
    assert server.requests == ["/robots.txt"]


# ---- robots.txt: missing allows everything; unreadable means try later ----


def test_a_robots_txt_answering_500_means_nothing_is_fetched_from_the_site(
    server, client, tmp_path
):
    server.routes["/robots.txt"] = status(500, {"Retry-After": "0"})
    report = harvest(serve_listing(server), tmp_path / "corpus", client)
    (error,) = report.failed
    assert error.url == f"{server.base}/robots.txt"
    assert error.reason.startswith("HTTP 500; robots.txt could not be read")
    assert set(server.requests) == {"/robots.txt"} and report.saved == []


@pytest.mark.parametrize("code", [404, 403, 410])
def test_a_robots_txt_answering_4xx_means_there_are_no_rules(server, client, tmp_path, code):
    server.routes["/robots.txt"] = status(code)
    server.routes["/minutes.pdf"] = serve_bytes(MINIMAL_PDF, "application/pdf")
    report = harvest(serve_listing(server), tmp_path / "corpus", client)
    assert not report.failed and len(report.saved) == 1


# ---- public addresses only ----


def test_private_addresses_are_not_fetched_unless_allowed(server, tmp_path, monkeypatch):
    monkeypatch.delenv("MINUTES_ALLOW_PRIVATE_FETCH", raising=False)
    guarded = PoliteClient(delay=0.0, deadline=DEADLINE)
    report = harvest(serve_listing(server), tmp_path / "corpus", guarded)
    guarded.close()
    (error,) = report.failed
    assert "127.0.0.1: a private or local address, not fetched" in error.reason
    assert "MINUTES_ALLOW_PRIVATE_FETCH=1 allows private addresses" in error.reason
    assert "later run" not in error.reason  # trying again would not help
    assert server.requests == []
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_FETCH", "1")
    server.routes["/minutes.pdf"] = serve_bytes(MINIMAL_PDF, "application/pdf")
    allowed = PoliteClient(delay=0.0, deadline=DEADLINE)
    assert len(harvest(serve_listing(server), tmp_path / "corpus", allowed).saved) == 1
    allowed.close()


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(server, tmp_path):
    """The site itself is allowed (127.0.0.1 only); its redirect to another loopback
    address, standing in for the server's own network, is not followed."""
    with HostileServer("127.0.0.2") as inside:
        inside.routes["/secret.pdf"] = serve_bytes(MINIMAL_PDF, "application/pdf")
        server.routes["/minutes.pdf"] = redirect(f"{inside.base}/secret.pdf")
        client = PoliteClient(delay=0.0, deadline=DEADLINE, allow_private="127.0.0.1")
        report = harvest(serve_listing(server), tmp_path / "corpus", client)
        client.close()
    (error,) = report.failed
    assert error.url == f"{server.base}/minutes.pdf"
    assert error.reason.startswith(f"redirected to {inside.base}/secret.pdf: 127.0.0.2: a private")
    assert inside.requests == [] and report.saved == []


def test_a_redirect_to_another_scheme_is_refused(server, client, tmp_path):
    server.routes["/minutes.pdf"] = redirect("file:///etc/passwd")
    report = harvest(serve_listing(server), tmp_path / "corpus", client)
    (error,) = report.failed
    assert error.reason == "redirected to file:///etc/passwd: not an http(s) address"


def test_the_sidecar_names_the_address_the_document_came_from_after_redirects(
    server, client, tmp_path
):
    server.routes["/minutes.pdf"] = redirect("/archive/2024/minutes-final.pdf")
    server.routes["/archive/2024/minutes-final.pdf"] = serve_bytes(MINIMAL_PDF, "application/pdf")
    report = harvest(serve_listing(server), tmp_path / "corpus", client)
    (saved,) = report.saved
    sidecar = json.loads(saved.with_name(saved.name + ".meta.json").read_text())
    assert sidecar["source_url"] == f"{server.base}/archive/2024/minutes-final.pdf"


# ---- answers of the wrong shape: a failure of that meeting or site, never a crash ----

RECENT = f"{date.today() - timedelta(days=30)}T18:00:00"


def as_json(data) -> object:
    return serve_bytes(json.dumps(data).encode(), "application/json")


@pytest.mark.parametrize(
    ("system", "routes"),
    [
        ("primegov", {  # ids that are lists and mappings, a document list that is a number
            "/api/committee/GetCommitteeesListByShowInPublicPortal": as_json([{"id": [1]}, 7]),
            "/api/v2/PublicPortal/ListArchivedMeetings": as_json([
                {"id": [5], "dateTime": RECENT},
                {"id": 6, "committeeId": {"a": 1}, "dateTime": RECENT, "documentList": 5},
                {"id": 7, "dateTime": RECENT, "documentList": [
                    {"templateName": "Minutes", "templateId": "../x", "compileOutputType": 1}]},
            ]),
        }),
        ("civicclerk", {  # files that are a number, a location that is a string
            "/v1/Events": as_json({"value": [
                {"id": 3, "startDateTime": RECENT, "publishedFiles": 5, "eventLocation": "Hall"},
                {"id": 4, "startDateTime": RECENT, "eventLocation": "Hall",
                 "publishedFiles": [{"type": "Minutes", "fileId": "²"}]},
            ], "@odata.nextLink": "http://[x/"}),
        }),
        ("civicclerk", {"/v1/Events": serve_bytes(b"\xff\xfe not UTF-8", "application/json")}),
        ("civicclerk", {"/v1/Events": serve_bytes(b"[" * 100_000, "application/json")}),
        ("civicclerk", {"/v1/Events": status(429, {"Retry-After": "\u00b2"})}),
        ("civicclerk", {"/v1/Events": redirect("http://[x/")}),
        ("granicus", {  # rows whose ids, dates and links are junk or lead elsewhere
            "/ViewPublisher.php": serve_bytes(
                b"<tr><td headers='Name'>../../etc</td><td>Feb 30, 2026</td><td><a "
                b"href='MinutesViewer.php?clip_id=../1'>Minutes</a></td></tr><tr><td>x</td><td>"
                b"<option value='MinutesViewer.php?clip_id=2'>Minutes</option>"
                b"<a href='http://[x/MinutesViewer.php?clip_id=3'>Minutes</a></td></tr>"),
            "/MinutesViewer.php": serve_bytes(b"<a href='http://[x/'>Minutes</a>"),
        }),
        ("boarddocs", {  # committees without ids, meetings whose fields are the wrong types
            "/Board.nsf/Public": serve_bytes(
                b"<a class='committee-trigger' committeeid=''>x</a><select name='committeeid'>"
                b"<option value='A1'>Board</option></select>"),
            "/Board.nsf/BD-GetMeetingsList": as_json([
                {"unique": ["x"]}, {"unique": "../../x", "numberdate": 20261301},
                {"unique": "D1", "numberdate": "99999999"}, 7]),
            "/Board.nsf/BD-GetMinutes": as_json({"error": "No Access"}),
        }),
        ("boarddocs", {"/Board.nsf/Public": serve_bytes(b"<select name='committeeid'>" * 5000),
                       "/Board.nsf/BD-GetMeetingsList": serve_bytes(b"{}", "application/json")}),
    ],
)  # fmt: skip
def test_an_answer_of_the_wrong_shape_fails_the_site_or_meeting_and_never_crashes(
    server, client, tmp_path, system, routes
):
    server.routes.update(routes)
    base = f"{server.base}/v1" if system == "civicclerk" else f"{server.base}/"
    report = harvest(base, tmp_path / "corpus", client, system=system, council="Hostile Town")
    assert report.saved == []  # nothing kept from answers like these; the call returned
    assert files_outside(tmp_path / "corpus", tmp_path) == []


def test_a_redirect_to_another_host_asks_that_hosts_robots_txt_first(server, client, tmp_path):
    """Sites redirect to shared storage hosts: such a hop is fetched only as that host's
    robots.txt allows, and in that host's own turn."""
    with HostileServer("127.0.0.2") as storage:
        storage.routes["/robots.txt"] = serve_bytes(b"User-agent: *\nDisallow: /\n", "text/plain")
        storage.routes["/minutes.pdf"] = serve_bytes(MINIMAL_PDF, "application/pdf")
        server.routes["/minutes.pdf"] = redirect(f"{storage.base}/minutes.pdf")
        report = harvest(serve_listing(server), tmp_path / "corpus", client)
    (error,) = report.failed
    assert error.url == f"{server.base}/minutes.pdf"
    assert (
        "robots.txt disallows" in error.reason and f"redirected to {storage.base}" in error.reason
    )
    assert storage.requests == ["/robots.txt"] and report.saved == []


def test_one_host_however_its_address_is_written_gets_one_turn_and_one_robots_txt():
    from search_app.harvest.fetch import host_key

    forms = ["http://Council.Example/a", "http://council.example:80/b", "http://u@council.example/"]
    assert len({host_key(url) for url in forms}) == 1
    assert host_key("https://council.example/") != host_key("http://council.example/")
