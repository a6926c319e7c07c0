"""Fusion with outlines people can see: Fusion draws a control's edge a shade darker than the
window, which on the dark palette is all but black on black (an unticked check box, an empty
field). This style draws the edge of fields, buttons, lists' check boxes and drop-downs in the
palette's outline colour, at least 3:1 against the window and the fields in both palettes."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl
#: Edges drawn over Fusion's own, and whether keyboard focus (Fusion's highlight) replaces it.
_OUTLINED = {
    _PE.PE_FrameLineEdit: True,
    _PE.PE_PanelButtonCommand: False,
    _PE.PE_IndicatorCheckBox: False,
    _PE.PE_IndicatorItemViewItemCheck: False,
    _PE.PE_IndicatorRadioButton: False,
}
_OUTLINED_COMPLEX = (_CC.CC_ComboBox, _CC.CC_SpinBox)


#: A widget whose property of this name holds text (a problem) is outlined in the warning
#: colour: the editor marks the fields that have a problem.
PROBLEM_PROPERTY = "problem"


def problem_colour(palette: QPalette) -> QColor:
    """The edge of a field with a problem: a red 4.5:1 or more against the fields."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c0271d")


def outline_colour(palette: QPalette) -> QColor:
    """The edge of a control: the palette's placeholder grey (3:1 or more against the window,
    the fields and the buttons in both palettes)."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


class OutlinedStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _OUTLINED:
            return
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if focused and _OUTLINED[element]:
            return
        round_ = element is _PE.PE_IndicatorRadioButton
        _draw_edge(painter, option, widget, round_=round_)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if control in _OUTLINED_COMPLEX and not focused:
            _draw_edge(painter, option, widget)


def _draw_edge(
    painter: QPainter, option: QStyleOption, widget: QWidget | None, *, round_: bool = False
) -> None:
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    problem = widget is not None and bool(widget.property(PROBLEM_PROPERTY))
    colour = problem_colour(option.palette) if problem else outline_colour(option.palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(colour, 2 if problem else 1))
    if round_:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, 2, 2)
    painter.restore()


def use_outlined_style(app: QApplication) -> None:
    """Fusion with visible outlines, once (a new style repolishes every widget)."""
    if not isinstance(app.style(), OutlinedStyle):
        app.setStyle(OutlinedStyle())
