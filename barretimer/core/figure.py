"""Exercise figures without Qt: a skeleton, its joint angles, and the placed shapes to draw.

A pose gives anatomical joint angles in degrees (0 is standing straight, arms at the sides).
Forward kinematics turns them into 3D points, a camera (side, front or back) projects them to
2D, and the contacts set the figure down so that what touches the floor rests on it. The
drawing layer (ui) only strokes the segments and props this module hands it.

Lengths are fractions of standing height (1.0), after the classic anthropometric table in
FIGURES.md. The picture for a left side is the one computed here; the right side is its
mirror image (:func:`mirrored`).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

# --- proportions (fractions of standing height) -------------------------------------------------

HEAD_RADIUS = 0.065
LIMB_RADIUS = 0.9 * HEAD_RADIUS / 2  # stroke half-width: the stroke is 0.9 x the head radius
FOOT_RADIUS = 0.75 * LIMB_RADIUS
THIGH = 0.245
SHIN = 0.246
ANKLE_HEIGHT = 0.039
HEEL_BACK = 0.025
TOE_FORWARD = 0.12
UPPER_ARM = 0.186
FOREARM_AND_HAND = 0.146 + 0.025  # the hand as a short continuation of the forearm
LOWER_TRUNK = 0.13  # hip joints' centre to the middle of the back
UPPER_TRUNK = 0.158  # middle of the back to the base of the neck (shoulder height)
HIP_HALF_WIDTH = 0.191 / 2
SHOULDER_HALF_WIDTH = 0.259 / 2
NECK_TO_HEAD_CENTRE = 0.052 + HEAD_RADIUS

# --- props (fractions of standing height) ----------------------------------------------------

BARRE_HEIGHT = 0.55
SEAT_HEIGHT = 0.26
STEP_HEIGHT = 0.12
MAT_THICKNESS = 0.012
MAT_LENGTH = 1.05
MAT_WIDTH = 0.34
CUSHION_HEIGHT = 0.045
BALL_RADIUS = 0.085
WALL_HEIGHT = 1.1
DUMBBELL_HALF_LENGTH = 0.05
DUMBBELL_PLATE = 0.038  # half the height of a plate
TOWEL_THICKNESS = 0.02
ANCHOR_GAP = 0.32  # from the figure's edge to the band's anchor

#: How far a contact may sit above its support, or the body below the floor, before the
#: pose checker calls it a problem (fractions of height).
CONTACT_TOLERANCE = 0.035


class View(str, enum.Enum):
    """Where the camera stands. For the left side: the side view sees the figure's left side
    (the figure faces the picture's left), the front view its face, the back view its back."""

    SIDE = "side"
    FRONT = "front"
    BACK = "back"


class PropKind(str, enum.Enum):
    BARRE = "barre"  # a barre or a chair back, under the hand that holds it
    CHAIR = "chair"  # a chair seat under the point that sits on it
    WALL = "wall"  # a wall touching the point that leans on it
    MAT = "mat"  # under the whole figure
    STEP = "step"  # under the point that stands on it
    BAND = "band"  # stretched between two points
    BALL = "ball"  # held at a point (between the knees: "knees")
    CUSHION = "cushion"  # under the point that rests on it
    STEP_EDGE = "step_edge"  # a step whose edge is under the point: the heel hangs off it
    WEIGHTS = "weights"  # a small dumbbell in each named hand
    TOWEL = "towel"  # held between two points, or flat on the floor under one


#: The named place a band may be tied to instead of a body point: a door or post beside the
#: figure at the height of the band's other end.
ANCHOR = "anchor"
#: Props that are furniture: they stay where the first keyframe puts them while the body moves.
FIXED_PROPS = frozenset(
    {
        PropKind.BARRE,
        PropKind.CHAIR,
        PropKind.WALL,
        PropKind.STEP,
        PropKind.STEP_EDGE,
        PropKind.CUSHION,
    }
)


#: Props that raise what rests on them, and by how much.
SUPPORT_HEIGHTS: dict[PropKind, float] = {
    PropKind.CHAIR: SEAT_HEIGHT,
    PropKind.STEP: STEP_HEIGHT,
    PropKind.CUSHION: CUSHION_HEIGHT,
    PropKind.STEP_EDGE: STEP_HEIGHT,
    PropKind.TOWEL: TOWEL_THICKNESS,
}
#: Supports that lie on the floor or the mat (the others stand on the floor).
ON_THE_MAT = frozenset({PropKind.CUSHION, PropKind.TOWEL})


@dataclass(frozen=True)
class JointRange:
    low: float
    high: float
    meaning: str  # what a positive angle does, for the guide and for messages


#: Every joint a pose may set, with the range the checker allows (FIGURES.md plus a margin of
#: about 10 degrees). A name without ``left_``/``right_`` in a pose sets both sides.
BODY_JOINTS: dict[str, JointRange] = {
    "pitch": JointRange(-180, 180, "whole body leans forward (90 face down, -90 on the back)"),
    "roll": JointRange(
        -180, 180, "whole body tips toward its left side (90 lying on the left side)"
    ),
    "turn": JointRange(-180, 180, "whole body turns about its length to face its left"),
    "spine": JointRange(-40, 90, "upper back bends forward (negative arches back)"),
    "spine_side": JointRange(-45, 45, "upper back bends toward the left side"),
    "spine_turn": JointRange(-55, 55, "chest turns toward the left"),
    "neck": JointRange(-55, 55, "head bows forward (negative looks up)"),
}
LIMB_JOINTS: dict[str, JointRange] = {
    "hip": JointRange(-40, 130, "thigh swings forward (negative: behind the body)"),
    "hip_out": JointRange(-40, 60, "thigh opens out to the side (negative: across the body)"),
    "hip_turn": JointRange(-45, 60, "knee and toes turn outward (turnout)"),
    "knee": JointRange(-5, 160, "knee bends, the shin folding back"),
    "ankle": JointRange(-60, 30, "toes lift toward the shin (negative: the foot points)"),
    "shoulder": JointRange(-70, 190, "arm swings forward and up (180 overhead)"),
    "shoulder_out": JointRange(-60, 190, "arm opens out to the side (negative: across the chest)"),
    "elbow": JointRange(-5, 160, "elbow bends, the forearm folding forward"),
}
SIDES = ("left", "right")
JOINTS: dict[str, JointRange] = dict(BODY_JOINTS)
for _side in SIDES:
    for _name, _range in LIMB_JOINTS.items():
        JOINTS[f"{_side}_{_name}"] = _range


class Part(str, enum.Enum):
    """The parts a pose can mark as working (drawn in the interval kind's colour)."""

    LEFT_LEG = "left_leg"
    RIGHT_LEG = "right_leg"
    LEFT_ARM = "left_arm"
    RIGHT_ARM = "right_arm"
    TRUNK = "trunk"


#: Body points named in contacts and props. Group names stand for several points.
POINT_NAMES = (
    "head", "shoulders", "back", "hips", "seat", "chest",
    "left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_hand", "right_hand",
    "left_hip", "right_hip", "left_knee", "right_knee", "left_heel", "right_heel",
    "left_toes", "right_toes", "left_foot", "right_foot",
    "hands", "elbows", "forearms", "left_forearm", "right_forearm", "knees", "feet", "heels", "toes",
    "shins", "left_shin", "right_shin",
)  # fmt: skip
GROUPS: dict[str, tuple[str, ...]] = {
    "hands": ("left_hand", "right_hand"),
    "elbows": ("left_elbow", "right_elbow"),
    "forearms": ("left_forearm", "right_forearm"),
    "left_forearm": ("left_elbow", "left_hand"),
    "right_forearm": ("right_elbow", "right_hand"),
    "knees": ("left_knee", "right_knee"),
    "feet": ("left_foot", "right_foot"),
    "heels": ("left_heel", "right_heel"),
    "toes": ("left_toes", "right_toes"),
    "shins": ("left_shin", "right_shin"),
    "left_shin": ("left_knee", "left_toes"),
    "right_shin": ("right_knee", "right_toes"),
    "back": ("shoulders", "hips"),
}


#: The trunk's cross-sections (half width, half depth) at the hips, the waist and the
#: shoulders: its outline in any view is the hull of these rings, stroked with TRUNK_EDGE.
TRUNK_SECTIONS = {"hips": (0.08, 0.045), "chest": (0.065, 0.04), "shoulders": (0.095, 0.04)}
TRUNK_EDGE = 0.02
_SECTION_RING = tuple(
    (math.cos(math.radians(a)), math.sin(math.radians(a))) for a in range(0, 360, 30)
)

Vec3 = tuple[float, float, float]
Point = tuple[float, float]


def _add(a: Vec3, b: Vec3, scale: float = 1.0) -> Vec3:
    return (a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale)


def _mul(a: Vec3, scale: float) -> Vec3:
    return (a[0] * scale, a[1] * scale, a[2] * scale)


@dataclass(frozen=True)
class _Frame:
    """Three unit axes of a body part: its forward (belly side), up and left directions."""

    fwd: Vec3
    up: Vec3
    left: Vec3

    def turned(self, source: str, target: str, degrees: float, sign: float = 1.0) -> _Frame:
        """This frame with axis ``source`` turned toward axis ``target`` by ``degrees``.

        Axis names may start with "-" (the opposite direction); ``sign`` scales ``target``
        (the mirror of "left" for the right side).
        """
        if not degrees:
            return self
        a = self._axis(source)
        b = _mul(self._axis(target), sign)
        c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
        new_a = _add(_mul(a, c), b, s)
        new_b = _add(_mul(b, c), a, -s)
        axes = {"fwd": self.fwd, "up": self.up, "left": self.left}
        axes[source.lstrip("-")] = _mul(new_a, -1.0 if source.startswith("-") else 1.0)
        axes[target.lstrip("-")] = _mul(new_b, (-1.0 if target.startswith("-") else 1.0) * sign)
        return _Frame(axes["fwd"], axes["up"], axes["left"])

    def _axis(self, name: str) -> Vec3:
        vector: Vec3 = getattr(self, name.lstrip("-"))
        return _mul(vector, -1.0) if name.startswith("-") else vector


WORLD = _Frame((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


@dataclass(frozen=True)
class Skeleton:
    """The body's points in 3D (x forward, y up, z to the figure's left), pelvis at the origin."""

    points: dict[str, Vec3]


def _angle(angles: Mapping[str, float], name: str) -> float:
    return float(angles.get(name, 0.0))


def forward_kinematics(angles: Mapping[str, float]) -> Skeleton:
    """The skeleton for a full set of joint angles (missing joints are at 0)."""
    # Pitch and roll lay the body down; turn then spins it about its own length, so lying on
    # the back it rolls toward a side (a twist's pelvis), standing it turns on the spot.
    root = (
        WORLD.turned("up", "fwd", _angle(angles, "pitch"))
        .turned("up", "left", _angle(angles, "roll"))
        .turned("fwd", "left", _angle(angles, "turn"))
    )
    pelvis: Vec3 = (0.0, 0.0, 0.0)
    points: dict[str, Vec3] = {"hips": pelvis}
    waist = _add(pelvis, root.up, LOWER_TRUNK)
    chest = (
        root.turned("up", "fwd", _angle(angles, "spine"))
        .turned("up", "left", _angle(angles, "spine_side"))
        .turned("fwd", "left", _angle(angles, "spine_turn"))
    )
    neck = _add(waist, chest.up, UPPER_TRUNK)
    head = chest.turned("up", "fwd", _angle(angles, "neck"))
    points.update(chest=waist, shoulders=neck, head=_add(neck, head.up, NECK_TO_HEAD_CENTRE))
    for level, centre, frame in (
        ("hips", pelvis, root),
        ("chest", waist, root),
        ("shoulders", neck, chest),
    ):
        half_width, half_depth = TRUNK_SECTIONS[level]
        for index, (across, ahead) in enumerate(_SECTION_RING):
            spot = _add(centre, frame.left, across * half_width)
            points[f"outline_{level}_{index}"] = _add(spot, frame.fwd, ahead * half_depth)
    for side, sign in (("left", 1.0), ("right", -1.0)):

        def angle(joint: str, side: str = side) -> float:
            return _angle(angles, f"{side}_{joint}")

        hip = _add(pelvis, root.left, sign * HIP_HALF_WIDTH)
        thigh = (
            root.turned("-up", "fwd", angle("hip"))
            .turned("-up", "left", angle("hip_out"), sign)
            .turned("fwd", "left", angle("hip_turn"), sign)
        )
        knee = _add(hip, thigh.up, -THIGH)
        shin = thigh.turned("-up", "-fwd", angle("knee"))
        ankle = _add(knee, shin.up, -SHIN)
        foot = shin.turned("fwd", "up", angle("ankle"))
        sole = _add(ankle, foot.up, -ANKLE_HEIGHT)
        shoulder = _add(neck, chest.left, sign * SHOULDER_HALF_WIDTH)
        arm = chest.turned("-up", "fwd", angle("shoulder")).turned(
            "-up", "left", angle("shoulder_out"), sign
        )
        elbow = _add(shoulder, arm.up, -UPPER_ARM)
        forearm = arm.turned("-up", "fwd", angle("elbow"))
        points.update(
            {
                f"{side}_hip": hip,
                f"{side}_knee": knee,
                f"{side}_ankle": ankle,
                f"{side}_heel": _add(sole, foot.fwd, -HEEL_BACK),
                f"{side}_toes": _add(sole, foot.fwd, TOE_FORWARD),
                f"{side}_shoulder": shoulder,
                f"{side}_elbow": elbow,
                f"{side}_hand": _add(elbow, forearm.up, -FOREARM_AND_HAND),
            }
        )
    return Skeleton(points)


# --- the placed, projected figure ------------------------------------------------------------


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


class PropShapeKind(str, enum.Enum):
    LINE = "line"  # a stroke through points (barre, wall, band)
    BOX = "box"  # a filled rounded box: points are two opposite corners (mat, step, seat)
    CIRCLE = "circle"  # a ball: points[0] is the centre, size its radius


@dataclass(frozen=True)
class PropShape:
    prop: PropKind
    shape: PropShapeKind
    points: tuple[Point, ...]
    size: float  # stroke half-width for lines, corner radius for boxes, radius for circles
    fixed: bool = False  # furniture: placed by the first keyframe, still while the body moves
    anchored: bool = False  # a band tied to its anchor (its last point)


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


def _project(view: View, point: Vec3) -> tuple[float, float, float]:
    """Picture x, y and depth (toward the camera) of a body point, for the left side."""
    x, y, z = point
    if view is View.SIDE:
        return -x, y, z
    if view is View.FRONT:
        return z, y, x
    return -z, y, -x


def expand_points(names: Iterable[str]) -> list[str]:
    """Contact or prop point names with groups opened into single points."""
    result: list[str] = []
    for name in names:
        if name in GROUPS:
            result += expand_points(GROUPS[name])
        elif name == "seat":
            result.append("hips")
        else:
            result.append(name)
    return result


_POINT_RADIUS = {"head": HEAD_RADIUS}


def point_radius(name: str) -> float:
    """How far the drawn body reaches beyond a point: what rests on the floor is the edge."""
    if name in _POINT_RADIUS:
        return _POINT_RADIUS[name]
    if name.endswith(("_heel", "_toes")):
        return FOOT_RADIUS
    return LIMB_RADIUS


@dataclass(frozen=True)
class Prop:
    kind: PropKind
    at: tuple[str, ...] = ()  # body points it is placed by (none for a mat)


@dataclass(frozen=True)
class Keyframe:
    angles: Mapping[str, float]
    contacts: tuple[str, ...] = ()  # this keyframe's own contacts, or () for the pose's


@dataclass(frozen=True)
class PoseSpec:
    """Everything needed to draw one exercise: a view, keyframes, contacts, props, tempo."""

    exercise: str
    view: View
    keyframes: tuple[Keyframe, ...]
    contacts: tuple[str, ...] = ("feet",)
    props: tuple[Prop, ...] = ()
    working: tuple[Part, ...] = ()
    tempo: float = 2.0  # seconds for one cycle through every keyframe and back to the first
    source: str = ""  # FILE:LINE of the pose, for messages
    elevation: float = 0.0  # degrees the camera is raised, looking down (0: level)

    @property
    def animated(self) -> bool:
        return len(self.keyframes) > 1

    def contacts_of(self, index: int) -> tuple[str, ...]:
        return self.keyframes[index].contacts or self.contacts


def full_angles(angles: Mapping[str, float]) -> dict[str, float]:
    """Angles with every both-sides name (``knee``) written out as ``left_knee`` and
    ``right_knee``; a side's own value wins."""
    result: dict[str, float] = {}
    for name, value in angles.items():
        if name in LIMB_JOINTS:
            for side in SIDES:
                result.setdefault(f"{side}_{name}", float(value))
        else:
            result[name] = float(value)
    return result


def ease(fraction: float) -> float:
    """Ease in and out: slow at both keyframes, fastest half way (a cosine)."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(fraction, 0.0), 1.0))


def angles_at(spec: PoseSpec, phase: float) -> dict[str, float]:
    """Joint angles at ``phase`` (0..1 of a cycle): eased from keyframe to keyframe and back."""
    frames = [full_angles(k.angles) for k in spec.keyframes]
    if len(frames) == 1:
        return frames[0]
    phase %= 1.0
    position = phase * len(frames)
    index = int(position) % len(frames)
    following = (index + 1) % len(frames)
    weight = ease(position - int(position))
    a, b = frames[index], frames[following]
    return {
        name: a.get(name, 0.0) + (b.get(name, 0.0) - a.get(name, 0.0)) * weight
        for name in set(a) | set(b)
    }


def _points_2d(view: View, skeleton: Skeleton) -> dict[str, tuple[float, float, float]]:
    return {name: _project(view, p) for name, p in skeleton.points.items()}


def _lowest(points: Mapping[str, tuple[float, float, float]], name: str) -> float:
    """The lowest drawn edge of a named point; a foot rests on its heel or toes."""
    if name.endswith("_foot"):
        side = name[: -len("_foot")]
        return min(_lowest(points, f"{side}_heel"), _lowest(points, f"{side}_toes"))
    if name in TRUNK_SECTIONS:
        return min(points[f"outline_{name}_{i}"][1] for i in range(len(_SECTION_RING))) - TRUNK_EDGE
    return points[name][1] - point_radius(name)


def _support_heights(spec: PoseSpec, names: Iterable[str]) -> dict[str, float]:
    """The height each contact rests at: a step, seat or cushion under it, a mat, or the floor."""
    base = MAT_THICKNESS if any(p.kind is PropKind.MAT for p in spec.props) else 0.0
    heights = dict.fromkeys(names, base)
    for prop in spec.props:
        height = SUPPORT_HEIGHTS.get(prop.kind)
        if height is None:
            continue
        for name in expand_points(prop.at):
            for contact in heights:
                if _same_place(contact, name):
                    heights[contact] = base + height if prop.kind in ON_THE_MAT else height
    return heights


def _same_place(a: str, b: str) -> bool:
    """Whether two point names meet (a foot is its heel and its toes)."""

    def family(name: str) -> set[str]:
        for suffix in ("_foot", "_heel", "_toes"):
            if name.endswith(suffix):
                side = name[: -len(suffix)]
                return {side + "_foot", side + "_heel", side + "_toes"}
        return {name}

    return a == b or (bool(family(a) & family(b)) and (a.endswith("_foot") or b.endswith("_foot")))


@dataclass(frozen=True)
class ContactReport:
    """How well a keyframe's contacts meet their supports (for the pose checker)."""

    floating: tuple[tuple[str, float], ...]  # contacts above their support, and by how much
    sunk: float  # how far the body reaches below the floor (0 when it does not)


def _contact_names(spec: PoseSpec) -> list[str]:
    names: list[str] = []
    for index in range(len(spec.keyframes)):
        for name in expand_points(spec.contacts_of(index)):
            if name not in names:
                names.append(name)
    return names


def _drop(spec: PoseSpec, points: Mapping[str, tuple[float, float, float]]) -> float:
    """How far to move the figure up so the lowest contact rests on its support."""
    names = _contact_names(spec)
    supports = _support_heights(spec, names)
    return -min(_lowest(points, name) - supports[name] for name in names)


def check_contacts(spec: PoseSpec, index: int) -> ContactReport:
    """Whether keyframe ``index`` rests on all its contacts and stays above the floor."""
    angles = full_angles(spec.keyframes[index].angles)
    points = _points_2d(spec.view, forward_kinematics(angles))
    names = expand_points(spec.contacts_of(index))
    supports = _support_heights(spec, names)
    lift = -min(_lowest(points, name) - supports[name] for name in names)
    floating = tuple(
        (name, gap)
        for name in names
        if (gap := _lowest(points, name) + lift - supports[name]) > CONTACT_TOLERANCE
    )
    floor = MAT_THICKNESS if any(p.kind is PropKind.MAT for p in spec.props) else 0.0
    lowest_body = min(_lowest(points, name) for name in points if not name.startswith("outline_"))
    sunk = max(0.0, floor - (lowest_body + lift))
    return ContactReport(floating, sunk if sunk > CONTACT_TOLERANCE else 0.0)


def _edge_x(points: Mapping[str, tuple[float, float, float]], name: str, sign: float) -> float:
    """The drawn body's farthest x around a point, toward ``sign`` (+1 right, -1 left)."""
    if name.endswith("_foot"):
        side = name[: -len("_foot")]
        ends = (_edge_x(points, f"{side}_heel", sign), _edge_x(points, f"{side}_toes", sign))
        return max(ends) if sign > 0 else min(ends)
    if name in TRUNK_SECTIONS:
        xs = [points[f"outline_{name}_{i}"][0] for i in range(len(_SECTION_RING))]
        return (max(xs) + TRUNK_EDGE) if sign > 0 else (min(xs) - TRUNK_EDGE)
    return points[name][0] + sign * point_radius(name)


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
    figure = _figure(spec, _points_2d(spec.view, forward_kinematics(angles_at(spec, phase))))
    if not spec.animated or not any(_is_fixed(p) for p in spec.props):
        return figure
    first = _figure(spec, _points_2d(spec.view, forward_kinematics(angles_at(spec, 0.0))))
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


def _anchor_x(spec: PoseSpec, points: Mapping[str, tuple[float, float, float]]) -> float:
    names = expand_points(spec.contacts[:1] or ("hips",))
    return sum(points[n if not n.endswith("_foot") else n[:-4] + "heel"][0] for n in names) / len(
        names
    )


def _figure(spec: PoseSpec, raw: Mapping[str, tuple[float, float, float]]) -> Figure:
    lift = _drop(spec, raw)
    shift = -_anchor_x(spec, raw)
    points = {name: (x + shift, y + lift, depth) for name, (x, y, depth) in raw.items()}
    if spec.elevation:
        # The camera raised, looking down: what is nearer the camera shows lower.
        c, s = math.cos(math.radians(spec.elevation)), math.sin(math.radians(spec.elevation))
        points = {n: (x, y * c - d * s, d * c + y * s) for n, (x, y, d) in points.items()}

    def xy(name: str) -> Point:
        return points[name][0], points[name][1]

    body_depth = points["hips"][2]
    segments: list[Segment] = []
    in_trunk = Part.TRUNK in spec.working
    segments.append(
        Segment(
            SegmentRole.TRUNK,
            _hull([xy(n) for n in points if n.startswith("outline_")]),
            TRUNK_EDGE,
            body_depth,
            Part.TRUNK if in_trunk else None,
            False,
        )
    )
    segments.append(
        Segment(SegmentRole.HEAD, (xy("head"),), HEAD_RADIUS, points["head"][2], None, False)
    )
    for side in SIDES:
        chains = (
            (SegmentRole.LIMB, (f"{side}_hip", f"{side}_knee", f"{side}_ankle"), LIMB_RADIUS),
            (SegmentRole.FOOT, (f"{side}_heel", f"{side}_toes"), FOOT_RADIUS),
            (
                SegmentRole.LIMB,
                (f"{side}_shoulder", f"{side}_elbow", f"{side}_hand"),
                LIMB_RADIUS,
            ),
        )
        for role, names, radius in chains:
            depth = sum(points[n][2] for n in names) / len(names)
            part = _limb_part(names[0])
            segments.append(
                Segment(
                    role,
                    tuple(xy(n) for n in names),
                    radius,
                    depth,
                    part,
                    depth < body_depth - 0.02,
                )
            )
    # Painted in three layers: far limbs, then the trunk and head, then near limbs; within a
    # layer the farther first, and a foot before its leg.
    order = {SegmentRole.FOOT: 0, SegmentRole.LIMB: 1, SegmentRole.TRUNK: 2, SegmentRole.HEAD: 3}

    def layer(segment: Segment) -> int:
        return 0 if segment.far else (1 if segment.role in _BODY_ROLES else 2)

    segments.sort(key=lambda s: (layer(s), round(s.depth, 3), order[s.role]))
    return Figure(tuple(segments), tuple(_props(spec, points)), floor_line=not spec.elevation)


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


def _props(spec: PoseSpec, points: Mapping[str, tuple[float, float, float]]) -> list[PropShape]:
    def at(names: Sequence[str]) -> Point:
        chosen = expand_points(names)
        xs = [points[n if not n.endswith("_foot") else n[:-4] + "heel"][0] for n in chosen]
        ys = [_lowest(points, n) if n.endswith("_foot") else points[n][1] for n in chosen]
        return sum(xs) / len(xs), sum(ys) / len(ys)

    def bottom(names: Sequence[str]) -> Point:
        chosen = expand_points(names)
        x = sum(points[n if not n.endswith("_foot") else n[:-4] + "heel"][0] for n in chosen)
        return x / len(chosen), min(_lowest(points, n) for n in chosen)

    shapes: list[PropShape] = []
    body_xs = [p[0] for p in points.values()]
    floor = MAT_THICKNESS if any(p.kind is PropKind.MAT for p in spec.props) else 0.0
    for prop in spec.props:
        kind = prop.kind
        if kind is PropKind.MAT:
            middle = (min(body_xs) + max(body_xs)) / 2
            half = max(MAT_LENGTH, max(body_xs) - min(body_xs) + 0.1) / 2
            bottom_y, top_y = 0.0, MAT_THICKNESS
            if spec.elevation:  # the mat seen from above: a band as deep as a mat is wide
                across = MAT_WIDTH / 2 * math.sin(math.radians(spec.elevation))
                bottom_y, top_y = -across, across
            shapes.append(
                PropShape(
                    kind,
                    PropShapeKind.BOX,
                    ((middle - half, bottom_y), (middle + half, top_y)),
                    MAT_THICKNESS / 2,
                )
            )
        elif kind is PropKind.BARRE and spec.view is View.SIDE:
            x, y = at(prop.at)
            shapes.append(PropShape(kind, PropShapeKind.LINE, ((x, floor), (x, y)), 0.012))
            shapes.append(
                PropShape(kind, PropShapeKind.LINE, ((x - 0.06, y), (x + 0.06, y)), 0.014)
            )
        elif kind is PropKind.BARRE and len(expand_points(prop.at)) < 2:
            # Held with one hand, seen from the front or back: the rail runs toward the
            # camera, so a post with the rail's end.
            x, y = at(prop.at)
            shapes.append(PropShape(kind, PropShapeKind.LINE, ((x, floor), (x, y)), 0.012))
            shapes.append(PropShape(kind, PropShapeKind.LINE, ((x - 0.02, y), (x + 0.02, y)), 0.02))
        elif kind is PropKind.BARRE:
            # Seen from the front or back: a rail across the picture on two posts.
            xs = [at([n])[0] for n in expand_points(prop.at)]
            _, y = at(prop.at)
            ends = (min(xs) - 0.22, max(xs) + 0.22)
            shapes.append(PropShape(kind, PropShapeKind.LINE, ((ends[0], y), (ends[1], y)), 0.014))
            for end in ends:
                shapes.append(PropShape(kind, PropShapeKind.LINE, ((end, floor), (end, y)), 0.012))
        elif kind is PropKind.WALL:
            x, _ = at(prop.at)
            sign = 1.0 if x >= sum(body_xs) / len(body_xs) else -1.0
            wall_x = max(sign * _edge_x(points, n, sign) for n in expand_points(prop.at)) * sign
            shapes.append(
                PropShape(kind, PropShapeKind.LINE, ((wall_x, floor), (wall_x, WALL_HEIGHT)), 0.012)
            )
        elif kind in (PropKind.STEP, PropKind.CHAIR, PropKind.CUSHION):
            x, y = bottom(prop.at)
            width = {PropKind.STEP: 0.3, PropKind.CHAIR: 0.26, PropKind.CUSHION: 0.2}[kind]
            spread = [at([n])[0] for n in expand_points(prop.at)]
            width = max(width, max(spread) - min(spread) + 0.1)
            top = y if kind is not PropKind.CUSHION else floor + CUSHION_HEIGHT
            base = floor if kind is PropKind.CUSHION else 0.0
            corner = 0.02 if kind is PropKind.CUSHION else 0.008
            shapes.append(
                PropShape(
                    kind,
                    PropShapeKind.BOX,
                    ((x - width / 2, base), (x + width / 2, top)),
                    corner,
                )
            )
            if kind is PropKind.CHAIR:
                # The back behind the sitter: away from the knees.
                knees_x = (points["left_knee"][0] + points["right_knee"][0]) / 2
                back_x = x + width / 2 if knees_x <= x else x - width / 2
                shapes.append(
                    PropShape(kind, PropShapeKind.LINE, ((back_x, top), (back_x, top + 0.3)), 0.012)
                )
                shapes.append(
                    PropShape(
                        kind, PropShapeKind.LINE, ((x - width / 2, 0.0), (x - width / 2, top)), 0.01
                    )
                )
                shapes.append(
                    PropShape(
                        kind, PropShapeKind.LINE, ((x + width / 2, 0.0), (x + width / 2, top)), 0.01
                    )
                )
        elif kind is PropKind.STEP_EDGE:
            for name in expand_points(prop.at):
                side = name.split("_")[0]
                toes, heel = points[f"{side}_toes"][0], points[f"{side}_heel"][0]
                toward = 1.0 if toes >= heel else -1.0
                # The ball of the foot on the edge: a little behind the toes.
                edge = toes - toward * 0.045
                _, top = bottom([name])
                far = edge + toward * 0.3
                box = ((min(edge, far), 0.0), (max(edge, far), top))
                shapes.append(PropShape(kind, PropShapeKind.BOX, box, 0.008))
        elif kind is PropKind.WEIGHTS:
            for name in expand_points(prop.at):
                hand_x, hand_y = points[name][0], points[name][1]
                bar = (
                    (hand_x - DUMBBELL_HALF_LENGTH, hand_y),
                    (hand_x + DUMBBELL_HALF_LENGTH, hand_y),
                )
                shapes.append(PropShape(kind, PropShapeKind.LINE, bar, 0.012))
                for plate_x, plate_y in bar:
                    plate = (
                        (plate_x - 0.018, plate_y - DUMBBELL_PLATE),
                        (plate_x + 0.018, plate_y + DUMBBELL_PLATE),
                    )
                    shapes.append(PropShape(kind, PropShapeKind.BOX, plate, 0.01))
        elif kind is PropKind.TOWEL:
            chosen = expand_points(prop.at)
            if len(chosen) >= 2:
                shapes.append(
                    PropShape(kind, PropShapeKind.LINE, tuple(at([n]) for n in chosen), 0.02)
                )
            else:
                x, _ = at(chosen)
                shapes.append(
                    PropShape(
                        kind,
                        PropShapeKind.BOX,
                        ((x - 0.16, floor), (x + 0.1, floor + TOWEL_THICKNESS)),
                        0.01,
                    )
                )
        elif kind is PropKind.BAND:
            chosen = [n for n in expand_points(prop.at) if n != ANCHOR]
            line = [at([n]) for n in chosen]
            anchored = ANCHOR in prop.at
            if anchored:
                # Tied to a post beside the figure, level with the band's other end.
                hand_y = sum(y for _, y in line) / len(line)
                post_x = max(body_xs) + ANCHOR_GAP
                shapes.append(
                    PropShape(
                        kind,
                        PropShapeKind.LINE,
                        ((post_x, floor), (post_x, max(hand_y + 0.25, 0.9))),
                        0.012,
                        fixed=True,
                    )
                )
                line.append((post_x, hand_y))
            shapes.append(
                PropShape(kind, PropShapeKind.LINE, tuple(line), 0.008, anchored=anchored)
            )
        elif kind is PropKind.BALL:
            shapes.append(PropShape(kind, PropShapeKind.CIRCLE, (at(prop.at),), BALL_RADIUS))
    return [replace(shape, fixed=True) if shape.prop in FIXED_PROPS else shape for shape in shapes]


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
