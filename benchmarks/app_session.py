"""One benchmark session inside the real app: ``python -m benchmarks.app_session CONFIG.json``.

It starts the app exactly as ``barretimer ROUTINE.yaml`` does (``barretimer.ui.app.run_app``),
waits for the speech helper, presses the start panel's play button and records, while the
routine plays in the main window:

* every engine event: planned and actual routine seconds, and the moment its listener ran on
  ``time.monotonic`` (the host's clock is CLOCK_BOOTTIME; the two differ by a constant that is
  measured at the start), whether its phrase was rendered when it was due;
* a reference countdown: a 1 s QTimer started with the engine, ``remaining -= 1`` each tick;
* optionally a 300 ms busy-wait of the GUI thread every 10 s (a QTimer), and its times;
* optionally a 10 ms heartbeat QTimer in the GUI thread: the gaps between its ticks (the
  first, across the start's page switch, and the one across the end are kept apart);
* RSS (VmRSS, VmHWM of this process; VmRSS of the speech helper) every second;
* what the speech client reports: phrases started (with aplay's start time) and dropped.

Nothing of the app is changed. Three of its names are wrapped for the measurement: the
``EngineHost`` the player builds (to add a listener and, with ``speed``, scale the suspend gap
like the CLI does), ``start_speech`` (to pass an ``on_dropped`` callback) and the clock
(only with ``speed`` != 1). The result is written as JSON to the config's ``out``.
"""

from __future__ import annotations

import array
import gc
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

from barretimer.core import clock as clock_module
from barretimer.core.engine import SUSPEND_GAP_S, Engine
from barretimer.ui import main_window as main_window_module
from barretimer.ui import speech_qt as speech_qt_module
from barretimer.ui.player import host as host_module
from barretimer.ui.player import run as run_module
from benchmarks.common import proc_status_kb
from benchmarks.heartbeat import ThreadTimes, steal_reader

HEARTBEAT_BUCKETS_MS = 200  # 1 ms buckets; longer gaps are kept one by one


def _offset_to_monotonic(clock: Any) -> float:
    """``time.monotonic() - clock()``, from the tightest of a few bracketed readings."""
    best = (float("inf"), 0.0)
    for _ in range(50):
        before = time.monotonic()
        value = clock()
        after = time.monotonic()
        best = min(best, (after - before, (before + after) / 2 - value))
    return best[1]


def _context_switches() -> dict[str, int]:
    """Voluntary plus involuntary context switches so far, by thread id. Each voluntary switch
    is a sleep ended by a wakeup (a timer, a socket, a signal)."""
    import os

    counts: dict[str, int] = {}
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/status", encoding="ascii") as status:
                counts[task] = sum(
                    int(line.split()[1])
                    for line in status
                    if line.startswith(("voluntary_ctxt", "nonvoluntary_ctxt"))
                )
        except OSError:
            continue  # a thread that ended meanwhile
    return counts


def _switches_since(before: dict[str, int], after: dict[str, int]) -> int:
    """Switches between two readings: of the threads alive at the second (a thread that
    ended in between took its count with it, so this is a little low, never negative)."""
    return sum(count - before.get(task, 0) for task, count in after.items())


