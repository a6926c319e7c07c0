"""Importing a history CSV off the window's thread, with a progress bar and Cancel.

The import writes on a connection of its own, in one transaction: a workout recorded at the
same time never lands inside it, and a cancel or a bad row leaves the history as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from barretimer.store.csvio import CsvImportCancelled, import_csv
from barretimer.store.sessions import SessionStore
from barretimer.ui.background import BackgroundTask

#: Steps of the progress bar.
STEPS = 1000


def start_import(
    parent: QWidget, store: SessionStore, path: Path, done: Callable[[object], None]
) -> BackgroundTask:
    """Start importing ``path``; ``done`` gets ``(added, skipped)``, the exception, or None
    when the user cancelled. Keep the returned task until ``done`` is called."""
    database = store.path

    def work(progress: Callable[[int, int], bool]) -> tuple[int, int] | None:
        if database is None:
            raise OSError("the history cannot be written here")
        own = SessionStore.open(database)
        try:
            return import_csv(own, path, progress)
        except CsvImportCancelled:
            return None
        finally:
            own.close()

    dialog = QProgressDialog(
        parent.tr("Importing {file}...").format(file=path.name),
        parent.tr("Cancel"),
        0,
        STEPS,
        parent,
    )
    dialog.setWindowTitle(parent.tr("Import history"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # a small file is done before the bar would show
    dialog.setAutoReset(False)
    dialog.setValue(0)
    task = BackgroundTask(work, parent)
    dialog.canceled.connect(task.cancel)

    def show(done_bytes: int, total: int) -> None:
        if total and not dialog.wasCanceled():
            dialog.setValue(min(STEPS - 1, done_bytes * STEPS // total))

    def finish(outcome: object) -> None:
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()
        done(outcome)

    task.progressed.connect(show)
    task.succeeded.connect(finish)
    task.failed.connect(finish)
    task.start()
    return task
