"""Text clean-up shared by every reader: encodings, bullets, page furniture, wrapped lines."""

from __future__ import annotations

import pytest

from search_app.errors import UnreadableDocument
from search_app.parse import parse_bytes
from search_app.parse.lines import (
    MAX_CACHED_TEXT,
    decode_bytes,
    ends_mid_sentence,
    holds_word,
    join_wrapped_lines,
    normalise_line,
    remove_page_furniture,
    split_lines,
    text_cache,
    with_colon_cells_joined,
)


def printed_lines(text: str) -> list[str]:
    """The texts of a document's lines that print something, as split_lines reads them."""
    return [line.text for line in split_lines(text) if line.text]


def furniture_removed(text: str) -> list[str]:
    """The texts of a document's lines once its page furniture is gone."""
    return [line.text for line in remove_page_furniture(split_lines(text))]


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


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("held on Monday 8\nth December 2020;", "held on Monday 8th December 2020;"),
        ("held on 3\nrd\n March 2021", "held on 3rd March 2021"),
        ("Item 12\nth meeting", "Item 12"),
    ],
)
def test_a_days_ordinal_set_as_a_superscript_joins_its_day(text, line):
    """A PDF's text puts a superscript ordinal on a line of its own ("8" / "th December"):
    before a month it is the day's; elsewhere the lines stay as they are."""
    assert printed_lines(text)[0] == line


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "1.\u2020\u2020\u2020\u2020 ROLL CALL.\u2020 The Clerk called the roll.",
            ["1. ROLL CALL. The Clerk called the roll."],
        ),
        ("2.\u00c2\u00a0APOLOGIES\u00c2\u00a0None.", ["2. APOLOGIES None."]),
        ("The grant\u2020 was paid.", ["The grant\u2020 was paid."]),
    ],
)
def test_no_break_spaces_read_in_the_wrong_character_set_are_spaces(text, lines):
    """A no-break space saved by one program and read in another's character set ("Â "
    from UTF-8 read as Latin-1; "†" from Mac Roman, in runs where tabs were) is a space;
    a dagger alone marks a footnote and stays."""
    assert printed_lines(text) == lines


@pytest.mark.parametrize("glyph", ["\uf0b7", "\uf0a7", "\u2022", "\u25aa"])
def test_private_use_and_symbol_bullets_become_plain_bullets(glyph):
    assert normalise_line(f"{glyph}\tThe report was noted.") == "- The report was noted."


def test_page_footers_running_headers_and_page_numbers_are_removed():
    def page(n: int) -> list[str]:
        body = [f"Page {n} sentence {i}." for i in range(6)]
        body.insert(3, "RESOLVED that the report be noted")
        return ["Cabinet 15 April 2021 Minutes", *body, f"Page {n} of 3", str(n)]

    text = "\f".join("\n".join(page(n)) for n in (1, 2, 3)) + "\nDate of Issue: 1 May 2021"
    kept = furniture_removed(text)
    assert kept == [line for n in (1, 2, 3) for line in page(n)[1:-2]]


def test_a_date_beside_bare_page_numbers_that_count_up_is_a_running_header():
    """Page breaks lost: "March 3, 2022" / "2", then "March 3, 2022" / "3" (an empty page
    between): the date beside numbers counting up is the header, the numbers its pages;
    the same date in the heading's sentence stays."""
    opening = ["ELMVALE COUNTY BOARD OF COMMISSIONERS", "The Board met on March 3, 2022."]
    first = ["APPROVAL OF AGENDA:", "The agenda was approved 5-0."]
    second = ["PUBLIC HEARING", "The hearing on the fire ordinance was opened."]
    text = "\n".join(
        ["March 3, 2022", "1", *opening, *first, "March 3, 2022", "2", "March 3, 2022", "3",
         *second]
    )  # fmt: skip
    kept = [line for line in furniture_removed(text) if line]
    assert kept == [*opening, *first, *second]


