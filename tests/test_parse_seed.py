"""Golden test: the real Worcestershire seed parses to what a careful reader takes from it."""

from __future__ import annotations

import pytest

from search_app.parse import parse_file
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed():
    return parse_file(SEED).to_json_dict()


def test_meeting_metadata_matches_the_expected_parse(seed, seed_expected):
    expected = seed_expected["meeting"]
    meeting = seed["meeting"]
    for key in ("committee", "date", "start_time", "end_time", "venue", "date_of_issue"):
        assert meeting[key] == expected[key], key
    assert meeting["present"] == expected["present"]
    assert meeting["also_attended"] == expected["also_attended"]
    assert meeting["apologies"] == expected["apologies"]


def test_all_six_items_have_exact_numbers_titles_and_procedural_flags(seed, seed_expected):
    got = [(i["number"], i["title"], i["procedural"]) for i in seed["items"]]
    want = [(i["number"], i["title"], i["procedural"]) for i in seed_expected["items"]]
    assert got == want


def test_item_bodies_start_and_end_where_the_expected_parse_says(seed, seed_expected):
    for item, expected in zip(seed["items"], seed_expected["items"], strict=True):
        assert item["body"].startswith(expected["body_starts"]), item["number"]
        assert item["body"].endswith(expected["body_ends"]), item["number"]


def test_speakers_are_resolved_from_roles_to_attendees(seed, seed_expected):
    for item, expected in zip(seed["items"], seed_expected["items"], strict=True):
        assert item["speakers"] == expected.get("speakers", []), item["number"]


def test_acronyms_spelt_out_in_each_item(seed, seed_expected):
    for item, expected in zip(seed["items"], seed_expected["items"], strict=True):
        assert item["acronyms"] == expected.get("acronyms", {}), item["number"]


def test_page_furniture_and_closing_lines_are_in_no_item_body(seed, seed_expected):
    bodies = [item["body"] for item in seed["items"]]
    for text in seed_expected["not_in_any_item_body"]:
        assert not any(text in body for body in bodies), text
    assert not any(body.rstrip().endswith("Chairman") for body in bodies)
    assert not any("Date of Issue" in body for body in bodies)


def test_numbers_at_a_line_start_inside_the_text_are_not_items(seed):
    body = seed["items"][4]["body"]
    assert "68 children had been referred" in body
    assert "approximately 30% of CSE" in body
    assert "after the contract had been running for 6 months" in seed["items"][5]["body"]


def test_wrapped_lines_and_stray_bullets_are_rejoined(seed):
    body = seed["items"][4]["body"]
    assert "there was a need to ensure that work" in body
    assert "how many cases of CSE this had led to" in body
    assert "depended on why a child had been brought into care" in seed["items"][5]["body"]


def test_substantive_items_have_topics_and_procedural_items_none(seed):
    topics = {item["number"]: item["topics"] for item in seed["items"]}
    assert "child sexual exploitation" in topics["5"]
    assert any("missing children" in topic for topic in topics["6"])
    assert all(topics[n] == [] for n in ("1", "2", "3", "4"))
