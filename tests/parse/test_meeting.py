"""The meeting itself: committee, date, times, venue, attendance and apologies."""

from __future__ import annotations

from datetime import date, time

import pytest

from search_app.models import Attendee
from search_app.parse import parse_bytes, parse_file
from search_app.parse.lines import split_lines
from search_app.parse.meeting import (
    apologies_from_text,
    best_date_line,
    body_named_in_opening,
    committee_from_lines,
    could_name_a_body,
    parse_attendee,
    parse_attendee_list,
    parse_date,
    parse_meeting_header,
    tidy_name,
    without_leftovers,
)
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday, 22 May 2015", date(2015, 5, 22)),
        ("Thursday 15th April 2021", date(2021, 4, 15)),
        ("Thursday, 15th April, 2021", date(2021, 4, 15)),
        ("22/05/2015", date(2015, 5, 22)),
        ("the 3rd of June 2022", date(2022, 6, 3)),
        ("2008 07 05", date(2008, 7, 5)),  # year, month, day however they are set apart
        ("2008.07.05", date(2008, 7, 5)),
        ("JUNE 16,20 15", date(2015, 6, 16)),  # a PDF's letter-spaced year
        ("Tuesday, June 16, 20 15", date(2015, 6, 16)),
    ],
)
def test_dates_as_councils_write_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("heading", "when"),
    [
        # a scan's approval stamp with an impossible year above the heading's own date
        ("ZB MINS Approved\nApril 2, 2809\nZONING BOARD MINUTES\nMARCH 6, 2009",
         date(2009, 3, 6)),
        # "APPROVED" stamped before the title: these minutes' status, this meeting's date
        ("1 HARBOUR BOARD MEETING APPROVED Minutes of the meeting held on Wednesday, 29 May "
         "2019 Venue: Room 3", date(2019, 5, 29)),
        # a scan's stray stops: "On December 5th. 2011"
        ("Minutes .of the parish council meeting held? at 8pm. On October 3rd. 2012 in the "
         "school hall.", date(2012, 10, 3)),
        # the year glued to its month
        ("MINUTES OF THE COUNCIL MEETING HELD ON TUESDAY 18TH JULY2017 AT THE HALL",
         date(2017, 7, 18)),
        # dashes, read month first as minutes in dollars write dates
        ("St. Anne\u2019s Church Council Meeting 9-5-2010\nThose present were Ann Bee and "
         "Cy Dee.\nTreasurer\u2019s Report: The balance of $520 was read, all in favor.",
         date(2010, 9, 5)),
        # the opening lines stop at a label ("EVERY MEMBER PRESENT", "MEETING:"); a line of
        # the heading below it that is a date and little else still dates the meeting
        ("RECORD OF ACTIONS OF THE BOARD OF COMMISSIONERS\n\nEVERY MEMBER PRESENT\n\n"
         "OCTOBER 18, 2011", date(2011, 10, 18)),
        ("MINUTES\nMEETING: GENERAL\nELMWOOD POLICE SERVICES BOARD\nPLACE: Boardroom\n"
         "DATE: Tuesday, October 18, 2011, 8:00 a.m.", date(2011, 10, 18)),
        # a comma after the month: "July, 31st 2018"
        ("Elmfield Board Proceedings Ordinary Board Meeting July, 31st 2018 Attended By:",
         date(2018, 7, 31)),
        # the day as an ordinal word, as formal minutes write it
        ("Elmford County Council meets in regular session this eleventh day of April 2012, in "
         "the Council Chamber.", date(2012, 4, 11)),
        ("Held on the twenty-first day of March, 2005 at the Town Hall.", date(2005, 3, 21)),
        ("Held on the Thirty First day of May 2019.", date(2019, 5, 31)),
        # day, month and year as a spreadsheet writes them
        ("Elm Parish Council\nMinutes of the meeting held on 5-Mar-2019", date(2019, 3, 5)),
        ("Elm Parish Council\nMinutes of the meeting held on 05-Mar-19", date(2019, 3, 5)),
    ],
)  # fmt: skip
def test_a_heading_dates_the_meeting_however_it_writes_the_date(heading, when):
    text = f"{heading}\n\n1. Apologies\n\nNone were received.\n\n2. Minutes\n\nApproved.\n"
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == when


def test_a_heading_with_a_letter_spaced_year_dates_the_meeting():
    """ "MINUTES OF MEETING, ELMVALE CITY COUNCIL, JUNE 16,20 15": the year split by the
    PDF's letter spacing is still the year."""
    lines = ["MINUTES OF MEETING, ELMVALE CITY COUNCIL, JUNE 16,20 15"]
    assert parse_meeting_header(lines, [], lines).date == date(2015, 6, 16)


def test_the_day_of_minutes_the_meeting_approved_is_not_its_own():
    """ "The minutes of the Regular Board of Trustees Meeting of Tuesday, October 22, 2019
    were approved ..." in the opening lines names an earlier meeting, however well it names
    the body and its weekday; the meeting's own day is in the heading above it."""
    lines = [
        "Village Board of Trustees",
        "REGULAR MEETING",
        "Elmhurst Hall Village Hall November 12, 2019",
        "Present were Mayor Bee, Trustees Dee, Fay and Hay.",
        "The minutes of the Regular Board of Trustees Meeting of Tuesday, October 22, 2019",
        "were approved on a motion entered by Trustee Dee and carried unanimously.",
    ]
    assert parse_meeting_header(lines, [], lines).date == date(2019, 11, 12)


def test_the_date_of_an_order_the_heading_cites_is_not_the_meetings():
    """ "... held via teleconference, pursuant to the Governor's Executive Order N-29-20
    (March 17, 2020)": the order's date, cited; the meeting's is the heading's."""
    lines = [
        "ELM COUNTY BOARD OF SUPERVISORS",
        "MINUTES",
        "SEPTEMBER 29, 2020",
        "NOTE: This meeting was held via teleconference, pursuant to the Governor's Executive "
        "Order N-29-20 (March 17, 2020), available at the following link.",
    ]
    assert parse_meeting_header(lines, [], lines).date == date(2020, 9, 29)


def test_a_label_of_the_meetings_date_is_no_committee():
    """ "Date of Meeting: 20th July 2023, 19:00." under the body's name: the label before
    the date is no body's name; the line above is."""
    text = (
        "July 2023 Minutes\nElmglen Community Council\nMeeting Minutes\n"
        "Date of Meeting: 20th July 2023, 19:00.\n"
        "Present: Ann Bee (AB), Carl Dee (CD), Eve Fay (EF).\n"
        "Minutes of last meeting: This was the first meeting of the new council.\n"
        "Office bearers: AB was elected Chair and CD Treasurer.\n"
    )
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert (meeting.committee, meeting.date) == ("Elmglen Community Council", date(2023, 7, 20))


def test_a_date_written_year_month_day_with_spaces_dates_the_meeting():
    """ "ON TUESDAY, 2008 07 05" heads the minutes; a later date in an item does not."""
    text = (
        "MINUTES OF THE REGULAR MEETING OF PINE RIDGE COUNTY, HELD IN THE COUNCIL CHAMBERS "
        "ON TUESDAY, 2008 07 05\n\nCALL TO ORDER\n\nThe Reeve called the meeting to order.\n\n"
        "CORRESPONDENCE\n\nA letter of June 16, 2008 from the province was read.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == date(2008, 7, 5)


@pytest.mark.parametrize(
    ("lines", "committee", "when", "start", "venue"),
    [
        (
            ["MINUTES of a meeting of the CABINET held on Thursday 15th April 2021 at 7.00 pm "
             "at the Town Hall, Exampleton"],
            "Cabinet", date(2021, 4, 15), time(19, 0), "Town Hall, Exampleton",
        ),
        (
            ["Exampleshire County Council", "PLANNING COMMITTEE",
             "Minutes of the meeting held on 22/05/2015 at 10:30 in the Council Chamber"],
            "Planning Committee", date(2015, 5, 22), time(10, 30), "Council Chamber",
        ),
        (
            ["Health Scrutiny Panel - Monday, 2nd March, 2020 2.00 pm", "Venue: Room 4, Shire Hall"],
            "Health Scrutiny Panel", date(2020, 3, 2), time(14, 0), "Room 4, Shire Hall",
        ),
    ],
    ids=["one line", "heading above", "moderngov"],
)  # fmt: skip
def test_committee_date_time_and_venue_from_common_headers(lines, committee, when, start, venue):
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date, header.start_time, header.venue) == (
        committee, when, start, venue,
    )  # fmt: skip


def test_attendance_with_wrapped_roles_and_several_labels():
    preamble = [
        "Committee - 1 June 2022",
        "Present: Councillors A Khan (Chair), B Lee (Vice-",
        "Chair) and Mr C Dale",
        "Also present: Jo Reed, Head of Legal and",
        "Democratic Services; Sam Hill, Director of Place",
        "Apologies: Councillors D Fox and E Gray",
    ]
    header = parse_meeting_header(preamble, [], preamble)
    assert header.present == [
        Attendee("Councillor A Khan", "Chair"),
        Attendee("Councillor B Lee", "Vice-Chair"),
        Attendee("Mr C Dale", None),
    ]
    assert header.also_attended == [
        Attendee("Jo Reed", "Head of Legal and Democratic Services"),
        Attendee("Sam Hill", "Director of Place"),
    ]
    assert header.apologies == ["Councillor D Fox", "Councillor E Gray"]


def test_a_plural_title_before_a_list_titles_each_name_in_the_singular():
    """ "Trustees Alexander (Chair), Hayden and Hodson": each a trustee; the speaker the
    minutes call "Trustee Alexander" is then the one present."""
    preamble = ["Village Hall Trustees - 15 September 2015",
                "Present: Trustees Alexander (Chair), Hayden and Hodson and the Clerk"]  # fmt: skip
    header = parse_meeting_header(preamble, [], preamble)
    assert [person.name for person in header.present][:3] == [
        "Trustee Alexander", "Trustee Hayden", "Trustee Hodson"
    ]  # fmt: skip


def test_end_time_comes_from_the_closing_line():
    header = parse_meeting_header(["Panel 1 June 2022"], ["The meeting closed at 8.15pm."], [])
    assert header.end_time == time(20, 15)


@pytest.mark.parametrize(
    ("entry", "attendee"),
    [
        ("Ms L R Duffy (Chairman)", Attendee("Ms L R Duffy", "Chairman")),
        ("Gail Quinton, Director of Children's Services", Attendee("Gail Quinton", "Director of Children's Services")),
        ("Head of Planning (Karen Holt)", Attendee("Karen Holt", "Head of Planning")),
        ("Councillor P Okafor (in the Chair)", Attendee("Councillor P Okafor", "Chair")),
        ("Prof. I Ash \u2013 Non-Executive Director (Chair)", Attendee("Prof. I Ash", "Non-Executive Director (Chair)")),
        ("Mr A Bee - Head of Finance", Attendee("Mr A Bee", "Head of Finance")),
        ("Mayor Cr R S Cole chaired the meeting", Attendee("Mayor Cr R S Cole")),
        ("Ann de Vere", Attendee("Ann de Vere")),
        ("\u201c Mrs S. Hall", Attendee("Mrs S. Hall")),  # a ditto mark: "Cllr" as above
        ("/ Tom Ardle (Chair)", Attendee("Tom Ardle", "Chair")),  # a table's cell mark first
    ],
)  # fmt: skip
def test_attendee_entries(entry, attendee):
    assert parse_attendee(entry) == attendee


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Apologies were received from Rachel Jenkins and Charmian Richardson.", ["Rachel Jenkins", "Charmian Richardson"]),
        ("Apologies for absence were received from Councillors Dunmore, Yates and Mr Bell.", ["Councillor Dunmore", "Councillor Yates", "Mr Bell"]),
        ("There were no apologies.", []),
        ("Apologies were submitted on behalf of Councillor J. D. Bee.", ["Councillor J. D. Bee"]),
    ],
)  # fmt: skip
def test_apologies_recorded_inside_the_apologies_item(sentence, names):
    assert apologies_from_text(sentence) == names


def test_label_alone_on_its_line_starts_a_block():
    preamble = ["Licensing Sub-Committee, 4 July 2022", "PRESENT", "Councillor A Khan (Chair)"]
    header = parse_meeting_header(preamble, [], preamble)
    assert header.present == [Attendee("Councillor A Khan", "Chair")]


