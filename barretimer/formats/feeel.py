"""Feeel workouts (``.feeel`` JSON) in.

A Feeel file holds ``fullWorkout.workout`` (``title``, ``exerciseDuration``, ``breakDuration``)
and ``fullWorkout.workoutExercises`` (``exercise`` as a number into Feeel's own exercise
database, each with an optional ``exerciseDuration`` and ``breakDuration``, the break before
it). Feeel plays a break before every exercise, the first one too (5 s unless the first exercise
sets its own): the routine gets that first break as its lead-in and the others as rests.
The file carries no exercise names, so exercises read as "Exercise 12" unless a ``name`` is given.
"""

from __future__ import annotations

from typing import Any

from barretimer.core.model import Defaults, Kind, Routine, Step
from barretimer.core.validate import MAX_PLAYED_STEPS, MAX_SECONDS
from barretimer.formats.common import (
    ID_LIKE_NOTE,
    FormatError,
    Imported,
    checked_routine,
    clean_text,
    step_name,
)
from barretimer.formats.json_places import JList, JMap, parse_json, place_of

FORMAT = "feeel"
#: Feeel's break before the first exercise when the exercise sets none.
FEEEL_START_S = 5.0
MAX_BREAK_S = 600.0


def looks_like(tree: Any) -> bool:
    return isinstance(tree, dict) and "fullWorkout" in tree


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.cleaned = False
        self.id_like = False
        self.numbered = False

    def fail(
        self, node: Any, where: str, message: str, key: str | int | None = None
    ) -> FormatError:
        line, column = place_of(node, key)
        return FormatError.at(self.name, line, column, f"{where}: {message}" if where else message)

    def seconds(
        self, node: JMap, key: str, where: str, default: float | None, limit: float, zero_ok: bool
    ) -> float:
        value = node.get(key)
        if value is None:
            if default is None:
                raise self.fail(node, where, f'"{key}" is missing')
            return default
        number = not isinstance(value, bool) and isinstance(value, (int, float))
        if not number or not (value >= 0 if zero_ok else value > 0) or value > limit:
            least = "0" if zero_ok else "more than 0"
            raise self.fail(
                node,
                where,
                f'"{key}" must be a number of seconds, {least} and at most {limit:g}',
                key,
            )
        return float(value)

    def name_of(self, entry: JMap, where: str) -> str:
        given = entry.get("name")
        if isinstance(given, str) and given.strip():
            cleaned, changed = clean_text(given)
            self.cleaned |= changed
            named, id_like = step_name(cleaned)
            self.id_like |= id_like
            return named
        number = entry.get("exercise")
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number < 10**9:
            raise self.fail(
                entry, where, '"exercise" must be the number of a Feeel exercise', "exercise"
            )
        self.numbered = True
        return f"Exercise {number}"

    def routine(self, data: Any) -> Routine:
        if not isinstance(data, JMap) or not isinstance(data.get("fullWorkout"), JMap):
            raise self.fail(data, "", 'a Feeel file is an object with "fullWorkout"')
        full = data["fullWorkout"]
        workout = full.get("workout")
        if not isinstance(workout, JMap):
            raise self.fail(full, "fullWorkout", '"workout" must be an object', "workout")
        title = workout.get("title", "")
        if not isinstance(title, str):
            raise self.fail(workout, "workout", '"title" must be text', "title")
        title, changed = clean_text(title)
        self.cleaned |= changed
        exercise_s = self.seconds(workout, "exerciseDuration", "workout", 30.0, MAX_SECONDS, False)
        break_s = self.seconds(workout, "breakDuration", "workout", 10.0, MAX_BREAK_S, True)
        entries = full.get("workoutExercises")
        if not isinstance(entries, JList) or not entries:
            raise self.fail(
                full,
                "fullWorkout",
                '"workoutExercises" must be a list of at least one exercise',
                "workoutExercises",
            )
        if len(entries) > MAX_PLAYED_STEPS:
            raise self.fail(
                entries, "", f"{len(entries)} exercises; a routine plays at most {MAX_PLAYED_STEPS}"
            )
        ordered = list(entries)
        if all(isinstance(e, JMap) and isinstance(e.get("orderPosition"), int) for e in ordered):
            ordered.sort(key=lambda e: e["orderPosition"])
        names: list[str] = []
        lengths: list[float] = []
        breaks: list[float] = []  # the break before each exercise
        for number, entry in enumerate(ordered, start=1):
            where = f"exercise {number}"
            if not isinstance(entry, JMap):
                raise self.fail(entries, where, "each exercise must be an object", number - 1)
            names.append(self.name_of(entry, where))
            lengths.append(
                self.seconds(entry, "exerciseDuration", where, exercise_s, MAX_SECONDS, False)
            )
            first = FEEEL_START_S if number == 1 else break_s
            breaks.append(self.seconds(entry, "breakDuration", where, first, MAX_BREAK_S, True))
        steps = []
        for index, (name, length) in enumerate(zip(names, lengths, strict=True)):
            following = breaks[index + 1] if index + 1 < len(breaks) else None
            rest = following if following is not None and following != break_s else None
            steps.append(Step(name, Kind.MOVE, length, rest=rest))
        defaults = Defaults(rest=break_s, lead_in=breaks[0], switch=0.0)
        return Routine(
            title or "Imported workout", tuple(steps), defaults=defaults, tags=("imported",)
        )


def read_feeel(text: str, name: str) -> list[Imported]:
    reader = _Reader(name)
    routine = checked_routine(reader.routine(parse_json(text, name)), name)
    notes = []
    if reader.numbered:
        notes.append(
            'Feeel files name exercises only by their number in Feeel\'s own exercise list, so they read as "Exercise 12": rename them in the editor'
        )
    if reader.cleaned:
        notes.append("control characters in names were replaced by spaces")
    if reader.id_like:
        notes.append(ID_LIKE_NOTE)
    notes.append(
        "Feeel's break before the first exercise is the routine's lead-in; the other breaks are its rests"
    )
    notes.append(
        "Feeel's pictures, descriptions and exercise steps are not in the file and are not carried"
    )
    return [Imported(routine, tuple(notes), FORMAT)]
