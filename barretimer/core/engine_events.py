"""What the engine tells its listeners: the kinds of event, the event itself, the play states.

Apart from the engine so that a listener (the window, the speech, the recorder, the terminal)
can read events without the engine's scheduling.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from barretimer.core.timeline import CueKind, Interval, Side


class EventKind(str, enum.Enum):
    STARTED = "started"
    INTERVAL_STARTED = "interval_started"
    INTERVAL_ENDED = "interval_ended"
    # spoken cues, one per CueKind
    LEAD_IN = "lead_in"
    STEP_START = "step_start"
    CUE = "cue"
    HALFWAY = "halfway"
    SWITCH_SIDES = "switch_sides"
    TEN_SECONDS = "ten_seconds"
    COUNTDOWN = "countdown"
    REST = "rest"
    # what the user did, and the end
    PAUSED = "paused"
    RESUMED = "resumed"
    SUSPENDED = "suspended"
    SKIPPED = "skipped"
    WENT_BACK = "went_back"
    EXTENDED = "extended"
    TOUCHDOWN = "touchdown"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def spoken(self) -> bool:
        return self.value in _SPOKEN


_SPOKEN = {kind.value for kind in CueKind} | {"finished"}


class State(str, enum.Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    text: str
    planned_s: float  # when it was due, in routine seconds from the start (pauses excluded)
    actual_s: float  # when it was delivered, same scale
    interval: Interval | None = None
    window_s: float | None = None  # seconds from planned_s to the next cue or boundary
    done_s: float = 0.0  # INTERVAL_ENDED: seconds the interval ran
    skipped: bool = False  # INTERVAL_ENDED: cut short by skip or stop
    touchdowns: int = 0  # INTERVAL_ENDED: touchdowns counted in it
    side: Side | None = None  # TOUCHDOWN


Listener = Callable[[Event], None]
