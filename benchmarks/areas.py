"""Subject areas: micro-F1 of the area assignment against hand labels; training its probe.

    python benchmarks/areas.py --texts ../realworld-texts [MORE_TEXT_FOLDERS ...] [--train]

`areas.json` holds hand labels (0-3 areas per item, none for procedural items) of real
minutes: each item named by its document's key and its title as parsed, with the set it
came from; the texts stay outside the repository (`../shared/realworld/`'s README says how
to rebuild the development set; the blind sets were gathered by helpers). Items labelled
"calibration" train the probe and choose the constants in `search_app/areas.py`; items
labelled "held-out" never did, and their figure is the honest one.

`--train` fits the probe on the calibration items, chooses PROBE_SHARE, THRESHOLD and
MARGIN by cross-validation across the calibration sets (each set's items predicted by a
probe trained on the other sets), writes `search_app/areas_model.npz` and prints the
constants to put in `areas.py`. Without it, the shipped probe and constants are scored.

`areas_second.json` holds a second annotator's labels of the held-out items, made without
seeing the first's: how far the two agree (micro-F1 of one against the other) is the
ceiling a model can be asked to reach on these labels, and is printed beside the probe's
figure against each.
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

from benchmarks.fitting import logistic  # noqa: E402
from search_app import areas as A  # noqa: E402
from search_app.embedding import load_model  # noqa: E402
from search_app.engines import item_documents  # noqa: E402
from search_app.parse import parse_file  # noqa: E402
from search_app.vectors import item_text  # noqa: E402

L2 = 1.0  # the probe's regularisation (inverse of scikit-learn's C); chosen by the same CV


def labelled_items(labels: list[dict], folders: list[Path]) -> list[tuple[dict, dict]]:
    """(label, stored item) for every label whose document and title the parser finds and
    does not call procedural (procedural items get no area whatever the probe says)."""
    wanted = {label["key"] for label in labels}
    stored = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            if path.stem in wanted:
                for item in item_documents(parse_file(path), path.name):
                    stored.setdefault((path.stem, item.title), item.stored())
    found = [(label, stored.get((label["key"], label["title"]))) for label in labels]
    return [(label, item) for label, item in found if item and not item["procedural"]]


def micro_f1(gold: np.ndarray, found: np.ndarray) -> tuple[float, float, float]:
    hits = float((gold * found).sum())
    precision, recall = hits / max(1, found.sum()), hits / max(1, gold.sum())
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def chosen(scores: np.ndarray, threshold: float, margin: float) -> np.ndarray:
    """(items, areas) 0/1: what `areas.chosen_areas` gives each row."""
    out = np.zeros_like(scores)
    for row, item_scores in enumerate(scores):
        for area in A.chosen_areas(item_scores, threshold, margin):
            out[row, A.AREA_NAMES.index(area)] = 1
    return out


def fit_probe(vectors, evidence, similarity, gold, l2: float = L2) -> A.Probe:
    weights = [
        logistic(np.hstack([vectors, evidence[:, [a]], similarity[:, [a]]]), gold[:, a], l2)
        for a in range(len(A.AREA_NAMES))
    ]
    w = np.array(weights, dtype=np.float32)
    dims = vectors.shape[1]
    return A.Probe(w[:, :dims], w[:, dims], w[:, dims + 1], w[:, dims + 2])


def cross_validated(vectors, evidence, similarity, gold, sets, rows, l2) -> np.ndarray:
    """The probe's probabilities for `rows`, each set's by a probe trained on the others."""
    out = np.zeros((len(rows), len(A.AREA_NAMES)))
    for name in sorted({sets[i] for i in rows}):
        test = [n for n, i in enumerate(rows) if sets[i] == name]
        train = [i for i in rows if sets[i] != name]
        probe = fit_probe(vectors[train], evidence[train], similarity[train], gold[train], l2)
        picked = [rows[n] for n in test]
        out[test] = probe.probabilities(vectors[picked], evidence[picked], similarity[picked])
    return out


def print_agreement(second: Path, pairs: list, group: list[int], gold, found) -> None:
    """The second annotator against the first, and the probe against each, on the held-out
    items both labelled."""
    if not second.exists():
        return
    theirs = {(r["key"], r["title"]): r["areas"] for r in json.loads(second.read_text("utf-8"))}
    named = [(pairs[i][0]["key"], pairs[i][0]["title"]) for i in group]
    both = [n for n, name in enumerate(named) if name in theirs]
    other = np.array([[area in theirs[named[n]] for area in A.AREA_NAMES] for n in both],
                     dtype=np.float64)  # fmt: skip
    first, probe_found = gold[[group[n] for n in both]], found[both]
    print(f"{'':12} agreement on {len(both)} items: second annotator against the first "
          f"F1 {micro_f1(first, other)[2]:.3f}; the probe against the second "
          f"F1 {micro_f1(other, probe_found)[2]:.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", nargs="+", type=Path, default=[ROOT.parent / "realworld-texts"])
    parser.add_argument("--labels", type=Path, default=Path(__file__).with_name("areas.json"))
    parser.add_argument("--train", action="store_true")
    second = Path(__file__).with_name("areas_second.json")
    parser.add_argument("--second", type=Path, default=second)
    args = parser.parse_args()
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    pairs = labelled_items(labels, args.texts)
    encoder = load_model()
    texts = [item_text(stored) for _, stored in pairs]
    vectors = encoder.encode(texts)
    similarity = vectors @ A.area_vectors(encoder).T
    evidence = np.array([A.word_evidence(t) for t in texts]).reshape(similarity.shape)
    gold = np.array([[area in label["areas"] for area in A.AREA_NAMES] for label, _ in pairs],
                    dtype=np.float64)  # fmt: skip
    sets = [label.get("set", label["group"]) for label, _ in pairs]
    groups = {name: [i for i, (label, _) in enumerate(pairs) if label["group"] == name]
              for name in ("calibration", "held-out")}  # fmt: skip
    print(f"labelled items found (not procedural): {len(pairs)} of {len(labels)} labels "
          f"({', '.join(f'{k} {len(v)}' for k, v in groups.items())})")  # fmt: skip
    share, threshold, margin = A.PROBE_SHARE, A.THRESHOLD, A.MARGIN
    probe = None if args.train else A.probe()
    calibration = groups["calibration"]
    if args.train:
        best = (-1.0,)
        for l2 in (0.3, 1.0, 3.0):
            learned = cross_validated(vectors, evidence, similarity, gold, sets, calibration, l2)
            for knobs in itertools.product([0.5, 0.7, 0.85, 1.0], np.arange(0.2, 0.8, 0.05),
                                           [0.1, 0.2, 0.3]):  # fmt: skip
                mix = A.combined_scores(
                    learned, similarity[calibration], evidence[calibration], knobs[0]
                )
                f1 = micro_f1(gold[calibration], chosen(mix, *knobs[1:]))[2]
                best = max(best, (f1, l2, *knobs))
        f1, l2, share, threshold, margin = best
        print(f"cross-validated on the calibration sets: F1 {f1:.3f} with L2 {l2}, "
              f"PROBE_SHARE {share}, THRESHOLD {threshold:.2f}, MARGIN {margin}")  # fmt: skip
        c = calibration
        probe = fit_probe(vectors[c], evidence[c], similarity[c], gold[c], l2)
        probe.save(A.PROBE_FILE)
        print(f"wrote {A.PROBE_FILE.relative_to(ROOT)}; put these constants in areas.py")
    described = similarity + A.WORD_WEIGHT * evidence
    base = max(
        itertools.product(np.arange(0.2, 0.5, 0.025), [0.03, 0.05, 0.08, 0.12, 0.2]),
        key=lambda k: micro_f1(gold[calibration], chosen(described[calibration], *k))[2],
    )
    for name, group in groups.items():
        if not group:
            continue
        learned = probe.probabilities(vectors[group], evidence[group], similarity[group])
        found = chosen(
            A.combined_scores(learned, similarity[group], evidence[group], share), threshold, margin
        )
        p, r, f = micro_f1(gold[group], found)
        print(f"{name:12} micro precision {p:.3f} recall {r:.3f} F1 {f:.3f} ({len(group)} items)")
        zero = micro_f1(gold[group], chosen(described[group], *base))[2]
        print(f"{'':12} baseline, descriptions alone (threshold {base[0]:.3f} and margin "
              f"{base[1]} chosen on the calibration items): F1 {zero:.3f}")  # fmt: skip
        if name == "held-out":
            print_agreement(args.second, pairs, group, gold, found)
            for a, area in enumerate(A.AREA_NAMES):
                labelled, got = int(gold[group, a].sum()), int(found[:, a].sum())
                right = int((gold[group, a] * found[:, a]).sum())
                if labelled or got:
                    print(f"  {area:32} labelled {labelled:3}  found {got:3}  right {right:3}")


if __name__ == "__main__":
    main()
