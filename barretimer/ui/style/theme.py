"""How kinds and sides look: colour plus letter, pattern, shape (the palettes are in
:mod:`barretimer.ui.style.palette`; their words are in :mod:`barretimer.ui.labels`).

Colour is never the only carrier of meaning: every kind has a letter (in the language:
:func:`barretimer.ui.labels.kind_letter`) and a fill pattern, every side a word and an arrow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from barretimer.core.model import Kind
from barretimer.core.timeline import Side


@dataclass(frozen=True)
class KindStyle:
    light: str  # fill colour on a light background
    dark: str  # fill colour on a dark background
    pattern: Qt.BrushStyle  # drawn over the fill, so kinds differ without colour

    def color(self, dark: bool) -> QColor:
        return QColor(self.dark if dark else self.light)


KIND_STYLES: dict[Kind, KindStyle] = {
    Kind.HOLD: KindStyle("#c2410c", "#fb923c", Qt.BrushStyle.SolidPattern),
    Kind.STRETCH: KindStyle("#15803d", "#4ade80", Qt.BrushStyle.BDiagPattern),
    Kind.BALANCE: KindStyle("#6d28d9", "#a78bfa", Qt.BrushStyle.Dense5Pattern),
    Kind.MOVE: KindStyle("#0e7490", "#22d3ee", Qt.BrushStyle.CrossPattern),
    Kind.REST: KindStyle("#94a3b8", "#475569", Qt.BrushStyle.NoBrush),
}


@dataclass(frozen=True)
class SideStyle:
    arrow: str
    light: str
    dark: str

    def color(self, dark: bool) -> QColor:
        return QColor(self.dark if dark else self.light)


SIDE_STYLES: dict[Side, SideStyle] = {
    Side.LEFT: SideStyle("◀", "#1d4ed8", "#60a5fa"),
    Side.RIGHT: SideStyle("▶", "#b45309", "#fbbf24"),
}
