"""The library finds routines by the exercises they contain and shows a small figure beside
each step of the preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.ui.library.page import LibraryPage
from barretimer.ui.library.preview import StepsModel
from tests.conftest import ROUTINES

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot):
    catalog, _ = load_catalog(paths.catalog_path())
    library = LibraryPage(catalog)
    qtbot.addWidget(library)
    library.resize(1200, 700)
    library.show()
    library.reload()
    return library


def routines_containing(word: str) -> set[str]:
    """The shipped routines whose file has ``word`` among its steps' exercises."""
    import yaml

    found = set()
    for path in ROUTINES.glob("*.yaml"):
        if path.name == "exercises.yaml":
            continue
        text = path.read_text(encoding="utf-8")
        document = yaml.safe_load(text)

        def steps(items):
            for item in items or ():
                if "steps" in item:
                    yield from steps(item["steps"])
                else:
                    yield str(item.get("exercise", ""))

        if any(word in exercise for exercise in steps(document.get("steps"))):
            found.add(document["name"])
    return found


def test_search_finds_routines_by_the_exercises_they_contain(page: LibraryPage, qtbot) -> None:
    expected = routines_containing("clamshell")
    assert len(expected) >= 4
    qtbot.keyClicks(page.search_edit, "clamshell")
    assert set(page.visible_names()) == expected
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "Fire hydrant")  # by its name in the catalog
    assert set(page.visible_names()) == routines_containing("fire-hydrant")


def test_each_step_of_the_preview_has_a_figure(page: LibraryPage, qtbot) -> None:
    qtbot.keyClicks(page.search_edit, "clamshell")
    page.table.selectRow(0)
    model = page.steps_model
    assert model.rowCount() > 0
    qtbot.waitUntil(lambda: model.thumbnails.poses() is not None)
    figures = []
    for row in range(model.rowCount()):
        decoration = model.index(row, StepsModel.EXERCISE).data(Qt.ItemDataRole.DecorationRole)
        if decoration is not None:
            assert isinstance(decoration, QPixmap) and not decoration.toImage().isNull()
            figures.append(decoration)
    steps = [
        model.index(row, StepsModel.EXERCISE).data()
        for row in range(model.rowCount())
        if model.index(row, StepsModel.KIND).data()
    ]
    assert len(figures) == len(steps)  # every catalog step of a shipped routine has one
    image = figures[0].toImage()
    inked = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128
    )
    assert inked > 0.05 * image.width() * image.height()  # a figure, not a blank
