"""Line roles: the evidence that a line without a number heads an item, feature by
feature (roles.py), and the "Title: text" openings of paragraphs."""

from __future__ import annotations

import pytest

from search_app.parse.roles import (
    ATTENDANCE_LABEL,
    HEADING,
    could_be_title,
    is_attendee_entry,
    is_initialled_person_acting,
    is_list_of_names,
    is_listed_person,
    is_named_with_post,
    is_part_label,
    label_paragraph,
    named_with_initials,
    numbered_evidence,
    opening_title,
    this_meeting,
    unnumbered_evidence,
)

TEXT = "The clerk reported that the work had been completed on time and within budget."


@pytest.mark.parametrize(
    "line",
    [
        "APOLOGIES",
        "Treasurer's Report",
        "Report of the Planning Officer",  # a post inside a report's title
        "Webcasting and AUDIO RECORDING OF COUNCIL MEETING",
        "To agree the minutes of the last meeting held on 12 May 2022",
        "GAA 5 Star Flag",  # a name with a figure first, no item number
        "Approval of Meeting Minutes",  # business, not the meeting's heading
    ],
)
def test_title_lines_head_items(line):
    assert unnumbered_evidence(line, TEXT, "").score >= HEADING


@pytest.mark.parametrize(
    "line",
    [
        "There were no apologies",  # a subject and its verb
        "CD counted the votes",  # a member's initials acting
        "THE MOTION CARRIED",  # an outcome
        "AND AGREED",  # the end of "It was proposed ... seconded ..." in capitals
        "HOLLYBANK TOWN COUNCIL",  # a page's header
        "Present",  # the meeting's attendance
        "Mr. Chester Dane",  # a member listed in the attendance
        "Administrative Officer",  # a post beside a name in the attendance
        "Mgr., Parks & Recreation",
        "Prof. A Bee, Vice-Chancellor",
        "AND RESOLVED THAT",  # the rest of a sentence run on in capitals
        "UNAPPROVED",  # the minutes' status, stamped on them
        "COMMENCING 10.00 AM",  # the time the meeting began
        "At 7:30 p.m.",
        "CONTENTS",  # the heading of the contents table
        "AGENDA",  # the heading of the agenda listed before the minutes
        "Vaccinations- Junior Infants- January 13th",  # a date written month first: a note
        "Special Meeting Minutes",  # this meeting's own heading
    ],
)
def test_sentences_outcomes_and_page_headers_do_not(line):
    assert unnumbered_evidence(line, TEXT, "").score < HEADING


def test_a_link_to_a_report_after_a_long_title_is_evidence_of_a_heading():
    title = "The Role of the Licensing Committee, Delegations and Policies"
    without, linked = (unnumbered_evidence(title, TEXT, "", linked=flag) for flag in (0, 1))
    assert without.score < HEADING <= linked.score


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Approval of Minutes: Ms Kay moved that the minutes be approved.", "Approval of Minutes"),
        (
            "Call to Order. Chairperson Bee called the meeting to order at 7:00 p.m.",
            "Call to Order",
        ),
        ("Pier Repairs – FK reported that the contractor will start in November.", "Pier Repairs"),
        ("Correspondence:Inwards: a letter from the shire was received.", "Correspondence"),
        (  # the dash glued to the title in capitals
            "APPROVAL OF AGENDA- Motion by Ann Bee and seconded by Carl Dee to approve the agenda.",
            "APPROVAL OF AGENDA",
        ),
    ],
)
def test_paragraphs_that_open_with_their_title(line, title):
    label, _, evidence = label_paragraph(line, "", starts_paragraph=True)
    assert (label, evidence.score >= HEADING) == (title, True)


