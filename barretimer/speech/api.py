"""The small speech interface the rest of barretimer uses.

The workout engine and the UI talk to a :class:`Speaker`; they never see the helper process,
pyttsx3 or aplay. ``SpeechClient`` (in ``client.py``) is the real one, and :class:`NullSpeaker`
serves ``--no-speech`` (the tests' recording fake is ``tests/helpers/stubs.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol, runtime_checkable

#: Words per minute; espeak-ng's own default, clear for cues.
DEFAULT_RATE = 175


class Priority(IntEnum):
    """How much a cue matters; a higher value wins when two cues would overlap."""

    LOW = 0  # chatty extras ("halfway"): dropped rather than spoken late
    NORMAL = 1  # step cues: spoken as soon as they fit
    HIGH = 2  # 3-2-1 countdown, "switch sides", "go": always spoken, interrupts the rest


@dataclass(frozen=True)
class Voice:
    id: str  # what set_voice() takes, e.g. "gmw/en-us"
    name: str  # for people, e.g. "English (America)"
    languages: tuple[str, ...] = ()


@runtime_checkable
class Speaker(Protocol):
    """What the app needs from speech. No method blocks the caller on speech work."""

    def prepare(self, phrases: Iterable[str]) -> None:
        """Render these phrases in the background so saying them later starts at once."""

    def say(
        self,
        text: str,
        priority: Priority = Priority.NORMAL,
        window_s: float | None = None,
        *,
        late_s: float = 0.0,
    ) -> None:
        """Speak ``text`` now, if the cue rules allow it.

        ``window_s`` is the time until the next scheduled cue or interval boundary; a phrase
        that cannot finish inside it is dropped (see ``planner.py`` for the rules). ``late_s``
        says how long ago the cue was due, when it is delivered late.
        """

    def beep(self, name: str) -> None:
        """Play a short sound from assets/sounds (``"start"``, ``"tick"``, ``"end"``)."""

    def stop(self) -> None:
        """Silence everything now and forget cues waiting to be spoken."""

    def shutdown(self) -> None:
        """Release the speech resources; the speaker is not used afterwards."""

    def voices(self) -> list[Voice]:
        """The voices known so far (may be empty until the engine has started)."""

    def set_voice(self, voice_id: str | None) -> None: ...

    def set_rate(self, words_per_minute: int) -> None: ...

    def set_volume(self, volume: float) -> None:
        """0.0 (silent) to 1.0 (full)."""


class NullSpeaker:
    """A speaker that does nothing: for ``--no-speech`` and machines without audio."""

    def prepare(self, phrases: Iterable[str]) -> None:
        pass

    def say(
        self,
        text: str,
        priority: Priority = Priority.NORMAL,
        window_s: float | None = None,
        *,
        late_s: float = 0.0,
    ) -> None:
        pass

    def beep(self, name: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def voices(self) -> list[Voice]:
        return []

    def set_voice(self, voice_id: str | None) -> None:
        pass

    def set_rate(self, words_per_minute: int) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass
