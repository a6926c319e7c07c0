"""The history page: filters, sorting, lazy fetching, details, edits, delete and undo, CSV
export and import, and the trends charts, all against a real SQLite file."""

from __future__ import annotations

import math
import sqlite3
from array import array
from collections import Counter
from datetime import date, datetime, timedelta
from itertools import combinations

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox, QToolTip

from barretimer import paths
from barretimer.core.model import Kind
from barretimer.store.csvio import export_csv
from barretimer.store.sessions import SessionStore
from barretimer.ui.history import HistoryPage
from barretimer.ui.history.models import SESSION_ID_ROLE, SessionsModel, StepsModel
from barretimer.ui.style.palette import contrast_ratio, dark_palette, light_palette
from barretimer.ui.style.theme import KIND_STYLES
from tests.helpers.dialogs import answer_boxes
from tests.store.helpers import S, add_session

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# A Thursday; its week starts on Monday 3 April 2025.
NOW = datetime(2025, 4, 10, 20, 0)
MONDAY = datetime(2025, 4, 7)


@pytest.fixture
def store():
    opened = SessionStore.open(paths.database_path())
    yield opened
    opened.close()


@pytest.fixture
def messages(monkeypatch):
    """Every message box the page shows, answered Yes, never blocking."""
    return answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes).messages


def db_file() -> sqlite3.Connection:
    """The database file as written, through a connection of the test's own."""
    return sqlite3.connect(paths.database_path())


def make_page(qtbot, store, target: int = 2) -> HistoryPage:
    page = HistoryPage(store, target, now=lambda: NOW)
    # Held until pytest-qt has closed it: a page with undo commands is in a reference cycle,
    # and a garbage collection during a paint after the test would delete the page under its
    # own paintEvent.
    qtbot.addWidget(page, before_close_func=lambda closing: page)
    page.resize(1300, 800)
    page.show()
    page.activateWindow()  # keyboard shortcuts go to the active window only
    qtbot.waitUntil(page.isActiveWindow)
    return page


def shown_routines(page: HistoryPage) -> list[str]:
    model = page.table.model()
    return [model.index(r, SessionsModel.ROUTINE).data() for r in range(model.rowCount())]


def shown_ids(page: HistoryPage) -> list[int]:
    model = page.table.model()
    return [model.index(r, 0).data(SESSION_ID_ROLE) for r in range(model.rowCount())]


@pytest.fixture
def history(store):
    """Nine sessions over three months, oldest first, with their ids."""
    rows = [
        (datetime(2025, 1, 6, 7), "Deep Core", "completed", 5, "Plank felt easy"),
        (datetime(2025, 1, 20, 18), "Seat Burner", "stopped", 8, "Knee sore, stopped"),
        (datetime(2025, 2, 3, 7), "Deep Core", "completed", None, ""),
        (datetime(2025, 2, 17, 7), "Single-Leg Balance", "completed", 6, "Left ankle WOBBLY"),
        (datetime(2025, 3, 3, 18), "Seat Burner", "interrupted", None, ""),
        (datetime(2025, 3, 17, 7), "Deep Core", "stopped", 3, "short on time"),
        (datetime(2025, 3, 31, 7), "Single-Leg Balance", "completed", 7, "steadier on the left"),
        (datetime(2025, 4, 7, 7), "<i>Mine</i>", "completed", 9, "100% effort, a_b"),
        (datetime(2025, 4, 9, 18), "Deep Core", "completed", 4, ""),
    ]
    ids = [
        add_session(store, when, routine, status, effort=effort, notes=notes)
        for when, routine, status, effort, notes in rows
    ]
    return rows, ids


# --- the list ---------------------------------------------------------------------------------


def test_sessions_are_listed_newest_first_with_what_the_user_needs(qtbot, store, history):
    _, ids = history
    page = make_page(qtbot, store)
    assert shown_ids(page) == ids[::-1]
    model = page.table.model()
    newest = [model.index(0, c).data() for c in range(SessionsModel.COLUMN_COUNT)]
    assert newest[0].endswith("2025-04-09 18:00")
    assert newest[1:] == ["Deep Core", "1:25 / 1:25", "Completed", "4", ""]
    # Routine names are data, never markup.
    assert "<i>Mine</i>" in shown_routines(page)
    assert page.count_label.text() == "9 sessions"


def test_the_session_model_passes_the_model_tester(qtmodeltester, store, history):
    model = SessionsModel(store, page_size=4)
    qtmodeltester.check(model)
    model.fetchMore()
    qtmodeltester.check(model)
    steps = StepsModel(store.steps(history[1][3]))
    qtmodeltester.check(steps)


