"""The main window's menu bar: File, Edit, View and Help, and the two Help texts.

Every action is also the window's own, so its shortcut works while the menu bar is hidden
(room mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from barretimer import __version__, paths

if TYPE_CHECKING:
    from barretimer.ui.main_window import MainWindow

#: A shortcut as QAction takes it: a platform's standard key, a key sequence or its text.
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def window_action(
    window: MainWindow, text: str, slot: Callable[..., object], shortcut: Shortcut = None
) -> QAction:
    """An action of ``window`` that calls ``slot``, with its shortcut."""
    action = QAction(text, window)
    # setShortcuts, not setShortcut: the overloads of setShortcut make PySide build the Qt
    # namespace's enums before the first frame (see palette.system_is_dark).
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)  # every binding the platform has for it
    elif shortcut is not None:
        action.setShortcuts([QKeySequence(shortcut)])
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class WindowMenus(QObject):
    """The menus of ``window``; its parts (room modes, files, preferences) are made first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()
        self._build_file_menu(bar)
        # Filled with the editor's Undo and Redo when the editor is built (at the latest when
        # this menu opens).
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.aboutToShow.connect(window.editor_page)
        self._build_view_menu(bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = window_action(window, self.tr("&About barretimer"), self.about)
        self.keys_action = window_action(
            window,
            self.tr("&Keyboard shortcuts"),
            self.show_keys,
            QKeySequence.StandardKey.HelpContents,
        )
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self.about_action)

    def _build_file_menu(self, bar: QMenuBar) -> None:
        window = self._window
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = window_action(
            window,
            self.tr("&Open routine..."),
            window.files.choose_file,
            QKeySequence.StandardKey.Open,
        )
        self.settings_action = window_action(
            window,
            self.tr("&Settings..."),
            window.preferences.open_settings,
            QKeySequence.StandardKey.Preferences,
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.quit_action = window_action(
            window, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        file_menu.addAction(self.open_action)
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_fit_action = window_action(
            window, self.tr("&Watch workout (FIT)..."), window.files.export_watch_workout
        )
        self.export_menu.addAction(self.export_fit_action)
        self.export_pdf_action = window_action(
            window, self.tr("Sheet to &print (PDF)..."), window.files.export_pdf
        )
        self.export_menu.addAction(self.export_pdf_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

    def _build_view_menu(self, bar: QMenuBar) -> None:
        window = self._window
        view_menu = bar.addMenu(self.tr("&View"))
        self.place_actions = []
        for place, name in enumerate(
            (
                self.tr("&Library"), self.tr("&Player"), self.tr("&Editor"), self.tr("&History"),
                self.tr("E&xercises"),
            )
        ):  # fmt: skip
            action = window_action(
                window,
                name,
                lambda _checked=False, p=place: window.show_place(p),
                f"Ctrl+{place + 1}",
            )
            view_menu.addAction(action)
            self.place_actions.append(action)
        view_menu.addSeparator()
        window.room.add_actions(view_menu)

    @Slot()
    def about(self) -> None:
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        dialogs.show_text(
            self._window,
            self.tr("About barretimer"),
            self.tr(
                "barretimer {version}\n\nA guided-workout timer for barre work, isometric holds, "
                "stretches and balance drills, with spoken cues and a local history.\n\n"
                "Your data folder: {folder}"
            ).format(version=__version__, folder=paths.data_dir()),
            pixmap=self._window.windowIcon().pixmap(64, 64),
        )

    @Slot()
    def show_keys(self) -> None:
        lines = [
            self.tr("Space: pause or go on"),
            self.tr("Right: skip   ·   Left: back"),
            self.tr("+: ten seconds more"),
            self.tr("Enter: done (max holds)"),
            self.tr("T: touchdown in a balance drill"),
            self.tr("M: mute the voice   ·   B: mute the beeps"),
            self.tr("Esc: stop (asks first)"),
            self.tr("F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view"),
            self.tr("Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises"),
        ]
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        dialogs.show_text(self._window, self.tr("Keyboard shortcuts"), "\n".join(lines))
