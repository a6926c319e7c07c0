"""Speech for the window: a Speaker whose thread callbacks become Qt signals, with mutes.

The GUI thread never touches pyttsx3: the real speaker is ``SpeechClient`` (a helper process
and a worker thread). Its callbacks run on that worker thread; emitting a signal of a QObject
that lives in the GUI thread from there is delivered queued, so slots run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from barretimer.speech.api import NullSpeaker, Priority, Speaker, Voice

log = logging.getLogger(__name__)


class QtSpeech(QObject):
    """A :class:`Speaker` for the UI: forwards to ``speaker`` unless muted, and reports.

    Signals: ``unavailable(str)`` (speech or playback cannot work), ``status_reported(str)``,
    ``phrase_spoken(str)``, ``mutes_changed()``.
    """

    unavailable = Signal(str)
    status_reported = Signal(str)
    phrase_spoken = Signal(str)
    mutes_changed = Signal()

    def __init__(self, speaker: Speaker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker: Speaker = speaker if speaker is not None else NullSpeaker()
        self.voice_muted = False
        self.beeps_muted = False
        #: Every reason reported so far: speech can fail before a window listens.
        self.unavailable_reasons: list[str] = []

    # --- thread callbacks (called on the speech worker thread) ---------------------------------

    def report_unavailable(self, reason: str) -> None:
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

    # --- the Speaker interface ----------------------------------------------------------------

    def prepare(self, phrases: Iterable[str]) -> None:
        self.speaker.prepare(list(phrases))

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
        self.speaker.set_voice(voice_id)

    def set_rate(self, words_per_minute: int) -> None:
        self.speaker.set_rate(words_per_minute)

    def set_volume(self, volume: float) -> None:
        self.speaker.set_volume(volume)


def start_speech(parent: QObject | None = None, **client_options: Any) -> QtSpeech:
    """The real speech client behind a :class:`QtSpeech`; a silent one if it cannot start.

    Never raises: without speech the app goes on with beeps (if they can play) and the screen.
    """
    speech = QtSpeech(None, parent)
    try:
        from barretimer.speech.client import SpeechClient

        client = SpeechClient(
            on_status=speech.report_status,
            on_unavailable=speech.report_unavailable,
            on_spoken=speech.report_spoken,
            **client_options,
        )
        client.start()
        speech.speaker = client
    except Exception as error:  # speech is never worth failing the app for
        log.warning("speech cannot start: %s", error)
        reason = speech.tr("Speech is off: it could not start ({error}).").format(error=error)
        # Reported once the window is listening.
        QTimer.singleShot(0, speech, lambda: speech.report_unavailable(reason))
    return speech