@pytest.mark.parametrize(
    "line",
    [
        "P. Lowe, Ferndale Place: Access Road Report: the lane is too narrow for the buses.",
        "C. D. McNab, Riverside Residents Association: spoke against the new car park.",
    ],
)
def test_a_speaker_and_where_they_come_from_is_no_title(line):
    """A member of the public heard on an item, the street or group they speak for after
    the comma: the label names who spoke, not business."""
    _, _, evidence = label_paragraph(line, "", starts_paragraph=True)
    assert evidence.score < HEADING


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        (
            "Well Field Permits \u2013 Renewal and Fees \u2013 Ms. Quill advised the board of the new fees.",
            "Well Field Permits \u2013 Renewal and Fees",
            "Ms. Quill advised",
        ),
        (  # who presents it is no subtitle: the minute starts at the first dash
            "Treasurer's Update \u2013 Mr. Ostby \u2013 the balance stands at $4,100.",
            "Treasurer's Update",
            "Mr. Ostby",
        ),
        (  # nor a clause with its verb
            "Boat Ramp \u2013 Work was completed \u2013 the board thanked the volunteers.",
            "Boat Ramp",
            "Work was completed",
        ),
    ],
)
def test_a_subtitle_between_two_dashes_is_the_titles(line, title, text):
    label, rest, _ = label_paragraph(line, "", starts_paragraph=True)
    assert (label, rest.startswith(text)) == (title, True)


@pytest.mark.parametrize(
    "line",
    [
        "Motion carried. The board moved on to the next item.",  # not a title in title case
        "Stephen Bee – City Attorney",  # a name and an office, no sentence after
        "BG – Issues with the bank account were raised by the treasurer.",  # initials
        "Manager; and Ms. Lane, Recording Secretary.",  # a list of who came, wrapped
    ],
)
def test_openings_that_are_not_titles(line):
    assert opening_title(line) is None


@pytest.mark.parametrize(
    ("line", "title", "rest"),
    [
        ("ROLL CALL Present: Councilmembers Adler, Brook and Cole.", "ROLL CALL", "Present:"),
        (
            "APPROVAL OF MINUTES Motion: Ames/Brook to approve. Carried.",
            "APPROVAL OF MINUTES",
            "Motion:",
        ),
        ("ROLL CALL Members present: Adler, Brook and Cole.", "ROLL CALL", "Members present:"),
    ],
)
def test_a_title_in_capitals_runs_into_the_label_of_its_first_part(line, title, rest):
    label, text, evidence = label_paragraph(line, "", starts_paragraph=True)
    assert (label, text.startswith(rest), evidence.score >= HEADING) == (title, True, True)


def test_the_documents_name_before_its_attendance_is_no_title():
    _, _, evidence = label_paragraph("PLANNING BOARD Present: Ann Bee, Carl Dee.", "", True)
    assert evidence.score < HEADING


@pytest.mark.parametrize(
    "line",
    [
        "Aldermen: Nora F. Quill, Kevin Dole, John O \u2019Hara. The Manager was present.",
        "Councillors: Rory Bane, Pat Cole, Ed Hale and James Orr.",
        "Councilmembers: Black,",  # the list goes on below: "Gilson, Houston, Roberts."
    ],
)
def test_a_label_over_people_listed_is_no_title(line):
    _, _, evidence = label_paragraph(line, "Gilson, Houston, Roberts.", starts_paragraph=True)
    assert evidence.score < HEADING


def test_a_sentence_about_known_business_is_no_title_even_over_a_minutes_label():
    """A committee system's row: the minute's sentence where the title would be, "Minutes:"
    below it."""
    line = "Apologies were recorded from Councillors Bee and Dee"
    assert unnumbered_evidence(line, "Minutes:", "", part_follows=True).score < HEADING


@pytest.mark.parametrize(
    "line", ["RESOLUTION 2021/31", "Motion No. 12", "Resolution #45", "Action 33.1", "Moved:"]
)
def test_the_labels_of_parts_with_their_numbers(line):
    assert is_part_label(line)


def test_someone_acting_before_a_colon_is_a_sentence():
    _, _, evidence = label_paragraph("Ted Bee called the meeting to order: 4:30 p.m.", "", True)
    assert evidence.score < HEADING


