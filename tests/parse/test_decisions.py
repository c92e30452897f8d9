"""Decisions found by their evidence (a motion, an outcome, a vote, a resolution label),
in the shapes US boards, Australian and New Zealand councils and English parishes use."""

from __future__ import annotations

import pytest

from search_app.parse import parse_bytes
from search_app.parse.decisions import (
    announces_decisions,
    decision_terms,
    evident_decision,
    find_decisions,
    item_decisions,
    recorded_decisions,
)


@pytest.mark.parametrize(
    ("paragraphs", "decision"),
    [
        (
            ["Motion by Trustee Bee, second by Trustee Dee, to approve the paving contract.",
             "Motion passed (5-0)."],
            "Motion by Trustee Bee, second by Trustee Dee, to approve the paving contract.\n"
            "Motion passed (5-0).",
        ),
        (
            ["Commissioner Gee moved to approve the plat, seconded by Commissioner Aitch.",
             "Ayes: Gee, Aitch, Eye. Nays: None."],
            "Commissioner Gee moved to approve the plat, seconded by Commissioner Aitch.\n"
            "Ayes: Gee, Aitch, Eye. Nays: None.",
        ),
        (
            ["Trustee Jay moved to accept the audit. Trustee Kay seconded. All in favor."],
            "Trustee Jay moved to accept the audit. Trustee Kay seconded. All in favor.",
        ),
        (
            ["Roll call vote on the zoning appeal: Ayes: Bee, Dee. Nays: Eff. Motion carried 2-1."],
            "Roll call vote on the zoning appeal: Ayes: Bee, Dee. Nays: Eff. Motion carried 2-1.",
        ),
        (["The minutes of May 4 were approved as presented."], "The minutes of May 4 were approved as presented."),
        (["Minutes approved as amended."], "Minutes approved as amended."),
        (["M/S/P Bee/Dee to approve the budget."], "M/S/P Bee/Dee to approve the budget."),
        (["MSP to accept the proposal."], "MSP to accept the proposal."),
        (["Upon motion of Supervisor Bee and all voting in favor, the Board entered closed "
          "meeting."], "Upon motion of Supervisor Bee and all voting in favor, the Board "
          "entered closed meeting."),
        (["The house did not agree to the proposal, by 23 votes to 17."],
         "The house did not agree to the proposal, by 23 votes to 17."),
        (["With no questions nor objections, the body adopted the minutes of its sessions held "
          "last August 22 and 29, one after the other, on motion of Councilor Ann Bee."],
         "With no questions nor objections, the body adopted the minutes of its sessions held "
         "last August 22 and 29, one after the other, on motion of Councilor Ann Bee."),
    ],
    ids=["motion by, second by, passed (5-0)", "ayes and nays", "all in favor", "roll call",
         "approved as presented", "approved as amended", "M/S/P", "MSP to",
         "all voting in favor", "23 votes to 17", "the body adopted"],
)  # fmt: skip
def test_us_board_motions_and_votes(paragraphs, decision):
    assert find_decisions(paragraphs) == [decision]


@pytest.mark.parametrize(
    ("paragraphs", "decision"),
    [
        (
            ["Resolution 449/2019 Moved: Cr A Bee Seconded: Cr C Dee",
             "That Council adopts the draft budget.", "CARRIED"],
            "That Council adopts the draft budget.\nCARRIED",
        ),
        (
            ["Resolution 450/2019 Moved: Cr A Bee Seconded: Cr C Dee That the tender be awarded."],
            "Resolution 450/2019 Moved: Cr A Bee Seconded: Cr C Dee That the tender be awarded.",
        ),
        (
            ["Resolution 2020/21", "Moved:", "Mayor Ann Bee", "Seconded: Cr Cee Dee",
             "That the apology be accepted.", "Carried"],
            "That the apology be accepted.\nCarried",
        ),
        (
            ["M/S/C Bee/Dee", "That the accounts for payment be approved."],
            "M/S/C Bee/Dee\nThat the accounts for payment be approved.",
        ),
        (
            ["Moved by Councillor Bee, seconded by Councillor Dee, that the report be received.",
             "Carried"],
            "Moved by Councillor Bee, seconded by Councillor Dee, that the report be received.\n"
            "Carried",
        ),
        (
            ["MOTION: Bee/Dee to write to the water authority about the drain. CARRIED"],
            "MOTION: Bee/Dee to write to the water authority about the drain. CARRIED",
        ),
        (
            ["The treasurer explained the grant. Moved Bee, seconded Dee to accept the report. 4/1"],
            "Moved Bee, seconded Dee to accept the report. 4/1",
        ),
        (
            ["R. Bee/C. Dee: THAT the board adjourn to a closed session.", "112Carried"],
            "112Carried",
        ),
        (
            ["C (2) THAT the apology received from Cr Fay be accepted and leave of absence "
             "granted.", "Cr Bee/Cr Dee"],
            "C (2) THAT the apology received from Cr Fay be accepted and leave of absence "
            "granted.",
        ),
    ],
    ids=["resolution number, then wording", "all on one line", "mover named below its label",
         "M/S/C then wording", "moved by, carried", "MOTION: A/B ... CARRIED", "bare tally",
         "resolution number glued to 'Carried'", "counted resolution in capitals, movers below"],
)  # fmt: skip
def test_council_resolutions_with_movers_and_seconders(paragraphs, decision):
    assert find_decisions(paragraphs) == [decision]


