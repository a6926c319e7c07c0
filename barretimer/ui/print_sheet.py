"""A routine as a sheet to print: A4 pages in two columns, every step with its figure.

The figures go onto the PDF as vectors (the same QPainter strokes the window draws); your own
pictures as they are (an SVG stays vector). The layout is plain geometry in points, so a 15-minute
routine fits on one page and a 45-minute class on two. Nothing relies on colour alone: the kind
and the sides of each step are written out, and the working limb keeps a darker stroke.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QWidget

from barretimer.core.durations import format_minutes
from barretimer.core.figure import PoseSpec, layout
from barretimer.core.model import EQUIPMENT, Block, Catalog, Item, Routine, Sides, Step
from barretimer.core.pictures import step_picture
from barretimer.core.timeline import compile_timeline
from barretimer.ui.exercise_picture import paint_picture
from barretimer.ui.figure import FigureColors, figure_for_side, paint_figure, working_parts
from barretimer.ui.labels import duration_label, kind_label, level_label, sides_label

# Points (1/72 inch) on an A4 page.
PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 36.0
GUTTER = 18.0
COLUMN_W = (PAGE_W - 2 * MARGIN - GUTTER) / 2
STEP_H = 58.0
HEADING_H = 22.0
FIGURE_W = 54.0
INK = QColor("#111111")
QUIET = QColor("#555555")
RULE = QColor("#999999")
RESOLUTION = 720  # dots per inch of the PDF's device: the painter is scaled to points on it


class SheetError(Exception):
    """The sheet cannot be written (the message says why, for the user)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("print_sheet", text)


@dataclass(frozen=True)
class _Cell:
    """One line of the flow: a block's heading, or a step with its number."""

    height: float
    step: Step | None = None
    heading: str = ""
    number: int = 0


def _cells(items: tuple[Item, ...], counter: list[int]) -> Iterator[_Cell]:
    for item in items:
        if isinstance(item, Block):
            title = item.name or tr("Repeat")
            if item.repeat > 1:
                title = f"{title}  × {item.repeat}"
            yield _Cell(HEADING_H, heading=title)
            yield from _cells(item.steps, counter)
        else:
            counter[0] += 1
            yield _Cell(STEP_H, step=item, number=counter[0])


def equipment_needed(routine: Routine, catalog: Catalog) -> list[str]:
    """The equipment of the routine's catalog exercises, in the catalog's order."""
    from barretimer.core.model import iter_steps

    needed: set[str] = set()
    for step in iter_steps(routine.steps):
        exercise = catalog.get(step.ref) if step.ref else None
        if exercise is not None:
            needed.update(exercise.equipment)
    return [item for item in EQUIPMENT if item in needed and item != "none"]


def _font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(round(size))  # pixels of the scaled painter: points
    font.setBold(bold)
    font.setItalic(italic)
    # No ligatures: text copied or searched in the PDF reads "fl", not one "ﬂ" character.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


