"""A measured figure: its value in each run, its bar, and whether the bar is met."""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    section: str  # "1. Timing accuracy"
    label: str  # what was measured, as the table shows it
    unit: str  # "ms", "MB", "x", "events"
    runs: list[float]  # one value per run
    bar: float | None = None  # None: shown for information
    op: str = "<="  # how the value must compare with the bar: "<=" or "=="
    detail: str = ""  # the distribution inside a run, how it was measured
    decimals: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        values = [v for v in self.runs if not math.isnan(v)]
        return statistics.median(values) if values else math.nan

    @property
    def worst(self) -> float:
        values = [v for v in self.runs if not math.isnan(v)]
        if not values:
            return math.nan
        return (
            max(values) if self.op == "<=" else max(values, key=lambda v: abs(v - (self.bar or 0)))
        )

    @property
    def met(self) -> bool | None:
        """Every run within the bar (None when there is no bar)."""
        if self.bar is None:
            return None
        if not self.runs or any(math.isnan(v) for v in self.runs):
            return False
        if self.op == "==":
            return all(v == self.bar for v in self.runs)
        return all(v <= self.bar for v in self.runs)

    def fmt(self, value: float) -> str:
        if math.isnan(value):
            return "n/a"
        if self.unit == "events" or (self.decimals == 0):
            return f"{value:.0f}"
        return f"{value:.{self.decimals}f}"

    def spread(self) -> str:
        values = [v for v in self.runs if not math.isnan(v)]
        if len(values) < 2:
            return "1 run" if values else "none"
        return f"{self.fmt(min(values))}–{self.fmt(max(values))} ({len(values)} runs)"

    def bar_text(self) -> str:
        if self.bar is None:
            return "—"
        symbol = "≤" if self.op == "<=" else "="
        return f"{symbol} {self.fmt(self.bar)} {self.unit}".strip()

    def margin(self) -> str:
        """How the worst run compares with the bar."""
        if self.bar is None or self.op != "<=" or math.isnan(self.worst):
            return ""
        worst = self.worst
        if worst <= 0:
            return "met with all headroom"
        if worst <= self.bar:
            if self.bar / worst >= 1.5:
                return f"{self.bar / worst:.1f}× under"
            return f"{(1 - worst / self.bar) * 100:.0f}% under"
        return f"{worst / self.bar:.2f}× over" if self.bar > 0 else "over"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(median=self.median, met=self.met, margin=self.margin())
        return out


def status(figure: Figure) -> str:
    met = figure.met
    return "info" if met is None else ("**met**" if met else "**MISSED**")
