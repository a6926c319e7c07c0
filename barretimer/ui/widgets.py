"""Small widgets every screen shares."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


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


def add_find_shortcut(
    page: QWidget, search: QLineEdit, before: Callable[[], object] | None = None
) -> QAction:
    """Ctrl+F (the platform's Find) anywhere in ``page`` puts the cursor in ``search``, its
    text selected; ``before`` first brings the search into view (its tab)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(page)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def find() -> None:
        if before is not None:
            before()
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    action.triggered.connect(find)
    page.addAction(action)
    return action


class ArrowsOpenTheList(QObject):
    """On a filter's drop-down, Up and Down open its list instead of changing the choice
    unseen: tabbing through the filters with the arrows never filters by accident."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        if (
            isinstance(watched, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            watched.showPopup()
            return True
        return False


def arrows_open_list(*combos: QComboBox) -> None:
    """See :class:`ArrowsOpenTheList` (one filter object, owned by the first combo)."""
    if not combos:
        return
    opener = ArrowsOpenTheList(combos[0])
    for combo in combos:
        combo.installEventFilter(opener)
