"""A fake MPRIS media player for the ducking tests (a fake: no real music player runs here).

    python -m tests.helpers.fake_player NAME STATUS VOLUME

Owns ``org.mpris.MediaPlayer2.NAME`` on the session bus with the given PlaybackStatus and
Volume, and prints one line per change made to it (``volume 0.24``, ``pause``, ``play``),
after ``ready``. Volume can be set over D-Bus, as a real player's can.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2.Player"})
class Player(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, status: str, volume: float) -> None:
        super().__init__(parent)
        self._status = status
        self._volume = volume

    def _get_status(self) -> str:
        return self._status

    def _get_volume(self) -> float:
        return self._volume

    def _set_volume(self, value: float) -> None:
        self._volume = value
        print(f"volume {value!r}", flush=True)

    PlaybackStatus = Property(str, _get_status)
    Volume = Property(float, _get_volume, _set_volume)

    @Slot()
    def Pause(self) -> None:
        if self._status == "Playing":
            self._status = "Paused"
        print("pause", flush=True)

    @Slot()
    def Play(self) -> None:
        self._status = "Playing"
        print("play", flush=True)


def main() -> int:
    name, status, volume = sys.argv[1], sys.argv[2], float(sys.argv[3])
    app = QCoreApplication([])
    root = QObject()
    Player(root, status, volume)
    bus = QDBusConnection.sessionBus()
    ok = bus.registerObject("/org/mpris/MediaPlayer2", root) and bus.registerService(
        f"org.mpris.MediaPlayer2.{name}"
    )
    print("ready" if ok else "failed", flush=True)
    return app.exec() if ok else 1


if __name__ == "__main__":
    sys.exit(main())
