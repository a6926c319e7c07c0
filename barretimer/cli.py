"""The ``barretimer`` command: open the app, or validate, play and review from a terminal.

The commands import the core when they run: ``barretimer`` alone opens the window, which reads
routines only after its first frame, and importing the loader (and PyYAML) first would delay it.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from barretimer import __version__, paths

if TYPE_CHECKING:
    from barretimer.core.engine import Engine, Event
    from barretimer.core.model import Catalog, Routine
    from barretimer.core.problems import Problem

#: The longest a headless max step waits for Enter when it has no cap.
HEADLESS_OPEN_CAP_S = 60.0


class UserError(Exception):
    """Something the user can fix; shown as one line, no traceback."""


def _catalog() -> Catalog:
    from barretimer.core.library import load_catalog

    catalog, problems = load_catalog(paths.catalog_path())
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return catalog


def _open_store() -> Any:
    from barretimer.store.db import DatabaseError
    from barretimer.store.sessions import SessionStore

    try:
        store = SessionStore.open(paths.database_path())
    except DatabaseError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(
            f"cannot use the data folder {paths.data_dir()}: {error.strerror or error}"
        ) from None
    if store.report.moved_aside:
        print(
            f"notice: the history database was damaged; it was moved to {store.report.moved_aside} "
            "and a new one was started.",
            file=sys.stderr,
        )
    return store


# --- validate ---------------------------------------------------------------------------------


def validate_file(path: Path, catalog: Catalog) -> list[Problem]:
    from barretimer.core.loader import is_catalog_document, load_catalog_file, load_routine_file
    from barretimer.core.yamlsrc import YamlSourceError, parse, read_text

    try:
        tree = parse(read_text(path, str(path)), str(path))
    except YamlSourceError as error:
        return error.problems
    if is_catalog_document(tree):
        return load_catalog_file(path)[1]
    from barretimer.core.plans import is_plan_document, load_plan_file

    if is_plan_document(tree):
        return load_plan_file(path, _routines_by_id()).problems

    from barretimer.core.poses import is_pose_document, poses_from_tree

    if is_pose_document(tree):
        return poses_from_tree(tree, str(path), catalog).problems
    return load_routine_file(path, catalog).problems


def cmd_validate(args: argparse.Namespace) -> int:
    catalog = _catalog()
    bad = 0
    for name in args.files:
        problems = validate_file(Path(name), catalog)
        # A step reused through a YAML alias repeats its problems at the same place: once is enough.
        for line in dict.fromkeys(map(str, problems)):
            print(line)
        bad += bool(problems)
    total = len(args.files)
    summary = (
        f"{total - bad} of {total} files valid."
        if bad
        else f"{total} file{'s' * (total != 1)} valid."
    )
    print(summary, file=sys.stderr if bad else sys.stdout)
    return 1 if bad else 0


# --- routines ---------------------------------------------------------------------------------


def cmd_routines(args: argparse.Namespace) -> int:
    from barretimer.core.durations import format_minutes
    from barretimer.core.library import load_library
    from barretimer.core.text import json_text, one_line

    entries = load_library(paths.shipped_routines_dir(), paths.user_routines_dir(), _catalog())
    if args.json:
        out = []
        for entry in entries:
            # Only a valid routine is compiled: an invalid one may expand to millions of steps.
            timeline = entry.timeline() if entry.ok else None
            out.append(
                {
                    "name": entry.name,
                    "path": str(entry.path),
                    "shipped": entry.shipped,
                    "valid": entry.ok,
                    "level": entry.result.routine.level.value if entry.result.routine else None,
                    "total_s": timeline.total_s if timeline else None,
                }
            )
        print(json_text(out))
        return 0
    if not entries:
        print(
            f"No routines found in {paths.shipped_routines_dir()} or {paths.user_routines_dir()}."
        )
        return 0
    width = max(len(one_line(e.name)) for e in entries)
    for shipped in (True, False):
        group = [e for e in entries if e.shipped is shipped]
        folder = paths.shipped_routines_dir() if shipped else paths.user_routines_dir()
        print(f"{'Shipped' if shipped else 'Your'} routines ({one_line(str(folder))}):")
        if not group:
            print("  (none yet)")
        for entry in group:
            name, file = one_line(entry.name), one_line(entry.path.name)
            timeline = entry.timeline() if entry.ok else None
            if entry.ok and timeline and entry.result.routine:
                level = entry.result.routine.level.value
                print(
                    f"  {name:<{width}}  {format_minutes(timeline.total_s):>9}  {level:<12}  {file}"
                )
            else:
                count = len(entry.result.problems)
                print(
                    f"  {name:<{width}}  {'invalid':>9}  {count} problem(s): "
                    f"barretimer validate {one_line(str(entry.path))}"
                )
        print()
    return 0


# --- exercises --------------------------------------------------------------------------------


def cmd_exercises(args: argparse.Namespace) -> int:
    catalog = _catalog()
    if args.figures:
        return _write_figures(catalog, Path(args.figures), args.side, args.size)
    if args.check:
        from barretimer.core.poses import load_poses

        poses = load_poses(paths.poses_dir(), catalog, require_all=True)
        for problem in poses.problems:
            print(problem)
        posed = len(poses.poses)
        print(
            f"{posed} of {len(catalog)} exercises have a valid pose.",
            file=sys.stderr if poses.problems else sys.stdout,
        )
        return 1 if poses.problems else 0
    rows = [
        {
            "id": e.id,
            "name": e.name,
            "kind": e.kind.value,
            "muscles": list(e.muscles),
            "equipment": list(e.equipment),
        }
        for e in catalog.exercises
    ]
    if args.json:
        from barretimer.core.text import json_text

        print(json_text(rows))
        return 0
    width = max((len(r["id"]) for r in rows), default=0)
    for row in rows:
        equipment = ", ".join(e for e in row["equipment"] if e != "none") or "nothing"
        print(
            _escaped(
                f"{row['id']:<{width}}  {row['kind']:<8}  {row['name']}  "
                f"({', '.join(row['muscles'])}; needs {equipment})"
            )
        )
    return 0


def _write_figures(catalog: Catalog, folder: Path, side: str, size: int) -> int:
    """One PNG per exercise, named by its id, drawn without a window."""
    if not 16 <= size <= 4096:
        raise UserError(f"--size is 16 to 4096 pixels, not {size}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from barretimer.core.poses import load_poses
    from barretimer.core.timeline import Side
    from barretimer.ui.figure import render_image

    app = QGuiApplication.instance() or QGuiApplication(["barretimer"])
    poses = load_poses(paths.poses_dir(), catalog, require_all=True)
    for problem in poses.problems:
        print(f"warning: {problem}", file=sys.stderr)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot create {folder}: {error.strerror or error}") from None
    written = 0
    for exercise in catalog.exercises:
        spec = poses.poses.get(exercise.id)
        if spec is None:
            continue
        image = render_image(spec, size, side=Side(side), kind=exercise.kind)
        target = folder / f"{exercise.id}.png"
        if not image.save(str(target)):
            raise UserError(f"cannot write {target}")
        written += 1
    print(f"{written} figures written to {folder}.")
    del app
    return 0 if written == len(catalog) else 1


# --- history ----------------------------------------------------------------------------------


def _check_csv_target(target: Path) -> None:
    """One clear line for a CSV file that cannot be written where it is asked for."""
    from barretimer.core.text import one_line

    if target.is_dir():
        raise UserError(
            f"{one_line(str(target))} is a folder; give a file name such as "
            f"{one_line(str(target / 'history.csv'))}"
        )
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"the folder {one_line(str(folder))} does not exist")


def cmd_history(args: argparse.Namespace) -> int:
    from barretimer.core.durations import format_clock
    from barretimer.core.text import json_text, one_line

    if args.steps and not args.csv:
        raise UserError("--steps goes with --csv FILE (one row per step beside the sessions)")
    if args.csv:
        _check_csv_target(Path(args.csv))
    store = _open_store()
    try:
        if args.import_file:
            return _import_history(store, Path(args.import_file))
        if args.csv:
            from barretimer.store.csvio import export_csv

            try:
                count = export_csv(store, Path(args.csv), steps=args.steps)
            except OSError as error:
                raise UserError(
                    f"cannot write {one_line(args.csv)}: {error.strerror or error}"
                ) from None
            print(f"Wrote {count} sessions to {one_line(args.csv)}.")
            return 0
        rows = store.sessions(limit=args.limit)
        if args.json:
            print(json_text([r.to_json() for r in rows]))
            return 0
        if not rows:
            print("No sessions yet. Play a routine with: barretimer play ROUTINE.yaml --headless")
            return 0
        for r in rows:
            scale = f" at {r.scale:.0%}" if r.scale != 1.0 else ""
            effort = f"  effort {r.effort}/10" if r.effort else ""
            print(
                f"{one_line(r.started_at[:16].replace('T', ' '))}  {r.status:<11}  {format_clock(r.done_s):>7} of "
                f"{format_clock(r.planned_s):<7}  {one_line(r.routine)}{scale}{effort}"
            )
        return 0
    finally:
        store.close()


def _import_history(store: Any, path: Path) -> int:
    """The History page's import, from the command line: sessions not there yet are added."""
    from barretimer.store.csvio import CsvImportError, import_csv

    try:
        added, skipped = import_csv(store, path)
    except CsvImportError as error:
        raise UserError(f"nothing was imported. {error}") from None
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from None
    print(f"Added {added} sessions; {skipped} were already in the history.")
    return 0


