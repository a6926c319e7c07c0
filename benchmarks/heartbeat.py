"""The machine's own noise: a bare QApplication (offscreen) whose only work is a 10 ms precise
heartbeat QTimer, run beside the app while it plays. A gap here is not the app's doing (the
scheduler, the virtual machine, the kernel). Each long gap comes with the CPU time the
hypervisor took from this virtual machine meanwhile (the steal column of ``/proc/stat``, in
ticks of 10 ms summed over the CPUs): time in which no process here could run; and, as the
app's heartbeat records too (:class:`ThreadTimes`), the time the beating thread itself worked
and waited for a CPU within the gap.

    python -m benchmarks.heartbeat OUT.json SECONDS
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path


def steal_reader() -> Callable[[], int]:
    """A function giving the steal ticks so far (always 0 where /proc/stat cannot be read)."""
    try:
        fd = os.open("/proc/stat", os.O_RDONLY)
    except OSError:
        return lambda: 0

    def steal() -> int:
        first = os.pread(fd, 256, 0).split(b"\n", 1)[0].split()
        return int(first[8]) if len(first) > 8 and first[0] == b"cpu" else 0

    return steal


class ThreadTimes:
    """The calling thread's CPU time and its time runnable but waiting for a CPU, in seconds
    so far (``/proc/thread-self/schedstat``; the wait is 0 where it cannot be read). Made and
    read in the thread it measures."""

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._fd = None

    def read(self) -> tuple[float, float]:
        if self._fd is None:
            return time.thread_time(), 0.0
        fields = os.pread(self._fd, 128, 0).split()
        return int(fields[0]) / 1e9, int(fields[1]) / 1e9


def main(argv: list[str]) -> int:
    out, seconds = Path(argv[0]), float(argv[1])
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    app = QCoreApplication(sys.argv[:1])
    long_gaps: list[tuple[float, float, int, float, float]] = []
    steal = steal_reader()
    times = ThreadTimes()
    cpu, wait = times.read()
    state = {"last": time.monotonic(), "count": 0, "max": 0.0, "steal": steal()}
    state.update(cpu=cpu, wait=wait)
    stolen_at_start = state["steal"]

    def beat() -> None:
        now = time.monotonic()
        stolen = steal()
        cpu, wait = times.read()
        gap = now - state["last"]
        state["last"] = now
        state["count"] += 1
        state["max"] = max(state["max"], gap)
        if gap > 0.015 and len(long_gaps) < 5000:
            worked, waited = cpu - state["cpu"], wait - state["wait"]
            long_gaps.append((now, gap, int(stolen - state["steal"]), worked, waited))
        state.update(steal=stolen, cpu=cpu, wait=wait)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    out.write_text(
        json.dumps(
            {
                "count": state["count"],
                "max_s": state["max"],
                "long": long_gaps,
                "steal_ticks": state["steal"] - stolen_at_start,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
