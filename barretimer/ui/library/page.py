"""The library: shipped and user routines, searchable, with a preview and Start.

Invalid user routines are listed with their problems (never hidden, never a crash).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer import paths
from barretimer.core.durations import format_minutes
from barretimer.core.model import Block, Catalog, Item, Level, Routine
from barretimer.ui.figure_thumbnails import FigureThumbnails
from barretimer.ui.labels import (
    duration_label,
    kind_label,
    level_label,
    problems_label,
    repeat_label,
    sides_label,
)
from barretimer.ui.library.tags_delegate import TagsDelegate
from barretimer.ui.player.strip import IntervalStrip
from barretimer.ui.widgets import add_find_shortcut, arrows_open_list, plain_label

# The loader (and PyYAML under it) is imported when routines are first read: not before the
# window's first frame.
if TYPE_CHECKING:
    from barretimer.core.library import RoutineEntry

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

#: The entry behind a row (any column).
EntryRole = Qt.ItemDataRole.UserRole + 1
#: What a column sorts by (numbers sort as numbers).
SortRole = Qt.ItemDataRole.UserRole + 2


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


class _Row:
    """What a row shows, computed once per entry (compiling a timeline is not free)."""

    def __init__(self, entry: RoutineEntry) -> None:
        self.entry = entry
        routine = entry.result.routine if entry.ok else None
        self.routine: Routine | None = routine
        timeline = entry.timeline() if routine is not None else None
        self.total_s = timeline.total_s if timeline is not None else -1.0
        self.level = routine.level if routine is not None else None
        self.tags: tuple[str, ...] = routine.tags if routine is not None else ()
        self.description = routine.description if routine is not None else ""
        # The exercises it contains, by name and catalog id: search finds "clamshell" in them.
        self.exercises = " ".join(_exercise_words(routine.steps)) if routine is not None else ""
        self.problem_count = len(entry.result.problems)


def _exercise_words(items: tuple[Item, ...]) -> list[str]:
    words: list[str] = []
    for item in items:
        if isinstance(item, Block):
            words += _exercise_words(item.steps)
        else:
            words += [item.exercise, (item.ref or "").replace("-", " ")]
    return words


class RoutineTableModel(QAbstractTableModel):
    NAME, LEVEL, TIME, TAGS, SOURCE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_entries(self, entries: Sequence[RoutineEntry]) -> None:
        self.beginResetModel()
        self._rows = [_Row(e) for e in entries]
        self.endResetModel()

    def entry(self, row: int) -> RoutineEntry:
        return self._rows[row].entry

    def row_of(self, path: Path) -> int | None:
        for number, row in enumerate(self._rows):
            if row.entry.path == path:
                return number
        return None

    def all_tags(self) -> list[str]:
        return sorted({t for r in self._rows for t in r.tags}, key=str.casefold)

    def row_info(self, row: int) -> _Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Routine"),
            self.tr("Level"),
            self.tr("Time"),
            self.tr("Tags"),
            self.tr("Source"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == EntryRole:
            return row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == self.TIME:
                return row.total_s
            if column == self.LEVEL:
                return list(Level).index(row.level) if row.level is not None else 99
            return (self._display(row, column) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.problem_count:
                return "\n".join(str(p) for p in row.entry.result.problems[:10])
            if column == self.TAGS and row.tags:
                return ", ".join(row.tags)  # the whole list, however narrow the column
            return row.description or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column)
        return None

    def _display(self, row: _Row, column: int) -> str:
        if column == self.NAME:
            return row.entry.name
        if column == self.LEVEL:
            return level_label(row.level) if row.level is not None else "—"
        if column == self.TIME:
            return format_minutes(row.total_s) if row.total_s >= 0 else self.tr("invalid")
        if column == self.TAGS:
            return ", ".join(row.tags)
        if column == self.SOURCE:
            source = self.tr("Shipped") if row.entry.shipped else self.tr("Yours")
            if row.problem_count:
                return self.tr("{source}: {problems}").format(
                    source=source, problems=problems_label(row.problem_count)
                )
            return source
        return ""


class RoutineFilterProxy(QSortFilterProxyModel):
    """Search text (name, description, tags), one tag, one level."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._tag = ""
        self._level: Level | None = None
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def _refilter(self, change: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_search", text.strip().casefold()))

    def set_tag(self, tag: str) -> None:
        self._refilter(lambda: setattr(self, "_tag", tag))

    def set_level(self, level: Level | None) -> None:
        self._refilter(lambda: setattr(self, "_level", level))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RoutineTableModel):
            return True
        row = model.row_info(source_row)
        if self._tag and self._tag not in row.tags:
            return False
        if self._level is not None and row.level is not self._level:
            return False
        if self._search:
            haystack = " ".join(
                (row.entry.name, row.description, *row.tags, row.exercises)
            ).casefold()
            return all(word in haystack for word in self._search.split())
        return True