def test_rows_are_fetched_lazily_a_page_at_a_time(qtbot, store):
    start = datetime(2024, 1, 1, 7)
    for n in range(230):
        add_session(store, start + timedelta(days=n), steps=[S("Plank")])
    model = SessionsModel(store, page_size=100)
    assert (model.rowCount(), model.total) == (100, 230)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200
    model.fetchMore()
    assert model.rowCount() == 230
    assert not model.canFetchMore()
    # The newest of the 230 is first, the oldest last, with no row twice.
    ids = [model.index(r, 0).data(SESSION_ID_ROLE) for r in range(230)]
    assert ids == list(range(230, 0, -1))


def test_scrolling_to_the_end_fetches_more(qtbot, store):
    for n in range(250):
        add_session(store, datetime(2024, 1, 1, 7) + timedelta(days=n), steps=[S("Plank")])
    page = make_page(qtbot, store)
    assert page.model.rowCount() == 100
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)
    assert page.count_label.text() == "250 sessions"


def test_filter_by_routine(qtbot, store, history):
    rows, ids = history
    page = make_page(qtbot, store)
    page.filters.routine_combo.setFocus()
    index = page.filters.routine_combo.findText("Single-Leg Balance")
    page.filters.routine_combo.setCurrentIndex(index)
    expected = [i for i, r in zip(ids, rows, strict=True) if r[1] == "Single-Leg Balance"][::-1]
    assert shown_ids(page) == expected
    assert page.count_label.text() == "2 sessions match"


def test_filter_by_status(qtbot, store, history):
    rows, ids = history
    page = make_page(qtbot, store)
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("stopped"))
    assert shown_ids(page) == [i for i, r in zip(ids, rows, strict=True) if r[2] == "stopped"][::-1]
    assert set(shown_routines(page)) == {"Deep Core", "Seat Burner"}


def test_filter_by_date_range_includes_both_days(qtbot, store, history):
    rows, ids = history
    page = make_page(qtbot, store)
    page.filters.since_edit.setDate(QDate(2025, 2, 3))
    page.filters.until_edit.setDate(QDate(2025, 3, 17))
    first, last = date(2025, 2, 3), date(2025, 3, 17)
    expected = [i for i, r in zip(ids, rows, strict=True) if first <= r[0].date() <= last][::-1]
    assert len(expected) == 4
    assert shown_ids(page) == expected


def test_search_notes_as_the_user_types(qtbot, store, history):
    rows, ids = history
    page = make_page(qtbot, store)
    qtbot.keyClicks(page.filters.search_edit, "left")
    expected = [i for i, r in zip(ids, rows, strict=True) if r[4] and "left" in r[4].lower()][::-1]
    assert len(expected) == 2
    assert shown_ids(page) == expected
    # What the user types is text, not a pattern.
    page.filters.search_edit.clear()
    qtbot.keyClicks(page.filters.search_edit, "100%")
    assert shown_routines(page) == ["<i>Mine</i>"]
    page.filters.search_edit.clear()
    qtbot.keyClicks(page.filters.search_edit, "a_b")
    assert shown_routines(page) == ["<i>Mine</i>"]


def test_filters_combine_and_clear(qtbot, store, history):
    rows, ids = history
    page = make_page(qtbot, store)
    page.filters.routine_combo.setCurrentIndex(page.filters.routine_combo.findText("Deep Core"))
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("completed"))
    page.filters.since_edit.setDate(QDate(2025, 2, 1))
    expected = [
        i
        for i, r in zip(ids, rows, strict=True)
        if r[1] == "Deep Core" and r[2] == "completed" and r[0] >= datetime(2025, 2, 1)
    ][::-1]
    assert shown_ids(page) == expected
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == ids[::-1]
    assert page.filters.since_edit.text() == "Any"


