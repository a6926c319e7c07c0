"""Numbers over the history for the trends view and the summary: plain Python, no Qt.

Weeks are local-time ISO weeks (Monday first). A week is "met" when its completed sessions
reach the weekly target; the current week counts toward the streak only once it is met,
otherwise the streak counts back from last week.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from barretimer.store.sessions import SessionRow, SessionStore, StepRow

#: The kinds the minutes chart splits by (rest is not training time).
TRAINING_KINDS: tuple[str, ...] = ("hold", "stretch", "balance", "move")
DEFAULT_WEEKS = 12
DEFAULT_WEEKLY_TARGET = 2


# --- one session ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionTotals:
    """What the summary after a workout shows."""

    session: SessionRow
    touchdowns_left: int
    touchdowns_right: int


def touchdowns_by_side(steps: Iterable[StepRow]) -> tuple[int, int]:
    """Touchdowns summed over the steps played on the left and on the right."""
    left = right = 0
    for step in steps:
        if step.side == "left":
            left += step.touchdowns
        elif step.side == "right":
            right += step.touchdowns
    return left, right


def session_totals(store: SessionStore, session_id: int) -> SessionTotals | None:
    session = store.session(session_id)
    if session is None:
        return None
    left, right = touchdowns_by_side(store.steps(session_id))
    return SessionTotals(session, left, right)


# --- weeks ------------------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def local_epoch(day: date) -> float:
    """The epoch of local midnight starting ``day`` (DST-aware through the system zone)."""
    return datetime.combine(day, time()).timestamp()


def recent_weeks(today: date, weeks: int) -> list[date]:
    """The Mondays of the last ``weeks`` weeks, oldest first, ending with ``today``'s week."""
    current = week_start(today)
    return [current - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def _today(now: datetime | None) -> date:
    return (now or datetime.now()).date()


@dataclass(frozen=True)
class WeekMinutes:
    week: date  # Monday
    minutes: dict[str, float] = field(default_factory=dict)  # kind -> minutes done

    @property
    def total(self) -> float:
        return sum(self.minutes.values())


@dataclass(frozen=True)
class WeekSessions:
    week: date
    completed: int
    met: bool


@dataclass(frozen=True)
class SidePoint:
    """Seconds of left-right balance drills done on each side in one week."""

    week: date
    left_s: float
    right_s: float


@dataclass(frozen=True)
class Trends:
    weeks: list[date]
    minutes: list[WeekMinutes]
    sessions: list[WeekSessions]
    target: int
    streak: int
    sides: list[SidePoint]


def _bounds(weeks: Sequence[date]) -> list[float]:
    """Epoch boundaries: the start of each week and the end of the last."""
    return [local_epoch(w) for w in weeks] + [local_epoch(weeks[-1] + timedelta(weeks=1))]


def minutes_per_week(db: sqlite3.Connection, weeks: Sequence[date]) -> list[WeekMinutes]:
    """Minutes done per kind in each week (every session, whatever its status)."""
    bounds = _bounds(weeks)
    totals = [dict.fromkeys(TRAINING_KINDS, 0.0) for _ in weeks]
    rows = db.execute(
        "SELECT s.started_epoch, st.kind, SUM(st.done_s) FROM sessions AS s "
        "JOIN session_steps AS st ON st.session_id = s.id "
        "WHERE s.started_epoch >= ? AND s.started_epoch < ? "
        "GROUP BY s.id, st.kind",
        (bounds[0], bounds[-1]),
    )
    for epoch, kind, seconds in rows:
        if kind in TRAINING_KINDS:
            index = bisect.bisect_right(bounds, epoch) - 1
            totals[index][kind] += seconds / 60.0
    return [WeekMinutes(week, minutes) for week, minutes in zip(weeks, totals, strict=True)]


def completed_per_week(
    db: sqlite3.Connection, weeks: Sequence[date], target: int
) -> list[WeekSessions]:
    bounds = _bounds(weeks)
    counts = [0] * len(weeks)
    rows = db.execute(
        "SELECT started_epoch FROM sessions WHERE status = 'completed' "
        "AND started_epoch >= ? AND started_epoch < ?",
        (bounds[0], bounds[-1]),
    )
    for (epoch,) in rows:
        counts[bisect.bisect_right(bounds, epoch) - 1] += 1
    return [WeekSessions(week, n, n >= target) for week, n in zip(weeks, counts, strict=True)]


def current_streak(db: sqlite3.Connection, target: int, now: datetime | None = None) -> int:
    """Weeks in a row, up to this one, whose completed sessions reached ``target``."""
    if target <= 0:
        target = 1  # a target of nothing would make every week of all time "met"
    this_week = week_start(_today(now))
    end = local_epoch(this_week + timedelta(weeks=1))
    epochs = db.execute(
        "SELECT started_epoch FROM sessions WHERE status = 'completed' AND started_epoch < ? "
        "ORDER BY started_epoch DESC",
        (end,),
    )
    # Walk back week by week through the completed sessions, newest first.
    week = this_week
    week_epoch = local_epoch(week)
    count = 0
    streak = 0
    current = True  # still in this week, which may be unfinished
    for (epoch,) in epochs:
        while epoch < week_epoch:
            if count >= target:
                streak += 1
            elif not current:
                return streak
            current = False
            count = 0
            week -= timedelta(weeks=1)
            week_epoch = local_epoch(week)
        count += 1
    if count >= target:
        streak += 1
    return streak


def side_seconds_per_week(db: sqlite3.Connection, weeks: Sequence[date]) -> list[SidePoint]:
    """Left and right seconds of balance drills, for the weeks that had any."""
    bounds = _bounds(weeks)
    left = [0.0] * len(weeks)
    right = [0.0] * len(weeks)
    seen = [False] * len(weeks)
    rows = db.execute(
        "SELECT s.started_epoch, st.side, SUM(st.done_s) FROM sessions AS s "
        "JOIN session_steps AS st ON st.session_id = s.id "
        "WHERE s.started_epoch >= ? AND s.started_epoch < ? "
        "AND st.kind = 'balance' AND st.side IN ('left', 'right') "
        "GROUP BY s.id, st.side",
        (bounds[0], bounds[-1]),
    )
    for epoch, side, seconds in rows:
        index = bisect.bisect_right(bounds, epoch) - 1
        seen[index] = True
        if side == "left":
            left[index] += seconds
        else:
            right[index] += seconds
    return [SidePoint(w, left[i], right[i]) for i, w in enumerate(weeks) if seen[i]]


def compute_trends(
    store: SessionStore,
    target: int = DEFAULT_WEEKLY_TARGET,
    *,
    weeks: int = DEFAULT_WEEKS,
    now: datetime | None = None,
) -> Trends:
    """Everything the trends view draws, for the ``weeks`` weeks ending with the current one."""
    mondays = recent_weeks(_today(now), weeks)
    return Trends(
        weeks=mondays,
        minutes=minutes_per_week(store.db, mondays),
        sessions=completed_per_week(store.db, mondays, target),
        target=target,
        streak=current_streak(store.db, target, now),
        sides=side_seconds_per_week(store.db, mondays),
    )
