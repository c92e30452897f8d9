"""Minutes in the shapes real councils publish, one fixture each (tests/fixtures/shapes/,
invented councils and people), parsed to the meeting and the items a reader sees.

Each shape is one that once lost a document or an item: no date line, numbers like
"AM119", "2211_[1]", "(139)", "P031/19  1.", "LIC052/19" after the title, Roman
numerals in flattened text, "1.0" with "1.1" sub-items, title lines without numbers,
a heading beside its text in two columns, ModernGov rows without numbers, a single
"Agenda item" page, CMIS minute numbers that are not item numbers, a covering letter
and cover sheet before the minutes, and a vote count that looks like an item.
"""

from __future__ import annotations

from datetime import date

import pytest

from search_app.parse import parse_bytes, parse_file
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "shapes"

# file -> (committee, date, items as (number, title), items whose text records a decision).
# A title ending "…" need only start the parsed title (flattened text glues a footer on).
EXPECTED = {
    "anytown-council-moderngov-undated.txt": (
        "Council", None,  # no heading names it; "The Council resolved", "The Council was asked"
        [("1", "Admission of Freemen"), ("2", "Determination of exempt business"),
         ("3", "Declarations of interest and transparency statements")],
        ["2"],
    ),
    "brindlecombe-community-council-2023-10-19.txt": (
        "Ordinary Meeting", date(2023, 10, 19),
        [("82/23", "Apologies"), ("83/23", "Declarations of Interest"),
         ("84/23", "County Councillor`s Report"),
         ("85/23", "Comments from Residents on Matters Arising and on the Items on Tonight’s Agenda"),
         ("86/23", "Confirmation of the Minutes of the Meeting held on Thursday 21st September 2023")],
        ["84/23", "86/23"],
    ),
    "brackley-fen-parish-council-2022-03-08.txt": (  # bare numbers, sentences as items
        "Brackley Fen Parish Council", date(2022, 3, 8),
        [("1", "There were apologies for absence from Mr Ravi Sethi"),
         ("2", "Hattie Lowe declared an interest in item 6, being a trustee of the Reading Room"),
         ("3", "The minutes of the previous meeting were agreed and signed"),
         ("4", "The Chair thanked the volunteers who cleared the brook in February"),
         ("5", "Matters Arising from previous meetings."), ("6", "Reading Room lease"),
         ("7", "Date of next meeting")],
        ["3", "5"],
    ),
    "pinecliff-rm-council-2016-05-10.txt": (  # resolutions' numbers are not the items'
        "Regular Meeting of Council", date(2016, 5, 10),
        [("", "Adoption of the Agenda"), ("", "Confirmation of Minutes"),
         ("", "Public Works Report"), ("", "Correspondence")],
        ["Adoption of the Agenda", "Confirmation of Minutes", "Public Works Report",
         "Correspondence"],
    ),
    "tarrant-vale-health-board-2020-02-11.txt": (  # a bare-numbered list under "2."
        "Tarrant Vale Health Board", date(2020, 2, 11),
        [("1", "Apologies for Absence"), ("2", "Winter Pressures Update"),
         ("3", "Declarations of Interest")],
        ["2"],
    ),
    "kilcready-county-council-2018-05-14.txt": (  # a page's number before "Item 2:"
        "Kilcready County Council", date(2018, 5, 14),
        [("Item 1", "Minutes of Council Meeting"), ("Item 2", "Minutes of Special Meeting"),
         ("Item 3", "Matters arising from the April meeting.")],
        ["Item 1", "Item 2"],
    ),
    "llanwern-fach-town-council-2018-03-20.txt": (  # a running number after the title
        "Council Meeting", date(2018, 3, 20),
        [("6130", "POLICE REPORT"), ("6131", "APOLOGIES FOR ABSENCE"),
         ("6133", "MINUTES FROM PREVIOUS MEETING"), ("6135", "PLAY AREA SURFACING")],
        ["6133", "6135"],
    ),
    "hollinsford-water-trust-board-2021-03-04.txt": (
        "Board of Trustees", date(2021, 3, 4),
        [("", "Welcome and Apologies"), ("", "Reservoir Safety Inspection"),
         ("", "Any Other Business"), ("", "Date of Next Meeting")],
        ["Reservoir Safety Inspection"],
    ),
    "kilbrack-county-council-rows-undated.txt": (
        "Unknown committee", None,
        [("", "Recording of Proceedings"), ("", "Vote of Sympathy"),
         ("", "Adoption of Minutes"), ("", "Questions"),
         ("", "Councillor A. Dunne: Library Opening Hours"),
         ("", "Councillor B. Ryan: Road Resurfacing Programme"),
         ("", "Councillor C. Walsh: Playground Inspections")],
        ["Adoption of Minutes", "Questions"],
    ),
    "cedar-flats-fire-district-undated.txt": (
        "Board", None,
        [("", "Hydrant Replacement Program"), ("", "Board Member Reports")],
        [],
    ),
    "eastmere-parish-council-undated.txt": (
        "Unknown committee", None,
        [("2211_[1]", "PUBLIC PARTICIPATION SESSION"), ("2211_[2]", "APOLOGIES FOR ABSENCE"),
         ("2211_[3]", "DECLARATIONS OF INTEREST"),
         ("2211_[4]", "CONFIRMATION OF MINUTES OF PREVIOUS MEETING"), ("2211_[5]", "REPORTS")],
        ["2211_[4]"],
    ),
    "harnby-licensing-committee-2019-06-03.txt": (
        "Licensing Committee", date(2019, 6, 3),
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"),
         ("3", "APPLICATION FOR A NEW PREMISES LICENCE - THE CORNER STORE")],
        ["3"],
    ),
    "harnby-licensing-sub-committee-2019-07-01.txt": (
        "Licensing Sub-Committee", date(2019, 7, 1),
        [("LIC052/19", "APOLOGIES FOR ABSENCE"), ("LIC053/19", "DECLARATIONS OF INTEREST"),
         ("LIC054/19", "REVIEW OF A PREMISES LICENCE - THE OLD MILL")],
        ["LIC054/19"],
    ),
    "kettlewick-council-agm-2019-05-20.txt": (
        "Annual General Meeting", date(2019, 5, 20),
        [("AM119", "Notice and Summons of Meeting"), ("AM219", "Member Attendance and Apologies"),
         ("AM319", "Suspension of Standing Orders - Seating the Public in the Lower Chamber when "
                   "the Gallery is Full")],
        ["AM319"],
    ),
    "oakhampstead-development-committee-2011-11-10.txt": (
        "Development Committee", date(2011, 11, 10),
        [("139", "APOLOGIES FOR ABSENCE AND DETAILS OF SUBSTITUTE MEMBERS"), ("140", "MINUTES"),
         ("141", "ITEMS OF URGENT BUSINESS"), ("142", "DECLARATIONS OF INTEREST"),
         ("143", "HOLLOWFORD - 20060770 - Conversion and extension of barns to provide a hotel "
                 "and village shop and erection of twelve holiday cottages; Former Tannery, North "
                 "Lane for Marsh Country Homes")],
        ["140"],
    ),
    "quarrington-board-meeting-2017-04-25.txt": (
        "Board Meeting in Public", date(2017, 4, 25),
        [("1.0", "Chair’s Welcome and Meeting Protocol…"), ("2.0", "Apologies for Absence"),
         ("3.0", "Declarations of Interest"), ("4.0", "Minutes of Last Meeting and matters arising")],
        ["4.0"],
    ),
    "rivermouth-board-of-fire-commissioners-2012-09-18.txt": (
        "City of Rivermouth Board of Fire Commissioners", date(2012, 9, 18),
        [("", "Call To Order"), ("II", "Approval of Minutes"),
         ("III", "Additions to or Deletions From the Agenda"),
         ("IV", "Persons Wishing to Speak to the Board of Fire Commissioners")],
        ["II"],
    ),
    "sallowby-city-council-2021-09-09.txt": (
        "Ordinary Council Meeting", date(2021, 9, 9),
        [("", "Opening of Ordinary Meeting"), ("", "Acknowledgement of Country"),
         ("", "Statement in relation to Recording of Meetings"), ("", "Disclosure of Interest"),
         ("", "Apologies"), ("MM21/03", "Infrastructure Contributions Amendment Bill 2021")],
        ["MM21/03"],
    ),
    "tarnfield-city-council-2017-09-27.txt": (
        "Ordinary Meeting", date(2017, 9, 27),
        [("", "OPENING"),
         ("", "ACKNOWLEDGMENT OF COUNTRY, PRAYER OF COUNCIL AND AFFIRMATION TO BE READ BY"),
         ("", "APOLOGIES"), ("", "CONDOLENCES"), ("", "Confirmation of Minutes"),
         ("", "Declarations of Interest")],
        ["Confirmation of Minutes"],
    ),
    "upperby-health-and-wellbeing-board-2020-01-21.html": (
        "Upperby Health & Wellbeing Board", date(2020, 1, 21),
        [("", "Tribute to Cllr Rosa Whitcombe"), ("", "Declarations of interest"),
         ("", "Board Membership")],
        ["Board Membership"],
    ),
    "vexley-agenda-item.html": (
        "Unknown committee", None,
        [("", "CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 25 JANUARY 2018")],
        [],
    ),
    "wendlebury-borough-council-2019-05-16.txt": (
        "Council", date(2019, 5, 16),
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"),
         ("3", "MAYOR'S ANNOUNCEMENTS"), ("4", "ITEMS OF URGENT BUSINESS"), ("5", "MINUTES")],
        ["5"],
    ),
    "yarrowby-cabinet-2015-04-14.txt": (
        "Cabinet", date(2015, 4, 14),
        [("1", "Apologies"), ("2", "Minutes"), ("3", "Leisure Centre Contract"),
         ("4", "To declare any personal and/or prejudicial interest."), ("5", "Car Parking Charges")],
        ["2", "3", "5"],
    ),
    "wattlegum-shire-council-2023-05-09.txt": (
        "Wattlegum Shire Council", date(2023, 5, 9),
        [("", "OPENING OF MEETING"), ("", "MINUTES"), ("", "PUBLIC PARTICIPATION"),
         ("", "ROAD WORKS PROGRAMME"), ("", "BUDGET REVIEW"), ("", "GENERAL BUSINESS")],
        ["MINUTES", "BUDGET REVIEW"],
    ),
    "zennor-county-council-annual-meeting-2007-07-02.txt": (
        "Annual Meeting", date(2007, 7, 2),
        [("1.0", "Election of Cathaoirleach"), ("2.0", "Election of Leas Cathaoirleach")],
        ["1.0", "2.0"],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def parsed():
    return {name: parse_file(SHAPES / name) for name in EXPECTED}


def test_every_fixture_of_the_folder_is_in_a_table():
    """Here, or in test_shape_classes.py (the failure classes of unseen minutes)."""
    from tests.parse.test_shape_classes import ITEMS

    assert sorted(p.name for p in SHAPES.iterdir()) == sorted([*EXPECTED, *ITEMS])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_committee_date_items_and_decisions(parsed, name):
    committee, when, items, decided = EXPECTED[name]
    document = parsed[name]
    assert document.meeting.committee == committee
    assert document.meeting.date == when
    assert len(document.items) == len(items)
    parsed_items = [
        (i.number, i.title[: len(title) - 1] + "…" if title.endswith("…") else i.title)
        for i, (_, title) in zip(document.items, items, strict=False)
    ]
    assert parsed_items == items
    with_decisions = [i.number or i.title for i in document.items if i.decisions]
    assert with_decisions == decided


@pytest.mark.parametrize(
    "name",
    [
        "drumlaith-community-council-2022-03-14.txt",
        "oxmere-holy-trinity-pcc-undated.txt",
        "wenmoor-st-aldric-pcc-2023-06-13.txt",
    ],
)
def test_a_blank_line_after_every_wrapped_line_changes_no_item(name):
    """The same minutes with every line break doubled, as some PDF and word-processor text
    comes: sentences run on across the blank lines, so a single blank line parts nothing
    (two or more still part paragraphs) and the items are the same."""
    text = (SHAPES / name).read_text()
    doubled = parse_bytes(text.replace("\n", "\n\n").encode(), name)
    as_printed = parse_bytes(text.encode(), name)
    assert [(i.number, i.title) for i in doubled.items] == [
        (i.number, i.title) for i in as_printed.items
    ]


@pytest.mark.parametrize(
    "name",
    [
        "birch-cove-summer-village-council-2021-05-19.txt",
        "borough-of-kellsby-council-2022-10-24.txt",
        "brackenfold-rovers-fc-committee-2019-05-12.txt",
        "corrie-bay-development-trust-2020-10-05.txt",
        "fernbrook-libraries-federation-board-2019-04-08.txt",
    ],
)
def test_the_same_minutes_typed_in_capitals_give_the_same_items(name):
    """Minutes typed in capitals throughout read as they would in mixed case: the same
    items, their titles in the capitals they were printed in."""
    text = (SHAPES / name).read_text()
    as_printed = parse_bytes(text.encode(), name)
    in_capitals = parse_bytes(text.upper().encode(), name)
    assert [(i.number, i.title) for i in in_capitals.items] == [
        (i.number.upper(), i.title.upper()) for i in as_printed.items
    ]


def test_undated_minutes_say_so(parsed):
    for name in ("anytown-council-moderngov-undated.txt", "eastmere-parish-council-undated.txt"):
        assert "date: none found (undated)" in parsed[name].fallbacks


def test_committee_system_chrome_is_not_text(parsed):
    for document in parsed.values():
        for item in document.items:
            text = f"{item.title}\n{item.body}\n{item.agenda_text}"
            for chrome in ("pdf icon", "Additional documents", "View directions", "(132Kb)",
                           "Share this item", "HomeMy WebLinkAbout"):  # fmt: skip
                assert chrome not in text, (document.source, item.title, chrome)


def test_a_vote_count_and_a_cover_sheet_number_are_not_items(parsed):
    cabinet = parsed["yarrowby-cabinet-2015-04-14.txt"]
    assert "5 For, 0 Against, 1 Abstention" in cabinet.items[2].body
    assert cabinet.meeting.start_time.strftime("%H:%M") == "16:00"


def test_attendance_labels_and_forms(parsed):
    cabinet = parsed["yarrowby-cabinet-2015-04-14.txt"].meeting
    assert [a.name for a in cabinet.present] == [
        "Councillor R Tamsin", "Councillor J Beale", "Councillor K Ismay",
    ]  # fmt: skip
    others = [(a.name, a.role) for a in cabinet.also_attended]
    assert others == [
        ("Mr D Ortiz", "Head of Finance"), ("Ms P Quayle", "Democratic Services Officer"),
        ("Councillor M Wrenn", None),
    ]  # fmt: skip
    assert "Councillor F Gallow" not in {a.name for a in cabinet.attendees}  # absent
    assert cabinet.apologies == ["Councillor A Bee", "Councillor C Dee", "Councillor E Eff"]
    tarnfield = parsed["tarnfield-city-council-2017-09-27.txt"].meeting
    assert [(a.name, a.role) for a in tarnfield.present] == [
        ("Mayor Wendy Tarrant", None), ("Councillor Aziz", None),
        ("Councillor Bello", "arrived at 6.02pm"), ("Ms Kirsty Fenwick", "Chief Executive Officer"),
    ]  # fmt: skip
    zennor = parsed["zennor-county-council-annual-meeting-2007-07-02.txt"].meeting
    assert ("Tadhg Ronan", "County Manager") in [(a.name, a.role) for a in zennor.also_attended]
    oakhampstead = parsed["oakhampstead-development-committee-2011-11-10.txt"].meeting
    assert oakhampstead.also_attended[0].role == "Head of Planning and Building Control"
    eastmere = parsed["eastmere-parish-council-undated.txt"].meeting
    assert [(a.name, a.role) for a in eastmere.also_attended] == [("Simon Hale", "Clerk")]


def test_movers_and_reporters_are_speakers(parsed):
    cabinet = parsed["yarrowby-cabinet-2015-04-14.txt"]
    assert cabinet.items[2].speakers == ["Mr D Ortiz", "Councillor J Beale", "Councillor K Ismay"]
    assert cabinet.items[4].speakers == ["Councillor R Tamsin"]


def test_agenda_wording_and_minute_are_kept_apart(parsed):
    board = parsed["upperby-health-and-wellbeing-board-2020-01-21.html"].items[2]
    assert board.agenda_text == "To bring the Board up to date with the changes discussed in July."
    assert board.body == "The Board agreed to note the new members."
