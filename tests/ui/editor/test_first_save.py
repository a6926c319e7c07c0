"""Issue 18, item 2: a routine's first save lands in the user routines folder and shows in the
Library at once; "Duplicate and edit" writes nothing until the first Save. The real window,
the real data folder (a fresh temporary one), the file chooser answered with what it offers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import SessionStore
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import Boxes
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def window(qtbot: Any, boxes: Boxes) -> Any:
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    shown = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    if shown.editor is not None:
        shown.editor.undo_stack.setClean()
    shown.close()
    store.close()


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """The save chooser, accepting the file it offers; records (offer, its folder exists)."""
    offered: list[tuple[str, bool]] = []

    def accept(parent: Any, caption: str, suggestion: str, filters: str) -> tuple[str, str]:
        offered.append((suggestion, Path(suggestion).parent.is_dir()))
        return suggestion, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(accept))
    return offered


def library_names(window: MainWindow) -> list[str]:
    model = window.library.model
    return [model.entry(row).name for row in range(model.rowCount())]


def test_a_new_routines_first_save_goes_to_the_user_folder_and_the_library(
    window: MainWindow, qtbot: Any, chooser: list[tuple[str, bool]]
) -> None:
    user_dir = paths.user_routines_dir()
    assert not user_dir.exists()  # a first run: the folder is not there yet
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor is not None and window.current_place() == MainWindow.EDITOR
    editor.add_blank_step()
    name = editor.routine_form.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "First Of Mine")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert chooser == [(str(user_dir / "first-of-mine.yaml"), True)]
    assert (user_dir / "first-of-mine.yaml").is_file()
    assert "First Of Mine" in library_names(window)


def test_duplicate_and_edit_writes_nothing_until_the_first_save(
    window: MainWindow, qtbot: Any, chooser: list[tuple[str, bool]]
) -> None:
    user_dir = paths.user_routines_dir()
    shipped = paths.shipped_routines_dir() / "post-run-stretch.yaml"
    window.library.select_path(shipped)
    qtbot.mouseClick(window.library.edit_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor is not None and editor.routine().name == "Post-Run Stretch (copy)"
    assert not user_dir.exists() or not list(user_dir.iterdir())
    assert editor.path() is None
    assert "Post-Run Stretch (copy)" not in library_names(window)
    assert str(user_dir) in editor.file_label.text()

    qtbot.keyClick(editor.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert chooser == []  # the copy's place is known: Save does not ask
    copy = user_dir / "post-run-stretch-copy.yaml"
    assert editor.path() == copy and copy.is_file()
    assert "Post-Run Stretch (copy)" in library_names(window)
    assert window.library.selected_entry().path == copy