def test_sort_by_clicking_the_headers(qtbot, store, history):
    rows, ids = history
    page = make_page(qtbot, store)
    header = page.table.horizontalHeader()

    def click(column):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    names = [r[1] for r in rows]
    click(SessionsModel.ROUTINE)
    order = header.sortIndicatorOrder()
    ascending = sorted(names, key=str.lower)
    expected = ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1]
    assert shown_routines(page) == expected
    click(SessionsModel.ROUTINE)  # the other way round
    assert shown_routines(page) == expected[::-1]
    page.table.sortByColumn(SessionsModel.EFFORT, Qt.SortOrder.DescendingOrder)
    efforts = [r[3] for r in rows]
    shown = [page.model.session_at(r).effort for r in range(page.model.rowCount())]
    assert shown == [*sorted([e for e in efforts if e], reverse=True), None, None]
    page.table.sortByColumn(SessionsModel.DURATION, Qt.SortOrder.AscendingOrder)
    durations = [page.model.session_at(r).done_s for r in range(page.model.rowCount())]
    assert durations == sorted(durations)
    page.table.sortByColumn(SessionsModel.DATE, Qt.SortOrder.AscendingOrder)
    assert shown_ids(page) == ids
    assert page.sort_combo.currentText() == "Oldest first"


def test_sort_from_the_keyboard(qtbot, store, history):
    rows, ids = history
    page = make_page(qtbot, store)
    page.sort_combo.setFocus()
    assert page.sort_combo.currentText() == "Newest first"
    qtbot.keyClick(page.sort_combo, Qt.Key.Key_Down)  # Oldest first
    assert shown_ids(page) == ids
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        SessionsModel.DATE,
        Qt.SortOrder.AscendingOrder,
    )
    qtbot.keyClick(page.sort_combo, Qt.Key.Key_Down)  # Routine A to Z
    assert shown_routines(page) == sorted((r[1] for r in rows), key=str.lower)


# --- details, edit, delete --------------------------------------------------------------------


def open_row(qtbot, page: HistoryPage, row: int):
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.mouseClick(page.details_button, Qt.MouseButton.LeftButton)
    dialog = page.editing.details_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_details_show_every_step(qtbot, store):
    session = add_session(
        store,
        datetime(2025, 4, 8, 7),
        "Single-Leg Balance",
        status="stopped",
        steps=[
            S("Single-leg stand", "balance", "left", 30, 21.5, touchdowns=3),
            S("Single-leg stand", "balance", "right", 30, 30, touchdowns=1),
            S("Calf stretch", "stretch", "", 45, 4, skipped=True),
        ],
    )
    page = make_page(qtbot, store)
    dialog = open_row(qtbot, page, 0)
    assert dialog.session_id == session
    steps = dialog.steps_view.model()
    table = [
        [steps.index(r, c).data() for c in range(StepsModel.COLUMN_COUNT)]
        for r in range(steps.rowCount())
    ]
    assert table == [
        ["1", "Single-leg stand", "Balance", "Left", "0:30", "0:21", "", "3"],
        ["2", "Single-leg stand", "Balance", "Right", "0:30", "0:30", "", "1"],
        ["3", "Calf stretch", "Stretch", "", "0:45", "0:04", "Skipped", ""],
    ]
    assert dialog.status_label.text() == "Stopped"
    assert "touchdowns left 3, right 1" in dialog.steps_label.text()


def test_enter_or_a_double_click_on_a_row_opens_its_details(qtbot, store, history):
    page = make_page(qtbot, store)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editing.details_dialog is not None
    assert page.editing.details_dialog.session_id == history[1][-3]
    page.editing.details_dialog.close()
    qtbot.waitUntil(lambda: page.editing.details_dialog is None)
    rect = page.table.visualRect(page.model.index(4, SessionsModel.ROUTINE))
    # A real double click is a press and release, then a double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editing.details_dialog is not None
    assert page.editing.details_dialog.session_id == history[1][-5]


def test_edit_notes_and_effort_saved_to_the_file_and_undone(qtbot, store, history):
    _, ids = history
    page = make_page(qtbot, store)
    dialog = open_row(qtbot, page, 0)  # the newest: Deep Core, effort 4, no notes
    dialog.effort_spin.setValue(8)
    qtbot.keyClicks(dialog.notes_edit, "Strong finish")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.editing.details_dialog is None or not page.editing.details_dialog.isVisible()
    with db_file() as db:
        assert db.execute(
            "SELECT effort, notes FROM sessions WHERE id = ?", (ids[-1],)
        ).fetchone() == (
            8,
            "Strong finish",
        )
    model = page.table.model()
    assert model.index(0, SessionsModel.EFFORT).data() == "8"
    assert model.index(0, SessionsModel.NOTES).data() == "Strong finish"

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    with db_file() as db:
        assert db.execute(
            "SELECT effort, notes FROM sessions WHERE id = ?", (ids[-1],)
        ).fetchone() == (4, "")
    assert model.index(0, SessionsModel.EFFORT).data() == "4"


