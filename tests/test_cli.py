"""The command line, run as a user runs it: a real process, real routines, a real database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, ROUTINES

SHIPPED = sorted(p for p in ROUTINES.glob("*.yaml") if p.name != "exercises.yaml")


def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "barretimer", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        input=input,
        timeout=120,
    )


def test_every_shipped_file_validates() -> None:
    result = run("validate", *map(str, ROUTINES.glob("*.yaml")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "files valid." in result.stdout


def test_validate_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: x\nsteps:\n  - {exercise: A b, duration: fast}\n  - {exercise: C d, duraton: 5}\n"
    )
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f'{bad}:3:31: duration must be a positive number of seconds or "m:ss", got "fast"',
        f'{bad}:4:5: duration is missing; give a positive number of seconds or "m:ss", or max',
        f'{bad}:4:21: unknown field "duraton" in a step (did you mean "duration"?)',
    ]
    assert result.stderr.strip() == "0 of 1 files valid."
    assert "Traceback" not in result.stderr


def test_play_headless_records_a_completed_session_that_history_shows() -> None:
    routine = ROUTINES / "deep-core.yaml"
    played = run("play", str(routine), "--headless", "--speed", "100", "--no-speech")
    assert played.returncode == 0, played.stderr
    assert "Well done" in played.stdout
    history = run("history", "--json")
    [session] = json.loads(history.stdout)
    assert session["status"] == "completed"
    assert session["routine"] == "Deep Core for Runners"
    assert session["steps_done"] == session["steps_total"] > 0
    assert session["scale"] == 1.0
    assert abs(session["done_s"] - session["planned_s"]) < 1e-6
    assert session["started_at"][-6] in "+-"  # ISO 8601 with its offset
    assert set(session) >= {
        "id",
        "routine",
        "started_at",
        "status",
        "planned_s",
        "done_s",
        "steps_done",
        "steps_total",
        "scale",
    }


def test_play_json_prints_planned_and_actual_times_in_routine_seconds() -> None:
    played = run(
        "play",
        str(ROUTINES / "before-your-run.yaml"),
        "--headless",
        "--speed",
        "200",
        "--no-speech",
        "--json",
        "--scale",
        "1.1",
    )
    assert played.returncode == 0, played.stderr
    events = [json.loads(line) for line in played.stdout.splitlines()]
    assert events[0]["event"] == "started" and events[-1]["event"] == "finished"
    for event in events:
        assert {"event", "text", "planned_s", "actual_s"} <= set(event)
        assert event["actual_s"] >= event["planned_s"] - 1e-6
    planned = [e["planned_s"] for e in events]
    assert planned == sorted(planned)
    [session] = json.loads(run("history", "--json").stdout)
    assert session["scale"] == 1.1


def test_an_invalid_routine_is_refused_by_play_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nsteps: nope\n")
    result = run("play", str(bad), "--headless", "--no-speech")
    assert result.returncode == 1
    assert f"{bad}:2:8: steps must be a list of steps" in result.stderr
    assert "Traceback" not in result.stderr


def test_errors_are_one_plain_line() -> None:
    result = run("play", "/nowhere/x.yaml", "--headless", "--no-speech")
    assert result.returncode != 0
    assert result.stderr.strip() == "/nowhere/x.yaml: no such file"
    result = run("play", str(SHIPPED[0]), "--headless", "--speed", "-1")
    assert result.returncode == 2
    assert result.stderr.strip() == "barretimer: --speed must be more than 0 and at most 1000"


def test_routines_lists_shipped_routines_with_their_length() -> None:
    result = run("routines")
    assert result.returncode == 0
    assert "Barre Class for Runners" in result.stdout and "45 min" in result.stdout
    listed = json.loads(run("routines", "--json").stdout)
    assert len([r for r in listed if r["shipped"]]) == len(SHIPPED)
    assert all(r["valid"] for r in listed)


def test_data_dir_option_keeps_the_history_there(tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    played = run(
        "--data-dir",
        str(folder),
        "play",
        str(ROUTINES / "before-your-run.yaml"),
        "--headless",
        "--speed",
        "500",
        "--no-speech",
    )
    assert played.returncode == 0, played.stderr
    assert (folder / "history.sqlite3").exists()
    assert (folder.stat().st_mode & 0o777) == 0o700
