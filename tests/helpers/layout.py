"""What a screen looks like when it is cramped, found from the widgets' own geometry: siblings
on top of each other, a widget hanging out of its parent, a scroll bar for sideways scrolling,
a header, a word in a table cell or a label's text cut short. The editor's and the other
pages' tests at small window sizes share these checks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

#: Pixels of overlap or overhang let through (rounding in layouts, frames that touch).
SLACK = 2
#: Room a button needs beside its text.
TEXT_PADDING = 8


def _cell_padding(widget: QWidget) -> int:
    """What an item view keeps on both sides of a cell's text before it elides it."""
    style = widget.style()
    return 2 * (style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)


def _header_padding(widget: QWidget) -> int:
    style = widget.style()
    return 2 * style.pixelMetric(style.PixelMetric.PM_HeaderMargin, None, widget)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and not widget.isWindow()


def _internal(widget: QWidget) -> bool:
    """Qt's own parts of a widget (scroll bar holders, viewports, a spin box's line edit)."""
    return widget.objectName().startswith("qt_")


def _overlap(one: QRect, other: QRect) -> bool:
    both = one.intersected(other)
    return both.width() > SLACK and both.height() > SLACK


def _name(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__}({text!s:.40})"


def layout_faults(root: QWidget) -> list[str]:
    """Every cramped spot under ``root`` (shown widgets only), in words; empty when none."""
    faults: list[str] = []
    for parent in [root, *root.findChildren(QWidget)]:
        if parent is not root and not _shown(parent, root):
            continue
        faults += _sibling_faults(parent, root)
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBar().maximum() > 0:
            faults.append(f"{_name(parent)} scrolls sideways")
        if isinstance(parent, QHeaderView) and parent.orientation() == Qt.Orientation.Horizontal:
            faults += _header_faults(parent)
        if isinstance(parent, QTableView):
            faults += _cell_faults(parent)
        cut = isinstance(parent, QLabel) and not parent.wordWrap() and parent.text()
        if cut and parent.width() + SLACK < parent.minimumSizeHint().width():
            faults.append(f"{_name(parent)} is cut: {parent.width()} px wide")
        if isinstance(parent, QAbstractButton) and parent.text():
            needed = parent.fontMetrics().horizontalAdvance(parent.text().replace("&", ""))
            if parent.width() < needed + TEXT_PADDING:
                faults.append(f"{_name(parent)} is cut: {parent.width()} px wide")
    return faults


def _sibling_faults(parent: QWidget, root: QWidget) -> list[str]:
    children = [
        child
        for child in parent.children()
        if isinstance(child, QWidget) and _shown(child, root) and not _internal(child)
    ]
    faults = []
    scrolled = parent.objectName() == "qt_scrollarea_viewport"
    for number, child in enumerate(children):
        if not scrolled and not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(
            child.geometry()
        ):
            faults.append(f"{_name(child)} hangs out of {_name(parent)}")
        for other in children[number + 1 :]:
            if _overlap(child.geometry(), other.geometry()):
                faults.append(f"{_name(child)} overlaps {_name(other)}")
    return faults


def _header_faults(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    faults = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if header.sectionSize(section) < metrics.horizontalAdvance(text) + _header_padding(header):
            faults.append(f"header {text!r} is cut: {header.sectionSize(section)} px")
    return faults


def _cell_faults(table: QTableView) -> list[str]:
    """Cells whose text is one word (a word cannot wrap) and does not fit its column."""
    model = table.model()
    if model is None:
        return []
    faults = []
    metrics = table.fontMetrics()
    icon = table.iconSize().width() or table.style().pixelMetric(
        table.style().PixelMetric.PM_SmallIconSize
    )
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            text = str(index.data() or "")
            if not text or " " in text.strip():
                continue
            needed = metrics.horizontalAdvance(text) + _cell_padding(table)
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += icon + 4
            if table.columnWidth(column) < needed:
                faults.append(f"{_name(table)}: {text!r} is cut ({table.columnWidth(column)} px)")
    return faults
