"""The input parts the editor's forms share: the seconds field, the undo pass-through, the
form base."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from barretimer.core.durations import parse_duration
from barretimer.ui.editor.models import (
    number_text,
)

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


def set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # show the start of a long text, not its end


def select_data(combo: QComboBox, value: str) -> None:
    # Qt hands enum data back as plain strings: compare values.
    index = combo.findData(str(value.value) if hasattr(value, "value") else value)
    if index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


class Form(QWidget):
    """What every form of the editor shares: it says what changed, never changes a value."""

    field_edited = Signal(str, object)
    editing_finished = Signal()
    errors_changed = Signal()

    #: How the rows wrap in a compact window (see :meth:`set_compact`).
    COMPACT_WRAP = QFormLayout.RowWrapPolicy.WrapLongRows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = UndoPassThrough(self)
        self._seconds_fields: list[SecondsField] = []
        self._roomy_wrap: dict[QFormLayout, QFormLayout.RowWrapPolicy] = {}

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

    def set_compact(self, compact: bool) -> None:
        """``compact``: a label goes above its field when the two do not fit side by side, so
        a long label (in German, French or Dutch) does not widen the form."""
        for form in self.findChildren(QFormLayout):
            roomy = self._roomy_wrap.setdefault(form, form.rowWrapPolicy())  # the style's
            form.setRowWrapPolicy(self.COMPACT_WRAP if compact else roomy)

    def input_errors(self) -> list[str]:
        return [f.error() for f in self._seconds_fields if f.error()]
