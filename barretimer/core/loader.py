"""Routine and catalog files: YAML in, model and every problem out. Never raises on bad input."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from barretimer.core.durations import parse_duration
from barretimer.core.model import (
    EQUIPMENT,
    MUSCLES,
    Block,
    Catalog,
    Defaults,
    Exercise,
    Item,
    Kind,
    Level,
    Routine,
    SideMeans,
    Sides,
    Step,
    TimedCue,
    Unstretched,
)
from barretimer.core.pictures import PictureProblem, check_picture
from barretimer.core.problems import (
    MAX_PROBLEMS_PER_FILE,
    Problem,
    StepPath,
    capped,
    did_you_mean,
    quoted,
)
from barretimer.core.text import describe_character, first_unsafe, one_line
from barretimer.core.validate import validate_routine
from barretimer.core.yamlsrc import (
    Mark,
    YamlSourceError,
    YList,
    YMap,
    collector_paused,
    parse,
    read_text,
)

ROUTINE_FIELDS = (
    "name", "description", "level", "tags", "max_scale", "unstretched", "defaults", "steps",
)  # fmt: skip
UNSTRETCHED_FIELDS = ("muscles", "why")
DEFAULTS_FIELDS = ("rest", "countdown", "lead_in", "switch")
STEP_FIELDS = (
    "exercise", "kind", "duration", "cap", "sides", "side_means", "cue", "muscles", "cues", "rest",
    "image", "mirror",
)  # fmt: skip
BLOCK_FIELDS = ("repeat", "name", "rest", "steps")
CUE_FIELDS = ("at", "say")
EXERCISE_FIELDS = (
    "id", "name", "kind", "muscles", "sides", "side_means", "duration", "equipment", "description",
    "cues", "safety", "image", "mirror",
)  # fmt: skip

DURATION_HINT = 'a positive number of seconds or "m:ss"'


@dataclass
class LoadResult:
    routine: Routine | None
    problems: list[Problem]
    content_hash: str = ""

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.problems


@dataclass
class _Context:
    """What the conversion needs and collects: file name, catalog, problems, places."""

    file: str
    catalog: Catalog
    #: The folder pictures are found in (the file's own); None for text that is not a file.
    folder: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    #: Where each field was written, found only when a problem is reported: (step path, dotted
    #: prefix) -> the mapping holding the next part ("" -> the step itself, or the routine), and
    #: (step path, dotted field) -> a list item (container, index) or a single value (mapping, key).
    maps: dict[tuple[StepPath, str], YMap] = field(default_factory=dict)
    items: dict[tuple[StepPath, str], tuple[YList | YMap, Any]] = field(default_factory=dict)
    #: (step path, field) already reported, so the validator does not say it again.
    reported: set[tuple[StepPath, str]] = field(default_factory=set)

    def problem(
        self, mark: Mark | None, message: str, path: StepPath = (), about: str = ""
    ) -> None:
        line, column = (mark.line, mark.column) if mark else (0, 0)
        self.problems.append(Problem(self.file, line, column, one_line(message), path))
        if about:
            self.reported.add((path, about))


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_catalog_document(tree: Any) -> bool:
    return isinstance(tree, dict) and "exercises" in tree and "steps" not in tree


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
    context = _Context(file, catalog or Catalog(), folder)
    routine = _routine(tree, context)
    if routine is None:
        return LoadResult(None, capped(context.problems), digest)
    for issue in validate_routine(routine):
        if (issue.path, issue.field) in context.reported:
            continue
        context.problem(_find_mark(context, issue.path, issue.field), issue.message, issue.path)
    context.problems.sort(key=lambda p: (p.line, p.column))
    return LoadResult(routine, capped(context.problems), digest)


def place_mark(place: tuple[YList | YMap, Any]) -> Mark:
    container, index = place
    if isinstance(container, YList):
        return container.item_mark(index)
    return container.value_mark(index)


def _find_mark(context: _Context, path: StepPath, dotted: str) -> Mark | None:
    """Where ``dotted`` of the step at ``path`` was written; else the nearest enclosing place."""
    parts = dotted.split(".") if dotted else []
    while parts:
        item = context.items.get((path, ".".join(parts)))
        if item is not None:
            container, index = item
            if isinstance(container, YList):
                return container.item_mark(index)
            return container.value_mark(index)
        holder = context.maps.get((path, ".".join(parts[:-1])))
        if holder is not None and parts[-1] in holder:
            return holder.value_mark(parts[-1])
        parts.pop()
    node = context.maps.get((path, "")) or context.maps.get(((), ""))
    return node.mark if node is not None else None


# --- helpers that read one field and report what is wrong with it ---------------------------


def _check_fields(
    node: YMap, allowed: tuple[str, ...], what: str, context: _Context, path: StepPath
) -> None:
    for key in node:
        if key not in allowed:
            listed = f"; the fields of {what} are: {', '.join(allowed)}"
            if len(context.problems) > MAX_PROBLEMS_PER_FILE:
                hint = listed  # only counted from here on: no time spent on suggestions
            elif isinstance(key, str):
                hint = did_you_mean(key, allowed) or listed
            else:
                hint = listed
            name = quoted(key) if key is not None else "with no name"
            context.problem(node.key_mark(key), f"unknown field {name} in {what}{hint}", path)


#: Fields that may hold several lines (and tabs); every other text is one line.
MULTI_LINE_FIELDS = frozenset(("description", "safety"))


def _text(node: YMap, key: str, context: _Context, path: StepPath, required: bool = False) -> str:
    if key not in node:
        if required:
            context.problem(node.mark, f"{key} is missing", path, key)
        return ""
    value = node[key]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        # yes, no, on, off are booleans to YAML: "exercise: yes" is not the word.
        hint = "; put the words in quotes" if isinstance(value, bool) else ""
        message = f"{key} must be text, got {quoted(value)}{hint}"
        context.problem(node.value_mark(key), message, path, key)
        return ""
    if not _clean_text(value, key, node, context, path):
        return ""
    return value


def _clean_text(value: str, key: str, node: YMap, context: _Context, path: StepPath) -> bool:
    """Whether ``value`` is free of control characters (a name that clears the terminal or
    forges a line), reporting the first one it holds."""
    bad = first_unsafe(value, multi_line=key in MULTI_LINE_FIELDS)
    if bad is None:
        return True
    message = f"{key} holds {describe_character(bad)}; write plain text"
    context.problem(node.value_mark(key), message, path, key)
    return False


def _seconds(
    node: YMap, key: str, context: _Context, path: StepPath, label: str | None = None
) -> float | None:
    value = node[key]
    seconds = parse_duration(value)
    if seconds is None:
        context.problem(
            node.value_mark(key),
            f"{label or key} must be {DURATION_HINT}, got {quoted(value)}",
            path,
        )
    return seconds


_KIND = {kind.value: kind for kind in Kind}
_SIDES = {sides.value: sides for sides in Sides}
_SIDE_MEANS = {means.value: means for means in SideMeans}
_LEVEL = {level.value: level for level in Level}


def _enum(node: YMap, key: str, members: dict[str, Any], context: _Context, path: StepPath) -> Any:
    value = node[key]
    if isinstance(value, str) and value in members:
        return members[value]
    choices = list(members)
    hint = did_you_mean(value, choices) if isinstance(value, str) else ""
    context.problem(
        node.value_mark(key),
        f"{key} must be one of {', '.join(choices)}, got {quoted(value)}{hint}",
        path,
    )
    return None


def _string_list(node: YMap, key: str, context: _Context, path: StepPath) -> tuple[str, ...]:
    value = node[key]
    if not isinstance(value, (str, YList)):
        context.problem(
            node.value_mark(key), f"{key} must be a list of words, got {quoted(value)}", path
        )
        return ()
    result = []
    for index, item in enumerate([value] if isinstance(value, str) else value):
        place: tuple[YList | YMap, Any] = (
            (value, index) if isinstance(value, YList) else (node, key)
        )
        if isinstance(item, str) and item.strip():
            if first_unsafe(item) is not None:
                context.problem(
                    place_mark(place),
                    f"{key} holds {describe_character(first_unsafe(item) or '')}; write plain text",
                    path,
                )
                continue
            result.append(item.strip())
            context.items[(path, f"{key}.{len(result) - 1}")] = place
        else:
            mark = value.item_mark(index) if isinstance(value, YList) else node.value_mark(key)
            context.problem(mark, f"{key}[{index}] must be a word, got {quoted(item)}", path)
    return tuple(result)


# --- the routine ------------------------------------------------------------------------------


def _routine(tree: Any, context: _Context) -> Routine | None:
    if not isinstance(tree, YMap):
        found = "a list" if isinstance(tree, list) else quoted(tree)
        mark = getattr(tree, "mark", Mark(1, 1))
        context.problem(mark, f"a routine must be a mapping with name and steps, found {found}")
        return None
    if is_catalog_document(tree):
        context.problem(tree.mark, "this is an exercise catalog, not a routine")
        return None
    context.maps[((), "")] = tree
    _check_fields(tree, ROUTINE_FIELDS, "the routine", context, ())
    name = _text(tree, "name", context, (), required=True)
    description = _text(tree, "description", context, ())
    level = Level.BEGINNER
    if "level" in tree:
        level = _enum(tree, "level", _LEVEL, context, ()) or Level.BEGINNER
    tags = _string_list(tree, "tags", context, ()) if "tags" in tree else ()
    max_scale = None
    if "max_scale" in tree:
        value = tree["max_scale"]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            max_scale = float(value)
        else:
            context.problem(
                tree.value_mark("max_scale"),
                f"max_scale must be a number such as 1.5, got {quoted(value)}",
            )
    unstretched = _unstretched(tree, context) if "unstretched" in tree else None
    defaults = _defaults(tree, context)
    steps: tuple[Item, ...] = ()
    if "steps" not in tree:
        context.problem(tree.mark, "steps is missing; a routine needs a list of steps", (), "steps")
    else:
        steps = _items(tree["steps"], tree.value_mark("steps"), (), defaults, context)
    return Routine(
        name=name,
        description=description,
        level=level,
        tags=tags,
        defaults=defaults,
        max_scale=max_scale,
        unstretched=unstretched,
        steps=steps,
    )


def _unstretched(tree: YMap, context: _Context) -> Unstretched | None:
    node = tree["unstretched"]
    if not isinstance(node, YMap):
        context.problem(
            tree.value_mark("unstretched"),
            f"unstretched must be a mapping with muscles and why, got {quoted(node)}",
        )
        return None
    _check_fields(node, UNSTRETCHED_FIELDS, "unstretched", context, ())
    muscles = _string_list(node, "muscles", context, ()) if "muscles" in node else ()
    for muscle in muscles:
        if muscle not in MUSCLES:
            context.problem(
                node.value_mark("muscles"),
                f'unknown muscle "{muscle}" in unstretched{did_you_mean(muscle, MUSCLES)}',
            )
    why = _text(node, "why", context, ()).strip()
    if not muscles or not why:
        context.problem(
            node.mark,
            "unstretched needs muscles (the worked groups left unstretched) and why (the reason)",
        )
        return None
    return Unstretched(muscles=muscles, why=why)


def _defaults(tree: YMap, context: _Context) -> Defaults:
    if "defaults" not in tree:
        return Defaults()
    node = tree["defaults"]
    if not isinstance(node, YMap):
        context.problem(
            tree.value_mark("defaults"), f"defaults must be a mapping, got {quoted(node)}"
        )
        return Defaults()
    _check_fields(node, DEFAULTS_FIELDS, "defaults", context, ())
    context.maps[((), "defaults")] = node
    values: dict[str, Any] = {}
    for key in DEFAULTS_FIELDS:
        if key not in node:
            continue
        if key == "countdown":
            value = node[key]
            if isinstance(value, int) and not isinstance(value, bool):
                values[key] = value
            else:
                context.problem(
                    node.value_mark(key),
                    f"defaults.countdown must be a whole number of seconds, got {quoted(value)}",
                )
            continue
        seconds = _seconds(node, key, context, (), f"defaults.{key}")
        if seconds is not None:
            values[key] = seconds
    return Defaults(**values)


def _items(
    value: Any, mark: Mark, parent: StepPath, defaults: Defaults, context: _Context
) -> tuple[Item, ...]:
    if not isinstance(value, YList):
        message = f"steps must be a list of steps, got {quoted(value)}"
        context.problem(mark, message, parent, "steps")
        return ()
    items: list[Item] = []
    for index, node in enumerate(value):
        path = (*parent, len(items))
        if not isinstance(node, YMap):
            context.problem(
                value.item_mark(index),
                f"each step must be a mapping (exercise, duration, ...), got {quoted(node)}",
                path,
            )
            context.reported.add((parent, "steps"))
            continue
        context.maps[(path, "")] = node
        item = (
            _block(node, path, defaults, context)
            if "repeat" in node
            else _step(node, path, context)
        )
        if item is not None:
            items.append(item)
    if len(items) < len(value):
        # Steps were written but could not be read: "at least one step" would only confuse.
        context.reported.add((parent, "steps"))
    return tuple(items)


def _block(node: YMap, path: StepPath, defaults: Defaults, context: _Context) -> Block | None:
    _check_fields(node, BLOCK_FIELDS, "a repeat block", context, path)
    repeat = node["repeat"]
    if not isinstance(repeat, int) or isinstance(repeat, bool):
        context.problem(
            node.value_mark("repeat"),
            f"repeat must be a whole number of times, got {quoted(repeat)}",
            path,
        )
        repeat = 1
    rest = _seconds(node, "rest", context, path) if "rest" in node else None
    name = _text(node, "name", context, path)
    if "steps" not in node:
        context.problem(node.mark, "a repeat block needs steps", path, "steps")
        steps: tuple[Item, ...] = ()
    else:
        steps = _items(node["steps"], node.value_mark("steps"), path, defaults, context)
    return Block(repeat=repeat, steps=steps, rest=rest, name=name)


def _step(node: YMap, path: StepPath, context: _Context) -> Step | None:
    if "exercise" not in node and "steps" in node:
        # Its fields are a block's: saying each is unknown to a step would only confuse.
        context.problem(node.mark, "a block with steps needs repeat (1 or more)", path)
        return None
    _check_fields(node, STEP_FIELDS, "a step", context, path)
    if "exercise" not in node:
        context.problem(node.mark, "exercise is missing; every step names its exercise", path)
        return None
    exercise_text = _text(node, "exercise", context, path)
    fields: dict[str, Any] = {"exercise": exercise_text}
    base = context.catalog.get(exercise_text)
    unknown_id = base is None and _looks_like_id(exercise_text)
    if unknown_id:
        hint = did_you_mean(exercise_text, context.catalog.ids())
        context.problem(
            node.value_mark("exercise"),
            f"exercise {quoted(exercise_text)} is not in the exercise catalog{hint}; "
            "name your own exercise in words (with spaces)",
            path,
        )
    if "kind" in node:
        kind = _enum(node, "kind", _KIND, context, path)
        if kind is not None:
            fields["kind"] = kind
    if "sides" in node:
        sides = _enum(node, "sides", _SIDES, context, path)
        if sides is not None:
            fields["sides"] = sides
    if "side_means" in node:
        side_means = _enum(node, "side_means", _SIDE_MEANS, context, path)
        if side_means is not None:
            fields["side_means"] = side_means
    if "duration" in node:
        if node["duration"] == "max":
            fields["duration"] = None
        else:
            seconds = _seconds(node, "duration", context, path)
            if seconds is not None:
                fields["duration"] = seconds
    elif base is None and not unknown_id:  # a catalog id that is wrong: that is the one problem
        context.problem(node.mark, f"duration is missing; give {DURATION_HINT}, or max", path)
    if "cap" in node:
        cap = _seconds(node, "cap", context, path)
        if cap is not None:
            fields["cap"] = cap
    if "rest" in node:
        rest = _seconds(node, "rest", context, path)
        if rest is not None:
            fields["rest"] = rest
    if "cue" in node:
        fields["cue"] = _text(node, "cue", context, path)
    if "muscles" in node:
        fields["muscles"] = _string_list(node, "muscles", context, path)
    if "cues" in node:
        fields["cues"] = _timed_cues(node, path, context)
    fields.update(_picture_fields(node, context, path))
    return resolve_step(fields, base)


def _picture_fields(node: YMap, context: _Context, path: StepPath) -> dict[str, Any]:
    """``image`` and ``mirror`` of a step or a catalog entry, the picture checked in the
    file's folder (core.pictures)."""
    fields: dict[str, Any] = {}
    if "mirror" in node:
        if isinstance(node["mirror"], bool):
            fields["mirror"] = node["mirror"]
        else:
            message = f"mirror must be true or false, got {quoted(node['mirror'])}"
            context.problem(node.value_mark("mirror"), message, path, "mirror")
    if "image" not in node:
        return fields
    written = _text(node, "image", context, path)
    if not written:
        if isinstance(node["image"], str):
            message = "image is empty; give the path of a picture file"
            context.problem(node.value_mark("image"), message, path, "image")
        return fields
    fields["image"] = written
    if context.folder is not None:
        try:
            check_picture(written, context.folder)
        except PictureProblem as problem:
            context.problem(node.value_mark("image"), str(problem), path, "image")
    return fields


