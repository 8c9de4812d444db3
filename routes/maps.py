"""The map of a route search: route layers from the result and the regions' own layers.

The same layers feed the Leaflet map and the accessible list beside it, so both always show the
same places. Coordinates follow RFC 7946 (longitude first), as ``hub.plugins.geo`` builds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from hub.plugins.contributions import MapLayer
from hub.plugins.geo import feature_collection, point_feature, public_url
from routes.reference import region_layers
from routes.services import RouteResult, Stop

__all__ = ["MapData", "route_map"]


@dataclass(frozen=True)
class MapData:
    """Layers to draw, and the point the map centres on (the person's municipality)."""

    layers: tuple[MapLayer, ...]
    centre: tuple[float, float] | None

    def as_json(self) -> dict[str, Any]:
        """Return what the map script reads (``json_script``)."""
        return {
            "centre": self.centre,
            "layers": [
                {"key": layer.key, "title": str(layer.title), "geojson": dict(layer.geojson)}
                for layer in self.layers
            ],
        }


def _points(stops: Iterable[Stop], **extra: Any) -> dict[int, dict]:
    features = {}
    for stop in stops:
        actor = stop.actor
        if actor.latitude is None or actor.longitude is None:
            continue
        features[actor.pk] = point_feature(
            actor.longitude,
            actor.latitude,
            {
                "name": actor.name,
                "kind": stop.kind_label,
                "city": actor.city,
                "url": public_url(actor),
                "distance": stop.distance_label,
                **extra,
            },
        )
    return features


def route_map(result: RouteResult) -> MapData:
    """Return the providers, Komvux offers and contacts of the routes, then regional layers."""
    providers: dict[int, dict] = {}
    offers: dict[int, dict] = {}
    contacts: dict[int, dict] = {}
    for route in result.routes:
        providers.update(_points(route.providers))
        for match in route.offers:
            offers.update(_points([Stop(match.offer.provider, match.distance_km)]))
        contacts.update(_points(route.contacts))
    if result.guidance is not None:
        contacts.update(_points(result.guidance.contacts))
    layers = [
        MapLayer(
            key="route-providers",
            title=_("Where the validation is done"),
            description=_("Authorised providers and Komvux units that validate."),
            geojson=feature_collection(providers.values()),
        ),
        MapLayer(
            key="route-offers",
            title=_("Komvux courses on the route"),
            description=_("Komvux units with courses that complement the validation."),
            geojson=feature_collection(offers.values()),
        ),
        MapLayer(
            key="route-contacts",
            title=_("Whom to contact"),
            description=_("Local actors and the organisations behind the validation."),
            geojson=feature_collection(
                feature for pk, feature in contacts.items() if pk not in providers
            ),
        ),
    ]
    for region in result.regions:
        layers.extend(region_layers(region))
    place = result.input.place
    centre = (place.latitude, place.longitude) if place else None
    return MapData(layers=tuple(layers), centre=centre)
