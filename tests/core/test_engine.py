"""The engine under a fake clock: events on time, user actions, and no drift."""

from __future__ import annotations

import random

from barretimer.core.engine import Engine, Event, EventKind, State
from barretimer.core.loader import load_routine_text
from barretimer.core.timeline import Side, Timeline, compile_timeline
from tests.helpers.clock import FakeClock

TEXT = """\
name: T
defaults: {rest: 10, countdown: 3, lead_in: 5, switch: 5}
steps:
  - {exercise: Bridge, kind: hold, duration: 30, cue: Lift.}
  - {exercise: Stand, kind: balance, duration: 20, sides: left-right}
  - {exercise: Plank, kind: hold, duration: max, cap: 40}
"""
# Get ready 0-5, Bridge 5-35, Rest 35-45, Stand L 45-65, Switch 65-70, Stand R 70-90,
# Rest 90-100, Plank 100-140 (max, cap 40).


def timeline(text: str = TEXT) -> Timeline:
    result = load_routine_text(text, "t.yaml")
    assert result.routine is not None and not result.problems
    return compile_timeline(result.routine)


class Collector:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, *kinds: EventKind) -> list[Event]:
        return [e for e in self.events if e.kind in kinds]


def started(clock: FakeClock, text: str = TEXT, **options: float) -> tuple[Engine, Collector]:
    engine = Engine(timeline(text), clock, **options)  # type: ignore[arg-type]
    seen = Collector()
    engine.add_listener(seen)
    engine.start()
    return engine, seen


def run_to(engine: Engine, clock: FakeClock, until: float, step: float = 0.125) -> None:
    while clock.now < until - 1e-9:
        clock.advance(min(step, until - clock.now))
        engine.tick()


def test_events_fire_at_their_planned_times(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 150)
    starts = [(e.text, round(e.planned_s, 6)) for e in seen.of(EventKind.INTERVAL_STARTED)]
    assert starts == [
        ("Get ready", 0),
        ("Bridge", 5),
        ("Rest", 35),
        ("Stand", 45),
        ("Switch sides", 65),
        ("Stand", 70),
        ("Rest", 90),
        ("Plank", 100),
    ]
    for event in seen.events:
        assert 0 <= event.actual_s - event.planned_s < 0.125 + 1e-9
    assert engine.state is State.FINISHED
    assert seen.events[-1].kind is EventKind.FINISHED and seen.events[-1].planned_s == 140


def test_a_late_tick_delivers_every_missed_event_and_does_not_shift_the_schedule(
    clock: FakeClock,
) -> None:
    engine, seen = started(clock)
    clock.advance(33.3)  # one tick after a long stall
    engine.tick()
    planned = [e.planned_s for e in seen.events if e.kind.spoken]
    assert planned == sorted(planned)
    assert [e.text for e in seen.of(EventKind.COUNTDOWN)] == ["3", "2", "1", "3", "2"]
    assert all(abs(e.actual_s - 33.3) < 1e-9 for e in seen.events if e.planned_s > 0)
    run_to(engine, clock, clock.now + 200)
    assert seen.of(EventKind.FINISHED)[0].planned_s == 140


def test_no_drift_over_an_hour_of_irregular_ticks(clock: FakeClock) -> None:
    steps = "".join(f"  - {{exercise: Hold {n}, kind: hold, duration: 45}}\n" for n in range(60))
    engine, seen = started(clock, "name: Long\ndefaults: {rest: 15, lead_in: 5}\nsteps:\n" + steps)
    rng = random.Random(7)
    while engine.state is State.RUNNING:
        clock.advance(rng.choice([0.016, 0.1, 0.25, 0.35, 1.0, 1.7]))
        engine.tick()
    finished = seen.of(EventKind.FINISHED)[0]
    assert finished.planned_s == 5 + 60 * 45 + 59 * 15
    starts = [e.planned_s for e in seen.of(EventKind.INTERVAL_STARTED)]
    assert starts[-1] == 5 + 59 * 60  # exactly where the plan put it, after 3,500 s of ticks
    assert max(e.actual_s - e.planned_s for e in seen.events) < 1.7 + 1e-6


def test_pause_freezes_time_and_resume_continues(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 10)  # 5 s into Bridge
    engine.pause()
    remaining = engine.remaining_s()
    clock.advance(300)
    engine.tick()
    assert engine.state is State.PAUSED and engine.remaining_s() == remaining == 25
    engine.resume()
    run_to(engine, clock, clock.now + 25)
    assert engine.current is not None and engine.current.name == "Rest"
    assert seen.of(EventKind.INTERVAL_STARTED)[-1].planned_s == 35


def test_skip_ends_the_interval_now_and_records_it_as_skipped(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 15)  # 10 s into Bridge
    engine.skip()
    ended = seen.of(EventKind.INTERVAL_ENDED)[-1]
    assert (ended.text, ended.skipped, round(ended.done_s, 6)) == ("Bridge", True, 10)
    assert engine.current is not None and engine.current.name == "Rest"
    assert round(engine.remaining_s(), 6) == 10
    assert engine.steps_skipped == 1


def test_back_restarts_the_interval_or_goes_to_the_previous_step_early_on(clock: FakeClock) -> None:
    engine, _ = started(clock)
    run_to(engine, clock, clock.now + 20)  # 15 s into Bridge
    engine.back()
    assert engine.current is not None and engine.current.name == "Bridge"
    assert engine.remaining_s() == 30
    run_to(engine, clock, clock.now + 40.5)  # 0.5 s into Stand left (after the rest)
    assert engine.current.name == "Stand"
    engine.back()  # within the first 2 s: back to the previous step, not the rest
    assert engine.current.name == "Bridge" and engine.remaining_s() == 30


