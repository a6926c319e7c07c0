"""Bad and hostile files for every importer: a clear one-line problem with its place, no
traceback, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from barretimer.formats.common import FormatError
from barretimer.formats.files import read_file
from tests.conftest import REPO
from tests.formats.conftest import DATA

QINTERVALS = (DATA / "hill-repeats.qintervals.yml").read_text()
JAWT = (DATA / "morning-mobility.jawt.json").read_text()
FEEEL = (DATA / "seven-minutes.feeel").read_text()
SAMPLES = {"qintervals": (QINTERVALS, ".yml"), "jawt": (JAWT, ".json"), "feeel": (FEEEL, ".feeel")}


def problem_of(tmp_path: Path, fmt: str, content: str | bytes) -> FormatError:
    path = tmp_path / f"hostile{SAMPLES[fmt][1]}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        read_file(path, fmt)
    error = caught.value
    for problem in error.problems:
        text = str(problem)
        assert text.startswith(str(path))
        assert "\n" not in text and "\x1b" not in text and "\x00" not in text
    return error


def first(error: FormatError) -> tuple[int, int, str]:
    problem = error.problems[0]
    return problem.line, problem.column, problem.message


def json_with(text: str, change: Callable[[dict], None]) -> str:
    data = json.loads(text)
    change(data)
    return json.dumps(data, indent=2)


# --- every format ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", SAMPLES)
def test_truncated_file_says_where_it_stops(fmt: str, tmp_path: Path) -> None:
    text = SAMPLES[fmt][0]
    cut = text[: len(text) // 2]
    line, column, message = first(problem_of(tmp_path, fmt, cut))
    assert line > 0 and column > 0
    assert "syntax" in message or "must" in message


@pytest.mark.parametrize("fmt", SAMPLES)
def test_oversized_file_is_refused_before_reading(fmt: str, tmp_path: Path) -> None:
    text = SAMPLES[fmt][0] + " " * (1024 * 1024 + 10)
    assert "limited to 1 MiB" in first(problem_of(tmp_path, fmt, text))[2]


@pytest.mark.parametrize("fmt", SAMPLES)
def test_binary_file_is_refused(fmt: str, tmp_path: Path) -> None:
    data = bytes(range(256)) * 20
    assert "binary" in first(problem_of(tmp_path, fmt, data))[2]


@pytest.mark.parametrize("fmt", SAMPLES)
def test_invalid_utf8_says_where(fmt: str, tmp_path: Path) -> None:
    data = SAMPLES[fmt][0].encode().replace(b"e", b"\xe9", 1)
    line, _, message = first(problem_of(tmp_path, fmt, data))
    assert line > 0 and "UTF-8" in message


@pytest.mark.parametrize("fmt", SAMPLES)
def test_deep_nesting_is_refused_with_its_place(fmt: str, tmp_path: Path) -> None:
    text = SAMPLES[fmt][0]
    deep = "[" * 5000 + "]" * 5000
    if fmt == "qintervals":
        hostile = text.replace("name: Leg swings", f"name: {deep}")
    else:
        hostile = text.replace('"title": ', f'"extra": {deep}, "title": ', 1)
    line, _, message = first(problem_of(tmp_path, fmt, hostile))
    assert line > 0 and "nesting" in message


# --- wrong types and huge numbers, per format ---------------------------------------------------


@pytest.mark.parametrize(
    ("replace", "expected"),
    [
        ("length: 45s", "length: fast"),
        ("length: 45s", "length: 99999999999999999999m"),
        ("length: 45s", "length: [1, 2]"),
        ("repeats: 4", "repeats: 1000000000"),
        ("repeats: 4", "repeats: true"),
        ("type: work\n          name: Wall sit", "type: sprint\n          name: Wall sit"),
        ("name: Easy march", "name: [a, b]"),
    ],
)
def test_qintervals_wrong_values_say_where(replace: str, expected: str, tmp_path: Path) -> None:
    hostile = QINTERVALS.replace(replace, expected, 1)
    assert hostile != QINTERVALS
    line, column, message = first(problem_of(tmp_path, "qintervals", hostile))
    changed_line = hostile[: hostile.index(expected)].count("\n") + 1
    assert line in (changed_line, changed_line + 1, changed_line - 1), message
    assert column > 0


def test_qintervals_raw_control_characters_are_refused_with_their_place(tmp_path: Path) -> None:
    hostile = QINTERVALS.replace("Easy march", "Easy \x1b[31mmarch", 1)
    line, column, message = first(problem_of(tmp_path, "qintervals", hostile))
    assert (line, column) == (5, 16)
    assert "control character" in message


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(sets="many"), '"sets" must be a list'),
        (lambda d: d["sets"][1].update(repetitions="3"), "repetitions must be a whole number"),
        (lambda d: d["sets"][1].update(repetitions=10**30), "repetitions must be a whole number"),
        (lambda d: d["sets"][1]["exercises"][0].update(duration=1e300), "duration must be"),
        (lambda d: d["sets"][1]["exercises"][0].update(duration=-5), "duration must be"),
        (lambda d: d["sets"][1]["exercises"][0].update(duration=None), "duration must be"),
        (lambda d: d["sets"][1]["exercises"][0].update(name=7), '"name" must be text'),
        (lambda d: d["sets"][1].update(exercises=[]), '"exercises" must be a list of at least one'),
        (
            lambda d: d.update(
                sets=[{"repetitions": 100, "exercises": [{"name": "x", "duration": 1}] * 60}]
            ),
            "5,000",
        ),
    ],
)
def test_jawt_wrong_values_say_where(change, words: str, tmp_path: Path) -> None:
    line, column, message = first(problem_of(tmp_path, "jawt", json_with(JAWT, change)))
    assert words in message
    if "5,000" not in words:  # a rule on the whole routine has no single place
        assert line >= 1 and column > 0


def test_json_problems_point_at_the_value_itself(tmp_path: Path) -> None:
    jawt = '{"title": "T",\n "sets": [{"repetitions": 2,\n   "exercises": [{"name": "A", "duration": "long"}]}]}'
    assert first(problem_of(tmp_path, "jawt", jawt))[:2] == (3, 44)
    not_a_set = '{"title": "T",\n "sets": [\n   7]}'
    line, column, message = first(problem_of(tmp_path, "jawt", not_a_set))
    assert (line, column) == (3, 4) and message.startswith("set 1: a set must be an object")
    feeel = FEEEL.replace('"breakDuration": 10,', '"breakDuration": -10,')
    line, column, _ = first(problem_of(tmp_path, "feeel", feeel))
    assert (line, column) == (13, 24)
    nan = '{"title": "T", "sets": [{"repetitions": 1, "exercises": [{"name": "A",\n "duration": NaN}]}]}'
    assert first(problem_of(tmp_path, "jawt", nan)) == (2, 14, "NaN is not a number")


def test_jawt_huge_literal_numbers_are_refused(tmp_path: Path) -> None:
    hostile = JAWT.replace('"duration": 40', '"duration": 1' + "0" * 5000, 1)
    line, _, message = first(problem_of(tmp_path, "jawt", hostile))
    assert "duration must be" in message and line > 1
    hostile = JAWT.replace('"duration": 40', '"duration": 1e999', 1)
    assert "duration must be" in first(problem_of(tmp_path, "jawt", hostile))[2]
    hostile = JAWT.replace('"duration": 40', '"duration": NaN', 1)
    assert "not a number" in first(problem_of(tmp_path, "jawt", hostile))[2]


def test_jawt_control_characters_in_names_become_spaces(tmp_path: Path) -> None:
    data = json.loads(JAWT)
    data["title"] = "Evil\x1b[2J\nname"
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(data))
    [imported] = read_file(path)
    assert imported.routine.name == "Evil [2J name"
    assert any("control characters" in note for note in imported.notes)


def test_jawt_backup_with_a_bad_workout_names_it(tmp_path: Path) -> None:
    data = json.loads((DATA / "backup.jawt.json").read_text())
    data["workouts"][1]["sets"][0]["exercises"][1]["duration"] = "long"
    line, _, message = first(problem_of(tmp_path, "jawt", json.dumps(data, indent=1)))
    assert message.startswith("workout 2, set 1, exercise 2:")
    assert line > 1


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["fullWorkout"].update(workout=[]), '"workout" must be an object'),
        (
            lambda d: d["fullWorkout"]["workout"].update(breakDuration=10**12),
            '"breakDuration" must be',
        ),
        (
            lambda d: d["fullWorkout"]["workout"].update(exerciseDuration="30"),
            '"exerciseDuration" must be',
        ),
        (
            lambda d: d["fullWorkout"]["workoutExercises"][2].update(exercise="squat"),
            '"exercise" must be the number',
        ),
        (
            lambda d: d["fullWorkout"]["workoutExercises"][1].update(exerciseDuration=-1),
            '"exerciseDuration" must be',
        ),
        (
            lambda d: d["fullWorkout"].update(workoutExercises={}),
            '"workoutExercises" must be a list',
        ),
    ],
)
def test_feeel_wrong_values_say_where(change, words: str, tmp_path: Path) -> None:
    line, column, message = first(problem_of(tmp_path, "feeel", json_with(FEEEL, change)))
    assert words in message
    assert line > 1 and column > 0


# --- the command line: nothing written, no traceback ---------------------------------------------


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "barretimer", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.parametrize("fmt", SAMPLES)
def test_cli_import_of_a_hostile_file_writes_nothing(fmt: str, tmp_path: Path) -> None:
    text, suffix = SAMPLES[fmt]
    bad = tmp_path / f"bad{suffix}"
    bad.write_text(text[: len(text) // 3] + "\x1b[31m")
    data_dir = tmp_path / "data"
    result = run("import", str(bad), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.startswith(str(bad) + ":")
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    routines = data_dir / "routines"
    assert not routines.exists() or not any(routines.iterdir())


def test_cli_import_saves_each_routine_and_prints_the_notes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = run("import", str(DATA / "backup.jawt.json"), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    saved = sorted(p.name for p in (data_dir / "routines").iterdir())
    assert saved == ["quick-core.yaml", "stretch-out.yaml"]
    assert "note: JAWT counts 10 s down" in result.stdout
    again = run("import", str(DATA / "backup.jawt.json"), data_dir=data_dir)
    assert again.returncode == 0
    assert sorted(p.name for p in (data_dir / "routines").iterdir()) == [
        "quick-core-2.yaml", "quick-core.yaml", "stretch-out-2.yaml", "stretch-out.yaml",
    ]  # fmt: skip
    listed = run("validate", *map(str, (data_dir / "routines").iterdir()), data_dir=data_dir)
    assert listed.returncode == 0, listed.stdout


def test_cli_export_never_writes_into_the_shipped_routines(tmp_path: Path) -> None:
    target = REPO / "routines" / "deep-core.yml"
    result = run(
        "export", "routines/deep-core.yaml", "--qintervals", str(target), data_dir=tmp_path
    )
    assert result.returncode == 2
    assert "not for exports" in result.stderr
    assert not target.exists()
