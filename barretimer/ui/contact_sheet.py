"""A contact sheet of every exercise figure, both sides, with names: the review of the poses.

    python -m barretimer.ui.contact_sheet OUT.png [--size PX] [--only ID ...] [--dark]

Each exercise gets a cell with its name, its left and right side at ``--size`` and a 64 px
thumbnail; an exercise without a pose shows its name and "no pose". Problems found in the
pose files are printed, one per line, with their place.
"""

from __future__ import annotations

import argparse
import array
import sys
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.model import Catalog, Sides
from barretimer.core.poses import PoseSet, load_poses
from barretimer.core.timeline import Side
from barretimer.ui.figure import render_image

THUMB = 64
LABEL_HEIGHT = 22
GAP = 8


def make_sheet(
    catalog: Catalog,
    poses: PoseSet,
    size: int = 120,
    only: Sequence[str] = (),
    columns: int = 5,
    dark: bool = False,
) -> QImage:
    exercises = [e for e in catalog.exercises if not only or e.id in only]
    cell_w = 2 * size + THUMB + 3 * GAP
    cell_h = size + LABEL_HEIGHT + GAP
    rows = max(1, (len(exercises) + columns - 1) // columns)
    sheet = QImage(columns * cell_w, rows * cell_h, QImage.Format.Format_ARGB32_Premultiplied)
    background = QColor("#1e2127" if dark else "#ffffff")
    text = QColor("#eceff4" if dark else "#15171a")
    sheet.fill(background)
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    for index, exercise in enumerate(exercises):
        x = (index % columns) * cell_w
        y = (index // columns) * cell_h
        painter.setPen(text)
        sides = " (left | right)" if exercise.sides is Sides.LEFT_RIGHT else ""
        label = f"{index + 1}. {exercise.name} [{exercise.kind.value}]{sides}"
        painter.drawText(
            QRectF(x + GAP, y, cell_w - 2 * GAP, LABEL_HEIGHT),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, cell_w - 2 * GAP),
        )
        spec = poses.poses.get(exercise.id)
        if spec is None:
            painter.setPen(QColor("#b91c1c"))
            painter.drawText(
                QRectF(x + GAP, y + LABEL_HEIGHT, 2 * size, size),
                Qt.AlignmentFlag.AlignCenter,
                "no pose",
            )
            continue
        top = y + LABEL_HEIGHT
        for column, side in enumerate((Side.LEFT, Side.RIGHT)):
            image = render_image(spec, size, side=side, kind=exercise.kind, dark=dark)
            painter.drawImage(x + GAP + column * (size + GAP), top, image)
        # The thumbnail, and for a move each keyframe at thumbnail size below it.
        count = len(spec.keyframes)
        for frame in range(min(count, max(1, size // (THUMB + 4)))):
            thumb = render_image(
                spec, THUMB, side=Side.LEFT, kind=exercise.kind, dark=dark, phase=frame / count
            )
            painter.drawImage(x + GAP + 2 * (size + GAP), top + frame * (THUMB + 4), thumb)
    painter.end()
    return sheet


def compact(image: QImage) -> QImage:
    """The sheet with its 256 most used colours: flat figures on a plain ground lose nothing
    that shows, and the PNG is about a third of the size (it is kept in the repository)."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(array.array("I", bytes(pixels.constBits())))
    table = [colour for colour, _ in counts.most_common(256)]
    return pixels.convertToFormat(
        QImage.Format.Format_Indexed8, table, Qt.ImageConversionFlag.ThresholdDither
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m barretimer.ui.contact_sheet")
    parser.add_argument("out", metavar="OUT.png")
    parser.add_argument("--size", type=int, default=120, help="pixels per figure (default 120)")
    parser.add_argument("--only", nargs="+", default=(), metavar="ID", help="only these exercises")
    parser.add_argument("--columns", type=int, default=5)
    parser.add_argument("--dark", action="store_true", help="the dark theme's colours")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["barretimer-contact-sheet"])
    catalog, problems = load_catalog(paths.catalog_path())
    poses = load_poses(paths.poses_dir(), catalog, require_all=not args.only)
    for problem in [*problems, *poses.problems]:
        print(problem, file=sys.stderr)
    sheet = make_sheet(catalog, poses, args.size, args.only, args.columns, args.dark)
    if not compact(sheet).save(args.out):
        print(f"cannot write {args.out}", file=sys.stderr)
        return 1
    posed = sum(1 for e in catalog.exercises if e.id in poses.poses)
    print(f"{args.out}: {posed} of {len(catalog)} exercises drawn")
    del app
    return 0


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
