"""The strip of all intervals, coloured by kind, with a letter and a pattern for each kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from barretimer.core.model import Kind
from barretimer.core.timeline import Interval, Role, Timeline
from barretimer.ui.labels import kind_label, kind_letter
from barretimer.ui.style.palette import is_dark
from barretimer.ui.style.theme import KIND_STYLES

T = TypeVar("T")


class RenderCache(Generic[T]):
    """The last thing rendered, made again only when what it was made from (the key) changes."""

    def __init__(self) -> None:
        self._key: object = None
        self._value: T | None = None

    def get(self, key: object, render: Callable[[], T]) -> T:
        if self._value is None or key != self._key:
            self._value = render()
            self._key = key
        return self._value

    def clear(self) -> None:
        self._key = None
        self._value = None


def interval_kind(interval: Interval) -> Kind:
    """Automatic rests, switches and the lead-in show as rest."""
    return interval.kind if interval.role is Role.WORK else Kind.REST


def paint_kind_fill(
    painter: QPainter, rect: QRectF, kind: Kind, dark: bool, *, faded: bool = False
) -> None:
    """A kind's colour with its pattern drawn over it in a contrasting shade."""
    style = KIND_STYLES[kind]
    colour = style.color(dark)
    if faded:
        colour.setAlphaF(0.35)
    painter.fillRect(rect, colour)
    if (
        style.pattern is not Qt.BrushStyle.SolidPattern
        and style.pattern is not Qt.BrushStyle.NoBrush
    ):
        shade = QColor(0, 0, 0, 90) if not dark else QColor(255, 255, 255, 90)
        if faded:
            shade.setAlpha(40)
        painter.fillRect(rect, QBrush(shade, style.pattern))


