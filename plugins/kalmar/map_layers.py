"""Kalmar's own map layer: the five local workshops, at their host municipality's unit."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from branch_models.models import Actor
from hub.plugins import MapLayer, RegionPlugin, feature_collection, point_feature, public_url
from plugins.kalmar.content import places


def workshops(region: RegionPlugin) -> MapLayer:
    """Each workshop at its host unit, with whether it validates with OCN."""
    units = (
        Actor.objects.public().filter(slug__in=places.unit_slugs).prefetch_related("municipalities")
    )
    features = [
        point_feature(
            unit.longitude,
            unit.latitude,
            {
                "name": str(_("Workshop %(name)s") % {"name": places.unit_name(unit.slug)}),
                "kind": str(_("Local workshop")),
                "city": unit.city,
                "url": public_url(unit),
                "ocn": any(m.code in places.ocn_municipalities for m in unit.municipalities.all()),
            },
        )
        for unit in units
        if unit.latitude is not None and unit.longitude is not None
    ]
    return MapLayer(
        key="workshops",
        title=_("Local workshops"),
        description=_("The five workshops of Samverkan leder till arbete."),
        geojson=feature_collection(features),
    )


map_layers = [workshops]
