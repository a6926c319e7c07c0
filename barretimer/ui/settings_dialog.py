"""The settings dialog: speech, sound, playback, look and weekly target, and the data folder.

Apart from :mod:`barretimer.ui.settings` so that the window's start-up does not pay for the
dialog's widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from barretimer import paths
from barretimer.core.languages import LANGUAGES
from barretimer.speech.api import Voice
from barretimer.ui.settings import Preferences, Settings
from barretimer.ui.style.palette import ThemeChoice


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, voices: list[Voice], data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Settings"))
        current = settings.current
        self._build_speech(current, voices)
        ducking_row = self._build_ducking(current)
        self._build_playback(current)
        self._build_look(current)
        folder_row = self._build_folder(data_dir)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._lay_out(ducking_row, folder_row))
        layout.addWidget(buttons)

    def _build_speech(self, current: Preferences, voices: list[Voice]) -> None:
        """The language, the voice and how it sounds, and the beeps."""
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The system's language"), "")
        for code, language in LANGUAGES.items():
            self.language.addItem(language.name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language_note = QLabel(self.tr("A new language applies when barretimer restarts."))
        self.language_note.setWordWrap(True)
        self.voice = QComboBox(self)
        self.voice.addItem(self.tr("Default voice"), "")
        for voice in sorted(voices, key=lambda v: v.name.casefold()):
            self.voice.addItem(voice.name, voice.id)
        if current.voice and self.voice.findData(current.voice) < 0:
            self.voice.addItem(current.voice, current.voice)  # chosen before, not listed yet
        self.voice.setCurrentIndex(max(0, self.voice.findData(current.voice)))
        self.rate = _spin(self, 80, 400, current.rate, self.tr(" words a minute"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(current.volume)
        self.beeps = QCheckBox(self.tr("Beep at the start of each step and in the countdown"), self)
        self.beeps.setChecked(current.beeps)

    def _build_ducking(self, current: Preferences) -> QHBoxLayout:
        """What other players' music does while a cue is spoken."""
        self.ducking = QComboBox(self)
        for value, label in (
            ("lower", self.tr("Lower their volume to")),
            ("pause", self.tr("Pause them")),
            ("off", self.tr("Leave them alone")),
        ):
            self.ducking.addItem(label, value)
        self.ducking.setCurrentIndex(max(0, self.ducking.findData(current.ducking)))
        self.ducking_level = _spin(self, 0, 90, current.ducking_level, self.tr(" %"))
        self.ducking.currentIndexChanged.connect(
            lambda: self.ducking_level.setEnabled(self.ducking.currentData() == "lower")
        )
        self.ducking_level.setEnabled(self.ducking.currentData() == "lower")
        self.ducking_level.setAccessibleName(self.tr("Their volume while a cue is spoken"))
        ducking_row = QHBoxLayout()
        ducking_row.addWidget(self.ducking, 1)
        ducking_row.addWidget(self.ducking_level)
        return ducking_row

    def _build_playback(self, current: Preferences) -> None:
        """How a workout plays: countdown, lead-in, what is said, the figures' motion."""
        self.countdown = _spin(
            self, -1, 10, current.countdown, self.tr(" s"), self.tr("As in the routine")
        )
        self.lead_in = _spin(
            self, -1, 120, current.lead_in, self.tr(" s"), self.tr("As in the routine")
        )
        self.next_up = QCheckBox(self.tr('Say what comes next ("Next up: ...") in rests'), self)
        self.next_up.setChecked(current.next_up)
        self.halfway = QCheckBox(self.tr('Say "halfway" in long holds'), self)
        self.halfway.setChecked(current.halfway)
        self.describe_new = QCheckBox(
            self.tr("Describe an exercise you have not done before in the rest before it"), self
        )
        self.describe_new.setChecked(current.describe_new)
        self.reduced_motion = QCheckBox(
            self.tr("Keep exercise figures still (reduce motion)"), self
        )
        self.reduced_motion.setChecked(current.reduced_motion)

    def _build_look(self, current: Preferences) -> None:
        """The theme and the weekly target the trends measure against."""
        self.theme = QComboBox(self)
        for choice, label in (
            (ThemeChoice.SYSTEM, self.tr("Follow the system")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, choice.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        self.weekly_target = _spin(self, 1, 14, current.weekly_target, self.tr(" sessions a week"))

    def _build_folder(self, data_dir: Path) -> QHBoxLayout:
        """Where barretimer keeps its data, with a button that opens it."""
        folder = QLabel(str(data_dir), self)
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setAccessibleName(self.tr("Data folder"))
        open_button = QPushButton(self.tr("Open folder"), self)
        open_button.clicked.connect(self.open_folder)
        open_button.setAccessibleName(self.tr("Open the data folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_button)
        return folder_row

    def _lay_out(self, ducking_row: QHBoxLayout, folder_row: QHBoxLayout) -> QFormLayout:
        """One form, a row a setting, each named for screen readers by its label."""
        form = QFormLayout()
        rows = [
            (self.tr("Lan&guage"), self.language),
            ("", self.language_note),
            (self.tr("&Voice"), self.voice),
            (self.tr("&Rate"), self.rate),
            (self.tr("V&olume"), self.volume),
            ("", self.beeps),
            (self.tr("&Countdown"), self.countdown),
            (self.tr("&Lead-in"), self.lead_in),
            ("", self.next_up),
            ("", self.halfway),
            ("", self.describe_new),
            ("", self.reduced_motion),
            (self.tr("&Theme"), self.theme),
            (self.tr("&Weekly target"), self.weekly_target),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "") or widget.text())  # type: ignore[attr-defined]
        form.addRow(self.tr("Other players' music under a cue"), ducking_row)
        self.ducking.setAccessibleName(self.tr("Other players' music under a cue"))
        form.addRow(self.tr("Data folder"), folder_row)
        return form

    def values(self) -> Preferences:
        return Preferences(
            language=self.language.currentData() or "",
            voice=self.voice.currentData() or "",
            rate=self.rate.value(),
            volume=self.volume.value(),
            beeps=self.beeps.isChecked(),
            ducking=str(self.ducking.currentData()),
            ducking_level=self.ducking_level.value(),
            countdown=self.countdown.value(),
            lead_in=self.lead_in.value(),
            next_up=self.next_up.isChecked(),
            halfway=self.halfway.isChecked(),
            describe_new=self.describe_new.isChecked(),
            reduced_motion=self.reduced_motion.isChecked(),
            theme=str(self.theme.currentData()),
            weekly_target=self.weekly_target.value(),
        )

    def accept(self) -> None:
        self.settings.save(self.values())
        super().accept()

    @Slot()
    def open_folder(self) -> None:
        paths.ensure_private_dir(self.data_dir)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))


def _spin(
    parent: QWidget, low: int, high: int, value: int, suffix: str, special: str = ""
) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    spin.setValue(value)
    return spin
