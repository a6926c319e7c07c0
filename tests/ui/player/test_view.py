"""The playing screen's widgets: what they draw, and that a refresh redraws only what changed.

The display refreshes 10 to 20 times a second; text, patterned segments and layouts are the
slow parts to draw, so they must be drawn again only when they change.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from barretimer.core.engine import State
from barretimer.core.loader import load_routine_text
from barretimer.core.model import Kind
from barretimer.core.timeline import Role, Side, compile_timeline
from barretimer.ui.player import strip as player_strip
from barretimer.ui.player.display import DisplayState
from barretimer.ui.player.page import PlayerPage
from barretimer.ui.player.ring import CountdownRing
from barretimer.ui.player.side_badge import SideBadge
from barretimer.ui.player.strip import IntervalStrip
from barretimer.ui.player.view import PlayView
from barretimer.ui.speech_qt import QtSpeech
from tests.helpers.clock import FakeClock
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [pytest.mark.gui]

# Timeline: get ready 0-5, plank 5-35, rest 35-40, bridge 40-70.
ROUTINE = """\
name: Two holds
level: beginner
defaults:
  rest: 5
  lead_in: 5
steps:
  - exercise: Plank
    kind: hold
    duration: 30
  - exercise: Bridge
    kind: hold
    duration: 30
