"""One routine being played: the engine and what listens to it, wired the same way for the
window and for ``barretimer play --headless``. Qt-free.

The listeners run in a fixed order at every event:

1. speech: its calls only queue work, so a boundary cue is never held up by the history
   write the recorder makes at the same boundary;
2. the recorder: an interval that the display shows as ended is already stored;
3. the display (the window's engine host, the terminal's printer), added by the caller after
   the workout is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from barretimer.core.engine import Engine, Event
from barretimer.speech.bridge import SpeechBridge

if TYPE_CHECKING:
    from barretimer.speech.api import Speaker
    from barretimer.store.recorder import SessionRecorder
    from barretimer.store.sessions import SessionStore

#: Changes or drops an event before it is spoken (the voice settings); None drops it.
CueFilter = Callable[[Event], "Event | None"]


@dataclass(frozen=True)
class RecordAs:
    """What the history keeps about the routine a workout plays."""

    routine_path: str | Path = ""
    content_hash: str = ""
    level: str = ""


class Workout:
    """Wires ``engine`` to a speaker and to the history; drive it with the engine itself."""

    def __init__(
        self,
        engine: Engine,
        *,
        speaker: Speaker | None = None,
        cue_filter: CueFilter | None = None,
        store: SessionStore | None = None,
        record_as: RecordAs | None = None,
        on_record_error: Callable[[str], None] | None = None,
    ) -> None:
        """Nothing is recorded without both a ``store`` and ``record_as`` (a try-out, or no
        history); nothing is said without a ``speaker``."""
        self.engine = engine
        self.bridge: SpeechBridge | None = None
        self.recorder: SessionRecorder | None = None
        if speaker is not None:
            self.bridge = bridge = SpeechBridge(speaker)
            if cue_filter is None:
                engine.add_listener(bridge.on_event)
            else:

                def speak(event: Event) -> None:
                    filtered = cue_filter(event)
                    if filtered is not None:
                        bridge.on_event(filtered)

                engine.add_listener(speak)
        if store is not None and record_as is not None:
            from barretimer.store.recorder import SessionRecorder  # with sqlite3: only to record

            self.recorder = SessionRecorder(
                store,
                engine,
                routine_path=record_as.routine_path,
                routine_hash=record_as.content_hash,
                level=record_as.level,
                on_error=on_record_error,
            )

    @property
    def session_id(self) -> int | None:
        """The history's id for this workout, once it has started recording."""
        return self.recorder.session_id if self.recorder is not None else None
