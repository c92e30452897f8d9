"""Relevance: recall@10 and nDCG@10 of keyword, meaning and hybrid search on judged queries.

    python benchmarks/relevance.py [TEXTS] [--judgments benchmarks/relevance.json]

TEXTS is the folder of real minutes rebuilt from `../shared/realworld/` (its README
says how; default `../realworld-texts`). Only the queries and the judgments live in
this repository (`relevance.json`: each relevant item named by its document's key and
its title as parsed, graded 2 (about the subject) or 1 (partly)). Queries of kind
"concept" share no word with their relevant items; "keyword" queries do. Each text is
indexed through the real parser, engine and embedding stage, and each query runs in
each mode as the search page would run it (10 hits), procedural items included: an
item is judged by what it says, and "Matters arising" often says the most.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search_app.engines import meeting_id_for  # noqa: E402
from search_app.facets import FacetFilters  # noqa: E402
from search_app.index import update_index  # noqa: E402
from search_app.meaning import MODES  # noqa: E402
from search_app.search import Searcher, SearchRequest  # noqa: E402
from search_app.vectors import embed_index  # noqa: E402

DEPTH = 10


def same_title(title: str) -> str:
    """A title as judged and as parsed compare alike whatever the parser does to its case,
    spaces or trailing mark ("County Councillor's Report:" is the same item without its colon)."""
    return " ".join(title.split()).casefold().rstrip(" .:;")


def relevant_of(query: dict) -> dict[tuple[str, str], int]:
    """(meeting id, title compared) -> grade."""
    return {
        (meeting_id_for(f"{r['key']}.txt"), same_title(r["title"])): r["grade"]
        for r in query["relevant"]
    }


def scores(
    found: list[tuple[str, str]], relevant: dict[tuple[str, str], int]
) -> tuple[float, float]:
    """recall@DEPTH (of every judged item) and nDCG@DEPTH with gains 2^grade - 1."""
    top = found[:DEPTH]
    recall = sum(1 for key in top if key in relevant) / len(relevant)
    dcg = sum((2 ** relevant.get(key, 0) - 1) / math.log2(rank + 2) for rank, key in enumerate(top))
    ideal = sorted(relevant.values(), reverse=True)[:DEPTH]
    best = sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(ideal))
    return recall, dcg / best


def run(searcher: Searcher, queries: list[dict]) -> dict:
    table: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for query in queries:
        relevant = relevant_of(query)
        for mode in MODES:
            filters = FacetFilters(include_procedural=True)  # judged on content, not flags
            request = SearchRequest(query["query"], filters, mode=mode, page_size=DEPTH)
            hits = searcher.search(request).hits
            found = [(hit.meeting_id, same_title(hit.title)) for hit in hits]
            table.setdefault(query["kind"], {}).setdefault(mode, []).append(scores(found, relevant))
    return {
        kind: {mode: {"recall@10": round(sum(r for r, _ in rows) / len(rows), 3),
                      "ndcg@10": round(sum(n for _, n in rows) / len(rows), 3),
                      "queries": len(rows)} for mode, rows in modes.items()}
        for kind, modes in table.items()
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", nargs="?", default=str(ROOT.parent / "realworld-texts"))
    parser.add_argument("--judgments", default=str(Path(__file__).with_name("relevance.json")))
    args = parser.parse_args()
    queries = json.loads(Path(args.judgments).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="relevance-") as folder:
        index_dir = Path(folder) / "index"
        update_index(Path(args.texts), index_dir)
        embed_index(index_dir)
        searcher = Searcher(index_dir)
        results = run(searcher, queries)
        searcher.close()
    for kind, modes in results.items():
        for mode, figures in modes.items():
            print(f"{kind:8} {mode:8} recall@10 {figures['recall@10']:.3f}  "
                  f"nDCG@10 {figures['ndcg@10']:.3f}  ({figures['queries']} queries)")  # fmt: skip
    print(json.dumps(results))


if __name__ == "__main__":
    main()
