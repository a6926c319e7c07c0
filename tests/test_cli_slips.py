"""A command line that never crashes and forgives small slips (issue 14), and prints nothing a
file supplied raw, and refuses numbers it cannot use (issue 24, classes 4 and 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from barretimer import paths
from tests.conftest import REPO, ROUTINES


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    base = {
        k: v for k, v in os.environ.items() if k not in (paths.ENV_DATA_DIR, "BARRETIMER_DEBUG")
    }
    base["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "barretimer", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**base, **(env or {})},
        timeout=timeout,
    )


def headless(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(
        "--data-dir", str(data), "play", *args, "--headless", "--speed", "1000", "--no-speech"
    )


# --- no display --------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [(), (str(ROUTINES / "deep-core.yaml"),), ("play", "deep-core")])
def test_no_display_is_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(REPO)
    env[paths.ENV_DATA_DIR] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "barretimer", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("barretimer: there is no display to open a window on")
    assert "--headless" in line and "barretimer play" in line
    assert "libxcb" not in result.stderr


# --- a mistyped command --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("histroy", "history"), ("valdate", "validate"), ("pay", "play"), ("routine", "routines")],
)
def test_a_mistyped_command_says_what_was_meant(typed: str, meant: str) -> None:
    result = run(typed)
    assert result.returncode == 2
    assert result.stderr.startswith(
        f'barretimer: unknown command "{typed}" (did you mean "{meant}"?)'
    )
    assert len(result.stderr.splitlines()) == 1


def test_a_word_like_no_command_is_unknown_without_a_guess() -> None:
    result = run("zzzzqqq")
    assert result.returncode == 2
    assert 'unknown command "zzzzqqq"' in result.stderr and "did you mean" not in result.stderr


def test_a_path_to_a_missing_yaml_file_is_not_taken_for_a_command(tmp_path: Path) -> None:
    # It would open the window: with no display, that is the line to see.
    env = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = run(str(tmp_path / "missing.yaml"), env=env)
    assert "unknown command" not in result.stderr


# --- --data-dir anywhere ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "order",
    [
        ("--data-dir", "{d}", "history", "--json"),
        ("history", "--data-dir", "{d}", "--json"),
        ("history", "--json", "--data-dir", "{d}"),
        ("--data-dir={d}", "history", "--json"),
        ("history", "--json", "--data-dir={d}"),
    ],
)
def test_data_dir_before_or_after_the_command(tmp_path: Path, order: tuple[str, ...]) -> None:
    data = tmp_path / "data"
    played = headless(data, "deep-core")
    assert played.returncode == 0, played.stderr
    result = run(*(part.format(d=data) for part in order))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 1


def test_data_dir_before_a_file(tmp_path: Path) -> None:
    # The window cannot open here: what matters is that the option was taken, not refused.
    env = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = run("--data-dir", str(tmp_path / "d"), str(ROUTINES / "deep-core.yaml"), env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and "unrecognized" not in result.stderr


def test_data_dir_without_a_folder_is_one_line() -> None:
    result = run("history", "--data-dir")
    assert result.returncode == 2
    assert result.stderr.strip() == "barretimer: --data-dir needs a folder: --data-dir DIR"


# --- routines named by file name, id or name ------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "deep-core",
        "deep-core.yaml",
        "Deep Core for Runners",
        "deep core for runners",
        "  Deep   Core for Runners ",
    ],
)
def test_play_finds_a_shipped_routine_by_name(tmp_path: Path, name: str) -> None:
    result = headless(tmp_path / "data", name)
    assert result.returncode == 0, result.stderr
    history = run("--data-dir", str(tmp_path / "data"), "history", "--json")
    assert json.loads(history.stdout)[0]["routine"] == "Deep Core for Runners"


def test_play_finds_your_own_routine_by_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "mine.yaml").write_text(
        "name: My Own\nsteps: [{exercise: A b, duration: 2}]\n"
    )
    assert headless(data, "My Own").returncode == 0
    assert headless(data, "mine").returncode == 0


def test_an_ambiguous_name_lists_the_candidates(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "a.yaml").write_text(
        "name: Twice\nsteps: [{exercise: A b, duration: 2}]\n"
    )
    (data / "routines" / "b.yaml").write_text(
        "name: twice\nsteps: [{exercise: A b, duration: 2}]\n"
    )
    result = headless(data, "Twice")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[:2] == [f"  {data / 'routines' / 'a.yaml'}", f"  {data / 'routines' / 'b.yaml'}"]
    assert lines[2] == 'barretimer: "Twice" names 2 routines; give one of the paths above'


def test_an_unknown_name_suggests_the_closest(tmp_path: Path) -> None:
    result = headless(tmp_path / "data", "deep-kore")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == 'barretimer: no routine is called "deep-kore" (did you mean "deep-core"?)'
    )


# --- history's options ------------------------------------------------------------------------------


def test_steps_without_csv_is_an_error(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "history", "--steps")
    assert result.returncode == 2 and "--steps goes with --csv FILE" in result.stderr


@pytest.mark.parametrize("target", ["folder", "missing/x.csv"])
def test_csv_to_a_folder_or_a_missing_folder_is_one_clear_line(tmp_path: Path, target: str) -> None:
    (tmp_path / "folder").mkdir()
    result = run("--data-dir", str(tmp_path / "d"), "history", "--csv", str(tmp_path / target))
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "unexpected error" not in line
    assert ("is a folder" in line) if target == "folder" else ("does not exist" in line)


# --- 13. every number checked --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--speed", "nan"),
        ("--speed", "inf"),
        ("--speed", "-inf"),
        ("--speed", "0"),
        ("--speed", "-3"),
        ("--speed", "1001"),
        ("--scale", "nan"),
        ("--scale", "inf"),
        ("--scale", "0.49"),
        ("--scale", "-1"),
        ("--scale", "3.01"),
    ],
)
def test_play_refuses_numbers_it_cannot_use(tmp_path: Path, option: str, value: str) -> None:
    result = run(
        "--data-dir",
        str(tmp_path),
        "play",
        "deep-core",
        "--headless",
        "--no-speech",
        f"{option}={value}",
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"barretimer: {option} must be")
    assert not (tmp_path / paths.DATABASE_NAME).exists()


@pytest.mark.parametrize("value", ["0", "-1", "-100"])
def test_history_refuses_a_limit_below_one(tmp_path: Path, value: str) -> None:
    result = run("--data-dir", str(tmp_path), "history", "--limit", value)
    assert result.returncode == 2 and "--limit must be" in result.stderr


# --- speech notice, help ------------------------------------------------------------------------


def test_the_speech_notice_is_printed_once(tmp_path: Path) -> None:
    # No espeak-ng on the PATH: speech cannot start, and the workout goes on.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    env = {"PATH": str(bin_dir), "PULSE_SERVER": "unix:/nowhere"}
    result = run(
        "--data-dir",
        str(tmp_path / "d"),
        "play",
        "before-your-run",
        "--headless",
        "--speed",
        "300",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("notice:") == 1, result.stderr
    assert "barretimer:" not in result.stderr, result.stderr  # no log lines from the speech client


def test_help_mentions_a_file_and_the_window() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "barretimer FILE" in result.stdout and "opens the window" in result.stdout


# --- 4. nothing a file supplied reaches the terminal raw ------------------------------------------


def test_history_routines_and_play_escape_control_characters(tmp_path: Path) -> None:
    data = tmp_path / "data"
    from barretimer.store.sessions import SessionStore

    store = SessionStore.open(data / paths.DATABASE_NAME)
    session = store.start_session(
        routine="Evil\x1b[2J\r2024-01-01 forged\u202e", planned_s=10, steps_total=1
    )
    store.finish_session(session, "completed", 10)
    store.close()
    (data / "routines").mkdir()
    (data / "routines" / "evil\x1b]0;title\x07.yaml").write_text("name: x\nsteps: nope\n")
    outputs = [
        run("--data-dir", str(data), "history"),
        run("--data-dir", str(data), "history", "--json"),
        run("--data-dir", str(data), "routines"),
        run("--data-dir", str(data), "routines", "--json"),
    ]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        text = result.stdout + result.stderr
        assert not any(c in text for c in "\x1b\r\x07\u202e"), repr(text)
    assert "Evil\\x1b[2J\\r2024-01-01 forged\\u202e" in outputs[0].stdout
    assert json.loads(outputs[1].stdout)[0]["routine"] == "Evil\x1b[2J\r2024-01-01 forged\u202e"


def test_play_json_escapes_every_control_character(tmp_path: Path) -> None:
    routine = tmp_path / "r.yaml"
    routine.write_text("name: x\nsteps: [{exercise: A b, duration: 2, cue: ok}]\n")
    result = headless(tmp_path / "d", str(routine), "--json")
    assert result.returncode == 0
    for line in result.stdout.splitlines():
        json.loads(line)
        assert not any(0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" for c in line)
