"""The user's playback settings applied on the UI side, without touching the core.

Countdown length and lead-in replace the routine's defaults before it is compiled (the
timeline then holds exactly the cues that will be said). "Next up" and "halfway" are spoken
extras: they are filtered from the events the speech bridge receives (the screen still shows
what comes next).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from barretimer.core.engine import Event, EventKind
from barretimer.core.model import Routine
from barretimer.core.timeline import CueEvent, CueKind, Timeline


@dataclass(frozen=True)
class PlaybackOptions:
    countdown: int | None = None  # seconds of 3-2-1; None: as the routine says
    lead_in: float | None = None  # seconds of "get ready"; None: as the routine says
    next_up: bool = True  # say what comes next in rests and the lead-in
    halfway: bool = True  # say "halfway"


def apply_to_routine(routine: Routine, options: PlaybackOptions) -> Routine:
    defaults = routine.defaults
    if options.countdown is not None:
        defaults = replace(defaults, countdown=int(options.countdown))
    if options.lead_in is not None:
        defaults = replace(defaults, lead_in=float(options.lead_in))
    return routine if defaults == routine.defaults else replace(routine, defaults=defaults)


def _first_sentence(text: str) -> str:
    head, dot, _rest = text.partition(". ")
    return head + "." if dot else text


_NEXT_UP_KINDS = {CueKind.REST.value, CueKind.LEAD_IN.value}


def spoken_text(kind: str, text: str, options: PlaybackOptions) -> str | None:
    """What is said for a cue of ``kind`` (a CueKind value), or None when it is left out."""
    if kind == CueKind.HALFWAY.value and not options.halfway:
        return None
    if kind in _NEXT_UP_KINDS and not options.next_up:
        return _first_sentence(text)
    return text


def filter_event(event: Event, options: PlaybackOptions) -> Event | None:
    """The event as the speech bridge should see it, or None to keep it quiet."""
    if not event.kind.spoken or event.kind is EventKind.FINISHED:
        return event
    text = spoken_text(event.kind.value, event.text, options)
    if text is None:
        return None
    return event if text == event.text else replace(event, text=text)


def phrases(timeline: Timeline, options: PlaybackOptions) -> list[str]:
    """The phrases to pre-render: the timeline's, as the options will have them said."""
    seen: dict[str, None] = {}
    for interval in timeline.intervals:
        for cue in interval.events:
            text = _cue_text(cue, options)
            if text:
                seen.setdefault(text, None)
    return list(seen)


def _cue_text(cue: CueEvent, options: PlaybackOptions) -> str | None:
    return spoken_text(cue.kind.value, cue.text, options)
