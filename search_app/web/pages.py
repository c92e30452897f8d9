"""The pages people read: landing, search, item, meeting and browse."""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby
from pathlib import Path
from urllib.parse import urlencode

from flask import (
    Blueprint,
    abort,
    current_app,
    render_template,
    request,
    send_from_directory,
    url_for,
)

from search_app.facets import LISTED
from search_app.highlight import marked
from search_app.models import item_label
from search_app.people import person_id
from search_app.search import ItemRecord, MeetingSummary
from search_app.web import day_month_year, get_searcher, searched
from search_app.web.params import search_request
from search_app.web.timeline import timeline

blueprint = Blueprint("pages", __name__)
BULLET = re.compile(r"^\s*[-•–*]\s+")


@blueprint.get("/")
def landing():
    """What is here: "6 meetings of 3 councils, 2015–2024", then each council's committees
    with their meeting counts (the same meetings /browse lists)."""
    meetings = get_searcher().meetings()
    years = sorted(m.date.year for m in meetings if m.date)
    return render_template(
        "index.html",
        meetings=meetings,
        councils=sorted({m.council for m in meetings if m.council}),
        years=(years[0], years[-1]) if years else None,
        committees=committees_of(meetings),
    )


def committees_of(meetings: list[MeetingSummary]) -> list[tuple[str, str, list[MeetingSummary]]]:
    """(council, committee, its meetings newest first), by council then committee: a
    "Cabinet" of one council is not the "Cabinet" of another."""
    ordered = sorted(
        meetings,
        key=lambda m: (m.council or "~", m.committee, -(m.date or date.min).toordinal()),
    )
    grouped = groupby(ordered, lambda m: (m.council or "", m.committee))
    return [(council, committee, list(group)) for (council, committee), group in grouped]


@blueprint.get("/search")
def search():
    search = search_request(request.args)
    results = searched(search)
    return render_template(
        "search.html",
        results=results,
        chart=timeline(results.timeline),
        facets=LISTED,
        chips=active_filters(),
        search_url=search_url,
        people=get_searcher().people().matching(search.query) if search.query else [],
        state=search_state(),
        past_the_end=results.total > 0 and search.page > results.pages,
        previous_page=search_url(page=search.page - 1) if search.page > 1 else None,
        next_page=search_url(page=search.page + 1) if search.page < results.pages else None,
    )


def search_url(**changes: str | int | None) -> str:
    """This search with some parameters changed (None drops one); every other filter,
    repeated ones included, kept."""
    pairs = [(k, v) for k, v in request.args.items(multi=True) if k not in changes]
    pairs += [(k, v) for k, v in changes.items() if v is not None]
    return url_for("pages.search") + "?" + urlencode(pairs)


def search_state() -> str:
    """The current search's parameters as a query string, carried to an item page so that
    "Back to results" returns to the same filters, sort and page."""
    return urlencode(list(request.args.items(multi=True)))


@blueprint.app_template_global()
def meaning_available() -> bool:
    """Whether the search box offers search by meaning (the model and the index's vectors)."""
    return get_searcher().meaning.unavailable() is None


@blueprint.app_template_global()
def search_fields() -> list[tuple[str, str]]:
    """The current search's query and filters (not its page or sort): what an alert on
    this search follows."""
    return [(k, v) for k, v in request.args.items(multi=True) if k not in PAGING and v]


@blueprint.app_template_filter()
def as_query(fields: list[tuple[str, str]]) -> str:
    return urlencode(fields)


def active_filters() -> list[tuple[str, str]]:
    """(label, URL without this filter) for each filter in the current URL. Only the
    parameters search understands make chips; each pair is encoded once."""
    pairs = list(request.args.items(multi=True))
    encoded = [(pair, urlencode([pair])) for pair in pairs]
    base = url_for("pages.search") + "?"
    return [
        (f"{name}: {value}", base + "&".join(e for pair, e in encoded if pair != (name, value)))
        for name, value in pairs
        if name in FILTER_NAMES and value
    ]


FILTER_NAMES = frozenset(f.name for f in LISTED) | {"from", "to", "procedural", "decided"}
PAGING = frozenset({"page", "sort", "size", "page_size"})


