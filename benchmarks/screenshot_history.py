"""Screenshots of the History and Trends views over a realistic 10-year history, and the
timings that matter for them: the first page of the session list and the trends.

    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/screenshot_history.py
        [--database FILE] [--out assets/screenshots] [--theme light|dark]

Without ``--database`` it generates the history first (benchmarks/make_history.py, seed 7,
ending today) in a temporary folder. The PNGs are ``history.png`` and ``trends.png`` (with a
``-dark`` suffix for the dark theme).
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
sys.path.insert(0, str(ROOT / "benchmarks"))

WIDTH, HEIGHT = 1400, 860


def first_page_ms(app, store, page_class) -> tuple[float, object]:
    """Milliseconds from building the page to its first page of sessions painted."""
    began = time.perf_counter()
    page = page_class(store, 2)
    page.resize(WIDTH, HEIGHT)
    page.show()
    page.table.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - began) * 1000, page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    if os.environ.get("QT_QPA_PLATFORM") is None and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from barretimer.store.sessions import SessionStore
    from barretimer.store.trends import compute_trends
    from barretimer.ui.style.palette import apply_theme

    temporary = None
    database = args.database
    if database is None:
        import make_history

        temporary = tempfile.TemporaryDirectory()
        database = Path(temporary.name) / "history.sqlite3"
        make_history.main([str(database)])

    app = QApplication.instance() or QApplication([])
    apply_theme(app, args.theme)
    from barretimer.ui.history import HistoryPage

    store = SessionStore.open(database)
    try:
        sessions = store.count()
        steps = store.db.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0]
        print(f"history: {sessions} sessions, {steps} step rows")

        cold, page = first_page_ms(app, store, HistoryPage)
        warm = []
        for _ in range(args.runs):
            ms, other = first_page_ms(app, store, HistoryPage)
            warm.append(ms)
            other.close()
            other.deleteLater()
        app.processEvents()
        print(
            f"first page shown: {cold:.0f} ms cold (first in the process), "
            f"median {statistics.median(warm):.0f} ms warm over {args.runs} runs"
        )

        compute = []
        for _ in range(max(args.runs, 5)):
            began = time.perf_counter()
            compute_trends(store, 2)
            compute.append((time.perf_counter() - began) * 1000)
        print(
            f"trends computed: median {statistics.median(compute):.1f} ms, "
            f"max {max(compute):.1f} ms over {len(compute)} runs"
        )

        suffix = "-dark" if args.theme == "dark" else ""
        args.out.mkdir(parents=True, exist_ok=True)
        page.table.selectRow(1)
        app.processEvents()
        page.grab().save(str(args.out / f"history{suffix}.png"))

        began = time.perf_counter()
        page.tabs.setCurrentWidget(page.trends_view)
        app.processEvents()
        print(
            f"trends tab shown (computed and drawn): {(time.perf_counter() - began) * 1000:.0f} ms"
        )
        page.grab().save(str(args.out / f"trends{suffix}.png"))
        print(f"wrote {args.out / f'history{suffix}.png'} and {args.out / f'trends{suffix}.png'}")
        page.close()
    finally:
        store.close()
        if temporary is not None:
            temporary.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
