"""Desktop notifications when the window is out of sight, received by a fake notification
server on a private session bus (a fake: there is no desktop here). Its Notify has the
specification's exact signature, so a call with the wrong types would not arrive."""

from __future__ import annotations

import pytest

from barretimer.ui.remote import art
from tests.helpers.remote import Helper, RemoteWindow, start_helper

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

FAKE = "tests.helpers.fake_notifications"

SHORT = """\
name: Short Test
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: Wall sit
    kind: hold
    duration: 10
"""


def test_a_finished_workout_is_told_when_the_window_is_minimised(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    server = start_helper(helpers, FAKE)
    remote_window.open_routine(SHORT)
    remote_window.player.play(1.0)
    remote_window.window.showMinimized()
    qtbot.waitUntil(remote_window.window.isMinimized)
    remote_window.advance(16)
    qtbot.waitUntil(lambda: not remote_window.player.active)
    call = server.json_line(qtbot)
    assert call["app_name"] == "barretimer"
    assert call["summary"] == "Workout done"
    routine, _, done = call["body"].partition(": ")
    assert routine == "Short Test"
    assert done.split(".")[0] in remote_window.player.end_panel.detail_label.text()
    icon = art.app_icon_file()
    assert icon is not None
    assert call["hints"]["image-path"] == icon.as_uri()  # the figure, once there is one
    assert call["hints"]["desktop-entry"] == "barretimer"
    assert call["replaces_id"] == 0


def test_a_max_hold_waiting_for_done_is_told(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    server = start_helper(helpers, FAKE)
    remote_window.open_routine()
    remote_window.player.play(1.0)
    remote_window.window.hide()
    remote_window.advance(5 + 20 + 5 + 20 + 5 + 1)  # into the max plank
    call = server.json_line(qtbot)
    assert call["summary"] == "Max plank: as long as you can"
    assert "Next" in call["body"]
    remote_window.player.done()
    remote_window.advance(5 + 20 + 1)  # to the end
    qtbot.waitUntil(lambda: not remote_window.player.active)
    finished = server.json_line(qtbot)
    assert finished["summary"] == "Workout done"
    assert finished["replaces_id"] == 1  # it takes the place of the one before


def test_nothing_is_sent_while_the_window_is_in_sight(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    server = start_helper(helpers, FAKE)
    remote_window.open_routine(SHORT)
    remote_window.player.play(1.0)
    remote_window.advance(16)
    end = remote_window.player.end_panel.title_label
    qtbot.waitUntil(lambda: end.text() == "Well done!")
    assert server.line(qtbot, timeout_s=1.0) == "<timeout>"


def test_without_a_notification_server_the_end_is_quiet(remote_window: RemoteWindow, qtbot) -> None:
    remote_window.open_routine(SHORT)
    remote_window.player.play(1.0)
    remote_window.window.hide()
    remote_window.advance(16)
    end = remote_window.player.end_panel.title_label
    qtbot.waitUntil(lambda: end.text() == "Well done!")
    assert remote_window.remote.notifier is not None
    assert remote_window.remote.notifier.notify("x", "y", None) == 0
