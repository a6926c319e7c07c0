"""Issue 17: your own picture shown in place of the drawn figure in the Library's step preview,
the start panel's cards of exercises new to you, and the editor's step form and catalog picker
(the player, the Exercises page and the printed sheet have tests of their own). A picture that
is missing or that Qt cannot decode leaves the drawn figure in its place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPixmap

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.model import Catalog, Routine, Step
from barretimer.core.poses import load_poses
from barretimer.ui import figure_thumbnails
from barretimer.ui.editor import EditorPage
from barretimer.ui.editor.picker import CatalogPicker
from barretimer.ui.exercise_picture import ExercisePicture
from barretimer.ui.figure_thumbnails import COMPACT_PX, Shipped
from barretimer.ui.library.page import LibraryPage
from barretimer.ui.library.preview import THUMBNAIL_PX, StepsModel
from barretimer.ui.player.start_intro import NewExerciseCard, RoutineIntro
from tests.core.picture_files import write_gif, write_png

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

RED, WHITE, BLUE, GREEN = (220, 30, 30), (255, 255, 255), (20, 40, 230), (30, 180, 60)

PICTURES = """\
name: My Pictures
level: beginner
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: clamshell
    duration: 10
    image: pictures/half.png
  - exercise: wall-sit
    duration: 10
    image: pictures/moving.gif
  - exercise: front-leg-swing
    duration: 10
    image: pictures/cut.png
  - exercise: bridge-hold
    duration: 10
"""

LOST = """\
name: Lost Picture
steps:
  - exercise: clamshell
    duration: 10
    image: pictures/gone.png
"""


def write_half_red_png(path: Path) -> Path:
    """A 40 x 40 picture, red on its left half and white on its right."""
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(*WHITE))
    for y in range(40):
        for x in range(20):
            image.setPixelColor(x, y, QColor(*RED))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))
    return path


@pytest.fixture
def catalog() -> Catalog:
    loaded, _ = load_catalog(paths.catalog_path())
    return loaded


@pytest.fixture
def routines(qapp: Any) -> Path:
    """The user's routines folder with "My Pictures" and "Lost Picture" and their pictures: a
    half red PNG, a GIF of a blue frame then a green one, and a PNG cut short after its
    header (it passes the checks, which read only the header, but cannot be decoded)."""
    folder = paths.ensure_private_dir(paths.user_routines_dir())
    write_half_red_png(folder / "pictures" / "half.png")
    write_gif(folder / "pictures" / "moving.gif", [BLUE, GREEN])
    cut = write_png(folder / "pictures" / "cut.png", 30, 30)
    cut.write_bytes(cut.read_bytes()[:40])
    (folder / "pictures.yaml").write_text(PICTURES, encoding="utf-8")
    (folder / "lost.yaml").write_text(LOST, encoding="utf-8")
    return folder


def colour_at(image: QImage, x_share: float, y_share: float = 0.5) -> tuple[int, int, int]:
    colour = image.pixelColor(int(image.width() * x_share), int(image.height() * y_share))
    return colour.red(), colour.green(), colour.blue()


def near(seen: tuple[int, int, int], wanted: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(seen, wanted, strict=True))


def shows_half_red_unmirrored(image: QImage) -> bool:
    """The half red picture, red on the left as in the file: the left side's picture."""
    return near(colour_at(image, 0.3), RED) and near(colour_at(image, 0.7), WHITE)


# --- the Library's step preview -----------------------------------------------------------------


def thumbnails_of(page: LibraryPage, qtbot: Any, path: Path) -> list[QPixmap | None]:
    assert page.select_path(path)
    model = page.steps_model
    qtbot.waitUntil(lambda: model.thumbnails.poses() is not None)
    return [
        model.index(row, StepsModel.EXERCISE).data(Qt.ItemDataRole.DecorationRole)
        for row in range(model.rowCount())
    ]


def test_the_library_preview_shows_each_steps_own_picture(
    qtbot: Any, routines: Path, catalog: Catalog
) -> None:
    page = LibraryPage(catalog)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.reload()
    half, moving, cut, bridge = thumbnails_of(page, qtbot, routines / "pictures.yaml")
    assert half is not None and moving is not None
    assert shows_half_red_unmirrored(half.toImage())
    first_frame = moving.toImage()
    assert near(colour_at(first_frame, 0.5), BLUE) and near(colour_at(first_frame, 0.2), BLUE)

    dark = QGuiApplication.palette().window().color().lightness() < 128
    thumbnails = page.steps_model.thumbnails

    def figure(exercise_id: str) -> QImage:
        drawn = thumbnails.pixmap(exercise_id, THUMBNAIL_PX, dark=dark)
        assert drawn is not None
        return drawn.toImage()

    assert half.toImage() != figure("clamshell")
    assert cut is not None and cut.toImage() == figure("front-leg-swing")  # cannot be decoded
    assert bridge is not None and bridge.toImage() == figure("bridge-hold")  # has no picture
    (lost,) = thumbnails_of(page, qtbot, routines / "lost.yaml")
    assert lost is not None and lost.toImage() == figure("clamshell")  # the file is missing


