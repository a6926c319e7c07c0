"""Issue 21: the History in German, Dutch and French, in the real window at 1024x600 and
1200x800: no column header, status, date or button cut short, nothing scrolling sideways
(measured from the widgets' geometry, :mod:`tests.helpers.layout`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import STATUSES, SessionStore
from barretimer.ui import language
from barretimer.ui.history.models import SessionsModel
from barretimer.ui.labels import status_label
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.helpers.clock import FakeClock
from tests.helpers.layout import layout_faults
from tests.helpers.stubs import RecordingSpeaker
from tests.store.helpers import S, add_session
from tests.ui.test_i18n import translators  # noqa: F401  (the fixture: translators removed after)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

#: A long routine name of the shipped ones, as a German session records it.
LONG_NAME = "Rückwärtslaufen, erste Schritte"


def fill_history(store: SessionStore) -> None:
    """A session in every status, with efforts, notes, a scale and an hour-long one."""
    for day, status in enumerate(STATUSES, start=1):
        add_session(store, datetime(2025, 6, day, 7, 30), "Deep Core", status, effort=10)
    add_session(store, datetime(2025, 6, 8, 18, 0), LONG_NAME, scale=1.1, notes="Gut gelaufen")
    hour = [S("Plank", planned_s=3600, done_s=3600)]
    add_session(store, datetime(2025, 6, 9, 18, 0), "Barre Class for Runners", steps=hour)


@pytest.fixture
def window(qtbot: Any, translators: None, request: pytest.FixtureRequest) -> Any:  # noqa: F811
    language.install(request.param)
    store = SessionStore.open(paths.database_path())
    fill_history(store)
    catalog, _ = load_catalog(paths.catalog_path())
    shown = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()
    store.close()


def settle() -> None:
    """Layouts of widgets just shown are finished in the next turns of the event loop."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("window", ["de", "nl", "fr"], indirect=True)
@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1200, 800)])
def test_the_history_fits_in_each_language(window: MainWindow, width: int, height: int) -> None:
    assert status_label("completed") != "Completed"  # the window is in the language
    window.show_place(MainWindow.HISTORY)
    window.resize(width, height)
    settle()
    assert (window.width(), window.height()) == (width, height)
    page = window.history
    assert page is not None
    assert layout_faults(page) == []

    # Every routine name whole at 1200x800; at 1024x600 a long one may be shortened, and its
    # tooltip holds it whole.
    table, model = page.table, page.model
    column = SessionsModel.ROUTINE
    for row in range(model.rowCount()):
        index = model.index(row, column)
        name = str(index.data())
        if width >= 1200:
            assert table.fontMetrics().horizontalAdvance(name) + 8 <= table.columnWidth(column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == name