# --- plans and the progression rule -----------------------------------------------------------


def _routines_by_id() -> dict[str, Any]:
    from barretimer.core.library import load_library
    from barretimer.core.plans import routines_by_id

    entries = load_library(paths.shipped_routines_dir(), paths.user_routines_dir(), _catalog())
    return routines_by_id(entries)


def _find_routine(name: str, routines: dict[str, Any]) -> Any:
    """A routine entry by id, file name, name or path (see _routine_path); UserError when none."""
    from barretimer.core.library import RoutineEntry
    from barretimer.core.loader import load_routine_file

    path = _routine_path(name).resolve()
    for entry in routines.values():
        if entry.path.resolve() == path:
            return entry
    result = load_routine_file(path, _catalog())
    if not result.ok:
        shown = _escaped(str(path))
        raise UserError(f"{shown} has problems; see: barretimer validate {shown}")
    return RoutineEntry(path, False, result)


def _now() -> Any:
    from datetime import datetime

    return datetime.now().astimezone()


def cmd_suggest(args: argparse.Namespace) -> int:
    from barretimer.core.progression import added_work, describe_added
    from barretimer.core.text import json_line
    from barretimer.store.progress import suggest_for_routine

    entry = _find_routine(args.routine, _routines_by_id())
    routine = entry.result.routine
    store = _open_store()
    try:
        offer = suggest_for_routine(store, routine, _now())
    finally:
        store.close()
    if args.json:
        print(json_line({"scale": offer.scale, "reason": offer.reason}))
        return 0
    scale = offer.scale if offer.scale is not None else 1.0
    offered = "play at " + format(scale, ".0%") if offer.scale else "no offer"
    print(f"{_escaped(routine.name)}: {offered}")
    print(_escaped(offer.reason))
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
    from barretimer.core.plans import describe_progress, load_plans
    from barretimer.core.text import json_text
    from barretimer.store.progress import load_active_plan

    routines = _routines_by_id()
    loaded = load_plans(paths.shipped_plans_dir(), paths.user_plans_dir(), routines)
    active = load_active_plan(paths.active_plan_path())
    progress_text: dict[str, Any] = {}
    if active is not None:
        plan = next((r.plan for p, r in loaded if r.ok and p.stem == active.plan), None)
        if plan is not None:
            store = _open_store()
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
    if args.json:
        out = []
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
        print(json_text(out))
        return 0
    if not loaded:
        print(f"No plans found in {paths.shipped_plans_dir()} or {paths.user_plans_dir()}.")
        return 0
    for path, result in loaded:
        plan = result.plan
        if not result.ok or plan is None:
            count = len(result.problems)
            print(
                f"  {_escaped(path.stem)}: invalid, {count} problem(s): "
                f"barretimer validate {_escaped(str(path))}"
            )
            continue
        low, high = plan.sessions_per_week
        per_week = f"{low}" if low == high else f"{low}-{high}"
        print(
            f"  {_escaped(path.stem):<32} {_escaped(plan.name)}: "
            f"{len(plan.weeks)} weeks, {per_week} a week"
        )
        if path.stem in progress_text:
            print(
                f"      following since {progress_text[path.stem]['started_on']}: "
                f"{_escaped(progress_text[path.stem]['text'])}"
            )
    print(
        "\nFollow one with: barretimer plan PLAN --start; "
        "put it in a calendar with: barretimer plan PLAN --ics FILE --days tue,fri --time 07:00"
    )
    return 0


