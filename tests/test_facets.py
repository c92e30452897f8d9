"""The facets, declared once: every engine, URL, page, API and CLI reads `FACETS`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from search_app.cli import cli
from search_app.facets import (
    BY_NAME,
    FACETS,
    LISTED,
    UNDATED,
    UNDATED_YEAR,
    FacetFilters,
    selections,
)
from search_app.search import Searcher, SearchRequest
from search_app.vectors import embed_index
from search_app.web import create_app
from tests.conftest import indexed_corpus

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory, engine):
    """The bundled corpus, embedded: the topic facet's subject areas come from its vectors."""
    index_dir = indexed_corpus(tmp_path_factory, "hostile-minutes.txt")[1]
    embed_index(index_dir)
    return index_dir


def client_of(index_dir):
    return create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()


def test_a_value_as_urls_write_it_is_read_as_the_index_holds_it():
    year, decision, speaker = BY_NAME["year"], BY_NAME["decision"], BY_NAME["speaker"]
    assert year.index_value("2019") == 2019 and year.index_value(UNDATED) == UNDATED_YEAR
    assert decision.index_value("yes") is True and decision.index_value("no") is False
    assert speaker.index_value("Cllr K Douglas") == "K Douglas"  # as the speaker facet counts
    assert year.label_of(UNDATED_YEAR) == UNDATED and decision.label_of(False) == "no"
    for facet, bad in ((year, "twenty"), (year, "1066"), (year, "²⁰¹⁹"), (decision, "maybe")):
        with pytest.raises(ValueError, match=f"'{facet.name}' must be"):
            facet.index_value(bad)


def test_counts_are_ordered_alike_for_every_kind():
    assert BY_NAME["year"].ordered([(2019, 2), (UNDATED_YEAR, 5), (2023, 1)]) == [
        ("2023", 1), ("2019", 2), (UNDATED, 5),
    ]  # fmt: skip
    assert BY_NAME["decision"].ordered([(False, 9), (True, 1)]) == [("yes", 1), ("no", 9)]
    assert BY_NAME["committee"].ordered([("b", 2), ("A", 2), ("c", 3), ("d", 0)]) == [
        ("c", 3), ("A", 2), ("b", 2),
    ]  # fmt: skip


def test_filters_name_only_facets_and_hide_procedural_items_unless_asked():
    with pytest.raises(ValueError, match="not a facet"):
        FacetFilters.of(colour=["red"])
    assert set(selections(FacetFilters())) == {"procedural"}
    assert selections(FacetFilters.of(include_procedural=True)) == {}
    chosen = selections(FacetFilters.of(year=[2021, "undated"], decision=["yes"]))
    assert chosen["year"].values == (2021, UNDATED_YEAR) and chosen["decision"].values == (True,)


def test_every_value_counted_filters_to_its_count(index_dir):
    """The contract for every facet and engine: ticking a value gives as many items as its
    count said, and the counts of the facet's values add up to the items (one-value kinds)."""
    searcher = Searcher(index_dir)
    everything = searcher.search(SearchRequest("", FacetFilters.of(include_procedural=True)))
    assert set(everything.facets) == {facet.name for facet in FACETS}
    for facet in LISTED:
        counted = everything.facets[facet.name]
        assert counted, facet.name
        for value in counted:
            ticked = FacetFilters.of(include_procedural=True, **{facet.name: [value.value]})
            assert searcher.search(SearchRequest("", ticked)).total == value.count, (
                facet.name, value.value,
            )  # fmt: skip
        if facet.kind in ("year", "flag"):
            assert sum(v.count for v in counted) == everything.total, facet.name


def test_every_facet_is_offered_by_the_page_the_api_and_the_cli(index_dir):
    client = client_of(index_dir)
    page = client.get("/search?q=").get_data(as_text=True)
    spec = client.get("/api/openapi.json").get_json()
    described = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    help_text = CliRunner().invoke(cli, ["search", "--help"]).output
    for facet in LISTED:
        assert f"<legend>{facet.label}</legend>" in page and f'name="{facet.name}"' in page
        assert facet.name in described and f"--{facet.name}" in help_text
    json_facets = client.get("/api/search?q=").get_json()["facets"]
    assert set(json_facets) == {facet.name for facet in FACETS}


def test_a_bad_facet_value_is_a_clear_error_on_the_web_and_the_cli(index_dir):
    client = client_of(index_dir)
    response = client.get("/search?year=nineteen")
    assert response.status_code == 400 and "must be a year" in response.get_data(as_text=True)
    result = CliRunner().invoke(cli, ["search", "--index", str(index_dir), "--year", "nineteen"])
    assert result.exit_code == 2 and "must be a year" in result.output
    undated = CliRunner().invoke(cli, ["search", "--index", str(index_dir), "--year", UNDATED])
    assert undated.exit_code == 0, undated.output
