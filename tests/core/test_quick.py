"""The quick timer's routines, compiled into the timeline the player plays."""

from __future__ import annotations

import pytest

from barretimer.core.loader import load_routine_text
from barretimer.core.quick import QuickIntervals, QuickMaxHold, quick_routine
from barretimer.core.timeline import Role, compile_timeline
from barretimer.core.writer import routine_to_yaml


def test_rounds_of_work_and_rest() -> None:
    routine = quick_routine(QuickIntervals(work_s=40, rest_s=20, rounds=8, exercise="Plank"))
    assert routine.name == "Quick timer: 8 × 0:40 plank, 0:20 rest"
    timeline = compile_timeline(routine, 1.0)
    work = [i for i in timeline.intervals if i.role is Role.WORK]
    rests = [i for i in timeline.intervals if i.role is Role.REST]
    assert [(i.name, i.duration_s) for i in work] == [("Plank", 40.0)] * 8
    assert [i.duration_s for i in rests] == [20.0] * 7  # none after the last round
    # It saves as an ordinary routine file and reads back the same.
    assert load_routine_text(routine_to_yaml(routine)).routine == routine


def test_one_max_hold() -> None:
    routine = quick_routine(QuickMaxHold("Side plank", cap_s=120))
    [interval] = compile_timeline(routine, 1.0).work_intervals
    assert interval.open_ended and interval.cap_s == 120
    assert routine.name == "Quick max hold: Side plank, up to 2:00"


@pytest.mark.parametrize(
    "spec",
    [QuickIntervals(0, 10, 3), QuickIntervals(30, -1, 3), QuickIntervals(30, 10, 0)],
)
def test_numbers_no_timer_can_play_are_refused(spec: QuickIntervals) -> None:
    with pytest.raises(ValueError):
        quick_routine(spec)
