"""Harvesting from a real HTTP server on loopback (tests/harvest_site.py): ModernGov,
Legistar and a listing page, incremental runs, late minutes, a killed run, misbehaving
servers, politeness, and the harvested corpus indexed and searched."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import date

import pytest

from search_app.harvest import detect_system, harvest
from search_app.harvest.fetch import FetchError, PoliteClient
from search_app.index import update_index
from search_app.parse import parse_file
from search_app.search import Searcher, SearchRequest
from search_app.web import create_app
from tests.harvest_site import BOARDDOCS, COUNCIL


def saved_names(report) -> list[str]:
    return sorted(path.name for path in report.saved)


def test_a_full_moderngov_harvest_saves_each_published_meeting_with_its_sidecar(
    site, tmp_path, client
):
    site_, base = site
    report = harvest(f"{base}/mgWebService.asmx", tmp_path / "corpus", client, system="moderngov")
    assert report.council == COUNCIL and not report.failed
    # Four published meetings a committee; 1023's minutes exist only as the printed PDF.
    assert len(report.saved) == 8 and report.pending == 2
    assert sum(p.suffix == ".pdf" for p in report.saved) == 1
    html_doc = next(p for p in report.saved if p.name.endswith("-1010.html"))
    sidecar = json.loads(html_doc.with_name(html_doc.name + ".meta.json").read_text())
    assert sidecar["council"] == COUNCIL and sidecar["committee"] == "Cabinet"
    assert sidecar["source_url"].endswith("ieListDocuments.aspx?MId=1010")
    assert sidecar["start_time"] == "19:00" and sidecar["venue"] == "Council Chamber, Town Hall"
    assert sidecar["present"] == ["Councillor Ann Beck"]
    document = parse_file(html_doc)
    assert (document.meeting.body, document.meeting.committee) == (COUNCIL, "Cabinet")
    assert document.meeting.date.isoformat() == sidecar["date"]
    assert [(i.number, i.title) for i in document.items] == [
        ("11", "Apologies for Absence"), ("12", "Budget Monitoring 1010"),
    ]  # fmt: skip
    assert document.items[1].agenda_text == "To receive the report."
    assert document.items[1].decisions == ["RESOLVED that the report be noted."]
    assert document.meeting.source_url.endswith("MId=1010") and not document.fallbacks


def test_a_second_run_fetches_only_what_is_new_and_picks_up_late_minutes(site, tmp_path, client):
    site_, base = site
    corpus = tmp_path / "corpus"
    first = harvest(base + "/mgWebService.asmx", corpus, client, system="moderngov")
    before = site_.count("/mgWebService.asmx/GetMeeting")
    again = harvest(base + "/mgWebService.asmx", corpus, client, system="moderngov")
    # A later run looks back RECHECK_DAYS: what it lists and already has, it skips unasked;
    # only the two meetings still awaiting minutes are asked about again.
    assert again.saved == [] and 0 < again.skipped <= len(first.saved)
    assert site_.count("/mgWebService.asmx/GetMeeting") == before + 2
    site_.published |= {"1014"}  # minutes published weeks after the meeting
    late = harvest(base + "/mgWebService.asmx", corpus, client, system="moderngov")
    assert len(late.saved) == 1 and late.saved[0].name.endswith("-1014.html")
    assert late.pending == 1


def test_legistar_events_and_a_listing_page(site, tmp_path, client):
    site_, base = site
    report = harvest(f"{base}/v1/anytown", tmp_path / "corpus", client, system="legistar")
    assert [p.name for p in report.saved] == ["2024-03-05-7001.pdf"] and report.pending == 1
    document = parse_file(report.saved[0])
    assert (document.meeting.committee, document.meeting.date.isoformat()) == (
        "City Council",
        "2024-03-05",
    )
    assert document.meeting.source_url.endswith("MeetingDetail.aspx?ID=7001")
    listing = harvest(f"{base}/parish/minutes.html", tmp_path / "corpus", client)
    assert listing.system == "listing" and listing.council == "Lowfield Parish Council"
    assert saved_names(listing) == ["minutes-10-january-2022.pdf", "minutes-6-december-2021.pdf"]
    reasons = sorted(error.reason for error in listing.failed)
    assert len(reasons) == 2 and "neither a PDF nor a page (application/zip)" in reasons
    assert "robots.txt disallows it for this user agent" in reasons
    assert site_.count("/private/minutes-secret.pdf") == 0
    assert listing.login == 2  # a redirect to the login page, and a 401: skipped, not saved
    assert site_.count("/Account/Login.aspx") == 0  # neither followed nor linked to
    assert parse_file(listing.saved[0]).items[1].title in ("Village Hall Roof", "Speed Watch")


def test_an_unchanged_listing_page_is_not_read_again(site, tmp_path, client):
    site_, base = site
    site_.listing_etag = '"list-v1"'
    first = harvest(f"{base}/parish/minutes.html", tmp_path / "corpus", client)
    assert len(first.saved) == 2
    second = harvest(f"{base}/parish/minutes.html", tmp_path / "corpus", client)
    assert second.saved == [] and not second.failed
    assert second.council == "Lowfield Parish Council"
    conditional = [h for _, p, h in site_.requests if p == "/parish/minutes.html"][-1]
    assert conditional.get("If-None-Match") == '"list-v1"'
    assert site_.count("/parish/minutes-6-december-2021.pdf") == 1


def test_misbehaving_servers_are_retried_named_and_skipped(site, tmp_path, client):
    site_, base = site
    site_.faults = {
        "/mgWebService.asmx/GetCommittees": ["500", "429:1"],  # retried, then fine
        "/parish/minutes-6-december-2021.pdf": ["truncate"],
        "/parish/minutes-10-january-2022.pdf": ["html200"],
    }
    report = harvest(base + "/mgWebService.asmx", tmp_path / "corpus", client, system="moderngov")
    assert not report.failed and len(report.saved) == 8
    gets = site_.times("/mgWebService.asmx/GetCommittees")
    assert len(gets) == 3 and gets[2] - gets[1] >= 1.0  # Retry-After: 1 was honoured
    listing = harvest(base + "/parish/minutes.html", tmp_path / "corpus", client)
    reasons = sorted(error.reason for error in listing.failed)
    assert any("truncated" in r for r in reasons) and any("not a PDF" in r for r in reasons)
    with pytest.raises(FetchError, match="too many redirects"):
        client.get(base + "/loop")
    site_.faults["/parish/minutes.html"] = ["403"]
    blocked = harvest(base + "/parish/minutes.html", tmp_path / "other", client)
    assert blocked.saved == [] and "HTTP 403 (blocked?)" in str(blocked.failed[0])
    site_.faults["/mgWebService.asmx/GetMeeting"] = ["html200"]
    odd = harvest(base + "/mgWebService.asmx", tmp_path / "third", client, system="moderngov")
    assert len(odd.failed) == 1 and "not the XML" in odd.failed[0].reason and len(odd.saved) == 7


def test_a_slow_server_times_out_and_each_host_gets_one_request_per_delay(site, tmp_path):
    site_, base = site
    slow = PoliteClient(delay=0.0, timeout=0.5, allow_private=True)
    site_.faults["/parish/minutes.html"] = ["slow:2"] * 4
    with pytest.raises(FetchError, match="timed out"):
        slow.get(base + "/parish/minutes.html")
    slow.close()
    polite = PoliteClient(delay=0.3, timeout=5.0, allow_private=True)
    for _ in range(3):
        polite.get(base + "/")
    polite.close()
    stamps = site_.times("/")
    assert all(later - earlier >= 0.3 for earlier, later in zip(stamps, stamps[1:], strict=False))
    agents = {headers.get("User-Agent") for _, path, headers in site_.requests if path == "/"}
    assert all(agent.startswith("MinutesSearch/") for agent in agents)


def test_a_killed_run_resumes_without_fetching_saved_meetings_again(site, tmp_path, monkeypatch):
    site_, base = site
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_FETCH", "1")  # the site is on loopback
    corpus = tmp_path / "corpus"
    site_.faults["/mgWebService.asmx/GetMeeting"] = [""] * 3 + ["slow:30"]
    command = [sys.executable, "-m", "search_app.cli", "harvest", f"{base}/mgWebService.asmx",
               "--system", "moderngov", "--corpus", str(corpus), "--delay", "0"]  # fmt: skip
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    state = corpus / "anytown-borough-council" / ".harvest.json"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (
        state.exists() and len(json.loads(state.read_text())["done"]) >= 3
    ):
        time.sleep(0.1)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=10)
    done_before = set(json.loads(state.read_text())["done"])
    assert len(done_before) == 3
    site_.faults.clear()
    requests_before = len(site_.requests)
    finished = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    asked = [
        q for _, p, q in site_.requests[requests_before:] if p == "/mgWebService.asmx/GetMeeting"
    ]
    assert len(asked) == 12 - 2 - len(done_before)  # past meetings not yet saved, once each
    files = sorted(p.name for p in corpus.rglob("*") if p.suffix in (".html", ".pdf"))
    assert len(files) == len(set(files)) == 8
    assert not list(corpus.rglob("*.part"))


def test_the_harvested_corpus_indexes_and_searches_with_council_committee_date_and_items(
    site, tmp_path, client
):
    site_, base = site
    corpus = tmp_path / "corpus"
    harvest(base + "/mgWebService.asmx", corpus, client, system="moderngov")
    report = update_index(corpus, tmp_path / "index")
    assert not report.failed and report.items_indexed == 7 * 2 + 2
    results = Searcher(tmp_path / "index").search(SearchRequest("budget monitoring 1012"))
    hit = results.hits[0]
    assert (hit.body_name, hit.committee, hit.number) == (COUNCIL, "Cabinet", "12")
    assert hit.title == "Budget Monitoring 1012"
    app = create_app(
        {"TESTING": True, "INDEX_DIR": str(tmp_path / "index"), "CORPUS_DIR": str(corpus)}
    )
    page = app.test_client().get(f"/items/{hit.id}").get_data(as_text=True)
    original = f"{base}/ieListDocuments.aspx?MId=1012"
    assert f'Published at</dt><dd><a href="{original}">' in page
    assert f"Budget Monitoring 1012. {original}" in page  # the citation names the original


def test_a_hostile_source_address_in_a_sidecar_is_never_a_link(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "minutes-2024-01-09.txt").write_text("Cabinet\n\n1 Budget\n\nNoted.\n")
    (corpus / "minutes-2024-01-09.txt.meta.json").write_text(
        json.dumps({"source_url": "javascript:alert(1)", "council": "Anytown Borough Council"})
    )
    update_index(corpus, tmp_path / "index")
    app = create_app(
        {"TESTING": True, "INDEX_DIR": str(tmp_path / "index"), "CORPUS_DIR": str(corpus)}
    )
    page = app.test_client().get("/items/minutes-2024-01-09--1").get_data(as_text=True)
    assert "javascript:" not in page and "Anytown Borough Council" in page


def test_update_harvests_every_source_then_indexes(site, tmp_path, monkeypatch):
    site_, base = site
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_FETCH", "1")  # the site is on loopback
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[harvest]\ndelay = 0\n\n[[source]]\nurl = "{base}/mgWebService.asmx"\nsystem = "moderngov"\n'
        f'committee = "Planning"\n\n[[source]]\nurl = "{base}/parish/minutes.html"\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "search_app.cli", "update", "--sources", str(sources),
         "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 3  # the listing page links a robots-disallowed file: named
    assert "robots.txt disallows" in result.stderr
    assert "4 documents saved" in result.stdout and "2 documents saved" in result.stdout
    total = Searcher(tmp_path / "index").search(SearchRequest("", page_size=50)).total
    assert total > 0


def test_cmis_saves_minutes_on_the_page_or_the_printed_minutes_and_waits_for_the_rest(
    site, tmp_path, client
):
    site_, base = site
    corpus = tmp_path / "corpus"
    report = harvest(f"{base}/cmis/Meetings.aspx?ctl=MeetingCalendarListView", corpus, client)
    assert report.council == "Eastwick District Council" and not report.failed
    # 2001 shows its minutes; 2002 links its printed minutes (not the previous meeting's);
    # 2003 has none yet. The calendar lists 2001 twice: it is fetched once.
    assert saved_names(report) == ["meeting-2001.html", "meeting-2002.pdf"]
    assert report.pending == 1
    meeting_page = "/cmis/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/2001"
    assert site_.count(meeting_page + "/Committee/31/Default.aspx") == 1
    page_minutes = parse_file(next(p for p in report.saved if p.suffix == ".html"))
    assert page_minutes.meeting.body == "Eastwick District Council"
    assert page_minutes.meeting.date.isoformat() == "2024-05-16"
    assert [(i.number, i.title) for i in page_minutes.items] == [
        ("1", "Apologies for Absence"), ("2", "Harbour Dredging"),
    ]  # fmt: skip
    printed = next(p for p in report.saved if p.suffix == ".pdf")
    sidecar = json.loads(printed.with_name(printed.name + ".meta.json").read_text())
    assert sidecar["source_url"] == f"{base}/cmis/Document.ashx?id=55"
    again = harvest(f"{base}/cmis/Meetings.aspx?ctl=MeetingCalendarListView", corpus, client)
    assert again.saved == [] and again.skipped == 2 and again.pending == 1


def test_a_civicplus_agenda_center_is_searched_for_minutes_named_by_their_date(
    site, tmp_path, client
):
    site_, base = site
    report = harvest(f"{base}/civic/AgendaCenter", tmp_path / "corpus", client)
    assert report.council == "Brookfield Township Board" and not report.failed
    assert saved_names(report) == ["2024-03-05-minutes-311.pdf"]
    query = site_.last_query("/civic/AgendaCenter/Search/")
    assert query["CIDs"] == ["all"] and query["endDate"] == [f"{date.today():%m/%d/%Y}"]


@pytest.mark.parametrize(
    ("url", "system"),
    [
        ("https://democracy.anytown.gov.uk/ieListDocuments.aspx?MId=5", "moderngov"),
        ("https://anytown.moderngov.co.uk/", "moderngov"),
        ("https://webapi.legistar.com/v1/anytown", "legistar"),
        ("https://lowfield-pc.org.uk/minutes/", "listing"),
        ("https://eastwick.cmis.uk.com/eastwick/Meetings.aspx", "cmis"),
        ("https://www.brookfield-twp.example/AgendaCenter", "civicplus"),
        ("https://pub-northvale.escribemeetings.com/Meeting.aspx?Id=3f1c", "escribe"),
        ("https://exampleton.primegov.com/public/portal", "primegov"),
        ("https://exampletownst.portal.civicclerk.com/event/1412/files", "civicclerk"),
        ("https://exampleville.granicus.com/ViewPublisher.php?view_id=2", "granicus"),
        ("https://www.houselive.example/MinutesViewer.php?view_id=3&clip_id=9", "granicus"),
        ("https://go.boarddocs.com/ga/exampleco/Board.nsf/Public", "boarddocs"),
    ],
)
def test_the_system_is_told_from_the_address(url, system):
    assert detect_system(url) == system


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("https://anytown.legistar.com/Calendar.aspx", "https://webapi.legistar.com/v1/anytown"),
        ("https://exampletownst.portal.civicclerk.com/event/1412/files",
         "https://exampletownst.api.civicclerk.com/v1"),
        ("https://exampleton.primegov.com/Portal/Meeting?meetingTemplateId=9", "https://exampleton.primegov.com"),
        ("https://democracy.anytown.gov.uk/mgCommitteeDetails.aspx?ID=1", "https://democracy.anytown.gov.uk"),
        ("https://exampleville.granicus.com/MediaPlayer.php?view_id=2&clip_id=801",
         "https://exampleville.granicus.com/ViewPublisher.php?view_id=2"),
        ("https://go.boarddocs.com/ga/exampleco/Board.nsf/goto?open&id=DT4K",
         "https://go.boarddocs.com/ga/exampleco/Board.nsf"),
        ("https://go.boarddocs.com/ga/exampleco", "https://go.boarddocs.com/ga/exampleco/Board.nsf"),
    ],
)  # fmt: skip
def test_a_systems_api_is_found_from_its_public_pages_address(url, base):
    """A city's calendar page is not where the data is: Legistar's and CivicClerk's
    public sites are read through their APIs' own hosts."""
    from search_app.harvest import BY_NAME

    assert BY_NAME[detect_system(url)].base_of(url) == base


