"""Work the window must not wait for (reading many routine files, importing a large CSV),
run on a thread of Qt's pool. Its progress and result come back as signals, on the window's
thread; the work itself gets a ``progress(done, total)`` callable that returns False once the
user has cancelled."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

#: ``work(progress)``: the function run off the window's thread.
Work = Callable[[Callable[[int, int], bool]], Any]


class BackgroundTask(QObject):
    """One piece of work off the window's thread. Keep a reference until it has finished."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()
        self.done = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        self._cancelled.set()

    def _report(self, done: int, total: int) -> bool:
        try:
            self.progressed.emit(done, total)
        except RuntimeError:  # the window was closed: nobody waits for the work any more
            return False
        return not self._cancelled.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self._report)
        except Exception as error:  # handed to the window, which says it in words
            self._finish(self.failed, error)
            return
        self._finish(self.succeeded, result)

    def _finish(self, signal: Any, value: object) -> None:
        self.done.set()
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            signal.emit(value)
