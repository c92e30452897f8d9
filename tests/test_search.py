"""Searching a real index built from the bundled corpus: query language, facets, snippets."""

from __future__ import annotations

from datetime import date

import pytest

from search_app.facets import FacetFilters
from search_app.search import Searcher, SearchRequest
from tests.conftest import indexed_corpus

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines


@pytest.fixture(scope="module")
def searcher(tmp_path_factory, engine):
    _, index_dir = indexed_corpus(tmp_path_factory, "hostile-minutes.txt", "acronym-use-only.txt")
    return Searcher(index_dir)


def ids(searcher, text: str, **filters) -> list[str]:
    request = SearchRequest(text, FacetFilters.of(**filters), page_size=50)
    return [hit.id for hit in searcher.search(request).hits]


SEED_ID = "worcestershire-children-families-osp-2015-05-22"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("exploit", [f"{SEED_ID}--5"]),  # stemming
        ("missing children", [f"{SEED_ID}--6"]),  # AND by default
        ('"overview young people"', []),
        ('"children missing from care"', [f"{SEED_ID}--6"]),
        ("taxi OR fleet", ["northbridge-licensing-committee-2023-03-09--44", "northbridge-audit-committee-2024-01-25--114-23"]),
        ("missing NOT exploitation", [f"{SEED_ID}--6"]),
        ("missing -exploitation", [f"{SEED_ID}--6"]),
        ("speaker:quinton", [f"{SEED_ID}--5"]),
        ('speaker:"helen marsh"', ["exampleshire-cabinet-2021-04-15--91", "exampleshire-cabinet-2021-04-15--92"]),
        ("committee:licensing", ["northbridge-licensing-committee-2023-03-09--43", "northbridge-licensing-committee-2023-03-09--44"]),
        ("topic:audit", ["northbridge-audit-committee-2024-01-25--114-23", "northbridge-audit-committee-2024-01-25--115-23"]),
        ("title:charging", ["exampleshire-cabinet-2021-04-15--92"]),
        ("date:2019", ["northbridge-planning-committee-2019-11-07--3", "northbridge-planning-committee-2019-11-07--4"]),
    ],
)  # fmt: skip
def test_query_forms(searcher, query, expected):
    assert sorted(ids(searcher, query)) == sorted(expected)


def test_date_range_query_and_filter_agree(searcher):
    ranged = ids(searcher, "date:[2019 to 2021]")
    filtered = ids(searcher, "", date_from=date(2019, 1, 1), date_to=date(2021, 12, 31))
    assert sorted(ranged) == sorted(filtered) and len(ranged) == 4


def test_prefix_search_and_its_floor(searcher):
    assert ids(searcher, "exploit*") == [f"{SEED_ID}--5"]
    assert ids(searcher, "e*") == []  # one letter would expand to the whole vocabulary
    assert len(ids(searcher, "*")) == len(ids(searcher, ""))  # everything, with no expansion


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "missing AND (children",
        "OR",
        "NOT",
        "title:",
        "((((",
        "speaker:",
        "\x00\x1b[31m",
        "a" * 10_000,
        "(" * 300 + "children",
    ],
)
def test_bad_syntax_never_raises(searcher, query):
    results = searcher.search(SearchRequest(query))
    assert results.total >= 0


def test_broken_syntax_degrades_to_the_words(searcher):
    results = searcher.search(SearchRequest('missing AND (children "from care'))
    assert [hit.id for hit in results.hits] == [f"{SEED_ID}--6"]


def test_acronym_finds_its_expansion_and_the_other_way_round(searcher):
    everywhere = {"hostile-minutes--2", "acronym-use-only--1", "acronym-use-only--2"}
    assert set(ids(searcher, "LLFA")) >= everywhere
    assert set(ids(searcher, '"lead local flood authority"')) >= everywhere
    assert f"{SEED_ID}--6" in ids(
        searcher, '"worcestershire safeguarding children board"'
    )  # "WSCB" only


def test_facet_counts(searcher):
    facets = searcher.search(SearchRequest("")).facets
    committees = {f.value: f.count for f in facets["committee"]}
    assert (
        committees["Children and Families Overview and Scrutiny Panel"] == 2
    )  # procedural excluded
    assert {f.value for f in facets["year"]} >= {"2015", "2018", "2019", "2021", "2023", "2024"}
    assert {f.value: f.count for f in facets["speaker"]}["Helen Marsh"] == 2
    assert {f.value: f.count for f in facets["procedural"]} == {"yes": 16, "no": 16}
    assert sum(f.count for f in facets["decision"]) == 16


