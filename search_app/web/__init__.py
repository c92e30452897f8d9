"""Web stage: a Flask application factory, one blueprint for pages, one for the API.

One Searcher per app, opened on first use and refreshed when an indexing run
commits; every page and the API go through it. Nothing is built at import
time, so tests make as many apps as they like.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from flask import Flask, current_app, render_template, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from search_app.alerts.mail import mail_settings
from search_app.alerts.tokens import secret_key
from search_app.search import Searcher
from search_app.web.csrf import check_csrf, csrf_token
from search_app.web.params import BadParameter

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, template_folder=str(ROOT / "templates"))
    app.config.from_mapping(
        INDEX_DIR=str(ROOT / "index"),
        CORPUS_DIR=str(ROOT / "corpus"),
        MAX_CONTENT_LENGTH=64 * 1024,  # the app takes no uploads
    )
    app.config.from_prefixed_env("MINUTES")
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False

    if not app.config.get("SECRET_KEY"):  # $MINUTES_SECRET_KEY, else one kept by the index
        app.config["SECRET_KEY"] = secret_key(Path(app.config["INDEX_DIR"]))
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

    from search_app.web import alerts, api, pages

    app.register_blueprint(pages.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(alerts.blueprint)
    app.before_request(check_csrf)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["alerts_configured"] = lambda: mail_settings() is not None
    app.register_error_handler(BadParameter, bad_parameter)
    app.register_error_handler(HTTPException, http_error)
    app.jinja_env.filters["when"] = when
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


def one_per_app(name: str, make: Callable[[Path], T]) -> T:
    """The app's one `name`, made from the index folder on first use."""
    found = current_app.extensions.get(name)
    if found is None:
        found = make(Path(current_app.config["INDEX_DIR"]))
        current_app.extensions[name] = found
    return found


def get_searcher() -> Searcher:
    """The app's one Searcher (it refreshes itself when the index changes)."""
    return one_per_app("minutes_searcher", Searcher)


def wants_json() -> bool:
    return request.path.startswith("/api/")


def bad_parameter(error: BadParameter):
    if wants_json():
        return {"error": str(error)}, 400
    return render_template("error.html", status=400, message=str(error)), 400


def http_error(error: HTTPException):
    message = error.description or error.name
    if wants_json():
        return {"error": message}, error.code
    return render_template("error.html", status=error.code, message=message), error.code
