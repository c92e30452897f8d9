"""The web app through Flask's test client: every route, status code and export format."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from search_app.web import create_app
from tests.conftest import CORPUS, indexed_corpus

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines

OPENAPI = json.loads(
    (CORPUS.parent / "search_app" / "web" / "openapi.json").read_text(encoding="utf-8")
)
SEED_ITEM = "worcestershire-children-families-osp-2015-05-22--5"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def app(tmp_path_factory, engine):
    corpus, index_dir = indexed_corpus(tmp_path_factory, "hostile-minutes.txt")
    return create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)})


@pytest.fixture
def client(app):
    return app.test_client()


def validate(data: dict, schema_name: str) -> None:
    schema = {"$ref": f"#/components/schemas/{schema_name}", **OPENAPI}
    jsonschema.validate(data, schema)


def test_landing_page_has_the_search_box_and_committee_links(client):
    page = client.get("/").get_data(as_text=True)
    assert 'role="search"' in page and 'name="q"' in page
    assert "Children and Families Overview and Scrutiny Panel" in page


def test_search_page_shows_hits_facets_timeline_and_export_links(client):
    response = client.get("/search?q=exploitation")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "1 item for" in page
    assert "Child Sexual <mark>Exploitation</mark>: Update" in page
    assert f'href="/items/{SEED_ITEM}?q=exploitation"' in page
    assert '<svg class="timeline"' not in page  # one month: no chart
    assert '<svg class="timeline"' in client.get("/search?q=report").get_data(as_text=True)
    assert 'name="committee" value="Children and Families Overview and Scrutiny Panel"' in page
    assert "/search.csv?q=exploitation" in page and "/search.atom?q=exploitation" in page


def test_active_filters_are_chips_that_remove_themselves(client):
    page = client.get("/search?q=&committee=Cabinet&year=2021").get_data(as_text=True)
    assert 'aria-label="Remove filter committee: Cabinet"' in page
    assert 'href="/search?q=&amp;year=2021"' in page


def test_empty_state_and_did_you_mean(client):
    page = client.get("/search?q=exploitaton").get_data(as_text=True)
    assert "No items match" in page
    assert 'Did you mean <a href="/search?q=exploitation">exploitation</a>' in page


def test_pagination_keeps_every_filter(client):
    page = client.get(
        "/search?q=&procedural=1&size=5&committee=Cabinet&committee=Planning+Committee"
    ).get_data(as_text=True)
    assert "Page 1 of 2" in page
    assert (
        'href="/search?q=&amp;procedural=1&amp;size=5&amp;committee=Cabinet&amp;committee=Planning+Committee&amp;page=2"'
        in page
    )


def test_an_expansion_typed_without_quotes_marks_its_acronym(client):
    results = client.get("/api/search?q=delayed+transfers+of+care").get_json()
    snippets = " ".join(s for hit in results["hits"] for s in hit["snippets"])
    assert "(<mark>DToC</mark>)" in snippets


def test_item_page_has_meeting_attendance_highlights_links_and_citation(client):
    page = client.get(f"/items/{SEED_ITEM}?q=WSCB").get_data(as_text=True)
    assert "<mark>WSCB</mark>" in page
    assert "<mark>Worcestershire</mark> <mark>Safeguarding</mark>" in page  # the expansion too
    # ...as a phrase: the same words elsewhere are not marked.
    other = client.get("/items/worcestershire-children-families-osp-2015-05-22--6?q=WSCB")
    assert "Head of Safeguarding (Children&#x27;s Services)" in other.get_data(as_text=True)
    assert "Diana Fulbrook" in page and "Independent Chairman of the Worcestershire" in page
    assert 'href="/search?speaker=Gail+Quinton"' in page
    assert 'href="/search?q=topic:%22child+sexual+exploitation%22"' in page  # a subject
    assert (
        "Children and Families Overview and Scrutiny Panel, 22 May 2015, item 5: Child Sexual Exploitation: Update"
        in page
    )
    assert 'rel="prev"' in page and 'rel="next"' in page
    assert f'href="/items/{SEED_ITEM}/source"' in page


def test_source_document_is_served_by_item_id(client):
    response = client.get(f"/items/{SEED_ITEM}/source")
    assert response.status_code == 200
    assert b"Child Sexual Exploitation" in response.data


def test_meeting_and_browse_pages(client):
    page = client.get("/meetings/worcestershire-children-families-osp-2015-05-22").get_data(
        as_text=True
    )
    assert "5. Child Sexual Exploitation: Update" in page and "Procedural" in page
    browse = client.get("/browse").get_data(as_text=True)
    assert 'href="/meetings/exampleshire-cabinet-2021-04-15"' in browse


@pytest.mark.parametrize(
    "url", ["/items/no-such-item", "/meetings/no-such-meeting", "/items/x/source", "/nowhere"]
)
def test_unknown_ids_are_404_pages(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Not found" in response.get_data(as_text=True)


def test_a_one_letter_prefix_and_backward_dates_are_explained_the_same_way(client):
    page = client.get("/search?q=e*").get_data(as_text=True)
    assert "Word beginnings need at least 2 letters: “e*” left out." in page
    in_query = client.get("/api/search?q=date:[2030 to 2010]").get_json()
    in_form = client.get("/api/search?from=2030-01-01&to=2010-12-31").get_json()
    assert "wrong way round: searched 2010 to 2030" in in_query["note"]
    assert "wrong way round: searched from 31 December 2010 to 1 January 2030" in in_form["note"]
    assert in_query["total"] == in_form["total"] > 0


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=99999",
        "size=0",
        "from=2015-13-45",
        "sort=sideways",
        "decided=maybe",
        "year=twenty",
        "year=%C2%B2",  # "²": a digit to str.isdigit, not a number
        "q=" + "x" * 5_000,  # over the query bound, under the URL bound
    ],
)
def test_malformed_parameters_are_400_with_a_message(client, query):
    response = client.get(f"/search?{query}")
    assert response.status_code == 400
    assert "could not be understood" in response.get_data(as_text=True)
    api = client.get(f"/api/search?{query}")
    assert api.status_code == 400 and api.get_json()["error"]


def test_api_search_matches_the_openapi_schema(client):
    for url in [
        "/api/search?q=taxi",
        "/api/search?q=&committee=Cabinet&sort=newest",
        "/api/search?q=zzzz",
    ]:
        data = client.get(url).get_json()
        validate(data, "SearchResults")
    assert (
        client.get("/api/search?q=taxi").get_json()["hits"][0]["id"]
        == "northbridge-licensing-committee-2023-03-09--44"
    )


def test_api_item_matches_the_openapi_schema(client):
    data = client.get(f"/api/items/{SEED_ITEM}").get_json()
    validate(data, "Item")
    assert data["speakers"] == ["Diana Fulbrook", "Steve Eccleston", "Gail Quinton"]
    assert client.get("/api/items/nope").status_code == 404


def test_openapi_document_is_served(client):
    assert client.get("/api/openapi.json").get_json()["paths"].keys() >= {
        "/api/search",
        "/api/items/{item_id}",
    }


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))


def test_csv_export_has_every_matching_item_not_one_page(client):
    total = client.get("/api/search?procedural=1").get_json()["total"]
    response = client.get("/search.csv?procedural=1&page=2&page_size=5")
    rows = csv_rows(response)
    assert rows[0] == [
        "id", "council", "committee", "date", "number", "title", "speakers", "topics", "areas",
        "url", "source_url", "snippet",
    ]  # fmt: skip
    assert len(rows) == 1 + total > 11 and response.headers["X-Total-Count"] == str(total)
    assert "filename=minutes-search.csv" in response.headers["Content-Disposition"]
    cabinet = next(row for row in rows if row[0] == "exampleshire-cabinet-2021-04-15--87")
    assert cabinet[1] == "Exampleshire County Council"
    seed = next(row for row in rows if row[0] == SEED_ITEM)
    assert seed[9] == f"http://localhost/items/{SEED_ITEM}"
    assert seed[10] == f"http://localhost/items/{SEED_ITEM}/source"  # no published address known
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_a_csv_export_past_the_cap_says_so_in_its_file_name(app):
    capped = create_app({**app.config, "EXPORT_LIMIT": 3}).test_client()
    total = capped.get("/api/search?procedural=1").get_json()["total"]
    response = capped.get("/search.csv?procedural=1")
    assert len(csv_rows(response)) == 1 + 3
    assert (
        f"filename=minutes-search-first-3-of-{total}.csv" in response.headers["Content-Disposition"]
    )


def test_one_name_per_parameter_with_the_old_ones_still_understood(client):
    assert client.get("/api/search?page_size=50").get_json()["page_size"] == 50
    assert client.get("/api/search?size=5").get_json()["page_size"] == 5
    new = client.get("/api/search?decision=yes").get_json()
    old = client.get("/api/search?decided=yes").get_json()
    assert new["total"] == old["total"] and new["total"] > 0
    assert "decision" in new["facets"]
    page = client.get("/search?q=report").get_data(as_text=True)
    assert 'name="decision" value="yes"' in page and 'name="decided"' not in page


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tcmd", "＝1+1", "＋1", "＠SUM(A1)"]
)
def test_formula_cells_become_text(cell):
    from search_app.web.api import safe_cell

    assert safe_cell(cell) == "'" + cell


def test_atom_feed_parses_as_xml_newest_first(client):
    response = client.get("/search.atom?q=report&sort=oldest")
    assert response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.data)
    updated = [e.find(f"{ATOM}updated").text for e in feed.findall(f"{ATOM}entry")]
    assert updated and updated == sorted(updated, reverse=True)


def test_hostile_document_text_is_escaped_on_every_page(client):
    pages = [
        client.get("/search?q=budget&committee=Scrutiny+Committee").get_data(as_text=True),
        client.get("/items/hostile-minutes--1?q=budget").get_data(as_text=True),
        client.get("/meetings/hostile-minutes").get_data(as_text=True),
        client.get("/browse").get_data(as_text=True),
    ]
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in pages[1]
    atom = client.get("/search.atom?committee=Scrutiny+Committee").get_data(as_text=True)
    assert "<script>" not in atom and "<a href" not in atom
    item_page = client.get("/items/hostile-minutes--2").get_data(as_text=True)
    assert '<a href="javascript' not in item_page
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in item_page


def test_hostile_speaker_name_is_an_inert_csv_cell_and_facet_label(client):
    csv_text = client.get("/search.csv?committee=Scrutiny+Committee").get_data(as_text=True)
    rows = {row[0]: row for row in csv.reader(io.StringIO(csv_text))}
    assert rows["hostile-minutes--2"][6] == "'=HYPERLINK"  # the Vice-Chair, as a formula
    page = client.get("/search?committee=Scrutiny+Committee").get_data(as_text=True)
    assert 'value="=HYPERLINK"' in page  # a facet label, inert as an attribute value
    attendance = client.get("/items/hostile-minutes--1").get_data(as_text=True)
    assert "&#34;&gt;&lt;img src=x" in attendance and "<img src=x" not in attendance


@pytest.mark.parametrize(
    "url",
    [
        "/items/..%2F..%2Fetc%2Fpasswd/source",
        "/items/../../etc/passwd/source",
        "/items/%2Fetc%2Fpasswd/source",
        "/meetings/..%2F..%2Fetc",
        "/items/x%00y",
    ],
)
def test_no_url_reaches_the_file_system(client, url):
    response = client.get(url)
    assert response.status_code in (400, 404)
    assert b"root:" not in response.data


def test_a_query_matching_only_procedural_items_offers_to_show_them(client):
    page = client.get("/search?q=duffy").get_data(as_text=True)
    assert "1 procedural item matches" in page
    assert 'href="/search?q=duffy&amp;procedural=1">show it</a>' in page
    shown = client.get("/search?q=duffy&procedural=1").get_data(as_text=True)
    assert "1 item for" in shown and "procedural item matches" not in shown


def test_a_page_past_the_last_says_so_and_links_to_the_last(client):
    page = client.get("/search?q=children&year=2015&page=999").get_data(as_text=True)
    assert "Page 999 is past the last page" in page and "No items match" not in page
    assert 'href="/search?q=children&amp;year=2015&amp;page=1">' in page


def test_selected_filters_stay_in_the_form_even_when_nothing_matches_them(client):
    page = client.get("/search?q=child+exploitation&committee=Cabinet&year=2015").get_data(
        as_text=True
    )
    assert 'name="committee" value="Cabinet" checked> Cabinet <span class="count">(0)' in page
    assert 'name="year" value="2015" checked> 2015 <span class="count">(0)' in page


def test_a_result_link_carries_the_search_back_to_the_results(client):
    page = client.get("/search?q=children&year=2015&sort=newest&size=5").get_data(as_text=True)
    state = "q=children&amp;year=2015&amp;sort=newest&amp;size=5"
    links = re.findall(r'href="(/items/[^"]+)"', page)
    assert links and all(link.endswith("?" + state) for link in links)
    item = client.get(links[0].replace("&amp;", "&")).get_data(as_text=True)
    assert f'href="/search?{state}">Back to results</a>' in item


def test_the_council_is_a_facet_a_search_field_and_shown_with_each_result(client):
    results = client.get("/api/search?procedural=1").get_json()
    councils = {f["value"]: f["count"] for f in results["facets"]["council"]}
    assert set(councils) == {
        "Exampleshire County Council", "Northbridge Borough Council", "Worcestershire County Council",
    }  # fmt: skip
    northbridge = client.get("/api/search?procedural=1&council=Northbridge+Borough+Council")
    assert northbridge.get_json()["total"] == councils["Northbridge Borough Council"]
    by_word = client.get("/api/search?q=Exampleshire&procedural=1").get_json()
    by_field = client.get("/api/search?q=council:exampleshire&procedural=1").get_json()
    assert by_word["total"] == by_field["total"] == councils["Exampleshire County Council"]
    page = client.get("/search?q=taxi").get_data(as_text=True)
    assert '<p class="meta">Northbridge Borough Council · Licensing Committee' in page
    item = client.get(f"/items/{SEED_ITEM}").get_data(as_text=True)
    assert "<dt>Council</dt>" in item and "Worcestershire County Council, Children" in item


def test_the_home_page_counts_meetings_as_browse_does(client):
    home = client.get("/").get_data(as_text=True)
    assert "7 meetings of 3 councils, 2015–2024." in home
    listed = re.findall(
        r"committee=([^&\"]+)[^>]*>[^<]+</a>[^<]*<span class=\"count\">\((\d+) meeting", home
    )
    browse = client.get("/browse").get_data(as_text=True)
    assert "<title>Meetings by committee" in browse and "All meetings by committee" in home
    assert listed and sum(int(n) for _, n in listed) == browse.count('href="/meetings/')


def test_the_meeting_page_shows_attendance_times_venue_and_the_source(client):
    page = client.get("/meetings/worcestershire-children-families-osp-2015-05-22").get_data(
        as_text=True
    )
    assert "<dt>Venue</dt><dd>County Hall, Worcester</dd>" in page
    assert "Friday 22 May 2015</time>, 13:00–13:40" in page
    assert "<h3>Present</h3>" in page
    assert (
        '<li><a href="/people/worcestershire-county-council--l-r-duffy">Ms L R Duffy</a> (Chairman)</li>'
        in page
    )
    assert 'href="/items/worcestershire-children-families-osp-2015-05-22--1/source"' in page


def test_item_text_shows_bullet_lines_as_a_list_and_the_citation_has_its_address(client):
    page = client.get(f"/items/{SEED_ITEM}").get_data(as_text=True)
    assert "<ul><li>a) Prevention and Education:</li><li>b) Recognition" in page
    assert "<p>- " not in page
    assert f"Exploitation: Update. http://localhost/items/{SEED_ITEM}</p>" in page


def test_no_sort_or_export_controls_without_results_and_filters_clear_at_once(client):
    empty = client.get("/search?q=zzzzqqq").get_data(as_text=True)
    assert "/search.csv" not in empty and 'id="sort"' not in empty
    filtered = client.get("/search?q=report&year=2024&committee=Cabinet").get_data(as_text=True)
    assert '<a class="clear" href="/search?q=report">Clear all filters</a>' in filtered
    assert "/search.csv?" in client.get("/search?q=report").get_data(as_text=True)


def test_a_person_page_lists_what_they_said_attended_and_sent_apologies_to(client):
    page = client.get("/people/northbridge-borough-council--s-murray").get_data(as_text=True)
    assert "<h1>S Murray</h1>" in page and "Northbridge Borough Council" in page
    assert "Spoke at 1 item" in page and "Attended 1 meeting" in page
    assert "Sent apologies to 1 meeting" in page
    assert client.get("/people/nobody--at-all").status_code == 404


def test_one_person_whatever_title_the_minutes_give_them():
    from search_app.people import person_id

    forms = ["Cllr K Douglas", "Councillor K Douglas", "K Douglas", "County Councillor K Douglas"]
    assert {person_id("Northbridge Borough Council", f) for f in forms} == {
        "northbridge-borough-council--k-douglas"
    }
    assert person_id("Other Council", "K Douglas") != person_id(
        "Northbridge Borough Council", "K Douglas"
    )


def test_a_search_for_a_persons_name_puts_their_box_on_top(client):
    page = client.get("/search?q=quinton").get_data(as_text=True)
    box = page.index('<aside class="person"')
    assert box < page.index('id="results-heading"')
    assert 'href="/people/worcestershire-county-council--gail-quinton">Gail Quinton</a>' in page
    assert '<aside class="person"' not in client.get("/search?q=budget").get_data(as_text=True)


def test_the_timeline_is_a_time_axis_with_year_ticks_and_absent_for_one_month():
    from search_app.search import FacetValue
    from search_app.web.timeline import timeline

    assert timeline([FacetValue("2015-05", 4)]).bars == []  # one month: no chart
    chart = timeline([FacetValue("2015-11", 1), FacetValue("2016-02", 3)])
    # Four months on the axis (Nov, Dec, Jan, Feb): February's bar is at the last quarter.
    assert [round(b.x) for b in chart.bars] == [0, 450]
    assert [(t.label, round(t.x)) for t in chart.ticks] == [("2015", 0), ("2016", 300)]
    spread = timeline([FacetValue("2015-05", 2), FacetValue("2024-01", 4)])
    assert [b.label for b in spread.bars] == ["2015", "2024"]  # years, placed in time
    assert [round(b.x) for b in spread.bars] == [0, 540] and len(spread.ticks) == 10


@pytest.fixture(scope="module")
def meaning_client(tmp_path_factory, engine):
    """The bundled corpus with its vectors: search by meaning with the real model."""
    from search_app.vectors import embed_index

    corpus, index_dir = indexed_corpus(tmp_path_factory)
    embed_index(index_dir)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)})
    return app.test_client()


def test_the_bundled_corpus_answers_a_query_that_shares_no_word_with_it(meaning_client):
    """ "rules for pubs": the licensing policy review says neither word."""
    page = meaning_client.get("/search?q=rules+for+pubs").get_data(as_text=True)
    assert "Review of the Statement of Licensing Policy" in page
    assert "Searched by words and meaning: 0 items match the words, 1 more by meaning." in page
    assert '<p class="match">Found by meaning</p>' in page
    data = meaning_client.get("/api/search?q=rules+for+pubs").json
    validate(data, "SearchResults")
    assert data["mode"] == "hybrid" and data["word_total"] == 0
    assert [h["match"] for h in data["hits"]] == ["meaning"] * data["total"]


def test_the_mode_is_in_the_url_and_kept_by_the_filters_form(meaning_client):
    page = meaning_client.get("/search?q=rules+for+pubs&mode=keyword").get_data(as_text=True)
    assert "0 items for" in page and "Searched by words only." in page
    assert '<option value="keyword" selected>Words only</option>' in page
    page = meaning_client.get("/search?q=licensing&mode=meaning").get_data(as_text=True)
    assert "Searched by meaning only" in page
    assert '<input type="hidden" name="mode" value="meaning">' in page
    response = meaning_client.get("/api/search?q=pubs&mode=telepathy")
    assert response.status_code == 400 and "Mode must be one of" in response.get_data(as_text=True)


def test_an_item_page_shows_where_the_subject_was_discussed_elsewhere(meaning_client):
    item = "northbridge-licensing-committee-2023-03-09--43"
    page = meaning_client.get(f"/items/{item}").get_data(as_text=True)
    assert '<h2 id="similar-heading">Discussed elsewhere</h2>' in page
    data = meaning_client.get(f"/api/items/{item}/similar").json
    assert data["item"] == item and data["similar"]
    for similar in data["similar"]:
        jsonschema.validate(similar, {"$ref": "#/components/schemas/SimilarItem", **OPENAPI})
        assert not similar["id"].startswith("northbridge-licensing-committee-2023-03-09")
        assert f'href="/items/{similar["id"]}"' in page
    assert meaning_client.get("/api/items/no-such-item/similar").status_code == 404


def test_an_item_page_and_its_json_give_its_subject_areas_as_the_topic_facet(meaning_client):
    item = "northbridge-licensing-committee-2023-03-09--44"  # taxi fares
    assert "Licensing" in meaning_client.get(f"/api/items/{item}").json["areas"]
    page = meaning_client.get(f"/items/{item}").get_data(as_text=True)
    assert '<dt>Topics</dt><dd><a href="/search?topic=Licensing">Licensing</a>' in page
    licensing = meaning_client.get("/api/search?topic=Licensing").get_json()
    assert item in [hit["id"] for hit in licensing["hits"]]
    assert all("Licensing" in hit["areas"] for hit in licensing["hits"])
    counted = {f["value"]: f["count"] for f in licensing["facets"]["topic"]}
    assert counted["Licensing"] == licensing["total"]


def test_a_reference_printed_with_its_label_is_named_as_printed(tmp_path_factory):
    """ "Min. 19/08", not "Item Min. 19/08", on the item page, its neighbours' links, the
    results and the citation; a plain count is still "Item 5"."""
    corpus, index_dir = indexed_corpus(
        tmp_path_factory, "oakfield-alumni-association-2008-06-21.txt"
    )
    client = create_app(
        {"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)}
    ).test_client()
    page = client.get("/items/oakfield-alumni-association-2008-06-21--min-19-08").get_data(
        as_text=True
    )
    assert "<h1>Min. 19/08: Approval of previous minutes</h1>" in page
    assert "← Min. 18/08: Introductions" in page and "Min. 20/08: Constitution →" in page
    assert "21 June 2008, Min. 19/08: Approval of previous minutes." in page
    results = client.get("/search?q=constitution+membership").get_data(as_text=True)
    assert "· Min. 20/08" in results and "Item Min." not in results + page
    assert "<h1>Item 5: " in client.get(f"/items/{SEED_ITEM}").get_data(as_text=True)


@pytest.fixture(scope="module")
def opening_client(tmp_path_factory, engine):
    corpus, index_dir = indexed_corpus(tmp_path_factory, "opening-remarks.txt")
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)})
    return app.test_client()


def test_the_minutes_opening_and_close_show_on_the_meeting_page_and_around_their_items(
    opening_client,
):
    """The text no item holds is shown where it stands: above the agenda on the meeting's
    page and above the first item's minute; the close below the list and the last item.
    Escaped like every text from a document."""
    meeting = opening_client.get("/meetings/opening-remarks").get_data(as_text=True)
    assert '<h2 id="opening-heading">Opening of the minutes</h2>' in meeting
    assert "former Alderman Ivo Quillfeather" in meeting
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in meeting and "<script>alert" not in meeting
    assert (
        meeting.index("Quillfeather")
        < meeting.index("Agenda items")
        < meeting.index("Mr Bramblewick")
    )
    first = opening_client.get("/items/opening-remarks--1?q=Quillfeather").get_data(as_text=True)
    assert "Before this item: the opening of the minutes" in first
    assert "Ivo <mark>Quillfeather</mark>" in first and "<script>alert" not in first
    last = opening_client.get("/items/opening-remarks--3").get_data(as_text=True)
    assert "After this item: the close of the minutes" in last and "Bramblewick" in last
    middle = opening_client.get("/items/opening-remarks--2").get_data(as_text=True)
    assert "Quillfeather" not in middle and "Bramblewick" not in middle
    data = opening_client.get("/api/items/opening-remarks--1").get_json()
    assert "Ivo Quillfeather" in data["opening"] and data["closing"] == ""
    assert "opening" not in data["meeting"]  # said once, on the item
    validate(data, "Item")