@pytest.mark.parametrize(
    "closing",
    [
        "(The meeting ended at 8.15 pm)",
        "The Chairman closed the meeting at 8.15pm.",
        "Meeting closed at 20:15",
    ],
)
def test_closing_lines_in_other_words(closing):
    assert parse_meeting_header(["Panel 1 June 2022"], [closing], []).end_time == time(20, 15)


def test_council_named_in_capitals_above_the_committee():
    lines = [
        "NORTH EXAMPLE DISTRICT COUNCIL",
        "CABINET",
        "Minutes of the Meeting held on Tuesday 10 January 2023",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert (header.body, header.committee) == ("North Example District Council", "Cabinet")


@pytest.mark.parametrize(
    ("lines", "committee", "when"),
    [
        (
            ["Meeting documents", "Highways Panel", "Monday, 4th March, 2019 2.00 pm"],
            "Highways Panel",
            date(2019, 3, 4),
        ),
        (
            ["Date: 7 April 2015", "Dear Councillor,", "CABINET - Tuesday 14 April 2015 at 4.00pm"],
            "Cabinet",
            date(2015, 4, 14),
        ),
        (
            ["Moved from 9th October 2018, Highways Panel - Tuesday, 2nd October, 2018 2.00 pm"],
            "Highways Panel",
            date(2018, 10, 2),
        ),
        (["Licensing Committee", "4.00pm1 July 2021"], "Licensing Committee", date(2021, 7, 1)),
        (
            [
                "Minutes - 06/13/2023 - Board of TrusteesVILLAGE OF ELMWOOD MINUTES Page 1 of 9 REGULAR MEETING"
            ],
            "Board of Trustees Village of Elmwood",
            date(2023, 6, 13),
        ),
        (
            [
                "A Regular Meeting of the Glenmore County Board of Super-",
                "visors was held on March 3, 1982, at 7:00 P.M.",
            ],
            "Glenmore County Board of Supervisors",
            date(1982, 3, 3),
        ),
        (
            [
                "Minutes of a meeting Lowfield Parish Council",
                "Date & Time of Event",
                "19th October 2022, 7pm",
            ],
            "Lowfield Parish Council",
            date(2022, 10, 19),
        ),
        (
            [
                "Autumn at the reading room",
                "Saturday, November 8, 2014",
                "October 21 Minutes of Trustees' Meeting",
                "October 21, 2014",
            ],
            "Trustees' Meeting",
            date(2014, 10, 21),
        ),
        (
            [
                "Elm Fork Township",
                "- Home",
                "- Meeting Minutes",
                "- Officials & Staff",
                "- Contact Us",
                "March 30, 2021",
                "March 4, 2021",
                "ELM FORK TOWNSHIP BOARD OF TRUSTEES",
                "MINUTES OF REGULAR MEETING",
                "MARCH 4, 2021",
            ],
            "Elm Fork Township Board of Trustees",
            date(2021, 3, 4),
        ),
    ],
    ids=[
        "page title",
        "covering letter",
        "moved from",
        "time glued to date",
        "document trail",
        "meeting of ... was held",
        "label above the date",
        "a blog post's date above the minutes' title",
        "a site's menu and the day the page was posted above the minutes",
    ],
)
def test_the_meeting_date_and_committee_not_page_furniture(lines, committee, when):
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == (committee, when)


def test_the_date_of_minutes_a_resolution_confirms_is_the_last_meetings():
    lines = [
        "Ashby Recreation Ground Trust",
        "MEETING ON MONDAY 9 MARCH 2015",
        "Members: A Bee, C Dee, E Foss",
        "R14/15.31 RESOLVED: That the Minutes of the Meeting of the Trust held on 09/02/15 "
        "are signed as a correct record.",
    ]
    assert parse_meeting_header(lines, [], lines).date == date(2015, 3, 9)


def test_a_venue_that_swallowed_the_page_is_cut_or_dropped():
    header = parse_meeting_header(
        ["Cabinet - Monday 4 March 2019", "Venue: Room 2, Town Hall Attendance Details Item Description"],
        [], [],
    )  # fmt: skip
    assert header.venue == "Room 2, Town Hall"
    long_venue = "Venue: " + "Committee Room " * 20
    assert parse_meeting_header(["Cabinet - 4 March 2019", long_venue], [], []).venue is None


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (["Page 1: Council Meeting", "Tuesday 3 May 2022"], "Council Meeting"),
        (["Elmwood City Council Minutes1", "June 6, 2023"], "Elmwood City Council"),
        (["Minutes of the meetings of the Licensing Committee", "4 July 2022"], "Licensing Committee"),
        (["Lowfield PCC Meeting held on June 13th", "Present: Revd A Bee"], "Lowfield PCC Meeting"),
        (["Cofnodion / Meeting Minutes Ordinary Meeting 10th June 2019, Chamber"], "Ordinary Meeting"),
        (["Meeting documents", "The Council", "Thursday, 17th July, 2014 6.30 pm"], "Council"),
        (["Minutes of annual general meeting held on 23 May 2022 at Oakley School."],
         "Annual General Meeting"),
        (["Community Directors Meeting via zoom and the Hall", "4.00 p.m. 13th September 2021"],
         "Community Directors Meeting"),
        (["October 8, 2018 at 8:00 PM - Elm Ridge Board of Education Regular Meeting"],
         "Elm Ridge Board of Education"),
        (["Clerk: Mrs P Quayle | Tel: 01632 960 441", "FULL PARISH MEETING OF THE COUNCIL",
          "04 September 2023 – 7pm"], "Full Parish Meeting of the Council"),
        (["MEETING OF THE ELM PARK LIBRARY BOARD OF TRUSTEES Elm Park Community Center 165 E. "
          "Main St., Elm Park Room June 16, 2015 5:15 P.M. Minutes"],
         "Elm Park Library Board of Trustees"),
        (["(6) BOARD OF COUNTY COMMISSIONERS MARLOW COUNTY, KANSAS REGULAR MEETING MINUTES "
          "TUESDAY, SEPTEMBER 9, 2014"], "Board of County Commissioners Marlow County"),
        (["Kirkbrae Community Council – Draft Minutes of Latest Meeting",
          "Amended Draft Minutes of Meeting 7.30pm Monday 12th November 2018"],
         "Kirkbrae Community Council"),
        (["2017-01-09 - Board Minutes",
          "The Quarry Falls Board of Education met in regular session at 7:00 p.m. on Monday, "
          "January 9, 2017."], "Quarry Falls Board of Education"),
        (["Minutes for the Ordinary Council Meeting Date: 22 May 2019 Location: Chambers"],
         "Ordinary Council Meeting"),
        (["MINUTES OF THE NINTH SPECIAL COUNCIL MEETING OF THE KOPPIE MUNICIPALITY WHICH WAS "
          "HELD ON FRIDAY, 3 MAY 2013 IN THE COUNCIL CHAMBER"],
         "Ninth Special Council Meeting of the Koppie Municipality"),
        (["Agenda and minutes", "Markets Committee (expired)", "Tuesday, 4th April, 2006 7.00 pm"],
         "Markets Committee"),
        (["Fenwick Harbour Board which was held at the Harbour Office on 2 June 2020"],
         "Fenwick Harbour Board"),
        (["GENERAL MEETING MINUTES", "TUESDAY 26 MARCH 2019"], "General Meeting"),
        (["Meetings >", "Minutes of Selectboard Meeting 3-6-2017", "March 6, 2017"],
         "Selectboard Meeting"),
        (["(Lot 7, Registered Plan 65M-1234) Council Meeting Minutes Tuesday, March 12, 2019"],
         "Council"),
        (["Monday, February 7, 1977",
          "Mayor Bee called the adjourned regular meeting of the City Council of the City of "
          "Lowmoor to order."], "City Council of the City of Lowmoor"),
        (["2023-07-28 Heritage Review Board Summary Minutes",
          "City of Elmford Page 1"], "Heritage Review Board"),
    ],
    ids=["page number", "minutes and page digit", "plural meetings", "held on, no year",
         "two languages", "the full council", "in lower case", "via", "after date and time",
         "under a contact line", "a venue and its street number", "the body's part of a place and kind",
         "a time and a draft's status",
         "the body met, then the date", "a date's label glued on", "which was held",
         "a committee system's note that the body is gone", "which was held at",
         "the kind of meeting in capitals", "a body's name of one word, a date in figures after it",
         "a bracket's end before the name", "called to order", "after the date, a kind of minutes"],
)  # fmt: skip
def test_committee_without_the_words_around_it(lines, committee):
    assert parse_meeting_header(lines, [], lines).committee == committee


def test_a_council_that_names_no_place_is_the_body_meeting():
    """ "CITY COUNCIL" over "CITY OF MAPLE RIDGE" and "REGULAR MEETING": the council is the
    body that met, not the authority's name above a committee."""
    lines = ["MINUTES", "CITY COUNCIL", "CITY OF MAPLE RIDGE", "REGULAR MEETING",
             "WEDNESDAY, MARCH 4, 2020"]  # fmt: skip
    assert parse_meeting_header(lines, [], lines).committee == "City Council"


def test_a_co_operative_is_a_body_a_general_meeting_is_of():
    lines = ["Westbrook Housing Co-operative", "General Meeting", "14/02/2019"]
    assert parse_meeting_header(lines, [], lines).committee == "Westbrook Housing Co-operative"


@pytest.mark.parametrize(
    "opening",
    [
        "The Elm County Board of Commissioners met in the Commissioners office on Monday "
        "June 6, 2022 at 9 am.",
        "*The Elm County Board of Commissioners held a meeting on Monday June 6, 2022 at 9 am.",
        "The Elm County Board of Commissioners held its regular meeting on June 6, 2022.",
        # a heading in capitals before "The": no part of the name
        "ASSEMBLY The Elm County Board of Commissioners met in Regular Session on June 6, 2022.",
    ],
)
def test_the_body_that_met_names_the_committee_below_an_agenda(opening):
    """The agenda printed above the minutes, whose first paragraph says who met."""
    agenda = [
        f"{n}. {title}"
        for n, title in enumerate(
            [
                "Call to Order",
                "Roll Call of Members",
                "Approval of the Agenda",
                "Minutes",
                "Public Comment",
                "Committee Reports",
                "Staff Reports",
                "Bills",
                "Other Business",
                "Closed Session",
                "Chairman's Remarks",
                "Adjournment",
            ],
            start=1,
        )
    ]
    lines = ["June 6, 2022 Meeting Minutes", "JUNE 6, 2022", *agenda, "June 6, 2022", opening]
    header = parse_meeting_header(lines[:2], [], lines)
    assert header.committee == "Elm County Board of Commissioners"


def test_a_numbered_district_keeps_its_number_in_the_name():
    """ "School District No. 4": the full stop of "No." does not end the body's name."""
    lines = ["Minutes of the Board Meeting of the Trustees of the Quillan School District No. 4 "
             "held in the Board Room on Tuesday, February 18, 2014 at 2:00 p.m."]  # fmt: skip
    header = parse_meeting_header(lines, [], lines)
    assert header.committee == "Trustees of the Quillan School District No. 4"


def test_a_date_years_ahead_is_a_typing_slip_not_the_meetings_date():
    lines = ["Glenmoor Parish Council", "Minutes of the meeting held on Monday 26th June 2107"]
    assert parse_meeting_header(lines, [], lines).date is None


def test_a_venue_named_after_meetings_is_not_the_committee():
    lines = ["Lowfield Parish Council", "Parish Council Meeting", "Hillside Meeting Centre, Lowfield",
             "Monday 9 January 2023"]  # fmt: skip
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.body) == ("Parish Council Meeting", "Lowfield Parish Council")


@pytest.mark.parametrize(
    "line",
    [
        "Minutes of Fenmoor Gardeners AGM \u2013 Fenmoor Community Centre \u2013 18th November 2015",
        "Minutes of Fenmoor Gardeners AGM, Fenmoor Community Centre, 18th November 2015",
    ],
)
def test_a_venue_set_apart_by_a_dash_or_a_comma_is_not_the_committee(line):
    header = parse_meeting_header([line], [], [line])
    assert (header.committee, str(header.date)) == ("Fenmoor Gardeners AGM", "2015-11-18")


