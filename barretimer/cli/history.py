"""``barretimer history``: list past sessions, export them to CSV or import them back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from barretimer.cli.common import UserError, open_store


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
    store = open_store()
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


def add_history_command(commands: Any) -> None:
    """``barretimer history``: list, export or import the sessions."""
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
