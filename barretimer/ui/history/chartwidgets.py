"""A small chart widget drawn with QPainter: stacked bars, lines and a reference line over a row
of categories, with round value ticks, a legend, the exact values on hover and in the
accessible description, and arrow keys to read them week by week.

What it shows is a :class:`~barretimer.ui.history.chartmodel.ChartData`; how each series looks
is a :class:`SeriesStyle` by series key, set by the owner (it changes with the palette).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from barretimer.ui.history.chartlayout import ChartLayout, compute_layout
from barretimer.ui.history.chartmodel import ChartData
from barretimer.ui.history.chartpaint import ChartPainter
from barretimer.ui.history.chartstyle import ChartColours, SeriesStyle


class CategoryChart(QWidget):
    """Bars stacked bottom first, lines and a reference line over a row of categories."""

    def __init__(
        self,
        title: str,
        unit: str = "",
        *,
        value_labels: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._unit = unit  # the value axis' title
        self._value_labels = value_labels  # write the value inside each bar (one series only)
        self._data = ChartData()
        self._styles: dict[str, SeriesStyle] = {}
        self._layout: ChartLayout | None = None
        self._hovered: int | None = None
        self._current: int | None = None  # the column the arrow keys are on
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(280, 130)

    # --- what is shown ------------------------------------------------------------------------

    def title(self) -> str:
        return self._title

    def unit(self) -> str:
        """The value axis' title."""
        return self._unit

    def data(self) -> ChartData:
        return self._data

    def set_data(self, data: ChartData) -> None:
        self._data = data
        if self._current is not None and self._current >= len(data.labels):
            self._current = None
        self._hovered = None
        self.setAccessibleDescription(self.description())
        self._relayout()

    def set_styles(self, styles: Mapping[str, SeriesStyle]) -> None:
        self._styles = dict(styles)
        self.update()

    def style_of(self, key: str) -> SeriesStyle:
        return self._styles.get(key) or SeriesStyle(self.colours().text)

    def colours(self) -> ChartColours:
        return ChartColours.from_palette(self.palette())

    # --- words --------------------------------------------------------------------------------

    def format_value(self, value: float) -> str:
        text = QLocale().toString(float(value), "f", self._data.decimals)
        if self._data.decimals:  # 12.0 reads 12, 12.50 reads 12.5
            point = QLocale().decimalPoint()
            text = text.rstrip("0").rstrip(point) if point in text else text
        return f"{text} {self._data.unit}" if self._data.unit else text

    def value_lines(self, index: int) -> list[str]:
        """ "Name: value" for every series with a value in category ``index``."""
        data = self._data
        lines = [
            self.tr("{name}: {value}").format(name=s.name, value=self.format_value(v))
            for s in data.series
            if (v := s.values[index]) is not None
        ]
        if len(data.bars) > 1:
            lines.append(
                self.tr("Total: {value}").format(value=self.format_value(data.stack_total(index)))
            )
        return lines

    def tooltip_text(self, index: int) -> str:
        lines = self.value_lines(index) or [self.tr("Nothing recorded")]
        if self._data.reference is not None:
            lines.append(self._data.reference.name)
        return "\n".join([self._data.title(index), *lines])

    def description(self) -> str:
        """Every value in words, for screen readers and anyone who prefers to read them."""
        data = self._data
        if data.is_empty():
            return data.empty_text or self.tr("Nothing to show yet.")
        parts = [data.reference.name] if data.reference is not None else []
        for index in range(len(data.labels)):
            values = self.value_lines(index)
            if values:
                parts.append(f"{data.title(index)}: {', '.join(values)}")
        return "; ".join(parts)

    # --- layout -------------------------------------------------------------------------------

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def legend_entries(self) -> list[tuple[str, str]]:
        entries = [(s.key, s.name) for s in self._data.series]
        if self._data.reference is not None:
            entries.append((self._data.reference.key, self._data.reference.name))
        return entries

    def chart_layout(self) -> ChartLayout:
        """The legend goes at the right unless it is wide or, under the title, it would
        leave room to label more weeks."""
        if self._layout is None:
            layout = compute_layout(self, legend_right=True)
            if layout is None or len(layout.labels) < len(self._data.labels):
                under = compute_layout(self, legend_right=False)
                assert under is not None
                if layout is None or len(under.labels) > len(layout.labels):
                    layout = under
            self._layout = layout
        return self._layout

    def _relayout(self) -> None:
        self._layout = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._relayout()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 130)

    # --- where the pointer is -----------------------------------------------------------------

    def column_at(self, point: QPointF) -> int | None:
        """The category under ``point``: its column in the plot or its label under it."""
        layout = self.chart_layout()
        count = len(self._data.labels)
        plot = layout.plot
        if count == 0 or not (plot.left() <= point.x() < plot.right()):
            return None
        if not (plot.top() <= point.y() <= plot.bottom() + QFontMetricsF(self.font()).height() + 4):
            return None
        return min(int((point.x() - plot.left()) / plot.width() * count), count - 1)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The column under the pointer is lit, and its values are the tooltip."""
        index = self.column_at(event.position())
        if index != self._hovered:
            self._hovered = index
            self.setToolTip("" if index is None else self.tooltip_text(index))
            if index is None:
                QToolTip.hideText()
            elif QToolTip.isVisible():
                QToolTip.showText(event.globalPosition().toPoint(), self.toolTip(), self)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.setToolTip("")
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and Right (Home, End) move through the weeks and say each one's values."""
        count = len(self._data.labels)
        key = event.key()
        moves = {
            Qt.Key.Key_Left.value: -1,
            Qt.Key.Key_Right.value: 1,
            Qt.Key.Key_Home.value: -count,
            Qt.Key.Key_End.value: count,
        }
        if count == 0 or key not in moves:
            super().keyPressEvent(event)
            return
        start = count - 1 if self._current is None else self._current
        self._current = max(0, min(count - 1, start + moves[key]))
        self._announce()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QToolTip.hideText()
        self.update()
        super().focusOutEvent(event)

    def current_column(self) -> int | None:
        return self._current

    def _announce(self) -> None:
        """Show the current week's values beside its column, as a tooltip would."""
        assert self._current is not None
        text = self.tooltip_text(self._current)
        slot = self.chart_layout().slot(self._current, len(self._data.labels))
        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(slot.center().toPoint()), text, self)
        self.update()

    # --- geometry the painter and the tests share --------------------------------------------

    def bar_rect(self, layout: ChartLayout, index: int, low: float, high: float) -> QRectF:
        slot = layout.slot(index, len(self._data.labels))
        width = min(slot.width() * 0.62, 56.0)
        # Whole pixels, so the edges are sharp and stacked parts meet exactly.
        left, right = round(slot.center().x() - width / 2), round(slot.center().x() + width / 2)
        top, bottom = round(layout.y(high)), round(layout.y(low))
        return QRectF(left, top, right - left, bottom - top)

    def value_label_rects(self) -> list[tuple[int, QRectF, bool]]:
        """(category, rectangle, inside the bar) of each value written on a bar: inside its
        top when the bar is tall enough, else just above it."""
        if not self._value_labels or len(self._data.bars) != 1:
            return []
        layout = self.chart_layout()
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        placed = []
        for index, value in self._data.bars[0].points():
            if not value:
                continue
            bar = self.bar_rect(layout, index, 0.0, value)
            width = metrics.horizontalAdvance(QLocale().toString(round(value))) + 6
            inside = bar.height() >= line + 4
            top = (
                bar.top() + 2 if inside else max(bar.top() - line - 1, layout.plot.top() - line / 2)
            )
            placed.append((index, QRectF(bar.center().x() - width / 2, top, width, line), inside))
        return placed

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        ChartPainter(self).paint()
