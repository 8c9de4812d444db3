"""Accessible bar charts drawn on the server by Matplotlib as SVG, each with its data table.

Why Matplotlib (docs/outcomes.md, *Charts*): a well-kept library whose SVG needs no script (the
CSP allows none inline), prints as vector graphics, and keeps text as text so the browser shapes
Arabic and Ethiopic and the page can mirror the layout for right-to-left languages. The chart is
an image with a title and a text summary; its numbers are in an HTML table beside it.

Colours are from the Okabe–Ito palette (safe for the common colour-vision deficiencies), each
with at least 3:1 contrast on white; the second series is also hatched, each bar carries its
value as text and the legend names the series, so colour is never the only cue.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import matplotlib as mpl
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from outcomes.numbers import local_number
from outcomes.suppression import Cell

__all__ = ["BarChart", "bar_chart"]

# Okabe–Ito blue and vermillion: 5.1:1 and 3.6:1 against white; the second is hatched too.
COLOURS = ("#0072B2", "#D55E00")
HATCHES = ("", "///")
INK = "#1a1a1a"
WIDTH_INCHES = 7.0
BAR_INCHES = 0.26
CACHE_SECONDS = 24 * 3600
STYLE = {
    "svg.fonttype": "none",  # text stays text: the browser shapes and orders it
    "font.family": "sans-serif",
    "font.sans-serif": ["Noto Sans", "DejaVu Sans", "Arial", "sans-serif"],
    "font.size": 10,
    "hatch.color": INK,
    "hatch.linewidth": 1.2,
}


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart and the table it is drawn from.

    Attributes:
        id: unique on the page, for ``aria-labelledby`` and the SVG's own ids.
        categories: ``(label, cells per series)`` pairs, drawn top to bottom.
        series: the name of each series (column headings of the table).
        rtl: labels on the right and bars growing to the left.
    """

    id: str
    title: str
    summary: str
    series: tuple[str, ...]
    categories: tuple[tuple[str, tuple[Cell, ...]], ...]
    rtl: bool = False

    @cached_property
    def svg(self) -> SafeString:
        """The chart as inline SVG, from the cache when the same chart was drawn before."""
        # The language too: the bars' values are written as it writes numbers.
        content = repr(
            (
                self.id,
                self.title,
                self.summary,
                self.series,
                self.categories,
                self.rtl,
                get_language(),
            )
        )
        key = "outcomes-chart:" + hashlib.sha256(content.encode()).hexdigest()
        drawn = cache.get(key)
        if drawn is None:
            drawn = _accessible(_draw(self), self)
            cache.set(key, drawn, CACHE_SECONDS)
        return mark_safe(drawn)  # noqa: S308 - our own SVG; every text in it is escaped


def bar_chart(
    chart_id: str,
    title: str,
    summary: str,
    series: Sequence[str],
    categories: Sequence[tuple[str, Sequence[Cell]]],
    *,
    rtl: bool = False,
) -> BarChart:
    """Describe a chart: one group of bars per category, one bar per series.

    Hidden cells get no bar, only their mark ("<5" or "..").
    """
    return BarChart(
        id=chart_id,
        title=title,
        summary=summary,
        series=tuple(series),
        categories=tuple((label, tuple(cells)) for label, cells in categories),
        rtl=rtl,
    )


def _draw(chart: BarChart) -> str:
    """Draw the bars with Matplotlib's object API (no pyplot: no global state, thread-safe)."""
    count = len(chart.series)
    rows = len(chart.categories)
    height = max(1.4, rows * count * BAR_INCHES + rows * 0.12 + (0.9 if count > 1 else 0.5))
    with mpl.rc_context(STYLE | {"svg.hashsalt": chart.id}):
        figure = Figure(figsize=(WIDTH_INCHES, height), layout="constrained")
        axes = figure.add_subplot()
        step = count + 0.6
        top = max((c.value or 0 for _label, cells in chart.categories for c in cells), default=0)
        for index, name in enumerate(chart.series):
            positions = [row * step + index for row in range(rows)]
            cells = [cells[index] for _label, cells in chart.categories]
            bars = axes.barh(
                positions,
                [c.value or 0 for c in cells],
                height=0.9,
                color=COLOURS[index % len(COLOURS)],
                hatch=HATCHES[index % len(HATCHES)],
                edgecolor=INK,
                linewidth=0.5,
                label=name,
            )
            for bar, cell in zip(bars, cells, strict=True):
                # Beside the bar's end, on the side it grows to (bar_label ignores the mirror).
                axes.annotate(
                    local_number(cell.display),
                    (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(-3 if chart.rtl else 3, 0),
                    textcoords="offset points",
                    ha="right" if chart.rtl else "left",
                    va="center",
                    color=INK,
                )
        axes.set_yticks(
            [row * step + (count - 1) / 2 for row in range(rows)],
            [label for label, _cells in chart.categories],
        )
        axes.invert_yaxis()
        axes.set_xlim(0, (top or 1) * 1.18)
        axes.xaxis.set_visible(False)
        for side in ("top", "bottom", "left", "right"):
            axes.spines[side].set_visible(False)
        axes.tick_params(axis="y", length=0, colors=INK)
        if chart.rtl:
            axes.invert_xaxis()
            axes.yaxis.tick_right()
        if count > 1:
            handles = [
                Patch(facecolor=COLOURS[i], hatch=HATCHES[i], edgecolor=INK, label=name)
                for i, name in enumerate(chart.series)
            ]
            figure.legend(
                handles=handles,
                loc="outside lower center",
                ncols=count,
                frameon=False,
                reverse=chart.rtl,
            )
        output = io.StringIO()
        with warnings.catch_warnings():
            # Matplotlib measures Arabic and Ethiopic with a Latin font; the browser draws them.
            warnings.simplefilter("ignore", UserWarning)
            FigureCanvasSVG(figure).print_svg(output, metadata={"Date": None, "Creator": None})
    return output.getvalue()


def _accessible(svg: str, chart: BarChart) -> str:
    """Make Matplotlib's file an inline image: its own ids, a title, a description, a role."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    prefix = f"{chart.id}-svg-"
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}\1)", svg)
    svg = re.sub(r'xlink:href="#([^"]+)"', rf'xlink:href="#{prefix}\1"', svg)
    if chart.rtl:
        # Each label reads right to left; the anchors keep Matplotlib's geometry.
        swap = {"start": "end", "end": "start", "middle": "middle"}
        svg = re.sub(
            r"text-anchor: (start|end|middle)", lambda m: f"text-anchor: {swap[m[1]]}", svg
        )
        svg = svg.replace("<text ", '<text direction="rtl" ')
    svg = re.sub(r'<svg ([^>]*?)width="[^"]+" height="[^"]+"', r"<svg \1", svg, count=1)
    title, desc = escape(chart.title), escape(chart.summary)
    opening = (
        f'<svg class="chart-svg" role="img" focusable="false" '
        f'aria-labelledby="{chart.id}-title {chart.id}-desc" '
    )
    svg = svg.replace("<svg ", opening, 1)
    head = f'<title id="{chart.id}-title">{title}</title><desc id="{chart.id}-desc">{desc}</desc>'
    return re.sub(r"(<svg [^>]*>)", rf"\1{_group(head)}", svg, count=1)


def _group(text: str) -> str:
    """Escape backslashes for ``re.sub``'s replacement."""
    return text.replace("\\", "\\\\")
