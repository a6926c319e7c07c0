"""What every format shares: the import result, reading a foreign file safely, JSON with places,
and the routine's plan rolled back into steps and repeats (what a watch or another timer plays).
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from barretimer.core.loader import load_routine_text
from barretimer.core.model import Block, Item, Kind, Routine, Step
from barretimer.core.problems import Problem, StepPath
from barretimer.core.text import one_line
from barretimer.core.timeline import Interval, Role, Side, compile_timeline
from barretimer.core.validate import validate_routine
from barretimer.core.writer import routine_to_yaml
from barretimer.core.yamlsrc import MAX_DEPTH, MAX_FILE_BYTES, YamlSourceError, decode

#: Imported routines and exports use the same scale limits as ``barretimer play --scale``.


class FormatError(Exception):
    """A file that cannot be imported or a routine that cannot be exported, with where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(str(problems[0]) if problems else "cannot read the file")
        self.problems = problems

    @classmethod
    def at(cls, file: str, line: int, column: int, message: str) -> FormatError:
        return cls([Problem(file, line, column, one_line(message))])


@dataclass(frozen=True)
class Imported:
    """One routine read from another app's file, with what could not be carried over."""

    routine: Routine
    notes: tuple[str, ...] = ()
    source_format: str = ""


# --- reading files ----------------------------------------------------------------------------


