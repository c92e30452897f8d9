"""PrimeGov: the public portal's JSON API on a loopback fake (tests/harvest_site.py):
bodies named from the committee list, minutes as the PDF (kept at its stable address) or
the HTML rendition, late minutes, faults, detection, then index and search."""

from __future__ import annotations

import json

from search_app.harvest import detect, harvest
from search_app.index import update_index
from search_app.search import Searcher, SearchRequest

CITY = "City of Exampleton Council"


def portal(site_) -> None:
    site_.pages["/"] = f"<title>Public Portal - {CITY}</title>"


def test_a_full_primegov_harvest_names_bodies_not_meeting_titles(site, tmp_path, client):
    site_, base = site
    portal(site_)
    report = harvest(base + "/", tmp_path / "corpus", client, system="primegov")
    assert report.council == CITY and not report.failed
    folders = sorted(path.parent.name for path in report.saved)
    assert folders == ["city-council", "planning-commission"]  # not "01/07 Planning Commission"
    assert report.pending == 1  # its minutes template exists but is not published yet
    pdf = next(p for p in report.saved if p.suffix == ".pdf")
    sidecar = json.loads(pdf.with_name(pdf.name + ".meta.json").read_text())
    assert sidecar["source_url"] == (
        f"{base}/Public/CompiledDocument?meetingTemplateId=9164&compileOutputType=1"
    )  # the stable address, not the storage address it redirected to
    assert sidecar["committee"] == "City Council" and sidecar["start_time"] == "18:00"
    html = next(p for p in report.saved if p.suffix == ".html")
    assert "RIVERSIDE SUBDIVISION APPEAL" in html.read_text()


def test_a_second_run_fetches_nothing_again_and_picks_up_late_minutes(site, tmp_path, client):
    site_, base = site
    portal(site_)
    corpus = tmp_path / "corpus"
    first = harvest(base + "/", corpus, client, system="primegov")
    again = harvest(base + "/", corpus, client, system="primegov")
    assert again.saved == [] and again.skipped == len(first.saved) == 2
    site_.primegov_late_published = True
    late = harvest(base + "/", corpus, client, system="primegov")
    assert [p.name.endswith("-4840.pdf") for p in late.saved] == [True]


def test_primegov_faults_are_retried_or_named(site, tmp_path, client):
    site_, base = site
    portal(site_)
    site_.faults["/api/v2/PublicPortal/ListArchivedMeetings"] = ["500", "429:1"]
    site_.faults["/Portal/Meeting"] = ["403"]
    report = harvest(base + "/", tmp_path / "corpus", client, system="primegov")
    assert len(report.saved) == 1 and len(report.failed) == 1
    assert "HTTP 403" in str(report.failed[0])


def test_a_primegov_portal_is_found_from_the_city_page_that_links_it(site, client):
    site_, base = site
    site_.pages["/city"] = f"<title>{CITY}</title><a href='{base}/public/portal'>Agendas</a>"
    found = detect(client, base + "/city")
    assert found.system.name == "primegov" and found.base == base
    assert "lists 2 bodies" in found.reason


def test_harvested_primegov_minutes_index_and_search_by_body(site, tmp_path, client):
    site_, base = site
    portal(site_)
    harvest(base + "/", tmp_path / "corpus", client, system="primegov")
    assert not update_index(tmp_path / "corpus", tmp_path / "index").failed
    found = Searcher(tmp_path / "index").search(SearchRequest("riverside subdivision"))
    assert found.total >= 1
    hit = found.hits[0]
    assert hit.committee == "Planning Commission" and hit.body_name == CITY
    assert hit.date.isoformat() == site_.primegov_meetings()[1]["dateTime"][:10]


def test_two_cities_of_one_name_keep_each_others_minutes(site, tmp_path, client):
    """Two portals whose pages name the same council and whose meeting ids coincide: the
    second's minutes are its own, not taken as already harvested, and neither file
    replaces the other."""
    from tests.harvest_site import Site, serve

    first, base = site
    portal(first)
    (tmp_path / "b").mkdir()
    second = Site(tmp_path / "b")
    portal(second)
    server, other = serve(second, host="127.0.0.2")
    try:
        one = harvest(base + "/", tmp_path / "corpus", client, system="primegov")
        two = harvest(other + "/", tmp_path / "corpus", client, system="primegov")
    finally:
        server.shutdown()
    assert len(one.saved) == len(two.saved) == 2 and two.skipped == 0
    assert len(set(one.saved + two.saved)) == 4  # four files, none written over