def _find_plan(name: str, routines: dict[str, Any]) -> Any:
    from barretimer.core.plans import load_plan_file, plan_files
    from barretimer.core.problems import did_you_mean

    path = Path(name)
    if not (path.suffix in (".yaml", ".yml") and path.is_file()):
        found = {p.stem: p for p in plan_files(paths.shipped_plans_dir())}
        found.update({p.stem: p for p in plan_files(paths.user_plans_dir())})
        if name not in found:
            raise UserError(
                f'no plan "{_escaped(name)}"{did_you_mean(name, found)}; see: barretimer plans'
            )
        path = found[name]
    result = load_plan_file(path, routines)
    if not result.ok or result.plan is None:
        for line in dict.fromkeys(map(str, result.problems)):
            print(line, file=sys.stderr)
        raise UserError(f"the plan {_escaped(str(path))} has problems")
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
    from barretimer.core.plans import describe_progress
    from barretimer.store.progress import ActivePlan, load_active_plan, save_active_plan

    routines = _routines_by_id()
    plan = _find_plan(args.plan, routines)
    today = _now().date()
    active = load_active_plan(paths.active_plan_path())
    if args.start is not None:
        started_on = _date_option(args.start, "--start") if args.start else today
        active = ActivePlan(plan.id, started_on)
        save_active_plan(paths.active_plan_path(), active)
        print(f"Following {_escaped(plan.name)} from {started_on:%a %d %b %Y}.")
    if args.ics:
        return _export_calendar(args, plan, routines, active, today)
    if args.start is None:
        for number, week in enumerate(plan.weeks, 1):
            titles = ", ".join(
                routines[s.routine].name + ("" if s.scale is None else f" at {s.scale:.0%}")
                for s in week.sessions
            )
            print(f"Week {number}: {_escaped(titles)}")
    if active is not None and active.plan == plan.id:
        store = _open_store()
        try:
            progress = _plan_progress(store, plan, active.started_on, routines)
        finally:
            store.close()
        print(_escaped(describe_progress(progress, _names(routines))))
    return 0


