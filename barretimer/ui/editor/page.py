"""The routine editor page: build a routine without touching YAML.

The routine being edited is one immutable :class:`Routine`. Every change is a command on a
``QUndoStack`` that replaces it with a new value; the tree, the forms, the summary and the
problem list are all redrawn from that value. Rules come from the core validator, files are
read by the core loader and written by the core writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from barretimer import paths
from barretimer.core import edits
from barretimer.core.document import RoutineDocument
from barretimer.core.model import Block, Catalog, Routine, Step
from barretimer.core.problems import StepPath
from barretimer.speech.api import Priority, Speaker
from barretimer.ui.editor.arrangement import PaneSplitter
from barretimer.ui.editor.checks import FieldChecks
from barretimer.ui.editor.editing import RoutineEditing
from barretimer.ui.editor.files import RoutineFiles
from barretimer.ui.editor.models import PATH_ROLE
from barretimer.ui.editor.step_commands import StepCommands
from barretimer.ui.editor.text_mode import TextFixPane
from barretimer.ui.editor.toolbar import ActionHandlers, EditorToolbar
from barretimer.ui.widgets import plain_label


class EditorPage(QWidget):
    """Edit one routine at a time: a user routine, a copy of a shipped one, or a new one."""

    #: "Try it": play ``routine`` from ``step_path`` (None: from the start).
    try_requested = Signal(object, object)
    #: The routine was written to this path (a ``Path``).
    saved = Signal(object)
    #: True when there are changes not yet saved.
    dirty_changed = Signal(bool)
    #: The text for a window title: the routine's name, with " *" when not saved.
    title_changed = Signal(str)

    def __init__(
        self, catalog: Catalog, user_dir: Path, speaker: Speaker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Steps inherit their words from the catalog, in the window's language (as in the
        # library and the player); a file keeps only the exercise's id.
        from barretimer.ui.language import current_translation

        translation = current_translation()
        catalog = translation.catalog(catalog)
        self._catalog = catalog
        self._document = RoutineDocument(
            catalog,
            Path(user_dir),
            paths.shipped_routines_dir(),
            paths.ensure_private_dir,
            translation,
        )
        self._speaker = speaker
        self._form_path: StepPath | None = None
        self._applying = False
        self.editing = RoutineEditing(
            catalog, self.new_routine_value(), self._apply, self.selected_path, self
        )
        self.undo_stack = self.editing.undo_stack
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.files = RoutineFiles(self, self._document)
        self._build_widgets()
        self._name_parts()
        self._connect_parts()
        self._apply(self.editing.routine, None)
        self._show_selected(reset=True, new_routine=True)

    # --- construction -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "toolbar"):
            self.toolbar.colour_icons()
        super().changeEvent(event)

    def _build_widgets(self) -> None:
        """The toolbar and title over the three panes (see :mod:`.arrangement`)."""
        files = self.files
        handlers = ActionHandlers(
            self.new_routine,
            files.choose_open,
            files.choose_import,
            files.choose_export,
            self.save,
            self.save_as,
            self.try_it,
        )
        self.toolbar = EditorToolbar(self, self.undo_stack, handlers)
        self.heading = plain_label(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Routine being edited"))
        self.file_label = plain_label(self, wrap=True)
        self.file_label.setAccessibleName(self.tr("File"))
        self.splitter = PaneSplitter(self._catalog, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_label)
        self.text_pane = TextFixPane(self._catalog, self)
        self.mode_stack = QStackedWidget(self)
        self.mode_stack.addWidget(self.splitter)
        self.mode_stack.addWidget(self.text_pane)
        layout.addWidget(self.mode_stack, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.splitter.fit(event.size().width())
        super().resizeEvent(event)

    def _name_parts(self) -> None:
        """The parts the page works with, by their names (tests read them too)."""
        bar = self.toolbar
        self.new_action, self.open_action = bar.new_action, bar.open_action
        self.import_action, self.export_action = bar.import_action, bar.export_action
        self.save_action, self.save_as_action = bar.save_action, bar.save_as_action
        self.undo_action, self.redo_action = bar.undo_action, bar.redo_action
        self.try_action = bar.try_action
        panes = self.splitter
        self.steps_pane, self.item_pane = panes.steps_pane, panes.item_pane
        self.checks_pane, self.side_tabs = panes.checks_pane, panes.side_tabs
        steps, item, checks = self.steps_pane, self.item_pane, self.checks_pane
        self.routine_form, self.tree_model = steps.routine_form, steps.tree_model
        self.tree = steps.tree
        self.add_catalog_button = steps.add_catalog_button
        self.add_blank_button = steps.add_blank_button
        self.add_block_button = steps.add_block_button
        self.duplicate_button = steps.duplicate_button
        self.delete_button, self.up_button = steps.delete_button, steps.up_button
        self.down_button = steps.down_button
        self.step_form, self.block_form = item.step_form, item.block_form
        self.summary, self.problem_model = checks.summary, checks.problem_model
        self.problems, self.save_status = checks.problems, checks.save_status
        self.checks = FieldChecks(panes, self.tree)

    def _connect_parts(self) -> None:
        for form in (self.routine_form, self.step_form, self.block_form):
            form.editing_finished.connect(self._end_typing)
            form.errors_changed.connect(self._refresh_checks)
        self.routine_form.field_edited.connect(self._routine_field_edited)
        self.step_form.field_edited.connect(self.edit_item_field)
        self.block_form.field_edited.connect(self.edit_item_field)
        self.step_form.hear_requested.connect(self.hear_it)
        self.step_form.picture_requested.connect(self.choose_picture)
        # A click sets the current row first and selects it after: follow both.
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.commands = StepCommands(self)
        self.step_form.picture_folder = self.commands.picture_folder
        self.text_pane.fixed.connect(self.files.text_fixed)
        self.text_pane.save_requested.connect(self.files.save_text)
        self.text_pane.text.textChanged.connect(self.files.text_edited)
        self.problems.clicked.connect(self._problem_chosen)
        self.problems.activated.connect(self._problem_chosen)

    # --- the routine value --------------------------------------------------------------------

    def new_routine_value(self) -> Routine:
        return Routine(name=self.tr("My routine"), steps=())

    def routine(self) -> Routine:
        """The routine as it stands now."""
        return self.editing.routine

    def path(self) -> Path | None:
        """The file the routine is saved in (None until it is saved)."""
        return self._document.path

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def _apply(self, routine: Routine, select: StepPath | None) -> None:
        """Show ``routine`` everywhere and select ``select`` (what every command does)."""
        self._applying = True
        try:
            self.tree_model.set_items(routine.steps)
            self.tree.expandAll()
            self._select(select)
        finally:
            self._applying = False
        self._show_selected(reset=False)
        self.refresh_title()

    def _select(self, path: StepPath | None) -> None:
        index = (
            self.tree_model.index_for_path(path)
            if edits.exists(self.editing.routine.steps, path)
            else QModelIndex()
        )
        selection = self.tree.selectionModel()
        if index.isValid():
            if selection.currentIndex() != index or not selection.isSelected(index):
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            self.tree.scrollTo(index)
        elif selection.currentIndex().isValid() or selection.hasSelection():
            selection.clear()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_path(self) -> StepPath | None:
        index = self.tree.selectionModel().currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(
            index.siblingAtColumn(0)
        ):
            return None
        return self.tree_model.path_for_index(index)

    def selected_item(self) -> Step | Block | None:
        path = self.selected_path()
        if path is None or not edits.exists(self.editing.routine.steps, path):
            return None
        return edits.item_at(self.editing.routine.steps, path)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._applying:
            self._show_selected(reset=False)
            self.splitter.show_side(self.item_pane)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if not self._applying:
            self._show_selected(reset=False)

    def _show_selected(self, reset: bool, *, new_routine: bool = False) -> None:
        """Show the selected item in its form; ``reset`` drops unread text in the item form,
        ``new_routine`` in the routine form too (another routine was loaded)."""
        path = self.selected_path()
        if path != self._form_path:
            reset = True
            self._end_typing()
        self._form_path = path
        self.routine_form.show_routine(self.editing.routine, reset=new_routine)
        item = self.selected_item()
        self.item_pane.show_item(item, path or (), self.editing.routine.defaults, reset=reset)
        self.splitter.refresh_tab_titles()
        for button in self.steps_pane.item_buttons():
            button.setEnabled(item is not None)
        self._refresh_checks()

    # --- checks, summary, title ---------------------------------------------------------------

    @Slot()
    def _refresh_checks(self) -> None:
        rows = self.checks.rows(self.editing.routine, self._form_path or ())
        for action in (self.save_action, self.export_action, self.try_action):
            action.setEnabled(not rows)
        self.checks_pane.show_checks(self.editing.routine, rows)
        self.checks.mark_fields(rows, self._form_path)
        self.splitter.refresh_tab_titles()

    def _title_text(self) -> str:
        name = self.editing.routine.name.strip() or self.tr("(no name)")
        if self.in_text_mode() and self._document.path is not None:
            name = self._document.path.name
        return f"{name} *" if self.is_dirty() else name

    def refresh_title(self) -> None:
        title = self._title_text()
        self.heading.setText(title)
        path = self._document.path
        if path is None and self._document.unsaved_copy:
            self.file_label.setText(
                self.tr("Not saved yet: Save writes it to {folder}").format(
                    folder=self._document.user_dir
                )
            )
        elif path is None:
            self.file_label.setText(self.tr("Not saved yet"))
        else:
            self.file_label.setText(self.tr("File: {path}").format(path=path))
        self.setWindowTitle(self.tr("{title} – barretimer editor").format(title=title))
        self.title_changed.emit(title)

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.refresh_title()
        self.dirty_changed.emit(not clean)

    # --- commands -----------------------------------------------------------------------------

    @Slot()
    def _end_typing(self) -> None:
        self.editing.end_typing()

    @Slot(str, object)
    def _routine_field_edited(self, name: str, value: Any) -> None:
        self.editing.edit_routine_field(name, value)

    @Slot(str, object)
    def edit_item_field(self, name: str, value: Any) -> None:
        """The selected item's field ``name`` is now ``value`` (one undoable edit)."""
        self.editing.edit_item_field(self._form_path, name, value)

    def add_exercise(self, exercise_id: str) -> bool:
        return self.commands.add_exercise(exercise_id)

    @Slot()
    def add_blank_step(self) -> None:
        self.commands.add_blank_step()

    @Slot()
    def choose_picture(self) -> None:
        self.commands.choose_picture()

    @Slot(QModelIndex)
    def _problem_chosen(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        field = self.problem_model.row(index.row()).field
        if path:
            self._select(tuple(path))
            self._show_selected(reset=False)
            self.checks.focus_item_field(field)
            return
        self.checks.focus_routine_field(field)

    # --- hear it, try it ----------------------------------------------------------------------

    @Slot()
    def hear_it(self) -> None:
        item = self.selected_item()
        if not isinstance(item, Step):
            return
        text = item.cue.strip() or item.exercise.strip()
        if text:
            self._speaker.say(text, Priority.NORMAL)

    @Slot()
    def try_it(self) -> None:
        if not self.try_action.isEnabled():
            return
        self.try_requested.emit(self.editing.routine, self.selected_path())

    # --- files (see :mod:`.files`) -------------------------------------------------------------

    def load(self, routine: Routine, path: Path | None, *, unsaved_copy: bool = False) -> None:
        """Show ``routine`` read from ``path`` (None: not saved yet), with a fresh undo history."""
        self.mode_stack.setCurrentIndex(0)
        self._document.path = path
        self._document.unsaved_copy = unsaved_copy
        self.undo_stack.clear()
        self.editing.set_routine(routine, (0,) if routine.steps else None)
        self._show_selected(reset=True, new_routine=True)
        self.undo_stack.setClean()
        self.refresh_title()

    @Slot()
    def new_routine(self) -> bool:
        """Start an empty routine (asks first about unsaved changes)."""
        if not self.maybe_close():
            return False
        self.load(self.new_routine_value(), None)
        self.routine_form.name.setFocus()
        self.routine_form.name.selectAll()
        return True

    def open_routine(self, path: str | Path) -> bool:
        return self.files.open_routine(Path(path))

    def duplicate(self, path: str | Path) -> bool:
        return self.files.duplicate(Path(path))

    def import_file(self, path: str | Path) -> bool:
        return self.files.import_file(Path(path))

    def export_to(self, path: str | Path) -> bool:
        return self.files.export_to(Path(path))

    @Slot()
    def save(self) -> bool:
        return self.files.save()

    @Slot()
    def save_as(self) -> bool:
        return self.files.save_as()

    def maybe_close(self) -> bool:
        return self.files.maybe_close()

    def in_text_mode(self) -> bool:
        return self.mode_stack.currentWidget() is self.text_pane
