"""FIT workout export: every file is read back with fitdecode, an independent decoder, and
must play what barretimer plays: the same steps, lengths, repeats and total."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from barretimer import cli
from barretimer.core.model import MAX_NOMINAL_S, Block, Defaults, Kind, Routine, Sides, Step
from barretimer.core.timeline import Role, compile_timeline
from barretimer.formats.common import shorten, with_side_short
from barretimer.formats.fit import (
    NOTES_BYTES,
    STEP_NAME_BYTES,
    WORKOUT_NAME_BYTES,
    fit_steps,
    routine_to_fit,
    sub_sport_name,
)
from tests.formats.conftest import SHIPPED, load
from tests.formats.fitread import DecodedWorkout, decode_workout, seconds


def expected_steps(routine: Routine, scale: float) -> list[tuple[str, float | None]]:
    """What a watch should play: barretimer's own intervals, names as the watch shows them."""
    out: list[tuple[str, float | None]] = []
    for interval in compile_timeline(routine, scale).intervals:
        if interval.role is Role.WORK:
            name = with_side_short(interval.name, interval.side, STEP_NAME_BYTES)
        else:
            name = shorten(interval.name, STEP_NAME_BYTES)
        out.append((name, None if interval.open_ended else round(interval.duration_s, 3)))
    return out


def played(decoded: DecodedWorkout) -> list[tuple[str, float | None]]:
    return [
        (step["wkt_step_name"], None if seconds(step) is None else round(seconds(step), 3))
        for step in decoded.played()
    ]


def check_as_written(decoded: DecodedWorkout, routine: Routine, scale: float) -> None:
    """Each decoded step is the record the exporter meant to write."""
    records = fit_steps(routine, scale)
    assert len(decoded.steps) == len(records)
    for step, record in zip(decoded.steps, records, strict=True):
        if "repeat_from" in record:
            assert (step["duration_step"], step["repeat_steps"]) == (
                record["repeat_from"],
                record["count"],
            )
            continue
        assert step["wkt_step_name"] == record["name"]
        assert (step.get("notes") or "") == record["notes"]
        assert step["intensity"] == record["intensity"]
        if record["milliseconds"] is None:
            assert step["duration_type"] == "open"
        else:
            assert round(step["duration_time"] * 1000) == record["milliseconds"]


def check_structure(decoded: DecodedWorkout, routine: Routine) -> None:
    assert decoded.file_id["type"] == "workout"
    assert decoded.workout["sport"] == "training"
    assert decoded.workout["sub_sport"] == sub_sport_name(routine)
    assert decoded.workout["wkt_name"] == shorten(routine.name, WORKOUT_NAME_BYTES)
    assert decoded.workout["num_valid_steps"] == len(decoded.steps)
    for index, step in enumerate(decoded.steps):
        assert step["message_index"] == index
        if step["duration_type"] == "repeat_until_steps_cmplt":
            assert 0 <= step["duration_step"] < index
            assert step["repeat_steps"] >= 2
        else:
            assert len(step["wkt_step_name"].encode("utf-8")) <= STEP_NAME_BYTES
            assert len((step.get("notes") or "").encode("utf-8")) <= NOTES_BYTES
            assert step["intensity"] in ("warmup", "active", "rest", "cooldown")


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_routine_plays_the_same_on_a_watch(path: Path, scale: float, catalog) -> None:
    routine = load(path, catalog)
    decoded = decode_workout(routine_to_fit(routine, scale))
    check_structure(decoded, routine)
    check_as_written(decoded, routine, scale)
    assert played(decoded) == expected_steps(routine, scale)
    timeline = compile_timeline(routine, scale)
    total = sum(s for _, s in played(decoded) if s is not None)
    open_total = sum(i.duration_s for i in timeline.intervals if i.open_ended)
    assert total + open_total == pytest.approx(timeline.total_s, abs=1e-6)


def test_shipped_repeat_blocks_become_repeat_steps(catalog) -> None:
    routine = load(Path("routines/backwards-running-intro.yaml").resolve(), catalog)
    decoded = decode_workout(routine_to_fit(routine))
    repeats = [s for s in decoded.steps if s["duration_type"] == "repeat_until_steps_cmplt"]
    # A block of 4 whose rest between rounds differs from the rest after it: the first three
    # rounds repeat, the last is written after them.
    assert [s["repeat_steps"] for s in repeats] == [3]


def made_up() -> Routine:
    """Sides, a max hold with and without a cap, nested repeats, a long name: all at once."""
    return Routine(
        "A routine whose name is far too long for any watch screen",
        (
            Step("Clamshell", Kind.HOLD, 30, sides=Sides.LEFT_RIGHT, cue="Knees stacked."),
            Block(
                3,
                (
                    Step("Standing glute medius lift", Kind.MOVE, 20.5),
                    Block(
                        2, (Step("Plank", Kind.HOLD, None, cap=45), Step("Breathe", Kind.REST, 10))
                    ),
                ),
                rest=15,
            ),
            Step("Wall sit", Kind.HOLD, None),
            Step("Figure four stretch", Kind.STRETCH, 40, sides=Sides.LEFT_RIGHT),
        ),
        defaults=Defaults(rest=12, lead_in=5, switch=4, countdown=3),
    )


