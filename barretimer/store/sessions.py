"""The session history: what was played, when, how far, and how it felt."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from barretimer.core.status import SessionStatus
from barretimer.store.db import OpenReport, checkpoint, open_database

STATUSES = tuple(status.value for status in SessionStatus)


@dataclass(frozen=True)
class SessionRow:
    id: int
    uid: str
    routine: str
    routine_path: str
    routine_hash: str
    level: str
    started_at: str  # ISO 8601 with the UTC offset
    ended_at: str | None
    status: str
    planned_s: float
    done_s: float
    steps_total: int
    steps_done: int
    steps_skipped: int
    scale: float
    effort: int | None
    notes: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "routine": self.routine,
            "routine_path": self.routine_path,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "status": self.status,
            "planned_s": round(self.planned_s, 3),
            "done_s": round(self.done_s, 3),
            "steps_done": self.steps_done,
            "steps_skipped": self.steps_skipped,
            "steps_total": self.steps_total,
            "scale": self.scale,
            "effort": self.effort,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class StepRow:
    position: int
    exercise: str
    kind: str
    side: str
    muscles: str
    planned_s: float
    done_s: float
    skipped: bool
    touchdowns: int
    open_ended: bool = False  # a max hold: done_s is how long it was held


@dataclass(frozen=True)
class NewStep:
    """One played interval to record."""

    position: int
    exercise: str
    kind: str
    side: str
    muscles: Sequence[str]
    planned_s: float
    done_s: float
    skipped: bool = False
    touchdowns: int = 0
    open_ended: bool = False


#: The columns of ``sessions`` in the order of :class:`SessionRow`'s fields (for queries that
#: read whole sessions; see :func:`session_row`).
SESSION_COLUMNS = (
    "id, uid, routine, routine_path, routine_hash, level, started_at, ended_at, status, planned_s, "
    "done_s, steps_total, steps_done, steps_skipped, scale, effort, notes"
)


def session_row(row: sqlite3.Row) -> SessionRow:
    """A row read with :data:`SESSION_COLUMNS` as a :class:`SessionRow`."""
    return SessionRow(*row)


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


#: Commits between two checkpoints while a long session is being recorded (each adds a few
#: pages to the WAL; SQLite's own automatic checkpoint comes at 1,000 pages).
CHECKPOINT_EVERY_COMMITS = 250
#: A checkpoint waits until the history has had no commit for this long: it copies pages and
#: waits for the disk, and a commit running beside it on the two cores would wait too.
CHECKPOINT_IDLE_S = 1.0
#: How long closing waits for writes kept while another program locked the history.
CLOSE_FLUSH_S = 15.0


class SessionStore:
    """The history database. One instance per process; safe to share between threads."""

    def __init__(
        self, db: sqlite3.Connection, path: Path | None = None, report: OpenReport | None = None
    ) -> None:
        self.db = db
        self.path = path
        self.report = report or OpenReport()
        self._commits = 0
        # Opening counts as a commit: a store opened and closed at once (another barretimer
        # racing this one to create the file, the command line) makes no second connection.
        self._last_commit = time.monotonic()
        self._checkpointer: threading.Thread | None = None
        self._checkpoint_lock = threading.Lock()
        self._closing = threading.Event()
        self._flushers: list[Callable[[float], bool]] = []

    @classmethod
    def open(cls, path: Path) -> SessionStore:
        db, report = open_database(path)
        if report.read_only:
            return cls(db, None, report)  # nothing to checkpoint in a history only read
        store = cls(db, path, report)
        store.checkpoint_soon()  # what an earlier run left in the WAL, and the WAL made ready
        return store

    def on_close(self, flush: Callable[[float], bool]) -> None:
        """Have ``flush(timeout_s)`` called before the store closes (a recorder's writes kept
        while the history was locked)."""
        self._flushers.append(flush)

    def close(self) -> None:
        for flush in self._flushers:
            flush(CLOSE_FLUSH_S)
        self._flushers.clear()
        self._closing.set()  # a checkpoint still waiting is not needed: see below
        with self._checkpoint_lock:
            checkpointer = self._checkpointer
        if checkpointer is not None:
            checkpointer.join(timeout=10)
        self.db.close()  # the last connection to close checkpoints what is left

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        self._last_commit = time.monotonic()
        self._commits += 1
        if self._commits >= CHECKPOINT_EVERY_COMMITS:
            self.checkpoint_soon()

    def checkpoint_soon(self) -> None:
        """Checkpoint the WAL from a thread of its own once the history is idle (SQLite's
        automatic checkpoint is off: it would run inside a commit of the caller's thread and
        wait for an fsync)."""
        if self.path is None:
            return
        with self._checkpoint_lock:
            self._commits = 0
            if self._checkpointer is not None and self._checkpointer.is_alive():
                return  # one is waiting or running; the next commits will ask again
            self._checkpointer = threading.Thread(
                target=self._checkpoint_when_idle,
                args=(self.path,),
                name="history-checkpoint",
                daemon=True,
            )
            self._checkpointer.start()

    def _checkpoint_when_idle(self, path: Path) -> None:
        while True:
            quiet_for = time.monotonic() - self._last_commit
            if quiet_for >= CHECKPOINT_IDLE_S:
                break
            if self._closing.wait(CHECKPOINT_IDLE_S - quiet_for):
                return  # closing: the last connection to close checkpoints
        # Busy or gone: the pages stay in the WAL, safe, until the next checkpoint.
        with contextlib.suppress(sqlite3.Error):
            checkpoint(path)

    # --- recording a session as it is played ----------------------------------------------------

    def start_session(
        self,
        *,
        routine: str,
        planned_s: float,
        steps_total: int,
        routine_path: str = "",
        routine_hash: str = "",
        level: str = "",
        scale: float = 1.0,
        started: datetime | None = None,
    ) -> int:
        """Record a session as it starts. It stays ``interrupted`` until it ends, so a crash or
        kill leaves it in the history with what was done."""
        when = (started or datetime.now()).astimezone()
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (uid, routine, routine_path, routine_hash, level, started_at, "
                "started_epoch, status, planned_s, steps_total, scale) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'interrupted', ?, ?, ?)",
                (
                    uuid.uuid4().hex,
                    routine,
                    routine_path,
                    routine_hash,
                    level,
                    when.isoformat(timespec="seconds"),
                    when.timestamp(),
                    planned_s,
                    steps_total,
                    scale,
                ),
            )
            return int(cursor.lastrowid or 0)

    def record_step(self, session_id: int, step: NewStep, session_done_s: float) -> None:
        """Record a finished interval and the session's progress in one transaction. A step
        recorded again at the same position replaces the first one, counts included."""
        with self.transaction() as db:
            before = db.execute(
                "SELECT skipped FROM session_steps WHERE session_id = ? AND position = ?",
                (session_id, step.position),
            ).fetchone()
            db.execute(
                "INSERT OR REPLACE INTO session_steps (session_id, position, exercise, kind, side, muscles, "
                "planned_s, done_s, skipped, touchdowns, open_ended) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    step.position,
                    step.exercise,
                    step.kind,
                    step.side,
                    ", ".join(step.muscles),
                    step.planned_s,
                    step.done_s,
                    int(step.skipped),
                    step.touchdowns,
                    int(step.open_ended),
                ),
            )
            done, skipped = (0, 1) if step.skipped else (1, 0)
            if before is not None:  # the step it replaces no longer counts
                if before[0]:
                    skipped -= 1
                else:
                    done -= 1
            # Counted as they come rather than recounted: a recount reads every step of the
            # session again on each interval.
            db.execute(
                "UPDATE sessions SET done_s = ?, ended_at = ?, steps_done = steps_done + ?, "
                "steps_skipped = steps_skipped + ? WHERE id = ?",
                (session_done_s, now_iso(), done, skipped, session_id),
            )

    def record_progress(self, session_id: int, session_done_s: float) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE sessions SET done_s = ?, ended_at = ? WHERE id = ?",
                (session_done_s, now_iso(), session_id),
            )

    def finish_session(self, session_id: int, status: str, done_s: float) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self.transaction() as db:
            db.execute(
                "UPDATE sessions SET done_s = ?, ended_at = ?, status = ? WHERE id = ?",
                (done_s, now_iso(), status, session_id),
            )
        self.checkpoint_soon()

    # --- reviewing ------------------------------------------------------------------------------

    def sessions(self, limit: int | None = None, offset: int = 0) -> list[SessionRow]:
        sql = f"SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_epoch DESC, id DESC"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = (limit, offset)
        return [session_row(row) for row in self.db.execute(sql, params)]

    def session(self, session_id: int) -> SessionRow | None:
        row = self.db.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return session_row(row) if row else None

    def steps(self, session_id: int) -> list[StepRow]:
        rows = self.db.execute(
            "SELECT position, exercise, kind, side, muscles, planned_s, done_s, skipped, touchdowns, "
            "open_ended FROM session_steps WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
        return [
            StepRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], bool(r[9]))
            for r in rows
        ]

    def sessions_of_routine(
        self, routine: str, since_epoch: float | None = None
    ) -> list[SessionRow]:
        sql = f"SELECT {SESSION_COLUMNS} FROM sessions WHERE routine = ?"
        params: list[object] = [routine]
        if since_epoch is not None:
            sql += " AND started_epoch >= ?"
            params.append(since_epoch)
        sql += " ORDER BY started_epoch DESC, id DESC"
        return [session_row(row) for row in self.db.execute(sql, params)]

    def set_review(self, session_id: int, *, effort: int | None, notes: str) -> None:
        if effort is not None and not 1 <= effort <= 10:
            raise ValueError("effort must be 1 to 10")
        with self.transaction() as db:
            db.execute(
                "UPDATE sessions SET effort = ?, notes = ? WHERE id = ?",
                (effort, notes, session_id),
            )

    def delete_session(self, session_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
