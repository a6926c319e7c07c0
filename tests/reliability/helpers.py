"""Running barretimer as a user does (a real process) and reading what it left on disk."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.timeline import Timeline, compile_timeline
from tests.conftest import REPO, ROUTINES

DATA = REPO / "tests" / "data"
OK = DATA / "ok"
BAD = DATA / "bad"
SHIPPED = sorted(p for p in ROUTINES.glob("*.yaml") if p.name != "exercises.yaml")
DATABASE = paths.DATABASE_NAME

Event = dict[str, Any]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (paths.ENV_DATA_DIR, "BARRETIMER_DEBUG")}
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def cli_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "barretimer", "--data-dir", str(data_dir), *args]


def run_cli(
    data_dir: Path, *args: str, timeout: float = 120, **options: Any
) -> subprocess.CompletedProcess[str]:
    options.setdefault("cwd", REPO)
    return subprocess.run(
        cli_command(data_dir, *args),
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=timeout,
        **options,
    )


def timeline_of(routine: Path) -> Timeline:
    catalog, _ = load_catalog(paths.catalog_path())
    result = load_routine_file(routine, catalog)
    assert result.ok and result.routine is not None, result.problems
    return compile_timeline(result.routine)


class Player:
    """``barretimer play --headless --json`` in its own process group, its events read as they
    come (each is a JSON line, flushed by the player as it happens)."""

    def __init__(
        self,
        routine: Path,
        data_dir: Path,
        *,
        speed: float = 200,
        extra: Sequence[str] = (),
        **popen: Any,
    ) -> None:
        args = [
            "play",
            str(routine),
            "--headless",
            "--speed",
            f"{speed:g}",
            "--no-speech",
            "--json",
            *extra,
        ]
        self.proc = subprocess.Popen(
            cli_command(data_dir, *args),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
            cwd=popen.pop("cwd", REPO),
            start_new_session=True,
            **popen,
        )
        self.events: list[Event] = []
        self.stderr_lines: list[str] = []
        self._changed = threading.Condition()
        self._readers = [
            threading.Thread(target=self._read_events, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _read_events(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            event = json.loads(line)  # a torn line would fail here: every line is whole
            with self._changed:
                self.events.append(event)
                self._changed.notify_all()

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr_lines.append(line)

    def snapshot(self) -> list[Event]:
        with self._changed:
            return list(self.events)

    def wait_for(
        self, condition: Callable[[list[Event]], bool], timeout: float = 60
    ) -> list[Event]:
        """Wait until the events read so far satisfy ``condition``; returns them."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition(self.events):
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._readers[0].is_alive()):
                    raise AssertionError(
                        f"player never got there; last events {self.events[-3:]}, "
                        f"stderr {self.stderr}"
                    )
                self._changed.wait(min(left, 0.5))
            return list(self.events)

    def signal(self, signum: int, *, group: bool = False) -> None:
        if group:
            os.killpg(self.proc.pid, signum)
        else:
            os.kill(self.proc.pid, signum)

    def finish(self, timeout: float = 120) -> int:
        code = self.proc.wait(timeout)
        for reader in self._readers:
            reader.join(timeout)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        return code

    @property
    def stderr(self) -> str:
        return "".join(self.stderr_lines)


def kinds(events: Sequence[Event]) -> list[str]:
    return [e["event"] for e in events]


def count_ended_work(events: Sequence[Event], work: set[int]) -> int:
    return sum(1 for e in events if e["event"] == "interval_ended" and e["interval"] in work)


@dataclass(frozen=True)
class StoredStep:
    exercise: str
    side: str
    done_s: float
    skipped: bool


def ended_work_steps(events: Sequence[Event], timeline: Timeline) -> list[StoredStep]:
    """The work intervals the player showed as ended, as the history should have them."""
    steps = []
    for event in events:
        if event["event"] != "interval_ended":
            continue
        interval = timeline.intervals[event["interval"]]
        if interval.is_work:
            steps.append(
                StoredStep(interval.name, event.get("side", ""), event["done_s"], event["skipped"])
            )
    return steps


def integrity(database: Path) -> str:
    db = sqlite3.connect(database)
    try:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        db.close()


def sessions(database: Path) -> list[dict[str, Any]]:
    if not database.exists():
        return []
    db = sqlite3.connect(database)
    db.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in db.execute("SELECT * FROM sessions ORDER BY id")]
    finally:
        db.close()


def stored_steps(database: Path, session_id: int) -> list[StoredStep]:
    db = sqlite3.connect(database)
    try:
        rows = db.execute(
            "SELECT exercise, side, done_s, skipped FROM session_steps "
            "WHERE session_id = ? ORDER BY position",
            (session_id,),
        ).fetchall()
    finally:
        db.close()
    return [StoredStep(r[0], r[1], r[2], bool(r[3])) for r in rows]


def same_steps(stored: Sequence[StoredStep], shown: Sequence[StoredStep]) -> bool:
    """Stored rows against the JSON lines (which round done_s to 4 decimals)."""
    return len(stored) == len(shown) and all(
        (a.exercise, a.side, a.skipped) == (b.exercise, b.side, b.skipped)
        and abs(a.done_s - b.done_s) < 1e-3
        for a, b in zip(stored, shown, strict=True)
    )


def history_json(data_dir: Path) -> list[dict[str, Any]]:
    result = run_cli(data_dir, "history", "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return list(json.loads(result.stdout))


def rss_bytes(pid: int) -> int:
    """Resident memory of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for {pid}")


def open_history_at_once(database: str, barrier: Any, results: Any) -> None:
    """In a child process: wait for the others, then open (create, migrate) the history."""
    from barretimer.store.sessions import SessionStore

    barrier.wait()
    try:
        SessionStore.open(Path(database)).close()
        results.put("ok")
    except Exception as error:  # reported to the test, which fails on it
        results.put(f"{type(error).__name__}: {error}")
