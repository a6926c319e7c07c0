"""The forms of the editor: the routine's own fields, a step, a repeat block.

A form shows a value it is handed and says what the person changed through ``field_edited``
(field name, new value); it never changes the routine itself. Text that cannot be read (a
duration of "fast") stays in its field and is reported by ``input_errors`` until it is fixed.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.durations import parse_duration
from barretimer.core.edits import parse_tags
from barretimer.core.model import (
    MUSCLES,
    Block,
    Catalog,
    Defaults,
    Kind,
    Level,
    Routine,
    Sides,
    Step,
    TimedCue,
)
from barretimer.ui.editor.models import (
    CuesTableModel,
    MuscleListModel,
    number_text,
)
from barretimer.ui.figure_thumbnails import compact_figure, show_exercise_figure
from barretimer.ui.labels import clock_label, kind_label, muscle_label, sides_label
from barretimer.ui.widgets import plain_label

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_ctrl_shift_z(event: QKeyEvent) -> bool:
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and event.modifiers() == wanted


class UndoPassThrough(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z reach the editor's undo stack from a text field.

    Text fields keep an undo history of their own and claim those keys first; the editor's
    stack already holds every change, so the fields' own history would only disagree with it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (any(event.matches(key) for key in _UNDO_KEYS) or _is_ctrl_shift_z(event))
        ):
            event.ignore()
            return True
        return False


class SecondsField(QLineEdit):
    """A duration typed as people write it: 45, 45s, 1:30, 2m; optionally ``max`` or empty."""

    value_edited = Signal(object)  # float, or None for "max" / empty
    errors_changed = Signal()

    def __init__(
        self,
        label: str,
        *,
        optional: bool = False,
        allow_max: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._optional = optional
        self._allow_max = allow_max
        self._value: float | None = None
        self._error = ""
        self.setAccessibleName(label)
        self.textEdited.connect(self._edited)

    def error(self) -> str:
        return self._error if self.isEnabled() else ""

    def value(self) -> float | None:
        return self._value

    def _text_for(self, value: float | None) -> str:
        if value is None:
            return "max" if self._allow_max else ""
        return number_text(value)

    def _parse(self, text: str) -> tuple[bool, float | None]:
        stripped = text.strip()
        if self._allow_max and stripped.lower() == "max":
            return True, None
        if self._optional and not stripped:
            return True, None
        seconds = parse_duration(stripped)
        return (seconds is not None), seconds

    def set_value(self, value: float | None, *, reset: bool = False) -> None:
        """Show ``value``. Unreadable text the person is still fixing stays, unless the value
        itself changed (an undo) or another item is shown (``reset``)."""
        if not reset and self._error and value == self._value:
            return
        self._value = value
        ok, shown = self._parse(self.text())
        if reset or self._error or not ok or shown != value:
            self.setText(self._text_for(value))
        self._set_error("")

    def _set_error(self, error: str) -> None:
        if error != self._error:
            self._error = error
            self.setAccessibleDescription(error)
            self.errors_changed.emit()

    @Slot(str)
    def _edited(self, text: str) -> None:
        ok, value = self._parse(text)
        if not ok:
            hint = self.tr("give seconds (45), minutes and seconds (1:30) or minutes (2m)")
            if self._allow_max:
                hint = self.tr("give seconds (45), minutes and seconds (1:30), or max")
            elif self._optional:
                hint = self.tr("give seconds (45) or minutes and seconds (1:30), or leave it empty")
            self._set_error(
                self.tr('{field}: "{text}" is not a duration; {hint}').format(
                    field=self._label, text=text.strip()[:40], hint=hint
                )
            )
            return
        self._set_error("")
        if value != self._value:
            self._value = value
            self.value_edited.emit(value)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # show the start of a long text, not its end


def _select_data(combo: QComboBox, value: str) -> None:
    # Qt hands enum data back as plain strings: compare values.
    index = combo.findData(str(value.value) if hasattr(value, "value") else value)
    if index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


class _Form(QWidget):
    field_edited = Signal(str, object)
    editing_finished = Signal()
    errors_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = UndoPassThrough(self)
        self._seconds_fields: list[SecondsField] = []

    def _text_input(self, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        widget.installEventFilter(self._filter)

    def _seconds(self, field: str, label: str, **options: bool) -> SecondsField:
        widget = SecondsField(label, parent=self, **options)
        widget.installEventFilter(self._filter)
        widget.value_edited.connect(lambda value: self.field_edited.emit(field, value))
        widget.editingFinished.connect(self.editing_finished)
        widget.errors_changed.connect(self.errors_changed)
        self._seconds_fields.append(widget)
        return widget

    def _line(self, field: str, label: str) -> QLineEdit:
        widget = QLineEdit(self)
        self._text_input(widget, label)
        widget.textEdited.connect(lambda text: self.field_edited.emit(field, text))
        widget.editingFinished.connect(self.editing_finished)
        return widget

    def input_errors(self) -> list[str]:
        return [f.error() for f in self._seconds_fields if f.error()]


class RoutineForm(_Form):
    """Name, description, level, tags, the progression limit and the defaults."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self._line("name", self.tr("Routine name"))
        self.description = QPlainTextEdit(self)
        self._text_input(self.description, self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setUndoRedoEnabled(False)  # the editor's stack undoes it
        margins = 2 * (self.description.frameWidth() + self.description.document().documentMargin())
        self.description.setFixedHeight(int(self.fontMetrics().lineSpacing() * 3 + margins + 2))
        self.description.textChanged.connect(
            lambda: self.field_edited.emit("description", self.description.toPlainText())
        )
        self.level = QComboBox(self)
        self.level.setAccessibleName(self.tr("Level"))
        for level, label in (
            (Level.BEGINNER, self.tr("beginner")),
            (Level.INTERMEDIATE, self.tr("intermediate")),
            (Level.ADVANCED, self.tr("advanced")),
        ):
            self.level.addItem(label, level.value)
        self.level.currentIndexChanged.connect(
            lambda _: self.field_edited.emit("level", Level(self.level.currentData()))
        )
        self.tags = QLineEdit(self)
        self._text_input(self.tags, self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("runners, glutes, core"))
        self.tags.textEdited.connect(lambda text: self.field_edited.emit("tags", parse_tags(text)))
        self.tags.editingFinished.connect(self.editing_finished)
        self.max_scale = QLineEdit(self)
        self._text_input(self.max_scale, self.tr("Longest progression scale"))
        self.max_scale.setPlaceholderText(self.tr("no limit"))
        self.max_scale.textEdited.connect(self._max_scale_edited)
        self.max_scale.editingFinished.connect(self.editing_finished)
        self._max_scale_error = ""
        self.rest = self._seconds("defaults.rest", self.tr("Rest between steps"))
        self.lead_in = self._seconds("defaults.lead_in", self.tr("Lead-in"))
        self.switch = self._seconds("defaults.switch", self.tr("Switch sides"))
        self.countdown = QSpinBox(self)
        self._text_input(self.countdown, self.tr("Countdown"))
        self.countdown.setRange(0, 99)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.valueChanged.connect(
            lambda value: self.field_edited.emit("defaults.countdown", value)
        )
        self.countdown.editingFinished.connect(self.editing_finished)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Name"), self.name)
        self._row(form, self.tr("&Description"), self.description)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level, 1)
        scale_label = QLabel(self.tr("Max &scale"), self)
        scale_label.setBuddy(self.max_scale)
        level_row.addWidget(scale_label)
        level_row.addWidget(self.max_scale, 1)
        level_label = QLabel(self.tr("&Level"), self)
        level_label.setBuddy(self.level)
        form.addRow(level_label, level_row)
        self._row(form, self.tr("&Tags"), self.tags)
        timing = QHBoxLayout()
        for text, widget in (
            (self.tr("&Rest"), self.rest),
            (self.tr("Lead-&in"), self.lead_in),
            (self.tr("S&witch"), self.switch),
            (self.tr("C&ountdown"), self.countdown),
        ):
            timing_part = QLabel(text, self)
            timing_part.setBuddy(widget)
            timing.addWidget(timing_part)
            widget.setMinimumWidth(48)
            timing.addWidget(widget, 1)
        timing_label = QLabel(self.tr("Defaults"), self)
        form.addRow(timing_label, timing)

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)

    @Slot(str)
    def _max_scale_edited(self, text: str) -> None:
        stripped = text.strip().replace(",", ".")
        if not stripped:
            self._set_scale_error("")
            self.field_edited.emit("max_scale", None)
            return
        try:
            value = float(stripped.rstrip("×x"))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self._set_scale_error(
                self.tr(
                    'Max scale: "{text}" is not a number; give one such as 1.5, or leave it empty'
                ).format(text=stripped[:40])
            )
            return
        self._set_scale_error("")
        self.field_edited.emit("max_scale", value)

    def _set_scale_error(self, error: str) -> None:
        if error != self._max_scale_error:
            self._max_scale_error = error
            self.errors_changed.emit()

    def input_errors(self) -> list[str]:
        return ([self._max_scale_error] if self._max_scale_error else []) + super().input_errors()

    def unread_field(self) -> QWidget | None:
        """The first field holding text that cannot be read, if any."""
        if self._max_scale_error:
            return self.max_scale
        return next((f for f in self._seconds_fields if f.error()), None)

    def show_routine(self, routine: Routine, *, reset: bool = False) -> None:
        _set_text(self.name, routine.name)
        if self.description.toPlainText() != routine.description:
            self.description.blockSignals(True)
            self.description.setPlainText(routine.description)
            self.description.blockSignals(False)
        _select_data(self.level, routine.level)
        if parse_tags(self.tags.text()) != routine.tags or reset:
            _set_text(self.tags, ", ".join(routine.tags))
        shown = self.max_scale.text().strip()
        if reset or not self._max_scale_error:
            try:
                same = routine.max_scale is not None and float(shown) == routine.max_scale
            except ValueError:
                same = False
            if not same and not (routine.max_scale is None and not shown):
                _set_text(
                    self.max_scale,
                    "" if routine.max_scale is None else number_text(routine.max_scale),
                )
            self._set_scale_error("")
        defaults = routine.defaults
        self.rest.set_value(defaults.rest, reset=reset)
        self.lead_in.set_value(defaults.lead_in, reset=reset)
        self.switch.set_value(defaults.switch, reset=reset)
        if self.countdown.value() != defaults.countdown:
            self.countdown.blockSignals(True)
            self.countdown.setValue(defaults.countdown)
            self.countdown.blockSignals(False)


