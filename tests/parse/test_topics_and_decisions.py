"""Topics for substantive items, decisions from RESOLVED/AGREED/RECOMMENDED blocks."""

from __future__ import annotations

import pytest

from search_app.parse.decisions import find_decisions
from search_app.parse.procedural import is_procedural
from search_app.parse.topics import extract_topics, title_topic


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Child Sexual Exploitation: Update", "child sexual exploitation"),
        ("Internal Audit Progress Report 2022/23", "internal audit"),
        ("Application 19/01234/FUL - Land at Mill Lane", "planning application"),
        ("Update", None),
    ],
)
def test_title_topic_drops_generic_words_years_and_references(title, topic):
    assert title_topic(title) == topic


def test_repeated_phrases_become_topics_but_minutes_boilerplate_does_not():
    body = (
        "The voluntary sector was discussed. The action plan covered the voluntary sector. "
        "Members noted the action plan and the voluntary sector role. The action plan was agreed."
    )
    topics = extract_topics("Safeguarding: Update", body, {})
    assert topics[:2] == ["safeguarding", "voluntary sector"]
    assert "action plan" not in topics


@pytest.mark.parametrize(
    "title",
    [
        "Apologies and Welcome",
        "Declaration of Interest and of any Party Whip",
        "Confirmation of the Minutes of the Previous Meeting",
        "Public Participation",
        "Exclusion of the Press and Public",
        "Date of Next Meeting",
        "Call to Order",
    ],
)
def test_procedural_business(title):
    assert is_procedural(title)


def test_substantive_business_is_not_procedural():
    assert not is_procedural("Child Sexual Exploitation: Update")
    assert not is_procedural("Review of the Statement of Licensing Policy")


def test_decision_blocks_with_their_list_entries():
    paragraphs = [
        "The Director presented the report.",
        "RESOLVED that:",
        "(a) the report be noted; and",
        "(b) a further report come in March.",
        "Members thanked the Director.",
        "AGREED that fares be advertised.",
        "Recommended \u2013 That Council adopts the policy.",
        "The Panel agreed to visit the site.",
    ]
    assert find_decisions(paragraphs) == [
        "RESOLVED that:\n(a) the report be noted; and\n(b) a further report come in March.",
        "AGREED that fares be advertised.",
        "Recommended \u2013 That Council adopts the policy.",
    ]


def test_moderngov_decision_label_introduces_the_decision():
    assert find_decisions(["Decision:", "That the scheme be approved."]) == [
        "That the scheme be approved."
    ]
