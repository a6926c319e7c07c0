"""The props drawn with a figure, without Qt: one function per prop places its shapes by the
body's points in the picture (a barre under the hand, a chair under the seat, a band between
two points).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from barretimer.core.contacts import Placed, edge_x, floor_height, lowest
from barretimer.core.pose_spec import (
    ANCHOR,
    ANCHOR_GAP,
    BALL_RADIUS,
    CUSHION_HEIGHT,
    DUMBBELL_HALF_LENGTH,
    DUMBBELL_PLATE,
    FIXED_PROPS,
    MAT_LENGTH,
    MAT_THICKNESS,
    MAT_WIDTH,
    TOWEL_THICKNESS,
    WALL_HEIGHT,
    PoseSpec,
    Prop,
    PropKind,
)
from barretimer.core.skeleton import Point, View, expand_points


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


#: How wide a support is at least (a wider stance widens it), and its corner's radius.
SUPPORT_WIDTHS = {PropKind.STEP: 0.3, PropKind.CHAIR: 0.26, PropKind.CUSHION: 0.2}
SUPPORT_CORNERS = {PropKind.STEP: 0.008, PropKind.CHAIR: 0.008, PropKind.CUSHION: 0.02}
POST = 0.012  # half-width of a barre's, a chair's or an anchor's upright
RAIL = 0.014  # half-width of a barre's rail


@dataclass(frozen=True)
class _Scene:
    """What props are placed by: the pose, the body's points in the picture, the floor."""

    spec: PoseSpec
    points: Placed
    floor: float
    body_xs: tuple[float, ...]

    def _x(self, name: str) -> float:
        return self.points[name if not name.endswith("_foot") else name[:-4] + "heel"][0]

    def at(self, names: Sequence[str]) -> Point:
        """The middle of the named points (a foot's sole for a foot)."""
        chosen = expand_points(names)
        xs = [self._x(n) for n in chosen]
        ys = [lowest(self.points, n) if n.endswith("_foot") else self.points[n][1] for n in chosen]
        return sum(xs) / len(xs), sum(ys) / len(ys)

    def bottom(self, names: Sequence[str]) -> Point:
        """Their middle across and their lowest drawn edge: where a support's top goes."""
        chosen = expand_points(names)
        x = sum(self._x(n) for n in chosen) / len(chosen)
        return x, min(lowest(self.points, n) for n in chosen)


def _line(kind: PropKind, points: tuple[Point, ...], size: float) -> PropShape:
    return PropShape(kind, PropShapeKind.LINE, points, size)


#: The points that show which way a body lies on its mat (the arms may reach out anywhere).
_LENGTHWISE = ("head", "shoulders", "hips", "_knee", "_heel", "_toes")


def _mat(scene: _Scene, prop: Prop) -> list[PropShape]:
    xs = scene.body_xs
    middle = (min(xs) + max(xs)) / 2
    half = max(MAT_LENGTH, max(xs) - min(xs) + 0.1) / 2
    bottom_y, top_y = 0.0, MAT_THICKNESS
    elevation = math.radians(scene.spec.elevation)
    if scene.spec.elevation:  # the mat seen from above: a band as deep as a mat is wide
        # Where each point is along the floor toward the camera (before the camera rose).
        depths = {
            name: d * math.cos(elevation) - y * math.sin(elevation)
            for name, (_, y, d) in scene.points.items()
        }
        body = [n for n in scene.points if n.endswith(_LENGTHWISE)]
        depth_span = max(depths[n] for n in body) - min(depths[n] for n in body)
        x_span = max(scene.points[n][0] for n in body) - min(scene.points[n][0] for n in body)
        if depth_span > x_span:
            return [_mat_toward_camera(scene, prop, list(depths.values()), elevation)]
        across = MAT_WIDTH / 2 * math.sin(elevation)
        bottom_y, top_y = -across, across
    box = ((middle - half, bottom_y), (middle + half, top_y))
    return [PropShape(prop.kind, PropShapeKind.BOX, box, MAT_THICKNESS / 2)]


