"""Skåne Nordost's own map layer: where OCN validation is done."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from branch_models.models import Actor
from hub.plugins import MapLayer, RegionPlugin, feature_collection, record_points
from plugins.skane_nordost.content import places


def ocn_units(region: RegionPlugin) -> MapLayer:
    """The five labour-market units, each with trained OCN assessors and quality assurers."""
    units = Actor.objects.public().filter(slug__in=places.unit_slugs)
    return MapLayer(
        key="ocn-units",
        title=_("Where OCN validation is done"),
        description=_(
            "The municipal labour-market units; each has trained assessors and internal quality "
            "assurers."
        ),
        geojson=feature_collection(record_points(units, method="OCN")),
    )


map_layers = [ocn_units]
