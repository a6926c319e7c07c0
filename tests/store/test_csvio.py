"""CSV export and import of the history: round trips, no duplicates, bad files refused whole."""

from __future__ import annotations

import csv
import math
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from barretimer import cli, paths
from barretimer.store.csvio import (
    SESSION_FIELDS,
    STEP_FIELDS,
    CsvImportError,
    export_csv,
    import_csv,
    steps_path,
)
from barretimer.store.sessions import NewStep, SessionStore
from tests.store.helpers import S, add_session


@pytest.fixture
def store():
    opened = SessionStore.open(paths.database_path())
    yield opened
    opened.close()


@pytest.fixture
def fresh(tmp_path):
    opened = SessionStore.open(tmp_path / "other" / "history.sqlite3")
    yield opened
    opened.close()


def make_history(store: SessionStore) -> None:
    add_session(
        store,
        datetime(2024, 5, 6, 7, 30),
        "Single-Leg Balance Ladder",
        steps=[
            S("Single-leg stand", "balance", "left", 30, 24.5, touchdowns=3),
            S("Single-leg stand", "balance", "right", 30, 30, touchdowns=1),
            S("Calf stretch", "stretch", "", 30, 12, skipped=True),
        ],
        effort=6,
        notes='Wobbly, "eyes closed" was hard,\nleft ankle; ½ way ✓',
    )
    add_session(store, datetime(2024, 5, 8, 18, 5), "Deep Core", status="stopped", scale=1.1)
    add_session(
        store, datetime(2024, 5, 9, 6, 45), "Glute Wake-Up", status="interrupted", notes="=1+2"
    )


def sessions_of(store: SessionStore) -> list[dict[str, object]]:
    """Every session as stored, with its steps, keyed by uid, without the database ids."""
    out = []
    for row in store.db.execute("SELECT * FROM sessions ORDER BY uid"):
        record = dict(row)
        session_id = record.pop("id")
        # Worked out again from started_at on import, which keeps whole seconds.
        record["started_epoch"] = math.floor(record["started_epoch"])
        record["steps"] = [
            {k: v for k, v in dict(step).items() if k not in ("id", "session_id")}
            for step in store.db.execute(
                "SELECT * FROM session_steps WHERE session_id = ? ORDER BY position", (session_id,)
            )
        ]
        out.append(record)
    return out


def test_export_writes_one_row_per_session_and_one_per_step(store, tmp_path):
    make_history(store)
    target = tmp_path / "history.csv"
    assert export_csv(store, target, steps=True) == 3
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(SESSION_FIELDS)
    assert [r["routine"] for r in rows] == [
        "Single-Leg Balance Ladder",
        "Deep Core",
        "Glute Wake-Up",
    ]
    assert [r["status"] for r in rows] == ["completed", "stopped", "interrupted"]
    assert rows[0]["effort"] == "6" and rows[1]["effort"] == ""
    assert rows[0]["notes"] == 'Wobbly, "eyes closed" was hard,\nleft ankle; ½ way ✓'
    assert rows[1]["scale"] == "1.1"
    assert steps_path(target) == tmp_path / "history.steps.csv"
    with steps_path(target).open(encoding="utf-8", newline="") as f:
        steps = list(csv.DictReader(f))
    assert list(steps[0]) == list(STEP_FIELDS)
    assert len(steps) == 3 + 2 + 2
    first = steps[0]
    assert (first["session_uid"], first["side"], first["done_s"], first["touchdowns"]) == (
        rows[0]["uid"],
        "left",
        "24.5",
        "3",
    )
    assert steps[2]["skipped"] == "1"


def test_without_steps_only_the_sessions_file_is_written(store, tmp_path):
    make_history(store)
    assert export_csv(store, tmp_path / "h.csv") == 3
    assert not (tmp_path / "h.steps.csv").exists()


def test_export_then_import_into_a_fresh_database_gives_the_same_sessions(store, fresh, tmp_path):
    make_history(store)
    target = tmp_path / "history.csv"
    export_csv(store, target, steps=True)
    assert import_csv(fresh, target) == (3, 0)
    assert sessions_of(fresh) == sessions_of(store)


