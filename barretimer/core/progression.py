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
    """The offer: ``scale`` None means no offer (play as written); ``reason`` is always said."""

    scale: float | None
    reason: str  # one or two sentences, shown to the user
    changed: bool  # True when the offer differs from the scale last played


def pct(scale: float) -> str:
    return f"{round(scale * 100)}%"


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


def _days(delta: timedelta) -> str:
    days = delta.days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


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
    scale, reason = offer
    changed = abs(scale - last_played) > _EPS
    if abs(scale - 1.0) < _EPS and not changed:
        return Suggestion(None, reason, False)
    return Suggestion(scale, reason, changed)


def _offer(
    history: Sequence[PastSession], level: str, ceiling: float, now: datetime
) -> tuple[float, str]:
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

    def capped(scale: float, reason: str) -> tuple[float, str]:
        if scale <= cap + _EPS:
            return scale, reason
        if cap >= ceiling - _EPS:
            return cap, f"This routine goes up to {pct(ceiling)}: play it at {pct(cap)}."
        return cap, (
            f"A week ago you were at {pct(reference or cap)}: no more than {pct(cap)} this week."
        )

    hold = _reason_to_hold(ordered, completed, away, now)
    if hold is not None:
        return capped(*hold)
    target, limit_reason = _step_up_target(ordered, last, reference, ceiling, now)
    target = floor_to_step(target)
    if target > last.scale + _EPS:
        if limit_reason.startswith("setback"):
            _, scale_text, when = limit_reason.split(":")
            return target, (
                f"{pct(float(scale_text))} was too much {when}: try {pct(target)} first."
            )
        return target, (
            f"Your last two sessions felt easy: try {pct(target)} "
            "(no more than 10% above where you were a week ago)."
        )
    if limit_reason == "ceiling":
        return capped(
            last.scale, f"You are at this routine's maximum of {pct(ceiling)}: stay there."
        )
    if limit_reason.startswith("setback"):
        _, scale_text, when = limit_reason.split(":")
        return capped(
            last.scale,
            f"{pct(float(scale_text))} was too much {when}: stay at {pct(last.scale)} for now.",
        )
    return capped(
        last.scale,
        f"You added 10% this week already: stay at {pct(last.scale)} for now.",
    )


def _first_offer(played: bool, level: str, ceiling: float) -> tuple[float, str]:
    """The offer before any completed session: as written for beginners, else a lighter start."""
    if level == "beginner":
        if played:
            return 1.0, "You have not completed this routine yet: play it as written."
        return 1.0, "First time with this routine: play it as written, and rate how hard it felt."
    start = min(FIRST_TIME_SCALE, ceiling)
    if played:
        return start, (
            f"You have not completed this {level} routine yet: "
            f"start at {pct(start)} of the work and build up."
        )
    return start, (
        f"First time with this {level} routine: start at {pct(start)} of the work and build up."
    )


def _reason_to_hold(
    ordered: Sequence[PastSession], completed: Sequence[PastSession], away: timedelta, now: datetime
) -> tuple[float, str] | None:
    """Stay at the last scale, and why, when the last sessions do not yet earn a step up."""
    last = completed[-1]
    latest = ordered[-1]
    if not latest.completed:
        held = min(last.scale, latest.scale)
        return (
            held,
            f"Your last session at {pct(latest.scale)} was not finished: "
            f"stay at {pct(held)} until you complete it.",
        )
    if last.effort is not None and last.effort > EASY_EFFORT:
        return (
            last.scale,
            f"Your last session felt hard ({last.effort}/10): "
            f"stay at {pct(last.scale)} until it feels easier.",
        )
    if last.effort is None:
        return (
            last.scale,
            f"Stay at {pct(last.scale)}. Rate how hard each session felt (1 to 10) when it ends: "
            f"two easy ones ({EASY_EFFORT} or less) bring an offer of more.",
        )
    if away > MISSED_WEEK:
        return (
            last.scale,
            f"Nothing completed for {away.days} days: stay at {pct(last.scale)} this time.",
        )
    recent = [s for s in completed if now - s.started <= CONFIRM_WINDOW]
    if len(recent) < 2 or not recent[-2].easy:
        return (
            last.scale,
            f"Stay at {pct(last.scale)}: complete it once more at effort {EASY_EFFORT} or less "
            "within three weeks to move up.",
        )
    return None


def _step_up_target(
    ordered: Sequence[PastSession],
    last: PastSession,
    reference: float | None,
    ceiling: float,
    now: datetime,
) -> tuple[float, str]:
    """The next scale up, before rounding, and what limited it: "", "week", "ceiling" or
    "setback:SCALE:WHEN"."""
    target = last.scale * (1 + STEP)
    limit_reason = ""
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
            limit_reason = f"setback:{hardest.scale}:{_days(now - hardest.started)}"
    return target, limit_reason


def _step_back(last: PastSession, away: timedelta, ceiling: float) -> tuple[float, str]:
    weeks = away.days // 7
    if away >= LONG_BREAK:
        back = min(FIRST_TIME_SCALE, last.scale, ceiling)
        return back, (
            f"It has been {weeks} weeks since you last completed this routine: "
            f"start again at {pct(back)} and build up."
        )
    blocks = weeks // 3
    back = round_to_step(last.scale * (1 - STEP * blocks))
    back = min(back, last.scale - 0.05, ceiling)
    back = max(back, min(FIRST_TIME_SCALE, last.scale))
    return back, (
        f"It has been {weeks} weeks since you last completed this routine: "
        f"step back to {pct(back)} and build up again."
    )


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


def scale_effect(scale: float) -> str:
    """What a scale did to a session, in words, for the history (the routine may have changed
    since): "at 120%: holds, balance, stretches and move sets 20% longer, sets up to 1:30"."""
    if abs(scale - 1.0) < _EPS:
        return "at 100%: as written"
    change = round(abs(scale - 1.0) * 100)
    word = "longer" if scale > 1.0 else "shorter"
    cap = f", sets up to {format_clock(MOVE_SET_MAX_S)}" if scale > 1.0 else ""
    return f"at {pct(scale)}: holds, balance, stretches and move sets {change}% {word}{cap}"
