"""InfoCouncil: the business-papers index on a loopback fake (tests/harvest_site.py):
minutes only from the minutes cell, the PDF or the HTML paper inside its frameset, a
year the site ignores, late minutes, detection from the index, then index and search."""

from __future__ import annotations

import json

from search_app.harvest import detect, harvest
from search_app.index import update_index
from search_app.search import Searcher, SearchRequest

SHIRE = "Wattle Shire Council"


def test_a_full_infocouncil_harvest_takes_minutes_from_the_minutes_cell(site, tmp_path, client):
    site_, base = site
    report = harvest(f"{base}/ic/", tmp_path / "corpus", client, system="infocouncil")
    assert report.council == SHIRE and not report.failed
    assert [p.suffix for p in report.saved] == [".pdf"]  # the minutes PDF, not the agenda
    assert report.pending == 1  # the committee's minutes cell is empty
    assert report.listed == 2  # the row from three years back is outside the window
    sidecar = json.loads(report.saved[0].with_name(report.saved[0].name + ".meta.json").read_text())
    assert sidecar["committee"] == "Ordinary Council Meeting"  # not the venue after it
    assert sidecar["date"] == site_.infocouncil_rows()[1][0].isoformat()
    assert "_MIN.PDF" in sidecar["source_url"] and "start_time" not in sidecar


def test_late_html_minutes_are_read_from_the_paper_frame(site, tmp_path, client):
    site_, base = site
    corpus = tmp_path / "corpus"
    harvest(f"{base}/ic/", corpus, client, system="infocouncil")
    site_.infocouncil_late_published = True
    late = harvest(f"{base}/ic/", corpus, client, system="infocouncil")
    assert len(late.saved) == 1 and late.saved[0].suffix == ".html"
    assert "Internal Audit Plan" in late.saved[0].read_bytes().decode("cp1252")
    again = harvest(f"{base}/ic/", corpus, client, system="infocouncil")
    assert again.saved == [] and again.skipped == 2


def test_an_infocouncil_index_is_recognised_by_its_page(site, client):
    site_, base = site
    found = detect(client, f"{base}/ic/")
    assert found.system.name == "infocouncil" and found.base == f"{base}/ic"


def test_harvested_infocouncil_minutes_index_and_search(site, tmp_path, client):
    site_, base = site
    harvest(f"{base}/ic/", tmp_path / "corpus", client, system="infocouncil")
    site_.infocouncil_late_published = True
    harvest(f"{base}/ic/", tmp_path / "corpus", client, system="infocouncil")
    assert not update_index(tmp_path / "corpus", tmp_path / "index").failed
    found = Searcher(tmp_path / "index").search(SearchRequest("internal audit plan"))
    assert found.total >= 1
    hit = found.hits[0]
    assert hit.committee == "Audit, Risk and Improvement Committee" and hit.body_name == SHIRE
