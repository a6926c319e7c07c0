"""The routines and the exercise catalog that ship in routines/: real files, no mocks.

Every shipped routine must load and validate cleanly, last about as long as its description
says, balance quads and hamstrings (in time, and with real load on the hamstrings) when it claims
to train both, play each left-right step once per side for the same time, stretch every group it
works or say why not, and ask only what its level promises (README: "What the levels ask of
you"). The catalog must be big enough, consistent, speakable, and every exercise in it used.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from barretimer import paths
from barretimer.core.loader import load_catalog_file, load_routine_file, load_routine_text
from barretimer.core.model import (
    EQUIPMENT,
    MUSCLES,
    Block,
    Catalog,
    Item,
    Kind,
    Level,
    Routine,
    Sides,
    Step,
    iter_steps,
)
from barretimer.core.problems import StepPath
from barretimer.core.summary import unstretched_muscles
from barretimer.core.timeline import CueKind, Role, Side, Timeline, compile_timeline

CATALOG_NAME = "exercises.yaml"
#: "A 45-minute class", "about 12 minutes": the length a description promises.
STATED_MINUTES = re.compile(r"\b(\d+)(?:-minute|\s+minutes?)\b", re.IGNORECASE)
TOTAL_TOLERANCE = 0.10
QUADS_HAMSTRINGS_TOLERANCE = 0.20
MIN_CATALOG_SIZE = 140
MIN_ROUTINES = 21
MIN_ADVANCED_ROUTINES = 3
MAX_CUE_WORDS = 12
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CATALOG_KEYS = (
    "id", "name", "kind", "muscles", "sides", "duration", "equipment", "description", "cues",
)  # fmt: skip
KINDS = {kind.value for kind in Kind}
SIDES = {side.value for side in Sides}

# What the levels ask of you (the README says the same in words).
BEGINNER_MAX_MINUTES = 30
BEGINNER_MAX_HOLD_S = 45
#: Hops and landings, long levers, loaded single-leg squats: for advanced routines only.
ADVANCED_ONLY = frozenset(
    {
        "pogo-hop", "single-leg-pogo", "hop-and-stick", "lateral-hop-and-stick",
        "copenhagen-plank", "single-leg-box-squat", "rear-foot-split-squat", "step-heel-drop",
        "weighted-single-leg-deadlift", "side-plank-hip-dip", "plank-shoulder-tap", "hip-airplane",
    }
)  # fmt: skip
#: One leg or a long lever carrying the load: intermediate and up, never in a beginner routine.
NOT_FOR_BEGINNERS = ADVANCED_ONLY | {
    "single-leg-calf-raise", "eccentric-heel-drop", "bent-knee-heel-drop", "calf-raise-hold",
    "slow-step-down", "lateral-step-down", "spanish-squat-hold", "single-leg-bridge-hold",
    "bridge-walkout", "short-copenhagen-plank", "side-plank", "side-plank-clam", "high-plank",
    "bear-hold", "passe-balance", "single-leg-releve-balance", "releve-plie-hold",
}  # fmt: skip
#: Hamstring work against the body's weight or a band, not just lifting the lower leg.
LOADED_HAMSTRINGS = frozenset(
    {
        "bridge-hold", "ball-squeeze-bridge", "single-leg-bridge-hold", "heels-out-bridge-hold",
        "bridge-march", "bridge-walkout", "prone-banded-hamstring-curl",
        "single-leg-deadlift-hold", "weighted-single-leg-deadlift",
    }
)  # fmt: skip
MIN_LOADED_HAMSTRING_SHARE = 1 / 2


def _routine_paths() -> list[Path]:
    folder = paths.shipped_routines_dir()
    return sorted(p for p in folder.glob("*.yaml") if p.name != CATALOG_NAME)


ROUTINE_PATHS = _routine_paths()


def _claims_quads_and_hamstrings(path: Path) -> bool:
    # Read the tags as written: the question is what the file claims.
    tags = yaml.safe_load(path.read_text(encoding="utf-8")).get("tags") or []
    return {"quads", "hamstrings"} <= set(tags)


BOTH_THIGHS_PATHS = [p for p in ROUTINE_PATHS if _claims_quads_and_hamstrings(p)]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded, problems = load_catalog_file(paths.catalog_path())
    assert not problems, "\n".join(str(p) for p in problems)
    return loaded


@pytest.fixture(scope="module")
def raw_exercises() -> list[dict[str, object]]:
    with paths.catalog_path().open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    assert isinstance(document, dict) and isinstance(document.get("exercises"), list)
    exercises: list[dict[str, object]] = document["exercises"]
    return exercises


def _load(path: Path, catalog: Catalog) -> Routine:
    result = load_routine_file(path, catalog)
    assert result.routine is not None, "\n".join(str(p) for p in result.problems)
    assert not result.problems, "\n".join(str(p) for p in result.problems)
    return result.routine


def _stated_minutes(description: str) -> int:
    match = STATED_MINUTES.search(description)
    assert match, f'state the length as "NN-minute" or "NN minutes": {description!r}'
    return int(match.group(1))


def _left_right_paths(items: tuple[Item, ...], parent: StepPath = ()) -> list[StepPath]:
    found: list[StepPath] = []
    for index, item in enumerate(items):
        path = (*parent, index)
        if isinstance(item, Block):
            found += _left_right_paths(item.steps, path)
        elif item.sides is Sides.LEFT_RIGHT:
            found.append(path)
    return found


def _step_at(items: tuple[Item, ...], path: StepPath) -> Step:
    item = items[path[0]]
    return _step_at(item.steps, path[1:]) if isinstance(item, Block) else item


def _work_seconds(timeline: Timeline, muscle: str) -> float:
    return sum(i.duration_s for i in timeline.work_intervals if muscle in i.muscles)


# --- the routines -----------------------------------------------------------------------------


def test_routines_ship(catalog: Catalog) -> None:
    assert len(ROUTINE_PATHS) >= MIN_ROUTINES, [p.name for p in ROUTINE_PATHS]
    advanced = [p.stem for p in ROUTINE_PATHS if _load(p, catalog).level is Level.ADVANCED]
    assert len(advanced) >= MIN_ADVANCED_ROUTINES, advanced


@pytest.mark.parametrize("path", ROUTINE_PATHS, ids=lambda p: p.stem)
def test_routine_loads_and_validates(path: Path, catalog: Catalog) -> None:
    routine = _load(path, catalog)
    assert routine.name.strip()
    assert routine.description.strip()
    assert routine.tags


@pytest.mark.parametrize("path", ROUTINE_PATHS, ids=lambda p: p.stem)
def test_total_matches_the_stated_minutes(path: Path, catalog: Catalog) -> None:
    routine = _load(path, catalog)
    stated_s = _stated_minutes(routine.description) * 60
    total_s = compile_timeline(routine).total_s
    assert abs(total_s - stated_s) <= TOTAL_TOLERANCE * stated_s, (
        f"{path.name}: planned {total_s:.0f} s, description says {stated_s // 60} minutes"
    )


def test_the_thigh_routine_is_among_those_that_claim_both() -> None:
    assert any(p.stem == "even-thighs" for p in BOTH_THIGHS_PATHS)


@pytest.mark.parametrize("path", BOTH_THIGHS_PATHS, ids=lambda p: p.stem)
def test_quads_and_hamstrings_balance_when_both_are_tagged(path: Path, catalog: Catalog) -> None:
    routine = _load(path, catalog)
    timeline = compile_timeline(routine)
    quads = _work_seconds(timeline, "quads")
    hamstrings = _work_seconds(timeline, "hamstrings")
    assert quads > 0 and hamstrings > 0
    assert abs(quads - hamstrings) <= QUADS_HAMSTRINGS_TOLERANCE * max(quads, hamstrings), (
        f"{path.name}: quads {quads:.0f} s against hamstrings {hamstrings:.0f} s"
    )


@pytest.mark.parametrize("path", ROUTINE_PATHS, ids=lambda p: p.stem)
def test_left_right_steps_play_both_sides_equally(path: Path, catalog: Catalog) -> None:
    routine = _load(path, catalog)
    timeline = compile_timeline(routine)
    intervals = timeline.intervals
    for step_path in _left_right_paths(routine.steps):
        plays = [i for i in intervals if i.is_work and i.step_path == step_path]
        lefts = [i for i in plays if i.side is Side.LEFT]
        rights = [i for i in plays if i.side is Side.RIGHT]
        assert lefts and len(lefts) == len(rights) == len(plays) / 2, (path.name, step_path)
        for left in lefts:
            after = intervals[left.index + 1 :]
            if routine.defaults.switch > 0:
                assert after[0].role is Role.SWITCH, (path.name, step_path)
                after = after[1:]
            right = after[0]
            assert right.side is Side.RIGHT and right.step_path == step_path, (path.name, step_path)
            assert right.duration_s == left.duration_s, (path.name, step_path)


@pytest.mark.parametrize("path", ROUTINE_PATHS, ids=lambda p: p.stem)
def test_timed_cues_stay_clear_of_the_start_and_the_countdown(path: Path, catalog: Catalog) -> None:
    routine = _load(path, catalog)
    countdown = routine.defaults.countdown
    for interval in compile_timeline(routine).work_intervals:
        for event in interval.events:
            if event.kind is not CueKind.CUE:
                continue
            at = interval.duration_s + event.offset_s if event.from_end else event.offset_s
            where = (path.name, interval.name, event.text)
            assert 0 < at < interval.duration_s - countdown - 1, where


# --- the exercise catalog ---------------------------------------------------------------------


def test_catalog_is_big_enough(catalog: Catalog) -> None:
    assert len(catalog) >= MIN_CATALOG_SIZE


def test_catalog_ids_and_names_are_unique(raw_exercises: list[dict[str, object]]) -> None:
    names = [str(e.get("name", "")).casefold() for e in raw_exercises]
    ids = [str(e.get("id")) for e in raw_exercises]
    assert len(ids) == len(set(ids)), sorted(i for i in set(ids) if ids.count(i) > 1)
    assert len(names) == len(set(names)), sorted(n for n in set(names) if names.count(n) > 1)


def test_catalog_entries_are_complete_and_use_allowed_values(
    raw_exercises: list[dict[str, object]],
) -> None:
    for entry in raw_exercises:
        label = entry.get("id", entry)
        missing = [key for key in CATALOG_KEYS if key not in entry]
        assert not missing, (label, missing)
        assert isinstance(entry["id"], str) and ID_PATTERN.match(entry["id"]), label
        assert isinstance(entry["name"], str) and entry["name"].strip(), label
        assert entry["kind"] in KINDS, label
        assert entry["sides"] in SIDES, label
        duration = entry["duration"]
        assert isinstance(duration, int) and not isinstance(duration, bool) and duration > 0, label
        muscles = entry["muscles"]
        assert isinstance(muscles, list) and set(muscles) <= set(MUSCLES), label
        if entry["kind"] != Kind.REST.value:
            assert muscles, label
        equipment = entry["equipment"]
        assert isinstance(equipment, list) and equipment, label
        assert set(equipment) <= set(EQUIPMENT), label
        assert isinstance(entry["description"], str) and entry["description"].strip(), label
        if "safety" in entry:
            assert isinstance(entry["safety"], str) and entry["safety"].strip(), label


def test_catalog_cues_are_short_enough_to_say(raw_exercises: list[dict[str, object]]) -> None:
    for entry in raw_exercises:
        cues = entry["cues"]
        assert isinstance(cues, list) and 1 <= len(cues) <= 3, entry["id"]
        for cue in cues:
            assert isinstance(cue, str) and cue.strip(), entry["id"]
            assert len(cue.split()) <= MAX_CUE_WORDS, (entry["id"], cue)


def test_every_catalog_exercise_loads(
    catalog: Catalog, raw_exercises: list[dict[str, object]]
) -> None:
    assert len(catalog) == len(raw_exercises)
    for entry in raw_exercises:
        exercise = catalog.get(str(entry["id"]))
        assert exercise is not None, entry["id"]
        assert exercise.kind.value == entry["kind"]
        assert exercise.sides.value == entry["sides"]


def test_routines_use_only_catalog_exercises(catalog: Catalog) -> None:
    for path in ROUTINE_PATHS:
        with path.open(encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
        pending = list(document["steps"])
        while pending:
            item = pending.pop()
            if "repeat" in item:
                pending += item["steps"]
            else:
                assert catalog.get(item["exercise"]) is not None, (path.name, item["exercise"])


@pytest.mark.parametrize("path", BOTH_THIGHS_PATHS, ids=lambda p: p.stem)
def test_hamstrings_get_real_load_when_both_thighs_are_tagged(path: Path, catalog: Catalog) -> None:
    # Equal time is not equal load: a leg curl in standing lifts only the lower leg.
    routine = _load(path, catalog)
    hamstring_work = [
        i
        for i in compile_timeline(routine).work_intervals
        if "hamstrings" in i.muscles and i.kind is not Kind.STRETCH
    ]
    if not hamstring_work:  # a stretch routine: only the time balance applies
        return
    loaded = sum(
        i.duration_s
        for i in hamstring_work
        if i.step_path is not None and _step_at(routine.steps, i.step_path).ref in LOADED_HAMSTRINGS
    )
    total = sum(i.duration_s for i in hamstring_work)
    assert loaded >= MIN_LOADED_HAMSTRING_SHARE * total, (
        f"{path.name}: only {loaded:.0f} s of {total:.0f} s of hamstring work is loaded"
    )


# --- stretching right after the work ----------------------------------------------------------


@pytest.mark.parametrize("path", ROUTINE_PATHS, ids=lambda p: p.stem)
def test_every_worked_group_is_stretched_or_the_routine_says_why(
    path: Path, catalog: Catalog
) -> None:
    routine = _load(path, catalog)
    timeline = compile_timeline(routine)
    excused = routine.unstretched.muscles if routine.unstretched else ()
    assert unstretched_muscles(timeline, excused) == [], (
        f"{path.name}: stretch these groups or name them under unstretched with the reason"
    )
    # A reason that no longer applies (the group is stretched, or not worked) is stale.
    stale = set(excused) - set(unstretched_muscles(timeline))
    assert not stale, f"{path.name}: unstretched names {sorted(stale)}, which need no reason"


# --- levels -----------------------------------------------------------------------------------


def _exercise_ids(routine: Routine) -> set[str]:
    return {step.ref for step in iter_steps(routine.steps) if step.ref is not None}


def test_the_level_lists_name_catalog_exercises(catalog: Catalog) -> None:
    named = NOT_FOR_BEGINNERS | LOADED_HAMSTRINGS
    assert sorted(i for i in named if catalog.get(i) is None) == []


@pytest.mark.parametrize("path", ROUTINE_PATHS, ids=lambda p: p.stem)
def test_a_routine_asks_what_its_level_promises(path: Path, catalog: Catalog) -> None:
    routine = _load(path, catalog)
    used = _exercise_ids(routine)
    if routine.level is Level.BEGINNER:
        assert sorted(used & NOT_FOR_BEGINNERS) == [], path.name
        assert compile_timeline(routine).total_s <= BEGINNER_MAX_MINUTES * 60, path.name
        long_holds = [
            step.exercise
            for step in iter_steps(routine.steps)
            if step.kind in (Kind.HOLD, Kind.BALANCE) and step.planned_s > BEGINNER_MAX_HOLD_S
        ]
        assert long_holds == [], path.name
    elif routine.level is Level.INTERMEDIATE:
        assert sorted(used & ADVANCED_ONLY) == [], path.name
    else:
        assert used & ADVANCED_ONLY, f"{path.name}: nothing in it is advanced work"


# --- the whole library ------------------------------------------------------------------------


def test_every_catalog_exercise_is_used_by_a_shipped_routine(catalog: Catalog) -> None:
    used: set[str] = set()
    for path in ROUTINE_PATHS:
        used |= _exercise_ids(_load(path, catalog))
    assert [i for i in catalog.ids() if i not in used] == []


# --- the README's account of the library ------------------------------------------------------

README = Path(__file__).resolve().parents[2] / "README.md"
TABLE_ROW = re.compile(
    r"^\| (?P<name>[^|]+?) \| (?P<level>\w+) \| (?P<minutes>\d+) \| [^|]+ \| (?P<needs>[^|]+?) \|$"
)


def test_the_readme_lists_every_routine_with_its_level_length_and_equipment(
    catalog: Catalog,
) -> None:
    rows = {m["name"]: m for m in map(TABLE_ROW.match, README.read_text("utf-8").splitlines()) if m}
    for path in ROUTINE_PATHS:
        routine = _load(path, catalog)
        row = rows.pop(routine.name, None)
        assert row is not None, f"{routine.name} is missing from the README's library table"
        assert row["level"] == routine.level.value, routine.name
        assert int(row["minutes"]) == _stated_minutes(routine.description), routine.name
        needs: set[str] = set()
        for ref in _exercise_ids(routine):
            exercise = catalog.get(ref)
            assert exercise is not None
            needs |= set(exercise.equipment) - {"none"}
        assert set(row["needs"].split(", ")) - {"nothing"} == needs, routine.name
    assert not rows, f"the README lists routines that do not ship: {sorted(rows)}"


def test_the_readme_example_routine_loads_cleanly(catalog: Catalog) -> None:
    text = README.read_text("utf-8")
    routine_files = text.split("## Routine files", 1)[1]
    example = routine_files.split("```yaml\n", 1)[1].split("```", 1)[0]
    result = load_routine_text(example, "README.md", catalog)
    assert result.ok, "\n".join(str(p) for p in result.problems)
