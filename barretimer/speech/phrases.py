"""What the speech client knows of its phrases, for :class:`~barretimer.speech.client.SpeechClient`.

How long each rendered phrase lasts with the current voice settings (the planner needs it to
fit cues into the gaps), which phrases to keep rendered, and the settings themselves. A
change of voice or rate makes every known duration stale: they are forgotten, and the kept
phrases rendered again. A setting the helper refuses is taken back. Only the client's worker
thread changes anything here; :attr:`PhraseCache.durations` may be read from any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from barretimer.speech.api import DEFAULT_RATE
from barretimer.speech.protocol import Command, request

DEFAULT_SETTINGS: dict[str, Any] = {"voice": None, "rate": DEFAULT_RATE, "volume": 1.0}


def estimate_duration_s(text: str, rate: int) -> float:
    """A guess for a phrase not rendered yet: espeak-ng at ``rate`` words per minute."""
    words = max(1, len(text.split()))
    return 0.3 + words * 60.0 / max(rate, 1)


class PhraseCache:
    """Durations, kept phrases and settings, with the helper's requests still unanswered.

    ``send`` gives a request to the helper (False when there is none), ``ids`` numbers the
    requests, ``report`` says a refused setting in the status line.
    """

    def __init__(
        self,
        send: Callable[[dict[str, Any]], bool],
        ids: Iterator[int],
        report: Callable[[str], None],
    ) -> None:
        self._send = send
        self._ids = ids
        self._report = report
        self.settings: dict[str, Any] = dict(DEFAULT_SETTINGS)
        self.durations: dict[str, float] = {}  # rendered with the current settings
        self._version = 0
        self._kept: dict[str, None] = {}  # phrases to keep rendered (ordered set)
        self._renders: dict[int, tuple[str, int]] = {}  # request id -> text, version
        self._set_requests: dict[int, tuple[str, Any]] = {}  # request id -> name, old value

    def duration_s(self, text: str) -> float | None:
        return self.durations.get(text)

    def estimate_s(self, text: str) -> float:
        return estimate_duration_s(text, int(self.settings.get("rate") or DEFAULT_RATE))

    def learned(self, text: str, duration_s: float) -> None:
        """The helper played ``text`` (rendered meanwhile): its duration from now on."""
        self.durations.setdefault(text, duration_s)

    def keep(self, phrases: Iterable[str]) -> None:
        """Render these now and after every change of voice or rate."""
        for text in phrases:
            if text not in self._kept:
                self._kept[text] = None
                self._request_render(text)

    def change(self, name: str, value: Any) -> None:
        old = self.settings.get(name)
        if old == value:
            return
        self._forget_durations()
        self.settings[name] = value
        self._send_setting(name, value, old)
        self.render_kept()

    def send_settings(self) -> None:
        """Tell a new helper (which knows only the defaults) the settings that differ."""
        for name, value in self.settings.items():
            if value != DEFAULT_SETTINGS[name]:
                self._send_setting(name, value, DEFAULT_SETTINGS[name])

    def render_kept(self) -> None:
        for text in self._kept:
            self._request_render(text)

    def take_reply(self, message: dict[str, Any]) -> bool:
        """Take the helper's reply to a render or a setting; False when it is not one."""
        request_id = message.get("id")
        if not isinstance(request_id, int):
            return False
        if request_id in self._renders:
            text, version = self._renders.pop(request_id)
            if message.get("ok") and version == self._version:
                self.durations[text] = float(message.get("duration_s", 0.0))
            return True
        if request_id in self._set_requests:
            name, old = self._set_requests.pop(request_id)
            if not message.get("ok"):
                # The helper kept its previous value: so do we.
                self._report(f"speech setting refused: {message.get('error')}")
                self._forget_durations()
                self.settings[name] = old
                self.render_kept()
            return True
        return False

    def helper_lost(self) -> None:
        """The helper died: its unanswered requests will never be answered."""
        self._set_requests.clear()
        self._renders.clear()

    def _send_setting(self, name: str, value: Any, old: Any) -> None:
        set_id = next(self._ids)
        self._set_requests[set_id] = (name, old)
        self._send(request(Command.SET, set_id, **{name: value}))

    def _forget_durations(self) -> None:
        # Durations known so far belong to the old voice or rate.
        self._version += 1
        self.durations.clear()

    def _request_render(self, text: str) -> None:
        render_id = next(self._ids)
        if self._send(request(Command.RENDER, render_id, text=text)):
            self._renders[render_id] = (text, self._version)
