"""Exercise figures without Qt: the skeleton keeps its proportions, the shipped poses are valid
and rest on the floor, the right side mirrors the left, and bad pose files say where and what."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from barretimer.core import contacts, pose_spec, skeleton
from barretimer.core import figure as fig
from barretimer.core.library import load_catalog
from barretimer.core.model import Catalog, Kind
from barretimer.core.poses import load_pose_file, load_poses
from tests.conftest import ROUTINES

POSES = ROUTINES / "poses"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    catalog, problems = load_catalog(ROUTINES / "exercises.yaml")
    assert not problems
    return catalog


@pytest.fixture(scope="module")
def shipped(catalog: Catalog) -> dict[str, pose_spec.PoseSpec]:
    return load_poses(POSES, catalog).poses


def _distance(a: skeleton.Vec3, b: skeleton.Vec3) -> float:
    return math.dist(a, b)


BONES = [
    ("hip", "knee", skeleton.THIGH),
    ("knee", "ankle", skeleton.SHIN),
    ("shoulder", "elbow", skeleton.UPPER_ARM),
    ("elbow", "hand", skeleton.FOREARM_AND_HAND),
]

joint_angles = st.fixed_dictionaries(
    {name: st.floats(r.low, r.high) for name, r in skeleton.JOINTS.items()}
)


@settings(max_examples=200, deadline=None)
@given(joint_angles)
def test_forward_kinematics_keeps_every_bone_length(angles: dict[str, float]) -> None:
    points = skeleton.forward_kinematics(angles).points
    for side in skeleton.SIDES:
        for start, end, length in BONES:
            assert _distance(points[f"{side}_{start}"], points[f"{side}_{end}"]) == pytest.approx(
                length, abs=1e-9
            )
        foot = _distance(points[f"{side}_heel"], points[f"{side}_toes"])
        assert foot == pytest.approx(skeleton.HEEL_BACK + skeleton.TOE_FORWARD, abs=1e-9)
    shoulder_width = _distance(points["left_shoulder"], points["right_shoulder"])
    assert shoulder_width == pytest.approx(2 * skeleton.SHOULDER_HALF_WIDTH, abs=1e-9)
    trunk = _distance(points["hips"], points["chest"]) + _distance(
        points["chest"], points["shoulders"]
    )
    assert trunk == pytest.approx(skeleton.LOWER_TRUNK + skeleton.UPPER_TRUNK, abs=1e-9)


def test_standing_straight_has_the_proportions_of_an_adult() -> None:
    points = skeleton.forward_kinematics({}).points
    floor = points["left_heel"][1] - skeleton.FOOT_RADIUS
    height = points["head"][1] + skeleton.HEAD_RADIUS - floor
    # FIGURES.md: hip joint at 0.53 of the height, shoulders at 0.818, knee at 0.285.
    assert (points["left_hip"][1] - floor) / height == pytest.approx(0.53, abs=0.03)
    assert (points["left_shoulder"][1] - floor) / height == pytest.approx(0.818, abs=0.03)
    assert (points["left_knee"][1] - floor) / height == pytest.approx(0.285, abs=0.03)


def test_joint_signs_mean_what_the_guide_says() -> None:
    forward = skeleton.forward_kinematics({"left_hip": 90}).points
    assert forward["left_knee"][0] == pytest.approx(skeleton.THIGH)  # x is forward
    out = skeleton.forward_kinematics({"left_hip_out": 90}).points
    assert out["left_knee"][2] > skeleton.THIGH  # z is the figure's left
    up = skeleton.forward_kinematics({"right_shoulder": 180}).points
    assert up["right_hand"][1] > up["head"][1]
    supine = skeleton.forward_kinematics({"pitch": -90}).points
    assert supine["head"][0] < 0 and abs(supine["head"][1]) < 0.01  # lying, head behind
    pointed = skeleton.forward_kinematics({"left_ankle": -45}).points
    flexed = skeleton.forward_kinematics({"left_ankle": 20}).points
    assert pointed["left_toes"][1] < flexed["left_toes"][1]


def test_every_catalog_exercise_has_a_valid_pose(catalog: Catalog) -> None:
    """Skips nothing: a catalog exercise without a pose, or a pose with a problem, fails."""
    poses = load_poses(POSES, catalog, require_all=True)
    assert [str(p) for p in poses.problems] == []
    assert sorted(poses.poses) == sorted(catalog.ids())


def test_moves_animate_and_holds_stay_nearly_still(
    catalog: Catalog, shipped: dict[str, pose_spec.PoseSpec]
) -> None:
    for exercise in catalog.exercises:
        spec = shipped[exercise.id]
        if exercise.kind is Kind.MOVE:
            assert len(spec.keyframes) >= 2, exercise.id
        else:
            assert len(spec.keyframes) <= 2, exercise.id


def spec_floor(spec: pose_spec.PoseSpec) -> float:
    return (
        pose_spec.MAT_THICKNESS
        if any(p.kind is pose_spec.PropKind.MAT for p in spec.props)
        else 0.0
    )


def test_every_keyframe_rests_its_contacts_on_their_supports(
    shipped: dict[str, pose_spec.PoseSpec],
) -> None:
    for exercise_id, spec in shipped.items():
        for index in range(len(spec.keyframes)):
            report = contacts.check_contacts(spec, index)
            assert report.floating == (), (exercise_id, index, report)
            assert report.sunk == 0.0, (exercise_id, index, report)


def test_a_placed_figure_stands_on_the_floor_and_not_below_it(
    shipped: dict[str, pose_spec.PoseSpec],
) -> None:
    """Whatever the phase, nothing drawn goes through the floor, and a figure with no prop to
    stand on touches it."""
    raised = set(pose_spec.SUPPORT_HEIGHTS)
    for exercise_id, spec in shipped.items():
        if spec.elevation:
            continue  # a raised camera sees the floor as an area, not a line
        floor = spec_floor(spec)
        for phase in (0.0, 0.25, 0.5, 0.75):
            figure = fig.pose_figure(spec, phase)
            bottom = min(y - s.radius for s in figure.segments for _, y in s.points)
            assert bottom >= floor - contacts.CONTACT_TOLERANCE, (exercise_id, phase, bottom)
            if not any(p.kind in raised for p in spec.props):
                assert bottom <= floor + contacts.CONTACT_TOLERANCE, (exercise_id, phase, bottom)


def test_the_right_side_is_the_left_side_mirrored(shipped: dict[str, pose_spec.PoseSpec]) -> None:
    spec = shipped["front-leg-swing"]
    left = fig.pose_figure(spec, 0.3)
    right = fig.mirrored(left)
    for a, b in zip(left.segments, right.segments, strict=True):
        mirrored_points = [c for x, y in a.points for c in (-x, y)]
        assert mirrored_points == pytest.approx([c for point in b.points for c in point])
        assert (a.part, a.far, a.role) == (b.part, b.far, b.role)
    assert fig.mirrored(right) == left
    # The side view faces the picture's left: the toes of a standing figure point left.
    standing = fig.pose_figure(shipped["calf-raise"], 0.0)
    foot = next(s for s in standing.segments if s.role is fig.SegmentRole.FOOT and not s.far)
    heel, toes = foot.points
    assert toes[0] < heel[0]
    mirrored_foot = next(
        s for s in fig.mirrored(standing).segments if s.role is fig.SegmentRole.FOOT and not s.far
    )
    assert mirrored_foot.points[1][0] > mirrored_foot.points[0][0]


def test_the_working_limb_is_the_near_one_in_a_side_view(
    shipped: dict[str, pose_spec.PoseSpec],
) -> None:
    figure = fig.pose_figure(shipped["standing-glute-lift"], 0.5)
    legs = {s.part: s for s in figure.segments if s.role is fig.SegmentRole.LIMB}
    assert not legs[skeleton.Part.LEFT_LEG].far
    assert legs[skeleton.Part.RIGHT_LEG].far
    # Far limbs are drawn first, near ones last.
    order = [s.part for s in figure.segments]
    assert order.index(skeleton.Part.RIGHT_LEG) < order.index(skeleton.Part.LEFT_LEG)


def test_keyframes_are_eased_and_loop(shipped: dict[str, pose_spec.PoseSpec]) -> None:
    spec = shipped["bridge-pulse"]
    first = pose_spec.full_angles(spec.keyframes[0].angles)
    second = pose_spec.full_angles(spec.keyframes[1].angles)
    assert pose_spec.angles_at(spec, 0.0)["pitch"] == pytest.approx(first["pitch"])
    assert pose_spec.angles_at(spec, 0.5)["pitch"] == pytest.approx(second["pitch"])
    assert pose_spec.angles_at(spec, 1.0)["pitch"] == pytest.approx(first["pitch"])
    quarter = pose_spec.angles_at(spec, 0.25)["pitch"]
    assert quarter == pytest.approx((first["pitch"] + second["pitch"]) / 2)
    # Eased: a tenth of the way in time is less than a tenth of the way in angle.
    early = pose_spec.angles_at(spec, 0.05)["pitch"]
    assert abs(early - first["pitch"]) < 0.1 * abs(second["pitch"] - first["pitch"])


def test_an_animation_keeps_one_box_for_every_frame(shipped: dict[str, pose_spec.PoseSpec]) -> None:
    """The scale is chosen once for a whole cycle: no frame may reach outside it."""
    for exercise_id, spec in shipped.items():
        if not spec.animated:
            continue
        box = fig.layout(spec)
        for phase in (i / 48 for i in range(48)):
            left, bottom, right, top = fig.pose_figure(spec, phase).bounds()
            assert box.left - 1e-9 <= left and right <= box.right + 1e-9, (exercise_id, phase)
            assert box.bottom - 1e-9 <= bottom and top <= box.top + 1e-9, (exercise_id, phase)


BAD_POSES = """\
poses:
  march-in-plac:
    keyframes: [{}, {}]
  calf-raise:
    view: sideways
    keyframes:
      - {left_knee: 170, left_elbw: 10}
  bridge-hold:
    contacts: [feet, shoulders]
    keyframes:
      - {knee: 20}
  wall-sit:
    props: [{barre: left_hnd}]
    keyframes:
      - {}
