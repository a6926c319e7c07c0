"""Undoable edits. The routine is an immutable value: a command holds the routine before and
after, and undo puts the old value back exactly."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QUndoCommand

from barretimer.core.model import Routine
from barretimer.core.problems import StepPath

#: Shows a routine and selects an item (or nothing) in the editor.
Apply = Callable[[Routine, StepPath | None], None]

_MERGING_ID = 0x62726574  # any constant: commands with a merge key share it


class ReplaceRoutine(QUndoCommand):
    """Replace the routine with a new value; the selection follows the edit.

    Commands with the same ``merge_key`` that follow one another merge into one (typing a
    name is one undo step, not one per letter); one that brings the routine back to where it
    started is dropped.
    """

    def __init__(
        self,
        apply: Apply,
        before: Routine,
        after: Routine,
        text: str,
        select_before: StepPath | None = None,
        select_after: StepPath | None = None,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.select_before = select_before
        self.select_after = select_after
        self.merge_key = merge_key

    def redo(self) -> None:
        self._apply(self.after, self.select_after)

    def undo(self) -> None:
        self._apply(self.before, self.select_before)

    def id(self) -> int:
        return _MERGING_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, ReplaceRoutine)
            or other.merge_key is None
            or other.merge_key != self.merge_key
        ):
            return False
        self.after = other.after
        self.select_after = other.select_after
        self.setObsolete(self.after == self.before)
        return True
