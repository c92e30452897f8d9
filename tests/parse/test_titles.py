"""A heading's title and the minute's text when both share a line."""

from __future__ import annotations

import pytest

from search_app.parse.titles import split_title_from_body


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        ("Open Forum Resolved: that standing orders be suspended.", "Open Forum",
         "Resolved: that standing orders be suspended."),
        ("Planning Agreed: to object to the application.", "Planning",
         "Agreed: to object to the application."),
        ("Minutes Agreed that the minutes be signed.", "Minutes",
         "Agreed that the minutes be signed."),
    ],
)  # fmt: skip
def test_a_decisions_label_after_a_title_begins_the_minute(line, title, text):
    """The label of what was decided, after a title in title case, opens the minute: the
    title is what was discussed, the decision its text."""
    assert split_title_from_body(line) == (title, text)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("ADOPTION OF MINUTES for 2 DECEMBER 2013 Proposed by Ann Bee Seconded by Carl Dee",
         "ADOPTION OF MINUTES for 2 DECEMBER 2013"),
        ("CONFIRMATION OF THE MEETING OF THE 19th of November 2020 It was PROPOSED by Ann Bee",
         "CONFIRMATION OF THE MEETING OF THE 19th of November 2020"),
        ("MINUTES OF THE MEETING HELD 30 MAY 2014 The minutes were signed.",
         "MINUTES OF THE MEETING HELD 30 MAY 2014"),
    ],
)  # fmt: skip
def test_a_title_in_capitals_goes_on_to_the_date_it_leads_to(line, title):
    """The meeting whose minutes are confirmed is the title's, its date too, whether the
    month is in capitals or not and after a small word in lower case ("for")."""
    assert split_title_from_body(line)[0] == title
