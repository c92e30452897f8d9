"""Detection: the committee system found from whatever address a user has, confirmed by
asking the system's own endpoint; a site with no minutes says what was tried."""

from __future__ import annotations

import subprocess
import sys

import pytest

from search_app.harvest import detect, harvest
from tests.harvest_site import COUNCIL, cmis_page, moderngov_home, resolving


def council_front_page(links: str) -> str:
    """A council's own home page: its committee system is one link among many."""
    return (
        f"<title>Welcome to {COUNCIL}</title><nav><a href='/bins'>Bins and recycling</a>"
        f"<a href='/council-tax'>Council tax</a>{links}<a href='/jobs'>Jobs</a></nav>"
    )


@pytest.mark.parametrize("folder", ["", "/moderngov", "/Committees", "/democracy"])
def test_a_moderngov_site_is_found_from_the_councils_front_page(site, tmp_path, client, folder):
    """What a new user has: the council's home page, which links the democracy pages and
    the web service, as real ones do. It used to be taken for a listing: 0 documents."""
    site_, base = site
    site_.pages["/"] = council_front_page(
        f"<a href='{folder}/ieDocHome.aspx?bcr=1'>Meetings, agendas and minutes</a>"
        f"<link rel='alternate' href='{folder}/mgWebService.asmx'>"
    )
    found = detect(client, base + "/")
    assert found.system.name == "moderngov" and found.base == base + folder
    assert "ieDocHome.aspx" in found.reason and "lists 2 committees" in found.reason
    report = harvest(base + "/", tmp_path / "corpus", client)
    assert report.system == "moderngov" and report.council == COUNCIL and not report.failed
    assert len(report.saved) == 8 and report.pending == 2


@pytest.mark.parametrize(
    "page",
    [
        "/moderngov/mgCommitteeDetails.aspx?ID=101",  # a committee's page
        "/Committees/mgMemberIndex.aspx?bcr=1",  # the councillors page
        "/democracy/ieListDocuments.aspx?CId=101&MId=1010",  # a meeting's page
        "/moderngov/mgWebService.asmx",  # the web service itself
    ],
)
def test_a_moderngov_site_is_found_from_any_of_its_pages(site, client, page):
    site_, base = site
    found = detect(client, base + page)
    assert found.system.name == "moderngov"
    assert found.base == base + page.rsplit("/", 1)[0]


def test_a_cmis_site_is_found_from_the_councils_front_page(site, tmp_path, client):
    site_, base = site
    site_.pages["/"] = council_front_page("<a href='/cmis/Meetings.aspx'>Committee meetings</a>")
    found = detect(client, base + "/")
    assert found.system.name == "cmis" and found.base == base + "/cmis"
    report = harvest(base + "/", tmp_path / "corpus", client)
    assert report.system == "cmis" and len(report.saved) == 2 and report.pending == 1


def test_page_names_alone_are_not_believed_without_the_system_answering(site, client):
    """A page named like ModernGov's on a site where no web service answers: the probe
    refuses it, says so, and the page's own links decide (here, a listing of minutes)."""
    site_, base = site
    site_.pages["/parish/mgArchive.aspx"] = (
        "<title>Minutes - Lowfield Parish Council</title>"
        "<a href='/parish/minutes-6-december-2021.pdf'>Minutes 6 December 2021</a>"
    )
    found = detect(client, base + "/parish/mgArchive.aspx")
    assert found.system.name == "listing"
    assert any("does not answer as ModernGov does" in line for line in found.tried)


def test_a_site_with_no_minutes_says_what_was_tried_and_exits_4(site, tmp_path, client):
    site_, base = site
    site_.pages["/"] = council_front_page("")
    report = harvest(base + "/", tmp_path / "corpus", client)
    assert report.found_nothing and not report.saved and not report.failed
    assert any("ModernGov: no sign of it" in line for line in report.tried)
    command = [sys.executable, "-m", "search_app.cli", "harvest", base + "/", "--delay", "0",
               "--corpus", str(tmp_path / "corpus")]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=60,
                         env={"MINUTES_ALLOW_PRIVATE_FETCH": "1", "PATH": ""})  # fmt: skip
    assert run.returncode == 4, run.stderr
    assert f"{base}/: found no minutes" in run.stderr and "tried: CMIS: no sign of it" in run.stderr


