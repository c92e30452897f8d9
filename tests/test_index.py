"""Indexing: a real Whoosh index on disk, built and kept in step with a corpus folder."""

from __future__ import annotations

import contextlib
import shutil

import pytest

from search_app.index import read_manifest, update_index
from search_app.search import Searcher, SearchRequest
from tests.conftest import CORPUS, SEED, children_of

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def all_ids(index_dir) -> set[str]:
    searcher = Searcher(index_dir)
    request = SearchRequest("", page_size=50)
    request.filters.include_procedural = True
    return {hit.id for hit in searcher.search(request).hits}


def test_every_item_of_every_bundled_file_becomes_one_document(corpus, tmp_path):
    report = update_index(corpus, tmp_path / "index")
    assert sorted(report.added) == sorted(
        p.name for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".pdf")
    )
    assert report.items_indexed == 28 and not report.failed
    ids = all_ids(tmp_path / "index")
    assert len(ids) == 28
    assert "worcestershire-children-families-osp-2015-05-22--5" in ids
    assert "northbridge-audit-committee-2024-01-25--112-23" in ids
    # "Minute No. 44": a count's label is no part of its id, which stays what it was
    assert "northbridge-licensing-committee-2023-03-09--44" in ids


def test_second_run_over_an_unchanged_corpus_parses_nothing(corpus, tmp_path):
    update_index(corpus, tmp_path / "index")
    again = update_index(corpus, tmp_path / "index")
    assert (again.added, again.updated, again.removed, again.items_indexed) == ([], [], [], 0)
    assert again.unchanged == 6


def test_changed_file_replaces_its_items_and_deleted_file_removes_them(corpus, tmp_path):
    index_dir = tmp_path / "index"
    update_index(corpus, index_dir)
    seed = corpus / SEED.name
    seed.write_text(seed.read_text().replace("Missing Children", "Absent Children"))
    (corpus / "northbridge-licensing-committee-2023-03-09.txt").unlink()
    report = update_index(corpus, index_dir)
    assert report.updated == [SEED.name]
    assert report.removed == ["northbridge-licensing-committee-2023-03-09.txt"]
    searcher = Searcher(index_dir)
    assert searcher.search(SearchRequest('title:"absent children"')).total == 1
    assert searcher.search(SearchRequest('title:"missing children"')).total == 0
    assert searcher.search(SearchRequest("taxi")).total == 0
    assert len(all_ids(index_dir)) == 24


def test_a_file_that_vanishes_mid_run_is_reported_and_the_rest_indexed(corpus, tmp_path):
    doomed = corpus / SEED.name  # sorted last, so it is still to come when the first is done

    def delete_the_last_file(done, total, items, current):
        if done == 1:
            doomed.unlink()

    report = update_index(corpus, tmp_path / "index", progress=delete_the_last_file)
    assert [(e.path, e.reason) for e in report.failed] == [
        (str(doomed), "cannot read file (No such file or directory)")
    ]
    assert report.items_indexed == 22


def test_a_bad_file_is_reported_and_skipped_and_the_rest_is_indexed(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "locked.pdf").write_bytes(b"%PDF-1.4 broken")
    report = update_index(corpus, tmp_path / "index")
    assert report.partial
    assert sorted(e.path.rsplit("/", 1)[-1] for e in report.failed) == ["empty.txt", "locked.pdf"]
    assert report.items_indexed == 28
    assert "empty.txt" not in read_manifest(tmp_path / "index")  # retried next run


def test_a_file_that_breaks_keeps_its_previous_items(corpus, tmp_path):
    index_dir = tmp_path / "index"
    update_index(corpus, index_dir)
    (corpus / SEED.name).write_bytes(b"\x00\x01 corrupted")
    report = update_index(corpus, index_dir)
    assert report.partial and report.updated == []
    assert Searcher(index_dir).search(SearchRequest("exploitation")).total == 1


def test_an_open_searcher_sees_new_items_once_a_run_commits(corpus, tmp_path):
    index_dir = tmp_path / "index"
    moved = corpus / "northbridge-planning-committee-2019-11-07.html"
    held_back = moved.read_bytes()
    moved.unlink()
    update_index(corpus, index_dir)
    searcher = Searcher(index_dir)
    assert searcher.search(SearchRequest("objectors")).total == 0
    moved.write_bytes(held_back)
    update_index(corpus, index_dir)
    assert searcher.search(SearchRequest("objectors")).total == 1


def test_the_multiprocess_writer_indexes_the_same_items(corpus, tmp_path):
    update_index(corpus, tmp_path / "single", procs=1)
    update_index(corpus, tmp_path / "multi", procs=2)
    assert all_ids(tmp_path / "single") == all_ids(tmp_path / "multi")
    (corpus / SEED.name).unlink()
    update_index(corpus, tmp_path / "multi", procs=2)
    assert len(all_ids(tmp_path / "multi")) == 22


