"""Hostile queries: thousands of generated queries and parameter sets, never a 500 or a hang.

Hypothesis's deadline fails any example that takes longer than 2 s, so a query
that expands without bound, or hangs, fails here.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_app.search import Searcher, SearchRequest
from search_app.web import create_app
from tests.conftest import indexed_corpus

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines

FAST = settings(
    max_examples=5000,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
SYNTAX = [
    '"', "'", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "-", "+", "\\", "/", " ",
    "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO", "to", "date:", "title:", "speaker:",
    "committee:", "topic:", "nosuchfield:", "date:[", "2015", "99999999999999999999", "a*",
    "*a", "**", "children", "exploit*", "WSCB", "\u202e", "\u0301", "\u05d0\u05d1", "\x00",
    "\x1b", "\ud7ff", "\U0001f600", "<script>", "%", "&", "=", ">", "<", ">=",
]  # fmt: skip
queries = st.one_of(
    st.lists(st.sampled_from(SYNTAX), max_size=30).map("".join),
    st.lists(st.sampled_from(SYNTAX), max_size=30).map(" ".join),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=10_000),
)
param_values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "1", "0", "-1", "99999999999999999999", "yes", "no", "2015-05-22",
                     "2015-02-30", "1e9", "NaN", "relevance", "newest", "../../etc/passwd"]),
)  # fmt: skip
param_names = st.sampled_from(
    ["q", "committee", "year", "speaker", "topic", "decided", "procedural", "from", "to",
     "sort", "page", "size", "unknown", "q[]", ""]
)  # fmt: skip
param_sets = st.lists(st.tuples(param_names, param_values), max_size=12)
ROUTES = ["/search", "/api/search", "/search.csv", "/search.atom", "/"]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory, engine):
    return indexed_corpus(tmp_path_factory, "hostile-minutes.txt")[1]


@pytest.fixture(scope="module")
def searcher(index_dir):
    return Searcher(index_dir)


@pytest.fixture(scope="module")
def client(index_dir):
    # Thousands of generated searches from one client: no search limit here (test_ops).
    config = {"TESTING": False, "INDEX_DIR": str(index_dir), "SEARCHES_PER_MINUTE": 0}
    return create_app(config).test_client()


@FAST
@given(query=queries, sort=st.sampled_from(["relevance", "newest", "oldest"]))
def test_the_search_function_answers_any_query(searcher, query, sort):
    results = searcher.search(SearchRequest(query, sort=sort))
    assert results.total >= 0 and len(results.hits) <= 10
    for hit in results.hits:
        assert "<script" not in hit.title_html and all("<script" not in s for s in hit.snippets)


@FAST
@given(route=st.sampled_from(ROUTES), params=param_sets)
def test_every_route_answers_any_parameters_with_200_or_400(client, route, params):
    response = client.get(route + "?" + urlencode(params))
    assert response.status_code in (200, 400), (route, params, response.status_code)