def test_discover_says_what_it_found_why_and_how_to_harvest_it(site):
    site_, base = site
    site_.pages["/"] = council_front_page("<a href='/moderngov/ieDocHome.aspx'>Meetings</a>")
    site_.pages["/council-tax"] = "<title>Council tax</title><p>Pay online.</p>"
    run = subprocess.run(
        [sys.executable, "-m", "search_app.cli", "discover", base + "/"],
        capture_output=True, text=True, timeout=60, env={"MINUTES_ALLOW_PRIVATE_FETCH": "1"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert f"ModernGov at {base}/moderngov: the page links ModernGov's" in run.stdout
    assert f"minutes-search harvest {base}/moderngov --system moderngov" in run.stdout
    nothing = subprocess.run(
        [sys.executable, "-m", "search_app.cli", "discover", base + "/council-tax"],
        capture_output=True, text=True, timeout=60, env={"MINUTES_ALLOW_PRIVATE_FETCH": "1"},
    )  # fmt: skip
    assert nothing.returncode == 4 and "no committee system recognised" in nothing.stdout


def test_the_committee_filter_applies_where_the_listing_names_committees(site, tmp_path, client):
    site_, base = site
    cabinet = harvest(f"{base}/mgWebService.asmx", tmp_path / "a", client, committee="cabinet")
    assert len(cabinet.saved) == 4 and cabinet.unfiltered == 0
    calendar = harvest(f"{base}/cmis/Meetings.aspx", tmp_path / "b", client, committee="x")
    assert calendar.unfiltered == 3  # CMIS's calendar names no committee: kept, and said


def test_sources_add_finds_the_system_and_lists_the_site_once_for_update(site, tmp_path):
    """From the council's front page to a harvested corpus: `sources add` detects the
    system and writes its entry (a second add changes nothing), and `update` harvests it."""
    import tomllib

    site_, base = site
    site_.pages["/"] = council_front_page("<a href='/moderngov/ieDocHome.aspx'>Meetings</a>")
    sources = tmp_path / "sources.toml"
    sources.write_text("[harvest]\ndelay = 0\n", encoding="utf-8")
    env = {"MINUTES_ALLOW_PRIVATE_FETCH": "1"}
    add = [sys.executable, "-m", "search_app.cli", "sources", "add", base + "/", "--sources",
           str(sources), "--council", 'Anytown "Borough" Council']  # fmt: skip
    first = subprocess.run(add, capture_output=True, text=True, timeout=60, env=env)
    assert first.returncode == 0, first.stderr
    assert f"added ModernGov at {base}/moderngov" in first.stdout
    listed = tomllib.loads(sources.read_text(encoding="utf-8"))["source"]
    assert listed == [{"url": f"{base}/moderngov", "system": "moderngov",
                       "council": 'Anytown "Borough" Council'}]  # fmt: skip
    again = subprocess.run(add, capture_output=True, text=True, timeout=60, env=env)
    assert "already listed" in again.stdout
    assert tomllib.loads(sources.read_text(encoding="utf-8"))["source"] == listed
    update = subprocess.run(
        [sys.executable, "-m", "search_app.cli", "update", "--sources", str(sources),
         "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    assert update.returncode == 0, update.stderr
    assert "8 documents saved" in update.stdout


# ---- where councils install their systems: each address shape, under real-looking names ----


@pytest.mark.parametrize(
    ("host", "folder"),
    [
        ("democracy.anytown.gov.uk", ""),
        ("anytown.moderngov.co.uk", ""),
        ("www.anytown.gov.uk", "/moderngov"),
        ("www.anytown.gov.uk", "/Committees"),
        ("meetings.anytown.gov.uk", "/localgov"),
        ("www.anytown.gov.uk", "/DemocraticServices"),
    ],
)
def test_a_moderngov_site_is_found_from_its_front_page_and_councillors_page_wherever_installed(
    site, client, host, folder
):
    site_, base = site
    site_.moderngov_folders.add(folder)
    site_.pages[f"{folder}/"] = moderngov_home(folder)
    site_.pages[f"{folder}/mgMemberIndex.aspx"] = moderngov_home(folder)
    root = f"http://{host}:{base.rsplit(':', 1)[1]}"
    with resolving({host}):
        for page in (f"{folder}/", f"{folder}/mgMemberIndex.aspx?bcr=1"):
            found = detect(client, root + page)
            assert (found.system.name, found.base) == ("moderngov", root + folder), page


@pytest.mark.parametrize(
    ("host", "root", "councillors"),
    [
        ("eastwick.cmis.uk.com", "/eastwick", "/Councillors.aspx"),
        ("eastwick.cmis.uk.com", "/eastwick", "/Councillors/tabid/63/ScreenMode/Alphabetical/Default.aspx"),
        ("eastwick.cmis.uk.com", "/eastwick", "/CouncilandGovernance/Councillors.aspx"),
        ("eastwick.cmis.uk.com", "", "/Councillors.aspx"),
        ("cmis.eastwick.gov.uk", "/cmis5", "/Councillors.aspx"),
        ("committees.eastwick.gov.uk", "/committees/cmis5", "/Members.aspx"),
        ("www.eastwick.gov.uk", "/dms", "/Councillors/tabid/63/ScreenMode/Alphabetical/Default.aspx"),
        ("estates.eastwick.gov.uk", "/cmis", "/"),
    ],
)  # fmt: skip
def test_a_cmis_site_is_found_from_its_front_page_and_councillors_page_wherever_installed(
    site, client, host, root, councillors
):
    """The address shapes councils' CMIS sites have: a root folder or none, a page with a
    tab id, a page below another (whose root only the menu's links say)."""
    site_, base = site
    site_.cmis_roots = {root}
    site_.pages[root + councillors.split("?")[0]] = cmis_page(root, "tabid" in councillors)
    address = f"http://{host}:{base.rsplit(':', 1)[1]}"
    with resolving({host}):
        for page in (f"{root}/", root + councillors):
            found = detect(client, address + page)
            assert (found.system.name, found.base) == ("cmis", address + root), page


@pytest.mark.parametrize(
    ("system", "host", "front", "meeting", "base"),
    [
        ("escribe", "pub-northvale.escribemeetings.com", "/",
         "/Meeting.aspx?Id=3f1c2a10-0000-4000-8000-000000000001&Agenda=PostMinutes&lang=English", ""),
        ("primegov", "exampleton.primegov.com", "/public/portal",
         "/Portal/Meeting?meetingTemplateId=9170", ""),
        ("civicclerk", "exampletownst.portal.civicclerk.com", "/", "/event/1412/files", "/v1"),
        ("granicus", "exampleville.granicus.com", "/ViewPublisher.php?view_id=2",
         "/MediaPlayer.php?view_id=2&clip_id=801", "/ViewPublisher.php?view_id=2"),
        ("boarddocs", "go.boarddocs.com", "/ga/exampleco/Board.nsf/Public",
         "/ga/exampleco/Board.nsf/goto?open&id=DT4KQW7A1B2C", "/ga/exampleco/Board.nsf"),
        ("infocouncil", "wattle.infocouncil.biz", "/ic/", "/ic/Open/OC_01022026_MIN_WEB.htm", "/ic"),
    ],
)  # fmt: skip
def test_every_new_system_is_found_from_its_front_page_and_from_a_meetings_page(
    site, client, system, host, front, meeting, base
):
    site_, served = site
    port = served.rsplit(":", 1)[1]
    names = {host, host.replace(".portal.", ".api.")}  # CivicClerk's API is its own host
    with resolving(names):
        for page in (front, meeting):
            found = detect(client, f"http://{host}:{port}{page}")
            expected = f"http://{host.replace('.portal.', '.api.')}:{port}{base}"
            assert (found.system.name, found.base) == (system, expected), page
