"""Topics for substantive items, decisions from RESOLVED/AGREED/RECOMMENDED blocks."""

from __future__ import annotations

import pytest

from search_app.models import Meeting
from search_app.parse import build_item, parse_bytes, parse_file
from search_app.parse.candidates import RawItem
from search_app.parse.decisions import find_decisions
from search_app.parse.procedural import is_procedural, is_standing_business
from search_app.parse.topics import extract_topics, is_subject, title_topic, word_stem


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Child Sexual Exploitation: Update", "child sexual exploitation"),
        ("Internal Audit Progress Report 2022/23", "internal audit"),
        ("Application 19/01234/FUL - Land at Mill Lane", "planning application"),
        ("Update", None),
        ("STATUTORY BUSINESS NONE 5", "statutory business"),
        ("Gingerbread - Date TBD", "gingerbread"),
        ("VII.G", None),
        ("Bus Passes for Part-time Students", "bus passes for part-time students"),
        ("Direct Awards Contracts Update received", "direct awards contracts"),
        ("Website Domain Renewal;", "website domain renewal"),
        ("LETTER FROM THE AUDIT OFFICEReceived", "letter from the audit office"),
        ("In-Camera Session (commencing at 6:30 p.m.)", "in-camera session"),
        ("Budgetary Report", "budgetary report"),  # an adjective alone is no subject
        ("Financial Report", "financial report"),
        # a date in the title says when, not what about
        ("Financial Reports to 31 October 2019", "financial reports"),
        ("Statutory Performance Indicators - June 2024", "statutory performance indicators"),
        ("Approval of Accounts Year Ending 31 March 2016", "approval of accounts"),
        ("Minutes of the Ordinary Meeting of Council held on 5 May 2014", None),
        # a long title: its first part names the subject, the rest where or which
        ("Road Signage - Quill / Marsh Road, Elmford", "road signage"),
        (
            "Elmford Bus Station Proposals - Results of the Public Consultation",
            "elmford bus station proposals",
        ),
        # a long title: what the agenda asks done with the subject, and where, go
        (
            "To discuss the problem of dog fouling in the village and on the playing field",
            "dog fouling",
        ),
        (
            "Discuss and take appropriate action on approving a five year bus agreement",
            "approving a five year bus agreement",
        ),
        (
            "Scrutiny Report on Road Traffic Casualties (Director of Environment, Culture",
            "scrutiny report on road traffic casualties",
        ),
        ("Review of the Constitution", "review of the constitution"),  # short: as it stands
        # how often it reports, its status and a note in lower case are no part of it
        ("BUILDING PERMITS - MONTHLY UPDATE 11", "building permits"),
        ("PLANNING APPLICATIONS RECEIVED - MONTHLY UPDATE 13", "planning applications"),
        ("Harbour Matters / Report (main points)", "harbour matters"),
        # ... nor who brings it
        ("Update from Police", "police"),
        ("Report from the Harbour Trust", "harbour trust"),
    ],
)
def test_title_topic_drops_generic_words_years_and_references(title, topic):
    assert title_topic(title) == topic


def test_repeated_phrases_become_topics_but_minutes_boilerplate_does_not():
    body = (
        "The voluntary sector was discussed. The action plan covered the voluntary sector. "
        "Members noted the action plan and the voluntary sector role. The action plan was agreed."
    )
    topics = extract_topics("Safeguarding: Update", body, {})
    assert topics[:2] == ["safeguarding", "voluntary sector"]
    assert "action plan" not in topics


def test_a_name_always_capitalised_in_the_text_is_no_subject():
    """ "Central Highlands", said three times, always capitalised: a place, not a subject;
    "street lighting" in lower case is one."""
    body = (
        "The Central Highlands group asked about street lighting. Street lighting in the "
        "Central Highlands is poor. The county will review street lighting across Central "
        "Highlands."
    )
    topics = extract_topics("Correspondence", body, {})
    assert "street lighting" in topics
    assert "central highlands" not in topics


@pytest.mark.parametrize(
    "title",
    [
        "Apologies and Welcome",
        "Declaration of Interest and of any Party Whip",
        "Confirmation of the Minutes of the Previous Meeting",
        "Public Participation",
        "Exclusion of the Press and Public",
        "Date of Next Meeting",
        "Call to Order",
        "To agree the minutes of the meeting held on 5 October 2021",
        "Approve Board Minutes of 2-19-08",
        "Meeting minutes from the last meeting held on 4 May 2022",
        "Business arising from previous Minutes",
        "Consideration of the Agenda",
        "ACCEPTANCE/APPROVAL OF AGENDA",
        "Declarations of Members' Interests",
        "Variation of the Order of Business",
        "Approve the 14 March 2023 Regular Board Minutes",
        "Pecuniary Interest Declarations",
        "Declarations of Personal and Prejudicial Interests",
        "Motion to go into Executive Session",
        "Salute to the Flag",
        "Homeowner Input",
        "Period for Public Expression",
        "RECOGNITION OF VISITORS",
        "Cofnodion y Cyfarfod Blaenorol",  # Welsh: minutes of the previous meeting
        "Datganiadau o Fuddiant",  # Welsh: declarations of interest
        "Datganiad o Ddiddordeb",
        "Correspondence:",  # a title's colon changes nothing
        "ADJOURNMENT;",
        "Consideration of the Minutes of the May 4, 2021 Regular Meeting",
        "Adoption of draft agenda",  # the document the meeting adopts, however described
        "Approval of Docket",  # a docket: the agenda, in the United States
        "INVOCATION",
        "Emergency Evacuation Procedure",  # what to do if the alarm sounds
        "Admission of the Public",  # the other side of excluding it
        "RESOLUTION TO EXCLUDE THE PUBLIC",  # the same, as the resolution that does it
        "Exclude the Press and Public",
        "Commencement of the Meeting",  # how the meeting opened
        "Opening of Ordinary Meeting",
        "DECLARATION OF OPENING",
        "Executive Session (if necessary)",  # the agenda's note changes nothing
        "Land Acknowledgement",
        "For the Good of the Order",
        "Reasons for Absence",  # apologies, as English parish councils put it
        "Chairperson\u2019s Welcome",  # the chair opening the meeting
        "CHAIRMAN'S WELCOME & PERSONAL MATTERS",
    ],
)
def test_procedural_business(title):
    assert is_procedural(title)


