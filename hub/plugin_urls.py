"""URL patterns for the regions: the hub's region API and pages, and each plugin's own URLs.

A plugin with a ``urls`` module is mounted at ``/regions/<slug>/`` (namespace ``<slug>``), one
with an ``api/urls.py`` at ``/api/v1/regions/<slug>/`` (namespace ``<slug>_api``), as NetBox
mounts plugin URLs. The empty path and ``map-layers/`` below those prefixes belong to the hub.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

from hub.api.regions import RegionDetail, RegionList, RegionMapLayer
from hub.registry import get_registry
from hub.views import regions_index

__all__ = ["api_patterns", "page_patterns"]

Patterns = list[URLPattern | URLResolver]


def api_patterns() -> Patterns:
    """Return ``/api/v1/regions/…``: the hub's region API, then each plugin's API URLs."""
    registry = get_registry()
    region_api = [
        path("", RegionList.as_view(), name="region-list"),
        path("<slug:slug>/", RegionDetail.as_view(), name="region-detail"),
        path(
            "<slug:slug>/map-layers/<slug:key>/",
            RegionMapLayer.as_view(),
            name="region-map-layer",
        ),
    ]
    patterns: Patterns = [path("", include((region_api, "hub_regions_api")))]
    for plugin in registry.get_plugins():
        module = registry.get_resources(plugin.slug).api_urls
        if module is not None:
            namespace = f"{plugin.slug}_api"
            patterns.append(
                path(f"{plugin.url_slug}/", include((module.urlpatterns, namespace), namespace))
            )
    return [path("api/v1/regions/", include(patterns))]


def page_patterns() -> Patterns:
    """Return ``/regions/`` (the list of regions) and each plugin's pages below it."""
    registry = get_registry()
    patterns: Patterns = [path("regions/", regions_index, name="regions")]
    for plugin in registry.get_plugins():
        module = registry.get_resources(plugin.slug).urls
        if module is not None:
            patterns.append(
                path(
                    f"regions/{plugin.url_slug}/",
                    include((module.urlpatterns, plugin.slug), namespace=plugin.slug),
                )
            )
    return patterns
