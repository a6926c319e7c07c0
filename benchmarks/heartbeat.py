"""The machine's own noise: a bare QApplication (offscreen) whose only work is a 10 ms precise
heartbeat QTimer, run beside the app while it plays. A gap here is not the app's doing (the
scheduler, the virtual machine, the kernel); the responsiveness figure shows which of the
app's long gaps happened at the same moments.

    python -m benchmarks.heartbeat OUT.json SECONDS
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    out, seconds = Path(argv[0]), float(argv[1])
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    app = QCoreApplication(sys.argv[:1])
    long_gaps: list[tuple[float, float]] = []
    state = {"last": time.monotonic(), "count": 0, "max": 0.0}

    def beat() -> None:
        now = time.monotonic()
        gap = now - state["last"]
        state["last"] = now
        state["count"] += 1
        state["max"] = max(state["max"], gap)
        if gap > 0.015 and len(long_gaps) < 5000:
            long_gaps.append((now, gap))

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    out.write_text(json.dumps({"count": state["count"], "max_s": state["max"], "long": long_gaps}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
