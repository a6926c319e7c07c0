"""The editor's problems in plain words: the validator's rules (``core/validate.py``) said as a
person would say them, with the numbers that matter and no field paths. The command line keeps
the validator's own message with FILE:LINE:COLUMN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from barretimer.core.validate import Issue


def _tr(text: str) -> str:
    return QCoreApplication.translate("problem_words", text)


def _seconds(value: object) -> str:
    number = float(value) if isinstance(value, (int, float)) else 0.0
    return f"{number:g}"


def _defaults_name(what: object) -> str:
    return {
        "rest": _tr("rest between steps"),
        "lead_in": _tr("lead-in"),
        "switch": _tr("time to switch sides"),
    }.get(str(what), str(what))


def plain_words(issue: Issue) -> str:
    """What is wrong with the routine, in words of the window; the validator's message when
    the rule has no words of its own."""
    v = issue.values
    rule = issue.rule
    if rule == "cue_outside_step":
        at, length = float(v["at"]), float(v["length"])  # type: ignore[arg-type]
        if at >= 0:
            return _tr(
                "This cue is set for {at} s after the start, but the step lasts only {length} s."
            ).format(at=_seconds(at), length=_seconds(length))
        return _tr(
            "This cue is set for {at} s before the end, but the step lasts only {length} s."
        ).format(at=_seconds(-at), length=_seconds(length))
    if rule == "cue_before_end_of_max":
        return _tr(
            "Timed cue {number} counts from the end, but a max step has no set end: "
            "give it a time from the start (0 or more)."
        ).format(number=v["number"])
    if rule == "empty_cue":
        return _tr("Timed cue {number} has nothing to say.").format(number=v["number"])
    texts = {
        "empty_name": _tr("The routine needs a name."),
        "no_steps": _tr("The routine has no steps yet: add one."),
        "empty_block": _tr("This repeat block has no steps yet."),
        "no_exercise": _tr("The step needs an exercise name."),
        "cap_without_max": _tr('A cap only goes with a "max" step, one held as long as you can.'),
    }
    if rule in texts:
        return texts[rule]
    value = _seconds(v.get("value"))
    if rule == "default_out_of_range":
        return _tr("The {what} must be from 0 to 600 s; it is {value} s.").format(
            what=_defaults_name(v.get("what")), value=value
        )
    if rule == "countdown_out_of_range":
        return _tr("The countdown must be from 0 to 10 s; it is {value} s.").format(value=value)
    if rule == "max_scale_out_of_range":
        return _tr("The largest scale must be from 1.0 to 3.0; it is {value}.").format(value=value)
    if rule == "repeat_out_of_range":
        return _tr("A block repeats from 1 to {limit} times; this one says {value}.").format(
            limit=v["limit"], value=value
        )
    if rule in ("rest_out_of_range", "block_rest_out_of_range"):
        return _tr("A rest must be from 0 to 600 s; this one is {value} s.").format(value=value)
    if rule == "duration_out_of_range":
        return _tr(
            "A step lasts more than 0 s and at most 4 hours; this one says {value} s."
        ).format(value=value)
    if rule == "cap_out_of_range":
        return _tr("The cap must be more than 0 s; it is {value} s.").format(value=value)
    if rule == "unknown_muscle":
        return _tr('There is no muscle group called "{muscle}".').format(muscle=v["muscle"])
    if rule == "too_many_cues":
        return _tr("A step can have at most {limit} timed cues; this one has {count}.").format(
            limit=v["limit"], count=v["count"]
        )
    if rule == "too_many_played":
        return _tr(
            "With its repeats the routine would play {count} steps; at most {limit} can be played."
        ).format(count=f"{v['count']:,}", limit=f"{v['limit']:,}")
    return issue.message
