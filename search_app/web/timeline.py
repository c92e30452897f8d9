"""A server-rendered bar chart of matching items over time (no JavaScript needed)."""

from __future__ import annotations

from dataclasses import dataclass

from search_app.search import FacetValue

WIDTH, HEIGHT, MAX_MONTH_BARS = 600, 80, 36


@dataclass
class Bar:
    label: str  # "2015-05" or "2015"
    count: int
    x: float
    width: float
    height: float


def timeline_bars(months: list[FacetValue]) -> list[Bar]:
    """One bar per month, or per year when the matches span more than three years."""
    if not months:
        return []
    periods = [(m.value, m.count) for m in months]
    if len(periods) > MAX_MONTH_BARS:
        years: dict[str, int] = {}
        for month, count in periods:
            years[month[:4]] = years.get(month[:4], 0) + count
        periods = sorted(years.items())
    tallest = max(count for _, count in periods)
    width = WIDTH / len(periods)
    return [
        Bar(label, count, i * width, max(width - 2, 1), max(HEIGHT * count / tallest, 2))
        for i, (label, count) in enumerate(periods)
    ]
