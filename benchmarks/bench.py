"""Benchmark: index and search a synthetic corpus, against a SQLite FTS5 baseline.

    python benchmarks/bench.py --items 10000 100000 [--out docs/benchmark.json]

The synthetic minutes are written as text files in the shape of real minutes
(sentences taken from the bundled corpus; ~40 committees, ~500 speakers,
~300 topics, 20 years of dates) and indexed through the real parser, so the
indexing rate is end to end. Each engine (Whoosh, tantivy) and SQLite FTS5 then
answer the same query mix, each call doing the full work of a results page: the
query, all facet counts and 10 snippets. Ratios compare engines in the same run.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search_app.facets import FacetFilters  # noqa: E402
from search_app.index import update_index  # noqa: E402
from search_app.parse import parse_file  # noqa: E402
from search_app.search import Searcher, SearchRequest  # noqa: E402
from search_app.vectors import FOLDER, embed_index  # noqa: E402

ITEMS_PER_MEETING = 10
COMMITTEE_SUBJECTS = [
    "Planning", "Licensing", "Audit and Governance", "Children and Families", "Adult Care",
    "Environment", "Transport", "Housing", "Health", "Economy", "Corporate Parenting",
    "Pensions", "Standards", "Resources", "Communities", "Education", "Waste", "Highways",
    "Climate", "Culture",
]  # fmt: skip
COMMITTEE_KINDS = ["Committee", "Overview and Scrutiny Panel"]
FIRST_NAMES = (
    "Amir Anne Beth Carl Dana Eve Farah Gail Hugh Ian Jade Karl Lena Mark Nina Omar Priya "
    "Ruth Sam Tom Uma Vic Will Yusuf Zoe Alan Brid Cara Dev Ella"
).split()
SURNAMES = (
    "Ahmed Baker Clarke Duffy Evans Fisher Grant Hughes Iqbal Jones Khan Lewis Moore Nolan "
    "Owen Patel Quinn Reid Shah Turner Usher Vance Walsh Young"
).split()
ROLES = [
    "Director of Children's Services", "Head of Planning", "Chief Finance Officer",
    "Licensing Manager", "Head of Highways", "Director of Public Health", "Head of Housing",
    "Chief Internal Auditor", "Head of Waste Services", "Director of Economy",
]  # fmt: skip
TOPIC_WORDS = (
    "school places flood risk bus services care homes road safety air quality youth services "
    "library review leisure centre council tax parking charges street lighting recycling "
    "rates affordable housing social care mental health carers support budget monitoring "
    "capital programme digital inclusion rural broadband town centre tree planting cycle lanes"
).split()
QUERY_MIX = [
    ("grooming", {}),
    ("school places", {}),
    ('"action plan"', {}),
    ("exploit*", {}),
    ("council", {}),
    ("report", {}),
    ("children", {"year": [2015, 2016, 2017]}),
    ("budget", {"committee": ["Resources Committee"]}),
    ("", {"committee": ["Planning Committee", "Licensing Committee"]}),
    ("care OR housing", {}),
]


@dataclass
class Generated:
    corpus: Path
    items: int
    sentences: list[str]


def real_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "corpus").iterdir()):
        if path.suffix in (".txt", ".html", ".pdf"):
            for item in parse_file(path).items:
                sentences += [s for s in re.split(r"(?<=[.!?])\s+", item.body) if len(s) > 40]
    return sentences


def people(rng: random.Random, count: int) -> list[str]:
    names = {f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" for _ in range(count * 3)}
    return sorted(names)[:count]


def generate_corpus(folder: Path, total_items: int, seed: int = 7) -> Generated:
    rng = random.Random(seed)
    sentences = real_sentences()
    committees = [f"{s} {k}" for s in COMMITTEE_SUBJECTS for k in COMMITTEE_KINDS]
    councillors = people(rng, 500)
    officers = {role: people(rng, 10)[i % 10] for i, role in enumerate(ROLES)}
    topics = sorted({" ".join(rng.sample(TOPIC_WORDS, 2)).title() for _ in range(600)})[:300]
    members = {c: rng.sample(councillors, 12) for c in committees}
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2005, 1, 1)
    for number in range(total_items // ITEMS_PER_MEETING):
        committee = rng.choice(committees)
        when = start + timedelta(days=rng.randrange(20 * 365))
        text = meeting_text(rng, committee, when, members[committee], officers, topics, sentences)
        (folder / f"meeting-{number:06d}.txt").write_text(text, encoding="utf-8")
    return Generated(folder, total_items, sentences)


def meeting_text(rng, committee, when, members, officers, topics, sentences) -> str:
    role, officer = rng.choice(list(officers.items()))
    lines = [
        f"{committee} - {when:%A}, {when.day} {when:%B %Y} 7.00 pm",
        "Present: " + ", ".join(f"Councillor {m}" for m in members[:8]) + ".",
        f"Also present: {officer}, {role}",
        "1 Apologies for Absence",
        f"Apologies were received from Councillor {members[9]}.",
    ]
    for number in range(2, ITEMS_PER_MEETING + 1):
        speaker = rng.choice(members[:8])
        lines += [
            f"{number} {rng.choice(topics)}",
            f"The {role} presented the report. " + " ".join(rng.sample(sentences, 4)),
            f"Councillor {speaker} asked about the proposals. "
            + " ".join(rng.sample(sentences, 3)),
        ]
        if rng.random() < 0.5:
            lines.append("RESOLVED that the report be noted.")
    lines.append("The meeting ended at 9.00 pm")
    return "\n\n".join(lines) + "\n"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def bench_engine(searcher: Searcher, rounds: int, mode: str = "keyword") -> list[float]:
    timings = []
    for _ in range(rounds):
        for text, filters in QUERY_MIX:
            began = time.perf_counter()
            searcher.search(SearchRequest(text, FacetFilters.of(**filters), mode=mode))
            timings.append(time.perf_counter() - began)
    return timings


def embed_once(index_dir: Path, workdir: Path, result: dict) -> Path:
    """The embedding stage over the first engine's index (timed), its vectors kept aside
    for the other engine: vectors belong to items, not to an engine."""
    began = time.perf_counter()
    report = embed_index(index_dir)
    seconds = time.perf_counter() - began
    result["embed_items_per_second"] = round(report.embedded / seconds, 1)
    result["vectors_mb"] = round(folder_size(index_dir / FOLDER) / 1e6, 1)
    kept = workdir / "vectors"
    shutil.copytree(index_dir / FOLDER, kept, dirs_exist_ok=True)
    return kept


FTS_SCHEMA = """
create virtual table items using fts5(title, body, speakers, topics, committee_text,
    tokenize = 'porter unicode61');
