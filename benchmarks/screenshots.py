"""The README screenshots, taken from the real app: ``./dev.sh screenshots``, or

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m benchmarks.screenshots [SCREEN ...]
        [--out assets/screenshots] [--theme light|dark] [--routine even-thighs.yaml] [--at 407]
        [--language de]

With ``--language CODE`` the window is in that language and each file is named with the code
first (``de-player.png``); the editor is then taken in the window itself
(``python -m benchmarks.screenshots --language de library player editor``).

The app runs in a generated data folder (a few past sessions, so the start panel has a
suggestion and the history is not empty) with a fake clock: the player is shown at ``--at``
seconds into a shipped routine, exactly as it looks at that moment of a real workout.

One function per screen, registered in ``SCREENS``: it gets the running :class:`Shot` and
returns the PNG files it wrote. ``editor``, ``history`` and ``trends`` run the scripts of those
screens (``screenshot_editor.py``, ``screenshot_history.py``) when they exist; replace them
with in-process functions here if you like.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.helpers.clock import FakeClock  # noqa: E402  (after the path is set)

WIDTH, HEIGHT = 1400, 900


@dataclass
class Shot:
    """What every screen function gets: the app, its window, the clock and the options."""

    app: object
    window: object
    clock: FakeClock
    out: Path
    theme: str
    routine: str
    at_s: float
    language: str | None = None
    written: list[Path] = field(default_factory=list)

    def path(self, name: str) -> Path:
        suffix = "" if self.theme == "light" else f"-{self.theme}"
        prefix = f"{self.language}-" if self.language else ""
        return self.out / f"{prefix}{name}{suffix}.png"

    def save(self, widget: object, name: str) -> Path:
        self.app.processEvents()  # type: ignore[attr-defined]
        target = self.path(name)
        if not widget.grab().save(str(target)):  # type: ignore[attr-defined]
            raise SystemExit(f"could not write {target}")
        self.written.append(target)
        return target


def make_history(routine_name: str, level: str) -> None:
    """A few easy completed sessions of the routine in the last two weeks, and some others."""
    from barretimer import paths
    from barretimer.store.sessions import SessionStore

    store = SessionStore.open(paths.database_path())
    now = datetime.now().astimezone()
    try:
        for days_ago, name, effort, status in (
            (12, routine_name, 6, "completed"),
            (8, "Post-Run Stretch", 3, "completed"),
            (5, routine_name, 6, "completed"),
            (4, "Single-Leg Balance Ladder", 7, "stopped"),
            (2, routine_name, 5, "completed"),
        ):
            session = store.start_session(
                routine=name,
                planned_s=1200,
                steps_total=12,
                level=level,
                started=now - timedelta(days=days_ago),
            )
            store.finish_session(session, status, 1200 if status == "completed" else 500)
            store.set_review(session, effort=effort, notes="")
    finally:
        store.close()


# --- the screens --------------------------------------------------------------------------------


def shot_library(shot: Shot) -> list[Path]:
    from barretimer import paths
    from barretimer.ui.main_window import MainWindow

    window = shot.window
    window.show_place(MainWindow.LIBRARY)  # type: ignore[attr-defined]
    library = window.library  # type: ignore[attr-defined]
    library.select_path(paths.shipped_routines_dir() / shot.routine)
    library.steps_model.thumbnails.load_now()  # the figures are read in the background
    return [shot.save(window, "library")]


def shot_start(shot: Shot) -> list[Path]:
    from barretimer import paths

    window = shot.window
    window.open_file(paths.shipped_routines_dir() / shot.routine)  # type: ignore[attr-defined]
    return [shot.save(window, "start")]


def shot_player(shot: Shot) -> list[Path]:
    """The routine played at 100% to ``--at`` seconds, one touchdown on the way, then shown."""
    from barretimer import paths

    window = shot.window
    player = window.player  # type: ignore[attr-defined]
    if not player.active:
        window.open_file(paths.shipped_routines_dir() / shot.routine)  # type: ignore[attr-defined]
        player.play(1.0)
    elapsed = 0.0
    while elapsed < shot.at_s and player.active:
        step = min(0.5, shot.at_s - elapsed)
        shot.clock.now += step
        elapsed += step
        player.tick()
        state = player.display_state()
        if state is not None and state.counts_touchdowns and state.touchdowns_left == 0:
            player.touchdown()
    # The notes on the next exercise follow an interval change a moment later: wait for them.
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    from barretimer.ui.exercise_notes import FOLLOW_DELAY_MS

    deadline = QDeadlineTimer(2 * FOLLOW_DELAY_MS)
    while not deadline.hasExpired():
        shot.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)  # type: ignore[attr-defined]
    return [shot.save(window, "player")]


def _script(name: str, *args: str) -> Callable[[Shot], list[Path]]:
    """A screen taken by another script of benchmarks/ (a QApplication of its own)."""

    def run(shot: Shot) -> list[Path]:
        script = ROOT / "benchmarks" / name
        if not script.is_file():
            print(f"skipped: {script.name} does not exist yet")
            return []
        command = [
            sys.executable,
            str(script),
            "--out",
            str(shot.out),
            "--theme",
            shot.theme,
            *args,
        ]
        subprocess.run(command, check=True, cwd=ROOT)
        return []

    return run


def shot_editor(shot: Shot) -> list[Path]:
    """The editor: in English the timing script takes it; in another language the window's
    own editor shows a shipped class duplicated into the reader's language, a step chosen."""
    if not shot.language:
        return _script("screenshot_editor.py")(shot)
    from barretimer import paths
    from barretimer.ui.main_window import MainWindow

    window = shot.window
    window.duplicate_routine(paths.shipped_routines_dir() / "barre-class-for-runners.yaml")  # type: ignore[attr-defined]
    editor = window.editor_page()  # type: ignore[attr-defined]
    window.show_place(MainWindow.EDITOR)  # type: ignore[attr-defined]
    index = editor.tree_model.index_for_path((1, 1))
    if index.isValid():
        editor.tree.setCurrentIndex(index)
    return [shot.save(window, "editor")]