def _mat_toward_camera(
    scene: _Scene, prop: Prop, depths: list[float], elevation: float
) -> PropShape:
    """A body lying along the camera's line (seen from its head or feet, from above): the
    mat's length runs up the picture, foreshortened by the camera's angle."""
    hips_x = scene.points["hips"][0]
    middle = (min(depths) + max(depths)) / 2
    half = max(MAT_LENGTH, max(depths) - min(depths) + 0.1) / 2
    near, far = -(middle + half) * math.sin(elevation), -(middle - half) * math.sin(elevation)
    box = ((hips_x - MAT_WIDTH / 2, near), (hips_x + MAT_WIDTH / 2, far))
    return PropShape(prop.kind, PropShapeKind.BOX, box, MAT_THICKNESS / 2)


def _barre(scene: _Scene, prop: Prop) -> list[PropShape]:
    kind, floor = prop.kind, scene.floor
    if scene.spec.view is View.SIDE or len(expand_points(prop.at)) < 2:
        # From the side: a post with the rail across it. Held with one hand and seen from the
        # front or back, the rail runs toward the camera: a post with the rail's end.
        x, y = scene.at(prop.at)
        reach, size = (0.06, RAIL) if scene.spec.view is View.SIDE else (0.02, 0.02)
        return [
            _line(kind, ((x, floor), (x, y)), POST),
            _line(kind, ((x - reach, y), (x + reach, y)), size),
        ]
    # Seen from the front or back: a rail across the picture on two posts.
    xs = [scene.at([n])[0] for n in expand_points(prop.at)]
    _, y = scene.at(prop.at)
    ends = (min(xs) - 0.22, max(xs) + 0.22)
    shapes = [_line(kind, ((ends[0], y), (ends[1], y)), RAIL)]
    return shapes + [_line(kind, ((end, floor), (end, y)), POST) for end in ends]


def _wall(scene: _Scene, prop: Prop) -> list[PropShape]:
    x, _ = scene.at(prop.at)
    sign = 1.0 if x >= sum(scene.body_xs) / len(scene.body_xs) else -1.0
    wall_x = max(sign * edge_x(scene.points, n, sign) for n in expand_points(prop.at)) * sign
    return [_line(prop.kind, ((wall_x, scene.floor), (wall_x, WALL_HEIGHT)), POST)]


def _support(scene: _Scene, prop: Prop) -> list[PropShape]:
    """A step, a chair's seat or a cushion under what rests on it."""
    kind = prop.kind
    x, y = scene.bottom(prop.at)
    spread = [scene.at([n])[0] for n in expand_points(prop.at)]
    width = max(SUPPORT_WIDTHS[kind], max(spread) - min(spread) + 0.1)
    top = y if kind is not PropKind.CUSHION else scene.floor + CUSHION_HEIGHT
    base = scene.floor if kind is PropKind.CUSHION else 0.0
    left, right = x - width / 2, x + width / 2
    shapes = [
        PropShape(kind, PropShapeKind.BOX, ((left, base), (right, top)), SUPPORT_CORNERS[kind])
    ]
    if kind is PropKind.CHAIR:
        # The back behind the sitter: away from the knees; then the two legs.
        knees_x = (scene.points["left_knee"][0] + scene.points["right_knee"][0]) / 2
        back_x = right if knees_x <= x else left
        shapes.append(_line(kind, ((back_x, top), (back_x, top + 0.3)), POST))
        shapes += [_line(kind, ((leg, 0.0), (leg, top)), 0.01) for leg in (left, right)]
    return shapes


