"""eScribe: the calendar's JSON page method on a loopback fake (tests/harvest_site.py),
minutes as HTML items or the PDF, late minutes, faults, detection, then index and search."""

from __future__ import annotations

import json

from search_app.harvest import detect, harvest
from search_app.index import update_index
from search_app.parse import parse_file
from search_app.search import Searcher, SearchRequest
from tests.harvest_site import ESCRIBE

CITY = "City of Northvale Council"


def portal(site_) -> None:
    site_.pages["/"] = f"<title>Home - {CITY}</title><p>Meetings calendar</p>"


def test_a_full_escribe_harvest_saves_html_or_pdf_minutes_by_body(site, tmp_path, client):
    site_, base = site
    portal(site_)
    report = harvest(base + "/", tmp_path / "corpus", client, system="escribe")
    assert report.council == CITY and not report.failed
    names = sorted(path.relative_to(tmp_path / "corpus" / "city-of-northvale-council").as_posix()
                   for path in report.saved)  # fmt: skip
    safety, council = ESCRIBE["safety"], ESCRIBE["council"]
    assert [n.split("/")[0] for n in names] == ["city-council", "public-safety-committee"]
    assert names[0].endswith(f"{council}.pdf") and names[1].endswith(f"{safety}.html")
    assert report.pending == 1  # the latest meeting's minutes are not out; the future one waits
    asked = site_.last_query("/MeetingsCalendarView.aspx/GetCalendarMeetings")
    assert set(asked) == {"calendarStartDate", "calendarEndDate"}
    html_minutes = next(p for p in report.saved if p.suffix == ".html")
    sidecar = json.loads(html_minutes.with_name(html_minutes.name + ".meta.json").read_text())
    assert sidecar["committee"] == "Public Safety Committee" and sidecar["start_time"] == "10:00"
    assert sidecar["source_url"].endswith(
        f"Meeting.aspx?Id={safety}&Agenda=PostMinutes&lang=English"
    )
    document = parse_file(html_minutes)
    assert document.meeting.committee == "Public Safety Committee"
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Call to Order"), ("2", "Snow Clearing Contract"), ("3", "Adjournment"),
    ]  # fmt: skip


def test_a_second_run_fetches_nothing_again_and_picks_up_late_minutes(site, tmp_path, client):
    site_, base = site
    portal(site_)
    corpus = tmp_path / "corpus"
    first = harvest(base + "/", corpus, client, system="escribe")
    again = harvest(base + "/", corpus, client, system="escribe")
    assert again.saved == [] and again.skipped == len(first.saved) == 2
    site_.escribe_late_published = True
    late = harvest(base + "/", corpus, client, system="escribe")
    held = site_.escribe_meetings()[2]["StartDate"][:10].replace("/", "-")
    assert [p.name for p in late.saved] == [f"{held}-{ESCRIBE['late']}.pdf"]


def test_escribe_faults_are_retried_or_named(site, tmp_path, client):
    site_, base = site
    portal(site_)
    site_.faults["/MeetingsCalendarView.aspx/GetCalendarMeetings"] = ["500", "429:1"]
    site_.faults["/FileStream.ashx"] = ["html200"]
    report = harvest(base + "/", tmp_path / "corpus", client, system="escribe")
    assert len(report.saved) == 1 and len(report.failed) == 1  # the HTML minutes came
    assert "not a PDF" in report.failed[0].reason
    retried = harvest(base + "/", tmp_path / "corpus", client, system="escribe")
    assert len(retried.saved) == 1 and not retried.failed  # the PDF, this time


def test_an_escribe_portal_is_found_from_the_city_page_that_links_it(site, client):
    site_, base = site
    site_.pages["/city"] = (
        f"<title>{CITY}</title><a href='{base}/MeetingsCalendarView.aspx'>Council meetings</a>"
    )
    found = detect(client, base + "/city")
    assert found.system.name == "escribe" and found.base == base
    assert "answers with" in found.reason


def test_harvested_escribe_minutes_index_and_search_with_body_date_and_items(
    site, tmp_path, client
):
    site_, base = site
    portal(site_)
    harvest(base + "/", tmp_path / "corpus", client, system="escribe")
    assert not update_index(tmp_path / "corpus", tmp_path / "index").failed
    results = Searcher(tmp_path / "index").search(SearchRequest("snow clearing"))
    hit = results.hits[0]
    assert hit.committee == "Public Safety Committee" and hit.body_name == CITY
    assert hit.title == "Snow Clearing Contract" and hit.number == "2"
    held = site_.escribe_meetings()[0]["StartDate"][:10].replace("/", "-")
    assert hit.date.isoformat() == held
