"""Engine events reach the speaker with the right priority, and interrupts silence it."""

from __future__ import annotations

from barretimer.core.engine import Engine, State
from barretimer.core.loader import load_routine_text
from barretimer.core.timeline import compile_timeline
from barretimer.speech.api import Priority
from barretimer.speech.bridge import SpeechBridge
from tests.helpers.clock import FakeClock
from tests.helpers.stubs import RecordingSpeaker

TEXT = """\
name: Bridge test
defaults: {rest: 10, countdown: 3, lead_in: 5, switch: 5}
steps:
  - {exercise: Bridge, kind: hold, duration: 30, cue: Lift.}
  - {exercise: Stand, kind: balance, duration: 20, sides: left-right}
"""


def engine_with(
    speaker: RecordingSpeaker, clock: FakeClock, **switches: bool
) -> tuple[Engine, SpeechBridge]:
    result = load_routine_text(TEXT, "b.yaml")
    assert result.routine is not None
    engine = Engine(compile_timeline(result.routine), clock)
    bridge = SpeechBridge(speaker, **switches)
    engine.add_listener(bridge.on_event)
    return engine, bridge


def play(engine: Engine, clock: FakeClock, seconds: float) -> None:
    end = clock.now + seconds
    while clock.now < end and engine.state is State.RUNNING:
        clock.advance(0.125)
        engine.tick()


def test_cues_are_said_in_order_with_their_priorities(clock: FakeClock) -> None:
    speaker = RecordingSpeaker()
    engine, _ = engine_with(speaker, clock)
    engine.start()
    play(engine, clock, 200)
    assert speaker.spoken[:9] == [
        ("Get ready. First up: Bridge.", Priority.NORMAL),
        ("3", Priority.HIGH),
        ("2", Priority.HIGH),
        ("1", Priority.HIGH),
        ("Bridge. Lift.", Priority.NORMAL),
        ("Halfway.", Priority.LOW),
        ("10 seconds.", Priority.LOW),
        ("3", Priority.HIGH),
        ("2", Priority.HIGH),
    ]
    assert ("Switch sides.", Priority.HIGH) in speaker.spoken
    assert speaker.spoken[-1] == (
        "Well done. That was 1 minutes 30 seconds.",
        Priority.HIGH,
    ) or speaker.texts[-1].startswith("Well done")
    assert speaker.beeps.count("start") == 4  # three step starts and the switch
    assert speaker.beeps[-1] == "end"


def test_the_window_and_lateness_are_passed_on(clock: FakeClock) -> None:
    speaker = RecordingSpeaker()
    engine, _ = engine_with(speaker, clock)
    engine.start()
    clock.advance(6.5)  # a late tick: the step start was due 1.5 s ago
    engine.tick()
    start = next(
        args for name, args in speaker.calls if name == "say" and args[0] == "Bridge. Lift."
    )
    _, _, window, late = start
    assert window == 15 and abs(late - 1.5) < 1e-9


def test_pause_skip_and_stop_silence_the_speaker(clock: FakeClock) -> None:
    speaker = RecordingSpeaker()
    engine, _ = engine_with(speaker, clock)
    engine.start()
    play(engine, clock, 8)
    for action in (engine.pause, engine.resume, engine.skip, engine.back, engine.stop):
        before = len(speaker.calls)
        action()
        names = [name for name, _ in speaker.calls[before:]]
        if action == engine.resume:
            assert names == ["say"]  # "Go."
        else:
            assert "stop" in names
            assert "say" not in names[names.index("stop") :]  # nothing stale after the silence


def test_voice_and_beeps_mute_separately(clock: FakeClock) -> None:
    speaker = RecordingSpeaker()
    engine, bridge = engine_with(speaker, clock, voice=False)
    engine.start()
    play(engine, clock, 40)
    assert speaker.spoken == [] and "start" in speaker.beeps
    bridge.voice, bridge.beeps = True, False
    count = len(speaker.beeps)
    play(engine, clock, 40)
    assert len(speaker.beeps) == count and speaker.spoken
