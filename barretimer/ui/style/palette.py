"""The light and dark palettes on the Fusion style, and plain-text labels.

The palettes are explicit so the app looks the same under any desktop; they follow the
system's colour scheme unless the user picks one. This module needs nothing of the core: the
window's first frame uses it.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeChoice(str, enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# (window, base, alternate base, text, button, highlight, highlighted text, link, mid,
#  disabled text, tooltip base, tooltip text)
# The disabled and placeholder grey reads 4.5:1 on the fields, the window and the buttons, and
# is the controls' outline (ui/style/outlines.py): 3:1 at least against all of them.
_LIGHT = (
    "#f4f5f7", "#ffffff", "#eef0f3", "#15171a", "#e6e8ec", "#2563eb", "#ffffff", "#1d4ed8",
    "#c3c8d0", "#5f646d", "#fff4c2", "#15171a",
)  # fmt: skip
_DARK = (
    "#1e2127", "#16181d", "#23262d", "#eceff4", "#2b2f37", "#2563eb", "#ffffff", "#93c5fd",
    "#3a3f4b", "#aab2be", "#4a3f14", "#fff7d6",
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
    """Whether the desktop asks for a dark colour scheme."""
    # Imported here, not at start-up: the first use of the Qt namespace builds every one of
    # its enums (13-18 ms on this machine), which the window's first frame does not wait for.
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: ThemeChoice | str, system_dark: bool | None = None) -> bool:
    """True when ``choice`` means a dark palette now; ``system_dark`` stands in for asking
    the desktop when given."""
    try:
        choice = ThemeChoice(choice)
    except ValueError:
        choice = ThemeChoice.SYSTEM
    if choice is ThemeChoice.SYSTEM:
        return system_is_dark() if system_dark is None else system_dark
    return choice is ThemeChoice.DARK


#: Arguments for a new QApplication: the Fusion style from the start. Looking at or setting the
#: style from Python later costs about 10 ms (PySide builds the QStyle class and its enums the
#: first time a QStyle reaches Python), which the window's start-up does not pay this way.
FUSION_ARGS = ("-style", "Fusion")


def use_fusion(app: QApplication) -> None:
    """The Fusion style, which the palettes are made for, on an application made elsewhere."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")


def apply_palette(
    app: QApplication, choice: ThemeChoice | str, system_dark: bool | None = None
) -> bool:
    """The palette for ``choice`` (the style is left as it is); returns True when dark."""
    dark = resolve(choice, system_dark)
    palette = _palette(dark)
    if app.palette() != palette:  # setting the same again would still update every widget
        app.setPalette(palette)
    return dark


def apply_theme(app: QApplication, choice: ThemeChoice | str) -> bool:
    """Set the Fusion style with visible outlines and the palette for ``choice``; returns
    True when dark."""
    from barretimer.ui.style.outlines import use_outlined_style

    use_outlined_style(app)
    return apply_palette(app, choice)


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


def readable(colour: QColor, background: QColor, toward: QColor, ratio: float = 4.5) -> QColor:
    """``colour``, moved toward ``toward`` (the text colour) just far enough to reach
    ``ratio`` against ``background``: a quiet grey that is still easy to read."""
    for step in range(11):
        amount = step / 10
        mixed = QColor.fromRgbF(
            colour.redF() + (toward.redF() - colour.redF()) * amount,
            colour.greenF() + (toward.greenF() - colour.greenF()) * amount,
            colour.blueF() + (toward.blueF() - colour.blueF()) * amount,
        )
        if contrast_ratio(mixed, background) >= ratio:
            return mixed
    return toward
