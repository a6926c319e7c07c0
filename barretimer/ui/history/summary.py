"""The short summary shown after a workout ends or is stopped, with effort and notes."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.durations import format_clock
from barretimer.core.status import SessionStatus
from barretimer.store.bests import NewBest, new_bests
from barretimer.store.sessions import SessionStore
from barretimer.store.trends import SessionTotals, session_totals
from barretimer.ui import dialogs
from barretimer.ui.labels import intervals_label, status_label
from barretimer.ui.language import exercise_label, routine_label
from barretimer.ui.widgets import plain_label

log = logging.getLogger(__name__)


def effort_spin_box(parent: QWidget, effort: int | None) -> QSpinBox:
    """Effort 1-10; 0 shows as "Not rated" and is stored as no effort."""
    spin = QSpinBox(parent)
    spin.setRange(0, 10)
    spin.setSpecialValueText(QCoreApplication.translate("effort", "Not rated"))
    spin.setValue(effort or 0)
    spin.setAccessibleName(QCoreApplication.translate("effort", "Effort from 1 to 10"))
    spin.setMinimumWidth(
        spin.fontMetrics().horizontalAdvance(QCoreApplication.translate("effort", "Not rated")) + 48
    )
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    spin.setToolTip(
        QCoreApplication.translate(
            "effort", "How hard it felt: 1 very easy, 10 as hard as you can go"
        )
    )
    return spin


def add_effort_row(form: QFormLayout, spin: QSpinBox) -> QLabel:
    """The effort row of a form: the box, and beside it what 1 and 10 mean (always in sight,
    not only in a tooltip). Returns the hint label."""
    field = QWidget(spin.parentWidget())
    row = QHBoxLayout(field)
    row.setContentsMargins(0, 0, 0, 0)
    hint = plain_label(field, spin.tr("1 = very easy, 10 = as hard as you can go"))
    hint.setObjectName("effort-hint")
    hint.setWordWrap(True)
    row.addWidget(spin)
    row.addWidget(hint, 1)
    label = QLabel(spin.tr("&Effort:"), spin.parentWidget())
    label.setBuddy(spin)
    form.addRow(label, field)
    return hint


class SummaryDialog(QDialog):
    """Routine, status, time and steps done, touchdowns per side; Save stores effort and notes."""

    def __init__(self, store: SessionStore, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.setWindowTitle(self.tr("Workout summary"))
        self.setMinimumWidth(480)
        totals = session_totals(store, session_id)
        session = totals.session if totals else None

        form = self._build_form(session.effort if session else None)
        buttons = self._build_buttons()
        self.heading = plain_label(self, selectable=True, accessible_name=self.tr("Summary"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if totals is None or session is None:
            self.routine_label.setText(self.tr("This session is no longer in the history."))
            self.save_button.setEnabled(False)
            self.effort_spin.setEnabled(False)
            self.notes_edit.setEnabled(False)
            return
        self._show(totals)
        self.effort_spin.setFocus()

    def _build_form(self, effort: int | None) -> QFormLayout:
        """What was done (filled in by _show), any new best, then effort and notes to fill in."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.routine_label = plain_label(self, selectable=True, accessible_name=self.tr("Routine"))
        self.status_label = plain_label(self, selectable=True, accessible_name=self.tr("Status"))
        self.time_label = plain_label(
            self, selectable=True, accessible_name=self.tr("Time done of planned")
        )
        self.steps_label = plain_label(
            self, selectable=True, accessible_name=self.tr("Steps done and skipped")
        )
        self.touchdowns_label = plain_label(
            self, selectable=True, accessible_name=self.tr("Touchdowns per side")
        )
        self.effort_spin = effort_spin_box(self, effort)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(
            self.tr("How did it go? Anything to remember next time?")
        )
        self.notes_edit.setFixedHeight(90)
        form.addRow(self.tr("Routine:"), self.routine_label)
        form.addRow(self.tr("Status:"), self.status_label)
        form.addRow(self.tr("Time:"), self.time_label)
        form.addRow(self.tr("Intervals:"), self.steps_label)
        form.addRow(self.tr("Touchdowns:"), self.touchdowns_label)
        self._add_bests_row(form)
        self.effort_hint = add_effort_row(form, self.effort_spin)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        return form

    def _add_bests_row(self, form: QFormLayout) -> None:
        """A max hold held longer than ever before, if there is one."""
        self.bests_label = plain_label(
            self, selectable=True, accessible_name=self.tr("New personal bests")
        )
        self.bests_label.setWordWrap(True)
        bests = self._new_bests()
        if not bests:
            return
        self.bests_label.setText(
            "\n".join(
                self.tr("{exercise}: {time} (your best was {before})").format(
                    exercise=exercise_label(b.exercise),
                    time=format_clock(b.held_s),
                    before=format_clock(b.previous_s),
                )
                if b.previous_s is not None
                else self.tr("{exercise}: {time} (the first one)").format(
                    exercise=exercise_label(b.exercise), time=format_clock(b.held_s)
                )
                for b in bests
            )
        )
        form.addRow(self.tr("New best:"), self.bests_label)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.skip_button = buttons.addButton(
            self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setAccessibleName(self.tr("Save effort and notes"))
        self.skip_button.setAccessibleName(self.tr("Skip without saving"))
        buttons.accepted.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # saves from the notes too
            QShortcut(QKeySequence(keys), self, self._save_by_keys)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        buttons.rejected.connect(self.reject)
        return buttons

    def _show(self, totals: SessionTotals) -> None:
        session = totals.session
        headings = {
            SessionStatus.COMPLETED.value: self.tr("Workout complete"),
            SessionStatus.STOPPED.value: self.tr("Workout stopped"),
        }
        self.heading.setText(headings.get(session.status, self.tr("Workout interrupted")))
        scale = f" ({session.scale:.0%})" if session.scale != 1.0 else ""
        self.routine_label.setText(routine_label(session.routine) + scale)
        self.status_label.setText(status_label(session.status))
        self.time_label.setText(
            self.tr("{done} of {planned}").format(
                done=format_clock(session.done_s), planned=format_clock(session.planned_s)
            )
        )
        self.steps_label.setText(
            self.tr("{done} of {intervals} done, {skipped} skipped").format(
                done=session.steps_done,
                skipped=session.steps_skipped,
                intervals=intervals_label(session.steps_total),
            )
        )
        self.touchdowns_label.setText(
            self.tr("Left {left}, right {right}").format(
                left=totals.touchdowns_left, right=totals.touchdowns_right
            )
        )
        self.notes_edit.setPlainText(session.notes)

    @property
    def effort(self) -> int | None:
        return self.effort_spin.value() or None

    @Slot()
    def _new_bests(self) -> list[NewBest]:
        try:
            return new_bests(self.store.db, self.session_id)
        except sqlite3.Error as error:
            log.warning("cannot read the new bests: %s", error)
            return []

    def _save_by_keys(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        try:
            self.store.set_review(
                self.session_id, effort=self.effort, notes=self.notes_edit.toPlainText().strip()
            )
        except sqlite3.Error as error:
            log.warning("cannot save the review: %s", error)
            dialogs.warn(
                self,
                self.tr("Not saved"),
                self.tr("Effort and notes could not be saved to the history ({error}).").format(
                    error=error
                ),
            )
            return
        self.accept()
