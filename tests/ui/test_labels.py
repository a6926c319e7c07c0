"""Every screen's words for domain values come from one module."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from barretimer.core.model import Kind, Sides, Step
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Side
from barretimer.ui import labels


def test_counts_read_as_english_without_a_translation(qapp) -> None:
    assert labels.steps_label(1) == "1 step"
    assert labels.steps_label(12) == "12 steps"
    # The number as the user's locale writes it (1,200 or 1.200 or 1200).
    assert labels.sessions_label(1200) == f"{QLocale().toString(1200)} sessions"
    assert labels.rounds_label(0) == "0 rounds"


def test_one_value_one_word(qapp) -> None:
    assert labels.kind_label(Kind.BALANCE) == labels.kind_label("balance") == "Balance"
    assert labels.kind_label("juggle") == "juggle"  # an old stored value shows as written
    assert labels.side_label(Side.LEFT) == labels.side_label("left") == "Left"
    assert labels.side_label("") == ""
    assert labels.sides_label(Sides.LEFT_RIGHT) == "left, then right"
    assert labels.status_label(SessionStatus.COMPLETED) == labels.status_label("completed")
    assert labels.status_label("completed") == "Completed"


def test_durations(qapp) -> None:
    held = Step(exercise="Plank", kind=Kind.HOLD, duration=None, cap=90.0)
    assert labels.duration_label(held) == "max 1:30"
    assert labels.duration_label(Step(exercise="P", kind=Kind.HOLD, duration=None)) == "max"
    assert labels.duration_label(Step(exercise="P", kind=Kind.HOLD, duration=45.0)) == "0:45"
    assert labels.clock_label(12.5) == "0:12.5"


def test_plural_forms_and_a_repeat_played_once(qapp) -> None:
    from barretimer.core.model import Block

    assert labels.problems_label(1) == "1 problem"
    assert labels.intervals_label(63) == "63 intervals"
    assert labels.streak_label(1, 1) == "week in a row with at least 1 session completed"
    assert labels.streak_label(4, 2) == "weeks in a row with at least 2 sessions completed"
    step = Step(exercise="Plank", kind=Kind.HOLD, duration=30)
    assert labels.repeat_label(Block(steps=(step,), repeat=1, name="Warm-up")) == "Warm-up"
    assert labels.repeat_label(Block(steps=(step,), repeat=1)) == "Once"
    assert labels.repeat_label(Block(steps=(step,), repeat=2, name="Core")) == "Repeat ×2: Core"


def test_times_follow_the_number(qapp) -> None:
    assert labels.times_word(1) == "time"
    assert labels.times_word(3) == "times"


def test_the_history_says_what_a_scale_did(qapp) -> None:
    longer = labels.scale_effect_label(1.2)
    assert longer.startswith("at 120%") and "20% longer" in longer and "move sets" in longer
    assert "10% shorter" in labels.scale_effect_label(0.9)
    assert "as written" in labels.scale_effect_label(1.0)