SCREENS: dict[str, Callable[[Shot], list[Path]]] = {
    "library": shot_library,
    "start": shot_start,
    "player": shot_player,
    "editor": shot_editor,
    "history": _script("screenshot_history.py"),  # writes history.png and trends.png
    "plan": _script("screenshot_plan.py"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("screens", nargs="*", choices=[*SCREENS, []], help="default: all")
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--routine", default="even-thighs.yaml")
    parser.add_argument("--at", type=float, default=407.0, help="seconds into the routine")
    parser.add_argument("--language", help="a language code: the window and file names in it")
    args = parser.parse_args(argv)

    if os.environ.get("QT_QPA_PLATFORM") is None and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data = tempfile.TemporaryDirectory(prefix="barretimer-screens-")
    os.environ["BARRETIMER_DATA_DIR"] = data.name
    (Path(data.name) / "settings.ini").write_text(
        f"[appearance]\ntheme={args.theme}\n", encoding="utf-8"
    )

    from barretimer import paths
    from barretimer.core.library import load_catalog
    from barretimer.core.loader import load_routine_file
    from barretimer.speech.api import NullSpeaker
    from barretimer.ui.app import close_main_window, create_main_window, prepare_application
    from barretimer.ui.speech_qt import QtSpeech

    catalog, _ = load_catalog(paths.catalog_path())
    result = load_routine_file(paths.shipped_routines_dir() / args.routine, catalog)
    if not result.ok or result.routine is None:
        print(f"{args.routine} cannot be played: {result.problems}", file=sys.stderr)
        return 1
    make_history(result.routine.name, result.routine.level.value)

    app = prepare_application()
    clock = FakeClock()
    window = create_main_window(clock, QtSpeech(NullSpeaker()), language=args.language)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    shot = Shot(app, window, clock, args.out, args.theme, args.routine, args.at, args.language)
    try:
        for name in args.screens or list(SCREENS):
            SCREENS[name](shot)
    finally:
        window.player.stop_now()
        close_main_window(window)
        data.cleanup()
    for path in shot.written:
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
