"""Building histories through the real store API, for the history tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from barretimer.store.sessions import NewStep, SessionStore


@dataclass(frozen=True)
class S:
    """A step to record: exercise, kind, side, planned and done seconds, skipped, touchdowns."""

    exercise: str
    kind: str = "hold"
    side: str = ""
    planned_s: float = 30.0
    done_s: float = 30.0
    skipped: bool = False
    touchdowns: int = 0


def add_session(
    store: SessionStore,
    when: datetime,
    routine: str = "Deep Core",
    status: str = "completed",
    steps: list[S] | None = None,
    *,
    effort: int | None = None,
    notes: str = "",
    scale: float = 1.0,
) -> int:
    """Record a session as the recorder would: start, one step at a time, finish, review."""
    steps = (
        steps if steps is not None else [S("Plank"), S("Bridge", "hold", planned_s=45, done_s=45)]
    )
    planned = sum(s.planned_s for s in steps) + 10.0 * max(0, len(steps) - 1)
    session = store.start_session(
        routine=routine,
        planned_s=planned,
        steps_total=len(steps),
        level="beginner",
        scale=scale,
        started=when,
    )
    elapsed = 0.0
    for position, step in enumerate(steps):
        if position:
            elapsed += 10.0  # the rest before this step
        elapsed += step.done_s
        store.record_step(
            session,
            NewStep(
                position,
                step.exercise,
                step.kind,
                step.side,
                ("glutes", "core"),
                step.planned_s,
                step.done_s,
                step.skipped,
                step.touchdowns,
            ),
            elapsed,
        )
    if status != "interrupted":
        store.finish_session(session, status, elapsed)
    if effort is not None or notes:
        store.set_review(session, effort=effort, notes=notes)
    return session
