"""``/api/v1/statistics/``: indicators, suppressed half-year cells, reported figures, calculator.

Read-only and public. Cells are the same as on the statistics pages and in the open-data file
(``outcomes.statistics``): a small number is "<5" here too.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from hub.api.views import PublicAPIMixin
from hub.plugins.registry import get_registry
from outcomes.api.serializers import (
    CalculatorQuerySerializer,
    CalculatorResultSerializer,
    IndicatorSerializer,
    ReportedFigureSerializer,
    StatisticsCellSerializer,
)
from outcomes.areas import area_source
from outcomes.calculator import calculate
from outcomes.forms import CalculatorForm
from outcomes.models import Indicator
from outcomes.statistics import reported_figures
from outcomes.views import open_data_rows

__all__ = ["CalculatorView", "IndicatorListView", "ReportedFigureListView", "ValueListView"]


class IndicatorListView(PublicAPIMixin, APIView):
    """The indicators' definitions."""

    permission_classes = [AllowAny]

    @extend_schema(responses=IndicatorSerializer(many=True), operation_id="statistics_indicators")
    def get(self, request: Request) -> Response:
        """List every indicator."""
        return Response(IndicatorSerializer(Indicator.objects.all(), many=True).data)


class ValueListView(PublicAPIMixin, APIView):
    """Every published half-year cell, suppressed; filter by indicator, county, municipality."""

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[
            OpenApiParameter("indicator", str, description="Indicator key."),
            OpenApiParameter("region", str, description="SCB county code."),
            OpenApiParameter("municipality", str, description="SCB municipality code."),
        ],
        responses=StatisticsCellSerializer(many=True),
        operation_id="statistics_values",
    )
    def get(self, request: Request) -> Response:
        """List the cells."""
        rows = open_data_rows()
        for name in ("indicator", "region", "municipality"):
            wanted = request.query_params.get(name)
            if wanted:
                rows = [row for row in rows if row[name] == wanted]
        for row in rows:
            row["is_demo"] = row["is_demo"] == "true"
        return Response(rows)


class ReportedFigureListView(PublicAPIMixin, APIView):
    """Figures reported for a project period, with period, breakdown and source."""

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[
            OpenApiParameter("region", str, description="SCB county code."),
            OpenApiParameter(
                "area", str, description="A regional plugin's slug: the figures it ships."
            ),
        ],
        responses=ReportedFigureSerializer(many=True),
        operation_id="statistics_reported",
    )
    def get(self, request: Request) -> Response:
        """List the figures."""
        region = request.query_params.get("region")
        figures = [f for f in reported_figures() if not region or f.region_code == region]
        area = request.query_params.get("area")
        if area:
            plugin = next((p for p in get_registry().get_plugins() if p.slug == area), None)
            source = area_source(plugin) if plugin else None
            figures = [f for f in figures if source and f.source == source]
        return Response([_figure(f) for f in figures])


def _figure(figure: Any) -> dict[str, Any]:
    return {
        "indicator": figure.indicator.key,
        "region": figure.region_code,
        "place": figure.place,
        "period_start": figure.period_start.isoformat(),
        "period_end": figure.period_end.isoformat(),
        "programme": figure.programme,
        "value": figure.total.display,
        "breakdown": {label: cell.display for label, cell in figure.breakdown},
        "note": figure.note,
        "source": figure.source,
        "source_url": figure.source_url,
        "is_demo": figure.is_demo,
    }


class CalculatorView(PublicAPIMixin, APIView):
    """Seed 004's socio-economic calculation: each party's yearly change.

    Give ``origin``, ``target``, ``months`` and every monthly amount the move involves (the
    keys are in ``outcomes/data/calculator.json``; a missing one is named in the error).
    """

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[CalculatorQuerySerializer],
        responses=CalculatorResultSerializer(many=True),
        operation_id="statistics_calculator",
    )
    def get(self, request: Request) -> Response:
        """Calculate."""
        form = CalculatorForm(request.query_params)
        if not form.is_valid() or not form.ready:
            raise ValidationError({name: list(errors) for name, errors in form.errors.items()})
        data = form.cleaned_data
        amounts = {flow.key: data[flow.key] for flow in form.flows}
        results = calculate(data["origin"], data["target"], amounts, data["months"])
        return Response(
            [
                {
                    "party": r.party,
                    "label": r.label,
                    "before": r.before,
                    "after": r.after,
                    "change": r.change,
                }
                for r in results
            ]
        )
