"""Reader for PDF minutes: pdfminer.six extracts the text layer, then the text path runs.

pdfminer's layout analysis keeps the blank line between paragraphs and the
page order, which is the shape the text segmenter is built for. A scan (pages
that are pictures, no text layer) is read by OCR: pypdfium2 renders each page
and Tesseract (Debian's tesseract-ocr, through pytesseract) reads it; the text
is marked as OCR'd, since recognition makes mistakes.
"""

from __future__ import annotations

import io
import logging

from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser, PDFSyntaxError
from pdfminer.psparser import PSException

from search_app.errors import UnreadableDocument
from search_app.parse.lines import SourceText, split_lines

OCR_DPI = 300  # Tesseract reads body text best at about 300 dpi
MAX_OCR_PAGES = 60  # a scan longer than this is read up to here, and says so

# pdfminer logs every malformed object it recovers from; our error says it once.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def read_pdf(data: bytes, path: str) -> SourceText:
    if not data.strip():
        raise UnreadableDocument(path, "file is empty")
    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadableDocument(path, "not a PDF (no %PDF- header)")
    text, ocr = extract_pdf_text(data, path), False
    if not text.strip():
        text, ocr = ocr_pdf(data, path), True
    if not text.strip():
        raise UnreadableDocument(path, "PDF has no text layer, and OCR found no text in it")
    lines = split_lines(text, columns=True)
    return SourceText(lines, title_hint=pdf_title(data), ocr=ocr)


def ocr_pdf(data: bytes, path: str) -> str:
    """The text of a scanned PDF, page by page (form feeds between pages), by OCR."""
    try:
        import pypdfium2
        import pytesseract
    except ImportError as error:  # a deployment without the OCR libraries
        reason = f"PDF has no text layer and OCR is missing ({error})"
        raise UnreadableDocument(path, reason) from error
    try:
        document = pypdfium2.PdfDocument(data)
        pages = []
        for index in range(min(len(document), MAX_OCR_PAGES)):
            image = document[index].render(scale=OCR_DPI / 72).to_pil()
            pages.append(pytesseract.image_to_string(image, lang="eng"))
        return "\f".join(pages)
    except pytesseract.TesseractNotFoundError as error:
        reason = "PDF has no text layer and Tesseract is missing (apt-get install tesseract-ocr)"
        raise UnreadableDocument(path, reason) from error
    except pypdfium2.PdfiumError as error:
        raise UnreadableDocument(path, f"PDF could not be rendered for OCR ({error})") from error


def pdf_title(data: bytes) -> str | None:
    """The Title in the PDF's metadata ("Cabinet minutes 2 October 2018"), if any."""
    try:
        info = PDFDocument(PDFParser(io.BytesIO(data))).info
    except Exception:  # metadata is a hint: a PDF whose text reads is never refused for it
        return None
    for entry in info:
        title = entry.get("Title")
        if isinstance(title, bytes):
            title = title.decode(
                "utf-16" if title.startswith(b"\xfe\xff") else "latin-1", "replace"
            )
        if isinstance(title, str) and title.strip():
            return title.strip()
    return None


def extract_pdf_text(data: bytes, path: str) -> str:
    try:
        return extract_text(io.BytesIO(data), laparams=LAParams())
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise UnreadableDocument(path, "PDF is encrypted; save an unprotected copy") from error
    except (PDFSyntaxError, PSException) as error:
        raise UnreadableDocument(path, f"PDF is damaged or truncated ({error})") from error
    except Exception as error:  # pdfminer raises bare errors on many malformed files
        name = type(error).__name__
        raise UnreadableDocument(path, f"PDF could not be read ({name}: {error})") from error
