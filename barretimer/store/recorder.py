"""Writes a session to the history as the engine plays it.

The session row is written when playback starts and updated at every interval boundary, so a
kill at any moment leaves it as ``interrupted`` with every interval finished before the kill.
If the database cannot be written (read-only or full disk), the workout goes on: the problem
is reported once through ``on_error`` and nothing already stored is touched.

A history locked by another program costs nothing: a write that would have to wait is kept,
in order, and a thread of the recorder's own writes it when the lock clears (the store also
waits for it when it closes), so the thread that keeps time never waits for the lock.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from barretimer.core.engine import Engine, Event, EventKind
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Role
from barretimer.store.sessions import NewStep, SessionStore

log = logging.getLogger(__name__)

#: Seconds between two tries of a write kept while the history is locked.
RETRY_S = 0.25
#: A lock held longer than this is worth a word to the user.
LOCK_NOTICE_S = 2.0


def _is_locked(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


class SessionRecorder:
    def __init__(
        self,
        store: SessionStore,
        engine: Engine,
        *,
        routine_path: str | Path = "",
        routine_hash: str = "",
        level: str = "",
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.engine = engine
        self.session_id: int | None = None
        self.status: str | None = None
        self._routine_path = str(routine_path)
        self._routine_hash = routine_hash
        self._level = level
        self._on_error = on_error
        self._failed = False
        self._told_locked = False
        self._position = 0
        # Writes kept while the history is locked, oldest first; `_state` guards it and the
        # retrying thread, `_writing` the connection.
        self._waiting: deque[Callable[[], None]] = deque()
        self._state = threading.Lock()
        self._writing = threading.Lock()
        self._retrier: threading.Thread | None = None
        self._wait_for_lock_ms = int(store.db.execute("PRAGMA busy_timeout").fetchone()[0])
        store.on_close(self.flush)
        engine.add_listener(self.on_event)

    # --- writing without waiting ----------------------------------------------------------------

    def _tell(self, message: str) -> None:
        if self._on_error:
            self._on_error(message)  # the host tells the user: saying it twice is noise
        else:
            log.warning(message)

    def _give_up(self, error: sqlite3.Error) -> None:
        self._failed = True
        self._tell(f"The session cannot be saved to the history ({error}). The workout goes on.")

    def _guard(self, action: Callable[[], None]) -> None:
        """Write now if the history is free; else keep the write for the retrying thread."""
        if self._failed:
            return
        with self._state:
            if self._waiting:  # earlier writes wait: this one goes behind them
                self._waiting.append(action)
                return
        if self._writing.acquire(blocking=False):
            try:
                if self._try_now(action):
                    return
            finally:
                self._writing.release()
        if self._failed:
            return
        with self._state:
            self._waiting.append(action)
            if self._retrier is None:
                self._retrier = threading.Thread(
                    target=self._retry, name="history-retry", daemon=True
                )
                self._retrier.start()

    def _try_now(self, action: Callable[[], None]) -> bool:
        """Run ``action`` without waiting for a lock; False when the history is locked."""
        db = self.store.db
        try:
            db.execute("PRAGMA busy_timeout = 0")
            try:
                action()
            finally:
                db.execute(f"PRAGMA busy_timeout = {self._wait_for_lock_ms}")
        except sqlite3.OperationalError as error:
            if _is_locked(error):
                return False
            self._give_up(error)
        except sqlite3.Error as error:
            self._give_up(error)
        return True

    def _retry(self) -> None:
        """The kept writes, in order, each tried until the lock clears. A lock held for a
        moment (another barretimer writing) goes unmentioned; a longer one is said once."""
        locked_since = time.monotonic()
        while True:
            with self._state:
                if not self._waiting or self._failed:
                    self._retrier = None
                    return
                action = self._waiting[0]
            with self._writing:
                written = self._try_now(action)
            if written:
                with self._state:
                    self._waiting.popleft()
                locked_since = time.monotonic()
                continue
            if not self._told_locked and time.monotonic() - locked_since >= LOCK_NOTICE_S:
                self._told_locked = True
                self._tell(
                    "The history is locked by another program; this session is kept and "
                    "saved when the lock clears. The workout goes on."
                )
            time.sleep(RETRY_S)

    def flush(self, timeout_s: float) -> bool:
        """Wait up to ``timeout_s`` for the kept writes; True when nothing is left unwritten."""
        deadline = time.monotonic() + timeout_s
        while True:
            with self._state:
                if not self._waiting or self._failed:
                    return not self._waiting
            if time.monotonic() >= deadline:
                self._tell(
                    "The history stayed locked; the last part of this session could not be saved."
                )
                return False
            time.sleep(RETRY_S / 5)

    # --- the engine's events --------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        if event.kind is EventKind.STARTED:
            timeline = self.engine.timeline

            def start() -> None:
                self.session_id = self.store.start_session(
                    routine=timeline.history_name or timeline.routine_name,
                    planned_s=timeline.total_s,
                    steps_total=len(timeline.work_intervals),
                    routine_path=self._routine_path,
                    routine_hash=self._routine_hash,
                    level=self._level,
                    scale=timeline.scale,
                )

            self._guard(start)
            return
        if self._failed:
            return
        # The writes below may run later, from the retrying thread, once the session's own row
        # is written: each reads the session's id when it runs.
        if event.kind is EventKind.INTERVAL_ENDED and event.interval is not None:
            interval = event.interval
            if interval.role is Role.WORK:
                step = NewStep(
                    position=self._position,
                    exercise=interval.history_name or interval.name,
                    kind=interval.kind.value,
                    side=interval.side.value if interval.side else "",
                    muscles=interval.muscles,
                    planned_s=interval.duration_s,
                    done_s=event.done_s,
                    skipped=event.skipped,
                    touchdowns=event.touchdowns,
                    open_ended=interval.open_ended,
                )
                self._position += 1
                self._guard(
                    lambda: self._with_session(self.store.record_step, step, event.planned_s)
                )
            else:
                self._guard(lambda: self._with_session(self.store.record_progress, event.planned_s))
        elif event.kind in (EventKind.FINISHED, EventKind.STOPPED):
            status = SessionStatus.after(event.kind).value
            self.status = status
            self._guard(
                lambda: self._with_session(self.store.finish_session, status, event.planned_s)
            )

    def _with_session(self, write: Callable[..., object], *args: object) -> None:
        if self.session_id is not None:
            write(self.session_id, *args)