def test_the_documents_heading_printed_again_by_a_pages_number_is_a_running_header():
    """Two pages, one break: the heading's first line ("Elmford Harbour Board") again by
    "Page 1 of 2" is the next page's header, said once; the heading itself stays."""
    opening = ["Elmford Harbour Board", "Minutes of the meeting held on 3 May 2022", ""]
    first = [f"The harbour master reported on berth {i}." for i in range(6)]
    second = ["Moorings", "The waiting list was reviewed and noted."]
    text = "\n".join([*opening, *first, "Page 1 of 2", "Elmford Harbour Board", *second])
    kept = [line for line in furniture_removed(text) if line]
    assert kept == [*opening[:2], *first, *second]


@pytest.mark.parametrize(
    "header", ["Harbour Board Minutes (draft)", "Elmford Harbour Board / 3 May 2022"]
)
def test_a_line_in_the_headings_words_by_a_pages_number_is_a_running_header(header):
    """Two pages, one break: a short line by "Page 1 of 2" in the heading's own words (a
    draft's stamp and the date aside) is the next page's header, though said once."""
    opening = ["Elmford Harbour Board", "Minutes of the meeting held on 3 May 2022", ""]
    first = [f"The harbour master reported on berth {i}." for i in range(6)]
    second = ["Moorings", "The waiting list was reviewed and noted."]
    text = "\n".join([*opening, *first, "Page 1 of 2", header, *second])
    assert [line for line in furniture_removed(text) if line] == [*opening[:2], *first, *second]


def test_a_line_in_the_headings_words_said_at_each_pages_top_is_a_running_header():
    """Three pages, their breaks and numbers lost: "Elmford Harbour Board Minutes (draft)"
    at each page's top is the running header, though no page number stands beside it."""
    opening = ["Elmford Harbour Board", "Minutes of the meeting held on 3 May 2022", ""]
    first = [f"The harbour master reported on berth {i}." for i in range(6)]
    second = ["Moorings", "The waiting list was reviewed and noted."]
    third = ["Dredging", "The contract was let to the lowest tender."]
    header = "Elmford Harbour Board Minutes (draft)"
    text = "\n".join([*opening, *first, "", header, "", *second, "", header, "", *third])
    kept = [line for line in furniture_removed(text) if line]
    assert kept == [*opening[:2], *first, *second, *third]


def test_a_label_of_the_minutes_said_at_three_pages_tops_is_a_running_header():
    """ "Minutes of the meeting (draft)" at each page's top, in words the heading does not
    use; "Minutes" alone, an item's part label on a committee system's page, stays."""
    opening = ["ELMFORD HARBOUR BOARD", "Held on 3 May 2022 in the Harbour Office", ""]
    pages = [[f"The harbour master reported on berth {n}{i}." for i in range(5)] for n in "ABCD"]
    stamp = "Minutes of the meeting (draft)"
    text = "\n".join(opening + pages[0] + [stamp, "Minutes"] + pages[1] + [stamp, "Minutes"]
                     + pages[2] + [stamp, "Minutes"] + pages[3])  # fmt: skip
    kept = [line for line in furniture_removed(text) if line]
    assert stamp not in kept
    assert kept.count("Minutes") == 3


def test_an_items_title_wrapped_after_its_agenda_words_is_no_label_of_the_minutes():
    """ "TO RECEIVE AND NOTE THE MINUTES OF" / "THE ALLOTMENT COMMITTEE ...", three times:
    titles hard-wrapped at the same words, not a page's label for the minutes."""
    opening = ["ELMFORD PARISH COUNCIL", "Minutes of Parish Council 22 November 2023", ""]
    wording = "TO RECEIVE AND NOTE THE MINUTES OF"
    items = [
        [f"{n}.", wording, f"THE {name} COMMITTEE HELD ON {n} OCTOBER 2023", "", "Noted.", ""]
        for n, name in ((7, "ALLOTMENT"), (8, "STAFFING"), (9, "FINANCE"))
    ]
    text = "\n".join(opening + [line for item in items for line in item])
    kept = [line for line in furniture_removed(text) if line]
    assert kept.count(wording) == 3


