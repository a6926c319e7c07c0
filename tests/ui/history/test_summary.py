"""The summary after a workout: what it shows, and effort and notes saved to the database file."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from barretimer import paths
from barretimer.core.engine import Engine, State
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.timeline import Role, Side, compile_timeline
from barretimer.store.recorder import SessionRecorder
from barretimer.store.sessions import NewStep, SessionStore
from barretimer.ui.history import SummaryDialog
from tests.conftest import ROUTINES
from tests.helpers.clock import FakeClock

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a top-level dialog is shown; it is not ours.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def store():
    opened = SessionStore.open(paths.database_path())
    yield opened
    opened.close()


def read_review(session_id: int) -> tuple[int | None, str]:
    """Effort and notes as they are in the database file, through a connection of its own."""
    db = sqlite3.connect(paths.database_path())
    try:
        return db.execute(
            "SELECT effort, notes FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
    finally:
        db.close()


def play_headless(
    store: SessionStore, clock: FakeClock, routine_file: str, *, stop_after_s: float | None = None
):
    """Play a real routine with the real engine and recorder, the clock moved by hand.

    Touches down twice on every left interval of a balance drill and once on every right one,
    and skips the third work interval. Returns the recorder and what the test expects.
    """
    catalog, _ = load_catalog(paths.catalog_path())
    result = load_routine_file(ROUTINES / routine_file, catalog)
    assert result.ok, result.problems
    timeline = compile_timeline(result.routine)
    engine = Engine(timeline, clock)
    recorder = SessionRecorder(store, engine, routine_path=ROUTINES / routine_file)
    expected = {"left": 0, "right": 0, "skipped": 0, "done": 0}
    seen: set[int] = set()
    engine.start()
    elapsed = 0.0
    while engine.state is State.RUNNING:
        current = engine.current
        if current is not None and current.role is Role.WORK and current.index not in seen:
            seen.add(current.index)
            if len(seen) == 3:
                engine.skip()
                expected["skipped"] += 1
                continue
            if current.side is Side.LEFT and current.kind.value == "balance":
                engine.touchdown()
                engine.touchdown()
                expected["left"] += 2
            elif current.side is Side.RIGHT and current.kind.value == "balance":
                engine.touchdown()
                expected["right"] += 1
            expected["done"] += 1
        if stop_after_s is not None and elapsed >= stop_after_s:
            engine.stop()
            break
        step = engine.seconds_to_next() or 0.5
        clock.advance(step)
        elapsed += step
        engine.tick()
    return recorder, timeline, expected


def test_summary_after_a_headless_played_session(qtbot, store, clock):
    recorder, timeline, expected = play_headless(store, clock, "single-leg-balance.yaml")
    assert recorder.status == "completed"
    assert expected["left"] > 0 and expected["right"] > 0

    dialog = SummaryDialog(store, recorder.session_id)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.routine_label.text() == "Single-Leg Balance Ladder"
    assert dialog.routine_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.status_label.text() == "Completed"
    steps_total = len(timeline.work_intervals)
    assert (
        dialog.steps_label.text() == f"{steps_total - 1} of {steps_total} intervals done, 1 skipped"
    )
    assert dialog.touchdowns_label.text() == f"Left {expected['left']}, right {expected['right']}"
    planned = int(timeline.total_s)
    assert dialog.time_label.text().endswith(f"of {planned // 60}:{planned % 60:02d}")

    # The user rates the effort with the keyboard, writes a note and saves.
    dialog.effort_spin.setFocus()
    dialog.effort_spin.selectAll()
    qtbot.keyClicks(dialog.effort_spin, "7")
    qtbot.keyClicks(dialog.notes_edit, "Wobbly on the left with eyes closed.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == SummaryDialog.DialogCode.Accepted
    assert read_review(recorder.session_id) == (7, "Wobbly on the left with eyes closed.")


def test_summary_of_a_stopped_session_shows_what_was_done(qtbot, store, clock):
    recorder, timeline, _ = play_headless(store, clock, "before-your-run.yaml", stop_after_s=200)
    assert recorder.status == "stopped"
    dialog = SummaryDialog(store, recorder.session_id)
    qtbot.addWidget(dialog)
    assert dialog.status_label.text() == "Stopped"
    row = (
        sqlite3.connect(paths.database_path())
        .execute("SELECT steps_done, steps_skipped, steps_total FROM sessions")
        .fetchone()
    )
    assert row[0] < len(timeline.work_intervals)
    assert dialog.steps_label.text() == f"{row[0]} of {row[2]} intervals done, {row[1]} skipped"


def test_touchdowns_are_summed_per_side_from_the_step_rows(qtbot, store):
    session = store.start_session(
        routine="<b>Balance</b>", planned_s=200, steps_total=4, started=datetime(2024, 3, 4, 7)
    )
    steps = [("Stand", "left", 3), ("Stand", "right", 1), ("Reach", "left", 2), ("March", "", 5)]
    for position, (name, side, touchdowns) in enumerate(steps):
        store.record_step(
            session,
            NewStep(position, name, "balance", side, (), 30, 30, touchdowns=touchdowns),
            30.0 * (position + 1),
        )
    store.finish_session(session, "completed", 120)

    dialog = SummaryDialog(store, session)
    qtbot.addWidget(dialog)
    assert dialog.touchdowns_label.text() == "Left 5, right 1"
    # A routine name is shown as it is written, never as markup.
    assert dialog.routine_label.text() == "<b>Balance</b>"
    assert dialog.routine_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.time_label.text() == "2:00 of 3:20"


def test_skip_saves_nothing(qtbot, store):
    session = store.start_session(routine="Deep Core", planned_s=600, steps_total=10)
    store.finish_session(session, "completed", 600)
    dialog = SummaryDialog(store, session)
    qtbot.addWidget(dialog)
    dialog.effort_spin.setValue(9)
    qtbot.keyClicks(dialog.notes_edit, "not saved")
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SummaryDialog.DialogCode.Rejected
    assert read_review(session) == (None, "")


def test_not_rated_stores_no_effort_and_keeps_earlier_review_visible(qtbot, store):
    session = store.start_session(routine="Deep Core", planned_s=600, steps_total=10)
    store.set_review(session, effort=4, notes="earlier")
    dialog = SummaryDialog(store, session)
    qtbot.addWidget(dialog)
    assert dialog.effort_spin.value() == 4
    assert dialog.notes_edit.toPlainText() == "earlier"
    dialog.effort_spin.setValue(0)
    assert dialog.effort_spin.text() == "Not rated"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert read_review(session) == (None, "earlier")


def test_a_save_that_fails_shows_a_message_and_keeps_the_dialog_open(
    qtbot, store, monkeypatch, boxes
):
    session = store.start_session(routine="Deep Core", planned_s=600, steps_total=10)
    dialog = SummaryDialog(store, session)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = boxes.texts

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "set_review", broken)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "readonly" in shown[0]
    assert dialog.isVisible()


def test_a_missing_session_cannot_be_saved(qtbot, store):
    dialog = SummaryDialog(store, 12345)
    qtbot.addWidget(dialog)
    assert "no longer in the history" in dialog.routine_label.text()
    assert not dialog.save_button.isEnabled()


def test_every_control_has_an_accessible_name(qtbot, store):
    session = store.start_session(routine="Deep Core", planned_s=600, steps_total=10)
    dialog = SummaryDialog(store, session)
    qtbot.addWidget(dialog)
    for widget in (dialog.effort_spin, dialog.notes_edit, dialog.save_button, dialog.skip_button):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_effort_box_says_what_its_numbers_mean_and_ctrl_enter_saves(qtbot, store, clock):
    recorder, _, _ = play_headless(store, clock, "before-your-run.yaml", stop_after_s=200)
    dialog = SummaryDialog(store, recorder.session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.effort_hint.isVisible()
    assert "1" in dialog.effort_hint.text() and "10" in dialog.effort_hint.text()
    assert "easy" in dialog.effort_hint.text() and "hard" in dialog.effort_hint.text()
    dialog.effort_spin.setValue(4)
    dialog.notes_edit.setFocus()
    qtbot.keyClicks(dialog.notes_edit, "Calves tight.")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == SummaryDialog.DialogCode.Accepted
    assert read_review(recorder.session_id) == (4, "Calves tight.")
