"""The public statistics: overview and comparison, county and municipality views, open data."""

from __future__ import annotations

import csv
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from branch_models.models import Municipality, Region
from outcomes.charts import BarChart, bar_chart
from outcomes.models import Indicator
from outcomes.numbers import local_number
from outcomes.statistics import (
    CycleTable,
    counties_with_values,
    cycle_table,
    cycles_of,
    half_year_indicators,
    plan_progress,
    public_values,
    published_plans,
    reported_figures,
    shown_plans,
)
from outcomes.suppression import Cell

__all__ = ["county", "index", "municipality", "open_data", "open_data_rows"]


def _indicator(request: HttpRequest) -> tuple[Indicator | None, list[Indicator]]:
    indicators = half_year_indicators()
    key = request.GET.get("indicator", "")
    chosen = next((i for i in indicators if i.key == key), indicators[0] if indicators else None)
    return chosen, indicators


def _describe(cells: list[tuple[str, Cell]], unit: str) -> str:
    """A sentence saying what a chart shows: highest and lowest, and what is hidden."""
    shown = [(label, c.value) for label, c in cells if c.value is not None]
    parts = []
    if shown:
        high = max(shown, key=lambda item: item[1])
        low = min(shown, key=lambda item: item[1])
        parts.append(
            _("Highest: %(label)s, %(value)s.") % {"label": high[0], "value": local_number(high[1])}
        )
        if low != high:
            parts.append(
                _("Lowest: %(label)s, %(value)s.")
                % {"label": low[0], "value": local_number(low[1])}
            )
    hidden = [label for label, c in cells if c.hidden]
    if hidden:
        parts.append(
            _("Hidden to protect small numbers: %(labels)s.") % {"labels": ", ".join(hidden)}
        )
    if not parts:
        parts.append(_("No values yet."))
    return " ".join(parts)


def _series_text(cells: list[tuple[str, Cell]]) -> str:
    shown = [(label, c.value) for label, c in cells if c.value is not None]
    if len(shown) >= 2:
        return _("From %(first)s in %(start)s to %(last)s in %(end)s.") % {
            "first": local_number(shown[0][1]),
            "start": shown[0][0],
            "last": local_number(shown[-1][1]),
            "end": shown[-1][0],
        }
    return _describe(cells, "")


def _chart(
    chart_id: str, title: str, cells: list[tuple[str, Cell]], *, series: bool = False
) -> BarChart:
    summary = _series_text(cells) if series else _describe(cells, "")
    return bar_chart(
        chart_id,
        title,
        summary,
        [title],
        [(label, [cell]) for label, cell in cells],
        rtl=get_language_bidi(),
    )


def _breakdown_charts(table: CycleTable, row: list[Cell] | None, prefix: str) -> list[BarChart]:
    charts = []
    for dimension, title in (
        ("gender", _("By gender")),
        ("exit_status", _("By status at exit")),
    ):
        cells = [(c.label, cell) for c, cell in table.breakdown(dimension, row)]
        if any(cell.value is not None or cell.hidden for _l, cell in cells):
            heading = f"{title}, {table.cycle}"
            charts.append(_chart(f"{prefix}-{dimension}", heading, cells))
    return charts


def index(request: HttpRequest) -> HttpResponse:
    """Compare the counties for an indicator, half-year by half-year, and list the reports."""
    indicator, indicators = _indicator(request)
    context: dict[str, Any] = {"indicator": indicator, "indicators": indicators, "charts": []}
    if indicator is not None:
        counties = counties_with_values(indicator)
        cycles = cycles_of(indicator)
        tables = {(r.pk, c): cycle_table(indicator, r, c) for r in counties for c in cycles}
        latest = cycles[-1] if cycles else None
        if latest is not None:
            cells = [(r.name, tables[(r.pk, latest)].total) for r in counties]
            context["charts"].append(
                _chart(
                    "compare",
                    _("%(indicator)s by county, %(cycle)s")
                    % {"indicator": indicator.label, "cycle": latest},
                    cells,
                )
            )
        context["series_table"] = {
            "cycles": cycles,
            "rows": [(r, [tables[(r.pk, c)].total for c in cycles]) for r in counties],
        }
        context["counties"] = counties
    context["figures"] = reported_figures()
    context["regions"] = Region.objects.filter(
        pk__in=public_values().values("owner_region")
    ).order_by("name")
    return render(request, "outcomes/index.html", context)


