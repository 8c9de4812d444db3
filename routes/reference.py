"""What the route finder shows on every request but changes only with the registry, cached.

The form's lists (290 municipalities, the SSYK occupations, the industries with models) and the
regions' own map layers cost queries and rendering on every search, yet change a few times a
year. Names come from ``search.facets.reference_labels`` (cached per language, dropped when a
municipality, industry or occupation changes); what also depends on the registry's records is
cached here and dropped when a validation model, actor or Komvux offer is saved or deleted:
at once, and again when the transaction commits (a request in between could cache the record
without the many-to-many rows saved after it).
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from branch_models.models import (
    Actor,
    Industry,
    KomvuxOffer,
    Municipality,
    Occupation,
    ValidationModel,
)
from hub.plugins.areas import map_layers
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import MapLayer
from search.facets import LABEL_SECONDS, reference_labels

__all__ = [
    "connect_signals",
    "industry_choices",
    "municipality_options",
    "occupation_options",
    "region_layers",
]

INDUSTRIES_KEY = "routes:industries-with-models"
LAYERS_KEY = "routes:region-layers"
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
    codes = cache.get(INDUSTRIES_KEY)
    if codes is None:
        codes = set(
            ValidationModel.objects.filter(live=True).values_list("industry__code", flat=True)
        )
        cache.set(INDUSTRIES_KEY, codes, LABEL_SECONDS)
    return [(code, name) for code, name in reference_labels(Industry).items() if code in codes]


def region_layers(region: RegionPlugin) -> tuple[MapLayer, ...]:
    """Return the region's own map layers for the route map, named after the region."""
    every = cache.get(LAYERS_KEY) or {}
    key = f"{region.slug}:{get_language()}"
    if key not in every:
        every[key] = tuple(
            MapLayer(
                key=f"{region.url_slug}-{layer.key}",
                title=f"{region.verbose_name}: {layer.title}",
                description=str(layer.description),
                geojson=layer.geojson,
            )
            for layer in map_layers(region)
            if layer.key not in REGISTRY_LAYERS
        )
        cache.set(LAYERS_KEY, every, LABEL_SECONDS)
    return every[key]


def _forget_registry(sender: type[models.Model], **kwargs: object) -> None:
    keys = [INDUSTRIES_KEY, LAYERS_KEY]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def connect_signals() -> None:
    """Drop what depends on the registry's records when one of them changes."""
    for model in (ValidationModel, Actor, KomvuxOffer):
        post_save.connect(_forget_registry, sender=model, dispatch_uid="routes.reference")
        post_delete.connect(_forget_registry, sender=model, dispatch_uid="routes.reference")
