"""The routine editor, driven as a person drives it: clicks, keys and typing on the real widgets,
then the YAML file it wrote read back with the core loader."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
)

from barretimer import paths
from barretimer.core import edits
from barretimer.core.durations import format_clock
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.model import Block, Catalog, Defaults, Kind, Routine, Sides, Step, TimedCue
from barretimer.core.routine_reader import resolve_step
from barretimer.core.timeline import compile_timeline
from barretimer.speech.api import Priority
from barretimer.ui.editor import EditorPage
from barretimer.ui.editor.models import (
    PATH_ROLE,
    CatalogTableModel,
    CuesTableModel,
    MuscleListModel,
    ProblemListModel,
    ProblemRow,
    RowsTableModel,
)
from barretimer.ui.editor.picker import CatalogPicker
from barretimer.ui.editor.step_tree import StepTreeModel
from tests.conftest import ROUTINES
from tests.helpers.dialogs import Boxes
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a top-level window is shown; it is not ours.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

CATALOG: Catalog = load_catalog(paths.catalog_path())[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Answers "Save as" with the file name held in the returned list (asks are recorded)."""
    answers: list[Any] = [None]
    asked: list[str] = []

    def fake(parent: Any, caption: str, suggestion: str, filters: str) -> tuple[str, str]:
        asked.append(suggestion)
        return (str(answers[0]) if answers[0] else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    answers.append(asked)
    return answers


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def page(qtbot: Any, speaker: RecordingSpeaker, boxes: Boxes) -> Iterator[EditorPage]:
    editor = EditorPage(CATALOG, paths.user_routines_dir(), speaker)
    qtbot.addWidget(editor)
    editor.resize(1400, 900)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitActive(editor)  # shortcuts only work in the active window
    yield editor
    editor.undo_stack.setClean()  # nothing asks on teardown


def tree_names(editor: EditorPage) -> list[tuple[int, ...] | str]:
    """The tree as it is shown: each row's position and text, depth first."""
    model = editor.tree_model
    rows: list[Any] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, StepTreeModel.NAME, parent)
            rows.append(index.data())
            walk(index)

    walk(QModelIndex())
    return rows


def select(editor: EditorPage, qtbot: Any, path: tuple[int, ...]) -> None:
    """Click the row of ``path`` in the step tree."""
    index = editor.tree_model.index_for_path(path)
    editor.tree.scrollTo(index)
    rect = editor.tree.visualRect(index)
    qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selected_path() == path


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Replace what a field holds by typing, as a person does: select all, then type."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick an entry of a closed combo box by typing its first letters."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().lower().startswith(text.lower())


def toolbar_button(editor: EditorPage, action: Any) -> QToolButton:
    for button in editor.findChildren(QToolButton):
        if button.defaultAction() is action:
            return button
    raise AssertionError(f"no button for {action.text()}")


def pick_from_catalog(monkeypatch: pytest.MonkeyPatch, qtbot: Any, search: str) -> list[str]:
    """Answer the catalog picker by typing ``search`` into it and pressing Enter."""
    chosen: list[str] = []

    def fake_exec(picker: CatalogPicker) -> int:
        qtbot.keyClicks(picker.search, search)
        exercise = picker.chosen()
        assert exercise is not None
        chosen.append(exercise.id)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(CatalogPicker, "exec", fake_exec)
    return chosen


def drag(editor: EditorPage, source: tuple[int, ...], parent: tuple[int, ...], row: int) -> bool:
    """Drop the row at ``source`` into ``parent`` at ``row``, as the tree view does."""
    model = editor.tree_model
    data = model.mimeData([model.index_for_path(source)])
    target = model.index_for_path(parent) if parent else QModelIndex()
    if not model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, target):
        return False
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, target)


SAMPLE = Routine(
    name="Sample",
    steps=(
        Step(exercise="Plie squat hold", duration=45.0, cue="Sink low.", muscles=("quads",)),
        Block(
            repeat=2,
            name="Seat circuit",
            steps=(
                Step(exercise="Bridge", kind=Kind.MOVE, duration=30.0),
                Step(exercise="Clam", kind=Kind.MOVE, duration=30.0, sides=Sides.LEFT_RIGHT),
            ),
        ),
        Step(exercise="Quad stretch", kind=Kind.STRETCH, duration=30.0, muscles=("quads",)),
    ),
)


