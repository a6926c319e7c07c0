"""Rendering phrases to WAV files with pyttsx3 (espeak-ng), in the helper process: the one
renderer thread, the phrase cache and the WAV helpers."""

from __future__ import annotations

import array
import contextlib
import hashlib
import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from barretimer.speech.api import DEFAULT_RATE
from barretimer.speech.protocol import (
    Event,
    LineWriter,
    event,
)

CACHE_FORMAT = "v2"  # change to invalidate every cached phrase (v2: leading silence trimmed)
CACHE_KEEP_S = 90 * 24 * 3600  # a phrase not used for this long is deleted

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