@pytest.mark.parametrize("page", ["{n} ", ""])
def test_a_dated_running_header_glued_to_each_pages_first_line_is_removed(page):
    """A PDF's text joined each page's number and running header ("Draft Board meeting
    4/21 9th June 2021") to the next page's first line: the header goes, the page's own
    text stays; at the top it is a line of its own above the document's heading."""
    header = "Draft Board meeting 4/21 9th June 2021"
    text = "\n".join(
        [
            f"{header} ELMFORD HARBOUR BOARD Minutes of the 4th Meeting of 2021",
            "Present: Mr A Bee (Chair), Mrs C Dee",
            page.format(n=1) + f"{header} Mr E Fay (Harbour Master)",
            page.format(n=2) + f"{header} 101/21 - Approval of Minutes",
            "The minutes of the 3rd meeting were approved.",
            page.format(n=3) + f"{header} 102/21 - Moorings",
            "The waiting list was noted.",
        ]
    )
    assert furniture_removed(text) == [
        header,
        "ELMFORD HARBOUR BOARD Minutes of the 4th Meeting of 2021",
        "Present: Mr A Bee (Chair), Mrs C Dee",
        "Mr E Fay (Harbour Master)",
        "101/21 - Approval of Minutes",
        "The minutes of the 3rd meeting were approved.",
        "102/21 - Moorings",
        "The waiting list was noted.",
    ]


def test_a_sentence_opening_two_lines_with_the_headings_words_is_no_running_header():
    """The heading's dated words opening two later lines, with no page number before
    them, are the minutes' own sentences (three lines would make a header)."""
    text = "\n".join(
        [
            "Minutes of the meeting held on 9 June 2021 at the Harbour Office",
            "1. Minutes",
            "Minutes of the meeting held on 9 June 2021 were approved as a true record.",
            "2. Matters arising",
            "Minutes of the meeting held on 9 June 2021 had been circulated to members.",
        ]
    )
    assert furniture_removed(text) == text.split("\n")


@pytest.mark.parametrize("first_item", ["5. Harbour Board Minutes", "Moorings and Harbour Fees"])
def test_the_next_pages_first_item_by_a_pages_number_stays(first_item):
    """A numbered line, or one with a word the heading has not, is the next page's text."""
    opening = ["Elmford Harbour Board", "Minutes of the meeting held on 3 May 2022", ""]
    first = [f"The harbour master reported on berth {i}." for i in range(6)]
    text = "\n".join([*opening, *first, "Page 1 of 2", first_item, "The fees were noted."])
    assert first_item in furniture_removed(text)


def test_without_page_breaks_repeated_body_lines_are_kept():
    text = "\n".join(["RESOLVED that the report be noted", "Members discussed the item."] * 3)
    assert len(remove_page_furniture(split_lines(text))) == 6


def test_a_title_between_two_minute_numbers_that_look_like_pages_is_kept():
    """ "41/2022" above and "42/2022" below read like "page 41 of 2022"; the title between
    them stands beside a number twice, but at one place: no running header."""
    text = "41/2022\nAPOLOGIES\n42/2022\nDECLARATIONS OF INTEREST\n43/2022\nPUBLIC QUESTIONS\n"
    kept = furniture_removed(text)
    assert "APOLOGIES" in kept and "DECLARATIONS OF INTEREST" in kept


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


def test_a_heading_in_capitals_never_continues_a_sentence():
    lines = ["CALL TO ORDER Mayor Jo Bee called the", "BEEVILLE CITY COUNCIL – REGULAR MEETING"]
    assert join_wrapped_lines(lines) == lines


def test_a_sites_breadcrumb_and_stream_link_are_dropped():
    text = "- Home\nLink: link to live stream\nBoard Working Group"
    assert [line.text for line in split_lines(text)] == ["", "", "Board Working Group"]


def test_a_link_to_download_the_document_is_dropped():
    text = "Click here to download a .pdf of these minutes: 2018.03.06 Board Minutes\nApologies"
    assert [line.text for line in split_lines(text)] == ["", "Apologies"]


def test_a_document_sharing_sites_name_and_sample_label_are_dropped():
    text = "Document Sample\nMINUTES OF THE VESTRY MEETING Powered By Docstoc\nApologies"
    assert [line.text for line in split_lines(text)] == [
        "",
        "MINUTES OF THE VESTRY MEETING",
        "Apologies",
    ]


