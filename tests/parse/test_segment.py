"""Splitting minutes into items: every numbering style, and numbers that are not items."""

from __future__ import annotations

import re
import textwrap
from datetime import date

import pytest

from search_app.models import AgendaItem
from search_app.parse import parse_bytes, parse_file
from search_app.parse.layout import (
    at_business_between_sentences,
    at_counted_numbers,
    at_numbers_counted_across_lines,
    broken_at_numbers,
    unflatten,
)
from search_app.parse.lines import Line, split_lines
from search_app.parse.numbered import heading_candidates
from search_app.parse.paragraphs import is_row_table
from search_app.parse.roles import MOTION, could_be_title, lists_subjects
from search_app.parse.segment import wrapped_lines_joined
from search_app.parse.unnumbered import is_heading_date, label_over_its_text, run_in_title
from tests.conftest import CORPUS, FIXTURES

HEADER = (
    "Resources Committee\n\nMinutes of the meeting held on Tuesday 14 March 2023 at 2.00 pm\n\n"
)


def parsed_items(text: str) -> list[AgendaItem]:
    return parse_bytes((HEADER + text).encode(), "minutes.txt").items


def items_of(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in parsed_items(text)]


def item_titles(text: str) -> list[str]:
    return [title for _, title in items_of(text)]


def item_titles_alone(text: str) -> list[str]:
    """The titles of minutes parsed as they are, without the shared header."""
    return [title for _, title in items_alone(text)]


def items_alone(text: str) -> list[tuple[str, str]]:
    """(number, title) of each item of minutes parsed as they are, without the header."""
    return [(item.number, item.title) for item in parse_bytes(text.encode(), "minutes.txt").items]


def is_motion_label(text: str) -> bool:
    return bool(MOTION.match(text))


def item_numbers(text: str) -> list[str]:
    return [number for number, _ in items_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 Budget\n\nNoted.\n\n6 Pay Policy\n\nAgreed.", [("5", "Budget"), ("6", "Pay Policy")]),
        ("5. Budget\n\nNoted.\n\n6. Pay Policy\n\nAgreed.", [("5", "Budget"), ("6", "Pay Policy")]),
        (  # a list's markup set the stop apart from the number, against the title
            "5 .BUDGET\n\nNoted.\n\n6 .PAY POLICY\n\nAgreed.",
            [("5", "BUDGET"), ("6", "PAY POLICY")],
        ),
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
            [("Minute No. 12", "Budget"), ("Minute No. 13", "Pay Policy")],
        ),
        (
            "Item 4 Budget\n\nNoted.\n\nItem 5: Pay Policy\n\nAgreed.",
            [("Item 4", "Budget"), ("Item 5", "Pay Policy")],
        ),
        (
            "4 - Budget\n\nNoted.\n\n5 \u2013 Pay Policy\n\nAgreed.",
            [("4", "Budget"), ("5", "Pay Policy")],
        ),
    ],
    ids=["5", "5.", "5 .", "87.", "112/23", "Minute No.", "Item 4", "dash"],
)
def test_numbering_styles(text, expected):
    assert items_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1/19 Budget\n\nNoted.\n\n2/19 Pay Policy\n\nAgreed.",
            [("1/19", "Budget"), ("2/19", "Pay Policy")],
        ),
        (
            "C/152 Budget\n\nNoted.\n\nC/153 Pay Policy\n\nAgreed.",
            [("C/152", "Budget"), ("C/153", "Pay Policy")],
        ),
        (
            "C 08/042 Budget\n\nNoted.\n\nC 08/043 Pay Policy\n\nAgreed.",
            [("C 08/042", "Budget"), ("C 08/043", "Pay Policy")],
        ),
        (  # items 1 and 2 taken together, then item 3
            "Item 1/2. Welcome/Apologies\n\nNone.\n\nItem 3. Budget\n\nNoted.\n\nItem 4. Roads\n\nAgreed.",
            [("Item 1/2", "Welcome/Apologies"), ("Item 3", "Budget"), ("Item 4", "Roads")],
        ),
        (
            "37.PRESENT\n\nAs above.\n\n38.APOLOGIES\n\nNone.",
            [("37", "PRESENT"), ("38", "APOLOGIES")],
        ),
        (
            "\u2022 4. Budget\n\nNoted.\n\n\u2022 5. Pay Policy\n\nAgreed.",
            [("4", "Budget"), ("5", "Pay Policy")],
        ),
        ("1) Budget\n\nNoted.\n\n2) Pay Policy\n\nAgreed.", [("1", "Budget"), ("2", "Pay Policy")]),
        (  # a decimal glued to its title by a PDF's text: "1.0Confirmation of Minutes"
            "1.0Confirmation of Minutes\nThe minutes were confirmed.\n"
            "2.0Matters Arising from the Minutes.\nThe bridge works are complete.",
            [("1.0", "Confirmation of Minutes"), ("2.0", "Matters Arising from the Minutes.")],
        ),
        (  # a square bracket, and its stop, as a round one: "1]. APOLOGIES:"
            "1]. APOLOGIES: Cllr Bee\n\n2]. The minutes were accepted\n\n3]. Matters arising:\n\nNone.",
            [("1", "APOLOGIES"), ("2", "The minutes were accepted"), ("3", "Matters arising")],
        ),
        (
            "PAR 1 Budget\n\nNoted.\n\nPAR 2 Pay Policy\n\nAgreed.",
            [("PAR 1", "Budget"), ("PAR 2", "Pay Policy")],
        ),
        (
            "(139) BUDGET\n\nNoted.\n\n(140) PAY POLICY\n\nAgreed.",
            [("139", "BUDGET"), ("140", "PAY POLICY")],
        ),
        (
            "II. Budget\n\nNoted.\n\nIII. Pay Policy\n\nAgreed.",
            [("II", "Budget"), ("III", "Pay Policy")],
        ),
        (
            "21.44 BUDGET\n\nNoted.\n\n21.45 PAY POLICY\n\nAgreed.",
            [("21.44", "BUDGET"), ("21.45", "PAY POLICY")],
        ),
        (
            "1. & 2. The Chair opened the meeting.\n\n3. Budget\n\nNoted.",
            [("1 & 2", ""), ("3", "Budget")],
        ),
        (
            "AM119\n\nBudget\n\nNoted.\n\nAM219\n\nPay Policy\n\nAgreed.",
            [("AM119", "Budget"), ("AM219", "Pay Policy")],
        ),
        (
            "2211_[1] BUDGET\nNoted.\n2211_[2] PAY POLICY\nAgreed.",
            [("2211_[1]", "BUDGET"), ("2211_[2]", "PAY POLICY")],
        ),
        (
            "1.0 Budget\n\n1.1 Revenue was noted.\n\n2.0 Pay Policy\n\n2.1 Agreed.",
            [("1.0", "Budget"), ("2.0", "Pay Policy")],
        ),
        (
            "212-1.To receive apologies:\n\nNone.\n\n212-2.To approve the budget:\n\nAgreed.",
            [("212-1", "To receive apologies"), ("212-2", "To approve the budget")],
        ),
        (
            "09/14:01 BUDGET\n\nNoted.\n\n09/14:02 PAY POLICY\n\nAgreed.",
            [("09/14:01", "BUDGET"), ("09/14:02", "PAY POLICY")],
        ),
        (
            "[1] Budget\n\nNoted.\n\n[2] Pay Policy\n\nAgreed.",
            [("[1]", "Budget"), ("[2]", "Pay Policy")],
        ),
        (
            "21-045 Budget\n\nNoted.\n\n21-046 Pay Policy\n\nAgreed.",
            [("21-045", "Budget"), ("21-046", "Pay Policy")],
        ),
        (
            "1. DOC-2021-151 : Budget\n\nNoted.\n\n2. DOC-2021-152 : Pay Policy\n\nAgreed.",
            [("1", "Budget"), ("2", "Pay Policy")],
        ),
        (
            "(l) Budget\n\nNoted.\n\n(2) Pay Policy\n\nAgreed.\n\n(3) Hall\n\nNoted.",
            [("(l)", "Budget"), ("2", "Pay Policy"), ("3", "Hall")],
        ),
        (
            "21/22-14: Budget: Noted.\n\n21/22-15: Pay Policy - agreed.\n\n21/22-16: Hall: Noted.",
            [("21/22-14", "Budget"), ("21/22-15", "Pay Policy"), ("21/22-16", "Hall")],
        ),
        (
            "[1]. 09/411. Budget. Noted.\n\n[2].09/412. Pay Policy. Agreed.\n\n"
            "[3]. 09/413. Hall. Noted.",
            [("[1]", "Budget"), ("[2]", "Pay Policy"), ("[3]", "Hall")],
        ),
        (  # a long-lived body's running count, five figures, and a stop
            "12931. Budget \u2013 The budget was noted.\n\n12932. Pay Policy \u2013 Agreed as "
            "drafted.\n\n12933. Hall \u2013 The roof has been mended.",
            [("12931", "Budget"), ("12932", "Pay Policy"), ("12933", "Hall")],
        ),
        (  # a committee's initials joined by "&" after its year
            "01/20/F&R Budget\n\nNoted.\n\n02/20/F&R Pay Policy\n\nAgreed.\n\n"
            "03/20/F&R Hall\n\nNoted.",
            [("01/20/F&R", "Budget"), ("02/20/F&R", "Pay Policy"), ("03/20/F&R", "Hall")],
        ),
        (  # year, month, minute: not a date, for the last part counts on
            "20/2/1 Budget \u2013 Noted.\n20/2/2 Pay Policy \u2013 Agreed.\n20/2/3 Hall \u2013 Noted.",
            [("20/2/1", "Budget"), ("20/2/2", "Pay Policy"), ("20/2/3", "Hall")],
        ),
        (  # the meeting's reference, then the minute's after a "#"
            "M19/05#41 Apologies for Absence\n   Cllr A Bee\n\nM19/05#42 Declarations of Interest"
            "\n   None.\n\nM19/05#43 Town Hall Roof\n   The repairs were agreed.",
            [
                ("M19/05#41", "Apologies for Absence"),
                ("M19/05#42", "Declarations of Interest"),
                ("M19/05#43", "Town Hall Roof"),
            ],
        ),
        (  # the year, the meeting and the minute, the last not widened with a zero
            "07-03-1  Present  Cllrs A Bee and C Dee\n\n07-03-2   Apologies    Cllr E Eff\n\n"
            "07-03-3  Minutes  The Minutes were approved.",
            [("07-03-1", "Present"), ("07-03-2", "Apologies"), ("07-03-3", "Minutes")],
        ),
        (  # the number printed twice, the margin's and the heading's
            "1 1 APOLOGIES\n\nAlderman A Bee\n\n2 DECLARATIONS OF INTEREST\n\nNone.\n\n"
            "3. PRESENTATION\n\nThe Chair thanked the visitors.",
            [("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PRESENTATION")],
        ),
        (  # a page saved as markdown: each item a heading, its marks before the number
            "# 44 Apologies for absence.\n\nAnn Bee\n\n# 45 Declaration of interest\n\nCarl Dee "
            "declared an interest in item 47.\n\n# 46 Minutes of previous meeting\n\nThe "
            "minutes were signed.\n\n# 47 Matters Arising\n\ni. The quotations were agreed.",
            [
                ("44", "Apologies for absence."),
                ("45", "Declaration of interest"),
                ("46", "Minutes of previous meeting"),
                ("47", "Matters Arising"),
            ],
        ),
        (  # the year's meeting, its minute and a bracket
            "2019/1) Election of Chairman\n\nCllr Bee was elected.\n\n2019/2) Apologies for "
            "absence\n\nFrom Cllr Dee.\n\n2019/3) Annual Report\n\nThe report was read.",
            [
                ("2019/1", "Election of Chairman"),
                ("2019/2", "Apologies for absence"),
                ("2019/3", "Annual Report"),
            ],
        ),
    ],
    ids=[
        "1/19",
        "C/152",
        "C 08/042",
        "Item 1/2",
        "37.PRESENT",
        "bullet",
        "1)",
        "1.0glued",
        "1].",
        "PAR 1",
        "(139)",
        "roman",
        "21.44",
        "1. & 2.",
        "AM119",
        "2211_[1]",
        "1.0 with 1.1",
        "212-1.glued",
        "09/14:01",
        "[1]",
        "21-045",
        "(l) scanned",
        "1. DOC-2021-151 :",
        "21/22-14 the year's",
        "[1]. 09/411. both",
        "12931. running",
        "01/20/F&R",
        "20/2/1",
        "M19/05#41",
        "07-03-1",
        "1 1 twice",
        "## 1. markdown",
        "2019/2)",
    ],
)
def test_more_numbering_styles(text, expected):
    assert items_of(text) == expected


def test_flattened_text_is_broken_at_its_item_numbers():
    flattened = (
        "1.0 Confirmation of Minutes 1.1 The minutes of the meeting held on 3 May were confirmed as "
        "a correct record and signed by the chair, after one correction to the list of those present "
        "at the meeting was agreed by all. 2.0 Matters Arising 2.1 The clerk had written to the "
        "highways authority about the potholes on Mill Lane, and a reply was expected shortly. "
        "3.0 Planning 3.1 No applications had been received since the last meeting of the council."
    )
    assert items_of(flattened) == [
        ("1.0", "Confirmation of Minutes"), ("2.0", "Matters Arising"), ("3.0", "Planning"),
    ]  # fmt: skip


def test_flattened_minute_numbers_before_a_one_word_title_in_capitals():
    """ "... to the meeting. 2207 APOLOGIES The apologies were noted. 2208 DECLARATIONS OF
    INTEREST ...": a one-word title in capitals breaks the text as a longer one does."""
    flattened = (
        "The Chair welcomed everyone to the meeting and thanked the retiring members for their "
        "years of service to the board and its committees, and to the college as a whole. "
        "2207 APOLOGIES The apologies listed above were noted by the members present. "
        "2208 DECLARATIONS OF INTEREST No member declared an interest in any item of business. "
        "2209 FINANCE The finance director presented the management accounts for the year."
    )
    assert item_numbers(flattened) == ["2207", "2208", "2209"]


def test_flattened_minute_references_with_a_space_before_the_slash():
    """ "... Ann Bee 41 /19 Apologies for Absence Resolved that ...": the page left a space
    before each reference's slash; the references still count on and head the items."""
    flattened = (
        "Present: Councillors Ann Bee, Cy Dee and Ed Eff, with two members of the public. "
        "41 /19 Apologies for Absence Resolved that the apologies of Cllr Gee be accepted. "
        "42 /19 Minutes of Previous Meeting Resolved that the minutes be signed as correct. "
        "43 /19 Declarations of Interest None were declared by the members present tonight. "
        "44 /19 Public Participation Two residents spoke about the state of the footpaths."
    )
    assert item_numbers(flattened) == ["41/19", "42/19", "43/19", "44/19"]
    assert item_titles(flattened)[:3] == [
        "Apologies for Absence", "Minutes of Previous Meeting", "Declarations of Interest",
    ]  # fmt: skip


def test_flattened_minute_references_with_a_colon_after_them():
    """ "... were noted. 83/20: Internal finance check: Cllr Bee confirmed ...": the page
    lost its line breaks; the references and their colons still head the items."""
    flattened = (
        "The meeting was held remotely. PRESENT: Cllrs. Bee (in the Chair), Cole and Dunn. "
        "83/20: Internal finance check: Cllr. Bee confirmed that the check was complete. "
        "84/20: Transfers of monies between accounts: The Clerk said none had been needed. "
        "85/20: Invoices for Payment: A list of payments had been circulated for approval. "
        "86/20: Community Centres: There was no report made under this item this month."
    )
    assert item_numbers(flattened) == ["83/20", "84/20", "85/20", "86/20"]


def test_flattened_minute_references_glued_to_their_titles():
    """ "... was discussed. 16/224Apologies for Absence: None. 16/225Declarations of ...":
    a PDF's text glued each reference to its title and lost the line breaks."""
    flattened = (
        "Public Forum: residents asked about the recycling centre and the footpaths, which "
        "the Clerk will take up with the County Council. 16/224Apologies for Absence: None "
        "were received, all members being present. 16/225Declarations of Interest: Cllr Bee "
        "declared an interest in the allotments as a plot holder. 16/226Minutes of the "
        "Meeting held on 6th July 2016: Agreed and signed by the Chair as a true record. "
        "16/227Matters Arising: None were raised this month by members or the Clerk."
    )
    assert item_numbers(flattened) == ["16/224", "16/225", "16/226", "16/227"]


def test_flattened_numbers_glued_to_the_sentence_before_and_the_title_after():
    """ "... at 6:40 p.m.1.Regrets As noted above.2.Declarations of ...": a page that lost
    every space around its numbers; a number after a sentence's stop (after a word or an
    acronym: "... the BIA.3.Consent Items") and before a title starts an item."""
    flattened = (
        "Staff:A. Bee, Town ClerkC. Dee, Treasurer The Council met in special session in the "
        "Council Chamber commencing at 6:40 p.m.1.Regrets As noted above.2.Declarations of "
        "Interest Councillor Fox declared an interest in the budget of the Elm Street BIA.3."
        "Consent Items There were no Consent Items.4.Discussion Items 4.1The Proposed 2025 "
        "Budget Moved byCouncillor Fox Seconded byCouncillor Hay That the budget be received."
    )
    assert item_numbers(flattened)[:4] == ["1", "2", "3", "4"]


def test_flattened_minutes_of_a_months_meeting_counting_from_one():
    """ "... in the chair. 2016/12/1Apologies for absence- Cllr Gee. 2016/12/2Declaration of
    interests- ...": the year, the month's meeting, and its minutes counting from 1."""
    flattened = (
        "Present: Mayor Cllr. Ann Bee (in the chair), Councillors Cy Dee, Ed Eff and Flo "
        "Gee, with the Clerk taking the minutes. 2016/12/1Apologies for absence- Cllr Hal "
        "Ince sent his apologies, which were accepted. 2016/12/2Declaration of interests- "
        "Cllr Dee declared an interest in the parks item as a volunteer. 2016/12/3Police "
        "report- The sergeant reported a quiet month with two thefts of bicycles. "
        "2016/12/4Minutes from the last meeting- Proposed that the minutes are accepted."
    )
    assert item_numbers(flattened) == ["2016/12/1", "2016/12/2", "2016/12/3", "2016/12/4"]


def test_flattened_references_with_a_two_part_year_glued_to_titles_in_capitals():
    """ "... in prayer. FC49/08/9APOLOGIES – Apologies ... FC50/08/9INTERESTS ...": the
    council's minute 49 of the year 2008/9, glued to its title in capitals, on one line."""
    flattened = (
        "Minutes of the meeting of Elmton Town Council held on Monday 26th January 2009 at "
        "7.00pm MEMBERS PRESENT: Councillors Bee (Town Mayor), Dee, Fay and Hay Councillor Fay "
        "led the Council in prayer. FC49/08/9APOLOGIES – Apologies for absence were received "
        "from Cllr Ince. FC50/08/9PREJUDICIAL AND PERSONAL INTERESTS – None were declared. "
        "FC51/08/9PUBLIC OPEN SESSION – No members of the public spoke. FC52/08/9MINUTES – "
        "The minutes of the meeting held on 15th December 2008 were approved."
    )
    assert item_numbers(flattened) == ["FC49/08/9", "FC50/08/9", "FC51/08/9", "FC52/08/9"]


def test_flattened_minutes_counted_in_the_year_with_a_bracket():
    """ "... in attendance 2019/1) Election of the meeting Chairman ... 2019/2) Apologies
    ...": the year, then its count from 1 closed by a bracket, run onto one line."""
    flattened = (
        "Minutes of the Annual Parish Meeting held on Wednesday, 24 April 2019 at 7.30 p.m. in "
        "the Village Rooms Present: Cllr A Bee – presiding Cllr C Dee Cllr E Fay Mr G Hay Ivy "
        "Jay – Clerk – in attendance 2019/1) Election of the meeting Chairman & Welcome On the "
        "motion of Cllr Dee it was RESOLVED to elect Cllr Bee 2019/2) Apologies for absence "
        "Apologies were received from Mr Kim Lee 2019/3) Minutes of the 23 April 2018 Annual "
        "Parish Meeting RESOLVED to approve the minutes 2019/4) Annual Report of the Parish "
        "Council The Chairman read the Annual Report."
    )
    assert item_numbers(flattened) == ["2019/1", "2019/2", "2019/3", "2019/4"]


def test_flattened_references_of_four_parts_with_the_bodys_letter_and_year():
    """ "... (Deputy Clerk) C18/05/02/01 TO CHOOSE A PERSON TO PRESIDE ... C18/05/02/02 ...":
    the council's meeting of May 2018, the second that month, its minutes from 1."""
    flattened = (
        "Present: Mr A. Bee (Chairman), Mr C. Dee (Vice-Chairman), Mr E. Eff and Mr G. Hay. "
        "In Attendance: Mr I. Jay (Deputy Clerk). C18/05/02/01 TO CHOOSE A PERSON TO PRESIDE "
        "IF THE CHAIRMAN BE ABSENT Not necessary on this occasion as the Chairman was present. "
        "C18/05/02/02 BUSINESS REQUIRED BY STATUTE Not necessary, there being none this month. "
        "C18/05/02/03 MINUTES The minutes of the meeting of 23rd April were approved and signed."
    )
    assert item_numbers(flattened) == ["C18/05/02/01", "C18/05/02/02", "C18/05/02/03"]


def test_flattened_references_with_a_hash_before_the_count():
    """ "... M21/02#22 Apologies for Absence ... M21/02#23 Declarations ...": the meeting of
    February 2021's minutes 22 and on, the page's line breaks lost."""
    flattened = (
        "Present: Cllrs Ann Bee (Chair), Cy Dee, Ed Eff and Flo Gee; the Town Clerk. "
        "M21/02#22 Apologies for Absence Apologies were received from Cllr Hal Ince, who "
        "is away on holiday until the end of the month, and were accepted by the meeting. "
        "M21/02#23 Declarations of Interest There were no declarations of interest made. "
        "M21/02#24 Applications for Dispensations No applications had been received. "
        "M21/02#25 Report from the Police The PCSO reported two thefts from vehicles."
    )
    assert item_numbers(flattened) == ["M21/02#22", "M21/02#23", "M21/02#24", "M21/02#25"]


def test_a_flattened_count_padded_to_a_column_goes_on_past_nine():
    """Numbers padded to a column's width ("9          Public Forum", "10        Extra..."):
    the page splits at the wide gaps of the first nine, and the count goes on from them
    into the line where the narrower gaps of "10" and "11" were left."""
    pad = {1: " " * 10, 2: " " * 8}
    entries = [
        "Welcome The Chairperson opened the meeting and welcomed all those present.",
        "Apologies There were no apologies.",
        "Declaration of Interest There were no declarations of interest.",
        "Confirmation of Minutes This item was deferred to the next business meeting.",
        "Leave of Absence There were no leaves of absence.",
        "Acknowledgements There were no acknowledgements.",
        "Petitions There were no petitions.",
        "Deputations There were no deputations.",
        "Public Forum There was no public forum.",
        "Extraordinary Business There was no extraordinary business.",
        "Adoption of the Elmbury Local Board Plan 2019/2020 A document was tabled for this "
        "item and the board adopted its plan for the year after a long discussion.",
    ]
    flattened = (
        "Elmbury Local Board OPEN MINUTES Minutes of a meeting of the Elmbury Local Board "
        "held in the Board Room, Elmbury Library, 7 Ashgrove Road, Elmbury on Thursday, 6 "
        "June 2019 at 6.00pm. PRESENT Chairperson Dana Cole Deputy Chairperson Ann White "
        "Members Bo Lund, Cy Marsh, Di Noble, Ed Oakes, Gus Page, Hal Quinn, Ivy Rowe ABSENT "
        "Member Jo Stone With apology IN ATTENDANCE Kim Trent Local Area Manager Lee Umber "
        "Democracy Advisor Max Vane Engagement Advisor ALSO PRESENT Councillor Fay Pike "
        + " ".join(f"{n}{pad[len(str(n))]}{entry}" for n, entry in enumerate(entries, 1))
    )
    assert [number for number, _ in items_alone(flattened)] == [str(n) for n in range(1, 12)]


def test_flattened_numbers_glued_to_a_title_whose_first_word_is_short():
    """ "... G. Thomas. 65.TO RECEIVE DECLARATIONS ...": the number glued to a title in
    capitals that opens with a two-letter word is the next item's all the same."""
    flattened = (
        "Minutes of the Elmton Town Council Meeting held on the 1st October 2015 Present: "
        "Cllr A. Bee (Chair), Cllr C. Dee, Cllr E. Fay, Cllr G. Hay, Cllr J. Kay and Cllr L. "
        "May. 64.APOLOGIES FOR ABSENCE: Apologies for absence were received from Councillors "
        "N. Orr and P. Rae. 65.TO RECEIVE DECLARATIONS OF PERSONAL INTEREST FROM MEMBERS: "
        "There were no declarations of interest. 66.TO RECEIVE AND CONSIDER THE MINUTES OF "
        "THE MEETING HELD ON THE 3RD SEPTEMBER 2015: The minutes were approved and signed "
        "as a true record of the meeting, and the Clerk reported on the matters arising "
        "from them, which the council noted. 67.TO RECEIVE THE CLERK'S REPORT: The Clerk "
        "reported that the new noticeboard had been installed outside the library."
    )
    assert item_numbers(flattened) == ["64", "65", "66", "67"]


def test_flattened_minutes_with_no_numbers_and_no_capitals_are_read_a_sentence_a_line():
    """Neither numbers nor headings in capitals: each title runs into its first sentence
    after the sentence before ("... Motion carried. Unfinished Business: the new signs
    ..."). Read a sentence a line, the titles open their lines and head the items."""
    flattened = (
        "Meeting Minutes March 6, 2018 The March 6, 2018 Borough Council Meeting was held at "
        "12 Mill St. with the following members present. Ann, Bo, Cy, Dee, Ed, Fay. Absent "
        "Gus. President Hale opened the meeting at 7:30pm with the Pledge. Secretary report "
        "was submitted: Bo made motion to accept, Cy seconded, Motion carried. Treasurer’s "
        "report; Ed made motion to accept, Fay seconded. Motion carried. Unfinished Business: "
        "the new signs will go up when the weather permits. The sale of the garage will close "
        "on March 9, and Ann and Bo will attend. New Business: Discussion on the cost of snow "
        "removal for the lots. Dee made motion, Cy seconded to hire a second plough. Motion "
        "carried. Correspondence. A letter from the county about the bridge works was read."
    )
    assert item_titles_alone(flattened) == [
        "Treasurer’s report", "Unfinished Business", "New Business", "Correspondence",
    ]  # fmt: skip


def test_known_business_naming_a_meeting_and_its_date_is_not_too_long_for_a_title():
    """ "Confirmation of Minutes of Municipal District of Elmford meeting of 8th June 2015":
    thirteen words, but the date is no part of a title's length; known business alone on
    its line, the minute under it."""
    text = (
        "Municipal District of Elmford - 14th September 2015\n"
        "ON MONDAY 14th SEPTEMBER 2015 AT 2.30 P.M.\n"
        "Cllr Ann Bee\nCllr Carl Dee\nMr Ed Fay, Director of Services\n"
        "An Cathaoirleach welcomed the officials, the members and the press to the meeting.\n"
        "Confirmation of Minutes of Municipal District of Elmford meeting of 8th June 2015\n"
        "The minutes of the meeting held on 8th June 2015 were proposed by Cllr Bee,\n"
        "seconded by Cllr Dee and agreed.\n"
        "Matters arising from Minutes\n"
        "Cllr Dee asked for a presentation on the powers of the Municipal District. Mr Fay\n"
        "said that a presentation would be prepared.\n"
        "Roads Programme\n"
        "Mr Fay outlined the roads programme for the coming year and the works completed.\n"
    )
    assert item_titles_alone(text) == [
        "Confirmation of Minutes of Municipal District of Elmford meeting of 8th June 2015",
        "Matters arising from Minutes",
        "Roads Programme",
    ]


def test_each_section_numbers_its_own_items_from_one():
    """Labels with their text ("APOLOGY - ..."), then items numbered 1 and 2, then a
    section's title ("BUSINESS -") and its items numbered from 1 again, each a heading in
    capitals with its minute and resolution: all are items. Numbers starting again under
    a title are its points only when the title has a short run each; four in a row are
    a section of items."""
    text = (
        "MINUTES OF THE GENERAL MEETING OF THE ELMVALE SHIRE COUNCIL\n"
        "\n"
        "HELD IN THE COUNCIL CHAMBERS, ELMVALE ON THURSDAY 1ST OCTOBER, 2009 AT 4.00 P.M.\n"
        "\n"
        "ATTENDANCE - Present were Councillors A. Bee, C. Dee, E. Fay and G. Hay.\n"
        "\n"
        "APOLOGY - Apologies were received from Cr. J. Kay and it was resolved that leave of absence be granted.\n"
        "\n"
        "PRAYER - The Mayor opened the meeting with prayer.\n"
        "\n"
        "1. MINUTES - Resolved that the Minutes of the General Meeting held on the 10th September, 2009 be approved.\n"
        "\n"
        "2. COMMITTEE BUSINESS REPORT - The Joint Committee submitted a report of its meeting held on 29th September, 2009.\n"
        "\n"
        "Resolved – That the report be received. (Crs. Bee and Dee – Carried unanimously)\n"
        "\n"
        "BUSINESS –\n"
        "\n"
        "1. CEO REPORT OF COUNCILLOR REQUESTS\n"
        "\n"
        "Consideration of the CEO Report of Councillor Requests for the month.\n"
        "\n"
        "Resolved – That the advice be received and noted. (Crs. Bee and Fay - Carried unanimously)\n"
        "\n"
        "2. FINANCIALS\n"
        "\n"
        "Consideration was given to a report of financial activities for the month of September, 2009.\n"
        "\n"
        "Resolved - That the Report be received and noted. (Crs. Dee and Hay - Carried unanimously)\n"
        "\n"
        "3. WORKS REPORT\n"
        "\n"
        "Consideration was given to a report of civil operations for the month of August, 2009.\n"
        "\n"
        "Resolved – That the Report be received and noted. (Crs. Fay and Hay - Carried unanimously)\n"
        "\n"
        "4. INSTRUCTION SHEETS\n"
        "\n"
        "Consideration was given to the Instruction Sheets issued during the month of August, 2009.\n"
    )
    items = items_alone(text)
    assert [number for number, _ in items if number] == ["1", "2", "1", "2", "3", "4"]
    assert ("2", "COMMITTEE BUSINESS REPORT") in items
    assert ("4", "INSTRUCTION SHEETS") in items


def test_a_minute_reference_with_a_colon_before_its_count_alone_above_its_title():
    """ "07/22:01" alone on its line, the title in capitals below: the year and meeting,
    then the item after the colon (a time or a date has no slash before a colon)."""
    text = (
        "MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD\n"
        "ON MONDAY 24TH OCTOBER 2022 AT 7.00 PM\n"
        "In the Chair:\nCouncillor A Bee\n"
        "Members Present:\nCouncillors C Dee, E Fay, G Hay.\n"
        "07/22:01\nAPOLOGIES AND CHAIRMAN'S BUSINESS\n"
        "Apologies\nApologies were received on behalf of Councillor Kay.\n"
        "Chairman's Business\nCouncillor Bee congratulated the local football team.\n"
        "07/22:02\nMINUTES OF THE COUNCIL MEETING HELD ON 26TH SEPTEMBER 2022\n"
        "The minutes were taken as read and signed as a correct record.\n"
        "07/22:03\nPLANNING APPLICATIONS\n"
        "The council considered the planning applications listed below.\n"
    )
    assert items_alone(text) == [
        ("07/22:01", "APOLOGIES AND CHAIRMAN'S BUSINESS"),
        ("07/22:02", "MINUTES OF THE COUNCIL MEETING HELD ON 26TH SEPTEMBER 2022"),
        ("07/22:03", "PLANNING APPLICATIONS"),
    ]


def test_flattened_headings_in_capitals_keep_numbers_printed_with_a_spaced_stop():
    """ "... Market Street. 210 . APOLOGIES FOR ABSENCE Apologies were ...": the heading in
    capitals after a sentence keeps its number, though a space stands before the stop."""
    flattened = (
        "MINUTES OF THE MEETING OF ELMTON TOWN COUNCIL HELD ON MONDAY 25TH MARCH 2019 AT "
        "7.00 PM PRESENT Councillors A Bee (Mayor), C Dee, E Fay, G Hay and J Kay. The Mayor "
        "welcomed the new clerk to the meeting and thanked the volunteers who cleared the "
        "riverside path. MRS ANN ROWE The members observed a minute's silence in memory of "
        "a former clerk. The service will be held on 28 March at 2pm in the Chapel, Market "
        "Street. 210 . APOLOGIES FOR ABSENCE Apologies for absence were received from "
        "Councillor L May. 211. POLICE REPORT The sergeant reported on the break-ins in the "
        "town and asked members to report them online. 212 . DECLARATIONS OF INTEREST There "
        "were no declarations of "
        "interest. 213 . MAYOR'S REPORT The Mayor reported that he had attended the spring "
        "fair and the opening of the new library. 214 . PLANNING APPLICATIONS The council "
        "considered the applications received since the last meeting and made no comment."
    )
    assert [n for n in item_numbers(flattened) if n] == ["210", "211", "212", "213", "214"]


def test_days_of_dates_in_flattened_text_are_no_running_count():
    """ "20 SEPTEMBER 2011", "21 JUNE 2011", "22 August 2011": days of the month that
    happen to count up are dates, not minute numbers to break the text before; the item
    keeps its dated title ("ADOPTION OF MINUTES – 21 JUNE 2011")."""
    flattened = (
        "MINUTES of the MEETING of ELMSAY COMMUNITY COUNCIL, held in the SCHOOL on TUESDAY "
        "20 SEPTEMBER 2011, at 7.30 pm. Present: Mr R Bee, Mr M Dee, Mr J Fay and Miss I Hay. "
        "In attendance: Mrs K Lowe, Clerk. 1. APOLOGIES RESOLVED to note that apologies for "
        "absence had been intimated on behalf of Mr E Kay. 2. ADOPTION OF MINUTES – 21 JUNE "
        "2011 The minutes of the meeting held on 21 June 2011 were approved, being proposed "
        "by Mr Dee and seconded by Miss Hay. 3. MATTERS ARISING FROM PREVIOUS MEETINGS The "
        "clerk reported that the council had met on 22 August 2011 and that the ministers "
        "were to be asked to endorse the proposal. Members briefly discussed the matter and "
        "agreed to write to the council. 4. PLANNING APPLICATIONS There were no applications."
    )
    assert items_alone(flattened)[1] == ("2", "ADOPTION OF MINUTES – 21 JUNE 2011")


def test_items_run_together_under_a_heading_alone_are_read_after_their_contents_table():
    """A contents table ("1. Apologies ...... 2"), then the minutes: "1. Apologies" alone on
    its line and the rest run together in the paragraph under it ("... Mr Dee. 2. Adoption
    of Minutes The minute of ..."). The count goes on from the heading above into the
    paragraph, and the minutes, not the contents rows, are the items."""
    text = (
        "Minute of the Meeting of Elmsay Community Council held in the School on Wednesday, "
        "14 November 2018 at 18:30\n\nPresent:\n\nMr A Bee, Mrs C Dee, Mr E Fay.\n\n"
        "Order of Business.\n\n"
        "1. Apologies ...... 2 2. Adoption of Minutes ...... 2 3. Matters Arising ...... 2 "
        "4. Correspondence ...... 3 5. Financial Statements ...... 4 6. Date of Next Meeting "
        "...... 5\n\n1\n\n1. Apologies\n\n"
        "Resolved to note that apologies for absence had been intimated on behalf of Mr G "
        "Hay. 2. Adoption of Minutes The minute of the meeting held on 5 September 2018 was "
        "approved, being proposed by Mrs Dee and seconded by Mr Fay. 3. Matters Arising The "
        "response from the health board was circulated at the meeting, and it was agreed "
        "that the clerk would write to the surgery about evening appointments.\n"
    )
    assert items_alone(text) == [
        ("1", "Apologies"), ("2", "Adoption of Minutes"), ("3", "Matters Arising"),
    ]  # fmt: skip


def test_the_minutes_own_title_with_a_stamp_repeated_at_a_page_break_is_no_item():
    """ "Minutes of the meeting (draft)" at the top of each page, between unnumbered
    headings: the document's own title with its status in brackets, not business."""
    text = (
        "Elmton Parish Council\nMinutes of the meeting held on 3 March 2021\n\n"
        "Present: Cllr A Bee, Cllr C Dee, Cllr E Fay.\n\n"
        "Apologies\nApologies were received from Cllr G Hay.\n\n"
        "Planning\nThe council considered the two applications received this month.\n\n"
        "Minutes of the meeting (draft)\n\n"
        "Finance\nThe accounts for February were approved and signed by the chair.\n\n"
        "Highways\nThe potholes on Mill Lane were reported to the county council again.\n"
    )
    assert item_titles_alone(text) == ["Apologies", "Planning", "Finance", "Highways"]


def test_flattened_minutes_typed_in_capitals_are_not_read_a_sentence_a_line():
    """In capitals throughout, every sentence opens as a title in capitals would ("NEW
    CHECKS HAVE BEEN ORDERED. THERE WERE 95 NEW BOOKS ..."): such a text is not read a
    sentence a line, and no sentence heads an item."""
    flattened = (
        "DRAFT ELMTON PUBLIC LIBRARY Board of Trustee Meeting August 13, 2015 1:00pm PRESENT "
        "Ann Bee, Carl Dee, Eve Fay, Gus Hay and Library Director Ivy Kay. Accounts are "
        "balanced. Expenses for the month of July were $2,570. Total income for the month "
        "of July was $10,192.47. New checks have been ordered. There were 95 new books "
        "added in July. The craft classes continue to be very popular. A total of 64 people "
        "were given help with their computers during July. The trustees discussed the "
        "summer schedule of the library. The next meeting will be held in September."
    ).upper()
    titles = item_titles_alone(flattened)
    assert not any(title.startswith(("ACCOUNTS", "EXPENSES", "NEW CHECKS")) for title in titles)


def test_a_flattened_table_whose_first_row_alone_says_item():
    """ "No. Item 1. Election of Chair ... 2. Apologies ...": the table's header runs into
    its first row, so only the first number has "Item" before it; it still starts the count."""
    flattened = (
        "Venue: Town Hall, Market Street. Contact: Democratic Services. Items No. Item "
        "1. Election of Chair Decision: Agreed that Councillor Ann Pike be elected Chair "
        "for the year, to take office at once. Minutes: Councillor Bo Lund proposed and "
        "Councillor Cy Marsh seconded. 2. Apologies for Absence Minutes: Apologies were "
        "received from Councillors Dee and Ede. 3. Parking Charges Minutes: The Cabinet "
        "Member presented the review of parking charges in the town centre car parks."
    )
    assert item_numbers(flattened) == ["1", "2", "3"]


def test_one_list_a_line_introduces_is_not_the_items_numbering():
    """Headings in capitals without numbers, and inside the last item a numbered list its
    sentence introduces: the list's entries are no items, however many."""
    flattened = (
        "The meeting was called to order at 7:00 PM by President Rowe. ROLL CALL Directors "
        "Ames, Bell and Cruz were present. STAFF PRESENT Dana Ford and Eli Gray PUBLIC INPUT "
        "Fay Hart asked about the trench on Elm Road and asked that it be closed sooner. "
        "WATER CONSERVATION Public comment came from Gil Ivy. The directors made the following "
        "suggestions to amend the programme: 1. Use bill inserts to reach the most people 2. Ask the garden centres "
        "for their help 3. Staff should report on water use each month 4. The board wants "
        "a plan to refill the meter reserve fund"
    )
    assert item_titles(flattened) == [
        "ROLL CALL", "PUBLIC INPUT", "WATER CONSERVATION",
    ]  # fmt: skip


def test_a_committee_systems_rows_broken_over_lines_each_head_an_item():
    """An item table saved as text: each row's title runs into the agenda's wording, its
    "Minutes:" cell may follow on the next line, and a "|" closes each row, sometimes
    alone on its line. A row without a minute ("Apologies") is an item all the same, and
    a row's title may hold a date without being the document's heading."""
    text = (
        "Venue: Civic Hall, Bridge Street. View directions\n"
        "Contact: Pat Quinn, Democratic Services\n\n"
        "No. | Item |\n---|---|\n"
        "Apologies Members may nominate substitutes where they cannot attend. |\n|\n"
        "Minutes of adjourned meeting The draft minutes of the meeting held on 3 March 2021 "
        "are attached.\n"
        "Minutes: The draft minutes of the adjourned meeting were noted. |\n|\n"
        "Business left over from the meeting held on 3 March 2021 To consider any business "
        "left over from that meeting.\n"
        "Minutes: The Chair reported that the Commissioner had sent apologies.\n"
        "RESOLVED\nThat a further meeting be held on 7 April 2021. |\n"
    )
    document = parse_bytes(text.encode(), "panel.txt")
    assert [item.title for item in document.items] == [
        "Apologies",
        "Minutes of adjourned meeting",
        "Business left over from the meeting held on 3 March 2021",
    ]
    assert document.items[0].body.startswith("Members may nominate")


def test_a_committee_systems_rows_flattened_with_empty_cells_between_them():
    """The same item table run onto one line: each row closes with "|", an empty cell
    follows ("| |"), and the next row's title opens after both marks; the empty cell is
    no part of the title."""
    flattened = (
        "Venue: Civic Hall, Bridge Street. View directions Contact: Pat Quinn No. | Item | "
        "Apologies for Absence To receive apologies from Members of the panel. Minutes: "
        "None. | | Appointment of Substitutes To appoint substitutes under the panel's "
        "rules of procedure. Minutes: None. | | Declarations of Interest Members are "
        "reminded of the code of conduct. Minutes: Councillor Vale declared an interest. "
        "| | Street Trading Policy To review the policy adopted in 2019. Minutes: The "
        "panel agreed the revised policy. | |"
    )
    assert item_titles_alone(flattened)[-3:] == [
        "Appointment of Substitutes", "Declarations of Interest", "Street Trading Policy",
    ]  # fmt: skip


def test_a_title_in_capitals_wrapped_in_a_narrow_cell_is_mended():
    """ "APPROVAL OF" / "MINUTES Motion was made ...": a title does not end in "OF" or a
    possessive, so the capitals opening the next line are the rest of it."""
    text = (
        "CALL TO ORDER\n\nAnn Ross called the meeting to order at 7:00pm.\n\n"
        "APPROVAL OF\n\nMINUTES Motion was made, seconded and carried to approve the minutes.\n\n"
        "TREASURER\u2019S\n\nREPORT The accounts were not reviewed in the absence of the "
        "treasurer.\n\nNEW BUSINESS\n\nThe spring clean-up was set for 3 May.\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER", "APPROVAL OF MINUTES", "TREASURER\u2019S REPORT", "NEW BUSINESS",
    ]  # fmt: skip
    numbered = (
        "5. FIXTURES\nThe fixtures were agreed.\n6. SECRETARY\u2019S\nREPORT:\n"
        "The secretary had written to the league.\n7. ANY OTHER BUSINESS\nNone.\n"
    )
    assert item_titles(numbered) == [
        "FIXTURES", "SECRETARY\u2019S REPORT", "ANY OTHER BUSINESS",
    ]  # fmt: skip


def test_item_and_its_number_head_an_item_however_long_the_text_after_it():
    """A document-sharing site's single paragraph: "ITEM 2 Approval of Minutes – 3rd May
    2016 minutes: Proposed: ..." has no stop after its number and no title apart."""
    flattened = (
        "Apologies were received from Cllr Ann Moss and Cllr Ben Dunne before the meeting. "
        "ITEM 1 Presentation by the Rural Transport Group The manager gave a presentation on "
        "the new evening bus routes and answered questions from members present. "
        "ITEM 2 Approval of Minutes and Matters Arising \u2013 3rd May 2016 and 9th March "
        "2016 3rd May 2016 minutes: Proposed: Carl Dunne Seconded: Dee Moss AND RESOLVED "
        "That the minutes be approved. There were no matters arising from either meeting."
    )
    assert item_numbers(flattened) == ["ITEM 1", "ITEM 2"]


def test_an_untitled_paragraphs_title_is_its_first_sentence_across_its_wrapped_lines():
    """ "3) A request for a donation to the softball association was" / "discussed. The
    board ...": the title is the sentence, not the first line's words; a typescript's
    "Mr . Zabee" ends no sentence."""
    text = (
        "1) The meeting was called to order at 7:30 P.M. by President Dill.\n"
        "2) A request for a donation to the softball association was\n"
        "discussed. The commissioners decided not to act on the request\n"
        "until more information was presented.\n"
        "3) The next meeting was set for Thursday, August 18, at 7:30 P.M. at\n"
        "the Utilities Office.\n"
    )
    assert item_titles(text)[1:] == [
        "A request for a donation to the softball association was discussed",
        "The next meeting was set for Thursday, August 18, at 7:30 P.M. at the Utilities Office",
    ]


def test_a_heading_in_capitals_cut_after_a_word_that_only_qualifies_it():
    """ "LATE" / "DELEGATION": a narrow page wrapped the heading; "LATE" is no title alone."""
    text = (
        "DELEGATIONS\nAnn Ross spoke on the water conservation programme.\n"
        "LATE\nDELEGATION\nMOVED Director Holt, SECONDED Director Best, that Gil Scott be "
        "heard.\nCARRIED\nBOARD MINUTES\nMOVED Director Ames, SECONDED Director Lowe, that "
        "the minutes be adopted.\nCARRIED\n"
    )
    assert item_titles(text) == [
        "DELEGATIONS", "LATE DELEGATION", "BOARD MINUTES",
    ]  # fmt: skip


def test_a_long_heading_in_capitals_wrapped_before_from_is_one_title_and_no_text():
    text = (
        "CALL TO ORDER\nThe president opened the meeting.\n"
        "COMMUNICATIONS REQUIRING ONLY PROCEDURAL ACTIONS AND WRITTEN REPORTS\nFROM LIAISONS\n"
        "From: Ann Lee, Chair, Library Trustees\nRe: a joint meeting in June\n"
        "ADJOURNMENT\nThe meeting closed at 9 p.m.\n"
    )
    document = parse_bytes((HEADER + text).encode(), "minutes.txt")
    wrapped = document.items[1]
    assert wrapped.title == (
        "COMMUNICATIONS REQUIRING ONLY PROCEDURAL ACTIONS AND WRITTEN REPORTS FROM LIAISONS"
    )
    assert wrapped.body.startswith("From: Ann Lee")


def test_a_margin_caption_above_its_heading_is_no_item():
    text = (
        "ROLL CALL\nPresent: Mayor Ann Wills, Trustee Bo Kern\n"
        "PLEDGE\nPLEDGE OF ALLEGIANCE\nMayor Wills led the Pledge of Allegiance.\n"
        "INVOCATION\nINVOCATION\nTrustee Kern gave the Invocation.\n"
        "MINUTES\nAPPROVAL OF MINUTES\nTrustee Kern moved to approve the minutes. Motion carried.\n"
    )
    assert item_titles(text) == [
        "ROLL CALL", "PLEDGE OF ALLEGIANCE", "INVOCATION", "APPROVAL OF MINUTES",
    ]  # fmt: skip


def test_a_line_printed_before_several_items_parts_is_no_item():
    text = (
        'ACKNOWLEDGEMENT OF COUNTRY\nStatement by the Chair:\n"We acknowledge the traditional '
        'owners of this land."\nRELIGIOUS DIVERSITY\nStatement by the Chair:\n"We respect '
        'every faith in our shire."\nAUDIO RECORDING\nStatement by the Chair:\n"This '
        'meeting is being recorded."\nAPOLOGIES\nNone were received.\n'
    )
    assert item_titles(text) == [
        "ACKNOWLEDGEMENT OF COUNTRY", "RELIGIOUS DIVERSITY", "AUDIO RECORDING", "APOLOGIES",
    ]  # fmt: skip


def test_resolutions_numbered_by_year_and_meeting_are_items_titled_by_their_wording():
    """A committee system's published minutes with no agenda headings: each resolution's
    number alone ("2021-4-1"), its mover and seconder glued to their labels
    ("MovedDirector Ames"), then the resolution, whose first clause is the title."""
    text = (
        "PRESENT :\n  \u2022 Chair A. Ross,\n  \u2022 Director B. Ames\n\n"
        "  \u2022 2021-4-1\n    MovedDirector Ames\n    SecondedDirector Ross\n\n"
        "    That members of the public may attend the April 9, 2021 meeting of the Board in "
        "person, as the province now allows gatherings of up to fifty people indoors, with "
        "the seats in the board room set two metres apart and masks worn throughout the "
        "meeting.\n\n    Carried\n\n"
        "  \u2022 2021-4-2\n    MovedDirector Ross\n    SecondedDirector Ames\n\n"
        "    That the agenda be adopted as presented.\n\n    Carried\n"
    )
    assert items_of(text) == [
        ("2021-4-1", "That members of the public may attend the April 9, 2021 meeting of the "
         "Board in person"),
        ("2021-4-2", "That the agenda be adopted as presented"),
    ]  # fmt: skip


def test_a_spaced_colon_after_an_items_number_leaves_the_number_with_its_item():
    flattened = (
        "Present: Father Paul, Ann Lee, Tom Ray. The meeting was held in the Parish Hall and "
        "attended by many parishioners. 1. Answering account queries The treasurer spoke of "
        "the accounts, which were in a healthy position with a surplus for the year. 2. Thanks "
        "were given to Ann Lee, retiring from the committee after many years of service. 3. New "
        "candidates nominated were : Mary Wood, Mike Seal and Helen Cole, all seconded by "
        "parishioners. 4. The weekday Masses were discussed and will remain as they are."
    )
    assert item_numbers(flattened) == ["1", "2", "3", "4"]


def test_titled_agenda_items_over_a_report_s_numbered_paragraphs_head_the_items():
    """A report numbers its paragraphs through the document (16. to 20.) under titled
    agenda items ("Item 2.1: Election of the Chair"): the paragraphs' numbers are as
    regular, but each counts a sentence, not a title, so the titled items head the items."""
    text = (
        "Item 2.1: Election of the Chair\n\n"
        "16. The regional officer thanked the host government for the welcome given to the "
        "delegates at the opening and invited nominations for the Chair of the meeting.\n\n"
        "17. Following the nomination by the delegate of Eastland, seconded by the delegate "
        "of Northmarch, the delegate of Westfold was elected as Chair.\n\n"
        "18. In taking the chair, the delegate of Westfold thanked the meeting for its support "
        "and proposed to proceed with the administrative business.\n\n"
        "Item 2.2: Adoption of the Theme\n\n"
        "19. Following an invitation from the Chair, the regional officer introduced the "
        "proposed theme of the meeting.\n\n"
        "20. The delegate of Eastland supported the proposed theme, which the meeting adopted.\n"
    )
    assert items_of(text) == [
        ("Item 2.1", "Election of the Chair"),
        ("Item 2.2", "Adoption of the Theme"),
    ]


def test_a_long_untitled_sentence_keeps_a_names_brackets_in_its_first_clause():
    """A bracket in title case or a short form is part of a name ("Meetings (Public Access)
    Act 1998", "(DMIs)"); a bracket of lower-case words, or a reference with its number
    ("(Pages 12 to 15)"), still ends the first clause."""
    text = (
        "21/04/01 In accordance with the Meetings (Public Access) Act 1998 (admission would be "
        "prejudicial to the interest of the public because of the confidential nature of the "
        "business): to resolve that the press and public be excluded for item 12.\n\n"
        "21/04/02 Declarations of disclosable members interests (DMIs) by members as required "
        "under the Code of Conduct of the Elmvale Town Council and of other interests as "
        "required by the Standing Orders (see the note at the end of the agenda).\n\n"
        "21/04/03 The Minutes of the meeting of the Council held on 8 March 2021 (Pages 12 to "
        "15) (copies of which had been circulated before the meeting) were approved as a "
        "correct record and signed by the Mayor at the end of the meeting.\n"
    )
    assert item_titles(text) == [
        "In accordance with the Meetings (Public Access) Act 1998",
        "Declarations of disclosable members interests (DMIs) by members as required under "
        "the Code of Conduct of the Elmvale Town Council and of other interests as required "
        "by the Standing Orders",
        "The Minutes of the meeting of the Council held on 8 March 2021",
    ]


def test_a_long_untitled_sentence_is_titled_by_its_first_clause():
    """Over thirty words: the title stops where a second clause joins on ("... and thanks
    was also given ..."), or at a comma that is not a date's ("April 9, 2021", "Tuesday,
    5th November")."""
    text = (
        "1. Very grateful thanks were given to Ann Lee retiring from the Committee after many "
        "long years of devoted service and thanks was also given to the volunteers who have "
        "stepped into some of her roles in the parish.\n\n"
        "2. The council noted that the meeting of April 9, 2021 had been held in the village "
        "hall for the first time since the hall reopened after the long works to its roof, "
        "which had cost more than expected.\n\n"
        "3. The minutes of the monthly meeting held on Tuesday, 5th November 2019 were "
        "confirmed on the proposal of Cllr. A. Bee, and seconded by Cllr. C. Dee who had "
        "attended the meeting.\n"
    )
    assert item_titles(text) == [
        "Very grateful thanks were given to Ann Lee retiring from the Committee after many "
        "long years of devoted service",
        "The council noted that the meeting of April 9, 2021 had been held in the village hall "
        "for the first time since the hall reopened after the long works to its roof",
        "The minutes of the monthly meeting held on Tuesday, 5th November 2019 were confirmed "
        "on the proposal of Cllr. A. Bee",
    ]


def test_a_number_in_its_own_cell_takes_its_title_from_the_cell_below_not_above():
    text = (
        "Attendees:\n|\nDale Rowe, County Attorney\n|\nConnie Sands, Deputy County Clerk\n|\n"
        "1. |\n|\nRead and approve the minutes of the last meeting. |\n| |\n"
        "Motion By: Commissioner Lee |\nSecond By: Commissioner Ray |\n|\n"
        "2. |\n|\nConsider the road work done by the county crews. |\n| |\n"
        "Motion By: Commissioner Ray |\n"
    )
    assert items_of(text) == [
        ("1", "Read and approve the minutes of the last meeting."),
        ("2", "Consider the road work done by the county crews."),
    ]


def test_a_long_agenda_wording_with_no_comma_is_a_whole_title():
    text = (
        "3. Motion to exclude members of press and public from being present during the "
        "meeting due to the confidential staffing nature of the agenda point\n"
        "The motion was proposed by Cllr Bee and seconded by Cllr Dee.\n"
        "4. Staffing Matter\nThere was a full discussion.\n"
    )
    assert item_titles(text)[0] == (
        "Motion to exclude members of press and public from being present during the meeting "
        "due to the confidential staffing nature of the agenda point"
    )


def test_no_sentence_starts_inside_a_phrase_that_runs_on():
    """ "... to all Councillors and members of the public" and "Board Members" are one
    phrase: the title does not stop before "Councillors" or "Members"."""
    text = (
        "1. Welcome by the Chair to all Councillors and members of the public in observation\n"
        "The Chair welcomed all present.\n"
        "2. Having three Board Members present, at quorum, the Chair opened the meeting.\n"
        "3. Finance\nThe accounts were noted.\n"
    )
    titles = item_titles(text)
    assert (
        titles[0]
        == "Welcome by the Chair to all Councillors and members of the public in observation"
    )
    assert titles[1].startswith("Having three Board Members present")


def test_a_lone_quantifier_is_no_title_before_the_sentence_it_opens():
    """ "Several Councillors present signed ...": "Several" opens the sentence, no title."""
    text = (
        "1. Several Councillors present signed the attendance register before the meeting.\n"
        "2. Most Members present asked about the roads budget for next year.\n"
    )
    assert item_titles(text) == [
        "Several Councillors present signed the attendance register before the meeting",
        "Most Members present asked about the roads budget for next year",
    ]


def test_headings_ending_with_a_full_stop_or_with_text_beside_them():
    text = (
        "1) Apologies \u2013 Councillors A Bee, C Dee and E Eff.\n\n"
        "2 Minutes\n\nConfirmed.\n\n"
        "3   To declare any personal and/or prejudicial interest.\n\nNone.\n\n"
        "4 Pay Policy\n\nAgreed.\n\n5 For, 0 Against, 1 Abstention"
    )
    assert items_of(text) == [
        ("1", "Apologies"), ("2", "Minutes"),
        ("3", "To declare any personal and/or prejudicial interest."), ("4", "Pay Policy"),
    ]  # fmt: skip


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


def test_a_short_title_ended_by_a_stop_is_parted_from_its_minute():
    text = (
        "1. Apologies. B. Fenwick.\n\n"
        "2. Village Hall roof. The quote of £900 was accepted.\n\n"
        "3. The Clerk reported. Members noted the report.\n\n"
        "4. Public Questions. Ref 21/054\nResidents asked about the bus shelter."
    )
    assert items_of(text) == [
        ("1", "Apologies"),
        ("2", "Village Hall roof"),
        ("3", "The Clerk reported."),
        ("4", "Public Questions"),
    ]


def test_title_and_first_sentence_on_one_line_are_separated():
    text = (
        "1 Declarations of Interest Councillor Jane Smith declared an interest in item 2 "
        "as a governor of the school.\n\n2 School Places\n\nNoted."
    )
    document = parse_bytes((HEADER + text).encode(), "m.txt")
    assert document.items[0].title == "Declarations of Interest"
    assert document.items[0].body.startswith("Councillor Jane Smith declared")


def test_a_note_in_brackets_ending_a_long_untitled_heading_stays_in_its_title():
    """ "3. Legal opinion on ... dated 3 December 2019 (opinion attached)": a heading with no
    stop, read whole up to its closing note; a bracket inside a long paragraph still ends
    its first clause."""
    text = (
        "3. Legal opinion in the matter of a call in request in respect of two decisions "
        "of the council meeting dated 3 December 2019 (opinion attached)\n\n"
        "That consideration is deferred to a special council meeting.\n\n"
        "4. Legal opinion in the matter of a call in request in respect of a decision of "
        "the council dated 4 February 2020 (opinion attached)\n\n"
        "That this council appoints independent consultants.\n"
    )
    assert [title for _, title in items_of(text)] == [
        "Legal opinion in the matter of a call in request in respect of two decisions of the "
        "council meeting dated 3 December 2019 (opinion attached)",
        "Legal opinion in the matter of a call in request in respect of a decision of the "
        "council dated 4 February 2020 (opinion attached)",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER OF BUSINESS NO. 1\nCall to order\nThe chair opened the meeting.\n\n"
            "ORDER OF BUSINESS NO. 2\nApproval of minutes\nThe minutes were approved.\n",
            [
                ("ORDER OF BUSINESS NO. 1", "Call to order"),
                ("ORDER OF BUSINESS NO. 2", "Approval of minutes"),
            ],
        ),
        (
            "Report No. 1.1 Road Repairs\nThe supervisor reported on the culverts.\n\n"
            "Report No. 1.2 Cemetery\nTwo plots were sold.\n",
            [("Report No. 1.1", "Road Repairs"), ("Report No. 1.2", "Cemetery")],
        ),
        (
            "A. 05:32:42 PM Call to Order\nThe chair opened the meeting.\n\n"
            "B. 05:34:10 PM Approval of Minutes\nThe minutes were approved.\n",
            [("A", "Call to Order"), ("B", "Approval of Minutes")],
        ),
    ],
    ids=["order of business", "report no", "a recording's time"],
)
def test_numbers_named_by_their_kind_or_timed_by_a_recording(text, expected):
    """ "ORDER OF BUSINESS NO. 1", "Report No. 1.2" number what follows them; a recording's
    time to the second after the number is where the video reached the item, not its title
    (an agenda's time slot, "3. 9:30 a.m. Budget", stays)."""
    assert items_of(text) == expected


def test_the_time_printed_after_a_title_stays_on_its_heading():
    """ "CALLED TO ORDER – 7:04 pm": the time is printed on the heading's line, a part of
    the heading as a reader cites it; the minute below is the text."""
    document = parse_bytes(
        (HEADER + "1. CALLED TO ORDER \u2013 7:04 pm\nThe chair opened the meeting.\n").encode(),
        "m.txt",
    )
    assert document.items[0].title == "CALLED TO ORDER \u2013 7:04 pm"
    assert document.items[0].body == "The chair opened the meeting."


NAMES = (
    "Imogen Hale; Raj Patel, Tomasz Nowak; Ada Quist; Bo Lund; Cy Moe; Di Fox; Ed Kim; Flo Ray; "
    "Gus Orr; Hal Tye; Ivy Ng"
)


@pytest.mark.parametrize(
    ("line", "title", "body"),
    [
        ("APOLOGIES FOR ABSENCE Cllr P Quinlan", "APOLOGIES FOR ABSENCE", "Cllr P Quinlan"),
        ("DECLARATIONS OF INTEREST None", "DECLARATIONS OF INTEREST", "None"),
        ("PRESENT Mayor T R Okafor", "PRESENT", "Mayor T R Okafor"),
        ("Call to Order President Varga", "Call to Order", "President Varga"),
        ("Apologies for absence Imogen, Raj, Tomasz", "Apologies for absence", "Imogen, Raj, Tomasz"),
        ("Attendance; Priya Nandra, Oskar Lind", "Attendance", "Priya Nandra, Oskar Lind"),
        ("Minutes of last meeting \u2013 accepted as correct", "Minutes of last meeting",
         "accepted as correct"),
        ("Treasurer\u2019s report \u2013 on file.", "Treasurer\u2019s report", "on file."),
        ("Correspondence -None", "Correspondence", "None"),
        ("CORRESPONDENCE: A letter from the county was read.", "CORRESPONDENCE",
         "A letter from the county was read."),
        ("FINANCE: I reported the balance.", "FINANCE", "I reported the balance."),
        ("APPROVAL OF MINUTES MOVED BY ANN 2ND CARL", "APPROVAL OF MINUTES",
         "MOVED BY ANN 2ND CARL"),
        ("APPEAL 4471: -- Approved", "APPEAL 4471", "Approved"),
        ("Apologies for Absence Apologies for absence were received from Cllr Okafor",
         "Apologies for Absence", "Apologies for absence were received from Cllr Okafor"),
        ("Call to Order Lindqvist called the meeting to order at 7:02 pm", "Call to Order",
         "Lindqvist called the meeting to order at 7:02 pm"),
        ("Treasurer\u2019s Report Dana Quist noted that the balance is $4,100",
         "Treasurer\u2019s Report", "Dana Quist noted that the balance is $4,100"),
        ("Update from City Council proceedings Council Member Varga thanked the staff",
         "Update from City Council proceedings", "Council Member Varga thanked the staff"),
        ("Approval of Agenda o Approved", "Approval of Agenda", "Approved"),
        ("Chair\u2019s welcome: 071/24", "Chair\u2019s welcome", "071/24"),
        ("Apologies: " + NAMES, "Apologies", NAMES),
        ("Attendance; " + NAMES, "Attendance", NAMES),
        ("Treasurer\u2019s Report: Ann Bee noted that the current balance stands at $1,204.50. "
         "The following payments were made:", "Treasurer\u2019s Report",
         "Ann Bee noted that the current balance stands at $1,204.50. The following payments "
         "were made:"),
    ],
)  # fmt: skip
def test_the_minute_s_first_words_are_not_the_title(line, title, body):
    """A status, the people who came or a clause after a title on its line begin the minute."""
    document = parse_bytes((HEADER + f"1. {line}\n\n2. Budget\n\nNoted.").encode(), "m.txt")
    assert (document.items[0].title, document.items[0].body) == (title, body)


@pytest.mark.parametrize(
    "title",
    [
        "PLANNING APPLICATIONS RECEIVED",
        "Question from Councillor Bee",
        "Welcome by Councillor Okafor, Vice Chairman of the Council",
        "Election of Vice President",
        "Mayor Report",
        "Public Participation - questions at the Chair's discretion",
        "Notice of Motion Proposed by Councillor Okafor",
        "Correspondence Received",
        "Housing: Approved Premises Policy",
        "Local Plan \u2013 revised estimates",
        "Attendance Allowance Review",
        "Council President Election",
        "Report presented by the Clerk",
        "To receive declarations of interest in the business to be transacted",
        "Budget Items noted by the committee",
        "Members discussed the conditions proposed by officers",
    ],
)
def test_words_of_the_title_stay_in_it(title):
    document = parse_bytes((HEADER + f"1. {title}\n\n2. Budget\n\nNoted.").encode(), "m.txt")
    assert document.items[0].title == title


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


def test_a_wrapped_line_of_the_items_text_is_no_orphan_of_its_title():
    """A title wrapped at a narrow margin, then a motion wrapped too: the motion's short
    lines ("Director Dee and", "Fay") are its own, never pieces of the title above."""
    text = (
        "6. APPROVAL OF MINUTES OF THE REGULAR BOARD MEETING OF\n"
        "OCTOBER 9, 2008\n"
        "A motion was made by Director Bee, seconded by\n"
        "Director Dee and\n"
        "carried with the following vote:\n"
        "Ayes: Directors Bee, Dee, Gee and\n"
        "Fay\n"
        "Noes: None\n"
        "7. BUDGET WORKSHOP\nThe workshop was set for March.\n"
    )
    assert titles_of(HEADER + text)[0] == (
        "APPROVAL OF MINUTES OF THE REGULAR BOARD MEETING OF OCTOBER 9, 2008"
    )


def test_a_title_that_ran_to_the_margin_goes_on_to_its_labels_colon():
    """Wrapped at a narrow margin: the title's rest opens the next line, up to the colon
    its text follows ("... Agenda" / "Items Being Discussed at this Meeting: There ...")."""
    text = (
        "85/23 Public Observations on Matters Arising and Agenda\n"
        "Items Being Discussed at this Meeting: There were no public\n"
        "observations on matters arising or on agenda items.\n"
        "86/23 Confirmation of the Minutes of the Meeting held on the\n"
        "Thursday 21st September 2023 \u2013 RESOLVED that the minutes\n"
        "be signed as a true record of the meeting by the Chair.\n"
        "87/23 Clerk's Report on the Village Hall Lease and the Car Park\n"
        "RESOLVED: that the lease be renewed for five years from April.\n"
    )
    opening = textwrap.fill(
        "The Chair welcomed members and the two residents attending, and reminded all "
        "present that the meeting was being recorded for the purpose of the minutes. " * 6,
        width=62,
    )
    titles = titles_of(f"{HEADER}{opening}\n{text}")
    assert titles[0] == (
        "Public Observations on Matters Arising and Agenda Items Being Discussed at this Meeting"
    )
    assert titles[1].endswith("held on the Thursday 21st September 2023")
    assert titles[2] == "Clerk's Report on the Village Hall Lease and the Car Park"


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
    assert [i.number for i in document.items] == [
        "Minute No. 41",
        "Minute No. 42",
        "Minute No. 43",
        "Minute No. 44",
    ]
    assert "2. new conditions on the use of outdoor areas after 11 pm;" in document.items[2].body
    assert "The meeting closed" not in document.items[-1].body
    assert document.meeting.end_time.strftime("%H:%M") == "19:45"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "19-20/FRA/14\nApologies\nNone were received.\n\n"
            "19-20/FRA/15\nBudget Monitoring\nThe Authority noted the report.",
            [("19-20/FRA/14", "Apologies"), ("19-20/FRA/15", "Budget Monitoring")],
        ),
        (
            "HBT/2324/31: Welcome\nThe chair opened the meeting.\n"
            "HBT/2324/ 32: Harbour Dues\nThe dues were set.\n"
            "HBT/2324/33: Dredging\nThe survey was noted.",
            [
                ("HBT/2324/31", "Welcome"),
                ("HBT/2324/32", "Harbour Dues"),
                ("HBT/2324/33", "Dredging"),
            ],
        ),
        (
            "RMD.7.21\nMinutes of the January Meeting\nMinutes:\nThe minutes were adopted.\n\n"
            "Matters arising from the Minutes:-\n\nCouncillor Bee asked about the bridge.\n\n"
            "RMD.8.21\nSchedule of Road Works\nMinutes:\nThe engineer presented the schedule "
            "and referred to RMD.3.21.\n\n"
            "RMD.9.21\nCorrespondence\nMinutes:\nA letter from the library was read.",
            [
                ("RMD.7.21", "Minutes of the January Meeting"),
                ("RMD.8.21", "Schedule of Road Works"),
                ("RMD.9.21", "Correspondence"),
            ],
        ),
        (
            "In attendance: Cllr Ann Bee, Cllr Cy Dee\n"
            "PR/24/3/1 | To receive apologies for absence |\nNone | |\n"
            "PR/24/3/2 | To note declarations of interest |\nNone | |\n"
            "PR/24/3/3 | To approve the grass cutting contract\nRESOLVED: That it is approved |",
            [
                ("PR/24/3/1", "To receive apologies for absence"),
                ("PR/24/3/2", "To note declarations of interest"),
                ("PR/24/3/3", "To approve the grass cutting contract"),
            ],
        ),
        (
            "The chair opened the meeting.\n\n"
            "C01:05/24 Receive apologies for absence.\nApologies were accepted.\n\n"
            "C02:05/24 To elect a Vice-Chair.\nRESOLVED: Cllr Bee was elected.\n\n"
            "C03:05/24 To review the action log.\nNo further updates.",
            [
                ("C01:05/24", "Receive apologies for absence."),
                ("C02:05/24", "To elect a Vice-Chair."),
                ("C03:05/24", "To review the action log."),
            ],
        ),
        (
            "In attendance: Mr A Bee, Mrs C Dee.\n\n"
            "13/ 222 Apologies There were no apologies for absence.\n\n"
            "13/ 223 Declaration of Interest There were no declarations of interest.\n\n"
            "13/ 224 Matters Arising The clerk reported on the bus shelter repairs.",
            [
                ("13/222", "Apologies"),
                ("13/223", "Declaration of Interest"),
                ("13/224", "Matters Arising"),
            ],
        ),
    ],
    ids=[
        "reference above the title",
        "reference before the title, with a stray space",
        "dotted reference, the year last",
        "four parts, the last running, in a table's cells",
        "the running number inside the first part, the meeting's after a colon",
        "a stray space after the slash",
    ],
)
def test_compound_minute_references_number_items(text, expected):
    assert items_of(text) == expected


def test_untitled_numbered_paragraphs_are_titled_by_their_first_sentence():
    text = (
        "1.    The minutes of the last meeting were signed as a true record.\n\n"
        "2.    The bank balance was reported as £2,140 at the end of the quarter.\n\n"
        "3.    The clerk reported that the bench on Mill Lane had been repaired."
    )
    assert item_titles(text) == [
        "The minutes of the last meeting were signed as a true record",
        "The bank balance was reported as £2,140 at the end of the quarter",
        "The clerk reported that the bench on Mill Lane had been repaired",
    ]


def test_the_numbered_parts_of_a_resolution_are_not_items():
    text = (
        "Apologies\n\nNone were received.\n\nLibrary Opening Hours\n\n"
        "The Committee considered the report on library hours.\n\n"
        "RESOLVED that the Committee:\n\n1. Notes the consultation results.\n\n"
        "2. Agrees the new opening hours.\n\nPark Lighting\n\n"
        "The Committee noted the lighting programme."
    )
    assert items_of(text) == [
        ("", "Apologies"),
        ("", "Library Opening Hours"),
        ("", "Park Lighting"),
    ]


def test_a_minute_number_printed_under_its_title():
    text = (
        "APOLOGIES\nPLN201/24\nApologies were received from Councillor Quayle.\n"
        "SITE VISITS\nPLN202/24\nMembers had visited the allotments on Tuesday."
    )
    assert items_of(text) == [("PLN201/24", "APOLOGIES"), ("PLN202/24", "SITE VISITS")]


def test_headings_glued_to_their_text_in_flattened_pages_are_parted():
    text = (
        "The Mayor opened the meeting and welcomed the members of the public to the Chamber "
        "at the Town Hall, noting the fire exits and the order of business for the "
        "evening.71. APOLOGIES FOR ABSENCEThere were no apologies. 72. HIGHWAYS PROGRAMME "
        "2024/25RESOLVED:That the programme be approved as set out in the report of the "
        "Director, with the resurfacing of Quarry Lane brought forward to the summer and "
        "the footway on Mill Street added to the reserve list for the coming year."
    )
    assert items_of(text) == [("71", "APOLOGIES FOR ABSENCE"), ("72", "HIGHWAYS PROGRAMME 2024/25")]


def test_moved_and_seconded_lines_are_parts_of_an_item_not_headings():
    text = (
        "CALL TO ORDER\nThe Reeve called the meeting to order at 7 p.m.\n\n"
        "ROAD GRADING\nResolution No. 2024-12\nMoved by Councillor Pike, seconded by Councillor Orr\n"
        "That the grading tender be awarded to the lowest bidder.\nCarried.\n\n"
        "ADJOURNMENT\nThe meeting adjourned at 8 p.m."
    )
    assert item_titles(text) == [
        "CALL TO ORDER",
        "ROAD GRADING",
        "ADJOURNMENT",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1.24 - Chair\nCllr Ames was elected.\n\n2.24 – Vice Chair\nCllr Boyd was elected.\n\n"
            "3.24 - Standing Orders\nThe standing orders were readopted.",
            [("1.24", "Chair"), ("2.24", "Vice Chair"), ("3.24", "Standing Orders")],
        ),
        (
            "1.4/24E To open the meeting\nThe chair opened the meeting.\n\n"
            "2.4/24E To note apologies\nNone were received.",
            [("1.4/24E", "To open the meeting"), ("2.4/24E", "To note apologies")],
        ),
    ],
    ids=["item of the year", "item of a numbered meeting"],
)
def test_numbers_that_carry_the_year_or_the_meeting(text, expected):
    assert items_of(text) == expected


def test_a_list_of_speakers_is_not_the_items():
    text = (
        "ADJOURN MEETING FOR OPEN FORUM\nThe meeting adjourned for the open forum.\n"
        "List of Speakers\n1. Mr. Ivo Penhale – Mr. Penhale spoke about the bus shelter.\n"
        "2. Mrs. Ada Quint – Mrs. Quint spoke about the library.\n"
        "3. Mr. Rhys Tolley – Mr. Tolley spoke about parking.\n"
        "RESUMPTION OF MEETING\nThe meeting resumed at 7.40 pm."
    )
    assert item_titles(text)[:1] == ["ADJOURN MEETING FOR OPEN FORUM"]
    assert "Mr. Ivo Penhale" not in item_titles(text)


def test_a_two_column_table_a_cell_a_line():
    text = (
        "Apologies |\nApologies were received from Mrs Venn. |\n"
        "Finance |\nThe treasurer reported a balance of £1,200 in the current account. |\n"
        "Buildings |\nThe gutters on the north aisle are to be cleared before the winter. |"
    )
    assert item_titles(text) == ["Apologies", "Finance", "Buildings"]


def test_apologies_after_attendees_and_observers_end_the_attendance():
    text = (
        "Attendees: – Ann Bee (chairman), Carl Dee, Eve Fay.\n"
        "Observers: Cllr. Gail Hay, Cllr. Ian Jay\n"
        "Apologies: – Kim Lee, Cllr Mo Noor.\n"
        "Before the meeting Cllr Jay met residents who were worried about the garages.\n-\n"
        "Minutes of the last meeting\nThe minutes of the October meeting were approved.\n-\n"
        "Litter Pick\nTen residents came and filled twelve sacks of rubbish.\n"
    )
    assert item_titles(text) == ["Minutes of the last meeting", "Litter Pick"]


def test_a_lettered_point_glued_to_its_text_is_no_part_of_the_title_above():
    text = (
        "1.Call to Order\nChair Ann Bee called the meeting to order at 6:05 pm.\n"
        "2.Communications and Recognitions\na.From the Public (comment on items not on the "
        "agenda)\nNone.\nb.From the Commission or Staff\nNone.\n"
        "3.Other Business\nMember Dee asked about the open house for the new housing.\n"
    )
    assert item_titles(text) == [
        "Call to Order",
        "Communications and Recognitions",
        "Other Business",
    ]


def test_headings_that_end_with_a_colon():
    text = (
        "Harbour Master's Report :\nThe new pontoon was installed in March.\n\n"
        "Finance Report :\nThere was a surplus of £812 in the month.\n\n"
        "Present:\nNo visitors attended."
    )
    assert item_titles(text) == ["Harbour Master's Report", "Finance Report"]


def test_a_contents_table_under_numbers_alone_keeps_its_numbers_and_not_its_heading():
    text = (
        "SHIRE OF ELMVALE\nUNCONFIRMED MINUTES OF THE ORDINARY MEETING OF COUNCIL\n"
        "HELD ON FRIDAY, 5 MARCH 2021\n\nCONTENTS\n"
        "1.\nDECLARATION OF OPENING .......... 3\n2.\nCONFIRMATION OF MINUTES .......... 3\n"
        "3.\nDISCLOSURE OF INTERESTS .......... 4\n"
    )
    assert items_of(text) == [
        ("1", "DECLARATION OF OPENING"),
        ("2", "CONFIRMATION OF MINUTES"),
        ("3", "DISCLOSURE OF INTERESTS"),
    ]


def test_a_contents_line_with_dot_leaders_and_pages():
    text = (
        "1. APOLOGIES ........................ 2\n2. PUBLIC QUESTION TIME ............ 3 "
        "3. PLANNING APPLICATIONS ............ 4"
    )
    assert items_of(text) == [
        ("1", "APOLOGIES"),
        ("2", "PUBLIC QUESTION TIME"),
        ("3", "PLANNING APPLICATIONS"),
    ]


def test_a_flattened_contents_table_counts_its_entries_past_their_pages():
    """Flattened onto one line, each entry's number follows the last entry's page number
    ("...... 1 2 DECLARATIONS"): the count runs on through the points ("4.1") and starts
    with the entry at the end of the table's heading."""
    text = (
        "Minutes of the Ordinary Meeting - 3 June 2022\n"
        "ORDINARY MEETING MINUTES 3 JUNE 2022 TABLE OF CONTENTS ITEM SUBJECT PAGE NO 1 OPENING ........ 1 2 DECLARATIONS ........ 1 "
        "3 APOLOGIES ........ 2 4 INFRASTRUCTURE ........ 2 4.1 Footpath Renewal Programme "
        "........ 3 5 FINANCE ........ 4"
    )
    assert items_of(text) == [
        ("1", "OPENING"),
        ("2", "DECLARATIONS"),
        ("3", "APOLOGIES"),
        ("4", "INFRASTRUCTURE"),
        ("4.1", "Footpath Renewal Programme"),
        ("5", "FINANCE"),
    ]


@pytest.mark.parametrize("indent", ["", "    "])
def test_a_flattened_contents_entry_without_its_title_keeps_the_count_for_the_next(indent):
    """ "63 ...... 6 64 Capital Programme": an entry whose title was lost still counts, so
    the number after its page is the next entry's own, not a second page column; the
    entries after it keep their numbers and stay the contents' rows, not minute headings.
    Indented throughout, the entries keep the indent of the line they came from."""
    text = (
        "Minutes of the Full Board Meeting, Monday 13th May 2019\n\nContents\n\n"
        "61 Maintenance Plan ...... 6 62 Moors Update ...... 6 63 ...... 6 64 Capital "
        "Programme ...... 7 65 Any Other Business ...... 7 66 Date of Next Meeting ...... 8\n\n"
        "61 Maintenance Plan\n\n61.1 The plan was approved.\n\n"
        "62 Moors Update\n\n62.1 The officer reported on the moors.\n"
    )
    text = "\n".join(f"{indent}{line}" if line else line for line in text.split("\n"))
    assert items_of(text) == [("61", "Maintenance Plan"), ("62", "Moors Update")]


def test_points_whose_items_headings_were_not_printed_count_on_to_the_next_items():
    """ "1a" (item 1's heading not printed), "2.1" and "2.2" (item 2's neither), then "5."
    and "6." (items 3 and 4 had no business): one count through points and items, each
    point standing for its item, a stray "9.1" under matters arising left out."""
    text = (
        "1a ELECTION OF MEETING CHAIRPERSON Cllr Bee was elected to chair the meeting.\n\n"
        "2.1 Approval of Minutes The minutes of the meeting of 7th June were agreed.\n\n"
        "2.2 Matters arising from minutes\n\n"
        "9.1 Co-option of a Councillor The Clerk replied that no one had applied.\n\n"
        "5. REPORT FROM POLICE OFFICER The officer had sent his report by email.\n\n"
        "6. REPORT FROM THE WARD COUNCILLOR Cllr Dee reported on the road repairs.\n"
    )
    assert item_numbers(text) == ["1a", "2.1", "2.2", "5", "6"]


def test_a_roman_outlines_points_are_not_its_items_and_its_first_item_welcomes():
    """ "V. Reports" over "V.A. Architects Report" and "V.A.1. Change Order Status": the
    points of V, not V again with "A.1." in its title; "I. Welcome" is item I, no person's
    initial and surname."""
    text = (
        "Elmvale County\nAugust 15, 2011 6:00 PM\nBoard of Education Regular Meeting\n"
        "I. Welcome\nAnn Bee, Chairman\nII. Students & Staff Recognition\nDr. Cy Dee\n"
        "III. Approve Minutes from Prior Meetings\n\nActions Taken\n\nOrder #219 - Motion "
        "Passed: the minutes were approved on a motion by Mr. Fay.\n\n"
        "IV. Reports\nIV.A. Architects Report\nGus Hay - Design Group\n"
        "IV.A.1. Change Order Status\nIV.B. Home Visit Report\nIda Ives\n"
        "V. Old Business\nVI. New Business\nVI.A. Redistricting\n\nReorganization of "
        "districts\n\nVI.B. Child Care Proposal\nJo King\n"
    )
    assert item_numbers(text) == ["I", "II", "III", "IV", "V", "VI"]


def test_a_title_under_a_number_alone_is_that_numbers_not_the_next_ones_above_it():
    """ "PTH14/74" / "Apologies for Absence – A. Bee" / "PTH14/75" / "To receive
    Disclosures of Interest – None.": each number alone heads the line below it; the
    title between two numbers is the first's, not the second printed under its title."""
    text = (
        "Present:\nA. Bee – Chairman\nC. Dee\n"
        "PTH14/74\nApologies for Absence – E. Fay\n"
        "PTH14/75\nTo receive Disclosures of Interest – None.\n"
        "PTH14/76\nTo confirm the Minutes of the Committee Meeting held on 28/7/14 as a true "
        "record. Proposed by Councillor Dee. Carried.\n"
    )
    items = items_of(text)
    assert [number for number, _ in items] == ["PTH14/74", "PTH14/75", "PTH14/76"]
    assert items[0][1].startswith("Apologies for Absence")
    assert items[1][1].startswith("To receive Disclosures of Interest")


def test_the_call_to_order_run_into_its_sentence_above_who_came_is_the_first_item():
    """ "CALL TO ORDER Meeting was called to order 6:05 p.m." above "PRESENT Ann Bee,
    Mayor" / "Cy Dee, Deputy Mayor": the first business, run into its sentence, opens the
    minutes; the name with the office a member holds is who came, no title."""
    text = (
        "Regular Meeting of Council for the\nVillage of Elmvale,\n"
        "August 15, 2017 at 6:00 p.m.\n\n"
        "CALL TO ORDER Meeting was called to order 6:05 p.m.\n\n"
        "PRESENT Ann Bee, Mayor\n\nCy Dee, Deputy Mayor\n\n"
        "APPROVAL OF THE AGENDA\n\nMotion made by Cy Dee to approve the agenda.\n\nCarried\n\n"
        "MINUTES\n\nTo approve the minutes of the meeting held on July 18, 2017.\n\nCarried\n"
    )
    assert item_titles_alone(text) == ["CALL TO ORDER", "APPROVAL OF THE AGENDA", "MINUTES"]


def test_a_pages_number_before_the_documents_title_printed_again_is_no_item():
    """A document-sharing page: its title, the site's lines, then the first page's number
    and the title again, run into the minutes ("1 ELMVALE TOWNSHIP BOARD ... 2017 Board
    Members in Attendance: ..."): the page's number, not item 1 of the count "3.", "4."."""
    title = "ELMVALE TOWNSHIP BOARD OF SUPERVISORS Meeting Minutes January 3, 2017"
    text = (
        f"{title}\n\nSize: px\nStart display at page:\n\nTranscription\n\n"
        f"1 {title} Board Members in Attendance: Ann Bee, Cy Dee\n"
        "APPROVAL OF MINUTES\nSupervisor Dee moved to approve the minutes. Carried.\n"
        "3.\nCITIZEN COMMENTS\nThere were no citizens present to discuss other items.\n"
        "4.\nTOWNSHIP BUSINESS\nThe Board elected its Chairman for the year.\n"
    )
    assert "1" not in numbers_of(text)


def test_minutes_numbered_by_their_count_and_the_four_figure_year_are_items():
    """ "1-2021 - Present", "2-2021 - To accept apologies": minute 1 and 2 of 2021."""
    text = (
        "1-2021 - Present\n\nCllr Ann Bee, Cllr Cy Dee and Cllr Eve Fay.\n\n"
        "2-2021 - To accept apologies and reason for absence\n\nThere were no apologies.\n\n"
        "3-2021 - Amendments to the Register of Interests\n\nNo declarations were made.\n"
    )
    assert items_of(text) == [
        ("1-2021", "Present"),
        ("2-2021", "To accept apologies and reason for absence"),
        ("3-2021", "Amendments to the Register of Interests"),
    ]


def test_minute_references_printed_with_leading_zeros_count_as_their_number():
    """ "00583/15 Apologies ... 00584/15 To Approve Minutes ...": the year's minutes 583
    and 584, written to a width with zeros, in a page run onto one line."""
    text = (
        "Minutes of the Council Meeting held on 17th November 2015 at 7.30 pm at the Village "
        "Hall Present Parish Councillors: Mrs A Bee, Miss C Dee & Mr E Fay. Clerk: Mrs G Hay "
        "Public: 20 Parishioners 00583/15 Apologies for Absence Apologies were accepted from "
        "the local police officer who could not attend. 00584/15 To Approve Minutes of Last "
        "Meeting It was proposed by Cllr Fay, seconded by Cllr Dee and resolved that the "
        "minutes of the meeting held on 15th September 2015 be signed as a correct record. "
        "00585/15 Public Forum Parishioners raised the state of the footpaths by the school. "
    )
    assert item_numbers(text) == ["00583/15", "00584/15", "00585/15"]


def test_dots_that_part_a_name_from_its_text_are_no_contents_leaders():
    """ "Cr. A. Bee.....Abandoned vehicles should be removed Cr. C. Dee ...... Containers
    ...": a list of who asked for what, dots between; no page number follows the dots, so
    no contents entry, and no name becomes an item."""
    text = (
        "BUSINESS ARISING FROM PREVIOUS MINUTES\n\n"
        "Mayor Cr. A. Bee.....Abandoned vehicles in the Shire should be removed Cr. C. Dee "
        "...... Abandoned containers on Main Street should be removed Cr. E. Fay ...... "
        "Develop a policy for containers on council land\n\n"
        "MAYOR'S REPORT\n\nThe Mayor reported on the visit of the Minister.\n"
    )
    assert not any("Cr." in title for title in item_titles(text))


def test_an_agenda_number_then_a_minute_reference_then_the_title():
    """ "2. 21.104 Apologies": the list's number, then the minute's own reference (glued to
    the title where a PDF lost the space); the title is what follows both."""
    text = (
        "Minutes of the Ordinary Meeting of Pennant Community Council held on 3 March 2022.\n"
        "Present: Cllrs A Bryn, C Dee and E Foss.\n"
        "1. 21.103 Council observed a minute's silence.\n"
        "2. 21.104 Apologies for absence. Cllr G Hale.\n"
        "3. 21.105Declarations of Interest. There were none.\n"
        "4. 21.106 Approval of Minutes.\n"
        "Resolved: That the minutes of 3 February 2022 be approved.\n"
    )
    assert [(number, title.rstrip(".")) for number, title in items_of(text)] == [
        ("1", "Council observed a minute's silence"),
        ("2", "Apologies for absence"),
        ("3", "Declarations of Interest"),
        ("4", "Approval of Minutes"),
    ]


def test_a_minute_reference_then_the_agendas_item_label_before_a_title_in_lower_case():
    """ "12/19 / Item 1: to approve the minutes ...": a running minute reference, then the
    agenda's "Item N:" label; the label names what follows as the item's title, so a
    title in lower case (the agenda's own wording) is read, without the label."""
    text = (
        "Minutes of the Elmfield Parish Assembly\n\nMonday 3 June 2019 at 7.00pm\n"
        "11/19 / Welcome & Apologies\n"
        "Apologies:Deputy Ann Bee\n"
        "12/19 / Item 1: to approve the minutes of the Parish Assembly held on 2 May 2019;\n"
        "Proposed:Cy Dee\n"
        "Seconded:Ed Fox\n"
        "The minutes were duly adopted.\n"
        "13/19 / Item 2: elect a Roads Inspector for the Vingtaine du Nord;\n"
        "Proposer: Gil Hay\n"
        "There being no other candidates Ivy Jay was elected.\n"
    )
    assert [(number, title.rstrip(";")) for number, title in items_of(text)] == [
        ("11/19", "Welcome & Apologies"),
        ("12/19", "to approve the minutes of the Parish Assembly held on 2 May 2019"),
        ("13/19", "elect a Roads Inspector for the Vingtaine du Nord"),
    ]


def test_an_agenda_number_then_a_parts_letter_then_a_title_in_capitals():
    """ "3. A. PROPOSED OPERATING BUDGET – ...": the item's number, the letter of its first
    part, then the title; an initial before a name ("4. J. Orme reported ...") stays."""
    text = (
        "1. CALL TO ORDER: The chair opened the meeting at 1:30 p.m.\n\n"
        "2. AGENDA: Motion to approve the agenda. M/S/C Ann Lowe / Ray Tull.\n\n"
        "3. A. PROPOSED OPERATING BUDGET – The chair went through the budget line by line.\n\n"
        "4. J. Orme reported on the pump station repairs.\n"
    )
    assert [(number, title.rstrip(".")) for number, title in items_of(text)] == [
        ("1", "CALL TO ORDER"),
        ("2", "AGENDA"),
        ("3", "PROPOSED OPERATING BUDGET"),
        ("4", "J. Orme reported on the pump station repairs"),
    ]


def test_a_title_over_a_sentence_opening_a_list_of_payments():
    """ "Bills and Transfers:" over "The following bills were presented:" heads an item (the
    sentence is its text); the payments listed under it ("ELMFA 5.00" in capitals among
    "Acme Phone 91.53") are entries, not headings."""
    text = (
        "Treasurers Report:\n"
        "Read by the treasurer with a balance of all accounts of $7,690.16. Approved.\n"
        "Bills and Transfers:\n"
        "The following bills were presented:\n"
        "Hale & Orme 2089.22\n"
        "Acme Phone 91.53\n"
        "ELMFA 5.00\n"
        "Pump rental 261.02\n"
        "A motion to pay the bills was made by Ann Lowe and carried.\n"
    )
    assert [title.rstrip(":") for title in item_titles(text)] == [
        "Treasurers Report",
        "Bills and Transfers",
    ]


def test_a_long_lived_councils_five_figure_minute_numbers():
    """A town council that has counted its minutes since its founding prints five
    figures ("10412 POLICE MATTERS"); an address in the heading is no minute."""
    text = (
        "Minutes of the meeting of Marlcombe Town Council held at the Guildhall,\n"
        "12040 HIGH STREET, on Monday, 6th August 2018 at 7pm\n\n"
        "PRESENT: Councillor A. Bee (chairman), Councillors C. Dee and E. Foss.\n\n"
        "10411 CHAIRMAN'S ANNOUNCEMENTS\n"
        "The chairman had attended the opening of the new play area.\n\n"
        "10412 POLICE MATTERS\n"
        "The clerk reported that the local sergeant had been promoted.\n\n"
        "10413 PLANNING\n"
        "RESOLVED that no objection be made to the applications listed.\n"
    )
    assert items_of(text) == [
        ("10411", "CHAIRMAN'S ANNOUNCEMENTS"),
        ("10412", "POLICE MATTERS"),
        ("10413", "PLANNING"),
    ]


def test_letters_set_apart_from_their_titles_head_items():
    """ "A." then a wide gap then the title: the gap puts the letter on a line of its own,
    and the letter still numbers the title beside it."""
    text = (
        "MINUTES: March 4, 2021\n\n"
        "A.    Call to Order. Commissioner Tano called the meeting to order at 9:02am.\n\n"
        "B.    Roll Call. Present were Commissioners Tano, Ruiz and Aldan.\n\n"
        "C.    Adoption of Agenda. Commissioner Ruiz moved to adopt the agenda.\n"
    )
    assert [(number, title.rstrip(".")) for number, title in items_of(text)] == [
        ("A", "Call to Order"),
        ("B", "Roll Call"),
        ("C", "Adoption of Agenda"),
    ]


def test_the_lettered_parts_of_a_resolution_are_not_items():
    """ "RESOLVED: (Unanimous)" introduces its parts ("A.  To note ...", "B.  To
    recommend ..."): one decision of the item above, however like titles they read."""
    text = (
        "Agenda item\n\nCycle Network Review\n\n"
        "To enable the Committee to make a recommendation to the Board.\n\n"
        "RESOLVED: (Unanimous)\n\n"
        "A.    To note the outcome of the review of the cycle network\n\n"
        "B.    To note the responses received at Appendix 2\n\n"
        "C.    To recommend to the Board that it approves the network plan\n"
    )
    assert item_titles(text) == ["Cycle Network Review"]


def test_people_named_with_a_middle_initial_and_a_post_are_the_attendance():
    """ "Ruth M. Calder, Vice-Chairman": a person and a post, never a title, even with
    running text below; and a date first on the page ("03-11-2004 Regular Meeting") is
    no item number."""
    text = (
        "03-11-2004 Regular Meeting\n"
        "REGULAR MEETING OF THE ELKHORN COUNTY BOARD OF SUPERVISORS HELD MARCH 11, 2004\n"
        "PRESENT: Owen T. Lacey, Chairman\n"
        "Ruth M. Calder, Vice-Chairman\n"
        "Paul R. Dykes, Sr.\n"
        "Also Attending: Nora J. Fell, Recording Secretary\n"
        "Chairman Lacey called the meeting to order at 2:00 p.m.\n\n"
        "ROAD IMPROVEMENTS\n"
        "Supervisor Dykes moved the Board adopt the secondary road plan.\n\n"
        "PARK LEASE\n"
        "The Board approved the lease of the river park to the county fair.\n"
    )
    assert item_titles(text) == ["ROAD IMPROVEMENTS", "PARK LEASE"]


def test_minute_numbers_of_a_year_span_and_an_untitled_resolution():
    """ "R14/15.31": minute 31 of the year 2014/15. An item that is only its resolution
    ("RESOLVED: That the Minutes ...") is titled by the resolution, not by its label."""
    text = (
        "ASHBY RECREATION GROUND TRUST\n"
        "MEETING ON MONDAY 9 MARCH 2015\n"
        "Members: A Bee, C Dee, E Foss\n\n"
        "R14/15.30 Apologies for absence. G Hale\n"
        "R14/15.31 RESOLVED: That the Minutes of the Meeting of the Trust held on 09/02/15 "
        "are signed as a correct record.\n"
        "R14/15.32 Pavilion Roof\n"
        "The quotation of £2,400 for the repair was accepted.\n"
    )
    assert items_of(text) == [
        ("R14/15.30", "Apologies for absence"),
        (
            "R14/15.31",
            "RESOLVED: That the Minutes of the Meeting of the Trust held on 09/02/15 are signed"
            " as a correct record",
        ),
        ("R14/15.32", "Pavilion Roof"),
    ]


def test_an_agenda_adopted_with_lettered_entries_is_no_list_running_into_the_minutes():
    """ "2. The following Agenda was adopted:" then its entries, "(a)" alone among them:
    the list ends with the agenda, and the minutes' numbered paragraphs stay items."""
    text = (
        "Ferris Valley Heritage Society\n\nPresent: Ann Bee, Cal Dee\n\n"
        "1. The meeting began at 5:10 pm.\n\n"
        "2. The following Agenda was adopted:\n\n"
        "1.         Adoption of Agenda\n\n2.         Correspondence\n\n"
        "(a)        A letter from the museum trust\n\n"
        "3.         New Business\n\n4.         Adjournment\n\n"
        "3. The minutes of 2 May were adopted.\n\n"
        "4. The treasurer reported a balance of $812 and the report was accepted.\n"
    )
    titles = item_titles(text)
    assert titles[0].startswith("The meeting began")


def test_a_numbered_roll_of_members_and_their_numbers_is_the_attendance():
    """ "1 Ann Wanjiru Bee (2995)": members listed by name and membership number, however
    many, are who attended; the minutes' numbered items are the items."""
    members = "\n".join(
        f"{n} {name} ({number})"
        for n, (name, number) in enumerate(
            [("Ann Wanjiru Bee", 2995), ("Cal Otieno Dee", 2529), ("Eva Foss", 4049),
             ("Gus Hale", 2756), ("Ida Jaro", 4292)],
            start=1,
        )
    )  # fmt: skip
    text = (
        "MINUTES OF THE 41ST ANNUAL GENERAL MEETING OF THE GUILD OF SURVEYORS\n\n"
        f"MEMBERS PRESENT\n{members}\n\n"
        "41-10 Record of Attendance\nThe register was signed by all members present.\n\n"
        "41-11 Confirmation of the Minutes of the 40th Annual General Meeting\n"
        "The minutes were confirmed as a true record.\n"
    )
    assert item_numbers(text) == ["41-10", "41-11"]


def test_item_numbers_carrying_the_meetings_month():
    """ "1.06.0", "2.06.0": item 1, item 2 of the June meeting (a shire's contents)."""
    text = (
        "1.06.0 DECLARATION OF OPENING .......... 5 2.06.0 ANNOUNCEMENT OF VISITORS .......... 5 "
        "3.06.0 ATTENDANCE .......... 5 3.06.01 PRESENT .......... 5 "
        "4.06.0 APPLICATIONS FOR LEAVE OF ABSENCE .......... 6 "
        "5.06.0 CONFIRMATION OF MINUTES .......... 7"
    )
    numbers = item_numbers(text)
    assert {"1.06.0", "2.06.0", "3.06.0", "4.06.0", "5.06.0"} <= set(numbers)


def test_a_bodys_code_before_a_dated_item_reference():
    """ "SPC 03/05/19": a special council's item 3 of May 2019."""
    text = (
        "MINUTES OF THE SPECIAL MEETING OF THE COUNCIL OF THE CITY OF PORT ELM\n"
        "SPC 03/05/19 APPROVAL: AMENDMENTS TO THE INTEGRATED DEVELOPMENT PLAN\n"
        "The recommendation was put to the vote.\n"
        "SPC 04/05/19 PUBLIC COMMENTS ON THE DRAFT BUDGET\n"
        "RESOLVED that the comments be noted.\n"
    )
    assert item_numbers(text) == ["SPC 03/05/19", "SPC 04/05/19"]


def test_a_committee_systems_page_of_one_issue():
    """ "Issue - meetings", the issue's title, then "Meeting: 14/03/2022 - Licensing
    Committee (Item 41)": one item, the issue, numbered as that meeting's item; the
    meeting's line gives the date and the committee."""
    text = (
        "Issue - meetings\n\nStreet Trading Policy Review\n\n"
        "Meeting: 14/03/2022 - Licensing Committee (Item 41)\n\n\n"
        "The Committee considered the report of the Head of Licensing on the review.\n\n"
        "RESOLVED that the revised policy be adopted.\n"
    )
    document = parse_bytes(text.encode(), "issue.txt")
    assert [(item.number, item.title) for item in document.items] == [
        ("41", "Street Trading Policy Review")
    ]
    assert (document.meeting.committee, str(document.meeting.date)) == (
        "Licensing Committee",
        "2022-03-14",
    )


def test_a_committee_systems_page_of_one_decision_is_one_item():
    """ "08/03/2021 - School Meals": a decision headed by the date it was taken and its
    title; the resolution's parts and bullets below are that decision, not items."""
    text = (
        "08/03/2021 - School Meals\n\n"
        "RESOLVED: That the Committee -\n\n\n"
        "(i)             Agreed that the report be noted;\n\n\n"
        "(ii)            Noted that further options are to be discussed with head teachers:\n\n"
        "· More detailed information to be provided on school websites.\n\n"
        "· That schools review the price of a second helping.\n"
    )
    document = parse_bytes(text.encode(), "decision.txt")
    assert [item.title for item in document.items] == ["School Meals"]
    assert document.items[0].decisions


def test_a_committee_systems_page_of_one_agenda_item_is_one_item():
    """ "Agenda item" above its paragraphs: one item, however many paragraphs."""
    text = (
        "Agenda item\n\n\nTo confirm the minutes of the meeting held on 4 May 2016.\n\n\n"
        "Agreed that the minutes of the meeting of 4 May 2016 were confirmed.\n\n\n"
        "It was raised that the minutes did not record the discussion of the budget.\n\n\n"
        "In response it was reported that the webcast is the full record of the meeting.\n\n"
        "Supporting documents:\n"
    )
    document = parse_bytes(text.encode(), "item.txt")
    assert len(document.items) == 1
    assert document.items[0].title.startswith("To confirm the minutes")


@pytest.mark.parametrize(
    "stamp", ["AGENDA ITEM\n\n4.2\n\n", "Agenda Item\n\n\n"], ids=["numbered", "bare"]
)
def test_an_agenda_packs_stamp_over_whole_minutes_leaves_their_items(stamp):
    """ "Agenda Item" printed over minutes that say who attended is the stamp of an
    agenda pack the minutes were filed in, not a committee system's page of one item."""
    text = stamp + (
        "LICENSING PANEL\n\n3RD MARCH 2019 at 2.00 p.m.\n\n"
        "PRESENT: Councillor Ashdown (Chair); Councillors Brill and Coyle.\n\n"
        "17. APOLOGIES (REF: 1)\n\nApologies were received from Councillor Dunmore.\n\n"
        "18. MINUTES (REF: 2)\n\nResolved: That the Minutes be signed as a correct record.\n\n"
        "19. THE OLD FORGE, MILL LANE (REF: 5)\n\nThe Licensing Officer reported on the "
        "application.\n"
    )
    assert items_alone(text) == [
        ("17", "APOLOGIES (REF: 1)"),
        ("18", "MINUTES (REF: 2)"),
        ("19", "THE OLD FORGE, MILL LANE (REF: 5)"),
    ]


def test_a_page_of_one_item_whose_minute_says_who_attended_stays_one_item():
    """ "Agenda item" / a title / "Minutes:" / "Present: ...": the minute of an item about
    attendance, on a committee system's page of one item; its numbered parts are its text."""
    text = (
        "Agenda item\n\nAttendance and Substitutes\n\nMinutes:\n\n"
        "Present: Councillors Ann Bee and Cy Dee.\n\n1. Apologies\n\nCouncillor Gus Hay sent "
        "apologies.\n\n2. Substitutes\n\nCouncillor Eve Fay attended as a substitute.\n\n"
        "3. Officers\n\nThe clerk attended.\n"
    )
    document = parse_bytes(text.encode(), "item.txt")
    assert [item.title for item in document.items] == ["Attendance and Substitutes"]


def test_an_issue_page_that_stops_at_its_meetings_line_still_parses():
    """Nothing below "Meeting: … (Item 41)": no item can start there, and no error."""
    text = (
        "Issue - meetings\n\nStreet Trading\n\nMeeting: 14/03/2022 - Licensing Committee (Item 41)"
    )
    document = parse_bytes(text.encode(), "issue.txt")
    assert not any("error" in note for note in document.fallbacks), document.fallbacks
    assert document.meeting.committee == "Licensing Committee"


@pytest.mark.parametrize(
    "text",
    [
        # the issue's title below the meeting's line, the page's heading above it
        "Issue - meetings\n\n\nMeeting: 02/05/2022 - Council (Item 15)\n\n"
        "Civic Announcements\n\nTo receive such announcements as the Chair may make.\n\n"
        "The Chair thanked the volunteers of the spring clean.\n",
        # the title above it, printed as a sentence, and shortened again below it
        "Issue - meetings\n\nCivic Announcements made at the meeting.\n\n"
        "Meeting: 02/05/2022 - Council (Item 15)\n\nCivic announcements.\n\n\n"
        "The Chair thanked the volunteers of the spring clean.\n",
    ],
)
def test_an_issue_page_is_its_one_item_numbered_as_the_meetings(text):
    document = parse_bytes(text.encode(), "issue.txt")
    assert [(item.number, item.title[:19]) for item in document.items] == [
        ("15", "Civic Announcements")
    ]
    assert (document.meeting.committee, str(document.meeting.date)) == ("Council", "2022-05-02")


def test_an_agenda_item_page_is_titled_by_the_line_under_its_heading():
    """Its lettered parts ("(a) Council – 4 March 2019") are the item's, and none of
    them, dated or not, is its title."""
    text = (
        "Agenda item\n\nMinutes of Committees\n\n"
        "To receive the minutes of the following bodies:\n\n"
        "(a)   Council \u2013 4 March 2019\n\n(b)   Cabinet \u2013 12 March 2019\n\n"
        "Minutes:\n\n(a)   It was moved by the Mayor and\n\n"
        "Resolved that the minutes of the meeting of the Council be received.\n"
    )
    document = parse_bytes(text.encode(), "item.txt")
    assert [item.title for item in document.items] == ["Minutes of Committees"]


def test_a_committee_systems_page_of_one_decision_details():
    """ "Decision details", the decision's title, then its labelled facts: one item, the
    decision, taken by the "Decision Maker" on the "Date of decision"; its labels
    ("Reasons for the decision:", "Publication date:") are no titles of their own."""
    text = (
        "Decision details\n\nAllotment Rents 2025/26\n\n"
        "Decision Maker: Cabinet\n\nDecision status: Recommendations Approved\n\n"
        "Is Key decision?: No\n\nPurpose:\n\nTo set allotment rents for 2025/26.\n\n"
        "Decisions:\n\nRESOLVED that rents rise by three per cent from next season.\n\n"
        "Reasons for the decision:\n\nRents have not risen for two years.\n\n"
        "Publication date: 12/03/2025\n\nDate of decision: 10/03/2025\n\n"
        "Decided at meeting: 10/03/2025 - Cabinet\n"
    )
    document = parse_bytes(text.encode(), "decision.txt")
    assert [item.title for item in document.items] == ["Allotment Rents 2025/26"]
    assert document.items[0].decisions
    assert (document.meeting.committee, str(document.meeting.date)) == ("Cabinet", "2025-03-10")


def test_points_under_a_section_title_are_not_the_items():
    """The numbered points of one section ("Vicar's Report" / "1. ..." / "2. ...") lose to
    the section titles that head the minutes."""
    text = (
        "Apologies\nApologies were received from Ms Orme.\n\n"
        "Matters Arising\nThe guttering has been repaired.\n\n"
        "Vicar's Report\n\n"
        "1. Layout of the nave. The new chairs allow more flexible seating.\n"
        "2. House groups. Two groups will begin next month.\n"
        "3. Harvest supper. The supper raised £412 for the food bank.\n"
    )
    assert item_titles(text) == [
        "Apologies",
        "Matters Arising",
        "Vicar's Report",
    ]


def test_an_outline_is_one_run_of_items_and_their_titled_points():
    """ "4." then "4.1." and "4.2." then "5.": every heading is an item, though the bare
    parents have no text of their own (they look like a contents table's rows)."""
    text = "\n".join(
        ["1. Opening", "|", "1.1. Call to Order", "|", "1.2. Roll Call", "|", "2. Reports", "|",
         "2.1. Treasurer's Report", "The balance was read.", "|", "3. Adjournment"]
    )  # fmt: skip
    assert item_numbers(text) == ["1", "1.1", "1.2", "2", "2.1", "3"]


def test_numbered_paragraphs_under_an_item_stay_in_it():
    text = "\n".join(
        ["1. Apologies", "1.1 Cllr Bee sent apologies, which were accepted.",
         "1.2 Cllr Dee was absent.", "2. Finance", "2.1 The balance was £1,000.",
         "3. Close"]
    )  # fmt: skip
    assert item_numbers(text) == ["1", "2", "3"]


def test_an_outline_run_never_starts_at_a_point():
    """Points after an item that has none of its own ("1." then "1.2 Title") do not pull
    the run away from the items."""
    text = "\n".join(
        ["1. Apologies", "1.1 It was resolved to accept them.", "1.2 Cllr Ann Bee", "",
         "2. Planning", "Nothing this month.", "3. Finance", "Paid."]
    )  # fmt: skip
    assert item_numbers(text) == ["1", "2", "3"]


def test_known_business_with_its_names_or_a_date_heads_an_item():
    """ "Apologies:" with its list of names, and "Minutes of the previous meeting held on
    ..." (a date of another meeting, not the heading's) are items; two blank lines end the
    list before them though it has no full stop."""
    text = (
        "The Chair opened the meeting with a prayer\n\n\n"
        "Apologies:   Ann Bee; Carl Dee; Edna Fay\n\n\n"
        "Minutes of the previous meeting held on 17th July 2023  (Previously circulated)\n\n"
        "These were agreed.\n\n\n"
        "Treasurer's Report\n\nThe balance is healthy and the audit is booked.\n"
    )
    titles = item_titles(text)
    assert titles[0] == "Apologies"
    assert titles[1].startswith("Minutes of the previous meeting held on 17th July 2023")
    assert titles[2] == "Treasurer's Report"


def test_page_numbers_before_flattened_pages_are_not_items():
    """A document-sharing site's text: each page on one line after its page number."""
    filler = "The board discussed the matter at length and the officers answered questions. " * 4
    page_one = (
        "1 MINUTES OF THE HARBOUR BOARD held on 4 May 2020 Present: Ann Bee, Carl Dee. "
        f"APOLOGIES None were received. {filler}FINANCE The accounts were noted. {filler}"
    )
    page_two = f"2 Harbour Board Minutes 4 May 2020 / Page 2 {filler}MOORINGS Fees stay the same."
    text = f"Transcription\n\n{page_one}\n\n{page_two}\n"
    document = parse_bytes(text.encode(), "m.txt")
    assert [item.title for item in document.items] == ["APOLOGIES", "FINANCE", "MOORINGS"]


def test_two_long_lines_numbered_1_and_2_after_the_opening_business_are_items():
    """Lines "1 ..." and "2 ..." that count on are pages only near the document's start:
    after the heading, the attendance and an unnumbered item, they are items 1 and 2."""
    filler = "The inspector noted the figures for the district and answered each question. " * 6
    text = (
        "WESTBY DISTRICT COUNCIL\n\nMINUTES OF A MEETING HELD IN THE COUNCIL CHAMBER, "
        "MARKET STREET ON TUESDAY 4 JUNE 2013 AT 3PM\n\nPRESENT Mayor Ann Bee (Chairperson), "
        "Clrs Carl Dee, Edna Fay, Gus Hale, Ida Jones, Kit Lowe and Max Neal\n\n"
        "APOLOGIES Clr Oli Park, Clr Pat Quin\n\nIN ATTENDANCE Chief Executive (Rae Sims), "
        "Group Manager District Services (Tom Udall), Council Secretary (Una Vale), Group "
        "Manager Corporate Services (Vic Wade)\n\n"
        "OPENING PRAYER Rev Wyn Yates offered a prayer for the work of the Council.\n\n"
        f"1 POLICING UPDATE Inspector Zoe Abel spoke on policing in the region. {filler}\n\n"
        f"2 PUBLIC FORUM Bob Cole spoke about the poultry show. {filler}\n"
    )
    numbered = [(number, " ".join(title.split()[:2])) for number, title in items_of(text)[-2:]]
    assert numbered == [("1", "POLICING UPDATE"), ("2", "PUBLIC FORUM")]


def test_one_long_line_numbered_1_is_the_first_item_not_a_page():
    """A page's number needs its run of pages: one long line starting "1" after the
    attendance is item 1, whose number a flattened page keeps."""
    filler = "Members asked about the runway lease and the officers answered each question. " * 8
    text = (
        "MINUTES OF THE LOWMOOR DISTRICT COUNCIL MEETING HELD ON 9 MARCH 2021\n\n"
        "Present: Mayor Ann Bee, Cr Carl Dee, Cr Edna Fay. In attendance: Gus Hale (Chief "
        "Executive), Ida Jones (Governance Advisor), Kit Lowe (public).\n\n"
        f"1        OPENING AND PUBLIC FORUM The Mayor invited Kit Lowe from the airfield to speak. "
        f"{filler}\n\n"
        "2        APOLOGIES There were no apologies.\n\n"
        "3        VISITORS The valuer spoke about the rates.\n"
    )
    document = parse_bytes(text.encode(), "m.txt")
    assert [item.number for item in document.items] == ["1", "2", "3"]
    assert document.items[0].title == "OPENING AND PUBLIC FORUM"


def test_lettered_points_inside_numbered_items_stay_inside():
    text = (
        "1. Finance\n\nA. The accounts were noted.\n\nB. The budget was agreed.\n\n"
        "2. Planning\n\nA. No objection to the shed.\n\n3. Close\n\nThe meeting closed.\n"
    )
    assert item_numbers(text) == ["1", "2", "3"]


def test_short_titles_printed_with_a_full_stop_head_items():
    text = (
        "Call to Order.\n\nThe President called the meeting to order at 7 p.m.\n\n"
        "Roll Call and Quorum.\n\nAll four directors were present, a quorum.\n\n"
        "No apologies.\n\nRW announced the votes.\n\nThe new officers took their seats.\n\n"
        "Councillor Amin substituted for Councillor Ali.\n\nThe chair welcomed him.\n\n"
        "Accounts.\n\nThe balance stood at four hundred pounds.\n\n"
        "Agreed.\n\nThe treasurer will pay the fees.\n"
    )
    titles = item_titles(text)
    assert titles == ["Call to Order", "Roll Call and Quorum", "Accounts"]


def test_a_page_number_before_a_wrapped_paragraph_is_not_an_item():
    text = (
        "Public Comment: none was offered at this meeting, and none was expected.\n"
        "Presentations: the pupils of Elm School showed their water survey to the council.\n"
        "City Council Minutes\nFebruary 6, 2019\n2\n"
        "Council Member Ash commended the pupils of Elm School on their\n"
        "presentation and asked them to return next year.\n"
    )
    assert item_titles(text) == ["Public Comment", "Presentations"]


def test_known_business_before_numbers_that_start_later_is_an_item():
    text = (
        "Declaration of Interest\n\nNone were declared at this meeting.\n\n"
        "3. Chair's Announcements\n\nThe Chair thanked the volunteers.\n\n"
        "4. Public Questions\n\nNo questions were asked.\n"
    )
    assert items_of(text) == [
        ("", "Declaration of Interest"),
        ("3", "Chair's Announcements"),
        ("4", "Public Questions"),
    ]


def test_the_word_minutes_under_the_date_is_the_heading_not_an_item():
    document = parse_bytes(
        b"Council Meeting\n28 September 2021\nMinutes\nPresent: Cllr Ann Bee\n\n"
        b"DISCLOSURES OF INTERESTS:\nNone were made.\n\nCONFIRMATION OF MINUTES\n"
        b"The minutes were confirmed.\n",
        "m.txt",
    )
    assert [item.title for item in document.items] == [
        "DISCLOSURES OF INTERESTS",
        "CONFIRMATION OF MINUTES",
    ]


def test_the_agendas_long_wording_after_a_minute_reference_is_the_title():
    wording = (
        "To consider excluding the public and press under the Public Bodies (Admissions to "
        "Meetings) Act 1960 to discuss a complaint and resolve action"
    )
    text = (
        "1.3/23E To open the meeting\nThe chair opened the meeting.\n"
        "2.3/23E To note apologies\nNone were received.\n"
        f"3.3/23E {wording}\nThe chair excluded the public and press.\n"
    )
    assert item_titles(text)[-1] == wording


def test_a_list_printed_1_1_1_is_still_a_run_of_items():
    """A web page's numbered list saved as text, each entry numbered "1." again."""
    text = (
        "1. Minutes of Last Annual General Meeting:\n\nThe minutes were accepted.\n\n"
        "1. Election of Chairperson.\n\nCllr Ash was elected.\n\n"
        "1. Election of Vice Chairperson.\n\nCllr Bee was elected.\n"
    )
    titles = item_titles(text)
    assert [t.rstrip(".:") for t in titles] == [
        "Minutes of Last Annual General Meeting",
        "Election of Chairperson",
        "Election of Vice Chairperson",
    ]


def test_a_joining_word_in_a_title_in_capitals_is_no_part_label():
    text = "2. DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS INTERESTS None.\n"
    assert items_of(text)[0][1] == (
        "DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS INTERESTS"
    )


def test_a_label_word_a_possessive_or_joining_word_governs_stays_in_the_title():
    """ "DECISIONS" after "COUNCIL'S" or "OF" is the title's noun, not the label of its
    text, and so is a noun label without its colon ("CONTROL DECISIONS It was ..."); a
    verb's label after a title still opens the text ("APOLOGIES RESOLVED that ...")."""
    text = (
        "Minutes of the Elmvale Audit Panel held on 4 May 2021\n\n"
        "7 ARRIVALS AND DEPARTURES Nil.\n"
        "8 DISSENT FROM COUNCIL'S DECISIONS Nil.\n"
        "9 REVIEW OF DECISIONS None were reviewed.\n"
        "10 APOLOGIES RESOLVED that the apologies of Cllr Bee be accepted.\n"
        "11 DEVELOPMENT CONTROL DECISIONS It was RESOLVED to note the decisions.\n"
        "12 APPLICATIONS FOR DECISION The Panel considered two applications.\n"
        "13 BUDGET DECISION: the budget was set.\n"
        "14 URGENT MATTERS AS AGREED BY THE CHAIR\nNone were raised.\n"
    )
    assert [title for _, title in items_of(text)] == [
        "ARRIVALS AND DEPARTURES",
        "DISSENT FROM COUNCIL'S DECISIONS",
        "REVIEW OF DECISIONS",
        "APOLOGIES",
        "DEVELOPMENT CONTROL DECISIONS",
        "APPLICATIONS FOR DECISION",
        "BUDGET",
        "URGENT MATTERS AS AGREED BY THE CHAIR",
    ]


def test_a_sum_of_money_is_no_label():
    text = (
        "Apologies: none.\n\nTreasurer's Report:\nIncome $76.20.\n\n"
        "Total $2137.10; Term Deposit $11,340.15.\n\nGeneral Business:\nNone was raised.\n"
    )
    titles = item_titles(text)
    assert "Treasurer's Report" in titles
    assert not any(title.startswith("Total") for title in titles)


def test_weak_labels_head_items_in_a_document_of_labels():
    """ "Cemetery: No report" and "Clerk: Invoices ..." are items where the minutes are a
    run of "Title: text" paragraphs; "Note: ..." and "Present: ..." are not."""
    text = (
        "Public Comment: Two residents asked about the roads.\n\n"
        "Ambulance: Glenn Fox gave the report and there were no questions.\n\n"
        "Planning Commission: Doug Graham stood down and a new chair was elected.\n\n"
        "Cemetery: No report\n\n"
        "Note: the clerk will circulate the plan.\n\n"
        "Clerk: Invoices were paid by cheque and the balance was read out.\n"
    )
    titles = item_titles(text)
    assert titles == ["Public Comment", "Ambulance", "Planning Commission", "Cemetery", "Clerk"]


def test_a_title_may_open_with_the_year_it_is_about():
    """ "2019 Audit. ..." and "2020 Budget Hearing: ..." among "Title: text" paragraphs are
    items like the others: the year is the title's, not an item's number."""
    text = (
        "Caretaker Report: Jo Vance said the new gate is fitted and works well.\n\n"
        "2019 Audit.  No findings were reported. Ann Poole moved to accept the audit.\n\n"
        "Chapel Roof: Tabled until the next meeting.\n\n"
        "2020 Budget Hearing: Following discussion, the board set the levy as last year.\n"
    )
    titles = item_titles(text)
    assert titles == ["Caretaker Report", "2019 Audit", "Chapel Roof", "2020 Budget Hearing"]


def test_a_letter_that_opens_line_after_line_is_an_initial_not_an_item():
    """ "R. HOLT MOVED ...", "R. KANE SECONDED ...": three members sharing an initial, no
    "Q." or "S." anywhere. Such lines are the business's text, not lettered items."""
    text = (
        "PINE RIDGE TOWNSHIP TRUSTEES\n\nMINUTES OF REGULAR MEETING\n\nMAY 6, 2021\n\n"
        "R. HOLT MOVED AND R. KANE SECONDED TO APPROVE THE MINUTES. ALL IN FAVOR.\n\n"
        "R. KANE MOVED AND R. HOLT SECONDED TO PAY THE BILLS. ALL IN FAVOR.\n\n"
        "R. LYNN REPORTED THAT THE SALT SHED IS FULL.\n"
    )
    assert "R" not in item_numbers(text)


def test_numbers_left_without_evidence_are_no_scheme():
    """A menu's count ("- 0" beside a link) is the only number: with nothing for it, the
    page is not split there, and the heading below it still dates and names the meeting."""
    text = (
        "Elm Fork Township\n- Home\n- Meeting Minutes\n- Contact Us\nApril 1, 2021\n-\n"
        "- 0\n- Meeting Minutes\n-\n\nMarch 4, 2021\n\n"
        "ELM FORK TOWNSHIP BOARD OF TRUSTEES\n\nMINUTES OF REGULAR MEETING\n\nMARCH 4, 2021\n\n"
        "THE MEETING WAS CALLED TO ORDER BY THE CHAIRMAN AT 7 PM WITH ALL THREE TRUSTEES AND "
        "THE FISCAL OFFICER PRESENT.\n\n"
        "ROAD REPORT – THE CREW HAS FINISHED GRADING THE GRAVEL ROADS AND WILL START ON THE "
        "DITCHES NEXT WEEK.\n"
    )
    parsed = parse_bytes(text.encode(), "minutes.txt")
    assert [item.number for item in parsed.items] == [""]
    assert parsed.meeting.committee == "Elm Fork Township Board of Trustees"
    assert parsed.meeting.date == date(2021, 3, 4)


def test_standing_business_alone_over_the_titles_of_its_parts_heads_an_item():
    """ "Old Business" on its own line, then "Well Permit Fees" over its paragraph: the
    section is an item of the minutes as much as the topics under it."""
    text = (
        "Minutes: The minutes of the April meeting were approved as written.\n\n"
        "Old Business\n\n"
        "Well Permit Fees\n"
        "The board discussed raising the fee for new well permits and will decide in June.\n\n"
        "Beach Testing Schedule\n"
        "Ms. Orr reported that testing starts after Memorial Day, weekly until Labor Day.\n"
    )
    assert "Old Business" in item_titles(text)


def test_names_a_line_under_an_attendance_label_are_no_titles():
    """ "Directors Present:" then a name a line: the last name, above a blank line and a
    paragraph, is still one of those who came, not an item's title."""
    text = (
        "Directors Present:\nAnna Lodge\nBrett Sims\nCarla Moss\nDavid Penn\n\n"
        "Directors are asked to say if they cannot attend the picnic.\n\n"
        "Finance Report:\nGeneral Fund $12,004.10\nDock Fund $3,150.00\n\n"
        "New Business:\nThe board discussed the buoy program and will order twelve buoys.\n"
    )
    titles = item_titles(text)
    assert "David Penn" not in titles
    assert titles == ["Finance Report", "New Business"]


def test_a_title_over_its_lettered_points_is_no_wrapped_sentence():
    """ "Other Business:" alone, then "a) The hall trust has been wound up ...": the lower
    case letter opens the first point, not the rest of a sentence."""
    text = (
        "Accounts: The accounts for March and April were received and approved by email.\n\n"
        "Grants: All applications received since the last meeting have been approved.\n\n"
        "Other Business:\n\n"
        "a) The hall trust has been wound up and its funds passed to the museum.\n\n"
        "b) Two trustees retire in June; the board will seek new trustees.\n"
    )
    assert item_titles(text) == ["Accounts", "Grants", "Other Business"]


def test_business_named_after_a_post_is_no_one_speaking():
    """ "Councillor vacancy: ..." and "Mayor's Report: ..." open items; "Councillor Bee:"
    and "Chairman:" open what someone said."""
    text = (
        "Apologies: None received.\n\n"
        "Councillor vacancy: The clerk reported that one nomination had been received.\n\n"
        "Mayor's Report: The mayor attended the opening of the new play area.\n\n"
        "Councillor Bee: She asked when the hedges would be cut back.\n\n"
        "Matters Arising: The bus shelter repair has been completed.\n"
    )
    titles = item_titles(text)
    assert "Councillor vacancy" in titles and "Mayor's Report" in titles
    assert "Councillor Bee" not in titles


def test_a_dated_line_after_the_attendance_is_business_not_the_heading():
    """The heading's date, then "PRESENT:", then "MINUTES OF 3RD MAY, 2023 ...": the minutes
    of the last meeting are the first item, however their line is dated."""
    text = (
        "RESIDENTS COMMITTEE MEETING\nTUESDAY 14TH JUNE, 2023\n"
        "PRESENT: Ann Bee, Cy Dee, Flo Gee\n"
        "MINUTES OF 3RD MAY, 2023 MOVED Ann Bee SECONDED Cy Dee\n"
        "BUSINESS ARISING FROM MINUTES\n"
        "The gardeners have trimmed the hedges along the car park as agreed.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    titles = [item.title for item in document.items]
    assert titles[0].startswith("MINUTES OF 3RD MAY, 2023")
    assert document.meeting.date == date(2023, 6, 14)


def test_a_count_in_brackets_inside_one_of_several_paragraphs_is_its_points():
    """Text that kept its paragraphs, one a line: "... points arising - 1) ... 2) ... 3)
    ..." inside one of them lists that paragraph's points, not items of the minutes."""
    text = (
        "Hall Committee\n\nMinutes of Meeting Held on 5th March 2015\n\n"
        "Present  A Bee, C Dee, F Gee\n\n"
        "Treasurer's Report  The treasurer had sent the monthly accounts and several points by "
        "e mail, and the committee went through them - 1) The committee thanked him for "
        "mending the piano stool in his absence. 2) The heating oil price seemed fair though "
        "some thought it high for the season. 3) The annual return has been filed without the "
        "new trustee's details and will be corrected. 4) Agreed to raise the hire charge for "
        "the stage lights to ten pounds, with immediate effect.\n\n"
        "Bookings Report  The diary shows several new sessions by a yoga teacher who is trying "
        "to start a weekly class. The booking clerk is away in April and will need someone to "
        "take the diary for those weeks; the committee will ask at the next coffee morning.\n"
    )
    assert not {"2", "3", "4"} & set(item_numbers(text))


def test_a_page_run_onto_one_line_beside_a_sites_snippet_is_broken_at_its_bracketed_count():
    """A document-sharing page: the minutes run onto one line that holds most of the text,
    a page count above it and the site's snippet of the first page below. The long snippet
    makes two long lines, but they are no kept paragraphs: "1) ... 2) ... 3)" are items."""
    minutes = (
        "ELMVALE VALLEY CONSERVATION AUTHORITY MINUTES OF THE ANNUAL GENERAL MEETING "
        "JANUARY 23, 2013 Present: Ann Bee, Chair Cy Dee Eve Fay Gus Hay Regrets: Ida Ives "
        "Staff Present: Jo King, General Manager; Lou Mayo, Planner The meeting commenced at "
        "7:07 P.M. Ann Bee, Chair for 2012, welcomed everyone to the meeting and the board "
        "and staff members were then introduced to the guests. 1) Roll Call and Mileage There "
        "were fourteen (14) members present. 2) Approval of Agenda The Chair advised of a "
        "deletion of the statement of expenditures, which was not available. Moved by: Cy Dee "
        "Seconded by: Eve Fay THAT the agenda be adopted as amended. Carried 3) Declarations "
        "of Conflict of Interest There were none declared by any member of the board. "
    )
    text = (
        "the elmvale valley conservation \u2026 by: cy dee that ann bee be confirmed...\n\n"
        f"16\n{minutes}\n\nUpload: someone\n\nPost on 04-Apr-2018\n\n214 views\n\n"
        "Page 1: THE ELMVALE VALLEY CONSERVATION \u2026 by: Cy Dee THAT Ann Bee and Gus Hay be "
        "confirmed as Chair and Vice-Chair for the coming year, respectively. CARRIED 4. Staff\n"
    )
    assert item_numbers(text)[:3] == ["1", "2", "3"]


def test_a_numbered_titles_last_words_and_a_short_forms_stop_stay_in_the_title():
    """ "3) Roll Call/Establish Quorum: Roll call was taken ...": the known business at the
    colon ends the numbered title, it starts no item of its own; "Approve April Accts.
    Payable & March Reports: A motion ...": a short form's stop, the title runs to the colon."""
    text = (
        "Village Board Regular Meeting Minutes MONDAY, APRIL 10, 2017\n"
        "1) Call to Order: President Ann Bee called the meeting to order at 7:00 p.m.\n"
        "2) Pledge of Allegiance\n"
        "3) Roll Call/Establish Quorum: Roll call was taken with the following members in "
        "attendance: Trustees; Cy Dee, Eve Fay, Gus Hay, Ida Ives and President Ann Bee. Trustee "
        "Jo King was absent. Quorum established. Clerk Lou Mayo and Treasurer Max Noble were "
        "also present, with two residents of the village who came to hear the business. The "
        "President welcomed them and reminded all present that the public may speak at item 8 "
        "of the agenda, on any matter, for three minutes each.\n"
        "4) Approve March Meeting Minutes: A motion to approve the minutes made by Dee. "
        "Seconded by Fay. All ayes. Motion carried.\n"
        "5) Approve April Accts. Payable & March Treasurer's Reports: A motion to approve the "
        "accounts payable and the reports made by Hay. Seconded by Ives. Motion carried.\n"
    )
    assert item_titles(text) == [
        "Call to Order",
        "Pledge of Allegiance",
        "Roll Call/Establish Quorum",
        "Approve March Meeting Minutes",
        "Approve April Accts. Payable & March Treasurer's Reports",
    ]


def test_a_columns_label_before_the_first_rows_number_leaves_it_an_item():
    """A table saved as text: the "Item:" column's label printed before the first row's
    minute number ("Item: 117 Receive apologies ..."); the row is item 117, its status
    ("None received.") the minute, not the title's end."""
    text = (
        "Present: Cllrs Ann Bee (Chair), Cy Dee, Eve Fay\n\n"
        "Item: 117 Receive apologies for absence None received. Cllr Gee would be late.\n\n"
        "118 Receive declarations of interest None received. The chair reminded members.\n\n"
        "119 Report from the County Councillor Cllr Hay reported on the mirrors.\n"
    )
    assert items_of(text)[:2] == [
        ("117", "Receive apologies for absence"),
        ("118", "Receive declarations of interest"),
    ]


def test_titles_in_capitals_without_the_documents_colon_under_one_with_no_text_are_its_parts():
    """A parish board's minutes title each item in capitals with a colon; "SERVICE AWARDS:"
    has no text of its own, and the departments below it ("PARKS", "FIRE DEPARTMENT"),
    in capitals without a colon, are its parts, each over the names it lists."""
    text = (
        "PROCEEDINGS OF THE PARISH BOARD, TAKEN AT A REGULAR MEETING HELD MAY 6, 2024\n"
        "APPROVAL OF AGENDA:\nThe agenda was approved on a motion by Mr. Bee.\n"
        "PUBLIC COMMENT PERIOD:\nThe president asked for public comments; there were none.\n"
        "ADOPTION OF MINUTES:\nA motion to adopt the minutes was made by Mr. Dee and carried.\n"
        "SERVICE AWARDS FOR THE MONTH OF MAY:\nPARKS\nAnn Fay 5 years\nCy Gee 5 years\n"
        "FIRE DEPARTMENT\nEve Hay 20 years\nGus Ives 20 years\n"
        "PUBLIC HEARING:\nThe president opened a public hearing on the ordinance.\n"
    )
    assert item_titles_alone(text) == [
        "APPROVAL OF AGENDA",
        "PUBLIC COMMENT PERIOD",
        "ADOPTION OF MINUTES",
        "SERVICE AWARDS FOR THE MONTH OF MAY",
        "PUBLIC HEARING",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_last_bullet_of_a_list_is_no_title_though_a_paragraph_follows_it(gap):
    """ "\u2022 Innovation" / "\u2022 Governance", then a paragraph: the last bullet of the
    list closes it, as the one before it does; it heads nothing, a blank line between the
    bullets or not."""
    text = (
        "Minutes of the meeting of the Board Chairs on 30 October 2017.\n\n"
        "Matters arising\n\n3. There were no matters arising.\n\n"
        "Feedback from the private meeting\n\n"
        "4. Ann Bee shared the themes which arose from the discussions:\n\n"
        f"  \u2022 Innovation{gap}  \u2022 Governance\n\n"
        "5. Commenting on the issues, the Chairs stressed the importance of promoting new "
        "ways of working across the regions.\n\n"
        "Any other business\n\n6. No additional items were proposed.\n"
    )
    assert item_titles_alone(text) == [
        "Matters arising",
        "Feedback from the private meeting",
        "Any other business",
    ]


def test_title_lines_where_the_numbering_skips_are_the_items_whose_numbers_were_lost():
    """ "2." then "- Correspondence" and "- Hall Hire:" over their text, then "5.": the list's
    markup replaced numbers 3 and 4, and the sequence says two items stood there."""
    text = (
        "1.Apologies: Ann, Bob\n"
        "2.Minutes of the Previous Meeting: agreed and signed.\n"
        "- Correspondence\n"
        "A letter from the parish council asked for the hall's opening hours.\n"
        "- Hall Hire:\n"
        "The hire charges were reviewed and it was agreed to keep them as they are.\n"
        "5.Any Other Business\n"
        "The fete will be held on the green in July.\n"
    )
    assert item_titles(text) == [
        "Apologies", "Minutes of the Previous Meeting", "Correspondence", "Hall Hire",
        "Any Other Business",
    ]  # fmt: skip


def test_a_kind_of_business_and_its_subject_after_the_colon_are_one_title():
    """ "Discussion: Future of the Museum" names the item by both; "Discussion: The board
    talked about ..." is a title and its text."""
    text = (
        "Treasurer's Report: The balance is $4,210.\n\n"
        "Discussion: Future of the Museum\n\n"
        "Interest in the society has fallen and the board will survey members.\n\n"
        "Presentation: The scouts showed their plans for the garden.\n"
    )
    assert item_titles(text) == [
        "Treasurer's Report", "Discussion: Future of the Museum", "Presentation",
    ]  # fmt: skip


def test_a_title_in_capitals_ends_at_its_colon_though_its_text_opens_in_capitals():
    """ "CORRESPONDENCE IN:" over "THE SECRETARY HAS RECEIVED 40 LETTERS over the summer":
    the colon ends the title; the line below is its text, not the title's rest."""
    text = (
        "RESIDENTS COMMITTEE MEETING\nTUESDAY 14TH JUNE, 2023\n"
        "TREASURERS REPORT\nThe accounts have gone to the auditor.\n"
        "CORRESPONDENCE IN:\n"
        "THE SECRETARY HAS RECEIVED 40 LETTERS over the summer about the car park.\n"
    )
    assert item_titles_alone(text) == ["TREASURERS REPORT", "CORRESPONDENCE IN"]


def test_a_ledger_line_with_a_date_is_no_heading_date():
    """Minutes that open with prose, then "Treasurer's Report:" over dated sums: the sums'
    dates are the ledger's, not the meeting's, and the report is an item."""
    text = (
        "The trustees met at the fire hall with all five present and the clerk.\n"
        "Treasurer's Report:\n"
        "General fund balance 6/30/2021 $12,450.10\n"
        "Road fund balance 6/30/2021 $3,210.00\n"
        "ROAD REPORT: The grader was repaired and the culverts on the east road were cleared.\n"
        "CEMETERY: The new fence is up and the gate was painted by volunteers.\n"
    )
    assert "Treasurer's Report" in item_titles_alone(text)


def test_paragraphs_opening_with_a_topic_and_a_dash_in_sentence_case_are_items():
    """ "Hall hire – The committee agreed ...", three or more and the document's style:
    each topic is an item's title, however it is cased."""
    text = (
        "Hall hire – The committee agreed to keep the hire charges as they are for now.\n\n"
        "2nd quarter accounts – The treasurer reported a small surplus after the fete.\n\n"
        "Repairs to the kitchen on 4/5 – Quotes were received and the cheapest was accepted.\n\n"
        "Next meeting – It was agreed to meet again in the second week of March.\n"
    )
    assert item_titles(text) == [
        "Hall hire", "2nd quarter accounts", "Repairs to the kitchen on 4/5", "Next meeting",
    ]  # fmt: skip


def test_attendance_by_street_with_dashes_is_no_dashed_style():
    """ "Elm Close – Ann Bee (Rep), Cy Dee." names who came from each street: no verb after
    the dash, no topic."""
    text = (
        "Present:\n"
        "Elm Close – Ann Bee (Elm Representative), Cy Dee.\n"
        "Oak Row – Flo Gee (Treasurer), Hal Ives.\n"
        "The Green – Jo Kay (Chairman), Lu Moss.\n\n"
        "Chairman's Introduction\nThe chairman welcomed residents to the open meeting.\n"
    )
    assert not {"Elm Close", "Oak Row", "The Green"} & set(item_titles(text))


def test_a_list_a_semicolon_introduces_is_no_numbering_of_items():
    """ "Correspondence received;" then "1. Council – road closure" ... "4. ...": the entries
    of what the line introduces, as after a colon, not the minutes' items."""
    text = (
        "Chairperson: Ann Bee\n"
        "Minutes of previous meeting: accepted as read.\n"
        "Correspondence received;\n"
        "1. District council – road closure notice\n"
        "2. Library – opening hours\n"
        "3. Bank – statement\n"
        "4. Water board – new meter\n"
        "General Business:\n"
        "The hall roof will be inspected before winter and quotes sought.\n"
    )
    assert not {"1", "2", "3", "4"} & set(item_numbers(text))


def test_labels_of_a_table_one_under_another_are_no_sections():
    """In minutes of "Title:" sections, "Circulation:" over "Books:" / "Magazines:" /
    "Videos:" with their figures is one section and its table's labels."""
    text = (
        "Secretary's Report:\nRead and approved.\n\n"
        "Treasurer's Report:\nThe balance is $2,310.\n\n"
        "Circulation:\nBooks:\nMagazines:\nVideos:\n412\n35\n61\n\n"
        "Building Report:\nThe roof was repaired in June.\n"
    )
    titles = item_titles(text)
    assert "Circulation" in titles and "Building Report" in titles
    assert not {"Books", "Magazines", "Videos"} & set(titles)


def test_flattened_items_numbered_without_a_stop_before_titles_in_capitals():
    """A page flattened onto one line, its items "1 APOLOGIES ...", "3 MAYOR'S ANNOUNCEMENTS
    ...": read again at its headings in capitals, it finds every number of the run, not
    only those a sentence's end happened to split off."""
    text = (
        "Minutes of the Council meeting held on 4 May 2022 in the Village Hall at 7.30pm. "
        "1 APOLOGIES None were received from any member of the council this evening. "
        "2 MINUTES The minutes of the last meeting were approved and signed as a true record. "
        "3 MAYOR'S ANNOUNCEMENTS The mayor spoke about the fete and thanked the volunteers. "
        "4 PLANNING The committee noted two applications for extensions in the village. "
        "5 CORRESPONDENCE A letter from the school about parking was read and noted.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.number for item in document.items] == ["1", "2", "3", "4", "5"]
    assert document.items[2].title == "MAYOR'S ANNOUNCEMENTS"


def test_flattened_minute_numbers_spaced_from_their_colon_start_items():
    """ "... Coyle and Dunmore 211 : APOLOGIES FOR ABSENCE None were ...": a minute number,
    a spaced colon and a title in capitals, run on after the list of who attended; the
    "Item 9 – ..." of a table of interests under them is no item."""
    text = (
        "Borough of Eastmere 9 June 2020 1\n"
        "Borough of Eastmere 9 June 2020 1 THE COUNCIL OF THE BOROUGH OF EASTMERE The "
        "Council met at the Guildhall on 9 June 2020. Present: Councillors Ashdown, Brill, "
        "Coyle and Dunmore 211 : APOLOGIES FOR ABSENCE None were received from any member "
        "this evening. 212 : DECLARATIONS OF INTEREST The following declarations were "
        "received: Councillor Brill Item 9 – Depot Personal - a neighbour of the depot. "
        "Councillor Coyle Item 14 – Parks Personal - a member of the club\n"
    )
    assert items_alone(text) == [
        ("211", "APOLOGIES FOR ABSENCE"),
        ("212", "DECLARATIONS OF INTEREST"),
    ]


def test_references_to_later_minutes_under_declarations_are_no_items():
    """A declarations minute that names, member by member, the minutes they declared on
    ("Min 38. Depot lease." twice): references printed again, not headings, though their
    numbers count on from the page's own items, "31." and "32." over their titles."""
    text = (
        "Agenda and minutes\n\nResources Committee - Tuesday, 4th March, 2025 6.00 pm\n\n"
        "Venue: Council Chamber, Town Hall, Eastmere\n\nMedia\n\nItems\nNo. Item\n\n"
        "31.\n\nMinutes of the previous meeting pdf icon PDF 98 KB\n\n"
        "Minutes:\n\nThe minutes of the meeting held on 4 February 2025 were agreed.\n\n"
        "32.\n\nDeclarations of interest\n\nMinutes:\n\n"
        "Min 36. Minutes of the Grants Panel held on 12 February 2025.\n\n"
        "Councillor Ann Brill, member of a hall committee.\n\n \n\n"
        "Min 38. Depot lease.\n\nCouncillor Cy Dunmore, lives near the depot.\n\n \n\n"
        "Min 38. Depot lease.\n\nCouncillor Ann Brill, her son rents a unit there.\n\n \n\n"
        "Min 39. Car park charges.\n\nCouncillor Cy Dunmore, holds a season ticket.\n\n \n\n"
        "Min 39. Car park charges.\n\nCouncillor Ann Brill, her husband works there.\n\n \n\n"
        "Min 41. Play areas.\n\nCouncillor Cy Dunmore, a trustee of the playing field.\n\n \n\n"
        "Min 43. Bud"
    )
    assert items_alone(text) == [
        ("31", "Minutes of the previous meeting"),
        ("32", "Declarations of interest"),
    ]


def test_initials_in_a_list_of_staff_are_no_lettered_items():
    text = (
        "RECOGNITION OF TERRITORIES\n\nThe Chair recognised the territories.\n\n"
        "Staff:\nL. WiwcharukChief Financial Officer\nM. RuttenGeneral Manager\n"
        "D. DeMarzoGeneral Manager\n\nDELEGATIONS\n\nThere were none.\n"
    )
    assert item_titles(text) == [
        "RECOGNITION OF TERRITORIES",
        "DELEGATIONS",
    ]


def test_initials_before_surnames_with_a_capital_inside_are_no_lettered_items():
    """A wrapped list of councillors whose last line opens "M. O’Dee, K. McNab, D. Fay.":
    an initial before a surname with a capital inside it is a name, not item M."""
    text = (
        "In attendance:\n\nMEMBERS: In the Chair: The Mayor, Councillor A. Bee.\n\n"
        "Councillors: P. Bell, T. Cole, M. Dunn, M. Eve,\n\nF. Gray, J. Hall, T. Ince,\n\n"
        "M. O\u2019Dee, K. McNab, D. Fay-Lee.\n\n\n"
        "Confirmation of Minutes.\n\nOn the proposal of Councillor M. Dunn, seconded by "
        "Councillor T. Cole, the Minutes were adopted.\n\n"
        "Matters arising from the Minutes.\n\nAn update on the library was circulated.\n"
    )
    assert item_titles(text) == ["Confirmation of Minutes", "Matters arising from the Minutes"]


def test_printed_line_numbers_at_line_starts_are_no_items():
    body = [
        "Chair Ann Bee called the meeting to order at 6:30 pm.", "ROLL CALL & INTRODUCTION",
        "Members Present: Bee, Cole, Dunn.", "REVIEW OF MINUTES",
        "Member Cole moved, seconded by Member Dunn, to approve the minutes.", "Ayes: 3",
        "Nays: 0", "Motion carried.", "COMMUNICATIONS AND RECOGNITIONS",
        "There were none.", "NEW BUSINESS", "The plan was discussed at length.",
    ]  # fmt: skip
    text = "<br />".join(f"{n} {line}" for n, line in enumerate(body, start=1))
    document = parse_bytes(text.encode(), "m.txt")
    assert [item.title for item in document.items] == [
        "ROLL CALL & INTRODUCTION",
        "REVIEW OF MINUTES",
        "COMMUNICATIONS AND RECOGNITIONS",
        "NEW BUSINESS",
    ]


def test_printed_line_numbers_at_line_ends_are_not_in_titles():
    body = [
        "1. Call to Order", "Chair Ann Bee called the meeting to order at 6:30 pm and", "welcomed all.",
        "2. Roll Call", "Members Present: Bee, Cole, Dunn.", "3. Review of Minutes",
        "Member Cole moved, seconded by Member Dunn, to approve the minutes.", "Ayes: 3",
        "Nays: 0", "Motion carried.", "4. Communications:", "There were none.",
    ]  # fmt: skip
    text = "<br />".join(f"{line} {n}" for n, line in enumerate(body, start=1))
    document = parse_bytes(text.encode(), "m.txt")
    assert [item.title for item in document.items] == [
        "Call to Order", "Roll Call", "Review of Minutes", "Communications",
    ]  # fmt: skip
    assert document.items[2].body.endswith("Motion carried.")


def test_line_numbers_alone_between_lines_some_with_more_lines_under_them_are_no_items():
    """A page's line numbers each alone on a line ("<br />4<br />"), a few with more lines
    under them where markup broke a line; the items' own numbers are glued to titles."""
    numbered = [
        ["1.Call to Order"], ["Chair Ann Bee called the meeting to order at 6:30 pm."],
        ["2.Roll Call"], ["Members Present:", "Chair Ann Bee; Member Carl Cole", "and"],
        ["Member Absent:", "Member Dora Dunn", "."], ["3.Review of Minutes"], ["MOTION"],
        ["Member Cole moved, seconded by", "Chair Bee, to approve the", "minutes"], ["Ayes: 2"],
        ["Nays: 0"], ["Motion carried."], ["4.Other Business"],
        ["Member Cole asked about the open house", "for the new", "housing."],
        ["Chair Bee said it would be held in May."],
    ]  # fmt: skip
    text = "<br />".join(
        "<br />".join([*lines, str(n)]) for n, lines in enumerate(numbered, start=1)
    )
    document = parse_bytes(f"Planning Commission<br />May 5, 2014<br />{text}".encode(), "m.txt")
    assert [(item.number, item.title) for item in document.items] == [
        ("1", "Call to Order"), ("2", "Roll Call"), ("3", "Review of Minutes"),
        ("4", "Other Business"),
    ]  # fmt: skip


def test_decimal_numbers_closed_by_a_bracket_in_flattened_text():
    filler = "The council heard the presentation and thanked the speakers for their work. " * 6
    text = (
        "City Council Minutes July 9, 2002 Mayor Ash called the meeting to order. "
        f"Presentations 4.01) Presentation by the Scouts on Garden Weeds {filler}"
        f"4.02) Presentation by the Library Director {filler}"
    )
    titles = item_titles(text)
    assert titles[-2:] == [
        "Presentation by the Scouts on Garden Weeds",
        "Presentation by the Library Director",
    ]


def test_the_venue_under_the_date_line_is_the_heading_not_items():
    document = parse_bytes(
        b"Neighborhood Commission\n\nREGULAR MEETING MINUTES\n\nMONDAY, JULY 23, 2012\n\n"
        b"CITY COUNCIL COMMITTEE MEETING ROOM\n\nCITY HALL, ROOM 205\n\n530 SOUTH KING STREET\n\n"
        b"CALL TO ORDER: Chair Ann Bee called the meeting to order at 7:05 p.m.\n\n"
        b"APPROVAL OF MINUTES: The minutes of June were approved as circulated.\n",
        "m.txt",
    )
    assert [item.title for item in document.items] == ["CALL TO ORDER", "APPROVAL OF MINUTES"]


def test_a_venue_with_its_address_and_the_word_minutes_under_the_date_are_the_heading():
    document = parse_bytes(
        b"Village of Pinecrest\nMeeting of the Board of Trustees\nMay 4, 2021\n"
        b"Village Hall, 12 E. Lake St. Pinecrest, Oregon\n\nMINUTES\n\n"
        b"CALL TO ORDER\n\nThe President called the meeting to order at 7:00 p.m.\n\n"
        b"PUBLIC FORUM\n\nNo one asked to speak.\n",
        "m.txt",
    )
    assert [item.title for item in document.items] == ["CALL TO ORDER", "PUBLIC FORUM"]


def test_items_numbered_a_line_each_are_not_a_pages_line_numbers():
    lines = [f"{n} Item number {n}\nIt was noted by the board." for n in range(2, 14)]
    titles = [title for _, title in items_of("\n".join(lines))]
    assert titles[:2] == ["Item number 2", "Item number 3"] and len(titles) == 12


def test_lettered_points_inside_unnumbered_items_stay_inside():
    text = (
        "Flag Salute\n\nThe meeting was called to order by the President.\n\n"
        "Visitors: None were present at the meeting.\n\n"
        "Minutes: Joan moved to approve the minutes, motion passed.\n\n"
        "Bills: Joan moved to approve the bills, motion passed.\n\n"
        "Business New and Old:\n\nA. Lodge Hall: There is interest in the hall.\n\n"
        "B. Public Works: The plant runs well.\n\nC. Budget Committee: Members were named.\n\n"
        "Good of the order: Nothing was raised.\n"
    )
    titles = item_titles(text)
    assert "Business New and Old" in titles and "Lodge Hall" not in titles
    assert not any(number for number, _ in items_of(text))


def test_a_vote_labelled_like_a_title_is_part_of_its_item():
    text = (
        "Approve Minutes: Moved by V Pogue second by D Yelk to approve the minutes.\n\n"
        "Voting AYE: Updike Pogue and Yelk\n\nVoting Nay: none\n\n"
        "Presentation from the Public: None was made at the meeting.\n\n"
        "Audit: The board reviewed the invoices and paid the bills.\n"
    )
    titles = item_titles(text)
    assert "Voting AYE" not in titles and "Voting Nay" not in titles


def titles_of(text: str) -> list[str]:
    return [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]


def numbers_of(text: str) -> list[str]:
    return [item.number for item in parse_bytes(text.encode(), "minutes.txt").items]


def test_a_numbered_list_of_the_people_present_is_not_the_items():
    """Six members numbered a line each, then business the parser finds no number for: the
    people are who attended, so the minutes are read without headings, not as six items."""
    text = (
        "ELMBRIDGE COLLEGE\nMinutes of the Governing Council held on 14 September 2022\n"
        "1. Prof. Aled Morgan, Principal.\n2. Dr.R.K Bose.\n3. Smt.L.Iyer.\n4. Mr. Dafydd Price.\n"
        "5. Prof (Dr).J.Varghese\n6. Sri.T.Menon.\n"
        "Resolved: that the minutes of the meeting held on 6 June 2022 be confirmed.\n"
        "Resolved: that the panel of examiners for the coming year be approved.\n"
    )
    document = parse_bytes(text.encode(), "elmbridge.txt")
    titles = [item.title for item in document.items]
    assert not any(title.startswith(("Prof", "Dr", "Smt", "Mr", "Sri")) for title in titles)
    assert "Resolved: that the panel" in " ".join(item.body for item in document.items)


def test_a_numbered_item_whose_title_starts_like_an_honorific_is_still_an_item():
    text = (
        "Minutes of the Finance Committee held on 3 March 2021\n\n"
        "1. Mrs A Bee\n\n2. Dr C Dee\n\n3. Mr E Fay\n\n"
        "4. REVENUE BUDGET\n\nThe report was noted.\n\n5. DRAINAGE WORKS\n\nAgreed.\n"
    )
    titles = titles_of(text)
    assert titles[-2:] == ["REVENUE BUDGET", "DRAINAGE WORKS"]


def test_a_title_broken_inside_its_date_takes_the_rest_of_the_date_back():
    text = (
        "Minutes of the Council held on 7 July 2020\n\n"
        "1. Apologies\n\nNone.\n\n"
        "2. Minutes of Council Meeting held Tuesday 2\n\nJune 2020\n\nThe minutes were agreed.\n\n"
        "3. Minutes of Audit Committee held Monday 8\n\nJune 2020\n\nNoted.\n"
    )
    titles = titles_of(text)
    assert titles[1:] == [
        "Minutes of Council Meeting held Tuesday 2 June 2020",
        "Minutes of Audit Committee held Monday 8 June 2020",
    ]


def test_a_pages_number_before_an_items_number_is_not_the_items():
    text = (
        "MINUTES OF THE SPECIAL COUNCIL MEETING HELD ON THURSDAY, 28 MARCH 2013\n\n"
        "2 1. OPENING\n\nThe Speaker opened the meeting.\n\n"
        "2. APPLICATION FOR LEAVE OF ABSENCE\n\nNone.\n\n"
        "3 3. DISCLOSURE OF INTERESTS\n\nNone were declared.\n"
    )
    items = parse_bytes(text.encode(), "special.txt").items
    assert [(item.number, item.title) for item in items] == [
        ("1", "OPENING"),
        ("2", "APPLICATION FOR LEAVE OF ABSENCE"),
        ("3", "DISCLOSURE OF INTERESTS"),
    ]


def test_numbered_lines_set_deeper_than_the_headings_are_points_only_below_a_heading():
    """Items set in by two spaces, then a list at the margin after them (the resolutions
    of the last item): the items are above every line at the margin, so none of them is
    its point."""
    text = (
        "Minutes of the Board held on 3 May 2021\n\n"
        "  1. Apologies\n\nNone were received.\n\n  2. Finance\n\nThe balance was noted.\n\n"
        "  3. Budget\n\nThe Board resolved:\n\n1. To set the fee at ten pounds.\n"
        "2. To review it next year.\n"
    )
    titles = titles_of(text)
    assert titles == ["Apologies", "Finance", "Budget"]


def test_items_named_in_capitals_inside_flattened_text_start_items():
    """A board's minutes flattened onto one line, each item opening "ITEM NO.1:"."""
    text = (
        "MINUTES OF THE TENTH MEETING OF THE BOARD OF MANAGEMENT HELD ON 06 JUNE 2019 AT THE "
        "CONFERENCE ROOM The tenth meeting was held on 06 June 2019. PRESENT: Dr A Bee, "
        "Chairperson, Ms C Dee, Mr E Fay. The Chair welcomed the members to the meeting. "
        "ITEM NO.1: To confirm the minutes of the ninth meeting held on 20 Feb 2019. The "
        "Registrar informed that the minutes were circulated and no comments were received "
        "from the members of the Board. The Board resolved that the minutes be confirmed. "
        "ITEM No.2: To note the action taken on the minutes of the ninth meeting. The "
        "Registrar reported the action taken on each decision of the Board since February. "
        "The Board noted the action taken and thanked the Registrar for the full report.\n"
    )
    items = parse_bytes(text.encode(), "board.txt").items
    assert [item.number for item in items] == ["ITEM NO. 1", "ITEM No. 2"]
    assert items[0].title.startswith("To confirm the minutes of the ninth meeting")
    assert items[1].title.startswith("To note the action taken")


def test_the_last_meetings_minutes_under_this_meetings_dated_heading_are_the_first_item():
    """Every item numbered "1." (a list that lost its count), the first approving the last
    meeting's minutes: under a heading that already dated this meeting, a first line
    naming minutes of another day is no second heading of the document but an item."""
    text = (
        "MINUTES\n\nOF THE ELMVALE AREA SAFETY SUB COMMITTEE MEETING\n\n"
        "HELD ON MONDAY, 12TH MAY 2014 AT 10.00 A.M\n\n"
        "1. Minutes of meeting held on 10th February 2014\n\nOrder: Noted.\n\n"
        "1. Presentation on Road Safety\n\nOrder: The officers gave a presentation.\n\n"
        "1. Update on the Community Forum\n\nOrder: Ann Bee gave an update on the forum.\n"
    )
    titles = item_titles_alone(text)
    assert titles == [
        "Minutes of meeting held on 10th February 2014",
        "Presentation on Road Safety",
        "Update on the Community Forum",
    ]


def test_a_flattened_heading_in_capitals_before_its_first_bracketed_point_heads_an_item():
    """ "... None. CONSENT AGENDA (6.1) Approve the minutes ...": the heading's first point
    follows it, a bracketed number and a capital, where a sentence usually does."""
    text = (
        "CITY OF ELMVALE REGULAR MEETING OF THE BOARD OF COMMISSIONERS June 4, 2018 4:00 p.m. "
        "The meeting was called to order at 4:00 p.m. by Mayor Ann Bee. AWARDS AND "
        "PROCLAMATIONS None. CITIZENS FORUM Carl Dee asked about the pool opening hours and "
        "the Manager replied. PUBLIC HEARINGS None. CONSENT AGENDA (6.1) Approve the minutes "
        "of May 21, 2018. (6.2) Approve the renewal of the property insurance. Moved by "
        "Commissioner Fay, seconded by Commissioner Gray; carried 5-0. ADJOURNMENT The "
        "meeting adjourned at 4:40 p.m.\n"
    )
    titles = item_titles_alone(text)
    assert "CONSENT AGENDA" in titles and "CITIZENS FORUM" in titles


def test_flattened_headings_in_capitals_keep_the_outline_letter_before_them():
    """ "... the City. A. ORAL COMMUNICATIONS: Chair Bee ...": the letter is the item's
    number, not the end of the sentence before it."""
    filler = "The commission discussed the matter at length and thanked the staff. " * 4
    text = (
        "Planning Commission Minutes September 6, 2005 CALL TO ORDER - The Planning "
        f"Commission met in regular session with Chair Bee presiding. {filler}"
        f"APPROVAL OF MINUTES: Commissioner Dee moved to approve the minutes. {filler}"
        f"A. ORAL COMMUNICATIONS: Chair Bee announced a resignation. {filler}"
        f"B. WRITTEN COMMUNICATIONS: Two letters were received. {filler}\n"
    )
    items = parse_bytes(text.encode(), "pc.txt").items
    assert [(item.number, item.title) for item in items][-2:] == [
        ("A", "ORAL COMMUNICATIONS"), ("B", "WRITTEN COMMUNICATIONS"),
    ]  # fmt: skip


def test_a_flattened_first_roman_numeral_after_the_meeting_s_time_starts_item_one():
    """ "... August 10, 2023, 5:00 PM I. Call to Order The ...": "I." after a time is the
    first numeral of the run, as after a sentence's end."""
    filler = "The board heard the report and thanked the staff for their work this year. " * 4
    text = (
        "Board of Commissioners Regular Session August 10, 2023, 5:00 PM I. Call to Order The "
        f"meeting was called to order at 5 pm. II. Roll Call All were present. {filler}"
        f"III. Approval of the Agenda The agenda was approved. {filler}"
        f"IV. Adjournment The meeting was adjourned at 6 pm. {filler}\n"
    )
    items = parse_bytes(text.encode(), "board.txt").items
    assert [(item.number, item.title) for item in items][:2] == [
        ("I", "Call to Order"), ("II", "Roll Call"),
    ]  # fmt: skip


def test_flattened_headings_in_capitals_beat_a_few_numbered_points_under_them():
    """Flattened minutes whose items are headings in capitals, two of them holding a
    numbered point: the headings are the items, the points their text."""
    text = (
        "Village of Pinecrest Meeting of the Board of Trustees May 4, 2021 Village Hall "
        "MINUTES CALL TO ORDER The President called the meeting to order at 7:00 p.m. "
        "ROLL CALL Trustee Ann Bee - present Trustee Carl Dee - present. PLEDGE OF "
        "ALLEGIANCE The pledge was recited by all present at the meeting. APPROVAL OF "
        "MINUTES Motion by Bee to approve the minutes as presented; seconded by Dee. "
        "PUBLIC FORUM No persons requested to speak at the meeting. LICENSE "
        "APPLICATIONS 1. Renewal of the license of the Pinecrest Tavern. Motion by Dee "
        "to approve; seconded by Bee. Motion carried. FINANCIAL REPORTS 2. Monthly "
        "financial report. The Treasurer presented the report for April. ADJOURNMENT The "
        "meeting adjourned at 8:10 p.m. on a motion by Bee, seconded by Dee.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    titles = [item.title for item in items]
    assert titles[1:5] == [
        "ROLL CALL",
        "PLEDGE OF ALLEGIANCE",
        "APPROVAL OF MINUTES",
        "PUBLIC FORUM",
    ]
    assert "LICENSE APPLICATIONS" in titles and "ADJOURNMENT" in titles


def test_flattened_titles_in_title_case_between_two_sentences_start_items():
    text = (
        "Ordinary Council Meeting Minutes 9 March 2021 Riverbend Shire Council PRESENT: Cr "
        "Ann Bee, Cr Carl Dee, Cr Eve Fay STAFF: General Manager and Director Works Apologies "
        "Nil. Opening of the Meeting The meeting opened at 5.00pm with the Mayor in the chair. "
        "Acknowledgement of Country We acknowledge the traditional custodians of the land on "
        "which we meet. Disclosure of Interest There were no disclosures of interest made at "
        "the meeting. When Full Council met in February the budget was noted by all present.\n"
    )
    assert titles_of(text) == [
        "Opening of the Meeting", "Acknowledgement of Country", "Disclosure of Interest"
    ]  # fmt: skip


def test_a_flattened_label_opening_with_an_abbreviation_in_capitals_is_one_title():
    """ "... Motion carried. TWP Business: The supervisor ...": the abbreviation opens the
    label; it is no heading in capitals of its own."""
    text = (
        "Township Board Minutes MARCH 8, 2022 The meeting was called to order with the Pledge. "
        "Correspondence: There was no correspondence. Cemetery: There was no cemetery report. "
        "Public comment: There was no public comment. TWP Business: The supervisor was here "
        "to talk about culverts and the grading agreement. A motion to approve the agreement "
        "was made by Ann Bee and supported by Carl Dee. Motion carried. The board talked "
        "about the driveway project and the bids received for the asphalt work this spring.\n"
    )
    assert titles_of(text) == ["Correspondence", "Cemetery", "Public comment", "TWP Business"]


def test_a_flattened_heading_after_so_moved_is_a_heading_and_the_outcome_stays_above():
    """ "... Bee, aye; Dee, aye. SO MOVED COMMITTEE REPORTS The committees ...": the outcome
    ends the minute before; the heading after it starts the next."""
    filler = "The directors discussed the matter and asked the manager for a report. " * 5
    text = (
        "Board of Directors Regular Meeting April 3, 1978 The meeting was called to order at "
        f"7:05 P.M. BILLS FOR BOARD APPROVAL Director Bee moved to pay the bills. {filler}"
        "ROLL CALL: Bee, aye; Dee, aye; Fay, aye. SO MOVED COMMITTEE REPORTS The water "
        f"committee had nothing to report. {filler}\n"
    )
    items = parse_bytes(text.encode(), "board.txt").items
    assert [item.title for item in items][-1] == "COMMITTEE REPORTS"
    assert "SO MOVED" in items[-2].body


def test_flattened_business_in_title_case_between_sentences_heads_items():
    """ "... was excused. Minutes The June 5 minutes ...": the meeting's own business, as
    the procedural vocabulary knows it, between a sentence's end and the next sentence."""
    filler = "The board heard the report and thanked the staff for their work this year. " * 4
    text = (
        "08/09/2007 - Minutes ELMWOOD LIBRARY BOARD MINUTES Thursday, August 9, 2007 "
        "Roll Call Present at the meeting: Ann Bee, Chair; Carl Dee. Eve Fay was excused. "
        f"Minutes The June 5, 2007 minutes were approved. {filler}"
        f"Call to the Public Nobody asked to speak. {filler}"
        f"Matters Arising The new shelving was installed. {filler}"
        f"Minutes of Last Meeting Nobody asked for a change. {filler}\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "board.txt").items]
    assert titles[-4:] == [
        "Minutes", "Call to the Public", "Matters Arising", "Minutes of Last Meeting",
    ]  # fmt: skip


def test_flattened_business_between_sentences_is_broken_after_its_last_word_however_spaced():
    """ "... was excused. Matters  Arising The clerk ...": a page's double space between
    the title's words; the line breaks after the title's last word, not a letter short."""
    text = "The member was excused. Matters  Arising The clerk read the letters from the county."
    assert at_business_between_sentences(text).split("\n") == [
        "The member was excused. ",
        "Matters  Arising",
        " The clerk read the letters from the county.",
    ]


def test_flattened_labels_are_read_with_the_headings_in_capitals_between_them():
    """Flattened minutes where a few paragraphs open "Title: text" and the rest under
    headings in capitals: breaking the text at the capitals as well finds them all."""
    filler = "The members discussed the matter at some length and agreed a way forward. " * 6
    text = (
        "Harbour Trust\n\nMinutes of the meeting held on 4 May 2021\n\n"
        f"Call to Order: The chair opened the meeting at seven. {filler}\n\n"
        f"Finance: The treasurer presented the accounts to the trust. {filler}\n\n"
        f"MOORINGS The harbour master reported on the new moorings. {filler}"
        f"DREDGING The engineer said the channel will be dredged in June. {filler}"
        f"PUBLIC SLIPWAY The slipway will be resurfaced this summer. {filler}\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "trust.txt").items]
    assert titles == ["Call to Order", "Finance", "MOORINGS", "DREDGING", "PUBLIC SLIPWAY"]


def test_a_flattened_transcripts_speakers_are_no_labels():
    """A verbatim record flattened onto one line: "Mr. Hale: So moved. Mr. Ruiz: Second."
    are speakers taking turns, not "Title: text" paragraphs; the headings in capitals are
    the items."""
    filler = "Mr. Orme: I'd like to hear from the applicant first. Ms. Tate: Thank you. " * 3
    text = (
        "Planning Board\n\nMinutes of the meeting held on 9 June 1997\n\n"
        "Mr. Orme: Good evening. The first order of business is the next meeting's date. "
        "Mr. Hale: So moved. Mr. Ruiz: Second. Mr. Orme: All those in favor? Motion carried. "
        f"PUBLIC HEARINGS Mr. Orme: The first hearing is the compressor station. {filler}"
        f"SITE PLANS Mr. Orme: The barn conversion is next. {filler}\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "board.txt").items]
    assert "Hale" not in titles and "Ruiz" not in titles
    assert titles[-2:] == ["PUBLIC HEARINGS", "SITE PLANS"]


def test_a_title_left_hanging_takes_the_rest_from_the_next_line():
    text = (
        "7. Minutes of Audit Committee meeting held\nWednesday 17 June 2020\n"
        "The minutes were noted.\n"
        "8. Minutes of Planning Committee meeting held on\nTuesday 23 June 2020\n"
        "The minutes were noted.\n"
    )
    document = parse_bytes((HEADER + text).encode(), "m.txt")
    assert [item.title for item in document.items] == [
        "Minutes of Audit Committee meeting held Wednesday 17 June 2020",
        "Minutes of Planning Committee meeting held on Tuesday 23 June 2020",
    ]


def test_a_subject_marker_opening_each_heading_is_not_part_of_the_title():
    """ "IN RE: CALL TO ORDER Chairman ...": the marker says a heading starts (a paragraph
    of its own, even after a line with no full stop) and drops from the title."""
    text = (
        "The Board met in regular session at the Courthouse Annex.\n"
        "IN RE: CALL TO ORDER Chairman Petrakis called the meeting to order at 9:00 a.m.\n"
        "MEMBERS PRESENT: Chairman Anton Petrakis; Commissioners Joan Whitcombe, Ray Oduya\n"
        "IN RE: INVOCATION The Reverend Lisa Marr of Fairview Chapel gave the invocation.\n"
        "IN RE: ROAD DEPARTMENT REPORT Mr. Sam Kettle, Road Superintendent, reported that "
        "resurfacing would begin in July.\n"
    )
    assert items_of(text) == [
        ("", "CALL TO ORDER"),
        ("", "INVOCATION"),
        ("", "ROAD DEPARTMENT REPORT"),
    ]


def test_a_date_at_the_start_of_a_line_is_not_an_item_number():
    """ "1994-06-14 Board of Commissioners Minutes": a viewer's date label, where
    "017-03-014" (motion 14 of meeting 3 of 2017) numbers an item."""
    text = (
        "1994-06-14 Board of Commissioners Minutes\n"
        "The Board met in regular session on June 14, 1994.\n"
        "Chairman Petrakis called the meeting to order at 9:00 a.m.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert "1994-06-14" not in [item.number for item in document.items]
    assert str(document.meeting.date) == "1994-06-14"


def test_a_date_written_day_or_month_first_is_not_an_item_number_either():
    text = (
        "09-07-2000 Regular Meeting\n"
        "REGULAR MEETING OF THE ELKHORN COUNTY BOARD OF SUPERVISORS\n"
        "Chairman Lacey called the meeting to order at 2:00 p.m.\n"
        "The Board adopted the agenda as presented.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert "09-07-2000" not in [item.number for item in document.items]


def test_an_untitled_paragraph_is_titled_by_its_sentence_not_a_piece_of_it():
    """ "Michael Lane was appointed Chairman ...": no title runs into a subject here (the
    words before "Chairman" hold a verb), and "St." or "Dec." does not end the sentence."""
    text = (
        "1. Nadia Ross was appointed Chairman and Owen Price as Vice Chair for the year.\n\n"
        "2. Pastor Ruiz handed out a leaflet from St. Luke's about the joint services.\n\n"
        "3. The new kitchen should be finished by Dec. 2024 if the grant is approved.\n"
    )
    assert item_titles(text) == [
        "Nadia Ross was appointed Chairman and Owen Price as Vice Chair for the year",
        "Pastor Ruiz handed out a leaflet from St. Luke's about the joint services",
        "The new kitchen should be finished by Dec. 2024 if the grant is approved",
    ]


def test_a_numbered_title_in_capitals_goes_on_to_the_next_line():
    """ "4. APPROVAL OF THE" / "MINUTES OF 2 MARCH" with no gap: one title; "NONE" under a
    title is its note, and a line that ends in a full stop is text."""
    text = (
        "1. APOLOGIES\nNONE\n\n"
        "2. APPROVAL OF THE\nMINUTES OF 2 MARCH\nThe minutes were approved.\n\n"
        "3. CORRESPONDENCE\nA LETTER FROM THE POLICE WAS READ.\n"
    )
    assert items_of(text) == [
        ("1", "APOLOGIES"),
        ("2", "APPROVAL OF THE MINUTES OF 2 MARCH"),
        ("3", "CORRESPONDENCE"),
    ]


def test_a_speakers_turns_with_a_glued_dash_are_not_titles():
    """ "Tom-Revised the rota", "Tom-Added two freezers": a name that comes back is a
    speaker, not a title printed once; the dash stays as it was printed."""
    text = (
        "Approval of Minutes\n"
        "Ann made a motion to approve the minutes, seconded by Lee and passed.\n"
        "Action Items Review\n"
        "Ann-Bob made changes to the policy for posting notices\n"
        "Cara- Has been checking prices at the wholesalers, which are still the best.\n"
        "Bob-Revised the volunteer rota for the summer months.\n"
        "Dee/Eve-Reviewed the volunteer handbook.\n"
        "Bob-Added 2 chest freezers to next year's budget. We may list this expense in capital\n"
        "reserve.\n"
        "Ann-Did not talk to Mike about removing one fridge as he may take it for another use.\n"
        "Operations Reports\n"
        "Building – Report submitted in advance by the caretaker.\n"
        "Arranged for removal of snow that had piled up in front of the building\n"
        "UPDATE- The caretaker asked to get switches added for the warehouse.\n"
    )
    titles = item_titles(text)
    assert titles == ["Approval of Minutes", "Action Items Review", "Operations Reports"]


def test_a_person_named_among_those_present_is_a_speaker_not_a_title():
    """A transcript's speaker on a line of their own ("Dana Voss" / "I move that ...")
    is not an item where the opening named them as present; a title line is."""
    text = (
        "Present: Carl Brink, Chairman; Dana Voss, Secretary; Eli Dunn\n\n"
        "Approval of Minutes\n\nCarl Brink said the minutes were before the board.\n\n"
        "Dana Voss\n\nI move that the minutes be approved as written.\n\n"
        "Ditch Maintenance\n\nThe surveyor reported on the spring cleaning of the ditches.\n"
    )
    assert item_titles(text) == ["Approval of Minutes", "Ditch Maintenance"]


def test_a_speaker_named_where_the_attendance_list_runs_on_is_not_a_title():
    """The attendance's list runs on past its line ("... Rosa Quill," / "Ivo Marsh and ..."):
    the names there are those present too, so "Ivo Marsh – I think ..." is a speaker."""
    text = (
        "School Planning Committee\n\n12 March 2009\n\n"
        "Present: Chair Lena Ward, Vice-Chair Otto Bram\n\n"
        "Others in attendance: Nia Pike, Rosa Quill,\n\n"
        "Ivo Marsh and Kay Lund\n\n"
        "Review of Draft Minutes\n\nThe minutes of 5 March were approved as written.\n\n"
        "Report from the Towns\n\nThe towns will meet next week.\n\n"
        "Ivo Marsh \u2013 I think the towns need the figures before they vote.\n\n"
        "Kay Lund \u2013 They have the teacher costs already.\n\n"
        "Budget Timetable\n\nThe budget will be presented in April.\n"
    )
    assert item_titles(text) == [
        "Review of Draft Minutes",
        "Report from the Towns",
        "Budget Timetable",
    ]


def test_years_in_a_tables_first_cells_are_not_numbers_of_items():
    """A number cell may hold a minute reference ("21/80 |"), but a year in a table's first
    column ("| 2019 | Precept | 5,000 |") counts years, not items."""
    text = (
        "Minutes of the meeting of Elmbury Parish Council held on 3 May 2022\n\n"
        "1. Apologies\nNone.\n\n2. Precept\nThe clerk set out the precept by year:\n"
        "| 2019 | Precept | 5,000 |\n| 2020 | Precept | 5,200 |\n"
        "| 2021 | Precept | 5,400 |\n| 2022 | Precept | 5,600 |\n"
        "It was resolved to hold the precept.\n\n3. Date of next meeting\n7 June 2022.\n"
    )
    assert item_numbers(text) == ["1", "2", "3"]


def test_a_question_put_is_not_item_q():
    """ "Q. What do the officers think?" between lettered items is a question asked in
    the discussion, not item Q."""
    text = (
        "MOTIONS\n\nThe Chair presented the officer role bye-law amendment.\n\n"
        "Q. What do the current officers think of the changes?\n\nThey support them.\n\n"
        "Q. Would we be able to vote online as well?\n\nYes, from next term.\n\n"
        "ANY OTHER BUSINESS\n\nNone was raised.\n"
    )
    assert items_of(text) == [("", "MOTIONS"), ("", "ANY OTHER BUSINESS")]


def test_an_untitled_paragraph_that_introduces_a_list_is_titled_up_to_its_colon():
    text = (
        "1. Sympathy was extended to: \u2022 Ann Bee, on the death of her mother. "
        "\u2022 The family of the late Carl Dunn.\n\n2. Correspondence\n\nNone.\n"
    )
    assert items_of(text)[0] == ("1", "Sympathy was extended to")


def test_an_untitled_paragraph_that_opens_with_before_is_titled_by_its_sentence():
    """ "1. Before the Board was Citizen Input. ...": a clause opened by "Before" is the
    sentence, not a one-word title "Before" and its text."""
    text = (
        "1. Before the Board was Citizen Input. Commissioner Dee thanked the volunteers.\n\n"
        "2. Before the Board was a Presentation and Update of the Fair. The manager spoke.\n"
    )
    assert item_titles(text) == [
        "Before the Board was Citizen Input",
        "Before the Board was a Presentation and Update of the Fair",
    ]


def test_points_of_an_item_whose_own_heading_was_not_printed():
    """ "3" then "4.1", "4.2", "5": item 4's heading is missing from the page (an excerpt
    that starts inside it, a heading lost to the layout), its points stand in for it."""
    text = (
        "1 Apologies\n\nApologies were received from Councillor Ames.\n\n"
        "2 Declarations of Interest\n\nNo interests were declared at this meeting.\n\n"
        "3 Chair's Report\n\nThe chair reported on the tenants' survey results.\n\n"
        "4.1 Freedom Camping Bylaw\n\nThe committee discussed the draft bylaw at length.\n\n"
        "4.2 Parks Strategy\n\nThe strategy was received and will go to consultation.\n\n"
        "5 Date of Next Meeting\n\nThe next meeting will be held on 4 March.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4.1", "4.2", "5"]


def test_the_points_of_the_only_item_numbered_with_a_nought_are_items():
    """ "1.0 BUSINESS" and no "2.0" after it (a text cut short, or one section): its points
    "1.1" to "1.4" are the minutes' items, not the points of one of many."""
    text = (
        "1.0\nBUSINESS\n1.1\nApproval of the Agenda\nThe agenda was approved as circulated.\n"
        "1.2\nDeclarations of Interest\nNone were declared.\n"
        "1.3\nMinutes of the April Meeting\nThe minutes were approved.\n"
        "1.4\nLibrarian Report\nThe librarian reported on summer programs.\n"
    )
    assert item_numbers(text) == ["1.0", "1.1", "1.2", "1.3", "1.4"]


def test_items_numbered_with_a_nought_and_points_whose_item_heading_is_missing():
    """ "1.0", "2.0", "3.0" then "4.1", "4.2", "5.0": items numbered in their points'
    places, and item 4 printed only as its points; the points of "1.0" stay its text."""
    text = (
        "1.0 Apologies\n\nApologies were received from Councillor Ames.\n\n"
        "1.1 Leave of Absence\n\nLeave was granted to Councillor Dunn for March.\n\n"
        "2.0 Declarations of Interest\n\nNo interests were declared at this meeting.\n\n"
        "3.0 Health and Safety\n\nThe report on incidents was received.\n\n"
        "4.1 Freedom Camping Bylaw\n\nThe committee discussed the draft bylaw at length.\n\n"
        "4.2 Parks Strategy\n\nThe strategy was received and will go to consultation.\n\n"
        "5.0 Date of Next Meeting\n\nThe next meeting will be held on 4 March.\n"
    )
    assert item_numbers(text) == ["1.0", "2.0", "3.0", "4.1", "4.2", "5.0"]


def test_item_numbers_printed_after_the_title_in_brackets_in_the_same_places():
    """ "Apologies (Item 1.0)" ... "Parks Strategy (Item 4.2)": the same numbering, printed
    after each title."""
    text = (
        "Apologies (Item 1.0)\n\nApologies were received from Councillor Ames.\n\n"
        "Health and Safety (Item 2.0)\n\nThe report on incidents was received.\n\n"
        "Confirmation of Minutes (Item 3.0)\n\nThe minutes were confirmed.\n\n"
        "Freedom Camping Bylaw (Item 4.1)\n\nThe committee discussed the draft bylaw.\n\n"
        "Parks Strategy (Item 4.2)\n\nThe strategy was received.\n"
    )
    assert items_of(text) == [
        ("1.0", "Apologies"),
        ("2.0", "Health and Safety"),
        ("3.0", "Confirmation of Minutes"),
        ("4.1", "Freedom Camping Bylaw"),
        ("4.2", "Parks Strategy"),
    ]


def test_titles_that_open_with_the_address_they_are_about():
    text = (
        "1. 412 Elm Court - Fence variation\n\nMr. Grant asked to build a rear fence.\n\n"
        "2. 88 Birch Lane - Setback variation\n\nMrs. Orr asked for a garage addition.\n\n"
        "3. 17 N Main Street - Sign permit\n\nThe permit was granted.\n"
    )
    assert item_titles(text) == [
        "412 Elm Court - Fence variation",
        "88 Birch Lane - Setback variation",
        "17 N Main Street - Sign permit",
    ]


def test_known_business_in_capitals_around_numbered_business_in_title_case():
    """ "CALL TO ORDER" and "ROLL CALL" before "1. Fence variation" and "ADJOURNMENT"
    after the last: the meeting's own business, items of their own."""
    text = (
        "CALL TO ORDER\nChairman Heller called the meeting to order at 7:30 P.M.\n\n"
        "ROLL CALL Present: Commissioners Heller, Ames and Dorn.\n\n"
        "1. Fence variation at Elm Court\nThe board heard Mr. Grant and granted it.\n\n"
        "2. Setback variation at Birch Lane\nMrs. Orr explained the garage addition.\n\n"
        "ADJOURNMENT\nThe meeting adjourned at 8:40 P.M.\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER",
        "ROLL CALL",
        "Fence variation at Elm Court",
        "Setback variation at Birch Lane",
        "ADJOURNMENT",
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("CALL TO ORDER 7:02 p.m.", "CALL TO ORDER"),
        ("ADJOURNMENT - 8.15pm", "ADJOURNMENT"),
        ("Adjournment 9:40 PM", "Adjournment"),
        ("PUBLIC HEARING at 7:30 p.m.", "PUBLIC HEARING"),  # not "Title: text", so not alone
    ],
)
def test_a_title_with_the_time_it_happened(line, title):
    text = (
        "PLEDGE OF ALLEGIANCE\nMayor Dunn led the Pledge of Allegiance.\n\n"
        f"{line}\n\n"
        "PUBLIC COMMENTS\nAnn Fry addressed the council about parking on Elm Street.\n"
    )
    assert [t for _, t in items_of(text)] == ["PLEDGE OF ALLEGIANCE", title, "PUBLIC COMMENTS"]


def test_an_underlined_title_heads_an_item():
    """A title in plain words that a rule of dashes underlines, as headings are in plain
    text minutes; the rule is no part of any text."""
    text = (
        "Call to Order\n-------------\nMayor Pike opened the meeting at seven.\n\n"
        "Water Main Replacement\n----------------------\nBids will open on May 3.\n\n"
        "Adjournment\n===========\nThe meeting adjourned at eight.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == [
        "Call to Order",
        "Water Main Replacement",
        "Adjournment",
    ]
    assert "---" not in items[0].body


def test_a_line_that_breaks_a_word_at_its_end_is_no_title():
    """Hard-wrapped text: "Council President Ruiz called the meet-" / "ing to order ...".
    A title never ends inside a word; the line runs on into the next."""
    text = (
        "CALL TO ORDER\nCouncil President Ruiz called the meet-\ning to order at 7:00 p.m.\n\n"
        "PUBLIC FORUM\nResident Tom Banks spoke about the con-\ndition of Maple Avenue.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == ["CALL TO ORDER", "PUBLIC FORUM"]
    assert items[0].body == "Council President Ruiz called the meeting to order at 7:00 p.m."


def test_a_capitalised_line_whose_sentence_goes_on_below_is_no_title():
    """ "Treasurer Ann Lowe Presented the Accounts" / "for the year to March.": the next
    line goes on in lower case, so the line is a wrapped sentence's start."""
    text = (
        "CALL TO ORDER\nCouncil President Ruiz called the meeting\nto order at 7:00 p.m.\n\n"
        "FINANCE\nTreasurer Ann Lowe Presented the Accounts\nfor the year to March.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == ["CALL TO ORDER", "FINANCE"]


def test_a_lettered_point_under_a_long_title_is_no_part_of_it():
    text = (
        "8. Consideration and Action on Business Agenda Items (Motion and Roll Call Vote or\n"
        "a) Bills\nb) Payroll\n\n9. Adjournment\nThe meeting adjourned.\n"
    )
    assert items_of(text)[0] == (
        "8",
        "Consideration and Action on Business Agenda Items (Motion and Roll Call Vote or",
    )


def test_a_meetings_minute_references_glued_to_their_titles():
    """ "1706/1Apologies for absence": the June 2017 meeting's item 1, its title glued on
    by the page; a list a title introduces ("noted : -") is no part of the title."""
    text = (
        "1706/1Apologies for absence\nAll members were present.\n"
        "1706/2Declaration of Interest\nNone were declared.\n"
        "1706/3Clerk's Report - Items noted : -\nSubmitted the annual return\n"
        "Ordered the play area repairs\n"
        "1706/4Neighbourhood Planning\nThe draft contract was discussed.\n"
    )
    assert item_numbers(text) == ["1706/1", "1706/2", "1706/3", "1706/4"]
    assert "Submitted" not in items_of(text)[2][1]


def test_a_title_in_title_case_alone_above_its_status_heads_an_item():
    """ "Leave of Absence" / "Nil.", "Urgent Matters" / "Nil.": a title alone above the
    word that says nothing came of it, between titles of known business."""
    text = (
        "Apologies\n\nCr Ann Bee sent her apologies for the meeting.\n\n"
        "Confirmation of Minutes\n\nThe minutes of the meeting held on 19 September 2016 "
        "were confirmed.\n\n"
        "Leave of Absence\n\nNil.\n\n"
        "Declaration of Pecuniary Interests\n\nCr Cy Dee declared an interest in item 5.\n\n"
        "Urgent Matters\n\nNil.\n\n"
        "Mayoral Minute\n\nThe Mayor reported on the visit of the Minister to the shire.\n"
    )
    assert item_titles(text) == [
        "Apologies",
        "Confirmation of Minutes",
        "Leave of Absence",
        "Declaration of Pecuniary Interests",
        "Urgent Matters",
        "Mayoral Minute",
    ]


def test_a_title_keeps_no_colon_its_text_follows_below():
    text = "3. DECLARATION OF INTERESTS:\nNil\n\n4. PUBLIC QUESTION TIME:\nNil\n"
    assert items_of(text) == [("3", "DECLARATION OF INTERESTS"), ("4", "PUBLIC QUESTION TIME")]


@pytest.mark.parametrize("misread", ["L CALL TO ORDER", "l. CALL TO ORDER", "I CALL TO ORDER"])
def test_a_scans_first_number_misread_as_a_letter(misread):
    """A scan read "1." as "L", "l." or "I" before the first title; the items run on from
    "2." and no "1." is printed anywhere above it."""
    text = (
        f"{misread}\nThe Chair called the meeting to order at 6:31 p.m.\n"
        "2. PUBLIC COMMENT\nThere was none.\n"
        "3. CONSENT AGENDA\nThe consent agenda was approved.\n"
    )
    assert items_of(text)[0] == ("1", "CALL TO ORDER")


@pytest.mark.parametrize(
    "headed", ["Item Minutes No 1. TO RECEIVE APOLOGIES", "No. Item 1 TO RECEIVE APOLOGIES"]
)
def test_the_first_number_behind_a_tables_column_names(headed):
    """The names of a table's columns ("Item", "Minutes", "No") printed on the first row's
    line, before its number: the items run on from "2." below, so that is item 1."""
    text = (
        f"Members of the Public: 3\n\n{headed}\n\n1.1 Apologies were received from Cllr Bee.\n\n"
        "2. DECLARATIONS OF INTEREST\n\n2.1 None were declared.\n\n"
        "3. TO ACCEPT THE MINUTES\n\n3.1 It was resolved to accept the minutes.\n"
    )
    assert items_of(text)[0] == ("1", "TO RECEIVE APOLOGIES")


def test_a_letter_before_a_title_is_not_read_as_one_where_one_is_printed():
    text = (
        "1. CALL TO ORDER\nThe Chair opened the meeting.\n"
        "I MOVED THE MINUTES\nThe minutes were approved.\n"
        "2. PUBLIC COMMENT\nThere was none.\n"
    )
    assert item_numbers(text) == ["1", "2"]


def test_a_section_title_alone_above_headings_in_capitals():
    text = (
        "Approval of Minutes\n\nThe minutes of May 13 were approved.\n\n"
        "Department Reports\n\n"
        "POLICE\n\nChief Oakes reported a quiet month.\n\n"
        "HIGHWAY\n\nThe superintendent reported on paving.\n"
    )
    assert item_titles(text) == [
        "Approval of Minutes",
        "Department Reports",
        "POLICE",
        "HIGHWAY",
    ]


def test_a_title_with_a_note_of_nothing_is_a_title_not_a_sentence_with_a_colon():
    """One "Title: none" among title lines is the business with nothing to report, not a
    sentence that happens to hold a colon."""
    text = (
        "Financial Report\n\nThe current bills were reviewed and paid.\n\n"
        "Old Business\n\nComputers have been ordered and will be in place shortly.\n\n"
        "New Business: none\n\nThe book sale is on June 19.\n"
    )
    assert [t for _, t in items_of(text)] == ["Financial Report", "Old Business", "New Business"]


def test_a_motions_credit_label_after_the_title_starts_the_minute():
    text = (
        "Item No. 1. Election of Mayor: Proposed by: Cllr. Ann Bree Seconded by: Cllr. Dan "
        "Foy And unanimously Resolved that Cllr. Joe Malin be elected Mayor.\n\n"
        "Item No. 2: Election of Deputy Mayor Proposed by: Cllr. Dan Foy Seconded by: Cllr. "
        "Pat Ross And unanimously Resolved that Cllr. Ann Bree be elected Deputy Mayor.\n"
    )
    assert items_of(text) == [
        ("Item No. 1", "Election of Mayor"),
        ("Item No. 2", "Election of Deputy Mayor"),
    ]


def test_a_sentence_with_a_time_is_no_title():
    text = (
        "PLEDGE OF ALLEGIANCE\nMayor Dunn led the Pledge of Allegiance.\n\n"
        "The meeting recessed at 8:15 p.m.\n\n"
        "PUBLIC COMMENTS\nAnn Fry addressed the council about parking on Elm Street.\n"
    )
    assert [t for _, t in items_of(text)] == ["PLEDGE OF ALLEGIANCE", "PUBLIC COMMENTS"]


def test_a_run_of_numbers_may_skip_items_that_had_no_business():
    """ "3" then "9": items 4 to 8 were not taken (no business, or taken in private);
    the run goes on."""
    text = (
        "1 OPENING\nThe Mayor declared the meeting open at 9.00am.\n\n"
        "2 APOLOGIES\nNil.\n\n"
        "3 CONFIRMATION OF MINUTES\nRESOLUTION 2021/31\nMoved: Cr Pearce\n"
        "That the minutes of the meeting held on 16 February 2021 be confirmed.\nCARRIED\n\n"
        "9 QUARTERLY BUDGET REVIEW\nRESOLUTION 2021/33\nMoved: Cr Ng\n"
        "That Council adopt the quarterly budget review.\nCARRIED\n\n"
        "10 CLOSE OF MEETING\nThe meeting closed at 10.45am.\n"
    )
    assert items_of(text) == [
        ("1", "OPENING"),
        ("2", "APOLOGIES"),
        ("3", "CONFIRMATION OF MINUTES"),  # the resolution's number below is no title's rest
        ("9", "QUARTERLY BUDGET REVIEW"),
        ("10", "CLOSE OF MEETING"),
    ]


def test_lettered_sections_and_their_items_are_one_run():
    """ "A. Opening", "A 1.", "A 2.", "B. Business", "B 1.": each section's letter heads an
    item, and its own items follow it."""
    text = (
        "A. Opening of the Meeting\n\nThe chair opened the meeting at seven.\n\n"
        "A 1. Approval of Agenda\n\nThe agenda was adopted as circulated.\n\n"
        "A 2. Approval of the Minutes\n\nThe minutes of May were approved.\n\n"
        "B. Business\n\nThe board took the business items in order.\n\n"
        "B 1. Transport Contract\n\nThe contract was renewed for a year.\n\n"
        "B 2. School Calendar\n\nThe calendar for next year was adopted.\n"
    )
    assert item_numbers(text) == ["A", "A 1", "A 2", "B", "B 1", "B 2"]


def test_numbered_paragraphs_under_title_lines_are_the_items_body():
    """Minutes that number every paragraph, sentences each, under title lines: the title
    lines head the items, and the numbers count the paragraphs within them."""
    text = (
        "1. A list of those present is given above.\n\n"
        "Minutes of the previous meeting\n\n"
        "2. The minutes of the meeting held on 3 May were approved.\n\n"
        "Matters arising\n\n"
        "3. There were no matters arising.\n\n"
        "Harbour Dredging Programme\n\n"
        "4. The harbour master reported that dredging would start in June.\n\n"
        "5. Members asked that the moorings be moved before the work began.\n\n"
        "Any other business\n\n"
        "6. No other business was raised.\n"
    )
    assert item_titles(text) == [
        "Minutes of the previous meeting",
        "Matters arising",
        "Harbour Dredging Programme",
        "Any other business",
    ]


def test_an_agenda_item_marker_alone_numbers_the_text_below_it():
    """ "Agenda Item 1" alone on its line, a question or a sentence below: the marker
    makes it an item, even though the text is no title, and members' turns ("Kim: ...")
    between the markers are its discussion."""
    text = (
        "Agenda Item 1\n(Dana) Discuss: which repairs should we propose to the trust?\n\n"
        "Dana: the trust has worked with another co-op on its roofs.\n\n"
        "Kim: doors and windows are needed most of all.\n\n"
        "Lee: it would help to see what they can offer first.\n\n"
        "Agenda Item 2\n(Lee) We need a list of the accommodations our members need\n\n"
        "Kim: large print copies of the minutes would help.\n"
    )
    assert items_of(text) == [
        ("Agenda Item 1", "(Dana) Discuss: which repairs should we propose to the trust?"),
        ("Agenda Item 2", "(Lee) We need a list of the accommodations our members need"),
    ]


def test_a_committee_systems_title_and_its_minutes_label_on_one_line_part():
    """A committee system's item rows saved as text, some with the title and the
    "Minutes:" label run onto one line: the title ends where the label starts; "Approval
    of Minutes: ..." keeps its word."""
    text = (
        "Apologies for Absence Minutes: Apologies were received from Councillor Reed.\n"
        "Councillor Shaw substituted for Councillor Reed. |\n"
        "Declarations of Interest\n"
        "To receive any declarations of interest.\n"
        "Minutes:\n"
        "There were no declarations of interest.\n"
        "Chair's Announcements Minutes: The Chair welcomed the new members to the panel.\n"
        "Approval of Minutes: The minutes of the last meeting were agreed. |\n"
    )
    assert item_titles(text) == [
        "Apologies for Absence",
        "Declarations of Interest",
        "Chair's Announcements",
        "Approval of Minutes",
    ]


def test_a_committee_systems_rows_titled_by_the_agendas_long_wording_part_at_their_label():
    """Rows of a committee system's page whose title is the agenda's long wording ("To
    receive any petitions ... of the Constitution. Minutes: ..."), and one with the link
    list's label between ("... Cabinet Additional documents: Minutes: a) Car Parking"): each
    title ends where its "Minutes:" label starts."""
    text = (
        "Minutes: Resolved: That the Minutes of the meeting held on 4 May be approved.\n"
        "Mayor's Announcements Minutes: The Mayor reported on the charity quiz, which raised "
        "over £900 for the hospice.\n"
        "To receive any questions from members of the public under paragraph 11 of Part 4 "
        "(Council Procedure Rules) of the Constitution. Minutes: No questions had been "
        "received.\n"
        "To receive any petitions submitted by members of the public under paragraph 12 of "
        "Part 4 (Council Procedure Rules) of the Constitution. Minutes: No petitions had been "
        "received.\n"
        "Matters considered by the Cabinet Additional documents: Minutes: a) Car Parking\n"
        "Councillor Bee moved and Councillor Dee seconded the recommendation from Cabinet.\n"
    )
    assert [title[:40] for title in item_titles(text)] == [
        "Mayor's Announcements",
        "To receive any questions from members of",
        "To receive any petitions submitted by me",
        "Matters considered by the Cabinet",
    ]


def test_a_list_of_initialled_names_does_not_make_the_first_item_a_contents_row():
    """Staff listed "C. Dale, Chair" under "IN ATTENDANCE" read like lettered rows with no
    text of their own; the "1.0" after them is numbered in another style, so it is no row
    of that table, and the items run 1.0, 2.0, 3.0 rather than 3.0, 3.1, 3.2."""
    text = (
        "IN ATTENDANCE\nC. Dale, Chair\nD. E. Moss, Vice Chair\nK. Lund, Trustee\n"
        "G. Marr, Trustee\nD. Abel, Secretary\n"
        "1.0\nCALL TO ORDER\nChair Dale welcomed staff and guests.\n"
        "2.0\nADOPTION OF AGENDA\nMOTION:\nLund/Marr that the agenda be approved.\nCARRIED\n"
        "3.0\nPRESENTATIONS BY SCHOOLS\n"
        "3.1\nNorth Ridge Secondary School\nStudents described their trip to the coast.\n"
        "3.2\nLakeview Middle School\nA team presented its winning video.\n"
    )
    assert items_of(text) == [
        ("1.0", "CALL TO ORDER"),
        ("2.0", "ADOPTION OF AGENDA"),
        ("3.0", "PRESENTATIONS BY SCHOOLS"),
    ]


def test_a_title_may_open_with_a_year():
    text = (
        "1. Welcome and introductions\n\nThe Commissioner welcomed the board.\n\n"
        "2. Previous minutes\n\nThe minutes were agreed.\n\n"
        "3. 2024/25 Budget monitoring\n\nThe Treasurer presented the forecast.\n\n"
        "4. 2023 Inspection report\n\nThe Chief Constable outlined the findings.\n"
    )
    assert items_of(text)[2:] == [
        ("3", "2024/25 Budget monitoring"),
        ("4", "2023 Inspection report"),
    ]


def test_a_heading_ending_meeting_minutes_does_not_run_on_into_item_one():
    """ "... in Minutes" above "15 Notice of Motion" refers to a minute; "PTO meeting
    minutes" is the document's heading, and the "1." under it heads the first item."""
    text = (
        "September 2024 PTO meeting minutes\n"
        "1. The meeting was called to order.\n"
        "2. Introductions happened. We welcomed many new families.\n"
        "3. New business: The board is revising the bylaws.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.number for item in document.items] == ["1", "2", "3"]


def test_a_capitals_title_wrapped_before_its_last_word_is_one_title():
    text = (
        "APOLOGIES\n\nNone were received.\n\n"
        "PUBLIC ADDRESS AND QUESTION\nTIME\nTwo residents asked about the river path.\n\n"
        "STREET LIGHTING\n\nThe lights on Mill Road have been repaired.\n"
    )
    assert item_titles(text) == [
        "APOLOGIES",
        "PUBLIC ADDRESS AND QUESTION TIME",
        "STREET LIGHTING",
    ]


def test_short_lines_in_sentence_case_alone_above_paragraphs_head_items():
    text = (
        "Matters arising\n\nThere were no matters arising.\n\n"
        "Feedback from the private session\n\n"
        "The Chair shared the themes raised by members in the private session.\n\n"
        "Grass cutting contract\n\nThe clerk reported that three quotes had been received.\n\n"
        "Meeting held at the village hall\n\nThe next meeting will be in the school.\n"
    )
    assert item_titles(text) == [
        "Matters arising",
        "Feedback from the private session",
        "Grass cutting contract",
    ]


def test_resolved_in_capitals_opens_a_decision_not_an_item():
    text = (
        "APOLOGIES\n\nApologies were received from two members.\n"
        "RESOLVED ON THE MOTION OF\nCOUNCILLOR REED, seconded by COUNCILLOR SHAW,\n"
        "THAT the apologies be accepted.\n\n"
        "CONFIRMATION OF MINUTES\n\nThe minutes were read.\n"
        "RESOLVED ON THE\nMOTION OF COUNCILLOR SHAW, seconded by COUNCILLOR REED,\n"
        "THAT the minutes be confirmed.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == ["APOLOGIES", "CONFIRMATION OF MINUTES"]
    assert all(item.decisions for item in items)


def test_numbers_in_cells_of_their_own_number_the_titles_in_the_next():
    """A decision summary table saved a cell a line: "1.1 |" then "Call to Order |"."""
    text = (
        "ITEM |\n|\nDECISION |\n||||\n|\n1.1 |\nCall to Order |\n|\n"
        "Mayor Ruiz called the meeting to order at 9:35 a.m. |\n|\n"
        "1.2 |\nAdoption of Agenda |\n|\nThat the agenda be adopted. |\nCarried |\n|\n"
        "1.3 |\nAdoption of Minutes |\n|\nThat the minutes of 7 November be adopted. |\n"
        "Carried |\n"
    )
    assert items_of(text) == [
        ("1.1", "Call to Order"),
        ("1.2", "Adoption of Agenda"),
        ("1.3", "Adoption of Minutes"),
    ]


def test_people_listed_with_their_posts_are_no_report_labels():
    """In a document of "Title: text" paragraphs, weak labels still head items
    ("Cemetery: No report"); "Dr. Asha Rao : Principal" names a person and her post."""
    text = (
        "Dr. Asha Rao : Principal-Cum-Chair\n\n"
        "Smt. Meena Joshi : Coordinator\n\n"
        "Library: The librarian reported that new journals had been ordered.\n\n"
        "Examinations: The schedule for the winter term was reviewed and approved.\n\n"
        "Sports: The college team reached the regional final this month.\n\n"
        "Cemetery: No report\n"
    )
    assert item_titles(text) == [
        "Library",
        "Examinations",
        "Sports",
        "Cemetery",
    ]


@pytest.mark.parametrize(
    "heading",
    ["Agreed Report of Board of Management Meeting:", "Minutes of Glenvale Residents Meeting"],
)
def test_a_line_naming_this_meeting_is_its_heading_not_an_item(heading):
    text = (
        f"Monday, 25 August 2025\n\n{heading}\n\n"
        "Opening Prayer:\n\nThe meeting began with a prayer.\n\n"
        "Finance:\n\nThe accounts for the term were approved.\n\n"
        "Correspondence:\n\nRequests for leave were considered.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "Opening Prayer",
        "Finance",
        "Correspondence",
    ]


def test_a_title_stopping_on_a_connective_goes_on_to_the_next_lines_first_stop():
    text = (
        "A. Approval of the Minutes of the October Meeting\n\nApproved as presented.\n\n"
        "B. Receipt of Items of\nCorrespondence. (None were received this month.)\n\n"
        "C. Discussion of the District Rate Study\n\nThe study was reviewed.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items][1] == "Receipt of Items of Correspondence"
    assert items[1].body.startswith("(None were received")


def test_a_title_going_on_below_keeps_a_note_in_brackets_that_ends_the_line():
    text = (
        "7.\n\nConsideration of any Executive Decision called in to the\n"
        "Committee (if applicable)\n\nNone had been called in.\n\n"
        "8.\n\nWork Programme\n\nThe programme was noted.\n"
    )
    titles = item_titles(text)
    assert (
        titles[0]
        == "Consideration of any Executive Decision called in to the Committee (if applicable)"
    )


def test_the_number_a_sequence_skips_heads_an_item_however_its_text_reads():
    """ "2" then "4": the "3" between them heads an item even where its text alone reads
    as no title (a sentence with a date, a month first); a number printed under a title
    in capitals is left to that title."""
    text = (
        "1 Welcome and Apologies\n\nThe chair welcomed members.\n\n"
        "2 Declarations of Interest\n\nNone were made.\n\n"
        "3 Minutes from the Meeting held on January the 9th 2018 were read and agreed.\n\n"
        "4 Matters arising from the minutes\n\nThe bench has been repaired.\n\n"
        "5.\nMarch 2018 meeting minutes\nwere approved as written.\n\n"
        "6 Treasurer's report\n\nThe balance is £2,140.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4", "5", "6"]


def test_asterisks_are_bullets_before_titles():
    text = (
        "* Call to Order:\nChair Rae Burns called the meeting to order at 7:03 pm.\n"
        "* Confirmation of Agenda:\nThe agenda was confirmed.\n"
        "* Adoption of Minutes:\nMotion 2024-19\nMoved by: Sam Smith Seconded by: Tom Gray\n"
        "That the minutes of the March meeting be adopted.\n"
        "* Business Arising from the Minutes:\nThe committee set a meeting for May.\n"
    )
    assert item_titles(text) == [
        "Call to Order",
        "Confirmation of Agenda",
        "Adoption of Minutes",
        "Business Arising from the Minutes",
    ]


def test_roman_numerals_in_a_margin_column_number_the_titles_beside_them():
    text = (
        "I               CONSTITUTE\n\nThe meeting was constituted with prayer.\n\n"
        "II              ATTENDANCE AND APOLOGIES\n\nThere were 8 elders in attendance.\n\n"
        "III             CORRESPONDENCE\n\nThe clerk read a card of thanks.\n"
    )
    assert items_of(text) == [
        ("I", "CONSTITUTE"),
        ("II", "ATTENDANCE AND APOLOGIES"),
        ("III", "CORRESPONDENCE"),
    ]


def test_flattened_sections_in_roman_numerals_without_their_stops():
    """ "... Open Forum. I DECLARATION OF PECUNIARY INTEREST ... II APPROVAL OF THE AGENDA
    ...", after "OTHER ATTENDEES", a label of the attendance in capitals, not an item."""
    text = (
        "MINUTES - Council - 20190312 TOWN OF ELMWOOD COUNCIL MEETING MINUTES Council "
        "Chambers Tuesday, March 12, 2019 ATTENDANCE COUNCIL MEMBERS Mayor Bee in the Chair; "
        "Councillors Dee, Fay and Gee MEMBERS ABSENT None OTHER ATTENDEES Chief "
        "Administrative Officer, Town Clerk and Council Secretary Mayor Bee called the "
        "meeting to order at 7:00 p.m. following Open Forum. I DECLARATION OF PECUNIARY "
        "INTEREST AND GENERAL NATURE THEREOF Councillor Dee declared a pecuniary interest in "
        "the item on the arena lease and left the room while it was discussed by the members. "
        "II APPROVAL OF THE AGENDA Moved by Councillor Fay Seconded by Councillor Gee THAT "
        "the agenda as circulated by the Clerk be approved. CARRIED\n"
    )
    assert items_of(text) == [
        ("I", "DECLARATION OF PECUNIARY INTEREST AND GENERAL NATURE THEREOF"),
        ("II", "APPROVAL OF THE AGENDA"),
    ]


def test_flattened_labels_with_a_date_or_after_the_label_before_s_none():
    """ "... roll call. Approval of Minutes of May 6, 2019: Motion by ...", "... Reports:
    None Old Business:None Public Comment: None ...": each label heads an item, the date
    kept in its title, the first after the list of who was present; "Meeting Minutes - PB"
    over them is the document's title."""
    text = (
        "Meeting Minutes - PB\nPlanning Board Meeting Tuesday, May 20, 2019 7:30 P.M. Members "
        "Present: Ann Bee, Chair, Cy Dee, Flo Fay Others Present: Gus Gee, Secretary Call to "
        "Order: Meeting called to order at 7:30 p.m. by the Chair. Review Agenda: No changes "
        "were made to the agenda. Approval of Minutes of May 6, 2019: Motion by Cy and second "
        "by Flo to approve the minutes of May 6, 2019. All in favor. So approved. New Business: "
        "The board reviewed the sign permit for the store on Main Street and asked for a "
        "drawing. Reports: None Old Business:None Public Comment: None Motion by Cy to adjourn "
        "at 8:00 p.m. All in favor.\n"
    )
    assert item_titles(text) == [
        "Call to Order", "Review Agenda", "Approval of Minutes of May 6, 2019", "New Business",
        "Reports", "Old Business", "Public Comment",
    ]  # fmt: skip


def test_a_lone_label_in_capitals_after_titles_in_capitals_heads_an_item():
    text = (
        "ELM TOWNSHIP\n\nTOWNSHIP COMMITTEE MEETING MINUTES\n\nMay 4, 2023 7:00 P.M.\n\n"
        "CALL TO ORDER\n\nMayor Bee called the meeting to order at 7:00 p.m.\n\n"
        "FLAG SALUTE\n\nLed by Mayor Bee.\n\n"
        "OPEN MEETINGS STATEMENT: The provisions of the Open Public Meetings Act have been "
        "met and notice was given to the newspapers.\n\n"
        "PUBLIC COMMENT\n\nThere were no comments this evening.\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER", "FLAG SALUTE", "OPEN MEETINGS STATEMENT", "PUBLIC COMMENT",
    ]  # fmt: skip


def test_a_report_from_a_county_councillor_keeps_the_name_in_its_title():
    text = (
        "5. Open Public Session\n5.1. Report from the Police\n5.1.1. No report was received.\n\n"
        "5.2. Report from County Councillor Ann Bee\n5.2.1. Cllr Bee sent a report.\n\n"
        "5.3. Report from Ward Councillor Cy Dee\n5.3.1. Cllr Dee sent apologies.\n"
    )
    assert item_titles(text) == [
        "Open Public Session", "Report from the Police", "Report from County Councillor Ann Bee",
        "Report from Ward Councillor Cy Dee",
    ]  # fmt: skip


def test_items_numbered_in_small_roman_numerals_however_bracketed():
    text = (
        "Minutes of the Council meeting held on Monday 12th May 2025 at the Village Hall.\n\n"
        "(i) Public Comment\n\nNo public comments.\n\n"
        "ii)Report from the Police\nTwo thefts were reported.\n\n"
        "iii) Apologies\nCouncillor A. Bee.\n\n"
        "(iv) Declarations of Interest:\nThere were none.\n"
    )
    assert items_of(text) == [
        ("i", "Public Comment"), ("ii", "Report from the Police"), ("iii", "Apologies"),
        ("iv", "Declarations of Interest"),
    ]  # fmt: skip


def test_a_short_line_in_mixed_case_among_titles_in_capitals_is_a_wrapped_sentence():
    """ "The Senior" / "Manager of Finance conducted ...": a narrow column's first words, in
    minutes whose headings are all in capitals."""
    text = (
        "CALL TO ORDER\nThe\nChief Officer called the meeting to order.\n"
        "INAUGURATION OF BOARD MEMBERS\nThe Senior\nManager of Finance conducted the "
        "inauguration of the members.\nELECTION OF CHAIRPERSON\nDirector Bee was elected "
        "by acclamation.\nELECTION OF DEPUTY CHAIRPERSON\nDirector Dee was elected.\n"
        "TRANSIT SERVICE REVIEW\nThe board received the report.\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER", "INAUGURATION OF BOARD MEMBERS", "ELECTION OF CHAIRPERSON",
        "ELECTION OF DEPUTY CHAIRPERSON", "TRANSIT SERVICE REVIEW",
    ]  # fmt: skip


def test_titles_wrapped_in_a_narrow_cell_are_whole_and_a_division_s_sides_are_no_items():
    """ "AUDIO" / "RECORDING OF COUNCIL MEETING", "APOLOGIES" / "/ leave of absence": a
    narrow cell's lines of one title; "FOR: ..." and "AGAINST: Nil" are a vote's sides."""
    text = (
        "NATIONAL\nANTHEM\nOPENING\nPRAYER\nPastor Ann Bee of Hill Church, opened the meeting "
        'in prayer.\nABORIGINAL\nRECOGNITION\nStatement by the Chairman:\n"We acknowledge the '
        'traditional owners of these lands."\nFIRE\nEVACUATION PROCEDURES\nStatement by the '
        'Chairman:\n"Exits are at the rear of the chamber."\n'
        'AUDIO\nRECORDING OF COUNCIL MEETING\nStatement by the Chairman:\n"I '
        "advise all present that tonight's meeting is being recorded.\"\nAPOLOGIES\n/ leave of "
        "absence\nRESOLVED ON THE MOTION OF COUNCILLOR DEE, seconded by COUNCILLOR FAY, THAT "
        "the apology from Councillor Gee be accepted.\nFOR: Councillors Bee, Dee and Fay\n"
        "AGAINST: Nil\nPUBLIC FORUM\nNo members of the public addressed the meeting.\n"
    )
    assert item_titles(text) == [
        "NATIONAL ANTHEM", "OPENING PRAYER", "ABORIGINAL RECOGNITION", "FIRE EVACUATION PROCEDURES",
        "AUDIO RECORDING OF COUNCIL MEETING", "APOLOGIES / leave of absence", "PUBLIC FORUM",
    ]  # fmt: skip


def test_flattened_known_business_keeps_the_date_that_ends_its_title():
    filler = "The committee discussed the charter language at length and agreed to return. " * 3
    text = (
        "Charter Review Committee Thursday, May 9, 2019 7:00 PM Present: Ann Bee, Chairman "
        "Mr. Bee called the meeting to order at 7:08 PM. Approval of Minutes of April 11, 2019 "
        f"Mr. Dee moved to approve the Minutes. Seconded by Mr. Fay and carried. {filler}"
        "Approval of Minutes of April 25, 2019 Mr. Fay moved to approve the Minutes as revised. "
        f"Seconded by Mr. Dee and carried. {filler}Old Business The committee reviewed Section "
        f"5.05 again. {filler}\n"
    )
    assert item_titles(text)[:2] == [
        "Approval of Minutes of April 11, 2019", "Approval of Minutes of April 25, 2019",
    ]  # fmt: skip


def test_a_heading_in_capitals_after_its_time_with_its_text_after_a_dash():
    text = (
        "REGULAR MEETING OF THE BOARD OF COUNTY COMMISSIONERS\n\nTuesday May 6, 2025\n\n"
        "ALL PRESENT: Commissioner Bee, Chair; Commissioners Dee and Fay.\n\n"
        "9:30 a.m. RECOGNITION - Cy Gee - Road Department - 20 Years of Service.\n\n"
        "9:30 a.m. PUBLIC HEARING – A.) Resolution 25-59 Adopting the Budget. Commissioner Bee "
        "opened the Public Hearing. Hearing no comments Commissioner Bee closed it.\n\n"
        "9:45 a.m. ZONE CHANGE HEARINGS - Zone Change 725 on Mill Lane was approved.\n"
    )
    assert item_titles(text) == ["RECOGNITION", "PUBLIC HEARING", "ZONE CHANGE HEARINGS"]


def test_a_resolution_opening_that_in_capitals_is_no_item_among_titles_in_capitals():
    text = (
        "ELM COUNCIL\n\nOrdinary Council Meeting, 24 August 2021\n\nAPOLOGIES:\n\n"
        "Motion: (Bee/Dee)\n\nTHAT apologies from Councillor Fay be accepted.\n\n"
        "Motion Carried\n\nDISCLOSURES OF INTERESTS\n\nCouncillor Gee declared an interest "
        "in Item 28.\n\nMotion: (Dee/Bee)\n\nTHAT Council note the disclosure of interest.\n\n"
        "Motion Carried\n\nCONFIRMATION OF MINUTES\n\nMotion: (Bee/Gee)\n\n"
        "THAT the Minutes of the meeting held on 3 August 2021 be confirmed.\n\nMotion Carried\n"
    )
    assert item_titles(text) == ["APOLOGIES", "DISCLOSURES OF INTERESTS", "CONFIRMATION OF MINUTES"]


def test_a_note_in_capitals_before_the_first_title_in_capitals_is_no_item():
    text = (
        "ELM SCHOOL COMMITTEE\n\nMinutes of Meeting, April 11, 2019\n\n"
        "RECORDER NOTE: Minutes transcribed after the fact from the live recording.\n\n"
        "CALL TO ORDER\n\nThe chair called the meeting to order at 7:00 p.m.\n\n"
        "BUDGET UPDATE\n\nThe business manager presented the budget.\n\n"
        "BUILDING PROJECT\n\nThe architect reported on the roof.\n\n"
        "POLICY REVIEW\n\nThe committee reviewed two policies.\n"
    )
    assert "RECORDER NOTE" not in item_titles(text)


def test_a_verbatim_transcript_s_speakers_in_capitals_are_no_items():
    """ "COUNCILMEMBER DEE: Present.": who speaks in a verbatim transcript, once or often."""
    text = (
        "CITY OF ELMWOOD\nCITY COUNCIL MEETING\nMINUTES\nOctober 12, 2015\n\n"
        "A. ROLL CALL\n\nCOUNCILMEMBER BEE: Good evening and welcome. Councilmember Dee?\n\n"
        "COUNCILMEMBER DEE: Present.\n\nCOUNCILMEMBER BEE: Councilmember Fay?\n\n"
        "COUNCILMAN FAY: Here.\n\nB. PLEDGE OF ALLEGIANCE\n\nCOUNCILMEMBER BEE: Please "
        "rise.\n\nC. CONSENT AGENDA\n\nALDERMAN GEE: I move the consent agenda.\n"
    )
    assert items_of(text) == [
        ("A", "ROLL CALL"), ("B", "PLEDGE OF ALLEGIANCE"), ("C", "CONSENT AGENDA"),
    ]  # fmt: skip


def test_a_roll_call_vote_in_minutes_of_labels_is_the_item_s_text():
    text = (
        "ELM PUBLIC LIBRARY DISTRICT\nBoard Meeting, November 25, 2008\n\n"
        "ROLL CALL: Present: Mr. Bee, Mrs. Dee, Ms. Fay. Absent: None.\n\n"
        "AGENDA: Mrs. Dee moved to approve the agenda, seconded by Mr. Bee.\n"
        "Roll Call: Aye: Bee, Dee, Fay. Nay: -0- Abstain: -0- Motion carried.\n\n"
        "BILLS: Mr. Bee moved to pay the bills of $12,400, seconded by Ms. Fay.\n"
        "Roll Call: Aye: Bee, Dee, Fay. Nay: -0- Abstain: -0- Motion carried.\n\n"
        "REPORTS: The director reported on the new roof.\n"
    )
    assert item_titles(text) == ["ROLL CALL", "AGENDA", "BILLS", "REPORTS"]


def test_a_flattened_numbered_label_in_capitals_keeps_its_number():
    """ "... at 5:35pm. 2. INVOCATION: ANN BEE Mr. Bee gave ...": the label after its own
    number is not a label after a sentence."""
    text = (
        "CITY OF ELMWOOD REGULAR CITY COUNCIL MEETING MINUTES SEPTEMBER 17, 2019 CITY COUNCIL "
        "PRESENT: Mayor Cy Dee and Councilmembers Flo Fay and Gus Gee. WORK SESSION: 1. CALL TO "
        "ORDER Work Session was called to order by Mayor Cy Dee at 5:35pm. 2. INVOCATION: ANN "
        "BEE Mr. Bee gave the invocation. Mayor Dee led the pledges of allegiance to the flags. "
        "3. CHAMBER OF COMMERCE UPDATE The chairman of the chamber gave an update on the "
        "business survey and the holiday events planned downtown this year. 4. PARK UPDATE The "
        "director provided an update on the park project and its opening in the spring.\n"
    )
    assert items_of(text)[:3] == [
        ("1", "CALL TO ORDER"), ("2", "INVOCATION: ANN BEE"), ("3", "CHAMBER OF COMMERCE UPDATE"),
    ]  # fmt: skip


def test_the_agenda_s_wording_runs_on_past_e_g_to_its_full_stop():
    text = (
        "159/19 To agree any actions needed in light of the advice to councils e.g. delegation "
        "to the clerk and decisions by e mail.\nThe following resolutions were passed.\n\n"
        "160/19 To note the date of the next meeting.\nIt will be on 4 May.\n"
    )
    assert item_titles(text) == [
        "To agree any actions needed in light of the advice to councils e.g. delegation to the "
        "clerk and decisions by e mail.",
        "To note the date of the next meeting.",
    ]


def test_apologies_with_none_inside_the_heading_s_attendance_is_no_item():
    text = (
        "ELM CITY COUNCIL\nHarbour Community Board\nMinutes of the meeting held on Monday 18 "
        "November 2019 commencing at 6.30pm\n PRESENT:        Ms A Bee (Chair)      Mr C Dee\n\n"
        "APOLOGIES:            There were no apologies.\n\nIN ATTENDANCE:        Mayor F Fay\n"
        "Mrs G Gee, Minute Taker\n\nPUBLIC BUSINESS\n\n1.       APOLOGIES\n\n"
        "There were no apologies.\n\n2.       DECLARATIONS OF INTEREST\n\nThere were none.\n"
    )
    assert items_of(text) == [("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST")]


def test_the_minutes_sign_off_is_no_item():
    text = (
        "Elmwood Selectboard\nMarch 6, 2017\n\n"
        "APPROVE MINUTES: Ann moved to approve the minutes. The motion carried.\n\n"
        "ROAD REPORT: The grader is repaired.\n\n"
        "ADJOURN: 8:56 P.M.\n\n"
        "MINUTES respectfully submitted by Cy Dee, Secretary\n"
    )
    assert item_titles(text) == ["APPROVE MINUTES", "ROAD REPORT", "ADJOURN"]


def test_a_first_roman_numeral_printed_alone_and_without_its_stop_heads_item_one():
    """ "I" / "CALL TO ORDER" / "the Meeting was called ...", then "II." / "ROLL CALL": the
    first numeral lost its stop, and the sentence in lower case below a whole title in
    capitals is its text, not the title's rest."""
    text = (
        "Town of Elmwood\nFinance Committee\nWednesday, May 3, 2023\n"
        "I\nCALL TO ORDER\nthe Meeting was called to order by Councilor Bee at 5:00 p.m.\n"
        "at the Town Hall.\nII.\nROLL CALL\nCouncilor Ann Bee\nCouncilor Cy Dee\n"
        "III.\nPUBLIC COMMENTS\nNone.\n"
    )
    assert items_of(text) == [
        ("I", "CALL TO ORDER"), ("II", "ROLL CALL"), ("III", "PUBLIC COMMENTS"),
    ]  # fmt: skip


def test_small_letters_lettered_again_under_each_number_are_its_points():
    text = (
        "1. MINUTES OF LAST MEETING.\na) Approval of the minutes of 21 September\n\n"
        "2. MATTERS ARISING.\na) Travel shirts for the players\nb) Waste bins at the ground\n"
        "c) Letter to the league\nd) Late kick off fine\ne) Bar contract review\n\n"
        "3. CORRESPONDENCE.\na) Request from a supporter\n"
    )
    assert item_numbers(text) == ["1", "2", "3"]


def test_bullets_with_a_numbered_title_among_them_are_headings_printed_two_ways():
    """Title lines behind bullets, and one printed "7." among them: the bullets are no
    outline of their own, and the numbered title heads its item with its number."""
    text = (
        "- APOLOGIES FOR ABSENCE\nMr Reed sent his apologies.\n"
        "- MINUTES OF PREVIOUS MEETING\nThe minutes were agreed and signed.\n"
        "- DECLARATION OF INTEREST\nNone were declared.\n"
        "- MATTERS ARISING\nThe road sign has been put up.\n"
        "7. Association subscription\nMrs Hale proposed payment of the subscription.\n"
        "- Risk Assessment\nThe clerk presented the risk assessment.\n"
        "- Statement of internal control\nThe statement was agreed.\n"
        "- Accounts 2020/21\nThe accounts were presented.\n"
    )
    items = items_of(text)
    assert ("7", "Association subscription") in items
    assert ("", "Risk Assessment") in items


def test_a_numbered_heading_in_two_languages_is_no_tables_header_row():
    text = (
        "Presennol / Present: Cllrs B. Jones (chair), M. Wynne, A. Davies.\n"
        "Hefyd yn bresennol / In attendance: Mrs M. Rees (clerk).\n"
        "20/38 YMDDIHEURIADAU / APOLOGIES\n"
        "Cafwyd ymddiheuriadau / Apologies were received from Cllr L. Hughes.\n"
        "20/39 DATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST\n"
        "There were no declarations of interest.\n"
        "20/40 COFNODION / MINUTES\n"
        "The minutes of the meeting held on 19th January 2021 were accepted.\n"
    )
    assert item_numbers(text) == ["20/38", "20/39", "20/40"]


def test_a_title_broken_at_its_hyphen_is_made_whole_and_a_voice_vote_is_no_title():
    text = (
        "3. Consent Agenda\n\nThe consent agenda was approved.\n\nVoice vote\n\n"
        "All members voted aye. Motion carried.\n\n"
        "4. Council Communications, Reports, Announcements and Housing and Redevelop-\n"
        "ment Authority (HRA) Report\n\nCouncil members gave their reports.\n\n"
        "5. Adjournment\n\nThe meeting adjourned at 9 pm.\n"
    )
    assert item_titles(text) == [
        "Consent Agenda",
        "Council Communications, Reports, Announcements and Housing and Redevelopment "
        "Authority (HRA) Report",
        "Adjournment",
    ]


def test_the_agendas_long_wording_parts_from_the_minute_at_a_dash():
    """ "To Elect the Chairman ... of Office – Cllr Wood was nominated ...": the agenda's
    wording, however long, ends at the dash before the minute; "DECIDED:" is a label."""
    text = (
        "1   To Elect the Chairman of the Council and receive the Chairman's Declaration of "
        "Acceptance of Office – Cllr Wood was nominated by Cllr Hale for the position of "
        "Chairman. This was seconded and agreed.\n\n"
        "2   Budget Monitoring\nThe report was considered.\nDECIDED:\n"
        "(a) That the report be noted.\n"
    )
    assert item_titles(text) == [
        "To Elect the Chairman of the Council and receive the Chairman's Declaration of "
        "Acceptance of Office",
        "Budget Monitoring",
    ]


def test_a_short_title_with_a_year_and_a_full_stop_is_a_title_line():
    text = (
        "Apologies: J. Tucker.\n\nChairman's Report 2019.\n\n"
        "The Parish Council debated 21 planning applications this year.\n\n"
        "Finance: The accounts were presented for inspection.\n"
    )
    assert "Chairman's Report 2019" in item_titles(text)


def test_a_short_title_goes_on_over_a_line_starting_in_lower_case():
    text = (
        "B. Approval of Operations Warrants/Online\npayments and Construction Warrants\n\n"
        "Approved as presented.\n\n"
        "C. Correspondence\na. the letter from the league was read.\n"
    )
    titles = item_titles(text)
    assert titles == [
        "Approval of Operations Warrants/Online payments and Construction Warrants",
        "Correspondence",
    ]


def test_flattened_sections_lettered_a_b_c_are_broken_apart():
    text = (
        "CITY COUNCIL REGULAR MEETING -JANUARY 28, 1985 RECREATION HALL -7:30 P.M. ROLL CALL "
        "PLEDGE OF ALLEGIANCE A. PUBLIC HEARINGS, REPORTS & APPEARANCES A-1 ORDINANCE NO. 269 "
        "AMENDING CERTAIN SECTIONS OF THE MUNICIPAL CODE -FIRST READING A-2 STUDY SESSION ON "
        "RESERVE FUNDS B. UNFINISHED BUSINESS NONE C. NEW BUSINESS C-1 QUARTERLY REPORT ON "
        "WATER PROJECTS C-2 REPORT ON WELL RELOCATION STUDY D. CONSENT CALENDAR D-1 APPROVAL OF "
        "MINUTES FOR THE MEETING OF JANUARY 14, 1985 E. ADJOURNMENT THE MEETING ADJOURNED AT "
        "9:50 P.M."
    )
    numbers = item_numbers(text)
    assert numbers[:5] == ["A", "B", "C", "D", "E"]


def test_a_flattened_agenda_lettered_in_title_case_outweighs_the_numbers_of_its_reports():
    """A board's agenda run into one paragraph, lettered A to H in title case (the first
    title a one-letter word: "A. O Canada"), its reports numbered 6 to 8 under "G. Reports"
    (the numbers of the board's papers): the letters are the items, not the reports."""
    text = (
        "1 Quillan School District No. 4 Board Meeting #12 Tuesday, March 4, 2014 2:00 p.m. "
        "A. O Canada B. Roll Call C. Approval of the Agenda D. Communications from the Board "
        "Chair E. Minutes 1. Board Meeting #11 February 18, 2014 F. Comments from the Public "
        "(NOTE: Registration with the Board Office is required by noon to speak.) G. Reports "
        "6. Actions Taken Under Delegation of Authority (Information) 7. Trustee Absence NOTE: "
        "This report has been withdrawn. 8. Student Transport (Information - Response to "
        "Request #12) H. Adjournment\n\n"
        "2 Board Meeting #11 Minutes of the Board Meeting of the Trustees of the Quillan School "
        "District No. 4 held in the Board Room on Tuesday, February 18, 2014 at 2:00 p.m. "
        "Present: Trustees Ann Bee, Carl Dee, Erin Fay"
    )
    assert item_numbers(text)[:8] == ["A", "B", "C", "D", "E", "F", "G", "H"]


def test_flattened_sections_numbered_in_roman_glued_to_their_titles_are_broken_apart():
    """A commission's minutes run into one line, each section's Roman numeral glued to
    its title in capitals ("II.ROLL CALL"), the staff report's points numbered 1 to 4 under
    one of them: the numerals count the items."""
    text = (
        "03/05/2019 Planning Commission Regular Meeting of MARCH 5, 2019 I.PLEDGE OF "
        "ALLEGIANCE Chair Bee called the meeting to order at 6:30 p.m. II.ROLL CALL Ann Bee "
        "Chair Present Carl Dee Commissioner Present III.APPROVAL OF MINUTES The minutes of "
        "February 5, 2019 were approved. IV.PUBLIC HEARINGS Zoning Amendment for Elm Street. "
        "1.Staff Report: Erin Fay, Senior Planner 2.Public Comment 3.Commission Discussion "
        "4.Possible Action: a)Motion to recommend the amendment V.OLD BUSINESS None."
    )
    assert item_numbers(text) == ["I", "II", "III", "IV", "V"]


def test_flattened_sections_numbered_in_bracketed_roman_glued_to_their_titles():
    """The same in brackets ("(II)MAYOR PUBLIC ANNOUNCEMENTS"), as a records viewer runs a
    city council's minutes onto one line, commas and words without their spaces."""
    text = (
        "MINUTES March 6,2023 REGULAR CITY COUNCIL MEETING CITY OF BRANTVILLE,OHIO Monday,"
        "March 6th,2023 Present:Councilmember Abel Councilmember Birch Absent:Councilmember "
        "Cole (I)CALL TO ORDER Mayor Jo Penn called the meeting to order at 7:00 p.m. (II)MAYOR "
        "PUBLIC ANNOUNCEMENTS Mayor Jo Penn thanked the volunteers of the spring fair. "
        "(III)PUBLIC COMMENT Two residents spoke about parking on Elm Street. (IV)CONSENT "
        "AGENDA Councilmember Abel moved to approve the consent agenda. The motion carried. "
        "(V)ADJOURNMENT The meeting adjourned at 8:10 p.m."
    )
    assert item_numbers(text) == ["(I)", "(II)", "(III)", "(IV)", "(V)"]


def test_flattened_known_business_in_title_case_is_broken_out():
    text = (
        "2015-02-19 Cemetery Board Minutes Elmvale Memorial Cemetery Board Meeting Minutes "
        "February 19, 2015 Anderson Center, Room 113 Call to Order The meeting was called to "
        "order by Jerry Vance at 4:00 pm. Approval of Minutes The January minutes were approved "
        "so motioned by Dale and Pat. Old Business The Memorial Day Committee will continue to "
        "meet every first Monday and the notes of the last meeting were presented to the board. "
        "New Business The sum of $300.00 was approved for the sound system. Announcements One "
        "more board member is needed. Adjournment The meeting was adjourned at 5:17 pm and the "
        "next meeting will be held on March 19, 2015 at the center as usual for the board."
    )
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles == [
        "Call to Order",
        "Approval of Minutes",
        "Old Business",
        "New Business",
        "Announcements",
        "Adjournment",
    ]


def test_a_list_whose_numbers_stand_alone_above_their_text_stays_a_list():
    """ "Councillors declared interests as follows:" then "(1)" / "Councillor Bee declared
    ...", "(2)" / ...: the entries of one list inside item 32, not a run of items."""
    entry = (
        "Councillor {} declared a personal interest in agenda item 17({}) (Motion on Notice {} "
        "– Market Notice Board) as he was a licensed badgeholder. (Minute 48({}) refers)."
    )
    declarations = "".join(
        f"({n})\n\n{entry.format(name, n, n, n)}\n\n"
        for n, name in enumerate(
            [
                "Asha Bee",
                "Asha Bee",
                "Asha Bee",
                "Tom Dee",
                "Tom Dee",
                "Ian Fox",
                "Ian Fox",
                "Ian Fox",
            ],
            1,
        )  # fmt: skip
    )
    text = (
        "31.\n\nMinutes\n\nMinutes:\n\nCouncil resolved to approve the minutes.\n\n"
        "32.\n\nDeclarations of Interest\n\nMinutes:\n\n"
        "Councillors declared interests as follows:\n\n" + declarations
    )
    assert item_numbers(text) == ["31", "32"]


def test_a_votes_nay_none_does_not_end_its_paragraph():
    """Untitled paragraphs, each with its vote ("Aye: ...", "Nay: None") and the chair's
    ruling: the items are the paragraphs; "Nay: None" is no note ending one, and the
    ruling cut off by the page's end is no title line."""
    vote = "Aye: Dunn, Garner, Hale and Wicker\nNay: None\n"
    ruling = "The Chairperson ruled the motion had been adopted unanimously.\n"
    text = (
        "The Board reviewed the draft of the minutes of the regular\nNovember 15, 1993, "
        "Board of Commissioners meeting. Commissioner Dunn moved to approve the minutes.\n"
        + vote
        + ruling
        + "The Board reviewed the draft of the minutes of the regular\nNovember 18, 1993, "
        "Finance Committee meeting. Commissioner Hale moved to approve the minutes.\n"
        + vote
        + ruling
        + "The Board considered approval of the agenda. Commissioner Garner moved to approve "
        "the agenda as printed.\n" + vote + "The Chairperson ruled the moti"
    )
    document = parse_bytes((HEADER + text).encode(), "minutes.txt")
    titles = [item.title for item in document.items]
    assert document.meeting.structure == "paragraphs"
    assert "The Board considered approval of the agenda" in titles


def test_minute_references_glued_to_their_text_and_numbered_of_the_year():
    text = (
        "NP/23/20There were no apologies for absence.\n"
        "NP/24/20There were no declarations of interest.\n"
        "NP/25/20There were no members of the public in attendance\n"
        "NP/26/20Matters Arising and brief update\n"
        "Confirmation was received that the consultation can go ahead.\n"
    )
    assert item_numbers(text) == [
        "NP/23/20", "NP/24/20", "NP/25/20", "NP/26/20",
    ]  # fmt: skip


def test_minute_numbers_of_the_year_alone_on_their_lines_are_no_page_counters():
    """ "1/17", "2/17" a few lines apart are minutes 1 and 2 of 2017; a page counter
    ("3/7") stands a page's text apart from the next."""
    text = (
        "Items\nNo. Item\n\n1/17\n\nApologies for Absence\n\nMinutes:\n\n"
        "There were no apologies.\n\n2/17\n\nDeclarations of Interest\n\nMinutes:\n\n"
        "There were no declarations.\n\n3/17\n\nMinutes\n\nMinutes:\n\n"
        "The minutes were approved.\n"
    )
    assert item_numbers(text) == ["1/17", "2/17", "3/17"]


def test_items_lettered_after_their_number_stand_in_for_the_number():
    text = (
        "1a\n\nApologies\n\nMinutes:\n\nApologies were reported from two members.\n\n"
        "1b\n\nDeclarations of Interest\n\nMinutes:\n\nNo declarations were reported.\n\n"
        "2.\n\nRestricted Items\n\nMinutes:\n\nThe press and public were excluded.\n\n"
        "3.\n\nUpdate on the Arts Centre\n\nMinutes:\n\nThe Committee noted the update.\n"
    )
    assert item_numbers(text) == ["1a", "1b", "2", "3"]


def test_points_lettered_after_their_number_and_a_stop_are_read_as_points():
    """ "1.a Attendance" is point a of item 1, as "1a" is, not item 1 titled "a Attendance";
    a point of a point ("2.a.i") stays in its point's text."""
    text = (
        "1 Attendance and apologies\n\n1.a Attendance\n\nMembers: Ann Bee, Carl Dee\n\n"
        "1.b Apologies\n\nGus Hay sent apologies.\n\n2 Police report\n\n"
        "The written report was noted.\n\n2.a Antisocial behaviour\n\n"
        "Two reports near the park were discussed.\n\n2.a.i Park gates\n\n"
        "The gates will be locked at dusk.\n\n3 Planning\n\nNo new applications.\n"
    )
    assert items_of(text) == [
        ("1", "Attendance and apologies"),
        ("1.a", "Attendance"),
        ("1.b", "Apologies"),
        ("2", "Police report"),
        ("2.a", "Antisocial behaviour"),
        ("3", "Planning"),
    ]


def test_titles_with_a_dash_glued_to_their_text_after_a_space():
    text = (
        "Minutes -The minutes of the June meeting were read and approved.\n"
        "Circulation -Circulation for June was 4,176, down 2% on last year.\n"
        "Parade -A motion was passed to buy a gift certificate for the wagon.\n"
        "Plan Of Service -The board reviewed the plan of service for the year.\n"
    )
    assert item_titles(text) == [
        "Minutes", "Circulation", "Parade", "Plan Of Service",
    ]  # fmt: skip


def test_an_agenda_listed_before_the_minutes_gives_way_to_the_minutes_headings():
    """The agenda's list is the longest run of numbers, but its entries have nothing under
    them; the minutes number their headings again from the start and repeat its titles."""
    text = (
        "2.Declarations of interest\n3.Report of the bursar\n4.Minutes of the last meeting\n"
        "5.Matters arising\n6.Head teacher's report\n7.Safeguarding report\n"
        "8.Premises and grounds\n9.Governor training\n10.Any other business\n"
        "1. Apologies\n1.1 Apologies were received from Mrs Dale and Mr Orme.\n"
        "2. Declarations of interest\n2.1 None were declared.\n"
    )
    assert items_of(text) == [("1", "Apologies"), ("2", "Declarations of interest")]


def test_a_list_with_nothing_under_it_stays_the_items_when_nothing_repeats_it():
    """Short minutes may be a bare list; a later numbered list that repeats none of its
    titles (a resolution's parts) does not replace it."""
    text = (
        "1. Apologies\n2. Declarations of interest\n3. Minutes of the last meeting\n"
        "4. Playground equipment\nIt was resolved that the clerk should:\n"
        "1. Order two new swings.\n2. Repaint the fence before the summer.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4"]


def test_a_title_in_capitals_cut_after_a_connective_goes_on_below_a_blank_line():
    """ "1.0 OPENING AND ANNOUNCEMENT OF" / "VISITORS": the page broke the title; its rest in
    capitals joins it, and the words after the capitals stay the item's text."""
    text = (
        "1.0 OPENING AND ANNOUNCEMENT OF\n\nVISITORS\n\n"
        "The Presiding Member opened the meeting at 7.02pm.\n\n"
        "2.0 ATTENDANCES, APOLOGIES AND APPLICATIONS FOR\n\n"
        "LEAVE OF ABSENCE Present Cr Ann Ryle, Presiding Member, Cr Tom Vane\n\n"
        "3.0 DEPUTATIONS\n\nThere were none.\n"
    )
    assert item_titles(text) == [
        "OPENING AND ANNOUNCEMENT OF VISITORS",
        "ATTENDANCES, APOLOGIES AND APPLICATIONS FOR LEAVE OF ABSENCE",
        "DEPUTATIONS",
    ]


def test_the_bullets_under_present_are_who_attended_not_an_outlines_items():
    text = (
        "PRESENT:\n  \u2022 Mayor R. Quill\n  \u2022 Councillor T. Ames\n"
        "  \u2022 Councillor B. Stroud\n  \u2022 Councillor F. Linden\n"
        "ALSO PRESENT:\n  \u2022 Town Manager P. Oduya\n  \u2022 Town Clerk D. Marsh\n"
        "The Mayor called the meeting to order at 7:00 p.m.\n"
        "  \u2022 Approval of the agenda\n    \u2022 Moved by Councillor Ames, carried.\n"
        "  \u2022 Treasurer's report\n    \u2022 The balance was noted.\n"
        "  \u2022 Snow clearing\n    \u2022 The contract was extended for one winter.\n"
    )
    assert item_titles(text) == [
        "Approval of the agenda",
        "Treasurer's report",
        "Snow clearing",
    ]


def test_numbered_paragraphs_set_in_keep_their_depth_when_long_ones_are_broken_up():
    """A page of a few long lines is broken at the numbers inside them; the pieces keep
    their line's indent, so the short items after them are not taken for deeper points."""
    long_text = " ".join(["The committee discussed the quotes received for the work."] * 8)
    text = (
        f"  1. Treasurer's Report: {long_text}\n"
        f"  2. Pool Repairs: {long_text}\n"
        "  3. Next Meeting: The next meeting will be on April 2, 2019 at the clubhouse.\n"
        "  4. Adjournment: The meeting adjourned at 8:25pm.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4"]


def test_the_last_meetings_minutes_head_an_item_despite_their_date():
    """ "Meeting minutes from the last meeting held on 4 May 2022": known business, whose
    date is the other meeting's, not a heading's."""
    text = (
        "Welcome and apologies\n\nThe Chair welcomed members and noted apologies.\n\n"
        "Meeting minutes from the last meeting held on 4 May 2022\n\n"
        "The minutes were agreed as an accurate record.\n"
    )
    assert item_titles(text) == [
        "Welcome and apologies",
        "Meeting minutes from the last meeting held on 4 May 2022",
    ]


def test_a_summary_of_motions_gives_way_to_the_minutes_that_follow_it():
    """A contents table of the motions with their pages, then the minutes: the minutes'
    headings are the items, however few the text reaches."""
    rows = "\n".join(
        f"MOTION 150303.0{n}{title}. {n + 1}"
        for n, title in enumerate(
            ["Minutes of February 3", "Road Grading Tender", "Fire Hall Roof", "Library Hours"],
            start=1,
        )
    )
    text = (
        f"SUMMARY OF MOTIONS\n{rows}\n\n"
        "Present: Warden A. Lusk, Councillors B. Marr and C. Nye.\n\n"
        "MOTION 150303.01\nMinutes of February 3\n\n"
        "Councillor Marr moved, seconded by Councillor Nye, that the minutes be approved.\n"
        "Motion carried.\n"
    )
    assert items_of(text) == [("150303.01", "Minutes of February 3")]


def test_an_agenda_items_time_slot_is_part_of_its_title():
    """ "3. 9:30 a.m. Library Budget": the time the item was set for, then its title; the
    item is numbered in the run like the others."""
    text = (
        "1. Roll Call\n\nAll members were present.\n\n"
        "2. 9:30 a.m. Library Budget\n\nThe librarian presented the budget.\n\n"
        "3. 10:00 a.m. \u2013 Public Hearing on Road Vacation\n\nNo one spoke.\n\n"
        "4. Claims\n\nClaims were approved.\n"
    )
    assert items_of(text) == [
        ("1", "Roll Call"),
        ("2", "9:30 a.m. Library Budget"),
        ("3", "10:00 a.m. \u2013 Public Hearing on Road Vacation"),
        ("4", "Claims"),
    ]


def test_a_list_of_names_ending_in_a_comma_does_not_swallow_the_first_item():
    """ "Visitors: ..., Kim Barr," then "1.  Call to Order": the comma ends a list
    of names, not a sentence that runs on into the number."""
    text = (
        "Visitors: Jo Flint: Flint & Sons, Greg Hale: Hale Surveys, Dave Kell, Kim Barr,\n"
        "1.  Call to Order\n\nThe chair called the meeting to order.\n\n"
        "2.  Minutes\n\nThe minutes were approved.\n\n"
        "3.  Adjournment\n\nThe meeting adjourned at 8 p.m.\n"
    )
    assert item_numbers(text) == ["1", "2", "3"]


def test_a_line_ending_in_an_honorific_runs_on_into_the_next():
    """ "... started work today. Mr." / "Kelly served as ...": the name goes on below;
    the line below is no title run into a sentence."""
    text = (
        "Selectmen's Meeting\nJanuary 8, 2018\n"
        "A meeting of the Lexford Board of Selectmen was called to order at 6:02 p.m. on Monday,\n"
        "January 8, 2018 in the Selectmen's Meeting Room of the Town Office Building. Present were\n"
        "Ms. Coe, Acting Chair; Mr. Dane; Mr. Pell; and Mr. Lund as well as Mr. Vale, Town\n"
        "Manager; and Ms. Sears, Recording Secretary.\n"
        "Selectmen Concerns and Liaison Reports\n"
        "Ms. Coe applauded the Department of Public Works for its efforts to make roads and\n"
        "sidewalks safe during and after the recent snow storm. Mr. Dane asked residents to lend a\n"
        "hand by clearing snow away from fire hydrants near their homes.\n"
        "Town Manager Report\n"
        "Mr. Vale announced that the new Building Commissioner, Jim Kelly, started work today. Mr.\n"
        "Kelly served as Building Commissioner for the Town of Sudbury for many years and, more\n"
        "recently, served as Sudbury's Director of Facilities.\n"
        "Mr. Vale said the first big storm of the season was a team event for Town departments.\n"
    )
    document = parse_bytes(text.encode(), "selectmen.txt")
    titles = [item.title for item in document.items]
    assert titles[-2:] == ["Selectmen Concerns and Liaison Reports", "Town Manager Report"]


def test_text_above_a_lone_title_line_is_an_item_of_its_own():
    """A committee system's page that lost its first item's title: running text, then
    one strong title line ("Public Participation") and its text. Two items, the first
    titled by its first clause; neither folded into the other nor into the heading."""
    text = (
        "Agenda and minutes\nWestmoor Fire Authority\nFriday, 3rd March, 2017 10.00 am\n"
        "Venue: The Old Fire Station, Westmoor\n\n"
        "Members are reminded that, under rule 2.7, they may nominate substitutes.\n"
        "Apologies were received from Councillor Ann Dale.\n\n"
        "Public Participation\n"
        "To receive questions from members of the public under rule 14.\n"
        "There were no questions from the public.\n"
    )
    document = parse_bytes(text.encode(), "authority.txt")
    first, second = document.items
    assert first.title.startswith("Members are reminded that")
    assert "Apologies were received" in first.body
    assert second.title == "Public Participation"


def test_a_committee_pages_contact_line_and_an_if_clause_head_nothing():
    """ "Contact: Ann Bee  01234 567890" is a fact of the meeting's page, and "If Members
    have declared an interest ..." a clause, not a title run into its sentence."""
    text = (
        "Agenda and minutes\nNational Park Authority - Monday, 5th July, 2021 2.00 pm\n"
        "Venue: Virtual Meeting.\n"
        "Contact: Ann Bee or Carl Dee  01234567890\n"
        "To receive and consider the attached schedule of correspondence.\n"
        "Apologies were noted from Councillor Eve Fay.\n"
        "Declarations of Interest\n"
        "To receive any declarations of interest from Members relating to items on the agenda.\n"
        "If Members have declared an interest in an item please ensure that you inform the Chair.\n"
        "No declarations of interest were made.\n"
        "Public Speaking\n"
        "To give members of the public an opportunity to address the meeting.\n"
        "There were no requests to speak.\n"
    )
    document = parse_bytes(text.encode(), "authority.txt")
    titles = [item.title for item in document.items]
    assert "Declarations of Interest" in titles and "Public Speaking" in titles
    assert not any(title.startswith(("Contact", "If")) for title in titles)


def test_attendees_label_a_list_of_people_not_an_item():
    """ "Attendees and apologies" over a list of names: the attendance, however much it
    reads like known business."""
    text = (
        "Care Board minutes: January 2023\n\n"
        "Minutes from the meeting of the group on 19 January 2023.\n\n"
        "Attendees and apologies\n\n  \u2022 Ann Bee (Chair)\n  \u2022 Cy Dee\n  \u2022 Eve Fay\n\n"
        "Items and actions\n\n"
        "Welcome and apologies\n\nThe Chair opened the meeting and noted apologies.\n\n"
        "Strategy update\n\nThe director described the wider policy context.\n"
    )
    document = parse_bytes(text.encode(), "board.txt")
    titles = [item.title for item in document.items]
    assert "Welcome and apologies" in titles
    assert "Attendees and apologies" not in titles


def test_a_title_in_two_languages_is_one_title():
    """ "NGā WHAKAPāHA / Apologies": a title in capitals in one language (its long vowels
    in lower case, as PDFs give them), a slash, and the same title in another: the whole
    line is the title, not capitals then a sentence."""
    text = (
        "1 KARAKIA TīMATANGA / Opening Prayer\n"
        "The Chair opened the meeting with a karakia.\n\n"
        "2 NGā WHAKAPāHA ME NGā PāNGA MEMA / Apologies and conflicts of interest\n"
        "Resolution 2023/12 Moved: Member Rua Seconded: Member Tane That the apology from "
        "Member Hira be accepted.\n\n"
        "3 TE WHAKAAE I NGā MENETI / Confirmation of Minutes\n"
        "The minutes were confirmed.\n"
    )
    assert item_titles(text) == [
        "KARAKIA TīMATANGA / Opening Prayer",
        "NGā WHAKAPāHA ME NGā PāNGA MEMA / Apologies and conflicts of interest",
        "TE WHAKAAE I NGā MENETI / Confirmation of Minutes",
    ]


def test_an_issue_page_under_a_line_of_the_site_s_is_one_item():
    """A committee system's page of one issue, under the site's own line: the issue is
    the one item, numbered as the meeting's item; its text's short title lines
    ("Donations Statements") are its paragraphs."""
    text = (
        "{meta} Issue - items at meetings - Mayor's Business\n\n"
        "Issue - meetings\n\n"
        "Meeting: 09/01/2023 - Monthly Council Meeting (Item 1)\n\n"
        "Mayor's Business\n\n"
        "Minutes:\n\n"
        "Donations Statements\n\n"
        "Councillors were reminded that their annual statements are due by 31st January.\n\n"
        "Civic Reception\n\n"
        "The Mayor will host a reception for the county's volunteers in February.\n"
    )
    items = parse_bytes(text.encode(), "issue.txt").items
    assert [(item.number, item.title) for item in items] == [("1", "Mayor's Business")]


def test_apologies_straight_under_who_came_end_the_attendance():
    """ "Apologies: Deputy Sean Brady; Senator Aine Hogan." under the attendance lines is
    the attendance's last part (its names are the meeting's apologies), not an item."""
    text = (
        "Minutes of the Joint Policing Committee held on 19th October 2009 at 9.30 a.m.\n"
        "Attendance: Cllrs Rhona Dunne; Liam Carey; Siobhan Tobin\n"
        "In attendance: Chief Superintendent Padraig Nolan; Tom Dowd, County Manager\n"
        "Apologies: Deputy Sean Brady; Senator Aine Hogan; Cllr Brid Reilly.\n"
        "Election of Chair\n"
        "Cllr Dunne was proposed by Cllr Carey and seconded by Cllr Tobin and was elected.\n"
        "Minutes of Previous Meeting\n"
        "The minutes of the meeting of 20th July 2009 were confirmed.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "Election of Chair",
        "Minutes of Previous Meeting",
    ]
    assert "Senator Aine Hogan" in document.meeting.apologies


def test_a_short_title_in_capitals_goes_on_below_it():
    """ "1. OPENING" / "MEETING": a numbered title in capitals wrapped by a narrow column
    goes on on the next line in capitals, however short its first line."""
    text = (
        "1. OPENING\nMEETING\nThe Mayor opened the meeting at 6:39pm.\n"
        "2. GENERAL\nRECORDING OF MEETING ANNOUNCEMENT\n"
        "The Mayor advised that the meeting is being recorded.\n"
        "3. APOLOGIES\nCouncillor Dane sent an apology.\n"
    )
    assert items_of(text) == [
        ("1", "OPENING MEETING"),
        ("2", "GENERAL RECORDING OF MEETING ANNOUNCEMENT"),
        ("3", "APOLOGIES"),
    ]


def test_a_councillor_s_abbreviated_title_does_not_end_an_item_s_title():
    """ "Election of Chairman as a result of Cllr. Fowle's resignation": the stop after
    "Cllr" abbreviates it, as after "Mr"; the title goes on."""
    text = (
        "1. Election of Chairman as a result of Cllr. Fowle's resignation\n"
        "Cllr Hart was elected Chairman.\n\n"
        "2. Apologies\nNone.\n"
    )
    assert items_of(text)[0] == (
        "1",
        "Election of Chairman as a result of Cllr. Fowle's resignation",
    )


def test_an_agenda_under_its_label_is_the_items_when_nothing_follows():
    """ "AGENDA" then its numbered entries, the minutes cut off before they begin: the
    label heads no section of its own, so the entries are the items; a title and its
    wording joined by a dash set close to the wording ("Agreement –To") split there."""
    text = (
        "AGENDA\n"
        "B01/22 To receive apologies for absence\n"
        "B02/22 To receive declarations of interest\n"
        "B03/22 Site Layout – To discuss and agree requirements.\n"
        "B04/22 Draft Tenancy Agreement –To discuss and agree any further amendments.\n"
        "B05/22 Date of next meeting – To agree the next meeting date.\n"
    )
    assert items_of(text) == [
        ("B01/22", "To receive apologies for absence"),
        ("B02/22", "To receive declarations of interest"),
        ("B03/22", "Site Layout"),
        ("B04/22", "Draft Tenancy Agreement"),
        ("B05/22", "Date of next meeting"),
    ]


def test_flattened_minutes_broken_at_a_letter_and_number_reference():
    """ "... No. SL/2012/0383. P/18 LOCAL GOVERNMENT ACT 1972 - EXCLUDED ITEMS RESOLVED
    ...": flattened minutes broken before each minute reference of a letter, a slash and
    a number, when a title in capitals follows it."""
    filler = "The committee considered the report of the planning officer at some length. " * 6
    text = (
        "Planning Committee 28 June 2012 Present Councillor A Bee (Chair) "
        f"P/16 MINUTES RESOLVED - That the minutes be signed. {filler}"
        "P/17 DECLARATIONS OF INTEREST Councillor Cole declared an interest in Minute P/20 "
        "(Planning Application) No. SL/2012/0383. "
        f"P/18 LOCAL GOVERNMENT ACT 1972 - EXCLUDED ITEMS RESOLVED - That there are none. {filler}"
        "P/19 PUBLIC PARTICIPATION RESOLVED - That it be noted that no one spoke.\n"
    )
    numbers = item_numbers(text)
    assert numbers == ["P/16", "P/17", "P/18", "P/19"]


def test_flattened_minute_numbers_in_the_thousands_start_items_but_years_do_not():
    """ "... IN THE CHAIR: COUNCILLOR A BRILL 2141. Chair's notices Minutes: ...": a
    committee page run onto one line, its minutes numbered in the thousands; a year
    ("in 2019. The") and a reference ("Variance 2146. The") start none."""
    text = (
        "Agenda and minutes Licensing Panel - Monday 2nd March 2020 10.00 am Items No. Item "
        "2140. To appoint a Chair for the hearing Minutes: RESOLVED that Councillor A Brill be "
        "appointed Chair. IN THE CHAIR: COUNCILLOR A BRILL 2141. Chair's notices Minutes: The "
        "Chair welcomed everyone to the hearing, first held in 2019. The roll was called. "
        "2142. Apologies for Absence Minutes: There were none. 2143. Disclosure of Interest "
        "Minutes: None were disclosed, though the Panel noted Variance 2146. The hearing "
        "went on.\n"
    )
    assert item_numbers(text) == ["2140", "2141", "2142", "2143"]


def test_flattened_items_with_a_dash_after_the_number_or_a_number_without_its_stop():
    """ "... were received. 4. – Planning Matters – None ...", and the number the run skips
    printed without its stop after a sentence ("... in May. 3 Police Report – ..."): each
    starts its item."""
    text = (
        "Minutes of Meeting of Elmvale Community Council on Tuesday 4 June 2013 in the Hall. "
        "PRESENT – Ann Brill, Cy Dunmore. 1. Apologies – Ed Ashdown. 2. Minutes of last "
        "meeting. Agreed – AB and CD. The path will be finished in May. 3 Police Report – No "
        "report was submitted, though members discussed thefts in the village. 4. – Planning "
        "Matters – No notifications were received from the Council this month. 5. – Events – "
        "The fete will be held on 6 July in the Hall, with stalls set up at noon that day.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4", "5"]


def test_flattened_minutes_broken_at_letters_a_number_and_the_year():
    """ "... Officer EC/12/2021 APOLOGIES AND CHAIR'S REMARKS Apologies ...": references of a
    body's letters, a number and the year start items when a title in capitals follows;
    a resolution's number before "MOVED by" starts none."""
    text = (
        "Eastmere District Council\nEASTMERE DISTRICT COUNCIL EDC/EC Minutes of Special Council "
        "Meeting held on 4 March 2021 at 6pm In the Chair: Councillor A Brill In attendance: "
        "Councillor C Dunmore Councillor E Ashdown (Officials) Mrs F Coyle, Democratic Services "
        "Officer EC/12/2021 APOLOGIES AND CHAIR'S REMARKS Apologies were received from "
        "Councillor Gale. Resolution number EC/2021/7 MOVED by Councillor Dunmore that the "
        "apologies be noted. EC/13/2021 DECLARATIONS OF INTEREST There were no declarations.\n"
    )
    assert item_numbers(text) == ["EC/12/2021", "EC/13/2021"]


def test_a_title_ending_in_a_colon_alone_on_its_line_heads_the_text_below_it():
    """ "Agenda Changes:" over another label or a list heads an item; over names it is a
    label of those present ("Members:" / "Ann Bee, Carl Dee, Eve Fay")."""
    assert label_over_its_text("Agenda Changes:", "Additions:")
    assert label_over_its_text("Consent Agenda:", "1)")
    assert not label_over_its_text("Agenda Changes", "Additions:")
    assert not label_over_its_text("Members:", "Ann Bee, Carl Dee, Eve Fay")
    text = "Agenda Changes:\n\nAdditions:\n\nA letter from the drainage board.\n\nRoad Report:\n\n"
    text += "The foreman reported that the grader is repaired.\n"
    titles = [item.title for item in parse_bytes((HEADER + text).encode(), "m.txt").items]
    assert titles == ["Agenda Changes", "Additions", "Road Report"]


def test_a_title_and_a_colon_alone_over_a_table_of_sums_heads_it():
    """ "Treasurer's Report:" over "1,204.50   Cash on hand ...": the colon says its text
    is below, a table of figures, among "Title: text" paragraphs."""
    assert label_over_its_text("Treasurer's Report:", "1,204.50     Cash on hand at 1 May")
    assert label_over_its_text("Accounts:", "$310   Hall hire")
    assert not label_over_its_text("Accounts:", "Members asked about the cost of hall hire.")
    text = (
        "Clerk's Report: The June minutes were read. Ann moved to approve them, motion "
        "carried.\n\nTreasurer's Report:\n\n1,204.50     Cash on hand at 1 May\n"
        "310.00     Less: Payments\n894.50     Cash on hand at 31 May\n\n"
        "Claims: Cheques 120 to 124 in the sum of $310.00 were approved.\n"
    )
    titles = [item.title for item in parse_bytes((HEADER + text).encode(), "m.txt").items]
    assert titles == ["Clerk's Report", "Treasurer's Report", "Claims"]


def test_numbered_paragraphs_under_the_documents_first_line():
    """A title on the first line over numbered paragraphs: the paragraphs are the items
    (this once raised an error inside the segmenter and cost the document its items)."""
    text = (
        "Minutes of the Glenbrook Parish Pastoral Council\n\n"
        "1. Present were Ann Bee, Carl Dee and Eve Fay.\n"
        "2. The opening prayer was led by Carl Dee.\n"
        "3. Minutes of the last meeting were approved.\n"
        "4. Church hall: It was agreed to repaint the hall in spring.\n"
    )
    document = parse_bytes(text.encode(), "m.txt")
    assert not any("parser error" in note for note in document.fallbacks), document.fallbacks
    assert [item.number for item in document.items] == ["1", "2", "3", "4"]


def test_a_minute_reference_glued_to_its_title_in_capitals():
    """ "A23/024COMMITTEE SERVICE FEES": a PDF's text lost the space after the reference."""
    text = (
        "A23/023 MINUTES\n\nThe minutes of the last meeting were approved.\n\n"
        "A23/024COMMITTEE SERVICE FEES 2024/25\n\nThe fees for the year were agreed.\n\n"
        "A23/025 PLAY AREA\n\nThe inspection report was noted.\n"
    )
    assert items_of(text) == [
        ("A23/023", "MINUTES"),
        ("A23/024", "COMMITTEE SERVICE FEES 2024/25"),
        ("A23/025", "PLAY AREA"),
    ]


@pytest.mark.parametrize(
    "references",
    [("P. 41/23", "P. 42/23", "P. 43/23"), ("TC18/22/4", "TC19/22/4", "TC20/22/4")],
)
def test_minute_references_glued_to_their_titles_line_after_line(references):
    """ "P. 41/23APOLOGIES", "TC18/22/4Minutes": a page's text lost the space after each
    reference; set apart, the whole reference is each item's number (not the letter "P")."""
    first, second, third = references
    text = (
        "Minutes of the meeting of Oxwell Parish Council held on 4 May 2023\n"
        f"{first}APOLOGIES\nApologies were received from Cllr Vance.\n"
        f"{second}Minutes of the last meeting\nThe minutes were signed as a true record.\n"
        f"{third}PLAYING FIELD\nThe new gate has been fitted.\n"
    )
    assert items_of(text) == [
        (first, "APOLOGIES"),
        (second, "Minutes of the last meeting"),
        (third, "PLAYING FIELD"),
    ]


def test_flattened_references_with_the_bodys_letter_and_its_stop_glued_to_their_titles():
    """ "... The Clerk Mrs A Bee P. 41/23APOLOGIES Apologies were ... P. 42/23MINUTES ...":
    run onto one line, each reference keeps its letter ("P. 41/23", not "41/23")."""
    flattened = (
        "Minutes of a Meeting of Oxwell Parish Council held at the Village Hall on Thursday 4 "
        "May 2023 at 7 p.m. Present: Cllr C Dee (Chairman), Cllr E Fay, Cllr G Hay The Clerk "
        "Mrs A Bee P. 41/23APOLOGIES Apologies were received from Cllr Vance and Cllr Wynn. "
        "P. 42/23MINUTES The minutes of the meeting held on 6 April 2023 were signed as a true "
        "record. P. 43/23DECLARATIONS OF INTEREST There were no declarations of interest by "
        "members. P. 44/23ACCOUNTS The accounts for April were approved for payment."
    )
    assert item_numbers(flattened) == ["P. 41/23", "P. 42/23", "P. 43/23", "P. 44/23"]


def test_a_minute_reference_and_its_title_ending_the_paragraph_before_head_the_next_item():
    """ "... The meeting commenced at 17.30. GB 12/42 Apologies for absence" / "Apologies
    were received ...": a reference in the style of those that open lines below ("GB 12/44
    Minutes ...") and its title, carried to the end of the paragraph before."""
    text = (
        "Governing Body\n\nPresent: Ann Bee, Cy Dee IN ATTENDANCE: Ed Fox (Clerk) The meeting "
        "commenced at 17.30. GB 12/42 Apologies for absence & Quoracy\n\n"
        "Apologies for absence had been received from Gil Hay.\n\n"
        "The Clerk confirmed that the meeting was quorate. GB 12/43 Declaration of Interest\n\n"
        "There were no declared interests against agenda items.\n\n"
        "GB 12/44 Minutes of the Meeting held on 30 April 2013 The Minutes were approved.\n\n"
        "GB 12/45 Matters Arising There were no matters arising.\n"
    )
    assert [number for number, _ in items_alone(text)] == [
        "GB 12/42", "GB 12/43", "GB 12/44", "GB 12/45",
    ]  # fmt: skip


def test_a_long_title_in_title_case_is_kept_whole():
    """A title of two dozen words on a line of its own, capitalised as titles are, is one
    title, not an untitled paragraph cut at its first comma."""
    title = (
        "Confirmation of Minutes of the Regional Council Meeting Held on 31 August 2016, "
        "and the Extraordinary Regional Council Meeting Held on 8 September 2016"
    )
    text = (
        "1. Apologies\nThere were no apologies.\n"
        f"2. {title}\nThe minutes were confirmed as a true and correct record. CARRIED\n"
        "3. Chairman's Report\nThe Chairman reported on the flood works.\n"
    )
    assert items_of(text)[1] == ("2", title)


def test_a_subtitle_with_a_date_after_the_colon_stays_in_the_title():
    """ "Review of Minutes: July 1, 2015 Regular Meeting Minutes": the figures of a date
    leave the words after the colon a subtitle, not running text."""
    text = (
        "1. Call to Order\nThe meeting was called to order at 6:00 p.m.\n"
        "2. Review of Minutes: June 17, 2015 and July 1, 2015 Regular Meeting Minutes\n"
        "Commissioner Bee moved to approve the minutes. The motion carried 5-0.\n"
    )
    title = "Review of Minutes: June 17, 2015 and July 1, 2015 Regular Meeting Minutes"
    assert items_of(text)[1] == ("2", title)


def test_a_masthead_of_names_and_posts_in_capitals_heads_no_items():
    """A block of short lines in capitals with no blank line between them (the board's
    members and their districts, the chamber's address) is a masthead: the headings are
    the lines in capitals that stand apart over their text."""
    text = (
        "MARSH COUNTY BOARD OF COMMISSIONERS\n\nMINUTES\n\nJune 4, 2019\n\n"
        "CHAIR, ANN BEE, DISTRICT 2\nCARL DEE, DISTRICT 4\nEVE FAY, DISTRICT 5\n\n"
        "COMMISSIONERS CHAMBER\n12 HIGH STREET, ROOM 4\nMARSHTOWN, OREGON 97000\n\n"
        "BUDGET AMENDMENTS\n\nThe board reviewed the amendments and approved them.\n\n"
        "ROAD MAINTENANCE\n\nThe engineer reported on the grading of the county roads.\n\n"
        "PUBLIC COMMENT\n\nNo member of the public wished to speak.\n"
    )
    assert titles_of(text) == ["BUDGET AMENDMENTS", "ROAD MAINTENANCE", "PUBLIC COMMENT"]


def test_minute_references_with_the_year_after_the_running_number():
    """ "Fen/118/19-20 Apologies": minute 118 of the year 2019-20, on its line or run into
    flattened text; the middle number runs, the year stays the same."""
    lined = (
        "Fen/118/19-20 Apologies for Absence\nApologies were received from Cllr Fay.\n\n"
        "Fen/119/19-20 Declarations of Interest\nNone were made.\n\n"
        "Fen/120/19-20 Village Hall\nThe roof repairs were agreed.\n"
    )
    expected = [
        ("Fen/118/19-20", "Apologies for Absence"),
        ("Fen/119/19-20", "Declarations of Interest"),
        ("Fen/120/19-20", "Village Hall"),
    ]
    assert items_of(lined) == expected
    flattened = (
        "Fenmoor Parish Council Minutes of a meeting held on 3 March 2020 at the Pavilion "
        "Fen/118/19-20 Apologies for Absence Apologies were received from Cllr Fay and it was "
        "proposed by Cllr Bee that Cllr Dee take the chair for the meeting. "
        "Fen/119/19-20 Declarations of Interest Cllr Bee declared an interest in the hall as a "
        "trustee of the charity that runs it and took no part in the vote. "
        "Fen/120/19-20 Village Hall The quotation for the roof repairs was agreed by the council "
        "and the clerk will place the order with the contractor this month."
    )
    assert numbers_of(flattened) == ["Fen/118/19-20", "Fen/119/19-20", "Fen/120/19-20"]


def test_a_table_of_minute_references_and_untitled_paragraphs():
    """ "HWP 4/12 | Members noted the report. |": the reference in its cell, then a paragraph
    with no title of its own; the reference marks the item as a number does, and the title is
    the paragraph's first clause."""
    text = (
        "HWP 3/12 | Members considered the appointment of a Vice Chairman for the year. |\n"
        "HWP 4/12 | Members noted the arrangements agreed by each of the member councils.\n"
        "The Panel discussed how many seats each council had been allocated. |\n"
        "HWP 5/12 | Members considered draft Terms of Reference for the Panel.\n"
        "It was agreed that paragraph 17 be amended. |\n"
    )
    assert items_of(text) == [
        ("HWP 3/12", "Members considered the appointment of a Vice Chairman for the year"),
        ("HWP 4/12", "Members noted the arrangements agreed by each of the member councils"),
        ("HWP 5/12", "Members considered draft Terms of Reference for the Panel"),
    ]


def test_a_paragraph_after_a_point_ending_in_a_colon_ends_that_list():
    """ "c. Survey update:" opens a list, but a paragraph follows it, not entries: the
    numbered heading after that paragraph is the next item, not an entry of the list."""
    text = (
        "1.Apologies:   B. Cole\n\n"
        "2.Minutes of the last meeting:\n\nThe minute was taken as read.\n\n"
        "3.Safety report:\n\n"
        "a. Incident log: Nothing to report.\n\n"
        "b. Survey update:\n\nThe survey of the pier has been received and circulated.\n\n"
        "4. Finance Report:\n\n"
        "a. October report:\n\nThere was a small surplus in October.\n\n"
        "b. Grants\n\nThe final instalment of the pier grant has been received.\n\n"
        "c. Auditor's letter\n\nThe directors considered the auditor's letter.\n\n"
        "d. Harbour charges\n\nThe charges for next year were agreed.\n"
    )
    numbers = item_numbers(text)
    assert numbers[:4] == ["1", "2", "3", "4"]


def test_a_numbered_consent_list_under_headings_in_capitals_is_one_items_points():
    """Headings in capitals over their text, and under one of them ("CONSENT AGENDA") a
    numbered list whose entries wrap onto lines that start with a capital: the entries are
    that item's points, not the document's items."""
    text = (
        "CALL TO ORDER\nMayor Bee called the meeting to order at 7:00 p.m.\n"
        "ROLL CALL\nCouncilors Dee, Fay and Gill were present.\n"
        "MAYOR'S ANNOUNCEMENTS\nVacancies on the Parks Commission and the Tree Commission were "
        "announced.\n"
        "CONSENT AGENDA\n"
        "1. Does Council wish to confirm the Mayor's appointment of Jo Hart to the Historic\n"
        "Commission with a term to expire April 30, 2026?\n"
        "2. Will Council accept a state construction grant to cover the required 5% match for the\n"
        "Airport Runway Rehabilitation project in the amount of $92,900?\n"
        "3. Will Council approve a ground lease with Hill Aviation for the storage of aviation\n"
        "Equipment at the municipal airport?\n"
        "Councilor Dee/Fay m/s to approve the Consent Agenda. Voice vote: all AYES. Motion passed.\n"
        "PUBLIC FORUM\nNo one came forward to speak.\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER",
        "ROLL CALL",
        "MAYOR'S ANNOUNCEMENTS",
        "CONSENT AGENDA",
        "PUBLIC FORUM",
    ]


def test_a_subject_marker_alone_marks_the_line_below_as_the_heading():
    """ "IN RE:" on a line of its own, the subject on the next: the marker is no title; and
    a document-sharing site's title ("03/14/1979 - Regular") names the meeting's kind, so
    the page is a meeting's minutes, not a committee system's page of one item."""
    text = (
        "03/14/1979 - Regular\n\nBoard of County Supervisors\nMarch 14, 1979\n"
        "Members present:\nChairman Alan B. Cole, Vice Chairman\nDora Fay and Supervisor Gil Hart.\n"
        "IN RE:\nCALL TO ORDER:\nChairman Cole called the meeting to order at 7:00 p.m.\n"
        "IN RE:\nINVOCATION:\nThe invocation was offered by the Reverend Ida King.\n"
        "IN RE:\nAPPROVAL OF MINUTES\nThe minutes of February 28, 1979 were approved as "
        "submitted by a unanimous voice vote.\n"
    )
    assert titles_of(text) == ["CALL TO ORDER", "INVOCATION", "APPROVAL OF MINUTES"]


def test_a_list_of_names_dashes_and_posts_heads_no_items():
    """ "Colin Bell (CB) – Treasurer" a line each, with no blank line between: who came (or
    sent apologies), not headings; the title lines that stand apart over their text are."""
    text = (
        "Committee Members\n\n"
        "Colin Bell (CB) \u2013 Treasurer\nFran Bell (FB) \u2013 Area Panel Rep\n"
        "Gil Lamb (GL) \u2013 Secretary/Block Rep Dover House\n\n"
        "Partners & Others\n\n"
        "Vic Foxley \u2013 Ward Councillor attending a council meeting\n"
        "Dan Jonas \u2013 Ward Councillor ditto\n"
        "Mick Whyte \u2013 Estate Cleaning unable to attend, will visit the estate on 2 Dec\n"
        "Sam Robb \u2013 Chair prior commitment\n"
        "Fran Bell \u2013 had to leave early at 7.50pm, Russ and Ann also left at that time\n\n"
        "Estate Cleaning\n\nThe cleaning rota was discussed and the contractor will visit.\n\n"
        "Repairs Backlog\n\nThe repairs officer reported on the outstanding jobs.\n"
    )
    titles = item_titles(text)
    assert titles[-2:] == ["Estate Cleaning", "Repairs Backlog"]
    assert not any("\u2013" in title or "Ward Councillor" in title for title in titles), titles


def test_counted_references_glued_to_the_text_before_them_in_flattened_minutes():
    """A page's text with its line breaks and some spaces lost: "... recent years.57/19
    ELECTION OF CHAIRAnn Bee was elected ... None received58/19 OTHER ...": minute 57 of
    2019 and the minutes after it still each start an item."""
    text = (
        "MINUTES OF FENMOOR PARISH COUNCIL ANNUAL MEETING HELD ONMONDAY 13 MAY 2019 IN THE "
        "VILLAGE HALL AT 7.30 PMPRESENTAnn Bee \u2013 Chair, Carl Dee, Eve Fay and the Clerk. "
        "Ann Bee welcomed the new Councillors to the Parish Council after the election in "
        "recent years.57/19 ELECTION OF CHAIRAnn Bee was proposed and elected as Chair of the "
        "Council and signed her declaration of acceptance of office.58/19 APOLOGIES were "
        "received from Gil Hart, who is away on holiday this month.59/19 DECLARATIONS OF "
        "INTEREST \u2013 None received60/19 OTHER APPOINTMENTS Carl Dee was appointed as the "
        "council's representative on the village hall committee for the coming year."
    )
    assert numbers_of(text) == ["57/19", "58/19", "59/19", "60/19"]


def test_flattened_references_counted_in_brackets_start_items():
    """ "1503_[1]", "1503_[2]": a parish's meeting and item numbers, flattened onto one
    line, still each start an item."""
    text = (
        "Councillors Present: Ann Bee (Chairman), Carl Dee and Eve Fay Also Present: Gil "
        "Hart (Clerk) and two members of the public 1503_[1] PUBLIC PARTICIPATION - Two "
        "residents spoke about the state of the footpath by the school and the new signs. "
        "1503_[2] APOLOGIES FOR ABSENCE Apologies were received from Councillor Ivy Jones, "
        "who is away. 1503_[3] DECLARATIONS OF INTEREST There were no declarations of "
        "interest made by the councillors present at the meeting this month.\n"
    )
    assert numbers_of(text) == ["1503_[1]", "1503_[2]", "1503_[3]"]


def test_a_middle_initial_like_a_numeral_breaks_no_flattened_text():
    """ "Councillor Ross V. Quinlan": a middle initial, not item V; numerals after a
    sentence's end still start items."""
    text = (
        "Meeting Minutes Ordinary Meeting 10th June 2013, Council Chamber. Members Present: "
        "Councillors Ann Bee, Carl Dee, Ross V. Quinlan and Eve Fay. IV. Confirmation of "
        "Minutes The minutes of the May meeting were confirmed on the proposal of Councillor "
        "Ann Bee and seconded by Councillor Ross V. Quinlan. V. Housing Report The Director "
        "reported on the housing programme for the year and the members noted the report.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    assert [item.number for item in items] == ["IV", "V"]
    assert "Councillor Ross V. Quinlan." in items[0].body
    assert items[0].speakers == ["Councillor Ross V. Quinlan"]


def test_flattened_minute_numbers_in_brackets_start_items():
    text = (
        "Members Present: Councillors H Ash, J Birch, K Cedar, L Damson, M Elder, N Fir and "
        "O Gorse. Officers Mr A Bee - Head of Planning Miss C Dee - Senior Planning Officer (139) "
        "APOLOGIES FOR ABSENCE Apologies for absence were received from Councillor Eve Fay "
        "and Councillor Gil Hart. (140) MINUTES The Minutes of the meeting held on 13 "
        "October were confirmed and signed by the Chairman. (141) ITEMS OF URGENT BUSINESS "
        "The Chairman reported that there were no items of urgent business this time.\n"
    )
    assert numbers_of(text) == ["139", "140", "141"]


def test_flattened_table_rows_keep_each_number_with_its_title_across_the_gap():
    """A parish's table flattened with its cells' wide gaps: the number before a gap is
    the next cell's, not the end of the sentence before it; an item's points ("6.1",
    "6.2") are its text, not the items."""
    text = (
        "Minutes of the Community Council Meeting held on Tuesday, 19th July 2022. 1          "
        "Present Councillors Mr Al Bee (Chair), Mrs Cy Dee and Mr Ed Fay. 2          Apologies "
        "were received from Councillor Mr Gil Hart. 3          Welcome: The Chair welcomed "
        "everyone to the meeting including two members of the public. 4          To declare "
        "any personal interest. No declaration was received. 5          Matters arising "
        "from the minutes. 5.1 Translation Service - The service is expected from September. "
        "5.2 Flower Pots - The repair work has been completed by the contractor. 5.3 Grass "
        "Cutting - The work of grass cutting the cemetery was done in June by volunteers.\n"
    )
    assert numbers_of(text) == ["1", "2", "3", "4", "5"]


def test_flattened_table_rows_keep_a_number_after_capitals_or_a_year_with_its_title():
    """ "... on Thursday, 24 October 2024 1          Welcome ... CARRIED 3          Petitions":
    the number before the gap follows a year or an outcome in capitals, not a word in lower
    case; it is still the next cell's."""
    text = (
        "Minutes of a meeting of the Riverside Local Board held on Thursday, 24 October 2024 "
        "1          Welcome The Chair opened the meeting and welcomed everyone. "
        "2          Apologies Resolution number RB/2024/1 MOVED by the Chair: That the board "
        "accept the apology from Member Dee. CARRIED "
        "3          Declaration of Interest There were no declarations of interest. "
        "4          Petitions There were no petitions. "
        "5          Public Forum A resident spoke about the footpath on Hill Road.\n"
    )
    assert numbers_of(text) == ["1", "2", "3", "4", "5"]


def test_a_flattened_tables_numbers_alone_in_their_cells():
    """ "... Public: Nil | 1 | Apologies ... | 2 | Minutes ...": a table flattened with its
    cells marked, each row's number in a cell of its own before its title."""
    text = (
        "Minute of Meeting on Tuesday 7 March 2023 In the Village Hall, Elmbridge Present: "
        "Community Councillors; Ann Bee (Chair), Cy Dee (Secretary), Ed Fox. Public: Nil "
        "| 1 | Apologies Community Councillors; Gil Hay, Ivy Jay. | "
        "2 | Minutes of Meeting of 7 February 2023 Proposed: Cllr Dee; Seconded: Cllr Fox | "
        "3 | Village Hall Roof The Secretary reported that two quotes had been received. | "
        "Cllr Dee | 4 | Correspondence A letter from the school was read and noted. | "
        "5 | Any Other Business The Chair thanked members for their work this year. |\n"
    )
    assert numbers_of(text) == ["1", "2", "3", "4", "5"]


def test_flattened_known_business_keeps_its_number():
    """ "... will be transacted: 1. Roll Call Judge Bee called ... 2. Approval of Agenda The
    board ...": business the vocabulary knows, after its own number in a flattened page, is
    read with that number (its stop ends no sentence)."""
    text = (
        "SPECIAL MEETING of the Commissioners Court of Elm County held on March 3, 2020. The "
        "following business will be transacted: 1. Roll Call Judge Ann Bee called the meeting "
        "to order at 10:01 a.m. All Commissioners were present. 2. Approval of Agenda The "
        "court approved the agenda as posted. 3. Public Comment No members of the public "
        "addressed the court. 4. Approval of Minutes The minutes of February 18 were approved "
        "as written. 5. Adjournment The meeting adjourned at 10:40 a.m.\n"
    )
    assert numbers_of(text) == ["1", "2", "3", "4", "5"]


def test_a_flattened_minute_number_after_a_closing_quote():
    """'... the welfare of the Shire.\u201d 2 APOLOGIES Nil ...': a prayer quoted in full
    ends the item before; the number after its closing quote heads the next (a page's
    number above is none)."""
    text = (
        "ORDINARY COUNCIL MEETING MINUTES 8 MARCH 2022 Page 2 MINUTES OF ELMDALE SHIRE "
        "COUNCIL ORDINARY COUNCIL MEETING HELD ON TUESDAY, 8 MARCH 2022 AT 3PM PRESENT: Cr "
        "Ann Bee (Mayor), Cr Cy Dee, Cr Ed Fox (Chief Executive Officer) 1 OPENING PRAYER "
        "\u201cAlmighty God, bless this Council and guide its work for the good of the "
        "Shire.\u201d 2 APOLOGIES Nil 3 PREVIOUS MINUTES The minutes of the meeting of 8 "
        "February 2022 were confirmed. 4 MAYORS REPORT The Mayor reported on the floods.\n"
    )
    assert numbers_of(text) == ["1", "2", "3", "4"]


def test_items_lettered_in_brackets():
    """ "(a)   Appointment of Chairman": a hearing's items lettered in brackets; under a
    numbered item, the same letters are its points, and the numbers stay the items."""
    lettered = (
        "(a)       Appointment of Chairman\n\nCouncillor Bee was elected Chairman.\n\n"
        "(b)       Declarations of Interest\n\nNo declarations were received.\n\n"
        "(c)       Application for a Premises Licence - The Old Mill, Quay Street\n\n"
        "The Sub-Committee heard the applicant and granted the licence.\n"
    )
    assert items_of(lettered) == [
        ("(a)", "Appointment of Chairman"),
        ("(b)", "Declarations of Interest"),
        ("(c)", "Application for a Premises Licence - The Old Mill, Quay Street"),
    ]
    numbered = (
        "1.\n\nConvener's Remarks.\n\nThe Convener congratulated:-\n\n"
        "(a)     Ann Bee and Carl Dee, who had received the Road Safety Award;\n\n"
        "(b)     Eve Fay and the staff of the village nursery on their award;\n\n"
        "(c)     Gil Hart for his work on the cycle race;\n\n"
        "(d)     the library team on the reading challenge.\n\n"
        "2.\n\nMinute\n\nThe Minute of the meeting of 29 August was approved.\n\n"
        "3.\n\nCommittee Minutes\n\nThe Minutes of the committees were approved.\n"
    )
    assert item_numbers(numbered) == ["1", "2", "3"]


def test_a_heading_after_a_list_of_members_by_district():
    """ "Ann Bee District A" then "APPROVAL OF AGENDA:": the list's last line ends in the
    district's letter, not an article, so the heading below it stands."""
    text = (
        "Members Present (2)\nCarl Dee District B\nEve Fay District C\n"
        "Members Absent (1)\nAnn Bee District A\n"
        "APPROVAL OF AGENDA:\nThe president asked if there were any amendments to the agenda.\n"
        "PUBLIC COMMENT PERIOD:\nThe president asked for public comments. There were none.\n"
        "ADOPTION OF MINUTES:\nA motion to adopt the minutes was carried.\n"
    )
    titles = item_titles(text)
    assert titles == ["APPROVAL OF AGENDA", "PUBLIC COMMENT PERIOD", "ADOPTION OF MINUTES"]


def test_known_business_labelled_twice_is_not_a_speakers_turn():
    """ "CALL TO ORDER – ..." for the meeting and again for its public hearing: a label that
    comes back is a speaker's turn, but not one of known business."""
    text = (
        "CALL TO ORDER \u2013 President Bee called the Council Meeting to order at 7:00 P.M.\n\n"
        "INVOCATION \u2013 Mayor Dee gave the Invocation.\n\n"
        "PUBLIC HEARING \u2013 12 MILL ROAD HISTORIC NOMINATION\n\n"
        "CALL TO ORDER \u2013 President Bee called the Public Hearing to order at 7:07 P.M.\n\n"
        "The Borough Solicitor read the notice of the hearing into the record.\n\n"
        "ADJOURNMENT \u2013 The meeting was adjourned at 8:15 P.M.\n"
    )
    titles = item_titles(text)
    assert titles[:2] == ["CALL TO ORDER", "INVOCATION"]


def test_a_committee_systems_rows_that_lost_their_cell_marks():
    """ "Title Minutes: the minute" a row a line, again and again, with the cells' marks on
    lines of their own: each row is an item, its title before the "Minutes:" label."""
    text = (
        "No. | Item | ||||||||||||||||||||\n"
        "Apologies Minutes: An apology was reported from Councillor Bee. |\n||||||||||||||||||||\n"
        "Declarations of Interest Minutes: No declarations of interest were recorded.\n|\n"
        "||||||||||||||||||||\n"
        "Harbour Wall Repairs - Update on Progress Minutes: The Committee noted the report.\n|\n"
        "||||||||||||||||||||\n"
        "Market Rents Review Minutes: The Committee agreed the new rents.\n|\n"
    )
    titles = item_titles(text)
    assert titles == [
        "Apologies",
        "Declarations of Interest",
        "Harbour Wall Repairs - Update on Progress",
        "Market Rents Review",
    ]


def test_flattened_minutes_numbered_without_a_stop_counting_from_a_later_minute():
    """ "... Absent: 70 Election of Chair ... 71 Apologies for Absence ...": a year's
    running minute numbers with no stop, flattened into one line, start the items; a
    year ("2019 Council") or a sum ("£70") is no number of theirs."""
    text = (
        "Fenmoor Parish Council MINUTES of the Annual Meeting held at the Church Hall on "
        "Tuesday 14th May 2019 at 7.30 pm Present: Councillor A Bee Councillor C Dee Absent: "
        "70 Election of Chair Councillor A Bee proposed that Councillor C Dee be elected Chair "
        "for 2019-20 and the Parish Council RESOLVED accordingly. 71 Apologies for Absence "
        "Councillor E Fay sent his apologies for the meeting and they were accepted. "
        "72 Declarations of Interest There were no declarations of interest from members. "
        "73 Village Hall Roof The clerk reported that the £70 repair had been completed in 2019 "
        "Council thanked the volunteers who had helped with the work on the hall."
    )
    assert numbers_of(text) == ["70", "71", "72", "73"]


def test_flattened_headings_in_capitals_before_an_initial_and_a_surname():
    """ "... (Elm Times) APOLOGIES S Dunn, A Moss CHAIR'S WELCOME H Duff welcomed ...": a
    heading in capitals before the people it names by initial and surname; a label's colon
    before them ("MEDIA: S Hay") is the attendance's, no heading."""
    text = (
        "MINUTES OF MEETING OF ELMTON COMMUNITY COUNCIL HELD IN THE TOWN HALL ON TUESDAY 6TH "
        "SEPTEMBER 2016 SEDERUNT: Chair H Duff, Vice Chair D Gray, Secy M Love, D Barr, A Coe "
        "MEDIA: S Hay (Elm Post), D Dee (Elm Times) APOLOGIES S Dunn, A Moss, Police Scotland "
        "CHAIRPERSON'S WELCOME H Duff welcomed all those present and thanked them for coming "
        "on such a wet night. POLICE REPORT – NONE OPEN FORUM M Orr spoke of the damage to the "
        "benches in the memorial garden. APPROVAL OF MINUTES The minutes were approved by the "
        "members present."
    )
    titles = [title for _, title in items_alone(text)]
    assert titles[:2] == ["APOLOGIES", "CHAIRPERSON'S WELCOME"] and "MEDIA" not in titles


def test_flattened_headings_in_capitals_before_a_reference_or_a_recording_time():
    """ "... observed. APPROVAL OF THE AGENDA C15(210) On the motion ...": a heading in
    capitals run into flattened text before its reference or the video's time ("[1:05]")
    is broken out as the headings before it are."""
    text = (
        "MINUTES Regular Meeting of Council September 23, 2015 PRESENT: Warden Ann Bee "
        "Councillors Carl Dee Eve Fay Gil Hart CALL TO ORDER Warden Bee called the meeting to "
        "order at 7:00 pm. MOMENT OF SILENT CONTEMPLATION A moment of silent contemplation was "
        "observed. APPROVAL OF THE AGENDA C15(210) On the motion of Councillors Dee and Fay the "
        "agenda was approved as presented. CORRESPONDENCE FOR INFORMATION [1:05] A complete copy "
        "of the correspondence is attached to and forms part of the minutes of this meeting."
    )
    titles = titles_of(text)
    assert titles == [
        "CALL TO ORDER",
        "MOMENT OF SILENT CONTEMPLATION",
        "APPROVAL OF THE AGENDA",
        "CORRESPONDENCE FOR INFORMATION",
    ]
    school_board = (
        "A Regular Meeting of the Board of Education was held on Tuesday, October 10, 2017. "
        "TRUSTEES PRESENT: A. Bee, C. Dee, E. Fay (via telephone) CALL TO ORDER Vice Chair Fay "
        "called the meeting to order at 5:01 p.m. ACKNOWLEDGEMENT OF TERRITORY We acknowledge "
        "the First Nations in whose territories the District operates. ADOPTION OF AGENDA "
        "17/18-018 Moved by Trustee Bee, seconded by Trustee Dee AND RESOLVED THAT the agenda "
        "be adopted as amended and the meeting proceed with the business before it."
    )
    titles = titles_of(school_board)
    assert titles == ["CALL TO ORDER", "ACKNOWLEDGEMENT OF TERRITORY", "ADOPTION OF AGENDA"]


def test_an_item_named_as_such_whose_title_is_a_date():
    """ "Item 1: August 3, 2020 Meeting Minutes": the word "Item" makes the number an item's,
    though its title opens with a month (no day of a date, no sentence)."""
    text = (
        "Item 1: August 3, 2020 Meeting Minutes\n"
        "Commissioner Bee moved to approve the minutes. The motion carried unanimously.\n"
        "Item 2: PC Docket # 20-8: Petition to modify an approved site plan\n"
        "Chairman Dee read the legal notice into the record.\n"
        "B. Cole stated the approved site plan proposed forty-two parking stalls.\n"
        "C. Cole stated the new plan moves the stalls to the north of the lot.\n"
    )
    assert items_of(text) == [
        ("Item 1", "August 3, 2020 Meeting Minutes"),
        ("Item 2", "PC Docket # 20-8"),
    ]


def test_a_numbered_title_in_capitals_goes_on_with_a_line_that_opens_with_of():
    """ "2. APPROVAL" / "OF JULY MINUTES. Mr. Bee moved ...": the title goes on to its stop."""
    text = (
        "1. ROLL CALL. Ms. Dee called the meeting to order at 7:35 pm.\n"
        "2. APPROVAL\nOF JULY MINUTES. Mr. Bee moved to accept the minutes of the July\n"
        "meeting. Seconded by Ms. Fay.\n"
        "3. COMMUNITY COMMENTS. There were none.\n"
    )
    assert item_titles(text)[1] == "APPROVAL OF JULY MINUTES"


@pytest.mark.parametrize("kind", ["Headed Item", "Discussion Item", "ACTION ITEM"])
def test_a_kind_of_item_before_its_number(kind):
    """ "Headed Item 2 – Title", "Discussion Item 3: Title": the word before "Item" says
    what kind of item it is; the number after it numbers the item. A person's initial
    ("C. Ward presented ...") below is no lettered item."""
    text = (
        "Minutes of the Arts Strategic Policy Committee held on 4th March 2021\n"
        f"{kind} 1: Minutes of the meeting of 3rd December 2020\n"
        "The minutes were AGREED.\n"
        f"{kind} 2 \u2013 Festival Grants Scheme\n"
        "C. Ward presented a report on the Festival Grants Scheme.\n"
        "The report was NOTED.\n"
        f"{kind} 3 \u2013 Library Opening Hours\n"
        "B. Lyons presented a report on opening hours.\n"
    )
    assert items_of(text) == [
        (f"{kind} 1", "Minutes of the meeting of 3rd December 2020"),
        (f"{kind} 2", "Festival Grants Scheme"),
        (f"{kind} 3", "Library Opening Hours"),
    ]


@pytest.mark.parametrize(
    ("label", "mover", "title"),
    [
        ("PREVIOUS MINUTES - Moved", "Councillor Dee", "PREVIOUS MINUTES"),
        ("CONFIRMATION OF MINUTES \u2013 Moved by", "Cr Dee", "CONFIRMATION OF MINUTES"),
    ],
)
def test_a_motions_credit_after_a_title_opens_the_minute(label, mover, title):
    """ "PREVIOUS MINUTES - Moved Councillor Dee, Seconded ...": the title runs into the
    motion; "Moved" is the minute's first word, not the title's last."""
    text = (
        "ELMWOOD SHIRE COUNCIL\nGENERAL MEETING MINUTES\nTUESDAY 12 MARCH 2019\n\n"
        "PRESENT - A Bee Mayor, C Dee Councillor, E Eff Councillor\n\n"
        "PRAYER - Councillor Dee opened the meeting with prayer.\n\n"
        f"{label} {mover}, Seconded Councillor Eff. Resolved that the minutes of the "
        "meeting held on 12 February 2019 be approved. Carried 5-0\n\n"
        "CORRESPONDENCE - The Chief Executive tabled the inward correspondence.\n\n"
        "WATER AND SEWERAGE - The manager reported on the treatment plant upgrade.\n\n"
        "CLOSURE - The meeting closed at 10.40am.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items][1:3] == [title, "CORRESPONDENCE"]


def test_a_title_ends_at_its_full_stop_before_its_first_lettered_point():
    """ "12/21 Correspondence. a) Letter from ..." on one line: the title is
    "Correspondence", even on the last line of a page cut short."""
    text = (
        "10/21 Planning Applications. a) No planning matters were received.\n\n"
        "11/21 Finance. a) The clerk presented the accounts, which were approved.\n\n"
        "12/21 Correspondence. a) Letter from the Highways Department about the resurfacing"
        " of the lane and the closure of the footpath beside the school for the duration of"
    )
    assert items_of(text) == [
        ("10/21", "Planning Applications"),
        ("11/21", "Finance"),
        ("12/21", "Correspondence"),
    ]


def test_a_document_sites_counts_beside_its_links_start_no_run():
    """ "View" / "2" / "Download" / "0" above the minutes: a document-sharing page's counts;
    the items start at "1 OPENING OF MEETING", not at the zero."""
    text = (
        "ELMVALE Shire Ordinary Meeting of Council MINUTES Friday 5 April 2019\n\n"
        "  \u2022 View\n    2\n\n  \u2022 Download\n    0\n\n"
        "Page 1: ELMVALE \u00b7 2019-06-18 \u00b7 Seconded by: Cr Ann Bee That Council approve\n\n"
        "ELMVALE Shire\n\nOrdinary Meeting of Council\n\nMINUTES\n\n"
        "1 OPENING OF MEETING\n\nThe Mayor declared the meeting open at 9.02am\n\n"
        "2 PRESENT\n\nCr Ann Bee (Mayor)\n\n"
        "3 APOLOGIES\n\nNil.\n\n"
        "4 CONFIRMATION OF MINUTES\n\nThe minutes of the meeting of 8 March were confirmed.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4"]


def test_a_title_wrapped_above_its_trailing_item_number():
    """ "Receipt of Action" / "Sheet (Item 4.2)", and a reference itself broken ("... of
    Interest (Item" / "2.0)"): the title starts where the block above it ended."""
    text = (
        "The Chair declared the meeting open at 9.30am.\n"
        "Apologies (Item 1.0)\nMoved (Reid/Tane)\n"
        "That the apologies from Councillor Ngata be received.\nCarried\n|\n"
        "Declarations\nof Conflicts of Interest (Item\n2.0)\n"
        "It was advised that members should declare conflicts item by item.\n|\n"
        "Receipt of Action\nSheet (Item 3.0)\nReport from Mere Tahi, Governance Officer\n|\n"
        "Moved (Reid/Hona)\nThat the action sheet be received.\nCarried\n|\n"
        "Harbour Working Group\nUpdates (Item 4.0)\nReport from Tom Kara, Harbourmaster\n"
    )
    assert items_of(text) == [
        ("1.0", "Apologies"),
        ("2.0", "Declarations of Conflicts of Interest"),
        ("3.0", "Receipt of Action Sheet"),
        ("4.0", "Harbour Working Group Updates"),
    ]


@pytest.mark.parametrize(
    "numbers",
    [
        ["P-71", "P-72", "P-73", "P-74"],  # a committee's letter and its running minute
        ["AC1/23.", "AC/2/23.", "AC/3/23.", "AC/4/23."],  # of 2023, printed two ways
        ["1/21/GP", "2/21/GP", "3/21/GP", "4/21/GP"],  # the number first, the body last
    ],
    ids=["letter-dash-number", "letters/number/year", "number/year/letters"],
)
def test_minute_references_of_letters_and_numbers(numbers):
    """Whichever part of a reference runs (the last, the middle or the first), its
    headings are one run of items."""
    titles = ["Apologies", "Declarations of Interest", "Approval of Minutes", "Allotment Rents"]
    text = "\n\n".join(
        f"{number}     {title}\n\nThe committee noted the item."
        for number, title in zip(numbers, titles, strict=True)
    )
    expected = [number.rstrip(".") for number in numbers]
    assert items_of(text) == list(zip(expected, titles, strict=True))


def test_a_sections_lettered_point_is_no_minute_reference():
    """ "F-1" among headings without numbers: a point of section F (or an exhibit), not
    the start of a run of minute references."""
    text = (
        "CALL TO ORDER\n\nThe chair called the meeting to order at 6 p.m.\n\n"
        "PUBLIC COMMENT\n\nNone.\n\n"
        "NEW BUSINESS\n\nF-1. Lease of the boat ramp to the yacht club\n\n"
        "The lease was discussed and approved.\n\n"
        "ADJOURNMENT\n\nThe meeting adjourned at 7 p.m.\n"
    )
    assert item_numbers(text) == ["", "", "", ""]


def test_an_item_referred_to_in_a_sentence_is_no_heading():
    """ "Regarding Item VI.J., Ms Case said ...": a sentence about an item of the agenda."""
    text = (
        "I. ROLL CALL\n\nAll members were present.\n\n"
        "II. PLEDGE OF ALLEGIANCE\n\n"
        "III. COUNCIL FORUM\n\nNo one spoke at the forum.\n"
        "IV. APPROVAL OF AGENDA\n"
        "Lund said a wrong copy of the agreement was delivered for Items VI.B. and\n"
        "C. He provided a corrected copy.\n"
        "Regarding Item VI.J., Ms Case said it was a pleasure to approve the lease\n"
        "agreement with the bakery. She asked if they would sell bread.\n"
    )
    assert item_numbers(text) == ["I", "II", "III", "IV"]


def test_a_committee_systems_row_heads_an_item_whatever_its_wording():
    """Rows of a committee system's table flattened, each ending "|": the row's first line
    before its "Minutes:" label heads an item even when it reads as a sentence (its title
    run into the agenda's wording)."""
    text = (
        "Venue: Elm Room (Town Hall)\nContact: Ann Bee\n| No. | Item |\n|---|---|\n|\n"
        "Welcome and Fire Evacuation Procedure In the event of an alarm attendees will leave by"
        " the nearest exit. Minutes: The Chair welcomed everyone. |\n|\n|\n"
        "Declarations of Interest To receive any declarations of interest. Minutes: There were\n"
        "no declarations of interest. |\n|\n|\n"
        "Any other urgent items which in the opinion of the Chair, may be considered. Minutes:"
        " None. |\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "Welcome and Fire Evacuation Procedure",
        "Declarations of Interest",
        "Any other urgent items which in the opinion of the Chair, may be considered",
    ]


def test_a_numbered_line_that_ran_to_the_margin_is_judged_with_its_sentence():
    lines = [
        Line(
            "1. Thank you letter from the Commanding Officer of the Harbour Sea Cadet Corps for the"
        ),
        Line("donation from the Poppy Fund dated May 10, 2016;"),
        Line(""),
        Line(
            "2. Thank you letter for the donation from the Branch President, Western Branch of the"
        ),
        Line("League of Canada dated May 31, 2016;"),
    ]
    unwrapped = {c.number: c.weight for c in heading_candidates(lines)}
    wrapped = {c.number: c.weight for c in heading_candidates(lines, width=88)}
    # Without a wrap width each first line reads as a title; with one, each is a sentence.
    assert wrapped["1"] < unwrapped["1"] and wrapped["2"] < unwrapped["2"]


def test_a_numbered_entry_ending_as_a_list_entry_does_is_weak_evidence():
    entry = heading_candidates([Line("2. Thank you card from the Valley Hospice for their care;")])
    title = heading_candidates([Line("2. Thank you card from the Valley Hospice for their care")])
    assert entry[0].weight < title[0].weight


def test_numbered_lines_under_the_documents_own_heading_are_its_items():
    text = (
        "‘Serving our Village and Caring for Creation’\n\n"
        "Ashby Fold PCC meeting in the church hall at 7.30pm, Tuesday 8th March 2022\n\n"
        "Minutes\n\n"
        "1. Meeting opened in prayer by the Vicar\n\n"
        "2. Those present: Revd Ann Cole (AC), Ben Dale (BD), Cara Eyre (CE)\n\n"
        "Apologies for absence: Dan Fry (DF), Eve Gale (EG)\n\n"
        "3. Approval of Minutes: 8th February 2022. These were approved.\n\n"
        "4. Mission and Outreach:\n\n"
        "WITNESS\n\n"
        "a) Eco Church: the church has been given the Bronze Award.\n\n"
        "Open Days: the flower festival raised £420.\n\n"
        "b) Worship during the winter:\n\n"
        "Services continue as they are.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.number for item in document.items] == ["1", "2", "3", "4"]


def test_capitals_headings_naming_the_body_business_is_put_to_or_a_motion_are_items():
    text = (
        "CALL TO ORDER\n"
        "The meeting was called to order by the Chair at 6:05 p.m.\n"
        "MOTION TO APPROVE AGENDA\n"
        "2014/21MOTION by Trustee A. Bee, SECONDED by C. Dee to approve the agenda. CARRIED\n"
        "PRESENTATIONS/DELEGATIONS TO THE BOARD\n"
        "None.\n"
        "CORRESPONDENCE\n"
        "Letter from the Friends of the Library about the book sale\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER",
        "MOTION TO APPROVE AGENDA",
        "PRESENTATIONS/DELEGATIONS TO THE BOARD",
        "CORRESPONDENCE",
    ]


def test_a_heading_in_capitals_after_the_time_it_happened_is_an_item():
    text = (
        "Elmford Village Council met in regular session with Mayor Ann Bee presiding.\n\n"
        "7:00 P.M. – CALL TO ORDER\n\n"
        "The Mayor called the meeting to order.\n\n"
        "PRESENTATION OF BILLS:\n\n"
        "The bills were accepted. The vote: All yes.\n\n"
        "7:45 P.M. – ADJOURNMENT\n\n"
        "The meeting closed.\n"
    )
    document = parse_bytes((HEADER + text).encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "CALL TO ORDER",
        "PRESENTATION OF BILLS",
        "ADJOURNMENT",
    ]
    assert document.items[0].body.startswith("7:00 P.M.")


def test_a_label_naming_the_last_meetings_date_is_a_title():
    text = (
        "Present: Supervisor Ann Bee, Council members Carl Dee, Eve Fay.\n\n"
        "Approval of the minutes of the June 18, 2018 meeting: With one spelling correction. "
        "Motion to approve by Councilwoman Eve Fay, 2nd by Councilman Carl Dee.\n\n"
        "Highway Report: The grader is being repaired and will return in August.\n\n"
        "Town Fair: All is on track for this year's fair.\n"
    )
    assert item_titles(text) == [
        "Approval of the minutes of the June 18, 2018 meeting",
        "Highway Report",
        "Town Fair",
    ]


def test_items_numbered_with_a_tab_keep_their_indented_points_under_them():
    text = (
        "  1.\tStaff Appointment\n\nResolved that Ann Bee be appointed.  Carl/Dee\n\n"
        "  1.\tAdministration\n    1.\tApologies  - Nil\n    2.\tCorrespondence  -\n"
        "      Resolved that the correspondence be received. Carl/Dee\n\n"
        "  1.\tFinancial Report\n\nResolved that the report be accepted.  Eve/Fay\n"
    )
    assert item_titles(text) == [
        "Staff Appointment",
        "Administration",
        "Financial Report",
    ]


def test_flattened_items_numbered_with_a_bracket_are_broken_apart():
    text = (
        "Minutes of the Parish Council Meeting held on Monday 6th December 2021 at 7.15 p.m. "
        "in the Village Hall 1) Chairman The Chairman welcomed Councillors and members of the "
        "public. 2) Present: Ann Bee, Carl Dee and Eve Fay (clerk). 3) Apologies Gus Hale. "
        "5) Minutes of the previous meeting The minutes were approved and signed by the "
        "chairman. 6) Matters Arising 6.1 The bench had been repaired. 7) Planning Agreed "
        "– to take no further action on the application at Hill Farm. 8) Meeting Dates "
        "Agreed – the meetings of next year will be held on the second Monday of the month."
    )
    numbers = [item.number for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert numbers == ["1", "2", "3", "5", "6", "7", "8"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Minutes of Council Meeting held at the Memorial Hall on Thursday 17th January "
            "2019 at 7pm. Present: Councillors Ann Bee (Chair), Carl Dee and Eve Fay. "
            "Item 1:Apologies for Absence. Councillor Gus Hale. Item 2:Declarations of "
            "Interest. None were declared at the meeting. Item 3:Appointment of Clerk. "
            "Resolved that Ivy Jones be appointed as Clerk from 1st February 2019.",
            ["Item 1", "Item 2", "Item 3"],
        ),
        (
            "The regular meeting of the Board of Trustees was held in the Board Room on "
            "Monday, September 11, 2017 at 7:30 p.m. Present: A. Bee, C. Dee, E. Fay. "
            "4.00Business arising out of the minutes None was raised. 5.00Delegations and "
            "visitation None were received this month. 6.00Communications requiring action "
            "The letter from the Ministry was received and filed.",
            ["4.00", "5.00", "6.00"],
        ),
        (
            "OAKMERE HOUSING TRUST MINUTES of a meeting of the Board held on Tuesday 3 March "
            "2015 at 6.00pm PRESENT: Ann Bee (Chair), Carl Dee (CD) and Eve Fay (EF). Action "
            "by1.APOLOGIES Gus Hale (GH) and Ivy Jones (IJ). 2.MINUTES OF THE LAST MEETING The "
            "minutes were agreed and signed by the Chair. 3. MATTERS ARISING There were none.",
            ["1", "2", "3"],
        ),
    ],
)
def test_flattened_numbers_glued_to_their_titles_are_broken_apart(text, numbers):
    page = "Minutes of the meeting, as approved, with the papers of the meeting. " * 3
    document = parse_bytes(f"{page}{text}".encode(), "minutes.txt")
    assert [item.number for item in document.items] == numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minutes of the Annual Meeting of the Parish Council held in the Village Hall on "
            "Wednesday 15th May 2019, 7pm Present: Councillors Ann Bee, Carl Dee, Eve Fay, Gus "
            "Hale Also in attendance: 2 members of the public. 1. | All Councillors present "
            "signed their Declarations of Acceptance of Office. | 2. | Election of Chairman: It "
            "was proposed by Cllr Dee, seconded by Cllr Fay that Cllr Bee be appointed Chairman. "
            "| 3. | Election of Vice-Chairman: Cllr Hale was elected Vice-Chairman unopposed. | "
            "4. | Apologies for Absence: None were received. |",
            ["1", "2", "3", "4"],
        ),
        (
            "Minutes of the Meeting of the Planning Committee held at the Town Hall, Elmford on "
            "Wednesday, 6th March 2013 at 6.30pm Present: | Councillors Bee, Dee, Fay and Hale "
            "| In the Chair: | Councillor Bee | Clerk: | Mrs Ivy Jones | Public Question Time: "
            "None P100/12 | APOLOGIES FOR ABSENCE Cllr Kay | P101/12 | DECLARATIONS OF MEMBERS' "
            "INTERESTS None were declared | P102/12 | MINUTES OF THE LAST MEETING RESOLVED that "
            "the minutes be approved. | P103/12 | PLANNING APPLICATIONS No objection. |",
            ["P100/12", "P101/12", "P102/12", "P103/12"],
        ),
    ],
)
def test_a_flattened_table_numbered_in_its_first_cell_is_broken_apart(text, expected):
    numbers = [item.number for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert numbers == expected


def test_numbered_motions_under_headings_in_capitals_are_not_the_items():
    text = (
        "CALL TO ORDER\nThe meeting was called to order by the Chair at 6:05 p.m.\n"
        "MOTION TO APPROVE AGENDA\n"
        "2014/21MOTION by Trustee A. Bee, SECONDED by C. Dee to approve the agenda.\n"
        "CARRIED\n"
        "MINUTES\n"
        "2014/22MOTION by Trustee A. Bee, SECONDED by E. Fay to approve the minutes.\n"
        "CARRIED\n"
        "FINANCE REPORT\n"
        "2014/23MOTION by Trustee G. Hale, SECONDED by C. Dee to accept the report.\n"
        "CARRIED\n"
        "CORRESPONDENCE\nA letter from the Friends of the Library was received.\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER",
        "MOTION TO APPROVE AGENDA",
        "MINUTES",
        "FINANCE REPORT",
        "CORRESPONDENCE",
    ]


def test_numbered_items_under_the_last_name_of_those_present_are_items():
    text = (
        "Elmford Parish Council\n\nFinance Committee\n\n"
        "MINUTES of the Meeting of the Finance Committee held at 8.00pm on Thursday 7 December\n"
        "2017 in the Village Centre, Church Road, Elmford.\n\n"
        "Committee Members Present\n\nAnn Bee (Chairman for the meeting) Carl Dee\n\n"
        "Also Present:\n\n\nEve Fay ASSISTANT CLERK\n\n"
        "F17/053. Apologies for Absence and Declarations of Interest: The following apologies for\n"
        "absence were received prior to the meeting and accepted: Gus Hale, Ivy Jones and Kay\n"
        "Lamb. There were no declarations of interest.\n\n"
        "F17/054. Minutes of the meeting of the Finance Committee of 9 November 2017: The Minutes\n"
        "were received and accepted and signed by the Chairman at the end of the meeting tonight.\n\n"
        "F17/055. Adjournment for questions from the public: There being no members of the public\n"
        "present the Committee was not required to consider whether to adjourn the Meeting in\n"
        "accordance with the Standing Orders of the council, in order to receive questions.\n\n"
        "F17/056. Payments and receipts: The Committee was asked to approve the payment of the\n"
        "accounts totalling £22,297.56 for month 9 and the total receipts of the month, which it\n"
        "did unanimously, and the Chairman signed the schedule of payments for the month.\n\n"
        "RESOLVED: to approve the payments.\n\n"
        "F17/057. Date of the next meeting: 11 January 2018 at 8.00pm in the Village Centre.\n"
    )
    numbers = [item.number for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert numbers == ["F17/053", "F17/054", "F17/055", "F17/056", "F17/057"]
    # ... each as strong as a numbered title: none is a point of the line above
    weights = {c.number: c.weight for c in heading_candidates(split_lines(text), width=88)}
    assert weights["F17/053"] == weights["F17/056"] == 1.0


def test_flattened_labels_with_a_dash_after_the_colon_head_items():
    text = (
        "Board of Management Meeting Agreed Report March 18th 2015. Minutes of last meeting: - "
        "The book rental scheme was discussed and agreed by all members of the board present. "
        "Correspondence: - Notification from the patron of a change of the board in October, "
        "asking each member to confirm whether they will continue. Principal's Report: - The "
        "cluster meeting was held in the town on 2 March and discussed special education. "
        "Treasurer's Report: - The accounts for February were presented and approved by all. "
        "Other Business: - The car park will be closed on the day of the fundraiser in April."
    )
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles[-4:] == [
        "Correspondence",
        "Principal's Report",
        "Treasurer's Report",
        "Other Business",
    ]


def test_a_number_glued_to_its_title_by_a_table_cell_heads_an_item():
    text = (
        "1Appointment of Chairman\nIt was agreed that Councillor Bee would chair the meeting.\n"
        "2Apologies for Absence\nApologies were received from Carl Dee and Eve Fay.\n"
        "4Matters Arising\nThe members noted the matters arising.\n"
        "1st Reading of the new policy was postponed.\n"
    )
    assert items_of(text) == [
        ("1", "Appointment of Chairman"),
        ("2", "Apologies for Absence"),
        ("4", "Matters Arising"),
    ]


def test_a_records_portals_town_meeting_page_reads_its_articles():
    """A records portal's viewer around a town meeting's minutes: its own lines are chrome,
    each "Article N" alone over its text is an item, and the body is the Town Meeting."""
    text = (
        "My WebLink\n|\nHelp\n|\nAbout\n|\nSign Out\nHome\nBrowse\nSearch\n"
        "10/02/2023 Annual Town Meeting\n>\n10/02/2023 Annual Town Meeting\nMetadata\n"
        "Thumbnails\nAnnotations\nEntry Properties\nLast modified\n10/9/2023 2:51:02 PM\n"
        "There are no annotations on this page.\nPages to print\nView plain text\n"
        "The Select Board recommends approval of Article 1 by a vote of 5-0\n\n"
        "Motion passes 310 to 12 at 7:20PM\n\n\nArticle 2\n\n"
        "To see if the Town will vote to transfer the sum of $40,000 from revenue\n"
        "available for appropriation to the Snow and Ice Account.\n\n"
        "Motion passes 298 to 20 at 7:31PM\n\n\nArticle 3\n\n"
        "To see if the Town will vote to accept the gift of land on Elm Street.\n\n"
        "Motion passes unanimously at 7:40PM\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert document.meeting.committee == "Annual Town Meeting"
    assert [item.number for item in document.items] == ["Article 2", "Article 3"]
    assert document.items[0].title.startswith("To see if the Town will vote to transfer")


def test_business_arising_over_its_numbered_points_is_an_item():
    text = (
        "Minutes of the previous Board Meeting were tabled and read.\n\n"
        "It was resolved on the motion of Ann Bee/Carl Dee that the minutes be accepted.\n\n"
        "Business arising from previous Minutes:\n\n"
        "1. Annual Awards – Report from the previous Secretary – No report.\n"
        "2. Club By-Laws – Update – No report.\n\n"
        "Correspondence In:\n\n"
        "1. Letter of thanks for our donation with receipt received from the hospice.\n\n"
        "Treasurer's Reports:\n\n"
        "1. Project Account and General Account report to June 30 2022.\n"
    )
    titles = item_titles(text)
    assert "Business arising from previous Minutes" in titles


def test_a_note_in_brackets_between_a_title_and_its_text_leaves_the_title_a_heading():
    text = (
        "Road Matters\n\nNo response had yet been received from the roads department.\n\n"
        "Appointment of Auditor\n\n(Mr Carl Dee attended the meeting)\n\n"
        "Members read quotes from two firms and agreed to appoint the cheaper one.\n"
    )
    assert item_titles(text) == ["Road Matters", "Appointment of Auditor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr J A Bee informed members that the site had been visited.", None),
        (
            "Chairman's Report The chairman reported that the hall was busy.",
            ("Chairman's Report", "The chairman reported that the hall was busy."),
        ),
        # a record's formula in capitals opens its sentence: no title
        ("LET THE RECORD SHOW Selectman Ann Bee was in attendance, as was a resident.", None),
        ("WHEREAS the Board has reviewed the budget for the coming year.", None),
        # a pronoun and an adverb are a sentence's words, never a title's
        ("She also advised Members about the walking project in the spring.", None),
        # a title in capitals, then the subject in title case with an acronym, then its verb
        (
            "DELEGATIONS Elmton RV Park A presentation was given by Ann Bee on the park.",
            ("DELEGATIONS", "Elmton RV Park A presentation was given by Ann Bee on the park."),
        ),
        # ... but a resolution's joining word in capitals is no title
        ("AND THAT in accordance with Standing Order 9 the item be added.", None),
        ("THAT Council approves the draft agreement with the developer.", None),
        ("The Mayor also advised Members about the walking project in the spring.", None),
    ],
)
def test_a_person_opening_a_sentence_is_no_run_in_title(text, expected):
    assert run_in_title(text) == expected


def test_numbered_items_under_an_attendance_list_with_posts_are_items():
    text = (
        "BOARD OF COMMISSIONERS MEETING\n"
        "Present at the Meeting:\n"
        "Ann Bee — Chairman of the Board of Commissioners (Zoom)\n"
        "Carl Dee — Vice Chairman of the Board of Commissioners (in office)\n"
        "Eve Fay — Executive Director of the Housing Authority (Zoom and in office)\n"
        "Mayor Gus Hale (Zoom)\n"
        "1. Meeting called to order at 12:38 pm by the Chairman of the Board.\n"
        "2. Having three Board Members present, a quorum was declared.\n"
        "3. Citizens' Forum opened and closed with no one present to speak.\n"
        "4. Approval of the Minutes of May 18 was moved and seconded. Passed 3-0.\n"
    )
    numbers = [item.number for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert numbers == ["1", "2", "3", "4"]
    reasons = [r for c in heading_candidates(split_lines(text)) for r in c.evidence.reasons]
    assert not any("a point of the section" in reason for reason in reasons)


@pytest.mark.parametrize(
    "heading",
    [
        "REPORTS, PETITIONS, AND CORRESPONDENCE",
        "PRESENTATION OF PETITIONS, COMMUNICATIONS, AND BILLS.",
        "ROLL CALL.",
    ],
)
def test_a_heading_in_capitals_may_list_its_subjects_and_end_with_a_stop(heading):
    """US boards list a heading's subjects with commas, the last after "AND", and a
    typist may end a heading with a full stop: neither makes it a sentence or a list."""
    text = (
        "Village of Pinecrest\nMeeting of the Board of Trustees\nMay 4, 2021\n\n"
        "CALL TO ORDER\n\nThe President called the meeting to order at 7:00 p.m.\n\n"
        f"{heading}\n\nThe Clerk read a letter from the Pinecrest Garden Club.\n\n"
        "ADJOURNMENT\n\nThe meeting adjourned at 8:10 p.m.\n"
    )
    assert titles_of(text) == ["CALL TO ORDER", heading.rstrip("."), "ADJOURNMENT"]


def test_capitals_lists_of_names_and_sentences_stay_no_titles():
    assert not lists_subjects("PRESENT: BEE, DEE, FAY AND GEE")
    assert not could_be_title("THE MOTION WAS MOVED, SECONDED AND CARRIED BY ALL PRESENT.")


@pytest.mark.parametrize("label", ["Apologies:", "Apology:", "APOLOGIES"])
def test_apologies_between_two_parts_of_the_attendance_are_no_item(label):
    """ "Present" / names / "Apologies:" / names / "In Attendance" / names: the apologies
    are one part of who came and who did not, not the meeting's first business."""
    text = (
        "Oakmere Health Board\nMinutes of the meeting held on 4 March 2015 at 2.00pm\n\n"
        "Present\nAnn Bee (Chair)\nCarl Dee\nEve Fay\n\n"
        f"{label}\nGus Hale and Ivy Jones\n\n"
        "In Attendance\nKim Lowe (Chief Executive)\n\n"
        "WELCOME\nThe Chair welcomed those present.\n\n"
        "FINANCE REPORT\nThe report was noted.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == ["WELCOME", "FINANCE REPORT"]
    assert document.meeting.apologies == ["Gus Hale", "Ivy Jones"]


def test_apologies_heading_business_after_the_attendance_is_an_item():
    text = (
        "Oakmere Health Board\nMinutes of the meeting held on 4 March 2015 at 2.00pm\n\n"
        "Present\nAnn Bee (Chair)\nCarl Dee\n\n"
        "APOLOGIES\nApologies were received from Gus Hale.\n\n"
        "FINANCE REPORT\nThe report was noted.\n"
    )
    assert titles_of(text) == ["APOLOGIES", "FINANCE REPORT"]


def test_numbers_counting_through_a_flattened_table_cut_at_its_gaps_start_items():
    """A page flattened onto one line whose table cells were set apart by wide gaps: cut
    at the gaps, each item's number and title end the cell before, the way the numbers
    count 1, 2, 3 through the document says where the items start."""
    gap = " " * 12
    text = (
        f"Meeting of the Fernlea Reading Room Trustees 3 March 2022 at 6:00 pm 1. Welcome"
        f"{gap}The chair opened the meeting at 6:05 and welcomed the trustees present."
        f" 2. Minutes of the Last Meeting{gap}Motion to accept by Dee, seconded by Fay,"
        f" approved unanimously. 3. Treasurer's Report{gap}The balance stands at 4,120"
        f" pounds after the roof repair. 4. New Shelving{gap}Quotes for new shelving will"
        f" be sought before the next meeting.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "trust.txt").items]
    assert titles == [
        "Welcome",
        "Minutes of the Last Meeting",
        "Treasurer's Report",
        "New Shelving",
    ]


def test_numbers_inside_a_few_sentences_do_not_break_ordinary_lines():
    """Numbers in running text that do not count up through the document ("item 2. The
    ...") leave the lines alone."""
    text = (
        "1. Finance\n\nThe clerk referred to page 4. The accounts were noted.\n\n"
        "2. Roads\n\nThe survey of 12 roads was noted. 7. Parish roads are in the plan.\n"
    )
    assert items_of(text) == [("1", "Finance"), ("2", "Roads")]


def test_a_numbered_list_inside_a_flattened_motion_does_not_outweigh_headings_in_capitals():
    """Flattened minutes under headings in capitals, one motion listing agenda changes by
    their numbers ("7. Roads Matters (h) Move to 8(p)"): numbers before no title count for
    nothing against the headings."""
    text = (
        "MINUTES OF THE REGULAR MEETING OF ASPEN VALE COUNTY HELD ON TUESDAY, 2011 03 08 "
        "CALL TO ORDER Reeve A. Bee called the meeting to order at 9:00 am. STAFF "
        "PRESENTATION Reeve A. Bee presented Carl Dee with a certificate for 20 years of "
        "service to the county. ADOPTION OF AGENDA Moved by E. Fay to approve the agenda "
        "with the following additions: 7. Roads Matters (h) Move to Planning 8(p) (i) Grader "
        "Update 8. Planning Matters (c) 1:30 pm Delegation (d) Permit 9. General Matters (e) "
        "Move to Roads 7(j) CARRIED UNANIMOUSLY INTRODUCTION OF NEW STAFF Gus Hale introduced "
        "Ivy Jones to Council. Ivy is filling the vacancy in the planning office this spring.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "county.txt").items]
    assert "7" not in [item.number for item in parse_bytes(text.encode(), "county.txt").items]
    assert "STAFF PRESENTATION" in titles and "INTRODUCTION OF NEW STAFF" in titles


def test_a_long_list_of_names_after_a_title_s_colon_is_the_item_s_text_not_a_subtitle():
    """ "Roll Call: Attendance; President Bee; Trustees Cole, Dee ..." runs on far past a
    subtitle's length: the title is "Roll Call", the names are the minute."""
    text = (
        "1.) Roll Call and Pledge: Attendance; President Ames (by phone); Trustees Bell, Cole, "
        "Drew, Ensor, Building Inspector Fenn, Village Clerk Gale, Treasurer Hart. Police "
        "Chief Irwin, Absent; Tr. Jolly\n"
        "2.) Public Comments: None\n"
        "3.) Approval of Minutes: A motion to approve the minutes carried.\n"
    )
    assert items_of(text) == [
        ("1", "Roll Call and Pledge"), ("2", "Public Comments"), ("3", "Approval of Minutes")
    ]  # fmt: skip


@pytest.mark.parametrize("marked", ["-Office Bearers-", "**Office Bearers**", "= Office Bearers ="])
def test_a_heading_set_between_marks_is_read_without_them(marked):
    text = (
        "Glenmoray Community Council\n\nMinutes of Meeting – Tuesday 5th March 2024, 7pm\n\n"
        "Welcome: AB welcomed all.\n\n"
        f"{marked}\n\n"
        "AB – asked for nominations for treasurer. CD accepted the position and all agreed.\n\n"
        "Finance\n\nCD – reported the balance of the account at the end of the month.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles == ["Welcome", "Office Bearers", "Finance"]


def test_a_street_address_with_the_meeting_s_time_under_the_board_s_name_is_no_item():
    text = (
        "Larchmont Public Library Board\nMeeting Minutes\n1 Cedar Street (6:00 p.m.)\n"
        "Wednesday, March 10, 2021\nMembers Present:\nTrustee Ann Bee\n\n"
        "1. Call to Order\nThe Chair called the meeting to order at 6:00 p.m.\n"
        "2. Approval of Agenda\nMoved by Trustee Bee that the agenda be approved. Carried.\n"
        "3. Reports\nThe CEO report was received.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Call to Order"), ("2", "Approval of Agenda"), ("3", "Reports")
    ]  # fmt: skip


def test_a_balance_labelled_with_its_account_is_no_title_in_the_document_s_style():
    """Headings a word or two long, and "Reserve fund: $1,204.50" among the treasurer's
    figures: a line whose label gives an amount is a balance, not an item."""
    text = (
        "Kauri Bay Residents Association\n\nMinutes of meeting held 4 March 2020\n\n"
        "Apologies\n\nNone.\n\nMatters arising\n\nThe calendar sold out.\n\n"
        "Finance\n\nThe treasurer reported the balances.\n\nMain account: $512.20\n\n"
        "Reserve fund: $1,204.50\n\nMotion: pay the printer. Moved Ann, seconded Bo, carried.\n\n"
        "Road safety\n\nThe speed signs will be moved.\n\nNext meeting\n\n1 April.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles == ["Apologies", "Matters arising", "Finance", "Road safety", "Next meeting"]


def test_a_flattened_typescript_numbered_in_roman_after_its_date():
    flattened = (
        "PLAN COMMISSION , TUESDAY , MAY 4 , 1993 I . CALL TO ORDER The meeting was called to "
        "order at 8 : 15 P . M . by Chairman Ross . II . ROLL CALL Present : M . Akers , J . Pell , "
        "T . Dunn , R . Fox and L . Ward . III . APPROVAL OF MINUTES The minutes of April 6 , 1993 were approved . "
        "IV . OLD BUSINESS The fence variance at 12 Elm Road was discussed at length , and the "
        "petitioner , Mr . Dale Hunt , asked that the hearing be continued so that his "
        "neighbours , who had written in support , could attend . The variance was tabled "
        "to June , on a motion by Com . Pell , seconded by Com . Ward ."
    )
    assert item_numbers(flattened) == ["I", "II", "III", "IV"]


def test_a_summary_of_actions_names_the_record_and_dashed_titles_open_with_a_list():
    """A county board's "SUMMARY ACTION": the line names the kind of record under the
    heading, no item; "PUBLIC COMMENT – 1) Ann Bee, ..." opens its item with a list of
    speakers, still headed by the title in capitals before the dash."""
    text = textwrap.dedent(
        """\
        COUNTY OF QUILLAN
        BOARD OF SUPERVISORS
        TUESDAY, MARCH 4, 2014
        SUMMARY ACTION
        9:00 a.m.
        Ann Bee, District 1 Carl Dee, County Executive
        Materials related to an item on this Agenda are available for public inspection at the Clerk's office.
        FLAG SALUTE – Led by Supervisor Dee.
        STATEMENT OF MEETING PROCEDURES - Read by Clerk.
        PUBLIC COMMENT – 1) Erin Fay, a resident of Elm Valley, presented a letter about the road closures. 2) Gil Hart spoke on water rates.
        SUPERVISOR'S COMMITTEE REPORTS – None.
        """
    )
    assert item_titles(text) == [
        "FLAG SALUTE",
        "STATEMENT OF MEETING PROCEDURES",
        "PUBLIC COMMENT",
        "SUPERVISOR'S COMMITTEE REPORTS",
    ]


def test_a_point_that_reads_as_a_title_stays_in_its_item_when_its_neighbours_do():
    """Numbered points under numbered items, most of them sentences: "1.1 None received."
    and "3.1 Minutes agreed and signed." are points like the others, so the decision they
    record is their item's."""
    text = textwrap.dedent(
        """\
        Minutes of Meeting
        held on 12 March 2019

        Present: Ann Bee (Chair), Carl Dee, Erin Fay

        1. Apologies for absence

        1.1 None received.

        2. Declarations of interest

        2.1 Councillors signed the attendance book. No interests declared.

        3. Minutes of the last meeting

        3.1 Minutes agreed and signed.

        3.2 Ref 4.5 – the bench by the pond has been repaired.

        4. Clerk's report

        4.1 The clerk gave details of the financial statement as at 28th February.

        4.2 Councillors approved the payments listed in the statement.

        4.3 Ann and Carl signed the cheques and Erin checked the invoices.

        5. Highways

        5.1 Potholes on Mill Lane have been reported to the county council again.
        """
    )
    document = parse_bytes(text.encode(), "points.txt")
    assert [item.number for item in document.items] == ["1", "2", "3", "4", "5"]
    minutes = document.items[2]
    assert "Minutes agreed and signed" in minutes.body and minutes.decisions


def test_a_committee_systems_row_title_may_end_with_a_full_stop_above_its_label():
    """Row titles over their "Minutes:" labels, one of them a sentence-like title with a
    full stop ("Minutes of the last meeting ... and matters arising."): still a title."""
    text = textwrap.dedent(
        """\
        Election of the Chair
        Minutes:
        Cllr. Ann Bee was nominated by Cllr. Carl Dee and seconded by Cllr. Erin Fay.
        Order: Cllr. Ann Bee was elected as Chair of the Events Committee. |
        Election of the Deputy Chair
        Minutes:
        Cllr. Carl Dee was nominated by Cllr. Ann Bee and seconded by Cllr. Gil Hart.
        Order: Cllr. Carl Dee was elected as Deputy Chair of the Events Committee.
        Minutes of the last meeting held on 3rd May and matters arising.
        Minutes:
        Cllr. Fay reported that the summer programme had been sent to the Department.
        Order: Minutes Agreed. |
        """
    )
    assert item_titles(text) == [
        "Election of the Chair",
        "Election of the Deputy Chair",
        "Minutes of the last meeting held on 3rd May and matters arising",
    ]


def test_the_last_bullet_of_who_came_is_no_heading():
    """ "PRESENT:" and "ALSO PRESENT:" over bulleted names and posts, then the minutes'
    first paragraph: the last name is an entry like the others, not a title over it."""
    text = textwrap.dedent(
        """\
        MINUTES
        SPECIAL MEETING OF COUNCIL

        IN THE COUNCIL CHAMBER
        PRESENT:
          - Mayor A. Bee
          - Councillor C. Dee
          - Councillor E. Fay
        ALSO PRESENT:
          - City Clerk G. Hart
          - Legislative Assistant I. Jones
          - Legislative Records Assistant K. Lee

        Mayor Bee called the meeting to order at 9:30 a.m.

        CONFIRMATION OF AGENDA

        Moved by Councillor Dee, Seconded by Councillor Fay, that the Agenda be confirmed.

        MOTION CARRIED

        BRIEFINGS

        The City Manager gave a briefing on winter road maintenance.
        """
    )
    assert item_titles(text) == ["CONFIRMATION OF AGENDA", "BRIEFINGS"]


def test_a_title_over_a_list_numbered_again_heads_an_item():
    """ "3. Set Agenda." then "Clerk's Report:" alone over "1. Presentation of Minutes ...",
    "2. Presentation of Bills ...": the title heads an item, its list is the item's points;
    "RESOLVED:" over a numbered resolution heads nothing."""
    text = textwrap.dedent(
        """\
        Village of Elmwood Board of Trustees met April 9.
        1. Roll Call. President Bee requested a roll call vote. All trustees were present.
        2. Pledge of Allegiance. The scout troop led the pledge.
        3. Set Agenda. President Bee asked the Board for items to be added. RESOLVED:
        1. That the agenda be set as printed.
        Clerk's Report:
        1. Presentation of Minutes of March 5, 2019 Regular Board Meeting. The minutes were approved.
        2. Presentation of Bills for Payment. The bills were approved for payment.
        """
    )
    titles = [title.rstrip(".") for title in item_titles(text)]
    assert titles == ["Roll Call", "Pledge of Allegiance", "Set Agenda", "Clerk's Report"]


def test_the_first_number_inside_the_line_above_the_second_starts_the_items():
    """ "Items 1. Petition for ..." then "2. River Settlement", "3. ...": the items' first
    number stands after a short label on its line; it starts item 1 all the same."""
    text = textwrap.dedent(
        """\
        Elmvale District Council Meeting 4 April 2017 Confirmed Minutes
        Items 1. Petition for a Preferred Voting System (referred to the May meeting)
        2. River Claims Settlement
        3. Iwi Engagement
        4. Adoption of the Annual Plan Consultation Document
        5. Council Appointment
        """
    )
    assert item_numbers(text) == ["1", "2", "3", "4", "5"]
    assert item_titles(text)[0].startswith("Petition for a Preferred Voting System")


def test_a_committee_systems_rows_without_their_marks_start_after_each_minute():
    """Rows saved without their "|" marks: after a minute's text, the next row's title and
    the agenda's wording on one line, then its "Minutes:" label; the wording under a title
    ("To receive any apologies for absence.") starts no row."""
    text = textwrap.dedent(
        """\
        Venue: Elm Church Hall, Mill Lane, Elmbridge
        Contact: Email:

        Apologies for absence
        To receive any apologies for absence.
        Minutes:
        Apologies were received from Ann Bee and Carl Dee.
        Declarations of interest All Members who believe they have a Disclosable Pecuniary Interest in any matter to be considered at the meeting must declare that interest.
        Minutes: Members were mindful of their duty to declare any interest during the meeting.
        Deputations To receive any deputations from members of the public.
        Minutes: There were no deputations.
        """
    )
    assert item_titles(text) == ["Apologies for absence", "Declarations of interest", "Deputations"]


def test_an_unnumbered_entry_among_a_contents_tables_numbered_rows_is_an_item():
    """A contents table alone, its rows "ITEM-n TITLE" with page numbers below, and one
    entry without a number ("QUESTIONS WITHOUT NOTICE 7") between two of them: an item."""
    text = textwrap.dedent(
        """\
        MINUTES of the Ordinary Meeting of Elmvale Shire Council held on 13 March 2018
        ITEM SUBJECT PAGE

        ITEM-1 CONFIRMATION OF MINUTES 3

        ITEM-2 BUSH FIRE PRONE LAND MAP

        3

        ITEM-3 LOCAL TRAFFIC COMMITTEE RECOMMENDATIONS

        4

        QUESTIONS WITHOUT NOTICE 7

        ITEM-4 AUDIT COMMITTEE 8

        ITEM-5 REVIEW OF ORGANISATIONAL STRUCTURE 9
        """
    )
    assert "QUESTIONS WITHOUT NOTICE" in item_titles(text)
    assert item_numbers(text) == ["ITEM 1", "ITEM 2", "ITEM 3", "", "ITEM 4", "ITEM 5"]


def test_a_label_that_is_only_a_named_number_gives_the_item_its_number_and_title():
    """ "Article 1: Retroactive Pay – Police Department:" then the minute, "Article 15:
    Citizen's Petition: Selectmen agreed ...": the articles of a town meeting's warrant,
    numbered as the warrant numbers them, titled by what follows the number."""
    text = textwrap.dedent(
        """\
        Board of Selectmen
        May 21, 2015
        Mr. Bee called the Board of Selectmen's meeting to order at 7:00 p.m.

        Article 1: Retroactive Detail Pay – Police Department:
        Mr. Dee reported that the vote required for Article 1 is a simple majority.

        Article 15: Citizen's Petition – Transfer of Town Land: Selectmen agreed to make their recommendation on the town meeting floor.
        """
    )
    assert items_of(text) == [
        ("Article 1", "Retroactive Detail Pay – Police Department"),
        ("Article 15", "Citizen's Petition – Transfer of Town Land"),
    ]


def test_a_run_of_weak_headings_starts_at_its_first_number_across_a_gap():
    """Minute references over sentences ("FP 1/14 | Members considered ..."), the second
    left out: the run starts at the first all the same, not at the third."""
    text = textwrap.dedent(
        """\
        FP 1/14 | Members considered the appointment of a Chairman for 2014/15. |
        FP 3/14 | Members considered the appointment of a Vice Chairman for 2014/15. |
        FP 4/14 | Members noted the Panel arrangements agreed by each council.
        The Panel discussed each authority's representation on the Panel.
        FP 5/14 | Members considered draft Terms of Reference for the Panel.
        The Panel noted that paragraph 17 needed amendment.
        """
    )
    assert item_numbers(text) == ["FP 1/14", "FP 3/14", "FP 4/14", "FP 5/14"]


def test_a_title_in_title_case_cut_after_its_possessive_is_mended():
    """ "Chairman's" / "Report" / text: a narrow cell wrapped the title after its
    possessive; the two lines are one title line."""
    text = textwrap.dedent(
        """\
        Minutes of annual general meeting, 14 September 2022
        (Held by Zoom)
        12 members and 4 committee members. Apologies from Ann Bee (secretary).
        Chairman's
        Report
        All meetings
        for the season have been held over Zoom. Members are missing the social side of the club.
        Treasurer's
        Report
        The accounts
        now follow the club season, and the balance stands at £1,204.
        """
    )
    assert item_titles(text) == ["Chairman's Report", "Treasurer's Report"]


def test_a_minute_reference_marks_its_paragraph_even_when_its_title_runs_on():
    """ "09/20 Approval of the accounts These had been ..." and "10/20 Exercise of Public
    Rights there was a legal requirement ...": a year's minute references, the second title
    running into a sentence in lower case; both start items."""
    text = textwrap.dedent(
        """\
        Present; A. Bee (Chair), C. Dee, E. Fay

        09/20 Approval of the accounts for 2019-20 These had been circulated and two points of clarification had arisen.

        E. Fay proposed acceptance of the accounts, seconded by C. Dee and unanimously agreed.

        10/20 Exercise of Public Rights there was a legal requirement for the accounts to be available for inspection.
        """
    )
    assert item_numbers(text) == ["09/20", "10/20"]


def test_the_last_name_of_a_list_above_the_next_label_in_capitals_is_no_section_title():
    """ "PRESENT" over names one a paragraph, the last just above "ALSO PRESENT", then the
    officers, the last (with a post in brackets) just above "APOLOGY": names, not
    sections' titles over the labels below them."""
    text = textwrap.dedent(
        """\
        The Council meeting commenced at 5.42 pm.

        PRESENT

        Cr Ann Bee (Mayor)

        Cr Carl Dee

        Cr Erin Fay
        ALSO PRESENT

        Gil Hart (General Manager)

        Ida Jones (Minute Secretary)
        APOLOGY

        Cr Kim Lee

        DISCLOSURE OF INTEREST

        Councillor Dee declared a non-pecuniary interest in item 9.2 as a member of the hall committee.
        """
    )
    assert item_titles(text) == ["APOLOGY", "DISCLOSURE OF INTEREST"]


def test_standing_business_with_nothing_under_it_heads_an_empty_item():
    """ "Old Business" alone, "New Business" straight below it, then the new business: two
    items, the first empty; "Roll call: Ayes: Bee, Dee." is a vote's tally, no title."""
    text = textwrap.dedent(
        """\
        September 24, 2019
        The regular meeting of the Elm Township Trustees was called to order by Chairman Bee.
        It was moved by Dee seconded by Bee that bills be approved for payment.
        Roll call: Ayes: Bee, Dee. Nays: None. Motion Carried.
        Guests Present: Ann Fay – candidate for the Water Board
        Old Business
        New Business
        E. Hart reported that the mower has been repaired and the tractor order placed.
        """
    )
    assert item_titles(text) == ["Old Business", "New Business"]


def test_flattened_known_business_in_capitals_after_the_heading_s_year_is_broken_out():
    """ "... REGULAR MEETING FEBRUARY 1, 2012 CALL TO ORDER The Regular Meeting ...": the
    first business in capitals straight after the heading's date, in flattened text; the
    heading then names the board."""
    text = (
        "CITY OF ELMWOOD MINUTES PLANNING AND ZONING BOARD REGULAR MEETING FEBRUARY 1, 2012 "
        "CALL TO ORDER The Regular Meeting of the Planning and Zoning Board was called to order "
        "at 6:00 p.m. by Chairman Ann Bee in the Commission Chambers of City Hall, and the "
        "members present were Carl Dee, Erin Fay and Gil Hart. A moment of silence preceded "
        "the Pledge of Allegiance. NEW BUSINESS The Board discussed the sign ordinance at "
        "length and asked staff to bring a draft to the next meeting of the Board in March. "
        "ADJOURNMENT The meeting was adjourned at 7:15 p.m."
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items][0] == "CALL TO ORDER"
    assert document.meeting.committee == "Planning and Zoning Board"


def test_a_contents_tables_first_number_after_its_heading_starts_item_one():
    """ "INDEX OF MINUTES 1. DECLARATION OF OPENING ..... 3" then "2. RECORD OF ATTENDANCE
    ..... 3": the table's heading and its first entry share a line; the entry is item 1."""
    text = textwrap.dedent(
        """\
        INDEX OF MINUTES 1. DECLARATION OF OPENING AND ANNOUNCEMENT OF VISITORS ........ 3
        2. RECORD OF ATTENDANCE AND APOLOGIES ........ 3
        3. PUBLIC QUESTION TIME ........ 4
        4. CONFIRMATION OF MINUTES ........ 4
        """
    )
    assert items_of(text)[0] == ("1", "DECLARATION OF OPENING AND ANNOUNCEMENT OF VISITORS")


def test_a_motion_in_a_title_in_capitals_is_no_motions_credit():
    """ "NOTICE OF RESCISSION MOTION - ITEM 28 APRIL COUNCIL MEETING": the title goes on
    past "MOTION"; "APPROVAL OF MINUTES MOTION: BEE/DEE" ends before its credit."""
    text = textwrap.dedent(
        """\
        ITEM - 18 CODE OF CONDUCT REVIEW
        The review was noted.
        ITEM - 19 NOTICE OF RESCISSION MOTION - ITEM 28 APRIL COUNCIL MEETING
        The notice was lost.
        ITEM - 20 APPROVAL OF MINUTES MOTION: BEE/DEE
        The minutes were approved.
        """
    )
    assert item_titles(text) == [
        "CODE OF CONDUCT REVIEW",
        "NOTICE OF RESCISSION MOTION - ITEM 28 APRIL COUNCIL MEETING",
        "APPROVAL OF MINUTES",
    ]


@pytest.mark.parametrize("gap", [" ", "    "])
def test_flattened_items_numbered_with_their_word_are_broken_apart(gap):
    """A contents table run into one line, each entry "ITEM - n" with its title and page
    ("... 09:30am ITEM - 1 APPLICATIONS FOR LEAVE OF ABSENCE.. 1 ITEM - 2 ..."), with
    single spaces or a table's wide gaps after the numbers: each entry is an item."""
    entries = [
        "APPLICATIONS FOR LEAVE OF ABSENCE.. 1",
        "DECLARATIONS OF INTEREST.. 1",
        "MAYORAL MINUTE - APPOINTMENTS.. 2",
        "CONFIRMATION OF THE MINUTES.. 4",
        "WORKS COMMITTEE MEETING.. 5",
    ]
    text = "MINUTES OF THE Ordinary Council Meeting HELD ON Monday 21 May, 2012 TABLE OF CONTENTS "
    text += " ".join(f"ITEM - {n}{gap}{entry}" for n, entry in enumerate(entries, start=1))
    assert item_numbers(text) == ["ITEM 1", "ITEM 2", "ITEM 3", "ITEM 4", "ITEM 5"]
    assert item_titles(text)[0] == "APPLICATIONS FOR LEAVE OF ABSENCE"


def test_a_years_minute_numbers_at_the_ends_of_cells_start_the_items():
    """A page flattened and then cut at its table's wide gaps, each minute number (1201,
    1202, ...) left at the end of the cell before its title: the numbers start the items;
    years in the text ("2019", "2020") are no run of minutes."""
    text = (
        "Minutes of the Meeting held on the 2nd January 2020 Present: A Bee (Chairman), "
        "C Dee, E Fay. Apologies: G Hart. Members of the public. 4 1201       The Chairman "
        "welcomed the members of the public 1202       Public Participation. Stones had been "
        "placed on the verge outside the old telephone box in 2019. 1203       Minutes of the "
        "meeting held on the 4th November were approved and signed by the chairman. 1204       "
        "Matters Arising: The Chairman reported on the 2020 budget and the 2021 precept."
    )
    assert item_numbers(text) == ["1201", "1202", "1203", "1204"]


def test_references_to_items_in_running_text_break_no_lines():
    """ "... as agreed under item 1 of the last meeting ... see item 2 ... item 3 was
    deferred": references inside sentences count no items; only a capitalised mark before
    a title ("ITEM - 3 TITLE") does."""
    text = textwrap.dedent(
        """\
        1. Matters arising
        The clerk reported on the bench repairs agreed under item 1 of the last meeting, and the
        quotation noted under item 2 which was still awaited; item 3 of that meeting was deferred.
        2. Finance
        The balance was noted.
        """
    )
    assert items_of(text) == [("1", "Matters arising"), ("2", "Finance")]
    lines = split_lines(text)
    assert at_numbers_counted_across_lines(lines) == lines


def test_flattened_minutes_numbered_by_the_years_running_count_are_broken_apart():
    """A cabinet's minutes on one line, numbered by the year's count with a star for a
    key decision ("*450 Minutes RESOLVED ... *451 Matters of Urgency There was ..."); a
    year in the text ("2016/17") is no number of theirs."""
    text = (
        "Cabinet Minutes Wed Jan 13 2016 Present:- Councillors Bee (Chairman), Dee and Fay "
        "*450 Minutes RESOLVED that the minutes of the meeting held on 9 December 2015 be "
        "signed as a correct record. *451 Matters of Urgency There was no item raised as a "
        "matter of urgency. *452 Announcements There was no announcement by the Chairman at "
        "this meeting. *453 Petitions There was no petition received from a member of the "
        "public. *454 Budget 2016/17 The Cabinet considered the report of the County Treasurer "
        "on the preparation of the budget for 2016/17 and the settlement announced in 2015."
    )
    assert item_numbers(text) == ["450", "451", "452", "453", "454"]


def test_flattened_minutes_numbered_by_the_years_count_in_five_figures_with_a_stop():
    """ "... Clerk: Ann Bee 19001. APOLOGIES FOR ABSENCE: ... 19002. DECLARATION OF ...":
    the year's two figures before its running count, each number with its stop."""
    text = (
        "COMMUNITY COUNCIL MINUTES OF MEETING held at the Village Hall on Monday 21 January "
        "2019 at 7pm Councillor Attendance Ann Bee Present Cy Dee Present Clerk: Ed Fox 19001. "
        "APOLOGIES FOR ABSENCE: Cllr Gil Hay 19002. DECLARATION OF INTERESTS Cllr Dee declared "
        "an interest in the hall funding as a member of its committee. 19003. NEW RECYCLING "
        "POLICY The county officer explained the changes to the collection of glass. 19004. "
        "FINANCE The Clerk presented the accounts for the quarter to December."
    )
    assert item_numbers(text) == ["19001", "19002", "19003", "19004"]


def test_flattened_titles_before_the_agendas_wording_are_broken_out():
    """A committee system's page on one line: each title in title case between the last
    minute's full stop and its agenda wording ("... the code of conduct. Chair's Urgent
    Business To receive reports on business ..."), no numbers anywhere."""
    text = (
        "Agenda and minutes Venue: Council House Contact: Democratic Advisor No. Item "
        "Declarations of Interest Members will be asked to make any declarations of interest. "
        "There were no declarations of interest made in accordance with the code of conduct. "
        "Chair's Urgent Business To receive reports on business which, in the opinion of the "
        "Chair, should be brought forward. There was no urgent business. Taxi Licensing Policy "
        "Review To consider the report of the licensing manager. The Committee agreed the "
        "revised policy for consultation with the trade."
    )
    titles = item_titles(text)
    assert "Chair's Urgent Business" in titles and "Taxi Licensing Policy Review" in titles


def test_flattened_references_whose_first_number_counts_are_broken_apart():
    """A parish's minutes on one line, numbered "1-0607/8 - Welcome", "2-0607/8 - ...": the
    first number counts, the year after it stays the same."""
    text = (
        "Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 28 March "
        "2007 Councillors A Bee (Chairman), C Dee and E Fay Parish Clerk G Hart 1-0607/8 - "
        "Welcome and Apologies. The Chairman welcomed Councillors to the meeting and noted "
        "that Councillor Jones was away. 2-0607/8 - Declarations of Interest There were no "
        "declarations of interest. 3-0607/8 – Local Development Framework CD advised that he "
        "and EF had reviewed the questionnaire and agreed the responses to be returned."
    )
    assert item_numbers(text) == ["1-0607/8", "2-0607/8", "3-0607/8"]


def test_report_codes_with_a_stop_and_the_year_are_item_numbers():
    """A council's reports numbered "CM.056/24", "CM.057/24" (report 56 of 2024): each a
    numbered item, in the style of the one before."""
    text = textwrap.dedent(
        """\
        Contents
        CM.056/24 Audit and Risk Committee Meeting May 2024
        CM.057/24 Quarterly Risk and Safety Report - March 2024
        CM.058/24 Valley Walk Memorandum of Understanding
        CM.059/24 Unsealed Roads Improvement Policy
        """
    )
    assert item_numbers(text) == ["CM.056/24", "CM.057/24", "CM.058/24", "CM.059/24"]


def test_long_business_in_capitals_with_its_date_heads_an_item_and_a_roll_calls_votes_do_not():
    """ "CONSIDERATION AND APPROVAL OF THE MINUTES OF THE REGULAR BOARD OF ALDERMEN MEETING
    OF FEBRUARY 6, 2006": long in capitals, but its date is no part of its length; "Roll call:
    Alderwoman Bee, yes; Alderman Dee, yes" is a vote's tally, no title."""
    text = textwrap.dedent(
        """\
        ROLL CALL

        PRESENT: Mayor Fay, Alderwoman Bee, Alderman Dee

        CONSIDERATION AND APPROVAL OF THE AGENDA OF THE REGULAR BOARD OF ALDERMEN MEETING OF MARCH 6, 2006

        Motion was made by Alderman Dee, second by Alderwoman Bee to approve the agenda as presented.

        CONSIDERATION AND APPROVAL OF THE MINUTES OF THE REGULAR BOARD OF ALDERMEN MEETING OF FEBRUARY 6, 2006

        Motion was made by Alderman Dee, second by Alderwoman Bee to approve the minutes.
        Roll call: Alderwoman Bee, yes; Alderman Dee, yes.
        """
    )
    titles = item_titles(text)
    assert len(titles) == 3 and titles[2].startswith("CONSIDERATION AND APPROVAL OF THE MINUTES")


def test_notes_above_the_items_of_business_head_no_items():
    """A committee system's page: "Standard Items" notes about the meeting ("Hybrid
    Meeting", "Webcasting of Meeting"), then "Items Of Business": only what follows the
    label is the business; the body is the one "this meeting of" names."""
    text = textwrap.dedent(
        """\
        Agenda
        Standard Items
        Members of the Press and Public
        Members of the press and public wishing to attend the meeting should report to the reception.
        Hybrid Meeting
        Please note that this meeting is scheduled to be held in the Council Chambers.
        Webcasting of Meeting
        This meeting will be filmed for live or subsequent broadcast via the Council's internet site.
        The Convener intimated that this meeting of the Policy Board would be filmed for broadcast.
        Items Of Business
        Apologies
        Apologies from members.
        Declarations of Interest and Transparency Statements
        There were no declarations of interest intimated prior to the commencement of the meeting.
        """
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "Apologies", "Declarations of Interest and Transparency Statements"
    ]  # fmt: skip
    assert document.meeting.committee == "Policy Board"


def test_a_senate_s_minutes_numbered_by_body_year_and_minute():
    """ "S.99-211 Farewell to Senators": the senate's minute 211 of 1999 heads the item; the
    attendance labels above ("SENATORS: 59", "By Invitation: ...") are no items."""
    text = (
        "MINUTES OF THE MEETING OF THE SENATE\n\nOctober 15, 1999\n\n"
        "SENATORS: 59\n\nA. Bee, C. Dee, E. Fay\n\nBy Invitation: G. Hay\n\n"
        "S.99-211 Farewell to Senators\n\nThe Vice-Chair thanked the Senators who retire.\n\n"
        "S.99-212 Minutes of the Previous Meeting\n\nThe minutes were approved.\n\n"
        "S.99-213 Wheelchair Access to Buildings\n\nA senator asked about the library ramp.\n"
    )
    assert items_of(text) == [
        ("S.99-211", "Farewell to Senators"),
        ("S.99-212", "Minutes of the Previous Meeting"),
        ("S.99-213", "Wheelchair Access to Buildings"),
    ]


def test_the_contents_label_before_the_first_entry_is_no_part_of_its_title():
    text = (
        "Ordinary Council Meeting 20 December 2016\n\n"
        "Contents Declarations of Conflict of Interest ........ 3 Confirmation of Minutes "
        "........ 3 Public Participation ........ 4\n\n"
        "Declarations of Conflict of Interest\n\nNone were declared.\n\n"
        "Confirmation of Minutes\n\nThe minutes were confirmed.\n"
    )
    assert "Contents Declarations of Conflict of Interest" not in item_titles(text)


def test_an_initial_and_a_surname_that_reports_and_an_acronym_in_a_sentence_are_no_items():
    """ "J. Knopf reported ...": a member by initial, not item J; "... from Quicken to PTO
    Manager. She ...": an acronym inside the sentence, not a heading in capitals."""
    report = (
        "J. Knopf reported that we have switched our accounts from Quicken to PTO Manager. "
        "She presented a spreadsheet in which expenses and profit are listed for the year, and "
        "the members thanked her for the work."
    )
    text = (
        "Call to order\nAnn Bee called the meeting to order at 7:08. In attendance were Ann "
        "Bee (President), Jo Knopf (Treasurer), Cy Dee, Eve Fay and Gus Hay, who is new.\n"
        f"Treasurer's report\n{report}\nMoving Up Ceremony\n"
        "A. Bee reported that it will be cake only, not dinner, on Friday at 5pm in the hall "
        "behind the school, and that parents are welcome to bring the younger children too.\n"
    )
    assert item_titles(text) == ["Call to order", "Treasurer's report", "Moving Up Ceremony"]


def test_the_agendas_wording_about_the_minutes_alone_after_a_minute_heads_that_item():
    """A committee system's page that left the minutes item's title out: "To confirm the
    minutes ..." alone after the text of the item before is that item; the same wording
    under a title ("Minutes" / "To confirm ...") stays the title's text."""
    text = (
        "Apologies for Absence\n\n\nApologies were received from Councillors Bee and Dee.\n\n\n"
        "To confirm the minutes of the meeting held on 25 November 2021.\n\n\n"
        "The Minutes of the meeting held on 25 November 2021 were confirmed.\n\n\n"
        "Licensing Policy Review\n\n\nTo consider the draft policy.\n\n\n"
        "Members agreed to consult on the draft for twelve weeks.\n"
    )
    assert item_titles(text) == [
        "Apologies for Absence",
        "To confirm the minutes of the meeting held on 25 November 2021",
        "Licensing Policy Review",
    ]
    under_a_title = (
        "Apologies for Absence\n\nApologies were received from Councillors Bee and Dee.\n\n"
        "Minutes\n\nTo confirm the minutes of the meeting held on 25 November 2021.\n\n"
        "The minutes were confirmed.\n\nRoads\n\nThe potholes in Mill Lane were noted.\n"
    )
    assert item_titles(under_a_title) == ["Apologies for Absence", "Minutes", "Roads"]


def test_an_untitled_paragraph_opening_with_long_agenda_wording_in_title_case_keeps_it_whole():
    wording = (
        "Conduct a Public Hearing Regarding a Request to Rezone the Property Described as Elm "
        "Addition out of the Henry Bee Survey and Located at the Southwest Corner of 5th "
        "Street and Willow from SF-10 Single Family Residential to PD Planned Development "
        "District"
    )
    text = (
        "1. Meeting called to order at 7:05pm.\n"
        f"2. {wording}. Public Hearing Opened. No Citizens Present. Public Hearing Closed.\n"
        "3. Meeting Adjourned.\n"
    )
    assert item_titles(text)[1] == wording


def test_a_flattened_heading_in_capitals_after_a_rule_of_stars():
    filler = "The council heard the report and thanked the staff for their work on it. " * 4
    text = (
        "ADJOURNED REGULAR MEETING CITY OF ELMWOOD TUESDAY, MAY 31, 1994 ***************** "
        f"CALL TO ORDER The meeting was called to order by Mayor Bee at 1:08 p.m. {filler}"
        f"PLEDGE OF ALLEGIANCE The Pledge was led by Mayor Bee. {filler}"
        f"PUBLIC HEARING The hearing on the hotel agreement was opened. {filler}\n"
    )
    assert titles_of(text)[:2] == ["CALL TO ORDER", "PLEDGE OF ALLEGIANCE"]


def test_flattened_headings_in_capitals_after_a_time_across_a_slash_and_over_a_list():
    """ "... to order at 6:02 PM APPROVAL OF AGENDA ...", "PARKS / TRAILS REPORT", and a
    heading whose first point opens with an initial ("OLD BUSINESS 1. B. Lowe ..."): each
    is a heading in capitals of flattened text."""
    filler = "The board heard the report and thanked the staff for their work on it. " * 3
    text = (
        "Elmwood Harbor Board Tuesday, May 3, 2022 Members Present: A. Bee, C. Dee "
        "CALL TO ORDER The meeting was called to order at 6:02 PM APPROVAL OF AGENDA "
        f"Unanimously approved. {filler}PARKS / TRAILS REPORT None were received. {filler}"
        "OLD BUSINESS 1. B. Lowe reported on the dredging survey. 2. C. Dee asked about "
        f"the moorings list. {filler}NEW BUSINESS The board set a workshop for June. {filler}\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER", "APPROVAL OF AGENDA", "PARKS / TRAILS REPORT", "OLD BUSINESS",
        "NEW BUSINESS",
    ]  # fmt: skip


def test_in_minutes_labelled_in_capitals_a_label_in_mixed_case_is_a_point():
    text = (
        "Selectmen's Minutes, September 13, 2018\n\n"
        "Opened the meeting and declared a quorum present.\n\n"
        "NEW BUSINESS: The superintendent discussed the school budget and the new bus route.\n"
        "Phone for CEO. Moved, seconded and voted 3-0 to buy the officer a cell phone.\n\n"
        "OLD BUSINESS: Discussed the tax software upgrade and the web site.\n\n"
        "ASSISTANT'S REPORT: Mowing the old landfill will be discussed next week.\n\n"
        "CEO REPORT: Two building permits were issued this week.\n"
    )
    assert item_titles(text) == ["NEW BUSINESS", "OLD BUSINESS", "ASSISTANT'S REPORT", "CEO REPORT"]


def test_a_flattened_minute_number_stays_with_the_heading_in_capitals_after_it():
    """ "... Senior Planning Officer 99. APOLOGIES No apologies ... received 100. MINUTES
    OF PREVIOUS MEETING The Minutes ...": each number heads the title after it."""
    filler = "The committee considered the report and the officers answered questions. " * 4
    text = (
        "MINUTES OF A MEETING OF THE PLANNING COMMITTEE HELD ON 1 MARCH 2017 Officers Present "
        "Ann Bee, Senior Planning Officer 99. APOLOGIES No apologies for absence were received "
        "100. MINUTES OF PREVIOUS MEETING The Minutes of the meeting of 1 February 2017 were "
        f"confirmed. {filler}MEMBERS' UPDATE The update was circulated to all present. "
        f"{filler}DECLARATION OF INTEREST Councillor Dee declared an interest. {filler}"
        f"SITE VISITS The committee visited two sites. {filler}"
        f"PLANNING APPLICATIONS The committee heard two applications. {filler}\n"
    )
    assert items_of(text)[:2] == [("99", "APOLOGIES"), ("100", "MINUTES OF PREVIOUS MEETING")]


def test_a_short_title_alone_over_a_list_numbered_again_heads_an_item():
    text = (
        "1. Apologies\n\nNone were received.\n\n"
        "2. Accounts – the accounts were agreed.\n\n"
        "3. Next AGM – it was agreed that this will be in March.\n\n"
        "General Discussion and suggestions\n\n"
        "1. Suggestion that the stewards' telephone numbers go on all notice boards.\n\n"
        "2. Suggestion that the gates be locked at dusk in winter.\n"
    )
    assert item_titles(text)[-1] == "General Discussion and suggestions"


def test_a_typed_council_s_minutes_under_an_archive_s_dated_title_keep_their_headings():
    """ "04/17/1979 - City Council Regular": an archive's name for a meeting's minutes (not
    a page of one decision); "AGENDA" after a sentence is the item on the agenda, and
    "MINUTES - APRIL 3, 1979 MEETING" the item on the last minutes."""
    text = (
        "04/17/1979 - City Council Regular\nMINUTES OF A REGULAR MEETING OF THE ELMWOOD CITY "
        "COUNCIL\nAPRIL 17, 1979\nA regular meeting of the Elmwood City Council was held on\n"
        "April 17, 1979 at 6:30 p.m. at the City Hall. Those present were Mayor Bee,\n"
        "Councilmembers Dee and Fay.\nAGENDA\nAfter the Pledge of Allegiance, Dee moved and "
        "Fay\nseconded the motion to approve the agenda as distributed.\n"
        "MINUTES - APRIL 3, 1979 MEETING\nFay moved and Dee seconded the motion to approve\n"
        "the minutes as distributed.\n"
    )
    assert item_titles(text) == ["AGENDA", "MINUTES - APRIL 3, 1979 MEETING"]


def test_a_flattened_heading_in_capitals_before_a_numbered_title_in_capitals():
    """ "... and the Study Session Notes. APPROVAL OF AGENDA 1. PROCLAMATION ...": the
    heading is broken off before its first numbered point, in capitals too."""
    filler = "The council heard the report and thanked the staff for their work on it. " * 4
    text = (
        "CITY COUNCIL MINUTES JUNE 12, 2017 CALL TO ORDER The meeting was called to order at "
        f"7 p.m. {filler}APPROVAL OF AGENDA 1. PROCLAMATION FOR PARKS MONTH The mayor read "
        f"the proclamation. {filler}PUBLIC HEARINGS The hearing on the budget was held. "
        f"{filler}ADJOURNMENT The meeting adjourned at 9 p.m. {filler}\n"
    )
    assert "APPROVAL OF AGENDA" in titles_of(text)


def test_a_motion_s_mover_and_seconder_in_capitals_and_its_outcome_are_no_headings():
    text = (
        "Elm County Board of Commissioners\n\nMeeting of April 7, 2015\n\n"
        "The meeting was called to order by Board Chairman Bee.\n\n"
        "KEY - SPRINGER\n\nMotion to approve the agenda.\n\nAdopted Unanimously\n\n"
        "SPRINGER - HALL\n\nMotion to approve the consent agenda.\n\nAdopted Unanimously\n\n"
        "ROAD REPORT\n\nThe engineer reported on the spring road restrictions.\n"
    )
    titles = item_titles(text)
    assert not {"KEY - SPRINGER", "SPRINGER - HALL", "Adopted Unanimously"} & set(titles)


def test_two_roman_sections_head_the_paragraphs_numbered_on_across_them():
    """A government panel's minutes: sections "I." and "II." with titles, and the
    paragraphs under them numbered on across both (the first printed without its number,
    then "2." ... "6."), each a sentence. The numbered sentences are the sections' text;
    two sections are enough when what they hold is sentences, not titles."""
    text = (
        "I. Appointment of Convenor\n\n"
        "As the member presiding, the clerk invited nominations for the post of convenor.\n\n"
        "2. One nomination was received and seconded, and the convenor took the chair.\n\n"
        "3. The clerk then invited nominations for the post of deputy convenor.\n\n"
        "4. One nomination was received for that post and it was seconded as well.\n\n"
        "II. Programme of visits for the coming session\n\n"
        "5. Members agreed to visit the two new depots in the spring.\n\n"
        "6. Members noted that the report on the visits would be circulated.\n"
    )
    assert items_of(text) == [
        ("I", "Appointment of Convenor"),
        ("II", "Programme of visits for the coming session"),
    ]


def test_two_roman_numerals_over_titled_numbered_items_do_not_take_them_over():
    """Titled numbered items under two Roman parts stay the items: the parts need three
    numerals to head an outline over titles."""
    text = (
        "I. Open Session\n\n"
        "1. Apologies\n\nNone were received.\n\n"
        "2. Minutes\n\nThe minutes were approved.\n\n"
        "II. Closed Session\n\n"
        "3. Staffing\n\nThe board noted the report.\n\n"
        "4. Contracts\n\nThe board agreed the renewal.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4"]


CONTENTS_WITHOUT_LEADERS = (
    "TABLE OF CONTENTS\n\n"
    "OPENING OF MEETING: 1\n\nCONFIRMATION OF MINUTES: 1\n\nSTORMWATER LEVY 4\n\n"
    "LIBRARY EXTENSION 9\n\nGENERAL BUSINESS: 12\n"
)


def test_a_contents_table_without_leaders_alone_gives_its_entries_without_pages():
    """Titles with their pages in a column and no dot leaders, the pages never falling:
    a contents table. Alone, its entries are the items, without the page numbers."""
    assert item_titles(CONTENTS_WITHOUT_LEADERS) == [
        "OPENING OF MEETING", "CONFIRMATION OF MINUTES", "STORMWATER LEVY",
        "LIBRARY EXTENSION", "GENERAL BUSINESS",
    ]  # fmt: skip


@pytest.mark.parametrize("leaders", [False, True])
def test_a_contents_entry_whose_heading_follows_is_not_an_item_of_its_own(leaders):
    """When the minutes follow the table, each entry's title heads its minute again
    below: the heading is the item, the entry no second copy of it."""
    contents = CONTENTS_WITHOUT_LEADERS
    if leaders:
        contents = re.sub(r" (\d+)\n", r" ........ \1\n", contents)
    minutes = (
        "\nOPENING OF MEETING:\n\nThe Mayor opened the meeting at 6pm.\n\n"
        "CONFIRMATION OF MINUTES:\n\nThe minutes of 4 April were confirmed.\n\n"
        "STORMWATER LEVY\n\nThe council adopted the levy for the year.\n\n"
        "LIBRARY EXTENSION\n\nThe architect's sketch plans were received.\n\n"
        "GENERAL BUSINESS:\n\nCr Dale asked about the bus shelter.\n"
    )
    assert item_titles(contents + minutes) == [
        "OPENING OF MEETING", "CONFIRMATION OF MINUTES", "STORMWATER LEVY",
        "LIBRARY EXTENSION", "GENERAL BUSINESS",
    ]  # fmt: skip


def test_a_title_and_colon_whose_sentence_wraps_in_a_narrow_column_opens_an_item():
    """A district board's minutes set in a narrow column: the sentence after "Old
    Business:" ends on the next line ("The board" / "elected officers. Dee will stay"),
    still running text, so the label heads an item as its neighbours do."""
    text = (
        "Water Report: Losses were\n12 percent this month.\n"
        "Old Business: The board\nelected officers. Dee will stay\npresident for a year.\n"
        "New Business: A resident\nasked about late fees on her account.\n"
    )
    assert item_titles(text) == ["Water Report", "Old Business", "New Business"]


def test_readings_after_a_colon_are_a_reports_text_not_items():
    """A village's water report lists its readings as "Label: figure" lines ("Monthly
    fluoride average: 1.06 p.p.m."): each is the report's text, however it ends."""
    text = (
        "Water Report:\nThe operator reported on the month.\n"
        "Monthly fluoride average: 1.06 p.p.m.\n"
        "Total pumped: 2,593,600 gallons.\n"
        "Street Report:\nThe crew patched the potholes on Elm Street.\n"
    )
    assert item_titles(text) == ["Water Report", "Street Report"]


def test_flattened_headings_in_capitals_hold_a_fiscal_year_and_follow_a_page_reference():
    """A water district's minutes run onto one line: a long heading in capitals with a
    fiscal year in it ("... FISCAL YEAR 2023-2024 BUDGET ...") is one heading, and the
    page an exhibit is filed on ("Exhibit Book 3, Page 41.") numbers no item."""
    text = (
        "WATER AND SEWER DISTRICT REGULAR MEETING Members present were Commissioner Ann "
        "Birch, Commissioner Ben Cole and Commissioner Cy Dunn. APPROVAL OF MINUTES Chair "
        "Birch called for a motion to approve the minutes. Commissioner Cole MOVED, SECONDED "
        "by Commissioner Dunn, to approve the minutes of the meeting of May 6, 2024. Upon "
        "vote, the MOTION CARRIED UNANIMOUSLY. ADOPTION OF FISCAL YEAR 2023-2024 BUDGET "
        "ORDINANCE FOR THE EASTVALE COUNTY WATER AND SEWER DISTRICT Chair Birch asked for "
        "a motion. Commissioner Dunn MOVED, SECONDED by Commissioner Cole, to adopt the "
        "budget ordinance. Upon vote, the MOTION CARRIED UNANIMOUSLY. A copy of the "
        "ordinance is filed in Exhibit Book 3, Page 41. ADJOURNMENT Chair Birch called for "
        "a motion to adjourn the meeting, and the meeting was adjourned at 9:40 a.m. "
    )
    assert items_of(text) == [
        ("", "APPROVAL OF MINUTES"),
        ("", "ADOPTION OF FISCAL YEAR 2023-2024 BUDGET ORDINANCE FOR THE EASTVALE COUNTY "
             "WATER AND SEWER DISTRICT"),
        ("", "ADJOURNMENT"),
    ]  # fmt: skip


def test_a_title_wrapped_inside_its_date_is_one_title():
    """A committee page's item whose title in capitals wrapped at the page's margin in
    the middle of a date ("... HELD ON 12" / "MARCH 2019"): one title, with its date."""
    text = (
        "Agenda item\n\nCONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 12\nMARCH 2019\n\n"
        "Minutes:\n\nThe minutes of the meeting were agreed as a correct record and\n"
        "signed by the Chairman.\n"
    )
    assert item_titles(text) == ["CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 12 MARCH 2019"]


def test_a_title_left_hanging_above_its_minutes_label_takes_its_rest_back():
    """A committee system's row whose title wrapped ("... to the Mayor of" / "Westhaven"),
    the rest then above the "Minutes:" label, where the agenda's wording would stand."""
    text = (
        "41.\n\nVote of Thanks to the Retiring Deputy to the Mayor of\nWesthaven\n\n"
        "Minutes:\n\nMembers thanked the retiring deputy for eight years of service.\n\n"
        "42.\n\nApologies for Absence\n\nMinutes:\n\nThere were no apologies.\n"
    )
    assert item_titles(text) == [
        "Vote of Thanks to the Retiring Deputy to the Mayor of Westhaven",
        "Apologies for Absence",
    ]


def test_a_numbered_title_that_reached_the_margin_goes_on_in_title_case_below():
    """Minutes hard-wrapped at about sixty characters (enough lines to tell the width):
    a title whose line reached the margin goes on below in title case ("... Application
    for a Premises" / "Licence - Harbour Kiosk, Quay Street"); a title that stops short
    of the margin does not take the line under it."""
    text = (
        "12.   Licensing Act 2003 - Application for a Premises\n"
        "Licence - Harbour Kiosk, Quay Street\n\n"
        "The Sub-Committee heard from the applicant and from two\n"
        "residents who live near the kiosk, and then retired to\n"
        "consider the application in private before deciding it.\n\n"
        "13.   Review of Fees\n"
        "Report of the Licensing Manager\n\n"
        "The Sub-Committee noted the report on the fees charged\n"
        "for licences and agreed to consult on the new fees soon.\n"
    ) + (
        "The Sub-Committee also noted that the fees had not risen\n"
        "for three years and that the costs of the service had\n"
        "risen in that time by about a tenth, mostly in staff.\n"
    ) * 5
    assert items_of(text) == [
        ("12", "Licensing Act 2003 - Application for a Premises Licence - Harbour Kiosk, "
               "Quay Street"),
        ("13", "Review of Fees"),
    ]  # fmt: skip


def test_flattened_references_that_count_before_their_month_and_year_start_items():
    """A parish council's minutes run onto one line, each minute referenced by its count,
    then its month and year after a colon ("P01:05/24", "P02:05/24", ...)."""
    text = (
        "Full Council Meeting Minutes Members Present: Cllrs Abel, Byrne and Cole. "
        "P01:05/24 To receive apologies for absence. Apologies were received from Cllr Dunn "
        "and accepted by the council. P02:05/24 To receive declarations of interest. There "
        "were no declarations of interest made at this meeting. P03:05/24 To approve the "
        "minutes of the last meeting. RESOLVED that the minutes be approved and signed by "
        "the chair. P04:05/24 To consider the play area inspection. The council noted the "
        "report and agreed to repair the swings before the summer holidays begin. "
    )
    assert item_numbers(text) == ["P01:05/24", "P02:05/24", "P03:05/24", "P04:05/24"]


def test_flattened_known_business_in_sentence_case_starts_an_item():
    """A committee page run onto one line: known business written in sentence case
    ("Declarations of interest", "Minutes of the previous meeting") between one sentence
    and the next starts an item, as it does in title case; "Apologies were received from
    Cllr Dee" is a sentence, not a title, though it opens with known business."""
    text = (
        "Agenda and minutes Harbour Board - Tuesday 4 February 2020 10.00 am Venue: Room 2. "
        "Apologies were received from Cllr Dee and Cllr Fay, who were both away on that day. "
        "Declarations of interest There were no declarations of interest at the meeting. "
        "Minutes of the previous meeting The minutes of the meeting held on 7 January 2020 "
        "were agreed as a correct record and signed by the Chair of the Board. Public "
        "Questions No public questions were received before the closing date for them. "
    )
    assert item_titles(text) == [
        "Declarations of interest", "Minutes of the previous meeting", "Public Questions",
    ]  # fmt: skip


def test_a_flattened_heading_in_capitals_after_a_quotation_starts_an_item():
    """A shire's minutes run onto one line: a heading in capitals after a statement
    that ends in a closing quotation mark ('... of all faiths." ABORIGINAL RECOGNITION')
    starts an item, as one after a full stop does."""
    text = (
        "MINUTES OF General Meeting held at Council Chambers on Wednesday 6 June 2018 at "
        "6:30PM PRESENT Councillors Ash (Chairman), Birch and Cole. OPENING PRAYER Pastor "
        "Dale opened the meeting in prayer. RELIGIOUS DIVERSITY Statement by the Chairman: "
        '"We respect the beliefs of all members of our community, of all faiths." '
        'ABORIGINAL RECOGNITION Statement by the Chairman: "We acknowledge we are on the '
        'traditional lands of the people of this place." AUDIO RECORDING Statement by the '
        'Chairman: "I advise all present that tonight\'s meeting is being recorded." '
    )
    assert item_titles(text) == [
        "OPENING PRAYER", "RELIGIOUS DIVERSITY", "ABORIGINAL RECOGNITION", "AUDIO RECORDING",
    ]  # fmt: skip


def test_flattened_references_of_four_parts_counting_from_one_start_items():
    """A town council committee's table of minutes run onto one line: each row opens with
    a reference of four parts whose last counts from 1 ("GP/24/3/1 | To receive ...")."""
    text = (
        "General Purposes Committee MINUTES of the meeting held 4th March 2024 In attendance: "
        "Cllr Ann Abel Cllr Bob Byrne GP/24/3/1 | To receive apologies for absence | Cllrs Cole "
        "and Dunn | | GP/24/3/2 | To note declarations of interest | None were declared at "
        "this meeting | | GP/24/3/3 | To confirm the minutes of the meeting held on 5th "
        "February 2024 | RESOLVED: That the minutes be approved as a true record | | "
        "GP/24/3/4 | To review the grass cutting contract for the coming season | RESOLVED: "
        "That the contract be renewed for one more year on the same terms | | "
    )
    assert item_numbers(text) == ["GP/24/3/1", "GP/24/3/2", "GP/24/3/3", "GP/24/3/4"]


def test_a_flattened_table_of_titles_and_their_minutes_is_read_a_cell_a_line():
    """A church council's two-column table (title | minute) run onto one line: read a
    cell a line, each title heads the minute in the cell after it."""
    text = (
        "MINUTES OF THE PAROCHIAL CHURCH COUNCIL Meeting Date | 3rd May 2023 | Venue | "
        "St Aidan's Hall | Prayers | The Vicar opened the meeting with a prayer. | "
        "Apologies | Mrs Ann Abel and Mr Bob Byrne sent their apologies. | "
        "Minutes of last meeting | These were accepted as a true record of the meeting. | "
        "Churchyard | The wall by the lych gate is to be repaired before the summer. | "
        "Finance | The treasurer reported that giving had risen by a tenth this year. | "
    )
    assert item_titles(text) == [
        "Prayers", "Apologies", "Minutes of last meeting", "Churchyard", "Finance",
    ]  # fmt: skip


def test_flattened_numbers_before_a_wide_gap_number_the_title_after_it():
    """A fire board's minutes run onto one line with the PDF's wide gaps kept ("... 2018
    1.     CALLED TO ORDER – 6:03 pm 2.     ATTENDEES ..."): each number heads the title
    after its gap, not the text before it."""
    text = (
        "REGULAR BOARD MEETING MINUTES MARCH 4, 2019 1.     CALLED TO ORDER – 7:01 pm "
        "2.     ATTENDEES – ANN B, BOB C, CY D 3.     APPROVAL OF FEBRUARY MINUTES MOVED BY "
        "ANN, SECONDED BY BOB, ALL IN FAVOUR 4.     TREASURER'S REPORT – THE BALANCE IS "
        "$4,210 AND THE AUDIT IS DUE IN MAY 5.     CHIEF'S REPORT – TWELVE CALLS IN FEBRUARY, "
        "NINE OF THEM MEDICAL, AND THE NEW HOSES HAVE ARRIVED AT LAST "
    )
    assert item_numbers(text) == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("bullet", ["-", "\u2022"])
def test_flattened_bulleted_headings_in_capitals_start_items(bullet):
    """A parish council's bulleted headings ("- APOLOGIES FOR ABSENCE", "\u2022 ...") run
    onto one line with their text: each heading in capitals after the bullet starts an item."""
    text = (
        "Minutes 6th May 2021 Parish Council meeting on Thursday 6th May 2021 at 8 p.m. "
        "- MEMBERS PRESENT Mr A. Abel (Chairman), Mrs B. Byrne, Mr C. Cole "
        "- APOLOGIES FOR ABSENCE Mrs D. Dunn (Work commitments) "
        "- MINUTES OF PREVIOUS MEETING The minutes of the meeting held on 1st April 2021 had "
        "been circulated and were agreed as a true record by all present. "
        "- MATTERS ARISING The clerk reported that the new bench had been installed by the "
        "pond and that the old one had been taken away by the contractor last week. "
        "- FOOTPATHS The footpath officer reported that the stile on Mill Lane is broken. "
    ).replace(" - ", f" {bullet} ")
    assert item_titles(text)[-4:] == [
        "APOLOGIES FOR ABSENCE", "MINUTES OF PREVIOUS MEETING", "MATTERS ARISING", "FOOTPATHS",
    ]  # fmt: skip


def test_flattened_minute_numbers_counting_with_a_colon_after_them_start_items():
    """A parish council's minutes run onto one line, each minute numbered on from the
    last meeting's with a colon after it ("3011: Apologies for Absence: ...")."""
    text = (
        "Minutes 14th January 2014 Held at the School. Present: Ann Abel (Chairman), Bob "
        "Byrne and Cy Cole. In attendance: Dee Dunn - Clerk 3011: Apologies for Absence: Eve "
        "Ford - unwell 3012: Declarations of Interest: None were declared by members at the "
        "meeting. 3013: Playing Field: The grass cutting contract was renewed for a year and "
        "the goal posts are to be repainted. 3014: Clerk's Report: The clerk reported on the "
        "precept, which was set at the same figure as last year after some discussion. "
    )
    assert item_numbers(text) == ["3011", "3012", "3013", "3014"]


def test_a_title_at_the_margin_takes_back_its_rest_from_above_the_minutes_label():
    """A committee page saved as text wrapped at about ninety characters: a title that
    reached the margin ("... Former Councillor Ann") goes on below ("Westbrook"), though
    the line below was read as the agenda's wording above its "Minutes:" label."""
    filler = (
        "The Lord Mayor invited those present at the meeting to stand for a minute's silence in\n"
        "memory of a councillor who had served the city and its people for many long years.\n"
    ) * 10
    text = (
        "62.\n\nLord Mayor's Special Business - Death of Honorary Alderman and Former Councillor Ann\n"
        f"Westbrook\n\nMinutes:\n\n{filler}\n"
        "63.\n\nApologies for Absence\n\nMinutes:\n\nThere were no apologies for absence.\n"
    )
    assert item_titles(text) == [
        "Lord Mayor's Special Business - Death of Honorary Alderman and Former Councillor Ann "
        "Westbrook",
        "Apologies for Absence",
    ]


def test_a_narrow_title_wrapped_on_a_page_of_a_line_a_paragraph_is_one_title():
    """A web page that sets every line as a paragraph (a blank line after each): a title
    in capitals wrapped in its narrow cell ("NATIONAL" / "ANTHEM") is still one title."""
    lines = [
        "MINUTES OF General Meeting held at Council Chambers on Wednesday 6 June 2018",
        "PRESENT", "Councillors Ash (Chairman), Birch, Cole, Dale and Eyre.",
        "NATIONAL", "ANTHEM", "The National Anthem was sung by all present.",
        "OPENING", "PRAYER", "Pastor Finch opened the meeting in prayer.",
        "AUDIO", "RECORDING OF COUNCIL MEETING",
        "The Chairman advised that the meeting was being recorded.",
        "APOLOGIES", "Councillor Gray sent her apologies for the meeting.",
        "CONFIRMATION", "OF MINUTES", "The minutes of the last meeting were confirmed.",
        "MAYORAL", "MINUTES", "There were no Mayoral Minutes at this meeting.",
        "CLOSE", "The meeting closed at 7.40pm.",
    ]  # fmt: skip
    titles = item_titles("\n\n".join(lines) + "\n")
    assert titles[:4] == [
        "NATIONAL ANTHEM", "OPENING PRAYER", "AUDIO RECORDING OF COUNCIL MEETING", "APOLOGIES",
    ]  # fmt: skip


def test_two_numbers_read_on_one_line_do_not_break_the_reading():
    """A contents table with no blank lines, a page's number "(2)" under its last row: that
    number, read as numbering the line above it, stands on the row's own line with the
    row's number, and the reading goes on (it once failed there and fell back to the
    whole text as one item)."""
    rows = "\n".join(
        f"ITEM-{n} {title}\n{page}"
        for n, title, page in [
            (1, "CONFIRMATION OF MINUTES", 3), (2, "PROPOSED AMENDMENTS TO THE FLOOD MAP", 3),
            (3, "INDEPENDENT HEARING PANELS", 4), (4, "DEED OF AGREEMENT - TRAFFIC SIGNALS", 4),
        ]
    )  # fmt: skip
    text = (
        "This is Page 1 of the Minutes of the Ordinary Meeting held on 13 March 2018\n"
        f"ITEM SUBJECT PAGE\n{rows}\nITEM-5 REVIEW OF ORGANISATIONAL STRUCTURE 11\n(2)\n"
        "MINUTES of the duly convened Ordinary Meeting held in the Council Chamber.\n"
    )
    document = parse_bytes((HEADER + text).encode(), "minutes.txt")
    assert not any("unexpected parser error" in note for note in document.fallbacks)
    assert [item.number for item in document.items][:2] == ["ITEM 1", "ITEM 2"]


def test_flattened_references_with_their_count_glued_before_the_year_start_items():
    """A committee page run onto one line, its items referenced by letters, the count and
    the year's two digits glued together ("AM119", "AM219", "AM319": items 1 to 3 of '19)."""
    text = (
        "Agenda and minutes Annual Meeting Monday 20 May 2019 7.00 pm Venue: Guildhall. "
        "No. Item AM119 Notice of Meeting Minutes: The Chief Executive read the notice of the "
        "meeting to all members present. AM219 Member Attendance Minutes: The Chief Executive "
        "recorded the attendance and no apologies were received at the meeting. AM319 "
        "Election of Mayor Minutes: Councillor Abel was elected Mayor for the coming year on "
        "the proposal of Councillor Byrne, seconded by Councillor Cole. "
    )
    assert item_numbers(text) == ["AM119", "AM219", "AM319"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minutes of the Meeting of Westbury Town Council held on Monday 2 May 2016. Present: "
            "Cllrs A. Bee (Chair), C. Dee. Apologies: Cllr E. Fay (abroad) T1. Former Mayor Cllr "
            "Bee told the meeting that a former mayor had died in April. T2. Police Report No "
            "police officer was present at the meeting. T3. Reports of Members T3.a County Cllr "
            "Dee said the county budget had been set for the year. T4. Open Forum Resolved: that "
            "standing orders be suspended for the public to speak. ",
            ["T1", "T2", "T3", "T4"],
        ),
        (
            "Eastholm Parish Council Finance Committee minutes of 9 June 2021. Present: Cllr "
            "Gee, Cllr Hay and the Clerk. F1 Apologies Apologies were received from Cllr Ives "
            "and accepted by the committee. F2 Accounts The clerk presented the accounts for "
            "May and they were approved. F3 Grants Two grants to village groups were agreed "
            "by the committee for the coming year. F4 Hall Repairs The clerk reported that the roof "
            "of the village hall had been repaired and the bill would be paid next month. ",
            ["F1", "F2", "F3", "F4"],
        ),
    ],
)
def test_flattened_items_numbered_by_a_letter_and_their_count_start_items(text, expected):
    """A town council's PDF run onto one line, its minutes numbered by a letter and the
    count ("T1.", "T2." or "F1", "F2"): a new item at each, not at a part of one ("T3.a")."""
    assert item_numbers(text) == expected


def test_a_flattened_tables_column_label_is_no_part_of_the_first_title():
    """A committee page run onto one line, its rows unnumbered: the table's header ("No.
    Item") stands before the first row's title, and is no part of it."""
    text = (
        "Agenda and minutes Venue: Town Hall Contact: Committee Clerk Email: No. Item "
        "Declarations of Interest Members will be asked to make any declarations of interest "
        "in respect of items on this agenda. There were no declarations of interest made by "
        "Councillors. Minutes pdf icon PDF 155 KB To confirm the minutes of the meeting held "
        "on 1 September 2022. The Committee agreed that the minutes were confirmed as a "
        "correct record. Chair's Urgent Business To receive reports on business which, in "
        "the opinion of the Chair, should be brought forward. There was no urgent business. "
    )
    assert "Declarations of Interest" in item_titles_alone(text)


def test_a_committees_code_column_before_each_title_is_no_part_of_it():
    """ "2015/281" / "(TC) / ADJOURNMENT FOR PUBLIC PARTICIPATION": the minute number alone,
    then the committee's code and the title; the title is what follows the code."""
    text = (
        "2015/281\n(TC) / ADJOURNMENT FOR PUBLIC PARTICIPATION\nNo representations were made.\n"
        "2015/282\n(TC) / TO RECEIVE AND APPROVE APOLOGIES FOR ABSENCE\nApologies were "
        "received from Councillors Bee and Dee.\n"
        "2015/283\n(TC) / DISCLOSURE OF INTERESTS\nNone were disclosed.\n"
    )
    assert items_of(text) == [
        ("2015/281", "ADJOURNMENT FOR PUBLIC PARTICIPATION"),
        ("2015/282", "TO RECEIVE AND APPROVE APOLOGIES FOR ABSENCE"),
        ("2015/283", "DISCLOSURE OF INTERESTS"),
    ]


def test_a_flattened_title_and_colon_over_its_bullets_starts_an_item():
    """A fire board's notes run onto one line: each "Title:" stands over the bullets it
    heads ("... month. Fire Chief Report: • Activity reports ... • ...")."""
    text = (
        "Board of Fire Commissioners Notes of Regular Meeting held March 3, 2011. The meeting "
        "was called to order at 1900 hours by Commissioner Abel. Public Comments: • Concern "
        "about the cost of the new engine • Concern about overtime Fire Chief Report: • About "
        "54 incidents for the month of February • Two new call firefighters were hired Old "
        "Business: • The roof repair is finished and was paid for in full • The audit is done "
        "New Business: • The board will review the budget at its next meeting in April "
    )
    assert item_titles(text) == [
        "Public Comments", "Fire Chief Report", "Old Business", "New Business",
    ]  # fmt: skip


def test_flattened_items_in_small_roman_numerals_however_bracketed_start_items():
    """A community council's minutes run onto one line, its items numbered "(i)", "ii)",
    "iii)" with or without the opening bracket, each before its title."""
    text = (
        "Minutes of the Council meeting held on Monday 5th March 2018 at the Village Hall. "
        "The Chairperson welcomed all to the meeting. (i) Public Comment There were no "
        "comments from the public. ii)Report from Community Police – one report of a car "
        "broken into on the main road was received this month. iii) Apologies Apologies "
        "were received from Councillor Dee. iv) Minutes of the previous meeting The minutes "
        "of the meeting held on 5th February 2018 were read and approved by all. "
    )
    assert item_numbers(text) == ["i", "ii", "iii", "iv"]


def test_flattened_labels_after_the_label_befores_no_report_start_items():
    """A township's reports run onto one line, some with nothing to report ("Cemetery:
    No report Assessor: No Report Road Commission: ..."): the next label starts an item
    after "No report" as it does after a full stop."""
    text = (
        "Regular Meeting Minutes June 6, 2016 Meeting was called to order at 7:30 p.m. with "
        "the pledge to the flag. Members Ann Abel, Bob Byrne and Cy Cole were present. "
        "Ambulance: Glenn Dale gave the report and there were no questions from the board or "
        "from the audience. Cemetery: No report Assessor: No Report Road Commission: The "
        "gravel for the north roads will be delivered in July and spread before the fall, and "
        "the dust control will go down in June on the roads the board agreed last year. "
    )
    assert item_titles(text) == ["Ambulance", "Cemetery", "Assessor", "Road Commission"]


def test_a_row_table_set_a_line_a_paragraph_keeps_its_rows_whole():
    """The county council's question rows (fixture kilbrack-county-council-rows) on a page
    that sets every line as a paragraph: a blank line inside a row parts nothing, only the
    lone "|" ends a row."""
    text = (FIXTURES / "shapes" / "kilbrack-county-council-rows-undated.txt").read_text("utf-8")
    spaced = "\n\n".join(text.splitlines())
    titles = [item.title for item in parse_bytes(spaced.encode(), "spaced.txt").items]
    assert titles[:4] == [
        "Recording of Proceedings", "Vote of Sympathy", "Adoption of Minutes", "Questions",
    ]  # fmt: skip


def test_a_flattened_heading_in_capitals_over_its_dashed_points_starts_an_item():
    """A township's minutes run onto one line, each heading in capitals with a colon and
    its points after dashes ("ZONING INSPECTOR: - Joe reported ... - Clark is ...")."""
    text = (
        "TOWNSHIP TRUSTEES MEETING August 5, 2014 REGULAR MEETING CALL TO ORDER: Chairman Ann "
        "Abel called the meeting to order at 7:00pm at the Township Building. HEARING OF "
        "VISITORS: None ZONING INSPECTOR: - Joe reported that he sent the variance to the "
        "Board of Appeals. - Clark is waiting for a call from the prosecutor. FIRE CHIEF'S "
        "REPORT: - The new engine arrives in October. - Two firefighters were hired this "
        "month. ROAD SUPERINTENDENT: - The ditches on Mill Road were cleaned out last week. "
    )
    titles = item_titles(text)
    assert "ZONING INSPECTOR" in titles and "FIRE CHIEF'S REPORT" in titles


def test_the_agendas_wording_that_reached_the_margin_goes_on_as_its_sentence():
    """Hard-wrapped minutes whose items carry the agenda's wording ("To discuss ... advice
    to Parish" / "Councils and employers on the virus"): the wording goes on below though
    its next line opens with a capital, as the sentence it is."""
    filler = (
        "The council discussed the matter at some length and agreed the way forward, with\n"
        "the clerk to write to the county council and report back at the next meeting.\n"
    ) * 10
    text = (
        "159/19  To discuss and agree any actions needed in light of Government advice to Parish\n"
        f"Councils and employers on the virus\n\n{filler}\n"
        "160/19  To approve the payments listed\n\nThe payments were approved.\n"
    )
    assert item_titles(text)[0] == (
        "To discuss and agree any actions needed in light of Government advice to Parish "
        "Councils and employers on the virus"
    )


def test_a_flattened_label_marked_as_an_action_or_discussion_item_starts_an_item():
    """A fire district's minutes run onto one line, each title marked after a dash as an
    action or a discussion item ("... unanimous. Approval of Minutes – ACTION ITEM: The
    commissioners ...")."""
    text = (
        "December 5, 2019 Minutes Fire District Commissioner Meeting Ann called the meeting "
        "to order with a prayer. Approval of Agenda – ACTION ITEM: Bob moved to approve the agenda "
        "as written. Cy seconded. The vote was unanimous. Approval of Minutes – ACTION ITEM: "
        "The commissioners reviewed the minutes by email. Cy moved to accept them. Bob "
        "seconded. The vote was unanimous. Budget Review – DISCUSSION ITEM: The treasurer "
        "reviewed the budget, which is under where we expected it to be this far into the year. "
    )
    assert item_titles(text) == ["Approval of Agenda", "Approval of Minutes", "Budget Review"]


def test_a_sentence_after_a_titles_dash_leaves_its_first_word_in_the_text():
    text = (
        "1. Apologies\n\nNone.\n\n"
        "2. Public Forum \u2013 No Members of the Public were present.\n\n"
        "3. Finance\n\nThe accounts were noted."
    )
    assert items_of(text) == [("1", "Apologies"), ("2", "Public Forum"), ("3", "Finance")]


def test_a_title_ends_where_the_and_a_name_begin_a_sentence_on_its_line():
    text = (
        "A. Call to Order / Roll call The Regular Town Board meeting of May 4, 2011, was "
        "called to order by Mayor Penrose at 7:01 p.m.\n\nB. Pledge of Allegiance The pledge "
        "was led by Trustee Hale."
    )
    assert items_of(text) == [("A", "Call to Order / Roll call"), ("B", "Pledge of Allegiance")]


CONSENT_AGENDA_MINUTES = (
    "MINUTES OF THE LINDEN FALLS CITY COUNCIL\n\nMay 16, 2023\n\n"
    "CALL TO ORDER\n\nMayor Vance called the meeting to order at 7:00 p.m.\n\n"
    "CONSENT AGENDA\n\nMotion by Ortiz, second by Lamb, to approve the Consent Agenda.\n\n"
    "1. Approve Minutes of the May 2, 2023 meeting\n\n2. Approve Claims for May\n\n"
    "Ayes: Ortiz, Lamb, Vance. Motion carried.\n\n"
    "PUBLIC HEARING\n\nThe hearing on the alley vacation opened at 7:05 p.m. No one spoke.\n\n"
    "ADJOURNMENT\n\nThe meeting adjourned at 7:30 p.m.\n"
)
CONSENT_AGENDA_FLATTENED = (
    "HomeMy WebLinkAboutCC 05-16-2023 Minutes MINUTES OF THE LINDEN FALLS CITY COUNCIL REGULAR "
    "MEETING MAY 16, 2023 CALL TO ORDER Mayor Vance called the meeting to order at 7:00 p.m. "
    "with Council Members Ortiz, Lamb and Dyer present. Council Member Holt was absent. Others "
    "present were City Administrator Rhea Moss and City Clerk Tom Bale. CONSENT AGENDA Motion "
    "by Ortiz, second by Lamb, to approve the Consent Agenda. 1. Approve Minutes of the May 2, "
    "2023 meeting 2. Approve Claims for May 3. Approve Temporary Liquor License for the Fire "
    "Relief Association Ayes: Ortiz, Lamb, Dyer and Vance. Nays: None. Motion carried. PUBLIC "
    "HEARING The hearing on the vacation of the alley behind Main Street opened at 7:05 p.m. "
    "No one spoke and the hearing closed at 7:06 p.m. ADJOURNMENT There being no further "
    "business, the meeting adjourned at 7:30 p.m."
)


@pytest.mark.parametrize(
    "text", [CONSENT_AGENDA_MINUTES, CONSENT_AGENDA_FLATTENED], ids=["lines", "flattened"]
)
def test_the_numbered_entries_a_motion_puts_before_its_outcome_are_not_items(text):
    """A consent agenda's entries, between "Motion ... to approve the Consent Agenda" and
    "Motion carried", are what was approved, not the meeting's items."""
    assert [title for _, title in items_of(text)] == [
        "CALL TO ORDER", "CONSENT AGENDA", "PUBLIC HEARING", "ADJOURNMENT"
    ]  # fmt: skip


def test_numbered_items_each_with_its_own_outcome_after_a_motion_stay_items():
    text = (
        "Proposed by Cllr Ash, seconded by Cllr Bell.\n\n"
        "1. Apologies\n\nNone. Agreed.\n\n2. Minutes\n\nApproved and signed.\n\n"
        "3. Finance\n\nThe accounts were approved.\n"
    )
    assert [number for number, _ in items_of(text)] == ["1", "2", "3"]


def test_a_packets_one_number_beside_a_motions_list_is_no_numbering():
    """An agenda packet's label for the minutes it attaches ("III. 1. Approve Minutes of
    ...") and the numbers of the consent agenda's list are no run of items: the headings
    in capitals are."""
    text = (
        "Loading...\nIII. 1. Approve Minutes of the May 16, 2023 regular meeting MINUTES OF "
        "THE LINDEN FALLS HOUSING AUTHORITY REGULAR MEETING TUESDAY, MAY 16, 2023 CALL TO "
        "ORDER Pursuant to due call and notice thereof a regular meeting of the Linden Falls "
        "Housing Authority was held on Tuesday, May 16, 2023 at 6:30 p.m. in the Council "
        "Chambers. Chair Rosa Vance called the meeting to order with Members Ortiz, Lamb and "
        "Dyer attending. Member Holt was absent. CONSENT AGENDA Motion by Ortiz. Second by "
        "Lamb. Motion to approve the Consent Agenda. 1. Approve Minutes of the May 2, 2023 "
        "2. Approve Disbursements through May 10, 2023 Ayes: Ortiz, Lamb, Dyer and Vance. "
        "Nays: None. Absent: Holt. Motion carried. ADJOURNMENT There being no further business "
        "to come before the Authority and upon a motion by Lamb, second by Dyer, the meeting "
        "was unanimously adjourned at 6:41 p.m."
    )
    titles = [title for _, title in items_of(text)]
    headings = [t for t in titles if t.isupper()]
    assert headings == ["CALL TO ORDER", "CONSENT AGENDA", "ADJOURNMENT"]
    assert not any(t.startswith("Approve Disbursements") for t in titles)


def test_flattened_headings_in_capitals_beside_the_numbered_items_are_items_too():
    text = (
        "HomeMy WebLinkAboutCC 2024-03-11 Minutes MINUTES OF THE WORK SESSION OF THE CITY "
        "COUNCIL OF THE CITY OF CEDAR BEND, TEXAS HELD IN THE CITY HALL MARCH 11, 2024 The City "
        "Council met in work session on the 11th day of March at 5:30 p.m. in the Council "
        "Workroom. Present: Mayor Ana Ruiz, Cole Park and Dee Moss, City Secretary Ivy Long. CALL TO ORDER "
        "Mayor Ruiz called the meeting to order at 5:31 p.m. 1. DISCUSS ITEMS FROM REGULAR CITY "
        "COUNCIL MEETING. City Council had no questions for staff. 2. DISCUSS FISCAL YEAR 2025 "
        "CITY BUDGET OVERVIEW. The Director of Budget provided an overview of the budget and "
        "the preliminary values from the appraisal district. ADJOURNMENT Mayor Ruiz adjourned "
        "the work session at 6:02 p.m."
    )
    assert [number or title for number, title in items_of(text)] == [
        "CALL TO ORDER", "1", "2", "ADJOURNMENT"
    ]  # fmt: skip


def test_a_title_cut_after_the_goes_on_below_however_long_its_rest():
    """ "... Block A of the" / "Morrell Square Addition, ... Block of North": a title that
    stops on a word that must go on takes the whole next line ("A" before "of" names the
    block; it begins no sentence)."""
    body = "The commission discussed the request at length and heard from the applicant.\n"
    text = (
        "MINUTES\nPLANNING AND ZONING COMMISSION\nMONDAY, MAY 4, 2020\n\n"
        "1. Call to order\n" + body * 3 + "\n"
        "2. Consideration of and action on the Preliminary Plat of Lots 1 and 2, Block A of the\n"
        "Morrell Square Addition, Property ID 18290, located in the 2800 Block of North\n"
        "Loop 286.\n" + body * 4 + "\n"
        "3. Adjournment\n" + body * 3
    )
    assert items_of(text)[1][1] == (
        "Consideration of and action on the Preliminary Plat of Lots 1 and 2, Block A of the "
        "Morrell Square Addition, Property ID 18290, located in the 2800 Block of North"
    )


def test_a_votes_tally_before_a_flattened_heading_is_no_number_of_it():
    text = CONSENT_AGENDA_FLATTENED.replace(
        "Motion carried. PUBLIC HEARING",
        "Motion carried with a vote of 4 to 0. VISITOR PRESENTATIONS: None. PUBLIC HEARING",
    )
    assert ("", "VISITOR PRESENTATIONS") in items_of(text)


def test_roman_numerals_with_a_bracket_number_items_flattened_or_not():
    flattened = (
        "HomeMy WebLinkAbout03-01-2021 Board Meeting Fernvale Regional Airport Authority "
        "Minutes of Special Board Meeting Monday, March 1, 2021, 3:30 p.m. Location: video "
        "conference I) Call to Order and Roll Call A quorum was present II) Pledge of "
        "Allegiance III) Terminal Parking Presentation by the consultant The consultant "
        "presented the parking study and answered questions from the directors. IV) Board "
        "Orientation The chairman gave his annual presentation on the rules governing the "
        "Authority. V) Adjourn Motion to adjourn at 5:40. Minutes Approved ______ Secretary"
    )
    assert item_numbers(flattened) == ["I", "II", "III", "IV", "V"]
    lines = "II) Pledge of Allegiance\n\nLed by the chair.\n\nIII) Finance\n\nThe bills were paid."
    assert item_numbers(lines) == ["II", "III"]


def test_a_flattened_heading_in_capitals_over_an_outline_mark_starts_an_item():
    text = CONSENT_AGENDA_FLATTENED.replace(
        "Motion carried. PUBLIC HEARING",
        "Motion carried. OLD BUSINESS 4.a. Business Survey The director reported on the "
        "survey of local firms. PUBLIC HEARING",
    )
    assert ("", "OLD BUSINESS") in items_of(text)


def test_a_resolutions_number_before_a_heading_in_capitals_breaks_no_flattened_text():
    text = CONSENT_AGENDA_FLATTENED.replace(
        "HomeMy WebLinkAboutCC 05-16-2023 Minutes MINUTES",
        "HomeMy WebLinkAboutCC 05-16-2023 Minutes Adopted Resolution No. 3869 MINUTES",
    )
    lines = unflatten(split_lines(text))
    assert not any(line.text.startswith("3869") for line in lines)


def test_a_flattened_text_read_again_at_its_capitals_is_broken_at_its_numbers_once():
    """The segmenter reads flattened text twice, at its numbers and then at its headings in
    capitals as well: the second reading takes the first one's breaks at numbers as read,
    a page's worth of patterns not asked again."""
    lines = split_lines(CONSENT_AGENDA_FLATTENED)
    at_numbers = unflatten(lines)
    before = broken_at_numbers.cache_info()
    at_capitals = unflatten(lines, at_capitals=True)
    after = broken_at_numbers.cache_info()
    assert after.hits > before.hits and after.misses == before.misses
    assert len(at_capitals) > len(at_numbers)  # ... and still breaks it at its capitals


def test_a_short_form_in_capitals_after_the_opening_the_of_a_sentence_heads_nothing():
    """ "16. The ERA Regional Officer ...", a paragraph long enough to be read as flattened:
    a sentence's subject in capitals after "The" (as after "the") is no heading run in."""
    text = (
        "16. The ERA Regional Officer for the Northern Islands, Dr Ann Bee, on behalf of the "
        "meeting expressed her great appreciation to the government of Westfold for the kind "
        "words of welcome given during the opening ceremony and for the fine arrangements made "
        "for the meeting, its delegates and its observers, and then invited nominations for "
        "the Chair of the meeting from the delegates of the member countries present.\n\n"
        "17. Following the nomination by the delegate of Eastland, Mr Carl Dee was elected.\n"
    )
    lines = [line.text for line in unflatten(split_lines(text), at_capitals=True)]
    assert lines[0].startswith("16. The ERA Regional Officer for the Northern Islands")


def test_each_pages_line_numbers_flattened_into_the_text_are_taken_out():
    """A pleading-paper PDF flattened: "... 11 CALL TO ORDER 12 13 A. Roll Call 14 ...",
    the numbers counting from 1 again on the next page; none is an item's number."""
    words = (
        "Minutes of the City Council | Monday, June 1, 2015 | Regular Meeting | | "
        "CLOSED SESSION | CALL TO ORDER | A. Roll Call | Present: Ann Bee; Cy Dee | "
        "Absent: Eve Fay | PUBLIC COMMENT | Mayor Bee opened public comment. | "
        "No one spoke. | ADJOURN TO CLOSED SESSION | The council adjourned at 6:05 p.m."
    ).split(" | ")
    page = " ".join(f"{n} {text}" for n, text in enumerate(words, start=1))
    text = f"HomeMy WebLinkAbout Minutes {page} {page}"  # each page numbers from 1
    lines = unflatten(split_lines(text))
    assert not any(re.match(r"\d{1,2} ", line.text) for line in lines)


def test_flattened_known_business_in_capitals_with_a_stop_or_a_sentence_run_on():
    text = CONSENT_AGENDA_FLATTENED.replace(
        "with Council Members Ortiz", "ROLL CALL was taken by the City Clerk: Council Members Ortiz"
    ).replace("ADJOURNMENT There being", "ADJOURNMENT. There being")
    titles = [title for _, title in items_of(text)]
    assert "ROLL CALL" in titles and "ADJOURNMENT" in titles


def test_a_records_portals_name_and_copyright_are_chrome():
    """ "Document management portal powered by Laserfiche WebLink 9 © 1998-2015" /
    "Laserfiche." / "All rights reserved.": the viewer's lines, no item of the minutes."""
    text = (
        "My WebLink\n|\nHelp\n|\nSign Out\nHome\n04/09/1979 Board of Works Minutes\nMetadata\n"
        "There are no annotations on this page.\n"
        "Document management portal powered by Laserfiche WebLink 9 \u00a9 1998-2015\n"
        "Laserfiche.\nAll rights reserved.\n/\n7\nPDF\nPrint\n\n"
        "MINUTES OF THE BOARD OF WORKS\n\nApril 9, 1979\n\n"
        "BIDS RECEIVED\n\nThree bids were opened for the new pumper truck.\n\n"
        "ADJOURNMENT\n\nThe meeting adjourned at 10:05 a.m.\n"
    )
    assert item_titles(text) == ["BIDS RECEIVED", "ADJOURNMENT"]


def test_an_honorific_begins_the_first_sentence_after_a_title():
    """ "His Worship the Mayor opened ..." is the minute's subject, not the title's words."""
    text = (
        "1 Prayer His Worship the Mayor commenced the meeting with a prayer.\n\n"
        "2 Apologies There were no apologies.\n\n"
        "3 Public Forum Her Worship the Deputy Mayor welcomed the speakers.\n"
    )
    assert item_titles(text) == ["Prayer", "Apologies", "Public Forum"]


def test_flattened_sections_counted_in_roman_numerals_before_titles_in_title_case():
    """ "... Via Zoom I. Call to Order The ... II. Roll Call ...": the run I, II, III
    starts at the last "I." before "II.", not at a middle initial before it."""
    filler = "The board heard the report and members asked questions of the director. " * 3
    text = (
        "BRAMLEY HOUSING AUTHORITY Board of Commissioners Regular Session THURSDAY, JANUARY "
        "26th, 2023, 5 PM Present: Ann I. Bee and Carl Dee Via Zoom I. Call to Order The "
        f"meeting was called to order at 5 PM. {filler}II. Roll Call All commissioners were "
        f"present. {filler}III. Approval of the Agenda The agenda was approved. {filler}"
        f"IV. Announcements The chair thanked the staff. {filler}\n"
    )
    document = parse_bytes(text.encode(), "m.txt")
    assert [(item.number, item.title) for item in document.items] == [
        ("I", "Call to Order"),
        ("II", "Roll Call"),
        ("III", "Approval of the Agenda"),
        ("IV", "Announcements"),
    ]


def test_flattened_rows_of_a_committee_system_part_at_their_minutes_labels():
    """A committee system's item table flattened with its cell marks lost: each row's
    title runs from the sentence before to its "Minutes:" label."""
    filler = "The officer answered questions from members about the figures in the report. " * 3
    text = (
        "Agenda, decisions and minutes Venue: Guildhall, Lowmoor No. Item Apologies Minutes: "
        f"Apologies were recorded from Councillors Bee and Dee. Declarations of Interest "
        f"Minutes: Councillor Fay declared an interest in item 4. {filler}Schedule of Meetings "
        f"2025 Minutes: The Committee approved the schedule of meetings. {filler}Notice of "
        f"Motion - Bus Shelters Minutes: The Committee referred the motion to the Transport "
        f"Committee. {filler}\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "m.txt").items]
    assert titles == [
        "Apologies",
        "Declarations of Interest",
        "Schedule of Meetings 2025",
        "Notice of Motion - Bus Shelters",
    ]


def test_flattened_numbered_rows_keep_their_numbers_beside_minutes_labels():
    filler = "The officer answered questions from members about the figures in the report. " * 3
    text = (
        "Agenda and minutes Venue: Guildhall, Lowmoor Items No. Item 109. Minutes Minutes: "
        f"The minutes were signed. 110. Urgent Business Minutes: There was none. {filler}"
        f"111. Declarations of Interest Minutes: None were declared. {filler}\n"
    )
    numbers = [item.number for item in parse_bytes(text.encode(), "m.txt").items]
    assert numbers == ["109", "110", "111"]


def test_an_items_number_at_the_end_of_the_line_before_numbers_the_title_below():
    """A PDF's margin column can print an item's number at the end of the line above."""
    text = (
        "MINUTES OF THE LOWMOOR CITY COUNCIL HELD ON MONDAY, 4 MAY 2015\n\n"
        "Audio Recording: all persons were advised that the meeting is recorded. 1.0\n\n"
        "APOLOGIES The following apology was received: Ald Bee.\n\n"
        "2.0\n\n"
        "DECLARATIONS OF INTEREST There were no declarations of interest.\n\n"
        "3.0\n\n"
        "PUBLIC QUESTION TIME There were no questions.\n"
    )
    assert items_of(text) == [
        ("1.0", "APOLOGIES"),
        ("2.0", "DECLARATIONS OF INTEREST"),
        ("3.0", "PUBLIC QUESTION TIME"),
    ]


def test_a_column_of_page_numbers_stays_with_its_contents_entries():
    text = (
        "SUMMARY OF MOTIONS\n\n"
        "MOTION 0617.01 Minutes of the Annual Session. 1\n\n"
        "MOTION 0617.02 Public Hearing on the Plan. 2\n\n"
        "MOTION 0617.03 Letters to the Police. 8\n"
    )
    assert [number for number, _ in items_of(text)] == [
        "MOTION 0617.01",
        "MOTION 0617.02",
        "MOTION 0617.03",
    ]


def test_roman_numerals_glued_to_titles_in_title_case_number_items():
    text = (
        "I.Guests and Announcements: There were no announcements.\n\n"
        "II.Action Items\n"
        "a)Approve July Minutes: Ann Bee moved to accept the minutes. Carried.\n\n"
        "III.Old Business\n"
        "a)Staff Appreciation: Planning continued for the lunch.\n\n"
        "IV.New Business\n"
        "a)An updated directory for the Board was circulated to record contact details.\n\n"
        "V.Reports\n"
        "a)Treasurer's Report: spending is on plan.\n"
    )
    assert items_of(text) == [
        ("I", "Guests and Announcements"),
        ("II", "Action Items"),
        ("III", "Old Business"),
        ("IV", "New Business"),
        ("V", "Reports"),
    ]


def test_titles_glued_to_their_text_by_an_en_dash_line_after_line_head_items():
    """ "EMS \u2013Ann Bee reported ...": a title, a dash set close to the text, line after
    line; a title may hold small words and a slash ("Audience to Citizens/Visitors")."""
    text = (
        "President Ann Bee called the meeting to order at 7 p.m.\n\n"
        "Audience to Citizens/Visitors \u2013No one wished to speak to the board.\n\n"
        "Library \u2013Claudia Dee reported that use of the library was up.\n\n"
        "EMS \u2013Scott Fay reported that all was going well this month.\n\n"
        "Fire \u2013Mitch Gee reported that training is nearly finished.\n"
    )
    assert item_titles(text) == ["Audience to Citizens/Visitors", "Library", "EMS", "Fire"]


def test_a_title_with_its_colon_alone_above_a_paragraph_heads_an_item():
    """ "Treasurer's Report for the period ending 9/30/2023:" over the paragraph it titles,
    in minutes whose other items are titled so; not "The following were present:"."""
    text = (
        "Chair Ann Bee called the meeting to order at 7 PM.\n"
        "Approval of Prior Month's Minutes:\n"
        "MOTION 23M127 was made by CD and seconded by EF approving the minutes. Carried.\n"
        "Treasurer's Report for the period ending 9/30/2023:\n"
        "GH presented the Treasurer's Report and the balances at the month's end.\n"
        "Approval of Current Month's Invoices:\n"
        "GH presented the invoices for approval by the Board. Carried.\n"
    )
    assert item_titles(text) == [
        "Approval of Prior Month's Minutes",
        "Treasurer's Report for the period ending 9/30/2023",
        "Approval of Current Month's Invoices",
    ]


def test_a_title_over_the_sentence_an_excerpt_cut_off_heads_the_last_item():
    """Minutes published as an excerpt stop mid-sentence: the title over that last line
    heads its item as the titles above did; a last line of a name or two does not count."""
    text = (
        "Apologies\nApologies were received from Gil Hay and Jo Kay.\n\n"
        "Chair's Report\nThe Chair reported on the visit of the Minister to the campus.\n\n"
        "Signage Policy\nThe trustees agreed the new sig"
    )
    assert item_titles(text) == ["Apologies", "Chair's Report", "Signage Policy"]
    ended_by_a_name = text.rsplit("\n", 1)[0] + "\nAnn Bee"
    assert item_titles(ended_by_a_name) == ["Apologies", "Chair's Report"]


def test_item_n_on_the_agenda_numbers_the_title_after_its_colon():
    """ "Item 2 on the Agenda: Pledge of Allegiance.": the words between the number and
    the colon name where the number is printed, not the item."""
    text = (
        "Item 2 on the Agenda: Pledge of Allegiance.\n\n"
        "Everyone stood for the pledge, led by Vice Chair Dee.\n\n"
        "Item 3 on the Agenda: Approval of the May 4 minutes.\n\n"
        "MOTION: Ms. Fay moved and Mr. Gee seconded that the minutes be approved.\n\n"
        "Item 4 on the Agenda: Communications from the Audience.\n\n"
        "No one came forward.\n"
    )
    assert items_of(text) == [
        ("Item 2", "Pledge of Allegiance."),
        ("Item 3", "Approval of the May 4 minutes."),
        ("Item 4", "Communications from the Audience."),
    ]


def test_a_title_in_capitals_before_its_first_points_bullet_heads_an_item():
    """A list flattened into its paragraph: "FISCAL OFFICER'S REPORT • The reports were
    ..."; and a dash after the title ends it even when a colon stands later ("RE: ...")."""
    text = (
        "APPROVAL OF THE MINUTES\n"
        "Mrs. Bee moved to approve the minutes of the last meeting, and the motion carried.\n\n"
        "FISCAL OFFICER\u2019S REPORT \u2022 The clerk went through the bank statements for the month. "
        "A motion to accept them carried 3-0.\n\n"
        "LEGAL ADVISOR \u2013 Residents wrote about the drainage ditch. RE: who must "
        "clear the culvert on Mill Road.\n\n"
        "ROAD DEPARTMENT \u2022 The crew finished the paving of Elm Road this month.\n"
    )
    assert item_titles(text) == [
        "APPROVAL OF THE MINUTES",
        "FISCAL OFFICER\u2019S REPORT",
        "LEGAL ADVISOR",
        "ROAD DEPARTMENT",
    ]


def test_proposed_opens_a_title_as_often_as_a_motions_credit():
    """ "PROPOSED RIVERSIDE HOUSING SCHEME" and "Proposed Tree Works" are titles; a
    credit says who ("Proposed: Cllr Bee", "Proposed by ...", "Proposed Cllr Bee")."""
    text = (
        "HIGHWAY GARAGE\nThe roof of the highway garage is to be replaced this autumn.\n\n"
        "PROPOSED RIVERSIDE HOUSING SCHEME\n"
        "The planner said that the plans would be on show at the library for a month.\n\n"
        "ENERGY CODE\nThe letter from the energy group urges the Board to support the code.\n"
        "Proposed: Cllr Bee\nSeconded: Cllr Dee\n"
    )
    assert item_titles(text) == [
        "HIGHWAY GARAGE",
        "PROPOSED RIVERSIDE HOUSING SCHEME",
        "ENERGY CODE",
    ]
    assert is_motion_label("Proposed Cllr Bee, seconded Cllr Dee")
    assert is_motion_label("Proposed by the Chair")
    assert not is_motion_label("Proposed Tree Works at Elm Avenue")


def test_flattened_headings_in_capitals_with_a_full_stop_run_in_start_items():
    """ "... May 24, 2004. CONVENED. The meeting convened ...": a heading in capitals set
    as a sentence of its own, perhaps after a tape's counter ("0058"), which is dropped;
    not an acronym ending a sentence ("... by the USDA. The grant ...")."""
    text = (
        "COUNCIL MEETING MINUTES MAY 4, 2009 COUNTER 0001 DATE. TOWN HALL, "
        "CITY HALL, MAY 24, 2004. CONVENED. The meeting convened at 7:00 p.m. with Mayor "
        "Reed presiding. 0015 ROLL CALL. Mayor Reed, Councilors Dee and Fay were present. "
        "The grant was approved by the USDA. The clerk will file it with the state office. "
        "0058 ANNOUNCEMENTS. A) Because of the bank holiday, the depot will be closed on "
        "Monday, and the library too. B) The pool opens on "
        "June 5 at noon for the summer season and stays open until the end of August.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == ["CONVENED", "ROLL CALL", "ANNOUNCEMENTS"]
    assert "0058" not in document.items[1].body


def test_sections_numbered_with_a_colon_number_their_titles():
    """ "SECTION 2: APOLOGIES" numbers item 2; "Section 106 Agreement" is a title."""
    text = (
        "SECTION 1: OPENING PRAYER\nPastor Bee opened the meeting with a prayer.\n\n"
        "SECTION 2: APOLOGIES / LEAVE OF ABSENCE\nThere were no apologies.\n\n"
        "SECTION 3: PLANNING AND DEVELOPMENT\n"
        "Section 106 Agreement at Mill Lane\nThe agreement was signed last month.\n"
    )
    assert items_of(text) == [
        ("1", "OPENING PRAYER"),
        ("2", "APOLOGIES / LEAVE OF ABSENCE"),
        ("3", "PLANNING AND DEVELOPMENT"),
    ]


def test_known_business_broken_in_a_narrow_cell_is_mended():
    """ "3 Public" / "Forum" above "3.1 Ann Bee": a word or two a line in a narrow column;
    not "2 Apologies" / "Cllr Dee", the item's text."""
    text = (
        "1 OPENING, WELCOME\nThe Mayor opened the meeting.\n|\n"
        "2 Apologies\nCllr Dee\n|\n"
        "3 Public\nForum\n3.1 Ann\nBee asked when the library would open on Sundays again.\n"
    )
    titles = item_titles(text)
    assert titles[:3] == ["OPENING, WELCOME", "Apologies", "Public Forum"]


def test_a_resolutions_number_mover_and_outcome_head_no_item():
    """ "C13/133 Bee/Dee CARRIED" under a resolution closes it; "RESOLVED" alone above
    one is its label, never a title however the document prints its headings."""
    text = (
        "APOLOGIES\n\nRESOLVED\n\nTHAT Cr Lowe's apology be accepted.\n\n"
        "C13/133 Bee/Dee CARRIED\n\n"
        "LATE ITEMS\n\nThere were no late items.\n\n"
        "CONFIRMATION OF MINUTES\n\nRESOLVED\n\nTHAT the minutes of 24 April be confirmed.\n\n"
        "C13/134 Dee/Fay CARRIED\n\n"
        "ECONOMIC DEVELOPMENT\n\nThe manager reported on the new business park.\n"
    )
    assert items_of(text) == [
        ("", "APOLOGIES"),
        ("", "LATE ITEMS"),
        ("", "CONFIRMATION OF MINUTES"),
        ("", "ECONOMIC DEVELOPMENT"),
    ]


def test_a_contents_list_keeps_its_entries_numbered_in_every_style():
    """Under "Contents", one numbered line under another: sections ("6."), then reports
    numbered by their department ("COM.001/24", "CM.056/24"): all of them entries."""
    text = (
        "Contents\n"
        "6. Declarations of interest\n"
        "COM.001/24 Confirmation of Minutes held 28 May 2024\n"
        "PT.002/24 Petition for a Skate Park\n"
        "10. Questions from the public\n"
        "CM.056/24 Library Opening Hours Review\n"
        "CM.057/24 Skate Park Lighting\n"
        "CM.058/24 Walking Trail Memorandum of Understanding\n"
        "15. Urgent business\n"
    )
    assert item_numbers(text) == [
        "6", "COM.001/24", "PT.002/24", "10", "CM.056/24", "CM.057/24", "CM.058/24", "15"
    ]  # fmt: skip


def test_a_contents_list_keeps_its_entries_though_one_wraps_on_to_a_line():
    """The same list printed narrower: one entry's title wraps ("... Council of 23" /
    "August 2024."), a line without a number that finishes its entry, not text between
    entries."""
    text = (
        "Contents\n"
        "6. Declarations of interest\n"
        "COM.001/24 Confirmation of Minutes held 28 May 2024\n"
        "10. Questions from the public\n"
        "CM.056/24 Library Opening Hours Review\n"
        "CM.057/24 Endorsement of Motions for the Regional Assembly of 23\n"
        "August 2024.\n"
        "CM.058/24 Walking Trail Memorandum of Understanding\n"
        "15. Urgent business\n"
    )
    assert item_numbers(text) == [
        "6",
        "COM.001/24",
        "10",
        "CM.056/24",
        "CM.057/24",
        "CM.058/24",
        "15",
    ]


def test_points_listed_under_a_numbered_item_stay_its_points():
    """The same shape without the "Contents" label is an item's list of points."""
    text = (
        "5. Reports\n"
        "5.1 The clerk reported on the footpaths.\n"
        "5.2 The chair reported on the hall.\n"
        "6. Planning\n"
        "6.1 No applications were received.\n"
        "7. Finance\n"
        "The balance was agreed.\n"
    )
    assert item_numbers(text) == ["5", "6", "7"]


def test_flattened_known_business_with_a_colon_after_the_attendance_starts_an_item():
    """ "... Executive Assistant - Myers Call To Order: Chair Bee called ...": no sentence
    ended before it, but known business with its colon opens a paragraph; straight above
    "II." it is the first item, its number lost. A row's "Minutes:" label is no such."""
    text = (
        "BOARD OF FIRE COMMISSIONERS MEETING MINUTES March 3, 2015 Present: "
        "Commissioners Bee, Dee, Fay Others Present: City Attorney - Gee Executive "
        "Assistant - Hale Call To Order: Chair Bee called the meeting to order at 1900 "
        "hours. II. Approval of Minutes: The minutes of July 31 were approved as written. "
        "III. Additions to the Agenda: There were no additions to the agenda today. "
        "IV. Persons Wishing to Speak: Ann Kay spoke about the new station.\n"
    )
    assert items_alone(text) == [
        ("", "Call To Order"),
        ("II", "Approval of Minutes"),
        ("III", "Additions to the Agenda"),
        ("IV", "Persons Wishing to Speak"),
    ]


def test_a_person_and_their_post_before_their_report_head_no_item():
    """ "Ann Bee – Town Tourism Director, spoke on the summer fair.": who reported,
    under the item whose title is above; "Roads – The crew paved Elm Road." is a title."""
    text = (
        "DEPARTMENT REPORTS\n\n"
        "Ann Bee \u2013 Town Tourism Director, spoke on the summer fair.\n\n"
        "Carl Dee \u2013 Town Fire Chief, gave the call figures for May.\n\n"
        "ACTION ITEMS\n\nThe Board approved the claims as presented.\n\n"
        "Roads \u2013 The crew paved Elm Road and will start on Oak Lane next week.\n"
    )
    titles = item_titles(text)
    assert "Ann Bee" not in titles and "Carl Dee" not in titles
    assert titles[:2] == ["DEPARTMENT REPORTS", "ACTION ITEMS"]


def test_a_subtitle_in_title_case_after_a_dash_stays_with_its_title_stop_and_all():
    """ "2. Public Hearing – Sale of the Old Depot.": a subtitle, its full stop the
    heading's; "3. Roads – The crew paved Elm Road." is a title and its minute."""
    text = (
        "1. Call to Order.\n\nThe meeting was called to order at 7 pm.\n\n"
        "2. Public Hearing \u2013 Sale of the Old Depot.\n\n"
        "The Board held a hearing on the sale of the old school site.\n\n"
        "3. Roads \u2013 The crew paved Elm Road.\n\nMore work is planned.\n"
    )
    assert item_titles(text) == [
        "Call to Order.", "Public Hearing \u2013 Sale of the Old Depot.", "Roads"
    ]  # fmt: skip


def test_a_title_with_a_financial_year_is_no_list_of_figures():
    """ "Accounts 2020/21", "Budget 2024-25": a year's digits are no table's."""
    text = (
        "Matters Arising\nThe clerk reported that the hedge had been cut back.\n\n"
        "Accounts 2020/21\nThe auditor's letter was read and the accounts were signed.\n\n"
        "Budget 2024-25\nThe council agreed the budget for the coming year.\n"
    )
    assert item_titles(text) == ["Matters Arising", "Accounts 2020/21", "Budget 2024-25"]


def test_the_last_name_of_a_list_of_names_heads_no_item():
    """ "Ann Bee", "Carl Dee", then "Eve Fay" over the text: the list's last entry, shaped
    as the lines before it that head nothing; so is "– Gus Hale Board Attorney"
    after bullets of names and posts."""
    text = (
        "BOARD MEMBERS PRESENT:\n\n"
        "\u2013 Ann Bee President\n\u2013 Carl Dee Vice President\n"
        "\u2013 Gus Hale Board Attorney\n\n"
        "The chair opened the special meeting and read the notice calling it.\n\n"
        "Kim Lowe\n\nRoy Mann\n\nEve Fay\n\n"
        "Motion made by Eve Fay and seconded by Roy Mann to open the meeting.\n\n"
        "PUBLIC HEARING\n\nThe hearing on the tax extension was opened at 7:10 p.m.\n\n"
        "BUDGET\n\nThe treasurer presented the budget for the coming year.\n"
    )
    titles = item_titles(text)
    assert "Eve Fay" not in titles and "Gus Hale Board Attorney" not in titles
    assert titles[-2:] == ["PUBLIC HEARING", "BUDGET"]


def test_a_subtitle_opening_with_proposed_or_naming_a_councillors_matter_stays():
    """ "Mill Lane Hall - Proposed Easement", "Notice of Motion - Councillor Expenses":
    the heading's subtitle, not a motion's credit or a person after the title."""
    text = (
        "14. Mill Lane Hall - Proposed Easement\n\n"
        "The Council agreed to grant the easement for the new water main.\n\n"
        "15. Notice of Motion - Councillor Expenses\n\n"
        "The motion on the publication of expenses was lost.\n\n"
        "16. Apologies - Cllr Bee\n\nThe apology was accepted.\n"
    )
    assert item_titles(text) == [
        "Mill Lane Hall - Proposed Easement",
        "Notice of Motion - Councillor Expenses",
        "Apologies",
    ]


def test_a_colon_set_inside_a_heading_before_lower_case_does_not_end_it():
    """ "CONSIDERATION : of a final plat at 12 Oak Road": the colon is set inside the heading
    (a space before it, a small word after), not between a title and its minute."""
    text = (
        "Item 5 on the Agenda: CONSIDERATION : of a final plat at 12 Oak Road\n\n"
        "The planner said the plat meets the code.\n\n"
        "Item 6 on the Agenda: Adjournment\n\nThe meeting ended at 8 pm.\n"
    )
    assert item_titles(text) == [
        "CONSIDERATION : of a final plat at 12 Oak Road",
        "Adjournment",
    ]


def test_a_french_pages_body_name_and_stamps_head_no_items():
    """ "CONSEIL MUNICIPAL DE BELLERIVE" (the body's name, its kind first), "PROCÈS-VERBAL
    12", "CONFIRMÉ": a French page's heading and stamps, not its business."""
    text = (
        "CONSEIL MUNICIPAL DE BELLERIVE\n\nPROC\u00c8S-VERBAL 12\n\n"
        "Le mercredi 5 avril 2017, 10 h\n\n"
        "HYMNE NATIONAL\n\nL'hymne national est interpr\u00e9t\u00e9 par la chorale.\n\n"
        "ADOPTION DE PROC\u00c8S-VERBAUX\n\n"
        "Adoption du proc\u00e8s-verbal de la r\u00e9union du 22 mars 2017.\n\n"
        "CONFIRM\u00c9\n\n"
        "D\u00c9CLARATIONS D'INT\u00c9R\u00caTS\n\nAucune d\u00e9claration n'est faite.\n"
    )
    titles = item_titles(text)
    assert not {"CONSEIL MUNICIPAL DE BELLERIVE", "PROC\u00c8S-VERBAL 12", "CONFIRM\u00c9"} & set(
        titles
    )
    assert "ADOPTION DE PROC\u00c8S-VERBAUX" in titles


def test_the_minutes_sign_off_with_a_colon_heads_no_item():
    """ "MINUTES PREPARED BY: Ann Bee, Clerk" at the end: who wrote them, not business."""
    text = (
        "CALL TO ORDER: The chair called the meeting to order at 7 p.m.\n\n"
        "BUDGET: The board reviewed the budget for the coming year.\n\n"
        "ADJOURNMENT: The meeting was adjourned at 8:14 p.m.\n\n"
        "MINUTES PREPARED BY: Ann Bee, Recording Secretary\n"
    )
    assert item_titles(text) == ["CALL TO ORDER", "BUDGET", "ADJOURNMENT"]


def test_the_meetings_end_told_with_its_time_heads_no_item():
    """ "Adjourned at 9:10 p.m." (or "Meeting adjourned at ...") ends the last item; it is
    no title run into its text, as "ADJOURNMENT 9:10 p.m." is."""
    text = (
        "Treasurer's Report: The balance is $1,204 and the bills were paid.\n"
        "Park Report: The skating rink was flooded and the lights were fixed.\n"
        "Adjourned at 9:10 p.m.\n"
        "Next meeting is January 26.\n"
    )
    assert item_titles(text) == ["Treasurer's Report", "Park Report"]


def test_the_rest_of_a_line_that_ran_to_the_margin_is_no_title():
    """Text wrapped at a margin: a line that filled the width without ending its sentence
    goes on below ("... at the show of the Oakley" / "Riverside Growers"), however much
    its short rest looks like a title in the style of the document's headings."""

    def wrapped(text: str) -> str:
        return textwrap.fill(text, width=60) + "\n"

    text = (
        "Present: Commissioners Ann Bee, Carl Dee and Fay Gee\n\n"
        "The chair opened the meeting at 7.00 pm.\n\n"
        "Station Report\n"
        + wrapped("The chief reported that the annual inspection of the station had gone well.")
        + "The chief thanked the crews who helped at the show of the Oakley\n"
        "Riverside Growers\n"
        "It was agreed to send the growers a letter of thanks.\n"
        + wrapped("The new pump was delivered and tested by the crew on the first Saturday.")
        + "Treasurer's Report\n"
        + wrapped(
            "The treasurer presented the monthly accounts. The balance of the operating "
            "account was in line with the budget and the capital fund had earned interest."
        )
        + "Old Business\n"
        + wrapped(
            "The secretary read the letter from the district about the new radio system, "
            "which will be installed in the autumn at no cost to the station."
        )
        + wrapped(
            "The committee discussed the repairs to the roof of the station and agreed to "
            "seek a second quotation before the next meeting of the board."
        )
    )
    assert item_titles(text) == ["Station Report", "Treasurer's Report", "Old Business"]
    unwrapped = text.replace("the Oakley\nRiverside", "the Oakley.\n\nRiverside")
    assert "Riverside Growers" in item_titles(unwrapped)  # a line that ended its sentence


def test_one_run_of_lettered_points_under_the_last_of_counted_items_is_its_points():
    """A web page of one paragraph a line: "4. Matters arising" then its points "a." to
    "f.", one lettered run only, under numbers that count up to it. The points belong to
    item 4, however much their run outnumbers the items."""
    lines = [
        "Present: Ann Bee (chair), Carl Dee, Fay Gee and four residents",
        "1. Welcome and apologies for absence",
        "2. Treasurer's report. The balance stands at 1,200 pounds after the grant.",
        "3. Questions from residents. The bus shelter repairs were raised again.",
        "4. Matters arising",
        "a. Car park: CD has written to the housing association again.",
        "b. Play area: the parks team is reviewing the proposal.",
        "c. Speakers: the local MP has not yet replied to the invitation.",
        "d. Bins in Elm Lane: FG has not yet had an answer from the council",
        "e. Street lighting: AB will raise this at the next area forum.",
        "f. Noticeboard: the new board is to be fixed outside the library.",
    ]
    numbers = item_numbers("\n\n".join(lines) + "\n")
    assert numbers == ["1", "2", "3", "4"]


def test_a_date_opening_the_rest_of_a_wrapped_sentence_is_no_heading_date():
    """ "... moved to accept the" / "March 3, 2024 minutes. Carl seconded.": the date goes
    on from the sentence above, an item's text, not the document's dated heading, so the
    items above it are items."""
    text = (
        "Call to Order: The chair called the meeting to order at\n"
        "7:00 pm and welcomed two residents.\n"
        "Approval of Minutes: Ann Bee moved to accept the\n"
        "March 3, 2024 minutes. Carl Dee seconded. Motion carried.\n"
        "Treasurer's Report: The treasurer presented the claims list\n"
        "for March. Carl Dee moved to pay the claims. Carried.\n"
        "Road Report: Fay Gee reported on the gravel for the east\n"
        "roads and the grading planned for April.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles[:2] == ["Call to Order", "Approval of Minutes"]


BULLETED_REPORTS_NARROW = (
    "Budget Review: The treasurer reviewed the budget. We are under\n"
    "where we would expect to be two months into the year.\n"
    "- Hose testing – DISCUSSION ITEM: Carl Dee said the hoses\n"
    "were tested in November and two were replaced. The rest\n"
    "passed and are back on the engines.\n"
    "- Station roof – DISCUSSION ITEM: Fay Gee said that the\n"
    "roofer will start in March. The cost is within the\n"
    "maintenance budget for the year.\n"
    "- Open house – DISCUSSION ITEM: Ann Bee said the open\n"
    "house drew two hundred visitors and thanked the crews.\n"
)
BULLETED_REPORTS_SPACED = (
    "Budget Review: The treasurer reviewed the budget. We are where we expected to be.\n\n"
    "- Hose testing – DISCUSSION ITEM: Carl Dee said the hoses were tested in November.\n\n"
    "- Station roof – DISCUSSION ITEM: Fay Gee said that the roofer will start in March.\n\n"
    "- Open house – DISCUSSION ITEM: Ann Bee said the open house drew two hundred people.\n"
)


@pytest.mark.parametrize(
    "text",
    [BULLETED_REPORTS_NARROW, BULLETED_REPORTS_SPACED],
    ids=["wrapped at a narrow margin", "a blank line apart"],
)
def test_bulleted_title_openings_are_one_list_of_items(text):
    """ "- Hose testing – DISCUSSION ITEM: Carl Dee said ...": each bullet's paragraph may
    wrap on to lines of its own, or stand a blank line from the next (a page of one
    paragraph a line); the bullets are still one list of items, not each one alone."""
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles == ["Budget Review", "Hose testing", "Station roof", "Open house"]


def test_a_title_going_on_in_lower_case_above_its_minutes_label_is_whole():
    """A committee system's row printed in a narrow column: the title's rest ("to the
    Council Chamber ...") stands above "Minutes:", where the agenda's wording would; it
    goes on in lower case, as only a sentence's rest does, so it is the title's."""
    text = (
        "AM21\n\nElection of Mayor\n\nMinutes:\n\nCouncillor Bee was elected Mayor.\n\n"
        "AM22\n\nSuspension of Standing Orders - Admission of Members of the Public\n"
        "to the Council Chamber where Numbers Require\n\nMinutes:\n\n"
        "Councillor Dee moved and Councillor Fay seconded that standing orders be suspended.\n\n"
        "AM23\n\nAppointment of Deputy Mayor\n\nMinutes:\n\nCouncillor Gee was appointed.\n"
    )
    assert item_titles(text)[1] == (
        "Suspension of Standing Orders - Admission of Members of the Public to the Council "
        "Chamber where Numbers Require"
    )


def test_bracketed_lettered_points_under_two_numbered_items_are_their_points():
    """ "(a)", "(b)" ... starting again under "1." and under "3.", each point's sentence
    wrapped below it: the points of those items, however many, as "a)" and "a." are."""
    text = (
        "1.\nChair's Remarks\nThe Chair congratulated:\n"
        "(a) Ann Bee and the Library Team, who won the regional award\nfor reading schemes;\n"
        "(b) Carl Dee of the Garden Scheme, commended by the judges\nof the county show;\n"
        "(c) The Harbour Crew, for the rescue of two walkers cut off\nby the tide in March;\n"
        "(d) Fay Gee on her Retirement after thirty years with the\nlibrary service;\n"
        "(e) The Youth Council, whose survey drew over a thousand\nreplies;\n"
        "2.\nMinutes\nThe minutes of the meeting of 4 April were approved.\n"
        "3.\nCommittee Minutes\nThe Council noted the minutes of:\n"
        "(a) Planning Committee of 3 May, with the decisions on the\nfour applications;\n"
        "(b) Licensing Committee of 10 May, with the review of the\nstreet trading policy;\n"
    )
    assert item_numbers(text) == ["1", "2", "3"]
    points = [c for c in heading_candidates(split_lines(text)) if c.number.startswith("(")]
    assert len(points) == 7
    assert all("a lettered point under a numbered item" in str(c.evidence) for c in points)


def test_a_heading_held_on_a_date_below_still_dates_the_heading():
    """ "... Board of Directors held on" / "September 20, 2022 in the Civic Room": the
    heading's sentence goes on to its date, which dates the heading; "... moved to accept
    the" / "March 3, 2024 minutes." is an item's sentence, which does not."""
    held = "Minutes of the meeting of the Elm Valley Board of Directors held on"
    assert is_heading_date("September 20, 2022 in the Civic Room of the district offices", held)
    assert not is_heading_date(
        "March 3, 2024 minutes. Carl Dee seconded.", "Ann moved to accept the"
    )


def test_the_minutes_label_under_a_wrapped_dated_heading_is_the_headings():
    """The heading's dated sentence wraps over three lines, then "MINUTES" alone: the label
    ends the heading, as it does under a heading's date on one line, and heads no item."""
    text = (
        "ELM VALLEY REGIONAL DISTRICT BOARD\n\n"
        "Tuesday, September 20, 2022\n"
        "Minutes of the meeting of the Elm Valley Regional District Board of Directors held on\n"
        "September 20, 2022 in the Civic Room of the Elm Valley Regional District offices\n"
        "located at 12 Harbour Road, Elmton, commencing at 2:30 pm.\n\n\n"
        "MINUTES\n\n"
        "Present:\nChair: A. Bee\nDirectors: C. Dee, F. Gee\n\n"
        "CALL TO ORDER\nThe chair called the meeting to order at 2:30 pm.\n\n"
        "ADOPTION OF AGENDA\nMoved and seconded that the agenda be adopted. Carried.\n\n"
        "DELEGATIONS\nThe harbour association spoke about the new moorings.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles == ["CALL TO ORDER", "ADOPTION OF AGENDA", "DELEGATIONS"]


def test_a_lists_entries_wrapped_on_to_lines_opening_with_capitals_stay_its_entries():
    """ "Clerk's Report:" then "1. The clerk gave the results of the November" / "7, 2023
    vote ...": an entry's rest may open with a figure or a capital where the page wrapped
    it; the numbered lines are still the entries of the list the label opens, not items."""
    text = (
        "Attendees: Supervisor Ann Bee, Treasurer Carl Dee, Clerk Fay Gee\n"
        "The meeting was called to order at 7:00 PM by Supervisor Bee.\n"
        "Guest Comments:\n"
        "Residents asked about the snow plough schedule for the winter.\n"
        "Treasurers Report:\n"
        "The treasurer gave the financial report. The bills were approved\n"
        "for payment on a motion by Dee, seconded by Gee.\n"
        "Clerks Report:\n"
        "1. The clerk gave the results of the school election of November\n"
        "7, 2023 and thanked the election workers for their help.\n"
        "2. The expenses for the November election of $366.95 will be sent\n"
        "County for payment.\n"
        "3. New ballot envelopes for next year were ordered from Elm\n"
        "Printers and will arrive in January.\n"
        "4. The clerk described the signs needed at the new hall and\n"
        "Supervisor Bee will ask for quotes.\n"
        "Old Business\n"
        "The board reviewed the road list and set the spring grading dates.\n"
    )
    assert item_titles(text) == [
        "Guest Comments", "Treasurers Report", "Clerks Report", "Old Business"
    ]  # fmt: skip


def test_title_dash_paragraphs_wrapped_at_a_narrow_margin_are_items():
    """ "Opening Prayer – Mr. Dee opened the meeting with a" / "prayer.": the text after the
    dash is a sentence once the line it wraps on to is read with it."""
    text = (
        "Call to Order – Chair Bee called the meeting to order at 6:00\n"
        "p.m. Board members present were A. Bee, C. Dee and F. Gee.\n"
        "Opening Prayer – Mr. Dee opened the meeting with a\n"
        "prayer.\n"
        "Adopt Fiscal Year Budget – Ms. Gee advised the Board that the\n"
        "water sales had fallen and costs had risen over the year.\n"
        "Adjourn – A motion was made by Mr. Dee to adjourn the meeting\n"
        "at 6:40 p.m. The motion carried.\n"
    )
    assert item_titles(text) == [
        "Call to Order", "Opening Prayer", "Adopt Fiscal Year Budget", "Adjourn"
    ]  # fmt: skip


def test_minutes_alone_above_the_first_number_is_the_documents_heading_not_an_item():
    """ "MINUTES" in capitals over numbered business in capitals names the document, as
    the body's name above it does: no item, though "Minutes" is known business."""
    text = (
        "Board Meeting Minutes 03-03-22\n\nFERNDALE WATER DISTRICT\n\nBOARD OF DIRECTORS\n\n"
        "Thursday, March 3, 2022\n6:00 p.m.\nRegular Meeting\n\nMINUTES\n\n"
        "Public notes: this meeting will be held in person at the district office.\n\n"
        "1. CALL TO ORDER\nChair Hale called the meeting to order at 6:00 p.m.\n\n"
        "2. APPROVAL OF THE MINUTES\nThe minutes of February 3 were approved.\n\n"
        "3. PUMP STATION REPAIRS\nThe manager reported on the pump at Cole Road.\n\n"
        "4. ADJOURNMENT\nThe meeting adjourned at 7:10 p.m.\n"
    )
    assert item_titles_alone(text) == [
        "CALL TO ORDER",
        "APPROVAL OF THE MINUTES",
        "PUMP STATION REPAIRS",
        "ADJOURNMENT",
    ]


def test_minutes_below_the_attendance_above_the_first_number_heads_an_item():
    """Below the paragraph opening the minutes and who came, "Minutes" heads the
    approval of the last minutes: an item, not the document's heading."""
    text = (
        "MUNICIPAL COUNCIL OF BRAMLEY\n\nMay 4, 2021\n\n"
        "Minutes of the regular session of Council held on May 4, 2021, at the Town Hall, "
        "Bramley, at 10:00 a.m.\n\n"
        "Present:          Warden Ann Lee, Deputy Warden Cole; Councillors: Tom Ray, Sue Fox "
        "and Jim Hale.\n\nMinutes\n\n"
        "MOTION 210504.01              Minutes Regular Session April 6, 2021\n\n"
        "Councillor Ray moved, seconded by Councillor Fox, that the minutes of April 6, 2021 "
        "be approved as circulated. Motion carried.\n\n"
        "MOTION 210504.02              Road Report\n\n"
        "Councillor Hale moved, seconded by Councillor Ray, that the road report be "
        "received. Motion carried.\n"
    )
    assert item_titles_alone(text) == [
        "Minutes",
        "Minutes Regular Session April 6, 2021",
        "Road Report",
    ]


def test_a_label_broken_in_a_narrow_column_after_a_word_that_cannot_end_a_title():
    """ "Treasurer's" / "Report: Ann read ...": a possessive cannot end a title, so the
    label goes on below; "Income" / "Statement: ..." may be whole, and stays so."""
    text = (
        "LARKSPUR HILLS WATER DISTRICT\nBOARD MEETING\nMarch 9, 2023\n"
        "The meeting began at 7:02pm and was held at the Fern Road pump house. Attending "
        "were Ann Rook, Bo Penn, Cy Hale and Di Moss.\n"
        "Treasurer's\nReport: Ann read the minutes from the February\n"
        "meeting. Ann made a motion to accept\nthe minutes with a 2nd by Bo.\n"
        "Income\nStatement: Income was down for the month at\n$2,140. Cy motioned to "
        "accept the\nincome report with a 2nd by Di.\n"
        "Water Report: Water use\nwas normal for the month and the meters\nwere read on "
        "time.\n"
        "Old Business: The board\ndiscussed the fence and agreed to mend it\nbefore the "
        "winter.\n"
        "New Business: Resident Eve\nLund asked about the gate on the east side\nand the "
        "board will look at it in April.\n"
    )
    assert item_titles_alone(text) == [
        "Treasurer's Report",
        "Income",
        "Water Report",
        "Old Business",
        "New Business",
    ]


def test_a_numbered_sentence_among_title_lines_is_the_items_text_not_an_item():
    """One number kept among title lines must head a title: "1. Approve the purchase of six
    new benches ..." under "Garden Project" is that item's motion, a sentence."""
    text = (
        "HERON BAY RESIDENTS ASSOCIATION\nMinutes of the meeting held 4 June 2023\n\n"
        "Welcome\nThe chair welcomed the members and guests.\n\n"
        "Treasurer's Report\nThe balance is healthy and the accounts were received.\n\n"
        "Garden Project\n1. Approve the purchase of six new benches for the garden path and "
        "two picnic tables by the lake\nThe members discussed the benches at length.\n\n"
        "Any Other Business\nThere was none.\n"
    )
    assert item_titles_alone(text) == [
        "Welcome",
        "Treasurer's Report",
        "Garden Project",
        "Any Other Business",
    ]


def test_the_bodys_name_over_the_minutes_of_its_meeting_and_date_is_the_heading():
    """ "Elmvale Town Council" / "Minutes of the meeting of May 4, 2021": the document's
    heading, not an item whose text is the line under it."""
    text = (
        "Elmvale Town Council\nMinutes of the meeting of May 4, 2021\n\n"
        "CALL TO ORDER\nThe chair opened the meeting at 7 pm.\n\n"
        "MINUTES\nThe minutes of April 6 were approved.\n\n"
        "ROAD REPAIRS\nThe clerk reported on the potholes on Mill Lane.\n"
    )
    assert item_titles_alone(text) == ["CALL TO ORDER", "MINUTES", "ROAD REPAIRS"]


@pytest.mark.parametrize("year", ["21", "2021"])
def test_minutes_numbered_in_their_year_from_one_digit(year):
    """ "21/1 Apologies", "21/2 ...": minute 1 of the year 2021, up to "21/10" and on."""
    numbers = [1, 2, 9, 10, 11]
    text = "".join(
        f"{year}/{n} Business number {n}\nThe council noted item {n}.\n\n" for n in numbers
    )
    assert item_numbers(text) == [f"{year}/{n}" for n in numbers]


@pytest.mark.parametrize(
    "entries",
    [
        ["Cllr Gus Hay", "Cllr Ian Jay"],
        ["Clerk salary \u00a3500.00", "Hall hire \u00a325.00", "Grass cutting \u00a3120.00"],
    ],
)
def test_a_list_inside_an_item_ends_where_the_items_count_goes_on(entries):
    """A list a line introduces ("... sent their apologies:") counts its own entries; "2."
    again after its "1.", "2." is the next item, not the list's third entry."""
    listed = "\n".join(f"{n}. {entry}" for n, entry in enumerate(entries, 1))
    text = (
        f"1. Apologies\nThe following were reported to the meeting:\n{listed}\n\n"
        "2. Road repairs\nThe clerk reported that the potholes on Mill Lane will be repaired "
        "in June by the county.\n\n"
        "3. Budget\nThe council reviewed the draft budget and agreed it.\n"
    )
    assert item_titles_alone(text) == ["Apologies", "Road repairs", "Budget"]


def test_held_opening_the_line_under_a_heading_in_capitals_dates_the_heading():
    """ "MINUTES OF THE PLANNING COMMITTEE" / "Held on Tuesday, 12 March 2019 ...": both
    lines are the heading, not an item over the date."""
    text = (
        "MINUTES OF THE PLANNING COMMITTEE\nHeld on Tuesday, 12 March 2019 at 6.00 pm\n\n"
        "1. Apologies\nApologies were received from Gus Hay.\n\n"
        "2. Road repairs\nThe clerk reported on the potholes on Mill Lane.\n"
    )
    assert item_titles_alone(text) == ["Apologies", "Road repairs"]


@pytest.mark.parametrize(
    ("heading", "venue"),
    [
        (
            "ELMVALE COMMUNITY COUNCIL\nMINUTES OF MEETING HELD ON 10 JANUARY 2023",
            "IN THE COMMUNITY CENTRE AT 7PM",
        ),
        ("Elmvale Library Board\nThursday, April 8, 2021, 6:30 PM", "Virtual meeting via Zoom"),
    ],
)
def test_the_venue_under_the_headings_date_is_the_heading(heading, venue):
    """Where the meeting was, on the line under its date ("... AT 7PM", on Zoom), is no item."""
    text = (
        f"{heading}\n{venue}\n\nAPOLOGIES\nApologies were received from Gus Hay.\n\n"
        "ROAD REPAIRS\nThe clerk reported on the potholes on Mill Lane.\n"
    )
    assert item_titles_alone(text) == ["APOLOGIES", "ROAD REPAIRS"]


@pytest.mark.parametrize(
    "signature",
    ["Signed: ........................ Chair", "Signed ........................ Chair"],
)
def test_a_line_of_dots_to_sign_on_is_no_contents_entry_nor_item(signature):
    """ "Signed: ........ Chair" under the minutes: the dots are a blank to sign on, not a
    contents line's leaders, and the line is no item's title."""
    text = (
        "Elmvale Town Council\nMinutes of the meeting held on 4 May 2021\n\n"
        "APOLOGIES\nApologies were received from Gus Hay.\n\n"
        "BUDGET\nThe council reviewed the draft budget and agreed it.\n\n"
        f"The meeting closed at 9.15pm.\n\n{signature}\nDate: ..............\n"
    )
    assert item_titles_alone(text) == ["APOLOGIES", "BUDGET"]


def test_lettered_items_under_an_attendance_list_that_wrapped():
    """ "THOSE PRESENT: ..." wrapped on to a short last line ("Cy Dee, Secretary"): that
    line is the list's, not a section's title over "A.", "B.", "C."."""
    text = (
        "THOSE PRESENT: Ann Bee, Chair; Bo Penn, Di Moss, Eve Fay and Gus Hay, Members; Ian Jay,\n"
        "Assistant Clerk; Kim Lee and Lou Ng, guests; Max Orr,\nCy Dee, Secretary\n\n"
        "A. CALL TO ORDER: The Chair called the meeting to order at 6:30 p.m.\n\n"
        "B. ADJUSTMENTS TO THE AGENDA: None\n\nC. PUBLIC COMMENTS: None\n\n"
        "D. HIGHWAY REPORT:\n\n1. Equipment Shed: The shed at the garage is in poor shape.\n\n"
        "2. Grader: The grader is still being repaired.\n\n"
        "E. NEW BUSINESS:\n\n1. Time Clock: Mr. Penn discussed the benefits of a time clock.\n"
    )
    assert item_numbers(text) == ["A", "B", "C", "D", "E"]


def test_bullets_under_the_last_of_several_title_lines_are_its_points():
    """Wrapped bullets under "Director's Report" look like an outline's top level with text
    under each; below two other title lines they are that report's points."""
    text = (
        "Old Business\nIt was decided to table the presentation on forming a\nfoundation "
        "until the autumn.\n\nNew Business\nThe trustees discussed the new website and "
        "will\nreport back in October.\n\nDirector's Report\n"
        "- Director reviewed the budget and state aid documents\nwith the trustees.\n"
        "- A generous gift was given to the library by the\nlocal garden club.\n"
        "- New roof still on hold. Waiting for specifications\nso bids may be solicited.\n"
        "- Side gate does not open all the way. Director\nwill ask for repairs.\n"
        "- Upcoming programs listed. Director requested an\narticle for the newsletter.\n"
    )
    assert item_titles(text) == ["Old Business", "New Business", "Director's Report"]


def test_paragraphs_opening_with_a_short_topic_and_a_full_stop_are_items():
    """ "Hall repairs. The roof leak has been fixed.": a topic of a few words with no verb,
    its stop, then what happened; three or more such paragraphs are the document's style."""
    text = (
        "Treasurer's report. The balance is 2,340 pounds and the accounts were accepted.\n\n"
        "Summer fete. The fete will be held on 12 June; volunteers are needed.\n\n"
        "Hall repairs. The roof leak has been fixed.\n\n"
        "The meeting closed. Everyone went home.\n"
    )
    assert item_titles_alone(text) == ["Treasurer's report", "Summer fete", "Hall repairs"]


def test_known_business_after_the_last_numbered_item_is_an_item():
    """ "Date of Next Meetings", unnumbered, after the numbered items: the last item, as
    known business before the first number is the first."""
    text = (
        "Fernby Parish Council\nMinutes of the meeting held on 3 April 2019\n\n"
        "1. Apologies\nApologies were received from Cllr Dee.\n\n"
        "2. Footpaths\nThe council agreed to report the broken stile.\n\n"
        "3. Finance\nThe council approved payments of 120 pounds.\n\n\n"
        "Date of Next Meetings\n\nThe next meetings will be on 8 May and 12 June 2019.\n\n\n"
        "The meeting closed at 9.00 pm\n"
    )
    assert item_titles_alone(text) == ["Apologies", "Footpaths", "Finance", "Date of Next Meetings"]


def test_a_report_over_a_sentence_that_opens_a_list_is_an_item():
    """ "Treasurer's Report" over "Ken reported:" and the figures: the sentence that
    introduces the list is running text under a title, not a label."""
    text = (
        "Approve Agenda\n\nThe agenda was approved as presented.\n\n"
        "Road Maintenance\n\nThe board discussed grading of the gravel roads.\n\n"
        "Treasurer\u2019s Report\n\nKen reported:\n\nGeneral Fund 10,000\n\nRoad Fund 5,000\n\n"
        "Adjourn\n\nThe meeting adjourned at 8:40 p.m.\n"
    )
    assert "Treasurer\u2019s Report" in item_titles(text)


def test_a_row_whose_label_went_to_the_next_line_is_split_from_its_agenda_wording():
    """A committee system's item table saved as text: one row's "Decision:" label fell
    onto the next line; its title still parts from the agenda's wording."""
    text = (
        "No. | Item |\n"
        "Apologies for absence To receive any apologies. Minutes: Apologies were received "
        "from Cllr Ann Bee. |\n"
        "Minutes of the previous meeting To approve the minutes of 2 March. Minutes: The "
        "minutes were approved. |\n"
        "Appointments to outside bodies To approve the appointments. Additional documents:\n"
        "Decision: It was resolved to approve the appointments set out in the report. |\n"
    )
    assert item_titles(text) == [
        "Apologies for absence",
        "Minutes of the previous meeting",
        "Appointments to outside bodies",
    ]


def test_the_minutes_of_a_dated_meeting_in_capitals_head_a_row():
    """ "MINUTES 12 JANUARY 2023" over the agenda's wording and a "Minutes:" label: the
    item approving that meeting's minutes, not a heading naming this meeting."""
    text = (
        "No. | Item |\n"
        "APOLOGIES FOR ABSENCE To receive apologies. Minutes: There were no apologies. |\n"
        "DISCLOSURE OF INTERESTS To disclose interests. Minutes: There were none. |\n"
        "MINUTES 12 JANUARY 2023 To approve the minutes of the meeting held on 12 January "
        "2023. Minutes: The minutes were agreed as a true record. |\n"
        "PLANNING APPEALS To note the appeals. Minutes: The Committee noted the appeals. |\n"
    )
    assert "MINUTES 12 JANUARY 2023" in item_titles(text)


def test_apologies_for_non_attendance_is_a_heading_not_an_attendance_label():
    """ "Apologies for non-attendance" over a resolution: the business of apologies, not
    a label of who attended ("Attendance:")."""
    text = (
        "Election of Chair\n\n\nRESOLVED that Councillor Bee be elected Chair.\n\n\n\n"
        "Apologies for non-attendance\n\n\nRESOLVED that apologies be received from Ann Dee.\n\n\n\n"
        "Members' Declarations of Interest\n\n\nThere were no declarations.\n\n\n\n"
        "Budget Monitoring Report\n\n\nRESOLVED that the report be noted.\n"
    )
    assert item_titles(text) == [
        "Election of Chair",
        "Apologies for non-attendance",
        "Members' Declarations of Interest",
        "Budget Monitoring Report",
    ]


def test_minutes_alone_over_the_attendance_is_the_documents_title_not_an_item():
    """ "Minutes" straight above "PRESENT: ...", below a cover page's running text: the
    minutes' own title; the approval of minutes comes below the attendance."""
    text = (
        "Extraordinary Meeting of Council\n\n25 September 2021, 7:00pm\n\n"
        "All minutes are subject to confirmation at a subsequent\n\n"
        "meeting and may be amended by resolution at that meeting.\n\n"
        "Extraordinary Meeting of Council 25 September 2021\n\nMinutes\n\n"
        "PRESENT: Councillor A. Bee (Chair), Councillor C. Dee and Councillor E. Fay.\n\n"
        "OATH OF OFFICE\n\nEach Councillor took the oath of office.\n\n"
        "DECLARATIONS OF INTEREST: Nil\n\n"
        "ELECTION OF DEPUTY MAYOR\n\nCouncillor Dee was elected Deputy Mayor.\n"
    )
    assert item_titles_alone(text)[0] == "OATH OF OFFICE"


def test_flattened_titles_ending_in_a_subject_word_keep_it():
    """ "Notification of Visiting Members There were no ...": a clause opens at "There" (or
    the agenda's "To note"), so "Members" ends the title rather than starting a sentence."""
    flattened = (
        "Minutes of the meeting held on 3 May 2023 Present: Councillors Bee, Dee and Fay. "
        "1. Apologies for Absence Apologies were received from Councillor Gee. "
        "2. Notification of Visiting Members There were no Visiting Members present at the "
        "meeting. 3. Appointment of Substitute Members To note appointments of Substitute "
        "Members. It was noted that Councillor Hay was substituting for Councillor Gee. "
        "4. Declarations of Interest There were no declarations of interest made by Members."
    )
    assert item_titles_alone(flattened) == [
        "Apologies for Absence",
        "Notification of Visiting Members",
        "Appointment of Substitute Members",
        "Declarations of Interest",
    ]


def test_flattened_title_in_capitals_keeps_the_date_it_leads_to():
    """ "MINUTES OF THE LAST MEETING HELD 30th January 2014 Approved ...": a title that
    stops at "HELD" goes on to its date."""
    flattened = (
        "Minutes of the meeting of Lowmere Parish Council held on 27 February 2014. "
        "1. APOLOGIES Apologies were received from Cllr Bee. 2. DECLARATIONS OF INTEREST None "
        "were declared. 3. MINUTES OF THE LAST MEETING HELD 30th January 2014 Approved and "
        "signed. 4. PLANNING The council had no comments on the extension at Mill Farm."
    )
    assert item_titles_alone(flattened)[2] == "MINUTES OF THE LAST MEETING HELD 30th January 2014"


def test_a_title_said_again_as_its_sentences_subject_ends_where_it_starts_again():
    """ "12.80 Minutes of the Meeting from 27 June 2012 Minutes were approved ...": the title's
    first word again, then a verb, opens the minute; the title ends before it."""
    flattened = (
        "Parish Council Meeting Minutes 25 July 2012 Present: Cllrs Bee, Dee and Fay. "
        "12.77 Apologies Apologies were received from Cllr Gee, who is away on holiday until "
        "the end of the month. 12.78 Public Participation Two residents asked about the "
        "footpath to the church, which floods after heavy rain, and the clerk agreed to report "
        "it to the highways authority again. 12.79 Minutes of the Parish Council Meeting "
        "from 27 June 2012 Minutes were approved and signed as a true record. 12.80 Play Area "
        "The new swings have been installed by the contractor."
    )
    assert (
        item_titles_alone(flattened)[2] == "Minutes of the Parish Council Meeting from 27 June 2012"
    )


def test_flattened_items_numbered_after_the_meetings_number():
    """ "212-1.To receive apologies ... 212-2.To receive declarations ...": the meeting's
    number, then the item's, counting up through a page that lost its lines."""
    flattened = (
        "Fernby Parish Council Minutes of the meeting held on 4 May 2016 in the Village Hall. "
        "Present: Cllrs Bee, Dee and Fay. 212-1.To receive apologies: Apologies were received "
        "from Cllr Gee, who is away until the end of the month. 212-2.To receive declarations "
        "of interest: There were no declarations of interest from members present at the "
        "meeting. 212-3.Public participation: Two residents asked about the footpath to the "
        "church, which floods after heavy rain, and the clerk agreed to report it again. "
        "212-4.Planning: The council had no objection to the extension at Mill Farm."
    )
    assert item_numbers(flattened) == ["212-1", "212-2", "212-3", "212-4"]


def test_flattened_references_keep_the_bodys_letters_set_apart():
    """ "LA 17/27 Declarations ... LA 17/28 Minutes ...": a reference whose letters stand
    apart from its number is read whole, not from "17/27"."""
    flattened = (
        "Agenda and minutes Licensing Committee Tuesday, 9th May, 2017 7.30 pm Items No. Item "
        "PART 1 - PUBLIC LA 17/27 Declarations of Interest Minutes: There were no declarations "
        "of interest made in accordance with the Code of Conduct. LA 17/28 Minutes To confirm "
        "as a correct record the notes of the meeting. Minutes: RESOLVED: That the notes be "
        "approved as a correct record and signed by the Chairman. LA 17/29 Minutes of Panel "
        "To receive the minutes of the panel. Minutes: RESOLVED: That the minutes be received."
    )
    assert item_numbers(flattened) == ["LA 17/27", "LA 17/28", "LA 17/29"]


def test_a_title_above_a_numbered_first_paragraph_is_that_minutes_title():
    """ "Declarations of interests" on its own line, then "61. There were none.": the
    minute's number is printed on its first paragraph and its title above it."""
    text = (
        "Marsh Reserve Management Board\n\nAt a meeting of the Board held on 10 March 2009\n\n"
        "Declarations of interests\n\n61. There were none.\n\n"
        "Minutes of the previous meeting\n\n62. The Chairman explained that the minutes of "
        "the meeting in July had been confirmed in November.\n\n"
        "Visitor centre\n\n63. The warden reported that visitor numbers had risen.\n"
    )
    assert items_alone(text) == [
        ("61", "Declarations of interests"),
        ("62", "Minutes of the previous meeting"),
        ("63", "Visitor centre"),
    ]


def test_a_heading_of_several_acts_between_dashes_is_not_too_long():
    """ "- CALL TO ORDER – OPEN PUBLIC MEETINGS ACT – ROLL CALL – FLAG SALUTE - MOMENT OF
    SILENCE": the dashes between its parts are no words of the heading."""
    text = (
        "A REGULAR MEETING OF THE VILLAGE COUNCIL OF THE VILLAGE OF ELMWOOD HELD ON MAY 3, 2017\n"
        "- CALL TO ORDER – OPEN PUBLIC MEETINGS ACT – ROLL CALL – FLAG SALUTE - MOMENT OF SILENCE\n"
        "Mayor Bee called the meeting to order at 8:00 P.M. and read the statement.\n"
        "- PUBLIC COMMENTS\nThere were no comments from the public at this time.\n"
        "- ORDINANCES\nThe council introduced an ordinance on parking in the village.\n"
    )
    assert item_titles_alone(text)[0].startswith("CALL TO ORDER")


def test_the_minutes_of_a_dated_meeting_as_a_label_are_business():
    """ "MINUTES FROM THE MARCH 20, 2023 REGULAR COUNCIL MEETING:": the colon makes it the
    label of the approval of those minutes, not this meeting's heading."""
    text = (
        "Council Meeting April 3, 2023\n\nCALL TO ORDER:\nMayor Bee called the meeting to "
        "order at 7:00 p.m.\n\nMINUTES FROM THE MARCH 20, 2023 REGULAR COUNCIL MEETING:\n"
        "Dee moved to approve the minutes; Fay seconded. Motion carried.\n\n"
        "PRESENTATION OF BILLS:\nFay moved to pay the bills; Dee seconded. Motion carried.\n"
    )
    assert item_titles_alone(text) == [
        "CALL TO ORDER",
        "MINUTES FROM THE MARCH 20, 2023 REGULAR COUNCIL MEETING",
        "PRESENTATION OF BILLS",
    ]


def test_flattened_items_numbered_without_a_stop_after_a_colon():
    """ "... for the following item: 2 Public Question Time: ...": a flattened item's number
    may follow the colon that ended the sentence before it; the count 1, 2, 3 goes on."""
    flattened = (
        "MINUTES OF THE AMENITIES COMMITTEE TUESDAY 3 JUNE 2014 AT THE TOWN HALL Present: "
        "Councillors Bee (Chair), Dee and Fay Apologies: Councillor Hay No Subject 1 To receive "
        "apologies and to approve absences. Comments Apologies were agreed from Cllr Hay. The "
        "Committee adjourned for the following item: 2 Public Question Time: A period of 15 "
        "minutes is allowed for members of the public to ask questions. No members of the public "
        "were present. 3 To elect a Vice Chair Cllr Dee was elected with unanimous support. "
        "4 To note the minutes of the last meeting The minutes were agreed as accurate."
    )
    assert item_numbers(flattened) == ["1", "2", "3", "4"]


def test_flattened_items_counted_without_a_stop_glued_to_their_titles():
    """ "... There were no Apologies 2Election of Chair ... 3Minutes ... 4Matters Arising ...":
    a page's text glued each count to its title; the count 2, 3, 4 says they are items."""
    flattened = (
        "Date: Wednesday 25th September 2013 Time: 4pm-7pm Location: Elm Campus, Room 14 "
        "Minutes - Draft The training finished at 6:15pm and Council proceeded as quoracy had "
        "been reached. There were no Apologies 2Election of Chair and Vice-Chair The Chair's "
        "Aid proceeded to the election of a Chair. Ann Bee was elected. 3Minutes of the last "
        "meeting The minutes were noted as accurate and ratified. 4Matters Arising from "
        "minutes There were no matters arising. 5Officers' Reports The President presented "
        "his report to the Council."
    )
    assert [number for number, _ in items_alone(flattened)] == ["2", "3", "4", "5"]


def test_a_flattened_count_goes_on_after_a_sentences_colon_not_a_labels_in_capitals():
    """ "... the following item: 2 Public Forum ...": a count after a sentence's colon; "...
    LEAVE OF ABSENCE: 1 Welcome ...": a label in capitals, whose value follows its colon
    (read as a list it would make the items below its entries), starts no line."""
    sentence = (
        "Present: Cllr Bee. 1 Apologies None were received. The Committee adjourned for the "
        "following item: 2 Public Forum: No members of the public were present. 3 Minutes The "
        "minutes were agreed."
    )
    label = (
        "APOLOGIES: Nil LEAVE OF ABSENCE: 1 Welcome The Mayor welcomed everyone. 2 Council "
        "Blessing Cr Dee read the blessing. 3 Apologies Nil. 4 Members' Business None."
    )
    assert at_counted_numbers(sentence)[0].split("\n")[2].startswith("2 Public Forum")
    assert (
        at_counted_numbers(label)[0]
        .split("\n")[0]
        .endswith("ABSENCE: 1 Welcome The Mayor welcomed everyone. ")
    )


def test_flattened_items_numbered_without_a_stop_count_on_where_one_has_a_stop():
    """ "... 2016 1   Opening Prayer ... 2.   Attendance ... 3  Minutes ...": a count run
    onto one line whose typist put a stop after one of its numbers; the count goes on."""
    flattened = (
        "PCC Minutes Elmton St Mary Minutes of the PCC meeting held at the Church Hall 7.30 "
        "p.m. On 17th May 2016 1   Opening Prayer    The Vicar opened the meeting with a prayer. "
        "2.   Attendance and Apologies Present  The Vicar (chair), Ann Bee, Cy Dee. Apologies  "
        "received from Ed Fox 3  Minutes of Previous Meeting The minutes were read and signed. "
        "4  Matters Arising   None. 5 Correspondence Ann Bee read a letter of thanks from the "
        "choir. 6  Financial Report Cy Dee read the financial report for the year."
    )
    assert item_numbers(flattened) == ["1", "2", "3", "4", "5", "6"]


def test_flattened_items_numbered_without_a_stop_count_on_across_pages():
    """Each page flattened onto a line, items numbered without a stop: the count the first
    page reached ("... 3 Petitions ...") goes on after the next page's running header
    ("Elmvale Local Board 20 May 2021 4 Public Forum ...")."""
    first = (
        "Minutes of a meeting of the Elmvale Local Board held in the Council Chamber on "
        "Thursday, 20 May 2021 at 2.00pm. PRESENT Chairperson Ann Bee, Members Cy Dee, Eve Fay "
        "and Gus Hay. 1 Welcome The Chairperson opened the meeting and welcomed everyone "
        "present to the meeting of the board. 2 Apologies There were no apologies received "
        "from members for this meeting. 3 Petitions There were no petitions presented to the "
        "board at this meeting. Minutes Page 1"
    )
    second = (
        "Elmvale Local Board 20 May 2021 4 Public Forum Two residents spoke about parking on the "
        "beach road and asked the board to consider time limits near the shops and the school. "
        "A copy of their notes has been placed on the file. 5 Local Board Grants The board "
        "considered the applications received in the second round and approved six of them "
        "for the amounts set out in the report of the grants adviser. Minutes Page 2"
    )
    assert [number for number, _ in items_alone(f"{first}\n{second}\n")] == [
        "1",
        "2",
        "3",
        "4",
        "5",
    ]


def test_minutes_after_their_agenda_repeat_titles_the_lists_run_left_out():
    """The agenda listed first ("2.Declaration ..." runs on from the attendance above it,
    so the list's run starts at 3), then the minutes numbered again from 1: the minutes
    repeat the agenda's titles, counted from every numbered line above them."""
    text = (
        "Mill Lane, Elmvale, EV6 7BZ\n"
        "Head Teacher: Ann Bee / Minutes of the Full Governing Body Meeting\n"
        "held on 28th January 2015\nat 7.30 p.m. in Classroom 5\n"
        "Attendees: Cy Dee CD (Community Governor and Member), Eve Fay EF (Community "
        "Governor), Gus Hay GH (Acting Chair and Parent Governor), Ivy Jones IJ (Parent "
        "Governor), Kim Lee KL (Staff Governor), Ann Bee AB (Head Teacher and Member) and Max "
        "Orr MO (Clerk).\n"
        "In Attendance: Ned Park, NP Senior Leadership Team (SLT),\n"
        "2.Declaration of interest in any agenda item\n"
        "3.Welcome the new member and assign to a committee\n"
        "4.Minutes of previous meeting held on 26th November 2014\n"
        "5.Matters arising (see actions on minutes)\n"
        "6.Chairman's Report including Governor Skills, Training and Visits.\n"
        "7.Head Teacher's Report including the Equalities Duty.\n"
        "8.Committee reports\n- Curriculum and Staffing\n- Finance\n"
        "10.Any other urgent business\n11.Future dates of Full Governing Body meetings\n"
        "1. Apologies / Actions\n"
        "1.1Approved apologies: Pat Quinn PQ (Community Governor), Rae Stone RS (Staff "
        "Governor),\n1.2Absent: Sam Toll ST (Community Governor),\n"
        "2. Declaration of interest in any agenda item\n"
        "3. Welcome new member and assign to a committee\n"
        "3.1Uma Vale was welcomed to the governing body.\n"
        "3.2 CD stood down as vice chair to allow GH to take on the role.\n"
    )
    assert [number for number, _ in items_alone(text)] == ["1", "2", "3"]


def test_a_sentence_ending_in_a_titled_name_does_not_break_off_the_title_below():
    """ "Apologies were received from Cllr Gee." ends a sentence: the short line below is a
    title of its own, not the rest of a name ("Councillor Neil" / "BENNY")."""
    text = (
        "Apologies\nApologies were received from Cllr Gee.\n\n"
        "Footpaths\nThe clerk reported on the repairs and the council agreed to pay.\n\n"
        "Planning\nThe council raised no objection to the barn conversion.\n"
    )
    assert item_titles(text) == ["Apologies", "Footpaths", "Planning"]


def test_a_title_naming_the_place_in_the_heading_is_no_person_present():
    """ "Village Hall: ..." under a heading "... held at the Village Hall": the place the
    heading names, not a person the opening names, so it heads an item."""
    text = (
        "Elmvale Parish Council\nMinutes of the meeting held on 4 May 2021 at the Village Hall\n"
        "Present: Cllrs Bee, Dee and Fay.\n\n"
        "Apologies: Apologies were received from Cllr Kay.\n\n"
        "Grass Cutting: The contract was discussed and renewed.\n\n"
        "Village Hall: The council discussed the roof repairs and agreed the next steps.\n\n"
        "Budget: The budget was set for the coming year.\n"
    )
    assert item_titles_alone(text) == ["Apologies", "Grass Cutting", "Village Hall", "Budget"]


def test_every_pages_printed_line_numbers_are_dropped_not_only_the_last_pages():
    """Each page numbers its lines from 1 again, blank lines too ("4" alone): the numbers
    go from every page, so "13 A. Roll Call" is no item 13."""
    first = [
        "Regular Meeting",
        "Monday, December 1, 2014",
        "",
        "",
        "",
        "CALL TO ORDER",
        "",
        "A. Roll Call",
        "",
        "Present: Ann Bee; Cy Dee; Eve Fay",
        "Absent: Gus Hay",
        "",
        "PUBLIC COMMENT",
        "",
        "Mayor Bee opened public comment.",
        "Ivy Jones spoke about the library hours.",
        "",
        "ADJOURN TO CLOSED SESSION",
        "",
        "The Council adjourned at 6:10 p.m.",
    ]
    second = [
        "CALL TO ORDER - EVENING SESSION",
        "",
        "The meeting was called to order at 7:00 p.m.",
        "",
        "AGENDA CHANGES",
        "",
        "There were no changes to the agenda.",
        "",
        "GENERAL PUBLIC COMMENT",
        "",
        "Kim Lee spoke about the parking on Main Street.",
        "Max Orr spoke about the new bus stop.",
    ]
    titles = item_titles_alone(f"{with_line_numbers(first)}\n\x0c{with_line_numbers(second)}\n")
    assert "CALL TO ORDER" in titles and "ADJOURN TO CLOSED SESSION" in titles
    assert "AGENDA CHANGES" in titles


def with_line_numbers(lines: list[str]) -> str:
    """A page whose lines, blank ones too, are numbered from 1."""
    return "\n".join(f"{number} {text}".rstrip() for number, text in enumerate(lines, 1))


def test_a_dockets_number_in_brackets_heads_its_item():
    """ "(#773) – CONDUIT LOCATION ...": a council's docket number with its sign, in
    brackets before a dash and the title; dockets are not numbered one after another."""
    text = (
        "MINUTES - DECEMBER 5, 2002\nA Regular Meeting of the City Council was held in the "
        "Council Chamber on Thursday, December 5, 2002 at 7:00 P.M.\n\n"
        "Council President Ann Bee presided.\n\n"
        "(#773) – CONDUIT LOCATION ON ELM STREET\n\nA hearing was held on the order for two "
        "conduits. Councillor Dee moved that the permit be granted. It was so voted.\n\n"
        "CONTINUATION OF CLASSIFICATION HEARING\n\nThe hearing was continued to December 19.\n"
    )
    assert items_alone(text) == [
        ("(#773)", "CONDUIT LOCATION ON ELM STREET"),
        ("", "CONTINUATION OF CLASSIFICATION HEARING"),
    ]


def test_titles_in_capitals_that_open_their_sentence_head_items_where_the_style_is_the_documents():
    """ "THE MINUTES of the last meeting were read": the capitals are the title and the
    start of the minute at once, in minutes whose other paragraphs open "TITLE. Text"."""
    text = (
        "MINUTES of the meeting of FERNDALE PARISH COUNCIL held on Monday 3rd May 2021.\n\n"
        "Present were Mr A Pike (Chairman), Mrs B Dace and Mr E Gudgeon.\n\n"
        "APOLOGIES were received from Mr C Roach.\n\n"
        "THE MINUTES of the last meeting were read and signed.\n\n"
        "FINANCE. Two cheques were signed for the grass cutting.\n\n"
        "PLANNING. No applications had been received this month.\n\n"
        "COMMUNITY SPEEDWATCH volunteers met twice in April and NALC has written again.\n"
    )
    assert item_titles(text) == [
        "APOLOGIES",
        "THE MINUTES",
        "FINANCE",
        "PLANNING",
        "COMMUNITY SPEEDWATCH",
    ]


def test_a_paragraph_opening_in_capitals_is_running_text_in_minutes_of_other_headings():
    text = (
        "Minutes of the Ferndale Parish Council meeting held on 3 May 2021.\n\n"
        "Apologies\n\nMr C Roach.\n\n"
        "Finance\n\nNALC has written about the pay award. TWO CHEQUES were signed.\n\n"
        "Planning\n\nNo applications had been received this month.\n"
    )
    assert item_titles(text) == ["Apologies", "Finance", "Planning"]


def test_a_contents_table_whose_entries_end_with_a_stop_and_a_page_gives_way_to_the_minutes():
    """ "3.  Minutes of previous meeting. 1": a Word contents table, sub-entries and pages,
    before the minutes; the minutes' own headings are the items, however few follow."""
    contents = (
        "1.     Opening prayers. 1\n\n2.     Apologies. 1\n\n3.     Minutes of previous meeting. 1\n\n"
        "4.     Items for Decision. 2\n\n4.1      Churchyard wall. 2\n\n4.2      Organ repair. 2\n\n"
        "5.     Items for Discussion. 3\n\n5.1      Harvest supper. 3\n\n6.     Closing prayer 4\n\n"
    )
    minutes = (
        "1.      Opening prayers\n\nThe vicar opened the meeting with a prayer.\n\n"
        "2.      Apologies\n\nApologies were received from Ann Bee and Cy Dee.\n\n"
        "3.      Minutes of previous meeting\n\nThe minutes of 7th January were agreed.\n"
    )
    assert items_of(contents + minutes) == [
        ("1", "Opening prayers"),
        ("2", "Apologies"),
        ("3", "Minutes of previous meeting"),
    ]


def test_a_pages_list_numbers_and_indents_the_items_it_also_numbers_itself():
    """ "  1. 1. APOLOGIES": a web page's list puts its own number (and its indent) before
    the item's; "4 OPEN SESSION" at the margin goes on with the indented count, so the
    spaces are the list's, not points of the attendance's "6 Members of the public"."""
    text = (
        "In Attendance\n\nCouncillor A Pike [Chair] Councillor B Dace\n\n"
        "Clerk C Roach    6 Members of the public\n\n"
        "  1. 1. APOLOGIES FOR ABSENCE. Apologies were received from Cllr E Gudgeon.\n"
        "  2. 2. DECLARATIONS OF INTEREST. None were reported.\n"
        "  3. MINUTES OF THE LAST MEETING, were approved and signed.\n\n"
        "4 OPEN SESSION – Two residents asked about the roads.\n"
    )
    assert items_of(text) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "MINUTES OF THE LAST MEETING"),
        ("4", "OPEN SESSION"),
    ]


def test_a_minute_reference_in_a_cell_of_its_own_numbers_the_title_cell_after_it():
    """A Word table saved with " / " between cells: "31/12 / Chair's Business"."""
    text = (
        "PRESENT:\n\nMs A Pike / Chair\nDr B Dace / Chief Executive\nMr C Roach / Director\n\n"
        "31/12 / Chair's Business\nThe Chair welcomed members to the meeting.\n"
        "32/12 / Minutes of Meeting held on 19 January 2012\n"
        "Members agreed the minutes as an accurate record.\n"
        "33/12 / Finance Report\nThe Director of Finance presented the report.\n"
    )
    assert items_of(text) == [
        ("31/12", "Chair's Business"),
        ("32/12", "Minutes of Meeting held on 19 January 2012"),
        ("33/12", "Finance Report"),
    ]


def test_long_titles_in_capitals_alone_with_their_colon_head_items_in_minutes_so_titled():
    """ "PURCHASE OF A SNOW PLOW FROM THE MARCH 3, 2011 BIDS:" is too long and holds a date,
    but in minutes whose titles are capitals lines ending with a colon it is one of them."""
    text = (
        "CALL TO ORDER:\n\nThe meeting was called to order by Mayor Pike.\n\n"
        "MINUTES:\n\nA motion to approve the minutes of February 7 carried.\n\n"
        "PURCHASE OF A SNOW PLOW FROM THE MARCH 3, 2011 BIDS RECEIVED BY THE CITY:\n\n"
        "The City Manager explained that two bids had been received.\n\n"
        "DISCUSSION ON THE PARADE ROUTE FOR JULY 4TH:\n\n"
        "Mr. Dace explained the route the parade would take this year.\n"
    )
    assert item_titles(text) == [
        "CALL TO ORDER",
        "MINUTES",
        "PURCHASE OF A SNOW PLOW FROM THE MARCH 3, 2011 BIDS RECEIVED BY THE CITY",
        "DISCUSSION ON THE PARADE ROUTE FOR JULY 4TH",
    ]


def test_a_date_glued_to_a_pages_title_is_no_item_number():
    text = (
        "03/04/11-Approved Town Board meeting minutes\n\n"
        "CALL TO ORDER:\n\nThe meeting was called to order by Mayor Pike.\n\n"
        "MINUTES:\n\nA motion to approve the minutes of February 7 carried.\n"
    )
    assert item_titles_alone(text) == ["CALL TO ORDER", "MINUTES"]


def test_a_long_numbered_list_of_people_with_their_posts_is_the_attendance():
    """Names with long posts ("2. Dr. B. Dace Member Dean, Faculty of Marine Studies,
    Northport Institute (through video)"), too long for a name alone, but a dozen of
    them: who attended, not the items numbered "7.1:" below."""
    posts = [
        "Professor A. Pike Chairman Professor Emeritus, Department of Physics, Eastfield",
        "Dr. B. Dace Member Dean, Faculty of Marine Studies, Northport Institute (through video)",
        "Prof. C. Roach Member Professor, Department of Chemical Engineering, Westby",
        "Dr. E. Gudgeon Member Principal Secretary, (Education), Southport Through VC",
        "Prof. F. Tench Member Dean, Resources and Planning Through VC",
        "Dr. G. Rudd Special Invitee Dean, Academic Affairs and Student Welfare",
        "Mr. H. Barbel Secretary Registrar (Acting), Northport Institute",
    ]
    attendance = "".join(f"{n}. {post}\n\n" for n, post in enumerate(posts, 1))
    text = (
        f"Present: {attendance}"
        "7.1: Welcome and opening remarks by the Chairman.\n\n"
        "The Chairman welcomed all the members.\n\n"
        "7.2: Confirmation of the minutes of the sixth meeting.\n\n"
        "The minutes were confirmed.\n"
    )
    assert items_of(text) == [
        ("7.1", "Welcome and opening remarks by the Chairman."),
        ("7.2", "Confirmation of the minutes of the sixth meeting."),
    ]


def test_the_next_number_after_a_sentences_end_on_an_items_line_starts_the_next_item():
    text = (
        "1.Apologies: A. Pike; B. Dace\n\n"
        "2.Minutes of the meeting held on 9 March were approved. 3. Harbour Safety Report:\n\n"
        "- There have been no reported incidents.\n\n"
        "4.Finance Report:\n\nThe trust is close to breaking even. Fuel sales were 3. lower.\n"
    )
    assert items_of(text) == [
        ("1", "Apologies"),
        ("2", "Minutes of the meeting held on 9 March were approved"),
        ("3", "Harbour Safety Report"),
        ("4", "Finance Report"),
    ]


def test_the_next_number_after_a_year_that_ends_a_title_starts_the_next_item():
    """ "2. Declarations of Interest Item 6.4 - Fees and Charges 2020 to 2021 3. Apologies
    ...": a title may end with a year instead of a stop; the next number after it starts
    the next item (a count of things elsewhere, "3. lower", still does not)."""
    text = (
        "1. Opening Ann Bee opened the meeting with a prayer. 2. Declarations of Interest "
        "Item 6.4 - Fees and Charges 2020 to 2021 3. Apologies There were no apologies.\n\n"
        "4. Public Forum\n\nCarl Dee spoke about the harbour car park.\n"
    )
    assert [number for number, _ in items_of(text)] == ["1", "2", "3", "4"]


def test_items_numbered_agenda_no_head_items_under_a_heading_that_names_the_meeting():
    """ "Agenda No. 16.1 CONFIRMATION OF ..." numbers items as "Item No." does; the heading
    in capitals above the first ("MINUTES OF THE 16TH MEETING ... HELD ON ...") says which
    meeting was held, and is no item 16 over its first point."""
    text = (
        "MINUTES OF THE 16TH MEETING OF THE ELMVALE APPRAISAL COMMITTEE HELD ON 7 SEPTEMBER "
        "2021\n\nAgenda No. 16.1 CONFIRMATION OF THE MINUTES OF THE 15TH MEETING\n\n"
        "The minutes of the 15th meeting were confirmed.\n\n"
        "Agenda No. 16.2 Westfold Lift Irrigation Scheme - Terms of Reference\n\n"
        "16.2.1 The proposal is for grant of Terms of Reference.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [(item.number, item.title) for item in document.items] == [
        ("Agenda No. 16.1", "CONFIRMATION OF THE MINUTES OF THE 15TH MEETING"),
        ("Agenda No. 16.2", "Westfold Lift Irrigation Scheme - Terms of Reference"),
    ]
    assert str(document.meeting.date) == "2021-09-07"


def test_items_numbered_agenda_no_start_items_inside_flattened_text():
    text = (
        "MINUTES OF THE 16TH MEETING OF THE ELMVALE APPRAISAL COMMITTEE HELD ON 7 SEPTEMBER "
        "2021 THROUGH VIDEO CONFERENCE. The meeting was held under the chairmanship of Dr Ann "
        "Bee. The list of members present is at the annexure. Agenda No. 16.1 CONFIRMATION OF "
        "THE MINUTES OF THE 15TH MEETING The minutes of the 15th meeting held on 25 July 2021 "
        "were confirmed. Agenda No. 16.2 Westfold Lift Irrigation Scheme by the Westfold "
        "Irrigation Corporation - Terms of Reference 16.2.1 The proposal is for grant of Terms "
        "of Reference to the scheme, which the committee considered at length with the "
        "proponent and the consultants present at the meeting.\n"
    )
    assert [number for number, _ in items_alone(text)] == ["Agenda No. 16.1", "Agenda No. 16.2"]


def test_a_short_form_with_its_stop_inside_a_title_does_not_end_it():
    """ "Maps and Misc. Receipts", "Highways Dept. Report": a short form's stop is no end of
    the title, as "Cllr." is none; a title's own stop still ends it ("Apologies. K. Reed.")."""
    text = (
        "1. Lake Maps and Misc. Receipts The treasurer reported sales of 12 maps.\n\n"
        "2. Highways Dept. Report The report was received.\n\n"
        "3. Apologies. K. Reed.\n"
    )
    assert item_titles(text) == [
        "Lake Maps and Misc. Receipts",
        "Highways Dept. Report",
        "Apologies",
    ]


def test_the_public_gallery_listed_with_the_attendance_is_no_item():
    """ "GALLERY Mr Carl Dee Mr Eve Fay": who watched from the public gallery, listed with
    the councillors and officers present in flattened minutes, is attendance."""
    text = (
        "MINUTES OF THE GENERAL MEETING OF ELMVALE SHIRE COUNCIL HELD ON WEDNESDAY 3 MAY 2017 "
        "COMMENCING AT 9.00AM ATTENDANCE Crs A Bee, G Hay and I Jay OFFICERS PRESENT Mr Ken "
        "Lee, Chief Executive Officer GALLERY Mr Carl Dee Mr Eve Fay There were 2 members of "
        "the public in the Gallery. The Mayor declared the meeting open at 9:00am. APOLOGIES "
        "AND CONDOLENCES Council passed on its condolences to the family of Mr Roe. "
        "CONSIDERATION OF MINUTES The Minutes of the General Meeting held on 19 April 2017 "
        "were confirmed on the motion of Cr Bee and Cr Hay. DEPUTATION "
        "Mr Dee spoke to Council about the showground lights and answered questions.\n"
    )
    titles = item_titles_alone(text)
    assert "GALLERY" not in titles
    assert "CONSIDERATION OF MINUTES" in titles


def test_titles_over_bullets_stand_for_the_numbers_a_page_lost_and_the_count_goes_on_after():
    """ "4." then two titles over bulleted points, then "7.": the bullets' list has ended
    at "7. Projects:", and the titles between are items 5 and 6 without their numbers."""
    text = (
        "4.Finance Report:\n\nThe trust is close to breaking even.\n\n"
        "Moorings Committee:\n\n- a. Fuel grade – being reviewed.\n- b. CCTV – being priced.\n\n"
        "Harbour Stores:\n\n- Repainting – tender issued.\n- Cleaning – to go out to tender.\n\n"
        "7. Projects:\n\n- Slipway – work has started.\n"
    )
    assert items_of(text) == [
        ("4", "Finance Report"),
        ("", "Moorings Committee"),
        ("", "Harbour Stores"),
        ("7", "Projects"),
    ]


def test_a_committee_systems_row_whose_label_comes_lines_later_is_parted_at_its_wording():
    """Rows closed by "|" lines, each opening with its title run into the agenda's wording
    ("Public Questions To receive any questions ..."), its "Minutes:" label lines below;
    a numbered row among them keeps its long title."""
    text = (
        "No. | Item | |\n---|---|---|\n"
        "Apologies To receive apologies for absence. Additional documents: Minutes: "
        "Apologies were received from Cllr Dace.\n|\n||\n"
        "Public Questions To receive any questions from members of the public.\n"
        "Questions must be sent to the clerk two days before the meeting.\n"
        "Additional documents: Minutes: There were no questions.\n|\n||\n"
        "1. To approve the minutes of the meeting held on 4 May and authorise the Chair to sign:\n"
        "the ordinary meeting of 4 May 2022 and the special meeting of 18 May 2022 "
        "Additional documents: Minutes: RESOLVED: To approve the minutes.\n"
        "|\n||\n"
        "Chair's Announcements To receive a verbal report from the Chair.\n"
        "Additional documents: Minutes: The Chair welcomed the new clerk.\n"
        "He thanked the retiring members for their service.\n|\n||\n"
    )
    assert item_titles(text) == [
        "Apologies",
        "Public Questions",
        "To approve the minutes of the meeting held on 4 May and authorise the Chair to sign",
        "Chair's Announcements",
    ]


def test_paragraphs_opening_with_the_agendas_wording_head_items_where_several_do():
    """ "Consider approval of the minutes of the work session held on March 3," / "2016.":
    the item's agenda wording, wrapped, then what was done; the list of those present
    above is no item."""
    text = (
        "MINUTES OF THE REGULAR SESSION OF THE TOWN COUNCIL\nMarch 17, 2016\n"
        "The Town Council met in regular session with the following in attendance:\n"
        "Ann Pike\nBen Dace\nCarl Roach\nMayor\nCouncil Member\nTown Clerk\n"
        "The meeting was opened with a quorum present and the following business was conducted:\n"
        "Consider approval of minutes of the work session and regular meeting held on March 3,\n"
        "2016.\n"
        "Council Member Dace moved approval of the minutes. The motion carried.\n"
        "Consider approval of the minutes of the special meeting held on March 9, 2016.\n"
        "Council Member Roach moved approval of the minutes. The motion carried.\n"
        "Page 2 of 9\nMinutes of the Regular Session — March 17, 2016\n"
        "Discuss the proposed parking ordinance for the downtown district.\n"
        "The Town Manager presented the ordinance. No action was taken.\n"
    )
    assert item_titles_alone(text) == [
        "Consider approval of minutes of the work session and regular meeting held on March 3, 2016",
        "Consider approval of the minutes of the special meeting held on March 9, 2016",
        "Discuss the proposed parking ordinance for the downtown district",
    ]


def test_one_paragraph_opening_with_an_agenda_verb_is_running_text():
    text = (
        "Minutes of the Town Council, March 17, 2016\n\n"
        "Apologies\n\nAnn Pike.\n\n"
        "Parking\n\nReview the parking ordinance at the next meeting. The manager agreed.\n\n"
        "Finance\n\nThe accounts were noted.\n"
    )
    assert item_titles_alone(text) == ["Apologies", "Parking", "Finance"]


def test_known_business_above_the_first_item_opened_by_the_agendas_wording_stays():
    text = (
        "MINUTES OF THE REGULAR SESSION OF THE TOWN COUNCIL\nMarch 17, 2016\n\n"
        "CALL TO ORDER\n\nMayor Pike called the meeting to order at 6:30 p.m.\n\n"
        "Consider approval of the minutes of the meeting held on March 3, 2016.\n"
        "The motion carried.\n"
        "Consider approval of the minutes of the special meeting held on March 9, 2016.\n"
        "The motion carried.\n"
        "Discuss the proposed parking ordinance for the downtown district.\n"
        "No action was taken.\n"
    )
    assert item_titles_alone(text) == [
        "CALL TO ORDER",
        "Consider approval of the minutes of the meeting held on March 3, 2016",
        "Consider approval of the minutes of the special meeting held on March 9, 2016",
        "Discuss the proposed parking ordinance for the downtown district",
    ]


def test_lines_numbered_with_an_items_reference_and_one_more_part_are_its_points():
    text = (
        "31/09 APOLOGIES FOR ABSENCE\n\n"
        "31/09/01 Apologies for absence were received on behalf of Mr A Pike.\n\n"
        "31/09/02 Members noted that Mr Pike was unwell and agreed to send a card.\n\n"
        "32/09 MINUTES OF THE MEETING HELD ON 3 MARCH 2009\n\n"
        "32/09/01 The minutes were approved and signed as a true record.\n\n"
        "32/09/02 Pumping Station at Fen Lane (12/09/3)\n\nThe works are complete.\n\n"
        "32/09/03 Drain Clearance at North Fen (14/09/1)\n\nThe clearance was noted.\n"
    )
    assert items_of(text) == [
        ("31/09", "APOLOGIES FOR ABSENCE"),
        ("32/09", "MINUTES OF THE MEETING HELD ON 3 MARCH 2009"),
    ]


def test_minutes_numbered_within_their_year_are_no_points_of_an_item_numbered_as_the_year():
    text = (
        "21 Budget\n\nThe budget was noted.\n\n22 Pay Policy\n\nAgreed.\n\n"
        "22/1 Apologies\n\nNone.\n\n22/2 Minutes\n\nApproved.\n\n22/3 Roads\n\nNoted.\n"
    )
    assert [number for number, _ in items_of(text)] == ["22/1", "22/2", "22/3"]


def test_a_rule_in_flattened_text_ends_the_minute_before_it():
    """ "... Councillor Tench. ______ TAXI FARES 4712 The committee ...": the title in
    capitals after the rule heads the minute numbered after it."""
    rule = "_" * 40
    text = (
        "KESTON BOROUGH COUNCIL LICENSING COMMITTEE 9 MAY 2013 MINUTES OF A MEETING HELD ON "
        "THURSDAY, 9 MAY 2013 PRESENT :- Councillor Pike in the Chair; Councillors Dace and "
        f"Roach. {rule} APOLOGIES 4711 Apologies were submitted on behalf of Councillor "
        f"Tench. {rule} TAXI FARES REVIEW 4712 The committee considered the report of the "
        f"licensing manager on the fares. {rule} STREET TRADING 4713 The committee noted "
        f"the consents granted since the last meeting. {rule} 4714 The meeting ended at 3 pm.\n"
    )
    assert item_titles_alone(text)[:3] == ["APOLOGIES", "TAXI FARES REVIEW", "STREET TRADING"]


def test_a_flattened_page_cut_after_its_second_item_still_counts_its_two_items():
    """ "... approx. 1 Agenda and Announcements The Chair ... 2 Minutes of the Board The
    minutes ...": the page's own "1" before its heading is no item."""
    filler = "Members discussed the arrangements and asked the officers several questions. " * 4
    text = (
        "14\n1 HARBOUR AUTHORITY BOARD MEETING APPROVED Minutes of the meeting held on Tuesday, "
        "4 June 2019 Venue: Room 2, Quay House Present Ann Pike (Chair) Ben Dace Carl Roach "
        "Apologies Dan Tench Start: 10:00 hrs approx. 1 Agenda and Chairs Announcements The "
        f"Chair welcomed members to the meeting. {filler}2 Minutes of the Board The minutes of "
        f"the last meeting were approved. {filler}"
    )
    assert items_alone(text) == [
        ("1", "Agenda and Chairs Announcements"),
        ("2", "Minutes of the Board"),
    ]


def test_attendance_told_as_an_item_among_headings_in_capitals_is_an_item():
    text = (
        "ORDINARY MEETING OF THE DISTRICT ASSEMBLY\n\nDate: 4th March 2024\n\n"
        "OPENING PRAYER\n\nThe meeting opened with a prayer by the Assembly Chaplain.\n\n"
        "ATTENDANCE\n\nThe meeting was attended by Hon. Assembly Members and Heads of "
        "Departments.\n\n"
        "ADOPTION OF AGENDA\n\nThe agenda was adopted by the House.\n"
    )
    assert item_titles_alone(text) == ["OPENING PRAYER", "ATTENDANCE", "ADOPTION OF AGENDA"]


def test_an_attendance_label_over_the_names_is_no_item():
    text = (
        "ORDINARY MEETING OF THE DISTRICT ASSEMBLY\n\nDate: 4th March 2024\n\n"
        "OPENING PRAYER\n\nThe meeting opened with a prayer by the Assembly Chaplain.\n\n"
        "ATTENDANCE\n\nPresent were Hon. A. Pike, Hon. B. Dace and Hon. C. Roach.\n\n"
        "ADOPTION OF AGENDA\n\nThe agenda was adopted by the House.\n"
    )
    assert item_titles_alone(text) == ["OPENING PRAYER", "ADOPTION OF AGENDA"]


def test_a_title_in_title_case_then_its_minute_in_lower_case_are_parted():
    text = (
        "1 Apologies\n\nAnn Pike.\n\n2 Hall Lettings a report was postponed to the next meeting\n\n"
        "3 Clergy Items these were covered in the first part of the meeting\n\n"
        "4 Minutes of the last meeting were agreed and signed\n"
    )
    assert item_titles(text) == [
        "Apologies",
        "Hall Lettings",
        "Clergy Items",
        "Minutes of the last meeting were agreed and signed",
    ]


def test_a_number_printed_twice_between_items_that_count_on_heads_an_item_too():
    """ "4 Matters arising" ... "4 Hall Lettings" ... "5 Clergy Items": a typing slip."""
    text = (
        "3 Minutes\n\nThe minutes were adopted.\n\n4 Matters arising\n\nThe gutters are mended.\n\n"
        "4 Hall Lettings\n\nTwo new bookings were noted.\n\n5 Clergy Items\n\nNone.\n\n"
        "6 Treasurer's report\n\nThe accounts were approved.\n"
    )
    assert items_of(text) == [
        ("3", "Minutes"),
        ("4", "Matters arising"),
        ("4", "Hall Lettings"),
        ("5", "Clergy Items"),
        ("6", "Treasurer's report"),
    ]


def test_a_minutes_first_paragraph_numbered_as_its_item_is_no_second_item():
    text = (
        "Item 2 - Minutes of the last AGM\n\n2. Copies of the minutes were available to all.\n\n"
        "Item 3 - Treasurer's Report\n\n3. The accounts showed a small surplus.\n\n"
        "Item 4 - Election of Officers\n\n4. All officers were re-elected.\n"
    )
    assert [number for number, _ in items_of(text)] == ["Item 2", "Item 3", "Item 4"]


def test_a_title_in_capitals_in_the_margin_before_the_minutes_reference_heads_it():
    """A page laid out in columns (title | reference | minute), each minute on one line."""
    text = (
        "MINUTES 21/113 The Minutes of the meeting held on 4th May were taken as read and "
        "confirmed.\n\n"
        "HOUSING REVIEW 21/114 The Town Clerk reported on two meetings with the consultants.\n\n"
        "STREET LIGHTING 21/115 The Clerk reported that the new lanterns had been fitted.\n"
    )
    assert items_of(text) == [
        ("21/113", "MINUTES"),
        ("21/114", "HOUSING REVIEW"),
        ("21/115", "STREET LIGHTING"),
    ]


def test_flattened_references_of_a_years_range_with_their_colons_count_on():
    filler = "The clerk reported on the matter and members discussed it at some length. " * 2
    text = (
        "MINUTES of the Parish Council meeting held on 14 March 2019. Present: Cllr A Pike. "
        f"18/19-101: Chairman's remarks: {filler}18/19-102: Apologies: {filler}"
        f"18/19-103: Minutes of the last meeting: {filler}18/19-104: Footpaths: {filler}\n"
    )
    assert [number for number, _ in items_alone(text)] == [
        "18/19-101", "18/19-102", "18/19-103", "18/19-104",
    ]  # fmt: skip


def test_a_flattened_tables_items_counted_from_two_after_its_cell_marks():
    """A committee system's page flattened onto one line, its cells parted by " | ", its
    first item unnumbered ("The Chairperson opened the meeting ...") and the count going on
    from 2, each number after a cell mark or a sentence's end."""
    text = (
        "Elm Local Board OPEN MINUTES | Minutes of a meeting of the Elm Local Board held on "
        "Wednesday, 7 December 2022 at 10.06am. present | Ann Pike | | Chairperson | Ben Dace | "
        "| Members | The Chairperson opened the meeting. | | 2 Apologies There were no "
        "apologies. | 3 Declaration of Interest There were no declarations of interest. | "
        "4 Confirmation of Minutes The minutes were confirmed as true and correct. | "
        "5 Leave of Absence There were no leaves of absence. 6 Petitions There were no "
        "petitions.\n"
    )
    assert items_alone(text) == [
        ("2", "Apologies"),
        ("3", "Declaration of Interest"),
        ("4", "Confirmation of Minutes"),
        ("5", "Leave of Absence"),
        ("6", "Petitions"),
    ]


def test_known_business_in_capitals_after_the_headings_date_opens_the_first_item():
    """Flattened minutes whose heading runs into the first item: "... MEETING 03/14/19 CALL
    TO ORDER Chair ..." (a date before it, not only a year), or "... 1 CALL TO ORDER - The
    ..." (a page's number, then a dash before the text)."""
    filler = "Members discussed the matter and the secretary noted the points raised. " * 2
    dated = (
        "SUMMARY OF ELMFORD STAFF SENATE MEETING 03/14/19 CALL TO ORDER Chair Pike called the "
        f"meeting to order at 3:05 P.M. APPROVAL OF THE MINUTES Motion to approve. {filler}"
        f"NEW BUSINESS Chair Pike reported on the budget. {filler}\n"
    )
    assert item_titles_alone(dated)[:2] == ["CALL TO ORDER", "APPROVAL OF THE MINUTES"]
    paged = (
        "Commission Minutes 2019-03-14 1 CALL TO ORDER - The Elmford Planning Commission met "
        f"in regular session. AGENDA REVIEW: No changes. {filler}APPROVAL OF MINUTES: The "
        f"minutes were approved. {filler}\n"
    )
    assert item_titles_alone(paged)[0] == "CALL TO ORDER"


def test_a_lettered_title_line_among_unnumbered_capitals_titles_keeps_its_letter():
    """Capitals titles unnumbered, then two lettered ones ("A. ORAL COMMUNICATIONS") of the
    same style: the letters are their numbers, not part of their titles."""
    text = (
        "Elmford Planning Commission\nMinutes of 14 March 2019\n\n"
        "CALL TO ORDER\nThe commission met at 7:00 p.m. with all members present.\n\n"
        "AGENDA REVIEW\nThere were no changes to the agenda tonight.\n\n"
        "APPROVAL OF MINUTES\nThe minutes were approved as presented by all.\n\n"
        "A. ORAL COMMUNICATIONS\nThe chair announced that one member had resigned.\n\n"
        "B. WRITTEN COMMUNICATIONS\nThe clerk had received two letters this month.\n"
        "1. A letter from a resident about the hardware store plans.\n"
    )
    assert items_alone(text)[-2:] == [("A", "ORAL COMMUNICATIONS"), ("B", "WRITTEN COMMUNICATIONS")]


def test_an_items_lettered_parts_follow_the_item_before_when_its_own_heading_is_not_printed():
    """ "1. Call to Order" then "2a." and "2b." (item 2's parts, its own heading never
    printed): one run, whether or not a "3." follows."""
    text = (
        "Minutes TOWN OF ELMBRIDGE FALLS Monday, March 6, 2023\nBOARD OF TRUSTEES 7:00 p.m.\n"
        "Present: Mayor Quill; Trustees: Abel, Brant, Cole.\n"
        "1. Call to Order: Mayor Quill calls the meeting to order at 7:02 p.m.\n"
        "2a. Approval of Meeting Minutes: January 15, 2023 (Exhibit 2023-11)\n"
        "The board approves the minutes as presented.\nMotion Carried\n"
        "2b. Approval of Meeting Minutes: February 19, 2023 (Exhibit 2023-12)\n"
        "The board approves the minutes as presented.\nMotion Carried\n"
    )
    assert [number for number, _ in items_alone(text)] == ["1", "2a", "2b"]
    then = text + "3. Roads Report: The superintendent reported on paving.\n"
    assert [number for number, _ in items_alone(then)] == ["1", "2a", "2b", "3"]


def test_apologies_after_the_last_of_the_attendance_end_it_and_are_no_item():
    """ "APOLOGIES:- Councillors - Ed Gale, Fay Hunt." under the people who came (the
    last a name and post, "Mr. Ian Kerr, Director of Services.", not a label): the
    attendance's end, not the first business."""
    text = (
        "Minutes of the Roads Committee Meeting held in the Council Chamber on Friday, 6th "
        "March 2015 at 11.00 a.m.\n\nPRESIDING: Councillor Ann Pike.\n\n"
        "PRESENT: Councillors - Ben Dace, Carl Eddy, Dan Fenn.\n\n"
        "Ms. Gail Ives. Ms. Hope Jones.\n\nMr. Ian Kerr, Director of Services.\n\n"
        "APOLOGIES:- Councillors - Ed Gale, Fay Hunt.\n\nADOPTION OF MINUTES.\n\n"
        "On the proposal of Councillor Dace seconded by Councillor Eddy, the minutes were "
        "adopted.\n\nMATTERS ARISING.\n\nNone.\n\nROAD WORKS.\n\n"
        "The engineer reported on the works on the main street this spring.\n"
    )
    assert item_titles_alone(text) == ["ADOPTION OF MINUTES", "MATTERS ARISING", "ROAD WORKS"]


def test_a_number_without_its_mark_before_a_capitals_title_among_capitals_titles_is_kept():
    """ "1 SUSPENSION OF STANDING ORDERS." (no stop after the number) above unnumbered
    titles in capitals: the one numbered title is an item as the others are."""
    text = (
        "Minutes of the Roads Committee Meeting held on Friday, 6th March 2015.\n\n"
        "PRESENT: Councillors - Ben Dace, Carl Eddy, Dan Fenn.\n\n"
        "1 SUSPENSION OF STANDING ORDERS.\n\nOn the proposal of Councillor Dace seconded by "
        "Councillor Eddy, it was agreed that Standing Orders be suspended.\n\n"
        "ADOPTION OF MINUTES.\n\nOn the proposal of Councillor Dace seconded by Councillor "
        "Eddy, the minutes were adopted.\n\nMATTERS ARISING.\n\nNone.\n\nROAD WORKS.\n\n"
        "The engineer reported on the works on the main street this spring.\n"
    )
    assert items_alone(text) == [
        ("1", "SUSPENSION OF STANDING ORDERS"),
        ("", "ADOPTION OF MINUTES"),
        ("", "MATTERS ARISING"),
        ("", "ROAD WORKS"),
    ]


def test_a_committee_systems_rows_parted_by_lines_of_empty_cells_each_head_an_item():
    """A page's table flattened with its rows parted by lines of empty cells ("|||||") and
    its columns' names over a rule ("| No. | Item |" / "|---|---|"): each row opens an
    item, a row whose title is the agenda's wording ("To confirm the minutes ...") too."""
    sep = "|" * 30
    text = (
        "Venue: Guildhall, Elmford\nContact: Ann Pike Democratic Services Officer\n"
        "| No. | Item |\n|---|---|\n"
        "Apologies for Absence Minutes: Apologies were received from Councillor Ben Dace. |\n"
        f"{sep}\n"
        "Disclosable Interests Members are reminded that they must declare their interests.\n"
        "Minutes:\nCouncillor Carl Eddy declared an interest in the item on parking.\n"
        f"{sep}\n"
        "To confirm the minutes of the meeting held on 20 October 2024. Decision: RESOLVED:\n"
        "That the minutes of the meeting held on 20 October 2024 be confirmed. Minutes:\n"
        "The minutes were confirmed as a correct record. |\n"
        f"{sep}\n"
        "Public Question Time To receive any questions from members of the public. Minutes:\n"
        "Public questions were received from two residents about the bus station.\n"
    )
    assert item_titles_alone(text) == [
        "Apologies for Absence",
        "Disclosable Interests",
        "To confirm the minutes of the meeting held on 20 October 2024",
        "Public Question Time",
    ]


def test_a_committee_systems_rows_ending_in_cell_marks_date_no_meeting_by_their_titles():
    """Rows flattened a line or more each, the last closed by " |", their decisions
    labelled ("Decision:"): a row titled with an earlier meeting's date ("MINUTES - 9 MAY
    2024") is an item, not the meeting's heading and date."""
    text = (
        "Venue: Guildhall, Elmford\nContact: Committee Services 01234 567890\nNo. | Item |\n"
        "APOLOGIES FOR ABSENCE Members are required to notify any substitutions by noon on "
        "the day of the meeting.\nLate substitutions will not be accepted. Decision: "
        "Apologies for absence were received from Councillor Ann Pike.\nHaving given due "
        "notice, Councillor Ben Dace substituted for Councillor Pike. |\n"
        "MINUTES - 9 MAY 2024 To take as read and approve as a true record the minutes of the "
        "meeting of the Committee held on 9 May 2024. Decision: RESOLVED: That the Minutes of "
        "the Meeting of the Committee held on 9 May 2024 be approved as a true record and be "
        "signed by the Chair. |\n"
        "CHAIR'S ANNOUNCEMENTS Members are reminded that any declarations of interest should "
        "be declared at the start of the item. Decision: The Chair announced that the meeting "
        "was being recorded. |\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    titles = [item.title for item in document.items]
    assert titles[-2:] == ["MINUTES - 9 MAY 2024", "CHAIR'S ANNOUNCEMENTS"]
    assert document.meeting.date is None


def test_the_agendas_verb_in_capitals_keeps_its_object_in_the_title():
    """ "TO ELECT a Chair and Vice-Chair for the year." is one title: the agenda's verb
    in capitals, then what it acts on, not a title "TO ELECT" and its text."""
    text = (
        "1.\n\nTO ELECT a Chair and Vice-Chair for the ensuing year.\n\nMinutes:\n\n"
        "Councillor Pike was nominated by Councillor Dace. There were no other nominations.\n\n"
        "2.\n\nAPOLOGIES FOR ABSENCE\n\nMinutes:\n\nApologies were received from Councillor Eddy.\n"
    )
    assert item_titles(text) == [
        "TO ELECT a Chair and Vice-Chair for the ensuing year.",
        "APOLOGIES FOR ABSENCE",
    ]


def test_a_dash_after_a_title_in_capitals_parts_it_from_its_note():
    """ "SWALCO—" over its text, "POLICE REPORT— on file ...", "STORMWATER MANAGEMENT—no
    report.": the dash ends the title; what follows it is the item's text."""
    text = (
        "4. ZBA\nThe board heard the appeal.\n5. SWALCO\u2014\nThe agency report was received.\n"
        "6. POLICE REPORT\u2014 on file at the Village Office.\n"
        "7. STORMWATER MANAGEMENT\u2014no report.\n8. ROADS REPORT\nThe roads were plowed.\n"
    )
    assert item_titles(text) == [
        "ZBA", "SWALCO", "POLICE REPORT", "STORMWATER MANAGEMENT", "ROADS REPORT",
    ]  # fmt: skip


def test_a_persons_initial_in_the_attendance_starts_no_run_of_roman_numerals():
    """ "I. Schroeder" among the councillors is a person, not item I above "II. MINUTES"."""
    text = (
        "MINUTES OF COUNCIL MEETING\nHeld on Thursday, March 24, 2011 at 10:30 a.m.\n"
        "MEMBERS\nPRESENT: M. Douglas, Reeve\nCOUNCILLORS: C. Amberley\nI. Schroeder\n"
        "R. Andrews\n\nII. MINUTES\nThe minutes of the last meeting were adopted.\n"
        "III. CALL FOR POST AGENDA ITEMS\nThere were none.\n"
        "IV. ADOPTION OF AGENDA\nThe agenda was adopted as presented.\n"
        "V. BYLAWS\nBylaw 11-01 was read a first time.\n"
    )
    assert [number for number, _ in items_alone(text)] == ["II", "III", "IV", "V"]


def test_titles_in_capitals_over_first_points_head_the_items_their_numbers_lost():
    """An outline whose items lost their numbers, their points kept them ("CONFIRMATION
    OF MINUTES" / "2.1 Confirmation ..."): each title heads its item, numbered from its
    points, and the points of every item follow ("2.2" then "3.1")."""
    text = (
        "Ordinary Council Meeting 19 March 2018\n\n1. ATTENDANCE RECORD\n\n1.1 Present:\n\n"
        "Mayor Ann Pike\n\n1.2 Apologies:\n\nCouncillor Ben Dace\n\nCONFIRMATION OF MINUTES\n\n"
        "2.1 Confirmation of the minutes of the last meeting\n\nMoved Cr Eddy, seconded Cr "
        "Fenn that the minutes be confirmed. CARRIED\n\nREPORTS\n\n3.1 Mayor report\n\n"
        "The Mayor reported on her meetings.\n\n3.2 Council report\n\n"
        "The Chief Executive reported on the budget.\n"
    )
    assert items_alone(text) == [
        ("1", "ATTENDANCE RECORD"),
        ("1.1", "Present"),
        ("1.2", "Apologies"),
        ("2", "CONFIRMATION OF MINUTES"),
        ("2.1", "Confirmation of the minutes of the last meeting"),
        ("3", "REPORTS"),
        ("3.1", "Mayor report"),
        ("3.2", "Council report"),
    ]


def test_minutes_below_their_agendas_list_open_with_its_titles_unnumbered():
    """An agenda listed in numerals ("I.Call to Order" ... "VI.Adjournment") with nothing
    under its entries, then the minutes, unnumbered, each opening with an entry's title
    ("Call to Order / The meeting was called ..."): the minutes' headings are the items,
    not the list's entries."""
    text = (
        "Elmford Residents Association\n\nAnnual General Meeting\n\nMINUTES\n\n"
        "Agenda topics\n\nI.Call to Order\nII.Opening Prayer\nIII.Reading of the Minutes\n"
        "IV.Treasurer's Report\nV.Elections\nVI.Adjournment\n"
        "Call to Order / The meeting was called to order at 7:41pm.\n"
        "Reading of the minutes / The minutes were read by the secretary and accepted.\n"
        "Ann Pike moved that the minutes be accepted as read and Ben Dace seconded.\n"
        "Treasurer's Report / The treasurer reported a balance of $1,200.\n"
    )
    assert item_titles_alone(text) == [
        "Call to Order", "Reading of the minutes", "Treasurer's Report",
    ]  # fmt: skip


def test_an_outcome_then_the_next_entrys_reference_heads_nothing():
    """Planning decisions run together: "... Applicants: Mr Ann Bee. APPROVED 12/01098/B:
    Alterations ...": the outcome closes one entry, the reference opens the next; neither
    is an item, and the numbered items stay the items."""
    entries = " ".join(
        f"APPROVED 12/0{n}/B: Extension to dwelling, {n} Shore Road, Elmford. Applicants: "
        f"Mr Cal Dee{n}."
        for n in (1098, 1040, 1033)
    )
    text = (
        "MINUTES OF THE MONTHLY MEETING OF ELMFORD COMMISSIONERS HELD IN THE COMMISSIONERS' "
        "OFFICE ON WEDNESDAY 3rd OCTOBER 2012 AT 7.00PM PRESENT: Mr A Pike (Chairman) Mr B "
        "Dace 1. CONFIRMATION OF MINUTES FROM PREVIOUS MEETING: Minutes from the previous "
        "meeting were approved and signed. 2. CHAIRMAN'S ANNOUNCEMENTS: The Chairman reported "
        "that a letter had been received from the department about training courses. 3. "
        "DECISIONS BY THE DEPARTMENT 12/01094/B: Alterations to car port, 49 Park Road, "
        f"Elmford. Applicants: Mr Ed Fay. {entries}\n"
    )
    assert [number for number, _ in items_alone(text)] == ["1", "2", "3"]


def test_an_outlines_points_holding_its_text_make_no_contents_table():
    """ "1.0 PRESENT / APOLOGIES" / "1.1 No apologies were received." / "2.0 POLICING
    REPORT" / "2.1 The officer reported ...": each item's text is its points' sentences,
    numbered as they are; the items are no contents table's rows."""
    text = (
        "ELMFORD COMMUNITY COUNCIL\nRecord of Meeting\nDate & Time: MONDAY 09 MAY 2016\n\n"
        "Present: Mr Al Pike (AP) Chairperson, Ms Bea Dace (BD) Secretary\n\n"
        "1 ELMFORD COMMUNITY COUNCIL: RECORD OF MEETING 09.05.2016\n\nREF MINUTE ACTION\n\n"
        "1.0 PRESENT / APOLOGIES\n\n1.1 No apologies were received.\n\n"
        "2.0 COMMUNITY POLICING REPORT\n\n"
        "2.1 The officer reported that there were 79 incidents in the area this month.\n"
    )
    assert [number for number, _ in items_alone(text)] == ["1.0", "2.0"]


@pytest.mark.parametrize("apologies", ["APOLOGIES", "RECEIVE APOLOGIES FOR ABSENCE"])
def test_business_in_the_heading_that_a_numbered_item_heads_is_no_item_of_its_own(apologies):
    """ "APOLOGIES: Councillors A Bee, C Dee" among who came, then "1 APOLOGIES Apologies
    for absence were noted as shown above." (or "1 RECEIVE APOLOGIES FOR ABSENCE", the
    same business in more words): one item, the numbered one."""
    text = (
        "PLANNING AND ORDERS COMMITTEE\n\nMinutes of the meeting held on 6 April 2011\n\n"
        "PRESENT: Councillor Ann Pike (Chair)\n\nIN ATTENDANCE: Chief Planning Officer (EG)\n\n"
        "Legal Services Manager (RJ) Committee Officer (AT)\n\n"
        "APOLOGIES: Councillors B. Dace, Carl Eddy\n\nALSO PRESENT: Local Members : none\n\n"
        f"1 {apologies}\n\nApologies for absence were submitted and noted as shown above.\n\n"
        "2 DECLARATION OF INTEREST\n\nNo declaration of interest was received.\n\n"
        "3 MINUTES\n\nThe minutes of the previous meeting were signed as a correct record.\n"
    )
    assert items_alone(text) == [
        ("1", apologies), ("2", "DECLARATION OF INTEREST"), ("3", "MINUTES"),
    ]  # fmt: skip


def test_a_title_in_capitals_before_a_lettered_minute_reference_heads_it():
    """ "DECLARATIONS OF INTEREST PLA147/14 Councillor ...": the margin's title, then the
    minute's reference with the committee's letters; on lines of their own, and flattened
    onto one line, where the title moves with its reference."""
    minutes = (
        ("APOLOGIES", "PLA146/14", "Apologies for absence were recorded from Councillor Dace."),
        ("DECLARATIONS OF INTEREST", "PLA147/14", "Councillor Pike declared an interest in an "
         "application as she was related to the applicant and left the room for it."),
        ("LOBBYING", "PLA148/14", "No declarations of lobbying were made by any member."),
        ("SITE INSPECTIONS", "PLA149/14", "The Chairman advised that a brief site visit had "
         "been made to the application sites on the Monday before."),
    )  # fmt: skip
    heading = "PLANNING COMMITTEE Wednesday, 25 March 2015\n\nPresent: Councillor Ann Pike\n"
    lines = "".join(f"{title} {reference} {text}\n" for title, reference, text in minutes)
    expected = [(reference, title) for title, reference, _ in minutes]
    assert items_alone(heading + lines) == expected
    flat = " ".join(
        [heading.replace("\n", " "), "Members noted the agenda.", lines.replace("\n", " ")]
    )
    assert items_alone(flat)[1:] == expected[1:]


def test_a_flattened_title_in_capitals_with_its_stop_before_a_sentence_opening_with_a():
    """ "... completed soon. FINANCE. A cheque was signed ...": the sentence after the
    title may open with "A" or "I", a word of one letter."""
    filler = "The clerk reported on it and members discussed it at some length tonight. "
    text = (
        "MINUTES of the meeting of ELMFORD PARISH COUNCIL held on Monday 12th September 2016 "
        f"at 7pm. Present were Mr D Pike (Chairman) and Mrs L Dace. {filler}"
        f"FINANCE. A cheque was signed to Mr E Fay for the mower service. {filler}"
        f"HIGHWAYS AND FOOTPATHS. A letter will be sent about the footpath. {filler}"
        f"PLAYING FIELD. I was asked to report on the new swings. {filler}\n"
    )
    assert item_titles_alone(text) == ["FINANCE", "HIGHWAYS AND FOOTPATHS", "PLAYING FIELD"]


def test_a_page_run_onto_one_line_keeps_its_wide_gaps_as_spaces_not_columns():
    """A page flattened onto one line keeps the wide gaps its table cells left ("18/19-87:
    Minutes of the last meeting –   the minutes ..."): they part no columns, so every
    counted reference still heads its item."""
    gap = "   "
    text = (
        "MINUTES of the Parish Council meeting held on 22nd November 2018 at 7.30 pm. "
        "Present: Cllr A Pike (in the Chair), Cllrs. B Dace, C Eddy and Dist Cllr D Fay "
        f"18/19-84: Chairman's remarks:{gap}Chair welcomed all present and recorded a "
        f"resignation. 18/19-85: Apologies{gap}Cty Cllr E Gale. 18/19-86: Declarations of "
        f"Interest - there were none. 18/19-87:{gap}Minutes of the last meeting – approved "
        f"and signed. 18/19-88: Footpaths:{gap}The stile on the lower path is to be "
        f"mended before the winter by the lengthsman. 18/19-89:{gap}Police matters: there "
        "were two thefts from sheds reported in the month.\n"
    )
    assert [number for number, _ in items_alone(text)] == [
        "18/19-84", "18/19-85", "18/19-86", "18/19-87", "18/19-88", "18/19-89",
    ]  # fmt: skip


def test_flattened_items_counted_in_square_brackets_before_their_references():
    """ "... meeting. [1]. 11/832. The Chairman opened ... [2]. 11/833. Apologies ...": a
    count in square brackets with its stop, then the minute's reference, flattened."""
    filler = "Members discussed the matter at some length and the clerk took notes. "
    text = (
        "Elmford Parish Council Minutes of the meeting held on 5th December 2011. Present: "
        "Cllrs A. Pike, B. Dace and C. Eddy [Clerk]. [1]. 11/832. The Chairman opened the "
        f"meeting and welcomed all. {filler}[2]. 11/833. Apologies. K. Reed. {filler}[3]. "
        "11/834. New Councillor update. It was announced that an election would take place. "
        f"{filler}[4]. 11/835. Declarations of interest. None were declared. {filler}\n"
    )
    assert [number for number, _ in items_alone(text)] == ["[1]", "[2]", "[3]", "[4]"]


def test_a_bodys_four_letters_before_its_minute_reference_are_no_margin_title():
    """ "WVTA 41/22 APOLOGIES": the body's letters (up to four) belong to the reference;
    the title is what follows, not the letters."""
    text = (
        "MINUTES OF THE WESTVALE TRANSPORT AUTHORITY MEETING HELD ON 4 MARCH 2022\n\n"
        "PRESENT: Councillor Ruth Amble (In the Chair)\n\n"
        "WVTA 41/22 APOLOGIES\n\nApologies were received from Councillor Tom Reed.\n\n"
        "WVTA 42/22 DECLARATIONS OF INTEREST\n\nThere were no declarations of interest.\n\n"
        "WVTA 43/22 BUS SERVICES REVIEW\n\nRESOLVED: That the review be approved.\n"
    )
    assert items_alone(text) == [
        ("WVTA 41/22", "APOLOGIES"),
        ("WVTA 42/22", "DECLARATIONS OF INTEREST"),
        ("WVTA 43/22", "BUS SERVICES REVIEW"),
    ]


def test_a_minute_reference_with_the_bodys_letter_after_the_year():
    """ "214/19C APOLOGIES": minute 214 of 2019, the council's (C); the numbered paragraphs
    inside an item are its points, not the items."""
    text = (
        "COUNCIL\n\nMINUTES\n\nWEDNESDAY 6 NOVEMBER 2019\n\nPRESENT: Mayor Tane, Councillor Opie\n\n"
        "214/19C WELCOME\n\nNOTED:\n\nThe Mayor opened the meeting and welcomed those present.\n\n"
        "215/19C APOLOGIES\n\nNOTED:\n\nThere were no apologies.\n\n"
        "216/19C DISTRICT PLAN CHANGE 12\n\n1. The officer presented the plan change.\n\n"
        "2. Members asked about the height limits.\n\n3. The plan change was adopted.\n"
    )
    assert items_alone(text) == [
        ("214/19C", "WELCOME"),
        ("215/19C", "APOLOGIES"),
        ("216/19C", "DISTRICT PLAN CHANGE 12"),
    ]


def test_a_subtitle_after_a_dash_runs_to_its_full_stop():
    """ "4. Windfarms – Community Benefit. Noted that ...": the subtitle after the dash is
    part of the title up to the stop; a person or a sentence after a dash is not."""
    text = (
        "LOWFORD COMMUNITY COUNCIL\n\nMinutes of the meeting held on 3 May 2016\n\n"
        "1. Apologies - Ann Merrow. The clerk recorded it.\n"
        "2. Footpaths - The clerk reported the stile was mended.\n"
        "3. Windfarms \u2013 Community Benefit Fund. Noted that the year 5 form was sent.\n"
        "4. Minutes - Council Meeting 12th April 2016. Approved as a true record.\n"
    )
    assert items_alone(text) == [
        ("1", "Apologies"),
        ("2", "Footpaths"),
        ("3", "Windfarms \u2013 Community Benefit Fund"),
        ("4", "Minutes - Council Meeting 12th April 2016"),
    ]


def test_lettered_points_between_items_that_count_on_past_them_are_points():
    """ "1.", "2." then "a)" to "d)" then "3.": the letters are item 2's points, though
    they outnumber the items around them."""
    text = (
        "1. MINUTES\n\nThe minutes were adopted.\n\n2. REPORTS\n\n"
        "a) Statistical Report\n\nThe report was received.\n\n"
        "b) Budget Report\n\nThe budget was under projections.\n\n"
        "c) Crossing Guards Review\n\nThe review was received.\n\n"
        "d) Resignations\n\nThe resignations were accepted.\n\n"
        "3. CORRESPONDENCE\n\nA letter was noted.\n"
    )
    assert items_of(text) == [("1", "MINUTES"), ("2", "REPORTS"), ("3", "CORRESPONDENCE")]


def test_officers_listed_by_rank_are_who_attended_not_items():
    """ "1. Lt. Col Ann Bee, Station HQ" ...: a numbered list of people by their ranks is
    the attendance; the items are numbered again below it."""
    text = (
        "Garrison Board Proceedings Ordinary Meeting 31 July 2018 Attended By:\n\n"
        "President Brig. Tom Hale\n\nNominated Members\n"
        "1. Lt. Col Ann Bee, Station HQ\n2. Maj. Cy Dee, Garrison Office\n"
        "3. Capt. Ed Fay, Supply Depot\n4. Lt. Gus Hay, Signals\n\n"
        "1 SANITATION DIARY\n\nDuring June the drains were cleared and fines imposed.\n\n"
        "Resolution Noted.\n\n2 ACCOUNTS\n\nThe monthly accounts were considered and approved.\n"
    )
    assert items_alone(text) == [("1", "SANITATION DIARY"), ("2", "ACCOUNTS")]


def test_side_headings_title_minute_numbers_whose_sentences_have_none():
    """A board's table of minutes: side headings in capitals over numbered minutes. Where
    every numbered sentence stands under a side heading, the headings are the items, though
    most numbers (the matters arising) carry a title of their own."""
    text = (
        "Canal Trust Board Minutes\n\nMinutes of a meeting of the Canal Trust Board held at "
        "Wharf House on 3 May 2018.\n\nPRESENT:\nMr A Brill Chairman\nMrs C Dunmore\n"
        "IN ATTENDANCE\nMr E Ashdown Chief Executive\nAPOLOGIES\nMr F Coyle\n"
        "MINUTES\n18/041 / The minutes of the meeting held on 1 March 2018 were approved.\n"
        "MATTERS ARISING\n18/042 / [Confidential Minute]\n"
        "18/043 / Towpath Repairs (18/022): Mr Ashdown reported that the repairs were done.\n"
        "18/044 / Lock Keepers (18/031): Mrs Dunmore said that two posts had been filled.\n"
        "18/045 / Moorings (18/035): Mr Brill confirmed that fees would be set in June.\n"
        "BOATING STRATEGY (CTB 210)\n18/046 / Mr Ashdown introduced a paper on the strategy "
        "for the next five years.\nDiscussion focused on the cost of dredging.\n"
    )
    assert items_alone(text) == [
        ("", "APOLOGIES"),
        ("18/041", "MINUTES"),
        ("", "MATTERS ARISING"),
        ("18/046", "BOATING STRATEGY (CTB 210)"),
    ]


def test_flattened_side_headings_in_sentence_case_title_the_numbered_paragraphs_too():
    """ "... Clerk prayed. Apology for absence 3. Apologies for absence were ...": a short
    side heading in sentence case heads its item as one in title case does."""
    filler = "The clerk noted this and members agreed to return to it at a later meeting. "
    text = (
        "MINUTES OF THE MONTHLY MEETING OF THE PARISH COUNCIL OF EASTMERE HELD ON MAY 4, 2017 "
        "Councillor A. Brill, Chairman Councillor C. Dunmore, Vice Chairman. Minutes of last "
        f"meeting 1. The minutes of the last meeting were read and confirmed. {filler}"
        f"Devotion 2. The Clerk, Mr. Ed Ashdown, prayed. {filler}Apology for absence 3. Apologies "
        f"for absence were tendered on behalf of Ms. F. Coyle. {filler}Road repairs 4. The "
        f"Superintendent of Roads reported on the repairs to the main road. {filler}"
    )
    assert item_titles_alone(text) == [
        "Minutes of last meeting",
        "Devotion",
        "Apology for absence",
        "Road repairs",
    ]


def test_flattened_side_headings_title_the_numbered_paragraphs_under_them():
    """ "... were present. Matters Arising 2. Matters arising from the minutes were ...":
    a margin's side headings flattened onto the end of the paragraph before; each heads
    its item, and the numbers only count paragraphs."""
    filler = "The clerk noted this and members agreed to return to it at a later meeting. "
    text = (
        "UPLAND PARK AUTHORITY MINUTES OF THE BOARD MEETING held at Fernby Hall on 10th "
        "September 2004 at 1.30pm PRESENT Ann Bee Cy Dee Ed Fay Gus Hay In Attendance: Ivy "
        "Jay Apologies: Kim Lee. Minutes of Last Meeting 1. The minutes of the previous "
        f"meeting were approved with one change. {filler}Matters Arising 2. Matters arising "
        f"from the previous minutes were as follows: the letters had been sent. {filler}"
        "Election of Convenor (Paper 1) 3. Ann Bee was nominated for the post of Convenor "
        f"by Cy Dee and was elected unopposed. {filler}Visitor Centre Lease 4. The Board "
        f"considered the lease and agreed to renew it for five years. {filler}"
    )
    assert item_titles_alone(text) == [
        "Minutes of Last Meeting",
        "Matters Arising",
        "Election of Convenor (Paper 1)",
        "Visitor Centre Lease",
    ]


@pytest.mark.parametrize(
    "references",
    [
        ("WVTA 41/22", "WVTA 42/22", "WVTA 43/22"),  # the body's letters before every one
        ("214/19C", "215/19C", "216/19C"),  # the body's letter after the year
    ],
)
def test_flattened_minute_references_keep_the_bodys_letters(references):
    """A page run onto one line keeps each reference whole: "... Ward WVTA 41/22 APOLOGIES
    Apologies were ...", "... noted. 215/19C APOLOGIES ..."."""
    titles = ("APOLOGIES", "DECLARATIONS OF INTEREST", "BUS SERVICES REVIEW")
    texts = (
        "Apologies were received from Councillor Tom Reed and Councillor Una Vale.",
        "There were no declarations of interest made by any member at this meeting.",
        "RESOLVED: That the review of the bus services be approved as presented.",
    )
    minutes = " ".join(f"{r} {t} {x}" for r, t, x in zip(references, titles, texts, strict=True))
    text = (
        "MINUTES OF THE WESTVALE TRANSPORT AUTHORITY MEETING HELD ON 4 MARCH 2022 PRESENT: "
        "Councillor Ruth Amble (In the Chair) OFFICERS IN ATTENDANCE: WVTA Ivy Jay WVTA Kim "
        f"Lee {minutes}"
    )
    assert items_alone(text) == list(zip(references, titles, strict=True))


def test_dashes_around_a_numbered_title_and_noted_after_it():
    """ "9. – Planning Matters – No notifications ...": a dash between the number and the
    title; "Treasurers Report. - Noted the accounts ..." and "Events – Noted the Race
    Night ..., " (its line wrapping on): what was noted is the minute, not the title."""
    text = (
        "   1. Apologies \u2013 Neil Munro.\n"
        "   2. Treasurers Report. - Noted the Annual Accounts would be presented to the AGM\n"
        "in October.\n\n"
        "   3. \u2013 Planning Matters \u2013 No notifications received from the Council.\n\n"
        "   4. \u2013 Events \u2013 Noted the Race Night to be held on 12 October 2012 in the Hall,\n"
        "with the hall to be set up at 2.00pm that day.\n\n"
        "   5. \u2013 Correspondence \u2013\n\nA letter from the council was read.\n"
    )
    assert items_of(text) == [
        ("1", "Apologies"),
        ("2", "Treasurers Report"),
        ("3", "Planning Matters"),
        ("4", "Events"),
        ("5", "Correspondence"),
    ]


def test_a_flattened_minute_number_after_a_closing_bracket():
    """ "... Ivy Jay (Minute Taker) 1 WELCOME The Mayor ...": the first item's number
    follows the attendance's last bracket, not a sentence's end."""
    filler = "Members discussed the matter at length and the officers answered questions. "
    text = (
        "MINUTES OF WESTERLY ISLAND COUNCIL ORDINARY COUNCIL MEETING HELD ON WEDNESDAY, 21 "
        "NOVEMBER 2018 AT 2:00PM PRESENT: Cr Ann Bee (Mayor), Cr Cy Dee (Deputy Mayor) IN "
        "ATTENDANCE: Ed Fay (General Manager), Ivy Jay (Minute Taker) 1 WELCOME The Mayor "
        f"welcomed everyone and opened the meeting at 2:03pm. {filler}2 STATEMENT OF RESPECT "
        f"The Council promotes a climate of respect for all. {filler}"
    )
    assert items_alone(text) == [("1", "WELCOME"), ("2", "STATEMENT OF RESPECT")]


def test_items_lettered_by_part_run_on_from_part_a_to_part_b():
    """ "Item A1", "Item A2", then "Item B.1", "Item B.2": each part numbers its items
    from one, and the parts follow each other (flattened here, as a page run together)."""
    filler = "The Board discussed the paper and the secretariat answered the questions. "
    text = (
        "MINUTES OF THE 12th MANAGEMENT BOARD MEETING 18 March 2015 Attendance list: Annex 2 "
        f"ITEMS A 1-2 FOR DECISION Item A1 Adoption of draft agenda The Board adopted the agenda. "
        f"{filler}Item A2 Adoption of the 11th Board minutes The Board adopted the minutes. "
        f"{filler}ITEMS B 1-2 FOR INFORMATION Item B.1 Draft minutes of the Bureau The Board "
        f"noted them. {filler}Item B.2 Update by the Chair (oral) The Chair reported. {filler}"
    )
    assert [number for number, _ in items_alone(text)] == [
        "Item A1",
        "Item A2",
        "Item B.1",
        "Item B.2",
    ]


def test_a_flattened_number_stays_with_its_title_in_capitals():
    """ "... Vice President, ACME 1. CALL TO ORDER AND ROLL CALL Chairman ...": reading a
    flattened page at its headings in capitals keeps the item's number with its title, so
    the capitals of the attendance's labels do not outnumber the items."""
    filler = "The board discussed the matter and staff answered the members' questions. "
    text = (
        "1 1230 West Boone Avenue Elmford, Washington (509) BOARD OF DIRECTORS Draft Minutes of "
        "the, Meeting City Council Chambers MEMBERS PRESENT Ann Bee, "
        "City of Elmford, Chairman Cy Dee, City of Elmford MEMBERS ABSENT Ed Fay, Elm County "
        "STAFF PRESENT Gus Hay, Chief Executive Officer PROVIDING LEGAL COUNSEL Ivy Jay, Jay "
        "& Kay LLP GUESTS Kim Lee, Vice President, ACME 1. CALL TO ORDER AND ROLL CALL "
        f"Chairman Bee called the meeting to order at 5:35 p.m. {filler}2. RECOGNITIONS AND "
        f"PRESENTATIONS Mr. Dee said a letter of commendation had been received. {filler}"
    )
    assert [number for number, _ in items_alone(text)] == ["1", "2"]


@pytest.mark.parametrize("wrap", [None, 70])
def test_numbers_counting_from_one_are_the_last_reading_of_a_page(wrap):
    """Where nothing else finds items ("... Apologies: Tom Reed 1 Welcome and opening
    remarks noted. ... 2 Apologies noted. ..."), numbers counting 1, 2 in the text's order,
    each before a capitalised word, with the minute between, are the items; on one line
    or hard-wrapped mid-title."""
    text = (
        "Greenway Trust (A company limited by guarantee) MINUTE of a MEETING of the Board of "
        "Directors held at the Boathouse on 27 January 2010 at 10.30am. Present: Ann Bee "
        "(Chair) Cy Dee Ed Fay Attending: Gus Hay, Director of Finance Apologies: Tom Reed "
        "1 Welcome and opening remarks noted. The Chair welcomed all present and reported on "
        "the recent meeting of the museums forum, where funding for new galleries was "
        "discussed at some length. 2 Apologies noted. The Board noted the apologies from Tom "
        "Reed and asked the secretary to send him the papers."
    )
    if wrap:
        text = "\n".join(textwrap.wrap(text, wrap))
    assert item_titles_alone(text) == ["Welcome and opening remarks noted", "Apologies noted."]


def test_a_numbered_sentence_opening_with_as_has_no_title_of_one_word():
    """ "2. As the Secretary was chairing the meeting a nominee was needed ...": "As" opens
    the sentence's clause; it is no title, and the first clause titles the paragraph."""
    text = (
        "1. The Chairman opened the meeting and welcomed the trustees.\n\n"
        "2. As the Secretary was chairing the meeting a nominee was required to take notes. "
        "Ann Bee agreed to do so.\n\n3. The accounts for the year were presented and approved.\n"
    )
    assert item_titles(text)[1] == (
        "As the Secretary was chairing the meeting a nominee was required to take notes"
    )


def test_a_seconder_over_a_motions_numbered_parts_is_no_title():
    """ "Moved:  Cr Ann Bee" / "Seconded:  Cr Cy Dee" over "1. That the report be
    received." "2. That ...": the motion's parts, not an item titled by its seconder."""
    motion = (
        "Resolved:  19.{n}\n\nMoved:       Cr Ann Bee\n\nSeconded:  Cr Cy Dee\n\n"
        "1.   That the report be received.\n\n2.   That the report be noted.\n\n\n"
    )
    text = (
        "4            Apologies\n\nThere were no apologies.\n\n\n"
        "5            Report Section\n\n5.1         Summary of Legislation\n\n\n"
        + motion.format(n=63)
        + "5.2         Appointment of Deputy Mayor\n\n\n"
        + motion.format(n=64)
    )
    titles = [title for _, title in items_of(text)]
    assert not any(title.startswith("Seconded") for title in titles)


def test_the_last_title_of_an_excerpt_cut_short_below_it_heads_an_item():
    """ "Abatement Request" / "Treasurer S": minutes published as an excerpt stop in the
    last item's first word; its title, in the style of the others, still heads it."""
    text = (
        "Board of Supervisors\n\nJanuary 6, 2020\n\n"
        "Road Report\n\nThe engineer reported on the gravel roads and the winter grading.\n\n"
        "Personnel Policy\n\nThe Board approved the revised policy on a motion by Utman.\n\n"
        "Bridge Repairs\n\nThe Board approved the contract for the repairs to the Mill Road "
        "bridge. Unanimous approval.\n\nAbatement Request\n\nTreasurer S"
    )
    assert item_titles_alone(text)[-1] == "Abatement Request"


def test_a_dash_between_a_titles_parts_is_no_word_of_its_length():
    """ "Group Partnership with Elmford – New Housing Development Programme": eight words
    and a dash, as short as the other titles of its table."""
    text = (
        "Declaration of Interest |\n\nThere were no declarations of interest. |\n\n"
        "Performance Indicator Review |\n\nThe director presented the revised indicators. |\n\n"
        "Group Partnership with Elmford \u2013 New Housing Development Programme |\n\n"
        "The director advised that progress updates would follow. |\n\n"
        "National Housing Trust |\n\nThe Board APPROVED the recommendation. |\n"
    )
    assert "Group Partnership with Elmford \u2013 New Housing Development Programme" in (
        item_titles(text)
    )


def test_a_page_number_before_the_dated_minutes_heading_is_no_first_item():
    """ "1 Elmvale Regional District Board Minutes November 23, 2016; 10:30 AM" over "1.
    Call to Order ...": the page's number, then the document's heading, which names the
    minutes and their date; the items start at the second "1"."""
    filler = "The directors discussed the matter and staff answered their questions. "
    text = (
        "1 Elmvale Regional District Board Minutes November 23, 2016; 10:30 AM Boardroom\n\n"
        "1. Call to Order\n\nThe meeting was called to order at 10:36 AM.\n\n"
        f"2. Election of Chair\n\nDirector Bee was acclaimed Chair. {filler}\n\n"
        f"3. Election of Vice-Chair\n\nDirector Dee was acclaimed Vice-Chair. {filler}\n"
    )
    assert [title for _, title in items_alone(text)] == [
        "Call to Order",
        "Election of Chair",
        "Election of Vice-Chair",
    ]


def test_a_title_said_again_below_itself_is_one_item():
    """ "... ADOPTION OF AGENDA Adoption of Agenda 404/08 Moved by ...": the margin's label
    repeats the heading in title case before the motion, in a page run onto one line; one
    item, whose text records the decision."""
    text = (
        "MINUTES OF THE REGULAR COUNCIL MEETING OF ELM COUNTY HELD ON TUESDAY, 2008 07 22 "
        "CALL TO ORDER Reeve Ann Bee called the meeting to order at 9:00 am. PRESENT A. Bee, "
        "Reeve C. Dee, Councillor STAFF PRESENTATION Reeve Ann Bee presented Ed Fay with a "
        "certificate for ten years of service to the County. ADOPTION OF AGENDA Adoption of "
        "Agenda 404/08 Moved by C. Dee to approve the agenda with the following additions: "
        "Public Works Matters and a letter of support. CARRIED UNANIMOUSLY INTRODUCTION OF NEW "
        "STAFF Introduction of New Staff Ken Porter introduced Linda Rybak to Council."
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    titles = [item.title for item in items]
    assert titles.count("ADOPTION OF AGENDA") == 1 and "Adoption of Agenda" not in titles
    assert items[titles.index("ADOPTION OF AGENDA")].decisions


def test_standing_business_heads_an_item_over_its_sections():
    """ "Committee Reports" over "Streets - Hale" / "No Report": a board's standing
    business is known business, a heading even with no running text under it."""
    text = (
        "Public Works Department Report\n"
        "The pavilion staining has not been completed and will be done as time permits.\n"
        "Police Department Report\n"
        "Chief Meyer presented the case report for July.\n"
        "Committee Reports\n"
        "Streets - Hale\n"
        "No Report\n"
        "Water & Sewer - Quill\n"
        "Two bacteria samples were sent to the State Lab. Both tested safe.\n"
    )
    assert "Committee Reports" in item_titles(text)


def test_a_flattened_title_before_a_body_or_person_acting():
    """ "... approved as posted. Financial Report Upon motion by Director Porter ...", "...
    carried. Board Elections Dr. Eidson thanked ...", "... present. Rulemaking Hearing The Board
    Counsel presented ...": a title in title case between two sentences, the second
    opening with who acted."""
    filler = "The directors discussed the matter and the staff answered their questions. "
    text = (
        "MINUTES OF THE REGULAR MEETING OF THE ELMVALE SANITARY DISTRICT August 4, 1965 The "
        "meeting was called to order at 7:30 p.m. by President Meyers. Minutes of the meeting "
        f"of July 7, 1965, were approved as posted. Financial Report Upon motion by Director "
        f"Porter, seconded by Director Nelson, the report was accepted. {filler}Board Elections "
        f"Dr. Eidson thanked the Board and the staff for their work this year. {filler}"
        f"Rulemaking Hearing The Board Counsel presented the proposed rules. {filler}"
    )
    titles = item_titles_alone(text)
    assert {"Financial Report", "Board Elections", "Rulemaking Hearing"} <= set(titles)


def test_who_presents_an_item_after_a_dash_stays_in_its_heading():
    """ "9. Municipal Update – Councillor Ann Bee" alone on its line: who presents the item
    is part of its heading; after apologies, the person named is the minute."""
    text = (
        "8. Apologies \u2013 Cllr Cy Dee\n\n"
        "9. Municipal Update \u2013 Councillor Ann Bee\n\n"
        "- Councillor Bee presented the council's update on the library building.\n\n"
        "10. Treasurer's Report \u2013 Mrs Ed Fay\n\nThe accounts were received.\n"
    )
    assert item_titles(text) == [
        "Apologies",
        "Municipal Update \u2013 Councillor Ann Bee",
        "Treasurer's Report \u2013 Mrs Ed Fay",
    ]


def test_a_date_after_a_titles_dash_is_the_titles():
    """ "4. LAST MEETING'S MINUTES – Sat 4 May 2019 Moved that ...": the date names which
    meeting's minutes; the motion after it is the minute."""
    text = (
        "1. KARAKIA Hui opened with a karakia.\n\n"
        "2. APOLOGIES Apologies from Ann Bee.\n\n"
        "3. LAST MEETING'S MINUTES \u2013 Sat 4 May 2019 Moved that the minutes be accepted. "
        "Carried.\n"
    )
    assert item_titles(text)[-1] == "LAST MEETING'S MINUTES \u2013 Sat 4 May 2019"


def test_a_committee_pages_rows_labelled_decision_each_head_an_item():
    """A committee system's page with each row's title run into the agenda's wording and a
    "Decision:" label below ("Admission of the Public Most debates take place in public."
    / "Decision: All items were considered in public."): each row heads an item, its title
    parted from the wording at the known business."""
    text = (
        "Minutes of Previous Meeting\n"
        "To approve the minutes of the meeting of the Committee held on the 6th July 2022.\n"
        "Decision: The minutes were approved as a correct record.\n"
        "The Councillors will be asked to say if there are any items on the Agenda in which "
        "they have interests. Decision: No interests were declared.\n"
        "Admission of the Public Most debates take place in public. This only changes when "
        "there is a need to consider certain issues in private.\n"
        "Decision: All agenda items were considered in public session.\n"
    )
    assert "Admission of the Public" in item_titles(text)


def test_a_page_whose_heading_wrapped_and_whose_text_ran_onto_one_line_is_flattened():
    """The heading and attendance hard-wrapped in a narrow column, the minutes themselves
    on one line: most of the text on that line makes the page a flattened one still."""
    filler = "The board discussed the report and officers answered questions from members. "
    heading = textwrap.fill(
        "Elmvale Local Board OPEN MINUTES Minutes of a meeting of the Elmvale Local Board held "
        "in the Council Chamber, 50 Centre Road, Elmvale on Thursday, 20 May 2021 at 2.00pm. "
        "PRESENT Chairperson Ann Bee Deputy Chairperson Cy Dee Members Ed Fay Gus Hay Ivy Jay "
        "Kim Lee Mo Nye Olu Pratt Quin Ray Apologies were received from Sal Tu and Uma Vale "
        "Also present were the Local Board Advisor and the Democracy Advisor",
        24,
    )
    body = " ".join(
        f"{n} {title} {filler * 2}"
        for n, title in enumerate(
            ["Welcome", "Apologies", "Declaration of Interest", "Confirmation of Minutes"], 1
        )
    )
    assert item_titles_alone(f"{heading}\n{body}") == [
        "Welcome",
        "Apologies",
        "Declaration of Interest",
        "Confirmation of Minutes",
    ]


def test_numbered_paragraphs_ending_in_a_colon_keep_their_count_over_a_bare_list():
    """Untitled numbered paragraphs, one ending "...:-" over a list numbered "1   Title"
    without stops: the list is that paragraph's, and the paragraph after a "...:-" ("4.")
    is the next item, not an entry of a list the one before introduced."""
    heading = "Minutes of Meeting held on March 3, 2019\n\n"
    text = heading * 3 + (
        "1.    The monthly meeting of the Ridgeway Retired Officers Society was held at the "
        "Lakeside Hall at 17:30 hours. The meeting was chaired by the President.\n"
        "2.    The Secretary, Omar Latif, read out the points of the agenda before the 40 "
        "members present:-\n"
        "a.    Agenda Point No 1 \u2013 To hold the election for the vacant posts.\n"
        "b.    Briefing to the members about the letter on the restoration of pensions.\n"
        "3.    Following 41 members attended the meeting and their donations are listed "
        "against each:-\n"
        "4.    After the reading of the agenda and discussion thereon, the members broke.\n"
        "5.    On the resumption of the meeting, the members chose Tariq Aziz and Bilal Noor "
        "as returning officers.\n"
        "6.    The house was told that as per the decision of the last meeting the following "
        "posts are to be filled for the next two years:-\n\n"
        "1    Acting Chairman\n2    Senior Vice President\n3    Vice President\n"
        "4    Chief Coordinator\n5    Secretary Legal\n6    General Secretary\n"
        "7    Deputy Secretary\n8    Secretary Finance\n\n"
        "7.    Mr. Imran Qadir proposed that the cabinet be elected for one year instead of "
        "two years. The house did not agree by 20 votes to 15.\n"
        "8.    Mr. Imran Qadir told the members about the poor health of the chairman.\n"
    )
    openings = [title.split()[0] for _, title in items_of(text)]
    assert openings == ["The", "The", "Following", "After", "On", "The", "Mr.", "Mr."]


def test_bars_parting_the_cells_of_the_meetings_heading_make_no_table_of_items():
    """ "|" lines between the cells of the heading's table ("Date: ..." / "|" / "Time:
    ...") part no rows of items; between the items' rows they do."""
    heading = (
        "MINUTES OF ANNUAL GENERAL MEETING\n|\nDate: Friday, 12 May 2023\n|\n"
        "Time: 10.00 a.m.\n|\nPlace: The Boardroom, Quay Street\n|\nChairman: Mr Ravi Menon\n"
    )
    items = (
        "QUORUM\nThe Secretary confirmed that a quorum was present and the meeting began.\n"
        "ACCOUNTS\nThe accounts for the year were laid before the meeting and received.\n"
    )
    assert not is_row_table(split_lines(heading + items))
    assert is_row_table(split_lines(heading + items.replace(".\n", ".\n|\n")))


@pytest.mark.parametrize("prefix", ["", "KRWA FPC "])
def test_a_minute_reference_of_four_parts_before_a_colon_numbers_its_item(prefix):
    """ "MIN01/04/05/2021: PRELIMINARIES.", with the body's initials before it or not: the
    number as printed, initials and all."""
    text = (
        "MINUTES OF THE FINANCE AND PLANNING COMMITTEE HELD ON 4 MAY 2021\n\n"
        f"{prefix}MIN01/04/05/2021: PRELIMINARIES.\n\n"
        "The Chair called the meeting to order at 9.20 a.m. and prayers were said.\n\n"
        f"{prefix}MIN02/04/05/2021: CONFIRMATION OF QUORUM.\n\n"
        "The Secretary confirmed that there was a quorum for the meeting.\n\n"
        f"{prefix}MIN03/04/05/2021: DECLARATION OF INTERESTS.\n\n"
        "None of the members declared an interest in any item.\n"
    )
    assert items_of(text) == [
        (f"{prefix}MIN01/04/05/2021", "PRELIMINARIES"),
        (f"{prefix}MIN02/04/05/2021", "CONFIRMATION OF QUORUM"),
        (f"{prefix}MIN03/04/05/2021", "DECLARATION OF INTERESTS"),
    ]


def test_a_years_minute_number_glued_to_its_title_numbers_the_item():
    """ "21/104Apologies for absence": minute 104 of 2021, its title glued on by a PDF's
    text, under the minute book's folio number ("2021/035")."""
    text = (
        "2021/035\nMINUTES OF THE TOWN COUNCIL MEETING HELD ON 6TH JULY 2021\n"
        "21/104Apologies for absence\nApologies were accepted from Cllr Bee.\n"
        "21/105Declarations of Interest\nThere were no declarations of interest.\n"
        "21/106Matters arising\nThe Clerk will write to the highways office.\n"
    )
    assert items_of(text) == [
        ("21/104", "Apologies for absence"),
        ("21/105", "Declarations of Interest"),
        ("21/106", "Matters arising"),
    ]


def test_a_scans_roman_numerals_and_an_agendas_marks_number_the_items():
    """A scan reads "II." as "Il." and "III." as "111."; an agenda marks items with a star
    ("*Public Comment"): the numerals still count on, and the star stays in the title."""
    text = (
        "School Board Meeting\nMay 4, 2016\nMinutes\n"
        "I. Call Meeting to Order\nMs. Lund called the meeting to order at 6:02pm.\n"
        "Il. *Executive Session\nThe Board met in executive session.\n"
        "111. Pledge of Allegiance\n"
        "IV. Update from the Student Liaison\nKai Moss updated the Board on events.\n"
        "V. *Public Comment\nNone\n"
        "VI. *Approval of Meeting Minutes of April 6, 2016\nMr. Rios moved to approve.\n"
        "VII. Report of the Superintendent\n7.1 Enrollments\nThe total was 1658.\n"
        "7.2 Staffing Update\nMs. Ames updated the Board.\n"
    )
    assert [number for number, _ in items_alone(text)] == ["I", "Il", "111", "IV", "V", "VI", "VII"]
    assert items_alone(text)[4] == ("V", "*Public Comment")


def test_a_numbers_no_in_capitals_does_not_end_a_title():
    text = (
        "PLANNING COMMITTEE 4 FEBRUARY 1999\n\n1788 APOLOGIES\n\n"
        "Apologies were received from Cllr Bee.\n\n"
        "1789 SITE VISIT - APPLICATION NO. P/98/1039 - ERECT RESIDENTIAL DEVELOPMENT AT LAND "
        "WITHIN CURTILAGE OF THE INN, MAIN TERRACE, ELMBROOK\n\n"
        "The committee visited the site and resolved to refuse.\n"
    )
    assert item_titles(text)[1].startswith("SITE VISIT - APPLICATION NO. P/98/1039 - ERECT")


def test_numbers_printed_again_beside_every_minute_are_a_tables_cells_not_items():
    """A table saved a cell a line: each number beside its title and again beside its
    minute ("41 |" / "Finance Committee - 3 May |" / "41 |" / "Approved on the motion of
    ... |"). Every number twice is the table's layout, not a mistake: one item each."""
    rows = "".join(
        f"{n} |\n|\n{title} - {day} May 2005 |\n|\n{n} |\n|\n"
        f"Approved on the motion of Councillor {mover}. |\n|\n|\n"
        for n, title, day, mover in [
            (41, "Finance Committee", 3, "Ash"),
            (42, "Planning Committee", 4, "Birch"),
            (43, "Community Committee", 5, "Cedar"),
            (44, "Audit Committee", 12, "Dale"),
        ]
    )
    text = "THE GLENFORD COUNCIL - 16 JUNE 2005\n|\nMinutes of Meetings of Committees |\n|\n"
    assert item_numbers(text + rows) == ["41", "42", "43", "44"]


def test_a_number_alone_over_a_title_that_names_its_agenda_item_heads_one_item():
    """ "2." alone over "Apologies (Agenda item 2)": one heading, its title as printed."""
    text = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nMinutes (Agenda item 1) PDF 77 KB\n\n"
        "To confirm the Minutes of the meeting held on 12 January 2010.\n\nMinutes:\n\n"
        "The Minutes were agreed as a correct record and signed by the Chairman.\n\n"
        "2.\n\nApologies (Agenda item 2)\n\nTo receive apologies for absence.\n\nMinutes:\n\n"
        "Apologies were received from Mr A Bee.\n\n4.\n\nDeclaration of Interest (Agenda item 4)"
        "\n\nTo declare interests.\n\nMinutes:\n\nNo interests were declared.\n"
    )
    assert items_alone(text) == [
        ("1", "Minutes (Agenda item 1)"),
        ("2", "Apologies (Agenda item 2)"),
        ("4", "Declaration of Interest (Agenda item 4)"),
    ]


def test_titles_run_into_their_paragraphs_after_initials_in_the_attendance():
    """Each paragraph a title run into its text: "Treasurer's Report KC gave ...", "Hall
    Report BW was unable ..." (initials and an auxiliary), "Correspondence 1) SV had ..."
    (a title over its list's first point); "V Dunn, M Frost" under "Apologies" is a name
    in the list, not item V."""
    text = (
        "Elmcote Village Hall Committee\n\n\nDRAFT Minutes of Meeting Held on 6th July 2009\n\n\n"
        "Present              T Ames, L Boyd, K Cross, R Dale, S Elms,\n\n\n"
        "Apologies/Absent       V Dunn, M Frost, B Gray\n\n\n"
        "Treasurer\u2019s Report KC gave his report which covered two months. Income was good "
        "although some large one off payments had distorted the figures.\n\n\n"
        "Hall Report BW was unable to attend but had sent her report with SC.  1) The issue of "
        "the main door being left unlocked was raised again.\n\n\n"
        "Correspondence 1) SV had received the latest Charity News and an invitation to join "
        "a national council but the committee agreed it was not worth paying for.\n\n\n"
        "Maintenance  1) SV had e mailed the caterer about the cooker.\n"
    )
    assert item_titles(text) == [
        "Treasurer\u2019s Report",
        "Hall Report",
        "Correspondence",
        "Maintenance",
    ]


def test_a_committee_pages_rows_are_titled_by_the_line_over_their_documents_label():
    """A committee system's page saved as text, a row a block: "Title" / agenda wording /
    "Additional documents:" / the minute. The label marks the row's first line as its
    title, as a link to a report after a title does, however plain the title."""

    def row(title: str, wording: str, minute: str) -> str:
        wording = f"{wording}\n\n" if wording else ""
        return f"\n\n\n\n{title}\n\n{wording}Additional documents:\n\n\n{minute}\n"

    text = "Agenda, decisions and minutes\n\nHarbour Board - Tuesday, 14th November, 2023\n\n"
    text += "No. Item\n" + "".join(
        [
            row("Welcome and Apologies", "", "The Chair welcomed all to the meeting."),
            row(
                "Items to be Considered in the Absence of Public and Press",
                "To identify where resolutions may be moved to exclude the public.",
                "",
            ),
            row("Reports from and questions by members", "", ""),
            row("Receipt of Petitions", "", ""),
            row("Harbour Dues", "To note the report.", "The Board noted the report."),
        ]
    )
    assert item_titles_alone(text) == [
        "Welcome and Apologies",
        "Items to be Considered in the Absence of Public and Press",
        "Reports from and questions by members",
        "Receipt of Petitions",
        "Harbour Dues",
    ]


def test_an_agenda_in_roman_numerals_before_the_minutes_lends_them_no_items():
    """A packet: next month's agenda ("I." to "IX.", bare), then the minutes ("I." to
    "IV."). Roman numerals name no kind of item, so the agenda's later entries are not
    items taken out of order."""
    agenda = (
        "PLANNING COMMISSION MEETING AGENDA\nThursday, August 14, 2025\n"
        "I. Call to Order\nII. Approval of Agenda\nIII. Approve July 10 Minutes (1)\n"
        "IV. Staff Reports\nV. Visitors/Public Comment\nVI. Public Hearings\n"
        "A. Lot Split – 14 Elm St.: Review an application from Ann Bee. (2)\n"
        "VII. New Business\nVIII. Old Business\nIX. Informational\nX. Adjourn.\n"
    )
    minutes = (
        "PLANNING COMMISSION MEETING MINUTES\nThursday, July 10, 2025\n"
        "I. Call to Order:\nCommissioner Dee called the meeting to order @ 6:00 p.m.\n"
        "II. Approval of Agenda:\nCommissioner Fox moved to approve the Agenda. Carried 3-0.\n"
        "III. Approval of May 8, 2025 Meeting Minutes:\nCommissioner Fox moved to approve "
        "the Minutes. Carried 3-0.\nIV. Staff Reports:\nThe City Administrator updated the "
        "Commission on the appointment of a new Mayor.\n"
    )
    assert item_numbers(agenda + minutes) == ["I", "II", "III", "IV"]


@pytest.mark.parametrize("month", ["03/21", "11/19"])
def test_minutes_numbered_with_their_meetings_month_and_year_keep_items_taken_out_of_order(month):
    """ "04/03/21 County Report" is item 4 of the meeting of March 2021: a chair who took
    items 4 and 5 first leaves them first in the minutes, and every one is an item."""
    text = (
        "Minutes of the Parish Council meeting held on Tuesday 2nd March 2021\n\n"
        "Present: Cllrs Bee, Dee and Fay (Chairman)\n\n"
        "The visiting councillors had to leave early, so their reports were taken first.\n\n"
        f"04/{month} County Council Report\nCllr Gee reported on the county budget.\n\n"
        f"05/{month} District Council Report\nCllr Hay reported on the waste rounds.\n\n"
        f"01/{month} Welcome by the Chairman\nThe Chairman welcomed everyone.\n\n"
        f"02/{month} Public Participation\nNo members of the public spoke.\n\n"
        f"03/{month} Police Report\nNo report had been received.\n"
    )
    assert item_numbers(text) == [f"0{n}/{month}" for n in (4, 5, 1, 2, 3)]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "2. F/2231/21 \u2013 Old Mill, Mill Lane \u2013 Six houses with garages and parking.",
            "F/2231/21 \u2013 Old Mill, Mill Lane \u2013 Six houses with garages and parking",
        ),
        (
            "2. 21/00123/FUL - 4 St. Anne Road, Elmford - Change of use to a cafe. The "
            "Committee considered the officer's report.",
            "21/00123/FUL - 4 St. Anne Road, Elmford - Change of use to a cafe",
        ),
    ],
)
def test_a_planning_applications_reference_site_and_proposal_are_its_title(heading, title):
    """An application heads its item by its reference, its site and what is proposed,
    dashes between: the whole is the title, not the reference alone."""
    text = f"1. Apologies\nNone.\n\n{heading}\nThe officer presented the report.\n"
    assert items_of(text)[1] == ("2", title)


def test_agenda_and_its_number_with_a_colon_alone_over_the_title_numbers_the_item():
    """ "Agenda 01 :" alone over its title, as "Item 1:" would be."""
    text = (
        "Minutes of Proceedings of the 22nd Annual General Meeting held on 07.07.2019\n\n"
        "The Chairman called the Meeting to order.\n"
        "Agenda 01 :\nConfirmation of the Proceedings of the last Annual General Meeting\n\n"
        "The proceedings were confirmed and approved unanimously.\n\n"
        "Agenda 2:\nConsideration of the Secretary\u2019s Report\n"
        "The Secretary\u2019s Report was read out and thrown open for discussion.\n"
        "Agenda 3:\nElection of the Managing Committee\nFive members were elected.\n"
    )
    assert items_of(text) == [
        ("Agenda 01", "Confirmation of the Proceedings of the last Annual General Meeting"),
        ("Agenda 2", "Consideration of the Secretary\u2019s Report"),
        ("Agenda 3", "Election of the Managing Committee"),
    ]


def test_agenda_and_its_number_alone_over_untitled_text_numbers_the_item():
    """ "Agenda 2" alone on its line over a paragraph: the item's number, its first
    sentence the title (not an item titled "Agenda 2")."""
    text = (
        "The President welcomed the members to the Annual General Meeting.\n\n"
        "Agenda 1\n\nThe minutes of the last meeting were read out and confirmed.\n\n"
        "Agenda 2\n\nThe audited accounts for the year were presented. They were adopted.\n\n"
        "Agenda 3\n\nThe budget for the coming year was presented and discussed.\n"
    )
    assert items_of(text) == [
        ("Agenda 1", "The minutes of the last meeting were read out and confirmed"),
        ("Agenda 2", "The audited accounts for the year were presented"),
        ("Agenda 3", "The budget for the coming year was presented and discussed"),
    ]


def test_a_subject_label_under_the_number_introduces_the_title():
    """ "Agenda Item No. 2" / "Subject: Approval of ..." / "Resolution No. 413: ...": the
    title is what "Subject:" labels, not the label."""
    text = (
        "Agenda Item No. 1\nSubject: Confirmation of the proceedings of the last meeting\n"
        "Resolution No. 412: The proceedings were read out and confirmed.\n\n"
        "Agenda Item No. 2\nSubject: Approval of estimate for the drain in Mill Road\n"
        "Resolution No. 413: The estimate was approved.\n\n"
        "Agenda Item No. 3\nSubject: Street vending fees for the year\n"
        "Resolution No. 414: The existing fees were kept.\n"
    )
    assert items_of(text) == [
        ("Agenda Item No. 1", "Confirmation of the proceedings of the last meeting"),
        ("Agenda Item No. 2", "Approval of estimate for the drain in Mill Road"),
        ("Agenda Item No. 3", "Street vending fees for the year"),
    ]


def test_a_number_column_printed_apart_numbers_the_titles_below_it():
    """A table's number column that came out of the PDF as a block ("Minute No." / "41." /
    "42." ...) above the title column: the titles take its numbers in order."""
    text = (
        "Minute\nNo.\n\n41.\n\n42.\n43.\n\n44.\n\nAgenda Item\n\n"
        "APOLOGIES:\nApologies were received from Cllr Ray.\n"
        "DECLARATIONS OF INTEREST:\nNone were declared.\n"
        "HIGHWAYS:\nThe potholes on Mill Lane have been reported again.\n"
        "VILLAGE HALL:\nThe new boiler has been fitted.\n"
    )
    assert items_of(text) == [
        ("41", "APOLOGIES"),
        ("42", "DECLARATIONS OF INTEREST"),
        ("43", "HIGHWAYS"),
        ("44", "VILLAGE HALL"),
    ]


def test_a_column_whose_count_breaks_off_numbers_no_titles():
    """Numbers one a line that do not count on one by one (a list of page numbers, a
    point's "2.1") are no column of item numbers."""
    text = (
        "3\n\n7\n\n12\n\n"
        "APOLOGIES:\nApologies were received from Cllr Ray.\n"
        "HIGHWAYS:\nThe potholes on Mill Lane have been reported again.\n"
        "VILLAGE HALL:\nThe new boiler has been fitted.\n"
    )
    numbers = dict((title, number) for number, title in items_of(text))
    assert numbers["HIGHWAYS"] == numbers["VILLAGE HALL"] == ""


def test_side_titles_run_into_the_motion_on_them():
    """A side column's titles flattened into their text: "Approval of Agenda Moved by
    Councillor Bee Seconded by Councillor Dee" heads the item "Approval of Agenda"."""
    text = (
        "January 31, 2008\n\nMUNICIPAL COUNCIL\n\nThe Regular Session of the Municipal Council "
        "was held in the Courthouse on Thursday, January 31, 2008 at 7:00 p.m.\n\n"
        "Roll Call The roll was called with the following Councillors in attendance:\n\n"
        "Mayor Ann Bee, Chair Councillor Cy Dee District #1\n\n"
        "Approval of Agenda Moved by Councillor Dee Seconded by Councillor Fox\n\n"
        "\u201cThat the agenda for January 31, 2008 be approved.\u201d\n\nMotion Carried.\n\n"
        "Approval of Minutes Moved by Deputy Mayor Gale Seconded by Councillor Dee\n\n"
        "\u201cThat the minutes of November 29, 2007 be approved.\u201d\n\nMotion Carried.\n\n"
        "Business Arising There was no business arising from the minutes.\n"
    )
    assert item_titles(text) == [
        "Roll Call",
        "Approval of Agenda",
        "Approval of Minutes",
        "Business Arising",
    ]


def test_an_empty_label_of_one_value_introduces_no_list():
    """ "Time:" left empty over "1." and "2. APPROVAL OF MINUTES: ...": a label of one value
    lists nothing, so the numbered headings below it are items."""
    text = (
        "MINUTES OF THE VILLAGE BOARD\nDate:\nLocation: Village Hall\nTime:\n1.\n"
        "2. APPROVAL OF MINUTES: Motion to approve the minutes of October made by Tr Bee, "
        "seconded by Tr Dee. AYES: Trs Bee, Dee. NAYS: none.\n3.\n4. ZBA: No Report.\n"
        "5. BUILDING\n12 Permits were issued last month.\n6. POLICE REPORT\u2014 on file.\n"
    )
    assert item_numbers(text)[:2] == ["2", "4"]


def test_a_title_that_opens_with_a_financial_year_heads_its_row():
    """ "2023/24 First Quarter Performance Report pdf icon PDF 180 KB": a year and the next
    open the title; no item number."""
    text = (
        "Minutes pdf icon PDF 97 KB\n\n\nThe Minutes of the last meeting were agreed.\n\n\n"
        "Planning Appeals pdf icon PDF 131 KB\n\n\nThe Committee received a report on appeals.\n\n\n"
        "2023/24 First Quarter Performance Report - Building Control pdf icon PDF 180 KB\n\n\n"
        "The Committee received a report on the work of the team in the first quarter.\n\n\n"
        "Tree Works pdf icon PDF 2 MB\n\n\nThe Committee considered a report on four trees.\n"
    )
    assert item_titles_alone(text) == [
        "Minutes",
        "Planning Appeals",
        "2023/24 First Quarter Performance Report - Building Control",
        "Tree Works",
    ]


def test_a_first_item_on_last_years_minutes_is_no_heading_of_the_document():
    """Flattened: "... held on Wednesday 15th May 2017 ... 1. Minutes of Last AGM: The
    minutes of the AGM held on 18th May 2016 ...", then "1." again for every item. The
    first names another day in its first words: an item, not this document's heading."""
    text = (
        "Minutes of Annual General Meeting held on Wednesday 15th May 2017 at the Hall. "
        "Present: Cllr. A. Bee, Cllr. C. Dee. Cllr. C. Dee took the Chair. "
        "1. Minutes of Last Annual General Meeting: The minutes of the AGM held on 18th May "
        "2016 were accepted as a true record. 1. Election of Chairperson. Cllr. A. Bee was "
        "elected. 1. Election of Vice Chairperson. Cllr. C. Dee was elected. 1. Chairman\u2019s "
        "Report Cllr. C. Dee presented a brief report of the year."
    )
    assert item_titles_alone(text)[0] == "Minutes of Last Annual General Meeting"


def test_numbers_alone_over_titles_with_stops_number_the_title_lines():
    """A committee page: "52." alone over "Disclosures of Interests." and its "Minutes:"
    label; "53." over "Minutes." ("Minutes." is a title, not minute "s"). The title lines
    keep the numbers above them, their stops notwithstanding."""
    text = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n52.\n\nDisclosures of Personal Interests.\n\n"
        "Minutes:\n\nThe following interests were declared:\n\n"
        "1)            Councillor Ann Bee declared a Personal Interest in Minute 58.\n\n"
        "53.\n\nMinutes. pdf icon PDF 102 KB\n\nMinutes:\n\n"
        "Resolved that the Minutes of the last meeting be approved.\n\n"
        "54.\n\nAnnouncements of the Leader of the Council.\n\nMinutes:\n\n"
        "The Leader announced a minute's silence.\n"
    )
    assert [number for number, _ in items_alone(text)] == ["52", "53", "54"]


def test_a_committee_pages_numbers_shifted_by_its_list_markup_count_on():
    """ "10." alone over "PX/22/7 TO CONFIRM THE MINUTES ..." (a title that opens with its
    report's reference), then "  \u2022 11." and "    12." set in by the page's list markup:
    they go on with the margin's count, so they are items, not points of item 10."""
    text = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n8.\n\nAPOLOGIES FOR ABSENCE\n\nMinutes:\n\n"
        "Apologies were received from Councillor Ann Bee.\n\n9.\n\nDECLARATION OF INTERESTS\n\n"
        "Minutes:\n\nNone declared.\n\n10.\n\nPX/22/7 TO CONFIRM THE MINUTES OF THE LAST MEETING "
        "pdf icon PDF 148 KB\n\nMinutes:\n\nIt was RESOLVED that the minutes be confirmed.\n\n"
        "  \u2022 11.\n\n    TO RECEIVE NOTIFICATION OF PETITIONS\n\n    Minutes:\n\n"
        "    None received.\n\n    12.\n\n    SITE INSPECTIONS\n\n    Minutes:\n\n"
        "    None requested.\n\n    13.\n\n    PX/22/8 PLANNING APPLICATIONS\n\n    Minutes:\n\n"
        "    Representations were made on each application.\n"
    )
    assert items_alone(text) == [
        ("8", "APOLOGIES FOR ABSENCE"),
        ("9", "DECLARATION OF INTERESTS"),
        ("10", "PX/22/7 TO CONFIRM THE MINUTES OF THE LAST MEETING"),
        ("11", "TO RECEIVE NOTIFICATION OF PETITIONS"),
        ("12", "SITE INSPECTIONS"),
        ("13", "PX/22/8 PLANNING APPLICATIONS"),
    ]


def test_lettered_points_under_minute_references_are_their_points():
    """ "25/08 Matters arising" / "a) ...", "b) ..." and "25/09 Financial Report" / "a)",
    "b)", "c)": letters that start again under each minute reference are its points, as
    under "1." and "2."; the references are the items."""
    text = (
        "Minutes of the Parish Council Meeting held on 19th March 2025\n\n"
        "25/07 Approval of minutes of the last meeting \u2013 these were approved.\n\n"
        "25/08 Matters arising from the minutes\n"
        "a) Noticeboard \u2013 deferred until Cllr Bee was present.\n"
        "b) Bus shelter \u2013 the Chairman is awaiting a second quote.\n\n"
        "25/09 Financial Report\n"
        "a) Balances \u2013 the current account holds \u00a3842.10.\n\n"
        "b) Transactions since last meeting \u2013 details had been circulated.\n\n"
        "c) Invoice for defibrillator pads \u2013 the Clerk was asked to check it.\n"
    )
    assert item_numbers(text) == ["25/07", "25/08", "25/09"]


def test_a_short_title_line_between_sentences_of_a_page_saved_a_paragraph_a_line():
    """No blank lines, each line its own paragraph ending its sentence: a short line in
    sentence case between two of them is a title ("Election of auditors"), though a list
    numbered "1, Central ...", "2, City ..." follows."""
    seats = [(1, "Central and South"), (2, "The City"), (7, "South"), (19, "Wales"), (31, "North")]
    listed = "".join(
        f"Constituency no.\n{n}, {seat}: Member {chr(65 + at)}. Bee;\n"
        for at, (n, seat) in enumerate(seats)
    )
    text = (
        "Minutes of the Glenmore Society AGM\n"
        "Minutes of the annual general meeting of the members of the Glenmore Society held at "
        "the Society's Hall on 18 July 2002, at 2.30 pm.\n"
        "The president, Ann Bee, was in the chair.\n"
        "She stated that more than 50 members were present and declared a quorum.\n"
        "The notice convening the meeting was taken as read.\n"
        "Election of auditors\n"
        "The president said that the auditors had been re-elected unopposed as auditors.\n"
        "Election of constituency council members\n"
        "The president declared that the following had been elected unopposed as council "
        "members for the constituencies shown:\n" + listed + "The president said that the "
        "vacancy in Constituency no.\n1, Central and South was to be contested.\n"
    )
    assert item_titles_alone(text)[:2] == [
        "Election of auditors",
        "Election of constituency council members",
    ]


def test_a_statement_a_colon_introduces_ends_the_list_it_opened():
    """ "Councillor Bee made the following statement:-" over the statement, a paragraph in
    quotes: that is what the colon introduced; "1. Minutes" below is an item, not an
    entry of a list."""
    text = (
        "Minutes of a meeting of the Town Council's Planning Committee held on Tuesday 25th "
        "September 2007\n\nPRESENT: Cllr A Bee\n\n"
        "Councillor Dee made the following statement:-\n\n"
        "\u201cAs both a Town and District Councillor I wish to make it clear that I will "
        "reconsider the matters at the District level, taking into account all the relevant "
        "evidence and representations at the District Council's Plans Committee\u201d.\n\n"
        "1. Minutes\n\nThe minutes of the last meeting were approved and signed.\n\n"
        "2. Planning applications\n\n"
        "0972/07 Proposed single storey rear extension - 37 Quay Street \u2013 RESOLVED \u2013 "
        "Recommend approval\n\n"
        "1042/07 Altering a window to part French door. RESOLVED \u2013 Recommend approval\n\n"
        "1043/07 Proposed 2 storey side extension - 17 Sea Road \u2013 RESOLVED \u2013 approval\n"
    )
    assert item_numbers(text) == ["1", "2"]


def test_a_long_title_in_capitals_that_ran_to_the_margin_goes_on_below():
    text = (
        "Board of Trustees Regular Meeting February 7, 2011\n\nPRESENT: Mayor Ann Bee presiding\n\n"
        "PRESENTATION OF A PROCLAMATION - BIRTHDAY CONGRATULATIONS FOR GORDON\n"
        "PERCIVAL HALE SR. \u2013 100 YEARS OLD\n\n"
        "WHEREAS, Gordon Hale celebrated his 100th birthday on January 16, 2011; and\n\n"
        "Now, Therefore Be It Resolved that the Mayor wishes him a very happy birthday.\n\n"
        "REPORTS\n\nTrustee Dee stated that the budget workshop would be held in March.\n"
    )
    assert item_titles(text) == [
        "PRESENTATION OF A PROCLAMATION - BIRTHDAY CONGRATULATIONS FOR GORDON PERCIVAL HALE "
        "SR. \u2013 100 YEARS OLD",
        "REPORTS",
    ]


def test_an_items_title_keeps_no_mark_that_led_to_its_text():
    text = (
        "Minutes of the Elmvale Parish Council meeting held on 4 May 2021\n\n"
        "1. Matters Arising:-\n\nThe clerk had written to the highways office.\n\n"
        "2. Matters arising from the minutes;\n\nNone were raised.\n\n"
        "3. Signing Cheques :\n\nThe cheques were signed by two members.\n"
    )
    assert item_titles(text) == [
        "Matters Arising",
        "Matters arising from the minutes",
        "Signing Cheques",
    ]


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_items_numbered_with_a_paragraph_sign(sep):
    """ "\u00a7 1 Opening ...", "\u00a7 2 Approval ...", as European associations number their
    minutes, on lines of their own or flattened onto one line ("... Minutes\u00a7 1 ...")."""
    told = " The delegates discussed the matter at some length before the vote was taken." * 3
    items = [
        "\u00a7 1 Opening of the General Assembly by the President Ann Bee Ann Bee opened the "
        "meeting and welcomed all the delegates." + told,
        "\u00a7 2 Approval of the voting roll The secretary read the roll, which was approved."
        + told,
        "\u00a7 3 Election of two scrutineers Cy Dee and Eve Fox were elected unanimously." + told,
    ]
    text = "Elmbrook Floorball Union General Assembly 26th of May 2006 Minutes" + sep.join(
        ["", *items]
    )
    assert item_numbers(text) == ["1", "2", "3"]


def test_roman_numerals_of_lists_inside_numbered_items_are_not_an_outline_over_them():
    """ "1. ELECTION OF OFFICERS" / "1.1 The Assembly noted:" / "i) ..." / "I) Ann Bee to
    replace ...": Roman numerals that first appear inside item 1 number a list of it,
    however long they run, not sections the numbered items lie under."""
    text = (
        "Elmsea Island Assembly Decisions 4 - 5 May 2015\n"
        "1. ELECTION OF OFFICERS\n1.1 The Assembly noted the election of:\n"
        "i) Ann Bee as Chairperson;\nii) the following delegates:\n"
        "I) Cy Dee to replace Eve Fox;\nII) Gus Hay to replace Ida Ives;\n"
        "III) Jo King to replace Kit Lee.\n"
        "2. REPORT OF THE ADMINISTRATOR\n2.1 The Assembly:\ni) noted the issues raised:\n"
        "I) Shipping services;\nII) Harbour repairs;\nIII) Solar power project;\n"
        "IV) Visit of the Minister in June.\n"
        "3. RESERVED\nReserved\n"
        "4. WATER SUPPLY\n4.1 The Assembly instructed the department to report on tanks.\n"
    )
    assert [number for number in item_numbers(text) if "." not in number] == ["1", "2", "3", "4"]


def test_a_point_that_opens_a_sentence_its_list_finishes_is_its_items_text():
    """ "1.1 The Board:" over "i) noted the accounts;": the point's words are a sentence's
    subject, its list's entries the verbs; the point is item 1's text, no heading."""
    text = (
        "Elmsea Trust Board Minutes 4 May 2015\n\n1. FINANCE\n1.1 The Board:\n"
        "i) noted the accounts for the year;\nii) approved them.\n2. STAFFING\n2.1 The Board:\n"
        "i) agreed to appoint a part-time clerk.\n3. HARBOUR\n3.1 The Board:\n"
        "i) noted the repairs to the slipway.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.number for item in document.items] == ["1", "2", "3"]
    assert "approved them" in document.items[0].body


BRAXTON_COURT = (
    "MINUTES OF THE BRAXTON COUNTY COMMISSIONERS' COURT MEETING\nMARCH 9, 2021\n\n"
    "STATE OF OHIOLAND )(\n\nCOUNTY OF BRAXTON )(\n\n"
    "BE IT REMEMBERED that at 9:30 A.M. on TUESDAY, MARCH 9, 2021, a REGULAR SESSION of the "
    "Commissioners' Court of Braxton County was held with the following being present:\n"
    "Present:\nAlma R. Quist, County Judge  \n \nPeter Hollis, Commissioner Precinct 1  \n \n"
    "Rosa Delgado, Commissioner Precinct 2  \n \nIvan Marsh, Commissioner Precinct 3  \n \n"
    "Nadia Ferro, Commissioner Precinct 4  \n \nOwen T. Pike, County Clerk\n"
    "1. Review and approval of minutes.\n  Motion By: Commissioner Precinct 3 Ivan Marsh\n"
    "  Second By: Commissioner Precinct 2 Rosa Delgado Motion: To approve the minutes.\n \n"
    "2.\nConsider a resolution naming the week of April 12 as County Library Week.\n"
    "  No action was taken.\n \n3.\nHear the County Treasurer concerning the quarterly "
    "investment report, the bank balances, and wire transfers submitted for payment and take "
    "appropriate action including, but not limited to, approval of the report.\n"
    "  Lena Ortiz, Treasurer, addressed the Court.\n"
)


def test_members_counted_by_their_precincts_are_no_contents_table():
    """ "Peter Hollis, Commissioner Precinct 1" ... "Nadia Ferro, Commissioner Precinct 4":
    names of one kind counted one by one are who came, not a contents table's titles and
    pages; the numbered captions are the items."""
    assert item_numbers(BRAXTON_COURT) == ["1", "2", "3"]


def test_an_agendas_caption_on_its_own_line_under_its_number_is_its_whole_title():
    """ "3." alone, then one long sentence on its own line, then the minute: the sentence is
    the agenda's caption, the title whole, not cut at its first comma."""
    titles = item_titles(BRAXTON_COURT)
    assert titles[2].startswith("Hear the County Treasurer concerning the quarterly investment")
    assert titles[2].endswith("approval of the report")


def test_flattened_minute_numbers_with_colons_counting_on_start_the_items():
    """A page run onto one line, its minutes numbered "41:", "42:", "43:" ... and titled in
    capitals, one number after a resolution with no full stop ("... be noted 43: REPORT"):
    the run counting on breaks the line, each number heading its item."""
    text = (
        "Minutes of the Ordinary Meeting of Elmbrook Parish Council held in the Village Hall "
        "on Tuesday 3 May 2022 at 7:00pm. Present: Councillor Ann Bee (in the Chair) and "
        "Councillors Cy Dee and Eve Fox. 41: APOLOGIES FOR ABSENCE Apologies were received "
        "from Gus Hay. Resolved that the apologies be approved. 42: DECLARATIONS OF INTEREST "
        "There were no declarations of interest. Resolved that the above be noted 43: REPORT "
        "FROM THE COUNTY COUNCILLOR The county councillor reported on the local plan and the "
        "new surgery. Resolved that the above be noted. 44: PLAYING FIELD The clerk reported "
        "that the new gate had been fitted. Resolved that the above be noted."
    )
    assert item_numbers(text) == ["41", "42", "43", "44"]


@pytest.mark.parametrize("sep", ["\n", " "])
def test_agenda_items_in_capitals_over_the_minutes_running_numbers_are_the_items(sep):
    """ "1. APOLOGIES FOR ABSENCE" over "22.101 Apologies were received ...", "2.
    DECLARATION OF INTEREST" over "22.102 Register of Interests", "22.103 Personal
    interests" ...: the running numbers make the longer run, but they number the minutes'
    paragraphs under the agenda's items, on lines of their own or run onto one line."""
    parts = [
        "Minutes of the Council Meeting held on Tuesday 4 October 2022 at 7:30 pm in the "
        "Village Hall PRESENT Cllr A Bee (Chair), Cllr C Dee, Cllr E Fox. IN ATTENDANCE "
        "Parish Clerk: G Hay Members of the public: 3",
        "1. APOLOGIES FOR ABSENCE",
        "22.101 Apologies were received from Cllr I Jay and Cllr K Lee.",
        "2. DECLARATION OF INTEREST",
        "22.102 Register of Interests There were no updates to the register this month.",
        "22.103 Personal interests No personal interests in items on the agenda were declared.",
        "22.104 Disclosable pecuniary interests Cllr Fox declared an interest in item 11.",
        "22.105 Dispensations No requests were received for dispensations.",
        "3. PUBLIC PARTICIPATION SESSION",
        "22.106 The Chair invited representations from the members of the public present.",
        "4. COUNTY AND DISTRICT COUNCILLORS' REPORTS",
        "22.107 County Council No report was received in the councillor's absence.",
        "22.108 District Council The councillor reported on the waste collection changes.",
        "5. LOCAL ORGANISATIONS' REPORTS",
        "22.109 Village Hall Trustees The trustees had met and were considering the roof.",
        "22.110 Playing Field Committee The committee reported that the new gate was fitted.",
    ]
    assert item_numbers(sep.join(parts)) == ["1", "2", "3", "4", "5"]


def test_a_page_whose_line_breaks_were_dropped_without_spaces_is_read_at_the_joins():
    """ "... Elm County1Call to OrderThe Council meeting was called ... Executive
    SecretaryPrayerWarden Bee welcomed ... statement.AgendaMOVED and seconded ...": a page
    whose line breaks vanished with no space left: where such joins are many, each is a
    line's end, and the headings stand on lines of their own again."""
    text = (
        "Municipality of Elm CountyMunicipal Council MinutesMarch 14, 2011Elmton, Nova "
        "Provincia1Call to OrderThe Council meeting was called to order with Warden Bee in "
        "the chair at 6:00 p.m. AttendanceCouncillors present: Ann Bee, Warden Cy Dee, Deputy "
        "Warden Eve Fox, CouncillorStaff present: Gus Hay, Chief Administrative Officer Ida "
        "Ives, Executive SecretaryPrayerWarden Bee welcomed everyone to the meeting and read "
        "the mission statement.AgendaMOVED and seconded that the agenda be approved as "
        "circulated.MOTION CARRIEDMinutesFebruary 28, 2011MOVED and seconded that the minutes "
        "of February 28, 2011 be approved as circulated.MOTION CARRIEDCorrespondenceA letter "
        "from the fire brigade asking for a grant towards new radios was read.MOVED and "
        "seconded that a grant of $500 be made.MOTION CARRIED"
    )
    titles = item_titles(text)
    assert {"Call to Order", "Prayer", "Agenda", "Minutes", "Correspondence"} <= set(titles)


def test_a_page_whose_line_breaks_were_dropped_before_glued_item_numbers_is_read_at_them():
    """ "... Legislative Services Manager1.Call Meeting to Order ... CARRIED UNANIMOUSLY2.Approval
    of Minutes": the lost line breaks fall before numbers glued to their titles too."""
    text = (
        "Elk Prairie CountyRegular Meeting of CouncilMinutesTuesday, March 5, 2024Council "
        "Present:Ann Bee, ReeveCy Dee, CouncillorEve Fox, CouncillorStaff Present:Gus Hay, "
        "Chief Administrative OfficerIda Ives, Legislative Services Manager1.Call Meeting to "
        "Order Reeve Bee called the meeting to order at 9:00 a.m.1.1Agenda Resolution: 101/24"
        "Moved by:Councillor DeeThat Council approve the agenda as presented.CARRIED "
        "UNANIMOUSLY2.Approval of Minutes 2.1Regular Council Meeting Minutes of February 20, "
        "2024 Resolution: 102/24Moved by:Councillor FoxThat Council adopt the minutes as "
        "presented.CARRIED UNANIMOUSLY3.Public Works 3.1Gravel Haul Resolution: 103/24Moved "
        "by:Councillor DeeThat Council award the gravel haul to the lowest bidder.CARRIED "
        "UNANIMOUSLY"
    )
    assert items_of(text) == [
        ("1", "Call Meeting to Order"), ("2", "Approval of Minutes"), ("3", "Public Works"),
    ]  # fmt: skip


def test_flattened_headings_in_capitals_before_a_value_a_stray_stop_or_a_numbered_sentence():
    """ "... late. ACTION ITEMS N/a DISCUSSION ITEMS . Staff provided ... APPROVAL OF
    MINUTES 1. A motion to approve ...": a heading in capitals is followed by "N/a", by a
    stop left alone, or by its first numbered sentence opening with "A"."""
    text = (
        "ELM VALLEY PARKS BOARD MINUTES Monday, March 7, 2011 6:30 PM Council Chambers "
        "CALL TO ORDER This meeting was called to order at 6:35 PM. Those present were: Ann "
        "Bee, Cy Dee and Eve Fox. Gus Hay arrived late, approximately 6:50 p.m. APPROVAL OF "
        "MINUTES 1. A motion to approve the minutes from the February 7, 2011 meeting was "
        "made by Ann Bee. Cy Dee 2nd the motion. The Board approved the motion 3-0. ACTION "
        "ITEMS N/a DISCUSSION ITEMS . Staff provided an update on the status of the park "
        "naming project and the trail grants for the coming year. ADJOURNMENT At 8:00 PM Eve "
        "Fox made a motion to adjourn the meeting. The Board approved the motion 3-0."
    )
    titles = item_titles(text)
    assert {"APPROVAL OF MINUTES", "ACTION ITEMS", "DISCUSSION ITEMS"} <= set(titles)


def test_titles_in_capitals_over_numbered_paragraphs_each_head_their_paragraph():
    """ "DECLARATIONS OF INTEREST" / "1. There were no declarations ...", "MINUTE OF
    MEETING, 14 MAY 2019" / "2. The Board had before it ...": each title heads the numbered
    paragraph under it, though one holds a date and another a list of commas, because its
    neighbours do."""
    text = (
        "ELMSHIRE TRANSPORT PARTNERSHIP\n\nMinute of Meeting of the Elmshire Transport "
        "Partnership Board\n\nElmton, Wednesday, 11 September 2019\n\nPresent: Councillor Ann "
        "Bee (Chairperson), Councillors Cy Dee and Eve Fox.\n\nDECLARATIONS OF INTEREST\n\n"
        "1. There were no declarations of interest intimated.\n\n"
        "MINUTE OF BOARD MEETING, 14 MAY 2019\n\n2. The Board had before it the minute of its "
        "previous meeting of 14 May 2019 for approval.\n\nThe Board resolved:- to approve the "
        "minute as a correct record.\n\nBOARD MEETING DATES 2020\n\n3. The Board had before it "
        "a report which sought approval of dates for its meetings in 2020.\n\n"
        "PRESENTATION BY GUS HAY, CHIEF EXECUTIVE, ELMTON HARBOUR\n\n4. The Board received a "
        "presentation from Gus Hay on the harbour's expansion.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    assert [item.number for item in items] == ["1", "2", "3", "4"]
    assert items[1].title == "MINUTE OF BOARD MEETING, 14 MAY 2019"


def test_a_sentences_end_carried_to_a_short_line_is_no_heading():
    """ "Call to Order - The meeting was called to order ... in the Courtroom of the Elm" /
    "County Courthouse.": the short line ending in a full stop under a long line that
    stopped mid-sentence is that sentence's end, whatever the page's margin."""
    text = (
        "Elm County Board of Commissioners\nLegislative Minutes\n\nMarch 4, 2021\n\n"
        "Call to Order - The meeting was called to order at 5:30 p.m. in the Courtroom of the Elm\n"
        "County Courthouse.\n\n"
        "Prayer and Pledge - Prayer was led by Chairman Ann Bee, and the Pledge by Cy Dee.\n\n"
        "Consent Agenda - A motion was made by Commissioner Eve Fox and seconded by\n"
        "Commissioner Gus Hay to approve the minutes of February 4, 2021.\n"
        "The motion was approved by a voice vote.\n\n"
        "Public Comment - There was no public comment from the audience.\n"
    )
    assert "County Courthouse" not in item_titles(text)


def test_a_label_after_a_short_list_entry_opens_its_own_paragraph():
    """Lines each a paragraph of their own, "Minutes of: (see Packets)" / "- May 8 with
    corrections" / "Treasurer's Reports: (see Packets)": a short entry of a list is whole,
    so the label under it opens a paragraph, not the entry's wrapped rest."""
    text = (
        "Elm Lake Sanitary District #2\nMeeting Minutes\nWednesday, June 12, 2024\n"
        "Call to Order: 8:10 p.m.\nRoll Call: Bee, Dee, Fox and Hay.\n"
        "Minutes of: (see Packets)\n- May 8 with corrections\n"
        "Treasurer's Reports: (see Packets)\n- May\n"
        "Expenditures: Motion to approve batch S-0612\nMotion by: Bee/sDee to approve the batch.\n"
        "Carried unanimous.\nAnnouncements:\nBusiness:\n- Pump station fence—Fox\n"
    )
    titles = item_titles(text)
    assert "Treasurer's Reports" in titles and "Expenditures" in titles


def test_a_committee_systems_page_title_is_no_item():
    """ "Agenda and draft minutes" above the rows of a committee system's page: the page's
    title, not an item, though the rows follow it at once."""
    text = (
        "Agenda and draft minutes\n"
        "Welcome and Introductions Minutes: The Clerk welcomed all to the meeting. |\n"
        "Apologies To note apologies for absence. Minutes: Apologies were received from "
        "Councillor Ann Bee. |\n"
        "Election of Chair Minutes: Councillor Cy Dee was nominated and elected as Chair. |\n"
    )
    assert item_titles_alone(text)[0] == "Welcome and Introductions"


def test_a_page_that_opens_with_its_first_row_keeps_that_row():
    """A committee system's rows run together without their marks, the page opening with
    the first ("Membership of the Committee This is where ..." / "Decision: No
    substitutes."): the first row is an item as the others are."""
    text = (
        "Membership of the Committee This is where Councillors attending as substitutes say "
        "for whom they attend.\nDecision: No substitutes were in attendance.\n"
        "Minutes of Previous Meeting To approve the minutes of the meeting held on 4 May.\n"
        "Decision: The minutes were approved as a correct record.\n"
        "Admission of the Public Most debates take place in public, unless stated.\n"
        "Decision: All items were considered in public session.\n"
    )
    assert item_titles_alone(text)[0] == "Membership of the Committee"


def test_flattened_items_numbered_with_a_slash_are_broken_at_their_run():
    """ "... members of public. 1/ Open Forum Resident raised ... 2/ Apologies ... 3/
    Minutes ...": a run counting 1/, 2/, 3/ on one line breaks it (not "21/00456/FUL")."""
    text = (
        "Elmley Parish Council Minutes of meeting Tues 9th May 2017 Present G Bee (GB) Chair, "
        "Councillors Dee (CD) and Fox (EF), the clerk and 4 members of public. 1/ Open Forum "
        "Resident raised issue with planning application 21/00456/FUL and speeding on the main "
        "road. 2/ Apologies Cllr Hay was unable to attend the meeting. 3/ Minutes of Apr 17 "
        "meeting Signed as true by the Chair, proposed by CD and seconded by EF. 4/ Parish "
        "Property The clerk reported the bench by the hall had been repaired."
    )
    assert numbers_of(text) == ["1", "2", "3", "4"]


def test_flattened_titles_with_a_dash_for_their_colon_are_broken_out():
    """ "... in the Courthouse. Prayer and Pledge - Prayer was led by ... voice vote.
    Consent Agenda - A motion was made ...": a title with a dash, after a sentence, heads
    its paragraph as a title with a colon does."""
    text = (
        "Elm County Board of Commissioners Legislative Minutes March 4, 2021 Call to Order - "
        "The meeting was called to order at 5:30 p.m. in the Courtroom of the Courthouse. "
        "Prayer and Pledge - Prayer was led by Chairman Ann Bee, and the Pledge by Cy Dee. "
        "Consent Agenda - A motion was made by Commissioner Eve Fox and seconded by "
        "Commissioner Gus Hay to approve the minutes. The motion was approved by a voice "
        "vote. Public Comment - There was no public comment from the audience at all today, "
        "and the chairman moved on to the next business of the evening without delay."
    )
    titles = item_titles_alone(text)
    assert {"Prayer and Pledge", "Consent Agenda", "Public Comment"} <= set(titles)


def test_a_number_in_a_cell_of_its_own_above_its_title_heads_that_title():
    """A two-column table saved with " / " between cells, the first row's number alone in
    its cell ("1. /") and its title in capitals two lines below: the title is item 1's."""
    text = (
        "Minute of Meeting of ELMSHIRE HEALTH BOARD held on Thursday 29 June 2006\n\n"
        "Present\nMr Ann Bee / Chairman\nMrs Cy Dee / Non-Executive Board Member\n"
        "Item / Subject / Action\n1. /\n\nCHAIRMAN'S WELCOME\n\n"
        "The Chairman welcomed everyone to the meeting.\n"
        "2. / APOLOGIES\nApologies were received from Dr Eve Fox.\n"
        "3. / MINUTE OF MEETING HELD ON 6 JUNE 2006\nThe minute was approved.\n"
        "4. / MATTERS ARISING\nThere were no matters arising.\n"
    )
    assert numbers_of(text)[:2] == ["1", "2"]


def test_a_number_a_dash_and_a_title_in_capitals_is_no_reference():
    """ "#1-CALL TO ORDER/ROLL CALL", "#3-FIRE CHIEF UPDATE": the dash parts the number
    from its title's first word; "1-CALL" is no reference as "P-164" is."""
    text = (
        "PROCEEDINGS OF THE BOARD OF ELM COUNTY FIRE DISTRICT TRUSTEES\n\nMay 4, 2009\n\n"
        "#1-CALL TO ORDER/ROLL CALL\n\nThe Board met with Chairman Ann Bee presiding.\n\n"
        "#2-MINUTES\n\nCy Dee made a motion to approve the minutes; seconded by Eve Fox.\n\n"
        "#3-FIRE CHIEF UPDATE\n\nThe chief reported on the new engine.\n\n"
        "#4-GRANT APPLICATION\n\nThe board agreed to apply for the state grant.\n"
    )
    assert numbers_of(text) == ["1", "2", "3", "4"]


def test_a_number_glued_to_a_title_in_capitals_numbers_it():
    """ "1PUBLIC QUESTION TIME", "2DECLARATION OF INTEREST": a contents line's number cell
    glued to its title in capitals, as "1Appointment of Chairman" is to one in title case."""
    text = (
        "AUDIT COMMITTEE MEETING MINUTES\n\n29 March 2018\n\n"
        "1PUBLIC QUESTION TIME\n\nThere were no questions from the public.\n\n"
        "2DECLARATION OF FINANCIAL INTEREST\n\nNone were declared.\n\n"
        "3CONFIRMATION OF MINUTES\n\nThe minutes of 14 December 2017 were confirmed.\n"
    )
    assert numbers_of(text) == ["1", "2", "3"]


def test_a_minute_reference_with_the_month_and_year_in_its_middle_numbers_the_item():
    """ "E/10.21/01 Apologies for absence: ...": the committee's letter, the meeting's
    month and year, and the running minute: one reference, counting 01, 02, 03."""
    text = (
        "MINUTES of Environment Committee meeting held on 4 October 2021 at 7.30pm\n\n"
        "Present: Cllr Bee (Chair), Cllr Dee, Cllr Fox\n\n"
        "E/10.21/01 Apologies for absence: Cllr Hay\n\n"
        "E/10.21/02 Declarations of interest: None\n\n"
        "E/10.21/03 Minutes of the meeting held on 6 September 2021; The minutes were "
        "approved and signed as a correct record.\n\n"
        "E/10.21/04 Budget Update; The clerk reported the budget available for the year.\n"
    )
    assert numbers_of(text) == ["E/10.21/01", "E/10.21/02", "E/10.21/03", "E/10.21/04"]


def test_a_bulleted_heading_at_the_end_of_the_paragraph_before_heads_the_next():
    """ "... received from Councillors Dee and Fox. - MINUTES" / "It was RESOLVED that the
    Minutes ...": the bullet and heading in capitals the page's markup put at the end of the
    paragraph before head the paragraph after."""
    text = (
        "MEETING OF ELMBURY TOWN COUNCIL\nTuesday 17th June 2025\n"
        "PRESENT: Councillors A Bee, C Dee and E Fox\n- APOLOGIES FOR ABSENCE\n"
        "Apologies for absence were received from Councillors G Hay and I Jay. - MINUTES\n"
        "It was RESOLVED that the Minutes of the Meeting held on 13th May 2025 be confirmed. "
        "- DECLARATIONS OF INTEREST\nThere were no declarations of interest. - PUBLIC QUESTION "
        "TIME\nThere was no public question time.\n"
    )
    titles = item_titles_alone(text)
    assert {"MINUTES", "DECLARATIONS OF INTEREST", "PUBLIC QUESTION TIME"} <= set(titles)


def test_numbers_closed_by_a_bracket_and_a_stop_head_the_minutes_below_their_agenda():
    """ "1). Apologies", "2). Election of Chairman": a bracket and a stop close the number;
    so numbered, the minutes below the agenda's list are the items, not the list."""
    text = (
        "Events Committee Meeting\nAgenda\n1. Apologies\n2. To elect a Chairman\n"
        "3. To approve the minutes of the meeting held on 6th September 2023\n"
        "4. Items for next meeting\nClerk to the Council 26/10/2023\nMinutes\n"
        "ELMFORD PARISH COUNCIL EVENTS COMMITTEE MINUTES November 8th 2023\n"
        "Present were: Councillor A Bee (Chairman), Councillor C Dee\n"
        "1). Apologies\nNo apologies were received.\n2). Election of Chairman:\n"
        "Cllr. Ann Bee was nominated and duly elected to the position of Chairman.\n"
        "3). To approve the minutes of the Events Committee held on 6th September 2023:\n"
        "The minutes were agreed and signed.\n4). Items for next meeting\nNone were raised.\n"
    )
    assert [title for title in item_titles_alone(text)][:2] == ["Apologies", "Election of Chairman"]


def test_a_value_or_a_note_of_nothing_ends_its_line_and_the_next_title_opens_its_own():
    """ "Vouchers – $28,917.61" and "New Business – No new business" are whole: the "Title:
    text" lines under them open paragraphs, not the lines' wrapped rest."""
    text = (
        "Board of Trustees\nRegular Monthly Meeting Monday July 10, 2023 6pm\n"
        "Call to Order: Ann Bee called the meeting to order at 6:05.\n"
        "Reading and Approval of Financial Report – Receipts – $96,703.62\n"
        "Vouchers – $28,917.61\n"
        "Approval of Bills: Cy moved to approve the bills, Eve seconded. Motion passed.\n"
        "New Business – No new business\n"
        "Public Input/Adjournment: We adjourned at 7:17.\n"
    )
    titles = item_titles_alone(text)
    assert "Approval of Bills" in titles and "Public Input/Adjournment" in titles


def test_a_longer_title_in_title_case_before_its_dash_opens_its_paragraph():
    """ "Request for Extension Off Old South River Road – A motion was made ...": eight words in
    title case before the dash are the paragraph's title, as three are."""
    text = (
        "Call to Order – Chairman Bee called the meeting to order at 6:00 p.m.\n"
        "Opening Prayer – Mr. Dee opened the meeting with a prayer.\n"
        "Request for Extension Off Old South River Road – A motion was made by Mr. Dee to approve "
        "the request for 800 feet of water main. This was approved unanimously.\n"
        "Presentation of Fiscal Year 2007 Audit – Ms. Fox presented the audit to the Board.\n"
    )
    assert "Request for Extension Off Old South River Road" in item_titles_alone(text)


def test_a_subtitle_between_two_dashes_stays_in_the_title():
    """ "Title \u2013 Subtitle \u2013 minute": the words between the dashes name the business
    (title case, no verb, nobody presenting), the minute starts after the second."""
    text = (
        "1. Pavilion Lease \u2013 Terms and Rent \u2013 The clerk reported that the club had "
        "agreed the new terms.\n\n"
        "2. Grass Cutting \u2013 The contractor will start in April, as agreed last year.\n"
    )
    assert item_titles(text) == ["Pavilion Lease \u2013 Terms and Rent", "Grass Cutting"]


def test_a_number_and_title_alone_over_running_text_heads_an_item_among_title_lines():
    """Title lines head the items, and the only other "1" is a resolution's part: a number
    and a short title alone on their line, running text under it, still heads its item."""
    text = (
        "Minutes of the Meeting of the Harbour Board held at 1.00pm on Tuesday, 3 October "
        "2023, in the Board Room.\n\n"
        "Present: Chair Ann Bee, Cr Carl Dee, Cr Emma Fay, Cr Gus Hale.\n\n"
        "Prayer Cr Dee read the prayer.\n\n"
        "Declarations of Interest Cr Fay declared an interest in the harbour lease and left "
        "the room.\n\n"
        "Additional Information\n\n"
        "Board's Resolution Proposed by Chair Bee, seconded by Cr Dee:\n\n"
        "1 THAT the additional information tabled is taken with the relevant item. CARRIED\n\n"
        "Public Forum No registrations were received for this meeting.\n\n"
        "Reports to the Board\n\n"
        "1. Mooring Fees\n\n"
        "Ivan Jones, Harbourmaster, reports:\n\n"
        "The review of mooring fees is complete and the new charges take effect in April.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    fees = [item for item in items if item.title == "Mooring Fees"]
    assert [item.number for item in fees] == ["1"]
    assert "new charges take effect" in fees[0].body


def test_a_minutes_reference_keeps_the_label_it_is_printed_with():
    """ "Min. 18/08", "Item 1/13": a reference is cited as printed, label and all, even
    where flattened text left the label at the end of the sentence before; a count ("Item
    3") needs no label."""
    flattened = (FIXTURES / "oakfield-alumni-association-2008-06-21.txt").read_bytes()
    items = parse_bytes(flattened, "minutes.txt").items
    assert [(item.number, item.title) for item in items] == [
        ("Min. 18/08", "Introductions"),
        ("Min. 19/08", "Approval of previous minutes"),
        ("Min. 20/08", "Constitution"),
    ]
    assert items[0].body.endswith("around the room.")  # the label left the text before
    text = (
        "Item 1/13: Minutes of the previous meeting\n\nThe minutes were approved.\n\n"
        "Item 2/13: Matters arising\n\nThe footpath has been repaired.\n"
    )
    assert items_of(text) == [
        ("Item 1/13", "Minutes of the previous meeting"),
        ("Item 2/13", "Matters arising"),
    ]
    counted = "Item 1: Apologies\n\nNone were received.\n\nItem 2: Finance\n\nThe bank balance was read.\n"
    assert items_of(counted) == [("Item 1", "Apologies"), ("Item 2", "Finance")]


def test_a_dash_parts_a_title_from_a_sentence_that_wraps_to_the_next_line():
    """ "4. Highways \u2013 There were no" / "reports this month.": the dash ends the title
    though the sentence after it ends on the next line; a subtitle after a dash stays."""
    text = (
        "1. Declarations of interest \u2013 There were no declarations of interest\n"
        "made at this meeting.\n\n"
        "2. Finance \u2013 The payments listed were approved and the bank\n"
        "reconciliation was noted.\n\n"
        "3. Public Forum \u2013 Questions from Residents\n"
        "No residents attended.\n"
    )
    assert item_titles(text) == [
        "Declarations of interest",
        "Finance",
        "Public Forum \u2013 Questions from Residents",
    ]


def test_a_bodys_code_in_lower_case_before_each_reference_is_part_of_its_number():
    """ "hmpc 001/14 ELECTION OF CHAIRMAN ...", the page run onto one line: the code the
    flattening left at the end of each sentence before belongs to the reference after."""
    flattened = (FIXTURES / "holmwood-parish-council-2014-05-19.txt").read_bytes()
    items = parse_bytes(flattened, "minutes.txt").items
    assert [(item.number, item.title) for item in items] == [
        ("hmpc 001/14", "ELECTION OF CHAIRMAN"),
        ("hmpc 002/14", "ELECTION OF VICE CHAIRMAN"),
        ("hmpc 003/14", "APOLOGIES FOR ABSENCE"),
        ("hmpc 004/14", "DECLARATIONS OF INTEREST"),
        ("hmpc 005/14", "MINUTES"),
    ]
    assert items[0].body.endswith("Chairman for the year.")  # no code left on its text


def test_lines_alike_but_for_a_number_that_counts_on_head_the_items():
    """A warrant's articles: "Action on Article #1." over its vote, "#2." over the next;
    the number ends the line, and only its counting on marks the lines as headings."""
    text = (
        "MILLTOWN WATER DISTRICT\nANNUAL MEETING\nOctober 8, 1991\n\n"
        "The annual meeting was called to order at 7:30 p.m. by the Moderator, Ann Bee.\n\n"
        "Action on Article #1.\n\n"
        "On motion duly made and seconded it was voted to elect Carl Dee as clerk.\n\n"
        "Action on Article #2.\n\n"
        "On motion duly made and seconded it was voted to accept the reports as printed.\n\n"
        "Action on Article #3.\n\n"
        "On motion duly made and seconded it was voted to raise $12,000 for the standpipe.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Action on Article #1"),
        ("2", "Action on Article #2"),
        ("3", "Action on Article #3"),
    ]
    assert "accept the reports" in items[1].body
    # one such line is no template: "Page 2" or "Table 1" alone heads nothing
    alone = text.split("Action on Article #2.")[0]
    assert len(parse_bytes(alone.encode(), "minutes.txt").items) == 1


def test_a_committee_systems_list_of_decisions_is_an_item_a_decision():
    """ "08/11/2019 - Housing Investment Fund ref: 1235    Recommendations Approved", its
    labelled facts below: each entry an item, unnumbered (the reference is the decision's),
    its outcome and its "Decision:" text its decisions; the list's label no committee's."""
    document = parse_file(FIXTURES / "northshire-decisions-2019-11-08.txt")
    assert [(item.number, item.title) for item in document.items] == [
        ("", "Financial Monitoring Report"),
        ("", "Housing Investment Fund"),
        ("", "Transport Delivery Plan"),
    ]
    assert document.meeting.committee == "Northshire Combined Authority Board"
    assert document.meeting.date == date(2019, 11, 8)
    assert "The board approved the allocation of funds to three schemes." in (
        document.items[1].decisions
    )


def test_a_heading_broken_by_a_hard_wrap_goes_on_to_its_dash():
    """Word's hard wraps inside headings: "1. Chairman's" / "Opening Remarks – The Chair
    ...", "2. Minutes of" / "the Previous Meeting – The minutes ...", "4. Police" / "Report –
    There were ...": the title goes on to the dash; the rest of the line is the minute. A
    title whose label ended ("Announcements:" / "Reports: See below") keeps to its line."""
    text = (
        "PRESENT\nAnn Bee (Chair)\nCarl Dee\n\n"
        "1. Chairman\u2019s\nOpening Remarks \u2013 The Chair welcomed everyone and thanked the "
        "hall committee for\nthe use of the room.\n\n"
        "2. Minutes of\nthe Previous Meeting \u2013 The minutes were approved, proposed by Carl "
        "Dee and\nseconded by Emma Fay.\n\n"
        "3. Police\nReport \u2013 There were two reports of vandalism at the park during April, "
        "and\nthe community officer will patrol on Friday evenings.\n\n"
        "4. Announcements:\nReports: See below for the reports of the working groups.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == [
        "Chairman\u2019s Opening Remarks",
        "Minutes of the Previous Meeting",
        "Police Report",
        "Announcements",
    ]
    assert items[2].body.startswith("There were two reports")


def test_a_lettered_motion_under_a_numbered_heading_is_its_text_not_a_contents_row():
    """ "1. MINUTES" / "a) Moved by ..., that the minutes ... be adopted." / "2. DELEGATIONS"
    / text: the lettered point's sentence is the item's text, so the numbered lines are no
    contents table, and head their items after the headings in capitals."""
    text = (
        "MEMBERS PRESENT: Mayor Ann Bee, Councillors Carl Dee, Emma Fay and Gus Hale.\n\n"
        "PRAYER\n\nCouncillor Dee led the council in prayer.\n\n"
        "SWEARING IN\n\nThe City Clerk administered the oath of office to Councillor Hale.\n\n"
        "ADOPTION OF AGENDA\n\nMotion #11-227: Moved by Councillor Fay, seconded by Councillor "
        "Dee, that the agenda be adopted as presented. CARRIED\n\n"
        "1. MINUTES\n\na) Moved by Councillor Dee, seconded by Councillor Hale, that the "
        "minutes of July 12, 2011 be adopted. CARRIED\n\n"
        "2. DELEGATIONS\n\nThe Northport Food Bank presented its annual report to council.\n"
    )
    assert items_of(text) == [
        ("", "PRAYER"),
        ("", "SWEARING IN"),
        ("", "ADOPTION OF AGENDA"),
        ("1", "MINUTES"),
        ("2", "DELEGATIONS"),
    ]


def test_a_caption_in_the_margin_before_a_running_count_and_its_stop():
    """ "MOORINGS 2953. The Harbour Master reported ...": the margin's caption is the title,
    the body's running count the number, as with a reference ("HOUSING 12/477 The ...")."""
    text = (
        "PRESENT Mr A Bee (Chairman), Mr C Dee, Mrs E Fay\n\n"
        "MINUTES 2952. It was resolved that the minutes of the meeting held on 14 August 2013 "
        "be\napproved and signed by the Chairman.\n\n"
        "MOORINGS 2953. The Harbour Master reported that all moorings had been inspected.\n\n"
        "FINANCE 2954. The accounts for August were presented and approved for payment.\n"
    )
    assert items_of(text) == [("2952", "MINUTES"), ("2953", "MOORINGS"), ("2954", "FINANCE")]


def test_business_opened_above_the_attendance_is_an_item_though_the_date_is_not_found():
    """No line the parser takes for the heading's date, then "CALL TO ORDER ..." above
    "PRESENT ...": the heading ends where the business opens, not at the attendance."""
    text = (
        "Regular Meeting of Council for the\n\nVillage of Elmbrook,\n\n"
        "August 15, 2017 at 6:00 p.m.\n\nat the Village Office\n\nUNAUTHORIZED\n\n"
        "CALL TO ORDER Meeting was called to order 6:05 p.m.\n\nGUESTS\n\n"
        "PRESENT Ann Bee, Mayor\n\nCarl Dee, Deputy Mayor\n\n"
        "APPROVAL OF THE AGENDA\n\nMoved by Carl Dee that the agenda be approved. Carried.\n\n"
        "MINUTES\n\nMoved by Ann Bee that the minutes of July 18 be approved. Carried.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "minutes.txt").items]
    assert titles[:1] == ["CALL TO ORDER"] and "APPROVAL OF THE AGENDA" in titles


def test_a_title_about_something_keeps_its_regarding_and_its_aside():
    """ "3. Resolution 04-011R re: Footpath Repairs (per Council President Bee)" alone on its
    line is one title: the colon of "re:" (regarding) parts nothing, and no minute starts
    inside a bracket ("(per Council" / "President Bee)"). A label's colon still does."""
    text = (
        "PRESENT\nAnn Bee (President)\nCarl Dee\n\n"
        "1. Minutes: The minutes of the March meeting were approved.\n\n"
        "2. Letter re: Speed limits on Mill Lane. The clerk read the letter from a resident "
        "and will reply.\n\n"
        "3. Resolution 04-011R re: Footpath Repairs (per Council President Bee)\n\n"
        "4. Council President Bee introduced Resolution 04-011R and asked that it be adopted. "
        "It was moved by Carl Dee, seconded by Ann Bee, to adopt it. So voted.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items[:3]] == [
        "Minutes",
        "Letter re: Speed limits on Mill Lane.",
        "Resolution 04-011R re: Footpath Repairs (per Council President Bee)",
    ]
    assert items[1].body.startswith("The clerk read the letter")


def test_a_subtitle_after_the_dash_is_the_titles_up_to_who_reports():
    """ "4 Youth Rugby – Village Team Sponsorship DA reported that ...": the few words in
    title case after the dash name the item too; the minute starts with who reports. A
    sentence after the dash ("Finance – The payments were approved.") is the minute."""
    text = (
        "PRESENT\nAnn Bee (Chair)\nDan Ash (DA)\nCarl Dee\n\n"
        "1 Apologies There were no apologies.\n\n"
        "2 Finance \u2013 The payments for March were approved.\n\n"
        "3 Youth Rugby \u2013 Village Team Sponsorship DA reported that the village team was "
        "seeking a sponsor for its new kit.\n\n"
        "4 Highways \u2013 Potholes Councillor Dee reported two potholes on Mill Lane.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == [
        "Apologies",
        "Finance",
        "Youth Rugby \u2013 Village Team Sponsorship",
        "Highways \u2013 Potholes",
    ]
    assert items[2].body.startswith("DA reported that")


def test_titles_broken_in_a_narrow_column_are_joined_once_the_column_shows():
    """A table's narrow title column breaks titles after a word or two ("5 Public" /
    "Speaking Time for Items Relating to the Agenda", "6 Members\u2019" / "Business"): the
    second line continues the title when the document shows such breaks twice or more.
    Known business whole on its line ("3 Apologies" / "Nil.") keeps to it."""
    text = (
        "PRESENT: Mayor Ann Bee, Cr Carl Dee, Cr Emma Fay\n\n"
        "1 Welcome\nThe Mayor welcomed everyone to the meeting.\n"
        "2 Opening\nPrayer\nCr Dee read the opening prayer.\n"
        "3 Apologies\nNil.\n"
        "4 Public\nSpeaking Time for Items Relating to the Agenda\n"
        "Gus Hale spoke about the new cycle path and thanked the council.\n"
        "5 Members\u2019\nBusiness\nCr Fay asked about the library hours, and the Mayor "
        "replied that they will be reviewed.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == [
        "Welcome",
        "Opening Prayer",
        "Apologies",
        "Public Speaking Time for Items Relating to the Agenda",
        "Members\u2019 Business",
    ]
    assert items[2].body.startswith("Nil")


def test_one_title_over_a_line_in_title_case_is_no_narrow_column():
    """One numbered title over a short line in title case ("2 Correspondence" / "Elm Lane
    Residents Group") proves no column: the line is the item's text."""
    text = (
        "PRESENT: Ann Bee (Chair), Carl Dee\n\n"
        "1 Minutes\nThe minutes of the last meeting were approved.\n"
        "2 Correspondence\nElm Lane Residents Group\nA letter asked for a new bench by the "
        "pond; the clerk will reply.\n"
        "3 Finance\nThe payments for May were approved.\n"
    )
    items = parsed_items(text)
    assert [item.title for item in items] == ["Minutes", "Correspondence", "Finance"]
    assert items[1].body.startswith("Elm Lane Residents Group")


def test_numbers_starting_again_under_titles_in_capitals_are_their_points():
    """A select board's minutes: sections in capitals, each with points numbered again from
    "1." under it. The sections are the items; a chain of "1."s is no numbering of them."""
    text = (
        "Brookhollow Select Board\nMinutes of March 14, 2022\n\n"
        "PUBLIC COMMENT\nMr. Sato asked about the spring road closures.\n\n"
        "TOWN MANAGER REPORT\n1. Weekly Update\nMr. Ruiz reported that the salt barn is finished.\n\n"
        "CONSENT AGENDA\n1. Approve Water Commitments\nMotion by Ms. Quist, seconded by Mr. Petit."
        " The motion carried 3-0.\n\n"
        "LIAISON REPORTS\n1. Recreation Committee\nMs. Quist reported on the summer programme.\n"
    )
    assert items_of(text) == [
        ("", "PUBLIC COMMENT"), ("", "TOWN MANAGER REPORT"), ("", "CONSENT AGENDA"),
        ("", "LIAISON REPORTS"),
    ]  # fmt: skip


def test_a_number_between_a_title_in_capitals_and_its_text_is_the_titles():
    """A council's minutes laid out in columns and run together: the section's title from
    the margin, then the minute's number and text ("CALL TO ORDER 1. Mayor Bee called
    ..."). The number is the title's, beside the unnumbered sections around it."""
    text = (
        "TOWN OF ELKHORN\n\nMinutes of the Regular Meeting of Council held in Council Chambers"
        " on Tuesday, May 3, 2011, at 7:30 p.m.\n\n"
        "CALL TO ORDER 1. Mayor Bee called the meeting to order (7:30 p.m.).\n\n"
        "PUBLIC HEARING\n\n2-1 Bylaw No. 1200, a bylaw to close a lane, was heard. No one spoke.\n\n"
        "DELEGATIONS\n\n3-1 Ann Dee of the Curling Club spoke about the new ice plant.\n"
    )
    assert items_of(text) == [("1", "CALL TO ORDER"), ("", "PUBLIC HEARING"), ("", "DELEGATIONS")]


def test_a_heading_in_capitals_after_the_last_number_heads_the_motion_below_it():
    """ "RESOLUTION TO EXCLUDE THE PUBLIC" / "Moved (Mayor Bee/Cr Dee):": a title in
    capitals over a motion, after the numbered items, is one more item."""
    text = (
        "KOWHAI DISTRICT COUNCIL\nMinutes of an ordinary meeting held on Tuesday 9 April 2019\n\n"
        "1 APOLOGIES\nMoved (Mayor Ann Bee/Cr Cy Dee): That the Council accepts the apology"
        " from Cr Pam Quill.\nMotion carried\n\n"
        "2 CONFIRMATION OF AGENDA\nMoved (Mayor Ann Bee/Cr Cy Dee): That the Council confirms"
        " the agenda.\nMotion carried\n\n"
        "RESOLUTION TO EXCLUDE THE PUBLIC\nMoved (Mayor Ann Bee/Cr Cy Dee):\nThat the Council"
        " excludes the public from the rest of the meeting.\nMotion carried\n"
    )
    assert items_of(text) == [
        ("1", "APOLOGIES"), ("2", "CONFIRMATION OF AGENDA"), ("", "RESOLUTION TO EXCLUDE THE PUBLIC"),
    ]  # fmt: skip


def test_flattened_text_read_at_capitals_as_well_when_that_numbers_more_of_the_items():
    """A page run onto one line: read at its numbers alone, "1 COUNCIL PRAYER" after a word
    in capitals, "4 VISITORS" after a short sentence and "7" after a running header are
    missed; read at its headings in capitals as well, every number the first reading found
    is there and the missing ones too, so that reading is the one kept."""
    text = (
        "MINUTES Ordinary Council Meeting 14 May 2019 - Tuesday, 14 May, 2019\n"
        "Page content transcription\n"
        "ORDINARY COUNCIL MEETING MINUTES 14 MAY 2019 MINUTES OF KOWHAI DISTRICT COUNCIL"
        " ORDINARY COUNCIL MEETING HELD AT THE TOWN HALL, KOWHAI ON TUESDAY 14 MAY 2019"
        " COMMENCING AT 9.30AM PRESENT: Mayor Ann Bee, Cr Cy Dee, Cr Eve Fox, Cr Gus Hay"
        " APOLOGIES: Nil IN ATTENDANCE: Ida Ives (Chief Executive), Jo Kerr (Committee"
        " Secretary) OPENING 1 COUNCIL PRAYER Reverend Lee Moss opened the meeting with a"
        " prayer and lit the candle. 2 PUBLIC FORUM There were no speakers at the Public"
        " Forum. 3 APOLOGIES There were no apologies. 4 VISITORS 11.30am – Ned Orr of the"
        " Kowhai Trust spoke about the new walkway and the bridge. 5 CONFLICTS OF INTEREST"
        " The Chair called for conflicts of interest. There were none. 6 IDENTIFICATION OF"
        " MAJOR (URGENT) OR MINOR ITEMS NOT ON THE AGENDA There were no major or minor items."
        " ORDINARY COUNCIL MEETING MINUTES 14 MAY 2019 7 CONFIRMATION OF MINUTES 7.1 MINUTES OF"
        " THE COUNCIL MEETING HELD ON 9 APRIL 2019 RESOLUTION 2019/41 Moved: Cr Cy Dee"
        " Seconded: Cr Eve Fox That the Council confirms the minutes of the meeting held on 9"
        " April 2019. Carried. 7.2 MINUTES OF THE EXTRAORDINARY COUNCIL MEETING HELD ON 23"
        " APRIL 2019 RESOLUTION 2019/42 Moved: Cr Gus Hay Seconded: Cr Eve Fox That the"
        " Council confirms the minutes. Carried."
    )
    assert [number for number, _ in items_of(text)] == ["1", "2", "3", "4", "5", "6", "7"]


def test_a_resolutions_number_before_its_wording_is_no_item_number():
    """ "AGENDA It was moved and seconded 001/14 THAT the agenda ... be adopted": the number
    is the resolution's, its text the resolution's wording; the headings in capitals before
    them are the items, not a run "001/14", "002/14", "003/14" of resolutions."""
    text = (
        "CEDAR COAST REGIONAL DISTRICT January 9, 2014 MINUTES OF THE MEETING OF THE BOARD OF"
        " THE CEDAR COAST REGIONAL DISTRICT HELD IN THE BOARDROOM AT 12 MILL ROAD, ELMVALE,"
        " B.C. PRESENT: Chair A. Bee Directors C. Dee E. Fox G. Hay ALSO PRESENT: Chief"
        " Administrative Officer I. Ives Recorder J. Kerr Media 0 Public 2 CALL TO ORDER 7:30"
        " p.m. AGENDA It was moved and seconded 001/14 THAT the agenda for the meeting be"
        " adopted as presented. CARRIED MINUTES It was moved and seconded 002/14 THAT the"
        " Regular Board meeting minutes of December 12, 2013 be adopted as presented. CARRIED"
        " BUSINESS ARISING It was moved and seconded 003/14 THAT the report on the Mill Road"
        " culvert be received. CARRIED"
    )
    assert items_of(text) == [("", "AGENDA"), ("", "MINUTES"), ("", "BUSINESS ARISING")]


def test_flattened_minutes_numbered_by_a_running_count_and_the_year_after_a_stop():
    """ "... public. 4073.19 To elect the Chair ... 4074.19 To receive ...": a parish's
    running minute count, the year after a stop, in text that lost its line breaks."""
    text = (
        "ELMSTEAD PARVA PARISH COUNCIL Minutes of the Annual Meeting held on 13.5.2019 in the"
        " Village Hall. PRESENT: CHAIR – COUNCILLOR A BEE COUNCILLORS C DEE, E FOX AND G HAY."
        " The Parish Clerk Miss I Ives and three members of the public. 4073.19 To elect the"
        " Chair of the Parish Council for the year 2019-2020. It was unanimously RESOLVED to"
        " elect Councillor A Bee as Chair. 4074.19 To receive the Chair's Declaration of"
        " Acceptance of Office. Councillor A Bee signed the Declaration. 4075.19 To receive"
        " apologies for absence. Apologies were received from Councillor J Kerr. 4076.19 To"
        " allow members of the public to ask questions. No questions were asked."
    )
    assert [number for number, _ in items_of(text)] == ["4073.19", "4074.19", "4075.19", "4076.19"]


def test_the_documents_heading_over_who_attended_is_no_item():
    """ "1 THE RURAL MUNICIPALITY OF ELMDALE The minutes of ..." over "PRESENT: ...": a page's
    number before the body's name, the heading of the whole document; the attendance under
    it is the meeting's. "CALL TO ORDER: 7:00 pm" over "PRESENT:" stays an item."""
    text = (
        "1 THE RURAL MUNICIPALITY OF ELMDALE The minutes of the fourth regular meeting of the "
        "Council of the Rural Municipality of Elmdale held Tuesday, March 8th, 2022 at 7:00 p.m."
        "\n\nPRESENT: Reeve Nora Quill, Councillor Abe Lund, Councillor Rui Costa\n\n"
        "ADOPTION OF AGENDA\n\nResolved that the agenda be adopted as presented.\n\n"
        "MINUTES\n\nResolved that the minutes of February 22nd, 2022 be adopted as read.\n\n"
        "ROAD REPORT\n\nThe foreman reported on gravelling of the east road allowance.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "ADOPTION OF AGENDA",
        "MINUTES",
        "ROAD REPORT",
    ]
    assert "Nora Quill" in " ".join(a.name for a in document.meeting.present)
    called = text.replace("1 THE RURAL MUNICIPALITY OF ELMDALE ", "CALL TO ORDER: 7:00 pm\n\n")
    assert item_titles_alone(called)[0] == "CALL TO ORDER"


def test_capitals_above_the_sentence_saying_who_met_are_the_documents_heading():
    """ "PROCEEDINGS OF THE ELM COUNTY BOARD" / "REGULAR MEETING" / "The Elm County Board
    met in regular session on ...": the document's heading, over the minutes' opening
    sentence; the items are the labelled paragraphs below it."""
    text = (
        "PROCEEDINGS OF THE ELM COUNTY BOARD OF SUPERVISORS\n\nREGULAR MEETING\n\n"
        "The Elm County Board of Supervisors met in regular session on Tuesday, May 6, 2014 "
        "at 9:00 A.M. in the Courthouse.\n\n"
        "CALL TO ORDER: Called to order by Chair Ann Bee.\n\n"
        "MEMBERS PRESENT: Ann Bee and Cy Dee.\n\n"
        "PLEDGE OF ALLEGIANCE: The Board led the Pledge of Allegiance.\n\n"
        "PROCLAMATION: The Chair read a proclamation naming September Recovery Month.\n\n"
        "ROADS: The engineer reported that the bridge on the county line will reopen.\n"
    )
    assert item_titles_alone(text) == [
        "CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "PROCLAMATION", "ROADS",
    ]  # fmt: skip


# Text a PDF gave with its lines hard-wrapped at the page's width, as most PDF text is.


def test_a_heading_in_capitals_that_lost_its_name_still_heads_the_document():
    """ "DISTRICT OF" (the name cut off by a sharing site) over "Minutes of the Regular
    Council held on ... in the" / "Municipal Office": the heading's date line follows a
    heading in capitals, not a sentence, so the items below it are the title lines, and
    the first item's own "Minutes of ... 2019" is no heading's date."""
    text = (
        "DISTRICT OF\n"
        "\n"
        "Minutes of the Regular Council held on March 12th, 2019 7:00 p.m. in the\n"
        "Municipal Office\n"
        "\n"
        "THOSE PRESENT at the commencement of the meeting:\n"
        "\n"
        "Council: Mayor - Ann Bee Councillor - Cy Dee Councillor - Ed Eff Councillor - Flo\n"
        "Gee\n"
        "\n"
        "CALL TO ORDER:\n"
        "\n"
        "1) APPROVAL OF AGENDA\n"
        "\n"
        "19-0301 Moved by Councillor Dee; Seconded by Councillor Eff; BE IT RESOLVED THAT\n"
        "the Agenda be approved. CARRIED\n"
        "\n"
        "ADOPTION OF MINUTES:\n"
        "\n"
        "1) Minutes of the Regular Meeting February 26, 2019\n"
        "\n"
        "19-0302 Moved by Councillor Eff; Seconded by Councillor Gee; BE IT RESOLVED THAT\n"
        "the minutes are adopted as circulated. CARRIED\n"
        "\n"
        "UNFINISHED BUSINESS:\n"
        "\n"
        "1) Boat Launch Repairs\n"
        "\n"
        "19-0303 Moved by Councillor Gee; Seconded by Councillor Dee; BE IT RESOLVED THAT\n"
        "the repairs proceed. CARRIED\n"
        "\n"
        "REPORTS REQUIRING ACTION:\n"
        "\n"
        "1) Financial Statements for the period ended January 31, 2019\n"
        "\n"
        "19-0304 Moved by Councillor Dee; Seconded by Councillor Gee; BE IT RESOLVED THAT\n"
        "the statements be received. CARRIED\n"
    )
    assert item_titles_alone(text) == [
        "CALL TO ORDER", "ADOPTION OF MINUTES", "UNFINISHED BUSINESS", "REPORTS REQUIRING ACTION",
    ]  # fmt: skip


def test_the_sentence_saying_who_met_dates_the_meeting_across_its_wrap():
    """ "The Elm County Board of Supervisors met in regular session on Tuesday," / "May 6,
    2014 at 9:00 A.M. ...": the date on the wrapped line is the meeting's, and the capitals
    above the sentence are the document's heading."""
    text = (
        "PROCEEDINGS OF THE ELM COUNTY BOARD OF SUPERVISORS\n"
        "\n"
        "REGULAR MEETING\n"
        "\n"
        "The Elm County Board of Supervisors met in regular session on Tuesday,\n"
        "May 6, 2014 at 9:00 A.M. in the Boardroom of the Elm County Courthouse, Elm\n"
        "City.\n"
        "\n"
        "CALL TO ORDER: Called to order by Chair Ann Bee.\n"
        "\n"
        "MEMBERS PRESENT: Ann Bee and Cy Dee.\n"
        "\n"
        "PLEDGE OF ALLEGIANCE: The Board led the Pledge of Allegiance.\n"
        "\n"
        "PROCLAMATION: The Chair read a proclamation naming September Recovery Month.\n"
        "\n"
        "ROADS: The engineer reported that the bridge on the county line will reopen.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert document.meeting.date == date(2014, 5, 6)
    assert [item.title for item in document.items] == [
        "CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "PROCLAMATION", "ROADS",
    ]  # fmt: skip


def test_a_wrapped_list_of_names_parted_by_semicolons_is_one_paragraph():
    """ "Councillors: M. Bee; ... M. Nunn;" / "L. Oakes; P. Reed; ...": the list goes on at
    the next line; "L. Oakes" is no title."""
    text = (
        "ELM COUNTY COUNCIL\n"
        "\n"
        "Minutes of Meeting of County Council held on Monday, 18th January, 2010 at\n"
        "2.30 p.m. in the Council Chamber, County Hall.\n"
        "\n"
        "Councillors: M. Bee; P. Cole; K. Dunn-Nolan; P. Eady; K. Ford; J. Gale; T.\n"
        "Howe; R. Irons; P. Kane; D. Kenny; M. Lamb; G. Lowry; D. Marsh; M. Nunn;\n"
        "L. Oakes; P. Reed; M. Shaw; O. Wall;\n"
        "\n"
        "Apologies: Councillor T. Dale; Councillor A. Finn.\n"
        "\n"
        "Confirmation of Minutes:\n"
        "\n"
        "On the proposal of Councillor P. Cole, seconded by Councillor T. Howe, the\n"
        "minutes of the meeting held on 14th December 2009 were confirmed.\n"
        "\n"
        "Roads Programme:\n"
        "\n"
        "The Director presented the roads programme for 2010, which was adopted.\n"
        "\n"
        "Housing Report:\n"
        "\n"
        "The Director reported on the housing allocations made in December.\n"
    )
    assert item_titles_alone(text) == [
        "Apologies", "Confirmation of Minutes", "Roads Programme", "Housing Report",
    ]  # fmt: skip


def test_an_agenda_number_with_the_running_minute_in_brackets():
    """ "ITEM 2 (412) APOLOGIES": the agenda's number, then the minute's count since the
    body began, in brackets; and a superscript's "th" that a PDF set before the next line."""
    text = (
        "ITEM 1 (411) PUBLIC FORUM\n\nNo members of the public attended.\n\n"
        "ITEM 2 (412) RECEIVE APOLOGIES Councillor Anna Pryce\n\n"
        "ITEM 3 (413) MINUTES The minutes of the meeting on 9\n\n"
        "th ITEM 4 (414) FOOTPATHS The Clerk will write to the landowner.\n\n"
        "ITEM 5 (415) PLAY AREA The new swings were installed in May.\n"
    )
    assert [number for number, _ in items_of(text)] == [f"ITEM {n}" for n in range(1, 6)]
    assert [title.split()[0] for title in item_titles(text)] == [
        "PUBLIC", "RECEIVE", "MINUTES", "FOOTPATHS", "PLAY",
    ]  # fmt: skip


def test_a_margin_title_in_mixed_case_before_the_minutes_reference():
    """ "Title REF text" on one line: a minute book's margin title, then the reference with
    the body's letters, then the minute; the references count on from one to the next."""
    text = (
        "Present Full Board except Mrs Lowe.\n"
        "Correction KB/41.07 Mr Hale pointed out that KB/33 should read 9 and not 12.\n"
        "Minutes KB/42.07 The minutes of the meeting were signed as a correct record.\n"
        "Business out of same KB/43.07 1) Reference KB/35.07 the gate had been mended.\n\n"
        "2) Reference KB/36.07 the Clerk had written to the school.\n"
        "Chairman's Report KB/44.07 The Chairman reported that the library was closed.\n"
    )
    assert items_of(text) == [
        ("KB/41.07", "Correction"),
        ("KB/42.07", "Minutes"),
        ("KB/43.07", "Business out of same"),
        ("KB/44.07", "Chairman's Report"),
    ]


def test_flattened_minutes_numbered_by_the_meetings_year_and_month():
    """ "0311.2 APOLOGIES": minute 2 of the meeting of November 2003, in a paragraph run
    together; the next minute starts after a sentence's end."""
    flattened = (
        "Minutes of the Ordinary Meeting of the Shire Council held on 18 November 2003. "
        "PRESENT Councillors Abel, Brand and Coote. The meeting opened at 7.05pm with all "
        "those listed present. 0311.1 OPENING PRAYER The Mayor read the Opening Prayer. "
        "0311.2 LEAVES OF ABSENCE AND APOLOGIES There were no apologies. 0311.3 "
        "DECLARATIONS OF INTEREST None were received. 0311.4 CONFIRMATION OF MINUTES The "
        "minutes of the meeting of 21 October 2003 were confirmed and signed by the Mayor."
    )
    assert item_numbers(flattened) == ["0311.1", "0311.2", "0311.3", "0311.4"]


def test_a_minute_reference_then_the_agenda_item_numbers_one_item():
    """ "2021/045 ITEM 1 - Chairman's Remarks ...": the minute's reference and the agenda's
    item number head the same item; the reference is its number, the title has neither,
    and a page whose paragraphs each run on one line is not broken between the two."""
    filler = "Councillor Ann Bee thanked the volunteers for the lights and the parade. " * 6
    text = (
        "MINUTES OF THE ORDINARY MEETING OF THE TOWN COUNCIL HELD ON MONDAY 7th DECEMBER 2020 "
        "AT 7:30PM Those present: Councillors A Bee (Chairman), C Dee, E Eff, G Hay\n\n"
        f"2021/045 ITEM 1 - Chairman's Remarks {filler}\n\n"
        "2021/046 ITEM 2 \u2013 Reasons for Absence Councillor Dee (holiday) was noted.\n\n"
        "2021/047 ITEM 3 - Disclosures of Interest None declared\n\n"
        f"2021/048 ITEM 4 - Public Participation {filler}\n"
    )
    assert [(n, " ".join(t.split()[:2])) for n, t in items_of(text)] == [
        ("2021/045", "Chairman's Remarks"),
        ("2021/046", "Reasons for"),
        ("2021/047", "Disclosures of"),
        ("2021/048", "Public Participation"),
    ]


def test_flattened_text_is_not_broken_inside_a_named_number():
    """ "Item No.19.01. Confirmation of ...": no break between "No." and its number, which
    stands glued to it; "Item No.19.01." is one heading's number."""
    filler = "The Syndicate considered the matter and approved it with two changes. " * 8
    text = (
        "Minutes of the 19th Meeting of the Senate held on 23.10.2020\n\n"
        "Members present: 1. Prof. A. Bee (In the Chair) 2. Dr. C. Dee 3. Sri. E. Eff\n\n"
        f"Item No.19.01. Confirmation of the Minutes of the 18th Meeting -reg. {filler}\n"
    )
    lines = unflatten(split_lines(text), at_capitals=False)
    assert any(line.text.startswith("Item No.19.01. Confirmation") for line in lines)


def test_a_points_number_alone_under_its_titled_item_heads_the_point():
    """ "2  Mayoral Minutes" then "2.1" alone over "Statue Appeal": the point's number
    printed apart from its title, under an item with a title of its own, heads the point;
    only under an item's number alone ("2." / "2.1" / "TITLE") is it the item's."""
    text = (
        "1      Introduction\n\nAttendance\n\nCr A Bee (Mayor), Cr C Dee, Cr E Eff\n\n"
        "1.1\n\nAPOLOGIES\n\nNil\n\n1.2\n\nOPENING PRAYER\n\nRev G Hay led the Council in prayer.\n\n"
        "2       Mayoral Minutes\n\n2.1\n\nStatue Appeal\n\nRESOLVED - 21/280\n\n"
        "That Council consult on a statue for the park.\n"
    )
    assert ("2.1", "Statue Appeal") in items_of(text)


def test_a_date_after_a_headings_dash_stays_in_the_title():
    """ "CONFIRMATION OF MINUTES - Ordinary Meeting - 25 March 2019" alone on its line: the
    date names the meeting confirmed, part of the title, no text after a label's dash."""
    text = (
        "PRAYER\n\nThe Council Prayer was read by the Rev Ann Bee.\n\n"
        "APOLOGIES\n\nThere were no apologies.\n\n"
        "CONFIRMATION OF MINUTES - Ordinary Meeting - 25 March 2019\n\n"
        "41  RESOLVED on the MOTION of Councillor Carl Dee seconded Councillor Edna Fay that "
        "the minutes of the Ordinary Meeting of 25 March 2019 be confirmed.\n\n"
        "DECLARATIONS OF INTEREST\n\nThere were no declarations of interest.\n"
    )
    assert "CONFIRMATION OF MINUTES - Ordinary Meeting - 25 March 2019" in item_titles(text)


def test_plain_numbers_head_the_lettered_points_under_them():
    """ "1. Call To Order" over "A." to "F.", then "2. Approval of Agenda" over "A." again:
    the letters run longer, but the numbers are the outline's top level."""
    text = (
        "1. Call To Order\nA. Call to Order\nPresident Ann Bee called the meeting to order.\n"
        "B. Roll Call\nPresident Bee called the roll.\nC. Welcome Guests\nThe guests were "
        "welcomed.\nD. Welcome Message\nDirector Carl Dee shared the message.\nE. Land "
        "Recognition\nDirector Dee read it.\nF. Flag Salute\nThe room said the pledge.\n"
        "2. Approval of Agenda\nA. Approval of the Agenda for the Regular Meeting\n"
        "Motion by Director Dee to approve the agenda. Motion carried 5-0.\n"
    )
    assert items_of(text) == [("1", "Call To Order"), ("2", "Approval of Agenda")]


def test_an_items_number_with_a_stop_and_a_spaced_colon():
    text = (
        "Item 1. : Confirmation of Minutes\n\nThe minutes were adopted.\n\nItem 2: Roads\n\nNoted."
    )
    assert item_titles(text) == ["Confirmation of Minutes", "Roads"]


def test_flattened_minutes_of_a_years_meeting_with_dashes_counting_from_one():
    """ "07-03-1 Present ... 07-03-2 Apologies ...": the year in two figures, the meeting,
    then the minute from 1, run together on one line."""
    flattened = (
        "Minutes of the Meeting of the Council held on 7th March 2007 07-03-1 Present Cllrs A "
        "Bee (In the Chair), C Dee and E Eff 07-03-2 Apologies G Hay and PC Ian Jay. 07-03-3 "
        "Declaration of Interest None were declared. 07-03-4 Minutes The Minutes of the "
        "meeting held on 7th February 2007 were approved and signed by the Chairman. 07-03-5 "
        "Matters Arising The Clerk had written to the highways department about the potholes "
        "on the main road and to the owner of the field about the hedge by the footpath."
    )
    assert item_numbers(flattened) == [f"07-03-{n}" for n in range(1, 6)]


def test_flattened_minutes_named_with_no_in_lower_case_and_a_dash():
    """ "Minute no. 2 - Apologies for Absence ...": the word, "no." in lower case, the
    count, a dash and the title, run together on one line."""
    flattened = (
        "Minutes of the Council Meeting of the Community Council held on Wednesday 5th "
        "December 2018 Minute no. 1 \u2013 Members Present Councillors: A Bee, C Dee and E Eff. "
        "Minute no. 2 - Apologies for Absence Apologies for absence were received from "
        "Councillor G Hay. Minute no. 3 \u2013 Declarations of Interest Councillor A Bee declared "
        "an interest in the hall. Minute no. 4 \u2013 Chairman\u2019s Announcements The Chairman "
        "reported that he had attended a concert and the Remembrance Sunday events."
    )
    assert item_numbers(flattened) == [f"Minute no. {n}" for n in range(1, 5)]


def test_flattened_items_numbered_without_a_stop_over_their_dotted_points():
    """ "... at 1830 1 Apologies ... 4 Matters arising: 4.1 printer ... 4.2 ...": the points'
    numbers stand out in the flattened line, but the items are the plain count around
    them."""
    flattened = (
        "Minutes of the Committee Meeting: Monday 27 February, Bank House Present: Ann Bee, "
        "Carl Dee, Edna Fay The Chairman opened the Meeting at 1830 1 Apologies for Absence: "
        "Gus Hale 2 Grant application, Heritage Fund The Committee received a presentation "
        "from Ida Jones on the archive. 3 Minutes of the Meeting 9/1/12 \u2013 accepted, signed "
        "by the Chairman 4 Matters arising: 4.1 printer for the new PC \u2013 Carl had taken "
        "this forward. 4.2 Trophies project \u2013 the cabinet is ordered. 4.3 Master key "
        "\u2013 Edna has it. 5 Chairman\u2019s Matters: 5.1 Broadband \u2013 the line is in. "
        "5.2 New Company \u2013 the papers are filed. 5.3 Friday evenings \u2013 well attended."
    )
    assert item_numbers(flattened) == ["1", "2", "3", "4", "5"]


def test_a_flattened_page_wrapped_at_a_margin_is_read_as_its_paragraph():
    """A page run onto one line, then wrapped at 78 characters by a plain-text copy: its
    items start mid-line ("... M Low ATTENDING ... 1. OPEN DISCUSSION ..."); joined again
    where the lines ran to the margin, it reads as the flattened page does."""
    page = (
        "HILLCOTE PARISH COUNCIL Minutes of the meeting held on 6 August 2019 at the Village "
        "Hall PRESENT A Bee (Chairman) C Dee E Eff G Hay ATTENDING I Jay (Clerk) Ward "
        "Councillor K Lee 1. OPEN DISCUSSION FOR THE PUBLIC Not required 2. APOLOGIES All "
        "members present 3. DECLARATIONS OF INTEREST A Bee declared an interest in planning "
        "application 192122 which was recorded in the register. 4. MINUTES OF THE LAST "
        "MEETING These were agreed and signed by the Chairman. 5. ACTION POINTS FROM THE "
        "MINUTES The Clerk had circulated the report of the meeting with the highways "
        "authority and the investigations that they had carried out and their conclusions. "
        "Following discussion the meeting accepted the findings. 6. REPORT FROM WARD "
        "COUNCILLOR The monthly report had been circulated to all members. 7. PLANNING "
        "MATTERS Review of applications received since the last meeting and the comments "
        "submitted. 8. FINANCE MATTERS The accounts were noted and two payments approved."
    )
    wrapped = textwrap.fill(page, 78)
    assert item_numbers(wrapped) == [str(n) for n in range(1, 9)]


def test_flattened_minutes_counted_in_five_figures_before_titles_in_capitals():
    """ "... present. 14235 ELECTION OF CHAIRMAN ...": a long-lived council's running count
    of minutes, run together on one line, before titles in capitals."""
    flattened = (
        "MINUTES OF THE ANNUAL MEETING OF THE TOWN COUNCIL HELD IN THE CHURCH HALL ON MONDAY, "
        "14TH MAY 2007 AT 6PM PRESENT: Councillor A. Bee (chairman), Councillors C. Dee, E. "
        "Eff and G. Hay, and the clerk I. Jay. There were 6 members of the public present. "
        "14235 ELECTION OF CHAIRMAN FOR 2007-08 On the proposition of Councillor Dee it was "
        "agreed to elect Councillor Bee as chairman. 14236 WELCOME TO NEW COUNCILLORS The "
        "chairman welcomed two new councillors. 14237 ELECTION OF VICE-CHAIRMAN FOR 2007-08 "
        "It was agreed to elect Councillor Eff. 14238 ELECTION OF COMMITTEES The committees "
        "were elected as listed in the appendix to these minutes."
    )
    assert item_numbers(flattened) == ["14235", "14236", "14237", "14238"]


def test_the_openings_business_in_capitals_before_the_numbers_is_an_item():
    """ "INVOCATION AND PLEDGE" before "1. PRESENTATIONS ...": the meeting's opening
    business, in the capitals of the numbered titles, is an item with no number; "MINUTES"
    and "APOLOGIES" over who came are not."""
    text = (
        "PRESENT: Chair Ann Bee, Vice Chair Carl Dee, Commissioners Edna Fay and Gus Hale\n\n"
        "INVOCATION AND PLEDGE\n\n\n\n"  # its heading alone, the minute nothing more
        "1. PRESENTATIONS TO OUTGOING CHAIRPERSON\n\nThe board thanked Commissioner Fay.\n\n"
        "2. APPOINTMENTS TO COMMITTEES\n\nThe chair read the appointments for the year.\n"
    )
    assert items_of(text) == [
        ("", "INVOCATION AND PLEDGE"),
        ("1", "PRESENTATIONS TO OUTGOING CHAIRPERSON"),
        ("2", "APPOINTMENTS TO COMMITTEES"),
    ]
    roll = text.replace("INVOCATION AND PLEDGE", "APOLOGIES")
    assert [number for number, _ in items_of(roll)] == ["1", "2"]


def test_a_flattened_page_in_capitals_is_read_as_printed_when_its_case_tells_nothing():
    """All in capitals and run onto one line: read in sentence case, "1 welcome 2
    acknowledgement we acknowledge ..." has no heading left; read as printed, the count
    before each title in capitals does."""
    page = (
        "MINUTES OF ORDINARY MEETING OF THE SHIRE COUNCIL HELD ON WEDNESDAY 13 JUNE 2012 AT "
        "THE MUNICIPAL OFFICE AT 9:30 AM 1 WELCOME 2 ACKNOWLEDGEMENT WE ACKNOWLEDGE THE "
        "TRADITIONAL OWNERS OF THE LAND ON WHICH WE MEET TODAY. 3 PRAYER THE MAYOR READ THE "
        "PRAYER OF THE COUNCIL. 4 PRESENT CRS A BEE, C DEE, E EFF AND G HAY. 5 APOLOGIES CR "
        "I JAY 6 CONFIRMATION OF MINUTES MOVED CR C DEE SECONDED CR E EFF THAT THE MINUTES "
        "OF THE ORDINARY MEETING OF COUNCIL HELD ON 9 MAY 2012 BE CONFIRMED. CARRIED 7 "
        "FLOODWAY WORKS THE FLOODWAY AT THE CREEK HAS BEEN COMPLETED AND SEALED AND THE "
        "DIRECTOR REPORTED THAT THE WORKS CAME IN UNDER THE BUDGET SET FOR THEM IN MARCH."
    )
    items = parse_bytes(page.encode(), "minutes.txt").items
    assert [item.number for item in items][:6] == ["1", "2", "3", "4", "5", "6"]


def test_a_narrow_list_is_no_page_of_wrapped_words():
    """Twenty lines "1. A": all of one length, but a list's, not words wrapped at a margin;
    nothing to join (a page would be read twice for nothing)."""
    lines = split_lines("1. A\n" * 20)
    assert wrapped_lines_joined(lines) is lines


def test_a_tables_cell_mark_between_a_minute_reference_and_its_title():
    """ "212/19 / Footpaths": a page that marks a table's cells with " / " put one between
    each reference and its title, and between each lettered point and its text; the first
    heading follows a list of names whose last comma says nothing of a sentence."""
    text = (
        "Monthly Meeting\nTuesday 3rd March 2020\n"
        "Present: Mr A. Kerr (Chairman), Mrs B. Lund, Mr C. Moss,\n"
        "Apologies: Mrs D. Nye, Mr E. Pratt,\n"
        "212/19 / Footpaths\nPath Reports\n"
        "a) / The stile at Hill Farm has been repaired.\n"
        "b) / Nil.\n"
        "213/19 / Approval of Minutes\n"
        "a) / The minutes of the last meeting were approved.\n"
        "214/19 / Correspondence\nA letter from the school was read.\n"
    )
    assert items_of(text) == [
        ("212/19", "Footpaths"),
        ("213/19", "Approval of Minutes"),
        ("214/19", "Correspondence"),
    ]


def test_a_tallys_count_between_vote_labels_is_no_item():
    """ "YEA(s)     3     NAY(s)     0": a vote's tally set out in cells across the line;
    its count is no item's number, and the order of business above it is the item."""
    text = (
        "Minutes\nBRANTFORD TOWNSHIP TRUSTEES\nMARCH 7TH, 2006 REGULAR MEETING\n\n"
        "ORDER OF BUSINESS NO. 1\n\nReview and approval of minutes of the previous session.\n\n"
        "The Chairman asked for a motion to approve the minutes.\n\n"
        "MOTION:\nAl Reyes\n\nSECOND:\nBo Sims\n\n"
        "YEA(s)         3       NAY(s)         0          Passed        X\n\n"
        "The minutes were approved.\n"
    )
    assert item_numbers(text) == ["1"]


def test_headings_in_capitals_printed_at_the_end_of_the_paragraph_before():
    """ "... were also in attendance. PRAYER AND NATIONAL ANTHEM" / "Those present stood
    ...": a PDF's paragraphs carried each heading up to the end of the one before; a
    single word in capitals there ("CARRIED") is the paragraph's outcome."""
    text = (
        "MINUTES OF THE ORDINARY MEETING OF ELMSBURY SHIRE COUNCIL, HELD ON TUESDAY, "
        "3 JUNE 2008\n\nPRESENT\n\n"
        "Crs. A.B. Cole (Mayor), D.E. Fox and G.H. Hart. The General Manager was also in "
        "attendance. PRAYER AND NATIONAL ANTHEM\n\n"
        "Those present stood for the prayer and the singing of the National Anthem. "
        "CONFIRMATION OF MINUTES\n\n"
        "That the minutes of the meeting held on 6 May 2008 be confirmed. CARRIED\n\n"
        "The Mayor thanked the staff for their work on the show. MAYORAL REPORT\n\n"
        "The Mayor reported on her meetings with the Minister.\n"
    )
    titles = item_titles(text)
    assert titles[-3:] == [
        "PRAYER AND NATIONAL ANTHEM",
        "CONFIRMATION OF MINUTES",
        "MAYORAL REPORT",
    ]


def test_bulleted_label_paragraphs_flattened_into_one_line():
    """ "... (KA) - Apologies: Ann Bee - Update from Police: No officers ...": a page of
    bulleted "Title: text" paragraphs that came out as one line is read at its bullets."""
    text = " ".join(
        [
            "Kelso Vale Community Council - Minutes of the meeting held in the village hall",
            "- Welcome: The Chair welcomed everyone. Those present were: Ann Bee (AB) - Chair;",
            "Cy Dee (CD) - Treasurer; Councillor Eve Fox (EF)",
            "- Apologies: Gil Hay (GH), Councillor Ida Jay (IJ)",
            "- Update from Police: No officers attended but the monthly bulletin was received.",
            "- Treasurer's Report: CD presented the accounts and these were agreed.",
            "- Planning Matters: - Barn conversion at Mill Farm - Refused",
            "- Extension at 4 Kirk Road - Approved",
            "- Roads Matters: AB reported that the bridge closure would end next week.",
            "The road sweeper will visit in October, and the verges have been cut twice.",
        ]
    )
    assert item_titles(text) == [  # the welcome, with those present, opens the meeting
        "Apologies",
        "Update from Police",
        "Treasurer's Report",
        "Planning Matters",
        "Roads Matters",
    ]


def test_flattened_minutes_numbered_on_from_the_years_count_with_a_bracket():
    """ "... (x2) 311) Apologies. Councillor ... 312) Declarations of Interest. The Chair
    ...": a page flattened into one line, its minutes counted on through the year."""
    text = (
        "TOWN COUNCIL Minutes of the Ordinary Meeting of Council held in the Council Chamber "
        "on Wednesday, 8th March, 2023 at 6.00 p.m. Present: Councillors A. Bee (Chair) C. Dee "
        "E. Fox In Attendance: Town Clerk - Mrs G. Hay Also Present: Youth Forum members (x2) "
        "311) Apologies. Councillor I. Jay and K. Lee 312) Declarations of Interest. The Chair "
        "reminded Members to declare their interests as and when necessary. 313) Youth Forum "
        "The members of the Youth Forum described their work on the skate park and answered "
        "questions. 314) Policing matters The Sergeant reported on speeding near the school "
        "and the new patrols in the town centre.\n"
    )
    assert item_numbers(text) == ["311", "312", "313", "314"]


def test_numbered_paragraphs_under_a_roll_call_that_wraps():
    """ "Roll Call: Present: ..." wrapped at the margin: its last line ("Secretary Cy Dee,
    and Visitors") is the list's end, not a section's title over the numbered paragraphs."""
    text = (
        "ELMWOOD SCHOOL BOARD MINUTES\n\nMay 3, 2021\n\n"
        "Roll Call: Present: President Ann Bee, Director Gil Hay, Director Ivy Jay, Director\n"
        "Kim Lee and\n"
        "Vice-President Max Orr. Also present, Superintendent Ned Park, Board\n"
        "Secretary Cy Dee, and Visitors\n\n"
        "1. President Bee called the meeting to order at 7:02 p.m.\n"
        "2. Hay moved to approve the agenda. Seconded by Jay. Vote CARRIED Unanimously.\n"
        "3. The Board reviewed the spring enrollment figures. No action was taken.\n"
        "4. Lee moved to approve the consent agenda. Seconded by Orr. Vote CARRIED\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4"]


def test_numbered_paragraphs_after_a_blank_below_a_line_wrapped_at_a_dash():
    """A page wrapped at 78 whose attendance line breaks after a dash ("... Vice Chair
    Edward Foxtonley –"), as a list's opening ends; a blank line, then numbered paragraphs wrapped at
    the margin: a list's entry never wraps past a blank line, so they are items, not its
    entries."""
    paragraphs = [
        "Elmton Community Council Meeting",
        "Tuesday 28 March 2017 at 7.30pm in Room 205 Elmton Community Centre",
        "Present: Ann Beecham \u2013 Chair Cyril Dee \u2013 Vice Chair Edward Foxtonley \u2013 "
        "Secretary Janet Pemberton - Treasurer Alda Ormsby Edwin Quayle Helen Rowe",
        "Cllr Oliver Thistle - Ex Officio Member Cllr Petra Umber - Ex Officio Member",
        "Attending: PC Walter Yardley - Police ; Norma Zetland; Quentin Albright-Cole",
        "Apologies: Rory Ashdown, Sally Bramwell, Tom Crouch - Ex Officio Member, Cllr Ursula "
        "Dunmore \u2013 Ex Officio Member, Victor Elms MP - Ex Officio Member",
        "1. Welcome The Chair opened the March 2017 meeting of the Elmton Community Council "
        "and welcomed those attending.",
        "2. Minute of the Elmton Community Council Meeting \u2013 31 January 2017 The minute of "
        "the 31 January 2017 meeting was approved.",
        "3. PC Yardley reported on the crimes in Elmton and the villages around it that had "
        "been recorded in March 2017, among them a break-in at the village shop.",
        "4. Elmton Community Council Finances Prior to the meeting the Secretary had circulated "
        "to the community councillors a copy of the approved budget for the year.",
    ]
    text = "\n\n".join("\n".join(textwrap.wrap(p, 78)) for p in paragraphs) + "\n"
    assert [number for number, _ in items_alone(text)] == ["1", "2", "3", "4"]
    first = heading_candidates(split_lines(text), width=78)[0]
    assert first.number == "1" and first.evidence.score >= 1


def test_a_flattened_page_wrapped_at_a_margin_with_a_page_number_first():
    """A page run onto one line and then wrapped at 78, its first words a page's number
    ("1 Page 1 of 9 ..."): one number alone is no numbering, so the page is read again with
    its lines joined, at its headings in capitals."""
    flat = (
        "1 Page 1 of 9 STATE OF GEORGIA COUNTY OF ELM The Elm County Board of Commissioners "
        "held a Regular Meeting at 9:00 a.m., on Tuesday, March 7, 2023, in the Community "
        "Room of the County Administration Building. Those present were: Ann Bee, Chair; Cy "
        "Dee, District I Commissioner; Ed Fox, District II Commissioner. INVOCATION The "
        "Invocation was given by Gil Hay, Fire Chief. PLEDGE OF ALLEGIANCE The Pledge of "
        "Allegiance is recited. CALL TO ORDER Ann Bee, Chair, called the Regular Meeting of "
        "the Board to order. ACCEPTANCE OF THE AGENDA Commissioner Dee made a motion to "
        "accept the agenda as presented. Commissioner Fox seconded the motion. The motion "
        "carried unanimously. PUBLIC COMMENTS There were no public comments at this meeting."
    )
    text = "\n".join(textwrap.wrap(flat, 78)) + "\n"
    titles = item_titles(text)
    assert titles[-5:] == [
        "INVOCATION",
        "PLEDGE OF ALLEGIANCE",
        "CALL TO ORDER",
        "ACCEPTANCE OF THE AGENDA",
        "PUBLIC COMMENTS",
    ]


def test_a_number_alone_over_its_title_and_its_first_lettered_point():
    """ "4" / "ADOPTION OF MINUTES" / "a)" / "Regular Minutes June 2": the lettered point
    below the title is the item's first point, not a sentence the title wraps into."""
    text = (
        "1\nCALL TO ORDER\nThe Chair called the meeting to order at 12:05 pm.\n"
        "2\nADOPTION OF AGENDA\nMoved by A. Bee\nSeconded by C. Dee\n"
        "THAT the agenda be adopted as presented.\nCARRIED\n"
        "3\nADOPTION OF MINUTES\na)\nRegular Minutes June 2, 2015\nMoved by A. Bee\n"
        "Seconded by C. Dee\nTHAT the minutes of June 2, 2015 be adopted as presented.\n"
        "CARRIED\n"
        "4\nNEW BUSINESS\nThe Commission discussed the sign bylaw.\n"
    )
    assert item_numbers(text) == ["1", "2", "3", "4"]


def test_a_flattened_page_wrapped_at_a_margin_read_joined_when_that_finds_more_items():
    """A page run onto one line, then wrapped at 78: its numbers mostly fall mid-line, so
    the lines are joined again and read whole when that finds more items than the wrapped
    lines do (not only twice as many)."""
    follow_up = " The Clerk will follow this up."
    flat = " ".join(
        [
            "MINUTES OF THE MEETING OF ELMBRIDGE PARISH COUNCIL HELD ON 2 MAY 2023 Present: "
            "Cllr Bee (Chair), Cllr Dee, Cllr Fox, Cllr Hay.",
            "1. Apologies Apologies were received from Cllr Dee and Cllr Fox.",
            "2. Declarations of Interest Cllr Hay declared an interest in the playing field item.",
            "3. Minutes of the Last Meeting The minutes of the meeting held on 4 April were "
            f"approved and signed.{follow_up}",
            "4. Playing Field The new gate has been fitted and the grass was cut twice in May.",
            "5. Highways Potholes on Mill Lane have been reported to the county council again."
            + follow_up,
            "6. Correspondence A letter from the school about the summer fair was read and noted.",
        ]
    )
    text = "\n".join(textwrap.wrap(flat, 78)) + "\n"
    assert item_numbers(text) == ["1", "2", "3", "4", "5", "6"]


def test_a_flattened_page_wrapped_at_a_margin_is_read_joined_when_that_finds_as_many_items():
    """Numbered paragraphs of a page run onto one line, then wrapped at 78: the wrapped
    lines find every number (counted across the lines), but their titles stop where a
    line ran to the margin ("... from the"); the joined lines find as many and read each
    title whole, so they are read."""
    flat = (
        "BoS Meeting Minutes June 7, 2021 7:30 PM Ann Bee called the meeting to order at 7:30 "
        "p.m. Present: Ann Bee and Cy Dee 1. Cy Dee moved to approve the minutes of the Elmton "
        "Board of Selectmen Meeting of May 24, 2021. Ann Bee seconded. Motion passed unanimously. "
        "2. An Elmton resident asked about the schedule for paving Mill Road this summer. 3. Cy "
        "Dee moved to approve the tax refunds as recommended by Ed Fox, Tax Collector, in his "
        "memo of June 1, 2021. Ann Bee seconded. Motion passed unanimously. 4. Cy Dee moved to "
        "approve the bid award for ROAD SALT as recommended by Gil Hay, Director of Public Works "
        "in his letter to the Board of Selectmen dated June 3, 2021. Motion passed unanimously. "
        "5. Cy Dee moved to accept the resignation of Ivy Jay from the Elmton Library Board of "
        "Trustees with great thanks for her years of service. Ann Bee seconded. Motion passed "
        "unanimously. 6. Cy Dee moved to appoint Kim Lee to the Cemetery Committee for a term "
        "ending June 30, 2024. Ann Bee seconded. Motion passed unanimously."
    )
    items = items_of("\n".join(textwrap.wrap(flat, 78)) + "\n")
    assert [number for number, _ in items] == ["1", "2", "3", "4", "5", "6"]
    assert items[4][1].endswith("Elmton Library Board of Trustees with great thanks for her "
                                "years of service")  # fmt: skip
    assert items[5][1] == "Cy Dee moved to appoint Kim Lee to the Cemetery Committee for a term ending June 30, 2024"  # fmt: skip


def test_headings_in_capitals_with_text_under_them_between_numbered_ones_are_items():
    """A council's items numbered "1.", "2.", "3." in capitals, with business the numbers
    skip headed in capitals between them ("MAJOR ITEM NOT ON THE AGENDA" after item 1's
    text): items too. A line in capitals that carries on a numbered title, or repeats one,
    is none."""
    text = (
        "Minutes of an ordinary meeting of the Elmford District Council held on Tuesday 15 "
        "August 2023 at 6.00pm\n\nPUBLIC BUSINESS\n\n1. APOLOGIES\n\nThere were no apologies."
        "\n\nMAJOR ITEM NOT ON THE AGENDA\n\nMembers noted that the harbour report would be "
        "taken at the next meeting.\n\n2. PUBLIC COMMENT\n\nMs Ann Bee spoke about parking on "
        "Mill Road.\n\nPRECEDENCE OF BUSINESS\n\nWith the approval of the meeting, item 4 was "
        "taken before item 3.\n\n3. RECEIPT OF THE HARBOUR BOARD'S\nANNUAL REPORT\n\nThe "
        "report was received.\n\nPUBLIC COMMENT\n\nNo further comments were made.\n\n"
        "4. MAYORAL STATEMENT\n\nThe Mayor thanked staff for their work.\n"
    )
    assert items_alone(text) == [
        ("1", "APOLOGIES"),
        ("", "MAJOR ITEM NOT ON THE AGENDA"),
        ("2", "PUBLIC COMMENT"),
        ("", "PRECEDENCE OF BUSINESS"),
        ("3", "RECEIPT OF THE HARBOUR BOARD'S ANNUAL REPORT"),
        ("4", "MAYORAL STATEMENT"),
    ]


def test_a_bare_page_number_before_the_meetings_name_is_no_item_over_a_stopped_one():
    """A document-sharing site's pages, each flattened after its number: "1 County of
    Elmford Meeting of County Council Minutes 1. Call To Order ...". The bare "1" is the
    page's and the words after it name the meeting; the items are "1." on."""
    text = (
        "County of Elmford Meeting of County Council Minutes Wednesday, March 8, 2023\n\n"
        "Transcription\n\n"
        "1 County of Elmford Meeting of County Council Minutes 1. Call To Order A quorum of "
        "Council being present, Warden Bee called the meeting to order at 9:30 a.m. 2. "
        "Invocation Warden Bee led Council in prayer. 3. Declaration of Pecuniary Interest "
        "Councillor Dee declared an interest in item 7. 4. Roll Call The Clerk conducted the "
        "roll call. Present: Warden Bee, Councillors Dee, Fox and Hay.\n\n"
        "2 5. Adoption of Agenda Moved by Councillor Fox, seconded by Councillor Hay that the "
        "agenda be adopted as circulated. Carried.\n"
    )
    assert items_alone(text) == [
        ("1", "Call To Order"),
        ("2", "Invocation"),
        ("3", "Declaration of Pecuniary Interest"),
        ("4", "Roll Call"),
        ("5", "Adoption of Agenda"),
    ]


def test_the_last_of_a_list_of_people_is_no_title_though_running_text_follows_it():
    """An attendance list printed a name a line, blank lines between: its last entry has the
    minutes' first sentence under it, as a title would, but the lines above name people as
    it does ("Clr ..."), so it is the list's, not an item."""
    spacer = "\u00a0"
    members = ["Clr Ann Bee - Chairperson", "Clr Cy Dee", "Clr Ed Fox", "Clr Gil Hay (Remotely)",
               "Clr Ivy Jay", "Clr Kim Lee"]  # fmt: skip
    text = "\n\n".join([
        "Minutes of the Ordinary Meeting", spacer, spacer,
        "Meeting Date:     Monday, 4 March 2024",
        "Location:            Council Chambers, Civic Building, Bridge Road, Elmford",
        "Time:                   5.33pm", spacer, "The following members were present:", spacer,
        *members, spacer, spacer,
        "The Chairperson read a statement advising those present that the meeting is recorded.",
        "The meeting was opened by the Chairperson with a minute's silence.", spacer, spacer,
        "Apologies / Leave of Absence", "An apology was received from Clr Mo Ng.",
        "Confirmation of the Minutes",
        "That the Minutes of the Ordinary Meeting held on 5 February 2024 be confirmed.",
        "Declaration of Interests", "Nil",
    ])  # fmt: skip
    assert item_titles_alone(text) == [
        "Apologies / Leave of Absence",
        "Confirmation of the Minutes",
        "Declaration of Interests",
    ]
    opening = parse_bytes(text.encode(), "minutes.txt").meeting.opening
    assert "read a statement advising those present" in opening  # still searched


def test_a_title_in_capitals_run_into_the_first_sentence_under_the_heading_date_heads_an_item():
    """ "CALL TO ORDER Mayor Bee called the meeting to order at 7: 13 p.m." straight under
    the heading's date line: the date alone ends the heading, so the line opens a paragraph,
    and the time's colon ("7: 13", spaced by a scan) is no label's."""
    text = (
        "MINUTES OF THE REGULAR MEETING OF\nTHE MAYOR AND BOARD OF TRUSTEES\n"
        "OF THE VILLAGE OF ELMWOOD\nNovember 6, 2007\n"
        "CALL TO ORDER Mayor Bee called the meeting to order at 7: 13 p.m.\n"
        "ROLL CALL\nPresent:\nMayor Ann Bee\nTrustee Cy Dee\n"
        "PLEDGE OF ALLEGIANCE\nTrustee Dee led the Pledge of Allegiance.\n"
        "APPROVAL OF MINUTES\nTrustee Dee moved to approve the minutes of October 16, 2007.\n"
    )
    assert item_titles_alone(text)[:3] == ["CALL TO ORDER", "ROLL CALL", "PLEDGE OF ALLEGIANCE"]


def test_who_sent_apologies_above_the_first_numbered_item_is_the_attendance_not_an_item():
    """ "APOLOGIES: Councillor I Dee" in the heading's block, the business numbered below it:
    the attendance's last part. The meeting keeps the names as its apologies."""
    text = (
        "ELMFORD TOWN COUNCIL\n\nMinutes of the meeting held on 5 June 2017\n\n"
        "PRESENT: The Town Mayor, Councillors A Bee, C Cole and E Fox\n\n"
        "The Town Clerk was in attendance\n\nAPOLOGIES: Councillor I Dee\n\n"
        "1.0 DECLARATIONS OF INTEREST\n\nNone were declared.\n\n"
        "2.0 HARBOUR WALL\n\nThe repairs will start in July.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [(item.number, item.title) for item in document.items] == [
        ("1.0", "DECLARATIONS OF INTEREST"),
        ("2.0", "HARBOUR WALL"),
    ]
    assert any("Dee" in name for name in document.meeting.apologies)


def test_a_long_title_in_capitals_keeps_its_brackets_and_a_proposed_by_law_is_no_mover():
    """A report's long title in capitals, with a section's "(3)" and a colon, then the
    minute's sentence on the same line; "NEW PROPOSED BY-LAWS" is a title, not "New"
    and a motion proposed by someone."""
    title = (
        "REPORT IN TERMS OF SECTION 14 (3) OF THE FINANCE ACT: REASONS FOR THE DELAY IN "
        "COMPLETING THE ANNUAL REPORT AND SUBMISSION OF OTHER PARTS OF THE ANNUAL REPORT"
    )
    text = (
        "1. OPENING\n\nThe Speaker opened the meeting.\n\n"
        f"2. {title} The item was referred back to be dealt with at a later meeting.\n\n"
        "3. NEW PROPOSED BY-LAWS : STREET TRADING CONTROL\n\n"
        "RESOLVED that the by-laws be adopted.\n"
    )
    assert [t for _, t in items_of(text)] == [
        "OPENING",
        title,
        "NEW PROPOSED BY-LAWS : STREET TRADING CONTROL",
    ]


def test_who_presents_an_item_named_under_its_title_is_no_title():
    """A club's AGM notes: each title, then the name of who gave the report and their
    role's letters, then the report."""
    text = (
        "Welcome and Opening Statement\n\nTamsin Oduya GSL\n\n"
        "The Group Leader welcomed everyone and thanked the leaders for a busy year.\n\n"
        "Finance Statement\n\nKerri Vantongeren Treasurer/AT\n\n"
        "The Treasurer gave an overview of the accounts, posted on the notice board.\n\n"
        "Beavers\n\nLisbet Quarrie BL\n\n"
        "The Beaver leader gave a summary of the colony's year and thanked her helpers.\n\n"
        "Police Scotland\n\nNo report was received this month from the local officers.\n"
    )
    assert item_titles(text) == [
        "Welcome and Opening Statement",
        "Finance Statement",
        "Beavers",
        "Police Scotland",
    ]


def test_an_items_first_point_marked_after_its_number_gives_its_title():
    """ "6) (a) Harbour Police – Since the last meeting ...": the item's number, its first
    point's letter, then the point's title: the item reads with that title."""
    text = (
        "1) Apologies\n\nApologies were received from Cllr Bee.\n\n"
        "2) (a) Harbour Police \u2013 Since the last meeting there have been 12 incidents "
        "attended by the police in the town area.\n\n"
        "(b) Fire Service \u2013 No report was received.\n\n"
        "3) Any Other Business\n\nThere was none.\n"
    )
    assert items_of(text)[:2] == [("1", "Apologies"), ("2", "Harbour Police")]


def test_flattened_sections_lettered_before_titles_in_capitals_are_items():
    """A PDF's text run onto one line: the attendance, then sections lettered A, B, C before
    titles in capitals, each with its text, the minutes approved numbered 1, 2 inside one,
    and an outcome in capitals ("ACCEPTED") that heads nothing."""
    line = (
        "MINUTES OF THE DISTRICT OF ELMVALE REGULAR COUNCIL MEETING MARCH 8, 2016 COUNCIL "
        "CHAMBERS PRESENT: Mayor Ann Bee and Councillors Cy Dee, Ed Fay and Gil Hay ALSO "
        "PRESENT: Ida Jay, Chief Administrative Officer REGRETS: None MEDIA: Elmvale Gazette "
        "A. CALL TO ORDER Mayor Bee called the meeting to order at 7:00pm. B. APPROVAL OF "
        "AGENDA Moved/Seconded/Carried 2016-041 THAT the agenda for the Regular Council "
        "meeting of March 8, 2016 be accepted as presented. C. ADOPTION OF MINUTES 1. Minutes "
        "of the Special Meeting of Council held February 23, 2016. 2016-042 Moved/Seconded/"
        "Carried THAT the minutes of the Special Meeting be accepted as presented. ACCEPTED "
        "2. Minutes of the Regular Council meeting held February 23, 2016. 2016-043 Moved/"
        "Seconded/Carried THAT the minutes of the Regular Council meeting be accepted as "
        "presented. ACCEPTED D. DELEGATIONS There were no delegations. E. CORRESPONDENCE "
        "The letter from the library board was received for information."
    )
    items = parse_bytes(line.encode(), "minutes.txt").items
    assert [(item.number, item.title) for item in items] == [
        ("A", "CALL TO ORDER"),
        ("B", "APPROVAL OF AGENDA"),
        ("C", "ADOPTION OF MINUTES"),
        ("D", "DELEGATIONS"),
        ("E", "CORRESPONDENCE"),
    ]


def test_a_contents_tables_title_and_header_row_are_no_items():
    """Minutes that are only their contents table so far: its title ("... TABLE OF
    CONTENTS") and its header row ("ITEM SUBJECT PAGE") head nothing; the entries do."""
    text = (
        "ELMVALE REGIONAL COUNCIL\n\nGENERAL MEETING MINUTES\n\nOn Tuesday 4 June 2013\n\n"
        "GENERAL MEETING MINUTES TABLE OF CONTENTS\n\nITEM SUBJECT PAGE\n\n"
        "E/1 MAYORAL STATEMENT ON CURRENT ISSUES ................................ 3\n\n"
        "E/2 MESSAGES OF CONDOLENCE ............................................ 4\n\n"
        "E/3 CONFIRMATION OF MINUTES ........................................... 4\n\n"
        "E/4 BUSINESS ARISING FROM MINUTES ..................................... 4\n\n"
        "E/5 OFFICERS' REPORTS ................................................. 5\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    assert [item.title for item in items] == [
        "MAYORAL STATEMENT ON CURRENT ISSUES",
        "MESSAGES OF CONDOLENCE",
        "CONFIRMATION OF MINUTES",
        "BUSINESS ARISING FROM MINUTES",
        "OFFICERS' REPORTS",
    ]


def test_a_cover_pages_notes_before_the_heading_printed_again_are_no_items():
    """A cover page (the meeting's heading, a disclaimer, who signs it), then the heading
    again over the numbered minutes: the cover page's lines head nothing, and its notes stay
    searchable as the minutes' opening."""
    text = (
        "ORDINARY COUNCIL MEETING\nMinutes of the ordinary meeting\n"
        "Of Council held on Wednesday 18th March 2015\nCHIEF EXECUTIVE OFFICER\n1|Page\n"
        "DISCLAIMER\nNo responsibility whatsoever is implied or accepted by the Shire of "
        "Elmvale for any act,\nomission or statement occurring during Council Meetings.\n"
        "WRITTEN CONFIRMATION\nA B CARTER\nA/CHIEF EXECUTIVE OFFICER\n2|Page\n"
        "SHIRE OF ELMVALE\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE CHAMBERS\n"
        "ELMVALE ON WEDNESDAY MARCH 18TH 2015 AT 9.00am\n"
        "1.0\nDECLARATION OF OPENING\nThe President declared the meeting open at 9.02am.\n"
        "2.0\nRECORD OF ATTENDANCE\nCr A Bee, President\n"
        "3.0\nPUBLIC QUESTION TIME\nThere were no questions from the public.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "DECLARATION OF OPENING",
        "RECORD OF ATTENDANCE",
        "PUBLIC QUESTION TIME",
    ]
    assert "No responsibility whatsoever" in document.meeting.opening


def test_a_label_and_its_value_on_a_line_ends_it_and_the_next_title_starts_a_paragraph():
    """Lines with no blank lines between: "Apologies: Ann Bee" is whole on its line, so the
    "Minutes of last meeting: Approved: ..." below it starts a paragraph of its own and
    heads an item, as the other "Title: text" lines do."""
    text = (
        "Elmford Community Council AGM\n"
        "Minutes of the meeting held on Monday 5th October 2020 at 7.30pm\n"
        "Present: Ann Ode (Chair), Bo Pike (Secretary), Cy Quinn\n"
        "Apologies: Dee Rook\n"
        "Minutes of last meeting (12/2/20): Approved: Cy Quinn Seconded: Bo Pike\n"
        "Election of Chair: Ann Ode was nominated by Cy Quinn and seconded by Bo Pike.\n"
        "Village Flowers: Bo Pike will order the planters for the spring.\n"
        "School Crossing: The council will write to the roads department again.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "m.txt").items]
    assert "Minutes of last meeting (12/2/20)" in titles
    assert titles[-3:] == ["Election of Chair", "Village Flowers", "School Crossing"]


def test_known_business_after_the_last_numbered_item_whose_text_shares_its_line():
    """ "1 Minute The minute of ... was approved" holds its text on its heading's line, so
    "Matters Arising" alone below it, over text of its own, is business after the last
    number, not that item's wording."""
    text = (
        "Present: A Lloyd (Chair), W Dunn (Vice Chair), J Burt\n\n"
        "Apologies: Councillors G Yeats and A McGee\n\n"
        "1 Minute The minute of the meeting of 3 March 2014 was approved as a correct record.\n\n"
        "Matters Arising\n\n"
        "(a) Wind Turbine The council had hosted a public information event on the turbine.\n\n"
        "(b) Broadband Coverage The council had expressed support for faster broadband.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "m.txt").items]
    assert titles[:2] == ["Minute", "Matters Arising"]


def test_prose_minutes_that_say_what_each_agenda_item_was_are_read_item_by_item():
    """A small town's minutes as one paragraph: "Agenda item 3 was roll call. ... Agenda
    item 4 was to approve the agenda. ...": each "Agenda item N" heads an item, its title
    what the item was; "Item 6 was deferred" says what became of one, no title."""
    text = (
        "CITY OF ELMVALE CITY COUNCIL MEETING 12 Main Street March 4, 2024 At 6:00 P.M. "
        "Mayor Ode called the meeting to order. Agenda item 2 was the Pledge of Allegiance. "
        "Agenda item 3 was roll call. Council Members Fay, Hay and Mayor Ode were present. "
        "Agenda item 4 was to approve the agenda. Motion was made by Fay and seconded by Hay "
        "to approve the agenda. 3 ayes. Agenda item 5 was the Clerk's report. The clerk "
        "reported on the audit. Agenda item 6 was deferred to the April meeting. Agenda item "
        "7 was citizen's questions. There were none."
    )
    items = [(item.number, item.title) for item in parse_bytes(text.encode(), "m.txt").items]
    assert items[:4] == [
        ("Agenda item 2", "the Pledge of Allegiance"),
        ("Agenda item 3", "roll call"),
        ("Agenda item 4", "to approve the agenda"),
        ("Agenda item 5", "the Clerk's report"),
    ]
    assert not any(title.startswith(("deferred", "was")) for _, title in items)


def test_names_under_the_apologies_heading_are_who_sent_them():
    """ "Apologies for absence" over a line of names ("Ida Kell"): the apologies' text, not
    an item headed by a person, though running text follows it."""
    text = (
        "Introduction & welcome\n\nThe Chair thanked everyone for coming to the meeting.\n\n"
        "Apologies for absence\n\nIda Kell\n\n"
        "To approve the minutes of the meeting held on 6th May 2021\n\n"
        "The minutes were taken as read and agreed as a true record.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "m.txt").items]
    assert "Ida Kell" not in titles
    assert "Apologies for absence" in titles


def test_one_word_in_capitals_between_numbered_items_over_its_own_text_is_an_item():
    """ "1." / "OPENING PRAYER" ... "RECOGNITION" over the Mayor's remarks ... "2." /
    "QUESTION PERIOD": business the numbers skip, one word long."""
    text = (
        "1.\nOPENING PRAYER\n\nMayor Ode gave the opening prayer at today's meeting.\n\n"
        "RECOGNITION\n\nMayor Ode informed Council that he attended several community events "
        "on the weekend.\n\n2.\nQUESTION PERIOD\n\nCouncillor Fay asked about the bridge.\n\n"
        "3.\nCONSENT AGENDA\n\nThe consent agenda was adopted.\n"
    )
    assert item_titles(text) == [
        "OPENING PRAYER",
        "RECOGNITION",
        "QUESTION PERIOD",
        "CONSENT AGENDA",
    ]


def test_the_first_item_under_a_sections_title_and_colon_is_an_item():
    """ "Business Items:" alone, then "Title: text" paragraphs: the section's first item is
    one of them, not an entry of a list the colon introduced; a label of who came
    ("Gallery (Online):") still heads nothing."""
    text = (
        "Call to Order: Chairman Ode called the meeting to order at 5:00 p.m.\n\n"
        "Roll Call: Commissioners Fay, Hay and Chairman Ode were present.\n\n"
        "Gallery (Online): Two residents watched the meeting.\n\n"
        "Business Items:\n\n"
        "Appointment to the Recreation Board: The Commissioners received two applications "
        "and appointed Ida Kell.\n\n"
        "Senior Center Contracts: The Commissioners reviewed the contracts for the year.\n\n"
        "Budget Adjustments: The Board adopted a resolution on the budget adjustments.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "m.txt").items]
    assert "Appointment to the Recreation Board" in titles
    assert not any(title.startswith("Gallery") for title in titles)


def test_a_meetings_name_as_the_documents_first_line_heads_no_item():
    """ "Group's Annual General Meeting" first, then the notes' own line and their items: the
    document's title, not an item; its opening sentence stays the meeting's opening."""
    text = (
        "Group's Annual General Meeting\n\n"
        "Notes of the 3rd Elmvale Scout Group AGM held on Tuesday 29th March.\n\n"
        "Welcome and Opening Statement\n\nThe Group Leader welcomed everyone to the meeting.\n\n"
        "Finance Statement\n\nThe Treasurer gave an overview of the accounts for the year.\n\n"
        "Notices\n\nThe hall is available for hire on weekday evenings.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "m.txt").items]
    assert titles == ["Welcome and Opening Statement", "Finance Statement", "Notices"]


def test_a_motto_in_capitals_under_the_heading_is_no_item():
    """ "WE VALUE" over the county's values as bullets, under the heading: a motto, not the
    first item."""
    text = (
        "BOARD OF COUNTY COMMISSIONERS MEETING MINUTES\nRegular Meeting Held in the Board Room\n"
        "May 24th, 2017 at 9:02 A.M.\n\nWE VALUE\n\n- Honesty and respect for all\n"
        "- Quality service to all\n\nCALL TO ORDER\n\nChair Ode called the meeting to order.\n\n"
        "CONSENT AGENDA\n\nThe consent agenda was approved as presented.\n"
    )
    titles = [item.title for item in parse_bytes(text.encode(), "m.txt").items]
    assert titles == ["CALL TO ORDER", "CONSENT AGENDA"]


def test_a_dated_title_glued_to_who_was_present_heads_whole_minutes():
    """A document system's title, its date, a dash and "Minutes" glued to the first line of
    the text ("... - MinutesMembers Present:"): the minutes of a meeting, whose headings are
    its items, not the page of one decision a dated title heads."""
    text = (
        "HomeMy WebLinkAbout03/09/2021 - MinutesMembers Present:\n"
        "Ms. Ada Quill\nMr. Bo Tansy\n"
        "Call to Order\n"
        "Ms. Quill called the meeting to order at 7:02 p.m.\n"
        "Approval of Agenda\n"
        "Mr. Tansy made a motion to approve the agenda, which passed 4-0.\n"
        "Harbour Walk Lighting\n"
        "The Commission discussed the lighting of the harbour walk and asked staff for\n"
        "costs of two options before the next meeting.\n"
    )
    assert item_titles_alone(text) == [
        "Call to Order",
        "Approval of Agenda",
        "Harbour Walk Lighting",
    ]


def test_numbers_alone_over_untitled_paragraphs_head_the_items_under_the_documents_heading():
    """A committee system's minutes whose titles were lost: each number alone in its cell,
    the paragraph below it; "MINUTES" over who came is the document's own heading, no
    item, and a person's initial ("P. Bee raised ...") is no point lettered "P."."""
    text = (
        "The Corporation of the Town of Elmbrook\n\nCOMMITTEE OF THE WHOLE MEETING\n\n"
        "MINUTES\n\nMembers Present:\n  \u2022 Mayor Tove Arden\n  \u2022 Councillor Bo Lisle\n"
        "Staff Present:\n  \u2022 Cy Dee, Clerk\n\n"
        "1.\n\n  \n\nHer Worship Mayor Arden called the Meeting to Order at 6:02 P.M.\n\n"
        "2.\n\n  \n\nThere were no additions to the agenda\n\n"
        "3.\n\n  \n\n"
        "4.\n\n  \n\nP. Quill raised concerns about parking on the harbour road in winter. "
        "P. Quill asked for the by-law to be amended.\n\n"
        "P. Quill was thanked and left at 6:13 PM\n\n"
        "5.\n\n  \n\nR. Oduya, Treasurer, provided an overview of the audited statements.\n"
    )
    assert items_alone(text) == [
        ("1", "Her Worship Mayor Arden called the Meeting to Order at 6:02 P.M"),
        ("2", "There were no additions to the agenda"),
        ("4", "P. Quill raised concerns about parking on the harbour road in winter"),
        ("5", "R. Oduya, Treasurer, provided an overview of the audited statements"),
    ]


def test_numbers_glued_between_a_sentence_and_a_title_in_capitals_break_a_flattened_page():
    """A page flattened with no spaces where its lines broke: each number sits glued
    between the last item's end ("... anthem.", "... (9 to 0)") and the next title in
    capitals ("2.CONFIRMATION OF AGENDA")."""
    text = (
        "MINUTESREGULAR MEETING OF TOWN COUNCILMonday, March 7, 2022 at 1:00 p.m.PRESENT:"
        "Mayor A. Quill, Councillor B. Rowe, Councillor C. Sato, Councillor D. Tull"
        "ALSO PRESENTTown Clerk E. Vance1.CALL TO ORDER Mayor Quill called the meeting to "
        "order and the roll was taken, followed by the anthem.2.CONFIRMATION OF AGENDA Moved "
        "By:Councillor RoweSeconded By:Councillor SatoThat the agenda be confirmed as "
        "presented.CARRIED UNANIMOUSLY (4 to 0)3.DECLARATION OF CONFLICT OF INTEREST There "
        "were no declarations of conflict of interest.4.PUBLIC ACKNOWLEDGMENTS Councillor "
        "Tull congratulated the volunteers of the spring clean-up."
    )
    assert [title for _, title in items_alone(text)] == [
        "CALL TO ORDER",
        "CONFIRMATION OF AGENDA",
        "DECLARATION OF CONFLICT OF INTEREST",
        "PUBLIC ACKNOWLEDGMENTS",
    ]


def test_a_label_of_who_attended_is_no_heading_where_one_label_above_it_is_all_the_style():
    """ "IN ATTENDANCE:" under "APOLOGIES: Councillors ..." and over the officers present: the
    meeting's record of who came, not an item because one label in capitals above it
    would make capitals the document's style of headings."""
    text = (
        "MINUTES OF THE MARCH MEETING OF FERNDALE COUNTY COUNCIL HELD IN THE COUNTY HALL ON THE "
        "4TH OF MARCH 2013\n\nPRESENT: Councillors Ann Bee In the Chair\n\n"
        "Cy Dee Ed Fay Gus Hay Ida Jay Lu Moss Nat Orr Pia Rue Sam Tey\n\n"
        "APOLOGIES: Councillors Kit Lee Mo Nye Ros Pym\n\nIN ATTENDANCE:\n\n"
        "Messers Olu Penn, County Manager, Vic Wren, Director of Services, Ms. Ria Sol, Head of "
        "Finance, Ms. Una Vale, Administrative Officer & Ms. Zoe Ash, Executive Secretary.\n\n"
        "31. VOTE OF SYMPATHY\n\nOn the proposition of Councillor Cy Dee and unanimously agreed "
        "a vote of sympathy was extended to the Tull family on the death of Mr. Abe Tull.\n"
    )
    assert "IN ATTENDANCE" not in [title for _, title in items_alone(text)]


def test_flattened_headings_in_capitals_with_listed_subjects_and_references_but_no_acronyms():
    """A flattened board's minutes: headings in capitals that list their subjects with
    commas ("COMMUNICATIONS, DELEGATIONS, AND PETITIONS") or carry a reference before their
    text ("LEARNING AND LEADERSHIP BA-20-060 Update"); an acronym inside a name ("Elm
    STEAM Academy's") heads nothing."""
    text = (
        "MINUTES REGULAR MEETING OF THE BOARD OF DIRECTORS ELMWOOD COMMUNITY SCHOOL DISTRICT "
        "Monday, August 10, 2020 @ 5:00 p.m. ATTENDANCE Ann Bee, President; Directors Cy Dee "
        "and Ed Fay. President Bee called the meeting to order at 5:00 p.m. APPROVAL OF "
        "AGENDA Upon motion by Director Dee, and second by Director Fay, the Board approved "
        "the agenda. SUPERINTENDENT’S REPORT Superintendent Hay celebrated the naming of Elm "
        "STEAM Academy’s garden as one of the state’s best. BOARD REPORTS None to Report "
        "COMMUNICATIONS, DELEGATIONS, AND PETITIONS Jay, Ida, 12 Oak Rd NE, Elmwood, parent "
        "LEARNING AND LEADERSHIP BA-21-004 Update – Library Works (Gus Hay) The Board heard "
        "an update on the library works."
    )
    assert [title for _, title in items_alone(text)] == [
        "APPROVAL OF AGENDA",
        "SUPERINTENDENT’S REPORT",
        "BOARD REPORTS",
        "COMMUNICATIONS, DELEGATIONS, AND PETITIONS",
        "LEARNING AND LEADERSHIP",
    ]


def test_a_committee_systems_item_table_as_text_its_rule_row_titles_and_wrapped_points():
    """A committee system's item table turned into text: a rule under its header
    ("---|---|"), each row's title run into its minute's label ("Apologies Minutes: a)"),
    and the lettered points wrapped so that a mark ends a line and a name starts the next
    ("... meeting. c)" / "Rhys" / "Tudor, Corporate Director apologised ...")."""
    text = (
        "Venue: Council Chamber, Penbryn\nContact: Ann Bee\nNo. | Item |\n---|---|\n"
        "Apologies Minutes: a)\nCouncillor\nCai Dee apologised for his inability to attend "
        "the meeting as he was on\nother duties on behalf of the Council. b)\nCouncillor\n"
        "Eli Fay apologised for his inability to attend the meeting. c)\nRhys\n"
        "Tudor, Corporate Director apologised for his inability to attend the\nmeeting. |\n|\n"
        "Disclosure of personal / prejudicial interests Minutes: a) Councillors\nGwen Hale "
        "declared a personal interest in item 10. |\n|\n"
        "Personal matters Minutes: a)\nCouncillor Ivor Jones wished Lyn Moss well\n"
        "on her retirement and thanked her for her long service to the Council. |\n"
    )
    assert item_titles_alone(text) == [
        "Apologies",
        "Disclosure of personal / prejudicial interests",
        "Personal matters",
    ]


def test_a_named_item_over_a_motion_in_capitals_and_the_resolution_it_adopted():
    """Hard-wrapped minutes with one item named "Item 1": the motion in capitals wraps after
    its mover ("COUNCIL MEMBER BEE" / "MOVED, SECONDED BY ..."), its outcome carries the vote
    ("... ADOPTED UNANIMOUSLY (7-0)."), and the resolution's recitals open "WHEREAS": none of
    them heads an item. The heading's date wraps after its month."""
    text = (
        "MINUTES OF A MEETING OF THE MAYOR AND COUNCIL\nOF THE TOWN OF\n"
        "ELM HILL, NORTH CAROLINA, MONDAY, MARCH\n4, 1996, 7:00 P.M.\n"
        "Mayor Quill called\nthe meeting to order. Council Members\n"
        "in attendance were Ann Bee, Cy Dee and Ed Fay.\n"
        "Mayor Quill noted\nthat the Arts Commission would meet on Tuesday, March 5th.\n"
        "Item 1 Ceremony\nMayor Quill stated\nthat he proposed that the Council adopt a\n"
        "resolution honoring Mr. Gus Hay.\nCOUNCIL MEMBER BEE\n"
        "MOVED, SECONDED BY COUNCIL MEMBER DEE, TO ADOPT THE RESOLUTION HONORING\n"
        "GUS HAY.\nTHE MOTION WAS ADOPTED UNANIMOUSLY (7-0).\n"
        "A RESOLUTION HONORING\nTHE SERVICE OF GUS HAY TO THE ELM HILL COMMUNITY\n"
        "WHEREAS, Gus A.\nHay served as a Member of the Planning Board from 1983 to 1985; and\n"
        "WHEREAS, Gus\nHay also chaired the Greenways Task Force; and\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [(item.number, item.title) for item in document.items] == [("1", "Ceremony")]
    assert document.meeting.date == date(1996, 3, 4)


def test_the_agenda_wording_alone_stands_for_a_title_the_page_left_out():
    """A committee system's page whose rows give each title its agenda's wording: where a
    row's title was left out, its wording alone ("To receive apologies for absence.") after
    the last minute's text heads the item; a resolution's wording under its title does not."""
    text = (
        "Agenda and draft minutes\n\nCouncil - Thursday, 9th March, 2023 7.00 pm\n\n"
        "Venue: Elm Hall\n\n\n\nTo receive apologies for absence.\n\n\n"
        "Apologies for absence were received from Councillors Bee and Dee.\n\n\n"
        "Declaration of Interests\n\nTo receive declarations of interest.\n\n\n"
        "There were none.\n\n\n"
        "To receive announcements from the Chair of Council.\n\n\n"
        "The Chair thanked the volunteers of the spring fair.\n\n\n"
        "Budget 2023/24\n\nTo consider the budget.\n\n\nRESOLVED That the Council:\n\n"
        "To approve the budget as set out in the report.\n"
    )
    assert item_titles_alone(text) == [
        "To receive apologies for absence",
        "Declaration of Interests",
        "To receive announcements from the Chair of Council",
        "Budget 2023/24",
    ]


def test_flattened_in_re_headings_after_a_lists_colon_and_before_a_note_in_brackets():
    """A board's flattened minutes head each item "IN RE:", its agenda's number in brackets
    ("IN RE: (4) BUDGET TRANSFER ..."), and a heading may be followed by a note in brackets
    ("(This item was initiated by ...)") rather than its text. (The first entry after "...
    approved on consent:" is still read as that list's.)"""
    text = (
        "M I N U T E S ELM COUNTY BOARD OF SUPERVISORS MARCH 5, 2014 At a business meeting of "
        "the Board of Supervisors of Elm County held on Wednesday, March 5, 2014 at 4:00 p.m. "
        "PRESENT: Ann Bee, Chairman Cy Dee, Vice Chairman ABSENT: Ed Fay IN RE: CALL TO ORDER "
        "Chairman Bee called the business meeting to order. IN RE: ADOPTION OF CONSENT AGENDA "
        "Vice Chairman Dee moved that the Board adopt items #3 and #4 on consent. The motion "
        "passed 2-0-1. The following items were approved on consent: IN RE: (3) RESOLUTION OF "
        "COMMENDATION FOR GUS HAY (This item was initiated by Chairman Bee.) Vice Chairman Dee "
        "moved that the Board approve the Resolution of Commendation. IN RE: (4) BUDGET "
        "TRANSFER FOR ROAD REPAIRS (This item was initiated by Supervisor Dee.) The Board "
        "approved the transfer."
    )
    items = items_alone(text)
    assert [title for _, title in items][:2] == ["CALL TO ORDER", "ADOPTION OF CONSENT AGENDA"]
    assert ("4", "BUDGET TRANSFER FOR ROAD REPAIRS") in items


def test_a_rows_title_in_title_case_ending_with_a_stop_is_whole():
    """A committee system's row whose title, in title case, ends with a full stop ("To
    Confirm the Minutes from the Previous Council Meeting. Minutes: ..."): the stop closes
    the title; no sentence starts at "Council"."""
    text = (
        "Apologies for Absence. Minutes: Apologies were received from Councillor Bee. |\n"
        "|||||\n"
        "To Confirm the Minutes from the Previous Council Meeting. Minutes: It was RESOLVED:\n"
        "that the Minutes of the meeting held on 4 May 2022 be signed as a true record. |\n"
        "|||||\n"
        "To Receive any Declarations of Interest by Councillors. Minutes: There were none. |\n"
    )
    assert item_titles_alone(text) == [
        "Apologies for Absence",
        "To Confirm the Minutes from the Previous Council Meeting",
        "To Receive any Declarations of Interest by Councillors",
    ]


def test_a_title_run_into_its_resolution_and_the_councils_ordinary_meeting():
    """ "Confirmation of the Minutes RESOLVED (Clr Bee / Clr Dee) MIN22.101": a title run into
    its resolution, credited to its movers in brackets; and "MINUTES OF THE ORDINARY
    MEETING" under the council's name is a meeting of that council, its committee."""
    text = (
        "Elmvale City Council\n\nMINUTES OF THE ORDINARY MEETING\n\n"
        "Meeting Date: Tuesday, 8 March 2022 Location: Council Chambers Time: 5:00pm\n\n"
        "The following members were present:\n\nClr Ann Bee - Chairperson Clr Cy Dee\n\n"
        "Apologies / Leave of Absence\n\nNil\n\n"
        "Confirmation of the Minutes RESOLVED (Clr Bee / Clr Dee) MIN22.101\n\n"
        "That the Minutes of the Ordinary Meeting held on Tuesday 8 February 2022 be "
        "confirmed. CARRIED\n\nDeclarations of Interest\n\nThere were none.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "Apologies / Leave of Absence",
        "Confirmation of the Minutes",
        "Declarations of Interest",
    ]
    assert document.meeting.committee == "Elmvale City Council"


def test_officers_listed_in_capitals_by_their_titles_are_the_attendance():
    """A town board's roll in capitals, each member by title and name ("COUNCILMAN CY DEE"),
    under "BOARD MEMBERS PRESENT": the attendance, no items; the business below heads them."""
    text = (
        "REGULAR TOWN BOARD MEETING MTG# 4\nMARCH 9, 2020 RES# 40-48\n7:00 P.M.\n"
        "BOARD MEMBERS PRESENT\nSUPERVISOR ANSEL QUIGG\nCOUNCILMAN CYRIL DOBBE\n"
        "COUNCILMAN HAMISH FAULKE\nCOUNCILWOMAN IDONY PARGETER\n"
        "SUPERVISOR QUIGG called meeting to order.\n"
        "PLEDGE OF ALLEGIANCE LED BY SUPERVISOR ANSEL QUIGG\n"
        "1.0 BOARD OF HEALTH\nRESOLVED, that the Town Board enters into the Board of Health.\n"
    )
    titles = [title for _, title in items_alone(text)]
    assert not any("COUNCILMAN" in title or title.startswith("SUPERVISOR") for title in titles)
    assert titles[-1] == "BOARD OF HEALTH"


def test_an_items_first_point_marked_in_square_brackets_is_no_part_of_its_title():
    """ "318 ELECTION OF CHAIR FOR 2017/18  [a]  Councillor Bee was proposed ...": the title
    ends where its first point, lettered in square brackets, begins."""
    text = (
        "317  RETIRING CHAIRMAN’S REMARKS  Councillor Ann Bee welcomed all to the meeting.\n\n"
        "318 ELECTION OF CHAIRMAN AND VICE-CHAIRMAN FOR 2017/18  [a]  Councillor Cy Dee was "
        "proposed and seconded to be elected as Chairman.  This was agreed.  [b]  Councillor Ed "
        "Fay was proposed as Vice-Chairman.\n\n"
        "319  DECLARATIONS OF INTEREST [a] Councillor Gus Hay declared an interest in item 6.\n"
    )
    assert item_titles(text) == [
        "RETIRING CHAIRMAN’S REMARKS",
        "ELECTION OF CHAIRMAN AND VICE-CHAIRMAN FOR 2017/18",
        "DECLARATIONS OF INTEREST",
    ]


def test_a_minutes_date_between_its_number_and_its_title_is_no_part_of_either():
    """ "22/41 07/03/2022 Votes of Sympathy": a council's running minute number, the meeting's
    date, then the title; the bullets of its list are its text, not items."""
    text = (
        "Minutes of Meeting of Elmshire County Council held on Monday, 7th March 2022\n\n"
        "Members Present: Councillor Ann Bee, Councillor Cy Dee\n\n\n"
        "22/41 07/03/2022 Votes of Sympathy\n\n"
        "The Members extended a vote of sympathy to the following:\n\n"
        "\u2022 The Fay family, Mill Road, on the death of Ed Fay.\n\n"
        "\u2022 Mrs Ida Hay and family, Church Lane, on the death of Gus Hay.\n\n"
        "22/42 07/03/2022 Confirmation of Minutes\n\n"
        "The minutes of the meeting held on 7th February 2022 were confirmed.\n"
    )
    assert items_alone(text) == [
        ("22/41", "Votes of Sympathy"),
        ("22/42", "Confirmation of Minutes"),
    ]


def test_a_councils_coded_minute_numbers_head_the_known_business_run_into_its_sentence():
    """ "CO.47 Declarations of interest Interests were declared as follows: ...": a minute
    numbered with the council's code heads its item like a plain number, and its title is
    the known business before the sentence it runs into."""
    text = (
        "Minutes of a meeting of the Council held at the Guildhall, Elmford on Wednesday, 9th "
        "March, 2022 at 7.00pm Present: Councillors Ann Bee (Chairman), Cy Dee and Ed Fay.\n"
        "CO.45 Apologies for absence Apologies for absence were recorded from Councillor Hay.\n"
        "CO.46 Minutes The minutes of the meeting held on 9 February 2022 were adopted.\n"
        "CO.47 Declarations of interest Interests were declared as follows: Councillor Dee, "
        "personal, as a member of the Elmford Harriers.\n"
    )
    assert items_alone(text)[-1] == ("CO.47", "Declarations of interest")


def test_the_meetings_opening_above_its_one_title_line_is_no_item():
    """The call to order and who came, then the one title of the page ("Public Comment:"):
    the opening is the meeting's, not an item whose title was lost."""
    text = (
        "Council Meeting\n\nMeeting date:\nMonday, March 7, 2022\n\n"
        "President Ann Bee called the meeting to order at 7:00 PM with the following "
        "Councilors present: Mr. Cy Dee, Mrs. Eve Fay and Mr. Gus Hay.\n\n"
        "Others present included: Ida Jay of the Elmford Times.\n\n"
        "The agenda was approved as presented.\n\n"
        "Public Comment:\n\nKit Lee expressed her concern with the street lights on Mill "
        "Street.\n"
    )
    assert item_titles_alone(text) == ["Public Comment"]


def test_a_contents_tables_pages_after_a_year_are_no_part_of_its_titles():
    """ "ITEM 85 ANNUAL PLAN 2022/23 3": a contents table's rows end with their page, after a
    year as after a word; the minutes below run on in one paragraph, so the rows are the
    items, without their pages."""
    text = (
        "Elmvale District Council\n\nMINUTES\n\n9 March 2022\n\n"
        "ITEM 83 CHIEF EXECUTIVE REPORT 9 FEBRUARY – 8 MARCH 2022 1\n\n"
        "ITEM 84 ELMVALE POOL LOAN AGREEMENT 2\n\n"
        "ITEM 85 ANNUAL PLAN 2022/23 3\n\n"
        "ITEM 86 RATES RESOLUTION 2022/23 5\n\n"
        "MINUTES\n\nPRESENT His Worship the Mayor A Bee, Councillors C Dee and E Fay. "
        "The Mayor declared the meeting open and welcomed those present.\n"
    )
    titles = [title for _, title in items_alone(text)]
    assert "ANNUAL PLAN 2022/23" in titles and "RATES RESOLUTION 2022/23" in titles
    assert "CHIEF EXECUTIVE REPORT 9 FEBRUARY – 8 MARCH 2022" in titles


def test_flattened_known_business_after_a_list_that_ended_without_a_stop():
    """A flattened page whose list of who attended ends without a stop, then the first
    title and its sentence ("... members of the public Apologies/Leave of Absence Requests
    There were no apologies."): the known business heads an item there."""
    text = (
        "ELMVALE DISTRICT COUNCIL 9 MARCH 2022 Page 1 Minutes of an ordinary meeting of the "
        "Elmvale District Council held in the Council Chambers, 10 Gorge Road, Elmvale on "
        "Wednesday, 9 March 2022 commencing at 1.00pm Present: Mayor Bee; Councillors Dee, "
        "Fay, Hay and Jay In attendance: Mr Kit Lee (Chief Executive), Ms Mo Nye (General "
        "Manager, Planning), Mr Ola Pym (Senior Planner), Ms Ria Sol (Governance Advisor) and "
        "Mr Tam Ure (Finance Manager); two members of the media and about 40 members of the "
        "public Apologies/Leave of Absence Requests There were no apologies. The following "
        "request for leave of absence was made: Councillor Fay, 4-9 April 2022. Declarations "
        "of Conflicts of Interest No declarations were made."
    )
    assert [title for _, title in items_alone(text)][:1] == ["Apologies/Leave of Absence Requests"]


def test_a_councils_venue_below_its_date_a_clause_ending_in_council_and_who_had_not_met():
    """ "COUNCIL CHAMBERS/CITY HALL/ONE CIVIC SQUARE" under the heading's date is where the
    meeting was held, no item; "RECOGNITION OF PERSONS WHO WISH TO ADDRESS THE COUNCIL" is
    business, not the council's name; and "... the Studies Group had not met." names no
    body that met."""
    text = (
        "COMMON COUNCIL\nMEETING MINUTES\nMONDAY, MARCH 7, 2022 – 6:00 P.M.\n"
        "COUNCIL CHAMBERS/CITY HALL/ONE CIVIC SQUARE\nMEETING CALLED TO ORDER\n"
        "Council President Ann Bee; Council Members: Cy Dee, Ed Fay and Gus Hay were present.\n"
        "RECOGNITION OF PERSONS WHO WISH TO ADDRESS THE COUNCIL\n"
        "Ida Jay addressed Council about parking near the gazebo.\n"
        "COMMITTEE REPORTS\n"
        "Councilor Dee stated that the Land Use and Special Studies Group had not met.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [item.title for item in document.items] == [
        "MEETING CALLED TO ORDER",
        "RECOGNITION OF PERSONS WHO WISH TO ADDRESS THE COUNCIL",
        "COMMITTEE REPORTS",
    ]
    assert document.meeting.committee == "Common Council"


def test_flattened_known_business_and_its_colon_after_a_list_that_ended_without_a_stop():
    """ "... and 2 members of the public Public Forum: Ann Bee, of Elmford Brass, spoke ...":
    the known business and its colon after the attendance head the first item, before the
    numbered ones."""
    text = (
        "Minutes of the meeting of Elmford Town Council held on Monday 07 March 2022 at 7.30 pm "
        "at the Elmford Centre Present: Cy Dee (Mayor), Ed Fay, Gus Hay and Ida Jay In "
        "attendance: Kit Lee (Town Clerk) and 2 members of the public Public Forum: Ann Bee, "
        "of Elmford Brass, spoke about the band's work in the town and asked the council to "
        "consider a grant this year. 1. Apologies for absence Apologies were received from "
        "Councillor Mo Nye. 2. Declarations of interests on items on the agenda None were "
        "declared. 3. To approve the minutes of the meeting held on 07 February 2022 RESOLVED: "
        "that the minutes be approved and signed by the Mayor as a correct record."
    )
    assert [title for _, title in items_alone(text)][:2] == [
        "Public Forum",
        "Apologies for absence",
    ]
