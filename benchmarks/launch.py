"""A window started the way a user starts it, for the start-up and memory measurements:
``python -m benchmarks.launch app|bare OUT.json``.

``app`` runs ``barretimer.ui.app.run_app()`` (what ``barretimer`` with no arguments does);
``bare`` shows a PySide6 QMainWindow of the same size holding one QLabel. Both record
``time.monotonic()`` when their window is first exposed and painted (the moment after Qt has
handled the window's first Expose event), wait ``LINGER_MS`` with the event loop running, and
write that moment and the process's peak RSS (VmHWM) to OUT.json. ``app`` also records the
moment after the library's list was first painted with routines in it (the app reads them
right after its first frame). The parent notes the time just before it starts the process, so
the figures run from process start (interpreter start-up and imports included).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

LINGER_MS = 1000


def _status_kb(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def main(argv: list[str]) -> int:
    which, out = argv[0], Path(argv[1])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    record: dict[str, Any] = {"which": which}

    def finish() -> None:
        record["vmhwm_kb"] = _status_kb("VmHWM")
        record["vmrss_kb"] = _status_kb("VmRSS")
        out.write_text(json.dumps(record), encoding="utf-8")
        QApplication.quit()

    list_watcher: list[QObject] = []

    def painted() -> None:
        record.setdefault("shown_mono", time.monotonic())
        QTimer.singleShot(LINGER_MS, finish)
        if which == "app":  # from now on (a filter on every event would slow the start)
            list_watcher.append(ListWatcher())
            QApplication.instance().installEventFilter(list_watcher[0])

    class ExposeWatcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Expose and "shown_mono" not in record:
                QTimer.singleShot(0, painted)  # runs once the expose (and its paint) is handled
            return False

    watcher = ExposeWatcher()

    def listed() -> None:
        record.setdefault("listed_mono", time.monotonic())

    class ListWatcher(QObject):
        """The first paint of a table with rows in it: the library's list of routines, filled
        after the window's first frame (watched from the application, so that watching does
        not build the page sooner)."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "listed_mono" not in record:
                table = obj.parent()
                if isinstance(table, QTableView) and table.model().rowCount() > 0:
                    QTimer.singleShot(0, listed)  # runs once the paint is handled
            return False

    def watch(window: Any) -> None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            QTimer.singleShot(0, painted)
        elif handle is not None:
            handle.installEventFilter(watcher)
        else:
            record["error"] = "the window has no native window after show()"

    if which == "app":
        from barretimer.ui import main_window

        original_show = main_window.MainWindow.show

        def show(window: Any) -> None:
            original_show(window)
            watch(window)

        main_window.MainWindow.show = show  # type: ignore[method-assign]
        from barretimer.ui.app import run_app

        return run_app(None)

    from PySide6.QtWidgets import QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("A bare PySide6 window with one label", window))
    window.resize(1200, 800)
    window.show()
    watch(window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
