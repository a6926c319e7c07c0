"""Fixtures for the speech tests: captured audio sinks and a raw helper process.

Audio is real: espeak-ng renders, aplay plays. Where it goes:

* ``file_sink``: a HOME whose ``.asoundrc`` sends ALSA's default device to a WAV file. aplay
  writes it as fast as it can (no real-time wait), so a phrase is "played" in milliseconds.
* ``pulse_sink``: a private PulseAudio server with a null sink, which consumes audio in real
  time, so a long phrase is still playing when the test stops it.
"""

from __future__ import annotations

import array
import json
import math
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from barretimer.speech.render import wav_duration
from tests.helpers.pulse import ASOUNDRC, PulseServer, PulseUnavailable

REPO = Path(__file__).resolve().parents[2]
SOUNDS = REPO / "assets" / "sounds"
ALSA_PULSE_PLUGIN = "libasound_module_pcm_pulse.so"


def wait_for(condition: Callable[[], Any], timeout: float = 5.0, interval: float = 0.005) -> Any:
    """Poll ``condition`` until it returns something true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {condition}")
        time.sleep(interval)


def wav_levels(path: Path) -> tuple[float, float, float]:
    """(RMS, peak, seconds) of a 16-bit WAV, RMS and peak as fractions of full scale."""
    import wave

    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return 0.0, 0.0, 0.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768
    peak = max(abs(s) for s in samples) / 32768
    return rms, peak, seconds


def _proc_stat(pid: int) -> tuple[str, int, int] | None:
    """(state, ppid, pgrp) of a process, or None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return fields[0], int(fields[1]), int(fields[2])


def _pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def aplay_children(parent_pid: int) -> list[int]:
    """Live aplay processes started by ``parent_pid``."""
    found = []
    for pid in _pids():
        stat = _proc_stat(pid)
        if stat is None or stat[1] != parent_pid or stat[0] == "Z":
            continue
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() == "aplay":
                found.append(pid)
        except OSError:
            pass
    return found


def group_alive(pgid: int) -> bool:
    """Whether any process of group ``pgid`` is still alive (zombies do not count)."""
    for pid in _pids():
        stat = _proc_stat(pid)
        if stat is not None and stat[2] == pgid and stat[0] != "Z":
            return True
    return False


@dataclass
class Sink:
    home: Path
    env: dict[str, str]
    capture: Path | None = None  # file_sink: where aplay's output lands
    recording: SinkRecording | None = None  # pulse_sink: what the sink plays, in real time

    def captured(self) -> tuple[float, float, float]:
        """Levels of what aplay wrote, once it has finished writing it."""
        capture = self.capture
        assert capture is not None
        wait_for(lambda: wav_duration(capture, allow_empty=False) is not None, timeout=5)
        return wav_levels(capture)


def _base_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HOME"] = str(home)
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)  # no desktop PulseAudio server is found by accident
    env.pop("PULSE_SERVER", None)
    return env


@pytest.fixture
def file_sink(tmp_path: Path) -> Sink:
    home = tmp_path / "home"
    home.mkdir()
    capture = tmp_path / "captured.wav"
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{capture}"; format "wav" }}\n'
    )
    return Sink(home, _base_env(home), capture)