def test_a_person_whose_sentence_runs_on_is_no_title():
    evidence = unnumbered_evidence("Mr. Bee provided", "information on the grant scheme.", "")
    assert evidence.score < HEADING


def test_a_word_and_a_motions_credits_is_no_item():
    _, _, evidence = label_paragraph(
        "Acceptance: proposed by Ian Bee, seconded by Gail Dee.", "", True
    )
    assert evidence.score < HEADING
    _, _, titled = label_paragraph(
        "Approve Minutes of Prior Meetings: Moved by Ann Cole to approve the minutes.", "", True
    )
    assert titled.score >= HEADING


def test_semicolons_inside_brackets_open_no_paragraph():
    line = "CONSENT AGENDA (Financial Statements; Circulation Report; Gifts)"
    assert opening_title(line) is None


def test_a_time_in_the_recording_marks_an_index_entry_of_the_meetings_video():
    """ "Fire Report [30:15]" over "Police Report [30:50]": no text under either, but each
    says where it starts in the recording."""
    assert unnumbered_evidence("Fire Report [30:15]", "Police Report [30:50]", "").score >= HEADING
    assert unnumbered_evidence("Fire Report", "Police Report", "").score < HEADING


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("CALL TO ORDER: Commissioner Bee called the meeting to order at 7:05 p.m.", True),
        ("Call to Order: The Chair opened the meeting and welcomed the visitors.", True),
        ("Apologies: None", True),  # known business with nothing to report
        ("Apologies: Ann Bee, Cy Dee", False),  # a list, not business, under the names
        ("Finance: the treasurer said the account stands at", False),  # a wrapped sentence
    ],
)
def test_a_capitals_title_or_known_business_opens_a_paragraph_under_a_list_of_names(line, heads):
    """Hard-wrapped minutes leave no full stop after the attendance's last name: the line
    after it still opens a paragraph when its title is in capitals or known business."""
    _, _, evidence = label_paragraph(line, "", starts_paragraph=False)
    assert (evidence.score >= HEADING) == heads


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("declarations of interest", True),  # a style sheet's capitals, lost with the style
        ("confirmation of minutes", True),
        ("the clerk read the letter", False),
        ("Apologies", True),
    ],
)
def test_known_business_in_lower_case_may_be_a_title(line, title):
    assert could_be_title(line) == title


@pytest.mark.parametrize(
    ("line", "attendee"),
    [
        ("Councillor A. Quill", True),
        ("Ms R. Dunne: Clerk to the Council", True),
        ("Councillor A. Quill: Update on Library Opening Hours", False),  # her motion, titled
    ],
)
def test_a_member_s_motion_titled_after_her_name_is_no_attendance_entry(line, attendee):
    assert is_attendee_entry(line) == attendee


@pytest.mark.parametrize(
    "line",
    ["Sis Ward", "Bro. Ames", "Ann Wanjiru Bee (2995)", "Henry H. Bradby, Vice-Chairman"],
)
def test_people_as_unions_rolls_and_boards_list_them_are_the_attendance(line):
    """A trade union's "Sis" and "Bro.", a member and her membership number, a name with
    a middle initial and a post: each only names who came."""
    evidence = unnumbered_evidence(line, "The meeting opened at 7pm.", "")
    assert evidence.score < HEADING, evidence


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        ("Councillor Neil", "BENNY"),  # "Councillor Neil BENNY Councillor Moira ..." broken up
        ("Kin-fai* Vice-chairman: Mr", "LEUNG"),
        ("Present: Provost Mrs", "DUNBAR"),
    ],
)
def test_a_surname_in_capitals_after_a_name_broken_off_is_no_title(previous, line):
    assert unnumbered_evidence(line, TEXT, previous).score < HEADING


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        ("Apologies were received from Councillor Smith", "MINUTES"),
        ("Councillor Neil", "APOLOGIES"),
        ("Ms Hill, Clerk", "CORRESPONDENCE"),
    ],
)
def test_known_business_or_a_heading_after_a_whole_name_is_still_a_title(previous, line):
    assert unnumbered_evidence(line, TEXT, previous).score >= HEADING


