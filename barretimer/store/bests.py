"""Personal bests: the longest each exercise was held as a ``max`` hold (counted up until
"done" or its cap). A hold that was skipped does not count; either side does."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Best:
    exercise: str
    held_s: float
    session_id: int
    started_at: str  # when the session that set it started (ISO 8601, local time)
    holds: int  # how many max holds of this exercise are in the history


@dataclass(frozen=True)
class NewBest:
    exercise: str
    held_s: float
    previous_s: float | None  # None: the first max hold of this exercise


_HOLDS = (
    "FROM session_steps AS st JOIN sessions AS s ON s.id = st.session_id "
    "WHERE st.open_ended = 1 AND st.skipped = 0"
)


def personal_bests(db: sqlite3.Connection) -> list[Best]:
    """The best of every exercise ever held as a max hold, by name; the first session to reach
    a best keeps it."""
    rows = db.execute(
        "SELECT st.exercise, st.done_s, st.session_id, s.started_at, "
        f"count(*) OVER (PARTITION BY st.exercise) {_HOLDS} "
        "ORDER BY st.exercise COLLATE NOCASE, st.done_s DESC, s.started_epoch, st.position"
    )
    bests: dict[str, Best] = {}
    for exercise, held, session_id, started_at, holds in rows:
        bests.setdefault(exercise, Best(exercise, float(held), session_id, started_at, holds))
    return list(bests.values())


def best_hold_s(
    db: sqlite3.Connection, exercise: str, *, excluding_session: int | None = None
) -> float | None:
    """The longest max hold of ``exercise``; None when it was never held so."""
    row = db.execute(
        f"SELECT max(st.done_s) {_HOLDS} AND st.exercise = ? AND st.session_id IS NOT ?",
        (exercise, excluding_session),
    ).fetchone()
    return float(row[0]) if row and row[0] is not None else None


def new_bests(db: sqlite3.Connection, session_id: int) -> list[NewBest]:
    """The exercises whose best ``session_id`` raised above every session before it, in the
    order they were played."""
    rows = db.execute(
        f"SELECT st.exercise, max(st.done_s), min(st.position) {_HOLDS} AND st.session_id = ? "
        "GROUP BY st.exercise ORDER BY min(st.position)",
        (session_id,),
    ).fetchall()
    found = []
    for exercise, held, _position in rows:
        before = db.execute(
            f"SELECT max(st.done_s) {_HOLDS} AND st.exercise = ? AND s.started_epoch < "
            "(SELECT started_epoch FROM sessions WHERE id = ?)",
            (exercise, session_id),
        ).fetchone()[0]
        previous = float(before) if before is not None else None
        if held > 0 and (previous is None or held > previous):
            found.append(NewBest(exercise, float(held), previous))
    return found
