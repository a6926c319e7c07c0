"""The History's table of past sessions: one a row, sorted by a click on a column header,
opened with Enter or a double click, deleted with the Delete key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from barretimer.store.sessions import STATUSES
from barretimer.ui.history.models import SESSION_ID_ROLE, SessionsModel, started_text
from barretimer.ui.labels import status_label


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
        # The notes stretch into what is left, but no narrower than their header (set first:
        # it resizes every column still at the default size).
        header.setDefaultSectionSize(self._header_width(model, SessionsModel.NOTES))
        self._widths = self._column_widths(model, routines)
        for column, width in self._widths.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        delete_key = QAction(self.tr("Delete session"), self)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_pressed)
        self.addAction(delete_key)

    def _column_widths(self, model: SessionsModel, routines: list[str]) -> dict[int, int]:
        """Each column wide enough for its header and its widest value in the window's
        language (German and Dutch words are long); the notes take what is left."""
        metrics = self.fontMetrics()

        def widest(texts: list[str]) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts)

        # One date a weekday: the short day names differ in length ("Mi.", "mer.").
        dates = [started_text(f"2025-12-{day:02}T23:59:00") for day in range(22, 29)]
        widths = {
            SessionsModel.DATE: widest(dates) + 28,
            SessionsModel.ROUTINE: self._routine_width(routines),
            SessionsModel.DURATION: metrics.horizontalAdvance("1:00:00 / 1:00:00") + 28,
            SessionsModel.STATUS: widest([status_label(s) for s in STATUSES]) + 32,
            SessionsModel.EFFORT: 0,
        }
        for column, width in widths.items():
            widths[column] = max(width, self._header_width(model, column))
        return widths

    def _header_width(self, model: SessionsModel, column: int) -> int:
        """Room for a column's header as translated, with the sort arrow beside it."""
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        return self.fontMetrics().horizontalAdvance(title) + 32

    def _routine_width(self, routines: list[str]) -> int:
        """Wide enough for the routine names in the history (with a scale), within reason."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(f"{n} (110%)") for n in routines), default=0)
        return min(max(widest, metrics.horizontalAdvance("Seat Burner for Runners")) + 24, 420)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_routine_column()
        return super().viewportEvent(event)

    def _fit_routine_column(self) -> None:
        """In a narrow window the routine column gives way (a long name is shortened, whole in
        its tooltip) so that nothing scrolls sideways: every other column shows its values
        whole, the notes at least their header."""
        model = self.model()
        if not isinstance(model, SessionsModel):
            return
        header = self.horizontalHeader()
        notes = header.defaultSectionSize()  # the last section's least (see __init__)
        others = sum(w for column, w in self._widths.items() if column != SessionsModel.ROUTINE)
        room = self.viewport().width() - others - notes
        least = self._header_width(model, SessionsModel.ROUTINE)
        width = max(least, min(self._widths[SessionsModel.ROUTINE], room))
        if header.sectionSize(SessionsModel.ROUTINE) != width:
            header.resizeSection(SessionsModel.ROUTINE, width)

    def selected_session_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(SESSION_ID_ROLE)
        return int(value) if value is not None else None
