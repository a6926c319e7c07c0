"""The Qt host of the core Engine: a precise single-shot timer on the GUI thread.

The engine keeps time against deadlines on the clock it is given; the host only decides when
to look again: at the engine's next due event, or sooner to refresh the display. A late tick
therefore delays what is shown by the length of the stall and never shifts the workout.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from barretimer.core.engine import Engine, Event, State
from barretimer.ui.player.display import TENTHS_BELOW_S

#: How often the ring's arc is redrawn when nothing else on the screen changes (seconds).
#: Besides, the host looks again just after the countdown's text changes (each second, each
#: tenth in the last 10 s): every look wakes the process, so none is spent on a screen that
#: stays the same (laptops on battery). With reduced motion the arc moves only with the text.
ARC_REFRESH_S = 0.2
#: Looked at just after a change is due, never just before it (float rounding).
AFTER_CHANGE_S = 0.002


class EngineHost(QObject):
    """Drives one Engine from the GUI thread and tells the window what happened.

    ``event_happened(Event)`` carries every engine event, delivered synchronously while the
    engine runs; ``refreshed()`` asks the display to redraw. With ``reduced_motion`` the
    countdown shows whole seconds only and the host looks only when an event or the next
    second is due, so the number and the ring's arc step once a second instead of gliding.
    """

    event_happened = Signal(object)
    refreshed = Signal()

    def __init__(
        self, engine: Engine, *, reduced_motion: bool = False, parent: QObject | None = None
    ) -> None:
        """The host listens to ``engine`` after every listener added before it (see
        :mod:`barretimer.workout` for the order)."""
        super().__init__(parent)
        self.engine = engine
        self.reduced_motion = reduced_motion
        #: Whether the countdown shows tenths in its last 10 s (see ``view.countdown_text``).
        self.shows_tenths = not reduced_motion
        self.engine.add_listener(self._forward)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    def _forward(self, event: Event) -> None:
        self.event_happened.emit(event)

    @property
    def state(self) -> State:
        return self.engine.state

    @property
    def active(self) -> bool:
        return self.engine.state in (State.RUNNING, State.PAUSED)

    def next_wait_s(self) -> float | None:
        """Seconds until the host should look again, or None when the engine is not running."""
        due = self.engine.seconds_to_next()
        if due is None:
            return None
        wait = min(due, self._until_text_changes())
        return wait if self.reduced_motion else min(wait, ARC_REFRESH_S)

    def _until_text_changes(self) -> float:
        """Seconds until the countdown shows another text (see ``view.countdown_text``)."""
        current = self.engine.current
        if current is not None and current.open_ended:  # counting up in whole seconds
            elapsed = self.engine.interval_elapsed_s()
            return math.floor(elapsed) + 1 - elapsed + AFTER_CHANGE_S
        remaining = self.engine.remaining_s()
        if self.shows_tenths and remaining < TENTHS_BELOW_S:
            shown = math.floor(remaining * 10 + 1e-6) / 10
        else:
            shown = math.ceil(remaining - 1e-6) - 1.0
        return max(0.0, remaining - shown) + AFTER_CHANGE_S

    def _arm(self) -> None:
        wait = self.next_wait_s()
        if wait is None:
            self._timer.stop()
            return
        self._timer.start(max(1, math.ceil(wait * 1000)))

    def _after(self, action: Callable[[], object]) -> None:
        action()
        self._arm()
        self.refreshed.emit()

    @Slot()
    def start(self) -> None:
        self._after(self.engine.start)

    @Slot()
    def tick(self) -> None:
        self._after(self.engine.tick)

    @Slot()
    def toggle_pause(self) -> None:
        self._after(self.engine.toggle_pause)

    @Slot()
    def pause(self) -> None:
        self._after(self.engine.pause)

    @Slot()
    def resume(self) -> None:
        self._after(self.engine.resume)

    @Slot()
    def skip(self) -> None:
        self._after(self.engine.skip)

    @Slot()
    def back(self) -> None:
        self._after(self.engine.back)

    @Slot()
    def extend(self) -> None:
        self._after(self.engine.extend)

    @Slot()
    def done(self) -> None:
        self._after(self.engine.done)

    @Slot()
    def touchdown(self) -> None:
        self._after(self.engine.touchdown)

    @Slot()
    def stop(self) -> None:
        self._after(self.engine.stop)

    def timer_active(self) -> bool:
        return self._timer.isActive()

    def shutdown(self) -> None:
        """Stop looking at the clock (the engine is left as it is)."""
        self._timer.stop()
