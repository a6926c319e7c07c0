"""Trends over a hand-made history: weeks, minutes per kind, sessions against the target,
the streak, and left against right seconds. Expected numbers are worked out in the tests."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest

from barretimer import paths
from barretimer.store.sessions import SessionStore
from barretimer.store.trends import compute_trends, current_streak, recent_weeks, week_start
from tests.store.helpers import S, add_session

# A Wednesday; its ISO week starts on Monday 10 March 2025.
NOW = datetime(2025, 3, 12, 15, 0)
THIS_MONDAY = datetime(2025, 3, 10, 9, 0)


@pytest.fixture
def store():
    opened = SessionStore.open(paths.database_path())
    yield opened
    opened.close()


def weeks_ago(n: int, days: int = 0, hour: int = 9) -> datetime:
    return THIS_MONDAY.replace(hour=hour) - timedelta(weeks=n) + timedelta(days=days)


def test_weeks_start_on_monday():
    assert week_start(date(2025, 3, 10)) == date(2025, 3, 10)
    assert week_start(date(2025, 3, 16)) == date(2025, 3, 10)  # Sunday
    assert week_start(date(2025, 3, 17)) == date(2025, 3, 17)
    assert week_start(date(2021, 1, 3)) == date(2020, 12, 28)  # ISO week 53 of 2020
    weeks = recent_weeks(date(2025, 3, 12), 3)
    assert weeks == [date(2025, 2, 24), date(2025, 3, 3), date(2025, 3, 10)]


# --- streak -----------------------------------------------------------------------------------


def completed(store, *whens):
    for when in whens:
        add_session(store, when)


def test_no_history_has_no_streak(store):
    assert current_streak(store.db, 2, NOW) == 0


def test_streak_counts_back_from_last_week_while_this_week_is_not_met(store):
    completed(store, weeks_ago(0))  # this week: 1 of 2, not met yet
    for n in (1, 2, 3):
        completed(store, weeks_ago(n), weeks_ago(n, days=3))
    completed(store, weeks_ago(4))  # 1 of 2: the streak ends here
    for n in (5, 6):
        completed(store, weeks_ago(n), weeks_ago(n, days=2))
    assert current_streak(store.db, 2, NOW) == 3
    # Once this week is met it counts too.
    completed(store, weeks_ago(0, days=1))
    assert current_streak(store.db, 2, NOW) == 4


def test_only_completed_sessions_count_toward_a_week(store):
    for n in (1, 2):
        completed(store, weeks_ago(n))
        add_session(store, weeks_ago(n, days=1), status="stopped")
        add_session(store, weeks_ago(n, days=2), status="interrupted")
    assert current_streak(store.db, 2, NOW) == 0
    assert current_streak(store.db, 1, NOW) == 2


def test_an_empty_week_breaks_the_streak(store):
    completed(store, weeks_ago(1), weeks_ago(1, days=1))
    completed(store, weeks_ago(3), weeks_ago(3, days=1))
    assert current_streak(store.db, 2, NOW) == 1


def test_a_missed_last_week_means_no_streak_even_if_this_week_is_met(store):
    completed(store, weeks_ago(0), weeks_ago(0, days=1))
    completed(store, weeks_ago(2), weeks_ago(2, days=1))
    assert current_streak(store.db, 2, NOW) == 1


def test_sessions_in_the_future_do_not_count(store):
    completed(store, weeks_ago(1), weeks_ago(1, days=1))
    completed(store, weeks_ago(-1), weeks_ago(-1, days=1))  # next week
    assert current_streak(store.db, 2, NOW) == 1


def test_a_long_streak_is_counted_to_its_start(store):
    for n in range(1, 60):
        completed(store, weeks_ago(n, days=1, hour=7), weeks_ago(n, days=5, hour=19))
    assert current_streak(store.db, 2, NOW) == 59
    assert current_streak(store.db, 3, NOW) == 0


def test_sunday_late_and_monday_early_fall_in_their_own_weeks(store):
    # Sunday 23:30 belongs to last week, Monday 00:10 to this one (local time).
    completed(store, datetime(2025, 3, 9, 23, 30), datetime(2025, 3, 9, 8, 0))
    completed(store, datetime(2025, 3, 10, 0, 10))
    trends = compute_trends(store, 2, weeks=2, now=NOW)
    assert [w.completed for w in trends.sessions] == [2, 1]
    assert [w.met for w in trends.sessions] == [True, False]
    assert trends.streak == 1


@pytest.fixture
def berlin(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("time zones cannot be switched on this system")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_weeks_follow_local_time_across_a_clock_change(store, berlin):
    # Summer time began on Sunday 30 March 2025 in Berlin; Monday 31 March 00:30 local is
    # still Sunday in UTC, yet it belongs to the week of 31 March.
    completed(store, datetime(2025, 3, 31, 0, 30), datetime(2025, 3, 30, 23, 45))
    trends = compute_trends(store, 1, weeks=2, now=datetime(2025, 4, 2, 12))
    assert trends.weeks == [date(2025, 3, 24), date(2025, 3, 31)]
    assert [w.completed for w in trends.sessions] == [1, 1]


# --- minutes and sides ------------------------------------------------------------------------


def test_minutes_per_week_split_by_kind(store):
    add_session(
        store, weeks_ago(0), steps=[S("Plank", "hold", done_s=60), S("Fold", "stretch", done_s=90)]
    )
    add_session(
        store,
        weeks_ago(0, days=1),
        status="stopped",
        steps=[
            S("Stand", "balance", "left", done_s=30),
            S("March", "move", done_s=120),
            S("Breathe", "rest"),
        ],
    )
    add_session(
        store, weeks_ago(2), steps=[S("Plank", "hold", done_s=45, planned_s=60, skipped=True)]
    )
    add_session(store, weeks_ago(12), steps=[S("Plank", "hold", done_s=600)])  # outside 12 weeks
    trends = compute_trends(store, 2, now=NOW)
    assert len(trends.minutes) == 12
    assert trends.minutes[-1].minutes == {"hold": 1.0, "stretch": 1.5, "balance": 0.5, "move": 2.0}
    assert trends.minutes[-3].minutes == {"hold": 0.75, "stretch": 0.0, "balance": 0.0, "move": 0.0}
    assert sum(w.total for w in trends.minutes) == pytest.approx(5.75)


def test_left_and_right_seconds_of_balance_drills(store):
    add_session(
        store,
        weeks_ago(1),
        steps=[
            S("Stand", "balance", "left", done_s=22),
            S("Stand", "balance", "right", done_s=30),
            S("Clamshell", "hold", "left", done_s=40),  # not a balance drill
            S("Reach", "balance", "left", done_s=18.5),
            S("Reach", "balance", "right", done_s=25),
        ],
    )
    add_session(store, weeks_ago(1, days=2), steps=[S("Stand", "balance", "left", done_s=10)])
    add_session(store, weeks_ago(3), steps=[S("Wall sit", "hold")])
    trends = compute_trends(store, 2, now=NOW)
    assert [(p.week, p.left_s, p.right_s) for p in trends.sides] == [(date(2025, 3, 3), 50.5, 55.0)]


def test_trends_of_an_empty_history(store):
    trends = compute_trends(store, 2, now=NOW)
    assert trends.streak == 0
    assert trends.sides == []
    assert all(w.total == 0 for w in trends.minutes)
    assert all(w.completed == 0 and not w.met for w in trends.sessions)