def _export_calendar(
    args: argparse.Namespace, plan: Any, routines: dict[str, Any], active: Any, today: Any
) -> int:
    from barretimer.core.plans import parse_time_of_day, parse_weekdays, plan_calendar, schedule

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
    print(
        f"Wrote {len(entries)} sessions of {_escaped(plan.name)} to {_escaped(str(target))}{when}."
    )
    return 0


# --- play -------------------------------------------------------------------------------------


def _scaled_clock(speed: float) -> Callable[[], float]:
    start = time.monotonic()
    return lambda: (time.monotonic() - start) * speed


def _printer(out: TextIO, as_json: bool) -> Callable[[Event], None]:
    from barretimer.core.durations import format_clock
    from barretimer.core.engine import EventKind
    from barretimer.core.text import json_line, one_line

    shown = {k for k in EventKind if k.spoken} | {
        EventKind.PAUSED,
        EventKind.RESUMED,
        EventKind.SUSPENDED,
        EventKind.SKIPPED,
        EventKind.STOPPED,
    }

    broken = False

    def show(event: Event) -> None:
        nonlocal broken
        if broken:
            return
        try:
            _show(event)
        except (BrokenPipeError, ValueError):
            broken = True  # the reader went away (e.g. `| head`); keep playing and recording
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())

    def _show(event: Event) -> None:
        if as_json:
            record: dict[str, Any] = {
                "event": event.kind.value,
                "text": event.text,
                "planned_s": round(event.planned_s, 4),
                "actual_s": round(event.actual_s, 4),
            }
            if event.interval is not None:
                record["interval"] = event.interval.index
                if event.interval.side is not None:
                    record["side"] = event.interval.side.value
            if event.kind is EventKind.INTERVAL_ENDED:
                record.update(done_s=round(event.done_s, 4), skipped=event.skipped)
            out.write(json_line(record) + "\n")
        elif event.kind in shown:
            out.write(f"[{format_clock(event.planned_s)}] {one_line(event.text)}\n")
        out.flush()

    return show


def _make_speaker(enabled: bool, language: str = "en") -> Any:
    """The speech client, or None when speech is off or cannot start."""
    if not enabled:
        return None
    try:
        from barretimer.speech.client import SpeechClient
    except ImportError:
        return None
    told = False

    def notice_once(reason: str) -> None:
        nonlocal told  # one notice: the workout goes on either way, and the rest is noise
        if not told:
            told = True
            print(f"notice: {reason}", file=sys.stderr)

    try:
        client = SpeechClient(on_unavailable=notice_once)
        client.start()
        from barretimer.core.languages import language as language_info

        voice = language_info(language).voice
        if voice:
            client.set_voice(voice)  # the language's voice (English: espeak-ng's default)
        return client
    except Exception as error:  # speech is never worth failing a workout for
        print(f"notice: speech is off ({error})", file=sys.stderr)
        return None


def _routine_path(query: str) -> Path:
    """The file a routine name, id, file name or path given on the command line means."""
    from barretimer.core.library import RoutineNotFound, find_routine
    from barretimer.core.text import one_line

    try:
        return find_routine(query, [paths.user_routines_dir(), paths.shipped_routines_dir()])
    except RoutineNotFound as error:
        if error.candidates:
            for candidate in error.candidates:
                print(f"  {one_line(str(candidate))}", file=sys.stderr)
            raise UserError(f"{one_line(str(error))}; give one of the paths above") from None
        raise UserError(one_line(str(error))) from None


