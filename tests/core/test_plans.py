"""Plans: the shipped files, the validator's messages, progress from the history, the calendar."""

from __future__ import annotations

import itertools
import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from barretimer import paths
from barretimer.core import plans
from barretimer.core.library import load_catalog, load_library
from barretimer.core.offer_reason import Reason, ReasonKind
from barretimer.core.plan_calendar import parse_time_of_day, parse_weekdays, plan_calendar, schedule
from barretimer.core.plan_progress import DoneSession, describe_progress, plan_progress
from barretimer.core.plans import (
    PlanSession,
    load_plan_file,
    load_plan_text,
    plan_offer,
    routines_by_id,
)
from barretimer.core.progression import Suggestion

MONDAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def routines():  # type: ignore[no-untyped-def]
    catalog, _ = load_catalog(paths.catalog_path())
    return routines_by_id(load_library(paths.shipped_routines_dir(), None, catalog))


def shipped(name: str, routines) -> plans.Plan:  # type: ignore[no-untyped-def]
    result = load_plan_file(paths.shipped_plans_dir() / f"{name}.yaml", routines)
    assert result.problems == [] and result.plan is not None
    return result.plan


def test_the_three_shipped_plans_load_against_the_shipped_routines(routines) -> None:  # type: ignore[no-untyped-def]
    loaded = plans.load_plans(paths.shipped_plans_dir(), None, routines)
    assert len(loaded) >= 3
    assert all(result.ok for _, result in loaded), [p for _, r in loaded for p in r.problems]
    off = shipped("strong-and-balanced-runner", routines)
    assert len(off.weeks) == 8 and off.sessions_per_week == (2, 2)
    assert [s.routine for s in off.weeks[2].sessions] == ["level-pelvis", "even-thighs"]


def test_the_in_season_plan_is_short_and_keeps_the_scale(routines) -> None:  # type: ignore[no-untyped-def]
    plan = shipped("in-season-maintenance", routines)
    low, high = plan.sessions_per_week
    assert (low, high) == (1, 2)
    for week in plan.weeks:
        for session in week.sessions:
            timeline = routines[session.routine].timeline()
            assert timeline is not None and timeline.total_s <= 16 * 60
            assert session.scale == 1.0


def test_the_backwards_plan_starts_gradually_and_grows_within_ten_percent(routines) -> None:  # type: ignore[no-untyped-def]
    plan = shipped("backwards-running-introduction", routines)
    assert len(plan.weeks) == 6
    backwards = [
        next(s.scale for s in week.sessions if s.routine == "backwards-running-intro")
        for week in plan.weeks
    ]
    assert backwards[0] is not None and backwards[0] <= 0.8
    fixed = [s for s in backwards if s is not None]
    assert all(b <= a * 1.1 + 1e-9 for a, b in itertools.pairwise(fixed))
    assert backwards[-1] is None  # the progression rule takes over


def test_the_schema_names_the_same_fields_as_the_loader() -> None:
    schema = json.loads(paths.plan_schema_path().read_text(encoding="utf-8"))
    assert tuple(schema["properties"]) == plans.PLAN_FIELDS
    assert tuple(schema["$defs"]["week"]["properties"]) == plans.WEEK_FIELDS
    session = schema["$defs"]["session"]["oneOf"][1]
    assert tuple(session["properties"]) == plans.SESSION_FIELDS


BAD = """\
name: Bad plan
wekks: 3
weeks:
  - sessions:
      - routine: level-pelvsi
      - {routine: even-thighs, scale: 5}
  - repeat: two
    sessions: []
  - note: no sessions here
"""


def test_problems_say_where_and_what(routines) -> None:  # type: ignore[no-untyped-def]
    result = load_plan_text(BAD, "bad.yaml", "bad", routines)
    lines = [str(p) for p in result.problems]
    assert not result.ok
    assert lines[0].startswith("bad.yaml:2:1: ") and '"weeks"' in lines[0]
    assert lines[1].startswith("bad.yaml:5:18: ") and '"level-pelvis"' in lines[1]
    assert lines[2].startswith("bad.yaml:6:39: ") and "scale" in lines[2]
    assert lines[3].startswith("bad.yaml:7:13: ") and "repeat" in lines[3]
    assert lines[4].startswith("bad.yaml:8:15: ") and "sessions" in lines[4]
    assert lines[5].startswith("bad.yaml:9:5: ") and "sessions is missing" in lines[5]
    assert len(lines) == 6


def test_a_plan_file_with_broken_yaml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("name: x\nweeks: [\n", encoding="utf-8")
    result = load_plan_file(path, set())
    assert result.plan is None and result.problems and result.problems[0].line >= 2


# --- progress from the history ----------------------------------------------------------------


def done(routine: str, day: date, hour: int = 18) -> DoneSession:
    return DoneSession(routine, datetime.combine(day, time(hour)).astimezone())


def names(routines) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {key: entry.name for key, entry in routines.items()}


