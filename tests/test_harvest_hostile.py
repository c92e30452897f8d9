"""The hostile-server battery: harvesting from loopback servers that misbehave on purpose
(tests/hostile_server.py). A site may answer anything; the harvester writes only inside
the corpus and names what it refused."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from search_app.harvest import harvest
from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.harvest.store import DocumentMeta, SiteStore
from tests.hostile_server import MINIMAL_PDF, HostileServer, serve_bytes

# From corpus/<council>/<committee>/<date>-<id>, four levels up is the corpus's parent.
ESCAPING_ID = "../../../../../escape/x"
MEETING_DAY = date.today() - timedelta(days=60)


@pytest.fixture
def client():
    client = PoliteClient(contact="tests@example.org", delay=0.0, timeout=5.0)
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
    meta = DocumentMeta(source_url="http://council.example/minutes/7", council="Anytown")
    with pytest.raises(FetchError, match=r"minutes/7: refused to save meeting:7 as '\.\./\.\./x'"):
        store.save("meeting:7", "../../x", b"minutes", meta)
    assert files_outside(corpus, tmp_path) == [] and not store.is_done("meeting:7")
