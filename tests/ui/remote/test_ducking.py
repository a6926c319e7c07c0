"""Other players' music under the cues, with fake MPRIS players on a private session bus (a
fake: no real music player runs here). The cues are the real window's; the speaker reports
each phrase as begun at once, as the speech client does when it starts to play one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from barretimer import paths
from tests.conftest import REPO
from tests.helpers.remote import (
    Client,
    Helper,
    RemoteWindow,
    parse_reply,
    run_tool,
    start_helper,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

FAKE = "tests.helpers.fake_player"


def volume_of(qtbot, name: str) -> float:
    reply = run_tool(
        qtbot,
        "dbus-send",
        "--session",
        "--print-reply",
        f"--dest=org.mpris.MediaPlayer2.{name}",
        "/org/mpris/MediaPlayer2",
        "org.freedesktop.DBus.Properties.Get",
        "string:org.mpris.MediaPlayer2.Player",
        "string:Volume",
    )
    (value,) = parse_reply(reply.stdout)
    return value


def set_volume(qtbot, name: str, value: float) -> None:
    """As the user does it, from the player's own controls."""
    run_tool(
        qtbot,
        "dbus-send",
        "--session",
        "--print-reply",
        f"--dest=org.mpris.MediaPlayer2.{name}",
        "/org/mpris/MediaPlayer2",
        "org.freedesktop.DBus.Properties.Set",
        "string:org.mpris.MediaPlayer2.Player",
        "string:Volume",
        f"variant:double:{value}",
    )


def choose(window: RemoteWindow, mode: str, level: int = 25) -> None:
    window.settings.set_many({"sound/ducking": mode, "sound/ducking_level": level})


