"""Undoable edits of the history: deleting a session, changing its effort and notes.

A delete removes the rows from the database at once and keeps them in memory; undo puts them
back with the same id and uid. The undo stack lives as long as the history page. A database
error never escapes a command: it is handed to ``on_error`` and a failed first run makes the
command obsolete, so the stack drops it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from barretimer.store.queries import SessionSnapshot, restore_session, snapshot_session
from barretimer.store.sessions import SessionStore

log = logging.getLogger(__name__)
Notify = Callable[[int], None]


class _StoreCommand(QUndoCommand):
    def __init__(self, text: str, on_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self._on_error = on_error

    def _guard(self, action: Callable[[], None], *, first: bool) -> None:
        try:
            action()
        except sqlite3.Error as error:
            log.warning("history edit failed: %s", error)
            if first:
                self.setObsolete(True)
            self._on_error(
                QCoreApplication.translate(
                    "history", "The history could not be changed ({error})."
                ).format(error=error)
            )


class DeleteSessionCommand(_StoreCommand):
    def __init__(
        self,
        store: SessionStore,
        session_id: int,
        *,
        on_deleted: Notify,
        on_restored: Notify,
        on_error: Callable[[str], None],
    ) -> None:
        self._snapshot: SessionSnapshot | None = snapshot_session(store, session_id)
        name = self._snapshot.session.routine if self._snapshot else ""
        super().__init__(
            QCoreApplication.translate("history", "Delete session of {routine}").format(
                routine=name
            ),
            on_error,
        )
        self.store = store
        self.session_id = session_id
        self._on_deleted = on_deleted
        self._on_restored = on_restored
        self._done_once = False

    def redo(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            self.setObsolete(True)
            return

        def delete() -> None:
            self.store.delete_session(self.session_id)
            self._on_deleted(self.session_id)

        self._guard(delete, first=not self._done_once)
        self._done_once = True

    def undo(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return

        def restore() -> None:
            self.session_id = restore_session(self.store, snapshot)
            self._on_restored(self.session_id)

        self._guard(restore, first=False)


class ReviewCommand(_StoreCommand):
    """Set a session's effort and notes; undo puts the earlier ones back."""

    def __init__(
        self,
        store: SessionStore,
        session_id: int,
        effort: int | None,
        notes: str,
        *,
        on_changed: Notify,
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("history", "Edit effort and notes"), on_error)
        self.store = store
        self.session_id = session_id
        self._new = (effort, notes)
        old = store.session(session_id)
        self._old = (old.effort, old.notes) if old else (None, "")
        self._on_changed = on_changed
        self._done_once = False

    def _apply(self, effort: int | None, notes: str, *, first: bool) -> None:
        def write() -> None:
            self.store.set_review(self.session_id, effort=effort, notes=notes)
            self._on_changed(self.session_id)

        self._guard(write, first=first)

    def redo(self) -> None:
        self._apply(*self._new, first=not self._done_once)
        self._done_once = True

    def undo(self) -> None:
        self._apply(*self._old, first=False)
