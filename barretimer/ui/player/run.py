"""One workout on the player page: the engine with its recorder and voice (a :class:`Workout`),
the host that runs it on Qt's clock, and the status line it puts over the view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from barretimer.core.clock import Clock
from barretimer.core.engine import SUSPEND_GAP_S, Engine, Event, EventKind, State
from barretimer.core.model import Kind
from barretimer.core.playback import PlaybackOptions, filter_event
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Timeline
from barretimer.store.sessions import SessionStore
from barretimer.ui import dialogs
from barretimer.ui.player.host import EngineHost
from barretimer.ui.speech_qt import QtSpeech
from barretimer.workout import RecordAs, Workout


class PlayerRun(QObject):
    """Plays ``timeline`` once; recorded as ``record_as`` (None: a try, not recorded).

    ``ended(str status)`` comes after the engine's call has returned: ending touches other
    windows (a dialog)."""

    ended = Signal(str)

    def __init__(
        self,
        timeline: Timeline,
        *,
        clock: Clock,
        speech: QtSpeech,
        options: PlaybackOptions,
        store: SessionStore | None,
        record_as: RecordAs | None,
        trying: bool,
        on_record_error: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.trying = trying
        self.workout = Workout(
            Engine(timeline, clock, suspend_gap_s=SUSPEND_GAP_S),
            speaker=speech,
            cue_filter=lambda event: filter_event(event, options),
            store=store,
            record_as=record_as,
            on_record_error=on_record_error,
        )
        self.host = EngineHost(
            self.workout.engine, reduced_motion=options.reduced_motion, parent=parent
        )
        self.status = self._playing_status()
        self._ended = False
        self.host.event_happened.connect(self._on_event)

    def end(self) -> bool:
        """Stop looking at the clock. True the first time only: a stop ends the run at once,
        and then its engine's STOPPED event comes too."""
        if self._ended:
            return False
        self._ended = True
        self.host.shutdown()
        return True

    def _playing_status(self) -> str:
        return self.tr("Trying it out: not saved in the history") if self.trying else ""

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        kind = event.kind
        if kind is EventKind.SUSPENDED:
            self.status = self.tr("Paused after a break. Press Space to go on.")
        elif kind is EventKind.PAUSED:
            self.status = self.tr("Paused. Press Space to go on.")
        elif kind is EventKind.RESUMED:
            self.status = self._playing_status()
        elif kind in (EventKind.FINISHED, EventKind.STOPPED):
            status = SessionStatus.after(kind).value
            QTimer.singleShot(0, self, lambda: self.ended.emit(status))

    # --- the controls, while the workout runs or is paused ------------------------------------

    @property
    def active(self) -> bool:
        return self.host.active

    def toggle_pause(self) -> None:
        if self.active:
            self.host.toggle_pause()

    def skip(self) -> None:
        if self.active:
            self.host.skip()

    def back(self) -> None:
        if self.active:
            self.host.back()

    def extend(self) -> None:
        if self.active:
            self.host.extend()

    def done(self) -> None:
        if self.active:
            self.host.done()

    def touchdown(self) -> None:
        """Counted on a balance on one side only (never on two feet)."""
        current = self.host.engine.current
        if (
            self.active
            and current is not None
            and current.is_work
            and current.kind is Kind.BALANCE
            and current.side is not None
        ):
            self.host.touchdown()

    def ask_to_stop(self, parent: QWidget, still_shown: Callable[[], bool]) -> bool:
        """Esc: True when the user says stop. The workout waits for the answer, paused, and
        goes on after a no (unless ``still_shown()`` says the page has moved on meanwhile)."""
        host = self.host
        paused_to_ask = host.state is State.RUNNING
        if paused_to_ask:
            host.pause()
        if dialogs.ask(
            parent,
            self.tr("Stop the workout?"),
            self.tr("Stop the workout now? What you have done so far is saved as stopped."),
        ):
            return True
        if paused_to_ask and still_shown() and host.state is State.PAUSED:
            host.resume()
        return False
