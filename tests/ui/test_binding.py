"""The Qt binding keeps Python's reference counts straight (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    toggled = Signal(bool)


def test_void_calls_and_bool_signals_do_not_eat_references(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = _Emitter()
    received = [0]

    def count(value: bool) -> None:  # keeps no reference to the value
        received[0] += 1

    emitter.toggled.connect(count)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        widget.update()
        emitter.toggled.emit(True)
    # Other code may hold a few more references meanwhile; a leak would drop them by 200.
    assert sys.getrefcount(None) > none_before - 50
    assert sys.getrefcount(True) > true_before - 50
    assert received[0] == 200
