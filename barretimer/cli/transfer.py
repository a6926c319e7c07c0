"""``export`` and ``import``: routines to and from watches, other timers and paper."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from barretimer import paths
from barretimer.cli.common import UserError, escaped, read_catalog, routine_path

if TYPE_CHECKING:
    from barretimer.core.model import Catalog, Routine


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
    source = routine_path(args.routine)
    catalog = read_catalog()
    result = load_routine_file(source, catalog)
    if not result.ok or result.routine is None:
        for line in dict.fromkeys(map(str, result.problems)):
            print(line, file=sys.stderr)
        return 1
    for fmt, path in targets:
        try:
            lost = export_file(result.routine, fmt, path, args.scale)
        except FormatError as error:
            raise UserError(str(error)) from None
        print(f"Wrote {escaped(str(path))}.")
        for line in lost:
            print(f"  not carried: {escaped(line)}")
    if args.pdf:
        _write_sheet(result.routine, source, Path(args.pdf), catalog)
    return 0


def _write_sheet(routine: Routine, routine_path: Path, target: Path, catalog: Catalog) -> None:
    """The routine as a sheet to print (a PDF), drawn without a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from barretimer.ui.print_sheet import SheetError, export_sheet

    app = QGuiApplication.instance() or QGuiApplication(["barretimer"])
    if not target.parent.is_dir():
        raise UserError(f"cannot write {escaped(str(target))}: no such folder")
    try:
        pages = export_sheet(routine, routine_path, target, catalog)
    except SheetError as error:
        raise UserError(str(error)) from None
    del app
    noun = "page" if pages == 1 else "pages"
    print(f"Wrote {escaped(str(target))} ({pages} {noun}).")


def cmd_import(args: argparse.Namespace) -> int:
    from barretimer.core.text import one_line
    from barretimer.core.writer import RoutineWriteError
    from barretimer.formats.common import FormatError
    from barretimer.formats.files import read_file, save_imported

    catalog = read_catalog()
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


def add_transfer_commands(commands: Any) -> None:
    """``export`` to a watch, another timer or paper; ``import`` from another timer."""
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
