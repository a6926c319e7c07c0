"""The speech helper process: ``python -m barretimer.speech.helper --cache-dir D --sounds-dir D``.

One helper runs beside the app for its whole life. It owns the only pyttsx3 engine (pyttsx3
with espeak-ng hangs when two threads use it, and speaks only the last of several queued
phrases, so one thread renders one phrase at a time) and plays WAV files with ``aplay``.

The protocol (JSON lines on stdin and stdout) is described and built in
:mod:`barretimer.speech.protocol`.

The helper never exits on bad input; it exits when stdin closes. If pyttsx3 or espeak-ng
cannot start it keeps running without speech (cached phrases and beeps still play).
"""

from __future__ import annotations

import argparse
import array
import contextlib
import hashlib
import itertools
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from barretimer.speech.api import DEFAULT_RATE
from barretimer.speech.protocol import (
    MAX_LINE_BYTES,
    VERSION,
    BadMessage,
    BadRequest,
    Command,
    Event,
    LineWriter,
    decode,
    event,
    number_field,
    string_field,
    text_field,
)

MIN_RATE, MAX_RATE = 80, 450
CACHE_FORMAT = "v2"  # change to invalidate every cached phrase (v2: leading silence trimmed)
CACHE_KEEP_S = 90 * 24 * 3600  # a phrase not used for this long is deleted
BEEP_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")

# libespeak-ng calls exit() on some broken installs (a missing phontab, seen with a bad
# ESPEAK_DATA_PATH), which no try/except can catch: a child process tries first.
_PROBE = "import pyttsx3; pyttsx3.init()"


@dataclass(frozen=True)
class Settings:
    voice: str | None = None  # None: espeak-ng's default voice
    rate: int = DEFAULT_RATE
    volume: float = 1.0