@pytest.mark.parametrize("kill_after_seconds", [0.0, 0.5, 1.5, 3.0, 5.0])
def test_a_run_killed_at_any_point_leaves_the_previous_index_serving(
    corpus, tmp_path, kill_after_seconds
):
    """SIGKILL at several points of a bulk run (parsing, writing, committing): the old index
    answers exactly as before, or the new one whole; the next run finishes the job."""
    import os
    import signal
    import subprocess
    import sys
    import time

    index_dir = tmp_path / "index"
    update_index(corpus, index_dir)
    words = SearchRequest("exploitation", mode="keyword")  # the words' index is under test
    before = Searcher(index_dir).search(words).to_json_dict()
    for copy in range(120):  # enough files for the multiprocess writer
        shutil.copy(corpus / SEED.name, corpus / f"copy-{copy:03d}.txt")
    run = subprocess.Popen(
        [sys.executable, "-m", "search_app.cli", "index", str(corpus), "--index", str(index_dir)],
        stdout=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    if kill_after_seconds:
        assert run.stdout.readline().startswith("indexing: 1/120 files")
        time.sleep(kill_after_seconds)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()

    after_kill = Searcher(index_dir).search(words).to_json_dict()
    completed = after_kill["total"] == 121  # the kill came after the commit
    assert after_kill == before or completed
    finished = update_index(corpus, index_dir)
    assert not finished.failed
    if not completed:  # nothing of the killed run was kept, so all 120 files are new again
        assert len(finished.added) == 120
    assert Searcher(index_dir).search(words).total == 121


def test_a_touched_but_identical_file_is_not_parsed_again(corpus, tmp_path):
    import os

    update_index(corpus, tmp_path / "index")
    seed = corpus / SEED.name
    os.utime(seed, ns=(seed.stat().st_atime_ns, seed.stat().st_mtime_ns + 10**9))
    report = update_index(corpus, tmp_path / "index")
    assert report.updated == [] and report.unchanged == 6


def test_a_second_run_while_one_holds_the_lock_is_told_so(corpus, tmp_path, engine):
    from search_app.engines import engine_module
    from search_app.errors import IndexBusy

    index_dir = tmp_path / "index"
    update_index(corpus, index_dir)
    (corpus / SEED.name).write_text(SEED.read_text() + "\n")
    writer = engine_module(engine).writer(index_dir / engine, 1)
    try:
        with pytest.raises(IndexBusy, match="another indexing run is updating this index"):
            update_index(corpus, index_dir)
    finally:
        writer.cancel()
    del writer
    assert update_index(corpus, index_dir).updated == [SEED.name]  # lock released: it runs


def test_writer_workers_die_with_a_killed_run_and_free_the_lock(corpus, tmp_path):
    """SIGKILL to the indexing process alone, while its writer workers run: they must not
    live on holding the index's write lock, or every later run says the index is busy."""
    import os
    import signal
    import subprocess
    import sys
    import time

    index_dir = tmp_path / "index"
    update_index(corpus, index_dir)
    for copy in range(300):
        shutil.copy(corpus / SEED.name, corpus / f"copy-{copy:03d}.txt")
    run = subprocess.Popen(
        [sys.executable, "-m", "search_app.cli", "index", str(corpus), "--index", str(index_dir),
         "--procs", "2"],
        stdout=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not children_of(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = children_of(run.pid)
        assert workers, "the run started no writer workers"
        os.kill(run.pid, signal.SIGKILL)  # the parent only, as an OOM killer or a kill -9 would
        run.wait()
        deadline = time.monotonic() + 10
        while any(os.path.exists(f"/proc/{w}") for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        finished = update_index(corpus, index_dir)
        assert not finished.failed
        assert Searcher(index_dir).search(SearchRequest("exploitation")).total == 301
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)


def test_switching_engine_rebuilds_once_and_is_remembered(corpus, tmp_path):
    """`index --engine tantivy` on a Whoosh index: a full rebuild into the other engine,
    recorded in the manifest, so the next plain run is incremental on the new engine."""
    import json

    index_dir = tmp_path / "index"
    update_index(corpus, index_dir, engine="whoosh")
    before = Searcher(index_dir)
    expected = [hit.id for hit in before.search(SearchRequest("exploitation")).hits]
    switched = update_index(corpus, index_dir, engine="tantivy")
    assert len(switched.added) == 6 and switched.unchanged == 0
    assert json.loads((index_dir / "manifest.json").read_text())["engine"] == "tantivy"
    assert not (index_dir / "whoosh").exists()
    assert before.engine_name == "whoosh"
    assert [hit.id for hit in before.search(SearchRequest("exploitation")).hits] == expected
    assert before.engine_name == "tantivy"  # an open searcher follows the switch
    again = update_index(corpus, index_dir)
    assert again.unchanged == 6 and not again.added
