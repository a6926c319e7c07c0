"""A searchable list of the exercise catalog, to add a step from it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.model import Catalog, Exercise
from barretimer.ui.editor.models import CatalogTableModel
from barretimer.ui.figure_thumbnails import compact_figure, show_exercise_figure
from barretimer.ui.widgets import plain_label


class _SearchField(QLineEdit):
    """Up and Down move through the results while the search keeps the focus."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            model = self._table.model()
            if model.rowCount() == 0:
                return
            row = self._table.currentIndex().row()
            step = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -10,
                Qt.Key.Key_PageDown: 10,
            }
            row = max(0, min(model.rowCount() - 1, row + step[Qt.Key(event.key())]))
            self._table.setCurrentIndex(model.index(row, 0))
            return
        super().keyPressEvent(event)


class CatalogPicker(QDialog):
    """Pick one exercise: type to search names, kinds, muscles and cues; Enter adds it."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a step from the exercise catalog"))
        self.model = CatalogTableModel(catalog, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Exercises"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CatalogTableModel.CUE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        self.search = _SearchField(self.table, self)
        self.search.setAccessibleName(self.tr("Search the catalog"))
        self.search.setPlaceholderText(self.tr("Search by name, kind, muscle or cue"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search)
        self.details = plain_label(self, wrap=True)
        self.details.setAccessibleName(self.tr("About the exercise"))
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add step"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.figure = compact_figure(self)
        self.figure.setAccessibleName(self.tr("Exercise figure"))
        details_row = QHBoxLayout()
        details_row.addWidget(self.figure)
        details_row.addWidget(self.details, 1)
        layout.addLayout(details_row)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self._filter("")

    @Slot(str)
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        elif self.proxy.rowCount():
            self.table.selectRow(self.table.currentIndex().row())
        self._update()

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        exercise = self.chosen()
        self.add_button.setEnabled(exercise is not None)
        show_exercise_figure(self.figure, exercise.id if exercise is not None else None)
        if exercise is None:
            self.details.setText(self.tr("No exercise matches the search."))
            return
        text = exercise.description
        if exercise.safety:
            text += "\n" + self.tr("Safety: {text}").format(text=exercise.safety)
        self.details.setText(text)

    def chosen(self) -> Exercise | None:
        """The exercise highlighted in the list, if any."""
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.exercise(self.proxy.mapToSource(index).row())
