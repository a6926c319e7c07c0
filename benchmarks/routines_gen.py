"""Routines for the benchmarks, generated from the shipped exercise catalog.

``workout(total_s)`` is a realistic routine that plays for exactly ``total_s`` seconds: holds,
stretches, balance drills and moves from the catalog (their cues with them), left-right steps,
a repeat block, timed cues from the start and from the end, rests, a lead-in and the 3-2-1
countdown. ``many_steps(count)`` is a long routine for the loader. Both are deterministic.
"""

from __future__ import annotations

import json
from pathlib import Path

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import load_routine_text
from barretimer.core.model import Catalog, Kind, Sides
from barretimer.core.timeline import Timeline, compile_timeline

REST_S = 10
DURATIONS = (30, 45, 40, 60, 35, 50)
TIMED_CUES = (
    ("at", 12, "Breathe out and stay long."),
    ("at", -15, "Hold it there."),
    ("at", 20, "Squeeze the seat."),
)


def _catalog() -> Catalog:
    catalog, problems = load_catalog(paths.catalog_path())
    if problems:
        raise SystemExit(f"the shipped catalog has problems: {problems[0]}")
    return catalog


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _step_lines(exercise_id: str, duration: int, number: int, indent: str) -> list[str]:
    lines = [f"{indent}- exercise: {exercise_id}", f"{indent}  duration: {duration}"]
    if number % 3 == 1 and duration >= 40:
        kind, at, say = TIMED_CUES[number % len(TIMED_CUES)]
        lines.append(f"{indent}  cues:")
        lines.append(f"{indent}    - {{{kind}: {at}, say: {_q(say)}}}")
    return lines


def _header(name: str) -> list[str]:
    return [
        f"name: {_q(name)}",
        "description: Generated for the benchmarks from the shipped exercise catalog.",
        "level: intermediate",
        "tags: [benchmark]",
        "defaults:",
        f"  rest: {REST_S}",
        "  countdown: 3",
        "  lead_in: 10",
        "  switch: 5",
        "steps:",
    ]


def _timeline(text: str, catalog: Catalog) -> Timeline:
    result = load_routine_text(text, "<generated>", catalog)
    if not result.ok or result.routine is None:
        raise SystemExit(f"generated routine is not valid: {result.problems[:3]}")
    return compile_timeline(result.routine)


def workout(total_s: int, name: str = "Benchmark workout") -> str:
    """YAML for a routine lasting exactly ``total_s`` seconds (at least 120)."""
    catalog = _catalog()
    usable = [e for e in catalog.exercises if e.kind is not Kind.REST]
    if total_s < 120 or not usable:
        raise ValueError("total_s must be at least 120 and the catalog must have exercises")
    head = _header(name)
    body: list[str] = []
    if total_s >= 300:  # one repeat block near the start, as shipped routines have
        block = [e for e in usable if e.sides is Sides.BOTH][:2]
        body += ["  - repeat: 2", "    name: Opening circuit", "    rest: 15", "    steps:"]
        for number, exercise in enumerate(block):
            body += _step_lines(exercise.id, 30, number, "      ")
    number = 0
    final_min = 25
    while True:
        exercise = usable[(number * 7) % len(usable)]
        duration = DURATIONS[number % len(DURATIONS)]
        candidate = body + _step_lines(exercise.id, duration, number, "  ")
        if (
            body
            and _timeline("\n".join(head + candidate), catalog).total_s + REST_S + final_min
            > total_s
        ):
            break
        body = candidate
        number += 1
    current = _timeline("\n".join(head + body), catalog).total_s if body else 10.0
    final = total_s - current - (REST_S if body else 0)
    body += [
        "  - exercise: Closing wall sit",
        "    kind: hold",
        f"    duration: {final:g}",
        "    cue: Back flat on the wall, thighs level.",
        "    muscles: [quads, glutes]",
    ]
    text = "\n".join(head + body) + "\n"
    planned = _timeline(text, catalog).total_s
    if abs(planned - total_s) > 1e-6:
        raise SystemExit(f"generated routine lasts {planned} s, not {total_s} s")
    return text


def many_steps(count: int) -> str:
    """YAML for a routine of ``count`` steps (catalog ids and inline steps, with cues)."""
    catalog = _catalog()
    usable = [e for e in catalog.exercises if e.kind is not Kind.REST]
    lines = _header(f"Benchmark {count} steps")
    for number in range(count):
        if number % 2:
            exercise = usable[(number * 7) % len(usable)]
            lines += _step_lines(exercise.id, DURATIONS[number % len(DURATIONS)], number, "  ")
        else:
            lines += [
                f"  - exercise: {_q(f'Inline hold {number}')}",
                "    kind: hold",
                f"    duration: {DURATIONS[number % len(DURATIONS)]}",
                "    cue: Stay tall and breathe.",
                "    muscles: [glutes, core]",
                "    cues:",
                "      - {at: 10, say: Keep going.}",
            ]
    return "\n".join(lines) + "\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
