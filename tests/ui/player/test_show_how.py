"""Issue 16's "show how" in the player: the figure large beside the countdown, the next
exercise's needs, description and safety line in the lead-in and rests, its description said
the first time you meet it, and a still figure with reduced motion."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from barretimer.core.playback import PlaybackOptions
from barretimer.ui.player.start_intro import NewExerciseCard
from tests.ui.player.test_page import App, write_routine

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Timeline: get ready 0-10, clamshell left 10-20, switch 20-25, right 25-35, rest 35-55,
# wall sit 55-65.
ROUTINE = """\
name: Show How
level: beginner
defaults: {rest: 20, countdown: 3, lead_in: 10, switch: 5}
steps:
  - exercise: clamshell
    duration: 10
  - exercise: wall-sit
    duration: 10
"""

#: Set to a folder to keep the screenshots (the README's come from here).
SHOTS = os.environ.get("BARRETIMER_SHOTS", "")


def shot(app: App, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        app.window.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def app(qtbot, clock):
    running = App(qtbot, clock)
    yield running
    running.close()


@pytest.mark.parametrize("size", [(1024, 600), (1200, 800), (1400, 900)])
def test_the_figure_is_large_beside_the_countdown(app: App, size: tuple[int, int]) -> None:
    app.window.resize(*size)
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    app.advance(11)
    QApplication.processEvents()
    view = app.view
    assert view.name_label.text() == "Clamshell"
    figure, ring = view.figure.geometry(), view.ring.geometry()
    side = min(ring.width(), ring.height())  # the ring is drawn in the square it fits
    assert figure.height() >= side and figure.width() >= side
    assert abs(figure.center().y() - ring.center().y()) < side / 3  # beside it, not under
    shot(app, f"player-figure-{size[0]}x{size[1]}.png")


def test_rests_show_what_the_next_exercise_needs_and_how(app: App) -> None:
    app.window.resize(1200, 800)
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    notes = app.view.notes
    catalog = app.player.figures.catalog()
    clamshell, wall_sit = catalog.get("clamshell"), catalog.get("wall-sit")
    # The notes follow an interval change in a frame of their own, a moment later.
    app.qtbot.waitUntil(notes.isVisible, timeout=1000)  # the lead-in: what comes first
    assert notes.description_label.text() == clamshell.description
    if clamshell.safety:
        assert clamshell.safety in notes.safety_label.text()
    app.advance(11)
    app.qtbot.waitUntil(lambda: not notes.isVisible(), timeout=1000)  # working: the figure
    ring = app.view.ring.geometry()
    app.advance(25)
    assert app.shown()[0] == "Rest"
    app.qtbot.waitUntil(notes.isVisible, timeout=1000)
    assert app.view.ring.geometry() == ring  # the notes take no room from the countdown
    assert app.view.figure.height() >= 0.2 * app.view.height()
    assert notes.description_label.text() == wall_sit.description
    assert "wall" in notes.needs_label.text().lower()  # what it needs
    shot(app, "player-rest.png")


def test_the_figure_changes_with_the_notes_and_the_ring_keeps_its_place(app: App) -> None:
    """The moment a rest begins, its frame carries the countdown and the name; the figure
    stops there and then, and changes to the next exercise together with the notes beside
    it, a moment later (one layout, one drawing). The ring stays put through both."""
    app.window.resize(1200, 800)
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    view = app.view
    ring = view.ring.geometry()
    app.advance(34.5)  # the clamshell's right side, working
    assert app.shown()[:2] == ("Clamshell", "RIGHT")
    assert view.figure.spec().exercise == "clamshell" and view.figure.playing
    assert view.ring.geometry() == ring

    app.clock.advance(1.0)  # the rest begins: the moment's own frame, before anything follows
    app.player.tick()
    QApplication.processEvents()
    assert app.shown()[0] == "Rest" and view.notes.following()
    assert not view.figure.playing  # stopped on the moment
    assert view.figure.spec().exercise == "clamshell" and not view.notes.isVisible()
    assert view.ring.geometry() == ring

    app.settle()
    assert view.notes.isVisible() and view.figure.spec().exercise == "wall-sit"
    assert not view.figure.playing and view.ring.geometry() == ring


def test_no_interval_change_waits_for_a_large_glyph(app: App) -> None:
    """During the lead-in the player draws the glyphs of every name and of the countdown's
    digits, a text at a time; after that, playing the whole routine draws none."""
    from barretimer.ui.glyph_text import GLYPHS

    GLYPHS.clear()  # as in a new window: nothing drawn by earlier tests
    app.window.resize(1400, 900)
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    app.qtbot.waitUntil(lambda: not app.view.warming(), timeout=5000)
    drawn = GLYPHS.drawn
    names = set()
    for _ in range(66):
        app.advance(1)
        names.add(app.view.name_label.text())
    assert {"Get ready", "Clamshell", "Rest", "Wall sit"} <= names
    assert GLYPHS.drawn == drawn


def test_a_new_exercise_is_described_in_the_rest_before_it_once(app: App) -> None:
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    app.advance(66)
    said = " ".join(app.speaker.texts)
    catalog = app.player.figures.catalog()
    wall_sit = catalog.get("wall-sit")
    assert wall_sit.description in said  # the 20 s rest has room for it
    # The 10 s lead-in has no room for the clamshell's description after "Get ready".
    assert catalog.get("clamshell").description not in said
    app.qtbot.waitUntil(lambda: not app.player.active)
    assert "Wall sit" in app.player.known_exercises()

    before = len(app.speaker.texts)
    app.window.library.search_edit.clear()
    app.start_from_library("Show How")
    app.advance(66)
    again = " ".join(app.speaker.texts[before:])
    assert "Next up: Wall sit" in again
    assert wall_sit.description not in again  # met before: not described again


def test_the_description_setting_off_says_none(app: App) -> None:
    app.player.set_options(PlaybackOptions(describe_new=False))
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    app.advance(60)
    said = " ".join(app.speaker.texts)
    assert "Next up: Wall sit" in said
    assert app.player.figures.catalog().get("wall-sit").description not in said


def test_reduced_motion_keeps_the_figure_still(app: App) -> None:
    app.player.set_options(PlaybackOptions(reduced_motion=True))
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    app.start_from_library("Show How")
    app.advance(11)
    assert app.view.figure.isVisible() and not app.view.figure.playing
    app.player.set_options(PlaybackOptions(reduced_motion=False))
    assert app.view.figure.playing  # a move animates again at once


def open_start_panel(app: App) -> None:
    app.window.show_place(app.window.LIBRARY)
    library = app.window.library
    library.search_edit.clear()
    app.qtbot.keyClicks(library.search_edit, "Show How")
    library.table.selectRow(0)
    app.qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: app.player.start_panel.intro.isVisible())


def test_the_start_panel_shows_needs_and_the_exercises_new_to_you(app: App) -> None:
    app.window.resize(1200, 800)
    write_routine(ROUTINE, "show-how.yaml")
    app.window.library.reload()
    open_start_panel(app)
    intro = app.player.start_panel.intro
    assert intro.needs_label.text() == "You will need: wall"  # the wall sit's
    assert intro.card_names() == ["Clamshell", "Wall sit"]
    cards = intro.findChildren(NewExerciseCard)
    assert all(card.figure.isVisible() and card.figure.spec() is not None for card in cards)
    assert cards[1].notes.description_label.text().startswith("Lean your back against a wall")
    shot(app, "start-panel-new.png")

    app.qtbot.mouseClick(app.player.start_panel.primary_button, Qt.MouseButton.LeftButton)
    app.advance(66)
    app.qtbot.waitUntil(lambda: not app.player.active)
    open_start_panel(app)
    assert intro.card_names() == []  # both done once: nothing new any more
    assert not intro.cards_scroll.isVisible()
