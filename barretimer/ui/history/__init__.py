"""The history screens: past sessions, their details, trends, and the summary after a workout."""

from barretimer.ui.history.page import HistoryPage
from barretimer.ui.history.summary import SummaryDialog

__all__ = ["HistoryPage", "SummaryDialog"]
