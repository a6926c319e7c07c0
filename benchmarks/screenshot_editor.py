"""A screenshot of the routine editor with a real shipped routine open, and the timings that
matter while editing: opening a routine, one typed change (the whole page redrawn from the new
routine value), one drag and drop, and saving.

    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/screenshot_editor.py
        [--routine even-thighs.yaml] [--out assets/screenshots] [--theme light|dark]

The routine is duplicated into a temporary data folder first (shipped routines are never
edited in place). The PNG is ``editor.png`` (``editor-dark.png`` for the dark theme).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 1400, 900


def _ms(began: float) -> float:
    return (time.perf_counter() - began) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routine", default="barre-class-for-runners.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--select", default="2.2", help="the step to show in the form, e.g. 4.2")
    args = parser.parse_args(argv)

    if os.environ.get("QT_QPA_PLATFORM") is None and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data = tempfile.mkdtemp(prefix="barretimer-editor-")
    os.environ["BARRETIMER_DATA_DIR"] = data

    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from barretimer import paths
    from barretimer.core.library import load_catalog
    from barretimer.speech.api import NullSpeaker
    from barretimer.ui.editor import EditorPage
    from barretimer.ui.style.palette import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app, args.theme)
    catalog, _ = load_catalog(paths.catalog_path())
    page = EditorPage(catalog, paths.user_routines_dir(), NullSpeaker())
    page.resize(WIDTH, HEIGHT)
    page.show()
    app.processEvents()

    began = time.perf_counter()
    if not page.duplicate(paths.shipped_routines_dir() / args.routine):
        print(f"cannot open {args.routine}", file=sys.stderr)
        return 1
    app.processEvents()
    open_ms = _ms(began)

    path = tuple(int(part) - 1 for part in args.select.split("."))
    index = page.tree_model.index_for_path(path)
    if index.isValid():
        page.tree.setCurrentIndex(index)
    app.processEvents()

    # One typed letter: a command, a new routine value, the tree, forms, checks and summary.
    typed = []
    cue = page.step_form.cue
    cue.setFocus()
    for _ in range(30):
        began = time.perf_counter()
        QTest.keyClick(cue, Qt.Key.Key_A)
        app.processEvents()
        typed.append(_ms(began))
    for _ in range(30):
        page.undo_action.trigger()

    # A drag and drop of the first step to the end, as the view does it.
    model = page.tree_model
    moves = []
    for _ in range(10):
        began = time.perf_counter()
        data_ = model.mimeData([model.index(0, 0)])
        model.dropMimeData(data_, Qt.DropAction.MoveAction, model.rowCount(), 0, QModelIndex())
        app.processEvents()
        moves.append(_ms(began))
    for _ in range(10):
        page.undo_action.trigger()
    if index.isValid():
        page.tree.setCurrentIndex(page.tree_model.index_for_path(path))
    page.tree.scrollToTop()
    page.tree.scrollTo(page.tree.currentIndex())
    app.processEvents()

    began = time.perf_counter()
    page.save()
    save_ms = _ms(began)
    page.undo_stack.clear()  # the timing runs above are not the picture's history

    args.out.mkdir(parents=True, exist_ok=True)
    name = "editor.png" if args.theme == "light" else "editor-dark.png"
    page.grab().save(str(args.out / name))
    print(f"routine: {args.routine} ({page.summary.total.text()})")
    print(f"open (duplicate, load, draw): {open_ms:.1f} ms")
    print(f"one typed letter: median {statistics.median(typed):.1f} ms, max {max(typed):.1f} ms")
    print(f"one drag and drop: median {statistics.median(moves):.1f} ms, max {max(moves):.1f} ms")
    print(f"save: {save_ms:.1f} ms")
    print(f"screenshot: {args.out / name}")
    page.undo_stack.setClean()
    page.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
