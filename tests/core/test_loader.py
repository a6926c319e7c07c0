"""The loader and validator: every kind of problem, with its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from barretimer.core.loader import load_routine_file, load_routine_text
from barretimer.core.model import Block, Catalog, Exercise, Kind, Level, Sides, Step, TimedCue

CATALOG = Catalog(
    (
        Exercise(
            id="plie-squat-hold",
            name="Plié squat hold",
            kind=Kind.HOLD,
            muscles=("glutes", "quads"),
            sides=Sides.BOTH,
            duration=45,
            cues=("Heels together.", "Sink an inch.", "Squeeze the seat."),
        ),
    )
)

GOOD = """\
name: Seat & Core
description: A 5-minute test.
level: intermediate
tags: [runners, glutes]
defaults: {rest: 10, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: Bridge hold
    kind: hold
    duration: "1:30"
    cue: Lift the hips.
    muscles: [glutes, hamstrings]
    cues:
      - {at: 20, say: Squeeze.}
      - {at: -15, say: Stay high.}
  - repeat: 2
    rest: 15
    steps:
      - exercise: Single-leg stand
        kind: balance
        duration: max
        cap: 90
        sides: left-right
"""


def problems(text: str) -> list[str]:
    result = load_routine_text(text, "r.yaml", CATALOG)
    return [str(p) for p in result.problems]


def test_a_good_routine_loads_to_the_model() -> None:
    result = load_routine_text(GOOD, "r.yaml", CATALOG)
    assert result.problems == []
    routine = result.routine
    assert routine is not None
    assert routine.level is Level.INTERMEDIATE
    assert routine.defaults.rest == 10
    bridge = routine.steps[0]
    assert bridge == Step(
        exercise="Bridge hold",
        kind=Kind.HOLD,
        duration=90.0,
        cue="Lift the hips.",
        muscles=("glutes", "hamstrings"),
        cues=(TimedCue(20, "Squeeze."), TimedCue(-15, "Stay high.")),
    )
    block = routine.steps[1]
    assert isinstance(block, Block) and block.repeat == 2 and block.rest == 15
    stand = block.steps[0]
    assert isinstance(stand, Step)
    assert stand.is_max and stand.cap == 90 and stand.sides is Sides.LEFT_RIGHT


@pytest.mark.parametrize(
    ("text", "duration"),
    [("45", 45), ('"45s"', 45), ('"1:30"', 90), ('"2m"', 120), ('"1m30s"', 90), ("12.5", 12.5)],
)
def test_duration_spellings(text: str, duration: float) -> None:
    result = load_routine_text(
        f"name: x\nsteps:\n  - exercise: A b\n    duration: {text}\n", "r.yaml"
    )
    assert result.problems == []
    step = result.routine.steps[0] if result.routine else None
    assert isinstance(step, Step) and step.duration == duration


def test_a_catalog_id_inherits_and_fields_override() -> None:
    text = "name: x\nsteps:\n  - exercise: plie-squat-hold\n    duration: 60\n"
    result = load_routine_text(text, "r.yaml", CATALOG)
    step = result.routine.steps[0] if result.routine else None
    assert isinstance(step, Step)
    assert (step.exercise, step.kind, step.duration, step.ref) == (
        "Plié squat hold",
        Kind.HOLD,
        60,
        "plie-squat-hold",
    )
    assert step.cue == "Heels together."
    assert step.muscles == ("glutes", "quads")
    # the other catalog cues are spread through the step's own length
    assert step.cues == (TimedCue(20, "Sink an inch."), TimedCue(40, "Squeeze the seat."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: fast\n",
            'r.yaml:4:15: duration must be a positive number of seconds or "m:ss", got "fast"',
        ),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: -5\n",
            "r.yaml:4:15: duration must be a positive number of seconds (at most 4 hours), got -5",
        ),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: 0\n",
            "r.yaml:4:15: duration must be a positive number of seconds (at most 4 hours), got 0",
        ),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duraton: 30\n",
            'r.yaml:4:5: unknown field "duraton" in a step (did you mean "duration"?)',
        ),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: 30\n    kind: plank\n",
            'r.yaml:5:11: kind must be one of hold, stretch, balance, move, rest, got "plank"',
        ),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: 30\n    sides: left\n",
            'r.yaml:5:12: sides must be one of both, left-right, got "left"',
        ),
        (
            "name: x\nsteps:\n  - repeat: 0\n    steps:\n      - {exercise: A b, duration: 5}\n",
            "r.yaml:3:13: repeat must be a whole number from 1 to 100, got 0",
        ),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: 30\n    cues:\n      - {at: 45, say: Late.}\n",
            "r.yaml:6:14: cues[0].at must fall inside the 30 s interval (between -30 and 30, exclusive), got 45",
        ),
        (
            "name: x\nsteps:\n  - exercise: plie-sqat-hold\n",
            'r.yaml:3:15: exercise "plie-sqat-hold" is not in the exercise catalog (did you mean "plie-squat-hold"?); '
            "name your own exercise in words (with spaces)",
        ),
        ("name: x\nsteps: []\n", "r.yaml:2:8: steps must list at least one step"),
        (
            "name: x\nname: y\nsteps:\n  - {exercise: A b, duration: 5}\n",
            'r.yaml:2:1: duplicate key "name" (first at line 1); write each key once',
        ),
        (
            "name: x\nsteps:\n\t- {exercise: A b, duration: 5}\n",
            "r.yaml:3:1: tab character in the indentation; indent with spaces",
        ),
        (
            "- name: x\n",
            "r.yaml:1:1: a routine must be a mapping with name and steps, found a list",
        ),
        ("", "r.yaml:1:1: the file is empty; a routine needs at least a name and steps"),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: 30\n    muscles: [quadz]\n",
            'r.yaml:5:15: unknown muscle "quadz" (did you mean "quads"?); muscles are: glutes, glute medius, '
            "hip rotators, hip flexors, adductors, quads, hamstrings, calves, tibialis, peroneals, feet, core, "
            "obliques, back, shoulders, arms",
        ),
        (
            "name: x\nsteps:\n  - exercise: A b\n    duration: 30\n    cap: 60\n",
            "r.yaml:5:10: cap only goes with duration: max",
        ),
        (
            "name: !!python/object/apply:os.system [echo hi]\nsteps: []\n",
            "r.yaml:1:7: the tag !!python/object/apply:os.system is not allowed; only plain YAML values are",
        ),
        (
            "name: x\nsteps:\n  - just a string\n",
            'r.yaml:3:5: each step must be a mapping (exercise, duration, ...), got "just a string"',
        ),
        ("name: [x\n", "r.yaml:2:1: YAML syntax: did not find expected ',' or ']'"),
        ("steps:\n  - {exercise: A b, duration: 5}\n", "r.yaml:1:1: name is missing"),
    ],
)
def test_each_problem_says_where_and_what(text: str, expected: str) -> None:
    assert expected in problems(text)


def test_every_problem_is_reported_not_just_the_first() -> None:
    text = "name: x\nlevel: expert\nsteps:\n  - exercise: A b\n    duration: fast\n  - exercise: C d\n    duration: 10\n    rest: -1\n"
    found = problems(text)
    assert found == [
        'r.yaml:2:8: level must be one of beginner, intermediate, advanced, got "expert"',
        'r.yaml:5:15: duration must be a positive number of seconds or "m:ss", got "fast"',
        "r.yaml:8:11: rest must be 0 to 600 seconds, got -1",
    ]


def test_problems_carry_the_step_path_for_the_editor() -> None:
    text = "name: x\nsteps:\n  - {exercise: A b, duration: 5}\n  - repeat: 2\n    steps:\n      - {exercise: C d, duration: -1}\n"
    result = load_routine_text(text, "r.yaml")
    assert [p.path for p in result.problems] == [(1, 0)]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfname: x\nsteps:\n  - {exercise: A b, duration: fast}\n")
    found = [str(p) for p in load_routine_file(path).problems]
    assert found == [
        f'{path}:3:31: duration must be a positive number of seconds or "m:ss", got "fast"'
    ]


def test_latin1_bytes_say_where(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"name: x\nsteps:\n  - {exercise: Pli\xe9, duration: 5}\n")
    assert [str(p) for p in load_routine_file(path).problems] == [
        f"{path}:3:19: byte 0xE9 is not UTF-8 text; save the file as UTF-8"
    ]


def test_files_over_one_mebibyte_are_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    [problem] = load_routine_file(path).problems
    assert "limited to 1 MiB" in problem.message


def test_an_alias_bomb_is_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 10):
        refs = ", ".join([f"*a{n - 1}"] * 10)
        lines.append(f"a{n}: &a{n} [{refs}]")
    [problem] = load_routine_text("\n".join(lines) + "\n", "bomb.yaml").problems
    assert "too many values" in problem.message or "nesting" in problem.message


def test_a_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    [problem] = load_routine_file(tmp_path / "nope.yaml").problems
    assert problem.message == "no such file"


# --- a routine's reason for leaving worked groups unstretched -----------------------------------

UNSTRETCHED = """\
name: Before the run
unstretched:
  muscles: [calves, quads]
  why: A warm-up; long stretches wait until after the run.
steps:
  - {exercise: Calf raise, kind: move, duration: 30, muscles: [calves]}
"""


def test_unstretched_names_the_groups_and_the_reason() -> None:
    result = load_routine_text(UNSTRETCHED, "r.yaml", CATALOG)
    assert result.problems == []
    assert result.routine is not None and result.routine.unstretched is not None
    assert result.routine.unstretched.muscles == ("calves", "quads")
    assert result.routine.unstretched.why == "A warm-up; long stretches wait until after the run."


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "[calves, quads]",
            "[calves, quadz]",
            'r.yaml:3:12: unknown muscle "quadz" in unstretched (did you mean "quads"?)',
        ),
        (
            "  why: A warm-up; long stretches wait until after the run.\n",
            "",
            "r.yaml:3:3: unstretched needs muscles (the worked groups left unstretched) and why "
            "(the reason)",
        ),
        (
            "  why:",
            "  because:",
            'r.yaml:4:3: unknown field "because" in unstretched; the fields of unstretched are: '
            "muscles, why",
        ),
    ],
)
def test_a_wrong_unstretched_says_where_and_what(old: str, new: str, expected: str) -> None:
    assert expected in problems(UNSTRETCHED.replace(old, new))


def test_unstretched_must_be_a_mapping() -> None:
    text = "name: x\nunstretched: calves\nsteps:\n  - {exercise: A b, duration: 5}\n"
    assert problems(text) == [
        'r.yaml:2:14: unstretched must be a mapping with muscles and why, got "calves"'
    ]
