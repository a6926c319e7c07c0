"""Filtered, sorted and paged reads of the history, and putting a deleted session back.

Every filter value goes into SQL as a parameter; the sort column comes from a fixed table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from datetime import date, timedelta

from barretimer.store.sessions import (
    SESSION_COLUMNS,
    SessionRow,
    SessionStore,
    StepRow,
    session_row,
)
from barretimer.store.trends import local_epoch


class Sort:
    DATE = "date"
    ROUTINE = "routine"
    DURATION = "duration"
    STATUS = "status"
    EFFORT = "effort"
    NOTES = "notes"


#: ORDER BY for each sort key, ascending; the id breaks ties so pages never overlap.
_ORDER = {
    Sort.DATE: "started_epoch {d}, id {d}",
    Sort.ROUTINE: "routine COLLATE NOCASE {d}, started_epoch DESC, id DESC",
    Sort.DURATION: "done_s {d}, started_epoch DESC, id DESC",
    Sort.STATUS: "status {d}, started_epoch DESC, id DESC",
    # Unrated sessions go last whichever way effort is sorted.
    Sort.EFFORT: "effort IS NULL, effort {d}, started_epoch DESC, id DESC",
    # Sessions without notes go last.
    Sort.NOTES: "notes = '', notes COLLATE NOCASE {d}, started_epoch DESC, id DESC",
}


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions to show. Empty values do not filter; dates are local and inclusive."""

    routine: str = ""
    status: str = ""
    since: date | None = None
    until: date | None = None
    notes: str = ""

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.routine:
            clauses.append("routine = ?")
            params.append(self.routine)
        if self.status:
            clauses.append("status = ?")
            params.append(self.status)
        if self.since is not None:
            clauses.append("started_epoch >= ?")
            params.append(local_epoch(self.since))
        if self.until is not None:
            clauses.append("started_epoch < ?")
            params.append(local_epoch(self.until + timedelta(days=1)))
        if self.notes.strip():
            # instr() instead of LIKE: no wildcard characters to escape in what the user typed.
            clauses.append("instr(lower(notes), lower(?)) > 0")
            params.append(self.notes.strip())
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def count_sessions(store: SessionStore, where: SessionFilter) -> int:
    sql, params = where.where()
    return int(store.db.execute(f"SELECT COUNT(*) FROM sessions{sql}", params).fetchone()[0])


def page_sessions(
    store: SessionStore,
    where: SessionFilter,
    *,
    sort: str = Sort.DATE,
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> list[SessionRow]:
    sql, params = where.where()
    order = _ORDER[sort].format(d="DESC" if descending else "ASC")
    rows = store.db.execute(
        f"SELECT {SESSION_COLUMNS} FROM sessions{sql} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [session_row(row) for row in rows]


def routine_names(store: SessionStore) -> list[str]:
    rows = store.db.execute("SELECT DISTINCT routine FROM sessions ORDER BY routine COLLATE NOCASE")
    return [row[0] for row in rows]


def exercise_names(store: SessionStore) -> set[str]:
    """Every exercise of every past session (done or skipped): what the user has met."""
    rows = store.db.execute("SELECT DISTINCT exercise FROM session_steps")
    return {str(row[0]) for row in rows}


# --- delete and undo --------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionSnapshot:
    """A session and its steps as they were in the database, to put back on undo."""

    session: SessionRow
    started_epoch: float
    steps: list[StepRow]


def snapshot_session(store: SessionStore, session_id: int) -> SessionSnapshot | None:
    session = store.session(session_id)
    if session is None:
        return None
    row = store.db.execute("SELECT started_epoch FROM sessions WHERE id = ?", (session_id,))
    return SessionSnapshot(session, float(row.fetchone()[0]), store.steps(session_id))


def insert_session(
    db: sqlite3.Connection, session: SessionRow, started_epoch: float, *, keep_id: bool
) -> int:
    """Insert a whole session row (inside the caller's transaction); returns its id."""
    names = [f.name for f in fields(SessionRow)]
    values: list[object] = [getattr(session, name) for name in names]
    if not keep_id:
        names = names[1:]
        values = values[1:]
    names.append("started_epoch")
    values.append(started_epoch)
    marks = ", ".join("?" for _ in names)
    cursor = db.execute(f"INSERT INTO sessions ({', '.join(names)}) VALUES ({marks})", values)
    return int(cursor.lastrowid or 0)


def insert_steps(db: sqlite3.Connection, session_id: int, steps: list[StepRow]) -> None:
    db.executemany(
        "INSERT INTO session_steps (session_id, position, exercise, kind, side, muscles, "
        "planned_s, done_s, skipped, touchdowns, open_ended) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                session_id,
                s.position,
                s.exercise,
                s.kind,
                s.side,
                s.muscles,
                s.planned_s,
                s.done_s,
                int(s.skipped),
                s.touchdowns,
                int(s.open_ended),
            )
            for s in steps
        ],
    )


def restore_session(store: SessionStore, snapshot: SessionSnapshot) -> int:
    """Put a deleted session back with its uid and steps, in one transaction; returns its id.

    It gets its old id back unless a newer session took that id meanwhile (SQLite hands out
    the highest id again once it is free), in which case it gets a new one.
    """
    with store.transaction() as db:
        taken = db.execute("SELECT 1 FROM sessions WHERE id = ?", (snapshot.session.id,)).fetchone()
        keep = taken is None
        session_id = insert_session(db, snapshot.session, snapshot.started_epoch, keep_id=keep)
        insert_steps(db, session_id, snapshot.steps)
    return session_id