def open_sample(editor: EditorPage, routine: Routine = SAMPLE) -> Path:
    folder = paths.ensure_private_dir(paths.user_routines_dir())
    target = folder / "sample.yaml"
    from barretimer.core.writer import save_routine

    save_routine(routine, target, CATALOG, protected=paths.shipped_routines_dir())
    assert editor.open_routine(target)
    return target


# --- the models -------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    tree = StepTreeModel()
    tree.set_items(SAMPLE.steps)
    qtmodeltester.check(tree)
    tree.set_items(edits.remove_at(SAMPLE.steps, (1, 0)))  # a change of shape
    qtmodeltester.check(tree)
    cues = CuesTableModel()
    cues.set_cues((TimedCue(10.0, "Breathe."), TimedCue(-5.0, "Hold.")))
    qtmodeltester.check(cues)
    muscles = MuscleListModel()
    muscles.set_muscles(("quads", "made-up muscle"))
    qtmodeltester.check(muscles)
    qtmodeltester.check(CatalogTableModel(CATALOG))
    problems = ProblemListModel()
    problems.set_rows([ProblemRow((1,), "Step 2", "duration must be positive")])
    qtmodeltester.check(problems)
    rows = RowsTableModel(("Kind", "Time"))
    rows.set_rows([("Hold", "1:00"), ("Rest", "0:10")])
    qtmodeltester.check(rows)


def test_the_tree_keeps_its_rows_when_only_values_change(qtbot: Any) -> None:
    tree = StepTreeModel()
    tree.set_items(SAMPLE.steps)
    renamed = edits.replace_at(SAMPLE.steps, (1, 1), Step(exercise="Clamshell", kind=Kind.MOVE))
    changed: list[tuple[int, ...]] = []
    tree.dataChanged.connect(lambda top, bottom, roles: changed.append(top.data(PATH_ROLE)))
    with qtbot.assertNotEmitted(tree.modelReset):
        tree.set_items(renamed)
    assert changed == [(1,), (1, 1)]  # the block holds the step, so it changed too
    assert tree.index_for_path((1, 1)).data() == "Clamshell"
    # Qt's view asks the model to remove dragged rows after a move; the move is already done.
    assert tree.removeRows(0, 1) is False
    assert tree.items() == renamed


def test_move_and_shift_follow_what_a_drop_means() -> None:
    a, b, c, d = (Step(exercise=x) for x in "abcd")
    items = (a, Block(2, (b, c)), d)
    assert edits.move(items, (0,), (1,), 1) == ((Block(2, (b, a, c)), d), (0, 1))
    assert edits.move(items, (2,), (), 0) == ((d, a, Block(2, (b, c))), (0,))
    assert edits.move(items, (1, 1), (), 3) == ((a, Block(2, (b,)), d, c), (3,))
    assert edits.move(items, (1,), (1,), 0) is None  # a block into itself
    assert edits.move(items, (0,), (), 1) is None  # where it already is
    # Up and down step into and out of blocks, so the keyboard reaches everything.
    assert edits.shift(items, (0,), 1) == ((Block(2, (a, b, c)), d), (0, 0))
    assert edits.shift(items, (1, 0), -1) == ((a, b, Block(2, (c,)), d), (1,))
    assert edits.shift(items, (1, 1), 1) == ((a, Block(2, (b,)), c, d), (2,))
    assert edits.shift(items, (0,), -1) is None


