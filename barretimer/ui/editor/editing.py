"""The routine being edited, as one immutable value with its undo history.

Every change is a :class:`ReplaceRoutine` command on the ``QUndoStack`` that replaces the value;
``show`` (the page) redraws from it. This object knows no widget: the page tells it what is
selected and passes it what the forms read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from barretimer.core import edits
from barretimer.core.model import Block, Catalog, Routine, Step
from barretimer.core.problems import StepPath
from barretimer.ui.editor.commands import Apply, ReplaceRoutine

#: Fields typed letter by letter: consecutive edits of one of them merge into one undo step.
TYPED_FIELDS = frozenset(
    {
        "name", "description", "tags", "max_scale", "defaults.rest", "defaults.lead_in",
        "defaults.switch", "defaults.countdown", "exercise", "duration", "cap", "cue", "rest",
        "repeat",
    }
)  # fmt: skip


class RoutineEditing(QObject):
    """``show(routine, select)`` draws a routine and selects a path (or nothing);
    ``selection()`` is what is selected now (kept with each command, for its undo)."""

    def __init__(
        self,
        catalog: Catalog,
        routine: Routine,
        show: Apply,
        selection: Callable[[], StepPath | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.routine = routine
        self._show = show
        self._selection = selection
        self._merge_generation = 0
        self.undo_stack = QUndoStack(self)

    def set_routine(self, routine: Routine, select: StepPath | None) -> None:
        """Make ``routine`` the value and show it (what every command does)."""
        self.routine = routine
        self._show(routine, select)

    def replace(
        self, routine: Routine, text: str, select: StepPath | None, merge: Hashable | None = None
    ) -> None:
        """Replace the routine, undoably; edits with the same ``merge`` key in a row merge."""
        if routine == self.routine:
            return
        key = None
        if merge is not None:
            key = (merge, self._merge_generation)
        else:
            self._merge_generation += 1
        self.undo_stack.push(
            ReplaceRoutine(
                self.set_routine, self.routine, routine, text, self._selection(), select, key
            )
        )

    def end_typing(self) -> None:
        """The next typed change starts a new undo step."""
        self._merge_generation += 1

    # --- the changes the editor makes ---------------------------------------------------------

    def edit_routine_field(self, name: str, value: Any) -> None:
        routine = edits.edit_routine(self.routine, name, value)
        merge = ("routine", name) if name in TYPED_FIELDS else None
        self.replace(routine, self.change_text(name), self._selection(), merge)

    def edit_item_field(self, path: StepPath | None, name: str, value: Any) -> None:
        if path is None or not edits.exists(self.routine.steps, path):
            return
        item = edits.item_at(self.routine.steps, path)
        if isinstance(item, Step):
            new_item: Step | Block = edits.edit_step(item, name, value, self.catalog)
        else:
            new_item = dataclasses.replace(item, **{name: value})
        steps = edits.replace_at(self.routine.steps, path, new_item)
        merge = ("item", path, name) if name in TYPED_FIELDS else None
        self._replace_steps(steps, self.change_text(name), path, merge)

    def insert(self, item: Step | Block, text: str, *, after_selection: bool = False) -> StepPath:
        """Insert ``item`` where the selection says; returns where it went."""
        selected = self._selection()
        if after_selection and selected is not None and edits.exists(self.routine.steps, selected):
            parent, row = selected[:-1], selected[-1] + 1
        else:
            parent, row = edits.insertion_point(self.routine.steps, selected)
        path = (*parent, row)
        self._replace_steps(edits.insert_at(self.routine.steps, parent, row, item), text, path)
        return path

    def delete(self, path: StepPath | None) -> None:
        if path is None or not edits.exists(self.routine.steps, path):
            return
        steps = edits.remove_at(self.routine.steps, path)
        siblings = edits.children(steps, path[:-1])
        if siblings:
            select: StepPath | None = (*path[:-1], min(path[-1], len(siblings) - 1))
        else:
            select = path[:-1] or None
        self._replace_steps(steps, self.tr("Delete"), select)

    def shift(self, path: StepPath | None, offset: int) -> None:
        """Move the item at ``path`` up (-1) or down (1), into or out of a block next to it."""
        if path is None:
            return
        moved = edits.shift(self.routine.steps, path, offset)
        if moved is not None:
            self._replace_steps(moved[0], self.tr("Move"), moved[1])

    def move(self, source: StepPath, parent: StepPath, row: int) -> None:
        """Move an item where it was dropped."""
        moved = edits.move(self.routine.steps, source, parent, row)
        if moved is not None:
            self._replace_steps(moved[0], self.tr("Move"), moved[1])

    def _replace_steps(
        self,
        steps: tuple[Step | Block, ...],
        text: str,
        select: StepPath | None,
        merge: Hashable | None = None,
    ) -> None:
        self.replace(dataclasses.replace(self.routine, steps=steps), text, select, merge)

    def change_text(self, field: str) -> str:
        """What the Undo and Redo actions say for a change of ``field``."""
        labels = {
            "name": self.tr("name"),
            "description": self.tr("description"),
            "level": self.tr("level"),
            "tags": self.tr("tags"),
            "max_scale": self.tr("max scale"),
            "defaults.rest": self.tr("default rest"),
            "defaults.lead_in": self.tr("lead-in"),
            "defaults.switch": self.tr("switch time"),
            "defaults.countdown": self.tr("countdown"),
            "exercise": self.tr("exercise name"),
            "kind": self.tr("kind"),
            "duration": self.tr("duration"),
            "cap": self.tr("cap"),
            "sides": self.tr("sides"),
            "cue": self.tr("cue"),
            "muscles": self.tr("muscles"),
            "cues": self.tr("timed cues"),
            "rest": self.tr("rest"),
            "repeat": self.tr("repeat"),
        }
        return self.tr("Change {field}").format(field=labels.get(field, field))
