"""Accessible bar charts drawn on the server as SVG, each with its data table.

Why not a JavaScript charting library: the pages must work under a Content-Security-Policy
without inline scripts, print, read right to left and stay readable without JavaScript; a chart
drawn on the server is an image with a title and a text summary, its numbers are in an HTML table
beside it, and nothing has to be vendored or kept up to date (docs/outcomes.md).

Colours are from the Okabe–Ito palette (safe for the common colour-vision deficiencies), each
with at least 3:1 contrast on white; the second series is also hatched, each bar carries its
value as text and the legend names the series, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from outcomes.suppression import Cell

__all__ = ["Bar", "BarChart", "bar_chart"]

WIDTH = 640
LABEL_WIDTH = 220
VALUE_ROOM = 56
BAR_HEIGHT = 18
BAR_GAP = 3
GROUP_GAP = 12
TOP = 8
# Okabe–Ito blue and vermillion: 5.1:1 and 3.6:1 against white.
COLOURS = ("#0072B2", "#D55E00")


@dataclass(frozen=True)
class Bar:
    """One bar's geometry and texts."""

    label: str
    series: int
    cell: Cell
    x: float
    y: float
    width: float
    value_x: float
    value_anchor: str
    first_in_group: bool
    label_x: float
    label_anchor: str
    group_y: float

    @property
    def fill(self) -> str:
        """The series colour (a pattern for the second series, defined in the SVG)."""
        return COLOURS[0] if self.series == 0 else "url(#hatch)"


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart and the table it is drawn from.

    Attributes:
        id: unique on the page, for ``aria-labelledby``.
        categories: ``(label, cells per series)`` pairs, drawn top to bottom.
        series: the name of each series (column headings of the table).
    """

    id: str
    title: str
    summary: str
    series: tuple[str, ...]
    categories: tuple[tuple[str, tuple[Cell, ...]], ...]
    bars: tuple[Bar, ...]
    height: float
    width: int = WIDTH

    @property
    def legend(self) -> list[tuple[int, str]]:
        """The series with their index, when there is more than one."""
        return list(enumerate(self.series)) if len(self.series) > 1 else []


def bar_chart(
    chart_id: str,
    title: str,
    summary: str,
    series: Sequence[str],
    categories: Sequence[tuple[str, Sequence[Cell]]],
    *,
    rtl: bool = False,
) -> BarChart:
    """Lay out a chart: one group of bars per category, one bar per series.

    Hidden cells get no bar, only their mark ("<5" or ".."); in right-to-left languages the
    labels stand on the right and the bars grow to the left.
    """
    shown = [c.value for _label, cells in categories for c in cells if c.value is not None]
    top = max(shown, default=0) or 1
    area = WIDTH - LABEL_WIDTH - VALUE_ROOM
    bars = []
    y = TOP
    for label, cells in categories:
        group_y = y
        for index, cell in enumerate(cells):
            length = 0 if cell.value is None else area * cell.value / top
            if rtl:
                x = WIDTH - LABEL_WIDTH - length
                value_x, value_anchor = x - 4, "end"
                label_x, label_anchor = WIDTH - 6, "end"
            else:
                x = LABEL_WIDTH
                value_x, value_anchor = x + length + 4, "start"
                label_x, label_anchor = LABEL_WIDTH - 6, "end"
            bars.append(
                Bar(
                    label=label,
                    series=index,
                    cell=cell,
                    x=round(x, 1),
                    y=y,
                    width=round(length, 1),
                    value_x=round(value_x, 1),
                    value_anchor=value_anchor,
                    first_in_group=index == 0,
                    label_x=label_x,
                    label_anchor=label_anchor,
                    group_y=group_y,
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
    return BarChart(
        id=chart_id,
        title=title,
        summary=summary,
        series=tuple(series),
        categories=tuple((label, tuple(cells)) for label, cells in categories),
        bars=tuple(bars),
        height=y,
    )
