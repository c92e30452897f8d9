"""Minutes typed in capitals throughout, read as they would be printed in mixed case and
shown as printed."""

from __future__ import annotations

from datetime import date

import pytest

from search_app.parse import parse_bytes
from search_app.parse.capitals import is_all_capitals, printed_case
from search_app.parse.lines import split_lines


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("COUNCILLOR JIM STEER", "Councillor Jim Steer"),  # a short line: title case
        ("TREASURERS REPORT:", "Treasurers Report:"),
        ("IV. CONSENT AGENDA", "IV. Consent Agenda"),  # an outline's numeral kept
        ("1) CALL TO ORDER - MAYOR BEE CALLED THE MEETING TO ORDER AT 7:00 PM",
         "1) Call to Order - Mayor bee called the meeting to order at 7:00 pm"),
        ("THE MINUTES WERE AGREED. THE CHAIR SIGNED THEM.",
         "The minutes were agreed. The chair signed them."),
        ("ITEM 5 (262) POLICE REPORT PC BEE REPORTED NO CRIMES IN THE AREA LAST MONTH",
         "Item 5 (262) Police report pc bee reported no crimes in the area last month"),
        ("FC49/08/9APOLOGIES", "FC49/08/9APOLOGIES"),  # a word with a figure: as printed
        ("FC/09.20/01 MINUTES OF THE LAST MEETING", "FC/09.20/01 Minutes of the Last Meeting"),
    ],
)  # fmt: skip
def test_a_line_in_capitals_is_read_as_it_would_be_printed(line, read):
    assert printed_case(line) == read


def test_a_text_is_all_in_capitals_only_when_nearly_every_letter_is():
    shouted = "MINUTES OF THE MEETING HELD ON 5 MAY 2020\n" * 20
    assert is_all_capitals(split_lines(shouted))
    assert not is_all_capitals(split_lines(shouted + "The clerk read the letter aloud.\n" * 20))
    assert not is_all_capitals(split_lines("APOLOGIES\nMINUTES\n"))  # too short to tell


ALL_CAPITALS = """\
VILLAGE OF ELMDALE
MINUTES OF THE REGULAR COUNCIL MEETING HELD AT THE COUNCIL CHAMBERS AT 7:00 P.M. JULY 30, 2014
PRESENT: MAYOR ANN BEE
COUNCILLOR CY DEE
COUNCILLOR ED EFF
CHIEF ADMINISTRATIVE OFFICER
MUNICIPAL INTERN
REGRETS: COUNCILLOR FLO GEE
1) CALL TO ORDER - MAYOR BEE CALLED THE MEETING TO ORDER AT 7:00 PM
2) ADDITION OF LATE ITEMS
(A) A BYLAW TO AMEND THE COUNCIL PROCEDURE BYLAW
(B) FARMERS MARKET REQUEST
3) ADOPTION OF AGENDA
14/174 - MOVED, SECONDED BY COUNCILLORS DEE/EFF THAT THE AGENDA BE ADOPTED AS
AMENDED.
CARRIED
4) ADMINISTRATIVE MATTERS
(A) PUBLIC WORKS MONTHLY REPORT
14/175 - MOVED, SECONDED BY COUNCILLORS EFF/DEE THAT THE PUBLIC WORKS MONTHLY REPORT FOR
JULY, 2014 BE RECEIVED AND FILED.
CARRIED
THE CAO RECOMMENDS A MEETING OF THE WATER COMMITTEE BE HELD NEXT WEEK WITH
THE FIRST NATION'S PUBLIC WORKS FOREMAN INVITED TO ATTEND.
5) ADJOURNMENT
"""


def test_minutes_typed_in_capitals_throughout_are_read_as_printed_in_mixed_case():
    """Capitals mark no heading where every line is in them ("COUNCILLOR CY DEE", "WITH"):
    the text is read as it would be printed otherwise (short lines in title case, the rest
    in sentence case), so its numbers head the items; what a reader sees stays in capitals."""
    document = parse_bytes(ALL_CAPITALS.encode(), "minutes.txt")
    assert [(item.number, item.title) for item in document.items] == [
        ("1", "CALL TO ORDER"), ("2", "ADDITION OF LATE ITEMS"), ("3", "ADOPTION OF AGENDA"),
        ("4", "ADMINISTRATIVE MATTERS"), ("5", "ADJOURNMENT"),
    ]  # fmt: skip
    assert "PUBLIC WORKS MONTHLY REPORT" in document.items[3].body
    assert document.meeting.date == date(2014, 7, 30)


def test_minute_references_glued_to_their_titles_in_a_text_typed_in_capitals():
    """ "TC18/22/4APOLOGIES": the references keep their letters (as a text in mixed case
    prints them), so the whole reference is read as each item's number."""
    text = (
        "MINUTES OF THE MEETING OF OXWELL TOWN COUNCIL HELD ON MONDAY 26 JANUARY 2009\n"
        "MEMBERS PRESENT: COUNCILLORS A BEE (MAYOR), C DEE, E FOX AND G HAY\n"
        "TC18/22/4APOLOGIES \u2013 APOLOGIES WERE RECEIVED FROM COUNCILLOR JAY.\n"
        "TC19/22/4MINUTES \u2013 IT WAS RESOLVED THAT THE MINUTES OF THE MEETING HELD ON "
        "15 DECEMBER 2008 BE APPROVED AND SIGNED.\n"
        "TC20/22/4PLAYING FIELDS \u2013 THE CLERK REPORTED THAT THE NEW GATE HAD BEEN FITTED "
        "AND THE GRASS CUT TWICE SINCE THE LAST MEETING OF THE COUNCIL.\n"
        "TC21/22/4FINANCE \u2013 THE ACCOUNTS FOR DECEMBER WERE RECEIVED AND THE PAYMENTS LISTED "
        "IN THE SCHEDULE WERE APPROVED FOR SIGNATURE BY TWO MEMBERS OF THE COUNCIL.\n"
        "TC22/22/4CORRESPONDENCE \u2013 A LETTER FROM THE COUNTY COUNCIL ABOUT WINTER "
        "GRITTING ROUTES WAS NOTED AND THE CLERK WILL REPLY.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.number for item in document.items] == [
        "TC18/22/4", "TC19/22/4", "TC20/22/4", "TC21/22/4", "TC22/22/4"
    ]  # fmt: skip


def test_a_word_is_looked_at_for_figures_once_from_its_start():
    """A word with no figure is read in mixed case whatever its length
    (benchmarks/parse_hostile.py times a page of one long run of capitals: a pattern tried
    at every letter of it walked the word again from each)."""
    run = "A" * 50_000
    assert printed_case(run) == "A" + "a" * (len(run) - 1)
    assert printed_case(f"{run} FC49/08/9") == f"A{'a' * (len(run) - 1)} FC49/08/9"
