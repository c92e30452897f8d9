"""Write real PDF minutes for tests: fpdf2 lays the text out on A4 pages with a footer.

The source is plain text, paragraphs separated by blank lines; a form feed
(\\f) forces a page break there, as in minutes where an item runs over a page.
Run as `python -m tests.pdf_writer SOURCE.txt OUT.pdf` to rebuild the bundled
sample PDF.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class MinutesPDF(FPDF):
    def __init__(self, footer_text: str, title: str = "Minutes") -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.add_font("DejaVu", fname=str(FONT))
        self.set_auto_page_break(auto=True, margin=20)
        self.set_title(title)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", size=8)
        self.cell(0, 10, f"{self.footer_text}    Page {self.page_no()} of {{nb}}", align="C")


def write_minutes_pdf(
    source_text: str,
    path: Path,
    footer_text: str = "",
    password: str | None = None,
    title: str = "Minutes",
) -> Path:
    pdf = MinutesPDF(footer_text, title)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for page_number, page in enumerate(source_text.split("\f")):
        if page_number:
            pdf.add_page()
        for paragraph in page.strip().split("\n\n"):
            pdf.multi_cell(0, 5, " ".join(paragraph.split()))
            pdf.ln(3)
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.output(str(path))
    return path


def write_scanned_pdf(source_text: str, path: Path) -> Path:
    """A PDF whose page is a picture of the text, with no text layer: what a scanner makes."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(str(FONT), 30)
    y = 120
    for line in source_text.splitlines():
        draw.text((120, y), line, font=font, fill=0)
        y += 48
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(page, x=0, y=0, w=210, h=297)
    pdf.output(str(path))
    return path


if __name__ == "__main__":
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    footer = sys.argv[3] if len(sys.argv) > 3 else ""
    write_minutes_pdf(source.read_text(encoding="utf-8"), out, footer)
