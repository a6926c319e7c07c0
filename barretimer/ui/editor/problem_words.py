"""The editor's problems in plain words: the validator's rules (``core/validate.py``) said as a
person would say them, with the numbers that matter and no field paths. The command line keeps
the validator's own message with FILE:LINE:COLUMN.

Every sentence is written out in a ``QCoreApplication.translate("problem_words", "...")`` call
(or a ``QT_TRANSLATE_NOOP``): lupdate only finds literal strings."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from barretimer.core.validate import Issue

#: Rules said the same whatever the numbers.
_FIXED: dict[str, str] = {
    "empty_name": str(QT_TRANSLATE_NOOP("problem_words", "The routine needs a name.")),
    "no_steps": str(QT_TRANSLATE_NOOP("problem_words", "The routine has no steps yet: add one.")),
    "empty_block": str(QT_TRANSLATE_NOOP("problem_words", "This repeat block has no steps yet.")),
    "no_exercise": str(QT_TRANSLATE_NOOP("problem_words", "The step needs an exercise name.")),
    "cap_without_max": str(
        QT_TRANSLATE_NOOP(
            "problem_words", 'A cap only goes with a "max" step, one held as long as you can.'
        )
    ),
}


def _tr(text: str) -> str:
    """A sentence already marked with ``QT_TRANSLATE_NOOP("problem_words", ...)``."""
    return QCoreApplication.translate("problem_words", text)


def _seconds(value: object) -> str:
    """A number of seconds as the language writes it (``2.5``, ``2,5``)."""
    number = float(value) if isinstance(value, (int, float)) else 0.0
    return QLocale().toString(number, "g", 6)


def _count(value: object) -> str:
    """A whole number with the language's digit grouping (``10,000``, ``10.000``)."""
    return QLocale().toString(int(value)) if isinstance(value, (int, float)) else str(value)


def _defaults_name(what: object) -> str:
    return {
        "rest": QCoreApplication.translate("problem_words", "rest between steps"),
        "lead_in": QCoreApplication.translate("problem_words", "lead-in"),
        "switch": QCoreApplication.translate("problem_words", "time to switch sides"),
    }.get(str(what), str(what))


def _cue_words(rule: str, v: Mapping[str, object]) -> str | None:
    """A timed cue that cannot be said where it is set."""
    if rule == "cue_outside_step":
        at, length = float(v["at"]), float(v["length"])  # type: ignore[arg-type]
        text = (
            QCoreApplication.translate(
                "problem_words",
                "This cue is set for {at} s after the start, but the step lasts only {length} s.",
            )
            if at >= 0
            else QCoreApplication.translate(
                "problem_words",
                "This cue is set for {at} s before the end, but the step lasts only {length} s.",
            )
        )
        return text.format(at=_seconds(abs(at)), length=_seconds(length))
    if rule == "cue_before_end_of_max":
        return QCoreApplication.translate(
            "problem_words",
            "Timed cue {number} counts from the end, but a max step has no set end: "
            "give it a time from the start (0 or more).",
        ).format(number=v["number"])
    if rule == "empty_cue":
        return QCoreApplication.translate(
            "problem_words", "Timed cue {number} has nothing to say."
        ).format(number=v["number"])
    return None


def _range_words(rule: str, v: Mapping[str, object]) -> str | None:
    """A number outside what the rule allows."""
    value = _seconds(v.get("value"))
    if rule == "default_out_of_range":
        return QCoreApplication.translate(
            "problem_words", "The {what} must be from 0 to 600 s; it is {value} s."
        ).format(what=_defaults_name(v.get("what")), value=value)
    if rule == "countdown_out_of_range":
        return QCoreApplication.translate(
            "problem_words", "The countdown must be from 0 to 10 s; it is {value} s."
        ).format(value=value)
    if rule == "max_scale_out_of_range":
        return QCoreApplication.translate(
            "problem_words", "The largest scale must be from 1.0 to 3.0; it is {value}."
        ).format(value=value)
    if rule == "repeat_out_of_range":
        return QCoreApplication.translate(
            "problem_words", "A block repeats from 1 to {limit} times; this one says {value}."
        ).format(limit=v["limit"], value=value)
    if rule in ("rest_out_of_range", "block_rest_out_of_range"):
        return QCoreApplication.translate(
            "problem_words", "A rest must be from 0 to 600 s; this one is {value} s."
        ).format(value=value)
    if rule == "duration_out_of_range":
        return QCoreApplication.translate(
            "problem_words",
            "A step lasts more than 0 s and at most 4 hours; this one says {value} s.",
        ).format(value=value)
    if rule == "cap_out_of_range":
        return QCoreApplication.translate(
            "problem_words", "The cap must be more than 0 s; it is {value} s."
        ).format(value=value)
    return None


def _other_words(rule: str, v: Mapping[str, object]) -> str | None:
    """A name the catalog does not know, or too much of something."""
    if rule == "unknown_muscle":
        return QCoreApplication.translate(
            "problem_words", 'There is no muscle group called "{muscle}".'
        ).format(muscle=v["muscle"])
    if rule == "too_many_cues":
        return QCoreApplication.translate(
            "problem_words", "A step can have at most {limit} timed cues; this one has {count}."
        ).format(limit=v["limit"], count=v["count"])
    if rule == "too_many_played":
        return QCoreApplication.translate(
            "problem_words",
            "With its repeats the routine would play {count} steps; at most {limit} can be played.",
        ).format(count=_count(v["count"]), limit=_count(v["limit"]))
    return None


def plain_words(issue: Issue) -> str:
    """What is wrong with the routine, in words of the window; the validator's message when
    the rule has no words of its own."""
    if issue.rule in _FIXED:
        return _tr(_FIXED[issue.rule])
    for words in (_cue_words, _range_words, _other_words):
        found = words(issue.rule, issue.values)
        if found is not None:
            return found
    return issue.message
