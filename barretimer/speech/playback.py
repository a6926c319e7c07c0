"""Playing WAV files with aplay, in the helper process: one channel for speech, one for beeps."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from barretimer.speech.protocol import (
    Event,
    event,
)

if TYPE_CHECKING:
    from barretimer.speech.helper import Helper


class Channel:
    """One aplay at a time, each in its own process group so stop() kills it and its children."""

    def __init__(self, name: str, helper: Helper) -> None:
        self.name = name
        self._helper = helper
        self._proc: subprocess.Popen[bytes] | None = None
        self._killed: set[int] = set()

    def play(self, path: Path, request_id: Any, text: str, duration_s: float) -> None:
        helper = self._helper
        with helper.lock:
            self._kill_locked()
            if helper.aplay is None:
                helper.playback_failed("aplay not found")
                helper.send(self._finished(request_id, False, "playback unavailable"))
                return
            try:
                proc = subprocess.Popen(
                    [helper.aplay, "-q", str(path)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    start_new_session=True,
                )
            except OSError as exc:
                helper.playback_failed(f"cannot start aplay: {exc}")
                helper.send(self._finished(request_id, False, "playback unavailable"))
                return
            self._proc = proc
            helper.send(
                event(
                    Event.STARTED,
                    id=request_id,
                    channel=self.name,
                    text=text,
                    at=time.monotonic(),
                    duration_s=round(duration_s, 4),
                    pid=proc.pid,
                )
            )
        threading.Thread(
            target=self._watch, args=(proc, request_id), name=f"aplay-{self.name}", daemon=True
        ).start()

    def stop(self) -> bool:
        with self._helper.lock:
            return self._kill_locked()

    def _kill_locked(self) -> bool:
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return False
        self._killed.add(proc.pid)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        return True

    def _watch(self, proc: subprocess.Popen[bytes], request_id: Any) -> None:
        assert proc.stderr is not None
        err = proc.stderr.read().decode("utf-8", "replace").strip()
        proc.stderr.close()
        code = proc.wait()
        helper = self._helper
        with helper.lock:
            if self._proc is proc:
                self._proc = None
            if proc.pid in self._killed:
                self._killed.discard(proc.pid)
                helper.send(self._finished(request_id, False, "stopped", proc.pid))
            elif code != 0:
                lines = [line for line in err.splitlines() if line.strip()]
                helper.playback_failed(lines[-1] if lines else f"aplay exit code {code}")
                helper.send(self._finished(request_id, False, "playback failed", proc.pid))
            else:
                helper.playback_ok()
                helper.send(self._finished(request_id, True, "", proc.pid))

    def _finished(
        self, request_id: Any, completed: bool, reason: str, pid: int | None = None
    ) -> dict[str, Any]:
        return event(
            Event.FINISHED,
            id=request_id,
            channel=self.name,
            completed=completed,
            reason=reason,
            pid=pid,
        )