def test_a_resolution_s_label_and_number_open_no_item():
    """ "RESOLUTION: 2008.11.1 That the minutes ... be confirmed": the decision recorded
    under the item's heading, not a heading of its own."""
    _, _, evidence = label_paragraph(
        "RESOLUTION: 2008.11.1 That the minutes of the General Meeting be confirmed.", "", True
    )
    assert evidence.score < HEADING


@pytest.mark.parametrize(
    "line",
    ["Absentee: None", "Unable to Attend: New member appointed 12/1/2009 (not yet sworn in)."],
)
def test_absentees_label_the_attendance(line):
    _, _, evidence = label_paragraph(line, "", True)
    assert evidence.score < HEADING


def test_a_post_and_the_person_holding_it_is_no_title():
    """ "MEETINGS ADMINISTRATOR: Ms. Anne Bee." among those present; known business with a
    name after it ("Apologies: Mr Dee.") is weighed as business still."""
    _, _, post = label_paragraph("MEETINGS ADMINISTRATOR: Ms. Anne Bee.", "", True)
    _, _, apologies = label_paragraph("APOLOGIES: Mr Carl Dee.", "", True)
    assert post.score < HEADING <= apologies.score


def test_a_title_in_capitals_with_a_note_in_brackets():
    """ "BUSINESS ITEMS (For Possible Action)" over its lettered points heads an item, as
    the capitals alone would."""
    line = "BUSINESS ITEMS (For Possible Action)"
    assert unnumbered_evidence(line, "a. Election of Officers", "").score >= HEADING


def test_a_dated_meetings_minutes_as_a_label_are_business():
    """ "Minutes of the 3-29-06 Board meeting:" above the motion that approved them is an
    item; "Minutes of the Board Meeting" without a date or a colon is the heading."""
    motion = "Motion, made by Ann Bee, seconded by Carl Dee and carried to approve the minutes."
    label = unnumbered_evidence("Minutes of the 3-29-06 Board meeting:", motion, "")
    heading = unnumbered_evidence("Minutes of the Board Meeting", motion, "")
    assert heading.score < HEADING <= label.score


def test_a_things_number_after_a_hash_is_no_list_of_figures():
    """ "Approval of Patio Unit #1301 and #2101:" names units by their numbers: not the
    many figures of a table row or a list."""
    text = "Board member Ann Bee reported that both units were now in compliance."
    assert unnumbered_evidence("Approval of Patio Unit #1301 and #2101:", text, "").score >= HEADING


@pytest.mark.parametrize("line", ["ABSTAIN: None", "Please note:", "NOTICE"])
def test_a_vote_s_or_a_notice_s_label_heads_nothing(line):
    """ "ABSTAIN: None" under "AYES:" and "NOES:", "Please note:" over the public's rules:
    labels of a part of the page, not titles."""
    assert unnumbered_evidence(line, TEXT, "").score < HEADING
    label, _, evidence = label_paragraph(line, TEXT, True)
    assert not label or evidence.score < HEADING


def test_a_numbered_motion_is_weaker_evidence_than_a_numbered_title():
    motion = "MOTION by Trustee A. Bee, SECONDED by C. Dee to approve the agenda."
    title = "Approval of the Agenda"
    weight = {text: numbered_evidence(text, "2014/21", "", False).score for text in (motion, title)}
    assert weight[motion] < weight[title]


def test_a_post_then_an_initialled_name_is_attendance_not_a_title():
    """ "Clerk II, E. Atkinson" closing the list of staff present, running text below."""
    evidence = unnumbered_evidence("Clerk II, E. Atkinson", TEXT, "Deputy Clerk, A. Greentree")
    assert evidence.score < HEADING


