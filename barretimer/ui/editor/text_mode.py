"""A routine file the loader cannot read, opened as text: its problems listed, their lines
marked, checked again a moment after each change. When the text reads with no problem the
editor takes the routine back into its forms."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFontDatabase, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.loader import load_routine_text
from barretimer.core.model import Catalog
from barretimer.core.problems import Problem
from barretimer.core.text import one_line
from barretimer.ui.widgets import plain_label

#: How long after the last key the text is read again.
CHECK_DELAY_MS = 500


class TextFixPane(QWidget):
    #: The text now reads as this routine, with no problem: ``(Routine, text)``.
    fixed = Signal(object, str)
    #: "Save text as it is" was chosen: ``text``.
    save_requested = Signal(str)

    def __init__(self, catalog: Catalog | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._file_name = ""
        self.intro = plain_label(self, wrap=True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Routine file text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.problems.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.save_text_button = QPushButton(self.tr("Save the text as it is"), self)
        self.save_text_button.setAccessibleName(self.tr("Save the text as it is"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._timer.start)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.save_text_button.clicked.connect(
            lambda: self.save_requested.emit(self.text.toPlainText())
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_text_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def show_file(self, path: Path, text: str, problems: Sequence[Problem]) -> None:
        self._file_name = path.name
        self.intro.setText(
            self.tr(
                "{file} cannot be shown in the forms: it has problems, listed below and marked "
                "in the text. Fix them here; once the file reads without a problem the forms "
                "come back."
            ).format(file=one_line(path.name))
        )
        self._timer.stop()
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self._show_problems(problems)
        if problems and problems[0].line:
            self._go_to_line(problems[0].line, problems[0].column)

    @Slot()
    def check(self) -> bool:
        """Read the text again; True (and ``fixed``) when it is a routine with no problem."""
        self._timer.stop()
        text = self.text.toPlainText()
        result = load_routine_text(text, self._file_name, self._catalog)
        if result.routine is not None and not result.problems:
            self.fixed.emit(result.routine, text)
            return True
        self._show_problems(result.problems)
        return False

    def marked_lines(self) -> list[int]:
        """The 1-based lines marked as having a problem."""
        return [s.cursor.blockNumber() + 1 for s in self.text.extraSelections()]

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems.clear()
        for problem in problems:
            if problem.line:
                text = self.tr("line {line}: {message}").format(
                    line=problem.line, message=one_line(problem.message)
                )
            else:
                text = one_line(problem.message)
            item = QListWidgetItem(text, self.problems)
            item.setData(Qt.ItemDataRole.UserRole, (problem.line, problem.column))
        self._mark(problems)

    def _mark(self, problems: Sequence[Problem]) -> None:
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(70)
        marks = []
        document = self.text.document()
        for line in sorted({p.line for p in problems if p.line}):
            block = document.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(highlight)
            mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.cursor = QTextCursor(block)
            marks.append(mark)
        self.text.setExtraSelections(marks)

    @Slot(QListWidgetItem)
    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line, column = item.data(Qt.ItemDataRole.UserRole)
        if line:
            self._go_to_line(line, column)

    def _go_to_line(self, line: int, column: int) -> None:
        block = self.text.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.MoveAnchor,
            max(0, min(column - 1, block.length() - 1)),
        )
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.setFocus()
