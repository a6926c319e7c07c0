"""How the editor's three panes share the width: side by side when they fit, otherwise the
steps beside one place where the routine, the selected item and the checks are tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStyle, QTabWidget, QWidget

from barretimer.core.model import Catalog
from barretimer.ui.editor.panes import ChecksPane, ItemPane, StepsPane


class PaneSplitter(QSplitter):
    """The steps, the selected item and the checks, arranged for the width there is."""

    def __init__(self, catalog: Catalog, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.steps_pane = StepsPane(parent)
        self.item_pane = ItemPane(catalog, parent)
        self.checks_pane = ChecksPane(parent)
        self.setChildrenCollapsible(False)
        # Too narrow for three panes side by side (a 1024-pixel screen), the selected item and
        # the checks share the second place as two tabs.
        self.side_tabs = QTabWidget(parent)
        self.side_tabs.setAccessibleName(self.tr("Selected item and checks"))
        self.addWidget(self.steps_pane)
        self.addWidget(self.side_tabs)
        self.addWidget(self.item_pane)
        self.addWidget(self.checks_pane)
        self.narrow = False
        #: The widths two and three panes need with roomy forms (kept while compact).
        self._roomy_widths = (0, 0)
        self.compact = False
        self.side_tabs.hide()
        for index, stretch in enumerate((5, 5, 4, 4)):
            self.setStretchFactor(index, stretch)
        self.setSizes([500, 0, 480, 400])

    def three_panes_width(self) -> int:
        """The narrowest the page can be with its three panes side by side."""
        handles = 2 * self.handleWidth()
        panes = (self.steps_pane, self.item_pane, self.checks_pane)
        return sum(p.minimumSizeHint().width() for p in panes) + handles + self._margins()

    def fit(self, width: int) -> None:
        """Arrange the panes for a page ``width`` pixels wide."""
        # Compact, the panes' sizes are the compact ones: the roomy ones were kept.
        three = self._roomy_widths[1] if self.compact else self.three_panes_width()
        if self.compact and width >= self._roomy_widths[0]:
            self._set_compact(False)
        self.arrange(narrow=self.compact or width < three)
        self._set_compact(self.narrow and width < self._two_panes_width())

    def _margins(self) -> int:
        return 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)

    def _two_panes_width(self) -> int:
        """The narrowest the page can be with the steps beside the tabs and roomy forms."""
        if self.compact:
            return self._roomy_widths[0]
        panes = (self.steps_pane, self.side_tabs)
        return (
            sum(p.minimumSizeHint().width() for p in panes) + self.handleWidth() + self._margins()
        )

    def _set_compact(self, compact: bool) -> None:
        """Still too narrow for the steps beside the tabs (a 1024-pixel screen in a language
        of long words): long labels go above their fields and names give up some room."""
        if compact == self.compact:
            return
        if compact:
            self._roomy_widths = (self._two_panes_width(), self.three_panes_width())
        self.compact = compact
        self.steps_pane.set_compact(compact)
        self.item_pane.set_compact(compact)

    def arrange(self, *, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        routine_box = self.steps_pane.routine_box
        if narrow:
            self.side_tabs.addTab(routine_box, self.tr("Routine"))
            self.side_tabs.addTab(self.item_pane, self.tr("Selected item"))
            self.side_tabs.addTab(self.checks_pane, self.tr("Summary and problems"))
            self.side_tabs.setCurrentWidget(self.item_pane)
            self.side_tabs.show()
        else:
            self.steps_pane.box_layout.insertWidget(0, routine_box)
            self.insertWidget(2, self.item_pane)
            self.insertWidget(3, self.checks_pane)
            self.side_tabs.clear()
            self.side_tabs.hide()
            for pane in (routine_box, self.item_pane, self.checks_pane):
                pane.show()
        self.refresh_tab_titles()

    def show_side(self, pane: QWidget) -> None:
        """Bring ``pane`` to the front when the panes share tabs."""
        if self.narrow:
            self.side_tabs.setCurrentWidget(pane)

    def refresh_tab_titles(self) -> None:
        if not self.narrow:
            return
        self.side_tabs.setTabText(1, self.item_pane.title())
        count = self.checks_pane.problem_model.rowCount()
        checks = (
            self.tr("Summary and problems (%n)", "", count)
            if count
            else self.tr("Summary and problems")
        )
        self.side_tabs.setTabText(2, checks)
