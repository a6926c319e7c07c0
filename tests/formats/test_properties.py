"""Any valid routine, drawn at random: the watch plays barretimer's intervals, and qintervals
and JAWT get the same timing back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barretimer.core.model import Block, Defaults, Item, Kind, Routine, Sides, Step
from barretimer.core.timeline import compile_timeline
from barretimer.core.validate import validate_routine
from barretimer.formats.fit import routine_to_fit
from barretimer.formats.jawt import export_jawt, read_jawt
from barretimer.formats.qintervals import export_qintervals, read_qintervals
from barretimer.formats.step_plan import expand, plan
from tests.formats.fitread import decode_workout, seconds
from tests.formats.test_fit import expected_steps, played

NAMES = st.sampled_from(["Plank", "Clamshell", "Wall sit", "Standing glute medius lift", "Plié"])
WHOLE = st.integers(1, 120).map(float)
STEPS = st.builds(
    Step,
    exercise=NAMES,
    kind=st.sampled_from(Kind),
    duration=st.one_of(WHOLE, WHOLE.map(lambda s: s + 0.5), st.none()),
    sides=st.sampled_from(Sides),
    cue=st.sampled_from(["", "Breathe out."]),
    rest=st.none() | st.integers(0, 40).map(float),
).map(lambda s: s if s.duration is not None else Step(s.exercise, s.kind, None, cap=45.0))


def items(depth: int) -> st.SearchStrategy[tuple[Item, ...]]:
    if depth == 0:
        return st.lists(STEPS, min_size=1, max_size=4).map(tuple)
    block = st.builds(
        Block,
        repeat=st.integers(1, 4),
        steps=items(depth - 1),
        rest=st.none() | st.integers(0, 40).map(float),
        name=st.sampled_from(["", "Warm-up", "Round", "Cool-down"]),
    )
    return st.lists(STEPS | block, min_size=1, max_size=4).map(tuple)


ROUTINES = st.builds(
    Routine,
    name=st.sampled_from(["Drawn", "A drawn routine with a name far too long for a watch"]),
    steps=items(2),
    defaults=st.builds(
        Defaults,
        rest=st.integers(0, 30).map(float),
        lead_in=st.sampled_from([0.0, 5.0, 10.0]),
        switch=st.sampled_from([0.0, 5.0]),
    ),
).filter(lambda r: not validate_routine(r))

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def with_sides(routine: Routine, scale: float = 1.0) -> list[tuple[str, float]]:
    return [
        (f"{i.name} {i.side.value}" if i.side else i.name, i.duration_s)
        for i in compile_timeline(routine, scale).intervals
    ]


@EXAMPLES
@given(routine=ROUTINES, scale=st.sampled_from([1.0, 0.8, 1.3]))
def test_the_plan_plays_the_timeline(routine: Routine, scale: float) -> None:
    steps = expand(plan(routine, scale))
    assert [(s.name, s.seconds) for s in steps] == with_sides(routine, scale)


@EXAMPLES
@given(routine=ROUTINES, scale=st.sampled_from([1.0, 1.3]))
def test_a_watch_plays_the_timeline(routine: Routine, scale: float) -> None:
    decoded = decode_workout(routine_to_fit(routine, scale))
    assert played(decoded) == expected_steps(routine, scale)
    assert decoded.workout["num_valid_steps"] == len(decoded.steps)
    timed = sum(seconds(s) or 0 for s in decoded.played())
    open_total = sum(
        i.duration_s for i in compile_timeline(routine, scale).intervals if i.open_ended
    )
    assert timed + open_total == pytest.approx(compile_timeline(routine, scale).total_s)


@EXAMPLES
@given(routine=ROUTINES)
def test_qintervals_gets_the_same_timing_back(routine: Routine) -> None:
    text, _ = export_qintervals(routine)
    [back] = read_qintervals(text, "drawn.yml")
    assert [(i.name, i.duration_s) for i in compile_timeline(back.routine).intervals] == with_sides(
        routine
    )


@EXAMPLES
@given(routine=ROUTINES)
def test_jawt_gets_the_same_timing_back(routine: Routine) -> None:
    text, _ = export_jawt(routine)
    [back] = read_jawt(text, "drawn.json")
    theirs = [(i.name, i.duration_s) for i in compile_timeline(back.routine).intervals]
    # JAWT counts whole seconds (the export says so when it rounds).
    ours = [(name, float(max(1, round(length)))) for name, length in with_sides(routine)]
    if routine.defaults.lead_in:
        ours = ours[1:]
    assert theirs[0] == ("Get ready", 10.0)  # JAWT's own count-down
    assert theirs[1:] == ours
