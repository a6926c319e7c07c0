"""For the remote-control tests: a private session bus, the real main window with its remote
controls, helper processes, and a D-Bus client of the test's own to look at it from outside.
The fixtures are in tests/ui/remote/conftest.py."""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusVariant,
)

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import SessionStore
from barretimer.ui.main_window import MainWindow
from barretimer.ui.remote import RemoteControl
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.conftest import REPO, FakeClock
from tests.helpers.stubs import RecordingSpeaker

SERVICE = "org.mpris.MediaPlayer2.barretimer"
OBJECT = "/org/mpris/MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
ROOT = "org.mpris.MediaPlayer2"

# Timeline: get ready 0-5, wall sit left 5-25, switch 25-30, wall sit right 30-50, rest
# 50-55, max plank 55-115 (cap 60), rest 115-120, stretch 120-140.
ROUTINE = """\
name: Remote Test
level: beginner
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: Wall sit
    kind: hold
    duration: 20
    sides: left-right
    cue: Back flat against the wall.
  - exercise: Max plank
    kind: hold
    duration: max
    cap: 60
  - exercise: Figure four stretch
    kind: stretch
    duration: 20
"""


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private ``dbus-daemon --session`` for this test only, killed after it."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("no dbus-daemon on this machine")
    started = subprocess.run(
        [daemon, "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    address, pid = started.stdout.split()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(pid), signal.SIGTERM)


class Helper:
    """A helper script (tests/helpers) as a process, its lines read with a timeout."""

    def __init__(self, module: str, *args: str, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )

    def line(self, qtbot: Any = None, timeout_s: float = 15.0) -> str:
        """The next line it prints ("<timeout>" if none comes), letting Qt work meanwhile."""
        stream = self.process.stdout
        assert stream is not None
        waited = 0.0
        while waited < timeout_s:
            ready, _, _ = select.select([stream], [], [], 0.05)
            if ready:
                return stream.readline().strip()
            if qtbot is not None:
                qtbot.wait(20)
            waited += 0.07
        return "<timeout>"

    def json_line(self, qtbot: Any = None) -> dict[str, Any]:
        line = self.line(qtbot)
        assert line.startswith("{"), line
        return json.loads(line)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def helpers() -> Iterator[list[Helper]]:
    started: list[Helper] = []
    yield started
    for helper in started:
        helper.stop()


def start_helper(helpers: list[Helper], module: str, *args: str) -> Helper:
    helper = Helper(module, *args)
    helpers.append(helper)
    assert helper.line() == "ready"
    return helper


class SpeakingSpeaker(RecordingSpeaker):
    """A RecordingSpeaker that reports each phrase as begun at once, as the speech client
    reports a phrase it starts to play (a fake: no sound device here)."""

    report: Any = None

    def say(self, text: str, *args: Any, **kwargs: Any) -> None:
        super().say(text, *args, **kwargs)
        if self.report is not None:
            self.report(text)


class Signals(QObject):
    """Receives the window's MPRIS signals over the bus, as a desktop's media panel does.
    The slots' signatures are the specification's: a signal sent with other types does not
    arrive."""

    def __init__(self) -> None:
        super().__init__()
        self.changes: list[tuple[str, dict[str, Any], list[str]]] = []
        self.seeks: list[int] = []

    @Slot(str, "QVariantMap", "QStringList")
    def changed(self, interface: str, values: dict[str, Any], invalidated: list[str]) -> None:
        self.changes.append((interface, dict(values), list(invalidated)))

    @Slot("qlonglong")
    def seeked(self, position: int) -> None:
        self.seeks.append(position)

    def changed_names(self) -> list[str]:
        return [name for _, values, _ in self.changes for name in values]

    def last(self, name: str) -> Any:
        for _, values, _ in reversed(self.changes):
            if name in values:
                return values[name]
        raise KeyError(name)


class Client:
    """A connection of the test's own to the private bus (so calls really cross the bus)."""

    def __init__(self, qtbot: Any, name: str = "test-client") -> None:
        self.qtbot = qtbot
        self.name = name
        self.bus = QDBusConnection.connectToBus(os.environ["DBUS_SESSION_BUS_ADDRESS"], name)
        assert self.bus.isConnected()
        self.signals = Signals()

    def listen(self, service: str = SERVICE) -> Signals:
        props = "org.freedesktop.DBus.Properties"
        assert self.bus.connect(
            service, OBJECT, props, "PropertiesChanged", self.signals,
            "1changed(QString,QVariantMap,QStringList)",
        )  # fmt: skip
        assert self.bus.connect(
            service, OBJECT, PLAYER, "Seeked", self.signals, "1seeked(qlonglong)"
        )
        return self.signals

    def call(self, service: str, path: str, interface: str, method: str, *args: Any) -> list[Any]:
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        if args:
            message.setArguments(list(args))
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message, 5000))
        self.qtbot.waitUntil(watcher.isFinished, timeout=6000)
        reply = watcher.reply()
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
        return [a.variant() if isinstance(a, QDBusVariant) else a for a in reply.arguments()]

    def player(self, method: str) -> None:
        self.call(SERVICE, OBJECT, PLAYER, method)

    def properties(self, interface: str = PLAYER) -> dict[str, Any]:
        """Every property, as ``dbus-send`` reads them over the bus."""
        reply = dbus_send(
            self.qtbot, "GetAll", f"string:{interface}", interface="org.freedesktop.DBus.Properties"
        )
        (values,) = parse_reply(reply)
        return values

    def get(self, name: str, interface: str = PLAYER) -> Any:
        reply = dbus_send(
            self.qtbot,
            "Get",
            f"string:{interface}",
            f"string:{name}",
            interface="org.freedesktop.DBus.Properties",
        )
        (value,) = parse_reply(reply)
        return value

    def names(self) -> list[str]:
        (names,) = self.call(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListNames"
        )
        return list(names)

    def close(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)


