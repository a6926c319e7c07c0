"""The session bus for the remote controls: one connection, and short calls that never hang.

Every call has a short timeout: a media player that does not answer must not hold up the
window for more than a moment. Nothing here raises; a failed call is None.
"""

from __future__ import annotations

import itertools
import logging
import os
from typing import Any

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

log = logging.getLogger(__name__)

PROPERTIES = "org.freedesktop.DBus.Properties"
TIMEOUT_MS = 400

_names = itertools.count(1)


def connect_session_bus() -> QDBusConnection | None:
    """A connection of its own to the session bus, or None when there is none.

    By the address the session gives now when there is one (libdbus reads its environment
    once per process, and tests start a bus of their own); else libdbus finds it its own way.
    """
    name = f"barretimer-remote-{os.getpid()}-{next(_names)}"
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        bus = QDBusConnection.connectToBus(address, name)
    else:
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
    if bus.isConnected():
        return bus
    QDBusConnection.disconnectFromBus(name)
    return None


def call(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    method: str,
    *args: object,
    timeout_ms: int = TIMEOUT_MS,
) -> list[Any] | None:
    """The reply's values, or None when the call failed or timed out."""
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.debug("%s.%s on %s: %s", interface, method, service, reply.errorMessage())
        return None
    return list(reply.arguments())


def get_property(
    bus: QDBusConnection, service: str, path: str, interface: str, name: str
) -> Any | None:
    answer = call(bus, service, path, PROPERTIES, "Get", interface, name)
    if not answer:
        return None
    value = answer[0]
    return value.variant() if isinstance(value, QDBusVariant) else value


def set_property(
    bus: QDBusConnection, service: str, path: str, interface: str, name: str, value: object
) -> bool:
    return (
        call(bus, service, path, PROPERTIES, "Set", interface, name, QDBusVariant(value))
        is not None
    )


def service_names(bus: QDBusConnection) -> list[str]:
    """The well-known names on the bus (an empty list when the bus will not say)."""
    interface = bus.interface()
    if interface is None:
        return []
    reply = interface.registeredServiceNames()
    return [str(name) for name in reply.value()] if reply.isValid() else []


def name_owner(bus: QDBusConnection, name: str) -> str:
    interface = bus.interface()
    if interface is None:
        return ""
    reply = interface.serviceOwner(name)
    return str(reply.value()) if reply.isValid() else ""
