"""A routine's timeline rolled back into steps and repeats: what a watch or another timer plays.
Exporters write this plan; it is worked out from the compiled timeline, so it plays as the
player would."""

from __future__ import annotations

from dataclasses import dataclass, field

from barretimer.core.model import Block, Item, Kind, Routine, Step
from barretimer.core.problems import StepPath
from barretimer.core.timeline import Interval, Role, Side, compile_timeline
from barretimer.formats.common import with_side

WARMUP = "warmup"
ACTIVE = "active"
REST = "rest"
COOLDOWN = "cooldown"


@dataclass(frozen=True)
class PlanStep:
    """One interval as another timer or a watch plays it."""

    name: str
    seconds: float  # the planned length (an open step: its cap or the nominal length)
    intensity: str  # WARMUP, ACTIVE, REST or COOLDOWN
    open_ended: bool = False  # a max hold: goes on until the user moves on
    notes: str = ""
    side: Side | None = None

    @property
    def is_rest(self) -> bool:
        return self.intensity == REST


@dataclass(frozen=True)
class PlanRepeat:
    """``body`` played ``count`` times; with ``skip_last_rest`` the last round ends before the
    rest that closes ``body``."""

    count: int
    body: tuple[PlanNode, ...]
    name: str = ""
    skip_last_rest: bool = False


PlanNode = PlanStep | PlanRepeat


def _intensity_for(step: Step, groups: tuple[str, ...]) -> str:
    if step.kind is Kind.REST:
        return REST
    for group in reversed(groups):
        lowered = group.lower()
        if "warm" in lowered and "down" not in lowered:
            return WARMUP
        if "cool" in lowered or "warm-down" in lowered or "warmdown" in lowered:
            return COOLDOWN
    return ACTIVE


@dataclass
class _Unit:
    """One play of a step: its work interval(s) and what follows until the next play."""

    path: StepPath
    rounds: dict[StepPath, int]
    nodes: list[PlanStep] = field(default_factory=list)


def _plays(
    items: tuple[Item, ...],
    parent: StepPath,
    rounds: dict[StepPath, int],
    groups: tuple[str, ...],
    out: list[tuple[StepPath, dict[StepPath, int], Step, tuple[str, ...]]],
) -> None:
    for index, item in enumerate(items):
        path = (*parent, index)
        if isinstance(item, Block):
            for repetition in range(item.repeat):
                _plays(
                    item.steps,
                    path,
                    {**rounds, path: repetition},
                    (*groups, item.name) if item.name else groups,
                    out,
                )
        else:
            out.append((path, rounds, item, groups))


def _node(interval: Interval, intensity: str) -> PlanStep:
    if interval.role is Role.WORK:
        return PlanStep(
            with_side(interval.name, interval.side),
            interval.duration_s,
            intensity,
            open_ended=interval.open_ended,
            notes=interval.cue,
            side=interval.side,
        )
    return PlanStep(interval.name, interval.duration_s, REST)


def plan(routine: Routine, scale: float = 1.0) -> tuple[PlanNode, ...]:
    """The routine's timeline rolled back into steps and repeats.

    Expanded again, the plan plays exactly the routine's intervals (lead-in, rests, switches
    included) at ``scale``: what a watch counts adds up to barretimer's planned time.
    """
    timeline = compile_timeline(routine, scale)
    plays: list[tuple[StepPath, dict[StepPath, int], Step, tuple[str, ...]]] = []
    _plays(routine.steps, (), {}, (), plays)
    lead: list[PlanNode] = []
    units: list[_Unit] = []
    next_play = 0
    intensity = ACTIVE
    for interval in timeline.intervals:
        if interval.role is Role.LEAD_IN:
            lead.append(PlanStep(interval.name, interval.duration_s, REST))
            continue
        if interval.role is Role.WORK and interval.side is not Side.RIGHT:
            path, rounds, step, groups = plays[next_play]
            next_play += 1
            if interval.step_path != path:  # the timeline and this walk must agree
                raise AssertionError(f"play order differs at {path} and {interval.step_path}")
            intensity = _intensity_for(step, groups)
            units.append(_Unit(path, rounds))
        units[-1].nodes.append(_node(interval, intensity))
    return (*lead, *_roll(routine.steps, (), units))


def _roll(items: tuple[Item, ...], parent: StepPath, units: list[_Unit]) -> list[PlanNode]:
    out: list[PlanNode] = []
    position = 0
    for index, item in enumerate(items):
        path = (*parent, index)
        end = position
        while end < len(units) and units[end].path[: len(path)] == path:
            end += 1
        mine = units[position:end]
        position = end
        if isinstance(item, Block):
            segments = [
                _roll(item.steps, path, [u for u in mine if u.rounds[path] == repetition])
                for repetition in range(item.repeat)
            ]
            out.extend(_compress(segments, item.name))
        else:
            for unit in mine:
                out.extend(unit.nodes)
    return out


def _compress(segments: list[list[PlanNode]], name: str) -> list[PlanNode]:
    first, last = segments[0], segments[-1]
    count = len(segments)
    if count == 1:
        return [PlanRepeat(1, tuple(first), name)]
    if any(segment != first for segment in segments[:-1]):
        return [PlanRepeat(1, tuple(segment), name) for segment in segments]
    if last == first:
        return [PlanRepeat(count, tuple(first), name)]
    closing = first[-1] if first else None
    if isinstance(closing, PlanStep) and closing.is_rest and last[: len(first) - 1] == first[:-1]:
        return [PlanRepeat(count, tuple(first), name, skip_last_rest=True), *last[len(first) - 1 :]]
    if last[: len(first)] == first:
        return [PlanRepeat(count, tuple(first), name), *last[len(first) :]]
    return [PlanRepeat(count - 1, tuple(first), name), PlanRepeat(1, tuple(last), name)]


def expand(nodes: tuple[PlanNode, ...] | list[PlanNode]) -> list[PlanStep]:
    """Every step of a plan in playing order (repeats unrolled)."""
    out: list[PlanStep] = []
    for node in nodes:
        if isinstance(node, PlanStep):
            out.append(node)
            continue
        body = expand(node.body)
        for repetition in range(node.count):
            last = repetition == node.count - 1
            out.extend(body[:-1] if last and node.skip_last_rest else body)
    return out


def without_skip(nodes: tuple[PlanNode, ...] | list[PlanNode]) -> list[PlanNode]:
    """The plan with every ``skip_last_rest`` repeat written out (for formats without it):
    the rounds but the last, then the last round on its own."""
    out: list[PlanNode] = []
    for node in nodes:
        if isinstance(node, PlanStep):
            out.append(node)
            continue
        body = tuple(without_skip(node.body))
        if not node.skip_last_rest:
            out.append(PlanRepeat(node.count, body, node.name))
            continue
        if node.count > 1:
            out.append(PlanRepeat(node.count - 1, body, node.name))
        out.append(PlanRepeat(1, body[:-1], node.name))
    return out


def plan_total(nodes: tuple[PlanNode, ...] | list[PlanNode]) -> float:
    return sum(step.seconds for step in expand(nodes))