class Int32(int):
    """An integer that came as D-Bus ``int32``."""


class Int64(int):
    """An integer that came as D-Bus ``int64``."""


class ObjectPath(str):
    """A string that came as a D-Bus object path."""


_BASIC = {
    "string": str,
    "object path": ObjectPath,
    "int32": Int32,
    "int64": Int64,
    "uint32": int,
    "uint64": int,
    "int16": int,
    "uint16": int,
    "byte": int,
    "double": float,
}
_TOKEN = re.compile(
    r"\s*(?:(?P<open_array>array \[)|(?P<close_array>\])|(?P<open_entry>dict entry\()"
    r"|(?P<close_entry>\))|(?P<variant>variant)|(?P<boolean>boolean (?:true|false))"
    r'|(?P<basic>(?:string|object path) "[^\n]*"|(?:u?int(?:16|32|64)|byte|double) \S+))'
)


def parse_reply(text: str) -> list[Any]:
    """The values in ``dbus-send --print-reply`` output, integers and paths keeping their
    D-Bus type (Int32, Int64, ObjectPath); arrays of dict entries become dicts."""
    body = text.split("\n", 1)[1] if text.startswith("method return") else text
    tokens = []
    position = 0
    while body[position:].strip():
        match = _TOKEN.match(body, position)
        assert match is not None, f"cannot read {body[position : position + 60]!r}"
        position = match.end()
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
    values = []
    index = 0

    def value() -> Any:
        nonlocal index
        kind, raw = tokens[index]
        index += 1
        if kind == "variant":
            return value()
        if kind == "boolean":
            return raw.endswith("true")
        if kind == "basic":
            name, _, rest = raw.partition(" ")
            if name == "object":
                name, rest = "object path", raw[len("object path ") :]
            if rest.startswith('"'):
                return _BASIC[name](rest[1:-1])
            return _BASIC[name](float(rest) if name == "double" else int(rest))
        if kind == "open_array":
            items = []
            while tokens[index][0] != "close_array":
                items.append(value())
            index += 1
            if items and all(isinstance(i, tuple) and len(i) == 2 for i in items):
                return dict(items)
            return items
        if kind == "open_entry":
            key, item = value(), value()
            assert tokens[index][0] == "close_entry"
            index += 1
            return (key, item)
        raise AssertionError(f"unexpected {raw!r}")

    while index < len(tokens):
        values.append(value())
    return values


_WIRE_TYPE = re.compile(
    r'string "(?P<key>[^"\n]*)"\s+variant\s+(?P<type>object path|u?int(?:16|32|64)|byte|double'
    r"|boolean|string|variant|array \[\s+(?:dict entry\(\s+string|string|object path|\])|array)"
)
_SIGNATURES = {
    "string": "s",
    "object path": "o",
    "int16": "n",
    "uint16": "q",
    "int32": "i",
    "uint32": "u",
    "int64": "x",
    "uint64": "t",
    "byte": "y",
    "double": "d",
    "boolean": "b",
    "variant": "v",
}


