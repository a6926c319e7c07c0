"""Every word the window shows for a domain value: kinds, levels, sides, statuses, durations,
counts. The same value reads the same on every screen, and translators see each word once
(context ``labels``).

Strings are written out in ``QCoreApplication.translate("labels", "...")`` calls, never through a
helper such as ``_t(text)``: lupdate only finds literal strings in calls it knows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from barretimer.core.durations import format_clock
from barretimer.core.model import Block, Kind, Level, SideMeans, Sides, Step
from barretimer.core.quick import DEFAULT_EXERCISE, DEFAULT_MAX_HOLD
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Side

if TYPE_CHECKING:
    from barretimer.core.progression import AddedWork


def counted(translated: str, n: int) -> str:
    """A plural message as :class:`Counts` gave it. A translation (English's too,
    ``barretimer_en.qm``) gives every plural form of its language; with none loaded Qt returns
    the source, and this reads it as English ("1 step", "3 steps") with the number put in."""
    text = translated.replace("(s)", "" if n == 1 else "s")
    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


class Counts(QObject):
    """Counted words. pyside6-lupdate marks ``self.tr(text, "", n)`` as a plural message (one
    form per plural form of the language), not ``QCoreApplication.translate(..., n)``."""

    def rounds(self, n: int) -> str:
        return counted(self.tr("%Ln round(s)", "", n), n)

    def steps(self, n: int) -> str:
        return counted(self.tr("%Ln step(s)", "", n), n)

    def sessions(self, n: int) -> str:
        return counted(self.tr("%Ln session(s)", "", n), n)

    def intervals(self, n: int) -> str:
        return counted(self.tr("%Ln interval(s)", "", n), n)

    def problems(self, n: int) -> str:
        return counted(self.tr("%Ln problem(s)", "", n), n)

    def weeks_in_a_row(self, n: int) -> str:
        return counted(self.tr("week(s) in a row", "", n), n)

    def times(self, n: int) -> str:
        """The word after a number of repetitions ("time", "times")."""
        return counted(self.tr("time(s)", "", n), n)


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


def kind_letter(kind: Kind) -> str:
    """The one letter that marks a kind on the strip, its legend and the kind icons. Each
    language picks its own, and no two kinds may share one (a test checks every language)."""
    return {
        Kind.HOLD: QCoreApplication.translate("labels", "H", "the letter of Hold on the strip"),
        Kind.STRETCH: QCoreApplication.translate(
            "labels", "S", "the letter of Stretch on the strip"
        ),
        Kind.BALANCE: QCoreApplication.translate(
            "labels", "B", "the letter of Balance on the strip"
        ),
        Kind.MOVE: QCoreApplication.translate("labels", "M", "the letter of Move on the strip"),
        Kind.REST: QCoreApplication.translate("labels", "R", "the letter of Rest on the strip"),
    }[kind]


#: The quick timer's exercise when the user names none (``core.quick``): recorded in English.
_DEFAULT_EXERCISES: dict[str, str] = {
    DEFAULT_EXERCISE: str(QT_TRANSLATE_NOOP("labels", "Work")),
    DEFAULT_MAX_HOLD: str(QT_TRANSLATE_NOOP("labels", "Max hold")),
}


def default_exercise_label(name: str) -> str:
    """The quick timer's own exercise name in the language; any other name as written."""
    if name not in _DEFAULT_EXERCISES:
        return name
    return QCoreApplication.translate("labels", _DEFAULT_EXERCISES[name])


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


