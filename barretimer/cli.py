"""The ``barretimer`` command: open the app, or validate, play and review from a terminal.

The commands import the core when they run: ``barretimer`` alone opens the window, which reads
routines only after its first frame, and importing the loader (and PyYAML) first would delay it.
"""

from __future__ import annotations

import argparse
import json
import logging
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
    from barretimer.core.model import Catalog
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
        print(json.dumps(out, indent=2))
        return 0
    if not entries:
        print(
            f"No routines found in {paths.shipped_routines_dir()} or {paths.user_routines_dir()}."
        )
        return 0
    width = max(len(e.name) for e in entries)
    for shipped in (True, False):
        group = [e for e in entries if e.shipped is shipped]
        folder = paths.shipped_routines_dir() if shipped else paths.user_routines_dir()
        print(f"{'Shipped' if shipped else 'Your'} routines ({folder}):")
        if not group:
            print("  (none yet)")
        for entry in group:
            timeline = entry.timeline() if entry.ok else None
            if entry.ok and timeline and entry.result.routine:
                level = entry.result.routine.level.value
                print(
                    f"  {entry.name:<{width}}  {format_minutes(timeline.total_s):>9}  {level:<12}  {entry.path.name}"
                )
            else:
                count = len(entry.result.problems)
                print(
                    f"  {entry.name:<{width}}  {'invalid':>9}  {count} problem(s): barretimer validate {entry.path}"
                )
        print()
    return 0


# --- history ----------------------------------------------------------------------------------


def cmd_history(args: argparse.Namespace) -> int:
    from barretimer.core.durations import format_clock

    store = _open_store()
    try:
        if args.csv:
            from barretimer.store.csvio import export_csv

            count = export_csv(store, Path(args.csv), steps=args.steps)
            print(f"Wrote {count} sessions to {args.csv}.")
            return 0
        rows = store.sessions(limit=args.limit)
        if args.json:
            print(json.dumps([r.to_json() for r in rows], indent=2, ensure_ascii=False))
            return 0
        if not rows:
            print("No sessions yet. Play a routine with: barretimer play ROUTINE.yaml --headless")
            return 0
        for r in rows:
            scale = f" at {r.scale:.0%}" if r.scale != 1.0 else ""
            effort = f"  effort {r.effort}/10" if r.effort else ""
            print(
                f"{r.started_at[:16].replace('T', ' ')}  {r.status:<11}  {format_clock(r.done_s):>7} of "
                f"{format_clock(r.planned_s):<7}  {r.routine}{scale}{effort}"
            )
        return 0
    finally:
        store.close()


# --- play -------------------------------------------------------------------------------------


def _scaled_clock(speed: float) -> Callable[[], float]:
    start = time.monotonic()
    return lambda: (time.monotonic() - start) * speed


def _printer(out: TextIO, as_json: bool) -> Callable[[Event], None]:
    from barretimer.core.durations import format_clock
    from barretimer.core.engine import EventKind

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
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif event.kind in shown:
            out.write(f"[{format_clock(event.planned_s)}] {event.text}\n")
        out.flush()

    return show


def _make_speaker(enabled: bool) -> Any:
    """The speech client, or None when speech is off or cannot start."""
    if not enabled:
        return None
    try:
        from barretimer.speech.client import SpeechClient
    except ImportError:
        return None
    try:
        client = SpeechClient(
            on_unavailable=lambda reason: print(f"notice: {reason}", file=sys.stderr)
        )
        client.start()
        return client
    except Exception as error:  # speech is never worth failing a workout for
        print(f"notice: speech is off ({error})", file=sys.stderr)
        return None


def cmd_play(args: argparse.Namespace) -> int:
    if not args.headless:
        return _open_app(args.file)
    from barretimer.core.engine import SUSPEND_GAP_S, Engine, State
    from barretimer.core.loader import load_routine_file
    from barretimer.core.timeline import compile_timeline
    from barretimer.workout import RecordAs, Workout

    if args.speed <= 0 or args.speed > 1000:
        raise UserError("--speed must be more than 0 and at most 1000")
    if not 0.5 <= args.scale <= 3.0:
        raise UserError("--scale must be between 0.5 and 3.0")
    path = Path(args.file)
    result = load_routine_file(path, _catalog())
    if not result.ok or result.routine is None:
        for line in dict.fromkeys(map(str, result.problems)):
            print(line, file=sys.stderr)
        return 1
    routine = result.routine
    timeline = compile_timeline(routine, args.scale)
    try:
        store = _open_store()
    except UserError as error:
        store = None  # the workout is worth more than its record: play it anyway
        print(f"notice: {error}; this session will not be saved to the history.", file=sys.stderr)
    speaker = _make_speaker(not args.no_speech)
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


# --- the app ----------------------------------------------------------------------------------


def _open_app(routine: str | None) -> int:
    try:
        from barretimer.ui.app import run_app
    except ImportError as error:
        raise UserError(
            f"the window cannot start: {error}. Try: barretimer play FILE --headless"
        ) from None
    return int(run_app(routine))


# --- entry point ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="barretimer",
        description="A guided-workout timer: barre, holds, stretches and balance drills with spoken cues.",
    )
    parser.add_argument("--version", action="version", version=f"barretimer {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="keep the history and your routines in DIR"
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
    history.set_defaults(run=cmd_history)

    routines = commands.add_parser(
        "routines", help="list shipped and your routines with their length"
    )
    routines.add_argument("--json", action="store_true")
    routines.set_defaults(run=cmd_routines)
    return parser


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _setup_logging()
    parser = build_parser()
    # `barretimer ROUTINE.yaml` opens that routine in the player.
    if (
        argv
        and not argv[0].startswith("-")
        and argv[0] not in {"validate", "play", "history", "routines"}
    ):
        args = parser.parse_args([a for a in argv[1:]])
        if args.data_dir:
            paths.set_data_dir(args.data_dir)
        return _run(lambda: _open_app(argv[0]))
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.command is None:
        return _run(lambda: _open_app(None))
    return _run(lambda: int(args.run(args)))


def _run(action: Callable[[], int]) -> int:
    try:
        return action()
    except UserError as error:
        print(f"barretimer: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the last line of defence: one line, never a traceback
        if os.environ.get("BARRETIMER_DEBUG"):
            raise
        print(f"barretimer: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
