"""Acronyms found in minutes, so searches can match either form."""

from __future__ import annotations

from search_app.parse.acronyms import acronyms_in_item, find_acronyms, phrase_for_initials


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


def test_a_phrase_skips_a_few_small_words_not_a_page_of_them():
    """Small words between the initials are skipped, a few at most: a phrase is not read
    on through a run of them (which made a page of "THE THE THE ..." quadratic)."""
    assert phrase_for_initials("the Trust for the Economy met", "TE") == "Trust for the Economy"
    assert phrase_for_initials("the Trust " + "of the " * 5 + "Economy met", "TE") is None
