"""SpeechClient: the app's side of the speech helper process (see ``helper.py``).

Every public method only puts a message on a queue and returns: nothing waits for the
helper. One worker thread ("speech-client") owns the helper process, the cue planner and the
bookkeeping; a reader thread per helper turns its output into messages for the worker.

Callbacks run on the worker thread, never on the caller's (the Qt layer turns them into
signals). They must return quickly and must not call :meth:`SpeechClient.shutdown`.
Times passed to them are ``time.monotonic()`` seconds.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from barretimer.speech.api import DEFAULT_RATE, Priority, Voice
from barretimer.speech.planner import Action, Cue, Decision, Planner
from barretimer.speech.protocol import BadMessage, Command, Event, decode, encode, request

log = logging.getLogger(__name__)

_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent.parent)
_DEFAULTS: dict[str, Any] = {"voice": None, "rate": DEFAULT_RATE, "volume": 1.0}


def estimate_duration_s(text: str, rate: int) -> float:
    """A guess for a phrase not rendered yet: espeak-ng at ``rate`` words per minute."""
    words = max(1, len(text.split()))
    return 0.3 + words * 60.0 / max(rate, 1)


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
        self._cache_dir = cache_dir
        self._sounds_dir = sounds_dir
        self._env = dict(env) if env is not None else None
        self._python = python or sys.executable
        self._max_restarts = max_restarts
        self._restart_period_s = restart_period_s

        self._inbox: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False

        # Owned by the worker thread.
        self._proc: subprocess.Popen[bytes] | None = None
        self._generation = 0
        self._ids = itertools.count(1)
        self._planner = Planner(stale_s=stale_s)
        self._settings: dict[str, Any] = dict(_DEFAULTS)
        self._settings_version = 0
        self._pending_renders: dict[int, tuple[str, int]] = {}  # request id -> text, version
        self._set_requests: dict[int, tuple[str, Any]] = {}  # request id -> name, old value
        self._threads: list[threading.Thread] = []
        self._durations: dict[str, float] = {}  # rendered with the current settings
        self._prepared: dict[str, None] = {}  # phrases to keep rendered (ordered set)
        self._says: dict[int, Cue] = {}  # helper say ids -> cue
        self._current_say: int | None = None
        self._players: dict[str, int] = {}  # channel -> aplay pid (its process group)
        self._restarts: collections.deque[float] = collections.deque()
        self._restart_at: float | None = None
        self._reported: set[str] = set()
        self._stderr_tail: collections.deque[str] = collections.deque(maxlen=20)

        # Read from any thread (a reference swap is atomic).
        self._voices: list[Voice] = []
        self.helper_pid: int | None = None
        self.speech_available: bool | None = None  # None until the helper has said
        # For measurements: seconds from say() to aplay running, and helper restarts so far.
        self.stats: dict[str, Any] = {
            "say_to_start_s": collections.deque(maxlen=200),
            "restarts": 0,
        }

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
        return text in self._durations

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
                    self._close_helper()
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
        for text in phrases:
            if text not in self._prepared:
                self._prepared[text] = None
                self._request_render(text)

    def _on_say(self, text: str, priority: Priority, window_s: float | None, due_at: float) -> None:
        duration = self._durations.get(text)
        cue = Cue(
            text=text,
            priority=priority,
            due_at=due_at,
            duration_s=duration if duration is not None else self._estimate(text),
            window_s=window_s,
            rendered=duration is not None,
        )
        self._apply([self._planner.offer(time.monotonic(), cue)])

    def _on_beep(self, name: str) -> None:
        self._send(request(Command.BEEP, next(self._ids), name=name))

    def _on_stop(self) -> None:
        self._send(request(Command.STOP, next(self._ids)))
        self._planner.clear()
        self._current_say = None
        self._says.clear()

    def _on_set(self, name: str, value: Any) -> None:
        old = self._settings.get(name)
        if old == value:
            return
        self._forget_durations()
        self._settings[name] = value
        self._send_setting(name, value, old)
        self._render_prepared()

    def _send_setting(self, name: str, value: Any, old: Any) -> None:
        set_id = next(self._ids)
        self._set_requests[set_id] = (name, old)
        self._send(request(Command.SET, set_id, **{name: value}))

    def _forget_durations(self) -> None:
        # Durations known so far belong to the old voice or rate.
        self._settings_version += 1
        self._durations.clear()

    def _render_prepared(self) -> None:
        for text in self._prepared:
            self._request_render(text)

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
        if not self._send(message):
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
        self._generation += 1
        generation = self._generation
        env = dict(os.environ if self._env is None else self._env)
        if _PACKAGE_PARENT not in _site_dirs():
            # A checkout: the helper must import this same barretimer, whatever its cwd.
            env["PYTHONPATH"] = os.pathsep.join(
                p for p in (_PACKAGE_PARENT, env.get("PYTHONPATH", "")) if p
            )
        cmd = [self._python, "-m", "barretimer.speech.helper"]
        cmd += ["--cache-dir", str(self._resolve_cache_dir())]
        cmd += ["--sounds-dir", str(self._resolve_sounds_dir())]
        try:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
            )
        except OSError as exc:
            self._proc = None
            self._report_unavailable(f"speech unavailable: cannot start the helper: {exc}")
            self._schedule_restart()
            return
        self._proc = proc
        self.helper_pid = proc.pid
        self._stderr_tail = collections.deque(maxlen=20)
        self._threads = [
            threading.Thread(
                target=self._read_stdout, args=(proc, generation), name="speech-reader", daemon=True
            ),
            threading.Thread(
                target=self._read_stderr,
                args=(proc, self._stderr_tail),
                name="speech-stderr",
                daemon=True,
            ),
        ]
        for thread in self._threads:
            thread.start()
        # A new helper knows nothing: tell it the settings and what to keep rendered.
        for name, value in self._settings.items():
            if value != _DEFAULTS[name]:
                self._send_setting(name, value, _DEFAULTS[name])
        self._send(request(Command.VOICES, next(self._ids)))
        self._render_prepared()

    def _resolve_cache_dir(self) -> Path:
        if self._cache_dir is not None:
            return self._cache_dir
        from barretimer import paths

        return paths.cache_dir() / "speech"

    def _resolve_sounds_dir(self) -> Path:
        if self._sounds_dir is not None:
            return self._sounds_dir
        from barretimer import paths

        return paths.assets_dir() / "sounds"

    def _read_stdout(self, proc: subprocess.Popen[bytes], generation: int) -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            try:
                message = decode(raw)
            except BadMessage as error:
                log.warning("speech helper sent a bad line (%s): %r", error, raw[:200])
                continue
            self._post("helper", generation, message)
        proc.stdout.close()
        proc.wait()
        self._post("exited", generation, proc)

    def _read_stderr(self, proc: subprocess.Popen[bytes], tail: collections.deque[str]) -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                tail.append(line)
                log.warning("speech helper: %s", line)
        proc.stderr.close()

    def _send(self, message: dict[str, Any]) -> bool:
        proc = self._proc
        if proc is None or proc.stdin is None or proc.poll() is not None:
            return False
        try:
            proc.stdin.write(encode(message))
            proc.stdin.flush()
        except (OSError, ValueError):
            return False  # the reader sees it exit and restarts it
        return True

    def _request_render(self, text: str) -> None:
        render_id = next(self._ids)
        if self._send(request(Command.RENDER, render_id, text=text)):
            self._pending_renders[render_id] = (text, self._settings_version)

    def _close_helper(self) -> None:
        proc = self._proc
        self._proc = None
        self._generation += 1  # what the old helper still says is ignored
        if proc is None:
            return
        _close_stdin(proc)  # the helper stops its players and exits
        try:
            proc.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            self._kill_players()
        for thread in self._threads:
            thread.join(timeout=1.0)

    def _kill_players(self) -> None:
        """Kill the aplay process groups a helper left behind (it cannot when SIGKILLed)."""
        for pid in self._players.values():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if b"aplay" not in f.read():
                        continue  # gone, and the pid reused
                os.killpg(pid, signal.SIGKILL)
            except (OSError, ProcessLookupError):
                pass
        self._players.clear()

    # --- messages from the helper ---

    def _on_helper(self, generation: int, message: dict[str, Any]) -> None:
        if generation != self._generation:
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
            if channel in self._players and self._players[channel] == message.get("pid"):
                del self._players[channel]  # a player that never started has no entry
            if channel == "speech":
                reason = "" if message.get("completed") else str(message.get("reason", ""))
                dropped = reason if reason not in ("", "stopped") else ""
                self._finished_say(int(message.get("id", -1)), dropped)
        elif event == Event.DROPPED:
            self._finished_say(int(message.get("id", -1)), str(message.get("reason", "")))
        elif event == Event.ERROR:
            self._call("status", f"speech helper: {message.get('message')}")

    def _on_started(self, message: dict[str, Any]) -> None:
        channel = str(message.get("channel"))
        pid = message.get("pid")
        if isinstance(pid, int):
            self._players[channel] = pid
        if channel != "speech":
            return
        say_id = message.get("id")
        cue = self._says.get(say_id) if isinstance(say_id, int) else None
        if cue is None or say_id != self._current_say:
            return
        at = float(message.get("at", time.monotonic()))
        duration = float(message.get("duration_s", cue.duration_s))
        self._planner.started(at, duration)
        self._durations.setdefault(cue.text, duration)
        self.stats["say_to_start_s"].append(at - cue.due_at)
        self._call("spoken", cue.text, at)

    def _on_reply(self, message: dict[str, Any]) -> None:
        request_id = message.get("id")
        if "voices" in message and isinstance(message["voices"], list):
            self._voices = [
                Voice(str(v.get("id")), str(v.get("name")), tuple(v.get("languages") or ()))
                for v in message["voices"]
                if isinstance(v, dict)
            ]
            return
        if isinstance(request_id, int) and request_id in self._pending_renders:
            text, version = self._pending_renders.pop(request_id)
            if message.get("ok") and version == self._settings_version:
                self._durations[text] = float(message.get("duration_s", 0.0))
            return
        if isinstance(request_id, int) and request_id in self._set_requests:
            name, old = self._set_requests.pop(request_id)
            if not message.get("ok"):
                # The helper kept its previous value: so do we.
                self._call("status", f"speech setting refused: {message.get('error')}")
                self._forget_durations()
                self._settings[name] = old
                self._render_prepared()
            return
        if not message.get("ok"):
            error = str(message.get("error", "unknown error"))
            if request_id in self._says:
                self._finished_say(int(request_id), error)
            else:
                self._call("status", f"speech: {error}")

    def _on_exited(self, generation: int, proc: subprocess.Popen[bytes]) -> None:
        _close_stdin(proc)
        if generation != self._generation:
            return
        self._proc = None
        self._set_requests.clear()
        self._pending_renders.clear()
        self._kill_players()
        tail = f": {self._stderr_tail[-1]}" if self._stderr_tail else ""
        self._call("status", f"speech helper exited (code {proc.returncode}){tail}; restarting")
        self._schedule_restart()
        # Cues waiting behind the lost phrase go to the new helper.
        if self._current_say is not None:
            self._finished_say(self._current_say, "speech helper stopped")
        self._says = {k: v for k, v in self._says.items() if k == self._current_say}

    def _schedule_restart(self) -> None:
        now = time.monotonic()
        while self._restarts and now - self._restarts[0] > self._restart_period_s:
            self._restarts.popleft()
        if len(self._restarts) < self._max_restarts:
            self._restarts.append(now)
            self.stats["restarts"] += 1
            self._spawn()
        else:
            self._restart_at = self._restarts[0] + self._restart_period_s
            wait_s = self._restart_at - now
            self._call("status", f"speech helper restarts paused for {wait_s:.0f} s")

    # --- helpers ---

    def _estimate(self, text: str) -> float:
        return estimate_duration_s(text, int(self._settings.get("rate") or DEFAULT_RATE))

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


def _close_stdin(proc: subprocess.Popen[bytes]) -> None:
    if proc.stdin is not None:
        with contextlib.suppress(OSError, ValueError):
            proc.stdin.close()


def _site_dirs() -> set[str]:
    import site

    dirs = set(site.getsitepackages())
    with contextlib.suppress(AttributeError):
        dirs.add(site.getusersitepackages())
    return {str(Path(d).resolve()) for d in dirs}
