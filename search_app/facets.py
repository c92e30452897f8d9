"""The facets, declared once: what the engines index and count, and what URLs, pages, the
API, alerts and the CLI filter by.

A facet is a name (the URL parameter, the CLI option and the JSON key), a label (the
search page's heading), a kind (one value per item, many, the year of its date, a yes/no
flag) and the item field its values come from. Engines index and filter by kind, so
adding a facet is one line in `FACETS`; nothing else lists the facets by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from search_app.names import plain_name

VALUE, MANY, YEAR, FLAG = "value", "many", "year", "flag"  # the kinds of facet
UNDATED = "undated"  # the year facet's value for minutes that state no date
UNDATED_YEAR = 0  # ... as the index holds it
FIRST_YEAR, LAST_YEAR = 1800, 2200  # the years a filter may name
YES, NO = "yes", "no"  # a flag facet's values

IndexValue = str | int | bool  # a facet value as the engines hold it


@dataclass(frozen=True)
class Facet:
    name: str  # the URL parameter, the CLI option and the key in JSON
    label: str  # the heading on the search page
    kind: str  # VALUE, MANY, YEAR or FLAG
    field: str  # the ItemDocument attribute its values come from
    help: str  # the CLI option's help
    listed: bool = True  # offered as values to tick; False: a switch of its own
    normal: Callable[[str], str] | None = None  # "Cllr K Douglas" is filtered as "K Douglas"

    def values_of(self, item: object) -> list[IndexValue]:
        """The facet's values for one item (an `ItemDocument`), as the index holds them."""
        value = getattr(item, self.field)
        if self.kind == VALUE:
            return [value] if value else []
        if self.kind == MANY:
            return list(dict.fromkeys(value))
        if self.kind == YEAR:
            return [value.year if value else UNDATED_YEAR]
        return [bool(value)]

    def index_value(self, text: str) -> IndexValue:
        """A value as URLs write it ("2019", "undated", "yes"), as the index holds it;
        ValueError says what is wrong with it."""
        if self.kind == YEAR:
            if text == UNDATED:
                return UNDATED_YEAR
            digits = text.strip()
            if not (digits.isascii() and digits.isdigit() and len(digits) == 4) or not (
                FIRST_YEAR <= int(digits) <= LAST_YEAR
            ):
                raise ValueError(
                    f"'{self.name}' must be a year from {FIRST_YEAR} to {LAST_YEAR}, or {UNDATED}."
                )
            return int(digits)
        if self.kind == FLAG:
            if text not in (YES, NO):
                raise ValueError(f"'{self.name}' must be {YES} or {NO}.")
            return text == YES
        return self.normal(text) if self.normal else text

    def label_of(self, value: IndexValue) -> str:
        """An index value as pages, URLs and JSON write it."""
        if self.kind == YEAR:
            return UNDATED if value == UNDATED_YEAR else str(value)
        if self.kind == FLAG:
            return YES if value else NO
        return str(value)

    def ordered(self, counts: Iterable[tuple[IndexValue, int]]) -> list[tuple[str, int]]:
        """(value, count) as every engine lists them: the most frequent first, then by name;
        years newest first with undated last; yes before no. Values counted 0 are left out."""
        counted = [(value, int(count)) for value, count in counts if count]
        if self.kind == YEAR:
            counted.sort(key=lambda pair: (pair[0] == UNDATED_YEAR, -int(pair[0])))
        elif self.kind == FLAG:
            counted.sort(key=lambda pair: not pair[0])
        else:
            counted.sort(key=lambda pair: (-pair[1], str(pair[0]).lower()))
        return [(self.label_of(value), count) for value, count in counted if value != ""]


FACETS = (
    Facet("council", "Council", VALUE, "council", "Only this council (repeatable: any of)."),
    Facet("committee", "Committee", VALUE, "committee", "Only this committee (repeatable)."),
    Facet("year", "Year", YEAR, "date", f"Only this year, or {UNDATED} (repeatable)."),
    Facet("speaker", "Speaker", MANY, "speaker_names", "Only items where this person spoke.", normal=plain_name),  # noqa: E501
    Facet("topic", "Topic", MANY, "areas", "Only items about this subject area (repeatable)."),
    Facet("decision", "Has a decision", FLAG, "decisions", "Only items with (yes) or without (no) decisions."),  # noqa: E501
    Facet("procedural", "Procedural", FLAG, "procedural", "Include procedural items (apologies ...).", listed=False),  # noqa: E501
)  # fmt: skip
BY_NAME = {facet.name: facet for facet in FACETS}
LISTED = tuple(facet for facet in FACETS if facet.listed)  # ticked by value
PROCEDURAL = BY_NAME["procedural"]  # hidden unless asked for: apologies, declarations


@dataclass
class FacetFilters:
    """The facet values a search is restricted to: OR within a facet, AND across facets."""

    chosen: dict[str, list[str]] = field(default_factory=dict)  # facet name: values as URLs
    include_procedural: bool = False
    date_from: date | None = None
    date_to: date | None = None
    ids: list[str] | None = None  # only these items (an alert's new items); None: any

    def __post_init__(self) -> None:
        unknown = set(self.chosen) - {facet.name for facet in LISTED}
        if unknown:
            raise ValueError(f"not a facet to choose values of: {', '.join(sorted(unknown))}")
        self.chosen = {name: [str(v) for v in values] for name, values in self.chosen.items()
                       if values}  # fmt: skip

    @classmethod
    def of(
        cls, include_procedural: bool = False, date_from: date | None = None,
        date_to: date | None = None, **chosen: Iterable[object],
    ) -> FacetFilters:  # fmt: skip
        """FacetFilters.of(committee=["Cabinet"], year=[2019])."""
        return cls(dict(chosen), include_procedural, date_from, date_to)

    def values(self, name: str) -> list[str]:
        """The chosen values of a facet as URLs write them; procedural: "no" unless
        procedural items are included."""
        if name == PROCEDURAL.name:
            return [] if self.include_procedural else [NO]
        return self.chosen.get(name, [])


@dataclass(frozen=True)
class Selection:
    """One facet's filter, as the engines apply it: items with any of these values."""

    facet: Facet
    values: tuple[IndexValue, ...]


def selections(filters: FacetFilters) -> dict[str, Selection]:
    """The active facet filters by facet name (dates and ids are not facets)."""
    chosen = {}
    for facet in FACETS:
        texts = filters.values(facet.name)
        if texts:
            values = tuple(dict.fromkeys(facet.index_value(text) for text in texts))
            chosen[facet.name] = Selection(facet, values)
    return chosen
