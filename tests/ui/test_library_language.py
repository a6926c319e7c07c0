"""The library shows the shipped routines in the window's language from the first moment."""

from __future__ import annotations

import pytest

from barretimer import paths
from barretimer.core.library import load_catalog
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


def test_the_first_library_read_shows_shipped_routines_translated(qtbot, translators) -> None:  # type: ignore[no-untyped-def]
    language.install("fr")
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    window = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    qtbot.addWidget(window)
    try:
        window.show_place(MainWindow.LIBRARY)
        model = window.library.model
        names = {
            model.entry(row).path.stem: model.entry(row).result.routine.name
            for row in range(model.rowCount())
            if model.entry(row).shipped and model.entry(row).result.routine is not None
        }
        # French from routines/translations/fr.yaml, not the English of the routine file.
        assert names["even-thighs"] == "Cuisses équilibrées"
        assert names["post-run-stretch"] == "Étirements après la course"
    finally:
        window.close()
        store.close()