def county(request: HttpRequest, code: str) -> HttpResponse:
    """One county: its series, municipalities, breakdowns, plans against outcomes, reports."""
    region = get_object_or_404(Region, code=code)
    indicator, indicators = _indicator(request)
    charts: list[BarChart] = []
    municipalities: list[Any] = []
    if indicator is not None:
        cycles = cycles_of(indicator, region)
        tables = [cycle_table(indicator, region, c) for c in cycles]
        if tables:
            series = [(str(t.cycle), t.total) for t in tables]
            charts.append(
                _chart(
                    "series",
                    _("%(indicator)s per half-year") % {"indicator": indicator.label},
                    series,
                    series=True,
                )
            )
            latest = tables[-1]
            places = [(p.label, cell) for p, cell in latest.place_rows]
            charts.append(
                _chart(
                    "places",
                    _("By municipality or workshop, %(cycle)s") % {"cycle": latest.cycle},
                    places,
                )
            )
            charts += _breakdown_charts(latest, None, "county")
            municipalities = [p for p, _c in latest.place_rows if p.municipality_code]
    progress = plan_progress(region)
    if progress:
        charts.append(_progress_chart(progress))
    context = {
        "region": region,
        "indicator": indicator,
        "indicators": indicators,
        "charts": charts,
        "municipalities": municipalities,
        "plans": shown_plans(published_plans(region)),
        "figures": reported_figures(region),
    }
    return render(request, "outcomes/county.html", context)


def _progress_chart(progress: list[Any]) -> BarChart:
    planned, done = _("Planned validations"), _("Validations done")
    categories = [(str(p.cycle), [p.planned, p.done]) for p in progress]
    reported = [p for p in progress if p.done.value is not None and p.planned.value]
    if reported:
        last = reported[-1]
        summary = _("In %(cycle)s, %(done)s validations were done against %(planned)s planned.") % {
            "cycle": last.cycle,
            "done": local_number(last.done.display),
            "planned": local_number(last.planned.display),
        }
    else:
        summary = _("No report yet.")
    return bar_chart(
        "progress",
        _("Progress against the plans"),
        summary,
        [planned, done],
        categories,
        rtl=get_language_bidi(),
    )


def municipality(request: HttpRequest, code: str) -> HttpResponse:
    """One municipality: its series, breakdowns and its published plans and reports."""
    place = get_object_or_404(Municipality.objects.select_related("region"), code=code)
    indicator, indicators = _indicator(request)
    charts: list[BarChart] = []
    if indicator is not None:
        tables = [
            cycle_table(indicator, place.region, c) for c in cycles_of(indicator, place.region)
        ]
        rows = [(t, t.row(f"m:{place.code}")) for t in tables]
        rows = [(t, r) for t, r in rows if r is not None]
        if rows:
            series = [(str(t.cycle), r[0]) for t, r in rows]
            charts.append(
                _chart(
                    "series",
                    _("%(indicator)s per half-year") % {"indicator": indicator.label},
                    series,
                    series=True,
                )
            )
            charts += _breakdown_charts(rows[-1][0], rows[-1][1], "municipality")
    progress = plan_progress(place.region, place)
    if progress:
        charts.append(_progress_chart(progress))
    plans = shown_plans(published_plans(municipality=place))
    if not charts and not plans:
        raise Http404
    context = {
        "municipality": place,
        "region": place.region,
        "indicator": indicator,
        "indicators": indicators,
        "charts": charts,
        "plans": plans,
    }
    return render(request, "outcomes/municipality.html", context)


OPEN_DATA_COLUMNS = (
    "indicator",
    "indicator_name",
    "unit",
    "region",
    "place",
    "municipality",
    "period_start",
    "period_end",
    "dimension",
    "category",
    "value",
    "is_demo",
)


def open_data(request: HttpRequest) -> HttpResponse:
    """Every published half-year cell as CSV, suppressed exactly as on the pages."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="valideringsnavet-statistik.csv"'
    writer = csv.writer(response)
    writer.writerow(OPEN_DATA_COLUMNS)
    for row in open_data_rows():
        writer.writerow([row[c] for c in OPEN_DATA_COLUMNS])
    return response


def open_data_rows() -> list[dict[str, Any]]:
    """The open-data rows: one per shown or hidden cell of every county's half-year tables."""
    rows = []
    demo = {(v.owner_region_id, v.indicator_id, v.cycle) for v in public_values() if v.is_demo}
    for indicator in half_year_indicators():
        for region in counties_with_values(indicator):
            for cycle in cycles_of(indicator, region):
                table = cycle_table(indicator, region, cycle)
                is_demo = (region.pk, indicator.pk, cycle) in demo
                places = [("", "", table.cells[0])] + [
                    (p.label, p.municipality_code, table.cells[i])
                    for i, p in enumerate(table.places, start=1)
                ]
                for place, code, cells in places:
                    for column, cell in zip(table.columns, cells, strict=True):
                        if cell.value is None and not cell.hidden:
                            continue
                        rows.append(
                            {
                                "indicator": indicator.key,
                                "indicator_name": indicator.name,
                                "unit": indicator.unit,
                                "region": region.code,
                                "place": place or region.name,
                                "municipality": code,
                                "period_start": cycle.start.isoformat(),
                                "period_end": cycle.end.isoformat(),
                                "dimension": column.dimension,
                                "category": column.key,
                                "value": cell.display,
                                "is_demo": "true" if is_demo else "false",
                            }
                        )
    return rows
