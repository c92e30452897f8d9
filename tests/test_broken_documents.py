"""Twenty-odd kinds of broken document beside good ones: every good item indexed,
every bad file named with its reason, and the run says it was partial."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from fpdf import FPDF

from search_app.index import update_index
from search_app.search import Searcher, SearchRequest
from tests.conftest import CORPUS, SEED
from tests.pdf_writer import write_minutes_pdf

GOOD_ITEMS = 28  # the six bundled documents


def write_broken_corpus(folder) -> dict[str, str]:
    """Bad files by name, each with a fragment of the reason the run must give."""
    seed_text = SEED.read_text(encoding="utf-8")
    good_pdf = (CORPUS / "northbridge-audit-committee-2024-01-25.pdf").read_bytes()
    bad = {
        "empty.txt": (b"", "file is empty"),
        "blank.txt": (b" \n\t\n  ", "file is empty"),
        "bom-only.txt": (b"\xef\xbb\xbf", "file is empty"),
        "binary.txt": (os.urandom(4096) + b"\x00" * 64, "binary data"),
        "control-characters.txt": (b"\x01\x02\x03\x04" * 500, "binary data"),
        "utf16-without-bom.txt": (seed_text.encode("utf-16-le"), "binary data"),
        "image.pdf": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "not a PDF"),
        "truncated.pdf": (good_pdf[: len(good_pdf) // 3], "PDF"),
        "garbage.pdf": (b"%PDF-1.7\n" + os.urandom(2000), "PDF"),
        "news.html": (
            b"<html><title>News</title><body><p>Bins on Tuesday</p></body></html>",
            "no agenda items",
        ),
        "script-only.html": (
            b"<html><body><script>1 Apologies</script></body></html>",
            "no agenda items",
        ),
        "truncated.html": (b"<html><body><h1>Cabinet</h1><h2>1 Apol", "no meeting date"),
        "deeply-nested.html": (
            b"<html><body>" + b"<div>" * 50_000 + b"1 Apologies",
            "no meeting date",
        ),
        "letter.txt": (
            b"Dear resident,\n\nYour bin will be collected on Tuesday.\n",
            "no agenda items",
        ),
        "no-date.txt": (
            b"Cabinet\n\n1 Apologies\n\nNone.\n\n2 Budget\n\nNoted.\n",
            "no meeting date",
        ),
        "header-only.txt": (
            b"Cabinet - 1 June 2020\n\nPresent: Councillor A Khan\n",
            "no agenda items",
        ),
        "huge.txt": (
            seed_text.encode() * (27 * 2**20 // len(seed_text.encode()) + 1),
            "file too large",
        ),
    }
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    reasons = {name: reason for name, (_, reason) in bad.items()}

    write_minutes_pdf(seed_text, folder / "encrypted.pdf", password="secret")
    reasons["encrypted.pdf"] = "PDF is encrypted"
    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 100, 50, style="F")
    scan.output(str(folder / "scan.pdf"))
    reasons["scan.pdf"] = "no text layer"
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    reasons["loop.txt"] = "symbolic link"
    (folder / "outside.txt").symlink_to("/etc/passwd")
    reasons["outside.txt"] = "symbolic link"
    os.mkfifo(folder / "pipe.txt")  # would block a reader for ever
    reasons["pipe.txt"] = "not a regular file"
    if os.geteuid() != 0:  # root reads anything, so this kind only counts for other users
        (folder / "unreadable.txt").write_bytes(SEED.read_bytes())
        (folder / "unreadable.txt").chmod(0)
        reasons["unreadable.txt"] = "Permission denied"
    return reasons


@pytest.fixture
def broken_corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder, write_broken_corpus(folder)


def test_every_good_item_is_indexed_and_every_bad_file_named(broken_corpus, tmp_path):
    folder, reasons = broken_corpus
    assert len(reasons) >= 20
    report = update_index(folder, tmp_path / "index")
    assert report.items_indexed == GOOD_ITEMS
    failed = {os.path.basename(e.path): e.reason for e in report.failed}
    assert set(failed) == set(reasons)
    for name, reason in reasons.items():
        assert reason in failed[name], (name, failed[name])
    searcher = Searcher(tmp_path / "index")
    request = SearchRequest("", page_size=50)
    request.filters.include_procedural = True
    assert searcher.search(request).total == GOOD_ITEMS


def test_the_command_exits_partial_and_lists_each_bad_file(broken_corpus, tmp_path):
    folder, reasons = broken_corpus
    result = subprocess.run(
        [sys.executable, "-m", "search_app.cli", "index", str(folder), "--index", str(tmp_path / "ix")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert f"indexed {GOOD_ITEMS} items" in result.stdout
    skipped = [
        line for line in result.stderr.splitlines() if line.startswith("minutes-search: skipped")
    ]
    assert len(skipped) == len(reasons)
    assert "Traceback" not in result.stderr
