"""Screenshots of the Trends tab in the whole window at the sizes people use: 1024x600,
1200x800 (the app's default) and 1400x900, to check that the charts stay readable.

    python benchmarks/screenshot_trends.py [--out assets/screenshots] [--theme light|dark]
        [--database FILE]

Without ``--database`` it generates a year of history ending today (benchmarks/make_history.py,
seed 7). The PNGs are ``trends-WxH.png`` (with a ``-dark`` suffix for the dark theme).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SIZES = ((1024, 600), (1200, 800), (1400, 900))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)

    if os.environ.get("QT_QPA_PLATFORM") is None and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data = tempfile.TemporaryDirectory(prefix="barretimer-trends-")
    os.environ["BARRETIMER_DATA_DIR"] = data.name
    (Path(data.name) / "settings.ini").write_text(
        f"[appearance]\ntheme={args.theme}\n", encoding="utf-8"
    )

    from barretimer import paths

    if args.database is None:
        import make_history

        make_history.main([str(paths.database_path()), "--years", "1", "--sessions", "330"])
    else:
        shutil.copyfile(args.database, paths.database_path())

    from barretimer.speech.api import NullSpeaker
    from barretimer.ui.app import close_main_window, create_main_window, prepare_application
    from barretimer.ui.speech_qt import QtSpeech
    from tests.helpers.clock import FakeClock

    app = prepare_application()
    window = create_main_window(FakeClock(), QtSpeech(NullSpeaker()))
    window.show()
    app.processEvents()
    window.show_place(window.HISTORY)
    page = window.history_page()
    page.tabs.setCurrentWidget(page.trends_view)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.theme == "dark" else ""
    try:
        for width, height in SIZES:
            window.resize(width, height)
            for _ in range(3):  # the layouts settle over a few rounds of events
                app.processEvents()
            target = args.out / f"trends-{width}x{height}{suffix}.png"
            if not window.grab().save(str(target)):
                raise SystemExit(f"could not write {target}")
            print(f"wrote {target}")
    finally:
        close_main_window(window)
        data.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
