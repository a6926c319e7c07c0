"""How far a followed plan has come, worked out from the history.

It is worked out from the completed sessions since it was started, one
calendar week (7 days from the start day) at a time:

- A plan week is done when each of its sessions has been completed (in any order). The next
  plan week begins with the next calendar week: never more than one plan week in 7 days, so a
  plan keeps to the 10% rule whatever its routines are.
- A plan week not finished in its calendar week carries on into the next one.
- Three calendar weeks in a row without any session of the plan (a break, as the progression
  rule counts one) step the plan back one week.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from barretimer.core.plans import Plan, PlanSession

#: Calendar weeks in a row without a plan session that step the plan back one week.
IDLE_WEEKS_STEP_BACK = 3


@dataclass(frozen=True)
class DoneSession:
    """A completed session as a plan reads it."""

    routine: str  # routine id
    started: datetime


@dataclass(frozen=True)
class PlanProgress:
    plan: Plan
    week: int  # 0-based index of the plan week being worked on
    done: tuple[bool, ...]  # per session of that week
    finished: bool  # every week done
    week_done: bool  # this plan week is done; the next one starts on ``next_week_on``
    next_week_on: date | None
    stepped_back: bool  # a break stepped the plan back at least once

    @property
    def sessions(self) -> tuple[PlanSession, ...]:
        return () if self.finished else self.plan.weeks[self.week].sessions

    @property
    def done_count(self) -> int:
        return sum(self.done)

    def next_session(self) -> PlanSession | None:
        """The first session of this week not done yet (None when the week or plan is done)."""
        if self.finished or self.week_done:
            return None
        return next((s for s, d in zip(self.sessions, self.done, strict=True) if not d), None)


def plan_progress(
    plan: Plan, started_on: date, done: Sequence[DoneSession], today: date
) -> PlanProgress:
    """How far ``plan``, started on ``started_on``, has come by ``today`` (see the module)."""
    weeks = plan.weeks
    week = 0
    flags = [False] * (len(weeks[0].sessions) if weeks else 0)
    idle = 0
    stepped_back = False
    ordered = sorted(done, key=lambda d: d.started)
    periods = max(0, (today - started_on).days) // 7 + 1
    cursor = 0
    week_done = False
    for period in range(periods):
        period_end = started_on + timedelta(days=7 * (period + 1))
        played = False
        while cursor < len(ordered) and ordered[cursor].started.date() < period_end:
            session = ordered[cursor]
            cursor += 1
            if session.started.date() < started_on or week >= len(weeks):
                continue
            if any(session.routine == s.routine for s in weeks[week].sessions):
                played = True
            for index, planned in enumerate(weeks[week].sessions):
                if not flags[index] and planned.routine == session.routine:
                    flags[index] = True
                    break
        if week >= len(weeks):
            break
        week_done = all(flags)
        if period == periods - 1:
            break  # the week running now: it moves on when it ends
        if week_done:
            week += 1
            flags = [False] * (len(weeks[week].sessions) if week < len(weeks) else 0)
            week_done = False
            idle = 0
            continue
        idle = 0 if played else idle + 1
        if idle >= IDLE_WEEKS_STEP_BACK:
            week = max(0, week - 1)
            flags = [False] * len(weeks[week].sessions)
            idle = 0
            stepped_back = True
    finished = week >= len(weeks) or (week == len(weeks) - 1 and week_done)
    next_on = started_on + timedelta(days=7 * periods) if week_done and not finished else None
    return PlanProgress(
        plan,
        min(week, len(weeks) - 1) if weeks else 0,
        tuple(flags) if week < len(weeks) else (),
        finished,
        week_done,
        next_on,
        stepped_back,
    )


def describe_progress(progress: PlanProgress, names: Mapping[str, str]) -> str:
    """ "Week 3 of 8: Level Pelvis, then Even Thighs. 1 of 2 done this week." """
    plan = progress.plan
    if progress.finished:
        return f"{plan.name}: all {len(plan.weeks)} weeks done. Well done!"
    titles = [names.get(s.routine, s.routine) for s in progress.sessions]
    listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + ", then " + titles[-1]
    head = f"Week {progress.week + 1} of {len(plan.weeks)}: {listed}."
    count = len(progress.done)
    if progress.week_done and progress.next_week_on is not None:
        return f"{head} {count} of {count} done; week {progress.week + 2} starts on {progress.next_week_on:%a %d %b}."
    tail = f" {progress.done_count} of {count} done this week."
    if progress.stepped_back:
        tail += " (A break of three weeks or more took the plan back a week.)"
    return head + tail
