"""The forms of the editor: the routine's own fields and a repeat block (a step's form is in
:mod:`.step_form`, the parts they share in :mod:`.fields`).

A form shows a value it is handed and says what the person changed through ``field_edited``
(field name, new value); it never changes the routine itself. Text that cannot be read (a
duration of "fast") stays in its field and is reported by ``input_errors`` until it is fixed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from barretimer.core.edits import parse_tags
from barretimer.core.model import (
    Block,
    Defaults,
    Level,
    Routine,
)
from barretimer.ui.editor.fields import Form, select_data, set_text
from barretimer.ui.editor.models import (
    number_text,
)
from barretimer.ui.labels import clock_label, times_word
from barretimer.ui.widgets import plain_label


class RoutineForm(Form):
    """Name, description, level, tags, the progression limit and the defaults."""

    #: The defaults' grid of four is too wide beside a label in a compact window.
    COMPACT_WRAP = QFormLayout.RowWrapPolicy.WrapAllRows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self._line("name", self.tr("Routine name"))
        self._description_field()
        self._level_field()
        self._tags_fields()
        self.rest = self._seconds("defaults.rest", self.tr("Rest between steps"))
        self.lead_in = self._seconds("defaults.lead_in", self.tr("Lead-in"))
        self.switch = self._seconds("defaults.switch", self.tr("Switch sides"))
        self._countdown_field()
        self._lay_out()

    def _description_field(self) -> None:
        self.description = QPlainTextEdit(self)
        self._text_input(self.description, self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setUndoRedoEnabled(False)  # the editor's stack undoes it
        margins = 2 * (self.description.frameWidth() + self.description.document().documentMargin())
        self.description.setFixedHeight(int(self.fontMetrics().lineSpacing() * 3 + margins + 2))
        self.description.textChanged.connect(
            lambda: self.field_edited.emit("description", self.description.toPlainText())
        )

    def _level_field(self) -> None:
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

    def _tags_fields(self) -> None:
        """The tags and the longest progression scale (typed as text, read when it parses)."""
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

    def _countdown_field(self) -> None:
        self.countdown = QSpinBox(self)
        self._text_input(self.countdown, self.tr("Countdown"))
        self.countdown.setRange(0, 99)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.valueChanged.connect(
            lambda value: self.field_edited.emit("defaults.countdown", value)
        )
        self.countdown.editingFinished.connect(self.editing_finished)

    def _lay_out(self) -> None:
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
        self._row(form, self.tr("Ta&gs"), self.tags)
        timing = QGridLayout()  # two by two: four in a row do not fit a narrow pane
        for number, (text, widget) in enumerate(
            (
                (self.tr("&Rest"), self.rest),
                (self.tr("Le&ad-in"), self.lead_in),
                (self.tr("S&witch"), self.switch),
                (self.tr("C&ountdown"), self.countdown),
            )
        ):
            timing_part = QLabel(text, self)
            timing_part.setBuddy(widget)
            row, column = divmod(number, 2)
            timing.addWidget(timing_part, row, 2 * column)
            widget.setMinimumWidth(48)
            timing.addWidget(widget, row, 2 * column + 1)
            timing.setColumnStretch(2 * column + 1, 1)
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
        set_text(self.name, routine.name)
        if self.description.toPlainText() != routine.description:
            self.description.blockSignals(True)
            self.description.setPlainText(routine.description)
            self.description.blockSignals(False)
        select_data(self.level, routine.level)
        if parse_tags(self.tags.text()) != routine.tags or reset:
            set_text(self.tags, ", ".join(routine.tags))
        shown = self.max_scale.text().strip()
        if reset or not self._max_scale_error:
            try:
                same = routine.max_scale is not None and float(shown) == routine.max_scale
            except ValueError:
                same = False
            if not same and not (routine.max_scale is None and not shown):
                set_text(
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


class BlockForm(Form):
    """A repeat block: how many times, its name, the rest between repetitions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeat = QSpinBox(self)
        self._text_input(self.repeat, self.tr("Repeat"))
        self.repeat.setRange(0, 999)
        self.repeat.setSuffix(" " + times_word(0))
        self.repeat.valueChanged.connect(
            lambda value: self.repeat.setSuffix(" " + times_word(value))
        )
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
            (self.tr("Repea&t"), self.repeat),
            (self.tr("Na&me"), self.name),
            (self.tr("Rest between ro&unds"), self.rest),
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
        set_text(self.name, block.name)
        self.rest.set_value(block.rest, reset=reset)
        self.rest.setPlaceholderText(
            self.tr("default ({rest})").format(rest=clock_label(defaults.rest))
        )
