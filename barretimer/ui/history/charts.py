"""The trends view: minutes per week by kind, sessions per week against the target, the
streak, and left against right seconds of balance drills. The numbers come from
:mod:`barretimer.store.trends`; this only draws them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from barretimer.core.model import Kind
from barretimer.core.timeline import Side
from barretimer.store.trends import TRAINING_KINDS, Trends
from barretimer.ui.history.chartmodel import ChartData, Reference, Series
from barretimer.ui.history.chartstyle import SeriesStyle
from barretimer.ui.history.chartwidgets import CategoryChart
from barretimer.ui.labels import kind_label, streak_label
from barretimer.ui.style.palette import is_dark
from barretimer.ui.style.theme import KIND_STYLES, SIDE_STYLES
from barretimer.ui.widgets import plain_label

#: A chart's text for each week, oldest first.
Labels = tuple[str, ...]


def week_label(week: date) -> str:
    return QLocale().toString(QDate(week.year, week.month, week.day), "d MMM")


def week_title(week: date) -> str:
    return QCoreApplication.translate("history", "Week of {date}").format(
        date=QLocale().toString(QDate(week.year, week.month, week.day), "d MMM yyyy")
    )


class TrendsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.streak_label = QLabel("0", self)
        self.streak_label.setTextFormat(Qt.TextFormat.PlainText)
        self.streak_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.streak_label.setAccessibleName(self.tr("Current streak in weeks"))
        font = QFont(self.streak_label.font())
        font.setPointSizeF(font.pointSizeF() * 4)
        font.setBold(True)
        self.streak_label.setFont(font)
        self.streak_caption = plain_label(self, accessible_name=self.tr("What the streak counts"))
        self.streak_caption.setWordWrap(True)
        self.streak_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_label = plain_label(self, accessible_name=self.tr("This week so far"))
        self.week_label.setWordWrap(True)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        streak_box = QWidget(self)
        streak_layout = QVBoxLayout(streak_box)
        title = plain_label(streak_box, self.tr("Streak"))
        title_font = QFont(title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title.setFont(title_font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        streak_layout.addStretch(1)
        streak_layout.addWidget(title)
        streak_layout.addWidget(self.streak_label)
        streak_layout.addWidget(self.streak_caption)
        streak_layout.addSpacing(12)
        streak_layout.addWidget(self.week_label)
        streak_layout.addStretch(1)
        streak_box.setMinimumWidth(220)

        self.minutes_view = CategoryChart(
            self.tr("Minutes per week by kind"), self.tr("Minutes"), parent=self
        )
        self.sessions_view = CategoryChart(
            self.tr("Completed sessions per week"),
            self.tr("Sessions"),
            value_labels=True,
            parent=self,
        )
        self.sides_view = CategoryChart(
            self.tr("Balance drills: left and right seconds per week"),
            self.tr("Seconds"),
            parent=self,
        )

        grid = QGridLayout(self)
        grid.addWidget(streak_box, 0, 0)
        grid.addWidget(self.sessions_view, 0, 1)
        grid.addWidget(self.minutes_view, 1, 0, 1, 2)
        grid.addWidget(self.sides_view, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        for row in range(3):
            grid.setRowStretch(row, 1)
        self._apply_style()

    # --- palette ------------------------------------------------------------------------------

    def _dark(self) -> bool:
        return is_dark(self.palette())

    def _apply_style(self) -> None:
        """Colours that suit the palette; patterns, dashes and marker shapes that read
        without colour."""
        dark = self._dark()
        self.minutes_view.set_styles(
            {
                kind: SeriesStyle(
                    KIND_STYLES[Kind(kind)].color(dark), pattern=KIND_STYLES[Kind(kind)].pattern
                )
                for kind in TRAINING_KINDS
            }
        )
        sessions = QColor("#7fb2ff") if dark else QColor("#2a5a9e")
        target = QColor("#ff8a80") if dark else QColor("#b3261e")
        self.sessions_view.set_styles(
            {
                "sessions": SeriesStyle(
                    sessions, label_colour=QColor("#000000") if dark else QColor("#ffffff")
                ),
                "target": SeriesStyle(target, dashed=True, marker=""),
            }
        )
        self.sides_view.set_styles(
            {
                "left": SeriesStyle(SIDE_STYLES[Side.LEFT].color(dark), marker="circle"),
                "right": SeriesStyle(
                    SIDE_STYLES[Side.RIGHT].color(dark), dashed=True, marker="square"
                ),
            }
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------------

    @property
    def kind_sets(self) -> dict[str, Series]:
        """The minutes chart's series by kind."""
        return {series.key: series for series in self.minutes_view.data().bars}

    @property
    def sessions_set(self) -> Series:
        return self.sessions_view.data().bars[0]

    @property
    def left_series(self) -> Series:
        return self.sides_view.data().lines[0]

    @property
    def right_series(self) -> Series:
        return self.sides_view.data().lines[1]

    def show_trends(self, trends: Trends) -> None:
        labels = tuple(week_label(w) for w in trends.weeks)
        titles = tuple(week_title(w) for w in trends.weeks)
        self._show_minutes(trends, labels, titles)
        self._show_sessions(trends, labels, titles)
        self._show_sides(trends, labels, titles)
        self.streak_label.setText(str(trends.streak))
        self.streak_caption.setText(streak_label(trends.streak, trends.target))
        this_week = trends.sessions[-1].completed if trends.sessions else 0
        self.week_label.setText(
            self.tr("This week: {done} of {target} so far").format(
                done=this_week, target=trends.target
            )
        )

    def _show_minutes(self, trends: Trends, labels: Labels, titles: Labels) -> None:
        self.minutes_view.set_data(
            ChartData(
                labels,
                titles,
                bars=tuple(
                    Series(
                        kind,
                        kind_label(kind),
                        tuple(round(week.minutes.get(kind, 0.0), 1) for week in trends.minutes),
                    )
                    for kind in TRAINING_KINDS
                ),
                unit=self.tr("min"),
                decimals=1,
                empty_text=self.tr("No training in these weeks yet."),
            )
        )

    def _show_sessions(self, trends: Trends, labels: Labels, titles: Labels) -> None:
        self.sessions_view.set_data(
            ChartData(
                labels,
                titles,
                bars=(
                    Series(
                        "sessions",
                        self.tr("Completed sessions"),
                        tuple(float(week.completed) for week in trends.sessions),
                    ),
                ),
                reference=Reference(
                    "target", self.tr("Target: {n} a week").format(n=trends.target), trends.target
                ),
                empty_text=self.tr("No completed sessions in these weeks yet."),
            )
        )

    def _show_sides(self, trends: Trends, labels: Labels, titles: Labels) -> None:
        by_week = {point.week: point for point in trends.sides}
        sides = [by_week.get(week) for week in trends.weeks]
        self.sides_view.set_data(
            ChartData(
                labels,
                titles,
                lines=(
                    Series("left", self.tr("Left"), tuple(p.left_s if p else None for p in sides)),
                    Series(
                        "right", self.tr("Right"), tuple(p.right_s if p else None for p in sides)
                    ),
                ),
                unit=self.tr("s"),
                empty_text=self.tr("No balance drills on both sides yet."),
            )
        )
