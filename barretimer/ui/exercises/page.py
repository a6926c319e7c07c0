"""The Exercises page: the whole catalog to browse and search, each exercise with its figure
(both sides), description, cues, safety line, equipment and the routines and plans that use it.

Signals: ``routine_requested(Path)`` (a routine that uses the exercise, to open in the player),
``plan_requested()`` (a plan: shown in the Library), ``add_requested(str)`` (the exercise's id,
to add to the routine in the editor).

Its parts live beside it: the catalog's model and filter (``model.py``), the search and filters
(``filter_bar.py``) and the chosen exercise (``detail.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.exercise_index import Uses, exercise_uses
from barretimer.core.figure import PoseSpec
from barretimer.core.model import Catalog, Exercise
from barretimer.ui.exercises.detail import ExerciseDetail, UseRole
from barretimer.ui.exercises.filter_bar import ExerciseFilterBar
from barretimer.ui.exercises.model import ExerciseFilter, ExerciseRole, ExerciseTableModel
from barretimer.ui.widgets import plain_label

if TYPE_CHECKING:
    from barretimer.core.library import RoutineEntry


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
        self.filter_bar = ExerciseFilterBar(self)
        bar = self.filter_bar
        self.search, self.muscle_combo = bar.search, bar.muscle_combo
        self.kind_combo, self.equipment_combo = bar.kind_combo, bar.equipment_combo
        self.count = plain_label(self, object_name="exercise-count")
        self.table = self._make_table()
        self.detail = ExerciseDetail(self)
        self._lay_out()

        self.filter_bar.query_changed.connect(self._refilter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.uses.itemActivated.connect(self._use_chosen)
        self.detail.uses.itemClicked.connect(self._use_chosen)
        self.detail.add_button.clicked.connect(self._add)
        self._refilter()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.setWordWrap(False)
        table.setAccessibleName(self.tr("Exercises"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(ExerciseTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ExerciseTableModel.KIND, ExerciseTableModel.MUSCLES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionHidden(ExerciseTableModel.EQUIPMENT, True)
        return table

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        left = QWidget(self)
        pane = QVBoxLayout(left)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.filter_bar)
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

    # --- what the page shows ------------------------------------------------------------------

    def set_uses(self, uses: dict[str, Uses]) -> None:
        """Where each exercise is used (core.exercise_index.exercise_uses)."""
        self._uses = uses
        self._show_selected()

    def set_routines(self, entries: Sequence[RoutineEntry]) -> None:
        """The library's routines (and the plans that hold them) to list where each is used."""
        self.set_uses(uses_of(entries))

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
        self.proxy.set_query(self.filter_bar.query())
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


__all__ = ["ExercisesPage"]


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
