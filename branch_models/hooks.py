"""The registry's hook implementations: every region's map shows the registry's actors and
Komvux offers in its area, and an approximate area drawn around them.

Found by the plugin loader as this app's ``hooks`` module and registered as the hub's own, so
they run for every region; the hub's framework needs no knowledge of the registry's models.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from branch_models.models import Actor, KomvuxOffer
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import MapLayer
from hub.plugins.geo import (
    Point,
    area_feature,
    feature_collection,
    point_feature,
    public_url,
    record_points,
)
from hub.plugins.manager import hookimpl

__all__ = ["actors_in_area", "hub_provide_map_layers", "offers_in_area"]


def _area_q(region: RegionPlugin, prefix: str) -> Q:
    if region.municipality_codes:
        return Q(**{f"{prefix}code__in": region.municipality_codes})
    return Q(**{f"{prefix}region__code__in": region.region_codes})


def actors_in_area(region: RegionPlugin) -> QuerySet:
    """Published actors serving the region's municipalities (or owned by its counties)."""
    condition = _area_q(region, "municipalities__")
    if not region.municipality_codes:
        condition |= Q(owner_region__code__in=region.region_codes)
    return Actor.objects.public().filter(condition).distinct().order_by("name")


def offers_in_area(region: RegionPlugin) -> QuerySet:
    """Published Komvux offers in the region's municipalities (or counties)."""
    return KomvuxOffer.objects.public().filter(_area_q(region, "municipality__"))


def _area_points(actors: list[Any], providers: dict[int, tuple[Any, list[str]]]) -> list[Point]:
    """Places that stand for the municipalities: Komvux and labour-market units (else all).

    Regional or national bodies that serve the area may sit outside it (a region's office in
    the county seat serves every municipality), so they only shape the area when nothing local
    is known.
    """
    local = [provider for provider, _names in providers.values()]
    local += [actor for actor in actors if actor.kind == "labour_market_unit"]
    chosen = local if len(local) >= 3 else [*actors, *local]
    return [
        (float(actor.longitude), float(actor.latitude))
        for actor in chosen
        if actor.latitude is not None and actor.longitude is not None
    ]


def _registry_layers(region: RegionPlugin) -> list[MapLayer]:
    actors = list(actors_in_area(region).exclude(kind="komvux"))
    providers: dict[int, tuple[Any, list[str]]] = {}
    for offer in offers_in_area(region).select_related("provider"):
        providers.setdefault(offer.provider_id, (offer.provider, []))[1].append(offer.name)
    komvux = [
        point_feature(
            provider.longitude,
            provider.latitude,
            {
                "name": provider.name,
                "kind": provider.get_kind_display(),
                "city": provider.city,
                "url": public_url(provider),
                "offers": sorted(names),
            },
        )
        for provider, names in providers.values()
        if provider.latitude is not None
    ]
    layers = [
        MapLayer(
            key="actors",
            title=_("Actors"),
            description=_("Organisations in the registry that work with validation here."),
            geojson=feature_collection(record_points(actors)),
        ),
        MapLayer(
            key="komvux",
            title=_("Komvux"),
            description=_("Municipal adult education with its published offers."),
            geojson=feature_collection(komvux),
        ),
    ]
    area = area_feature(_area_points(actors, providers), {"name": str(region.verbose_name)})
    if area is not None:
        layers.append(
            MapLayer(
                key="area",
                title=_("Area (approximate)"),
                description=_(
                    "Drawn around the region's Komvux and labour-market units; not an official "
                    "border."
                ),
                geojson=feature_collection([area]),
            )
        )
    return layers


@hookimpl(tryfirst=True)
def hub_provide_map_layers(region: RegionPlugin) -> list[MapLayer]:
    """Map the registry's actors and Komvux in the region (before the plugin's own layers)."""
    return _registry_layers(region)
