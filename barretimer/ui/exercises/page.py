"""The Exercises page: the whole catalog to browse and search, each exercise with its figure
(both sides), description, cues, safety line, equipment and the routines and plans that use it.

Signals: ``routine_requested(Path)`` (a routine that uses the exercise, to open in the player),
``plan_requested()`` (a plan: shown in the Library), ``add_requested(str)`` (the exercise's id,
to add to the routine in the editor).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.exercise_index import ExerciseQuery, Uses, exercise_uses
from barretimer.core.figure import PoseSpec
from barretimer.core.model import EQUIPMENT, MUSCLES, Catalog, Exercise, Kind, Sides
from barretimer.core.pictures import exercise_picture
from barretimer.core.timeline import Side
from barretimer.ui.exercise_picture import ExercisePicture
from barretimer.ui.exercises.model import (
    ExerciseFilter,
    ExerciseRole,
    ExerciseTableModel,
    equipment_label,
)
from barretimer.ui.labels import kind_label, muscle_label, side_word
from barretimer.ui.widgets import plain_label

if TYPE_CHECKING:
    from barretimer.core.library import RoutineEntry

#: What a "used in" line opens: a routine's path, or None for a plan (shown in the Library).
UseRole = Qt.ItemDataRole.UserRole + 1


class ExerciseDetail(QWidget):
    """One exercise: its figure for each side, words, and where it is used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(self, object_name="exercise-title", wrap=True)
        font = self.title.font()
        font.setPixelSize(22)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = plain_label(self, object_name="exercise-facts", wrap=True)
        self.pictures = [ExercisePicture(self), ExercisePicture(self)]
        self.side_labels = [plain_label(self), plain_label(self)]
        figures = QHBoxLayout()
        for picture, label in zip(self.pictures, self.side_labels, strict=True):
            picture.setMinimumSize(200, 200)
            column = QVBoxLayout()
            column.addWidget(picture, 1)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
            figures.addLayout(column, 1)
        self.description = plain_label(self, object_name="exercise-description", wrap=True)
        self.cues = plain_label(self, object_name="exercise-cues", wrap=True)
        self.safety = plain_label(self, object_name="exercise-safety", wrap=True)
        self.equipment = plain_label(self, object_name="exercise-equipment", wrap=True)
        # Set apart by a bar, not by colour alone.
        self.safety.setStyleSheet(
            "QLabel#exercise-safety { border: 0px solid; border-left: 4px solid #d97706; padding-left: 6px; }"
        )
        self.used_title = plain_label(self, self.tr("Used in"))
        bold = QFont(self.used_title.font())
        bold.setBold(True)
        for label in (self.used_title,):
            label.setFont(bold)
        self.uses = QListWidget(self)
        self.uses.setAccessibleName(self.tr("Routines and plans that use this exercise"))
        self.uses.setMaximumHeight(140)
        self.add_button = QPushButton(self.tr("Add to a routine"), self)
        self.add_button.setToolTip(self.tr("Open the editor with this exercise added"))
        self.add_button.setAccessibleName(self.tr("Add to a routine"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(figures, 1)
        for label in (self.description, self.cues, self.safety, self.equipment):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addWidget(self.used_title)
        layout.addWidget(self.uses)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)

    def show_exercise(
        self,
        exercise: Exercise,
        spec: PoseSpec | None,
        catalog_folder: Path | None,
        uses: Uses,
    ) -> None:
        self.title.setText(exercise.name)
        muscles = ", ".join(muscle_label(m) for m in exercise.muscles)
        self.facts.setText(f"{kind_label(exercise.kind)}   ·   {muscles}")
        picture = exercise_picture(exercise, catalog_folder)
        sides = (Side.LEFT, Side.RIGHT) if exercise.sides is Sides.LEFT_RIGHT else (None,)
        for index, view in enumerate(self.pictures):
            side = sides[index] if index < len(sides) else None
            view.setVisible(index < len(sides))
            self.side_labels[index].setVisible(index < len(sides) and side is not None)
            if index < len(sides):
                view.show_exercise(spec, picture, side, exercise.kind)
                view.play()
                self.side_labels[index].setText(side_word(side) if side is not None else "")
        self.description.setText(exercise.description)
        self.description.setVisible(bool(exercise.description))
        cues = "\n".join(f"• {cue}" for cue in exercise.cues)
        self.cues.setText(cues)
        self.cues.setVisible(bool(cues))
        self.safety.setText(
            self.tr("Safety: {line}").format(line=exercise.safety) if exercise.safety else ""
        )
        self.safety.setVisible(bool(exercise.safety))
        equipment = [equipment_label(e) for e in exercise.equipment if e != "none"]
        self.equipment.setText(
            self.tr("Equipment: {items}").format(
                items=", ".join(equipment) if equipment else self.tr("none")
            )
        )
        self.uses.clear()
        for routine in uses.routines:
            item = QListWidgetItem(self.tr("Routine: {name}").format(name=routine.name))
            item.setData(UseRole, routine.path)
            self.uses.addItem(item)
        for plan in uses.plans:
            item = QListWidgetItem(
                self.tr("Plan: {plan} (in {routine})").format(
                    plan=plan.name, routine=plan.routine.name
                )
            )
            item.setData(UseRole, plan.routine.path)
            self.uses.addItem(item)
        if not uses.routines:
            item = QListWidgetItem(self.tr("No routine uses it yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.uses.addItem(item)


class ExercisesPage(QWidget):
    routine_requested = Signal(object)  # Path of the routine file
    add_requested = Signal(str)  # the exercise's catalog id

    def __init__(
        self,
        catalog: Catalog,
        poses: dict[str, PoseSpec],
        catalog_folder: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Exercises"))
        self._poses = poses
        self._catalog_folder = catalog_folder
        self._uses: dict[str, Uses] = {}
        self.model = ExerciseTableModel(catalog, self)
        self.proxy = ExerciseFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the exercises"))
        self.search.setAccessibleName(self.tr("Search the exercises"))
        self.search.setClearButtonEnabled(True)
        self.muscle_combo = self._combo(
            self.tr("Any muscle"), [(muscle_label(m), m) for m in MUSCLES], self.tr("Muscle group")
        )
        self.kind_combo = self._combo(
            self.tr("Any kind"),
            [(kind_label(k), k.value) for k in Kind if k is not Kind.REST],
            self.tr("Kind"),
        )
        self.equipment_combo = self._combo(
            self.tr("Any equipment"),
            [(equipment_label(e), e) for e in EQUIPMENT],
            self.tr("Equipment"),
        )
        self.count = plain_label(self, object_name="exercise-count")

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Exercises"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ExerciseTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ExerciseTableModel.KIND, ExerciseTableModel.MUSCLES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionHidden(ExerciseTableModel.EQUIPMENT, True)

        self.detail = ExerciseDetail(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)

        filters = QHBoxLayout()
        for combo in (self.muscle_combo, self.kind_combo, self.equipment_combo):
            filters.addWidget(combo)
        left = QWidget(self)
        pane = QVBoxLayout(left)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.search)
        pane.addLayout(filters)
        pane.addWidget(self.table, 1)
        pane.addWidget(self.count)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._refilter)
        for combo in (self.muscle_combo, self.kind_combo, self.equipment_combo):
            combo.currentIndexChanged.connect(self._refilter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.uses.itemActivated.connect(self._use_chosen)
        self.detail.uses.itemClicked.connect(self._use_chosen)
        self.detail.add_button.clicked.connect(self._add)
        self._refilter()

    def _combo(self, anything: str, choices: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(anything, "")
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    # --- what the page shows ------------------------------------------------------------------

    def set_uses(self, uses: dict[str, Uses]) -> None:
        """Where each exercise is used (core.exercise_index.exercise_uses)."""
        self._uses = uses
        self._show_selected()

    def set_routines(self, entries: Sequence[RoutineEntry]) -> None:
        """The library's routines (and the plans that hold them) to list where each is used."""
        self.set_uses(uses_of(entries))

    def query(self) -> ExerciseQuery:
        kind = self.kind_combo.currentData()
        return ExerciseQuery(
            text=self.search.text(),
            muscle=self.muscle_combo.currentData() or "",
            kind=Kind(kind) if kind else None,
            equipment=self.equipment_combo.currentData() or "",
        )

    def visible_ids(self) -> list[str]:
        return [
            self.proxy.index(row, 0).data(ExerciseRole).id for row in range(self.proxy.rowCount())
        ]

    def selected_exercise(self) -> Exercise | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ExerciseRole) if rows else None

    def select_exercise(self, exercise_id: str) -> bool:
        row = self.model.row_of(exercise_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    @Slot()
    def _refilter(self) -> None:
        selected = self.selected_exercise()
        self.proxy.set_query(self.query())
        shown = self.proxy.rowCount()
        self.count.setText(
            self.tr("{shown} of {total} exercises").format(shown=shown, total=self.model.rowCount())
        )
        if selected is not None and self.select_exercise(selected.id):
            return
        if shown:
            self.table.selectRow(0)
        else:
            self._show_selected()

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        exercise = self.selected_exercise()
        self.detail.setVisible(exercise is not None)
        if exercise is not None:
            self.detail.show_exercise(
                exercise,
                self._poses.get(exercise.id),
                self._catalog_folder,
                self._uses.get(exercise.id, Uses()),
            )

    @Slot(QListWidgetItem)
    def _use_chosen(self, item: QListWidgetItem) -> None:
        path = item.data(UseRole)
        if isinstance(path, Path):
            self.routine_requested.emit(path)

    @Slot()
    def _add(self) -> None:
        exercise = self.selected_exercise()
        if exercise is not None:
            self.add_requested.emit(exercise.id)


__all__ = ["ExerciseDetail", "ExercisesPage"]


def make_exercises_page(catalog: Catalog, parent: QWidget | None = None) -> ExercisesPage:
    """The page with the shipped figures, and pictures found beside the catalog."""
    from barretimer import paths
    from barretimer.core.poses import load_poses

    poses = load_poses(paths.poses_dir(), catalog).poses
    return ExercisesPage(catalog, poses, paths.catalog_path().parent, parent)


def uses_of(entries: Sequence[RoutineEntry]) -> dict[str, Uses]:
    """Where each exercise is used among the library's good routines and every plan."""
    from barretimer import paths
    from barretimer.core.plans import load_plans

    routines = [(e.path, e.result.routine) for e in entries if e.ok and e.result.routine]
    ids = {path.stem for path, _routine in routines}
    plans = [
        loaded.plan
        for _path, loaded in load_plans(paths.shipped_plans_dir(), paths.user_plans_dir(), ids)
        if loaded.plan is not None
    ]
    return exercise_uses(routines, plans)
