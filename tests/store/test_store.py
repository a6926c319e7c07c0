"""The history database: schema, migrations, damage, and sessions recorded as they play."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from barretimer.core.engine import Engine, State
from barretimer.core.loader import load_routine_text
from barretimer.core.timeline import compile_timeline
from barretimer.store import db as dbmod
from barretimer.store.recorder import SessionRecorder
from barretimer.store.sessions import SessionStore
from tests.helpers.clock import FakeClock

ROUTINE = """\
name: Store test
level: intermediate
defaults: {rest: 10, lead_in: 5}
steps:
  - {exercise: Bridge, kind: hold, duration: 30, muscles: [glutes]}
  - {exercise: Stand, kind: balance, duration: 20, sides: left-right}
"""


def test_a_new_database_has_the_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = SessionStore.open(tmp_path / "h.sqlite3")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == dbmod.SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_migrations_run_in_order_and_back_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.sqlite3"
    SessionStore.open(path).close()
    extra = "ALTER TABLE sessions ADD COLUMN mood TEXT NOT NULL DEFAULT ''"
    monkeypatch.setattr(dbmod, "MIGRATIONS", (*dbmod.MIGRATIONS, extra))
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", len(dbmod.MIGRATIONS))
    store = SessionStore.open(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(dbmod.MIGRATIONS)
    assert "mood" in [r[1] for r in store.db.execute("PRAGMA table_info(sessions)")]
    assert store.report.backup is not None and store.report.backup.exists()
    store.close()


def test_a_failing_migration_leaves_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.sqlite3"
    SessionStore.open(path).close()
    broken = "ALTER TABLE sessions ADD COLUMN a TEXT; ALTER TABLE nowhere ADD COLUMN b TEXT"
    monkeypatch.setattr(dbmod, "MIGRATIONS", (*dbmod.MIGRATIONS, broken))
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", len(dbmod.MIGRATIONS))
    with pytest.raises(sqlite3.OperationalError):
        SessionStore.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(dbmod.MIGRATIONS) - 1
    assert "a" not in [r[1] for r in db.execute("PRAGMA table_info(sessions)")]
    db.close()


def test_a_first_version_history_loses_its_second_index_and_keeps_its_lookups(
    tmp_path: Path,
) -> None:
    path = tmp_path / "h.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for statement in dbmod._statements(dbmod.MIGRATIONS[0]):
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO sessions (uid, routine, started_at, started_epoch, status, planned_s, "
        "steps_total) VALUES ('u1', 'R', '2026-11-02T07:00:00+01:00', 0, 'completed', 60, 1)"
    )
    old.close()
    store = SessionStore.open(path)
    try:
        db = store.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == dbmod.SCHEMA_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == dbmod.APPLICATION_ID
        indexes = {r[1] for r in db.execute("PRAGMA index_list(session_steps)")}
        assert "session_steps_by_session" not in indexes
        assert [s.routine for s in store.sessions()] == ["R"]  # nothing lost on the way
        # the steps of a session are still found through an index, not by reading them all
        plan = " ".join(
            str(r[3])
            for r in db.execute(
                "EXPLAIN QUERY PLAN SELECT * FROM session_steps WHERE session_id = ? "
                "ORDER BY position",
                (1,),
            )
        )
        assert "USING INDEX sqlite_autoindex_session_steps_1 (session_id=?)" in plan
    finally:
        store.close()


def test_a_database_from_a_newer_app_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    SessionStore.open(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    with pytest.raises(dbmod.NewerDatabaseError, match="newer barretimer"):
        SessionStore.open(path)
    assert path.read_bytes() == before


def test_a_damaged_file_is_moved_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database, just some bytes" * 100)
    store = SessionStore.open(path)
    moved = store.report.moved_aside
    assert moved is not None and moved.exists() and ".damaged-" in moved.name
    assert moved.read_bytes().startswith(b"this is not a database")
    assert store.count() == 0
    store.close()


def play(store: SessionStore, clock: FakeClock, seconds: float) -> tuple[Engine, SessionRecorder]:
    result = load_routine_text(ROUTINE, "store-test.yaml")
    assert result.routine is not None
    engine = Engine(compile_timeline(result.routine), clock)
    recorder = SessionRecorder(
        store,
        engine,
        routine_path="store-test.yaml",
        routine_hash=result.content_hash,
        level="intermediate",
    )
    engine.start()
    end = clock.now + seconds
    while clock.now < end and engine.state is State.RUNNING:
        clock.advance(0.25)
        engine.tick()
    return engine, recorder


def test_a_played_session_is_recorded_as_completed_with_its_steps(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "h.sqlite3"
    store = SessionStore.open(path)
    play(store, clock, 200)
    store.close()
    db = sqlite3.connect(path)  # read the file as written, through a new connection
    row = db.execute(
        "SELECT routine, status, planned_s, done_s, steps_total, steps_done, level FROM sessions"
    ).fetchone()
    assert row == ("Store test", "completed", 90.0, 90.0, 3, 3, "intermediate")
    steps = db.execute(
        "SELECT position, exercise, kind, side, planned_s, done_s, skipped FROM session_steps ORDER BY position"
    ).fetchall()
    assert steps == [
        (0, "Bridge", "hold", "", 30.0, 30.0, 0),
        (1, "Stand", "balance", "left", 20.0, 20.0, 0),
        (2, "Stand", "balance", "right", 20.0, 20.0, 0),
    ]


def test_a_kill_mid_workout_leaves_an_interrupted_session_with_what_was_done(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "h.sqlite3"
    store = SessionStore.open(path)
    play(store, clock, 50)  # Bridge done (5-35), Rest (35-45) done, 5 s into Stand left
    # A kill: nothing more is written; the connection is simply dropped.
    store.db.close()
    reopened = SessionStore.open(path)
    [session] = reopened.sessions()
    assert (session.status, session.steps_done, session.done_s) == ("interrupted", 1, 45.0)
    assert [s.exercise for s in reopened.steps(session.id)] == ["Bridge"]


def test_stop_records_stopped(tmp_path: Path, clock: FakeClock) -> None:
    store = SessionStore.open(tmp_path / "h.sqlite3")
    engine, recorder = play(store, clock, 20)
    engine.stop()
    [session] = store.sessions()
    assert session.status == "stopped" and recorder.status == "stopped"
    [step] = store.steps(session.id)
    assert (step.exercise, step.done_s, step.skipped) == ("Bridge", 15.0, True)


def test_a_write_failure_is_reported_once_and_the_workout_goes_on(
    tmp_path: Path, clock: FakeClock
) -> None:
    store = SessionStore.open(tmp_path / "h.sqlite3")
    messages: list[str] = []
    result = load_routine_text(ROUTINE, "x.yaml")
    assert result.routine is not None
    engine = Engine(compile_timeline(result.routine), clock)
    SessionRecorder(store, engine, on_error=messages.append)
    engine.start()
    store.db.execute("PRAGMA query_only = ON")  # every write now fails
    while engine.state is State.RUNNING:
        clock.advance(1)
        engine.tick()
    assert engine.state is State.FINISHED
    assert len(messages) == 1 and "cannot be saved" in messages[0]
    [session] = store.sessions()
    assert session.status == "interrupted"  # what was stored before stays


def test_a_step_recorded_again_replaces_the_first_counts_included(tmp_path: Path) -> None:
    from barretimer.store.sessions import NewStep

    store = SessionStore.open(tmp_path / "h.sqlite3")
    try:
        sid = store.start_session(routine="R", planned_s=90, steps_total=3)

        def step(position: int, skipped: bool) -> NewStep:
            return NewStep(position, "Plank", "hold", "", ("core",), 30.0, 30.0, skipped)

        store.record_step(sid, step(0, False), 30.0)
        store.record_step(sid, step(1, True), 60.0)
        store.record_step(sid, step(1, False), 60.0)  # skipped, then done after all
        store.record_step(sid, step(2, False), 90.0)
        store.record_step(sid, step(2, True), 90.0)  # done, then skipped
        store.record_progress(sid, 95.0)
        session = store.session(sid)
        assert session is not None
        assert (session.steps_done, session.steps_skipped, session.done_s) == (2, 1, 95.0)
        counted = store.db.execute(
            "SELECT SUM(NOT skipped), SUM(skipped) FROM session_steps WHERE session_id = ?", (sid,)
        ).fetchone()
        assert tuple(counted) == (2, 1)
    finally:
        store.close()


def test_review_and_delete(tmp_path: Path) -> None:
    store = SessionStore.open(tmp_path / "h.sqlite3")
    sid = store.start_session(routine="R", planned_s=60, steps_total=1)
    store.set_review(sid, effort=7, notes="felt good")
    session = store.session(sid)
    assert session is not None and (session.effort, session.notes) == (7, "felt good")
    with pytest.raises(ValueError):
        store.set_review(sid, effort=11, notes="")
    store.delete_session(sid)
    assert store.count() == 0


# --- checkpoints: never inside an interval's commit ---------------------------------------------


def _rows_in_the_database_file(path: Path, copy: Path) -> tuple[int, int]:
    """(sessions, steps) in the database file alone, without its WAL: what a checkpoint moved."""
    copy.write_bytes(path.read_bytes())
    db = sqlite3.connect(copy)
    try:
        sessions = db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        steps = db.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0]
    finally:
        db.close()
    return sessions, steps


def _wait_for_checkpoint(store: SessionStore) -> None:
    checkpointer = store._checkpointer
    assert checkpointer is not None, "no checkpoint was started"
    checkpointer.join(timeout=10)
    assert not checkpointer.is_alive()


def _open_with_idle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, idle_s: float
) -> tuple[SessionStore, Path]:
    """A history in ``tmp_path`` whose checkpoints wait ``idle_s`` of quiet."""
    from barretimer.store import sessions

    monkeypatch.setattr(sessions, "CHECKPOINT_IDLE_S", idle_s)
    path = tmp_path / "history.sqlite3"
    return SessionStore.open(path), path


def test_commits_leave_checkpoints_to_a_thread_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.store.helpers import S, add_session

    store, path = _open_with_idle(tmp_path, monkeypatch, 0.3)
    try:
        assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        _wait_for_checkpoint(store)  # the one at opening
        assert _rows_in_the_database_file(path, tmp_path / "a.sqlite3") == (0, 0)
        add_session(store, datetime(2026, 11, 2, 7, 0), steps=[S("Plank"), S("Bridge")])
        # finish_session asked for a checkpoint, which waits for the history to be idle
        assert _rows_in_the_database_file(path, tmp_path / "b.sqlite3") == (0, 0)
        _wait_for_checkpoint(store)
        assert _rows_in_the_database_file(path, tmp_path / "c.sqlite3") == (1, 2)
    finally:
        store.close()


def _wal_header(path: Path) -> bytes:
    return Path(str(path) + "-wal").read_bytes()[:32]


def test_the_first_commit_after_a_checkpoint_does_not_start_the_wal_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting the WAL over syncs its header (and a new WAL's folder) to disk: the checkpoint
    thread does it, not the first interval of the next workout."""
    from tests.store.helpers import add_session

    store, path = _open_with_idle(tmp_path, monkeypatch, 0.05)
    try:
        _wait_for_checkpoint(store)  # the one at opening, with nothing to copy
        for day in (2, 3):
            header = _wal_header(path)
            assert len(header) == 32  # the WAL is there, started, before anything is recorded
            session = store.start_session(routine="R", planned_s=60.0, steps_total=2)
            assert _wal_header(path) == header  # that commit did not start the WAL over
            store.finish_session(session, "completed", 60.0)
            _wait_for_checkpoint(store)
            assert _wal_header(path) != header  # the checkpoint thread started it over
            add_session(store, datetime(2026, 11, day, 7, 0))
            _wait_for_checkpoint(store)
    finally:
        store.close()


