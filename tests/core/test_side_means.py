"""Which leg "left" names on a one-sided step: the step's ``side_means``, or its catalog's."""

from __future__ import annotations

import yaml

from barretimer import paths
from barretimer.core.loader import load_catalog_file, load_routine_text
from barretimer.core.model import Kind, Routine, SideMeans, Sides, Step
from barretimer.core.timeline import Side, compile_timeline
from barretimer.core.writer import routine_to_yaml

CATALOG, _ = load_catalog_file(paths.catalog_path())

INLINE = """\
name: Legs
steps:
  - exercise: Stork stand
    kind: balance
    duration: 30
    sides: left-right
    side_means: standing
"""


def test_a_step_says_which_leg_and_the_timeline_carries_it() -> None:
    result = load_routine_text(INLINE, "r.yaml", CATALOG)
    assert result.problems == []
    assert result.routine is not None
    step = result.routine.steps[0]
    assert isinstance(step, Step) and step.side_means is SideMeans.STANDING
    sides = [(i.side, i.side_means) for i in compile_timeline(result.routine, 1.0).work_intervals]
    assert sides == [(Side.LEFT, SideMeans.STANDING), (Side.RIGHT, SideMeans.STANDING)]


def test_a_wrong_value_says_where_and_what() -> None:
    result = load_routine_text(INLINE.replace("standing", "sitting"), "r.yaml", CATALOG)
    [problem] = [str(p) for p in result.problems]
    assert problem.startswith("r.yaml:7:")
    assert "side_means" in problem and "standing" in problem and "working" in problem


def test_catalog_steps_inherit_it_and_the_writer_keeps_what_differs() -> None:
    text = "name: x\nsteps:\n  - exercise: single-leg-stand\n  - exercise: arabesque-hold\n"
    routine = load_routine_text(text, "r.yaml", CATALOG).routine
    assert routine is not None
    assert [s.side_means for s in routine.steps] == [SideMeans.STANDING, SideMeans.WORKING]
    assert "side_means" not in routine_to_yaml(routine, CATALOG)  # inherited: not repeated
    own = Routine(
        name="Mine",
        steps=(
            Step(
                "Stork stand",
                Kind.BALANCE,
                30,
                sides=Sides.LEFT_RIGHT,
                side_means=SideMeans.WORKING,
            ),
        ),
    )
    written = routine_to_yaml(own, CATALOG)
    assert yaml.safe_load(written)["steps"][0]["side_means"] == "working"
    assert load_routine_text(written, "r.yaml", CATALOG).routine == own


def test_every_one_sided_balance_in_the_catalog_says_which_leg() -> None:
    # The heel-to-toe stand is on two feet: its side is the foot in front (its text says so).
    missing = [
        e.id
        for e in CATALOG.exercises
        if e.kind is Kind.BALANCE and e.sides is Sides.LEFT_RIGHT and e.side_means is None
    ]
    assert missing == ["heel-to-toe-stand"]
    assert all(e.side_means is None for e in CATALOG.exercises if e.sides is Sides.BOTH)
