"""Small widgets every screen shares."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def plain_label(
    parent: QWidget | None = None,
    text: str = "",
    *,
    object_name: str = "",
    accessible_name: str = "",
    wrap: bool = False,
    selectable: bool = False,
) -> QLabel:
    """A label that shows its text literally, never as rich text: routine names, notes and
    descriptions come from files, and a ``<b>`` in them is text, not markup.

    ``object_name`` is for style sheets and tests; ``accessible_name`` is what a screen reader
    says for the label (translated by the caller)."""
    # Imported here, not at start-up: the first use of the Qt namespace builds every one of its
    # enums (13-18 ms), which the window's first frame does not wait for.
    from PySide6.QtCore import Qt

    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    if wrap:
        label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def placeholder_page(title: str, text: str, parent: QWidget) -> QWidget:
    """A page that says why its place is empty (a page that could not start)."""
    from PySide6.QtCore import Qt  # not before the first frame: see palette.system_is_dark

    page = QWidget(parent)
    heading = QLabel(title, page)
    font = heading.font()
    font.setPixelSize(24)
    font.setBold(True)
    heading.setFont(font)
    body = QLabel(text, page)
    body.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    page.setAccessibleName(title)
    return page