def test_not_rated_clears_the_effort(qtbot, store, history):
    _, ids = history
    page = make_page(qtbot, store)
    dialog = open_row(qtbot, page, 0)
    dialog.effort_spin.setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db_file() as db:
        assert db.execute("SELECT effort FROM sessions WHERE id = ?", (ids[-1],)).fetchone() == (
            None,
        )


def test_delete_asks_and_undo_puts_the_same_session_back(qtbot, store, messages):
    session = add_session(
        store,
        datetime(2025, 4, 8, 7),
        "Single-Leg Balance",
        steps=[S("Stand", "balance", "left", touchdowns=2), S("Stand", "balance", "right")],
        effort=6,
        notes="keep me",
    )
    other = add_session(store, datetime(2025, 4, 1, 7), "Deep Core")
    with db_file() as db:
        before = db.execute("SELECT * FROM sessions WHERE id = ?", (session,)).fetchone()
        steps_before = db.execute(
            "SELECT * FROM session_steps WHERE session_id = ?", (session,)
        ).fetchall()
    page = make_page(qtbot, store)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert messages[0][0] == "question" and "Single-Leg Balance" in messages[0][1]
    assert shown_ids(page) == [other]
    assert page.count_label.text() == "1 session"
    with db_file() as db:
        assert db.execute("SELECT COUNT(*) FROM sessions WHERE id = ?", (session,)).fetchone() == (
            0,
        )
        assert db.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0] == 2  # the other's

    page.undo_action.trigger()
    assert shown_ids(page) == [session, other]
    with db_file() as db:
        assert db.execute("SELECT * FROM sessions WHERE id = ?", (session,)).fetchone() == before
        steps_after = db.execute(
            "SELECT * FROM session_steps WHERE session_id = ?", (session,)
        ).fetchall()
    # Same rows, same uid and id; step row ids may differ, their content does not.
    assert [s[1:] for s in steps_after] == [s[1:] for s in steps_before]
    # And redo deletes it again.
    page.editing.undo_stack.redo()
    assert shown_ids(page) == [other]


def test_answering_no_deletes_nothing(qtbot, store, history, monkeypatch):
    answer_boxes(monkeypatch, QMessageBox.StandardButton.No)
    page = make_page(qtbot, store)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.count() == 9
    assert page.editing.undo_stack.count() == 0


def test_the_delete_key_and_the_details_dialog_delete_too(qtbot, store, history, messages):
    _, ids = history
    page = make_page(qtbot, store)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.session(ids[-1]) is None
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.session(ids[-1]) is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.session(ids[-1]) is None
    dialog = open_row(qtbot, page, 0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert store.session(ids[-2]) is None
    assert page.editing.details_dialog is None or not page.editing.details_dialog.isVisible()
    assert store.count() == 7
    page.undo_action.trigger()
    page.undo_action.trigger()
    assert store.count() == 9
    assert shown_ids(page) == ids[::-1]


def test_undo_after_a_new_session_took_the_deleted_id(qtbot, store, messages):
    first = add_session(store, datetime(2025, 4, 1, 7), "Deep Core")
    newest = add_session(store, datetime(2025, 4, 2, 7), "Seat Burner", notes="deleted")
    page = make_page(qtbot, store)
    page.table.selectRow(0)
    page.editing.delete_selected()
    # Meanwhile a workout is recorded; SQLite hands it the free highest id.
    later = add_session(store, datetime(2025, 4, 3, 7), "Post-Run Stretch")
    assert later == newest
    page.undo_action.trigger()
    with db_file() as db:
        rows = db.execute("SELECT routine, notes FROM sessions ORDER BY started_epoch").fetchall()
    assert rows == [("Deep Core", ""), ("Seat Burner", "deleted"), ("Post-Run Stretch", "")]
    assert first in shown_ids(page)


def test_a_failed_delete_shows_a_message_and_is_not_on_the_undo_stack(
    qtbot, store, history, messages, monkeypatch
):
    page = make_page(qtbot, store)
    page.table.selectRow(0)

    def broken(session_id):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "delete_session", broken)
    page.editing.delete_selected()
    assert messages[-1][0] == "warning" and "database is locked" in messages[-1][1]
    assert page.editing.undo_stack.count() == 0
    assert page.model.rowCount() == 9


# --- CSV --------------------------------------------------------------------------------------


