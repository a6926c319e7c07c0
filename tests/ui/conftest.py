"""Fixtures for the window's tests."""

from __future__ import annotations

import pytest

from tests.helpers.dialogs import Boxes, answer_boxes


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Message boxes are recorded and answered Ok (set ``answer``/``answers`` to change it)."""
    return answer_boxes(monkeypatch)
