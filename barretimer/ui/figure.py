"""Drawing exercise figures: QPainter strokes for a placed figure, a cached animated widget,
PNG and SVG export.

The core (:mod:`barretimer.core.figure`) computes where every stroke goes; this module only
chooses colours and paints. The right side is the left side's picture mirrored.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from barretimer.core.figure import (
    Figure,
    Layout,
    SegmentRole,
    frame_phases,
    layout,
    mirrored,
    pose_figure,
)
from barretimer.core.figure_props import PropShape, PropShapeKind
from barretimer.core.model import Catalog, Exercise, Kind, Routine
from barretimer.core.pictures import Picture
from barretimer.core.pose_spec import PoseSpec, PropKind
from barretimer.core.problems import StepPath
from barretimer.core.timeline import Side, Timeline
from barretimer.ui.style.palette import is_dark
from barretimer.ui.style.theme import KIND_STYLES

#: Fraction of the box kept free around the figure.
MARGIN = 0.06


@dataclass(frozen=True)
class FigureColors:
    body: QColor  # near limbs, trunk and head
    far: QColor  # limbs behind the body: a lighter tint of the body colour
    working: QColor  # the working limb: the interval kind's colour
    working_far: QColor
    prop: QColor  # props and the floor: quiet, so the body stays the subject
    mat: QColor
    background: QColor | None = None

    @staticmethod
    def for_theme(dark: bool, kind: Kind = Kind.HOLD) -> FigureColors:
        background = QColor("#1e2127" if dark else "#f4f5f7")
        body = QColor("#e5e9f0" if dark else "#1f2937")
        working = KIND_STYLES[kind].color(dark)
        prop = QColor("#5b6270" if dark else "#a3aab5")
        return FigureColors(
            body,
            _blend(body, background, 0.45),
            working,
            _blend(working, background, 0.4),
            prop,
            _blend(prop, background, 0.65),
        )


def _blend(colour: QColor, toward: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (toward.redF() - colour.redF()) * amount,
        colour.greenF() + (toward.greenF() - colour.greenF()) * amount,
        colour.blueF() + (toward.blueF() - colour.blueF()) * amount,
    )


_layouts: dict[int, tuple[PoseSpec, Layout]] = {}


def cached_layout(spec: PoseSpec) -> Layout:
    """The box a pose's animation needs, computed once per pose (a few ms for a move: the
    player asks for it before the workout, not at an interval change)."""
    known = _layouts.get(id(spec))
    if known is None or known[0] is not spec:
        known = (spec, layout(spec))
        _layouts[id(spec)] = known
    return known[1]


def figure_for_side(spec: PoseSpec, phase: float, side: Side | None) -> Figure:
    """The placed figure; for the right side the left side's picture mirrored."""
    figure = pose_figure(spec, phase)
    return mirrored(figure) if side is Side.RIGHT else figure


def _transform(box: QRectF, bounds: Layout, side: Side | None) -> tuple[float, float, float]:
    """Scale and offsets from picture units (y up) into ``box`` (y down), figure centred."""
    left, right = bounds.left, bounds.right
    if side is Side.RIGHT:
        left, right = -right, -left
    width = right - left
    height = bounds.top - bounds.bottom
    usable_w = box.width() * (1 - 2 * MARGIN)
    usable_h = box.height() * (1 - 2 * MARGIN)
    scale = min(usable_w / width, usable_h / height)
    x0 = box.center().x() - (left + right) / 2 * scale
    y0 = (
        box.bottom()
        - box.height() * MARGIN
        - (usable_h - height * scale) / 2
        + bounds.bottom * scale
    )
    return scale, x0, y0


