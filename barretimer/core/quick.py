"""The quick timer: a routine made from a few numbers, for when writing one is too much.

Either rounds of work and rest ("8 × 0:40 hold, 0:20 rest") or one max hold that counts up
until you are done. The result is an ordinary :class:`Routine`: it plays, is recorded and can
be saved like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from barretimer.core.durations import format_clock
from barretimer.core.model import Block, Defaults, Item, Kind, Level, Routine, Step

#: What a quick timer's work is called when the user gives no name.
DEFAULT_EXERCISE = "Work"
#: What a quick max hold is called when the user gives no name.
DEFAULT_MAX_HOLD = "Max hold"
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
    exercise: str = DEFAULT_MAX_HOLD
    cap_s: float | None = None  # stops by itself here; None: only when you say done
    kind: Kind = Kind.HOLD


@dataclass(frozen=True)
class QuickWords:
    """What a quick timer's routine is called, in a language (the window passes its own;
    these are the English). ``{exercise}`` is the name as typed, ``{exercise_lower}`` the
    same in lower case; ``work`` and ``max_hold`` name the exercise when the user gives none."""

    intervals: str = "Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest"
    intervals_no_rest: str = "Quick timer: {rounds} × {work} {exercise_lower}"
    max_hold_name: str = "Quick max hold: {exercise}"
    max_hold_capped: str = "Quick max hold: {exercise}, up to {cap}"
    intervals_description: str = "A quick timer: rounds of work and rest."
    max_hold_description: str = "A quick timer: one hold, as long as you can."
    tag: str = "quick timer"
    work: str = DEFAULT_EXERCISE
    max_hold: str = DEFAULT_MAX_HOLD


ENGLISH_WORDS = QuickWords()


def quick_routine(
    spec: QuickIntervals | QuickMaxHold, words: QuickWords = ENGLISH_WORDS
) -> Routine:
    """The routine a quick timer plays, named in ``words``' language; the history records it
    (and its default exercise) under the English name, so sessions do not split by language.
    ValueError for numbers no timer can play."""
    english = _quick_routine(spec, ENGLISH_WORDS)
    if words == ENGLISH_WORDS:
        return english
    shown = _quick_routine(spec, words)
    steps = tuple(_recorded(*pair) for pair in zip(shown.steps, english.steps, strict=True))
    return replace(shown, steps=steps, recorded_as=english.name)


def _recorded(shown: Item, english: Item) -> Item:
    """``shown`` with each step recorded under the English step's exercise name."""
    if isinstance(shown, Block) and isinstance(english, Block):
        pairs = zip(shown.steps, english.steps, strict=True)
        return replace(shown, steps=tuple(_recorded(*pair) for pair in pairs))
    assert isinstance(shown, Step) and isinstance(english, Step)
    return replace(shown, recorded_as=english.exercise)


def _quick_routine(spec: QuickIntervals | QuickMaxHold, words: QuickWords) -> Routine:
    if isinstance(spec, QuickMaxHold):
        if spec.cap_s is not None and spec.cap_s <= 0:
            raise ValueError("the cap must be positive")
        exercise = spec.exercise.strip() or words.max_hold
        cap = format_clock(spec.cap_s) if spec.cap_s else ""
        name = words.max_hold_capped if cap else words.max_hold_name
        return Routine(
            name=name.format(exercise=exercise, cap=cap),
            description=words.max_hold_description,
            level=Level.BEGINNER,
            tags=(words.tag,),
            steps=(Step(exercise, spec.kind, duration=None, cap=spec.cap_s),),
            defaults=Defaults(rest=0.0),
        )
    if spec.work_s <= 0 or spec.rest_s < 0 or not 1 <= spec.rounds <= MAX_ROUNDS:
        raise ValueError(f"work must be positive, rest not negative and rounds 1 to {MAX_ROUNDS}")
    exercise = spec.exercise.strip() or words.work
    step = Step(exercise, spec.kind, duration=spec.work_s)
    steps = (step,) if spec.rounds == 1 else (Block(spec.rounds, (step,), rest=spec.rest_s),)
    name = words.intervals if spec.rest_s else words.intervals_no_rest
    return Routine(
        name=name.format(
            rounds=spec.rounds,
            work=format_clock(spec.work_s),
            exercise=exercise,
            exercise_lower=exercise.lower(),
            rest=format_clock(spec.rest_s),
        ),
        description=words.intervals_description,
        level=Level.BEGINNER,
        tags=(words.tag,),
        steps=steps,
        defaults=Defaults(rest=spec.rest_s),
    )