def test_paragraph_markup_left_in_a_text_breaks_it_into_paragraphs():
    lines = split_lines('<p>Apologies.</p><p class="x">Ann Bee, Cy Dee.</p>')
    texts = [line.text for line in lines]
    assert [text for text in texts if text] == ["Apologies.", "Ann Bee, Cy Dee."]
    assert "" in texts[texts.index("Apologies.") : texts.index("Ann Bee, Cy Dee.")]


def test_a_line_ending_with_a_link_to_a_document_is_marked():
    first, second = split_lines("Budget Report pdf icon PDF 167 KB\nThe report was noted.")
    assert (first.text, first.linked) == ("Budget Report", True)
    assert not second.linked


def test_a_welsh_committee_page_s_chrome_goes_as_the_english_one_does():
    """ModernGov in Welsh: "Eitemau" / "Rhif. Eitem" (Items / No. Item), "pdf eicon"."""
    lines = split_lines("Eitemau\nRhif. Eitem\n\n1.\n\nCofnodion pdf eicon PDF 281 KB\n")
    assert [line.text for line in lines if line.text] == ["1.", "Cofnodion"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "2. Verbal Reports: <strong>Council</strong> Representation<br />",
            "2. Verbal Reports: Council Representation",
        ),
        ("We use cookies to make this site work.", ""),
        ("This meeting will be webcast live.", ""),
        ("Home > Council and democracy > Meetings", ""),
        ("Home > Assembly > Assembly Decisions 4 May 2015", "Assembly Decisions 4 May 2015"),
        ("Page 1: Council Meeting", "Council Meeting"),
        (
            "Agenda, decisions and minutes | Planning Committee - Monday, 2nd March",
            "Planning Committee - Monday, 2nd March",
        ),
        ("Upload: others", ""),
        ("Post on 04-Feb-2022", ""),
        ("13.07.2015 Views", ""),
        ("SHOW MORE", ""),
        ("Create successful ePaper yourself", ""),
        ("Turn your PDF publications into a flip-book with our unique e-Paper software.", ""),
        ("Read Microsoft Word - Revised Board Minutes 11-27-07.doc text version", ""),
        ("HomeMy WebLinkAbout2. DRAFT MINUTES 11/06/2007", "DRAFT MINUTES 11/06/2007"),
        ("Date post: 25-Aug-2018", ""),
        ("View: 213 times", ""),
        ("Download: 0 times", ""),
        ("Share this document with a friend", ""),
        ("+ All Categories", ""),
    ],
    ids=[
        "markup debris",
        "cookies",
        "webcast",
        "breadcrumb",
        "a breadcrumb's last step that dates the meeting: the page's title",
        "page prefix",
        "page title",
        "uploader",
        "posted",
        "views",
        "show more",
        "e-paper",
        "flip-book",
        "a PDF's file title",
        "a document viewer's trail and its file's number",
        "another sharing site's post date",
        "its view count",
        "its download count",
        "its share link",
        "its category menu",
    ],  # fmt: skip
)
def test_what_a_web_page_leaves_around_minutes_is_removed(raw, clean):
    assert normalise_line(raw) == clean


def test_a_lines_indent_is_kept_as_its_depth():
    lines = split_lines("1. Items\n    1. A point\n\t2. Another point")
    assert [(line.text, line.indent) for line in lines] == [
        ("1. Items", 0),
        ("1. A point", 4),
        ("2. Another point", 4),
    ]


