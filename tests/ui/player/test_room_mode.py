"""Room mode reads from 3 m: font sizes measured against the screen's height offscreen, text
contrast against the window, the ring's size and place kept, and Esc leaving room mode first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from barretimer.ui.style.palette import contrast_ratio
from tests.ui.player.test_page import App, write_routine
from tests.ui.player.test_show_how import ROUTINE, shot

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def app(qtbot, clock):
    running = App(qtbot, clock)
    yield running
    running.close()


#: Screens people put across a room: 16:9 television and laptop sizes, a 16:10 laptop.
SCREENS = [(1920, 1080), (1366, 768), (1280, 800)]


def enter_room_mode(app: App, screen: tuple[int, int] | None = SCREENS[0]) -> None:
    """F11, then the window as large as ``screen``: the offscreen platform's own screen is a
    square 800 x 800 that no room has, so the full-screen window is resized to stand in for
    a real screen (the sizes are measured against the window's height)."""
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    app.key(Qt.Key.Key_F11)
    app.qtbot.waitUntil(lambda: app.window.isFullScreen())
    if screen is not None:
        app.window.setGeometry(0, 0, *screen)
        app.qtbot.waitUntil(lambda: app.window.height() == screen[1])
    QApplication.processEvents()


def pixel_share(widget: QWidget, screen_height: int) -> float:
    return widget.font().pixelSize() / screen_height


@pytest.mark.parametrize("size", SCREENS)
def test_room_mode_text_is_large_enough_to_read_from_the_mat(
    app: App, size: tuple[int, int]
) -> None:
    enter_room_mode(app, size)
    app.advance(11)
    view = app.view
    screen = app.window.height()
    assert view.room_mode()
    # The countdown's digits, as drawn: the em of the font they are painted in.
    assert view.ring.text() == "9.0"
    assert pixel_share_of_digits(view) >= 0.25
    assert pixel_share(view.name_label, screen) >= 0.08
    for label in (view.cue_label, view.next_label):
        assert label.text() and pixel_share(label, screen) >= 0.04
    app.advance(25)  # a rest of 0:20: four characters, the widest a countdown usually is
    assert view.ring.text() == "0:19"
    assert pixel_share_of_digits(view) >= 0.25
    assert pixel_share(view.next_label, screen) >= 0.04
    shot(app, f"room-mode-rest-{size[0]}x{size[1]}.png")


def pixel_share_of_digits(view) -> float:
    return view.ring.digit_font().pixelSize() / view.window().height()


def test_room_mode_shows_the_side_with_the_name(app: App) -> None:
    enter_room_mode(app)
    app.advance(11)
    assert app.view.name_label.text().splitlines() == ["Clamshell", "LEFT"]
    assert app.view.name_label.font().pixelSize() >= 0.08 * app.window.height()
    shot(app, "room-mode.png")


def test_room_mode_text_contrast_is_at_least_4_5_to_1(app: App) -> None:
    enter_room_mode(app)
    app.advance(11)
    view = app.view
    window = view.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(view.ring.detail_colour(), window) >= 4.5  # "of 0:10"
    for label in (view.name_label, view.cue_label, view.next_label, view.totals_label):
        text = label.palette().color(label.foregroundRole())
        assert contrast_ratio(text, window) >= 4.5, label.objectName()


def test_the_ring_keeps_its_size_and_place(app: App) -> None:
    enter_room_mode(app)
    app.advance(11)
    ring = app.view.ring.geometry()
    for _ in range(5):
        app.advance(10)  # the switch, the right side, the rest: the texts change
        assert app.view.ring.geometry() == ring


def test_esc_leaves_room_mode_first_then_stops(app: App, boxes) -> None:
    enter_room_mode(app, None)
    app.advance(11)
    app.key(Qt.Key.Key_Escape)
    app.qtbot.waitUntil(lambda: not app.window.isFullScreen())
    assert app.player.active and not app.view.room_mode()
    assert boxes.shown == []  # nothing asked yet
    boxes.answer = QMessageBox.StandardButton.Yes
    app.key(Qt.Key.Key_Escape)  # out of room mode: Esc asks to stop, as before
    assert boxes.titles == ["Stop the workout?"]
    assert not app.player.active
