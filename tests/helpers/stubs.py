"""Test doubles for what cannot run in a test, or is not what a test is about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from barretimer.speech.api import Priority, Voice


@dataclass
class RecordingSpeaker:
    """A fake :class:`Speaker` for tests of other layers (engine, UI): it plays nothing.

    It records every call as ``(method_name, args)`` in :attr:`calls`, in order. ``spoken``
    and ``beeps`` are the shortcuts tests usually want.
    """

    available_voices: list[Voice] = field(default_factory=list)
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    @property
    def spoken(self) -> list[tuple[str, Priority]]:
        return [(args[0], args[1]) for name, args in self.calls if name == "say"]

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.spoken]

    @property
    def beeps(self) -> list[str]:
        return [args[0] for name, args in self.calls if name == "beep"]

    def prepare(self, phrases: Iterable[str]) -> None:
        self.calls.append(("prepare", (tuple(phrases),)))

    def say(
        self,
        text: str,
        priority: Priority = Priority.NORMAL,
        window_s: float | None = None,
        *,
        late_s: float = 0.0,
    ) -> None:
        self.calls.append(("say", (text, Priority(priority), window_s, late_s)))

    def beep(self, name: str) -> None:
        self.calls.append(("beep", (name,)))

    def stop(self) -> None:
        self.calls.append(("stop", ()))

    def shutdown(self) -> None:
        self.calls.append(("shutdown", ()))

    def voices(self) -> list[Voice]:
        return list(self.available_voices)

    def set_voice(self, voice_id: str | None) -> None:
        self.calls.append(("set_voice", (voice_id,)))

    def set_rate(self, words_per_minute: int) -> None:
        self.calls.append(("set_rate", (words_per_minute,)))

    def set_volume(self, volume: float) -> None:
        self.calls.append(("set_volume", (volume,)))