def _looks_like_id(text: str) -> bool:
    return bool(text) and " " not in text and "-" in text and text == text.lower()


def _timed_cues(node: YMap, path: StepPath, context: _Context) -> tuple[TimedCue, ...]:
    value = node["cues"]
    if not isinstance(value, YList):
        context.problem(
            node.value_mark("cues"),
            f"cues must be a list of {{at, say}}, got {quoted(value)}",
            path,
        )
        return ()
    cues: list[TimedCue] = []
    for index, item in enumerate(value):
        where = f"cues[{index}]"
        if not isinstance(item, YMap):
            context.problem(
                value.item_mark(index),
                f"{where} must be a mapping with at and say, got {quoted(item)}",
                path,
            )
            continue
        place = f"cues.{len(cues)}"
        context.items[(path, place)] = (value, index)
        context.maps[(path, place)] = item
        if len(item) != 2 or "at" not in item or "say" not in item:  # else nothing to check
            _check_fields(item, CUE_FIELDS, where, context, path)
            if "at" not in item or "say" not in item:
                context.problem(
                    value.item_mark(index), f"{where} needs both at (seconds) and say (text)", path
                )
                continue
        at = _seconds(item, "at", context, path, f"{where}.at")
        before = len(context.problems)
        say = _text(item, "say", context, path)
        if at is not None and len(context.problems) == before:
            cues.append(TimedCue(at=at, say=say))
    return tuple(cues)


