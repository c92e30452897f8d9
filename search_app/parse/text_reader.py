"""Reader for minutes as plain text (typically text extracted from a PDF)."""

from __future__ import annotations

from search_app.parse.lines import SourceText, decode_bytes, split_lines


def read_text(data: bytes, path: str) -> SourceText:
    return SourceText(split_lines(decode_bytes(data, path), columns=True))
