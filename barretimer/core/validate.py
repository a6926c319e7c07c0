"""Rules a routine must follow, checked on the model (the loader and the editor share them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from barretimer.core.model import MUSCLES, Block, Item, Routine, Sides, Step
from barretimer.core.problems import StepPath, did_you_mean

MAX_REPEAT = 100
MAX_SECONDS = 4 * 3600.0
#: The most steps a routine may play once repeats are expanded (a guard against nested
#: repeats that multiply into millions of intervals).
MAX_PLAYED_STEPS = 5000
#: The most timed cues one step may have: a cue every few seconds of a long hold is far below
#: it, and tens of thousands (written out or through a YAML alias) are a file gone wrong.
MAX_CUES_PER_STEP = 100


@dataclass(frozen=True)
class Issue:
    """A broken rule: the item it belongs to, the field (dotted, e.g. ``cues.1.at``), what.

    ``message`` names the file's fields (the command line prints it with FILE:LINE:COLUMN);
    ``rule`` and ``values`` let the window say the same in plain words of its own
    (``ui/editor/problem_words.py``)."""

    path: StepPath
    field: str
    message: str
    rule: str = ""
    values: Mapping[str, object] = dataclass_field(default_factory=dict, compare=False, hash=False)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def validate_routine(routine: Routine) -> list[Issue]:
    issues: list[Issue] = []
    if not routine.name.strip():
        issues.append(Issue((), "name", "name must not be empty", "empty_name"))
    defaults = routine.defaults
    for field_name, value in (
        ("rest", defaults.rest),
        ("lead_in", defaults.lead_in),
        ("switch", defaults.switch),
    ):
        if not 0 <= value <= 600:
            issues.append(
                Issue(
                    (),
                    f"defaults.{field_name}",
                    f"defaults.{field_name} must be 0 to 600 seconds, got {_number(value)}",
                    "default_out_of_range",
                    {"what": field_name, "value": value},
                )
            )
    if not 0 <= defaults.countdown <= 10:
        issues.append(
            Issue(
                (),
                "defaults.countdown",
                f"defaults.countdown must be 0 to 10 seconds, got {defaults.countdown}",
                "countdown_out_of_range",
                {"value": defaults.countdown},
            )
        )
    if routine.max_scale is not None and not 1.0 <= routine.max_scale <= 3.0:
        issues.append(
            Issue(
                (),
                "max_scale",
                f"max_scale must be between 1.0 and 3.0, got {_number(routine.max_scale)}",
                "max_scale_out_of_range",
                {"value": routine.max_scale},
            )
        )
    if not routine.steps:
        issues.append(Issue((), "steps", "steps must list at least one step", "no_steps"))
    _check_items(routine.steps, (), routine, issues)
    played = played_steps(routine.steps)
    if played > MAX_PLAYED_STEPS:
        count = f"{played:,}" if played < 10**12 else "more than a trillion"
        issues.append(
            Issue(
                (),
                "steps",
                f"the routine plays {count} steps once its repeats are expanded; the limit is {MAX_PLAYED_STEPS:,}",
                "too_many_played",
                {"count": played, "limit": MAX_PLAYED_STEPS},
            )
        )
    return issues


def played_steps(items: tuple[Item, ...]) -> int:
    """How many steps (each side counted) the items play with every repeat expanded."""
    total = 0
    for item in items:
        if isinstance(item, Block):
            total += max(item.repeat, 0) * played_steps(item.steps)
        else:
            total += 2 if item.sides is Sides.LEFT_RIGHT else 1
    return total


def _check_items(
    items: tuple[Item, ...], parent: StepPath, routine: Routine, issues: list[Issue]
) -> None:
    for index, item in enumerate(items):
        path = (*parent, index)
        if isinstance(item, Block):
            if not 1 <= item.repeat <= MAX_REPEAT:
                issues.append(
                    Issue(
                        path,
                        "repeat",
                        f"repeat must be a whole number from 1 to {MAX_REPEAT}, got {item.repeat}",
                        "repeat_out_of_range",
                        {"value": item.repeat, "limit": MAX_REPEAT},
                    )
                )
            if item.rest is not None and not 0 <= item.rest <= 600:
                issues.append(
                    Issue(
                        path,
                        "rest",
                        f"rest must be 0 to 600 seconds, got {_number(item.rest)}",
                        "block_rest_out_of_range",
                        {"value": item.rest},
                    )
                )
            if not item.steps:
                issues.append(
                    Issue(path, "steps", "a repeat block needs at least one step", "empty_block")
                )
            _check_items(item.steps, path, routine, issues)
        else:
            _check_step(item, path, routine, issues)


def _check_step(step: Step, path: StepPath, routine: Routine, issues: list[Issue]) -> None:
    if not step.exercise.strip():
        issues.append(Issue(path, "exercise", "exercise must name the exercise", "no_exercise"))
    _check_times(step, path, issues)
    for muscle_index, muscle in enumerate(step.muscles):
        if muscle not in MUSCLES:
            issues.append(
                Issue(
                    path,
                    f"muscles.{muscle_index}",
                    f'unknown muscle "{muscle}"{did_you_mean(muscle, MUSCLES)}; muscles are: {", ".join(MUSCLES)}',
                    "unknown_muscle",
                    {"muscle": muscle},
                )
            )
    _check_cues(step, path, issues)


def _check_times(step: Step, path: StepPath, issues: list[Issue]) -> None:
    """The step's duration, cap and rest are each in range."""
    if step.duration is not None and not 0 < step.duration <= MAX_SECONDS:
        issues.append(
            Issue(
                path,
                "duration",
                f"duration must be a positive number of seconds (at most 4 hours), got {_number(step.duration)}",
                "duration_out_of_range",
                {"value": step.duration},
            )
        )
    if step.cap is not None:
        if step.duration is not None:
            issues.append(Issue(path, "cap", "cap only goes with duration: max", "cap_without_max"))
        elif not 0 < step.cap <= MAX_SECONDS:
            issues.append(
                Issue(
                    path,
                    "cap",
                    f"cap must be a positive number of seconds, got {_number(step.cap)}",
                    "cap_out_of_range",
                    {"value": step.cap},
                )
            )
    if step.rest is not None and not 0 <= step.rest <= 600:
        issues.append(
            Issue(
                path,
                "rest",
                f"rest must be 0 to 600 seconds, got {_number(step.rest)}",
                "rest_out_of_range",
                {"value": step.rest},
            )
        )


