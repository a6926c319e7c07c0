"""The one place where the remote controls touch the main window and its player.

MPRIS, the cue ducking and the notifications ask this link what is playing and tell it what
to do; none of them knows the player's widgets. The player page is built the first time it
is needed: the window says so with ``player_built``, and the link attaches to it then. The
link is made before the window's first frame, so it imports the workout engine only when it is
asked about a workout (which was imported to play it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from barretimer.core.engine import Engine, State
    from barretimer.core.timeline import Interval
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.player.page import PlayerPage


class PlayerLink(QObject):
    """Signals: ``changed()`` when anything a remote shows may have changed,
    ``event_happened(Event)`` for every engine event of the workout playing,
    ``workout_ended(str status)`` ("completed" or "stopped")."""

    changed = Signal()
    event_happened = Signal(object)
    workout_ended = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.player: PlayerPage | None = None
        window.player_built.connect(self.attach)

    @Slot(object)
    def attach(self, player: PlayerPage) -> None:
        if self.player is player:
            return
        self.player = player
        player.display_changed.connect(self.changed)
        player.playing_changed.connect(self._playing_changed)
        player.session_ended.connect(self._session_ended)
        stack = getattr(player, "stack", None)  # the start panel shown, or the end
        if stack is not None:
            stack.currentChanged.connect(self.changed)
        self.changed.emit()

    @Slot(bool)
    def _playing_changed(self, playing: bool) -> None:
        host = self.player.host if self.player is not None else None
        if playing and host is not None:
            host.event_happened.connect(self.event_happened)
        self.changed.emit()

    @Slot(object, str)
    def _session_ended(self, _session_id: object, status: str) -> None:
        self.workout_ended.emit(status)
        self.changed.emit()

    # --- what is playing ----------------------------------------------------------------------

    @property
    def engine(self) -> Engine | None:
        """The engine of the workout shown (running, paused or just ended), if any."""
        host = self.player.host if self.player is not None else None
        return host.engine if host is not None else None

    @property
    def state(self) -> State | None:
        engine = self.engine
        return engine.state if engine is not None else None

    @property
    def current(self) -> Interval | None:
        engine = self.engine
        return engine.current if engine is not None else None

    @property
    def routine_name(self) -> str:
        routine = self.player.routine if self.player is not None else None
        return routine.name if routine is not None else ""

    def ready_to_start(self) -> bool:
        """The start panel shows a routine that can be played."""
        player = self.player
        if player is None or player.active or player.routine is None:
            return False
        stack = getattr(player, "stack", None)
        on_start_panel = stack is None or stack.currentWidget() is player.start_panel
        return on_start_panel and bool(player.start_panel.choices())

    def waits_for_done(self) -> bool:
        """A max hold is counting up: it ends when the user says "done"."""
        from barretimer.core.engine import State

        current = self.current
        return (
            self.state in (State.RUNNING, State.PAUSED)
            and current is not None
            and current.is_work
            and current.open_ended
        )

    # --- what the remote asks -----------------------------------------------------------------

    def play(self) -> None:
        """Start the routine on the start panel (at its first offer), or go on after a pause."""
        from barretimer.core.engine import State

        player = self.player
        if player is None:
            return
        if self.state is State.PAUSED and player.host is not None:
            player.host.resume()
        elif self.ready_to_start():
            player.play(player.start_panel.choices()[0].scale)

    def pause(self) -> None:
        from barretimer.core.engine import State

        host = self.player.host if self.player is not None else None
        if host is not None and self.state is State.RUNNING:
            host.pause()

    def play_pause(self) -> None:
        from barretimer.core.engine import State

        if self.state is State.RUNNING:
            self.pause()
        else:
            self.play()

    def next(self) -> None:
        """Skip; for a max hold, "done" (the hold counts as done, not skipped)."""
        if self.player is None:
            return
        if self.waits_for_done():
            self.player.done()
        else:
            self.player.skip()

    def previous(self) -> None:
        if self.player is not None:
            self.player.back()

    def stop(self) -> None:
        """As the window's Stop, without asking: recorded as stopped."""
        if self.player is not None:
            self.player.stop_now()

    def bring_forward(self) -> None:
        bring_forward(self.window)

    def out_of_sight(self) -> bool:
        """The window is minimised, hidden or not on the screen (another workspace)."""
        window = self.window
        handle = window.windowHandle()
        return (
            not window.isVisible()
            or window.isMinimized()
            or handle is None
            or not handle.isExposed()
        )


def bring_forward(window: QWidget) -> None:
    """Show ``window`` in front (the desktop may still decline to give it the focus)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
