"""7. History at scale: 10 years of daily sessions made by ``benchmarks/make_history.py``
(3,650 sessions, about 100,000 step rows), then, each in a fresh process on its own copy of
that database:

* the History view's first page: ``HistoryPage`` built, shown and its table painted with its
  first page of sessions (offscreen);
* the trends (``barretimer.store.trends.compute_trends``), the first call of the process and
  four more;
* recording one finished session as the player does: ``start_session``, ``record_step`` for
  each work interval of the longest shipped routine, ``finish_session``; five sessions.

    python -m benchmarks.history DATABASE OUT.json
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import REPO
from benchmarks.figures import Figure

SECTION = "7. History at scale"
LONGEST = "barre-class-for-runners.yaml"


def child(database: Path, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from barretimer import paths
    from barretimer.core.library import load_catalog
    from barretimer.core.loader import load_routine_file
    from barretimer.core.timeline import Role, compile_timeline
    from barretimer.store.sessions import NewStep, SessionStore
    from barretimer.store.trends import compute_trends
    from barretimer.ui.history import HistoryPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = SessionStore.open(database)
    sessions = store.count()
    steps = store.db.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0]

    began = time.perf_counter()
    page = HistoryPage(store, 2)
    page.resize(1100, 760)
    page.show()
    app.processEvents()
    page.table.viewport().repaint()
    page_ms = (time.perf_counter() - began) * 1000
    rows = page.model.rowCount()
    page.close()

    trends = []
    for _ in range(5):
        began = time.perf_counter()
        compute_trends(store, 2)
        trends.append((time.perf_counter() - began) * 1000)

    catalog, _ = load_catalog(paths.catalog_path())
    routine_path = paths.shipped_routines_dir() / LONGEST
    result = load_routine_file(routine_path, catalog)
    if result.routine is None:
        raise SystemExit(f"{routine_path} does not load")
    timeline = compile_timeline(result.routine)
    work = [i for i in timeline.intervals if i.role is Role.WORK]
    record = []
    for _ in range(5):
        began = time.perf_counter()
        session_id = store.start_session(
            routine=timeline.routine_name,
            planned_s=timeline.total_s,
            steps_total=len(work),
            routine_path=str(routine_path),
            routine_hash=result.content_hash,
            level=result.routine.level.value,
        )
        for position, interval in enumerate(work):
            step = NewStep(
                position=position,
                exercise=interval.name,
                kind=interval.kind.value,
                side=interval.side.value if interval.side else "",
                muscles=interval.muscles,
                planned_s=interval.duration_s,
                done_s=interval.duration_s,
            )
            store.record_step(session_id, step, interval.end_s)
        store.finish_session(session_id, "completed", timeline.total_s)
        record.append((time.perf_counter() - began) * 1000)
    store.close()
    out.write_text(
        json.dumps(
            {
                "sessions": sessions,
                "steps": steps,
                "page_ms": page_ms,
                "page_rows": rows,
                "trends_ms": trends,
                "record_ms": record,
                "record_steps": len(work),
            }
        )
    )


def measure(
    folder: Path, runs: int, env: dict[str, str], sessions: int, years: int
) -> list[dict[str, Any]]:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "ten-years.sqlite3"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.make_history",
            str(database),
            "--force",
            "--sessions",
            str(sessions),
            "--years",
            str(years),
        ],
        env=env,
        check=True,
        timeout=600,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    results = []
    for run in range(runs):
        copy = folder / f"run{run}.sqlite3"
        shutil.copyfile(database, copy)
        # On disk before the run, as a history kept from one day to the next is: otherwise the
        # first sync of the run (ext4 commits its journal as a whole) also writes out the copy.
        os.sync()
        out = folder / f"history{run}.json"
        subprocess.run(
            [sys.executable, "-m", "benchmarks.history", str(copy), str(out)],
            env=env,
            check=True,
            timeout=300,
            cwd=REPO,
        )
        results.append(json.loads(out.read_text()))
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    return results


def figures(measured: list[dict[str, Any]]) -> list[Figure]:
    first = measured[0] if measured else {}
    scale = f"{first.get('sessions', 0):,} sessions, {first.get('steps', 0):,} step rows"
    trends_first = [m["trends_ms"][0] for m in measured]
    trends_all = [t for m in measured for t in m["trends_ms"]]
    return [
        Figure(
            SECTION,
            "History view: first page shown",
            "ms",
            [m["page_ms"] for m in measured],
            bar=200.0,
            detail=f"{scale}; HistoryPage built, shown and its table painted "
            f"({first.get('page_rows', 0)} rows fetched), each in a fresh process",
        ),
        Figure(
            SECTION,
            "Trends computed",
            "ms",
            trends_all,
            bar=100.0,
            detail="five calls per process; the first of each process: "
            + ", ".join(f"{t:.1f}" for t in trends_first)
            + " ms",
        ),
        Figure(
            SECTION,
            "Record one finished session",
            "ms",
            [t for m in measured for t in m["record_ms"]],
            bar=5.0,
            decimals=2,
            detail=f"start_session + record_step × {first.get('record_steps', 0)} (the work "
            f"intervals of {LONGEST}) + finish_session; each record_step is its own transaction",
        ),
    ]


if __name__ == "__main__":
    child(Path(sys.argv[1]), Path(sys.argv[2]))