def test_export_and_import_buttons(qtbot, store, history, messages, monkeypatch, tmp_path):
    target = tmp_path / "exported.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)")
    )
    page = make_page(qtbot, store)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and (tmp_path / "exported.steps.csv").exists()
    assert "Wrote 9 sessions" in messages[-1][1]

    other = SessionStore.open(tmp_path / "fresh" / "history.sqlite3")
    try:
        fresh_page = HistoryPage(other, 2, now=lambda: NOW)
        qtbot.addWidget(fresh_page)
        fresh_page.show()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
        said = len(messages)
        qtbot.mouseClick(fresh_page.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(messages) > said)  # the import runs off the window's thread
        assert "Added 9 sessions; 0 were already" in messages[-1][1]
        assert shown_routines(fresh_page) == shown_routines(page)
        assert fresh_page.filters.routine_combo.findText("Single-Leg Balance") > 0
        said = len(messages)
        qtbot.mouseClick(fresh_page.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(messages) > said)
        assert "Added 0 sessions; 9 were already" in messages[-1][1]
        assert other.count() == 9
    finally:
        other.close()


def test_a_bad_import_says_which_line_and_imports_nothing(
    qtbot, store, history, messages, monkeypatch, tmp_path
):
    source = tmp_path / "mine.csv"
    export_csv(store, source)
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    assert ",stopped," in lines[2]  # the second session, on line 3
    lines[2] = lines[2].replace(",stopped,", ",paused,")
    source.write_text("".join(lines), encoding="utf-8")
    other = SessionStore.open(tmp_path / "fresh" / "history.sqlite3")
    try:
        page = HistoryPage(other, 2, now=lambda: NOW)
        qtbot.addWidget(page)
        page.show()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(messages))
        kind, text = messages[-1]
        assert kind == "warning"
        assert "Nothing was imported" in text and "mine.csv, line 3" in text and "status" in text
        assert other.count() == 0
    finally:
        other.close()


def test_an_export_that_cannot_be_written_shows_a_message(
    qtbot, store, history, messages, monkeypatch, tmp_path
):
    target = tmp_path / "no-such-folder" / "h.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = make_page(qtbot, store)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert messages[-1][0] == "warning" and "could not be written" in messages[-1][1]


