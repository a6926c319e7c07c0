"""What the player reads from your history: the progression offer, the exercises you have
done before (and so the ones whose description is said), your best hold of an exercise and
the bests a session set.

The history is a help here, never a blocker: a read that fails is logged and gives nothing.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject

from barretimer.core.clock import WallClock
from barretimer.core.durations import format_clock
from barretimer.core.engine import Engine
from barretimer.core.model import Catalog, Routine
from barretimer.core.playback import new_exercises, with_descriptions
from barretimer.core.progression import Suggestion
from barretimer.core.timeline import Role, Timeline
from barretimer.store.bests import NewBest, best_hold_s, new_bests
from barretimer.store.progress import suggestion_for
from barretimer.store.queries import exercise_names
from barretimer.store.sessions import SessionStore
from barretimer.ui.player.display import DisplayState

log = logging.getLogger(__name__)


class HistoryNotes(QObject):
    """The player's reads of the history; nothing without one (``store`` None)."""

    def __init__(self, store: SessionStore | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._best_cache: tuple[int, float | None] | None = None  # (interval, best hold)

    def suggestion(
        self, routine: Routine, now: WallClock, plan_scale: float | None = None
    ) -> Suggestion | None:
        """The progression rule's offer for ``routine`` from its past sessions; with
        ``plan_scale``, a plan's own scale for this session, unless the rule offers less."""
        if self.store is None:
            return None
        try:
            rows = self.store.sessions_of_routine(routine.history_name)
        except Exception as error:  # the history is a help here, never a blocker
            log.warning("cannot read the history of %s: %s", routine.name, error)
            return None
        suggestion = suggestion_for(routine, rows, now())
        if suggestion is not None and plan_scale is not None:
            from barretimer.core.plans import PlanSession, plan_offer

            suggestion = plan_offer(PlanSession("", plan_scale), suggestion, None)
        return suggestion

    def known_exercises(self) -> set[str]:
        """The exercises of every past session (empty without a history)."""
        if self.store is None:
            return set()
        try:
            return exercise_names(self.store)
        except Exception as error:  # the history is a help here, never a blocker
            log.warning("cannot read the exercises done before: %s", error)
            return set()

    def with_new_descriptions(
        self, timeline: Timeline, routine: Routine, catalog: Catalog, words_per_minute: int
    ) -> Timeline:
        """Say the description of each exercise met for the first time in the rest before it."""
        new = new_exercises(timeline, routine.steps, catalog, self.known_exercises())
        descriptions = {index: e.description for index, e in new.items()}
        return with_descriptions(timeline, descriptions, words_per_minute)

    def forget_best(self) -> None:
        """A new workout: read the best holds again (the last one may have set one)."""
        self._best_cache = None

    def best_note(self, state: DisplayState, engine: Engine) -> str:
        """While a max hold counts up: the best of that exercise, and when it is passed."""
        if self.store is None or not state.counting_up:
            return ""
        if state.role is not Role.WORK:
            return ""
        if self._best_cache is None or self._best_cache[0] != state.index:
            try:
                recorded = engine.timeline.intervals[state.index].history_name
                best = best_hold_s(self.store.db, recorded or state.name)
            except sqlite3.Error as error:  # the history is a help here, never a blocker
                log.warning("cannot read the best of %s: %s", state.name, error)
                best = None
            self._best_cache = (state.index, best)
        best = self._best_cache[1]
        if best is None:
            return ""
        if engine.interval_elapsed_s() > best:
            return self.tr("New best! Your best was {time}.").format(time=format_clock(best))
        return self.tr("Your best: {time}").format(time=format_clock(best))

    def new_bests(self, session_id: int | None) -> list[NewBest]:
        """The personal bests the session ``session_id`` set."""
        if self.store is None or session_id is None:
            return []
        try:
            return new_bests(self.store.db, session_id)
        except sqlite3.Error as error:
            log.warning("cannot read the new bests: %s", error)
            return []