def test_filters_or_within_a_facet_and_across_facets(searcher):
    both = ids(searcher, "", committee=["Cabinet", "Licensing Committee"])
    assert len(both) == 4
    assert ids(searcher, "", committee=["Cabinet", "Licensing Committee"], year=[2021]) == [
        "exampleshire-cabinet-2021-04-15--91", "exampleshire-cabinet-2021-04-15--92",
    ] or len(ids(searcher, "", committee=["Cabinet", "Licensing Committee"], year=[2021])) == 2  # fmt: skip
    assert ids(searcher, "", speaker=["Gail Quinton"]) == [f"{SEED_ID}--5"]
    assert ids(searcher, 'topic:"missing children and young people"') == [f"{SEED_ID}--6"]
    undecided = ids(searcher, "", decision=["no"])
    assert f"{SEED_ID}--5" in undecided and "exampleshire-cabinet-2021-04-15--91" not in undecided


def test_a_facet_counts_values_as_if_its_own_selection_were_not_made(searcher):
    request = SearchRequest("", FacetFilters.of(committee=["Cabinet"]))
    facets = searcher.search(request).facets
    committees = {f.value: (f.count, f.selected) for f in facets["committee"]}
    assert committees["Cabinet"] == (2, True)
    assert committees["Licensing Committee"] == (2, False)
    assert {f.value for f in facets["year"]} == {"2021"}


def test_procedural_items_are_excluded_by_default_and_can_be_included(searcher):
    assert ids(searcher, "apologies") == []
    assert len(ids(searcher, "apologies", include_procedural=True)) >= 5


def test_sorting_and_pagination(searcher):
    newest = searcher.search(SearchRequest("", sort="newest", page_size=50)).hits
    dates = [hit.date for hit in newest]
    assert dates == sorted(dates, reverse=True)
    oldest = searcher.search(SearchRequest("", sort="oldest", page_size=50)).hits
    assert [hit.date for hit in oldest] == sorted(dates)
    first, second = (
        searcher.search(SearchRequest("", sort="oldest", page=p, page_size=5)) for p in (1, 2)
    )
    assert first.total == second.total == len(newest)
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert SearchRequest(page_size=10_000).page_size == 50


def test_relevance_puts_title_matches_first(searcher):
    assert ids(searcher, "licensing policy")[0] == "northbridge-licensing-committee-2023-03-09--43"


def test_snippets_mark_matched_words_and_titles_are_highlighted(searcher):
    (hit,) = searcher.search(SearchRequest("grooming")).hits
    assert any("<mark>grooming</mark>" in s for s in hit.snippets)
    (hit,) = searcher.search(SearchRequest("exploitation")).hits
    assert hit.title_html == "Child Sexual <mark>Exploitation</mark>: Update"


def test_hostile_text_in_titles_snippets_and_speakers_is_escaped(searcher):
    request = SearchRequest("budget", FacetFilters.of(committee=["Scrutiny Committee"]))
    (hit,) = searcher.search(request).hits
    html = hit.title_html + " ".join(hit.snippets)
    assert "<script>" not in html and "<b>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "<mark>" in html
    assert "&#x27;title&#x27;" in html and "&quot;body&quot;" in html


def test_spelling_suggestion_for_a_misspelt_query(searcher):
    results = searcher.search(SearchRequest("exploitaton"))
    assert results.total == 0 and results.suggestion == "exploitation"
    assert searcher.search(SearchRequest("exploitation")).suggestion is None


def test_timeline_counts_items_per_month(searcher):
    timeline = searcher.search(SearchRequest("")).timeline
    assert ("2015-05", 2) in [(t.value, t.count) for t in timeline]


def test_stop_words_in_a_query_do_not_lose_results(searcher):
    assert f"{SEED_ID}--6" in ids(searcher, "children from care")
    assert ids(searcher, "the exploitation") == ids(searcher, "exploitation")


def test_a_snippet_spanning_paragraphs_keeps_them_apart():
    from search_app.highlight import snippets

    text = "There was more in better weather.\n\n- A question was asked about missing children."
    (snippet,) = snippets(text, frozenset({"children"}))
    assert "weather. · A question was asked about missing <mark>children</mark>" in snippet
    assert "\n" not in snippet and "- A question" not in snippet


def test_the_best_fragments_come_first_and_ties_go_by_position():
    from search_app.highlight import snippets

    filler = " ".join(f"Filler sentence number {n} about nothing much." for n in range(12))
    text = (
        f"Taxi ranks were mentioned. {filler} Taxi fares and taxi licences were debated. "
        f"{filler} A taxi driver spoke. {filler}"
    )
    fragments = snippets(text, frozenset({"taxi"}), top=2)
    assert "fares and <mark>taxi</mark>" in fragments[0]  # two matches: the best
    assert fragments[1].startswith("<mark>Taxi</mark> ranks")  # a tie with the third: first
    assert snippets(text, frozenset({"taxi"}), top=2) == fragments


def test_fragments_are_cut_at_whole_words_and_sentences_and_say_so():
    from search_app.highlight import snippets

    text = (
        "Alpha beta gamma delta. " * 12
        + "The council's website now lists missing children's services data. "
        + "Epsilon zeta eta theta. " * 12
    )
    (fragment,) = snippets(text, frozenset({"children"}))
    assert fragment.startswith("… ") and fragment.endswith(" …")
    inner = fragment.removeprefix("… ").removesuffix(" …")
    assert inner[0].isupper() and inner.endswith(".")  # a sentence start and end
    assert "<mark>children</mark>" in inner


