"""The window's way in and out: File → Export → Watch workout (FIT) and the editor's Import of
other timers' files (shown first, saved when the person saves)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.timeline import compile_timeline
from barretimer.store.sessions import SessionStore
from barretimer.ui.editor import EditorPage
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.conftest import ROUTINES
from tests.formats.conftest import DATA
from tests.formats.fitread import decode_workout, seconds
from tests.helpers.clock import FakeClock
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box (title, text); none is really shown."""
    record: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        record.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return record


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    asked: list[str] = []

    def fake(parent: Any, caption: str, suggestion: str, filters: str) -> tuple[str, str]:
        asked.append(suggestion)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_export_menu_writes_the_routine_in_the_player_as_a_watch_workout(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]
) -> None:
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    window = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    try:
        window.show()
        qtbot.waitExposed(window)
        menu_titles = [a.text() for a in window.menus.export_menu.actions()]
        assert menu_titles == ["&Watch workout (FIT)...", "Sheet to &print (PDF)..."]
        target = tmp_path / "deep-core.fit"
        asked = answer_save_dialog(monkeypatch, target)
        window.menus.export_fit_action.trigger()  # nothing in the player yet
        assert shown == [("Cannot export", "Open a routine in the player first.")]
        assert not target.exists()
        window.open_file(ROUTINES / "deep-core.yaml")
        window.menus.export_fit_action.trigger()
        assert asked[-1].endswith("deep-core-for-runners.fit")
        decoded = decode_workout(target.read_bytes())
        assert decoded.workout["wkt_name"] == "Deep Core for Runners"
        routine = load_routine_file(ROUTINES / "deep-core.yaml", catalog).routine
        assert routine is not None
        total = sum(seconds(step) or 0 for step in decoded.played())
        assert total == compile_timeline(routine).total_s
        assert len(shown) == 1
    finally:
        window.close()
        store.close()


def test_editor_import_shows_another_timers_workout_unsaved_with_its_notes(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]
) -> None:
    catalog, _ = load_catalog(paths.catalog_path())
    page = EditorPage(catalog, paths.user_routines_dir(), RecordingSpeaker())
    qtbot.addWidget(page)
    try:
        assert page.import_file(DATA / "backup.jawt.json")
        assert page.routine().name == "Quick Core"
        assert page.path() is None and page.is_dirty()
        assert not paths.user_routines_dir().exists() or not any(
            paths.user_routines_dir().iterdir()
        )
        (title, text) = shown[-1]
        assert title == "Imported, not saved yet"
        assert "JAWT counts 10 s down" in text
        assert "holds 2 workouts" in text
        target = paths.user_routines_dir() / "quick-core.yaml"
        answer_save_dialog(monkeypatch, target)
        assert page.save()
        saved = load_routine_file(target, catalog).routine
        assert saved == page.routine()

        bad = tmp_path / "broken.feeel"
        bad.write_text('{"fullWorkout": {"workout": {"title": 5}}}')
        assert not page.import_file(bad)
        assert shown[-1][0] == "Cannot import routine"
        assert 'line 1: workout: "title" must be text' in shown[-1][1]
        assert page.routine().name == "Quick Core"
    finally:
        page.undo_stack.setClean()
