"""Turns engine events into what the speaker says and beeps. Qt-free; used by CLI and window."""

from __future__ import annotations

from barretimer.core.engine import Event, EventKind
from barretimer.speech.api import Priority, Speaker

#: How much each spoken event matters when cues compete for the voice.
PRIORITY: dict[EventKind, Priority] = {
    EventKind.COUNTDOWN: Priority.HIGH,
    EventKind.SWITCH_SIDES: Priority.HIGH,
    EventKind.FINISHED: Priority.HIGH,
    EventKind.RESUMED: Priority.HIGH,
    EventKind.STEP_START: Priority.NORMAL,
    EventKind.CUE: Priority.NORMAL,
    EventKind.LEAD_IN: Priority.NORMAL,
    EventKind.REST: Priority.NORMAL,
    EventKind.HALFWAY: Priority.LOW,
    EventKind.TEN_SECONDS: Priority.LOW,
}

BEEPS: dict[EventKind, str] = {
    EventKind.STEP_START: "start",
    EventKind.SWITCH_SIDES: "start",
    EventKind.COUNTDOWN: "tick",
    EventKind.FINISHED: "end",
}

#: Events after which whatever is being said is out of date.
SILENCING = {
    EventKind.PAUSED,
    EventKind.SUSPENDED,
    EventKind.SKIPPED,
    EventKind.WENT_BACK,
    EventKind.STOPPED,
}


class SpeechBridge:
    """An engine listener. ``voice`` and ``beeps`` switch the two kinds of sound separately."""

    def __init__(self, speaker: Speaker, *, voice: bool = True, beeps: bool = True) -> None:
        self.speaker = speaker
        self.voice = voice
        self.beeps = beeps

    def on_event(self, event: Event) -> None:
        if event.kind in SILENCING:
            self.speaker.stop()
            return
        beep = BEEPS.get(event.kind)
        if beep and self.beeps:
            self.speaker.beep(beep)
        priority = PRIORITY.get(event.kind)
        if priority is not None and self.voice and event.text:
            late = max(0.0, event.actual_s - event.planned_s)
            self.speaker.say(event.text, priority, event.window_s, late_s=late)
