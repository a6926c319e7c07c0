"""The screenshot of the plan on the Library's first screen, from the real app:

    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/screenshot_plan.py
        [--out assets/screenshots] [--theme light|dark]

A temporary data folder follows "Strong and Balanced Runner" from 16 days ago, with the
sessions of weeks 1 and 2 and the first of week 3 completed, so the panel reads
"Week 3 of 8: Level Pelvis, then Even Thighs. 1 of 2 done this week." Writes ``plan.png``
(``plan-dark.png`` for the dark theme).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 1400, 900
SESSIONS = (
    (1, "Glute Wake-Up for Runners"),
    (4, "Single-Leg Balance Ladder"),
    (8, "Single-Leg Balance Ladder"),
    (11, "Glute Wake-Up for Runners"),
    (15, "Level Pelvis"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    if os.environ.get("QT_QPA_PLATFORM") is None and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data = tempfile.TemporaryDirectory(prefix="barretimer-plan-")
    os.environ["BARRETIMER_DATA_DIR"] = data.name
    (Path(data.name) / "settings.ini").write_text(
        f"[appearance]\ntheme={args.theme}\n", encoding="utf-8"
    )

    from barretimer import paths
    from barretimer.speech.api import NullSpeaker
    from barretimer.store.progress import ActivePlan, save_active_plan
    from barretimer.store.sessions import SessionStore
    from barretimer.ui.app import close_main_window, create_main_window, prepare_application
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.speech_qt import QtSpeech

    started_on = datetime.now().date() - timedelta(days=16)
    save_active_plan(paths.active_plan_path(), ActivePlan("strong-and-balanced-runner", started_on))
    store = SessionStore.open(paths.database_path())
    try:
        for day, routine in SESSIONS:
            when = datetime.combine(started_on + timedelta(days=day), time(7, 5)).astimezone()
            session = store.start_session(
                routine=routine, planned_s=900, steps_total=12, started=when
            )
            store.finish_session(session, "completed", 900)
            store.set_review(session, effort=6, notes="")
    finally:
        store.close()

    app = prepare_application()
    window = create_main_window(lambda: 0.0, QtSpeech(NullSpeaker()))
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    try:
        window.show_place(MainWindow.LIBRARY)
        window.library.select_path(paths.shipped_routines_dir() / "even-thighs.yaml")
        app.processEvents()
        args.out.mkdir(parents=True, exist_ok=True)
        suffix = "" if args.theme == "light" else f"-{args.theme}"
        target = args.out / f"plan{suffix}.png"
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
        print(f"wrote {target}")
    finally:
        close_main_window(window)
        data.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