def _check_cues(step: Step, path: StepPath, issues: list[Issue]) -> None:
    """Not too many cues; each says something and falls inside its interval."""
    length = step.planned_s
    if len(step.cues) > MAX_CUES_PER_STEP:
        issues.append(
            Issue(
                path,
                "cues",
                f"a step has at most {MAX_CUES_PER_STEP} cues, this one has {len(step.cues):,}",
                "too_many_cues",
                {"count": len(step.cues), "limit": MAX_CUES_PER_STEP},
            )
        )
        return  # checking each of them would only repeat the point
    for cue_index, cue in enumerate(step.cues):
        where = f"cues.{cue_index}"
        if not cue.say.strip():
            issues.append(
                Issue(
                    path,
                    f"{where}.say",
                    f"cues[{cue_index}].say must not be empty",
                    "empty_cue",
                    {"number": cue_index + 1},
                )
            )
        if step.is_max and cue.at < 0:
            issues.append(
                Issue(
                    path,
                    f"{where}.at",
                    f"cues[{cue_index}].at must be 0 or more for a max step, got {_number(cue.at)}",
                    "cue_before_end_of_max",
                    {"number": cue_index + 1, "at": cue.at},
                )
            )
        elif not -length < cue.at < length:
            issues.append(
                Issue(
                    path,
                    f"{where}.at",
                    f"cues[{cue_index}].at must fall inside the {_number(length)} s interval "
                    f"(between -{_number(length)} and {_number(length)}, exclusive), got {_number(cue.at)}",
                    "cue_outside_step",
                    {"number": cue_index + 1, "at": cue.at, "length": length},
                )
            )