def test_identical_requests_give_identical_snippets(searcher):
    first = [hit.snippets for hit in searcher.search(SearchRequest("children")).hits]
    again = [hit.snippets for hit in searcher.search(SearchRequest("children")).hits]
    assert first == again and all(len(s) <= 3 for s in first)


def test_an_item_matched_by_its_speaker_says_so_in_the_snippet(searcher):
    (hit,) = searcher.search(SearchRequest("quinton")).hits
    assert hit.snippets[0] == "Speaker: Gail <mark>Quinton</mark>"
    (hit,) = searcher.search(SearchRequest("grooming")).hits
    assert not any(s.startswith("Speaker:") for s in hit.snippets)


@pytest.mark.parametrize("query", ["taxis", "potholes", "budgets", "who said what about taxis"])
def test_no_suggestion_for_words_found_through_stemming_or_stop_words(searcher, query):
    assert searcher.search(SearchRequest(query)).suggestion is None


def test_a_suggestion_is_offered_only_when_it_finds_more(searcher):
    results = searcher.search(SearchRequest("exploitaton grooming"))
    assert results.total == 0 and results.suggestion == "exploitation grooming"
    filtered = SearchRequest("exploitaton", FacetFilters.of(committee=["Cabinet"]))
    assert searcher.search(filtered).suggestion is None  # nothing more in Cabinet either


def test_searches_from_many_threads_at_once_answer_as_one_at_a_time(searcher):
    """No global search lock: each engine is searched from 8 threads at once, and every
    answer is the one a lone search gives."""
    from concurrent.futures import ThreadPoolExecutor

    queries = ["children", "taxi OR fleet", "exploit*", "", '"lead local flood authority"'] * 8
    alone = {q: [hit.id for hit in searcher.search(SearchRequest(q)).hits] for q in set(queries)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(
            pool.map(lambda q: [h.id for h in searcher.search(SearchRequest(q)).hits], queries)
        )
    assert together == [alone[q] for q in queries]


@pytest.mark.parametrize("query", ["date:[2010 to 2030]", "", "-zzzz", "council OR committee"])
def test_both_engines_break_ties_alike_newest_first_then_meeting_then_agenda_order(searcher, query):
    """With every score equal (a date or filter alone) or tied, hits go newest first, then
    by meeting id, then in agenda order: the same top hits whichever engine runs."""
    request = SearchRequest(query, FacetFilters.of(include_procedural=True), page_size=50)
    hits = searcher.search(request).hits
    assert len(hits) > 10
    if query == "council OR committee":  # ranked by score: ties only within one score
        groups = {}
        for hit in hits:
            groups.setdefault(hit.score, []).append(hit)
        hits = max(groups.values(), key=len)
    keys = [(-(h.date or date.min).toordinal(), h.meeting_id, searcher.item(h.id).position)
            for h in hits]  # fmt: skip
    assert keys == sorted(keys)
    paged = []
    for page in (1, 2, 3):
        small = SearchRequest(
            query, FacetFilters.of(include_procedural=True), page=page, page_size=7
        )
        paged += [hit.id for hit in searcher.search(small).hits]
    assert paged == [hit.id for hit in searcher.search(request).hits][:21]


@pytest.fixture(scope="module")
def searcher_with_opening(tmp_path_factory, engine):
    _, index_dir = indexed_corpus(tmp_path_factory, "opening-remarks.txt")
    return Searcher(index_dir)


def test_words_of_the_minutes_opening_or_close_find_the_first_or_last_item(
    searcher_with_opening,
):
    """No item holds a meeting's opening remarks or its closing line; search still finds
    them, as the first or the last item's, the snippet showing the words. The first item
    here is the apologies, procedural: counted among the procedural matches, shown when
    they are asked for."""
    meeting = "opening-remarks"
    assert searcher_with_opening.search(SearchRequest("Quillfeather")).procedural_hidden == 1
    request = SearchRequest("Quillfeather", FacetFilters.of(include_procedural=True))
    opening = searcher_with_opening.search(request)
    assert [hit.id for hit in opening.hits] == [f"{meeting}--1"]
    assert "<mark>Quillfeather</mark>" in opening.hits[0].snippets[0]
    assert "minute&#x27;s silence" in opening.hits[0].snippets[0]  # escaped, as all text is
    closing = searcher_with_opening.search(SearchRequest('"caretaker, Mr Bramblewick"'))
    assert [hit.id for hit in closing.hits] == [f"{meeting}--3"]
    record = searcher_with_opening.item(f"{meeting}--1")
    assert "Ivo Quillfeather" in record.opening and not record.closing
    assert searcher_with_opening.item(f"{meeting}--3").closing.startswith("The meeting closed")
    assert not searcher_with_opening.item(f"{meeting}--2").opening
