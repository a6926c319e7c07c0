"""The player shows the exercise's figure beside the countdown: animated while a move is
worked, mirrored on the right side, the next exercise's figure (still) during rests, and none
for a step written out in full without a catalog id."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from barretimer.core.timeline import Side
from barretimer.ui.figure import FigureView
from tests.ui.player.test_page import App, write_routine

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Timeline: get ready 0-5, swing left 5-15, switch 15-20, swing right 20-30, rest 30-35,
# wall sit 35-45, rest 45-50, a step of the user's own 50-60.
ROUTINE = """\
name: Figure Check
level: beginner
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: front-leg-swing
    duration: 10
  - exercise: wall-sit
    duration: 10
  - exercise: My own stretch
    kind: stretch
    duration: 10
"""


def differing(a: QImage, b: QImage) -> int:
    """Pixels that differ by more than antialiasing's rounding."""
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if (
                abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
                > 40
            ):
                count += 1
    return count


@pytest.fixture
def app(qtbot, clock):
    running = App(qtbot, clock)
    yield running
    running.close()


def test_the_player_shows_each_figure_mirrored_on_the_right_side(app: App) -> None:
    write_routine(ROUTINE, "figure-check.yaml")
    app.window.library.reload()
    app.start_from_library("Figure Check")
    figure = app.view.figure

    # The lead-in shows what comes first, still.
    assert figure.isVisible() and figure.spec().exercise == "front-leg-swing"
    assert not figure.playing

    app.advance(5)
    assert app.shown()[:2] == ("Front-to-back leg swing", "LEFT")
    assert figure.side() is Side.LEFT and figure.playing  # a move animates

    app.key(Qt.Key.Key_Space)  # paused: the figure stands still
    assert not figure.playing
    app.key(Qt.Key.Key_Space)
    assert figure.playing

    app.advance(15)
    assert app.shown()[:2] == ("Front-to-back leg swing", "RIGHT")
    assert figure.side() is Side.RIGHT and figure.playing
    figure.set_reduced_motion(True)  # the still first keyframe, to compare with the left side
    right = figure.grab().toImage()
    figure.set_reduced_motion(False)
    left_view = FigureView()
    app.qtbot.addWidget(left_view)
    left_view.resize(right.size())
    left_view.set_reduced_motion(True)
    left_view.set_pose(figure.spec(), Side.LEFT, figure.figure._kind)
    left = left_view.grab().toImage()
    assert right != left
    flipped = right.flipped(Qt.Orientation.Horizontal)
    assert differing(flipped, left) < 0.01 * left.width() * left.height()

    app.advance(10)  # the rest shows the wall sit to come, still
    assert app.shown()[0] == "Rest"
    assert figure.spec().exercise == "wall-sit" and not figure.playing
    app.advance(5)
    assert app.shown()[0] == "Wall sit"
    assert figure.spec().exercise == "wall-sit" and not figure.playing  # a hold is still

    app.advance(15)
    assert app.shown()[0] == "My own stretch"
    assert not figure.isVisible()  # no pose for a step of one's own


PICTURE_ROUTINE = """\
name: Picture Check
level: beginner
defaults: {rest: 0, countdown: 0, lead_in: 0, switch: 0}
steps:
  - exercise: front-leg-swing
    duration: 10
    image: pictures/swing.png
  - exercise: wall-sit
    duration: 10
"""


def test_a_step_with_its_own_picture_shows_it_mirrored_for_the_right_side(app: App) -> None:
    """A step's ``image:`` is shown in place of the drawn figure (mirrored on the right side);
    the next step without one is drawn again."""
    from barretimer import paths

    folder = paths.user_routines_dir().resolve()
    (folder / "pictures").mkdir(parents=True, exist_ok=True)
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(folder / "pictures" / "swing.png"))
    write_routine(PICTURE_ROUTINE, "picture-check.yaml")
    app.window.library.reload()
    app.start_from_library("Picture Check")
    figure = app.view.figure
    assert figure.showing_picture() == folder / "pictures" / "swing.png"
    assert figure.isVisible() and not figure.mirrored()
    app.advance(10)
    assert app.shown()[:2] == ("Front-to-back leg swing", "RIGHT")
    assert figure.showing_picture() is not None and figure.mirrored()
    app.advance(10)
    assert app.shown()[0] == "Wall sit"
    assert figure.showing_picture() is None and figure.spec().exercise == "wall-sit"
