"""The catalog as a table (name, kind, muscles, equipment) and the filter the page sets on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from barretimer.core.exercise_index import ExerciseQuery
from barretimer.core.model import Catalog, Exercise
from barretimer.ui.labels import equipment_word, kind_label, muscle_label

Index = QModelIndex | QPersistentModelIndex

#: The exercise behind a row (any column).
ExerciseRole = Qt.ItemDataRole.UserRole + 1


#: The page imports one item's word under this name.
equipment_label = equipment_word


class ExerciseTableModel(QAbstractTableModel):
    NAME, KIND, MUSCLES, EQUIPMENT = range(4)

    def __init__(self, catalog: Catalog, parent: Any = None) -> None:
        super().__init__(parent)
        self._exercises: tuple[Exercise, ...] = catalog.exercises

    def exercise(self, row: int) -> Exercise:
        return self._exercises[row]

    def row_of(self, exercise_id: str) -> int | None:
        for row, exercise in enumerate(self._exercises):
            if exercise.id == exercise_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exercises)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Exercise"), self.tr("Kind"), self.tr("Muscles"), self.tr("Equipment"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        if role == ExerciseRole:
            return exercise
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.NAME:
                return exercise.name
            if column == self.KIND:
                return kind_label(exercise.kind)
            if column == self.MUSCLES:
                return ", ".join(muscle_label(m) for m in exercise.muscles)
            if column == self.EQUIPMENT:
                return ", ".join(equipment_label(e) for e in exercise.equipment)
        return None


class ExerciseFilter(QSortFilterProxyModel):
    """Rows that match the page's query (core.exercise_index.ExerciseQuery)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = ExerciseQuery()

    def query(self) -> ExerciseQuery:
        return self._query

    def set_query(self, query: ExerciseQuery) -> None:
        if query != self._query:
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ExerciseTableModel):
            return True
        return self._query.matches(model.exercise(source_row))