def test_an_acronym_committee_is_spelt_out_when_the_minutes_spell_it():
    lines = ["PCC Meeting held on 13 June 2023", "The Parochial Church Council met in the vestry."]
    assert (
        parse_meeting_header(lines[:1], [], lines).committee == "Parochial Church Council Meeting"
    )
    assert parse_meeting_header(lines[:1], [], lines[:1]).committee == "PCC Meeting"


def test_a_covering_letter_date_for_the_next_meeting_is_not_the_minutes_date():
    lines = [
        "Dear Councillor",
        "PLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015",
        "I enclose, for consideration at the next meeting on Wednesday, 8th April, 2015 the minutes.",
        "PLANNING COMMITTEE",
        "Wednesday, 25 March 2015",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Planning Committee", date(2015, 3, 25))


def test_the_minutes_of_an_earlier_meeting_approved_give_no_date():
    lines = [
        "Regular Meeting Minutes",
        "May 2, 2016",
        "Meeting was called to order at 7:30 p.m. with the pledge to the flag.",
        "Minutes from April 2, 2016 meeting were motioned for approval by Ash, carried.",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Regular Meeting", date(2016, 5, 2))


def test_minutes_below_their_agenda_are_dated_by_their_own_opening_line():
    """The agenda first, then "Minutes" and the line that opens them, its ordinal set as a
    superscript that the PDF's text put on the next line ("Monday 8" / "th December
    2020"): that day is the meeting's, not the earlier meeting the agenda names."""
    agenda = [f"{n} Item {n} of the agenda" for n in range(3, 25)]
    text = "\n".join(
        [
            "Parish Council Meeting",
            "Agenda",
            "1 Apologies",
            "2 Minutes of the Parish Council Meeting held on Monday 14th September",
            *agenda,
            "Minutes",
            "Minutes of the Parish Council Meeting held on Monday 8",
            "th December 2020;",
            "this was a meeting held by video link.",
            "Present: Cllrs Bee and Dee",
            "1 Apologies",
            "None.",
            "2 Minutes of the Parish Council Meetings held on Monday 14th September 2020",
            "These were agreed to be an accurate record.",
        ]
    )
    lines = [line.text for line in split_lines(text)]
    heading = lines[:2]  # the page's title, before the agenda's first entry
    assert parse_meeting_header(heading, [], lines).date == date(2020, 12, 8)


@pytest.mark.parametrize(
    ("heading", "committee"),
    [
        (["Mr Brian Wilson", "Minutes of 4 March 2015"], None),
        (["Rev Robert Coulter", "Tuesday 3 March 2015"], None),
        (["A. Committee of the Whole", "April 27, 2015"], "Committee of the Whole"),
    ],
)
def test_a_person_is_no_committee_and_a_list_letter_is_no_part_of_one(heading, committee):
    header = parse_meeting_header(heading, [], heading)
    assert header.committee == committee


def test_a_kind_of_session_gives_way_to_the_body_that_met():
    lines = [
        "Regular Session",
        "March 15, 2011",
        "The Quillan County Board of Supervisors met in regular session on the above date.",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == (
        "Quillan County Board of Supervisors", date(2011, 3, 15),
    )  # fmt: skip


def test_a_name_after_the_date_beats_a_sentence_before_a_later_date():
    lines = [
        "19 November, 2014 \u2013 Ordinary Meeting of Council \u2013 Minutes Shire of Elmvale "
        "1. OPENING The President declared the meeting open at 5.30 pm and welcomed the "
        "gallery. 2. CONFIRMATION OF MINUTES 2.1 Ordinary Meeting of Council held on "
        "15 October 2014"
    ]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Ordinary Meeting of Council", date(2014, 11, 19))


def test_a_heading_taken_for_the_first_item_is_still_read():
    document = ["Agenda and minutes", "Scrutiny Board - Monday 22nd April 2024 6.00 p.m.",
                "Venue: Parkside Suite", "Agenda and minutes", "Apologies were received."]  # fmt: skip
    header = parse_meeting_header([], [], document)
    assert (header.committee, header.date) == ("Scrutiny Board", date(2024, 4, 22))


def test_an_item_confirming_earlier_minutes_gives_no_date_or_committee():
    document = ["Agenda item", "CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 25 JANUARY 2018"]
    header = parse_meeting_header([], [], document)
    assert (header.committee, header.date) == (None, None)


def test_an_attendance_line_in_two_languages_is_no_committee():
    lines = ["Pentref Gathering", "PRESENNOL HEFYD/ ALSO PRESENT A. Bee"]
    assert committee_from_lines(lines) == "Pentref Gathering"


def test_a_year_glued_to_its_comma_is_still_the_year():
    lines = ["Minutes of the REGULAR COUNCIL Meeting Monday, October 4,2010, at 7:00 p.m. "
             "Council Chamber PRESENT: Mayor Ann Bee"]  # fmt: skip
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Regular Council Meeting", date(2010, 10, 4))
    assert parse_date("4 March,2019") == date(2019, 3, 4)


def test_the_date_the_minutes_were_approved_is_not_the_meeting_s():
    lines = ["APPROVED", "TOWN OF ELMVALE", "BOARD OF SELECTMEN MEETING", "MINUTES",
             "November 25, 2003", "APPROVED \u2013 December 9, 2003", "CALL TO ORDER"]  # fmt: skip
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Board of Selectmen Meeting", date(2003, 11, 25))


def test_earlier_minutes_approved_in_running_text_do_not_date_the_meeting():
    lines = [
        "Minutes of the Meeting of the Parish Council",
        "Wednesday 2 March 2022 at 7.30pm, Village Hall",
        "Present Cllrs: A Bee (Chair), C Dee. 4.3.22 To approve the Minutes of the Meetings of "
        "the Parish Council held on 6th January 2022 and to authorise the Chairman to sign them.",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Parish Council", date(2022, 3, 2))


def test_a_flattened_motion_to_approve_earlier_minutes_does_not_date_the_meeting():
    lines = [
        "HomeMy WebLinkAbout20151201.tiff SUMMARY OF THE ELM COUNTY PLANNING COMMISSION "
        "MEETING Tuesday, December 1, 2015 A "
        "regular meeting of the Elm County Planning Commission was held in the Hearing Room. "
        "Motion: Approve the November 17, 2015 Elm County Planning Commission minutes, Moved by "
        "Ann Bee, Seconded by Cy Dee. Motion carried unanimously."
    ]
    header = parse_meeting_header(lines, [], lines)
    assert header.date == date(2015, 12, 1)


def test_a_date_deep_in_a_page_run_onto_one_line_is_no_heading_s():
    """A page run onto one line: its heading's date near the start; an item confirming
    "THE MAY 4, 2011 BOARD MEETING" hundreds of characters in, after the attendance and an
    officer's post that reads like a body's name, is an earlier meeting's."""
    directors = "Ann Ames, Chairman Bo Boyd, Jr. Cy Cole Di Dunn Ed Eyre Flo Ford Gil Gale Hal Hart"
    text = (
        "EASTMERE HARBOUR AUTHORITY\n\nSize: px\nStart display at page:\n\n"
        'Download "EASTMERE HARBOUR AUTHORITY"\n\nTranscription\n\n'
        "1 EASTMERE HARBOUR AUTHORITY + BOARD OF DIRECTORS MEETING Minutes of June 1, 2011 The "
        "regular monthly meeting was held in the Board Room and was called to order by the "
        f"Chairman at 9:30 a.m. All eight Directors were present during the meeting: {directors} "
        "The Secretary and the following Officers were present: Ian Ives, President and Chief "
        "Executive Officer Jo Jarvis, Executive Vice President and Chief Operating Officer i. "
        "MINUTES OF THE MAY 4, 2011 BOARD MEETING The Chairman called for approval of the "
        "minutes of the May 4, which were unanimously adopted. II. COMMITTEE REPORTS a. Finance "
        "Committee Mr. Cole reported that the committee met on May 18.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert document.meeting.date == date(2011, 6, 1)
    assert document.meeting.committee.endswith("Board of Directors Meeting")


@pytest.mark.parametrize(
    ("heading", "committee"),
    [
        # a heading's name that a full stop ends, its kind of meeting in two words
        (
            "Elmvale Parish Council Extra Ordinary meeting.\nHeld at the Memorial Hall at 19:45 "
            "on 21st March 2018",
            "Elmvale Parish Council",
        ),
        # "Minute of Meeting" names no body: the body's line above it does
        (
            "Elmvale Community Council\n\nMinute of Meeting 27th March 2014",
            "Elmvale Community Council",
        ),
        # ... while a sentence with a body in it names none: "The Board noted the forecast."
        ("The Board noted the forecast.\nHeld on 21st March 2018", "Unknown committee"),
    ],
)
def test_the_body_a_short_heading_names_is_the_committee(heading, committee):
    text = heading + (
        "\n\nATTENDANCE: Ann Bee (Chair), Cy Dee.\n\n1. Planning\nThe application was "
        "supported.\n\n2. Playground\nThe repairs were agreed.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.committee == committee


def test_a_welsh_committee_page_s_venue_and_contact_labels_name_no_committee():
    lines = ["Lleoliad: Council Chamber - Council Offices", "Cyswllt: Mr Ann Bee"]
    assert parse_meeting_header(lines, [], lines).committee is None


def test_a_welsh_heading_gives_the_committee_and_the_date():
    """ "Pwyllgor Cynllunio - Dydd Mercher, 3ydd Mai, 2023": a committee system's heading in
    Welsh, its weekday and month in Welsh, its day with a Welsh ordinal's ending."""
    lines = ["Pwyllgor Cynllunio - Dydd Mercher, 3ydd Mai, 2023 2.00 o'r gloch"]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Pwyllgor Cynllunio", date(2023, 5, 3))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Pwyllgor Trwyddedu - Dydd Iau, 21ain Tachwedd, 2019 10.00 am", date(2019, 11, 21)),
        ("PWYLLGOR TRWYDDEDU - DYDD MAWRTH, 3YDD RHAGFYR, 2019", date(2019, 12, 3)),
    ],
)
def test_welsh_ordinals_of_the_twenties_and_a_weekday_named_as_a_month_is(line, day):
    """ "21ain" is the Welsh 21st; "Dydd Mawrth" is Tuesday, though "Mawrth" alone is
    March: the weekday is no part of the date."""
    header = parse_meeting_header([line], [], [line])
    assert header.date == day and header.committee.lower() == "pwyllgor trwyddedu"


def test_a_dotted_date_with_a_short_year_after_its_weekday():
    """ "Tuesday 7.9.21" is a date; "4.3.22" alone may be an item's number and is not."""
    lines = ["Elmvale Community Council", "Minutes of meeting held Tuesday 7.9.21, 7pm, Hall"]
    assert parse_meeting_header(lines, [], lines).date == date(2021, 9, 7)
    lines = ["Elmvale Community Council", "Minutes of the meeting", "4.3.22 Village hall roof"]
    assert parse_meeting_header(lines, [], lines).date is None


def test_a_date_printed_year_first_with_the_months_name():
    lines = ["MINUTES OF THE ELMVALE CITY COUNCIL", "HELD 2019 JUNE 5 AT 9:30 AM"]
    assert parse_meeting_header(lines, [], lines).date == date(2019, 6, 5)


@pytest.mark.parametrize(
    "chrome",
    [
        ["Search this site", "Search", "Menu"],
        ["Share this page", "Facebook", "Twitter", "Email"],
        ["Posted on 10 May 2021 by Clerk"],
    ],
)
def test_the_pages_menu_above_the_councils_name_names_no_committee(chrome):
    """Above "Elmvale Town Council" stands the page's menu or a posting's byline: no
    committee's name; the council's own is the heading's."""
    heading = "\n".join([*chrome, "", "Elmvale Town Council"])
    text = (
        f"{heading}\nMinutes of the meeting held on 4 May 2021\n\n"
        "APOLOGIES\nApologies were received from Gus Hay.\n\n"
        "BUDGET\nThe council reviewed the draft budget and agreed it.\n"
    )
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert meeting.committee == "Elmvale Town Council"


def test_a_sentence_pointing_back_at_the_body_is_not_its_name():
    lines = [
        "Minutes of the Regular Quarterly Meeting",
        "Board of Directors of Quillan Food Share",
        "The regular quarterly meeting of the Directors of the above non-profit organization "
        "was held on September 24, 2019, at 4:30PM at Elmvale School.",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert header.committee == "Board of Directors of Quillan Food Share"
    assert header.date == date(2019, 9, 24)


def test_minutes_naming_their_day_under_the_posting_date_take_that_day():
    lines = ["Monday, August 10, 2015", "Minutes for July 21 Meeting",
             "The meeting was called to order at 7 PM."]  # fmt: skip
    assert parse_meeting_header(lines, [], lines).date == date(2015, 7, 21)
    posted = ["Tuesday, January 5, 2016", "Minutes of the December 15th meeting"]
    assert parse_meeting_header(posted, [], posted).date == date(2015, 12, 15)


def test_a_sentence_about_the_last_meetings_minutes_does_not_name_the_day():
    lines = [
        "REGULAR BOARD MEETING, JULY 21, 2025, RECONVENED JULY 28, 2025",
        "The meeting was called to order at 4:10PM by President Greg Hale.",
        "MINUTES – The minutes of the May 21st meeting had been emailed and copies were "
        "present at the meeting.",
    ]
    assert parse_meeting_header(lines, [], lines).date == date(2025, 7, 21)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Monday, September 14, 2020", False),
        ("Council Chamber", False),
        ("Taken at A Regular Meeting", False),
        ("Meeting held", False),
        ("Elmvale Logo Process", False),
        ("Meeting – 20th February", False),  # the meeting's date, no name
        ("Governing Body minutes and 1 Nov Staff Meeting feedback", True),
        ("Board of Adjustment Reconvened Meeting Foley Council Chambers", True),
        ("Joint Policing Committee", True),
        ("Public meetings", False),  # a site's section of many meetings
        ("City of Regular", False),  # "CITY OF" / "REGULAR" / "Meeting": the name was lost
        ("Court of Special Appeals", True),
    ],
)
def test_a_date_a_place_or_the_words_around_a_name_name_no_body(name, body):
    assert could_name_a_body(name) == body


@pytest.mark.parametrize(
    ("lines", "when"),
    [
        (["Annual General Meeting 12thMarch 2018", "Meeting Minutes"], date(2018, 3, 12)),
        (["June 21st, 2016 by Ann Bee in General News", "Minutes of the meeting held on "
          "Wednesday 20th April 2016"], date(2016, 4, 20)),
        (["City Council May 18, 2015", "III. Approval of Minutes A. Committee of the Whole "
          "April 27, 2015 Moved by Ald. Cole."], date(2015, 5, 18)),
        (["Township Meeting Minutes", "Posted by on Apr 6, 2014 in January 2014 | 0 comments",
          "January 22nd, 2014"], date(2014, 1, 22)),
        (["September 24, 2019", "The regular meeting of the Elm Township Trustees was called "
          "to order.", "It was moved by Bee seconded by Dee to approve the minutes of the "
          "regular meeting of September 10, 2019 as presented."], date(2019, 9, 24)),
        (["Council", "Wednesday, 27th September, 2017 4.00 pm", "With effect from 1 April 2016 "
          "Agenda and Minutes will be available in both Welsh and English."], date(2017, 9, 27)),
        (["Meeting Held 22 July 2013 - (last updated 07/08/2013)", "Draft MINUTES OF MEETING "
          "OF ELMVALE PARISH COUNCIL HELD On Monday 22 July in the Church"], date(2013, 7, 22)),
    ],
)  # fmt: skip
def test_the_meeting_s_date_not_a_posting_or_an_earlier_meeting_s(lines, when):
    assert parse_meeting_header(lines, [], lines).date == when


def test_a_numeric_date_is_read_in_the_order_the_document_writes_its_dates():
    heading = ["04/12/2007 Conservation Minutes", "Conservation Commission"]
    us = [*heading, "The site walk of 04/25/2007 was confirmed."]
    assert parse_meeting_header(heading, [], us).date == date(2007, 4, 12)
    british = [*heading, "The site walk of 25/04/2007 was confirmed."]
    assert parse_meeting_header(heading, [], british).date == date(2007, 12, 4)


def test_a_numeric_date_is_read_in_the_order_the_document_writes_any_date():
    """ "03/02/2021" in minutes that write "January 19, 2021" is 2 March; in minutes that
    write "19 January 2021" it is 3 February."""
    heading = ["Town Board", "Regular Meeting 03/02/2021"]
    us = [*heading, "The minutes of January 19, 2021 were approved."]
    assert parse_meeting_header(heading, [], us).date == date(2021, 3, 2)
    british = [*heading, "The minutes of 19 January 2021 were approved."]
    assert parse_meeting_header(heading, [], british).date == date(2021, 2, 3)


def test_a_numeric_date_with_nothing_else_to_go_by_is_read_as_its_country_writes_it():
    """ "08/06/1996" is 6 August in minutes that say "Pledge of Allegiance" and "in favor",
    8 June in minutes that say "Apologies" and "Cllr"."""
    heading = ["08/06/1996 Board minutes", "Regular Meeting of the Board"]
    us = [*heading, "The Pledge of Allegiance was led by the Mayor. All in favor."]
    assert parse_meeting_header(heading, [], us).date == date(1996, 8, 6)
    british = [*heading, "Apologies were received from Cllr Bee. All in favour."]
    assert parse_meeting_header(heading, [], british).date == date(1996, 6, 8)


def test_several_kinds_of_a_countrys_words_outweigh_one_date_written_month_first():
    """ "12/04/23" where one date is written "February 22nd, 2023" but the minutes say
    "Cllr" and spend "£": the country's words, of two kinds, say 12 April."""
    heading = ["Minutes of the meeting of Glynmawr Community Council - 12/04/23"]
    text = [*heading, "Cllr Bee said the grant of £250 agreed on February 22nd, 2023 was paid."]
    assert parse_meeting_header(heading, [], text).date == date(2023, 4, 12)


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        (
            "Report of the Elm County Council Joint Roads Committee Meeting held at 10am",
            "Elm County Council Joint Roads Committee",
        ),
        ("PROCEEDINGS OF THE HARBOUR JURY, PARISH OF ELM, TAKEN AT A MEETING", "Harbour Jury"),
        ("SUMMARY OF ACADEMIC SENATE MEETING 03/14/19 CALL TO ORDER", "Academic Senate"),
        ("Agreed Report of Board of Management Meeting:", "Board of Management"),
        ("KESTREL DRAINAGE BOARD.\nThe monthly meeting was held", "Kestrel Drainage Board"),
        ("Minutes of the Meeting of elmwood Regional Council held at", "Regional Council"),
        (
            "The President welcomed everyone to the 40th Annual General Meeting.",
            "Annual General Meeting",
        ),
    ],
)
def test_the_opening_text_names_the_body_when_no_heading_line_does(opening, body):
    assert body_named_in_opening([opening]) == body


