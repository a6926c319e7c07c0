"""Just Another Workout Timer (JAWT) workouts (JSON) in and out.

A JAWT workout has a ``title`` and ``sets``; each set has ``repetitions`` and ``exercises`` of
``name`` and ``duration`` (whole seconds). Its backup file is ``{"workouts": [...]}``. JAWT
counts 10 seconds down before the first exercise and adds nothing between exercises: rests are
exercises named so. The routine made from it plays the same: a 10 s lead-in, no other rests.
"""

from __future__ import annotations

import json
import re
from typing import Any

from barretimer.core.durations import plain_seconds
from barretimer.core.model import Block, Defaults, Item, Kind, Routine, Step, iter_steps
from barretimer.core.validate import MAX_REPEAT, MAX_SECONDS
from barretimer.formats.common import (
    ID_LIKE_NOTE,
    FormatError,
    Imported,
    checked_routine,
    clean_text,
    step_name,
)
from barretimer.formats.json_places import JList, JMap, parse_json, place_of
from barretimer.formats.step_plan import PlanNode, PlanRepeat, PlanStep, expand, plan, without_skip

FORMAT = "jawt"
#: JAWT's own count-down before the first exercise.
JAWT_LEAD_IN_S = 10.0
FILE_VERSION = 2
#: Names JAWT users give their rests: such exercises become rest steps.
_REST_NAMES = re.compile(r"^\s*(rest|pause|break|recover|recovery|relax)\b", re.IGNORECASE)
MAX_WORKOUTS = 200


def looks_like(tree: Any) -> bool:
    return isinstance(tree, dict) and ("sets" in tree or isinstance(tree.get("workouts"), list))


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.cleaned = False
        self.id_like = False

    def fail(
        self, node: Any, where: str, message: str, key: str | int | None = None
    ) -> FormatError:
        line, column = place_of(node, key)
        return FormatError.at(self.name, line, column, f"{where}: {message}" if where else message)

    def workout(self, data: Any, where: str) -> Routine:
        if not isinstance(data, JMap):
            raise self.fail(data, where, "a workout must be an object with title and sets")
        title = data.get("title", "")
        if not isinstance(title, str):
            raise self.fail(data, where, '"title" must be text', "title")
        title, changed = clean_text(title)
        self.cleaned |= changed
        sets = data.get("sets")
        if not isinstance(sets, JList) or not sets:
            raise self.fail(data, where, '"sets" must be a list of at least one set', "sets")
        items: list[Item] = []
        for number, entry in enumerate(sets, start=1):
            if not isinstance(entry, JMap):
                raise self.fail(
                    sets,
                    f"{where}set {number}",
                    "a set must be an object with repetitions and exercises",
                    number - 1,
                )
            items.append(self.set(entry, f"{where}set {number}"))
        defaults = Defaults(rest=0.0, lead_in=JAWT_LEAD_IN_S, switch=0.0)
        return Routine(
            title or "Imported workout", tuple(items), defaults=defaults, tags=("imported",)
        )

    def set(self, entry: JMap, where: str) -> Block:
        repetitions = entry.get("repetitions", 1)
        if (
            isinstance(repetitions, bool)
            or not isinstance(repetitions, int)
            or not 1 <= repetitions <= MAX_REPEAT
        ):
            raise self.fail(
                entry,
                where,
                f"repetitions must be a whole number from 1 to {MAX_REPEAT}",
                "repetitions",
            )
        name = entry.get("name") or ""
        if not isinstance(name, str):
            raise self.fail(entry, where, '"name" must be text', "name")
        name, changed = clean_text(name)
        self.cleaned |= changed
        exercises = entry.get("exercises")
        if not isinstance(exercises, JList) or not exercises:
            raise self.fail(
                entry, where, '"exercises" must be a list of at least one exercise', "exercises"
            )
        steps = []
        for number, exercise in enumerate(exercises, start=1):
            if not isinstance(exercise, JMap):
                raise self.fail(
                    exercises,
                    f"{where}, exercise {number}",
                    "an exercise must be an object with name and duration",
                    number - 1,
                )
            steps.append(self.exercise(exercise, f"{where}, exercise {number}"))
        return Block(repetitions, tuple(steps), name=name)

    def exercise(self, entry: JMap, where: str) -> Step:
        name = entry.get("name", "")
        if not isinstance(name, str):
            raise self.fail(entry, where, '"name" must be text', "name")
        name, changed = clean_text(name)
        self.cleaned |= changed
        duration = entry.get("duration", 30)
        if (
            isinstance(duration, bool)
            or not isinstance(duration, (int, float))
            or not 0 < duration <= MAX_SECONDS
        ):
            raise self.fail(
                entry,
                where,
                "duration must be a number of seconds, more than 0 and at most 4 hours",
                "duration",
            )
        name, id_like = step_name(name or "Exercise")
        self.id_like |= id_like
        kind = Kind.REST if _REST_NAMES.match(name) else Kind.MOVE
        return Step(name, kind, float(duration))


