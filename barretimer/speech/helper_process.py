"""The speech helper as a process, for :class:`~barretimer.speech.client.SpeechClient`.

One helper at a time: started with the same barretimer the app runs, fed requests on its
stdin, its output read by two threads and handed to the client's worker as messages
(``("helper", generation, message)`` and ``("exited", generation, process)``). Each start is a
new generation, so what an old helper still says is told apart and ignored. Only the worker
thread calls the methods here.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import signal
import subprocess
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from barretimer.speech.protocol import BadMessage, decode, encode

log = logging.getLogger(__name__)

_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent.parent)


class HelperProcess:
    """The running helper (or none), with the aplay players it reported."""

    def __init__(
        self,
        post: Callable[..., None],
        *,
        python: str,
        env: Mapping[str, str] | None,
        cache_dir: Path | None,
        sounds_dir: Path | None,
    ) -> None:
        self._post = post
        self._python = python
        self._env = dict(env) if env is not None else None
        self._cache_dir = cache_dir
        self._sounds_dir = sounds_dir
        self._proc: subprocess.Popen[bytes] | None = None
        self._threads: list[threading.Thread] = []
        self.generation = 0
        self.pid: int | None = None
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=20)
        self.players: dict[str, int] = {}  # channel -> aplay pid (its process group)

    def start(self) -> str:
        """Start a new helper; the reason when it cannot start, else ``""``."""
        self.generation += 1
        try:
            proc = subprocess.Popen(
                self._command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self._environment(),
            )
        except OSError as exc:
            self._proc = None
            return f"cannot start the helper: {exc}"
        self._proc = proc
        self.pid = proc.pid
        self.stderr_tail = collections.deque(maxlen=20)
        self._threads = [
            threading.Thread(
                target=self._read_stdout,
                args=(proc, self.generation),
                name="speech-reader",
                daemon=True,
            ),
            threading.Thread(
                target=self._read_stderr,
                args=(proc, self.stderr_tail),
                name="speech-stderr",
                daemon=True,
            ),
        ]
        for thread in self._threads:
            thread.start()
        return ""

    def _command(self) -> list[str]:
        from barretimer import paths

        cache_dir = self._cache_dir or paths.cache_dir() / "speech"
        sounds_dir = self._sounds_dir or paths.assets_dir() / "sounds"
        return [
            *(self._python, "-m", "barretimer.speech.helper"),
            *("--cache-dir", str(cache_dir)),
            *("--sounds-dir", str(sounds_dir)),
        ]

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ if self._env is None else self._env)
        if _PACKAGE_PARENT not in _site_dirs():
            # A checkout: the helper must import this same barretimer, whatever its cwd.
            env["PYTHONPATH"] = os.pathsep.join(
                p for p in (_PACKAGE_PARENT, env.get("PYTHONPATH", "")) if p
            )
        return env

    def _read_stdout(self, proc: subprocess.Popen[bytes], generation: int) -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            try:
                message = decode(raw)
            except BadMessage as error:
                log.warning("speech helper sent a bad line (%s): %r", error, raw[:200])
                continue
            self._post("helper", generation, message)
        proc.stdout.close()
        proc.wait()
        self._post("exited", generation, proc)

    def _read_stderr(self, proc: subprocess.Popen[bytes], tail: collections.deque[str]) -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                tail.append(line)
                log.warning("speech helper: %s", line)
        proc.stderr.close()

    def send(self, message: dict[str, Any]) -> bool:
        """False when there is no helper to take it (a dead one is restarted by its exit)."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.poll() is not None:
            return False
        try:
            proc.stdin.write(encode(message))
            proc.stdin.flush()
        except (OSError, ValueError):
            return False  # the reader sees it exit and restarts it
        return True

    def close(self) -> None:
        """Ask the helper to stop (closing its stdin), kill it after a second."""
        proc = self._proc
        self._proc = None
        self.generation += 1  # what the old helper still says is ignored
        if proc is None:
            return
        close_stdin(proc)  # the helper stops its players and exits
        try:
            proc.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            self.kill_players()
        for thread in self._threads:
            thread.join(timeout=1.0)

    def exited(self, generation: int, proc: subprocess.Popen[bytes]) -> bool:
        """A helper's end, as its reader saw it: True when it was the current one (now gone,
        with the players it left)."""
        close_stdin(proc)
        if generation != self.generation:
            return False
        self._proc = None
        self.kill_players()
        return True

    def player_started(self, channel: str, pid: object) -> None:
        if isinstance(pid, int):
            self.players[channel] = pid

    def player_finished(self, channel: str, pid: object) -> None:
        if channel in self.players and self.players[channel] == pid:
            del self.players[channel]  # a player that never started has no entry

    def kill_players(self) -> None:
        """Kill the aplay process groups a helper left behind (it cannot when SIGKILLed)."""
        for pid in self.players.values():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if b"aplay" not in f.read():
                        continue  # gone, and the pid reused
                os.killpg(pid, signal.SIGKILL)
            except (OSError, ProcessLookupError):
                pass
        self.players.clear()


class RestartBudget:
    """At most ``max_restarts`` restarts in any ``period_s``: a helper that dies at once
    every time is not restarted in a tight loop."""

    def __init__(self, max_restarts: int, period_s: float) -> None:
        self.max_restarts = max_restarts
        self.period_s = period_s
        self._times: collections.deque[float] = collections.deque()

    def take(self, now: float) -> float | None:
        """None when a restart may happen now (it is counted); else when the next may."""
        while self._times and now - self._times[0] > self.period_s:
            self._times.popleft()
        if len(self._times) < self.max_restarts:
            self._times.append(now)
            return None
        return self._times[0] + self.period_s


def close_stdin(proc: subprocess.Popen[bytes]) -> None:
    if proc.stdin is not None:
        with contextlib.suppress(OSError, ValueError):
            proc.stdin.close()


def _site_dirs() -> set[str]:
    import site

    dirs = set(site.getsitepackages())
    with contextlib.suppress(AttributeError):
        dirs.add(site.getusersitepackages())
    return {str(Path(d).resolve()) for d in dirs}