@pytest.mark.parametrize(
    "opening",
    [
        "Venue: Council Chambers, Regional House, 1 Elm Street",  # a venue
        "Venue: Board Rooms, Trust HQ",  # the name runs on into another word
        "Apologies were received from the Chief Executive",  # a post
        "That the Committee approve the report",  # a sentence's start
        "It was reported to the Board of the progress",  # "Board of the ...": a sentence
    ],
)
def test_a_venue_a_post_or_a_sentence_names_no_body(opening):
    assert body_named_in_opening([opening]) is None


def test_a_heading_s_name_loses_the_document_s_words_and_the_time_it_was_held():
    header = parse_meeting_header(
        [
            "Report of the Elm County Council Joint Roads Committee Meeting held 10am on Friday 4th June 2021"
        ],
        [],
        [],
    )
    assert header.committee == "Elm County Council Joint Roads Committee Meeting"


def test_a_numeric_date_with_two_figures_of_year_dates_the_meeting():
    header = parse_meeting_header(["SUMMARY OF ACADEMIC SENATE MEETING 03/14/19"], [], [])
    assert header.date == date(2019, 3, 14)
    assert header.committee == "Academic Senate Meeting"


def test_the_month_a_heading_names_decides_a_numeric_date_s_order():
    lines = ["March Minutes", "Residents Council", "03/10/09", "Call to Order"]
    assert parse_meeting_header(lines, [], lines).date == date(2009, 3, 10)
    lines = ["October Minutes", "Residents Council", "03/10/09", "Call to Order"]
    assert parse_meeting_header(lines, [], lines).date == date(2009, 10, 3)


def test_an_annual_general_meeting_named_by_its_letters_over_the_venue():
    lines = ["2009 AGM Minutes", "Moors Bar", "23rd March 2009", "Present: Ann Bee, Carl Dee"]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("AGM", date(2009, 3, 23))


def test_a_posting_s_byline_is_no_committee():
    lines = [
        "June 21st, 2016 by Ann Bee in General News \u00b7Meeting Minutes",
        "Meeting held 7pm Wednesday 20th April 2016, Elm Hall.",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert "by Ann Bee" not in (header.committee or "")


def test_a_date_written_as_the_day_of_a_month():
    """ "on this the 14th day of March, 2005": a court's formal date."""
    assert parse_date("ON THIS THE 14TH DAY OF MARCH, 2005") == date(2005, 3, 14)


def test_a_body_named_board_of_something_outranks_the_kind_of_meeting():
    lines = [
        "ELMHAVEN BOARD OF ZONING APPEALS MINUTES OF THE REGULAR MEETING October 23, 2014",
        "MEMBERS PRESENT: Mr. Carl Dunn, Mrs. Ann Bee",
    ]
    assert parse_meeting_header(lines, [], lines).committee == "Elmhaven Board of Zoning Appeals"


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (["July"], None),
        (["When? 7pm"], None),
        (["Planning Committee 7pm"], "Planning Committee 7pm"),
    ],
)
def test_a_month_or_a_time_alone_names_no_body(lines, committee):
    assert committee_from_lines(lines) == committee


def test_a_list_of_who_attended_names_no_committee():
    """ "Attending: Ann Bee (chair), Carl Dee": the attendance, not the body's name; with no
    heading naming the body the committee is unknown, and said so."""
    lines = ["Attending: Ann Bee (chair), Carl Dee, Ewan Fey", "Apologies: Gail Hart"]
    header = parse_meeting_header(lines, [], lines)
    assert not header.committee or "Attending" not in header.committee


def test_the_date_under_a_meeting_date_label_is_the_meeting_s():
    """A page of labels and values: "Meeting date" alone, the date on the next line; an
    item's reference with its own date ("04WF 11/6/2018") above it dates no meeting."""
    lines = [
        "Ward forum resolution details", "Ward Forum 4", "Agenda item no", "04WARD 11/6/2018",
        "Subject", "PROGRESS REPORT: STREET LIGHTING MAY 2018", "Meeting date",
        "Wednesday, June 20, 2018", "Resolution", "Noted",
    ]  # fmt: skip
    assert parse_meeting_header(lines, [], lines).date == date(2018, 6, 20)


def test_the_minutes_own_heading_below_a_posts_labels_dates_the_meeting():
    """A community website's post: the date it was posted and its author as labels, then
    the minutes' own heading with the meeting's date, which ends the labels' block."""
    lines = [
        "Harlow Green Community Council Meeting", "Date: 9th May 2014", "Time: 21:40",
        "Posted By: Secretary", "Discuss in Forum",
        "Minutes of Harlow Green Community Council held on 6th May 2014 at the Old School",
        "i Welcome The Chair opened the meeting.",
    ]  # fmt: skip
    header = parse_meeting_header(lines, [], lines)
    assert header.date == date(2014, 5, 6)
    assert header.committee == "Harlow Green Community Council"


def test_of_two_dates_alone_at_the_top_the_earlier_is_the_meetings():
    """A blog's post: the day it was posted (with its weekday), then the meeting's day in
    capitals. Minutes are posted after the meeting, never before."""
    lines = [
        "Thursday, March 9, 2023", "FEBRUARY 23, 2023", "1.0 Welcome",
        "1. The President welcomed those present.",
    ]  # fmt: skip
    assert parse_meeting_header(lines, [], lines).date == date(2023, 2, 23)
    one = ["Thursday, March 9, 2023", "1.0 Welcome"]
    assert parse_meeting_header(one, [], one).date == date(2023, 3, 9)