"""


def display(**changes: object) -> DisplayState:
    state = DisplayState(
        state=State.RUNNING,
        index=1,
        count=4,
        name="Plank",
        kind=Kind.HOLD,
        role=Role.WORK,
        side=None,
        cue="Long line from head to heels.",
        next_name="Bridge",
        round_label="",
        clock_text="0:25",
        detail_text="of 0:30",
        progress=1 / 6,
        counting_up=False,
        elapsed_s=10.0,
        remaining_total_s=60.0,
        touchdowns_left=0,
        touchdowns_right=0,
    )
    return dataclasses.replace(state, **changes)


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives (each one lays out the widget again)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def shown(qtbot, widget: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_totals_keep_their_size_while_the_seconds_change(qtbot) -> None:
    view = PlayView()
    shown(qtbot, view, 1000, 700)
    view.show_state(display())
    for _ in range(5):
        QApplication.processEvents()
    label = view.totals_label
    size = label.size()
    requests = LayoutRequests(view)
    for second in range(10, 75):
        view.show_state(display(elapsed_s=second, remaining_total_s=70 - second))
        QApplication.processEvents()
        assert label.size() == size
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert requests.count == 0
    # A longer clock than any shown so far makes room for itself.
    view.show_state(display(elapsed_s=600, remaining_total_s=70))
    assert label.text() == "Elapsed 10:00  ·  Left 1:10"
    assert label.width() > size.width()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert label.minimumSize() == label.maximumSize()  # fixed: a new text asks no layout


def test_a_side_badge_is_blanked_not_hidden(qtbot) -> None:
    badge = SideBadge(Side.LEFT)
    shown(qtbot, badge, 220, 220)
    background = badge.palette().color(QPalette.ColorRole.Window).rgb()

    def colours() -> set[int]:
        image = badge.grab().toImage()
        return {image.pixel(x, y) for x in range(0, 220, 4) for y in range(0, 220, 4)}

    assert colours() == {background}
    assert badge.accessibleName() == ""
    badge.set_active(True)
    assert len(colours()) > 2  # the arrow and the word
    assert badge.accessibleName() == "LEFT"
    badge.set_active(False)
    assert badge.isVisible()  # showing a widget again would lay out the whole window
    assert colours() == {background}


def count_calls(monkeypatch, owner: object, name: str) -> list[object]:
    calls: list[object] = []
    original = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_the_ring_draws_its_digits_again_only_when_they_change(qtbot, monkeypatch) -> None:
    ring = CountdownRing()
    shown(qtbot, ring, 400, 360)

    def show(text: str, progress: float) -> QImage:
        ring.show_time(text, "of 0:30", progress, Kind.HOLD, counting_up=False, paused=False)
        return ring.grab().toImage()

    show("0:25", 0.16)
    from barretimer.ui.player import ring as ring_module

    texts = count_calls(monkeypatch, ring_module, "_text_pixmap")
    moved = show("0:25", 0.17)
    assert texts == []  # only the arc moved
    assert show("0:24", 0.2) != moved
    assert len(texts) == 1
    # What the cache shows is what a ring drawn from nothing shows.
    fresh = CountdownRing()
    shown(qtbot, fresh, 400, 360)
    fresh.show_time("0:24", "of 0:30", 0.2, Kind.HOLD, counting_up=False, paused=False)
    assert fresh.grab().toImage() == ring.grab().toImage()
    # A new size draws both texts again, to the new size.
    texts.clear()
    ring.resize(300, 300)
    assert ring.grab().toImage().width() == 300
    assert len(texts) == 2


def test_the_strip_moves_on_without_painting_its_segments_again(qtbot, monkeypatch) -> None:
    strip = IntervalStrip()
    shown(qtbot, strip, 700, 48)
    timeline = compile_timeline(load_routine_text(ROUTINE).routine)
    strip.set_timeline(timeline)
    first = strip.grab().toImage()
    fills = count_calls(monkeypatch, player_strip, "paint_kind_fill")
    strip.set_position(2, 0.0)  # the plank done, into the rest
    after = strip.grab().toImage()
    assert fills == []
    # A point in each segment's fill, clear of the frame, the separator and the letter.
    points = [QPoint(int(rect.left()) + 4, int(rect.center().y())) for rect, _ in strip.segments()]
    assert after.pixelColor(points[1]).lightnessF() > first.pixelColor(points[1]).lightnessF()
    for point in points[2:]:
        assert after.pixel(point) == first.pixel(point)
    # What the cache shows is what a strip drawn from nothing shows.
    fresh = IntervalStrip()
    shown(qtbot, fresh, 700, 48)
    fresh.set_timeline(timeline)
    fresh.set_position(2, 0.0)
    assert fresh.grab().toImage() == after


def test_the_strip_draws_its_segments_as_it_shows_not_in_the_first_frame(
    qtbot, monkeypatch
) -> None:
    strip = IntervalStrip()
    strip.set_timeline(compile_timeline(load_routine_text(ROUTINE).routine))
    fills = count_calls(monkeypatch, player_strip, "paint_kind_fill")
    shown(qtbot, strip, 700, 48)
    drawn_on_show = len(fills)
    assert drawn_on_show == 2 * 4  # each segment, as it looks and faded
    strip.grab()
    assert len(fills) == drawn_on_show


def test_the_seconds_ticking_by_do_not_lay_out_the_page_again(qtbot, clock: FakeClock) -> None:
    page = PlayerPage(None, QtSpeech(RecordingSpeaker()), clock)
    shown(qtbot, page, 1000, 760)
    page.try_routine(load_routine_text(ROUTINE).routine)

    def refresh_for(seconds: float) -> None:
        """As the host does: a tick and a repaint whenever the host looks again (each change
        of the countdown's text, and every 0.2 s for the arc), stopping at ``seconds``."""
        end = clock.now + seconds
        while clock.now < end - 1e-9:
            clock.advance(min(page.host.next_wait_s() or 0.05, end - clock.now))
            page.tick()
            QApplication.processEvents()

    refresh_for(6)  # 1 s into the plank, its layouts done
    requests = LayoutRequests(page)
    # The countdown, the arc, the totals, the pointer on the strip, then the tenths.
    refresh_for(28.5)
    assert page.view.ring.text() == "0.5"
    assert page.view.totals_label.text() == "Elapsed 0:34  ·  Left 0:36"
    assert requests.count == 0
    # Into the rest: the exercise's name and cue change, the page is laid out once.
    refresh_for(2)
    assert page.view.name_label.text() == "Rest"
    assert requests.count <= 1
    page.stop_now()
