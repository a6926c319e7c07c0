"""The charts' arithmetic without Qt: round axes, which week labels are shown, and what the
value axis has to reach."""

from __future__ import annotations

import math
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from barretimer.ui.history.chartmodel import (
    ChartData,
    Reference,
    Series,
    nice_axis,
    place_labels,
    ticks,
)


@given(st.floats(0, 1e9), st.integers(2, 6))
def test_the_axis_is_round_reaches_the_value_and_keeps_few_ticks(value, most_ticks):
    top, interval = nice_axis(value, most_ticks=most_ticks)
    assert top >= value
    assert top / interval == round(top / interval)  # the top is a tick
    assert interval == round(interval) and str(int(interval)).rstrip("0") in ("1", "2", "25", "5")
    assert len(ticks(top, interval)) <= most_ticks + 1
    assert ticks(top, interval)[0] == 0 and ticks(top, interval)[-1] == top


def test_the_axis_of_nothing_still_has_a_scale():
    assert nice_axis(0) == (1, 1.0)


@given(
    count=st.integers(1, 30),
    slot=st.floats(8, 120),
    widths=st.lists(st.floats(10, 80), min_size=30, max_size=30),
    gap=st.floats(0, 12),
)
def test_labels_shown_never_overlap_stay_inside_and_include_the_last(count, slot, widths, gap):
    widths = widths[:count]
    low, high = 0.0, slot * count + 40  # some room at the right, as beside a legend
    centres = [slot * (i + 0.5) for i in range(count)]
    placed = place_labels(centres, widths, gap=gap, low=low, high=high)
    if max(widths) > high - low:
        return  # a label wider than the chart: nothing fits
    indices = [index for index, _ in placed]
    assert indices[-1] == count - 1
    strides = {b - a for a, b in pairwise(indices)}
    assert len(strides) <= 1  # evenly spaced
    for (a, left_a), (_, left_b) in pairwise(placed):
        assert left_a + widths[a] + gap <= left_b + 1e-9
    for index, left in placed:
        assert low - 1e-9 <= left and left + widths[index] <= high + 1e-9


def test_every_label_is_shown_when_they_fit_and_every_other_when_not():
    centres = [50.0 * i + 25 for i in range(12)]
    assert len(place_labels(centres, [40.0] * 12, gap=10, low=0, high=600)) == 12
    halves = place_labels(centres, [60.0] * 12, gap=10, low=0, high=600)
    assert [index for index, _ in halves] == [1, 3, 5, 7, 9, 11]


def test_the_value_axis_reaches_the_tallest_stack_line_and_target():
    data = ChartData(
        labels=("a", "b"),
        bars=(Series("x", "X", (3.0, 1.0)), Series("y", "Y", (4.0, None))),
        lines=(Series("l", "L", (None, 9.5)),),
        reference=Reference("t", "T", 2.0),
    )
    assert data.stack_total(0) == 7.0 and data.stack_total(1) == 1.0
    assert data.highest() == 9.5
    assert data.lines[0].points() == [(1, 9.5)]
    assert not data.is_empty()
    assert ChartData(labels=("a", "b"), lines=(Series("l", "L", (None, 0.0)),)).is_empty()
    assert math.isclose(ChartData(labels=("a",), reference=Reference("t", "T", 3)).highest(), 3)
