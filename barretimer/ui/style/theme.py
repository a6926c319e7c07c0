"""How kinds and sides look: colour plus letter, pattern, shape (the palettes are in
:mod:`barretimer.ui.style.palette`).

Colour is never the only carrier of meaning: every kind has a letter and a fill pattern, every
side a word and an arrow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from barretimer.core.model import Kind, Level
from barretimer.core.timeline import Side


def _t(text: str) -> str:
    return QCoreApplication.translate("theme", text)


@dataclass(frozen=True)
class KindStyle:
    letter: str
    label: str
    light: str  # fill colour on a light background
    dark: str  # fill colour on a dark background
    pattern: Qt.BrushStyle  # drawn over the fill, so kinds differ without colour

    def color(self, dark: bool) -> QColor:
        return QColor(self.dark if dark else self.light)


KIND_STYLES: dict[Kind, KindStyle] = {
    Kind.HOLD: KindStyle("H", "Hold", "#c2410c", "#fb923c", Qt.BrushStyle.SolidPattern),
    Kind.STRETCH: KindStyle("S", "Stretch", "#15803d", "#4ade80", Qt.BrushStyle.BDiagPattern),
    Kind.BALANCE: KindStyle("B", "Balance", "#6d28d9", "#a78bfa", Qt.BrushStyle.Dense5Pattern),
    Kind.MOVE: KindStyle("M", "Move", "#0e7490", "#22d3ee", Qt.BrushStyle.CrossPattern),
    Kind.REST: KindStyle("R", "Rest", "#94a3b8", "#475569", Qt.BrushStyle.NoBrush),
}

_KIND_LABELS = {
    Kind.HOLD: "Hold",
    Kind.STRETCH: "Stretch",
    Kind.BALANCE: "Balance",
    Kind.MOVE: "Move",
    Kind.REST: "Rest",
}


def kind_label(kind: Kind) -> str:
    return _t(_KIND_LABELS[kind])


def level_label(level: Level) -> str:
    return {
        Level.BEGINNER: _t("Beginner"),
        Level.INTERMEDIATE: _t("Intermediate"),
        Level.ADVANCED: _t("Advanced"),
    }[level]


@dataclass(frozen=True)
class SideStyle:
    word: str
    arrow: str
    light: str
    dark: str

    def color(self, dark: bool) -> QColor:
        return QColor(self.dark if dark else self.light)


SIDE_STYLES: dict[Side, SideStyle] = {
    Side.LEFT: SideStyle("LEFT", "◀", "#1d4ed8", "#60a5fa"),
    Side.RIGHT: SideStyle("RIGHT", "▶", "#b45309", "#fbbf24"),
}


def side_word(side: Side) -> str:
    return _t("LEFT") if side is Side.LEFT else _t("RIGHT")
