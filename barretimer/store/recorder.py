"""Writes a session to the history as the engine plays it.

The session row is written when playback starts and updated at every interval boundary, so a
kill at any moment leaves it as ``interrupted`` with every interval finished before the kill.
If the database cannot be written (read-only or full disk), the workout goes on: the problem
is reported once through ``on_error`` and nothing already stored is touched.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from barretimer.core.engine import Engine, Event, EventKind
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Role
from barretimer.store.sessions import NewStep, SessionStore

log = logging.getLogger(__name__)


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
        self._position = 0
        engine.add_listener(self.on_event)

    def _guard(self, action: Callable[[], None]) -> None:
        if self._failed:
            return
        try:
            action()
        except sqlite3.Error as error:
            self._failed = True
            message = f"The session cannot be saved to the history ({error}). The workout goes on."
            if self._on_error:
                self._on_error(message)  # the host tells the user: saying it twice is noise
            else:
                log.warning(message)

    def on_event(self, event: Event) -> None:
        if event.kind is EventKind.STARTED:
            timeline = self.engine.timeline

            def start() -> None:
                self.session_id = self.store.start_session(
                    routine=timeline.routine_name,
                    planned_s=timeline.total_s,
                    steps_total=len(timeline.work_intervals),
                    routine_path=self._routine_path,
                    routine_hash=self._routine_hash,
                    level=self._level,
                    scale=timeline.scale,
                )

            self._guard(start)
        elif self.session_id is None:
            return
        elif event.kind is EventKind.INTERVAL_ENDED and event.interval is not None:
            interval = event.interval
            session_id = self.session_id
            if interval.role is Role.WORK:
                step = NewStep(
                    position=self._position,
                    exercise=interval.name,
                    kind=interval.kind.value,
                    side=interval.side.value if interval.side else "",
                    muscles=interval.muscles,
                    planned_s=interval.duration_s,
                    done_s=event.done_s,
                    skipped=event.skipped,
                    touchdowns=event.touchdowns,
                )
                self._position += 1
                self._guard(lambda: self.store.record_step(session_id, step, event.planned_s))
            else:
                self._guard(lambda: self.store.record_progress(session_id, event.planned_s))
        elif event.kind in (EventKind.FINISHED, EventKind.STOPPED):
            status = SessionStatus.after(event.kind).value
            self.status = status
            session_id = self.session_id
            self._guard(lambda: self.store.finish_session(session_id, status, event.planned_s))
