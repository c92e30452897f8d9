"""Shared fixtures: the bundled corpus and its golden expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = CORPUS / "worcestershire-children-families-osp-2015-05-22.txt"


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    path = Path(__file__).parent / "golden" / f"{SEED.stem}.expected.json"
    return json.loads(path.read_text(encoding="utf-8"))
