"""Many cues cost the engine nothing per tick and are capped per step (issue 24, class 6); a
routine played at a scale keeps every cue inside its hold (class 16)."""

from __future__ import annotations

import time

import pytest

from barretimer.core.engine import Engine, EventKind, State
from barretimer.core.loader import load_routine_text
from barretimer.core.model import Kind, Routine, Step, TimedCue
from barretimer.core.timeline import compile_timeline
from barretimer.core.validate import MAX_CUES_PER_STEP
from tests.helpers.clock import FakeClock


def routine_with_cues(count: int, duration: float = 4 * 3600.0) -> Routine:
    cues = tuple(TimedCue(at=duration * i / (count + 1), say=f"cue {i}") for i in range(count))
    return Routine(name="R", steps=(Step("Wall sit", Kind.HOLD, duration, cues=cues),))


def test_a_step_with_more_cues_than_the_cap_is_refused_once() -> None:
    aliases = "cues: &many [" + ", ".join(f"{{at: {i}, say: x}}" for i in range(1, 200)) + "]"
    text = (
        f"name: x\nsteps:\n  - exercise: A b\n    duration: 300\n    {aliases}\n"
        "  - {exercise: C d, duration: 300, cues: *many}\n"
    )
    result = load_routine_text(text, "r.yaml")
    messages = [p.message for p in result.problems]
    assert messages == [f"a step has at most {MAX_CUES_PER_STEP} cues, this one has 199"] * 2


def test_the_cap_itself_is_allowed() -> None:
    cues = ", ".join(f"{{at: {i}, say: x}}" for i in range(1, MAX_CUES_PER_STEP + 1))
    result = load_routine_text(
        f"name: x\nsteps: [{{exercise: A b, duration: 300, cues: [{cues}]}}]\n"
    )
    assert result.ok, result.problems


def test_sixty_thousand_cues_through_an_alias_are_refused_quickly() -> None:
    many = ", ".join(["*c"] * 59_999)
    text = (
        "name: x\nsteps:\n  - exercise: A b\n    duration: 3000\n"
        f"    cues: [&c {{at: 1, say: x}}, {many}]\n"
    )
    started = time.perf_counter()
    result = load_routine_text(text, "r.yaml")
    assert time.perf_counter() - started < 5
    assert [p.message for p in result.problems] == [
        f"a step has at most {MAX_CUES_PER_STEP} cues, this one has 60,000"
    ]


@pytest.mark.parametrize("count", [10, 1_000, 20_000])
def test_a_tick_costs_the_same_whatever_the_number_of_cues(count: int) -> None:
    """The engine itself takes any number of cues (the validator caps what a file may ask):
    a tick with nothing due does not look at the cues still to come."""
    clock = FakeClock()
    engine = Engine(compile_timeline(routine_with_cues(count)), clock)
    engine.start()
    clock.advance(0.001)
    started = time.perf_counter()
    for _ in range(2_000):
        engine.tick()
        engine.seconds_to_next()
    per_tick = (time.perf_counter() - started) / 2_000
    assert per_tick < 0.0005, f"{per_tick * 1e6:.0f} us a tick with {count} cues"


def test_forty_thousand_cues_all_said_on_time() -> None:
    clock = FakeClock()
    engine = Engine(compile_timeline(routine_with_cues(40_000, 4000.0)), clock)
    said: list[float] = []
    engine.add_listener(
        lambda e: said.append(e.actual_s - e.planned_s) if e.kind is EventKind.CUE else None
    )
    engine.start()
    started = time.perf_counter()
    while engine.state is State.RUNNING:
        clock.advance(0.05)
        engine.tick()
    assert time.perf_counter() - started < 20
    assert len(said) == 40_000 and max(said) < 0.05 + 1e-9


# --- 16. scaled holds keep their cues ----------------------------------------------------------


def cue_times(routine: Routine, scale: float) -> tuple[float, list[tuple[str, float]]]:
    [interval] = compile_timeline(routine, scale).work_intervals
    length = interval.duration_s
    return length, [
        (e.text, e.offset_s if not e.from_end else length + e.offset_s)
        for e in interval.events
        if e.kind.value == "cue"
    ]


@pytest.mark.parametrize("scale", [0.5, 0.75, 0.9, 1.0, 1.1, 1.5, 3.0])
def test_every_cue_of_a_scaled_hold_is_said_inside_it_in_order(scale: float) -> None:
    cues = (TimedCue(5, "early"), TimedCue(40, "late"), TimedCue(55, "last"), TimedCue(-3, "end"))
    routine = Routine(name="R", steps=(Step("Plank", Kind.HOLD, 60.0, cues=cues),))
    length, said = cue_times(routine, scale)
    assert [text for text, _ in said] == ["early", "late", "last", "end"]
    assert all(0 <= at < length for _, at in said), said
    if scale == 1.0:
        assert [at for _, at in said] == [5, 40, 55, 57]


def test_a_cue_keeps_its_place_in_the_hold_at_half_scale() -> None:
    routine = Routine(name="R", steps=(Step("Plank", Kind.HOLD, 60.0, cues=(TimedCue(40, "x"),)),))
    assert cue_times(routine, 0.5) == (30.0, [("x", 20.0)])


def test_a_move_set_scales_up_to_its_cap_and_its_cues_go_with_it() -> None:
    routine = Routine(name="R", steps=(Step("March", Kind.MOVE, 60.0, cues=(TimedCue(40, "x"),)),))
    assert cue_times(routine, 0.5) == (30.0, [("x", 20.0)])
    # 120% would be 72 s; 200% stops at the 90 s a set may grow to, the cue scaled with it.
    assert cue_times(routine, 1.2) == (72.0, [("x", 48.0)])
    assert cue_times(routine, 2.0) == (90.0, [("x", 60.0)])


def test_rests_are_not_scaled_nor_their_cues() -> None:
    routine = Routine(name="R", steps=(Step("Rest", Kind.REST, 60.0, cues=(TimedCue(40, "x"),)),))
    assert cue_times(routine, 0.5) == (60.0, [("x", 40.0)])
