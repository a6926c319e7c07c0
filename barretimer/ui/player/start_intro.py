"""On the start panel, before a routine plays: what it needs, and each exercise new to you
with its figure (or your own picture for it) and description."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from barretimer.core.figure import PoseSpec
from barretimer.core.model import Catalog, Exercise, Routine
from barretimer.core.pictures import Picture, first_pictures
from barretimer.core.playback import equipment_needed, new_exercises
from barretimer.core.timeline import compile_timeline
from barretimer.ui.exercise_notes import ExerciseNotes
from barretimer.ui.exercise_picture import ExercisePicture
from barretimer.ui.labels import equipment_label
from barretimer.ui.widgets import plain_label

#: The figure beside each new exercise (pixels).
FIGURE_PX = 96


def _size(widget: QWidget, pixels: int, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    widget.setFont(font)


class NewExerciseCard(QFrame):
    """One exercise: its still figure (or your own picture, a moving one played), name,
    needs, description and safety line."""

    def __init__(
        self, exercise: Exercise, picture: Picture | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.picture = picture
        self.figure = ExercisePicture(self, moving_figure=False)  # a list of figures: still
        self.figure.setFixedSize(FIGURE_PX, FIGURE_PX)
        self.figure.play()
        self.figure.setAccessibleName(self.tr("Figure: {name}").format(name=exercise.name))
        self.name_label = plain_label(self, exercise.name, object_name="new-exercise")
        _size(self.name_label, 16, bold=True)
        self.notes = ExerciseNotes(self)
        self.notes.set_text_size(14)
        self.notes.show_exercise(exercise)
        text = QVBoxLayout()
        text.addWidget(self.name_label)
        text.addWidget(self.notes)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.show_figure(None)

    def show_figure(self, spec: PoseSpec | None) -> None:
        """Your picture if it has a good one, else the drawn figure of ``spec``; no room
        taken when there is neither."""
        self.figure.show_exercise(spec, self.picture)
        self.figure.setVisible(spec is not None or self.figure.showing_picture() is not None)


class RoutineIntro(QWidget):
    """What the routine needs and the exercises new to you (none of your past sessions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needs_label = plain_label(self, object_name="start-needs")
        self.needs_label.setWordWrap(True)
        self.needs_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.needs_label.setAccessibleName(self.tr("What the routine needs"))
        self.new_title = QLabel(self)
        self.new_title.setAccessibleName(self.tr("Exercises new to you"))
        self.cards = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_scroll = QScrollArea(self)
        self.cards_scroll.setWidget(self.cards)
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setMaximumHeight(3 * (FIGURE_PX + 12))
        _size(self.needs_label, 17, bold=True)
        _size(self.new_title, 15, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.needs_label)
        layout.addWidget(self.new_title)
        layout.addWidget(self.cards_scroll)
        self._reduced_motion = False

    def card_names(self) -> list[str]:
        return [card.exercise.name for card in self.findChildren(NewExerciseCard)]

    def show_routine(
        self,
        routine: Routine,
        catalog: Catalog,
        known_names: set[str],
        routine_folder: Path | None = None,
        catalog_folder: Path | None = None,
    ) -> None:
        """``routine_folder``: where its steps' own pictures are written from;
        ``catalog_folder``: the catalog's (the shipped catalog's unless given)."""
        from barretimer import paths

        needs = equipment_label(equipment_needed(routine.steps, catalog))
        self.needs_label.setText(
            self.tr("You will need: {things}").format(things=needs)
            if needs
            else self.tr("You need no equipment, only some floor space.")
        )
        timeline = compile_timeline(routine, 1.0)
        new = list(new_exercises(timeline, routine.steps, catalog, known_names).values())
        for card in self.findChildren(NewExerciseCard):
            card.setParent(None)
            card.deleteLater()
        pictures = first_pictures(
            routine.steps, routine_folder, catalog, catalog_folder or paths.catalog_path().parent
        )
        for exercise in new:
            card = NewExerciseCard(exercise, pictures.get(exercise.id), self.cards)
            card.figure.set_reduced_motion(self._reduced_motion)
            self.cards_layout.addWidget(card)
        self.new_title.setText(
            self.tr("New to you ({count}): how each one is done").format(count=len(new))
        )
        self.new_title.setVisible(bool(new))
        self.cards_scroll.setVisible(bool(new))

    def set_poses(self, poses: Mapping[str, PoseSpec]) -> None:
        """Give each card its figure (the poses are read after the panel is first shown)."""
        for card in self.findChildren(NewExerciseCard):
            card.show_figure(poses.get(card.exercise.id))

    def set_reduced_motion(self, reduced: bool) -> None:
        """Moving pictures stand still too (the drawn figures always do here)."""
        self._reduced_motion = reduced
        for card in self.findChildren(NewExerciseCard):
            card.figure.set_reduced_motion(reduced)