def test_file_names_come_from_the_routine_name(tmp_path: Path) -> None:
    assert edits.slug("Seat & Core for Runners!") == "seat-core-for-runners"
    assert edits.slug("Étirements (copy)") == "étirements-copy"
    assert edits.slug("***") == "routine"
    (tmp_path / "seat.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "seat-2.yml").write_text("x", encoding="utf-8")
    assert edits.unique_path(tmp_path, "seat") == tmp_path / "seat-3.yaml"


# --- building a routine -----------------------------------------------------------------------


def test_build_a_routine_by_hand_and_save_it(
    page: EditorPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch, save_dialog: list[Any]
) -> None:
    dirty: list[bool] = []
    page.dirty_changed.connect(dirty.append)
    assert page.new_routine()

    type_into(qtbot, page.routine_form.name, "Seat & Balance")
    assert page.routine().name == "Seat & Balance"
    assert page.heading.text() == "Seat & Balance *"
    assert dirty == [True]

    # A step from the catalog, found by typing in the picker.
    chosen = pick_from_catalog(monkeypatch, qtbot, "wall sit")
    qtbot.mouseClick(page.add_catalog_button, Qt.MouseButton.LeftButton)
    assert chosen == ["wall-sit"]
    assert page.routine().steps[0] == resolve_step({}, CATALOG.get("wall-sit"))

    # A blank step made into a left-right balance drill held as long as possible.
    qtbot.mouseClick(page.add_blank_button, Qt.MouseButton.LeftButton)
    assert page.selected_path() == (1,)
    form = page.step_form
    qtbot.keyClicks(form.exercise, "Single-leg reach")  # the name is selected: typing replaces it
    choose(qtbot, form.kind, "Bal")
    choose(qtbot, form.sides, "left")
    type_into(qtbot, form.duration, "max")
    assert form.cap.isEnabled()
    type_into(qtbot, form.cap, "1:30")
    type_into(qtbot, form.cue, "Reach long, hips level.")
    glute_medius = form.muscles_model.index(1)
    rect = form.muscles.visualRect(glute_medius)
    qtbot.mouseClick(form.muscles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if form.muscles_model.muscles() != ("glute medius",):  # a click on the text may only select
        qtbot.keyClick(form.muscles, Qt.Key.Key_Space)
    assert (
        type(page.routine().steps[1].kind) is Kind and type(page.routine().steps[1].sides) is Sides
    )
    assert page.routine().steps[1] == Step(
        exercise="Single-leg reach",
        kind=Kind.BALANCE,
        duration=None,
        cap=90.0,
        sides=Sides.LEFT_RIGHT,
        cue="Reach long, hips level.",
        muscles=("glute medius",),
    )

    # A timed cue, typed into the table.
    qtbot.mouseClick(form.add_cue, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, "Eyes on one spot.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits on its next event round
    qtbot.waitUntil(lambda: page.routine().steps[1].cues == (TimedCue(45.0, "Eyes on one spot."),))

    # A repeat block, three rounds.
    qtbot.mouseClick(page.add_block_button, Qt.MouseButton.LeftButton)
    assert page.selected_path() == (2,)
    type_into(qtbot, page.block_form.repeat, "3")
    type_into(qtbot, page.block_form.name, "Seat circuit")
    assert page.routine().steps[2] == Block(
        repeat=3, name="Seat circuit", steps=(Step(exercise="New exercise"),)
    )

    # The wall sit is dragged into the block, after its first step.
    assert drag(page, (0,), (2,), 1)
    assert tree_names(page) == [
        "Single-leg reach",
        "Repeat ×3: Seat circuit",
        "New exercise",
        "Wall sit",
    ]
    assert page.selected_path() == (1, 1)

    # Undo puts it back, redo moves it again.
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tree_names(page)[0] == "Wall sit"
    qtbot.keyClick(
        page.tree,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tree_names(page)[3] == "Wall sit"

    # And out again: the blank step leaves the block by the keyboard.
    select(page, qtbot, (1, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tree_names(page) == [
        "Single-leg reach",
        "New exercise",
        "Repeat ×3: Seat circuit",
        "Wall sit",
    ]
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert tree_names(page) == ["Single-leg reach", "Repeat ×3: Seat circuit", "Wall sit"]

    # Save with Ctrl+S: a new routine asks where, suggesting a name made from its own.
    target = paths.user_routines_dir() / "seat-and-balance.yaml"
    save_dialog[0] = target
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.keyClick(page.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert save_dialog[1] == [str(paths.user_routines_dir() / "seat-balance.yaml")]
    assert saved.args == [target.resolve()]
    assert page.heading.text() == "Seat & Balance"
    assert dirty[-1] is False

    result = load_routine_file(target, CATALOG)
    assert result.ok, result.problems
    assert result.routine == page.routine()
    text = target.read_text(encoding="utf-8")
    assert "  - repeat: 3\n    name: Seat circuit\n" in text
    assert "      - exercise: wall-sit\n" in text  # a catalog step is written as its id
    assert "sides: left-right" in text and "duration: max" in text and "cap: 90" in text


def test_a_bad_duration_blocks_save_and_says_why(page: EditorPage, qtbot: Any) -> None:
    open_sample(page)
    select(page, qtbot, (0,))
    duration = page.step_form.duration
    type_into(qtbot, duration, "fast")
    assert not page.save_action.isEnabled()
    assert not toolbar_button(page, page.save_action).isEnabled()
    assert 'Duration: "fast" is not a duration' in page.save_status.text()
    problems = [page.problem_model.index(r).data() for r in range(page.problem_model.rowCount())]
    assert problems == [page.save_status.text().split(": ", 1)[1]]
    assert page.routine() == SAMPLE  # the model never held "fast"

    # Editing another field keeps the unread text in its place, and Save stays off.
    type_into(qtbot, page.step_form.cue, "Sink lower.")
    assert duration.text() == "fast"
    assert not page.save_action.isEnabled()

    type_into(qtbot, duration, "1:15")
    assert page.routine().steps[0].duration == 75.0
    assert page.save_action.isEnabled()
    assert page.save_status.text().startswith("✓")


def test_an_empty_name_blocks_save_with_the_validators_message(
    page: EditorPage, qtbot: Any
) -> None:
    open_sample(page)
    page.routine_form.name.setFocus()
    page.routine_form.name.selectAll()
    qtbot.keyClick(page.routine_form.name, Qt.Key.Key_Delete)
    assert page.routine().name == ""
    assert not page.save_action.isEnabled()
    assert page.save_status.text() == "⚠ Cannot save yet: Routine: The routine needs a name."
    qtbot.keyClick(page.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_routine_file(paths.user_routines_dir() / "sample.yaml").routine == SAMPLE


def test_a_problem_leads_to_its_step(page: EditorPage, qtbot: Any) -> None:
    broken = Step(exercise="Wall sit", duration=30.0, cues=(TimedCue(45.0, "Too late."),))
    open_sample(page, Routine(name="Broken", steps=(*SAMPLE.steps, broken)))
    assert page.selected_path() == (0,)
    assert page.problem_model.rowCount() == 1
    index = page.problem_model.index(0)
    assert index.data() == (
        "Step 4 (Wall sit): This cue is set for 45 s after the start, but the step lasts only 30 s."
    )
    rect = page.problems.visualRect(index)
    qtbot.mouseClick(page.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_path() == (3,)
    assert page.step_form.cues_model.cues() == broken.cues
    # The row and the time that are wrong are marked, ready to be typed over.
    assert page.step_form.cues.hasFocus()
    current = page.step_form.cues.currentIndex()
    assert (current.row(), current.column()) == (0, CuesTableModel.AT)


def test_typing_is_one_undo_step_and_ctrl_z_reaches_the_editor_from_a_field(
    page: EditorPage, qtbot: Any
) -> None:
    open_sample(page)
    select(page, qtbot, (0,))
    cue = page.step_form.cue
    cue.setFocus()
    cue.end(False)
    qtbot.keyClicks(cue, " Breathe.")
    assert page.routine().steps[0].cue == "Sink low. Breathe."
    assert page.undo_stack.count() == 1
    assert page.undo_action.text() == "&Undo Change cue"
    qtbot.keyClick(cue, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.routine() == SAMPLE
    assert cue.text() == "Sink low."
    assert not page.is_dirty()
    qtbot.keyClick(
        cue, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert page.routine().steps[0].cue == "Sink low. Breathe."
    # Leaving the field ends the step: the next typing is undone on its own.
    qtbot.keyClick(cue, Qt.Key.Key_Tab)
    cue.setFocus()
    cue.end(False)
    qtbot.keyClicks(cue, "!")
    assert page.undo_stack.count() == 2
    page.undo_action.trigger()
    assert page.routine().steps[0].cue == "Sink low. Breathe."


def test_every_kind_of_change_can_be_undone(
    page: EditorPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_sample(page)
    history = [page.routine()]
    pick_from_catalog(monkeypatch, qtbot, "figure")
    actions: list[Callable[[], None]] = [
        lambda: type_into(qtbot, page.routine_form.description, "Short and sweet."),
        lambda: choose(qtbot, page.routine_form.level, "adv"),
        lambda: type_into(qtbot, page.routine_form.tags, "runners, glutes"),
        lambda: type_into(qtbot, page.routine_form.max_scale, "1.5"),
        lambda: type_into(qtbot, page.routine_form.rest, "20"),
        lambda: qtbot.keyClick(page.routine_form.countdown, Qt.Key.Key_Up),
        lambda: select(page, qtbot, (1,)),
        lambda: qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton),
        lambda: type_into(qtbot, page.block_form.rest, "0"),
        lambda: qtbot.mouseClick(page.add_catalog_button, Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton),
    ]
    for number, act in enumerate(actions):
        act()
        page._end_typing()
        changed = page.routine() != history[-1]
        assert changed == (number != 6), number  # selecting changes nothing
        if changed:
            history.append(page.routine())
    assert page.routine().description == "Short and sweet."
    assert page.routine().defaults == Defaults(rest=20.0, countdown=4)
    for expected in reversed(history[:-1]):
        page.undo_action.trigger()
        assert page.routine() == expected
    assert not page.is_dirty()
    for expected in history[1:]:
        page.redo_action.trigger()
        assert page.routine() == expected


# --- files ------------------------------------------------------------------------------------


def test_closing_with_unsaved_changes_asks_first(
    page: EditorPage, qtbot: Any, boxes: Boxes
) -> None:
    target = open_sample(page)
    assert page.maybe_close()
    assert boxes.shown == []
    type_into(qtbot, page.routine_form.name, "Sample, longer")
    assert page.windowTitle().startswith("Sample, longer *")

    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not page.maybe_close()
    assert boxes.shown[-1]["text"] == "Save the changes to “Sample, longer” first?"
    assert boxes.shown[-1]["format"] == Qt.TextFormat.PlainText
    assert load_routine_file(target).routine == SAMPLE

    boxes.answer = QMessageBox.StandardButton.Save
    assert page.maybe_close()
    assert load_routine_file(target).routine.name == "Sample, longer"
    assert not page.is_dirty()

    type_into(qtbot, page.routine_form.name, "")
    boxes.answer = QMessageBox.StandardButton.Discard
    assert page.maybe_close()
    assert "cannot be saved yet" in boxes.shown[-1]["text"]
    assert (
        boxes.shown[-1]["buttons"]
        == QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    assert load_routine_file(target).routine.name == "Sample, longer"


def test_duplicating_a_shipped_routine_never_touches_it(
    page: EditorPage, qtbot: Any, boxes: Boxes
) -> None:
    shipped = ROUTINES / "even-thighs.yaml"
    before = sha256(shipped)
    original = load_routine_file(shipped, CATALOG).routine
    assert page.open_routine(shipped)  # editing a shipped routine edits a copy
    assert page.path() is None  # written on the first save
    copy = paths.user_routines_dir() / "even-thighs-copy.yaml"
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.keyClick(page.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [copy]
    assert page.path() == copy
    assert page.routine().name == "Even Thighs (copy)"
    assert load_routine_file(copy, CATALOG).routine == page.routine()
    assert page.routine().steps == original.steps

    select(page, qtbot, (3, 1))
    type_into(qtbot, page.step_form.duration, "45")
    qtbot.keyClick(page.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_routine_file(copy, CATALOG).routine.steps[3].steps[1].duration == 45.0
    assert page.duplicate(shipped)
    page.save()
    assert page.path() == paths.user_routines_dir() / "even-thighs-copy-2.yaml"
    assert sha256(shipped) == before
    assert boxes.shown == []


def test_importing_an_invalid_file_lists_its_problems(
    page: EditorPage, tmp_path: Path, boxes: Boxes
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: Bad\nsteps:\n  - exercise: Plank\n    duration: fast\n  - exercise: Bridge\n"
        "    duration: 30\n    colour: red\n",
        encoding="utf-8",
    )
    assert not page.import_file(bad)
    (box,) = boxes.shown
    assert box["title"] == "Cannot import routine"
    assert box["format"] == Qt.TextFormat.PlainText
    assert "bad.yaml was not imported: it has 2 problems" in box["text"]
    assert (
        '• line 4: duration must be a positive number of seconds or "m:ss", got "fast"'
        in box["text"]
    )
    assert '• line 7: unknown field "colour" in a step' in box["text"]
    assert not paths.user_routines_dir().exists() or not list(paths.user_routines_dir().iterdir())
    assert page.routine().name == "My routine"


def test_importing_a_good_file_keeps_it_as_written(page: EditorPage, tmp_path: Path) -> None:
    source = ROUTINES / "post-run-stretch.yaml"
    outside = tmp_path / "Post run.yaml"
    outside.write_bytes(source.read_bytes())
    assert page.import_file(outside)
    imported = paths.user_routines_dir() / "post-run.yaml"
    assert page.path() == imported
    assert imported.read_bytes() == source.read_bytes()  # comments and layout kept
    assert page.routine() == load_routine_file(source, CATALOG).routine


def test_export_writes_anywhere_but_the_shipped_folder(
    page: EditorPage, tmp_path: Path, boxes: Boxes
) -> None:
    target = open_sample(page)
    assert page.export_to(tmp_path / "shared.yaml")
    assert load_routine_file(tmp_path / "shared.yaml").routine == SAMPLE
    assert page.path() == target
    assert not page.export_to(ROUTINES / "sample.yaml")
    assert "ships with barretimer" in boxes.texts[-1]
    assert not (ROUTINES / "sample.yaml").exists()


def test_a_renamed_catalog_step_becomes_your_own_and_saves_exactly(
    page: EditorPage, qtbot: Any
) -> None:
    wall_sit = resolve_step({}, CATALOG.get("wall-sit"))
    target = open_sample(page, Routine(name="Walls", steps=(wall_sit,)))
    assert page.step_form.origin.text().startswith("From the exercise catalog (wall-sit)")
    type_into(qtbot, page.step_form.duration, "60")  # the catalog's cues follow the new length
    assert (
        page.routine().steps[0].cues
        == resolve_step({"duration": 60.0}, CATALOG.get("wall-sit")).cues
    )
    type_into(qtbot, page.step_form.exercise, "Wall sit, heels up")
    assert page.routine().steps[0].ref is None
    assert page.step_form.origin.text() == "An exercise of your own."
    assert page.save()
    assert load_routine_file(target, CATALOG).routine == page.routine()


# --- hear it, try it, summary -----------------------------------------------------------------


def test_hear_it_speaks_the_cue(page: EditorPage, qtbot: Any, speaker: RecordingSpeaker) -> None:
    open_sample(page)
    select(page, qtbot, (0,))
    qtbot.mouseClick(page.step_form.hear, Qt.MouseButton.LeftButton)
    assert speaker.spoken == [("Sink low.", Priority.NORMAL)]


def test_try_it_plays_from_the_selected_step(page: EditorPage, qtbot: Any) -> None:
    open_sample(page)
    select(page, qtbot, (1, 1))
    with qtbot.waitSignal(page.try_requested) as tried:
        qtbot.mouseClick(toolbar_button(page, page.try_action), Qt.MouseButton.LeftButton)
    routine, step_path = tried.args
    assert routine == SAMPLE and step_path == (1, 1)
    first = compile_timeline(routine, start_at=step_path).work_intervals[0]
    assert first.name == "Clam"


def test_the_summary_shows_time_per_kind_and_muscle(page: EditorPage, qtbot: Any) -> None:
    open_sample(page)
    timeline = compile_timeline(SAMPLE)
    # 5 lead-in + 45 + 10 rest + 2 × (30 + 10 rest + 30 left + 5 switch + 30 right) + 2 × 10
    # rest + 30 stretch
    assert timeline.total_s == 320
    assert page.summary.total.text() == "Total: 5:20"
    assert page.summary.steps.text() == "4 steps, played as 8 intervals"
    kinds = dict((row[0], row[1]) for row in page.summary.kinds_model.rows())
    assert kinds == {
        "Hold": "0:45",
        "Stretch": "0:30",
        "Balance": "0:00",
        "Move": "3:00",
        "Rest": "1:05",
    }
    assert page.summary.muscles_model.rows() == (("quads", "0:45", "0:30"),)
    assert page.summary.stretch_note.text() == "✓ Every worked muscle group has a stretch."

    select(page, qtbot, (2,))
    type_into(qtbot, page.step_form.exercise, "Calf raise")
    choose(qtbot, page.step_form.kind, "Ho")
    assert page.summary.stretch_note.text() == "⚠ Worked but never stretched: quads."


def test_text_from_a_routine_is_shown_as_plain_text(page: EditorPage, qtbot: Any) -> None:
    open_sample(
        page, Routine(name="<b>Bold</b>", steps=(Step(exercise="<i>x</i>", duration=30.0),))
    )
    assert page.heading.text() == "<b>Bold</b>"
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.file_label.textFormat() == Qt.TextFormat.PlainText
    assert page.save_status.textFormat() == Qt.TextFormat.PlainText
    assert tree_names(page) == ["<i>x</i>"]


def test_every_control_has_an_accessible_name_and_takes_the_focus(page: EditorPage) -> None:
    open_sample(page)
    controls = [
        widget
        for kind in (
            QAbstractButton,
            QLineEdit,
            QPlainTextEdit,
            QComboBox,
            QAbstractSpinBox,
            QAbstractItemView,
        )
        for widget in page.findChildren(kind)
        # Qt's own parts: the line edit inside a spin box, a table's header and corner button,
        # a toolbar's extension arrow, a combo box's popup.
        if not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QAbstractItemView))
        and not widget.objectName().startswith("qt_")
        and widget.window() is page  # not a combo box's popup list
        and not (isinstance(widget, QToolButton) and widget.defaultAction() is None)
    ]
    assert len(controls) > 40
    for widget in controls:
        assert widget.accessibleName(), (type(widget).__name__, getattr(widget, "text", str)())
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.accessibleName()


def test_the_catalog_picker_searches_and_adds_with_the_keyboard(qtbot: Any) -> None:
    picker = CatalogPicker(CATALOG)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.proxy.rowCount() == len(CATALOG)
    qtbot.keyClicks(picker.search, "hamstrings")  # a muscle: matched in the muscles column
    shown = [picker.proxy.index(row, 0).data() for row in range(picker.proxy.rowCount())]
    assert 3 <= len(shown) < len(CATALOG)
    assert all(
        "hamstrings" in CATALOG.get(e.id).muscles for e in CATALOG.exercises if e.name in shown
    )
    first = picker.chosen()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    second = picker.chosen()
    assert first is not None and second is not None and second != first
    row = picker.table.currentIndex().row()
    cells = [picker.proxy.index(row, column).data() for column in range(6)]
    assert cells[0] == second.name
    assert cells[1].lower() == second.kind.value
    assert cells[3] == ", ".join(second.muscles)
    assert cells[5] == second.cues[0]
    assert picker.details.text().startswith(second.description)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen() == second

    qtbot.keyClicks(picker.search, " and nothing else at all")
    assert picker.proxy.rowCount() == 0
    assert picker.chosen() is None
    assert not picker.add_button.isEnabled()
    assert picker.details.text() == "No exercise matches the search."


def test_a_file_with_parts_the_editor_cannot_keep_opens_as_text(
    page: EditorPage, boxes: Boxes
) -> None:
    folder = paths.ensure_private_dir(paths.user_routines_dir())
    odd = folder / "odd.yaml"
    text = "name: Odd\ncolour: red\nsteps:\n  - exercise: Plank\n    duration: 30\n"
    odd.write_text(text, encoding="utf-8")
    assert page.open_routine(odd)
    assert page.in_text_mode() and boxes.shown == []  # nothing is left out unseen
    assert page.text_pane.text.toPlainText() == text
    assert page.text_pane.marked_lines() == [2]
    assert (
        page.text_pane.problems.item(0)
        .text()
        .startswith('line 2: unknown field "colour" in the routine')
    )


def test_starting_a_new_routine_asks_about_unsaved_changes(
    page: EditorPage, qtbot: Any, boxes: Boxes
) -> None:
    open_sample(page)
    type_into(qtbot, page.routine_form.name, "Changed")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not page.new_routine()
    assert page.routine().name == "Changed"
    boxes.answer = QMessageBox.StandardButton.Discard
    assert page.new_routine()
    assert page.routine() == Routine(name="My routine", steps=())
    assert page.path() is None
    assert page.file_label.text() == "Not saved yet"
    assert (
        page.save_status.text()
        == "⚠ Cannot save yet: Routine: The routine has no steps yet: add one."
    )
    assert not page.try_action.isEnabled()


def test_save_refuses_what_would_not_load_back_as_it_is(
    page: EditorPage, qtbot: Any, boxes: Boxes
) -> None:
    target = open_sample(page)
    select(page, qtbot, (0,))
    # A step of your own named exactly as a catalog id would come back as that catalog step.
    type_into(qtbot, page.step_form.exercise, "wall-sit")
    assert page.save_action.isEnabled()  # the validator has nothing against it
    assert not page.save()
    assert "The routine was not saved" in boxes.texts[-1]
    assert "catalog" in boxes.texts[-1]
    assert load_routine_file(target, CATALOG).routine == SAMPLE
    assert page.is_dirty()


def test_unread_text_in_the_routine_fields_stays_while_steps_are_chosen(
    page: EditorPage, qtbot: Any
) -> None:
    open_sample(page)
    type_into(qtbot, page.routine_form.rest, "ten")
    assert 'Rest between steps: "ten" is not a duration' in page.save_status.text()
    select(page, qtbot, (2,))
    select(page, qtbot, (1, 0))
    assert page.routine_form.rest.text() == "ten"
    assert not page.save_action.isEnabled()
    rows = [page.problem_model.row(r) for r in range(page.problem_model.rowCount())]
    assert [row.where for row in rows] == ["Routine"]
    index = page.problem_model.index(0)
    rect = page.problems.visualRect(index)
    qtbot.mouseClick(page.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.routine_form.rest.hasFocus()


def test_a_huge_number_of_repeats_leaves_the_tables_out_but_not_the_total(
    page: EditorPage,
) -> None:
    many = Block(repeat=100, steps=tuple(Step(exercise=f"Step {n}") for n in range(11)))
    routine = Routine(name="Many", steps=(many,))
    open_sample(page, routine)
    total = compile_timeline(routine).total_s
    assert page.summary.total.text() == f"Total: {format_clock(total)}"
    assert page.summary.kinds_model.rows() == ()


def test_the_summary_gives_the_routines_reason_for_a_group_left_unstretched(
    page: EditorPage, qtbot: Any
) -> None:
    from barretimer.core.model import Unstretched

    warm_up = Routine(
        name="Warm-up",
        steps=(
            Step(exercise="Calf raise", kind=Kind.MOVE, duration=30.0, muscles=("calves",)),
            Step(exercise="Knee drive", kind=Kind.HOLD, duration=30.0, muscles=("hip flexors",)),
        ),
        unstretched=Unstretched(muscles=("calves",), why="Stretch them after the run."),
    )
    open_sample(page, warm_up)  # written and read back: the reason survives the round trip
    assert page.summary.stretch_note.text() == "⚠ Worked but never stretched: hip flexors."

    open_sample(
        page, Routine(name="Warm-up", steps=warm_up.steps[:1], unstretched=warm_up.unstretched)
    )
    assert page.summary.stretch_note.text() == (
        "✓ Not stretched here, on purpose: calves. Stretch them after the run."
    )


def test_the_repeat_box_says_time_or_times(qtbot) -> None:
    from barretimer.ui.editor.forms import BlockForm

    form = BlockForm()
    qtbot.addWidget(form)
    form.repeat.setValue(1)
    assert form.repeat.text() == "1 time"
    form.repeat.setValue(3)
    assert form.repeat.text() == "3 times"
