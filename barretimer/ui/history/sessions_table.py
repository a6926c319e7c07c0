"""The History's table of past sessions: one a row, sorted by a click on a column header,
opened with Enter or a double click, deleted with the Delete key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from barretimer.ui.history.models import SESSION_ID_ROLE, SessionsModel


class SessionsTable(QTableView):
    """Shows ``model``, newest first; its columns are wide enough for the ``routines`` named.

    Signal: ``delete_pressed()`` when the Delete key is pressed in the table."""

    delete_pressed = Signal()

    def __init__(self, model: SessionsModel, routines: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Past sessions"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSortIndicator(SessionsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        for column, width in self._column_widths(model, routines).items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        delete_key = QAction(self.tr("Delete session"), self)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_pressed)
        self.addAction(delete_key)

    def _column_widths(self, model: SessionsModel, routines: list[str]) -> dict[int, int]:
        metrics = self.fontMetrics()
        effort = str(model.headerData(SessionsModel.EFFORT, Qt.Orientation.Horizontal))
        return {
            SessionsModel.DATE: metrics.horizontalAdvance("Wed 2025-12-31 23:59") + 28,
            SessionsModel.ROUTINE: self._routine_width(routines),
            SessionsModel.DURATION: metrics.horizontalAdvance("1:00:00 / 1:00:00") + 28,
            SessionsModel.STATUS: metrics.horizontalAdvance("Interrupted") + 32,
            SessionsModel.EFFORT: metrics.horizontalAdvance(effort) + 32,  # as translated
        }

    def _routine_width(self, routines: list[str]) -> int:
        """Wide enough for the routine names in the history (with a scale), within reason."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(f"{n} (110%)") for n in routines), default=0)
        return min(max(widest, metrics.horizontalAdvance("Seat Burner for Runners")) + 24, 420)

    def selected_session_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(SESSION_ID_ROLE)
        return int(value) if value is not None else None
