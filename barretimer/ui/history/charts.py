"""The trends view: minutes per week by kind, sessions per week against the target, the
streak, and left against right seconds of balance drills. The numbers come from
:mod:`barretimer.store.trends`; this only draws them."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from barretimer.core.model import Kind
from barretimer.core.timeline import Side
from barretimer.store.trends import TRAINING_KINDS, Trends
from barretimer.ui.labels import kind_label
from barretimer.ui.style.palette import is_dark
from barretimer.ui.style.theme import KIND_STYLES, SIDE_STYLES
from barretimer.ui.widgets import plain_label


def week_label(week: date) -> str:
    return QLocale().toString(QDate(week.year, week.month, week.day), "d MMM")


def nice_axis(value: float, *, most_ticks: int = 6) -> tuple[float, float]:
    """A round axis maximum a little above ``value`` and a round tick interval for it."""
    value = max(value * 1.1, 1.0)
    for interval in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if value / interval <= most_ticks:
            return math.ceil(value / interval) * interval, float(interval)
    return value, value / most_ticks


def _set_axis(axis: QValueAxis, value: float) -> None:
    top, interval = nice_axis(value)
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(interval)


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
        self.streak_caption = plain_label(
            self, selectable=True, accessible_name=self.tr("What the streak counts")
        )
        self.streak_caption.setWordWrap(True)
        self.streak_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_label = plain_label(
            self, selectable=True, accessible_name=self.tr("This week so far")
        )
        self.week_label.setWordWrap(True)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        streak_box = QWidget(self)
        streak_layout = QVBoxLayout(streak_box)
        title = plain_label(streak_box, self.tr("Streak"), selectable=True)
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

        self.minutes_view = self._chart_view(self.tr("Minutes per week by kind"))
        self.sessions_view = self._chart_view(self.tr("Completed sessions per week"))
        self.sides_view = self._chart_view(
            self.tr("Balance drills: left and right seconds per week")
        )

        # Series stay the same objects for the life of the view; update() refills them.
        self.kind_sets: dict[str, QBarSet] = {}
        self.minutes_series = QStackedBarSeries()
        for kind in TRAINING_KINDS:
            bar_set = QBarSet(kind_label(kind))
            self.kind_sets[kind] = bar_set
            self.minutes_series.append(bar_set)
        self.sessions_set = QBarSet(self.tr("Completed sessions"))
        self.sessions_series = QBarSeries()
        self.sessions_series.append(self.sessions_set)
        self.sessions_series.setLabelsVisible(True)
        self.sessions_series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        self.target_series = QLineSeries()
        self.left_series = QLineSeries()
        self.left_series.setName(self.tr("Left (solid)"))
        self.right_series = QLineSeries()
        self.right_series.setName(self.tr("Right (dashed)"))
        for series in (self.left_series, self.right_series):
            series.setPointsVisible(True)
        self.minutes_view.chart().addSeries(self.minutes_series)
        self.sessions_view.chart().addSeries(self.sessions_series)
        self.sessions_view.chart().addSeries(self.target_series)
        self.sides_view.chart().addSeries(self.left_series)
        self.sides_view.chart().addSeries(self.right_series)
        self._axes: dict[int, tuple[QBarCategoryAxis, QValueAxis]] = {}
        for view, unit in (
            (self.minutes_view, self.tr("Minutes")),
            (self.sessions_view, self.tr("Sessions")),
            (self.sides_view, self.tr("Seconds")),
        ):
            x_axis = QBarCategoryAxis()
            y_axis = QValueAxis()
            y_axis.setTitleText(unit)
            y_axis.setLabelFormat("%d")
            chart = view.chart()
            chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
            for shown in chart.series():
                shown.attachAxis(x_axis)
                shown.attachAxis(y_axis)
            self._axes[id(view)] = (x_axis, y_axis)

        grid = QGridLayout(self)
        grid.addWidget(streak_box, 0, 0)
        grid.addWidget(self.sessions_view, 0, 1)
        grid.addWidget(self.minutes_view, 1, 0, 1, 2)
        grid.addWidget(self.sides_view, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        for row in range(3):
            grid.setRowStretch(row, 1)
        self._apply_style()

    def _chart_view(self, title: str) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(title)
        view.setMinimumHeight(200)
        return view

    # --- palette ------------------------------------------------------------------------------

    def _dark(self) -> bool:
        return is_dark(self.palette())

    def _apply_style(self) -> None:
        """Colours that suit the palette; patterns and dashes that read without colour."""
        theme = (
            QChart.ChartTheme.ChartThemeDark if self._dark() else QChart.ChartTheme.ChartThemeLight
        )
        for view in (self.minutes_view, self.sessions_view, self.sides_view):
            view.chart().setTheme(theme)  # resets series colours, so set ours after
            view.chart().setBackgroundBrush(self.palette().base())
            for axis in view.chart().axes():
                axis.setLabelsBrush(self.palette().text())
                axis.setTitleBrush(self.palette().text())
            view.chart().setTitleBrush(self.palette().text())
            view.chart().legend().setLabelColor(self.palette().text().color())
        dark = self._dark()
        for kind, bar_set in self.kind_sets.items():
            style = KIND_STYLES[Kind(kind)]
            shade = style.color(dark)
            bar_set.setBrush(QBrush(shade, style.pattern))
            bar_set.setPen(QPen(shade, 1.5))
        main = QColor("#7fb2ff") if self._dark() else QColor("#2a5a9e")
        self.sessions_set.setBrush(QBrush(main))
        self.sessions_set.setPen(QPen(main))
        self.sessions_set.setLabelColor(QColor("#000000") if self._dark() else QColor("#ffffff"))
        target = QColor("#ff8a80") if self._dark() else QColor("#b3261e")
        self.target_series.setPen(QPen(target, 2.5, Qt.PenStyle.DashLine))
        left = SIDE_STYLES[Side.LEFT].color(dark)
        right = SIDE_STYLES[Side.RIGHT].color(dark)
        self.left_series.setPen(QPen(left, 2.5, Qt.PenStyle.SolidLine))
        self.right_series.setPen(QPen(right, 2.5, Qt.PenStyle.DashLine))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------------

    def show_trends(self, trends: Trends) -> None:
        labels = [week_label(w) for w in trends.weeks]
        for view in (self.minutes_view, self.sessions_view, self.sides_view):
            x_axis, _ = self._axes[id(view)]
            x_axis.setCategories(labels)

        for kind, bar_set in self.kind_sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([round(week.minutes.get(kind, 0.0), 1) for week in trends.minutes])
        top_minutes = max((week.total for week in trends.minutes), default=0.0)
        _set_axis(self._axes[id(self.minutes_view)][1], top_minutes)

        self.sessions_set.remove(0, self.sessions_set.count())
        self.sessions_set.append([float(week.completed) for week in trends.sessions])
        self.target_series.setName(self.tr("Target: {n} a week (dashed)").format(n=trends.target))
        self.target_series.replace([QPointF(i, trends.target) for i in range(len(trends.weeks))])
        top_sessions = max([week.completed for week in trends.sessions] + [trends.target])
        _set_axis(self._axes[id(self.sessions_view)][1], top_sessions)

        index = {week: i for i, week in enumerate(trends.weeks)}
        self.left_series.replace([QPointF(index[p.week], p.left_s) for p in trends.sides])
        self.right_series.replace([QPointF(index[p.week], p.right_s) for p in trends.sides])
        top_sides = max([max(p.left_s, p.right_s) for p in trends.sides], default=0.0)
        _set_axis(self._axes[id(self.sides_view)][1], top_sides)

        self.streak_label.setText(str(trends.streak))
        self.streak_caption.setText(
            self.tr("weeks in a row with at least {n} completed sessions").format(n=trends.target)
        )
        this_week = trends.sessions[-1].completed if trends.sessions else 0
        self.week_label.setText(
            self.tr("This week: {done} of {target} so far").format(
                done=this_week, target=trends.target
            )
        )
        self._describe(trends)

    def _describe(self, trends: Trends) -> None:
        """Text versions of the charts for screen readers."""
        minutes = "; ".join(
            f"{week_label(w.week)}: "
            + ", ".join(f"{kind_label(k)} {round(v)}" for k, v in w.minutes.items())
            for w in trends.minutes
        )
        self.minutes_view.setAccessibleDescription(minutes)
        sessions = "; ".join(f"{week_label(w.week)}: {w.completed}" for w in trends.sessions)
        self.sessions_view.setAccessibleDescription(sessions)
        sides = "; ".join(
            f"{week_label(p.week)}: {round(p.left_s)} / {round(p.right_s)}" for p in trends.sides
        )
        self.sides_view.setAccessibleDescription(
            sides or self.tr("No balance drills on both sides yet.")
        )
