"""How a recorded session ended: the values the history stores, and where they come from."""

from __future__ import annotations

import enum

from barretimer.core.engine import EventKind


class SessionStatus(str, enum.Enum):
    """Stored in the history as its value, in English; the window shows ``ui.labels``'s word."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"  # the app ended before the workout did; set when the store opens

    @classmethod
    def after(cls, kind: EventKind) -> SessionStatus:
        """The status a workout ends with: FINISHED is completed, anything else stopped."""
        return cls.COMPLETED if kind is EventKind.FINISHED else cls.STOPPED
