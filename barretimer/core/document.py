"""The routine file the editor works on: where it lives, whether it ships with barretimer, and
opening, importing, duplicating, saving and exporting it. Qt-free: every operation returns a
result that says what happened, and the window decides how to tell the user.

User routines are written only into the user folder or where the user chose; nothing inside the
shipped folder is ever written (a shipped routine is duplicated before it is edited).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from barretimer.core.edits import slug, unique_path
from barretimer.core.loader import load_routine_file, load_routine_text
from barretimer.core.model import Catalog, Routine
from barretimer.core.problems import Problem
from barretimer.core.translations import ENGLISH_ONLY, Translation
from barretimer.core.validate import validate_routine
from barretimer.core.writer import RoutineWriteError, routine_to_yaml, write_text_atomic
from barretimer.core.yamlsrc import YamlSourceError, read_text


@dataclass(frozen=True)
class FileResult:
    """What an operation on a routine file came to.

    ``routine`` and ``path``: what the editor should now show (None: nothing changed);
    ``problems``: why the file could not be used; ``lost``: parts of an opened file that were not
    understood and will be left out when it is saved; ``error``: why a write failed."""

    routine: Routine | None = None
    path: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    lost: list[Problem] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.error


class RoutineDocument:
    """One routine file at a time; ``path`` is None until the routine is written somewhere."""

    def __init__(
        self,
        catalog: Catalog,
        user_dir: Path,
        shipped_dir: Path,
        make_user_dir: Callable[[Path], object],
        translation: Translation = ENGLISH_ONLY,
    ) -> None:
        """``make_user_dir`` creates the user folder before a routine is written into it
        (the app makes it private: ``paths.ensure_private_dir``); ``translation`` gives a
        copy of a shipped routine the words the person reads it in (``catalog`` is in the
        same language)."""
        self.catalog = catalog
        self.user_dir = Path(user_dir)
        self.shipped_dir = Path(shipped_dir)
        self._make_dir = make_user_dir
        self.translation = translation
        self.path: Path | None = None
        #: The routine is a copy read by :meth:`duplicate` and not saved yet.
        self.unsaved_copy = False

    def is_shipped(self, path: Path) -> bool:
        """Whether ``path`` is a routine that ships with barretimer (never written)."""
        try:
            path.resolve().relative_to(self.shipped_dir.resolve())
        except ValueError:
            return False
        return True

    @property
    def has_own_file(self) -> bool:
        """The routine has a file that Save writes to (not a shipped one, not none)."""
        return self.path is not None and not self.is_shipped(self.path)

    def suggested_path(self, routine: Routine) -> Path:
        """Where Save as proposes to write: the routine's own file, or a new name in the user
        folder."""
        if self.path is not None and self.has_own_file:
            return self.path
        return unique_path(self.user_dir, slug(routine.name))

    # --- reading ------------------------------------------------------------------------------

    def open(self, path: Path) -> FileResult:
        """Read a user routine to edit it. The result lists what saving it would leave out."""
        result = load_routine_file(path, self.catalog)
        if result.routine is None:
            return FileResult(problems=result.problems)
        kept = {issue.message for issue in validate_routine(result.routine)}
        lost = [p for p in result.problems if p.message not in kept]
        self.path = path
        return FileResult(result.routine, path, result.problems, lost)

    def duplicate(self, path: Path, copy_name: Callable[[str], str]) -> FileResult:
        """Read a routine (shipped or not) as a copy named ``copy_name(its name)``. A shipped
        routine is copied in the translation's words: the copy is the person's own, kept as
        written. Nothing is written: the copy gets its file in the user folder on its first
        save (:meth:`first_save_path`)."""
        result = load_routine_file(path, self.catalog)
        if result.routine is None:
            return FileResult(problems=result.problems)
        routine = result.routine
        if self.is_shipped(path):
            routine = self.translation.routine(path.stem, routine)
        self.path = None
        self.unsaved_copy = True
        return FileResult(
            dataclasses.replace(routine, name=copy_name(routine.name), recorded_as="")
        )

    def first_save_path(self, routine: Routine) -> Path | None:
        """Where Save writes without asking: a fresh name in the user folder for a copy not
        saved yet; None when Save must ask (a new routine, a shipped file)."""
        if self.path is None and self.unsaved_copy:
            return unique_path(self.user_dir, slug(routine.name))
        return None

    def prepare_user_dir(self) -> Path:
        """Create the user folder (a file chooser opened on a missing folder starts elsewhere)."""
        self._make_user_dir()
        return self.user_dir

    def check_import(self, path: Path) -> tuple[str, FileResult]:
        """A file to import, read and checked: its text, and the routine or its problems.
        Nothing is written (the editor may still ask about unsaved changes)."""
        try:
            text = read_text(path, path.name)
        except YamlSourceError as error:
            return "", FileResult(problems=error.problems)
        result = load_routine_text(text, path.name, self.catalog)
        if result.routine is None or result.problems:
            return text, FileResult(problems=result.problems)
        return text, FileResult(result.routine)

    def import_text(self, path: Path, text: str, routine: Routine) -> FileResult:
        """Write an imported file, as it was, into the user folder (a name of its own)."""
        try:
            self._make_user_dir()
            target = unique_path(self.user_dir, slug(path.stem))
            written = write_text_atomic(target, text, protected=self.shipped_dir)
        except (RoutineWriteError, OSError) as error:
            return FileResult(error=str(error))
        self.path = written
        return FileResult(routine, written)

    # --- writing ------------------------------------------------------------------------------

    def checked_text(self, routine: Routine, file_name: str) -> tuple[str | None, list[Problem]]:
        """The routine's file text once the loader has read it back as this very routine with
        no problem; otherwise None and the problems it found (none: it read back differently,
        as a step named exactly like a catalog id is read as that exercise)."""
        text = routine_to_yaml(routine, self.catalog)
        result = load_routine_text(text, file_name, self.catalog)
        if not result.problems and result.routine == routine:
            return text, []
        return None, result.problems

    def save(self, text: str, target: Path) -> FileResult:
        """Write ``text`` to ``target``, which becomes the routine's file."""
        try:
            if target.parent == self.user_dir:
                self._make_user_dir()
            written = write_text_atomic(target, text, protected=self.shipped_dir)
        except (RoutineWriteError, OSError) as error:
            return FileResult(error=str(error))
        self.path = written
        self.unsaved_copy = False
        return FileResult(path=written)

    def export(self, text: str, target: Path) -> FileResult:
        """Write ``text`` to ``target``; the routine's own file stays what it was."""
        try:
            written = write_text_atomic(target, text, protected=self.shipped_dir)
        except (RoutineWriteError, OSError) as error:
            return FileResult(error=str(error))
        return FileResult(path=written)

    def _make_user_dir(self) -> None:
        self._make_dir(self.user_dir)
