"""One past session in full: every step, and its effort and notes to edit, or delete it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.durations import format_clock
from barretimer.store.sessions import SessionRow, SessionStore, StepRow
from barretimer.store.trends import touchdowns_by_side
from barretimer.ui.history.models import StepsModel, started_text
from barretimer.ui.history.summary import add_effort_row, effort_spin_box
from barretimer.ui.labels import intervals_label, scale_effect_label, status_label
from barretimer.ui.language import routine_label
from barretimer.ui.widgets import plain_label


class SessionDetailsDialog(QDialog):
    """Shows a session; Save and Delete are handed to the page (which makes them undoable)."""

    #: session id, effort (0 = not rated), notes
    review_edited = Signal(int, int, str)
    delete_requested = Signal(int)

    def __init__(self, store: SessionStore, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_id = session_id
        self.setWindowTitle(self.tr("Session details"))
        self.resize(760, 560)
        session = store.session(session_id)
        steps = store.steps(session_id)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_facts())
        layout.addWidget(self._build_steps(steps), 1)
        layout.addLayout(self._build_review(session.effort if session else None))
        layout.addWidget(self._build_buttons())
        if session is None:
            self.routine_label.setText(self.tr("This session is no longer in the history."))
            for widget in (self.save_button, self.delete_button, self.effort_spin, self.notes_edit):
                widget.setEnabled(False)
            return
        self._show(session, steps)
        self.effort_spin.setFocus()

    def _build_facts(self) -> QFormLayout:
        """Routine, start, status, time and intervals (filled in by _show)."""
        self.routine_label = plain_label(self, selectable=True, accessible_name=self.tr("Routine"))
        self.when_label = plain_label(self, selectable=True, accessible_name=self.tr("Started"))
        self.status_label = plain_label(self, selectable=True, accessible_name=self.tr("Status"))
        self.time_label = plain_label(
            self, selectable=True, accessible_name=self.tr("Time done of planned")
        )
        self.steps_label = plain_label(self, selectable=True, accessible_name=self.tr("Steps"))
        form = QFormLayout()
        form.addRow(self.tr("Routine:"), self.routine_label)
        form.addRow(self.tr("Started:"), self.when_label)
        form.addRow(self.tr("Status:"), self.status_label)
        form.addRow(self.tr("Time:"), self.time_label)
        form.addRow(self.tr("Intervals:"), self.steps_label)
        return form

    def _build_steps(self, steps: list[StepRow]) -> QTableView:
        self.steps_model = StepsModel(steps, self)
        self.steps_view = QTableView(self)
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setAccessibleName(self.tr("Steps of this session"))
        self.steps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_view.setAlternatingRowColors(True)
        self.steps_view.setTabKeyNavigation(False)
        self.steps_view.verticalHeader().hide()
        header = self.steps_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StepsModel.EXERCISE, QHeaderView.ResizeMode.Stretch)
        return self.steps_view

    def _build_review(self, effort: int | None) -> QFormLayout:
        """The effort and notes the user can change."""
        self.effort_spin = effort_spin_box(self, effort)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        review = QFormLayout()
        self.effort_hint = add_effort_row(review, self.effort_spin)
        review.addRow(self.tr("&Notes:"), self.notes_edit)
        return review

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save effort and notes"))
        self.delete_button = buttons.addButton(
            self.tr("&Delete session…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAccessibleName(self.tr("Delete this session"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close without saving"))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.request_delete)
        buttons.rejected.connect(self.reject)
        return buttons

    def _show(self, session: SessionRow, steps: list[StepRow]) -> None:
        scale = f", {scale_effect_label(session.scale)}" if session.scale != 1.0 else ""
        self.routine_label.setText(routine_label(session.routine) + scale)
        self.when_label.setText(started_text(session.started_at))
        self.status_label.setText(status_label(session.status))
        self.time_label.setText(
            self.tr("{done} of {planned}").format(
                done=format_clock(session.done_s), planned=format_clock(session.planned_s)
            )
        )
        left, right = touchdowns_by_side(steps)
        text = self.tr("{done} of {intervals} done, {skipped} skipped").format(
            done=session.steps_done,
            skipped=session.steps_skipped,
            intervals=intervals_label(session.steps_total),
        )
        if left or right:
            text += self.tr("; touchdowns left {left}, right {right}").format(
                left=left, right=right
            )
        self.steps_label.setText(text)
        self.notes_edit.setPlainText(session.notes)

    @Slot()
    def save(self) -> None:
        notes = self.notes_edit.toPlainText().strip()
        self.review_edited.emit(self.session_id, self.effort_spin.value(), notes)
        self.accept()

    @Slot()
    def request_delete(self) -> None:
        self.delete_requested.emit(self.session_id)
