"""What the player shows, readable from a mat 2-3 m away: a big countdown in a ring, the
exercise, the side (a word and an arrow), the cue, what comes next and where you are."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from barretimer.core.durations import format_clock
from barretimer.core.engine import State
from barretimer.core.figure import PoseSpec
from barretimer.core.model import Exercise, Kind
from barretimer.core.pictures import Picture
from barretimer.core.timeline import Role, Side, Timeline
from barretimer.ui.exercise_notes import ExerciseNotes
from barretimer.ui.exercise_picture import ExercisePicture
from barretimer.ui.glyph_text import GLYPHS, LargeTextLabel, is_large
from barretimer.ui.labels import side_means_label, side_word
from barretimer.ui.player.display import DisplayState
from barretimer.ui.player.ring import CountdownRing
from barretimer.ui.player.side_badge import SideBadge
from barretimer.ui.player.strip import IntervalStrip, KindSwatch
from barretimer.ui.player.totals import TotalsLabel
from barretimer.ui.widgets import plain_label

#: Room mode's text sizes as shares of the screen's height (font pixel size): what reads from
#: 3 m. The countdown's digits reach at least :data:`ROOM_DIGITS_SHARE`.
ROOM_NAME_SHARE = 0.08
ROOM_CUE_SHARE = 0.04
ROOM_DIGITS_SHARE = 0.25
#: The glyph warm-up's pace: one text each time, a millisecond or two of drawing.
WARM_UP_MS = 40


class PlayView(QWidget):
    """The playing screen without its controls. Text scales with the widget's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_top()
        self._make_middle()
        self._make_texts()
        self._make_figure_pane()
        self._lay_out()
        for label, name in (
            (self.round_label, self.tr("Round")),
            (self.totals_label, self.tr("Workout time")),
            (self.status_label, self.tr("Status")),
            (self.name_label, self.tr("Exercise")),
            (self.cue_label, self.tr("Cue")),
            (self.next_label, self.tr("Next up")),
            (self.touchdown_label, self.tr("Touchdowns")),
        ):
            label.setAccessibleName(name)
        self.left_badge.set_active(False)
        self.right_badge.set_active(False)
        self._apply_sizes()

    def _make_top(self) -> None:
        """The timing pane's top: the kind, the round, the workout's totals, the status."""
        self.round_label = plain_label(self, object_name="round")
        self.kind_swatch = KindSwatch(self)
        self.totals_label = TotalsLabel(self)
        self.status_label = plain_label(self, object_name="status")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        status_policy = self.status_label.sizePolicy()
        status_policy.setRetainSizeWhenHidden(True)  # pausing must not move everything
        self.status_label.setForegroundRole(QPalette.ColorRole.Link)
        self.status_label.setSizePolicy(status_policy)

    def _make_middle(self) -> None:
        """The countdown between the side badges."""
        self.ring = CountdownRing(self)
        self.left_badge = SideBadge(Side.LEFT, self)
        self.right_badge = SideBadge(Side.RIGHT, self)

    def _make_texts(self) -> None:
        """The cue pane: the exercise, its cue, what comes next, the touchdowns; the strip."""
        self.name_label = LargeTextLabel(self)  # large: its glyphs are kept (glyph_text)
        self.name_label.setObjectName("exercise")
        self.cue_label = plain_label(self, object_name="cue")
        self.next_label = plain_label(self, object_name="next")
        for label in (self.name_label, self.cue_label, self.next_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.touchdown_label = plain_label(self, object_name="touchdowns")
        self.touchdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.strip = IntervalStrip(self)

    def _make_figure_pane(self) -> None:
        """Beside the countdown: the exercise's figure, and notes on the next exercise."""
        self.figure = ExercisePicture(self)  # your own picture, else the drawn figure
        self.figure.setAccessibleName(self.tr("Exercise figure"))
        self.figure.hide()
        self.notes = ExerciseNotes(self)  # the next exercise, in the lead-in and rests
        self.notes.hide()
        self._figure_wanted: (
            tuple[PoseSpec | None, Side | None, Kind, bool, Picture | None] | None
        ) = None
        self.notes.followed.connect(self._show_wanted_figure)
        self._warm_texts: list[tuple[str, str | None]] = []
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(WARM_UP_MS)
        self._warm_timer.timeout.connect(self._warm_next)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.kind_swatch)
        top.addSpacing(24)
        top.addWidget(self.round_label)
        top.addStretch(1)
        top.addWidget(self.totals_label)
        middle = QHBoxLayout()
        middle.addWidget(self.left_badge, 1)
        middle.addWidget(self.ring, 3)
        figure_column = QVBoxLayout()
        figure_column.addWidget(self.figure, 1)
        figure_column.addWidget(self.notes)
        middle.addLayout(figure_column, 4)
        self._figure_column = figure_column
        self._middle = middle
        self._room = False
        middle.addWidget(self.right_badge, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addLayout(middle, 5)
        for label in (self.name_label, self.cue_label, self.next_label, self.touchdown_label):
            layout.addWidget(label)
        layout.addWidget(self.strip)

    def show_state(self, s: DisplayState, *, status: str = "", note: str = "") -> None:
        """``note``: a line under the cue (your best for this max hold)."""
        paused = s.state is State.PAUSED
        self.ring.show_time(
            s.clock_text,
            s.detail_text,
            s.progress,
            s.kind,
            counting_up=s.counting_up,
            paused=paused,
        )
        self.kind_swatch.set_kind(s.kind if s.role is Role.WORK else Kind.REST)
        self.round_label.setText(s.round_label)
        self.totals_label.show_totals(
            format_clock(s.elapsed_s), format_clock(math.ceil(s.remaining_total_s - 1e-6))
        )
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        self.name_label.setText(
            f"{s.name}\n{side_word(s.side)}" if self._room and s.side is not None else s.name
        )
        self.left_badge.set_active(s.side is Side.LEFT)
        self.right_badge.set_active(s.side is Side.RIGHT)
        # Screen readers hear the side with the exercise.
        self.name_label.setAccessibleDescription(
            self.tr("{side} side").format(side=side_word(s.side)) if s.side is not None else ""
        )
        cue = s.cue if s.role is Role.WORK else ""
        if s.role is Role.WORK and s.side is not None and s.side_means is not None:
            which = side_means_label(s.side, s.side_means)  # "Stand on your left leg."
            cue = f"{which}\n{cue}" if cue else which
        if s.counting_up and s.role is Role.WORK:
            hint = self.tr("Press Enter when you are done.")
            cue = f"{cue}\n{hint}" if cue else hint
        if note:
            cue = f"{cue}\n{note}" if cue else note
        self.cue_label.setText(cue)
        self.next_label.setText(
            self.tr("Next up: {name}").format(name=s.next_name)
            if s.next_name
            else self.tr("Last one!")
            if s.role is Role.WORK
            else ""
        )
        if s.counts_touchdowns:
            self.touchdown_label.setText(
                self.tr("Touchdowns (T):  ◀ left {left}   ·   right {right} ▶").format(
                    left=s.touchdowns_left, right=s.touchdowns_right
                )
            )
        else:
            self.touchdown_label.setText("")
        self.touchdown_label.setVisible(s.counts_touchdowns)
        self.strip.set_position(s.index, s.progress)

    def show_figure(
        self,
        spec: PoseSpec | None,
        side: Side | None,
        kind: Kind,
        moving: bool,
        picture: Picture | None = None,
    ) -> None:
        """The exercise's figure beside the countdown, or your own picture for it (mirrored
        for the right side); hidden for a step that has neither. While the notes beside it
        are on their way (see :meth:`show_notes`, called first), the figure waits for them:
        it changes in their frame, drawn once at its size beside them."""
        self._figure_wanted = (spec, side, kind, moving, picture)
        if self.notes.following():
            self.figure.stop()  # what moved stops on the moment
            return
        self._show_wanted_figure()

    @Slot()
    def _show_wanted_figure(self) -> None:
        if self._figure_wanted is None:
            return
        spec, side, kind, moving, picture = self._figure_wanted
        self._figure_wanted = None
        self.figure.show_exercise(spec, picture, side, kind)
        self.figure.setVisible(spec is not None or picture is not None)
        if moving:
            self.figure.play()
        else:
            self.figure.stop()

    def show_notes(self, exercise: Exercise | None) -> None:
        """What the next exercise needs, how it is done and its safety line (lead-in, rests),
        a moment after the interval changes (see ``ExerciseNotes.follow``)."""
        self.notes.follow(exercise)

    def begin(self, timeline: Timeline) -> None:
        """A workout of ``timeline`` starts: its strip, and the warm-up of its glyphs."""
        self.strip.set_timeline(timeline)
        self.warm_up(interval.name for interval in timeline.intervals)

    def warm_up(self, names: Iterable[str]) -> None:
        """Draw the large glyphs a workout will show (its names, the side words, the
        countdown's digits) one text every :data:`WARM_UP_MS` while its lead-in runs, so
        that no interval change waits for a glyph to be drawn (see ``glyph_text``). The
        digits come last, at the sizes the ring gives "0:00", "0.0" and "00:00", once the
        player's layout has settled."""
        texts = dict.fromkeys([*names, side_word(Side.LEFT), side_word(Side.RIGHT)])
        self._warm_texts = [(name, None) for name in texts if name]
        self._warm_texts += [("0123456789:.", shape) for shape in ("0:00", "0.0", "00:00")]
        self._warm_timer.start()

    def warming(self) -> bool:
        """The warm-up (see :meth:`warm_up`) has texts left to draw."""
        return self._warm_timer.isActive()

    @Slot()
    def _warm_next(self) -> None:
        if not self._warm_texts or not self.isVisible():
            self._warm_timer.stop()
            return
        text, digits_shaped_as = self._warm_texts.pop(0)
        if digits_shaped_as is None:
            font = self.name_label.font()
            colour = self.palette().color(self.name_label.foregroundRole())
        else:
            font = self.ring.digit_font(digits_shaped_as)
            colour = self.palette().color(QPalette.ColorRole.WindowText)
        if is_large(font):
            GLYPHS.prepare(text, font, colour, self.devicePixelRatioF())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def room_mode(self) -> bool:
        return self._room

    def set_room_mode(self, room: bool) -> None:
        """Room mode, read from 3 m: the name (with the side), cue and "next up" move beside
        the ring, which takes the whole height; sizes follow the window's (the screen's)
        height. :func:`room_sizes` says how large."""
        if room == self._room:
            return
        self._room = room
        main = self.layout()
        assert isinstance(main, QVBoxLayout)
        moving = (self.name_label, self.cue_label, self.next_label)
        for label in moving:
            (main if room else self._figure_column).removeWidget(label)
        if room:
            self._figure_column.insertWidget(0, self.name_label)
            self._figure_column.addWidget(self.cue_label)
            self._figure_column.addWidget(self.next_label)
        else:
            at = main.indexOf(self.touchdown_label)
            for offset, label in enumerate(moving):
                main.insertWidget(at + offset, label)
        self.strip.setVisible(not room)  # where you are: too fine to read from the mat
        for index, (normal, wide) in enumerate(((1, 0), (3, 6), (4, 5), (1, 0))):
            self._middle.setStretch(index, wide if room else normal)
        # The side is a word under the name in room mode: the ring takes the badges' room.
        self.left_badge.setVisible(not room)
        self.right_badge.setVisible(not room)
        self.ring.set_room_mode(room)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        unit = max(8.0, min(self.height() / 22.0, self.width() / 34.0))
        if self._room:
            self._apply_room_sizes()
            return

        def sized(widget: QWidget, factor: float, bold: bool = False) -> None:
            font = QFont(widget.font())
            font.setPixelSize(max(10, int(unit * factor)))
            font.setBold(bold)
            widget.setFont(font)

        sized(self.name_label, 2.2, bold=True)
        sized(self.cue_label, 1.15)
        self._reserve_cue_lines()
        self.notes.set_text_size(int(unit * 0.6))
        self.figure.setMinimumHeight(int(self.height() * 0.22))  # still a picture beside notes
        sized(self.next_label, 0.95)
        sized(self.touchdown_label, 0.95, bold=True)
        sized(self.round_label, 0.95, bold=True)
        sized(self.kind_swatch, 0.95, bold=True)
        sized(self.totals_label, 0.95)
        self.totals_label.fit()
        sized(self.status_label, 1.2, bold=True)
        sized(self.ring, 1.0)
        sized(self.strip, 0.7)
        self.strip.setFixedHeight(max(36, int(unit * 1.9)))

    def _reserve_cue_lines(self) -> None:
        """Room for two lines of cue at every interval (empty in rests, one or two lines in
        work): the ring and the figure keep their size as the intervals change, instead of
        jumping, and being drawn again, at every change."""
        self.cue_label.setMinimumHeight(2 * QFontMetrics(self.cue_label.font()).lineSpacing())

    def _apply_room_sizes(self) -> None:
        screen = float(self.window().height())
        for widget, share, bold in (
            (self.name_label, ROOM_NAME_SHARE, True),
            (self.cue_label, ROOM_CUE_SHARE, False),
            (self.next_label, ROOM_CUE_SHARE, False),
            (self.touchdown_label, ROOM_CUE_SHARE, True),
            (self.status_label, ROOM_CUE_SHARE, True),
            (self.round_label, ROOM_CUE_SHARE * 0.8, True),
            (self.kind_swatch, ROOM_CUE_SHARE * 0.8, True),
            (self.totals_label, ROOM_CUE_SHARE * 0.8, False),
        ):
            font = QFont(widget.font())
            font.setPixelSize(max(10, math.ceil(screen * share)))
            font.setBold(bold)
            widget.setFont(font)
        self.notes.set_text_size(math.ceil(screen * ROOM_CUE_SHARE * 0.75))
        self._reserve_cue_lines()
        self.totals_label.fit()
        self.figure.setMinimumHeight(int(screen * 0.15))
