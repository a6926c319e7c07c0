"""The helper process through its JSON-lines protocol, with real espeak-ng and aplay."""

from __future__ import annotations

import array
import os
import sys
import time
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from barretimer.speech.render import (
    KEEP_SILENCE_S,
    SILENCE_LEVEL,
    Settings,
    cache_key,
    trim_leading_silence,
)
from tests.speech.conftest import HelperProcess, Sink, wait_for, wav_levels

StartHelper = Callable[..., HelperProcess]


def test_render_reports_duration_and_reuses_the_cache(
    start_helper: StartHelper, tmp_path: Path
) -> None:
    helper = start_helper(cache_dir=tmp_path / "cache")
    first = helper.request("render", text="Squeeze the seat.")
    assert first["ok"], first
    path = Path(first["path"])
    assert path.parent == tmp_path / "cache"
    assert path.name == f"{cache_key('Squeeze the seat.', Settings())}.wav"
    assert 0.3 < first["duration_s"] < 5.0
    assert first["cached"] is False
    assert 0.3 < wav_levels(path)[2] < 5.0
    written = path.stat().st_ino, path.read_bytes()

    second = helper.request("render", text="Squeeze the seat.")
    assert second["ok"] and second["cached"] is True
    assert second["path"] == first["path"] and second["duration_s"] == first["duration_s"]
    assert (path.stat().st_ino, path.read_bytes()) == written  # not rendered again
    # nothing half-written is left beside it
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert helper.close() == 0

    # a new helper (the next app start) finds the phrase already rendered
    again = start_helper(cache_dir=tmp_path / "cache")
    assert again.request("render", text="Squeeze the seat.")["cached"] is True


