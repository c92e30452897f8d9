"""The minutes-search command as a user runs it: a real subprocess over real files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, FIXTURES, SEED, children_of

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines


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


def test_index_prints_progress_lines_and_a_summary_then_search_answers_json(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in CORPUS.iterdir():
        (corpus / path.name).write_bytes(path.read_bytes())
    index_dir = str(tmp_path / "index")
    indexed = run_cli("index", str(corpus), "--index", index_dir)
    assert indexed.returncode == 0, indexed.stderr
    assert "indexing: 6/6 files, 28 items" in indexed.stdout  # not a terminal: log lines
    assert "indexed 28 items from 6 new and 0 changed files" in indexed.stdout
    assert "meaning: 28/28 items have vectors" in indexed.stdout  # the embedding stage, after
    assert "meaning: 28 items embedded, 0 kept, 0 dropped; 28 items in all" in indexed.stdout

    found = run_cli("search", "exploitation", "--index", index_dir, "--json", "--mode", "keyword")
    results = json.loads(found.stdout)
    assert results["total"] == 1 and results["mode"] == "keyword"
    assert set(results["hits"][0]) >= {"id", "committee", "date", "number", "title", "snippets"}
    assert set(results["facets"]) >= {"committee", "year", "speaker", "topic"}
    assert "suggestion" in results


def test_search_mode_chooses_words_meaning_or_both(tmp_path):
    index_dir = str(tmp_path / "index")
    assert run_cli("index", str(CORPUS), "--index", index_dir).returncode == 0
    hybrid = run_cli("search", "rules for pubs", "--index", index_dir)
    assert hybrid.stdout.startswith("1 items (0 by words, 1 more by meaning)\n")
    assert "Review of the Statement of Licensing Policy" in hybrid.stdout
    assert hybrid.stdout.rstrip().endswith("(meaning)")
    words = run_cli("search", "rules for pubs", "--index", index_dir, "--mode", "keyword")
    assert words.stdout.startswith("0 items (by words)")
    assert "--mode [keyword|hybrid|meaning]" in run_cli("search", "--help").stdout


def test_index_exits_3_for_a_partial_run_and_names_the_bad_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes(SEED.read_bytes())
    (corpus / "bad.pdf").write_bytes(b"not a pdf")
    result = run_cli("index", str(corpus), "--index", str(tmp_path / "index"))
    assert result.returncode == 3
    assert f"minutes-search: skipped {corpus / 'bad.pdf'}: not a PDF" in result.stderr
    assert "1 failed" in result.stdout


def test_search_without_an_index_is_a_one_line_error(tmp_path):
    result = run_cli("search", "x", "--index", str(tmp_path / "none"))
    assert result.returncode == 1
    index = tmp_path / "none"
    assert (
        f"no index yet (or one from an older version); build it with `minutes-search index FOLDER --index {index}`"
        in result.stderr
    )
    assert "Traceback" not in result.stderr
    built = run_cli("index", str(tmp_path / "missing"), "--index", str(index))
    assert built.returncode == 1
    assert "missing: no such folder of minutes; run `minutes-search index FOLDER`" in built.stderr


@pytest.mark.parametrize(
    "option", [("--page", "0"), ("--page-size", "1000"), ("--decision", "maybe")]
)
def test_search_options_out_of_range_are_refused(tmp_path, option):
    result = run_cli("search", "x", "--index", str(tmp_path / "none"), *option)
    assert result.returncode == 2 and option[0] in result.stderr


def test_search_help_explains_every_option():
    result = run_cli("search", "--help")
    assert "The index folder" in result.stdout and "--decision [yes|no]" in result.stdout


def test_serve_replaces_a_dead_worker_and_its_workers_die_with_it(tmp_path):
    """`serve --workers 2`: two server processes share the port; a worker killed (as an
    OOM killer would) is replaced; killing the parent leaves no orphan holding the port."""
    import os
    import signal
    import socket
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    shutil.copytree(CORPUS, tmp_path / "corpus")
    server = subprocess.Popen(
        [sys.executable, "-m", "search_app.cli", "serve", "--corpus", str(tmp_path / "corpus"),
         "--index", str(tmp_path / "index"), "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q=children") as page:
                    assert page.status == 200
                break
            except OSError:
                time.sleep(0.2)
        first, second = children_of(server.pid)
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while set(children_of(server.pid)) in ({second}, {first, second}):
            assert time.monotonic() < deadline, "the dead worker was not replaced"
            time.sleep(0.05)
        workers = children_of(server.pid)
        assert len(workers) == 2 and first not in workers and second in workers
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q=children") as page:
            assert page.status == 200
        os.kill(server.pid, signal.SIGKILL)
        server.wait(10)
        deadline = time.monotonic() + 10
        while any(os.path.exists(f"/proc/{w}") for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(os.path.exists(f"/proc/{w}") for w in workers)
    finally:
        server.kill()


def test_parse_explain_says_each_lines_role_the_schemes_and_the_date_line():
    """For a user reporting "it misread my council's minutes": why each line was read
    as it was, which schemes were weighed, and where the date came from."""
    fixture = FIXTURES / "shapes" / "heron-point-condominium-association-board-2023-05-09.txt"
    result = run_cli("parse", "--explain", str(fixture))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "heading      Call to Order: President Ostrowski" in out
    assert "opens its paragraph with a title and a colon" in out
    assert "attendance   Directors Present:" in out
    assert "scheme: unnumbered" in out and "numbered: 0 headings" in out
    assert "date: 2023-05-09 (from the line 'Tuesday, May 9, 2023" in out


def explained(minutes: Path, text: str) -> str:
    """What `parse --explain` prints for invented minutes written to `minutes`."""
    minutes.write_text(text, encoding="utf-8")
    result = run_cli("parse", "--explain", str(minutes))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_parse_explain_says_why_a_title_shaped_line_is_no_heading(tmp_path):
    """A line weighed as a title and found too weak says why, as a heading does: the
    reader who expected an item there sees what counted against it."""
    lines = explained(
        tmp_path / "elmvale-residents-association-2024-03-04.txt",
        "Elmvale Residents Association\nMinutes of the meeting held on 4 March 2024\n\n"
        "Apologies: None received.\n\n"
        "Treasurer's Report: The balance stands at £1,204 after the hall hire.\n\n"
        "Hedges Along the Green\n"
        "the council will be asked to cut them back before the fete in June.\n",
    ).splitlines()
    at = next(i for i, line in enumerate(lines) if "Hedges Along the Green" in line)
    assert "not heading" in lines[at]
    assert "considered, not chosen" in lines[at + 1] and "lower case" in lines[at + 1]


def test_parse_explain_names_the_decisions_the_words_model_guessed(tmp_path):
    """A decision no pattern recognised is the parser's guess: --explain lists it apart."""
    out = explained(
        tmp_path / "elmvale-parish-council-2024-03-04.txt",
        "Minutes of the Elmvale Parish Council meeting held on 4 March 2024\n\n"
        "1. Minutes\nThe clerk read out the minutes of the last meeting.\n"
        "They were confirmed on the proposal of Cllr Ames, seconded by Cllr Boyd.\n\n"
        "2. Grants\nMoved by Cllr Ames, seconded by Cllr Boyd, that the grant be paid. Carried.\n",
    )
    guessed = [line for line in out.splitlines() if line.startswith("decision:")]
    assert len(guessed) == 1 and guessed[0].endswith(": 1 Minutes"), guessed
    assert "by its words (probability 0." in guessed[0]


