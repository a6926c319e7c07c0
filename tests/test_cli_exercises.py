"""``barretimer exercises``: the catalog listed, its figures checked and written, from a real
process on the shipped files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from barretimer.core.library import load_catalog
from tests.conftest import ROUTINES
from tests.test_cli import run

CATALOG_SIZE = len(load_catalog(ROUTINES / "exercises.yaml")[0])


def test_exercises_lists_the_catalog_as_json() -> None:
    result = run("exercises", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == CATALOG_SIZE > 0
    bridge = next(r for r in rows if r["id"] == "ball-squeeze-bridge")
    assert bridge == {
        "id": "ball-squeeze-bridge",
        "name": bridge["name"],
        "kind": "hold",
        "muscles": bridge["muscles"],
        "equipment": ["ball"],
    }
    assert "glutes" in bridge["muscles"]


def test_exercises_lists_names_and_what_they_need() -> None:
    result = run("exercises")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == CATALOG_SIZE
    wall_sit = next(line for line in lines if line.startswith("wall-sit "))
    assert "hold" in wall_sit and "needs wall" in wall_sit


def test_exercises_check_passes_for_the_shipped_poses() -> None:
    result = run("exercises", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    n = CATALOG_SIZE
    assert result.stdout.strip() == f"{n} of {n} exercises have a valid pose."


def test_validate_reads_a_pose_file_and_names_each_problem(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("poses:\n  wall-sit:\n    keyframes:\n      - {knees: 90}\n")
    result = run("validate", str(bad), str(ROUTINES / "poses" / "warm-up.yaml"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f'{bad}:4:10: unknown joint "knees" (did you mean "knee"?)'
    ]
    assert "Traceback" not in result.stderr


@pytest.mark.gui
def test_exercises_figures_writes_one_png_per_exercise(tmp_path: Path) -> None:
    result = run("exercises", "--figures", str(tmp_path), "--side", "right", "--size", "48")
    assert result.returncode == 0, result.stderr
    written = sorted(p.stem for p in tmp_path.glob("*.png"))
    assert len(written) == CATALOG_SIZE and "clamshell" in written
    image = QImage(str(tmp_path / "clamshell.png"))
    assert (image.width(), image.height()) == (48, 48)


def test_exercises_figures_refuses_a_silly_size(tmp_path: Path) -> None:
    result = run("exercises", "--figures", str(tmp_path), "--size", "3")
    assert result.returncode == 2
    assert result.stderr.strip() == "barretimer: --size is 16 to 4096 pixels, not 3"
