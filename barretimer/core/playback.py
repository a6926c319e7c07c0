"""The user's playback settings applied on the UI side, without touching the core.

Countdown length and lead-in replace the routine's defaults before it is compiled (the
timeline then holds exactly the cues that will be said). "Next up" and "halfway" are spoken
extras: they are filtered from the events the speech bridge receives (the screen still shows
what comes next).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from barretimer.core.engine import Event, EventKind
from barretimer.core.model import Catalog, Exercise, Item, Routine, iter_steps
from barretimer.core.poses import step_exercise_id
from barretimer.core.timeline import CueEvent, CueKind, Timeline


@dataclass(frozen=True)
class PlaybackOptions:
    countdown: int | None = None  # seconds of 3-2-1; None: as the routine says
    lead_in: float | None = None  # seconds of "get ready"; None: as the routine says
    next_up: bool = True  # say what comes next in rests and the lead-in
    halfway: bool = True  # say "halfway"
    describe_new: bool = True  # say a new exercise's description in the rest before it
    reduced_motion: bool = False  # the figure stays still


def apply_to_routine(routine: Routine, options: PlaybackOptions) -> Routine:
    defaults = routine.defaults
    if options.countdown is not None:
        defaults = replace(defaults, countdown=int(options.countdown))
    if options.lead_in is not None:
        defaults = replace(defaults, lead_in=float(options.lead_in))
    return routine if defaults == routine.defaults else replace(routine, defaults=defaults)


#: Speech is planned at this pace when the voice's own rate is not known (words a minute).
PLANNING_WORDS_PER_MINUTE = 160
#: Kept free at the end of a rest for the countdown and a breath (seconds).
REST_MARGIN_S = 1.0


def spoken_seconds(text: str, words_per_minute: int = PLANNING_WORDS_PER_MINUTE) -> float:
    """About how long ``text`` takes to say, with a short pause per sentence."""
    words = len(text.split())
    sentences = text.count(".") + text.count("!") + text.count("?")
    return words * 60.0 / max(40, words_per_minute) + 0.4 * sentences


def with_descriptions(
    timeline: Timeline,
    descriptions: Mapping[int, str],
    words_per_minute: int = PLANNING_WORDS_PER_MINUTE,
) -> Timeline:
    """``timeline`` with each description (keyed by the index of the work interval it
    describes) said after "Next up" in the rest or lead-in just before that interval, when
    both fit in it before its countdown; a description that would not fit is left out."""
    intervals = list(timeline.intervals)
    for index, description in sorted(descriptions.items()):
        before = index - 1
        if not description or before < 0 or before >= len(intervals):
            continue
        gap = intervals[before]
        if gap.is_work:
            continue
        kinds = (CueKind.REST, CueKind.LEAD_IN)
        cue = next((e for e in gap.events if e.kind in kinds and not e.from_end), None)
        if cue is None:
            continue
        countdown = max((-e.offset_s for e in gap.events if e.from_end), default=0.0)
        text = f"{cue.text} {description.strip()}"
        if spoken_seconds(text, words_per_minute) > gap.duration_s - countdown - REST_MARGIN_S:
            continue
        events = tuple(replace(e, text=text) if e is cue else e for e in gap.events)
        intervals[before] = replace(gap, events=events)
    return replace(timeline, intervals=tuple(intervals))


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


def _folded(name: str) -> str:
    return " ".join(name.casefold().split())


def new_exercises(
    timeline: Timeline, steps: tuple[Item, ...], catalog: Catalog, known_names: Iterable[str]
) -> dict[int, Exercise]:
    """The catalog exercises met for the first time in ``timeline``: none of
    ``known_names`` (the exercises of past sessions) names them. Keyed by the index of the
    first work interval that plays each one."""
    known = {_folded(name) for name in known_names}
    found: dict[int, Exercise] = {}
    seen: set[str] = set()
    for interval in timeline.intervals:
        if not interval.is_work:
            continue
        exercise_id = step_exercise_id(steps, interval.step_path)
        exercise = catalog.get(exercise_id) if exercise_id else None
        if exercise is None or exercise.id in seen:
            continue
        seen.add(exercise.id)
        names = (exercise.name, exercise.history_name, interval.name, interval.history_name)
        if not any(_folded(name) in known for name in names if name):
            found[interval.index] = exercise
    return found


def equipment_needed(steps: tuple[Item, ...], catalog: Catalog) -> list[str]:
    """What a routine's catalog exercises need, each thing once, in the order first met."""
    needed: dict[str, None] = {}
    for step in iter_steps(steps):
        exercise = catalog.get(step.ref or step.exercise)
        for thing in exercise.equipment if exercise is not None else ():
            if thing != "none":
                needed.setdefault(thing, None)
    return list(needed)
