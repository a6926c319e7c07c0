"""A chart painted: the card, title, axes, bars, reference and lines, value labels, legend
and the focus ring, from the chart's layout and colours."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from barretimer.ui.history.chartlayout import ChartLayout
from barretimer.ui.history.chartstyle import ChartColours, SeriesStyle

if TYPE_CHECKING:
    from barretimer.ui.history.chartwidgets import CategoryChart


class ChartPainter:
    """Paints one chart, once: made in its paintEvent."""

    def __init__(self, chart: CategoryChart) -> None:
        self.chart = chart

    def paint(self) -> None:
        painter = QPainter(self.chart)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.chart.colours()
        layout = self.chart.chart_layout()
        card = QRectF(self.chart.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(colours.border, 1))
        painter.setBrush(colours.background)
        painter.drawRoundedRect(card, 6, 6)

        painter.setPen(colours.text)
        painter.setFont(self.chart.title_font())
        painter.drawText(
            layout.title,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
            self.chart._title,
        )
        painter.setFont(self.chart.font())
        self._paint_axes(painter, layout, colours)
        count = len(self.chart._data.labels)
        for index in {
            self.chart._hovered,
            self.chart._current if self.chart.hasFocus() else None,
        } - {None}:
            assert index is not None
            painter.fillRect(layout.slot(index, count), colours.highlight)
        if self.chart._data.is_empty():
            painter.setPen(colours.text)
            painter.drawText(
                layout.plot,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.chart._data.empty_text,
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
        if self.chart.hasFocus():
            pen = QPen(self.chart.palette().color(QPalette.ColorRole.Highlight), 2)
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
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignCenter), self.chart._data.labels[index]
            )
        if self.chart._unit:
            painter.save()
            unit = layout.unit
            painter.translate(unit.left(), unit.bottom())
            painter.rotate(-90)
            text = QFontMetricsF(self.chart.font()).elidedText(
                self.chart._unit, Qt.TextElideMode.ElideRight, unit.height()
            )
            painter.drawText(
                QRectF(0, 0, unit.height(), unit.width()), int(Qt.AlignmentFlag.AlignCenter), text
            )
            painter.restore()

    def _paint_bars(self, painter: QPainter, layout: ChartLayout, colours: ChartColours) -> None:
        for index in range(len(self.chart._data.labels)):
            base = 0.0
            for series in self.chart._data.bars:
                value = series.values[index]
                if not value:
                    continue
                rect = self.chart.bar_rect(layout, index, base, base + value)
                base += value
                self._fill(painter, rect, self.chart.style_of(series.key))
                if len(self.chart._data.bars) > 1 and rect.height() > 2:
                    # A pixel of the background between stacked parts keeps them apart.
                    painter.fillRect(
                        QRectF(rect.left(), rect.top(), rect.width(), 1), colours.background
                    )

    def _paint_value_labels(self, painter: QPainter, colours: ChartColours) -> None:
        """Drawn last, on a patch of the bar's (or the background's) colour, so the reference
        line never runs through a number."""
        if not self.chart._data.bars:
            return
        series = self.chart._data.bars[0]
        style = self.chart.style_of(series.key)
        for index, rect, inside in self.chart.value_label_rects():
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
        reference = self.chart._data.reference
        if reference is None:
            return
        style = self.chart.style_of(reference.key)
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
        count = len(self.chart._data.labels)
        for series in self.chart._data.lines:
            style = self.chart.style_of(series.key)
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
        names = dict(self.chart.legend_entries())
        bar_keys = {s.key for s in self.chart._data.bars}
        for key, sample, text in layout.legend:
            style = self.chart.style_of(key)
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
                if key != (self.chart._data.reference.key if self.chart._data.reference else None):
                    self._paint_marker(painter, style, sample.center(), colours)
            painter.setPen(colours.text)
            painter.drawText(
                text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), names[key]
            )
