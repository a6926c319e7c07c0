"""The speech helper's protocol, in one place for both sides (``client`` and ``helper``).

Protocol: JSON, one object per line. Requests come on stdin; replies and events go out on the
original stdout, which the helper keeps for itself (fd 1 is pointed at /dev/null, so pyttsx3's
"Audio saved to ..." prints and anything a library writes never reach the protocol). A request
may carry an ``id``; its reply carries the same ``id`` and ``ok``.

Requests (``cmd``):
  ping                              -> {ok, pong, speech}
  render   text                     -> {ok, text, path, duration_s, cached, render_s}
  say      text [start_by finish_by] play the phrase (rendering it first if needed), on the
                                      speech channel; events: started, then finished or dropped
  play     path                     play a WAV file on the speech channel; events as for say
  beep     name                     play assets/sounds/<name>.wav on the beep channel
  stop                              kill every aplay now; cancel phrases waiting for a render
  voices                            -> {ok, voices: [{id, name, languages}]}
  set      [voice] [rate] [volume]  -> {ok, settings}
  quit                              same as closing stdin: stop and exit
``start_by``/``finish_by`` are ``time.monotonic()`` values (the same clock in every process on
Linux): the phrase is dropped if it would start later or end later than that.

Events (``event``): hello {pid, protocol}; ready {speech, reason?, voice, init_s};
unavailable {what: "speech"|"playback", reason} (each reported once; playback again only after
a success); started {id, channel, text, at, duration_s, pid}; finished {id, channel, completed,
reason, pid}; dropped {id, text, reason}; error {message} for a request that could not be read.
"""

from __future__ import annotations

import enum
import json
import threading
from collections.abc import Callable, Mapping
from typing import IO, Any

#: Sent in the helper's ``hello``; changed when either side could misread the other.
VERSION = 1
#: A longer request line is refused whole.
MAX_LINE_BYTES = 64 * 1024
MAX_TEXT_CHARS = 2000


class Command(str, enum.Enum):
    """What a request asks for (its ``cmd``)."""

    PING = "ping"
    RENDER = "render"
    SAY = "say"
    PLAY = "play"
    BEEP = "beep"
    STOP = "stop"
    VOICES = "voices"
    SET = "set"
    QUIT = "quit"


class Event(str, enum.Enum):
    """What the helper reports without being asked (its ``event``)."""

    HELLO = "hello"
    READY = "ready"
    UNAVAILABLE = "unavailable"
    STARTED = "started"
    FINISHED = "finished"
    DROPPED = "dropped"
    ERROR = "error"


class BadMessage(ValueError):
    """A line that is not one JSON object."""


class BadRequest(Exception):
    """A request the helper cannot carry out; its reply says why."""


def request(command: Command, request_id: int, **fields: Any) -> dict[str, Any]:
    return {"cmd": command.value, "id": request_id, **fields}


def event(name: Event, **fields: Any) -> dict[str, Any]:
    return {"event": name.value, **fields}


def encode(message: Mapping[str, Any]) -> bytes:
    """One protocol line."""
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def decode(line: bytes | str) -> dict[str, Any]:
    """The object on one protocol line; :class:`BadMessage` if it is not one."""
    try:
        message = json.loads(line)
    except ValueError as error:
        raise BadMessage(f"not JSON: {error}") from None
    if not isinstance(message, dict):
        raise BadMessage("not a JSON object")
    return message


class LineWriter:
    """Writes protocol lines from any thread; ``on_broken`` when the reader is gone."""

    def __init__(self, stream: IO[str], on_broken: Callable[[], None]) -> None:
        self._stream = stream
        self._lock = threading.Lock()
        self._on_broken = on_broken

    def send(self, message: Mapping[str, Any]) -> None:
        line = encode(message).decode("utf-8")
        with self._lock:
            try:
                self._stream.write(line)
                self._stream.flush()
            except (OSError, ValueError):
                self._on_broken()


# --- reading a request's fields (BadRequest says which and why) ---


def string_field(message: Mapping[str, Any], name: str) -> str:
    value = message.get(name)
    if not isinstance(value, str) or not value:
        raise BadRequest(f"{name} must be a non-empty string")
    return value


def text_field(message: Mapping[str, Any]) -> str:
    """A phrase to say or render: ``text``, not blank, not too long."""
    text = string_field(message, "text")
    if not text.strip():
        raise BadRequest("text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise BadRequest(f"text longer than {MAX_TEXT_CHARS} characters")
    return text


def number_field(message: Mapping[str, Any], name: str) -> float | None:
    value = message.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadRequest(f"{name} must be a number")
    return float(value)