class StepForm(_Form):
    """Every field of one step, with "Hear it" for its cue."""

    hear_requested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._step: Step | None = None
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
        self.cue = self._line("cue", self.tr("Cue said at the start"))
        self.hear = QPushButton(self.tr("&Hear it"), self)
        self.hear.setAccessibleName(self.tr("Hear the cue"))
        self.hear.clicked.connect(self.hear_requested)
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
        self.add_cue = QPushButton(self.tr("&Add cue"), self)
        self.add_cue.setAccessibleName(self.tr("Add a timed cue"))
        self.add_cue.clicked.connect(self._add_cue)
        self.remove_cue = QPushButton(self.tr("Remo&ve cue"), self)
        self.remove_cue.setAccessibleName(self.tr("Remove the selected timed cue"))
        self.remove_cue.clicked.connect(self._remove_cue)
        self.rest = self._seconds("rest", self.tr("Rest after this step"), optional=True)
        self.cue_error = plain_label(self, wrap=True)
        self.cue_error.setAccessibleName(self.tr("Timed cue problem"))
        self.cue_error.hide()

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
        cap_label = QLabel(self.tr("Ca&p"), self)
        cap_label.setBuddy(self.cap)
        duration_row.addWidget(cap_label)
        duration_row.addWidget(self.cap, 1)
        self._row(form, self.tr("D&uration"), duration_row, self.duration)
        cue_row = QHBoxLayout()
        cue_row.addWidget(self.cue, 1)
        cue_row.addWidget(self.hear)
        self._row(form, self.tr("&Cue"), cue_row, self.cue)
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
        self._row(form, self.tr("R&est after"), self.rest)

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
        _set_text(self.exercise, step.exercise)
        base = self._catalog.get(step.ref) if step.ref else None
        if base is not None:
            self.origin.setText(
                self.tr("From the exercise catalog ({id}); fields you change override it.").format(
                    id=base.id
                )
            )
        else:
            self.origin.setText(self.tr("An exercise of your own."))
        show_exercise_figure(self.figure, base.id if base is not None else None)
        _select_data(self.kind, step.kind)
        _select_data(self.sides, step.sides)
        self.duration.set_value(step.duration, reset=reset)
        self.cap.set_value(step.cap, reset=reset)
        self.cap.setEnabled(step.is_max or step.cap is not None)
        _set_text(self.cue, step.cue)
        self.hear.setEnabled(bool(step.cue.strip() or step.exercise.strip()))
        self.muscles_model.set_muscles(step.muscles)
        self.cues_model.set_cues(step.cues)
        self.remove_cue.setEnabled(bool(step.cues))
        self.rest.set_value(step.rest, reset=reset)
        self.rest.setPlaceholderText(
            self.tr("default ({rest})").format(rest=clock_label(defaults.rest))
        )
        if reset:
            self._cue_rejected("")


