"""The fake clock: time is what the engine's tests are about, so it moves only when told to."""

from __future__ import annotations


class FakeClock:
    """A clock for the engine (a ``now()`` callable) that moves only by :meth:`advance`."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