@pytest.mark.parametrize(
    ("paragraphs", "decision"),
    [
        (["Members discussed the bus shelter. It was agreed to ask the county for a quote."],
         "It was agreed to ask the county for a quote."),
        (["The clerk will order two new benches. AGREED"], "AGREED"),
        (["RESOLVED", "That the play area inspection report be noted."],
         "That the play area inspection report be noted."),
        (["Cllr Bee proposed and Cllr Dee seconded that the hedge be cut. The motion was lost."],
         "Cllr Bee proposed and Cllr Dee seconded that the hedge be cut. The motion was lost."),
        (["All present agreed to open a club account at the local bank."],
         "All present agreed to open a club account at the local bank."),
        (["Pay the groundsman at half rate, reviewed at each meeting. All in agreement."],
         "All in agreement."),
        (["Passed"], "Passed"),
        (["Booklet on state benefits. Agreed 11 copies at £3.70 each."],
         "Agreed 11 copies at £3.70 each."),
        (["The Council was asked to ratify the new clubs:", "Chess Society - Unanimous"],
         "Chess Society - Unanimous"),
        (["All Cllrs agreed that the treasurer's account is the most suitable."],
         "All Cllrs agreed that the treasurer's account is the most suitable."),
        (["The minutes of the meeting held on 3 May were found to be correct."],
         "The minutes of the meeting held on 3 May were found to be correct."),
        (["The following minutes were read and confirmed:-", "Council Meeting of 4 May"],
         "The following minutes were read and confirmed:-"),
        (["Members noted the bank statements and approved the payments for March."],
         "Members noted the bank statements and approved the payments for March."),
        (["The plans were shown. All members accepted the drawings in principle."],
         "All members accepted the drawings in principle."),
        (["Minutes of the AGM held on 13th April 2016 agreed as accurate."],
         "Minutes of the AGM held on 13th April 2016 agreed as accurate."),
        (["A resident asked for a second defibrillator. Decision: Secretary to look into costs "
          "and locations."],
         "Decision: Secretary to look into costs and locations."),
    ],
    ids=["it was agreed", "AGREED", "RESOLVED alone", "motion lost", "all present agreed",
         "all in agreement", "passed alone", "a vote recorded unanimous", "Agreed 11 copies",
         "all cllrs agreed", "minutes found to be correct", "read and confirmed",
         "noted one thing and approved another", "the body accepted",
         "minutes agreed as accurate", "a decision's label inside a paragraph"],
)  # fmt: skip
def test_parish_council_decisions(paragraphs, decision):
    assert find_decisions(paragraphs) == [decision]


def test_minutes_confirmed_after_a_long_subject_record_a_decision():
    """The minutes' confirmation may name several meetings, their days and how they were
    sent round before its verb: still the decision that confirmed them."""
    paragraph = (
        "The minutes of Council meeting 2/21, held on 3 May 2021, and 3/21, deemed to have "
        "been held on 11 June 2021, copies of which had been distributed to all members, "
        "were confirmed, subject to an amendment to item 4."
    )
    assert find_decisions([paragraph]) == [paragraph]


