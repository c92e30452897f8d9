"""Granicus: a tenant's view publisher on a loopback fake (tests/harvest_site.py): bodies
from the archive's panels or from meeting names, minutes whichever way MinutesViewer gives
them (a PDF, a redirect, a page linking the PDF, HTML), never a recap; late minutes;
faults; robots.txt; detection; then index and search."""

from __future__ import annotations

import json

import pytest

from search_app.harvest import detect, harvest
from search_app.harvest.granicus import body_from_name
from search_app.index import update_index
from search_app.search import Searcher, SearchRequest

CITY = "Exampleville City Council"


def sidecars(report) -> list[dict]:
    return [json.loads(p.with_name(p.name + ".meta.json").read_text()) for p in report.saved]


def test_a_full_granicus_harvest_takes_minutes_however_the_viewer_gives_them(
    site, tmp_path, client
):
    site_, base = site
    report = harvest(f"{base}/ViewPublisher.php?view_id=2", tmp_path / "corpus", client,
                     system="granicus")  # fmt: skip
    assert report.council == CITY and not report.failed
    assert report.listed == 4  # not the one from years back, nor the upcoming one
    assert report.pending == 1  # the commission's last meeting has no minutes link yet
    by_clip = {meta["ids"]["meeting"]: meta for meta in sidecars(report)}
    assert sorted(by_clip) == ["801", "802", "803"]
    assert by_clip["801"]["source_url"].endswith(
        "MinutesViewer.php?view_id=2&clip_id=801&doc_id=5e1f"
    )
    assert "meta_id=12" in by_clip["802"]["source_url"]  # the PDF labelled minutes, not the agenda
    assert by_clip["803"]["committee"] == "Planning Commission"
    assert {meta["committee"] for meta in by_clip.values()} == {
        "City Council",
        "Planning Commission",
    }
    suffixes = sorted(p.suffix for p in report.saved)
    assert suffixes == [".html", ".pdf", ".pdf"]


def test_a_view_without_panels_names_bodies_from_meeting_names_and_skips_the_recap(
    site, tmp_path, client
):
    site_, base = site
    report = harvest(f"{base}/ViewPublisher.php?view_id=3", tmp_path / "corpus", client,
                     system="granicus")  # fmt: skip
    assert not report.failed and len(report.saved) == 1
    meta = sidecars(report)[0]
    assert meta["committee"] == "Parks and Recreation Board"
    assert meta["source_url"].endswith("doc_id=m1") and report.saved[0].suffix == ".pdf"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("1:00 PM City Council (Closed Session) (Special Meeting)", "City Council"),
        ("04-08-25 Regular Board Meeting, 11:00 AM - English", "Board"),
        ("Board of Supervisors - Budget Hearing", "Board of Supervisors"),
        ("Historic Preservation Commission Work Session", "Historic Preservation Commission"),
        ("Special Meeting", "Special Meeting"),  # nothing else to name it by
    ],
)
def test_a_meetings_name_gives_its_body(name, body):
    assert body_from_name(name) == body


def test_a_second_run_fetches_nothing_again_and_picks_up_late_minutes(site, tmp_path, client):
    site_, base = site
    corpus, url = tmp_path / "corpus", f"{base}/ViewPublisher.php?view_id=2"
    first = harvest(url, corpus, client, system="granicus")
    again = harvest(url, corpus, client, system="granicus")
    assert again.saved == [] and again.skipped == len(first.saved) == 3
    site_.granicus_late_published = True
    late = harvest(url, corpus, client, system="granicus")
    assert [p.name.endswith("-804.pdf") for p in late.saved] == [True]


def test_granicus_faults_are_retried_or_named(site, tmp_path, client):
    site_, base = site
    site_.faults["/ViewPublisher.php"] = ["500", "429:1"]
    site_.faults["/MetaViewer.php"] = ["403"]
    site_.faults["/DocumentViewer.php"] = ["truncate"]
    report = harvest(f"{base}/ViewPublisher.php?view_id=2", tmp_path / "corpus", client,
                     system="granicus")  # fmt: skip
    assert len(report.saved) == 1 and len(report.failed) == 2
    reasons = " ".join(str(error) for error in report.failed)
    assert "HTTP 403" in reasons and "truncated" in reasons
    retried = harvest(f"{base}/ViewPublisher.php?view_id=2", tmp_path / "corpus", client,
                      system="granicus")  # fmt: skip
    assert len(retried.saved) == 2 and not retried.failed


def test_a_tenant_whose_robots_txt_forbids_crawlers_is_refused_and_named(site, tmp_path, client):
    """As many Granicus tenants' robots.txt reads: search engines only, a long delay."""
    site_, base = site
    site_.robots = "User-agent: Googlebot\nCrawl-delay: 10\nDisallow: /JSON.php\n\nUser-agent: *\nDisallow: /\n"
    report = harvest(f"{base}/ViewPublisher.php?view_id=2", tmp_path / "corpus", client,
                     system="granicus")  # fmt: skip
    assert report.saved == [] and "robots.txt disallows it" in str(report.failed[0])


