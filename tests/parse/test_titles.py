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
