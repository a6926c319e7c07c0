"""The editor's Picture... button: the file is copied beside the routine and saved as image:."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from barretimer import paths
from barretimer.core.loader import load_routine_file
from barretimer.core.model import Step
from barretimer.core.pictures import copy_picture_beside
from barretimer.ui.editor import EditorPage
from tests.core.picture_files import write_png
from tests.ui.editor.test_page import CATALOG

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )


def test_a_picked_picture_is_copied_beside_the_routine_and_saved(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers.stubs import RecordingSpeaker

    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "mine.yaml"
    target.write_text(
        "name: Mine\nsteps:\n  - {exercise: Wall sit, kind: hold, duration: 30}\n",
        encoding="utf-8",
    )
    editor = EditorPage(CATALOG, folder, RecordingSpeaker())
    qtbot.addWidget(editor)
    assert editor.open_routine(target)
    pick(monkeypatch, write_png(tmp_path / "elsewhere" / "me.png"))
    qtbot.mouseClick(editor.step_form.picture, Qt.MouseButton.LeftButton)
    assert (folder / "pictures" / "me.png").is_file()
    assert editor.step_form.picture.text() == "pictures/me.png"
    assert editor.save()
    result = load_routine_file(target, CATALOG)
    assert result.ok, result.problems
    step = result.routine.steps[0] if result.routine else None
    assert isinstance(step, Step) and step.image == "pictures/me.png"
    editor.undo_stack.undo()  # the change is one undoable edit
    assert editor.step_form.picture.text() == "Picture..."
    editor.undo_stack.setClean()


def test_a_file_that_is_no_picture_is_refused_with_a_message(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers.stubs import RecordingSpeaker

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    editor = EditorPage(CATALOG, paths.user_routines_dir(), RecordingSpeaker())
    qtbot.addWidget(editor)
    editor.new_routine()
    fake = tmp_path / "fake.png"
    fake.write_text("not a picture", encoding="utf-8")
    pick(monkeypatch, fake)
    editor.choose_picture()
    assert shown and "is not a PNG, JPEG, SVG, GIF or WebP image" in shown[0]
    assert not (paths.user_routines_dir() / "pictures" / "fake.png").exists()
    editor.undo_stack.setClean()


def test_the_same_name_taken_by_another_picture_gets_a_new_one(tmp_path: Path) -> None:
    first = write_png(tmp_path / "a" / "me.png", 10, 10)
    second = write_png(tmp_path / "b" / "me.png", 20, 20)
    folder = tmp_path / "routines"
    assert copy_picture_beside(first, folder) == "pictures/me.png"
    assert copy_picture_beside(first, folder) == "pictures/me.png"  # the same file: kept
    assert copy_picture_beside(second, folder) == "pictures/me-2.png"
