"""The History place of the main window: past sessions with filters, details, export and
import, and the trends."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from barretimer.store.bests import personal_bests
from barretimer.store.csvio import CsvImportError, export_csv, steps_path
from barretimer.store.queries import SessionFilter
from barretimer.store.sessions import SessionStore
from barretimer.store.trends import DEFAULT_WEEKS, compute_trends
from barretimer.ui import dialogs
from barretimer.ui.folding import FoldingRow
from barretimer.ui.history.bests import BestsView
from barretimer.ui.history.charts import TrendsView
from barretimer.ui.history.editing import SessionEditing
from barretimer.ui.history.filters import SessionFilters
from barretimer.ui.history.models import SessionsModel
from barretimer.ui.history.sessions_table import SessionsTable
from barretimer.ui.labels import sessions_label
from barretimer.ui.widgets import add_find_shortcut

log = logging.getLogger(__name__)


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
        self.editing = SessionEditing(self)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("History views"))
        self.tabs.addTab(self._build_sessions_tab(), self.tr("&Sessions"))
        self.trends_view = TrendsView(self)
        self.tabs.addTab(self.trends_view, self.tr("&Trends"))
        self.bests_view = BestsView(self)
        self.tabs.addTab(self.bests_view, self.tr("Personal &bests"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.find_action = add_find_shortcut(
            self, self.filters.search_edit, lambda: self.tabs.setCurrentIndex(0)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._update_count()

    # --- building -----------------------------------------------------------------------------

    def _build_sessions_tab(self) -> QWidget:
        """The filters over the table of sessions, the buttons under it."""
        tab = QWidget(self)
        self.filters = SessionFilters(self.store, tab)
        self.model = SessionsModel(self.store, self)
        self.table = SessionsTable(self.model, self.filters.routines(), tab)
        actions = self._build_actions(tab)
        self._connect_sessions_tab()
        layout = QVBoxLayout(tab)
        layout.addLayout(self.filters.row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        return tab

    def _build_actions(self, tab: QWidget) -> FoldingRow:
        self.details_button = QPushButton(self.tr("&Details…"), tab)
        self.details_button.setAccessibleName(self.tr("Open the selected session"))
        self.delete_button = QPushButton(self.tr("De&lete…"), tab)
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.undo_action = self.editing.undo_stack.createUndoAction(self, self.tr("&Undo"))
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
        # The buttons under the count and sort box when the page is narrow.
        actions = FoldingRow(stretches=(1, 0))
        actions.group(0).addWidget(self.count_label, 1)
        actions.group(0).addWidget(sort_label)
        actions.group(0).addWidget(self.sort_combo)
        for button in (
            self.details_button,
            self.delete_button,
            self.undo_button,
            self.export_button,
            self.import_button,
        ):
            actions.group(1).addWidget(button)
        return actions

    def _connect_sessions_tab(self) -> None:
        self.filters.changed.connect(self._filters_changed)
        self.table.activated.connect(self.editing.open_activated)
        self.table.delete_pressed.connect(self.editing.delete_selected)
        self.details_button.clicked.connect(self.editing.open_selected)
        self.delete_button.clicked.connect(self.editing.delete_selected)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)
        self.sort_combo.activated.connect(self._sort_chosen)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    # --- public -------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the history again (after a workout was recorded, for example)."""
        self.filters.fill_routines()
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

    # --- filters ------------------------------------------------------------------------------

    @Slot()
    def _filters_changed(self) -> None:
        self._apply_filter()

    def _apply_filter(self, *, force: bool = False) -> None:
        where = self.filters.current()
        if force or where != self.model.filter:
            if where == self.model.filter:
                self.model.refresh()
            else:
                self.model.set_filter(where)
        self._update_count()

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
        selected = self.table.selected_session_id() is not None
        self.details_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.trends_view and self._trends_stale:
            self.refresh_trends()
        if self.tabs.widget(index) is self.bests_view:
            self.refresh_bests()

    # --- what the history's changes change on the page ---------------------------------------

    def session_deleted(self, session_id: int) -> None:
        self.model.remove_session(session_id)
        self._update_count()
        self._trends_stale = True

    def session_restored(self, session_id: int) -> None:
        self.refresh()
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def session_changed(self, session_id: int) -> None:
        self.model.update_session(session_id)
        if self.model.filter.notes:
            self._apply_filter(force=True)  # the edited notes may no longer match the search

    def show_error(self, message: str) -> None:
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
            self.show_error(
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
            self.show_error(self.tr("Nothing was imported. {problem}").format(problem=outcome))
        elif outcome is not None:  # a database problem: a message, never a traceback
            log.warning("import failed: %s", outcome)
            self.show_error(self.tr("Nothing was imported: {problem}").format(problem=outcome))
