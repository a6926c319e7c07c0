"""When to speak a cue: play it now, interrupt the current phrase, wait, or drop it.

Pure logic with no clock of its own: every call takes ``now`` (seconds on any monotonic
clock), so tests drive it with plain numbers.

The rules:

* Cues never talk over each other: one phrase at a time.
* HIGH (3-2-1, "switch sides", "go") always plays at once, interrupting whatever is playing
  (a newer HIGH cue interrupts an older one too: the newest countdown number is the true one).
* A NORMAL or LOW cue interrupts a phrase of lower priority; otherwise it waits for the
  current phrase to end.
* A NORMAL or LOW cue with a window (seconds until the next cue or interval boundary) is
  dropped if, started as soon as it can be, it would not finish inside that window.
* A LOW cue that cannot start within ``stale_s`` of its time is dropped rather than spoken late.
  A NORMAL cue may start late (late is better than never) as long as it still fits.
* A cue that is not rendered yet starts ``render_s`` later than one that is.

A phrase counts as over at its expected end (its start, as reported with :meth:`started`,
plus its duration), not when the player process exits: aplay through PulseAudio exits about
1.5 s after the sound has ended. Until its start is reported, a phrase is given
``unconfirmed_grace_s`` past its estimated end.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from barretimer.speech.api import Priority

DEFAULT_STALE_S = 0.5
UNCONFIRMED_GRACE_S = 2.0


class Action(Enum):
    PLAY = "play"  # nothing is playing: start it
    INTERRUPT = "interrupt"  # stop the current phrase and start this one
    WAIT = "wait"  # start it when the current phrase ends (the planner keeps it)
    DROP = "drop"


@dataclass(frozen=True)
class Cue:
    text: str
    priority: Priority
    due_at: float  # when the cue was asked for
    duration_s: float  # known from the rendered file, or an estimate
    window_s: float | None = None  # it must end by due_at + window_s; None: no limit
    rendered: bool = True


@dataclass(frozen=True)
class Decision:
    action: Action
    cue: Cue
    reason: str = ""


class Planner:
    """Tracks the phrase playing now and the cues waiting for it; decides on each new cue."""

    def __init__(
        self,
        stale_s: float = DEFAULT_STALE_S,
        render_s: float = 0.05,
        unconfirmed_grace_s: float = UNCONFIRMED_GRACE_S,
    ) -> None:
        self.stale_s = stale_s
        self.render_s = render_s
        self.unconfirmed_grace_s = unconfirmed_grace_s
        self.playing: Cue | None = None
        self.ends_at = 0.0  # expected end of ``playing``
        self._confirmed = False  # whether ends_at comes from a reported start
        self._waiting: list[Cue] = []

    @property
    def waiting(self) -> list[Cue]:
        return list(self._waiting)

    @property
    def free_at(self) -> float:
        """When the playing phrase stops holding back the waiting cues (poll() then)."""
        return self.ends_at + (0.0 if self._confirmed else self.unconfirmed_grace_s)

    def offer(self, now: float, cue: Cue) -> Decision:
        """Decide on a new cue. PLAY and INTERRUPT make it the playing phrase; WAIT keeps it."""
        playing = self._playing(now)
        if playing is None:
            action = Action.PLAY
        elif cue.priority == Priority.HIGH or cue.priority > playing.priority:
            action = Action.INTERRUPT
        else:
            action = Action.WAIT

        if cue.priority != Priority.HIGH:
            start_at = now if action != Action.WAIT else max(now, self.ends_at)
            reason = self._why_not(cue, start_at)
            if reason:
                return Decision(Action.DROP, cue, reason)

        if action == Action.WAIT:
            self._waiting.append(cue)
            self._waiting.sort(key=lambda c: (-c.priority, c.due_at))
        else:
            self._start(now, cue)
        return Decision(action, cue)

    def started(self, at: float, duration_s: float) -> None:
        """The playing phrase really started at ``at``: correct its expected end."""
        if self.playing is not None:
            self.ends_at = at + duration_s
            self._confirmed = True

    def finished(self, now: float) -> list[Decision]:
        """The playing phrase ended early (stopped, failed) or its player exited: decide on
        the waiting cues."""
        self.playing = None
        return self.poll(now)

    def poll(self, now: float) -> list[Decision]:
        """Drop waiting cues that no longer fit; start the first one that does if nothing plays
        (call it at :attr:`ends_at`).

        Returns DROP decisions and at most one PLAY decision.
        """
        decisions: list[Decision] = []
        playing = self._playing(now)
        start_at = now if playing is None else max(now, self.ends_at)
        for cue in list(self._waiting):
            reason = self._why_not(cue, start_at)
            if reason:
                self._waiting.remove(cue)
                decisions.append(Decision(Action.DROP, cue, reason))
            elif self.playing is None:
                self._waiting.remove(cue)
                self._start(now, cue)
                decisions.append(Decision(Action.PLAY, cue))
        return decisions

    def clear(self) -> list[Cue]:
        """Forget the playing phrase and the waiting cues (after stop()); return the waiting."""
        dropped, self._waiting = self._waiting, []
        self.playing = None
        return dropped

    def _playing(self, now: float) -> Cue | None:
        if self.playing is not None and now >= self.free_at:
            self.playing = None
        return self.playing

    def _start(self, now: float, cue: Cue) -> None:
        self.playing = cue
        self._confirmed = False
        self.ends_at = now + (0.0 if cue.rendered else self.render_s) + cue.duration_s

    def _why_not(self, cue: Cue, start_at: float) -> str:
        """Why ``cue`` may not start at ``start_at`` (an empty string: it may)."""
        if not cue.rendered:
            start_at += self.render_s
        if cue.priority == Priority.LOW and start_at - cue.due_at > self.stale_s:
            return f"stale: could start only {start_at - cue.due_at:.2f} s after its time"
        if cue.window_s is not None and start_at + cue.duration_s > cue.due_at + cue.window_s:
            return "would not finish before the next cue"
        return ""