@pytest.mark.parametrize(
    "title",
    ["New Business", "Committee Reports", "Treasurer's Report", "Treasurers Report",
     "Consent Agenda", "Payment of Accounts", "Votes of Sympathy", "Oral Communications"],
)  # fmt: skip
def test_standing_business_is_known_though_not_procedural(title):
    """A board's sections and reports come at every meeting: known business for a heading,
    though what they report is searched."""
    assert is_standing_business(title) and not is_procedural(title)


def test_substantive_business_is_not_procedural():
    assert not is_procedural("Child Sexual Exploitation: Update")
    assert not is_procedural("Review of the Statement of Licensing Policy")
    assert not is_procedural("Interest Rates on Council Loans")
    assert not is_procedural("MINUTES OF PROCEEDINGS")  # the document's own title
    assert not is_procedural("Register of Interests")
    assert not is_procedural("Visitor Centre Opening Hours")
    assert not is_procedural("Residents Parking Scheme")
    assert not is_procedural("Draft Local Plan")
    assert not is_procedural("Evacuation Centre Funding")
    assert not is_procedural("Proposal to exclude the public from the reserve at night")
    assert not is_procedural("Opening of the new library")
    assert not is_procedural("Opening hours of the leisure centre")


def test_a_documents_own_title_is_not_procedural_business():
    """ "MEETING MINUTES" above the minutes names them; it does nothing to them."""
    assert not is_procedural("MEETING MINUTES")
    assert not is_procedural("Board Minutes")
    assert not is_procedural("APPROVED MINUTES")  # a stamp: what the document is


def test_decision_blocks_with_their_list_entries():
    paragraphs = [
        "The Director presented the report.",
        "RESOLVED that:",
        "(a) the report be noted; and",
        "(b) a further report come in March.",
        "Members thanked the Director.",
        "AGREED that fares be advertised.",
        "Recommended \u2013 That Council adopts the policy.",
        "Members asked whether the scheme should be approved before the election.",
        "It was confirmed that the contract had been signed.",
    ]
    assert find_decisions(paragraphs) == [
        "RESOLVED that:\n(a) the report be noted; and\n(b) a further report come in March.",
        "AGREED that fares be advertised.",
        "Recommended \u2013 That Council adopts the policy.",
    ]


@pytest.mark.parametrize(
    ("paragraphs", "decision"),
    [
        (["Cllr A Bee reported on the play area. RESOLVED and noted."], "RESOLVED and noted."),
        (
            ["The grant was discussed. It was resolved to pay the invoice."],
            "It was resolved to pay the invoice.",
        ),
        (
            ["6.2 The Board agreed to note the changes in membership."],
            "6.2 The Board agreed to note the changes in membership.",
        ),
        (
            ["The minutes of the meeting held on 4 May were approved as a correct record."],
            "The minutes of the meeting held on 4 May were approved as a correct record.",
        ),
        (
            [
                "The Board discussed fees. Trustee Bee moved and Trustee Cee seconded. Motion passed unanimously."
            ],
            "Trustee Bee moved and Trustee Cee seconded. Motion passed unanimously.",
        ),
        (
            ["8.2 Resolved \u2013 that the council supports a 20mph limit."],
            "8.2 Resolved \u2013 that the council supports a 20mph limit.",
        ),
        (
            ["Council resolution", "That the apology from Councillor Dee be accepted."],
            "That the apology from Councillor Dee be accepted.",
        ),
        (
            [
                "Resolution 2024/11",
                "Moved: Cr Eff",
                "Seconded: Cr Gee",
                "That the public be excluded.",
            ],
            "That the public be excluded.",
        ),
        (
            ["The Council resolved:-", "to exclude the press and public."],
            "to exclude the press and public.",
        ),
        (
            ["Resolved (Cr Aitch)", "That Council notes the report."],
            "That Council notes the report.",
        ),
        (["Disposition Carried"], "Disposition Carried"),
        (
            ["The Clerk declared Councillor Jay duly elected Chair."],
            "The Clerk declared Councillor Jay duly elected Chair.",
        ),
    ],
    ids=[
        "RESOLVED inside",
        "it was resolved",
        "numbered",
        "approved as record",
        "motion passed",
        "Resolved dash",
        "council resolution label",
        "resolution number",
        "resolved:-",
        "Resolved (mover)",
        "Carried",
        "elected",
    ],
)
def test_decisions_recorded_inside_paragraphs_and_after_labels(paragraphs, decision):
    assert find_decisions(paragraphs) == [decision]


def test_moderngov_decision_label_introduces_the_decision():
    assert find_decisions(["Decision:", "That the scheme be approved."]) == [
        "That the scheme be approved."
    ]


