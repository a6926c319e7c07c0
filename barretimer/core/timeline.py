"""A routine compiled into a flat list of timed intervals, each with the cues said in it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from barretimer.core.model import (
    SCALED_KINDS,
    Block,
    Defaults,
    Item,
    Kind,
    Routine,
    SideMeans,
    Sides,
    Step,
)
from barretimer.core.phrases import ENGLISH, Phrases
from barretimer.core.problems import StepPath


class Role(str, enum.Enum):
    LEAD_IN = "lead_in"
    WORK = "work"
    REST = "rest"
    SWITCH = "switch"


class Side(str, enum.Enum):
    LEFT = "left"
    RIGHT = "right"


class CueKind(str, enum.Enum):
    LEAD_IN = "lead_in"  # "Get ready. First up: ..."
    STEP_START = "step_start"  # name and cue of the step
    CUE = "cue"  # a timed cue from the routine
    HALFWAY = "halfway"
    SWITCH_SIDES = "switch_sides"
    TEN_SECONDS = "ten_seconds"
    COUNTDOWN = "countdown"  # "3", "2", "1"
    REST = "rest"  # "Rest. Next up: ..."


@dataclass(frozen=True)
class CueEvent:
    kind: CueKind
    text: str
    offset_s: float  # from the interval's start, or (when from_end) from its end, negative
    from_end: bool = False


HALFWAY_MIN_S = 30.0
TEN_SECONDS_MIN_S = 20.0
#: A generated cue is left out when a routine's own cue is this close to it.
CROWDED_S = 3.0


@dataclass(frozen=True)
class Interval:
    index: int
    role: Role
    name: str  # what the screen shows as the exercise: a step's name, "Rest", "Get ready"
    kind: Kind
    start_s: float  # planned start in routine seconds
    duration_s: float  # planned length (a max step: its cap, or the nominal length)
    side: Side | None = None
    open_ended: bool = False  # a max step: counts up until "done" or its cap
    cue: str = ""
    muscles: tuple[str, ...] = ()
    step_path: StepPath | None = None  # the step in the routine this interval plays
    round_label: str = ""  # "Round 2 of 3" inside a repeat block
    next_name: str = ""  # the next work interval's name, for "next up"
    events: tuple[CueEvent, ...] = ()
    cap_s: float | None = None  # a max step's own cap
    side_means: SideMeans | None = None  # on a side: the leg stood on, or the one working
    #: A work interval's exercise as the history records it (``Step.history_name``).
    history_name: str = ""

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s

    @property
    def is_work(self) -> bool:
        return self.role is Role.WORK


@dataclass(frozen=True)
class Timeline:
    routine_name: str
    intervals: tuple[Interval, ...]
    scale: float = 1.0
    countdown: int = 3
    phrasebook: Phrases = ENGLISH  # what the engine says at the end and when the user acts
    history_name: str = ""  # the name the session is recorded under (Routine.history_name)

    @property
    def total_s(self) -> float:
        return self.intervals[-1].end_s if self.intervals else 0.0

    @property
    def work_intervals(self) -> tuple[Interval, ...]:
        return tuple(i for i in self.intervals if i.is_work)

    def phrases(self) -> list[str]:
        """Every phrase the timeline can say, once each, in order (for pre-rendering)."""
        seen: dict[str, None] = {}
        for interval in self.intervals:
            for event in interval.events:
                seen.setdefault(event.text, None)
        return list(seen)


@dataclass
class _Play:
    step: Step
    path: StepPath
    round_label: str
    boundary: Block | None = None  # set when a repetition of this block ends after this play


def _plays(
    items: tuple[Item, ...], parent: StepPath, round_label: str, out: list[_Play], said: Phrases
) -> None:
    for index, item in enumerate(items):
        path = (*parent, index)
        if isinstance(item, Block):
            for repetition in range(item.repeat):
                label = (
                    said.round_label.format(current=repetition + 1, total=item.repeat)
                    if item.repeat > 1
                    else round_label
                )
                before = len(out)
                _plays(item.steps, path, label, out, said)
                if repetition < item.repeat - 1 and len(out) > before:
                    out[-1].boundary = item
        else:
            out.append(_Play(item, path, round_label))


def _rest_between(current: _Play, following: _Play, default: float) -> float:
    if current.step.kind is Kind.REST or following.step.kind is Kind.REST:
        return 0.0
    if current.boundary is not None and current.boundary.rest is not None:
        return current.boundary.rest
    if current.step.rest is not None:
        return current.step.rest
    return default


#: A move set grows with the progression scale up to this long (a set written longer is not
#: stretched): past a minute and a half of repeats, form fades before strength grows.
MOVE_SET_MAX_S = 90.0


def scaled_duration(step: Step, scale: float) -> float | None:
    if step.duration is None or step.kind not in SCALED_KINDS or scale == 1.0:
        return step.duration
    stretched = round(step.duration * scale, 1)
    if step.kind is Kind.MOVE and stretched > step.duration:
        return max(step.duration, min(stretched, MOVE_SET_MAX_S))
    return stretched


def compile_timeline(
    routine: Routine,
    scale: float = 1.0,
    start_at: StepPath | None = None,
    phrases: Phrases = ENGLISH,
) -> Timeline:
    """The routine's intervals in order. ``start_at`` begins at that step (for "try it");
    ``phrases``: the language of what the voice adds (the routine's own words are as given)."""
    said = phrases
    plays: list[_Play] = []
    _plays(routine.steps, (), "", plays, said)
    if start_at is not None:
        first = next((i for i, p in enumerate(plays) if p.path[: len(start_at)] == start_at), 0)
        plays = plays[first:]
    drafts, sources = _drafts(plays, routine.defaults, scale, said)
    intervals = _placed(drafts, sources, routine.defaults.countdown, said)
    return Timeline(
        routine.name, intervals, scale, routine.defaults.countdown, said, routine.history_name
    )


def planned_total_s(routine: Routine, scale: float = 1.0) -> float:
    """How long the routine plays: ``compile_timeline(routine, scale).total_s`` without placing
    the intervals or writing their cues, a tenth of the work (the editor's summary of a
    routine of thousands of steps, on every change)."""
    plays: list[_Play] = []
    _plays(routine.steps, (), "", plays, ENGLISH)  # durations only: the words do not matter
    drafts, _sources = _drafts(plays, routine.defaults, scale, ENGLISH)
    return sum(draft.duration_s for draft in drafts)


def _drafts(
    plays: list[_Play], defaults: Defaults, scale: float, said: Phrases
) -> tuple[list[Interval], list[Step | None]]:
    """The intervals in order, not yet placed in time, each with the step it plays (None for
    the lead-in, rests and switches)."""
    drafts: list[Interval] = []
    sources: list[Step | None] = []

    def add(interval: Interval, source: Step | None = None) -> None:
        drafts.append(interval)
        sources.append(source)

    if defaults.lead_in > 0 and plays:
        add(Interval(0, Role.LEAD_IN, said.get_ready_name, Kind.REST, 0.0, defaults.lead_in))
    for number, play in enumerate(plays):
        step = play.step
        duration = scaled_duration(step, scale)
        length = step.cap if duration is None and step.cap else duration
        length = length if length is not None else step.planned_s
        common = dict(
            kind=step.kind,
            duration_s=length,
            open_ended=step.is_max,
            cap_s=step.cap,
            cue=step.cue,
            muscles=step.muscles,
            step_path=play.path,
            round_label=play.round_label,
            history_name=step.history_name,
        )
        if step.sides is Sides.LEFT_RIGHT:
            common["side_means"] = step.side_means
            add(Interval(0, Role.WORK, step.exercise, start_s=0.0, side=Side.LEFT, **common), step)  # type: ignore[arg-type]
            if defaults.switch > 0:
                add(Interval(0, Role.SWITCH, said.switch_name, Kind.REST, 0.0, defaults.switch))
            add(Interval(0, Role.WORK, step.exercise, start_s=0.0, side=Side.RIGHT, **common), step)  # type: ignore[arg-type]
        else:
            add(Interval(0, Role.WORK, step.exercise, start_s=0.0, **common), step)  # type: ignore[arg-type]
        if number + 1 < len(plays):
            rest = _rest_between(play, plays[number + 1], defaults.rest)
            if rest > 0:
                add(Interval(0, Role.REST, said.rest_name, Kind.REST, 0.0, rest))
    return drafts, sources


def _placed(
    drafts: list[Interval], sources: list[Step | None], countdown: int, said: Phrases
) -> tuple[Interval, ...]:
    """The drafts numbered, placed one after the other, each knowing what work comes next,
    with their cue events."""
    # The next work interval after each position, found in one backwards pass.
    next_work: list[Interval | None] = [None] * len(drafts)
    following: Interval | None = None
    for index in range(len(drafts) - 1, -1, -1):
        next_work[index] = following
        if drafts[index].is_work:
            following = drafts[index]
    intervals: list[Interval] = []
    start = 0.0
    for index, (draft, source) in enumerate(zip(drafts, sources, strict=True)):
        upcoming = next_work[index]
        interval = replace(
            draft,
            index=index,
            start_s=start,
            next_name=_describe(upcoming, said) if upcoming else "",
        )
        interval = replace(interval, events=_events(interval, source, countdown, said))
        intervals.append(interval)
        start += interval.duration_s
    return tuple(intervals)


def _describe(interval: Interval, said: Phrases) -> str:
    if interval.side is Side.LEFT:
        return said.left_side.format(name=interval.name)
    if interval.side is Side.RIGHT:
        return said.right_side.format(name=interval.name)
    return interval.name


def _then(first: str, second: str, name: str) -> str:
    """``first``, then ``second`` about ``name`` when there is one ("Rest. Next up: ...")."""
    return f"{first} {second.format(name=name)}" if name else first


def _events(
    interval: Interval, step: Step | None, countdown: int, said: Phrases
) -> tuple[CueEvent, ...]:
    events: list[CueEvent] = []
    length = interval.duration_s
    if interval.role is Role.LEAD_IN:
        text = _then(said.get_ready, said.first_up, interval.next_name)
        events.append(CueEvent(CueKind.LEAD_IN, text, 0.0))
    elif interval.role is Role.REST:
        text = _then(said.rest, said.next_up, interval.next_name)
        events.append(CueEvent(CueKind.REST, text, 0.0))
    elif interval.role is Role.SWITCH:
        events.append(CueEvent(CueKind.SWITCH_SIDES, said.switch_sides, 0.0))
    elif step is not None:
        # The right side follows "switch sides": its name and cue were just said.
        if interval.side is Side.RIGHT:
            text = said.right_side_start
        else:
            text = said.step_start.format(name=_describe(interval, said), cue=step.cue).strip()
        events.append(CueEvent(CueKind.STEP_START, text, 0.0))
        own_times = []
        # A hold played at a scale keeps its cues where they were in it: at 50% a cue written
        # at 40 s of an 60 s hold is said at 20 s of the 30 s one, never dropped.
        stretch = length / step.duration if step.duration and not interval.open_ended else 1.0
        for cue in step.cues:
            offset = cue.at if stretch == 1.0 else round(cue.at * stretch, 1)
            at = offset if offset >= 0 else length + offset
            if 0 <= at < length:
                events.append(CueEvent(CueKind.CUE, cue.say, offset, offset < 0))
                own_times.append(at)

        def free(at: float) -> bool:
            return all(abs(at - t) >= CROWDED_S for t in own_times)

        if not interval.open_ended:
            if (
                interval.kind in (Kind.HOLD, Kind.BALANCE)
                and length >= HALFWAY_MIN_S
                and free(length / 2)
            ):
                events.append(CueEvent(CueKind.HALFWAY, said.halfway, length / 2))
            if length >= TEN_SECONDS_MIN_S and free(length - 10):
                events.append(CueEvent(CueKind.TEN_SECONDS, said.ten_seconds, -10.0, True))
    if not interval.open_ended and countdown > 0 and length >= countdown + 1:
        for number in range(countdown, 0, -1):
            events.append(CueEvent(CueKind.COUNTDOWN, said.number(number), -float(number), True))
    return tuple(
        sorted(events, key=lambda e: e.offset_s if not e.from_end else length + e.offset_s)
    )
