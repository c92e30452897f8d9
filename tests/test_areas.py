"""Subject areas: the same vocabulary of topics for every council, from meaning and words."""

from __future__ import annotations

import numpy as np
import pytest

from search_app.areas import (
    AREA_NAMES,
    MAX_AREAS,
    Probe,
    area_scores,
    assign_areas,
    chosen_areas,
    probe,
    scope_phrases,
    word_evidence,
)
from search_app.embedding import DIMENSIONS, load_model


def test_scope_phrases_are_the_words_an_item_must_all_contain():
    roads = scope_phrases()[AREA_NAMES.index("Roads and transport")]
    assert frozenset({"road", "repair"}) in roads and frozenset({"park"}) in roads
    licensing = scope_phrases()[AREA_NAMES.index("Licensing")]
    assert (
        frozenset({"taxi"}) in licensing and frozenset({"licenc"}) in licensing
    )  # "other" dropped


def test_word_evidence_counts_whole_phrases_only():
    evidence = word_evidence("Road repairs on Mill Lane; parking bays repainted.")
    assert evidence[AREA_NAMES.index("Roads and transport")] == 2  # capped at two phrases
    assert word_evidence("The repairs were done.")[AREA_NAMES.index("Roads and transport")] == 0


def test_areas_are_the_best_few_above_the_threshold():
    scores = np.zeros(len(AREA_NAMES))
    assert chosen_areas(scores) == []  # about nothing in the vocabulary
    scores[[0, 1, 2, 3]] = [0.6, 0.58, 0.57, 0.56]
    assert chosen_areas(scores, threshold=0.3, margin=0.1) == list(AREA_NAMES[:MAX_AREAS])
    assert chosen_areas(scores, threshold=0.3, margin=0.015) == [AREA_NAMES[0]]


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Taxi Fares. The council agreed to raise hackney carriage fares by eight per cent.",
         "Licensing"),
        ("Application 23/0456/FUL: erection of two dwellings at Orchard Farm. Members refused "
         "planning permission.", "Planning and building"),
        ("Precept 2024/25. The council set its precept and agreed the budget for the year.",
         "Finance and budget"),
        ("Road Surface on Mill Street. Residents reported holes in the road; the county will "
         "patch the worst of the damage.", "Roads and transport"),
    ],
)  # fmt: skip
def test_items_get_the_area_a_reader_would_give_them(model, text, area):
    (areas,) = assign_areas(model, model.encode([text]), [text], [False])
    assert areas[0] == area


def test_procedural_items_get_no_area(model):
    text = "Apologies for Absence. Apologies were received from Councillor Pryce."
    assert assign_areas(model, model.encode([text]), [text], [True]) == [[]]


def test_the_shipped_probe_weighs_every_area():
    shipped = probe()
    assert shipped.vector_weights.shape == (len(AREA_NAMES), DIMENSIONS)
    assert shipped.bias.shape == shipped.phrase_weights.shape == (len(AREA_NAMES),)
    assert np.isfinite(shipped.vector_weights).all()


def test_a_probe_saved_is_the_probe_loaded(tmp_path):
    shipped = probe()
    shipped.save(tmp_path / "probe.npz")
    with np.load(tmp_path / "probe.npz") as saved:
        assert np.array_equal(saved["vector_weights"], shipped.vector_weights)
        assert np.array_equal(saved["bias"], shipped.bias)


def test_the_probe_outweighs_the_description(model):
    """A probe sure of one area (a large bias) decides, whatever the text's words say."""
    areas = len(AREA_NAMES)
    bias = np.full(areas, -20.0, dtype=np.float32)
    bias[AREA_NAMES.index("Faith and worship")] = 20.0
    zeros = np.zeros(areas, dtype=np.float32)
    sure = Probe(np.zeros((areas, DIMENSIONS), dtype=np.float32), zeros, zeros, bias)
    text = "Taxi Fares. The council agreed to raise hackney carriage fares."
    (scores,) = area_scores(model, model.encode([text]), [text], sure)
    assert chosen_areas(scores) == ["Faith and worship"]
