"""5. Memory: the app's peak RSS while it plays (VmHWM of the app process at the end of each
real-time run and of the long run below) against the bare PySide6 window (VmHWM of the start-up
measurement's bare windows), and RSS growth over a 2-hour routine played in the window at
speed 50 (a scaled clock, so it takes 2.4 minutes): RSS once 10% of it has played against RSS
at its end. The speech helper is a separate process; its RSS is shown apart."""

from __future__ import annotations

import statistics
from typing import Any

from benchmarks.figures import Figure

SECTION = "5. Memory"


def peak_mb(result: dict[str, Any]) -> float:
    samples = result.get("rss", [])
    return max((s[3] for s in samples), default=0) / 1024 if samples else float("nan")


def helper_mb(result: dict[str, Any]) -> float:
    samples = result.get("rss", [])
    return max((s[4] for s in samples), default=0) / 1024 if samples else float("nan")


def growth_mb(result: dict[str, Any]) -> tuple[float, float, float]:
    """(RSS once 10% had played, RSS at the end of play, growth) in MB."""
    total = result.get("marks", {}).get("total_s") or 0
    samples = [s for s in result.get("rss", []) if s[1] > 0]
    playing = [s for s in samples if s[1] < total] or samples
    if not playing or not total:
        return float("nan"), float("nan"), float("nan")
    early = next((s for s in playing if s[1] >= 0.1 * total), playing[0])
    late = playing[-1]
    return early[2] / 1024, late[2] / 1024, (late[2] - early[2]) / 1024


def figures(
    playing: list[dict[str, Any]],
    long_runs: list[dict[str, Any]],
    bare_hwm: list[float],
    app_idle_hwm: list[float],
) -> list[Figure]:
    bare = statistics.median(bare_hwm) if bare_hwm else float("nan")
    peaks = [peak_mb(r) for r in playing + long_runs]
    out = [
        Figure(SECTION, "Bare PySide6 window: peak RSS", "MB", bare_hwm, decimals=1),
        Figure(
            SECTION,
            "App, window just opened (not playing): peak RSS",
            "MB",
            app_idle_hwm,
            decimals=1,
        ),
        Figure(
            SECTION,
            "App playing with speech: peak RSS",
            "MB",
            peaks,
            decimals=1,
            detail="the real-time runs and the 2-hour run; speech helper process apart: "
            + ", ".join(f"{helper_mb(r):.0f}" for r in playing + long_runs)
            + " MB",
        ),
        Figure(
            SECTION,
            "App playing above the bare window (peak RSS)",
            "MB",
            [p - bare for p in peaks],
            bar=60.0,
            decimals=1,
            detail=f"each run's peak minus the bare window's median peak ({bare:.1f} MB)",
        ),
    ]
    growths = [growth_mb(r) for r in long_runs]
    out.append(
        Figure(
            SECTION,
            "RSS growth over a 2-hour routine at speed 50 (10% → end)",
            "MB",
            [g[2] for g in growths],
            bar=5.0,
            decimals=2,
            detail="; ".join(f"{a:.1f} MB at 10% → {b:.1f} MB at the end" for a, b, _ in growths),
        )
    )
    return out
