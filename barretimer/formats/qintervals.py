"""qintervals workouts (YAML) in and out.

qintervals plays a flat list of intervals: ``title``, then ``intervals`` of ``type``
(warmup, work, rest, warmdown), ``name`` and ``length`` ("30s", "5m"), and ``block`` entries
with ``repeats``, ``intervals`` and ``skip_last_rest`` (leave out the rest that closes the last
round). It adds nothing between intervals, so neither does the routine made from it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from barretimer.core.durations import plain_seconds
from barretimer.core.model import Block, Defaults, Item, Kind, Routine, Step
from barretimer.core.validate import MAX_REPEAT, MAX_SECONDS
from barretimer.core.yamlsrc import YamlSourceError, YList, YMap, parse
from barretimer.formats.common import (
    ID_LIKE_NOTE,
    FormatError,
    Imported,
    checked_routine,
    clean_text,
    step_name,
)
from barretimer.formats.step_plan import COOLDOWN, REST, WARMUP, PlanNode, PlanStep, plan

FORMAT = "qintervals"
WARMUP_BLOCK = "Warm-up"
COOLDOWN_BLOCK = "Cool-down"
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([sm])\s*$")
_TYPES = ("warmup", "work", "rest", "warmdown")


def looks_like(tree: Any) -> bool:
    return isinstance(tree, dict) and "intervals" in tree and "steps" not in tree


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.notes: list[str] = []
        self.cleaned = False
        self.id_like = False

    def fail(self, node: Any, key: str | None, message: str) -> FormatError:
        line, column = 0, 0
        if isinstance(node, YMap):
            mark = node.value_mark(key) if key is not None and key in node else node.mark
            line, column = mark.line, mark.column
        elif isinstance(node, YList):
            line, column = node.mark.line, node.mark.column
        return FormatError.at(self.name, line, column, message)

    def text(self, node: YMap, key: str) -> str:
        value = node.get(key)
        if not isinstance(value, str):
            raise self.fail(node, key, f'"{key}" must be text')
        cleaned, changed = clean_text(value)
        self.cleaned |= changed
        return cleaned

    def length(self, node: YMap) -> float:
        value = node.get("length")
        match = _LENGTH.match(value) if isinstance(value, str) else None
        if match is None:
            raise self.fail(
                node,
                "length",
                'length must be a number followed by "s" or "m", as in "30s" or "5m"',
            )
        seconds = float(match[1]) * (60 if match[2] == "m" else 1)
        if not 0 < seconds <= MAX_SECONDS:
            raise self.fail(node, "length", "length must be more than 0 and at most 4 hours")
        return seconds

    def items(self, entries: Any, owner: Any, top: bool) -> list[Item]:
        if not isinstance(entries, YList) or not entries:
            raise self.fail(
                owner, "intervals", '"intervals" must be a list of intervals and blocks'
            )
        out: list[Item] = []
        previous_label = ""
        for entry in entries:
            if not isinstance(entry, YMap):
                raise self.fail(
                    entries, None, "each interval must be a mapping with type, name and length"
                )
            item, kind = self.entry(entry)
            label = {"warmup": WARMUP_BLOCK, "warmdown": COOLDOWN_BLOCK}.get(kind, "")
            if label and not top:
                self.notes.append(f"{kind} intervals inside a block play as work intervals")
                label = ""
            if label and label == previous_label and isinstance(out[-1], Block):
                out[-1] = Block(1, (*out[-1].steps, item), name=label)
            elif label:
                out.append(Block(1, (item,), name=label))
            else:
                out.append(item)
            previous_label = label
        return out

    def entry(self, entry: YMap) -> tuple[Item, str]:
        if "block" in entry:
            block = entry["block"]
            if not isinstance(block, YMap):
                raise self.fail(
                    entry, "block", "a block must be a mapping with repeats and intervals"
                )
            repeats = block.get("repeats")
            if (
                isinstance(repeats, bool)
                or not isinstance(repeats, int)
                or not 1 <= repeats <= MAX_REPEAT
            ):
                raise self.fail(
                    block, "repeats", f"repeats must be a whole number from 1 to {MAX_REPEAT}"
                )
            skip = block.get("skip_last_rest", False)
            if not isinstance(skip, bool):
                raise self.fail(block, "skip_last_rest", "skip_last_rest must be true or false")
            body = self.items(block.get("intervals"), block, top=False)
            return self.block(repeats, body, skip), "block"
        kind = entry.get("type")
        if kind not in _TYPES:
            raise self.fail(
                entry,
                "type" if "type" in entry else None,
                "type must be one of warmup, work, rest, warmdown",
            )
        name, id_like = step_name(
            self.text(entry, "name") or ("Rest" if kind == "rest" else "Interval")
        )
        self.id_like |= id_like
        step = Step(name, Kind.REST if kind == "rest" else Kind.MOVE, self.length(entry))
        return step, str(kind)

    def block(self, repeats: int, body: list[Item], skip: bool) -> Item:
        """A block; with skip_last_rest, the rest closing each round becomes the block's rest
        between rounds, which barretimer leaves out after the last round."""
        last = body[-1]
        if not skip or not (isinstance(last, Step) and last.kind is Kind.REST):
            # (qintervals skips only a rest that closes the block itself.)
            return Block(repeats, tuple(body))
        core = body[:-1]
        first = core[0] if core else None
        if (
            repeats > 1
            and isinstance(first, Step)
            and first.kind is not Kind.REST
            and isinstance(core[-1], Step)
            and core[-1].kind is not Kind.REST
            and last.exercise == "Rest"
            and last.duration is not None
            and last.duration <= 600
        ):
            return Block(repeats, tuple(core), rest=last.duration)
        # The general case, written out: all rounds but the last, then the last without its rest.
        self.notes.append(
            "a block that skips its last rest is written as its rounds but the last, then the last round"
        )
        rounds: list[Item] = []
        if repeats > 1:
            rounds.append(Block(repeats - 1, tuple(body)))
        rounds.extend(core)
        return Block(1, tuple(rounds))

    def routine(self, tree: Any) -> Routine:
        if not isinstance(tree, YMap):
            raise FormatError.at(
                self.name, 1, 1, "a qintervals workout is a mapping with title and intervals"
            )
        title = self.text(tree, "title") if "title" in tree else ""
        steps = self.items(tree.get("intervals"), tree, top=True)
        defaults = Defaults(rest=0.0, lead_in=0.0, switch=0.0)
        return Routine(
            title or "Imported workout", tuple(steps), defaults=defaults, tags=("imported",)
        )


def read_qintervals(text: str, name: str) -> list[Imported]:
    try:
        tree = parse(text, name)
    except YamlSourceError as error:
        raise FormatError(error.problems) from None
    reader = _Reader(name)
    routine = checked_routine(reader.routine(tree), name)
    notes = list(dict.fromkeys(reader.notes))
    if reader.cleaned:
        notes.append("control characters in names were replaced by spaces")
    if reader.id_like:
        notes.append(ID_LIKE_NOTE)
    notes.append(
        "qintervals has no cues, muscles or sides; each work interval is a plain move step"
    )
    return [Imported(routine, tuple(notes), FORMAT)]


# --- export -----------------------------------------------------------------------------------


def _length(seconds: float) -> str:
    if seconds % 60 == 0:
        return f"{int(seconds // 60)}m"
    return f"{plain_seconds(seconds)}s"


def _interval(step: PlanStep) -> dict[str, Any]:
    kind = {WARMUP: "warmup", COOLDOWN: "warmdown", REST: "rest"}.get(step.intensity, "work")
    return {"type": kind, "name": step.name, "length": _length(round(step.seconds, 3))}


def _entries(nodes: tuple[PlanNode, ...] | list[PlanNode]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in nodes:
        if isinstance(node, PlanStep):
            out.append(_interval(node))
        elif node.count == 1 and not node.skip_last_rest:
            out.extend(_entries(node.body))
        else:
            block: dict[str, Any] = {"repeats": node.count}
            if node.skip_last_rest:
                block["skip_last_rest"] = True
            block["intervals"] = _entries(node.body)
            out.append({"block": block})
    return out


def export_qintervals(routine: Routine) -> tuple[str, list[str]]:
    """The routine as a qintervals workout, and what it loses on the way."""
    nodes = plan(routine)
    lost = _losses(routine)
    data = {"title": routine.name, "intervals": _entries(nodes)}
    text = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=96
    )
    return text, lost


def _losses(routine: Routine) -> list[str]:
    from barretimer.core.model import iter_steps

    lost = []
    steps = list(iter_steps(routine.steps))
    if any(step.is_max for step in steps):
        lost.append("max holds become fixed intervals of their cap (or 60 s)")
    if any(step.cues or step.cue for step in steps):
        lost.append("cues are not carried (qintervals shows only a name)")
    if routine.defaults.lead_in:
        lost.append(
            f'the lead-in is written as a {plain_seconds(routine.defaults.lead_in)} s rest named "Get ready"'
        )
    lost.append(
        "rests and side switches are written as rest intervals; muscles, kinds and the description are left out"
    )
    return lost