"""


def test_pose_problems_say_file_line_column_and_what(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_POSES)
    problems = [str(p) for p in load_pose_file(path, catalog).problems]
    assert problems == [
        f'{path}:2:3: unknown exercise id "march-in-plac" (did you mean "march-in-place"?)',
        f'{path}:5:11: view is side, front or back, not "sideways"',
        f"{path}:7:7: a move needs at least two keyframes to animate between",
        f"{path}:7:21: left_knee: 170 is outside the joint's range, -5 to 160 "
        "(knee bends, the shin folding back)",
        f'{path}:7:26: unknown joint "left_elbw" (did you mean "left_elbow"?)',
        f"{path}:11:9: keyframe 1: the contact shoulders is 0.84 of the body's height above "
        "what it should rest on; change the angles or the contacts",
        f'{path}:13:21: unknown body point "left_hnd" (did you mean "left_hand"?)',
    ]


def test_a_missing_pose_and_a_pose_given_twice_are_problems(
    tmp_path: Path, catalog: Catalog
) -> None:
    (tmp_path / "a.yaml").write_text("poses:\n  rest:\n    keyframes: [{}]\n")
    (tmp_path / "b.yaml").write_text("poses:\n  rest:\n    keyframes: [{}]\n")
    result = load_poses(tmp_path, catalog, require_all=True)
    messages = [str(p) for p in result.problems]
    assert (
        f'{tmp_path / "b.yaml"}:2:3: "rest" is posed twice (first at {tmp_path / "a.yaml"}:2)'
        in messages
    )
    missing = [m for m in messages if m.endswith("has no pose in any file")]
    assert len(missing) == len(catalog) - 1
    assert f'{tmp_path}: the exercise "march-in-place" has no pose in any file' in missing


def test_a_pose_file_that_is_not_yaml_is_a_problem_not_a_crash(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("poses:\n  rest: [\n")
    [problem] = load_pose_file(path, catalog).problems
    assert str(problem).startswith(f"{path}:")
    assert "YAML syntax" in problem.message
