"""Reading FIT workouts back with fitdecode, an independent decoder (MIT), for the tests."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import fitdecode


@dataclass
class DecodedWorkout:
    file_id: dict[str, Any]
    workout: dict[str, Any]
    steps: list[dict[str, Any]] = field(default_factory=list)

    def played(self) -> list[dict[str, Any]]:
        """The steps in the order a watch plays them, repeat steps followed."""
        out: list[dict[str, Any]] = []
        self._play(0, len(self.steps), out)
        return out

    def _play(self, start: int, end: int, out: list[dict[str, Any]]) -> None:
        index = start
        while index < end:
            step = self.steps[index]
            if step["duration_type"] == "repeat_until_steps_cmplt":
                back = step["duration_step"]
                body: list[dict[str, Any]] = []
                self._play(back, index, body)
                # The body already played once on the way here.
                for _ in range(step["repeat_steps"] - 1):
                    out.extend(body)
            else:
                out.append(step)
            index += 1


def decode_workout(data: bytes) -> DecodedWorkout:
    found: dict[str, Any] = {}
    steps: list[dict[str, Any]] = []
    with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE) as reader:
        for frame in reader:
            if not isinstance(frame, fitdecode.FitDataMessage):
                continue
            values = {f.name: f.value for f in frame.fields}
            if frame.name == "workout_step":
                steps.append(values)
            else:
                found[frame.name] = values
    return DecodedWorkout(found["file_id"], found["workout"], steps)


def seconds(step: dict[str, Any]) -> float | None:
    """A time step's length in seconds (fitdecode resolves ``duration_time``), None when open."""
    if step["duration_type"] == "open":
        return None
    return float(step["duration_time"])
