"""SpeechClient: the app's side of the speech helper process (see ``helper.py``).

Every public method only puts a message on a queue and returns: nothing waits for the
helper. One worker thread ("speech-client") owns the helper process (``helper_process.py``),
the cue planner and what is known of the phrases (``phrases.py``); a reader thread per helper
turns its output into messages for the worker.

Callbacks run on the worker thread, never on the caller's (the Qt layer turns them into
signals). They must return quickly and must not call :meth:`SpeechClient.shutdown`.
Times passed to them are ``time.monotonic()`` seconds.
"""

from __future__ import annotations

import collections
import itertools
import logging
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from barretimer.speech.api import Priority, Voice
from barretimer.speech.helper_process import HelperProcess, RestartBudget
from barretimer.speech.phrases import PhraseCache
from barretimer.speech.planner import Action, Cue, Decision, Planner
from barretimer.speech.protocol import Command, Event, request

log = logging.getLogger(__name__)


class SpeechClient:
    """The real :class:`~barretimer.speech.api.Speaker`: speech in a helper process.

    ``on_status(message)``: something worth a line in a status bar or log (helper restarted,
    a setting refused). ``on_unavailable(reason)``: speech or playback cannot work; each
    reason is reported once. ``on_spoken(text, started_at)``: a phrase started playing.
    ``on_dropped(text, reason)``: a cue was not spoken (stale, would not fit, superseded).
    """

    def __init__(
        self,
        *,
        on_status: Callable[[str], None] | None = None,
        on_unavailable: Callable[[str], None] | None = None,
        on_spoken: Callable[[str, float], None] | None = None,
        on_dropped: Callable[[str, str], None] | None = None,
        cache_dir: Path | None = None,
        sounds_dir: Path | None = None,
        env: Mapping[str, str] | None = None,
        python: str | None = None,
        stale_s: float = 0.5,
        max_restarts: int = 3,
        restart_period_s: float = 60.0,
    ) -> None:
        self._callbacks = {
            "status": on_status,
            "unavailable": on_unavailable,
            "spoken": on_spoken,
            "dropped": on_dropped,
        }
        self._inbox: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False

        # Owned by the worker thread.
        self._helper = HelperProcess(
            self._post,
            python=python or sys.executable,
            env=env,
            cache_dir=cache_dir,
            sounds_dir=sounds_dir,
        )
        self._ids = itertools.count(1)
        self._planner = Planner(stale_s=stale_s)
        self._phrases = PhraseCache(self._helper.send, self._ids, self._status)
        self._says: dict[int, Cue] = {}  # helper say ids -> cue
        self._current_say: int | None = None
        self._restarts = RestartBudget(max_restarts, restart_period_s)
        self._restart_at: float | None = None
        self._reported: set[str] = set()

        # Read from any thread (a reference swap is atomic).
        self._voices: list[Voice] = []
        self.speech_available: bool | None = None  # None until the helper has said
        # For measurements: seconds from say() to aplay running, and helper restarts so far.
        self.stats: dict[str, Any] = {
            "say_to_start_s": collections.deque(maxlen=200),
            "restarts": 0,
        }

    @property
    def helper_pid(self) -> int | None:
        """The helper process's pid (the last one's, once it is gone)."""
        return self._helper.pid

    # --- the Speaker interface (never blocks) ---

    def start(self) -> None:
        """Start the helper and the worker thread (once; later calls do nothing)."""
        with self._start_lock:
            if self._worker is not None or self._closed:
                return
            self._worker = threading.Thread(target=self._run, name="speech-client", daemon=True)
            self._worker.start()

    def prepare(self, phrases: Iterable[str]) -> None:
        self._post("prepare", [p for p in phrases if isinstance(p, str) and p.strip()])

    def say(
        self,
        text: str,
        priority: Priority = Priority.NORMAL,
        window_s: float | None = None,
        *,
        late_s: float = 0.0,
    ) -> None:
        """``late_s``: how long ago the cue was due (the engine may deliver it late)."""
        if text and text.strip():
            self._post("say", text, Priority(priority), window_s, time.monotonic() - late_s)

    def beep(self, name: str) -> None:
        self._post("beep", name)

    def stop(self) -> None:
        self._post("stop")

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def set_voice(self, voice_id: str | None) -> None:
        self._post("set", "voice", voice_id)

    def set_rate(self, words_per_minute: int) -> None:
        self._post("set", "rate", int(words_per_minute))

    def set_volume(self, volume: float) -> None:
        self._post("set", "volume", float(volume))

    def shutdown(self, timeout_s: float = 2.0) -> None:
        """Stop the helper and the worker. Waits up to ``timeout_s`` (the only call that
        waits: it is meant for the app's exit)."""
        with self._start_lock:
            self._closed = True
            worker = self._worker
        self._post("shutdown")
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout_s)

    def is_prepared(self, text: str) -> bool:
        """True once ``text`` is rendered with the current settings."""
        return text in self._phrases.durations

    def __enter__(self) -> SpeechClient:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    # --- the worker thread ---

    def _post(self, *message: Any) -> None:
        self._inbox.put(message)

    def _run(self) -> None:
        self._spawn()
        while True:
            try:
                message = self._inbox.get(timeout=self._wait_s())
            except queue.Empty:
                message = ("tick",)
            try:
                if message[0] == "shutdown":
                    self._helper.close()
                    return
                getattr(self, f"_on_{message[0]}")(*message[1:])
            except Exception:  # a bug must not end speech for the rest of the workout
                log.exception("speech client: error handling %r", message[0])

    def _wait_s(self) -> float | None:
        """How long the worker may sleep: until a restart is due or a waiting cue may start."""
        now = time.monotonic()
        waits = []
        if self._restart_at is not None:
            waits.append(self._restart_at - now)
        if self._planner.waiting:
            # Also drops waiting cues as they go stale, every 0.1 s.
            waits.append(min(0.1, self._planner.free_at - now))
        return max(0.0, min(waits)) if waits else None

    def _on_tick(self) -> None:
        if self._restart_at is not None and time.monotonic() >= self._restart_at:
            self._restart_at = None
            self._spawn()
        self._apply(self._planner.poll(time.monotonic()))

    # --- commands from the app ---

    def _on_prepare(self, phrases: list[str]) -> None:
        self._phrases.keep(phrases)

    def _on_say(self, text: str, priority: Priority, window_s: float | None, due_at: float) -> None:
        duration = self._phrases.duration_s(text)
        cue = Cue(
            text=text,
            priority=priority,
            due_at=due_at,
            duration_s=duration if duration is not None else self._phrases.estimate_s(text),
            window_s=window_s,
            rendered=duration is not None,
        )
        self._apply([self._planner.offer(time.monotonic(), cue)])

    def _on_beep(self, name: str) -> None:
        self._helper.send(request(Command.BEEP, next(self._ids), name=name))

    def _on_stop(self) -> None:
        self._helper.send(request(Command.STOP, next(self._ids)))
        self._planner.clear()
        self._current_say = None
        self._says.clear()

    def _on_set(self, name: str, value: Any) -> None:
        self._phrases.change(name, value)

    # --- decisions of the planner ---

    def _apply(self, decisions: list[Decision]) -> None:
        for decision in decisions:
            cue = decision.cue
            if decision.action == Action.DROP:
                self._call("dropped", cue.text, decision.reason)
            elif decision.action in (Action.PLAY, Action.INTERRUPT):
                self._start_cue(cue)

    def _start_cue(self, cue: Cue) -> None:
        say_id = next(self._ids)
        message = request(Command.SAY, say_id, text=cue.text)
        if cue.priority == Priority.LOW:
            # The helper checks again once it knows when the phrase can really start.
            message["start_by"] = cue.due_at + self._planner.stale_s
            if cue.window_s is not None:
                message["finish_by"] = cue.due_at + cue.window_s
        self._says[say_id] = cue
        self._current_say = say_id
        if not self._helper.send(message):
            self._finished_say(say_id, "speech helper not running")

    def _finished_say(self, say_id: int, dropped_reason: str = "") -> None:
        cue = self._says.pop(say_id, None)
        if say_id != self._current_say:
            return
        self._current_say = None
        if dropped_reason and cue is not None:
            self._call("dropped", cue.text, dropped_reason)
        self._apply(self._planner.finished(time.monotonic()))

    # --- the helper process ---

    def _spawn(self) -> None:
        problem = self._helper.start()
        if problem:
            self._report_unavailable(f"speech unavailable: {problem}")
            self._schedule_restart()
            return
        # A new helper knows nothing: tell it the settings and what to keep rendered.
        self._phrases.send_settings()
        self._helper.send(request(Command.VOICES, next(self._ids)))
        self._phrases.render_kept()

    def _schedule_restart(self) -> None:
        now = time.monotonic()
        next_at = self._restarts.take(now)
        if next_at is None:
            self.stats["restarts"] += 1
            self._spawn()
        else:
            self._restart_at = next_at
            self._status(f"speech helper restarts paused for {next_at - now:.0f} s")

    def _on_exited(self, generation: int, proc: subprocess.Popen[bytes]) -> None:
        if not self._helper.exited(generation, proc):
            return
        self._phrases.helper_lost()
        tail = self._helper.stderr_tail
        said = f": {tail[-1]}" if tail else ""
        self._status(f"speech helper exited (code {proc.returncode}){said}; restarting")
        self._schedule_restart()
        # Cues waiting behind the lost phrase go to the new helper.
        if self._current_say is not None:
            self._finished_say(self._current_say, "speech helper stopped")
        self._says = {k: v for k, v in self._says.items() if k == self._current_say}

    # --- messages from the helper ---

    def _on_helper(self, generation: int, message: dict[str, Any]) -> None:
        if generation != self._helper.generation:
            return
        event = message.get("event")
        if event is None:
            self._on_reply(message)
        elif event == Event.READY:
            self.speech_available = bool(message.get("speech"))
        elif event == Event.UNAVAILABLE:
            self._report_unavailable(str(message.get("reason", "unavailable")))
        elif event == Event.STARTED:
            self._on_started(message)
        elif event == Event.FINISHED:
            channel = str(message.get("channel"))
            self._helper.player_finished(channel, message.get("pid"))
            if channel == "speech":
                reason = "" if message.get("completed") else str(message.get("reason", ""))
                dropped = reason if reason not in ("", "stopped") else ""
                self._finished_say(int(message.get("id", -1)), dropped)
        elif event == Event.DROPPED:
            self._finished_say(int(message.get("id", -1)), str(message.get("reason", "")))
        elif event == Event.ERROR:
            self._status(f"speech helper: {message.get('message')}")

    def _on_started(self, message: dict[str, Any]) -> None:
        channel = str(message.get("channel"))
        self._helper.player_started(channel, message.get("pid"))
        if channel != "speech":
            return
        say_id = message.get("id")
        cue = self._says.get(say_id) if isinstance(say_id, int) else None
        if cue is None or say_id != self._current_say:
            return
        at = float(message.get("at", time.monotonic()))
        duration = float(message.get("duration_s", cue.duration_s))
        self._planner.started(at, duration)
        self._phrases.learned(cue.text, duration)
        self.stats["say_to_start_s"].append(at - cue.due_at)
        self._call("spoken", cue.text, at)

    def _on_reply(self, message: dict[str, Any]) -> None:
        if "voices" in message and isinstance(message["voices"], list):
            self._voices = [
                Voice(str(v.get("id")), str(v.get("name")), tuple(v.get("languages") or ()))
                for v in message["voices"]
                if isinstance(v, dict)
            ]
            return
        if self._phrases.take_reply(message) or message.get("ok"):
            return
        request_id = message.get("id")
        error = str(message.get("error", "unknown error"))
        if request_id in self._says:
            self._finished_say(int(request_id), error)
        else:
            self._status(f"speech: {error}")

    # --- reports to the app ---

    def _status(self, message: str) -> None:
        self._call("status", message)

    def _report_unavailable(self, reason: str) -> None:
        if reason.startswith("speech unavailable"):
            self.speech_available = False
        if reason not in self._reported:
            self._reported.add(reason)
            self._call("unavailable", reason)

    def _call(self, name: str, *args: Any) -> None:
        callback = self._callbacks.get(name)
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("speech client: the %s callback failed", name)