def inherited_cues(exercise: Exercise, duration: float | None) -> tuple[TimedCue, ...]:
    """A catalog exercise's extra cues, spread evenly through a step of ``duration``."""
    extra = exercise.cues[1:]
    if duration is None or not extra or duration < 20:
        return ()
    gap = duration / (len(extra) + 1)
    return tuple(
        TimedCue(at=float(round(gap * (index + 1))), say=text) for index, text in enumerate(extra)
    )


def resolve_step(fields: dict[str, Any], base: Exercise | None) -> Step:
    """A step from the fields a file gives, filling the rest from its catalog exercise."""
    if base is None:
        return Step(**{"duration": 30.0, **fields})
    duration = fields.get("duration", base.duration)
    inherited: dict[str, Any] = {
        "exercise": base.name,
        "kind": base.kind,
        "duration": base.duration,
        "sides": base.sides,
        "side_means": base.side_means,
        "cue": base.cues[0] if base.cues else "",
        "muscles": base.muscles,
        "cues": inherited_cues(base, duration),
    }
    merged = {**inherited, **fields, "ref": base.id}
    merged["exercise"] = base.name
    return Step(**merged)


def step_overrides(step: Step, base: Exercise) -> dict[str, Any]:
    """The fields of ``step`` that differ from what its catalog exercise gives (for saving)."""
    inherited = resolve_step({"duration": step.duration}, base)
    overrides: dict[str, Any] = {}
    for name in (
        "kind", "duration", "cap", "sides", "side_means", "cue", "muscles", "cues", "rest", "image",
        "mirror",
    ):  # fmt: skip
        value = getattr(step, name)
        if name == "duration":
            if value != base.duration:
                overrides[name] = value
        elif value != getattr(inherited, name):
            overrides[name] = value
    return overrides