def cmd_play(args: argparse.Namespace) -> int:
    if not args.headless:
        return _open_app(str(_routine_path(args.file)), args.language)
    from barretimer.core.engine import SUSPEND_GAP_S, Engine, State
    from barretimer.core.loader import load_routine_file
    from barretimer.core.timeline import compile_timeline
    from barretimer.workout import RecordAs, Workout

    path = _routine_path(args.file)
    language = _chosen_language(args.language)
    translation = _translation(language)
    result = load_routine_file(path, translation.catalog(_catalog()))
    if not result.ok or result.routine is None:
        for line in dict.fromkeys(map(str, result.problems)):
            print(line, file=sys.stderr)
        return 1
    routine = result.routine
    if path.resolve().parent == paths.shipped_routines_dir().resolve():
        routine = translation.routine(path.stem, routine)  # a user's own: shown as written
    from barretimer.core.phrases import phrases_for

    timeline = compile_timeline(routine, args.scale, phrases=phrases_for(language))
    try:
        store = _open_store()
    except UserError as error:
        store = None  # the workout is worth more than its record: play it anyway
        print(f"notice: {error}; this session will not be saved to the history.", file=sys.stderr)
    speaker = _make_speaker(not args.no_speech, language)
    if speaker is not None:
        speaker.prepare(timeline.phrases())
    workout = Workout(
        Engine(
            timeline,
            _scaled_clock(args.speed),
            suspend_gap_s=SUSPEND_GAP_S * args.speed,
            open_cap_s=HEADLESS_OPEN_CAP_S,
        ),
        speaker=speaker,
        store=store,
        record_as=RecordAs(path.resolve(), result.content_hash, routine.level.value),
        on_record_error=lambda message: print(f"notice: {message}", file=sys.stderr),
    )
    engine = workout.engine
    engine.add_listener(_printer(sys.stdout, args.json))  # the display listens last
    try:
        if not _play_until_done(engine, args.speed) and not args.json:
            saved = "the session is saved as stopped" if store is not None else "nothing was saved"
            print(f"Stopped; {saved}.", file=sys.stderr)
    finally:
        if speaker is not None:
            speaker.shutdown()
        if store is not None:
            store.close()
    return 0 if engine.state is State.FINISHED else 130


def _play_until_done(engine: Engine, speed: float) -> bool:
    """Tick ``engine`` until it ends; Enter finishes a max hold, or goes on after a suspend.
    Ctrl-C or SIGTERM stops it: returns False then."""
    from barretimer.core.engine import State

    interactive = sys.stdin is not None and sys.stdin.isatty()
    enter = threading.Event()
    if interactive:
        threading.Thread(target=_wait_for_enter, args=(enter,), daemon=True).start()

    # Ctrl-C and SIGTERM only raise a flag: the loop stops the engine between two ticks, so a
    # signal never lands in the middle of writing the history.
    stop_requested = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop_requested.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    hinted = False
    try:
        engine.start()
        while engine.state in (State.RUNNING, State.PAUSED) and not stop_requested.is_set():
            wait = engine.seconds_to_next()
            time.sleep(min(0.05, (wait if wait is not None else 0.05) / speed))
            if engine.state is State.PAUSED:
                # A pause here comes from a suspend. Enter goes on; with no terminal to press
                # Enter in, go on at once: nothing was skipped, the workout resumes where it was.
                if enter.is_set() or not interactive:
                    enter.clear()
                    engine.resume()
                    hinted = False
                elif not hinted:
                    print("Press Enter to go on.", file=sys.stderr)
                    hinted = True
                continue
            if enter.is_set():
                enter.clear()
                engine.done()
            engine.tick()
        if stop_requested.is_set():
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        engine.stop()
        return False
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return True


def _wait_for_enter(flag: threading.Event) -> None:
    try:
        while sys.stdin.readline():
            flag.set()
    except (OSError, ValueError):
        pass


# --- export and import ------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from barretimer.core.loader import load_routine_file
    from barretimer.formats.common import FormatError
    from barretimer.formats.files import export_file

    targets = [
        (fmt, path)
        for fmt, path in (("fit", args.fit), ("qintervals", args.qintervals), ("jawt", args.jawt))
        if path
    ]
    if not targets and not args.pdf:
        raise UserError(
            "say where to write: --fit FILE, --qintervals FILE, --jawt FILE or --pdf FILE"
        )
    if args.scale != 1.0 and (args.pdf or any(fmt != "fit" for fmt, _ in targets)):
        raise UserError("--scale goes with --fit only")
    routine_path = _routine_path(args.routine)
    catalog = _catalog()
    result = load_routine_file(routine_path, catalog)
    if not result.ok or result.routine is None:
        for line in dict.fromkeys(map(str, result.problems)):
            print(line, file=sys.stderr)
        return 1
    for fmt, path in targets:
        try:
            lost = export_file(result.routine, fmt, path, args.scale)
        except FormatError as error:
            raise UserError(str(error)) from None
        print(f"Wrote {_escaped(str(path))}.")
        for line in lost:
            print(f"  not carried: {_escaped(line)}")
    if args.pdf:
        _write_sheet(result.routine, routine_path, Path(args.pdf), catalog)
    return 0


