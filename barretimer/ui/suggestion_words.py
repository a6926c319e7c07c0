"""The progression rule's reason in the window's language: one sentence for each kind of
:class:`~barretimer.core.offer_reason.Reason`, with its numbers put in (the command line
writes the English one, ``core.offer_reason.english_reason``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from barretimer.core.offer_reason import Reason, ReasonKind, pct
from barretimer.ui.labels import counted

K = ReasonKind


class SuggestionWords(QObject):
    """The sentences, as ``self.tr`` calls lupdate finds (``self.tr(text, "", n)`` for the
    ones with a number of days or weeks, so each language writes its own plural)."""

    def days_ago(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return counted(self.tr("%n day(s) ago", "", days), days)

    def first_sessions(self, reason: Reason) -> str | None:
        """Before any completed session."""
        advanced = reason.level == "advanced"
        return {
            K.FIRST_TIME: self.tr(
                "First time with this routine: play it as written, and rate how hard it felt."
            ),
            K.NOT_COMPLETED: self.tr(
                "You have not completed this routine yet: play it as written."
            ),
            K.FIRST_TIME_LIGHTER: self.tr(
                "First time with this advanced routine: start at {scale} of the work and build up."
            )
            if advanced
            else self.tr(
                "First time with this intermediate routine: "
                "start at {scale} of the work and build up."
            ),
            K.NOT_COMPLETED_LIGHTER: self.tr(
                "You have not completed this advanced routine yet: "
                "start at {scale} of the work and build up."
            )
            if advanced
            else self.tr(
                "You have not completed this intermediate routine yet: "
                "start at {scale} of the work and build up."
            ),
        }.get(reason.kind)

    def counted_time(self, reason: Reason) -> str | None:
        """After a break, or a missed week: the sentences with a plural."""
        if reason.kind is K.BREAK:
            text = self.tr(
                "It has been %n week(s) since you last completed this routine: "
                "step back to {scale} and build up again.",
                "",
                reason.weeks,
            )
            return counted(text, reason.weeks)
        if reason.kind is K.LONG_BREAK:
            text = self.tr(
                "It has been %n week(s) since you last completed this routine: "
                "start again at {scale} and build up.",
                "",
                reason.weeks,
            )
            return counted(text, reason.weeks)
        if reason.kind is K.MISSED_WEEK:
            text = self.tr(
                "Nothing completed for %n day(s): stay at {scale} this time.", "", reason.days
            )
            return counted(text, reason.days)
        return None

    def after_sessions(self, reason: Reason) -> str | None:
        """After completed sessions: stay, step up, or a cap."""
        return {
            K.UNFINISHED: self.tr(
                "Your last session at {other} was not finished: "
                "stay at {scale} until you complete it."
            ),
            K.HARD: self.tr(
                "Your last session felt hard ({effort}/10): stay at {scale} until it feels easier."
            ),
            K.NOT_RATED: self.tr(
                "Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: "
                "two easy ones ({effort} or less) bring an offer of more."
            ),
            K.CONFIRM: self.tr(
                "Stay at {scale}: complete it once more at effort {effort} or less "
                "within three weeks to move up."
            ),
            K.STEP_UP: self.tr(
                "Your last two sessions felt easy: try {scale} "
                "(no more than 10% above where you were a week ago)."
            ),
            K.SETBACK_STEP: self.tr("{other} was too much {when}: try {scale} first."),
            K.SETBACK_STAY: self.tr("{other} was too much {when}: stay at {scale} for now."),
            K.AT_MAXIMUM: self.tr("You are at this routine's maximum of {other}: stay there."),
            K.ADDED_THIS_WEEK: self.tr("You added 10% this week already: stay at {scale} for now."),
            K.CEILING_CAP: self.tr("This routine goes up to {other}: play it at {scale}."),
            K.WEEK_CAP: self.tr("A week ago you were at {other}: no more than {scale} this week."),
            K.PLAN: self.tr("Your plan sets this session at {scale}."),
        }.get(reason.kind)


def suggestion_text(reason: Reason) -> str:
    """The start panel's sentence for why the rule offers what it offers."""
    words = SuggestionWords()
    text = (
        words.first_sessions(reason)
        or words.counted_time(reason)
        or words.after_sessions(reason)
        or ""
    )
    return text.format(
        scale=pct(reason.scale),
        other=pct(reason.other),
        effort=reason.effort,
        when=words.days_ago(reason.days),
    )
