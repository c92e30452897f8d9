"""No document is lost: what the text does not say comes from elsewhere, or is marked missing.

Date: the heading, then the page title or PDF metadata, then the file name, then
a harvester's sidecar file; failing all of them the meeting is undated. Items:
numbered headings, then title lines, then one item per page or for the whole text.
Every guess is listed in `fallbacks` (and in `parse --json`).
"""

from __future__ import annotations

import json
from datetime import date

from search_app.parse import build_document, parse_bytes, parse_file
from search_app.parse.text_reader import read_text
from tests.pdf_writer import write_minutes_pdf

NO_DATE = b"Licensing Sub-Committee\n\n1 Apologies\n\nNone.\n\n2 Premises Licence\n\nGranted.\n"


def test_minutes_without_a_date_are_kept_undated_and_say_so():
    document = parse_bytes(NO_DATE, "licensing.txt")
    assert document.meeting.date is None
    assert document.meeting.committee == "Licensing Sub-Committee"
    assert [i.title for i in document.items] == ["Apologies", "Premises Licence"]
    assert "date: none found (undated)" in document.fallbacks
    assert document.to_json_dict()["meeting"]["date"] is None


def test_a_date_in_the_file_name_dates_the_meeting():
    for name in (
        "licensing-2023-03-09.txt",
        "licensing_20230309.txt",
        "minutes-9th-march-2023.txt",
    ):
        document = parse_bytes(NO_DATE, name)
        assert document.meeting.date == date(2023, 3, 9), name
        assert "date: from the file name" in document.fallbacks


def test_the_page_title_gives_committee_and_date_when_the_page_does_not():
    page = (
        b"<html><head><title>Agenda for Highways Panel on Tuesday, 2nd October, 2018, 2.00 pm"
        b" - Anytown Borough Council</title></head><body>"
        b"<h2>Agenda, decisions and minutes</h2><p>Venue: Room 3</p>"
        b"<p>1.</p><p>Apologies</p><p>None were received.</p>"
        b"<p>2.</p><p>Pothole Repairs</p><p>The Panel noted the backlog.</p></body></html>"
    )
    document = parse_bytes(page, "meeting.html")
    assert document.meeting.committee == "Highways Panel"
    assert document.meeting.date == date(2018, 10, 2)
    assert document.meeting.body == "Anytown Borough Council"
    assert [i.title for i in document.items] == ["Apologies", "Pothole Repairs"]


def test_a_pdf_title_in_its_metadata_dates_the_meeting(tmp_path):
    path = write_minutes_pdf(
        NO_DATE.decode(), tmp_path / "minutes.pdf", title="Licensing Sub-Committee 9 March 2023"
    )
    document = parse_file(path)
    assert document.meeting.date == date(2023, 3, 9)
    assert "date: from the page title or document metadata" in document.fallbacks


