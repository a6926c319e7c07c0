"""The helper's protocol, as both sides build and read it."""

from __future__ import annotations

import pytest

from barretimer.speech import protocol
from barretimer.speech.protocol import BadMessage, BadRequest, Command, Event


def test_a_request_goes_over_one_line_and_comes_back_the_same() -> None:
    message = protocol.request(Command.SAY, 7, text="Lift — and hold.\nThen rest.")
    line = protocol.encode(message)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert protocol.decode(line) == {"cmd": "say", "id": 7, "text": "Lift — and hold.\nThen rest."}
    assert protocol.event(Event.FINISHED, id=7) == {"event": "finished", "id": 7}


@pytest.mark.parametrize("line", [b"not json\n", b"[1, 2]\n", b"42\n"])
def test_a_line_that_is_no_object_is_refused(line: bytes) -> None:
    with pytest.raises(BadMessage):
        protocol.decode(line)


def test_fields_say_what_is_wrong() -> None:
    assert protocol.text_field({"text": "Hold."}) == "Hold."
    for bad, why in (
        ({"text": "   "}, "empty"),
        ({"text": "x" * (protocol.MAX_TEXT_CHARS + 1)}, "longer"),
        ({}, "non-empty string"),
    ):
        with pytest.raises(BadRequest, match=why):
            protocol.text_field(bad)
    assert protocol.number_field({"start_by": 3}, "start_by") == 3.0
    assert protocol.number_field({}, "start_by") is None
    with pytest.raises(BadRequest, match="number"):
        protocol.number_field({"start_by": True}, "start_by")
