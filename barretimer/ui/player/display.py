"""What the player shows at one moment, taken from the engine: the countdown's text, the
exercise, the side, the cue, what comes next and where the workout is. Read by the player's
view, the mini view, the controls and the history notes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from barretimer.core.durations import format_clock
from barretimer.core.engine import Engine, State
from barretimer.core.model import Kind, SideMeans
from barretimer.core.timeline import Role, Side
from barretimer.ui.labels import max_label
from barretimer.ui.player.strip import interval_kind

#: Below this many seconds left the countdown shows tenths.
TENTHS_BELOW_S = 10.0


def countdown_text(remaining_s: float, show_tenths: bool = True) -> str:
    """``m:ss`` rounded up (a fresh 45 s interval shows 0:45); tenths in the last 10 s, unless
    ``show_tenths`` is off (reduced motion: the number changes once a second)."""
    if show_tenths and remaining_s < TENTHS_BELOW_S:
        tenths = max(0, math.floor(remaining_s * 10 + 1e-6))
        return f"{tenths // 10}.{tenths % 10}"
    return format_clock(math.ceil(remaining_s - 1e-6))


@dataclass(frozen=True)
class DisplayState:
    """Everything the screens show at one moment, taken from the engine."""

    state: State
    index: int
    count: int
    name: str
    kind: Kind
    role: Role | None
    side: Side | None
    cue: str
    next_name: str
    round_label: str
    clock_text: str
    detail_text: str  # under the clock: "of 0:45", "max 1:30"
    progress: float  # 0..1 of the current interval gone
    counting_up: bool
    elapsed_s: float
    remaining_total_s: float
    touchdowns_left: int
    touchdowns_right: int
    side_means: SideMeans | None = None

    @property
    def counts_touchdowns(self) -> bool:
        """A balance on one side: the touchdown counter is offered (never on two feet)."""
        return self.role is Role.WORK and self.kind is Kind.BALANCE and self.side is not None


def describe(engine: Engine, *, tenths: bool = True) -> DisplayState:
    interval = engine.current
    timeline = engine.timeline
    if interval is None:
        return DisplayState(
            engine.state,
            0,
            0,
            "",
            Kind.REST,
            None,
            None,
            "",
            "",
            "",
            "0:00",
            "",
            1.0,
            False,
            0.0,
            0.0,
            0,
            0,
        )
    length = engine.interval_length_s()
    elapsed = engine.interval_elapsed_s()
    if interval.open_ended:
        clock_text = format_clock(elapsed)
        detail = max_label(length)
        progress = elapsed / length if length else 0.0
    else:
        remaining = engine.remaining_s()
        clock_text = countdown_text(remaining, tenths)
        detail = QCoreApplication.translate("player", "of {time}").format(time=format_clock(length))
        progress = 1.0 - remaining / length if length else 1.0
    if engine.state in (State.FINISHED, State.STOPPED):
        progress = 1.0
    return DisplayState(
        state=engine.state,
        index=engine.index if engine.state is not State.READY else 0,
        count=len(timeline.intervals),
        name=interval.name,
        kind=interval_kind(interval),
        role=interval.role,
        side=interval.side,
        cue=interval.cue,
        next_name=interval.next_name,
        round_label=interval.round_label,
        clock_text=clock_text,
        detail_text=detail,
        progress=min(1.0, max(0.0, progress)),
        counting_up=interval.open_ended,
        elapsed_s=engine.elapsed_s(),
        remaining_total_s=engine.total_remaining_s(),
        touchdowns_left=engine.touchdowns[Side.LEFT],
        touchdowns_right=engine.touchdowns[Side.RIGHT],
        side_means=interval.side_means,
    )