def test_a_resolution_that_gives_its_grounds_first_records_a_decision():
    """ "That, under ... the press and public be excluded": the resolution to exclude the
    public, its legal grounds before its subject; a question of what might be excluded
    is none."""
    resolution = (
        "That, under Section 12 of the Meetings Act 1985, the press and public be excluded "
        "from the meeting for the next item on the grounds that it holds exempt information."
    )
    assert find_decisions([resolution]) == [resolution]
    assert find_decisions(["Members asked whether the costs should be excluded."]) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The motion was discussed at length."],
        ["A motion will be brought to the next meeting."],
        ["Councillor Bee moved that the item be deferred.", "Members discussed the timing."],
        ["The library moved to the old school in 2019."],
        ["Members asked whether the scheme should be approved before the election."],
        ["The report covers pages 1-12 and items 4/1 to 4/3."],
        ["Members asked that the minutes be circulated a week earlier."],
        ["That was the last meeting before the summer, it should be noted."],
        ["Residents asked whether the council had ever voted on parking."],
        ["Ann Bee MSP attended and answered questions on the ferry service."],
        ["The deadline for comments has passed."],
    ],
    ids=["motion discussed", "motion to come", "moved, no outcome", "moved house",
         "should be approved", "numbers that are no tally", "a request about minutes",
         "'that' is no resolution", "a question about a vote", "a member of a parliament",
         "a deadline passed"],
)  # fmt: skip
def test_talk_about_motions_is_not_a_decision(paragraphs):
    assert find_decisions(paragraphs) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The accounts were otherwise approved.",
        "The minutes were accepted as a true record and signed.",
        "Agreed a true and accurate record of the meeting.",
        "The bench replacement was unanimously carried.",
        "The tender of Hollin Builders was resolved unanimously.",
        "MOTION TO RENEW THE MOORING LEASE. UNAM.",
        "There were no other nominations, so Mrs Ode was appointed as Secretary.",
        "Elected unopposed: Chair – Ivo Penhale.",
        "Minutes of the last meeting held on 4 March Approved",
        "Minutes Confirmed",  # a contents table's decision column
        "Motion made to approve Ann Ames to serve on the grounds committee. All approved the motion.",
        "A motion was made to change the agenda. All accepted the new agenda.",
        "Accepted.",
        "Motion by Trustee Ames to approve the licence; seconded by Boyd. Motion prevailed by a "
        "voice vote of 5-1.",
        "Election of Officers, Ann moves, Bo seconds a slate of officers; Motion carries unanimously",
        "Ames Aye, Boyd Aye, Cole Aye.",
        "That the Regional Council: 1. Confirms the minutes of 23 October as a true and correct "
        "record.",
        "Accepted subject to amendment of the date of the dinner.",
        "The minutes were put up by Ann Ames, seconded by Bo Boyd and approved by the board.",
        "(c) Cllr Ames Resolved that leave of absence be not granted.",
        "Agreed and completed",
        "- Accepted by Consent",
        "Order: Noted.",
        "We decided to not set a limit at this time",
        "Motioned by Ann Ames; seconded by Bo Boyd.",
        "-vote, all approve up to $5/month for the phone reminders",
        "Vote: 5 for, 0 against.",
        "- Fireworks show - July 7th was chosen as the day and confirmed with the auxiliary.",
        "The minutes were taken as read and signed by the Chair as a correct record.",
        "Were read out and duly signed off by the Chairman to be a true record.",
        "Minutes of the previous meeting were confirmed.",
        "The grass-cutting contract was awarded to Ash Grounds Ltd.",
        "There was consensus to hold the hall fees at last year's rate.",
        "Consensus was reached to close the car park at dusk.",
        "After discussion the consensus of the Commission was to approve the draft policies.",
        "The boundary review was deferred to the March meeting.",
        "We AGREE that the warden's post will be advertised in June.",
        "The Bureau agreed to recommend to the Parliament a business programme for the week.",
        "Members were in agreement to pay the invoice for the repair of the waterline.",
        "The Chair was authorised to sign as a correct record the minutes of 27 February.",
        "The Board of Management ratified the annual accounts for the school year.",
        "There being no further nominations, the Administrator declared Director Hale Chairperson.",
        "Evidence to the committee on funding: Agreed; a submission to be made by the secretary.",
        "That Councillors Hale, Ibbotson and Jarvis be appointed to the Bus Services Task Group.",
        "Minutes of 8 May: Ms Ferndale approves Mr Arendse seconds approval.",
        "- 2 abstentions (Ross, Tate), everyone else in favour.",
        "No objections to the extension (4 for and 1 against).",
        "Marsh moved to recommend the plat and Oakes gave the second. Voted unan.",
        "The ballot was counted and the following members were declared elected: Ann Ames.",
        "RESOLVEDthat apologies for absence be received from Ann Ames.",
        "Dates of next meetings were confirmed (as previously agreed) as 3 and 17 May.",
        "These had been circulated and were read and signed by the Chairman.",
        "Minutes of the meeting held on March 1st, 2022 were received as accurate.",
        "The chair retires in July, and it was generally agreed that no deputy was needed.",
        "Action 3/0412: Agreed that Ivo would write to the sponsor about the kit.",
        "(2) That the applicant and his agent be granted leave to address the Panel.",
        "After a full discussion, the Trustees, unanimously, decided to keep the hall open.",
        "The wardens were presented for re-appointment and were reappointed by the Board 3:0:0.",
        "The minutes of the meeting held on 3rd May, having been circulated, were taken as read "
        "and signed.",
        "The Minutes of the meeting held on 2 May were signed by the Chair and the Clerk.",
        "Cllr Ames asked whether a word should read 'culvert', and everybody agreed to this.",
        "The Committee formally approved the report.",
        "The councillors reviewed the designs and decided to send the following comment.",
        "The agenda was confirmed with no additions or alterations.",
        "Vote results: 17 for.",
    ],
)
def test_short_forms_of_an_outcome(paragraph):
    assert find_decisions([paragraph]) == [paragraph]


def test_a_numbered_resolution_with_its_movers_and_wording_on_one_line():
    text = "Resolution 301/2024 Moved: Cr Ames Seconded: Cr Boyd Council adjourn for the forum."
    assert find_decisions([text]) == [text]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The revised plans will be approved",
        "The application was not approved",
        "The offer has been accepted",
        "Such site inspections as may be approved by the Committee.",
        "The Chairman referred to the Strategy approved by the Trustees in 2015.",
        "School District No. 67 was chosen as one of seven districts for the program.",
        "The council should note the report.",
        "Members have yet to be agreed",
        "No consensus was reached on the hall fees.",
        "The clerk will ask whether the minutes were signed.",
    ],
)
def test_an_outcome_still_to_come_is_no_decision(paragraph):
    assert find_decisions([paragraph]) == []


