"""URL parameters -> SearchRequest: every piece of search state lives in the URL.

Bad values get a 400 with a message a person can act on; unknown parameters
are ignored, so old bookmarks keep working.
"""

from __future__ import annotations

from datetime import date

from werkzeug.datastructures import MultiDict

from search_app.errors import MinutesError
from search_app.facets import LISTED, Facet, FacetFilters
from search_app.meaning import MODES
from search_app.query import MAX_QUERY_CHARS
from search_app.search import MAX_PAGE, MAX_PAGE_SIZE, SORTS, SearchRequest

MAX_FILTER_VALUES = 50
MAX_VALUE_CHARS = 200


class BadParameter(MinutesError):
    """A URL parameter the user can fix; shown on a 400 page."""


def search_request(args: MultiDict) -> SearchRequest:
    query = args.get("q", "")
    if len(query) > MAX_QUERY_CHARS:
        raise BadParameter(f"The query is too long (at most {MAX_QUERY_CHARS} characters).")
    filters = FacetFilters(
        chosen={facet.name: facet_values(args, facet) for facet in LISTED},
        include_procedural=args.get("procedural") in ("1", "yes", "on", "true"),
        date_from=iso_date(args.get("from"), "from"),
        date_to=iso_date(args.get("to"), "to"),
    )
    sort = args.get("sort") or "relevance"
    if sort not in SORTS:
        raise BadParameter(f"Sort must be one of: {', '.join(SORTS)}.")
    mode = args.get("mode") or ""
    if mode and mode not in MODES:
        raise BadParameter(f"Mode must be one of: {', '.join(MODES)}.")
    return SearchRequest(
        mode=mode,
        query=query,
        filters=filters,
        sort=sort,
        page=whole_number(args.get("page", "1"), "page", 1, MAX_PAGE),
        page_size=whole_number(first_of(args, "page_size") or "10", "page_size", 1, MAX_PAGE_SIZE),
    )


OLD_NAMES = {"decision": "decided", "page_size": "size"}  # what older links called them


def first_of(args: MultiDict, name: str) -> str | None:
    """A parameter by its name, or by the name older links used."""
    return args.get(name) or args.get(OLD_NAMES.get(name, name))


def facet_values(args: MultiDict, facet: Facet) -> list[str]:
    """A facet's chosen values, each one the facet can hold ("2019", not "twenty")."""
    found = values(args, facet.name) or values(args, OLD_NAMES.get(facet.name, facet.name))
    for value in found:
        try:
            facet.index_value(value)
        except ValueError as error:
            raise BadParameter(str(error)) from None
    return list(dict.fromkeys(found))


def values(args: MultiDict, name: str) -> list[str]:
    found = [v.strip() for v in args.getlist(name) if v.strip()]
    if len(found) > MAX_FILTER_VALUES or any(len(v) > MAX_VALUE_CHARS for v in found):
        raise BadParameter(f"Too many or too long '{name}' values.")
    return found


def whole_number(text: str, name: str, low: int, high: int) -> int:
    """ASCII digits only ("²" is a digit to str.isdigit, not to int()), and no longer
    than the bound itself: int() of thousands of digits is slow, then refused."""
    digits = text.strip().lstrip("0") or "0"
    if (
        not (digits.isascii() and digits.isdigit())
        or len(digits) > len(str(high))
        or not low <= int(digits) <= high
    ):
        raise BadParameter(f"'{name}' must be a whole number from {low} to {high}.")
    return int(digits)


def iso_date(text: str | None, name: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadParameter(f"'{name}' must be a date written YYYY-MM-DD.") from None
