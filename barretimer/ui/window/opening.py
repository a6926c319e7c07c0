"""Opening routines in the main window's places: a Library entry, a file or an edited routine
in the player, the Library's quick timer, a routine (new, to edit, to copy) in the editor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from barretimer import paths

if TYPE_CHECKING:
    from barretimer.core.library import RoutineEntry
    from barretimer.core.model import Routine
    from barretimer.core.problems import StepPath
    from barretimer.ui.editor.page import EditorPage
    from barretimer.ui.library.quick_timer import QuickTimerDialog
    from barretimer.ui.main_window import MainWindow


class RoutineOpening(QObject):
    """Opens routines in ``window``'s player and editor; one workout plays at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.quick_timer: QuickTimerDialog | None = None

    def player_free(self) -> bool:
        """No workout is playing; otherwise the player is shown, with a word on why not."""
        window = self._window
        if not window.playing():
            return True
        window.show_place(window.PLAYER)
        from barretimer.ui import dialogs  # not at start-up (PySide builds its enums)

        dialogs.inform(
            window,
            self.tr("A workout is playing"),
            self.tr("Stop the workout that is playing (Esc) before opening another."),
        )
        return False

    @Slot(object)
    def open_entry(self, entry: RoutineEntry, plan_scale: float | None = None) -> None:
        if not self.player_free():
            return
        player = self._window.player
        if entry.ok and entry.result.routine is not None:
            player.open_routine(
                entry.result.routine, entry.path, entry.result.content_hash, plan_scale
            )
        else:
            player.show_problems(entry.name, entry.result.problems)
        self._window.show_place(self._window.PLAYER)
        player.focus_default()

    def open_file(self, path: Path) -> bool:
        """Open a routine file in the player's start panel; a bad one shows its problems."""
        from barretimer.core.loader import load_routine_file  # with PyYAML: not at start-up

        if not self.player_free():
            return False
        window = self._window
        result = load_routine_file(path, window.catalog)
        if result.ok and result.routine is not None:
            routine = result.routine
            if path.resolve().parent == paths.shipped_routines_dir().resolve():
                from barretimer.ui.language import current_translation

                routine = current_translation().routine(path.stem, routine)
            window.player.open_routine(routine, path.resolve(), result.content_hash)
        else:
            window.player.show_problems(path.name, result.problems)
        window.show_place(window.PLAYER)
        window.player.focus_default()
        return result.ok

    @Slot(object, object)
    def try_routine(self, routine: Routine, step_path: StepPath | None = None) -> None:
        if not self.player_free():
            return
        self._window.player.try_routine(routine, tuple(step_path) if step_path else None)
        self._window.show_place(self._window.PLAYER)

    # --- the quick timer ----------------------------------------------------------------------

    @Slot()
    def open_quick_timer(self) -> None:
        """The Library's quick timer: Start plays it at once, recorded like any routine."""
        from barretimer.ui.library.quick_timer import QuickTimerDialog

        dialog = QuickTimerDialog(self._window)
        dialog.accepted.connect(lambda: self._play_quick_timer(dialog.routine()))
        dialog.save_requested.connect(self._save_quick_timer)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._quick_timer_closed)
        self.quick_timer = dialog
        dialog.open()

    @Slot()
    def _quick_timer_closed(self) -> None:
        self.quick_timer = None

    def _play_quick_timer(self, routine: Routine) -> None:
        if not self.player_free():
            return
        self._window.player.open_routine(routine)
        self._window.show_place(self._window.PLAYER)
        self._window.player.play(1.0)  # the numbers the user just chose, as they are

    @Slot(object)
    def _save_quick_timer(self, routine: Routine) -> None:
        from barretimer.core.writer import RoutineWriteError, save_routine
        from barretimer.formats.files import free_path
        from barretimer.ui import dialogs

        folder = paths.user_routines_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = save_routine(
                routine,
                free_path(folder, routine),
                self._window.catalog,
                protected=paths.shipped_routines_dir(),
            )
        except (OSError, RoutineWriteError) as error:
            dialogs.warn(
                self.quick_timer,
                self.tr("Not saved"),
                self.tr("The quick timer could not be saved ({error}).").format(error=error),
            )
            return
        self._window.library.reload()
        dialogs.inform(
            self.quick_timer,
            self.tr("Saved"),
            self.tr("Saved as {file} in your routines: the Library lists it now.").format(
                file=path.name
            ),
        )

    # --- the editor ---------------------------------------------------------------------------

    @Slot(object)
    def routine_saved(self, path: object) -> None:
        """The editor saved a routine: the Library lists it, selected."""
        library = self._window.library
        library.reload()
        if isinstance(path, Path):
            library.select_path(path)

    def _shown_editor(self) -> EditorPage | None:
        """The editor, shown; None (and a notice) when it could not start."""
        window = self._window
        editor = window.editor_page()
        if editor is None:
            window.banner.add(self.tr("The routine editor is not available: it could not start."))
            return None
        window.show_place(window.EDITOR)
        return editor

    @Slot()
    def new_routine(self) -> None:
        if (editor := self._shown_editor()) is not None:
            editor.new_routine()

    @Slot(object)
    def edit_routine(self, path: Path) -> None:
        if (editor := self._shown_editor()) is not None:
            editor.open_routine(path)

    @Slot(str)
    def add_exercise_to_routine(self, exercise_id: str) -> None:
        """The Exercises page's "Add to a routine": the editor, with the exercise added."""
        if (editor := self._shown_editor()) is not None:
            editor.add_exercise(exercise_id)

    @Slot(object)
    def duplicate_routine(self, path: Path) -> None:
        if (editor := self._shown_editor()) is not None:
            editor.duplicate(path)
