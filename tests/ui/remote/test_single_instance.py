"""One running app: a second ``barretimer ROUTINE.yaml`` hands its routine to the open window
and ends, instead of starting a second app."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from barretimer import paths
from barretimer.ui.remote.single_instance import forward_to_running_app
from tests.conftest import REPO, ROUTINES
from tests.helpers.remote import Client, RemoteWindow, parse_reply, run_tool

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform has no window manager to tell.
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", r"This plugin does not support raise\(\)"
    ),
]

STRETCH = ROUTINES / "post-run-stretch.yaml"


def second_start(qtbot, *args: str, bus: str = "unix:path=/nonexistent/bus") -> subprocess.Popen:
    """``barretimer ARGS`` as a user starts it, for the same data folder as the test's."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env["DBUS_SESSION_BUS_ADDRESS"] = bus
    process = subprocess.Popen(
        [sys.executable, "-m", "barretimer", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return process


def finished(qtbot, process: subprocess.Popen, timeout_s: float = 30) -> int:
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=int(timeout_s * 1000))
    process.communicate()
    return process.returncode


@pytest.fixture
def open_window(qtbot, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")  # not needed
    window = RemoteWindow(qtbot, start=False, single_instance=True)
    window.remote.start()  # as after the first frame
    yield window
    window.close()


def test_a_second_start_hands_its_routine_to_the_open_window(open_window, qtbot) -> None:
    assert open_window.window.current_place() == open_window.window.LIBRARY
    started = time.monotonic()
    process = second_start(qtbot, str(STRETCH))
    assert finished(qtbot, process) == 0
    assert time.monotonic() - started < 20  # it did not open a window of its own
    qtbot.waitUntil(lambda: open_window.window.current_place() == open_window.window.PLAYER)
    assert open_window.player.start_panel.title_label.text() == "Post-Run Stretch"
    assert open_window.player.routine_path == STRETCH.resolve()


def test_a_plain_second_start_brings_the_window_forward(open_window, qtbot) -> None:
    open_window.window.showMinimized()
    qtbot.waitUntil(open_window.window.isMinimized)
    assert finished(qtbot, second_start(qtbot)) == 0
    qtbot.waitUntil(lambda: not open_window.window.isMinimized())
    assert open_window.window.current_place() == open_window.window.LIBRARY


def test_a_relative_path_is_read_from_where_the_second_start_was(
    open_window, qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "mine.yaml").write_text(STRETCH.read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "barretimer", "mine.yaml"], cwd=folder, env=env
    )
    assert finished(qtbot, process) == 0
    qtbot.waitUntil(lambda: open_window.player.routine_path == (folder / "mine.yaml").resolve())


def test_a_workout_playing_is_not_replaced(open_window, qtbot, boxes) -> None:
    open_window.open_routine()
    open_window.player.play(1.0)
    assert finished(qtbot, second_start(qtbot, str(STRETCH))) == 0
    qtbot.waitUntil(lambda: bool(boxes.titles))
    assert boxes.titles == ["A workout is playing"]
    assert open_window.player.active
    assert open_window.player.routine.name == "Remote Test"


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    where = paths.instance_socket_path()
    import socket

    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(where))  # a socket file nobody listens on, as a killed app leaves it
    left.close()
    assert where.exists()
    assert forward_to_running_app(str(STRETCH)) is False
    window = RemoteWindow(qtbot, start=False, single_instance=True)
    try:
        window.remote.start()
        assert window.remote.instance is not None and window.remote.instance.server is not None
        assert finished(qtbot, second_start(qtbot, str(STRETCH))) == 0
        qtbot.waitUntil(lambda: window.player.routine is not None)
    finally:
        window.close()
    assert not where.exists()  # removed when the window closed


def test_another_data_folder_is_another_app(open_window, qtbot, tmp_path: Path) -> None:
    other = paths.instance_socket_path()
    paths.set_data_dir(tmp_path / "other")
    try:
        assert paths.instance_socket_path() != other
        assert forward_to_running_app(None) is False
    finally:
        paths.set_data_dir(None)


def test_unreadable_requests_are_refused(open_window, qtbot) -> None:
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(str(paths.instance_socket_path()))
        client.sendall(b'{"open": 42}\n')
        client.settimeout(0.05)
        answer = b""
        for _ in range(200):
            qtbot.wait(10)
            try:
                answer += client.recv(16)
            except TimeoutError:
                continue
            if answer.endswith(b"\n") or not answer:
                break
    assert answer == b"?\n"
    assert open_window.window.current_place() == open_window.window.LIBRARY


def test_one_app_on_the_bus_after_a_second_start(session_bus: str, qtbot, tmp_path) -> None:
    """Both starts as real processes: the second ends, and the first shows its routine on
    MPRIS."""
    data = tmp_path / "shared-data"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(paths.ENV_DATA_DIR, None)
    first = subprocess.Popen(
        [sys.executable, "-m", "barretimer", "--data-dir", str(data)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    client = Client(qtbot, "one-app")
    try:
        qtbot.waitUntil(
            lambda: "org.mpris.MediaPlayer2.barretimer" in client.names(), timeout=60_000
        )
        second = subprocess.Popen(
            [sys.executable, "-m", "barretimer", str(STRETCH), "--data-dir", str(data)],
            cwd=REPO,
            env=env,
        )
        assert finished(qtbot, second) == 0

        def album() -> str:
            reply = run_tool(
                qtbot,
                "dbus-send", "--session", "--print-reply",
                "--dest=org.mpris.MediaPlayer2.barretimer", "/org/mpris/MediaPlayer2",
                "org.freedesktop.DBus.Properties.Get",
                "string:org.mpris.MediaPlayer2.Player", "string:Metadata",
            )  # fmt: skip
            (metadata,) = parse_reply(reply.stdout)
            return metadata.get("xesam:album", "")

        qtbot.waitUntil(lambda: album() == "Post-Run Stretch", timeout=20_000)
        names = [n for n in client.names() if "barretimer" in n]
        assert names == ["org.mpris.MediaPlayer2.barretimer"]
    finally:
        if first.poll() is None:
            os.killpg(first.pid, 9)
        first.wait(10)
        client.close()


FIRST_FRAME_PROBE = """\
import sys
from PySide6 import QtCore
from barretimer.ui import app, main_window

seen = {}
paint_event = main_window.MainWindow.paintEvent


def paint(window, event):
    seen.setdefault("first", {m for m in ("PySide6.QtNetwork", "PySide6.QtDBus") if m in sys.modules})
    paint_event(window, event)


main_window.MainWindow.paintEvent = paint
show = main_window.MainWindow.show


def show_and_quit_soon(window):
    window.first_frame_shown.connect(lambda: QtCore.QTimer.singleShot(300, QtCore.QCoreApplication.quit))
    show(window)


main_window.MainWindow.show = show_and_quit_soon
app.run_app(None)
print(sorted(seen["first"]), "PySide6.QtNetwork" in sys.modules)
"""


def test_the_first_frame_does_not_wait_for_the_remote(tmp_path: Path) -> None:
    """QtNetwork and QtDBus cost about a tenth of the window's start: both come after."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        paths.ENV_DATA_DIR: str(tmp_path / "probe-data"),
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus",
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == "[] True", result.stderr
