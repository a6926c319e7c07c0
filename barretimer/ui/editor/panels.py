"""The live summary beside the editor: total time, steps, time per kind and per muscle group."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barretimer.core.durations import format_clock
from barretimer.core.edits import MAX_SUMMARY_PLAYS, count_plays
from barretimer.core.model import MUSCLES, Kind, Routine, iter_steps
from barretimer.core.summary import seconds_by_kind, seconds_by_muscle, unstretched_muscles
from barretimer.core.timeline import Timeline, compile_timeline, planned_total_s
from barretimer.ui.editor.models import RowsTableModel
from barretimer.ui.labels import intervals_label, kind_label, muscle_label, steps_label
from barretimer.ui.style.icons import kind_icon
from barretimer.ui.widgets import plain_label


@dataclass(frozen=True)
class Summary:
    total_s: float
    written_steps: int
    played_steps: int
    by_kind: dict[Kind, float]
    work_by_muscle: dict[str, float]  # seconds of holds, moves and balance work
    stretch_by_muscle: dict[str, float]
    unstretched: list[str]
    excused: list[str]  # worked, unstretched, and the routine says why
    excused_why: str


def summarize(routine: Routine) -> Summary | None:
    """The routine's numbers from the core's timeline, or None when it is too big to plan."""
    if count_plays(routine.steps) > MAX_SUMMARY_PLAYS:
        return None
    timeline = compile_timeline(routine)
    stretches = Timeline(
        timeline.routine_name, tuple(i for i in timeline.work_intervals if i.kind is Kind.STRETCH)
    )
    everything = seconds_by_muscle(timeline)
    stretch = seconds_by_muscle(stretches)
    note = routine.unstretched
    excused = note.muscles if note is not None else ()
    unstretched = unstretched_muscles(timeline, excused)
    return Summary(
        total_s=timeline.total_s,
        written_steps=sum(1 for _ in iter_steps(routine.steps)),
        played_steps=len(timeline.work_intervals),
        by_kind=seconds_by_kind(timeline),
        work_by_muscle={m: everything[m] - stretch.get(m, 0.0) for m in everything},
        stretch_by_muscle=stretch,
        unstretched=unstretched,
        excused=[m for m in unstretched_muscles(timeline) if m not in unstretched],
        excused_why=note.why if note is not None else "",
    )


def _table(model: RowsTableModel, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fit_columns(table: QTableView, widest_rows: Sequence[Sequence[str]]) -> None:
    """Make ``table`` no narrower than its headers and ``widest_rows`` (every text it can
    show), so that no word is cut short ("Stre…") whatever the routine."""
    metrics = table.fontMetrics()
    icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
    padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
    width = 0
    model = table.model()
    for column in range(model.columnCount()):
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal))]
        texts += [row[column] for row in widest_rows if column < len(row)]
        needed = max(metrics.horizontalAdvance(text) for text in texts) + padding
        if column == 0:
            needed += icon
        width += needed
    bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    table.setMinimumWidth(width + bar + 2 * table.frameWidth() + 2)


class SummaryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = plain_label(self, wrap=True)
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setAccessibleName(self.tr("Total time"))
        self.steps = plain_label(self, wrap=True)
        self.steps.setAccessibleName(self.tr("Number of steps"))
        self.kinds_model = RowsTableModel(
            (self.tr("Kind"), self.tr("Time"), self.tr("Share")), self
        )
        self.kinds = _table(self.kinds_model, self.tr("Time per kind"), self)
        self.muscles_model = RowsTableModel(
            (self.tr("Muscle group"), self.tr("Work"), self.tr("Stretch")), self
        )
        self.muscles = _table(self.muscles_model, self.tr("Time per muscle group"), self)
        self.stretch_note = plain_label(self, wrap=True)
        self.stretch_note.setAccessibleName(self.tr("Muscles without a stretch"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(self.steps)
        kinds_label = QLabel(self.tr("Time per kind"), self)
        kinds_label.setBuddy(self.kinds)
        layout.addWidget(kinds_label)
        layout.addWidget(self.kinds)
        muscles_label = QLabel(self.tr("Time per muscle group"), self)
        muscles_label.setBuddy(self.muscles)
        layout.addWidget(muscles_label)
        layout.addWidget(self.muscles, 1)
        layout.addWidget(self.stretch_note)
        rows = len(Kind) + 1
        self.kinds.setFixedHeight(self.kinds.verticalHeader().defaultSectionSize() * rows + 6)
        self.kinds.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        longest_time = format_clock(99 * 3600 + 59 * 60 + 59)
        _fit_columns(self.kinds, [(kind_label(k), longest_time, "100 %") for k in Kind])
        _fit_columns(
            self.muscles,
            [(muscle_label(m), longest_time, self.tr("none")) for m in MUSCLES],
        )
        self.muscles.setMinimumHeight(self.muscles.verticalHeader().defaultSectionSize() * 4)

    def show_routine(self, routine: Routine) -> Summary | None:
        summary = summarize(routine)
        if summary is None:
            self._show_total_only(routine)
            return None
        self.total.setText(self.tr("Total: {time}").format(time=format_clock(summary.total_s)))
        self.steps.setText(
            self.tr("{written}, played as {played}").format(
                written=steps_label(summary.written_steps),
                played=intervals_label(summary.played_steps),
            )
        )
        total = summary.total_s or 1.0
        self.kinds_model.set_rows(
            [
                (kind_label(kind), format_clock(seconds), f"{round(100 * seconds / total)} %")
                for kind, seconds in summary.by_kind.items()
            ],
            [kind_icon(kind) for kind in summary.by_kind],
        )
        rows = []
        for muscle, work in summary.work_by_muscle.items():
            stretch = summary.stretch_by_muscle.get(muscle, 0.0)
            if work <= 0 and stretch <= 0:
                continue
            rows.append(
                (
                    muscle_label(muscle),
                    format_clock(work) if work > 0 else "–",
                    format_clock(stretch) if stretch > 0 else self.tr("none"),
                )
            )
        self.muscles_model.set_rows(rows)
        self.stretch_note.setText(self._stretch_note(summary, bool(rows)))
        return summary

    def _show_total_only(self, routine: Routine) -> None:
        """Too many plays for the tables on every change; the total is cheap and the same as
        the player's."""
        self.total.setText(
            self.tr("Total: {time}").format(time=format_clock(planned_total_s(routine)))
        )
        self.steps.setText(
            self.tr(
                "{written} steps written; the repeats add up to more than {count} steps "
                "to play, too many for the tables below."
            ).format(written=sum(1 for _ in iter_steps(routine.steps)), count=MAX_SUMMARY_PLAYS)
        )
        self.kinds_model.set_rows([])
        self.muscles_model.set_rows([])
        self.stretch_note.setText("")

    def _stretch_note(self, summary: Summary, any_muscles: bool) -> str:
        """Whether every worked muscle group is stretched, or which are not."""
        if summary.unstretched:
            return self.tr("⚠ Worked but never stretched: {muscles}.").format(
                muscles=", ".join(muscle_label(m) for m in summary.unstretched)
            )
        if summary.excused:
            return self.tr("✓ Not stretched here, on purpose: {muscles}. {why}").format(
                muscles=", ".join(muscle_label(m) for m in summary.excused),
                why=summary.excused_why,
            )
        if any_muscles:
            return self.tr("✓ Every worked muscle group has a stretch.")
        return self.tr("Tick the muscles of each step to see where the work goes.")
