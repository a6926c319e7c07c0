"""Desktop notifications when the window is out of sight: the workout is over, or a max hold
waits for "done".

Sent with org.freedesktop.Notifications.Notify. Its second argument is a uint32, which a
plain PySide call cannot give (a Python int goes as int32, and notification servers refuse
the call); the call is made through a QDBusInterface, which types each argument from the
server's own introspection.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, QUrl, Slot
from PySide6.QtDBus import QDBusInterface

from barretimer.core.durations import format_clock
from barretimer.core.engine import Event, EventKind
from barretimer.ui.remote import art

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtDBus import QDBusConnection

    from barretimer.ui.remote.link import PlayerLink

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 500
#: How long the desktop shows a notification (-1: as the desktop likes).
SHOW_MS = -1


class Notifier(QObject):
    """Tells the user through the desktop when the window cannot: ``link`` says what happens
    and whether the window is in sight."""

    def __init__(
        self, connection: QDBusConnection, link: PlayerLink, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = connection
        self.link = link
        self._interface: QDBusInterface | None = None
        self._last_id = 0
        link.workout_ended.connect(self._workout_ended)
        link.event_happened.connect(self._on_event)

    @Slot(str)
    def _workout_ended(self, status: str) -> None:
        engine = self.link.engine
        if status != "completed" or engine is None or not self.link.out_of_sight():
            return
        self.notify(
            self.tr("Workout done"),
            self.tr("{routine}: {done}. Well done!").format(
                routine=self.link.routine_name, done=format_clock(engine.elapsed_s())
            ),
            art.picture_for(None),
        )

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        interval = event.interval
        if (
            event.kind is EventKind.INTERVAL_STARTED
            and interval is not None
            and interval.is_work
            and interval.open_ended
            and self.link.out_of_sight()
        ):
            self.notify(
                self.tr("{name}: as long as you can").format(name=interval.name),
                self.tr('Say "done" with Next on your remote, or Enter in the window.'),
                art.picture_for(interval),
            )

    def notify(self, summary: str, body: str, picture: Path | None) -> int:
        """Show a notification (replacing the one before); its id, 0 when none was shown."""
        interface = self._notifications()
        if interface is None:
            return 0
        hints: dict[str, object] = {"desktop-entry": "barretimer"}
        icon = ""
        if picture is not None:
            hints["image-path"] = QUrl.fromLocalFile(str(picture)).toString()
            icon = hints["image-path"]  # type: ignore[assignment]
        try:
            answer = QMetaObject.invokeMethod(
                interface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, "barretimer"),
                Q_ARG("uint", self._last_id),
                Q_ARG(str, icon),
                Q_ARG(str, summary),
                Q_ARG(str, body),
                Q_ARG("QStringList", []),
                Q_ARG("QVariantMap", hints),
                Q_ARG(int, SHOW_MS),
            )
        except Exception as error:  # a notification is a courtesy, never a failure
            log.info("the notification could not be sent: %s", error)
            self._interface = None
            return 0
        if not isinstance(answer, int) or answer == 0:
            self._interface = None  # the server may have gone: ask again next time
            return 0
        self._last_id = answer
        return answer

    def _notifications(self) -> QDBusInterface | None:
        if self._interface is None:
            interface = QDBusInterface(SERVICE, PATH, SERVICE, self.bus, self)
            if not interface.isValid():
                interface.deleteLater()
                return None
            interface.setTimeout(TIMEOUT_MS)
            self._interface = interface
        return self._interface