def read_jawt(text: str, name: str) -> list[Imported]:
    """One routine per workout: a single workout file, or each workout of a backup file."""
    data = parse_json(text, name)
    reader = _Reader(name)
    if isinstance(data, JMap) and "workouts" in data and "sets" not in data:
        workouts = data["workouts"]
        if not isinstance(workouts, JList) or not workouts:
            raise reader.fail(
                data, "", '"workouts" must be a list of at least one workout', "workouts"
            )
        if len(workouts) > MAX_WORKOUTS:
            raise reader.fail(
                workouts,
                "",
                f"a backup of {len(workouts)} workouts; at most {MAX_WORKOUTS} are imported at once",
            )
        for number, workout in enumerate(workouts, start=1):
            if not isinstance(workout, JMap):
                raise reader.fail(
                    workouts,
                    f"workout {number}",
                    "a workout must be an object with title and sets",
                    number - 1,
                )
        entries = [(w, f"workout {n}, ") for n, w in enumerate(workouts, start=1)]
    else:
        entries = [(data, "")]
    routines = [checked_routine(reader.workout(w, where), name) for w, where in entries]
    notes = []
    if reader.cleaned:
        notes.append("control characters in names were replaced by spaces")
    if reader.id_like:
        notes.append(ID_LIKE_NOTE)
    notes.append(
        "JAWT counts 10 s down before the first exercise: the routine keeps that as its lead-in"
    )
    notes.append(
        'exercises named like a rest ("Rest", "Pause", "Break") became rest steps; the others are move steps'
    )
    return [Imported(routine, tuple(notes), FORMAT) for routine in routines]


# --- export -----------------------------------------------------------------------------------


def _exercise(step: PlanStep, lost: set[str]) -> dict[str, Any]:
    seconds = round(step.seconds)
    if seconds != step.seconds:
        lost.add("JAWT counts whole seconds: lengths were rounded")
    return {"name": step.name, "duration": max(1, seconds)}


def _sets(nodes: list[PlanNode], lost: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    loose: list[dict[str, Any]] = []

    def flush() -> None:
        if loose:
            out.append({"repetitions": 1, "exercises": list(loose)})
            loose.clear()

    for node in nodes:
        if isinstance(node, PlanStep):
            loose.append(_exercise(node, lost))
            continue
        if any(isinstance(inner, PlanRepeat) and inner.count > 1 for inner in node.body):
            lost.add("JAWT sets cannot hold repeats of their own: inner repeats are written out")
        exercises = [_exercise(step, lost) for step in expand(node.body)]
        if not exercises:
            continue
        flush()
        entry: dict[str, Any] = {"repetitions": node.count}
        if node.name:
            entry["name"] = node.name
        entry["exercises"] = exercises
        out.append(entry)
    flush()
    return out


def jawt_workout(routine: Routine) -> tuple[dict[str, Any], list[str]]:
    lost: set[str] = set()
    nodes = list(plan(routine))
    if routine.defaults.lead_in and nodes and isinstance(nodes[0], PlanStep):
        nodes = nodes[1:]  # JAWT has a count-down of its own
        if routine.defaults.lead_in != JAWT_LEAD_IN_S:
            lost.add(
                f"the {plain_seconds(routine.defaults.lead_in)} s lead-in becomes JAWT's own 10 s count-down"
            )
    elif not routine.defaults.lead_in:
        lost.add("JAWT counts 10 s down before the first exercise, which this routine does not")
    if any(n.skip_last_rest for n in _repeats(nodes)):
        lost.add(
            "a repeat whose last round ends without its rest is written as its rounds but the last, then the last round"
        )
    steps = list(iter_steps(routine.steps))
    if any(step.is_max for step in steps):
        lost.add("max holds become fixed exercises of their cap (or 60 s)")
    if any(step.cue or step.cues for step in steps):
        lost.add("cues are not carried (JAWT says only the exercise's name)")
    data = {
        "title": routine.name,
        "sets": _sets(without_skip(nodes), lost),
        "version": FILE_VERSION,
    }
    lost.add(
        "rests and side switches are written as exercises; muscles, kinds and the description are left out"
    )
    return data, sorted(lost)


def _repeats(nodes: list[PlanNode]) -> list[PlanRepeat]:
    out = []
    for node in nodes:
        if isinstance(node, PlanRepeat):
            out.append(node)
            out.extend(_repeats(list(node.body)))
    return out


def export_jawt(routine: Routine) -> tuple[str, list[str]]:
    """The routine as a JAWT workout file, and what it loses on the way."""
    data, lost = jawt_workout(routine)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n", lost
