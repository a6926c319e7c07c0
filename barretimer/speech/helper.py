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
import os
import re
import shutil
import signal
import sys
import threading
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from barretimer.speech.playback import Channel
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
from barretimer.speech.render import Renderer, Settings, cache_key, cached_duration, wav_duration

MIN_RATE, MAX_RATE = 80, 450
BEEP_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")


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
