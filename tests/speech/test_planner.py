"""The cue planner: pure rules, driven with plain numbers as the clock."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from barretimer.speech.api import Priority
from barretimer.speech.planner import Action, Cue, Decision, Planner

HIGH, NORMAL, LOW = Priority.HIGH, Priority.NORMAL, Priority.LOW


def cue(
    text: str = "x",
    priority: Priority = NORMAL,
    due_at: float = 0.0,
    duration_s: float = 1.0,
    window_s: float | None = None,
    rendered: bool = True,
) -> Cue:
    return Cue(text, priority, due_at, duration_s, window_s, rendered)


def test_plays_when_nothing_is_playing() -> None:
    planner = Planner()
    decision = planner.offer(10.0, cue(due_at=10.0))
    assert decision.action == Action.PLAY
    assert planner.playing == decision.cue
    assert planner.ends_at == 11.0


def test_high_interrupts_anything_including_high() -> None:
    for current in (LOW, NORMAL, HIGH):
        planner = Planner()
        planner.offer(0.0, cue("long", current, duration_s=5.0))
        decision = planner.offer(1.0, cue("3", HIGH, due_at=1.0, duration_s=0.4))
        assert decision.action == Action.INTERRUPT
        assert planner.playing is not None and planner.playing.text == "3"


def test_high_ignores_its_window_and_staleness() -> None:
    planner = Planner()
    decision = planner.offer(5.0, cue("go", HIGH, due_at=0.0, duration_s=3.0, window_s=0.5))
    assert decision.action == Action.PLAY


def test_normal_interrupts_low_but_waits_for_normal_and_high() -> None:
    planner = Planner()
    planner.offer(0.0, cue("halfway", LOW, duration_s=2.0))
    assert planner.offer(0.5, cue("stay low", NORMAL, due_at=0.5)).action == Action.INTERRUPT

    for current in (NORMAL, HIGH):
        planner = Planner()
        planner.offer(0.0, cue("busy", current, duration_s=2.0))
        assert planner.offer(0.5, cue("next", NORMAL, due_at=0.5)).action == Action.WAIT
        assert [c.text for c in planner.waiting] == ["next"]


def test_waiting_normal_plays_when_the_current_phrase_ends() -> None:
    planner = Planner()
    planner.offer(0.0, cue("first", duration_s=2.0))
    planner.offer(0.5, cue("second", due_at=0.5, window_s=10.0))
    decisions = planner.finished(2.0)
    assert [(d.action, d.cue.text) for d in decisions] == [(Action.PLAY, "second")]
    assert planner.ends_at == 3.0
    assert planner.waiting == []


def test_normal_that_cannot_fit_its_window_is_dropped() -> None:
    planner = Planner()
    # nothing playing, but 3 s of speech in a 2 s window
    decision = planner.offer(0.0, cue(duration_s=3.0, window_s=2.0))
    assert decision.action == Action.DROP
    assert "next cue" in decision.reason
    # it would fit alone, but not after the phrase that is playing
    planner.offer(0.0, cue("busy", duration_s=2.0))
    assert planner.offer(0.5, cue(due_at=0.5, duration_s=1.0, window_s=2.0)).action == Action.DROP
    assert planner.offer(0.5, cue(due_at=0.5, duration_s=1.0, window_s=3.0)).action == Action.WAIT


def test_normal_may_start_late_but_low_may_not() -> None:
    planner = Planner()
    planner.offer(0.0, cue("busy", NORMAL, duration_s=2.0))
    assert planner.offer(0.1, cue("late normal", NORMAL, due_at=0.1)).action == Action.WAIT
    low = planner.offer(0.1, cue("late low", LOW, due_at=0.1))
    assert low.action == Action.DROP
    assert low.reason.startswith("stale")


def test_low_waits_for_a_phrase_that_ends_within_the_stale_window() -> None:
    planner = Planner(stale_s=0.5)
    planner.offer(0.0, cue("busy", NORMAL, duration_s=1.0))
    assert planner.offer(0.7, cue("halfway", LOW, due_at=0.7)).action == Action.WAIT
    decisions = planner.finished(1.0)
    assert [(d.action, d.cue.text) for d in decisions] == [(Action.PLAY, "halfway")]


def test_waiting_low_goes_stale_when_the_phrase_runs_long() -> None:
    planner = Planner(stale_s=0.5)
    planner.offer(0.0, cue("busy", NORMAL, duration_s=1.0))
    planner.offer(0.7, cue("halfway", LOW, due_at=0.7))
    decisions = planner.finished(1.5)  # it really ended 0.8 s after the LOW cue was due
    assert [d.action for d in decisions] == [Action.DROP]
    assert planner.playing is None


def test_low_that_is_already_late_is_dropped_even_when_idle() -> None:
    planner = Planner(stale_s=0.5)
    assert planner.offer(10.0, cue(priority=LOW, due_at=9.0)).action == Action.DROP
    assert planner.offer(10.0, cue(priority=LOW, due_at=9.6)).action == Action.PLAY


def test_unrendered_cue_starts_later_by_the_render_time() -> None:
    planner = Planner(stale_s=0.5, render_s=0.3)
    planner.offer(0.0, cue("busy", duration_s=0.3))
    # ready at 0.3, rendered by 0.6: 0.6 s after its time
    low = cue("halfway", LOW, due_at=0.0, rendered=False)
    assert planner.offer(0.0, low).action == Action.DROP
    planner = Planner(render_s=0.3)
    decision = planner.offer(0.0, cue("go on", NORMAL, duration_s=1.0, rendered=False))
    assert decision.action == Action.PLAY
    assert planner.ends_at == 1.3


def test_started_corrects_the_expected_end() -> None:
    planner = Planner(stale_s=0.5)
    planner.offer(0.0, cue("busy", duration_s=1.0))
    planner.started(0.2, 2.0)  # started late and was longer than the estimate
    assert planner.ends_at == 2.2
    assert planner.offer(1.8, cue("halfway", LOW, due_at=1.8)).action == Action.WAIT
    assert planner.offer(1.6, cue("too late", LOW, due_at=1.6)).action == Action.DROP


def test_higher_priority_waiting_cue_goes_first() -> None:
    planner = Planner()
    planner.offer(0.0, cue("busy", HIGH, duration_s=2.0))
    planner.offer(0.1, cue("low", LOW, due_at=1.8))
    planner.offer(0.2, cue("normal", NORMAL, due_at=0.2))
    assert [c.text for c in planner.waiting] == ["normal", "low"]
    decisions = planner.finished(2.0)
    assert [(d.action, d.cue.text) for d in decisions] == [(Action.PLAY, "normal")]
    # the LOW cue now waits behind "normal" (1 s) and goes stale
    assert [(d.action, d.cue.text) for d in planner.finished(3.0)] == [(Action.DROP, "low")]


def test_a_started_phrase_is_over_at_its_expected_end() -> None:
    # aplay may exit long after the sound ended: the planner goes by the clock
    planner = Planner()
    planner.offer(0.0, cue("busy", duration_s=1.0))
    planner.started(0.1, 1.0)
    assert planner.offer(0.5, cue("next", due_at=0.5)).action == Action.WAIT
    assert planner.free_at == 1.1
    assert planner.poll(1.05) == []
    assert [(d.action, d.cue.text) for d in planner.poll(1.1)] == [(Action.PLAY, "next")]


def test_a_lost_finish_report_does_not_block_forever() -> None:
    planner = Planner()
    planner.offer(0.0, cue("busy", duration_s=1.0))
    assert planner.offer(2.5, cue("next", due_at=2.5)).action == Action.WAIT
    planner.clear()
    planner.offer(0.0, cue("busy", duration_s=1.0))
    assert planner.offer(3.5, cue("next", due_at=3.5)).action == Action.PLAY


def test_clear_forgets_everything() -> None:
    planner = Planner()
    planner.offer(0.0, cue("busy", duration_s=2.0))
    planner.offer(0.1, cue("next", due_at=0.1))
    assert [c.text for c in planner.clear()] == ["next"]
    assert planner.playing is None and planner.waiting == []
    assert planner.poll(0.2) == []


offers = st.lists(
    st.tuples(
        st.floats(0.0, 3.0),  # time since the previous event
        st.sampled_from(list(Priority)),
        st.floats(0.1, 4.0),  # duration
        st.one_of(st.none(), st.floats(0.1, 6.0)),  # window
        st.booleans(),  # the playing phrase finished just before this cue
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(offers)
def test_rules_hold_for_any_sequence(
    events: list[tuple[float, Priority, float, float | None, bool]],
) -> None:
    planner = Planner(stale_s=0.5, render_s=0.0)
    now = 0.0
    started: list[tuple[float, Cue, Action]] = []

    def record(decisions: list[Decision], at: float) -> None:
        for d in decisions:
            if d.action in (Action.PLAY, Action.INTERRUPT):
                started.append((at, d.cue, d.action))

    for i, (gap, priority, duration, window, finish) in enumerate(events):
        now += gap
        if finish and planner.playing is not None:
            now = max(now, planner.ends_at)  # it ended when it was expected to
            record(planner.finished(now), now)
        c = cue(str(i), priority, due_at=now, duration_s=duration, window_s=window)
        decision = planner.offer(now, c)
        if priority == HIGH:
            assert decision.action in (Action.PLAY, Action.INTERRUPT)
        record([decision], now)

    for previous, current in itertools.pairwise([None, *started]):
        assert current is not None
        at, c, action = current
        if c.priority == LOW:  # never spoken late
            assert at - c.due_at <= 0.5 + 1e-9
        if c.priority != HIGH and c.window_s is not None:  # always finishes in its window
            assert at + c.duration_s <= c.due_at + c.window_s + 1e-9
        if previous is not None:  # never over another phrase, unless it outranks it
            prev_at, prev, _ = previous
            if action == Action.PLAY:
                assert at >= prev_at + prev.duration_s - 1e-9
            else:
                assert c.priority == HIGH or c.priority > prev.priority
