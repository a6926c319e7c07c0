"""Soak: a two-hour routine played through at speed 50 (2 min 24 s). Memory must stay flat and
the session must be in the history as completed at the end.

``soak()`` takes a *player factory*, so the same trial runs against any player: the headless
one here, and the window when it can be driven the same way (a factory whose player reports
its process's resident memory and whether it is still playing).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest

from tests.reliability.helpers import OK, Player, history_json, kinds, rss_bytes, timeline_of

ROUTINE = OK / "two-hours.yaml"
SPEED = 50.0
MAX_GROWTH_BYTES = 5 * 1024 * 1024
SAMPLE_EVERY_S = 0.5


class SoakPlayer(Protocol):
    """What the soak needs from a player while it plays."""

    def playing(self) -> bool:
        """True until the workout has ended (an in-process player may pump its events here)."""
        ...

    def rss_bytes(self) -> int: ...

    def finish(self) -> int:
        """Wait for the end; the exit status, 0 when the workout was completed."""
        ...


PlayerFactory = Callable[[Path, Path, float], SoakPlayer]  # (routine, data folder, speed)


class HeadlessSoakPlayer:
    def __init__(self, routine: Path, data_dir: Path, speed: float) -> None:
        self.player = Player(routine, data_dir, speed=speed)
        self.player.wait_for(lambda events: "started" in kinds(events))  # start-up is not the soak

    def playing(self) -> bool:
        return self.player.proc.poll() is None and "finished" not in kinds(self.player.snapshot())

    def rss_bytes(self) -> int:
        return rss_bytes(self.player.pid)

    def finish(self) -> int:
        return self.player.finish(timeout=600)


def headless_player(routine: Path, data_dir: Path, speed: float) -> SoakPlayer:
    return HeadlessSoakPlayer(routine, data_dir, speed)


@dataclass(frozen=True)
class SoakResult:
    samples: list[int]  # resident bytes, every SAMPLE_EVERY_S of wall time
    exit_code: int
    wall_s: float

    def tenth(self, last: bool) -> float:
        count = max(1, len(self.samples) // 10)
        part = self.samples[-count:] if last else self.samples[:count]
        return sum(part) / len(part)

    @property
    def growth_bytes(self) -> float:
        return self.tenth(last=True) - self.tenth(last=False)


def soak(factory: PlayerFactory, routine: Path, data_dir: Path, speed: float) -> SoakResult:
    started = time.monotonic()
    player = factory(routine, data_dir, speed)
    samples = []
    while player.playing():
        try:
            samples.append(player.rss_bytes())
        except (FileNotFoundError, ProcessLookupError):
            break  # it ended between the two questions
        time.sleep(SAMPLE_EVERY_S)  # sampling a real process as it runs
    return SoakResult(samples, player.finish(), time.monotonic() - started)


@pytest.mark.slow
def test_two_hours_at_speed_50_memory_stays_flat(tmp_path: Path) -> None:
    assert timeline_of(ROUTINE).total_s == 2 * 3600
    result = soak(headless_player, ROUTINE, tmp_path, SPEED)
    print(
        f"\nsoak: {len(result.samples)} samples over {result.wall_s:.0f} s; resident memory "
        f"{result.tenth(last=False) / 2**20:.1f} MiB in the first tenth, "
        f"{result.tenth(last=True) / 2**20:.1f} MiB "
        f"in the last: {result.growth_bytes / 2**20:+.2f} MiB"
    )
    assert result.exit_code == 0
    assert len(result.samples) >= 100
    assert result.growth_bytes < MAX_GROWTH_BYTES
    [session] = history_json(tmp_path)
    assert session["status"] == "completed"
    assert session["planned_s"] == session["done_s"] == 2 * 3600
    assert (
        session["steps_done"] == session["steps_total"] == len(timeline_of(ROUTINE).work_intervals)
    )