def test_a_thumbnail_follows_a_picture_replaced_on_disk(
    qtbot: Any, routines: Path, catalog: Catalog
) -> None:
    """Thumbnails are kept, but not past a change of the file they were made from."""
    model = StepsModel()
    result = load_routine_file(routines / "pictures.yaml", catalog)
    model.set_routine(result.routine, routines)
    model.thumbnails.load_now()
    index = model.index(0, StepsModel.EXERCISE)
    before = index.data(Qt.ItemDataRole.DecorationRole)
    assert shows_half_red_unmirrored(before.toImage())
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(*GREEN))
    assert image.save(str(routines / "pictures" / "other.png"))
    (routines / "pictures" / "other.png").replace(routines / "pictures" / "half.png")
    after = index.data(Qt.ItemDataRole.DecorationRole)
    assert near(colour_at(after.toImage(), 0.3), GREEN)


# --- the start panel's cards of exercises new to you --------------------------------------------


def cards_of(intro: RoutineIntro) -> dict[str, NewExerciseCard]:
    return {card.exercise.id: card for card in intro.findChildren(NewExerciseCard)}


def open_start_panel(app: Any, path: Path) -> RoutineIntro:
    """The Library's Start for the routine at ``path``, as a user clicks it."""
    from barretimer.ui.main_window import MainWindow

    app.window.show_place(MainWindow.LIBRARY)
    library = app.window.library
    library.reload()
    assert library.select_path(path)
    app.qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    intro = app.player.start_panel.intro
    app.qtbot.waitUntil(intro.isVisible)
    return intro


def test_the_start_panel_cards_show_the_pictures(qtbot: Any, routines: Path) -> None:
    """Through the real window: the Library's Start opens the start panel, whose cards show
    the pictures the player will show; the GIF plays, and stands still with reduced motion."""
    from barretimer.core.playback import PlaybackOptions
    from tests.helpers.clock import FakeClock
    from tests.ui.player.test_page import App

    app = App(qtbot, FakeClock())
    try:
        app.window.resize(1200, 800)
        intro = open_start_panel(app, routines / "pictures.yaml")
        cards = cards_of(intro)
        assert list(cards) == ["clamshell", "wall-sit", "front-leg-swing", "bridge-hold"]
        clamshell, wall_sit = cards["clamshell"].figure, cards["wall-sit"].figure
        assert clamshell.isVisible() and clamshell.showing_picture() == (
            routines / "pictures" / "half.png"
        )
        assert shows_half_red_unmirrored(clamshell.grab().toImage())
        assert wall_sit.showing_picture() == routines / "pictures" / "moving.gif"
        assert wall_sit.animating()  # the panel is on the screen: the GIF plays
        seen = colour_at(wall_sit.grab().toImage(), 0.5)
        assert near(seen, BLUE) or near(seen, GREEN)
        swing, bridge = cards["front-leg-swing"].figure, cards["bridge-hold"].figure
        assert swing.showing_picture() is None and swing.spec() is not None  # cannot decode
        assert swing.spec().exercise == "front-leg-swing" and swing.isVisible()
        assert bridge.showing_picture() is None and bridge.spec().exercise == "bridge-hold"
        assert not bridge.animating() and not swing.animating()  # drawn figures stand still

        app.player.set_options(PlaybackOptions(reduced_motion=True))
        open_start_panel(app, routines / "pictures.yaml")
        assert not cards_of(intro)["wall-sit"].figure.animating()
    finally:
        app.close()


def test_a_cards_missing_picture_leaves_the_figure(qtbot: Any, catalog: Catalog) -> None:
    """A step whose picture has gone since the routine was read: its card draws the figure."""
    steps = (Step("Clamshell", ref="clamshell", duration=10.0, image="pictures/gone.png"),)
    intro = RoutineIntro()
    qtbot.addWidget(intro)
    intro.show_routine(Routine("Gone", steps), catalog, set(), Path("/nonexistent"))
    poses = load_poses(paths.poses_dir(), catalog).poses
    intro.set_poses(poses)
    card = cards_of(intro)["clamshell"]
    assert card.figure.showing_picture() is None
    assert card.figure.spec() is poses["clamshell"]


# --- the editor -----------------------------------------------------------------------------------


def select(editor: EditorPage, path: tuple[int, ...]) -> ExercisePicture:
    editor.tree.setCurrentIndex(editor.tree_model.index_for_path(path))
    return editor.step_form.figure


def test_the_step_form_shows_the_steps_own_picture(
    qtbot: Any, routines: Path, catalog: Catalog
) -> None:
    from tests.helpers.stubs import RecordingSpeaker

    editor = EditorPage(catalog, routines, RecordingSpeaker())
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    assert editor.open_routine(routines / "pictures.yaml")
    figure = select(editor, (0,))
    assert figure.isVisible() and figure.showing_picture() == routines / "pictures" / "half.png"
    assert figure.width() <= COMPACT_PX
    assert shows_half_red_unmirrored(figure.grab().toImage())
    figure = select(editor, (1,))
    assert figure.showing_picture() == routines / "pictures" / "moving.gif"
    assert figure.animating()
    editor.hide()
    assert not figure.animating()  # no frames decoded for a page not on the screen
    editor.show()
    assert figure.animating()
    figure = select(editor, (2,))  # cannot be decoded
    assert figure.showing_picture() is None and figure.spec().exercise == "front-leg-swing"
    assert figure.isVisible() and not figure.animating()
    (routines / "pictures" / "half.png").unlink()  # gone while the routine is open
    figure = select(editor, (0,))
    assert figure.showing_picture() is None and figure.spec().exercise == "clamshell"


