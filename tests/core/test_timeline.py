"""Compiling routines into timelines: lead-in, rests, repeats, sides, cue times, scale."""

from __future__ import annotations

from barretimer.core.loader import load_routine_text
from barretimer.core.model import Routine
from barretimer.core.timeline import MOVE_SET_MAX_S, CueKind, Role, Side, compile_timeline


def routine(text: str) -> Routine:
    result = load_routine_text(text, "t.yaml")
    assert result.problems == []
    assert result.routine is not None
    return result.routine


BASE = "name: T\ndefaults: {rest: 10, countdown: 3, lead_in: 5, switch: 5}\nsteps:\n"


def shape(text: str) -> list[tuple[str, str, float, float]]:
    timeline = compile_timeline(routine(BASE + text))
    return [
        (
            i.role.value,
            i.name if i.side is None else f"{i.name}/{i.side.value}",
            i.start_s,
            i.duration_s,
        )
        for i in timeline.intervals
    ]


def test_lead_in_then_steps_with_rest_between_never_after_the_last() -> None:
    assert shape("  - {exercise: A a, duration: 30}\n  - {exercise: B b, duration: 20}\n") == [
        ("lead_in", "Get ready", 0, 5),
        ("work", "A a", 5, 30),
        ("rest", "Rest", 35, 10),
        ("work", "B b", 45, 20),
    ]


def test_no_rest_next_to_a_rest_step_and_step_rest_overrides() -> None:
    text = (
        "  - {exercise: A a, duration: 30, rest: 4}\n"
        "  - {exercise: B b, duration: 20}\n"
        "  - {exercise: Breather, kind: rest, duration: 15}\n"
        "  - {exercise: C c, duration: 10}\n"
    )
    assert shape(text) == [
        ("lead_in", "Get ready", 0, 5),
        ("work", "A a", 5, 30),
        ("rest", "Rest", 35, 4),
        ("work", "B b", 39, 20),
        ("work", "Breather", 59, 15),
        ("work", "C c", 74, 10),
    ]


def test_block_rest_goes_between_repetitions_and_default_rest_around_the_block() -> None:
    text = (
        "  - {exercise: A a, duration: 30}\n"
        "  - repeat: 2\n"
        "    rest: 15\n"
        "    steps:\n"
        "      - {exercise: B b, duration: 20}\n"
        "      - {exercise: C c, duration: 20}\n"
        "  - {exercise: D d, duration: 10}\n"
    )
    roles = [(r, n, d) for r, n, _, d in shape(text)]
    assert roles == [
        ("lead_in", "Get ready", 5),
        ("work", "A a", 30),
        ("rest", "Rest", 10),
        ("work", "B b", 20),
        ("rest", "Rest", 10),
        ("work", "C c", 20),
        ("rest", "Rest", 15),  # between the repetitions
        ("work", "B b", 20),
        ("rest", "Rest", 10),
        ("work", "C c", 20),
        ("rest", "Rest", 10),  # after the block: the default
        ("work", "D d", 10),
    ]
    labels = [i.round_label for i in compile_timeline(routine(BASE + text)).work_intervals]
    assert labels == ["", "Round 1 of 2", "Round 1 of 2", "Round 2 of 2", "Round 2 of 2", ""]


def test_nested_blocks_use_the_innermost_rest_at_their_own_boundary() -> None:
    text = (
        "  - repeat: 2\n    rest: 30\n    steps:\n"
        "      - repeat: 2\n        rest: 5\n        steps:\n"
        "          - {exercise: A a, duration: 10}\n"
    )
    rests = [d for r, _, _, d in shape(text) if r == "rest"]
    assert rests == [5, 30, 5]


def test_left_right_plays_full_duration_each_side_with_switch_between() -> None:
    assert shape("  - {exercise: Stand, kind: balance, duration: 30, sides: left-right}\n") == [
        ("lead_in", "Get ready", 0, 5),
        ("work", "Stand/left", 5, 30),
        ("switch", "Switch sides", 35, 5),
        ("work", "Stand/right", 40, 30),
    ]


def test_cue_times_in_a_step() -> None:
    text = (
        "  - exercise: Bridge\n    kind: hold\n    duration: 60\n    cue: Lift.\n"
        "    cues:\n      - {at: 20, say: Squeeze.}\n      - {at: -15, say: Stay high.}\n"
    )
    timeline = compile_timeline(routine(BASE + text))
    work = timeline.intervals[1]
    times = [
        (
            e.kind,
            e.text,
            work.start_s + (e.offset_s if not e.from_end else work.duration_s + e.offset_s),
        )
        for e in work.events
    ]
    assert times == [
        (CueKind.STEP_START, "Bridge. Lift.", 5),
        (CueKind.CUE, "Squeeze.", 25),
        (CueKind.HALFWAY, "Halfway.", 35),
        (CueKind.CUE, "Stay high.", 50),
        (CueKind.TEN_SECONDS, "10 seconds.", 55),
        (CueKind.COUNTDOWN, "3", 62),
        (CueKind.COUNTDOWN, "2", 63),
        (CueKind.COUNTDOWN, "1", 64),
    ]


