"""Light and dark palettes, and how kinds and sides look (colour plus letter, pattern, shape).

Colour is never the only carrier of meaning: every kind has a letter and a fill pattern, every
side a word and an arrow. The palettes are explicit (on the Fusion style) so the app looks the
same under any desktop, and follow the system's colour scheme unless the user picks one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from barretimer.core.model import Kind, Level
from barretimer.core.timeline import Side


class ThemeChoice(str, enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


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


# (window, base, alternate base, text, button, highlight, highlighted text, link, mid,
#  disabled text, tooltip base, tooltip text)
_LIGHT = (
    "#f4f5f7", "#ffffff", "#eef0f3", "#15171a", "#e6e8ec", "#2563eb", "#ffffff", "#1d4ed8",
    "#c3c8d0", "#80868f", "#fff4c2", "#15171a",
)  # fmt: skip
_DARK = (
    "#1e2127", "#16181d", "#23262d", "#eceff4", "#2b2f37", "#2563eb", "#ffffff", "#93c5fd",
    "#3a3f4b", "#8b93a1", "#4a3f14", "#fff7d6",
)  # fmt: skip


def _palette(dark: bool) -> QPalette:
    (
        window,
        base,
        alt,
        text,
        button,
        highlight,
        highlighted_text,
        link,
        mid,
        disabled,
        tip,
        tip_text,
    ) = _DARK if dark else _LIGHT
    role = QPalette.ColorRole
    palette = QPalette()
    colours = {
        role.Window: window,
        role.WindowText: text,
        role.Base: base,
        role.AlternateBase: alt,
        role.Text: text,
        role.Button: button,
        role.ButtonText: text,
        role.BrightText: "#ff5555",
        role.Highlight: highlight,
        role.HighlightedText: highlighted_text,
        role.Link: link,
        role.LinkVisited: link,
        role.ToolTipBase: tip,
        role.ToolTipText: tip_text,
        role.PlaceholderText: disabled,
        role.Mid: mid,
        role.Midlight: alt,
        role.Dark: mid,
        role.Light: base,
        role.Shadow: "#000000",
        role.Accent: highlight,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    return _palette(False)


def dark_palette() -> QPalette:
    return _palette(True)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: ThemeChoice | str) -> bool:
    """True when ``choice`` means a dark palette now."""
    try:
        choice = ThemeChoice(choice)
    except ValueError:
        choice = ThemeChoice.SYSTEM
    if choice is ThemeChoice.SYSTEM:
        return system_is_dark()
    return choice is ThemeChoice.DARK


def apply_theme(app: QApplication, choice: ThemeChoice | str) -> bool:
    """Set the Fusion style and the palette for ``choice``; returns True when dark."""
    dark = resolve(choice)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_palette(dark))
    return dark


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = channel(colour.redF()), channel(colour.greenF()), channel(colour.blueF())
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
