"""Playing a routine in the real main window, keyboard first, with the clock moved by hand.

What the player shows is read from its widgets; what was recorded is read from the SQLite
file with a connection of its own.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from barretimer import paths
from barretimer.core.clock import system_clock
from barretimer.core.engine import State
from barretimer.core.library import load_catalog
from barretimer.core.timeline import Side
from barretimer.speech.api import Priority
from barretimer.store.sessions import SessionStore
from barretimer.ui.main_window import MainWindow
from barretimer.ui.player.display import countdown_text
from barretimer.ui.player.host import AFTER_CHANGE_S, ARC_REFRESH_S, EngineHost
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.conftest import ROUTINES
from tests.helpers.clock import FakeClock
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a top-level dialog is shown; it is not ours.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Timeline: get ready 0-5, hold 5-25, rest 25-30, balance left 30-60, switch 60-65,
# balance right 65-95, rest 95-100, max plank 100-160 (cap), rest 160-165, stretch 165-185.
ROUTINE = """\
name: Test Balance Circuit
description: A short routine written for the tests.
level: beginner
tags: [test, balance]
defaults:
  rest: 5
  countdown: 3
  lead_in: 5
  switch: 5
steps:
  - exercise: Plie squat hold
    kind: hold
    duration: 20
    cue: Heels together, knees over toes.
    muscles: [glutes, quads]
  - exercise: Single-leg stand
    kind: balance
    duration: 30
    sides: left-right
    cue: Stand tall on one leg.
    muscles: [glute medius]
  - exercise: Max plank
    kind: hold
    duration: max
    cap: 60
    muscles: [core]
  - exercise: Figure four stretch
    kind: stretch
    duration: 20
    muscles: [glutes]
