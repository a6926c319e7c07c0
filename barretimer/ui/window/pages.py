"""The main window's pages, each built on first use and wired to the window's parts: the
Library (with the plan panel, its routines read off the window's thread), the Player, the
Editor, the History and the Exercises."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QBoxLayout, QDialog, QWidget

from barretimer import paths
from barretimer.ui.widgets import placeholder_page

if TYPE_CHECKING:
    from barretimer.store.sessions import SessionStore
    from barretimer.ui.background import BackgroundTask
    from barretimer.ui.editor.page import EditorPage
    from barretimer.ui.exercises.page import ExercisesPage
    from barretimer.ui.history.page import HistoryPage
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.player.page import PlayerPage

log = logging.getLogger(__name__)


class LibraryPlace(QObject):
    """The Library's page with the plan you follow above the routines; the shipped routines
    are read at once, the user's own off the window's thread."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from barretimer.ui.library.page import LibraryPage
        from barretimer.ui.plan_panel import PlanPanel

        self._window = window
        opening = window.opening
        self.page = library = LibraryPage(window.given_catalog, window)
        library.start_requested.connect(opening.open_entry)
        library.new_requested.connect(opening.new_routine)
        library.quick_timer_requested.connect(opening.open_quick_timer)
        library.edit_requested.connect(opening.edit_routine)
        library.duplicate_requested.connect(opening.duplicate_routine)

        self.plan_panel = PlanPanel(library)
        layout = library.layout()
        assert isinstance(layout, QBoxLayout), "the library's page is a column"
        layout.insertWidget(0, self.plan_panel)
        self.plan_panel.routine_requested.connect(
            lambda entry, session: opening.open_entry(entry, session.scale)
        )
        self.plan_panel.plan_changed.connect(self.refresh_plan)
        library.model.modelReset.connect(self.refresh_plan)
        self._routines_task: BackgroundTask | None = None  # the user's routines being read

    @Slot()
    def refresh_plan(self) -> None:
        from barretimer.core.clock import local_now

        model = self.page.model
        today = (self._window.wall_clock or local_now)().date()
        entries = [model.entry(row) for row in range(model.rowCount())]
        self.plan_panel.refresh(entries, self._window.store, today)

    def read_routines(self) -> None:
        """The shipped routines now, the user's own off the window's thread: a folder of many
        or large files must not freeze the window."""
        from barretimer.core.library import load_library, load_user_routines
        from barretimer.ui.background import BackgroundTask
        from barretimer.ui.language import current_translation

        library = self.page
        catalog = library.catalog
        # The shipped routines in the window's language, as LibraryPage.reload reads them.
        shipped = current_translation().entries(
            load_library(paths.shipped_routines_dir(), None, catalog)
        )
        library.set_entries(shipped)
        user_dir = paths.user_routines_dir()
        task = BackgroundTask(lambda _progress: load_user_routines(user_dir, catalog), self)
        self._routines_task = task

        def read(user: object) -> None:
            self._routines_task = None
            # A reload since (a routine saved) has read both folders already.
            shown = [library.model.entry(row) for row in range(library.model.rowCount())]
            if isinstance(user, list) and shown == shipped:
                library.set_entries([*shipped, *user])

        task.succeeded.connect(read)
        task.start()


def make_player(window: MainWindow) -> PlayerPage:
    from barretimer.core.clock import local_now
    from barretimer.ui.player.page import PlayerPage

    player = PlayerPage(
        window.store,
        window.speech,
        window.clock,
        options=window.settings.current.playback_options(),
        now=window.wall_clock or local_now,
        parent=window,
    )
    player.library_requested.connect(lambda: window.show_place(window.LIBRARY))
    player.notice_raised.connect(window.banner.add)
    return player


def make_editor(window: MainWindow) -> tuple[EditorPage | None, QWidget]:
    """The editor, and the page to show: the editor, or a placeholder when it could not start
    (logged). Its Undo and Redo go in the window's Edit menu."""
    from barretimer.ui.editor import EditorPage

    try:
        editor = EditorPage(window.catalog, paths.user_routines_dir(), window.speech, window)
    except Exception:  # a page that cannot start must not take the window with it
        log.exception("the editor could not start")
        why = QCoreApplication.translate("MainWindow", "The routine editor could not start.")
        return None, placeholder_page(
            QCoreApplication.translate("MainWindow", "Editor"), why, window
        )
    editor.try_requested.connect(window.opening.try_routine)
    editor.saved.connect(window.opening.routine_saved)
    window.menus.edit_menu.addActions([editor.undo_action, editor.redo_action])
    return editor, editor


def make_history(window: MainWindow) -> tuple[HistoryPage | None, QWidget]:
    """The history's page, and the page to show: it, or a placeholder that says why when the
    history cannot be opened or the page cannot start (logged)."""
    page: HistoryPage | None = None
    if window.store is not None:
        from barretimer.ui.history import HistoryPage

        try:
            page = HistoryPage(window.store, window.settings.current.weekly_target, window)
        except Exception:  # a page that cannot start must not take the window with it
            log.exception("the history view could not start")
    if page is not None:
        return page, page
    why = (
        QCoreApplication.translate(
            "MainWindow", "The history cannot be opened (see the notice above)."
        )
        if window.store is None
        else QCoreApplication.translate("MainWindow", "The history view could not start.")
    )
    return None, placeholder_page(QCoreApplication.translate("MainWindow", "History"), why, window)


def make_exercises(window: MainWindow) -> ExercisesPage:
    """The exercise catalog's page, which lists the routines that use each exercise."""
    from barretimer.ui.exercises import make_exercises_page

    page = make_exercises_page(window.catalog, window)
    page.routine_requested.connect(window.open_file)
    page.add_requested.connect(window.opening.add_exercise_to_routine)
    model = window.library.model

    def show() -> None:
        page.set_routines([model.entry(row) for row in range(model.rowCount())])

    model.modelReset.connect(show)
    show()
    return page


def open_summary(
    window: MainWindow, store: SessionStore, session_id: int, history: HistoryPage | None
) -> QDialog | None:
    """The summary of the session just recorded (window-modal, not blocking); None if it could
    not open. The History page, if built, reads the session again when it closes."""
    from PySide6.QtCore import Qt

    from barretimer.ui.history.summary import SummaryDialog

    try:
        dialog = SummaryDialog(store, session_id, window)
    except Exception:  # the summary is a help; the session is already saved
        log.exception("the summary could not open")
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if history is not None:
        dialog.finished.connect(lambda _result: history.refresh())
    dialog.open()
    return dialog
