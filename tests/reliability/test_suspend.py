"""A suspended computer: a jump of the clock between two ticks pauses the workout where it was
instead of running through everything that was "due" while the lid was shut."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from barretimer.core.engine import Engine, Event, EventKind, State
from barretimer.core.timeline import Timeline
from tests.helpers.clock import FakeClock
from tests.reliability.helpers import (
    DATABASE,
    SHIPPED,
    Player,
    history_json,
    kinds,
    sessions,
    timeline_of,
)

GAP_S = 5.0


def play(engine: Engine, clock: FakeClock, seconds: float, tick_s: float = 0.25) -> None:
    end = clock.now + seconds
    while clock.now < end and engine.state is State.RUNNING:
        clock.advance(tick_s)
        engine.tick()


def start(timeline: Timeline, clock: FakeClock, gap: float | None) -> tuple[Engine, list[Event]]:
    engine = Engine(timeline, clock, suspend_gap_s=gap)
    events: list[Event] = []
    engine.add_listener(events.append)
    engine.start()
    return engine, events


@pytest.fixture
def timeline() -> Timeline:
    return timeline_of(SHIPPED[0])


def test_a_clock_jump_of_minutes_pauses_where_the_last_tick_was(
    timeline: Timeline, clock: FakeClock
) -> None:
    engine, events = start(timeline, clock, GAP_S)
    play(engine, clock, 100)
    index, elapsed = engine.index, engine.elapsed_s()
    ended_before = kinds_of(events).count(EventKind.INTERVAL_ENDED)

    clock.advance(10 * 60)  # the lid was shut for ten minutes
    engine.tick()

    assert engine.state is State.PAUSED
    assert events[-1].kind is EventKind.SUSPENDED
    assert engine.index == index and engine.elapsed_s() == pytest.approx(elapsed)
    assert kinds_of(events).count(EventKind.INTERVAL_ENDED) == ended_before  # nothing ran through
    clock.advance(30)  # paused: time goes by, the workout does not
    engine.tick()
    assert engine.elapsed_s() == pytest.approx(elapsed)

    engine.resume()
    play(engine, clock, timeline.total_s + 60)
    assert engine.state is State.FINISHED
    assert events[-1].planned_s == pytest.approx(timeline.total_s)
    ended = [e for e in events if e.kind is EventKind.INTERVAL_ENDED]
    assert len(ended) == len(timeline.intervals)
    assert not any(e.skipped for e in ended)
    assert all(
        e.done_s == pytest.approx(e.interval.duration_s) for e in ended if e.interval is not None
    )


def test_without_the_suspend_gap_the_same_jump_would_run_through(
    timeline: Timeline, clock: FakeClock
) -> None:
    """The contrast that makes the test above mean something."""
    engine, events = start(timeline, clock, None)
    play(engine, clock, 100)
    index = engine.index
    clock.advance(10 * 60)
    engine.tick()
    assert engine.state is State.RUNNING and engine.index > index + 3
    assert EventKind.SUSPENDED not in kinds_of(events)


def test_a_short_stall_is_caught_up_not_paused(timeline: Timeline, clock: FakeClock) -> None:
    engine, events = start(timeline, clock, GAP_S)
    play(engine, clock, 100)
    clock.advance(GAP_S - 0.5)  # a busy computer, not a suspend
    engine.tick()
    assert engine.state is State.RUNNING
    assert EventKind.SUSPENDED not in kinds_of(events)
    assert engine.elapsed_s() == pytest.approx(100 + GAP_S - 0.5, abs=0.3)


def test_a_suspend_while_paused_changes_nothing(timeline: Timeline, clock: FakeClock) -> None:
    engine, _ = start(timeline, clock, GAP_S)
    play(engine, clock, 50)
    engine.pause()
    elapsed = engine.elapsed_s()
    clock.advance(3600)
    engine.tick()
    engine.resume()
    engine.tick()
    assert engine.state is State.RUNNING
    assert engine.elapsed_s() == pytest.approx(elapsed)


def kinds_of(events: list[Event]) -> list[EventKind]:
    return [e.kind for e in events]


@pytest.mark.slow
def test_a_stopped_process_resumes_where_it_was_through_the_cli(tmp_path: Path) -> None:
    """SIGSTOP holds the headless player for longer than the gap (as a suspend would): it says
    it paused, goes on where it was, and finishes without skipping anything."""
    routine = SHIPPED[0]
    timeline = timeline_of(routine)
    speed = 200
    player = Player(routine, tmp_path, speed=speed)
    player.wait_for(lambda events: kinds(events).count("interval_ended") >= 4)
    player.signal(signal.SIGSTOP)
    time.sleep(GAP_S + 2)  # a real process held still: the wait is the thing under test
    player.signal(signal.SIGCONT)
    assert player.finish() == 0, player.stderr
    events = player.events
    names = kinds(events)
    assert "suspended" in names and "resumed" in names
    after = events[names.index("resumed") :]
    # Events after the resume are on time in routine seconds (the held seconds do not count):
    # nothing was delivered late in a burst, as running through the gap would do.
    lateness = max(e["actual_s"] - e["planned_s"] for e in after)
    assert lateness < 0.25 * speed, lateness
    ended = [e for e in events if e["event"] == "interval_ended"]
    assert len(ended) == len(timeline.intervals) and not any(e["skipped"] for e in ended)
    [session] = sessions(tmp_path / DATABASE)
    assert session["status"] == "completed"
    assert abs(session["done_s"] - timeline.total_s) < 1e-6
    assert history_json(tmp_path)[0]["status"] == "completed"
