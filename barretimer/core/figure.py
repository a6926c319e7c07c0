"""Exercise figures without Qt: the placed shapes to draw for a pose at any phase of its cycle.

Forward kinematics (:mod:`barretimer.core.skeleton`) turns a pose's joint angles into 3D
points, a camera (side, front or back) projects them to 2D, and the contacts
(:mod:`barretimer.core.contacts`) set the figure down so that what touches the floor rests on
it; the props (:mod:`barretimer.core.figure_props`) are placed by the body. The drawing layer
(ui) only strokes the segments and props this module hands it.

The picture for a left side is the one computed here; the right side is its mirror image
(:func:`mirrored`).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from barretimer.core.contacts import Placed, drop, points_2d
from barretimer.core.figure_props import PropShape, PropShapeKind, prop_shapes
from barretimer.core.pose_spec import ANCHOR, FIXED_PROPS, PoseSpec, Prop, PropKind, angles_at
from barretimer.core.skeleton import (
    FOOT_RADIUS,
    HEAD_RADIUS,
    LIMB_RADIUS,
    SIDES,
    TRUNK_EDGE,
    Part,
    Point,
    expand_points,
    forward_kinematics,
)

#: ``PoseSpec`` is what every figure is drawn from: importable from here too.
__all__ = [
    "Figure",
    "Layout",
    "PoseSpec",
    "Segment",
    "SegmentRole",
    "frame_phases",
    "layout",
    "mirrored",
    "pose_figure",
]


class SegmentRole(str, enum.Enum):
    TRUNK = "trunk"
    HEAD = "head"
    LIMB = "limb"
    FOOT = "foot"


@dataclass(frozen=True)
class Segment:
    """One stroke of the figure (a polyline, or the head's centre), in picture units."""

    role: SegmentRole
    points: tuple[Point, ...]
    radius: float  # stroke half-width (or the head's radius)
    depth: float  # toward the camera is larger; drawn in increasing depth
    part: Part | None  # the limb it belongs to, for the working colour
    far: bool  # behind the body: drawn in the lighter tint


@dataclass(frozen=True)
class Figure:
    """A placed figure in picture units (height 1.0 = a standing person, y up, floor at 0)."""

    segments: tuple[Segment, ...]
    props: tuple[PropShape, ...]
    floor_y: float = 0.0
    floor_line: bool = True  # a raised camera sees the floor as an area: the mat shows it

    def bounds(self) -> tuple[float, float, float, float]:
        """Left, bottom, right, top of everything drawn, strokes' widths included."""
        xs: list[float] = []
        ys: list[float] = []
        for segment in self.segments:
            for x, y in segment.points:
                xs += [x - segment.radius, x + segment.radius]
                ys += [y - segment.radius, y + segment.radius]
        for prop in self.props:
            pad = prop.size if prop.shape is not PropShapeKind.BOX else 0.0
            for x, y in prop.points:
                xs += [x - pad, x + pad]
                ys += [y - pad, y + pad]
        if self.floor_line:
            ys.append(self.floor_y)
        return min(xs), min(ys), max(xs), max(ys)


def mirrored(figure: Figure, axis_x: float = 0.0) -> Figure:
    """The figure as seen in a mirror standing at ``axis_x``: the right side's picture."""

    def flip(points: Iterable[Point]) -> tuple[Point, ...]:
        return tuple((2 * axis_x - x, y) for x, y in points)

    return replace(
        figure,
        segments=tuple(replace(s, points=flip(s.points)) for s in figure.segments),
        props=tuple(replace(p, points=flip(p.points)) for p in figure.props),
    )


def _limb_part(name: str) -> Part | None:
    side = "left" if name.startswith("left_") else "right" if name.startswith("right_") else ""
    if not side:
        return None
    leg = name.endswith(("_hip", "_knee", "_ankle", "_heel", "_toes"))
    return Part(f"{side}_{'leg' if leg else 'arm'}")


def pose_figure(spec: PoseSpec, phase: float = 0.0) -> Figure:
    """The figure at ``phase`` of its cycle (0 is the first keyframe), placed on the floor.

    The picture is the left side's; :func:`mirrored` gives the right side's. Furniture (a
    chair, step, barre or wall) and a band's anchor stay where the first keyframe puts them.
    """
    figure = _figure(spec, points_2d(spec.view, forward_kinematics(angles_at(spec, phase))))
    if not spec.animated or not any(_is_fixed(p) for p in spec.props):
        return figure
    first = _figure(spec, points_2d(spec.view, forward_kinematics(angles_at(spec, 0.0))))
    if phase % 1.0 == 0.0:
        return first
    fixed = [shape for shape in first.props if shape.fixed]
    anchors = [shape.points[-1] for shape in first.props if shape.anchored]
    kept: list[PropShape] = []
    for shape in figure.props:
        if shape.fixed:
            continue
        if shape.anchored and anchors:
            shape = replace(shape, points=(*shape.points[:-1], anchors.pop(0)))
        kept.append(shape)
    return replace(figure, props=tuple(fixed + kept))


def _is_fixed(prop: Prop) -> bool:
    return prop.kind in FIXED_PROPS or (prop.kind is PropKind.BAND and ANCHOR in prop.at)


def _anchor_x(spec: PoseSpec, points: Placed) -> float:
    names = expand_points(spec.contacts[:1] or ("hips",))
    return sum(points[n if not n.endswith("_foot") else n[:-4] + "heel"][0] for n in names) / len(
        names
    )


def _figure(spec: PoseSpec, raw: Placed) -> Figure:
    points = _placed(spec, raw)
    return Figure(
        _segments(spec, points), tuple(prop_shapes(spec, points)), floor_line=not spec.elevation
    )


def _placed(spec: PoseSpec, raw: Placed) -> dict[str, tuple[float, float, float]]:
    """The points set down on their supports, the first contact at x = 0, and seen from the
    raised camera when the pose has one."""
    lift = drop(spec, raw)
    shift = -_anchor_x(spec, raw)
    points = {name: (x + shift, y + lift, depth) for name, (x, y, depth) in raw.items()}
    if spec.elevation:
        # The camera raised, looking down: what is nearer the camera shows lower.
        c, s = math.cos(math.radians(spec.elevation)), math.sin(math.radians(spec.elevation))
        points = {n: (x, y * c - d * s, d * c + y * s) for n, (x, y, d) in points.items()}
    return points


#: A limb's chains of points: the leg, the foot and the arm, each with its stroke's half-width.
_CHAINS = (
    (SegmentRole.LIMB, ("hip", "knee", "ankle"), LIMB_RADIUS),
    (SegmentRole.FOOT, ("heel", "toes"), FOOT_RADIUS),
    (SegmentRole.LIMB, ("shoulder", "elbow", "hand"), LIMB_RADIUS),
)
#: Within a layer, a foot before its leg and the trunk before the head.
_ROLE_ORDER = {SegmentRole.FOOT: 0, SegmentRole.LIMB: 1, SegmentRole.TRUNK: 2, SegmentRole.HEAD: 3}


def _segments(spec: PoseSpec, points: Placed) -> tuple[Segment, ...]:
    """The strokes in the order they are painted: far limbs, then the trunk and head, then
    near limbs; within a layer the farther first."""

    def xy(name: str) -> Point:
        return points[name][0], points[name][1]

    body_depth = points["hips"][2]
    trunk_part = Part.TRUNK if Part.TRUNK in spec.working else None
    outline = _hull([xy(n) for n in points if n.startswith("outline_")])
    segments = [
        Segment(SegmentRole.TRUNK, outline, TRUNK_EDGE, body_depth, trunk_part, False),
        Segment(SegmentRole.HEAD, (xy("head"),), HEAD_RADIUS, points["head"][2], None, False),
    ]
    for side in SIDES:
        for role, joints, radius in _CHAINS:
            names = [f"{side}_{joint}" for joint in joints]
            depth = sum(points[n][2] for n in names) / len(names)
            far = depth < body_depth - 0.02
            part = _limb_part(names[0])
            segments.append(Segment(role, tuple(xy(n) for n in names), radius, depth, part, far))

    def layer(segment: Segment) -> int:
        return 0 if segment.far else (1 if segment.role in _BODY_ROLES else 2)

    segments.sort(key=lambda s: (layer(s), round(s.depth, 3), _ROLE_ORDER[s.role]))
    return tuple(segments)


_BODY_ROLES = (SegmentRole.TRUNK, SegmentRole.HEAD)


def _hull(points: Sequence[Point]) -> tuple[Point, ...]:
    """The convex hull of ``points``, counter-clockwise (Andrew's monotone chain)."""
    ordered = sorted(set(points))
    if len(ordered) < 3:
        return tuple(ordered)

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in ordered:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(ordered):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


@dataclass(frozen=True)
class Layout:
    """Where a figure's animation fits: one scale for every frame, so it never jumps."""

    left: float
    bottom: float
    right: float
    top: float


#: Frames sampled between two keyframes to find the box an animation needs, and the room
#: left around them for the frames in between (a limb swinging through an arc).
LAYOUT_SAMPLES_PER_KEYFRAME = 3
LAYOUT_PAD = 0.04


def layout(spec: PoseSpec) -> Layout:
    """The box that holds every frame of the figure's cycle, the floor line included."""
    samples = LAYOUT_SAMPLES_PER_KEYFRAME * len(spec.keyframes) if spec.animated else 1
    boxes = [pose_figure(spec, i / samples).bounds() for i in range(samples)]
    pad = LAYOUT_PAD if spec.animated else 0.0
    left = min(b[0] for b in boxes) - pad
    right = max(b[2] for b in boxes) + pad
    # Every figure is drawn as if it could stand up: a lying figure is not blown up.
    top = max(max(b[3] for b in boxes) + pad, 1.0)
    middle = (left + right) / 2
    half = max((right - left) / 2, 0.35)
    return Layout(middle - half, min(b[1] for b in boxes) - pad, middle + half, top)


def frame_phases(spec: PoseSpec, per_second: float) -> tuple[float, ...]:
    """Phases at which an animation is drawn, evenly spaced through one cycle (one for a still
    figure)."""
    if not spec.animated:
        return (0.0,)
    count = max(2, round(spec.tempo * per_second))
    return tuple(i / count for i in range(count))
