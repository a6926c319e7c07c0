"""Picking a picture of your own for a step: a file dialog, then a copy beside the routine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from barretimer.core.pictures import PictureProblem, copy_picture_beside


def tr(text: str) -> str:
    return QCoreApplication.translate("picture_choice", text)


def choose_picture(parent: QWidget, folder: Path) -> str | None:
    """Ask for a picture file and copy it into ``folder``/pictures; the path to write in
    ``image:``, or None when the user cancels or the file is refused (they are told why)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Choose a picture"),
        str(Path.home()),
        tr("Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)"),
    )
    if not name:
        return None
    try:
        return copy_picture_beside(Path(name), folder)
    except PictureProblem as problem:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot use this picture"), str(problem))
        box.setParent(parent, box.windowFlags())
        box.exec()
        return None
