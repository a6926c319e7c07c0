"""The routines as a table (name, level, time, tags, source) and the filter the page sets on it:
search text, one tag, one level."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from barretimer.core.durations import format_minutes
from barretimer.core.model import Block, Item, Level, Routine
from barretimer.ui.labels import level_label, problems_label

# The loader (and PyYAML under it) is imported when routines are first read: not before the
# window's first frame.
if TYPE_CHECKING:
    from barretimer.core.library import RoutineEntry

Index = QModelIndex | QPersistentModelIndex

#: The entry behind a row (any column).
EntryRole = Qt.ItemDataRole.UserRole + 1
#: What a column sorts by (numbers sort as numbers).
SortRole = Qt.ItemDataRole.UserRole + 2


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
