"""The main window: four places (Library, Player, Editor, History), menus and notices.

It is built from parts that are handed what they need; it owns no timing, parsing or storage.
The Player, Editor and History places are built the first time they are needed, so that the
first frame (the Library) does not wait for them. The Editor and History come from their own
packages when they can be imported, and are plain placeholders otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from barretimer import __version__, paths
from barretimer.ui.banner import NoticeBanner
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from barretimer.ui.style.icons import app_icon
from barretimer.ui.style.palette import apply_palette
from barretimer.ui.widgets import placeholder_page

if TYPE_CHECKING:
    from barretimer.core.clock import Clock, WallClock
    from barretimer.core.library import RoutineEntry
    from barretimer.core.model import Catalog, Routine
    from barretimer.core.problems import StepPath
    from barretimer.store.sessions import SessionStore
    from barretimer.ui.background import BackgroundTask
    from barretimer.ui.editor.page import EditorPage
    from barretimer.ui.exercises.page import ExercisesPage
    from barretimer.ui.history.page import HistoryPage
    from barretimer.ui.library.page import LibraryPage
    from barretimer.ui.library.quick_timer import QuickTimerDialog
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
        self._catalog = catalog
        self.speech = speech
        self.settings = settings
        self.clock = clock
        self._now = now
        self.setWindowTitle("barretimer")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(720, 500)

        self.banner = NoticeBanner(self)
        # The pages are built when first needed (see library, player, editor_page and
        # history_page); the Library right after the first frame, which shows the window and
        # its places with "Reading the routines...".
        self._library: LibraryPage | None = None
        self._routines_task: BackgroundTask | None = None  # the user's routines being read
        self._player: PlayerPage | None = None
        self._editor_title = ""
        self.editor: EditorPage | None = None
        self.history: HistoryPage | None = None
        self.exercises: ExercisesPage | None = None
        self._editor_failed = self._history_failed = False
        self._first_frame_seen = False
        self.mini_view: MiniView | None = None
        self.quick_timer: QuickTimerDialog | None = None
        self._opening_size: QSize | None = None  # the size the window chose to open at
        self._summary: QWidget | None = None

        self._build_body()
        self._build_menus()
        self.statusBar()  # made now, so a first message does not shift the pages

        self._listen_to(speech, settings)

        self._apply_settings(palette=False)  # the palette: see _after_first_frame
        if catalog is not None:
            self._build_library()
        self.first_frame_shown.connect(self._after_first_frame)
        self.first_frame_shown.connect(self._fit_to_screen)  # the frame's size is known now
        self.show_place(self.LIBRARY)
        self._restore_geometry()
        if store is not None:
            self._store_opened(store, "")

    def _build_body(self) -> None:
        """The places at the left, the pages beside them, the banner over both."""
        self.places = QListWidget(self)
        self.places.setAccessibleName(self.tr("Places"))
        for name in (
            self.tr("Library"), self.tr("Player"), self.tr("Editor"), self.tr("History"),
            self.tr("Exercises"),
        ):  # fmt: skip
            self.places.addItem(name)
        font = self.places.font()
        font.setPixelSize(17)
        self.places.setFont(font)
        self.places.setObjectName("places")
        self._style_places()
        self.places.setFixedWidth(max(160, self.places.sizeHintForColumn(0) + 56))
        self.pages = QStackedWidget(self)
        # Stand-ins hold the places until their pages are built.
        self.pages.addWidget(self._reading_stand_in())
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

    def _listen_to(self, speech: QtSpeech, settings: Settings) -> None:
        """Speech trouble and status, settings and the desktop's colour scheme, as they change."""
        speech.unavailable.connect(self._speech_unavailable)
        for reason in list(speech.unavailable_reasons):  # reported before this window listened
            self._speech_unavailable(reason)
        speech.status_reported.connect(self._speech_status)
        settings.changed.connect(self.apply_settings)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_scheme_changed)

    def _reading_stand_in(self) -> QWidget:
        """ "Reading the routines...", in the middle of the Library's place (centred by
        stretches: an alignment flag would build the Qt namespace's enums before the first
        frame, see palette.system_is_dark)."""
        stand_in = QWidget(self)
        stand_in.setObjectName("library-stand-in")
        reading = QLabel(self.tr("Reading the routines..."), stand_in)  # the app's own words
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reading)
        row.addStretch(1)
        column = QVBoxLayout(stand_in)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return stand_in

    @Slot()
    def _after_first_frame(self) -> None:
        """What the first frame did not wait for: the desktop's colour scheme, the routines,
        then the history."""
        self._system_scheme_changed()
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
        return self._library if self._library is not None else self._build_library()

    def _build_library(self) -> LibraryPage:
        from barretimer.ui.library.page import LibraryPage

        library = LibraryPage(self._catalog, self)
        library.start_requested.connect(self.open_entry)
        library.new_requested.connect(self.new_routine)
        library.quick_timer_requested.connect(self.open_quick_timer)
        library.edit_requested.connect(self.edit_routine)
        library.duplicate_requested.connect(self.duplicate_routine)
        self._library = library
        self._put_page(self.LIBRARY, library)
        self._add_plan_panel(library)
        self._read_routines(library)
        return library

    def _add_plan_panel(self, library: LibraryPage) -> None:
        """The plan you follow, above the routines (ui/plan_panel.py)."""
        from barretimer.ui.plan_panel import PlanPanel

        self.plan_panel = PlanPanel(library)
        layout = library.layout()
        assert isinstance(layout, QBoxLayout), "the library's page is a column"
        layout.insertWidget(0, self.plan_panel)
        self.plan_panel.routine_requested.connect(
            lambda entry, session: self.open_entry(entry, session.scale)
        )
        self.plan_panel.plan_changed.connect(self.refresh_plan)
        library.model.modelReset.connect(self.refresh_plan)

    @Slot()
    def refresh_plan(self) -> None:
        from barretimer.core.clock import local_now

        model = self.library.model
        today = (self._now or local_now)().date()
        entries = [model.entry(row) for row in range(model.rowCount())]
        self.plan_panel.refresh(entries, self.store, today)

    def _read_routines(self, library: LibraryPage) -> None:
        """The shipped routines now, the user's own off the window's thread: a folder of many
        or large files must not freeze the window."""
        from barretimer.core.library import load_library, load_user_routines
        from barretimer.ui.background import BackgroundTask
        from barretimer.ui.language import current_translation

        catalog = library.catalog
        # Shipped routines in the window's language, as LibraryPage.reload reads them.
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

    @property
    def player(self) -> PlayerPage:
        """The Player place's page, built on first use (a property: the window and its users
        treat the player as always there)."""
        return self._player if self._player is not None else self._build_player()

    def _build_player(self) -> PlayerPage:
        from barretimer.core.clock import local_now
        from barretimer.ui.player.page import PlayerPage

        player = PlayerPage(
            self.store,
            self.speech,
            self.clock,
            options=self.settings.current.playback_options(),
            now=self._now or local_now,
            parent=self,
        )
        player.library_requested.connect(lambda: self.show_place(self.LIBRARY))
        player.notice_raised.connect(self.banner.add)
        player.session_ended.connect(self._session_ended)
        player.playing_changed.connect(self._playing_changed)
        self._player = player
        self._put_page(self.PLAYER, player)
        self.player_built.emit(player)
        return player

    def _playing(self) -> bool:
        """A workout is running or paused (never builds the player to know)."""
        return self._player is not None and self._player.active

    def editor_page(self) -> EditorPage | None:
        """The Editor place's page, built on first use; None when it could not start (the
        place then says so)."""
        if self.editor is None and not self._editor_failed:
            self.editor = self._make_editor()
            self._editor_failed = self.editor is None
            if self.editor is not None:
                self._put_page(self.EDITOR, self.editor)
                self.edit_menu.addActions([self.editor.undo_action, self.editor.redo_action])
            else:
                self._put_page(
                    self.EDITOR,
                    placeholder_page(
                        self.tr("Editor"), self.tr("The routine editor could not start."), self
                    ),
                )
        return self.editor

    def history_page(self) -> HistoryPage | None:
        """The History place's page, built on first use; None when the history cannot be
        opened or its page could not start (the place then says so)."""
        if self.history is None and not self._history_failed:
            self.history = self._make_history()
            self._history_failed = self.history is None
            if self.history is not None:
                self._put_page(self.HISTORY, self.history)
            else:
                why = (
                    self.tr("The history cannot be opened (see the notice above).")
                    if self.store is None
                    else self.tr("The history view could not start.")
                )
                self._put_page(self.HISTORY, placeholder_page(self.tr("History"), why, self))
        return self.history

    def exercises_page(self) -> ExercisesPage:
        """The Exercises place's page (ui/exercises), built on first use."""
        if self.exercises is None:
            from barretimer.ui.exercises import make_exercises_page

            page = make_exercises_page(self.catalog, self)
            page.routine_requested.connect(self.open_file)
            page.add_requested.connect(self.add_exercise_to_routine)
            model = self.library.model
            show = lambda: page.set_routines([model.entry(r) for r in range(model.rowCount())])  # noqa: E731
            model.modelReset.connect(show)
            show()
            self.exercises = page
            self._put_page(self.EXERCISES, page)
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

    def _make_editor(self) -> EditorPage | None:
        from barretimer.ui.editor import EditorPage

        try:
            editor = EditorPage(self.catalog, paths.user_routines_dir(), self.speech, self)
        except Exception:  # a page that cannot start must not take the window with it
            log.exception("the editor could not start")
            return None
        editor.try_requested.connect(self.try_routine)
        editor.saved.connect(self._routine_saved)
        editor.title_changed.connect(self._editor_title_changed)
        return editor

    def _make_history(self) -> HistoryPage | None:
        if self.store is None:
            return None
        from barretimer.ui.history import HistoryPage

        try:
            return HistoryPage(self.store, self.settings.current.weekly_target, self)
        except Exception:  # a page that cannot start must not take the window with it
            log.exception("the history view could not start")
            return None

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
        elif self._playing() and self.player.routine is not None:
            subject = self.player.routine.name
        self.setWindowTitle(f"{subject} — barretimer" if subject else "barretimer")

    @Slot(str)
    def _editor_title_changed(self, title: str) -> None:
        self._editor_title = title
        self._update_title()

    # --- menus --------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        # setShortcuts, not setShortcut: the overloads of setShortcut make PySide build the Qt
        # namespace's enums before the first frame (see palette.system_is_dark).
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding the platform has for it
        elif shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._build_file_menu(bar)

        # Filled with the editor's Undo and Redo when the editor is built (at the latest when
        # this menu opens).
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.aboutToShow.connect(self.editor_page)

        self._build_view_menu(bar)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About barretimer"), self.about)
        self.keys_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_keys, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self.about_action)

    def _build_file_menu(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open routine..."), self.choose_file, QKeySequence.StandardKey.Open
        )
        self.settings_action = self._action(
            self.tr("&Settings..."), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        file_menu.addAction(self.open_action)
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_fit_action = self._action(
            self.tr("&Watch workout (FIT)..."), self.export_watch_workout
        )
        self.export_menu.addAction(self.export_fit_action)
        self.export_pdf_action = self._action(self.tr("Sheet to &print (PDF)..."), self.export_pdf)
        self.export_menu.addAction(self.export_pdf_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

    def _build_view_menu(self, bar: QMenuBar) -> None:
        view_menu = bar.addMenu(self.tr("&View"))
        self.place_actions = []
        for place, name in enumerate(
            (
                self.tr("&Library"), self.tr("&Player"), self.tr("&Editor"), self.tr("&History"),
                self.tr("E&xercises"),
            )
        ):  # fmt: skip
            action = self._action(
                name, lambda _checked=False, p=place: self.show_place(p), f"Ctrl+{place + 1}"
            )
            view_menu.addAction(action)
            self.place_actions.append(action)
        view_menu.addSeparator()
        self.fullscreen_action = self._action(
            self.tr("&Fullscreen room mode"), self.toggle_fullscreen, "F11"
        )
        self.fullscreen_action.setCheckable(True)
        self.leave_room_action = self._action(
            self.tr("Leave room mode"), self.toggle_fullscreen, "Esc"
        )
        self.leave_room_action.setEnabled(False)
        self._stop_keys: list[QKeySequence] = []
        self.mini_action = self._action(
            self.tr("&Mini view"), self.toggle_mini_view, "Ctrl+Shift+M"
        )
        self.mini_action.setCheckable(True)
        view_menu.addAction(self.fullscreen_action)
        view_menu.addAction(self.mini_action)

    # --- opening and playing ------------------------------------------------------------------

    def _player_free(self) -> bool:
        if not self._playing():
            return True
        self.show_place(self.PLAYER)
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        dialogs.inform(
            self,
            self.tr("A workout is playing"),
            self.tr("Stop the workout that is playing (Esc) before opening another."),
        )
        return False

    @Slot(object)
    def open_entry(self, entry: RoutineEntry, plan_scale: float | None = None) -> None:
        if not self._player_free():
            return
        if entry.ok and entry.result.routine is not None:
            self.player.open_routine(
                entry.result.routine, entry.path, entry.result.content_hash, plan_scale
            )
        else:
            self.player.show_problems(entry.name, entry.result.problems)
        self.show_place(self.PLAYER)
        self.player.focus_default()

    @Slot()
    def open_quick_timer(self) -> None:
        """The Library's quick timer: Start plays it at once, recorded like any routine."""
        from barretimer.ui.library.quick_timer import QuickTimerDialog

        dialog = QuickTimerDialog(self)
        dialog.accepted.connect(lambda: self._play_quick_timer(dialog.routine()))
        dialog.save_requested.connect(self._save_quick_timer)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._quick_timer_closed)
        self.quick_timer = dialog
        dialog.open()

    @Slot()
    def _quick_timer_closed(self) -> None:
        self.quick_timer = None

    def _play_quick_timer(self, routine: Routine) -> None:
        if not self._player_free():
            return
        self.player.open_routine(routine)
        self.show_place(self.PLAYER)
        self.player.play(1.0)  # the numbers the user just chose, as they are

    @Slot(object)
    def _save_quick_timer(self, routine: Routine) -> None:
        from barretimer.core.writer import RoutineWriteError, save_routine
        from barretimer.formats.files import free_path
        from barretimer.ui import dialogs

        folder = paths.user_routines_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = save_routine(
                routine,
                free_path(folder, routine),
                self.catalog,
                protected=paths.shipped_routines_dir(),
            )
        except (OSError, RoutineWriteError) as error:
            dialogs.warn(
                self.quick_timer,
                self.tr("Not saved"),
                self.tr("The quick timer could not be saved ({error}).").format(error=error),
            )
            return
        self.library.reload()
        dialogs.inform(
            self.quick_timer,
            self.tr("Saved"),
            self.tr("Saved as {file} in your routines: the Library lists it now.").format(
                file=path.name
            ),
        )

    def open_file(self, path: Path) -> bool:
        """Open a routine file in the player's start panel; a bad one shows its problems."""
        from barretimer.core.loader import load_routine_file  # with PyYAML: not at start-up

        if not self._player_free():
            return False
        result = load_routine_file(path, self.catalog)
        if result.ok and result.routine is not None:
            routine = result.routine
            if path.resolve().parent == paths.shipped_routines_dir().resolve():
                from barretimer.ui.language import current_translation

                routine = current_translation().routine(path.stem, routine)
            self.player.open_routine(routine, path.resolve(), result.content_hash)
        else:
            self.player.show_problems(path.name, result.problems)
        self.show_place(self.PLAYER)
        self.player.focus_default()
        return result.ok

    @Slot()
    def choose_file(self) -> None:
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        path = dialogs.open_file(
            self,
            self.tr("Open a routine"),
            paths.user_routines_dir(),
            self.tr("Routines (*.yaml *.yml)"),
        )
        if path is not None:
            self.open_file(path)

    @Slot()
    def export_watch_workout(self) -> None:
        """Write the routine in the player, as the player plays it, as a FIT workout a watch
        can load."""
        from barretimer.core.playback import apply_to_routine
        from barretimer.formats.common import FormatError
        from barretimer.formats.files import export_file, suggested_file
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        routine = self.player.routine
        problem = None if routine is not None else self.tr("Open a routine in the player first.")
        if routine is not None:
            # As the player plays it: the lead-in from the settings, the scale of this session.
            routine = apply_to_routine(routine, self.player.options)
            target = dialogs.save_file(
                self,
                self.tr("Export watch workout"),
                Path.home() / suggested_file(routine, ".fit"),
                self.tr("FIT workouts (*.fit)"),
            )
            if target is None:
                return
            try:
                export_file(routine, "fit", target, self.player.scale)
            except FormatError as error:
                problem = str(error)
        if problem is not None:
            dialogs.warn(self, self.tr("Cannot export"), problem)

    @Slot()
    def export_pdf(self) -> None:
        """The routine in the player as a sheet to print (ui/print_sheet.py)."""
        from barretimer.ui.print_sheet import ask_and_export

        ask_and_export(self, self.player.routine, self.player.routine_path, self.catalog)

    @Slot(object, object)
    def try_routine(self, routine: Routine, step_path: StepPath | None = None) -> None:
        if not self._player_free():
            return
        self.player.try_routine(routine, tuple(step_path) if step_path else None)
        self.show_place(self.PLAYER)

    @Slot(object)
    def _routine_saved(self, path: object) -> None:
        self.library.reload()
        if isinstance(path, Path):
            self.library.select_path(path)

    def _shown_editor(self) -> EditorPage | None:
        """The editor, shown; None (and a notice) when it could not start."""
        editor = self.editor_page()
        if editor is None:
            self.banner.add(self.tr("The routine editor is not available: it could not start."))
            return None
        self.show_place(self.EDITOR)
        return editor

    @Slot()
    def new_routine(self) -> None:
        if (editor := self._shown_editor()) is not None:
            editor.new_routine()

    @Slot(object)
    def edit_routine(self, path: Path) -> None:
        if (editor := self._shown_editor()) is not None:
            editor.open_routine(path)

    @Slot(str)
    def add_exercise_to_routine(self, exercise_id: str) -> None:
        """The Exercises page's "Add to a routine": the editor, with the exercise added."""
        if (editor := self._shown_editor()) is not None:
            editor.add_exercise(exercise_id)

    @Slot(object)
    def duplicate_routine(self, path: Path) -> None:
        if (editor := self._shown_editor()) is not None:
            editor.duplicate(path)

    @Slot(object, str)
    def _session_ended(self, session_id: object, status: str) -> None:
        # A History page not built yet reads the new session when it is first shown.
        history = self.history
        if history is not None:
            history.refresh()
        if self._library is not None:
            self.refresh_plan()
        if self.store is None or not isinstance(session_id, int):
            return
        from PySide6.QtCore import Qt

        from barretimer.ui.history.summary import SummaryDialog

        try:
            dialog = SummaryDialog(self.store, session_id, self)
        except Exception:  # the summary is a help; the session is already saved
            log.exception("the summary could not open")
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if history is not None:
            dialog.finished.connect(lambda _result: history.refresh())
        self._summary = dialog
        dialog.open()

    @Slot(bool)
    def _playing_changed(self, playing: bool) -> None:
        self._update_title()

    # --- view ---------------------------------------------------------------------------------

    @Slot()
    def toggle_fullscreen(self) -> None:
        """Room mode: the player alone on the whole screen, readable from the mat."""
        if self.isFullScreen():
            self.places.show()
            self.menuBar().show()
            self.showNormal()
        else:
            self.show_place(self.PLAYER)
            self.places.hide()
            self.menuBar().hide()
            self.showFullScreen()
        room = self.isFullScreen()
        self.fullscreen_action.setChecked(room)
        self.player.view.set_room_mode(room)
        # Esc leaves room mode first; out of it, Esc stops the workout again.
        stop = self.player.controls.stop
        if room:
            self._stop_keys = stop.shortcuts()
            stop.setShortcuts([])
        elif self._stop_keys:
            stop.setShortcuts(self._stop_keys)
        self.leave_room_action.setEnabled(room)

    @Slot()
    def toggle_mini_view(self) -> None:
        if self.mini_view is not None and self.mini_view.isVisible():
            self.mini_view.close()
            return
        if self.mini_view is None:
            from barretimer.ui.player.mini_view import MiniView

            self.mini_view = MiniView(
                None, [*self.player.actions_for_other_windows(), self.mini_action]
            )
            self.mini_view.setWindowIcon(self.windowIcon())
            self.player.display_changed.connect(self.mini_view.show_state)
            self.player.session_ended.connect(self.mini_view.show_ended)
            self.mini_view.closed.connect(lambda: self.mini_action.setChecked(False))
        self.mini_view.show_state(self.player.display_state() if self._playing() else None)
        self.mini_view.show()
        self.mini_action.setChecked(True)

    @Slot()
    def about(self) -> None:
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        dialogs.show_text(
            self,
            self.tr("About barretimer"),
            self.tr(
                "barretimer {version}\n\nA guided-workout timer for barre work, isometric holds, "
                "stretches and balance drills, with spoken cues and a local history.\n\n"
                "Your data folder: {folder}"
            ).format(version=__version__, folder=paths.data_dir()),
            pixmap=self.windowIcon().pixmap(64, 64),
        )

    @Slot()
    def show_keys(self) -> None:
        lines = [
            self.tr("Space: pause or go on"),
            self.tr("Right: skip   ·   Left: back"),
            self.tr("+: ten seconds more"),
            self.tr("Enter: done (max holds)"),
            self.tr("T: touchdown in a balance drill"),
            self.tr("M: mute the voice   ·   B: mute the beeps"),
            self.tr("Esc: stop (asks first)"),
            self.tr("F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view"),
            self.tr("Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises"),
        ]
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        dialogs.show_text(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    # --- settings -----------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        from PySide6.QtCore import Qt

        from barretimer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.speech.voices(), paths.data_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def apply_settings(self) -> None:
        self._apply_settings(palette=True)

    def _apply_settings(self, *, palette: bool) -> None:
        current = self.settings.current
        app = QApplication.instance()
        if palette and isinstance(app, QApplication):
            apply_palette(app, current.theme)
        from barretimer.ui.language import current_voice

        self.speech.set_voice(current.voice or current_voice())
        self.speech.set_rate(current.rate)
        self.speech.set_volume(current.volume / 100.0)
        self.speech.set_beeps_muted(not current.beeps)
        if self._player is not None:  # a player built later reads the settings then
            self._player.set_options(current.playback_options())
        if self.history is not None:
            self.history.set_weekly_target(current.weekly_target)

    @Slot()
    def _system_scheme_changed(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, self.settings.current.theme)

    @Slot(str)
    def _speech_unavailable(self, reason: str) -> None:
        """One notice for the whole run in plain words; the program's own words on demand."""
        if reason.startswith("playback"):
            text = self.tr("No sound device was found, so cues are shown on screen only.")
        elif not self.speech.beeps_work:
            text = self.tr("Sound could not start, so cues are shown on screen only.")
        else:
            text = self.tr("Speech is not available, so cues are beeps and words on screen.")
        self.banner.add(text, key="speech-unavailable", details=reason)

    @Slot(str)
    def _speech_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- the first frame ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_frame_seen:
            self._first_frame_seen = True
            # Queued: emitted once this paint is done and the frame is on the screen.
            QTimer.singleShot(0, self, self.first_frame_shown.emit)

    # --- geometry and closing -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        self._fit_to_screen()
        self._opening_size = self.size()

    @Slot()
    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free space, frame included (known once shown): Start
        must stay within reach on a 1024x600 screen. A size someone set since is left alone."""
        if self.isMaximized() or self.isFullScreen():
            return
        if self._opening_size is not None and self._opening_size != self.size():
            return
        available = self.screen().availableGeometry()
        frame = self.frameGeometry()
        if available.contains(frame):
            return
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        self.resize(
            min(self.width(), available.width() - extra_w),
            min(self.height(), available.height() - extra_h),
        )
        self.move(
            max(available.left(), min(self.x(), available.right() - self.width() - extra_w + 1)),
            max(available.top(), min(self.y(), available.bottom() - self.height() - extra_h + 1)),
        )

    def save_geometry(self) -> None:
        if self.isFullScreen():
            return
        self.settings.save_geometry(self.saveGeometry())

    def _style_places(self) -> None:
        # A style sheet reads palette() when it is set: set again when the theme changes, or
        # the list keeps the colours of the theme it started with.
        self.places.setStyleSheet("")
        self.places.setStyleSheet(
            "QListWidget#places { border: none; border-right: 1px solid palette(mid); }"
            "QListWidget#places::item { padding: 10px 14px; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_places()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._playing() and not self.player.ask_stop():
            event.ignore()
            return
        if self.editor is not None and not self.editor.maybe_close():
            event.ignore()
            return
        self.save_geometry()
        if self._player is not None:
            self._player.shutdown()
        if self.mini_view is not None:
            self.mini_view.close()
            self.mini_view.deleteLater()
            self.mini_view = None
        super().closeEvent(event)
