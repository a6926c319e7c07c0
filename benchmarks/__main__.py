"""Run the benchmark suite: ``python -m benchmarks [--quick]`` (``./dev.sh bench``).

Writes BENCHMARKS.md at the top of the repository and benchmarks/results.json (every figure,
and the raw measurements behind it). The full suite takes about 25 minutes on a 2-core
machine, most of it two 10-minute real-time phases (the app alone, then the app with GUI-thread
blocks beside the headless CLI); ``--repeat N`` runs those N times. ``--quick`` runs each
measurement once with short routines (about 6 minutes), for development only.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import inspect
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks import (
    common,
    cue_latency,
    figure_cost,
    history,
    loading,
    memory,
    playback,
    report,
    responsiveness,
    routines_gen,
    startup,
    timing,
)
from benchmarks.figures import Figure

FULL = {
    "phases": 1,
    "realtime_s": 600,
    "long_s": 7200,
    "long_speed": 50.0,
    "startup_runs": 11,
    "loading_runs": 7,
    "history_runs": 5,
    "history_sessions": 3650,
    "history_years": 10,
}
QUICK = {
    "phases": 1,
    "realtime_s": 120,
    "long_s": 1200,
    "long_speed": 50.0,
    "startup_runs": 1,
    "loading_runs": 1,
    "history_runs": 1,
    "history_sessions": 3650,
    "history_years": 10,
}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def methods() -> str:
    parts = []
    for module in (
        timing,
        cue_latency,
        responsiveness,
        startup,
        memory,
        loading,
        history,
        figure_cost,
    ):
        doc = inspect.getdoc(module) or ""
        text = "\n".join(
            line for line in doc.splitlines() if not line.strip().startswith("python -m")
        )
        parts.append(text.strip())
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="each measurement once, short routines"
    )
    parser.add_argument("--out", type=Path, default=common.REPO, help="where BENCHMARKS.md goes")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--repeat",
        type=int,
        default=0,
        help="rounds of the real-time runs (default 1: each takes 2 x the routine's length)",
    )
    parser.add_argument(
        "--rewrite",
        action="store_true",
        help="only write BENCHMARKS.md again from benchmarks/results.json (same run, new notes)",
    )
    args = parser.parse_args(argv)
    if args.rewrite:
        return rewrite(args.out)
    plan = QUICK if args.quick else FULL
    began = time.monotonic()
    started_at = datetime.datetime.now().astimezone()
    machine = common.machine()
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    problems: list[str] = []

    def add(name: str, make: Any) -> None:
        """Figures from ``make()``; a bug in one analysis must not lose the whole run."""
        try:
            figures.extend(make())
        except Exception:
            problems.append(f"{name}: the analysis failed: {traceback.format_exc(limit=3)}")
            log(problems[-1])

    with common.temporary_folder("barretimer-bench-", keep=args.keep) as tmp:
        log(f"working in {tmp}")
        realtime = routines_gen.write(
            tmp / "realtime.yaml", routines_gen.workout(plan["realtime_s"], "Benchmark 10 minutes")
        )
        long = routines_gen.write(
            tmp / "long.yaml", routines_gen.workout(plan["long_s"], "Benchmark 2 hours")
        )

        # 1-3 and part of 5: the real-time phases, each the app plain (recorded), the app with
        # GUI-thread blocks, and the headless CLI, side by side.
        plain, blocked, cli, audio = [], [], [], []
        control: list[dict[str, Any]] = []
        for repeat in range(args.repeat or plan["phases"]):
            # The plain run alone: its heartbeat and audio must not share the two cores with
            # another app (a second app painting and speaking made its longest GUI gap 45 ms
            # instead of 16). The blocked run and the CLI share the next phase.
            for phase, runs in (
                (
                    "plain",
                    [
                        # The machine's own heartbeat first, covering the app's whole run.
                        playback.Run("control", realtime, control_s=plan["realtime_s"] + 30),
                        playback.Run("plain", realtime, {"heartbeat_ms": 10}, record_audio=True),
                    ],
                ),
                (
                    "blocked+cli",
                    [
                        playback.Run(
                            "blocked",
                            realtime,
                            {"block_every_s": 10, "block_s": 0.3, "block_offset_s": 4.9},
                        ),
                        playback.Run("cli", realtime, cli_args=[]),
                    ],
                ),
            ):
                log(f"real-time: {phase} ({plan['realtime_s']} s routine), round {repeat + 1}")
                outcomes = playback.run_all(runs, tmp / f"{phase}-{repeat}")
                for outcome in outcomes.values():
                    if not outcome.ok:
                        why = outcome.result.get("errors") or outcome.stderr_tail[-300:]
                        problems.append(f"round {repeat + 1}, {outcome.name}: failed ({why})")
                plain_run = outcomes.get("plain")
                if plain_run is not None and plain_run.ok:
                    plain.append(plain_run.result)
                    if plain_run.recording is not None:
                        try:
                            audio.append(cue_latency.measure(plain_run.result, plain_run.recording))
                        except Exception:
                            problems.append(f"cue latency: {traceback.format_exc(limit=3)}")
                if "control" in outcomes and outcomes["control"].ok:
                    control.append(outcomes["control"].result)
                if "blocked" in outcomes and outcomes["blocked"].ok:
                    blocked.append(outcomes["blocked"].result)
                if "cli" in outcomes and outcomes["cli"].ok:
                    cli.append(outcomes["cli"].result)
        raw["realtime"] = {
            "plain": plain,
            "blocked": blocked,
            "cli": cli,
            "audio": audio,
            "control": control,
        }
        add("timing", lambda: timing.figures(plain, blocked, cli, realtime))
        add("cue latency", lambda: cue_latency.figures(audio))
        add("responsiveness", lambda: responsiveness.figures(plain, control))

        log("start-up: app and bare window, alternating")
        starts = startup.measure(tmp / "startup", plan["startup_runs"])
        raw["startup"] = starts
        add("start-up", lambda: startup.figures(starts))

        hours = plan["long_s"] / 3600
        log(f"memory: a {hours:g}-hour routine at speed {plan['long_speed']:g}")
        long_run = playback.run_all(
            [
                playback.Run(
                    "long",
                    long,
                    {"speed": plan["long_speed"], "reference": False, "rss_every_s": 0.5},
                )
            ],
            tmp / "long",
        )["long"]
        if not long_run.ok:
            problems.append(
                f"long run: failed ({long_run.result.get('errors') or long_run.stderr_tail[-300:]})"
            )
        long_results = [long_run.result] if long_run.ok else []
        raw["long"] = long_results
        add(
            "memory",
            lambda: memory.figures(
                plain + blocked,
                long_results,
                startup.bare_hwm_mb(starts),
                startup.app_idle_hwm_mb(starts),
            ),
        )

        env = common.base_env(tmp / "child", audio="none")
        log("routine loading")
        loaded = loading.measure(tmp / "loading", plan["loading_runs"], env)
        raw["loading"] = loaded
        add("loading", lambda: loading.figures(loaded))

        log("history at scale")
        hist = history.measure(
            tmp / "history",
            plan["history_runs"],
            env,
            plan["history_sessions"],
            plan["history_years"],
        )
        raw["history"] = hist
        add("history", lambda: history.figures(hist))

        log("exercise figures: heartbeat, drawing, CPU and wakeups")
        try:  # the last section: a failure here must not lose the figures above
            drawn = figure_cost.measure(tmp / "figures", 90 if args.quick else figure_cost.PLAY_S)
        except Exception:
            problems.append(f"exercise figures: failed: {traceback.format_exc(limit=3)}")
        else:
            raw["figures"] = drawn
            problems.extend(f"exercise figures: {p}" for p in drawn.get("problems", []))
            add("exercise figures", lambda: figure_cost.figures(drawn))

    minutes = (time.monotonic() - began) / 60
    meta = {
        "date": started_at.strftime("%Y-%m-%d %H:%M %Z"),
        "duration_min": minutes,
        "quick": args.quick,
        "command": "./dev.sh bench"
        + (" --quick" if args.quick else "")
        + " (python -m benchmarks)",
        "machine": machine,
        "plan": plan,
        "rounds": args.repeat or plan["phases"],
        "routines": f"a generated {plan['realtime_s'] / 60:g}-minute routine for the real-time runs "
        f"and a {hours:g}-hour one at speed {plan['long_speed']:g} (benchmarks/routines_gen.py, "
        "from the shipped catalog)",
        "problems": problems,
        "methods": methods(),
    }
    report.write_json(Path(__file__).resolve().parent / "results.json", meta, figures, raw)
    report.write_markdown(args.out / "BENCHMARKS.md", meta, figures)
    missed = [f for f in figures if f.met is False]
    log(
        f"done in {minutes:.1f} min: {len(missed)} bars missed; wrote BENCHMARKS.md and benchmarks/results.json"
    )
    for f in missed:
        log(
            f"  missed: {f.section}: {f.label.strip()}: {f.fmt(f.worst)} {f.unit} against {f.bar_text()}"
        )
    return 0


def rewrite(out: Path) -> int:
    """BENCHMARKS.md again from the figures of the last run (after a change to notes.md)."""
    import json

    stored = json.loads((Path(__file__).resolve().parent / "results.json").read_text())
    names = {f.name for f in dataclasses.fields(Figure)}
    figures = [Figure(**{k: v for k, v in f.items() if k in names}) for f in stored["figures"]]
    for figure in figures:
        figure.runs = [float("nan") if v is None else v for v in figure.runs]
    report.write_markdown(out / "BENCHMARKS.md", stored["meta"], figures)
    log("wrote BENCHMARKS.md from benchmarks/results.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