def wire_types(text: str) -> dict[str, str]:
    """The D-Bus type of each ``a{sv}`` value in ``dbus-send``/``dbus-monitor`` output, by key:
    ``x``, ``s``, ``o``, ``as``, ``a{sv}``, or ``a`` for an empty array (whose element type
    the tools do not print). Keys of nested maps are included (the last one seen wins)."""
    found = {}
    for match in _WIRE_TYPE.finditer(text):
        kind = " ".join(match.group("type").split())
        if kind.startswith("array"):
            element = kind.removeprefix("array [").strip()
            element = {"dict entry( string": "{sv}", "string": "s", "object path": "o"}.get(
                element, ""
            )
            found[match.group("key")] = "a" + element
        else:
            found[match.group("key")] = _SIGNATURES[kind]
    return found


class BusMonitor:
    """``dbus-monitor`` on the private bus, for the signals exactly as they travel."""

    def __init__(self, qtbot: Any, rule: str) -> None:
        tool = shutil.which("dbus-monitor")
        if tool is None:
            pytest.skip("dbus-monitor is not installed")
        self.output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.process = subprocess.Popen(
            [tool, "--session", rule], stdout=self.output, stderr=subprocess.DEVNULL
        )
        qtbot.waitUntil(lambda: "member=NameLost" in self.read(), timeout=10000)  # watching

    def read(self) -> str:
        self.output.seek(0)
        return self.output.read()

    def signals(self) -> list[str]:
        """Each signal seen so far, as dbus-monitor prints it."""
        return re.split(r"^signal time=", self.read(), flags=re.MULTILINE)[1:]

    def close(self) -> None:
        self.process.kill()
        self.process.wait(10)
        self.output.close()


def run_tool(qtbot: Any, *command: str, timeout_s: float = 15.0) -> subprocess.CompletedProcess:
    """``dbus-send`` or ``playerctl``, with the window answering while it runs."""
    tool = shutil.which(command[0])
    if tool is None:
        pytest.skip(f"{command[0]} is not installed")
    process = subprocess.Popen(
        [tool, *command[1:]], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=int(timeout_s * 1000))
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def dbus_send(qtbot: Any, method: str, *args: str, interface: str = PLAYER) -> str:
    result = run_tool(
        qtbot,
        "dbus-send",
        "--session",
        "--print-reply",
        f"--dest={SERVICE}",
        OBJECT,
        f"{interface}.{method}",
        *args,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


class RemoteWindow:
    """The real main window (real history file, catalog and routine files; speech recorded),
    with its remote controls on the private bus."""

    def __init__(self, qtbot: Any, *, start: bool = True, single_instance: bool = False) -> None:
        self.qtbot = qtbot
        self.store = SessionStore.open(paths.database_path())
        catalog, _ = load_catalog(paths.catalog_path())
        self.speaker = SpeakingSpeaker()
        self.speech = QtSpeech(self.speaker)
        self.speaker.report = self.speech.report_spoken
        self.clock = FakeClock()
        self.settings = Settings()
        self.window = MainWindow(self.store, catalog, self.speech, self.settings, self.clock)
        self.remote = RemoteControl(self.window, single_instance=single_instance)
        self.window.show()
        qtbot.waitExposed(self.window)
        if start:
            assert self.remote.start()

    @property
    def player(self):  # type: ignore[no-untyped-def]
        return self.window.player

    def open_routine(self, text: str = ROUTINE) -> Path:
        folder = paths.user_routines_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "remote-test.yaml"
        path.write_text(text, encoding="utf-8")
        assert self.window.open_file(path)
        return path

    def advance(self, seconds: float) -> None:
        """Move the workout's clock and let the player look at it, in steps shorter than a
        suspend (a longer jump is taken for a computer that slept, and pauses)."""
        while seconds > 1e-9:
            step = min(seconds, 0.5)
            self.clock.advance(step)
            self.player.tick()
            seconds -= step

    def close(self) -> None:
        if self.window.player.active:
            self.window.player.stop_now()
        self.remote.close()
        self.window.close()
        self.store.close()


@pytest.fixture
def remote_window(qtbot, session_bus) -> Iterator[RemoteWindow]:
    opened = RemoteWindow(qtbot)
    yield opened
    opened.close()


@pytest.fixture
def client(qtbot, session_bus) -> Iterator[Client]:
    connection = Client(qtbot)
    yield connection
    connection.close()


def history_rows(database: Path | None = None) -> list[dict[str, Any]]:
    """The sessions in the history file, read with a connection of the test's own."""
    import sqlite3

    connection = sqlite3.connect(database or paths.database_path())
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute("SELECT * FROM sessions ORDER BY id")]
    finally:
        connection.close()