def test_a_sidecar_from_the_harvester_overrides_what_the_parser_guessed(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_bytes(NO_DATE)
    (tmp_path / "minutes.txt.meta.json").write_text(
        json.dumps({
            "council": "Anytown Borough Council", "committee": "Licensing Sub-Committee (B)",
            "date": "2023-03-09", "start_time": "10:00",
            "source_url": "https://democracy.anytown.example/ieListDocuments.aspx?MId=7",
        }),
        encoding="utf-8",
    )  # fmt: skip
    document = parse_file(path)
    meeting = document.meeting
    assert (meeting.body, meeting.committee, meeting.date) == (
        "Anytown Borough Council", "Licensing Sub-Committee (B)", date(2023, 3, 9),
    )  # fmt: skip
    assert meeting.start_time.strftime("%H:%M") == "10:00"
    assert meeting.source_url.endswith("MId=7")
    assert not any(note.startswith("date") for note in document.fallbacks)


def test_a_broken_sidecar_is_named_and_ignored(tmp_path):
    path = tmp_path / "minutes-2023-03-09.txt"
    path.write_bytes(NO_DATE)
    (tmp_path / "minutes-2023-03-09.txt.meta.json").write_text("{not json", encoding="utf-8")
    document = parse_file(path)
    assert document.meeting.date == date(2023, 3, 9)
    assert any(
        n.startswith("metadata: minutes-2023-03-09.txt.meta.json ignored")
        for n in document.fallbacks
    )


def test_items_a_committee_system_gave_in_the_sidecar_are_the_meetings_items(tmp_path):
    """A system's own split wins over the headings the parser would find: the page's
    heading and attendance are kept, and each item's minute follows its agenda wording."""
    path = tmp_path / "meeting.html"
    path.write_text(
        "<html><body><h1>Harbour Board</h1><p>Present: Ada Brook (Chair), Tom Reed</p>"
        "<div><span>1.</span> Moorings</div><p>Fees were discussed.</p>"
        "<p>2. Something the page numbers but the system does not</p></body></html>",
        encoding="utf-8",
    )
    items = [
        {"number": "1.", "title": "Moorings", "agenda_html": "<p>To review the fees.</p>",
         "minutes_html": "<p>RESOLVED that the fees rise by 2%.</p>"},
        {"number": "2", "title": "Dredging", "minutes_html": "<p>Noted.</p>"},
    ]  # fmt: skip
    (tmp_path / "meeting.html.meta.json").write_text(
        json.dumps({"committee": "Harbour Board", "date": "2024-05-02", "items": items}),
        encoding="utf-8",
    )
    document = parse_file(path)
    assert [(i.number, i.title) for i in document.items] == [("1", "Moorings"), ("2", "Dredging")]
    assert document.meeting.structure == "markup"
    assert "fees rise by 2%" in document.items[0].body
    assert "review the fees" in document.items[0].agenda_text
    assert any(a.name == "Ada Brook" for a in document.meeting.present)


def test_a_sidecar_whose_items_are_not_items_is_named_and_ignored(tmp_path):
    path = tmp_path / "minutes-2023-03-09.txt"
    path.write_bytes(NO_DATE)
    (tmp_path / "minutes-2023-03-09.txt.meta.json").write_text(
        json.dumps({"committee": "X", "items": ["not an item"]}), encoding="utf-8"
    )
    document = parse_file(path)
    assert [i.title for i in document.items] == ["Apologies", "Premises Licence"]
    assert any("ignored (an item is not a JSON object)" in n for n in document.fallbacks)


def test_text_without_any_heading_is_one_item_and_says_it_could_not_be_split():
    document = parse_bytes(b"Dear resident,\n\nYour bin will be collected on Tuesday.\n", "l.txt")
    assert len(document.items) == 1
    assert document.items[0].title == "Dear resident"  # its first line, the comma gone
    assert "Your bin will be collected on Tuesday." in document.items[0].body
    assert document.meeting.structure == "whole" and not document.meeting.split_into_items
    assert document.meeting.committee == "Unknown committee"
    assert "items: no headings found; the whole text is one item" in document.fallbacks


MOTIONS = b"""Special Session
June 1, 2010

The Board met in special session with the following members present: Ash, Birch and Cole.

Moved by Ash, seconded by Birch to approve the claims. Motion carried unanimously.

Moved by Cole, seconded by Ash to hire a road foreman.Motion carried 3-0.

Moved by Birch, seconded by Cole to buy salt for the winter. Motion carried 3-0.

Moved and seconded the meeting adjourn. Motion carried.
"""


def test_paragraphs_without_headings_become_an_item_each_and_say_so():
    document = parse_bytes(MOTIONS, "board.txt")
    assert [i.title for i in document.items] == [
        "Moved by Ash, seconded by Birch to approve the claims",
        "Moved by Cole, seconded by Ash to hire a road foreman",  # a sentence glued on ends it
        "Moved by Birch, seconded by Cole to buy salt for the winter",
        "Moved and seconded the meeting adjourn",
    ]
    assert all(item.decisions for item in document.items)
    assert document.meeting.structure == "paragraphs" and document.meeting.split_into_items
    assert "items: no headings found; one item per paragraph or title line" in document.fallbacks


def test_a_paragraph_a_line_is_an_item_a_line():
    lines = b"""March 2, 2020 7 p.m.
Supervisors Present: | Ann Ash, Bo Birch |
The meeting was called to order by the chairman with the Pledge of Allegiance.
The February minutes were approved as read.
Treasurer's report: there was $12,400.00 in the bank.
The board decided to grade the north road in April.
Chairman | Clerk |
"""
    titles = [item.title for item in parse_bytes(lines, "township.txt").items]
    assert titles == [
        "The meeting was called to order by the chairman with the Pledge of Allegiance",
        "The February minutes were approved as read",
        "Treasurer's report",
        "The board decided to grade the north road in April",
    ]  # the date line, the attendance rows and the signature row are none


def test_each_bullet_is_an_item_titled_by_its_opening():
    bullets = b"""Trustees Present: Ann Ash, Bo Birch, Cy Cole
- Meeting opened at 7:20 pm, and the board welcomed two new trustees
- Nothing to add to agenda
- Oaths of Office \xe2\x80\x93 Cy read the oath, and the new trustees signed it.
- Election of Officers, Ann moves, Bo seconds a slate of officers; motion carries
"""
    titles = [item.title for item in parse_bytes(bullets, "library.txt").items]
    assert titles[1:3] == ["Nothing to add to agenda", "Oaths of Office"]
    assert len(titles) == 4


def test_title_lines_head_the_paragraphs_under_them():
    narrative = b"""MINUTES OF THE VALLEY FIRE BOARD
March 3, 2015

A special meeting was called to order by the Chair at 5:30 p.m.

Members Present: Ann Ash, Bo Birch.

Public Comment: None

Business.

Grants have been received from two foundations toward the new hall.

North Foundation 40,000

South Foundation 20,000

Moved by member Ash, supported by member Birch, to award the contract. Motion Carried
"""
    document = parse_bytes(narrative, "fire.txt")
    assert [item.title for item in document.items] == ["Public Comment", "Business"]
    assert "South Foundation 20,000" in document.items[1].body  # amounts are no titles


def test_narrative_paragraphs_without_headings_stay_one_item():
    narrative = b"""The group met at the church gate and walked the footpath to the old mill in the rain.

Several stiles were broken and the bridge over the brook was slippery underfoot today.

Everyone agreed the view from the ridge was worth it, and tea at the farm was welcome.
"""
    document = parse_bytes(narrative, "walk.txt")  # three paragraphs: a note, not minutes
    assert len(document.items) == 1 and document.meeting.structure == "whole"


def test_a_pdf_without_headings_becomes_one_item_per_page(tmp_path):
    pages = "\f".join(
        f"The clerk read the correspondence received in week {n} and it was noted by all present."
        for n in (1, 2, 3)
    )
    document = parse_file(write_minutes_pdf(pages, tmp_path / "notes.pdf"))
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Page 1"), ("2", "Page 2"), ("3", "Page 3"),
    ]  # fmt: skip
    assert "week 2" in document.items[1].body
    assert document.meeting.structure == "pages"


