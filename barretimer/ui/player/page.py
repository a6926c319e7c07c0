"""The player page: the start panel, then the workout, then the end.

The window only shows and controls; the core Engine (through :class:`EngineHost`) decides
what happens when. Every control is a QAction with a keyboard shortcut and a button.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.clock import Clock, WallClock, local_now
from barretimer.core.durations import format_clock
from barretimer.core.engine import SUSPEND_GAP_S, Engine, Event, EventKind, State
from barretimer.core.model import Kind, Routine
from barretimer.core.playback import (
    PlaybackOptions,
    apply_to_routine,
    filter_event,
    new_exercises,
    phrases,
    with_descriptions,
)
from barretimer.core.problems import Problem, StepPath
from barretimer.core.progression import Suggestion
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Role, Side, Timeline, compile_timeline
from barretimer.store.bests import NewBest, best_hold_s, new_bests
from barretimer.store.progress import suggestion_for
from barretimer.store.queries import exercise_names
from barretimer.store.sessions import SessionStore
from barretimer.ui import dialogs
from barretimer.ui.figure import PlayerFigures
from barretimer.ui.labels import intervals_label
from barretimer.ui.language import current_phrases
from barretimer.ui.player.controls import PlayerControls
from barretimer.ui.player.end_panel import EndPanel
from barretimer.ui.player.host import EngineHost
from barretimer.ui.player.screen_awake import ScreenAwake
from barretimer.ui.player.start_panel import StartPanel
from barretimer.ui.player.view import DisplayState, PlayView, describe
from barretimer.ui.speech_qt import QtSpeech
from barretimer.workout import RecordAs, Workout

log = logging.getLogger(__name__)


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
        self.host: EngineHost | None = None
        self.workout: Workout | None = None
        self.routine: Routine | None = None
        self.routine_path: Path | None = None
        self.content_hash = ""
        self.trying = False
        self.scale = 1.0
        self._status = ""
        self._awake = ScreenAwake()
        self._ended_host: EngineHost | None = None
        self._best_cache: tuple[int, float | None] | None = None  # (interval, best hold)

        self.start_panel = StartPanel(self)
        self.view = PlayView(self)
        self.figures = PlayerFigures()
        self.view.figure.set_reduced_motion(self.options.reduced_motion)
        self.end_panel = EndPanel(self)
        self.controls = PlayerControls(self)
        self._buttons: dict[QAction, QToolButton] = {}
        controls_row = QHBoxLayout()
        controls_row.setSpacing(8)
        controls_row.addStretch(1)
        button_font = QFont(self.font())
        button_font.setPixelSize(17)
        for act in self.controls.all():
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setMinimumHeight(44)
            button.setMinimumWidth(72)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setFont(button_font)
            button.setAccessibleName(act.text())
            button.setAccessibleDescription(act.toolTip())
            self._buttons[act] = button
            controls_row.addWidget(button)
        controls_row.addStretch(1)
        playing = QWidget(self)
        playing_layout = QVBoxLayout(playing)
        playing_layout.setContentsMargins(0, 0, 0, 8)
        playing_layout.addWidget(self.view, 1)
        playing_layout.addLayout(controls_row)
        self.playing_page = playing

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_panel)
        self.stack.addWidget(playing)
        self.stack.addWidget(self.end_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        c = self.controls
        c.pause.triggered.connect(self.toggle_pause)
        c.back.triggered.connect(self.back)
        c.skip.triggered.connect(self.skip)
        c.extend.triggered.connect(self.extend)
        c.done.triggered.connect(self.done)
        c.touchdown.triggered.connect(self.touchdown)
        c.mute_voice.toggled.connect(self._mute_voice)
        c.mute_beeps.toggled.connect(self._mute_beeps)
        c.stop.triggered.connect(self.ask_stop)
        self.start_panel.play_requested.connect(self.play)
        self.start_panel.scale_chooser.scale_changed.connect(self._prepare_phrases)
        self.start_panel.back_requested.connect(self.library_requested)
        self.end_panel.library_requested.connect(self.library_requested)
        self.end_panel.again_requested.connect(self._again)
        speech.mutes_changed.connect(self._sync_mutes)
        speech.unavailable.connect(self._sync_mutes)
        self._sync_mutes()
        self._update_actions()

    # --- what the window asks for -------------------------------------------------------------

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
        suggestion = self._suggestion(routine)
        if suggestion is not None and plan_scale is not None:
            from barretimer.core.plans import PlanSession, plan_offer

            suggestion = plan_offer(PlanSession("", plan_scale), suggestion, None)
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

    @Slot(float)
    def _prepare_phrases(self, scale: float) -> None:
        if self.routine is not None:
            timeline = compile_timeline(
                apply_to_routine(self.routine, self.options), scale, phrases=current_phrases()
            )
            self.speech.prepare(phrases(timeline, self.options))

    @Slot()
    def _show_intro(self) -> None:
        """The routine's needs and the exercises new to you, with their figures; the poses
        are read here, not as the workout starts."""
        if self.routine is None or self.active or not self.isVisible():
            return  # nothing to show, or the window was closed meanwhile
        intro = self.start_panel.intro
        intro.show_routine(self.routine, self.figures.catalog(), self.known_exercises())
        intro.set_poses(self.figures.poses())
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

    def _suggestion(self, routine: Routine) -> Suggestion | None:
        if self.store is None:
            return None
        try:
            rows = self.store.sessions_of_routine(routine.history_name)
        except Exception as error:  # the history is a help here, never a blocker
            log.warning("cannot read the history of %s: %s", routine.name, error)
            return None
        return suggestion_for(routine, rows, self._wall_now())

    @Slot(float)
    def play(self, scale: float = 1.0) -> None:
        """Play the routine shown on the start panel at ``scale``; recorded in the history."""
        if self.routine is None or self.active:
            return
        self.scale = scale
        timeline = compile_timeline(
            apply_to_routine(self.routine, self.options), scale, phrases=current_phrases()
        )
        self._start(timeline, record=True)

    def try_routine(self, routine: Routine, step_path: StepPath | None = None) -> bool:
        """Play ``routine`` from ``step_path`` at once, not recorded (the editor's "Try it")."""
        if self.active:
            return False
        self._discard_host()
        self.routine, self.routine_path, self.content_hash = routine, None, ""
        self.trying = True
        self.scale = 1.0
        self._start(
            compile_timeline(
                apply_to_routine(routine, self.options),
                1.0,
                start_at=step_path,
                phrases=current_phrases(),
            ),
            record=False,
        )
        return True

    # --- playing ------------------------------------------------------------------------------

    def _start(self, timeline: Timeline, *, record: bool) -> None:
        self._best_cache = None
        if not timeline.intervals:
            self.notice_raised.emit(self.tr("This routine has nothing to play."))
            return
        options = self.options
        if options.describe_new:
            timeline = self._with_new_descriptions(timeline)
        record_as = None
        if record and self.routine is not None:
            record_as = RecordAs(
                str(self.routine_path or ""), self.content_hash, self.routine.level.value
            )
        self.workout = Workout(
            Engine(timeline, self.clock, suspend_gap_s=SUSPEND_GAP_S),
            speaker=self.speech,
            cue_filter=lambda event: filter_event(event, options),
            store=self.store,
            record_as=record_as,
            on_record_error=self._recorder_failed,
        )
        host = EngineHost(
            self.workout.engine, reduced_motion=self.options.reduced_motion, parent=self
        )
        self.host = host
        self.speech.prepare(phrases(timeline, self.options))
        host.event_happened.connect(self._on_event)
        host.refreshed.connect(self._refresh)
        self.view.strip.set_timeline(timeline)
        self._status = self.tr("Trying it out: not saved in the history") if self.trying else ""
        self.stack.setCurrentWidget(self.playing_page)
        self.setFocus()
        self._awake.inhibit(self.tr("A workout is playing"))
        host.start()
        self.playing_changed.emit(True)
        self._update_actions()

    def known_exercises(self) -> set[str]:
        """The exercises of every past session (empty without a history)."""
        if self.store is None:
            return set()
        try:
            return exercise_names(self.store)
        except Exception as error:  # the history is a help here, never a blocker
            log.warning("cannot read the exercises done before: %s", error)
            return set()

    def _with_new_descriptions(self, timeline: Timeline) -> Timeline:
        """Say the description of each exercise met for the first time in the rest before it."""
        if self.routine is None:
            return timeline
        new = new_exercises(
            timeline, self.routine.steps, self.figures.catalog(), self.known_exercises()
        )
        descriptions = {index: e.description for index, e in new.items()}
        return with_descriptions(timeline, descriptions, self.speech.rate)

    @Slot(str)
    def _recorder_failed(self, message: str) -> None:
        self.notice_raised.emit(message)

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        kind = event.kind
        if kind is EventKind.SUSPENDED:
            self._status = self.tr("Paused after a break. Press Space to go on.")
        elif kind is EventKind.PAUSED:
            self._status = self.tr("Paused. Press Space to go on.")
        elif kind is EventKind.RESUMED:
            self._status = self.tr("Trying it out: not saved in the history") if self.trying else ""
        elif kind in (EventKind.FINISHED, EventKind.STOPPED):
            # Ending touches other windows (a dialog): do it after the engine's call returns.
            status = SessionStatus.after(kind).value
            QTimer.singleShot(0, self, lambda: self._ended(status))

    @Slot()
    def _refresh(self) -> None:
        if self.host is None:
            return
        state = describe(self.host.engine, tenths=self.host.shows_tenths)
        self.view.show_state(state, status=self._status, note=self._best_note(state))
        spec, side, kind, moving = self.figures.for_interval(
            self.routine, self.host.engine.timeline, state.index
        )
        folder = self.routine_path.parent if self.routine_path is not None else None
        picture = self.figures.picture_for(
            self.routine, folder, self.host.engine.timeline, state.index
        )
        self.view.show_figure(spec, side, kind, moving and state.state is State.RUNNING, picture)
        self.view.show_notes(
            self.figures.exercise_ahead(self.routine, self.host.engine.timeline, state.index)
        )
        self._update_actions(state)
        self.display_changed.emit(state)

    def _best_note(self, state: DisplayState) -> str:
        """While a max hold counts up: the best of that exercise, and when it is passed."""
        if self.store is None or self.host is None or not state.counting_up:
            return ""
        if state.role is not Role.WORK:
            return ""
        if self._best_cache is None or self._best_cache[0] != state.index:
            try:
                best = best_hold_s(self.store.db, state.name)
            except sqlite3.Error as error:  # the history is a help here, never a blocker
                log.warning("cannot read the best of %s: %s", state.name, error)
                best = None
            self._best_cache = (state.index, best)
        best = self._best_cache[1]
        if best is None:
            return ""
        if self.host.engine.interval_elapsed_s() > best:
            return self.tr("New best! Your best was {time}.").format(time=format_clock(best))
        return self.tr("Your best: {time}").format(time=format_clock(best))

    def display_state(self) -> DisplayState | None:
        if self.host is None:
            return None
        return describe(self.host.engine, tenths=self.host.shows_tenths)

    def _ended(self, status: str) -> None:
        host = self.host
        if host is None or host is self._ended_host:
            return
        self._ended_host = host
        host.shutdown()
        self._awake.release()
        engine = host.engine
        session_id = self.workout.session_id if self.workout is not None else None
        done = format_clock(engine.elapsed_s())
        title = self.tr("Well done!") if status == SessionStatus.COMPLETED else self.tr("Stopped")
        detail = self.tr(
            "{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped."
        ).format(
            name=engine.timeline.routine_name,
            done=done,
            planned=format_clock(engine.timeline.total_s),
            steps=engine.steps_done,
            intervals=intervals_label(len(engine.timeline.work_intervals)),
            skipped=engine.steps_skipped,
        )
        left, right = engine.touchdowns[Side.LEFT], engine.touchdowns[Side.RIGHT]
        if left or right:
            detail += "\n" + self.tr("Touchdowns: left {left}, right {right}.").format(
                left=left, right=right
            )
        for best in self._new_bests(session_id):
            detail += "\n" + self.tr("New personal best: {exercise}, {time}.").format(
                exercise=best.exercise, time=format_clock(best.held_s)
            )
        if self.trying:
            detail += "\n" + self.tr("This try was not saved in the history.")
        elif session_id is not None:
            detail += "\n" + self.tr("Saved in your history.")
        self.end_panel.show_result(title, detail)
        self.stack.setCurrentWidget(self.end_panel)
        self._update_actions()
        self.playing_changed.emit(False)
        self.session_ended.emit(None if self.trying else session_id, status)

    def _new_bests(self, session_id: int | None) -> list[NewBest]:
        if self.store is None or session_id is None or self.trying:
            return []
        try:
            return new_bests(self.store.db, session_id)
        except sqlite3.Error as error:
            log.warning("cannot read the new bests: %s", error)
            return []

    def _discard_host(self) -> None:
        if self.host is not None:
            self.host.shutdown()
            self.host.deleteLater()
        self.host = None
        self.workout = None

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
        active = self.active
        c = self.controls
        for act in (c.pause, c.back, c.skip, c.extend, c.stop):
            act.setEnabled(active)
        running_work = state is not None and state.role is Role.WORK and active
        c.done.setEnabled(running_work and bool(state and state.counting_up))
        c.touchdown.setEnabled(running_work and bool(state and state.counts_touchdowns))
        paused = self.host is not None and self.host.state is State.PAUSED
        c.pause.setText(self.tr("Go on") if paused else self.tr("Pause"))
        self._buttons[c.pause].setAccessibleName(c.pause.text())

    @Slot()
    def toggle_pause(self) -> None:
        if self.host is not None and self.active:
            self.host.toggle_pause()

    @Slot()
    def skip(self) -> None:
        if self.host is not None and self.active:
            self.host.skip()

    @Slot()
    def back(self) -> None:
        if self.host is not None and self.active:
            self.host.back()

    @Slot()
    def extend(self) -> None:
        if self.host is not None and self.active:
            self.host.extend()

    @Slot()
    def done(self) -> None:
        if self.host is not None and self.active:
            self.host.done()

    @Slot()
    def touchdown(self) -> None:
        if self.host is None or not self.active:
            return
        current = self.host.engine.current
        if (
            current is not None
            and current.is_work
            and current.kind is Kind.BALANCE
            and current.side is not None
        ):
            self.host.touchdown()

    @Slot()
    def tick(self) -> None:
        """Look at the clock now (the host's timer does this by itself; tests call it)."""
        if self.host is not None:
            self.host.tick()

    @Slot()
    def ask_stop(self) -> bool:
        """Esc: ask, then stop (recorded as stopped). True when nothing is playing any more."""
        if not self.active or self.host is None:
            return True
        host = self.host
        paused_to_ask = host.state is State.RUNNING  # the workout waits for the answer
        if paused_to_ask:
            host.pause()
        if not dialogs.ask(
            self,
            self.tr("Stop the workout?"),
            self.tr("Stop the workout now? What you have done so far is saved as stopped."),
        ):
            if paused_to_ask and host is self.host and host.state is State.PAUSED:
                host.resume()
            return False
        self.stop_now()
        return True

    def stop_now(self) -> None:
        """Stop without asking (the window is closing)."""
        if self.host is not None and self.active:
            self.host.stop()
            self.speech.stop()
            self._ended(SessionStatus.STOPPED.value)

    @Slot(bool)
    def _mute_voice(self, muted: bool) -> None:
        self.speech.set_voice_muted(muted)

    @Slot(bool)
    def _mute_beeps(self, muted: bool) -> None:
        self.speech.set_beeps_muted(muted)

    @Slot()
    def _sync_mutes(self) -> None:
        """The buttons say what is heard: muted, on, or nothing to hear with."""
        c, speech = self.controls, self.speech
        for act, muted, works, on, off, out in (
            (
                c.mute_voice,
                speech.voice_muted,
                speech.voice_works,
                self.tr("Voice on"),
                self.tr("Voice muted"),
                self.tr("No voice"),
            ),
            (
                c.mute_beeps,
                speech.beeps_muted,
                speech.beeps_work,
                self.tr("Beeps on"),
                self.tr("Beeps muted"),
                self.tr("No sound"),
            ),
        ):
            if act.isChecked() != muted:
                act.blockSignals(True)
                act.setChecked(muted)
                act.blockSignals(False)
            act.setEnabled(works)
            act.setText(out if not works else off if muted else on)
            button = self._buttons.get(act)
            if button is not None:
                button.setAccessibleName(act.text())

    def shutdown(self) -> None:
        self._awake.release()
        if self.host is not None:
            self.host.shutdown()
