"""Starting the window: ``barretimer`` and ``barretimer ROUTINE.yaml``.

No traceback ever reaches the user: an unexpected error becomes a short dialog, and the full
report goes to the log file in the cache folder.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from barretimer import paths

if TYPE_CHECKING:
    from barretimer.core.clock import Clock
    from barretimer.store.sessions import SessionStore
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.speech_qt import QtSpeech

log = logging.getLogger(__name__)

LOG_NAME = "barretimer.log"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_file() -> Path:
    return paths.cache_dir() / LOG_NAME


class _FileLog(logging.Handler):
    """The rotating log file, opened at the first record: most runs log nothing, and importing
    ``logging.handlers`` would cost the window's start-up time."""

    def __init__(self) -> None:
        super().__init__()
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                log_file(), maxBytes=512_000, backupCount=2, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _add_file_log() -> logging.Handler | None:
    """Full reports (with tracebacks) for developers, in the cache folder."""
    try:
        paths.ensure_private_dir(paths.cache_dir())
    except OSError:
        return None
    handler = _FileLog()
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
    from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

    dialogs.warn(None, "barretimer", message)


def _open_store() -> tuple[SessionStore | None, str]:
    from barretimer.store.db import DatabaseError
    from barretimer.store.exercise_names import english_names_once
    from barretimer.store.sessions import SessionStore

    try:
        store = SessionStore.open(paths.database_path())
        english_names_once(store, paths.shipped_routines_dir(), paths.catalog_path())
        return store, ""
    except DatabaseError as error:
        return None, str(error)
    except OSError as error:
        return None, f"cannot use the data folder {paths.data_dir()}: {error.strerror or error}"


def prepare_application() -> QApplication:
    """The QApplication with barretimer's names, icon and style (made if there is none yet)."""
    from barretimer.ui.style.icons import app_icon
    from barretimer.ui.style.palette import FUSION_ARGS, use_fusion

    existing = QApplication.instance()
    if existing is None:
        app = QApplication([*sys.argv[:1], *FUSION_ARGS])
    else:
        assert isinstance(existing, QApplication), "barretimer needs a QApplication"
        app = existing
        use_fusion(app)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationDisplayName("barretimer")
    app.setDesktopFileName("barretimer")
    app.setWindowIcon(app_icon())
    return app


def create_main_window(
    clock: Clock, speech: QtSpeech | None = None, language: str | None = None
) -> MainWindow:
    """The main window with everything it needs: settings, theme, history, speech.

    ``speech`` defaults to the real speech client (a helper process). The routines and the
    exercise catalog are read, the history opened and the speech helper started right after
    the window's first frame: the window appears sooner. The window owns what it opened: :func:`close_main_window`
    releases it.
    """
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.settings import Settings
    from barretimer.ui.speech_qt import start_speech
    from barretimer.ui.style.palette import apply_palette, is_dark

    app = prepare_application()
    settings = Settings()
    from barretimer.ui import language as languages

    # Before any widget: every tr() of the window finds the language's translation.
    languages.install(languages.choose(language, settings.current.language))
    # Until the window asks the desktop, right after its first frame, the palette the platform
    # gave the application (dark when the desktop's scheme is) stands for the desktop's scheme.
    apply_palette(app, settings.current.theme, system_dark=is_dark(app.palette()))
    if speech is None:
        speech = start_speech(app)
    # The history is opened, and the speech helper started, right after the first frame.
    window = MainWindow(None, None, speech, settings, clock, open_store=_open_store)
    window.first_frame_shown.connect(speech.start)
    # Fusion with visible outlines: set from Python it costs about 10 ms, after the first frame.
    window.first_frame_shown.connect(lambda: _use_outlined_style(app))
    return window


def _use_outlined_style(app: QApplication) -> None:
    from barretimer.ui.style.outlines import use_outlined_style

    use_outlined_style(app)


def close_main_window(window: MainWindow) -> None:
    """Release what :func:`create_main_window` opened (speech, history database)."""
    window.close()
    window.speech.shutdown()
    store = window.store_if_open()
    if store is not None:
        store.close()


def run_app(routine_path: str | None = None, language: str | None = None) -> int:
    """Open the main window (and ``routine_path`` in the player's start panel); the exit code."""
    from barretimer.core.clock import system_clock
    from barretimer.ui.remote import RemoteControl
    from barretimer.ui.remote.single_instance import forward_to_running_app

    if forward_to_running_app(routine_path):  # the open window took it
        return 0
    file_log = _add_file_log()
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook()
    window = create_main_window(system_clock(), language=language)
    remote = RemoteControl(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # made by create_main_window
    window.show()
    if routine_path:
        window.open_file(Path(routine_path))
    try:
        return int(app.exec())
    finally:
        remote.close()
        close_main_window(window)
        sys.excepthook = previous_hook
        if file_log is not None:
            logging.getLogger("barretimer").removeHandler(file_log)
            file_log.close()