class KindSwatch(QWidget):
    """A small square in a kind's colour and pattern with its letter, then the kind's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind: Kind | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_kind(self, kind: Kind | None) -> None:
        if kind == self._kind:
            return
        self._kind = kind
        self.setAccessibleName(kind_label(kind) if kind else "")
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return kind_label(self._kind).upper() if self._kind else ""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = metrics.height() + 8
        return QSize(height + 10 + metrics.horizontalAdvance(self.text()) + 4, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._kind is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = is_dark(self.palette())
        side = self.height() - 4
        box = QRectF(2, 2, side, side)
        paint_kind_fill(painter, box, self._kind, dark)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 1.5))
        painter.drawRect(box)
        letter_font = QFont(self.font())
        letter_font.setBold(True)
        painter.setFont(letter_font)
        _draw_letter(painter, box, kind_letter(self._kind), dark)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.font())
        text_rect = QRectF(box.right() + 10, 0, self.width() - box.right() - 10, self.height())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text()
        )


def _draw_letter(
    painter: QPainter, rect: QRectF, letter: str, dark: bool, radius: float | None = None
) -> None:
    """The letter on a plain disc so it reads over any pattern."""
    if radius is None:
        radius = min(rect.width(), rect.height()) * 0.36
    centre = rect.center()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#111111") if not dark else QColor("#f5f5f5"))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QColor("#ffffff") if not dark else QColor("#111111"))
    font = QFont(painter.font())
    font.setPixelSize(max(6, int(radius * 1.3)))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(
        QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
        Qt.AlignmentFlag.AlignCenter,
        letter,
    )
    painter.restore()


#: Narrower segments get no separator or outline: in a routine of thousands of intervals the
#: separators alone would cover the whole strip in the window's colour.
MIN_OUTLINED_PX = 4.0


class IntervalStrip(QWidget):
    """Every interval of the timeline as a segment as long as its planned time; where you are
    is marked with a frame and a pointer, finished intervals are faded."""

    def __init__(self, parent: QWidget | None = None, *, marker: bool = True) -> None:
        """``marker``: frame the current interval and point at the moment (off for previews)."""
        super().__init__(parent)
        self._marker = marker
        self._timeline: Timeline | None = None
        self._index = 0
        self._fraction = 0.0
        self._renders: RenderCache[tuple[QPixmap, QPixmap | None]] = RenderCache()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(36)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Workout progress"))

    def sizeHint(self) -> QSize:
        return QSize(600, max(36, self.fontMetrics().height() * 2 + 12))

    def set_timeline(self, timeline: Timeline | None) -> None:
        self._timeline = timeline
        self._renders.clear()
        self._index = 0
        self._fraction = 0.0
        self.update()

    def set_position(self, index: int, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if index == self._index and abs(fraction - self._fraction) < 0.002:
            return
        self._index = index
        self._fraction = fraction
        if self._timeline is not None:
            count = len(self._timeline.intervals)
            self.setAccessibleDescription(
                self.tr("Interval {n} of {count}").format(n=index + 1, count=count)
            )
        self.update()

    def segments(self) -> list[tuple[QRectF, Interval]]:
        """Each interval's rectangle in widget coordinates (also used by tests)."""
        if self._timeline is None or not self._timeline.intervals:
            return []
        total = self._timeline.total_s or 1.0
        margin = 2.0
        width = self.width() - 2 * margin
        bar_height = self.height() - 12
        out = []
        for interval in self._timeline.intervals:
            x = margin + width * interval.start_s / total
            w = max(1.0, width * interval.duration_s / total)
            out.append((QRectF(x, 2, w, bar_height), interval))
        return out

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The player's strip: draw the segments now, while the page comes up, rather than in
        # the workout's first frame. It has its size by now: a layout runs before its widgets
        # show.
        segments = self.segments()
        if self._marker and segments:
            self._segment_renders(segments)

    def _segment_renders(
        self, segments: list[tuple[QRectF, Interval]]
    ) -> tuple[QPixmap, QPixmap | None]:
        """The segments as they look, and faded (with the marker only). Patterned fills are
        slow to paint: they are drawn once per size, palette and timeline, so that moving to
        the next interval only moves a clip."""
        palette = self.palette()
        dark = is_dark(palette)
        ratio = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            ratio,
            dark,
            palette.color(QPalette.ColorRole.Window).rgba(),
            palette.color(QPalette.ColorRole.Mid).rgba(),
            self.font().key(),
        )
        return self._renders.get(
            key,
            lambda: (
                self._render_segments(segments, dark, ratio, faded=False),
                self._render_segments(segments, dark, ratio, faded=True) if self._marker else None,
            ),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        segments = self.segments()
        if not segments:
            return
        normal, faded = self._segment_renders(segments)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        if faded is None:
            painter.drawPixmap(0, 0, normal)
            painter.end()
            return
        current = segments[min(self._index, len(segments) - 1)][0]
        # The intervals done are faded: left of the current one from the faded render. The
        # frame drawn below covers the pixels where the two renders meet.
        split = round(current.left())
        painter.setClipRect(QRect(0, 0, split, self.height()))
        painter.drawPixmap(0, 0, faded)
        painter.setClipRect(QRect(split, 0, self.width() - split, self.height()))
        painter.drawPixmap(0, 0, normal)
        painter.setClipping(False)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(text_colour, 3))
        painter.drawRect(current.adjusted(-1, -1, 1, 1))
        # The pointer: a triangle under the current moment.
        x = current.left() + current.width() * self._fraction
        bottom = current.bottom() + 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text_colour)
        painter.drawPolygon(
            QPolygonF([QPointF(x, bottom), QPointF(x - 7, bottom + 9), QPointF(x + 7, bottom + 9)])
        )
        painter.end()

    def _render_segments(
        self, segments: list[tuple[QRectF, Interval]], dark: bool, ratio: float, *, faded: bool
    ) -> QPixmap:
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        separator = palette.color(QPalette.ColorRole.Window)
        letter_font = QFont(self.font())
        letter_font.setBold(True)
        painter.setFont(letter_font)
        # One size of disc for every letter, where the segment is wide enough for it.
        radius = min(segments[0][0].height() * 0.27, max(7.0, painter.fontMetrics().height() * 0.5))
        for rect, interval in segments:
            kind = interval_kind(interval)
            paint_kind_fill(painter, rect, kind, dark, faded=faded)
            if rect.width() < MIN_OUTLINED_PX:
                continue  # a line a pixel wide would paint over the segment itself
            if kind is Kind.REST:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(QPen(separator, 1.5))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            if interval.role is Role.WORK and rect.width() >= 2 * radius + 4:
                _draw_letter(painter, rect, kind_letter(kind), dark, radius)
        painter.end()
        return pixmap
