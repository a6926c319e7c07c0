"""The library: shipped and user routines, searchable, with a preview and Start.

Invalid user routines are listed with their problems (never hidden, never a crash). The parts
live beside this page: the list's model and filter (``model.py``), the search and filters above
it (``filter_bar.py``) and the preview of the selected routine (``preview.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer import paths
from barretimer.core.model import Catalog
from barretimer.ui.library.filter_bar import RoutineFilterBar
from barretimer.ui.library.model import EntryRole, RoutineFilterProxy, RoutineTableModel
from barretimer.ui.library.preview import RoutinePreview
from barretimer.ui.library.tags_delegate import TagsDelegate
from barretimer.ui.widgets import add_find_shortcut

# The loader (and PyYAML under it) is imported when routines are first read: not before the
# window's first frame.
if TYPE_CHECKING:
    from barretimer.core.library import RoutineEntry

log = logging.getLogger(__name__)


def read_catalog() -> Catalog:
    """The exercise catalog of the data folder; its problems are logged (routines that use a
    broken exercise show their own problems)."""
    from barretimer.core.library import load_catalog
    from barretimer.ui.language import current_translation

    catalog, problems = load_catalog(paths.catalog_path())
    for problem in problems:
        log.warning("exercise catalog: %s", problem)
    return current_translation().catalog(catalog)


def load_entries(catalog: Catalog) -> list[RoutineEntry]:
    from barretimer.core.library import load_library
    from barretimer.ui.language import current_translation

    entries = load_library(paths.shipped_routines_dir(), paths.user_routines_dir(), catalog)
    return current_translation().entries(entries)


class LibraryPage(QWidget):
    """Signals: ``start_requested(object RoutineEntry)``, ``new_requested()``,
    ``edit_requested(object Path)`` (a user routine), ``duplicate_requested(object Path)``.

    ``catalog``: the exercise catalog, or None to read it (:func:`read_catalog`) when it is
    first needed. The list is empty until :meth:`reload`.
    """

    start_requested = Signal(object)
    new_requested = Signal()
    quick_timer_requested = Signal()
    edit_requested = Signal(object)
    duplicate_requested = Signal(object)

    def __init__(self, catalog: Catalog | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.model = RoutineTableModel(self)
        self.proxy = RoutineFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_bar = RoutineFilterBar(self.proxy, self)
        self.table = self._make_table()
        self.preview = RoutinePreview(self)
        self.quick_button = QPushButton(self.tr("Quick timer…"), self)
        self.quick_button.setToolTip(
            self.tr("Rounds of work and rest, or one max hold, without writing a routine")
        )
        self._name_parts()
        self._lay_out()
        # From the search straight to the list it filters; the filters come after.
        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.tag_combo)
        self.setTabOrder(self.tag_combo, self.level_combo)
        self.setTabOrder(self.level_combo, self.new_button)
        self.setTabOrder(self.new_button, self.quick_button)
        self.find_action = add_find_shortcut(self, self.search_edit)

        self.start_button.clicked.connect(self._start)
        self.edit_button.clicked.connect(self._edit)
        self.new_button.clicked.connect(self.new_requested)
        self.quick_button.clicked.connect(self.quick_timer_requested)
        self.table.activated.connect(lambda _index: self._start())
        self.filter_bar.filter_changed.connect(self._show_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._show_selected)
        self.proxy.layoutChanged.connect(self._show_selected)
        self.proxy.rowsRemoved.connect(self._show_selected)
        self.preview.show_entry(None)
        self.name_label.setText(self.tr("Reading the routines..."))

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Routines"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(RoutineTableModel.NAME, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(RoutineTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RoutineTableModel.LEVEL, RoutineTableModel.TIME, RoutineTableModel.SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoutineTableModel.TAGS, QHeaderView.ResizeMode.Stretch)
        table.setItemDelegateForColumn(RoutineTableModel.TAGS, TagsDelegate(table))
        return table

    def _name_parts(self) -> None:
        """The parts' widgets under the page's own names, as the window and the tests know them."""
        bar, preview = self.filter_bar, self.preview
        self.search_edit, self.tag_combo = bar.search_edit, bar.tag_combo
        self.level_combo, self.new_button = bar.level_combo, bar.new_button
        self.steps_model, self.steps_view = preview.steps_model, preview.steps_view
        self.name_label, self.facts_label = preview.name_label, preview.facts_label
        self.tags_label, self.description_label = preview.tags_label, preview.description_label
        self.problems_title, self.problems_list = preview.problems_title, preview.problems_list
        self.preview_strip = preview.preview_strip
        self.start_button, self.edit_button = preview.start_button, preview.edit_button

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table)
        quick_row = QHBoxLayout()
        quick_row.addWidget(self.quick_button)
        quick_row.addStretch(1)
        left_layout.addLayout(quick_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([660, 440])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- loading ------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = read_catalog()
        return self._catalog

    def reload(self) -> None:
        """Read both routine folders again, keeping the selection where possible."""
        self.set_entries(load_entries(self.catalog))

    def set_entries(self, entries: Sequence[RoutineEntry]) -> None:
        selected = self.selected_entry()
        self.model.set_entries(entries)
        self.filter_bar.set_tags(self.model.all_tags())
        if selected is not None and self.select_path(selected.path):
            return
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._show_selected()

    def select_path(self, path: Path) -> bool:
        row = self.model.row_of(path)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self.table.selectRow(proxy_index.row())
        self.table.scrollTo(proxy_index)
        return True

    def selected_entry(self) -> RoutineEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        from barretimer.core.library import RoutineEntry  # rows mean the routines were read

        entry = rows[0].data(EntryRole)
        return entry if isinstance(entry, RoutineEntry) else None

    def visible_names(self) -> list[str]:
        """The routine names shown, in order (for tests and screen readers)."""
        return [
            self.proxy.index(r, RoutineTableModel.NAME).data() for r in range(self.proxy.rowCount())
        ]

    # --- reacting -----------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    @Slot()
    def _show_selected(self) -> None:
        self.preview.show_entry(self.selected_entry())

    @Slot()
    def _start(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.ok:
            self.start_requested.emit(entry)

    @Slot()
    def _edit(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.shipped:
            self.duplicate_requested.emit(entry.path)
        else:
            self.edit_requested.emit(entry.path)