create table meta(id integer primary key, committee text, year int, decided int, procedural int);
create table speakers(item int, name text);
create table topics(item int, name text);
create index meta_committee on meta(committee);
create index speakers_item on speakers(item);
create index topics_item on topics(item);
"""


def load_fts(searcher: Searcher) -> sqlite3.Connection:
    """The same items in SQLite FTS5, read back from the index (parsed once)."""
    connection = sqlite3.connect(":memory:")
    connection.executescript(FTS_SCHEMA)
    for rowid, stored in enumerate(searcher.current().all_items(), start=1):
        speakers, topics = stored["speakers"].split("\n"), stored["topics"].split("\n")
        connection.execute(
            "insert into items(rowid, title, body, speakers, topics, committee_text) "
            "values (?, ?, ?, ?, ?, ?)",
            (rowid, stored["title"], stored["body"], stored["speakers"], stored["topics"],
             stored["committee"]),
        )  # fmt: skip
        connection.execute(
            "insert into meta values (?, ?, ?, ?, ?)",
            (rowid, stored["committee"], stored["date"].year, int(bool(stored["decisions"])),
             int(stored["procedural"])),
        )  # fmt: skip
        connection.executemany(
            "insert into speakers values (?, ?)", [(rowid, s) for s in speakers if s]
        )
        connection.executemany(
            "insert into topics values (?, ?)", [(rowid, t) for t in topics if t]
        )
    connection.commit()
    return connection


def fts_query(text: str) -> str:
    """The query mix in FTS5 syntax (same meaning: AND of words, OR, phrases, prefixes)."""
    return text.replace(" OR ", " OR ") if text else ""


def fts_search(connection: sqlite3.Connection, text: str, filters: dict) -> None:
    """The same page of work as Searcher.search, as FTS5 does it best: the full-text
    query runs once into a temporary table of (id, rank); the facet counts and the page
    of hits are read from that table, and snippet() runs only for the page's ten items."""
    where, params = ["meta.procedural = 0"], []
    if text:
        where.append("items MATCH ?")
        params.append(fts_query(text))
    if filters.get("committee"):
        where.append(f"meta.committee in ({','.join('?' * len(filters['committee']))})")
        params += filters["committee"]
    if filters.get("year"):
        where.append(f"meta.year in ({','.join('?' * len(filters['year']))})")
        params += filters["year"]
    rank = "bm25(items)" if text else "-items.rowid"
    connection.execute("drop table if exists temp.hits")
    connection.execute(
        f"create temp table hits as select items.rowid as id, {rank} as rank from items "
        "join meta on meta.id = items.rowid where " + " and ".join(where),
        params,
    )
    page = [row[0] for row in connection.execute("select id from hits order by rank limit 10")]
    if page and text:
        marks = ",".join("?" * len(page))
        connection.execute(
            "select snippet(items, 1, '<mark>', '</mark>', '…', 24), title from items "
            f"where items MATCH ? and items.rowid in ({marks})",
            [fts_query(text), *page],
        ).fetchall()
    elif page:
        marks = ",".join("?" * len(page))
        connection.execute(
            f"select substr(body, 1, 240), title from items where rowid in ({marks})", page
        ).fetchall()
    connection.execute("select count(*) from hits").fetchone()
    for facet in (
        "select committee, count(*) from meta join hits on hits.id = meta.id group by committee",
        "select year, count(*) from meta join hits on hits.id = meta.id group by year",
        "select decided, count(*) from meta join hits on hits.id = meta.id group by decided",
        "select name, count(*) from speakers join hits on hits.id = speakers.item group by name",
        "select name, count(*) from topics join hits on hits.id = topics.item group by name",
    ):
        connection.execute(facet).fetchall()


