"""Issue 18, item 4: a routine file with problems opens in the editor as text, its problems
listed and their lines marked; fixed there, it comes back into the forms and saves. In the
forms, a field with a problem is outlined and says it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.ui.editor import EditorPage
from tests.helpers.dialogs import Boxes
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

CATALOG = load_catalog(paths.catalog_path())[0]
BROKEN = """\
name: Broken
# a comment the fix keeps
steps:
  - exercise: Wall sit
    kind: hold
    duration: fast
  - exercise: Bridge
    kind: hold
    duration: 30
    colour: red
"""


@pytest.fixture
def page(qtbot: Any, boxes: Boxes) -> Iterator[EditorPage]:
    editor = EditorPage(CATALOG, paths.user_routines_dir(), RecordingSpeaker())
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitActive(editor)
    yield editor
    editor.undo_stack.setClean()


def replace(page: EditorPage, qtbot: Any, old: str, new: str) -> None:
    """Select ``old`` in the text and type ``new`` over it, as a person does."""
    text = page.text_pane.text
    found = text.document().find(old)
    assert not found.isNull(), old
    text.setTextCursor(found)
    text.setFocus()
    qtbot.keyClicks(text, new)


def test_a_broken_file_is_fixed_as_text_and_comes_back_into_the_forms(
    page: EditorPage, qtbot: Any, boxes: Boxes
) -> None:
    path = paths.ensure_private_dir(paths.user_routines_dir()) / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    assert page.open_routine(path)
    assert boxes.shown == []  # no dead-end message: the file is open
    assert page.in_text_mode()
    pane = page.text_pane
    assert pane.text.isVisible() and pane.text.toPlainText() == BROKEN
    listed = [pane.problems.item(i).text() for i in range(pane.problems.count())]
    assert len(listed) == 2 and listed[0].startswith("line 6:") and listed[1].startswith("line 10:")
    assert pane.marked_lines() == [6, 10]
    assert pane.text.textCursor().blockNumber() + 1 == 6  # the cursor waits at the first one
    assert page.heading.text() == "broken.yaml"

    replace(page, qtbot, "fast", "45")
    qtbot.waitUntil(lambda: pane.marked_lines() == [10])  # checked again a moment later
    assert page.in_text_mode()
    replace(page, qtbot, "    colour: red", "")
    qtbot.keyClick(pane.text, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not page.in_text_mode())
    assert page.routine().steps[0].duration == 45.0
    assert page.path() == path and page.is_dirty()
    assert page.tree.isVisible()

    qtbot.keyClick(page.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_routine_file(path, CATALOG)
    assert saved.problems == [] and saved.routine == page.routine()


def test_a_yaml_syntax_error_is_marked_and_the_text_can_be_saved_as_it_is(
    page: EditorPage, qtbot: Any
) -> None:
    path = paths.ensure_private_dir(paths.user_routines_dir()) / "syntax.yaml"
    text = "name: Syntax\nsteps:\n  - exercise: Plank\n    duration: [30\n"
    path.write_text(text, encoding="utf-8")
    assert page.open_routine(path)
    assert page.in_text_mode() and page.text_pane.marked_lines()
    replace(page, qtbot, "Syntax", "Syntax, still broken")
    assert page.is_dirty()
    qtbot.keyClick(page.text_pane.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_text(encoding="utf-8").startswith("name: Syntax, still broken\n")
    assert not page.is_dirty()


def test_a_field_with_a_problem_is_outlined_and_says_it(page: EditorPage, qtbot: Any) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from barretimer.ui.style.outlines import PROBLEM_PROPERTY, problem_colour
    from barretimer.ui.style.palette import apply_theme

    apply_theme(QApplication.instance(), "light")  # the app's own style draws the outline
    path = paths.ensure_private_dir(paths.user_routines_dir()) / "one.yaml"
    path.write_text("name: One\nsteps:\n  - {exercise: Plank, duration: 30}\n", encoding="utf-8")
    assert page.open_routine(path) and not page.in_text_mode()
    duration, cap = page.step_form.duration, page.step_form.cap
    duration.setFocus()
    duration.selectAll()
    qtbot.keyClicks(duration, "99999")
    page.tree.setFocus()  # the outline shows on a field without the cursor
    qtbot.waitUntil(lambda: bool(duration.property(PROBLEM_PROPERTY)))
    message = "A step lasts more than 0 s and at most 4 hours; this one says 99999 s."
    assert duration.toolTip() == message and not cap.property(PROBLEM_PROPERTY)
    image = duration.grab().toImage()
    edge = QColor(image.pixel(image.width() // 2, 0))
    red = problem_colour(duration.palette())
    assert abs(edge.red() - red.red()) + abs(edge.green() - red.green()) < 80, edge.name()

    duration.setFocus()
    duration.selectAll()
    qtbot.keyClicks(duration, "30")
    page.tree.setFocus()
    qtbot.waitUntil(lambda: not duration.property(PROBLEM_PROPERTY))
    assert duration.toolTip() == ""
