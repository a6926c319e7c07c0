"""Every MPRIS value goes out with the type the specification gives it, whatever its size:
clients such as playerctl refuse a length that comes as int32. Read as it travels, with
``dbus-send``, ``dbus-monitor`` and ``playerctl`` on the private bus."""

from __future__ import annotations

import re

import pytest

from tests.helpers.remote import (
    PLAYER,
    ROOT,
    BusMonitor,
    RemoteWindow,
    dbus_send,
    run_tool,
    wire_types,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Timeline: get ready 0-5, wall sit 5-35, rest 35-40, plank 40-2440.
SHORT_AND_LONG = """\
name: Long Holds
level: beginner
defaults: {rest: 5, countdown: 3, lead_in: 5}
steps:
  - exercise: Wall sit
    kind: hold
    duration: 30
  - exercise: Plank
    kind: hold
    duration: 2400
"""

#: The MPRIS specification's types (the optional properties barretimer offers).
METADATA_TYPES = {
    "mpris:trackid": "o",
    "mpris:length": "x",
    "xesam:title": "s",
    "xesam:album": "s",
    "mpris:artUrl": "s",
}
PLAYER_TYPES = {
    "PlaybackStatus": "s",
    "Rate": "d",
    "Metadata": "a{sv}",
    "Volume": "d",
    "Position": "x",
    "MinimumRate": "d",
    "MaximumRate": "d",
    "CanGoNext": "b",
    "CanGoPrevious": "b",
    "CanPlay": "b",
    "CanPause": "b",
    "CanSeek": "b",
    "CanControl": "b",
}
ROOT_TYPES = {
    "CanQuit": "b",
    "CanRaise": "b",
    "HasTrackList": "b",
    "Identity": "s",
    "DesktopEntry": "s",
    "SupportedUriSchemes": "as",
    "SupportedMimeTypes": "as",
}


def get_metadata(qtbot) -> str:
    return dbus_send(
        qtbot,
        "Get",
        f"string:{PLAYER}",
        "string:Metadata",
        interface="org.freedesktop.DBus.Properties",
    )


def length_us(text: str) -> int:
    match = re.search(r'"mpris:length"\s+variant\s+\w+ (\d+)', text)
    assert match is not None, text
    return int(match.group(1))


def playerctl_duration(qtbot) -> str:
    result = run_tool(
        qtbot, "playerctl", "-p", "barretimer", "metadata", "--format",
        "{{duration(mpris:length)}}",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def announced_metadata(monitor: BusMonitor) -> list[str]:
    return [signal for signal in monitor.signals() if '"Metadata"' in signal]


def test_a_short_and_a_long_interval_both_have_an_int64_length(
    remote_window: RemoteWindow, qtbot
) -> None:
    monitor = BusMonitor(
        qtbot,
        "type='signal',interface='org.freedesktop.DBus.Properties',member='PropertiesChanged'",
    )
    try:
        remote_window.open_routine(SHORT_AND_LONG)
        dbus_send(qtbot, "Play")
        remote_window.advance(6)  # 1 s into the 30-second wall sit
        short = get_metadata(qtbot)
        assert wire_types(short) == METADATA_TYPES
        assert length_us(short) == 30_000_000
        assert playerctl_duration(qtbot) == "0:30"

        remote_window.advance(35)  # 1 s into the 40-minute plank
        long = get_metadata(qtbot)
        assert wire_types(long) == METADATA_TYPES
        assert length_us(long) == 2_400_000_000
        assert playerctl_duration(qtbot) == "40:00"

        # The same types in what PropertiesChanged announced for both intervals.
        def timed() -> list[str]:  # get ready, wall sit, rest, plank (not the start panel)
            return [s for s in announced_metadata(monitor) if '"mpris:length"' in s]

        qtbot.waitUntil(lambda: len(timed()) >= 4)
        assert [length_us(s) for s in timed()] == [5_000_000, 30_000_000, 5_000_000, 2_400_000_000]
        for signal in timed():
            types = wire_types(signal)  # Metadata's keys, and the other properties changed
            metadata = {key: kind for key, kind in types.items() if ":" in key}
            assert metadata.items() <= METADATA_TYPES.items()  # a rest has no picture
            assert metadata["mpris:length"] == "x"
            changed = {key: kind for key, kind in types.items() if ":" not in key}
            assert changed["Metadata"] == "a{sv}"
            assert changed.items() <= PLAYER_TYPES.items()
    finally:
        monitor.close()


def test_every_property_has_the_specifications_type(remote_window: RemoteWindow, qtbot) -> None:
    remote_window.open_routine(SHORT_AND_LONG)
    dbus_send(qtbot, "Play")
    remote_window.advance(6)
    properties = "org.freedesktop.DBus.Properties"
    player = wire_types(dbus_send(qtbot, "GetAll", f"string:{PLAYER}", interface=properties))
    assert {name: player[name] for name in PLAYER_TYPES} == PLAYER_TYPES
    root = wire_types(dbus_send(qtbot, "GetAll", f"string:{ROOT}", interface=properties))
    # An empty array's element type is not printed: the introspection data says it.
    assert {name: root[name] for name in ROOT_TYPES} == {
        **ROOT_TYPES,
        "SupportedUriSchemes": "a",
        "SupportedMimeTypes": "a",
    }
    introspected = dbus_send(qtbot, "Introspect", interface="org.freedesktop.DBus.Introspectable")
    declared = dict(re.findall(r'<property name="(\w+)" type="([^"]+)"', introspected))
    assert {name: declared[name] for name in PLAYER_TYPES | ROOT_TYPES} == (
        PLAYER_TYPES | ROOT_TYPES
    )