def test_a_unanimous_vote_after_a_motion_is_a_decision():
    text = "Lou moved to approve the agenda. Marta seconded. The vote by all five was unanimous."
    assert find_decisions([text])


def test_unanimous_without_a_motion_is_not_a_decision():
    assert not find_decisions(["Members were unanimous in their praise for the volunteers."])


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Cllr Ash proposed Ann Bee as chair, seconded by Cllr Dee - Ann accepted the nomination."],
        ["Councillor Bee was nominated and seconded for Chairman.", "Councillor Bee took the Chair."],
        ["Approved: Jim Ash", "Seconded: Beth Cole"],
        ["Cllr Ash proposed Cllr Bee. The matter was then put to a vote, with a roll-call."],
        ["Resolution number AB/2015/119", "MOVED by Member Ash, seconded by Member Bee:",
         "That the Board confirm the minutes of its meeting."],
    ],
)  # fmt: skip
def test_nominations_labels_and_votes_that_record_a_decision(paragraphs):
    assert find_decisions(paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Village Hall – Cllr Ash proposed Cllr Bee, seconded by Cllr Cole."],
        ["Proposed by Councillor D. Ash", "Seconded by Councillor V. Bee"],
        ["It was PROPOSED BY:", "Cllr. Ann Ash", "SECONDED BY:", "Cllr. Ben Bee"],
        ["Chairman:- Ann Ash", "Prop Ben Bee", "Sec Cy Cole."],  # the short forms
    ],
)
def test_a_motion_moved_and_seconded_records_a_decision_where_nothing_else_does(paragraphs):
    assert find_decisions(paragraphs)


def test_a_motion_not_proposed_and_seconded_is_no_decision():
    assert not find_decisions(["The questions were not proposed and seconded."])


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was proposed by Cllr Ash and resolved, to invite all staff to a meeting.",
        "The minutes were submitted and confirmed as a correct record.",
        "City Council endorsed the proclamation.",
        "Motion was made, seconded and carried to renew the landscape contract as written.",
        "The Committee confirmed the minutes of the meeting held on 17 April as a true record.",
        "The minutes, having been displayed in the church, were taken as read, approved and signed.",
        "Council voted unanimously in favour of this.",
        "The councillors present approved these amounts for payment.",
        "19/23Resolved to approve the minutes of the meeting of 17th January.",
        "The Clerk had two quotations. Resolved to accept the lower quotation.",
        "The minutes from the last meeting were read and accepted.",
        "Apologies were received and accepted from Cllr Ash, who was away.",
        "A motion was made, seconded, and approved that the budget for 2024 be accepted.",
        "Under the by-laws the board elected Ann Bee as president and Cy Dee as secretary.",
        "The Chair read the minutes of the last meeting and signed them off as a true copy.",
        "MSC: Bee/Dee to approve the consent agenda as presented.",
        "RESOLUTION: That the report be noted.",
        "Plot inspections \u2013 the following dates were agreed",
        "It was also agreed that the auditor would change next year.",
        "The decision was unanimously taken to move the account to another bank.",
        "Approval was given for the agenda.",
        "Minutes approved as written.",
        "3.1 Minutes agreed and signed.",
        "That the minutes be approved as a true record.",
        "That the report be noted.",
        "The Board HOMOLOGATED the action taken by the Chair over the summer.",
        "ON MOTION by Commissioner Ash, SECONDED by Commissioner Bee, the Board unanimously "
        "added the item to the Agenda.",
        "Ida motions to adopt the agenda, Jo seconds.",
        "Ann Orr moved to approve, Ben Pike 2nd the motion.",
        "The Board voted, signed and forwarded the conservation form.",
        "The Board returned to public session having voted to make an offer on the land.",
    ],
)
def test_outcomes_in_running_text(paragraph):
    assert find_decisions([paragraph])


def test_minutes_agreed_at_another_meeting_record_no_decision_here():
    assert not find_decisions(["The minutes agreed at the last meeting showed a deficit."])


def test_a_matter_resolved_to_everyones_satisfaction_is_no_decision():
    assert not find_decisions(["The parking problem was resolved to the residents' satisfaction."])


def test_a_body_that_appointed_someone_long_ago_decided_nothing_now():
    """ "Council appointed Member to the housing board" in a declaration of interest."""
    assert not find_decisions(["Minute 7 - Non-pecuniary interest - Council appointed Member."])


# The words model: decisions recorded in ways no pattern names, weighed by the item's words.


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        ("Minutes", ["The minutes of the meeting held on 4th March were proposed as correct by "
                     "Cllr Ames and signed by the Chair."]),
        ("Minutes", ["The minutes of the meeting held on 4th March were taken as read on the "
                     "proposal of Cllr Ames, seconded by Cllr Boyd."]),
    ],
)  # fmt: skip
def test_an_item_whose_words_record_a_decision_no_pattern_names_has_one(title, paragraphs):
    assert recorded_decisions(title, paragraphs, []) == []
    assert item_decisions(title, paragraphs, []) == paragraphs


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The clerk reported that the roof had been inspected and a further report would follow."],
        ["Members discussed the state of the swings. Cllr Ames will get quotes for next time."],
    ],
)
def test_an_item_that_only_reports_or_discusses_decides_nothing(paragraphs):
    assert item_decisions("Hall and playground", paragraphs, []) == []


