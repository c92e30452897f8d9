"""Subject areas: micro-F1 of the area assignment against hand labels, and its calibration.

    python benchmarks/areas.py --texts ../realworld-texts [MORE_TEXT_FOLDERS ...] [--calibrate]

`areas.json` holds hand labels (0-3 areas per item, none for procedural items) of real
minutes: each item named by its document's key and its title as parsed; the texts stay
outside the repository (`../shared/realworld/`'s README says how to rebuild them). Items
labelled "calibration" set the weights in `search_app/areas.py` (`--calibrate` searches
them); items labelled "held-out" never did, and their figure is the honest one.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search_app import areas as A  # noqa: E402
from search_app.embedding import load_model  # noqa: E402
from search_app.engines import item_documents  # noqa: E402
from search_app.parse import parse_file  # noqa: E402
from search_app.vectors import item_text  # noqa: E402


def labelled_items(labels: list[dict], folders: list[Path]) -> list[tuple[dict, dict]]:
    """(label, stored item) for every label whose document and title the parser finds."""
    wanted = {label["key"] for label in labels}
    stored = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            if path.stem in wanted:
                for item in item_documents(parse_file(path), path.name):
                    stored.setdefault((path.stem, item.title), item.stored())
    return [(label, stored[label["key"], label["title"]]) for label in labels
            if (label["key"], label["title"]) in stored]  # fmt: skip


def micro_f1(gold: list[set[str]], found: list[set[str]]) -> tuple[float, float, float]:
    hits = sum(len(g & f) for g, f in zip(gold, found, strict=True))
    precision = hits / max(1, sum(len(f) for f in found))
    recall = hits / max(1, sum(len(g) for g in gold))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def predictions(similarity, evidence, procedural, weight, threshold, margin):
    combined = similarity + weight * evidence
    return [set() if skip else set(A.chosen_areas(row, threshold, margin))
            for row, skip in zip(combined, procedural, strict=True)]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", nargs="+", type=Path, default=[ROOT.parent / "realworld-texts"])
    parser.add_argument("--labels", type=Path, default=Path(__file__).with_name("areas.json"))
    parser.add_argument("--calibrate", action="store_true")
    args = parser.parse_args()
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    pairs = labelled_items(labels, args.texts)
    encoder = load_model()
    texts = [item_text(stored) for _, stored in pairs]
    vectors = encoder.encode(texts)
    similarity = vectors @ A.area_vectors(encoder).T
    evidence = np.array([A.word_evidence(t) for t in texts]).reshape(similarity.shape)
    procedural = [bool(stored["procedural"]) for _, stored in pairs]
    gold = [set(label["areas"]) for label, _ in pairs]
    groups = {name: [i for i, (label, _) in enumerate(pairs) if label["group"] == name]
              for name in ("calibration", "held-out")}  # fmt: skip
    print(f"labelled items found: {len(pairs)} of {len(labels)} "
          f"({', '.join(f'{k} {len(v)}' for k, v in groups.items())})")  # fmt: skip

    def f1_of(group, weight, threshold, margin):
        found = predictions(similarity[group], evidence[group],
                            [procedural[i] for i in group], weight, threshold, margin)  # fmt: skip
        return micro_f1([gold[i] for i in group], found)

    if args.calibrate:
        grid = itertools.product([0.0, 0.05, 0.1, 0.15, 0.2], np.arange(0.2, 0.5, 0.025),
                                 [0.03, 0.05, 0.08, 0.12, 0.2])  # fmt: skip
        best = max(grid, key=lambda knobs: f1_of(groups["calibration"], *knobs)[2])
        print(f"calibrated: WORD_WEIGHT {best[0]}, THRESHOLD {best[1]:.3f}, MARGIN {best[2]}")
    knobs = (A.WORD_WEIGHT, A.THRESHOLD, A.MARGIN)
    for name, group in groups.items():
        if group:
            p, r, f = f1_of(group, *knobs)
            print(
                f"{name:12} micro precision {p:.3f} recall {r:.3f} F1 {f:.3f} ({len(group)} items)"
            )
    held = groups["held-out"] or groups["calibration"]
    found = predictions(similarity[held], evidence[held], [procedural[i] for i in held],
                        *knobs)  # fmt: skip
    for area in A.AREA_NAMES:
        g = [area in gold[i] for i in held]
        f = [area in x for x in found]
        tp = sum(a and b for a, b in zip(g, f, strict=True))
        if sum(g) or sum(f):
            print(f"  {area:32} labelled {sum(g):3}  found {sum(f):3}  right {tp:3}")


if __name__ == "__main__":
    main()