def paint_figure(
    painter: QPainter,
    box: QRectF,
    figure: Figure,
    bounds: Layout,
    colors: FigureColors,
    working: frozenset[str],
    side: Side | None,
) -> None:
    """Paint one placed figure into ``box``: floor, props, far limbs, body, near limbs."""
    scale, x0, y0 = _transform(box, bounds, side)

    def point(x: float, y: float) -> QPointF:
        return QPointF(x0 + x * scale, y0 - y * scale)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if colors.background is not None:
        painter.fillRect(box, colors.background)
    # The floor line, across the figure's box.
    floor_pen = QPen(
        colors.prop, max(1.0, 0.012 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
    )
    painter.setPen(floor_pen)
    left = bounds.left if side is not Side.RIGHT else -bounds.right
    right = bounds.right if side is not Side.RIGHT else -bounds.left
    if figure.floor_line:
        painter.drawLine(point(left, figure.floor_y), point(right, figure.floor_y))
    held = [p for p in figure.props if p.prop is PropKind.WEIGHTS]
    _paint_props(
        painter, [p for p in figure.props if p.prop is not PropKind.WEIGHTS], colors, point, scale
    )
    _paint_body(painter, figure, colors, working, point, scale)
    # Weights in the hands go over them, in a darker grey than the furniture.
    _paint_props(
        painter, held, replace(colors, prop=_blend(colors.prop, colors.body, 0.55)), point, scale
    )
    painter.restore()


def _paint_props(
    painter: QPainter,
    props: list[PropShape],
    colors: FigureColors,
    point: Callable[[float, float], QPointF],
    scale: float,
) -> None:
    for prop in props:
        width = 2 * prop.size * scale
        if prop.shape is PropShapeKind.LINE:
            pen = QPen(colors.prop, max(1.0, width), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(point(*prop.points[0]))
            for p in prop.points[1:]:
                path.lineTo(point(*p))
            painter.drawPath(path)
        elif prop.shape is PropShapeKind.BOX:
            (ax, ay), (bx, by) = prop.points
            rect = QRectF(point(ax, by), point(bx, ay)).normalized()
            painter.setPen(Qt.PenStyle.NoPen)
            # A mat seen from above is a large area: the lighter tint keeps it quiet.
            painter.setBrush(colors.mat if prop.prop is PropKind.MAT else colors.prop)
            painter.drawRoundedRect(rect, prop.size * scale, prop.size * scale)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.prop)
            radius = prop.size * scale
            painter.drawEllipse(point(*prop.points[0]), radius, radius)


def _paint_body(
    painter: QPainter,
    figure: Figure,
    colors: FigureColors,
    working: frozenset[str],
    point: Callable[[float, float], QPointF],
    scale: float,
) -> None:
    for segment in figure.segments:
        marked = segment.part is not None and segment.part.value in working
        if marked:
            colour = colors.working_far if segment.far else colors.working
        else:
            colour = colors.far if segment.far else colors.body
        if segment.role is SegmentRole.HEAD:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            radius = segment.radius * scale
            painter.drawEllipse(point(*segment.points[0]), radius, radius)
            continue
        pen = QPen(colour, 2 * segment.radius * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(point(*segment.points[0]))
        for p in segment.points[1:]:
            path.lineTo(point(*p))
        if segment.role is SegmentRole.TRUNK:
            path.closeSubpath()
            painter.setBrush(colour)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def working_parts(spec: PoseSpec, side: Side | None) -> frozenset[str]:
    """The parts drawn in the kind's colour. A pose names them for the left side; for the
    right side the picture is mirrored, so the same strokes stay marked."""
    return frozenset(p.value for p in spec.working)


def render_image(
    spec: PoseSpec,
    size: QSize | int,
    *,
    side: Side | None = None,
    kind: Kind = Kind.HOLD,
    dark: bool = False,
    phase: float = 0.0,
    background: bool = True,
) -> QImage:
    """The figure drawn into a new image (device pixels); transparent without ``background``."""
    if isinstance(size, int):
        size = QSize(size, size)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    colors = FigureColors.for_theme(dark, kind)
    if background:
        colors = replace(colors, background=QColor("#1e2127" if dark else "#ffffff"))
    painter = QPainter(image)
    paint_figure(
        painter,
        QRectF(0, 0, size.width(), size.height()),
        figure_for_side(spec, phase, side),
        cached_layout(spec),
        colors,
        working_parts(spec, side),
        side,
    )
    painter.end()
    return image


def export_svg(
    spec: PoseSpec,
    path: Path,
    *,
    size: int = 400,
    side: Side | None = None,
    kind: Kind = Kind.HOLD,
    dark: bool = False,
) -> None:
    """The still figure as an SVG file (vector strokes, sharp at any size)."""
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(size, size))
    generator.setViewBox(QRectF(0, 0, size, size))
    generator.setTitle(spec.exercise)
    painter = QPainter(generator)
    paint_figure(
        painter,
        QRectF(0, 0, size, size),
        figure_for_side(spec, 0.0, side),
        cached_layout(spec),
        FigureColors.for_theme(dark, kind),
        working_parts(spec, side),
        side,
    )
    painter.end()


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
        if routine is not self._pictures_of:
            self._pictures_of, self._pictures = routine, {}
        if shown.step_path not in self._pictures:
            try:
                step = item_at(routine.steps, shown.step_path)
            except (IndexError, KeyError, TypeError):
                step = None
            self._pictures[shown.step_path] = (
                step_picture(step, folder, self.catalog(), paths.catalog_path().parent)
                if isinstance(step, Step)
                else None
            )
        return self._pictures[shown.step_path]

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
        return spec, shown.side, shown.kind, spec is not None and shown is current