def test_the_words_model_quotes_the_sentence_that_most_records_the_decision():
    paragraphs = ["The clerk read out the minutes of the last meeting.",
                  "They were confirmed on the proposal of Cllr Ames, seconded by Cllr Boyd."]  # fmt: skip
    assert recorded_decisions("Minutes", paragraphs, []) == []
    assert evident_decision("Minutes", paragraphs) == paragraphs[1]


def test_the_words_model_knows_no_names():
    """A person's name, a place's or a month's is read as one uncommon word: the same
    minutes with other people in them weigh the same."""
    terms = decision_terms()
    one = "Minutes confirmed on the proposal of Cllr Ames, seconded by Cllr Boyd in September."
    other = "Minutes confirmed on the proposal of Cllr Quist, seconded by Cllr Ngata in November."
    assert terms.probability(one) == terms.probability(other)
    assert all(term == term.lower() for term in terms.weights)


def test_a_pattern_s_decision_is_kept_as_written_not_replaced_by_the_words_model():
    paragraphs = ["Moved by Cllr Ames, seconded by Cllr Boyd, that the grant be paid. Carried."]
    assert item_decisions("Grants", paragraphs, []) == paragraphs


@pytest.mark.parametrize(
    ("preamble", "announced"),
    [
        (["The cell reviewed the session.", "The following decisions were taken."], True),
        (["After discussion the Board resolved as follows:"], True),
        (["The following members were present.", "Ann Bee, Cy Dee"], False),
    ],
)
def test_a_preamble_may_announce_that_the_items_are_decisions(preamble, announced):
    assert announces_decisions(preamble) == announced


@pytest.mark.parametrize(
    ("paragraph", "decided"),
    [
        ("Reg Vance \u2013 that the Cheque Listing totaling $7,561.50 be accepted for information.",
         True),
        ("HALVORSEN: That Prairie Gas be permitted to place the pipeline along the road.", True),
        ("Chair: That is all the business for tonight.", False),
        ("Public comment \u2013 that the road has been repaired was welcomed.", False),
    ],
)  # fmt: skip
def test_a_resolution_after_its_mover_s_name_is_a_decision(paragraph, decided):
    assert bool(find_decisions([paragraph])) == decided


def test_agreed_opening_a_sentence_inside_a_paragraph_is_that_sentence_s_decision():
    paragraph = "The policy papers were noted and welcomed. Agreed: more should be done on sport."
    assert find_decisions([paragraph]) == ["Agreed: more should be done on sport."]


@pytest.mark.parametrize(
    ("paragraph", "decided"),
    [
        ("To confirm that the items marked Part 1 be taken in public. This was confirmed.", True),
        (
            "The following appointments were made and confirmed: Footpath Group \u2013 Ann Bee.",
            True,
        ),
        ("It was confirmed that the hall is booked for May.", False),
        ("The date was confirmed later in the week by the clerk.", False),
    ],
)
def test_a_confirmation_is_a_decision_but_not_a_fact_confirmed(paragraph, decided):
    assert bool(find_decisions([paragraph])) is decided


def test_a_duly_approved_record_is_a_decision():
    paragraph = "The data policy was circulated. It was duly approved by the Committee."
    assert find_decisions([paragraph]) == ["It was duly approved by the Committee."]


def test_an_outcome_after_a_semicolon_in_the_title_is_the_items_decision():
    """ "Minutes of last meeting; passed pending ...": the title records its outcome."""
    title = "Minutes of last meeting; passed pending the attendance list being attached"
    assert recorded_decisions(title, [], []) == [title]
    assert recorded_decisions("Minutes of last meeting; to follow", [], []) == []


def test_an_outcome_opening_the_text_after_its_title_is_the_items_decision():
    """ "Minutes of last meeting" / "passed pending ...": the title's line went on with it."""
    text = "passed pending the attendance list being attached"
    assert recorded_decisions("Minutes of last meeting", [text], []) == [text]
    assert recorded_decisions("Minutes of last meeting", ["to follow next month"], []) == []


def test_a_title_that_names_its_mover_and_seconder_records_a_decision():
    """ "APPROVAL OF MINUTES MOVED BY? ANN 2ND CARL": a motion moved and seconded, recorded
    in the title with no text under it, was put and decided."""
    title = "APPROVAL OF SEPTEMBER MINUTES MOVED BY? ANN 2ND CARL"
    assert recorded_decisions(title, [], []) == [title]
    assert recorded_decisions("APPROVAL OF SEPTEMBER MINUTES", [], []) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Bee was proposed and elected as Chair of the Council.",
        "Carl Dee was nominated, seconded and appointed as the council's representative.",
        "The Board reviewed and approved the June accounts and the July vouchers.",
    ],
)
def test_an_election_or_an_approval_after_its_proposal_or_review(paragraph):
    assert find_decisions([paragraph]) == [paragraph]


