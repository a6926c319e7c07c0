"""How a chart looks: each series' style, and the chart's colours from the palette, kept
readable against the background whatever the theme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QPalette,
)

from barretimer.ui.style.palette import contrast_ratio


@dataclass(frozen=True)
class SeriesStyle:
    colour: QColor
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern  # bars: drawn over the colour
    dashed: bool = False  # lines and the reference
    marker: str = "circle"  # lines: "circle", "square" or "" for none
    label_colour: QColor | None = None  # bars: a value written inside the bar


@dataclass(frozen=True)
class ChartColours:
    """The chart's own colours, taken from the palette: text and axis readable on the
    background (4.5:1 and 3:1), the grid faint on purpose."""

    background: QColor
    text: QColor
    axis: QColor
    grid: QColor
    border: QColor
    highlight: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        background = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(40)
        return cls(
            background=background,
            text=text,
            axis=_toward(text, background, [background], 3.5),
            grid=_mix(text, background, 0.14),
            # The card's outline stands out from the page and from its own inside.
            border=_toward(text, background, [background, window], 3.0),
            highlight=highlight,
        )


def _toward(front: QColor, back: QColor, against: list[QColor], ratio: float) -> QColor:
    """The least of ``front`` mixed into ``back`` (from half on) that has ``ratio`` against
    every colour of ``against``; ``front`` itself when none does."""
    for share in range(5, 11):
        colour = _mix(front, back, share / 10)
        if all(contrast_ratio(colour, other) >= ratio for other in against):
            return colour
    return QColor(front)


def _mix(front: QColor, back: QColor, share: float) -> QColor:
    """``share`` of ``front`` over ``back``, as an opaque colour."""
    return QColor.fromRgbF(
        front.redF() * share + back.redF() * (1 - share),
        front.greenF() * share + back.greenF() * (1 - share),
        front.blueF() * share + back.blueF() * (1 - share),
    )
