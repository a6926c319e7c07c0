"""Every message box and file chooser of the window, in one voice and one place.

Message boxes show their text as plain text (routine names and file contents are never markup)
and all run through :func:`run`: the one function a test patches to see what was asked and to
give the answer. File choosers are the static ``QFileDialog`` calls, wrapped to give a ``Path``
or None.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def run(box: QMessageBox) -> Button:
    """Show ``box`` until it is answered: every modal box of the window goes through here."""
    return Button(box.exec())


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something the user asked for did not happen, and why."""
    run(_box(parent, QMessageBox.Icon.Warning, title, text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Something the user asked for happened, and what came of it."""
    run(_box(parent, QMessageBox.Icon.Information, title, text))


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """A yes/no question whose "yes" loses or changes something: No is the default."""
    box = _box(
        parent, QMessageBox.Icon.Question, title, question, Button.Yes | Button.No, Button.No
    )
    return run(box) == Button.Yes


class Unsaved(enum.Enum):
    """The answers to "save the changes first?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, title: str, question: str, *, can_save: bool) -> Unsaved:
    """Save, discard or go back; a document that cannot be saved yet offers no Save."""
    if can_save:
        buttons, default = Button.Save | Button.Discard | Button.Cancel, Button.Save
    else:
        buttons, default = Button.Discard | Button.Cancel, Button.Cancel
    answer = run(_box(parent, QMessageBox.Icon.Question, title, question, buttons, default))
    if answer == Button.Save and can_save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if answer == Button.Discard else Unsaved.CANCEL


def show_text(
    parent: QWidget, title: str, text: str, *, pixmap: QPixmap | None = None
) -> QMessageBox:
    """A box to read (about, the keys) that does not block the window; it deletes itself."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    if pixmap is not None:
        box.setIconPixmap(pixmap)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def open_file(parent: QWidget | None, title: str, folder: Path | str, filters: str) -> Path | None:
    """The file the user picked to read, or None when they cancelled."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None


def save_file(
    parent: QWidget | None, title: str, suggested: Path | str, filters: str
) -> Path | None:
    """The file the user picked to write (the chooser asked before replacing), or None."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None