# --- the exercise catalog ---------------------------------------------------------------------


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
    context = _Context(file, Catalog(), folder)
    if not isinstance(tree, YMap) or not isinstance(tree.get("exercises"), YList):
        mark = getattr(tree, "mark", Mark(1, 1))
        context.problem(mark, "an exercise catalog is a mapping with a list under exercises")
        return Catalog(), context.problems
    _check_fields(tree, ("exercises",), "the catalog", context, ())
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


def _exercise(node: YMap, context: _Context) -> Exercise | None:
    before = len(context.problems)
    _check_fields(node, EXERCISE_FIELDS, "an exercise", context, ())
    for key in ("id", "name", "kind", "duration"):
        if key not in node:
            context.problem(node.mark, f"{key} is missing from this exercise")
    if len(context.problems) > before:
        return None
    exercise_id = _text(node, "id", context, ())
    if exercise_id and not _looks_like_id(exercise_id) and not exercise_id.isalnum():
        context.problem(
            node.value_mark("id"),
            f'id must be lowercase words joined by "-", got {quoted(exercise_id)}',
        )
    kind = _enum(node, "kind", _KIND, context, ())
    sides = _enum(node, "sides", _SIDES, context, ()) if "sides" in node else Sides.BOTH
    side_means = (
        _enum(node, "side_means", _SIDE_MEANS, context, ()) if "side_means" in node else None
    )
    duration = _seconds(node, "duration", context, ())
    if duration is not None and duration <= 0:
        context.problem(node.value_mark("duration"), f"duration must be positive, got {duration:g}")
    muscles = _string_list(node, "muscles", context, ()) if "muscles" in node else ()
    for muscle in muscles:
        if muscle not in MUSCLES:
            context.problem(
                node.value_mark("muscles"),
                f'unknown muscle "{muscle}"{did_you_mean(muscle, MUSCLES)}',
            )
    equipment = _string_list(node, "equipment", context, ()) if "equipment" in node else ("none",)
    for item in equipment:
        if item not in EQUIPMENT:
            context.problem(
                node.value_mark("equipment"),
                f'unknown equipment "{item}"; equipment is one of: {", ".join(EQUIPMENT)}',
            )
    cues = _string_list(node, "cues", context, ()) if "cues" in node else ()
    if len(context.problems) > before or kind is None or sides is None or duration is None:
        return None
    # A bad picture is reported but keeps the exercise: its drawn figure is shown instead.
    picture = _picture_fields(node, context, ())
    return Exercise(
        id=exercise_id,
        name=_text(node, "name", context, ()),
        kind=kind,
        muscles=muscles,
        sides=sides,
        duration=duration,
        equipment=equipment,
        description=_text(node, "description", context, ()),
        cues=cues,
        safety=_text(node, "safety", context, ()),
        side_means=side_means,
        **picture,
    )
