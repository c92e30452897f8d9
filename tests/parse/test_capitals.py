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
