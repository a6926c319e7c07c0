"""1. Timing accuracy: how late each engine event is delivered in the real window (with and
without 300 ms stalls of the GUI thread), against a tick-counting reference clock, and in the
headless CLI.

For each event two errors are taken: the engine's own (``Event.actual_s - planned_s``, on the
host's clock) and the listener's wall-clock lateness (``time.monotonic()`` when a listener
added after the host's own ran, minus the planned moment converted to ``time.monotonic``).
Every planned event is listed from the timeline itself (its intervals and the cues inside
them) and matched with what was delivered: lost and doubled events are counted.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_file
from barretimer.core.timeline import Timeline, compile_timeline
from benchmarks.common import describe
from benchmarks.figures import Figure

SECTION = "1. Timing accuracy"


def timeline_of(routine: Path) -> Timeline:
    catalog, _ = load_catalog(paths.catalog_path())
    result = load_routine_file(routine, catalog)
    if not result.ok or result.routine is None:
        raise RuntimeError(f"{routine} is not valid: {result.problems[:2]}")
    return compile_timeline(result.routine)


def planned_events(timeline: Timeline) -> Counter[tuple[str, float, int | None]]:
    """Every event a full play of ``timeline`` must deliver, as (kind, planned_s, interval)."""
    planned: Counter[tuple[str, float, int | None]] = Counter()
    planned[("started", 0.0, None)] += 1
    for interval in timeline.intervals:
        start, end = interval.start_s, interval.end_s
        planned[("interval_started", round(start, 6), interval.index)] += 1
        for cue in interval.events:
            at = end + cue.offset_s if cue.from_end else start + cue.offset_s
            if start <= at < end:
                planned[(cue.kind.value, round(at, 6), interval.index)] += 1
        planned[("interval_ended", round(end, 6), interval.index)] += 1
    planned[("finished", round(timeline.total_s, 6), None)] += 1
    return planned


def delivery_check(timeline: Timeline, events: list[dict[str, Any]]) -> dict[str, int]:
    planned = planned_events(timeline)
    delivered: Counter[tuple[str, float, int | None]] = Counter(
        (
            e["kind"],
            round(e["planned_s"], 6),
            e["interval"] if e["kind"] not in ("started", "finished") else None,
        )
        for e in events
    )
    lost = sum((planned - delivered).values())
    extra = sum((delivered - planned).values())
    doubled = sum(n - 1 for key, n in delivered.items() if n > 1 and key in planned)
    return {
        "planned": sum(planned.values()),
        "delivered": len(events),
        "lost": lost,
        "unplanned": extra,
        "doubled": doubled,
    }


def errors_ms(result: dict[str, Any]) -> tuple[list[float], list[float]]:
    """(engine errors, listener wall-clock lateness) in ms, one per event, in order."""
    origin = result["origin_mono"]
    engine = [(e["actual_s"] - e["planned_s"]) * 1000 for e in result["events"]]
    wall = [(e["listener_mono"] - origin - e["planned_s"]) * 1000 for e in result["events"]]
    return engine, wall


def end_errors_ms(result: dict[str, Any]) -> dict[str, float]:
    final = [e for e in result["events"] if e["kind"] == "finished"]
    if not final:
        return {"engine": float("nan"), "wall": float("nan"), "reference": float("nan")}
    event = final[-1]
    origin = result["origin_mono"]
    total = event["planned_s"]
    marks = result["marks"]
    reference_end = marks.get("reference_end_mono")
    return {
        "engine": (event["actual_s"] - event["planned_s"]) * 1000,
        "wall": (event["listener_mono"] - origin - total) * 1000,
        "reference": (reference_end - origin - total) * 1000 if reference_end else float("nan"),
    }


def block_excess_ms(result: dict[str, Any]) -> list[float]:
    """Each event's lateness minus what a GUI-thread block explains (the rest of the block
    that was under way, or had just ended, when the event fell due)."""
    origin = result["origin_mono"]
    blocks = result.get("blocks", [])
    out = []
    for event in result["events"]:
        due = origin + event["planned_s"]
        late = event["listener_mono"] - due
        explained = max(
            [end - due for start, end in blocks if start - 0.002 <= due <= end] or [0.0]
        )
        out.append((late - max(0.0, explained)) * 1000)
    return out


def reference_drift_ms(result: dict[str, Any]) -> list[float]:
    """For the reference clock: each tick's moment minus when that many seconds were due."""
    origin = result["origin_mono"]
    return [
        (tick - origin - (n + 1)) * 1000 for n, tick in enumerate(result.get("reference_ticks", []))
    ]


