"""The quick timer dialog: rounds of work and rest, or one max hold, without writing a routine.

Start plays it at once (recorded like any routine); "Save as routine" keeps it in your
routines folder, where the Library lists it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.model import Routine
from barretimer.core.quick import (
    DEFAULT_EXERCISE,
    DEFAULT_MAX_HOLD,
    MAX_ROUNDS,
    QuickIntervals,
    QuickMaxHold,
    QuickWords,
    quick_routine,
)
from barretimer.ui.labels import default_exercise_label
from barretimer.ui.widgets import plain_label


def _seconds_box(parent: QWidget, value: int, minimum: int, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(minimum, 3600)
    box.setSingleStep(5)
    box.setValue(value)
    box.setSuffix(parent.tr(" s"))
    box.setAccessibleName(name)
    return box


class QuickTimerDialog(QDialog):
    """``save_requested(object Routine)`` when the user asks to keep it as a routine; Start
    accepts the dialog and :meth:`routine` says what to play."""

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick timer"))
        self.intervals_choice = QRadioButton(self.tr("&Rounds of work and rest"), self)
        self.max_choice = QRadioButton(self.tr("One &max hold, as long as you can"), self)
        self.intervals_choice.setChecked(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(default_exercise_label(DEFAULT_EXERCISE))
        self.name_edit.setAccessibleName(self.tr("Exercise"))
        self.work_box = _seconds_box(self, 40, 1, self.tr("Work, seconds"))
        self.rest_box = _seconds_box(self, 20, 0, self.tr("Rest, seconds"))
        self.rounds_box = QSpinBox(self)
        self.rounds_box.setRange(1, MAX_ROUNDS)
        self.rounds_box.setValue(8)
        self.rounds_box.setAccessibleName(self.tr("Rounds"))
        self.cap_box = _seconds_box(self, 0, 0, self.tr("Stop by itself after, seconds"))
        self.cap_box.setSpecialValueText(self.tr("only when I say done"))
        self.cap_box.setEnabled(False)
        self.summary_label = plain_label(self, object_name="quick-summary", wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Exercise:"), self.name_edit)
        form.addRow(self.tr("&Work:"), self.work_box)
        form.addRow(self.tr("R&est:"), self.rest_box)
        form.addRow(self.tr("R&ounds:"), self.rounds_box)
        form.addRow(self.tr("Ca&p:"), self.cap_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save as routine"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.routine()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intervals_choice)
        layout.addWidget(self.max_choice)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        for widget in (self.intervals_choice, self.max_choice):
            widget.toggled.connect(self._changed)
        for box in (self.work_box, self.rest_box, self.rounds_box, self.cap_box):
            box.valueChanged.connect(self._changed)
        self.name_edit.textChanged.connect(self._changed)
        self.setMinimumWidth(420)
        self._changed()

    def routine(self) -> Routine:
        """The routine the numbers make (the boxes never allow numbers it refuses)."""
        name = self.name_edit.text()
        if self.max_choice.isChecked():
            cap = float(self.cap_box.value()) or None
            return quick_routine(QuickMaxHold(name, cap), self._words())
        spec = QuickIntervals(
            float(self.work_box.value()),
            float(self.rest_box.value()),
            self.rounds_box.value(),
            name,
        )
        return quick_routine(spec, self._words())

    def _words(self) -> QuickWords:
        """The quick timer's routine named in the window's language (recorded in English)."""
        return QuickWords(
            intervals=self.tr("Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest"),
            intervals_no_rest=self.tr("Quick timer: {rounds} × {work} {exercise_lower}"),
            max_hold_name=self.tr("Quick max hold: {exercise}"),
            max_hold_capped=self.tr("Quick max hold: {exercise}, up to {cap}"),
            intervals_description=self.tr("A quick timer: rounds of work and rest."),
            max_hold_description=self.tr("A quick timer: one hold, as long as you can."),
            tag=self.tr("quick timer"),
            work=default_exercise_label(DEFAULT_EXERCISE),
            max_hold=default_exercise_label(DEFAULT_MAX_HOLD),
        )

    @Slot()
    def _changed(self) -> None:
        rounds = self.intervals_choice.isChecked()
        for box in (self.work_box, self.rest_box, self.rounds_box):
            box.setEnabled(rounds)
        self.cap_box.setEnabled(not rounds)
        self.summary_label.setText(self.routine().name)
