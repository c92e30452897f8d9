"""Bad input: a clear error naming the file and the reason, never a traceback.

Only what cannot be read is an error; minutes that are merely odd degrade
(tests/parse/test_fallbacks.py).
"""

from __future__ import annotations

import pytest

from search_app.errors import UnreadableDocument
from search_app.parse import parse_bytes, parse_file
from tests.conftest import SEED


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.html", b"\n\n   \n", "file is empty"),
        ("junk.txt", bytes(range(256)) * 20, "binary data"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not a PDF"),
        ("fake.pdf", b"%PDF-1.7\n" + b"garbage " * 200, "PDF"),
        ("nav.html", b"<html><body><nav>Home</nav><script>x()</script></body></html>", "no text"),
    ],
    ids=["empty", "blank", "binary", "png as pdf", "garbage pdf", "page without text"],
)
def test_unparseable_documents_raise_one_error_naming_file_and_reason(name, data, reason):
    with pytest.raises(UnreadableDocument, match=rf"^{name}: .*(?:{reason})") as error:
        parse_bytes(data, name)
    assert "\n" not in str(error.value)


def test_missing_file_and_directory_are_errors_not_crashes(tmp_path):
    with pytest.raises(UnreadableDocument, match="cannot read file"):
        parse_file(tmp_path / "gone.txt")
    with pytest.raises(UnreadableDocument, match="not a regular file"):
        parse_file(tmp_path)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_seed_saved_in_other_encodings_parses_the_same(encoding, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "seed.txt"
    path.write_bytes(text.encode(encoding))
    original, reencoded = parse_file(SEED), parse_file(path)
    assert [(i.title, i.body) for i in reencoded.items] == [
        (i.title, i.body) for i in original.items
    ]
