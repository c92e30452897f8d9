"""Decisions: how well the parser tells which items decided something; training the words
model it weighs items by (`search_app/parse/decision_terms.json`).

    python benchmarks/decisions.py SET [SET ...] [--train]

A SET is a folder of minutes texts with a `truth.json` in the shape of
`../shared/realworld/truth.json`, or `FOLDER=TRUTH_FILE` when the truth lives apart (the
development set: `../realworld-texts=../shared/realworld/truth.json`). The parser's items
are matched to the truth's as `../shared/realworld/score.py` matches them, and an item
decided something when the truth lists it in `decisions_in`.

Without `--train`: for the matched items, precision and recall of "decided" by the
patterns alone and by the patterns with the words model, per set and pooled. The patterns
alone are `recorded_decisions` on the item's paragraphs (a "Decision:" block the page's
markup labels is not in a text set).

`--train` fits the model on every set: the words minutes write in lower case in at least
MIN_DOCUMENTS documents, and the word pairs in as many, a name or other uncommon word read
as "_". The regularisation is chosen by leave-one-set-out cross-validation (each set's
items weighed by a model trained on the others). The threshold is `--threshold`, not
chosen here: the patterns were written against these very sets, so what the words add
here is mostly what the patterns rightly left out, while on sets nobody fitted anything
to, what they add at 0.8 was right every time (the README has the figures).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.fitting import logistic  # noqa: E402
from benchmarks.realworld import load_scorer, read_set  # noqa: E402
from search_app.parse import parse_file  # noqa: E402
from search_app.parse.decisions import (  # noqa: E402
    NAME,
    TERMS_FILE,
    WORD,
    DecisionTerms,
    mentions_a_decision,
    recorded_decisions,
)

MIN_DOCUMENTS = 10
L2_CHOICES = (1.0, 3.0, 10.0, 30.0)


@dataclass
class Example:
    set_name: str
    document: str
    text: str  # the item's title and body
    decided: bool  # by the truth
    recorded: bool  # by the patterns alone


def examples(set_arg: str, scorer) -> list[Example]:
    folder, truth = read_set(set_arg)
    out = []
    for key, want in truth.items():
        path = folder / f"{key}.txt"
        if not path.exists():
            continue
        items = parse_file(path).items
        decided = {scorer.norm_number(d) for d in want.get("decisions_in", [])}
        decided |= {scorer.norm_title(d) for d in want.get("decisions_in", [])}
        used: set[int] = set()
        for number, title in want["items"]:
            found = next((n for n, item in enumerate(items) if n not in used and (
                (number and scorer.norm_number(item.number) == scorer.norm_number(number))
                or scorer.norm_title(item.title) == scorer.norm_title(title))), None)  # fmt: skip
            if found is None:
                continue
            used.add(found)
            item = items[found]
            label = scorer.norm_number(number) in decided if number else False
            label = label or scorer.norm_title(title) in decided
            recorded = recorded_decisions(item.title, item.body.split("\n\n"), [])
            text = f"{item.title}\n{item.body}"
            out.append(Example(folder.name, key, text, label, bool(recorded)))
    return out


def common_words(rows: list[Example]) -> set[str]:
    """Words written in lower case in MIN_DOCUMENTS documents or more: not names."""
    documents = defaultdict(set)
    for row in rows:
        for word in re.findall(r"\b[a-z]{2,}\b", row.text):
            documents[word].add((row.set_name, row.document))
    return {word for word, seen in documents.items() if len(seen) >= MIN_DOCUMENTS}


def terms_of(text: str, vocabulary: set[str]) -> set[str]:
    """As `DecisionTerms.terms` reads a text, with the vocabulary still being chosen."""
    words = [w.lower() for w in WORD.findall(text)]
    words = [w if w in vocabulary else NAME for w in words]
    return {*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))}


def fit(rows: list[Example], l2: float, threshold: float) -> DecisionTerms:
    vocabulary = common_words(rows)
    terms = [terms_of(row.text, vocabulary) for row in rows]
    documents = defaultdict(set)
    for row, found in zip(rows, terms, strict=True):
        for term in found:
            documents[term].add((row.set_name, row.document))
    features = sorted(
        term for term, seen in documents.items() if len(seen) >= MIN_DOCUMENTS and term != NAME
    )
    column = {term: n for n, term in enumerate(features)}
    matrix = np.zeros((len(rows), len(features)))
    for n, found in enumerate(terms):
        matrix[n, [column[t] for t in found if t in column]] = 1.0
    weights = logistic(matrix, np.array([row.decided for row in rows], dtype=float), l2)
    return DecisionTerms(
        {term: round(float(w), 4) for term, w in zip(features, weights[:-1], strict=True)},
        round(float(weights[-1]), 4),
        threshold,
    )


def precision_recall(found: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    hits = float((found & gold).sum())
    precision, recall = hits / max(1, found.sum()), hits / max(1, gold.sum())
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def added_precision(rows: list[Example], probabilities: np.ndarray, threshold: float) -> float:
    """How often an item the words add (the patterns found nothing) did decide something."""
    added = [row.decided for row, p in zip(rows, probabilities, strict=True)
             if p >= threshold and not row.recorded]  # fmt: skip
    return sum(added) / len(added) if added else 1.0


def figures(rows: list[Example], probabilities: np.ndarray, threshold: float) -> str:
    gold = np.array([bool(row.decided) for row in rows], dtype=bool)
    recorded = np.array([bool(row.recorded) for row in rows], dtype=bool)
    alone = "P {:.2f} R {:.2f} F1 {:.3f}".format(*precision_recall(recorded, gold))
    both = "P {:.2f} R {:.2f} F1 {:.3f}".format(
        *precision_recall(recorded | (probabilities >= threshold), gold)
    )
    added = added_precision(rows, probabilities, threshold)
    return (f"{len(rows):4} items, {gold.sum():3} decided | patterns {alone} | "
            f"with words {both} (added right {added:.2f})")  # fmt: skip


def weighed_probability(model: DecisionTerms, text: str) -> float:
    """As the parser weighs an item: only one that mentions a decision's word at all."""
    return model.probability(text) if mentions_a_decision(text) else 0.0


