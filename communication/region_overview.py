"""What a region's section page shows, gathered once per request from its plugin and the
registry (``RegionSectionPage.get_context``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest

from branch_models.models import Municipality, Region
from hub.plugins.areas import (
    RenderedBlock,
    describe_processes,
    describe_region,
    map_layers,
    navigation_items,
    section_blocks,
)
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import LocalProcess, MapLayer, NavigationItem, RegionFacts
from hub.plugins.geo import SvgMap, svg_map

__all__ = ["RegionOverview", "region_overview"]


@dataclass(frozen=True)
class RegionOverview:
    """Everything a region's section page shows, gathered once per request."""

    plugin: RegionPlugin
    facts: RegionFacts
    municipalities: list[Any]
    regions: list[Any]
    processes: list[LocalProcess]
    navigation: list[NavigationItem]
    layers: list[MapLayer]
    map: SvgMap | None
    blocks: list[RenderedBlock] = field(default_factory=list)


def region_overview(region: RegionPlugin, request: HttpRequest | None) -> RegionOverview:
    """Gather the region's facts, routes, links, figures, map and blocks."""
    facts = describe_region(region)
    layers = map_layers(region)
    return RegionOverview(
        plugin=region,
        facts=facts,
        municipalities=list(Municipality.objects.filter(code__in=facts.municipality_codes)),
        regions=list(Region.objects.filter(code__in=facts.region_codes)),
        processes=describe_processes(region),
        navigation=navigation_items(region),
        layers=layers,
        map=svg_map(layers),
        blocks=section_blocks(region, request),
    )
