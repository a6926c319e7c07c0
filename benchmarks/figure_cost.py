"""8. Exercise figures: what an animated figure costs. Measured side by side in one run:

* the responsiveness heartbeat (a 10 ms precise QTimer in the GUI thread) while the window plays
  a routine of moves, so a figure animates the whole time, beside the bare heartbeat process
  (``benchmarks.heartbeat``) that shows the machine's own stalls; the app's own longest gap
  is the beat plus the most the GUI thread worked within one gap (see section 3);
* the figure's drawing time: every catalog pose painted at player size (480 px) into an image
  offscreen (shapes computed and stroked, the cost of a frame's first showing), and the copy
  of a cached frame (every later showing);
* the window's CPU time (user + system of the whole process, from ``/proc/self/stat``, as a
  share of one core) and its wakeups a second (voluntary + involuntary context switches of
  every thread, from ``/proc/self/task/*/status``; the GUI thread's alone beside it) over a
  window in the middle of playing: with reduced motion, with the figure animating, and idle on
  the start panel. No heartbeat runs in these three, so it adds no wakeups of its own.

The whole suite runs it too; alone it prints its section:

    python -m benchmarks.figure_cost [--seconds S] [--json OUT] [--from-json SAVED]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import common, playback, responsiveness
from benchmarks.figures import Figure

SECTION = "8. Exercise figures"
#: How long the moves routine plays (the load windows lie inside it).
PLAY_S = 150
LOAD_AFTER_S = 20.0
LOAD_FOR_S = 90.0


def moves_routine(path: Path, total_s: int = PLAY_S) -> Path:
    """A routine of animated moves only (30 s each, 5 s rests) lasting about ``total_s``."""
    from barretimer import paths
    from barretimer.core.library import load_catalog
    from barretimer.core.model import Kind
    from barretimer.core.poses import load_poses

    catalog, _ = load_catalog(paths.catalog_path())
    poses = load_poses(paths.poses_dir(), catalog).poses
    moves = [
        e.id
        for e in catalog.exercises
        if e.kind is Kind.MOVE and e.id in poses and poses[e.id].animated
    ]
    lines = [
        "name: Benchmark moves",
        "level: beginner",
        "defaults: {rest: 5, countdown: 3, lead_in: 5, switch: 5}",
        "steps:",
    ]
    played = 5.0
    for exercise_id in moves:
        if played >= total_s:
            break
        lines += [f"  - exercise: {exercise_id}", "    duration: 30"]
        sides = catalog.get(exercise_id)
        played += 35 if sides is None or sides.sides.value != "both" else 70
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _settings(folder: Path, reduced_motion: bool) -> None:
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.ini").write_text(
        f"[appearance]\nreduced_motion={'true' if reduced_motion else 'false'}\n",
        encoding="utf-8",
    )


def drawing_times(repeats: int = 5) -> dict[str, Any]:
    """Milliseconds to paint each catalog pose at 480 px, and to copy a cached frame."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, QSize, Qt
    from PySide6.QtGui import QImage, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication

    from barretimer import paths
    from barretimer.core.figure import layout
    from barretimer.core.library import load_catalog
    from barretimer.core.poses import load_poses
    from barretimer.ui.figure_paint import (
        FigureColors,
        figure_for_side,
        paint_figure,
        working_parts,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog, _ = load_catalog(paths.catalog_path())
    poses = load_poses(paths.poses_dir(), catalog).poses
    size = 480
    first: list[float] = []
    for spec in poses.values():
        bounds = layout(spec)
        colors = FigureColors.for_theme(False)
        for _ in range(repeats):
            image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            began = time.perf_counter()
            figure = figure_for_side(spec, 0.3, None)
            painter = QPainter(image)
            paint_figure(
                painter,
                QRectF(0, 0, size, size),
                figure,
                bounds,
                colors,
                working_parts(spec, None),
                None,
            )
            painter.end()
            first.append((time.perf_counter() - began) * 1000)
    frame = QPixmap(size, size)
    frame.fill(Qt.GlobalColor.white)
    target = QPixmap(size, size)
    blits: list[float] = []
    for _ in range(500):
        began = time.perf_counter()
        painter = QPainter(target)
        painter.drawPixmap(0, 0, frame)
        painter.end()
        blits.append((time.perf_counter() - began) * 1000)
    del app
    return {
        "poses": len(poses),
        "first_median_ms": statistics.median(first),
        "first_p99_ms": common.percentile(first, 99),
        "first_max_ms": max(first),
        "blit_median_ms": statistics.median(blits),
        "blit_max_ms": max(blits),
    }


def measure(folder: Path, play_s: int = PLAY_S) -> dict[str, Any]:
    """All of it, one phase after another (each phase alone on the machine, but the heartbeat
    and the bare heartbeat side by side)."""
    folder.mkdir(parents=True, exist_ok=True)
    routine = moves_routine(folder / "moves.yaml", play_s)
    results: dict[str, Any] = {"play_s": play_s}
    outcomes = playback.run_all(
        [
            playback.Run("control", routine, control_s=play_s + 40),
            playback.Run("animating-heartbeat", routine, {"heartbeat_ms": 10, "reference": False}),
        ],
        folder / "heartbeat",
    )
    results["heartbeat"] = {name: o.result for name, o in outcomes.items() if o.ok}
    results["problems"] = [f"{n}: {o.stderr_tail[-300:]}" for n, o in outcomes.items() if not o.ok]
    load_config = {
        "reference": False,
        "rss_every_s": 3600,
        "load_after_s": LOAD_AFTER_S,
        "load_for_s": min(LOAD_FOR_S, play_s - LOAD_AFTER_S - 10),
    }
    for name, reduced, config in (
        ("reduced-motion", True, load_config),
        ("animating", False, load_config),
        ("idle", False, {"reference": False, "rss_every_s": 3600, "idle_s": 60}),
    ):
        run_folder = folder / name
        _settings(run_folder / name, reduced)  # run_all gives each run folder/name
        outcome = playback.run_all([playback.Run(name, routine, config)], run_folder)[name]
        if outcome.ok:
            results[name] = outcome.result.get("load", {})
        else:
            results["problems"].append(f"{name}: {outcome.stderr_tail[-300:]}")
    results["drawing"] = drawing_times()
    return results


def figures(results: dict[str, Any]) -> list[Figure]:
    out: list[Figure] = []
    beat = results.get("heartbeat", {})
    app = beat.get("animating-heartbeat")
    control = beat.get("control")
    if app is not None:
        summary = responsiveness.gaps_summary(app)
        out.append(
            Figure(
                SECTION,
                "Longest gap of a 10 ms heartbeat while a figure animates",
                "ms",
                [summary["max_ms"]],
                bar=20.0,
                detail=f"{summary['count']} beats, p99 ≤ {summary['p99_ms']:.0f} ms, "
                f"{summary['over_15']} gaps over 15 ms, {summary['over_20']} over 20 ms; not "
                "counted: the gap across the start (the page switches to the player), "
                f"{app.get('marks', {}).get('heartbeat_start_gap_s', float('nan')) * 1000:.0f} ms",
            )
        )
        out.append(
            Figure(
                SECTION,
                "  the app's own: the beat plus the most the GUI thread worked within one gap",
                "ms",
                [responsiveness.own_work_ms(app)],
                bar=20.0,
                detail="the longest gaps: " + responsiveness.worst_gaps_detail(app),
            )
        )
        if control is not None:
            out.append(
                Figure(
                    SECTION,
                    "  bare heartbeat process beside it (the machine): longest gap",
                    "ms",
                    [control.get("max_s", float("nan")) * 1000],
                )
            )
    drawing = results.get("drawing")
    if drawing:
        out.append(
            Figure(
                SECTION,
                "Drawing a figure at 480 px (a frame's first showing): median",
                "ms",
                [drawing["first_median_ms"]],
                detail=f"{drawing['poses']} poses x 5; p99 {drawing['first_p99_ms']:.2f} ms, "
                f"max {drawing['first_max_ms']:.2f} ms",
                decimals=2,
            )
        )
        out.append(
            Figure(
                SECTION,
                "Copying a cached 480 px frame (every later showing): median",
                "ms",
                [drawing["blit_median_ms"]],
                detail=f"max {drawing['blit_max_ms']:.3f} ms",
                decimals=3,
            )
        )
    for name, label, cpu_bar, wake_bar in (
        ("reduced-motion", "playing with reduced motion", 1.0, 30.0),
        ("animating", "playing with the figure animating", 5.0, None),
        ("idle", "idle (start panel, nothing playing)", 0.0, None),
    ):
        load = results.get(name)
        if not load:
            continue
        cpu = load["cpu_share"] * 100
        out.append(
            Figure(
                SECTION,
                f"Window CPU, {label}",
                "% of a core",
                [round(cpu, 1) if name == "idle" else cpu],
                bar=cpu_bar,
                detail=f"over {load['wall_s']:.0f} s ({cpu:.3f}% before rounding)",
                decimals=1,
            )
        )
        out.append(
            Figure(
                SECTION,
                f"  wakeups a second, {label}",
                "/s",
                [load["all_wakeups_per_s"]],
                bar=wake_bar,
                detail=f"all threads; the GUI thread alone {load['main_wakeups_per_s']:.1f}/s",
                decimals=0,
            )
        )
    return out


def markdown(results: dict[str, Any]) -> str:
    """The section as the suite's report writes it."""
    from benchmarks import report

    return "\n".join(report.section_lines(figures(results)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.figure_cost")
    parser.add_argument("--seconds", type=int, default=PLAY_S, help="how long the routine plays")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--from-json", type=Path, help="only print the figures of a saved run")
    args = parser.parse_args(argv)
    import json

    if args.from_json:
        print(markdown(json.loads(args.from_json.read_text(encoding="utf-8"))))
        return 0
    with common.temporary_folder("barretimer-figures-", keep=args.keep) as tmp:
        results = measure(tmp, args.seconds)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(markdown(results))
    for problem in results.get("problems", []):
        print("problem:", problem, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
