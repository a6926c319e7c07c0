"""The user's settings (QSettings); the dialog that edits them is in ``settings_dialog``.

With a data folder given (``--data-dir`` or BARRETIMER_DATA_DIR) the settings live in an INI
file inside it (``paths.settings_file()``), so tests and portable installs keep everything in
one place; otherwise in the system's usual place for Qt settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QObject, QSettings, Signal

from barretimer import paths
from barretimer.speech.api import DEFAULT_RATE
from barretimer.ui.style.palette import ThemeChoice

if TYPE_CHECKING:
    from barretimer.core.playback import PlaybackOptions

DEFAULT_WEEKLY_TARGET = 2


def open_qsettings() -> QSettings:
    file = paths.settings_file()
    if file is not None:
        return QSettings(str(file), QSettings.Format.IniFormat)
    return QSettings(paths.APP_NAME, paths.APP_NAME)


class Settings(QObject):
    """Typed access to the stored settings; ``changed()`` after :meth:`save_from` changes any."""

    changed = Signal()

    # key: (default, type)
    FIELDS: ClassVar[dict[str, tuple[Any, type]]] = {
        "general/language": ("", str),  # "": the system's; applies at the next start
        "speech/voice": ("", str),  # "": the voice of the language
        "speech/rate": (DEFAULT_RATE, int),
        "speech/volume": (100, int),
        "sound/beeps": (True, bool),
        "playback/countdown": (-1, int),  # -1: as the routine says
        "playback/lead_in": (-1, int),
        "playback/next_up": (True, bool),
        "playback/halfway": (True, bool),
        "appearance/theme": (ThemeChoice.SYSTEM.value, str),
        "history/weekly_target": (DEFAULT_WEEKLY_TARGET, int),
    }

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else open_qsettings()

    def get(self, key: str) -> Any:
        default, kind = self.FIELDS[key]
        value = self.store.value(key, default)
        try:
            if kind is bool:
                return (
                    value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
                )
            return kind(value)
        except (TypeError, ValueError):
            return default

    def set_many(self, values: dict[str, Any]) -> None:
        changed = False
        for key, value in values.items():
            if key not in self.FIELDS:
                raise KeyError(key)
            if self.get(key) != value:
                self.store.setValue(key, value)
                changed = True
        self.store.sync()
        if changed:
            self.changed.emit()

    def playback_options(self) -> PlaybackOptions:
        from barretimer.core.playback import PlaybackOptions  # with the core: not at start-up

        countdown = self.get("playback/countdown")
        lead_in = self.get("playback/lead_in")
        return PlaybackOptions(
            countdown=None if countdown < 0 else countdown,
            lead_in=None if lead_in < 0 else float(lead_in),
            next_up=self.get("playback/next_up"),
            halfway=self.get("playback/halfway"),
        )

    @property
    def weekly_target(self) -> int:
        return max(1, int(self.get("history/weekly_target")))

    @property
    def theme(self) -> str:
        return str(self.get("appearance/theme"))
