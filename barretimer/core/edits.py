"""Edits of an immutable routine, with no Qt: items found by path, each edit a new value.

A path is the one the core uses (``StepPath``): indices into ``steps``, then into a block's
``steps``. ``()`` is the routine itself.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path
from typing import Any

from barretimer.core.model import Block, Catalog, Item, Routine, Step
from barretimer.core.problems import StepPath
from barretimer.core.routine_reader import inherited_cues, resolve_step

Items = tuple[Item, ...]

#: Beyond this many played steps the live summary is not worked out: compiling the timeline
#: takes about 0.15 ms a step, on every change (a 45-minute class plays about 60).
MAX_SUMMARY_PLAYS = 1_000


def children(items: Items, parent: StepPath) -> Items:
    """The items directly under ``parent`` (the routine or a block)."""
    if not parent:
        return items
    block = item_at(items, parent)
    if not isinstance(block, Block):
        raise ValueError(f"{parent} is a step, not a block")
    return block.steps


def item_at(items: Items, path: StepPath) -> Item:
    if not path:
        raise ValueError("the empty path is the routine, not an item")
    item = items[path[0]]
    for index in path[1:]:
        if not isinstance(item, Block):
            raise ValueError(f"{path} goes through a step")
        item = item.steps[index]
    return item


def exists(items: Items, path: StepPath | None) -> bool:
    if not path:
        return False
    try:
        item_at(items, path)
    except (IndexError, ValueError):
        return False
    return True


def _with_children(items: Items, parent: StepPath, new_children: Items) -> Items:
    if not parent:
        return new_children
    block = item_at(items, parent)
    assert isinstance(block, Block)
    return replace_at(items, parent, dataclasses.replace(block, steps=new_children))


def replace_at(items: Items, path: StepPath, item: Item) -> Items:
    head, rest = path[0], path[1:]
    if rest:
        block = items[head]
        assert isinstance(block, Block)
        item = dataclasses.replace(block, steps=replace_at(block.steps, rest, item))
    return (*items[:head], item, *items[head + 1 :])


def insert_at(items: Items, parent: StepPath, row: int, item: Item) -> Items:
    siblings = children(items, parent)
    row = max(0, min(row, len(siblings)))
    return _with_children(items, parent, (*siblings[:row], item, *siblings[row:]))


def remove_at(items: Items, path: StepPath) -> Items:
    parent, row = path[:-1], path[-1]
    siblings = children(items, parent)
    return _with_children(items, parent, (*siblings[:row], *siblings[row + 1 :]))


def can_move(items: Items, source: StepPath, parent: StepPath) -> bool:
    """A drop target must be the routine or a block, and not the moved item or inside it."""
    if not exists(items, source):
        return False
    if parent[: len(source)] == source:
        return False
    return not parent or isinstance(_safe_item(items, parent), Block)


def _safe_item(items: Items, path: StepPath) -> Item | None:
    return item_at(items, path) if exists(items, path) else None


def move(
    items: Items, source: StepPath, parent: StepPath, row: int
) -> tuple[Items, StepPath] | None:
    """``items`` with the item at ``source`` moved to ``row`` under ``parent`` (``row`` counted
    before the move, as a view's drop gives it), and the item's new path; None if impossible
    or if nothing would change."""
    if not can_move(items, source, parent):
        return None
    moved = item_at(items, source)
    depth = len(source) - 1
    # Removing the item shifts what follows it under the same parent.
    if len(parent) > depth and parent[:depth] == source[:depth] and parent[depth] > source[depth]:
        parent = (*parent[:depth], parent[depth] - 1, *parent[depth + 1 :])
    if parent == source[:-1] and row > source[-1]:
        row -= 1
    remaining = remove_at(items, source)
    row = max(0, min(row, len(children(remaining, parent))))
    result = insert_at(remaining, parent, row, moved)
    new_path = (*parent, row)
    if new_path == source:
        return None
    return result, new_path


def shift(items: Items, path: StepPath, offset: int) -> tuple[Items, StepPath] | None:
    """Move an item one place up (-1) or down (+1), the keyboard's way to do what a drag does.

    Next to a block the item goes into it (at its end going up, at its start going down); at
    the edge of a block it comes out of it (before the block going up, after it going down).
    """
    if not exists(items, path):
        return None
    parent, row = path[:-1], path[-1]
    siblings = children(items, parent)
    neighbour = row + offset
    if 0 <= neighbour < len(siblings):
        next_to = siblings[neighbour]
        if isinstance(next_to, Block):
            return move(items, path, (*parent, neighbour), len(next_to.steps) if offset < 0 else 0)
        return move(items, path, parent, neighbour + (1 if offset > 0 else 0))
    if not parent:
        return None
    return move(items, path, parent[:-1], parent[-1] + (1 if offset > 0 else 0))


def insertion_point(items: Items, selected: StepPath | None) -> tuple[StepPath, int]:
    """Where a new item goes: inside a selected block (at its end), after a selected step, or
    at the end of the routine."""
    if not exists(items, selected):
        return (), len(items)
    assert selected is not None
    if isinstance(item_at(items, selected), Block):
        return selected, len(children(items, selected))
    return selected[:-1], selected[-1] + 1


def count_plays(items: Items, limit: int = MAX_SUMMARY_PLAYS) -> int:
    """How many steps a routine plays with repeats expanded (stops counting past ``limit``)."""
    total = 0
    for item in items:
        if isinstance(item, Block):
            total += max(0, item.repeat) * count_plays(item.steps, limit)
        else:
            total += 1
        if total > limit:
            return total
    return total


def all_paths(items: Items, parent: StepPath = ()) -> list[StepPath]:
    """Every item's path in document order."""
    result: list[StepPath] = []
    for index, item in enumerate(items):
        path = (*parent, index)
        result.append(path)
        if isinstance(item, Block):
            result.extend(all_paths(item.steps, path))
    return result


# --- steps ------------------------------------------------------------------------------------


def step_from_catalog(catalog: Catalog, exercise_id: str) -> Step:
    base = catalog.get(exercise_id)
    if base is None:
        raise KeyError(exercise_id)
    return resolve_step({}, base)


def edit_step(step: Step, name: str, value: Any, catalog: Catalog) -> Step:
    """``step`` with one field set as a person edits it in the form.

    - Renaming a catalog step makes it a step of its own (a file can only give a catalog step
      the catalog's name), keeping everything else.
    - A new duration re-spreads the catalog's extra cues when the step still has them as the
      catalog gave them, and a number (not ``max``) drops the cap that only goes with ``max``.
    """
    base = catalog.get(step.ref) if step.ref else None
    if name == "exercise":
        if base is not None and value != base.name:
            return dataclasses.replace(step, exercise=value, ref=None)
        return dataclasses.replace(step, exercise=value)
    if name == "duration":
        changes: dict[str, Any] = {"duration": value}
        if value is not None:
            changes["cap"] = None
        if base is not None and step.cues == inherited_cues(base, step.duration):
            changes["cues"] = inherited_cues(base, value)
        return dataclasses.replace(step, **changes)
    return dataclasses.replace(step, **{name: value})


def edit_routine(routine: Routine, name: str, value: Any) -> Routine:
    """``routine`` with one of its own fields set; ``defaults.rest`` and so on for defaults."""
    if name.startswith("defaults."):
        defaults = dataclasses.replace(routine.defaults, **{name.split(".", 1)[1]: value})
        return dataclasses.replace(routine, defaults=defaults)
    return dataclasses.replace(routine, **{name: value})


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed, comma-separated; blanks dropped (as the loader drops them)."""
    return tuple(tag.strip() for tag in text.split(",") if tag.strip())


# --- file names -------------------------------------------------------------------------------


def slug(name: str) -> str:
    """A file-name stem from a routine name: ``"Seat & Core!"`` -> ``"seat-core"``."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w]+", "-", text).replace("_", "-").strip("-")
    text = re.sub(r"-{2,}", "-", text)[:60].strip("-")
    return text or "routine"


def unique_path(folder: Path, stem: str, suffix: str = ".yaml") -> Path:
    """``folder/stem.yaml``, or ``stem-2.yaml`` and so on if that is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists() or candidate.with_suffix(".yml").exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
