"""The library page: shipped and user routines, search and filters, preview, and its buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_text
from barretimer.core.model import Level
from barretimer.ui.library.model import RoutineTableModel, SortRole
from barretimer.ui.library.page import LibraryPage, load_entries
from barretimer.ui.library.preview import StepsModel
from tests.conftest import ROUTINES

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a top-level widget is shown; it is not ours.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SHIPPED_NAMES = {
    "Backwards Running, First Steps",
    "Single-Leg Balance Ladder",
    "Post-Run Stretch",
}

USER_ROUTINE = """\
name: My <b>Evening</b> Holds
description: "Slow holds <i>before</i> bed & a stretch."
level: advanced
tags: [evening, holds]
steps:
  - exercise: Wall sit
    kind: hold
    duration: 45
  - repeat: 3
    name: Seat circuit
    steps:
      - exercise: Single-leg stand
        kind: balance
        duration: max
        cap: 90
        sides: left-right
      - exercise: Figure four
        kind: stretch
        duration: "1:30"
"""

BROKEN_ROUTINE = """\
name: Broken one
level: expert
steps:
  - exercise: Plank
    duration: fast
"""


def write_user(name: str, text: str) -> Path:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def page(qtbot):
    write_user("evening.yaml", USER_ROUTINE)
    write_user("broken.yaml", BROKEN_ROUTINE)
    catalog, _ = load_catalog(paths.catalog_path())
    library = LibraryPage(catalog)
    qtbot.addWidget(library)
    library.resize(1200, 700)
    library.show()
    library.reload()
    return library


def test_models_pass_the_model_tester(page: LibraryPage, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.select_path(paths.user_routines_dir() / "evening.yaml")
    assert page.steps_model.rowCount() == 4
    qtmodeltester.check(page.steps_model)


def test_lists_shipped_and_user_routines(page: LibraryPage) -> None:
    names = set(page.visible_names())
    assert names >= SHIPPED_NAMES
    assert "My <b>Evening</b> Holds" in names
    assert "Broken one" in names  # invalid: listed, not hidden
    shipped_files = {p.name for p in ROUTINES.glob("*.yaml")} - {"exercises.yaml"}
    assert page.model.rowCount() == len(shipped_files) + 2


def test_search_tag_and_level_filters(page: LibraryPage, qtbot) -> None:
    qtbot.keyClicks(page.search_edit, "balance ladder")
    assert page.visible_names() == ["Single-Leg Balance Ladder"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "BEFORE BED")  # description, any case
    assert page.visible_names() == ["My <b>Evening</b> Holds"]
    page.search_edit.clear()

    page.tag_combo.setCurrentIndex(page.tag_combo.findData("evening"))
    assert page.visible_names() == ["My <b>Evening</b> Holds"]
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("balance"))
    balance = page.visible_names()
    assert "Single-Leg Balance Ladder" in balance
    for name in balance:
        row = page.model.row_of(next(e.path for e in load_entries(page.catalog) if e.name == name))
        assert "balance" in page.model.row_info(row).tags

    page.level_combo.setCurrentIndex(page.level_combo.findData(Level.INTERMEDIATE.value))
    intermediate_balance = page.visible_names()
    assert intermediate_balance and set(intermediate_balance) < set(balance)
    for row in range(page.proxy.rowCount()):
        assert page.proxy.index(row, RoutineTableModel.LEVEL).data() == "Intermediate"

    page.tag_combo.setCurrentIndex(0)
    page.level_combo.setCurrentIndex(page.level_combo.findData(Level.ADVANCED.value))
    advanced = page.visible_names()
    assert "My <b>Evening</b> Holds" in advanced and "Advanced Barre Class" in advanced
    for row in range(page.proxy.rowCount()):
        assert page.proxy.index(row, RoutineTableModel.LEVEL).data() == "Advanced"


def test_sorting_by_time_sorts_numbers(page: LibraryPage) -> None:
    page.table.sortByColumn(RoutineTableModel.TIME, Qt.SortOrder.AscendingOrder)
    times = [
        page.proxy.index(r, RoutineTableModel.TIME).data(SortRole)
        for r in range(page.proxy.rowCount())
    ]
    assert times == sorted(times)
    assert times[0] == -1.0  # the invalid one has no time


def test_invalid_user_routine_shows_its_problems(page: LibraryPage) -> None:
    assert page.select_path(paths.user_routines_dir() / "broken.yaml")
    row = page.model.row_of(paths.user_routines_dir() / "broken.yaml")
    assert "problem" in page.model.index(row, RoutineTableModel.SOURCE).data()
    assert page.model.index(row, RoutineTableModel.TIME).data() == "invalid"
    assert page.problems_list.isVisible()
    problems = [page.problems_list.item(i).text() for i in range(page.problems_list.count())]
    assert any("level" in p for p in problems)
    assert any("duration" in p for p in problems)
    assert not page.start_button.isEnabled()
    assert page.edit_button.text() == "Edit"


def test_preview_and_details_show_text_literally(page: LibraryPage) -> None:
    page.select_path(paths.user_routines_dir() / "evening.yaml")
    assert page.name_label.text() == "My <b>Evening</b> Holds"
    assert page.name_label.textFormat() == Qt.TextFormat.PlainText
    assert page.description_label.text() == "Slow holds <i>before</i> bed & a stretch."
    assert page.description_label.textFormat() == Qt.TextFormat.PlainText
    assert "Advanced" in page.facts_label.text()
    rows = [
        [page.steps_model.index(r, c).data() for c in range(page.steps_model.columnCount())]
        for r in range(page.steps_model.rowCount())
    ]
    assert rows == [
        ["Wall sit", "Hold", "both", "0:45"],
        ["Repeat ×3: Seat circuit", "", "", ""],
        ["    Single-leg stand", "Balance", "left, then right", "max 1:30"],
        ["    Figure four", "Stretch", "both", "1:30"],
    ]


def test_start_edit_duplicate_and_new_buttons(page: LibraryPage, qtbot) -> None:
    started, edited, duplicated, new = [], [], [], []
    page.start_requested.connect(started.append)
    page.edit_requested.connect(edited.append)
    page.duplicate_requested.connect(duplicated.append)
    page.new_requested.connect(lambda: new.append(True))

    shipped = ROUTINES / "post-run-stretch.yaml"
    assert page.select_path(shipped)
    assert page.edit_button.text() == "Duplicate and edit"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert duplicated == [shipped]
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert [e.path for e in started] == [shipped]

    mine = paths.user_routines_dir() / "evening.yaml"
    page.select_path(mine)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert edited == [mine]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row starts it too
    assert [e.path for e in started] == [shipped, mine]

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert new == [True]


def test_reload_keeps_the_selection_and_sees_new_files(page: LibraryPage) -> None:
    mine = paths.user_routines_dir() / "evening.yaml"
    page.select_path(mine)
    write_user("another.yaml", USER_ROUTINE.replace("My <b>Evening</b> Holds", "Another one"))
    page.reload()
    assert "Another one" in page.visible_names()
    assert page.selected_entry().path == mine


def test_every_control_has_an_accessible_name(page: LibraryPage) -> None:
    for widget in (
        page.search_edit,
        page.tag_combo,
        page.level_combo,
        page.table,
        page.steps_view,
        page.start_button,
        page.edit_button,
    ):
        assert widget.accessibleName() or widget.text()  # type: ignore[attr-defined]
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_steps_model_of_an_empty_routine() -> None:
    model = StepsModel()
    model.set_routine(None)
    assert model.rowCount() == 0
    routine = load_routine_text(USER_ROUTINE).routine
    model.set_routine(routine)
    assert model.rowCount() == 4


def test_tags_stay_readable_in_a_small_window(page: LibraryPage, qtbot) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    page.resize(864, 440)  # what the Library gets of a 1024x600 window beside the sidebar
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    header = table.horizontalHeader()
    assert header.sectionSize(RoutineTableModel.TAGS) >= 110
    delegate = table.itemDelegateForColumn(RoutineTableModel.TAGS)
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, RoutineTableModel.TAGS)
        tags = index.data().split(", ") if index.data() else []
        option = QStyleOptionViewItem()
        option.rect = table.visualRect(index)
        option.widget = table
        option.initFrom(table)
        delegate.initStyleOption(option, index)
        shown = option.text
        if not tags:
            continue
        assert option.fontMetrics.horizontalAdvance(shown) <= option.rect.width()
        whole, _, more = shown.rpartition(" +") if " +" in shown else (shown, "", "")
        assert whole.split(", ") == tags[: len(whole.split(", "))]  # whole tags, in order
        assert int(more or 0) == len(tags) - len(whole.split(", "))
        assert index.data(Qt.ItemDataRole.ToolTipRole) == ", ".join(tags)


def test_a_block_played_once_reads_as_its_name_and_one_problem_is_singular(
    page: LibraryPage,
) -> None:
    write_user(
        "once.yaml",
        "name: Once through\nsteps:\n  - repeat: 1\n    name: Warm-up\n    steps:\n"
        "      - exercise: Wall sit\n        kind: hold\n        duration: 30\n",
    )
    write_user(
        "one-problem.yaml", "name: One problem\nsteps:\n  - exercise: Plank\n    duration: fast\n"
    )
    page.reload()
    page.select_path(paths.user_routines_dir() / "once.yaml")
    assert page.steps_model.index(0, 0).data() == "Warm-up"
    names = page.visible_names()
    row = names.index("One problem")
    source = page.proxy.index(row, RoutineTableModel.SOURCE).data()
    assert source == "Yours: 1 problem"
