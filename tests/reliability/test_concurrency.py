"""Two barretimers recording into one data folder at the same time lose nothing.

Round one starts on a folder with no database, so both also race to create and migrate it.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from tests.reliability.helpers import (
    DATABASE,
    OK,
    SHIPPED,
    Player,
    ended_work_steps,
    history_json,
    integrity,
    open_history_at_once,
    same_steps,
    sessions,
    stored_steps,
    timeline_of,
)

ROUTINES = (OK / "many-steps.yaml", SHIPPED[0])  # 300 one-second steps; a real routine
SPEED = 1000


def play_rounds(data_dir: Path, rounds: int) -> int:
    database = data_dir / DATABASE
    timelines = {path: timeline_of(path) for path in ROUTINES}
    checked = 0
    for number in range(rounds):
        players = {path: Player(path, data_dir, speed=SPEED) for path in ROUTINES}
        for path, player in players.items():
            assert player.finish() == 0, (number, path.name, player.stderr)
            assert "Traceback" not in player.stderr and not player.stderr.strip(), player.stderr
        assert integrity(database) == "ok"
        stored = sessions(database)
        assert len(stored) == 2 * (number + 1)
        this_round = stored[-2:]
        for path, player in players.items():
            name = timelines[path].routine_name
            [session] = [s for s in this_round if s["routine"] == name]
            assert session["status"] == "completed"
            shown = ended_work_steps(player.events, timelines[path])
            steps = stored_steps(database, session["id"])
            assert same_steps(steps, shown), (number, name)
            assert session["steps_done"] == session["steps_total"] == len(steps)
            checked += len(steps)
    assert len(history_json(data_dir)) == 2 * rounds
    return checked


def test_two_players_at_once_lose_no_row(tmp_path: Path) -> None:
    assert play_rounds(tmp_path / "data", rounds=3) > 900


@pytest.mark.slow
def test_two_players_at_once_over_many_rounds(tmp_path: Path) -> None:
    steps = play_rounds(tmp_path / "data", rounds=15)
    print(f"\n15 rounds of two players at once: {steps} step rows written and checked, 0 lost")


def test_processes_creating_the_history_at_the_same_moment_all_open_it(tmp_path: Path) -> None:
    """Each waits at a barrier, then all open a folder with no database: all must succeed
    (the migration is decided inside its transaction, and WAL switching waits its turn)."""
    context = multiprocessing.get_context("spawn")
    outcomes = []
    for folder in range(4):
        database = tmp_path / f"data-{folder}" / DATABASE
        database.parent.mkdir()
        barrier = context.Barrier(4)
        results = context.Queue()
        children = [
            context.Process(target=open_history_at_once, args=(str(database), barrier, results))
            for _ in range(4)
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(60)
        outcomes += [results.get(timeout=10) for _ in children]
        results.close()
        assert integrity(database) == "ok"
    assert outcomes == ["ok"] * 16
