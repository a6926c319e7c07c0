"""The history as CSV: export one row per session (and, with ``steps``, one row per step in
``NAME.steps.csv`` beside it), and import such files back without duplicates.

Sessions are matched by their ``uid``: importing a file twice, or into the database it came
from, adds nothing the second time. An import checks every row before it writes anything and
then writes in one transaction, so a bad file leaves the history as it was. Numbers are
written exactly (an import gives back the same floats); ``started_epoch`` is not in the file
and is worked out again from ``started_at``, to the second.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from barretimer.store.csvrows import (
    FORMULA_START,
    RowReader,
    parse_session,
    parse_step,
)
from barretimer.store.csvrows import CsvImportCancelled as CsvImportCancelled
from barretimer.store.csvrows import CsvImportError as CsvImportError
from barretimer.store.csvrows import Progress as Progress
from barretimer.store.queries import insert_session, insert_steps
from barretimer.store.sessions import SessionStore

SESSION_FIELDS: tuple[str, ...] = (
    "uid",
    "started_at",
    "ended_at",
    "routine",
    "level",
    "status",
    "planned_s",
    "done_s",
    "steps_total",
    "steps_done",
    "steps_skipped",
    "scale",
    "effort",
    "notes",
    "routine_path",
    "routine_hash",
)
STEP_FIELDS: tuple[str, ...] = (
    "session_uid",
    "position",
    "exercise",
    "kind",
    "side",
    "muscles",
    "planned_s",
    "done_s",
    "skipped",
    "touchdowns",
)
#: Columns an imported sessions file must have; the others default when missing.
REQUIRED_SESSION_FIELDS = ("uid", "started_at", "routine", "status")
REQUIRED_STEP_FIELDS = ("session_uid", "position", "exercise", "kind")
_EXPORT_BATCH = 500


def steps_path(path: Path) -> Path:
    """``history.csv`` -> ``history.steps.csv`` (the per-step file beside the sessions file)."""
    if path.suffix.lower() == ".csv":
        return path.with_name(path.stem + ".steps.csv")
    return path.with_name(path.name + ".steps.csv")


def _number(value: float) -> str:
    """A number as written in the file: whole numbers plain, others in the shortest form
    that reads back as exactly the same float (so an import gives the same values)."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


# --- export -----------------------------------------------------------------------------------


class _SafeWriter:
    def __init__(self, out: Any) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: list[object] | tuple[object, ...]) -> None:
        self._writer.writerow(
            [
                f"'{cell}" if isinstance(cell, str) and cell.startswith(FORMULA_START) else cell
                for cell in row
            ]
        )


def export_csv(store: SessionStore, path: Path, steps: bool = False) -> int:
    """Write every session, oldest first, to ``path``; returns how many were written."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = _SafeWriter(out)
        writer.writerow(SESSION_FIELDS)
        cursor = store.db.execute(
            f"SELECT {', '.join(SESSION_FIELDS)} FROM sessions ORDER BY started_epoch, id"
        )
        while batch := cursor.fetchmany(_EXPORT_BATCH):
            for row in batch:
                writer.writerow(_session_record(row))
                count += 1
    if steps:
        with steps_path(path).open("w", encoding="utf-8", newline="") as out:
            writer = _SafeWriter(out)
            writer.writerow(STEP_FIELDS)
            cursor = store.db.execute(
                "SELECT s.uid, st.position, st.exercise, st.kind, st.side, st.muscles, "
                "st.planned_s, st.done_s, st.skipped, st.touchdowns "
                "FROM session_steps AS st JOIN sessions AS s ON s.id = st.session_id "
                "ORDER BY s.started_epoch, s.id, st.position"
            )
            while batch := cursor.fetchmany(_EXPORT_BATCH):
                for row in batch:
                    (
                        uid,
                        position,
                        exercise,
                        kind,
                        side,
                        muscles,
                        planned,
                        done,
                        skipped,
                        touches,
                    ) = row
                    writer.writerow(
                        [
                            uid,
                            position,
                            exercise,
                            kind,
                            side,
                            muscles,
                            _number(planned),
                            _number(done),
                            int(skipped),
                            touches,
                        ]
                    )
    return count


def _session_record(row: tuple[object, ...]) -> list[object]:
    (uid, started, ended, routine, level, status, planned, done, total, steps_done, skipped, scale,
     effort, notes, routine_path, routine_hash) = row  # fmt: skip
    return [
        uid,
        started,
        ended or "",
        routine,
        level,
        status,
        _number(float(planned)),  # type: ignore[arg-type]
        _number(float(done)),  # type: ignore[arg-type]
        total,
        steps_done,
        skipped,
        _number(float(scale)),  # type: ignore[arg-type]
        "" if effort is None else effort,
        notes,
        routine_path,
        routine_hash,
    ]


def import_csv(
    store: SessionStore, path: Path, progress: Progress | None = None
) -> tuple[int, int]:
    """Add the sessions of an exported file that are not in the history yet.

    Returns ``(added, skipped)``; a session whose uid is already in the history (or earlier
    in the file) is skipped. When ``NAME.steps.csv`` is beside the file, the steps of the
    added sessions are imported from it too. The files are read as streams and written as
    they are read, in one transaction: a bad row (:class:`CsvImportError`) or a cancel
    (:class:`CsvImportCancelled`) rolls everything back, so nothing is written.
    """
    path = Path(path)
    reader = RowReader(path, REQUIRED_SESSION_FIELDS)
    step_file = steps_path(path)
    step_reader = RowReader(step_file, REQUIRED_STEP_FIELDS) if step_file.is_file() else None
    added = skipped = 0
    with store.transaction() as db:
        known = {row[0] for row in db.execute("SELECT uid FROM sessions")}
        #: Every uid of the file -> the id it was added as (None: it was there already).
        in_file: dict[str, int | None] = {}
        for line, row in reader.rows(progress):
            item = parse_session(reader, line, row)
            uid = item.session.uid
            if uid in known or uid in in_file:
                in_file.setdefault(uid, None)
                skipped += 1
                continue
            in_file[uid] = insert_session(db, item.session, item.started_epoch, keep_id=False)
            added += 1
        if step_reader is not None:
            positions: set[tuple[str, int]] = set()
            for line, row in step_reader.rows(progress):
                uid, step = parse_step(step_reader, line, row)
                if uid not in in_file:
                    raise step_reader.error(line, f"session_uid {uid!r} is not in {path.name}")
                if (uid, step.position) in positions:
                    message = f"position {step.position} appears twice for session {uid}"
                    raise step_reader.error(line, message)
                positions.add((uid, step.position))
                session_id = in_file[uid]
                if session_id is not None:
                    insert_steps(db, session_id, [step])
    store.checkpoint_soon()
    return added, skipped
