"""The index's embedding stage: incremental, engine-independent and crash-safe."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from search_app.areas import AREA_NAMES
from search_app.facets import FacetFilters
from search_app.index import update_index
from search_app.search import Searcher, SearchRequest
from search_app.vectors import FOLDER, embed_index, load_vectors, read_pointer
from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.usefixtures("engine")  # the contract: both engines
MEANING = FIXTURES / "meaning"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(MEANING, folder)
    return folder


def indexed(corpus, index_dir):
    report = update_index(corpus, index_dir)
    assert not report.failed
    return report


def test_every_item_gets_a_vector_after_the_keyword_commit(corpus, tmp_path):
    index_dir = tmp_path / "index"
    indexed(corpus, index_dir)
    assert load_vectors(index_dir) is None  # keyword search first; meaning catches up
    report = embed_index(index_dir)
    vectors = load_vectors(index_dir)
    assert report.embedded == report.total == len(vectors) == 11
    assert "fernbrook-town-council-2023-06-14--2" in vectors.ids
    stored = np.load(next((index_dir / FOLDER).glob("*.npy")))
    assert stored.dtype == np.float16  # compact on disk
    assert np.allclose(np.linalg.norm(vectors.matrix, axis=1), 1.0, atol=1e-2)


def test_a_second_run_embeds_only_what_changed_and_drops_what_went(corpus, tmp_path):
    index_dir = tmp_path / "index"
    indexed(corpus, index_dir)
    embed_index(index_dir)
    assert embed_index(index_dir).embedded == 0
    before = load_vectors(index_dir)
    changed = corpus / "fernbrook-town-council-2021-09-08.txt"
    changed.write_text(changed.read_text().replace("six hundred", "nine hundred"))
    (corpus / "fernbrook-town-council-2023-06-14.txt").unlink()
    indexed(corpus, index_dir)
    report = embed_index(index_dir)
    assert report.embedded == 1  # the Christmas lights item, whose text changed
    assert report.dropped == 4 + 1  # the deleted meeting's items, and the changed item's old vector
    after = load_vectors(index_dir)
    assert len(after) == 7 and not any("2023-06-14" in i for i in after.ids)
    kept = "ashcombe-community-safety-2022-03-10--2"
    assert np.array_equal(after.vector(kept), before.vector(kept))


def test_the_engine_holds_each_items_subject_areas_for_the_topic_facet(corpus, tmp_path):
    index_dir = tmp_path / "index"
    indexed(corpus, index_dir)
    report = embed_index(index_dir)
    vectors = load_vectors(index_dir)
    about_something = [i for i in vectors.ids if vectors.areas_of(i)]
    assert report.areas_written == len(about_something) > 0
    searcher = Searcher(index_dir)
    for item_id in vectors.ids:
        assert searcher.item(item_id).areas == vectors.areas_of(item_id)
    everything = searcher.search(SearchRequest("", FacetFilters.of(include_procedural=True)))
    topics = {value.value: value.count for value in everything.facets["topic"]}
    assert set(topics) <= set(AREA_NAMES) and sum(topics.values()) >= len(about_something)
    assert embed_index(index_dir).areas_written == 0  # nothing changed: nothing written
    changed = corpus / "fernbrook-town-council-2021-09-08.txt"
    changed.write_text(changed.read_text().replace("six hundred", "nine hundred"))
    indexed(corpus, index_dir)  # the file's items are indexed again, areas not yet known
    embed_index(index_dir)
    again, vectors = Searcher(index_dir), load_vectors(index_dir)
    for item_id in vectors.ids:
        assert again.item(item_id).areas == vectors.areas_of(item_id)


def test_vectors_survive_a_switch_of_engine(corpus, tmp_path, engine):
    """Vectors belong to items, not to an engine: a rebuild with the other engine keeps them."""
    index_dir = tmp_path / "index"
    indexed(corpus, index_dir)
    embed_index(index_dir)
    other = "tantivy" if engine == "whoosh" else "whoosh"
    update_index(corpus, index_dir, engine=other)
    assert embed_index(index_dir).embedded == 0


CRASHING_RUN = """
import os, signal, sys
from pathlib import Path
import search_app.vectors as vectors
vectors.CHECKPOINT_ITEMS = 2
vectors.PROGRESS_ITEMS = 2
pointers = 0
real_replace = os.replace
def replace(source, target):
    global pointers
    pointers += 1
    if pointers == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)  # killed with the new generation half written
    real_replace(source, target)
vectors.os.replace = replace
vectors.embed_index(Path(sys.argv[1]))
"""


def run_until_killed(index_dir, at_pointer: int) -> int:
    script = textwrap.dedent(CRASHING_RUN)
    run = subprocess.run([sys.executable, "-c", script, str(index_dir), str(at_pointer)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)  # fmt: skip
    return run.returncode


def test_a_run_killed_midway_leaves_the_previous_vectors_and_the_next_resumes(corpus, tmp_path):
    index_dir = tmp_path / "index"
    indexed(corpus, index_dir)
    assert run_until_killed(index_dir, at_pointer=1) == -signal.SIGKILL
    assert load_vectors(index_dir) is None  # nothing was ever committed: nothing half-read
    assert run_until_killed(index_dir, at_pointer=3) == -signal.SIGKILL
    saved = load_vectors(index_dir)
    assert len(saved) == 4 and read_pointer(index_dir)["generation"] == 2  # two checkpoints
    report = embed_index(index_dir)
    assert report.kept == 4 and report.embedded == 7  # resumed where it stopped
    assert len(load_vectors(index_dir)) == 11
    assert sorted(p.name for p in (index_dir / FOLDER).iterdir()) == [
        "3.json", "3.npy", "current.json", "lock"
    ]  # fmt: skip


def test_the_stage_gives_each_item_its_subject_areas(corpus, tmp_path):
    index_dir = tmp_path / "index"
    indexed(corpus, index_dir)
    embed_index(index_dir)
    vectors = load_vectors(index_dir)
    assert "Licensing" in vectors.areas_of("fernbrook-town-council-2023-06-14--2")  # taxi fares
    assert vectors.areas_of("fernbrook-town-council-2023-06-14--1") == []  # apologies
