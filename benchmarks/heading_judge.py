"""Benchmark: can a learned judge choose item headings better than the parser's own rules?

    python benchmarks/heading_judge.py SET [SET ...] [--l2 1.0]

A SET is a folder of minutes texts with a `truth.json` in the shape of
`../shared/realworld/truth.json`, or `FOLDER=TRUTH_FILE` (the development set:
`../realworld-texts=../shared/realworld/truth.json`). Give several: the judge is measured
leave-one-set-out, each set's candidates weighed by a model trained on the others.

Every line the segmenter weighs as a heading is a candidate: the numbered candidates, the
title lines it keeps and those it finds too weak. A candidate is true when it is an item
of the truth (`score.py`'s rules for number and title). The judge is a logistic regression
(`fitting.logistic`) over the parser's own choice, evidence and reasons, the scheme it
chose, the shape of the line and of the next one, and (`words` variant) the title's words.
Printed: precision and recall over the truth's items of the parser's choice and of the
judge's, and of the judge used only to veto a chosen heading or to add a rejected one.
The texts stay outside the repository; only this script and its figures are kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.fitting import logistic  # noqa: E402
from benchmarks.realworld import load_scorer, read_set  # noqa: E402
from search_app.parse import READERS, detect_format  # noqa: E402
from search_app.parse.lines import remove_page_furniture, wrap_width  # noqa: E402
from search_app.parse.numbered import heading_candidates  # noqa: E402
from search_app.parse.segment import read_structure  # noqa: E402
from search_app.parse.unnumbered import unnumbered_headings, wrap_margin  # noqa: E402

WORD = re.compile(r"[a-z]+")
WEIGHT = re.compile(r"^[+-]?\d+\.\d\s*")  # "+0.5 short and capitalised": the reason alone


@dataclass
class Candidate:
    set_name: str
    features: dict[str, float]
    chosen: bool
    label: int  # 1 an item of the truth, 2 one of its optional sub-items, 0 neither


def shape(prefix: str, text: str) -> dict[str, float]:
    """How a line is printed: capitals, title case, its last mark, its length in words."""
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) / max(1, len(letters))
    size = next(s for s, most in (("1", 1), ("2-3", 3), ("4-7", 7), ("8-12", 12), ("13+", 10**6))
                if len(words) <= most)  # fmt: skip
    mark = text[-1:] if text[-1:] in ".:;,?)" else "other"
    return {
        f"{prefix}capitals": float(capitals > 0.8),
        f"{prefix}title case": float(sum(w[:1].isupper() for w in words) > 0.6 * len(words)),
        f"{prefix}ends {mark}": 1.0,
        f"{prefix}words {size}": 1.0,
    }


def features(heading, texts: list[str], index: int, chosen: bool, scheme: str, words: bool) -> dict:
    following = next((t for t in texts[index + 1 :] if t.strip()), "")
    found = {
        "chosen": float(chosen),
        "evidence": max(-2.0, min(3.0, heading.evidence.score)),
        "numbered": float(bool(heading.number)),
        "listed": float(heading.evidence.listed),
        "blank before": float(index > 0 and not texts[index - 1].strip()),
        "blank after": float(index + 1 < len(texts) and not texts[index + 1].strip()),
        f"position {min(4, 5 * index // max(1, len(texts)))}": 1.0,
        f"scheme {scheme}": 1.0,
        **{f"why {WEIGHT.sub('', reason)[:40]}": 1.0 for reason in heading.evidence.reasons},
        **shape("", heading.title or texts[index]),
        **shape("next ", following),
    }
    if heading.number:
        found[f"number {re.sub(r'[A-Za-z]', 'a', re.sub(r'[0-9]+', '9', heading.number))[:8]}"] = 1
    if words:
        title_words = WORD.findall(heading.title.lower())
        found |= {f"word {w}": 1.0 for w in title_words[:8]}
        found |= {f"first {w}": 1.0 for w in title_words[:1]}
    return found


def candidates(set_arg: str, scorer, words: bool) -> tuple[list[Candidate], int]:
    """Every heading candidate of a set's texts, and how many items its truth lists."""
    folder, truth = read_set(set_arg)
    found, items = [], 0
    for key, want in truth.items():
        path = folder / f"{key}.txt"
        if not path.exists():
            continue
        items += len(want["items"])
        data = path.read_bytes()
        source = READERS[detect_format(str(path), data)](data, str(path))
        width = wrap_width(source)
        lines = remove_page_furniture(source.lines)
        if any(line.heading for line in lines):
            continue  # the page's markup names its headings: nothing to judge
        lines, scheme, headings, _, _ = read_structure(lines, width)
        numbered = heading_candidates(lines, width)
        too_weak: list = []
        titles = unnumbered_headings(lines, numbered, wrap_margin(lines, width), too_weak)
        weighed = {h.index: h for h in too_weak + numbered + titles} | {
            h.index: h for h in headings
        }
        chosen = {h.index for h in headings}
        texts = [line.text for line in lines]  # once a document, not once a candidate
        wanted = want["items"] + want.get("optional", [])
        used: set[int] = set()
        for index in sorted(weighed, key=lambda i: (i not in chosen, i)):
            heading = weighed[index]
            match = next(
                (j for j, (number, title) in enumerate(wanted)
                 if j not in used and scorer.number_ok(heading.number, number)
                 and scorer.title_ok(heading.title, title)),
                None,
            )  # fmt: skip
            used |= {match} if match is not None else set()
            label = 0 if match is None else 1 if match < len(want["items"]) else 2
            row = features(heading, texts, index, index in chosen, scheme, words)
            found.append(Candidate(set_arg, row, index in chosen, label))
    return found, items