def test_parse_explain_gives_each_items_subjects_and_why_candidates_were_passed_over(tmp_path):
    """A reader who finds a name among the topics, or misses one, sees each item's subjects
    and every candidate passed over with the reason: here a person the minutes name, and a
    status word at a subject's end."""
    out = explained(
        tmp_path / "elmvale-water-board-2024-03-04.txt",
        "Elmvale Water Board\nMinutes of the meeting held on 4 March 2024\n\n"
        "Present: Ms Ida Vantongeren, Mr Ned Hall\n\n"
        "1. Ida Vantongeren Audit Report\nThe audit was clean.\n\n"
        "2. Reservoir Fencing\nThe fence along the reservoir will be replaced in May.\n\n"
        "3. Tender Documents Circulated\nThe documents went to three firms.\n",
    ).splitlines()
    at = lines_index(out, "subjects of 'Ida Vantongeren Audit Report': none")
    assert out[at + 1] == "    not 'ida vantongeren audit': a person the minutes name"
    assert "subjects of 'Reservoir Fencing': reservoir fencing" in out
    at = lines_index(out, "subjects of 'Tender Documents Circulated': none")
    assert out[at + 1].endswith(": ends in a word that describes or acts"), out[at + 1]


def lines_index(lines: list[str], line: str) -> int:
    assert line in lines, lines
    return lines.index(line)


def test_parse_explain_says_why_minutes_without_headings_were_split_at_paragraphs():
    fixture = FIXTURES / "shapes" / "quillan-county-board-of-supervisors-2011-03-15.txt"
    result = run_cli("parse", "--explain", str(fixture))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "a paragraph of running text, in minutes with no headings" in out
    assert "scheme: paragraphs" in out and "chosen: sections (no headings found)" in out
    assert "note: items: no headings found; one item per paragraph or title line" in out
