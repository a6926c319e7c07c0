"""A small always-on-top window with the countdown, the exercise and the side.

For when the workout plays beside something else (a video, a browser). It never takes the
focus when it appears; the player's shortcuts work in it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from barretimer.core.engine import State
from barretimer.core.model import Kind
from barretimer.core.status import SessionStatus
from barretimer.core.timeline import Side
from barretimer.ui.labels import side_word
from barretimer.ui.player.display import DisplayState
from barretimer.ui.player.ring import CountdownRing
from barretimer.ui.style.theme import SIDE_STYLES
from barretimer.ui.widgets import plain_label


class MiniView(QWidget):
    """``closed()`` is emitted when the user closes it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, actions: list[QAction] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("barretimer mini view"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAccessibleName(self.tr("Mini view"))
        self.ring = CountdownRing(self)
        self.name_label = plain_label(self, object_name="mini-exercise")
        self.name_label.setWordWrap(True)
        self.name_label.setAccessibleName(self.tr("Exercise"))
        self.side_label = plain_label(self, object_name="mini-side")
        self.side_label.setAccessibleName(self.tr("Side"))
        self.status_label = plain_label(self, object_name="mini-status")
        self.status_label.setAccessibleName(self.tr("Status"))
        text = QVBoxLayout()
        text.addStretch(1)
        text.addWidget(self.name_label)
        text.addWidget(self.side_label)
        text.addWidget(self.status_label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 12, 8)
        layout.addWidget(self.ring, 2)
        layout.addLayout(text, 3)
        self.resize(380, 150)
        self.setMinimumSize(240, 100)
        for action in actions or []:
            self.addAction(action)
        self._idle()

    def _idle(self) -> None:
        self.ring.show_time("–", "", 0.0, Kind.REST, counting_up=False, paused=False)
        self.name_label.setText(self.tr("Nothing playing"))
        self.side_label.setText("")
        self.status_label.setText("")

    @Slot(object, str)
    def show_ended(self, _session_id: object, status: str) -> None:
        """The workout is over: say how it ended, never its last interval."""
        self.ring.show_time("✓", "", 1.0, Kind.REST, counting_up=False, paused=False)
        self.name_label.setText(
            self.tr("Workout complete")
            if status == SessionStatus.COMPLETED
            else self.tr("Workout stopped")
        )
        self.side_label.setText("")
        self.status_label.setText("")

    def show_state(self, state: DisplayState | None) -> None:
        if state is None:
            self._idle()
            return
        self.ring.show_time(
            state.clock_text,
            "",
            state.progress,
            state.kind,
            counting_up=state.counting_up,
            paused=state.state is State.PAUSED,
        )
        self.name_label.setText(state.name)
        if state.side is Side.LEFT:
            self.side_label.setText(f"{SIDE_STYLES[Side.LEFT].arrow} {side_word(Side.LEFT)}")
        elif state.side is Side.RIGHT:
            self.side_label.setText(f"{side_word(Side.RIGHT)} {SIDE_STYLES[Side.RIGHT].arrow}")
        else:
            self.side_label.setText("")
        self.status_label.setText(self.tr("Paused") if state.state is State.PAUSED else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        unit = max(10, min(self.height() // 6, self.width() // 14))
        name_font = QFont(self.name_label.font())
        name_font.setPixelSize(int(unit * 1.2))
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        side_font = QFont(self.side_label.font())
        side_font.setPixelSize(int(unit * 1.5))
        side_font.setBold(True)
        self.side_label.setFont(side_font)
        status_font = QFont(self.status_label.font())
        status_font.setPixelSize(int(unit * 1.1))
        self.status_label.setFont(status_font)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
