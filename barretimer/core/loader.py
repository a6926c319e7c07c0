"""Routine and catalog files: YAML in, model and every problem out. Never raises on bad input."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from barretimer.core.field_reader import (
    KIND_NAMES,
    SIDE_MEANS_NAMES,
    SIDES_NAMES,
    ReadContext,
    check_fields,
    enum_field,
    find_mark,
    seconds_field,
    string_list_field,
    text_field,
)
from barretimer.core.model import (
    EQUIPMENT,
    MUSCLES,
    Catalog,
    Exercise,
    Routine,
    Sides,
)
from barretimer.core.problems import (
    Problem,
    capped,
    did_you_mean,
    quoted,
)
from barretimer.core.routine_reader import (
    looks_like_id,
    picture_fields,
    read_routine,
)
from barretimer.core.validate import validate_routine
from barretimer.core.yaml_compose import collector_paused
from barretimer.core.yamlsrc import Mark, YamlSourceError, YList, YMap, parse, read_text

EXERCISE_FIELDS = (
    "id", "name", "kind", "muscles", "sides", "side_means", "duration", "equipment", "description",
    "cues", "safety", "image", "mirror",
)  # fmt: skip


@dataclass
class LoadResult:
    routine: Routine | None
    problems: list[Problem]
    content_hash: str = ""

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.problems


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def load_routine_file(path: str | Path, catalog: Catalog | None = None) -> LoadResult:
    try:
        text = read_text(Path(path), str(path))
    except YamlSourceError as error:
        return LoadResult(None, error.problems)
    return load_routine_text(text, str(path), catalog, folder=Path(path).parent)


def load_routine_text(
    text: str,
    file: str = "<routine>",
    catalog: Catalog | None = None,
    *,
    folder: Path | None = None,
) -> LoadResult:
    """``folder``: where the routine's pictures are (unchecked when None)."""
    with collector_paused():
        return _load_routine_text(text, file, catalog, folder)


def _load_routine_text(
    text: str, file: str, catalog: Catalog | None, folder: Path | None = None
) -> LoadResult:
    digest = content_hash(text)
    try:
        tree = parse(text, file)
    except YamlSourceError as error:
        return LoadResult(None, error.problems, digest)
    context = ReadContext(file, catalog or Catalog(), folder)
    routine = read_routine(tree, context)
    if routine is None:
        return LoadResult(None, capped(context.problems), digest)
    for issue in validate_routine(routine):
        if (issue.path, issue.field) in context.reported:
            continue
        context.problem(find_mark(context, issue.path, issue.field), issue.message, issue.path)
    context.problems.sort(key=lambda p: (p.line, p.column))
    return LoadResult(routine, capped(context.problems), digest)


def load_catalog_file(path: str | Path) -> tuple[Catalog, list[Problem]]:
    with collector_paused():
        try:
            text = read_text(Path(path), str(path))
            tree = parse(text, str(path))
        except YamlSourceError as error:
            return Catalog(), error.problems
        return catalog_from_tree(tree, str(path), Path(path).parent)


def catalog_from_tree(
    tree: Any, file: str, folder: Path | None = None
) -> tuple[Catalog, list[Problem]]:
    """``folder``: where the entries' pictures are (unchecked when None)."""
    context = ReadContext(file, Catalog(), folder)
    if not isinstance(tree, YMap) or not isinstance(tree.get("exercises"), YList):
        mark = getattr(tree, "mark", Mark(1, 1))
        context.problem(mark, "an exercise catalog is a mapping with a list under exercises")
        return Catalog(), context.problems
    check_fields(tree, ("exercises",), "the catalog", context, ())
    exercises: list[Exercise] = []
    seen: dict[str, int] = {}
    items = tree["exercises"]
    for index, node in enumerate(items):
        if not isinstance(node, YMap):
            context.problem(
                items.item_mark(index), f"exercises[{index}] must be a mapping, got {quoted(node)}"
            )
            continue
        exercise = _exercise(node, context)
        if exercise is None:
            continue
        if exercise.id in seen:
            context.problem(
                node.value_mark("id"),
                f'id "{exercise.id}" is used twice (first at line {seen[exercise.id]})',
            )
            continue
        seen[exercise.id] = node.value_mark("id").line
        exercises.append(exercise)
    context.problems.sort(key=lambda p: (p.line, p.column))
    return Catalog(tuple(exercises)), capped(context.problems)


def _exercise(node: YMap, context: ReadContext) -> Exercise | None:
    before = len(context.problems)
    check_fields(node, EXERCISE_FIELDS, "an exercise", context, ())
    for key in ("id", "name", "kind", "duration"):
        if key not in node:
            context.problem(node.mark, f"{key} is missing from this exercise")
    if len(context.problems) > before:
        return None
    exercise_id = text_field(node, "id", context, ())
    if exercise_id and not looks_like_id(exercise_id) and not exercise_id.isalnum():
        context.problem(
            node.value_mark("id"),
            f'id must be lowercase words joined by "-", got {quoted(exercise_id)}',
        )
    kind = enum_field(node, "kind", KIND_NAMES, context, ())
    sides = enum_field(node, "sides", SIDES_NAMES, context, ()) if "sides" in node else Sides.BOTH
    side_means = (
        enum_field(node, "side_means", SIDE_MEANS_NAMES, context, ())
        if "side_means" in node
        else None
    )
    duration = seconds_field(node, "duration", context, ())
    if duration is not None and duration <= 0:
        context.problem(node.value_mark("duration"), f"duration must be positive, got {duration:g}")
    muscles = string_list_field(node, "muscles", context, ()) if "muscles" in node else ()
    for muscle in muscles:
        if muscle not in MUSCLES:
            context.problem(
                node.value_mark("muscles"),
                f'unknown muscle "{muscle}"{did_you_mean(muscle, MUSCLES)}',
            )
    equipment = (
        string_list_field(node, "equipment", context, ()) if "equipment" in node else ("none",)
    )
    for item in equipment:
        if item not in EQUIPMENT:
            context.problem(
                node.value_mark("equipment"),
                f'unknown equipment "{item}"; equipment is one of: {", ".join(EQUIPMENT)}',
            )
    cues = string_list_field(node, "cues", context, ()) if "cues" in node else ()
    if len(context.problems) > before or kind is None or sides is None or duration is None:
        return None
    # A bad picture is reported but keeps the exercise: its drawn figure is shown instead.
    picture = picture_fields(node, context, ())
    return Exercise(
        id=exercise_id,
        name=text_field(node, "name", context, ()),
        kind=kind,
        muscles=muscles,
        sides=sides,
        duration=duration,
        equipment=equipment,
        description=text_field(node, "description", context, ()),
        cues=cues,
        safety=text_field(node, "safety", context, ()),
        side_means=side_means,
        **picture,
    )