def test_cross_references_and_titled_people_are_not_topics():
    body = (
        "Mr Jones said the parking zones were full. Mr Jones asked for more. Mr Jones again. "
        "See minute 4. See minute 5. See minute 6. Mayor Smith spoke. Mayor Smith agreed. "
        "Mayor Smith left. Resident parking zones were reviewed. Resident parking zones grow. "
        "Resident parking zones cost."
    )
    topics = extract_topics("Parking Review", body, {})
    assert "resident parking zones" in topics
    assert not any(t.startswith(("mr ", "mayor ")) or "minute" in t for t in topics)


def test_people_are_not_topics():
    body = (
        "Anna Whitlock (AW) thanked the volunteers. Anna Whitlock had planted trees. "
        "Anna Whitlock will report again. Tree planting continued. Tree planting grew. "
        "Tree planting was funded."
    )
    topics = extract_topics(
        "Tribute to Cllr Roger Pemberton", body, {"AW": "Anna Whitlock"}, ["Mrs Anna Whitlock"]
    )
    assert topics == ["tree planting"]


@pytest.mark.parametrize(
    "title",
    [
        "Adoption of the Agenda",
        "Present Councillors",
        "Clerk's Report",
        "Convener's Remarks",
        "Leave of Absence",
        "Call to Order Regular Business Meeting",
        "And Agreed",
        "Attendance by Substitute Members",
        "Date: Tuesday, 12 March 2024",
        "Fernhill Wellbeing Board's Annual Report 2023/24",
        "New Business",
        "Preliminary Procedures",
        "Closed Meeting Session (only if needed)",
        "Roll Call of Members",
        "Voice Vote",
        "Carmichael Absent",
        "CD counted the votes",
        "Ashgrove County Council",
        "Pledge to the Flag",
        "Roll Call and Quorum",
        "Determination of a Quorum",
        "Introduction and welcome by the Chair",
        "Sgt Grant",
        "RE-",
        "Police Report Police",
        "Harbor Commission Meeting",
        "Members Present",
        "Members Attended",
        "Meeting status: Quorate",
        "Non-attendance Nil",
        "Meeting adjourned 7:18 pm.",
        "Approval was given for the agenda",
        "Hon Secretary",
        "Motion",
        "Westbury University",
        "ATTENDEES",
        "CARRIED UNANIMOUSLY 3.2.2",
        "Negatives",
        "Consider approval of agenda.",
        "Public recess.",
        "Ald Tane Ald Reid",
        "Sh=riff and Ann Bee",
        "CHIEFS REPORT",
        "EXECUTIVE DIRECTOR S REPORT",
        "Agenda Changes",
        "Delegations",
        "Welcome to Guest Members",
        "Opening Devotion and Reading of Verses",
        "Drainage Warden Report",
        "ZONING INSPECTOR",
        "Presentations",
        "Sundry Items",
        "Set Agenda",
        "Variation to the Agenda Business",
        "Grouping of Report Adoption",
        "Statement of Meeting Procedures",
        "Recording of Proceedings",
        "Questions Without Notice",
        "Matters of Urgency",
        "Matters Reported",
        "Highlights",
        "Councilman Stewart",
        "Moved byCouncillor Dee Seconded byCouncillor Fay",
        "CONSENT CALENDAR",
        "Committee of the Whole",
        "OPENING AND WELCOMING",
        "Adjustments to the Agenda",
        "In-Camera Session",
        "Call to the Audience",
        "Oral Communications",
        "Citizens' Right to Speak",
        "Questions from Registered Electors",
        "Members' Participation Period",
        "Declaration of Site Visits",
        "Opening Ceremonies",
        "Rollcall",
        "Housekeeping",
        "Reconvene into Open Session",
        "Notices of Rescission",
        "Review of Actions Taken",
        "Additional Meeting Date",
        "Personal Matters",
        "Possible Action",
        "Executive Summary",
        "Attachments",
        "Fiscal Impact",
        "TWP Business",
        "Unanimous Vote",
        "Nays",
        "JH to contact the CAB",
        "Future Meeting Dates",
        "Statement of Acknowledgement",
        "Communication from the Public",
        "Acknowledgement to Traditional Owners of Land",
        "Recognition of Traditional Custodians",
        "NATIONAL ANTHEM",
        "Oath of Office",
        "Declarations for Political Donations",
        "OUVERTURE DE LA RÉUNION",  # French: opening, attendance, the regular meeting
        "PRÉSENCES",
        "Réunion régulière du Conseil",
        "MEETING NOTES",
        "Community Forum",
        "Q & A session",
        "Additions and Deletions to Consent Agenda",
        "Outstanding actions from previous meetings",
        "Schedule of Meetings",
        "COLOR GUARD/PLEDGE OF ALLEGIANCE",
        "Statutory Declarations",
        "Pastor Ada Quill of Harvest Chapel",
        "Ashdown County Board of Commissioners",
        "Nifty- ADJOURNMENT",
        "Tamarind Intermediate Year 8 Students",
        "Lengthsman and P3 Scheme",
        "WRITTEN COMMUNICATIONS",
        "ONGOING BUSINESS",
        "Ministerial remarks",
        "Disclosable Interests",
        "CALL FOR PRESS IDENTIFICATION",
        "COMMENTS FROM INTERIM PROVOST QUILL",
        "CHANCELLOR WELCOME / ACKNOWLEDGEMENTS",
        "Applications Arising",
        "Pam Quill, Board Support Specialist",
        "Dr. Ada Quill, Medical Officer of Health (MOH)",
        "Alex Pike, President, Elmford Mapping Institute",
        "Board Membership",
        "Report by the Crematorium Manager (attached)",
        # an agenda's slots: the meeting opened, its notice, its order, business carried over
        "Meeting Opened",
        "Proof of Notice",
        "Arrangement of Agenda",
        "Continued Business",
        "Extraordinary Business",
        "Congratulations",
        "Opening Karakia",
        "CORRESPONDANCE:",
        "Upcoming dates for board meeting(s).",
        "Motion to go In Closed Session.",
        "(TC) / TOWN MAYOR’S OPENING REMARKS",  # a committee's code, then its business
        # the public's say, business laid on the table, delegates welcomed, letters in and
        # out, a township's own business, interests of two kinds
        "Public Input/Adjournment",
        "Old Business/Tabled Business",
        "Welcoming of Delegates and Visitors",
        "Inwards Correspondence",
        "TOWNSHIP BUSINESS",
        "DECLARATION OF FINANCIAL/IMPARTIALITY INTEREST",
        # where the meeting hears, remembers, thanks and talks about itself
        "Moment of Silence",
        "Expression of Sympathy",
        "Get Well Wishes",
        "Urgent Business",
        "Papers Available",
        "Maiden Speeches",
        "MONTHLY REPORTS:",
        "Feedback from Today",
        "Ideas Debate",
        "Report of the County Judge",
        # a hearing, whose subject is what is heard; "any other competent business"; a
        # procedure word mistyped
        "Public Hearings",
        "AOCB",
        "Matters Arrising",
        "Old Busines",  # a typo whose stem lost the "s" it kept
        "Agenda/Speakers",  # not "agenda" and "/s" read as a plural mark
        "Formalities",
        "Withdrawals and Continuances",
        "Report of the Co-Chair",  # an office shared
        "REPORTS REQUIRING ACTION",  # a round of committees' reports
        "Committees and Commissions - Reports",
        "Past Chair Ann Bee thanked Cy for his years as treasurer",  # a sentence
    ],
)
def test_titles_that_name_no_subject_give_no_topic(title):
    """The meeting's own business, its status words, attendance, dates, and a possessive
    left without its noun are not subjects to filter by."""
    assert extract_topics(title, "", {}) == []


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Sickness Absence", "sickness absence"),
        ("Business Rates", "business rates"),
        ("Adoption Service", "adoption service"),
        ("Planning Matters", "planning matters"),
        ("Statement of Accounts", "statement of accounts"),
        ("Hydrant Survey – Attached", "hydrant survey"),  # the papers' note, not the subject
        ("Staffing Arrangements Report for Decision", "staffing arrangements"),  # the agenda's
        ("Review of Projects http://www.example.org/projects", "review of projects"),
        ("Mill Street, Parking", "mill street, parking"),  # a place, not a person and a post
    ],
)
def test_subjects_may_use_the_words_of_meeting_business(title, topic):
    assert extract_topics(title, "", {}) == [topic]