def test_start_up_clears_leftovers_and_long_unused_phrases(
    start_helper: StartHelper, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    long_ago = time.time() - 100 * 24 * 3600
    for name in ("old.wav", ".half.123.tmp.wav", "recent.wav"):
        (cache / name).write_bytes(b"RIFF")
    for name in ("old.wav", ".half.123.tmp.wav"):
        os.utime(cache / name, (long_ago, long_ago))
    helper = start_helper(cache_dir=cache)
    assert helper.event("ready")["speech"] is True
    assert sorted(p.name for p in cache.iterdir()) == ["recent.wav"]


def test_rate_and_volume_reach_the_rendered_file(start_helper: StartHelper) -> None:
    helper = start_helper()
    text = "Heels together, knees over toes."
    assert helper.request("set", rate=120)["ok"]
    slow = helper.request("render", text=text)
    assert helper.request("set", rate=300, volume=0.2)["ok"]
    fast = helper.request("render", text=text)
    assert slow["path"] != fast["path"]
    assert fast["duration_s"] < 0.7 * slow["duration_s"]
    assert wav_levels(Path(fast["path"]))[0] < 0.5 * wav_levels(Path(slow["path"]))[0]


def test_voices_and_bad_settings(start_helper: StartHelper) -> None:
    helper = start_helper()
    helper.event("ready")
    voices = helper.request("voices")["voices"]
    american = [v for v in voices if v["id"] == "gmw/en-us"]
    assert american and american[0]["name"] and american[0]["languages"] == ["en-us"]
    assert helper.request("set", voice="gmw/en-us")["settings"]["voice"] == "gmw/en-us"
    assert "unknown voice" in helper.request("set", voice="no/such-voice")["error"]
    assert not helper.request("set", rate=5000)["ok"]
    assert not helper.request("set", volume="loud")["ok"]
    assert helper.request("set")["settings"] == {"voice": "gmw/en-us", "rate": 175, "volume": 1.0}


def test_bad_input_is_answered_and_the_helper_goes_on(start_helper: StartHelper) -> None:
    helper = start_helper()
    helper.send_raw(b"this is not json\n")
    helper.send_raw(b"[1, 2]\n")
    helper.send_raw(b"\xff\xfe\n")
    helper.send_raw(b"{" + b" " * 70_000 + b"}\n")
    for bad in (
        {"cmd": "fly"},
        {"cmd": "say"},
        {"cmd": "say", "text": "   "},
        {"cmd": "say", "text": "x" * 5000},
        {"cmd": "say", "text": "hi", "start_by": "soon"},
        {"cmd": "render", "text": 42},
        {"cmd": "beep", "name": "../../etc/passwd"},
        {"cmd": "beep", "name": "nosuchbeep"},
        {"cmd": "play", "path": "/nonexistent.wav"},
    ):
        reply = helper.request(**bad)
        assert reply["ok"] is False and reply["error"], reply
    errors = [m for m in helper.drain() if m.get("event") == "error"]
    assert len(errors) == 4
    assert helper.request("ping")["pong"] is True
    assert helper.close() == 0


def test_exits_when_stdin_closes_even_while_playing(
    start_helper: StartHelper, pulse_sink: Sink
) -> None:
    helper = start_helper(pulse_sink.env)
    helper.send("say", text="A long phrase that keeps on playing while the app goes away.")
    started = helper.event("started")
    started_at = time.monotonic()
    assert helper.close(timeout=2) == 0
    assert time.monotonic() - started_at < 1.0
    pid = started["pid"]
    wait_for(lambda: not Path(f"/proc/{pid}").exists() or _is_zombie(pid), timeout=0.5)


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat[stat.rindex(")") + 2] == "Z"


@pytest.mark.audio
def test_helper_speaks_a_phrase(start_helper: StartHelper, file_sink: Sink) -> None:
    helper = start_helper(file_sink.env)
    say = helper.send("say", text="Squeeze the seat and hold.")
    started = helper.event("started", id=say)
    finished = helper.event("finished", id=say)
    assert finished["completed"] is True
    rms, peak, seconds = file_sink.captured()
    assert rms > 0.02 and peak > 0.2, "the captured audio is silence"
    assert seconds == pytest.approx(started["duration_s"], abs=0.2)


@pytest.mark.audio
def test_helper_plays_a_beep(start_helper: StartHelper, file_sink: Sink) -> None:
    helper = start_helper(file_sink.env)
    beep = helper.send("beep", name="start")
    assert helper.event("finished", id=beep)["completed"] is True
    rms, peak, seconds = file_sink.captured()
    assert peak > 0.4 and rms > 0.2
    assert 0.15 <= seconds < 0.3  # ALSA pads the capture to whole periods


@pytest.mark.audio
def test_broken_espeak_leaves_beeps_working(
    start_helper: StartHelper, file_sink: Sink, tmp_path: Path
) -> None:
    # An espeak-ng data folder without its data: libespeak-ng calls exit() while starting.
    broken = tmp_path / "broken-espeak"
    (broken / "espeak-ng-data").mkdir(parents=True)
    helper = start_helper({**file_sink.env, "ESPEAK_DATA_PATH": str(broken)})
    ready = helper.event("ready")
    assert ready["speech"] is False
    assert ready["reason"].startswith("speech unavailable: ")
    assert "phontab" in ready["reason"]
    assert helper.event("unavailable", what="speech")["reason"] == ready["reason"]

    render = helper.request("render", text="Go.")
    assert render["ok"] is False and render["error"].startswith("speech unavailable")
    say = helper.send("say", text="Go.")
    assert helper.event("dropped", id=say)["reason"].startswith("speech unavailable")
    beep = helper.send("beep", name="tick")
    assert helper.event("finished", id=beep)["completed"] is True
    assert file_sink.captured()[1] > 0.4
    assert helper.request("ping") == {
        "id": helper._next_id,
        "ok": True,
        "pong": True,
        "speech": False,
    }
    unavailable = [m for m in helper.drain() if m.get("event") == "unavailable"]
    assert len(unavailable) == 1


def test_playback_failure_is_reported_once(start_helper: StartHelper, broken_audio: Sink) -> None:
    helper = start_helper(broken_audio.env)
    first = helper.send("beep", name="tick")
    assert helper.event("finished", id=first)["completed"] is False
    second = helper.send("beep", name="start")
    assert helper.event("finished", id=second)["reason"] == "playback failed"
    reports = [m for m in helper.drain() if m.get("event") == "unavailable"]
    assert len(reports) == 1
    assert reports[0]["what"] == "playback"
    assert "audio open error" in reports[0]["reason"]


def test_missing_aplay_is_reported_once(start_helper: StartHelper, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    helper = start_helper({**os.environ, "PATH": str(empty)})
    report = helper.event("unavailable", what="playback")
    assert "aplay not found" in report["reason"]
    for name in ("tick", "start"):
        beep = helper.send("beep", name=name)
        assert helper.event("finished", id=beep)["completed"] is False
    assert helper.request("render", text="Go.")["ok"]  # speech still renders
    assert len([m for m in helper.drain() if m.get("event") == "unavailable"]) == 1


def test_stop_cancels_a_phrase_waiting_for_its_render(
    start_helper: StartHelper, broken_audio: Sink
) -> None:
    helper = start_helper(broken_audio.env)
    say = helper.send("say", text="A phrase that is not rendered yet.")
    helper.request("stop")
    assert helper.event("dropped", id=say)["reason"] == "stopped"


def test_stale_and_unfitting_phrases_are_dropped_by_the_helper(
    start_helper: StartHelper, broken_audio: Sink
) -> None:
    helper = start_helper(broken_audio.env)
    stale = helper.send("say", text="Halfway.", start_by=time.monotonic() - 1)
    assert helper.event("dropped", id=stale)["reason"].startswith("stale")
    long = helper.send(
        "say", text="A phrase far too long for its window.", finish_by=time.monotonic() + 0.2
    )
    assert helper.event("dropped", id=long)["reason"] == "would not finish before the next cue"


def test_a_newer_phrase_supersedes_one_still_rendering(
    start_helper: StartHelper, broken_audio: Sink
) -> None:
    helper = start_helper(broken_audio.env)
    older = helper.send("say", text="The first phrase, not rendered yet.")
    newer = helper.send("say", text="The second phrase.")
    assert helper.event("dropped", id=older)["reason"] == "superseded"
    assert helper.event("started", id=newer)


def _first_sound_s(path: Path) -> float:
    """Seconds from the start of a mono 16-bit WAV to its first sample above the silence level."""
    with wave.open(str(path), "rb") as wav:
        rate = wav.getframerate()
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    loud = next(i for i, v in enumerate(samples) if abs(v) > SILENCE_LEVEL)
    return loud / rate


def test_rendered_phrases_start_at_once(start_helper: StartHelper, tmp_path: Path) -> None:
    # espeak-ng puts up to 50 ms of silence before "10 seconds."; a cue must not start that late.
    helper = start_helper(cache_dir=tmp_path / "cache")
    for text in ("10 seconds.", "Get ready. First up: plié squats.", "Switch sides."):
        reply = helper.request("render", text=text)
        assert reply["ok"], reply
        path = Path(reply["path"])
        assert _first_sound_s(path) <= KEEP_SILENCE_S + 0.001, text
        assert reply["duration_s"] == pytest.approx(wav_levels(path)[2], abs=1e-6)


def _write_wav(path: Path, samples: list[int], rate: int = 22050) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        data = array.array("h", samples)
        if sys.byteorder == "big":
            data.byteswap()
        wav.writeframes(data.tobytes())


def test_trim_leading_silence_keeps_a_little_and_the_rest_intact(tmp_path: Path) -> None:
    rate = 22050
    tone = [(i % 50) * 400 - 10000 for i in range(rate // 10)]  # 0.1 s of a loud sawtooth
    hiss = [SILENCE_LEVEL // 2, -SILENCE_LEVEL // 2] * (rate // 50)  # 40 ms below the level
    path = tmp_path / "phrase.wav"
    _write_wav(path, hiss + tone, rate)

    duration = trim_leading_silence(path)

    kept = int(KEEP_SILENCE_S * rate)
    assert duration == pytest.approx((kept + len(tone)) / rate)
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, rate)
        out = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        out.byteswap()
    assert list(out) == hiss[len(hiss) - kept :] + tone


@pytest.mark.parametrize("samples", [[0] * 2000, [5000] * 100 + [0] * 100, []])
def test_trim_leading_silence_leaves_silent_or_prompt_files_alone(
    tmp_path: Path, samples: list[int]
) -> None:
    path = tmp_path / "phrase.wav"
    _write_wav(path, samples)
    before = path.read_bytes()
    assert trim_leading_silence(path) == pytest.approx(len(samples) / 22050)
    assert path.read_bytes() == before
