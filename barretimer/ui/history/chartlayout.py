"""Where a chart's parts go at its present size: title, legend (at the right or in rows under
the title), the value axis with round ticks, the plot, and the category labels that fit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from barretimer.ui.history.chartmodel import nice_axis, place_labels, ticks

if TYPE_CHECKING:
    from barretimer.ui.history.chartwidgets import CategoryChart

PADDING = 8.0  # inside the card's border
LABEL_GAP = 10.0  # the least room between two labels under the axis


@dataclass
class ChartLayout:
    """Where everything goes at the widget's present size (widget coordinates)."""

    title: QRectF = field(default_factory=QRectF)
    plot: QRectF = field(default_factory=QRectF)
    unit: QRectF = field(default_factory=QRectF)  # the value axis' title, before rotation
    top: float = 1.0  # the value at the top of the plot
    ticks: list[tuple[float, QRectF]] = field(default_factory=list)  # value, its label
    labels: list[tuple[int, QRectF]] = field(default_factory=list)  # category, its label
    legend: list[tuple[str, QRectF, QRectF]] = field(default_factory=list)  # key, sample, text

    def slot(self, index: int, count: int) -> QRectF:
        """The column of category ``index``."""
        width = self.plot.width() / max(count, 1)
        return QRectF(self.plot.left() + index * width, self.plot.top(), width, self.plot.height())

    def y(self, value: float) -> float:
        return self.plot.bottom() - value / self.top * self.plot.height()


def compute_layout(chart: CategoryChart, *, legend_right: bool) -> ChartLayout | None:
    """None when the legend would take too much of the width at the right."""
    layout = ChartLayout()
    metrics = QFontMetricsF(chart.font())
    line = metrics.height()
    inner = QRectF(chart.rect()).adjusted(PADDING, PADDING, -PADDING, -PADDING)
    title = QFontMetricsF(chart.title_font()).boundingRect(
        QRectF(inner.left(), inner.top(), inner.width(), 10 * line),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
        chart.title(),
    )
    layout.title = QRectF(inner.left(), inner.top(), inner.width(), title.height())
    top = layout.title.bottom() + line / 2

    sample = 2.2 * line
    entries = [
        (key, sample + 6 + metrics.horizontalAdvance(name)) for key, name in chart.legend_entries()
    ]
    legend_width = max((width for _, width in entries), default=0.0)
    legend_right = legend_right and bool(entries)
    if legend_right and legend_width > inner.width() * 0.35:
        return None
    if not legend_right and entries:  # rows under the title, each centred
        top = _legend_under_title(layout, entries, inner, top, sample, line)

    plot_bottom = inner.bottom() - line - 4
    plot_top = top + line / 2  # half the top tick's label is above the plot
    most_ticks = max(2, min(6, int((plot_bottom - plot_top) / (1.6 * line))))
    layout.top, interval = nice_axis(chart.data().highest(), most_ticks=most_ticks)
    values = ticks(layout.top, interval)
    tick_texts = [QLocale().toString(round(v)) for v in values]
    tick_width = max(metrics.horizontalAdvance(t) for t in tick_texts)
    unit_width = line + 6 if chart.unit() else 0.0
    plot_left = inner.left() + unit_width + tick_width + 6
    plot_right = inner.right() - (legend_width + 2 * line if legend_right else 0)
    layout.plot = QRectF(plot_left, plot_top, plot_right - plot_left, plot_bottom - plot_top)
    layout.unit = QRectF(inner.left(), plot_top, line, layout.plot.height())
    for value, text in zip(values, tick_texts, strict=True):
        width = metrics.horizontalAdvance(text)
        y = layout.y(value)
        layout.ticks.append((value, QRectF(plot_left - 6 - width, y - line / 2, width, line)))

    if legend_right:
        y = layout.plot.center().y() - len(entries) * (line + 4) / 2
        for key, width in entries:
            layout.legend.append(legend_item(key, plot_right + 2 * line, y, sample, width, line))
            y += line + 4

    count = len(chart.data().labels)
    centres = [layout.slot(i, count).center().x() for i in range(count)]
    widths = [metrics.horizontalAdvance(text) for text in chart.data().labels]
    high = plot_right + line if legend_right else inner.right()
    placed = place_labels(centres, widths, gap=LABEL_GAP, low=plot_left - 2, high=high)
    layout.labels = [
        (index, QRectF(left, plot_bottom + 4, widths[index], line)) for index, left in placed
    ]
    return layout


def legend_item(
    key: str, x: float, y: float, sample: float, width: float, line: float
) -> tuple[str, QRectF, QRectF]:
    return (
        key,
        QRectF(x, y, sample, line),
        QRectF(x + sample + 6, y, width - sample - 6, line),
    )


def _legend_under_title(
    layout: ChartLayout,
    entries: list[tuple[str, float]],
    inner: QRectF,
    top: float,
    sample: float,
    line: float,
) -> float:
    """The legend in rows under the title, each row centred; returns where the plot may start."""
    rows: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    for key, width in entries:
        if rows[-1] and used + width > inner.width():
            rows.append([])
            used = 0.0
        rows[-1].append((key, width))
        used += width + 2 * line
    for row in rows:
        x = inner.center().x() - (sum(w for _, w in row) + 2 * line * (len(row) - 1)) / 2
        for key, width in row:
            layout.legend.append(legend_item(key, x, top, sample, width, line))
            x += width + 2 * line
        top += line + 4
    top += line / 2
    return top
