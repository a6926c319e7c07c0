"""Control from the mat: MPRIS for media keys, headset buttons, desktop media controls and
phones; other players' music lowered under the cues; desktop notifications when the window
is out of sight; and one running app for ``barretimer ROUTINE.yaml``.

All of it is optional: without a session bus, or with the name refused, the app goes on as
before (one line in the log). Everything starts after the window's first frame, so the
window does not wait for the bus; nothing here imports QtDBus or QtNetwork until then, and
:mod:`single_instance` is used before the window exists.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from barretimer.core.engine import Event
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.remote.ducking import CueDucking, DuckMode
    from barretimer.ui.remote.link import PlayerLink
    from barretimer.ui.remote.mpris import MprisService
    from barretimer.ui.remote.notify import Notifier
    from barretimer.ui.remote.single_instance import InstanceServer

log = logging.getLogger(__name__)


class RemoteControl(QObject):
    """Everything remote for one main window. Made right after the window (before a routine
    is opened in it); :meth:`close` before the window closes."""

    def __init__(self, window: MainWindow, *, single_instance: bool = True) -> None:
        from barretimer.ui.remote.link import PlayerLink
        from barretimer.ui.remote.single_instance import InstanceServer

        super().__init__(window)
        self.window = window
        self.link: PlayerLink = PlayerLink(window)
        self.instance: InstanceServer | None = None
        if single_instance:
            self.instance = InstanceServer(window)
        self.bus: QDBusConnection | None = None
        self.mpris: MprisService | None = None
        self.ducking: CueDucking | None = None
        self.notifier: Notifier | None = None
        self._started = False
        window.first_frame_shown.connect(self.start)

    @Slot()
    def start(self) -> bool:
        """After the first frame (QtNetwork and QtDBus cost a tenth of the window's start):
        listen for later starts, then join the session bus (once); False when there is none."""
        if self._started:
            return self.bus is not None
        self._started = True
        if self.instance is not None:
            self.instance.listen()
        try:
            from barretimer.ui.remote.bus import connect_session_bus
            from barretimer.ui.remote.ducking import CueDucking
            from barretimer.ui.remote.mpris import MprisService
            from barretimer.ui.remote.notify import Notifier

            bus = connect_session_bus()
        except ImportError as error:
            log.info("no remote control: %s", error)
            return False
        if bus is None:
            log.info("no remote control: there is no session bus")
            return False
        self.bus = bus
        self.mpris = MprisService(self.link, bus, self)
        self.mpris.register()
        self.ducking = CueDucking(bus, self.duck_setting, self._rate, parent=self)
        self.ducking.restore_journal()
        speech = self.window.speech
        speech.phrase_spoken.connect(self.ducking.phrase_started)
        speech.mutes_changed.connect(self._mutes_changed)
        self.link.event_happened.connect(self._on_event)
        self.link.workout_ended.connect(self.ducking.restore)
        self.notifier = Notifier(bus, self.link, self)
        return True

    def close(self) -> None:
        """Put the music back, leave the bus and stop listening for later starts."""
        if self.ducking is not None:
            self.ducking.restore()
        if self.mpris is not None:
            self.mpris.unregister()
        if self.instance is not None:
            self.instance.close()
        if self.bus is not None:
            from PySide6.QtDBus import QDBusConnection

            QDBusConnection.disconnectFromBus(self.bus.name())
            self.bus = None

    def duck_setting(self) -> tuple[DuckMode, int]:
        from barretimer.ui.remote.ducking import DuckMode

        current = self.window.settings.current
        return DuckMode.parse(current.ducking), current.ducking_level

    def _rate(self) -> int:
        return self.window.settings.current.rate

    @Slot()
    def _mutes_changed(self) -> None:
        if self.ducking is not None and self.window.speech.voice_muted:
            self.ducking.restore()

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        from barretimer.core.engine import EventKind

        if self.ducking is not None and event.kind in (
            EventKind.PAUSED,
            EventKind.SUSPENDED,
            EventKind.STOPPED,
        ):
            self.ducking.restore()