def _write_sheet(routine: Routine, routine_path: Path, target: Path, catalog: Catalog) -> None:
    """The routine as a sheet to print (a PDF), drawn without a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from barretimer.ui.print_sheet import SheetError, export_sheet

    app = QGuiApplication.instance() or QGuiApplication(["barretimer"])
    if not target.parent.is_dir():
        raise UserError(f"cannot write {_escaped(str(target))}: no such folder")
    try:
        pages = export_sheet(routine, routine_path, target, catalog)
    except SheetError as error:
        raise UserError(str(error)) from None
    del app
    noun = "page" if pages == 1 else "pages"
    print(f"Wrote {_escaped(str(target))} ({pages} {noun}).")


def cmd_import(args: argparse.Namespace) -> int:
    from barretimer.core.text import one_line
    from barretimer.core.writer import RoutineWriteError
    from barretimer.formats.common import FormatError
    from barretimer.formats.files import read_file, save_imported

    catalog = _catalog()
    try:
        found = read_file(args.file, args.format, catalog)
    except FormatError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    folder = paths.user_routines_dir()
    try:
        paths.ensure_private_dir(folder)
        for imported in found:
            saved = save_imported(imported, folder, catalog)
            print(f"Imported {one_line(imported.routine.name)} into {one_line(str(saved))}.")
            for note in imported.notes:
                print(f"  note: {one_line(note)}")
    except (RoutineWriteError, OSError) as error:
        raise UserError(f"cannot save in {folder}: {error}") from None
    return 0


# --- the app ----------------------------------------------------------------------------------


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from barretimer import desktop

    written = desktop.install()
    print(f"Added barretimer to the desktop menu: {written[0]} and {len(written) - 1} icons.")
    return 0


def cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from barretimer import desktop

    removed = desktop.uninstall()
    print(f"Removed {len(removed)} files." if removed else "Nothing to remove.")
    return 0


def _no_display() -> bool:
    """Whether there is no screen to open a window on (Linux and BSD, where Qt would abort)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_app(routine: str | None, language: str | None = None) -> int:
    if _no_display():
        from barretimer.core.text import one_line

        target = f'"{one_line(routine)}"' if routine else "FILE"
        raise UserError(
            "there is no display to open a window on; "
            f"to play in this terminal: barretimer play {target} --headless"
        )
    try:
        from barretimer.ui.app import run_app
    except ImportError as error:
        raise UserError(
            f"the window cannot start: {error}. Try: barretimer play FILE --headless"
        ) from None
    if language:
        _chosen_language(language)  # an unknown code is refused here, in words
    return int(run_app(routine, language=language))


# --- languages ------------------------------------------------------------------------------


def _chosen_language(command_line: str | None) -> str:
    """``--language``'s language (refused when unknown), else the system's."""
    from barretimer.core.languages import LANGUAGES, normalize, resolve

    if command_line and normalize(command_line) is None:
        raise UserError(
            f"--language {command_line!r} is not a language barretimer has; "
            "choose one of: " + ", ".join(LANGUAGES)
        )
    return resolve(os.environ, command_line)


def _translation(language: str) -> Any:
    from barretimer.core.translations import load_translation

    return load_translation(paths.shipped_routines_dir(), language)


