"""Other timers' files in: each becomes a routine that plays what the other app plays, and goes
back out to that app unchanged. The expected timing is worked out here from each app's own
rules (read from its source), independently of the importers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from barretimer.core.model import Catalog, Routine
from barretimer.core.timeline import compile_timeline
from barretimer.formats.common import FormatError, Imported
from barretimer.formats.feeel import read_feeel
from barretimer.formats.files import detect, read_file
from barretimer.formats.jawt import export_jawt, read_jawt
from barretimer.formats.qintervals import export_qintervals, read_qintervals
from tests.formats.conftest import DATA, SHIPPED, load

Played = list[tuple[str, float]]


def plays(routine: Routine) -> Played:
    return [(i.name, i.duration_s) for i in compile_timeline(routine).intervals]


def only(found: list[Imported]) -> Imported:
    assert len(found) == 1
    return found[0]


# --- what each app plays, by its own rules ---------------------------------------------------


def qintervals_plays(entries: list[dict[str, Any]]) -> Played:
    return [(name, seconds) for name, seconds, _ in _typed(entries)]


def _typed(entries: list[dict[str, Any]]) -> list[tuple[str, float, str]]:
    """qintervals' rules: blocks repeat their intervals; skip_last_rest drops a closing rest."""
    out = []
    for entry in entries:
        if "block" in entry:
            block = entry["block"]
            inner = _typed(block["intervals"]) * block["repeats"]
            if block.get("skip_last_rest") and inner and inner[-1][2] == "rest":
                inner = inner[:-1]
            out.extend(inner)
        else:
            unit = entry["length"][-1]
            seconds = float(entry["length"][:-1]) * (60 if unit == "m" else 1)
            out.append((entry["name"], seconds, entry["type"]))
    return out


def jawt_plays(workout: dict[str, Any]) -> Played:
    """JAWT: a 10 s count-down, then each set's exercises, set by set, repetition by repetition."""
    out: Played = [("Get ready", 10.0)]
    for entry in workout["sets"]:
        for _ in range(entry["repetitions"]):
            out.extend((e["name"], float(e["duration"])) for e in entry["exercises"])
    return out


def feeel_plays(data: dict[str, Any]) -> Played:
    """Feeel: a break before every exercise, 5 s before the first unless it sets its own."""
    workout = data["fullWorkout"]["workout"]
    out: Played = []
    entries = sorted(data["fullWorkout"]["workoutExercises"], key=lambda e: e["orderPosition"])
    for index, entry in enumerate(entries):
        fallback = 5 if index == 0 else workout["breakDuration"]
        pause = entry["breakDuration"] if entry["breakDuration"] is not None else fallback
        if pause:
            out.append(("Get ready" if index == 0 else "Rest", float(pause)))
        length = entry["exerciseDuration"] or workout["exerciseDuration"]
        out.append((f"Exercise {entry['exercise']}", float(length)))
    return out


# --- qintervals --------------------------------------------------------------------------------


def test_qintervals_workout_plays_as_in_qintervals() -> None:
    path = DATA / "hill-repeats.qintervals.yml"
    imported = only(read_file(path))
    assert imported.source_format == "qintervals"
    source = yaml.safe_load(path.read_text())
    assert plays(imported.routine) == qintervals_plays(source["intervals"])
    assert imported.routine.name == "Hill Repeats Indoors"
    assert imported.routine.defaults.lead_in == 0  # nothing added that qintervals does not play
    assert any("no cues" in note for note in imported.notes)


def test_qintervals_round_trip_keeps_types_blocks_and_timing() -> None:
    path = DATA / "hill-repeats.qintervals.yml"
    source = yaml.safe_load(path.read_text())
    text, lost = export_qintervals(only(read_file(path)).routine)
    back = yaml.safe_load(text)
    assert back["title"] == source["title"]
    assert _typed(back["intervals"]) == _typed(source["intervals"])
    # The warm-up, the first block (with its skip_last_rest) and the rest come back as written.
    assert back["intervals"][:4] == source["intervals"][:4]
    assert back["intervals"][-1] == source["intervals"][-1]
    again = only(read_qintervals(text, "again.yml")).routine
    assert plays(again) == plays(only(read_file(path)).routine)
    assert lost  # the export says what qintervals cannot hold


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_routines_go_to_qintervals_and_back_with_the_same_timing(
    path: Path, catalog: Catalog
) -> None:
    routine = load(path, catalog)
    text, lost = export_qintervals(routine)
    back = only(read_qintervals(text, f"{path.stem}.yml")).routine
    assert plays(back) == [
        (f"{i.name} {i.side.value}" if i.side else i.name, i.duration_s)
        for i in compile_timeline(routine).intervals
    ]
    assert any("rest intervals" in line for line in lost)


# --- Just Another Workout Timer -------------------------------------------------------------------


