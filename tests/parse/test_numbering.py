"""Item numbers as printed: which lines open with one, and how it reads."""

from __future__ import annotations

import pytest

from search_app.parse.numbering import NUMBERED_LINE, readings


def counts_on(first: str, second: str) -> bool:
    """Some reading of each token has the same style, the second's count one more."""
    return any(
        r.running + 1 == s.running and r.style == s.style
        for r in readings(first)
        for s in readings(second)
    )


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Minute 5: Budget", "5", "Budget"),
        ("Minute No. 4 Finance", "4", "Finance"),
        ("Item5 Budget", "5", "Budget"),  # the word glued to its figure
        ("ITEM-3 EXPENSES", "3", "EXPENSES"),
        ("Min. 12 Apologies", "12", "Apologies"),
    ],
)
def test_a_word_that_names_the_number_before_it(line, number, title):
    match = NUMBERED_LINE.match(line)
    assert match is not None
    assert (match["token"], match["title"]) == (number, title)


@pytest.mark.parametrize("line", ["Minutes.", "MINUTES", "Minutes:"])
def test_the_word_minutes_is_a_title_not_minute_s(line):
    assert NUMBERED_LINE.match(line) is None


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("PCP 4/12 Apologies", "PCP 4/12"),
        ("hpc 004/14 Budget", "hpc 004/14"),
        ("C 08/042 Roads", "C 08/042"),
    ],
)
def test_a_bodys_letters_before_its_reference_are_part_of_it(line, number):
    assert NUMBERED_LINE.match(line)["token"] == number


@pytest.mark.parametrize(
    "line", ["for 2021/22 Decision: To elect the Chair", "In 2020/21 the hall"]
)
def test_a_small_word_before_a_year_is_no_bodys_letters(line):
    """ "ELECT CHAIR" / "for 2021/22 Decision: ...": the title's words run on, no reference."""
    assert NUMBERED_LINE.match(line) is None


def test_a_years_number_in_brackets_counts_on():
    """ "(19-20) APPROVAL ..." then "(19-21) CODE ...": the year 19's items 20 and 21."""
    first, second = (NUMBERED_LINE.match(line) for line in ("(19-20) APPROVAL", "(19-21) CODE"))
    assert first and second
    assert {r.running for r in readings(first["token"])} & {20}
    assert counts_on(first["token"], second["token"])


def test_a_minute_number_of_the_meeting_and_year_counts_by_the_minute():
    """ "325/32/11 Minutes", "326/32/11 Matters Arising": minute 325 of meeting 32 of 2011
    (a first part of three figures is no day of a date), counting by the minute."""
    tokens = [
        NUMBERED_LINE.match(line)["token"] for line in ("325/32/11 Minutes", "326/32/11 Matters")
    ]
    assert tokens == ["325/32/11", "326/32/11"]
    assert [r.running for r in readings(tokens[0])] == [325]


def test_an_item_number_printed_again_as_the_years_minute_counts_on():
    """ "1-01/24 – Election", "2-02/24 – Apologies": item and minute of the year 24 alike."""
    assert counts_on("1-01/24", "2-02/24")
    assert not counts_on("1-14/24", "2-02/24")


def test_a_meetings_items_numbered_with_a_nought_point_count_on():
    """ "Item No. 34.1.0", "Item No. 34.2.0": the 34th meeting's items 1 and 2, each printed
    with ".0" as an outline's items are ("1.0", "2.0")."""
    assert counts_on("34.1.0", "34.2.0")


def test_a_paragraph_sign_before_the_number_is_no_part_of_it():
    match = NUMBERED_LINE.match("\u00a7 2 Approval of the agenda")
    assert match and (match["token"], match["title"]) == ("2", "Approval of the agenda")


@pytest.mark.parametrize(
    ("line", "title", "running"),
    [("(IV) CONSENT AGENDA", "CONSENT AGENDA", 4), ("(II)PUBLIC COMMENT", "PUBLIC COMMENT", 2)],
)
def test_a_capital_roman_numeral_in_brackets_counts_as_its_value(line, title, running):
    match = NUMBERED_LINE.match(line)
    assert match is not None
    assert (match["title"] or match["glued"]) == title
    assert running in {r.running for r in readings(match["token"])}


@pytest.mark.parametrize(("first", "second"), [("16.08", "17.08"), ("4.23", "5.23")])
def test_a_minute_number_with_its_years_last_figures_counts_by_the_minute(first, second):
    """ "16.08 Minutes", "17.08 Declarations": minutes 16 and 17 of 2008, the year's
    figures after a stop, with a leading zero in the years before 2010 as well."""
    assert counts_on(first, second)


def test_a_minute_of_a_months_meeting_glued_to_its_title_counts_on():
    """ "2016/12/9Apologies", "2016/12/10Minutes": a PDF's text glued the title to minutes 9
    and 10 of the meeting of December 2016, which count on (a bullet's "2016/11/17c)",
    quoting an older minute, is no heading)."""
    first, second = (NUMBERED_LINE.match(t) for t in ("2016/12/9Apologies", "2016/12/10Minutes"))
    assert (first["token"], first["glued"]) == ("2016/12/9", "Apologies")
    assert (second["token"], second["glued"]) == ("2016/12/10", "Minutes")
    assert counts_on(first["token"], second["token"])
    assert NUMBERED_LINE.match("2016/11/17c) It was noted") is None


@pytest.mark.parametrize(
    ("line", "number", "title", "running"),
    [
        ("ITEM II \u2013 Minutes of Last Meeting", "II", "Minutes of Last Meeting", 2),
        ("III - Treasurer's Report", "III", "Treasurer's Report", 3),
        ("210 . APOLOGIES FOR ABSENCE", "210", "APOLOGIES FOR ABSENCE", 210),
    ],
)
def test_a_number_and_its_mark_set_apart(line, number, title, running):
    """A Roman numeral before a dash ("ITEM II \u2013 Minutes"), or a number whose stop a
    page set apart from it ("210 . APOLOGIES"), heads its title all the same."""
    match = NUMBERED_LINE.match(line)
    assert match is not None
    assert (match["token"], match["title"]) == (number, title)
    assert running in {r.running for r in readings(match["token"])}


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("No. 1 Apologies for Absence", "1", "Apologies for Absence"),
        ("No.2 Minutes", "2", "Minutes"),
        ("3.- Correspondence", "3", "Correspondence"),
        ("4 ) Finance", "4", "Finance"),
    ],
)
def test_more_ways_to_print_a_number(line, number, title):
    """ "No. 1" (the word alone before the number), "3.-" and "4 )" (a mark set apart)."""
    match = NUMBERED_LINE.match(line)
    assert match is not None
    assert (match["token"], match["title"]) == (number, title)