class _Sheet:
    def __init__(
        self,
        painter: QPainter,
        writer: QPdfWriter,
        catalog: Catalog,
        poses: dict[str, PoseSpec],
        routine_folder: Path | None,
        catalog_folder: Path | None,
    ) -> None:
        self.painter, self.writer = painter, writer
        self.catalog, self.poses = catalog, poses
        self.routine_folder, self.catalog_folder = routine_folder, catalog_folder
        self.pages = 1

    def text(self, box: QRectF, text: str, font: QFont, colour: QColor, flags: int = 0) -> QRectF:
        self.painter.setFont(font)
        self.painter.setPen(colour)
        flags |= int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        flags |= int(Qt.TextFlag.TextWordWrap)
        return self.painter.drawText(box, flags, text)

    def header(self, routine: Routine) -> float:
        """Title, level, length and equipment; returns where the steps begin."""
        top = MARGIN
        width = PAGE_W - 2 * MARGIN
        used = self.text(QRectF(MARGIN, top, width, 40), routine.name, _font(22, bold=True), INK)
        top = used.bottom() + 4
        timeline = compile_timeline(routine)
        equipment = equipment_needed(routine, self.catalog)
        facts = [
            level_label(routine.level),
            format_minutes(timeline.total_s),
            tr("Equipment: {items}").format(
                items=", ".join(equipment) if equipment else tr("none")
            ),
        ]
        used = self.text(QRectF(MARGIN, top, width, 20), "   ·   ".join(facts), _font(11), INK)
        top = used.bottom() + 4
        if routine.description:
            used = self.text(QRectF(MARGIN, top, width, 48), routine.description, _font(8.5), QUIET)
            top = used.bottom() + 4
        self.painter.setPen(QPen(INK, 1.2))
        self.painter.drawLine(QPointF(MARGIN, top + 2), QPointF(PAGE_W - MARGIN, top + 2))
        return top + 10

    def heading(self, box: QRectF, title: str) -> None:
        self.text(box.adjusted(0, 4, 0, 0), title, _font(11, bold=True), INK)
        self.painter.setPen(QPen(RULE, 0.6))
        bottom = box.bottom() - 2
        self.painter.drawLine(QPointF(box.left(), bottom), QPointF(box.right(), bottom))

    def step(self, box: QRectF, step: Step, number: int) -> None:
        figure_box = QRectF(box.left(), box.top() + 2, FIGURE_W, box.height() - 6)
        self.figure(figure_box, step)
        left = figure_box.right() + 8
        width = box.right() - left
        name = f"{number}. {step.exercise}"
        used = self.text(QRectF(left, box.top() + 3, width, 26), name, _font(10, bold=True), INK)
        facts = [duration_label(step), kind_label(step.kind)]
        if step.sides is Sides.LEFT_RIGHT:
            facts.append(sides_label(step.sides))
        top = used.bottom() + 1
        used = self.text(QRectF(left, top, width, 12), "  ·  ".join(facts), _font(8.5), INK)
        if step.cue:
            cue_box = QRectF(left, used.bottom() + 1, width, box.bottom() - used.bottom() - 3)
            self.text(cue_box, step.cue, _font(8.5, italic=True), QUIET)

    def figure(self, box: QRectF, step: Step) -> None:
        picture = step_picture(step, self.routine_folder, self.catalog, self.catalog_folder)
        if picture is not None and paint_picture(self.painter, box, picture, None):
            return
        spec = self.poses.get(step.ref or "")
        if spec is None:
            self.painter.setPen(QPen(RULE, 0.6, Qt.PenStyle.DashLine))
            self.painter.drawRoundedRect(box.adjusted(4, 4, -4, -4), 4, 4)
            return
        colors = FigureColors.for_theme(False, step.kind)
        colors = FigureColors(
            INK, QColor("#8a8a8a"), colors.working, colors.working_far, RULE, QColor("#e4e4e4")
        )
        paint_figure(
            self.painter,
            box,
            figure_for_side(spec, 0.0, None),
            layout(spec),
            colors,
            working_parts(spec, None),
            None,
        )

    def new_page(self) -> None:
        self.writer.newPage()
        self.pages += 1


def write_sheet(
    routine: Routine,
    target: Path,
    *,
    catalog: Catalog,
    poses: dict[str, PoseSpec],
    routine_folder: Path | None = None,
    catalog_folder: Path | None = None,
) -> int:
    """Write ``routine`` as a PDF sheet to ``target``; returns the number of pages."""
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle(routine.name)
    writer.setCreator("barretimer")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise SheetError(tr("cannot write {file}").format(file=target))
    painter.scale(RESOLUTION / 72, RESOLUTION / 72)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    sheet = _Sheet(painter, writer, catalog, poses, routine_folder, catalog_folder)
    top = sheet.header(routine)
    column, y = 0, top
    bottom = PAGE_H - MARGIN
    cells = list(_cells(routine.steps, [0]))
    for index, cell in enumerate(cells):
        # A heading stays with the step after it.
        needed = cell.height + (STEP_H if cell.step is None and index + 1 < len(cells) else 0)
        if y + needed > bottom:
            column, y = column + 1, top
            if column == 2:
                sheet.new_page()
                column, y = 0, MARGIN
                top = MARGIN
        x = MARGIN + column * (COLUMN_W + GUTTER)
        box = QRectF(x, y, COLUMN_W, cell.height)
        if cell.step is not None:
            sheet.step(box, cell.step, cell.number)
        else:
            sheet.heading(box, cell.heading)
        y += cell.height
    painter.end()
    if not target.is_file():
        raise SheetError(tr("cannot write {file}").format(file=target))
    return sheet.pages


def export_sheet(
    routine: Routine, routine_path: Path | None, target: Path, catalog: Catalog
) -> int:
    """The sheet of a routine read from ``routine_path``, with the shipped figures and the
    pictures beside the routine and the catalog; returns the number of pages."""
    from barretimer import paths
    from barretimer.core.poses import load_poses

    poses = load_poses(paths.poses_dir(), catalog).poses
    return write_sheet(
        routine,
        target,
        catalog=catalog,
        poses=poses,
        routine_folder=routine_path.parent if routine_path is not None else None,
        catalog_folder=paths.catalog_path().parent,
    )


def ask_and_export(
    parent: QWidget, routine: Routine | None, routine_path: Path | None, catalog: Catalog
) -> Path | None:
    """File → Export → Sheet to print: ask where, write the PDF, say what went wrong."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from barretimer.formats.files import suggested_file

    problem = None if routine is not None else tr("Open a routine in the player first.")
    target: Path | None = None
    if routine is not None:
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            tr("Export a sheet to print"),
            str(Path.home() / suggested_file(routine, ".pdf")),
            tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name)
        try:
            export_sheet(routine, routine_path, target, catalog)
        except SheetError as error:
            problem, target = str(error), None
    if problem is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot export"), problem)
        box.setParent(parent, box.windowFlags())
        box.exec()
    return target
