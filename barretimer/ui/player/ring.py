"""The countdown ring: the time in very large digits inside a ring that empties as the
interval runs, in the player and in the mini view."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from barretimer.core.model import Kind
from barretimer.ui.glyph_text import GLYPHS, is_large
from barretimer.ui.player.strip import RenderCache
from barretimer.ui.style.palette import is_dark, readable
from barretimer.ui.style.theme import KIND_STYLES


def _text_pixmap(
    text: str, font: QFont, colour: QColor, background: QColor, rect: QRectF, ratio: float
) -> tuple[QPointF, QPixmap]:
    """``text`` centred in ``rect``, drawn into a pixmap over the box the text covers, filled
    with ``background``; and where to draw the pixmap. The box is aligned to the device pixels,
    so the glyphs sit exactly where drawing on the widget would put them."""
    box = QFontMetricsF(font).boundingRect(rect, Qt.AlignmentFlag.AlignCenter, text)
    box.adjust(-2, -2, 2, 2)  # room for antialiasing and glyphs past their advance
    left, top = math.floor(box.left() * ratio), math.floor(box.top() * ratio)
    right, bottom = math.ceil(box.right() * ratio), math.ceil(box.bottom() * ratio)
    pixmap = QPixmap(right - left, bottom - top)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(background)
    origin = QPointF(left / ratio, top / ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-origin)
    if is_large(font):  # the digits: from glyphs drawn once (see glyph_text)
        GLYPHS.draw_text(painter, rect, Qt.AlignmentFlag.AlignCenter, text, font, colour)
    else:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return origin, pixmap


class CountdownRing(QWidget):
    """The time in very large digits inside a ring that empties as the interval runs.

    Repainted 10 to 20 times a second for the arc: the background with the ring's track and
    each text are drawn once into pixmaps, so that a repaint is a few copies and one arc.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = "0:00"
        self._detail = ""
        self._progress = 0.0
        self._counting_up = False
        self._kind = Kind.REST
        self._paused = False
        self._room = False
        self._background: RenderCache[QPixmap] = RenderCache()
        self._digits: RenderCache[tuple[QPointF, QPixmap]] = RenderCache()
        self._small_text: RenderCache[tuple[QPointF, QPixmap]] = RenderCache()
        self._detail_colour: RenderCache[QColor] = RenderCache()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("Time left"))
        # Repainted many times a second: paint the background here so the parents need not.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def text(self) -> str:
        return self._text

    def set_room_mode(self, room: bool) -> None:
        """Room mode: a thinner ring and the digits as large as fit inside it."""
        if room != self._room:
            self._room = room
            self.update()

    def digit_font(self, text: str | None = None) -> QFont:
        """The font the digits (or ``text``) are drawn in at the widget's size (for the size
        test and the glyph warm-up too)."""
        side = min(self.width(), self.height()) - 8
        pen_width = max(6.0, side * (0.03 if self._room else 0.055))
        inner = side - pen_width * 3
        fit = 0.92 if self._room else 0.82
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, int(inner * (0.4 if self._room else 0.34))))
        width = QFontMetricsF(font).horizontalAdvance(self._text if text is None else text)
        if width > inner * fit:
            font.setPixelSize(max(10, int(font.pixelSize() * inner * fit / width)))
        return font

    def detail(self) -> str:
        return self._detail

    def show_time(
        self,
        text: str,
        detail: str,
        progress: float,
        kind: Kind,
        *,
        counting_up: bool,
        paused: bool,
    ) -> None:
        changed = (text, detail, round(progress, 3), kind, counting_up, paused) != (
            self._text,
            self._detail,
            round(self._progress, 3),
            self._kind,
            self._counting_up,
            self._paused,
        )
        self._text, self._detail, self._progress = text, detail, progress
        self._kind, self._counting_up, self._paused = kind, counting_up, paused
        if changed:
            self.setAccessibleDescription(f"{text} {detail}")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """In four steps: the track, the arc, the number, the label under it."""
        window = self.palette().color(QPalette.ColorRole.Window)
        ring, pen_width = self._ring()
        painter = QPainter(self)
        self._paint_track(painter, ring, pen_width, window)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_arc(painter, ring, pen_width)
        text_height = self._paint_number(painter, ring, pen_width, window)
        if self._detail:
            self._paint_label(painter, ring, pen_width, window, text_height)
        painter.end()

    def _ring(self) -> tuple[QRectF, float]:
        """The ring's rectangle (through the middle of its pen) and the pen's width."""
        side = min(self.width(), self.height()) - 8
        pen_width = max(6.0, side * (0.03 if self._room else 0.055))
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        ring = rect.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
        return ring, pen_width

    def _paint_track(
        self, painter: QPainter, ring: QRectF, pen_width: float, window: QColor
    ) -> None:
        """The background with the ring's empty track, drawn once for each size and palette."""
        track = self.palette().color(QPalette.ColorRole.Mid)
        ratio = self.devicePixelRatioF()
        painter.drawPixmap(
            0,
            0,
            self._background.get(
                (self.width(), self.height(), ratio, window.rgba(), track.rgba()),
                lambda: self._render_background(ring, pen_width, window, track, ratio),
            ),
        )

    def _paint_arc(self, painter: QPainter, ring: QRectF, pen_width: float) -> None:
        """What is left of the interval (or what is done, counting up), in the kind's colour;
        grey while paused."""
        palette = self.palette()
        colour = KIND_STYLES[self._kind].color(is_dark(palette))
        if self._paused:
            colour = palette.color(QPalette.ColorRole.PlaceholderText)
        fraction = self._progress if self._counting_up else 1.0 - self._progress
        if fraction > 0:
            painter.setPen(QPen(colour, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(ring, 90 * 16, -round(fraction * 360 * 16))

    def _paint_number(
        self, painter: QPainter, ring: QRectF, pen_width: float, window: QColor
    ) -> float:
        """The digits: as big as fit in the ring, in the text colour for the best contrast.
        Their pixmaps are opaque: the boxes they cover lie inside the ring. Returns the
        digits' line height, which places the label under them."""
        inner = ring.width() - pen_width * 2
        font = self.digit_font()
        centre = ring.center()
        text_height = QFontMetricsF(font).height()
        self._draw_text(
            painter,
            self._digits,
            self._text,
            font,
            self.palette().color(QPalette.ColorRole.WindowText),
            # Room mode's digits reach past the square inside the ring: their box is clear.
            QColor(Qt.GlobalColor.transparent) if self._room else window,
            QRectF(
                ring.left(), centre.y() - text_height / 2 - inner * 0.04, ring.width(), text_height
            ),
        )
        return text_height

    def _paint_label(
        self,
        painter: QPainter,
        ring: QRectF,
        pen_width: float,
        window: QColor,
        text_height: float,
    ) -> None:
        """The small line under the digits: "of 0:45", "max 1:30"."""
        inner = ring.width() - pen_width * 2
        small = QFont(self.font())
        small.setPixelSize(max(9, int(inner * 0.075)))
        self._draw_text(
            painter,
            self._small_text,
            self._detail,
            small,
            self.detail_colour(),
            window,
            QRectF(
                ring.left(),
                ring.center().y() + text_height / 2 - inner * 0.02,
                ring.width(),
                inner * 0.12,
            ),
        )

    def detail_colour(self) -> QColor:
        """A quiet grey for "of 0:45" that still reads at 4.5:1 against the window."""
        palette = self.palette()
        return self._detail_colour.get(
            palette.cacheKey(),
            lambda: readable(
                palette.color(QPalette.ColorRole.PlaceholderText),
                palette.color(QPalette.ColorRole.Window),
                palette.color(QPalette.ColorRole.WindowText),
            ),
        )

    def _render_background(
        self, ring: QRectF, pen_width: float, window: QColor, track: QColor, ratio: float
    ) -> QPixmap:
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(window)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(ring)
        painter.end()
        return pixmap

    def _draw_text(
        self,
        painter: QPainter,
        cache: RenderCache[tuple[QPointF, QPixmap]],
        text: str,
        font: QFont,
        colour: QColor,
        background: QColor,
        rect: QRectF,
    ) -> None:
        ratio = self.devicePixelRatioF()
        key = (text, font.key(), colour.rgba(), background.rgba(), rect.getRect(), ratio)
        origin, pixmap = cache.get(
            key, lambda: _text_pixmap(text, font, colour, background, rect, ratio)
        )
        painter.drawPixmap(origin, pixmap)
