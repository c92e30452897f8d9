"""Speakers: roles and name forms in the text resolved to people on the attendance list."""

from __future__ import annotations

from search_app.models import Attendee
from search_app.parse.speakers import people_named_in, resolve_speakers

ATTENDEES = [
    Attendee("Ms L R Duffy", "Chairman"),
    Attendee("Mrs F M Oborski", "Vice Chairman"),
    Attendee("Diana Fulbrook", "Independent Chairman of the Worcestershire Safeguarding Children Board"),
    Attendee("Gail Quinton", "Director of Children's Services"),
    Attendee("Siobhan Williams", "Head of Safeguarding, Children's Services"),
    Attendee("Steve Eccleston", "Head of Protecting Vulnerable People, West Mercia Police"),
    Attendee("Councillor A Smith", None),
    Attendee("Councillor B Smith", None),
]  # fmt: skip
ACRONYMS = {"WSCB": "Worcestershire Safeguarding Children Board"}


def speakers(text: str) -> list[str]:
    return resolve_speakers(text, ATTENDEES, ACRONYMS)


def test_role_resolves_to_the_person_holding_it():
    assert speakers("The Director of Children's Services explained the figures.") == [
        "Gail Quinton"
    ]


def test_chair_chairman_and_acronyms_are_the_same_role():
    assert speakers("The Chair of WSCB introduced the strategy.") == ["Diana Fulbrook"]
    assert speakers("The Chairwoman thanked officers.") == ["Ms L R Duffy"]


def test_name_forms_resolve_by_surname_and_initials():
    assert speakers("Councillor Lynne Duffy declared an interest.") == ["Ms L R Duffy"]
    assert speakers("Detective Superintendent Steve Eccleston reported progress.") == [
        "Steve Eccleston"
    ]


def test_every_role_in_a_list_shares_the_verb():
    text = (
        "The Chair of WSCB, the Head of Protecting Vulnerable People, West Mercia Police and "
        "the Director of Children's Services had been invited to the meeting."
    )
    assert speakers(text) == ["Diana Fulbrook", "Steve Eccleston", "Gail Quinton"]


def test_a_mention_that_is_not_the_subject_of_speech_is_not_a_speaker():
    assert speakers("The minutes were signed by the Chairman.") == []
    assert speakers("Members asked the Director of Children's Services for a report.") == []


def test_ambiguous_or_unknown_people_are_left_out_rather_than_guessed():
    assert speakers("The Head confirmed the dates.") == []  # two Heads attended
    assert speakers("Councillor Smith asked about parking.") == []  # two Smiths
    assert speakers("Councillor A Smith asked about parking.") == ["Councillor A Smith"]
    assert speakers("The Director of Finance advised caution.") == []  # not on the list


def test_a_titled_name_nobody_on_the_list_shares_is_the_person_as_written():
    assert speakers("Cllr Jones asked about parking.") == ["Councillor Jones"]
    assert resolve_speakers("Councillor Bee declared an interest.", [], {}) == ["Councillor Bee"]
    assert speakers("Mrs Jones asked about parking.") == ["Mrs Jones"]


def test_movers_and_seconders_of_a_motion_are_speakers():
    text = (
        "It was moved by Councillor Lynne Duffy, seconded by Mrs Oborski and RESOLVED "
        "\u2013 That the report be noted."
    )
    assert speakers(text) == ["Ms L R Duffy", "Mrs F M Oborski"]
    assert speakers("Moved: Cr Jones Seconded: Cr Bee") == ["Councillor Jones", "Councillor Bee"]
    assert speakers("Cllr Cee Proposed, Seconded by Cllr Dee") == [
        "Councillor Cee",
        "Councillor Dee",
    ]


def test_a_mover_named_in_full_before_a_colon_is_named_in_full():
    """ "Moved by Mayor Ann Bee: Seconded by Councillor Cy Dee:": not "Mayor Ann"."""
    text = "Resolution C2024/05/135 Moved by Mayor Ann Bee: Seconded by Councillor Cy Dee:"
    assert resolve_speakers(text, [], {}) == ["Mayor Ann Bee", "Councillor Cy Dee"]


def test_us_titles_of_members_name_speakers():
    text = (
        "Councilmember Ryan moved to approve the consent agenda. Commissioner Hoard "
        "reported on the new engine. Councilman Sanz seconded the motion."
    )
    assert resolve_speakers(text, [], {}) == [
        "Councilmember Ryan", "Commissioner Hoard", "Councilman Sanz",
    ]  # fmt: skip


def test_the_person_a_motion_is_about_is_not_a_speaker():
    text = "Councillor Lynne Duffy was proposed by Mrs Oborski as Chairman."
    assert speakers(text) == ["Mrs F M Oborski"]


def test_a_capitalised_verb_after_a_name_is_not_part_of_the_name():
    assert resolve_speakers("Councillor Pemberton Reported that bins were late.", [], {}) == [
        "Councillor Pemberton"
    ]
    assert resolve_speakers("Cllr Ormerod Referred to the letter.", [], {}) == [
        "Councillor Ormerod"
    ]
    motion = (
        "Proposed by Cllr. Ann Pike Seconded by Cllr. Bo Dee And Agreed that the plan be adopted."
    )
    assert resolve_speakers(motion, [], {}) == ["Councillor Ann Pike", "Councillor Bo Dee"]
    moved = "Moved Cr Ash Seconded Cr Bee That apologies be received."
    assert resolve_speakers(moved, [], {}) == ["Councillor Ash", "Councillor Bee"]


