"""What the main window does with the settings and the desktop: the Settings dialog, the voice
and playback options as they change, the colour scheme, and what speech reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from barretimer import paths
from barretimer.ui.style.palette import apply_palette

if TYPE_CHECKING:
    from barretimer.ui.main_window import MainWindow


class WindowPreferences(QObject):
    """Applies ``window.settings`` to the speech and the pages, now and whenever they change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def listen(self) -> None:
        """Speech trouble and status, settings and the desktop's colour scheme, as they change."""
        speech, settings = self._window.speech, self._window.settings
        speech.unavailable.connect(self._speech_unavailable)
        for reason in list(speech.unavailable_reasons):  # reported before this window listened
            self._speech_unavailable(reason)
        speech.status_reported.connect(self._speech_status)
        settings.changed.connect(self.apply_settings)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self.system_scheme_changed)

    @Slot()
    def open_settings(self) -> None:
        from PySide6.QtCore import Qt

        from barretimer.ui.settings_dialog import SettingsDialog

        window = self._window
        dialog = SettingsDialog(window.settings, window.speech.voices(), paths.data_dir(), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def apply_settings(self) -> None:
        self.apply(palette=True)

    def apply(self, *, palette: bool) -> None:
        """The settings to the speech and the pages built so far; the palette too if asked
        (at start it waits for the first frame)."""
        window = self._window
        current = window.settings.current
        app = QApplication.instance()
        if palette and isinstance(app, QApplication):
            apply_palette(app, current.theme)
        from barretimer.ui.language import current_voice

        speech = window.speech
        speech.set_voice(current.voice or current_voice())
        speech.set_rate(current.rate)
        speech.set_volume(current.volume / 100.0)
        speech.set_beeps_muted(not current.beeps)
        if window.built_player is not None:  # a player built later reads the settings then
            window.built_player.set_options(current.playback_options())
        if window.history is not None:
            window.history.set_weekly_target(current.weekly_target)

    @Slot()
    def system_scheme_changed(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, self._window.settings.current.theme)

    @Slot(str)
    def _speech_unavailable(self, reason: str) -> None:
        """One notice for the whole run in plain words; the program's own words on demand."""
        if reason.startswith("playback"):
            text = self.tr("No sound device was found, so cues are shown on screen only.")
        elif not self._window.speech.beeps_work:
            text = self.tr("Sound could not start, so cues are shown on screen only.")
        else:
            text = self.tr("Speech is not available, so cues are beeps and words on screen.")
        self._window.banner.add(text, key="speech-unavailable", details=reason)

    @Slot(str)
    def _speech_status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)