def _cpu_seconds(pid: str) -> float | None:
    """User plus system CPU seconds of a process so far (None if it is gone)."""
    import os

    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Session(QObject):
    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__()
        self.config = config
        self.speed = float(config.get("speed", 1.0))
        self.window: Any = None
        self.speech: Any = None
        self.host: Any = None
        self.base_clock: Any = clock_module.system_clock()
        self.origin_clock: float | None = None
        self.mono_offset = 0.0
        self.origin_mono: float | None = None
        self.events: list[dict[str, Any]] = []
        self.spoken: list[tuple[str, float]] = []
        self.dropped: list[tuple[str, str, float]] = []
        self.blocks: list[tuple[float, float]] = []
        self.rss: list[tuple[float, float, int, int, int]] = []  # mono, routine s, rss, hwm, helper
        self.reference_ticks = array.array("d")
        self.reference_remaining = 0
        self.heartbeat_hist = array.array("l", [0] * HEARTBEAT_BUCKETS_MS)
        self.heartbeat_long: list[tuple[float, float, int, float, float]] = []
        self.steal = steal_reader()
        self.thread_times: ThreadTimes | None = None  # made in the GUI thread, with the beat
        self.heartbeat_steal = 0
        self.heartbeat_times = (0.0, 0.0)
        self.heartbeat_last: float | None = None
        self.heartbeat_count = 0
        self.errors: list[str] = []
        self.marks: dict[str, float] = {"process_started_mono": time.monotonic()}
        self.gc_pauses: list[tuple[float, int, float]] = []  # (start, generation, seconds) > 2 ms
        self.gc_counts = [0, 0, 0]
        self.gc_max_s = [0.0, 0.0, 0.0]
        self._gc_began = 0.0
        self.finished = False
        self._timers: list[QTimer] = []
        self.load: dict[str, float] = {}  # CPU and wakeups over a window (load_for_s, idle_s)
        self._switches_began: dict[str, int] = {}

    # --- the app's names, wrapped --------------------------------------------------------------

    def on_gc(self, phase: str, info: dict[str, Any]) -> None:
        """Python's cyclic collector stops every thread of the process: time each run."""
        if phase == "start":
            self._gc_began = time.monotonic()
            return
        took = time.monotonic() - self._gc_began
        generation = int(info.get("generation", 0))
        self.gc_counts[generation] += 1
        self.gc_max_s[generation] = max(self.gc_max_s[generation], took)
        if took > 0.002 and len(self.gc_pauses) < 1000:
            self.gc_pauses.append((self._gc_began, generation, took))

    def install(self) -> None:
        session = self
        gc.callbacks.append(self.on_gc)
        base_clock = self.base_clock
        if self.speed != 1.0:
            start = base_clock()
            speed = self.speed

            def scaled() -> float:
                return start + (base_clock() - start) * speed

            clock_module.system_clock = lambda: scaled
            self.clock_for_app = scaled
        else:
            self.clock_for_app = base_clock

        probe = {"last": 0.0}  # the clock reading the engine took last

        class ProbeEngine(Engine):
            def __init__(self, timeline: Any, clock: Any, **kwargs: Any) -> None:
                def probe_clock() -> float:
                    value = clock()
                    probe["last"] = value
                    return value

                if session.speed != 1.0:
                    kwargs["suspend_gap_s"] = SUSPEND_GAP_S * session.speed
                super().__init__(timeline, probe_clock, **kwargs)

        class ProbeHost(host_module.EngineHost):
            def __init__(self, engine: Any, **kwargs: Any) -> None:
                super().__init__(engine, **kwargs)
                self.engine.add_listener(lambda event: session.on_event(self, event))
                session.host = self

            @property
            def _bench_last(self) -> float:
                return probe["last"]

        run_module.Engine = ProbeEngine  # type: ignore[misc]
        run_module.EngineHost = ProbeHost  # type: ignore[misc]

        original_start_speech = speech_qt_module.start_speech

        def start_speech(parent: Any = None, **options: Any) -> Any:
            options.setdefault("on_dropped", session.on_dropped)
            speech = original_start_speech(parent, **options)
            session.speech = speech
            return speech

        speech_qt_module.start_speech = start_speech

        original_report = speech_qt_module.QtSpeech.report_spoken

        def report_spoken(speech: Any, text: str, started_at: float = 0.0) -> None:
            session.spoken.append((text, started_at))
            original_report(speech, text, started_at)

        speech_qt_module.QtSpeech.report_spoken = report_spoken  # type: ignore[method-assign]

        original_show = main_window_module.MainWindow.show

        def show(window: Any) -> None:
            original_show(window)
            if session.window is None:
                session.window = window
                session.marks["window_shown_mono"] = time.monotonic()
                QTimer.singleShot(0, session.guard(session.wait_for_speech))

        main_window_module.MainWindow.show = show  # type: ignore[method-assign]

    # --- steps ------------------------------------------------------------------------------

    def guard(self, function: Any) -> Any:
        """Run ``function`` as a slot; an error ends the session instead of opening a dialog."""

        def run(*args: Any) -> None:
            try:
                function(*args)
            except Exception:
                self.errors.append(traceback.format_exc())
                self.finish()

        return run

    def wait_for_speech(self) -> None:
        client = getattr(self.speech, "speaker", None)
        started = getattr(self.speech, "started", True)  # the client is made after 1st frame
        ready = started and getattr(client, "speech_available", True) is not None
        waited = time.monotonic() - self.marks["window_shown_mono"]
        if ready or waited > float(self.config.get("wait_speech_s", 20.0)):
            self.marks["speech_ready_mono"] = time.monotonic()
            self.speech_ready = ready
            idle_s = self.config.get("idle_s")
            if idle_s:  # the window open on the start panel, nothing playing
                self.measure_load(float(self.config.get("settle_ms", 500)) / 1000, float(idle_s))
                return
            QTimer.singleShot(int(self.config.get("settle_ms", 500)), self.guard(self.press_play))
        else:
            QTimer.singleShot(50, self.guard(self.wait_for_speech))

    def press_play(self) -> None:
        panel = self.window.player.start_panel
        # The routine as written (100%): the first-time suggestion may offer an easier scale.
        scales = [choice.scale for choice in panel.choices()]
        if 1.0 not in scales:
            raise RuntimeError(f"the start panel offers no 100% choice: {scales}")
        button = panel.primary_button if scales.index(1.0) == 0 else panel.secondary_button
        if not button.isVisible():
            raise RuntimeError("the start panel shows no play button (the routine has problems?)")
        self.marks["play_pressed_mono"] = time.monotonic()
        button.click()

    def timer(self, interval_ms: int, slot: Any, *, precise: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        if precise:
            timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(self.guard(slot))
        self._timers.append(timer)
        return timer

    def on_started(self, host: Any) -> None:
        self.origin_clock = host._bench_last  # the clock reading the engine took as its origin
        self.mono_offset = _offset_to_monotonic(self.base_clock)
        if self.speed == 1.0:
            self.origin_mono = self.origin_clock + self.mono_offset
        else:
            self.origin_mono = time.monotonic()
        total = host.engine.timeline.total_s
        self.marks["total_s"] = total
        if self.config.get("reference", True) and self.speed == 1.0:
            self.reference_remaining = round(total)
            self.marks["reference_start_mono"] = time.monotonic()
            self.timer(1000, self.reference_tick).start()  # a default (coarse) timer
        if self.config.get("heartbeat_ms"):
            self.heartbeat_last = time.monotonic()
            self.thread_times = ThreadTimes()
            self.heartbeat_times, self.heartbeat_steal = self.thread_times.read(), self.steal()
            self.timer(int(self.config["heartbeat_ms"]), self.heartbeat, precise=True).start()
        every = self.config.get("block_every_s")
        if every:
            blocker = self.timer(int(every * 1000), self.block, precise=True)
            offset_ms = int(float(self.config.get("block_offset_s", 5.0)) * 1000)
            QTimer.singleShot(offset_ms, self.guard(lambda: (self.block(), blocker.start())))
        self.sample_rss()
        self.timer(int(float(self.config.get("rss_every_s", 1.0)) * 1000), self.sample_rss).start()
        if self.config.get("load_for_s"):
            self.measure_load(
                float(self.config.get("load_after_s", 10.0)), float(self.config["load_for_s"])
            )

    def measure_load(self, after_s: float, for_s: float) -> None:
        """CPU time and context switches of this process over ``for_s`` seconds from
        ``after_s`` on; with ``idle_s`` the session ends there."""

        def begin() -> None:
            self.load["began_mono"] = time.monotonic()
            self.load["cpu_began_s"] = _cpu_seconds("self") or 0.0
            self._switches_began = _context_switches()
            QTimer.singleShot(int(for_s * 1000), self.guard(end))

        def end() -> None:
            now = time.monotonic()
            import os

            switches = _context_switches()
            main_task = str(os.getpid())
            main = switches.get(main_task, 0) - self._switches_began.get(main_task, 0)
            total = _switches_since(self._switches_began, switches)
            self.load["threads"] = len(switches)
            wall = now - self.load["began_mono"]
            self.load["wall_s"] = wall
            self.load["cpu_share"] = (
                (_cpu_seconds("self") or 0.0) - self.load["cpu_began_s"]
            ) / wall
            self.load["main_wakeups_per_s"] = main / wall
            self.load["all_wakeups_per_s"] = total / wall
            if self.config.get("idle_s"):
                self.finish()

        QTimer.singleShot(int(after_s * 1000), self.guard(begin))

    # --- probes -----------------------------------------------------------------------------

    def on_event(self, host: Any, event: Any) -> None:
        now_mono = time.monotonic()
        try:
            kind = event.kind.value
            if kind == "started":
                self.on_started(host)
            client = getattr(self.speech, "speaker", None)
            rendered = None
            if event.kind.spoken and hasattr(client, "is_prepared"):
                rendered = bool(client.is_prepared(event.text))
            self.events.append(
                {
                    "kind": kind,
                    "text": event.text,
                    "planned_s": event.planned_s,
                    "actual_s": event.actual_s,
                    "interval": event.interval.index if event.interval is not None else None,
                    "window_s": event.window_s,
                    "listener_mono": now_mono,
                    "rendered": rendered,
                }
            )
            if kind == "finished":
                self.marks["finished_mono"] = now_mono
                linger = int(float(self.config.get("linger_s", 2.0)) * 1000)
                QTimer.singleShot(linger, self.guard(self.finish))
        except Exception:
            self.errors.append(traceback.format_exc())

    def on_dropped(self, text: str, reason: str) -> None:
        self.dropped.append((text, reason, time.monotonic()))

    def reference_tick(self) -> None:
        now = time.monotonic()
        if self.reference_remaining <= 0:
            return
        self.reference_ticks.append(now)
        self.reference_remaining -= 1
        if self.reference_remaining == 0:
            self.marks["reference_end_mono"] = now

    def heartbeat(self) -> None:
        now = time.monotonic()
        assert self.thread_times is not None  # made when the heartbeat starts
        cpu, wait = self.thread_times.read()
        steal = self.steal()
        finished = self.marks.get("finished_mono")
        if finished is not None:
            # Playing is over: the gap across the end (the summary opening) is kept apart.
            if self.heartbeat_last is not None and "heartbeat_end_gap_s" not in self.marks:
                self.marks["heartbeat_end_gap_s"] = now - self.heartbeat_last
            return
        if self.heartbeat_last is not None and "heartbeat_start_gap_s" not in self.marks:
            # The first beat's gap spans the start: the page switches from the start panel to
            # the player. Kept apart, as the gap across the end is.
            self.marks["heartbeat_start_gap_s"] = now - self.heartbeat_last
        elif self.heartbeat_last is not None:
            gap = now - self.heartbeat_last
            bucket = int(gap * 1000)
            if bucket < HEARTBEAT_BUCKETS_MS:
                self.heartbeat_hist[bucket] += 1
            if gap > 0.015 and len(self.heartbeat_long) < 2000:
                # When (for matching with events); the CPU time the hypervisor took meanwhile;
                # what the GUI thread worked and how long it waited for a CPU within the gap.
                worked, waited = cpu - self.heartbeat_times[0], wait - self.heartbeat_times[1]
                stolen = steal - self.heartbeat_steal
                self.heartbeat_long.append((now, gap, stolen, worked, waited))
            self.heartbeat_count += 1
        self.heartbeat_last = now
        self.heartbeat_times, self.heartbeat_steal = (cpu, wait), steal

    def block(self) -> None:
        began = time.monotonic()
        until = began + float(self.config.get("block_s", 0.3))
        while time.monotonic() < until:
            pass
        self.blocks.append((began, time.monotonic()))

    def sample_rss(self) -> None:
        status = proc_status_kb("self", ("VmRSS", "VmHWM"))
        helper_pid = getattr(getattr(self.speech, "speaker", None), "helper_pid", None)
        helper = proc_status_kb(str(helper_pid), ("VmRSS",)).get("VmRSS", 0) if helper_pid else 0
        routine_s = self.host.engine.elapsed_s() if self.host is not None else 0.0
        self.rss.append(
            (time.monotonic(), routine_s, status.get("VmRSS", 0), status.get("VmHWM", 0), helper)
        )

    # --- the end ----------------------------------------------------------------------------

    def finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        for timer in self._timers:
            timer.stop()
        try:
            self.sample_rss()
        except Exception:
            self.errors.append(traceback.format_exc())
        self.write()
        from PySide6.QtWidgets import QApplication

        QApplication.quit()

    def result(self) -> dict[str, Any]:
        client = getattr(self.speech, "speaker", None)
        stats = getattr(client, "stats", {})
        return {
            "config": self.config,
            "marks": self.marks,
            "origin_clock": self.origin_clock,
            "origin_mono": self.origin_mono,
            "mono_offset": self.mono_offset,
            "events": self.events,
            "spoken": self.spoken,
            "dropped": self.dropped,
            "blocks": self.blocks,
            "rss": self.rss,
            "reference_ticks": list(self.reference_ticks),
            "heartbeat": {
                "count": self.heartbeat_count,
                "hist_ms": list(self.heartbeat_hist),
                "long": self.heartbeat_long,
            },
            "speech": {
                "available": getattr(client, "speech_available", None),
                "helper_pid": getattr(client, "helper_pid", None),
                "say_to_start_s": list(stats.get("say_to_start_s", [])),
                "restarts": stats.get("restarts", 0),
            },
            "gc": {"counts": self.gc_counts, "max_s": self.gc_max_s, "pauses": self.gc_pauses},
            "cpu_s": _cpu_seconds("self"),
            "load": self.load,
            "helper_cpu_s": _cpu_seconds(str(getattr(client, "helper_pid", "") or "")),
            "errors": self.errors,
        }

    def write(self) -> None:
        Path(self.config["out"]).write_text(json.dumps(self.result()), encoding="utf-8")


def main(argv: list[str]) -> int:
    config = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    session = Session(config)
    session.install()
    from barretimer.ui.app import run_app

    code = run_app(config["routine"])
    if not session.finished:
        session.errors.append(f"the app exited (code {code}) before the routine finished")
        session.write()
    return 0 if not session.errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