def test_cancelled_file_dialogs_do_nothing(qtbot, store, history, messages, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    page = make_page(qtbot, store)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert messages == []


# --- trends -----------------------------------------------------------------------------------

KINDS = ("hold", "stretch", "balance", "move")


@pytest.fixture
def recent(store):
    """Sessions in the last weeks before NOW, with kinds, sides and statuses mixed."""
    plan = [
        # (weeks before this week, day, status, steps)
        (0, 0, "completed", [S("Plank", "hold", done_s=90), S("Fold", "stretch", done_s=45)]),
        (0, 2, "stopped", [S("March", "move", done_s=300)]),
        (
            1,
            1,
            "completed",
            [S("Stand", "balance", "left", done_s=25), S("Stand", "balance", "right", done_s=30)],
        ),
        (
            1,
            3,
            "completed",
            [
                S("Bridge", "hold", done_s=60),
                S("Reach", "balance", "left", done_s=40, touchdowns=2),
            ],
        ),
        (
            1,
            4,
            "completed",
            [S("Reach", "balance", "right", done_s=44), S("Breathe", "rest", done_s=60)],
        ),
        (
            2,
            0,
            "completed",
            [S("Clamshell", "hold", "left", done_s=30), S("Clamshell", "hold", "right", done_s=30)],
        ),
        (2, 5, "completed", [S("Lunge", "stretch", "left", done_s=60)]),
        (3, 2, "interrupted", [S("Stand", "balance", "left", done_s=12)]),
        (5, 1, "completed", [S("Plank", "hold", done_s=120), S("Skater", "move", done_s=75)]),
        (5, 2, "completed", [S("Plank", "hold", done_s=120)]),
        (13, 0, "completed", [S("Plank", "hold", done_s=999)]),  # before the 12 weeks
    ]
    for weeks, day, status, steps in plan:
        when = MONDAY - timedelta(weeks=weeks) + timedelta(days=day, hours=7)
        add_session(store, when, "Mixed", status, steps)
    return plan


def expected_numbers(plan):
    """Minutes per kind, completed sessions and left/right seconds per week, oldest week first,
    worked out from the plan itself."""
    minutes = {kind: [0.0] * 12 for kind in KINDS}
    completed = [0] * 12
    sides: dict[int, list[float]] = {}
    for weeks, _day, status, steps in plan:
        if weeks > 11:
            continue
        column = 11 - weeks
        completed[column] += status == "completed"
        for step in steps:
            if step.kind in minutes:
                minutes[step.kind][column] += step.done_s / 60
            if step.kind == "balance" and step.side:
                pair = sides.setdefault(column, [0.0, 0.0])
                pair[0 if step.side == "left" else 1] += step.done_s
    return minutes, completed, sides


def bar_values(series):
    return list(series.values)


def test_trends_charts_hold_the_numbers_of_the_history(qtbot, store, recent):
    minutes, completed, sides = expected_numbers(recent)
    page = make_page(qtbot, store)
    page.tabs.setCurrentWidget(page.trends_view)
    view = page.trends_view
    for kind in KINDS:
        assert bar_values(view.kind_sets[kind]) == pytest.approx(minutes[kind], abs=0.051)
        assert view.kind_sets[kind].name == kind.capitalize()
    assert bar_values(view.sessions_set) == completed
    assert view.sessions_view.data().reference.value == 2.0
    left, right = view.left_series.points(), view.right_series.points()
    assert left == [(c, pytest.approx(v[0])) for c, v in sorted(sides.items())]
    assert right == [(c, pytest.approx(v[1])) for c, v in sorted(sides.items())]
    # Last week had 3 completed, the week before 2, then a week with none (interrupted only).
    assert view.streak_label.text() == "2"
    assert view.week_label.text() == "This week: 1 of 2 so far"
    categories = view.minutes_view.data().labels
    assert categories[-1] == "7 Apr" and categories[0] == "20 Jan"


def test_the_weekly_target_moves_the_line_and_the_streak(qtbot, store, recent):
    page = make_page(qtbot, store, target=2)
    page.tabs.setCurrentWidget(page.trends_view)
    page.set_weekly_target(3)
    view = page.trends_view
    assert view.sessions_view.data().reference.value == 3.0
    assert view.streak_label.text() == "1"
    assert view.streak_caption.text() == "week in a row with at least 3 sessions completed"
    page.set_weekly_target(1)
    # This week's one counts now; three weeks ago had only an interrupted session.
    assert view.streak_label.text() == "3"


def test_trends_follow_a_deletion(qtbot, store, recent, messages):
    page = make_page(qtbot, store)
    page.tabs.setCurrentWidget(page.trends_view)
    assert page.trends_view.week_label.text() == "This week: 1 of 2 so far"
    page.tabs.setCurrentIndex(0)
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("completed"))
    page.table.selectRow(0)
    page.editing.delete_selected()
    page.tabs.setCurrentWidget(page.trends_view)
    assert page.trends_view.week_label.text() == "This week: 0 of 2 so far"


def test_charts_follow_a_dark_palette(qtbot, store, recent):
    page = make_page(qtbot, store)
    page.tabs.setCurrentWidget(page.trends_view)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    page.setPalette(dark)
    colours = page.trends_view.minutes_view.colours()
    assert colours.background.lightness() < 64
    assert colours.text.lightness() > 192


# --- the charts: drawn by us, at common window sizes, in both themes ---------------------------

#: The History page's size in the main window at 1024x600, 1200x800 and 1400x900 (the places
#: list takes 160 px of the width, the menu bar and frame 41 px of the height).
PAGE_SIZES = {"1024x600": (864, 559), "1200x800": (1040, 759), "1400x900": (1240, 859)}


def trends_page(qtbot, store, size=(1300, 800), palette=None) -> HistoryPage:
    page = make_page(qtbot, store)
    if palette is not None:
        page.setPalette(palette)
    page.resize(*size)
    page.tabs.setCurrentWidget(page.trends_view)
    QApplication.processEvents()
    return page


def charts_of(page: HistoryPage):
    view = page.trends_view
    return [view.sessions_view, view.minutes_view, view.sides_view]


def pixel_counts(widget) -> Counter[int]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return Counter(array("I", bytes(image.constBits())[: image.sizeInBytes()]))


