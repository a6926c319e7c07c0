"""End to end: the real speech helper with espeak-ng broken, inside the real window.

The fault is real (espeak-ng pointed at an empty data folder makes libespeak-ng refuse to
start), audio goes to an ALSA file sink, and the clock is the test's fake one.
"""

from __future__ import annotations

import os
import wave
from pathlib import Path

import pytest

from barretimer.ui.app import close_main_window, create_main_window
from barretimer.ui.speech_qt import start_speech
from tests.helpers.clock import FakeClock

pytestmark = [pytest.mark.gui, pytest.mark.audio]


def test_without_espeak_the_window_says_so_once_and_beeps_still_play(
    qtbot, tmp_path: Path, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.mkdir()
    capture = tmp_path / "captured.wav"
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{capture}"; format "wav" }}\n'
    )
    broken = tmp_path / "broken-espeak"
    (broken / "espeak-ng-data").mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "ESPEAK_DATA_PATH": str(broken)}
    env.pop("PULSE_SERVER", None)

    speech = start_speech(None, env=env)
    window = create_main_window(clock, speech)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
        [notice] = window.banner.notices()
        assert "Speech is not available" in notice

        speech.beep("start")  # beeps go on without speech

        def captured_frames() -> int:
            try:
                with wave.open(str(capture)) as recording:
                    return recording.getnframes()
            except (OSError, EOFError, wave.Error):
                return 0

        qtbot.waitUntil(lambda: captured_frames() > 1000, timeout=10_000)
        assert len(window.banner.notices()) == 1
    finally:
        close_main_window(window)
