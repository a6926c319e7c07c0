"""What the buttons and keys of the step tree do: add from the catalog, add a blank step or a
repeat block, duplicate, delete, move (also by dragging), and choose a step's picture. Each is
one undoable edit of :class:`RoutineEditing`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog

from barretimer import paths
from barretimer.core import edits
from barretimer.core.model import Block, Kind, Step
from barretimer.core.problems import StepPath
from barretimer.ui.editor.picker import CatalogPicker

if TYPE_CHECKING:
    from barretimer.ui.editor.page import EditorPage


class StepCommands(QObject):
    """The step tree's commands, wired to the steps pane's buttons and the tree's keys."""

    def __init__(self, page: EditorPage) -> None:
        super().__init__(page)
        self._page = page
        self._editing = page.editing
        self._tree = page.tree
        steps = page.steps_pane
        for button, slot in (
            (steps.add_catalog_button, self.add_from_catalog),
            (steps.add_blank_button, self.add_blank_step),
            (steps.add_block_button, self.add_block),
            (steps.duplicate_button, self.duplicate_item),
            (steps.delete_button, self.delete_item),
            (steps.up_button, self.move_up),
            (steps.down_button, self.move_down),
        ):
            button.clicked.connect(slot)
        steps.tree_model.item_dropped.connect(self._item_dropped)
        self._tree.installEventFilter(self)

    def _new_step(self) -> Step:
        return Step(exercise=self.tr("New exercise"), kind=Kind.HOLD, duration=30.0)

    @Slot()
    def add_from_catalog(self) -> None:
        catalog = self._editing.catalog
        picker = CatalogPicker(catalog, self._page)
        try:
            if picker.exec() != int(QDialog.DialogCode.Accepted):
                return
            exercise = picker.chosen()
        finally:
            picker.deleteLater()
        if exercise is None:
            return
        step = edits.step_from_catalog(catalog, exercise.id)
        self._editing.insert(step, self.tr("Add {name}").format(name=exercise.name))
        self._tree.setFocus()

    def add_exercise(self, exercise_id: str) -> bool:
        """Add the catalog exercise ``exercise_id`` (the Exercises page's "Add to a routine");
        False if the catalog has no such exercise."""
        catalog = self._editing.catalog
        if catalog.get(exercise_id) is None:
            return False
        step = edits.step_from_catalog(catalog, exercise_id)
        self._editing.insert(step, self.tr("Add {name}").format(name=step.exercise))
        self._tree.setFocus()
        return True

    def picture_folder(self) -> Path:
        """The routine's folder, or your routines' folder until it is saved."""
        saved_in = self._page.path()
        return saved_in.parent if saved_in is not None else paths.user_routines_dir()

    @Slot()
    def choose_picture(self) -> None:
        """Pick a picture for the step; it is copied beside the routine (ui/picture_choice.py)."""
        from barretimer.ui.picture_choice import choose_picture

        written = choose_picture(self._page, self.picture_folder())
        if written is not None:
            self._page.edit_item_field("image", written)

    @Slot()
    def add_blank_step(self) -> None:
        self._editing.insert(self._new_step(), self.tr("Add a step"))
        exercise = self._page.step_form.exercise
        exercise.setFocus()
        exercise.selectAll()

    @Slot()
    def add_block(self) -> None:
        block = Block(repeat=2, steps=(self._new_step(),))
        selected = self._page.selected_item()
        self._editing.insert(
            block, self.tr("Add a repeat block"), after_selection=isinstance(selected, Block)
        )
        self._page.block_form.repeat.setFocus()

    @Slot()
    def duplicate_item(self) -> None:
        item = self._page.selected_item()
        if item is not None:
            self._editing.insert(item, self.tr("Duplicate"), after_selection=True)

    @Slot()
    def delete_item(self) -> None:
        self._editing.delete(self._page.selected_path())
        self._tree.setFocus()

    @Slot()
    def move_up(self) -> None:
        self._editing.shift(self._page.selected_path(), -1)

    @Slot()
    def move_down(self) -> None:
        self._editing.shift(self._page.selected_path(), 1)

    @Slot(object, object, int)
    def _item_dropped(self, source: StepPath, parent: StepPath, row: int) -> None:
        self._editing.move(source, parent, row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keys of the step tree: Delete, Alt+Up and Alt+Down, Ctrl+D.
        if watched is self._tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.NoModifier:
                self.delete_item()
                return True
            if modifiers == Qt.KeyboardModifier.AltModifier and key in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self._editing.shift(self._page.selected_path(), -1 if key == Qt.Key.Key_Up else 1)
                return True
            if modifiers == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_D:
                self.duplicate_item()
                return True
        return super().eventFilter(watched, event)
