"""The routine editor page: build a routine without touching YAML.

The routine being edited is one immutable :class:`Routine`. Every change is a command on a
``QUndoStack`` that replaces it with a new value; the tree, the forms, the summary and the
problem list are all redrawn from that value. Rules come from the core validator, files are
read by the core loader and written by the core writer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from barretimer import paths
from barretimer.core import edits
from barretimer.core.document import FileResult, RoutineDocument
from barretimer.core.model import Block, Catalog, Kind, Routine, Step
from barretimer.core.problems import Problem, StepPath
from barretimer.core.validate import validate_routine
from barretimer.speech.api import Priority, Speaker
from barretimer.ui import dialogs
from barretimer.ui.editor.editing import RoutineEditing
from barretimer.ui.editor.file_dialogs import (
    LISTED_PROBLEMS,
    choose_export,
    choose_import,
    choose_open,
    choose_save_as,
    problems_text,
)
from barretimer.ui.editor.models import (
    PATH_ROLE,
    CuesTableModel,
    ProblemRow,
    position_text,
)
from barretimer.ui.editor.panes import ChecksPane, ItemPane, StepsPane
from barretimer.ui.editor.picker import CatalogPicker
from barretimer.ui.editor.problem_words import plain_words
from barretimer.ui.editor.text_mode import TextFixPane
from barretimer.ui.labels import problems_label, repeat_label
from barretimer.ui.style.icons import text_coloured
from barretimer.ui.style.outlines import PROBLEM_PROPERTY
from barretimer.ui.widgets import plain_label

log = logging.getLogger(__name__)


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
        self._catalog = catalog
        self._document = RoutineDocument(
            catalog, Path(user_dir), paths.shipped_routines_dir(), paths.ensure_private_dir
        )
        self._speaker = speaker
        self._form_path: StepPath | None = None
        self._applying = False
        self.editing = RoutineEditing(
            catalog, self._new_routine_value(), self._apply, self.selected_path, self
        )
        self.undo_stack = self.editing.undo_stack
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._build_actions()
        self._build_widgets()
        self._name_parts()
        self._connect_parts()
        self._apply(self.editing.routine, None)
        self._show_selected(reset=True, new_routine=True)

    # --- construction -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(self.tr("&New"), self.new_routine, icon=pixmap.SP_FileIcon)
        self.open_action = self._action(
            self.tr("&Open…"), self._choose_open, icon=pixmap.SP_DialogOpenButton
        )
        self.import_action = self._action(self.tr("&Import…"), self._choose_import)
        self.export_action = self._action(self.tr("E&xport…"), self._choose_export)
        self.save_action = self._action(
            self.tr("&Save"),
            self.save,
            (QKeySequence.StandardKey.Save,),
            pixmap.SP_DialogSaveButton,
        )
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_as, ("Ctrl+Shift+S",))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.try_action = self._action(self.tr("&Try it"), self.try_it, ("Ctrl+Return",))
        self._colour_icons()
        self.try_action.setToolTip(self.tr("Play the routine from the selected step (Ctrl+Enter)"))

    def _colour_icons(self) -> None:
        """The one-colour icons in the theme's text colour (again when the theme changes)."""
        pixmap = QStyle.StandardPixmap
        for action, icon in (
            (self.undo_action, pixmap.SP_ArrowBack),
            (self.redo_action, pixmap.SP_ArrowForward),
            (self.try_action, pixmap.SP_MediaPlay),
        ):
            action.setIcon(text_coloured(self.style().standardIcon(icon), self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "try_action"):
            self._colour_icons()
        super().changeEvent(event)

    def _build_widgets(self) -> None:
        """The toolbar and title over the three panes (see :mod:`.panes`)."""
        toolbar = QToolBar(self)
        toolbar.setAccessibleName(self.tr("Editor actions"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for group in (
            (self.new_action, self.open_action, self.import_action, self.export_action),
            (self.save_action, self.save_as_action),
            (self.undo_action, self.redo_action),
            (self.try_action,),
        ):
            for action in group:
                toolbar.addAction(action)
            toolbar.addSeparator()
        for button in toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if button.defaultAction() is not None:
                button.setAccessibleName(button.defaultAction().text().replace("&", "").rstrip("…"))

        self.heading = plain_label(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Routine being edited"))
        self.file_label = plain_label(self, wrap=True)
        self.file_label.setAccessibleName(self.tr("File"))

        self.steps_pane = StepsPane(self)
        self.item_pane = ItemPane(self._catalog, self)
        self.checks_pane = ChecksPane(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        # Too narrow for three panes side by side (a 1024-pixel screen), the selected item and
        # the checks share the second place as two tabs.
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setAccessibleName(self.tr("Selected item and checks"))
        splitter.addWidget(self.steps_pane)
        splitter.addWidget(self.side_tabs)
        splitter.addWidget(self.item_pane)
        splitter.addWidget(self.checks_pane)
        self._narrow = False
        self.side_tabs.hide()
        for index, stretch in enumerate((5, 5, 4, 4)):
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([500, 0, 480, 400])

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_label)
        self.text_pane = TextFixPane(self._catalog, self)
        self.mode_stack = QStackedWidget(self)
        self.mode_stack.addWidget(splitter)
        self.mode_stack.addWidget(self.text_pane)
        layout.addWidget(self.mode_stack, 1)

    def _three_panes_width(self) -> int:
        """The narrowest the page can be with its three panes side by side."""
        handles = 2 * self.splitter.handleWidth()
        margins = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        panes = (self.steps_pane, self.item_pane, self.checks_pane)
        return sum(p.minimumSizeHint().width() for p in panes) + handles + margins

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(narrow=event.size().width() < self._three_panes_width())
        super().resizeEvent(event)

    def _arrange(self, *, narrow: bool) -> None:
        """Three panes side by side, or (``narrow``) the steps beside the selected item and
        the checks as tabs."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        routine_box = self.steps_pane.routine_box
        if narrow:
            self.side_tabs.addTab(routine_box, self.tr("Routine"))
            self.side_tabs.addTab(self.item_pane, self.tr("Selected item"))
            self.side_tabs.addTab(self.checks_pane, self.tr("Summary and problems"))
            self.side_tabs.setCurrentWidget(self.item_pane)
            self.side_tabs.show()
        else:
            self.steps_pane.box_layout.insertWidget(0, routine_box)
            self.splitter.insertWidget(2, self.item_pane)
            self.splitter.insertWidget(3, self.checks_pane)
            self.side_tabs.clear()
            self.side_tabs.hide()
            for pane in (routine_box, self.item_pane, self.checks_pane):
                pane.show()
        self._refresh_tab_titles()

    def _show_side(self, pane: QWidget) -> None:
        """Bring ``pane`` to the front when the panes share tabs."""
        if self._narrow:
            self.side_tabs.setCurrentWidget(pane)

    def _refresh_tab_titles(self) -> None:
        if not self._narrow:
            return
        self.side_tabs.setTabText(1, self.item_pane.title())
        count = self.problem_model.rowCount()
        checks = (
            self.tr("Summary and problems (%n)", "", count)
            if count
            else self.tr("Summary and problems")
        )
        self.side_tabs.setTabText(2, checks)

    def _name_parts(self) -> None:
        """The panes' parts the page works with, by their names (tests read them too)."""
        steps, item, checks = self.steps_pane, self.item_pane, self.checks_pane
        self.routine_form, self.tree_model, self.tree = (
            steps.routine_form,
            steps.tree_model,
            steps.tree,
        )
        self.add_catalog_button, self.add_blank_button = (
            steps.add_catalog_button,
            steps.add_blank_button,
        )
        self.add_block_button, self.duplicate_button = (
            steps.add_block_button,
            steps.duplicate_button,
        )
        self.delete_button, self.up_button = steps.delete_button, steps.up_button
        self.down_button = steps.down_button
        self.step_form, self.block_form = item.step_form, item.block_form
        self.summary, self.problem_model = checks.summary, checks.problem_model
        self.problems, self.save_status = checks.problems, checks.save_status

    def _connect_parts(self) -> None:
        for form in (self.routine_form, self.step_form, self.block_form):
            form.editing_finished.connect(self._end_typing)
            form.errors_changed.connect(self._refresh_checks)
        self.routine_form.field_edited.connect(self._routine_field_edited)
        self.step_form.field_edited.connect(self._item_field_edited)
        self.block_form.field_edited.connect(self._item_field_edited)
        self.step_form.hear_requested.connect(self.hear_it)
        self.step_form.picture_requested.connect(self.choose_picture)
        self.step_form.picture_folder = self.picture_folder
        self.tree_model.item_dropped.connect(self._item_dropped)
        # A click sets the current row first and selects it after: follow both.
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.installEventFilter(self)
        for button, slot in (
            (self.add_catalog_button, self.add_from_catalog),
            (self.add_blank_button, self.add_blank_step),
            (self.add_block_button, self.add_block),
            (self.duplicate_button, self.duplicate_item),
            (self.delete_button, self.delete_item),
            (self.up_button, self.move_up),
            (self.down_button, self.move_down),
        ):
            button.clicked.connect(slot)
        self.text_pane.fixed.connect(self._text_fixed)
        self.text_pane.save_requested.connect(self._save_text)
        self.text_pane.text.textChanged.connect(self._text_edited)
        self.problems.clicked.connect(self._problem_chosen)
        self.problems.activated.connect(self._problem_chosen)

    # --- the routine value --------------------------------------------------------------------

    def _new_routine_value(self) -> Routine:
        return Routine(name=self.tr("My routine"), steps=())

    def routine(self) -> Routine:
        """The routine as it stands now."""
        return self.editing.routine

    def path(self) -> Path | None:
        """The file the routine is saved in (None until it is saved)."""
        return self._document.path

    def picture_folder(self) -> Path:
        """Where the routine's own pictures are written from: its folder, or the folder of
        your routines until it is saved."""
        saved_in = self.path()
        return saved_in.parent if saved_in is not None else paths.user_routines_dir()

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
        self._refresh_title()

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

    def _selected_item(self) -> Step | Block | None:
        path = self.selected_path()
        if path is None or not edits.exists(self.editing.routine.steps, path):
            return None
        return edits.item_at(self.editing.routine.steps, path)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._applying:
            self._show_selected(reset=False)
            self._show_side(self.item_pane)

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
        item = self._selected_item()
        self.item_pane.show_item(item, path or (), self.editing.routine.defaults, reset=reset)
        self._refresh_tab_titles()
        for button in self.steps_pane.item_buttons():
            button.setEnabled(item is not None)
        self._refresh_checks()

    # --- checks, summary, title ---------------------------------------------------------------

    def input_errors(self) -> list[str]:
        """Text in the forms that cannot be read yet (it keeps Save off until fixed)."""
        return self.routine_form.input_errors() + self.item_pane.input_errors()

    def _where(self, path: StepPath) -> str:
        if not path:
            return self.tr("Routine")
        if not edits.exists(self.editing.routine.steps, path):
            return self.tr("Step {position}").format(position=position_text(path))
        item = edits.item_at(self.editing.routine.steps, path)
        if isinstance(item, Block):
            return self.tr("Block {position} ({title})").format(
                position=position_text(path), title=repeat_label(item)
            )
        return self.tr("Step {position} ({name})").format(
            position=position_text(path), name=item.exercise
        )

    @Slot()
    def _refresh_checks(self) -> None:
        form_path = self._form_path or ()
        rows = [ProblemRow((), self._where(()), e) for e in self.routine_form.input_errors()]
        rows += [
            ProblemRow(form_path, self._where(form_path), error)
            for error in self.item_pane.input_errors()
        ]
        rows += [
            ProblemRow(issue.path, self._where(issue.path), plain_words(issue), issue.field)
            for issue in validate_routine(self.editing.routine)
        ]
        for action in (self.save_action, self.export_action, self.try_action):
            action.setEnabled(not rows)
        self.checks_pane.show_checks(self.editing.routine, rows)
        self._mark_fields(rows)
        self._refresh_tab_titles()

    def _title_text(self) -> str:
        name = self.editing.routine.name.strip() or self.tr("(no name)")
        if self.in_text_mode() and self._document.path is not None:
            name = self._document.path.name
        return f"{name} *" if self.is_dirty() else name

    def _refresh_title(self) -> None:
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
        self._refresh_title()
        self.dirty_changed.emit(not clean)

    # --- commands -----------------------------------------------------------------------------

    @Slot()
    def _end_typing(self) -> None:
        self.editing.end_typing()

    @Slot(str, object)
    def _routine_field_edited(self, name: str, value: Any) -> None:
        self.editing.edit_routine_field(name, value)

    @Slot(str, object)
    def _item_field_edited(self, name: str, value: Any) -> None:
        self.editing.edit_item_field(self._form_path, name, value)

    @Slot()
    def add_from_catalog(self) -> None:
        picker = CatalogPicker(self._catalog, self)
        try:
            if picker.exec() != int(QDialog.DialogCode.Accepted):
                return
            exercise = picker.chosen()
        finally:
            picker.deleteLater()
        if exercise is None:
            return
        step = edits.step_from_catalog(self._catalog, exercise.id)
        self.editing.insert(step, self.tr("Add {name}").format(name=exercise.name))
        self.tree.setFocus()

    def add_exercise(self, exercise_id: str) -> bool:
        """Add the catalog exercise ``exercise_id`` to the routine being edited (the Exercises
        page's "Add to a routine"); False if the catalog has no such exercise."""
        if self._catalog.get(exercise_id) is None:
            return False
        step = edits.step_from_catalog(self._catalog, exercise_id)
        self.editing.insert(step, self.tr("Add {name}").format(name=step.exercise))
        self.tree.setFocus()
        return True

    @Slot()
    def choose_picture(self) -> None:
        """Pick a picture for the step; it is copied beside the routine (ui/picture_choice.py)."""
        from barretimer.ui.picture_choice import choose_picture

        written = choose_picture(self, self.picture_folder())
        if written is not None:
            self._item_field_edited("image", written)

    @Slot()
    def add_blank_step(self) -> None:
        self.editing.insert(
            Step(exercise=self.tr("New exercise"), kind=Kind.HOLD, duration=30.0),
            self.tr("Add a step"),
        )
        self.step_form.exercise.setFocus()
        self.step_form.exercise.selectAll()

    @Slot()
    def add_block(self) -> None:
        block = Block(
            repeat=2, steps=(Step(exercise=self.tr("New exercise"), kind=Kind.HOLD, duration=30.0),)
        )
        selected = self._selected_item()
        self.editing.insert(
            block, self.tr("Add a repeat block"), after_selection=isinstance(selected, Block)
        )
        self.block_form.repeat.setFocus()

    @Slot()
    def duplicate_item(self) -> None:
        item = self._selected_item()
        if item is not None:
            self.editing.insert(item, self.tr("Duplicate"), after_selection=True)

    @Slot()
    def delete_item(self) -> None:
        self.editing.delete(self.selected_path())
        self.tree.setFocus()

    @Slot()
    def move_up(self) -> None:
        self.editing.shift(self.selected_path(), -1)

    @Slot()
    def move_down(self) -> None:
        self.editing.shift(self.selected_path(), 1)

    @Slot(object, object, int)
    def _item_dropped(self, source: StepPath, parent: StepPath, row: int) -> None:
        self.editing.move(source, parent, row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keys of the step tree: Delete, Alt+Up and Alt+Down, Ctrl+D.
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.NoModifier:
                self.delete_item()
                return True
            if modifiers == Qt.KeyboardModifier.AltModifier and key in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self.editing.shift(self.selected_path(), -1 if key == Qt.Key.Key_Up else 1)
                return True
            if modifiers == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_D:
                self.duplicate_item()
                return True
        return super().eventFilter(watched, event)

    # --- problems -----------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _problem_chosen(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        field = self.problem_model.row(index.row()).field
        if path:
            self._select(tuple(path))
            self._show_selected(reset=False)
            self._focus_item_field(field)
            return
        self._focus_routine_field(field)

    def _item_fields(self) -> dict[str, QWidget]:
        """The shown step's or block's fields by the validator's field names."""
        step, block = self.step_form, self.block_form
        if self.item_pane.item_stack.currentIndex() == ItemPane.BLOCK:
            return {"repeat": block.repeat, "rest": block.rest}
        if self.item_pane.item_stack.currentIndex() == ItemPane.STEP:
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
        form = self.routine_form
        return {
            "name": form.name,
            "defaults.rest": form.rest,
            "defaults.lead_in": form.lead_in,
            "defaults.switch": form.switch,
            "defaults.countdown": form.countdown,
            "max_scale": form.max_scale,
        }

    def _mark_fields(self, rows: list[ProblemRow]) -> None:
        """Each shown field with a problem is outlined in the warning colour, the problem in
        its tooltip (see ``ui/style/outlines.py``); the others lose their mark."""
        marks: dict[QWidget, str] = {}
        fields: list[tuple[dict[str, QWidget], StepPath]] = [(self._routine_fields(), ())]
        if self._form_path is not None:
            fields.append((self._item_fields(), self._form_path))
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

    def _focus_item_field(self, field: str) -> None:
        """The selected step's or block's field that has the problem, focused (a timed cue's
        row selected); the step tree when the problem is the item's as a whole."""
        self._show_side(self.item_pane)
        head, _, rest = field.partition(".")
        step = self.step_form
        widget = self._item_fields().get(head, self.tree)
        if widget is step.cues and rest:
            number, _, part = rest.partition(".")
            column = CuesTableModel.SAY if part == "say" else CuesTableModel.AT
            if number.isdigit():
                step.cues.setCurrentIndex(step.cues_model.index(int(number), column))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_routine_field(self, field: str) -> None:
        self._show_side(self.steps_pane.routine_box)
        form = self.routine_form
        widgets = {**self._routine_fields(), "steps": self.tree}
        unread = form.unread_field()
        widgets.get(field, unread if unread is not None and not field else form.name).setFocus()

    # --- hear it, try it ----------------------------------------------------------------------

    @Slot()
    def hear_it(self) -> None:
        item = self._selected_item()
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

    # --- files (the document reads and writes; the page asks and tells) ----------------------

    def _load(self, routine: Routine, path: Path | None, *, unsaved_copy: bool = False) -> None:
        self.mode_stack.setCurrentIndex(0)
        self._document.path = path
        self._document.unsaved_copy = unsaved_copy
        self.undo_stack.clear()
        self.editing.set_routine(routine, (0,) if routine.steps else None)
        self._show_selected(reset=True, new_routine=True)
        self.undo_stack.setClean()
        self._refresh_title()

    def _cannot_use(self, title: str, lead: str, result: FileResult) -> None:
        """Say why a file could not be used: the write error, or ``lead`` and its problems."""
        text = result.error or lead + "\n\n" + problems_text(result.problems)
        dialogs.warn(self, title, text)

    @Slot()
    def new_routine(self) -> bool:
        """Start an empty routine (asks first about unsaved changes)."""
        if not self.maybe_close():
            return False
        self._load(self._new_routine_value(), None)
        self.routine_form.name.setFocus()
        self.routine_form.name.selectAll()
        return True

    def open_routine(self, path: str | Path) -> bool:
        """Edit a user routine. A shipped one is never edited in place: it is duplicated. A
        file with problems opens as text, to fix them without losing what the forms cannot
        hold."""
        path = Path(path)
        if self._document.is_shipped(path):
            return self.duplicate(path)
        if not self.maybe_close():
            return False
        result = self._document.open(path)
        if (result.routine is None or result.lost) and self._open_as_text(path, result.problems):
            return True
        if result.routine is None:
            lead = self.tr("{file} cannot be opened:").format(file=path.name)
            self._cannot_use(self.tr("Cannot open routine"), lead, result)
            return False
        self._load(result.routine, path)
        if result.lost:
            dialogs.warn(
                self,
                self.tr("Parts of the file were not understood"),
                self.tr(
                    "{file} opened, but these parts of it were not understood and will be left out "
                    "when you save:"
                ).format(file=path.name)
                + "\n\n"
                + problems_text(result.lost),
            )
        return True

    # --- a file with problems, as text --------------------------------------------------------

    def in_text_mode(self) -> bool:
        return self.mode_stack.currentWidget() is self.text_pane

    def _open_as_text(self, path: Path, problems: list[Problem]) -> bool:
        """A user file the loader could not read, shown as text to fix it here (False when
        it cannot even be read as text: too big, not a file, not UTF-8)."""
        from barretimer.core.yamlsrc import YamlSourceError, read_text

        if not problems or not any(p.line for p in problems):
            return False
        try:
            text = read_text(path, path.name)
        except YamlSourceError:
            return False
        self._load(self._new_routine_value(), path)
        self.text_pane.show_file(path, text, problems)
        self.mode_stack.setCurrentWidget(self.text_pane)
        for action in (self.export_action, self.try_action):
            action.setEnabled(False)
        self.save_action.setEnabled(True)  # saves the text as it is
        self._refresh_title()
        return True

    @Slot()
    def _text_edited(self) -> None:
        if self.in_text_mode():
            self.undo_stack.resetClean()  # closing or opening something else asks first

    @Slot(object, str)
    def _text_fixed(self, routine: Routine, text: str) -> None:
        """The text reads as a routine now: back to the forms, not saved yet."""
        path = self._document.path
        self._load(routine, path)
        self.undo_stack.resetClean()

    @Slot(str)
    def _save_text(self, text: str) -> bool:
        path = self._document.path
        if path is None:
            return False
        result = self._document.save(text, path)
        if result.error:
            dialogs.warn(self, self.tr("Cannot save routine"), result.error)
            return False
        self.undo_stack.setClean()
        self.saved.emit(path)
        return True

    def duplicate(self, path: str | Path) -> bool:
        """Edit a copy of a routine (shipped or not) named "<name> (copy)"; its file in the
        user folder is written on the first Save."""
        path = Path(path)
        if not self.maybe_close():
            return False
        source = self._document.open(path)
        if source.routine is None:
            lead = self.tr("{file} cannot be read:").format(file=path.name)
            self._cannot_use(self.tr("Cannot duplicate routine"), lead, source)
            return False
        copy_name = self.tr("{name} (copy)").format(name=source.routine.name)
        result = self._document.duplicate(path, copy_name)
        if result.routine is None:
            lead = self.tr("{file} cannot be read:").format(file=path.name)
            self._cannot_use(self.tr("Cannot duplicate routine"), lead, result)
            return False
        self._load(result.routine, None, unsaved_copy=True)
        return True

    def import_file(self, path: str | Path) -> bool:
        """Bring a routine file in: checked first; a file with problems is refused with them."""
        path = Path(path)
        handled = self._import_other_app(path)
        if handled is not None:
            return handled
        text, checked = self._document.check_import(path)
        if checked.routine is None:
            self._refuse_import(path, checked.problems)
            return False
        if not self.maybe_close():
            return False
        result = self._document.import_text(path, text, checked.routine)
        if not result.ok or result.routine is None:
            self._cannot_use(self.tr("Cannot import routine"), "", result)
            return False
        self._load(result.routine, result.path)
        self.saved.emit(result.path)
        return True

    def _import_other_app(self, path: Path) -> bool | None:
        """Another timer's workout: shown here unsaved, with what could not be carried over;
        None when the file is a routine of ours."""
        from barretimer.formats.common import FormatError
        from barretimer.formats.files import read_other_app_file

        try:
            found = read_other_app_file(path, path.name)
        except (FormatError, OSError) as error:
            problems = getattr(error, "problems", None) or [Problem(path.name, 0, 0, str(error))]
            self._refuse_import(path, problems)
            return False
        if found is None:
            return None
        if not self.maybe_close():
            return False
        self._load(found[0].routine, None)
        self.undo_stack.resetClean()  # not saved yet: closing asks first
        notes = list(found[0].notes)
        if len(found) > 1:
            notes.append(
                self.tr(
                    "the file holds {count} workouts; this is the first. To add them all: barretimer import FILE"
                ).format(count=len(found))
            )
        dialogs.inform(
            self,
            self.tr("Imported, not saved yet"),
            self.tr("{file} is shown in the editor. Save it to keep it.").format(file=path.name)
            + "\n\n"
            + "\n".join("• " + note for note in notes),
        )
        return True

    def _refuse_import(self, path: Path, problems: list[Problem]) -> None:
        lead = self.tr(
            "{file} was not imported: it has {problems}. Fix them and import it again."
        ).format(file=path.name, problems=problems_label(len(problems)))
        self._cannot_use(self.tr("Cannot import routine"), lead, FileResult(problems=problems))

    def export_to(self, path: str | Path) -> bool:
        """Write the routine to ``path`` (anywhere but the shipped folder); the editor goes on
        editing its own file."""
        title = self.tr("Cannot export routine")
        text = self._savable_text(title)
        if text is None:
            return False
        result = self._document.export(text, Path(path))
        if result.error:
            dialogs.warn(self, title, result.error)
            return False
        return True

    def _savable_text(self, title: str) -> str | None:
        """The routine's file text when it can be written; otherwise None, after saying why
        (the problems shown, or what the loader found reading the text back)."""
        if not self.save_action.isEnabled():
            dialogs.warn(self, title, self.save_status.text())
            return None
        text, problems = self._document.checked_text(
            self.editing.routine, self.tr("the saved file")
        )
        if text is not None:
            return text
        lines = [f"{self._where(p.path)}: {p.message}" for p in problems[:LISTED_PROBLEMS]]
        if not lines:
            lines = [
                self.tr(
                    "the file would not read back as this routine (a step of your own named "
                    "exactly like a catalog id is read as that catalog exercise)"
                )
            ]
        dialogs.warn(
            self,
            title,
            self.tr("The routine was not saved:")
            + "\n\n"
            + "\n".join("• " + line for line in lines),
        )
        return None

    @Slot()
    def save(self) -> bool:
        """Save to the routine's file; a copy not saved yet goes to the user folder; a new
        routine asks for a file name first."""
        if self.in_text_mode():
            return self._save_text(self.text_pane.text.toPlainText())
        path = self._document.path
        if path is not None and self._document.has_own_file:
            return self._save_to(path)
        first = self._document.first_save_path(self.editing.routine)
        if first is not None and self.save_action.isEnabled():
            return self._save_to(first)
        return self.save_as()

    @Slot()
    def save_as(self) -> bool:
        if not self.save_action.isEnabled():
            dialogs.warn(self, self.tr("Cannot save routine"), self.save_status.text())
            return False
        try:
            self._document.prepare_user_dir()
        except OSError as error:
            log.warning("cannot create the user routines folder: %s", error)
        target = choose_save_as(self, self._document.suggested_path(self.editing.routine))
        return target is not None and self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        title = self.tr("Cannot save routine")
        text = self._savable_text(title)
        if text is None:
            return False
        result = self._document.save(text, target)
        if result.error or result.path is None:
            dialogs.warn(self, title, result.error)
            return False
        self.undo_stack.setClean()
        self._refresh_title()
        self.saved.emit(result.path)
        return True

    @Slot()
    def _choose_open(self) -> None:
        folder = self._document.user_dir
        chosen = choose_open(self, folder if folder.is_dir() else Path.home())
        if chosen is not None:
            self.open_routine(chosen)

    @Slot()
    def _choose_import(self) -> None:
        chosen = choose_import(self)
        if chosen is not None:
            self.import_file(chosen)

    @Slot()
    def _choose_export(self) -> None:
        chosen = choose_export(self, Path.home() / f"{edits.slug(self.editing.routine.name)}.yaml")
        if chosen is not None:
            self.export_to(chosen)

    def maybe_close(self) -> bool:
        """True when the page may close or load something else: no unsaved changes, or the
        person chose to save (and it worked) or to discard them."""
        if not self.is_dirty():
            return True
        name = self.editing.routine.name.strip() or self.tr("this routine")
        can_save = self.save_action.isEnabled()
        if can_save:
            question = self.tr("Save the changes to “{name}” first?").format(name=name)
        else:
            question = self.tr(
                "“{name}” has changes that cannot be saved yet.\n{why}\n\nDiscard them?"
            ).format(name=name, why=self.save_status.text())
        answer = dialogs.ask_unsaved(self, self.tr("Unsaved changes"), question, can_save=can_save)
        if answer is dialogs.Unsaved.SAVE:
            return self.save()
        return answer is dialogs.Unsaved.DISCARD
