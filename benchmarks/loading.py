"""6. Routine loading, in a fresh process: validating a generated 1,000-step routine
(``load_routine_text`` with the shipped catalog, the way the editor and the library check a
file), and loading the whole shipped library and catalog (``load_catalog`` +
``load_library``). Each call is timed on its own; the first call of the process counts too.

    python -m benchmarks.loading OUT.json RUNS
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure

SECTION = "6. Routine loading"
STEPS = 1000


def child(out: Path, runs: int) -> None:
    from barretimer import paths
    from barretimer.core.library import load_catalog, load_library
    from barretimer.core.loader import load_routine_text
    from benchmarks.routines_gen import many_steps

    catalog, _ = load_catalog(paths.catalog_path())
    text = many_steps(STEPS)
    validate = []
    for _ in range(runs):
        began = time.perf_counter()
        result = load_routine_text(text, "benchmark.yaml", catalog)
        validate.append((time.perf_counter() - began) * 1000)
        if not result.ok:
            raise SystemExit(f"the generated routine has problems: {result.problems[:2]}")
    library = []
    count = 0
    for _ in range(runs):
        began = time.perf_counter()
        catalog, _ = load_catalog(paths.catalog_path())
        entries = load_library(paths.shipped_routines_dir(), None, catalog)
        library.append((time.perf_counter() - began) * 1000)
        count = len(entries)
    out.write_text(
        json.dumps(
            {
                "validate_ms": validate,
                "library_ms": library,
                "routines": count,
                "exercises": len(catalog),
                "yaml_bytes": len(text.encode()),
            }
        )
    )


def measure(folder: Path, runs: int, env: dict[str, str]) -> dict[str, Any]:
    out = folder / "loading.json"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "benchmarks.loading", str(out), str(runs)],
        env=env,
        check=True,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(out.read_text())


def figures(measured: dict[str, Any]) -> list[Figure]:
    return [
        Figure(
            SECTION,
            f"Validate a generated {STEPS:,}-step routine (load_routine_text)",
            "ms",
            measured["validate_ms"],
            bar=50.0,
            detail=f"{measured['yaml_bytes'] / 1024:.0f} KiB of YAML, half catalog ids, half inline "
            "steps with timed cues; each call timed, the first of the process included",
        ),
        Figure(
            SECTION,
            "Load the shipped library and catalog",
            "ms",
            measured["library_ms"],
            bar=100.0,
            detail=f"{measured['routines']} routines, {measured['exercises']} exercises",
        ),
    ]


if __name__ == "__main__":
    child(Path(sys.argv[1]), int(sys.argv[2]))
