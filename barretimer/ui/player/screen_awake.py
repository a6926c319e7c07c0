"""Keep the screen awake during a workout (org.freedesktop.ScreenSaver over D-Bus).

Silently does nothing when there is no session bus (CI, a bare X server) or no screensaver
service: a screen that dims is an annoyance, never a reason to fail.

Each inhibition is made over its own private bus connection, and released by UnInhibit and
by closing that connection: screen savers drop the inhibitions of a client that leaves the
bus, so the release holds even where the cookie's exact D-Bus type (uint32, which PySide
cannot always express) is refused.
"""

from __future__ import annotations

import itertools
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
TIMEOUT_MS = 500

_names = itertools.count(1)


class ScreenAwake:
    def __init__(self, app_name: str = "barretimer") -> None:
        self._app_name = app_name
        self._cookie: int | None = None
        self._connection_name: str | None = None

    @property
    def inhibited(self) -> bool:
        return self._cookie is not None

    def inhibit(self, reason: str) -> bool:
        """Ask the screen saver to stay off; True when it agreed."""
        if self._cookie is not None:
            return True
        try:
            return self._inhibit(reason)
        except Exception:  # never fail a workout over the screen saver
            log.info("screen saver inhibit failed", exc_info=True)
            self._disconnect()
            return False

    def _inhibit(self, reason: str) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        name = f"barretimer-awake-{next(_names)}"
        # By the address the session gives now when there is one (libdbus reads its
        # environment once per process); else libdbus finds the session bus its own way.
        address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if address:
            bus = QDBusConnection.connectToBus(address, name)
        else:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        self._connection_name = name
        if not bus.isConnected():
            self._disconnect()
            return False
        answer = _call(bus, "Inhibit", self._app_name, reason)
        if not answer:
            self._disconnect()
            return False
        self._cookie = int(answer[0])
        return True

    def release(self) -> None:
        if self._cookie is None:
            self._disconnect()
            return
        cookie, self._cookie = self._cookie, None
        try:
            from PySide6.QtDBus import QDBusConnection

            if self._connection_name is not None:
                bus = QDBusConnection(self._connection_name)
                if bus.isConnected():
                    _call(bus, "UnInhibit", cookie)
        except Exception:
            log.info("screen saver uninhibit failed", exc_info=True)
        self._disconnect()

    def _disconnect(self) -> None:
        if self._connection_name is None:
            return
        name, self._connection_name = self._connection_name, None
        try:
            from PySide6.QtDBus import QDBusConnection

            QDBusConnection.disconnectFromBus(name)
        except Exception:
            log.info("closing the screen saver connection failed", exc_info=True)


def _call(bus: Any, method: str, *args: object) -> list[Any] | None:
    from PySide6.QtDBus import QDBus, QDBusMessage

    message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, method)
    message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.info("screen saver %s: %s", method, reply.errorMessage())
        return None
    return list(reply.arguments())