def test_offices_and_markup_debris_are_not_topics():
    body = (
        "The Team Leader explained. The Team Leader agreed. The Team Leader left. "
        "ong>ofong> ong>theong> ong>ofong> ong>theong> ong>ofong> ong>theong>"
    )
    assert extract_topics("Allotments", body, {}) == ["allotments"]


def test_a_word_cut_off_where_the_document_stops_is_not_a_topic():
    assert extract_topics("Highways and Footp", "", {}, ends_document=True) == []
    assert extract_topics("Highways", "The verges were cut.", {}, ends_document=True) == [
        "highways"
    ]


def test_a_time_in_the_title_is_not_part_of_its_subject():
    assert title_topic("Ministry Business \u2013 7:12 pm") == "ministry business"


def test_a_transcripts_speakers_are_not_topics():
    body = "\n".join(
        ["Dana Ruel: The ditch is clear.", "Dana Ruel: Next drain.", "Dana Ruel: Done."]
    )
    assert "dana ruel" not in extract_topics("Open Ditch Hearing", body, {})


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Mayoral Report", "mayoral report"),  # "mayoral" alone is no subject
        ("Quarter 2 Financial Update", "financial update"),  # the quarter goes with its number
        ("Phase 3 Play Area Works", "play area works"),
        ("Acknowledge receipt of the CAB annual letter", "cab annual letter"),
        ("Arising: Village Green", "village green"),  # a shortened label before the colon
        ("Budget 2019/20 & 2020/21", "budget"),  # no "&" left hanging
        ("Bank Reconciliation for the period ending 9/30/2023", "bank reconciliation"),
        ("Report from Councillor Oatley", None),  # who reported, and a report of nothing
        ("REPORT FROM CLLR K Dee (CEC)", None),
        ("Highways Report from Cllr Bee", "highways"),  # who reported goes, the roads stay
        ("Letter from Mr Fay re Parking", "letter from mr fay re parking"),  # not a name's end
        ("Highways Updates", "highways"),  # the plural as the singular
        ("Approve Bills for Payment", "bills for payment"),  # what the agenda asks, before it
        ("Possible Sale of the Depot", "sale of the depot"),  # how sure it is
        ("Various Repairs to the Pavilion", "repairs to the pavilion"),
        ("PRESENTATION FROM POLICE", "police"),  # who presented it
    ],
)
def test_a_titles_subject_without_its_counted_parts_acts_and_labels(title, topic):
    assert title_topic(title) == topic


