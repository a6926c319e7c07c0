"""A small chart widget drawn with QPainter: stacked bars, lines and a reference line over a row
of categories, with round value ticks, a legend, the exact values on hover and in the
accessible description, and arrow keys to read them week by week.

What it shows is a :class:`~barretimer.ui.history.chartmodel.ChartData`; how each series looks
is a :class:`SeriesStyle` by series key, set by the owner (it changes with the palette).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from barretimer.ui.history.chartmodel import ChartData, nice_axis, place_labels, ticks
from barretimer.ui.style.palette import contrast_ratio

PADDING = 8.0  # inside the card's border
LABEL_GAP = 10.0  # the least room between two labels under the axis


@dataclass(frozen=True)
class SeriesStyle:
    colour: QColor
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern  # bars: drawn over the colour
    dashed: bool = False  # lines and the reference
    marker: str = "circle"  # lines: "circle", "square" or "" for none
    label_colour: QColor | None = None  # bars: a value written inside the bar


@dataclass(frozen=True)
class ChartColours:
    """The chart's own colours, taken from the palette: text and axis readable on the
    background (4.5:1 and 3:1), the grid faint on purpose."""

    background: QColor
    text: QColor
    axis: QColor
    grid: QColor
    border: QColor
    highlight: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        background = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(40)
        return cls(
            background=background,
            text=text,
            axis=_toward(text, background, [background], 3.5),
            grid=_mix(text, background, 0.14),
            # The card's outline stands out from the page and from its own inside.
            border=_toward(text, background, [background, window], 3.0),
            highlight=highlight,
        )


def _toward(front: QColor, back: QColor, against: list[QColor], ratio: float) -> QColor:
    """The least of ``front`` mixed into ``back`` (from half on) that has ``ratio`` against
    every colour of ``against``; ``front`` itself when none does."""
    for share in range(5, 11):
        colour = _mix(front, back, share / 10)
        if all(contrast_ratio(colour, other) >= ratio for other in against):
            return colour
    return QColor(front)


def _mix(front: QColor, back: QColor, share: float) -> QColor:
    """``share`` of ``front`` over ``back``, as an opaque colour."""
    return QColor.fromRgbF(
        front.redF() * share + back.redF() * (1 - share),
        front.greenF() * share + back.greenF() * (1 - share),
        front.blueF() * share + back.blueF() * (1 - share),
    )


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

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _legend_entries(self) -> list[tuple[str, str]]:
        entries = [(s.key, s.name) for s in self._data.series]
        if self._data.reference is not None:
            entries.append((self._data.reference.key, self._data.reference.name))
        return entries

    def chart_layout(self) -> ChartLayout:
        """The legend goes at the right unless it is wide or, under the title, it would
        leave room to label more weeks."""
        if self._layout is None:
            layout = self._compute_layout(legend_right=True)
            if layout is None or len(layout.labels) < len(self._data.labels):
                under = self._compute_layout(legend_right=False)
                assert under is not None
                if layout is None or len(under.labels) > len(layout.labels):
                    layout = under
            self._layout = layout
        return self._layout

    def _compute_layout(self, *, legend_right: bool) -> ChartLayout | None:
        """None when the legend would take too much of the width at the right."""
        layout = ChartLayout()
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        inner = QRectF(self.rect()).adjusted(PADDING, PADDING, -PADDING, -PADDING)
        title = QFontMetricsF(self._title_font()).boundingRect(
            QRectF(inner.left(), inner.top(), inner.width(), 10 * line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
            self._title,
        )
        layout.title = QRectF(inner.left(), inner.top(), inner.width(), title.height())
        top = layout.title.bottom() + line / 2

        sample = 2.2 * line
        entries = [
            (key, sample + 6 + metrics.horizontalAdvance(name))
            for key, name in self._legend_entries()
        ]
        legend_width = max((width for _, width in entries), default=0.0)
        legend_right = legend_right and bool(entries)
        if legend_right and legend_width > inner.width() * 0.35:
            return None
        if not legend_right and entries:  # rows under the title, each centred
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
                    layout.legend.append(self._legend_item(key, x, top, sample, width, line))
                    x += width + 2 * line
                top += line + 4
            top += line / 2

        plot_bottom = inner.bottom() - line - 4
        plot_top = top + line / 2  # half the top tick's label is above the plot
        most_ticks = max(2, min(6, int((plot_bottom - plot_top) / (1.6 * line))))
        layout.top, interval = nice_axis(self._data.highest(), most_ticks=most_ticks)
        values = ticks(layout.top, interval)
        tick_texts = [QLocale().toString(round(v)) for v in values]
        tick_width = max(metrics.horizontalAdvance(t) for t in tick_texts)
        unit_width = line + 6 if self._unit else 0.0
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
                layout.legend.append(
                    self._legend_item(key, plot_right + 2 * line, y, sample, width, line)
                )
                y += line + 4

        count = len(self._data.labels)
        centres = [layout.slot(i, count).center().x() for i in range(count)]
        widths = [metrics.horizontalAdvance(text) for text in self._data.labels]
        high = plot_right + line if legend_right else inner.right()
        placed = place_labels(centres, widths, gap=LABEL_GAP, low=plot_left - 2, high=high)
        layout.labels = [
            (index, QRectF(left, plot_bottom + 4, widths[index], line)) for index, left in placed
        ]
        return layout

    @staticmethod
    def _legend_item(
        key: str, x: float, y: float, sample: float, width: float, line: float
    ) -> tuple[str, QRectF, QRectF]:
        return (
            key,
            QRectF(x, y, sample, line),
            QRectF(x + sample + 6, y, width - sample - 6, line),
        )

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

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.colours()
        layout = self.chart_layout()
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(colours.border, 1))
        painter.setBrush(colours.background)
        painter.drawRoundedRect(card, 6, 6)

        painter.setPen(colours.text)
        painter.setFont(self._title_font())
        painter.drawText(
            layout.title, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), self._title
        )
        painter.setFont(self.font())
        self._paint_axes(painter, layout, colours)
        count = len(self._data.labels)
        for index in {self._hovered, self._current if self.hasFocus() else None} - {None}:
            assert index is not None
            painter.fillRect(layout.slot(index, count), colours.highlight)
        if self._data.is_empty():
            painter.setPen(colours.text)
            painter.drawText(
                layout.plot,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._data.empty_text,
            )
        else:
            self._paint_bars(painter, layout, colours)
            self._paint_reference(painter, layout, colours)
            self._paint_lines(painter, layout, colours)
            self._paint_value_labels(painter, colours)
        y = math.floor(layout.y(0)) + 0.5  # the axis, over the feet of the bars
        painter.setPen(QPen(colours.axis, 1))
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y))
        self._paint_legend(painter, layout, colours)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 5, 5)
        painter.end()

    def _paint_axes(self, painter: QPainter, layout: ChartLayout, colours: ChartColours) -> None:
        plot = layout.plot
        for value, rect in layout.ticks:
            y = math.floor(layout.y(value)) + 0.5  # a crisp line of one pixel
            painter.setPen(QPen(colours.axis if value == 0 else colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.text)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                QLocale().toString(round(value)),
            )
        painter.setPen(colours.text)
        for index, rect in layout.labels:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._data.labels[index])
        if self._unit:
            painter.save()
            unit = layout.unit
            painter.translate(unit.left(), unit.bottom())
            painter.rotate(-90)
            text = QFontMetricsF(self.font()).elidedText(
                self._unit, Qt.TextElideMode.ElideRight, unit.height()
            )
            painter.drawText(
                QRectF(0, 0, unit.height(), unit.width()), int(Qt.AlignmentFlag.AlignCenter), text
            )
            painter.restore()

    def _bar_rect(self, layout: ChartLayout, index: int, low: float, high: float) -> QRectF:
        slot = layout.slot(index, len(self._data.labels))
        width = min(slot.width() * 0.62, 56.0)
        # Whole pixels, so the edges are sharp and stacked parts meet exactly.
        left, right = round(slot.center().x() - width / 2), round(slot.center().x() + width / 2)
        top, bottom = round(layout.y(high)), round(layout.y(low))
        return QRectF(left, top, right - left, bottom - top)

    def _paint_bars(self, painter: QPainter, layout: ChartLayout, colours: ChartColours) -> None:
        for index in range(len(self._data.labels)):
            base = 0.0
            for series in self._data.bars:
                value = series.values[index]
                if not value:
                    continue
                rect = self._bar_rect(layout, index, base, base + value)
                base += value
                self._fill(painter, rect, self.style_of(series.key))
                if len(self._data.bars) > 1 and rect.height() > 2:
                    # A pixel of the background between stacked parts keeps them apart.
                    painter.fillRect(
                        QRectF(rect.left(), rect.top(), rect.width(), 1), colours.background
                    )

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
            bar = self._bar_rect(layout, index, 0.0, value)
            width = metrics.horizontalAdvance(QLocale().toString(round(value))) + 6
            inside = bar.height() >= line + 4
            top = (
                bar.top() + 2 if inside else max(bar.top() - line - 1, layout.plot.top() - line / 2)
            )
            placed.append((index, QRectF(bar.center().x() - width / 2, top, width, line), inside))
        return placed

    def _paint_value_labels(self, painter: QPainter, colours: ChartColours) -> None:
        """Drawn last, on a patch of the bar's (or the background's) colour, so the reference
        line never runs through a number."""
        if not self._data.bars:
            return
        series = self._data.bars[0]
        style = self.style_of(series.key)
        for index, rect, inside in self.value_label_rects():
            value = series.values[index] or 0.0
            painter.fillRect(rect, style.colour if inside else colours.background)
            painter.setPen((style.label_colour or colours.text) if inside else colours.text)
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignCenter), QLocale().toString(round(value))
            )

    def _fill(self, painter: QPainter, rect: QRectF, style: SeriesStyle) -> None:
        """The series' colour with its pattern over it in a shade that stands out from it, so
        the parts of a stack differ without colour too."""
        painter.fillRect(rect, style.colour)
        if style.pattern not in (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.NoBrush):
            light_fill = style.colour.lightness() >= 128
            shade = QColor(0, 0, 0, 110) if light_fill else QColor(255, 255, 255, 130)
            painter.fillRect(rect, QBrush(shade, style.pattern))

    def _paint_reference(
        self, painter: QPainter, layout: ChartLayout, colours: ChartColours
    ) -> None:
        reference = self._data.reference
        if reference is None:
            return
        style = self.style_of(reference.key)
        y = layout.y(reference.value)
        start, end = QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y)
        # A halo of the background, so the line reads where it crosses a bar.
        painter.setPen(QPen(colours.background, 4.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(start, end)
        painter.setPen(self._line_pen(style))
        painter.drawLine(start, end)

    @staticmethod
    def _line_pen(style: SeriesStyle) -> QPen:
        pen = QPen(style.colour, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        if style.dashed:
            pen.setDashPattern([3.0, 2.0])
        return pen

    def _paint_lines(self, painter: QPainter, layout: ChartLayout, colours: ChartColours) -> None:
        count = len(self._data.labels)
        for series in self._data.lines:
            style = self.style_of(series.key)
            points = [
                (i, QPointF(layout.slot(i, count).center().x(), layout.y(v)))
                for i, v in series.points()
            ]
            path = QPainterPath()
            for (index, point), previous in zip(points, [None, *points[:-1]], strict=True):
                if previous is not None and previous[0] == index - 1:
                    path.lineTo(point)
                else:  # a week without a value breaks the line
                    path.moveTo(point)
            painter.setPen(self._line_pen(style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            for _, point in points:
                self._paint_marker(painter, style, point, colours)

    @staticmethod
    def _paint_marker(
        painter: QPainter, style: SeriesStyle, point: QPointF, colours: ChartColours
    ) -> None:
        painter.setPen(QPen(colours.background, 1.5))
        painter.setBrush(style.colour)
        # A circle is a little wider than a square, so equal values show both.
        if style.marker == "circle":
            painter.drawEllipse(point, 5.5, 5.5)
        elif style.marker == "square":
            painter.drawRect(QRectF(point.x() - 3.5, point.y() - 3.5, 7, 7))

    def _paint_legend(self, painter: QPainter, layout: ChartLayout, colours: ChartColours) -> None:
        names = dict(self._legend_entries())
        bar_keys = {s.key for s in self._data.bars}
        for key, sample, text in layout.legend:
            style = self.style_of(key)
            if key in bar_keys:
                side = min(sample.height() - 2, 14.0)
                box = QRectF(
                    sample.left() + (sample.width() - side) / 2,
                    sample.center().y() - side / 2,
                    side,
                    side,
                )
                self._fill(painter, box, style)
            else:
                y = sample.center().y()
                painter.setPen(self._line_pen(style))
                painter.drawLine(QPointF(sample.left(), y), QPointF(sample.right(), y))
                if key != (self._data.reference.key if self._data.reference else None):
                    self._paint_marker(painter, style, sample.center(), colours)
            painter.setPen(colours.text)
            painter.drawText(
                text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), names[key]
            )
