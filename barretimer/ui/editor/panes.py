"""The editor page's three panes: the routine and its steps (left), the selected item (middle),
the summary and the problems (right). They lay out and show; the page decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.model import Block, Catalog, Defaults, Kind, Routine, Sides, Step
from barretimer.core.problems import StepPath
from barretimer.ui.editor.forms import BlockForm, RoutineForm
from barretimer.ui.editor.models import ProblemListModel, ProblemRow, position_text
from barretimer.ui.editor.panels import SummaryPanel
from barretimer.ui.editor.step_form import StepForm
from barretimer.ui.editor.step_tree import StepTreeModel
from barretimer.ui.labels import kind_label, rounds_label, sides_label
from barretimer.ui.widgets import plain_label


def scrolled_down_only(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a scroll area that scrolls up and down, never sideways: the area is
    never narrower than the content's narrowest (a pane too short for it scrolls; a pane too
    narrow is the splitter's to prevent)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    fit_scroll_width(scroll)
    return scroll


def fit_scroll_width(scroll: QScrollArea) -> None:
    """The area as narrow as its content's narrowest (again after the content changed)."""
    content = scroll.widget()
    assert content is not None
    if (layout := content.layout()) is not None:
        layout.activate()
    bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + 2)


class StepsPane(QWidget):
    """The routine's own fields, its steps as a tree, and the buttons that change the steps."""

    #: How many letters' room a step's name keeps in a compact window.
    COMPACT_NAME_LETTERS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine_form = RoutineForm(self)
        self.routine_box = QGroupBox(self.tr("Routine"), self)
        routine_layout = QVBoxLayout(self.routine_box)
        routine_layout.addWidget(self.routine_form)
        routine_layout.addStretch(1)  # as a tab of its own, the form stays at the top
        self.tree_model = StepTreeModel(self)
        self.tree = self._tree()

        button = self._button
        self.add_catalog_button = button(
            self.tr("Add from &catalog…"), self.tr("Add a step from the exercise catalog")
        )
        self.add_blank_button = button(self.tr("Add &blank step"), self.tr("Add a blank step"))
        self.add_block_button = button(self.tr("Add re&peat block"), self.tr("Add a repeat block"))
        self.duplicate_button = button(self.tr("Duplicate"), self.tr("Duplicate the selected item"))
        self.delete_button = button(self.tr("Delete"), self.tr("Delete the selected item"))
        self.up_button = button(self.tr("Move up"), self.tr("Move the selected item up"))
        self.down_button = button(self.tr("Move down"), self.tr("Move the selected item down"))
        self.duplicate_button.setToolTip(self.tr("Ctrl+D in the steps"))
        self.delete_button.setToolTip(self.tr("Delete key in the steps"))
        self.up_button.setToolTip(self.tr("Alt+Up; next to a repeat block, goes into or out of it"))
        self.down_button.setToolTip(
            self.tr("Alt+Down; next to a repeat block, goes into or out of it")
        )
        buttons = QGridLayout()  # two columns: three do not fit a narrow pane
        buttons.addWidget(self.add_catalog_button, 0, 0)
        buttons.addWidget(self.add_blank_button, 0, 1)
        buttons.addWidget(self.add_block_button, 1, 0)
        buttons.addWidget(self.duplicate_button, 1, 1)
        buttons.addWidget(self.delete_button, 2, 0)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        buttons.addLayout(moves, 2, 1)
        steps_box = QGroupBox(self.tr("Steps"), self)
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.addWidget(self.tree, 1)
        steps_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box_layout = layout
        layout.addWidget(self.routine_box)
        layout.addWidget(steps_box, 1)

    def _tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setAccessibleName(self.tr("Steps"))
        tree.setModel(self.tree_model)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(StepTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (StepTreeModel.KIND, StepTreeModel.DURATION, StepTreeModel.SIDES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Room for the widest kind, length and sides beside a readable name: the tree never
        # scrolls sideways nor cuts its headers.
        metrics = tree.fontMetrics()
        widest = sum(
            max(metrics.horizontalAdvance(text) for text in texts) + 16
            for texts in (
                [self.tree_model.headerData(StepTreeModel.KIND, Qt.Orientation.Horizontal)]
                + [QCoreApplication.translate("editor", "repeat block")]
                + [kind_label(kind) for kind in Kind],
                [
                    self.tree_model.headerData(StepTreeModel.DURATION, Qt.Orientation.Horizontal),
                    rounds_label(99),
                ],
                [sides_label(sides) for sides in Sides],
            )
        )
        icon = tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._tree_columns_width = widest + icon + bar
        tree.setMinimumWidth(self._tree_columns_width + metrics.horizontalAdvance("M" * 10))
        return tree

    def set_compact(self, compact: bool) -> None:
        """``compact`` (a small screen in a language of long words): the names get less room
        before they are shortened with "…", and the routine's labels go above their fields."""
        letters = self.COMPACT_NAME_LETTERS if compact else 10
        name = self.tree.fontMetrics().horizontalAdvance("M" * letters)
        self.tree.setMinimumWidth(self._tree_columns_width + name)
        self.routine_form.set_compact(compact)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    def item_buttons(self) -> list[QPushButton]:
        """The buttons that act on the selected item."""
        return [self.duplicate_button, self.delete_button, self.up_button, self.down_button]


class ItemPane(QGroupBox):
    """The selected step or repeat block in its form, or a hint when nothing is selected."""

    NOTHING, STEP, BLOCK = range(3)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_form = StepForm(catalog, self)
        self.block_form = BlockForm(self)
        self.nothing_selected = plain_label(
            self,
            self.tr(
                "Select a step or a repeat block to edit it, "
                "or add one with the buttons below the steps."
            ),
            wrap=True,
        )
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._step_scroll = step_scroll = scrolled_down_only(self.step_form, self)
        block_holder = QWidget(self)
        block_layout = QVBoxLayout(block_holder)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.addWidget(self.block_form)
        block_layout.addStretch(1)
        self.item_stack = QStackedWidget(self)
        self.item_stack.addWidget(self.nothing_selected)
        self.item_stack.addWidget(step_scroll)
        self.item_stack.addWidget(block_holder)
        QVBoxLayout(self).addWidget(self.item_stack)
        self.show_item(None, (), Defaults(), reset=True)

    def show_item(
        self, item: Step | Block | None, path: StepPath, defaults: Defaults, *, reset: bool
    ) -> None:
        """Show ``item`` (at ``path``); ``reset`` drops text typed but not read yet."""
        position = position_text(path)
        if isinstance(item, Step):
            self.step_form.show_step(item, defaults, reset=reset)
            self.item_stack.setCurrentIndex(self.STEP)
            self.setTitle(self.tr("Step {position}").format(position=position))
        elif isinstance(item, Block):
            self.block_form.show_block(item, defaults, reset=reset)
            self.item_stack.setCurrentIndex(self.BLOCK)
            self.setTitle(self.tr("Repeat block {position}").format(position=position))
        else:
            self.item_stack.setCurrentIndex(self.NOTHING)
            self.setTitle(self.tr("Selected item"))

    def set_compact(self, compact: bool) -> None:
        """Labels above their fields when the two do not fit side by side."""
        self.step_form.set_compact(compact)
        self.block_form.set_compact(compact)
        fit_scroll_width(self._step_scroll)

    def input_errors(self) -> list[str]:
        """Text in the shown form that cannot be read yet."""
        shown = self.item_stack.currentIndex()
        if shown == self.STEP:
            return self.step_form.input_errors()
        if shown == self.BLOCK:
            return self.block_form.input_errors()
        return []


class ChecksPane(QWidget):
    """What the routine adds up to, and what stops it from being saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = SummaryPanel(self)
        summary_box = QGroupBox(self.tr("Summary"), self)
        QVBoxLayout(summary_box).addWidget(self.summary)
        self.problem_model = ProblemListModel(self)
        self.problems = QListView(self)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setModel(self.problem_model)
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.problems.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # As tall as its problems: the pane scrolls only when they do not fit.
        self.problems.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_status = plain_label(self, wrap=True)
        self.save_status.setAccessibleName(self.tr("Save status"))
        problems_box = QGroupBox(self.tr("Problems"), self)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.problems, 1)
        problems_layout.addWidget(self.save_status)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(summary_box, 3)
        content_layout.addWidget(problems_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled_down_only(content, self))

    def show_checks(self, routine: Routine, rows: list[ProblemRow]) -> None:
        """The routine's summary and its problems; the status line says whether it can be
        saved."""
        self.problem_model.set_rows(rows)
        if not rows:
            self.save_status.setText(self.tr("✓ No problems: the routine can be saved."))
        else:
            first = f"{rows[0].where}: {rows[0].message}"
            text = self.tr("⚠ Cannot save yet: {problem}").format(problem=first)
            if len(rows) > 1:
                text += " " + self.tr("(and {count} more)").format(count=len(rows) - 1)
            self.save_status.setText(text)
        self.summary.show_routine(routine)