def cmd_translations(args: argparse.Namespace) -> int:
    from barretimer.core import translations
    from barretimer.core.languages import LANGUAGES, normalize

    codes = [normalize(c) for c in args.languages] or [c for c in LANGUAGES if c != "en"]
    for given, code in zip(args.languages, codes, strict=False):
        if code is None or code not in LANGUAGES or code == "en":
            raise UserError(
                f"no translation for {given!r}; choose one of: "
                + ", ".join(c for c in LANGUAGES if c != "en")
            )
    shipped = paths.shipped_routines_dir()
    catalog = _catalog()
    routines, plans = translations.shipped_sources(shipped, catalog)
    if args.action == "template":
        if len(codes) != 1:
            raise UserError("template writes one language: barretimer translations template CODE")
        code = codes[0]
        assert code is not None
        existing = translations.load_translation_file(
            translations.translation_path(shipped, code), code
        ).translation
        text = translations.template(code, catalog, routines, plans, existing)
        if args.output in (None, "-"):
            sys.stdout.write(text)
        else:
            Path(args.output).write_text(text, encoding="utf-8")
            print(f"Wrote {args.output}.", file=sys.stderr)
        return 0
    failed = False
    for code in codes:
        assert code is not None
        path = translations.translation_path(shipped, code)
        check = translations.check_translation(path, code, catalog, routines, plans)
        for problem in check.errors:
            print(problem)
        if args.all:
            for problem in check.warnings:
                print(f"warning: {problem}")
        untranslated = sum(1 for w in check.warnings if w.message.startswith("not translated"))
        too_long = len(check.warnings) - untranslated
        print(
            f"{code}: {len(check.errors)} errors, {untranslated} texts not translated yet, "
            f"{too_long} cues that may not fit their slot",
            file=sys.stderr,
        )
        failed = failed or not check.ok
    return 1 if failed else 0


def _add_translation_commands(commands: Any) -> None:
    parser = commands.add_parser(
        "translations", help="check the translations of the shipped content, or write a template"
    )
    parser.add_argument("action", choices=("check", "template"))
    parser.add_argument(
        "languages", nargs="*", metavar="CODE", help="de, fr, es, it, nl, pt_BR (check: all)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="template: write to FILE")
    parser.add_argument(
        "--all", action="store_true", help="check: list every warning, not only the counts"
    )
    parser.set_defaults(run=cmd_translations)


# --- entry point ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="barretimer",
        usage="barretimer [--data-dir DIR] [COMMAND ... | FILE]",
        description="A guided-workout timer: barre, holds, stretches and balance drills with spoken cues.",
        epilog=(
            "With no command, barretimer opens the window; barretimer FILE opens the window "
            "with that routine in the player. A routine can be named by its path, its file "
            'name or its name: barretimer play deep-core --headless, barretimer play "Deep '
            'Core for Runners". --data-dir DIR may come before or after the command.'
        ),
    )
    parser.add_argument("--version", action="version", version=f"barretimer {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="keep the history and your routines in DIR"
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="show and speak in this language: en, de, fr, es, it, nl, pt_BR "
        "(default: the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check routine files and list every problem")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(run=cmd_validate)

    play = commands.add_parser("play", help="play a routine")
    play.add_argument("file", metavar="FILE")
    play.add_argument(
        "--headless", action="store_true", help="play in this terminal, without the window"
    )
    play.add_argument(
        "--speed", type=float, default=1.0, help="play this many times faster (for trying out)"
    )
    play.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="stretch holds, balance and stretches (1.1 = 110%%)",
    )
    play.add_argument("--no-speech", action="store_true", help="do not speak the cues")
    play.add_argument("--json", action="store_true", help="one JSON object per event")
    play.set_defaults(run=cmd_play)

    history = commands.add_parser("history", help="list past sessions, newest first")
    history.add_argument("--json", action="store_true")
    history.add_argument("--limit", type=int, default=None)
    history.add_argument("--csv", metavar="FILE", help="export the history to a CSV file")
    history.add_argument(
        "--steps", action="store_true", help="with --csv: one row per step as well"
    )
    history.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help="add the sessions of an exported CSV file that are not in the history yet",
    )
    history.set_defaults(run=cmd_history)
    _add_plan_commands(commands)
    _add_translation_commands(commands)

    routines = commands.add_parser(
        "routines", help="list shipped and your routines with their length"
    )
    routines.add_argument("--json", action="store_true")
    routines.set_defaults(run=cmd_routines)

    install = commands.add_parser(
        "install-desktop", help="add barretimer to your desktop's menu (your home folder only)"
    )
    install.set_defaults(run=cmd_install_desktop)
    uninstall = commands.add_parser("uninstall-desktop", help="remove what install-desktop added")
    uninstall.set_defaults(run=cmd_uninstall_desktop)

    export = commands.add_parser("export", help="write a routine for a watch or another timer")
    export.add_argument("routine", metavar="ROUTINE")
    export.add_argument("--fit", metavar="FILE", help="a FIT workout file for a watch")
    export.add_argument("--qintervals", metavar="FILE", help="a qintervals workout (YAML)")
    export.add_argument(
        "--jawt", metavar="FILE", help="a Just Another Workout Timer workout (JSON)"
    )
    export.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="with --fit: stretch holds as when playing (1.1 = 110%%)",
    )
    export.add_argument("--pdf", metavar="FILE", help="a sheet to print (PDF), step by step")
    export.set_defaults(run=cmd_export)

    import_ = commands.add_parser(
        "import", help="add routines from another timer's file to your routines"
    )
    import_.add_argument("file", metavar="FILE")
    import_.add_argument(
        "--format",
        choices=("barretimer", "qintervals", "jawt", "feeel"),
        help="the file's format (found from its content when not given)",
    )
    import_.set_defaults(run=cmd_import)

    exercises = commands.add_parser(
        "exercises", help="list the exercise catalog, check or draw its figures"
    )
    exercises.add_argument("--json", action="store_true")
    exercises.add_argument(
        "--check", action="store_true", help="check every pose file and list every problem"
    )
    exercises.add_argument("--figures", metavar="DIR", help="write one PNG per exercise into DIR")
    exercises.add_argument("--side", choices=("left", "right"), default="left")
    exercises.add_argument("--size", type=int, default=256, metavar="PX")
    exercises.set_defaults(run=cmd_exercises)
    return parser


