"""A heading's title and the minute's text when both share a line."""

from __future__ import annotations

import pytest

from search_app.parse.titles import split_title_from_body


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        ("PUBLIC QUESTION TIME: Nil", "PUBLIC QUESTION TIME", "Nil"),
        ("RESPONSE TO QUESTIONS TAKEN ON NOTICE: None", "RESPONSE TO QUESTIONS TAKEN ON NOTICE",
         "None"),
        ("FINANCE RESOLVED: That the accounts be paid.", "FINANCE",
         "RESOLVED: That the accounts be paid."),
    ],
)  # fmt: skip
def test_a_meetings_label_word_ending_a_title_in_capitals_is_the_titles(line, title, text):
    """ "TIME:" or "NOTICE:" after a title in capitals is its last noun ("PUBLIC QUESTION
    TIME"), not the label of the meeting's time; a decision's label still opens the minute."""
    assert split_title_from_body(line) == (title, text)


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        ("Open Forum Resolved: that standing orders be suspended.", "Open Forum",
         "Resolved: that standing orders be suspended."),
        ("Planning Agreed: to object to the application.", "Planning",
         "Agreed: to object to the application."),
        ("Minutes Agreed that the minutes be signed.", "Minutes",
         "Agreed that the minutes be signed."),
    ],
)  # fmt: skip
def test_a_decisions_label_after_a_title_begins_the_minute(line, title, text):
    """The label of what was decided, after a title in title case, opens the minute: the
    title is what was discussed, the decision its text."""
    assert split_title_from_body(line) == (title, text)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("ADOPTION OF MINUTES for 2 DECEMBER 2013 Proposed by Ann Bee Seconded by Carl Dee",
         "ADOPTION OF MINUTES for 2 DECEMBER 2013"),
        ("CONFIRMATION OF THE MEETING OF THE 19th of November 2020 It was PROPOSED by Ann Bee",
         "CONFIRMATION OF THE MEETING OF THE 19th of November 2020"),
        ("MINUTES OF THE MEETING HELD 30 MAY 2014 The minutes were signed.",
         "MINUTES OF THE MEETING HELD 30 MAY 2014"),
    ],
)  # fmt: skip
def test_a_title_in_capitals_goes_on_to_the_date_it_leads_to(line, title):
    """The meeting whose minutes are confirmed is the title's, its date too, whether the
    month is in capitals or not and after a small word in lower case ("for")."""
    assert split_title_from_body(line)[0] == title


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        ("Minutes of the last meeting Moved: Cllr Bee; Seconded: Cllr Dee",
         "Minutes of the last meeting", "Moved: Cllr Bee; Seconded: Cllr Dee"),
        ("Minutes of 17 October 2017 Proposed: Cllr Fay; Seconded: Cllr. Hale |",
         "Minutes of 17 October 2017", "Proposed: Cllr Fay; Seconded: Cllr. Hale |"),
        ("Public Participation Proposed by Councillor A Bee Seconded by Councillor C Dee",
         "Public Participation", "Proposed by Councillor A Bee Seconded by Councillor C Dee"),
        ("Election of Chairman & Welcome On the motion of Cllr Bee, it was agreed",
         "Election of Chairman & Welcome", "On the motion of Cllr Bee, it was agreed"),
        ("Minutes of the 3 April 2018 Meeting RESOLVED to approve the minutes",
         "Minutes of the 3 April 2018 Meeting", "RESOLVED to approve the minutes"),
    ],
)  # fmt: skip
def test_the_motions_mover_after_a_title_begins_the_minute(line, title, text):
    """Who moved the motion, labelled ("Moved:") or named ("Proposed by Councillor ..."),
    opens the minute: the words before are the title."""
    assert split_title_from_body(line) == (title, text)


def test_a_title_that_starts_with_a_movers_word_is_whole():
    assert split_title_from_body("Proposed Budget") == ("Proposed Budget", "")


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        ("Disclosures of Interest None declared", "Disclosures of Interest", "None declared"),
        ("Dispensations No requests received", "Dispensations", "No requests received"),
        ("Open Forum None", "Open Forum", "None"),
        ("Correspondence Received", "Correspondence Received", ""),
        ("No Parking Zone", "No Parking Zone", ""),
    ],
)  # fmt: skip
def test_nothing_to_report_after_a_title_is_the_minute(line, title, text):
    """ "None", "Nil", "No requests received" after a title: the minute says there was
    nothing; a title never ends so (but "Correspondence Received" is one)."""
    assert split_title_from_body(line) == (title, text)


def test_who_was_absent_after_the_roll_label_with_no_mark_between():
    """ "Reasons for Absence Councillor Bee (holiday) Councillor Dee ...": the label of who
    sent reasons for absence, then the people, titled, with no colon between."""
    line = (
        "Reasons for Absence Councillor Ann Bee (holiday) Councillor Cy Dee (away on business) "
        "Councillor Edna Fay (unwell) All reasons for absence were accepted and noted."
    )
    title, text = split_title_from_body(line)
    assert (title, text.split()[:3]) == ("Reasons for Absence", ["Councillor", "Ann", "Bee"])


def test_re_with_its_stop_is_no_sentences_end():
    """ "REPORTS FROM THE WARDEN re. COVID 19 AND CHURCH BUILDINGS": "re." abbreviates
    "regarding" inside the title."""
    line = "REPORTS FROM THE WARDEN re. COVID 19 AND CHURCH BUILDINGS"
    assert split_title_from_body(line) == (line, "")


@pytest.mark.parametrize(
    ("line", "title", "text"),
    [
        ("Finance a. It was proposed by Cllr Bee that the payments be made.",
         "Finance", "a. It was proposed by Cllr Bee that the payments be made."),
        ("MATTERS ARISING a) Allowances. It was agreed to pay them.",
         "MATTERS ARISING", "a) Allowances. It was agreed to pay them."),
        ("Reports on Matters Relating to the Town (a) County Council",
         "Reports on Matters Relating to the Town", "(a) County Council"),
        ("Plan for a Park", "Plan for a Park", ""),
    ],
)  # fmt: skip
def test_the_minutes_first_point_after_a_title_begins_its_text(line, title, text):
    """ "a.", "a)" or "(a)" after a title on its line: the minute's first point, not the
    title's last word."""
    assert split_title_from_body(line) == (title, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "His Worship Mayor Arden called the Meeting to Order at 6:02 P.M.",
        "Her Honour Judge Quill presented the awards to the volunteers of the year.",
        "They Welcomed Councillor Bee to her first meeting of the committee.",
    ],
)
def test_a_sentence_opening_with_a_pronoun_has_no_title_before_its_subject(sentence):
    """A possessive or personal pronoun opens a sentence, never a title: the person named
    after it is the sentence's subject, not the start of a minute after a title."""
    title, body = split_title_from_body(sentence)
    assert sentence.startswith(title) and len(title.split()) > 3
    assert not body or body == sentence
