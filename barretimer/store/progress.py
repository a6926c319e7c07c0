"""The history as the progression rule and the plans read it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from barretimer.core.model import Routine
from barretimer.core.progression import PastSession, Suggestion, suggest_scale
from barretimer.store.sessions import SessionRow, SessionStore


def past_sessions(rows: Sequence[SessionRow]) -> list[PastSession]:
    """Session rows as the progression rule takes them (a row with a bad date is left out)."""
    out = []
    for row in rows:
        try:
            started = datetime.fromisoformat(row.started_at)
        except (TypeError, ValueError):
            continue
        if started.tzinfo is None:
            started = started.astimezone()
        out.append(PastSession(started, row.status, row.scale, row.effort))
    return out


def suggestion_for(routine: Routine, rows: Sequence[SessionRow], now: datetime) -> Suggestion:
    return suggest_scale(
        past_sessions(rows), level=routine.level.value, max_scale=routine.max_scale, now=now
    )


def suggest_for_routine(store: SessionStore, routine: Routine, now: datetime) -> Suggestion:
    """The offer for ``routine`` from its sessions in ``store`` (matched by routine name)."""
    return suggestion_for(routine, store.sessions_of_routine(routine.name), now)
