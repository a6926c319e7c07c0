"""Issue 18, item 4: every rule the validator checks has plain words in the window (no field
paths such as ``cues[0].at``), while the command line keeps the validator's message with
FILE:LINE:COLUMN."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from barretimer.core.model import Block, Defaults, Kind, Routine, Step, TimedCue
from barretimer.core.validate import validate_routine
from barretimer.ui.editor.problem_words import plain_words

BROKEN = Routine(
    name=" ",
    defaults=Defaults(rest=700.0, lead_in=-1.0, countdown=20),
    max_scale=5.0,
    steps=(
        Block(repeat=0, rest=900.0, steps=()),
        Step(exercise="", duration=0.0, rest=-5.0, muscles=("glutez",)),
        Step(exercise="Hold", duration=30.0, cap=20.0),
        Step(exercise="Max", kind=Kind.HOLD, duration=None, cap=-1.0, cues=(TimedCue(-5.0, "x"),)),
        Step(
            exercise="Short",
            duration=15.0,
            cues=(TimedCue(30.0, "Late"), TimedCue(-20.0, "Early"), TimedCue(5.0, " ")),
        ),
        Step(exercise="Chatty", duration=600.0, cues=tuple(TimedCue(1.0, "a") for _ in range(101))),
        Block(repeat=100, steps=(Block(repeat=100, steps=(Step(exercise="Many", duration=1.0),)),)),
    ),
)


def test_every_rule_has_plain_words() -> None:
    issues = validate_routine(BROKEN)
    assert len({issue.rule for issue in issues}) >= 17
    for issue in issues:
        words = plain_words(issue)
        assert issue.rule and words != issue.message, issue
        assert "[" not in words and "_" not in words and "defaults." not in words, words
    words = [plain_words(issue) for issue in issues]
    assert "This cue is set for 30 s after the start, but the step lasts only 15 s." in words
    assert "This cue is set for 20 s before the end, but the step lasts only 15 s." in words
    by_rule = {issue.rule: plain_words(issue) for issue in issues}
    assert 'no muscle group called "glutez"' in by_rule["unknown_muscle"]


def test_the_command_line_keeps_file_line_column_and_the_field(tmp_path: Path) -> None:
    routine = tmp_path / "late.yaml"
    routine.write_text(
        "name: Late\nsteps:\n  - exercise: Wall sit\n    duration: 15\n"
        "    cues:\n      - {at: 30, say: Too late}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "barretimer", "validate", str(routine)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "late.yaml:6:" in result.stdout + result.stderr
    assert "cues[0].at" in result.stdout + result.stderr
