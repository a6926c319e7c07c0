"""One exercise on the Exercises page: its figure for each side, description, cues, safety
line, equipment, the routines and plans that use it, and "Add to a routine"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.exercise_index import Uses
from barretimer.core.figure import PoseSpec
from barretimer.core.model import Exercise, Sides
from barretimer.core.pictures import exercise_picture
from barretimer.core.timeline import Side
from barretimer.ui.exercise_picture import ExercisePicture
from barretimer.ui.exercises.model import equipment_label
from barretimer.ui.labels import kind_label, muscle_label, side_word
from barretimer.ui.widgets import plain_label

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
