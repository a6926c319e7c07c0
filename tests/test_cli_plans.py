"""The command line for plans and the progression rule, run as a real process over a real
history database and the shipped routines and plans."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path

from icalendar import Calendar

from barretimer import paths
from barretimer.store.csvio import export_csv
from barretimer.store.sessions import SessionStore
from tests.conftest import ROUTINES
from tests.test_cli import run


def record(routine: str, started: datetime, *, scale: float = 1.0, effort: int | None = 6) -> None:
    store = SessionStore.open(paths.database_path())
    try:
        session_id = store.start_session(
            routine=routine, planned_s=600, steps_total=5, scale=scale, started=started
        )
        store.finish_session(session_id, "completed", 600)
        store.set_review(session_id, effort=effort, notes="")
    finally:
        store.close()


def now() -> datetime:
    return datetime.now().astimezone()


def test_suggest_prints_the_offer_and_why() -> None:
    first = run("suggest", "even-thighs", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["scale"] == 0.8  # an intermediate routine, first time
    beginner = json.loads(run("suggest", "Before Your Run", "--json").stdout)
    assert beginner["scale"] is None and beginner["reason"]
    record("Even Thighs", now() - timedelta(days=9))
    record("Even Thighs", now() - timedelta(days=2))
    offer = json.loads(run("suggest", "even-thighs", "--json").stdout)
    assert offer["scale"] == 1.1 and "110%" in offer["reason"]
    text = run("suggest", str(ROUTINES / "even-thighs.yaml"))
    assert "play at 110%" in text.stdout and "moves +" in text.stdout


def test_suggest_names_a_routine_it_cannot_find() -> None:
    result = run("suggest", "levl-pelvis")
    assert result.returncode == 2
    assert '"level-pelvis"' in result.stderr and "Traceback" not in result.stderr


def test_history_import_adds_only_what_is_new(tmp_path: Path) -> None:
    record("Deep Core for Runners", now() - timedelta(days=3))
    record("Deep Core for Runners", now() - timedelta(days=1))
    store = SessionStore.open(paths.database_path())
    exported = tmp_path / "history.csv"
    try:
        assert export_csv(store, exported) == 2
    finally:
        store.close()
    other = str(tmp_path / "elsewhere")
    added = run("--data-dir", other, "history", "--import", str(exported))
    assert added.returncode == 0, added.stderr
    assert "Added 2 sessions; 0 were" in added.stdout
    again = run("--data-dir", other, "history", "--import", str(exported))
    assert "Added 0 sessions; 2 were" in again.stdout
    listed = json.loads(run("--data-dir", other, "history", "--json").stdout)
    assert [s["routine"] for s in listed] == ["Deep Core for Runners"] * 2
    bad = tmp_path / "bad.csv"
    bad.write_text("not,a\nhistory,file\n", encoding="utf-8")
    refused = run("--data-dir", other, "history", "--import", str(bad))
    assert refused.returncode == 2 and "nothing was imported" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_plans_lists_the_shipped_plans_and_the_progress_of_the_one_followed() -> None:
    listed = json.loads(run("plans", "--json").stdout)
    assert {p["id"] for p in listed} >= {
        "strong-and-balanced-runner",
        "in-season-maintenance",
        "backwards-running-introduction",
    }
    assert all(p["valid"] for p in listed)
    started_on = now().date() - timedelta(days=16)
    followed = run("plan", "strong-and-balanced-runner", "--start", started_on.isoformat())
    assert followed.returncode == 0, followed.stderr
    for day, routine in (
        (1, "Glute Wake-Up for Runners"),
        (4, "Single-Leg Balance Ladder"),
        (8, "Single-Leg Balance Ladder"),
        (11, "Glute Wake-Up for Runners"),
        (15, "Level Pelvis"),
    ):
        record(routine, datetime.combine(started_on + timedelta(days=day), time(12)).astimezone())
    listed = json.loads(run("plans", "--json").stdout)
    [active] = [p["active"] for p in listed if p["active"]]
    assert active["text"] == "Week 3 of 8: Level Pelvis, then Even Thighs. 1 of 2 done this week."
    shown = run("plan", "strong-and-balanced-runner")
    assert "Week 3 of 8" in shown.stdout.splitlines()[-1]


def test_plan_exports_a_calendar_at_the_chosen_days_and_time(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = run(
        "plan", "backwards-running-introduction", "--ics", str(target),
        "--days", "tue,fri", "--time", "18:30", "--from", "2027-01-04",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Wrote 12 sessions" in result.stdout
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 12
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts[0] == datetime(2027, 1, 5, 18, 30)  # the first Tuesday
    assert {s.strftime("%a %H:%M") for s in starts} == {"Tue 18:30", "Fri 18:30"}
    wrong = run("plan", "backwards-running-introduction", "--ics", str(target), "--days", "tue")
    assert wrong.returncode == 2 and "week 1 has 2 sessions" in wrong.stderr
    no_day = run("plan", "backwards-running-introduction", "--ics", str(target), "--days", "tu,x")
    assert no_day.returncode == 2 and "not a day" in no_day.stderr


def test_validate_checks_plan_files(tmp_path: Path) -> None:
    good = run("validate", *map(str, (ROUTINES / "plans").glob("*.yaml")))
    assert good.returncode == 0, good.stdout + good.stderr
    bad = tmp_path / "bad-plan.yaml"
    bad.write_text("name: x\nweeks:\n  - sessions: [level-pelvsi]\n", encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{bad}:3:16: ") and '"level-pelvis"' in result.stdout