"""


def write_routine(text: str = ROUTINE, name: str = "test-circuit.yaml") -> Path:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


class App:
    """The real main window with a recording speaker and a fake clock."""

    def __init__(self, qtbot, clock: FakeClock, now: datetime | None = None) -> None:
        self.clock = clock
        self.store = SessionStore.open(paths.database_path())
        catalog, _ = load_catalog(paths.catalog_path())
        self.speaker = RecordingSpeaker()
        self.speech = QtSpeech(self.speaker)
        self.window = MainWindow(
            self.store, catalog, self.speech, Settings(), clock, now=(lambda: now) if now else None
        )
        # Closed by close() below, not by qtbot: closing while playing would ask first.
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)
        self.qtbot = qtbot
        self.player = self.window.player
        self.view = self.player.view

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.window, key)
        QApplication.processEvents()
        self.settle()

    def settle(self) -> None:
        """Wait for what follows an interval change a moment later (the notes beside the
        figure, and the figure with them): the screen as the user sees it."""
        self.qtbot.waitUntil(lambda: not self.view.notes.following(), timeout=2000)

    def advance(self, seconds: float) -> None:
        """Move the clock as the host's timer would see it: in steps of at most a second
        (a single jump longer than 5 s is a suspend, see :meth:`jump`)."""
        while seconds > 1e-9:
            step = min(1.0, seconds)
            self.clock.advance(step)
            self.player.tick()
            seconds -= step
        QApplication.processEvents()  # what the player does after the engine's call returns
        self.settle()

    def jump(self, seconds: float) -> None:
        """The clock jumps at once, as after the computer slept."""
        self.clock.advance(seconds)
        self.player.tick()
        QApplication.processEvents()
        self.settle()

    def shown(self) -> tuple[str, str, str]:
        """Exercise, side word (or ""), and the time in the ring."""
        side = ""
        if self.view.left_badge.is_active():
            side = self.view.left_badge.text()
        if self.view.right_badge.is_active():
            side = self.view.right_badge.text()
        return self.view.name_label.text(), side, self.view.ring.text()

    def start_from_library(self, name: str) -> None:
        self.window.show_place(MainWindow.LIBRARY)
        library = self.window.library
        library.search_edit.setFocus()
        self.qtbot.keyClicks(library.search_edit, name)
        assert library.visible_names() == [name]
        library.table.selectRow(0)
        self.qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
        assert self.window.current_place() == MainWindow.PLAYER
        panel = self.player.start_panel
        assert panel.title_label.text() == name
        self.qtbot.mouseClick(panel.primary_button, Qt.MouseButton.LeftButton)
        assert self.player.active
        self.settle()

    def close(self) -> None:
        if self.player.active:
            self.player.stop_now()
        self.window.close()
        self.store.close()


@pytest.fixture
def app(qtbot, clock):
    running = App(qtbot, clock)
    yield running
    running.close()


def db_rows(sql: str, *params: object) -> list[tuple]:
    db = sqlite3.connect(paths.database_path())
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def test_a_whole_workout_driven_from_the_keyboard(app: App) -> None:
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    assert app.shown() == ("Get ready", "", "5.0")
    assert app.view.next_label.text() == "Next up: Plie squat hold"

    app.advance(5)
    assert app.shown() == ("Plie squat hold", "", "0:20")
    assert app.view.cue_label.text() == "Heels together, knees over toes."
    app.advance(3)
    assert app.shown()[2] == "0:17"

    app.key(Qt.Key.Key_Space)  # pause: time stands still
    assert app.player.host.state is State.PAUSED
    assert "Paused" in app.view.status_label.text()
    app.advance(60)
    assert app.shown()[2] == "0:17"
    app.key(Qt.Key.Key_Space)
    assert app.player.host.state is State.RUNNING
    assert app.view.status_label.text() == ""

    app.key(Qt.Key.Key_Plus)  # ten seconds more
    assert app.shown()[2] == "0:27"

    app.key(Qt.Key.Key_Right)  # skip the hold, then the rest after it
    assert app.shown()[0] == "Rest"
    app.key(Qt.Key.Key_Right)
    assert app.shown() == ("Single-leg stand", "LEFT", "0:30")
    assert app.view.name_label.accessibleDescription() == "LEFT side"
    assert app.view.touchdown_label.isVisible()

    app.advance(10)
    assert app.shown()[2] == "0:20"
    app.key(Qt.Key.Key_Left)  # back: restart this interval
    assert app.shown() == ("Single-leg stand", "LEFT", "0:30")

    app.key(Qt.Key.Key_T)  # one touchdown on the left
    assert "left 1" in app.view.touchdown_label.text()
    app.advance(30)
    assert app.shown() == ("Switch sides", "", "5.0")
    app.key(Qt.Key.Key_T)  # not a balance drill: not counted
    app.advance(5)
    assert app.shown() == ("Single-leg stand", "RIGHT", "0:30")
    assert not app.view.left_badge.is_active()
    assert app.view.name_label.accessibleDescription() == "RIGHT side"
    app.key(Qt.Key.Key_T)
    app.key(Qt.Key.Key_T)
    assert "right 2" in app.view.touchdown_label.text()
    assert "left 1" in app.view.touchdown_label.text()

    app.advance(30)
    assert app.shown()[0] == "Rest"
    app.advance(5)
    assert app.shown() == ("Max plank", "", "0:00")  # a max hold counts up
    assert app.view.ring.detail() == "max 1:00"
    assert "Press Enter" in app.view.cue_label.text()
    app.advance(12)
    assert app.shown()[2] == "0:12"
    app.key(Qt.Key.Key_Return)  # done
    assert app.shown()[0] == "Rest"
    app.advance(5)
    assert app.shown() == ("Figure four stretch", "", "0:20")
    app.advance(9.5)
    assert app.shown()[2] == "0:11"
    app.advance(1.2)
    assert app.shown()[2] == "9.3"  # tenths in the last ten seconds
    app.advance(10)
    assert not app.player.active
    assert app.player.end_panel.title_label.text() == "Well done!"

    sessions = db_rows("SELECT id, routine, status, scale, steps_done, steps_skipped FROM sessions")
    assert len(sessions) == 1
    session_id, routine, status, scale, done, skipped = sessions[0]
    assert (routine, status, scale, done, skipped) == (
        "Test Balance Circuit",
        "completed",
        1.0,
        4,
        1,
    )
    steps = db_rows(
        "SELECT exercise, side, skipped, touchdowns, round(done_s, 1) FROM session_steps "
        "WHERE session_id = ? ORDER BY position",
        session_id,
    )
    assert steps == [
        ("Plie squat hold", "", 1, 0, 3.0),
        ("Single-leg stand", "left", 0, 1, 30.0),
        ("Single-leg stand", "right", 0, 2, 30.0),
        ("Max plank", "", 0, 0, 12.0),
        ("Figure four stretch", "", 0, 0, 20.0),
    ]
    # The summary of the history engineer opens for this session.
    summary = app.window._summary
    assert summary is not None and summary.session_id == session_id


def test_escape_asks_before_stopping_and_records_stopped(app: App, boxes) -> None:
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    app.advance(12)
    boxes.answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = boxes.titles
    app.key(Qt.Key.Key_Escape)
    assert asked == ["Stop the workout?"]
    assert app.player.active  # "No": it goes on
    app.advance(1)
    assert app.shown()[2] == "0:12"
    app.key(Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert not app.player.active
    assert app.player.end_panel.title_label.text() == "Stopped"
    assert db_rows("SELECT status, round(done_s) FROM sessions") == [("stopped", 13.0)]
    assert db_rows("SELECT exercise, skipped FROM session_steps") == [("Plie squat hold", 1)]


def test_a_jump_of_the_clock_pauses_after_a_break(app: App) -> None:
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    app.advance(10)
    assert app.shown() == ("Plie squat hold", "", "0:15")
    app.jump(300)  # the laptop slept for five minutes
    assert app.player.host.state is State.PAUSED
    assert app.view.status_label.text().startswith("Paused after a break")
    assert app.shown() == ("Plie squat hold", "", "0:15")
    app.advance(30)
    assert app.shown()[2] == "0:15"  # stays paused
    app.key(Qt.Key.Key_Space)
    app.advance(5)
    assert app.shown()[2] == "0:10"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, on-top windows
def test_mini_view_and_fullscreen_room_mode(app: App) -> None:
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    app.advance(5 + 20 + 5 + 4)  # left side of the balance drill, 4 s in
    app.window.toggle_mini_view()
    mini = app.window.mini_view
    assert mini is not None and mini.isVisible()
    assert mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    app.advance(1)
    assert mini.ring.text() == "0:25"
    assert mini.name_label.text() == "Single-leg stand"
    assert "LEFT" in mini.side_label.text()
    app.window.mini_action.trigger()
    assert not mini.isVisible()
    assert not app.window.mini_action.isChecked()

    app.window.activateWindow()
    app.qtbot.waitUntil(app.window.isActiveWindow)
    app.key(Qt.Key.Key_F11)
    assert app.window.isFullScreen()
    assert not app.window.places.isVisible()
    assert app.window.current_place() == MainWindow.PLAYER
    app.key(Qt.Key.Key_F11)
    assert not app.window.isFullScreen()
    assert app.window.places.isVisible()


def test_voice_and_beeps_mute_separately(app: App) -> None:
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    assert ("Get ready. First up: Plie squat hold.", Priority.NORMAL) in app.speaker.spoken
    app.advance(5)
    assert "start" in app.speaker.beeps
    assert app.speaker.texts[-1] == "Plie squat hold. Heels together, knees over toes."

    app.key(Qt.Key.Key_M)
    assert app.player.controls.mute_voice.text() == "Voice muted"
    said, beeped = len(app.speaker.texts), len(app.speaker.beeps)
    app.advance(17)  # 3, 2, 1: beeps, no voice
    assert len(app.speaker.texts) == said
    assert len(app.speaker.beeps) > beeped

    app.key(Qt.Key.Key_B)
    beeped = len(app.speaker.beeps)
    app.advance(10)  # the rest and the next step start
    assert len(app.speaker.beeps) == beeped
    assert len(app.speaker.texts) == said

    app.key(Qt.Key.Key_M)
    app.advance(30)  # the countdown and "switch sides" are heard again
    assert "Switch sides." in app.speaker.texts[said:]
    assert app.player.controls.mute_voice.text() == "Voice on"


def test_speech_unavailable_shows_one_notice_and_the_workout_goes_on(app: App) -> None:
    app.speech.report_unavailable("speech unavailable: espeak-ng not found")
    app.speech.report_unavailable("playback unavailable: aplay not found")
    app.qtbot.waitUntil(lambda: app.window.banner.isVisible())
    app.qtbot.wait(20)
    assert len(app.window.banner.notices()) == 1
    assert "Speech is not available" in app.window.banner.notices()[0]
    assert "espeak-ng" not in app.window.banner.notices()[0]  # the details are on demand
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    app.advance(6)
    assert app.shown() == ("Plie squat hold", "", "0:19")


def test_speech_callbacks_from_another_thread_arrive_on_the_gui_thread(app: App) -> None:
    import threading

    from PySide6.QtCore import QThread

    threads: list[bool] = []
    app.speech.unavailable.connect(
        lambda _reason: threads.append(QThread.currentThread() is app.window.thread())
    )
    worker = threading.Thread(target=app.speech.report_unavailable, args=("no audio device",))
    worker.start()
    worker.join()
    app.qtbot.waitUntil(lambda: threads == [True])
    app.qtbot.waitUntil(lambda: app.window.banner.isVisible())


def test_the_start_panel_offers_the_progression_suggestion(qtbot, clock) -> None:
    now = datetime(2026, 3, 20, 18, 0).astimezone()
    store = SessionStore.open(paths.database_path())
    for days_ago, effort in ((9, 6), (5, 6), (2, 5)):
        session_id = store.start_session(
            routine="Test Balance Circuit",
            planned_s=185,
            steps_total=5,
            scale=1.0,
            started=now - timedelta(days=days_ago),
        )
        store.finish_session(session_id, "completed", 185)
        store.set_review(session_id, effort=effort, notes="")
    store.close()
    write_routine(ROUTINE.replace("level: beginner", "level: intermediate"))
    app = App(qtbot, clock, now=now)
    try:
        app.window.library.reload()
        app.window.show_place(MainWindow.LIBRARY)
        app.window.library.select_path(paths.user_routines_dir() / "test-circuit.yaml")
        qtbot.mouseClick(app.window.library.start_button, Qt.MouseButton.LeftButton)
        panel = app.player.start_panel
        assert panel.primary_button.text() == "Play at 110%"
        assert panel.secondary_button.text() == "Play at 100%"
        assert "try 110%" in panel.suggestion_label.text()
        qtbot.mouseClick(panel.primary_button, Qt.MouseButton.LeftButton)
        app.advance(5)
        assert app.shown() == ("Plie squat hold", "", "0:22")  # 20 s at 110%
        app.player.stop_now()
        rows = db_rows("SELECT scale, status FROM sessions ORDER BY id DESC LIMIT 1")
        assert rows == [(1.1, "stopped")]
    finally:
        app.close()


def test_a_first_time_advanced_routine_offers_80_percent(app: App) -> None:
    write_routine(ROUTINE.replace("level: beginner", "level: advanced"))
    app.window.open_file(paths.user_routines_dir() / "test-circuit.yaml")
    panel = app.player.start_panel
    assert [c.label for c in panel.choices()] == ["Play at 80%", "Play at 100%"]
    assert panel.suggestion_label.text().startswith("First time with this advanced routine")


def test_routine_text_is_shown_literally(app: App) -> None:
    text = ROUTINE.replace("name: Test Balance Circuit", "name: <b>x</b> & <i>y</i>").replace(
        "cue: Heels together, knees over toes.", "cue: '<a href=\"z\">link</a>'"
    )
    write_routine(text)
    app.window.library.reload()
    app.start_from_library("<b>x</b> & <i>y</i>")
    app.advance(5)
    assert app.view.cue_label.text() == '<a href="z">link</a>'
    assert app.view.cue_label.textFormat() == Qt.TextFormat.PlainText
    assert app.view.name_label.textFormat() == Qt.TextFormat.PlainText
    assert app.player.start_panel.title_label.textFormat() == Qt.TextFormat.PlainText


def test_a_bad_routine_file_opens_with_its_problems(app: App, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: Broken\nsteps:\n  - exercise: Plank\n    duration: fast\n", encoding="utf-8"
    )
    assert app.window.open_file(bad) is False
    panel = app.player.start_panel
    assert app.window.current_place() == MainWindow.PLAYER
    assert panel.problems_list.isVisible()
    problems = [panel.problems_list.item(i).text() for i in range(panel.problems_list.count())]
    assert any("duration" in p for p in problems)
    assert not panel.primary_button.isVisible()
    assert not app.player.active


def test_trying_a_routine_from_the_editor_is_not_recorded(app: App) -> None:
    from barretimer.core.loader import load_routine_text

    routine = load_routine_text(ROUTINE).routine
    app.window.try_routine(routine, (1,))
    assert app.player.active
    assert "not saved" in app.view.status_label.text()
    app.advance(5)
    assert app.shown() == ("Single-leg stand", "LEFT", "0:30")
    app.player.stop_now()
    assert db_rows("SELECT COUNT(*) FROM sessions") == [(0,)]


def test_a_shipped_routine_plays_to_the_end(app: App) -> None:
    path = ROUTINES / "single-leg-balance.yaml"
    assert app.window.open_file(path)
    app.qtbot.mouseClick(app.player.start_panel.primary_button, Qt.MouseButton.LeftButton)
    seen_sides: set[Side] = set()
    while app.player.active:
        app.advance(1)
        state = app.player.display_state()
        if state is not None and state.side is not None:
            seen_sides.add(state.side)
            assert app.view.left_badge.is_active() is (state.side is Side.LEFT)
        if app.view.ring.detail().startswith("max"):
            app.advance(5)
            app.key(Qt.Key.Key_Return)
    assert seen_sides == {Side.LEFT, Side.RIGHT}
    assert db_rows("SELECT routine, status FROM sessions") == [
        ("Single-Leg Balance Ladder", "completed")
    ]


def test_the_host_arms_a_precise_timer_for_the_next_event(qtbot, clock) -> None:
    from barretimer.core.engine import Engine
    from barretimer.core.loader import load_routine_text
    from barretimer.core.timeline import compile_timeline

    timeline = compile_timeline(load_routine_text(ROUTINE).routine)
    host = EngineHost(Engine(timeline, clock))
    host.start()
    assert host.timer_active()
    assert host._timer.timerType() == Qt.TimerType.PreciseTimer
    # The 5 s lead-in shows tenths: "5.0" becomes "4.9" at once.
    assert host.next_wait_s() == pytest.approx(AFTER_CHANGE_S)
    clock.advance(0.05)
    assert host.next_wait_s() == pytest.approx(0.05 + AFTER_CHANGE_S)  # to "4.8"
    clock.advance(4.95)
    host.tick()
    clock.advance(3.5)  # 16.5 s left of the 20 s hold: "0:17" until 16.0
    assert host.next_wait_s() == pytest.approx(ARC_REFRESH_S)  # only the ring moves
    clock.advance(0.4)
    assert host.next_wait_s() == pytest.approx(0.1 + AFTER_CHANGE_S)  # "0:16" at 16.0
    clock.advance(15.07)  # 0.03 s before the "1" of the countdown
    assert host.next_wait_s() == 0.0  # "10 seconds", "3" and "2" are due: look now
    host.tick()
    assert host.next_wait_s() == pytest.approx(0.03)
    host.stop()
    assert not host.timer_active()
    assert host.next_wait_s() is None


def test_the_host_looks_only_when_the_screen_changes(qtbot, clock) -> None:
    """A look wakes the process: about 5 a second while whole seconds count down, 10 in the
    last 10 s (the tenths), and never a shown time that lags its change."""
    from barretimer.core.engine import Engine
    from barretimer.core.loader import load_routine_text
    from barretimer.core.timeline import compile_timeline
    from barretimer.ui.player.display import countdown_text

    timeline = compile_timeline(load_routine_text(ROUTINE).routine)
    host = EngineHost(Engine(timeline, clock))
    host.start()
    clock.advance(5.0)  # the hold begins: 20 s
    host.tick()
    looks, shown = 0, countdown_text(host.engine.remaining_s())
    texts = [shown]
    while host.engine.index == 1:
        wait = host.next_wait_s()
        assert wait is not None and wait > 0
        clock.advance(wait)
        host.tick()
        looks += 1
        if host.engine.index == 1:
            text = countdown_text(host.engine.remaining_s())
            if text != texts[-1]:
                texts.append(text)
    assert looks <= 5 * 10 + 10 * 10 + 5  # 10 s of seconds, then 10 s of tenths
    assert texts[:3] == ["0:20", "0:19", "0:18"] and "0.1" in texts  # none skipped
    host.stop()


def test_the_real_clock_keeps_counting() -> None:
    clock = system_clock()
    first = clock()
    assert clock() >= first


@pytest.mark.parametrize(
    ("remaining", "text"),
    [(45.0, "0:45"), (44.2, "0:45"), (10.0, "0:10"), (9.99, "9.9"), (0.04, "0.0"), (75.0, "1:15")],
)
def test_countdown_text(remaining: float, text: str) -> None:
    assert countdown_text(remaining) == text


def test_phrases_are_rendered_when_a_routine_is_opened(app: App) -> None:
    write_routine()
    app.window.open_file(paths.user_routines_dir() / "test-circuit.yaml")
    prepared = [args[0] for name, args in app.speaker.calls if name == "prepare"]
    assert prepared, "nothing prepared on opening"
    assert "Get ready. First up: Plie squat hold." in prepared[0]
    assert "Switch sides." in prepared[0]
    assert not app.player.active


def test_a_history_that_cannot_be_written_is_told_and_the_workout_goes_on(
    app: App, monkeypatch
) -> None:
    write_routine()
    app.window.library.reload()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app.store, "record_step", full_disk)
    monkeypatch.setattr(app.store, "record_progress", full_disk)
    app.start_from_library("Test Balance Circuit")
    app.advance(5 + 20 + 2)
    notices = app.window.banner.notices()
    assert len(notices) == 1 and "cannot be saved" in notices[0]
    assert app.window.banner.isVisible()
    app.advance(5)
    assert app.shown() == ("Single-leg stand", "LEFT", "0:28")
    assert app.player.active


def test_enter_on_the_start_panel_plays(app: App) -> None:
    write_routine()
    app.window.open_file(paths.user_routines_dir() / "test-circuit.yaml")
    panel = app.player.start_panel
    assert panel.primary_button.hasFocus()
    app.qtbot.keyClick(panel.primary_button, Qt.Key.Key_Return)
    assert app.player.active
    assert app.shown() == ("Get ready", "", "5.0")


def test_player_controls_are_named_and_reachable(app: App) -> None:
    for action, button in app.player.controls.buttons.items():
        assert button.accessibleName() == action.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert action.shortcuts(), action.text()
        assert "(" in button.toolTip()  # says its key


def test_escape_pauses_while_asking_and_resumes_on_no(app: App, boxes, monkeypatch) -> None:
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    app.advance(12)
    seen: list[State] = []
    answer = boxes.run

    def look_then_answer(box):
        assert app.player.host is not None
        seen.append(app.player.host.state)
        app.clock.advance(30)  # the user reads the question for half a minute
        return answer(box)

    from barretimer.ui import dialogs

    monkeypatch.setattr(dialogs, "run", look_then_answer)
    boxes.answers = [QMessageBox.StandardButton.No]
    app.key(Qt.Key.Key_Escape)
    assert seen == [State.PAUSED]
    assert app.player.host.state is State.RUNNING
    app.advance(1)
    assert app.shown()[2] == "0:12"  # the half minute spent reading was not counted


def test_any_scale_can_be_chosen_on_the_start_panel(qtbot, clock) -> None:
    now = datetime(2026, 3, 20, 18, 0).astimezone()
    store = SessionStore.open(paths.database_path())
    for days_ago, effort in ((9, 6), (5, 6), (2, 5)):
        session_id = store.start_session(
            routine="Test Balance Circuit",
            planned_s=185,
            steps_total=5,
            scale=1.0,
            started=now - timedelta(days=days_ago),
        )
        store.finish_session(session_id, "completed", 185)
        store.set_review(session_id, effort=effort, notes="")
    store.close()
    write_routine(ROUTINE.replace("level: beginner", "level: intermediate"))
    app = App(qtbot, clock, now=now)
    try:
        app.window.open_file(paths.user_routines_dir() / "test-circuit.yaml")
        panel = app.player.start_panel
        combo = panel.scale_chooser.combo
        items = [combo.itemText(i) for i in range(combo.count())]
        assert items[0] == "50%" and items[-1] == "150%" and len(items) == 21
        assert combo.currentText() == "110% (suggested)"  # the offer, marked and chosen
        assert panel.scale_chooser.effect_label.text().startswith("At 110%: holds")
        # The user picks 80% with the keyboard.
        combo.setFocus()
        for _ in range(6):
            qtbot.keyClick(combo, Qt.Key.Key_Up)
        assert combo.currentText() == "80%"
        assert "at 80%" in panel.facts_label.text()
        assert panel.scale_chooser.effect_label.text().startswith("At 80%: holds")
        assert "-" in panel.scale_chooser.effect_label.text()
        assert panel.primary_button.text() == "Play at 80%"
        assert panel.secondary_button.text() == "Play at 100%"
        qtbot.mouseClick(panel.primary_button, Qt.MouseButton.LeftButton)
        app.advance(5)
        assert app.shown() == ("Plie squat hold", "", "0:16")  # 20 s at 80%
        app.player.stop_now()
        assert db_rows("SELECT scale FROM sessions ORDER BY id DESC LIMIT 1") == [(0.8,)]
    finally:
        app.close()


def test_the_start_panel_and_the_end_say_the_same_count(app: App) -> None:
    write_routine()
    app.window.open_file(paths.user_routines_dir() / "test-circuit.yaml")
    panel = app.player.start_panel
    # 4 steps; the balance drill is played once per side: 5 intervals.
    assert "4 steps, played as 5 intervals" in panel.facts_label.text()
    qtbot = app.qtbot
    qtbot.mouseClick(panel.primary_button, Qt.MouseButton.LeftButton)
    app.advance(12)
    app.player.stop_now()
    assert "0 of 5 intervals done, 1 skipped" in app.player.end_panel.detail_label.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, on-top windows
def test_the_mini_view_shows_pause_and_the_end_and_closes_by_its_shortcut(app: App) -> None:
    write_routine()
    app.window.library.reload()
    app.start_from_library("Test Balance Circuit")
    app.advance(8)
    app.window.toggle_mini_view()
    mini = app.window.mini_view
    assert mini is not None and mini.isVisible()
    app.key(Qt.Key.Key_Space)
    assert mini.status_label.text() == "Paused"
    app.key(Qt.Key.Key_Space)
    assert mini.status_label.text() == ""
    app.player.stop_now()
    QApplication.processEvents()
    assert mini.name_label.text() == "Workout stopped"  # not the last interval, frozen
    assert mini.ring.text() != "0:17"
    # Ctrl+Shift+M in the mini view itself closes it.
    mini.activateWindow()
    app.qtbot.waitUntil(mini.isActiveWindow)
    app.qtbot.keyClick(
        mini, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not mini.isVisible()
    assert not app.window.mini_action.isChecked()


def test_no_sound_device_is_said_plainly_and_the_buttons_say_so(app: App, boxes) -> None:
    reason = "playback unavailable: aplay: main:831: audio open error: No such file or directory"
    app.speech.report_unavailable(reason)
    banner = app.window.banner
    app.qtbot.waitUntil(banner.isVisible)
    assert banner.notices() == ["No sound device was found, so cues are shown on screen only."]
    assert banner.details_button.isVisible()
    app.qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    assert boxes.texts == [reason]
    controls = app.player.controls
    assert controls.mute_voice.text() == "No voice"
    assert controls.mute_beeps.text() == "No sound"
    assert not controls.mute_voice.isEnabled() and not controls.mute_beeps.isEnabled()


def test_the_player_says_which_leg_and_counts_touchdowns_only_on_one_leg(app: App) -> None:
    write_routine(
        "name: Zq Leg Sides\ndefaults: {lead_in: 0, rest: 0, switch: 0, countdown: 0}\nsteps:\n"
        "  - exercise: single-leg-stand\n    duration: 10\n"
        "  - exercise: Tandem stand\n    kind: balance\n    duration: 10\n",
        "which-leg.yaml",
    )
    app.window.library.reload()
    app.start_from_library("Zq Leg Sides")
    app.advance(1)
    assert app.shown()[1] == "LEFT"
    assert app.view.cue_label.text().startswith("Stand on your left leg.")
    assert app.player.controls.touchdown.isEnabled()
    app.advance(10)
    assert app.shown()[1] == "RIGHT"
    assert app.view.cue_label.text().startswith("Stand on your right leg.")
    app.advance(10)
    assert app.shown()[0] == "Tandem stand"  # a balance on both feet: nothing to count
    assert not app.player.controls.touchdown.isEnabled()
    assert not app.view.touchdown_label.isVisible()
    app.key(Qt.Key.Key_T)
    assert app.player.host.engine.touchdowns[Side.LEFT] == 0


def test_a_max_hold_shows_the_best_and_a_new_one_is_marked(app: App) -> None:
    write_routine()
    app.window.library.reload()
    # First time: the max plank is held 40 s, then done.
    app.start_from_library("Test Balance Circuit")
    app.advance(100 + 1)
    assert app.shown()[0] == "Max plank"
    assert "best" not in app.view.cue_label.text()  # nothing to beat yet
    app.advance(39)
    app.key(Qt.Key.Key_Return)
    app.advance(30)
    assert app.player.end_panel.isVisible()
    assert "New personal best: Max plank, 0:40." in app.player.end_panel.detail_label.text()
    summary = app.window._summary
    assert summary is not None and summary.bests_label.text() == "Max plank: 0:40 (the first one)"
    summary.close()
    app.player.end_panel.library_button.click()
    app.window.library.search_edit.clear()
    # Second time: the best is shown while holding, and passing it is said.
    app.start_from_library("Test Balance Circuit")
    app.advance(100 + 10)
    assert "Your best: 0:40" in app.view.cue_label.text()
    app.advance(35)
    assert "New best! Your best was 0:40." in app.view.cue_label.text()
    app.player.done()
    app.advance(1)
    app.player.stop_now()
    assert "New personal best: Max plank, 0:45." in app.player.end_panel.detail_label.text()


def test_a_quick_timer_in_two_clicks_played_recorded_and_saved(app: App, boxes) -> None:
    app.window.show_place(MainWindow.LIBRARY)
    app.qtbot.mouseClick(app.window.library.quick_button, Qt.MouseButton.LeftButton)
    dialog = app.window.quick_timer
    assert dialog is not None and dialog.isVisible()
    # The user types three rounds of 10 s work and 5 s rest.
    for box, value in ((dialog.work_box, "10"), (dialog.rest_box, "5"), (dialog.rounds_box, "3")):
        box.selectAll()
        app.qtbot.keyClicks(box, value)
    assert dialog.summary_label.text() == "Quick timer: 3 × 0:10 work, 0:05 rest"
    app.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = list(paths.user_routines_dir().glob("*.yaml"))
    assert len(saved) == 1 and "Saved as" in boxes.texts[-1]
    assert "Quick timer: 3 × 0:10 work, 0:05 rest" in app.window.library.visible_names()
    app.qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert app.player.active and app.window.current_place() == MainWindow.PLAYER
    app.advance(5 + 10 + 5 + 10 + 5 + 10 + 1)  # get ready, then the three rounds
    assert not app.player.active
    assert db_rows("SELECT routine, status, steps_total FROM sessions") == [
        ("Quick timer: 3 × 0:10 work, 0:05 rest", "completed", 3)
    ]
