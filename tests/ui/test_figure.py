"""Drawn figures: every exercise visible inside its box, the right side the mirror image of the
left, the working limb in the kind's colour, SVG export, and the animated widget."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from barretimer.core.library import load_catalog
from barretimer.core.model import Catalog, Kind
from barretimer.core.pose_spec import PoseSpec
from barretimer.core.poses import load_poses
from barretimer.core.timeline import Side
from barretimer.ui.figure import FigureView
from barretimer.ui.figure_paint import FigureColors, export_svg, render_image
from barretimer.ui.style.theme import KIND_STYLES
from tests.conftest import ROUTINES

pytestmark = [pytest.mark.gui]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(ROUTINES / "exercises.yaml")[0]


@pytest.fixture(scope="module")
def poses(catalog: Catalog) -> dict[str, PoseSpec]:
    return load_poses(ROUTINES / "poses", catalog).poses


def _ink(image: QImage, background: QColor) -> list[tuple[int, int]]:
    """Pixels that differ from the background."""
    rgb = background.rgb()
    return [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) != rgb
    ]


def _differing(a: QImage, b: QImage, tolerance: int = 40) -> int:
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if (
                abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
                > tolerance
            ):
                count += 1
    return count


def test_every_figure_is_drawn_inside_its_box_on_both_sides(
    qapp: object, catalog: Catalog, poses: dict[str, PoseSpec]
) -> None:
    white = QColor("#ffffff")
    size = 64  # the thumbnail size: the hardest to read
    for exercise in catalog.exercises:
        for side in (Side.LEFT, Side.RIGHT):
            image = render_image(poses[exercise.id], size, side=side, kind=exercise.kind)
            ink = _ink(image, white)
            assert len(ink) > 0.04 * size * size, (exercise.id, side, "nearly blank")
            xs = [x for x, _ in ink]
            ys = [y for _, y in ink]
            assert min(xs) > 0 and max(xs) < size - 1, (exercise.id, side, "cut at a side")
            assert min(ys) > 0 and max(ys) < size - 1, (exercise.id, side, "cut at top or bottom")


def test_the_right_side_is_the_left_side_mirrored(
    qapp: object, catalog: Catalog, poses: dict[str, PoseSpec]
) -> None:
    for exercise_id in ("front-leg-swing", "side-plank", "clamshell", "march-in-place"):
        spec = poses[exercise_id]
        left = render_image(spec, 96, side=Side.LEFT, kind=Kind.MOVE, phase=0.2)
        right = render_image(spec, 96, side=Side.RIGHT, kind=Kind.MOVE, phase=0.2)
        assert left != right
        # Antialiasing may round a pixel differently on the two sides; the shapes are the same.
        assert _differing(left.flipped(Qt.Orientation.Horizontal), right) < 0.01 * 96 * 96, (
            exercise_id
        )


def test_the_working_limb_is_drawn_in_the_kind_colour(
    qapp: object, poses: dict[str, PoseSpec]
) -> None:
    for kind in (Kind.MOVE, Kind.HOLD):
        colour = QColor(KIND_STYLES[kind].light).rgb()
        marked = render_image(poses["standing-glute-lift"], 160, side=Side.LEFT, kind=kind)
        assert sum(1 for p in _pixels(marked) if p == colour) > 200, kind
    unmarked = render_image(poses["rest"], 160, kind=Kind.MOVE)
    assert QColor(KIND_STYLES[Kind.MOVE].light).rgb() not in set(_pixels(unmarked))


def _pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def test_the_dark_theme_draws_a_light_body_on_a_dark_ground(
    qapp: object, poses: dict[str, PoseSpec]
) -> None:
    image = render_image(poses["rest"], 120, dark=True)
    body = FigureColors.for_theme(True).body.rgb()
    assert image.pixel(0, 0) == QColor("#1e2127").rgb()
    assert sum(1 for p in _pixels(image) if p == body) > 100


def test_a_figure_is_sharp_at_any_size(qapp: object, poses: dict[str, PoseSpec]) -> None:
    """Drawn from shapes at each size, not scaled from a bitmap: a large figure has solid
    strokes many pixels wide."""
    image = render_image(poses["rest"], 800)
    body = FigureColors.for_theme(False).body.rgb()
    row = [image.pixel(x, 400) for x in range(800)]
    solid = max(len(run) for run in "".join("b" if p == body else " " for p in row).split())
    assert solid >= 15


def test_svg_export_writes_vector_strokes(
    qapp: object, tmp_path: Path, poses: dict[str, PoseSpec]
) -> None:
    target = tmp_path / "bridge.svg"
    export_svg(poses["bridge-hold"], target, size=300, side=Side.RIGHT, kind=Kind.HOLD)
    text = target.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert text.count("<path") >= 6
    assert KIND_STYLES[Kind.HOLD].light.lower() in text.lower()


def test_the_view_animates_moves_and_holds_still_with_reduced_motion(
    qtbot: object, poses: dict[str, PoseSpec]
) -> None:
    view = FigureView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(QSize(200, 200))
    view.show()
    view.set_pose(poses["bridge-pulse"], Side.LEFT, Kind.MOVE)
    view.play()
    assert view.playing
    first = view.grab().toImage()
    qtbot.waitUntil(lambda: view.grab().toImage() != first, timeout=3000)  # type: ignore[attr-defined]
    view.set_reduced_motion(True)
    assert not view.playing
    still = view.grab().toImage()
    assert view.grab().toImage() == still
    view.set_reduced_motion(False)
    assert view.playing
    view.set_pose(poses["bridge-hold"], None, Kind.HOLD)
    assert not view.playing  # a hold has one keyframe: nothing to animate
    view.stop()
    assert not view.playing


def test_the_view_draws_each_frame_once_per_size(qtbot: object, poses: dict[str, PoseSpec]) -> None:
    view = FigureView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(QSize(120, 120))
    view.show()
    view.set_pose(poses["march-in-place"], Side.RIGHT, Kind.MOVE)
    view.grab()
    drawn = [f for f in view._frames if f is not None]
    assert len(view._frames) > 10 and len(drawn) == 1  # drawn when first shown, not before
    view.grab()
    assert [f for f in view._frames if f is not None] == drawn  # copied, not drawn again
    view.resize(QSize(160, 160))
    view.grab()
    assert all(f is not d for f in view._frames if f is not None for d in drawn)


def test_a_large_figure_keeps_its_memory_bounded(qtbot: object, poses: dict[str, PoseSpec]) -> None:
    """A whole cycle of full-screen pixmaps would take tens of megabytes: past the budget the
    view paints each frame from its cached shapes instead."""
    view = FigureView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(QSize(900, 900))
    view.show()
    view.set_pose(poses["standing-glute-lift"], Side.LEFT, Kind.MOVE)
    image = view.grab().toImage()
    assert view._frames == []
    assert sum(1 for f in view._figures if f is not None) == 1
    colour = QColor(KIND_STYLES[Kind.MOVE].light).rgb()
    assert sum(1 for p in _pixels(image) if p == colour) > 1000  # drawn all the same


def test_the_contact_sheet_has_a_cell_per_exercise_and_marks_a_missing_pose(
    qapp: object, catalog: Catalog, poses: dict[str, PoseSpec]
) -> None:
    from barretimer.core.poses import PoseSet
    from barretimer.ui.contact_sheet import GAP, LABEL_HEIGHT, THUMB, make_sheet

    chosen = ("march-in-place", "clamshell", "rest")
    partial = PoseSet(poses={i: poses[i] for i in chosen if i != "clamshell"})
    size = 100
    sheet = make_sheet(catalog, partial, size, only=chosen, columns=2)
    cell_w, cell_h = 2 * size + THUMB + 3 * GAP, size + LABEL_HEIGHT + GAP
    assert (sheet.width(), sheet.height()) == (2 * cell_w, 2 * cell_h)
    white = QColor("#ffffff")

    def figure_ink(column: int, row: int) -> int:
        left, top = column * cell_w + GAP, row * cell_h + LABEL_HEIGHT
        area = sheet.copy(left, top, 2 * size, size)
        return len(_ink(area, white))

    assert figure_ink(0, 0) > 500  # march in place, both sides
    assert figure_ink(0, 1) > 500  # rest
    assert figure_ink(1, 0) < 300  # clamshell: only the words "no pose"
