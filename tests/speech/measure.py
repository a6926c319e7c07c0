"""Measure the speech subsystem: ``python -m tests.speech.measure`` from the repository root.

Prints the render time per phrase, the helper's start-up time, the time from say() of a
prepared phrase to aplay running, and stop() latency (say -> silence, against a private
PulseAudio null sink that plays in real time). Needs espeak-ng, aplay and pulseaudio.
"""

from __future__ import annotations

import array
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from barretimer.speech.api import Priority
from barretimer.speech.client import SpeechClient
from tests.helpers.pulse import PulseServer
from tests.speech.conftest import (
    REPO,
    SOUNDS,
    HelperProcess,
    SinkRecording,
    group_alive,
    wait_for,
)

PHRASES = [
    "Get ready. First up: plie squat hold.",
    "Heels together, knees over toes, sink one inch.",
    "Squeeze the seat.",
    "Stay low.",
    "Halfway.",
    "Ten seconds.",
    "Switch sides.",
    "Rest. Next up: bridge pulses.",
    "Lift the hips and pulse.",
    "Keep the ribs down.",
    "Figure four stretch.",
    "Breathe out as you fold.",
    "Single leg stand.",
    "Eyes on one point.",
    "Clamshell, left side.",
    "Open the knee without rolling back.",
    "Seat circuit, round two.",
    "Last one. Make it count.",
    "Great work. Workout finished.",
    "Go.",
]
LONG = "Keep the heels together, lower the hips one inch, and hold it there while you breathe."


def ms(values: list[float]) -> str:
    values = sorted(values)
    return (
        f"median {statistics.median(values) * 1000:.1f} ms, "
        f"min {values[0] * 1000:.1f}, max {values[-1] * 1000:.1f} (n={len(values)})"
    )


def audible_tail_s(values: array.array[int], threshold: int = 300) -> float:
    """Seconds from the start of ``values`` to the end of its last sound (10 ms pieces)."""
    piece = SinkRecording.RATE // 100
    last = 0.0
    for n, i in enumerate(range(0, len(values), piece)):
        chunk = values[i : i + piece]
        if chunk and max(abs(v) for v in chunk) > threshold:
            last = (n + 1) * 0.01
    return last


def start_helper(cache: Path, env: dict[str, str]) -> HelperProcess:
    env = {**env, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "barretimer.speech.helper"]
    cmd += ["--cache-dir", str(cache), "--sounds-dir", str(SOUNDS)]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    helper = HelperProcess(proc)
    helper.start_readers()
    return helper


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = dict(os.environ)

        hello, ready = [], []
        for i in range(5):
            began = time.monotonic()
            helper = start_helper(root / f"start{i}", env)
            helper.event("hello", timeout=10)
            hello.append(time.monotonic() - began)
            helper.event("ready", timeout=10)
            ready.append(time.monotonic() - began)
            helper.close()
        print(f"helper start, to first answer: {ms(hello)}")
        print(f"helper start, to speech ready (includes the espeak-ng probe): {ms(ready)}")

        helper = start_helper(root / "render", env)
        helper.event("ready", timeout=10)
        round_trips, durations = [], []
        for text in PHRASES:
            began = time.monotonic()
            reply = helper.request("render", text=text)
            round_trips.append(time.monotonic() - began)
            durations.append(reply["duration_s"])
        cached = []
        for text in PHRASES:
            began = time.monotonic()
            assert helper.request("render", text=text)["cached"]
            cached.append(time.monotonic() - began)
        helper.close()
        print(f"render per phrase (pyttsx3, request to complete WAV): {ms(round_trips)}")
        print(f"  phrase durations {min(durations):.2f}-{max(durations):.2f} s")
        print(f"render request for a cached phrase: {ms(cached)}")

        server = PulseServer(root, env)
        server.start()
        pulse_env = server.env()
        try:
            sink = SinkRecording(root / "sink.raw")
            server.record(sink.path, sink.RATE)
            sink.mark()
            spoken: list[str] = []
            client = SpeechClient(
                env=pulse_env,
                cache_dir=root / "client-cache",
                on_spoken=lambda text, at: spoken.append(text),
            )
            client.start()
            client.prepare([*PHRASES, LONG])
            wait_for(lambda: all(client.is_prepared(p) for p in [*PHRASES, LONG]), 20)

            for text in PHRASES:
                count = len(spoken)
                client.say(text, Priority.HIGH)
                wait_for(lambda n=count: len(spoken) > n)
            client.stop()
            prompt = ms(client.stats["say_to_start_s"])
            print(f"say() of a prepared phrase -> aplay started: {prompt}")

            latencies, tails = [], []
            for _ in range(10):
                count = len(spoken)
                client.say(LONG, Priority.HIGH)
                wait_for(lambda n=count: len(spoken) > n)
                player = wait_for(lambda: client._helper.players.get("speech"))
                time.sleep(0.5)
                asked = time.monotonic()
                at_stop = sink.size()
                client.stop()
                wait_for(lambda p=player: not group_alive(p), 2, 0.0005)
                latencies.append(time.monotonic() - asked)
                sink.wait_past(at_stop, 0.5)
                tails.append(audible_tail_s(sink.samples(at_stop, sink.offset(at_stop, 0.5))))
            print(f"stop() -> aplay process group gone: {ms(latencies)}")
            print(f"stop() -> last sound at the sink (+ ~20 ms capture lag): {ms(tails)}")

            client.stats["say_to_start_s"].clear()
            for i in range(10):
                count = len(spoken)
                client.say(f"A phrase not rendered before, number {i}.", Priority.NORMAL)
                wait_for(lambda n=count: len(spoken) > n)
                client.stop()
            late = ms(client.stats["say_to_start_s"])
            print(f"say() of a phrase not rendered yet -> aplay started: {late}")
            client.shutdown()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
