"""A shipped routine shown in another language is recorded under its own name, so its history,
its progression offer and plans do not split by language."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from barretimer.core.engine import Engine, State
from barretimer.core.library import load_library
from barretimer.core.loader import load_catalog_file
from barretimer.core.timeline import compile_timeline
from barretimer.core.translations import RoutineText, Translation
from barretimer.store.progress import suggest_for_routine
from barretimer.store.recorder import SessionRecorder
from barretimer.store.sessions import SessionStore
from tests.conftest import ROUTINES
from tests.helpers.clock import FakeClock

GERMAN_NAME = "Rumpf in der Tiefe"


def test_a_translated_routine_is_recorded_and_offered_under_its_own_name(tmp_path: Path) -> None:
    catalog = load_catalog_file(ROUTINES / "exercises.yaml")[0]
    [entry] = [e for e in load_library(ROUTINES, None, catalog) if e.path.stem == "deep-core"]
    english = entry.result.routine
    assert english is not None and english.level.value == "beginner"
    german = Translation("de", routines={"deep-core": RoutineText(name=GERMAN_NAME)})
    shown = german.routine("deep-core", english)
    assert shown.name == GERMAN_NAME
    assert shown.history_name == english.name == "Deep Core for Runners"

    store = SessionStore.open(tmp_path / "history.sqlite3")
    clock = FakeClock()
    for _ in range(2):  # two easy sessions: the rule then offers a step up
        engine = Engine(compile_timeline(shown), clock)
        SessionRecorder(store, engine, routine_path=str(entry.path), level="beginner")
        engine.start()
        while engine.state is State.RUNNING:
            clock.advance(5)
            engine.tick()
        assert engine.state is State.FINISHED
    sessions = store.sessions()
    assert [s.routine for s in sessions] == [english.name, english.name]
    for session in sessions:
        store.set_review(session.id, effort=5, notes="")
    later = datetime.now().astimezone() + timedelta(days=3)
    # The offer reads the same history whichever language the routine is shown in.
    offer_in_german = suggest_for_routine(store, shown, later)
    offer_in_english = suggest_for_routine(store, english, later)
    assert offer_in_german == offer_in_english
    assert offer_in_german.scale is not None and offer_in_german.scale > 1.0
    store.close()
