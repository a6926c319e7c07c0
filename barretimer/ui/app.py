"""Starting the window: ``barretimer`` and ``barretimer ROUTINE.yaml``.

No traceback ever reaches the user: an unexpected error becomes a short dialog, and the full
report goes to the log file in the cache folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import SessionStore

if TYPE_CHECKING:
    from barretimer.ui.host import Clock
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.speech_qt import QtSpeech

log = logging.getLogger(__name__)

LOG_NAME = "barretimer.log"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_file() -> Path:
    return paths.cache_dir() / LOG_NAME


def _add_file_log() -> logging.Handler | None:
    """Full reports (with tracebacks) for developers, in the cache folder; made on first use."""
    try:
        paths.ensure_private_dir(paths.cache_dir())
        handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=512_000, backupCount=2, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger("barretimer")
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return handler


def make_excepthook(show: Callable[[str], None] | None = None) -> ExceptHook:
    """A sys.excepthook that logs the error and shows one short message (never re-entered)."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.error(
            "unexpected error: %s: %s\n%s", kind.__name__, error, "".join(traceback.format_tb(tb))
        )
        if showing:
            return
        showing = True
        try:
            message = QCoreApplication.translate(
                "app",
                "Something went wrong: {error}\n\nThe app goes on. Details were written to {log}.",
            ).format(error=f"{kind.__name__}: {error}"[:300], log=log_file())
            (show or _show_error)(message)
        finally:
            showing = False

    return hook


def _show_error(message: str) -> None:
    if QApplication.instance() is None:
        print(f"barretimer: {message}", file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "barretimer", message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _open_store() -> tuple[SessionStore | None, str]:
    from barretimer.store.db import DatabaseError

    try:
        return SessionStore.open(paths.database_path()), ""
    except DatabaseError as error:
        return None, str(error)
    except OSError as error:
        return None, f"cannot use the data folder {paths.data_dir()}: {error.strerror or error}"


def prepare_application() -> QApplication:
    """The QApplication with barretimer's names and icon (made if there is none yet)."""
    from barretimer.ui.main_window import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationDisplayName("barretimer")
    app.setDesktopFileName("barretimer")
    app.setWindowIcon(app_icon())
    return app


def create_main_window(clock: Clock, speech: QtSpeech | None = None) -> MainWindow:
    """The main window with everything it needs: settings, theme, history, catalog, speech.

    ``speech`` defaults to the real speech client (a helper process). The window owns what it
    opened: :func:`close_main_window` releases it.
    """
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.settings import Settings
    from barretimer.ui.speech_qt import start_speech
    from barretimer.ui.theme import apply_theme

    app = prepare_application()
    settings = Settings()
    apply_theme(app, settings.theme)
    store, store_problem = _open_store()
    catalog, catalog_problems = load_catalog(paths.catalog_path())
    for problem in catalog_problems:
        log.warning("exercise catalog: %s", problem)
    if speech is None:
        speech = start_speech(app)
    window = MainWindow(store, catalog, speech, settings, clock)
    if store_problem:
        window.banner.add(
            QCoreApplication.translate(
                "app", "The history cannot be used: {problem}. Workouts play but are not saved."
            ).format(problem=store_problem)
        )
    return window


def close_main_window(window: MainWindow) -> None:
    """Release what :func:`create_main_window` opened (speech, history database)."""
    window.close()
    window.speech.shutdown()
    if window.store is not None:
        window.store.close()


def run_app(routine_path: str | None = None) -> int:
    """Open the main window (and ``routine_path`` in the player's start panel); the exit code."""
    from barretimer.ui.host import system_clock

    app = prepare_application()
    file_log = _add_file_log()
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook()
    window = create_main_window(system_clock())
    window.show()
    if routine_path:
        window.open_file(Path(routine_path))
    try:
        return int(app.exec())
    finally:
        close_main_window(window)
        sys.excepthook = previous_hook
        if file_log is not None:
            logging.getLogger("barretimer").removeHandler(file_log)
            file_log.close()
