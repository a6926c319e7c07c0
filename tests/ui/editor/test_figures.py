"""The editor shows the exercise's figure in the step form and in the catalog picker."""

from __future__ import annotations

import pytest

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.model import Defaults, Step
from barretimer.ui.editor.picker import CatalogPicker
from barretimer.ui.editor.step_form import StepForm
from barretimer.ui.figure_thumbnails import COMPACT_PX

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def catalog():
    loaded, _ = load_catalog(paths.catalog_path())
    return loaded


def test_the_step_form_shows_a_catalog_steps_figure(qtbot, catalog) -> None:
    form = StepForm(catalog)
    qtbot.addWidget(form)
    form.show()
    form.show_step(Step("Clamshell", ref="clamshell"), Defaults())
    assert form.figure.isVisible() and form.figure.spec().exercise == "clamshell"
    assert form.figure.width() <= COMPACT_PX  # compact: the form stays usable when narrow
    form.show_step(Step("My own stretch"), Defaults())
    assert not form.figure.isVisible()  # no figure for an exercise of one's own


def test_the_catalog_picker_shows_the_chosen_exercises_figure(qtbot, catalog) -> None:
    picker = CatalogPicker(catalog)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "wall sit")
    chosen = picker.chosen()
    assert chosen is not None
    assert picker.figure.isVisible() and picker.figure.spec().exercise == chosen.id
    picker.search.clear()
    qtbot.keyClicks(picker.search, "no such exercise at all")
    assert picker.chosen() is None and not picker.figure.isVisible()