def test_progress_counts_weeks_and_says_what_is_next(routines) -> None:  # type: ignore[no-untyped-def]
    plan = shipped("strong-and-balanced-runner", routines)
    history = [
        done("glute-wake-up", MONDAY + timedelta(days=1)),
        done("single-leg-balance", MONDAY + timedelta(days=4)),
        done("single-leg-balance", MONDAY + timedelta(days=8)),
        done("glute-wake-up", MONDAY + timedelta(days=11)),
        done("level-pelvis", MONDAY + timedelta(days=15)),
    ]
    progress = plan_progress(plan, MONDAY, history, MONDAY + timedelta(days=17))
    assert progress.week == 2 and progress.done == (True, False)
    assert progress.next_session() == PlanSession("even-thighs")
    assert describe_progress(progress, names(routines)) == (
        "Week 3 of 8: Level Pelvis, then Even Thighs. 1 of 2 done this week."
    )


def test_never_more_than_one_plan_week_in_a_calendar_week(routines) -> None:  # type: ignore[no-untyped-def]
    plan = shipped("strong-and-balanced-runner", routines)
    busy = [done(r, MONDAY + timedelta(days=d)) for d, r in enumerate(
        ["glute-wake-up", "single-leg-balance", "glute-wake-up", "single-leg-balance"]
    )]  # fmt: skip
    progress = plan_progress(plan, MONDAY, busy, MONDAY + timedelta(days=5))
    assert progress.week == 0 and progress.week_done and progress.next_session() is None
    assert progress.next_week_on == MONDAY + timedelta(days=7)
    assert "week 2 starts on" in describe_progress(progress, names(routines))
    assert plan_progress(plan, MONDAY, busy, MONDAY + timedelta(days=7)).week == 1


def test_an_unfinished_week_carries_on_and_a_break_steps_back(routines) -> None:  # type: ignore[no-untyped-def]
    plan = shipped("strong-and-balanced-runner", routines)
    history = [
        done("glute-wake-up", MONDAY),
        done("single-leg-balance", MONDAY + timedelta(days=2)),  # week 1 done
        done("glute-wake-up", MONDAY + timedelta(days=8)),  # week 2: one of two
    ]
    carried = plan_progress(plan, MONDAY, history, MONDAY + timedelta(days=16))
    assert (carried.week, carried.done) == (1, (True, False))
    # three calendar weeks with no session of the plan: back to week 1
    stepped = plan_progress(plan, MONDAY, history, MONDAY + timedelta(days=36))
    assert stepped.week == 0 and stepped.stepped_back and stepped.done == (False, False)
    assert "took the plan back" in describe_progress(stepped, names(routines))


def test_a_plan_finishes(routines) -> None:  # type: ignore[no-untyped-def]
    plan = shipped("backwards-running-introduction", routines)
    history = [
        done(session.routine, MONDAY + timedelta(days=7 * w + 2 * n))
        for w, week in enumerate(plan.weeks)
        for n, session in enumerate(week.sessions)
    ]
    progress = plan_progress(plan, MONDAY, history, MONDAY + timedelta(days=50))
    assert progress.finished and progress.next_session() is None
    assert "all 6 weeks done" in describe_progress(progress, names(routines))


def test_a_plan_scale_never_goes_past_the_rule() -> None:
    rule = Suggestion(None, Reason(ReasonKind.FIRST_TIME), False)
    fixed = plan_offer(PlanSession("x", 0.8), rule, None)
    assert (fixed.scale, fixed.changed) == (0.8, True) and "plan" in fixed.reason
    lower = Suggestion(0.85, Reason(ReasonKind.BREAK, 0.85, weeks=5), True)
    assert plan_offer(PlanSession("x", 0.95), lower, 1.0) is lower
    assert plan_offer(PlanSession("x", None), lower, 1.0) is lower


# --- the calendar -----------------------------------------------------------------------------


def test_the_calendar_puts_each_session_on_the_chosen_days(routines) -> None:  # type: ignore[no-untyped-def]
    plan = shipped("strong-and-balanced-runner", routines)
    entries = schedule(plan, MONDAY, parse_weekdays("fri,tue"), time(7, 0))
    data = plan_calendar(
        plan,
        entries,
        names=names(routines),
        lengths_s={k: e.timeline().total_s for k, e in routines.items()},  # type: ignore[union-attr]
        stamp=datetime(2026, 5, 30, 12, 0).astimezone(),
    )
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 16
    starts = [e.decoded("dtstart") for e in events]
    assert {s.strftime("%a %H:%M") for s in starts} == {"Tue 07:00", "Fri 07:00"}
    assert starts[0] == datetime(2026, 6, 2, 7, 0) and starts[-1] == datetime(2026, 7, 24, 7, 0)
    assert str(events[4]["summary"]) == "Level Pelvis (week 3 of 8)"
    assert events[4].decoded("duration") >= timedelta(minutes=10)
    assert all(list(e.walk("VALARM")) for e in events)
    assert len({str(e["uid"]) for e in events}) == 16


def test_days_and_times_are_checked() -> None:
    with pytest.raises(ValueError, match="not a day"):
        parse_weekdays("tue,fry")
    with pytest.raises(ValueError, match="HH:MM"):
        parse_time_of_day("7am")
    plan = plans.Plan("p", "P", (plans.PlanWeek((PlanSession("a"), PlanSession("b"))),))
    with pytest.raises(ValueError, match="week 1 has 2 sessions"):
        schedule(plan, MONDAY, [1], time(7))
