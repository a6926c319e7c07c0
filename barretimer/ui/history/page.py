"""The History place of the main window: past sessions with filters, details, export and
import, and the trends."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from barretimer.store.bests import personal_bests
from barretimer.store.csvio import CsvImportError, export_csv, steps_path
from barretimer.store.queries import SessionFilter, routine_names
from barretimer.store.sessions import STATUSES, SessionStore
from barretimer.store.trends import DEFAULT_WEEKS, compute_trends
from barretimer.ui import dialogs
from barretimer.ui.history.bests import BestsView
from barretimer.ui.history.charts import TrendsView
from barretimer.ui.history.commands import DeleteSessionCommand, ReviewCommand
from barretimer.ui.history.details import SessionDetailsDialog
from barretimer.ui.history.models import SESSION_ID_ROLE, SessionsModel, started_text
from barretimer.ui.labels import sessions_label, status_label
from barretimer.ui.widgets import add_find_shortcut

log = logging.getLogger(__name__)
#: The earliest date a date filter offers; a date edit showing it means "no limit".
NO_DATE = QDate(2000, 1, 1)


class HistoryPage(QWidget):
    def __init__(
        self,
        store: SessionStore,
        weekly_target: int,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._import: object | None = None  # a CSV import running off the window's thread
        self.weekly_target = weekly_target
        self._now = now
        self._trends_stale = True
        self.details_dialog: SessionDetailsDialog | None = None
        self.undo_stack = QUndoStack(self)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("History views"))
        self.tabs.addTab(self._build_sessions_tab(), self.tr("&Sessions"))
        self.trends_view = TrendsView(self)
        self.tabs.addTab(self.trends_view, self.tr("&Trends"))
        self.bests_view = BestsView(self)
        self.tabs.addTab(self.bests_view, self.tr("Personal &bests"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.find_action = add_find_shortcut(
            self, self.search_edit, lambda: self.tabs.setCurrentIndex(0)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._update_count()

    # --- building -----------------------------------------------------------------------------

    def _build_sessions_tab(self) -> QWidget:
        """The filters over the table of sessions, the buttons under it."""
        tab = QWidget(self)
        filters = self._build_filters(tab)
        self._build_table(tab)
        actions = self._build_actions(tab)
        self._connect_sessions_tab()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        return tab

    def _build_filters(self, tab: QWidget) -> QHBoxLayout:
        self.routine_combo = QComboBox(tab)
        self.routine_combo.setAccessibleName(self.tr("Show sessions of routine"))
        self.routine_combo.setMinimumContentsLength(18)
        self.routine_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_routines()
        self.status_combo = QComboBox(tab)
        self.status_combo.setAccessibleName(self.tr("Show sessions with status"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.since_edit = self._date_edit(tab, self.tr("Sessions from date"))
        self.until_edit = self._date_edit(tab, self.tr("Sessions up to date"))
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("Search notes"))
        self.search_edit.setAccessibleName(self.tr("Search notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("C&lear filters"), tab)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Routine:"), self.routine_combo),
            (self.tr("St&atus:"), self.status_combo),
            (self.tr("&From:"), self.since_edit),
            (self.tr("T&o:"), self.until_edit),
        ):
            label = QLabel(text, tab)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.clear_button)
        return filters

    def _build_table(self, tab: QWidget) -> None:
        self.model = SessionsModel(self.store, self)
        self.table = QTableView(tab)
        self.table.setAccessibleName(self.tr("Past sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicator(SessionsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        metrics = self.table.fontMetrics()
        widths = {
            SessionsModel.DATE: metrics.horizontalAdvance("Wed 2025-12-31 23:59") + 28,
            SessionsModel.ROUTINE: self._routine_width(metrics),
            SessionsModel.DURATION: metrics.horizontalAdvance("1:00:00 / 1:00:00") + 28,
            SessionsModel.STATUS: metrics.horizontalAdvance("Interrupted") + 32,
            SessionsModel.EFFORT: metrics.horizontalAdvance("Effort") + 32,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._open_activated)
        delete_key = QAction(self.tr("Delete session"), self.table)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_selected)
        self.table.addAction(delete_key)

    def _build_actions(self, tab: QWidget) -> QHBoxLayout:
        self.details_button = QPushButton(self.tr("&Details…"), tab)
        self.details_button.setAccessibleName(self.tr("Open the selected session"))
        self.delete_button = QPushButton(self.tr("De&lete…"), tab)
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.undo_button = QToolButton(tab)
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.undo_button.setAccessibleName(self.tr("Undo the last change to the history"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), tab)
        self.export_button.setAccessibleName(self.tr("Export the history to a CSV file"))
        self.import_button = QPushButton(self.tr("&Import CSV…"), tab)
        self.import_button.setAccessibleName(self.tr("Import sessions from a CSV file"))
        self.count_label = QLabel(tab)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAccessibleName(self.tr("Number of sessions shown"))
        # Sorting from the keyboard (the column headers take only clicks).
        self.sort_combo = QComboBox(tab)
        self.sort_combo.setAccessibleName(self.tr("Sort sessions by"))
        descending, ascending = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
        for text, column, order in (
            (self.tr("Newest first"), SessionsModel.DATE, descending),
            (self.tr("Oldest first"), SessionsModel.DATE, ascending),
            (self.tr("Routine A to Z"), SessionsModel.ROUTINE, ascending),
            (self.tr("Longest first"), SessionsModel.DURATION, descending),
            (self.tr("Shortest first"), SessionsModel.DURATION, ascending),
            (self.tr("Hardest first"), SessionsModel.EFFORT, descending),
            (self.tr("Easiest first"), SessionsModel.EFFORT, ascending),
        ):
            self.sort_combo.addItem(text, (column, order))
        sort_label = QLabel(self.tr("Sor&t:"), tab)
        sort_label.setBuddy(self.sort_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(sort_label)
        actions.addWidget(self.sort_combo)
        for button in (
            self.details_button,
            self.delete_button,
            self.undo_button,
            self.export_button,
            self.import_button,
        ):
            actions.addWidget(button)
        return actions

    def _connect_sessions_tab(self) -> None:
        self.routine_combo.currentIndexChanged.connect(self._filters_changed)
        self.status_combo.currentIndexChanged.connect(self._filters_changed)
        self.since_edit.dateChanged.connect(self._filters_changed)
        self.until_edit.dateChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(self._filters_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.details_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)
        self.sort_combo.activated.connect(self._sort_chosen)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _routine_width(self, metrics: QFontMetrics) -> int:
        """Wide enough for the routine names in the history (with a scale), within reason."""
        names = [self.routine_combo.itemText(i) for i in range(1, self.routine_combo.count())]
        widest = max((metrics.horizontalAdvance(f"{n} (110%)") for n in names), default=0)
        return min(max(widest, metrics.horizontalAdvance("Seat Burner for Runners")) + 24, 420)

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

    def _fill_routines(self) -> None:
        current = self.routine_combo.currentData()
        self.routine_combo.blockSignals(True)
        self.routine_combo.clear()
        self.routine_combo.addItem(self.tr("All routines"), "")
        for name in routine_names(self.store):
            self.routine_combo.addItem(name, name)
        found = self.routine_combo.findData(current) if current else 0
        self.routine_combo.setCurrentIndex(max(0, found))
        self.routine_combo.blockSignals(False)

    # --- public -------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the history again (after a workout was recorded, for example)."""
        self._fill_routines()
        self._apply_filter(force=True)
        self._trends_stale = True
        if self.tabs.currentWidget() is self.trends_view:
            self.refresh_trends()
        if self.tabs.currentWidget() is self.bests_view:
            self.refresh_bests()

    @Slot()
    def refresh_bests(self) -> None:
        self.bests_view.show_bests(personal_bests(self.store.db))

    def set_weekly_target(self, n: int) -> None:
        self.weekly_target = max(1, int(n))
        self._trends_stale = True
        if self.tabs.currentWidget() is self.trends_view:
            self.refresh_trends()

    @Slot()
    def refresh_trends(self) -> None:
        trends = compute_trends(
            self.store, self.weekly_target, weeks=DEFAULT_WEEKS, now=self._now()
        )
        self.trends_view.show_trends(trends)
        self._trends_stale = False

    def current_filter(self) -> SessionFilter:
        return SessionFilter(
            routine=self.routine_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            since=self._date_of(self.since_edit),
            until=self._date_of(self.until_edit),
            notes=self.search_edit.text(),
        )

    def selected_session_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(SESSION_ID_ROLE)
        return int(value) if value is not None else None

    # --- filters ------------------------------------------------------------------------------

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        value = edit.date()
        if value == edit.minimumDate():
            return None
        return date(value.year(), value.month(), value.day())

    @Slot()
    def _filters_changed(self) -> None:
        self._apply_filter()

    def _apply_filter(self, *, force: bool = False) -> None:
        where = self.current_filter()
        if force or where != self.model.filter:
            if where == self.model.filter:
                self.model.refresh()
            else:
                self.model.set_filter(where)
        self._update_count()

    @Slot()
    def clear_filters(self) -> None:
        for widget in (self.routine_combo, self.status_combo, self.since_edit, self.until_edit):
            widget.blockSignals(True)
        self.routine_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.since_edit.setDate(NO_DATE)
        self.until_edit.setDate(NO_DATE)
        for widget in (self.routine_combo, self.status_combo, self.since_edit, self.until_edit):
            widget.blockSignals(False)
        self.search_edit.clear()  # applies the filter
        self._apply_filter()

    def _update_count(self) -> None:
        total = self.model.total
        number = QLocale().toString(total)
        if self.model.filter == SessionFilter():
            text = sessions_label(total)
        elif total == 1:
            text = self.tr("1 session matches")
        else:
            text = self.tr("{n} sessions match").format(n=number)
        self.count_label.setText(text)

    @Slot(int)
    def _sort_chosen(self, index: int) -> None:
        column, order = self.sort_combo.itemData(index)
        self.table.sortByColumn(column, order)

    @Slot(int, Qt.SortOrder)
    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the sort box in step with a click on a column header."""
        for index in range(self.sort_combo.count()):
            if self.sort_combo.itemData(index) == (column, order):
                self.sort_combo.setCurrentIndex(index)
                return
        self.sort_combo.setCurrentIndex(-1)

    @Slot()
    def _selection_changed(self) -> None:
        selected = self.selected_session_id() is not None
        self.details_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.trends_view and self._trends_stale:
            self.refresh_trends()
        if self.tabs.widget(index) is self.bests_view:
            self.refresh_bests()

    # --- details, edit, delete ----------------------------------------------------------------

    @Slot(QModelIndex)
    def _open_activated(self, index: QModelIndex) -> None:
        value = index.data(SESSION_ID_ROLE)
        if value is not None:
            self.open_details(int(value))

    @Slot()
    def open_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.open_details(session_id)

    def open_details(self, session_id: int) -> SessionDetailsDialog:
        """Open a session's details (window-modal, not blocking); returns the dialog."""
        if self.details_dialog is not None:
            self.details_dialog.close()
        dialog = SessionDetailsDialog(self.store, session_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_edited.connect(self.edit_review)
        dialog.delete_requested.connect(self._delete_from_details)
        dialog.destroyed.connect(self._details_closed)
        self.details_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _details_closed(self) -> None:
        self.details_dialog = None

    @Slot(int, int, str)
    def edit_review(self, session_id: int, effort: int, notes: str) -> None:
        command = ReviewCommand(
            self.store,
            session_id,
            effort or None,
            notes,
            on_changed=self._session_changed,
            on_error=self._show_error,
        )
        self.undo_stack.push(command)

    @Slot(int)
    def _delete_from_details(self, session_id: int) -> None:
        if self.delete_session(session_id) and self.details_dialog is not None:
            self.details_dialog.close()

    @Slot()
    def delete_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.delete_session(session_id)

    def delete_session(self, session_id: int) -> bool:
        """Ask, then delete (undoable); returns whether it was deleted."""
        session = self.store.session(session_id)
        if session is None:
            return False
        if not dialogs.ask(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete the session of {routine} from {when}? You can undo this until you close "
                "barretimer."
            ).format(routine=session.routine, when=started_text(session.started_at)),
        ):
            return False
        command = DeleteSessionCommand(
            self.store,
            session_id,
            on_deleted=self._session_deleted,
            on_restored=self._session_restored,
            on_error=self._show_error,
        )
        self.undo_stack.push(command)
        return self.store.session(session_id) is None

    def _session_deleted(self, session_id: int) -> None:
        self.model.remove_session(session_id)
        self._update_count()
        self._trends_stale = True

    def _session_restored(self, session_id: int) -> None:
        self.refresh()
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def _session_changed(self, session_id: int) -> None:
        self.model.update_session(session_id)
        if self.model.filter.notes:
            self._apply_filter(force=True)  # the edited notes may no longer match the search

    def _show_error(self, message: str) -> None:
        dialogs.warn(self, self.tr("History"), message)

    # --- CSV ----------------------------------------------------------------------------------

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    @Slot()
    def export(self) -> None:
        suggested = str(Path(self._folder()) / "barretimer-history.csv")
        path = dialogs.save_file(
            self, self.tr("Export history"), suggested, self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        try:
            count = export_csv(self.store, path, steps=True)
        except OSError as error:
            self._show_error(
                self.tr("The history could not be written to {file}: {reason}").format(
                    file=path, reason=error.strerror or error
                )
            )
            return
        dialogs.inform(
            self,
            self.tr("Export history"),
            self.tr("Wrote {sessions} to {file}, and their steps to {steps}.").format(
                sessions=sessions_label(count), file=path.name, steps=steps_path(path).name
            ),
        )

    @Slot()
    def import_(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Import history"), self._folder(), self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import ``path`` off the window's thread, with a progress bar and Cancel; the result
        is said when it is done (see :mod:`barretimer.ui.history.importing`)."""
        from barretimer.ui.history.importing import start_import

        self._import = start_import(self, self.store, path, self._import_done)

    def _import_done(self, outcome: object) -> None:
        self._import = None
        if isinstance(outcome, tuple):
            added, skipped = outcome
            self.refresh()
            dialogs.inform(
                self,
                self.tr("Import history"),
                self.tr("Added {added} sessions; {skipped} were already in the history.").format(
                    added=added, skipped=skipped
                ),
            )
        elif isinstance(outcome, CsvImportError):
            self._show_error(self.tr("Nothing was imported. {problem}").format(problem=outcome))
        elif outcome is not None:  # a database problem: a message, never a traceback
            log.warning("import failed: %s", outcome)
            self._show_error(self.tr("Nothing was imported: {problem}").format(problem=outcome))
