"""Issue 18, item 5: every page in both themes, measured from a screenshot of the real
window: text at least 4.5:1 against what is behind it, the outline of every field, button,
drop-down and check box (ticked or not, in lists too) and the toolbar's icons at least 3:1
(WCAG's figures; ``contrast_ratio`` is the app's own)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from barretimer import paths
from barretimer.core.library import load_catalog
from barretimer.store.sessions import SessionStore
from barretimer.ui.main_window import MainWindow
from barretimer.ui.settings import Settings
from barretimer.ui.speech_qt import QtSpeech
from barretimer.ui.style.palette import apply_theme, contrast_ratio
from tests.helpers.clock import FakeClock
from tests.helpers.dialogs import Boxes
from tests.helpers.stubs import RecordingSpeaker

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TEXT, OUTLINE = 4.5, 3.0
ROUTINE = paths.shipped_routines_dir() / "barre-class-for-runners.yaml"


def colours(image: QImage, rect: QRect) -> Counter[int]:
    rect = rect.intersected(image.rect())
    return Counter(
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )


def strongest(image: QImage, rect: QRect, against: QColor) -> float:
    """The contrast of the pixel in ``rect`` that stands out most from ``against``."""
    found = colours(image, rect)
    return max((contrast_ratio(QColor(rgb), against) for rgb in found), default=1.0)


def background(image: QImage, rect: QRect) -> QColor:
    return QColor(colours(image, rect).most_common(1)[0][0])


def ring(rect: QRect, inset: int) -> list[QRect]:
    """The four one-pixel sides of ``rect`` moved ``inset`` pixels in (out when negative)."""
    r = rect.adjusted(inset, inset, -inset, -inset)
    return [
        QRect(r.left(), r.top(), r.width(), 1),
        QRect(r.left(), r.bottom(), r.width(), 1),
        QRect(r.left(), r.top(), 1, r.height()),
        QRect(r.right(), r.top(), 1, r.height()),
    ]


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown(window: QWidget, kind: type) -> Iterator[Any]:
    for widget in window.findChildren(kind):
        if widget.isVisible() and not widget.visibleRegion().isEmpty():
            yield widget


def text_faults(image: QImage, window: QWidget) -> list[str]:
    faults = []
    framed = (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)
    for widget in shown(window, QWidget):
        text = ""
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            text = widget.text()
        elif isinstance(widget, (QAbstractButton, QLineEdit)):
            text = widget.text() or (
                widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            )
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
        if not text.strip():
            continue
        rect = in_window(widget, window) & QRect(QPoint(0, 0), window.size())
        rect = rect & in_window(widget.parentWidget(), window)
        if isinstance(widget, framed):
            rect = rect.adjusted(3, 3, -3, -3)  # the text, not the outline
        behind = background(image, rect)
        ratio = strongest(image, rect, behind)
        if ratio < TEXT:
            faults.append(f"{type(widget).__name__} {text[:30]!r}: {ratio:.2f}")
    return faults


def outline_faults(image: QImage, window: QWidget) -> list[str]:
    faults = []
    for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton):
        for widget in shown(window, kind):
            if isinstance(widget, QLineEdit) and not widget.hasFrame():
                continue  # a spin box's own field: the spin box is the control
            rect = in_window(widget, window)
            outside = background(image, ring(rect, -2)[0] | ring(rect, -2)[1])
            edge = max(strongest(image, side, outside) for side in ring(rect, 0) + ring(rect, 1))
            if edge < OUTLINE:
                faults.append(f"{type(widget).__name__} {widget.accessibleName()!r}: {edge:.2f}")
    return faults


def grab(window: MainWindow) -> QImage:
    for _ in range(3):
        QApplication.processEvents()
    return window.grab().toImage()


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qtbot: Any, boxes: Boxes) -> Iterator[MainWindow]:
    app = QApplication.instance()
    settings = Settings()
    settings.update(theme=request.param)
    apply_theme(app, request.param)
    store = SessionStore.open(paths.database_path())
    catalog, _ = load_catalog(paths.catalog_path())
    window = MainWindow(store, catalog, QtSpeech(RecordingSpeaker()), settings, FakeClock())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.editor is not None:
        window.editor.undo_stack.setClean()
    window.close()
    store.close()
    apply_theme(app, "light")


def open_each_page(window: MainWindow) -> Iterator[str]:
    yield "library"
    window.open_file(ROUTINE)
    yield "start panel"
    window.duplicate_routine(ROUTINE)
    editor = window.editor
    assert editor is not None
    editor.tree.setCurrentIndex(editor.tree_model.index_for_path((1, 1)))
    window.resize(1400, 900)  # the three panes side by side
    yield "editor"
    window.show_place(MainWindow.HISTORY)
    yield "history"


def test_text_and_outlines_stand_out_on_every_page(themed: MainWindow) -> None:
    faults = []
    for page in open_each_page(themed):
        image = grab(themed)
        faults += [f"{page}: {fault}" for fault in text_faults(image, themed)]
        faults += [f"{page}: {fault}" for fault in outline_faults(image, themed)]
    assert faults == [], "\n".join(faults)


def test_unticked_boxes_and_the_try_icon_can_be_seen(themed: MainWindow) -> None:
    themed.duplicate_routine(ROUTINE)
    editor = themed.editor
    assert editor is not None
    themed.resize(1400, 900)
    editor.tree.setCurrentIndex(editor.tree_model.index_for_path((1, 1)))
    image = grab(themed)
    muscles = editor.step_form.muscles
    model = muscles.model()
    unticked = [
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    ]
    assert unticked
    for index in unticked[:4]:
        cell = muscles.visualRect(index)
        origin = muscles.viewport().mapTo(themed, cell.topLeft())
        box = QRect(origin.x(), origin.y(), cell.height(), cell.height())
        behind = background(image, QRect(origin, cell.size()))
        assert strongest(image, box, behind) >= OUTLINE, index.data()

    button = next(b for b in shown(themed, QToolButton) if b.defaultAction() is editor.try_action)
    rect = in_window(button, themed)
    icon = QRect(rect.topLeft(), button.iconSize()).translated(4, (rect.height() - 16) // 2)
    assert strongest(image, icon, background(image, rect)) >= OUTLINE

    sidebar = in_window(themed.places, themed)
    page = in_window(themed.pages, themed)
    assert (
        background(image, sidebar).lightness() // 128 == background(image, page).lightness() // 128
    )


def test_the_places_edge_follows_a_theme_changed_while_the_window_is_open(
    themed: MainWindow,
) -> None:
    """The line between the places and the page is drawn in the palette's Mid colour of the
    theme in use, also after the theme changes with the window open, and the rows keep
    their highlight across the whole list."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme in ("dark", "light", "dark"):
        apply_theme(app, theme)
        image = grab(themed)
        places = in_window(themed.places, themed)
        edge = places.right()
        mid = app.palette().color(QPalette.ColorRole.Mid)
        column = {QColor(image.pixel(edge, y)).name() for y in range(places.top(), places.bottom())}
        assert column == {mid.name()}, (theme, column)
        row = themed.places.visualItemRect(themed.places.item(0))
        selected = app.palette().color(QPalette.ColorRole.Highlight)
        left = themed.places.viewport().mapTo(themed, row.topLeft()) + QPoint(1, row.height() // 2)
        assert QColor(image.pixel(left)).name() == selected.name(), theme
