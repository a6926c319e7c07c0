"""Personal bests of max holds, read from a real history file."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from barretimer import paths
from barretimer.store.bests import best_hold_s, new_bests, personal_bests
from barretimer.store.db import SCHEMA_VERSION
from barretimer.store.sessions import NewStep, SessionStore

START = datetime(2026, 3, 2, 18, 0).astimezone()


def play(store: SessionStore, days: int, holds: list[tuple[str, float, bool, bool]]) -> int:
    """A session with the given steps: (exercise, seconds, a max hold?, skipped?)."""
    session_id = store.start_session(
        routine="Core", planned_s=300, steps_total=len(holds), started=START + timedelta(days=days)
    )
    for position, (exercise, held, open_ended, skipped) in enumerate(holds):
        step = NewStep(position, exercise, "hold", "", (), 60, held, skipped, 0, open_ended)
        store.record_step(session_id, step, held)
    store.finish_session(session_id, "completed", 300)
    return session_id


def test_bests_are_the_longest_max_holds_not_skipped_nor_timed() -> None:
    store = SessionStore.open(paths.database_path())
    try:
        first = play(store, 0, [("Max plank", 45, True, False), ("Wall sit", 90, False, False)])
        second = play(store, 2, [("Max plank", 70, True, False), ("Max plank", 95, True, True)])
        third = play(store, 4, [("Max plank", 60, True, False), ("Side plank", 30, True, False)])
        bests = {b.exercise: (b.held_s, b.session_id, b.holds) for b in personal_bests(store.db)}
        assert bests == {"Max plank": (70.0, second, 3), "Side plank": (30.0, third, 1)}
        assert best_hold_s(store.db, "Max plank") == 70.0
        assert best_hold_s(store.db, "Max plank", excluding_session=second) == 60.0
        assert best_hold_s(store.db, "Wall sit") is None  # a timed hold is no record
        assert [(n.exercise, n.held_s, n.previous_s) for n in new_bests(store.db, second)] == [
            ("Max plank", 70.0, 45.0)
        ]
        assert [n.exercise for n in new_bests(store.db, third)] == ["Side plank"]
        assert new_bests(store.db, first)[0].previous_s is None
    finally:
        store.close()


def test_an_older_history_gains_the_column_and_keeps_its_rows() -> None:
    store = SessionStore.open(paths.database_path())
    play(store, 0, [("Max plank", 45, True, False)])
    store.close()
    db = sqlite3.connect(paths.database_path())
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = [row[1] for row in db.execute("PRAGMA table_info(session_steps)")]
    db.close()
    assert "open_ended" in columns
