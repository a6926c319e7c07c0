"""The end of a workout: what was done, and where to go next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from barretimer.core.durations import format_clock
from barretimer.core.engine import Engine
from barretimer.core.timeline import Side
from barretimer.store.bests import NewBest
from barretimer.ui.labels import intervals_label
from barretimer.ui.language import exercise_label
from barretimer.ui.widgets import plain_label


class EndPanel(QWidget):
    """After the last interval, or a stop: what was done, and where to go next."""

    library_requested = Signal()
    again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label(self, object_name="end-title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.detail_label = plain_label(self, object_name="end-detail")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        self.title_label.setAccessibleName(self.tr("Workout ended"))
        self.detail_label.setAccessibleName(self.tr("What was done"))
        self.library_button = QPushButton(self.tr("Back to the library"), self)
        self.again_button = QPushButton(self.tr("Play again"), self)
        button_font = QFont(self.font())
        button_font.setPixelSize(18)
        for button in (self.library_button, self.again_button):
            button.setAccessibleName(button.text())
            button.setFont(button_font)
            button.setMinimumHeight(46)
            button.setMinimumWidth(190)
        self.library_button.clicked.connect(self.library_requested)
        self.again_button.clicked.connect(self.again_requested)
        title_font = QFont(self.font())
        title_font.setPixelSize(40)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        detail_font = QFont(self.font())
        detail_font.setPixelSize(20)
        self.detail_label.setFont(detail_font)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_result(self, title: str, detail: str) -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.library_button.setFocus()

    def show_session(
        self,
        engine: Engine,
        *,
        completed: bool,
        bests: Sequence[NewBest],
        trying: bool,
        saved: bool,
    ) -> None:
        """What the workout in ``engine`` came to: time, steps, skips, touchdowns, new bests,
        and whether it is in the history."""
        title = self.tr("Well done!") if completed else self.tr("Stopped")
        detail = self.tr(
            "{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped."
        ).format(
            name=engine.timeline.routine_name,
            done=format_clock(engine.elapsed_s()),
            planned=format_clock(engine.timeline.total_s),
            steps=engine.steps_done,
            intervals=intervals_label(len(engine.timeline.work_intervals)),
            skipped=engine.steps_skipped,
        )
        left, right = engine.touchdowns[Side.LEFT], engine.touchdowns[Side.RIGHT]
        if left or right:
            detail += "\n" + self.tr("Touchdowns: left {left}, right {right}.").format(
                left=left, right=right
            )
        for best in bests:
            detail += "\n" + self.tr("New personal best: {exercise}, {time}.").format(
                exercise=exercise_label(best.exercise), time=format_clock(best.held_s)
            )
        if trying:
            detail += "\n" + self.tr("This try was not saved in the history.")
        elif saved:
            detail += "\n" + self.tr("Saved in your history.")
        self.show_result(title, detail)
