"""Large text from kept glyphs: the same text at the same place as Qt draws it, each glyph drawn
once, and the cache kept to its budget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

from barretimer.ui.glyph_text import GlyphCache, LargeTextLabel, is_large

pytestmark = [pytest.mark.gui]

CENTRE = Qt.AlignmentFlag.AlignCenter


def _font(pixels: int) -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    font.setPixelSize(pixels)
    return font


def _draw(text: str, pixels: int, cache: GlyphCache | None, *, wrap: bool = False) -> QImage:
    image = QImage(520, 380, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(3.3, 1.7)  # a widget inside a pixmap: not on whole pixels
    rect = QRectF(10, 10, 480, 350)  # room for the text, as a label gives it
    if cache is None:
        painter.setFont(_font(pixels))
        painter.setPen(QColor("black"))
        flags = CENTRE | (Qt.TextFlag.TextWordWrap if wrap else Qt.AlignmentFlag(0))
        painter.drawText(rect, flags, text)
    else:
        cache.draw_text(painter, rect, CENTRE, text, _font(pixels), QColor("black"), wrap=wrap)
    painter.end()
    return image


def _ink(image: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for y in range(0, image.height())
        for x in range(0, image.width())
        if QColor(image.pixel(x, y)).lightness() < 128
    }


def _box(points: set[tuple[int, int]]) -> tuple[int, int, int, int]:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize(
    ("text", "pixels", "wrap"),
    [("0:45", 130, False), ("12.3", 200, False), ("Standing glute pulse", 90, True)],
)
def test_large_text_is_the_same_text_at_the_same_place(
    qapp: QApplication, text: str, pixels: int, wrap: bool
) -> None:
    qt, kept = (
        _ink(_draw(text, pixels, None, wrap=wrap)),
        _ink(_draw(text, pixels, GlyphCache(), wrap=wrap)),
    )
    assert len(qt) > 2000  # the text is there, large
    assert all(abs(a - b) <= 1 for a, b in zip(_box(qt), _box(kept), strict=True))
    # At most half a pixel apart: only the glyphs' edges differ.
    assert len(qt ^ kept) < 0.08 * len(qt)


def test_each_glyph_is_drawn_once(qapp: QApplication) -> None:
    cache = GlyphCache()
    clock = [f"{m}:{s:02d}" for m in range(2) for s in range(60)]
    for text in clock:
        _draw(text, 130, cache)
    drawn = cache.drawn
    assert 11 <= drawn <= 2 * 11  # the ten digits and the colon, at two half-pixel offsets
    for text in reversed(clock):
        _draw(text, 130, cache)
    assert cache.drawn == drawn


def test_the_cache_keeps_to_its_budget(qapp: QApplication) -> None:
    cache = GlyphCache(budget_bytes=200_000)
    _draw("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 120, cache, wrap=True)
    assert 0 < cache.size_bytes() <= 200_000
    assert cache.drawn > 20


def test_a_large_label_looks_like_a_qlabel(qapp: QApplication) -> None:
    """Word wrap, centring and colour as QLabel's own; below 64 px it is QLabel's own."""

    def grab(label: QLabel) -> QImage:
        label.setFont(_font(90))
        label.setWordWrap(True)
        label.setAlignment(CENTRE)
        label.setText("First-position plié")
        label.resize(600, 260)
        return label.grab().toImage()

    large = LargeTextLabel()
    assert is_large(large.font()) is False
    qt, kept = _ink(grab(QLabel())), _ink(grab(large))
    assert len(qt) > 2000
    assert all(abs(a - b) <= 1 for a, b in zip(_box(qt), _box(kept), strict=True))
    assert len(qt ^ kept) < 0.08 * len(qt)
