"""The YAML reader's values and marks, and what it leaves behind."""

from __future__ import annotations

import gc

import pytest

from barretimer.core.loader import load_routine_text
from barretimer.core.yamlsrc import Mark, YamlSourceError, YList, YMap, parse


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30", 30),
        ("0", 0),
        ("012", "012"),  # YAML 1.1 reads octal here: a routine keeps the text as written
        ("0x1A", "0x1A"),
        ("1_000", "1_000"),
        ("-5", -5),
        ("+7", "+7"),
        ("12:30", "12:30"),  # base 60 to YAML 1.1
        ("2024-05-01", "2024-05-01"),
        (".inf", ".inf"),
        ("1.5e+3", 1500.0),
        ("1.5", 1.5),
        ("'30'", "30"),
        ("yes", True),
        ("~", None),
        ("30s", "30s"),
    ],
)
def test_plain_scalars_are_numbers_only_when_written_as_decimals(text: str, value: object) -> None:
    tree = parse(f"a: {text}\n", "t.yaml")
    assert tree["a"] == value and type(tree["a"]) is type(value)


def test_marks_point_at_keys_values_and_items() -> None:
    tree = parse("name: Core\nsteps:\n  - exercise: plank\n    duration: 30\n", "t.yaml")
    assert isinstance(tree, YMap) and tree.mark == Mark(1, 1)
    assert tree.key_mark("steps") == Mark(2, 1)
    assert tree.value_mark("name") == Mark(1, 7)
    steps = tree["steps"]
    assert isinstance(steps, YList) and steps.item_mark(0) == Mark(3, 5)
    assert steps[0].value_mark("duration") == Mark(4, 15)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        assert load_routine_text("name: X\nsteps: [{exercise: Plank, duration: 30}]\n").ok
        assert gc.isenabled() is enabled
        assert not load_routine_text("name: [\n").ok  # a syntax error on the way out
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()


def test_reading_leaves_no_cyclic_garbage() -> None:
    text = "name: X\nsteps:\n" + "".join(
        f"  - {{exercise: Plank, duration: {20 + i}, rest: 1.5, cue: !!str x}}\n" for i in range(50)
    )
    gc.collect()
    gc.disable()
    try:
        gc.set_debug(gc.DEBUG_SAVEALL)
        assert load_routine_text(text).ok
        gc.collect()
        left = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left == []


def test_a_syntax_error_is_still_one_located_problem() -> None:
    with pytest.raises(YamlSourceError) as caught:
        parse("name: x\n  bad: [\n", "t.yaml")
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == ("t.yaml", 2)
