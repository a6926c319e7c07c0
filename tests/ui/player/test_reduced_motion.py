"""With reduced motion the player repaints the countdown ring about once a second: the arc
steps with the number (whole seconds, no tenths), and no timer wakes the window in between
(laptops on battery).

The clock is the fake one: the host's own waits are followed by hand, as its timer would."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from barretimer.ui.player.display import countdown_text
from tests.ui.player.test_page import App, write_routine

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

ROUTINE = """\
name: Slow Swing
level: beginner
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: front-leg-swing
    duration: 40
"""


class PaintCounter(QObject):
    """Counts the paint events each widget class receives."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints[type(watched).__name__] += 1
        return False


def play_stretch(app: App, seconds: float) -> tuple[int, Counter[str]]:
    """Follow the host's timer for ``seconds`` of the workout: its looks and the paints."""
    counter = PaintCounter()
    qt = QApplication.instance()
    assert qt is not None
    qt.installEventFilter(counter)
    host = app.player.host
    assert host is not None
    began, looks = app.clock.now, 0
    while app.clock.now - began < seconds:
        wait = host.next_wait_s()
        assert wait is not None
        app.clock.advance(wait)
        app.player.tick()
        QApplication.processEvents()
        looks += 1
    qt.removeEventFilter(counter)
    return looks, counter.paints


@pytest.mark.parametrize("reduced", [True, False])
def test_reduced_motion_repaints_the_ring_about_once_a_second(qtbot, clock, reduced: bool) -> None:
    app = App(qtbot, clock)
    try:
        player = app.player
        player.set_options(dataclasses.replace(player.options, reduced_motion=reduced))
        write_routine(ROUTINE, "slow-swing.yaml")
        app.window.library.reload()
        app.start_from_library("Slow Swing")
        app.advance(5.5)  # the lead-in is over; 39.5 s of whole seconds to go on the left
        began_at = app.clock.now - 0.5
        assert app.shown()[:2] == ("Front-to-back leg swing", "LEFT")

        looks, paints = play_stretch(app, 10.0)

        # The number kept counting and is never behind.
        assert app.player.host is not None
        shown = countdown_text(app.player.host.engine.remaining_s())
        assert app.view.ring.text() == shown and shown in ("0:30", "0:29")
        if reduced:
            assert looks <= 11 and paints["CountdownRing"] <= 11
            assert not app.view.figure.playing  # the figure stands still: no frame timer
        else:  # the arc glides: the ring is redrawn several times a second
            assert looks >= 40 and paints["CountdownRing"] >= 40
            assert app.view.figure.playing

        # The last 10 s: tenths count down without reduced motion, whole seconds with it.
        app.advance(30.0 - (app.clock.now - began_at))  # 10 s left
        assert app.view.ring.text() == "0:10"
        looks, paints = play_stretch(app, 5.0)
        if reduced:
            assert looks <= 6 and paints["CountdownRing"] <= 6
            assert app.view.ring.text() in ("0:05", "0:04")
        else:
            assert looks >= 45 and "." in app.view.ring.text()
    finally:
        app.close()
