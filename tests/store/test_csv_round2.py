"""CSV export and import against the second attack (issue 24): any text comes back exactly
(class 7), dates outside 1970-2200 are refused with file and line (class 8), and a file is read
as a stream, with a size limit, progress and cancel (class 9)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barretimer.store import csvio, csvrows
from barretimer.store.csvio import CsvImportCancelled, CsvImportError, export_csv, import_csv
from barretimer.store.sessions import SessionStore
from tests.store.helpers import S, add_session

HEADER = ",".join(csvio.SESSION_FIELDS)


def stored(store: SessionStore) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in store.db.execute(
            "SELECT s.uid, s.routine, s.notes, st.exercise, st.muscles FROM sessions AS s "
            "LEFT JOIN session_steps AS st ON st.session_id = s.id ORDER BY s.uid, st.position"
        )
    ]


def round_trip(tmp_path: Path, routine: str, notes: str, exercise: str) -> None:
    source = SessionStore.open(tmp_path / "a" / "h.sqlite3")
    target = SessionStore.open(tmp_path / "b" / "h.sqlite3")
    try:
        session = add_session(source, datetime(2024, 5, 6, 7, 30), routine, steps=[S(exercise)])
        source.set_review(session, effort=None, notes=notes)
        export_csv(source, tmp_path / "h.csv", steps=True)
        assert import_csv(target, tmp_path / "h.csv") == (1, 0)
        assert stored(target) == stored(source)
    finally:
        source.close()
        target.close()


# Any text a database can hold: no lone surrogates (UTF-8 cannot carry them), anything else.
ANY = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
NAME = ANY.filter(lambda text: text.strip() != "")


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(routine=NAME, notes=ANY, exercise=NAME)
def test_any_text_comes_back_exactly(
    tmp_path_factory: pytest.TempPathFactory, routine: str, notes: str, exercise: str
) -> None:
    round_trip(tmp_path_factory.mktemp("trip"), routine, notes, exercise)


@pytest.mark.parametrize(
    "text",
    [
        "a\x0cb",
        "a\x85b",
        "a\u2028b\u2029c",
        "a\x1cb\x1dc\x1ed",
        "a\x0bb",
        "a\rb\r\nc\nd",
        "'=1+2",
        "'",
        "''",
        "'abc",
        "''=x",
        "=cmd",
        "@SUM(A1)",
        "-1",
        "+1",
        "\ttab first",
        '"quoted"',
        " spaced ",
        "x" * 200_000,
    ],
)
def test_awkward_text_in_names_and_notes_comes_back(tmp_path: Path, text: str) -> None:
    round_trip(tmp_path, text, text, text)


@pytest.mark.parametrize(
    "when",
    [
        "0001-01-01T00:00:00+01:00",
        "0001-01-01T02:00:00+00:00",
        "9999-12-31T23:59:59-12:00",
        "1969-12-31T23:00:00+00:00",
        "2201-01-01T00:00:00+00:00",
        "1900-01-01T00:00:00",
        "0001-01-01",
    ],
)
def test_dates_out_of_range_are_refused_with_file_and_line(tmp_path: Path, when: str) -> None:
    path = tmp_path / "h.csv"
    good = "a1,2024-05-01T07:00:00+02:00,,R,,completed,60,60,1,1,0,1,,,,\n"
    path.write_text(f"{HEADER}\n{good}b2,{when},,R,,completed,60,60,1,1,0,1,,,,\n")
    store = SessionStore.open(tmp_path / "d" / "h.sqlite3")
    try:
        with pytest.raises(CsvImportError) as caught:
            import_csv(store, path)
        assert str(caught.value).startswith("h.csv, line 3: started_at must fall between 1970")
        assert store.sessions() == []
    finally:
        store.close()


@pytest.mark.parametrize("when", ["1970-01-02T00:00:00+00:00", "2200-06-01T00:00:00-10:00"])
def test_dates_at_the_edges_import(tmp_path: Path, when: str) -> None:
    path = tmp_path / "h.csv"
    path.write_text(f"{HEADER}\nb2,{when},,R,,completed,60,60,1,1,0,1,,,,\n")
    store = SessionStore.open(tmp_path / "d" / "h.sqlite3")
    try:
        assert import_csv(store, path) == (1, 0)
    finally:
        store.close()


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csvrows, "MAX_IMPORT_BYTES", 1024 * 1024)
    path = tmp_path / "big.csv"
    with path.open("w") as out:
        out.write(HEADER + "\n")
        out.write("x" * (2 * 1024 * 1024))
    store = SessionStore.open(tmp_path / "d" / "h.sqlite3")
    try:
        with pytest.raises(CsvImportError, match=r"big.csv is 2 MiB; .* at most 1 MiB"):
            import_csv(store, path)
    finally:
        store.close()


def many_rows(path: Path, count: int) -> None:
    with path.open("w") as out:
        out.write(HEADER + "\n")
        for number in range(count):
            out.write(f"u{number},2024-05-01T07:00:00+02:00,,R,,completed,60,60,1,1,0,1,,,,\n")


def test_progress_is_reported_and_cancel_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    many_rows(path, 10_000)
    store = SessionStore.open(tmp_path / "d" / "h.sqlite3")
    seen: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2

    try:
        with pytest.raises(CsvImportCancelled):
            import_csv(store, path, progress=cancel_halfway)
        assert store.sessions() == []
        assert len(seen) >= 2 and seen[0][0] < seen[-1][0] and seen[0][1] == path.stat().st_size
        reported: list[tuple[int, int]] = []
        assert import_csv(store, path, progress=lambda d, t: reported.append((d, t)) or True) == (
            10_000,
            0,
        )
        assert reported[-1] == (path.stat().st_size, path.stat().st_size)
    finally:
        store.close()


def test_a_fifo_is_not_imported(tmp_path: Path) -> None:
    import os

    path = tmp_path / "h.csv"
    os.mkfifo(path)
    store = SessionStore.open(tmp_path / "d" / "h.sqlite3")
    try:
        with pytest.raises(CsvImportError, match="not a regular file"):
            import_csv(store, path)
    finally:
        store.close()


def test_the_database_is_untouched_by_a_refused_file(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text(f"{HEADER}\nb2,0001-01-01T00:00:00+01:00,,R,,completed,60,60,1,1,0,1,,,,\n")
    database = tmp_path / "d" / "h.sqlite3"
    store = SessionStore.open(database)
    try:
        with pytest.raises(CsvImportError):
            import_csv(store, path)
    finally:
        store.close()
    assert sqlite3.connect(database).execute("SELECT count(*) FROM sessions").fetchone() == (0,)
