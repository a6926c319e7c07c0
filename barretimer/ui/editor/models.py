"""The editor's item models: the timed cues, the muscles, the catalog, the problems and the
summary tables (the step tree is in :mod:`.step_tree`). Each shows an immutable value it is handed; edits leave as
signals so that the page turns them into undoable commands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from barretimer.core.durations import parse_duration
from barretimer.core.model import (
    MUSCLES,
    Catalog,
    Exercise,
    TimedCue,
)
from barretimer.core.problems import StepPath
from barretimer.ui.labels import (
    clock_label,
    kind_label,
    muscle_label,
    sides_label,
)
from barretimer.ui.style.icons import kind_icon

AnyIndex = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def number_text(value: float) -> str:
    """A number as typed in a field: ``45``, ``12.5``, ``-15``."""
    return (
        str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))
    )


def position_text(path: StepPath) -> str:
    """``3`` for the third step, ``3.2`` for the second step in the block that is third."""
    return ".".join(str(index + 1) for index in path)


# --- timed cues -------------------------------------------------------------------------------


class CuesTableModel(QAbstractTableModel):
    """A step's extra timed cues: when (``at`` seconds) and what to say."""

    AT, SAY = range(2)

    cues_edited = Signal(object)  # the new tuple of TimedCue
    input_rejected = Signal(str)  # why an edit was not taken

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cues: tuple[TimedCue, ...] = ()

    def cues(self) -> tuple[TimedCue, ...]:
        return self._cues

    def set_cues(self, cues: tuple[TimedCue, ...]) -> None:
        if len(cues) != len(self._cues):
            self.beginResetModel()
            self._cues = cues
            self.endResetModel()
            return
        old, self._cues = self._cues, cues
        for row, (before, after) in enumerate(zip(old, cues, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cues)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                QCoreApplication.translate("editor", "At (s)"),
                QCoreApplication.translate("editor", "Say"),
            )[section]
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        cue = self._cues[index.row()]
        return number_text(cue.at) if index.column() == self.AT else cue.say

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        cue = self._cues[index.row()]
        if index.column() == self.AT:
            at = parse_duration(str(value).strip())
            if at is None:
                self.input_rejected.emit(
                    QCoreApplication.translate(
                        "editor",
                        '"{text}" is not a time: give seconds such as 20, '
                        "or -15 to count back from the end",
                    ).format(text=str(value)[:40])
                )
                return False
            new = TimedCue(at=at, say=cue.say)
        else:
            new = TimedCue(at=cue.at, say=str(value))
        if new == cue:
            return True
        cues = (*self._cues[: index.row()], new, *self._cues[index.row() + 1 :])
        self._cues = cues
        self.dataChanged.emit(index, index)
        self.cues_edited.emit(cues)
        return True


# --- muscles ----------------------------------------------------------------------------------


class MuscleListModel(QAbstractListModel):
    """The muscle groups as a checkable list (plus any unknown one a file named)."""

    muscles_edited = Signal(object)  # the new tuple of muscle names

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: tuple[str, ...] = ()
        self._names: tuple[str, ...] = MUSCLES
        #: Every row the same size, so that a wrapping view lines them up in columns.
        self.item_size: QSize | None = None

    def set_muscles(self, muscles: tuple[str, ...]) -> None:
        names = MUSCLES + tuple(m for m in muscles if m not in MUSCLES)
        if names != self._names:
            self.beginResetModel()
            self._names, self._checked = names, muscles
            self.endResetModel()
            return
        old, self._checked = self._checked, muscles
        for row, name in enumerate(self._names):
            if (name in old) != (name in muscles):
                self.dataChanged.emit(
                    self.index(row), self.index(row), [Qt.ItemDataRole.CheckStateRole]
                )

    def muscles(self) -> tuple[str, ...]:
        return self._checked

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self._names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return muscle_label(name)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if name in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.SizeHintRole:
            return self.item_size
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        name = self._names[index.row()]
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        if checked == (name in self._checked):
            return True
        wanted = set(self._checked) | {name} if checked else set(self._checked) - {name}
        # Keep the muscles in the documented order, unknown ones last as they were.
        muscles = tuple(m for m in self._names if m in wanted)
        self._checked = muscles
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.muscles_edited.emit(muscles)
        return True


# --- the catalog ------------------------------------------------------------------------------


class CatalogTableModel(QAbstractTableModel):
    """The exercise catalog for the picker: name, kind, sides, muscles, duration, first cue."""

    NAME, KIND, SIDES, MUSCLES, DURATION, CUE = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exercises = catalog.exercises

    def exercise(self, row: int) -> Exercise:
        return self._exercises[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exercises)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("editor", "Exercise"),
                QCoreApplication.translate("editor", "Kind"),
                QCoreApplication.translate("editor", "Sides"),
                QCoreApplication.translate("editor", "Muscles"),
                QCoreApplication.translate("editor", "Duration"),
                QCoreApplication.translate("editor", "Cue"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        exercise = self._exercises[index.row()]
        column = index.column()
        if role == self.ID_ROLE:
            return exercise.id
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return kind_icon(exercise.kind)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return exercise.name
        if column == self.KIND:
            return kind_label(exercise.kind)
        if column == self.SIDES:
            return sides_label(exercise.sides)
        if column == self.MUSCLES:
            return ", ".join(muscle_label(m) for m in exercise.muscles)
        if column == self.DURATION:
            return clock_label(exercise.duration)
        return exercise.cues[0] if exercise.cues else ""


# --- problems and summary ---------------------------------------------------------------------


@dataclass(frozen=True)
class ProblemRow:
    path: StepPath
    where: str  # "Routine", "Step 3 (Wall sit)"
    message: str
    field: str = ""  # the validator's field, e.g. "name" or "cues.1.at"


class ProblemListModel(QAbstractListModel):
    """What is wrong with the routine, each with the item it belongs to."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ProblemRow, ...] = ()

    def set_rows(self, rows: Sequence[ProblemRow]) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> ProblemRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{problem.where}: {problem.message}"
        if role == PATH_ROLE:
            return problem.path
        return None


class RowsTableModel(QAbstractTableModel):
    """A small read-only table of text rows (the summary's time per kind and per muscle)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._icons: tuple[QIcon | None, ...] = ()

    def set_rows(self, rows: Sequence[Sequence[str]], icons: Sequence[QIcon | None] = ()) -> None:
        new = tuple(tuple(r) for r in rows)
        if new == self._rows:
            return
        self.beginResetModel()
        self._rows = new
        self._icons = tuple(icons) or (None,) * len(new)
        self.endResetModel()

    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._icons[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