def test_a_body_that_considered_something_and_then_adopted_it_decided():
    """ "Members considered ... and following discussion adopted the following:" decides;
    "... and it would be adopted later" does not."""
    decided = (
        "Members considered several possible mission statements and following discussion "
        "adopted the following: We welcome each visitor as part of our community."
    )
    assert find_decisions([decided]) == [decided]
    undecided = "Members considered the draft and said it would be adopted at the next meeting."
    assert find_decisions([undecided]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Members discussed the spring newsletter. No decision was made.",
        "The letter was noted. No action was taken.",
        "The update was received; no formal resolution was required.",
    ],
)
def test_a_note_that_nothing_was_decided_is_no_decision(paragraph):
    assert item_decisions("Newsletter", [paragraph], []) == []


def test_noting_that_something_may_be_approved_later_decides_nothing():
    assert find_decisions(["Members noted that the plans would be approved by the county."]) == []


def test_welsh_minutes_record_their_resolutions_too():
    """ "PENDERFYNWYD" (resolved) alone on its line, the resolution below: a decision, and
    the label of a part, never an item's heading."""
    text = (
        "COFNODION CYNGOR CYMUNED LLANWERN FACH\n\nNos Lun, 4 Medi 2017\n\n"
        "120  DATGAN BUDDIANNAU\n\nDim.\n\n"
        "121  MATERION CYMUNEDOL\n\nCyflwynwyd adroddiad gan y Cynghorydd Rhys Bowen.\n\n"
        "PENDERFYNWYD\n\n[a]  rhoi'r llythyr ar wefan y Cyngor.\n\n"
        "122  CYLLID\n\nDim.\n"
    )
    document = parse_bytes(text.encode(), "cofnodion.txt")
    assert [item.number for item in document.items] == ["120", "121", "122"]
    assert document.items[1].decisions == ["[a] rhoi'r llythyr ar wefan y Cyngor."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Cllr Ann Bee was nominated and duly elected to the position of Chairman.",
        "Mayor Fox called for a vote, and all voted aye.",
        "The minutes so prepared were read out and confirmed.",
        "Chair's Action was taken to approve the minutes of the previous meeting.",
        "The press and public were excluded from the meeting for the next item.",
        "On a motion by Trustee Bee, seconded by Trustee Dee, the bills were ordered paid.",
        "The Board denied the request for a second driveway.",
        "The Council gave approval for the works to the pavilion.",
        "The precept for 2021/22 was set at \u00a325,000.",
    ],
)
def test_elections_votes_approvals_and_exclusions_in_other_words_are_decisions(paragraph):
    """A duly elected chair, a vote of ayes, minutes read out and confirmed, an approval by
    the chair's action, the public excluded, bills ordered paid, a request denied,
    approval given, a precept set: each records what the
    meeting decided."""
    assert find_decisions(["The Clerk introduced the item.", paragraph]) == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        "No action was taken to approve the lease.",
        "The matter was excluded from the agenda by the Clerk.",
        "Cllr Bee asked whether the county had voted yes.",
        "The county had rejected an earlier scheme, residents said.",
        "Residents asked how the charges were set at the county.",
    ],
)
def test_no_action_and_an_exclusion_from_elsewhere_decide_nothing(paragraph):
    assert find_decisions([paragraph]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "On motion of Ann Bee it was voted that the sum of $2,400 be raised for the library.",
        "Voted: By taxation, $12,440.00.",
        "Motion and Vote to approve the regular minutes of March 28.",
        "The motion was seconded and the vote was unanimously in favor.",
        "Article 4 as printed: voted 48 in favor, 0 opposed.",
        "The Session resolved to grant a certificate of transference to Mr Dee.",
        "Votes of sympathy were unanimously extended to the Quill family.",
    ],
)
def test_town_meeting_votes_deferrals_and_a_sessions_resolutions_are_decisions(paragraph):
    """New England town meetings record what they voted ("it was voted that ...",
    "Voted: ..."), and a kirk session resolves as a council does."""
    assert find_decisions(["The Clerk introduced the item.", paragraph]) == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    ["The finance report was tabled.", "Work on the culvert continued to the end of May."],
)
def test_a_report_tabled_and_work_that_continued_decide_nothing(paragraph):
    """In British minutes a report "tabled" is one laid before the meeting, not put off."""
    assert find_decisions([paragraph]) == []


def test_an_election_recorded_without_was_and_a_nomination_seconded_are_decisions():
    paragraphs = [
        "Ron Tait chaired this item.",
        "Ina re-elected as Chair, nominated by Joe Carr, seconded by Ada Finch",
    ]
    assert find_decisions(paragraphs) == [paragraphs[1]]
    assert find_decisions(["Lee was nominated by Joe Carr and seconded by Ada Finch."])


@pytest.mark.parametrize(
    "paragraph",
    [
        "That consideration is deferred to a Special Council Meeting.",
        "That this Council agrees to appoint an independent auditor.",
        "\u201cThat the Board approves the revised grazing fees.\u201d",
    ],
)
def test_a_resolutions_wording_standing_alone_is_a_decision(paragraph):
    assert find_decisions(["The Clerk introduced the report.", paragraph]) == [paragraph]


