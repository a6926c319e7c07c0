"""Your music under the cues: while a cue is spoken, the other MPRIS players that are playing
are lowered (or paused), and put back exactly as they were right after.

Rules: a player that is not playing is never touched; a volume the user changed while it was
lowered is left as the user set it; a player paused here is played again only if it is still
paused. Before anything is changed, what will be changed is written to a small journal file
in the data folder; it is removed once everything is put back. If barretimer dies mid-cue,
the next start reads the journal and puts the players back.

A cue's end is not reported by the speech helper, only its start: the players are put back
after the phrase's estimated length and a short tail, sooner when the workout pauses or
stops or the voice is muted.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot

from barretimer import paths
from barretimer.ui.remote import bus as dbus

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

MPRIS_PREFIX = "org.mpris.MediaPlayer2."
OWN_PREFIX = "org.mpris.MediaPlayer2.barretimer"
PLAYER_PATH = "/org/mpris/MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
#: Kept lowered this long after a phrase's estimated end.
TAIL_S = 0.6
#: A volume read back within this of what was set is still ours to put back.
SAME_VOLUME = 0.01
DEFAULT_LEVEL = 30


class DuckMode(str, enum.Enum):
    OFF = "off"
    LOWER = "lower"
    PAUSE = "pause"

    @classmethod
    def parse(cls, value: object) -> DuckMode:
        try:
            return cls(str(value))
        except ValueError:
            return cls.LOWER


@dataclass(frozen=True)
class Ducked:
    """One player changed for a cue: its volume before and the volume set, or paused."""

    name: str
    volume: float | None = None
    set_to: float | None = None
    paused: bool = False


class Journal:
    """The players changed and not yet put back, in a small JSON file (written atomically)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.ducking_journal_path()

    def write(self, players: list[Ducked]) -> None:
        paths.ensure_private_dir(self.path.parent)
        temporary = self.path.with_name(self.path.name + ".tmp")
        data = {"version": 1, "players": [asdict(p) for p in players]}
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump(data, file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)

    def read(self) -> list[Ducked]:
        """What the journal holds; nothing when there is none or it cannot be read."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            players = []
            for item in data["players"]:
                volume, set_to = item.get("volume"), item.get("set_to")
                players.append(
                    Ducked(
                        name=str(item["name"]),
                        volume=float(volume) if volume is not None else None,
                        set_to=float(set_to) if set_to is not None else None,
                        paused=bool(item.get("paused", False)),
                    )
                )
            return players
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.info("the ducking journal %s cannot be read: %s", self.path, error)
            return []

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class CueDucking(QObject):
    """Lowers or pauses the other players while a cue is spoken. ``setting()`` gives the mode
    and the level in percent; ``rate()`` the voice's words per minute."""

    def __init__(
        self,
        connection: QDBusConnection,
        setting: Callable[[], tuple[DuckMode, int]],
        rate: Callable[[], int],
        journal: Journal | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = connection
        self._setting = setting
        self._rate = rate
        self.journal = journal if journal is not None else Journal()
        self.ducked: list[Ducked] = []
        self._until = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._hold_over)

    @property
    def active(self) -> bool:
        return bool(self.ducked)

    # --- a cue ---------------------------------------------------------------------------------

    @Slot(str)
    def phrase_started(self, text: str) -> None:
        """A phrase began: lower the players (unless they are already) until it is over."""
        from barretimer.speech.phrases import estimate_duration_s

        mode, level = self._setting()
        if mode is DuckMode.OFF:
            return
        if not self.ducked:
            self._duck(mode, level)
            if not self.ducked:
                return
        end = time.monotonic() + estimate_duration_s(text, self._rate()) + TAIL_S
        self._until = max(self._until, end)
        self._timer.start(max(1, round((self._until - time.monotonic()) * 1000)))

    @Slot()
    def _hold_over(self) -> None:
        wait = self._until - time.monotonic()
        if wait > 0.005:
            self._timer.start(max(1, round(wait * 1000)))
        else:
            self.restore()

    def _duck(self, mode: DuckMode, level: int) -> None:
        playing = self.playing_players()
        if not playing:
            return
        plan: list[Ducked] = []
        for name in playing:
            if mode is DuckMode.PAUSE:
                plan.append(Ducked(name, paused=True))
                continue
            volume = self._volume(name)
            if volume is None:
                continue
            plan.append(Ducked(name, volume=volume, set_to=volume * max(0, min(level, 100)) / 100))
        if not plan:
            return
        try:
            self.journal.write(self.ducked + plan)  # first the journal, then the change
        except OSError as error:
            log.info("no ducking: the journal cannot be written (%s)", error)
            return
        for player in plan:
            if player.paused:
                done = dbus.call(self.bus, player.name, PLAYER_PATH, PLAYER_INTERFACE, "Pause")
                changed = done is not None
            else:
                changed = dbus.set_property(
                    self.bus, player.name, PLAYER_PATH, PLAYER_INTERFACE, "Volume", player.set_to
                )
            if changed:
                self.ducked.append(player)
        if not self.ducked:
            self.journal.clear()

    # --- putting back -------------------------------------------------------------------------

    @Slot()
    def restore(self) -> None:
        """Put every player changed here back as it was (if it was not changed since)."""
        self._timer.stop()
        self._until = 0.0
        players, self.ducked = self.ducked, []
        if players:
            self._put_back(players)
            self.journal.clear()

    def restore_journal(self) -> int:
        """After a crash mid-cue: put back what the journal says; how many players."""
        players = self.journal.read()
        if not players and not self.journal.path.exists():
            return 0
        put_back = self._put_back(players)
        self.journal.clear()
        if players:
            log.info("put back %d of %d players lowered before a crash", put_back, len(players))
        return put_back

    def _put_back(self, players: list[Ducked]) -> int:
        done = 0
        for player in players:
            if player.paused:
                status = dbus.get_property(
                    self.bus, player.name, PLAYER_PATH, PLAYER_INTERFACE, "PlaybackStatus"
                )
                if status == "Paused" and (
                    dbus.call(self.bus, player.name, PLAYER_PATH, PLAYER_INTERFACE, "Play")
                    is not None
                ):
                    done += 1
            elif player.volume is not None and player.set_to is not None:
                now = self._volume(player.name)
                if (
                    now is not None
                    and abs(now - player.set_to) <= SAME_VOLUME
                    and dbus.set_property(
                        self.bus,
                        player.name,
                        PLAYER_PATH,
                        PLAYER_INTERFACE,
                        "Volume",
                        player.volume,
                    )
                ):
                    done += 1
        return done

    # --- the players --------------------------------------------------------------------------

    def playing_players(self) -> list[str]:
        """The other MPRIS players that are playing now, one name per player."""
        owners: set[str] = set()
        playing = []
        for name in sorted(dbus.service_names(self.bus)):
            if not name.startswith(MPRIS_PREFIX) or name.startswith(OWN_PREFIX):
                continue
            owner = dbus.name_owner(self.bus, name)
            if owner in owners or owner == self.bus.baseService():
                continue
            status = dbus.get_property(
                self.bus, name, PLAYER_PATH, PLAYER_INTERFACE, "PlaybackStatus"
            )
            if status == "Playing":
                owners.add(owner)
                playing.append(name)
        return playing

    def _volume(self, name: str) -> float | None:
        value = dbus.get_property(self.bus, name, PLAYER_PATH, PLAYER_INTERFACE, "Volume")
        return float(value) if isinstance(value, (int, float)) else None
