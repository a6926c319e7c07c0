"""Progression: when to offer more hold time, and how much (the 10% rule).

A routine's work can be played at a scale (1.1 = holds, balance and stretches 10% longer).
The rule, from the history of that routine:

- First session ever of a routine above beginner level: offer 80%.
- Last completed session more than 3 weeks ago: step back 10% from the scale played then.
- Last completed session felt hard (effort 8 or more): stay at its scale.
- Completed at least twice in the last 14 days with effort 7 or less: offer up to 10% more
  than the best scale completed in the last 7 days, never more than 10% above the best scale
  completed before those 7 days (so no week grows by more than 10%), never above the
  routine's ``max_scale``. No session in the last 7 days: stay.
- Otherwise: stay at the last scale (no offer when that is 100%).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from barretimer.core.status import SessionStatus

FIRST_TIME_SCALE = 0.8
STEP = 0.10
EASY_EFFORT = 7
GAP = timedelta(days=21)
MIN_SCALE = 0.8


@dataclass(frozen=True)
class PastSession:
    started: datetime
    status: str  # completed | stopped | interrupted
    scale: float
    effort: int | None


@dataclass(frozen=True)
class Suggestion:
    scale: float
    reason: str  # one sentence, said to the user
    changed: bool  # True when it differs from the scale last played


def _pct(scale: float) -> str:
    return f"{round(scale * 100)}%"


def _floor_to_step(scale: float) -> float:
    """Round down to a multiple of 5% (1.21 -> 1.2), so offers are easy to read."""
    return math.floor(scale * 20 + 1e-9) / 20


def suggest_scale(
    history: Sequence[PastSession],
    *,
    level: str,
    max_scale: float | None,
    now: datetime,
) -> Suggestion | None:
    """What to offer before playing a routine, given its past sessions (any order)."""
    if not history:
        if level != "beginner":
            return Suggestion(
                FIRST_TIME_SCALE,
                f"First time with this {level} routine: start at {_pct(FIRST_TIME_SCALE)} of the hold times and build up.",
                True,
            )
        return None
    completed = sorted(
        (s for s in history if s.status == SessionStatus.COMPLETED), key=lambda s: s.started
    )
    if not completed:
        return None
    last = completed[-1]
    ceiling = max_scale if max_scale is not None else math.inf

    if now - last.started > GAP:
        weeks = (now - last.started).days // 7
        back = max(MIN_SCALE, _floor_to_step(last.scale * (1 - STEP)))
        return Suggestion(
            back,
            f"It has been {weeks} weeks since you last completed this routine: step back to {_pct(back)} and build up again.",
            back != last.scale,
        )
    if last.effort is not None and last.effort > EASY_EFFORT:
        return Suggestion(
            last.scale,
            f"Your last session felt hard ({last.effort}/10): stay at {_pct(last.scale)} until it feels easier.",
            False,
        )
    fortnight = [s for s in completed if now - s.started <= timedelta(days=14)]
    easy = [s for s in fortnight if s.effort is not None and s.effort <= EASY_EFFORT]
    if len(easy) >= 2:
        week = [s for s in completed if now - s.started <= timedelta(days=7)]
        if not week:
            return Suggestion(
                last.scale,
                f"No session in the past week: stay at {_pct(last.scale)} this time.",
                False,
            )
        best_week = max(s.scale for s in week)
        before = [s.scale for s in completed if now - s.started > timedelta(days=7)]
        base = max(before) if before else min(s.scale for s in week)
        target = _floor_to_step(min(best_week * (1 + STEP), base * (1 + STEP), ceiling))
        if target > best_week + 1e-9:
            return Suggestion(
                target,
                f"You completed this twice in two weeks at effort {EASY_EFFORT} or less: "
                f"try {_pct(target)} (no more than 10% more in a week).",
                True,
            )
        if best_week >= ceiling - 1e-9:
            reason = f"You are at this routine's maximum of {_pct(ceiling)}: stay there."
        else:
            reason = f"You added 10% this week already: stay at {_pct(best_week)} for now."
        return Suggestion(best_week, reason, False)
    if last.scale != 1.0:
        return Suggestion(
            last.scale,
            f"Stay at {_pct(last.scale)}: complete it twice within two weeks at effort {EASY_EFFORT} or less to move up.",
            False,
        )
    return None
