"""The File menu's files: a routine file to open, and the routine in the player written out
as a watch workout (FIT) or a sheet to print (PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from barretimer import paths

if TYPE_CHECKING:
    from barretimer.ui.main_window import MainWindow


class WindowFiles(QObject):
    """Asks for a file name, then has ``window`` open the routine or writes it out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @Slot()
    def choose_file(self) -> None:
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        path = dialogs.open_file(
            self._window,
            self.tr("Open a routine"),
            paths.user_routines_dir(),
            self.tr("Routines (*.yaml *.yml)"),
        )
        if path is not None:
            self._window.open_file(path)

    @Slot()
    def export_watch_workout(self) -> None:
        """Write the routine in the player, as the player plays it, as a FIT workout a watch
        can load."""
        from barretimer.core.playback import apply_to_routine
        from barretimer.formats.common import FormatError
        from barretimer.formats.files import export_file, suggested_file
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        window, player = self._window, self._window.player
        routine = player.routine
        problem = None if routine is not None else self.tr("Open a routine in the player first.")
        if routine is not None:
            # As the player plays it: the lead-in from the settings, the scale of this session.
            routine = apply_to_routine(routine, player.options)
            target = dialogs.save_file(
                window,
                self.tr("Export watch workout"),
                Path.home() / suggested_file(routine, ".fit"),
                self.tr("FIT workouts (*.fit)"),
            )
            if target is None:
                return
            try:
                export_file(routine, "fit", target, player.scale)
            except FormatError as error:
                problem = str(error)
        if problem is not None:
            dialogs.warn(window, self.tr("Cannot export"), problem)

    @Slot()
    def export_pdf(self) -> None:
        """The routine in the player as a sheet to print (ui/print_sheet.py)."""
        from barretimer.ui.print_sheet import ask_and_export

        player = self._window.player
        ask_and_export(self._window, player.routine, player.routine_path, self._window.catalog)
