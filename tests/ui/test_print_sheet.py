"""The sheet to print: pages, every step's name in the PDF's text, figures that show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.model import Routine, iter_steps
from barretimer.core.timeline import compile_timeline
from barretimer.ui.print_sheet import export_sheet
from tests.conftest import REPO, ROUTINES
from tests.core.picture_files import write_png
from tests.ui.test_main_window import Opened

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def shipped(name: str) -> Routine:
    catalog, _ = load_catalog(paths.catalog_path())
    result = load_routine_file(ROUTINES / f"{name}.yaml", catalog)
    assert result.ok and result.routine is not None
    return result.routine


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def inked_fraction(png: Path) -> float:
    """The share of pixels that are not white (sampled on a grid)."""
    image = QImage(str(png))
    assert not image.isNull()
    dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / total


@pytest.mark.parametrize(
    ("name", "minutes", "pages"),
    [("lower-leg-resilience", 15, 1), ("barre-class-for-runners", 45, 2)],
)
def test_pages_and_every_step_name(
    qapp, tmp_path: Path, name: str, minutes: int, pages: int
) -> None:
    routine = shipped(name)
    assert round(compile_timeline(routine).total_s / 60) == minutes
    target = tmp_path / "sheet.pdf"
    catalog, _ = load_catalog(paths.catalog_path())
    assert export_sheet(routine, ROUTINES / f"{name}.yaml", target, catalog) == pages
    assert pdf_pages(target) == pages
    text = pdf_text(target)
    assert routine.name in text
    for step in iter_steps(routine.steps):
        assert step.exercise in text, step.exercise
    assert f"{minutes} min" in text


def test_a_repeat_block_is_shown_once_with_its_count(qapp, tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(
        "name: Thrice\nsteps:\n  - repeat: 3\n    name: Circuit\n    steps:\n"
        "      - {exercise: clamshell, duration: 30}\n      - {exercise: Wall sit, kind: hold, "
        "duration: 20}\n",
        encoding="utf-8",
    )
    catalog, _ = load_catalog(paths.catalog_path())
    result = load_routine_file(tmp_path / "r.yaml", catalog)
    assert result.routine is not None
    export_sheet(result.routine, tmp_path / "r.yaml", tmp_path / "r.pdf", catalog)
    text = pdf_text(tmp_path / "r.pdf")
    assert "Circuit × 3" in text
    assert text.count("Clamshell") == 1 and text.count("Wall sit") == 1


def test_a_printed_page_is_not_blank_and_the_figures_are_vectors(qapp, tmp_path: Path) -> None:
    catalog, _ = load_catalog(paths.catalog_path())
    target = tmp_path / "sheet.pdf"
    export_sheet(shipped("barre-class-for-runners"), None, target, catalog)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(target), str(tmp_path / "p")],
        check=True,
    )
    assert inked_fraction(next(tmp_path.glob("p*.png"))) > 0.02
    listed = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    )
    assert len(listed.stdout.strip().splitlines()) == 2  # the header only: no bitmap in it


def test_your_own_picture_goes_on_the_sheet(qapp, tmp_path: Path) -> None:
    write_png(tmp_path / "wall.png", 60, 90)
    (tmp_path / "r.yaml").write_text(
        "name: Mine\nsteps:\n  - {exercise: Wall sit, kind: hold, duration: 30, image: wall.png}\n",
        encoding="utf-8",
    )
    catalog, _ = load_catalog(paths.catalog_path())
    result = load_routine_file(tmp_path / "r.yaml", catalog)
    assert result.ok and result.routine is not None
    export_sheet(result.routine, tmp_path / "r.yaml", tmp_path / "r.pdf", catalog)
    listed = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True
    )
    assert len(listed.stdout.strip().splitlines()) == 3  # the header and the one picture


def test_the_command_line_writes_the_sheet(tmp_path: Path) -> None:
    target = tmp_path / "class.pdf"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "barretimer",
            "export",
            "Barre Class for Runners",
            "--pdf",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "2 pages" in run.stdout and pdf_pages(target) == 2
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "barretimer",
            "export",
            "deep-core",
            "--pdf",
            str(tmp_path / "no" / "x.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert bad.returncode != 0 and "no such folder" in bad.stderr and "Traceback" not in bad.stderr


def test_file_export_pdf_from_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "from-window.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    opened = Opened(qtbot)
    try:
        assert opened.window.open_file(ROUTINES / "deep-core.yaml")
        opened.window.menus.export_pdf_action.trigger()
        assert pdf_pages(target) == 1
        assert "Deep Core for Runners" in pdf_text(target)
    finally:
        opened.close()
