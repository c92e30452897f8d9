"""Web stage: a Flask application factory, one blueprint for pages, one for the API.

One Searcher per app, opened on first use and refreshed when an indexing run
commits; every page and the API go through it. Nothing is built at import
time, so tests make as many apps as they like.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from flask import Flask, Response, abort, current_app, render_template, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from search_app.alerts.mail import mail_settings
from search_app.alerts.tokens import secret_key
from search_app.models import item_label
from search_app.search import Searcher, SearchRequest, SearchResults
from search_app.web.csrf import check_csrf, csrf_token
from search_app.web.ops import observe_search
from search_app.web.params import BadParameter

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(
        __name__, template_folder=str(ROOT / "templates"), static_folder=str(ROOT / "static")
    )
    app.config.from_mapping(
        INDEX_DIR=str(ROOT / "index"),
        CORPUS_DIR=str(ROOT / "corpus"),
        MAX_CONTENT_LENGTH=64 * 1024,  # the app takes no uploads
    )
    app.config.from_prefixed_env("MINUTES")
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False

    if not app.config.get("SECRET_KEY"):  # $MINUTES_SECRET_KEY, else one kept with the state
        app.config["SECRET_KEY"] = secret_key(Path(app.config.get("STATE_DIR") or
                                                   app.config["INDEX_DIR"]))  # fmt: skip
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

    from search_app.web import alerts, api, ops, pages

    ops.install(app)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(alerts.blueprint)
    app.before_request(check_request_size)
    app.before_request(check_csrf)
    app.after_request(security_headers)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["alerts_configured"] = lambda: mail_settings() is not None
    app.register_error_handler(BadParameter, bad_parameter)
    app.register_error_handler(HTTPException, http_error)
    app.jinja_env.filters["when"] = when
    app.jinja_env.filters["item_label"] = item_label
    return app


UNDATED_LABEL = "Undated"


def day_month_year(day: date | None) -> str:
    """ "2 October 2018", or "Undated" for minutes that state no date."""
    return f"{day.day} {day:%B %Y}" if day else UNDATED_LABEL


def when(day: date | None, weekday: bool = False) -> Markup:
    """A <time> element for a meeting date (no document text in it), or "Undated"."""
    if not day:
        return Markup(UNDATED_LABEL)
    text = f"{day:%A} {day_month_year(day)}" if weekday else day_month_year(day)
    return Markup(f'<time datetime="{day.isoformat()}">{text}</time>')


MAX_URL_BYTES = 8 * 1024  # a query string longer than any form or link of ours makes
MAX_PARAMETERS = 200  # every filter at its bound is far fewer
# Our pages run no script and load only our own stylesheet; nothing may frame them.
PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
    " base-uri 'none'; frame-ancestors 'none'"
)


def check_request_size() -> None:
    """A clear 414 or 400 before any work: a URL of thousands of parameters would
    otherwise hold a worker while every link on the page is rebuilt from it."""
    if len(request.query_string) > MAX_URL_BYTES:
        abort(414, f"The address is too long (at most {MAX_URL_BYTES // 1024} KB of parameters).")
    if sum(1 for _ in request.args.items(multi=True)) > MAX_PARAMETERS:
        abort(400, f"Too many parameters in the address (at most {MAX_PARAMETERS}).")


def security_headers(response: Response) -> Response:
    """On every answer: no script runs on our origin, no type sniffing, no full URL
    (which holds the search) leaked to other sites. A route that serves someone
    else's document sets its own stricter policy first."""
    response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def one_per_app(name: str, make: Callable[[Path], T]) -> T:
    """The app's one `name`, made from the index folder on first use."""
    found = current_app.extensions.get(name)
    if found is None:
        found = make(Path(current_app.config["INDEX_DIR"]))
        current_app.extensions[name] = found
    return found


def state_folder() -> Path:
    """Where the app keeps what is not the index (alerts, the key) when it has no shared
    database: beside the index, or apart from it (STATE_DIR) on a web node whose index is
    a published copy replaced at each generation."""
    return Path(current_app.config.get("STATE_DIR") or current_app.config["INDEX_DIR"])


def get_searcher() -> Searcher:
    """The app's one Searcher (it refreshes itself when the index changes)."""
    return one_per_app("minutes_searcher", Searcher)


def searched(search: SearchRequest) -> SearchResults:
    """The search's results, its time counted for /metrics under the engine that ran it."""
    searcher = get_searcher()
    started = time.perf_counter()
    results = searcher.search(search)
    observe_search(searcher.engine_name, time.perf_counter() - started)
    return results


def wants_json() -> bool:
    return request.path.startswith("/api/")


def bad_parameter(error: BadParameter):
    if wants_json():
        return {"error": str(error)}, 400
    return render_template("error.html", heading=error_heading(400), message=str(error)), 400


ERROR_HEADINGS = {
    400: "That request could not be understood",
    404: "Not found",
    405: "That method is not allowed here",
    413: "That request is too large",
    414: "That address is too long",
    429: "Too many requests",
    503: "Not available just now",
}


def error_heading(status: int) -> str:
    """What a person is told went wrong: their request (4xx) or the site (5xx)."""
    default = "That request could not be served" if status < 500 else "Something went wrong"
    return ERROR_HEADINGS.get(status, default)


def http_error(error: HTTPException):
    message = error.description or error.name
    if wants_json():
        return {"error": message}, error.code
    page = render_template("error.html", heading=error_heading(error.code), message=message)
    return page, error.code