def test_french_and_welsh_small_words_make_no_phrase():
    body = "La réunion régulière du Conseil a été tenue. Le maire du Conseil a ouvert la séance."
    assert "du conseil" not in extract_topics("Réunion régulière du Conseil", body * 2, {})


def test_a_phrase_ending_in_who_reported_is_no_subject():
    assert not is_subject("bee presented", [], None)
    assert is_subject("financial report", [], None)


def test_a_title_keeps_its_subject_around_a_year_or_an_address():
    """Only a figure inside a part of a title breaks it; a year ("FYE2022"), or a number
    opening the part after a dash (a street address), leaves the subject whole."""
    assert title_topic("RSA FYE2022 Employee Benefits") == "rsa employee benefits"
    assert title_topic("PUBLIC HEARING – 18 ELM ROAD HISTORIC NOMINATION") == (
        "public hearing elm road historic nomination"
    )
    assert title_topic("Use of stand-by generator approved") == "use of stand-by generator"


def test_a_title_that_announces_a_list_names_its_subject():
    assert title_topic("Planning matters to include:") == "planning matters"
    assert title_topic("Deputations a) Mary Penn on the pool") == "deputations"


@pytest.mark.parametrize(
    "candidate",
    [
        "j. shields", "e simpson", "go over", "election of deputy mayor proposed by",
        "aj and ds", "report from treasurer given by nadine", "leah suggests we scrap",
        "aldermen shall", "duncan said", "meeting began", "crouch re", "three rink",
        "liquors)", "nora t quill", "email advising", "direct deposit totaling",
        "report of the librarian", "assistant county attorney", "convened", "reserved",
        "terms of reference approved", "correspondence inward", "passed away", "financial",
    ],
    ids=["initial and surname", "initial without a stop", "ends with a joining word", "mover",
         "mover and seconder", "given by", "a sentence", "a clause", "who spoke", "an event",
         "a name and 're'", "a count cut from its phrase", "a bracket's half",
         "a name with its middle initial", "what a letter said, cut", "a sum's clause, cut",
         "who reported, by office", "an office", "a status word alone",
         "another status word alone", "what became of it", "which way it came",
         "a clause cut from its verb", "a qualifier alone"],
)  # fmt: skip
def test_topics_are_never_initialled_names_or_fragments(candidate):
    assert not is_subject(candidate, [], None)
    assert is_subject("harbour works", [], None)


@pytest.mark.parametrize(
    "word", ["watershed", "homestead", "seabed", "speed", "hundred", "mowing", "website"]
)
def test_a_noun_ending_in_ed_a_gerund_or_an_unknown_word_alone_is_a_subject(word):
    """A subject ends in a word that can name a thing; one the lexicon does not know may."""
    assert is_subject(word, [], None)


def test_a_title_that_records_the_outcome_is_the_decision(tmp_path):
    """ "Minutes of the July meeting were accepted as presented": an item whose title is
    its minute; a title in capitals naming business ("... & APPROVED LEAVE OF ABSENCE")
    records nothing."""
    path = tmp_path / "elm-library-trustees-2019-08-12.txt"
    path.write_text(
        "ELM LIBRARY TRUSTEES\nMinutes of the meeting of August 12, 2019\n\n"
        "1. Minutes of the July meeting were accepted as presented\n\n"
        "2. APOLOGIES & APPROVED LEAVE OF ABSENCE\n\nNone.\n\n"
        "3. Book sale\n\nThe sale raised $412 for the children's room.\n",
        encoding="utf-8",
    )
    items = parse_file(path).items
    assert [bool(item.decisions) for item in items] == [True, False, False]
    assert items[0].decisions == ["Minutes of the July meeting were accepted as presented"]


@pytest.mark.parametrize(
    ("text", "top", "other"),
    [
        (
            "Rural Municipality of Elmvale\n\nMinutes of the Council meeting held on 13 March "
            "2019\n\n4. By-Laws & Policies\n\n4.1 Fire Prevention By-Law\n\nMoved by Councillor "
            "Bee, seconded by Councillor Dee that By-Law 3-19 be adopted. Carried.\n\n"
            "4.2 Fire Rates Policy\n\nThe policy was reviewed and will return next month.\n\n"
            "5. Correspondence\n\nA letter from the library board was read.\n",
            "4",
            "5",
        ),
        (
            "Elmvale Village Trust\n\nMinutes of the Trustees meeting held on 13 March 2019\n\n"
            "Item 4 Hall and Grounds\n\n4.1 Car Park Resurfacing\n\nThe trustees AGREED to "
            "accept the lowest quote.\n\n4.2 Boundary Hedge\n\nThe hedge will be looked at in "
            "the spring.\n\nItem 5 Correspondence\n\nA letter from the parish council was read.\n",
            "Item 4",
            "Item 5",
        ),
    ],
    ids=["numbers", "numbers printed with their label"],
)
def test_an_item_decided_what_its_points_decided(text, top, other):
    """ "4. By-Laws & Policies" (or "Item 4 ...": the label is no part of the numbering)
    with its points "4.1", "4.2" as items of their own: what item 4 decided is what they
    decided; item 5, with no points deciding, decided nothing."""
    items = {item.number: item for item in parse_bytes(text.encode(), "minutes.txt").items}
    assert items["4.1"].decisions
    assert items[top].decisions == items["4.1"].decisions
    assert items[other].decisions == []


def test_two_word_pairs_of_one_phrase_are_one_subject():
    """ "child sexual" and "sexual exploitation", each said three times, are the pairs of
    "child sexual exploitation": one subject, not two fragments."""
    body = (
        "Child sexual exploitation was discussed. Child sexual exploitation cases rose. "
        "The team on child sexual exploitation grew."
    )
    assert extract_topics("Safeguarding", body, {}) == [
        "safeguarding",
        "child sexual exploitation",
    ]


