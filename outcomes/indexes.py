"""Search declarations for follow-up: each indicator is found as a way into the statistics.

The statistics pages are views, not records, so the indicator definitions stand for them: a
search for "statistik", "uppföljning" or an indicator's name finds the statistics page for that
indicator. Values and plans are aggregates shown in tables and are not indexed one by one.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext

from outcomes.models import Indicator, IndicatorValue
from reference.audiences import Audience
from search.index import FacetField, ModelIndex, SearchField, register_index

__all__ = ["IndicatorIndex"]


def _title(indicator: Indicator) -> str:
    return gettext("Statistics: %(indicator)s") % {"indicator": indicator.label}


def _keywords(_indicator: Indicator) -> str:
    return gettext("statistics, follow-up, figures, outcomes, half-year reports, decision makers")


@register_index
class IndicatorIndex(ModelIndex):
    """Indicators with at least one published value, linked to their statistics page."""

    model = Indicator
    # Indicator names are kept in Swedish and English only.
    languages = ("sv", "en")
    depends_on = {IndicatorValue: "values"}
    fields = (
        SearchField(_title, "title"),
        SearchField("description", "summary"),
        SearchField(_keywords, "keywords"),
        SearchField("source_title"),
    )
    facets = (FacetField("audience", lambda _obj: [Audience.DECISION_MAKERS]),)

    def get_queryset(self) -> models.QuerySet:
        return Indicator.objects.filter(values__live=True).distinct()

    def get_url(self, obj: models.Model) -> str:
        return f"{reverse('outcomes:index')}?indicator={obj.key}"
