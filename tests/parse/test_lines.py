"""Text clean-up shared by every reader: encodings, bullets, page furniture, wrapped lines."""

from __future__ import annotations

import pytest

from search_app.errors import UnreadableDocument
from search_app.parse.lines import (
    Line,
    decode_bytes,
    join_wrapped_lines,
    normalise_line,
    remove_page_furniture,
)


@pytest.mark.parametrize(
    "data",
    [
        "Caf\u00e9 \u2013 minutes".encode("utf-8-sig"),
        "Caf\u00e9 \u2013 minutes".encode("cp1252"),
        "Caf\u00e9 \u2013 minutes".encode("utf-16"),
    ],
    ids=["utf-8 with BOM", "cp1252", "utf-16"],
)
def test_text_in_any_council_encoding_decodes_the_same(data):
    assert decode_bytes(data, "m.txt") == "Caf\u00e9 \u2013 minutes"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "file is empty"), (b"  \n\t\n", "file is empty"), (b"\x00\x01\x02junk", "binary")],
)
def test_empty_and_binary_files_are_refused_naming_the_file(data, reason):
    with pytest.raises(UnreadableDocument, match=f"^bad.txt: {reason}"):
        decode_bytes(data, "bad.txt")


@pytest.mark.parametrize("glyph", ["\uf0b7", "\uf0a7", "\u2022", "\u25aa"])
def test_private_use_and_symbol_bullets_become_plain_bullets(glyph):
    assert normalise_line(f"{glyph}\tThe report was noted.") == "- The report was noted."


def test_page_footers_and_running_headers_are_removed():
    lines = [Line(t) for t in ["Cabinet 15 April 2021 Minutes", "Item text", "Page 1 of 3"] * 3]
    kept = [line.text for line in remove_page_furniture(lines + [Line("Date of Issue: 1 May")])]
    assert kept == ["Item text"] * 3


def test_wrapped_lines_and_hyphenated_words_are_joined():
    lines = [
        "The Director explained that the",
        "",
        "budget had been reconsid-",
        "ered in",
        "March.",
    ]
    assert join_wrapped_lines(lines) == [
        "The Director explained that the budget had been reconsidered in March."
    ]


def test_list_entries_and_new_sentences_start_new_paragraphs():
    lines = [
        "RESOLVED that:",
        "(a) the report be noted; and",
        "(b) a review be held.",
        "Members thanked officers.",
    ]
    assert join_wrapped_lines(lines) == lines
