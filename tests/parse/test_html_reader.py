"""HTML minutes: ModernGov pages by their markup, other council pages by heading structure."""

from __future__ import annotations

import pytest

from search_app.parse import parse_bytes, parse_file
from search_app.parse.html_reader import read_html
from tests.conftest import CORPUS

MODERNGOV = CORPUS / "exampleshire-cabinet-2021-04-15.html"
PLAIN = CORPUS / "northbridge-planning-committee-2019-11-07.html"


@pytest.fixture(scope="module")
def cabinet():
    return parse_file(MODERNGOV)


@pytest.fixture(scope="module")
def planning():
    return parse_file(PLAIN)


def test_moderngov_heading_gives_committee_date_time_venue_and_council(cabinet):
    meeting = cabinet.meeting
    assert cabinet.format == "html"
    assert meeting.committee == "Cabinet"
    assert meeting.date.isoformat() == "2021-04-15"
    assert meeting.start_time.strftime("%H:%M") == "19:00"
    assert meeting.end_time.strftime("%H:%M") == "20:25"
    assert meeting.venue == "Council Chamber, County Hall, Exampleton"
    assert meeting.body == "Exampleshire County Council"


def test_moderngov_items_come_from_mgaititletxt_without_the_repeated_number(cabinet):
    assert [(i.number, i.title) for i in cabinet.items] == [
        ("87", "Webcasting Introduction"),
        ("88", "Apologies for Absence"),
        ("89", "Declarations of Interest"),
        ("90", "Minutes of the Previous Meeting"),
        ("91", "Highways Maintenance Programme 2021/22"),
        ("92", "Adult Social Care Charging Policy"),
    ]


def test_moderngov_agenda_text_and_minute_are_kept_apart_without_the_minutes_label(cabinet):
    item = cabinet.items[4]
    assert item.agenda_text.startswith("To consider the proposed programme")
    assert "214 schemes worth £18.4 million" in item.body
    assert "To consider the proposed programme" not in item.body
    assert "Minutes:" not in item.body + item.agenda_text
    assert "not minutes" not in " ".join(i.body for i in cabinet.items)  # script text


def test_moderngov_decision_section_is_a_decision_with_its_sub_items(cabinet):
    (decision,) = cabinet.items[4].decisions
    assert decision.startswith("RESOLVED that:")
    assert "(a) the Highways Maintenance Programme 2021/22 be approved; and" in decision
    assert decision.endswith("within the approved budget.")


def test_sub_items_a_b_c_stay_inside_their_item(cabinet):
    assert "- (c) concern was expressed about the condition of rural lanes" in cabinet.items[4].body
    assert len(cabinet.items) == 6


def test_closing_line_after_the_item_table_belongs_to_the_meeting(cabinet):
    assert "The meeting ended" not in cabinet.items[-1].body
    assert "County Hall, Exampleton" not in cabinet.items[-1].body  # the site footer


def test_moderngov_items_are_the_rows_whose_title_class_is_among_their_classes():
    """A title's class among others counts ("x mgAiTitleTxt"), as does a table's with spaces
    around it; a class that only starts the same ("mgAiTitleTxtX", "mgItemTableX") or is
    written in other letters does not, and a title nested in a cell's division is found."""
    page = (
        '<html><body><div id="modgov"><p>Elmshire Parish Council</p>'
        '<table class="mgItemTable other">'
        '<tr><td><p class="mgAiTitleTxt">1.</p></td>'
        '<td><p class="x mgAiTitleTxt">Apologies</p><p>None.</p></td></tr>'
        '<tr><td><p class="mgAiTitleTxtX">2.</p></td><td><p class="MGAITITLETXT">Minutes</p></td></tr>'
        '<tr><td><p class="mgAiTitleTxt">3.</p><div><p class="mgAiTitleTxt">Village green</p></div>'
        "<p>The mowing contract was renewed.</p></td></tr></table>"
        '<table class="mgItemTableX"><tr><td><p class="mgAiTitleTxt">9.</p>'
        '<p class="mgAiTitleTxt">Not the item table</p></td></tr></table>'
        '<table class=" mgItemTable "><tr><td><p class="mgAiTitleTxt">4.</p>'
        '<p class="mgAiTitleTxt">Bus shelter</p></td></tr></table>'
        "</div></body></html>"
    )
    items = parse_bytes(page.encode(), "elmshire.html").items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Apologies"), ("3", "Village green"), ("4", "Bus shelter"),
    ]  # fmt: skip


