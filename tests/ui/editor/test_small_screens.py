"""Issue 18, item 3: the editor in the real window at 1024×600, 1200×800 and 1400×900: nothing
on top of anything, nothing scrolling sideways, no header or word cut short (measured from the
widgets' geometry, :mod:`tests.helpers.layout`)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import SessionStore
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import Boxes
from tests.helpers.layout import layout_faults
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SIZES = ((1024, 600), (1200, 800), (1400, 900))


@pytest.fixture
def window(qtbot: Any, boxes: Boxes) -> Any:
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    shown = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.editor is not None:
        shown.editor.undo_stack.setClean()
    shown.close()
    store.close()


def settle() -> None:
    """Layouts of widgets just shown are finished in the next turns of the event loop."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_editor_fits_the_window(window: MainWindow, width: int, height: int) -> None:
    window.duplicate_routine(paths.shipped_routines_dir() / "barre-class-for-runners.yaml")
    editor = window.editor
    assert editor is not None
    editor.tree.setCurrentIndex(editor.tree_model.index_for_path((1, 1)))  # the fullest form
    window.resize(width, height)
    settle()
    assert (window.width(), window.height()) == (width, height)
    assert layout_faults(editor) == []
    tabs = editor.side_tabs
    if width >= 1400:
        assert not tabs.isVisible()  # room for the three panes side by side
    for tab in range(tabs.count() if tabs.isVisible() else 0):
        tabs.setCurrentIndex(tab)
        settle()
        assert layout_faults(editor) == [], tabs.tabText(tab)


def test_narrow_the_panes_share_tabs_and_a_problem_leads_to_its_tab(
    window: MainWindow, qtbot: Any
) -> None:
    window.duplicate_routine(paths.shipped_routines_dir() / "barre-class-for-runners.yaml")
    editor = window.editor
    assert editor is not None
    window.resize(1024, 600)
    settle()
    tabs = editor.side_tabs
    assert tabs.isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())][::2] == [
        "Routine",
        "Summary and problems",
    ]
    tabs.setCurrentIndex(0)
    name = editor.routine_form.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert editor.problem_model.rowCount() == 1
    assert tabs.tabText(2) == "Summary and problems (1)"
    tabs.setCurrentIndex(2)
    index = editor.problem_model.index(0)
    editor.problems.activated.emit(index)
    assert tabs.currentWidget() is editor.steps_pane.routine_box
    window.resize(1400, 900)
    settle()
    assert not tabs.isVisible() and editor.checks_pane.isVisible()
    assert editor.routine_form.isVisible()
