"""A private PulseAudio server with a null sink: it consumes audio in real time with no sound
card, so a long phrase is still playing when a test stops it. Used by the speech tests, their
measuring script and the benchmarks (the one copy of this set-up)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import IO

#: The sink the server plays into; parec records its monitor.
SINK = "nullsink"
#: An ALSA configuration that sends the default device to the PulseAudio server.
ASOUNDRC = "pcm.!default { type pulse }\nctl.!default { type pulse }\n"


class PulseUnavailable(RuntimeError):
    """PulseAudio is not installed here, or did not start."""


class PulseServer:
    """``pulseaudio`` with a null sink, its socket in ``folder/run``; a context manager.

    ``env()`` is an environment whose ALSA and PulseAudio clients (aplay, parec) reach it;
    ``record(path)`` starts parec writing what the sink plays as raw 16-bit mono.
    """

    def __init__(self, folder: Path, base_env: Mapping[str, str] | None = None) -> None:
        self.folder = folder
        self.home = folder / "pulse-home"
        self.runtime = folder / "pulse-run"
        self.log_path = folder / "pulseaudio.log"
        self._base_env = dict(os.environ if base_env is None else base_env)
        self._processes: list[subprocess.Popen[bytes]] = []
        self._log: IO[bytes] | None = None

    def env(self) -> dict[str, str]:
        env = dict(self._base_env)
        env.pop("PULSE_SERVER", None)  # never the desktop's server
        env.update(HOME=str(self.home), XDG_RUNTIME_DIR=str(self.runtime))
        return env

    def start(self) -> None:
        for tool in ("pulseaudio", "parec", "aplay"):
            if shutil.which(tool) is None:
                raise PulseUnavailable(
                    f"{tool} is missing: apt-get install pulseaudio pulseaudio-utils alsa-utils "
                    "libasound2-plugins"
                )
        self.runtime.mkdir(parents=True, mode=0o700, exist_ok=True)
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / ".asoundrc").write_text(ASOUNDRC)
        server = self._spawn(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                f"--load=module-null-sink sink_name={SINK}",
                "--load=module-native-protocol-unix",
            ]
        )
        socket = self.runtime / "pulse" / "native"
        deadline = time.monotonic() + 10
        while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if not socket.exists():
            self.stop()
            tail = self.log_path.read_text(errors="replace")[-500:]
            raise PulseUnavailable(f"pulseaudio did not start: {tail}")

    def record(self, path: Path, rate: int, latency_ms: int = 20) -> None:
        """Start parec writing what the sink plays to ``path`` (s16le, mono, ``rate``)."""
        self._spawn(
            [
                "parec",
                "-d",
                f"{SINK}.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
                f"--rate={rate}",
                f"--latency-msec={latency_ms}",
                str(path),
            ]
        )

    def _spawn(self, command: list[str]) -> subprocess.Popen[bytes]:
        if self._log is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._log = self.log_path.open("ab")
        process = subprocess.Popen(
            command,
            env=self.env(),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
        )
        self._processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._processes.clear()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> PulseServer:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
