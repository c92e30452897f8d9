"""Sets of real minutes in the shape of `../shared/realworld/`, and its scorer's rules,
shared by the benchmarks that score the parser on them."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "realworld" / "score.py"


@cache
def load_scorer() -> ModuleType:
    """`score.py`'s matching rules, so that an item here is the item the scorer counts
    (loaded once a process)."""
    spec = importlib.util.spec_from_file_location("realworld_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_set(set_arg: str) -> tuple[Path, dict[str, dict]]:
    """A SET argument's folder of texts and its truth: `FOLDER` with its `truth.json`, or
    `FOLDER=TRUTH_FILE` when the truth lives apart (the development set)."""
    folder, _, truth_file = set_arg.partition("=")
    truth_path = Path(truth_file) if truth_file else Path(folder) / "truth.json"
    return Path(folder), json.loads(truth_path.read_text(encoding="utf-8"))
