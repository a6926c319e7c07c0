"""SpeechClient with its real helper process, real espeak-ng and aplay."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from barretimer import paths
from barretimer.speech.api import Priority
from barretimer.speech.client import SpeechClient
from tests.speech.conftest import Sink, aplay_children, group_alive, loud_seconds, wait_for

LONG = (
    "Keep the heels together, lower the hips one inch, lift the chest, and hold it there "
    "while you breathe slowly in and out."
)


class Recorder:
    """Collects what the client reports (appends are safe from its worker thread)."""

    def __init__(self) -> None:
        self.status: list[str] = []
        self.unavailable: list[str] = []
        self.spoken: list[tuple[str, float]] = []
        self.dropped: list[tuple[str, str]] = []

    def callbacks(self) -> dict[str, Callable[..., None]]:
        return {
            "on_status": self.status.append,
            "on_unavailable": self.unavailable.append,
            "on_spoken": lambda text, at: self.spoken.append((text, at)),
            "on_dropped": lambda text, reason: self.dropped.append((text, reason)),
        }

    def texts(self) -> list[str]:
        return [text for text, _ in self.spoken]


@pytest.fixture
def make_client() -> Iterator[Callable[..., tuple[SpeechClient, Recorder]]]:
    clients: list[SpeechClient] = []

    def make(env: dict[str, str], **options: Any) -> tuple[SpeechClient, Recorder]:
        recorder = Recorder()
        client = SpeechClient(env=env, **recorder.callbacks(), **options)
        clients.append(client)
        client.start()
        return client, recorder

    yield make
    for client in clients:
        client.shutdown()
        pid = client.helper_pid
        assert pid is None or not Path(f"/proc/{pid}/stat").exists() or _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat[stat.rindex(")") + 2] == "Z"


def prepared(client: SpeechClient, *phrases: str, timeout: float = 10.0) -> None:
    client.prepare(phrases)
    wait_for(lambda: all(client.is_prepared(p) for p in phrases), timeout)


@pytest.mark.audio
def test_prepared_phrase_is_spoken_at_once(make_client: Any, file_sink: Sink) -> None:
    client, seen = make_client(file_sink.env)
    prepared(client, "Squeeze the seat.", "Go.")
    rendered = list((paths.cache_dir() / "speech").glob("*.wav"))
    assert len(rendered) == 2

    client.say("Squeeze the seat.", Priority.NORMAL, window_s=10.0)
    wait_for(lambda: seen.spoken)
    text, started_at = seen.spoken[0]
    assert text == "Squeeze the seat."
    assert started_at - client.stats["say_to_start_s"][0] <= time.monotonic()
    assert client.stats["say_to_start_s"][0] < 0.1  # no render on the way
    rms, peak, _ = file_sink.captured()
    assert rms > 0.02 and peak > 0.2
    assert seen.unavailable == [] and seen.dropped == []


@pytest.mark.audio
def test_phrase_not_rendered_yet_is_rendered_and_played(make_client: Any, file_sink: Sink) -> None:
    client, seen = make_client(file_sink.env)
    client.say("Rest. Next up: bridge pulses.", Priority.NORMAL)
    wait_for(lambda: seen.spoken)
    assert seen.texts() == ["Rest. Next up: bridge pulses."]
    assert file_sink.captured()[0] > 0.02
    wait_for(lambda: client.is_prepared("Rest. Next up: bridge pulses."))


@pytest.mark.audio
def test_stop_silences_within_100_ms(make_client: Any, pulse_sink: Sink) -> None:
    client, seen = make_client(pulse_sink.env)
    prepared(client, LONG)
    sink = pulse_sink.recording
    assert sink is not None
    start = sink.mark()
    client.say(LONG, Priority.NORMAL)
    wait_for(lambda: seen.spoken)
    assert client.helper_pid is not None
    (player,) = wait_for(lambda: aplay_children(client.helper_pid))
    # the sink is real-time: wait until it has really been heard for a while
    wait_for(lambda: loud_seconds(sink.samples(start)) > 0.3)

    asked = time.monotonic()
    at_stop = sink.size()
    client.stop()
    wait_for(lambda: not group_alive(player), timeout=1.0, interval=0.001)
    assert time.monotonic() - asked < 0.1, "aplay still running 100 ms after stop()"

    # what the sink played from 100 ms after stop() on is silence
    sink.wait_past(at_stop, 0.5)
    after = sink.samples(sink.offset(at_stop, 0.1), sink.offset(at_stop, 0.5))
    assert loud_seconds(after) == 0.0, "still sounding 100 ms after stop()"
    assert seen.dropped == []


@pytest.mark.audio
def test_high_interrupts_and_stale_low_is_dropped(make_client: Any, pulse_sink: Sink) -> None:
    client, seen = make_client(pulse_sink.env)
    prepared(client, LONG, "Halfway.", "Three.")
    client.say(LONG, Priority.NORMAL)
    wait_for(lambda: seen.spoken)
    (first,) = wait_for(lambda: aplay_children(client.helper_pid))

    client.say("Halfway.", Priority.LOW)  # cannot start within 0.5 s: dropped, not late
    wait_for(lambda: seen.dropped)
    assert seen.dropped[0][0] == "Halfway." and seen.dropped[0][1].startswith("stale")

    client.say("Three.", Priority.HIGH)
    wait_for(lambda: len(seen.spoken) == 2)
    assert seen.texts() == [LONG, "Three."]
    wait_for(lambda: not group_alive(first), timeout=0.5, interval=0.001)
    client.stop()


@pytest.mark.audio
def test_waiting_cue_starts_when_the_phrase_before_it_ends(
    make_client: Any, pulse_sink: Sink
) -> None:
    # Through PulseAudio aplay exits ~1.5 s after the sound ends; the next cue must not wait.
    client, seen = make_client(pulse_sink.env)
    prepared(client, "Squeeze the seat.", "Stay low.")
    client.say("Squeeze the seat.", Priority.NORMAL)
    client.say("Stay low.", Priority.NORMAL, window_s=5.0)
    wait_for(lambda: len(seen.spoken) == 2)
    (_, first_at), (_, second_at) = seen.spoken
    first_duration = client._phrases.durations["Squeeze the seat."]
    assert second_at - first_at == pytest.approx(first_duration, abs=0.15)
    assert seen.dropped == []
    client.stop()


@pytest.mark.audio
def test_killed_helper_comes_back_and_speaks(make_client: Any, file_sink: Sink) -> None:
    client, seen = make_client(file_sink.env)
    prepared(client, "Go.")
    old_pid = client.helper_pid
    assert old_pid is not None
    os.kill(old_pid, signal.SIGKILL)
    wait_for(lambda: client.helper_pid != old_pid)
    wait_for(lambda: any("restarting" in s for s in seen.status))
    wait_for(lambda: client.is_prepared("Go."))  # the new helper got the phrases again

    assert file_sink.capture is not None
    file_sink.capture.unlink(missing_ok=True)
    client.say("Go.", Priority.HIGH)
    wait_for(lambda: seen.spoken)
    assert file_sink.captured()[1] > 0.2
    assert client.stats["restarts"] == 1


@pytest.mark.audio
def test_a_killed_helper_leaves_nothing_playing(make_client: Any, pulse_sink: Sink) -> None:
    client, seen = make_client(pulse_sink.env)
    prepared(client, LONG)
    client.say(LONG, Priority.NORMAL)
    wait_for(lambda: seen.spoken)
    old_pid = client.helper_pid
    assert old_pid is not None
    (player,) = wait_for(lambda: aplay_children(old_pid))
    os.kill(old_pid, signal.SIGKILL)  # aplay is in its own group: it would play on
    wait_for(lambda: not group_alive(player), timeout=1.0)
    wait_for(lambda: client.helper_pid != old_pid)


@pytest.mark.audio
def test_espeak_unavailable_is_reported_once_and_beeps_play(
    make_client: Any, file_sink: Sink, tmp_path: Path
) -> None:
    broken = tmp_path / "broken-espeak"
    (broken / "espeak-ng-data").mkdir(parents=True)
    env = {**file_sink.env, "ESPEAK_DATA_PATH": str(broken)}
    client, seen = make_client(env)
    wait_for(lambda: seen.unavailable)
    assert seen.unavailable[0].startswith("speech unavailable: ")
    assert client.speech_available is False

    client.beep("start")
    rms, peak, _ = file_sink.captured()
    assert peak > 0.4 and rms > 0.1

    client.say("Go.", Priority.HIGH)  # the workout goes on without it
    wait_for(lambda: seen.dropped)
    assert seen.dropped[0][0] == "Go." and "unavailable" in seen.dropped[0][1]

    # a restarted helper finds the same fault: still reported only once
    old_pid = client.helper_pid
    assert old_pid is not None
    os.kill(old_pid, signal.SIGKILL)
    wait_for(lambda: client.helper_pid != old_pid and client.speech_available is False)
    client.say("Go.", Priority.HIGH)
    wait_for(lambda: len(seen.dropped) == 2)
    assert len(seen.unavailable) == 1
    assert seen.spoken == []


def test_calls_never_wait_for_the_helper(make_client: Any, broken_audio: Sink) -> None:
    client, _ = make_client(broken_audio.env)
    prepared(client, "Go.")
    pid = client.helper_pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # a helper that answers nothing
    try:
        slowest = 0.0
        for _ in range(200):
            for call in (
                lambda: client.say("Go.", Priority.HIGH),
                lambda: client.beep("tick"),
                client.stop,
                lambda: client.prepare(["Rest."]),
                lambda: client.set_rate(180),
                client.voices,
            ):
                began = time.perf_counter()
                call()
                slowest = max(slowest, time.perf_counter() - began)
        assert slowest < 0.005
    finally:
        os.kill(pid, signal.SIGCONT)


def test_restarts_are_limited(make_client: Any, broken_audio: Sink) -> None:
    client, seen = make_client(broken_audio.env, max_restarts=1, restart_period_s=60.0)
    wait_for(lambda: client.helper_pid)
    first = client.helper_pid
    os.kill(first, signal.SIGKILL)
    wait_for(lambda: client.helper_pid != first)
    second = client.helper_pid
    wait_for(lambda: client.speech_available is not None)
    os.kill(second, signal.SIGKILL)
    wait_for(lambda: any("paused" in s for s in seen.status))
    assert client.helper_pid == second  # not started again within the minute
    client.say("Go.", Priority.HIGH)
    wait_for(lambda: seen.dropped)
    assert seen.dropped == [("Go.", "speech helper not running")]


def test_new_settings_render_the_phrases_again(make_client: Any, broken_audio: Sink) -> None:
    client, seen = make_client(broken_audio.env)
    wait_for(lambda: client.voices())
    assert any(v.id == "gmw/en-us" and v.languages == ("en-us",) for v in client.voices())
    prepared(client, LONG)
    slow = client._phrases.durations[LONG]
    client.set_rate(300)
    client.set_voice("gmw/en-us")
    wait_for(lambda: client._phrases.settings["voice"] == "gmw/en-us" and client.is_prepared(LONG))
    assert client._phrases.durations[LONG] < 0.8 * slow
    assert len(list((paths.cache_dir() / "speech").glob("*.wav"))) == 3

    client.set_voice("no/such-voice")
    wait_for(lambda: any("refused" in s for s in seen.status))
    wait_for(lambda: client.is_prepared(LONG))
    assert client._phrases.settings["voice"] == "gmw/en-us"
