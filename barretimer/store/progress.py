"""The history as the progression rule and the plans read it."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from barretimer.core.model import Routine
from barretimer.core.progression import PastSession, Suggestion, suggest_scale
from barretimer.store.sessions import SessionRow, SessionStore

if TYPE_CHECKING:  # the plans pull in the YAML loader: the player imports this module early
    from barretimer.core.plan_progress import DoneSession, PlanProgress
    from barretimer.core.plans import Plan


def past_sessions(rows: Sequence[SessionRow]) -> list[PastSession]:
    """Session rows as the progression rule takes them (a row with a bad date is left out)."""
    out = []
    for row in rows:
        try:
            started = datetime.fromisoformat(row.started_at)
        except (TypeError, ValueError):
            continue
        if started.tzinfo is None:
            started = started.astimezone()
        out.append(PastSession(started, row.status, row.scale, row.effort))
    return out


def suggestion_for(routine: Routine, rows: Sequence[SessionRow], now: datetime) -> Suggestion:
    return suggest_scale(
        past_sessions(rows), level=routine.level.value, max_scale=routine.max_scale, now=now
    )


def suggest_for_routine(store: SessionStore, routine: Routine, now: datetime) -> Suggestion:
    """The offer for ``routine`` from its sessions in ``store`` (matched by routine name)."""
    return suggestion_for(routine, store.sessions_of_routine(routine.history_name), now)


# --- plans ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivePlan:
    """The plan the user follows and the day it was started."""

    plan: str  # plan id
    started_on: date


def load_active_plan(path: Path) -> ActivePlan | None:
    """The active plan, or None when there is none or the file cannot be read (then the plan
    is simply not shown: nothing the user did is lost, the history holds the sessions)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ActivePlan(str(data["plan"]), date.fromisoformat(str(data["started_on"])))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_active_plan(path: Path, active: ActivePlan | None) -> None:
    """Write (or with None, remove) the active plan, through a temporary file and a replace."""
    if active is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"plan": active.plan, "started_on": active.started_on.isoformat()})
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text + "\n", encoding="utf-8")
    os.replace(temporary, path)


def plan_sessions_done(
    store: SessionStore, ids_by_name: Mapping[str, str], since: date
) -> list[DoneSession]:
    """Completed sessions since ``since`` of the routines named in ``ids_by_name`` (routine
    name -> id), as a plan reads them."""
    from barretimer.core.plan_progress import DoneSession

    since_epoch = datetime.combine(since, time()).astimezone().timestamp()
    done = []
    for name, routine_id in ids_by_name.items():
        for session in past_sessions(store.sessions_of_routine(name, since_epoch)):
            if session.completed:
                done.append(DoneSession(routine_id, session.started))
    return done


def progress_from_history(
    store: SessionStore,
    plan: Plan,
    started_on: date,
    names_by_id: Mapping[str, str],
    today: date,
) -> PlanProgress:
    """How far ``plan`` has come, from the completed sessions of its routines in ``store``
    (``names_by_id``: routine id -> routine name, as the history records it)."""
    from barretimer.core.plan_progress import plan_progress

    ids_by_name = {names_by_id[r]: r for r in plan.routine_ids() if r in names_by_id}
    done = plan_sessions_done(store, ids_by_name, started_on)
    return plan_progress(plan, started_on, done, today)
