"""Generate a realistic 10-year history (3,650 sessions, about 100,000 step rows) for benchmarks
and screenshots, through the real store API and the shipped routines and catalog.

    python benchmarks/make_history.py /tmp/history.sqlite3 [--seed 7] [--end 2025-06-30]

The same seed and end date give the same history. Sessions fall on about nine days in ten,
sometimes two a day, with a few breaks a year; most are completed, some stopped part way and
a few interrupted. Balance drills done on both sides come out a little shorter on the left,
with more touchdowns there, so the left-right chart has an asymmetry to show.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from barretimer import paths
from barretimer.core.library import load_catalog, load_library
from barretimer.core.timeline import Interval, Role, Side, Timeline
from barretimer.store.sessions import NewStep, SessionStore

#: How often each shipped routine is picked (by file name); others get 1.
WEIGHTS = {
    "post-run-stretch.yaml": 5,
    "before-your-run.yaml": 4,
    "glute-wake-up.yaml": 3,
    "single-leg-balance.yaml": 3,
    "level-pelvis.yaml": 3,
    "deep-core.yaml": 2,
    "seat-burner.yaml": 2,
    "barre-class-for-runners.yaml": 7,  # the long weekly class
}
NOTES = (
    "Felt strong today.",
    "Left ankle wobbly on the eyes-closed stand.",
    "Short on time, stopped early.",
    "Hamstrings tight after the long run.",
    "Easy day, legs heavy from intervals.",
    "Held the plank the whole way for the first time.",
    "Knee a bit sore, went lighter on the squats.",
    "Did it before breakfast, good start.",
    "Calves still tired from the hill repeats.",
    "Great session, right side steadier than left.",
)


@dataclass
class Playable:
    path: Path
    name: str
    level: str
    content_hash: str
    timelines: dict[float, Timeline]


def load_playables() -> list[tuple[Playable, int]]:
    catalog, problems = load_catalog(paths.catalog_path())
    if problems:
        raise SystemExit(f"the shipped catalog has problems: {problems[0]}")
    out = []
    for entry in load_library(paths.shipped_routines_dir(), None, catalog):
        routine = entry.result.routine
        if not entry.ok or routine is None:
            print(f"skipping invalid routine {entry.path.name}", file=sys.stderr)
            continue
        timelines = {scale: entry.timeline(scale) for scale in (1.0, 1.1, 1.2)}
        playable = Playable(
            entry.path,
            routine.name,
            routine.level.value,
            entry.result.content_hash,
            {s: t for s, t in timelines.items() if t is not None},
        )
        out.append((playable, WEIGHTS.get(entry.path.name, 1)))
    if not out:
        raise SystemExit(f"no valid routines in {paths.shipped_routines_dir()}")
    return out


def session_days(rng: random.Random, end: date, count: int, years: int) -> list[date]:
    """``count`` training days (with repeats for two-a-days) over ``years`` ending the day
    before ``end``, with a couple of breaks a year."""
    first = end - timedelta(days=365 * years)
    days = [first + timedelta(days=n) for n in range((end - first).days)]
    breaks: set[date] = set()
    for year in range(years):
        for _ in range(2):
            start = first + timedelta(days=365 * year + rng.randrange(340))
            breaks.update(start + timedelta(days=n) for n in range(rng.randint(5, 16)))
    weights = [0 if d in breaks else (1.3 if d.weekday() >= 5 else 1.0) for d in days]
    return sorted(rng.choices(days, weights=weights, k=count))


def start_times(rng: random.Random, days: list[date]) -> list[datetime]:
    slots = ((6, 30), (18, 0), (12, 15), (20, 30))
    out: list[datetime] = []
    nth = 0
    for index, day in enumerate(days):
        nth = nth + 1 if index and days[index - 1] == day else 0
        hour, minute = slots[nth % len(slots)] if nth or rng.random() < 0.55 else slots[1]
        minute += rng.randrange(0, 60)
        out.append(datetime(day.year, day.month, day.day, hour) + timedelta(minutes=minute))
    return out


def play(store: SessionStore, rng: random.Random, playable: Playable, started: datetime) -> None:
    scale = rng.choices((1.0, 1.1, 1.2), weights=(6, 3, 1))[0]
    scale = scale if scale in playable.timelines else 1.0
    timeline = playable.timelines[scale]
    work = timeline.work_intervals
    fate = rng.random()
    status = "completed" if fate < 0.9 else ("stopped" if fate < 0.985 else "interrupted")
    last = len(work) if status == "completed" else rng.randrange(1, len(work))
    session_id = store.start_session(
        routine=playable.name,
        planned_s=timeline.total_s,
        steps_total=len(work),
        routine_path=str(playable.path),
        routine_hash=playable.content_hash,
        level=playable.level,
        scale=scale,
        started=started,
    )
    elapsed = 0.0
    position = 0
    for interval in timeline.intervals:
        if interval.role is not Role.WORK:
            elapsed += interval.duration_s
            continue
        if position >= last:
            break
        done, skipped, touchdowns = _perform(rng, interval)
        elapsed += done
        step = NewStep(
            position=position,
            exercise=interval.name,
            kind=interval.kind.value,
            side=interval.side.value if interval.side else "",
            muscles=interval.muscles,
            planned_s=interval.duration_s,
            done_s=done,
            skipped=skipped,
            touchdowns=touchdowns,
        )
        store.record_step(session_id, step, elapsed)
        position += 1
    if status != "interrupted":
        store.finish_session(session_id, status, elapsed)
    if rng.random() < 0.65:
        notes = rng.choice(NOTES) if rng.random() < 0.3 else ""
        effort = min(10, max(1, round(rng.gauss(6 if status == "completed" else 5, 1.5))))
        store.set_review(session_id, effort=effort, notes=notes)
    # The store stamps ended_at with the wall clock as it records; here the sessions are in
    # the past, so put the real end time back.
    ended = (started + timedelta(seconds=elapsed)).astimezone().isoformat(timespec="seconds")
    with store.transaction() as db:
        db.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (ended, session_id))


def _perform(rng: random.Random, interval: Interval) -> tuple[float, bool, int]:
    planned = interval.duration_s
    if rng.random() < 0.02:
        return round(rng.uniform(0, planned * 0.5), 1), True, 0
    touchdowns = 0
    done = planned
    if interval.kind.value == "balance":
        left = interval.side is Side.LEFT
        touchdowns = max(0, round(rng.gauss(1.6 if left else 0.8, 1.0)))
        if interval.open_ended:
            share = rng.uniform(0.45, 0.85) if left else rng.uniform(0.65, 1.0)
            done = round(planned * share, 1)
    return done, False, touchdowns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path, help="the SQLite file to create")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--end", type=date.fromisoformat, default=date.today(), help="YYYY-MM-DD")
    parser.add_argument("--sessions", type=int, default=3650)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.database.exists():
        if not args.force:
            raise SystemExit(f"{args.database} exists; use --force to replace it")
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.database) + suffix).unlink(missing_ok=True)

    rng = random.Random(args.seed)
    playables = load_playables()
    days = session_days(rng, args.end, args.sessions, args.years)
    began = time.perf_counter()
    store = SessionStore.open(args.database)
    # A generated file needs no crash safety while it is written: skip the fsync per commit.
    store.db.execute("PRAGMA synchronous = OFF")
    try:
        for started in start_times(rng, days):
            playable = rng.choices([p for p, _ in playables], weights=[w for _, w in playables])[0]
            play(store, rng, playable, started)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        sessions = store.count()
        steps = store.db.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0]
    finally:
        store.close()
    seconds = time.perf_counter() - began
    print(f"wrote {sessions} sessions and {steps} step rows to {args.database} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
