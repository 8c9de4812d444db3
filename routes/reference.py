"""What the route finder shows on every request but changes only with the registry, cached.

The form's lists (290 municipalities, the SSYK occupations, the industries with models) and the
regions' own map layers cost queries and rendering on every search, yet change a few times a
year. Names come from ``search.facets.reference_labels``; what also depends on the registry's
records is cached here. Both are keyed by the content version (``hub.content_version.cached``),
which a saved or deleted record, municipality, industry or occupation renews.
"""

from __future__ import annotations

from django.utils.translation import get_language

from branch_models.models import (
    Industry,
    Municipality,
    Occupation,
    ValidationModel,
)
from hub import content_version
from hub.plugins.areas import map_layers
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import MapLayer
from search.facets import LABEL_SECONDS, reference_labels

__all__ = [
    "industry_choices",
    "municipality_options",
    "occupation_options",
    "region_layers",
]

# The hub's registry layers of a region (every actor and Komvux unit in it): the route's own
# layers already show the ones that matter, and a county-wide region would bury them in
# hundreds of points. The area outline and the plugins' own layers are kept.
REGISTRY_LAYERS = frozenset({"actors", "komvux"})


def municipality_options() -> list[str]:
    """Return every municipality's name in alphabetical order, for the autocomplete list."""
    return list(reference_labels(Municipality).values())


def occupation_options() -> list[str]:
    """Return "code name" (Swedish name, as SSYK publishes it) for every occupation, by code."""
    names = reference_labels(Occupation, "sv")
    return [f"{code} {names[code]}" for code in sorted(names)]


def industry_choices() -> list[tuple[str, str]]:
    """Return (code, name) of the industries that have a published validation model."""

    def build() -> frozenset[str]:
        return frozenset(
            ValidationModel.objects.filter(live=True).values_list("industry__code", flat=True)
        )

    codes = content_version.cached("routes:industries-with-models", build, LABEL_SECONDS)
    return [(code, name) for code, name in reference_labels(Industry).items() if code in codes]


def region_layers(region: RegionPlugin) -> tuple[MapLayer, ...]:
    """Return the region's own map layers for the route map, named after the region."""

    def build() -> tuple[MapLayer, ...]:
        return tuple(
            MapLayer(
                key=f"{region.url_slug}-{layer.key}",
                title=f"{region.verbose_name}: {layer.title}",
                description=str(layer.description),
                geojson=layer.geojson,
            )
            for layer in map_layers(region)
            if layer.key not in REGISTRY_LAYERS
        )

    key = f"routes:region-layers:{region.slug}:{get_language()}"
    return content_version.cached(key, build, LABEL_SECONDS)
