"""Benchmark: does the parser stay linear on any line of real-looking minutes repeated?

    python benchmarks/parse_repeated_lines.py [--lines 100] [--seed 7] [--size 80000]

`parse_hostile.py` repeats a fixed list of tokens; this one draws lines from the bundled
corpus and the test fixtures (the shapes minutes take), repeats each (as one line, and as
many lines) to a quarter of `--size` and to `--size` characters, and prints every run that
took more than 6x as long for 4x the text, with the worst ratio last. Quadratic patterns
hide in what a line holds (a date, an initial, a body's name), so sampling real lines finds
ones a list of tokens does not.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.parse_hostile import parse_seconds  # noqa: E402

SOURCES = [ROOT / "corpus", ROOT / "tests" / "fixtures"]
SUFFIXES = (".txt", ".html")
SUSPECT_RATIO = 6.0  # 4x the text in more than 6x the time: worse than linear


def sample_lines(count: int, seed: int) -> list[str]:
    """Distinct lines of 3 to 80 characters from the corpus and the fixtures."""
    lines = set()
    for folder in SOURCES:
        for path in sorted(folder.rglob("*")):
            if path.suffix in SUFFIXES and path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace")
                lines.update(
                    line.strip() for line in text.splitlines() if 3 <= len(line.strip()) <= 80
                )
    return random.Random(seed).sample(sorted(lines), min(count, len(lines)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--size", type=int, default=80_000)
    args = parser.parse_args()
    worst = (0.0, 0.0, "")
    runs = 0
    for line in sample_lines(args.lines, args.seed):
        for run in (f"{line} ", f"{line}\n"):
            small = parse_seconds(run, args.size // 4)
            large = parse_seconds(run, args.size)
            runs += 1
            ratio = large / max(small, 1e-3)
            if ratio > SUSPECT_RATIO and large > 0.5:
                print(f"  {ratio:5.1f}x  {large:6.2f} s  {run!r}", flush=True)
            if ratio > worst[0] and large > 0.1:
                worst = (ratio, large, run)
    ratio, large, run = worst
    print(f"{runs} runs; worst: {run!r}, {large:.2f} s for {args.size} chars ({ratio:.1f}x for 4x)")


if __name__ == "__main__":
    main()
