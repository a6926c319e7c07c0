"""The editor's files: new, open, duplicate, import, export, save, and a file with problems
fixed as text. The document (``core/document.py``) reads and writes; this asks the person
and tells them what happened; the page shows the routine that results."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from barretimer.core import edits
from barretimer.core.document import FileResult, RoutineDocument
from barretimer.core.model import Routine
from barretimer.core.problems import Problem
from barretimer.ui import dialogs
from barretimer.ui.editor.file_dialogs import (
    LISTED_PROBLEMS,
    choose_export,
    choose_import,
    choose_open,
    choose_save_as,
    problems_text,
)
from barretimer.ui.labels import problems_label

if TYPE_CHECKING:
    from barretimer.ui.editor.page import EditorPage

log = logging.getLogger(__name__)


class RoutineFiles(QObject):
    """The page's file actions; ``page.load`` shows what they read."""

    def __init__(self, page: EditorPage, document: RoutineDocument) -> None:
        super().__init__(page)
        self._page = page
        self._document = document

    def _cannot_use(self, title: str, lead: str, result: FileResult) -> None:
        """Say why a file could not be used: the write error, or ``lead`` and its problems."""
        text = result.error or lead + "\n\n" + problems_text(result.problems)
        dialogs.warn(self._page, title, text)

    def open_routine(self, path: Path) -> bool:
        """Edit a user routine. A shipped one is never edited in place: it is duplicated. A
        file with problems opens as text, to fix them without losing what the forms cannot
        hold."""
        if self._document.is_shipped(path):
            return self.duplicate(path)
        if not self.maybe_close():
            return False
        result = self._document.open(path)
        if (result.routine is None or result.lost) and self._open_as_text(path, result.problems):
            return True
        if result.routine is None:
            lead = self.tr("{file} cannot be opened:").format(file=path.name)
            self._cannot_use(self.tr("Cannot open routine"), lead, result)
            return False
        self._page.load(result.routine, path)
        if result.lost:
            dialogs.warn(
                self._page,
                self.tr("Parts of the file were not understood"),
                self.tr(
                    "{file} opened, but these parts of it were not understood and will be left out "
                    "when you save:"
                ).format(file=path.name)
                + "\n\n"
                + problems_text(result.lost),
            )
        return True

    # --- a file with problems, as text --------------------------------------------------------

    def _open_as_text(self, path: Path, problems: list[Problem]) -> bool:
        """A user file the loader could not read, shown as text to fix it here (False when
        it cannot even be read as text: too big, not a file, not UTF-8)."""
        from barretimer.core.yamlsrc import YamlSourceError, read_text

        if not problems or not any(p.line for p in problems):
            return False
        try:
            text = read_text(path, path.name)
        except YamlSourceError:
            return False
        page = self._page
        page.load(page.new_routine_value(), path)
        page.text_pane.show_file(path, text, problems)
        page.mode_stack.setCurrentWidget(page.text_pane)
        for action in (page.export_action, page.try_action):
            action.setEnabled(False)
        page.save_action.setEnabled(True)  # saves the text as it is
        page.refresh_title()
        return True

    @Slot()
    def text_edited(self) -> None:
        if self._page.in_text_mode():
            self._page.undo_stack.resetClean()  # closing or opening something else asks first

    @Slot(object, str)
    def text_fixed(self, routine: Routine, text: str) -> None:
        """The text reads as a routine now: back to the forms, not saved yet."""
        self._page.load(routine, self._document.path)
        self._page.undo_stack.resetClean()

    @Slot(str)
    def save_text(self, text: str) -> bool:
        path = self._document.path
        if path is None:
            return False
        result = self._document.save(text, path)
        if result.error:
            dialogs.warn(self._page, self.tr("Cannot save routine"), result.error)
            return False
        self._page.undo_stack.setClean()
        self._page.saved.emit(path)
        return True

    # --- copies and other files coming in -----------------------------------------------------

    def _copy_name(self, name: str) -> str:
        return self.tr("{name} (copy)").format(name=name)

    def duplicate(self, path: Path) -> bool:
        """Edit a copy of a routine (shipped or not) named "<name> (copy)"; its file in the
        user folder is written on the first Save. A shipped routine is copied in the window's
        language: the copy is the person's own, with the words they read."""
        if not self.maybe_close():
            return False
        result = self._document.duplicate(path, self._copy_name)
        if result.routine is None:
            lead = self.tr("{file} cannot be read:").format(file=path.name)
            self._cannot_use(self.tr("Cannot duplicate routine"), lead, result)
            return False
        self._page.load(result.routine, None, unsaved_copy=True)
        return True

    def import_file(self, path: Path) -> bool:
        """Bring a routine file in: checked first; a file with problems is refused with them."""
        handled = self._import_other_app(path)
        if handled is not None:
            return handled
        text, checked = self._document.check_import(path)
        if checked.routine is None:
            self._refuse_import(path, checked.problems)
            return False
        if not self.maybe_close():
            return False
        result = self._document.import_text(path, text, checked.routine)
        if not result.ok or result.routine is None:
            self._cannot_use(self.tr("Cannot import routine"), "", result)
            return False
        self._page.load(result.routine, result.path)
        self._page.saved.emit(result.path)
        return True

    def _import_other_app(self, path: Path) -> bool | None:
        """Another timer's workout: shown here unsaved, with what could not be carried over;
        None when the file is a routine of ours."""
        from barretimer.formats.common import FormatError
        from barretimer.formats.files import read_other_app_file

        try:
            found = read_other_app_file(path, path.name)
        except (FormatError, OSError) as error:
            problems = getattr(error, "problems", None) or [Problem(path.name, 0, 0, str(error))]
            self._refuse_import(path, problems)
            return False
        if found is None:
            return None
        if not self.maybe_close():
            return False
        self._page.load(found[0].routine, None)
        self._page.undo_stack.resetClean()  # not saved yet: closing asks first
        notes = list(found[0].notes)
        if len(found) > 1:
            notes.append(
                self.tr(
                    "the file holds {count} workouts; this is the first. To add them all: barretimer import FILE"
                ).format(count=len(found))
            )
        dialogs.inform(
            self._page,
            self.tr("Imported, not saved yet"),
            self.tr("{file} is shown in the editor. Save it to keep it.").format(file=path.name)
            + "\n\n"
            + "\n".join("• " + note for note in notes),
        )
        return True

    def _refuse_import(self, path: Path, problems: list[Problem]) -> None:
        lead = self.tr(
            "{file} was not imported: it has {problems}. Fix them and import it again."
        ).format(file=path.name, problems=problems_label(len(problems)))
        self._cannot_use(self.tr("Cannot import routine"), lead, FileResult(problems=problems))

    # --- writing ------------------------------------------------------------------------------

    def export_to(self, path: Path) -> bool:
        """Write the routine to ``path`` (anywhere but the shipped folder); the editor goes on
        editing its own file."""
        title = self.tr("Cannot export routine")
        text = self._savable_text(title)
        if text is None:
            return False
        result = self._document.export(text, path)
        if result.error:
            dialogs.warn(self._page, title, result.error)
            return False
        return True

    def _savable_text(self, title: str) -> str | None:
        """The routine's file text when it can be written; otherwise None, after saying why
        (the problems shown, or what the loader found reading the text back)."""
        page = self._page
        if not page.save_action.isEnabled():
            dialogs.warn(page, title, page.save_status.text())
            return None
        routine = page.routine()
        text, problems = self._document.checked_text(routine, self.tr("the saved file"))
        if text is not None:
            return text
        lines = [
            f"{page.checks.where(routine, p.path)}: {p.message}" for p in problems[:LISTED_PROBLEMS]
        ]
        if not lines:
            lines = [
                self.tr(
                    "the file would not read back as this routine (a step of your own named "
                    "exactly like a catalog id is read as that catalog exercise)"
                )
            ]
        dialogs.warn(
            page,
            title,
            self.tr("The routine was not saved:")
            + "\n\n"
            + "\n".join("• " + line for line in lines),
        )
        return None

    @Slot()
    def save(self) -> bool:
        """Save to the routine's file; a copy not saved yet goes to the user folder; a new
        routine asks for a file name first."""
        page = self._page
        if page.in_text_mode():
            return self.save_text(page.text_pane.text.toPlainText())
        path = self._document.path
        if path is not None and self._document.has_own_file:
            return self._save_to(path)
        first = self._document.first_save_path(page.routine())
        if first is not None and page.save_action.isEnabled():
            return self._save_to(first)
        return self.save_as()

    @Slot()
    def save_as(self) -> bool:
        page = self._page
        if not page.save_action.isEnabled():
            dialogs.warn(page, self.tr("Cannot save routine"), page.save_status.text())
            return False
        try:
            self._document.prepare_user_dir()
        except OSError as error:
            log.warning("cannot create the user routines folder: %s", error)
        target = choose_save_as(page, self._document.suggested_path(page.routine()))
        return target is not None and self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        title = self.tr("Cannot save routine")
        text = self._savable_text(title)
        if text is None:
            return False
        result = self._document.save(text, target)
        if result.error or result.path is None:
            dialogs.warn(self._page, title, result.error)
            return False
        self._page.undo_stack.setClean()
        self._page.refresh_title()
        self._page.saved.emit(result.path)
        return True

    # --- the file choosers --------------------------------------------------------------------

    @Slot()
    def choose_open(self) -> None:
        folder = self._document.user_dir
        chosen = choose_open(self._page, folder if folder.is_dir() else Path.home())
        if chosen is not None:
            self.open_routine(chosen)

    @Slot()
    def choose_import(self) -> None:
        chosen = choose_import(self._page)
        if chosen is not None:
            self.import_file(chosen)

    @Slot()
    def choose_export(self) -> None:
        suggestion = Path.home() / f"{edits.slug(self._page.routine().name)}.yaml"
        chosen = choose_export(self._page, suggestion)
        if chosen is not None:
            self.export_to(chosen)

    def maybe_close(self) -> bool:
        """True when the page may close or load something else: no unsaved changes, or the
        person chose to save (and it worked) or to discard them."""
        page = self._page
        if not page.is_dirty():
            return True
        name = page.routine().name.strip() or self.tr("this routine")
        can_save = page.save_action.isEnabled()
        if can_save:
            question = self.tr("Save the changes to “{name}” first?").format(name=name)
        else:
            question = self.tr(
                "“{name}” has changes that cannot be saved yet.\n{why}\n\nDiscard them?"
            ).format(name=name, why=page.save_status.text())
        answer = dialogs.ask_unsaved(page, self.tr("Unsaved changes"), question, can_save=can_save)
        if answer is dialogs.Unsaved.SAVE:
            return self.save()
        return answer is dialogs.Unsaved.DISCARD
