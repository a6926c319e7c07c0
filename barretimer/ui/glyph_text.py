"""Large text drawn from glyphs kept as pixmaps: the countdown's digits and the exercise's name.

Qt's raster engine keeps glyphs in its cache only up to 64 px; larger text is filled as paths
at every paint, 1-2 ms for a line of it on a 2-core machine against 0.05 ms below 64 px. The
player shows text that large from the mat, and repaints it at every interval change. Here each
glyph is drawn once for its font, colour, pixel ratio and half-pixel offset, by Qt itself
(``drawGlyphRun``), into a pixmap; a text is then a copy of each glyph at the place Qt's own
text layout gives it (to half a pixel across; the baseline on a whole pixel).
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QRawFont,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QWidget

#: Below this pixel size Qt's own glyph cache serves the text.
LARGE_PX = 64
#: Room around a glyph's box for its antialiased edge.
PAD = 2
#: Glyph positions are kept to half a device pixel across and whole pixels down (the
#: baseline): two pictures of each glyph serve every text, and at this size half a pixel does
#: not show.
STEPS = 2


class GlyphCache:
    """Glyph pixmaps, the least recently used dropped past ``budget_bytes``."""

    def __init__(self, budget_bytes: int = 4 * 1024 * 1024) -> None:
        self.budget_bytes = budget_bytes
        self._pixmaps: OrderedDict[tuple[object, ...], tuple[QPixmap, int, int]] = OrderedDict()
        self._bytes = 0
        #: Glyphs drawn into a pixmap so far (a test reads it: a known glyph is not drawn again).
        self.drawn = 0

    def clear(self) -> None:
        self._pixmaps.clear()
        self._bytes = 0

    def size_bytes(self) -> int:
        """What the kept glyphs take (4 bytes a pixel)."""
        return self._bytes

    def draw_text(
        self,
        painter: QPainter,
        rect: QRectF,
        alignment: Qt.AlignmentFlag,
        text: str,
        font: QFont,
        colour: QColor,
        *,
        wrap: bool = False,
    ) -> None:
        """``text`` in ``rect`` as ``painter.drawText`` would put it, for a painter that only
        translates (a widget's or a pixmap's)."""
        ratio = painter.device().devicePixelRatioF()
        offset = painter.transform()
        dx, dy = offset.dx(), offset.dy()
        for run, origin in _layout(text, font, rect, alignment, wrap):
            raw = run.rawFont()
            for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=False):
                x = (origin.x() + position.x() + dx) * ratio
                y = (origin.y() + position.y() + dy) * ratio
                ix, iy = math.floor(x), round(y)
                fx = round((x - ix) * STEPS)
                if fx == STEPS:
                    ix, fx = ix + 1, 0
                pixmap, left, top = self._glyph(raw, glyph, fx, colour, ratio)
                if pixmap.isNull():
                    continue
                painter.drawPixmap(
                    QPointF((ix + left) / ratio - dx, (iy + top) / ratio - dy), pixmap
                )

    def prepare(self, text: str, font: QFont, colour: QColor, ratio: float) -> int:
        """Draw the glyphs of ``text`` not kept yet, at every offset, so that showing it later
        only copies them; how many were drawn."""
        before = self.drawn
        for run, _ in _layout(
            text, font, QRectF(0, 0, 1e6, 1e6), Qt.AlignmentFlag.AlignLeft, False
        ):
            for glyph in run.glyphIndexes():
                for fx in range(STEPS):
                    self._glyph(run.rawFont(), glyph, fx, colour, ratio)
        return self.drawn - before

    def _glyph(
        self, raw: QRawFont, glyph: int, step: int, colour: QColor, ratio: float
    ) -> tuple[QPixmap, int, int]:
        """The glyph's pixmap, drawn ``step`` / :data:`STEPS` of a device pixel right of the
        pen position, and its top-left corner in device pixels from the pen position."""
        font_key = (raw.familyName(), raw.styleName(), raw.pixelSize(), raw.weight())
        key = (font_key, glyph, step, colour.rgba(), ratio)
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        box = raw.boundingRect(glyph)  # logical pixels, from the pen position on the baseline
        left = math.floor(box.left() * ratio) - PAD
        top = math.floor(box.top() * ratio) - PAD
        width = math.ceil(box.right() * ratio) + PAD + 1 - left
        height = math.ceil(box.bottom() * ratio) + PAD + 1 - top
        if box.isEmpty() or width <= 0 or height <= 0:
            found = (QPixmap(), 0, 0)
        else:
            pixmap = QPixmap(width, height)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            run = QGlyphRun()
            run.setRawFont(raw)
            run.setGlyphIndexes([glyph])
            run.setPositions([QPointF(0, 0)])
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(colour)
            painter.drawGlyphRun(QPointF((step / STEPS - left) / ratio, -top / ratio), run)
            painter.end()
            self.drawn += 1
            found = (pixmap, left, top)
            self._bytes += 4 * width * height
        self._pixmaps[key] = found
        while self._bytes > self.budget_bytes and len(self._pixmaps) > 1:
            _, (old, _, _) = self._pixmaps.popitem(last=False)
            self._bytes -= 4 * old.width() * old.height()
        return found


def _layout(
    text: str, font: QFont, rect: QRectF, alignment: Qt.AlignmentFlag, wrap: bool
) -> list[tuple[QGlyphRun, QPointF]]:
    """Each line's glyph runs with where the line starts, aligned in ``rect``."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.ManualWrap)
    runs: list[tuple[QGlyphRun, QPointF]] = []
    lines: list[tuple[float, list[QGlyphRun]]] = []  # each line's width and glyph runs
    y = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        made: list[QTextLine] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width() if wrap else 1e6)  # lays the line out
            line.setPosition(QPointF(0, y))
            y += line.height()
            made.append(line)
        layout.endLayout()  # glyph runs come after the layout ends
        lines.extend((line.naturalTextWidth(), list(line.glyphRuns())) for line in made)
    flag = Qt.AlignmentFlag
    top = _aligned(
        rect.top(), rect.height(), y, alignment & flag.AlignVCenter, alignment & flag.AlignBottom
    )
    for width, line_runs in lines:
        left = _aligned(
            rect.left(),
            rect.width(),
            width,
            alignment & flag.AlignHCenter,
            alignment & flag.AlignRight,
        )
        runs.extend((run, QPointF(left, top)) for run in line_runs)  # runs hold their line's y
    return runs


def _aligned(start: float, room: float, size: float, centre: object, end: object) -> float:
    """Where something ``size`` long begins in ``room`` from ``start``: centred, at the end
    or at the start."""
    if centre:
        return start + (room - size) / 2
    return start + room - size if end else start


#: One cache for the whole window: the countdown and the name share glyphs.
GLYPHS = GlyphCache()


def is_large(font: QFont) -> bool:
    """Text Qt would fill as paths at every paint (see the module's text)."""
    return font.pixelSize() > LARGE_PX


class LargeTextLabel(QLabel):
    """A plain-text label that draws its text from :data:`GLYPHS` when the font is large; a
    plain QLabel otherwise. Size, wrapping and accessibility stay QLabel's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not is_large(self.font()) or not self.text():
            super().paintEvent(event)
            return
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter = QPainter(self)
        GLYPHS.draw_text(
            painter,
            QRectF(self.contentsRect()),
            self.alignment(),
            self.text(),
            self.font(),
            self.palette().color(group, self.foregroundRole()),
            wrap=self.wordWrap(),
        )
        painter.end()
