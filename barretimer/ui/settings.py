"""The user's settings (QSettings), read and written as one typed :class:`Preferences`; the
dialog that edits them is in ``settings_dialog``.

With a data folder given (``--data-dir`` or BARRETIMER_DATA_DIR) the settings live in an INI
file inside it (``paths.settings_file()``), so tests and portable installs keep everything in
one place; otherwise in the system's usual place for Qt settings.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from barretimer import paths
from barretimer.speech.api import DEFAULT_RATE
from barretimer.ui.style.palette import ThemeChoice

if TYPE_CHECKING:
    from barretimer.core.playback import PlaybackOptions

DEFAULT_WEEKLY_TARGET = 2


@dataclass(frozen=True)
class Preferences:
    """Every setting, with its default."""

    language: str = ""  # a language code; empty: the system's (applies at the next start)
    voice: str = ""  # a voice id; empty: the voice of the language
    rate: int = DEFAULT_RATE  # words a minute
    volume: int = 100  # percent
    beeps: bool = True
    ducking: str = "lower"  # other players' music under a cue: "off", "lower" or "pause"
    ducking_level: int = 30  # with "lower": percent of their volume
    countdown: int = -1  # seconds; -1: as the routine says
    lead_in: int = -1  # seconds; -1: as the routine says
    next_up: bool = True
    halfway: bool = True
    describe_new: bool = True  # say a new exercise's description in the rest before it
    reduced_motion: bool = False  # exercise figures stay still
    theme: str = ThemeChoice.SYSTEM.value
    weekly_target: int = DEFAULT_WEEKLY_TARGET  # completed sessions a week

    def playback_options(self) -> PlaybackOptions:
        from barretimer.core.playback import PlaybackOptions  # with the core: not at start-up

        return PlaybackOptions(
            countdown=None if self.countdown < 0 else self.countdown,
            lead_in=None if self.lead_in < 0 else float(self.lead_in),
            next_up=self.next_up,
            halfway=self.halfway,
            describe_new=self.describe_new,
            reduced_motion=self.reduced_motion,
        )


#: Where each setting is stored (the INI file's section/key; kept as the files already have it).
KEYS = {
    "language": "general/language",
    "voice": "speech/voice",
    "rate": "speech/rate",
    "volume": "speech/volume",
    "beeps": "sound/beeps",
    "ducking": "sound/ducking",
    "ducking_level": "sound/ducking_level",
    "countdown": "playback/countdown",
    "lead_in": "playback/lead_in",
    "next_up": "playback/next_up",
    "halfway": "playback/halfway",
    "describe_new": "playback/describe_new",
    "reduced_motion": "appearance/reduced_motion",
    "theme": "appearance/theme",
    "weekly_target": "history/weekly_target",
}
_GEOMETRY_KEY = "window/geometry"


def open_qsettings() -> QSettings:
    file = paths.settings_file()
    if file is not None:
        return QSettings(str(file), QSettings.Format.IniFormat)
    return QSettings(paths.APP_NAME, paths.APP_NAME)


def _typed(value: Any, default: Any) -> Any:
    """``value`` as read from QSettings (an INI file gives strings) in the type of ``default``;
    the default when it does not read as one."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    try:
        return type(default)(value)
    except (TypeError, ValueError):
        return default


class Settings(QObject):
    """The stored settings; ``changed()`` after :meth:`update` changes any."""

    changed = Signal()

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else open_qsettings()

    @property
    def current(self) -> Preferences:
        defaults = Preferences()
        values = {
            name: _typed(self._store.value(key, getattr(defaults, name)), getattr(defaults, name))
            for name, key in KEYS.items()
        }
        values["weekly_target"] = max(1, values["weekly_target"])
        return Preferences(**values)

    def save(self, preferences: Preferences) -> None:
        """Store every setting of ``preferences`` that differs from what is stored."""
        current = self.current
        changed = False
        for name, key in KEYS.items():
            value = getattr(preferences, name)
            if isinstance(value, enum.Enum):
                value = value.value  # a ThemeChoice is stored as its word
            if getattr(current, name) != value:
                self._store.setValue(key, value)
                changed = True
        self._store.sync()
        if changed:
            self.changed.emit()

    def update(self, **changes: Any) -> None:
        """Change the named settings (``update(halfway=False)``); KeyError for a name that is
        no setting."""
        unknown = set(changes) - set(KEYS)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        self.save(dataclasses.replace(self.current, **changes))

    def geometry(self) -> QByteArray | None:
        """Where the main window was last (saved by :meth:`save_geometry`)."""
        value = self._store.value(_GEOMETRY_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue(_GEOMETRY_KEY, geometry)
        self._store.sync()
