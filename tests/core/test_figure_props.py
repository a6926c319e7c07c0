"""Props the figures hold or use: weights in the hands, a towel, a band tied to an anchor,
furniture that stays put while the body moves, a step edge the heel hangs off."""

from __future__ import annotations

from pathlib import Path

import pytest

from barretimer.core import contacts, figure_props, pose_spec, skeleton
from barretimer.core import figure as fig
from barretimer.core.library import load_catalog
from barretimer.core.model import Catalog
from barretimer.core.poses import load_pose_file, load_poses
from tests.conftest import ROUTINES


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded, problems = load_catalog(ROUTINES / "exercises.yaml")
    assert problems == []
    return loaded


@pytest.fixture(scope="module")
def shipped(catalog: Catalog) -> dict[str, pose_spec.PoseSpec]:
    return load_poses(ROUTINES / "poses", catalog, require_all=True).poses


def shapes(figure: fig.Figure, kind: pose_spec.PropKind) -> list[figure_props.PropShape]:
    return [p for p in figure.props if p.prop is kind]


def test_light_weights_are_drawn_in_the_hands(shipped: dict[str, pose_spec.PoseSpec]) -> None:
    spec = shipped["biceps-curl"]
    for phase in (0.0, 0.5):
        raw = fig.pose_figure(spec, phase)
        hands = [
            s.points[-1]
            for s in raw.segments
            if s.role is fig.SegmentRole.LIMB and len(s.points) == 3
        ]
        bars = [
            p
            for p in shapes(raw, pose_spec.PropKind.WEIGHTS)
            if p.shape is figure_props.PropShapeKind.LINE
        ]
        assert len(bars) == 2  # one dumbbell in each hand
        for bar in bars:
            middle = ((bar.points[0][0] + bar.points[1][0]) / 2, bar.points[0][1])
            assert any(abs(middle[0] - x) < 1e-9 and abs(middle[1] - y) < 1e-9 for x, y in hands)


def test_the_chair_stays_put_while_the_figure_stands_up(
    shipped: dict[str, pose_spec.PoseSpec],
) -> None:
    spec = shipped["slow-sit-to-stand"]
    seated, standing = fig.pose_figure(spec, 0.0), fig.pose_figure(spec, 0.5)
    assert shapes(seated, pose_spec.PropKind.CHAIR) == shapes(standing, pose_spec.PropKind.CHAIR)
    hips_seated = max(
        y for s in seated.segments if s.role is fig.SegmentRole.TRUNK for _, y in s.points
    )
    hips_standing = max(
        y for s in standing.segments if s.role is fig.SegmentRole.TRUNK for _, y in s.points
    )
    assert hips_standing > hips_seated + 0.2  # the body rose; the chair did not
    seat = next(
        p
        for p in shapes(seated, pose_spec.PropKind.CHAIR)
        if p.shape is figure_props.PropShapeKind.BOX
    )
    assert seat.points[1][1] == pytest.approx(pose_spec.SEAT_HEIGHT, abs=contacts.CONTACT_TOLERANCE)


def test_the_pallof_band_runs_from_the_hands_to_a_fixed_anchor(
    shipped: dict[str, pose_spec.PoseSpec],
) -> None:
    spec = shipped["half-kneeling-pallof-press"]
    anchors = set()
    for phase in (0.0, 0.25, 0.5):
        figure = fig.pose_figure(spec, phase)
        band = next(p for p in shapes(figure, pose_spec.PropKind.BAND) if p.anchored)
        anchors.add(band.points[-1])
        body_right = max(x for s in figure.segments for x, _ in s.points)
        assert band.points[-1][0] > body_right  # beside the figure, not on it
    assert len(anchors) == 1  # the anchor does not move as the arms press out


def test_a_heel_hangs_off_the_step_edge(shipped: dict[str, pose_spec.PoseSpec]) -> None:
    spec = shipped["step-heel-drop"]
    figure = fig.pose_figure(spec, 2 / 3)  # the last keyframe: the heel lowered
    (step,) = [p for p in shapes(figure, pose_spec.PropKind.STEP_EDGE)][:1]
    (left, _), (right, top) = step.points
    assert top == pytest.approx(pose_spec.STEP_HEIGHT)
    feet = [s for s in figure.segments if s.role is fig.SegmentRole.FOOT and not s.far]
    heel, toes = feet[0].points
    assert left <= toes[0] <= right  # the ball of the foot on the step
    assert not left <= heel[0] <= right  # the heel past its edge
    assert heel[1] < top  # and lower than it


def test_a_towel_lies_under_the_foot(shipped: dict[str, pose_spec.PoseSpec]) -> None:
    figure = fig.pose_figure(shipped["towel-scrunch"], 0.0)
    (towel,) = shapes(figure, pose_spec.PropKind.TOWEL)
    assert towel.shape is figure_props.PropShapeKind.BOX and towel.points[0][1] == pytest.approx(
        0.0
    )


BAD_PROPS = """\
poses:
  march-in-place:
    contacts: [feet]
    props: [{band: [anchor]}, {weights: anchor}, {towel: [hands, feet]}]
    tempo: 1
    keyframes:
      - {left_hip: 60}
      - {right_hip: 60}
"""


def test_an_anchor_is_only_for_a_band_and_a_towel_has_at_most_two_ends(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "props.yaml"
    path.write_text(BAD_PROPS)
    problems = [str(p) for p in load_pose_file(path, catalog).problems]
    assert problems == [
        f"{path}:4:13: a band goes between two points, like {{band: [left_foot, hands]}} "
        "or {band: [hands, anchor]}",
        f'{path}:4:41: unknown body point "anchor"',
        f"{path}:4:50: a towel is under one point or held between two",
    ]


def _mat_box(figure: fig.Figure) -> tuple[float, float]:
    """Width and height of the mat in the picture."""
    (mat,) = shapes(figure, pose_spec.PropKind.MAT)
    (ax, ay), (bx, by) = mat.points
    return abs(bx - ax), abs(by - ay)


def test_the_mat_runs_the_way_the_body_lies_on_it(
    shipped: dict[str, pose_spec.PoseSpec],
) -> None:
    # Seen from above with the head at the top: the mat runs up the picture, under the body.
    twist = fig.pose_figure(shipped["supine-twist"])
    width, height = _mat_box(twist)
    assert height > 2 * width
    (mat,) = shapes(twist, pose_spec.PropKind.MAT)
    top = max(y for _, y in mat.points)
    bottom = min(y for _, y in mat.points)
    body_ys = [y for s in twist.segments if s.role is not fig.SegmentRole.LIMB for _, y in s.points]
    assert bottom <= min(body_ys) and max(body_ys) <= top + skeleton.HEAD_RADIUS
    # Lying on the side along the picture: the mat runs across it.
    width, height = _mat_box(fig.pose_figure(shipped["clamshell"]))
    assert width > 2 * height