def test_a_session_recorded_now_with_unround_times_comes_back_exactly(store, fresh, tmp_path):
    # Started now (not on a whole second), with times that are not round in binary.
    session = store.start_session(routine="Post-Run Stretch", planned_s=0.1 + 0.2, steps_total=1)
    done = 2670.3 - 1e-12
    store.record_step(
        session, NewStep(0, "Fold", "stretch", "", ("hamstrings",), 0.1 + 0.2, done), done
    )
    store.finish_session(session, "completed", done)
    target = tmp_path / "history.csv"
    export_csv(store, target, steps=True)
    import_csv(fresh, target)
    assert sessions_of(fresh) == sessions_of(store)
    assert fresh.sessions()[0].done_s == done


def test_importing_twice_adds_no_duplicates(store, fresh, tmp_path):
    make_history(store)
    target = tmp_path / "history.csv"
    export_csv(store, target, steps=True)
    assert import_csv(fresh, target) == (3, 0)
    assert import_csv(fresh, target) == (0, 3)
    assert fresh.count() == 3
    assert fresh.db.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0] == 7
    # Into the database it came from: nothing new either.
    assert import_csv(store, target) == (0, 3)


def test_import_adds_only_the_new_sessions(store, fresh, tmp_path):
    make_history(store)
    first = tmp_path / "first.csv"
    export_csv(store, first, steps=True)
    import_csv(fresh, first)
    add_session(store, datetime(2024, 6, 1, 7), "Post-Run Stretch")
    second = tmp_path / "second.csv"
    export_csv(store, second, steps=True)
    assert import_csv(fresh, second) == (1, 3)
    assert sessions_of(fresh) == sessions_of(store)


def test_a_sessions_file_alone_imports_without_steps(store, fresh, tmp_path):
    make_history(store)
    target = tmp_path / "history.csv"
    export_csv(store, target)
    assert import_csv(fresh, target) == (3, 0)
    assert fresh.db.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0] == 0
    assert [s.routine for s in fresh.sessions()] == [
        "Glute Wake-Up",
        "Deep Core",
        "Single-Leg Balance Ladder",
    ]


def test_a_file_saved_by_a_spreadsheet_with_a_byte_order_mark_imports(store, fresh, tmp_path):
    make_history(store)
    target = tmp_path / "history.csv"
    export_csv(store, target)
    target.write_bytes(b"\xef\xbb\xbf" + target.read_bytes().replace(b"\n", b"\r\n"))
    assert import_csv(fresh, target)[0] == 3
    notes = {s.routine: s.notes for s in fresh.sessions()}
    assert notes["Single-Leg Balance Ladder"].startswith("Wobbly")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


HEADER = ",".join(SESSION_FIELDS) + "\n"


def good_row(uid: str, notes: str = "") -> str:
    start = "2024-05-06T07:30:00+02:00"
    return f'{uid},{start},,Deep Core,beginner,completed,600,600,10,10,0,1,5,"{notes}",,\n'


@pytest.mark.parametrize(
    ("bad_row", "words"),
    [
        (good_row("c").replace("completed", "finished"), "status must be one of"),
        (
            good_row("c").replace("2024-05-06T07:30:00+02:00", "yesterday"),
            "started_at must be a date",
        ),
        (good_row("c").replace(",600,600,", ",ten,600,"), "planned_s must be a number"),
        (good_row("c").replace(",5,", ",11,"), "effort is out of range"),
        (good_row("c").replace(",600,600,", ",-5,600,"), "planned_s is out of range"),
        (good_row("c").replace("Deep Core", ""), "routine is empty"),
        (good_row("c").rstrip("\n") + ",extra\n", "expected 16 values, found 17"),
        ("c,2024-05-06T07:30:00\n", "expected 16 values, found 2"),
    ],
)
def test_a_bad_row_is_reported_with_its_line_and_nothing_is_imported(
    fresh, tmp_path, bad_row, words
):
    # The note of the first row spans two lines, so the bad row starts on line 5.
    path = write(
        tmp_path / "bad.csv", HEADER + good_row("a", "two\nlines") + good_row("b") + bad_row
    )
    with pytest.raises(CsvImportError) as error:
        import_csv(fresh, path)
    assert "bad.csv, line 5:" in str(error.value)
    assert words in str(error.value)
    assert fresh.count() == 0