def test_a_post_then_a_persons_name_is_attendance_not_a_title():
    """ "Secretary, Ann Bee (Elmton)" closing the officers present; a subject before a
    comma ("Roads, Footpaths") is no post."""
    previous = "Vice-chairman & Treasurer, Cy Dee (Fenby)"
    below = "- Apologies: Ed Fox (Gorton)"
    assert unnumbered_evidence("Secretary, Ann Bee (Elmton)", below, previous).score < HEADING
    assert is_named_with_post("Vice-chairman & Treasurer, Cy Dee (Fenby)")
    assert not is_named_with_post("Roads, Footpaths Report")


def test_a_line_stopping_at_a_joining_word_or_a_persons_title_alone_is_no_title():
    """ "Father Jim Dean from the" / "Cathedral opened the meeting in prayer.", and
    "COUNCILLOR" / "BERMAN declared an interest ...": sentences a narrow page wrapped."""
    assert unnumbered_evidence("Father Jim Dean from the", TEXT, "OPENING PRAYER").score < HEADING
    assert unnumbered_evidence("COUNCILLOR", TEXT, "declarations of interest").score < HEADING


def test_business_about_a_body_in_capitals_is_a_title_its_name_is_not():
    below = '"I advise all present that tonight\'s meeting is being recorded."'
    assert unnumbered_evidence("AUDIO RECORDING OF COUNCIL MEETING", below, "").score >= HEADING
    assert unnumbered_evidence("REPORT OF THE PLANNING COMMITTEE", TEXT, "").score >= HEADING
    assert unnumbered_evidence("REPORT FROM ELMSHIRE COUNTY COUNCIL", TEXT, "").score >= HEADING
    agenda = "TO RECEIVE A BRIEFING ON WARD BOUNDARIES FOR ELMTON TOWN COUNCIL"  # its wording
    assert unnumbered_evidence(agenda, TEXT, "").score >= HEADING
    assert unnumbered_evidence("LETTER TO THE DISTRICT COUNCIL", TEXT, "").score >= HEADING
    assert unnumbered_evidence("CITY OF MILLBROOK COUNCIL", TEXT, "").score < HEADING
    assert unnumbered_evidence("MILLBROOK TOWN COUNCIL", TEXT, "").score < HEADING


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Items North & South of the Park – 1 The builders need welfare units.", "Items North & South of the Park"),
        ("Set Next Meeting Date – The board set the date for May.", "Set Next Meeting Date"),
    ],
)  # fmt: skip
def test_a_title_then_a_dash_and_its_first_point_or_sentence(line, title):
    assert opening_title(line)["label"].strip() == title


@pytest.mark.parametrize("label", ["Excused", "Members Excused", "Excused:"])
def test_excused_is_an_attendance_label(label):
    """US minutes list who was excused as they list who came: attendance, not an item."""
    assert ATTENDANCE_LABEL.search(label)


@pytest.mark.parametrize("label", ["Guests Attending", "Members Attending:", "Also Attending"])
def test_those_attending_under_any_name_is_an_attendance_label(label):
    assert ATTENDANCE_LABEL.search(label)
    assert not ATTENDANCE_LABEL.search("Non-attending Members' Allowances")


