"""The progression rule over hand-made histories."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from barretimer.core.progression import PastSession, suggest_scale

NOW = datetime(2026, 6, 15, 18, 0, tzinfo=timezone.utc)


def s(
    days_ago: float, scale: float = 1.0, effort: int | None = 6, status: str = "completed"
) -> PastSession:
    return PastSession(NOW - timedelta(days=days_ago), status, scale, effort)


def suggest(history: list[PastSession], level: str = "beginner", max_scale: float | None = None):  # type: ignore[no-untyped-def]
    return suggest_scale(history, level=level, max_scale=max_scale, now=NOW)


def test_first_session_of_an_intermediate_routine_starts_at_80_percent() -> None:
    offer = suggest([], level="intermediate")
    assert offer is not None and offer.scale == 0.8 and "80%" in offer.reason
    assert suggest([], level="beginner") is None


def test_ramp_up_adds_ten_percent_a_week() -> None:
    # two easy sessions at 100% within two weeks, one this week: offer 110%
    offer = suggest([s(6), s(2)])
    assert offer is not None and (offer.scale, offer.changed) == (1.1, True)
    assert "110%" in offer.reason
    # a week later, 110% completed twice (the first over a week ago): offer 120%
    offer = suggest([s(12), s(10), s(8, 1.1), s(3, 1.1)])
    assert offer is not None and offer.scale == 1.2


def test_never_more_than_ten_percent_above_a_week_ago() -> None:
    # a week ago the best was 100%; this week already 110%: stay until that is a week old
    offer = suggest([s(12), s(9), s(5, 1.1), s(1, 1.1)])
    assert offer is not None and (offer.scale, offer.changed) == (1.1, False)
    assert "this week already" in offer.reason


def test_a_hard_session_holds_the_scale() -> None:
    offer = suggest([s(6, 1.1), s(4, 1.1), s(1, 1.1, effort=9)])
    assert offer is not None and (offer.scale, offer.changed) == (1.1, False)
    assert "9/10" in offer.reason


def test_a_missed_week_holds_the_scale() -> None:
    # twice in the last 14 days, but nothing in the last 7
    offer = suggest([s(13, 1.2), s(9, 1.2)])
    assert offer is not None and (offer.scale, offer.changed) == (1.2, False)
    assert "past week" in offer.reason


def test_a_three_week_gap_steps_back() -> None:
    offer = suggest([s(40, 1.2), s(30, 1.3), s(24, 1.3)])
    assert offer is not None and offer.scale == 1.15 and offer.changed
    assert "3 weeks" in offer.reason
    # never below 80%
    low = suggest([s(30, 0.8)])
    assert low is not None and low.scale == 0.8


def test_the_routine_maximum_is_never_exceeded() -> None:
    offer = suggest([s(12, 1.3), s(9, 1.3), s(3, 1.3), s(1, 1.3)], max_scale=1.35)
    assert offer is not None and offer.scale == 1.35
    offer = suggest([s(12, 1.35), s(9, 1.35), s(3, 1.35), s(1, 1.35)], max_scale=1.35)
    assert offer is not None and (offer.scale, offer.changed) == (1.35, False)
    assert "maximum" in offer.reason


def test_sessions_without_effort_or_not_completed_do_not_count_toward_a_step_up() -> None:
    assert suggest([s(5, effort=None), s(2, effort=None)]) is None
    assert suggest([s(5), s(2, status="stopped")]) is None
    offer = suggest([s(5, 1.1), s(2, 1.1, effort=None)])
    assert offer is not None and (offer.scale, offer.changed) == (1.1, False)