@pytest.mark.parametrize(
    ("system", "page", "council", "hangs", "files"),
    [
        ("escribe", "/", "Northvale City Council", ["/FileStream.ashx"], 2),
        ("primegov", "/", "Exampleton City Council", ["/Portal/Meeting"], 2),
        ("civicclerk", "/v1", "Exampletown City Council",
         ["/v1/Meetings/GetMeetingFileStream(fileId=512,plainText=false)"], 2),
        ("granicus", "/ViewPublisher.php?view_id=2", "Exampleville City Council",
         ["/MetaViewer.php"], 3),
        # One address answers every meeting's minutes (or leads to them): hang on the second.
        ("boarddocs", f"{BOARDDOCS}/Public", "Example County Schools",
         [f"{BOARDDOCS}/BD-GetMinutes", "as asked"], 2),
        ("infocouncil", "/ic/", "Wattle Shire Council", ["/ic/RedirectToDoc.aspx", "as asked"], 2),
    ],
)  # fmt: skip
def test_a_run_of_any_system_killed_mid_fetch_resumes_without_duplicates(
    site, tmp_path, monkeypatch, system, page, council, hangs, files
):
    """SIGKILL while the second meeting's minutes are arriving: the first is kept and not
    fetched again, and the next run saves the rest, nothing twice."""
    site_, base = site
    site_.pages["/"] = f"<title>Home - {council}</title>"
    site_.civicclerk_late_published = site_.infocouncil_late_published = True  # two each
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_FETCH", "1")  # the site is on loopback
    corpus = tmp_path / "corpus"
    path, *before = hangs
    site_.faults[path] = [*before, "slow:30"]
    command = [sys.executable, "-m", "search_app.cli", "harvest", base + page, "--system", system,
               "--corpus", str(corpus), "--delay", "0", "--council", council]  # fmt: skip
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    state = corpus / council.lower().replace(" ", "-") / ".harvest.json"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (
        state.exists() and len(json.loads(state.read_text())["done"]) >= 1
    ):
        time.sleep(0.1)
    time.sleep(0.5)  # into the hanging fetch
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=10)
    assert len(json.loads(state.read_text())["done"]) == 1
    (first,) = [p for p in corpus.rglob("*") if p.suffix in (".html", ".pdf")]
    written = first.stat().st_mtime_ns
    site_.faults.clear()
    finished = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert first.stat().st_mtime_ns == written  # the saved meeting was not saved again
    saved = sorted(p.name for p in corpus.rglob("*") if p.suffix in (".html", ".pdf"))
    assert len(saved) == len(set(saved)) == files


