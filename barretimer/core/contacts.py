"""Where a figure touches its supports, without Qt: the camera's projection of the body's
points, the lowest drawn edge of each, and how far to lift the figure so that what touches
the floor, a mat, a step, a seat or a cushion rests on it (and the pose checker's report).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from barretimer.core.pose_spec import (
    MAT_THICKNESS,
    ON_THE_MAT,
    SUPPORT_HEIGHTS,
    PoseSpec,
    PropKind,
    full_angles,
)
from barretimer.core.skeleton import (
    SECTION_RING,
    TRUNK_EDGE,
    TRUNK_SECTIONS,
    Skeleton,
    Vec3,
    View,
    expand_points,
    forward_kinematics,
    point_radius,
)

#: How far a contact may sit above its support, or the body below the floor, before the
#: pose checker calls it a problem (fractions of height).
CONTACT_TOLERANCE = 0.035

#: Body points in the picture: x, y and depth (toward the camera is larger).
Placed = Mapping[str, tuple[float, float, float]]


def project(view: View, point: Vec3) -> tuple[float, float, float]:
    """Picture x, y and depth (toward the camera) of a body point, for the left side."""
    x, y, z = point
    if view is View.SIDE:
        return -x, y, z
    if view is View.FRONT:
        return z, y, x
    return -z, y, -x


def points_2d(view: View, skeleton: Skeleton) -> dict[str, tuple[float, float, float]]:
    return {name: project(view, p) for name, p in skeleton.points.items()}


def floor_height(spec: PoseSpec) -> float:
    """Where the floor is for the body: on the mat when the pose has one."""
    return MAT_THICKNESS if any(p.kind is PropKind.MAT for p in spec.props) else 0.0


def lowest(points: Placed, name: str) -> float:
    """The lowest drawn edge of a named point; a foot rests on its heel or toes."""
    if name.endswith("_foot"):
        side = name[: -len("_foot")]
        return min(lowest(points, f"{side}_heel"), lowest(points, f"{side}_toes"))
    if name in TRUNK_SECTIONS:
        return min(points[f"outline_{name}_{i}"][1] for i in range(len(SECTION_RING))) - TRUNK_EDGE
    return points[name][1] - point_radius(name)


def support_heights(spec: PoseSpec, names: Iterable[str]) -> dict[str, float]:
    """The height each contact rests at: a step, seat or cushion under it, a mat, or the floor."""
    base = floor_height(spec)
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


def drop(spec: PoseSpec, points: Placed) -> float:
    """How far to move the figure up so the lowest contact rests on its support."""
    names = _contact_names(spec)
    supports = support_heights(spec, names)
    return -min(lowest(points, name) - supports[name] for name in names)


def check_contacts(spec: PoseSpec, index: int) -> ContactReport:
    """Whether keyframe ``index`` rests on all its contacts and stays above the floor."""
    angles = full_angles(spec.keyframes[index].angles)
    points = points_2d(spec.view, forward_kinematics(angles))
    names = expand_points(spec.contacts_of(index))
    supports = support_heights(spec, names)
    lift = -min(lowest(points, name) - supports[name] for name in names)
    floating = tuple(
        (name, gap)
        for name in names
        if (gap := lowest(points, name) + lift - supports[name]) > CONTACT_TOLERANCE
    )
    lowest_body = min(lowest(points, name) for name in points if not name.startswith("outline_"))
    sunk = max(0.0, floor_height(spec) - (lowest_body + lift))
    return ContactReport(floating, sunk if sunk > CONTACT_TOLERANCE else 0.0)


def edge_x(points: Placed, name: str, sign: float) -> float:
    """The drawn body's farthest x around a point, toward ``sign`` (+1 right, -1 left)."""
    if name.endswith("_foot"):
        side = name[: -len("_foot")]
        ends = (edge_x(points, f"{side}_heel", sign), edge_x(points, f"{side}_toes", sign))
        return max(ends) if sign > 0 else min(ends)
    if name in TRUNK_SECTIONS:
        xs = [points[f"outline_{name}_{i}"][0] for i in range(len(SECTION_RING))]
        return (max(xs) + TRUNK_EDGE) if sign > 0 else (min(xs) - TRUNK_EDGE)
    return points[name][0] + sign * point_radius(name)
