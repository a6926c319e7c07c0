"""The exercise catalog as something to browse: search and filters, and where each exercise is
used (which routines, which plans). Qt-free, so the Exercises page stays a thin view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from barretimer.core.model import Exercise, Kind, Routine, iter_steps
from barretimer.core.plans import Plan


@dataclass(frozen=True)
class ExerciseQuery:
    """What the Exercises page filters by; an empty field lets everything through."""

    text: str = ""
    muscle: str = ""
    kind: Kind | None = None
    equipment: str = ""

    def matches(self, exercise: Exercise) -> bool:
        if self.kind is not None and exercise.kind is not self.kind:
            return False
        if self.muscle and self.muscle not in exercise.muscles:
            return False
        if self.equipment and self.equipment not in exercise.equipment:
            return False
        words = self.text.casefold().split()
        if not words:
            return True
        haystack = " ".join(
            (exercise.name, exercise.id, exercise.description, *exercise.muscles, *exercise.cues)
        ).casefold()
        return all(word in haystack for word in words)


@dataclass(frozen=True)
class RoutineUse:
    """A routine that has the exercise among its steps."""

    name: str
    path: Path


@dataclass(frozen=True)
class PlanUse:
    """A plan with a session of a routine that has the exercise."""

    name: str
    routine: RoutineUse


@dataclass(frozen=True)
class Uses:
    routines: tuple[RoutineUse, ...] = ()
    plans: tuple[PlanUse, ...] = ()


def exercise_uses(
    routines: Iterable[tuple[Path, Routine]], plans: Sequence[Plan] = ()
) -> dict[str, Uses]:
    """For each catalog id, the routines that step through it (by name) and the plans that
    hold one of those routines (a plan names its routines by file name without .yaml)."""
    by_id: dict[str, list[RoutineUse]] = {}
    for path, routine in routines:
        use = RoutineUse(routine.name, path)
        for exercise_id in dict.fromkeys(s.ref for s in iter_steps(routine.steps) if s.ref):
            assert exercise_id is not None
            by_id.setdefault(exercise_id, []).append(use)
    result: dict[str, Uses] = {}
    for exercise_id, uses in by_id.items():
        stems = {use.path.stem: use for use in uses}
        plan_uses = []
        for plan in plans:
            found = next((stems[r] for r in _plan_routines(plan) if r in stems), None)
            if found is not None:
                plan_uses.append(PlanUse(plan.name, found))
        ordered = tuple(sorted(uses, key=lambda use: use.name.casefold()))
        result[exercise_id] = Uses(ordered, tuple(plan_uses))
    return result


def _plan_routines(plan: Plan) -> list[str]:
    """The routine ids of a plan, each once, in the order they first come."""
    return list(dict.fromkeys(s.routine for week in plan.weeks for s in week.sessions))
