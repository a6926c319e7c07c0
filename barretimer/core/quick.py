"""The quick timer: a routine made from a few numbers, for when writing one is too much.

Either rounds of work and rest ("8 × 0:40 hold, 0:20 rest") or one max hold that counts up
until you are done. The result is an ordinary :class:`Routine`: it plays, is recorded and can
be saved like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from barretimer.core.durations import format_clock
from barretimer.core.model import Block, Defaults, Kind, Level, Routine, Step

#: What a quick timer's work is called when the user gives no name.
DEFAULT_EXERCISE = "Work"
MAX_ROUNDS = 99


@dataclass(frozen=True)
class QuickIntervals:
    work_s: float
    rest_s: float
    rounds: int
    exercise: str = DEFAULT_EXERCISE
    kind: Kind = Kind.HOLD


@dataclass(frozen=True)
class QuickMaxHold:
    exercise: str = "Max hold"
    cap_s: float | None = None  # stops by itself here; None: only when you say done
    kind: Kind = Kind.HOLD


def quick_routine(spec: QuickIntervals | QuickMaxHold) -> Routine:
    """The routine a quick timer plays. ValueError for numbers no timer can play."""
    if isinstance(spec, QuickMaxHold):
        if spec.cap_s is not None and spec.cap_s <= 0:
            raise ValueError("the cap must be positive")
        exercise = spec.exercise.strip() or "Max hold"
        cap = f", up to {format_clock(spec.cap_s)}" if spec.cap_s else ""
        return Routine(
            name=f"Quick max hold: {exercise}{cap}",
            description="A quick timer: one hold, as long as you can.",
            level=Level.BEGINNER,
            tags=("quick timer",),
            steps=(Step(exercise, spec.kind, duration=None, cap=spec.cap_s),),
            defaults=Defaults(rest=0.0),
        )
    if spec.work_s <= 0 or spec.rest_s < 0 or not 1 <= spec.rounds <= MAX_ROUNDS:
        raise ValueError(f"work must be positive, rest not negative and rounds 1 to {MAX_ROUNDS}")
    exercise = spec.exercise.strip() or DEFAULT_EXERCISE
    rest = f", {format_clock(spec.rest_s)} rest" if spec.rest_s else ""
    step = Step(exercise, spec.kind, duration=spec.work_s)
    steps = (step,) if spec.rounds == 1 else (Block(spec.rounds, (step,), rest=spec.rest_s),)
    return Routine(
        name=f"Quick timer: {spec.rounds} × {format_clock(spec.work_s)} {exercise.lower()}{rest}",
        description="A quick timer: rounds of work and rest.",
        level=Level.BEGINNER,
        tags=("quick timer",),
        steps=steps,
        defaults=Defaults(rest=spec.rest_s),
    )
