"""Each language is spoken with an espeak-ng voice of that language (real espeak-ng, real aplay
captured to a file), and the phrase cache keeps one rendering per voice."""

from __future__ import annotations

import subprocess
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from barretimer.core.languages import LANGUAGES, language
from barretimer.core.phrases import TABLES
from barretimer.speech.render import trim_leading_silence
from tests.speech.conftest import HelperProcess, Sink

StartHelper = Callable[..., HelperProcess]

GERMAN = TABLES["de"].get_ready + " " + TABLES["de"].first_up.format(name="Wandsitzen")


def frames(path: Path) -> int:
    with wave.open(str(path)) as wav:
        return wav.getnframes()


def reference(text: str, voice: str, folder: Path) -> int:
    """Frames of ``text`` rendered by the espeak-ng command with ``voice`` (its silence trimmed
    as the helper trims it)."""
    path = folder / f"{voice}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "175", "-w", str(path), text], check=True)
    trim_leading_silence(path)
    return frames(path)


def test_every_language_has_a_voice_espeak_ng_knows(start_helper: StartHelper) -> None:
    helper = start_helper()
    helper.event("ready")
    known = {v["id"] for v in helper.request("voices")["voices"]}
    for code, info in LANGUAGES.items():
        assert info.voice == "" if code == "en" else info.voice in known, code


def test_german_is_spoken_with_the_german_voice(
    start_helper: StartHelper, file_sink: Sink, tmp_path: Path
) -> None:
    helper = start_helper(file_sink.env)
    assert helper.request("set", voice=language("de").voice)["ok"]
    rendered = helper.request("render", text=GERMAN)
    german = reference(GERMAN, "de", tmp_path)
    english = reference(GERMAN, "en-us", tmp_path)
    # The same engine with the same voice gives the same samples, give or take a few.
    assert abs(frames(Path(rendered["path"])) - german) < 0.005 * german
    assert abs(frames(Path(rendered["path"])) - english) > 0.03 * english
    say = helper.send("say", text=GERMAN)
    assert helper.event("finished", id=say, timeout=10)["completed"] is True
    rms, _peak, seconds = file_sink.captured()
    assert rms > 0.02, "the captured audio is silence"
    assert seconds == pytest.approx(rendered["duration_s"], abs=0.2)  # that rendering was played


def test_the_cache_keeps_one_rendering_per_voice(start_helper: StartHelper, tmp_path: Path) -> None:
    helper = start_helper(cache_dir=tmp_path / "cache")
    helper.event("ready")
    assert helper.request("set", voice=language("de").voice)["ok"]
    german = helper.request("render", text="Halbzeit.")
    assert helper.request("set", voice="gmw/en-us")["ok"]
    english = helper.request("render", text="Halbzeit.")
    assert german["path"] != english["path"] and english["cached"] is False
    assert helper.request("set", voice=language("de").voice)["ok"]
    again = helper.request("render", text="Halbzeit.")
    assert again["cached"] is True and again["path"] == german["path"]
