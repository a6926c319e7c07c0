"""``barretimer exercises``: list the catalog, check the pose files, draw the figures."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from barretimer import paths
from barretimer.cli.common import UserError, escaped, read_catalog

if TYPE_CHECKING:
    from barretimer.core.model import Catalog


def cmd_exercises(args: argparse.Namespace) -> int:
    catalog = read_catalog()
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
            escaped(
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


def add_exercises_command(commands: Any) -> None:
    """``barretimer exercises``: the catalog, its pose check and figures."""
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
