"""Issue 18, item 10, the keyboard: no two Alt+letter mnemonics on one screen (the menus, and
what each page and dialog shows, read from the real widgets as they are shown); Ctrl+F in the
Library and the History; Tab from the Library's search to its list."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QToolButton,
    QWidget,
)

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import SessionStore
from barretimer.ui.editor.picker import CatalogPicker
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

ROUTINE = paths.shipped_routines_dir() / "barre-class-for-runners.yaml"


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown_texts(root: QWidget) -> Iterator[str]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # a toolbar shows its actions without their mnemonics
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))


def collisions(texts: Iterator[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


@pytest.fixture
def window(qtbot: Any, boxes: Boxes) -> Iterator[MainWindow]:
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    shown = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    shown.resize(1400, 900)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.editor is not None:
        shown.editor.undo_stack.setClean()
    shown.close()
    store.close()


def window_texts(window: MainWindow) -> Iterator[str]:
    yield from (action.text() for action in window.menuBar().actions())
    yield from shown_texts(window)


@pytest.mark.parametrize(("state", "path"), [("a step", (1, 1)), ("a repeat block", (1,))])
@pytest.mark.parametrize("size", [(1400, 900), (1024, 600)])
def test_the_editor_has_one_mnemonic_per_letter(
    window: MainWindow, state: str, path: tuple[int, ...], size: tuple[int, int]
) -> None:
    window.duplicate_routine(ROUTINE)
    editor = window.editor
    assert editor is not None
    editor.tree.setCurrentIndex(editor.tree_model.index_for_path(path))
    window.resize(*size)
    QApplication.processEvents()
    texts = list(window_texts(window))
    assert len([t for t in texts if mnemonic(t)]) >= 8  # the fields are really read
    assert collisions(iter(texts)) == {}, state


def test_the_catalog_picker_has_one_mnemonic_per_letter(qtbot: Any) -> None:
    picker = CatalogPicker(load_catalog(paths.catalog_path())[0])
    qtbot.addWidget(picker)
    picker.show()
    assert collisions(shown_texts(picker)) == {}


def test_ctrl_f_finds_in_the_library_and_the_history(window: MainWindow, qtbot: Any) -> None:
    library = window.library
    library.table.setFocus()
    qtbot.keyClick(library.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert library.search_edit.hasFocus()

    window.show_place(MainWindow.HISTORY)
    history = window.history
    assert history is not None
    history.tabs.setCurrentIndex(1)  # the trends: Ctrl+F goes back to the sessions' search
    history.tabs.currentWidget().setFocus()
    qtbot.keyClick(history.tabs.currentWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert history.tabs.currentIndex() == 0
    assert history.filters.search_edit.hasFocus()


def test_tab_from_the_library_search_goes_to_the_list_and_arrows_leave_filters_alone(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.library
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    library.search_edit.setFocus()
    qtbot.keyClick(library.search_edit, Qt.Key.Key_Tab)
    assert library.table.hasFocus()

    opened: list[str] = []
    monkeypatch.setattr(QComboBox, "showPopup", lambda combo: opened.append(combo.accessibleName()))
    for combo in (library.tag_combo, library.level_combo):
        before = combo.currentIndex()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() == before  # shown as a list to choose from, not changed
    assert opened == ["Filter by tag", "Filter by level"]