def test_a_date_in_running_text_after_a_sentence_is_not_the_meetings():
    """Flattened minutes: the heading runs into the first paragraph, and a later paragraph
    names another meeting's day after a sentence ("The Board reviewed the calendar.
    Library Committee Meeting on ..."): that is what the minutes report, not their date."""
    lines = [
        "BOARD OF TRUSTEES MINUTES May 4, 2015 The Elm Valley Board of Trustees met this day"
        " with Chair Ada Birch and Trustees Cy Dunn and Eve Fry present.",
        "CALENDAR",
        "The Board reviewed the calendar. Library Committee Meeting on May 6, 2015, at 10:00"
        " a.m. Founders Day Parade on May 9, 2015.",
    ]  # fmt: skip
    assert parse_meeting_header(lines, [], lines).date == date(2015, 5, 4)


def test_a_members_title_a_dash_and_their_name_is_one_member():
    """ "Councillor – Ann Bee" under "Members Present:": the title is the member's, the
    dash only sets it apart (not a name "Deputy Mayor" whose post is "Cy Dee")."""
    lines = [
        "Township of Elm Hollow", "Council Minutes", "Wednesday May 3, 2017",
        "Members Present:", "Mayor \u2013 Ann Bee", "Deputy Mayor \u2013 Cy Dee",
        "Councillor \u2013 Eve Fry (Chair)",
    ]  # fmt: skip
    header = parse_meeting_header(lines, [], lines)
    assert [(a.name, a.role) for a in header.present] == [
        ("Mayor Ann Bee", None), ("Deputy Mayor Cy Dee", None), ("Councillor Eve Fry", "Chair"),
    ]  # fmt: skip


def test_a_name_hyphenated_at_a_lines_end_is_whole_again():
    """A heading run together after a PDF broke "Super-" / "visors" over two lines."""
    assert tidy_name("Elm County Board of Super- visors") == "Elm County Board of Supervisors"


def test_a_name_loses_the_date_after_it():
    assert tidy_name("Board of Selectmen, February 6, 2017") == "Board of Selectmen"
    lines = ["Board of Selectmen, February 6, 2017", "Meeting date:", "Monday, February 6, 2017"]
    header = parse_meeting_header(lines, [], lines)
    assert (header.committee, header.date) == ("Board of Selectmen", date(2017, 2, 6))


def test_a_date_in_an_outline_entry_is_an_items_not_the_meetings():
    """ "3.1. October 10, 2012, Regular Meeting of Council Minutes" names the minutes to be
    adopted, though it names a meeting too; the meeting's date is the heading's (here a
    page's text run together, so the entry is still among the heading's lines)."""
    lines = [
        "October 31, 2012 council minutes - Town of Elkford",
        "Town of Elkford Wednesday, October 31 , 2012 Regular Council Meeting9 am Chambers",
        "3.1. October 10, 2012, Regular Meeting of Council MinutesThere were no corrections.",
    ]
    _, match, _ = best_date_line(lines)
    assert "October 31" in match.group(0)


@pytest.mark.parametrize(
    "instruction",
    ["View live and historical meetings on YouTube", "Watch the meetings of the Board online"],
)
def test_a_web_pages_instruction_names_no_committee(instruction):
    lines = ["Please get in touch if you need more information.", instruction, "Venue: Elm House"]
    assert parse_meeting_header(lines, [], lines).committee is None


def test_an_attendee_and_their_post_is_no_committee():
    lines = [
        "HOUSING AUTHORITY BOARD OF COMMISSIONERS MEETING",
        "Present at the Meeting:",
        "Ann Bee — Chairman of the Board of Commissioners (Zoom)",
        "Carl Dee - Executive Director (in office)",
    ]
    assert committee_from_lines(lines) == "Housing Authority Board of Commissioners Meeting"


def test_a_line_saying_when_the_meeting_opened_names_no_committee():
    """ "Meeting opened 18:55" tells the time; the heading above names the body."""
    text = (
        "2019 Annual General Meeting Minutes\n\nMinutes of 2019 Kowhai Rowing Club AGM\n\n"
        "Meeting opened 18:55\n\nAttending: Ana, Ben, Cy, Dee.\n\n"
        "Approval of last year's minutes\n\nEveryone in favour.\n\n"
        "Approval of accounts\n\nThe treasurer presented the accounts. All in favour.\n"
    )
    committee = parse_bytes(text.encode(), "minutes.txt").meeting.committee
    assert "Kowhai Rowing Club" in committee


def test_a_viewers_place_and_a_sentences_end_name_no_committee():
    """ "You are on page 1of 4" above the council's name is the viewer's; the council is
    the meeting's body, and no name runs across a sentence's end ("... PREVIOUS MEETING.
    The minutes of previous meetings held on ...")."""
    text = (
        "You are on page 1of 4\n\nELMWOOD COMMUNITY COUNCIL\n\n"
        "Minutes of the Meeting Held at The Hall, Elmwood, on Monday 29th July 2013.\n"
        "1.00 ATTENDANCE : Community Councillors: Ann Bee, Carl Dee.\n"
        "2.00 APOLOGIES : Erin Fay.\n"
        "3.00 CONSIDERATION AND APPROVAL OF THE MINUTES OF THE PREVIOUS MEETING. The minutes "
        "of previous meetings held on 1st July 2013 were agreed.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert document.meeting.committee == "Elmwood Community Council"
    assert not could_name_a_body("Previous Meeting. The minutes of previous meetings")
    assert could_name_a_body("St. Mary's Parochial Church Council")
    assert could_name_a_body("Hickory Twp. Board of Supervisors")


def test_a_scans_noise_names_no_committee():
    """OCR noise in the heading ("V- \ufffd EC EI t (^'\ufffd Meeting") is no committee's
    name; the name the title line gives is; a name with its year is still one."""
    lines = ["2018-05-07 School Committee Minutes \ufffdN orRFA \ufffd. Town of Elmvale , V- "
             "\ufffd EC EI t (^'\ufffd Meeting Minutes"]  # fmt: skip
    assert parse_meeting_header(lines, [], lines).committee == "School Committee"
    assert not could_name_a_body("V- \ufffd Ec Ei t (^'\ufffd Meeting")
    assert could_name_a_body("Planning Committee 2019/20")


def test_a_sites_menu_run_together_names_no_committee():
    """A town's site menu on one line above the minutes: many capitalised words and none
    of a name's small ones, no body's word at the end; the session's line names the body."""
    assert not could_name_a_body(
        "Election Info Expense Reports Public Hearings Spring/Fall Cleanup Tax Exemptions Town"
    )
    assert could_name_a_body("Regular Meeting Fire Protection Area No.1 BOARD")
    assert could_name_a_body("Board of Supervisors of the County of Elm")


def test_a_scots_sederunt_lists_the_members_present():
    """ "Sederunt" is how Scottish minutes head the list of those present."""
    preamble = ["Loch Avie Community Council", "Sederunt: Ian Rae, Una Moir"]
    header = parse_meeting_header(preamble, [], preamble)
    assert [attendee.name for attendee in header.present] == ["Ian Rae", "Una Moir"]


def test_attendees_are_the_members_present():
    """ "Attendees: ..." heads the list of those present, as "Present:" does."""
    preamble = ["Monthly Minutes", "October 11, 2021", "Attendees: Ann Bee, Cy Dee"]
    header = parse_meeting_header(preamble, [], preamble)
    assert [attendee.name for attendee in header.present] == ["Ann Bee", "Cy Dee"]


def test_a_line_of_labelled_sentences_is_parted_at_each_label():
    """ "Directors Present: A, B. Absent: C." on one line: who was absent is no one's role."""
    preamble = [
        "Elm Court Association",
        "Board Meeting Minutes, May 9, 2023",
        "Directors Present: Ann Bee (President), Cy Dee (Secretary). Absent: Eve Fay.",
    ]
    header = parse_meeting_header(preamble, [], preamble)
    people = header.present + header.also_attended
    assert [(a.name, a.role) for a in people] == [("Ann Bee", "President"), ("Cy Dee", "Secretary")]


def test_a_roll_calls_label_before_the_attendance_it_holds():
    """ "Roll Call: Present: ... Absent: ...": the roll call's label, then the labels."""
    preamble = [
        "Town Board",
        "Regular Meeting May 4, 2021",
        "Roll Call: Present: Supervisor Ann Bee, Trustee Cy Dee. Absent: Trustee Eve Fay.",
    ]
    header = parse_meeting_header(preamble, [], preamble)
    assert [a.name for a in header.present] == ["Supervisor Ann Bee", "Trustee Cy Dee"]


def test_members_in_attendance_wrapped_mid_name_are_each_a_member():
    """ "The Lord Mayor, Councillor Ann" / "Bee and Councillors Cy Dee, ...": a paragraph
    of names under "MEMBERS IN ATTENDANCE", wrapped wherever the line ran out."""
    preamble = [
        "Ordinary Council Meeting", "Monday, 6 November 2023", "MEMBERS IN ATTENDANCE",
        "The Lord Mayor, Councillor Ann", "Bee and Councillors Cy Dee, Flo Fay and Gus", "Gee.",
    ]  # fmt: skip
    header = parse_meeting_header(preamble, [], preamble)
    assert [attendee.name for attendee in header.present] == [
        "The Lord Mayor", "Councillor Ann Bee", "Councillor Cy Dee", "Councillor Flo Fay",
        "Councillor Gus Gee",
    ]  # fmt: skip


def test_a_dated_balance_in_the_treasurer_s_report_is_not_the_meeting_s_heading():
    """ "Balance 6/01/2020 $ 33,383.85" dates a statement, not the meeting: neither the
    meeting's date and committee nor the end of its heading (the items above it stay)."""
    text = (
        "The Annual Membership Meeting was called to order at 18:10, Ann Bee presiding.\n"
        "Membership Report: There were 114 newsletters mailed in May to our members.\n"
        "Treasurers Report:\nGeneral Checking Account\nBalance 6/01/2020 $ 33,383.85\n"
        "Expenses - 605.29\nBalance 6/30/2020 $ 32,778.56\n"
        "Correspondence: Routine bills were addressed.\n"
    )
    document = parse_bytes(text.encode(), "society.txt")
    assert document.meeting.date is None
    assert document.meeting.committee != "Balance"
    assert [item.title for item in document.items][0] == "Membership Report"


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("PC Minutes 2005-09-061 1 CALL TO ORDER - The Planning Commission met.", date(2005, 9, 6)),
        ("Board minutes 2021-11-30", date(2021, 11, 30)),
    ],
)
def test_an_iso_date_with_a_page_s_number_glued_on_is_still_the_date(heading, day):
    document = parse_bytes(f"{heading}\n\nCALL TO ORDER\n\nThe chair opened.\n".encode(), "m.txt")
    assert document.meeting.date == day


@pytest.mark.parametrize(
    ("minutes", "committee"),
    [
        ("RC/20\n\nAdditional Meeting Date PDF 68 KB\n\nMinutes:\n\nThe Committee considered "
         "a report. RESOLVED that a meeting of the Resources Committee be held on 16 May.",
         "Resources Committee"),
        ("2\n\nAudit PDF 71 KB\n\nMinutes:\n\nThe Committee noted the report of the Audit "
         "Committee and asked the Standards Committee to review it.", "Unknown committee"),
        ("2\n\nExempt Business\n\nThe Cabinet is recommended to approve the resolution.",
         "Cabinet"),
    ],
    ids=["one body of the kind named", "two bodies named", "the Cabinet alone"],
)  # fmt: skip
def test_a_page_no_heading_names_is_the_committee_its_minutes_call_themselves(minutes, committee):
    """No heading names the committee; the minutes call it by its kind ("The Committee
    considered ...") and name one body of that kind: that is the committee; two: neither."""
    text = (
        "Agenda and minutes\n\nItems\n\n1\n\nMinutes PDF 138 KB\n\nMinutes:\n\n"
        f"RESOLVED that the Minutes be signed.\n\n{minutes}\n"
    )
    assert parse_bytes(text.encode(), "m.txt").meeting.committee == committee


def test_the_date_of_the_minutes_a_motion_approves_is_not_the_meeting_s():
    text = (
        "Meeting Minutes\n\nOctober 19, 2016\n\nThe Trustees' Meeting was called to order at "
        "5:35 p.m.\n\nAdams moved, Bee seconded the motion to approve minutes of the June 8, "
        "2016 meeting.\n\nNomination of New Trustee: Cole moved, Dee seconded the motion to "
        "nominate Eve Fay as trustee.\n\nFinancial Report: The treasurer gave the ledger to "
        "9/30/2016.\n\nGrounds: The fence along the north side will be mended in spring.\n"
    )
    assert parse_bytes(text.encode(), "m.txt").meeting.date == date(2016, 10, 19)


