"""Durations as people write them: 45, "45s", "1:30", "2m", "1m30s"."""

from __future__ import annotations

import math
import re

_UNITS = re.compile(
    r"^\s*(?:(?P<m>\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(?P<s>\d+(?:\.\d+)?)\s*s(?:ec)?)?\s*$"
)
_CLOCK = re.compile(r"^\s*(?P<sign>-)?(?P<m>\d+):(?P<s>[0-5]\d(?:\.\d+)?)\s*$")
_NUMBER = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*$")


def parse_duration(value: object) -> float | None:
    """Seconds for ``value``, or None when it is not a duration.

    Negative and zero values parse (the validator says they must be positive); ``"max"`` is
    not a duration here, the loader handles it.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if not isinstance(value, str) or len(value) > 32:
        return None
    if _NUMBER.match(value):
        return float(value)
    clock = _CLOCK.match(value)
    if clock:
        seconds = int(clock["m"]) * 60 + float(clock["s"])
        return -seconds if clock["sign"] else seconds
    units = _UNITS.match(value)
    if units and (units["m"] or units["s"]):
        return float(units["m"] or 0) * 60 + float(units["s"] or 0)
    return None


def format_clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) rounded down to whole seconds, for display."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_minutes(seconds: float) -> str:
    """A total in words for lists: ``45 min``, ``1 h 05 min``, ``40 s``."""
    if seconds < 60:
        return f"{round(seconds)} s"
    minutes = round(seconds / 60)
    if minutes >= 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes} min"


def plain_seconds(seconds: float) -> int | float:
    """A number of seconds as it is best written in a file: an int when whole."""
    return int(seconds) if float(seconds).is_integer() else round(seconds, 3)