def test_closing_does_not_wait_for_an_idle_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from tests.store.helpers import add_session

    store, path = _open_with_idle(tmp_path, monkeypatch, 30.0)
    add_session(store, datetime(2026, 11, 2, 7, 0))
    began = time.monotonic()
    store.close()
    assert time.monotonic() - began < 5.0
    # closing the last connection checkpointed: everything is in the file itself
    assert _rows_in_the_database_file(path, tmp_path / "a.sqlite3") == (1, 2)


def test_a_long_session_is_checkpointed_while_it_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from barretimer.store.sessions import CHECKPOINT_EVERY_COMMITS, NewStep

    store, path = _open_with_idle(tmp_path, monkeypatch, 0.05)
    try:
        _wait_for_checkpoint(store)
        session = store.start_session(routine="Long", planned_s=9000.0, steps_total=300)
        for position in range(CHECKPOINT_EVERY_COMMITS):  # with start_session: one over
            store.record_step(
                session,
                NewStep(position, "Plank", "hold", "", ("core",), 30.0, 30.0),
                30.0 * (position + 1),
            )
        _wait_for_checkpoint(store)
        sessions, steps = _rows_in_the_database_file(path, tmp_path / "c.sqlite3")
        assert sessions == 1 and steps >= CHECKPOINT_EVERY_COMMITS - 1
    finally:
        store.close()