def precision_recall(rows: list[Candidate], taken: np.ndarray, items: int) -> str:
    right = sum(1 for row, t in zip(rows, taken, strict=True) if t and row.label == 1)
    optional = sum(1 for row, t in zip(rows, taken, strict=True) if t and row.label == 2)
    precision = right / max(1, int(taken.sum()) - optional)
    recall = right / max(1, items)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"


def judged(rows: list[Candidate], l2: float) -> np.ndarray:
    """Each candidate's probability from a model trained on the other sets."""
    probabilities = np.zeros(len(rows))
    for name in sorted({row.set_name for row in rows}):
        train = [row for row in rows if row.set_name != name]
        names = sorted({key for row in train for key in row.features})
        column = {key: i for i, key in enumerate(names)}

        def matrix(part: list[Candidate], column=column) -> np.ndarray:
            out = np.zeros((len(part), len(column)))
            for r, row in enumerate(part):
                for key, value in row.features.items():
                    if key in column:
                        out[r, column[key]] = value
            return out

        target = np.array([row.label >= 1 for row in train], dtype=float)
        weights = logistic(matrix(train), target, l2)
        test = [i for i, row in enumerate(rows) if row.set_name == name]
        scores = matrix([rows[i] for i in test]) @ weights[:-1] + weights[-1]
        probabilities[test] = 1 / (1 + np.exp(-scores))
    return probabilities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", help="FOLDER or FOLDER=TRUTH_FILE")
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    scorer = load_scorer()
    for words in (False, True):
        rows, items = [], 0
        for set_arg in args.sets:
            found, counted = candidates(set_arg, scorer, words)
            rows += found
            items += counted
        chosen = np.array([row.chosen for row in rows])
        probability = judged(rows, args.l2)
        variant = "with the title's words" if words else "without words"
        print(f"{len(rows)} candidates, {sum(r.label == 1 for r in rows)} true, {items} items")
        print(f"  the parser's choice          {precision_recall(rows, chosen, items)}")
        print(f"  judge, {variant:22} {precision_recall(rows, probability >= 0.5, items)}")
        for low, high in ((0.2, 0.9), (0.3, 0.95)):
            taken = np.where(chosen, probability >= low, probability >= high)
            label = f"veto < {low}, add >= {high}"
            print(f"  judge, {label:22} {precision_recall(rows, taken, items)}")


if __name__ == "__main__":
    main()
