"""The timing engine: plays a timeline against an injected clock and tells its listeners.

Every time is computed from deadlines on the clock, never by counting ticks: a late tick
delivers the events it missed (each with its planned time) and the schedule after it is
unchanged, so there is no drift however long the workout. The host calls :meth:`tick` when
:meth:`seconds_to_next` says, and often enough to refresh its display.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Callable

from barretimer.core.engine_events import Event as Event
from barretimer.core.engine_events import EventKind as EventKind
from barretimer.core.engine_events import Listener as Listener
from barretimer.core.engine_events import State as State
from barretimer.core.timeline import CueEvent, Interval, Role, Side, Timeline

log = logging.getLogger(__name__)

Clock = Callable[[], float]

#: Within this many seconds of an interval's start, "back" goes to the previous step.
BACK_GRACE_S = 2.0
EXTEND_S = 10.0
#: How long a max step with no cap of its own may count up.
OPEN_CAP_S = 600.0
#: A jump of the clock between two ticks longer than this (clock seconds) is taken for a
#: suspend of the computer: the engine pauses rather than skip what it missed.
SUSPEND_GAP_S = 5.0


class Engine:
    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        *,
        suspend_gap_s: float | None = None,
        open_cap_s: float = OPEN_CAP_S,
    ) -> None:
        """``suspend_gap_s``: a jump of the clock longer than this between two ticks (a
        suspended computer) pauses the workout at the last tick instead of skipping ahead."""
        self.timeline = timeline
        self.said = timeline.phrasebook
        self._clock = clock
        self._suspend_gap_s = suspend_gap_s
        self._open_cap_s = open_cap_s
        self._listeners: list[Listener] = []
        self.state = State.READY
        self.index = 0
        self._origin = 0.0
        self._paused_total = 0.0
        self._paused_at: float | None = None
        self._last_tick: float | None = None
        self._start_rt = 0.0
        self._end_rt = 0.0
        # Due cues of the current interval, soonest first: each tick looks at the first only,
        # so a tick costs the same with 3 cues or 3,000.
        self._pending: deque[tuple[float, CueEvent]] = deque()
        self._touchdowns = 0
        self.touchdowns = {Side.LEFT: 0, Side.RIGHT: 0}
        self.steps_done = 0
        self.steps_skipped = 0

    # --- listeners ----------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken listener must not stop the workout
                log.exception("listener failed on %s", event.kind.value)

    # --- time ---------------------------------------------------------------------------------

    def _rt(self) -> float:
        """Routine seconds since the start, pauses excluded."""
        if self.state is State.READY:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return now - self._origin - self._paused_total

    @property
    def current(self) -> Interval | None:
        if self.state is State.READY or not self.timeline.intervals:
            return self.timeline.intervals[0] if self.timeline.intervals else None
        return self.timeline.intervals[min(self.index, len(self.timeline.intervals) - 1)]

    def elapsed_s(self) -> float:
        return self._rt()

    def interval_elapsed_s(self) -> float:
        return max(0.0, self._rt() - self._start_rt) if self.state is not State.READY else 0.0

    def interval_length_s(self) -> float:
        return (
            self._end_rt - self._start_rt
            if self.state is not State.READY
            else self._planned_length(self.current)
        )

    def remaining_s(self) -> float:
        """Seconds left in the current interval (for an open-ended one: until its cap)."""
        if self.state is State.READY:
            return self._planned_length(self.current)
        if self.state in (State.FINISHED, State.STOPPED):
            return 0.0
        return max(0.0, self._end_rt - self._rt())

    def total_remaining_s(self) -> float:
        if self.state in (State.FINISHED, State.STOPPED):
            return 0.0
        later = sum(i.duration_s for i in self.timeline.intervals[self.index + 1 :])
        return self.remaining_s() + later

    def seconds_to_next(self) -> float | None:
        """Clock seconds until the next event or boundary is due (None when not running)."""
        if self.state is not State.RUNNING:
            return None
        due = min(self._end_rt, self._pending[0][0]) if self._pending else self._end_rt
        return max(0.0, due - self._rt())

    def _planned_length(self, interval: Interval | None) -> float:
        if interval is None:
            return 0.0
        if interval.open_ended:
            return interval.cap_s if interval.cap_s else self._open_cap_s
        return interval.duration_s

    # --- playing ------------------------------------------------------------------------------

    def start(self) -> None:
        if self.state is not State.READY:
            return
        if not self.timeline.intervals:
            self.state = State.FINISHED
            self._emit(Event(EventKind.FINISHED, self.said.nothing_to_play, 0.0, 0.0))
            return
        self._origin = self._clock()
        self._last_tick = self._origin
        self.state = State.RUNNING
        self._emit(Event(EventKind.STARTED, self.timeline.routine_name, 0.0, 0.0))
        self._enter(0, 0.0, 0.0)
        self.tick()

    def tick(self) -> None:
        if self.state is not State.RUNNING:
            return
        now_clock = self._clock()
        if (
            self._suspend_gap_s is not None
            and self._last_tick is not None
            and now_clock - self._last_tick > self._suspend_gap_s
        ):
            # The clock jumped (the computer slept): pause where the last tick left off.
            self._paused_at = self._last_tick
            self.state = State.PAUSED
            rt = self._rt()
            self._emit(Event(EventKind.SUSPENDED, self.said.suspended, rt, rt, self.current))
            return
        self._last_tick = now_clock
        now = self._rt()
        while self.state is State.RUNNING:
            if self._pending and self._pending[0][0] <= now and self._pending[0][0] < self._end_rt:
                due, cue = self._pending.popleft()
                self._emit_cue(cue, due, now)
            elif now >= self._end_rt:
                self._finish_interval(self._end_rt, now, skipped=False)
            else:
                break

    def _emit_cue(self, cue: CueEvent, due: float, now: float) -> None:
        following = min(self._end_rt, self._pending[0][0]) if self._pending else self._end_rt
        window = following - due
        self._emit(
            Event(EventKind(cue.kind.value), cue.text, due, now, self.current, window_s=window)
        )

    def _enter(self, index: int, start_rt: float, now: float) -> None:
        self.index = index
        interval = self.timeline.intervals[index]
        self._start_rt = start_rt
        self._end_rt = start_rt + self._planned_length(interval)
        self._touchdowns = 0
        self._pending = self._schedule(interval, self._start_rt, self._end_rt)
        self._emit(Event(EventKind.INTERVAL_STARTED, interval.name, start_rt, now, interval))

    @staticmethod
    def _schedule(interval: Interval, start: float, end: float) -> deque[tuple[float, CueEvent]]:
        timed = [
            (end + c.offset_s if c.from_end else start + c.offset_s, c) for c in interval.events
        ]
        return deque(sorted(((t, c) for t, c in timed if start <= t < end), key=lambda tc: tc[0]))

    def _finish_interval(self, end_rt: float, now: float, *, skipped: bool) -> None:
        interval = self.timeline.intervals[self.index]
        done = max(0.0, end_rt - self._start_rt)
        if interval.is_work:
            if skipped:
                self.steps_skipped += 1
            else:
                self.steps_done += 1
        self._emit(
            Event(
                EventKind.INTERVAL_ENDED,
                interval.name,
                end_rt,
                now,
                interval,
                done_s=done,
                skipped=skipped,
                touchdowns=self._touchdowns,
            )
        )
        if self.state is not State.RUNNING and self.state is not State.PAUSED:
            return
        if self.index + 1 < len(self.timeline.intervals):
            self._enter(self.index + 1, end_rt, now)
        else:
            self.state = State.FINISHED
            self._pending.clear()
            self._emit(
                Event(
                    EventKind.FINISHED,
                    self.said.well_done.format(duration=self.said.duration(end_rt)),
                    end_rt,
                    now,
                )
            )

    # --- what the user does -------------------------------------------------------------------

    def pause(self) -> None:
        if self.state is State.RUNNING:
            self.tick()
        if self.state is State.RUNNING:
            self._paused_at = self._clock()
            self.state = State.PAUSED
            rt = self._rt()
            self._emit(Event(EventKind.PAUSED, self.said.paused, rt, rt, self.current))

    def resume(self) -> None:
        if self.state is State.PAUSED and self._paused_at is not None:
            now = self._clock()
            self._paused_total += now - self._paused_at
            self._paused_at = None
            self._last_tick = now
            self.state = State.RUNNING
            rt = self._rt()
            self._emit(Event(EventKind.RESUMED, self.said.resumed, rt, rt, self.current))
            self.tick()

    def toggle_pause(self) -> None:
        if self.state is State.RUNNING:
            self.pause()
        else:
            self.resume()

    def _active(self) -> bool:
        if self.state is State.RUNNING:
            self.tick()
        return self.state in (State.RUNNING, State.PAUSED)

    def skip(self) -> None:
        """End the current interval now and go on to the next."""
        if not self._active():
            return
        rt = self._rt()
        self._emit(
            Event(
                EventKind.SKIPPED, self.current.name if self.current else "", rt, rt, self.current
            )
        )
        self._finish_interval(rt, rt, skipped=True)

    def done(self) -> None:
        """End an open-ended (max) interval now; it counts as done, not skipped."""
        if not self._active() or self.current is None or not self.current.open_ended:
            return
        rt = self._rt()
        self._finish_interval(rt, rt, skipped=False)

    def back(self) -> None:
        """Restart the current interval, or go to the previous step within its first 2 s."""
        if not self._active():
            return
        rt = self._rt()
        target = self.index
        if rt - self._start_rt < BACK_GRACE_S:
            earlier = [
                i.index
                for i in self.timeline.intervals[: self.index]
                if i.role in (Role.WORK, Role.LEAD_IN)
            ]
            if earlier:
                target = earlier[-1]
        self._emit(
            Event(EventKind.WENT_BACK, self.timeline.intervals[target].name, rt, rt, self.current)
        )
        # The attempt is played again: its touchdowns go with it, as its time does.
        side = self.current.side if self.current else None
        if side is not None:
            self.touchdowns[side] -= self._touchdowns
        self._enter(target, rt, rt)

    def extend(self, seconds: float = EXTEND_S) -> None:
        """Add time to the current interval; its end cues move with its end."""
        if not self._active() or self.current is None:
            return
        rt = self._rt()
        self._end_rt += seconds
        fired_from_start = {id(c) for _, c in self._pending if not c.from_end}
        self._pending = deque(
            (t, c)
            for t, c in self._schedule(self.current, self._start_rt, self._end_rt)
            if t > rt and (c.from_end or id(c) in fired_from_start)
        )
        self._emit(
            Event(EventKind.EXTENDED, f"{math.ceil(seconds)} more seconds.", rt, rt, self.current)
        )

    def touchdown(self) -> Side | None:
        """Count a touchdown (the lifted foot touched the floor) on the current side."""
        if not self._active() or self.current is None or not self.current.is_work:
            return None
        side = self.current.side
        self._touchdowns += 1
        if side is not None:
            self.touchdowns[side] += 1
        rt = self._rt()
        self._emit(Event(EventKind.TOUCHDOWN, self.said.touchdown, rt, rt, self.current, side=side))
        return side

    def stop(self) -> None:
        if self.state is State.RUNNING:
            self.tick()
        if self.state not in (State.RUNNING, State.PAUSED, State.READY):
            return
        rt = self._rt()
        if self.state is not State.READY:
            self.state = State.STOPPED
            self._finish_interval(rt, rt, skipped=True)
        self.state = State.STOPPED
        self._pending.clear()
        self._emit(Event(EventKind.STOPPED, self.said.stopped, rt, rt, self.current))