SHARED_PAGE = (
    "minutes - harwell · minutes of the ordinary meeting of harwell town board...\n\n"
    "12\n"
    "MINUTES ORDINARY MEETING OF THE HARWELL TOWN BOARD Tuesday, March 3, 2015, 7:00 p.m. "
    "Town Hall PRESENT: Chair L. Amis, Trustee P. Boyd, Trustee R. Cole, Trustee S. Dorr "
    "ALSO PRESENT: Town Clerk V. Eames 1. CALL TO ORDER Chair Amis called the meeting to "
    "order at 7:00 p.m. 2. APPROVAL OF THE AGENDA The agenda was approved as circulated. "
    "3. PUBLIC COMMENT There were no comments from the public at this meeting of the board.\n\n"
    "Upload: others\n\nPost on 04-Feb-2022\n\n3 views\n\nCategory:\n\nDocuments\n\n"
    "0 download\n\nTRANSCRIPT\n\n"
    "Page 1: MINUTES - Harwell · Minutes of the meeting held on February 17, 2015. Moved ...\n\n"
    "MINUTES\n\nORDINARY MEETING OF THE HARWELL TOWN BOARD\n\n"
    "Tuesday, March 3, 2015, 7:00 p.m. Town Hall\n\n"
    "PRESENT: Chair L. Amis, Trustee P. Boyd, Trustee R. Cole, Trustee S. Dorr\n\n"
    "ALSO PRESENT: Town Clerk V. Eames\n\n"
)
WHOLE_COPY = (
    "1. CALL TO ORDER\n\nChair Amis called the meeting to order at 7:00 p.m.\n\n"
    "2. APPROVAL OF THE AGENDA\n\nThe agenda was approved as circulated.\n\n"
    "3. PUBLIC COMMENT\n\nThere were no comments from the public at this meeting of the board.\n"
)


@pytest.mark.parametrize("copy", [WHOLE_COPY, ""], ids=["copy holds it all", "copy cut short"])
def test_a_document_viewers_summary_and_transcript_are_read_once(copy):
    """The summary (the first page run together) and the transcript line by line: the
    items once each, from whichever copy holds them, and the meeting's date, not the
    snippet's."""
    document = parse_bytes((SHARED_PAGE + copy).encode(), "shared.txt")
    assert [item.title[:17] for item in document.items] == [
        "CALL TO ORDER",
        "APPROVAL OF THE A",
        "PUBLIC COMMENT",
    ]
    assert str(document.meeting.date) == "2015-03-03"


@pytest.mark.parametrize(
    ("line", "unfinished"),
    [
        ("Scotty Bee District A", False),  # a letter that names a district, no article
        ("Copies are listed in Appendix A", False),
        ("The clerk was asked to write a", True),
        ("THE COUNCIL AGREED TO APPOINT A", True),
        ("The report was received and", True),
    ],
)
def test_a_line_ends_mid_sentence_at_a_joining_word_not_at_a_letter_that_names(line, unfinished):
    assert ends_mid_sentence(line) is unfinished


def test_a_rule_under_a_short_line_underlines_it_and_is_no_text():
    text = "Water Main Replacement\n----------------------\nBids open on May 3.\n\n=====\nEnd"
    lines = split_lines(text)
    assert [(line.text, line.underlined) for line in lines] == [
        ("Water Main Replacement", True),
        ("Bids open on May 3.", False),
        ("", False),
        ("", False),  # a rule under a blank only parts the text
        ("End", False),
    ]


def test_a_tab_after_an_item_number_keeps_the_number_with_its_title_and_its_depth():
    lines = split_lines("  1.\tFinance Report\n      2.\tBank balances", columns=True)
    assert [(line.text, line.indent) for line in lines] == [
        ("1. Finance Report", 2),
        ("2. Bank balances", 6),
    ]


def test_a_line_split_into_columns_keeps_its_indent_on_the_first_column():
    text = "    1.Apologies:    Ann Bee; Carl Dee\n    2. Minutes of the last meeting: adopted."
    lines = split_lines(text, columns=True)
    assert [(line.text, line.indent) for line in lines] == [
        ("1.Apologies:", 4),
        ("Ann Bee; Carl Dee", 0),
        ("2. Minutes of the last meeting: adopted.", 4),
    ]


def test_a_typescript_read_with_a_space_before_every_stop_is_closed_up():
    text = (
        "PLAN COMMISSION , TUESDAY , MAY 4 , 1993 I . CALL TO ORDER The meeting opened at "
        "8 : 15 P . M . II . ROLL CALL Present : M . Akers , J . Pell , T . Dunn , R . Fox and L . Ward"
    )
    closed = " ".join(line.text for line in split_lines(text))
    assert "I. CALL TO ORDER" in closed and "M. Akers, J. Pell" in closed


