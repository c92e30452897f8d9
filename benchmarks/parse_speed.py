"""Benchmark: parsing speed (items per second), against an earlier version of the parser.

    python benchmarks/parse_speed.py [--items 5000] [--rounds 3] [--baseline 68e7c2b]

Both parsers read the same synthetic minutes (benchmarks/bench.py writes them: real
sentences, ~10 numbered items a meeting) plus the bundled corpus, in alternating
rounds in one run, each in its own process; the figure is the median rate. The
baseline is the parser as it was at a git commit (by default the last one before the
"never lose a document" work), extracted with `git archive` into a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import generate_corpus  # noqa: E402

# Run in a child process whose sys.path starts at one version of search_app.
CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from search_app.parse import parse_file
files = [Path(p) for p in json.loads(Path(sys.argv[2]).read_text())]
started, items, failed = time.perf_counter(), 0, 0
for path in files:
    try:
        items += len(parse_file(path).items)
    except Exception:
        failed += 1
print(json.dumps({"items": items, "failed": failed, "seconds": time.perf_counter() - started}))
"""


def baseline_tree(commit: str, into: Path) -> Path:
    """search_app as it was at `commit`, unpacked under `into`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "search_app"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def run(tree: Path, file_list: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(file_list)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", default="68e7c2b", help="Git commit of the baseline parser.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        corpus = generate_corpus(folder / "corpus", args.items).corpus
        files = sorted(corpus.iterdir()) + sorted(
            p for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".html", ".pdf")
        )
        file_list = folder / "files.json"
        file_list.write_text(json.dumps([str(p) for p in files]))
        trees = {"this parser": ROOT, f"parser at {args.baseline}": baseline_tree(
            args.baseline, folder / "baseline"
        )}  # fmt: skip
        rates: dict[str, list[float]] = {name: [] for name in trees}
        counts: dict[str, dict] = {}
        for _ in range(args.rounds):
            for name, tree in trees.items():
                outcome = run(tree, file_list)
                rates[name].append(outcome["items"] / outcome["seconds"])
                counts[name] = outcome
    print(f"{len(files)} files, {args.rounds} rounds each, median rate")
    medians = {name: statistics.median(values) for name, values in rates.items()}
    for name, rate in medians.items():
        print(
            f"  {name:28} {rate:8.0f} items/s  ({counts[name]['items']} items, "
            f"{counts[name]['failed']} files refused)"
        )
    ours, theirs = medians.values()
    print(f"  ratio (this / baseline): {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
