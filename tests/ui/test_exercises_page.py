"""The Exercises page: search and filters, an exercise's figure and uses, opening a routine,
adding the exercise to a routine; and the picture widget with your own pictures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from barretimer import paths
from barretimer.core.figure import PoseSpec
from barretimer.core.library import load_catalog, load_library
from barretimer.core.model import Exercise, Kind, Sides
from barretimer.core.pictures import check_picture
from barretimer.core.poses import load_poses
from barretimer.core.timeline import Side
from barretimer.ui.exercise_picture import ExercisePicture
from barretimer.ui.exercises.model import ExerciseTableModel
from barretimer.ui.exercises.page import ExercisesPage, make_exercises_page
from barretimer.ui.main_window import MainWindow
from tests.core.picture_files import write_png
from tests.ui.test_main_window import Opened

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def page(qtbot) -> ExercisesPage:
    catalog, _ = load_catalog(paths.catalog_path())
    page = make_exercises_page(catalog)
    qtbot.addWidget(page)
    page.set_routines(load_library(paths.shipped_routines_dir(), None, catalog))
    page.resize(1200, 800)
    page.show()
    return page


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    catalog, _ = load_catalog(paths.catalog_path())
    qtmodeltester.check(ExerciseTableModel(catalog))


def test_every_catalog_exercise_is_listed(page: ExercisesPage) -> None:
    catalog, _ = load_catalog(paths.catalog_path())
    assert page.visible_ids() == catalog.ids()
    assert page.count.text() == f"{len(catalog)} of {len(catalog)} exercises"


def test_search_by_name(page: ExercisesPage, qtbot) -> None:
    qtbot.keyClicks(page.search, "clamshell")
    assert page.visible_ids() and all("clamshell" in i for i in page.visible_ids())
    assert page.detail.title.text() == page.selected_exercise().name
    page.search.clear()
    qtbot.keyClicks(page.search, "no such exercise anywhere")
    assert page.visible_ids() == [] and page.detail.isHidden()


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_filter_by_muscle_kind_and_equipment(page: ExercisesPage) -> None:
    catalog, _ = load_catalog(paths.catalog_path())
    choose(page.muscle_combo, "calves")
    assert page.visible_ids() == [e.id for e in catalog.exercises if "calves" in e.muscles]
    choose(page.kind_combo, "stretch")
    expected = [e.id for e in catalog.exercises if "calves" in e.muscles and e.kind is Kind.STRETCH]
    assert page.visible_ids() == expected and expected
    choose(page.muscle_combo, "")
    choose(page.kind_combo, "")
    choose(page.equipment_combo, "band")
    banded = [e.id for e in catalog.exercises if "band" in e.equipment]
    assert page.visible_ids() == banded and banded
    selected = page.selected_exercise()
    assert selected is not None and "band" in selected.equipment
    assert "band" in page.detail.equipment.text()


def test_an_exercise_shows_both_sides_its_words_and_its_uses(page: ExercisesPage) -> None:
    assert page.select_exercise("clamshell")
    detail = page.detail
    catalog, _ = load_catalog(paths.catalog_path())
    clamshell = catalog.get("clamshell")
    assert clamshell is not None and clamshell.sides is Sides.LEFT_RIGHT
    assert [p.isVisibleTo(page) for p in detail.pictures] == [True, True]
    assert [p.figure.side() for p in detail.pictures] == [Side.LEFT, Side.RIGHT]
    assert all(p.figure.spec() is not None for p in detail.pictures)
    assert [label.text() for label in detail.side_labels] == ["LEFT", "RIGHT"]
    assert detail.description.text() == clamshell.description
    assert all(cue in detail.cues.text() for cue in clamshell.cues)
    uses = [detail.uses.item(i).text() for i in range(detail.uses.count())]
    assert "Routine: Glute Wake-Up for Runners" in uses
    assert any(text.startswith("Plan: ") for text in uses)
    # An exercise done with both sides at once has one figure.
    assert page.select_exercise("march-in-place")
    assert [p.isVisibleTo(page) for p in detail.pictures] == [True, False]


def test_a_safety_line_is_shown(page: ExercisesPage) -> None:
    assert page.select_exercise("standing-glute-lift")
    assert page.detail.safety.text().startswith("Safety: ")


def test_clicking_a_routine_opens_it_in_the_player(qtbot) -> None:
    opened = Opened(qtbot)
    try:
        window = opened.window
        qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
        assert window.current_place() == MainWindow.EXERCISES
        page = window.exercises
        assert isinstance(page, ExercisesPage) and window.places.item(4).text() == "Exercises"
        qtbot.keyClicks(page.search, "clamshell")
        assert page.select_exercise("clamshell")
        uses = page.detail.uses
        row = next(
            i
            for i in range(uses.count())
            if uses.item(i).text().endswith("Glute Wake-Up for Runners")
        )
        rect = uses.visualItemRect(uses.item(row))
        qtbot.mouseClick(uses.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_place() == MainWindow.PLAYER
        assert window.player.routine is not None
        assert window.player.routine.name == "Glute Wake-Up for Runners"
    finally:
        opened.close()


def test_add_to_a_routine_opens_the_editor_with_the_exercise(qtbot) -> None:
    opened = Opened(qtbot)
    try:
        window = opened.window
        window.show_place(MainWindow.EXERCISES)
        page = window.exercises
        assert isinstance(page, ExercisesPage) and page.select_exercise("wall-sit")
        qtbot.mouseClick(page.detail.add_button, Qt.MouseButton.LeftButton)
        assert window.current_place() == MainWindow.EDITOR
        names = [getattr(s, "exercise", "") for s in window.editor.routine().steps]
        assert "Wall sit" in names
    finally:
        window.editor.undo_stack.setClean()
        opened.close()


# --- your own pictures in place of the figure --------------------------------------------------


def a_pose() -> tuple[Exercise, PoseSpec]:
    catalog, _ = load_catalog(paths.catalog_path())
    exercise = catalog.get("clamshell")
    assert exercise is not None
    return exercise, load_poses(paths.poses_dir(), catalog).poses["clamshell"]


def left_half_is_red(widget: ExercisePicture) -> bool:
    image = widget.grab().toImage()
    width, middle = image.width(), image.height() // 2
    left = image.pixelColor(width // 2 - 10, middle)
    return left.red() > 150 and left.green() < 100


def write_half_red_png(path: Path) -> Path:
    """A 40 x 40 picture, red on its left half and white on its right."""
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    for y in range(40):
        for x in range(20):
            image.setPixelColor(x, y, Qt.GlobalColor.red)
    assert image.save(str(path))
    return path


@pytest.mark.parametrize(("mirror", "mirrored"), [(True, True), (False, False)])
def test_your_picture_in_place_of_the_figure_mirrored_for_the_right(
    qtbot, tmp_path: Path, mirror: bool, mirrored: bool
) -> None:
    exercise, spec = a_pose()
    picture = check_picture(write_half_red_png(tmp_path / "me.png").name, tmp_path, mirror)
    view = ExercisePicture()
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.show_exercise(spec, picture, Side.LEFT, exercise.kind)
    assert view.showing_picture() == picture.path and not view.mirrored()
    assert left_half_is_red(view)
    view.show_exercise(spec, picture, Side.RIGHT, exercise.kind)
    assert view.mirrored() is mirrored
    assert left_half_is_red(view) is not mirrored


def test_a_picture_qt_cannot_decode_falls_back_to_the_figure(qtbot, tmp_path: Path) -> None:
    exercise, spec = a_pose()
    good = write_png(tmp_path / "cut.png", 30, 30)
    picture = check_picture("cut.png", tmp_path)  # the header is good...
    good.write_bytes(good.read_bytes()[:40])  # ...the pixels are gone
    view = ExercisePicture()
    qtbot.addWidget(view)
    view.show_exercise(spec, picture, Side.LEFT, exercise.kind)
    assert view.showing_picture() is None and view.figure.spec() is spec


@pytest.mark.skipif(shutil.which("convert") is None, reason="ImageMagick makes the GIF")
def test_an_animated_gif_plays(qtbot, tmp_path: Path) -> None:
    subprocess.run(
        ["convert", "-delay", "10", "-size", "20x20", "xc:red", "xc:blue", str(tmp_path / "a.gif")],
        check=True,
    )
    exercise, spec = a_pose()
    picture = check_picture("a.gif", tmp_path)
    view = ExercisePicture()
    qtbot.addWidget(view)
    view.resize(100, 100)
    view.show()
    view.show_exercise(spec, picture, None, exercise.kind)
    assert view.showing_picture() == picture.path and not view.animating()
    view.play()
    assert view.animating()
    view.set_reduced_motion(True)
    assert not view.animating()


def test_a_catalog_picture_shows_on_the_page(qtbot, tmp_path: Path) -> None:
    """A catalog whose entry gives image: shows that picture on the page, both sides."""
    write_png(tmp_path / "wall.png", 20, 40)
    (tmp_path / "exercises.yaml").write_text(
        "exercises:\n  - {id: wall-sit, name: Wall sit, kind: hold, duration: 30, "
        "sides: left-right, image: wall.png, mirror: false}\n",
        encoding="utf-8",
    )
    catalog, problems = load_catalog(tmp_path / "exercises.yaml")
    assert problems == []
    page = ExercisesPage(catalog, {}, tmp_path)
    qtbot.addWidget(page)
    assert page.select_exercise("wall-sit")
    assert [p.showing_picture() for p in page.detail.pictures] == [tmp_path / "wall.png"] * 2
    assert not page.detail.pictures[1].mirrored()


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".gif", ".webp"])
def test_sizes_read_without_qt_agree_with_real_files_written_by_qt(
    qapp, tmp_path: Path, suffix: str
) -> None:
    from PySide6.QtGui import QImageWriter

    if suffix == ".gif" and b"gif" not in [
        bytes(f.data()) for f in QImageWriter.supportedImageFormats()
    ]:
        subprocess.run(
            ["convert", "-size", "123x45", "xc:green", str(tmp_path / f"a{suffix}")], check=True
        )
    else:
        image = QImage(123, 45, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.green)
        assert image.save(str(tmp_path / f"a{suffix}"))
    picture = check_picture(f"a{suffix}", tmp_path)
    assert (picture.width, picture.height) == (123, 45)


def test_an_svg_picture_is_drawn(qtbot, tmp_path: Path) -> None:
    from tests.core.picture_files import write_svg

    exercise, spec = a_pose()
    picture = check_picture(write_svg(tmp_path / "me.svg").name, tmp_path)
    view = ExercisePicture()
    qtbot.addWidget(view)
    view.resize(120, 120)
    view.show_exercise(spec, picture, Side.RIGHT, exercise.kind)
    assert view.showing_picture() == picture.path and view.mirrored()
    image = view.grab().toImage()
    dark = sum(
        image.pixelColor(x, y).lightness() < 100 for x in range(0, 120, 4) for y in range(0, 120, 4)
    )
    assert dark > 10
