"""The routine editor page: build a routine without touching YAML.

The routine being edited is one immutable :class:`Routine`. Every change is a command on a
``QUndoStack`` that replaces it with a new value; the tree, the forms, the summary and the
problem list are all redrawn from that value. Rules come from the core validator, files are
read by the core loader and written by the core writer.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from barretimer import paths
from barretimer.core import edits
from barretimer.core.loader import LoadResult, load_routine_file, load_routine_text
from barretimer.core.model import Block, Catalog, Kind, Routine, Step
from barretimer.core.problems import Problem, StepPath
from barretimer.core.validate import Issue, validate_routine
from barretimer.core.writer import (
    RoutineWriteError,
    routine_to_yaml,
    save_routine,
    write_text_atomic,
)
from barretimer.core.yamlsrc import YamlSourceError, read_text
from barretimer.speech.api import Priority, Speaker
from barretimer.ui.editor.commands import ReplaceRoutine
from barretimer.ui.editor.forms import BlockForm, RoutineForm, StepForm
from barretimer.ui.editor.models import (
    PATH_ROLE,
    ProblemListModel,
    ProblemRow,
    StepTreeModel,
    position_text,
)
from barretimer.ui.editor.panels import SummaryPanel
from barretimer.ui.editor.picker import CatalogPicker
from barretimer.ui.labels import repeat_label
from barretimer.ui.widgets import plain_label

log = logging.getLogger(__name__)

#: Fields typed letter by letter: consecutive edits of one of them merge into one undo step.
_TYPED_FIELDS = frozenset(
    {
        "name", "description", "tags", "max_scale", "defaults.rest", "defaults.lead_in",
        "defaults.switch", "defaults.countdown", "exercise", "duration", "cap", "cue", "rest",
        "repeat",
    }
)  # fmt: skip
#: How many problems a message box lists before "and N more".
_LISTED_PROBLEMS = 12


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
        self._user_dir = Path(user_dir)
        self._speaker = speaker
        self._routine = self._new_routine_value()
        self._path: Path | None = None
        self._form_path: StepPath | None = None
        self._merge_generation = 0
        self._issues: list[Issue] = []
        self._applying = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._build_actions()
        self._build_widgets()
        self._apply(self._routine, None)
        self._show_selected(reset=True, new_routine=True)

    # --- construction -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
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
        for action, icon in (
            (self.undo_action, pixmap.SP_ArrowBack),
            (self.redo_action, pixmap.SP_ArrowForward),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setIcon(self.style().standardIcon(icon))
            self.addAction(action)
        self.try_action = self._action(
            self.tr("&Try it"), self.try_it, ("Ctrl+Return",), pixmap.SP_MediaPlay
        )
        self.try_action.setToolTip(self.tr("Play the routine from the selected step (Ctrl+Enter)"))

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build_widgets(self) -> None:
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

        # Left: the routine's own fields and its steps.
        self.routine_form = RoutineForm(self)
        self.routine_form.field_edited.connect(self._routine_field_edited)
        self.routine_form.editing_finished.connect(self._end_typing)
        self.routine_form.errors_changed.connect(self._refresh_checks)
        routine_box = QGroupBox(self.tr("Routine"), self)
        QVBoxLayout(routine_box).addWidget(self.routine_form)

        self.tree_model = StepTreeModel(self)
        self.tree_model.item_dropped.connect(self._item_dropped)
        self.tree = QTreeView(self)
        self.tree.setAccessibleName(self.tr("Steps"))
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(StepTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (StepTreeModel.KIND, StepTreeModel.DURATION, StepTreeModel.SIDES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A click sets the current row first and selects it after: follow both.
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.installEventFilter(self)

        self.add_catalog_button = self._button(
            self.tr("Add from &catalog…"),
            self.tr("Add a step from the exercise catalog"),
            self.add_from_catalog,
        )
        self.add_blank_button = self._button(
            self.tr("Add &blank step"), self.tr("Add a blank step"), self.add_blank_step
        )
        self.add_block_button = self._button(
            self.tr("Add re&peat block"), self.tr("Add a repeat block"), self.add_block
        )
        self.duplicate_button = self._button(
            self.tr("&Duplicate"), self.tr("Duplicate the selected item"), self.duplicate_item
        )
        self.delete_button = self._button(
            self.tr("De&lete"), self.tr("Delete the selected item"), self.delete_item
        )
        self.up_button = self._button(
            self.tr("Move &up"), self.tr("Move the selected item up"), self.move_up
        )
        self.down_button = self._button(
            self.tr("Move do&wn"), self.tr("Move the selected item down"), self.move_down
        )
        self.up_button.setToolTip(self.tr("Alt+Up; next to a repeat block, goes into or out of it"))
        self.down_button.setToolTip(
            self.tr("Alt+Down; next to a repeat block, goes into or out of it")
        )
        buttons = QGridLayout()
        buttons.addWidget(self.add_catalog_button, 0, 0)
        buttons.addWidget(self.add_blank_button, 0, 1)
        buttons.addWidget(self.add_block_button, 0, 2)
        buttons.addWidget(self.duplicate_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        buttons.addLayout(moves, 1, 2)
        steps_box = QGroupBox(self.tr("Steps"), self)
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.addWidget(self.tree, 1)
        steps_layout.addLayout(buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(routine_box)
        left_layout.addWidget(steps_box, 1)

        # Middle: the selected step or block.
        self.step_form = StepForm(self._catalog, self)
        self.step_form.field_edited.connect(self._item_field_edited)
        self.step_form.editing_finished.connect(self._end_typing)
        self.step_form.errors_changed.connect(self._refresh_checks)
        self.step_form.hear_requested.connect(self.hear_it)
        self.step_form.picture_requested.connect(self.choose_picture)
        self.block_form = BlockForm(self)
        self.block_form.field_edited.connect(self._item_field_edited)
        self.block_form.editing_finished.connect(self._end_typing)
        self.block_form.errors_changed.connect(self._refresh_checks)
        self.nothing_selected = plain_label(
            self,
            self.tr(
                "Select a step or a repeat block to edit it, "
                "or add one with the buttons below the steps."
            ),
            wrap=True,
        )
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        step_scroll = QScrollArea(self)
        step_scroll.setWidgetResizable(True)
        step_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        step_scroll.setWidget(self.step_form)
        self.item_stack = QStackedWidget(self)
        self.item_stack.addWidget(self.nothing_selected)
        self.item_stack.addWidget(step_scroll)
        block_holder = QWidget(self)
        block_layout = QVBoxLayout(block_holder)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.addWidget(self.block_form)
        block_layout.addStretch(1)
        self.item_stack.addWidget(block_holder)
        self.item_box = QGroupBox(self.tr("Selected item"), self)
        QVBoxLayout(self.item_box).addWidget(self.item_stack)

        # Right: the summary and what is wrong.
        self.summary = SummaryPanel(self)
        summary_box = QGroupBox(self.tr("Summary"), self)
        QVBoxLayout(summary_box).addWidget(self.summary)
        self.problem_model = ProblemListModel(self)
        self.problems = QListView(self)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setModel(self.problem_model)
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.problems.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.clicked.connect(self._problem_chosen)
        self.problems.activated.connect(self._problem_chosen)
        self.save_status = plain_label(self, wrap=True)
        self.save_status.setAccessibleName(self.tr("Save status"))
        problems_box = QGroupBox(self.tr("Problems"), self)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.problems, 1)
        problems_layout.addWidget(self.save_status)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(summary_box, 3)
        right_layout.addWidget(problems_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.item_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([500, 480, 400])

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_label)
        layout.addWidget(splitter, 1)

    # --- the routine value --------------------------------------------------------------------

    def _new_routine_value(self) -> Routine:
        return Routine(name=self.tr("My routine"), steps=())

    def routine(self) -> Routine:
        """The routine as it stands now."""
        return self._routine

    def path(self) -> Path | None:
        """The file the routine is saved in (None until it is saved)."""
        return self._path

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def _apply(self, routine: Routine, select: StepPath | None) -> None:
        """Show ``routine`` everywhere and select ``select`` (what every command does)."""
        self._applying = True
        try:
            self._routine = routine
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
            if edits.exists(self._routine.steps, path)
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
        if path is None or not edits.exists(self._routine.steps, path):
            return None
        return edits.item_at(self._routine.steps, path)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._applying:
            self._show_selected(reset=False)

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
        self.routine_form.show_routine(self._routine, reset=new_routine)
        item = self._selected_item()
        defaults = self._routine.defaults
        if isinstance(item, Step):
            self.step_form.show_step(item, defaults, reset=reset)
            self.item_stack.setCurrentIndex(1)
            self.item_box.setTitle(
                self.tr("Step {position}").format(position=position_text(path or ()))
            )
        elif isinstance(item, Block):
            self.block_form.show_block(item, defaults, reset=reset)
            self.item_stack.setCurrentIndex(2)
            self.item_box.setTitle(
                self.tr("Repeat block {position}").format(position=position_text(path or ()))
            )
        else:
            self.item_stack.setCurrentIndex(0)
            self.item_box.setTitle(self.tr("Selected item"))
        has_item = item is not None
        for button in (self.duplicate_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has_item)
        self._refresh_checks()

    # --- checks, summary, title ---------------------------------------------------------------

    def input_errors(self) -> list[str]:
        """Text in the forms that cannot be read yet (it keeps Save off until fixed)."""
        return self.routine_form.input_errors() + self._item_input_errors()

    def _item_input_errors(self) -> list[str]:
        item = self.item_stack.currentIndex()
        if item == 1:
            return self.step_form.input_errors()
        if item == 2:
            return self.block_form.input_errors()
        return []

    def _where(self, path: StepPath) -> str:
        if not path:
            return self.tr("Routine")
        if not edits.exists(self._routine.steps, path):
            return self.tr("Step {position}").format(position=position_text(path))
        item = edits.item_at(self._routine.steps, path)
        if isinstance(item, Block):
            return self.tr("Block {position} ({title})").format(
                position=position_text(path), title=repeat_label(item)
            )
        return self.tr("Step {position} ({name})").format(
            position=position_text(path), name=item.exercise
        )

    @Slot()
    def _refresh_checks(self) -> None:
        self._issues = validate_routine(self._routine)
        form_path = self._form_path or ()
        rows = [ProblemRow((), self._where(()), e) for e in self.routine_form.input_errors()]
        rows += [
            ProblemRow(form_path, self._where(form_path), error)
            for error in self._item_input_errors()
        ]
        rows += [
            ProblemRow(issue.path, self._where(issue.path), issue.message, issue.field)
            for issue in self._issues
        ]
        self.problem_model.set_rows(rows)
        can_save = not rows
        self.save_action.setEnabled(can_save)
        self.export_action.setEnabled(can_save)
        self.try_action.setEnabled(can_save)
        if can_save:
            self.save_status.setText(self.tr("✓ No problems: the routine can be saved."))
        else:
            more = len(rows) - 1
            first = f"{rows[0].where}: {rows[0].message}"
            text = self.tr("⚠ Cannot save yet: {problem}").format(problem=first)
            if more:
                text += " " + self.tr("(and {count} more)").format(count=more)
            self.save_status.setText(text)
        self.summary.show_routine(self._routine)

    def _title_text(self) -> str:
        name = self._routine.name.strip() or self.tr("(no name)")
        return f"{name} *" if self.is_dirty() else name

    def _refresh_title(self) -> None:
        title = self._title_text()
        self.heading.setText(title)
        if self._path is None:
            self.file_label.setText(self.tr("Not saved yet"))
        else:
            self.file_label.setText(self.tr("File: {path}").format(path=self._path))
        self.setWindowTitle(self.tr("{title} – barretimer editor").format(title=title))
        self.title_changed.emit(title)

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self._refresh_title()
        self.dirty_changed.emit(not clean)

    # --- commands -----------------------------------------------------------------------------

    def _push(
        self, routine: Routine, text: str, select: StepPath | None, merge: Hashable | None = None
    ) -> None:
        if routine == self._routine:
            return
        key = None
        if merge is not None:
            key = (merge, self._merge_generation)
        else:
            self._merge_generation += 1
        self.undo_stack.push(
            ReplaceRoutine(
                self._apply, self._routine, routine, text, self.selected_path(), select, key
            )
        )

    @Slot()
    def _end_typing(self) -> None:
        """The next typed change starts a new undo step."""
        self._merge_generation += 1

    @Slot(str, object)
    def _routine_field_edited(self, name: str, value: Any) -> None:
        routine = edits.edit_routine(self._routine, name, value)
        merge = ("routine", name) if name in _TYPED_FIELDS else None
        self._push(routine, self._change_text(name), self.selected_path(), merge)

    @Slot(str, object)
    def _item_field_edited(self, name: str, value: Any) -> None:
        path = self._form_path
        if not edits.exists(self._routine.steps, path):
            return
        assert path is not None
        item = edits.item_at(self._routine.steps, path)
        if isinstance(item, Step):
            new_item: Step | Block = edits.edit_step(item, name, value, self._catalog)
        else:
            new_item = dataclasses.replace(item, **{name: value})
        steps = edits.replace_at(self._routine.steps, path, new_item)
        merge = ("item", path, name) if name in _TYPED_FIELDS else None
        self._push(
            dataclasses.replace(self._routine, steps=steps),
            self._change_text(name),
            path,
            merge,
        )

    def _change_text(self, field: str) -> str:
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

    def _insert(self, item: Step | Block, text: str, *, after_selection: bool = False) -> StepPath:
        selected = self.selected_path()
        if after_selection and edits.exists(self._routine.steps, selected):
            assert selected is not None
            parent, row = selected[:-1], selected[-1] + 1
        else:
            parent, row = edits.insertion_point(self._routine.steps, selected)
        steps = edits.insert_at(self._routine.steps, parent, row, item)
        path = (*parent, row)
        self._push(dataclasses.replace(self._routine, steps=steps), text, path)
        return path

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
        self._insert(step, self.tr("Add {name}").format(name=exercise.name))
        self.tree.setFocus()

    def add_exercise(self, exercise_id: str) -> bool:
        """Add the catalog exercise ``exercise_id`` to the routine being edited (the Exercises
        page's "Add to a routine"); False if the catalog has no such exercise."""
        if self._catalog.get(exercise_id) is None:
            return False
        step = edits.step_from_catalog(self._catalog, exercise_id)
        self._insert(step, self.tr("Add {name}").format(name=step.exercise))
        self.tree.setFocus()
        return True

    @Slot()
    def choose_picture(self) -> None:
        """Pick a picture for the step; it is copied beside the routine (ui/picture_choice.py)."""
        from barretimer.ui.picture_choice import choose_picture

        folder = self._path.parent if self._path is not None else paths.user_routines_dir()
        written = choose_picture(self, folder)
        if written is not None:
            self._item_field_edited("image", written)

    @Slot()
    def add_blank_step(self) -> None:
        self._insert(
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
        self._insert(
            block, self.tr("Add a repeat block"), after_selection=isinstance(selected, Block)
        )
        self.block_form.repeat.setFocus()

    @Slot()
    def duplicate_item(self) -> None:
        item = self._selected_item()
        if item is not None:
            self._insert(item, self.tr("Duplicate"), after_selection=True)

    @Slot()
    def delete_item(self) -> None:
        path = self.selected_path()
        if not edits.exists(self._routine.steps, path):
            return
        assert path is not None
        steps = edits.remove_at(self._routine.steps, path)
        siblings = edits.children(steps, path[:-1])
        if siblings:
            select: StepPath | None = (*path[:-1], min(path[-1], len(siblings) - 1))
        else:
            select = path[:-1] or None
        self._push(dataclasses.replace(self._routine, steps=steps), self.tr("Delete"), select)
        self.tree.setFocus()

    def _shift(self, offset: int) -> None:
        path = self.selected_path()
        if path is None:
            return
        moved = edits.shift(self._routine.steps, path, offset)
        if moved is not None:
            steps, new_path = moved
            self._push(dataclasses.replace(self._routine, steps=steps), self.tr("Move"), new_path)

    @Slot()
    def move_up(self) -> None:
        self._shift(-1)

    @Slot()
    def move_down(self) -> None:
        self._shift(1)

    @Slot(object, object, int)
    def _item_dropped(self, source: StepPath, parent: StepPath, row: int) -> None:
        moved = edits.move(self._routine.steps, source, parent, row)
        if moved is not None:
            steps, new_path = moved
            self._push(dataclasses.replace(self._routine, steps=steps), self.tr("Move"), new_path)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Keys of the step tree: Delete, Alt+Up and Alt+Down, Ctrl+D.
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.NoModifier:
                self.delete_item()
                return True
            if modifiers == Qt.KeyboardModifier.AltModifier and key in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self._shift(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if modifiers == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_D:
                self.duplicate_item()
                return True
        return super().eventFilter(watched, event)

    # --- problems -----------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _problem_chosen(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self._select(tuple(path))
            self._show_selected(reset=False)
            self.tree.setFocus()
            return
        self._focus_routine_field(self.problem_model.row(index.row()).field)

    def _focus_routine_field(self, field: str) -> None:
        form = self.routine_form
        widgets: dict[str, QWidget] = {
            "name": form.name,
            "defaults.rest": form.rest,
            "defaults.lead_in": form.lead_in,
            "defaults.switch": form.switch,
            "defaults.countdown": form.countdown,
            "max_scale": form.max_scale,
            "steps": self.tree,
        }
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
        self.try_requested.emit(self._routine, self.selected_path())

    # --- files --------------------------------------------------------------------------------

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _problems_text(self, problems: list[Problem]) -> str:
        lines = []
        for problem in problems[:_LISTED_PROBLEMS]:
            if problem.line:
                lines.append(
                    self.tr("line {line}: {message}").format(
                        line=problem.line, message=problem.message
                    )
                )
            else:
                lines.append(problem.message)
        if len(problems) > _LISTED_PROBLEMS:
            lines.append(
                self.tr("… and {count} more").format(count=len(problems) - _LISTED_PROBLEMS)
            )
        return "\n".join("• " + line for line in lines)

    def _load(self, routine: Routine, path: Path | None) -> None:
        self._path = path
        self.undo_stack.clear()
        self._apply(routine, (0,) if routine.steps else None)
        self._show_selected(reset=True, new_routine=True)
        self.undo_stack.setClean()
        self._refresh_title()

    def _is_shipped(self, path: Path) -> bool:
        try:
            path.resolve().relative_to(paths.shipped_routines_dir().resolve())
        except ValueError:
            return False
        return True

    def _read(self, path: Path) -> LoadResult:
        return load_routine_file(path, self._catalog)

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
        """Edit a user routine. A shipped one is never edited in place: it is duplicated."""
        path = Path(path)
        if self._is_shipped(path):
            return self.duplicate(path)
        if not self.maybe_close():
            return False
        result = self._read_or_warn(
            path, self.tr("Cannot open routine"), self.tr("{file} cannot be opened:")
        )
        if result is None or result.routine is None:
            return False
        lost = self._problems_lost_on_save(result)
        self._load(result.routine, path)
        if lost:
            self._message(
                QMessageBox.Icon.Warning,
                self.tr("Parts of the file were not understood"),
                self.tr(
                    "{file} opened, but these parts of it were not understood and will be left out "
                    "when you save:"
                ).format(file=path.name)
                + "\n\n"
                + self._problems_text(lost),
            )
        return True

    def _read_or_warn(self, path: Path, title: str, lead: str) -> LoadResult | None:
        """The file's load result, or None after telling the user why it cannot be used."""
        result = self._read(path)
        if result.routine is not None:
            return result
        self._message(
            QMessageBox.Icon.Warning,
            title,
            lead.format(file=path.name) + "\n\n" + self._problems_text(result.problems),
        )
        return None

    def _problems_lost_on_save(self, result: LoadResult) -> list[Problem]:
        """Problems the loader found that are not rule problems the editor shows (an unknown
        field, a kind it could not read): what saving the model would leave out."""
        assert result.routine is not None
        kept = {issue.message for issue in validate_routine(result.routine)}
        return [p for p in result.problems if p.message not in kept]

    def duplicate(self, path: str | Path) -> bool:
        """Copy a routine (shipped or not) into the user folder as "<name> (copy)" and edit it."""
        path = Path(path)
        if not self.maybe_close():
            return False
        result = self._read_or_warn(
            path, self.tr("Cannot duplicate routine"), self.tr("{file} cannot be read:")
        )
        if result is None or result.routine is None:
            return False
        copy = dataclasses.replace(
            result.routine, name=self.tr("{name} (copy)").format(name=result.routine.name)
        )
        target = self._write_new(copy, edits.slug(copy.name))
        if target is None:
            return False
        self._load(copy, target)
        self.saved.emit(target)
        return True

    def _write_new(self, routine: Routine, stem: str) -> Path | None:
        try:
            paths.ensure_private_dir(self._user_dir)
            target = edits.unique_path(self._user_dir, stem)
            return save_routine(routine, target, self._catalog)
        except (RoutineWriteError, OSError) as error:
            self._message(QMessageBox.Icon.Warning, self.tr("Cannot save routine"), str(error))
            return None

    def import_file(self, path: str | Path) -> bool:
        """Bring a routine file in: checked first; a file with problems is refused with them."""
        path = Path(path)
        handled = self._import_other_app(path)
        if handled is not None:
            return handled
        try:
            text = read_text(path, path.name)
        except YamlSourceError as error:
            self._refuse_import(path, error.problems)
            return False
        result = load_routine_text(text, path.name, self._catalog)
        if result.routine is None or result.problems:
            self._refuse_import(path, result.problems)
            return False
        if not self.maybe_close():
            return False
        try:
            paths.ensure_private_dir(self._user_dir)
            target = write_text_atomic(
                edits.unique_path(self._user_dir, edits.slug(path.stem)), text
            )
        except (RoutineWriteError, OSError) as error:
            self._message(QMessageBox.Icon.Warning, self.tr("Cannot import routine"), str(error))
            return False
        self._load(result.routine, target)
        self.saved.emit(target)
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
        self._message(
            QMessageBox.Icon.Information,
            self.tr("Imported, not saved yet"),
            self.tr("{file} is shown in the editor. Save it to keep it.").format(file=path.name)
            + "\n\n"
            + "\n".join("• " + note for note in notes),
        )
        return True

    def _refuse_import(self, path: Path, problems: list[Problem]) -> None:
        count = len(problems)
        self._message(
            QMessageBox.Icon.Warning,
            self.tr("Cannot import routine"),
            self.tr(
                "{file} was not imported: it has {count} problem(s). Fix them and import it again."
            ).format(file=path.name, count=count)
            + "\n\n"
            + self._problems_text(problems),
        )

    def export_to(self, path: str | Path) -> bool:
        """Write the routine to ``path`` (anywhere but the shipped folder); the editor goes on
        editing its own file."""
        if not self.save_action.isEnabled():
            self._message(
                QMessageBox.Icon.Warning, self.tr("Cannot export routine"), self.save_status.text()
            )
            return False
        text = self._checked_text(self.tr("Cannot export routine"))
        if text is None:
            return False
        try:
            write_text_atomic(Path(path), text)
        except RoutineWriteError as error:
            self._message(QMessageBox.Icon.Warning, self.tr("Cannot export routine"), str(error))
            return False
        return True

    def _checked_text(self, title: str) -> str | None:
        """The routine's file text, once the loader has read it back as this very routine
        without a problem; otherwise None, with a message saying what the loader found."""
        text = routine_to_yaml(self._routine, self._catalog)
        result = load_routine_text(text, self.tr("the saved file"), self._catalog)
        if not result.problems and result.routine == self._routine:
            return text
        lines = [f"{self._where(p.path)}: {p.message}" for p in result.problems[:_LISTED_PROBLEMS]]
        if not lines:
            lines = [
                self.tr(
                    "the file would not read back as this routine (a step of your own named "
                    "exactly like a catalog id is read as that catalog exercise)"
                )
            ]
        self._message(
            QMessageBox.Icon.Warning,
            title,
            self.tr("The routine was not saved:")
            + "\n\n"
            + "\n".join("• " + line for line in lines),
        )
        return None

    @Slot()
    def save(self) -> bool:
        """Save to the routine's file; a routine never saved asks for a file name first."""
        if self._path is None or self._is_shipped(self._path):
            return self.save_as()
        return self._save_to(self._path)

    @Slot()
    def save_as(self) -> bool:
        if not self.save_action.isEnabled():
            self._message(
                QMessageBox.Icon.Warning, self.tr("Cannot save routine"), self.save_status.text()
            )
            return False
        if self._path is not None and not self._is_shipped(self._path):
            suggestion = self._path
        else:
            suggestion = edits.unique_path(self._user_dir, edits.slug(self._routine.name))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save routine as"), str(suggestion), self.tr("Routines (*.yaml *.yml)")
        )
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() not in (".yaml", ".yml"):
            target = target.with_name(target.name + ".yaml")
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        if not self.save_action.isEnabled():
            self._message(
                QMessageBox.Icon.Warning, self.tr("Cannot save routine"), self.save_status.text()
            )
            return False
        text = self._checked_text(self.tr("Cannot save routine"))
        if text is None:
            return False
        try:
            if target.parent == self._user_dir:
                paths.ensure_private_dir(self._user_dir)
            written = write_text_atomic(target, text)
        except (RoutineWriteError, OSError) as error:
            self._message(QMessageBox.Icon.Warning, self.tr("Cannot save routine"), str(error))
            return False
        self._path = written
        self.undo_stack.setClean()
        self._refresh_title()
        self.saved.emit(written)
        return True

    @Slot()
    def _choose_open(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open routine"), str(self._user_dir), self.tr("Routines (*.yaml *.yml)")
        )
        if chosen:
            self.open_routine(chosen)

    @Slot()
    def _choose_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import routine"),
            str(Path.home()),
            self.tr("Routines and other timers' workouts (*.yaml *.yml *.json *.feeel)"),
        )
        if chosen:
            self.import_file(chosen)

    @Slot()
    def _choose_export(self) -> None:
        suggestion = Path.home() / f"{edits.slug(self._routine.name)}.yaml"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export routine"), str(suggestion), self.tr("Routines (*.yaml *.yml)")
        )
        if chosen:
            self.export_to(chosen)

    def maybe_close(self) -> bool:
        """True when the page may close or load something else: no unsaved changes, or the
        person chose to save (and it worked) or to discard them."""
        if not self.is_dirty():
            return True
        name = self._routine.name.strip() or self.tr("this routine")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        can_save = self.save_action.isEnabled()
        if can_save:
            box.setText(self.tr("Save the changes to “{name}” first?").format(name=name))
            box.setStandardButtons(
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Save)
        else:
            box.setText(
                self.tr(
                    "“{name}” has changes that cannot be saved yet.\n{why}\n\nDiscard them?"
                ).format(name=name, why=self.save_status.text())
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.StandardButton(box.exec())
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
