"""Where a routine's time goes: per kind and per muscle group."""

from __future__ import annotations

from collections.abc import Collection

from barretimer.core.model import MUSCLES, Kind
from barretimer.core.timeline import Role, Timeline


def seconds_by_kind(timeline: Timeline) -> dict[Kind, float]:
    """Planned seconds of each kind; automatic rests, switches and the lead-in count as rest."""
    totals: dict[Kind, float] = dict.fromkeys(Kind, 0.0)
    for interval in timeline.intervals:
        kind = interval.kind if interval.role is Role.WORK else Kind.REST
        totals[kind] += interval.duration_s
    return totals


def seconds_by_muscle(timeline: Timeline) -> dict[str, float]:
    """Planned work seconds for each muscle group (an interval counts for all its muscles)."""
    totals: dict[str, float] = {muscle: 0.0 for muscle in MUSCLES}
    for interval in timeline.work_intervals:
        for muscle in interval.muscles:
            totals[muscle] = totals.get(muscle, 0.0) + interval.duration_s
    return totals


def stretched_muscles(timeline: Timeline) -> set[str]:
    return {m for i in timeline.work_intervals if i.kind is Kind.STRETCH for m in i.muscles}


def unstretched_muscles(timeline: Timeline, excused: Collection[str] = ()) -> list[str]:
    """Muscles worked (not by a stretch) that no stretch in the routine covers.

    ``excused``: groups the routine leaves unstretched on purpose (its ``unstretched`` field).
    """
    worked = {m for i in timeline.work_intervals if i.kind is not Kind.STRETCH for m in i.muscles}
    return [m for m in MUSCLES if m in worked - stretched_muscles(timeline) - set(excused)]
