"""Routines out as FIT workout files, the structured workouts watches load.

Encoded with ``fit-tool`` (BSD-3-Clause; the optional extra ``barretimer[fit]``): see the README,
"Other apps and watches", for why this library and not Garmin's own SDK. The plan in
:mod:`barretimer.formats.common` decides the steps; this module only writes them.
"""

from __future__ import annotations

import time
import zlib
from typing import Any

from barretimer.core.model import MAX_SCALE, MIN_SCALE, Kind, Routine
from barretimer.core.summary import seconds_by_kind
from barretimer.core.timeline import compile_timeline
from barretimer.formats.common import FormatError, fit_bytes, shorten, with_side_short
from barretimer.formats.step_plan import (
    ACTIVE,
    COOLDOWN,
    REST,
    WARMUP,
    PlanNode,
    PlanStep,
    plan,
    without_skip,
)

#: Field sizes in bytes, as Garmin Connect writes them in its own workout files (the last byte
#: ends the text): longer names are cut by the watch, so they are shortened here first.
WORKOUT_NAME_BYTES = 31
STEP_NAME_BYTES = 15
NOTES_BYTES = 199
#: Watches take up to this many steps in one workout file.
MAX_FIT_STEPS = 10_000

INSTALL_HINT = (
    "needs the fit-tool package: pip install 'barretimer[fit]' (or: pip install fit-tool)"
)


class FitUnavailable(FormatError):
    """The FIT library is not installed; the message says how to install it."""


def sub_sport_name(routine: Routine) -> str:
    """``yoga`` when tagged so, ``flexibility_training`` when stretching is most of the work,
    else ``strength_training``."""
    if any(tag.lower() == "yoga" for tag in routine.tags):
        return "yoga"
    by_kind = seconds_by_kind(compile_timeline(routine))
    work = sum(seconds for kind, seconds in by_kind.items() if kind is not Kind.REST)
    if work and by_kind[Kind.STRETCH] * 2 >= work:
        return "flexibility_training"
    return "strength_training"


def _notes(step: PlanStep, shown: str) -> str:
    parts = []
    if shown != step.name:
        parts.append(step.name + ".")  # the whole name, when the watch shows it shortened
    if step.open_ended:
        parts.append("Hold as long as you can, then press lap.")
    if step.notes:
        parts.append(step.notes)
    text = " ".join(parts)
    if len(text.encode("utf-8")) <= NOTES_BYTES:
        return text
    return fit_bytes(text, NOTES_BYTES - 3).rsplit(" ", 1)[0] + "..."


def _flatten(nodes: list[PlanNode], out: list[dict[str, Any]]) -> None:
    """Steps in FIT order: a repeat's body, then a repeat step pointing back at its start."""
    for node in nodes:
        if isinstance(node, PlanStep):
            name = with_side_short(
                node.name.removesuffix(_side_suffix(node)), node.side, STEP_NAME_BYTES
            )
            out.append(
                {
                    "name": name,
                    "notes": _notes(node, name),
                    "intensity": node.intensity,
                    "milliseconds": None if node.open_ended else round(node.seconds * 1000),
                }
            )
            continue
        start = len(out)
        _flatten(list(node.body), out)
        if node.count > 1 and len(out) > start:
            out.append({"repeat_from": start, "count": node.count})


def _side_suffix(step: PlanStep) -> str:
    return "" if step.side is None else f" {step.side.value}"


def fit_steps(routine: Routine, scale: float = 1.0) -> list[dict[str, Any]]:
    """The workout steps as plain records (what the file will hold), for the encoder and tests."""
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise FormatError.at(
            routine.name, 0, 0, f"the scale must be between {MIN_SCALE} and {MAX_SCALE}"
        )
    steps: list[dict[str, Any]] = []
    _flatten(without_skip(plan(routine, scale)), steps)
    if len(steps) > MAX_FIT_STEPS:
        raise FormatError.at(
            routine.name,
            0,
            0,
            f"the workout has {len(steps)} steps; a FIT workout holds at most {MAX_FIT_STEPS}",
        )
    return steps


def _library() -> Any:
    try:
        from fit_tool.fit_file_builder import FitFileBuilder  # type: ignore[import-untyped]
        from fit_tool.profile import profile_type  # type: ignore[import-untyped]
        from fit_tool.profile.messages.file_id_message import FileIdMessage  # type: ignore[import-untyped]
        from fit_tool.profile.messages.workout_message import WorkoutMessage  # type: ignore[import-untyped]
        from fit_tool.profile.messages.workout_step_message import WorkoutStepMessage  # type: ignore[import-untyped]
    except ImportError:
        raise FitUnavailable.at("FIT export", 0, 0, INSTALL_HINT) from None
    return FitFileBuilder, FileIdMessage, WorkoutMessage, WorkoutStepMessage, profile_type


def routine_to_fit(routine: Routine, scale: float = 1.0, created: float | None = None) -> bytes:
    """The routine as the bytes of a FIT workout file. Raises FitUnavailable or FormatError."""
    builder_class, file_id_class, workout_class, step_class, types = _library()
    records = fit_steps(routine, scale)
    intensities = {
        WARMUP: types.Intensity.WARMUP,
        ACTIVE: types.Intensity.ACTIVE,
        REST: types.Intensity.REST,
        COOLDOWN: types.Intensity.COOLDOWN,
    }
    file_id = file_id_class()
    file_id.type = types.FileType.WORKOUT
    file_id.manufacturer = types.Manufacturer.DEVELOPMENT.value
    file_id.product = 0
    # The same routine gets the same serial number: a watch keeps one copy of it.
    file_id.serial_number = zlib.crc32(routine.name.encode("utf-8")) or 1
    file_id.time_created = round((time.time() if created is None else created) * 1000)

    workout = workout_class()
    workout.workout_name = shorten(routine.name, WORKOUT_NAME_BYTES)
    workout.sport = types.Sport.TRAINING
    workout.sub_sport = getattr(types.SubSport, sub_sport_name(routine).upper())
    # Garmin's own examples count the repeat steps too.
    workout.num_valid_steps = len(records)

    messages = []
    for index, record in enumerate(records):
        step = step_class()
        step.message_index = index
        if "repeat_from" in record:
            step.duration_type = types.WorkoutStepDuration.REPEAT_UNTIL_STEPS_CMPLT
            step.duration_value = record["repeat_from"]
            step.target_type = types.WorkoutStepTarget.OPEN
            step.target_value = record["count"]
        else:
            step.workout_step_name = record["name"]
            if record["notes"]:
                step.notes = record["notes"]
            step.intensity = intensities[record["intensity"]]
            if record["milliseconds"] is None:
                step.duration_type = types.WorkoutStepDuration.OPEN
            else:
                step.duration_type = types.WorkoutStepDuration.TIME
                step.duration_time = record["milliseconds"] / 1000
            step.target_type = types.WorkoutStepTarget.OPEN
        messages.append(step)
    builder = builder_class(auto_define=True)
    builder.add(file_id)
    builder.add(workout)
    builder.add_all(messages)
    data: bytes = builder.build().to_bytes()
    return data
