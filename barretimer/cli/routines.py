"""``validate`` and ``routines``: check routine files, and list what there is to play."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from barretimer import paths
from barretimer.cli.common import library_by_id, read_catalog

if TYPE_CHECKING:
    from barretimer.core.model import Catalog
    from barretimer.core.problems import Problem


def validate_file(path: Path, catalog: Catalog) -> list[Problem]:
    from barretimer.core.loader import load_catalog_file, load_routine_file
    from barretimer.core.routine_reader import is_catalog_document
    from barretimer.core.yamlsrc import YamlSourceError, parse, read_text

    try:
        tree = parse(read_text(path, str(path)), str(path))
    except YamlSourceError as error:
        return error.problems
    if is_catalog_document(tree):
        return load_catalog_file(path)[1]
    from barretimer.core.plans import is_plan_document, load_plan_file

    if is_plan_document(tree):
        return load_plan_file(path, library_by_id()).problems

    from barretimer.core.poses import is_pose_document, poses_from_tree

    if is_pose_document(tree):
        return poses_from_tree(tree, str(path), catalog).problems
    return load_routine_file(path, catalog).problems


def cmd_validate(args: argparse.Namespace) -> int:
    catalog = read_catalog()
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


def cmd_routines(args: argparse.Namespace) -> int:
    from barretimer.core.durations import format_minutes
    from barretimer.core.library import load_library
    from barretimer.core.text import json_text, one_line

    entries = load_library(paths.shipped_routines_dir(), paths.user_routines_dir(), read_catalog())
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


def add_validate_command(commands: Any) -> None:
    """``barretimer validate FILE...``."""

    validate = commands.add_parser("validate", help="check routine files and list every problem")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(run=cmd_validate)


def add_routines_command(commands: Any) -> None:
    """``barretimer routines``: what there is to play."""
    routines = commands.add_parser(
        "routines", help="list shipped and your routines with their length"
    )
    routines.add_argument("--json", action="store_true")
    routines.set_defaults(run=cmd_routines)
