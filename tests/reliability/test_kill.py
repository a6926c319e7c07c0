"""A player killed at any moment loses nothing it showed; stopped by a signal, it says stopped.

The real headless player runs as a process and is killed with SIGKILL at seeded random
moments: during start-up (the database being created), and anywhere in the workout. After
each kill the database must pass ``PRAGMA integrity_check``, the session must be there as
``interrupted``, every work interval the player printed as ended must be stored, and the next
``barretimer history --json`` must show it.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from barretimer import cli
from barretimer.store.sessions import SessionStore
from tests.reliability.helpers import (
    DATABASE,
    OK,
    SHIPPED,
    Player,
    count_ended_work,
    ended_work_steps,
    history_json,
    integrity,
    kinds,
    same_steps,
    sessions,
    stored_steps,
    timeline_of,
)

SPEED = 200
FAST_TRIALS = 5
SLOW_TRIALS = 50


@dataclass
class Outcome:
    phase: str
    events_seen: int
    steps_stored: int


def kill_trial(
    rng: random.Random, data_dir: Path, longest_wait_s: float, during_start: bool
) -> Outcome:
    routine = rng.choice(SHIPPED)
    timeline = timeline_of(routine)
    work = {i.index for i in timeline.work_intervals}
    database = data_dir / DATABASE
    before = sessions(database)

    player = Player(routine, data_dir, speed=SPEED)
    if during_start:
        # From the spawn: lands in start-up (Python importing, the database being created and
        # migrated) or just after the start; the first events come about 0.15 s after the spawn.
        time.sleep(rng.uniform(0.0, 0.25))
    else:
        player.wait_for(lambda events: "started" in kinds(events))
        time.sleep(rng.uniform(0.0, min(0.95 * timeline.total_s / SPEED, longest_wait_s)))
    shown_before_kill = player.snapshot()
    player.signal(signal.SIGKILL)
    assert player.finish() == -signal.SIGKILL
    # Lines still in the pipe were written before the kill too: check against all of them
    # (a superset of what was read before the kill).
    shown = player.events
    assert shown[: len(shown_before_kill)] == shown_before_kill

    if database.exists():
        assert integrity(database) == "ok"
    after = sessions(database)
    assert after[: len(before)] == before, "a kill changed an earlier session"
    new = after[len(before) :]
    if "started" not in kinds(shown):
        assert len(new) <= 1 and all(s["status"] == "interrupted" for s in new)
        return Outcome("start-up", len(shown), 0)

    [session] = new
    finished = "finished" in kinds(shown)
    assert session["status"] == ("completed" if finished else "interrupted")
    expected = ended_work_steps(shown, timeline)
    stored = stored_steps(database, session["id"])
    # The recorder writes an interval before the player prints it: every printed one is stored,
    # and at most one more (written, not yet printed when the kill came).
    assert same_steps(stored[: len(expected)], expected), (stored, expected)
    assert len(stored) - len(expected) in (0, 1)
    assert session["steps_done"] == sum(1 for s in stored if not s.skipped)
    assert count_ended_work(shown, work) == len(expected)

    listed = {s["id"]: s for s in history_json(data_dir)}
    assert listed[session["id"]]["status"] == session["status"]
    assert listed[session["id"]]["steps_done"] == session["steps_done"]
    return Outcome("playing", len(shown), len(stored))


def run_kill_trials(count: int, seed: int, tmp_path: Path, longest_wait_s: float) -> list[Outcome]:
    rng = random.Random(seed)
    outcomes = []
    shared = tmp_path / "shared"  # sessions pile up across trials, as in real use
    for number in range(count):
        # Every fifth trial kills during start-up, in a folder with no database yet, so that
        # creating it is hit too.
        during_start = number % 5 == 4
        folder = tmp_path / f"fresh-{number}" if during_start else shared
        outcomes.append(kill_trial(rng, folder, longest_wait_s, during_start))
    return outcomes


def test_kill_at_random_moments_loses_nothing_shown(tmp_path: Path) -> None:
    outcomes = run_kill_trials(FAST_TRIALS, seed=7, tmp_path=tmp_path, longest_wait_s=1.5)
    assert any(o.steps_stored for o in outcomes)  # the trials did reach the workout


@pytest.mark.slow
def test_fifty_kills_lose_nothing_shown(tmp_path: Path) -> None:
    outcomes = run_kill_trials(SLOW_TRIALS, seed=20261122, tmp_path=tmp_path, longest_wait_s=15.0)
    playing = [o for o in outcomes if o.phase == "playing"]
    assert len(playing) >= SLOW_TRIALS // 2
    print(
        f"\n{len(outcomes)} kill trials: {len(playing)} mid-workout, "
        f"{len(outcomes) - len(playing)} in start-up; "
        f"{sum(o.steps_stored for o in outcomes)} steps stored and checked, 0 lost"
    )


@pytest.mark.parametrize(
    ("signum", "group"),
    [(signal.SIGTERM, False), (signal.SIGINT, True)],
    ids=["SIGTERM", "Ctrl-C"],
)
def test_sigterm_and_ctrl_c_record_stopped(tmp_path: Path, signum: int, group: bool) -> None:
    routine = SHIPPED[0]
    timeline = timeline_of(routine)
    work = {i.index for i in timeline.work_intervals}
    player = Player(routine, tmp_path, speed=SPEED)
    player.wait_for(lambda events: count_ended_work(events, work) >= 3)
    player.signal(signum, group=group)  # Ctrl-C goes to the terminal's whole process group
    assert player.finish() == 130, player.stderr
    assert "Traceback" not in player.stderr
    shown = player.events
    assert shown[-1]["event"] == "stopped"
    [session] = sessions(tmp_path / DATABASE)
    assert session["status"] == "stopped"
    last_ended = [e for e in shown if e["event"] == "interval_ended"][-1]
    assert last_ended["skipped"]  # the interval cut short by the stop
    expected = ended_work_steps(shown, timeline)
    assert same_steps(stored_steps(tmp_path / DATABASE, session["id"]), expected)
    [listed] = history_json(tmp_path)
    assert listed["status"] == "stopped"
    assert integrity(tmp_path / DATABASE) == "ok"


class _CheckingOutput(io.StringIO):
    """The player's stdout: each time it prints a work interval as ended, look in the database
    file (through a connection of its own) that the interval is already stored."""

    def __init__(self, database: Path, work: set[int]) -> None:
        super().__init__()
        self.database = database
        self.work = work
        self.checked = 0
        self.missing: list[int] = []  # not raised here: the engine shields itself from listeners

    def write(self, text: str) -> int:
        for line in text.splitlines():
            event = json.loads(line)
            if event["event"] == "interval_ended" and event["interval"] in self.work:
                self.checked += 1
                [session] = sessions(self.database)
                if len(stored_steps(self.database, session["id"])) < self.checked:
                    self.missing.append(event["interval"])
        return super().write(text)


def test_an_interval_shown_as_ended_is_already_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    routine = OK / "many-steps.yaml"
    work = {i.index for i in timeline_of(routine).work_intervals}
    output = _CheckingOutput(tmp_path / DATABASE, work)
    monkeypatch.setattr(sys, "stdout", output)
    code = cli.main(
        [
            "--data-dir",
            str(tmp_path),
            "play",
            str(routine),
            "--headless",
            "--speed",
            "1000",
            "--no-speech",
            "--json",
        ]
    )
    assert code == 0
    assert output.checked == len(work) == 300
    assert output.missing == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_during_a_history_write_stops_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], signum: int
) -> None:
    """The signal arrives while a step is being written: the write completes, the workout
    stops at the next tick, and the session says stopped with every step shown."""
    routine = OK / "many-steps.yaml"
    timeline = timeline_of(routine)
    original = SessionStore.record_step
    calls = 0

    def record_step(self: SessionStore, *args: object, **kwargs: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            os.kill(os.getpid(), signum)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SessionStore, "record_step", record_step)
    code = cli.main(
        [
            "--data-dir",
            str(tmp_path),
            "play",
            str(routine),
            "--headless",
            "--speed",
            "1000",
            "--no-speech",
            "--json",
        ]
    )
    out = capsys.readouterr()
    assert code == 130, out.err
    shown = [json.loads(line) for line in out.out.splitlines()]
    assert shown[-1]["event"] == "stopped"
    [session] = sessions(tmp_path / DATABASE)
    assert session["status"] == "stopped"
    stored = stored_steps(tmp_path / DATABASE, session["id"])
    assert same_steps(stored, ended_work_steps(shown, timeline))
    assert 5 <= len(stored) < 300
