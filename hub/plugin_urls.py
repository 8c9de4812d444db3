"""URL patterns for the regions: the hub's region API and pages, and each plugin's own URLs.

A plugin with a ``urls`` module is mounted at ``/regions/<slug>/`` (namespace ``<slug>``), one
with an ``api/urls.py`` at ``/api/v1/regions/<slug>/`` (namespace ``<slug>_api``), as NetBox
mounts plugin URLs; a plugin slug is never a county code, so these do not meet the registry's
``/api/v1/regions/<code>/``. The empty path below ``/regions/<slug>/`` is the region's section
page. What the hub itself serves about each region (facts, routes, figures, map layers) is at
``/api/v1/areas/``.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

from hub.api.regions import RegionDetail, RegionList, RegionMapLayer
from hub.registry import get_registry
from hub.views import regions_index

__all__ = ["api_patterns", "page_patterns"]

Patterns = list[URLPattern | URLResolver]


def api_patterns() -> Patterns:
    """Return ``/api/v1/areas/…`` (the hub's region API) and each plugin's API URLs."""
    registry = get_registry()
    areas = [
        path("", RegionList.as_view(), name="list"),
        path("<slug:slug>/", RegionDetail.as_view(), name="detail"),
        path("<slug:slug>/map-layers/<slug:key>/", RegionMapLayer.as_view(), name="map-layer"),
    ]
    patterns: Patterns = [path("api/v1/areas/", include((areas, "areas")))]
    for plugin in registry.get_plugins():
        module = registry.get_resources(plugin.slug).api_urls
        if module is not None:
            namespace = f"{plugin.slug}_api"
            patterns.append(
                path(
                    f"api/v1/regions/{plugin.url_slug}/",
                    include((module.urlpatterns, namespace), namespace),
                )
            )
    return patterns


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
