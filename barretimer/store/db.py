"""Opening the history database: WAL, foreign keys, ordered migrations, damage handled.

The schema version lives in ``PRAGMA user_version``. Each migration runs in its own
transaction, after a copy of the file is made. A database written by a newer barretimer is
left untouched; a damaged one is moved aside (never deleted) and a new one started.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from barretimer.paths import ensure_private_dir

#: In the file's header, so that the file says it is barretimer's history ("bTmr").
APPLICATION_ID = 0x62546D72

#: Ordered schema migrations; number N brings ``user_version`` from N to N + 1.
MIGRATIONS: tuple[str, ...] = (
    """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            routine TEXT NOT NULL,
            routine_path TEXT NOT NULL DEFAULT '',
            routine_hash TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            started_epoch REAL NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('interrupted', 'completed', 'stopped')),
            planned_s REAL NOT NULL,
            done_s REAL NOT NULL DEFAULT 0,
            steps_total INTEGER NOT NULL,
            steps_done INTEGER NOT NULL DEFAULT 0,
            steps_skipped INTEGER NOT NULL DEFAULT 0,
            scale REAL NOT NULL DEFAULT 1.0,
            effort INTEGER CHECK (effort IS NULL OR effort BETWEEN 1 AND 10),
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sessions_by_start ON sessions (started_epoch DESC);
        CREATE INDEX sessions_by_routine ON sessions (routine, started_epoch DESC);
        CREATE TABLE session_steps (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            exercise TEXT NOT NULL,
            kind TEXT NOT NULL,
            side TEXT NOT NULL DEFAULT '',
            muscles TEXT NOT NULL DEFAULT '',
            planned_s REAL NOT NULL,
            done_s REAL NOT NULL,
            skipped INTEGER NOT NULL DEFAULT 0,
            touchdowns INTEGER NOT NULL DEFAULT 0,
            UNIQUE (session_id, position)
        );
        CREATE INDEX session_steps_by_session ON session_steps (session_id);
    """,
    # UNIQUE (session_id, position) already serves every lookup by session (and the cascade
    # of a deleted session): the second index only cost each recorded step a page write.
    f"""
        DROP INDEX IF EXISTS session_steps_by_session;
        PRAGMA application_id = {APPLICATION_ID};
    """,
    # A max hold (counted up until "done") is told apart, for the personal bests.
    """
        ALTER TABLE session_steps ADD COLUMN open_ended INTEGER NOT NULL DEFAULT 0;
    """,
    # Fixes made once to the rows, by name, so each runs only once (store/exercise_names.py:
    # step rows recorded under a translated exercise name are given the English one).
    """
        CREATE TABLE done_once (name TEXT PRIMARY KEY, done_at TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


class NewerDatabaseError(DatabaseError):
    pass


@dataclass
class OpenReport:
    """What happened while opening, for the user: a damaged file moved aside, a backup made."""

    moved_aside: Path | None = None
    backup: Path | None = None
    #: The file or its folder cannot be written: the history is read, nothing is recorded.
    read_only: bool = False


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def connect(path: Path, *, timeout: float = 10.0, uri_query: str = "") -> sqlite3.Connection:
    """A connection set up as the history needs; ``uri_query`` (``mode=ro``) opens it by URI."""
    target: str | Path = f"{path.resolve().as_uri()}?{uri_query}" if uri_query else path
    db = sqlite3.connect(
        target,
        timeout=timeout,
        isolation_level=None,
        check_same_thread=False,
        uri=bool(uri_query),
    )
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL never corrupts and a killed process loses nothing; only a power cut
    # can roll back the last commits. It makes each interval's commit ~5 times cheaper.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    # SQLite would checkpoint inside whichever COMMIT takes the WAL past 1,000 pages, and that
    # COMMIT (an interval's, on the window's thread) would wait for the database's fsync:
    # SessionStore checkpoints from a thread of its own instead.
    db.execute("PRAGMA wal_autocheckpoint = 0")
    return db


def checkpoint(path: Path) -> None:
    """Copy the WAL's committed pages into the database on a connection of its own (PASSIVE:
    it waits for nobody and nobody waits for it).

    Once every page is copied, the next commit starts the WAL over, and starting it over waits
    for the disk: the new WAL header is synced (and the folder too, when the WAL file is new).
    That commit would be the first interval of the next workout, on the window's thread, so
    the WAL is started over here with the smallest write there is: the application id again.
    """
    db = connect(path, timeout=1.0)
    try:
        _, pages, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if pages == copied:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        db.close()


def open_database(path: Path) -> tuple[sqlite3.Connection, OpenReport]:
    """Open (creating or migrating) the history database at ``path``."""
    report = OpenReport()
    if path.is_dir():
        raise DatabaseError(
            f"{path} is a folder, not the history database; move it away, or choose another "
            "data folder with --data-dir"
        )
    ensure_private_dir(path.parent)
    version = _header_version(path)
    _refuse_newer(path, version)
    if version is None and path.is_file() and (_has_bytes(path) or _has_bytes(_wal(path))):
        # Not a database at all. SQLite would take a very short file for a new, empty one and
        # write over it, and an empty file beside a WAL would lose the WAL: move them aside
        # first, as any damaged history is.
        report.moved_aside = _move_aside(path)
    try:
        db = _open_checked(path)
    except sqlite3.DatabaseError as error:
        if _is_read_only(error) and version is not None:
            return _open_read_only(path, version), OpenReport(read_only=True)
        if isinstance(error, sqlite3.OperationalError) and not _is_damage(error):
            raise DatabaseError(f"cannot open the history database {path}: {error}") from None
        report.moved_aside = _move_aside(path)
        db = _open_checked(path)
    try:
        report.backup = migrate(db, path)
    except BaseException:
        db.close()
        raise
    return db, report


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _is_read_only(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _open_read_only(path: Path, version: int) -> sqlite3.Connection:
    """The history opened for reading only, when it or its folder cannot be written (a backup
    on a read-only disk, a shared folder): listing and exporting it must still work."""
    if version != SCHEMA_VERSION:
        raise DatabaseError(
            f"the history database {path} cannot be written and needs an upgrade first; "
            "open it once where it can be written"
        )
    # A WAL database needs its -shm file; where that cannot be made, the file is read as it is
    # on disk (immutable), which is all there is when nothing can write beside it.
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            db = connect(path, uri_query=query)
        except sqlite3.Error as error:
            last = error
            continue
        try:
            db.execute("SELECT count(*) FROM sessions").fetchone()
            return db
        except sqlite3.Error as error:
            last = error
            db.close()
    raise DatabaseError(f"cannot read the history database {path}: {last}")


def _is_damage(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _header_version(path: Path) -> int | None:
    """``user_version`` read from the file's header without opening it as a database (opening
    may change the file: switching it to WAL, checkpointing), or None when it is no database."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def _has_bytes(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _refuse_newer(path: Path | None, version: int | None) -> None:
    if version is not None and version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"the history database {path} was written by a newer barretimer (schema {version}, "
            f"this one knows {SCHEMA_VERSION}); it was left untouched. Update barretimer to use it."
        )


def _use_wal(db: sqlite3.Connection, timeout: float = 10.0) -> None:
    """Switch to WAL once. Switching needs the file to itself, and SQLite does not wait for
    that as it does for other locks: another barretimer opening at the same moment is waited
    for here."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _open_checked(path: Path) -> sqlite3.Connection:
    db = connect(path)
    try:
        _use_wal(db)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > 0:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed ({result})")
    except BaseException:
        db.close()
        raise
    return db


def _move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.stem}.damaged-{_stamp()}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{_stamp()}-{counter}{path.suffix}")
        counter += 1
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def migrate(db: sqlite3.Connection, path: Path | None = None) -> Path | None:
    """Bring the schema up to date; returns the backup made first, if any."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    _refuse_newer(path, version)
    if version == SCHEMA_VERSION:
        return None
    backup = None
    if version > 0 and path is not None:
        backup = path.with_name(f"{path.stem}.before-v{SCHEMA_VERSION}-{_stamp()}{path.suffix}")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
    for number in range(version, SCHEMA_VERSION):
        # One transaction per migration: the schema change and its version number land
        # together. The version is read again inside it: another barretimer opening the same
        # file at the same moment may have migrated while this one waited for the lock.
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] <= number:
                for statement in _statements(MIGRATIONS[number]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return backup


def _statements(script: str) -> list[str]:
    """The SQL statements of a migration script, one by one (a ``;`` inside a string or a
    trigger body does not end a statement)."""
    statements, current = [], ""
    for part in script.split(";"):
        current += part + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \t\r\n;"):
                statements.append(current.strip())
            current = ""
    if current.strip(" \t\r\n;"):
        statements.append(current.strip())
    return statements
