"""``suggest``, ``plans`` and ``plan``: the progression rule's offer and the multi-week plans."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from barretimer import paths
from barretimer.cli.common import (
    UserError,
    escaped,
    library_by_id,
    open_store,
    read_catalog,
    routine_path,
)


def _find_routine(name: str, routines: dict[str, Any]) -> Any:
    """A routine entry by id, file name, name or path (see routine_path); UserError when none."""
    from barretimer.core.library import RoutineEntry
    from barretimer.core.loader import load_routine_file

    path = routine_path(name).resolve()
    for entry in routines.values():
        if entry.path.resolve() == path:
            return entry
    result = load_routine_file(path, read_catalog())
    if not result.ok:
        shown = escaped(str(path))
        raise UserError(f"{shown} has problems; see: barretimer validate {shown}")
    return RoutineEntry(path, False, result)


def _now() -> Any:
    from datetime import datetime

    return datetime.now().astimezone()


def cmd_suggest(args: argparse.Namespace) -> int:
    from barretimer.core.progression import added_work, describe_added
    from barretimer.core.text import json_line
    from barretimer.store.progress import suggest_for_routine

    entry = _find_routine(args.routine, library_by_id())
    routine = entry.result.routine
    store = open_store()
    try:
        offer = suggest_for_routine(store, routine, _now())
    finally:
        store.close()
    if args.json:
        print(json_line({"scale": offer.scale, "reason": offer.reason}))
        return 0
    scale = offer.scale if offer.scale is not None else 1.0
    offered = "play at " + format(scale, ".0%") if offer.scale else "no offer"
    print(f"{escaped(routine.name)}: {offered}")
    print(escaped(offer.reason))
    added = describe_added(added_work(routine, scale))
    if added:
        print(added)
    return 0


def _names(routines: dict[str, Any]) -> dict[str, str]:
    return {key: entry.history_name for key, entry in routines.items()}


def _plan_progress(store: Any, plan: Any, started_on: Any, routines: dict[str, Any]) -> Any:
    from barretimer.store.progress import progress_from_history

    return progress_from_history(store, plan, started_on, _names(routines), _now().date())


def cmd_plans(args: argparse.Namespace) -> int:
    from barretimer.core.plans import load_plans
    from barretimer.core.text import json_text

    routines = library_by_id()
    loaded = load_plans(paths.shipped_plans_dir(), paths.user_plans_dir(), routines)
    progress_text = _followed_plan_progress(loaded, routines)
    if args.json:
        print(json_text(_plans_as_json(loaded, progress_text)))
        return 0
    if not loaded:
        print(f"No plans found in {paths.shipped_plans_dir()} or {paths.user_plans_dir()}.")
        return 0
    for path, result in loaded:
        plan = result.plan
        if not result.ok or plan is None:
            count = len(result.problems)
            print(
                f"  {escaped(path.stem)}: invalid, {count} problem(s): "
                f"barretimer validate {escaped(str(path))}"
            )
            continue
        low, high = plan.sessions_per_week
        per_week = f"{low}" if low == high else f"{low}-{high}"
        print(
            f"  {escaped(path.stem):<32} {escaped(plan.name)}: "
            f"{len(plan.weeks)} weeks, {per_week} a week"
        )
        if path.stem in progress_text:
            print(
                f"      following since {progress_text[path.stem]['started_on']}: "
                f"{escaped(progress_text[path.stem]['text'])}"
            )
    print(
        "\nFollow one with: barretimer plan PLAN --start; "
        "put it in a calendar with: barretimer plan PLAN --ics FILE --days tue,fri --time 07:00"
    )
    return 0


def _followed_plan_progress(loaded: Any, routines: dict[str, Any]) -> dict[str, Any]:
    """How far the followed plan is, keyed by its id; empty when no plan is followed."""
    from barretimer.core.plan_progress import describe_progress
    from barretimer.store.progress import load_active_plan

    active = load_active_plan(paths.active_plan_path())
    progress_text: dict[str, Any] = {}
    if active is not None:
        plan = next((r.plan for p, r in loaded if r.ok and p.stem == active.plan), None)
        if plan is not None:
            store = open_store()
            try:
                progress = _plan_progress(store, plan, active.started_on, routines)
            finally:
                store.close()
            progress_text[plan.id] = {
                "started_on": active.started_on.isoformat(),
                "week": progress.week + 1,
                "done_this_week": progress.done_count,
                "finished": progress.finished,
                "text": describe_progress(progress, _names(routines)),
            }
    return progress_text


def _plans_as_json(loaded: Any, progress_text: dict[str, Any]) -> list[dict[str, Any]]:
    """The plans for ``plans --json``: one object each, invalid ones with their problems."""
    out: list[dict[str, Any]] = []
    for path, result in loaded:
        plan = result.plan
        out.append(
            {
                "id": path.stem,
                "name": plan.name if plan else path.stem,
                "path": str(path),
                "shipped": path.parent == paths.shipped_plans_dir(),
                "valid": result.ok,
                "weeks": len(plan.weeks) if plan else None,
                "sessions_per_week": list(plan.sessions_per_week) if plan else None,
                "active": progress_text.get(path.stem),
                "problems": [str(p) for p in result.problems],
            }
        )
    return out


def _find_plan(name: str, routines: dict[str, Any]) -> Any:
    from barretimer.core.plans import load_plan_file, plan_files
    from barretimer.core.problems import did_you_mean

    path = Path(name)
    if not (path.suffix in (".yaml", ".yml") and path.is_file()):
        found = {p.stem: p for p in plan_files(paths.shipped_plans_dir())}
        found.update({p.stem: p for p in plan_files(paths.user_plans_dir())})
        if name not in found:
            raise UserError(
                f'no plan "{escaped(name)}"{did_you_mean(name, found)}; see: barretimer plans'
            )
        path = found[name]
    result = load_plan_file(path, routines)
    if not result.ok or result.plan is None:
        for line in dict.fromkeys(map(str, result.problems)):
            print(line, file=sys.stderr)
        raise UserError(f"the plan {escaped(str(path))} has problems")
    return result.plan


def _date_option(text: str | None, option: str) -> Any:
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{option} must be a date as YYYY-MM-DD, got {text!r}") from None


def cmd_plan(args: argparse.Namespace) -> int:
    from barretimer.core.plan_progress import describe_progress
    from barretimer.store.progress import ActivePlan, load_active_plan, save_active_plan

    routines = library_by_id()
    plan = _find_plan(args.plan, routines)
    today = _now().date()
    active = load_active_plan(paths.active_plan_path())
    if args.start is not None:
        started_on = _date_option(args.start, "--start") if args.start else today
        active = ActivePlan(plan.id, started_on)
        save_active_plan(paths.active_plan_path(), active)
        print(f"Following {escaped(plan.name)} from {started_on:%a %d %b %Y}.")
    if args.ics:
        return _export_calendar(args, plan, routines, active, today)
    if args.start is None:
        for number, week in enumerate(plan.weeks, 1):
            titles = ", ".join(
                routines[s.routine].name + ("" if s.scale is None else f" at {s.scale:.0%}")
                for s in week.sessions
            )
            print(f"Week {number}: {escaped(titles)}")
    if active is not None and active.plan == plan.id:
        store = open_store()
        try:
            progress = _plan_progress(store, plan, active.started_on, routines)
        finally:
            store.close()
        print(escaped(describe_progress(progress, _names(routines))))
    return 0


def _export_calendar(
    args: argparse.Namespace, plan: Any, routines: dict[str, Any], active: Any, today: Any
) -> int:
    from barretimer.core.plan_calendar import (
        parse_time_of_day,
        parse_weekdays,
        plan_calendar,
        schedule,
    )

    if not args.days:
        raise UserError("--ics needs the days to train, e.g. --days tue,fri")
    try:
        days = parse_weekdays(args.days)
        at = parse_time_of_day(args.time)
        first = _date_option(args.first_day, "--from")
        if first is None:
            first = active.started_on if active is not None and active.plan == plan.id else today
        entries = schedule(plan, first, days, at)
    except ValueError as error:
        raise UserError(str(error)) from None
    lengths = {}
    for key, entry in routines.items():
        timeline = entry.timeline()
        if timeline is not None:
            lengths[key] = timeline.total_s
    data = plan_calendar(plan, entries, names=_names(routines), lengths_s=lengths, stamp=_now())
    target = Path(args.ics)
    temporary = target.with_name(target.name + ".tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
    first_on = entries[0].starts if entries else None
    when = f", the first on {first_on:%a %d %b %Y at %H:%M}" if first_on else ""
    print(f"Wrote {len(entries)} sessions of {escaped(plan.name)} to {escaped(str(target))}{when}.")
    return 0


def add_plan_commands(commands: Any) -> None:
    suggest = commands.add_parser(
        "suggest", help="what the progression rule offers for a routine, and why"
    )
    suggest.add_argument("routine", metavar="ROUTINE", help="a routine id, name or file")
    suggest.add_argument("--json", action="store_true", help='{"scale": 1.1, "reason": "..."}')
    suggest.set_defaults(run=cmd_suggest)

    plans = commands.add_parser("plans", help="list the plans, and how far the one you follow is")
    plans.add_argument("--json", action="store_true")
    plans.set_defaults(run=cmd_plans)

    plan = commands.add_parser(
        "plan", help="show a plan, follow it, or put its sessions in a calendar file"
    )
    plan.add_argument("plan", metavar="PLAN", help="a plan id (see: barretimer plans) or file")
    plan.add_argument(
        "--start",
        nargs="?",
        const="",
        metavar="DATE",
        help="follow this plan from today (or DATE, YYYY-MM-DD)",
    )
    plan.add_argument("--ics", metavar="FILE", help="write the sessions to an iCalendar file")
    plan.add_argument("--days", help="with --ics: the days to train, e.g. tue,fri")
    plan.add_argument("--time", default="07:00", help="with --ics: the time, HH:MM (07:00)")
    plan.add_argument(
        "--from",
        dest="first_day",
        metavar="DATE",
        help="with --ics: the first day of week 1 (the day you started following it, or today)",
    )
    plan.set_defaults(run=cmd_plan)