@pytest.mark.parametrize(
    "line",
    [
        "To confirm and sign as a correct record, the Minutes of the meeting held on 15 March 2023",
        "The Minutes of the meeting held on 15 March 2023 were confirmed and signed.",
    ],
)
def test_the_date_of_minutes_confirmed_is_an_earlier_meeting_s(line):
    text = f"{line}\n\nApologies for Absence\n\nApologies were received from Cllr Bee.\n"
    assert parse_bytes(text.encode(), "m.txt").meeting.date is None


def test_a_bulleted_list_of_dated_minutes_is_not_the_heading_and_the_body_acts_after_its_name():
    """ "- August 16, 2011 Workshop Meeting" lists minutes approved, it ends no heading (the
    item above it stays an item); "The Board of Commissioners approved the ..." names the
    board, not "Board of Commissioners approved the Consent"."""
    text = (
        "Consent Agenda\nThe Board of Commissioners approved the Consent Agenda for August "
        "16th, 2011, which included:\n- The Finance Report\n- Meeting Minutes\n"
        "- August 16, 2011 Workshop Meeting\n- September 6, 2011 Regular Meeting\n"
        "Goals and Objectives\nThe Board of Commissioners reviewed the 2012 goals and the "
        "funds available for capital projects this year.\n"
        "Athletic Fields\nThe Director told the Board about the soccer goals in the park.\n"
    )
    document = parse_bytes(text.encode(), "board.txt")
    assert [item.title for item in document.items][0] == "Consent Agenda"
    assert document.meeting.committee == "Board of Commissioners"


def test_a_committee_system_s_renaming_note_is_neither_the_committee_nor_the_date():
    text = (
        "Agenda and minutes\n\nCabinet - for meetings after 09/05/11, please see 'City Mayor "
        "& Cabinet' - Monday, 19 March 2001 5:00 pm\n\nItems\n\n182.\n\nDECLARATIONS OF "
        "INTEREST\n\nMinutes:\n\nThere were no declarations of interest.\n"
    )
    meeting = parse_bytes(text.encode(), "m.txt").meeting
    assert (meeting.committee, meeting.date) == ("Cabinet", date(2001, 3, 19))


@pytest.mark.parametrize(
    "opening",
    [
        "Motion by Dan Bee, second by Ken Dee, to approve the minutes of the last meeting.",
        "Presiding Commissioner Ted Bee called the meeting to order at 9:00 am",
    ],
)
def test_a_motion_or_the_opening_of_the_meeting_is_no_committee(opening):
    text = f"{opening}\n\nJune 11, 2012\n\nFUND BALANCES\n\nThe balances were read.\n"
    assert parse_bytes(text.encode(), "m.txt").meeting.committee == "Unknown committee"


@pytest.mark.parametrize("heading", ["Pages", "Home"])
def test_a_word_of_a_site_or_of_the_agenda_alone_is_no_committee(heading):
    text = f"{heading}\n\nApril 19, 2015\n\nTreasurer's Report\n\nThe balance is $1,200.\n"
    assert parse_bytes(text.encode(), "m.txt").meeting.committee == "Unknown committee"


def test_the_weekday_and_time_after_a_committee_s_name_are_no_part_of_it():
    text = (
        "PLANNING COMMISSION CITY OF ELMWOOD, CALIFORNIA TUESDAY, 7:30 P.M. MINUTES SEPTEMBER "
        "4, 1979\n\nROLL CALL\n\nPresent: Commissioners Bee, Dee.\n\nAPPROVAL OF MINUTES\n\n"
        "The minutes were approved.\n"
    )
    committee = parse_bytes(text.encode(), "m.txt").meeting.committee
    assert "Tuesday" not in committee and committee.startswith("Planning Commission")


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        ("ERRA Committee minutes March 2019\nAttendees: Ann Bee (chair), Carl Dee\n\n"
         "Minutes of the last meeting\nThe minutes were approved.\n\n"
         "Litter Pick\nTen residents came and filled twelve sacks.\n", "ERRA Committee"),
        ("Ordinary Council Meeting 20 December 2016– MINUTES Page 1 Ordinary Council Meeting "
         "Tuesday, 20 December 2016\n\n1. Apologies\n\nNone.\n\n2. Roads\n\nThe grader is "
         "fixed.\n", "Ordinary Council Meeting"),
        ("07/29/2013-PZ-Minutes-RegularMINUTES: PLANNING AND ZONING COMMISSION July 29, 2013 "
         "MEMBERS PRESENT: Ann Bee, Carl Dee\n\n1. Meeting called to order at 7:05pm.\n\n"
         "2. Consider minutes of the meeting of June 10, 2013.\n",
         "Planning and Zoning Commission"),
        ("02/01/2018 Planning Commission Regular Meeting Adopted 03/01/2018Planning Commission "
         "Regular Meeting\n\nI. PLEDGE OF ALLEGIANCE\n\nThe pledge was led by Ann Bee.\n\n"
         "II. ROLL CALL\n\nAll were present.\n", "Planning Commission Regular Meeting"),
    ],
    ids=["minutes, a month and a year after it", "a page's number after MINUTES",
         "a month left by an earlier date", "the minutes' approval stamp"],
)  # fmt: skip
def test_leftovers_around_a_committee_s_name_are_no_part_of_it(text, committee):
    assert parse_bytes(text.encode(), "m.txt").meeting.committee == committee


def test_the_sentence_that_opens_the_meeting_names_no_committee():
    """ "Meeting Called to Order at 7:02pm by Chair Ann Holt" is what happened, not who
    met: never the committee a user would facet on."""
    document = parse_bytes(
        b"Meeting Called to Order at 7:02pm by Chair Ann Holt\n"
        b"Board Members Present: Ann Holt, Bo Lind\n\n"
        b"Hydrant Program:\nThe contractor will replace four hydrants in the spring.\n",
        "district.txt",
    )
    assert "called to order" not in document.meeting.committee.lower()


@pytest.mark.parametrize("name", ["July 14", "Sept. 3rd", "14 July"])
def test_a_day_named_after_a_meeting_of_is_no_committee(name):
    """ "... met in an adjourned session from City Council meeting of July 14, 1981": the
    body is the heading's council, not "July 14"."""
    assert not could_name_a_body(name)
    assert could_name_a_body("July Fourth Committee")


def test_a_forms_label_before_the_body_is_no_part_of_its_name():
    text = (
        "MINUTES MEETING OF : CITY COUNCIL (Special Meeting) DATE OF MEETING: May 8, 1997 "
        "TIME OF MEETING: 5:30 p.m. PLACE OF MEETING: Council Chambers CALL TO ORDER: Mayor "
        "Bee called the Meeting to order at 5:38 p.m. ROLL CALL was taken by the City Clerk. "
        "PUBLIC COMMENT: There were no comments from the public at this meeting tonight. "
        "ADJOURNMENT: By proper motion, the meeting was adjourned at 6:02 p.m.\n"
    )
    assert parse_bytes(text.encode(), "m.txt").meeting.committee == "City Council"


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        (
            "VI. Library Study\nThe Trustees discussed the room's capacity.\n"
            "VII. Records Retention\nThe Trustees agreed to adopt the schedule.\n",
            "Trustees",
        ),
        (
            "5. Budget\nThe Committee noted the forecast and agreed to recommend it to the "
            "Council.\n6. Fees\nThe Committee agreed the new fees.\n",
            "Committee",
        ),
        ("5. Budget\nThe Board noted the forecast.\n6. Fees\nNo change.\n", "Unknown committee"),
    ],
    ids=["trustees", "the committee more than its council", "one mention is no name"],
)
def test_a_page_with_no_heading_takes_the_body_its_minutes_call_themselves(text, committee):
    """A page that starts inside the minutes names no committee; the minutes' own "The
    Trustees discussed ...", said twice at least and more than any other kind, does."""
    assert parse_bytes(text.encode(), "page.txt").meeting.committee == committee


def test_the_date_of_a_line_naming_the_minutes_outranks_a_signatures_date():
    """A cover's signature dated first ("Ann Bee Chief Executive Officer Friday 17 March
    2023"), then "Council Meeting Minutes 14 March 2023": the words before a date count for
    little unless they name a body or a meeting, and the minutes' own line says so."""
    lines = [
        "Ann Bee Chief Executive Officer Friday 17 March 2023",
        "Council Meeting Minutes 14 March 2023",
    ]
    index, _, committee = best_date_line(lines)
    assert (index, committee) == (1, "Council")


def test_a_bodys_name_run_on_into_the_kind_of_meeting_names_the_committee():
    """A page run together on one line: "RIVERTON PLANNING COMMISSION REGULAR MEETING
    WEDNESDAY, ...": the body's name ends where the kind of meeting begins, as it ends at
    "Meeting" or "Minutes", not at "Chambers" (a room)."""
    text = (
        "View Agenda for this meeting RIVERTON PLANNING COMMISSION REGULAR MEETING WEDNESDAY, "
        "JULY 12, 2006 7:30 P.M. COUNCIL CHAMBERS - RIVERTON CIVIC CENTER 1 ELM STREET "
        "CALL TO ORDER The meeting was called to order at 7:30 P.M. with Chair Bee presiding. "
        "ROLL CALL Present: Members Bee, Dee, Fay and Gee. APPROVAL OF AGENDA Moved by Dee, "
        "seconded by Fay, to approve the agenda as presented. Motion carried 4-0. "
        "PUBLIC HEARINGS The commission heard the application for the lot split on Oak Lane "
        "and recommended approval to the council. Motion carried 4-0. ADJOURNMENT The "
        "meeting was adjourned at 8:45 P.M. " * 2
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert document.meeting.committee.lower() == "riverton planning commission"


def test_a_numbered_districts_name_keeps_its_number():
    """ "Oakdale Fire District No. 3 Minutes of the ...": the district's number is part of
    its name, not a capitalised word after it that shows no name ended there; the minutes'
    status before it ("Draft") is no part of it."""
    text = (
        "March Minutes Draft Oakdale Fire District No. 3 Minutes of the March 4, 2024 "
        "Monthly Meeting Chair Ann Bee called the meeting to order at 7:00 PM. The Pledge of "
        "Allegiance was recited. Treasurer's Report: The treasurer presented the monthly "
        "report and the bills were approved for payment. Chief's Report: The chief reported "
        "twelve calls during February and the new engine was in service. " * 3
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert document.meeting.committee == "Oakdale Fire District No. 3"
    opening = ["Chair Ann Bee opened the Elm Valley Fire District No. 12 meeting at the hall."]
    assert body_named_in_opening(opening) == "Elm Valley Fire District No. 12"


def test_a_sites_menu_entry_names_no_committee():
    """A page's menu ("- Trustees & Staff") stands above the minutes' heading: its entries
    name the site's pages, not the body that met."""
    lines = ["Elm Fork Township", "- Home", "- Trustees & Staff", "- Contact Us"]
    assert committee_from_lines(lines) == "Elm Fork Township"


def test_a_sentence_about_the_meeting_names_no_committee():
    """ "Meeting was held online with 12 members in attendance" says how the body met, not
    who it is: the heading above names it."""
    lines = [
        "Parents' Association (PA) Meeting",
        "Tuesday, March 9th, 7-8 p.m.",
        "Meeting was held online with 12 members in attendance",
    ]
    assert committee_from_lines(lines) == "Parents' Association (PA) Meeting"


@pytest.mark.parametrize(
    ("name", "names_a_body"),
    [
        ("March Meeting", False),
        ("Tuesday General Meeting", False),
        ("March Committee Meeting", True),
        ("May Day Committee", True),
    ],
)
def test_a_meeting_named_by_its_month_or_day_names_no_body(name, names_a_body):
    assert could_name_a_body(name) is names_a_body


def test_apologies_said_in_the_opening_text_are_the_meetings_apologies():
    """ "Apologies were received from ..." in the opening text, no apologies item: the
    meeting's apologies all the same; a next sentence run on after the last name (its stop
    lost) is no part of it."""
    text = (
        "Elmvale Parish Council\nMinutes of the meeting held on 4 May 2021\n"
        "Present: Cllrs Bee, Dee and Fay.\n"
        "Apologies were received from Cllr Gee and Cllr Hay The Clerk was in attendance.\n\n"
        "1. Minutes\nThe minutes were approved.\n\n2. Finance\nThe council agreed to pay £120.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.apologies == ["Cllr Gee", "Cllr Hay"]


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (  # the dated line's words name no body; the heading above does
            ["ELM DATA STEERING GROUP (EDSG)",
             "Narrative Notes for the March 9, 2011 EDSG Teleconference",
             "1. Administrivia"],
            "Elm Data Steering Group (EDSG)",
        ),
        (  # a venue before the date, in two languages; the council named above
            ["CYNGOR CYMUNED FFYNNON COMMUNITY COUNCIL",
             "Neuadd y Pentref, Ffynnon am 7.30yh 5ed o Dachwedd 2013 Ffynnon Village Hall, "
             "7.30pm 5th of November 2013",
             "Present: Cllr A Pike, Cllr B Dace"],
            "Cyngor Cymuned Ffynnon Community Council",
        ),
        (  # a clause before the body that met
            ["The State of Texas", "County of Elm",
             "On this the 26th day of June 2018, the Elm County Commissioners Court met in "
             "regular session."],
            "Elm County Commissioners Court",
        ),
    ],
)  # fmt: skip
def test_a_name_that_governs_before_the_words_around_the_date(lines, committee):
    header = parse_meeting_header(lines[:2], [], lines)
    assert header.committee == committee


def test_a_volumes_period_is_not_the_meetings_date():
    """A year's minutes in one file: "held from 1st March 2019 to 31st March 2020", then
    the table of meetings, then the first meeting's own date."""
    lines = [
        "ELMSTEAD COMMUNITY COUNCIL Minutes of meetings held from 1st March 2019 to 31st March "
        "2020 Date Meeting Type Page 9th May 2019 Annual Meeting 2 06 June 2019 Ordinary 4"
    ]
    header = parse_meeting_header(lines, [], lines)
    assert header.date == date(2019, 5, 9)


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Parish Council at 8:45PM", "Parish Council"),
        ("Delegate Meeting Thursday 19th September 02", "Delegate Meeting"),
        ("MINUTE of MEETING of the Roads Committee", "Roads Committee"),
        ("Minute of Annual General Meeting", "Annual General Meeting"),
        ("At a meeting of the Board", "Board"),
        ("Elm County Council Elm County Council", "Elm County Council"),
        ("Council COUNCIL", "Council"),
        ("Council)", "Council"),
        ("Board of Trustees (Charity)", "Board of Trustees (Charity)"),
        ("Minutes", "Minutes"),  # nothing left that governs: as it was
    ],
)
def test_a_committee_without_what_the_heading_printed_around_it(name, clean):
    assert without_leftovers(name) == clean


