"""Acronyms found in minutes, so searches can match either form."""

from __future__ import annotations

from search_app.parse.acronyms import acronyms_in_item, find_acronyms


def test_definitions_in_brackets():
    text = "the National Youth Advocacy Service (NYAS) and the Department for Transport (DfT)"
    assert find_acronyms(text) == {
        "NYAS": "National Youth Advocacy Service",
        "DfT": "Department for Transport",
    }


def test_acronym_used_beside_its_full_phrase_elsewhere_in_the_meeting():
    text = "The Child Sexual Exploitation Pathway was launched. CSE remained a priority."
    assert find_acronyms(text) == {"CSE": "Child Sexual Exploitation"}


def test_skipped_small_words_and_no_false_expansions():
    text = (
        "Special Educational Needs and Disabilities (SEND) funding. RESOLVED that the BBC be told."
    )
    assert find_acronyms(text) == {"SEND": "Special Educational Needs and Disabilities"}


def test_an_item_lists_the_acronyms_it_both_uses_and_spells_out():
    meeting = {
        "WSCB": "Worcestershire Safeguarding Children Board",
        "NYAS": "National Youth Advocacy Service",
    }
    item = "A report would go to the WSCB. The National Youth Advocacy Service (NYAS) now does interviews."
    assert acronyms_in_item(item, meeting) == {"NYAS": "National Youth Advocacy Service"}
