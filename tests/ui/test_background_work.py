"""Work the window does not wait for (issue 24, classes 2 and 9): the user's routines are read
off the window's thread, and a CSV import runs off it with a progress bar and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from barretimer import paths
from barretimer.core import library as core_library
from barretimer.store import csvio
from barretimer.store.sessions import SessionStore
from barretimer.ui import app as app_module
from barretimer.ui.history import HistoryPage
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import answer_boxes

HEADER = ",".join(csvio.SESSION_FIELDS)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    return answer_boxes(monkeypatch).messages


def test_the_users_routines_are_read_off_the_windows_thread(qtbot, monkeypatch) -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text("name: Mine Only\nsteps: [{exercise: A b, duration: 5}]\n")
    keys = "".join(f"    k{i}: x\n" for i in range(20_000))
    (folder / "huge.yaml").write_text(
        f"name: Huge\nsteps:\n  - exercise: A b\n    duration: 5\n{keys}"
    )
    threads: list[int] = []
    real = core_library.load_user_routines

    def watched(*args):  # the real reader; only the thread it runs on is noted
        threads.append(threading.get_ident())
        return real(*args)

    monkeypatch.setattr(core_library, "load_user_routines", watched)
    window = app_module.create_main_window(FakeClock())
    qtbot.addWidget(window)
    library = window.library
    assert "Post-Run Stretch" in library.visible_names()  # the shipped ones at once
    qtbot.waitUntil(lambda: "Mine Only" in library.visible_names(), timeout=20_000)
    assert threads and threads[0] != threading.get_ident()
    huge = [library.model.entry(r) for r in range(library.model.rowCount()) if r >= 0]
    assert any(entry.path.name == "huge.yaml" and not entry.ok for entry in huge)


def many_rows(path: Path, count: int) -> None:
    with path.open("w") as out:
        out.write(HEADER + "\n")
        for number in range(count):
            out.write(f"u{number},2024-05-01T07:00:00+02:00,,R,,completed,60,60,1,1,0,1,,,,\n")


def test_an_import_shows_progress_and_can_be_cancelled(qtbot, tmp_path, messages) -> None:
    source = tmp_path / "big.csv"
    many_rows(source, 60_000)
    store = SessionStore.open(paths.database_path())
    try:
        page = HistoryPage(store, 2)
        qtbot.addWidget(page)
        page.show()
        page.import_file(source)
        dialog = page.findChild(QProgressDialog)
        assert dialog is not None and dialog.labelText() == "Importing big.csv..."
        [cancel] = dialog.findChildren(QPushButton)
        cancel.click()  # before the file is read: the import stops at its first report
        qtbot.waitUntil(lambda: page._import is None, timeout=20_000)
        assert store.count() == 0 and messages == []  # cancelled: nothing written, nothing said

        page.import_file(source)
        reported: list[int] = []
        page._import.progressed.connect(lambda done, total: reported.append(done))
        qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
        assert messages[-1] == (
            "information",
            "Added 60000 sessions; 0 were already in the history.",
        )
        assert store.count() == 60_000
        assert len(reported) >= 10 and reported == sorted(reported)
    finally:
        store.close()


def test_a_bad_file_says_where_and_imports_nothing(qtbot, tmp_path, messages) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(f"{HEADER}\nb2,0001-01-01T00:00:00+01:00,,R,,completed,60,60,1,1,0,1,,,,\n")
    store = SessionStore.open(paths.database_path())
    try:
        page = HistoryPage(store, 2)
        qtbot.addWidget(page)
        page.import_file(source)
        qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
        kind, text = messages[-1]
        assert kind == "warning" and "bad.csv, line 2: started_at must fall between 1970" in text
        assert store.count() == 0
    finally:
        store.close()