def test_a_picked_picture_shows_in_the_form_at_once(
    qtbot: Any, tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exercise of your own has no figure; the picture you pick appears in its place, for a
    routine not saved yet as well (it is copied into your routines folder)."""
    from PySide6.QtWidgets import QFileDialog

    from tests.helpers.stubs import RecordingSpeaker

    folder = paths.user_routines_dir()
    editor = EditorPage(catalog, folder, RecordingSpeaker())
    qtbot.addWidget(editor)
    editor.show()
    editor.new_routine()
    editor.add_blank_step()
    figure = editor.step_form.figure
    assert not figure.isVisible()
    chosen = write_half_red_png(tmp_path / "elsewhere" / "me.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(chosen), ""))
    )
    editor.choose_picture()
    assert figure.isVisible() and figure.showing_picture() == folder / "pictures" / "me.png"
    assert shows_half_red_unmirrored(figure.grab().toImage())
    editor.undo_stack.setClean()


def test_the_catalog_picker_shows_a_catalog_entrys_picture(
    qtbot: Any, tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped catalog has no pictures of its own: a catalog read from tmp_path stands in
    for it (the folder its pictures are written from goes with it)."""
    write_half_red_png(tmp_path / "pictures" / "wall.png")
    (tmp_path / "pictures" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 30)
    (tmp_path / "exercises.yaml").write_text(
        "exercises:\n"
        "  - {id: wall-sit, name: Wall sit, kind: hold, duration: 30, image: pictures/wall.png}\n"
        "  - {id: clamshell, name: Clamshell, kind: move, duration: 30, sides: left-right,\n"
        "     image: pictures/gone.png}\n",
        encoding="utf-8",
    )
    pictured, _problems = load_catalog(tmp_path / "exercises.yaml")  # gone.png: a problem
    poses = load_poses(paths.poses_dir(), catalog).poses
    monkeypatch.setattr(figure_thumbnails, "_shipped", Shipped(pictured, poses, tmp_path))
    picker = CatalogPicker(pictured)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "wall sit")
    assert picker.figure.isVisible()
    assert picker.figure.showing_picture() == tmp_path / "pictures" / "wall.png"
    assert shows_half_red_unmirrored(picker.figure.grab().toImage())
    picker.search.clear()
    qtbot.keyClicks(picker.search, "clamshell")
    assert picker.figure.showing_picture() is None
    assert picker.figure.isVisible() and picker.figure.spec() is poses["clamshell"]


def test_a_moving_picture_goes_on_when_it_is_shown_again(qtbot: Any, tmp_path: Path) -> None:
    """The player shows the interval's picture at every refresh: the same GIF is not started
    over (it would never get past its first frames), and the right side only mirrors it."""
    from barretimer.core.pictures import check_picture
    from barretimer.core.timeline import Side

    write_gif(tmp_path / "moving.gif", [BLUE, GREEN, RED], hundredths=[10, 10, 1000])
    view = ExercisePicture()
    qtbot.addWidget(view)
    view.resize(100, 100)
    view.show()
    view.show_exercise(None, check_picture("moving.gif", tmp_path), Side.LEFT)
    view.play()
    qtbot.waitUntil(lambda: near(colour_at(view.grab().toImage(), 0.5), RED))  # 10 s long
    view.show_exercise(None, check_picture("moving.gif", tmp_path), Side.LEFT)
    assert near(colour_at(view.grab().toImage(), 0.5), RED)  # not started over
    view.show_exercise(None, check_picture("moving.gif", tmp_path), Side.RIGHT)
    assert view.mirrored() and view.animating()


OWN_GIF = """\
name: Own Gif
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: Towel scrunch
    kind: hold
    duration: 20
    image: pictures/moving.gif
"""


def test_a_moving_picture_plays_in_the_player_for_an_exercise_of_your_own(
    qtbot: Any, routines: Path
) -> None:
    """No drawn figure to animate, and a hold: the GIF plays all the same while the step
    runs, and stands still while paused."""
    from tests.helpers.clock import FakeClock
    from tests.ui.player.test_page import App

    (routines / "own-gif.yaml").write_text(OWN_GIF, encoding="utf-8")
    app = App(qtbot, FakeClock())
    try:
        app.window.library.reload()
        app.start_from_library("Own Gif")
        app.advance(6)
        figure = app.view.figure
        assert figure.showing_picture() == routines / "pictures" / "moving.gif"
        assert figure.isVisible() and figure.animating()
        app.key(Qt.Key.Key_Space)
        assert not figure.animating()
    finally:
        app.close()
