"""Search by meaning beside the words: what a hybrid search promises its users."""

from __future__ import annotations

import shutil

import pytest

from search_app.facets import FacetFilters
from search_app.index import update_index
from search_app.meaning import fused, meaning_query
from search_app.query import And, DateRange, Everything, Not, Phrase, Word, parse_query
from search_app.search import Searcher, SearchRequest
from search_app.vectors import embed_index
from tests.conftest import CORPUS, FIXTURES

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines
YOUTH = "ashcombe-community-safety-2022-03-10--2"  # "Serious Youth Violence"
PARK = "fernbrook-town-council-2021-09-08--2"  # "Teenage Violence in the Park"
DEFECTS = "ashcombe-community-safety-2022-03-10--3"  # "Carriageway Defects Programme"
MILL_STREET = "fernbrook-town-council-2023-06-14--3"  # "Road Surface on Mill Street"
TAXI = "fernbrook-town-council-2023-06-14--2"


@pytest.fixture(scope="module")
def searcher(tmp_path_factory, engine):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(FIXTURES / "meaning", corpus, dirs_exist_ok=True)
    index_dir = tmp_path_factory.mktemp("index")
    update_index(corpus, index_dir)
    embed_index(index_dir)
    return Searcher(index_dir)


def search(searcher, query, mode="", **filters):
    return searcher.search(
        SearchRequest(query, FacetFilters.of(**filters), mode=mode, page_size=50)
    )


def ids(results):
    return [hit.id for hit in results.hits]


def test_a_query_finds_items_that_share_none_of_its_words(searcher):
    results = search(searcher, "knife crime")
    assert results.mode == "hybrid"  # the default when the model is installed
    assert set(ids(results)[:2]) == {YOUTH, PARK}  # the two items about violent youths first
    assert results.word_total == 0 and results.meaning_total == results.total >= 2
    assert all(hit.match == "meaning" for hit in results.hits)
    assert ids(search(searcher, "potholes"))[:2] in ([MILL_STREET, DEFECTS], [DEFECTS, MILL_STREET])


def test_keyword_mode_finds_only_the_words(searcher):
    results = search(searcher, "knife crime", mode="keyword")
    assert results.mode == "keyword" and results.total == 0 and results.hits == []


def test_no_word_match_is_ever_hidden_and_the_counts_say_how_each_matched(searcher):
    words = search(searcher, "violence", mode="keyword")
    hybrid = search(searcher, "violence")
    assert set(ids(words)) <= set(ids(hybrid))
    assert hybrid.word_total == words.total
    assert hybrid.total == hybrid.word_total + hybrid.meaning_total
    by_id = {hit.id: hit.match for hit in hybrid.hits}
    assert by_id[YOUTH] == by_id[PARK] == "both"  # the word, and close in meaning
    assert all(by_id[i] in ("words", "both") for i in ids(words))


def test_meaning_matches_still_meet_not_dates_and_filters(searcher):
    def found(query, **filters):
        return ids(search(searcher, query, **filters))

    assert YOUTH in found("knife crime NOT park") and PARK not in found("knife crime NOT park")
    assert found("knife crime date:2021") == [PARK]  # one meeting that year
    assert found("knife crime", year=[2022]) == [YOUTH]
    in_full_council = found("knife crime", committee=["Full Council"])
    assert in_full_council[0] == PARK and YOUTH not in in_full_council


def test_a_phrase_keeps_its_exact_meaning(searcher):
    """A quoted phrase asks for those words in that order: meaning adds nothing to it."""
    results = search(searcher, '"knife crime"')
    assert results.total == 0
    results = search(searcher, '"carriageway defects"')
    assert ids(results) == [DEFECTS] and results.meaning_total == 0


def test_meaning_mode_ranks_by_meaning_alone_and_marks_word_matches_too(searcher):
    results = search(searcher, "taxi", mode="meaning")
    assert results.mode == "meaning" and ids(results)[0] == TAXI
    assert results.hits[0].match == "both"
    assert sum(v.count for v in results.facets["committee"]) == results.total


def test_newest_first_orders_word_and_meaning_matches_together(searcher):
    results = searcher.search(SearchRequest("knife crime", sort="newest", page_size=50))
    days = [hit.date for hit in results.hits]
    assert days == sorted(days, reverse=True) and {YOUTH, PARK} <= set(ids(results))


def test_a_meaning_matchs_snippet_is_its_closest_sentence_escaped(searcher):
    hit = next(h for h in search(searcher, "pamphlet given to children").hits if h.id == YOUTH)
    assert hit.match == "meaning"
    (snippet,) = hit.snippets
    assert snippet.startswith("The leaflet Stay Safe After Dark")
    assert "(for ages &lt;16 &amp; their parents)" in snippet  # the text, escaped for HTML


def test_pages_of_a_hybrid_search_neither_repeat_nor_skip(searcher):
    every = ids(search(searcher, "council"))
    paged = []
    for page in range(1, 20):
        request = SearchRequest("council", page=page, page_size=2, filters=FacetFilters())
        paged += ids(searcher.search(request))
    assert paged == every and len(set(every)) == len(every)


def test_similar_items_come_from_other_meetings(searcher):
    similar = searcher.similar(DEFECTS)
    assert similar[0].id == MILL_STREET and similar[0].council == "Fernbrook Town Council"
    assert all(not s.id.startswith("ashcombe-community-safety-2022-03-10") for s in similar)
    assert searcher.similar("ashcombe-community-safety-2022-03-10--1") == []  # apologies


def test_an_index_without_vectors_searches_by_words_and_says_so_when_asked(tmp_path):
    index_dir = tmp_path / "index"
    update_index(CORPUS, index_dir)
    searcher = Searcher(index_dir)
    default = searcher.search(SearchRequest("exploitation"))
    assert default.mode == "keyword" and default.total == 1 and default.note is None
    asked = searcher.search(SearchRequest("exploitation", mode="meaning"))
    assert asked.mode == "keyword" and "no vectors yet" in asked.note


@pytest.mark.parametrize(
    ("query", "text", "conditions"),
    [
        ("potholes", "potholes", Everything()),
        ("potholes NOT bridge", "potholes", Not(Word("bridge"))),
        ("knife OR crime", "knife crime", Everything()),
        ('"carriageway defects"', "", Phrase("carriageway defects")),
        ("roads date:2020", "roads", DateRange(*parse_query("date:2020").query.__dict__.values())),
        ("title:budget roads -bridge", "roads",
         And((Word("budget", "title"), Not(Word("bridge"))))),
    ],
)  # fmt: skip
def test_free_words_are_searched_by_meaning_and_the_rest_stays_a_condition(query, text, conditions):
    wanted = meaning_query(parse_query(query).query)
    assert (wanted.text, wanted.conditions) == (text, conditions)


def test_reciprocal_rank_fusion_favours_items_both_rankings_agree_on():
    ranked = [item for item, _ in fused(["a", "b", "c"], ["c", "d"])]
    assert ranked == ["c", "a", "b", "d"]
