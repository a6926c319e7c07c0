"""The Library's tags column in a narrow window: whole tags that fit, then how many more
("runners, barre +5"), never a tag cut in the middle; the full list is the cell's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from barretimer.ui.labels import more_label

SEPARATOR = ", "


def fit_tags(tags: list[str], width: int, metrics: QFontMetrics) -> str:
    """As many whole tags as fit in ``width`` pixels, with "+N" for the rest."""
    full = SEPARATOR.join(tags)
    if not tags or metrics.horizontalAdvance(full) <= width:
        return full
    for shown in range(len(tags) - 1, 0, -1):
        text = f"{SEPARATOR.join(tags[:shown])} {more_label(len(tags) - shown)}"
        if metrics.horizontalAdvance(text) <= width:
            return text
    # Not even one whole tag: the first, elided, and the count.
    more = f" {more_label(len(tags) - 1)}" if len(tags) > 1 else ""
    room = max(0, width - metrics.horizontalAdvance(more))
    from PySide6.QtCore import Qt  # not at start-up: see palette.system_is_dark

    return metrics.elidedText(tags[0], Qt.TextElideMode.ElideRight, room) + more


class TagsDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        tags = [t for t in option.text.split(SEPARATOR) if t]
        style = option.widget.style() if option.widget else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget)
        width = option.rect.width() - 2 * (margin + 1)
        option.text = fit_tags(tags, width, option.fontMetrics)