def test_a_file_that_is_not_a_history_export_is_refused(fresh, tmp_path):
    path = write(tmp_path / "other.csv", "date,distance\n2024-05-01,10\n")
    with pytest.raises(
        CsvImportError,
        match=r"line 1: the header lacks the column\(s\) uid, started_at, routine, status",
    ):
        import_csv(fresh, path)


def test_an_empty_or_binary_file_is_refused_with_a_message(fresh, tmp_path):
    with pytest.raises(CsvImportError, match="is empty"):
        import_csv(fresh, write(tmp_path / "empty.csv", ""))
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    with pytest.raises(CsvImportError, match="not a UTF-8 text file"):
        import_csv(fresh, binary)
    with pytest.raises(CsvImportError, match="cannot be read"):
        import_csv(fresh, tmp_path / "missing.csv")


def test_a_bad_steps_file_stops_the_whole_import(store, fresh, tmp_path):
    make_history(store)
    target = tmp_path / "history.csv"
    export_csv(store, target, steps=True)
    lines = steps_path(target).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace(",stretch,", ",yoga,")
    steps_path(target).write_text("".join(lines), encoding="utf-8")
    with pytest.raises(CsvImportError, match=r"history.steps.csv, line 4: kind must be one of"):
        import_csv(fresh, target)
    assert fresh.count() == 0


def test_steps_of_a_session_missing_from_the_sessions_file_are_refused(store, fresh, tmp_path):
    make_history(store)
    target = tmp_path / "history.csv"
    export_csv(store, target, steps=True)
    with steps_path(target).open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow(["nosuchuid", 0, "Plank", "hold", "", "", 30, 30, 0, 0])
    with pytest.raises(
        CsvImportError, match=r"line 9: session_uid 'nosuchuid' is not in history.csv"
    ):
        import_csv(fresh, target)
    assert fresh.count() == 0


def test_a_failure_while_writing_leaves_nothing_half_imported(store, fresh, tmp_path, monkeypatch):
    make_history(store)
    target = tmp_path / "history.csv"
    export_csv(store, target, steps=True)
    from barretimer.store import csvio

    calls = []
    real_insert_steps = csvio.insert_steps

    def failing_insert_steps(db, session_id, steps):
        calls.append(session_id)
        if len(calls) == 2:  # the first session is already written when this fails
            raise sqlite3.OperationalError("disk I/O error")
        real_insert_steps(db, session_id, steps)

    monkeypatch.setattr(csvio, "insert_steps", failing_insert_steps)
    with pytest.raises(sqlite3.OperationalError):
        import_csv(fresh, target)
    assert fresh.count() == 0


def test_a_time_without_offset_is_taken_as_local_time(fresh, tmp_path):
    path = write(tmp_path / "h.csv", HEADER + good_row("x").replace("+02:00", ""))
    assert import_csv(fresh, path) == (1, 0)
    session = fresh.sessions()[0]
    expected = datetime(2024, 5, 6, 7, 30).astimezone()
    assert datetime.fromisoformat(session.started_at) == expected
    epoch = fresh.db.execute("SELECT started_epoch FROM sessions").fetchone()[0]
    assert epoch == expected.timestamp()


def test_the_history_command_exports_csv(store, tmp_path, capsys):
    make_history(store)
    target = tmp_path / "out.csv"
    assert cli.main(["history", "--csv", str(target), "--steps"]) == 0
    assert "Wrote 3 sessions" in capsys.readouterr().out
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1 + 3 + 1  # a note has 2 lines
    assert steps_path(target).exists()


def test_text_that_a_spreadsheet_would_run_as_a_formula_is_exported_as_text(tmp_path: Path) -> None:
    from barretimer.store.csvio import export_csv, import_csv
    from barretimer.store.sessions import SessionStore

    source = SessionStore.open(tmp_path / "a.sqlite3")
    sid = source.start_session(routine='=HYPERLINK("http://x","y")', planned_s=60, steps_total=0)
    source.set_review(sid, effort=5, notes="-not a formula\n@neither")
    source.finish_session(sid, "completed", 60)
    out = tmp_path / "h.csv"
    export_csv(source, out)
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'-not a formula" in text
    copy = SessionStore.open(tmp_path / "b.sqlite3")
    assert import_csv(copy, out) == (1, 0)
    [session] = copy.sessions()
    assert session.routine == '=HYPERLINK("http://x","y")'
    assert session.notes == "-not a formula\n@neither"