@pytest.mark.parametrize(
    "label", ["OFFICER", "Officials:", "STAFF (Council Chambers):", "In the Chair", "Cllrs"]
)
def test_the_staff_the_officials_and_who_took_the_chair_are_attendance_labels(label):
    """Who came, under the names councils give them: an officer alone, the officials of an
    Irish council, staff by where they sat, who took the chair."""
    assert ATTENDANCE_LABEL.search(label)
    assert not ATTENDANCE_LABEL.search("Staff Pension Scheme")
    assert not ATTENDANCE_LABEL.search("Officers' Reports on Planning")


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("Monthly fluoride average: 1.06 p.p.m.", False),
        ("Bank balance: $12,400.00", False),
        ("Date of next meeting: 12 June 2024.", True),  # a date is no reading
    ],
)
def test_a_figure_after_the_colon_is_a_reading_not_a_title(line, heads):
    assert (label_paragraph(line, "", True)[2].score >= HEADING) is heads


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MINUTES OF A REGULAR MEETING OF THE LOWMOOR CITY COUNCIL", True),
        ("Minutes of the Special Meeting of the Harbour Board", True),
        ("Minutes of the Board Meeting", True),
        ("MINUTES FROM THE MEETING", True),  # "from" as "of"
        ("Minutes from the Regular Meeting of the Town Council", True),
        ("Minutes of the last meeting of the Parish Council", False),
        ("Minutes from the previous meeting", False),
        ("Minutes of last year\u2019s meeting", False),  # the last annual meeting's
        ("Approval of Minutes of the Regular Meeting of the Council", False),
        ("Minutes of the Planning Committee", False),  # another body's minutes, received
        ("September Monthly Meeting", True),  # under the body's name: the month's meeting
        ("March Regular Meeting", True),
        ("Date of the October meeting", False),
    ],
)
def test_the_meetings_own_heading_names_it_and_its_body(line, expected):
    assert this_meeting(line) is expected


def test_a_line_that_records_who_moved_is_no_title():
    line = "VOICE VOTE ON AGENDA APPROVAL MOTION MADE BY MEMBER BEE AND SUPPORTED BY MEMBER DEE:"
    evidence = unnumbered_evidence(line, "Motion to approve the Agenda as amended.", "")
    assert evidence.score < HEADING
    assert unnumbered_evidence("VOICE VOTE ON AGENDA APPROVAL:", TEXT, "").score >= HEADING


@pytest.mark.parametrize(
    "text",
    [
        "Eve Fay and Gus Hay via Zoom",
        "Eve Fay, Gus Hay by phone",
        "Eve Fay and Gus Hay (remotely)",
    ],
)
def test_names_listed_with_how_they_took_part_are_a_list_of_names(text):
    assert is_list_of_names(text)


def test_a_name_and_what_they_did_is_no_list_of_names():
    assert not is_list_of_names("Eve Fay and Gus Hay reported on the roads")


@pytest.mark.parametrize(
    "line",
    [
        "Pam Bee, Board Support Specialist",
        "Cy Dee, Education Consultant",
        "Licensing Supervisor",
        "Ed Fay, Senior Planner",
    ],
)
def test_a_person_and_their_post_is_the_attendance_not_a_heading(line):
    """Staff listed by name and post ("Pam Bee, Board Support Specialist") above the
    minutes are who attended, however long the post."""
    evidence = unnumbered_evidence(line, TEXT, "")
    assert evidence.score < HEADING


@pytest.mark.parametrize(
    "heading",
    ["Unofficial Minutes of the Board of Trustees", "Draft Minutes of the Parish Council"],
)
def test_minutes_not_yet_approved_name_this_document(heading):
    """ "Unofficial Minutes of the Board of Trustees": the document's own heading; "Minutes
    of the Planning Committee" alone may be an item receiving another body's minutes."""
    assert this_meeting(heading)
    assert not this_meeting("Minutes of the Planning Committee")


def test_a_sentences_subject_wrapped_onto_its_own_line_is_no_title():
    """ "The Elmvale County" / "Board of Commissioners met for a regularly scheduled ...":
    the article and the first words of a name, its verb on the line below."""
    below = "Board of Commissioners met for a regularly scheduled meeting at 5:30 p.m. in"
    assert unnumbered_evidence("The Elmvale County", below, "").score < HEADING
    assert unnumbered_evidence("Road Report", below, "").score >= HEADING


