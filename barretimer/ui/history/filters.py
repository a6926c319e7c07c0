"""The filters over the History's sessions: routine, status, a date range and a search in
the notes, with a button that clears them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from barretimer.store.queries import SessionFilter, routine_names
from barretimer.store.sessions import STATUSES, SessionStore
from barretimer.ui.folding import FoldingRow
from barretimer.ui.labels import status_label

#: The earliest date a date filter offers; a date edit showing it means "no limit".
NO_DATE = QDate(2000, 1, 1)


class SessionFilters(QObject):
    """The filter widgets in a row (``row``, to put in a layout); ``changed`` when the user
    changes one."""

    changed = Signal()

    def __init__(self, store: SessionStore, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self.routine_combo = QComboBox(parent)
        self.routine_combo.setAccessibleName(self.tr("Show sessions of routine"))
        self.routine_combo.setMinimumContentsLength(18)
        self.routine_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.fill_routines()
        self.status_combo = QComboBox(parent)
        self.status_combo.setAccessibleName(self.tr("Show sessions with status"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.since_edit = self._date_edit(parent, self.tr("Sessions from date"))
        self.until_edit = self._date_edit(parent, self.tr("Sessions up to date"))
        self.search_edit = QLineEdit(parent)
        self.search_edit.setPlaceholderText(self.tr("Search notes"))
        self.search_edit.setAccessibleName(self.tr("Search notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("C&lear filters"), parent)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.row = self._lay_out(parent)
        self.routine_combo.currentIndexChanged.connect(self.changed)
        self.status_combo.currentIndexChanged.connect(self.changed)
        self.since_edit.dateChanged.connect(self.changed)
        self.until_edit.dateChanged.connect(self.changed)
        self.search_edit.textChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self, parent: QWidget) -> FoldingRow:
        """Routine and status, then the dates, the search and Clear (under them when narrow)."""
        row = FoldingRow(stretches=(0, 1))
        for number, text, widget in (
            (0, self.tr("&Routine:"), self.routine_combo),
            (0, self.tr("St&atus:"), self.status_combo),
            (1, self.tr("&From:"), self.since_edit),
            (1, self.tr("T&o:"), self.until_edit),
        ):
            label = QLabel(text, parent)
            label.setBuddy(widget)
            row.group(number).addWidget(label)
            row.group(number).addWidget(widget)
        row.group(1).addWidget(self.search_edit, 1)
        row.group(1).addWidget(self.clear_button)
        return row

    def _date_edit(self, parent: QWidget, name: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_DATE)
        edit.setAccessibleName(name)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2025-12-31") + 48)
        return edit

    def fill_routines(self) -> None:
        """The routines in the history, the one chosen kept (if it is still there)."""
        current = self.routine_combo.currentData()
        self.routine_combo.blockSignals(True)
        self.routine_combo.clear()
        self.routine_combo.addItem(self.tr("All routines"), "")
        for name in routine_names(self._store):
            self.routine_combo.addItem(name, name)
        found = self.routine_combo.findData(current) if current else 0
        self.routine_combo.setCurrentIndex(max(0, found))
        self.routine_combo.blockSignals(False)

    def routines(self) -> list[str]:
        """The names of the routines in the history."""
        return [self.routine_combo.itemText(i) for i in range(1, self.routine_combo.count())]

    def current(self) -> SessionFilter:
        return SessionFilter(
            routine=self.routine_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            since=_date_of(self.since_edit),
            until=_date_of(self.until_edit),
            notes=self.search_edit.text(),
        )

    @Slot()
    def clear(self) -> None:
        """Every filter back to "any"; ``changed`` once the last is."""
        boxes = (self.routine_combo, self.status_combo, self.since_edit, self.until_edit)
        for widget in boxes:
            widget.blockSignals(True)
        self.routine_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.since_edit.setDate(NO_DATE)
        self.until_edit.setDate(NO_DATE)
        for widget in boxes:
            widget.blockSignals(False)
        self.search_edit.clear()  # its own signal, so that its clear button hides
        self.changed.emit()


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())
