"""The preview of the selected routine: its name, facts, tags and description, its intervals as a
strip, its problems when it has any, its steps with a figure beside each, and Edit and Start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.durations import format_minutes
from barretimer.core.model import Block, Item, Routine
from barretimer.ui.figure_thumbnails import FigureThumbnails
from barretimer.ui.labels import (
    duration_label,
    kind_label,
    level_label,
    repeat_label,
    sides_label,
)
from barretimer.ui.player.strip import IntervalStrip
from barretimer.ui.widgets import plain_label

if TYPE_CHECKING:
    from barretimer.core.library import RoutineEntry

Index = QModelIndex | QPersistentModelIndex

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


class RoutinePreview(QWidget):
    """The right-hand pane of the library: what :meth:`show_entry` was given, or "No routine
    selected". Its Start and Edit buttons are wired by the page, which knows the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps_model = StepsModel(self)
        self._make_labels()
        self._make_steps_view()
        self.start_button = QPushButton(self.tr("Start"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        for button in (self.start_button, self.edit_button):
            button.setMinimumHeight(36)
        self.start_button.setDefault(True)
        self._lay_out()

    def _make_labels(self) -> None:
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
        for label, name in (
            (self.name_label, self.tr("Routine name")),
            (self.facts_label, self.tr("Level, time and source")),
            (self.tags_label, self.tr("Tags")),
            (self.description_label, self.tr("Description")),
        ):
            label.setAccessibleName(name)

    def _make_steps_view(self) -> None:
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

    def _lay_out(self) -> None:
        right_layout = QVBoxLayout(self)
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

    def show_entry(self, entry: RoutineEntry | None) -> None:
        """Show ``entry`` (its problems too), or that nothing is selected."""
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
