"""BoardDocs: a district's public page and the calls its script makes, on a loopback fake
(tests/harvest_site.py): committees as bodies (not meetings' titles), minutes as the
fragment BD-GetMinutes answers, a blank one awaiting approval, late minutes, faults,
detection, then index and search."""

from __future__ import annotations

import json

from search_app.harvest import detect, harvest
from search_app.index import update_index
from search_app.search import Searcher, SearchRequest
from tests.harvest_site import BOARDDOCS

DISTRICT = "Example County Schools"


def test_a_full_boarddocs_harvest_names_committees_and_waits_for_blank_minutes(
    site, tmp_path, client
):
    site_, base = site
    report = harvest(f"{base}{BOARDDOCS}/Public", tmp_path / "corpus", client, system="boarddocs")
    assert report.council == DISTRICT and not report.failed
    folders = sorted(path.parent.name for path in report.saved)
    assert folders == ["board-of-education", "policy-committee"]  # not "regular-board-meeting"
    assert report.pending == 1  # the budget hearing's minutes are a blank shell
    assert report.listed == 3  # the work session is still to come
    saved = report.saved[0]
    meta = json.loads(saved.with_name(saved.name + ".meta.json").read_text())
    assert meta["source_url"] == f"{base}{BOARDDOCS}/goto?open&id={meta['ids']['meeting']}"
    assert "Motion carried 5-0" in saved.read_text(encoding="utf-8")
    asked = site_.last_query(f"{BOARDDOCS}/BD-GetMinutes")
    assert set(asked) == {"id", "current_committee_id"}


def test_a_second_run_fetches_nothing_again_and_picks_up_late_minutes(site, tmp_path, client):
    site_, base = site
    corpus, url = tmp_path / "corpus", f"{base}{BOARDDOCS}/Public"
    first = harvest(url, corpus, client, system="boarddocs")
    again = harvest(url, corpus, client, system="boarddocs")
    assert again.saved == [] and again.skipped == len(first.saved) == 2
    site_.boarddocs_late_published = True
    late = harvest(url, corpus, client, system="boarddocs")
    assert [p.name.endswith("-dszp2m6f0e9d.html") for p in late.saved] == [True]


def test_boarddocs_faults_are_retried_or_named(site, tmp_path, client):
    site_, base = site
    site_.faults[f"{BOARDDOCS}/BD-GetMeetingsList"] = ["500", "429:1"]
    site_.faults[f"{BOARDDOCS}/BD-GetMinutes"] = ["403"]
    report = harvest(f"{base}{BOARDDOCS}/Public", tmp_path / "corpus", client, system="boarddocs")
    assert len(report.saved) == 1 and len(report.failed) == 1
    assert "HTTP 403 (blocked?)" in str(report.failed[0])


def test_a_district_is_found_from_its_website_or_any_boarddocs_page(site, client):
    site_, base = site
    site_.pages["/district"] = (
        f"<title>{DISTRICT}</title><a href='{base}{BOARDDOCS}/Public'>Board agendas</a>"
    )
    for page in ("/district", f"{BOARDDOCS}/goto?open&id=DT4KQW7A1B2C"):
        found = detect(client, base + page)
        assert found.system.name == "boarddocs" and found.base == base + BOARDDOCS
        assert "lists 2 committees" in found.reason


def test_harvested_boarddocs_minutes_index_and_search_by_committee(site, tmp_path, client):
    site_, base = site
    harvest(f"{base}{BOARDDOCS}/Public", tmp_path / "corpus", client, system="boarddocs")
    assert not update_index(tmp_path / "corpus", tmp_path / "index").failed
    found = Searcher(tmp_path / "index").search(SearchRequest("student calendar"))
    assert found.total >= 1
    hit = found.hits[0]
    assert hit.committee == "Board of Education" and hit.body_name == DISTRICT
    assert f"{hit.date:%Y%m%d}" == site_.boarddocs_meetings()["A9HCVU32F33A"][0]["numberdate"]
