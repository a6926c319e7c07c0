"""Small figures for lists and forms (the library's step preview, the editor): a step's or an
exercise's own picture when it gives a good one, else the drawn figure. Drawn once per
exercise, size and theme, from the shipped catalog and poses read the first time one is
asked for."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from barretimer.core.figure import PoseSpec
from barretimer.core.model import Catalog, Kind, Step
from barretimer.core.pictures import Picture, exercise_picture, step_picture

if TYPE_CHECKING:
    from barretimer.ui.exercise_picture import ExercisePicture

#: A figure in a form or a dialog (pixels): small enough for a narrow editor.
COMPACT_PX = 88


@dataclass(frozen=True)
class Shipped:
    """The shipped catalog, its poses, and the folder its entries' pictures are written from."""

    catalog: Catalog
    poses: dict[str, PoseSpec]
    folder: Path


_shipped: Shipped | None = None


def read_shipped() -> Shipped:
    from barretimer import paths
    from barretimer.core.library import load_catalog
    from barretimer.core.poses import load_poses

    catalog, _ = load_catalog(paths.catalog_path())
    return Shipped(
        catalog, load_poses(paths.poses_dir(), catalog).poses, paths.catalog_path().parent
    )


def cached_shipped() -> Shipped:
    """The shipped catalog and poses, read once per process (the editor's forms and picker
    share them)."""
    global _shipped
    if _shipped is None:
        _shipped = read_shipped()
    return _shipped


def compact_figure(parent: QWidget, size: int = COMPACT_PX) -> ExercisePicture:
    """A small figure for a form or a dialog, hidden until it has something to show. The drawn
    figure stands still; your own moving picture plays while the form is on the screen."""
    from barretimer.ui.exercise_picture import ExercisePicture

    view = ExercisePicture(parent, moving_figure=False)
    view.setFixedSize(size, size)
    view.play()
    view.hide()
    return view


def show_exercise_figure(view: ExercisePicture, exercise_id: str | None) -> None:
    """The catalog exercise's own picture, else its figure (hidden when it has neither)."""
    shipped = cached_shipped()
    exercise = shipped.catalog.get(exercise_id) if exercise_id else None
    picture = exercise_picture(exercise, shipped.folder) if exercise is not None else None
    _show(view, shipped.poses.get(exercise_id) if exercise_id else None, picture)


def show_step_figure(view: ExercisePicture, step: Step, routine_folder: Path | None) -> None:
    """What the player will show for ``step``: its own picture (relative to
    ``routine_folder``), else its catalog exercise's picture, else the exercise's figure."""
    shipped = cached_shipped()
    picture = step_picture(step, routine_folder, shipped.catalog, shipped.folder)
    _show(view, shipped.poses.get(step.ref) if step.ref else None, picture)


def _show(view: ExercisePicture, spec: PoseSpec | None, picture: Picture | None) -> None:
    view.show_exercise(spec, picture)
    view.setVisible(spec is not None or view.showing_picture() is not None)


def picture_thumbnail(picture: Picture, pixels: int) -> QImage | None:
    """``picture`` fitted into a transparent square (a moving one: its first frame, an SVG
    drawn at that size); None when Qt cannot decode it."""
    from barretimer.ui.exercise_picture import paint_picture

    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    drawn = paint_picture(painter, QRectF(0, 0, pixels, pixels), picture, None)
    painter.end()
    return image if drawn else None


def _changed_at(path: Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


class FigureThumbnails(QObject):
    """Thumbnails by catalog id or by step. The catalog and poses are read after the event
    loop's next turn, never while a list is painting: until then :meth:`pixmap` and
    :meth:`step_pixmap` give None and ``loaded`` follows."""

    loaded = Signal()

    def __init__(
        self,
        read: Callable[[], Shipped] = read_shipped,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._shipped: Shipped | None = None
        self._pending = False
        self._cache: dict[tuple[str, int, bool, float], QPixmap] = {}
        self._pictures: dict[tuple[Path | None, str, bool, str | None], Picture | None] = {}
        self._picture_cache: dict[tuple[Path, int | None, int, float], QPixmap | None] = {}

    def poses(self) -> dict[str, PoseSpec] | None:
        return self._shipped.poses if self._shipped is not None else None

    def load_now(self) -> None:
        if self._shipped is None:
            self._shipped = self._read()
            self.loaded.emit()

    def _loaded(self) -> Shipped | None:
        if self._shipped is None and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.load_now)
        return self._shipped

    def pixmap(
        self, exercise_id: str | None, size: int, *, dark: bool = False, ratio: float = 1.0
    ) -> QPixmap | None:
        """The drawn figure of a catalog exercise."""
        shipped = self._loaded() if exercise_id else None
        spec = shipped.poses.get(exercise_id) if shipped is not None and exercise_id else None
        if spec is None or exercise_id is None:
            return None
        key = (exercise_id, size, dark, ratio)
        if key not in self._cache:
            from barretimer.ui.figure import render_image

            pixels = round(size * ratio)
            image = render_image(
                spec, QSize(pixels, pixels), kind=Kind.HOLD, dark=dark, background=False
            )
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._cache[key] = pixmap
        return self._cache[key]

    def step_pixmap(
        self,
        step: Step,
        routine_folder: Path | None,
        size: int,
        *,
        dark: bool = False,
        ratio: float = 1.0,
    ) -> QPixmap | None:
        """The step's own picture (its ``image:`` relative to ``routine_folder``, else its
        catalog exercise's), else its exercise's drawn figure."""
        shipped = self._loaded()
        if shipped is None:
            return None
        key = (routine_folder, step.image, step.mirror, step.ref)
        if key not in self._pictures:  # a file's header is read once, not at every paint
            self._pictures[key] = step_picture(
                step, routine_folder, shipped.catalog, shipped.folder
            )
        picture = self._pictures[key]
        drawn = self._picture_pixmap(picture, size, ratio) if picture is not None else None
        if drawn is not None:
            return drawn
        return self.pixmap(step.ref or step.exercise, size, dark=dark, ratio=ratio)

    def _picture_pixmap(self, picture: Picture, size: int, ratio: float) -> QPixmap | None:
        key = (picture.path, _changed_at(picture.path), size, ratio)
        if key not in self._picture_cache:
            image = picture_thumbnail(picture, round(size * ratio)) if key[1] is not None else None
            pixmap = QPixmap.fromImage(image) if image is not None else None
            if pixmap is not None:
                pixmap.setDevicePixelRatio(ratio)
            self._picture_cache[key] = pixmap
        return self._picture_cache[key]
