"""Splitting minutes into items: every numbering style, and numbers that are not items."""

from __future__ import annotations

import pytest

from search_app.parse import parse_bytes, parse_file
from tests.conftest import CORPUS

HEADER = (
    "Resources Committee\n\nMinutes of the meeting held on Tuesday 14 March 2023 at 2.00 pm\n\n"
)


def items_of(text: str) -> list[tuple[str, str]]:
    document = parse_bytes((HEADER + text).encode(), "minutes.txt")
    return [(item.number, item.title) for item in document.items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 Budget\n\nNoted.\n\n6 Pay Policy\n\nAgreed.", [("5", "Budget"), ("6", "Pay Policy")]),
        ("5. Budget\n\nNoted.\n\n6. Pay Policy\n\nAgreed.", [("5", "Budget"), ("6", "Pay Policy")]),
        (
            "87.\n\nBudget\n\nNoted.\n\n88.\n\nPay Policy\n\nAgreed.",
            [("87", "Budget"), ("88", "Pay Policy")],
        ),
        (
            "112/23 Budget\n\nNoted.\n\n113/23 Pay Policy\n\nAgreed.",
            [("112/23", "Budget"), ("113/23", "Pay Policy")],
        ),
        (
            "Minute No. 12 Budget\n\nNoted.\n\nMinute No. 13 Pay Policy\n\nAgreed.",
            [("12", "Budget"), ("13", "Pay Policy")],
        ),
        (
            "Item 4 Budget\n\nNoted.\n\nItem 5: Pay Policy\n\nAgreed.",
            [("4", "Budget"), ("5", "Pay Policy")],
        ),
        (
            "4 - Budget\n\nNoted.\n\n5 \u2013 Pay Policy\n\nAgreed.",
            [("4", "Budget"), ("5", "Pay Policy")],
        ),
    ],
    ids=["5", "5.", "87.", "112/23", "Minute No.", "Item 4", "dash"],
)
def test_numbering_styles(text, expected):
    assert items_of(text) == expected


def test_sub_items_stay_inside_their_item():
    text = "1 Budget\n\n(a) Revenue\n\nNoted.\n\nb) Capital\n\nNoted.\n\n2 Pay Policy\n\nAgreed."
    document = parse_bytes((HEADER + text).encode(), "m.txt")
    assert [i.number for i in document.items] == ["1", "2"]
    assert "b) Capital" in document.items[0].body


def test_numbers_at_a_line_start_that_are_not_headings():
    text = (
        "1 Budget\n\nThe report showed that\n\n"
        "2 schools had closed and\n\n"
        "30% of pupils were affected. Staff had\n\n"
        "12 March 2023 as the deadline.\n\n"
        "3 children were missing.\n\n"
        "2 Pay Policy\n\nAgreed."
    )
    assert items_of(text) == [("1", "Budget"), ("2", "Pay Policy")]


def test_a_numbered_list_in_an_item_does_not_break_the_chain_of_items():
    text = (
        "1 Apologies\n\nNone.\n\n2 Budget\n\nThe Committee noted:\n\n"
        "1. The forecast overspend of £2 million in adult social care.\n\n"
        "2. The savings plan agreed by Cabinet in February.\n\n"
        "3. The risks set out in the report.\n\n"
        "3 Pay Policy\n\nAgreed.\n\n4 Date of Next Meeting\n\n20 April."
    )
    assert items_of(text) == [
        ("1", "Apologies"),
        ("2", "Budget"),
        ("3", "Pay Policy"),
        ("4", "Date of Next Meeting"),
    ]


def test_title_and_first_sentence_on_one_line_are_separated():
    text = (
        "1 Declarations of Interest Councillor Jane Smith declared an interest in item 2 "
        "as a governor of the school.\n\n2 School Places\n\nNoted."
    )
    document = parse_bytes((HEADER + text).encode(), "m.txt")
    assert document.items[0].title == "Declarations of Interest"
    assert document.items[0].body.startswith("Councillor Jane Smith declared")


def test_title_split_by_a_page_break_is_rejoined():
    text = (
        "1 Apologies\n\nNone.\n\n2 Highways Asset Management:\n\n"
        "The Director of Highways and the\n\nPage 2 of 4\n\nProgress Report\n\n"
        "Head of Finance presented the report.\n\n3 Pay Policy\n\nAgreed."
    )
    document = parse_bytes((HEADER + text).encode(), "m.txt")
    assert document.items[1].title == "Highways Asset Management: Progress Report"
    assert document.items[1].body == (
        "The Director of Highways and the Head of Finance presented the report."
    )


def test_moderngov_page_saved_as_text():
    document = parse_file(CORPUS / "exampleshire-adult-care-scrutiny-2018-09-20.txt")
    assert [(i.number, i.title) for i in document.items] == [
        ("23", "Apologies and Named Substitutes"),
        ("24", "Declarations of Interest and of any Party Whip"),
        ("25", "Delayed Transfers of Care"),
        ("26", "Work Programme"),
    ]
    assert all("Minutes:" not in item.body for item in document.items)
    assert document.items[-1].body.endswith("RESOLVED that the work programme be agreed.")


def test_minute_numbers_with_a_list_inside_and_closing_line():
    document = parse_file(CORPUS / "northbridge-licensing-committee-2023-03-09.txt")
    assert [i.number for i in document.items] == ["41", "42", "43", "44"]
    assert "2. new conditions on the use of outdoor areas after 11 pm;" in document.items[2].body
    assert "The meeting closed" not in document.items[-1].body
    assert document.meeting.end_time.strftime("%H:%M") == "19:45"
