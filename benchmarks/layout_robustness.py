"""Layout robustness: the parser's scores on real minutes after the layout changes a page
goes through on its way to us, against its scores on the texts as they are.

    python benchmarks/layout_robustness.py SET [SET ...] [--only wrap,flatten]

A SET is a folder of minutes texts with a `truth.json` in the shape of
`../shared/realworld/truth.json`, or `FOLDER=TRUTH_FILE` when the truth lives apart (the
development set: `../realworld-texts=../shared/realworld/truth.json`). Each text is parsed
as it is and after each change below, and scored with `../shared/realworld/score.py`'s
rules against the same truth: the words and their order never change, only the layout,
so a drop is the parser leaning on a layout rather than on what the minutes say. This is
how rules fitted to the texts we have can be tested on layouts we have not seen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.realworld import load_scorer, read_set  # noqa: E402

FLATTENED = 600  # characters: a line this long is a flattened page, never wrapped again
RUNNING_HEADER_EVERY = 25  # lines: a page break, its footer and the next page's header


def wrapped(text: str, width: int = 90) -> str:
    """A PDF's hard wrap at `width` characters."""
    out: list[str] = []
    for line in text.split("\n"):
        while FLATTENED > len(line) > width and (cut := line.rfind(" ", 0, width)) > 0:
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def narrow(text: str) -> str:
    """A narrow column (two columns to a page): wrapped at 60."""
    return wrapped(text, 60)


def without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def blank_between_lines(text: str) -> str:
    """A web page whose every line is a paragraph."""
    return "\n\n".join(text.split("\n"))


def with_page_breaks(text: str, header: str) -> str:
    """A footer ("Page 2 of 9") and the running header `header` at every page break."""
    out: list[str] = []
    for index, line in enumerate(text.split("\n")):
        if index and index % RUNNING_HEADER_EVERY == 0:
            out += ["", f"Page {index // RUNNING_HEADER_EVERY} of 9", "", header, ""]
        out.append(line)
    return "\n".join(out)


def with_page_furniture(text: str) -> str:
    """A footer and a running header of its own at every page break."""
    return with_page_breaks(text, "Minutes of the meeting (draft)")


def indented(text: str) -> str:
    return "\n".join(f"    {line}" if line.strip() else line for line in text.split("\n"))


def tab_after_numbers(text: str) -> str:
    return re.sub(r"(?m)^(\s*\d{1,2}[.)]?) +", lambda m: f"{m[1]}\t", text)


def flattened(text: str) -> str:
    """A page whose text came out as one line."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def flattened_and_wrapped(text: str) -> str:
    """A page that came out as one line, then wrapped at 78 by a plain-text copy: its items
    start mid-line."""
    return "\n".join(textwrap.wrap(flattened(text), 78))


def with_title_repeated(text: str) -> str:
    """A footer and, as the running header, the document's first line again at every page
    break."""
    return with_page_breaks(
        text, next((line.strip() for line in text.split("\n") if line.strip()), "")
    )


def with_bare_running_header(text: str) -> str:
    """The running header alone at every page break, no page number beside it (a page
    whose breaks and numbers a sharing site dropped)."""
    out: list[str] = []
    for index, line in enumerate(text.split("\n")):
        if index and index % RUNNING_HEADER_EVERY == 0:
            out += ["", "Minutes of the meeting (draft)", ""]
        out.append(line)
    return "\n".join(out)


def in_capitals(text: str) -> str:
    """A typescript in capitals throughout."""
    return text.upper()


CHANGES: dict[str, Callable[[str], str]] = {
    "as it is": lambda text: text,
    "wrap at 90": wrapped,
    "wrap at 60": narrow,
    "no blank lines": without_blank_lines,
    "blank between lines": blank_between_lines,
    "page furniture": with_page_furniture,
    "title repeated": with_title_repeated,
    "indented": indented,
    "tab after numbers": tab_after_numbers,
    "flattened": flattened,
    "flattened, wrapped at 78": flattened_and_wrapped,
    "header, no page number": with_bare_running_header,
    "in capitals": in_capitals,
}


def documents(set_arg: str) -> list[tuple[str, dict, str]]:
    folder, truth = read_set(set_arg)
    paths = {key: folder / f"{key}.txt" for key in truth}
    return [
        (key, truth[key], paths[key].read_text("utf-8")) for key in truth if paths[key].exists()
    ]


def score_one(job: tuple[str, str, dict, str]) -> tuple[str, dict]:
    """One document after one change, scored as `score.py` scores a parse."""
    from search_app.parse import parse_bytes

    change, key, want, text = job
    try:
        parsed = parse_bytes(CHANGES[change](text).encode(), f"{key}.txt").to_json_dict()
        doc, exit_code = json.loads(json.dumps(parsed, default=str)), 0
    except Exception:  # a crash is scored as the scorer scores it: everything lost
        doc, exit_code = None, 1
    return change, load_scorer().score(key, want, doc, exit_code)


def pooled(rows: list[dict]) -> dict[str, float]:
    expected, found = sum(r["expected"] for r in rows), sum(r["found"] for r in rows)
    parsed = sum(r["parsed"] for r in rows)
    spurious = sum(len(r["spurious"]) for r in rows)
    committees = [r["committee"] for r in rows if r["committee"] is not None]
    dates = [r["date"] for r in rows if r["date"] is not None]
    decisions = sum(r["decisions_expected"] for r in rows)
    return {
        "recall": found / max(1, expected),
        "precision": (parsed - spurious) / max(1, parsed),
        "committee": sum(committees) / max(1, len(committees)),
        "date": sum(dates) / max(1, len(dates)),
        "decisions": sum(r["decisions_found"] for r in rows) / max(1, decisions),
        "lost": sum(r["lost"] for r in rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--only", help="Comma-separated changes to try (default: all).")
    args = parser.parse_args()
    changes = ["as it is"] + [
        name for name in CHANGES if name != "as it is" and (not args.only or name in args.only)
    ]
    docs = [doc for set_arg in args.sets for doc in documents(set_arg)]
    jobs = [(change, *doc) for change in changes for doc in docs]
    rows: dict[str, list[dict]] = {change: [] for change in changes}
    with ProcessPoolExecutor() as pool:
        for change, row in pool.map(score_one, jobs, chunksize=8):
            rows[change].append(row)
    print(f"{len(docs)} documents; item recall, precision, committee, date, decisions, lost")
    base = pooled(rows["as it is"])
    for change in changes:
        score = pooled(rows[change])
        figures = "  ".join(f"{score[k]:.3f}" for k in ("recall", "precision", "committee"))
        figures += f"  {score['date']:.3f}  {score['decisions']:.3f}  {score['lost']}"
        drop = score["recall"] - base["recall"]
        print(f"{change:20s} {figures}   recall {drop:+.3f}")


if __name__ == "__main__":
    main()
