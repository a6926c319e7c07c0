"""One workout wiring for the window and the CLI: speech, then the history, then the display."""

from __future__ import annotations

import sqlite3

from barretimer import paths
from barretimer.core.engine import Engine, Event, EventKind
from barretimer.core.loader import load_routine_text
from barretimer.core.timeline import compile_timeline
from barretimer.store.sessions import SessionStore
from barretimer.workout import RecordAs, Workout
from tests.helpers.clock import FakeClock
from tests.helpers.stubs import RecordingSpeaker

TEXT = """\
name: Workout Test
defaults: {rest: 5, countdown: 0, lead_in: 2}
steps:
  - {exercise: Bridge, kind: hold, duration: 10}
  - {exercise: Plank, kind: hold, duration: 10}
"""


def engine(clock: FakeClock) -> Engine:
    result = load_routine_text(TEXT, "w.yaml")
    assert result.routine is not None and not result.problems
    return Engine(compile_timeline(result.routine), clock)


def stored_steps() -> list[str]:
    db = sqlite3.connect(paths.database_path())
    try:
        return [row[0] for row in db.execute("SELECT exercise FROM session_steps ORDER BY id")]
    finally:
        db.close()


def play_to_the_end(workout: Workout, clock: FakeClock) -> None:
    workout.engine.start()
    for _ in range(400):
        clock.advance(0.1)
        workout.engine.tick()


def test_speech_then_the_history_then_the_display(clock: FakeClock) -> None:
    store = SessionStore.open(paths.database_path())
    speaker = RecordingSpeaker()
    workout = Workout(
        engine(clock), speaker=speaker, store=store, record_as=RecordAs("w.yaml", "abc", "")
    )
    seen: list[tuple[int, list[str]]] = []

    def display(event: Event) -> None:  # listens last, as the window and the printer do
        if event.kind is EventKind.INTERVAL_ENDED and event.interval is not None:
            seen.append((len(speaker.calls), stored_steps()))

    workout.engine.add_listener(display)
    try:
        play_to_the_end(workout, clock)
    finally:
        store.close()
    # When the display hears that Bridge ended, Bridge is already in the history file.
    work_ends = [steps for _calls, steps in seen if steps]
    assert work_ends[0] == ["Bridge"]
    assert work_ends[-1] == ["Bridge", "Plank"]
    assert "Bridge" in " ".join(speaker.texts)
    assert workout.session_id is not None


def test_a_try_out_is_not_recorded_and_the_voice_settings_filter_what_is_said(
    clock: FakeClock,
) -> None:
    store = SessionStore.open(paths.database_path())
    speaker = RecordingSpeaker()
    try:
        workout = Workout(
            engine(clock),
            speaker=speaker,
            cue_filter=lambda e: None if e.kind is EventKind.STEP_START else e,
            store=store,
            record_as=None,
        )
        play_to_the_end(workout, clock)
    finally:
        store.close()
    assert workout.session_id is None and stored_steps() == []
    assert speaker.texts and not any(text.startswith("Bridge") for text in speaker.texts)
    assert "start" not in speaker.beeps  # the step's beep went with its filtered event