def test_a_crawl_delay_is_kept_between_requests_and_one_too_long_is_named(site, tmp_path, client):
    site_, base = site
    site_.robots = "User-agent: *\nCrawl-delay: 0.4\n"
    harvest(f"{base}/ViewPublisher.php?view_id=3", tmp_path / "a", client, system="granicus")
    times = [t for t, path, _ in site_.requests if path != "/robots.txt"]
    assert len(times) >= 3 and min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.35
    site_.robots = "User-agent: *\nCrawl-delay: 1000\n"
    client.robots.clear()
    report = harvest(f"{base}/ViewPublisher.php?view_id=3", tmp_path / "b", client,
                     system="granicus")  # fmt: skip
    assert report.saved == [] and "asks for 1000 s between requests" in str(report.failed[0])


@pytest.mark.parametrize(
    "page",
    [
        "/city",  # the city's own page, which links the archive
        "/MinutesViewer.php?view_id=2&clip_id=801",  # one meeting's minutes
        "/ViewPublisher.php?view_id=2",  # the archive itself
    ],
)
def test_a_granicus_archive_is_found_from_the_city_page_or_a_meeting(site, client, page):
    site_, base = site
    site_.pages["/city"] = (
        f"<title>{CITY}</title><a href='/parks'>Parks</a>"
        f"<iframe src='//{base.split('//')[1]}/ViewPublisher.php?view_id=2'></iframe>"
    )
    found = detect(client, base + page)
    assert found.system.name == "granicus" and found.base == f"{base}/ViewPublisher.php?view_id=2"
    assert "lists 6 meetings" in found.reason


def test_a_tenant_given_by_its_host_is_harvested_from_the_views_it_has(site, tmp_path, client):
    """No view named: the first few view ids are asked; the two that answer are harvested
    and the others ("Page not found.") are not failures."""
    site_, base = site
    report = harvest(base + "/", tmp_path / "corpus", client, system="granicus")
    assert not report.failed and len(report.saved) == 4
    assert site_.count("/ViewPublisher.php") == 5  # views 1-5, each asked once


def test_harvested_granicus_minutes_index_and_search_by_body(site, tmp_path, client):
    site_, base = site
    harvest(f"{base}/ViewPublisher.php?view_id=2", tmp_path / "corpus", client, system="granicus")
    assert not update_index(tmp_path / "corpus", tmp_path / "index").failed
    found = Searcher(tmp_path / "index").search(SearchRequest("hillcrest rezoning"))
    assert found.total >= 1
    hit = found.hits[0]
    assert hit.committee == "Planning Commission" and hit.body_name == CITY
    assert hit.date.isoformat() == site_.granicus_rows()[3][2].isoformat()


def test_a_hostile_archive_page_costs_little_and_loses_only_its_bad_rows():
    """A name of endless meeting words is read in bounded time; a row offering only an
    agenda and a draft awaits its minutes; a link to another host or one no client could
    use is not taken; a row of nested tables is not a meeting; the good rows are kept."""
    import time

    from search_app.harvest.granicus import rows_of

    name = "x " + "regular " * 20_000
    rows = (
        f"<tr><td headers='Name'>{name}</td><td>Jan 5, 2026</td>"
        "<td><a href='MinutesViewer.php?clip_id=1'>Minutes</a></td></tr>"
        "<tr><td>Board</td><td>Jan 6, 2026</td><td><select>"
        "<option value='MinutesViewer.php?clip_id=2&doc_id=a'>Agenda</option>"
        "<option value='MinutesViewer.php?clip_id=2&doc_id=d'>Draft Minutes</option></select></td></tr>"
        "<tr><td>Board</td><td>Jan 7, 2026</td><td><a href='http://[x/MinutesViewer.php?clip_id=3'>"
        "Minutes</a> <a href='https://elsewhere.example/MinutesViewer.php?clip_id=3'>Minutes</a>"
        "<a href='AgendaViewer.php?clip_id=3'>Agenda</a></td></tr>"
        + "<tr><td><table>" * 300 + "<tr><td><a href='MinutesViewer.php?clip_id=4'>M</a></td></tr>"
        + "</table></td></tr>" * 300
    )  # fmt: skip
    started = time.perf_counter()
    found = {row.key: row for row in rows_of(rows.encode(), "https://town.granicus.com/V.php")}
    assert time.perf_counter() - started < 5
    assert found["clip:1"].minutes.endswith("clip_id=1") and len(found["clip:1"].body) <= 300
    assert found["clip:2"].minutes is None  # the minutes are still to come
    assert found["clip:3"].minutes is None and found["clip:4"].minutes.endswith("clip_id=4")
