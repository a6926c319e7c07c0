"""Step results and personal bests are keyed by the exercise's English name: a max hold done
with the window in German joins the same exercise done in English, and rows recorded under a
translated name before that get the English one back, once (a real SQLite file throughout)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from barretimer.core.engine import Engine, State
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_text
from barretimer.core.timeline import compile_timeline
from barretimer.core.translations import load_translation
from barretimer.store.bests import best_hold_s, personal_bests
from barretimer.store.exercise_names import english_names_once, is_done
from barretimer.store.recorder import SessionRecorder
from barretimer.store.sessions import SessionStore
from tests.conftest import ROUTINES
from tests.helpers.clock import FakeClock
from tests.store.helpers import S, add_session

ROUTINE = "name: Sit\nsteps:\n  - {exercise: wall-sit, duration: max, cap: 40}\n"


def _play(store: SessionStore, code: str) -> str:
    """Play ROUTINE with the catalog in ``code``; the exercise name the player showed."""
    english, _ = load_catalog(ROUTINES / "exercises.yaml")
    catalog = load_translation(ROUTINES, code).catalog(english)
    routine = load_routine_text(ROUTINE, catalog=catalog).routine
    assert routine is not None
    clock = FakeClock()
    engine = Engine(compile_timeline(routine), clock)
    SessionRecorder(store, engine, routine_path="", level="beginner")
    engine.start()
    while engine.state is State.RUNNING:
        clock.advance(5)
        engine.tick()
    assert engine.state is State.FINISHED
    return engine.timeline.work_intervals[0].name


def test_a_hold_shown_in_german_is_recorded_and_found_under_its_english_name(
    tmp_path: Path,
) -> None:
    store = SessionStore.open(tmp_path / "history.sqlite3")
    try:
        assert _play(store, "de") == "Wandsitzen"
        assert _play(store, "en") == "Wall sit"
        names = [step.exercise for s in store.sessions() for step in store.steps(s.id)]
        assert names == ["Wall sit", "Wall sit"]
        [best] = personal_bests(store.db)
        assert (best.exercise, best.holds, best.held_s) == ("Wall sit", 2, 40.0)
        assert best_hold_s(store.db, "Wandsitzen") is None
    finally:
        store.close()


def test_rows_recorded_under_a_translated_name_get_the_english_one_once(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = SessionStore.open(path)
    add_session(store, _monday(), steps=[S("Wandsitzen"), S("Mein Wandsitzen"), S("Plank")])
    add_session(store, _monday(), steps=[S("Chaise"), S("Brücke halten")])
    store.close()
    # The file as the schema before this change left it: no record of fixes made once.
    db = sqlite3.connect(path)
    db.execute("DROP TABLE done_once")
    db.execute("PRAGMA user_version = 3")
    db.commit()
    db.close()

    store = SessionStore.open(path)
    try:
        assert store.report.backup is not None and store.report.backup.exists()
        assert not is_done(store)
        catalog_path = ROUTINES / "exercises.yaml"
        assert english_names_once(store, ROUTINES, catalog_path) == 3
        names = [step.exercise for s in store.sessions() for step in store.steps(s.id)]
        # the user's own names stay as written
        assert sorted(names) == sorted(
            ["Wall sit", "Mein Wandsitzen", "Plank", "Wall sit", "Bridge hold"]
        )
        assert is_done(store)
        add_session(store, _monday(), steps=[S("Wandsitzen")])
        assert english_names_once(store, ROUTINES, catalog_path) == 0  # only once
    finally:
        store.close()


def _monday() -> datetime:
    return datetime(2026, 6, 1, 18, 0).astimezone()
