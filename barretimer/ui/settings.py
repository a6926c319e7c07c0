"""The user's settings (QSettings) and the settings dialog.

With a data folder given (``--data-dir`` or BARRETIMER_DATA_DIR) the settings live in an INI
file inside it (``paths.settings_file()``), so tests and portable installs keep everything in
one place; otherwise in the system's usual place for Qt settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal, Slot
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
from barretimer.speech.api import Voice
from barretimer.ui.player_cues import PlaybackOptions
from barretimer.ui.theme import ThemeChoice

DEFAULT_RATE = 175  # words per minute, the speech helper's default
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
        "speech/voice": ("", str),
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


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, voices: list[Voice], data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Settings"))
        get = settings.get
        self.voice = QComboBox(self)
        self.voice.addItem(self.tr("Default voice"), "")
        for voice in sorted(voices, key=lambda v: v.name.casefold()):
            self.voice.addItem(voice.name, voice.id)
        if get("speech/voice") and self.voice.findData(get("speech/voice")) < 0:
            self.voice.addItem(
                get("speech/voice"), get("speech/voice")
            )  # chosen before, not listed yet
        self.voice.setCurrentIndex(max(0, self.voice.findData(get("speech/voice"))))
        self.rate = _spin(self, 80, 400, get("speech/rate"), self.tr(" words a minute"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(get("speech/volume"))
        self.beeps = QCheckBox(self.tr("Beep at the start of each step and in the countdown"), self)
        self.beeps.setChecked(get("sound/beeps"))
        self.countdown = _spin(
            self, -1, 10, get("playback/countdown"), self.tr(" s"), self.tr("As in the routine")
        )
        self.lead_in = _spin(
            self, -1, 120, get("playback/lead_in"), self.tr(" s"), self.tr("As in the routine")
        )
        self.next_up = QCheckBox(self.tr('Say what comes next ("Next up: ...") in rests'), self)
        self.next_up.setChecked(get("playback/next_up"))
        self.halfway = QCheckBox(self.tr('Say "halfway" in long holds'), self)
        self.halfway.setChecked(get("playback/halfway"))
        self.theme = QComboBox(self)
        for choice, label in (
            (ThemeChoice.SYSTEM, self.tr("Follow the system")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, choice.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(get("appearance/theme"))))
        self.weekly_target = _spin(
            self, 1, 14, get("history/weekly_target"), self.tr(" sessions a week")
        )
        folder = QLabel(str(data_dir), self)
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("Open folder"), self)
        open_folder.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)

        form = QFormLayout()
        rows = [
            (self.tr("&Voice"), self.voice),
            (self.tr("&Rate"), self.rate),
            (self.tr("V&olume"), self.volume),
            ("", self.beeps),
            (self.tr("&Countdown"), self.countdown),
            (self.tr("&Lead-in"), self.lead_in),
            ("", self.next_up),
            ("", self.halfway),
            (self.tr("&Theme"), self.theme),
            (self.tr("&Weekly target"), self.weekly_target),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "") or widget.text())  # type: ignore[attr-defined]
        form.addRow(self.tr("Data folder"), folder_row)
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "speech/voice": self.voice.currentData() or "",
            "speech/rate": self.rate.value(),
            "speech/volume": self.volume.value(),
            "sound/beeps": self.beeps.isChecked(),
            "playback/countdown": self.countdown.value(),
            "playback/lead_in": self.lead_in.value(),
            "playback/next_up": self.next_up.isChecked(),
            "playback/halfway": self.halfway.isChecked(),
            "appearance/theme": self.theme.currentData(),
            "history/weekly_target": self.weekly_target.value(),
        }

    def accept(self) -> None:
        self.settings.set_many(self.values())
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
