"""Progression: when to offer more work, and how much (the 10% rule).

A routine can be played at a scale: 1.1 makes holds, balance, stretches and move sets 10% longer
(see ``timeline.scaled_duration``). The offer for the next session comes from that routine's
history alone. Words used below:

- *completed*: a session that reached its end; *stopped* and *interrupted* ones did not.
- *easy*: completed and rated effort 7 or less; *hard*: completed and rated 8 or more.
- *the week-ago reference*: the highest scale completed between 13 and 6 days ago (a week ago,
  with a day either way so a weekly session a little early or late still counts); when nothing
  was completed then, the lowest scale completed in the last 6 days (where this week began).
- *the ceiling*: the routine's ``max_scale``, or 150% when it sets none.

The rule, first match wins:

1. Never completed: a beginner routine is played as written (no offer); an intermediate or
   advanced one starts at 80%, also after attempts that were stopped or interrupted.
2. Last completed session more than 3 weeks ago (a break): step back 10% of its scale for each
   full 3 weeks away, rounded to the nearest 5%, at least 5 points lower, never below 80%. After
   12 weeks or more start again at 80% (never above what a first-timer gets).
3. The last session was stopped or interrupted: stay at the last completed scale, or at the
   stopped one when that was lower.
4. The last completed session was hard: stay at its scale.
5. It was not rated: stay (rate your sessions to progress).
6. Nothing completed in the last 13 days (a missed week): stay.
7. Fewer than two completed sessions in the last 21 days, or the one before the last was not
   easy: stay, and say what is missing.
8. Otherwise step up: 10% above the last completed scale, never more than 10% above the
   week-ago reference, never above the ceiling, below the scale of any session that was hard or
   stopped in the last 7 days, rounded down to a multiple of 5%. When that is no higher than the
   last scale, stay (say why).

Every offer is also capped by the ceiling and by 110% of the week-ago reference, so no offer is
ever more than 10% above where you were a week ago, nor 10% above the last completed session.
A "stay" at 100% is no offer at all (``scale`` None): the routine is played as written.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from barretimer.core.durations import format_clock
from barretimer.core.model import Kind, Routine
from barretimer.core.offer_reason import Reason, ReasonKind, english_reason, pct
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import MOVE_SET_MAX_S, compile_timeline

FIRST_TIME_SCALE = 0.8
STEP = 0.10
EASY_EFFORT = 7
DEFAULT_CEILING = 1.5
#: Longer than this since the last completed session is a break: step back.
BREAK = timedelta(days=21)
#: From this long away, start again as a first-timer.
LONG_BREAK = timedelta(weeks=12)
#: A step up needs two sessions completed within this window (fits once-a-week training).
CONFIRM_WINDOW = timedelta(days=21)
#: "A week ago" is a session between these two ages: once-a-week training fits either way.
REFERENCE_FROM = timedelta(days=6)
REFERENCE_TO = timedelta(days=13)
#: Nothing completed within this long: the week was missed, no step up.
MISSED_WEEK = REFERENCE_TO
WEEK = timedelta(days=7)
_EPS = 1e-9


@dataclass(frozen=True)
class PastSession:
    started: datetime
    status: str  # completed | stopped | interrupted
    scale: float
    effort: int | None

    @property
    def completed(self) -> bool:
        return self.status == SessionStatus.COMPLETED

    @property
    def easy(self) -> bool:
        return self.completed and self.effort is not None and self.effort <= EASY_EFFORT

    @property
    def setback(self) -> bool:
        """Stopped, interrupted or hard: the scale was too much, or the session did not end."""
        return not self.completed or (self.effort is not None and self.effort > EASY_EFFORT)


@dataclass(frozen=True)
class Suggestion:
    """The offer: ``scale`` None means no offer (play as written); ``why`` is always said."""

    scale: float | None
    why: Reason  # the window says it in the user's language
    changed: bool  # True when the offer differs from the scale last played

    @property
    def reason(self) -> str:
        """Why, in English (the command line's words)."""
        return english_reason(self.why)


def floor_to_step(scale: float) -> float:
    """Round down to a multiple of 5% (1.21 -> 1.2), so offers are easy to read."""
    return math.floor(scale * 20 + _EPS) / 20


def round_to_step(scale: float) -> float:
    return round(scale * 20) / 20


def week_ago_reference(completed: Sequence[PastSession], now: datetime) -> float | None:
    """Where you were a week ago (see the module docstring); None with nothing in 13 days."""
    before = [s.scale for s in completed if REFERENCE_FROM < now - s.started <= REFERENCE_TO]
    if before:
        return max(before)
    this_week = [s.scale for s in completed if now - s.started <= REFERENCE_FROM]
    return min(this_week) if this_week else None


def ceiling_of(max_scale: float | None) -> float:
    return max_scale if max_scale is not None else DEFAULT_CEILING


def suggest_scale(
    history: Sequence[PastSession],
    *,
    level: str,
    max_scale: float | None,
    now: datetime,
) -> Suggestion:
    """The offer before playing a routine, given its past sessions (any order)."""
    offer = _offer(history, level, ceiling_of(max_scale), now)
    last_played = sorted(history, key=lambda s: s.started)[-1].scale if history else 1.0
    scale, reason = offer.scale, offer
    changed = abs(scale - last_played) > _EPS
    if abs(scale - 1.0) < _EPS and not changed:
        return Suggestion(None, reason, False)
    return Suggestion(scale, reason, changed)


def _offer(history: Sequence[PastSession], level: str, ceiling: float, now: datetime) -> Reason:
    ordered = sorted(history, key=lambda s: s.started)
    completed = [s for s in ordered if s.completed]
    if not completed:
        return _first_offer(bool(ordered), level, ceiling)
    last = completed[-1]
    away = now - last.started
    if away > BREAK:
        return _step_back(last, away, ceiling)

    reference = week_ago_reference(completed, now)
    # The 10% rule and the ceiling cap every offer below, holds included.
    cap = ceiling
    if reference is not None:
        cap = min(ceiling, max(reference, floor_to_step(reference * (1 + STEP))))

    def capped(reason: Reason) -> Reason:
        if reason.scale <= cap + _EPS:
            return reason
        if cap >= ceiling - _EPS:
            return Reason(ReasonKind.CEILING_CAP, cap, other=ceiling)
        return Reason(ReasonKind.WEEK_CAP, cap, other=reference or cap)

    hold = _reason_to_hold(ordered, completed, away, now)
    if hold is not None:
        return capped(hold)
    target, limit, setback = _step_up_target(ordered, last, reference, ceiling, now)
    target = floor_to_step(target)
    if target > last.scale + _EPS:
        if setback is not None:
            return Reason(ReasonKind.SETBACK_STEP, target, other=setback[0], days=setback[1])
        return Reason(ReasonKind.STEP_UP, target)
    if limit == "ceiling":
        return capped(Reason(ReasonKind.AT_MAXIMUM, last.scale, other=ceiling))
    if setback is not None:
        return capped(
            Reason(ReasonKind.SETBACK_STAY, last.scale, other=setback[0], days=setback[1])
        )
    return capped(Reason(ReasonKind.ADDED_THIS_WEEK, last.scale))


def _first_offer(played: bool, level: str, ceiling: float) -> Reason:
    """The offer before any completed session: as written for beginners, else a lighter start."""
    if level == "beginner":
        return Reason(ReasonKind.NOT_COMPLETED if played else ReasonKind.FIRST_TIME, 1.0)
    start = min(FIRST_TIME_SCALE, ceiling)
    kind = ReasonKind.NOT_COMPLETED_LIGHTER if played else ReasonKind.FIRST_TIME_LIGHTER
    return Reason(kind, start, level=level)


def _reason_to_hold(
    ordered: Sequence[PastSession], completed: Sequence[PastSession], away: timedelta, now: datetime
) -> Reason | None:
    """Stay at the last scale, and why, when the last sessions do not yet earn a step up."""
    last = completed[-1]
    latest = ordered[-1]
    if not latest.completed:
        held = min(last.scale, latest.scale)
        return Reason(ReasonKind.UNFINISHED, held, other=latest.scale)
    if last.effort is not None and last.effort > EASY_EFFORT:
        return Reason(ReasonKind.HARD, last.scale, effort=last.effort)
    if last.effort is None:
        return Reason(ReasonKind.NOT_RATED, last.scale, effort=EASY_EFFORT)
    if away > MISSED_WEEK:
        return Reason(ReasonKind.MISSED_WEEK, last.scale, days=away.days)
    recent = [s for s in completed if now - s.started <= CONFIRM_WINDOW]
    if len(recent) < 2 or not recent[-2].easy:
        return Reason(ReasonKind.CONFIRM, last.scale, effort=EASY_EFFORT)
    return None


def _step_up_target(
    ordered: Sequence[PastSession],
    last: PastSession,
    reference: float | None,
    ceiling: float,
    now: datetime,
) -> tuple[float, str, tuple[float, int] | None]:
    """The next scale up, before rounding; what limited it ("", "week", "ceiling" or
    "setback"); and for a setback, the scale that was too much and how many days ago."""
    target = last.scale * (1 + STEP)
    limit_reason = ""
    setback: tuple[float, int] | None = None
    if reference is not None and reference * (1 + STEP) < target - _EPS:
        target = reference * (1 + STEP)
        limit_reason = "week"
    if ceiling < target - _EPS:
        target = ceiling
        limit_reason = "ceiling"
    recent_setbacks = [
        s for s in ordered if now - s.started <= WEEK and s.setback and s.scale > last.scale + _EPS
    ]
    if recent_setbacks:
        hardest = min(recent_setbacks, key=lambda s: s.scale)
        below = hardest.scale - 0.05
        if below < target - _EPS:
            target = below
            limit_reason = "setback"
            setback = (hardest.scale, max(0, (now - hardest.started).days))
    return target, limit_reason, setback


def _step_back(last: PastSession, away: timedelta, ceiling: float) -> Reason:
    weeks = away.days // 7
    if away >= LONG_BREAK:
        back = min(FIRST_TIME_SCALE, last.scale, ceiling)
        return Reason(ReasonKind.LONG_BREAK, back, weeks=weeks)
    blocks = weeks // 3
    back = round_to_step(last.scale * (1 - STEP * blocks))
    back = min(back, last.scale - 0.05, ceiling)
    back = max(back, min(FIRST_TIME_SCALE, last.scale))
    return Reason(ReasonKind.BREAK, back, weeks=weeks)


# --- what a scale adds ------------------------------------------------------------------------


@dataclass(frozen=True)
class AddedWork:
    """Seconds of work a scale adds to a routine, by what grows: holds (with balance and
    stretches) and move sets."""

    scale: float
    holds_s: float
    moves_s: float

    @property
    def total_s(self) -> float:
        return self.holds_s + self.moves_s


def added_work(routine: Routine, scale: float) -> AddedWork:
    """What playing ``routine`` at ``scale`` adds to (or takes from) its work, as written."""
    base = compile_timeline(routine, 1.0).work_intervals
    scaled = compile_timeline(routine, scale).work_intervals
    holds = moves = 0.0
    for before, after in zip(base, scaled, strict=True):
        extra = after.duration_s - before.duration_s
        if before.kind is Kind.MOVE:
            moves += extra
        else:
            holds += extra
    return AddedWork(scale, holds, moves)


def _signed(seconds: float) -> str:
    sign = "+" if seconds >= 0 else "-"
    return f"{sign}{format_clock(abs(seconds))}"


def describe_added(added: AddedWork) -> str:
    """One line for the start panel: "At 120%: holds, balance and stretches +1:10, moves +0:40
    (sets up to 1:30)." Empty at 100%."""
    if abs(added.scale - 1.0) < _EPS:
        return ""
    parts = []
    if abs(added.holds_s) >= 0.05:
        parts.append(f"holds, balance and stretches {_signed(added.holds_s)}")
    if abs(added.moves_s) >= 0.05:
        cap = f" (sets up to {format_clock(MOVE_SET_MAX_S)})" if added.moves_s > 0 else ""
        parts.append(f"moves {_signed(added.moves_s)}{cap}")
    if not parts:
        return f"At {pct(added.scale)} nothing in this routine grows: its steps are open-ended."
    return f"At {pct(added.scale)}: " + ", ".join(parts) + "."
