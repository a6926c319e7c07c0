"""Pose files: the figure of each catalog exercise, read safely and checked with places.

Poses live beside the catalog in ``routines/poses/*.yaml`` (one file per catalog section, so
people posing different sections never edit the same file). Each file is a mapping with
``poses:``, a mapping from exercise id to its pose; the format is explained at the top of
``routines/poses/warm-up.yaml`` and in the README ("Posing your own exercises").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from barretimer.core.contacts import check_contacts
from barretimer.core.model import Block, Catalog, Item, Kind, Step
from barretimer.core.pose_spec import ANCHOR, Keyframe, PoseSpec, Prop, PropKind
from barretimer.core.problems import Problem, did_you_mean, quoted
from barretimer.core.skeleton import JOINTS, LIMB_JOINTS, POINT_NAMES, Part, View, expand_points
from barretimer.core.yamlsrc import Mark, YamlSourceError, YList, YMap, parse, read_text

POSES_FOLDER = "poses"
POSE_FIELDS = ("view", "elevation", "contacts", "props", "working", "tempo", "keyframes")
MAX_ELEVATION = 90
#: Joint names a keyframe may use: every joint, and limb joints without a side (both sides).
KEYFRAME_NAMES = (*JOINTS, *LIMB_JOINTS)
MIN_TEMPO_S = 0.3
MAX_TEMPO_S = 20.0


@dataclass
class PoseSet:
    """Every pose read from a folder, and every problem found on the way."""

    poses: dict[str, PoseSpec] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)  # id -> "FILE:LINE" of its pose


def step_exercise_id(items: tuple[Item, ...], path: tuple[int, ...] | None) -> str | None:
    """The catalog id of the step at ``path`` in a routine's steps (None for a step written
    out in full, or a path that leads nowhere)."""
    step: Item | None = None
    for index in path or ():
        if not 0 <= index < len(items):
            return None
        step = items[index]
        if isinstance(step, Block):
            items = step.steps
    return step.ref or step.exercise if isinstance(step, Step) else None


def pose_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def is_pose_document(tree: Any) -> bool:
    return isinstance(tree, dict) and "poses" in tree and "steps" not in tree


def load_poses(folder: Path, catalog: Catalog, *, require_all: bool = False) -> PoseSet:
    """Every pose file in ``folder``, checked against ``catalog``.

    With ``require_all`` a catalog exercise without a pose is a problem too.
    """
    result = PoseSet()
    for path in pose_files(folder):
        _load_file(path, catalog, result)
    if require_all:
        for exercise_id in catalog.ids():
            if exercise_id not in result.poses and exercise_id not in result.places:
                result.problems.append(
                    Problem(
                        str(folder), 0, 0, f'the exercise "{exercise_id}" has no pose in any file'
                    )
                )
    return result


def load_pose_file(path: Path, catalog: Catalog) -> PoseSet:
    result = PoseSet()
    _load_file(path, catalog, result)
    return result


def poses_from_tree(tree: Any, name: str, catalog: Catalog, into: PoseSet | None = None) -> PoseSet:
    result = into if into is not None else PoseSet()
    checker = _Checker(name, catalog, result)
    checker.document(tree)
    return result


def _load_file(path: Path, catalog: Catalog, result: PoseSet) -> None:
    name = str(path)
    try:
        tree = parse(read_text(path, name), name)
    except YamlSourceError as error:
        result.problems.extend(error.problems)
        return
    poses_from_tree(tree, name, catalog, result)


class _Checker:
    def __init__(self, file: str, catalog: Catalog, result: PoseSet) -> None:
        self.file = file
        self.catalog = catalog
        self.result = result

    def problem(self, mark: Mark, message: str) -> None:
        self.result.problems.append(Problem(self.file, mark.line, mark.column, message))

    def document(self, tree: Any) -> None:
        if not isinstance(tree, YMap) or not isinstance(tree.get("poses"), YMap):
            mark = getattr(tree, "mark", Mark(1, 1))
            self.problem(
                mark, "a pose file is a mapping with a mapping of exercise ids under poses"
            )
            return
        for key in tree:
            if key != "poses":
                self.problem(
                    tree.key_mark(key), f"unknown field {quoted(key)}; a pose file holds only poses"
                )
        poses: YMap = tree["poses"]
        for exercise_id, node in poses.items():
            mark = poses.key_mark(exercise_id)
            exercise = self.catalog.get(exercise_id)
            if exercise is None:
                hint = did_you_mean(exercise_id, self.catalog.ids())
                self.problem(mark, f"unknown exercise id {quoted(exercise_id)}{hint}")
                continue
            if exercise_id in self.result.places:
                first = self.result.places[exercise_id]
                self.problem(mark, f'"{exercise_id}" is posed twice (first at {first})')
                continue
            self.result.places[exercise_id] = f"{self.file}:{mark.line}"
            if not isinstance(node, YMap):
                self.problem(poses.value_mark(exercise_id), "a pose is a mapping with keyframes")
                continue
            spec = self.pose(exercise_id, node, exercise.kind, f"{self.file}:{mark.line}")
            if spec is not None:
                self.result.poses[exercise_id] = spec

    def pose(self, exercise_id: str, node: YMap, kind: Kind, source: str) -> PoseSpec | None:
        before = len(self.result.problems)
        for key in node:
            if key not in POSE_FIELDS:
                hint = did_you_mean(key, POSE_FIELDS)
                self.problem(node.key_mark(key), f"unknown field {quoted(key)}{hint}")
        view = View.SIDE
        if "view" in node:
            try:
                view = View(node["view"])
            except ValueError:
                self.problem(
                    node.value_mark("view"),
                    f"view is side, front or back, not {quoted(node['view'])}",
                )
        contacts: tuple[str, ...] = ("feet",)
        if "contacts" in node:
            contacts = self.point_list(node, "contacts")
        props = self.props(node) if "props" in node else ()
        working = self.working(node) if "working" in node else ()
        tempo = 2.0
        if "tempo" in node:
            value = node["tempo"]
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not MIN_TEMPO_S <= value <= MAX_TEMPO_S
            ):
                self.problem(
                    node.value_mark("tempo"),
                    f"tempo is the seconds of one cycle, {MIN_TEMPO_S} to {MAX_TEMPO_S:g}, "
                    f"not {quoted(value)}",
                )
            else:
                tempo = float(value)
        elevation = 0.0
        if "elevation" in node:
            value = node["elevation"]
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not 0 <= value <= MAX_ELEVATION
            ):
                self.problem(
                    node.value_mark("elevation"),
                    f"elevation is the degrees the camera looks down, 0 to {MAX_ELEVATION}, "
                    f"not {quoted(value)}",
                )
            else:
                elevation = float(value)
        keyframes = self.keyframes(node, kind)
        if len(self.result.problems) > before or not keyframes:
            return None
        spec = PoseSpec(
            exercise_id, view, keyframes, contacts, props, working, tempo, source, elevation
        )
        # A pose whose contacts miss the floor is still drawn (and reported): seeing it is
        # the quickest way to mend it.
        self.contacts(spec, node)
        return spec

    def point_list(self, node: YMap, key: str, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Body point names (and ``extra`` places, such as a band's anchor) under ``key``."""
        value = node[key]
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            self.problem(node.value_mark(key), f"{key} is a list of body points, like [feet]")
            return ()
        names: list[str] = []
        for index, item in enumerate(items):
            mark = items.item_mark(index) if isinstance(items, YList) else node.value_mark(key)
            if item not in POINT_NAMES and item not in extra:
                hint = did_you_mean(str(item), (*POINT_NAMES, *extra))
                self.problem(mark, f"unknown body point {quoted(item)}{hint}")
            else:
                names.append(item)
        return tuple(names)

    def props(self, node: YMap) -> tuple[Prop, ...]:
        items = node["props"]
        if not isinstance(items, YList):
            self.problem(node.value_mark("props"), "props is a list, like [mat, {barre: hands}]")
            return ()
        kinds = [k.value for k in PropKind]
        props: list[Prop] = []
        for index, item in enumerate(items):
            mark = items.item_mark(index)
            if isinstance(item, str):
                name, at = item, None
            elif isinstance(item, YMap) and len(item) == 1:
                name, at = next(iter(item.items()))
            else:
                self.problem(
                    mark, "a prop is a word (mat) or one word with its place ({barre: hands})"
                )
                continue
            if name not in kinds:
                self.problem(mark, f"unknown prop {quoted(name)}{did_you_mean(str(name), kinds)}")
                continue
            kind = PropKind(name)
            points: tuple[str, ...] = ()
            if at is not None:
                assert isinstance(item, YMap)
                points = self.point_list(item, name, (ANCHOR,) if name == "band" else ())
            if kind is not PropKind.MAT and not points:
                if at is None:
                    self.problem(mark, f"say where the {name} is, like {{{name}: hands}}")
                continue
            if kind is PropKind.BAND and len(expand_points(points)) < 2:
                self.problem(
                    mark,
                    "a band goes between two points, like {band: [left_foot, hands]} "
                    "or {band: [hands, anchor]}",
                )
                continue
            if kind is PropKind.TOWEL and len(expand_points(points)) > 2:
                self.problem(mark, "a towel is under one point or held between two")
                continue
            props.append(Prop(kind, points))
        return tuple(props)

    def working(self, node: YMap) -> tuple[Part, ...]:
        value = node["working"]
        items = [value] if isinstance(value, str) else value
        parts = [p.value for p in Part]
        if not isinstance(items, list):
            self.problem(node.value_mark("working"), "working is a list of parts, like [left_leg]")
            return ()
        result: list[Part] = []
        for index, item in enumerate(items):
            mark = (
                items.item_mark(index) if isinstance(items, YList) else node.value_mark("working")
            )
            if item not in parts:
                self.problem(mark, f"unknown part {quoted(item)}{did_you_mean(str(item), parts)}")
            else:
                result.append(Part(item))
        return tuple(result)

    def keyframes(self, node: YMap, kind: Kind) -> tuple[Keyframe, ...]:
        items = node.get("keyframes")
        if not isinstance(items, YList) or not items:
            self.problem(
                node.value_mark("keyframes") if "keyframes" in node else node.mark,
                "a pose needs keyframes: a list of joint angles, like - {left_knee: 90}",
            )
            return ()
        if kind is Kind.MOVE and len(items) < 2:
            self.problem(
                node.value_mark("keyframes"),
                "a move needs at least two keyframes to animate between",
            )
        elif kind is not Kind.MOVE and len(items) > 2:
            self.problem(
                node.value_mark("keyframes"),
                f"a {kind.value} has one keyframe, or two for a subtle motion; this has {len(items)}",
            )
        frames: list[Keyframe] = []
        for index, item in enumerate(items):
            if item is None:
                frames.append(Keyframe({}))
                continue
            if not isinstance(item, YMap):
                self.problem(items.item_mark(index), "a keyframe is a mapping of joint angles")
                continue
            angles: dict[str, float] = {}
            contacts: tuple[str, ...] = ()
            for name, value in item.items():
                if name == "contacts":
                    contacts = self.point_list(item, "contacts")
                    continue
                if name not in KEYFRAME_NAMES:
                    hint = did_you_mean(name, KEYFRAME_NAMES)
                    self.problem(item.key_mark(name), f"unknown joint {quoted(name)}{hint}")
                    continue
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    self.problem(
                        item.value_mark(name), f"{name} is an angle in degrees, not {quoted(value)}"
                    )
                    continue
                limits = JOINTS.get(name) or LIMB_JOINTS[name]
                if not limits.low <= value <= limits.high:
                    self.problem(
                        item.value_mark(name),
                        f"{name}: {value:g} is outside the joint's range, {limits.low:g} to "
                        f"{limits.high:g} ({limits.meaning})",
                    )
                    continue
                angles[name] = float(value)
            frames.append(Keyframe(angles, contacts))
        return tuple(frames)

    def contacts(self, spec: PoseSpec, node: YMap) -> None:
        items: YList = node["keyframes"]
        for index in range(len(spec.keyframes)):
            report = check_contacts(spec, index)
            mark = items.item_mark(index)
            for name, gap in report.floating:
                self.problem(
                    mark,
                    f"keyframe {index + 1}: the contact {name} is {gap:.2f} of the body's height "
                    "above what it should rest on; change the angles or the contacts",
                )
            if report.sunk:
                self.problem(
                    mark,
                    f"keyframe {index + 1}: the body reaches {report.sunk:.2f} of its height below "
                    "the floor; list the lowest points as contacts or change the angles",
                )