def test_an_item_labelled_as_who_attended_has_no_subjects():
    title = "Those present: Revd Ann Bee"
    body = "Carl Dee (CD), Eve Fay (EF), Gus Hale (GH)."
    acronyms = {"AB": "Ann Bee", "CD": "Carl Dee", "EF": "Eve Fay", "GH": "Gus Hale"}
    assert extract_topics(title, body, acronyms) == []


def test_a_place_the_text_always_capitalises_is_no_subject_but_a_subject_with_a_place_is():
    body = "Residents of Mill Lane asked about Mill Lane again. Mill Lane floods each winter."
    assert "mill lane" not in extract_topics(
        "Application 21/00456/FUL - Land at Mill Lane", body, {}
    )
    assert extract_topics("Flooding on Mill Lane", body, {}) == ["flooding on mill lane"]
    assert extract_topics("Road Report", "The road was resurfaced.", {}) == ["road"]
    lower = "The access road was closed. The access road reopens soon. The access road is narrow."
    assert "access road" in extract_topics("Highways", lower, {})


def test_a_phrase_cut_before_its_clause_is_no_subject():
    body = "A letter stating the costs was read. The letter stating costs is filed. Letter stating."
    assert "letter stating" not in extract_topics("Correspondence", body, {})


def test_a_phrase_with_a_verb_in_the_past_is_no_subject():
    body = "Three children had gone missing. Gone missing twice. They had gone missing before."
    assert "gone missing" not in extract_topics("Missing Children", body, {})


def test_a_person_with_a_title_and_a_full_stop_is_no_topic():
    """An untitled paragraph's first clause names the applicant; "Mr." names him again."""
    title = "Smith opened the public hearing on Petition P-12 request by Gus Pellham to change"
    body = (
        f"{title}, Lot 4 from R-1 (Single Family) to LB (Local Business). Mr. Ed Varley "
        "spoke in favor of the change and Mr. Gus Pellham presented his plan to build a "
        "store at the site. Motion passed by unanimous vote."
    )
    assert "gus pellham" not in extract_topics(title, body, {})


def test_who_was_present_under_its_scots_heading_gives_no_topics():
    """The members' initials define them as acronyms would; a list of who came has none."""
    body = "Chair Ian Rae (IR), Sec Una Moir (UM), Tom Bain (TB)."
    acronyms = {"IR": "Ian Rae", "UM": "Una Moir", "TB": "Tom Bain"}
    assert extract_topics("Sederunt", body, acronyms) == []


def test_initials_that_act_in_the_text_are_a_person_not_a_subject():
    """ "JH to contact all", "seconded by SW", or initials standing for one of a list of
    names: a person the attendance never named."""
    body = "Branch Secretary – Jo Hale\n\nYoung members Officer – JH to contact all to discuss it."
    assert extract_topics("Branch Restructure", body, {"JH": "Jo Hale"}) == ["branch restructure"]
    body = (
        "Standing again: Ann Green, Rhoda Vance, Sol Weir. The names were proposed en bloc by "
        "RV, seconded by SW and duly elected."
    )
    people = {"RV": "Rhoda Vance", "SW": "Sol Weir"}
    assert extract_topics("Hall Booking", body, people) == ["hall booking"]
    body = "Standing again: Ann Green, Rhoda Vance, Sol Weir. All were re-elected."
    assert extract_topics("Hall Booking", body, people) == ["hall booking"]
    body = "The Local Development Framework (LDF) was discussed. The LDF sets out housing sites."
    framework = {"LDF": "Local Development Framework"}
    assert "local development framework" in extract_topics("Planning", body, framework)


def test_a_post_and_surname_that_report_are_a_person_not_a_subject():
    """ "City Forester Buck introduced ...": named by a post, not a personal title (in a
    title that ran on into the text, as flattened minutes' do)."""
    title = "Presentation on Garlic Mustard City Forester Buck introduced the Scouts"
    body = (
        "City Forester Buck explained the weed "
        "pulls and City Forester Buck thanked the garlic mustard volunteers. Garlic mustard "
        "spreads fast."
    )
    topics = extract_topics(title, body, {})
    assert "garlic mustard" in topics
    assert not any("buck" in topic for topic in topics)


@pytest.mark.parametrize(
    "title",
    [
        "Topic", "RISE AND REPORT", "Introduce Guests", "Other Issues", "FLAG SALUTE",
        "Representations from the Public", "Approval of Vouchers",
        "MEMBERS WHO ENTERED DURING THE PROCEEDINGS", "Correspondence & Communications",
        "Administrative Comments", "Representatives Reports",
        "DEMOCRATIC TIME", "Review and Distribute Correspondence",
        "Progress Reports", "QUESTION PERIOD", "MAYORAL ANNOUNCEMENTS", "Devotional Exercise",
        "Administrivia", "Matters for Discussion/Decision", "Elementary Principal", "Assessor",
        "CONDOLENCES", "Moment Of Reflection", "MISSION STATEMENT", "PROCLAMATIONS",
        "Report Section", "Reports from Staff Members and Committees", "ABORIGINAL RECOGNITION",
        "Recognition of Open Meeting Law", "MATERION YN CODI", "Chairpersons Announcement/s",
    ],
)  # fmt: skip
def test_generic_labels_and_the_meeting_s_own_steps_give_no_subject(title):
    body = "The board discussed the new library roof and the roof repairs at length."
    assert title.lower() not in extract_topics(title, body, {})


