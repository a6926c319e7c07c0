"""3. Responsiveness: the gaps between the ticks of a 10 ms heartbeat QTimer (precise) in the
GUI thread while the window plays the routine with speech, from the workout's start to its
last event (the first beat's gap, across the start's page switch, and the gap across the end
are reported apart). A gap longer than 10 ms is time the GUI thread spent on something else
(painting, layout, the engine's listeners) or could not run at all. Beside it runs a bare process with
the same heartbeat and nothing else (``benchmarks.heartbeat``): a gap of the app that overlaps
one of the bare process's is the machine's, not the app's."""

from __future__ import annotations

from typing import Any

from benchmarks.figures import Figure

SECTION = "3. Responsiveness"
LONG_S = 0.015


def gaps_summary(result: dict[str, Any]) -> dict[str, float]:
    beat = result.get("heartbeat", {})
    hist = beat.get("hist_ms", [])
    long_gaps = [entry[1] * 1000 for entry in beat.get("long", [])]
    count = beat.get("count", 0)
    target = 0.99 * count
    seen = 0
    p99 = float("nan")
    for ms, n in enumerate(hist):  # the upper edge of the 1 ms bucket
        seen += n
        if seen >= target:
            p99 = ms + 1.0
            break
    return {
        "count": count,
        "max_ms": max(long_gaps)
        if long_gaps
        else max((i + 1.0 for i, n in enumerate(hist) if n), default=float("nan")),
        "p99_ms": p99,
        "over_20": sum(1 for g in long_gaps if g > 20.0),
        "over_15": len(long_gaps),
    }


def _overlaps(end: float, gap: float, others: list[tuple[float, float]]) -> bool:
    start = end - gap
    return any(o_end - o_gap < end and o_end > start for o_end, o_gap in others)


def app_only_max_ms(result: dict[str, Any], control: dict[str, Any] | None) -> float:
    """The longest gap of the app that the bare heartbeat did not have at the same moment."""
    gaps = [(entry[0], entry[1]) for entry in result.get("heartbeat", {}).get("long", [])]
    machine = [(e[0], e[1]) for e in (control or {}).get("long", []) if e[1] > LONG_S]
    own = [gap * 1000 for end, gap in gaps if not _overlaps(end, gap, machine)]
    if own:
        return max(own)
    return gaps_summary(result)["p99_ms"] if not gaps else LONG_S * 1000


def _machine_detail(control: dict[str, Any]) -> str:
    """The bare process's long gaps, each with the CPU time the hypervisor took meanwhile."""
    over = [e for e in control.get("long", []) if e[1] > 0.02]
    text = f"{control.get('count', 0)} beats, {len(over)} gaps over 20 ms"
    if over and all(len(e) > 2 for e in over):
        text += " (" + ", ".join(f"{e[1] * 1000:.0f} ms: {e[2] * 10} ms stolen" for e in over) + ")"
    if "steal_ticks" in control:
        text += f"; CPU time taken by the hypervisor over the run: {control['steal_ticks'] * 10} ms"
    return text


def figures(plain: list[dict[str, Any]], control: list[dict[str, Any]]) -> list[Figure]:
    summaries = [gaps_summary(r) for r in plain]
    out = [
        Figure(
            SECTION,
            "Longest gap of a 10 ms heartbeat while playing with speech",
            "ms",
            [s["max_ms"] for s in summaries],
            bar=20.0,
            detail="; ".join(
                f"{s['count']} beats, p99 ≤ {s['p99_ms']:.0f} ms, {s['over_15']} gaps over 15 ms, "
                f"{s['over_20']} over 20 ms"
                for s in summaries
            )
            + ". Not counted: the gap across the start (the page switches to the player), "
            + ", ".join(
                f"{r['marks'].get('heartbeat_start_gap_s', float('nan')) * 1000:.0f} ms"
                for r in plain
            )
            + "; the gap across the end (the summary dialog opens), "
            + ", ".join(
                f"{r['marks'].get('heartbeat_end_gap_s', float('nan')) * 1000:.0f} ms"
                for r in plain
            ),
        )
    ]
    if control:
        pairs = list(zip(plain, control, strict=False))
        out.append(
            Figure(
                SECTION,
                "  the same, leaving out the moments the bare heartbeat also stalled",
                "ms",
                [app_only_max_ms(r, c) for r, c in pairs],
                detail="the app's gaps over 15 ms that overlap none of the bare process's",
            )
        )
        out.append(
            Figure(
                SECTION,
                "  bare heartbeat process beside it (the machine): longest gap",
                "ms",
                [c.get("max_s", float("nan")) * 1000 for c in control],
                detail="; ".join(_machine_detail(c) for c in control),
            )
        )
    return out
