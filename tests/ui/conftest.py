"""Fixtures for the window's tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from barretimer.i18n.build import build_language
from barretimer.ui import language
from tests.helpers.dialogs import Boxes, answer_boxes


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Message boxes are recorded and answered Ok (set ``answer``/``answers`` to change it)."""
    return answer_boxes(monkeypatch)


@pytest.fixture(autouse=True)
def _no_unexpected_boxes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A message box no test asked for is answered Ok and fails the test, instead of waiting
    for a click that never comes (a modal box would hang the whole run)."""
    if "boxes" in request.fixturenames:
        yield
        return
    record = answer_boxes(monkeypatch)
    yield
    assert not record.shown, f"a message box the test did not expect: {record.messages}"


@pytest.fixture
def translators():  # type: ignore[no-untyped-def]
    """Translators installed by a test are removed after it (the app outlives the test)."""
    app = QCoreApplication.instance()
    assert app is not None
    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    yield
    QLocale.setDefault(locale)
    for translator in set(app.findChildren(QTranslator)) - before:
        app.removeTranslator(translator)
        translator.deleteLater()
    app.setProperty("barretimer_language", None)
    language._translation.cache_clear()
    language._exercise_names.cache_clear()
    language._routine_names.cache_clear()


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The pseudo-language built from the code as it is now (every string in markers)."""
    return build_language("xx", folder=tmp_path_factory.mktemp("xx"))
