"""The editor's file choosers and how it lists a file's problems in a message."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from barretimer.core.problems import Problem
from barretimer.ui import dialogs

#: How many problems a message lists before "and N more".
LISTED_PROBLEMS = 12


def _filters() -> str:
    return QCoreApplication.translate("EditorPage", "Routines (*.yaml *.yml)")


def choose_open(parent: QWidget, folder: Path) -> Path | None:
    title = QCoreApplication.translate("EditorPage", "Open routine")
    return dialogs.open_file(parent, title, folder, _filters())


def choose_import(parent: QWidget) -> Path | None:
    """A routine file, or another timer's workout, to bring in."""
    title = QCoreApplication.translate("EditorPage", "Import routine")
    filters = QCoreApplication.translate(
        "EditorPage", "Routines and other timers' workouts (*.yaml *.yml *.json *.feeel)"
    )
    return dialogs.open_file(parent, title, Path.home(), filters)


def choose_export(parent: QWidget, suggestion: Path) -> Path | None:
    title = QCoreApplication.translate("EditorPage", "Export routine")
    return dialogs.save_file(parent, title, suggestion, _filters())


def choose_save_as(parent: QWidget, suggestion: Path) -> Path | None:
    """A file to save the routine in; ``.yaml`` is added when the name has no such suffix."""
    title = QCoreApplication.translate("EditorPage", "Save routine as")
    target = dialogs.save_file(parent, title, suggestion, _filters())
    if target is not None and target.suffix.lower() not in (".yaml", ".yml"):
        target = target.with_name(target.name + ".yaml")
    return target


def problems_text(problems: Sequence[Problem]) -> str:
    """A bulleted list of ``problems`` with their lines, the first few only."""
    lines = []
    for problem in problems[:LISTED_PROBLEMS]:
        if problem.line:
            lines.append(
                QCoreApplication.translate("EditorPage", "line {line}: {message}").format(
                    line=problem.line, message=problem.message
                )
            )
        else:
            lines.append(problem.message)
    if len(problems) > LISTED_PROBLEMS:
        more = len(problems) - LISTED_PROBLEMS
        lines.append(
            QCoreApplication.translate("EditorPage", "… and {count} more").format(count=more)
        )
    return "\n".join("• " + line for line in lines)
