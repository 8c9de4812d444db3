"""Key figures for a region's section page and for the pages that point to the statistics.

A regional plugin ships its seed figures as indicator values (``<plugin>/data/indicators.json``);
its section page shows them again with what the registry holds in its area, so each region's
figures say something about that region rather than about the whole country.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from branch_models.hooks import actors_in_area, offers_in_area
from branch_models.models import Region, ValidationModel
from hub.plugins.config import RegionPlugin
from outcomes.demo import plugin_data_file, source_text
from outcomes.statistics import ReportedFigure, reported_figures

__all__ = [
    "HEADLINE_INDICATORS",
    "AreaFigures",
    "RegistryCount",
    "area_figures",
    "area_source",
    "headline_figures",
]

# The figures the home page and the decision makers' page lead with (the seeds' outcomes).
HEADLINE_INDICATORS = ("participants", "validation_enrolled", "competence_certificates")


@dataclass(frozen=True)
class RegistryCount:
    """A count of published registry records in an area, as of now."""

    label: str | Promise
    value: int


@dataclass(frozen=True)
class AreaFigures:
    """What a region's section page shows under "Figures"."""

    registry: list[RegistryCount]
    reported: list[ReportedFigure]
    counties: list[Region]


def area_source(region: RegionPlugin) -> str:
    """The source document the plugin's figures come from ("" when it ships none)."""
    path = plugin_data_file(region.path)
    if not path.exists():
        return ""
    document = json.loads(path.read_text(encoding="utf-8")).get("source")
    return source_text(document) if document else ""


def _registry_counts(region: RegionPlugin) -> list[RegistryCount]:
    actors = actors_in_area(region)
    offers = offers_in_area(region)
    models = ValidationModel.objects.public().filter(providers__in=actors).distinct()
    return [
        RegistryCount(_("Validation models with a provider in the area"), models.count()),
        RegistryCount(
            _("Komvux offers with validation in the area"),
            offers.filter(validation_offered=True).count(),
        ),
        RegistryCount(_("Actors in the area in the registry"), actors.count()),
    ]


def area_figures(region: RegionPlugin) -> AreaFigures:
    """Gather the registry's counts in the area and the figures the region's project reported."""
    source = area_source(region)
    reported = [f for f in reported_figures() if source and f.source == source]
    return AreaFigures(
        registry=_registry_counts(region),
        reported=reported,
        counties=list(Region.objects.filter(code__in=region.region_codes).order_by("name")),
    )


def headline_figures(limit: int = 3) -> list[ReportedFigure]:
    """The seeds' headline totals (participants, enrolled, certificates), newest first.

    A hidden small total says nothing at a glance, so it is left to the statistics pages.
    """
    figures = [
        f
        for f in reported_figures()
        if f.indicator.key in HEADLINE_INDICATORS and not f.total.hidden
    ]
    figures.sort(key=lambda f: (f.period_end, f.indicator.sort_order), reverse=True)
    return figures[:limit]
