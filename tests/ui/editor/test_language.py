"""Issue 21 in the editor: a shipped routine duplicated while a language is set becomes the
person's own routine in the words they read it in, and the editor's longer German, French and
Dutch words are not cut on a small screen (measured from the widgets' geometry,
:mod:`tests.helpers.layout`)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.model import Block, Step, iter_steps
from barretimer.store.sessions import SessionStore
from barretimer.ui import language
from barretimer.ui.editor import EditorPage
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.conftest import ROUTINES, FakeClock
from tests.helpers.dialogs import Boxes
from tests.helpers.layout import layout_faults
from tests.helpers.stubs import RecordingSpeaker
from tests.ui.test_i18n import translators  # noqa: F401  (the fixture: translators removed after)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SHIPPED = ROUTINES / "barre-class-for-runners.yaml"


def _steps(items: tuple[Step | Block, ...]) -> dict[str, Step]:
    return {step.ref or step.exercise: step for step in iter_steps(items)}


def test_a_shipped_routine_duplicated_in_german_is_a_german_routine_of_ones_own(
    qtbot: Any,
    boxes: Boxes,
    translators: None,  # noqa: F811
) -> None:
    language.install("de")
    english = load_catalog(paths.catalog_path())[0]
    page = EditorPage(english, paths.user_routines_dir(), RecordingSpeaker())
    qtbot.addWidget(page)
    assert page.duplicate(SHIPPED)
    copy = page.routine()
    # The words of routines/translations/de.yaml and the German catalog, not the file's English.
    assert copy.name.startswith("Barre-Kurs für Läufer (")
    assert copy.description.startswith("Ein 45-minütiger Barre-Kurs für zu Hause")
    assert isinstance(copy.steps[0], Block) and copy.steps[0].name == "Aufwärmen"
    steps = _steps(copy.steps)
    assert steps["march-in-place"].exercise == "Marschieren auf der Stelle"
    assert steps["march-in-place"].cues[0].say == "Arme schwingen wie beim lockeren Joggen."
    assert copy.history_name == copy.name  # its own sessions, not the shipped routine's

    assert page.save()
    written = page.path()
    assert written is not None and written.parent == paths.user_routines_dir()
    # Read back in English: the person's routine is shown as written, in German; a catalog
    # exercise is still named by its id, so its figure and its words follow the catalog.
    again = load_routine_file(written, english).routine
    assert again is not None
    assert again.name == copy.name and again.description == copy.description
    assert isinstance(again.steps[0], Block) and again.steps[0].name == "Aufwärmen"
    march = _steps(again.steps)["march-in-place"]
    assert march.ref == "march-in-place"
    assert march.cues[0].say == "Arme schwingen wie beim lockeren Joggen."
    assert SHIPPED.read_text(encoding="utf-8").count("Aufwärmen") == 0  # the shipped file as it was


def test_a_routine_of_ones_own_opens_as_written(
    qtbot: Any,
    boxes: Boxes,
    translators: None,  # noqa: F811
) -> None:
    """Only shipped routines are translated: a copy of one's own routine keeps its words."""
    language.install("de")
    english = load_catalog(paths.catalog_path())[0]
    mine = paths.user_routines_dir() / "mine.yaml"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    page = EditorPage(english, paths.user_routines_dir(), RecordingSpeaker())
    qtbot.addWidget(page)
    assert page.duplicate(mine)
    assert page.routine().name.startswith("Barre Class for Runners (")
    assert isinstance(page.routine().steps[0], Block)
    assert page.routine().steps[0].name == "Warm-up"
    page.undo_stack.setClean()


def settle() -> None:
    """Layouts of widgets just shown are finished in the next turns of the event loop."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("code", ["de", "fr", "nl"])
def test_nothing_is_cut_in_a_language_of_long_words(
    qtbot: Any,
    boxes: Boxes,
    translators: None,  # noqa: F811
    code: str,
) -> None:
    language.install(code)
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    window = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    window.show()
    qtbot.waitExposed(window)
    try:
        window.duplicate_routine(SHIPPED)
        editor = window.editor
        assert editor is not None
        editor.tree.setCurrentIndex(editor.tree_model.index_for_path((1, 1)))  # the fullest form
        for width, height in ((1024, 600), (1200, 800), (1400, 900), (1024, 600)):
            window.resize(width, height)
            settle()
            assert (window.width(), window.height()) == (width, height)
            assert layout_faults(editor) == [], (width, height)
            tabs = editor.side_tabs
            for tab in range(tabs.count() if tabs.isVisible() else 0):
                tabs.setCurrentIndex(tab)
                settle()
                assert layout_faults(editor) == [], (width, height, tabs.tabText(tab))
            tabs.setCurrentIndex(1)
        window.resize(1400, 900)
        settle()
        # Room again: the forms take their labels back beside the fields.
        assert not editor.splitter.compact
    finally:
        editor = window.editor
        if editor is not None:
            editor.undo_stack.setClean()
        window.close()
        store.close()
