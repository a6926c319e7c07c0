"""Plans: routines laid out over weeks, read from YAML, followed through the history.

A plan file lists weeks; each week lists its sessions, a routine (by its id, the file name
without ``.yaml``) and, if wanted, a fixed scale (else ``progress``: the progression rule's offer).
A week may say ``repeat: N`` to stand for N weeks alike. Files are read with the same safe
loader as routines and every problem is reported as FILE:LINE:COLUMN.

How far a plan has come is worked out from the completed sessions since it was started, one
calendar week (7 days from the start day) at a time:

- A plan week is done when each of its sessions has been completed (in any order). The next
  plan week begins with the next calendar week: never more than one plan week in 7 days, so a
  plan keeps to the 10% rule whatever its routines are.
- A plan week not finished in its calendar week carries on into the next one.
- Three calendar weeks in a row without any session of the plan (a break, as the progression
  rule counts one) step the plan back one week.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from barretimer.core.library import RoutineEntry
from barretimer.core.model import MAX_SCALE, MIN_SCALE
from barretimer.core.problems import Problem, did_you_mean, quoted
from barretimer.core.progression import Suggestion, pct
from barretimer.core.text import one_line
from barretimer.core.yaml_compose import collector_paused
from barretimer.core.yamlsrc import Mark, YamlSourceError, YList, YMap, parse, read_text

PLAN_FIELDS = ("name", "description", "weeks")
WEEK_FIELDS = ("sessions", "repeat", "note")
SESSION_FIELDS = ("routine", "scale")
PROGRESS = "progress"
MAX_WEEKS = 104
MAX_SESSIONS_PER_WEEK = 7
#: Calendar weeks in a row without a plan session that step the plan back one week.
IDLE_WEEKS_STEP_BACK = 3
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


# --- progress ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DoneSession:
    """A completed session as a plan reads it."""

    routine: str  # routine id
    started: datetime


@dataclass(frozen=True)
class PlanProgress:
    plan: Plan
    week: int  # 0-based index of the plan week being worked on
    done: tuple[bool, ...]  # per session of that week
    finished: bool  # every week done
    week_done: bool  # this plan week is done; the next one starts on ``next_week_on``
    next_week_on: date | None
    stepped_back: bool  # a break stepped the plan back at least once

    @property
    def sessions(self) -> tuple[PlanSession, ...]:
        return () if self.finished else self.plan.weeks[self.week].sessions

    @property
    def done_count(self) -> int:
        return sum(self.done)

    def next_session(self) -> PlanSession | None:
        """The first session of this week not done yet (None when the week or plan is done)."""
        if self.finished or self.week_done:
            return None
        return next((s for s, d in zip(self.sessions, self.done, strict=True) if not d), None)


def plan_progress(
    plan: Plan, started_on: date, done: Sequence[DoneSession], today: date
) -> PlanProgress:
    """How far ``plan``, started on ``started_on``, has come by ``today`` (see the module)."""
    weeks = plan.weeks
    week = 0
    flags = [False] * (len(weeks[0].sessions) if weeks else 0)
    idle = 0
    stepped_back = False
    ordered = sorted(done, key=lambda d: d.started)
    periods = max(0, (today - started_on).days) // 7 + 1
    cursor = 0
    week_done = False
    for period in range(periods):
        period_end = started_on + timedelta(days=7 * (period + 1))
        played = False
        while cursor < len(ordered) and ordered[cursor].started.date() < period_end:
            session = ordered[cursor]
            cursor += 1
            if session.started.date() < started_on or week >= len(weeks):
                continue
            if any(session.routine == s.routine for s in weeks[week].sessions):
                played = True
            for index, planned in enumerate(weeks[week].sessions):
                if not flags[index] and planned.routine == session.routine:
                    flags[index] = True
                    break
        if week >= len(weeks):
            break
        week_done = all(flags)
        if period == periods - 1:
            break  # the week running now: it moves on when it ends
        if week_done:
            week += 1
            flags = [False] * (len(weeks[week].sessions) if week < len(weeks) else 0)
            week_done = False
            idle = 0
            continue
        idle = 0 if played else idle + 1
        if idle >= IDLE_WEEKS_STEP_BACK:
            week = max(0, week - 1)
            flags = [False] * len(weeks[week].sessions)
            idle = 0
            stepped_back = True
    finished = week >= len(weeks) or (week == len(weeks) - 1 and week_done)
    next_on = started_on + timedelta(days=7 * periods) if week_done and not finished else None
    return PlanProgress(
        plan,
        min(week, len(weeks) - 1) if weeks else 0,
        tuple(flags) if week < len(weeks) else (),
        finished,
        week_done,
        next_on,
        stepped_back,
    )


def describe_progress(progress: PlanProgress, names: Mapping[str, str]) -> str:
    """ "Week 3 of 8: Level Pelvis, then Even Thighs. 1 of 2 done this week." """
    plan = progress.plan
    if progress.finished:
        return f"{plan.name}: all {len(plan.weeks)} weeks done. Well done!"
    titles = [names.get(s.routine, s.routine) for s in progress.sessions]
    listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + ", then " + titles[-1]
    head = f"Week {progress.week + 1} of {len(plan.weeks)}: {listed}."
    count = len(progress.done)
    if progress.week_done and progress.next_week_on is not None:
        return f"{head} {count} of {count} done; week {progress.week + 2} starts on {progress.next_week_on:%a %d %b}."
    tail = f" {progress.done_count} of {count} done this week."
    if progress.stepped_back:
        tail += " (A break of three weeks or more took the plan back a week.)"
    return head + tail


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
        f"Your plan sets this session at {pct(session.scale)}.",
        abs(session.scale - played) > 1e-9,
    )


# --- the calendar -----------------------------------------------------------------------------


def parse_weekdays(text: str) -> list[int]:
    """ "tue,fri" -> [1, 4]; ValueError saying what is wrong."""
    days = []
    for part in text.split(","):
        word = part.strip().lower()[:3]
        if word not in WEEKDAYS:
            raise ValueError(
                f"{part.strip()!r} is not a day; use {', '.join(WEEKDAYS)} separated by commas"
            )
        days.append(WEEKDAYS.index(word))
    if len(set(days)) != len(days):
        raise ValueError("a day is given twice")
    return sorted(days)


def parse_time_of_day(text: str) -> time:
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"{text!r} is not a time of day; write it as HH:MM, e.g. 07:00") from None


@dataclass(frozen=True)
class CalendarEntry:
    week: int  # 0-based
    number: int  # 0-based within the week
    session: PlanSession
    starts: datetime  # local, floating


def schedule(plan: Plan, first_day: date, weekdays: Sequence[int], at: time) -> list[CalendarEntry]:
    """Each session of ``plan`` on the chosen weekdays, week 1 being the 7 days from
    ``first_day``; ValueError when a week has more sessions than days were chosen."""
    if not weekdays:
        raise ValueError("choose at least one day")
    entries = []
    for week_index, week in enumerate(plan.weeks):
        if len(week.sessions) > len(weekdays):
            raise ValueError(
                f"week {week_index + 1} has {len(week.sessions)} sessions but only "
                f"{len(weekdays)} day(s) were chosen"
            )
        week_start = first_day + timedelta(days=7 * week_index)
        days = sorted(
            week_start + timedelta(days=(wd - week_start.weekday()) % 7) for wd in weekdays
        )
        for number, (session, day) in enumerate(zip(week.sessions, days, strict=False)):
            entries.append(CalendarEntry(week_index, number, session, datetime.combine(day, at)))
    return entries


def plan_calendar(
    plan: Plan,
    entries: Sequence[CalendarEntry],
    *,
    names: Mapping[str, str],
    lengths_s: Mapping[str, float],
    stamp: datetime,
    reminder_min: int = 10,
) -> bytes:
    """The sessions as an iCalendar file, each with a reminder, so the user's own calendar
    reminds them without barretimer running. Times are floating (the user's local time)."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//barretimer//plans//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", plan.name)
    total = len(plan.weeks)
    for entry in entries:
        routine = entry.session.routine
        name = names.get(routine, routine)
        event = Event()
        event.add("uid", f"{plan.id}-week{entry.week + 1}-session{entry.number + 1}@barretimer")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.starts)
        event.add("duration", timedelta(seconds=round(lengths_s.get(routine, 30 * 60))))
        event.add("summary", f"{name} (week {entry.week + 1} of {total})")
        scale = entry.session.scale
        how = "at the scale barretimer offers" if scale is None else f"at {round(scale * 100)}%"
        note = plan.weeks[entry.week].note
        event.add(
            "description",
            f"{plan.name}, week {entry.week + 1} of {total}: play {name} {how}."
            + (f"\n{note}" if note else ""),
        )
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{name} in {reminder_min} minutes")
        alarm.add("trigger", timedelta(minutes=-reminder_min))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
