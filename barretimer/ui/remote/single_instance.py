"""One running app: ``barretimer ROUTINE.yaml`` while the window is open hands the routine to
that window and brings it forward, instead of starting a second app that would fight over
the speech and the history.

A local socket (QLocalServer; the second start connects with the standard library alone, so
it costs no Qt import and no window), rather than a D-Bus method: it works without a session
bus, and it is keyed by the data folder (``paths.instance_socket_path``), so an app with a
separate ``--data-dir`` (a test, a portable install) is a separate app, as its history is.

The exchange is one line each way: ``{"open": "/abs/path.yaml"}`` (or ``{}`` to bring the
window forward), answered ``ok``.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from barretimer import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    from barretimer.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How long the second start waits for the open window's answer.
ANSWER_TIMEOUT_S = 5.0
MAX_REQUEST = 64 * 1024


def forward_to_running_app(routine_path: str | None, socket_path: Path | None = None) -> bool:
    """Hand ``routine_path`` to the app already open for this data folder; True when it took
    it (this start then has nothing more to do)."""
    where = socket_path or paths.instance_socket_path()
    try:
        owner = where.stat().st_uid
    except OSError:
        return False
    if hasattr(os, "getuid") and owner != os.getuid():  # in a shared temporary folder
        log.info("%s belongs to someone else: not used", where)
        return False
    import json
    import socket  # only when an app may be listening: not on every start

    request: dict[str, str] = {}
    if routine_path:
        request["open"] = str(Path(routine_path).expanduser().absolute())
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(ANSWER_TIMEOUT_S)
            client.connect(str(where))
            client.sendall(json.dumps(request).encode("utf-8") + b"\n")
            answer = b""
            while not answer.endswith(b"\n"):
                chunk = client.recv(64)
                if not chunk:
                    break
                answer += chunk
    except OSError as error:  # nobody listening (a file left by a crash), or no answer
        log.debug("no running app at %s: %s", where, error)
        return False
    return answer.strip() == b"ok"


def parse_request(data: bytes) -> tuple[bool, Path | None]:
    """(understood, the routine to open or None)."""
    import json

    try:
        request = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None
    if not isinstance(request, dict):
        return False, None
    target = request.get("open")
    if target is None:
        return True, None
    if not isinstance(target, str) or not target or "\0" in target:
        return False, None
    return True, Path(target)


class InstanceServer:
    """Listens for later starts and opens what they hand over in ``window``."""

    def __init__(self, window: MainWindow, socket_path: Path | None = None) -> None:
        self.window = window
        self.path = socket_path or paths.instance_socket_path()
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self.window)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(str(self.path)):
            # A file left by an app that died: nobody answers on it.
            if forward_probe(self.path):
                log.info("another barretimer listens on %s", self.path)
                server.deleteLater()
                return False
            QLocalServer.removeServer(str(self.path))
            if not server.listen(str(self.path)):
                log.info("cannot listen on %s: %s", self.path, server.errorString())
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        data = self._buffers.get(connection, b"") + bytes(connection.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST:
                connection.abort()
            else:
                self._buffers[connection] = data
            return
        self._buffers[connection] = b""
        understood, routine = parse_request(data.split(b"\n", 1)[0])
        # Answered first: opening may ask the user something (a workout is playing).
        connection.write(b"ok\n" if understood else b"?\n")
        connection.flush()
        connection.disconnectFromServer()
        if understood:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.window, lambda: self._open(routine))

    def _open(self, routine: Path | None) -> None:
        from barretimer.ui.remote.link import bring_forward

        bring_forward(self.window)
        if routine is not None:
            self.window.open_file(routine)


def forward_probe(path: Path) -> bool:
    """Someone accepts connections on ``path``."""
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        with contextlib.suppress(OSError):
            probe.connect(str(path))
            return True
    return False
