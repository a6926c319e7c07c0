"""The committed beep WAVs: made by make_beeps.py, short, clean tones."""

from __future__ import annotations

import array
import itertools
import sys
import wave
from pathlib import Path

import pytest

from barretimer import paths
from barretimer.speech import make_beeps

SOUNDS = paths.assets_dir() / "sounds"


def samples(path: Path) -> tuple[list[int], int]:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        data = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return list(data), 22050


def frequency(values: list[int], rate: int) -> float:
    crossings = sum(1 for a, b in itertools.pairwise(values) if a < 0 <= b)
    return crossings * rate / len(values)


def test_committed_beeps_match_the_generator(tmp_path: Path) -> None:
    made = make_beeps.make_beeps(tmp_path)
    assert {p.name for p in made} == {"start.wav", "tick.wav", "end.wav"}
    for path in made:
        assert (SOUNDS / path.name).read_bytes() == path.read_bytes(), (
            f"{path.name} is stale: run python -m barretimer.speech.make_beeps"
        )


@pytest.mark.parametrize(
    ("name", "seconds", "hz"), [("start", 0.15, 880), ("tick", 0.08, 660), ("end", 0.4, None)]
)
def test_beep_is_a_faded_tone(name: str, seconds: float, hz: float | None) -> None:
    values, rate = samples(SOUNDS / f"{name}.wav")
    assert len(values) / rate == pytest.approx(seconds, abs=0.001)
    fade = int(0.005 * rate)
    peak = max(abs(v) for v in values)
    assert 0.4 * 32767 < peak <= 0.5 * 32767 + 1
    # no click: it starts and ends at silence and rises over the fade
    assert abs(values[0]) <= 1 and abs(values[-1]) <= 1
    assert max(abs(v) for v in values[: fade // 4]) < peak / 4
    if hz is not None:
        assert frequency(values, rate) == pytest.approx(hz, rel=0.03)


def test_end_beep_has_two_tones() -> None:
    values, rate = samples(SOUNDS / "end.wav")
    half = len(values) // 2
    assert frequency(values[:half], rate) == pytest.approx(660, rel=0.03)
    assert frequency(values[half:], rate) == pytest.approx(990, rel=0.03)