def test_halfway_only_for_holds_and_balance_of_30_s_or_more() -> None:
    text = "  - {exercise: A a, kind: stretch, duration: 60}\n  - {exercise: B b, kind: hold, duration: 29}\n"
    timeline = compile_timeline(routine(BASE + text))
    kinds = {e.kind for i in timeline.work_intervals for e in i.events}
    assert CueKind.HALFWAY not in kinds


def test_rest_says_what_comes_next_and_switch_says_switch() -> None:
    text = "  - {exercise: A a, duration: 30}\n  - {exercise: Stand, kind: balance, duration: 30, sides: left-right}\n"
    timeline = compile_timeline(routine(BASE + text))
    rest = next(i for i in timeline.intervals if i.role is Role.REST)
    assert rest.events[0].text == "Rest. Next up: Stand, left side."
    switch = next(i for i in timeline.intervals if i.role is Role.SWITCH)
    assert switch.events[0].kind is CueKind.SWITCH_SIDES
    assert timeline.intervals[0].events[0].text == "Get ready. First up: A a."


def test_scale_stretches_work_and_move_sets_up_to_their_cap_but_not_rests() -> None:
    text = (
        "  - {exercise: A a, kind: hold, duration: 40}\n"
        "  - {exercise: B b, kind: move, duration: 40}\n"
        "  - {exercise: C c, kind: stretch, duration: 30}\n"
        "  - {exercise: D d, kind: balance, duration: 20, sides: left-right}\n"
        "  - {exercise: E e, kind: move, duration: 85}\n"
        "  - {exercise: F f, kind: move, duration: 120}\n"
    )
    timeline = compile_timeline(routine(BASE + text), scale=1.1)
    assert [i.duration_s for i in timeline.intervals] == [
        5, 44, 10, 44, 10, 33, 10, 22, 5, 22, 10, MOVE_SET_MAX_S, 10, 120
    ]  # fmt: skip
    assert timeline.scale == 1.1


def test_max_step_counts_as_its_cap_or_60_s() -> None:
    text = "  - {exercise: A a, duration: max, cap: 90}\n  - {exercise: B b, duration: max, rest: 0}\n  - {exercise: C c, duration: 5}\n"
    timeline = compile_timeline(routine(BASE + text))
    work = timeline.work_intervals
    assert [(w.open_ended, w.duration_s) for w in work] == [(True, 90), (True, 60), (False, 5)]
    # no countdown or "10 seconds" in a step that ends when the user says so
    assert {e.kind for e in work[0].events} == {CueKind.STEP_START}


def test_start_at_a_step_plays_from_there_after_the_lead_in() -> None:
    text = "  - {exercise: A a, duration: 30}\n  - repeat: 2\n    steps:\n      - {exercise: B b, duration: 20}\n"
    timeline = compile_timeline(routine(BASE + text), start_at=(1,))
    assert [(i.role, i.name) for i in timeline.intervals] == [
        (Role.LEAD_IN, "Get ready"),
        (Role.WORK, "B b"),
        (Role.REST, "Rest"),
        (Role.WORK, "B b"),
    ]


def test_total_and_phrases() -> None:
    text = "  - {exercise: A a, duration: 30, cue: Go.}\n  - {exercise: B b, duration: 20, sides: left-right}\n"
    timeline = compile_timeline(routine(BASE + text))
    assert timeline.total_s == 5 + 30 + 10 + 20 + 5 + 20
    phrases = timeline.phrases()
    assert "A a. Go." in phrases and "3" in phrases and phrases.count("3") == 1
    assert [i.side for i in timeline.work_intervals] == [None, Side.LEFT, Side.RIGHT]


def test_the_planned_total_is_the_timelines_total_for_every_shipped_routine_and_scale() -> None:
    from barretimer import paths
    from barretimer.core.library import load_catalog
    from barretimer.core.loader import load_routine_file
    from barretimer.core.timeline import planned_total_s

    catalog = load_catalog(paths.catalog_path())[0]
    checked = 0
    for path in sorted(paths.shipped_routines_dir().glob("*.yaml")):
        shipped = load_routine_file(path, catalog).routine
        if shipped is None:  # the folder holds plans too
            continue
        for scale in (0.5, 1.0, 1.35):
            assert planned_total_s(shipped, scale) == compile_timeline(shipped, scale).total_s
            checked += 1
    assert checked >= 15
