"""Fixtures for the window's tests."""

from __future__ import annotations

import pytest

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