def test_a_deeply_nested_page_still_parses():
    page = b"<html><body>" + b"<div>" * 50000 + b"1 Apologies</div><p>2 Budget</p>"
    document = parse_bytes(page, "deep.html")
    assert [i.title for i in document.items] == ["Apologies", "Budget"]


def test_the_reading_a_parser_error_falls_back_to_keeps_every_line():
    """What parse_bytes builds when the ordinary reading fails on a bug: the text in one
    item, headings not looked for, nothing dropped."""
    source_text = read_text(NO_DATE, "licensing.txt")
    document = build_document(source_text, "licensing.txt", "text", find_headings=False)
    assert len(document.items) == 1
    assert "Premises Licence" in document.items[0].body and "Granted." in document.items[0].body
    assert document.meeting.structure == "whole"


def test_narrative_paragraphs_without_marks_stay_one_item_and_say_so():
    """Paragraphs that neither open with a title, a word in capitals, a bullet or a motion
    nor record a decision are a narrative whose headings were lost: one item per section
    (here the whole), not an item per paragraph titled by sentences like "President Okafor
    called the meeting to order"."""
    text = b"""Commission Meeting Minutes 3-8-22

Present: President Okafor, Commissioners Lindahl and Bruckner

President Okafor called the meeting to order at 7:00 p.m.

All those in attendance joined in the Pledge of Allegiance.

President Okafor announced that the Commission would hold an executive session after the regular business.

There were no public comments.

Ms. Tran introduced the new harbour master, who described his first month at the marina.
"""
    document = parse_bytes(text, "commission.txt")
    assert len(document.items) == 1
    assert document.meeting.structure != "paragraphs"
    assert "items: no headings found; the whole text is one item" in document.fallbacks


def test_a_line_of_thousands_of_labels_in_capitals_is_read_not_refused():
    """ "ABC: ABC: ABC: ..." on one line of a text in capitals: read in mixed case a few
    labels at a time, never one call per label (a deep recursion would refuse the file)."""
    text = "MINUTES OF THE MEETING\n" + "ABC: " * 5000 + "\nEND"
    document = parse_bytes(text.encode(), "capitals.txt")
    assert document.items
