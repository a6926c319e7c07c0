"""What the benchmark modules share: statistics, environments, a private PulseAudio server
recording its null sink, subprocesses and the description of the machine."""

from __future__ import annotations

import contextlib
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.helpers import pulse

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


# --- numbers ----------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (never below the value it names: p99 of 100 values is the 99th)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def describe(values: Sequence[float]) -> dict[str, float]:
    """n, median, p95, p99, min, max of ``values``."""
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "min": min(values),
        "max": max(values),
    }


def timed_ms(function: Any, repeats: int) -> list[float]:
    """Milliseconds of ``repeats`` calls of ``function()`` (each timed on its own)."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        function()
        times.append((time.perf_counter() - began) * 1000.0)
    return times


def proc_status_kb(pid: str, keys: Sequence[str]) -> dict[str, int]:
    """Fields of /proc/PID/status in kB (``pid`` may be "self"); missing ones are left out."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                name, _, rest = line.partition(":")
                if name in keys:
                    out[name] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return out


# --- environments -----------------------------------------------------------------------------


def base_env(folder: Path, *, runtime: Path | None = None, audio: str = "pulse") -> dict[str, str]:
    """An environment for one app or CLI process, everything kept inside ``folder``.

    ``audio``: "pulse" (ALSA's default device is the PulseAudio server in ``runtime``), "file"
    (aplay writes to a WAV file at once, no real-time wait) or "none" (ALSA null device).
    """
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)
    if audio == "pulse":
        asound = "pcm.!default { type pulse }\nctl.!default { type pulse }\n"
    elif audio == "file":
        capture = folder / "aplay-capture.wav"
        asound = f'pcm.!default {{ type file; slave.pcm "null"; file "{capture}"; format "wav" }}\n'
    else:
        asound = "pcm.!default { type null }\n"
    (home / ".asoundrc").write_text(asound)
    env = dict(os.environ)
    for name in ("PULSE_SERVER", "DISPLAY", "WAYLAND_DISPLAY", "BARRETIMER_DATA_DIR"):
        env.pop(name, None)
    if runtime is None:
        runtime = folder / "run"
        runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        BARRETIMER_DATA_DIR=str(folder / "data"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p),
        PYTHONDONTWRITEBYTECODE="",
    )
    env.pop("PYTHONDONTWRITEBYTECODE")
    return env


def wait_for(condition: Any, timeout: float, what: str, interval: float = 0.01) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def stop_process(process: subprocess.Popen[Any], timeout: float = 5.0) -> None:
    """Terminate a process we started (and its group when it leads one)."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGKILL)
        process.wait()


# --- PulseAudio -------------------------------------------------------------------------------


@dataclass
class SinkRecording:
    """What a null sink plays, as raw 16-bit mono at ``RATE`` (parec), with a clock for it.

    A thread samples (time.monotonic(), file size) every millisecond. Sound at byte ``b`` was
    played (rendered by the sink) at ``T0 + b / byte_rate``; every sample bounds ``T0`` from
    above (the bytes were there by then), so the lowest bound near a moment is the estimate.
    parec asks for 5 ms pieces, so the sink renders at most about 5 ms ahead: that is the
    uncertainty of the mapping (checked against aplay start times: sound follows them by
    2-20 ms, never precedes them).
    """

    path: Path
    RATE: int = 22050
    samples: list[tuple[float, int]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    @property
    def byte_rate(self) -> int:
        return self.RATE * 2

    def start_sampling(self) -> None:
        def run() -> None:
            last = -1
            while not self._stop.is_set():
                try:
                    size = self.path.stat().st_size & ~1
                except OSError:
                    size = 0
                now = time.monotonic()
                if size != last and size > 0:
                    self.samples.append((now, size))
                    last = size
                time.sleep(0.001)

        self._thread = threading.Thread(target=run, name="sink-clock", daemon=True)
        self._thread.start()

    def stop_sampling(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)

    def origin_near(self, moment: float, window_s: float = 10.0) -> float:
        """Monotonic time of byte 0, from the samples within ``window_s`` of ``moment``."""
        near = [
            t - size / self.byte_rate for t, size in self.samples if abs(t - moment) <= window_s
        ]
        if not near:
            near = [t - size / self.byte_rate for t, size in self.samples]
        return min(near)


class PulseServer(pulse.PulseServer):
    """The tests' private PulseAudio server with a null sink (real-time, no sound card),
    optionally recorded with parec and put on ``time.monotonic`` (:class:`SinkRecording`)."""

    def __init__(self, folder: Path, record: bool = False) -> None:
        super().__init__(folder)
        self.recording: SinkRecording | None = (
            SinkRecording(folder / "sink.raw") if record else None
        )

    def start(self) -> None:
        super().start()
        if self.recording is None:
            return
        try:
            self.record(self.recording.path, self.recording.RATE, latency_ms=5)
            self.recording.start_sampling()
            # parec takes a moment to begin writing; the sink clock needs its samples.
            recording = self.recording
            wait_for(lambda: len(recording.samples) > 20, 15, "parec to start writing")
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self.recording is not None:
            self.recording.stop_sampling()
        super().stop()


# --- the machine ------------------------------------------------------------------------------


def _first_line(path: str, prefix: str, separator: str = ":") -> str:
    with contextlib.suppress(OSError):
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix) and separator in line:
                return line.split(separator, 1)[1].strip()
    return "?"


def machine() -> dict[str, Any]:
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except Exception:  # described, not needed
        qt = "?"
    mem_kb = _first_line("/proc/meminfo", "MemTotal").split()[0]
    return {
        "cpu": _first_line("/proc/cpuinfo", "model name"),
        "cores": os.cpu_count(),
        "memory_gb": round(int(mem_kb) / 1024 / 1024, 1) if mem_kb.isdigit() else None,
        "os": _first_line("/etc/os-release", "PRETTY_NAME", "=").strip('"') or platform.platform(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "qt": qt,
        "espeak_ng": _command_version(["espeak-ng", "--version"])
        .split("text-to-speech:")[-1]
        .split("Data at")[0]
        .strip(),
    }


def _command_version(command: list[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr) else "?"


@contextlib.contextmanager
def temporary_folder(prefix: str, keep: bool = False) -> Iterator[Path]:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