def test_a_paragraph_opening_with_that_as_a_pronoun_decides_nothing():
    assert find_decisions(["That was the last meeting held in the old hall."]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "No objection.",
        "Removal of one dying ash tree No objection",
        "The Town Council had no objections to this application.",
        "Members supported the application.",
        "The Parish Council objected to the application on grounds of access.",
        "22/0731 \u2013 Change of use of the former bank to a caf\u00e9. Supported.",
        "22/0750 \u2013 Two houses on the paddock, Mill Lane. Object.",
        "22/0762 \u2013 Telecommunications mast. Refused.",
    ],
)
def test_a_consultees_response_to_an_application_is_a_decision(paragraph):
    assert find_decisions(["Application 24/0113 for a rear extension.", paragraph])


@pytest.mark.parametrize(
    "paragraph",
    [
        "No Board member objected.",
        "The fete was supported by volunteers.",
        "It is something we should all support. The hall needs volunteers.",
    ],
)
def test_an_objection_no_member_raised_or_help_given_decides_nothing(paragraph):
    assert find_decisions([paragraph]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Council fixed Thursday 9 October as the closing date for nominations.",
        "Members allocated \u00a3200 to the summer fete.",
        "After discussion the Board declined the request for a second bench.",
        "The Trustees deferred the roof repairs to the spring.",
    ],
)
def test_what_the_body_did_opening_its_sentence_is_a_decision(paragraph):
    assert find_decisions(["The Clerk read a letter from the school.", paragraph])


def test_what_someone_else_set_or_refused_decides_nothing():
    assert (
        find_decisions(["The county has refused to mend the lane; the hedge was set alight."]) == []
    )


def test_a_motion_by_one_member_and_a_second_by_another_records_a_decision():
    paragraph = (
        "There being no further business, upon a motion by Beck, second by Garza, the "
        "meeting was unanimously adjourned at 6:31 p.m."
    )
    assert find_decisions([paragraph]) == [paragraph]


def test_a_heading_in_capitals_that_ends_with_its_outcome_records_it():
    assert recorded_decisions("USE OF STAND-BY AMBULANCE APPROVED", ["The chief asked."], [])
    assert not recorded_decisions("APPROVAL OF MINUTES", ["The chief asked."], [])


@pytest.mark.parametrize(
    "paragraph",
    [
        "By proper motion, the Special Meeting was adjourned at 5:58 p.m.",
        "Trustee Ash, seconded by Trustee Bell, moved to nominate Trustee Cole as Mayor Pro Tem.",
    ],
)
def test_a_motion_recorded_as_made_by_motion_or_seconded_before_it_is_moved(paragraph):
    assert find_decisions([paragraph]) == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Staff was directed to return with options for the depot.",
        "Permission was given for the fete on the green.",
        "The Commission recommends approval to the Town Council.",
        "Consensus to proceed with the survey.",
    ],
)
def test_a_boards_or_commissions_outcome_in_its_own_words_is_a_decision(paragraph):
    assert find_decisions(["The officer presented the report.", paragraph])


def test_recommending_a_report_be_read_or_a_consent_agenda_decides_nothing():
    assert find_decisions(["The Clerk recommends members read the report."]) == []
    assert find_decisions(["The Consent Agenda items are listed below."]) == []


def test_a_communication_received_and_filed_is_its_disposition():
    """ "Upon motion the communications were received and filed": the council's action on
    them; "to be received and filed" is what an agenda proposes."""
    assert find_decisions(["Upon motion the communications were received and filed."])
    assert find_decisions(["Proofs of publication were received and filed."])
    assert find_decisions(["Communications to be received and filed at the next meeting."]) == []


def test_a_vote_recorded_by_its_result_alone_is_a_decision():
    """Small bodies write "Vote passed" where a council writes "Motion carried"."""
    text = "Proposal for a spring plant sale. Vote passed - sale to start in April."
    assert find_decisions([text]) == ["Vote passed - sale to start in April."]
    assert find_decisions(["A vote on the plant sale will be taken in May."]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Minutes of the last meeting – approved as sent out to all members",
        "Treasurer's report: motion to pay the bills. Approved by all.",
        "The new opening hours were approved by the group.",
        "Summer reading: the library will run the program to December. (Kay motion/Lee second)",
    ],
)
def test_outcomes_small_bodies_record_in_few_words(paragraph):
    """An outcome after a dash, an approval "by all" or "by the group", and a motion
    credited "(Kay motion/Lee second)" record decisions as surely as "Motion carried"."""
    assert find_decisions([paragraph])


def test_an_approval_credited_to_its_mover_and_seconder_in_its_title_is_a_decision():
    assert recorded_decisions("Approval of Agenda Dora / Tom", [], []) == [
        "Approval of Agenda Dora / Tom"
    ]
    assert recorded_decisions("Approval of the Minutes/Agenda", [], []) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "2. Motion: that Nell write to the district about the bridge weight limit. Nell / Omar",
        "Motion to approve the reserve transfer of $20,000 this month: P.Quill, second R. Stone",
    ],
)
def test_a_motion_credited_to_its_mover_and_seconder_after_it_is_a_decision(paragraph):
    assert find_decisions([paragraph]) == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Motion: to approve the 2024 / 2025 budget at the next meeting",
        "Motion to hold the meeting in June, second Thursday",
    ],
)
def test_a_motion_with_a_slash_or_a_second_but_no_names_is_no_decision(paragraph):
    assert find_decisions([paragraph]) == []


