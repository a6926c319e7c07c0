"""Plans: routines laid out over weeks, read from YAML, followed through the history.

A plan file lists weeks; each week lists its sessions, a routine (by its id, the file name
without ``.yaml``) and, if wanted, a fixed scale (else ``progress``: the progression rule's offer).
A week may say ``repeat: N`` to stand for N weeks alike. Files are read with the same safe
loader as routines and every problem is reported as FILE:LINE:COLUMN. How far a plan has come
is in ``plan_progress.py``, its sessions in a calendar file in ``plan_calendar.py``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from barretimer.core.library import RoutineEntry
from barretimer.core.model import MAX_SCALE, MIN_SCALE
from barretimer.core.offer_reason import Reason, ReasonKind
from barretimer.core.problems import Problem, did_you_mean, quoted
from barretimer.core.progression import Suggestion
from barretimer.core.text import one_line
from barretimer.core.yaml_compose import collector_paused
from barretimer.core.yamlsrc import Mark, YamlSourceError, YList, YMap, parse, read_text

PLAN_FIELDS = ("name", "description", "weeks")
WEEK_FIELDS = ("sessions", "repeat", "note")
SESSION_FIELDS = ("routine", "scale")
PROGRESS = "progress"
MAX_WEEKS = 104
MAX_SESSIONS_PER_WEEK = 7


@dataclass(frozen=True)
class PlanSession:
    routine: str  # routine id: its file name without .yaml
    scale: float | None = None  # None: the progression rule's offer


@dataclass(frozen=True)
class PlanWeek:
    sessions: tuple[PlanSession, ...]
    note: str = ""


@dataclass(frozen=True)
class Plan:
    id: str  # the file name without .yaml
    name: str
    weeks: tuple[PlanWeek, ...]  # one per week, repeats written out
    description: str = ""

    @property
    def sessions_per_week(self) -> tuple[int, int]:
        counts = [len(w.sessions) for w in self.weeks]
        return (min(counts), max(counts)) if counts else (0, 0)

    def routine_ids(self) -> list[str]:
        return list(dict.fromkeys(s.routine for w in self.weeks for s in w.sessions))


@dataclass
class PlanLoad:
    plan: Plan | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.problems


# --- reading ----------------------------------------------------------------------------------


class _Reader:
    def __init__(self, file: str, routine_ids: Collection[str] | None) -> None:
        self.file = file
        self.routine_ids = routine_ids
        self.problems: list[Problem] = []

    def problem(self, mark: Mark | None, message: str) -> None:
        line, column = (mark.line, mark.column) if mark else (0, 0)
        self.problems.append(Problem(self.file, line, column, one_line(message)))

    def fields(self, node: YMap, allowed: tuple[str, ...], what: str) -> None:
        for key in node:
            if key not in allowed:
                hint = did_you_mean(key, allowed) or f"; the fields of {what} are: " + ", ".join(
                    allowed
                )
                self.problem(node.key_mark(key), f"unknown field {quoted(key)} in {what}{hint}")

    def text(self, node: YMap, key: str, required: bool = False) -> str:
        if key not in node:
            if required:
                self.problem(node.mark, f"{key} is missing")
            return ""
        value = node[key]
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(node.value_mark(key), f"{key} must be text, got {quoted(value)}")
            return ""
        return value.strip()


def plan_id(path: Path) -> str:
    return path.stem


def load_plan_file(path: Path, routine_ids: Collection[str] | None = None) -> PlanLoad:
    """The plan in ``path`` and every problem; ``routine_ids`` (when given) are the routines a
    session may name."""
    try:
        text = read_text(path, str(path))
    except YamlSourceError as error:
        return PlanLoad(None, error.problems)
    return load_plan_text(text, str(path), plan_id(path), routine_ids)


def load_plan_text(
    text: str, file: str, plan_key: str, routine_ids: Collection[str] | None = None
) -> PlanLoad:
    with collector_paused():
        try:
            tree = parse(text, file)
        except YamlSourceError as error:
            return PlanLoad(None, error.problems)
        reader = _Reader(file, routine_ids)
        plan = _plan(tree, plan_key, reader)
    reader.problems.sort(key=lambda p: (p.line, p.column))
    return PlanLoad(plan, reader.problems)


def is_plan_document(tree: Any) -> bool:
    return isinstance(tree, dict) and "weeks" in tree and "steps" not in tree


def _plan(tree: Any, plan_key: str, reader: _Reader) -> Plan | None:
    if not isinstance(tree, YMap):
        mark = getattr(tree, "mark", Mark(1, 1))
        found = "a list" if isinstance(tree, list) else quoted(tree)
        reader.problem(mark, f"a plan must be a mapping with name and weeks, found {found}")
        return None
    reader.fields(tree, PLAN_FIELDS, "a plan")
    name = reader.text(tree, "name", required=True)
    description = reader.text(tree, "description")
    weeks: list[PlanWeek] = []
    if "weeks" not in tree:
        reader.problem(tree.mark, "weeks is missing")
    elif not isinstance(tree["weeks"], YList) or not tree["weeks"]:
        reader.problem(
            tree.value_mark("weeks"), "weeks must be a list of weeks, each with sessions"
        )
    else:
        listed = tree["weeks"]
        for index, node in enumerate(listed):
            if not isinstance(node, YMap):
                reader.problem(
                    listed.item_mark(index),
                    f"week {index + 1} must be a mapping with sessions, got {quoted(node)}",
                )
                continue
            week, repeat = _week(node, index, reader)
            if week is not None:
                weeks.extend([week] * repeat)
        if len(weeks) > MAX_WEEKS:
            reader.problem(
                tree.value_mark("weeks"),
                f"a plan can have at most {MAX_WEEKS} weeks; this one has {len(weeks)}",
            )
            weeks = weeks[:MAX_WEEKS]
    return Plan(plan_key, name or plan_key, tuple(weeks), description)


def _week(node: YMap, index: int, reader: _Reader) -> tuple[PlanWeek | None, int]:
    reader.fields(node, WEEK_FIELDS, "a week")
    repeat = 1
    if "repeat" in node:
        value = node["repeat"]
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_WEEKS:
            repeat = value
        else:
            reader.problem(
                node.value_mark("repeat"),
                f"repeat must be a whole number of weeks from 1 to {MAX_WEEKS}, got {quoted(value)}",
            )
    note = reader.text(node, "note")
    if "sessions" not in node:
        reader.problem(node.mark, f"week {index + 1}: sessions is missing")
        return None, repeat
    listed = node["sessions"]
    if not isinstance(listed, YList) or not listed:
        reader.problem(
            node.value_mark("sessions"), "sessions must be a list of one or more routine ids"
        )
        return None, repeat
    if len(listed) > MAX_SESSIONS_PER_WEEK:
        reader.problem(
            node.value_mark("sessions"),
            f"a week can have at most {MAX_SESSIONS_PER_WEEK} sessions; this one has {len(listed)}",
        )
    sessions = []
    for number, item in enumerate(listed[:MAX_SESSIONS_PER_WEEK]):
        session = _session(item, listed.item_mark(number), reader)
        if session is not None:
            sessions.append(session)
    return PlanWeek(tuple(sessions), note), repeat


def _session(item: Any, mark: Mark, reader: _Reader) -> PlanSession | None:
    if isinstance(item, str):  # a routine id alone: "- level-pelvis"
        return _routine_ref(item, mark, reader, None)
    if not isinstance(item, YMap):
        reader.problem(mark, f"a session must be a routine id or a mapping, got {quoted(item)}")
        return None
    reader.fields(item, SESSION_FIELDS, "a session")
    scale: float | None = None
    if "scale" in item:
        value = item["scale"]
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if number and MIN_SCALE <= float(value) <= MAX_SCALE:
            scale = float(value)
        elif value != PROGRESS:
            reader.problem(
                item.value_mark("scale"),
                f'scale must be "{PROGRESS}" or a number from {MIN_SCALE} to {MAX_SCALE} '
                f"(1.1 = 110%), got {quoted(value)}",
            )
    if "routine" not in item:
        reader.problem(item.mark, "routine is missing")
        return None
    value = item["routine"]
    if not isinstance(value, str) or not value.strip():
        reader.problem(
            item.value_mark("routine"), f"routine must be a routine id, got {quoted(value)}"
        )
        return None
    return _routine_ref(value, item.value_mark("routine"), reader, scale)


def _routine_ref(text: str, mark: Mark, reader: _Reader, scale: float | None) -> PlanSession | None:
    routine = text.strip().removesuffix(".yaml")
    if reader.routine_ids is not None and routine not in reader.routine_ids:
        hint = did_you_mean(routine, reader.routine_ids)
        reader.problem(mark, f"no routine with the id {quoted(routine)}{hint}")
        return None
    return PlanSession(routine, scale)


def plan_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def routines_by_id(entries: Sequence[RoutineEntry]) -> dict[str, RoutineEntry]:
    """The playable routines by id (file name without .yaml); the user's own routine wins over
    a shipped one of the same id."""
    found: dict[str, RoutineEntry] = {}
    for entry in sorted(entries, key=lambda e: not e.shipped):
        if entry.ok and entry.result.routine is not None:
            found[entry.path.stem] = entry
    return found


def load_plans(
    shipped_dir: Path, user_dir: Path | None, routine_ids: Collection[str]
) -> list[tuple[Path, PlanLoad]]:
    """Shipped plans, then the user's, each loaded and checked against ``routine_ids``."""
    paths = plan_files(shipped_dir) + (plan_files(user_dir) if user_dir is not None else [])
    return [(path, load_plan_file(path, routine_ids)) for path in paths]


def plan_offer(session: PlanSession, rule: Suggestion, last_played: float | None) -> Suggestion:
    """The offer for a plan session: the rule's, or the plan's own scale unless the rule offers
    less (a plan never takes a runner past the progression rule)."""
    if session.scale is None:
        return rule
    ruled = rule.scale if rule.scale is not None else 1.0
    if ruled < session.scale - 1e-9:
        return rule
    played = last_played if last_played is not None else 1.0
    return Suggestion(
        session.scale,
        Reason(ReasonKind.PLAN, session.scale),
        abs(session.scale - played) > 1e-9,
    )
