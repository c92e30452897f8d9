"""CivicClerk: the OData API on a loopback fake (tests/harvest_site.py): pages followed,
bodies by category, minutes as the PDF stream, deleted events left out, late minutes,
faults, a next page elsewhere refused, then index and search."""

from __future__ import annotations

import json

from search_app.harvest import harvest
from search_app.index import update_index
from search_app.search import Searcher, SearchRequest

COUNTY = "Exampletown City Council"


def test_a_full_civicclerk_harvest_follows_pages_and_names_bodies(site, tmp_path, client):
    site_, base = site
    report = harvest(f"{base}/v1", tmp_path / "corpus", client, system="civicclerk",
                     council=COUNTY)  # fmt: skip
    assert not report.failed and report.listed == 2  # not the deleted one, nor the future one
    assert [p.parent.name for p in report.saved] == ["city-council"]
    assert report.pending == 1  # the workshop's minutes are not out yet
    assert site_.count("/v1/Events") == 2  # two events a page: the next page was followed
    sidecar = json.loads(report.saved[0].with_name(report.saved[0].name + ".meta.json").read_text())
    assert sidecar["committee"] == "City Council" and sidecar["start_time"] == "18:00"
    assert sidecar["source_url"].endswith(
        "/v1/Meetings/GetMeetingFileStream(fileId=502,plainText=false)"
    )  # noqa: E501
    assert (
        sidecar["date"] == site_.civicclerk_events()[0]["startDateTime"][:10]
    )  # local, as written


def test_a_second_run_fetches_nothing_again_and_picks_up_late_minutes(site, tmp_path, client):
    site_, base = site
    corpus = tmp_path / "corpus"
    first = harvest(f"{base}/v1", corpus, client, system="civicclerk", council=COUNTY)
    again = harvest(f"{base}/v1", corpus, client, system="civicclerk", council=COUNTY)
    assert again.saved == [] and again.skipped == len(first.saved) == 1
    site_.civicclerk_late_published = True
    late = harvest(f"{base}/v1", corpus, client, system="civicclerk", council=COUNTY)
    assert [p.parent.name for p in late.saved] == ["planning-commission"]


def test_civicclerk_faults_are_retried_or_named_and_a_next_page_elsewhere_is_not_followed(
    site, tmp_path, client
):
    site_, base = site
    site_.faults["/v1/Events"] = ["500", "429:1"]
    site_.civicclerk_next = "http://127.0.0.9:1/v1/Events?$skip=2"  # another host's "next page"
    report = harvest(f"{base}/v1", tmp_path / "corpus", client, system="civicclerk",
                     council=COUNTY)  # fmt: skip
    assert not report.failed and report.listed == 2  # the first page only
    assert site_.count("/v1/Events") == 3  # 500, 429, then the page


def test_harvested_civicclerk_minutes_index_and_search_by_body(site, tmp_path, client):
    site_, base = site
    harvest(f"{base}/v1", tmp_path / "corpus", client, system="civicclerk", council=COUNTY)
    assert not update_index(tmp_path / "corpus", tmp_path / "index").failed
    found = Searcher(tmp_path / "index").search(SearchRequest("snow removal"))
    assert found.total >= 1
    assert found.hits[0].committee == "City Council" and found.hits[0].body_name == COUNTY