def test_update_harvests_sites_side_by_side_but_never_asks_one_host_twice_at_once(
    site, tmp_path, monkeypatch
):
    """Five sources on two hosts (127.0.0.1 and 127.0.0.2), harvested at once: the hosts
    are visited side by side, yet neither ever has two requests in flight, and what is
    saved is what one site after another would save. A broken entry is named, not fatal."""
    from tests.harvest_site import Site, serve

    first, base = site
    (tmp_path / "b").mkdir()
    second = Site(tmp_path / "b")
    server, other = serve(second, host="127.0.0.2")
    monkeypatch.setenv("MINUTES_ALLOW_PRIVATE_FETCH", "1")
    entries = [(f"{base}/mgWebService.asmx", "moderngov", ""), (f"{base}/parish/minutes.html", "", ""),
               (f"{base}/cmis/Meetings.aspx", "cmis", ""),
               (f"{other}/mgWebService.asmx", "moderngov", "Otherton Borough Council"),
               (f"{other}/parish/minutes.html", "", "Otherton Parish Council")]  # fmt: skip
    tables = "".join(
        f'[[source]]\nurl = "{url}"\n' + (f'system = "{system}"\n' if system else "")
        + (f'council = "{council}"\n' if council else "") + "\n"
        for url, system, council in entries
    )  # fmt: skip
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[harvest]\ndelay = 0.05\n\n{tables}[[source]]\nurl = "{base}/"\nsince = "last week"\n',
        encoding="utf-8",
    )
    try:
        result = subprocess.run(
            [sys.executable, "-m", "search_app.cli", "update", "--sources", str(sources),
             "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")],
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
    finally:
        server.shutdown()
    assert result.returncode == 3, result.stderr  # the bad entry, and robots-refused files
    assert "source 6: since 'last week' is not a date" in result.stderr
    assert first.most_at_once == 1 and second.most_at_once == 1
    first_times, second_times = (
        [t for t, _, _ in first.requests],
        [t for t, _, _ in second.requests],
    )
    assert min(second_times) < max(first_times)  # side by side, not one after the other
    assert "harvest: 5/5 sites done" in result.stdout
    saved = sorted(
        p.name for p in (tmp_path / "corpus").rglob("*") if p.suffix in (".html", ".pdf")
    )
    assert len(saved) == 2 * (8 + 2) + 2  # two ModernGov sites and listings, and CMIS