@pytest.mark.parametrize("window", PAGE_SIZES)
def test_week_labels_are_whole_and_overlap_nothing_at_common_sizes(qtbot, store, recent, window):
    page = trends_page(qtbot, store, PAGE_SIZES[window])
    assert page.size().toTuple() == PAGE_SIZES[window]  # nothing pushes the page off-screen
    view = page.trends_view
    boxes = [chart.geometry() for chart in charts_of(page)]
    for a, b in combinations(boxes, 2):
        assert not a.intersects(b), "one chart lies over another"
    assert all(view.rect().contains(box) for box in boxes)
    for chart in charts_of(page):
        layout = chart.chart_layout()
        labels = chart.data().labels
        metrics = QFontMetricsF(chart.font())
        shown = layout.labels
        assert shown[-1][0] == len(labels) - 1, "this week is always labelled"
        # Every week at the app's default size and above, at least every other one at 1024x600.
        assert len(shown) == len(labels) if window != "1024x600" else len(shown) >= len(labels) / 2
        for index, rect in shown:
            assert rect.width() >= metrics.horizontalAdvance(labels[index]) - 0.01
        rects = [rect for _, rect in shown]
        for a, b in combinations(rects, 2):
            assert not a.intersects(b)
        others = [layout.title, layout.plot]
        others += [rect for _, rect in layout.ticks]
        others += [sample.united(text) for _, sample, text in layout.legend]
        others += [rect for _, rect, _ in chart.value_label_rects()]
        inside = QRectF(chart.rect())
        for rect in [*rects, *others]:
            assert inside.contains(rect), (chart.title(), rect)
        for rect in rects:
            assert not any(rect.intersects(other) for other in others), (chart.title(), rect)
        assert not layout.title.intersects(layout.plot)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_minutes_chart_is_painted_in_the_kind_colours(qtbot, store, recent, dark):
    page = trends_page(qtbot, store, palette=dark_palette() if dark else light_palette())
    chart = page.trends_view.minutes_view
    counts = pixel_counts(chart)
    background = chart.colours().background.rgb()
    assert counts[background] < 0.9 * sum(counts.values())
    for kind in KINDS:
        colour = KIND_STYLES[Kind(kind)].color(dark)
        assert counts[colour.rgb()] > 30, kind


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_and_lines_of_the_charts_are_readable(qtbot, store, recent, dark):
    """Measured on the painted charts: text 4.5:1 against the chart, axis, card outline and
    every series 3:1."""
    palette = dark_palette() if dark else light_palette()
    page = trends_page(qtbot, store, palette=palette)
    for chart in charts_of(page):
        image = chart.grab().toImage()
        layout = chart.chart_layout()
        background = image.pixelColor(4, image.height() // 2)
        assert background == palette.color(QPalette.ColorRole.Base)

        def best(rect, image=image, background=background):
            """The strongest contrast of any pixel in ``rect`` against the chart."""
            box = rect.toAlignedRect().intersected(image.rect())
            return max(
                contrast_ratio(image.pixelColor(x, y), background)
                for x in range(box.left(), box.right() + 1)
                for y in range(box.top(), box.bottom() + 1)
            )

        texts = [layout.title, *(r for _, r in layout.labels), *(r for _, r in layout.ticks)]
        texts += [text for _, _, text in layout.legend]
        for rect in texts:
            assert best(rect) >= 4.5, (chart.title(), rect)
        axis_y = math.floor(layout.plot.bottom())
        axis = QRectF(layout.plot.center().x(), axis_y, 1, 1)
        assert best(axis) >= 3.0
        border = image.pixelColor(0, image.height() // 2)
        assert contrast_ratio(border, background) >= 3.0
        assert contrast_ratio(border, palette.color(QPalette.ColorRole.Window)) >= 3.0
        for series in chart.data().series:
            assert contrast_ratio(chart.style_of(series.key).colour, background) >= 3.0
        for _, rect, _inside in chart.value_label_rects():  # on a patch of bar or background
            patch = image.pixelColor(round(rect.left()) + 1, round(rect.top()) + 1)
            assert best(rect, background=patch) >= 4.5


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hovering_a_week_shows_its_exact_values(qtbot, store, recent):
    minutes, _completed, _sides = expected_numbers(recent)
    page = trends_page(qtbot, store)
    chart = page.trends_view.minutes_view
    column = 10  # last week
    where = chart.chart_layout().slot(column, 12).center().toPoint()
    qtbot.mouseMove(chart, where)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, where, chart.mapToGlobal(where)))
    shown = QToolTip.text().splitlines()
    assert shown[0] == "Week of 31 Mar 2025"
    values = {kind: round(minutes[kind][column], 1) for kind in KINDS}
    for kind in KINDS:
        assert f"{kind.capitalize()}: {values[kind]:g} min" in shown
    assert f"Total: {round(sum(values.values()), 1):g} min" in shown


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_charts_can_be_read_from_the_keyboard_and_by_a_screen_reader(qtbot, store, recent):
    _minutes, completed, sides = expected_numbers(recent)
    page = trends_page(qtbot, store)
    view = page.trends_view
    chart = view.sessions_view
    assert chart.accessibleName() == "Completed sessions per week"
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_column() == 10
    assert QToolTip.text().splitlines() == [
        "Week of 31 Mar 2025",
        f"Completed sessions: {completed[10]}",
        "Target: 2 a week",
    ]
    description = chart.accessibleDescription()
    for week, count in zip(view.minutes_view.data().titles, completed, strict=True):
        assert f"{week}: Completed sessions: {count}" in description
    sides_text = view.sides_view.accessibleDescription()
    for column, (left, right) in sides.items():
        week = view.sides_view.data().titles[column]
        assert f"{week}: Left: {round(left)} s, Right: {round(right)} s" in sides_text