def test_a_snippets_dots_far_before_the_date_leave_it_the_meetings():
    """A document-sharing page's summary ("... minutes of ... su...") at the top of a page
    flattened onto one line; the heading's own date comes long after it."""
    line = (
        "elm college minutes of corporation meeting held on 10 ... · elm college minutes of ... "
        "su... 12 1 Elm College Minutes of Corporation Meeting held on 10 November 2016 at "
        "5.30pm at the Clapham Centre ATTENDANCE: Present: Ann Pike (Chair) Ben Dace. "
        + "Members discussed the report. " * 40
        + "The minutes from the meeting on 29 September 2016 were agreed as correct."
    )
    header = parse_meeting_header([line], [], [line])
    assert header.date == date(2016, 11, 10)


@pytest.mark.parametrize(
    ("line", "committee"),
    [
        ("ELM DATA STEERING GROUP (EDSG) Narrative Notes for the March 9, 2011 EDSG "
         "Teleconference Narrative minutes scribe: Ann Pike 1. Administrivia 1.1 Roll Call "
         + "Ben Dace (Elm Data) / Chair, Carl Roach (Elm Data) / Secretary " * 8,
         "Elm Data Steering Group"),
        ("Overview & Scrutiny Committee Committee Members: Councillors Pike (Chairman), Dace "
         "and Roach 1. Apologies for Absence Apologies were received from Councillor Tench. "
         + "The committee considered the report of the head of service at length. " * 6,
         "Overview & Scrutiny Committee"),
    ],
)  # fmt: skip
def test_a_page_run_onto_one_line_is_named_by_the_body_opening_it(line, committee):
    header = parse_meeting_header([line], [], [line])
    assert header.committee == committee


def test_an_agenda_item_naming_a_committee_is_not_the_meetings_committee():
    lines = [
        "Mill Road, Elmbridge, EL6 7BZ Head Teacher: Ann Pike /",
        "2.Declaration of interest in any agenda item",
        "3.Welcome the new member and assign to a committee",
        "4.Minutes of previous meeting held on 26th November 2014",
    ]
    header = parse_meeting_header(lines, [], lines)
    assert header.committee != "3.Welcome the new member and assign to a committee"
    assert not (header.committee or "").startswith("3.")


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["| Cllrs. Williams, Elliott and Tully"],
         ["Councillor Williams", "Councillor Elliott", "Councillor Tully"]),
        (["Present were Mayor Lee and Councilors Ash, Bee"],
         ["Mayor Lee", "Councilor Ash", "Councilor Bee"]),
        (["Councillor Ann Pike Councillor Ben Dace"], ["Councillor Ann Pike", "Councillor Ben Dace"]),
        (["Cllr Mr C W Taylor"], ["Cllr Mr C W Taylor"]),  # a title before a title: one person
        (["MGD Pike as Mayor in the Chair"], ["MGD Pike"]),
    ],
)  # fmt: skip
def test_attendance_entries_without_what_stands_around_the_names(lines, names):
    assert [attendee.name for attendee in parse_attendee_list(lines)] == names


def test_a_post_after_the_name_is_the_attendees_role():
    attendee = parse_attendee_list(["Councillor Stillwell The Chairman"])[0]
    assert (attendee.name, attendee.role) == ("Councillor Stillwell", "Chairman")


