"""Why the progression rule offers what it offers, as data: a kind of reason and its numbers.

The core does not write the user's sentence: the window says it in the user's language
(``ui/suggestion_words.py``) and the command line in English (:func:`english_reason`), both
from the same :class:`Reason`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ReasonKind(str, enum.Enum):
    #: A beginner routine never played (or never completed): as written.
    FIRST_TIME = "first_time"
    NOT_COMPLETED = "not_completed"
    #: An intermediate or advanced routine never played (or never completed): a lighter start.
    FIRST_TIME_LIGHTER = "first_time_lighter"
    NOT_COMPLETED_LIGHTER = "not_completed_lighter"
    #: A break of ``weeks``: a step back, or from 12 weeks a start again.
    BREAK = "break"
    LONG_BREAK = "long_break"
    #: The last session at ``other`` was stopped or interrupted.
    UNFINISHED = "unfinished"
    #: The last session felt hard (``effort``).
    HARD = "hard"
    #: The last session was not rated (``effort`` is the easy bound).
    NOT_RATED = "not_rated"
    #: Nothing completed for ``days`` days.
    MISSED_WEEK = "missed_week"
    #: One more easy session (``effort`` or less) within three weeks earns a step up.
    CONFIRM = "confirm"
    #: Two easy sessions: a step up.
    STEP_UP = "step_up"
    #: ``other`` was too much ``days`` ago: a smaller step up, or stay.
    SETBACK_STEP = "setback_step"
    SETBACK_STAY = "setback_stay"
    #: At the routine's maximum (``other``): stay.
    AT_MAXIMUM = "at_maximum"
    #: 10% was added this week already.
    ADDED_THIS_WEEK = "added_this_week"
    #: Capped by the routine's maximum (``other``), or by a week ago's scale (``other``).
    CEILING_CAP = "ceiling_cap"
    WEEK_CAP = "week_cap"
    #: The plan sets the session's scale.
    PLAN = "plan"


@dataclass(frozen=True)
class Reason:
    """``scale`` is the scale offered (or stayed at); ``other`` a second scale the sentence
    names (see each kind); ``days``/``weeks`` how long ago; ``effort`` on the 1-10 scale;
    ``level`` the routine's level (``intermediate``, ``advanced``) for a lighter start."""

    kind: ReasonKind
    scale: float = 1.0
    other: float = 0.0
    days: int = 0
    weeks: int = 0
    effort: int = 0
    level: str = ""


def pct(scale: float) -> str:
    return f"{round(scale * 100)}%"


def english_days_ago(days: int) -> str:
    if days <= 0:
        return "today"
    return "yesterday" if days == 1 else f"{days} days ago"


#: The command line's sentence for each kind; ``{when}`` is :func:`english_days_ago`.
ENGLISH: dict[ReasonKind, str] = {
    ReasonKind.FIRST_TIME: (
        "First time with this routine: play it as written, and rate how hard it felt."
    ),
    ReasonKind.NOT_COMPLETED: "You have not completed this routine yet: play it as written.",
    ReasonKind.FIRST_TIME_LIGHTER: (
        "First time with this {level} routine: start at {scale} of the work and build up."
    ),
    ReasonKind.NOT_COMPLETED_LIGHTER: (
        "You have not completed this {level} routine yet: "
        "start at {scale} of the work and build up."
    ),
    ReasonKind.BREAK: (
        "It has been {weeks} weeks since you last completed this routine: "
        "step back to {scale} and build up again."
    ),
    ReasonKind.LONG_BREAK: (
        "It has been {weeks} weeks since you last completed this routine: "
        "start again at {scale} and build up."
    ),
    ReasonKind.UNFINISHED: (
        "Your last session at {other} was not finished: stay at {scale} until you complete it."
    ),
    ReasonKind.HARD: (
        "Your last session felt hard ({effort}/10): stay at {scale} until it feels easier."
    ),
    ReasonKind.NOT_RATED: (
        "Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: "
        "two easy ones ({effort} or less) bring an offer of more."
    ),
    ReasonKind.MISSED_WEEK: "Nothing completed for {days} days: stay at {scale} this time.",
    ReasonKind.CONFIRM: (
        "Stay at {scale}: complete it once more at effort {effort} or less "
        "within three weeks to move up."
    ),
    ReasonKind.STEP_UP: (
        "Your last two sessions felt easy: try {scale} "
        "(no more than 10% above where you were a week ago)."
    ),
    ReasonKind.SETBACK_STEP: "{other} was too much {when}: try {scale} first.",
    ReasonKind.SETBACK_STAY: "{other} was too much {when}: stay at {scale} for now.",
    ReasonKind.AT_MAXIMUM: "You are at this routine's maximum of {other}: stay there.",
    ReasonKind.ADDED_THIS_WEEK: "You added 10% this week already: stay at {scale} for now.",
    ReasonKind.CEILING_CAP: "This routine goes up to {other}: play it at {scale}.",
    ReasonKind.WEEK_CAP: "A week ago you were at {other}: no more than {scale} this week.",
    ReasonKind.PLAN: "Your plan sets this session at {scale}.",
}


def english_reason(reason: Reason) -> str:
    """The reason in English, for the command line (the window translates it itself)."""
    return ENGLISH[reason.kind].format(
        scale=pct(reason.scale),
        other=pct(reason.other),
        level=reason.level,
        weeks=reason.weeks,
        days=reason.days,
        effort=reason.effort,
        when=english_days_ago(reason.days),
    )