def test_an_approval_someone_else_gave_or_still_to_come_is_no_decision():
    assert find_decisions(["The grant – approved by the county last year – pays for it."]) == []
    assert find_decisions(["Budget - approved to go to the council in June"]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The request for a second access was denied.",
        "The late application was rejected.",
        "The payments listed were authorised for payment.",
        "The Clerk was instructed to write to the landowner about the hedge.",
    ],
)
def test_outcomes_in_the_passive_that_deny_authorise_or_instruct(paragraph):
    assert find_decisions([paragraph])


@pytest.mark.parametrize(
    "paragraph",
    [
        "The spending was authorised under the Act of 1972 last year.",
        "The report was tabled at the meeting.",  # set before it (UK) or put off (US)
    ],
)
def test_authority_from_elsewhere_and_a_tabled_report_record_no_decision(paragraph):
    assert find_decisions([paragraph]) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["A hearing was held on the petition.", "Councillor Ash moved that the permit be "
         "granted. It was so voted."],
        ["ORDERED that the press and public be excluded from the meeting for the next item."],
        ["ORDER: Deferred to the next meeting of the committee."],
    ],
)  # fmt: skip
def test_orders_and_votes_recorded_in_a_city_clerks_words(paragraphs):
    assert find_decisions(paragraphs)


def test_a_prop_or_a_sec_in_other_words_is_no_decision():
    assert not find_decisions(["The prop store was tidied and the sec. of state wrote."])


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Motion: Commissioner Ash moved to approve the consent agenda items A through F."],
        ["Fire Commissioner Bee made a motion to go into executive session."],
        ["- Motion made by Trustee Cole to hire one temporary firefighter."],
    ],
)
def test_a_motion_put_to_do_something_records_a_decision_where_nothing_else_does(paragraphs):
    assert find_decisions(paragraphs)


@pytest.mark.parametrize(
    "paragraph",
    ["The office moved to a new building in May.", "The item was moved to the next agenda."],
)
def test_moving_a_thing_is_no_motion(paragraph):
    assert not find_decisions([paragraph])


@pytest.mark.parametrize(
    "paragraph",
    [
        # a committee's outcome noted in capitals, as its resolutions are
        "NOTED that no intention to film the meeting was declared.",
        # the decision's label without its colon, run into the minute
        "The Committee considered the list of warrants issued in April. Decision The "
        "Committee noted the list of applications.",
        # a board system's motion with its result after a dash
        "I recommend the Board proclaims May 2024 as Library Month.- PASS",
    ],
)
def test_outcomes_a_committee_system_prints_record_decisions(paragraph):
    assert find_decisions([paragraph])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Members noted that the next meeting would be in May.",
        "The Decision Making Framework was presented to members for information.",
        "The password policy was explained to the members.",
    ],
)
def test_noting_or_a_word_like_an_outcome_records_no_decision(paragraph):
    assert not find_decisions([paragraph])


def test_a_report_submitted_and_approved_is_a_decision():
    """ "There were submitted and approved Report No ...", as Scottish minutes record it."""
    paragraph = "There were submitted and approved Report No 12-2019 by the Director on leases."
    assert find_decisions([paragraph]) == [paragraph]
    assert find_decisions(["There were submitted Report No 13-2019 and a plan."]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # what the meeting settled, in the impersonal passive
        "After discussion it was determined that the pavilion would close for repairs in July.",
        "The amount of the drainage rate required was determined to be $1,870.",
        # what a motion did, its outcome in the verb
        "On motion of Commissioner Dee the request was referred to the Roads Committee.",
        "Upon motion of Trustee Fenn the claims were allowed as read.",
        # a parish meeting's telegraphic present tense
        "Quotes for the new gate were compared. Unanimously agree to accept the lower quote.",
    ],
)
def test_determinations_and_motions_outcomes_record_decisions(paragraph):
    assert find_decisions([paragraph])


@pytest.mark.parametrize(
    "paragraph",
    [
        "The surveyor had determined that the wall was unsafe.",
        "The matter referred to in the report was discussed at length.",
        "A motion of thanks to the volunteers was proposed by Mr Hale.",
    ],
)
def test_a_finding_reported_or_a_motion_without_its_outcome_records_no_decision(paragraph):
    assert not find_decisions([paragraph])


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Council discussed the precept and after a debate decided to raise it by 2%.",
        "Members held a discussion about meeting days and came to the following decision:",
        "214/2019 That the play area bylaws are changed as follows:",
    ],
)
def test_a_decision_reached_in_words_of_its_own(paragraph):
    """ "after a debate decided to", "came to the following decision", a resolution's own
    number before its wording: what the meeting decided, though no outcome word follows."""
    assert recorded_decisions("Business", [paragraph], [])


def test_anothers_decision_reported_is_none_of_the_meetings():
    assert not recorded_decisions("Appeal", ["The applicant has reached a decision."], [])