def test_a_few_spaced_commas_are_left_as_written():
    text = "Present: Ann Bee , Cy Dee, Eve Fay, Guy Hale, Ida Ives, Jo King, Kay Lee, Mo Noon."
    assert split_lines(text)[0].text == text


def test_the_documents_heading_printed_again_at_the_top_of_a_page_is_dropped():
    text = (
        "Finance and Audit Committee\nMinutes\nMarch 3, 2009\n"
        "Minutes of a meeting held on Tuesday, March 3, 2009 at 9:30 a.m. in the Council Chambers.\n"
        "ANNOUNCEMENTS\nCouncillor Rowe announced the events she attended:\n"
        "Finance and Audit Committee\nMinutes\nMarch 3, 2009\n"
        "Councillor Hale announced the events he attended.\n"
    )
    kept = furniture_removed(text)
    assert kept.count("Finance and Audit Committee") == 1 and kept.count("Minutes") == 1
    assert [text for text in kept if text][
        -1
    ] == "Councillor Hale announced the events he attended."


def test_lines_of_running_text_said_twice_are_no_running_header():
    text = (
        "Town Board Minutes\nCall to Order. The chair opened the meeting at 7 p.m. in the hall.\n"
        "Voting AYE: Ames, Bell and Cruz\nMotion carried\nSnow Removal. The bids were reviewed.\n"
        "Voting AYE: Ames, Bell and Cruz\nMotion carried\n"
    )
    kept = furniture_removed(text)
    assert kept.count("Motion carried") == 2


def test_a_wide_gap_after_a_comma_inside_a_title_is_no_column():
    text = "4.    COUNCILLORS, COMMUNITY POLICING,      LOCAL CLUBS AND ORGANISATIONS - REPORTS"
    assert [line.text for line in split_lines(text, columns=True)] == [
        "4. COUNCILLORS, COMMUNITY POLICING, LOCAL CLUBS AND ORGANISATIONS - REPORTS"
    ]


def test_a_currency_sign_set_apart_from_its_amount_stays_with_it():
    """ "Expenditure:   $    1.20 Bank Fees": the amount is no item 1.20."""
    text = "Income:        $  290.00 Print sales\nExpenditure:   $    1.20 Bank Fees"
    assert [line.text for line in split_lines(text, columns=True)] == [
        "Income:",
        "$ 290.00 Print sales",
        "Expenditure:",
        "$ 1.20 Bank Fees",
    ]
    document = parse_bytes(
        ("Treasurer's report\n\n" + text + "\n\nCommunity Garden\n\nThe tanks are in.\n").encode(),
        "minutes.txt",
    )
    assert "1.20" not in [item.number for item in document.items]


def test_an_items_number_with_its_word_before_a_wide_gap_goes_with_the_title_after_it():
    text = "CONTENTS.. 1 ITEM - 1     APOLOGIES.. 1 ITEM - 2     PUBLIC FORUM.. 2"
    assert [line.text for line in split_lines(text, columns=True)] == [
        "CONTENTS.. 1",
        "ITEM - 1 APOLOGIES.. 1",
        "ITEM - 2 PUBLIC FORUM.. 2",
    ]


def test_a_heading_cell_beside_its_text_stays_a_column_though_it_ends_with_a_comma():
    text = "ACKNOWLEDGMENT OF COUNTRY,          The prayer was read by Pastor Ann Lee."
    assert len(split_lines(text, columns=True)) == 2


def test_short_lines_said_again_under_another_item_are_no_running_header():
    text = (
        "Cabinet\n11. Apologies for Absence\nOn the agenda:\nTo receive the report.\n"
        "Minutes:\nNone.\n12. Budget Monitoring\nOn the agenda:\nTo receive the report.\n"
        "Minutes:\nNoted.\n13. Fees\nOn the agenda:\nTo receive the report.\n"
    )
    kept = furniture_removed(text)
    assert kept.count("To receive the report.") == 3


