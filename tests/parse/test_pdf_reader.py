"""PDF minutes: real PDFs written by fpdf2 from real minutes text, read back with pdfminer."""

from __future__ import annotations

import pytest

from search_app.errors import UnreadableDocument
from search_app.parse import parse_bytes, parse_file
from tests.conftest import CORPUS, FIXTURES, SEED
from tests.pdf_writer import write_minutes_pdf, write_scanned_pdf

AUDIT_SOURCE = FIXTURES / "northbridge-audit-committee-2024-01-25.txt"


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory):
    """The real seed minutes, typeset as a PDF with footers, broken inside item 5."""
    text = SEED.read_text(encoding="utf-8").replace("Date of Issue: 12 June 2015\n", "")
    text = text.replace("The Police had developed", "\fThe Police had developed")
    path = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    return write_minutes_pdf(text, path, footer_text="Date of Issue: 12 June 2015")


def test_seed_as_pdf_parses_like_the_seed_text(seed_pdf, seed_expected):
    document = parse_file(seed_pdf)
    assert document.format == "pdf"
    assert [(i.number, i.title) for i in document.items] == [
        (i["number"], i["title"]) for i in seed_expected["items"]
    ]
    assert document.meeting.committee == seed_expected["meeting"]["committee"]
    assert document.meeting.date_of_issue.isoformat() == "2015-06-12"
    for item, expected in zip(document.items, seed_expected["items"], strict=True):
        assert item.body.startswith(expected["body_starts"])
        assert item.body.endswith(expected["body_ends"])
        assert item.speakers == expected.get("speakers", [])


def test_page_break_inside_an_item_leaves_no_footer_and_joins_the_text(seed_pdf):
    body = parse_file(seed_pdf).items[4].body
    assert "Date of Issue" not in body and "Page 2 of" not in body
    assert "but not have sufficient evidence to proceed" in body
    assert "The Police had developed a 'CSE Problem Profile'" in body


def test_bundled_pdf_matches_its_text_source_item_for_item():
    from_pdf = parse_file(CORPUS / "northbridge-audit-committee-2024-01-25.pdf")
    from_text = parse_file(AUDIT_SOURCE)
    assert [i.number for i in from_pdf.items] == ["112/23", "113/23", "114/23", "115/23"]
    # Paragraph breaks may differ where a line wrapped exactly at a sentence end.
    assert [(i.title, i.body.split(), i.speakers, i.decisions) for i in from_pdf.items] == [
        (i.title, i.body.split(), i.speakers, i.decisions) for i in from_text.items
    ]
    assert from_pdf.meeting.venue == "Committee Room 1, Civic Centre, Northbridge"


def test_encrypted_pdf_is_refused_with_a_reason(tmp_path):
    path = write_minutes_pdf(AUDIT_SOURCE.read_text(), tmp_path / "locked.pdf", password="s3cret")
    with pytest.raises(UnreadableDocument, match="locked.pdf: PDF is encrypted"):
        parse_file(path)


def test_truncated_pdf_is_refused_with_a_reason(tmp_path):
    whole = (CORPUS / "northbridge-audit-committee-2024-01-25.pdf").read_bytes()
    with pytest.raises(UnreadableDocument, match="cut.pdf: PDF"):
        parse_bytes(whole[: len(whole) // 3], "cut.pdf")


def test_pdf_without_a_text_layer_says_so(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a scan would be an image: no text at all
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(UnreadableDocument, match="scan.pdf: PDF has no text layer"):
        parse_file(path)


SCANNED = """Kestrel Valley District Council
Licensing Committee
Minutes of the meeting held on Wednesday 8 March 2023 at 10.00 am

1 Apologies
Apologies were received from Councillor Ruth Amberley.

2 Street Trading Consents
The Licensing Manager presented the report on street trading.
RESOLVED that the consents be renewed for one year.
"""


def test_a_scanned_pdf_is_read_by_ocr_and_says_so(tmp_path):
    document = parse_file(write_scanned_pdf(SCANNED, tmp_path / "scan.pdf"))
    assert document.meeting.committee == "Licensing Committee"
    assert document.meeting.date.isoformat() == "2023-03-08"
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Apologies"), ("2", "Street Trading Consents"),
    ]  # fmt: skip
    assert document.items[1].decisions == ["RESOLVED that the consents be renewed for one year."]
    assert document.meeting.ocr
    assert "text: read by OCR from scanned pages (expect recognition errors)" in document.fallbacks
