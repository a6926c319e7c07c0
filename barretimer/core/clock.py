"""The clock the window's engine runs on (the core is handed a clock; this is the real one)."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


def system_clock() -> Clock:
    """CLOCK_BOOTTIME where there is one: it keeps counting while the computer sleeps, so the
    engine sees the jump and pauses. ``time.monotonic`` stops during suspend on Linux."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:
            boottime = None
    if boottime is not None:
        clock_id = boottime
        return lambda: time.clock_gettime(clock_id)
    return time.monotonic