def bench_fts(connection: sqlite3.Connection, rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        for text, filters in QUERY_MIX:
            began = time.perf_counter()
            fts_search(connection, text, filters)
            timings.append(time.perf_counter() - began)
    return timings


def run(items: int, rounds: int, workdir: Path, engines: list[str], meaning: bool = False) -> dict:
    """Each engine indexes the same corpus end to end (walk, hash, parse, index) and
    answers the same query mix; FTS5 answers it too, loaded from the first index."""
    corpus = workdir / f"corpus-{items}"
    generate_corpus(corpus, items)
    result: dict = {"items": 0}
    fts = None
    for engine in engines:
        index_dir = workdir / f"index-{items}-{engine}"
        began = time.perf_counter()
        report = update_index(corpus, index_dir, engine=engine)
        index_seconds = time.perf_counter() - began
        began = time.perf_counter()
        update_index(corpus, index_dir)
        reindex_seconds = time.perf_counter() - began
        if meaning:
            vectors = workdir / "vectors"
            if not vectors.exists():
                embed_once(index_dir, workdir, result)
            shutil.copytree(vectors, index_dir / FOLDER, dirs_exist_ok=True)
        searcher = Searcher(index_dir)
        bench_engine(searcher, 1)  # warm caches, as a running server would be
        timings = bench_engine(searcher, rounds)
        if meaning:
            bench_engine(searcher, 1, "hybrid")  # and the model loaded
            hybrid = bench_engine(searcher, rounds, "hybrid")
            result[f"{engine}_hybrid_p50_ms"] = round(percentile(hybrid, 0.5) * 1000, 1)
            result[f"{engine}_hybrid_p95_ms"] = round(percentile(hybrid, 0.95) * 1000, 1)
        if fts is None:
            fts = bench_fts(load_fts(searcher), rounds)
        result["items"] = report.items_indexed
        result |= {
            f"{engine}_index_items_per_second": round(report.items_indexed / index_seconds),
            f"{engine}_index_mb": round(folder_size(index_dir) / 1e6),
            f"{engine}_noop_reindex_seconds": round(reindex_seconds, 3),
            f"{engine}_p50_ms": round(percentile(timings, 0.5) * 1000, 1),
            f"{engine}_p95_ms": round(percentile(timings, 0.95) * 1000, 1),
            f"p50_ratio_{engine}_to_fts5": round(
                statistics.median(timings) / statistics.median(fts), 2
            ),
        }
        searcher.close()
        peak, anonymous = serving_memory_mb(index_dir)
        result[f"{engine}_serving_peak_rss_mb"] = peak
        result[f"{engine}_serving_anon_mb"] = anonymous
        shutil.rmtree(index_dir)
    result["fts5_p50_ms"] = round(percentile(fts, 0.5) * 1000, 1)
    result["fts5_p95_ms"] = round(percentile(fts, 0.95) * 1000, 1)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    shutil.rmtree(corpus)
    shutil.rmtree(workdir / "vectors", ignore_errors=True)
    return result


SERVING = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from benchmarks.bench import QUERY_MIX
from search_app.facets import FacetFilters
from search_app.search import Searcher, SearchRequest
searcher = Searcher(Path(sys.argv[1]))
for text, filters in QUERY_MIX * 3:  # hybrid when the index has vectors: the model loaded
    searcher.search(SearchRequest(text, FacetFilters.of(**filters)))
searcher.meetings()
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
print(status["VmHWM"].split()[0], status["RssAnon"].split()[0])
"""


def serving_memory_mb(index_dir: Path) -> tuple[int, int]:
    """(peak resident, anonymous) memory of a fresh process that opens the index and
    answers the query mix (and lists the meetings), as a server does: not this process,
    which also indexed. Resident memory counts the index files the engine maps (the
    OS can drop those pages); anonymous memory is the process's own."""
    found = subprocess.run(
        [sys.executable, "-c", SERVING, str(index_dir), str(ROOT)],
        capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    peak, anonymous = found.stdout.split()[-2:]
    return round(int(peak) / 1024), round(int(anonymous) / 1024)


PAGE_MIX = [
    "/", "/search?q=children", "/search?q=exploitation&committee=Children+and+Families+"
    "Overview+and+Scrutiny+Panel", "/search?q=&sort=newest", "/search?q=budget+OR+taxi",
    "/items/worcestershire-children-families-osp-2015-05-22--5?q=children", "/browse",
    "/api/search?q=care", "/search.csv?q=report", "/search.atom?q=report",
]  # fmt: skip


def bench_pages(workdir: Path, rounds: int) -> dict:
    """Whole page requests (routing, search, templates) over the bundled corpus."""
    from search_app.web import create_app

    index_dir = workdir / "index-bundled"
    update_index(ROOT / "corpus", index_dir)
    client = create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(ROOT / "corpus")})
    client = client.test_client()
    for url in PAGE_MIX:  # warm: the searcher opens on the first request
        assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(rounds):
        for url in PAGE_MIX:
            began = time.perf_counter()
            client.get(url)
            timings.append(time.perf_counter() - began)
    return {
        "pages_p50_ms": round(percentile(timings, 0.5) * 1000, 1),
        "pages_p95_ms": round(percentile(timings, 0.95) * 1000, 1),
    }


def print_table(results: list[dict]) -> None:
    columns = list(results[0])
    print(" | ".join(columns))
    print(" | ".join("---" for _ in columns))
    for result in results:
        print(" | ".join(str(result[c]) for c in columns))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=10, help="Passes over the query mix.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmark.json")
    parser.add_argument("--engines", nargs="+", default=["whoosh", "tantivy"])
    parser.add_argument(
        "--meaning", action="store_true",
        help="Also embed every item (timed) and time hybrid search (100k items: ~30 min).",
    )  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        pages = bench_pages(Path(workdir), args.rounds)
        print(f"bundled corpus pages: {json.dumps(pages)}", file=sys.stderr, flush=True)
        results = []
        for items in args.items:
            print(f"benchmarking {items} items ...", file=sys.stderr, flush=True)
            results.append(run(items, args.rounds, Path(workdir), args.engines, args.meaning))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    print_table(results)
    print(f"\nbundled corpus, whole page requests: p50 {pages['pages_p50_ms']} ms, "
          f"p95 {pages['pages_p95_ms']} ms")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"synthetic": results, "bundled_pages": pages}
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
