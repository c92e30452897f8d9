"""Minutes that state no date, or cannot be split into items, are indexed, found and
explained: an "undated" year facet, last in date order, off the timeline, and pages that
say what could not be found."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from search_app.facets import FacetFilters
from search_app.search import Searcher, SearchRequest
from search_app.web import create_app
from tests.conftest import CORPUS, indexed_corpus

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines

UNDATED = "undated-ferry-users-forum"
UNSPLIT = "headingless-notes-2022-02-01"
OPENAPI = json.loads(
    (CORPUS.parent / "search_app" / "web" / "openapi.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def index(tmp_path_factory, engine):
    return indexed_corpus(
        tmp_path_factory, "undated-ferry-users-forum.txt", "headingless-notes-2022-02-01.txt"
    )


@pytest.fixture(scope="module")
def searcher(index):
    return Searcher(index[1])


@pytest.fixture(scope="module")
def client(index):
    corpus, index_dir = index
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)})
    return app.test_client()


def test_undated_items_are_searchable_with_an_undated_year_facet(searcher):
    results = searcher.search(SearchRequest("ferry"))
    ids = [hit.id for hit in results.hits]
    assert f"{UNDATED}--2" in ids and f"{UNSPLIT}" in " ".join(ids)
    years = {value.value: value.count for value in results.facets["year"]}
    assert years["undated"] == 1 and years["2022"] == 1
    undated = next(hit for hit in results.hits if hit.id == f"{UNDATED}--2")
    assert undated.date is None


def test_the_undated_facet_filters_and_undated_items_sort_last(searcher):
    request = SearchRequest("", FacetFilters.of(year=["undated"]))
    assert [hit.id for hit in searcher.search(request).hits] == [f"{UNDATED}--2"]
    newest = searcher.search(SearchRequest("ferry OR sailing OR timetable", sort="newest"))
    oldest = searcher.search(SearchRequest("ferry OR sailing OR timetable", sort="oldest"))
    assert newest.hits[-1].id == f"{UNDATED}--2" and oldest.hits[-1].id == f"{UNDATED}--2"
    assert all(value.value != "NaT" for value in newest.timeline)
    assert sum(value.count for value in newest.timeline) == newest.total - 1


def test_pages_say_undated_and_could_not_be_split(client):
    page = client.get(f"/items/{UNDATED}--2").get_data(as_text=True)
    assert "Undated" in page and "state no date that could be found" in page
    unsplit_id = f"{UNSPLIT}--item-1"
    page = client.get(f"/meetings/{UNSPLIT}").get_data(as_text=True)
    assert "could not be split into agenda items" in page
    assert "/items/" + unsplit_id in page
    item = client.get(f"/items/{unsplit_id}").get_data(as_text=True)
    assert "its whole text is shown as one item" in item
    assert "<h1>Item :" not in item


def test_search_page_api_csv_and_atom_carry_undated_items(client):
    page = client.get("/search?q=sailing&year=undated").get_data(as_text=True)
    assert "Winter Timetable" in page and "Undated" in page
    data = client.get("/api/search?q=sailing").get_json()
    schema = {"$ref": "#/components/schemas/SearchResults", **OPENAPI}
    jsonschema.validate(data, schema)
    assert data["hits"][0]["date"] is None
    rows = list(
        csv.DictReader(io.StringIO(client.get("/search.csv?q=sailing").get_data(as_text=True)))
    )
    assert rows[0]["date"] == "" and rows[0]["title"] == "Winter Timetable"
    feed = client.get("/search.atom?q=sailing").get_data(as_text=True)
    assert "undated, item 2: Winter Timetable" in feed