@pytest.fixture
def broken_audio(tmp_path: Path) -> Sink:
    """ALSA's default device is a sound card that does not exist: every play fails."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type hw; card 7 }\n")
    return Sink(home, _base_env(home))


def _alsa_pulse_plugin() -> bool:
    for folder in Path("/usr/lib").glob("*/alsa-lib"):
        if (folder / ALSA_PULSE_PLUGIN).exists():
            return True
    return (Path("/usr/lib/alsa-lib") / ALSA_PULSE_PLUGIN).exists()


class SinkRecording:
    """Everything the PulseAudio null sink plays, as raw 16-bit mono at ``RATE``, growing in
    real time (parec writes it in 10 ms pieces, about 20 ms behind the sound)."""

    RATE = 22050

    def __init__(self, path: Path) -> None:
        self.path = path

    def size(self) -> int:
        try:
            return self.path.stat().st_size & ~1
        except OSError:
            return 0

    def mark(self) -> int:
        """The current end of the recording, once parec is writing (it takes ~2 s to begin)."""
        first = wait_for(self.size, timeout=10)
        wait_for(lambda: self.size() > first, timeout=2)
        return self.size()

    def wait_past(self, mark: int, seconds: float) -> None:
        wait_for(lambda: self.size() >= mark + int(seconds * self.RATE) * 2, timeout=seconds + 2)

    def samples(self, start: int, end: int | None = None) -> array.array[int]:
        with self.path.open("rb") as f:
            f.seek(start)
            data = f.read() if end is None else f.read(max(0, end - start))
        values = array.array("h", data[: len(data) & ~1])
        if sys.byteorder == "big":
            values.byteswap()
        return values

    def offset(self, mark: int, seconds: float) -> int:
        return mark + int(seconds * self.RATE) * 2


def loud_seconds(values: array.array[int], threshold: int = 300) -> float:
    """How long the sound stays above ``threshold``, in 10 ms pieces."""
    piece = SinkRecording.RATE // 100
    pieces = (values[i : i + piece] for i in range(0, len(values), piece))
    return sum(0.01 for p in pieces if p and max(abs(v) for v in p) > threshold)


@dataclass
class RunningPulse:
    runtime: Path
    recording: SinkRecording


@pytest.fixture(scope="session")
def _pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPulse]:
    if not _alsa_pulse_plugin():
        pytest.fail("aplay cannot reach PulseAudio: apt-get install libasound2-plugins")
    folder = tmp_path_factory.mktemp("pulse")
    server = PulseServer(folder)
    try:
        server.start()
    except PulseUnavailable as error:
        pytest.fail(f"real-time audio tests need PulseAudio: {error}")
    try:
        recording = folder / "sink.raw"
        server.record(recording, SinkRecording.RATE)
        yield RunningPulse(server.runtime, SinkRecording(recording))
    finally:
        server.stop()


@pytest.fixture
def pulse_sink(_pulse_server: RunningPulse, tmp_path: Path) -> Sink:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text(ASOUNDRC)
    env = _base_env(home)
    env["XDG_RUNTIME_DIR"] = str(_pulse_server.runtime)
    return Sink(home, env, recording=_pulse_server.recording)


@dataclass
class HelperProcess:
    """The helper run directly, speaking its JSON-lines protocol (what SpeechClient does)."""

    proc: subprocess.Popen[bytes]
    messages: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)
    seen: list[dict[str, Any]] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    closed: bool = False
    _next_id: int = 0
    _threads: list[threading.Thread] = field(default_factory=list)

    def start_readers(self) -> None:
        def read_out() -> None:
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                self.messages.put(json.loads(line))

        def read_err() -> None:
            assert self.proc.stderr is not None
            for line in self.proc.stderr:
                self.stderr.append(line.decode("utf-8", "replace"))

        self._threads = [
            threading.Thread(target=read_out, daemon=True),
            threading.Thread(target=read_err, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def send_raw(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, cmd: str, **fields: Any) -> int:
        self._next_id += 1
        self.send_raw(json.dumps({"cmd": cmd, "id": self._next_id, **fields}).encode() + b"\n")
        return self._next_id

    def wait(self, match: Callable[[dict[str, Any]], bool], timeout: float = 5.0) -> dict[str, Any]:
        """The first message (seen before or arriving) that ``match`` accepts."""
        for message in self.seen:
            if match(message):
                return message
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no matching message in {timeout} s; seen: {self.seen}")
            try:
                message = self.messages.get(timeout=remaining)
            except queue.Empty:
                continue
            self.seen.append(message)
            if match(message):
                return message

    def request(self, cmd: str, timeout: float = 5.0, **fields: Any) -> dict[str, Any]:
        request_id = self.send(cmd, **fields)
        return self.wait(lambda m: m.get("id") == request_id and "event" not in m, timeout)

    def event(self, name: str, timeout: float = 5.0, **fields: Any) -> dict[str, Any]:
        return self.wait(
            lambda m: m.get("event") == name and all(m.get(k) == v for k, v in fields.items()),
            timeout,
        )

    def drain(self) -> list[dict[str, Any]]:
        while True:
            try:
                self.seen.append(self.messages.get_nowait())
            except queue.Empty:
                return self.seen

    def close(self, timeout: float = 5.0) -> int:
        """Close stdin (the helper should exit) and return its exit code."""
        self.closed = True
        assert self.proc.stdin is not None
        if not self.proc.stdin.closed:
            self.proc.stdin.close()
        try:
            code = self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            for thread in self._threads:
                thread.join(2)
            assert self.proc.stdout is not None and self.proc.stderr is not None
            self.proc.stdout.close()
            self.proc.stderr.close()
        return code


@pytest.fixture
def start_helper(tmp_path: Path) -> Iterator[Callable[..., HelperProcess]]:
    helpers: list[HelperProcess] = []

    def start(env: dict[str, str] | None = None, cache_dir: Path | None = None) -> HelperProcess:
        env = dict(env if env is not None else os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
        cmd = [sys.executable, "-m", "barretimer.speech.helper"]
        cmd += ["--cache-dir", str(cache_dir or tmp_path / "cache"), "--sounds-dir", str(SOUNDS)]
        proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        helper = HelperProcess(proc)
        helper.start_readers()
        helpers.append(helper)
        return helper

    yield start
    for helper in helpers:
        if not helper.closed:
            helper.close()
