"""The player page: the start panel, then the workout, then the end.

The window only shows and controls; the core Engine (through :class:`EngineHost`) decides
what happens when. Every control is a QAction with a keyboard shortcut and a button.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QKeyCombination, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.clock import Clock
from barretimer.core.durations import format_clock
from barretimer.core.engine import Event, EventKind, State
from barretimer.core.model import Kind, Routine
from barretimer.core.playback import PlaybackOptions, apply_to_routine, filter_event, phrases
from barretimer.core.problems import Problem, StepPath
from barretimer.core.timeline import Role, Side, Timeline, compile_timeline
from barretimer.store.progress import suggestion_for
from barretimer.store.sessions import SessionStore
from barretimer.ui.figure import PlayerFigures
from barretimer.ui.language import current_phrases
from barretimer.ui.player.host import EngineHost
from barretimer.ui.player.screen_awake import ScreenAwake
from barretimer.ui.player.start_panel import StartPanel
from barretimer.ui.player.view import DisplayState, PlayView, describe
from barretimer.ui.speech_qt import QtSpeech
from barretimer.ui.widgets import plain_label

log = logging.getLogger(__name__)


class EndPanel(QWidget):
    """After the last interval, or a stop: what was done, and where to go next."""

    library_requested = Signal()
    again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label(self, object_name="end-title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.detail_label = plain_label(self, object_name="end-detail")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        self.title_label.setAccessibleName(self.tr("Workout ended"))
        self.detail_label.setAccessibleName(self.tr("What was done"))
        self.library_button = QPushButton(self.tr("Back to the library"), self)
        self.again_button = QPushButton(self.tr("Play again"), self)
        button_font = QFont(self.font())
        button_font.setPixelSize(18)
        for button in (self.library_button, self.again_button):
            button.setAccessibleName(button.text())
            button.setFont(button_font)
            button.setMinimumHeight(46)
            button.setMinimumWidth(190)
        self.library_button.clicked.connect(self.library_requested)
        self.again_button.clicked.connect(self.again_requested)
        title_font = QFont(self.font())
        title_font.setPixelSize(40)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        detail_font = QFont(self.font())
        detail_font.setPixelSize(20)
        self.detail_label.setFont(detail_font)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_result(self, title: str, detail: str) -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.library_button.setFocus()


class _Controls(QObject):
    """The player's actions: one QAction per control, each with its shortcuts."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)

        def action(
            text: str, keys: Sequence[QKeySequence | Qt.Key | QKeyCombination], tip: str
        ) -> QAction:
            act = QAction(text, owner)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(
                f"{tip} ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            act.setAutoRepeat(False)
            owner.addAction(act)
            return act

        # self.tr written out: lupdate files these under this class's name, as Qt looks them up.
        self.pause = action(self.tr("Pause"), [Qt.Key.Key_Space], self.tr("Pause or go on"))
        self.back = action(
            self.tr("Back"),
            [Qt.Key.Key_Left],
            self.tr("Restart this interval, or go to the one before"),
        )
        self.skip = action(
            self.tr("Skip"), [Qt.Key.Key_Right], self.tr("Skip to the next interval")
        )
        self.extend = action(
            self.tr("+10 s"),
            [
                Qt.Key.Key_Plus,
                Qt.Key.Key_Equal,
                QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Plus),
            ],
            self.tr("Add 10 seconds to this interval"),
        )
        self.done = action(
            self.tr("Done"),
            [
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Enter),
            ],
            self.tr("Finish this max hold now"),
        )
        self.touchdown = action(
            self.tr("Touchdown"), [Qt.Key.Key_T], self.tr("Count a touchdown on this side")
        )
        self.mute_voice = action(
            self.tr("Voice on"), [Qt.Key.Key_M], self.tr("Mute or unmute the voice")
        )
        self.mute_beeps = action(
            self.tr("Beeps on"), [Qt.Key.Key_B], self.tr("Mute or unmute the beeps")
        )
        self.stop = action(self.tr("Stop"), [Qt.Key.Key_Escape], self.tr("Stop the workout"))
        self.mute_voice.setCheckable(True)
        self.mute_beeps.setCheckable(True)

    def all(self) -> list[QAction]:
        return [
            self.back,
            self.pause,
            self.skip,
            self.extend,
            self.done,
            self.touchdown,
            self.mute_voice,
            self.mute_beeps,
            self.stop,
        ]


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
        now: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.speech = speech
        self.clock = clock
        self.options = options or PlaybackOptions()
        self._wall_now = now  # for tests: the progression rule's "now" (datetime.now otherwise)
        self.host: EngineHost | None = None
        self.recorder: object | None = None
        self.routine: Routine | None = None
        self.routine_path: Path | None = None
        self.content_hash = ""
        self.trying = False
        self.scale = 1.0
        self._status = ""
        self._awake = ScreenAwake()
        self._bridge: object | None = None
        self._ended_host: EngineHost | None = None

        self.start_panel = StartPanel(self)
        self.view = PlayView(self)
        self.figures = PlayerFigures()
        self.end_panel = EndPanel(self)
        self.controls = _Controls(self)
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
        self.start_panel.back_requested.connect(self.library_requested)
        self.end_panel.library_requested.connect(self.library_requested)
        self.end_panel.again_requested.connect(self._again)
        speech.mutes_changed.connect(self._sync_mutes)
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
        QTimer.singleShot(0, self, self.figures.poses)  # read now, not as the workout starts
        # Render what will be said now, while the user reads the start panel.
        for choice in self.start_panel.choices():
            timeline = compile_timeline(
                apply_to_routine(routine, self.options), choice.scale, phrases=current_phrases()
            )
            self.speech.prepare(phrases(timeline, self.options))
        self.stack.setCurrentWidget(self.start_panel)
        self.start_panel.primary_button.setFocus()
        self._update_actions()
        return True

    def show_problems(self, name: str, problems: Sequence[Problem]) -> bool:
        if self.active:
            return False
        self._discard_host()
        self.routine = None
        self.start_panel.show_problems(name, problems)
        self.stack.setCurrentWidget(self.start_panel)
        self._update_actions()
        return True

    def _suggestion(self, routine: Routine):  # type: ignore[no-untyped-def]
        if self.store is None:
            return None
        try:
            rows = self.store.sessions_of_routine(routine.name)
        except Exception as error:  # the history is a help here, never a blocker
            log.warning("cannot read the history of %s: %s", routine.name, error)
            return None
        now = self._wall_now() if self._wall_now else datetime.now().astimezone()
        if not isinstance(now, datetime):
            now = datetime.now().astimezone()
        return suggestion_for(routine, rows, now)

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
        if not timeline.intervals:
            self.notice_raised.emit(self.tr("This routine has nothing to play."))
            return
        host = EngineHost(timeline, self.clock, parent=self)
        self.host = host
        # Speech first: its calls only queue work, so a boundary cue is not held up by the
        # history write the recorder makes at the same boundary.
        self._bridge = self._speech_bridge()
        if self._bridge is not None:
            bridge_on_event = self._bridge.on_event  # type: ignore[attr-defined]
            options = self.options

            def speak(event: Event) -> None:
                filtered = filter_event(event, options)
                if filtered is not None:
                    bridge_on_event(filtered)

            host.engine.add_listener(speak)
        self.recorder = None
        if record and self.store is not None and self.routine is not None:
            from barretimer.store.recorder import SessionRecorder

            self.recorder = SessionRecorder(
                self.store,
                host.engine,
                routine_path=str(self.routine_path or ""),
                routine_hash=self.content_hash,
                level=self.routine.level.value,
                on_error=self._recorder_failed,
            )
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

    def _speech_bridge(self) -> object | None:
        try:
            from barretimer.speech.bridge import SpeechBridge
        except ImportError as error:
            log.warning("no speech bridge: %s", error)
            return None
        return SpeechBridge(self.speech)

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
            status = "completed" if kind is EventKind.FINISHED else "stopped"
            QTimer.singleShot(0, self, lambda: self._ended(status))

    @Slot()
    def _refresh(self) -> None:
        if self.host is None:
            return
        state = describe(self.host.engine)
        self.view.show_state(state, status=self._status)
        spec, side, kind, moving = self.figures.for_interval(
            self.routine, self.host.engine.timeline, state.index
        )
        self.view.show_figure(spec, side, kind, moving and state.state is State.RUNNING)
        self._update_actions(state)
        self.display_changed.emit(state)

    def display_state(self) -> DisplayState | None:
        return describe(self.host.engine) if self.host is not None else None

    def _ended(self, status: str) -> None:
        host = self.host
        if host is None or host is self._ended_host:
            return
        self._ended_host = host
        host.shutdown()
        self._awake.release()
        engine = host.engine
        session_id = getattr(self.recorder, "session_id", None)
        done = format_clock(engine.elapsed_s())
        title = self.tr("Well done!") if status == "completed" else self.tr("Stopped")
        detail = self.tr(
            "{name}: {done} of {planned}, {steps} steps done, {skipped} skipped."
        ).format(
            name=engine.timeline.routine_name,
            done=done,
            planned=format_clock(engine.timeline.total_s),
            steps=engine.steps_done,
            skipped=engine.steps_skipped,
        )
        left, right = engine.touchdowns[Side.LEFT], engine.touchdowns[Side.RIGHT]
        if left or right:
            detail += "\n" + self.tr("Touchdowns: left {left}, right {right}.").format(
                left=left, right=right
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

    def _discard_host(self) -> None:
        if self.host is not None:
            self.host.shutdown()
            self.host.deleteLater()
        self.host = None
        self.recorder = None
        self._bridge = None

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
        c.touchdown.setEnabled(running_work and bool(state and state.kind is Kind.BALANCE))
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
        if current is not None and current.is_work and current.kind is Kind.BALANCE:
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
        answer = QMessageBox.question(
            self,
            self.tr("Stop the workout?"),
            self.tr("Stop the workout now? What you have done so far is saved as stopped."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.stop_now()
        return True

    def stop_now(self) -> None:
        """Stop without asking (the window is closing)."""
        if self.host is not None and self.active:
            self.host.stop()
            self.speech.stop()
            self._ended("stopped")

    @Slot(bool)
    def _mute_voice(self, muted: bool) -> None:
        self.speech.set_voice_muted(muted)

    @Slot(bool)
    def _mute_beeps(self, muted: bool) -> None:
        self.speech.set_beeps_muted(muted)

    @Slot()
    def _sync_mutes(self) -> None:
        c = self.controls
        for act, muted, on, off in (
            (c.mute_voice, self.speech.voice_muted, self.tr("Voice on"), self.tr("Voice muted")),
            (c.mute_beeps, self.speech.beeps_muted, self.tr("Beeps on"), self.tr("Beeps muted")),
        ):
            if act.isChecked() != muted:
                act.blockSignals(True)
                act.setChecked(muted)
                act.blockSignals(False)
            act.setText(off if muted else on)
            button = self._buttons.get(act)
            if button is not None:
                button.setAccessibleName(act.text())

    def shutdown(self) -> None:
        self._awake.release()
        if self.host is not None:
            self.host.shutdown()
