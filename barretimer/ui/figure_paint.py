"""Painting exercise figures: QPainter strokes for a placed figure in the theme's colours,
and a figure as a PNG image or an SVG file.

The core (:mod:`barretimer.core.figure`) computes where every stroke goes; this module only
chooses colours and paints. The right side is the left side's picture mirrored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from barretimer.core.figure import Figure, Layout, SegmentRole, layout, mirrored, pose_figure
from barretimer.core.figure_props import PropShape, PropShapeKind
from barretimer.core.model import Kind
from barretimer.core.pose_spec import PoseSpec, PropKind
from barretimer.core.timeline import Side
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
