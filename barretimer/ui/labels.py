"""Every word the window shows for a domain value: kinds, levels, sides, statuses, durations,
counts. The same value reads the same on every screen, and translators see each word once
(context ``labels``).

Strings are written out in ``QCoreApplication.translate("labels", "...")`` calls, never through a
helper such as ``_t(text)``: lupdate only finds literal strings in calls it knows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from barretimer.core.durations import format_clock
from barretimer.core.model import Block, Kind, Level, Sides, Step
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Side


def counted(text: str, n: int) -> str:
    """``text`` in Qt's plural form (``"%Ln step(s)"``, marked for lupdate with
    ``QT_TRANSLATE_NOOP``) for ``n``: a translation gives every plural form of its language;
    with none loaded, English reads "1 step", "1,200 steps"."""
    if QCoreApplication.translate("labels", text) != text:  # a translation knows it
        return QCoreApplication.translate("labels", text, None, n)
    english = text.replace("(s)", "" if n == 1 else "s")
    return english.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


_KINDS: dict[Kind, str] = {
    Kind.HOLD: str(QT_TRANSLATE_NOOP("labels", "Hold")),
    Kind.STRETCH: str(QT_TRANSLATE_NOOP("labels", "Stretch")),
    Kind.BALANCE: str(QT_TRANSLATE_NOOP("labels", "Balance")),
    Kind.MOVE: str(QT_TRANSLATE_NOOP("labels", "Move")),
    Kind.REST: str(QT_TRANSLATE_NOOP("labels", "Rest")),
}


def kind_label(kind: Kind | str) -> str:
    """A kind's name; a stored value that is no kind (an old history row) shows as written."""
    try:
        return QCoreApplication.translate("labels", _KINDS[Kind(kind)])
    except ValueError:
        return str(kind)


def level_label(level: Level) -> str:
    return {
        Level.BEGINNER: QCoreApplication.translate("labels", "Beginner"),
        Level.INTERMEDIATE: QCoreApplication.translate("labels", "Intermediate"),
        Level.ADVANCED: QCoreApplication.translate("labels", "Advanced"),
    }[level]


def side_label(side: Side | str | None) -> str:
    """A side in a table ("Left"); nothing for a step done with both."""
    if side in (Side.LEFT, Side.LEFT.value):
        return QCoreApplication.translate("labels", "Left")
    if side in (Side.RIGHT, Side.RIGHT.value):
        return QCoreApplication.translate("labels", "Right")
    return ""


def side_word(side: Side) -> str:
    """A side called out large on the player ("LEFT")."""
    return (
        QCoreApplication.translate("labels", "LEFT")
        if side is Side.LEFT
        else QCoreApplication.translate("labels", "RIGHT")
    )


def sides_label(sides: Sides) -> str:
    """How a step's sides are played: one side after the other, or both at once."""
    return (
        QCoreApplication.translate("labels", "left, then right")
        if sides is Sides.LEFT_RIGHT
        else QCoreApplication.translate("labels", "both")
    )


def status_label(status: SessionStatus | str) -> str:
    """How a session ended; an unknown stored value shows as written."""
    try:
        status = SessionStatus(status)
    except ValueError:
        return str(status)
    return {
        SessionStatus.COMPLETED: QCoreApplication.translate("labels", "Completed"),
        SessionStatus.STOPPED: QCoreApplication.translate("labels", "Stopped"),
        SessionStatus.INTERRUPTED: QCoreApplication.translate("labels", "Interrupted"),
    }[status]


def clock_label(seconds: float) -> str:
    """``0:45``, ``1:30``; a fraction of a second stays (``0:12.5``): a list shows what the
    file says."""
    text = format_clock(seconds)
    fraction = round(seconds - int(seconds), 3)
    return text + f"{fraction:g}"[1:] if 0 < fraction < 1 else text


def max_label(cap_s: float | None) -> str:
    """A step held as long as one can: "max", or "max 1:30" when it stops by itself."""
    if cap_s is None:
        return QCoreApplication.translate("labels", "max")
    return QCoreApplication.translate("labels", "max {cap}").format(cap=clock_label(cap_s))


def duration_label(step: Step) -> str:
    """A step's length in a list: ``0:45``, or :func:`max_label`."""
    if step.duration is not None:
        return clock_label(step.duration)
    return max_label(step.cap)


def repeat_label(block: Block) -> str:
    """A repeat block's title: "Repeat ×3", with its name when it has one."""
    title = QCoreApplication.translate("labels", "Repeat ×{count}").format(count=block.repeat)
    return f"{title}: {block.name}" if block.name else title


def rounds_label(count: int) -> str:
    return counted(str(QT_TRANSLATE_NOOP("labels", "%Ln round(s)")), count)


def steps_label(count: int) -> str:
    return counted(str(QT_TRANSLATE_NOOP("labels", "%Ln step(s)")), count)


def sessions_label(count: int) -> str:
    return counted(str(QT_TRANSLATE_NOOP("labels", "%Ln session(s)")), count)


def muscle_label(name: str) -> str:
    """A muscle from the catalog, translated where a translation knows it."""
    return QCoreApplication.translate("muscles", name)


def equipment_label(names: tuple[str, ...] | list[str]) -> str:
    """What an exercise or a routine needs ("band, barre or chair"); empty when nothing."""
    wanted = [n for n in names if n and n != "none"]
    return ", ".join(QCoreApplication.translate("equipment", name) for name in wanted)
