"""Your own picture in place of the drawn figure, wherever a figure appears.

``ExercisePicture`` is a drop-in for :class:`~barretimer.ui.figure.FigureView`: give it the
exercise's pose and its checked picture (:mod:`barretimer.core.pictures`); it shows the
picture (GIF and WebP animated, mirrored for the right side unless ``mirror: false``) and
falls back to the drawn figure when there is no picture or the file cannot be decoded.
``paint_picture`` draws the same picture into any painter (the printed sheet's PDF: an SVG
stays vector there).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Slot
from PySide6.QtGui import (
    QHideEvent,
    QImage,
    QImageReader,
    QMovie,
    QPainter,
    QPaintEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QStackedLayout, QWidget

from barretimer.core.figure import PoseSpec
from barretimer.core.model import Kind
from barretimer.core.pictures import Picture
from barretimer.core.timeline import Side
from barretimer.ui.figure import FigureView


def fitted(box: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of ``width``:``height`` centred in ``box``."""
    if width <= 0 or height <= 0:
        return QRectF(box)
    scale = min(box.width() / width, box.height() / height)
    w, h = width * scale, height * scale
    return QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)


def mirrors(picture: Picture, side: Side | None) -> bool:
    """Whether the picture is shown mirrored: the right side of a left-right step, unless the
    file says ``mirror: false``."""
    return side is Side.RIGHT and picture.mirror


def _mirror_about(painter: QPainter, box: QRectF) -> None:
    painter.setTransform(QTransform(-1, 0, 0, 1, box.left() + box.right(), 0), True)


def read_image(picture: Picture) -> QImage:
    """The picture's first frame (a null image when Qt cannot decode it)."""
    reader = QImageReader(str(picture.path))
    reader.setAutoTransform(True)
    image = reader.read()
    return image if not image.isNull() else QImage()


def paint_picture(
    painter: QPainter, box: QRectF, picture: Picture, side: Side | None, image: QImage | None = None
) -> bool:
    """Draw ``picture`` fitted into ``box`` (an SVG as vectors); False if it cannot be decoded,
    so the caller draws the figure instead. ``image``: a frame already decoded."""
    painter.save()
    try:
        if picture.type == "svg" and image is None:
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(str(picture.path))
            if not renderer.isValid():
                return False
            size = renderer.defaultSize()
            target = fitted(box, size.width() or 1, size.height() or 1)
            if mirrors(picture, side):
                _mirror_about(painter, box)
            renderer.render(painter, target)
            return True
        frame = image if image is not None else read_image(picture)
        if frame.isNull():
            return False
        target = fitted(box, frame.width(), frame.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if mirrors(picture, side):
            _mirror_about(painter, box)
        painter.drawImage(target, frame)
        return True
    finally:
        painter.restore()


class _PictureCanvas(QWidget):
    """Paints one picture, a still or the current frame of a moving one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: Picture | None = None
        self.side: Side | None = None
        self.still = QImage()
        self.movie: QMovie | None = None

    def load(self, picture: Picture, side: Side | None) -> bool:
        """Decode ``picture``; False when Qt cannot (the caller falls back to the figure). The
        picture already shown is kept as it is (the player asks at every refresh: a moving one
        goes on from its frame), only turned for the other side."""
        if picture == self.picture:
            if side is not self.side:
                self.side = side
                self.update()
            return True
        self.clear()
        self.picture, self.side = picture, side
        if picture.animated:
            movie = QMovie(str(picture.path), parent=self)
            if movie.isValid() and movie.frameCount() != 1:
                movie.frameChanged.connect(self.update)
                self.movie = movie
                movie.jumpToFrame(0)
                return True
            movie.deleteLater()  # one frame: shown as a still
        if picture.type == "svg":
            from PySide6.QtSvg import QSvgRenderer

            return QSvgRenderer(str(picture.path)).isValid()
        self.still = read_image(picture)
        return not self.still.isNull()

    def clear(self) -> None:
        if self.movie is not None:
            self.movie.stop()
            self.movie.deleteLater()
            self.movie = None
        self.picture, self.still = None, QImage()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.picture is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        if self.movie is not None:
            frame = self.movie.currentImage()
        elif self.picture.type == "svg":
            frame = None
        else:
            frame = self.still
        paint_picture(painter, box, self.picture, self.side, frame)
        painter.end()


class ExercisePicture(QWidget):
    """An exercise's own picture if it has a good one, else its drawn figure.

    Use it where a FigureView would go: ``show_exercise(spec, picture, side, kind)``, then
    ``play()``/``stop()`` and ``set_reduced_motion()`` as with the figure (which follows the
    palette's theme by itself). ``moving_figure=False``: the drawn figure always stands still
    (a list or a form) while your own moving picture still plays.
    """

    def __init__(self, parent: QWidget | None = None, *, moving_figure: bool = True) -> None:
        super().__init__(parent)
        self._moving_figure = moving_figure
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.figure = FigureView(self)
        self._canvas = _PictureCanvas(self)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.figure)
        self._stack.addWidget(self._canvas)
        self._playing = False
        self._reduced_motion = False
        self.figure.set_reduced_motion(not moving_figure)

    def show_exercise(
        self,
        spec: PoseSpec | None,
        picture: Picture | None,
        side: Side | None = None,
        kind: Kind = Kind.HOLD,
    ) -> None:
        """Show ``picture`` (None or undecodable: the drawn figure of ``spec``) for ``side``."""
        self.figure.set_pose(spec, side, kind)
        if picture is not None and self._canvas.load(picture, side):
            self._stack.setCurrentWidget(self._canvas)
        else:
            self._canvas.clear()
            self._stack.setCurrentWidget(self.figure)
        self._update_movie()

    def showing_picture(self) -> Path | None:
        """The file shown in place of the figure, or None when the figure is drawn."""
        picture = self._canvas.picture
        return picture.path if picture is not None else None

    def mirrored(self) -> bool:
        picture = self._canvas.picture
        return picture is not None and mirrors(picture, self._canvas.side)

    def spec(self) -> PoseSpec | None:
        """The pose of the drawn figure (kept when a picture is shown in its place)."""
        return self.figure.spec()

    def side(self) -> Side | None:
        return self.figure.side()

    @property
    def playing(self) -> bool:
        """Whether what is shown moves now: the figure's animation or the picture's frames."""
        return self.animating()

    def animating(self) -> bool:
        movie = self._canvas.movie
        if movie is not None:
            return movie.state() is QMovie.MovieState.Running
        return self.figure.playing

    @Slot()
    def play(self) -> None:
        self._playing = True
        self.figure.play()
        self._update_movie()

    @Slot()
    def stop(self) -> None:
        self._playing = False
        self.figure.stop()
        self._update_movie()

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced
        self.figure.set_reduced_motion(reduced or not self._moving_figure)
        self._update_movie()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_movie()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_movie()  # no frames decoded for a page that is not on the screen

    def _update_movie(self) -> None:
        movie = self._canvas.movie
        if movie is None:
            return
        if self._playing and not self._reduced_motion and self.isVisible():
            if movie.state() is not QMovie.MovieState.Running:
                movie.start()
        else:
            movie.stop()
            movie.jumpToFrame(0)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)


__all__ = ["ExercisePicture", "fitted", "mirrors", "paint_picture", "read_image"]