def _step_edge(scene: _Scene, prop: Prop) -> list[PropShape]:
    shapes: list[PropShape] = []
    for name in expand_points(prop.at):
        side = name.split("_")[0]
        toes, heel = scene.points[f"{side}_toes"][0], scene.points[f"{side}_heel"][0]
        toward = 1.0 if toes >= heel else -1.0
        # The ball of the foot on the edge: a little behind the toes.
        edge = toes - toward * 0.045
        _, top = scene.bottom([name])
        far = edge + toward * 0.3
        box = ((min(edge, far), 0.0), (max(edge, far), top))
        shapes.append(PropShape(prop.kind, PropShapeKind.BOX, box, 0.008))
    return shapes


def _weights(scene: _Scene, prop: Prop) -> list[PropShape]:
    shapes: list[PropShape] = []
    for name in expand_points(prop.at):
        hand_x, hand_y = scene.points[name][0], scene.points[name][1]
        bar = ((hand_x - DUMBBELL_HALF_LENGTH, hand_y), (hand_x + DUMBBELL_HALF_LENGTH, hand_y))
        shapes.append(_line(prop.kind, bar, 0.012))
        for plate_x, plate_y in bar:
            plate = (
                (plate_x - 0.018, plate_y - DUMBBELL_PLATE),
                (plate_x + 0.018, plate_y + DUMBBELL_PLATE),
            )
            shapes.append(PropShape(prop.kind, PropShapeKind.BOX, plate, 0.01))
    return shapes


def _towel(scene: _Scene, prop: Prop) -> list[PropShape]:
    """Held between two points, or flat on the floor under one."""
    chosen = expand_points(prop.at)
    if len(chosen) >= 2:
        return [_line(prop.kind, tuple(scene.at([n]) for n in chosen), 0.02)]
    x, _ = scene.at(chosen)
    box = ((x - 0.16, scene.floor), (x + 0.1, scene.floor + TOWEL_THICKNESS))
    return [PropShape(prop.kind, PropShapeKind.BOX, box, 0.01)]


def _band(scene: _Scene, prop: Prop) -> list[PropShape]:
    line = [scene.at([n]) for n in expand_points(prop.at) if n != ANCHOR]
    anchored = ANCHOR in prop.at
    shapes: list[PropShape] = []
    if anchored:
        # Tied to a post beside the figure, level with the band's other end.
        hand_y = sum(y for _, y in line) / len(line)
        post_x = max(scene.body_xs) + ANCHOR_GAP
        post = ((post_x, scene.floor), (post_x, max(hand_y + 0.25, 0.9)))
        shapes.append(replace(_line(prop.kind, post, POST), fixed=True))
        line.append((post_x, hand_y))
    shapes.append(PropShape(prop.kind, PropShapeKind.LINE, tuple(line), 0.008, anchored=anchored))
    return shapes


def _ball(scene: _Scene, prop: Prop) -> list[PropShape]:
    return [PropShape(prop.kind, PropShapeKind.CIRCLE, (scene.at(prop.at),), BALL_RADIUS)]


_BUILDERS: dict[PropKind, Callable[[_Scene, Prop], list[PropShape]]] = {
    PropKind.MAT: _mat,
    PropKind.BARRE: _barre,
    PropKind.WALL: _wall,
    PropKind.STEP: _support,
    PropKind.CHAIR: _support,
    PropKind.CUSHION: _support,
    PropKind.STEP_EDGE: _step_edge,
    PropKind.WEIGHTS: _weights,
    PropKind.TOWEL: _towel,
    PropKind.BAND: _band,
    PropKind.BALL: _ball,
}


def prop_shapes(spec: PoseSpec, points: Placed) -> list[PropShape]:
    """Every prop of the pose placed by the body's points; furniture marked as fixed."""
    scene = _Scene(spec, points, floor_height(spec), tuple(p[0] for p in points.values()))
    shapes = [shape for prop in spec.props for shape in _BUILDERS[prop.kind](scene, prop)]
    return [replace(shape, fixed=True) if shape.prop in FIXED_PROPS else shape for shape in shapes]
