"""The routine writer: readable YAML in the documented order, atomic saves, exact round trips."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barretimer import paths
from barretimer.core import writer
from barretimer.core.loader import load_catalog_file, load_routine_file, load_routine_text
from barretimer.core.model import (
    MUSCLES,
    Block,
    Catalog,
    Defaults,
    Exercise,
    Item,
    Kind,
    Level,
    Routine,
    Sides,
    Step,
    TimedCue,
    Unstretched,
)
from barretimer.core.routine_reader import resolve_step
from barretimer.core.writer import (
    RoutineWriteError,
    routine_to_yaml,
    save_routine,
    write_text_atomic,
)

CATALOG, CATALOG_PROBLEMS = load_catalog_file(paths.catalog_path())


@pytest.fixture
def catalog() -> Catalog:
    assert not CATALOG_PROBLEMS
    return CATALOG


SAMPLE = Routine(
    name="Seat & Core for Runners",
    description="Glute and deep-core work.\nEach followed by its stretch.",
    level=Level.INTERMEDIATE,
    tags=("runners", "glutes"),
    max_scale=1.5,
    defaults=Defaults(rest=10, countdown=3, lead_in=5, switch=5),
    steps=(
        Step(
            exercise="Plie squat hold",
            kind=Kind.HOLD,
            duration=45.0,
            sides=Sides.BOTH,
            cue="Heels together, knees over toes.",
            muscles=("glutes", "quads"),
            cues=(TimedCue(20.0, "Squeeze the seat."), TimedCue(-15.0, "Stay low.")),
            rest=12.5,
        ),
        Step(
            exercise="Single-leg stand",
            kind=Kind.BALANCE,
            duration=None,
            cap=90.0,
            sides=Sides.LEFT_RIGHT,
        ),
        Block(
            repeat=3,
            name="Seat circuit",
            rest=15.0,
            steps=(Step(exercise="Bridge pulse", kind=Kind.MOVE, duration=40.0, rest=0.0),),
        ),
    ),
)


# --- the text ---------------------------------------------------------------------------------


def test_fields_are_written_in_the_documented_order() -> None:
    text = routine_to_yaml(SAMPLE)
    data = yaml.safe_load(text)
    assert list(data) == ["name", "description", "level", "tags", "max_scale", "defaults", "steps"]
    assert list(data["defaults"]) == ["rest", "countdown", "lead_in", "switch"]
    first, balance, block = data["steps"]
    assert list(first) == [
        "exercise",
        "kind",
        "duration",
        "cue",
        "muscles",
        "cues",
        "rest",
    ]  # sides: both
    assert list(balance) == ["exercise", "kind", "duration", "cap", "sides"]
    assert list(block) == ["repeat", "name", "rest", "steps"]


def test_the_text_reads_like_the_readme() -> None:
    text = routine_to_yaml(SAMPLE)
    lines = text.splitlines()
    assert lines[0] == "name: Seat & Core for Runners"
    assert "description: |-" in lines  # text on several lines stays on several lines
    assert "tags: [runners, glutes]" in lines
    assert "max_scale: 1.5" in lines
    assert "  - exercise: Plie squat hold" in lines  # list items indented under their key
    assert "    duration: 45" in lines  # whole seconds as ints
    assert "    muscles: [glutes, quads]" in lines
    assert "      - {at: 20, say: Squeeze the seat.}" in lines
    assert "      - {at: -15, say: Stay low.}" in lines
    assert "    rest: 12.5" in lines
    assert "    duration: max" in lines
    assert "    cap: 90" in lines
    assert "    sides: left-right" in lines
    assert "  - repeat: 3" in lines
    assert "    name: Seat circuit" in lines
    assert "!!" not in text and "&" not in text.replace("Seat & Core", "")  # no tags, no anchors


def test_strings_are_quoted_only_when_needed_and_unicode_is_kept() -> None:
    routine = Routine(
        name="Étirements — für Läufer",
        tags=("yes", "12", "1:30", "ok"),
        steps=(Step(exercise="Dehnung: Wade", duration=30.0, cue="null"),),
    )
    text = routine_to_yaml(routine)
    assert "name: Étirements — für Läufer" in text
    assert "tags: ['yes', '12', '1:30', ok]" in text
    assert "exercise: 'Dehnung: Wade'" in text
    assert "cue: 'null'" in text
    assert load_routine_text(text).routine == routine


def test_a_catalog_step_is_written_as_its_id_and_what_differs(catalog: Catalog) -> None:
    base = catalog.get("wall-sit")
    assert base is not None
    plain = resolve_step({}, base)
    changed = dataclasses.replace(resolve_step({"duration": base.duration + 15}, base), rest=0.0)
    routine = Routine(name="Walls", steps=(plain, changed))
    data = yaml.safe_load(routine_to_yaml(routine, catalog))
    assert data["steps"][0] == {"exercise": "wall-sit"}
    assert data["steps"][1] == {"exercise": "wall-sit", "duration": base.duration + 15, "rest": 0}
    assert load_routine_text(routine_to_yaml(routine, catalog), catalog=catalog).routine == routine


def test_a_renamed_catalog_step_is_written_in_full(catalog: Catalog) -> None:
    base = catalog.get("wall-sit")
    assert base is not None
    renamed = dataclasses.replace(resolve_step({}, base), exercise="My wall sit")
    text = routine_to_yaml(Routine(name="Walls", steps=(renamed,)), catalog)
    step = yaml.safe_load(text)["steps"][0]
    assert step["exercise"] == "My wall sit"
    assert step["kind"] == base.kind.value and step["duration"] == base.duration
    loaded = load_routine_text(text, catalog=catalog).routine
    assert loaded is not None
    assert loaded.steps[0] == dataclasses.replace(renamed, ref=None)


def test_every_shipped_routine_survives_a_round_trip(catalog: Catalog) -> None:
    shipped = sorted(
        p for p in paths.shipped_routines_dir().glob("*.yaml") if p.name != "exercises.yaml"
    )
    assert shipped
    for path in shipped:
        result = load_routine_file(path, catalog)
        assert result.ok, path
        assert result.routine is not None
        again = load_routine_text(routine_to_yaml(result.routine, catalog), str(path), catalog)
        assert again.ok and again.routine == result.routine, path


# --- saving -----------------------------------------------------------------------------------


def test_save_writes_a_file_that_loads_back(tmp_path: Path) -> None:
    target = tmp_path / "seat.yaml"
    written = save_routine(SAMPLE, target, protected=paths.shipped_routines_dir())
    assert written == target.resolve()
    result = load_routine_file(target)
    assert result.ok, result.problems
    assert result.routine == SAMPLE
    assert [p.name for p in tmp_path.iterdir()] == ["seat.yaml"]


def test_save_replaces_and_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "seat.yaml"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    save_routine(SAMPLE, target, protected=paths.shipped_routines_dir())
    assert target.stat().st_mode & 0o777 == 0o600
    assert load_routine_file(target).routine == SAMPLE


@pytest.mark.parametrize("broken", ["replace", "fsync", "write"])
def test_a_failed_save_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    target = tmp_path / "seat.yaml"
    target.write_text("name: old\nsteps: []\n", encoding="utf-8")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if broken == "write":
        real_fdopen = os.fdopen

        class Failing:
            def __init__(self, *args: object, **kwargs: object) -> None:
                self.stream = real_fdopen(*args, **kwargs)  # type: ignore[call-overload]

            def __enter__(self) -> Failing:
                return self

            def __exit__(self, *exc: object) -> None:
                self.stream.close()

            def write(self, data: bytes) -> None:
                self.stream.write(data[:10])  # half a file, then the disk is full
                fail()

        monkeypatch.setattr(writer.os, "fdopen", Failing)
    else:
        monkeypatch.setattr(writer.os, broken, fail)
    with pytest.raises(RoutineWriteError, match="No space left on device"):
        save_routine(SAMPLE, target, protected=paths.shipped_routines_dir())
    assert target.read_text(encoding="utf-8") == "name: old\nsteps: []\n"
    assert [p.name for p in tmp_path.iterdir()] == ["seat.yaml"]


def test_an_interrupted_save_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_routine(SAMPLE, tmp_path / "seat.yaml", protected=paths.shipped_routines_dir())
    assert list(tmp_path.iterdir()) == []


def test_the_shipped_folder_is_refused() -> None:
    shipped = paths.shipped_routines_dir() / "even-thighs.yaml"
    before = shipped.read_bytes()
    with pytest.raises(RoutineWriteError, match="ships with barretimer"):
        save_routine(SAMPLE, shipped, protected=paths.shipped_routines_dir())
    with pytest.raises(RoutineWriteError, match="ships with barretimer"):
        save_routine(
            SAMPLE,
            paths.shipped_routines_dir() / "new-one.yaml",
            protected=paths.shipped_routines_dir(),
        )
    assert shipped.read_bytes() == before
    assert not (paths.shipped_routines_dir() / "new-one.yaml").exists()


def test_a_link_into_the_shipped_folder_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "mine.yaml"
    link.symlink_to(paths.shipped_routines_dir() / "even-thighs.yaml")
    with pytest.raises(RoutineWriteError, match="ships with barretimer"):
        save_routine(SAMPLE, link, protected=paths.shipped_routines_dir())


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RoutineWriteError, match="does not exist"):
        write_text_atomic(
            tmp_path / "nowhere" / "x.yaml", "name: x\n", protected=paths.shipped_routines_dir()
        )


# --- the round trip, for any routine the model can hold ----------------------------------------

# Text as people type it, in any script; lone surrogates cannot be stored in a UTF-8 file, and
# control characters, line separators and direction overrides are refused in a routine's text.
TYPED = st.characters(
    exclude_categories=("Cs", "Cc", "Zl", "Zp"),
    exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\ufeff",
)
TEXT = st.text(TYPED, max_size=30)
WORD = st.text(TYPED, min_size=1, max_size=15).map(str.strip).filter(bool)
SECONDS = st.one_of(
    st.integers(-100, 4000).map(float),
    st.floats(allow_nan=False, allow_infinity=False),
)
MAYBE_SECONDS = st.none() | SECONDS
CUES = st.lists(st.builds(TimedCue, at=SECONDS, say=TEXT), max_size=3).map(tuple)
MUSCLE_LISTS = st.lists(st.sampled_from(MUSCLES) | WORD, max_size=4).map(tuple)


# A step of its own never carries a catalog id as its name: the format cannot tell them apart.
OWN_STEPS = st.builds(
    Step,
    exercise=TEXT.filter(lambda name: CATALOG.get(name) is None),
    kind=st.sampled_from(Kind),
    duration=MAYBE_SECONDS,
    cap=MAYBE_SECONDS,
    sides=st.sampled_from(Sides),
    cue=TEXT,
    muscles=MUSCLE_LISTS,
    cues=CUES,
    rest=MAYBE_SECONDS,
)


@st.composite
def _catalog_steps(draw: st.DrawFn) -> Step:
    base: Exercise = draw(st.sampled_from(CATALOG.exercises))
    fields = {}
    if draw(st.booleans()):
        fields["duration"] = draw(MAYBE_SECONDS)
    step = resolve_step(fields, base)
    overrides = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "kind": st.sampled_from(Kind),
                "cap": MAYBE_SECONDS,
                "sides": st.sampled_from(Sides),
                "cue": TEXT,
                "muscles": MUSCLE_LISTS,
                "cues": CUES,
                "rest": MAYBE_SECONDS,
            },
        )
    )
    return dataclasses.replace(step, **overrides)


def _items() -> st.SearchStrategy[tuple[Item, ...]]:
    steps = OWN_STEPS | _catalog_steps()

    def blocks(
        children: st.SearchStrategy[tuple[Item, ...]],
    ) -> st.SearchStrategy[tuple[Item, ...]]:
        block = st.builds(
            Block, repeat=st.integers(-5, 200), steps=children, rest=MAYBE_SECONDS, name=TEXT
        )
        return st.lists(steps | block, max_size=4).map(tuple)

    return st.recursive(st.lists(steps, max_size=4).map(tuple), blocks, max_leaves=12)


def _routines() -> st.SearchStrategy[Routine]:
    return st.builds(
        Routine,
        name=TEXT,
        steps=_items(),
        description=st.text(TYPED | st.sampled_from("\t\n"), max_size=200),
        level=st.sampled_from(Level),
        tags=st.lists(WORD, max_size=4).map(tuple),
        defaults=st.builds(
            Defaults,
            rest=SECONDS,
            countdown=st.integers(-(2**40), 2**40),
            lead_in=SECONDS,
            switch=SECONDS,
        ),
        max_scale=MAYBE_SECONDS,
        unstretched=st.none()
        | st.builds(
            Unstretched,
            muscles=st.lists(st.sampled_from(MUSCLES), min_size=1, max_size=4).map(tuple),
            why=TEXT.map(str.strip).filter(bool),
        ),
    )


ROUTINES = _routines()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_routine_loads_back_as_itself(data: st.DataObject) -> None:
    routine = data.draw(ROUTINES)
    text = routine_to_yaml(routine, CATALOG)
    result = load_routine_text(text, "<written>", CATALOG)
    assert result.routine == routine, text
