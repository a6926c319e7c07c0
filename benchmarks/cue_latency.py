"""2. Cue latency: from an event's planned moment to the moment its sound starts, read from
the audio the app really played into a PulseAudio null sink (recorded with parec).

The recording is put on ``time.monotonic`` by sampling its size as it grows (see
``common.SinkRecording``; about ±5 ms). For every event that makes a sound (a beep, or a
phrase the speech client reports as started within 3 s of the event) the onset is the first
2.5 ms window whose peak passes the threshold, searched from 30 ms before the planned moment.
Events whose moment is not preceded by 150 ms of silence (an earlier phrase still playing)
cannot be measured this way and are counted apart. A cue counts as pre-rendered when the
speech client had its phrase rendered when the event came (beeps are files: always).

The 3-2-1 countdown: for the "1" before each boundary, the end of its sound (the start of
the first 40 ms of silence after its onset) against the boundary; and the onset of the sound
at the boundary itself (the next step's beep, "Rest", "Switch sides").
"""

from __future__ import annotations

import array
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import SinkRecording, describe
from benchmarks.figures import Figure

SECTION = "2. Cue latency (audio)"
THRESHOLD = 300  # of 32767: about -40 dBFS; the null sink is digital silence otherwise
PIECE_S = 0.0025
QUIET_BEFORE_S = 0.15
SEARCH_BEFORE_S = 0.03
SEARCH_AFTER_S = 1.0
BEEP_KINDS = {"step_start", "switch_sides", "countdown", "finished"}
SPEECH_KINDS = {
    "lead_in",
    "step_start",
    "cue",
    "halfway",
    "switch_sides",
    "ten_seconds",
    "countdown",
    "rest",
    "finished",
}


class Audio:
    def __init__(self, recording: SinkRecording) -> None:
        data = Path(recording.path).read_bytes()
        self.samples = array.array("h", data[: len(data) & ~1])
        if sys.byteorder == "big":
            self.samples.byteswap()
        self.recording = recording
        self.rate = recording.RATE
        self.piece = max(1, int(self.rate * PIECE_S))

    def index(self, moment: float) -> int:
        origin = self.recording.origin_near(moment)
        return round((moment - origin) * self.rate)

    def moment(self, index: int, near: float) -> float:
        return self.recording.origin_near(near) + index / self.rate

    def loud(self, start: int) -> bool:
        chunk = self.samples[max(0, start) : max(0, start + self.piece)]
        return bool(chunk) and max(abs(v) for v in chunk) > THRESHOLD

    def quiet(self, start: int, end: int) -> bool:
        return not any(self.loud(i) for i in range(start, end, self.piece))

    def onset(self, moment: float) -> tuple[float | None, str]:
        """(seconds from ``moment`` to the first sound, or None; why not measured)."""
        at = self.index(moment)
        if at - int(QUIET_BEFORE_S * self.rate) < 0 or at + int(SEARCH_AFTER_S * self.rate) > len(
            self.samples
        ):
            return None, "outside the recording"
        if not self.quiet(
            at - int(QUIET_BEFORE_S * self.rate), at - int(SEARCH_BEFORE_S * self.rate)
        ):
            return None, "an earlier sound was still playing"
        for i in range(
            at - int(SEARCH_BEFORE_S * self.rate), at + int(SEARCH_AFTER_S * self.rate), self.piece
        ):
            if self.loud(i):
                # the first loud sample inside the piece
                for j in range(i, i + self.piece):
                    if abs(self.samples[j]) > THRESHOLD:
                        return self.moment(j, moment) - moment, ""
        return None, "no sound within 1 s"

    def sound_end(
        self, start_moment: float, silence_s: float = 0.04, limit_s: float = 3.0
    ) -> float:
        """The moment the sound starting at ``start_moment`` ends (first ``silence_s`` quiet)."""
        i = self.index(start_moment)
        need = max(1, int(silence_s / PIECE_S))
        quiet_run = 0
        last_loud = i
        end = i + int(limit_s * self.rate)
        while i < min(end, len(self.samples)):
            if self.loud(i):
                quiet_run = 0
                last_loud = i + self.piece
            else:
                quiet_run += 1
                if quiet_run >= need:
                    break
            i += self.piece
        return self.moment(last_loud, start_moment)