def test_plain_council_page_falls_back_to_item_headings(planning):
    assert planning.meeting.committee == "Planning Committee"
    assert planning.meeting.body == "Northbridge Borough Council"
    assert [(i.number, i.title) for i in planning.items] == [
        ("Item 1", "Apologies for Absence"),
        ("Item 2", "Declarations of Interest"),
        ("Item 3", "Application 19/01234/FUL - Land at Mill Lane, Northbridge"),
        ("Item 4", "Planning Appeals Update"),
    ]


def test_numbered_conditions_inside_an_item_are_not_items(planning):
    body = planning.items[2].body
    assert "2. No dwelling shall be occupied" in body
    assert "3. Construction traffic shall not use Mill Lane" in body


def test_role_written_before_the_name_is_read_the_right_way_round(planning):
    officers = {a.name: a.role for a in planning.meeting.also_attended}
    assert officers["Karen Holt"] == "Head of Planning"
    assert planning.items[3].speakers == ["Karen Holt"]


def test_headings_in_h3_with_a_dot_number_and_a_windows_1252_page():
    page = (
        "<html><body><h1>Cabinet</h1><p>Minutes of the meeting held on 3 June 2022</p>"
        "<h3>1. Apologies</h3><p>None.</p>"
        "<h3>2. Caf\xe9 Licences</h3><p>The report on pavement caf\xe9 licences was noted.</p>"
        "</body></html>"
    ).encode("cp1252")
    document = parse_bytes(page, "cafe.html")
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Apologies"),
        ("2", "Café Licences"),
    ]


def test_a_page_without_minutes_structure_is_kept_whole_and_says_so():
    page = b"<html><head><title>Council news</title></head><body><p>Bins</p></body></html>"
    document = parse_bytes(page, "news.html")
    assert [(i.number, i.title, i.body) for i in document.items] == [("", "Bins", "Bins")]
    assert document.meeting.structure == "whole"
    assert "items: no headings found; the whole text is one item" in document.fallbacks


def page_lines(data: bytes) -> list[str]:
    return [line.text for line in read_html(data, "minutes.html").lines]


def test_a_page_is_read_in_the_encoding_its_meta_charset_declares():
    page = (
        '<html><head><meta charset="shift_jis"><title>議事録 - 札幌市議会</title></head>'
        "<body><h2>1 予算</h2><p>予算案は承認された。</p></body></html>"
    ).encode("shift_jis")
    assert page_lines(page) == ["1 予算", "予算案は承認された。"]
    assert read_html(page, "minutes.html").title_hint == "議事録 - 札幌市議会"


def test_a_latin_1_declaration_is_read_as_windows_1252_as_browsers_do():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "</head><body><p>The Councillor’s “café” report – £5 levy.</p></body></html>"
    ).encode("cp1252")
    assert page_lines(page) == ["The Councillor’s “café” report – £5 levy."]


def test_a_byte_order_mark_outranks_the_declaration_and_undeclared_pages_are_utf8_first():
    marked = (
        "\ufeff<html><head><meta charset='windows-1252'></head><body><p>Zürich</p></body></html>"
    )
    assert page_lines(marked.encode("utf-8")) == ["Zürich"]
    plain = "<html><body><p>Zürich Straße</p></body></html>"
    assert page_lines(plain.encode("utf-8")) == ["Zürich Straße"]
    assert page_lines(plain.encode("cp1252")) == ["Zürich Straße"]
