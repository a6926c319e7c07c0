"""4. Start-up: from process start to the first painted frame of the main window
(``benchmarks.launch app``), against a bare PySide6 window with one label (``launch bare``)
measured the same way in the same run, alternating, after one unmeasured start of each (so
both find Python's bytecode cache and the disk cache warm). The app starts on a data folder
that already holds its database and settings, as on any day but the first. The first frame
shows the window with its places and menus; the app reads its routines, opens the history and
starts its speech helper right after it: the time from process start until the library's list
is painted with the routines is shown too. The bar compares the median app start with the
median bare start."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, base_env, stop_process
from benchmarks.figures import Figure

SECTION = "4. Start-up"


def launch(which: str, folder: Path, env: dict[str, str]) -> dict[str, Any]:
    out = folder / f"launch-{which}.json"
    out.unlink(missing_ok=True)
    began = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.launch", which, str(out)],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        stop_process(process)
    if not out.exists():
        return {"which": which, "error": f"no result (exit code {process.returncode})"}
    record = json.loads(out.read_text())
    if "shown_mono" in record:
        record["startup_ms"] = (record["shown_mono"] - began) * 1000
    if "listed_mono" in record:
        record["listed_ms"] = (record["listed_mono"] - began) * 1000
    return record


def measure(folder: Path, runs: int) -> dict[str, list[dict[str, Any]]]:
    folder.mkdir(parents=True, exist_ok=True)
    env = base_env(folder, audio="none")
    results: dict[str, list[dict[str, Any]]] = {"app": [], "bare": []}
    for which in ("app", "bare"):  # the unmeasured first start of each
        launch(which, folder, env)
    for _ in range(runs):
        for which in ("app", "bare"):
            results[which].append(launch(which, folder, env))
    return results


def figures(measured: dict[str, list[dict[str, Any]]]) -> list[Figure]:
    app = [r.get("startup_ms", float("nan")) for r in measured["app"]]
    listed = [r.get("listed_ms", float("nan")) for r in measured["app"]]
    bare = [r.get("startup_ms", float("nan")) for r in measured["bare"]]
    # The bar compares the typical start of each, the medians of the starts measured in turn:
    # a single start on this machine varies by a third (see the bare window's spread), so the
    # ratio of one app start to one bare start mostly measures that noise (shown below it).
    pairs = [a / b for a, b in zip(app, bare, strict=False)]
    app_median = statistics.median(app) if app else float("nan")
    bare_median = statistics.median(bare) if bare else float("nan")
    return [
        Figure(SECTION, "Main window: process start → first frame", "ms", app, decimals=0),
        Figure(
            SECTION,
            "Main window: process start → library listed",
            "ms",
            listed,
            decimals=0,
            detail="the routines are read right after the first frame; this is the moment the "
            "library's list is first painted with them",
        ),
        Figure(SECTION, "Bare PySide6 window, one label: same", "ms", bare, decimals=0),
        Figure(
            SECTION,
            "App ÷ bare window (median start ÷ median start)",
            "x",
            [app_median / bare_median],
            bar=1.5,
            decimals=2,
            detail=f"median app {app_median:.0f} ms against median bare {bare_median:.0f} ms, "
            f"{len(app)} starts of each, in turn",
        ),
        Figure(
            SECTION,
            "  each app start ÷ the bare start right after it",
            "x",
            pairs,
            decimals=2,
        ),
    ]


def bare_hwm_mb(measured: dict[str, list[dict[str, Any]]]) -> list[float]:
    return [r["vmhwm_kb"] / 1024 for r in measured["bare"] if "vmhwm_kb" in r]


def app_idle_hwm_mb(measured: dict[str, list[dict[str, Any]]]) -> list[float]:
    return [r["vmhwm_kb"] / 1024 for r in measured["app"] if "vmhwm_kb" in r]
