"""The query language: user text -> our own tree, the same for every engine."""

from __future__ import annotations

from datetime import date

import pytest

from search_app.query import (
    MAX_PREFIX_TERMS,
    MAX_TERMS,
    And,
    DateRange,
    Everything,
    Not,
    Nothing,
    Or,
    Phrase,
    Prefix,
    Term,
    Word,
    looked_for,
    parse_query,
    resolve_prefixes,
)


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("missing children", And((Word("missing"), Word("children")))),
        ("taxi OR fleet", Or((Word("taxi"), Word("fleet")))),
        ("care NOT housing", And((Word("care"), Not(Word("housing"))))),
        ("care -housing +budget", And((Word("care"), Not(Word("housing")), Word("budget")))),
        ("(care OR housing) -budget", And((Or((Word("care"), Word("housing"))), Not(Word("budget"))))),
        ('"children missing from care"', Phrase("children missing from care")),
        ('speaker:"helen marsh"', Phrase("helen marsh", "speakers")),
        ("by:quinton council:northbridge", And((Word("quinton", "speakers"), Word("northbridge", "body_name")))),
        ("exploit*", Prefix("exploit")),
        ("*", Everything()),
        ("nosuchfield:x", Word("nosuchfield:x")),
    ],
)  # fmt: skip
def test_forms_of_the_language(text, tree):
    parsed = parse_query(text)
    assert parsed.query == tree and parsed.note is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("date:2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("date:2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("date:2019-05-22", date(2019, 5, 22), date(2019, 5, 22)),
        ("date:[2014 to 2016]", date(2014, 1, 1), date(2016, 12, 31)),
        ("date:[2014 to]", date(2014, 1, 1), None),
        ("date:[to 2016]", None, date(2016, 12, 31)),
        ("date:>2018", date(2019, 1, 1), None),
        ("date:>=2018", date(2018, 1, 1), None),
        ("date:<2018", None, date(2017, 12, 31)),
        ("date:<=2018-06", None, date(2018, 6, 30)),
    ],
)
def test_dates_cover_the_whole_year_month_or_day_written(text, start, end):
    assert parse_query(text).query == DateRange(start, end)


def test_a_backward_range_is_turned_round_and_said():
    parsed = parse_query("date:[2030 to 2010]")
    assert parsed.query == DateRange(date(2010, 1, 1), date(2030, 12, 31))
    assert "wrong way round: searched 2010 to 2030" in parsed.note


@pytest.mark.parametrize(
    "text", ['"unbalanced', "missing AND (children", "OR", "NOT", "title:", "date:[x to y]",
             "date:2019-13-45", "a )"],
)  # fmt: skip
def test_bad_syntax_degrades_to_the_words_and_says_so(text):
    parsed = parse_query(text)
    assert "not understood" in parsed.note or "Nothing searchable" in parsed.note
    assert all(
        isinstance(w, Word) and w.field is None for w in getattr(parsed.query, "children", ())
    )


def test_a_one_letter_prefix_finds_nothing_and_is_explained():
    parsed = parse_query("e*")
    assert parsed.query == Nothing() and "at least 2 letters" in parsed.note


@pytest.mark.parametrize("text", ["(" * 300 + "a", "NOT " * 300 + "a", "-(" * 300 + "a"])
def test_deep_nesting_degrades_instead_of_exhausting_the_stack(text):
    assert "not understood" in parse_query(text).note


def test_the_tree_is_bounded():
    parsed = parse_query(" ".join(f"w{i}" for i in range(MAX_TERMS + 10)))
    assert len(parsed.query.children) == MAX_TERMS and "not understood" in parsed.note


def test_acronyms_and_their_expansions_find_each_other_in_item_text_only():
    acronyms = {"LLFA": "Lead Local Flood Authority"}
    assert parse_query("LLFA", acronyms).query == Or(
        (Word("LLFA"), Phrase("Lead Local Flood Authority"))
    )
    assert parse_query('"lead local flood authority"', acronyms).query == Or(
        (Phrase("lead local flood authority"), Word("LLFA"))
    )
    assert parse_query("speaker:LLFA", acronyms).query == Word("LLFA", "speakers")


def test_a_prefix_becomes_the_terms_the_engine_has_capped():
    def terms(field: str, prefix: str, limit: int) -> list[str]:
        return [f"{prefix}{i}" for i in range(limit)] if field == "body" else []

    resolved = resolve_prefixes(parse_query("care ex*").query, terms)
    expansion = resolved.children[1]
    assert len(expansion.children) == MAX_PREFIX_TERMS
    assert expansion.children[0] == Term("ex0", "body")
    assert resolve_prefixes(Prefix("zz"), lambda *_: []) == Nothing()


def test_highlighting_looks_for_what_the_query_wants_not_what_it_excludes():
    tree = parse_query('care -housing title:budget "action plan"').query
    assert looked_for(tree, {"body"}) == [Word("care"), Phrase("action plan")]
    assert Word("budget", "title") in looked_for(tree, {"title"})
