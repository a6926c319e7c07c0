"""``barretimer play``: a routine in the window, or ``--headless`` in this terminal."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from barretimer import paths
from barretimer.cli.app import open_app
from barretimer.cli.common import (
    UserError,
    chosen_language,
    open_store,
    read_catalog,
    routine_path,
    shipped_translation,
)

if TYPE_CHECKING:
    from barretimer.core.engine import Engine, Event


#: The longest a headless max step waits for Enter when it has no cap.
HEADLESS_OPEN_CAP_S = 60.0


def _scaled_clock(speed: float) -> Callable[[], float]:
    start = time.monotonic()
    return lambda: (time.monotonic() - start) * speed


def _printer(out: TextIO, as_json: bool) -> Callable[[Event], None]:
    from barretimer.core.durations import format_clock
    from barretimer.core.engine import EventKind
    from barretimer.core.text import json_line, one_line

    shown = {k for k in EventKind if k.spoken} | {
        EventKind.PAUSED,
        EventKind.RESUMED,
        EventKind.SUSPENDED,
        EventKind.SKIPPED,
        EventKind.STOPPED,
    }

    broken = False

    def show(event: Event) -> None:
        nonlocal broken
        if broken:
            return
        try:
            _show(event)
        except (BrokenPipeError, ValueError):
            broken = True  # the reader went away (e.g. `| head`); keep playing and recording
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())

    def _show(event: Event) -> None:
        if as_json:
            record: dict[str, Any] = {
                "event": event.kind.value,
                "text": event.text,
                "planned_s": round(event.planned_s, 4),
                "actual_s": round(event.actual_s, 4),
            }
            if event.interval is not None:
                record["interval"] = event.interval.index
                if event.interval.side is not None:
                    record["side"] = event.interval.side.value
            if event.kind is EventKind.INTERVAL_ENDED:
                record.update(done_s=round(event.done_s, 4), skipped=event.skipped)
            out.write(json_line(record) + "\n")
        elif event.kind in shown:
            out.write(f"[{format_clock(event.planned_s)}] {one_line(event.text)}\n")
        out.flush()

    return show


def _make_speaker(enabled: bool, language: str = "en") -> Any:
    """The speech client, or None when speech is off or cannot start."""
    if not enabled:
        return None
    try:
        from barretimer.speech.client import SpeechClient
    except ImportError:
        return None
    told = False

    def notice_once(reason: str) -> None:
        nonlocal told  # one notice: the workout goes on either way, and the rest is noise
        if not told:
            told = True
            print(f"notice: {reason}", file=sys.stderr)

    try:
        client = SpeechClient(on_unavailable=notice_once)
        client.start()
        from barretimer.core.languages import language as language_info

        voice = language_info(language).voice
        if voice:
            client.set_voice(voice)  # the language's voice (English: espeak-ng's default)
        return client
    except Exception as error:  # speech is never worth failing a workout for
        print(f"notice: speech is off ({error})", file=sys.stderr)
        return None


def cmd_play(args: argparse.Namespace) -> int:
    if not args.headless:
        return open_app(str(routine_path(args.file)), args.language)
    from barretimer.core.engine import SUSPEND_GAP_S, Engine, State
    from barretimer.core.loader import load_routine_file
    from barretimer.core.timeline import compile_timeline
    from barretimer.workout import RecordAs, Workout

    path = routine_path(args.file)
    language = chosen_language(args.language)
    translation = shipped_translation(language)
    result = load_routine_file(path, translation.catalog(read_catalog()))
    if not result.ok or result.routine is None:
        for line in dict.fromkeys(map(str, result.problems)):
            print(line, file=sys.stderr)
        return 1
    routine = result.routine
    if path.resolve().parent == paths.shipped_routines_dir().resolve():
        routine = translation.routine(path.stem, routine)  # a user's own: shown as written
    from barretimer.core.phrases import phrases_for

    timeline = compile_timeline(routine, args.scale, phrases=phrases_for(language))
    try:
        store = open_store()
    except UserError as error:
        store = None  # the workout is worth more than its record: play it anyway
        print(f"notice: {error}; this session will not be saved to the history.", file=sys.stderr)
    speaker = _make_speaker(not args.no_speech, language)
    if speaker is not None:
        speaker.prepare(timeline.phrases())
    workout = Workout(
        Engine(
            timeline,
            _scaled_clock(args.speed),
            suspend_gap_s=SUSPEND_GAP_S * args.speed,
            open_cap_s=HEADLESS_OPEN_CAP_S,
        ),
        speaker=speaker,
        store=store,
        record_as=RecordAs(path.resolve(), result.content_hash, routine.level.value),
        on_record_error=lambda message: print(f"notice: {message}", file=sys.stderr),
    )
    engine = workout.engine
    engine.add_listener(_printer(sys.stdout, args.json))  # the display listens last
    try:
        if not _play_until_done(engine, args.speed) and not args.json:
            saved = "the session is saved as stopped" if store is not None else "nothing was saved"
            print(f"Stopped; {saved}.", file=sys.stderr)
    finally:
        if speaker is not None:
            speaker.shutdown()
        if store is not None:
            store.close()
    return 0 if engine.state is State.FINISHED else 130


def _play_until_done(engine: Engine, speed: float) -> bool:
    """Tick ``engine`` until it ends; Enter finishes a max hold, or goes on after a suspend.
    Ctrl-C or SIGTERM stops it: returns False then."""
    from barretimer.core.engine import State

    interactive = sys.stdin is not None and sys.stdin.isatty()
    enter = threading.Event()
    if interactive:
        threading.Thread(target=_wait_for_enter, args=(enter,), daemon=True).start()

    # Ctrl-C and SIGTERM only raise a flag: the loop stops the engine between two ticks, so a
    # signal never lands in the middle of writing the history.
    stop_requested = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop_requested.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    hinted = False
    try:
        engine.start()
        while engine.state in (State.RUNNING, State.PAUSED) and not stop_requested.is_set():
            wait = engine.seconds_to_next()
            time.sleep(min(0.05, (wait if wait is not None else 0.05) / speed))
            if engine.state is State.PAUSED:
                # A pause here comes from a suspend. Enter goes on; with no terminal to press
                # Enter in, go on at once: nothing was skipped, the workout resumes where it was.
                if enter.is_set() or not interactive:
                    enter.clear()
                    engine.resume()
                    hinted = False
                elif not hinted:
                    print("Press Enter to go on.", file=sys.stderr)
                    hinted = True
                continue
            if enter.is_set():
                enter.clear()
                engine.done()
            engine.tick()
        if stop_requested.is_set():
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        engine.stop()
        return False
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return True


def _wait_for_enter(flag: threading.Event) -> None:
    try:
        while sys.stdin.readline():
            flag.set()
    except (OSError, ValueError):
        pass


def add_play_command(commands: Any) -> None:
    """``barretimer play FILE``: in the window, or ``--headless`` here."""
    play = commands.add_parser("play", help="play a routine")
    play.add_argument("file", metavar="FILE")
    play.add_argument(
        "--headless", action="store_true", help="play in this terminal, without the window"
    )
    play.add_argument(
        "--speed", type=float, default=1.0, help="play this many times faster (for trying out)"
    )
    play.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="stretch holds, balance and stretches (1.1 = 110%%)",
    )
    play.add_argument("--no-speech", action="store_true", help="do not speak the cues")
    play.add_argument("--json", action="store_true", help="one JSON object per event")
    play.set_defaults(run=cmd_play)
