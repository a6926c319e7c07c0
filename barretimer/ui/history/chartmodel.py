"""What a chart shows and the arithmetic of its axes, with no Qt: the painting is in
:mod:`barretimer.ui.history.chartwidgets`.

A chart is a row of categories (weeks), bars stacked bottom first, lines over them and at most
one reference value (a target) drawn across.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Series:
    """One named row of values, one per category; ``None`` where there is nothing to show
    (a line breaks there)."""

    key: str  # what the chart's styles are looked up by
    name: str  # shown in the legend, the tooltip and the description
    values: tuple[float | None, ...]

    def points(self) -> list[tuple[int, float]]:
        """(category index, value) of every value there is."""
        return [(i, v) for i, v in enumerate(self.values) if v is not None]


@dataclass(frozen=True)
class Reference:
    """A value drawn as a line across the whole chart, such as the weekly target."""

    key: str
    name: str
    value: float


@dataclass(frozen=True)
class ChartData:
    labels: tuple[str, ...] = ()  # short, under the axis ("14 Sep")
    titles: tuple[str, ...] = ()  # long, for the tooltip and description; labels when empty
    bars: tuple[Series, ...] = ()  # stacked, bottom first
    lines: tuple[Series, ...] = ()
    reference: Reference | None = None
    unit: str = ""  # after each value in the tooltip ("min"); empty for counts
    decimals: int = 0  # the most decimals a value is shown with
    empty_text: str = ""  # painted and described when there is nothing to draw

    def title(self, index: int) -> str:
        return self.titles[index] if self.titles else self.labels[index]

    @property
    def series(self) -> tuple[Series, ...]:
        return self.bars + self.lines

    def is_empty(self) -> bool:
        """True when there is nothing to draw: every value missing or zero."""
        return not any(v for series in self.series for _, v in series.points())

    def stack_total(self, index: int) -> float:
        return sum(series.values[index] or 0.0 for series in self.bars)

    def highest(self) -> float:
        """The largest value the value axis has to reach."""
        values = [self.stack_total(i) for i in range(len(self.labels))]
        values += [v for series in self.lines for _, v in series.points()]
        if self.reference is not None:
            values.append(self.reference.value)
        return max(values, default=0.0)


def _round_intervals() -> Iterator[int]:
    """1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, ... without end."""
    yield from (1, 2, 5)
    for scale in itertools.count(1):
        for step in (10, 20, 25, 50):
            yield step * 10 ** (scale - 1)


def nice_axis(value: float, *, most_ticks: int = 6) -> tuple[float, float]:
    """A round axis maximum a little above ``value`` and a round tick interval for it."""
    value = max(value * 1.1, 1.0)
    interval = next(i for i in _round_intervals() if value / i <= most_ticks)
    return math.ceil(value / interval) * interval, float(interval)


def ticks(top: float, interval: float) -> list[float]:
    """The tick values from 0 to ``top``."""
    return [i * interval for i in range(round(top / interval) + 1)]


def place_labels(
    centres: Sequence[float], widths: Sequence[float], *, gap: float, low: float, high: float
) -> list[tuple[int, float]]:
    """(index, left edge) of the category labels to show under the axis.

    Each label is centred under its category and pushed inside ``low``..``high``. When they do
    not all fit with ``gap`` between them, every second, third... is shown, counted back from
    the last (the current week), rather than shortening any of them.
    """
    count = len(centres)
    for stride in range(1, count + 1):
        placed: list[tuple[int, float]] = []
        for index in sorted(range(count - 1, -1, -stride)):
            left = min(max(centres[index] - widths[index] / 2, low), high - widths[index])
            if placed:
                before, before_left = placed[-1]
                if left < before_left + widths[before] + gap:
                    break
            placed.append((index, left))
        else:
            return placed
    return []