def measure(result: dict[str, Any], recording: SinkRecording) -> dict[str, Any]:
    audio = Audio(recording)
    origin = result["origin_mono"]
    spoken = result.get("spoken", [])
    rows = []
    for event in result["events"]:
        kind = event["kind"]
        due = origin + event["planned_s"]
        beep = kind in BEEP_KINDS
        said = None
        if kind in SPEECH_KINDS:
            said = next(
                (at for text, at in spoken if text == event["text"] and -0.05 <= at - due <= 3.0),
                None,
            )
        if not beep and said is None:
            continue
        latency, why = audio.onset(due)
        rows.append(
            {
                "kind": kind,
                "text": event["text"],
                "planned_s": event["planned_s"],
                "interval": event["interval"],
                "beep": beep,
                "aplay_started_after_s": (said - due) if said is not None else None,
                "prerendered": beep or bool(event.get("rendered")),
                "latency_s": latency,
                "unmeasured": why,
            }
        )
    # The countdown: each "1" and the boundary after it.
    ends = {
        e["interval"]: e["planned_s"] for e in result["events"] if e["kind"] == "interval_ended"
    }
    countdown = []
    for row in rows:
        if row["kind"] == "countdown" and row["text"] == "1" and row["latency_s"] is not None:
            boundary = ends.get(row["interval"])
            if boundary is None:
                continue
            onset_moment = origin + row["planned_s"] + row["latency_s"]
            end_moment = audio.sound_end(onset_moment)
            boundary_row = next(
                (
                    r
                    for r in rows
                    if r["kind"] != "countdown"
                    and abs(r["planned_s"] - boundary) < 1e-6
                    and r["latency_s"] is not None
                ),
                None,
            )
            countdown.append(
                {
                    "boundary_s": boundary,
                    "one_ends_after_boundary_s": end_moment - (origin + boundary),
                    "boundary_sound_latency_s": boundary_row["latency_s"] if boundary_row else None,
                }
            )
    return {"rows": rows, "countdown": countdown}


def figures(measured: list[dict[str, Any]]) -> list[Figure]:
    def lat(rows: list[dict[str, Any]]) -> list[float]:
        return [r["latency_s"] * 1000 for r in rows if r["latency_s"] is not None]

    pre = [lat([r for r in m["rows"] if r["prerendered"]]) for m in measured]
    beeps = [lat([r for r in m["rows"] if r["beep"]]) for m in measured]
    speech = [lat([r for r in m["rows"] if not r["beep"] and r["prerendered"]]) for m in measured]
    fresh = [lat([r for r in m["rows"] if not r["prerendered"]]) for m in measured]
    unmeasured = [sum(1 for r in m["rows"] if r["latency_s"] is None) for m in measured]
    why: dict[str, int] = {}
    for m in measured:
        for r in m["rows"]:
            if r["unmeasured"]:
                why[r["unmeasured"]] = why.get(r["unmeasured"], 0) + 1
    aplay = [
        [
            (r["latency_s"] - r["aplay_started_after_s"]) * 1000
            for r in m["rows"]
            if r["latency_s"] is not None
            and r["aplay_started_after_s"] is not None
            and not r["beep"]
        ]
        for m in measured
    ]

    def dist(values: list[float]) -> str:
        d = describe(values)
        if not d["n"]:
            return "none"
        return f"median {d['median']:.1f}, p95 {d['p95']:.1f}, max {d['max']:.1f} ms (n={d['n']})"

    out = [
        Figure(
            SECTION,
            "Pre-rendered cues: planned moment → sound, p95",
            "ms",
            [describe(v)["p95"] if v else float("nan") for v in pre],
            bar=50.0,
            detail="all: "
            + "; ".join(dist(v) for v in pre)
            + f". Not measurable: {sum(unmeasured)} ({', '.join(f'{k}: {n}' for k, n in why.items()) or 'none'})",
        ),
        Figure(
            SECTION,
            "  beeps (start, tick, end)",
            "ms",
            [describe(v)["p95"] if v else float("nan") for v in beeps],
            detail="; ".join(dist(v) for v in beeps),
        ),
        Figure(
            SECTION,
            "  phrases with no beep (rendered before they were due)",
            "ms",
            [describe(v)["p95"] if v else float("nan") for v in speech],
            detail="; ".join(dist(v) for v in speech),
        ),
        Figure(
            SECTION,
            "  phrases not rendered yet when due",
            "ms",
            [describe(v)["p95"] if v else float("nan") for v in fresh],
            detail="; ".join(dist(v) for v in fresh) + " (no bar: rendering comes first)",
        ),
        Figure(
            SECTION,
            "  aplay started → sound at the sink, median",
            "ms",
            [describe(v)["median"] if v else float("nan") for v in aplay],
            detail="; ".join(dist(v) for v in aplay)
            + " (a check of the recording's clock: never negative)",
        ),
    ]
    ends = [[c["one_ends_after_boundary_s"] * 1000 for c in m["countdown"]] for m in measured]
    bounds = [
        [
            c["boundary_sound_latency_s"] * 1000
            for c in m["countdown"]
            if c["boundary_sound_latency_s"] is not None
        ]
        for m in measured
    ]
    out.append(
        Figure(
            SECTION,
            'Countdown: the spoken "1" over, after the boundary (max)',
            "ms",
            [max(v) if v else float("nan") for v in ends],
            bar=50.0,
            detail="negative: it ended before the boundary; "
            + "; ".join(
                f"median {describe(v)['median']:.0f}, max {describe(v)['max']:.0f} ms over {len(v)} countdowns"
                for v in ends
                if v
            ),
        )
    )
    out.append(
        Figure(
            SECTION,
            "Countdown: sound at the boundary after it (max)",
            "ms",
            [max(v) if v else float("nan") for v in bounds],
            bar=50.0,
            detail='the next step\'s beep, or "Rest"/"Switch sides"; '
            + "; ".join(dist(v) for v in bounds),
        )
    )
    return out
