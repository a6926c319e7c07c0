"""What a pose file describes, without Qt: the props and their sizes, keyframes of joint
angles, contacts and the working parts; and the eased angles at any phase of a move's cycle.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass

from barretimer.core.skeleton import LIMB_JOINTS, SIDES, Part, View

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
