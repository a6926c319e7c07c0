"""What a beginner reads before an exercise: what it needs, how it is done and what to watch.

One widget for every place that explains an exercise (the player's rests, the start panel),
so the words read the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from barretimer.core.model import Exercise
from barretimer.ui.labels import equipment_label
from barretimer.ui.widgets import plain_label

#: How long after an interval changes the player's notes on the next exercise appear or go.
FOLLOW_DELAY_MS = 120


def needs_text(exercise: Exercise) -> str:
    needs = equipment_label(exercise.equipment)
    return (
        QCoreApplication.translate("ExerciseNotes", "Needs: {things}").format(things=needs)
        if needs
        else ""
    )


class ExerciseNotes(QWidget):
    """An exercise's equipment, description and safety line as wrapped plain text."""

    followed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needs_label = plain_label(self, object_name="needs")
        self.description_label = plain_label(self, object_name="description")
        self.safety_label = plain_label(self, object_name="safety")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, name in (
            (self.needs_label, self.tr("What it needs")),
            (self.description_label, self.tr("How it is done")),
            (self.safety_label, self.tr("Safety")),
        ):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setAccessibleName(name)
            layout.addWidget(label)
        self._exercise: Exercise | None = None
        self._wanted: Exercise | None = None
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self._follow_now)

    def exercise(self) -> Exercise | None:
        return self._exercise

    def follow(self, exercise: Exercise | None) -> None:
        """Show ``exercise`` (None: hide) ``FOLLOW_DELAY_MS`` from now, as the player's
        intervals change: the countdown and the cue change on the moment, and the notes' text
        layout (with the figure beside them, at its new size) come in a frame of their own, so
        the moment's frame stays short. ``followed`` is emitted when they come."""
        self._wanted = exercise
        if exercise is (None if self.isHidden() else self._exercise):
            if self._follow_timer.isActive():
                self._follow_timer.stop()
                self.followed.emit()
        elif not self._follow_timer.isActive():
            self._follow_timer.start()

    def following(self) -> bool:
        """A change of the notes is on its way (see :meth:`follow`)."""
        return self._follow_timer.isActive()

    @Slot()
    def _follow_now(self) -> None:
        self.show_exercise(self._wanted)
        self.setVisible(self._wanted is not None)
        self.followed.emit()

    def show_exercise(self, exercise: Exercise | None) -> None:
        if exercise is self._exercise:
            return
        self._exercise = exercise
        if exercise is None:
            for label in (self.needs_label, self.description_label, self.safety_label):
                label.clear()
            return
        self.needs_label.setText(needs_text(exercise))
        self.needs_label.setVisible(bool(self.needs_label.text()))
        self.description_label.setText(exercise.description)
        safety = exercise.safety.strip()
        self.safety_label.setText(self.tr("Safety: {line}").format(line=safety) if safety else "")
        self.safety_label.setVisible(bool(safety))

    def set_text_size(self, pixels: int) -> None:
        for label, bold in (
            (self.needs_label, True),
            (self.description_label, False),
            (self.safety_label, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(10, pixels))
            font.setBold(bold)
            label.setFont(font)