@pytest.mark.parametrize(
    "subject",
    ["rights of way", "capital expenditure", "flag pole", "public hearing on the bypass route",
     "mayoral election", "exercise classes", "accounting period", "accounts payable", "staff pay review",
     "country park", "licensing law changes", "aboriginal heritage sites", "mission hall lease",
     "plan b",
     "section a roads", "future projects", "community safety",
     "local plan", "declaration of a climate emergency", "budget review",
     "proclamations and ceremonies", "statutory briefing", "waste management",
     "environmental impact", "standing orders", "communications strategy"],
)  # fmt: skip
def test_subjects_that_share_a_word_with_meeting_business_stay_subjects(subject):
    assert is_subject(subject, [], None)


@pytest.mark.parametrize(
    ("title", "procedural"),
    [
        ("Minutes", True),
        ("MINUTES OF THE LAST MEETING", True),
        ("Minutes – 4 May 2023", True),
        ("Minutes from the previous meeting", True),
        ("Minutes p2", False),  # a page's running header
        ("Minutes archive banner image", False),  # a web page's caption
    ],
)
def test_minutes_are_business_when_their_meeting_date_or_approval_follows(title, procedural):
    assert is_procedural(title) is procedural


def test_an_item_titled_with_the_meetings_own_name_has_no_topics():
    """The minutes' heading read as an item ("Elmshire County Council" over a page run onto
    one line) names the body, not a subject: its words are no topic, and the items about
    the body's business keep theirs."""
    meeting = Meeting(committee="Elmshire County Council", date=None)
    paragraphs = ["Minutes of the meeting. The Elmshire bypass and the Elmshire bypass plan."]
    heading = build_item(RawItem("", "Elmshire County Council"), paragraphs, meeting, None)
    bypass = build_item(RawItem("4", "Elmshire Bypass"), paragraphs[:1], meeting, None)
    assert (heading.topics, bypass.topics) == ([], ["elmshire bypass"])


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Fenwick \u2013 Aye", None),
        ("Mr. Ordway \u2013 Nay", None),
        ("DISCLAIMER", None),
        ("II For Possible Action", None),
        ("IV Street Lighting", "street lighting"),
        ("VI. Budget Review", "budget review"),
        ("Library Roof Report for Action", "library roof"),
        ("I Am Here Project", "i am here project"),
    ],
)
def test_a_vote_small_print_and_an_items_numeral_are_no_subject(title, topic):
    """A member's vote read as a title ("Fenwick – Aye"), a page's disclaimer and an
    agenda's "For Possible Action" name no subject; a roman numeral before a title is the
    item's number, not part of its subject (a pronoun "I" is kept)."""
    assert title_topic(title) == topic


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Mowing \u2013 new contractor engaged", "mowing"),
        ("Street Lighting - to note", "street lighting"),
        ("PAVILION LEASE 2021/22 To agree the lease", "pavilion lease"),
        ("Access To Information", "access to information"),
    ],
)
def test_the_minute_or_the_agendas_wording_after_a_title_is_no_part_of_its_subject(title, topic):
    """A clause in lower case after the title's dash is the minute ("– new contractor
    engaged"), and "To agree ..." the agenda's wording run on after a title in capitals."""
    assert title_topic(title) == topic


def test_the_first_words_of_a_meetings_name_are_no_subject():
    """ "annual general" is what is left of "annual general meeting" when the meeting's
    word is set aside: a fragment of a name, not a subject."""
    body = "The annual general meeting is in May. Papers for the annual general meeting. "
    body += "The annual general meeting will elect officers."
    assert "annual general" not in extract_topics("Dates", body, {})


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Street Lighting Moved Cllr Bee Seconded Cllr Dee", "street lighting"),
        ("Library Roof M/S/C Bee/Dee", "library roof"),
        ("Grass Cutting Contract MOTION: Bee/Dee", "grass cutting contract"),
        ("Play Area Bee/Dee carried", "play area"),
        ("Road Safety/Speeding", "road safety/speeding"),
        ("Notice of Motion Street Lights", "notice of motion street lights"),
    ],
)
def test_who_moved_and_seconded_is_no_part_of_a_titles_subject(title, topic):
    """A motion's credit run on after the title ("M/S/C Bee/Dee", "Moved Cllr Bee") says
    who moved it, not what it was about; two subjects joined by a slash stay."""
    assert title_topic(title) == topic


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Presentation by Ann Bee", None),
        ("Guest Speaker Ann Bee", None),
        ("Public Speaker \u2013 Jo Dee", None),
        ("Speaker Selection", "speaker selection"),
    ],
)
def test_who_presented_or_spoke_is_no_subject(title, topic):
    """ "Presentation by Ann Bee", "Guest Speaker Ann Bee": who filled the slot, not what
    it was about (a title naming someone with a personal title already was)."""
    assert title_topic(title) == topic


