"""Twenty-odd kinds of broken document beside good ones: every good item indexed,
every unreadable file named with its reason, every odd one kept with a warning,
and the run says it was partial."""

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

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines

GOOD_ITEMS = 28  # the six bundled documents
# Odd but readable: kept, with what had to be guessed as a warning (items each).
DEGRADED = {
    "news.html": 1, "truncated.html": 1, "deeply-nested.html": 1, "letter.txt": 1,
    "no-date.txt": 2, "header-only.txt": 1,
}  # fmt: skip
KEPT_ITEMS = GOOD_ITEMS + sum(DEGRADED.values())


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
        "script-only.html": (
            b"<html><body><script>1 Apologies</script></body></html>",
            "no text",
        ),
        "huge.txt": (
            seed_text.encode() * (27 * 2**20 // len(seed_text.encode()) + 1),
            "file too large",
        ),
    }
    degraded = {
        "news.html": b"<html><title>News</title><body><p>Bins on Tuesday</p></body></html>",
        "truncated.html": b"<html><body><h1>Cabinet</h1><h2>1 Apol",
        "deeply-nested.html": b"<html><body>" + b"<div>" * 50_000 + b"1 Apologies",
        "letter.txt": b"Dear resident,\n\nYour bin will be collected on Tuesday.\n",
        "no-date.txt": b"Cabinet\n\n1 Apologies\n\nNone.\n\n2 Budget\n\nNoted.\n",
        "header-only.txt": b"Cabinet - 1 June 2020\n\nPresent: Councillor A Khan\n",
    }
    for name, data in degraded.items():
        (folder / name).write_bytes(data)
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
    assert len(reasons) + len(DEGRADED) >= 20
    report = update_index(folder, tmp_path / "index")
    assert report.items_indexed == KEPT_ITEMS
    failed = {os.path.basename(e.path): e.reason for e in report.failed}
    assert set(failed) == set(reasons)
    for name, reason in reasons.items():
        assert reason in failed[name], (name, failed[name])
    assert set(DEGRADED) <= set(report.added)
    warned = {source for source, _ in report.warnings}
    assert set(DEGRADED) <= warned
    searcher = Searcher(tmp_path / "index")
    request = SearchRequest("", page_size=50)
    request.filters.include_procedural = True
    assert searcher.search(request).total == KEPT_ITEMS


def test_the_command_exits_partial_and_lists_each_bad_file(broken_corpus, tmp_path):
    folder, reasons = broken_corpus
    result = subprocess.run(
        [sys.executable, "-m", "search_app.cli", "index", str(folder), "--index", str(tmp_path / "ix")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert f"indexed {KEPT_ITEMS} items" in result.stdout
    skipped = [
        line for line in result.stderr.splitlines() if line.startswith("minutes-search: skipped")
    ]
    assert len(skipped) == len(reasons)
    warned = {line.split(": ")[2] for line in result.stderr.splitlines() if ": warning: " in line}
    assert set(DEGRADED) <= warned
    assert "Traceback" not in result.stderr
