"""The search and the muscle, kind and equipment filters above the exercise list.

``query_changed`` says the query changed; :meth:`ExerciseFilterBar.query` is what it now asks.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from barretimer.core.exercise_index import ExerciseQuery
from barretimer.core.model import EQUIPMENT, MUSCLES, Kind
from barretimer.ui.exercises.model import equipment_label
from barretimer.ui.labels import kind_label, muscle_label


class ExerciseFilterBar(QWidget):
    query_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the exercises"))
        self.search.setAccessibleName(self.tr("Search the exercises"))
        self.search.setClearButtonEnabled(True)
        self.muscle_combo = self._combo(
            self.tr("Any muscle"), [(muscle_label(m), m) for m in MUSCLES], self.tr("Muscle group")
        )
        self.kind_combo = self._combo(
            self.tr("Any kind"),
            [(kind_label(k), k.value) for k in Kind if k is not Kind.REST],
            self.tr("Kind"),
        )
        self.equipment_combo = self._combo(
            self.tr("Any equipment"),
            [(equipment_label(e), e) for e in EQUIPMENT],
            self.tr("Equipment"),
        )

        filters = QHBoxLayout()
        for combo in (self.muscle_combo, self.kind_combo, self.equipment_combo):
            filters.addWidget(combo)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addLayout(filters)

        self.search.textChanged.connect(self.query_changed)
        for combo in (self.muscle_combo, self.kind_combo, self.equipment_combo):
            combo.currentIndexChanged.connect(self.query_changed)

    def _combo(self, anything: str, choices: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(anything, "")
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def query(self) -> ExerciseQuery:
        kind = self.kind_combo.currentData()
        return ExerciseQuery(
            text=self.search.text(),
            muscle=self.muscle_combo.currentData() or "",
            kind=Kind(kind) if kind else None,
            equipment=self.equipment_combo.currentData() or "",
        )
