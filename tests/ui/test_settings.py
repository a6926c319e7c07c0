"""Settings: kept in the data folder, edited in the dialog, applied to playback and the look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.model import Kind
from barretimer.core.playback import PlaybackOptions
from barretimer.core.timeline import Side
from barretimer.speech.api import Voice
from barretimer.store.sessions import SessionStore
from barretimer.ui.labels import kind_letter
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.settings_dialog import SettingsDialog
from barretimer.ui.speech_qt import QtSpeech
from barretimer.ui.style.palette import (
    ThemeChoice,
    apply_theme,
    contrast_ratio,
    dark_palette,
    is_dark,
    light_palette,
)
from barretimer.ui.style.theme import KIND_STYLES, SIDE_STYLES
from tests.helpers.clock import FakeClock
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a top-level widget is shown; it is not ours.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

ROUTINE = """\
name: Settings Test
defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}
steps:
  - exercise: Long hold
    kind: hold
    duration: 40
  - exercise: Stretch
    kind: stretch
    duration: 20
"""


@pytest.fixture
def restore_palette():
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    yield
    app.setPalette(palette)
    app.setStyle(style)


def test_settings_are_kept_in_the_data_folder(data_dir: Path) -> None:
    settings = Settings()
    assert settings.current.weekly_target == 2
    assert settings.current.playback_options() == PlaybackOptions()
    settings.update(weekly_target=4, halfway=False, voice="gmw/en")
    assert paths.settings_file() == data_dir / "settings.ini"
    assert (data_dir / "settings.ini").is_file()
    text = (data_dir / "settings.ini").read_text()
    assert "weekly_target=4" in text
    again = Settings()
    assert again.current.weekly_target == 4
    assert again.current.halfway is False
    assert again.current.voice == "gmw/en"
    assert again.current.playback_options() == PlaybackOptions(halfway=False)


def test_changed_is_emitted_only_for_a_change(qtbot) -> None:
    settings = Settings()
    with qtbot.waitSignal(settings.changed, timeout=100):
        settings.update(beeps=False)
    with qtbot.assertNotEmitted(settings.changed):
        settings.update(beeps=False)
    with pytest.raises(KeyError):
        settings.update(no_such=1)


def test_the_dialog_edits_and_saves_every_setting(qtbot, data_dir: Path, monkeypatch) -> None:
    settings = Settings()
    voices = [Voice("gmw/en-us", "English (America)"), Voice("gmw/de", "German")]
    dialog = SettingsDialog(settings, voices, data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.voice.itemText(i) for i in range(dialog.voice.count())] == [
        "Default voice",
        "English (America)",
        "German",
    ]
    dialog.voice.setCurrentIndex(dialog.voice.findData("gmw/de"))
    dialog.rate.setValue(150)
    dialog.volume.setValue(60)
    qtbot.mouseClick(dialog.beeps, Qt.MouseButton.LeftButton)
    assert dialog.countdown.text() == "As in the routine"
    dialog.countdown.setValue(5)
    dialog.lead_in.setValue(15)
    qtbot.mouseClick(dialog.next_up, Qt.MouseButton.LeftButton)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.weekly_target.setValue(3)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_folder()
    assert opened == [QUrl.fromLocalFile(str(data_dir))]
    dialog.accept()

    stored = Settings()
    assert stored.current.voice == "gmw/de"
    assert stored.current.rate == 150
    assert stored.current.volume == 60
    assert stored.current.beeps is False
    assert stored.current.playback_options() == PlaybackOptions(
        countdown=5, lead_in=15.0, next_up=False
    )
    assert stored.current.theme == "dark"
    assert stored.current.weekly_target == 3
    for widget in (dialog.voice, dialog.rate, dialog.volume, dialog.countdown, dialog.theme):
        assert widget.accessibleName()


class Window:
    def __init__(self, qtbot) -> None:
        self.store = SessionStore.open(paths.database_path())
        catalog, _ = load_catalog(paths.catalog_path())
        self.speaker = RecordingSpeaker()
        self.settings = Settings()
        self.clock = FakeClock()
        self.window = MainWindow(
            self.store, catalog, QtSpeech(self.speaker), self.settings, self.clock
        )
        self.window.show()

    def play(self, tmp_path: Path) -> None:
        path = tmp_path / "settings-test.yaml"
        path.write_text(ROUTINE, encoding="utf-8")
        assert self.window.open_file(path)
        self.window.player.play(1.0)
        while self.window.player.active:
            self.clock.advance(0.5)
            self.window.player.tick()

    def close(self) -> None:
        self.window.close()
        self.store.close()


@pytest.fixture
def window(qtbot, restore_palette):
    opened = Window(qtbot)
    yield opened
    opened.close()


def test_playback_settings_change_what_is_said(window: Window, tmp_path: Path) -> None:
    window.play(tmp_path)
    said = window.speaker.texts
    assert "Halfway." in said
    assert "Rest. Next up: Stretch." in said
    assert said.count("3") == 4  # the lead-in, the hold, the rest and the stretch

    window.speaker.calls.clear()
    window.settings.update(halfway=False, next_up=False, countdown=0, lead_in=2)
    window.play(tmp_path)
    said = window.speaker.texts
    assert "Halfway." not in said
    assert "Rest." in said and "Rest. Next up: Stretch." not in said
    assert "Get ready." in said
    assert "3" not in said and "1" not in said
    prepared = next(args[0] for name, args in window.speaker.calls if name == "prepare")
    assert "Halfway." not in prepared and "Rest." in prepared
    state = window.window.player.host.engine.timeline.intervals[0]
    assert state.duration_s == 2.0  # the lead-in setting


def test_speech_settings_reach_the_speaker(window: Window) -> None:
    window.settings.update(voice="gmw/de", rate=140, volume=50)
    calls = window.speaker.calls
    assert ("set_voice", ("gmw/de",)) in calls
    assert ("set_rate", (140,)) in calls
    assert ("set_volume", (0.5,)) in calls
    window.settings.update(beeps=False)
    assert window.window.speech.beeps_muted
    assert window.window.player.controls.mute_beeps.isChecked()


def test_theme_setting_switches_the_palette(window: Window) -> None:
    app = QApplication.instance()
    window.settings.update(theme="dark")
    assert is_dark(app.palette())
    window.settings.update(theme="light")
    assert not is_dark(app.palette())


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_both_palettes_are_readable(choice: ThemeChoice, restore_palette) -> None:
    app = QApplication.instance()
    dark = apply_theme(app, choice)
    assert dark is (choice is ThemeChoice.DARK)
    palette = app.palette()
    assert palette == (dark_palette() if dark else light_palette())
    role = QPalette.ColorRole
    for fore, back in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
    ):
        assert contrast_ratio(palette.color(fore), palette.color(back)) >= 7.0
    assert contrast_ratio(palette.color(role.HighlightedText), palette.color(role.Highlight)) >= 4.5
    assert contrast_ratio(palette.color(role.ToolTipText), palette.color(role.ToolTipBase)) >= 7.0
    window = palette.color(role.Window)
    for kind in (Kind.HOLD, Kind.STRETCH, Kind.BALANCE, Kind.MOVE):
        assert contrast_ratio(KIND_STYLES[kind].color(dark), window) >= 3.0, kind
    for side in (Side.LEFT, Side.RIGHT):
        assert contrast_ratio(SIDE_STYLES[side].color(dark), window) >= 3.0, side
    # Kinds differ by letter and pattern too, not only by colour.
    assert len({kind_letter(k) for k in Kind}) == len(Kind)
    assert len({s.pattern for s in KIND_STYLES.values()}) == len(Kind)


def test_the_player_is_readable_in_both_palettes(window: Window, tmp_path: Path) -> None:
    """Render the playing screen in light and dark and check the digits stand out."""
    path = tmp_path / "settings-test.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    window.window.resize(1200, 800)
    window.window.open_file(path)
    window.window.player.play(1.0)
    for choice in ("light", "dark"):
        window.settings.update(theme=choice)
        QApplication.processEvents()
        ring = window.window.player.view.ring
        image = ring.grab().toImage()
        background = image.pixelColor(2, 2)
        centre = ring.rect().center()
        darkest = min(
            (image.pixelColor(x, centre.y()) for x in range(centre.x() - 60, centre.x() + 60)),
            key=lambda c: abs(c.lightnessF() - background.lightnessF()) * -1,
        )
        assert contrast_ratio(darkest, background) >= 7.0, choice
    window.window.player.stop_now()