@pytest.mark.parametrize(
    "text",
    [
        "Cedar Boulevard \u2022 Elmvale, Oregon 97000",
        "Mill Street | Elmvale",
        "Mill Street, Elmvale",
    ],
)
def test_a_numbered_street_address_is_weak_evidence_of_an_item(text):
    """ "412 Cedar Boulevard \u2022 Elmvale, Oregon 97000": a letterhead's address, its
    town set apart by a bullet, a bar or a comma, is no item 412."""
    evidence = numbered_evidence(text, "412", "", in_list=False)
    assert any(reason.endswith("a street address") for reason in evidence.reasons)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ann Bee (AB)", True),
        ("Ann Marie Bee (AMB)", True),
        ("Visitor Access Plan (RT)", False),  # a title, its presenter's initials after it
    ],
)
def test_a_name_is_followed_by_its_own_initials(text, person):
    assert named_with_initials(text) == person


def test_a_time_of_day_is_weak_evidence_of_an_item_number():
    """ "3.30 P.M. PRESENT IN THE CHAIR: ..." (flattened text broken at its numbers): the
    time the meeting began, not item 3.30."""
    time_of_day = numbered_evidence("P.M. PRESENT IN THE CHAIR: Councillor Bee", "3.30", "", False)
    point = numbered_evidence("PRESENT IN THE CHAIR: Councillor Bee", "3.30", "", False)
    assert time_of_day.score < point.score


@pytest.mark.parametrize(
    "line",
    [
        "Quill \u2013 Aye; Mr.",  # a roll call broken where each member's name starts
        "Trustee Hale - Nay; Mrs.",
        "Marsh: absent.",
    ],
)
def test_a_members_vote_in_a_roll_call_opens_no_item(line):
    """ "... Roll call: Mr. Quill – Aye; Mr. Hale – Aye; ...", broken before each name, looks
    like "Title – text": a member's vote, part of the item's text."""
    _, _, evidence = label_paragraph(line, "Hale \u2013 Aye; Mrs.", starts_paragraph=True)
    assert evidence.score < HEADING


def test_business_with_nothing_to_report_is_still_a_title():
    _, _, evidence = label_paragraph("Unfinished Business: None", "", starts_paragraph=True)
    assert evidence.score >= HEADING


def test_a_listed_person_is_a_name_with_an_honorific_or_a_post_after_it():
    assert is_listed_person("Clr Ann Bee")
    assert is_listed_person("Ann Bee, Chief Executive")
    assert is_listed_person("Cy Dee (Elmford Gazette)")
    assert not is_listed_person("Planning Applications")
    assert not is_listed_person("Chairman's Report")


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("P. Quill raised concerns about parking in winter.", True),
        ("R. Oduya, Treasurer, provided an overview of the statements.", True),
        ("J. McAdam was thanked for his years of service.", True),
        ("A. Approval of the Agenda", False),  # a lettered point
        ("B. Reports of Officers", False),
        ("C. Quill Road resurfacing", False),  # a place named like a person: no verb follows
        ("V. Housing Report The Director reported ...", False),  # a title's word, capitalised
    ],
)
def test_an_initial_and_surname_then_what_they_did_is_a_person(line, person):
    assert is_initialled_person_acting(line) is person


@pytest.mark.parametrize(
    "line",
    ["FOR AGAINST", "Ayes Noes Abstain", "YES NO", "Board Action 17-173:", "Council Action No. 4"],
)
def test_a_divisions_columns_and_a_numbered_action_are_a_parts_label(line):
    """The header of a vote's table ("FOR AGAINST" over the councillors' names) and a
    decision's numbered record ("Board Action 17-173: Approve ...") head no item; an
    action unnumbered may ("Enforcement Action")."""
    assert is_part_label(line)


def test_an_action_without_its_number_is_a_title():
    assert not is_part_label("Enforcement Action")


@pytest.mark.parametrize("line", ["UNANIMOUSLY", "Unanimously.", "CARRIED UNANIMOUSLY"])
def test_an_outcome_broken_off_its_motion_heads_nothing(line):
    """ "CARRIED" / "UNANIMOUSLY": a flattened page's outcome broken in two is no title."""
    assert unnumbered_evidence(line, "Moved by Councillor Bee", "").score < HEADING