@pytest.mark.parametrize(
    "opening",
    ["No. | Item | ", "We use cookies to make this site work. "],
)
def test_a_flattened_page_that_opens_like_a_sites_line_keeps_its_text(opening):
    """A whole page on one line that opens as a site's line does (a table's header cells, a
    cookie notice): the line is the page, not chrome, and its items are read."""
    text = (
        f"{opening}Election of the Chair Minutes: Cllr. Ann Bee was nominated by Cllr. Carl "
        "Dee and seconded by Cllr. Erin Fay. Order: Cllr. Ann Bee was elected as Chair of the "
        "Events Committee. | Election of the Deputy Chair Minutes: Cllr. Carl Dee was "
        "nominated by Cllr. Ann Bee and seconded by Cllr. Gil Hart. Order: Cllr. Carl Dee was "
        "elected as Deputy Chair of the Events Committee. | Summer Programme Minutes: The "
        "Committee noted the programme of events for the summer and thanked the staff for "
        "their work in preparing it. Order: Noted. |"
    )
    document = parse_bytes(text.encode(), "minutes.txt")
    assert "Election of the Deputy Chair" in [item.title for item in document.items]


def test_a_committee_systems_link_label_run_on_into_its_minute_is_dropped():
    """ "Additional documents:" after a title is the page's link list, whether it ends the
    line or the minute runs on after it in flattened text."""
    assert normalise_line("Apologies Additional documents:") == "Apologies"
    assert (
        normalise_line("Apologies Additional documents: Minutes: None were received.")
        == "Apologies Minutes: None were received."
    )


def test_a_bare_number_after_a_word_before_a_wide_gap_numbers_the_text_after_it():
    """A page flattened with its layout's gaps: "... logo 1" then "Apologies" is item 1."""
    text = "Council 9 May 2021 Lowmoor logo 1          Apologies There were no apologies."
    assert [line.text for line in split_lines(text, columns=True)] == [
        "Council 9 May 2021 Lowmoor logo",
        "1 Apologies There were no apologies.",
    ]


def test_a_number_that_a_word_names_stays_with_that_word_before_a_wide_gap():
    text = "Minutes of the Lowmoor Board Page 1          Present: Ann Bee, Cy Dee"
    assert [line.text for line in split_lines(text, columns=True)] == [
        "Minutes of the Lowmoor Board Page 1",
        "Present: Ann Bee, Cy Dee",
    ]


def test_a_letter_glued_to_its_entry_starts_a_list_entry_not_a_wrapped_line():
    assert join_wrapped_lines(["New Business", "a)A new directory was circulated."]) == [
        "New Business",
        "a)A new directory was circulated.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Council and democracy",
        "Language selection",
        "Accessibility links",
        "Skip to primary content",
        "Skip to the main menu",
        "View live meetings on YouTube",
        "Watch the webcast on YouTube",
    ],
)
def test_a_council_web_sites_own_links_are_chrome(line):
    kept = furniture_removed(f"{line}\nAgenda and minutes\nApologies\nNone were received.")
    assert [text for text in kept if text] == ["Apologies", "None were received."]


def test_a_sentence_that_ended_has_ended_though_a_bracket_stayed_open():
    """ "... the new rota (starting in June." ends its paragraph: the stop says so; without
    it, an open bracket still runs on."""
    assert not ends_mid_sentence("Members agreed the new rota (starting in June.")
    assert ends_mid_sentence("Members agreed the new rota (starting in June")


def test_spaces_a_wrong_encoding_showed_as_question_marks_are_spaces_again():
    text = (
        "[1]. 09/411.? ?Apologies.? B. Fenwick.\n\n"
        "[2]. 09/412.?? Budget.? The budget was agreed.\n\n"
        "[3]. 09/413.? Hall.? Was the hall insured? The Clerk will ask."
    )
    assert printed_lines(text) == [
        "[1]. 09/411. Apologies. B. Fenwick.",
        "[2]. 09/412. Budget. The budget was agreed.",
        "[3]. 09/413. Hall. Was the hall insured? The Clerk will ask.",
    ]


