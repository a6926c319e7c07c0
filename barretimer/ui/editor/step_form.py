"""The form of one step: exercise, kind, duration, sides, cue, muscles and timed cues."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.model import (
    MUSCLES,
    Catalog,
    Defaults,
    Kind,
    Sides,
    Step,
    TimedCue,
)
from barretimer.ui.editor.fields import Form, select_data, set_text
from barretimer.ui.editor.models import (
    CuesTableModel,
    MuscleListModel,
)
from barretimer.ui.figure_thumbnails import compact_figure, show_step_figure
from barretimer.ui.labels import clock_label, kind_label, muscle_label, sides_label
from barretimer.ui.widgets import plain_label


class StepForm(Form):
    """Every field of one step, with "Hear it" for its cue."""

    hear_requested = Signal()
    picture_requested = Signal()
    #: The folder the step's own picture is written from (the editor gives its routine's).
    picture_folder: Callable[[], Path | None] | None = None

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._step: Step | None = None
        self._exercise_fields()
        self._timing_fields()
        self.cue = self._line("cue", self.tr("Cue said at the start"))
        self.hear = QPushButton(self.tr("Hear it"), self)
        self.hear.setAccessibleName(self.tr("Hear the cue"))
        self.hear.clicked.connect(self.hear_requested)
        self._muscles_field()
        self._cues_fields()
        self.rest = self._seconds("rest", self.tr("Rest after this step"), optional=True)
        self.cue_error = plain_label(self, wrap=True)
        self.cue_error.setAccessibleName(self.tr("Timed cue problem"))
        self.cue_error.hide()
        self._lay_out()

    def _exercise_fields(self) -> None:
        """The picture button, the name, where the exercise comes from, and its kind."""
        self.picture = QPushButton(self.tr("Picture..."), self)
        self.picture.setToolTip(self.tr("Show a picture of your own instead of the drawn figure"))
        self.picture.setAccessibleName(self.tr("Picture of your own"))
        self.picture.clicked.connect(self.picture_requested)
        self.exercise = self._line("exercise", self.tr("Exercise name"))
        self.origin = plain_label(self, wrap=True)
        self.origin.setAccessibleName(self.tr("Where the exercise comes from"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in Kind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.currentIndexChanged.connect(
            lambda _: self.field_edited.emit("kind", Kind(self.kind.currentData()))
        )

    def _timing_fields(self) -> None:
        self.duration = self._seconds("duration", self.tr("Duration"), allow_max=True)
        self.duration.setPlaceholderText(self.tr("45, 1:30 or max"))
        self.cap = self._seconds("cap", self.tr("Cap"), optional=True)
        self.cap.setPlaceholderText(self.tr("no cap"))
        self.sides = QComboBox(self)
        self.sides.setAccessibleName(self.tr("Sides"))
        for sides in Sides:
            self.sides.addItem(sides_label(sides), sides.value)
        self.sides.currentIndexChanged.connect(
            lambda _: self.field_edited.emit("sides", Sides(self.sides.currentData()))
        )

    def _muscles_field(self) -> None:
        self.muscles_model = MuscleListModel(self)
        self.muscles_model.muscles_edited.connect(
            lambda muscles: self.field_edited.emit("muscles", muscles)
        )
        self.muscles = QListView(self)
        self.muscles.setAccessibleName(self.tr("Muscles"))
        self.muscles.setModel(self.muscles_model)
        # Three or so columns of check boxes, read left to right.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(muscle_label(m)) for m in MUSCLES)
        self.muscles.setFlow(QListView.Flow.LeftToRight)
        self.muscles.setWrapping(True)
        self.muscles.setResizeMode(QListView.ResizeMode.Adjust)
        cell = QSize(widest + 44, max(metrics.lineSpacing(), 16) + 8)
        self.muscles_model.item_size = cell
        self.muscles.setSpacing(0)
        self.muscles.setUniformItemSizes(True)
        rows = (len(MUSCLES) + 1) // 2  # every group shown without scrolling in two columns
        self.muscles.setFixedHeight(cell.height() * rows + 2 * self.muscles.frameWidth() + 4)
        self.muscles.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _cues_fields(self) -> None:
        """The timed cues' table and its two buttons."""
        self.cues_model = CuesTableModel(self)
        self.cues_model.cues_edited.connect(lambda cues: self.field_edited.emit("cues", cues))
        self.cues_model.input_rejected.connect(self._cue_rejected)
        self.cues = QTableView(self)
        self.cues.setAccessibleName(self.tr("Timed cues"))
        self.cues.setModel(self.cues_model)
        self.cues.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cues.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cues.setTabKeyNavigation(False)
        self.cues.horizontalHeader().setSectionResizeMode(
            CuesTableModel.AT, QHeaderView.ResizeMode.ResizeToContents
        )
        self.cues.horizontalHeader().setStretchLastSection(True)
        self.cues.verticalHeader().setVisible(False)
        self.cues.setFixedHeight(self.cues.verticalHeader().defaultSectionSize() * 3 + 30)
        self.add_cue = QPushButton(self.tr("Add cue"), self)
        self.add_cue.setAccessibleName(self.tr("Add a timed cue"))
        self.add_cue.clicked.connect(self._add_cue)
        self.remove_cue = QPushButton(self.tr("Remove cue"), self)
        self.remove_cue.setAccessibleName(self.tr("Remove the selected timed cue"))
        self.remove_cue.clicked.connect(self._remove_cue)

    def _lay_out(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("E&xercise"), self.exercise)
        self.figure = compact_figure(self)
        self.figure.setAccessibleName(self.tr("Exercise figure"))
        origin_row = QHBoxLayout()
        origin_row.addWidget(self.origin, 1)
        origin_row.addWidget(self.figure)
        form.addRow("", origin_row)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        sides_caption = QLabel(self.tr("S&ides"), self)
        sides_caption.setBuddy(self.sides)
        kind_row.addWidget(sides_caption)
        kind_row.addWidget(self.sides, 1)
        self._row(form, self.tr("&Kind"), kind_row, self.kind)
        duration_row = QHBoxLayout()
        duration_row.addWidget(self.duration, 1)
        cap_label = QLabel(self.tr("Cap"), self)
        cap_label.setBuddy(self.cap)
        duration_row.addWidget(cap_label)
        duration_row.addWidget(self.cap, 1)
        self._row(form, self.tr("D&uration"), duration_row, self.duration)
        cue_row = QHBoxLayout()
        cue_row.addWidget(self.cue, 1)
        cue_row.addWidget(self.hear)
        self._row(form, self.tr("Cue"), cue_row, self.cue)
        self._row(form, self.tr("&Muscles"), self.muscles)
        cue_buttons = QHBoxLayout()
        cue_buttons.addWidget(self.add_cue)
        cue_buttons.addWidget(self.remove_cue)
        cue_buttons.addStretch(1)
        cues_box = QVBoxLayout()
        cues_box.addWidget(self.cues)
        cues_box.addLayout(cue_buttons)
        cues_box.addWidget(self.cue_error)
        self._row(form, self.tr("&Timed cues"), cues_box, self.cues)
        self._row(form, self.tr("Rest after"), self.rest)
        form.addRow(self.tr("Picture"), self.picture)

    def _row(self, form: QFormLayout, text: str, field: Any, buddy: QWidget | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy if buddy is not None else field)
        form.addRow(label, field)

    @Slot(str)
    def _cue_rejected(self, message: str) -> None:
        self.cue_error.setText("⚠ " + message)
        self.cue_error.setVisible(bool(message))

    @Slot()
    def _add_cue(self) -> None:
        if self._step is None:
            return
        at = float(max(1, round(self._step.planned_s / 2)))
        cues = (*self._step.cues, TimedCue(at=at, say=""))
        self.field_edited.emit("cues", cues)
        row = len(cues) - 1
        index = self.cues_model.index(row, CuesTableModel.SAY)
        if index.isValid():
            self.cues.setCurrentIndex(index)
            self.cues.setFocus()
            self.cues.edit(index)

    @Slot()
    def _remove_cue(self) -> None:
        if self._step is None or not self._step.cues:
            return
        row = self.cues.currentIndex().row()
        if not 0 <= row < len(self._step.cues):
            row = len(self._step.cues) - 1
        self.field_edited.emit("cues", self._step.cues[:row] + self._step.cues[row + 1 :])

    def show_step(self, step: Step, defaults: Defaults, *, reset: bool = False) -> None:
        self._step = step
        set_text(self.exercise, step.exercise)
        base = self._catalog.get(step.ref) if step.ref else None
        if base is not None:
            self.origin.setText(
                self.tr("From the exercise catalog ({id}); fields you change override it.").format(
                    id=base.id
                )
            )
        else:
            self.origin.setText(self.tr("An exercise of your own."))
        folder = self.picture_folder() if self.picture_folder is not None else None
        show_step_figure(self.figure, step, folder)
        select_data(self.kind, step.kind)
        select_data(self.sides, step.sides)
        self.duration.set_value(step.duration, reset=reset)
        self.cap.set_value(step.cap, reset=reset)
        self.cap.setEnabled(step.is_max or step.cap is not None)
        set_text(self.cue, step.cue)
        self.hear.setEnabled(bool(step.cue.strip() or step.exercise.strip()))
        self.muscles_model.set_muscles(step.muscles)
        self.cues_model.set_cues(step.cues)
        self.remove_cue.setEnabled(bool(step.cues))
        self.rest.set_value(step.rest, reset=reset)
        self.picture.setText(step.image or self.tr("Picture..."))
        self.rest.setPlaceholderText(
            self.tr("default ({rest})").format(rest=clock_label(defaults.rest))
        )
        if reset:
            self._cue_rejected("")
