"""The workout as it plays: the view with the exercise's figure, and the controls' buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from barretimer.core.engine import Engine, State
from barretimer.core.model import Routine
from barretimer.ui.figure import PlayerFigures
from barretimer.ui.player.display import DisplayState
from barretimer.ui.player.view import PlayView


class PlayingPanel(QWidget):
    """``view`` over the row of ``buttons``, between the start and end panels."""

    def __init__(self, view: PlayView, buttons: QHBoxLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)

    def show_moment(
        self,
        engine: Engine,
        state: DisplayState,
        *,
        status: str,
        note: str,
        figures: PlayerFigures,
        routine: Routine | None,
        folder: Path | None,
    ) -> None:
        """``state`` of ``engine``'s workout; the figure of the interval (moving only while the
        workout runs) or your picture for it from ``folder``; notes on the exercise ahead."""
        self.view.show_state(state, status=status, note=note)
        timeline = engine.timeline
        # The notes first: the figure comes with them when they change (PlayView.show_figure).
        self.view.show_notes(figures.exercise_ahead(routine, timeline, state.index))
        spec, side, kind, moving = figures.for_interval(routine, timeline, state.index)
        picture = figures.picture_for(routine, folder, timeline, state.index)
        self.view.show_figure(spec, side, kind, moving and state.state is State.RUNNING, picture)
