"""Every search is also data: JSON, CSV for FOI logs, and an Atom feed to follow a topic."""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import re
import unicodedata
from dataclasses import asdict, replace
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, render_template, request, url_for

from search_app.facets import FLAG, LISTED, NO, UNDATED, YEAR, YES, Facet
from search_app.search import EXPORT_LIMIT, ItemRecord, SimilarItem
from search_app.web import get_searcher, searched
from search_app.web.pages import is_web_address
from search_app.web.params import search_request

blueprint = Blueprint("api", __name__)
OPENAPI = Path(__file__).with_name("openapi.json")
CSV_COLUMNS = [
    "id", "council", "committee", "date", "number", "title", "speakers", "topics", "areas", "url",
    "source_url", "snippet",
]  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@blueprint.get("/api/search")
def api_search():
    return searched(search_request(request.args)).to_json_dict()


@blueprint.get("/api/items/<item_id>")
def api_item(item_id: str):
    record = get_searcher().item(item_id) or abort(404, f"There is no item {item_id!r}.")
    return item_json(record)


@blueprint.get("/api/items/<item_id>/similar")
def api_similar(item_id: str):
    """Items from other meetings closest in meaning (empty without the model)."""
    searcher = get_searcher()
    searcher.item(item_id) or abort(404, f"There is no item {item_id!r}.")
    return {"item": item_id, "similar": [similar_json(s) for s in searcher.similar(item_id)]}


def similar_json(similar: SimilarItem) -> dict:
    data = asdict(similar)
    data["date"] = similar.date.isoformat() if similar.date else None
    data["url"] = url_for("pages.item", item_id=similar.id, _external=True)
    return data


def item_json(record: ItemRecord) -> dict:
    data = asdict(record)
    data["meeting"] = json.loads(json.dumps(data["meeting"], default=str))
    for part in ("opening", "closing"):  # the item carries its meeting's, once
        del data["meeting"][part]
    data["url"] = url_for("pages.item", item_id=record.id, _external=True)
    return data


@blueprint.get("/api/openapi.json")
def openapi():
    return Response(openapi_text(), mimetype="application/json")


@functools.cache
def openapi_text() -> str:
    """The API's description, each search's facet parameters written from `FACETS` (after
    `q`), so that a facet added there is described here."""
    spec = json.loads(OPENAPI.read_text(encoding="utf-8"))
    for operation in (op for path in spec["paths"].values() for op in path.values()):
        parameters = operation.get("parameters", [])
        if parameters and parameters[0]["name"] == "q":
            parameters[1:1] = [facet_parameter(facet) for facet in LISTED]
    return json.dumps(spec, indent=2, ensure_ascii=False)


def facet_parameter(facet: Facet) -> dict:
    values: dict = {"type": "string"}
    if facet.kind == YEAR:
        values = {"oneOf": [{"type": "integer"}, {"type": "string", "enum": [UNDATED]}]}
    elif facet.kind == FLAG:
        values = {"enum": [YES, NO]}
    schema = {"type": "array", "items": values}
    return {"name": facet.name, "in": "query", "required": False, "description": facet.help,
            "schema": schema, "style": "form", "explode": True}  # fmt: skip


@blueprint.get("/search.csv")
def search_csv():
    """Every matching item (up to EXPORT_LIMIT, named in the file name when cut), not
    just one page: a journalist exporting a search wants all of it."""
    limit = current_app.config.get("EXPORT_LIMIT", EXPORT_LIMIT)
    total, hits = get_searcher().export(search_request(request.args), limit)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for hit in hits:
        row = [
            hit.id, hit.body_name or "", hit.committee, hit.date.isoformat() if hit.date else "",
            hit.number, hit.title, "; ".join(hit.speakers), "; ".join(hit.topics),
            "; ".join(hit.areas),
            url_for("pages.item", item_id=hit.id, _external=True),
            hit.source_url if is_web_address(hit.source_url)
            else url_for("pages.item_source", item_id=hit.id, _external=True),
            plain_text(" ".join(hit.snippets)),
        ]  # fmt: skip
        writer.writerow([safe_cell(cell) for cell in row])
    name = (
        "minutes-search" if len(hits) == total else f"minutes-search-first-{len(hits)}-of-{total}"
    )
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={
            "Content-Disposition": f"attachment; filename={name}.csv",
            "X-Total-Count": str(total),
        },
    )


def safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas: a cell starting =, +, -, @ (or their full-width
    forms, which some spreadsheets read as the same) is shown as text."""
    return "'" + value if unicodedata.normalize("NFKC", value[:1]) in FORMULA_START else value


def plain_text(snippet_html: str) -> str:
    """A snippet without its <mark> tags and entities, for CSV."""
    return html.unescape(re.sub(r"</?mark>", "", snippet_html))


@blueprint.get("/search.atom")
def search_atom():
    """Newest first, whatever sort the page used, so a feed reader sees new items."""
    search = replace(search_request(request.args), sort="newest", page=1)
    results = searched(search)
    feed = render_template("search.atom.xml", results=results, query_string=request.query_string)
    return Response(feed, mimetype="application/atom+xml")
