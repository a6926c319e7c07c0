"""The loader and validator under random input: random text, random YAML structures, mutated
real routines and random bytes. Never an exception; every problem has a place; whatever loads
clean compiles to a timeline.

File-level problems have no line (``line == 0``); they are exactly these, about the file as a
whole rather than a place in it:

* ``no such file``, ``is a folder, not a routine file``, ``cannot be read: ...``
* ``file is N MiB; routine files are limited to 1 MiB`` (and ``text is over 1 MiB``)
* ``is a binary file, not a YAML routine`` (a NUL byte)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.core.loader import LoadResult, load_routine_file, load_routine_text
from barretimer.core.timeline import compile_timeline
from tests.reliability.helpers import SHIPPED

FILE_LEVEL = re.compile(
    r"^(no such file|is a folder, not a routine file|cannot be read: .+|file is .+ limited to 1 MiB"
    r"|text is over 1 MiB.*|is a binary file, not a YAML routine|is UTF-(16|32) text; save it as UTF-8.*"
    r"|is a (FIFO \(named pipe\)|socket|device), not a routine file"
    r"|\.\.\. and [0-9,]+ more problems in this file)$"
)
CATALOG, _ = load_catalog(paths.catalog_path())
SHIPPED_TEXTS = [p.read_text(encoding="utf-8") for p in SHIPPED]

#: Any text, lone surrogates, control characters and odd line breaks included.
ANY_TEXT = st.text() | st.text(
    st.characters(categories=["Cs", "Cc", "Zl", "Zp", "Zs", "Ll", "Nd", "Po"])
)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result: LoadResult, text_length: int | None = None) -> None:
    """What every load must give, whatever went in."""
    for problem in result.problems:
        assert problem.message and "\n" not in problem.message, problem
        if problem.line == 0:
            assert FILE_LEVEL.match(problem.message), f"no place for: {problem}"
        else:
            assert problem.line >= 1 and problem.column >= 1, problem
    if result.ok:
        assert result.routine is not None
        timeline = compile_timeline(result.routine)
        assert timeline.intervals
        assert timeline.total_s > 0


# --- strategies -------------------------------------------------------------------------------

FIELDS = [
    "name",
    "description",
    "level",
    "tags",
    "max_scale",
    "defaults",
    "steps",
    "exercise",
    "kind",
    "duration",
    "cap",
    "sides",
    "cue",
    "muscles",
    "cues",
    "rest",
    "repeat",
    "at",
    "say",
    "lead_in",
    "countdown",
    "switch",
    "exercises",
    "id",
]
KEYS = st.sampled_from(FIELDS) | st.text(max_size=8)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(
        ["max", "45s", "1:30", "2m", "-5", "0", "fast", "hold", "left-right", "plie-squat-hold"]
    )
)
STRUCTURES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=30,
)


@st.composite
def routine_shaped(draw: st.DrawFn) -> dict[str, Any]:
    """Mostly right, sometimes wrong: gets past the first checks and into the validator."""
    step = st.fixed_dictionaries(
        {"exercise": st.text(min_size=1, max_size=12) | st.sampled_from(CATALOG.ids())},
        optional={
            "duration": SCALARS,
            "kind": SCALARS,
            "sides": SCALARS,
            "cap": SCALARS,
            "rest": SCALARS,
            "cues": st.lists(st.fixed_dictionaries({"at": SCALARS, "say": SCALARS}), max_size=3),
        },
    )
    items = st.recursive(
        st.lists(step, min_size=1, max_size=4),
        lambda children: st.lists(
            step
            | st.fixed_dictionaries({"repeat": st.integers(-2, 150) | SCALARS, "steps": children}),
            min_size=1,
            max_size=3,
        ),
        max_leaves=10,
    )
    routine: dict[str, Any] = {"name": draw(st.text(max_size=20)), "steps": draw(items)}
    if draw(st.booleans()):
        routine["defaults"] = draw(
            st.dictionaries(st.sampled_from(["rest", "lead_in", "countdown", "switch"]), SCALARS)
        )
    return routine


@st.composite
def mutated_routine(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SHIPPED_TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start, min(len(text), start + 40)))
        how = draw(st.sampled_from(["delete", "insert", "replace", "duplicate-line", "swap-lines"]))
        if how == "delete":
            text = text[:start] + text[end:]
        elif how == "insert":
            text = text[:start] + draw(st.text(max_size=10)) + text[start:]
        elif how == "replace":
            text = (
                text[:start]
                + draw(st.sampled_from(list(":-[]{}&*!|>#'\"\t ,?%@`\n")))
                + text[start + 1 :]
            )
        else:
            lines = text.splitlines(keepends=True)
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if how == "duplicate-line":
                lines.insert(a, lines[a])
            else:
                lines[a], lines[b] = lines[b], lines[a]
            text = "".join(lines)
    return text


def dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


# --- the properties, each at two sizes ----------------------------------------------------------


def random_text(text: str) -> None:
    check(load_routine_text(text, "fuzz.yaml", CATALOG))


def random_structure(value: Any) -> None:
    check(load_routine_text(dump(value), "fuzz.yaml", CATALOG))


def shaped_routine(value: dict[str, Any]) -> None:
    check(load_routine_text(dump(value), "fuzz.yaml", CATALOG))


def mutated(text: str) -> None:
    check(load_routine_text(text, "fuzz.yaml", CATALOG))


def random_bytes(data: bytes, folder: Path) -> None:
    path = folder / "fuzz.yaml"
    path.write_bytes(data)
    check(load_routine_file(path, CATALOG))


@FAST
@given(ANY_TEXT)
def test_random_text(text: str) -> None:
    random_text(text)


@FAST
@given(STRUCTURES)
def test_random_structures(value: Any) -> None:
    random_structure(value)


@FAST
@given(routine_shaped())
def test_routine_shaped_structures(value: dict[str, Any]) -> None:
    shaped_routine(value)


@FAST
@given(mutated_routine())
def test_mutated_shipped_routines(text: str) -> None:
    mutated(text)


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    random_bytes(data, tmp_path_factory.mktemp("bytes", numbered=True))


@pytest.mark.slow
@SLOW
@given(ANY_TEXT)
def test_random_text_slow(text: str) -> None:
    random_text(text)


@pytest.mark.slow
@SLOW
@given(STRUCTURES)
def test_random_structures_slow(value: Any) -> None:
    random_structure(value)


@pytest.mark.slow
@SLOW
@given(routine_shaped())
def test_routine_shaped_structures_slow(value: dict[str, Any]) -> None:
    shaped_routine(value)


@pytest.mark.slow
@SLOW
@given(mutated_routine())
def test_mutated_shipped_routines_slow(text: str) -> None:
    mutated(text)


@pytest.mark.slow
@SLOW
@given(st.binary(max_size=5000))
def test_random_bytes_slow(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    random_bytes(data, tmp_path_factory.mktemp("bytes", numbered=True))


def test_the_fuzzers_reach_valid_routines() -> None:
    """The shaped and mutated strategies are not all rejected: some inputs load clean and are
    compiled, so the last property is exercised."""
    clean = [load_routine_text(t, "t.yaml", CATALOG).ok for t in SHIPPED_TEXTS]
    assert all(clean)
    shaped = {"name": "x", "steps": [{"exercise": "Wall sit", "duration": 30}]}
    assert load_routine_text(dump(shaped), "t.yaml", CATALOG).ok