def test_two_sites_of_one_council_harvested_at_once_keep_every_document(site, tmp_path, client):
    """Two listing pages (two hosts) of the same parish, with the same link words, saved
    side by side into one council folder: four documents, none replacing another, and
    the folder's state records all four."""
    from search_app.harvest import Source, harvest_many
    from tests.harvest_site import Site, serve

    first, base = site
    (tmp_path / "b").mkdir()
    server, other = serve(Site(tmp_path / "b"), host="127.0.0.2")
    try:
        sources = [Source(f"{address}/parish/minutes.html", "listing") for address in (base, other)]
        reports = harvest_many(sources, tmp_path / "corpus", client, workers=2)
    finally:
        server.shutdown()
    assert [len(r.saved) for r in reports] == [2, 2] and {r.council for r in reports} == {
        "Lowfield Parish Council"
    }
    folder = tmp_path / "corpus" / "lowfield-parish-council"
    documents = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(documents) == 4 and any(name.endswith("-2.pdf") for name in documents)
    state = json.loads((folder / ".harvest.json").read_text())
    assert len(state["done"]) == 4 and not list(folder.glob("*.part"))


@pytest.mark.parametrize(
    ("url", "login"),
    [
        ("https://democracy.anytown.gov.uk/Account/Login.aspx?ReturnUrl=%2fx", True),
        ("https://anytown.example/sso/start", True),
        ("https://anytown.example/signin", True),
        ("https://anytown.example/docs/minutes.pdf?returnUrl=/x", True),
        ("https://anytown.example/minutes/login-and-security-policy.pdf", False),
        ("https://anytown.example/committees/authority-minutes.pdf", False),
    ],
)
def test_a_login_page_is_told_by_its_address(url, login):
    from search_app.harvest.fetch import needs_login

    assert needs_login(url) is login
