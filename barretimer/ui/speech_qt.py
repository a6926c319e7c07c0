"""Speech for the window: a Speaker whose thread callbacks become Qt signals, with mutes.

The GUI thread never touches pyttsx3: the real speaker is ``SpeechClient`` (a helper process
and a worker thread). Its callbacks run on that worker thread; emitting a signal of a QObject
that lives in the GUI thread from there is delivered queued, so slots run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from barretimer.speech.api import DEFAULT_RATE, NullSpeaker, Priority, Speaker, Voice

log = logging.getLogger(__name__)

#: How the speech client's reasons begin when nothing at all can be heard.
NO_SOUND_REASONS = ("playback unavailable", "speech unavailable: cannot start the helper")


class QtSpeech(QObject):
    """A :class:`Speaker` for the UI: forwards to ``speaker`` unless muted, and reports.

    Signals: ``unavailable(str)`` (speech or playback cannot work), ``status_reported(str)``,
    ``phrase_spoken(str)``, ``mutes_changed()``.
    """

    unavailable = Signal(str)
    status_reported = Signal(str)
    phrase_spoken = Signal(str)
    mutes_changed = Signal()

    def __init__(
        self,
        speaker: Speaker | None = None,
        parent: QObject | None = None,
        *,
        make_speaker: Callable[[QtSpeech], Speaker] | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker: Speaker = speaker if speaker is not None else NullSpeaker()
        #: Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the
        #: settings and phrases it is given are kept for the real one).
        self._make_speaker = make_speaker
        self._settings: dict[str, Any] = {}
        self._phrases: dict[str, None] = {}
        self.voice_muted = False
        self.beeps_muted = False
        #: Every reason reported so far: speech can fail before a window listens.
        self.unavailable_reasons: list[str] = []
        self._sound_failed = False  # nothing can be heard at all, not even beeps

    # --- thread callbacks (called on the speech worker thread) ---------------------------------

    def report_unavailable(self, reason: str) -> None:
        if reason.startswith(NO_SOUND_REASONS):
            self._sound_failed = True
        self.unavailable_reasons.append(reason)
        self.unavailable.emit(reason)

    def report_status(self, message: str) -> None:
        self.status_reported.emit(message)

    def report_spoken(self, text: str, started_at: float = 0.0) -> None:
        self.phrase_spoken.emit(text)

    # --- mutes --------------------------------------------------------------------------------

    def set_voice_muted(self, muted: bool) -> None:
        if muted == self.voice_muted:
            return
        self.voice_muted = muted
        if muted:
            self.speaker.stop()
        self.mutes_changed.emit()

    def set_beeps_muted(self, muted: bool) -> None:
        if muted == self.beeps_muted:
            return
        self.beeps_muted = muted
        self.mutes_changed.emit()

    # --- starting -----------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        """The real speaker exists (it may still be starting, or have failed)."""
        return self._make_speaker is None

    def start(self) -> None:
        """Make the real speaker if it is made late, then start its engine if it has one (the
        helper process of ``SpeechClient``). Never raises."""
        try:
            if self._make_speaker is not None:
                make, self._make_speaker = self._make_speaker, None
                self.speaker = make(self)
                for name, value in self._settings.items():
                    getattr(self.speaker, name)(value)
                if self._phrases:
                    self.speaker.prepare(list(self._phrases))
            self._phrases.clear()
            start = getattr(self.speaker, "start", None)
            if callable(start):
                start()
        except Exception as error:  # speech is never worth failing the app for
            self._failed(error)

    def _failed(self, error: Exception) -> None:
        log.warning("speech cannot start: %s", error)
        self.speaker = NullSpeaker()
        self._sound_failed = True
        reason = self.tr("Speech is off: it could not start ({error}).").format(error=error)
        # Reported from the event loop, once the window is listening.
        QTimer.singleShot(0, self, lambda: self.report_unavailable(reason))

    @property
    def beeps_work(self) -> bool:
        """False once nothing can be played (no sound device, no helper)."""
        return not self._sound_failed

    @property
    def voice_works(self) -> bool:
        """False once speech or playback was reported unavailable."""
        return not self.unavailable_reasons and not self._sound_failed

    # --- the Speaker interface ----------------------------------------------------------------

    def prepare(self, phrases: Iterable[str]) -> None:
        phrases = list(phrases)
        if not self.started:
            self._phrases.update(dict.fromkeys(phrases))
        self.speaker.prepare(phrases)

    def say(
        self,
        text: str,
        priority: Priority = Priority.NORMAL,
        window_s: float | None = None,
        *,
        late_s: float = 0.0,
    ) -> None:
        if not self.voice_muted:
            self.speaker.say(text, priority, window_s, late_s=late_s)

    def beep(self, name: str) -> None:
        if not self.beeps_muted:
            self.speaker.beep(name)

    def stop(self) -> None:
        self.speaker.stop()

    def shutdown(self) -> None:
        self.speaker.shutdown()

    def voices(self) -> list[Voice]:
        try:
            return list(self.speaker.voices())
        except Exception:  # a speaker that cannot list voices has none to offer
            log.warning("the speaker could not list its voices")
            return []

    def set_voice(self, voice_id: str | None) -> None:
        self._settings["set_voice"] = voice_id
        self.speaker.set_voice(voice_id)

    @property
    def rate(self) -> int:
        """Words a minute, as last set (for planning what fits in a rest)."""
        return int(self._settings.get("set_rate") or DEFAULT_RATE)

    def set_rate(self, words_per_minute: int) -> None:
        self._settings["set_rate"] = words_per_minute
        self.speaker.set_rate(words_per_minute)

    def set_volume(self, volume: float) -> None:
        self._settings["set_volume"] = volume
        self.speaker.set_volume(volume)


def start_speech(parent: QObject | None = None, **client_options: Any) -> QtSpeech:
    """A :class:`QtSpeech` whose real speaker, the speech client, is made and started by
    :meth:`QtSpeech.start`: the app calls it once the window is on the screen, so that neither
    the client (and the modules it needs) nor the helper process slows the window's start.
    Never raises: without speech the app goes on with beeps (if they can play) and the screen.
    """

    def make_client(speech: QtSpeech) -> Speaker:
        from barretimer.speech.client import SpeechClient

        return SpeechClient(
            on_status=speech.report_status,
            on_unavailable=speech.report_unavailable,
            on_spoken=speech.report_spoken,
            **client_options,
        )

    return QtSpeech(None, parent, make_speaker=make_client)