def test_a_bullet_under_a_name_gives_that_persons_post():
    """ "Ann Bee" / "- Chair": the post bulleted under each name is that person's role;
    the bullets are no outline of items, and the numbered items below are the minutes."""
    text = (
        "A MEETING OF THE WESTBRIDGE LIBRARY BOARD WAS HELD ON THURSDAY, MAY 12, 2011\n\n"
        "Present -\n\nNora Pell\n\n- Chair\n\nKen Ashdown\n\n- Member\n\n"
        "Rita Vance\n\n- Acting Chief Librarian\n\n"
        "1. MINUTES\n\nMoved by Ken Ashdown\nSeconded by Nora Pell\n\n"
        "THAT the minutes of April 14, 2011 be adopted. Carried\n\n"
        "2. REPORTS\n\nThe circulation report for April was received.\n\n"
        "3. CORRESPONDENCE\n\nA letter from the county was noted.\n"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert [(a.name, a.role) for a in document.meeting.present] == [
        ("Nora Pell", "Chair"),
        ("Ken Ashdown", "Member"),
        ("Rita Vance", "Acting Chief Librarian"),
    ]
    assert [item.title for item in document.items] == ["MINUTES", "REPORTS", "CORRESPONDENCE"]


def test_a_headings_day_without_its_year_is_dated_by_the_first_full_date_below():
    """ "Elmford Village Board met March 4" above "... called the meeting to order on
    Monday, March 4, 2024 at 6:00 p.m.": that date is the meeting's; the name is the
    board's, without "met March 4"."""
    text = (
        "Elmford Village Board met March 4\n\nHere are the minutes provided by the board:\n\n"
        "CALL TO ORDER: President Bee called the meeting to order at the Village Hall on "
        "Monday, March 4, 2024 at 6:00 p.m.\n\nROLL CALL: Present: Trustees Cole and Dee.\n\n"
        "PUBLIC COMMENT: None.\n"
    )
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert (meeting.committee, meeting.date) == ("Elmford Village Board", date(2024, 3, 4))


def test_a_heading_that_dates_another_meeting_gives_no_date_to_this_one():
    """ "Confirmation of the minutes of the meeting held on 25 January 2018" at the top of
    undated minutes: a day with its year is that meeting's, not this one's."""
    text = (
        "Committee\n\nCONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 25 JANUARY 2018\n\n"
        "The minutes of the meeting held on 25 January 2018 were agreed.\n\n"
        "QUESTIONS\n\nThere were no questions.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date is None


def test_a_superscript_ordinal_between_blank_lines_is_part_of_its_date():
    """ "Held Tuesday 24" / "" / "th" / "" / "August 2010": a web page's paragraphs around
    a superscript ordinal break one date."""
    text = (
        "Minutes of the Parent Council Meeting Held Tuesday 24\n\nth\n\nAugust 2010\n\n"
        "Present\n\nAnn Bee\n\nCy Dee\n\nCorrespondence\n\nAll mail was shared by email.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == date(2010, 8, 24)


def test_a_headings_day_without_its_year_is_dated_by_the_same_day_in_figures():
    """ "Tuesday 12th March" under "Parish Forum minutes 12.03.19": the date in figures,
    read either way round, is the named day's, and gives it its year."""
    text = (
        "Draft copy of Parish Forum minutes 12.03.19\nTuesday 12th March\n7pm, Village Hall\n"
        "In attendance:\nAnn Bee (Chair)\n\nA1 Apologies for Absence\nNone were received.\n"
        "A2 Declarations of Interest\nNo declarations of interest were made.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == date(2019, 3, 12)


def test_a_headings_weekday_picks_the_year_the_day_fell_on_it():
    """ "Monday 3rd June", with the 2020 budget named twice and the 2019 accounts once: 3
    June fell on a Monday in 2019, not in 2020. Without the weekday the most named year
    is still the meeting's."""
    body = (
        "\n1. Accounts\nThe 2019 accounts were approved.\n2. Budget\nThe 2020 budget was "
        "discussed and the 2020 precept agreed.\n"
    )
    monday = parse_bytes(
        f"Elm Youth Council\nMeeting held Monday 3rd June\n{body}".encode(), "m.txt"
    )
    plain = parse_bytes(f"Elm Youth Council\nMeeting held 3rd June\n{body}".encode(), "m.txt")
    assert (monday.meeting.date, plain.meeting.date) == (date(2019, 6, 3), date(2020, 6, 3))


def test_a_document_sharing_sites_similar_documents_date_no_meeting():
    """The titles a document-sharing site lists under "Similar documents" are other
    meetings': their dates are not this meeting's, whether its own title gives one or not."""
    others = (
        "Similar documents\n\nELMFORD CITY COUNCIL MEETING MINUTES August 28, 2018\n\n"
        "Minutes of a REGULAR MEETING of the Board of Trustees, Monday, December 17, 2018\n\n"
    )
    items = "1. Call to Order\nThe Mayor called the meeting to order.\n2. Roll Call\nAll present.\n"
    dated = f"ELMFORD CITY COUNCIL MEETING MINUTES December 4, 2018\n\n{others}{items}"
    undated = f"ELMFORD SCHOOL BOARD MINUTES\n\n{others}{items}"
    assert parse_bytes(dated.encode(), "m.txt").meeting.date == date(2018, 12, 4)
    assert parse_bytes(undated.encode(), "m.txt").meeting.date is None


def test_a_month_run_on_into_its_day_is_read():
    """ "June11, 2019": the space between the month and the day lost."""
    text = "Elmford Free Library\n\nBoard of Trustees Meeting\n\nJune11, 2019 at 17:30\n\n"
    text += "1.0 Call to order\nThe meeting opened.\n2.0 Minutes\nThe minutes of 04/09/2019 were approved.\n"
    assert parse_bytes(text.encode(), "m.txt").meeting.date == date(2019, 6, 11)


def test_a_superscript_ordinal_set_apart_on_its_line_is_part_of_its_date():
    """A PDF's text keeps the ordinal on the day's line but spaced off, with a space before
    the comma after it: "Regular Meeting July 14 th , 2014" is dated (its items keep the text
    as printed)."""
    text = (
        "Town of Elmford\nRegular Meeting of Council July 14 th , 2014 7:00 pm\n\n"
        "1. CALL TO ORDER\nThe Mayor called the meeting to order.\n"
        "2. ADOPTION OF AGENDA\nCarried.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == date(2014, 7, 14)


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Island Assembly Decisions 23 - 24 March 2010 at Elmsea", date(2010, 3, 23)),
        ("Board of Regents Meeting October 6-8, 2011", date(2011, 10, 6)),
        ("Synod held on 14th and 15th June 2019", date(2019, 6, 14)),
    ],
)
def test_a_meeting_of_several_days_is_dated_by_its_first(heading, day):
    text = f"{heading}\n\n1. OPENING PRAYER\nThe Chair opened the meeting.\n2. ACCOUNTS\nAgreed.\n"
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == day


def test_a_sites_path_to_the_page_leaves_the_pages_title_as_the_heading():
    """ "Home > Assembly > Assembly Decisions 4 May 2015": the site's path is chrome, its
    last step the document's heading."""
    text = (
        "Home > Island Assembly > Island Assembly Decisions 4 May 2015\n"
        "1. OPENING PRAYER\nThe Chair opened the meeting.\n2. ACCOUNTS\nAgreed.\n"
    )
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert (meeting.committee, meeting.date) == ("Island Assembly Decisions", date(2015, 5, 4))


def test_a_headings_day_without_its_year_takes_the_year_the_text_names_most():
    """ "Board Meeting, City Hall 1 February :30pm" and no full date with that day below,
    but "Meeting No. 2/2019" and the minutes "of 4 January 2019": the year named most is the
    meeting's. A time after the day ("1 February :30pm") is no year."""
    text = (
        "Elmsea Corporation Board Meeting, City Hall, Elmsea 1 February :30pm\n\n"
        "Present: Ann Bee, Chairman; Cy Dee; Eve Fox.\n\n"
        "1. Confirmation of Notice: The Secretary confirmed that notice was given.\n"
        "2. Minutes of the meeting of 4 January 2019 were accepted as read.\n"
        "3. Matters arising from the meeting of 4 January 2019: none.\n\n"
        "Elmsea Corporation Board Meeting No. 2/2019 Page 1 of 3\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == date(2019, 2, 1)


def test_a_heading_in_capitals_keeps_its_acronyms_when_its_name_is_title_cased():
    """ "ELMSHIRE NHS TRUST BOARD": the committee "Elmshire NHS Trust Board", not "Nhs"; a
    word with no vowel is no word to case, a saint's "ST" is."""
    text = (
        "MINUTES OF THE ELMSHIRE NHS TRUST BOARD HELD ON 14 DECEMBER 2017\n\n"
        "1. APOLOGIES\nNone.\n2. MINUTES\nThe minutes were approved.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.committee == "Elmshire NHS Trust Board"


def test_a_hyphenated_place_keeps_its_small_words_small_when_title_cased():
    """ "ELMBURY-ON-SEVERN TOWN COUNCIL": "Elmbury-on-Severn Town Council", as the place is
    written, not "Elmbury-On-Severn"."""
    text = (
        "MEETING OF ELMBURY-ON-SEVERN TOWN COUNCIL\nTuesday 17th June 2025\n\n"
        "1. APOLOGIES\nNone.\n2. MINUTES\nThe minutes were approved.\n"
    )
    committee = parse_bytes(text.encode(), "minutes.txt").meeting.committee
    assert committee == "Elmbury-on-Severn Town Council"


def test_a_sentence_of_circumstances_after_who_came_ends_the_attendance():
    """ "Also in attendance: Mr C Dee" / "In the absence of a Chairman, Members called on
    Cllr Fox to chair the meeting.": the sentence is no one attending, and nobody speaks
    as "In the absence of a Chairman"."""
    text = (
        "MINUTES OF THE PLANNING MEETING HELD IN THE TOWN HALL 2 May 2012\n\n"
        "Present : Cllrs A Bee E Fox G Hay\n\nAlso in attendance : Mr C Dee\n\n"
        "In the absence of a Chairman since Cllr Ives' resignation, Members called on Cllr Fox "
        "to Chair this meeting.\n\n1. Chairman's Welcome\nCllr Fox welcomed everyone.\n"
        "2. Planning Applications\nThe applications were considered.\n"
    )
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert [person.name for person in meeting.also_attended] == ["Mr C Dee"]


def test_a_day_with_its_weekday_and_no_year_takes_the_year_it_falls_on_that_weekday():
    """ "... held in the Council Chamber On Monday 1 st December, In the Chair ..." with
    "Grants 2008" and "Plan 2009" further on: of the years the text names, 1 December was a
    Monday in 2008 only (a Tuesday in 2009), so that is the meeting's date. A Friday fits
    neither year: no date."""
    heading = (
        "Elmshire County Council Minutes of Elmshire County Council Meeting held in The "
        "Council Chamber, County Hall, Elmford On Monday 1 st December, In the Chair Present "
        "Apologies Community Grants 2008 Budget Meeting Development Plan 2009 "
        "Cllr. Ann Bee. Cllrs. C. Dee, E. Fox, G. Hale."
    )
    text = f"{heading}\n\n1. Minutes\nThe minutes were approved.\n2. Grants\nAgreed.\n"
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == date(2008, 12, 1)
    tuesday = text.replace("Monday 1 st December", "Tuesday 1 st December")
    assert parse_bytes(tuesday.encode(), "minutes.txt").meeting.date == date(2009, 12, 1)
    unfitting = text.replace("Monday 1 st December", "Friday 1 st December")
    assert parse_bytes(unfitting.encode(), "minutes.txt").meeting.date is None


def test_a_sub_committee_spaced_by_a_pdf_is_named_as_one_word():
    """ "Elmshire Licensing Sub \u2013 Committee": a PDF's text set the hyphen apart; the name
    a user facets on is "Licensing Sub-Committee", as the same body's other minutes print it."""
    text = (
        "Elmshire Council\nLicensing Sub \u2013 Committee\nThursday, 10 November 2022\n\n"
        "Present: Councillors Ann Bee (Chair) and Carl Dee\n\n"
        "1. Apologies\nNone.\n2. Premises Licence, 4 Mill Lane\nThe licence was granted.\n"
    )
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert meeting.committee == "Licensing Sub-Committee"


@pytest.mark.parametrize("text", ["MONDAY 2nd DECEMEBER 2019", "March 2019", "the 14th, 2005"])
def test_a_date_missing_its_day_or_month_is_no_date(text):
    """A misspelt month, or a month with no day: the missing part is not made up (dateutil
    would fill it from today's date, so the answer would change with the day it ran)."""
    assert parse_date(text) is None


def test_a_heading_with_a_misspelt_month_leaves_the_meeting_undated():
    text = (
        "MINUTES OF THE ORDINARY MEETING OF THE TOWN COUNCIL HELD ON MONDAY 2nd NOVEMEBER "
        "2020 AT 7:30PM\n\n20/88 ITEM 1 - Apologies\nNone were received.\n\n"
        "20/89 ITEM 2 - Minutes\nThe minutes were approved.\n"
    )
    assert parse_bytes(text.encode(), "m.txt").meeting.date is None


def test_the_text_before_the_first_item_and_after_the_last_is_kept_with_the_meeting():
    """No item holds the opening remarks or the closing line, but they are the minutes'
    words too: the meeting keeps its running text, for search to find. Not the attendance,
    which it keeps as facts (a name searched for finds what its person said)."""
    document = parse_file(FIXTURES / "opening-remarks.txt")
    assert [item.title for item in document.items] == ["Apologies", "Allotments", "Street Lighting"]
    assert "minute's silence for former Alderman Ivo Quillfeather" in document.meeting.opening
    assert "Present:" not in document.meeting.opening
    assert "A Quince" in document.meeting.present[0].name  # kept as the attendance
    assert document.meeting.closing == (
        "The meeting closed at 9.04 pm with thanks to the caretaker, Mr Bramblewick."
    )
    assert not any("Quillfeather" in item.body for item in document.items)


def test_attendance_the_meeting_could_not_read_stays_in_the_opening_text():
    """A page run onto one line names who came in running text the attendance reader does
    not know ("Absent: ... Municipal Staff: ... Media: ..."): with no attendance read, the
    opening keeps those words, the only record of who came."""
    line = (
        "Elmvale Selectboard Meeting of January 4, 2011 Town Hall Room B\n\n"
        "1 Elmvale Selectboard Meeting of January 4, 2011 Selectboard: Ann Bee, Cy Dee and "
        "Ed Fay. Absent: Gil Hay Municipal Staff: Ida Jay (Town Manager) Media: Kim Lee "
        "(Elmvale Herald) Mr. Dee called the meeting to order at 6:07 p.m. 1. Minutes On "
        "motion by Mr. Fay, seconded by Mrs. Bee, the Board voted to approve the minutes of "
        "December 21, 2010 as written. 2. Public Comment Mrs. Jay reported on the water main. "
        "3. Committee reports The Energy Committee will meet on Wednesday. 4. Back Roads Grant "
        "Mr. Dee announced that Elmvale is to receive the grant."
    )
    document = parse_bytes(line.encode(), "m.txt")
    assert not document.meeting.present
    assert "Absent: Gil Hay" in document.meeting.opening
    assert [item.number for item in document.items] == ["1", "2", "3", "4"]
    assert document.items[0].title.startswith("Minutes")


def test_a_text_kept_whole_has_no_opening_apart_from_its_one_item():
    document = parse_bytes(b"Dear resident,\n\nYour bin will be collected on Tuesday.\n", "x.txt")
    assert document.meeting.structure in ("whole", "pages", "paragraphs")
    assert "bin will be collected" in "".join(item.body for item in document.items)
    assert "bin will be collected" not in document.meeting.opening


def test_the_minutes_an_item_approves_do_not_date_the_meeting():
    """ "b. Minutes – February 26, 2020", an entry of the consent agenda near the top, is the
    last meeting's minutes; the board met on the day the opening sentence says."""
    text = (
        "Elmford School District 9 Board of Education met March 25.\n"
        "Here are the minutes provided by the board:\nMeeting Convened\n"
        "The Board of Education of School District No. 9 met in regular session on March 25, "
        "2020, at 6:00 p.m.\nRoll Call\nThe meeting was called to order by President Bee.\n"
        "Consent Agenda\nIt was moved by Member Cole to approve the following items:\n"
        "a. Treasurer's Report – February 2020\nb. Minutes – February 26, 2020\n"
        "c. Check Register\nOn the call of the roll, all members voted Aye.\n"
    )
    assert parse_bytes(text.encode(), "minutes.txt").meeting.date == date(2020, 3, 25)


def test_the_meeting_that_will_approve_the_minutes_does_not_date_them():
    """ "Unofficial Board Meeting Minutes of 7-1-13," then "to be approved at the 8-5-2013
    Meeting": the second date is the meeting to come, so the date falls back to the file's
    name ("7-1-13", its year in two figures, is not read as a date)."""
    text = (
        "Elmwood Village Board\n\n"
        "Unofficial Board Meeting Minutes of 7-1-13,\nto be approved at the 8-5-2013 Meeting\n\n"
        "In attendance: Mayor Bee, Trustees Cole, Dee and Fox\n\n"
        "1. Mayor Bee called the meeting to order at 7pm.\n\n"
        "2. Approved the minutes of the June 17, 2013 meeting, Cole, 2nd Dee, carried.\n"
    )
    assert parse_bytes(text.encode(), "elmwood-2013-07-01.txt").meeting.date == date(2013, 7, 1)


def test_minute_references_shaped_like_dates_leave_headless_minutes_undated():
    """Minutes that lost their heading, each minute opening with a reference shaped like a
    date ("11/15/02") and following up an earlier one ("Hall Roof (07/15/04)"): the
    references are no meeting's date, above the first item or below it."""
    text = (
        "Mrs. Ada Quill (Chair), Mr. Ben Rook, Mr. Col Fenn.\n\n"
        "1.  Apologies for Absence\n\n"
        "11/15/01 Mr. Dan Hale, Mrs. Eve Moss.\n\n"
        "2.  Minutes of last meeting\n\n"
        "11/15/02 It was proposed by Mr. Rook and seconded by Mr. Fenn that the minutes of"
        " the last meeting held on 9th September 2015 be accepted as a correct record.\n\n"
        "3.  Matters Arising\n\n"
        "11/15/03 Hall Roof (07/15/04)\n\n"
        "The roofer will call next week.\n\n"
        "11/15/04 Bench (07/15/05)\n\n"
        "The bench has been repaired.\n"
    )
    assert parse_bytes(text.encode(), "m.txt").meeting.date is None
