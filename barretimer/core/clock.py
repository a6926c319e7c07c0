"""The clocks the app is handed: the engine's seconds (:data:`Clock`, this module's
:func:`system_clock` is the real one) and the wall clock for dates (:data:`WallClock`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

#: Seconds on a clock that never goes back; only differences mean something.
Clock = Callable[[], float]
#: The local date and time, for what depends on the day (the history, the progression rule).
WallClock = Callable[[], datetime]


def local_now() -> datetime:
    """The real wall clock: now, in the local time zone."""
    return datetime.now().astimezone()


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
