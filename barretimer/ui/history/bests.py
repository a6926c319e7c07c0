"""History's personal bests: the longest max hold of each exercise, and when it was set."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from barretimer.core.durations import format_clock
from barretimer.store.bests import Best
from barretimer.ui.history.models import started_text
from barretimer.ui.language import exercise_label
from barretimer.ui.widgets import plain_label

Index = QModelIndex | QPersistentModelIndex


class BestsModel(QAbstractTableModel):
    EXERCISE, BEST, DATE, HOLDS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bests: list[Best] = []

    def set_bests(self, bests: list[Best]) -> None:
        self.beginResetModel()
        self._bests = list(bests)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._bests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Exercise"), self.tr("Best hold"), self.tr("Set on"), self.tr("Holds"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._bests):
            return None
        best = self._bests[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == self.EXERCISE:
                return exercise_label(best.exercise)
            if column == self.BEST:
                return format_clock(best.held_s)
            if column == self.DATE:
                return started_text(best.started_at)
            if column == self.HOLDS:
                return str(best.holds)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.EXERCISE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BestsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BestsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Personal bests"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BestsModel.EXERCISE, QHeaderView.ResizeMode.Stretch)
        for column in (BestsModel.BEST, BestsModel.DATE, BestsModel.HOLDS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = plain_label(
            self,
            self.tr(
                "No max holds yet. A step with duration: max counts up until you press Enter; "
                "the longest hold of each exercise shows here."
            ),
            wrap=True,
        )
        intro = plain_label(
            self, self.tr("The longest you held each max hold (steps that count up)."), wrap=True
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def show_bests(self, bests: list[Best]) -> None:
        self.model.set_bests(bests)
        self.empty_label.setVisible(not bests)
        self.table.setVisible(bool(bests))