def cross_validated(rows: list[Example], l2: float) -> np.ndarray:
    """Each set's probabilities by a model trained on the other sets."""
    out = np.zeros(len(rows))
    for name in sorted({row.set_name for row in rows}):
        test = [n for n, row in enumerate(rows) if row.set_name == name]
        model = fit([row for row in rows if row.set_name != name], l2, 0.5)
        out[test] = [weighed_probability(model, rows[n].text) for n in test]
    return out


def train(rows: list[Example], threshold: float) -> None:
    gold = np.array([bool(row.decided) for row in rows], dtype=bool)
    recorded = np.array([bool(row.recorded) for row in rows], dtype=bool)
    best = (-1.0, L2_CHOICES[-1])
    for l2 in L2_CHOICES:
        probabilities = cross_validated(rows, l2)
        found = recorded | (probabilities >= threshold)
        print(f"l2 {l2:5}: {figures(rows, probabilities, threshold)}")
        best = max(best, (precision_recall(found, gold)[2], l2))
    model = fit(rows, best[1], threshold)
    TERMS_FILE.write_text(
        json.dumps(
            {"bias": model.bias, "threshold": threshold, "weights": model.weights},
            indent=0,
            sort_keys=True,
        )
        + "\n",  # fmt: skip
        encoding="utf-8",
    )
    print(f"chosen l2 {best[1]}; {len(model.weights)} terms -> {TERMS_FILE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", help="FOLDER or FOLDER=TRUTH_FILE")
    parser.add_argument("--train", action="store_true")
    parser.add_argument("--threshold", type=float, default=0.8, help="with --train")
    args = parser.parse_args()
    scorer = load_scorer()
    rows = [row for set_arg in args.sets for row in examples(set_arg, scorer)]
    if args.train:
        train(rows, args.threshold)
        return
    model = DecisionTerms.load()
    probabilities = np.array([weighed_probability(model, row.text) for row in rows])
    for name in dict.fromkeys(row.set_name for row in rows):
        picked = [n for n, row in enumerate(rows) if row.set_name == name]
        subset = [rows[n] for n in picked]
        print(f"{name:20} {figures(subset, probabilities[picked], model.threshold)}")
    print(f"{'pooled':20} {figures(rows, probabilities, model.threshold)}")


if __name__ == "__main__":
    main()
