"""The player page: the start panel, then the workout, then the end.

The window only shows and controls; the core Engine (through :class:`EngineHost`) decides
what happens when. Every control is a QAction with a keyboard shortcut and a button."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from barretimer.core.clock import Clock, WallClock, local_now
from barretimer.core.model import Routine
from barretimer.core.playback import PlaybackOptions, apply_to_routine, phrases
from barretimer.core.problems import Problem, StepPath
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Timeline, compile_timeline
from barretimer.store.sessions import SessionStore
from barretimer.ui.figure import PlayerFigures
from barretimer.ui.language import current_phrases, current_translation
from barretimer.ui.player.controls import PlayerControls
from barretimer.ui.player.display import DisplayState, describe
from barretimer.ui.player.end_panel import EndPanel
from barretimer.ui.player.history_notes import HistoryNotes
from barretimer.ui.player.host import EngineHost
from barretimer.ui.player.playing_panel import PlayingPanel
from barretimer.ui.player.run import PlayerRun
from barretimer.ui.player.screen_awake import ScreenAwake
from barretimer.ui.player.start_panel import StartPanel
from barretimer.ui.player.view import PlayView
from barretimer.ui.speech_qt import QtSpeech
from barretimer.workout import RecordAs


class PlayerPage(QWidget):
    """Plays one routine at a time.

    Signals: ``session_ended(object session_id, str status)`` (session_id is None when nothing
    was recorded), ``notice_raised(str)`` for the window's banner, ``library_requested()``,
    ``display_changed(object DisplayState)`` for the mini view, ``playing_changed(bool)``.
    """

    session_ended = Signal(object, str)
    notice_raised = Signal(str)
    library_requested = Signal()
    display_changed = Signal(object)
    playing_changed = Signal(bool)

    def __init__(
        self,
        store: SessionStore | None,
        speech: QtSpeech,
        clock: Clock,
        *,
        options: PlaybackOptions | None = None,
        now: WallClock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.speech = speech
        self.clock = clock
        self.options = options or PlaybackOptions()
        self._wall_now = now  # the progression rule's "now"
        self.run: PlayerRun | None = None  # the workout playing, paused or just ended
        self.routine: Routine | None = None
        self.routine_path: Path | None = None
        self.content_hash = ""
        self.trying = False
        self.scale = 1.0
        self._awake = ScreenAwake()
        self.history = HistoryNotes(store, self)

        self.start_panel = StartPanel(self)
        self.view = PlayView(self)
        self.figures = PlayerFigures()
        self.view.figure.set_reduced_motion(self.options.reduced_motion)
        self.end_panel = EndPanel(self)
        self.controls = PlayerControls(self)
        self.playing_page = PlayingPanel(self.view, self.controls.button_row(self), self)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_panel)
        self.stack.addWidget(self.playing_page)
        self.stack.addWidget(self.end_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect()
        self._sync_mutes()
        self._update_actions()

    def _connect(self) -> None:
        c = self.controls
        c.pause.triggered.connect(self.toggle_pause)
        c.back.triggered.connect(self.back)
        c.skip.triggered.connect(self.skip)
        c.extend.triggered.connect(self.extend)
        c.done.triggered.connect(self.done)
        c.touchdown.triggered.connect(self.touchdown)
        c.mute_voice.toggled.connect(self.speech.set_voice_muted)
        c.mute_beeps.toggled.connect(self.speech.set_beeps_muted)
        c.stop.triggered.connect(self.ask_stop)
        self.start_panel.play_requested.connect(self.play)
        self.start_panel.scale_chooser.scale_changed.connect(self._prepare_phrases)
        self.start_panel.back_requested.connect(self.library_requested)
        self.end_panel.library_requested.connect(self.library_requested)
        self.end_panel.again_requested.connect(self._again)
        self.speech.mutes_changed.connect(self._sync_mutes)
        self.speech.unavailable.connect(self._sync_mutes)

    # --- what the window asks for -------------------------------------------------------------

    @property
    def host(self) -> EngineHost | None:
        """What runs the workout on Qt's clock; None when no workout is on the page."""
        return self.run.host if self.run is not None else None

    @property
    def active(self) -> bool:
        """A workout is running or paused."""
        return self.host is not None and self.host.active

    def focus_default(self) -> None:
        """Put the keyboard focus where Enter does the expected thing on the current panel."""
        current = self.stack.currentWidget()
        if current is self.start_panel:
            button = self.start_panel.primary_button
            (button if button.isVisible() else self.start_panel.back_button).setFocus()
        elif current is self.end_panel:
            self.end_panel.library_button.setFocus()
        else:
            self.setFocus()

    def actions_for_other_windows(self) -> list[QAction]:
        return self.controls.all()

    def set_options(self, options: PlaybackOptions) -> None:
        """Used for the next workout (the one playing keeps its timeline)."""
        self.options = options
        self.view.figure.set_reduced_motion(options.reduced_motion)

    def open_routine(
        self,
        routine: Routine,
        path: Path | None = None,
        content_hash: str = "",
        plan_scale: float | None = None,
    ) -> bool:
        """Show the start panel for ``routine``; False (and nothing changes) while playing.
        ``plan_scale``: a plan's own scale for this session (the rule may offer less)."""
        if self.active:
            return False
        self._discard_host()
        self.routine, self.routine_path, self.content_hash = routine, path, content_hash
        self.trying = False
        suggestion = self.history.suggestion(routine, self._wall_now, plan_scale)
        self.start_panel.show_routine(routine, suggestion)
        self.start_panel.intro.hide()
        QTimer.singleShot(0, self, self._show_intro)  # after the panel is on the screen
        # Render what will be said now, while the user reads the start panel.
        for choice in self.start_panel.choices():
            self._prepare_phrases(choice.scale)
        self.stack.setCurrentWidget(self.start_panel)
        self.start_panel.primary_button.setFocus()
        self._update_actions()
        return True

    def _timeline(
        self, routine: Routine, scale: float, start_at: StepPath | None = None
    ) -> Timeline:
        """``routine`` as it plays: with the playback options, in the window's language."""
        return compile_timeline(
            apply_to_routine(routine, self.options), scale, start_at, phrases=current_phrases()
        )

    @Slot(float)
    def _prepare_phrases(self, scale: float) -> None:
        if self.routine is not None:
            self.speech.prepare(phrases(self._timeline(self.routine, scale), self.options))

    @Slot()
    def _show_intro(self) -> None:
        """The routine's needs and the exercises new to you, with their figures; the poses
        are read here, not as the workout starts."""
        if self.routine is None or self.active or not self.isVisible():
            return  # nothing to show, or the window was closed meanwhile
        intro = self.start_panel.intro
        folder = self.routine_path.parent if self.routine_path is not None else None
        catalog = current_translation().catalog(self.figures.catalog())
        intro.show_routine(self.routine, catalog, self.known_exercises(), folder)
        intro.set_poses(self.figures.poses())
        intro.set_reduced_motion(self.options.reduced_motion)
        intro.show()
        self.figures.prepare(self.routine)

    def show_problems(self, name: str, problems: Sequence[Problem]) -> bool:
        if self.active:
            return False
        self._discard_host()
        self.routine = None
        self.start_panel.show_problems(name, problems)
        self.stack.setCurrentWidget(self.start_panel)
        self._update_actions()
        return True

    @Slot(float)
    def play(self, scale: float = 1.0) -> None:
        """Play the routine shown on the start panel at ``scale``; recorded in the history."""
        if self.routine is None or self.active:
            return
        self.scale = scale
        self._start(self._timeline(self.routine, scale), record=True)

    def try_routine(self, routine: Routine, step_path: StepPath | None = None) -> bool:
        """Play ``routine`` from ``step_path`` at once, not recorded (the editor's "Try it")."""
        if self.active:
            return False
        self._discard_host()
        self.routine, self.routine_path, self.content_hash = routine, None, ""
        self.trying = True
        self.scale = 1.0
        self._start(self._timeline(routine, 1.0, step_path), record=False)
        return True

    # --- playing ------------------------------------------------------------------------------

    def _start(self, timeline: Timeline, *, record: bool) -> None:
        self.history.forget_best()
        if not timeline.intervals:
            self.notice_raised.emit(self.tr("This routine has nothing to play."))
            return
        options = self.options
        if options.describe_new and self.routine is not None:
            timeline = self.history.with_new_descriptions(
                timeline,
                self.routine,
                current_translation().catalog(self.figures.catalog()),
                self.speech.rate,
            )
        record_as = None
        if record and self.routine is not None:
            record_as = RecordAs(
                str(self.routine_path or ""), self.content_hash, self.routine.level.value
            )
        self.run = PlayerRun(
            timeline,
            clock=self.clock,
            speech=self.speech,
            options=options,
            store=self.store,
            record_as=record_as,
            trying=self.trying,
            on_record_error=self.notice_raised.emit,
            parent=self,
        )
        host = self.run.host
        self.run.ended.connect(self._ended)
        self.speech.prepare(phrases(timeline, self.options))
        host.refreshed.connect(self._refresh)
        self.stack.setCurrentWidget(self.playing_page)
        self.view.begin(timeline)
        self.setFocus()
        self._awake.inhibit(self.tr("A workout is playing"))
        host.start()
        self.playing_changed.emit(True)
        self._update_actions()

    def known_exercises(self) -> set[str]:
        """The exercises of every past session (empty without a history)."""
        return self.history.known_exercises()

    @Slot()
    def _refresh(self) -> None:
        if self.run is None:
            return
        engine = self.run.host.engine
        state = describe(engine, tenths=self.run.host.shows_tenths)
        self.playing_page.show_moment(
            engine,
            state,
            status=self.run.status,
            note=self.history.best_note(state, engine),
            figures=self.figures,
            routine=self.routine,
            folder=self.routine_path.parent if self.routine_path is not None else None,
        )
        self._update_actions(state)
        self.display_changed.emit(state)

    def display_state(self) -> DisplayState | None:
        if self.host is None:
            return None
        return describe(self.host.engine, tenths=self.host.shows_tenths)

    @Slot(str)
    def _ended(self, status: str) -> None:
        run = self.run
        if run is None or not run.end():
            return
        self._awake.release()
        session_id = run.workout.session_id
        self.end_panel.show_session(
            run.host.engine,
            completed=status == SessionStatus.COMPLETED,
            bests=[] if self.trying else self.history.new_bests(session_id),
            trying=self.trying,
            saved=session_id is not None,
        )
        self.stack.setCurrentWidget(self.end_panel)
        self._update_actions()
        self.playing_changed.emit(False)
        self.session_ended.emit(None if self.trying else session_id, status)

    def _discard_host(self) -> None:
        if self.run is not None:
            self.run.host.shutdown()
            self.run.host.deleteLater()
            self.run.deleteLater()
        self.run = None

    @Slot()
    def _again(self) -> None:
        if self.routine is None:
            self.library_requested.emit()
        elif self.trying:
            self.try_routine(self.routine)
        else:
            self.open_routine(self.routine, self.routine_path, self.content_hash)

    # --- controls -----------------------------------------------------------------------------

    def _update_actions(self, state: DisplayState | None = None) -> None:
        self.controls.show_state(state, self.host)

    @Slot()
    def toggle_pause(self) -> None:
        if self.run is not None:
            self.run.toggle_pause()

    @Slot()
    def skip(self) -> None:
        if self.run is not None:
            self.run.skip()

    @Slot()
    def back(self) -> None:
        if self.run is not None:
            self.run.back()

    @Slot()
    def extend(self) -> None:
        if self.run is not None:
            self.run.extend()

    @Slot()
    def done(self) -> None:
        if self.run is not None:
            self.run.done()

    @Slot()
    def touchdown(self) -> None:
        if self.run is not None:
            self.run.touchdown()

    @Slot()
    def tick(self) -> None:
        """Look at the clock now (the host's timer does this by itself; tests call it)."""
        if self.host is not None:
            self.host.tick()

    @Slot()
    def ask_stop(self) -> bool:
        """Esc: ask, then stop (recorded as stopped). True when nothing is playing any more."""
        run = self.run
        if not self.active or run is None:
            return True
        if not run.ask_to_stop(self, lambda: run is self.run):
            return False
        self.stop_now()
        return True

    def stop_now(self) -> None:
        """Stop without asking (the window is closing)."""
        if self.host is not None and self.active:
            self.host.stop()
            self.speech.stop()
            self._ended(SessionStatus.STOPPED.value)

    @Slot()
    def _sync_mutes(self) -> None:
        self.controls.sync_mutes(self.speech)

    def shutdown(self) -> None:
        self._awake.release()
        if self.host is not None:
            self.host.shutdown()
