"""The speech interface and its stand-ins."""

from __future__ import annotations

from barretimer.speech.api import NullSpeaker, Priority, Speaker, Voice
from barretimer.speech.client import SpeechClient
from tests.helpers.stubs import RecordingSpeaker


def test_every_speaker_fits_the_interface() -> None:
    # SpeechClient is not started here: constructing it starts nothing.
    for speaker in (NullSpeaker(), RecordingSpeaker(), SpeechClient()):
        assert isinstance(speaker, Speaker)


def test_priorities_are_ordered() -> None:
    assert Priority.LOW < Priority.NORMAL < Priority.HIGH


def test_null_speaker_does_nothing() -> None:
    speaker = NullSpeaker()
    speaker.prepare(["Go."])
    speaker.say("Go.", Priority.HIGH, 1.0)
    speaker.beep("start")
    speaker.stop()
    speaker.set_voice(None)
    speaker.set_rate(170)
    speaker.set_volume(0.5)
    assert speaker.voices() == []
    speaker.shutdown()


def test_recording_speaker_records_calls_in_order() -> None:
    voice = Voice("gmw/en-us", "English (America)", ("en-us",))
    speaker = RecordingSpeaker(available_voices=[voice])
    speaker.prepare(p for p in ["Go.", "Rest."])
    speaker.say("Go.", Priority.HIGH)
    speaker.beep("tick")
    speaker.say("Halfway.", Priority.LOW, window_s=4.0, late_s=0.2)
    speaker.stop()
    assert speaker.texts == ["Go.", "Halfway."]
    assert speaker.spoken == [("Go.", Priority.HIGH), ("Halfway.", Priority.LOW)]
    assert speaker.beeps == ["tick"]
    assert speaker.calls[0] == ("prepare", (("Go.", "Rest."),))
    assert speaker.calls[3] == ("say", ("Halfway.", Priority.LOW, 4.0, 0.2))
    assert speaker.calls[-1] == ("stop", ())
    assert speaker.voices() == [voice]