def test_initials_are_a_person_only_where_the_document_says_who():
    attendees = [Attendee("Cllr P Whitlock"), Attendee("Cllr R Ormerod")]
    assert resolve_speakers("Cllr PW informed the Council.", attendees, {}) == ["Cllr P Whitlock"]
    spelt_out = {"RO": "R Ormerod"}
    assert resolve_speakers("Cllr RO reported.", attendees, spelt_out) == ["Cllr R Ormerod"]
    assert resolve_speakers("Cllr QZ reported.", attendees, {}) == []
    assert resolve_speakers("Cllr QZ reported.", [], {}) == []


def test_an_initial_with_a_full_stop_does_not_end_the_sentence_or_the_name():
    text = "The minutes were moved by Cllr. Ann Bee and seconded by Councillor Jane K. Ormerod."
    assert resolve_speakers(text, [], {}) == ["Councillor Ann Bee", "Councillor Jane K. Ormerod"]


def test_a_person_named_twice_in_an_item_is_listed_once():
    text = "Councillor Ann Pemberton declared an interest. Councillor Pemberton then left."
    assert resolve_speakers(text, [], {}) == ["Councillor Ann Pemberton"]


def test_a_name_does_not_run_on_over_a_line_break():
    text = "Moved: Councillor Ormerod\n\nThat Standing Orders be suspended."
    assert resolve_speakers(text, [], {}) == ["Councillor Ormerod"]


def test_members_of_the_public_who_spoke_or_objected_are_speakers():
    body = (
        "Mr P Quinn spoke in objection and Ms R Stone addressed the committee for the "
        "applicant. Mrs T Ure objected to the loss of the hedge."
    )
    assert resolve_speakers(body, [], {}) == ["Mr P Quinn", "Ms R Stone", "Mrs T Ure"]


def test_the_person_someone_proposed_for_a_post_is_not_a_speaker():
    """ "Cllr Ward proposed Cllr Keogh": Cllr Keogh is put forward, not speaking; "Moved
    Cr Fox Seconded Cr Ivey" and "proposed by" credit whoever follows."""
    assert resolve_speakers("Cllr Tony Ward proposed Cllr John Keogh.", [], {}) == [
        "Councillor Tony Ward"
    ]
    assert resolve_speakers("Moved Cr Fox Seconded Cr Ivey That it be received.", [], {}) == [
        "Councillor Fox",
        "Councillor Ivey",
    ]


def test_a_motion_credit_without_by_names_its_mover():
    """ "Proposed Cllr Smith": the label is no first name of a bare "Proposed Cllr"."""
    body = "Three quotes were obtained. Proposed Cllr Smith, seconded Cllr Jones, that the lowest be accepted."
    assert resolve_speakers(body, [], {}) == ["Councillor Smith", "Councillor Jones"]


def test_a_name_does_not_run_on_into_the_members_after_it():
    text = "Chairperson Councillor Ann Bee Members Present/Comhaltai Cllr Carl Dee"
    assert people_named_in(text) == ["Councillor Ann Bee", "Cllr Carl Dee"]


def test_a_name_does_not_run_on_into_the_next_persons_title():
    text = "Present: Cllr Carl Dee Cllr Eve Fay Mr Gus Hale Mrs Ivy Jones"
    assert people_named_in(text) == [
        "Cllr Carl Dee",
        "Cllr Eve Fay",
        "Mr Gus Hale",
        "Mrs Ivy Jones",
    ]


def test_a_deputy_keeps_the_deputy_in_the_title():
    body = "Deputy Mayor Tom Quill reported that the harvest fair had been a success."
    assert resolve_speakers(body, [Attendee("Ann Bee", None)], {}) == ["Deputy Mayor Tom Quill"]
    assert people_named_in("Vice-President Ann Bee said so.") == ["Vice-President Ann Bee"]


def test_a_title_with_a_full_stop_names_a_person():
    """American minutes write "Mr." and "Dr.": the name after it is a person's."""
    assert speakers("Mr. Gus Pellham presented his plan for the site.") == ["Mr. Gus Pellham"]
    assert speakers("Dr. Fulbrook reported on the audit.") == ["Diana Fulbrook"]
    assert people_named_in("and Mrs. Ada Quill spoke") == ["Mrs. Ada Quill"]


def test_a_vote_recorded_after_a_name_is_no_part_of_it():
    text = (
        "Commissioner Kring moved to approve the agenda as submitted. Seconded by "
        "Commissioner Brandt Ayes - All The motion passed."
    )
    assert resolve_speakers(text, [], {}) == ["Commissioner Kring", "Commissioner Brandt"]


def test_someone_present_at_a_roll_call_is_not_speaking():
    """ "Commissioner Hale present," and "Cllr Orme was present but ..." say who was there;
    "present" reports only before what is presented ("to present the accounts")."""
    assert (
        resolve_speakers("Roll call: Commissioner Hale present, Commissioner Ruiz present.", [], {})
        == []
    )
    assert (
        resolve_speakers("Cllr Orme was present but gave no ward report this month.", [], {}) == []
    )
    assert resolve_speakers("Councillor Tate to present the accounts.", [], {}) == [
        "Councillor Tate"
    ]
    assert resolve_speakers("Councillor Tate presented the accounts.", [], {}) == [
        "Councillor Tate"
    ]


def test_the_next_sentences_first_word_run_on_is_no_part_of_a_name():
    """ "Proposed: Councillor N. Swan Seconded: Councillor H. Ming The minutes were ...": a
    page's line breaks lost, "The" runs on after the name; it is no part of it."""
    text = "Proposed: Councillor N. Swan Seconded: Councillor H. Ming The minutes were accepted."
    assert resolve_speakers(text, [], {}) == ["Councillor N. Swan", "Councillor H. Ming"]