def figures(
    plain: list[dict[str, Any]],
    blocked: list[dict[str, Any]],
    cli: list[dict[str, Any]],
    routine: Path,
) -> list[Figure]:
    timeline = timeline_of(routine)
    out: list[Figure] = []

    def per_run(results: list[dict[str, Any]], pick: Any) -> list[float]:
        return [pick(r) for r in results]

    # --- the plain window ---
    n_events = [len(r["events"]) for r in plain]
    for _which, index, label in (
        ("wall", 1, "listener, wall clock"),
        ("engine", 0, "engine actual − planned"),
    ):
        out.append(
            Figure(
                SECTION,
                f"Window: event error p99 ({label})",
                "ms",
                per_run(plain, lambda r, i=index: describe(errors_ms(r)[i])["p99"]),
                bar=5.0,
                decimals=2,
                detail=_dist_text(plain, index) + f"; {n_events[0]} events per run",
            )
        )
        out.append(
            Figure(
                SECTION,
                f"Window: event error max ({label})",
                "ms",
                per_run(plain, lambda r, i=index: describe(errors_ms(r)[i])["max"]),
                bar=20.0,
                decimals=2,
            )
        )
    out.append(
        Figure(
            SECTION,
            "Window: end error (final event, wall clock)",
            "ms",
            per_run(plain, lambda r: max(end_errors_ms(r)["wall"], end_errors_ms(r)["engine"])),
            bar=5.0,
            decimals=2,
            detail="the larger of the engine's and the listener's error of the finished event",
        )
    )
    checks = [delivery_check(timeline, r["events"]) for r in plain]
    out.append(
        Figure(
            SECTION,
            "Window: events lost or doubled",
            "events",
            [c["lost"] + c["doubled"] + c["unplanned"] for c in checks],
            bar=0,
            op="==",
            detail=f"{checks[0]['planned']} planned events per run" if checks else "",
        )
    )
    out.append(
        Figure(
            SECTION,
            "Reference (1 s QTimer ticks counted): end error",
            "ms",
            per_run(plain, lambda r: end_errors_ms(r)["reference"]),
            decimals=1,
            detail="remaining -= 1 on each tick of a repeating 1000 ms QTimer (default, coarse), "
            "started with the engine in the same window",
        )
    )
    out.append(
        Figure(
            SECTION,
            "Reference ÷ engine end error (same run)",
            "x",
            per_run(plain, lambda r: _ratio(end_errors_ms(r))),
            decimals=0,
            detail="absolute end errors; the engine's is the wall-clock one",
        )
    )

    # --- with 300 ms blocks of the GUI thread every 10 s ---
    if blocked:
        checks = [delivery_check(timeline, r["events"]) for r in blocked]
        block_ms = [
            max(((end - start) * 1000 for start, end in r.get("blocks", [])), default=float("nan"))
            for r in blocked
        ]
        out.append(
            Figure(
                SECTION,
                "Blocked window: events lost or doubled",
                "events",
                [c["lost"] + c["doubled"] + c["unplanned"] for c in checks],
                bar=0,
                op="==",
                detail=f"{len(blocked[0].get('blocks', []))} blocks of 300 ms, every 10 s from 4.9 s "
                "(each covers a 5 s mark, where intervals often change)",
            )
        )
        out.append(
            Figure(
                SECTION,
                "Blocked window: event error max (wall clock)",
                "ms",
                per_run(blocked, lambda r: describe(errors_ms(r)[1])["max"]),
                bar=300.0,
                decimals=1,
                detail=f"the longest block lasted {max(block_ms):.1f} ms; "
                + _dist_text(blocked, 1),
            )
        )
        out.append(
            Figure(
                SECTION,
                "Blocked window: lateness beyond what the block explains, max",
                "ms",
                per_run(blocked, lambda r: max(block_excess_ms(r))),
                bar=20.0,
                decimals=2,
            )
        )
        out.append(
            Figure(
                SECTION,
                "Blocked window: end error",
                "ms",
                per_run(
                    blocked, lambda r: max(end_errors_ms(r)["wall"], end_errors_ms(r)["engine"])
                ),
                bar=5.0,
                decimals=2,
            )
        )
        out.append(
            Figure(
                SECTION,
                "Blocked reference (1 s ticks counted): end error",
                "ms",
                per_run(blocked, lambda r: end_errors_ms(r)["reference"]),
                decimals=1,
            )
        )
        out.append(
            Figure(
                SECTION,
                "Blocked: reference ÷ engine end error",
                "x",
                per_run(blocked, lambda r: _ratio(end_errors_ms(r))),
                decimals=0,
            )
        )

    # --- the headless CLI ---
    if cli:
        cli_errors = [_cli_errors_ms(r) for r in cli]
        out.append(
            Figure(
                SECTION,
                "Headless CLI: event error p99 (engine actual − planned)",
                "ms",
                [describe(e)["p99"] if e else float("nan") for e in cli_errors],
                bar=5.0,
                decimals=2,
                detail="`barretimer play --headless --json` with speech; "
                + ", ".join(
                    f"median {describe(e)['median']:.2f}, max {describe(e)['max']:.2f} ms ({len(e)} events)"
                    for e in cli_errors
                    if e
                ),
            )
        )
        out.append(
            Figure(
                SECTION,
                "Headless CLI: end error",
                "ms",
                [_cli_end_ms(r) for r in cli],
                bar=5.0,
                decimals=2,
            )
        )
    return out


def _ratio(ends: dict[str, float]) -> float:
    engine = max(abs(ends["wall"]), abs(ends["engine"]))
    return abs(ends["reference"]) / engine if engine > 0 else float("inf")


def _dist_text(results: list[dict[str, Any]], index: int) -> str:
    parts = []
    for r in results:
        d = describe(errors_ms(r)[index])
        parts.append(f"median {d['median']:.2f}, p99 {d['p99']:.2f}, max {d['max']:.2f}")
    return "per run: " + "; ".join(parts) + " ms"


def _cli_records(result: dict[str, Any]) -> list[dict[str, Any]]:
    records = []
    for _, line in result.get("lines", []):
        line = line.strip()
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                records.append(json.loads(line))
    return records


def _cli_errors_ms(result: dict[str, Any]) -> list[float]:
    return [(r["actual_s"] - r["planned_s"]) * 1000 for r in _cli_records(result)]


def _cli_end_ms(result: dict[str, Any]) -> float:
    final = [r for r in _cli_records(result) if r.get("event") == "finished"]
    return (final[-1]["actual_s"] - final[-1]["planned_s"]) * 1000 if final else float("nan")
