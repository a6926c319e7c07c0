"""Hostile routine files are refused quickly, with a clear message, and nothing in them runs.

Each is refused well under a second here; the tests allow 5 s so that a busy machine does not
make them flaky, and print the measured times (``pytest -s``) for the README.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from barretimer.core.loader import LoadResult, load_routine_file
from tests.reliability.helpers import run_cli

BOUND_S = 5.0


def alias_bomb(folder: Path) -> Path:
    """Billion laughs: ten levels of ten aliases each, 10^10 values once expanded."""
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*lol{level - 1}"] * 10)
        lines.append(f"lol{level}: &lol{level} [{refs}]")
    lines.append("name: *lol9")
    lines.append("steps: *lol9")
    path = folder / "alias-bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def huge_sparse(folder: Path) -> Path:
    path = folder / "huge.yaml"
    with open(path, "wb") as handle:
        handle.write(b"name: Huge\nsteps:\n")
        handle.truncate(100 * 1024 * 1024)  # 100 MB, sparse: no disk used
    return path


def deep_lists(folder: Path) -> Path:
    path = folder / "deep-lists.yaml"
    path.write_text("name: Deep\nsteps: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    return path


def deep_mappings(folder: Path) -> Path:
    path = folder / "deep-mappings.yaml"
    path.write_text(
        "name: Deep\nsteps: " + "{a: " * 10_000 + "x" + "}" * 10_000 + "\n", encoding="utf-8"
    )
    return path


def deep_block_lists(folder: Path) -> Path:
    path = folder / "deep-block-lists.yaml"
    path.write_text("name: Deep\nsteps:\n  " + "- " * 10_000 + "x\n", encoding="utf-8")
    return path


def nested_repeats(folder: Path) -> Path:
    """Valid-looking repeats that multiply to 10^12 steps: refused before anything expands them."""
    text = "name: Forever\nsteps:\n"
    indent = "  "
    for _ in range(6):
        text += f"{indent}- repeat: 100\n{indent}  steps:\n"
        indent += "    "
    text += f"{indent}- {{exercise: Wall sit, duration: 5}}\n"
    path = folder / "nested-repeats.yaml"
    path.write_text(text, encoding="utf-8")
    return path


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "alias bomb": (alias_bomb, "too many values"),
    "100 MB file": (huge_sparse, "limited to 1 MiB"),
    "10,000 nested lists": (deep_lists, "nesting deeper than"),
    "10,000 nested mappings": (deep_mappings, "nesting deeper than"),
    "10,000 nested block lists": (deep_block_lists, "nesting deeper than"),
    "repeats nested to 10^12 steps": (nested_repeats, "once its repeats are expanded"),
}

#: Tags that would run code with an unsafe loader. Each would create ``{marker}`` if it ran.
UNSAFE_TAGS = {
    "apply os.system": "name: !!python/object/apply:os.system ['touch {marker}']",
    "apply subprocess": "name: !!python/object/apply:subprocess.check_call [[touch, '{marker}']]",
    "new subprocess.Popen": (
        "name: !!python/object/new:subprocess.Popen {{args: [[touch, '{marker}']]}}"
    ),
    "apply exec": "name: !!python/object/apply:builtins.exec [\"open('{marker}', 'w')\"]",
    "object state": (
        "name: !!python/object/new:type\n  args: [x, [], {{}}]\n"
        "  state: {{__reduce__: !!python/name:os.system }}\n"
    ),
    "python name": "name: !!python/name:os.system",
    "python module": "name: !!python/module:os",
    "tagged mapping": "name: !!python/object:pathlib.Path {{x: '{marker}'}}",
    "local tag": "name: !touch '{marker}'",
}


def timed(load: Callable[[], LoadResult]) -> tuple[LoadResult, float]:
    started = time.perf_counter()
    result = load()
    return result, time.perf_counter() - started


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_file_is_refused_quickly_with_a_clear_message(tmp_path: Path, case: str) -> None:
    make, expected = HOSTILE[case]
    path = make(tmp_path)
    result, seconds = timed(lambda: load_routine_file(path))
    print(f"\n{case}: refused in {seconds * 1000:.0f} ms by the loader")
    assert seconds < BOUND_S
    assert not result.ok
    assert any(expected in p.message for p in result.problems), result.problems
    assert len(result.problems) <= 3  # one clear message, not a flood


@pytest.mark.parametrize("case", HOSTILE)
def test_the_command_line_refuses_it_without_a_traceback(tmp_path: Path, case: str) -> None:
    make, expected = HOSTILE[case]
    path = make(tmp_path)
    for command in (("validate", str(path)), ("play", str(path), "--headless", "--no-speech")):
        started = time.perf_counter()
        result = run_cli(tmp_path / "data", *command, timeout=60)
        seconds = time.perf_counter() - started
        print(
            f"\n{case}: `barretimer {command[0]}` exited {result.returncode} "
            f"in {seconds * 1000:.0f} ms"
        )
        assert seconds < BOUND_S + 2  # plus starting Python
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert expected in result.stdout + result.stderr
        if "nesting" in expected:
            # One line that says where (FILE:LINE:COLUMN) in our words, whatever depth limit
            # the YAML library has of its own.
            output = (result.stdout + result.stderr).splitlines()
            where = [line for line in output if expected in line]
            assert len(where) == 1, output
            assert re.match(rf"{re.escape(str(path))}:\d+:\d+: ", where[0]), where


@pytest.mark.parametrize("case", UNSAFE_TAGS)
def test_unsafe_tags_are_refused_and_nothing_runs(tmp_path: Path, case: str) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "unsafe.yaml"
    path.write_text(
        UNSAFE_TAGS[case].format(marker=marker)
        + "\nsteps:\n  - {exercise: Wall sit, duration: 45}\n"
    )
    result, seconds = timed(lambda: load_routine_file(path))
    assert seconds < BOUND_S
    assert not result.ok
    assert any(
        "is not allowed; only plain YAML values are" in p.message for p in result.problems
    ), result.problems
    cli = run_cli(tmp_path / "data", "validate", str(path))
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert not marker.exists()


def test_routines_in_the_user_folder_are_read_never_run(tmp_path: Path) -> None:
    """The library lists hostile and unsafe files in the user's folder as invalid, quickly,
    and runs nothing: not their tags, not a Python file lying beside them."""
    data_dir = tmp_path / "data"
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    marker = tmp_path / "ran"
    for make, _ in HOSTILE.values():
        make(folder)
    for number, text in enumerate(UNSAFE_TAGS.values()):
        (folder / f"unsafe-{number}.yaml").write_text(text.format(marker=marker) + "\nsteps: []\n")
    (folder / "evil.py").write_text(f"open({str(marker)!r}, 'w')\n")
    (folder / "evil.yaml.py").write_text(f"open({str(marker)!r}, 'w')\n")
    started = time.perf_counter()
    result = run_cli(data_dir, "routines", "--json", timeout=60)
    seconds = time.perf_counter() - started
    print(f"\nlisting {len(HOSTILE) + len(UNSAFE_TAGS)} hostile routines: {seconds * 1000:.0f} ms")
    assert result.returncode == 0, result.stderr
    assert seconds < BOUND_S + 2
    listed = {Path(e["path"]).name: e for e in json.loads(result.stdout) if not e["shipped"]}
    assert set(listed) == {p.name for p in folder.glob("*.yaml")}
    assert not any(e["valid"] for e in listed.values())
    assert not marker.exists()


def test_names_and_cues_keep_markup_as_plain_text() -> None:
    """The loader hands on text exactly as written: markup is kept literally (the screens show
    it as plain text; that is tested with them)."""
    from barretimer.core.loader import load_routine_text
    from barretimer.core.model import Step
    from barretimer.core.timeline import compile_timeline

    markup = '<img src=x> <a href="file:///">'
    text = (
        f"name: '{markup}'\ndescription: '{markup}'\nsteps:\n"
        f"  - exercise: '{markup}'\n    duration: 30\n    cue: '{markup}'\n"
        f"    cues:\n      - {{at: 10, say: '{markup}'}}\n"
    )
    result = load_routine_text(text, "markup.yaml")
    assert result.ok, result.problems
    routine = result.routine
    assert routine is not None
    step = routine.steps[0]
    assert isinstance(step, Step)
    assert (
        routine.name
        == routine.description
        == step.exercise
        == step.cue
        == step.cues[0].say
        == markup
    )
    timeline = compile_timeline(routine)
    spoken = [event.text for interval in timeline.intervals for event in interval.events]
    assert timeline.routine_name == markup
    assert markup in spoken and f"{markup}. {markup}" in spoken  # step start: name and cue
