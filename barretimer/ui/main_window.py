"""The main window: five places (Library, Player, Editor, History, Exercises), menus and notices.

It is built from parts that are handed what they need; it owns no timing, parsing or storage.
Its parts live in ui/window/: the menus, room mode and the mini view, the settings it applies,
the routines and files it opens, and the wiring of each page. The Player, Editor and History
places are built the first time they are needed, so that the first frame (the Library) does
not wait for them; the Editor and History are plain placeholders when they cannot start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from barretimer.ui.banner import NoticeBanner
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from barretimer.ui.style.icons import app_icon
from barretimer.ui.window import geometry, pages
from barretimer.ui.window.files import WindowFiles
from barretimer.ui.window.menus import WindowMenus
from barretimer.ui.window.opening import RoutineOpening
from barretimer.ui.window.places import PlaceList, ReadingStandIn
from barretimer.ui.window.preferences import WindowPreferences
from barretimer.ui.window.room import RoomModes

if TYPE_CHECKING:
    from barretimer.core.clock import Clock, WallClock
    from barretimer.core.model import Catalog, Routine
    from barretimer.core.problems import StepPath
    from barretimer.store.sessions import SessionStore
    from barretimer.ui.editor.page import EditorPage
    from barretimer.ui.exercises.page import ExercisesPage
    from barretimer.ui.history.page import HistoryPage
    from barretimer.ui.library.page import LibraryPage
    from barretimer.ui.library.quick_timer import QuickTimerDialog
    from barretimer.ui.plan_panel import PlanPanel
    from barretimer.ui.player.mini_view import MiniView
    from barretimer.ui.player.page import PlayerPage

log = logging.getLogger(__name__)


#: Opens the history: the store, or None and the reason to show the user.
StoreOpener = Callable[[], "tuple[SessionStore | None, str]"]


class MainWindow(QMainWindow):
    """``catalog``: the exercise catalog; None to read it later, with the routines. The window's
    first frame shows its places and menus; the Library page is built and filled right after
    it, as reading YAML files costs more than building the window. ``store``: the history, or
    ``open_store`` to open it on first use (at the latest right after the first frame).

    Signal: ``first_frame_shown()``, once, right after the window's first frame was drawn
    (work that can wait, such as starting the speech helper, waits for it).
    ``player_built(PlayerPage)`` when the Player page has just been built (remote controls).
    """

    LIBRARY, PLAYER, EDITOR, HISTORY, EXERCISES = range(5)

    first_frame_shown = Signal()
    player_built = Signal(object)

    def __init__(
        self,
        store: SessionStore | None,
        catalog: Catalog | None,
        speech: QtSpeech,
        settings: Settings,
        clock: Clock,
        *,
        open_store: StoreOpener | None = None,
        now: WallClock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._open_store = open_store
        self.given_catalog = catalog  # None: read with the routines
        self.speech = speech
        self.settings = settings
        self.clock = clock
        self.wall_clock = now  # None: the local time
        self.setWindowTitle("barretimer")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(720, 500)

        self.banner = NoticeBanner(self)
        # The pages are built when first needed (see library, player, editor_page and
        # history_page); the Library right after the first frame, which shows the window and
        # its places with "Reading the routines...".
        self._library: pages.LibraryPlace | None = None
        self._player: PlayerPage | None = None
        self._editor_title = ""
        self.editor: EditorPage | None = None
        self.history: HistoryPage | None = None
        self.exercises: ExercisesPage | None = None
        self._editor_failed = self._history_failed = False
        self._first_frame_seen = False
        self._summary: QWidget | None = None
        self.opening = RoutineOpening(self)
        self.files = WindowFiles(self)
        self.preferences = WindowPreferences(self)
        self.room = RoomModes(self)

        self._build_body()
        self.menus = WindowMenus(self)
        self.statusBar()  # made now, so a first message does not shift the pages
        self.preferences.listen()
        self.preferences.apply(palette=False)  # the palette: see _after_first_frame
        if catalog is not None:
            self._build_library()
        self.first_frame_shown.connect(self._after_first_frame)
        self.first_frame_shown.connect(self._fit_to_screen)  # the frame's size is known now
        self.show_place(self.LIBRARY)
        self._opening_size = geometry.restore_geometry(self, self.settings)  # to keep in view
        if store is not None:
            self._store_opened(store, "")

    def _build_body(self) -> None:
        """The places at the left, the pages beside them, the banner over both."""
        self.places = PlaceList(self)
        self.pages = QStackedWidget(self)
        # Stand-ins hold the places until their pages are built.
        self.pages.addWidget(ReadingStandIn(self))
        for _ in range(4):
            self.pages.addWidget(QWidget(self))
        self.places.currentRowChanged.connect(self._show_page)
        self.pages.currentChanged.connect(self._page_changed)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.places)
        body.addWidget(self.pages, 1)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

    @Slot()
    def _after_first_frame(self) -> None:
        """What the first frame did not wait for: the desktop's colour scheme, the routines,
        then the history."""
        self.preferences.system_scheme_changed()
        if self._library is None:
            self._build_library()
        QTimer.singleShot(0, self, self._open_history)

    @Slot()
    def _open_history(self) -> None:
        self.store  # noqa: B018 (the property opens it)

    @property
    def store(self) -> SessionStore | None:
        """The history (opened on first use, at the latest right after the first frame);
        None when it cannot be opened, as the notice says."""
        if self._open_store is not None:
            opener, self._open_store = self._open_store, None
            store, problem = opener()
            self._store = store
            self._store_opened(store, problem)
        return self._store

    def store_if_open(self) -> SessionStore | None:
        """The history if it was opened (never opens it)."""
        return self._store

    def _store_opened(self, store: SessionStore | None, problem: str) -> None:
        if problem:
            self.banner.add(
                self.tr(
                    "The history cannot be used: {problem}. Workouts play but are not saved."
                ).format(problem=problem)
            )
        if store is not None and store.report.moved_aside:
            self.banner.add(
                self.tr(
                    "The history database was damaged; it was moved to {path} "
                    "and a new one was started."
                ).format(path=store.report.moved_aside)
            )

    @property
    def catalog(self) -> Catalog:
        """The exercise catalog (read now if it was not given and not read yet)."""
        return self.library.catalog

    # --- the places ---------------------------------------------------------------------------

    @property
    def library(self) -> LibraryPage:
        """The Library place's page, built (and its routines read) on first use."""
        return (self._library or self._build_library()).page

    @property
    def plan_panel(self) -> PlanPanel:
        """The plan you follow, above the Library's routines (ui/plan_panel.py)."""
        return (self._library or self._build_library()).plan_panel

    def _build_library(self) -> pages.LibraryPlace:
        place = pages.LibraryPlace(self)
        self._library = place
        self._put_page(self.LIBRARY, place.page)
        place.read_routines()
        return place

    @Slot()
    def refresh_plan(self) -> None:
        (self._library or self._build_library()).refresh_plan()

    @property
    def player(self) -> PlayerPage:
        """The Player place's page, built on first use (a property: the window and its users
        treat the player as always there)."""
        return self._player if self._player is not None else self._build_player()

    @property
    def built_player(self) -> PlayerPage | None:
        """The Player place's page if it was built (never builds it)."""
        return self._player

    def _build_player(self) -> PlayerPage:
        player = pages.make_player(self)
        player.session_ended.connect(self._session_ended)
        player.playing_changed.connect(self._playing_changed)
        self._player = player
        self._put_page(self.PLAYER, player)
        self.player_built.emit(player)
        return player

    def playing(self) -> bool:
        """A workout is running or paused (never builds the player to know)."""
        return self._player is not None and self._player.active

    def editor_page(self) -> EditorPage | None:
        """The Editor place's page, built on first use; None when it could not start (the
        place then says so)."""
        if self.editor is None and not self._editor_failed:
            self.editor, shown = pages.make_editor(self)
            self._editor_failed = self.editor is None
            self._put_page(self.EDITOR, shown)
            if self.editor is not None:
                self.editor.title_changed.connect(self._editor_title_changed)
        return self.editor

    def history_page(self) -> HistoryPage | None:
        """The History place's page, built on first use; None when the history cannot be
        opened or its page could not start (the place then says so)."""
        if self.history is None and not self._history_failed:
            self.history, shown = pages.make_history(self)
            self._history_failed = self.history is None
            self._put_page(self.HISTORY, shown)
        return self.history

    def exercises_page(self) -> ExercisesPage:
        """The Exercises place's page (ui/exercises), built on first use."""
        if self.exercises is None:
            self.exercises = pages.make_exercises(self)
            self._put_page(self.EXERCISES, self.exercises)
        return self.exercises

    def _put_page(self, place: int, page: QWidget) -> None:
        """Put ``page`` in the stack in place of its stand-in (shown if the stand-in was)."""
        stand_in = self.pages.widget(place)
        current = self.pages.currentIndex() == place
        blocked = self.pages.blockSignals(True)  # the place does not change
        self.pages.insertWidget(place, page)
        if stand_in is not None:
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        if current:
            self.pages.setCurrentIndex(place)
        self.pages.blockSignals(blocked)

    @Slot(int)
    def _show_page(self, place: int) -> None:
        if place == self.LIBRARY and self._library is None and self._first_frame_seen:
            self._build_library()
        elif place == self.PLAYER and self._player is None:
            self._build_player()
        elif place == self.EDITOR:
            self.editor_page()
        elif place == self.HISTORY:
            self.history_page()
        elif place == self.EXERCISES:
            self.exercises_page()
        self.pages.setCurrentIndex(place)

    def show_place(self, place: int) -> None:
        self.places.setCurrentRow(place)

    def current_place(self) -> int:
        return self.pages.currentIndex()

    @Slot(int)
    def _page_changed(self, index: int) -> None:
        if self.places.currentRow() != index:
            self.places.setCurrentRow(index)
        if index == self.PLAYER:
            self.player.focus_default()
        self._update_title()

    def _update_title(self) -> None:
        """The routine being played, or edited (with * when not saved), then the app."""
        subject = ""
        if self.current_place() == self.EDITOR:
            subject = self._editor_title
        elif self.playing() and self.player.routine is not None:
            subject = self.player.routine.name
        self.setWindowTitle(f"{subject} — barretimer" if subject else "barretimer")

    @Slot(str)
    def _editor_title_changed(self, title: str) -> None:
        self._editor_title = title
        self._update_title()

    @Slot(bool)
    def _playing_changed(self, playing: bool) -> None:
        self._update_title()

    @Slot(object, str)
    def _session_ended(self, session_id: object, status: str) -> None:
        """The history and the plan read the new session; its summary opens."""
        # A History page not built yet reads the new session when it is first shown.
        if self.history is not None:
            self.history.refresh()
        if self._library is not None:
            self.refresh_plan()
        if self.store is not None and isinstance(session_id, int):
            summary = pages.open_summary(self, self.store, session_id, self.history)
            self._summary = summary or self._summary

    # --- what the window's parts do, by the names its users call ------------------------------

    def open_file(self, path: Path) -> bool:
        """Open a routine file in the player's start panel; a bad one shows its problems."""
        return self.opening.open_file(path)

    def try_routine(self, routine: Routine, step_path: StepPath | None = None) -> None:
        self.opening.try_routine(routine, step_path)

    def duplicate_routine(self, path: Path) -> None:
        self.opening.duplicate_routine(path)

    @property
    def quick_timer(self) -> QuickTimerDialog | None:
        """The Library's quick timer while it is open."""
        return self.opening.quick_timer

    def toggle_mini_view(self) -> None:
        self.room.toggle_mini_view()

    @property
    def mini_view(self) -> MiniView | None:
        return self.room.mini_view

    @property
    def mini_action(self) -> QAction:
        return self.room.mini_action

    # --- the first frame, geometry and closing ------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_frame_seen:
            self._first_frame_seen = True
            # Queued: emitted once this paint is done and the frame is on the screen.
            QTimer.singleShot(0, self, self.first_frame_shown.emit)

    @Slot()
    def _fit_to_screen(self) -> None:
        geometry.fit_to_screen(self, self._opening_size)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.playing() and not self.player.ask_stop():
            event.ignore()
            return
        if self.editor is not None and not self.editor.maybe_close():
            event.ignore()
            return
        geometry.save_geometry(self, self.settings)
        if self._player is not None:
            self._player.shutdown()
        self.room.close_mini_view()
        super().closeEvent(event)