def test_extend_adds_ten_seconds_and_moves_the_countdown(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 33)  # Bridge at 28 s: "3" and "2" already said
    assert [e.text for e in seen.of(EventKind.COUNTDOWN)][-2:] == ["3", "2"]
    engine.extend()
    assert round(engine.remaining_s(), 6) == 12
    run_to(engine, clock, clock.now + 12)
    countdown = [(e.text, round(e.planned_s, 6)) for e in seen.of(EventKind.COUNTDOWN)]
    assert countdown[-3:] == [("3", 42), ("2", 43), ("1", 44)]
    assert [e.text for e in seen.of(EventKind.TEN_SECONDS)] == ["10 seconds.", "10 seconds."]
    ended = seen.of(EventKind.INTERVAL_ENDED)[1]
    assert (ended.text, round(ended.done_s, 6), ended.skipped) == ("Bridge", 40, False)


def test_done_ends_a_max_hold_and_the_cap_ends_it_otherwise(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 112)  # 12 s into Plank (max)
    engine.done()
    assert engine.state is State.FINISHED
    plank = seen.of(EventKind.INTERVAL_ENDED)[-1]
    assert (plank.text, round(plank.done_s, 6), plank.skipped) == ("Plank", 12, False)
    engine2, seen2 = started(FakeClock())
    run_to(engine2, engine2._clock, engine2._clock() + 150)  # type: ignore[attr-defined]
    assert round(seen2.of(EventKind.INTERVAL_ENDED)[-1].done_s, 6) == 40


def test_done_is_ignored_for_a_timed_interval(clock: FakeClock) -> None:
    engine, _ = started(clock)
    run_to(engine, clock, clock.now + 10)
    engine.done()
    assert engine.current is not None and engine.current.name == "Bridge"


def test_touchdowns_are_counted_per_side(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 50)  # Stand left
    assert engine.touchdown() is Side.LEFT
    assert engine.touchdown() is Side.LEFT
    run_to(engine, clock, clock.now + 25)  # Stand right
    assert engine.touchdown() is Side.RIGHT
    run_to(engine, clock, clock.now + 20)
    ended = [e for e in seen.of(EventKind.INTERVAL_ENDED) if e.text == "Stand"]
    assert [(e.interval.side, e.touchdowns) for e in ended if e.interval] == [
        (Side.LEFT, 2),
        (Side.RIGHT, 1),
    ]
    assert engine.touchdowns == {Side.LEFT: 2, Side.RIGHT: 1}


def test_stop_ends_the_current_interval_and_reports_stopped(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 12)
    engine.stop()
    assert engine.state is State.STOPPED
    assert seen.events[-1].kind is EventKind.STOPPED
    ended = seen.of(EventKind.INTERVAL_ENDED)[-1]
    assert (ended.text, round(ended.done_s, 6), ended.skipped) == ("Bridge", 7, True)
    engine.tick()
    engine.skip()
    assert seen.events[-1].kind is EventKind.STOPPED  # nothing happens after a stop


def test_a_clock_jump_pauses_instead_of_skipping_ahead(clock: FakeClock) -> None:
    engine, seen = started(clock, suspend_gap_s=5.0)
    run_to(engine, clock, clock.now + 10)
    clock.advance(600)  # the computer slept for ten minutes
    engine.tick()
    assert engine.state is State.PAUSED
    assert seen.events[-1].kind is EventKind.SUSPENDED
    assert engine.current is not None and engine.current.name == "Bridge"
    assert abs(engine.remaining_s() - 25) < 0.126
    engine.resume()
    clock.advance(0.1)
    engine.tick()
    assert engine.current.name == "Bridge"


def test_seconds_to_next_points_at_the_next_event(clock: FakeClock) -> None:
    engine, _ = started(clock)
    assert engine.seconds_to_next() == 2.0  # "3" of the lead-in countdown
    clock.advance(2.5)
    engine.tick()
    assert abs((engine.seconds_to_next() or 0) - 0.5) < 1e-9


def test_window_is_the_time_until_the_next_cue(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 6)
    start = seen.of(EventKind.STEP_START)[0]
    assert start.text == "Bridge. Lift." and start.window_s == 15  # "Halfway." at 15 s
    lead = seen.of(EventKind.LEAD_IN)[0]
    assert lead.window_s == 2


def test_a_failing_listener_does_not_stop_the_workout(clock: FakeClock) -> None:
    engine, _ = started(clock)

    def broken(event: Event) -> None:
        raise RuntimeError("boom")

    engine.add_listener(broken)
    run_to(engine, clock, clock.now + 150)
    assert engine.state is State.FINISHED


def test_back_drops_the_touchdowns_of_the_attempt_it_replays(clock: FakeClock) -> None:
    engine, seen = started(clock)
    run_to(engine, clock, clock.now + 50)  # 5 s into Stand left
    engine.touchdown()
    engine.back()  # restart Stand left: that attempt is replayed
    engine.touchdown()
    run_to(engine, clock, clock.now + 25)
    left = next(
        e for e in seen.of(EventKind.INTERVAL_ENDED) if e.interval and e.interval.side is Side.LEFT
    )
    assert left.touchdowns == 1 and engine.touchdowns[Side.LEFT] == 1