def test_an_empty_history_says_so_on_each_chart(qtbot, store):
    page = trends_page(qtbot, store)
    view = page.trends_view
    assert [chart.accessibleDescription() for chart in charts_of(page)] == [
        "No completed sessions in these weeks yet.",
        "No training in these weeks yet.",
        "No balance drills on both sides yet.",
    ]
    add_session(store, MONDAY, steps=[S("Plank", "hold", done_s=60)])
    page.refresh()
    assert view.minutes_view.accessibleDescription().startswith("Week of 20 Jan 2025: Hold: 0 min")
    assert "Week of 7 Apr 2025: Completed sessions: 1" in view.sessions_view.accessibleDescription()
    assert view.sides_view.accessibleDescription() == "No balance drills on both sides yet."


# --- keyboard and accessibility ---------------------------------------------------------------


def test_every_control_has_an_accessible_name_and_takes_focus(qtbot, store, history):
    page = make_page(qtbot, store)
    controls = [
        page.filters.routine_combo,
        page.filters.status_combo,
        page.filters.since_edit,
        page.filters.until_edit,
        page.filters.search_edit,
        page.filters.clear_button,
        page.table,
        page.sort_combo,
        page.details_button,
        page.delete_button,
        page.undo_button,
        page.export_button,
        page.import_button,
    ]
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    assert all(isinstance(b, QAbstractButton) for b in [controls[5], *controls[8:]])
    dialog = open_row(qtbot, page, 0)
    for control in (
        dialog.steps_view,
        dialog.effort_spin,
        dialog.notes_edit,
        dialog.save_button,
        dialog.delete_button,
        dialog.close_button,
    ):
        assert control.accessibleName(), control


def test_a_routine_name_is_shown_as_plain_text_in_the_details(qtbot, store, history):
    page = make_page(qtbot, store)
    page.filters.routine_combo.setCurrentIndex(page.filters.routine_combo.findText("<i>Mine</i>"))
    dialog = open_row(qtbot, page, 0)
    assert dialog.routine_label.text() == "<i>Mine</i>"
    assert dialog.routine_label.textFormat() == Qt.TextFormat.PlainText


def test_refresh_shows_a_session_recorded_meanwhile(qtbot, store, history):
    page = make_page(qtbot, store)
    add_session(store, datetime(2025, 4, 10, 7), "Post-Run Stretch")
    assert "Post-Run Stretch" not in shown_routines(page)
    page.refresh()
    assert shown_routines(page)[0] == "Post-Run Stretch"
    assert page.filters.routine_combo.findText("Post-Run Stretch") > 0
    assert page.count_label.text() == "10 sessions"


def test_personal_bests_are_listed_per_exercise(qtbot, store) -> None:
    from barretimer.store.sessions import NewStep

    for day, held in ((1, 42.0), (3, 61.5)):
        session_id = store.start_session(
            routine="Core",
            planned_s=120,
            steps_total=2,
            started=datetime(2026, 3, day, 18, 0).astimezone(),
        )
        for position, (exercise, seconds) in enumerate((("Max plank", held), ("Wall sit", 90))):
            step = NewStep(
                position, exercise, "hold", "", (), 60, seconds, open_ended=exercise != "Wall sit"
            )
            store.record_step(session_id, step, seconds)
        store.finish_session(session_id, "completed", 120)
    page = make_page(qtbot, store)
    page.tabs.setCurrentWidget(page.bests_view)
    model = page.bests_view.table.model()
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert len(rows) == 1  # the wall sit was timed, not a max hold
    assert rows[0][0] == "Max plank" and rows[0][1] == "1:01" and rows[0][3] == "2"
    assert "2026-03-03" in rows[0][2]
    assert page.bests_view.table.isVisible()
