"""A plan's sessions on chosen weekdays and times, and as an iCalendar file to import into a
calendar app."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from barretimer.core.plans import Plan, PlanSession

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_weekdays(text: str) -> list[int]:
    """ "tue,fri" -> [1, 4]; ValueError saying what is wrong."""
    days = []
    for part in text.split(","):
        word = part.strip().lower()[:3]
        if word not in WEEKDAYS:
            raise ValueError(
                f"{part.strip()!r} is not a day; use {', '.join(WEEKDAYS)} separated by commas"
            )
        days.append(WEEKDAYS.index(word))
    if len(set(days)) != len(days):
        raise ValueError("a day is given twice")
    return sorted(days)


def parse_time_of_day(text: str) -> time:
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"{text!r} is not a time of day; write it as HH:MM, e.g. 07:00") from None


@dataclass(frozen=True)
class CalendarEntry:
    week: int  # 0-based
    number: int  # 0-based within the week
    session: PlanSession
    starts: datetime  # local, floating


def schedule(plan: Plan, first_day: date, weekdays: Sequence[int], at: time) -> list[CalendarEntry]:
    """Each session of ``plan`` on the chosen weekdays, week 1 being the 7 days from
    ``first_day``; ValueError when a week has more sessions than days were chosen."""
    if not weekdays:
        raise ValueError("choose at least one day")
    entries = []
    for week_index, week in enumerate(plan.weeks):
        if len(week.sessions) > len(weekdays):
            raise ValueError(
                f"week {week_index + 1} has {len(week.sessions)} sessions but only "
                f"{len(weekdays)} day(s) were chosen"
            )
        week_start = first_day + timedelta(days=7 * week_index)
        days = sorted(
            week_start + timedelta(days=(wd - week_start.weekday()) % 7) for wd in weekdays
        )
        for number, (session, day) in enumerate(zip(week.sessions, days, strict=False)):
            entries.append(CalendarEntry(week_index, number, session, datetime.combine(day, at)))
    return entries


def plan_calendar(
    plan: Plan,
    entries: Sequence[CalendarEntry],
    *,
    names: Mapping[str, str],
    lengths_s: Mapping[str, float],
    stamp: datetime,
    reminder_min: int = 10,
) -> bytes:
    """The sessions as an iCalendar file, each with a reminder, so the user's own calendar
    reminds them without barretimer running. Times are floating (the user's local time)."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//barretimer//plans//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", plan.name)
    total = len(plan.weeks)
    for entry in entries:
        routine = entry.session.routine
        name = names.get(routine, routine)
        event = Event()
        event.add("uid", f"{plan.id}-week{entry.week + 1}-session{entry.number + 1}@barretimer")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.starts)
        event.add("duration", timedelta(seconds=round(lengths_s.get(routine, 30 * 60))))
        event.add("summary", f"{name} (week {entry.week + 1} of {total})")
        scale = entry.session.scale
        how = "at the scale barretimer offers" if scale is None else f"at {round(scale * 100)}%"
        note = plan.weeks[entry.week].note
        event.add(
            "description",
            f"{plan.name}, week {entry.week + 1} of {total}: play {name} {how}."
            + (f"\n{note}" if note else ""),
        )
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{name} in {reminder_min} minutes")
        alarm.add("trigger", timedelta(minutes=-reminder_min))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
