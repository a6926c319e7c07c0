"""The malformed-routine corpus (tests/data/bad): each file and the exact problems
``barretimer validate`` must report for it, in tests/data/bad/NAME.expected.

Every expected line is ``FILE:LINE:COLUMN: message`` with FILE the base name, except the
file-level problems documented in test_fuzz.py (``binary-data.expected``).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from barretimer import cli
from tests.reliability.helpers import BAD, cli_command, cli_env

FILES = sorted(BAD.glob("*.yaml"))
PLACED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")


def expected(path: Path) -> list[str]:
    return path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One real `barretimer validate` over the whole corpus, its lines grouped by file."""
    data_dir = tmp_path_factory.mktemp("data")
    result = subprocess.run(
        cli_command(data_dir, "validate", *(p.name for p in FILES)),
        capture_output=True,
        text=True,
        env=cli_env(),
        cwd=BAD,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"0 of {len(FILES)} files valid."
    lines: dict[str, list[str]] = {p.name: [] for p in FILES}
    for line in result.stdout.splitlines():
        lines[line.split(":", 1)[0]].append(line)
    return lines


def test_the_corpus_is_large_and_each_file_has_its_expectation() -> None:
    assert len(FILES) >= 40
    assert sorted(BAD.glob("*.expected")) == [p.with_suffix(".expected") for p in FILES]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_validate_reports_exactly_the_expected_problems(
    path: Path, validated: dict[str, list[str]]
) -> None:
    assert validated[path.name] == expected(path)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_problem_says_where_and_what(path: Path) -> None:
    lines = expected(path)
    assert lines, "a bad file with no problem"
    for line in lines:
        placed = PLACED.match(line)
        if path.stem == "binary-data":
            assert line == "binary-data.yaml: is a binary file, not a YAML routine"
            continue
        assert placed, line
        assert placed["file"] == path.name
        assert int(placed["line"]) >= 1 and int(placed["column"]) >= 1
        assert "Traceback" not in placed["message"] and "\\n" not in placed["message"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_validate_and_play_exit_1_on_each_file(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(BAD)
    assert cli.main(["validate", path.name]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines() == expected(path)
    assert out.err.strip() == "0 of 1 files valid."
    assert cli.main(["play", path.name, "--headless", "--no-speech"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    if path.stem.startswith("catalog-"):  # validate checks it as a catalog; play wants a routine
        assert out.err.splitlines() == [
            f"{path.name}:1:1: this is an exercise catalog, not a routine"
        ]
    else:
        assert out.err.splitlines() == expected(path)


def test_messages_name_the_field_and_what_was_expected() -> None:
    """A sample of the corpus read as a user would: the field, what it must be, what it got."""
    assert expected(BAD / "duration-fast.yaml") == [
        'duration-fast.yaml:4:15: duration must be a positive number of seconds or "m:ss", '
        'got "fast"'
    ]
    assert expected(BAD / "unknown-step-field.yaml")[-1].endswith(
        'unknown field "durration" in a step (did you mean "duration"?)'
    )
    assert expected(BAD / "byte-order-mark-then-error.yaml") == [
        "byte-order-mark-then-error.yaml:5:15: duration must be a positive number of seconds "
        'or "m:ss", got "fast"'
    ]
    assert expected(BAD / "latin-1-bytes.yaml") == [
        "latin-1-bytes.yaml:3:18: byte 0xE9 is not UTF-8 text; save the file as UTF-8"
    ]
