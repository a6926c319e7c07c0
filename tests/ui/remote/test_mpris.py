"""MPRIS on a private session bus: every method and property, called from outside the app
(dbus-send, playerctl, or a QtDBus connection of the test's own), checked against what the
real window shows and what the history file records."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtDBus import QDBusConnection

from barretimer.core.engine import State
from barretimer.ui.remote import RemoteControl
from tests.helpers.remote import (
    OBJECT,
    PLAYER,
    ROOT,
    SERVICE,
    Client,
    Int64,
    ObjectPath,
    RemoteWindow,
    dbus_send,
    history_rows,
    run_tool,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SECOND = 1_000_000  # microseconds


def shown(window: RemoteWindow) -> tuple[str, str]:
    """The exercise and the state as the window shows them."""
    view = window.player.view
    return view.name_label.text(), window.player.controls.pause.text()


def test_offers_both_interfaces_under_its_name(remote_window: RemoteWindow, client: Client):
    assert SERVICE in client.names()
    root = client.properties(ROOT)
    assert root["Identity"] == "barretimer"
    assert root["DesktopEntry"] == "barretimer"
    assert root["CanRaise"] is True
    assert root["CanQuit"] is False
    assert root["HasTrackList"] is False
    player = client.properties()
    assert player["PlaybackStatus"] == "Stopped"
    assert player["CanControl"] is True
    assert player["CanPlay"] is False  # nothing opened yet
    assert player["CanPause"] is False
    assert player["CanGoNext"] is False
    assert player["CanSeek"] is False
    assert player["Metadata"] == {"mpris:trackid": "/org/mpris/MediaPlayer2/TrackList/NoTrack"}
    assert isinstance(player["Metadata"]["mpris:trackid"], ObjectPath)
    assert isinstance(player["Position"], Int64)


def test_the_controls_drive_the_window_and_the_history(
    remote_window: RemoteWindow, client: Client, qtbot
):
    signals = client.listen()
    remote_window.open_routine()
    qtbot.waitUntil(lambda: "CanPlay" in signals.changed_names())
    assert signals.last("CanPlay") is True
    assert client.get("CanPlay") is True
    assert client.get("Metadata")["xesam:album"] == "Remote Test"

    dbus_send(qtbot, "Play")
    assert remote_window.player.active
    assert shown(remote_window) == ("Get ready", "Pause")
    qtbot.waitUntil(lambda: "PlaybackStatus" in signals.changed_names())
    assert signals.last("PlaybackStatus") == "Playing"

    remote_window.advance(6.5)  # into the wall sit, left side, 1.5 s in
    properties = client.properties()
    metadata = properties["Metadata"]
    assert remote_window.player.view.name_label.text() == "Wall sit"
    assert metadata["xesam:title"] == "Wall sit — left"
    assert metadata["xesam:album"] == "Remote Test"
    assert metadata["mpris:length"] == 20 * SECOND
    assert metadata["mpris:trackid"] == "/org/barretimer/Interval/1"
    assert isinstance(metadata["mpris:trackid"], ObjectPath)
    assert metadata["mpris:artUrl"].startswith("file://")
    assert properties["Position"] == 1.5 * SECOND
    assert properties["PlaybackStatus"] == "Playing"
    assert properties["CanPause"] is True
    assert properties["CanGoNext"] is True
    assert properties["CanGoPrevious"] is True
    qtbot.waitUntil(
        lambda: signals.changed_names().count("Metadata") >= 3
    )  # ready, get ready, left

    dbus_send(qtbot, "Pause")
    assert remote_window.player.host.state is State.PAUSED
    assert shown(remote_window) == ("Wall sit", "Go on")
    assert client.get("PlaybackStatus") == "Paused"
    assert client.get("CanPlay") is True
    assert client.get("CanPause") is False
    remote_window.clock.advance(30)  # paused: the position stays
    assert client.get("Position") == 1.5 * SECOND
    qtbot.waitUntil(lambda: signals.last("PlaybackStatus") == "Paused")

    dbus_send(qtbot, "PlayPause")
    assert remote_window.player.host.state is State.RUNNING
    assert shown(remote_window)[1] == "Pause"
    qtbot.waitUntil(lambda: signals.last("PlaybackStatus") == "Playing")
    dbus_send(qtbot, "PlayPause")
    assert remote_window.player.host.state is State.PAUSED
    dbus_send(qtbot, "Play")
    assert remote_window.player.host.state is State.RUNNING

    remote_window.advance(3)  # 4.5 s into the left side
    dbus_send(qtbot, "Previous")  # restarts the interval: Seeked to its start
    qtbot.waitUntil(lambda: bool(signals.seeks))
    assert signals.seeks[-1] == 0
    assert client.get("Position") == 0
    assert client.get("Metadata")["xesam:title"] == "Wall sit — left"

    dbus_send(qtbot, "Next")  # skips the left side: the switch, then the right side
    assert remote_window.player.host.engine.index == 2
    remote_window.advance(5.5)
    assert client.get("Metadata")["xesam:title"] == "Wall sit — right"
    assert remote_window.player.view.name_label.text() == "Wall sit"

    dbus_send(qtbot, "Stop")
    assert not remote_window.player.active
    assert remote_window.player.stack.currentWidget() is remote_window.player.end_panel
    assert remote_window.player.end_panel.title_label.text() == "Stopped"
    assert client.get("PlaybackStatus") == "Stopped"
    qtbot.waitUntil(lambda: signals.last("PlaybackStatus") == "Stopped")
    (session,) = history_rows()
    assert session["routine"] == "Remote Test"
    assert session["status"] == "stopped"
    assert session["steps_skipped"] >= 1


def test_next_during_a_max_hold_is_done(remote_window: RemoteWindow, client: Client, qtbot):
    remote_window.open_routine()
    dbus_send(qtbot, "Play")
    remote_window.advance(5 + 20 + 5 + 20 + 5 + 12)  # 12 s into the max plank
    assert client.get("Metadata")["xesam:title"] == "Max plank"
    assert client.get("Metadata")["mpris:length"] == 60 * SECOND  # its cap
    dbus_send(qtbot, "Next")
    assert remote_window.player.host.engine.current.name == "Rest"
    dbus_send(qtbot, "Stop")
    import sqlite3

    from barretimer import paths

    with sqlite3.connect(paths.database_path()) as connection:
        plank = connection.execute(
            "SELECT done_s, skipped FROM session_steps WHERE exercise = 'Max plank'"
        ).fetchone()
    assert plank == (pytest.approx(12.0), 0)  # done at 12 s, not skipped


def test_every_change_is_announced(remote_window: RemoteWindow, client: Client, qtbot):
    signals = client.listen()
    remote_window.open_routine()
    qtbot.waitUntil(lambda: "CanPlay" in signals.changed_names())
    dbus_send(qtbot, "Play")
    remote_window.advance(5.1)
    dbus_send(qtbot, "Pause")
    dbus_send(qtbot, "Play")
    dbus_send(qtbot, "Stop")
    qtbot.waitUntil(lambda: signals.changes and signals.last("PlaybackStatus") == "Stopped")
    assert all(interface == PLAYER for interface, _, _ in signals.changes)
    assert all(invalidated == [] for _, _, invalidated in signals.changes)
    statuses = [v["PlaybackStatus"] for _, v, _ in signals.changes if "PlaybackStatus" in v]
    assert statuses == ["Playing", "Paused", "Playing", "Stopped"]
    # The routine opened, "Get ready", the wall sit, and the end.
    assert signals.changed_names().count("Metadata") == 4
    # What was last announced is what a client reads now.
    now = client.properties()
    for name in ("CanPlay", "CanPause", "CanGoNext", "CanGoPrevious", "PlaybackStatus"):
        assert signals.last(name) == now[name], name


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: no stacking
def test_raise_brings_the_window_forward(remote_window: RemoteWindow, qtbot) -> None:
    remote_window.window.showMinimized()
    qtbot.waitUntil(remote_window.window.isMinimized)
    dbus_send(qtbot, "Raise", interface=ROOT)
    assert not remote_window.window.isMinimized()
    assert remote_window.window.isVisible()


def test_playerctl_play_pause(remote_window: RemoteWindow, qtbot) -> None:
    remote_window.open_routine()
    listed = run_tool(qtbot, "playerctl", "--list-all")
    assert "barretimer" in listed.stdout.split()
    result = run_tool(qtbot, "playerctl", "-p", "barretimer", "play-pause")
    assert result.returncode == 0, result.stderr
    assert remote_window.player.host.state is State.RUNNING
    status = run_tool(qtbot, "playerctl", "-p", "barretimer", "status")
    assert status.stdout.strip() == "Playing"
    result = run_tool(qtbot, "playerctl", "-p", "barretimer", "play-pause")
    assert result.returncode == 0, result.stderr
    assert remote_window.player.host.state is State.PAUSED
    title = run_tool(qtbot, "playerctl", "-p", "barretimer", "metadata", "title")
    assert title.stdout.strip() == "Get ready"


def test_a_second_app_takes_an_instance_name(
    remote_window: RemoteWindow, client: Client, qtbot
) -> None:
    second = RemoteWindow(qtbot)
    try:
        names = client.names()
        assert SERVICE in names
        suffixed = [n for n in names if n.startswith(SERVICE + ".instance")]
        assert len(suffixed) == 1
        assert second.remote.mpris is not None and second.remote.mpris.name == suffixed[0]
    finally:
        second.close()


def test_without_a_session_bus_the_app_goes_on(qtbot, monkeypatch, caplog) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    caplog.set_level(logging.INFO, logger="barretimer")
    window = RemoteWindow(qtbot, start=False)
    try:
        assert window.remote.start() is False
        assert window.remote.mpris is None
        window.open_routine()
        window.player.play(1.0)
        assert window.player.active
        remote_lines = [r for r in caplog.records if r.name.startswith("barretimer.ui.remote")]
        assert len(remote_lines) <= 1
        assert all(r.levelno <= logging.INFO for r in remote_lines)
        assert not window.window.banner.notices()
    finally:
        window.close()


def test_a_refused_name_leaves_the_app_without_mpris(qtbot, session_bus, caplog) -> None:
    """Someone else holds both names: the window plays on, with one line in the log."""
    import os

    caplog.set_level(logging.INFO, logger="barretimer")
    squatter = QDBusConnection.connectToBus(os.environ["DBUS_SESSION_BUS_ADDRESS"], "squatter")
    assert squatter.registerService(SERVICE)
    assert squatter.registerService(f"{SERVICE}.instance{os.getpid()}")
    window = RemoteWindow(qtbot)
    try:
        assert window.remote.mpris is not None and window.remote.mpris.name == ""
        window.open_routine()
        window.player.play(1.0)
        assert window.player.active
        remote_lines = [r for r in caplog.records if r.name.startswith("barretimer.ui.remote")]
        assert len(remote_lines) == 1
        assert remote_lines[0].levelno == logging.INFO
    finally:
        window.close()
        QDBusConnection.disconnectFromBus("squatter")


def test_the_window_object_path_is_the_specifications() -> None:
    assert OBJECT == "/org/mpris/MediaPlayer2"
    assert RemoteControl.__doc__
