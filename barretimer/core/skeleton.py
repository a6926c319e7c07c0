"""The figure's body without Qt: proportions, joints and their ranges, the named body points,
and forward kinematics from joint angles to 3D points.

A pose gives anatomical joint angles in degrees (0 is standing straight, arms at the sides).
Lengths are fractions of standing height (1.0), after the classic anthropometric table in
FIGURES.md.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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


class View(str, enum.Enum):
    """Where the camera stands. For the left side: the side view sees the figure's left side
    (the figure faces the picture's left), the front view its face, the back view its back."""

    SIDE = "side"
    FRONT = "front"
    BACK = "back"


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


#: The trunk's cross-sections (half width, half depth) at the hips, the waist and the
#: shoulders: its outline in any view is the hull of these rings, stroked with TRUNK_EDGE.
TRUNK_SECTIONS = {"hips": (0.08, 0.045), "chest": (0.065, 0.04), "shoulders": (0.095, 0.04)}
TRUNK_EDGE = 0.02
SECTION_RING = tuple(
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
    chest = (
        root.turned("up", "fwd", _angle(angles, "spine"))
        .turned("up", "left", _angle(angles, "spine_side"))
        .turned("fwd", "left", _angle(angles, "spine_turn"))
    )
    points = _trunk_points(angles, root, chest)
    for side, sign in (("left", 1.0), ("right", -1.0)):
        points.update(_limb_points(angles, side, sign, root, chest, points["shoulders"]))
    return Skeleton(points)


def _trunk_points(angles: Mapping[str, float], root: _Frame, chest: _Frame) -> dict[str, Vec3]:
    """The pelvis, waist, base of the neck, head and the trunk's outline rings."""
    pelvis: Vec3 = (0.0, 0.0, 0.0)
    waist = _add(pelvis, root.up, LOWER_TRUNK)
    neck = _add(waist, chest.up, UPPER_TRUNK)
    head = chest.turned("up", "fwd", _angle(angles, "neck"))
    points: dict[str, Vec3] = {
        "hips": pelvis,
        "chest": waist,
        "shoulders": neck,
        "head": _add(neck, head.up, NECK_TO_HEAD_CENTRE),
    }
    for level, centre, frame in (
        ("hips", pelvis, root),
        ("chest", waist, root),
        ("shoulders", neck, chest),
    ):
        half_width, half_depth = TRUNK_SECTIONS[level]
        for index, (across, ahead) in enumerate(SECTION_RING):
            spot = _add(centre, frame.left, across * half_width)
            points[f"outline_{level}_{index}"] = _add(spot, frame.fwd, ahead * half_depth)
    return points


def _limb_points(
    angles: Mapping[str, float], side: str, sign: float, root: _Frame, chest: _Frame, neck: Vec3
) -> dict[str, Vec3]:
    """One side's leg and arm; ``sign`` is +1 for the left side and -1 for the right."""

    def angle(joint: str) -> float:
        return _angle(angles, f"{side}_{joint}")

    hip = _add((0.0, 0.0, 0.0), root.left, sign * HIP_HALF_WIDTH)
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
    return {
        f"{side}_hip": hip,
        f"{side}_knee": knee,
        f"{side}_ankle": ankle,
        f"{side}_heel": _add(sole, foot.fwd, -HEEL_BACK),
        f"{side}_toes": _add(sole, foot.fwd, TOE_FORWARD),
        f"{side}_shoulder": shoulder,
        f"{side}_elbow": elbow,
        f"{side}_hand": _add(elbow, forearm.up, -FOREARM_AND_HAND),
    }