def cache_key(text: str, settings: Settings) -> str:
    blob = json.dumps(
        [CACHE_FORMAT, text, settings.voice or "", settings.rate, round(settings.volume, 3)]
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def cached_duration(path: Path) -> float | None:
    """The duration of a rendered phrase in the cache, marking it as used (None: not there)."""
    duration = wav_duration(path)
    if duration is not None:
        with contextlib.suppress(OSError):
            os.utime(path)
    return duration


#: espeak-ng starts some phrases with up to 50 ms of silence ("10 seconds."): a cue would
#: sound that much late. Samples below this (of 32767) count as silence; a little is kept.
SILENCE_LEVEL = 64
KEEP_SILENCE_S = 0.003


def trim_leading_silence(path: Path) -> float:
    """Rewrite a 16-bit PCM WAV without its leading silence; return its new duration."""
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    if params.sampwidth != 2 or not frames:
        return params.nframes / params.framerate
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    loud = next((i for i, v in enumerate(samples) if abs(v) > SILENCE_LEVEL), None)
    if loud is None:  # nothing but silence: leave it as it is
        return params.nframes / params.framerate
    first_frame = max(0, loud // params.nchannels - int(KEEP_SILENCE_S * params.framerate))
    if first_frame == 0:
        return params.nframes / params.framerate
    kept = frames[first_frame * params.nchannels * 2 :]
    with wave.open(str(path), "wb") as wav:
        wav.setparams(params)
        wav.writeframes(kept)
    return (params.nframes - first_frame) / params.framerate


def wav_duration(path: Path, allow_empty: bool = True) -> float | None:
    """The duration of a complete WAV file; None if it is missing, unreadable or still being
    written (its data is shorter than its header says)."""
    try:
        size = path.stat().st_size
        with wave.open(str(path), "rb") as wav:
            frames = wav.getnframes()
            frame_bytes = wav.getsampwidth() * wav.getnchannels()
            rate = wav.getframerate()
    except (OSError, EOFError, wave.Error):
        return None
    if size < 44 + frames * frame_bytes or rate <= 0 or (frames == 0 and not allow_empty):
        return None
    return frames / rate


@dataclass
class RenderJob:
    key: str
    text: str
    settings: Settings
    urgent: bool
    waiters: list[Callable[[Path | None, float, str], None]]
    done: bool = False


class Renderer(threading.Thread):
    """The one thread that touches pyttsx3: starts the engine, renders phrases, lists voices."""

    def __init__(
        self, cache_dir: Path, protocol: LineWriter, on_wedged: Callable[[], None]
    ) -> None:
        super().__init__(name="speech-renderer", daemon=True)
        self.cache_dir = cache_dir
        self._protocol = protocol
        self._on_wedged = on_wedged
        self._queue: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._lock = threading.Lock()
        self._jobs: dict[str, RenderJob] = {}
        self._engine: Any = None
        self._finished = threading.Event()
        self._applied: Settings | None = None
        self._default_voice = ""
        self.unavailable: str | None = None  # why speech cannot work, once known
        self.ready = threading.Event()
        self.voice_list: list[dict[str, Any]] = []
        self.voice_ids: set[str] = set()
        self.render_times: list[float] = []

    # --- called from other threads ---

    def submit(
        self,
        text: str,
        settings: Settings,
        urgent: bool,
        waiter: Callable[[Path | None, float, str], None],
    ) -> None:
        """Render ``text`` (once, however often it is asked for) and call ``waiter(path,
        duration_s, error)`` on the renderer thread. Urgent jobs go before prepared ones."""
        key = cache_key(text, settings)
        with self._lock:
            job = self._jobs.get(key)
            if job is None:
                job = RenderJob(key, text, settings, urgent, [waiter])
                self._jobs[key] = job
            else:
                job.waiters.append(waiter)
                if not urgent or job.urgent:
                    return
                job.urgent = True  # queued again in front; the old entry is skipped later
        self._queue.put((0 if urgent else 1, next(self._seq), job))

    def call(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the renderer thread, before any prepared phrase still waiting."""
        self._queue.put((0, next(self._seq), fn))

    def close(self) -> None:
        self._queue.put((-1, next(self._seq), None))

    # --- the renderer thread ---

    def run(self) -> None:
        started = time.monotonic()
        self._start_engine()
        self.ready.set()
        ready = event(
            Event.READY,
            speech=self.unavailable is None,
            init_s=round(time.monotonic() - started, 4),
            voice=self._default_voice or None,
        )
        if self.unavailable is not None:
            ready["reason"] = self.unavailable
        self._protocol.send(ready)
        if self.unavailable is not None:
            self._protocol.send(event(Event.UNAVAILABLE, what="speech", reason=self.unavailable))
        while True:
            _, _, item = self._queue.get()
            if item is None:
                return
            if callable(item):
                item()
            elif not item.done:
                self._run_job(item)

    def _start_engine(self) -> None:
        try:
            probe = subprocess.run(
                [sys.executable, "-c", _PROBE],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=20,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.unavailable = f"speech unavailable: engine check failed: {exc}"
            return
        if probe.returncode != 0:
            lines = probe.stderr.decode("utf-8", "replace").strip().splitlines()
            why = lines[-1] if lines else f"exit code {probe.returncode}"
            self.unavailable = f"speech unavailable: {why}"
            return
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._remove_leftovers()
            import pyttsx3

            self._engine = pyttsx3.init()
            self._engine.connect("finished-utterance", lambda **_: self._finished.set())
            self._default_voice = str(self._engine.getProperty("voice") or "")
            voices = self._engine.getProperty("voices")
            self.voice_list = [
                {"id": v.id, "name": v.name, "languages": [str(x) for x in (v.languages or [])]}
                for v in voices
            ]
            self.voice_ids = {v["id"] for v in self.voice_list}
            # The first runAndWait() runs property changes queued since init() right before
            # it cancels espeak's queue (losing them): a throwaway render gets past that.
            self._synthesize("Ready.", self.cache_dir / f".warmup-{os.getpid()}.tmp.wav")
            (self.cache_dir / f".warmup-{os.getpid()}.tmp.wav").unlink(missing_ok=True)
        except Exception as exc:
            self._engine = None
            self.unavailable = f"speech unavailable: {type(exc).__name__}: {exc}"

    def _remove_leftovers(self) -> None:
        """Delete half-written files of a helper that died, and phrases long unused."""
        now = time.time()
        for pattern, age_s in ((".*.tmp.wav", 60.0), ("*.wav", CACHE_KEEP_S)):
            for old in self.cache_dir.glob(pattern):
                with contextlib.suppress(OSError):
                    if old.stat().st_mtime < now - age_s:
                        old.unlink()

    def _run_job(self, job: RenderJob) -> None:
        final = self.cache_dir / f"{job.key}.wav"
        path: Path | None = None
        duration = 0.0
        error = ""
        cached_duration = wav_duration(final)
        if cached_duration is not None:
            path, duration = final, cached_duration
        elif self._engine is None:
            error = self.unavailable or "speech unavailable"
        else:
            try:
                self._apply(job.settings)
                tmp = self.cache_dir / f".{job.key}.{os.getpid()}.tmp.wav"
                started = time.monotonic()
                self._synthesize(job.text, tmp)
                duration = trim_leading_silence(tmp)
                os.replace(tmp, final)
                self.render_times.append(time.monotonic() - started)
                path = final
            except TimeoutError as exc:
                error = f"render failed: {exc}"
                self._finish(job, None, 0.0, error)
                self._on_wedged()
                return
            except Exception as exc:
                error = f"render failed: {type(exc).__name__}: {exc}"
        self._finish(job, path, duration, error)

    def _finish(self, job: RenderJob, path: Path | None, duration: float, error: str) -> None:
        with self._lock:
            job.done = True
            self._jobs.pop(job.key, None)
            waiters = list(job.waiters)
        for waiter in waiters:
            waiter(path, duration, error)

    def _apply(self, settings: Settings) -> None:
        if settings == self._applied:
            return
        voice = settings.voice if settings.voice in self.voice_ids else self._default_voice
        self._engine.setProperty("voice", voice)
        self._engine.setProperty("rate", settings.rate)
        self._engine.setProperty("volume", settings.volume)
        self._settle()
        self._applied = settings

    def _settle(self) -> None:
        # espeak-ng queues property changes; runAndWait() cancels espeak's queue if it is not
        # empty, dropping them (a rate of 300 was silently lost). Wait for the queue to drain.
        try:
            from pyttsx3.drivers import _espeak
        except Exception:
            time.sleep(0.02)
            return
        deadline = time.monotonic() + 1.0
        while _espeak.IsPlaying() and time.monotonic() < deadline:
            time.sleep(0.001)

    def _synthesize(self, text: str, target: Path) -> float:
        """Render with pyttsx3 and wait until the file it writes is complete.

        runAndWait() may return before the file exists (the write happens on espeak's own
        thread, sometimes over a second later), so completeness is read from the file.
        """
        target.unlink(missing_ok=True)
        self._finished.clear()
        self._engine.save_to_file(text, str(target))
        self._engine.runAndWait()
        deadline = time.monotonic() + 10.0 + len(text) * 0.02
        while True:
            duration = wav_duration(target, allow_empty=self._finished.is_set())
            if duration is not None:
                return duration
            if time.monotonic() > deadline:
                raise TimeoutError("espeak-ng did not finish the file in time")
            time.sleep(0.002)


class Channel:
    """One aplay at a time, each in its own process group so stop() kills it and its children."""

    def __init__(self, name: str, helper: Helper) -> None:
        self.name = name
        self._helper = helper
        self._proc: subprocess.Popen[bytes] | None = None
        self._killed: set[int] = set()

    def play(self, path: Path, request_id: Any, text: str, duration_s: float) -> None:
        helper = self._helper
        with helper.lock:
            self._kill_locked()
            if helper.aplay is None:
                helper.playback_failed("aplay not found")
                helper.send(self._finished(request_id, False, "playback unavailable"))
                return
            try:
                proc = subprocess.Popen(
                    [helper.aplay, "-q", str(path)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    start_new_session=True,
                )
            except OSError as exc:
                helper.playback_failed(f"cannot start aplay: {exc}")
                helper.send(self._finished(request_id, False, "playback unavailable"))
                return
            self._proc = proc
            helper.send(
                event(
                    Event.STARTED,
                    id=request_id,
                    channel=self.name,
                    text=text,
                    at=time.monotonic(),
                    duration_s=round(duration_s, 4),
                    pid=proc.pid,
                )
            )
        threading.Thread(
            target=self._watch, args=(proc, request_id), name=f"aplay-{self.name}", daemon=True
        ).start()

    def stop(self) -> bool:
        with self._helper.lock:
            return self._kill_locked()

    def _kill_locked(self) -> bool:
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return False
        self._killed.add(proc.pid)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        return True

    def _watch(self, proc: subprocess.Popen[bytes], request_id: Any) -> None:
        assert proc.stderr is not None
        err = proc.stderr.read().decode("utf-8", "replace").strip()
        proc.stderr.close()
        code = proc.wait()
        helper = self._helper
        with helper.lock:
            if self._proc is proc:
                self._proc = None
            if proc.pid in self._killed:
                self._killed.discard(proc.pid)
                helper.send(self._finished(request_id, False, "stopped", proc.pid))
            elif code != 0:
                lines = [line for line in err.splitlines() if line.strip()]
                helper.playback_failed(lines[-1] if lines else f"aplay exit code {code}")
                helper.send(self._finished(request_id, False, "playback failed", proc.pid))
            else:
                helper.playback_ok()
                helper.send(self._finished(request_id, True, "", proc.pid))

    def _finished(
        self, request_id: Any, completed: bool, reason: str, pid: int | None = None
    ) -> dict[str, Any]:
        return event(
            Event.FINISHED,
            id=request_id,
            channel=self.name,
            completed=completed,
            reason=reason,
            pid=pid,
        )


class Helper:
    def __init__(self, cache_dir: Path, sounds_dir: Path, out: Any) -> None:
        self.lock = threading.RLock()  # playback state: channels, the latest say
        self.protocol = LineWriter(out, self._app_gone)
        self.sounds_dir = sounds_dir
        self.aplay = shutil.which("aplay")
        self.settings = Settings()
        self.renderer = Renderer(cache_dir, self.protocol, self._wedged)
        self.speech = Channel("speech", self)
        self.beeps = Channel("beep", self)
        self._latest_say: Any = None
        self._generation = 0  # bumped by stop: phrases waiting for a render are cancelled
        self._playback_reported = False

    def send(self, message: dict[str, Any]) -> None:
        self.protocol.send(message)

    # --- playback failures, reported once until playback works again ---

    def playback_failed(self, reason: str) -> None:
        with self.lock:
            if self._playback_reported:
                return
            self._playback_reported = True
        reason = f"playback unavailable: {reason}"
        self.send(event(Event.UNAVAILABLE, what="playback", reason=reason))

    def playback_ok(self) -> None:
        with self.lock:
            self._playback_reported = False

    # --- the main loop ---

    def run(self, stdin: Any) -> None:
        self.send(event(Event.HELLO, pid=os.getpid(), protocol=VERSION))
        if self.aplay is None:
            self.playback_failed("aplay not found (install alsa-utils)")
        self.renderer.start()
        while True:
            line = stdin.readline(MAX_LINE_BYTES + 1)
            if not line:
                break
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = stdin.readline(MAX_LINE_BYTES)
                self.send(event(Event.ERROR, message="bad request: line too long"))
                continue
            if line.strip() and self.handle_line(line) == "quit":
                break
        self.shutdown()

    def handle_line(self, line: bytes) -> str | None:
        try:
            request = decode(line)
        except BadMessage as exc:
            self.send(event(Event.ERROR, message=f"bad request: {exc}"))
            return None
        request_id = request.get("id")
        cmd = request.get("cmd")
        if cmd == Command.QUIT:
            return "quit"
        try:
            handler = getattr(self, f"cmd_{cmd}", None) if isinstance(cmd, str) else None
            if handler is None:
                raise BadRequest(f"unknown command: {cmd!r}")
            reply = handler(request_id, request)
        except BadRequest as exc:
            reply = {"ok": False, "error": str(exc)}
        except Exception as exc:  # a bug here must not end the helper
            reply = {"ok": False, "error": f"internal error: {type(exc).__name__}: {exc}"}
        if reply is not None:
            self.send({"id": request_id, **reply})
        return None

    def shutdown(self) -> None:
        self.speech.stop()
        self.beeps.stop()
        self.renderer.close()
        self.renderer.join(timeout=1.0)

    def _app_gone(self) -> None:
        self.speech.stop()
        self.beeps.stop()
        os._exit(0)

    def _wedged(self) -> None:
        # espeak-ng stopped answering: a fresh process is the only cure (the app restarts it).
        self.send(event(Event.ERROR, message="speech engine stopped responding; exiting"))
        self._app_gone()

    # --- commands: each returns the reply (without id) or None when events will follow ---

    def cmd_ping(self, request_id: Any, request: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "pong": True, "speech": self.renderer.unavailable is None}

    def cmd_render(self, request_id: Any, request: dict[str, Any]) -> dict[str, Any] | None:
        text = text_field(request)
        settings = self.settings
        path = self.renderer.cache_dir / f"{cache_key(text, settings)}.wav"
        duration = cached_duration(path)
        base = {"text": text, "settings": asdict(settings)}
        if duration is not None:
            return {"ok": True, **base, "path": str(path), "duration_s": duration, "cached": True}
        started = time.monotonic()

        def done(path: Path | None, duration_s: float, error: str) -> None:
            if path is None:
                self.send({"id": request_id, "ok": False, "error": error, **base})
            else:
                self.send(
                    {
                        "id": request_id,
                        "ok": True,
                        **base,
                        "path": str(path),
                        "duration_s": duration_s,
                        "cached": False,
                        "render_s": round(time.monotonic() - started, 4),
                    }
                )

        self.renderer.submit(text, settings, urgent=False, waiter=done)
        return None

    def cmd_say(self, request_id: Any, request: dict[str, Any]) -> None:
        text = text_field(request)
        start_by = number_field(request, "start_by")
        finish_by = number_field(request, "finish_by")
        settings = self.settings
        with self.lock:
            self._latest_say = request_id
            generation = self._generation

        def play(path: Path | None, duration_s: float, error: str) -> None:
            with self.lock:
                reason = ""
                now = time.monotonic()
                if path is None:
                    reason = error
                elif generation != self._generation:
                    reason = "stopped"
                elif self._latest_say != request_id:
                    reason = "superseded"
                elif start_by is not None and now > start_by:
                    reason = f"stale: {now - start_by:.2f} s past its start"
                elif finish_by is not None and now + duration_s > finish_by:
                    reason = "would not finish before the next cue"
                if reason:
                    dropped = event(Event.DROPPED, id=request_id, text=text)
                    self.send({**dropped, "reason": reason})
                    return
                assert path is not None
                self.speech.play(path, request_id, text, duration_s)

        path = self.renderer.cache_dir / f"{cache_key(text, settings)}.wav"
        duration = cached_duration(path)
        if duration is not None:
            play(path, duration, "")
        else:
            self.renderer.submit(text, settings, urgent=True, waiter=play)
        return None

    def cmd_play(self, request_id: Any, request: dict[str, Any]) -> None:
        path = Path(string_field(request, "path"))
        duration = wav_duration(path)
        if duration is None:
            raise BadRequest(f"not a complete WAV file: {path}")
        with self.lock:
            self._latest_say = request_id
            self.speech.play(path, request_id, "", duration)
        return None

    def cmd_beep(self, request_id: Any, request: dict[str, Any]) -> None:
        name = string_field(request, "name")
        if not BEEP_NAME.match(name):
            raise BadRequest(f"bad beep name: {name!r}")
        path = self.sounds_dir / f"{name}.wav"
        duration = wav_duration(path)
        if duration is None:
            raise BadRequest(f"no such beep: {name!r}")
        self.beeps.play(path, request_id, name, duration)
        return None

    def cmd_stop(self, request_id: Any, request: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            self._generation += 1
            stopped = [c.name for c in (self.speech, self.beeps) if c.stop()]
        return {"ok": True, "stopped": stopped}

    def cmd_voices(self, request_id: Any, request: dict[str, Any]) -> None:
        def reply() -> None:
            if self.renderer.unavailable is not None:
                self.send({"id": request_id, "ok": False, "error": self.renderer.unavailable})
            else:
                self.send({"id": request_id, "ok": True, "voices": self.renderer.voice_list})

        self.renderer.call(reply)
        return None

    def cmd_set(self, request_id: Any, request: dict[str, Any]) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if "voice" in request:
            voice = request["voice"]
            if voice is not None and not isinstance(voice, str):
                raise BadRequest("voice must be a string or null")
            known = self.renderer.voice_ids
            if voice is not None and self.renderer.ready.is_set() and voice not in known:
                raise BadRequest(f"unknown voice: {voice!r}")
            changes["voice"] = voice or None
        if "rate" in request:
            rate = number_field(request, "rate")
            if rate is None or not MIN_RATE <= rate <= MAX_RATE:
                raise BadRequest(f"rate must be {MIN_RATE}-{MAX_RATE} words per minute")
            changes["rate"] = int(rate)
        if "volume" in request:
            volume = number_field(request, "volume")
            if volume is None or not 0.0 <= volume <= 1.0:
                raise BadRequest("volume must be 0.0-1.0")
            changes["volume"] = round(float(volume), 3)
        self.settings = replace(self.settings, **changes)
        return {"ok": True, "settings": asdict(self.settings)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m barretimer.speech.helper")
    parser.add_argument("--cache-dir", type=Path, help="where rendered phrases are kept")
    parser.add_argument("--sounds-dir", type=Path, help="where the beep WAVs are")
    args = parser.parse_args(argv)
    if args.cache_dir is None or args.sounds_dir is None:
        from barretimer import paths

        cache_dir = args.cache_dir or paths.cache_dir() / "speech"
        sounds_dir = args.sounds_dir or paths.assets_dir() / "sounds"
    else:
        cache_dir, sounds_dir = args.cache_dir, args.sounds_dir

    # Keep the protocol on our own copy of stdout; anything else printed goes nowhere.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    # Ctrl+C in the app's terminal reaches us too; the app decides when we go.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    helper = Helper(cache_dir, sounds_dir, out)
    signal.signal(signal.SIGTERM, lambda *_: helper._app_gone())
    helper.run(sys.stdin.buffer)
    out.flush()
    # espeak-ng can assert while Python tears it down: leave without the teardown.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
