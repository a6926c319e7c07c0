"""Reading an exported history file back: its rows streamed with their line numbers, each
cell checked, each row turned into a session or a step, every error naming the file and line.

The import (``csvio.import_csv``) writes what this reads; nothing here touches the database.
"""

from __future__ import annotations

import csv
import math
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from barretimer.core.text import one_line
from barretimer.store.sessions import STATUSES, SessionRow, StepRow

KINDS = ("hold", "stretch", "balance", "move", "rest")
SIDES = ("", "left", "right")
MAX_SECONDS = 7 * 24 * 3600.0  # nothing recorded lasts longer than a week
#: The largest file an import reads: ten years of daily sessions with their steps is a few
#: tens of MiB; a file far beyond that is not a history, and is refused before it is read.
MAX_IMPORT_BYTES = 256 * 1024 * 1024
#: Sessions start between these years; anything else is a mistake (and year 1 cannot even be
#: shown in a time zone west of UTC).
EARLIEST_YEAR, LATEST_YEAR = 1970, 2200
#: How often (in rows) an import reports progress and may be cancelled.
_PROGRESS_EVERY = 2000

#: ``progress(done_bytes, total_bytes)`` while a file is read; False cancels the import.
Progress = Callable[[int, int], bool]


class CsvImportCancelled(Exception):
    """The import was cancelled through its progress callback; nothing was written."""


class CsvImportError(ValueError):
    """A file that cannot be imported; the message names the file and the line."""


#: A cell starting with one of these is a formula to a spreadsheet: a routine named
#: ``=HYPERLINK(...)`` must stay text. Such cells are written with a leading ``'``, which the
#: import takes off again; a cell that itself starts with ``'`` gets one more, so that a note
#: written as ``'=1`` comes back as it was.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def unescape(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


@dataclass(frozen=True)
class ImportedSession:
    session: SessionRow
    started_epoch: float


class RowReader:
    """Rows of a CSV file as dicts, each with the line it starts on, errors with that line."""

    def __init__(self, path: Path, required: tuple[str, ...]) -> None:
        self.path = path
        self.required = required

    def error(self, line: int, message: str) -> CsvImportError:
        return CsvImportError(f"{self.path.name}, line {line}: {message}")

    def rows(self, progress: Progress | None = None) -> Iterator[tuple[int, dict[str, str]]]:
        """Every row with its line, read as a stream (never the whole file at once)."""
        try:
            status = os.stat(self.path)
            if not stat.S_ISREG(status.st_mode):
                raise CsvImportError(f"{self.path.name} is not a regular file.")
            size = status.st_size
            if size > MAX_IMPORT_BYTES:
                raise CsvImportError(
                    f"{self.path.name} is {size / 1048576:,.0f} MiB; a history file to import "
                    f"is at most {MAX_IMPORT_BYTES // 1048576} MiB."
                )
            # newline="": a line ends only at \r or \n, and csv keeps line breaks inside
            # quoted cells; splitting on every Unicode line break would cut \x0c or \u2028.
            with self.path.open(encoding="utf-8-sig", newline="") as handle:
                yield from self._records(handle, size, progress)
        except UnicodeDecodeError:
            raise CsvImportError(f"{self.path.name} is not a UTF-8 text file.") from None
        except OSError as error:
            reason = error.strerror or error
            raise CsvImportError(f"{self.path.name} cannot be read: {reason}.") from None

    def _records(
        self, handle: Iterable[str], size: int, progress: Progress | None
    ) -> Iterator[tuple[int, dict[str, str]]]:
        done = 0

        def counted() -> Iterator[str]:
            nonlocal done
            for text in handle:
                done += len(text)  # characters: near enough to bytes for a progress bar
                yield text

        csv.field_size_limit(max(csv.field_size_limit(), MAX_IMPORT_BYTES))
        reader = csv.reader(counted(), strict=True)
        header: list[str] | None = None
        line = 1
        try:
            for count, record in enumerate(reader, start=1):
                due = progress is not None and count % _PROGRESS_EVERY == 0
                if due and progress is not None and not progress(min(done, size), size):
                    raise CsvImportCancelled()
                if header is None:
                    header = [name.strip() for name in record]
                    missing = [name for name in self.required if name not in header]
                    if missing:
                        raise self.error(
                            1,
                            f"the header lacks the column(s) {', '.join(missing)}; "
                            "is this a barretimer export?",
                        )
                elif any(cell.strip() for cell in record):
                    if len(record) != len(header):
                        found = len(record)
                        raise self.error(line, f"expected {len(header)} values, found {found}")
                    cells = [unescape(cell) for cell in record]
                    yield line, dict(zip(header, cells, strict=True))
                line = reader.line_num + 1
        except csv.Error as error:
            raise self.error(line, f"not valid CSV ({error})") from None
        if header is None:
            raise CsvImportError(f"{self.path.name} is empty.")
        if progress is not None and not progress(size, size):
            raise CsvImportCancelled()