@pytest.mark.parametrize("scale", [1.0, 0.5, 1.5, 3.0])
def test_sides_max_holds_nested_repeats_and_scale(scale: float) -> None:
    routine = made_up()
    decoded = decode_workout(routine_to_fit(routine, scale))
    check_structure(decoded, routine)
    check_as_written(decoded, routine, scale)
    assert played(decoded) == expected_steps(routine, scale)
    names = [s.get("wkt_step_name") for s in decoded.steps]
    assert names[:4] == ["Get ready", "Clamshell left", "Switch sides", "Clamshell right"]
    opens = [s for s in decoded.steps if s["duration_type"] == "open"]
    assert [s["wkt_step_name"] for s in opens] == ["Plank", "Wall sit"]
    assert "as long as you can" in opens[0]["notes"]
    repeats = [
        s["repeat_steps"] for s in decoded.steps if s["duration_type"] == "repeat_until_steps_cmplt"
    ]
    assert sorted(repeats) == [2, 3]
    timeline = compile_timeline(routine, scale)
    # The open steps count for their cap (45 s) or the nominal length in barretimer's total.
    open_total = sum(i.duration_s for i in timeline.intervals if i.open_ended)
    assert open_total == 6 * 45 + MAX_NOMINAL_S
    timed = sum(s for _, s in played(decoded) if s is not None)
    assert timed + open_total == pytest.approx(timeline.total_s)


def test_long_names_are_shortened_to_words_that_still_read() -> None:
    assert shorten("Wall sit", 15) == "Wall sit"
    assert shorten("Backwards jog in place", 15) == "Bac. jog place"
    assert shorten("Long-stride backwards walk", 15) == "Lon. bac. walk"
    assert with_side_short("Clamshell", None, 15) == "Clamshell"
    from barretimer.core.timeline import Side

    assert with_side_short("Clamshell", Side.RIGHT, 15) == "Clamshell right"
    assert with_side_short("Single-leg deadlift hold", Side.LEFT, 15).endswith(" L")
    for text in ("Plié à la seconde en relevé", "Übungsfolge für Läuferinnen", "深蹲" * 10):
        short = shorten(text, 15)
        assert len(short.encode("utf-8")) <= 15
        short.encode("utf-8").decode("utf-8")  # never cut inside a character


def test_names_in_any_script_come_back_whole_or_cleanly_shortened() -> None:
    routine = Routine(
        "Étirements 深蹲",
        (Step("Plié", Kind.HOLD, 30), Step("深蹲深蹲深蹲深蹲深蹲深蹲", Kind.HOLD, 30)),
    )
    decoded = decode_workout(routine_to_fit(routine))
    names = [s["wkt_step_name"] for s in decoded.steps]
    assert names[:2] == ["Get ready", "Plié"]
    assert names[2] == "Rest"
    assert names[3] == shorten("深蹲深蹲深蹲深蹲深蹲深蹲", STEP_NAME_BYTES) == "深蹲深蹲深"
    assert "深蹲深蹲深蹲深蹲深蹲深蹲" in decoded.steps[3]["notes"]


def test_the_same_routine_keeps_its_serial_number() -> None:
    first = decode_workout(routine_to_fit(made_up(), created=1_800_000_000))
    again = decode_workout(routine_to_fit(made_up(), created=1_800_000_100))
    assert first.file_id["serial_number"] == again.file_id["serial_number"]


def test_cli_export_fit_writes_a_file_a_decoder_reads(tmp_path: Path, capsys) -> None:
    target = tmp_path / "deep-core.fit"
    code = cli.main(["export", "routines/deep-core.yaml", "--fit", str(target), "--scale", "1.2"])
    assert code == 0, capsys.readouterr()
    decoded = decode_workout(target.read_bytes())
    assert decoded.workout["wkt_name"] == "Deep Core for Runners"
    assert f"Wrote {target}." in capsys.readouterr().out


def test_cli_says_how_to_install_the_fit_library_when_it_is_missing(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The library cannot be uninstalled for one test: its import is made to fail instead.
    monkeypatch.setitem(sys.modules, "fit_tool.fit_file_builder", None)
    target = tmp_path / "x.fit"
    code = cli.main(["export", "routines/deep-core.yaml", "--fit", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "pip install 'barretimer[fit]'" in err
    assert "Traceback" not in err
    assert not target.exists()


def test_cli_refuses_a_scale_out_of_range(tmp_path: Path, capsys) -> None:
    code = cli.main(
        ["export", "routines/deep-core.yaml", "--fit", str(tmp_path / "x.fit"), "--scale", "9"]
    )
    assert code == 2
    assert "--scale must be between 0.5 and 3" in capsys.readouterr().err
    assert not (tmp_path / "x.fit").exists()
