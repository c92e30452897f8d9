"""A server-rendered bar chart of matching items over time (no JavaScript needed)."""

from __future__ import annotations

from dataclasses import dataclass

from search_app.search import FacetValue

WIDTH, HEIGHT, MAX_MONTH_BARS, MAX_TICKS = 600, 80, 36, 12


@dataclass
class Bar:
    label: str  # "2015-05" or "2015"
    count: int
    x: float
    width: float
    height: float


@dataclass
class Tick:
    label: str  # a year
    x: float


@dataclass
class Timeline:
    bars: list[Bar]
    ticks: list[Tick]


def timeline(months: list[FacetValue]) -> Timeline:
    """Bars on a real time axis: one per month (or per year when the matches span three
    years or more) at its place in time, empty months left as gaps, a tick at each year.
    Nothing when every match is in one month: a single full-width bar says nothing."""
    if len(months) < 2:
        return Timeline([], [])
    periods = [(month_number(m.value), m.value, m.count) for m in months]
    by_year = periods[-1][0] - periods[0][0] >= MAX_MONTH_BARS
    if by_year:
        years: dict[int, int] = {}
        for number, _, count in periods:
            years[number // 12] = years.get(number // 12, 0) + count
        periods = [(year, str(year), count) for year, count in sorted(years.items())]
    first, last = periods[0][0], periods[-1][0]
    slot = WIDTH / (last - first + 1)
    tallest = max(count for _, _, count in periods)
    bars = [
        Bar(label, count, (n - first) * slot, max(slot - 2, 1), max(HEIGHT * count / tallest, 2))
        for n, label, count in periods
    ]
    years = list(range(first // (1 if by_year else 12), last // (1 if by_year else 12) + 1))
    step = -(-len(years) // MAX_TICKS)
    ticks = [
        Tick(str(year), max(0.0, ((year if by_year else year * 12) - first) * slot))
        for year in years[::step]
    ]
    return Timeline(bars, ticks)


def month_number(value: str) -> int:
    """ "2015-05" -> months since year 0, for placing bars in time."""
    year, month = value.split("-")[:2]
    return int(year) * 12 + int(month) - 1