def side_means_label(side: Side, means: SideMeans) -> str:
    """Which leg a side names, in words: "Stand on your left leg."."""
    left = side is Side.LEFT
    if means is SideMeans.STANDING:
        return (
            QCoreApplication.translate("labels", "Stand on your left leg.")
            if left
            else QCoreApplication.translate("labels", "Stand on your right leg.")
        )
    return (
        QCoreApplication.translate("labels", "Your left leg works; stand on the right.")
        if left
        else QCoreApplication.translate("labels", "Your right leg works; stand on the left.")
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
    """A repeat block's title: "Repeat ×3", with its name when it has one; a block played once
    is just its name ("Warm-up"), or "Once" without one."""
    if block.repeat == 1:
        return block.name or QCoreApplication.translate("labels", "Once")
    title = QCoreApplication.translate("labels", "Repeat ×{count}").format(count=block.repeat)
    return f"{title}: {block.name}" if block.name else title


def rounds_label(count: int) -> str:
    return Counts().rounds(count)


def steps_label(count: int) -> str:
    return Counts().steps(count)


def intervals_label(count: int) -> str:
    """Work intervals as played: each side and each round of a repeat counted apart."""
    return Counts().intervals(count)


def more_label(count: int) -> str:
    """How many more items a cut list holds ("+5")."""
    return QCoreApplication.translate("labels", "+{count}").format(count=count)


def problems_label(count: int) -> str:
    return Counts().problems(count)


def streak_label(weeks: int, target: int) -> str:
    """Under the number of weeks in a row: "weeks in a row with at least 2 sessions completed"."""
    head = Counts().weeks_in_a_row(weeks)
    return QCoreApplication.translate(
        "labels", "{weeks} with at least {sessions} completed"
    ).format(weeks=head, sessions=sessions_label(target))


def times_word(count: int) -> str:
    """After a number of repetitions: "1 time", "3 times" (the word only)."""
    return Counts().times(count)


def sessions_label(count: int) -> str:
    return Counts().sessions(count)


#: Every muscle group the core knows (``core.model.MUSCLES``), written out so lupdate finds them.
MUSCLE_WORDS: tuple[str, ...] = tuple(
    str(name)
    for name in (
        QT_TRANSLATE_NOOP("muscles", "glutes"),
        QT_TRANSLATE_NOOP("muscles", "glute medius"),
        QT_TRANSLATE_NOOP("muscles", "hip rotators"),
        QT_TRANSLATE_NOOP("muscles", "hip flexors"),
        QT_TRANSLATE_NOOP("muscles", "adductors"),
        QT_TRANSLATE_NOOP("muscles", "quads"),
        QT_TRANSLATE_NOOP("muscles", "hamstrings"),
        QT_TRANSLATE_NOOP("muscles", "calves"),
        QT_TRANSLATE_NOOP("muscles", "tibialis"),
        QT_TRANSLATE_NOOP("muscles", "peroneals"),
        QT_TRANSLATE_NOOP("muscles", "feet"),
        QT_TRANSLATE_NOOP("muscles", "core"),
        QT_TRANSLATE_NOOP("muscles", "obliques"),
        QT_TRANSLATE_NOOP("muscles", "back"),
        QT_TRANSLATE_NOOP("muscles", "shoulders"),
        QT_TRANSLATE_NOOP("muscles", "arms"),
    )
)

#: Every item of equipment the core knows (``core.model.EQUIPMENT``) but "none".
EQUIPMENT_WORDS: tuple[str, ...] = tuple(
    str(name)
    for name in (
        QT_TRANSLATE_NOOP("equipment", "barre or chair"),
        QT_TRANSLATE_NOOP("equipment", "band"),
        QT_TRANSLATE_NOOP("equipment", "ball"),
        QT_TRANSLATE_NOOP("equipment", "light weights"),
        QT_TRANSLATE_NOOP("equipment", "cushion"),
        QT_TRANSLATE_NOOP("equipment", "wall"),
        QT_TRANSLATE_NOOP("equipment", "step"),
        QT_TRANSLATE_NOOP("equipment", "towel"),
    )
)


def muscle_label(name: str) -> str:
    """A muscle group in the language; a name the core does not know shows as written."""
    if name not in MUSCLE_WORDS:
        return name
    return QCoreApplication.translate("muscles", name)


def added_work_label(added: AddedWork) -> str:
    """The start panel's line for what a scale adds: "At 120%: holds, balance and stretches
    +1:10, moves +0:40 (sets up to 1:30)." (the window's words for core.progression's figures;
    empty at 100%)."""
    from barretimer.core.offer_reason import pct
    from barretimer.core.timeline import MOVE_SET_MAX_S

    if abs(added.scale - 1.0) < 1e-9:
        return ""

    def signed(seconds: float) -> str:
        return ("+" if seconds >= 0 else "-") + format_clock(abs(seconds))

    parts = []
    if abs(added.holds_s) >= 0.05:
        parts.append(
            QCoreApplication.translate("labels", "holds, balance and stretches {change}").format(
                change=signed(added.holds_s)
            )
        )
    if abs(added.moves_s) >= 0.05:
        text = (
            QCoreApplication.translate("labels", "moves {change} (sets up to {cap})")
            if added.moves_s > 0
            else QCoreApplication.translate("labels", "moves {change}")
        )
        parts.append(text.format(change=signed(added.moves_s), cap=format_clock(MOVE_SET_MAX_S)))
    if not parts:
        return QCoreApplication.translate(
            "labels", "At {scale} nothing in this routine grows: its steps are open-ended."
        ).format(scale=pct(added.scale))
    return QCoreApplication.translate("labels", "At {scale}: {changes}.").format(
        scale=pct(added.scale), changes=", ".join(parts)
    )


def scale_effect_label(scale: float) -> str:
    """What a scale did to a session, for the history (the routine may have changed since):
    "at 120%: holds, balance, stretches and move sets 20% longer, sets up to 1:30"."""
    from barretimer.core.offer_reason import pct
    from barretimer.core.timeline import MOVE_SET_MAX_S

    if abs(scale - 1.0) < 1e-9:
        return QCoreApplication.translate("labels", "at 100%: as written")
    change = round(abs(scale - 1.0) * 100)
    if scale > 1.0:
        text = QCoreApplication.translate(
            "labels",
            "at {scale}: holds, balance, stretches and move sets {change}% longer, "
            "sets up to {cap}",
        )
    else:
        text = QCoreApplication.translate(
            "labels", "at {scale}: holds, balance, stretches and move sets {change}% shorter"
        )
    return text.format(scale=pct(scale), change=change, cap=format_clock(MOVE_SET_MAX_S))


def equipment_word(name: str) -> str:
    """One item of equipment in the language; a name the core does not know shows as written."""
    if name not in EQUIPMENT_WORDS:
        return name
    return QCoreApplication.translate("equipment", name)


def equipment_label(names: tuple[str, ...] | list[str]) -> str:
    """What an exercise or a routine needs ("band, barre or chair"); empty when nothing."""
    return ", ".join(equipment_word(name) for name in names if name and name != "none")
