"""Table models over the history: sessions fetched page by page from SQLite, and one
session's steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from barretimer.core.durations import format_clock
from barretimer.store.queries import SessionFilter, Sort, count_sessions, page_sessions
from barretimer.store.sessions import SessionRow, SessionStore, StepRow
from barretimer.ui.labels import kind_label, side_label, status_label
from barretimer.ui.language import exercise_label, routine_label

Index = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def started_text(started_at: str) -> str:
    """``Mon 2025-06-30 07:12`` in local time (the weekday in the user's language)."""
    try:
        when = datetime.fromisoformat(started_at).astimezone()
    except ValueError:
        return started_at
    weekday = QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {when:%Y-%m-%d %H:%M}"


class SessionsModel(QAbstractTableModel):
    """Past sessions, newest first by default, filtered and sorted in SQL and fetched a page
    at a time as the view scrolls (never the whole history at once)."""

    DATE, ROUTINE, DURATION, STATUS, EFFORT, NOTES = range(6)
    COLUMN_COUNT = 6
    PAGE_SIZE = 100
    _SORTS: ClassVar[dict[int, str]] = {
        DATE: Sort.DATE,
        ROUTINE: Sort.ROUTINE,
        DURATION: Sort.DURATION,
        STATUS: Sort.STATUS,
        EFFORT: Sort.EFFORT,
        NOTES: Sort.NOTES,
    }

    def __init__(
        self, store: SessionStore, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self.filter = SessionFilter()
        self.sort_key = Sort.DATE
        self.descending = True
        self._rows: list[SessionRow] = []
        self._total = 0
        self._load(self.page_size)

    # --- loading ------------------------------------------------------------------------------

    def _page(self, limit: int, offset: int) -> list[SessionRow]:
        return page_sessions(
            self.store,
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def _load(self, count: int) -> None:
        self._total = count_sessions(self.store, self.filter)
        self._rows = self._page(count, 0)

    def refresh(self) -> None:
        """Read again, keeping as many rows loaded as before (so the view keeps its place)."""
        self.beginResetModel()
        self._load(max(self.page_size, len(self._rows)))
        self.endResetModel()

    def set_filter(self, where: SessionFilter) -> None:
        if where == self.filter:
            return
        self.filter = where
        self.beginResetModel()
        self._load(self.page_size)
        self.endResetModel()

    @property
    def total(self) -> int:
        """Sessions matching the filter, loaded or not."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(self.page_size, len(self._rows))
        if not more:
            self._total = len(self._rows)  # rows were deleted behind our back
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORTS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.beginResetModel()
        self.sort_key, self.descending = key, descending
        self._load(self.page_size)
        self.endResetModel()

    # --- rows ---------------------------------------------------------------------------------

    def session_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: int) -> int | None:
        for row, session in enumerate(self._rows):
            if session.id == session_id:
                return row
        return None

    def remove_session(self, session_id: int) -> None:
        """Take a deleted session out of the loaded rows without reloading."""
        row = self.row_of(session_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._total -= 1
        self.endRemoveRows()

    def update_session(self, session_id: int) -> None:
        """Read one session again after its effort or notes changed."""
        row = self.row_of(session_id)
        fresh = self.store.session(session_id)
        if row is None or fresh is None:
            return
        self._rows[row] = replace(fresh)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            QCoreApplication.translate("history", "Date"),
            QCoreApplication.translate("history", "Routine"),
            QCoreApplication.translate("history", "Done / planned"),
            QCoreApplication.translate("history", "Status"),
            QCoreApplication.translate("history", "Effort"),
            QCoreApplication.translate("history", "Notes"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        session = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(session, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTES and session.notes:
            return session.notes
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ROUTINE:
            return self._display(session, column)  # whole, where a narrow column shortens it
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DURATION, self.EFFORT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SESSION_ID_ROLE:
            return session.id
        return None

    def _display(self, session: SessionRow, column: int) -> str:
        if column == self.DATE:
            return started_text(session.started_at)
        if column == self.ROUTINE:
            scale = f" ({session.scale:.0%})" if session.scale != 1.0 else ""
            return routine_label(session.routine) + scale
        if column == self.DURATION:
            return f"{format_clock(session.done_s)} / {format_clock(session.planned_s)}"
        if column == self.STATUS:
            return status_label(session.status)
        if column == self.EFFORT:
            return str(session.effort) if session.effort else ""
        if column == self.NOTES:
            return " ".join(session.notes.split())  # one line in the table
        return ""


class StepsModel(QAbstractTableModel):
    """Every recorded step of one session."""

    NUMBER, EXERCISE, KIND, SIDE, PLANNED, DONE, SKIPPED, TOUCHDOWNS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, steps: list[StepRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = steps

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("history", "#"),
            QCoreApplication.translate("history", "Exercise"),
            QCoreApplication.translate("history", "Kind"),
            QCoreApplication.translate("history", "Side"),
            QCoreApplication.translate("history", "Planned"),
            QCoreApplication.translate("history", "Done"),
            QCoreApplication.translate("history", "Skipped"),
            QCoreApplication.translate("history", "Touchdowns"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._steps):
            return None
        step = self._steps[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values = (
                str(step.position + 1),
                exercise_label(step.exercise),
                kind_label(step.kind),
                side_label(step.side),
                format_clock(step.planned_s),
                format_clock(step.done_s),
                QCoreApplication.translate("history", "Skipped") if step.skipped else "",
                str(step.touchdowns) if step.touchdowns else "",
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.PLANNED,
            self.DONE,
            self.TOUCHDOWNS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.EXERCISE and step.muscles:
            return step.muscles
        return None
