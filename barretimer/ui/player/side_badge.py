"""The side being worked, beside the countdown: a big arrow over a big word."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from barretimer.core.timeline import Side
from barretimer.ui.labels import side_word
from barretimer.ui.style.palette import is_dark
from barretimer.ui.style.theme import SIDE_STYLES


class SideBadge(QWidget):
    """LEFT or RIGHT as a big word under a big arrow pointing that way."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._active = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(90)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def set_active(self, active: bool) -> None:
        """Show the side or leave the space blank. The widget itself stays visible: showing a
        widget makes Qt lay out the whole window again at once, a few ms at a side change."""
        if active == self._active:
            return
        self._active = active
        self.setAccessibleName(side_word(self.side) if active else "")
        self.update()

    def is_active(self) -> bool:
        return self._active

    def text(self) -> str:
        return side_word(self.side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._active:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = SIDE_STYLES[self.side]
        colour = style.color(is_dark(self.palette()))
        w, h = float(self.width()), float(self.height())
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, int(min(w * 0.26, h * 0.2))))
        metrics = QFontMetricsF(font)
        word = self.text()
        if metrics.horizontalAdvance(word) > w * 0.92:
            font.setPixelSize(
                max(10, int(font.pixelSize() * w * 0.92 / metrics.horizontalAdvance(word)))
            )
            metrics = QFontMetricsF(font)
        arrow_h = min(h * 0.42, w * 0.6)
        total = arrow_h + metrics.height() * 1.15
        top = (h - total) / 2
        # The arrow: a chunky shape pointing to the side being worked.
        cx = w / 2
        half = arrow_h / 2
        head = arrow_h * 0.55
        shaft = arrow_h * 0.22
        y = top + half
        left = self.side is Side.LEFT
        tip = cx - half * 1.1 if left else cx + half * 1.1
        back = cx + half * 1.1 if left else cx - half * 1.1
        neck = tip + head if left else tip - head
        points = [
            QPointF(tip, y),
            QPointF(neck, y - half),
            QPointF(neck, y - shaft),
            QPointF(back, y - shaft),
            QPointF(back, y + shaft),
            QPointF(neck, y + shaft),
            QPointF(neck, y + half),
        ]
        painter.setPen(
            QPen(self.palette().color(QPalette.ColorRole.WindowText), max(2.0, arrow_h * 0.03))
        )
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF(points))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(0, top + arrow_h + metrics.height() * 0.15, w, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            word,
        )
        painter.end()
