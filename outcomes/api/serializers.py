"""Serializers documenting the statistics and calculator endpoints in the OpenAPI schema."""

from __future__ import annotations

from rest_framework import serializers

from outcomes.calculator import ORIGINS, TARGETS
from outcomes.models import Indicator

__all__ = [
    "CalculatorQuerySerializer",
    "CalculatorResultSerializer",
    "IndicatorSerializer",
    "ReportedFigureSerializer",
    "StatisticsCellSerializer",
]


class IndicatorSerializer(serializers.ModelSerializer):
    """An indicator's definition."""

    class Meta:
        model = Indicator
        fields = (
            "key",
            "name",
            "name_en",
            "names",
            "description",
            "unit",
            "by_gender",
            "by_exit_status",
            "source_title",
            "source_url",
        )


class StatisticsCellSerializer(serializers.Serializer):
    """One published half-year cell; ``value`` is "<5" or ".." when hidden (docs/outcomes.md)."""

    indicator = serializers.CharField()
    indicator_name = serializers.CharField()
    unit = serializers.CharField()
    region = serializers.CharField(help_text="SCB county code.")
    place = serializers.CharField()
    municipality = serializers.CharField(help_text="SCB municipality code, or empty.")
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    dimension = serializers.ChoiceField(choices=["total", "gender", "exit_status"])
    category = serializers.CharField()
    value = serializers.CharField(help_text='A whole number, "<5" (1–4) or ".." (hidden).')
    is_demo = serializers.BooleanField()


class ReportedFigureSerializer(serializers.Serializer):
    """A figure for a project period, as its report gives it, with its breakdown."""

    indicator = serializers.CharField()
    region = serializers.CharField(help_text="SCB county code.")
    place = serializers.CharField()
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    programme = serializers.CharField()
    value = serializers.CharField()
    breakdown = serializers.DictField(child=serializers.CharField())
    note = serializers.CharField()
    source = serializers.CharField()
    source_url = serializers.CharField()
    is_demo = serializers.BooleanField()


class CalculatorQuerySerializer(serializers.Serializer):
    """The calculator's query: the move, its length, and every monthly amount it involves."""

    origin = serializers.ChoiceField(choices=list(ORIGINS))
    target = serializers.ChoiceField(choices=list(TARGETS))
    months = serializers.IntegerField(min_value=1, max_value=120, default=12)


class CalculatorResultSerializer(serializers.Serializer):
    """A party's money per year before and after the move, in kronor."""

    party = serializers.CharField()
    label = serializers.CharField()
    before = serializers.IntegerField()
    after = serializers.IntegerField()
    change = serializers.IntegerField()