#: The figure beside each step of the preview (pixels).
THUMBNAIL_PX = 40


class StepsModel(QAbstractTableModel):
    """A routine's steps in document order; a block is a row of its own above its steps."""

    EXERCISE, KIND, SIDES, DURATION = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Item]] = []
        self._folder: Path | None = None  # where the steps' own pictures are written from
        self.thumbnails = FigureThumbnails(parent=self)
        self.thumbnails.loaded.connect(self._thumbnails_loaded)

    @Slot()
    def _thumbnails_loaded(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, self.EXERCISE)
            self.dataChanged.emit(self.index(0, self.EXERCISE), last)

    def set_routine(self, routine: Routine | None, folder: Path | None = None) -> None:
        self.beginResetModel()
        self._rows, self._folder = [], folder
        if routine is not None:
            self._add(routine.steps, 0)
        self.endResetModel()

    def _add(self, items: tuple[Item, ...], depth: int) -> None:
        for item in items:
            self._rows.append((depth, item))
            if isinstance(item, Block):
                self._add(item.steps, depth + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Step"), self.tr("Kind"), self.tr("Sides"), self.tr("Time"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        depth, item = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and isinstance(item, Block):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.EXERCISE:
            if isinstance(item, Block):
                return None
            dark = QGuiApplication.palette().window().color().lightness() < 128
            return self.thumbnails.step_pixmap(item, self._folder, THUMBNAIL_PX, dark=dark)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        indent = "    " * depth
        column = index.column()
        if isinstance(item, Block):
            if column == self.EXERCISE:
                return f"{indent}{repeat_label(item)}"
            return ""
        if column == self.EXERCISE:
            return f"{indent}{item.exercise}"
        if column == self.KIND:
            return kind_label(item.kind)
        if column == self.SIDES:
            return sides_label(item.sides)
        if column == self.DURATION:
            return duration_label(item)
        return ""


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
        self.steps_model = StepsModel(self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search names, descriptions and tags"))
        self.search_edit.setAccessibleName(self.tr("Search routines"))
        self.search_edit.setClearButtonEnabled(True)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Filter by tag"))
        self.tag_combo.addItem(self.tr("All tags"), "")  # the tags come with the routines
        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Filter by level"))
        self.level_combo.addItem(self.tr("All levels"), None)
        for level in Level:
            self.level_combo.addItem(level_label(level), level.value)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Routines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RoutineTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RoutineTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RoutineTableModel.LEVEL, RoutineTableModel.TIME, RoutineTableModel.SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoutineTableModel.TAGS, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(RoutineTableModel.TAGS, TagsDelegate(self.table))

        self.name_label = plain_label(self, object_name="routine-name")
        self.name_label.setWordWrap(True)
        font = QFont(self.name_label.font())
        font.setPixelSize(24)
        font.setBold(True)
        self.name_label.setFont(font)
        self.facts_label = plain_label(self, object_name="routine-facts")
        self.facts_label.setWordWrap(True)
        self.tags_label = plain_label(self, object_name="routine-tags")
        self.tags_label.setWordWrap(True)
        self.description_label = plain_label(self, object_name="routine-description")
        self.description_label.setWordWrap(True)
        self.problems_title = QLabel(
            self.tr("Problems (fix the file, or open it in the editor):"), self
        )
        self.problems_title.setWordWrap(True)
        self.preview_strip = IntervalStrip(self, marker=False)
        self.preview_strip.setAccessibleName(self.tr("The intervals of the routine"))
        self.preview_strip.setFixedHeight(34)
        self.problems_list = QListWidget(self)
        self.problems_list.setAccessibleName(self.tr("Problems"))
        self.problems_list.setWordWrap(True)
        self.problems_list.setMinimumHeight(80)
        self.steps_view = QTableView(self)
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setAccessibleName(self.tr("Steps of the routine"))
        self.steps_view.verticalHeader().hide()
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps_view.setAlternatingRowColors(True)
        self.steps_view.setIconSize(QSize(THUMBNAIL_PX, THUMBNAIL_PX))
        self.steps_view.verticalHeader().setDefaultSectionSize(THUMBNAIL_PX + 4)
        steps_header = self.steps_view.horizontalHeader()
        steps_header.setSectionResizeMode(StepsModel.EXERCISE, QHeaderView.ResizeMode.Stretch)
        for column in (StepsModel.KIND, StepsModel.SIDES, StepsModel.DURATION):
            steps_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for label, name in (
            (self.name_label, self.tr("Routine name")),
            (self.facts_label, self.tr("Level, time and source")),
            (self.tags_label, self.tr("Tags")),
            (self.description_label, self.tr("Description")),
        ):
            label.setAccessibleName(name)

        self.start_button = QPushButton(self.tr("Start"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.new_button = QPushButton(self.tr("New routine"), self)
        for button in (self.start_button, self.edit_button, self.new_button):
            button.setMinimumHeight(36)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        self.edit_button.clicked.connect(self._edit)
        self.new_button.clicked.connect(self.new_requested)
        self.quick_button = QPushButton(self.tr("Quick timer…"), self)
        self.quick_button.setToolTip(
            self.tr("Rounds of work and rest, or one max hold, without writing a routine")
        )
        self.quick_button.clicked.connect(self.quick_timer_requested)
        self.table.activated.connect(lambda _index: self._start())

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.tag_combo, 1)
        filters.addWidget(self.level_combo, 1)
        filters.addWidget(self.new_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        quick_row = QHBoxLayout()
        quick_row.addWidget(self.quick_button)
        quick_row.addStretch(1)
        left_layout.addLayout(quick_row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 0, 4, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.name_label)
        right_layout.addWidget(self.facts_label)
        right_layout.addWidget(self.tags_label)
        right_layout.addWidget(self.description_label)
        right_layout.addWidget(self.preview_strip)
        right_layout.addWidget(self.problems_title)
        right_layout.addWidget(self.problems_list, 1)
        right_layout.addWidget(self.steps_view, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([660, 440])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # From the search straight to the list it filters; the filters come after.
        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.tag_combo)
        self.setTabOrder(self.tag_combo, self.level_combo)
        self.setTabOrder(self.level_combo, self.new_button)
        self.setTabOrder(self.new_button, self.quick_button)
        arrows_open_list(self.tag_combo, self.level_combo)
        self.find_action = add_find_shortcut(self, self.search_edit)

        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.tag_combo.currentIndexChanged.connect(self._tag_changed)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._show_selected)
        self.proxy.layoutChanged.connect(self._show_selected)
        self.proxy.rowsRemoved.connect(self._show_selected)
        self._show_entry(None)
        self.name_label.setText(self.tr("Reading the routines..."))

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
        self._fill_tags()
        if selected is not None and self.select_path(selected.path):
            return
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._show_selected()

    def _fill_tags(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for tag in self.model.all_tags():
            self.tag_combo.addItem(tag, tag)
        position = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(0, position))
        self.tag_combo.blockSignals(False)
        self.proxy.set_tag(self.tag_combo.currentData() or "")

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

    @Slot(int)
    def _tag_changed(self, _position: int) -> None:
        self.proxy.set_tag(self.tag_combo.currentData() or "")
        self._show_selected()

    @Slot(int)
    def _level_changed(self, _position: int) -> None:
        value = self.level_combo.currentData()
        self.proxy.set_level(Level(value) if value else None)
        self._show_selected()

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    @Slot()
    def _show_selected(self) -> None:
        self._show_entry(self.selected_entry())

    def _show_entry(self, entry: RoutineEntry | None) -> None:
        routine = entry.result.routine if entry is not None and entry.ok else None
        self.start_button.setEnabled(routine is not None)
        self.edit_button.setEnabled(entry is not None)
        if entry is not None and entry.shipped:
            self.edit_button.setText(self.tr("Duplicate and edit"))
        else:
            self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.edit_button.text())
        if entry is None:
            self.name_label.setText(self.tr("No routine selected"))
            for label in (self.facts_label, self.tags_label, self.description_label):
                label.setText("")
            self.problems_title.hide()
            self.problems_list.hide()
            self.preview_strip.hide()
            self.steps_model.set_routine(None)
            return
        self.name_label.setText(entry.name)
        source = self.tr("Shipped with barretimer") if entry.shipped else self.tr("Your routine")
        problems = entry.result.problems
        if routine is not None:
            timeline = entry.timeline()
            total = format_minutes(timeline.total_s) if timeline else ""
            self.facts_label.setText(f"{level_label(routine.level)}  ·  {total}  ·  {source}")
            self.tags_label.setText(
                self.tr("Tags: {tags}").format(tags=", ".join(routine.tags)) if routine.tags else ""
            )
            self.description_label.setText(routine.description)
            self.preview_strip.set_timeline(timeline)
            self.preview_strip.show()
        else:
            self.preview_strip.hide()
            self.facts_label.setText(f"{source}  ·  {entry.path.name}")
            self.tags_label.setText("")
            self.description_label.setText(
                self.tr("This routine has problems and cannot be played yet.")
            )
        self.problems_list.clear()
        self.problems_list.addItems([str(p) for p in problems])
        self.problems_title.setVisible(bool(problems))
        self.problems_list.setVisible(bool(problems))
        self.steps_model.set_routine(entry.result.routine, entry.path.parent)

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