def test_a_name_the_document_gives_a_title_elsewhere_is_no_subject():
    """ "Presentation – Ann Bee" names no subject where another item calls her "Mrs Ann
    Bee": the document's own titled names are people wherever they appear."""
    text = (
        "Elmford Village Hall Committee\n\nMinutes of the meeting held on 4 March 2021\n\n"
        "1. Welcome\nMrs Ann Bee welcomed everyone to the hall.\n\n"
        "2. Presentation \u2013 Ann Bee\nThe new kitchen plans were shown and discussed.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    assert "ann bee" not in items[1].topics


def test_a_forename_and_a_surname_the_document_titles_is_no_subject():
    """ "CORA QUILL" as an item's title where the minutes say "Councilman Quill": a short
    name ending in a surname the document gives someone, a word it never writes in lower
    case, is a person. "Village Green" stays a subject where a Councillor Green sits, as
    the minutes write "green" in lower case too."""
    text = (
        "Tarnwick Town Council\n\nMinutes of the meeting held on 9 May 2019\n\n"
        "Present: Mayor Ed Fenn, Councilman Quill, Councillor Green\n\n"
        "1. CORA QUILL\nThe Mayor read a proclamation honouring forty years of service.\n\n"
        "2. Village Green\nThe green will be mowed fortnightly from June.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    assert items[0].topics == []
    assert items[1].topics == ["village green"]


@pytest.mark.parametrize("present", ["Ms Ida Vantongeren", "Ms Vantongeren"])
def test_a_topic_holding_the_surname_of_someone_the_minutes_name_is_no_subject(present):
    """ "Ida Vantongeren Audit Report" and "Board Reorganisation - Chairperson Vantongeren"
    where the minutes name "Ms Ida Vantongeren", or only "Ms Vantongeren": a word of the
    topic is the surname of someone named, after a forename or an office, a word no English
    lexicon knows and the text never writes in lower case. A surname before a thing may be
    a place ("Vantongeren Road"), and a surname that is also a word ("Cllr Hall") does not
    take "village hall" away."""
    text = (
        "Marrowby Water Supply Board\n\nMinutes of the meeting held on 3 June 2021\n\n"
        f"Present: {present}, Cllr Ned Hall\n\n"
        "1. Ida Vantongeren Audit Report\nMs Vantongeren presented a clean audit report.\n\n"
        "2. Board Reorganisation - Chairperson Vantongeren\nThe board re-elected its officers.\n\n"
        "3. Village Hall Roof\nThe village hall roof leaks again; quotes will be sought.\n\n"
        "4. Vantongeren Road Resurfacing\nThe county will resurface it in the spring.\n"
    )
    items = parse_bytes(text.encode(), "minutes.txt").items
    assert [it.title for it in items][:2] == [
        "Ida Vantongeren Audit Report",
        "Board Reorganisation - Chairperson Vantongeren",
    ]
    assert not any("vantongeren" in topic for it in items[:3] for topic in it.topics)
    assert "village hall roof" in items[2].topics
    assert items[3].topics == ["vantongeren road resurfacing"]


@pytest.mark.parametrize(
    ("title", "kept"),
    [("Request of M/s", False), ("Approval of Ae:enda", False), ("Plan B", True),
     ("Vitamin D", True), ("TREE WORKS/PARKS - J", False)],
)  # fmt: skip
def test_a_topic_ending_in_a_scrap_of_a_word_is_no_subject(title, kept):
    """One or two letters at a topic's end are a piece of a word cut off or misread
    ("M/s" before the firm's name, "Ae:enda" for "Agenda"), unless the text writes them as
    capitals, as it does a plan's letter or a country's code; a title in capitals says
    nothing of its letters, its text must."""
    body = "The committee considered the request and the plans in detail."
    assert bool(extract_topics(title, body, {})) == kept


@pytest.mark.parametrize(
    ("word", "stem"),
    [("Councillors’", "councillor"), ("Apologies", "apology"), ("Speeches", "speech"),
     ("businesses", "business"), ("taxes", "tax"), ("wishes", "wish"), ("bus", "bus"),
     ("premises", "premise")],
)  # fmt: skip
def test_a_words_stem_is_its_singular_without_a_possessive(word, stem):
    """How a title's words are compared with the vocabulary of minutes."""
    assert word_stem(word) == stem


@pytest.mark.parametrize(
    "title",
    [
        "COMMUNICATION FROM AUDIENCE",
        "Question and Answer Session",
        "Continuing Action List",
        "Town Manager Weekly Update",
        # how the body fills its own posts and sets itself up
        "Election of Officers",
        "Election of Mayor",
        "Appointment of Committees",
        "Reports of Working Groups",
        "Setting of the Agenda",
        "Opening Words",
    ],
)
def test_the_meetings_own_rounds_of_questions_and_lists_name_no_subject(title):
    assert extract_topics(title, "The item was discussed.", {}) == []


def test_words_of_the_meetings_own_business_leave_a_subject_beside_them():
    assert extract_topics("Local Elections 2024", "The item was discussed.", {}) == [
        "local elections"
    ]
    assert extract_topics("Tree Planting Working Party", "It met twice.", {}) == [
        "tree planting working party"
    ]


def test_initials_given_to_people_are_no_subjects():
    """ "Nessa Quirrell (NQ), Torvald Brisk (TB)": the attendance gives each member
    initials; the names they stand for are people, not what the item is about, while a
    subject's initials ("Tree Preservation Order (TPO)") still give one."""
    body = (
        "Members present: Nessa Quirrell (NQ), Torvald Brisk (TB) and Ulla Vantongeren (UV). "
        "NQ welcomed the new Tree Preservation Order (TPO) for the green."
    )
    acronyms = {
        "NQ": "Nessa Quirrell", "TB": "Torvald Brisk", "UV": "Ulla Vantongeren",
        "TPO": "Tree Preservation Order",
    }  # fmt: skip
    topics = extract_topics("Village Green", body, acronyms)
    assert "tree preservation order" in topics
    assert not {"nessa quirrell", "torvald brisk", "ulla vantongeren"} & set(topics)
