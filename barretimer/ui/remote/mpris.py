"""MPRIS on the session bus: media keys, headset buttons, desktop media controls, playerctl
and phone remotes (KDE Connect) drive the player.

Each interval is a "track": its title is the exercise and side, its album the routine, its
length the interval's. Play, Pause and PlayPause start, pause and resume the workout; Next
skips (for a max hold: "done"); Previous goes back; Stop stops as the window's Stop does.

PropertiesChanged is sent by hand (QtDBus does not) for every change, except Position: as
the specification says, clients follow the position from PlaybackStatus and Rate, and a jump
(Previous restarting an interval) is told with Seeked.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from barretimer.core.engine import Event, EventKind, State
from barretimer.ui.remote import art
from barretimer.ui.remote.dbus_values import int64

if TYPE_CHECKING:
    from barretimer.ui.remote.link import PlayerLink

log = logging.getLogger(__name__)

SERVICE = "org.mpris.MediaPlayer2.barretimer"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
TRACK_PATH = "/org/barretimer/Interval/{index}"
READY_TRACK = "/org/barretimer/Start"
#: How often the state is looked at between the player's own signals (a routine opened on
#: the start panel changes the album without a workout event).
POLL_MS = 1000

PLAYING, PAUSED, STOPPED = "Playing", "Paused", "Stopped"


@dataclass(frozen=True)
class Snapshot:
    """What MPRIS clients see at one moment (Position apart: it moves all the time)."""

    status: str = STOPPED
    title: str = ""
    album: str = ""
    track: str = NO_TRACK
    length_us: int = 0
    art_url: str = ""
    can_play: bool = False
    can_pause: bool = False
    can_go_next: bool = False
    can_go_previous: bool = False

    def metadata(self) -> dict[str, Any]:
        """Each value of the specification's type: ``o`` for the track, ``x`` for the length
        (PySide alone would send a short one as int32), ``s`` for the words and the picture."""
        data: dict[str, Any] = {"mpris:trackid": QDBusObjectPath(self.track)}
        if self.track == NO_TRACK:
            return data
        if self.length_us:
            data["mpris:length"] = int64(self.length_us)
        data["xesam:title"] = self.title
        data["xesam:album"] = self.album
        if self.art_url:
            data["mpris:artUrl"] = self.art_url
        return data

    def _track_key(self) -> tuple[object, ...]:
        return (self.track, self.title, self.album, self.length_us, self.art_url)

    def changes_since(self, before: Snapshot) -> dict[str, Any]:
        """The Player properties that differ from ``before``, as PropertiesChanged says them."""
        changed: dict[str, Any] = {}
        if self.status != before.status:
            changed["PlaybackStatus"] = self.status
        if self._track_key() != before._track_key():
            changed["Metadata"] = self.metadata()
        for name, mine, theirs in (
            ("CanPlay", self.can_play, before.can_play),
            ("CanPause", self.can_pause, before.can_pause),
            ("CanGoNext", self.can_go_next, before.can_go_next),
            ("CanGoPrevious", self.can_go_previous, before.can_go_previous),
        ):
            if mine != theirs:
                changed[name] = mine
        return changed


def title_of(name: str, side_text: str) -> str:
    """``Wall sit — left``: the exercise, and the side when it has one."""
    return f"{name} — {side_text}" if side_text else name


def take_snapshot(link: PlayerLink) -> Snapshot:
    from barretimer.ui.labels import side_label

    state = link.state
    current = link.current
    active = state in (State.RUNNING, State.PAUSED)
    ready = link.ready_to_start()
    status = PLAYING if state is State.RUNNING else PAUSED if state is State.PAUSED else STOPPED
    if ready:  # the start panel: the routine, before its first interval
        name = link.routine_name
        return Snapshot(status=status, title=name, album=name, track=READY_TRACK, can_play=True)
    # READY: the workout is being set up to start this moment (not a stop in between).
    if current is None or not (active or state is State.READY):
        return Snapshot(status=status)
    engine = link.engine
    length_s = engine.interval_length_s() if engine is not None else current.duration_s
    side = side_label(current.side).lower()
    return Snapshot(
        status=status,
        title=title_of(current.name, side),
        album=link.routine_name,
        track=TRACK_PATH.format(index=current.index),
        length_us=round(length_s * 1_000_000),
        art_url=picture_url(art.picture_for(current)),
        can_play=active,  # a current track: playerctl's play-pause asks for it while playing
        can_pause=state is State.RUNNING,
        can_go_next=active,
        can_go_previous=active,
    )


def position_us(link: PlayerLink) -> int:
    engine = link.engine
    if engine is None or engine.state not in (State.RUNNING, State.PAUSED):
        return 0
    return round(engine.interval_elapsed_s() * 1_000_000)


# The ignores below: PySide 6.11's stubs take only Python types where the binding takes Qt
# type names ("qlonglong", "QVariantMap"), and know ClassInfo neither with a dict nor as a
# class decorator; both work, and the tests call them over the bus.
@ClassInfo({"D-Bus Interface": ROOT_INTERFACE})  # type: ignore[call-arg]
class RootAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    """org.mpris.MediaPlayer2: who we are; Raise brings the window forward."""

    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _identity(self) -> str:
        return "barretimer"

    def _no_strings(self) -> list[str]:
        return []

    CanRaise = Property(bool, _true)
    CanQuit = Property(bool, _false)  # a workout is never ended by a remote by accident
    HasTrackList = Property(bool, _false)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _identity)
    SupportedUriSchemes = Property("QStringList", _no_strings)  # type: ignore[arg-type]
    SupportedMimeTypes = Property("QStringList", _no_strings)  # type: ignore[arg-type]

    @Slot()
    def Raise(self) -> None:
        self._service.link.bring_forward()

    @Slot()
    def Quit(self) -> None:
        pass


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})  # type: ignore[call-arg]
class PlayerAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    """org.mpris.MediaPlayer2.Player: the controls and what is playing."""

    Seeked = Signal("qlonglong")  # type: ignore[arg-type]

    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service
        self.setAutoRelaySignals(False)

    def _now(self) -> Snapshot:
        return self._service.snapshot()

    def _status(self) -> str:
        return self._now().status

    def _metadata(self) -> dict[str, Any]:
        return self._now().metadata()

    def _position(self) -> int:
        return position_us(self._service.link)

    def _rate(self) -> float:
        return 1.0

    def _volume(self) -> float:
        return 1.0

    def _set_volume(self, _value: float) -> None:
        pass  # the voice's volume is a setting of its own

    def _can_play(self) -> bool:
        return self._now().can_play

    def _can_pause(self) -> bool:
        return self._now().can_pause

    def _can_go_next(self) -> bool:
        return self._now().can_go_next

    def _can_go_previous(self) -> bool:
        return self._now().can_go_previous

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)  # type: ignore[arg-type]
    Position = Property("qlonglong", _position)  # type: ignore[arg-type]
    Rate = Property(float, _rate)
    MinimumRate = Property(float, _rate)
    MaximumRate = Property(float, _rate)
    Volume = Property(float, _volume, _set_volume)
    CanPlay = Property(bool, _can_play)
    CanPause = Property(bool, _can_pause)
    CanGoNext = Property(bool, _can_go_next)
    CanGoPrevious = Property(bool, _can_go_previous)
    CanSeek = Property(bool, _false)
    CanControl = Property(bool, _true)

    @Slot()
    def Play(self) -> None:
        self._service.link.play()

    @Slot()
    def Pause(self) -> None:
        self._service.link.pause()

    @Slot()
    def PlayPause(self) -> None:
        self._service.link.play_pause()

    @Slot()
    def Next(self) -> None:
        self._service.link.next()

    @Slot()
    def Previous(self) -> None:
        self._service.link.previous()

    @Slot()
    def Stop(self) -> None:
        self._service.link.stop()

    @Slot("qlonglong")
    def Seek(self, _offset_us: int) -> None:
        pass  # CanSeek is false: intervals are timed by the routine

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, _track: QDBusObjectPath, _position_us: int) -> None:
        pass

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        pass


class MprisService(QObject):
    """The object at /org/mpris/MediaPlayer2 with both interfaces, under our bus name."""

    def __init__(self, link: PlayerLink, bus: QDBusConnection, parent: QObject | None = None):
        super().__init__(parent)
        self.link = link
        self.bus = bus
        self.name = ""
        self.root = RootAdaptor(self)
        self.player = PlayerAdaptor(self)
        self._last = Snapshot()
        self._going_back = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)

    def register(self) -> bool:
        """Take the bus name (with an instance suffix when another barretimer has it)."""
        if not self.bus.registerObject(OBJECT_PATH, self):
            log.info("MPRIS is off: the object path is taken on the session bus")
            return False
        for name in (SERVICE, f"{SERVICE}.instance{os.getpid()}"):
            if self.bus.registerService(name):
                self.name = name
                break
        else:
            self.bus.unregisterObject(OBJECT_PATH)
            log.info("MPRIS is off: the session bus refused the name %s", SERVICE)
            return False
        self._last = take_snapshot(self.link)
        self.link.changed.connect(self.refresh)
        self.link.event_happened.connect(self._on_event)
        self._poll.start()
        return True

    def unregister(self) -> None:
        self._poll.stop()
        if self.name:
            self.bus.unregisterService(self.name)
            self.bus.unregisterObject(OBJECT_PATH)
            self.name = ""

    def snapshot(self) -> Snapshot:
        return take_snapshot(self.link)

    @Slot()
    def refresh(self) -> None:
        """Tell the clients what changed since they were last told."""
        if not self.name:
            return
        now = take_snapshot(self.link)
        changed = now.changes_since(self._last)
        self._last = now
        if not changed:
            return
        message = QDBusMessage.createSignal(
            OBJECT_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
        )
        message.setArguments([PLAYER_INTERFACE, changed, _no_names()])
        self.bus.send(message)

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        # Back is told before the engine enters the interval again: the jump is told when
        # the interval (re)starts, after the new track if back went to the step before.
        if event.kind is EventKind.WENT_BACK:
            self._going_back = True
        elif event.kind is EventKind.INTERVAL_STARTED and self._going_back:
            self._going_back = False
            self.refresh()
            self.player.Seeked.emit(position_us(self.link))


def picture_url(path: Path | None) -> str:
    return QUrl.fromLocalFile(str(path)).toString() if path is not None else ""


def _no_names() -> QDBusArgument:
    """An empty list of strings typed ``as`` (an empty Python list would go as ``av``, and
    clients check PropertiesChanged's signature)."""
    names = QDBusArgument()
    names.beginArray(QMetaType(QMetaType.Type.QString))
    names.endArray()
    return names
