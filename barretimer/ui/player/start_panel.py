"""The start panel: the routine, its total time, the progression offer, and Play.

A routine with problems (a bad file given on the command line) shows its problems instead of
Play, never a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.durations import format_minutes
from barretimer.core.model import Kind, Routine, iter_steps
from barretimer.core.problems import Problem
from barretimer.core.progression import Suggestion
from barretimer.core.timeline import compile_timeline
from barretimer.ui.labels import (
    intervals_label,
    kind_label,
    kind_letter,
    level_label,
    problems_label,
    steps_label,
)
from barretimer.ui.player.scale_choice import ScaleChooser, percent
from barretimer.ui.player.start_intro import RoutineIntro
from barretimer.ui.player.strip import IntervalStrip, interval_kind
from barretimer.ui.suggestion_words import suggestion_text
from barretimer.ui.widgets import plain_label


@dataclass(frozen=True)
class StartChoice:
    scale: float
    label: str


class StartPanel(QWidget):
    """Shows one routine before it plays. ``play_requested(float scale)``, ``back_requested()``."""

    play_requested = Signal(float)
    back_requested = Signal()

    COLUMN_WIDTH = 900

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget(self)
        column.setMaximumWidth(self.COLUMN_WIDTH)
        self._make_routine_texts(column)
        self._make_suggestion(column)
        self.scale_chooser = ScaleChooser(self)
        self.scale_chooser.scale_changed.connect(self._scale_chosen)
        self._make_problems(column)
        self._make_buttons()
        self._choices: list[StartChoice] = []
        self._routine: Routine | None = None
        self._timeline = compile_timeline(Routine(name="", steps=()), 1.0)
        self._lay_out(column)
        for label, name in (
            (self.title_label, self.tr("Routine")),
            (self.facts_label, self.tr("Level, total time and steps")),
            (self.tags_label, self.tr("Tags")),
            (self.legend_label, self.tr("Kinds of interval")),
            (self.description_label, self.tr("Description")),
            (self.suggestion_label, self.tr("Suggestion")),
        ):
            label.setAccessibleName(name)
        self._apply_sizes()

    def _make_routine_texts(self, column: QWidget) -> None:
        """The routine: its name, facts, tags, intervals, description and what is new in it."""
        self.title_label = plain_label(column, object_name="start-title")
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts_label = plain_label(column, object_name="start-facts")
        self.facts_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tags_label = plain_label(column, object_name="start-tags")
        self.tags_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tags_label.setWordWrap(True)
        self.strip = IntervalStrip(column, marker=False)
        self.strip.setAccessibleName(self.tr("The intervals of the routine"))
        self.legend_label = plain_label(column, object_name="start-legend")
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label = plain_label(column, object_name="start-description")
        self.description_label.setWordWrap(True)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = RoutineIntro(column)  # what it needs, the exercises new to you
        self.intro.hide()

    def _make_suggestion(self, column: QWidget) -> None:
        """The progression rule's offer, in a framed box."""
        self.suggestion_box = QFrame(column)
        self.suggestion_box.setObjectName("suggestion")
        self.suggestion_box.setStyleSheet(
            "QFrame#suggestion { border: 2px solid palette(highlight); border-radius: 8px; }"
        )
        self.suggestion_title = QLabel(self.tr("Suggestion"), self.suggestion_box)
        self.suggestion_label = plain_label(self.suggestion_box, object_name="start-suggestion")
        self.suggestion_label.setWordWrap(True)
        box_layout = QVBoxLayout(self.suggestion_box)
        box_layout.setContentsMargins(16, 10, 16, 12)
        box_layout.addWidget(self.suggestion_title)
        box_layout.addWidget(self.suggestion_label)

    def _make_problems(self, column: QWidget) -> None:
        """Instead of Play, for a routine that cannot be played: what is wrong with it."""
        self.problems_title = QLabel(
            self.tr("This routine cannot be played until these problems are fixed:"), column
        )
        self.problems_title.setWordWrap(True)
        self.problems_list = QListWidget(column)
        self.problems_list.setAccessibleName(self.tr("Problems in the routine"))
        self.problems_list.setWordWrap(True)

    def _make_buttons(self) -> None:
        """Play (at the chosen scale, and at 100% when that differs) and back to the library."""
        self.primary_button = QPushButton(self)
        self.secondary_button = QPushButton(self)
        self.back_button = QPushButton(self.tr("Back to the library"), self)
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.primary_button.clicked.connect(lambda: self._play(0))
        self.secondary_button.clicked.connect(lambda: self._play(1))
        self.back_button.clicked.connect(self.back_requested)
        self.primary_button.setDefault(True)

    def _lay_out(self, column: QWidget) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.secondary_button)
        buttons.addWidget(self.primary_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title_label)
        inner.addWidget(self.facts_label)
        inner.addWidget(self.tags_label)
        inner.addSpacing(14)
        inner.addWidget(self.strip)
        inner.addWidget(self.legend_label)
        inner.addSpacing(14)
        inner.addWidget(self.description_label)
        inner.addWidget(self.intro)
        inner.addSpacing(18)
        inner.addWidget(self.suggestion_box)
        inner.addWidget(self.problems_title)
        inner.addWidget(self.problems_list, 3)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 12)
        centred.addStretch(1)
        # On a short screen the routine's text scrolls; Play stays in sight under it.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(40, 30, 40, 10)
        page_layout.addStretch(1)
        page_layout.addLayout(centred)
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 24)
        layout.addWidget(scroll, 1)
        layout.addSpacing(8)
        layout.addWidget(self.scale_chooser)
        layout.addSpacing(8)
        layout.addLayout(buttons)

    def _apply_sizes(self) -> None:
        def sized(widget: QWidget, pixels: int, bold: bool = False) -> None:
            font = QFont(widget.font())
            font.setPixelSize(pixels)
            font.setBold(bold)
            widget.setFont(font)

        sized(self.title_label, 36, bold=True)
        sized(self.facts_label, 19)
        sized(self.tags_label, 15)
        sized(self.strip, 13)
        sized(self.legend_label, 14)
        sized(self.description_label, 16)
        sized(self.suggestion_title, 15, bold=True)
        sized(self.suggestion_label, 18)
        sized(self.scale_chooser, 16)
        for button in (self.primary_button, self.secondary_button, self.back_button):
            sized(button, 18)
            button.setMinimumHeight(46)
            button.setMinimumWidth(190)
        sized(self.primary_button, 18, bold=True)
        self.strip.setFixedHeight(44)

    def choices(self) -> list[StartChoice]:
        return list(self._choices)

    def show_routine(self, routine: Routine, suggestion: Suggestion | None) -> None:
        self.title_label.setText(routine.name)
        self.description_label.setText(routine.description)
        self.description_label.setVisible(bool(routine.description))
        self.problems_title.hide()
        self.problems_list.hide()
        offer = suggestion.scale if suggestion is not None else None
        if offer is not None and abs(offer - 1.0) < 1e-9:
            offer = None
        self._routine = routine
        self._timeline = timeline = compile_timeline(routine, 1.0)
        self.strip.set_timeline(timeline)
        self.strip.show()
        kinds = {interval_kind(i) for i in timeline.intervals}
        self.legend_label.setText(
            "   ".join(f"{kind_letter(k)} = {kind_label(k)}" for k in Kind if k in kinds)
        )
        self.legend_label.show()
        self.tags_label.setText(", ".join(routine.tags))
        self.tags_label.setVisible(bool(routine.tags))
        self.suggestion_label.setText(suggestion_text(suggestion.why) if suggestion else "")
        self.suggestion_box.setVisible(suggestion is not None)
        self.scale_chooser.set_routine(routine, offer)
        self.scale_chooser.show()
        self._show_scale(self.scale_chooser.scale())
        self.primary_button.setFocus()

    @Slot(float)
    def _scale_chosen(self, scale: float) -> None:
        self._show_scale(scale)

    def _show_scale(self, scale: float) -> None:
        """The facts and the Play buttons for the chosen scale (Play at 100% stays offered)."""
        routine = self._routine
        if routine is None:
            return
        timeline = self._timeline
        total = format_minutes(timeline.total_s)
        if abs(scale - 1.0) > 1e-9:
            scaled = format_minutes(compile_timeline(routine, scale).total_s)
            total = self.tr("{total} ({scaled} at {pct})").format(
                total=total, scaled=scaled, pct=percent(scale)
            )
        steps = sum(1 for _ in iter_steps(routine.steps))
        intervals = len(timeline.work_intervals)
        count = steps_label(steps)
        if intervals != steps:  # sides and repeats are played apart: say both counts
            count = self.tr("{steps}, played as {intervals}").format(
                steps=count, intervals=intervals_label(intervals)
            )
        self.facts_label.setText("  ·  ".join((level_label(routine.level), total, count)))
        scales = [scale] if abs(scale - 1.0) < 1e-9 else [scale, 1.0]
        self._choices = [
            StartChoice(s, self.tr("Play at {pct}").format(pct=percent(s))) for s in scales
        ]
        self.primary_button.setText(self._choices[0].label)
        self.primary_button.setAccessibleName(self._choices[0].label)
        self.primary_button.show()
        if len(self._choices) > 1:
            self.secondary_button.setText(self._choices[1].label)
            self.secondary_button.setAccessibleName(self._choices[1].label)
            self.secondary_button.show()
        else:
            self.secondary_button.hide()

    def show_problems(self, name: str, problems: Sequence[Problem]) -> None:
        self.title_label.setText(name)
        self.facts_label.setText(
            self.tr("{problems} found").format(problems=problems_label(len(problems)))
        )
        for widget in (
            self.tags_label,
            self.strip,
            self.legend_label,
            self.description_label,
            self.intro,
        ):
            widget.hide()
        self.suggestion_box.hide()
        self.scale_chooser.hide()
        self._routine = None
        self.problems_title.show()
        self.problems_list.clear()
        self.problems_list.addItems(
            [str(p) for p in problems] or [self.tr("The routine could not be read.")]
        )
        self.problems_list.show()
        self._choices = []
        self.primary_button.hide()
        self.secondary_button.hide()
        self.back_button.setFocus()

    @Slot()
    def _play(self, position: int) -> None:
        if position < len(self._choices):
            self.play_requested.emit(self._choices[position].scale)
