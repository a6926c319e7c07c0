"""Two ways to see a workout from the mat: room mode (the player alone on the whole screen)
and the mini view (a small window that stays in sight over other windows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from barretimer.ui.window.menus import window_action

if TYPE_CHECKING:
    from barretimer.ui.main_window import MainWindow
    from barretimer.ui.player.mini_view import MiniView


class RoomModes(QObject):
    """Room mode and the mini view of ``window``'s player; their actions go in the View menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.mini_view: MiniView | None = None
        self._stop_keys: list[QKeySequence] = []

    def add_actions(self, view_menu: QMenu) -> None:
        window = self._window
        self.fullscreen_action = window_action(
            window, self.tr("&Fullscreen room mode"), self.toggle_fullscreen, "F11"
        )
        self.fullscreen_action.setCheckable(True)
        self.leave_room_action = window_action(
            window, self.tr("Leave room mode"), self.toggle_fullscreen, "Esc"
        )
        self.leave_room_action.setEnabled(False)
        self.mini_action = window_action(
            window, self.tr("&Mini view"), self.toggle_mini_view, "Ctrl+Shift+M"
        )
        self.mini_action.setCheckable(True)
        view_menu.addAction(self.fullscreen_action)
        view_menu.addAction(self.mini_action)

    @Slot()
    def toggle_fullscreen(self) -> None:
        """Room mode: the player alone on the whole screen, readable from the mat."""
        window = self._window
        if window.isFullScreen():
            window.places.show()
            window.menuBar().show()
            window.showNormal()
        else:
            window.show_place(window.PLAYER)
            window.places.hide()
            window.menuBar().hide()
            window.showFullScreen()
        room = window.isFullScreen()
        self.fullscreen_action.setChecked(room)
        window.player.view.set_room_mode(room)
        # Esc leaves room mode first; out of it, Esc stops the workout again.
        stop = window.player.controls.stop
        if room:
            self._stop_keys = stop.shortcuts()
            stop.setShortcuts([])
        elif self._stop_keys:
            stop.setShortcuts(self._stop_keys)
        self.leave_room_action.setEnabled(room)

    @Slot()
    def toggle_mini_view(self) -> None:
        if self.mini_view is not None and self.mini_view.isVisible():
            self.mini_view.close()
            return
        player = self._window.player
        if self.mini_view is None:
            from barretimer.ui.player.mini_view import MiniView

            self.mini_view = MiniView(None, [*player.actions_for_other_windows(), self.mini_action])
            self.mini_view.setWindowIcon(self._window.windowIcon())
            player.display_changed.connect(self.mini_view.show_state)
            player.session_ended.connect(self.mini_view.show_ended)
            self.mini_view.closed.connect(lambda: self.mini_action.setChecked(False))
        self.mini_view.show_state(player.display_state() if player.active else None)
        self.mini_view.show()
        self.mini_action.setChecked(True)

    def close_mini_view(self) -> None:
        """Close and let go of the mini view (the window is closing)."""
        if self.mini_view is not None:
            self.mini_view.close()
            self.mini_view.deleteLater()
            self.mini_view = None
