"""Make the beep WAVs in assets/sounds: ``python -m barretimer.speech.make_beeps [DIR]``.

Short sine tones, 22050 Hz mono 16-bit, each tone with a 5 ms fade in and out so it does not
click. The output is byte-for-byte the same on every run (the files are committed; a test
checks they match this script).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
AMPLITUDE = 0.5  # -6 dBFS: clear but not harsh next to speech
FADE_S = 0.005

# name -> the tones played one after the other, as (frequency Hz, seconds)
BEEPS: dict[str, list[tuple[float, float]]] = {
    "start": [(880.0, 0.15)],
    "tick": [(660.0, 0.08)],
    "end": [(660.0, 0.2), (990.0, 0.2)],
}


def tone(frequency: float, seconds: float) -> list[int]:
    count = round(seconds * RATE)
    fade = round(FADE_S * RATE)
    samples = []
    for i in range(count):
        gain = min(1.0, i / fade, (count - 1 - i) / fade)
        # raised cosine: smoother than a straight ramp
        gain = 0.5 - 0.5 * math.cos(math.pi * gain)
        value = AMPLITUDE * gain * math.sin(2 * math.pi * frequency * i / RATE)
        samples.append(round(value * 32767))
    return samples


def write_beep(path: Path, tones: list[tuple[float, float]]) -> None:
    samples = [s for frequency, seconds in tones for s in tone(frequency, seconds)]
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def make_beeps(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, tones in BEEPS.items():
        path = folder / f"{name}.wav"
        write_beep(path, tones)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        folder = Path(args[0])
    else:
        from barretimer import paths

        folder = paths.assets_dir() / "sounds"
    for path in make_beeps(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
