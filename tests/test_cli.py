"""The minutes-search command as a user runs it: a real subprocess over real files."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import CORPUS, SEED


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "search_app.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_parse_json_prints_one_object_per_file():
    files = [SEED, CORPUS / "exampleshire-cabinet-2021-04-15.html"]
    result = run_cli("parse", "--json", *map(str, files))
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["format"] for d in documents] == ["text", "html"]
    assert documents[0]["meeting"]["date"] == "2015-05-22"
    assert documents[0]["items"][4]["title"] == "Child Sexual Exploitation: Update"
    assert set(documents[1]["items"][0]) >= {
        "number", "title", "body", "speakers", "topics", "decisions", "procedural", "acronyms",
    }  # fmt: skip


def test_a_bad_file_is_reported_in_one_line_and_the_others_still_parse(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_cli("parse", "--json", str(empty), str(SEED))
    assert result.returncode == 1
    assert result.stderr.strip() == f"minutes-search: error: {empty}: file is empty"
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["source"] == str(SEED)


def test_summary_output_lists_items_and_flags_procedural_ones():
    result = run_cli("parse", str(SEED))
    assert "Children and Families Overview and Scrutiny Panel, 2015-05-22" in result.stdout
    assert "Apologies and Welcome [procedural]" in result.stdout
    assert "Child Sexual Exploitation: Update\n" in result.stdout