def read_foreign(path: Path, display: str | None = None) -> str:
    """The text of another app's file, refused when too big, binary or not UTF-8."""
    name = display or str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise FormatError.at(
                name,
                0,
                0,
                f"file is {size / 1048576:.1f} MiB; files to import are limited to 1 MiB",
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise FormatError.at(name, 0, 0, "is a folder, not a file to import") from None
    except FileNotFoundError:
        raise FormatError.at(name, 0, 0, "no such file") from None
    except PermissionError:
        raise FormatError.at(name, 0, 0, "cannot be read: permission denied") from None
    except OSError as error:
        raise FormatError.at(name, 0, 0, f"cannot be read: {error.strerror or error}") from None
    return decode_foreign(data, name)


def decode_foreign(data: bytes, name: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise FormatError.at(name, 0, 0, "file is over 1 MiB; files to import are limited to 1 MiB")
    if b"\x00" in data:
        raise FormatError.at(name, 0, 0, "is a binary file, not a workout in a text format")
    try:
        return decode(data, name)
    except YamlSourceError as error:
        raise FormatError(error.problems) from None


# --- JSON with places -------------------------------------------------------------------------


class JMap(dict[str, Any]):
    """A JSON object that knows where it and each of its values start (line, column); places
    are worked out only when a problem needs one."""

    __slots__ = ("_source", "_start", "_values")

    def __init__(self, pairs: Any, source: str, start: int, values: dict[str, int]) -> None:
        super().__init__(pairs)
        self._source, self._start, self._values = source, start, values

    @property
    def place(self) -> tuple[int, int]:
        return _line_column(self._source, self._start)

    def value_place(self, key: str) -> tuple[int, int]:
        index = self._values.get(key)
        return self.place if index is None else _line_column(self._source, index)


class JList(list[Any]):
    """A JSON array that knows where it and each of its items start (line, column)."""

    __slots__ = ("_items", "_source", "_start")

    def __init__(self, items: Any, source: str, start: int, starts: list[int]) -> None:
        super().__init__(items)
        self._source, self._start, self._items = source, start, starts

    @property
    def place(self) -> tuple[int, int]:
        return _line_column(self._source, self._start)

    def item_place(self, index: int) -> tuple[int, int]:
        if 0 <= index < len(self._items):
            return _line_column(self._source, self._items[index])
        return self.place


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


#: The pure-Python JSON scanner, the one whose object and array readers can be replaced (the
#: standard library's stubs leave these parts out).
_JSON_DECODER: Any = json.decoder
_JSON_SCANNER: Any = json.scanner


class _TooDeep(Exception):
    def __init__(self, index: int) -> None:
        self.index = index


def parse_json(text: str, name: str) -> Any:
    """``text`` as JSON, objects and arrays carrying their place; FormatError with line and
    column for a syntax error, nesting deeper than the routine reader allows, or a number too
    big to be a number."""
    depth = 0
    # A byte-order mark is not JSON: read it as a space, so that columns still count it.
    source = " " + text[1:] if text.startswith("\ufeff") else text

    def _constant(word: str) -> float:
        raise ValueError(word)

    def _float(literal: str) -> float:
        value = float(literal)
        return value if math.isfinite(value) else math.inf

    def _int(literal: str) -> int | float:
        # Longer numbers than any workout needs become infinity: the field's own check then
        # says where and why, and Python's digit limit never turns into an odd message.
        return int(literal) if len(literal) <= 20 else math.inf

    decoder: Any = json.JSONDecoder(parse_constant=_constant, parse_float=_float, parse_int=_int)

    last_value = 0  # where the value being read starts: the place of NaN or Infinity

    def recording(scan_once: Any, starts: list[int]) -> Any:
        def scan(string: str, index: int) -> Any:
            nonlocal last_value
            last_value = index
            starts.append(index)
            return scan_once(string, index)

        return scan

    def enter(start: int) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _TooDeep(start)

    def parse_object(
        s_and_end: tuple[str, int], strict: bool, scan_once: Any, *hooks: Any
    ) -> tuple[JMap, int]:
        nonlocal depth
        start = s_and_end[1] - 1
        enter(start)
        starts: list[int] = []
        pairs, end = _JSON_DECODER.JSONObject(
            s_and_end, strict, recording(scan_once, starts), *hooks
        )
        depth -= 1
        values = {key: index for (key, _), index in zip(pairs, starts, strict=True)}
        return JMap(pairs, source, start, values), end

    def parse_array(s_and_end: tuple[str, int], scan_once: Any) -> tuple[JList, int]:
        nonlocal depth
        start = s_and_end[1] - 1
        enter(start)
        starts: list[int] = []
        items, end = _JSON_DECODER.JSONArray(s_and_end, recording(scan_once, starts))
        depth -= 1
        return JList(items, source, start, starts), end

    decoder.parse_object = parse_object
    decoder.parse_array = parse_array
    decoder.object_pairs_hook = list  # JMap takes the pairs
    decoder.scan_once = _JSON_SCANNER.py_make_scanner(decoder)
    try:
        return decoder.decode(source)
    except _TooDeep as deep:
        line, column = _line_column(text, deep.index)
        raise FormatError.at(
            name, line, column, f"nesting deeper than {MAX_DEPTH} levels is not a workout"
        ) from None
    except json.JSONDecodeError as error:
        raise FormatError.at(name, error.lineno, error.colno, f"JSON syntax: {error.msg}") from None
    except ValueError as error:  # NaN, Infinity
        line, column = _line_column(text, last_value)
        raise FormatError.at(name, line, column, f"{error} is not a number") from None
    except RecursionError:
        raise FormatError.at(name, 0, 0, "nesting is too deep to be a workout") from None


def place_of(value: Any, key: str | int | None = None) -> tuple[int, int]:
    """Where ``value`` starts, or where its item or member ``key`` does; (0, 0) if unknown."""
    if isinstance(value, JMap) and isinstance(key, str):
        return value.value_place(key)
    if isinstance(value, JList) and isinstance(key, int):
        return value.item_place(key)
    return getattr(value, "place", (0, 0))


# --- checking values --------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def clean_text(value: str) -> tuple[str, bool]:
    """``value`` with control characters turned into spaces; True when any were found."""
    cleaned = _CONTROL.sub(" ", value).strip()
    return cleaned, cleaned != value.strip()


def step_name(text: str) -> tuple[str, bool]:
    """A name for a step of its own that the routine reader will not take for a catalog id
    (those are lower case with hyphens, such as "wall-sit"); True when it had to change."""
    if not text or " " in text or "-" not in text or text != text.lower():
        return text, False
    changed = text[0].upper() + text[1:]
    if changed == changed.lower():  # no letter to capitalise first: words instead
        changed = text.replace("-", " ")
    return changed, True


ID_LIKE_NOTE = (
    "names written like barretimer's catalog ids (lower case with hyphens) now start with a "
    "capital letter, so that they stay names of their own"
)


def checked_routine(routine: Routine, name: str) -> Routine:
    """The routine when barretimer can save and play it; else FormatError saying why."""
    issues = validate_routine(routine)
    if issues:
        raise FormatError(
            [
                Problem(
                    name,
                    0,
                    0,
                    one_line(f"the workout cannot become a routine: {issues[0].message}"),
                )
            ]
        )
    loaded = load_routine_text(routine_to_yaml(routine), name)
    if not loaded.ok:
        first = loaded.problems[0].message if loaded.problems else "it does not load back"
        raise FormatError(
            [Problem(name, 0, 0, one_line(f"the workout cannot become a routine: {first}"))]
        )
    assert loaded.routine is not None
    return loaded.routine


# --- the plan: a routine as steps and repeats -------------------------------------------------

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


def with_side(name: str, side: Side | None) -> str:
    if side is Side.LEFT:
        return f"{name} left"
    if side is Side.RIGHT:
        return f"{name} right"
    return name


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


# --- text in fixed-size fields ----------------------------------------------------------------


def fit_bytes(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, never inside a character."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", "ignore").rstrip()


#: Little words a shortened name can lose first.
_FILLERS = frozenset({"a", "an", "and", "at", "in", "of", "on", "the", "to", "with"})


def shorten(text: str, limit: int) -> str:
    """A name that fits ``limit`` bytes and still reads as the name: long words are
    abbreviated (first three letters and a dot), the last word last, before anything is cut;
    little words inside go first."""
    if len(text.encode("utf-8")) <= limit:
        return text
    words = text.split()
    if len(words) < 2:
        return fit_bytes(text, limit)  # one word: an abbreviation would say less than its start
    if len(words) > 2:
        kept = [w for w in words[1:-1] if w.lower() not in _FILLERS]
        words = [words[0], *kept, words[-1]]
        if len(" ".join(words).encode("utf-8")) <= limit:
            return " ".join(words)
    order = [*sorted(range(len(words) - 1), key=lambda i: -len(words[i])), len(words) - 1]
    for index in order:
        word = words[index]
        if len(word) > 4 and not word.endswith("."):
            words[index] = word[:3] + "."
            candidate = " ".join(words)
            if len(candidate.encode("utf-8")) <= limit:
                return candidate
    return fit_bytes(" ".join(words), limit)


def with_side_short(name: str, side: Side | None, limit: int) -> str:
    """A step name with its side that fits ``limit`` bytes: "Clamshell left", or when that is
    too long the name shortened with "L" or "R"."""
    full = with_side(name, side)
    if side is None or len(full.encode("utf-8")) <= limit:
        return shorten(full, limit)
    mark = " L" if side is Side.LEFT else " R"
    return shorten(name, limit - len(mark)) + mark


def slug(text: str) -> str:
    """A file name made of the routine's name: lower case, words joined by hyphens."""
    words = re.findall(r"[^\W_]+", text.lower())
    return "-".join(words)[:60].strip("-") or "imported"
