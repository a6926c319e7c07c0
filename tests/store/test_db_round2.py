"""The history's folder and file against the second attack (issue 24): a read-only folder can
be read (class 15), a folder named like the database and an empty file beside a WAL lose nothing
(class 17), only folders barretimer makes are made private (class 14), and a locked history
costs a workout nothing (class 5)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from barretimer import paths
from barretimer.core.engine import Engine, State
from barretimer.core.loader import load_routine_text
from barretimer.core.timeline import compile_timeline
from barretimer.store import recorder as recorder_module
from barretimer.store.db import DatabaseError
from barretimer.store.recorder import SessionRecorder
from barretimer.store.sessions import SessionStore
from tests.helpers.clock import FakeClock
from tests.reliability.helpers import cli_command, cli_env
from tests.store.helpers import add_session

ROUTINE = "name: Locked\nsteps:\n" + "".join(
    f"  - {{exercise: Step {i}, duration: 10}}\n" for i in range(6)
)

# Root reads and writes any file; dropping these capabilities makes permissions count again,
# as they do for a user (a real process, real permission checks: nothing is faked).
NO_OVERRIDE = [
    "setpriv",
    "--bounding-set",
    "-dac_override,-dac_read_search",
    "--inh-caps",
    "-dac_override,-dac_read_search",
    "--",
]


def as_a_user(*args: str) -> list[str]:
    if os.geteuid() != 0:
        return list(args)
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions would not count")
    return [*NO_OVERRIDE, *args]


def history_with_one_session(folder: Path) -> Path:
    database = folder / paths.DATABASE_NAME
    store = SessionStore.open(database)
    add_session(store, datetime(2024, 5, 6, 7, 30), "Read Only Routine")
    store.close()
    return database


# --- 15. a read-only data folder ---------------------------------------------------------------


@pytest.mark.parametrize("file_too", [False, True])
def test_history_reads_a_read_only_folder(tmp_path: Path, file_too: bool) -> None:
    folder = tmp_path / "ro"
    database = history_with_one_session(folder)
    if file_too:
        database.chmod(0o444)
    folder.chmod(0o555)
    try:
        for args in (
            ("history",),
            ("history", "--json"),
            ("history", "--csv", str(tmp_path / "out.csv")),
        ):
            result = subprocess.run(
                as_a_user(*cli_command(folder, *args)),
                capture_output=True,
                text=True,
                env=cli_env(),
                timeout=60,
            )
            assert result.returncode == 0, result.stderr
            assert "readonly" not in result.stderr
        assert "Read Only Routine" in (tmp_path / "out.csv").read_text()
    finally:
        folder.chmod(0o755)


def test_a_read_only_history_plays_without_saving_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    history_with_one_session(folder)
    folder.chmod(0o555)
    try:
        result = subprocess.run(
            as_a_user(
                *cli_command(
                    folder, "play", "deep-core", "--headless", "--speed", "1000", "--no-speech"
                )
            ),
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("cannot be saved") == 1


# --- 17. a folder named like the database, an empty file beside a WAL ---------------------------


def test_a_folder_named_like_the_database_is_left_alone(tmp_path: Path) -> None:
    database = tmp_path / "data" / paths.DATABASE_NAME
    database.mkdir(parents=True)
    (database / "keep.txt").write_text("mine")
    with pytest.raises(DatabaseError, match="is a folder, not the history database"):
        SessionStore.open(database)
    assert (database / "keep.txt").read_text() == "mine"
    assert sorted(p.name for p in database.parent.iterdir()) == [paths.DATABASE_NAME]


def test_an_empty_file_beside_a_wal_is_moved_aside_with_its_wal(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    database = history_with_one_session(folder)
    wal_bytes = b"WAL of a history" * 100
    database.write_bytes(b"")
    Path(f"{database}-wal").write_bytes(wal_bytes)
    store = SessionStore.open(database)
    try:
        moved = store.report.moved_aside
        assert moved is not None and moved.stat().st_size == 0
        assert Path(f"{moved}-wal").read_bytes() == wal_bytes
        assert store.sessions() == []
    finally:
        store.close()


# --- 14. only folders barretimer makes are made private --------------------------------------------


@pytest.mark.parametrize("mode", [0o1777, 0o755, 0o750, 0o500])
def test_an_existing_folder_keeps_its_permissions(tmp_path: Path, mode: int) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(mode)
    try:
        paths.ensure_private_dir(folder)
        assert stat.S_IMODE(folder.stat().st_mode) == mode
    finally:
        folder.chmod(0o755)


def test_folders_barretimer_makes_are_private_each_of_them(tmp_path: Path) -> None:
    base = tmp_path / "shared"
    base.mkdir(mode=0o755)
    made = paths.ensure_private_dir(base / "a" / "b" / "c")
    for folder in (base / "a", base / "a" / "b", made):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(base.stat().st_mode) == 0o755


def test_data_dir_warns_once_about_a_folder_others_can_read(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o1777)
    result = subprocess.run(
        cli_command(folder, "history"), capture_output=True, text=True, env=cli_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("other users can read the folder") == 1
    assert stat.S_IMODE(folder.stat().st_mode) == 0o1777


# --- 5. a locked history ------------------------------------------------------------------------


def play_with_lock(
    store: SessionStore, hold_s: float, messages: list[str]
) -> tuple[Engine, SessionRecorder, float]:
    """Play the routine while another connection holds the write lock for ``hold_s`` seconds;
    the longest a tick took."""
    result = load_routine_text(ROUTINE, "locked.yaml")
    assert result.routine is not None
    clock = FakeClock()
    engine = Engine(compile_timeline(result.routine), clock)
    recorder = SessionRecorder(store, engine, on_error=messages.append)
    other = sqlite3.connect(
        store.db.execute("PRAGMA database_list").fetchone()[2], isolation_level=None
    )
    other.execute("BEGIN IMMEDIATE")  # another program holds the history
    released = False
    started = time.monotonic()
    slowest = 0.0
    engine.start()
    while engine.state is State.RUNNING:
        clock.advance(1)
        before = time.perf_counter()
        engine.tick()
        slowest = max(slowest, time.perf_counter() - before)
        if not released and time.monotonic() - started > hold_s:
            other.execute("ROLLBACK")
            released = True
        time.sleep(0.02)
    if not released:
        other.execute("ROLLBACK")
    other.close()
    return engine, recorder, slowest


def test_a_session_played_while_the_history_is_locked_is_saved_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recorder_module, "LOCK_NOTICE_S", 0.3)
    store = SessionStore.open(tmp_path / "h.sqlite3")
    messages: list[str] = []
    engine, recorder, slowest = play_with_lock(store, 1.0, messages)
    assert engine.state is State.FINISHED
    assert slowest < 0.1, f"a tick waited {slowest:.2f} s for the lock"
    assert recorder.flush(10)
    [session] = store.sessions()
    assert (session.status, session.steps_done, session.steps_total) == ("completed", 6, 6)
    assert len(messages) == 1 and "locked" in messages[0]
    store.close()


def test_a_lock_that_lasts_past_the_end_is_written_when_the_store_closes(tmp_path: Path) -> None:
    database = tmp_path / "h.sqlite3"
    store = SessionStore.open(database)
    messages: list[str] = []
    result = load_routine_text(ROUTINE, "locked.yaml")
    assert result.routine is not None
    clock = FakeClock()
    engine = Engine(compile_timeline(result.routine), clock)
    SessionRecorder(store, engine, on_error=messages.append)
    other = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    engine.start()
    while engine.state is State.RUNNING:
        clock.advance(1)
        engine.tick()
    threading.Timer(0.5, lambda: (other.execute("ROLLBACK"), other.close())).start()
    store.close()  # waits for the kept writes
    reopened = SessionStore.open(database)
    [session] = reopened.sessions()
    assert (session.status, session.steps_done) == ("completed", 6)
    reopened.close()


def test_a_brief_lock_goes_unmentioned(tmp_path: Path) -> None:
    store = SessionStore.open(tmp_path / "h.sqlite3")
    messages: list[str] = []
    _, recorder, _ = play_with_lock(store, 0.05, messages)
    assert recorder.flush(10) and messages == []
    assert store.sessions()[0].status == "completed"
    store.close()
