"""The plan on the Library's first screen: what is next in the plan you follow, one click to
start it, and a way to follow a plan or stop following it.

Progress comes from the history (``store.progress``); the active plan and its start day live in
a small file in the data folder (``paths.active_plan_path``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from barretimer import paths
from barretimer.core.library import RoutineEntry
from barretimer.core.plan_progress import PlanProgress
from barretimer.core.plans import Plan, PlanSession, load_plans, routines_by_id
from barretimer.store.progress import (
    ActivePlan,
    load_active_plan,
    progress_from_history,
    save_active_plan,
)
from barretimer.store.sessions import SessionStore
from barretimer.ui.language import current_translation
from barretimer.ui.widgets import plain_label

log = logging.getLogger(__name__)


def _day(day: date) -> str:
    """``Tue 14 Jul`` in the window's language (QLocale's default follows it)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


class PlanPanel(QFrame):
    """Signals: ``routine_requested(object RoutineEntry, object PlanSession)`` (Start),
    ``plan_changed()`` (followed or stopped)."""

    routine_requested = Signal(object, object)
    plan_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-panel")
        self.setStyleSheet(
            "QFrame#plan-panel { border: 2px solid palette(highlight); border-radius: 8px; }"
        )
        self.title_label = plain_label(
            self, object_name="plan-title", accessible_name=self.tr("Your plan")
        )
        font = QFont(self.title_label.font())
        font.setPixelSize(15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.next_label = plain_label(
            self,
            object_name="plan-next",
            accessible_name=self.tr("What is next in your plan"),
            wrap=True,
        )
        font = QFont(self.next_label.font())
        font.setPixelSize(17)
        self.next_label.setFont(font)
        self.note_label = plain_label(
            self, object_name="plan-note", accessible_name=self.tr("About this week"), wrap=True
        )
        self.start_button = QPushButton(self)
        self.start_button.setMinimumHeight(40)
        font = QFont(self.start_button.font())
        font.setBold(True)
        self.start_button.setFont(font)
        self.start_button.clicked.connect(self._start)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setAccessibleName(self.tr("Plans"))
        self.follow_button = QPushButton(self.tr("Follow this plan"), self)
        self.follow_button.clicked.connect(self._follow)
        self.stop_button = QPushButton(self.tr("Stop following"), self)
        self.stop_button.clicked.connect(self._stop)

        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.next_label)
        text.addWidget(self.note_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addLayout(text, 1)
        row.addWidget(self.plan_combo)
        row.addWidget(self.follow_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.start_button)

        # As tall as its text: the routines below get the rest of the page.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._routines: dict[str, RoutineEntry] = {}
        self._plans: list[Plan] = []
        self._next: PlanSession | None = None
        self._today = date.today()
        self.progress: PlanProgress | None = None

    # --- what it shows ------------------------------------------------------------------------

    def refresh(
        self, entries: Sequence[RoutineEntry], store: SessionStore | None, today: date
    ) -> None:
        """Read the plans and the active plan again and show where it stands on ``today``."""
        self._today = today
        self._routines = routines_by_id(entries)
        try:
            loaded = load_plans(paths.shipped_plans_dir(), paths.user_plans_dir(), self._routines)
        except OSError as error:  # a plans folder that cannot be read: no plan, no traceback
            log.warning("cannot read the plans: %s", error)
            loaded = []
        shipped = paths.shipped_plans_dir()
        translate = current_translation().plan
        self._plans = [
            translate(r.plan) if path.parent == shipped else r.plan
            for path, r in loaded
            if r.ok and r.plan is not None
        ]
        active = load_active_plan(paths.active_plan_path())
        plan = next((p for p in self._plans if active and p.id == active.plan), None)
        self.progress = None
        if plan is not None and active is not None and store is not None:
            names = {key: entry.history_name for key, entry in self._routines.items()}
            try:
                self.progress = progress_from_history(store, plan, active.started_on, names, today)
            except Exception as error:  # the history is a help here, never a blocker
                log.warning("cannot read the history for the plan: %s", error)
        self._show(plan)

    def _show(self, plan: Plan | None) -> None:
        progress = self.progress
        following = plan is not None and progress is not None
        self.plan_combo.setVisible(not following)
        self.follow_button.setVisible(not following)
        self.stop_button.setVisible(following)
        self._next = None
        if plan is None or progress is None:
            self.title_label.setText(self.tr("Plans"))
            self.next_label.setText(
                self.tr("Follow a plan and this place will say what to play next each week.")
            )
            self.plan_combo.clear()
            for item in self._plans:
                self.plan_combo.addItem(
                    self.tr("{name} ({weeks} weeks)").format(name=item.name, weeks=len(item.weeks)),
                    item.id,
                )
            self.follow_button.setEnabled(bool(self._plans))
            self.start_button.hide()
            self.note_label.hide()
            return
        self.title_label.setText(self.tr("Your plan: {name}").format(name=plan.name))
        self.next_label.setText(self._progress_text(plan, progress))
        note = "" if progress.finished else plan.weeks[progress.week].note
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self._next = progress.next_session()
        entry = self._routines.get(self._next.routine) if self._next else None
        if entry is not None:
            label = self.tr("Start {routine}").format(routine=entry.name)
            self.start_button.setText(label)
            self.start_button.setAccessibleName(label)
            self.start_button.show()
        else:
            self.start_button.hide()

    def _progress_text(self, plan: Plan, progress: PlanProgress) -> str:
        total = len(plan.weeks)
        if progress.finished:
            return self.tr("All {weeks} weeks done. Well done!").format(weeks=total)
        names = [self._name(s.routine) for s in progress.sessions]
        listed = names[0]
        if len(names) > 1:
            listed = self.tr("{first}, then {last}").format(
                first=", ".join(names[:-1]), last=names[-1]
            )
        head = self.tr("Week {week} of {weeks}: {sessions}.").format(
            week=progress.week + 1, weeks=total, sessions=listed
        )
        if progress.week_done and progress.next_week_on is not None:
            tail = self.tr("All done this week; week {next} starts on {day}.").format(
                next=progress.week + 2, day=_day(progress.next_week_on)
            )
        else:
            tail = self.tr("{done} of {count} done this week.").format(
                done=progress.done_count, count=len(progress.done)
            )
            if progress.stepped_back:
                tail += " " + self.tr("A break of three weeks took the plan back a week.")
        return f"{head} {tail}"

    def _name(self, routine_id: str) -> str:
        entry = self._routines.get(routine_id)
        return entry.name if entry is not None else routine_id

    # --- what it does -------------------------------------------------------------------------

    @Slot()
    def _start(self) -> None:
        if self._next is None:
            return
        entry = self._routines.get(self._next.routine)
        if entry is not None:
            self.routine_requested.emit(entry, self._next)

    @Slot()
    def _follow(self) -> None:
        plan_id = self.plan_combo.currentData()
        if not plan_id:
            return
        self._save(ActivePlan(str(plan_id), self._today))

    @Slot()
    def _stop(self) -> None:
        self._save(None)

    def _save(self, active: ActivePlan | None) -> None:
        try:
            save_active_plan(paths.active_plan_path(), active)
        except OSError as error:
            self.next_label.setText(
                self.tr("The plan could not be saved: {problem}").format(
                    problem=error.strerror or error
                )
            )
            return
        self.plan_changed.emit()
