"""Issue 18, item 15: a routine of 4,900 steps has one total, the core's, in the editor and on
the start panel, and its interval strip is drawn (not painted over by its separators)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette

from barretimer import paths
from barretimer.core.durations import format_clock, format_minutes
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.timeline import compile_timeline
from barretimer.store.sessions import SessionStore
from barretimer.ui.editor import EditorPage
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import Boxes
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

STEPS = 4_900


@pytest.fixture(scope="module")
def long_routine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    steps = "\n".join(f"  - {{exercise: Hold {n}, kind: hold, duration: 30}}" for n in range(STEPS))
    path = tmp_path_factory.mktemp("long") / "long.yaml"
    path.write_text(f"name: Long\nsteps:\n{steps}\n", encoding="utf-8")
    return path


def test_the_editor_and_the_start_panel_show_the_same_total(
    long_routine: Path, qtbot: Any, boxes: Boxes
) -> None:
    catalog = load_catalog(paths.catalog_path())[0]
    routine = load_routine_file(long_routine, catalog).routine
    assert routine is not None
    total_s = compile_timeline(routine).total_s
    assert total_s > 40 * 3600

    editor = EditorPage(catalog, paths.user_routines_dir(), RecordingSpeaker())
    qtbot.addWidget(editor)
    assert editor.open_routine(long_routine)
    assert editor.summary.total.text() == f"Total: {format_clock(total_s)}"

    store = SessionStore.open(paths.database_path())
    window = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), Settings(), FakeClock())
    try:
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_file(long_routine)
        start = window.player.start_panel
        assert format_minutes(total_s) in start.facts_label.text()
        strip = start.strip
        assert strip.isVisible() and strip.width() > 300
        image = strip.grab().toImage()
        background = strip.palette().color(QPalette.ColorRole.Window)
        y = image.height() // 3
        painted = sum(1 for x in range(image.width()) if QColor(image.pixel(x, y)) != background)
        assert painted > 0.9 * image.width()
    finally:
        window.close()
        store.close()