def test_a_text_that_asks_questions_keeps_its_question_marks():
    text = "Budget: why now? Ann asked.\n\nHall: is it insured? ?Bee asked."
    assert printed_lines(text) == [
        "Budget: why now? Ann asked.",
        "Hall: is it insured? ?Bee asked.",
    ]


def test_a_page_number_alone_with_its_stop_is_furniture():
    """ "Page 1358." between the attendance and the first item: the minute book's page."""
    kept = furniture_removed("Present: Ann Bee\nPage 1358.\nApologies\nNone were received.")
    assert "Page 1358." not in kept


@pytest.mark.parametrize(
    "footer", ["Minutes of the Annual General Meeting Page | 2", "Board Minutes Page 4", "Page | 3"]
)
def test_a_running_title_with_its_page_number_is_furniture(footer):
    """A page's running title with "Page N" after it, a bar between them or not."""
    kept = furniture_removed(f"Present: Ann Bee\n{footer}\nApologies\nNone were received.")
    assert footer not in kept


def test_a_title_that_names_a_page_in_lower_case_is_kept():
    kept = furniture_removed("Present: Ann Bee\nMinutes carried over to page 4\nApologies")
    assert "Minutes carried over to page 4" in kept


def test_a_labels_colon_in_a_cell_of_its_own_joins_the_label_to_its_value():
    """A heading's table saved a cell a line, "|" lines between the cells: "Date" / "|" /
    ":" / "|" / "Tuesday, 9 May 2023" is one line, "Date: Tuesday, 9 May 2023"."""
    text = "MINUTES\n|\nDate\n|\n:\n|\nTuesday, 9 May 2023\n|\nPlace\n:\nThe Hall\n"
    assert printed_lines(text) == [
        "MINUTES",
        "|",
        "Date: Tuesday, 9 May 2023",
        "|",
        "Place: The Hall",
    ]


def test_a_label_glued_after_the_last_sentence_of_a_paragraph_starts_a_line():
    """ "... to leave the synod.Announcements:": the label that heads what follows."""
    text = "Pastor's Report:\nThe vote passed and we leave the synod.Announcements:\nNone.\n"
    assert printed_lines(text) == [
        "Pastor's Report:",
        "The vote passed and we leave the synod.",
        "Announcements:",
        "None.",
    ]


def test_a_stop_inside_a_line_before_a_name_and_colon_is_no_glued_label():
    text = "Moved by Mr. Bee that the hall be let.Seconded by Ms. Dee: carried.\n"
    assert printed_lines(text) == [text.strip()]


def test_a_judgement_of_short_texts_is_remembered_and_of_long_ones_made_afresh():
    """A document asks the same question of a line in every reading it tries: short texts'
    answers are kept; a page run onto one line is judged again, never held in memory."""
    asked: list[str] = []

    @text_cache
    def shouted(text: str) -> bool:
        asked.append(text)
        return text.isupper()

    long_text = "A" * (MAX_CACHED_TEXT + 1)
    assert [shouted("APOLOGIES"), shouted("APOLOGIES"), shouted(long_text), shouted(long_text)] == [
        True, True, True, True,
    ]  # fmt: skip
    assert asked == ["APOLOGIES", long_text, long_text]


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        ("Cllr Bee spoke on the CCTV (PCC) report.", "Bee", True),
        ("Cllr Bee spoke on the CCTV (PCC) report.", "PCC", True),
        ("Members visited Beeston.", "Bee", False),
        ("Cllr A.B. Cee", "A.B", True),  # a word's own marks are matched as written
        ("the ABC group", "AB", False),
    ],
)
def test_a_word_is_held_only_whole(text, word, held):
    """A name, an acronym or a surname is in a text only where it stands whole."""
    assert holds_word(text, word) is held


def test_colon_cells_are_joined_line_by_line_beside_a_long_run_of_tabs():
    """The join reads the text a line at a time (benchmarks/parse_hostile.py times it on
    long runs: a pattern over the whole text walked a run of tabs again from each tab)."""
    text = "Date\n|\n:\n|\nTuesday\n" + "\t" * 80_000 + "\nEnd\n"
    assert with_colon_cells_joined(text).startswith("Date: Tuesday\n")
