"""The figure on screen: a widget that animates an exercise's figure from cached frames, and
the player's choice of which figure an interval shows.

Painting lives in :mod:`barretimer.ui.figure_paint`; its names most callers need are
importable from here too.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from barretimer.core.figure import Figure, Layout, frame_phases
from barretimer.core.model import Catalog, Exercise, Kind, Routine
from barretimer.core.pictures import Picture
from barretimer.core.pose_spec import PoseSpec
from barretimer.core.problems import StepPath
from barretimer.core.timeline import Side, Timeline
from barretimer.ui.figure_paint import (
    FigureColors,
    cached_layout,
    export_svg,
    figure_for_side,
    paint_figure,
    render_image,
    working_parts,
)
from barretimer.ui.style.palette import is_dark

__all__ = [
    "FigureColors",
    "FigureView",
    "PlayerFigures",
    "cached_layout",
    "export_svg",
    "figure_for_side",
    "paint_figure",
    "render_image",
    "working_parts",
]


class FigureView(QWidget):
    """An exercise's figure, animated while playing; still with reduced motion.

    Each frame's shapes are computed once, the first time it is shown; while the whole cycle
    fits :attr:`PIXMAP_BUDGET_BYTES` each frame is also drawn once into a pixmap and then only
    copied, so an animating figure costs a blit per tick. No tick computes more than one new
    frame (well under a millisecond), so the window stays responsive. The colours follow the
    widget's palette (light or dark).
    """

    FRAMES_PER_SECOND = 24
    PIXMAP_BUDGET_BYTES = 12 * 1024 * 1024

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(48, 48)
        self._spec: PoseSpec | None = None
        self._side: Side | None = None
        self._kind = Kind.HOLD
        self._reduced_motion = False
        self._playing_wanted = False
        self._phases: tuple[float, ...] = ()
        self._frames: list[QPixmap | None] = []
        self._figures: list[Figure | None] = []
        self._frames_key: tuple[object, ...] = ()
        self._started = 0.0
        self._index = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._advance)

    # --- what to show ---------------------------------------------------------------------

    def set_pose(
        self, spec: PoseSpec | None, side: Side | None = None, kind: Kind = Kind.HOLD
    ) -> None:
        if spec is self._spec and side is self._side and kind is self._kind:
            return
        self._spec, self._side, self._kind = spec, side, kind
        self._frames_key = ()
        self._index = 0
        self._started = time.monotonic()
        self._update_timer()
        self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        if reduced != self._reduced_motion:
            self._reduced_motion = reduced
            self._frames_key = ()
            self._index = 0
            self._update_timer()
            self.update()

    def spec(self) -> PoseSpec | None:
        return self._spec

    def side(self) -> Side | None:
        return self._side

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def play(self) -> None:
        if not self._playing_wanted:
            self._playing_wanted = True
            self._started = time.monotonic()
        self._update_timer()

    @Slot()
    def stop(self) -> None:
        self._playing_wanted = False
        self._timer.stop()

    def _update_timer(self) -> None:
        animate = (
            self._playing_wanted
            and not self._reduced_motion
            and self._spec is not None
            and self._spec.animated
            and self.isVisible()
        )
        if animate and not self._timer.isActive():
            self._timer.start(1000 // self.FRAMES_PER_SECOND)
        elif not animate:
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    @Slot()
    def _advance(self) -> None:
        if self._spec is None or len(self._phases) < 2:
            return
        elapsed = time.monotonic() - self._started
        count = len(self._phases)
        index = int(elapsed / self._spec.tempo * count) % count
        if index != self._index:
            self._index = index
            self.update()

    # --- drawing --------------------------------------------------------------------------

    def _bounds(self, spec: PoseSpec) -> Layout:
        return cached_layout(spec)

    def _refresh_frames(self, spec: PoseSpec) -> bool:
        """Start a new set of frames when what is drawn changed; whether they are dark."""
        ratio = self.devicePixelRatioF()
        dark = is_dark(self.palette())
        key = (id(spec), self._side, self._kind, dark, self.size(), ratio, self._reduced_motion)
        if key != self._frames_key:
            self._frames_key = key
            still = self._reduced_motion or not spec.animated
            self._phases = (0.0,) if still else frame_phases(spec, self.FRAMES_PER_SECOND)
            self._figures = [None] * len(self._phases)
            frame_bytes = 4 * round(self.width() * ratio) * round(self.height() * ratio)
            # Pixmaps only while the whole cycle fits the budget; a large figure is painted
            # from its cached shapes instead, which costs well under a millisecond.
            keep = frame_bytes * len(self._phases) <= self.PIXMAP_BUDGET_BYTES
            self._frames = [None] * len(self._phases) if keep else []
            self._index = min(self._index, len(self._phases) - 1)
        return dark

    def _paint_frame(self, painter: QPainter, spec: PoseSpec, dark: bool) -> None:
        figure = self._figures[self._index]
        if figure is None:
            figure = figure_for_side(spec, self._phases[self._index], self._side)
            self._figures[self._index] = figure
        paint_figure(
            painter,
            QRectF(0, 0, self.width(), self.height()),
            figure,
            self._bounds(spec),
            FigureColors.for_theme(dark, self._kind),
            working_parts(spec, self._side),
            self._side,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        spec = self._spec
        if spec is None:
            return
        dark = self._refresh_frames(spec)
        if not self._frames:
            painter = QPainter(self)
            self._paint_frame(painter, spec, dark)
            painter.end()
            return
        frame = self._frames[self._index]
        if frame is None:
            ratio = self.devicePixelRatioF()
            frame = QPixmap(QSize(round(self.width() * ratio), round(self.height() * ratio)))
            frame.setDevicePixelRatio(ratio)
            frame.fill(Qt.GlobalColor.transparent)
            painter = QPainter(frame)
            self._paint_frame(painter, spec, dark)
            painter.end()
            self._frames[self._index] = frame
        painter = QPainter(self)
        painter.drawPixmap(0, 0, frame)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)


class PlayerFigures:
    """The shipped poses, read the first time a figure is asked for, and which one an interval
    of a playing routine shows: its own exercise while it is worked, the next one (still)
    during the lead-in and rests."""

    def __init__(self) -> None:
        self._poses: dict[str, PoseSpec] | None = None
        self._catalog: Catalog | None = None
        self._pictures_of: Routine | None = None
        self._pictures: dict[StepPath, Picture | None] = {}

    def catalog(self) -> Catalog:
        if self._catalog is None:
            from barretimer import paths
            from barretimer.core.library import load_catalog

            self._catalog, _ = load_catalog(paths.catalog_path())
        return self._catalog

    def poses(self) -> dict[str, PoseSpec]:
        if self._poses is None:
            from barretimer import paths
            from barretimer.core.poses import load_poses

            self._poses = load_poses(paths.poses_dir(), self.catalog()).poses
        return self._poses

    def prepare(self, routine: Routine) -> None:
        """Work out each of the routine's figures' boxes now, before it plays."""
        from barretimer.core.model import iter_steps

        poses = self.poses()
        for step in iter_steps(routine.steps):
            spec = poses.get(step.ref or step.exercise)
            if spec is not None:
                cached_layout(spec)

    def picture_for(
        self, routine: Routine | None, folder: Path | None, timeline: Timeline, index: int
    ) -> Picture | None:
        """Your own picture for the interval at ``index`` (or the next work interval during a
        rest), from the step's ``image:`` or its catalog entry's; None: draw the figure. Each
        step's picture is checked once per routine (reading a file's header), not per frame."""
        from barretimer import paths
        from barretimer.core.edits import item_at
        from barretimer.core.model import Step
        from barretimer.core.pictures import step_picture

        intervals = timeline.intervals
        if routine is None or not 0 <= index < len(intervals):
            return None
        shown = intervals[index]
        if not shown.is_work:
            shown = next((i for i in intervals[index + 1 :] if i.is_work), shown)
        step_path = shown.step_path
        if step_path is None:  # an interval of no step (the lead-in): no picture of its own
            return None
        if routine is not self._pictures_of:
            self._pictures_of, self._pictures = routine, {}
        if step_path not in self._pictures:
            try:
                step = item_at(routine.steps, step_path)
            except (IndexError, KeyError, TypeError):
                step = None
            self._pictures[step_path] = (
                step_picture(step, folder, self.catalog(), paths.catalog_path().parent)
                if isinstance(step, Step)
                else None
            )
        return self._pictures[step_path]

    def exercise_ahead(
        self, routine: Routine | None, timeline: Timeline, index: int
    ) -> Exercise | None:
        """During the lead-in or a rest: the catalog exercise that comes next (None while
        working, or for a step written out in full)."""
        from barretimer.core.poses import step_exercise_id

        intervals = timeline.intervals
        if routine is None or not 0 <= index < len(intervals) or intervals[index].is_work:
            return None
        ahead = next((i for i in intervals[index + 1 :] if i.is_work), None)
        exercise_id = step_exercise_id(routine.steps, ahead.step_path) if ahead else None
        return self.catalog().get(exercise_id) if exercise_id else None

    def for_interval(
        self, routine: Routine | None, timeline: Timeline, index: int
    ) -> tuple[PoseSpec | None, Side | None, Kind, bool]:
        """The pose, side, kind and whether it moves, for the interval at ``index``."""
        from barretimer.core.poses import step_exercise_id

        intervals = timeline.intervals
        if routine is None or not 0 <= index < len(intervals):
            return None, None, Kind.HOLD, False
        current = intervals[index]
        shown = current
        if not current.is_work:
            shown = next((i for i in intervals[index + 1 :] if i.is_work), current)
        exercise_id = step_exercise_id(routine.steps, shown.step_path)
        spec = self.poses().get(exercise_id) if exercise_id else None
        # Moves while its step runs, with or without a pose: your own moving picture plays too.
        return spec, shown.side, shown.kind, shown is current and current.is_work