def test_jawt_workout_plays_as_in_jawt_and_goes_back_unchanged() -> None:
    path = DATA / "morning-mobility.jawt.json"
    source = json.loads(path.read_text())
    imported = only(read_file(path))
    assert imported.source_format == "jawt"
    assert plays(imported.routine) == jawt_plays(source)
    text, lost = export_jawt(imported.routine)
    assert json.loads(text) == source
    assert not [line for line in lost if "lead-in" in line or "10 s" in line]


def test_jawt_backup_gives_one_routine_per_workout() -> None:
    path = DATA / "backup.jawt.json"
    source = json.loads(path.read_text())
    found = read_file(path)
    assert [i.routine.name for i in found] == ["Quick Core", "Stretch Out"]
    for imported, workout in zip(found, source["workouts"], strict=True):
        assert plays(imported.routine) == jawt_plays(workout)
        back = json.loads(export_jawt(imported.routine)[0])
        assert back["title"] == workout["title"]
        assert [
            (s["repetitions"], [(e["name"], e["duration"]) for e in s["exercises"]])
            for s in back["sets"]
        ] == [
            (s["repetitions"], [(e["name"], e["duration"]) for e in s["exercises"]])
            for s in workout["sets"]
        ]
    rests = [s for s in found[0].routine.steps[0].steps if s.kind.value == "rest"]  # type: ignore[union-attr]
    assert [s.exercise for s in rests] == ["Break"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_routines_go_to_jawt_and_back_with_the_same_timing(
    path: Path, catalog: Catalog
) -> None:
    routine = load(path, catalog)
    text, _ = export_jawt(routine)
    back = only(read_jawt(text, f"{path.stem}.json")).routine
    ours = [
        (f"{i.name} {i.side.value}" if i.side else i.name, i.duration_s)
        for i in compile_timeline(routine).intervals
    ]
    theirs = plays(back)
    # JAWT's own 10 s count-down stands in for the routine's lead-in.
    assert theirs[0] == ("Get ready", 10.0)
    assert theirs[1:] == ours[1:]


# --- Feeel ----------------------------------------------------------------------------------------


def test_feeel_workout_plays_as_in_feeel_with_numbered_exercises() -> None:
    path = DATA / "seven-minutes.feeel"
    source = json.loads(path.read_text())
    imported = only(read_file(path))
    assert imported.source_format == "feeel"
    assert plays(imported.routine) == feeel_plays(source)
    assert any('"Exercise 12"' in note for note in imported.notes)


def test_feeel_names_in_the_file_are_used() -> None:
    data = json.loads((DATA / "seven-minutes.feeel").read_text())
    for entry, name in zip(data["fullWorkout"]["workoutExercises"], "ABCD", strict=True):
        entry["name"] = f"Move {name}"
    imported = only(read_feeel(json.dumps(data), "named.feeel"))
    names = [i.name for i in compile_timeline(imported.routine).work_intervals]
    assert names == ["Move A", "Move B", "Move C", "Move D"]
    assert not any("Exercise 12" in note for note in imported.notes)


# --- telling formats apart --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("hill-repeats.qintervals.yml", "qintervals"),
        ("morning-mobility.jawt.json", "jawt"),
        ("backup.jawt.json", "jawt"),
        ("seven-minutes.feeel", "feeel"),
    ],
)
def test_the_format_is_found_from_the_content(name: str, expected: str, tmp_path: Path) -> None:
    copy = tmp_path / re.sub(r"\.\w+$", ".txt", name)  # the extension does not decide
    copy.write_bytes((DATA / name).read_bytes())
    assert detect(copy, copy.read_text()) == expected


def test_our_own_routine_imports_as_itself(catalog: Catalog) -> None:
    imported = only(read_file(SHIPPED[0], catalog=catalog))
    assert imported.routine == load(SHIPPED[0], catalog)
    assert imported.notes == ()


def test_a_wrong_format_choice_is_a_clear_problem() -> None:
    with pytest.raises(FormatError) as caught:
        read_file(DATA / "morning-mobility.jawt.json", "feeel")
    assert 'a Feeel file is an object with "fullWorkout"' in str(caught.value)


def test_names_written_like_catalog_ids_stay_names_of_their_own(catalog: Catalog) -> None:
    data = {
        "title": "Ids",
        "sets": [{"repetitions": 1, "exercises": [{"name": "wall-sit", "duration": 25}]}],
    }
    imported = only(read_jawt(json.dumps(data), "ids.json"))
    [block] = imported.routine.steps
    assert block.steps[0].exercise == "Wall-sit"  # type: ignore[union-attr]
    assert block.steps[0].duration == 25  # type: ignore[union-attr]
    assert any("catalog ids" in note for note in imported.notes)
    # Saved and read back with the real catalog, it is still this step, not the catalog's.
    from barretimer.core.loader import load_routine_text
    from barretimer.core.writer import routine_to_yaml

    again = load_routine_text(routine_to_yaml(imported.routine, catalog), "ids.yaml", catalog)
    assert again.routine == imported.routine