Row = dict[str, str]


def _float(reader: RowReader, line: int, row: Row, name: str, default: float = 0.0) -> float:
    text = row.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise reader.error(line, f"{name} must be a number, not {text!r}") from None
    if not math.isfinite(value) or value < 0 or value > MAX_SECONDS:
        raise reader.error(line, f"{name} is out of range: {text}")
    return value


def _int(
    reader: RowReader, line: int, row: Row, name: str, default: int = 0, top: int = 10**6
) -> int:
    text = row.get(name, "").strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        raise reader.error(line, f"{name} must be a whole number, not {text!r}") from None
    if not 0 <= value <= top:
        raise reader.error(line, f"{name} is out of range: {text}")
    return value


def _when(reader: RowReader, line: int, name: str, text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        example = "2024-05-01T07:30:00+02:00"
        raise reader.error(
            line, f"{name} must be a date and time like {example}, not {one_line(text)!r}"
        ) from None
    out_of_range = reader.error(
        line, f"{name} must fall between {EARLIEST_YEAR} and {LATEST_YEAR}, not {one_line(text)!r}"
    )
    if not EARLIEST_YEAR <= when.year <= LATEST_YEAR:
        raise out_of_range
    try:
        local = when.astimezone()  # a time without an offset is taken as local time
        local.timestamp()
    except (OverflowError, OSError, ValueError):
        raise out_of_range from None
    return local


def parse_session(reader: RowReader, line: int, row: Row) -> ImportedSession:
    uid = row["uid"].strip()
    if not uid or len(uid) > 64:
        raise reader.error(line, "uid must be a non-empty id (at most 64 characters)")
    routine = row["routine"]  # as exported, spaces and all: a round trip gives back the same
    if not routine.strip():
        raise reader.error(line, "routine is empty")
    status = row["status"].strip()
    if status not in STATUSES:
        raise reader.error(line, f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    started = _when(reader, line, "started_at", row["started_at"])
    ended_text = row.get("ended_at", "").strip()
    ended = None
    if ended_text:
        ended = _when(reader, line, "ended_at", ended_text).isoformat(timespec="seconds")
    effort_text = row.get("effort", "").strip()
    effort = _int(reader, line, row, "effort", top=10) if effort_text else None
    if effort == 0:
        raise reader.error(line, "effort must be 1 to 10 or empty")
    scale = _float(reader, line, row, "scale", 1.0)
    if not 0.1 <= scale <= 10:
        raise reader.error(line, f"scale is out of range: {scale}")
    session = SessionRow(
        id=0,
        uid=uid,
        routine=routine,
        routine_path=row.get("routine_path", ""),
        routine_hash=row.get("routine_hash", "").strip(),
        level=row.get("level", "").strip(),
        started_at=started.isoformat(timespec="seconds"),
        ended_at=ended,
        status=status,
        planned_s=_float(reader, line, row, "planned_s"),
        done_s=_float(reader, line, row, "done_s"),
        steps_total=_int(reader, line, row, "steps_total"),
        steps_done=_int(reader, line, row, "steps_done"),
        steps_skipped=_int(reader, line, row, "steps_skipped"),
        scale=scale,
        effort=effort,
        notes=row.get("notes", ""),
    )
    return ImportedSession(session, started.timestamp())


def parse_step(reader: RowReader, line: int, row: Row) -> tuple[str, StepRow]:
    uid = row["session_uid"].strip()
    if not uid:
        raise reader.error(line, "session_uid is empty")
    kind = row["kind"].strip()
    if kind not in KINDS:
        raise reader.error(line, f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    side = row.get("side", "").strip()
    if side not in SIDES:
        raise reader.error(line, f"side must be left, right or empty, not {side!r}")
    skipped = row.get("skipped", "").strip().lower()
    if skipped not in ("", "0", "1", "true", "false"):
        raise reader.error(line, f"skipped must be 0 or 1, not {skipped!r}")
    exercise = row["exercise"]
    if not exercise.strip():
        raise reader.error(line, "exercise is empty")
    step = StepRow(
        position=_int(reader, line, row, "position"),
        exercise=exercise,
        kind=kind,
        side=side,
        muscles=row.get("muscles", ""),
        planned_s=_float(reader, line, row, "planned_s"),
        done_s=_float(reader, line, row, "done_s"),
        skipped=skipped in ("1", "true"),
        touchdowns=_int(reader, line, row, "touchdowns"),
    )
    return uid, step
