"""Reading one field of a routine or catalog file: its type, its range, its words, each
problem reported with the line and column it was written at (see ``ReadContext``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from barretimer.core.durations import parse_duration
from barretimer.core.model import (
    Catalog,
    Kind,
    Level,
    SideMeans,
    Sides,
)
from barretimer.core.problems import (
    MAX_PROBLEMS_PER_FILE,
    Problem,
    StepPath,
    did_you_mean,
    quoted,
)
from barretimer.core.text import describe_character, first_unsafe, one_line
from barretimer.core.yamlsrc import (
    Mark,
    YList,
    YMap,
)

DURATION_HINT = 'a positive number of seconds or "m:ss"'


@dataclass
class ReadContext:
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


def place_mark(place: tuple[YList | YMap, Any]) -> Mark:
    container, index = place
    if isinstance(container, YList):
        return container.item_mark(index)
    return container.value_mark(index)


def find_mark(context: ReadContext, path: StepPath, dotted: str) -> Mark | None:
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


def check_fields(
    node: YMap, allowed: tuple[str, ...], what: str, context: ReadContext, path: StepPath
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


def text_field(
    node: YMap, key: str, context: ReadContext, path: StepPath, required: bool = False
) -> str:
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
    if not clean_text_field(value, key, node, context, path):
        return ""
    return value


def clean_text_field(
    value: str, key: str, node: YMap, context: ReadContext, path: StepPath
) -> bool:
    """Whether ``value`` is free of control characters (a name that clears the terminal or
    forges a line), reporting the first one it holds."""
    bad = first_unsafe(value, multi_line=key in MULTI_LINE_FIELDS)
    if bad is None:
        return True
    message = f"{key} holds {describe_character(bad)}; write plain text"
    context.problem(node.value_mark(key), message, path, key)
    return False


def seconds_field(
    node: YMap, key: str, context: ReadContext, path: StepPath, label: str | None = None
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


KIND_NAMES = {kind.value: kind for kind in Kind}


SIDES_NAMES = {sides.value: sides for sides in Sides}


SIDE_MEANS_NAMES = {means.value: means for means in SideMeans}


LEVEL_NAMES = {level.value: level for level in Level}


def enum_field(
    node: YMap, key: str, members: dict[str, Any], context: ReadContext, path: StepPath
) -> Any:
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


def string_list_field(
    node: YMap, key: str, context: ReadContext, path: StepPath
) -> tuple[str, ...]:
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
