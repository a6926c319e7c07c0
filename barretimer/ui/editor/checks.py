"""The editor's problems tied to its fields: the rows the problem list shows, each field with a
problem outlined, and the field a chosen problem leads to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from barretimer.core import edits
from barretimer.core.model import Block, Routine
from barretimer.core.problems import StepPath
from barretimer.core.validate import validate_routine
from barretimer.ui.editor.arrangement import PaneSplitter
from barretimer.ui.editor.models import CuesTableModel, ProblemRow, position_text
from barretimer.ui.editor.panes import ItemPane
from barretimer.ui.editor.problem_words import plain_words
from barretimer.ui.labels import repeat_label
from barretimer.ui.style.outlines import PROBLEM_PROPERTY


class FieldChecks(QObject):
    """Problems of the routine and of the text in its forms, and the fields they belong to."""

    def __init__(self, panes: PaneSplitter, tree: QWidget) -> None:
        super().__init__(panes)
        self._panes = panes
        self._tree = tree
        self._routine_form = panes.steps_pane.routine_form
        self._item_pane = panes.item_pane

    def where(self, routine: Routine, path: StepPath) -> str:
        """Where a problem is, in words: the routine, or a step or block by its position."""
        if not path:
            return self.tr("Routine")
        if not edits.exists(routine.steps, path):
            return self.tr("Step {position}").format(position=position_text(path))
        item = edits.item_at(routine.steps, path)
        if isinstance(item, Block):
            return self.tr("Block {position} ({title})").format(
                position=position_text(path), title=repeat_label(item)
            )
        return self.tr("Step {position} ({name})").format(
            position=position_text(path), name=item.exercise
        )

    def rows(self, routine: Routine, form_path: StepPath) -> list[ProblemRow]:
        """Unread text in the forms first (the item's at ``form_path``), then the validator's."""
        rows = [
            ProblemRow((), self.where(routine, ()), e) for e in self._routine_form.input_errors()
        ]
        rows += [
            ProblemRow(form_path, self.where(routine, form_path), error)
            for error in self._item_pane.input_errors()
        ]
        rows += [
            ProblemRow(issue.path, self.where(routine, issue.path), plain_words(issue), issue.field)
            for issue in validate_routine(routine)
        ]
        return rows

    def _item_fields(self) -> dict[str, QWidget]:
        """The shown step's or block's fields by the validator's field names."""
        step, block = self._item_pane.step_form, self._item_pane.block_form
        if self._item_pane.item_stack.currentIndex() == ItemPane.BLOCK:
            return {"repeat": block.repeat, "rest": block.rest}
        if self._item_pane.item_stack.currentIndex() == ItemPane.STEP:
            return {
                "exercise": step.exercise,
                "duration": step.duration,
                "cap": step.cap,
                "rest": step.rest,
                "muscles": step.muscles,
                "cues": step.cues,
            }
        return {}

    def _routine_fields(self) -> dict[str, QWidget]:
        form = self._routine_form
        return {
            "name": form.name,
            "defaults.rest": form.rest,
            "defaults.lead_in": form.lead_in,
            "defaults.switch": form.switch,
            "defaults.countdown": form.countdown,
            "max_scale": form.max_scale,
        }

    def mark_fields(self, rows: list[ProblemRow], form_path: StepPath | None) -> None:
        """Each shown field with a problem is outlined in the warning colour, the problem in
        its tooltip (see ``ui/style/outlines.py``); the others lose their mark."""
        marks: dict[QWidget, str] = {}
        fields: list[tuple[dict[str, QWidget], StepPath]] = [(self._routine_fields(), ())]
        if form_path is not None:
            fields.append((self._item_fields(), form_path))
        for widgets, path in fields:
            for row in rows:
                widget = widgets.get(row.field) or widgets.get(row.field.partition(".")[0])
                if row.path == path and widget is not None:
                    marks.setdefault(widget, row.message)
            for widget in widgets.values():
                message = marks.get(widget, "")
                if widget.property(PROBLEM_PROPERTY) != message:
                    widget.setProperty(PROBLEM_PROPERTY, message)
                    widget.setToolTip(message)
                    widget.update()

    def focus_item_field(self, field: str) -> None:
        """The selected step's or block's field that has the problem, focused (a timed cue's
        row selected); the step tree when the problem is the item's as a whole."""
        self._panes.show_side(self._item_pane)
        head, _, rest = field.partition(".")
        step = self._item_pane.step_form
        widget = self._item_fields().get(head, self._tree)
        if widget is step.cues and rest:
            number, _, part = rest.partition(".")
            column = CuesTableModel.SAY if part == "say" else CuesTableModel.AT
            if number.isdigit():
                step.cues.setCurrentIndex(step.cues_model.index(int(number), column))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_routine_field(self, field: str) -> None:
        self._panes.show_side(self._panes.steps_pane.routine_box)
        form = self._routine_form
        widgets = {**self._routine_fields(), "steps": self._tree}
        unread = form.unread_field()
        widgets.get(field, unread if unread is not None and not field else form.name).setFocus()