class BlockForm(_Form):
    """A repeat block: how many times, its name, the rest between repetitions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeat = QSpinBox(self)
        self._text_input(self.repeat, self.tr("Repeat"))
        self.repeat.setRange(0, 999)
        self.repeat.setSuffix(self.tr(" times"))
        self.repeat.valueChanged.connect(lambda value: self.field_edited.emit("repeat", value))
        self.repeat.editingFinished.connect(self.editing_finished)
        self.name = self._line("name", self.tr("Block name"))
        self.name.setPlaceholderText(self.tr("optional, e.g. Seat circuit"))
        self.rest = self._seconds("rest", self.tr("Rest between rounds"), optional=True)
        self.hint = plain_label(
            self,
            self.tr(
                "Drag steps into or out of the block, or use Move up and Move down next to it."
            ),
            wrap=True,
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Repeat"), self.repeat),
            (self.tr("&Name"), self.name),
            (self.tr("R&est between rounds"), self.rest),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.hint)

    def show_block(self, block: Block, defaults: Defaults, *, reset: bool = False) -> None:
        if self.repeat.value() != block.repeat:
            self.repeat.blockSignals(True)
            self.repeat.setValue(block.repeat)
            self.repeat.blockSignals(False)
        _set_text(self.name, block.name)
        self.rest.set_value(block.rest, reset=reset)
        self.rest.setPlaceholderText(
            self.tr("default ({rest})").format(rest=clock_label(defaults.rest))
        )
