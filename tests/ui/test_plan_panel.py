"""The plan on the Library's first screen, in the real main window over a real history."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.progress import ActivePlan, load_active_plan, save_active_plan
from barretimer.store.sessions import SessionStore
from barretimer.ui.history.details import SessionDetailsDialog
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.helpers.clock import FakeClock
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

#: The progression rule's and the plan's "today" (a fake clock for the calendar only).
NOW = datetime(2026, 6, 17, 9, 0).astimezone()
STARTED_ON = NOW.date() - timedelta(days=16)


def record(store: SessionStore, routine: str, day: int, scale: float = 1.0) -> int:
    started = datetime.combine(STARTED_ON + timedelta(days=day), time(12)).astimezone()
    session_id = store.start_session(
        routine=routine, planned_s=600, steps_total=5, scale=scale, started=started
    )
    store.finish_session(session_id, "completed", 600)
    store.set_review(session_id, effort=6, notes="")
    return session_id


def window(qtbot, store: SessionStore) -> MainWindow:  # type: ignore[no-untyped-def]
    catalog, _ = load_catalog(paths.catalog_path())
    speech = QtSpeech(RecordingSpeaker())
    shown = MainWindow(store, catalog, speech, Settings(), FakeClock(), now=lambda: NOW)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def store():  # type: ignore[no-untyped-def]
    opened = SessionStore.open(paths.database_path())
    yield opened
    opened.close()


def test_the_library_says_what_is_next_and_one_click_opens_it(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    save_active_plan(paths.active_plan_path(), ActivePlan("strong-and-balanced-runner", STARTED_ON))
    for day, routine in (
        (1, "Glute Wake-Up for Runners"),
        (4, "Single-Leg Balance Ladder"),
        (8, "Single-Leg Balance Ladder"),
        (11, "Glute Wake-Up for Runners"),
        (15, "Level Pelvis"),
    ):
        record(store, routine, day)
    main = window(qtbot, store)
    panel = main.plan_panel
    assert panel.title_label.text() == "Your plan: Strong and Balanced Runner"
    assert panel.next_label.text() == (
        "Week 3 of 8: Level Pelvis, then Even Thighs. 1 of 2 done this week."
    )
    assert panel.start_button.text() == "Start Even Thighs"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    start = main.player.start_panel
    assert main.current_place() == MainWindow.PLAYER
    assert start.title_label.text() == "Even Thighs"
    assert start.primary_button.text() == "Play at 80%"  # first time with an intermediate one
    assert "At 80%:" in start.scale_chooser.effect_label.text()  # what the scale changes


def test_following_a_plan_and_its_own_scale(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    main = window(qtbot, store)
    panel = main.plan_panel
    assert panel.follow_button.isVisible() and not panel.start_button.isVisible()
    index = panel.plan_combo.findData("backwards-running-introduction")
    assert index >= 0 and panel.plan_combo.count() >= 3
    panel.plan_combo.setCurrentIndex(index)
    qtbot.mouseClick(panel.follow_button, Qt.MouseButton.LeftButton)
    assert load_active_plan(paths.active_plan_path()) == ActivePlan(
        "backwards-running-introduction", NOW.date()
    )
    assert panel.next_label.text().startswith("Week 1 of 6: Backwards Running, First Steps, then")
    assert panel.next_label.text().endswith("0 of 2 done this week.")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    start = main.player.start_panel
    # a beginner routine played as written by the rule; the plan starts it at 80%
    assert [c.label for c in start.choices()] == ["Play at 80%", "Play at 100%"]
    assert "plan" in start.suggestion_label.text()
    main.show_place(MainWindow.LIBRARY)
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert load_active_plan(paths.active_plan_path()) is None
    assert panel.follow_button.isVisible()


def test_the_history_says_what_the_scale_did(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    session_id = record(store, "Level Pelvis", 3, scale=1.2)
    dialog = SessionDetailsDialog(store, session_id)
    qtbot.addWidget(dialog)
    text = dialog.routine_label.text()
    assert text.startswith("Level Pelvis, at 120%:") and "move sets 20% longer" in text
