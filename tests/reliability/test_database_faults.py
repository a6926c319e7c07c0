"""A damaged, newer, read-only or full history database: the user is told, nothing stored is
lost, and a workout still plays to the end."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from barretimer import cli
from barretimer.core.engine import Engine, State
from barretimer.store.db import SCHEMA_VERSION
from barretimer.store.recorder import SessionRecorder
from barretimer.store.sessions import SessionStore
from tests.conftest import REPO
from tests.helpers.clock import FakeClock
from tests.reliability.helpers import (
    DATABASE,
    OK,
    cli_command,
    cli_env,
    history_json,
    integrity,
    run_cli,
    sessions,
    stored_steps,
    timeline_of,
)

PAGE = 4096
MANY_STEPS = OK / "many-steps.yaml"


def record_sessions(database: Path, count: int) -> None:
    """A real history: ``count`` completed sessions of 300 steps each, played on a fake clock."""
    store = SessionStore.open(database)
    timeline = timeline_of(MANY_STEPS)
    for _ in range(count):
        clock = FakeClock()
        engine = Engine(timeline, clock)
        SessionRecorder(store, engine, routine_path=str(MANY_STEPS))
        engine.start()
        while engine.state is State.RUNNING:
            clock.advance(0.5)
            engine.tick()
    store.close()


@pytest.fixture(scope="module")
def real_database(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("real") / DATABASE
    record_sessions(path, 3)
    assert not Path(f"{path}-wal").exists()  # closed cleanly: everything is in the file
    return path.read_bytes()


def _random_bytes(real: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([1, 99, 100, 4096, 50_000]))


def _truncated(real: bytes, rng: random.Random) -> bytes:
    return real[: rng.choice([100, PAGE, 2 * PAGE, len(real) // 2, len(real) - PAGE])]


def _garbage_page(real: bytes, rng: random.Random) -> bytes:
    page = rng.randrange(1, len(real) // PAGE - 1)  # never the first page: that is the header
    damaged = bytearray(real)
    damaged[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    return bytes(damaged)


def _garbage_middle(real: bytes, rng: random.Random) -> bytes:
    middle = (len(real) // 2) // PAGE * PAGE
    damaged = bytearray(real)
    damaged[middle : middle + PAGE] = rng.randbytes(PAGE)
    return bytes(damaged)


DAMAGE = {
    "random-bytes": _random_bytes,
    "truncated": _truncated,
    "garbage-page": _garbage_page,
    "garbage-middle": _garbage_middle,
}


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_database_is_moved_aside_and_the_user_told_where(
    tmp_path: Path, real_database: bytes, damage: str, seed: int
) -> None:
    database = tmp_path / DATABASE
    damaged = DAMAGE[damage](real_database, random.Random(seed))
    database.write_bytes(damaged)

    result = run_cli(tmp_path, "history", "--json")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [notice] = [line for line in result.stderr.splitlines() if line.startswith("notice:")]
    [moved] = [
        p
        for p in tmp_path.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert str(moved) in notice
    assert moved.read_bytes() == damaged  # never deleted, never changed
    assert json.loads(result.stdout) == []  # a new, empty history
    assert integrity(database) == "ok"
    # and the new one works: the next workout is recorded
    played = run_cli(
        tmp_path, "play", str(MANY_STEPS), "--headless", "--speed", "1000", "--no-speech"
    )
    assert played.returncode == 0, played.stderr
    assert [s["status"] for s in history_json(tmp_path)] == ["completed"]


def test_two_damaged_databases_in_one_second_both_kept(tmp_path: Path) -> None:
    database = tmp_path / DATABASE
    for content in (b"first damaged file" * 300, b"second damaged file" * 300):
        database.write_bytes(content)
        assert run_cli(tmp_path, "history").returncode == 0
    kept = sorted(p.read_bytes()[:6] for p in tmp_path.iterdir() if ".damaged-" in p.name)
    assert kept == [b"first ", b"second"]


def newer_database(path: Path) -> bytes:
    """A history written by a future barretimer, in SQLite's default (rollback) journal mode."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, something_new TEXT)")
    db.execute("INSERT INTO sessions (something_new) VALUES ('kept as it is')")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.commit()
    db.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "command",
    [
        ("history",),
        ("history", "--json"),
        ("play", str(MANY_STEPS), "--headless", "--speed", "1000", "--no-speech"),
    ],
    ids=["history", "history-json", "play"],
)
def test_a_newer_database_is_not_touched_and_the_user_told(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    database = tmp_path / DATABASE
    before = newer_database(database)
    listing = sorted(p.name for p in tmp_path.iterdir())

    result = run_cli(tmp_path, *command)

    assert database.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal, no backup, no copy
    if command[0] == "play":
        # The workout still plays; the history is left alone and the user told why.
        assert result.returncode == 0, result.stderr
        assert "newer barretimer" in result.stderr and str(database) in result.stderr
    else:
        assert result.returncode != 0
        [line] = result.stderr.splitlines()
        assert "newer barretimer" in line and str(database) in line
    assert "Traceback" not in result.stderr


# --- read-only and full ----------------------------------------------------------------------

#: Root may write anything: as root, the player runs without the capabilities that let it
#: ignore file permissions, so that a read-only folder is read-only to it too.
DROP_OVERRIDES = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def run_restricted(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        prefix = DROP_OVERRIDES
    return subprocess.run(
        [*prefix, *cli_command(data_dir, *args)],
        capture_output=True,
        text=True,
        env=cli_env(),
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.parametrize("read_only", ["folder", "file"])
def test_a_read_only_history_still_plays_to_the_end_and_keeps_what_it_had(
    tmp_path: Path, read_only: str
) -> None:
    data_dir = tmp_path / "data"
    database = data_dir / DATABASE
    record_sessions(database, 1)
    before = database.read_bytes()
    database.chmod(0o400)
    if read_only == "folder":
        data_dir.chmod(0o500)  # read-only, and still the user's own (no warning about others)

    try:
        result = run_restricted(
            data_dir, "play", str(MANY_STEPS), "--headless", "--speed", "1000", "--no-speech"
        )
    finally:
        data_dir.chmod(0o700)
        database.chmod(0o600)

    assert result.returncode == 0, result.stderr
    assert "Well done" in result.stdout  # played to the end
    assert "Traceback" not in result.stderr
    [notice] = result.stderr.splitlines()  # one clear line, said once
    assert notice.startswith("notice:") and "history" in notice, notice
    assert database.read_bytes() == before  # nothing stored is lost, nothing half-written
    [session] = sessions(database)
    assert session["status"] == "completed" and len(stored_steps(database, session["id"])) == 300
    assert integrity(database) == "ok"


def test_a_full_database_still_plays_to_the_end_and_keeps_what_it_had(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / DATABASE
    record_sessions(database, 1)
    [earlier] = sessions(database)
    earlier_steps = stored_steps(database, earlier["id"])
    opened: list[SessionStore] = []
    real_open = SessionStore.open

    def open_full(path: Path) -> SessionStore:
        # "Full": the connection the recorder uses may not grow the file by a single page.
        store = real_open(path)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {int(pages)}")
        opened.append(store)
        return store

    monkeypatch.setattr(SessionStore, "open", staticmethod(open_full))
    code = cli.main(
        [
            "--data-dir",
            str(tmp_path),
            "play",
            str(MANY_STEPS),
            "--headless",
            "--speed",
            "1000",
            "--no-speech",
        ]
    )
    out = capsys.readouterr()

    assert opened, "the player did not open the history through SessionStore.open"
    assert code == 0
    assert "Well done" in out.out  # the workout played to its end
    [notice] = out.err.splitlines()  # one clear line, said once
    assert notice.startswith("notice:") and "full" in notice and "goes on" in notice, out.err
    assert integrity(database) == "ok"
    first, *later = sessions(database)
    assert first == earlier and stored_steps(database, first["id"]) == earlier_steps
    # what could be written of the new session is there, marked as not finished
    assert all(s["status"] == "interrupted" for s in later)


def test_the_data_folder_is_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    result = run_cli(
        data_dir, "play", str(MANY_STEPS), "--headless", "--speed", "1000", "--no-speech"
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert [s["status"] for s in sessions(data_dir / DATABASE)] == ["completed"]
