"""A routine's YAML tree turned into the model: the routine, its defaults, blocks, steps and
cues, each field checked as it is read; and a step resolved against its catalog exercise."""

from __future__ import annotations

from typing import Any

from barretimer.core.field_reader import (
    DURATION_HINT,
    KIND_NAMES,
    LEVEL_NAMES,
    SIDE_MEANS_NAMES,
    SIDES_NAMES,
    ReadContext,
    check_fields,
    enum_field,
    seconds_field,
    string_list_field,
    text_field,
)
from barretimer.core.model import (
    MUSCLES,
    Block,
    Defaults,
    Exercise,
    Item,
    Level,
    Routine,
    Step,
    TimedCue,
    Unstretched,
)
from barretimer.core.pictures import PictureProblem, check_picture
from barretimer.core.problems import (
    StepPath,
    did_you_mean,
    quoted,
)
from barretimer.core.yamlsrc import (
    Mark,
    YList,
    YMap,
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


def is_catalog_document(tree: Any) -> bool:
    return isinstance(tree, dict) and "exercises" in tree and "steps" not in tree


def read_routine(tree: Any, context: ReadContext) -> Routine | None:
    if not isinstance(tree, YMap):
        found = "a list" if isinstance(tree, list) else quoted(tree)
        mark = getattr(tree, "mark", Mark(1, 1))
        context.problem(mark, f"a routine must be a mapping with name and steps, found {found}")
        return None
    if is_catalog_document(tree):
        context.problem(tree.mark, "this is an exercise catalog, not a routine")
        return None
    context.maps[((), "")] = tree
    check_fields(tree, ROUTINE_FIELDS, "the routine", context, ())
    name = text_field(tree, "name", context, (), required=True)
    description = text_field(tree, "description", context, ())
    level = Level.BEGINNER
    if "level" in tree:
        level = enum_field(tree, "level", LEVEL_NAMES, context, ()) or Level.BEGINNER
    tags = string_list_field(tree, "tags", context, ()) if "tags" in tree else ()
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


def _unstretched(tree: YMap, context: ReadContext) -> Unstretched | None:
    node = tree["unstretched"]
    if not isinstance(node, YMap):
        context.problem(
            tree.value_mark("unstretched"),
            f"unstretched must be a mapping with muscles and why, got {quoted(node)}",
        )
        return None
    check_fields(node, UNSTRETCHED_FIELDS, "unstretched", context, ())
    muscles = string_list_field(node, "muscles", context, ()) if "muscles" in node else ()
    for muscle in muscles:
        if muscle not in MUSCLES:
            context.problem(
                node.value_mark("muscles"),
                f'unknown muscle "{muscle}" in unstretched{did_you_mean(muscle, MUSCLES)}',
            )
    why = text_field(node, "why", context, ()).strip()
    if not muscles or not why:
        context.problem(
            node.mark,
            "unstretched needs muscles (the worked groups left unstretched) and why (the reason)",
        )
        return None
    return Unstretched(muscles=muscles, why=why)


def _defaults(tree: YMap, context: ReadContext) -> Defaults:
    if "defaults" not in tree:
        return Defaults()
    node = tree["defaults"]
    if not isinstance(node, YMap):
        context.problem(
            tree.value_mark("defaults"), f"defaults must be a mapping, got {quoted(node)}"
        )
        return Defaults()
    check_fields(node, DEFAULTS_FIELDS, "defaults", context, ())
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
        seconds = seconds_field(node, key, context, (), f"defaults.{key}")
        if seconds is not None:
            values[key] = seconds
    return Defaults(**values)


def _items(
    value: Any, mark: Mark, parent: StepPath, defaults: Defaults, context: ReadContext
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


def _block(node: YMap, path: StepPath, defaults: Defaults, context: ReadContext) -> Block | None:
    check_fields(node, BLOCK_FIELDS, "a repeat block", context, path)
    repeat = node["repeat"]
    if not isinstance(repeat, int) or isinstance(repeat, bool):
        context.problem(
            node.value_mark("repeat"),
            f"repeat must be a whole number of times, got {quoted(repeat)}",
            path,
        )
        repeat = 1
    rest = seconds_field(node, "rest", context, path) if "rest" in node else None
    name = text_field(node, "name", context, path)
    if "steps" not in node:
        context.problem(node.mark, "a repeat block needs steps", path, "steps")
        steps: tuple[Item, ...] = ()
    else:
        steps = _items(node["steps"], node.value_mark("steps"), path, defaults, context)
    return Block(repeat=repeat, steps=steps, rest=rest, name=name)


def _step(node: YMap, path: StepPath, context: ReadContext) -> Step | None:
    if "exercise" not in node and "steps" in node:
        # Its fields are a block's: saying each is unknown to a step would only confuse.
        context.problem(node.mark, "a block with steps needs repeat (1 or more)", path)
        return None
    check_fields(node, STEP_FIELDS, "a step", context, path)
    if "exercise" not in node:
        context.problem(node.mark, "exercise is missing; every step names its exercise", path)
        return None
    exercise_text = text_field(node, "exercise", context, path)
    fields: dict[str, Any] = {"exercise": exercise_text}
    base = context.catalog.get(exercise_text)
    unknown_id = base is None and looks_like_id(exercise_text)
    if unknown_id:
        hint = did_you_mean(exercise_text, context.catalog.ids())
        context.problem(
            node.value_mark("exercise"),
            f"exercise {quoted(exercise_text)} is not in the exercise catalog{hint}; "
            "name your own exercise in words (with spaces)",
            path,
        )
    if "kind" in node:
        kind = enum_field(node, "kind", KIND_NAMES, context, path)
        if kind is not None:
            fields["kind"] = kind
    if "sides" in node:
        sides = enum_field(node, "sides", SIDES_NAMES, context, path)
        if sides is not None:
            fields["sides"] = sides
    if "side_means" in node:
        side_means = enum_field(node, "side_means", SIDE_MEANS_NAMES, context, path)
        if side_means is not None:
            fields["side_means"] = side_means
    if "duration" in node:
        if node["duration"] == "max":
            fields["duration"] = None
        else:
            seconds = seconds_field(node, "duration", context, path)
            if seconds is not None:
                fields["duration"] = seconds
    elif base is None and not unknown_id:  # a catalog id that is wrong: that is the one problem
        context.problem(node.mark, f"duration is missing; give {DURATION_HINT}, or max", path)
    if "cap" in node:
        cap = seconds_field(node, "cap", context, path)
        if cap is not None:
            fields["cap"] = cap
    if "rest" in node:
        rest = seconds_field(node, "rest", context, path)
        if rest is not None:
            fields["rest"] = rest
    if "cue" in node:
        fields["cue"] = text_field(node, "cue", context, path)
    if "muscles" in node:
        fields["muscles"] = string_list_field(node, "muscles", context, path)
    if "cues" in node:
        fields["cues"] = timed_cues(node, path, context)
    fields.update(picture_fields(node, context, path))
    return resolve_step(fields, base)


def picture_fields(node: YMap, context: ReadContext, path: StepPath) -> dict[str, Any]:
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
    written = text_field(node, "image", context, path)
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


def looks_like_id(text: str) -> bool:
    return bool(text) and " " not in text and "-" in text and text == text.lower()


def timed_cues(node: YMap, path: StepPath, context: ReadContext) -> tuple[TimedCue, ...]:
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
            check_fields(item, CUE_FIELDS, where, context, path)
            if "at" not in item or "say" not in item:
                context.problem(
                    value.item_mark(index), f"{where} needs both at (seconds) and say (text)", path
                )
                continue
        at = seconds_field(item, "at", context, path, f"{where}.at")
        before = len(context.problems)
        say = text_field(item, "say", context, path)
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
    merged.update(exercise=base.name, recorded_as=base.recorded_as)
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
