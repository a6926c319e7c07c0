"""4. Start-up: from process start to the first painted frame of the main window
(``benchmarks.launch app``), against a bare PySide6 window with one label (``launch bare``)
measured the same way in the same run, alternating, after one unmeasured start of each (so
both find Python's bytecode cache and the disk cache warm). The app starts on a data folder
that already holds its database and settings, as on any day but the first. The app reads its
routines right after the first frame: the time from process start until the library's list is
painted with them is shown too."""

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
    # Each app start against the bare start measured right after it.
    ratios = [a / b for a, b in zip(app, bare, strict=False)]
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
            "App ÷ bare window",
            "x",
            ratios,
            bar=1.5,
            decimals=2,
            detail=f"each app start over the bare start right after it; median app "
            f"{statistics.median(app):.0f} ms against median bare {bare_median:.0f} ms",
        ),
    ]


def bare_hwm_mb(measured: dict[str, list[dict[str, Any]]]) -> list[float]:
    return [r["vmhwm_kb"] / 1024 for r in measured["bare"] if "vmhwm_kb" in r]


def app_idle_hwm_mb(measured: dict[str, list[dict[str, Any]]]) -> list[float]:
    return [r["vmhwm_kb"] / 1024 for r in measured["app"] if "vmhwm_kb" in r]
