"""Reader for PDF minutes: pdfminer.six extracts the text layer, then the text path runs.

pdfminer's layout analysis keeps the blank line between paragraphs and the
page order, which is the shape the text segmenter is built for.
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

# pdfminer logs every malformed object it recovers from; our error says it once.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def read_pdf(data: bytes, path: str) -> SourceText:
    if not data.strip():
        raise UnreadableDocument(path, "file is empty")
    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadableDocument(path, "not a PDF (no %PDF- header)")
    text = extract_pdf_text(data, path)
    if not text.strip():
        raise UnreadableDocument(path, "PDF has no text layer (a scan?); run OCR on it first")
    return SourceText(split_lines(text, columns=True), title_hint=pdf_title(data))


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
