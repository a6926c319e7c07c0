"""The library as the window first shows it speaks the window's language: the shipped routines
read at start-up (before any reload) carry their translated names and descriptions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.translations import load_translation
from barretimer.store.sessions import SessionStore
from barretimer.ui import language
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.conftest import FakeClock
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def german():  # type: ignore[no-untyped-def]
    """German installed for one test, removed after it (the app outlives the test)."""
    app = QCoreApplication.instance()
    assert app is not None
    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    language.install("de")
    yield
    QLocale.setDefault(locale)
    for translator in set(app.findChildren(QTranslator)) - before:
        app.removeTranslator(translator)
        translator.deleteLater()
    app.setProperty("barretimer_language", None)
    language._translation.cache_clear()


def test_the_first_library_shows_shipped_routines_in_the_language(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    german_text = load_translation(paths.shipped_routines_dir(), "de").routines
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    window = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    qtbot.addWidget(window)
    try:
        model = window.library.model
        shown = {model.entry(row).path.stem: model.entry(row) for row in range(model.rowCount())}
        assert shown, "the library lists the shipped routines"
        for stem, text in german_text.items():
            routine = shown[stem].result.routine
            assert routine is not None
            assert (routine.name, routine.description) == (text.name, text.description), stem
    finally:
        window.close()
        store.close()