def _add_plan_commands(commands: Any) -> None:
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


class _OneLine(logging.Formatter):
    """Log records as one plain line: tracebacks are for developers (BARRETIMER_DEBUG=1)."""

    def formatException(self, ei: Any) -> str:
        return ""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = ""
        return f"barretimer: {record.getMessage()}"


def _setup_logging() -> None:
    handler = logging.StreamHandler()
    if not os.environ.get("BARRETIMER_DEBUG"):
        handler.setFormatter(_OneLine())
    root = logging.getLogger("barretimer")
    if not root.handlers:
        root.addHandler(handler)
        root.setLevel(logging.WARNING)


def _take_data_dir(argv: list[str]) -> tuple[list[str], str | None]:
    """``argv`` without ``--data-dir DIR``, and DIR: the option may come before or after the
    command, or before a file."""
    rest: list[str] = []
    data_dir: str | None = None
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        if arg == "--data-dir":
            if index + 1 >= len(argv):
                raise UserError("--data-dir needs a folder: --data-dir DIR")
            data_dir = argv[index + 1]
            index += 2
            continue
        if arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        index += 1
    if data_dir is not None and not data_dir:
        raise UserError("--data-dir needs a folder: --data-dir DIR")
    return rest, data_dir


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    """Every subcommand the parser knows, whoever added it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _setup_logging()
    return _run(lambda: _dispatch(argv))


def _dispatch(argv: list[str]) -> int:
    parser = build_parser()
    argv, data_dir = _take_data_dir(argv)
    if data_dir:
        paths.set_data_dir(data_dir)
    first = argv[0] if argv else ""
    commands = _command_names(parser)
    if first and not first.startswith("-") and first not in commands:
        # `barretimer ROUTINE.yaml` opens that routine in the player; a word that is neither a
        # command nor a file is a mistyped command, not a missing file.
        from barretimer.core.library import looks_like_path
        from barretimer.core.problems import did_you_mean

        options = parser.parse_args(argv[1:])  # --help, --version and mistakes in the options
        if Path(first).is_file() or looks_like_path(first):
            return _open_app(first, options.language)
        hint = did_you_mean(first, commands)
        raise UserError(f'unknown command "{first}"{hint}; see barretimer --help')
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_app(None, args.language)
    _check_numbers(args)
    return int(args.run(args))


def _escaped(text: str) -> str:
    from barretimer.core.text import one_line

    return one_line(text)


def _number_limits() -> dict[str, tuple[float, float, bool]]:
    """Each number option: its lowest and highest value, and whether the lowest is allowed."""
    from barretimer.core.model import MAX_SCALE, MIN_SCALE

    return {
        "speed": (0.0, 1000.0, False),
        "scale": (MIN_SCALE, MAX_SCALE, True),
        "limit": (1, 1_000_000_000, True),
    }


def _check_numbers(args: argparse.Namespace) -> None:
    """Refuse nan, infinities and numbers out of range, whatever command has them."""
    for name, (low, high, low_allowed) in _number_limits().items():
        value = getattr(args, name, None)
        if value is None:
            continue
        above = value >= low if low_allowed else value > low
        if not (math.isfinite(value) and above and value <= high):
            if name == "speed":
                raise UserError("--speed must be more than 0 and at most 1000")
            if name == "limit":
                raise UserError("--limit must be a whole number of sessions, 1 or more")
            raise UserError(f"--{name} must be between {low:g} and {high:g}")


def _run(action: Callable[[], int]) -> int:
    try:
        return action()
    except UserError as error:
        print(f"barretimer: {_escaped(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the last line of defence: one line, never a traceback
        if os.environ.get("BARRETIMER_DEBUG"):
            raise
        print(
            f"barretimer: unexpected error: {type(error).__name__}: {_escaped(str(error))}",
            file=sys.stderr,
        )
        return 2
