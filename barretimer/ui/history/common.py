"""Small helpers the history widgets share: translated words for stored values, plain labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


def status_text(status: str) -> str:
    """The word shown for a stored status; the stored value is English and never translated."""
    words = {
        "completed": QCoreApplication.translate("history", "Completed"),
        "stopped": QCoreApplication.translate("history", "Stopped"),
        "interrupted": QCoreApplication.translate("history", "Interrupted"),
    }
    return words.get(status, status)


def kind_text(kind: str) -> str:
    words = {
        "hold": QCoreApplication.translate("history", "Hold"),
        "stretch": QCoreApplication.translate("history", "Stretch"),
        "balance": QCoreApplication.translate("history", "Balance"),
        "move": QCoreApplication.translate("history", "Move"),
        "rest": QCoreApplication.translate("history", "Rest"),
    }
    return words.get(kind, kind)


def side_text(side: str) -> str:
    words = {
        "left": QCoreApplication.translate("history", "Left"),
        "right": QCoreApplication.translate("history", "Right"),
    }
    return words.get(side, "")


def plain_label(text: str = "", parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """A label that never interprets its text as rich text (routine names come from files)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label
