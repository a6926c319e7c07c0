"""Small still figures for lists (the library's step preview, the editor): drawn once per
exercise, size and theme, from the shipped poses read the first time one is asked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from barretimer.core.figure import PoseSpec
from barretimer.core.model import Kind

if TYPE_CHECKING:
    from barretimer.ui.figure import FigureView

#: A figure in a form or a dialog (pixels): small enough for a narrow editor.
COMPACT_PX = 88


_shipped: dict[str, PoseSpec] | None = None


def cached_shipped_poses() -> dict[str, PoseSpec]:
    """The shipped poses, read once per process (the editor's forms and picker share them)."""
    global _shipped
    if _shipped is None:
        _shipped = shipped_poses()
    return _shipped


def compact_figure(parent: QWidget, size: int = COMPACT_PX) -> FigureView:
    """A small still figure for a form or a dialog, hidden until it has a pose."""
    from barretimer.ui.figure import FigureView

    view = FigureView(parent)
    view.setFixedSize(size, size)
    view.set_reduced_motion(True)
    view.hide()
    return view


def show_exercise_figure(view: FigureView, exercise_id: str | None) -> None:
    spec = cached_shipped_poses().get(exercise_id) if exercise_id else None
    view.set_pose(spec)
    view.setVisible(spec is not None)


def shipped_poses() -> dict[str, PoseSpec]:
    from barretimer import paths
    from barretimer.core.library import load_catalog
    from barretimer.core.poses import load_poses

    catalog, _ = load_catalog(paths.catalog_path())
    return load_poses(paths.poses_dir(), catalog).poses


class FigureThumbnails(QObject):
    """Thumbnails by catalog id. The poses are read after the event loop's next turn, never
    while a list is painting: until then :meth:`pixmap` gives None and ``loaded`` follows."""

    loaded = Signal()

    def __init__(
        self,
        read_poses: Callable[[], dict[str, PoseSpec]] = shipped_poses,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read_poses = read_poses
        self._poses: dict[str, PoseSpec] | None = None
        self._pending = False
        self._cache: dict[tuple[str, int, bool, float], QPixmap] = {}

    def poses(self) -> dict[str, PoseSpec] | None:
        return self._poses

    def load_now(self) -> None:
        if self._poses is None:
            self._poses = self._read_poses()
            self.loaded.emit()

    def pixmap(
        self, exercise_id: str | None, size: int, *, dark: bool = False, ratio: float = 1.0
    ) -> QPixmap | None:
        if not exercise_id:
            return None
        if self._poses is None:
            if not self._pending:
                self._pending = True
                QTimer.singleShot(0, self, self.load_now)
            return None
        spec = self._poses.get(exercise_id)
        if spec is None:
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
