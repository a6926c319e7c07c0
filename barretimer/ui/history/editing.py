"""Changing the history from its page: a session's details (effort and notes to edit), delete
after asking, and undo of either until barretimer is closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QUndoStack

from barretimer.ui import dialogs
from barretimer.ui.history.commands import DeleteSessionCommand, ReviewCommand
from barretimer.ui.history.details import SessionDetailsDialog
from barretimer.ui.history.models import SESSION_ID_ROLE, started_text

if TYPE_CHECKING:
    from barretimer.ui.history.page import HistoryPage


class SessionEditing(QObject):
    """Opens, edits and deletes ``page``'s sessions through an undo stack (the page's Undo)."""

    def __init__(self, page: HistoryPage) -> None:
        super().__init__(page)
        self._page = page
        self.details_dialog: SessionDetailsDialog | None = None
        self.undo_stack = QUndoStack(self)

    # --- details ------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def open_activated(self, index: QModelIndex) -> None:
        value = index.data(SESSION_ID_ROLE)
        if value is not None:
            self.open_details(int(value))

    @Slot()
    def open_selected(self) -> None:
        session_id = self._page.table.selected_session_id()
        if session_id is not None:
            self.open_details(session_id)

    def open_details(self, session_id: int) -> SessionDetailsDialog:
        """Open a session's details (window-modal, not blocking); returns the dialog."""
        if self.details_dialog is not None:
            self.details_dialog.close()
        dialog = SessionDetailsDialog(self._page.store, session_id, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_edited.connect(self.edit_review)
        dialog.delete_requested.connect(self._delete_from_details)
        dialog.destroyed.connect(self._details_closed)
        self.details_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _details_closed(self) -> None:
        self.details_dialog = None

    @Slot(int, int, str)
    def edit_review(self, session_id: int, effort: int, notes: str) -> None:
        command = ReviewCommand(
            self._page.store,
            session_id,
            effort or None,
            notes,
            on_changed=self._page.session_changed,
            on_error=self._page.show_error,
        )
        self.undo_stack.push(command)

    # --- delete -------------------------------------------------------------------------------

    @Slot(int)
    def _delete_from_details(self, session_id: int) -> None:
        if self.delete_session(session_id) and self.details_dialog is not None:
            self.details_dialog.close()

    @Slot()
    def delete_selected(self) -> None:
        session_id = self._page.table.selected_session_id()
        if session_id is not None:
            self.delete_session(session_id)

    def delete_session(self, session_id: int) -> bool:
        """Ask, then delete (undoable); returns whether it was deleted."""
        page = self._page
        session = page.store.session(session_id)
        if session is None:
            return False
        if not dialogs.ask(
            page,
            self.tr("Delete session"),
            self.tr(
                "Delete the session of {routine} from {when}? You can undo this until you close "
                "barretimer."
            ).format(routine=session.routine, when=started_text(session.started_at)),
        ):
            return False
        command = DeleteSessionCommand(
            page.store,
            session_id,
            on_deleted=page.session_deleted,
            on_restored=page.session_restored,
            on_error=page.show_error,
        )
        self.undo_stack.push(command)
        return page.store.session(session_id) is None