def test_a_cue_lowers_the_playing_players_and_puts_them_back_exactly(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    music = start_helper(helpers, FAKE, "music", "Playing", "0.8")
    podcast = start_helper(helpers, FAKE, "podcast", "Paused", "0.5")
    choose(remote_window, "lower", 25)
    remote_window.open_routine()
    remote_window.player.play(1.0)  # "Get ready" is said at once
    assert remote_window.speaker.texts, "a cue was spoken"
    assert music.line(qtbot) == f"volume {0.8 * 25 / 100!r}"
    journal = json.loads(paths.ducking_journal_path().read_text(encoding="utf-8"))
    assert journal["players"] == [
        {"name": "org.mpris.MediaPlayer2.music", "volume": 0.8, "set_to": 0.2, "paused": False}
    ]
    # Put back once the phrase is over (its estimated length and a short tail).
    assert music.line(qtbot) == "volume 0.8"
    assert not paths.ducking_journal_path().exists()
    assert volume_of(qtbot, "podcast") == 0.5  # not playing: never touched
    assert podcast.line(qtbot, timeout_s=0.5) == "<timeout>"


def test_pause_mode_pauses_and_plays_again(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    music = start_helper(helpers, FAKE, "music", "Playing", "0.8")
    choose(remote_window, "pause")
    remote_window.open_routine()
    remote_window.player.play(1.0)
    assert music.line(qtbot) == "pause"
    assert music.line(qtbot) == "play"
    assert volume_of(qtbot, "music") == 0.8


def test_off_leaves_the_music_alone(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    music = start_helper(helpers, FAKE, "music", "Playing", "0.8")
    choose(remote_window, "off")
    remote_window.open_routine()
    remote_window.player.play(1.0)
    remote_window.advance(6)  # more cues
    assert remote_window.speaker.texts
    assert music.line(qtbot, timeout_s=2.0) == "<timeout>"
    assert not paths.ducking_journal_path().exists()


def test_stopping_the_workout_puts_the_music_back_at_once(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    music = start_helper(helpers, FAKE, "music", "Playing", "0.8")
    choose(remote_window, "lower", 10)
    remote_window.open_routine()
    remote_window.player.play(1.0)
    assert music.line(qtbot).startswith("volume 0.08")
    ducking = remote_window.remote.ducking
    assert ducking.active
    remote_window.player.stop_now()
    assert not ducking.active  # put back by the stop itself, not when the phrase would end
    assert not paths.ducking_journal_path().exists()
    assert music.line(qtbot) == "volume 0.8"


def test_a_volume_the_user_changed_meanwhile_is_left_as_set(
    remote_window: RemoteWindow, helpers: list[Helper], qtbot
) -> None:
    music = start_helper(helpers, FAKE, "music", "Playing", "0.8")
    remote_window.open_routine()
    remote_window.player.play(1.0)
    assert music.line(qtbot) == f"volume {0.8 * 30 / 100!r}"  # the default: 30%
    set_volume(qtbot, "music", 0.6)
    assert music.line(qtbot) == "volume 0.6"
    qtbot.waitUntil(lambda: not remote_window.remote.ducking.active, timeout=10_000)
    assert volume_of(qtbot, "music") == 0.6
    assert not paths.ducking_journal_path().exists()


def _app(data_dir: Path, home: Path, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),  # aplay writes the speech to a file there (no sound card here)
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    env.pop(paths.ENV_DATA_DIR, None)
    return subprocess.Popen(
        [sys.executable, "-m", "barretimer", *args, "--data-dir", str(data_dir)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )


def _kill(app: subprocess.Popen[str]) -> None:
    if app.poll() is None:
        os.killpg(app.pid, signal.SIGKILL)
    app.wait(10)


@pytest.mark.audio
def test_after_a_crash_mid_cue_the_next_start_puts_the_music_back(
    session_bus: str, helpers: list[Helper], qtbot, tmp_path: Path
) -> None:
    """The real app, with real speech (espeak-ng and aplay into a file), killed while a cue
    is spoken and the music is lowered; started again, it puts the music back."""
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{tmp_path / "out.wav"}"; '
        'format "wav" }\n'
    )
    data = tmp_path / "app-data"
    music = start_helper(helpers, FAKE, "music", "Playing", "0.8")
    client = Client(qtbot, "crash-test")
    app = _app(data, home, str(REPO / "routines" / "post-run-stretch.yaml"))
    try:
        qtbot.waitUntil(
            lambda: "org.mpris.MediaPlayer2.barretimer" in client.names(), timeout=60_000
        )
        client.player("Play")
        assert music.line(qtbot, timeout_s=60) == f"volume {0.8 * 30 / 100!r}"
        _kill(app)  # mid-cue: the music is still lowered
        journal = data / "ducking.json"
        assert journal.exists()
        assert volume_of(qtbot, "music") == pytest.approx(0.24)
        app = _app(data, home)
        assert music.line(qtbot, timeout_s=60) == "volume 0.8"
        qtbot.waitUntil(lambda: not journal.exists(), timeout=10_000)
    finally:
        _kill(app)
        client.close()


def test_the_setting_is_in_the_settings_dialog(qtbot, data_dir: Path) -> None:
    from barretimer.ui.remote.ducking import DuckMode
    from barretimer.ui.settings import Settings
    from barretimer.ui.settings_dialog import SettingsDialog

    settings = Settings()
    assert (settings.current.ducking, settings.current.ducking_level) == ("lower", 30)
    dialog = SettingsDialog(settings, [], data_dir)
    qtbot.addWidget(dialog)
    assert dialog.ducking.currentText() == "Lower their volume to"
    assert dialog.ducking_level.isEnabled()
    dialog.ducking.setCurrentIndex(dialog.ducking.findData("pause"))
    assert not dialog.ducking_level.isEnabled()  # a level means nothing for a pause
    dialog.ducking.setCurrentIndex(dialog.ducking.findData("lower"))
    dialog.ducking_level.setValue(15)
    dialog.accept()
    again = Settings()
    assert (again.current.ducking, again.current.ducking_level) == ("lower", 15)
    assert DuckMode.parse(again.current.ducking) is DuckMode.LOWER
    assert DuckMode.parse("nonsense") is DuckMode.LOWER