@blueprint.get("/items/<item_id>")
def item(item_id: str):
    searcher = get_searcher()
    record = searcher.item(item_id) or abort(404, f"There is no item {item_id!r}.")
    words = searcher.words_to_mark(request.args.get("q", "")[:1000])
    siblings = searcher.meeting_items(record.meeting_id)
    position = [s.id for s in siblings].index(record.id)
    return render_template(
        "item.html",
        item=record,
        title_html=marked(record.title, words),
        paragraphs=text_blocks(record.body, words),
        agenda=text_blocks(record.agenda_text, words),
        opening=text_blocks(record.opening, words),
        closing=text_blocks(record.closing, words),
        previous=siblings[position - 1] if position > 0 else None,
        next=siblings[position + 1] if position + 1 < len(siblings) else None,
        citation=f"{citation(record)} {url_for('pages.item', item_id=record.id, _external=True)}",
        query=request.args.get("q", ""),
        back=search_url() if request.args else None,
        similar=searcher.similar(record.id),
    )


def text_blocks(text: str, words: frozenset[str]) -> list[tuple[str, list[str]]]:
    """("p", [html]) per paragraph and ("ul", [html, ...]) per run of "- " lines, escaped
    and marked: minutes' bullet lists shown as lists, not as paragraphs of dashes."""
    blocks: list[tuple[str, list[str]]] = []
    for paragraph in text.split("\n\n"):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if lines and all(BULLET.match(line) for line in lines):
            entries = [marked(BULLET.sub("", line), words) for line in lines]
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].extend(entries)
            else:
                blocks.append(("ul", entries))
        elif lines:
            blocks.append(("p", [marked(paragraph, words)]))
    return blocks


def citation(item: ItemRecord) -> str:
    """ "Children and Families Overview and Scrutiny Panel, 22 May 2015, item 5: Child ..."."""
    when = day_month_year(item.meeting.date)
    council = f"{item.meeting.body}, " if item.meeting.body else ""
    number = f"{item_label(item.number, 'item')}: " if item.number else ""
    published = f" {item.meeting.source_url}" if is_web_address(item.meeting.source_url) else ""
    return f"{council}{item.meeting.committee}, {when}, {number}{item.title}.{published}"


@blueprint.app_template_test("web_address")
def is_web_address(url: str | None) -> bool:
    """Only http(s) links from a sidecar reach a page, never javascript: and the like."""
    return bool(url) and url.startswith(("https://", "http://"))


# A council's page is shown as its own, sandboxed: an opaque origin where no script
# runs, nothing loads from elsewhere (no tracking of our readers), inline styles kept.
SOURCE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
# HTML without a charset: the page's own <meta charset> says how it is written.
SOURCE_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}


@blueprint.get("/items/<item_id>/source")
def item_source(item_id: str):
    """The original document, found by item id; the path comes from the index, never the URL.

    HTML and text are served sandboxed (Content-Security-Policy: sandbox), so a script in
    a harvested page never runs with this site's rights. PDFs are left to the browser's
    viewer, which runs a PDF's own script (if at all) apart from the page's origin."""
    record = get_searcher().item(item_id) or abort(404, f"There is no item {item_id!r}.")
    corpus = Path(current_app.config["CORPUS_DIR"]).resolve()
    suffix = Path(record.source).suffix.lower()
    if suffix not in SOURCE_TYPES:
        return send_from_directory(corpus, record.source, as_attachment=True)
    response = send_from_directory(corpus, record.source)
    response.headers["Content-Type"] = SOURCE_TYPES[suffix]
    if suffix != ".pdf":
        response.headers["Content-Security-Policy"] = SOURCE_POLICY
    return response


@blueprint.get("/meetings/<meeting_id>")
def meeting(meeting_id: str):
    items = get_searcher().meeting_items(meeting_id) or abort(
        404, f"There is no meeting {meeting_id!r}."
    )
    return render_template(
        "meeting.html",
        meeting=items[0].meeting,
        items=items,
        opening=text_blocks(items[0].opening, frozenset()),
        closing=text_blocks(items[-1].closing, frozenset()),
    )


@blueprint.get("/people/<person_id>")
def person(person_id: str):
    found = get_searcher().people().people.get(person_id) or abort(
        404, f"There is no person {person_id!r}."
    )
    return render_template("person.html", person=found)


@blueprint.app_template_global()
def person_url(council: str | None, name: str) -> str:
    return url_for("pages.person", person_id=person_id(council, name))


@blueprint.get("/browse")
def browse():
    return render_template("browse.html", committees=committees_of(get_searcher().meetings()))
