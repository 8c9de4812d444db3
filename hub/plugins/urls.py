"""URL patterns of each plugin's own pages and API.

A plugin with a ``urls`` module is mounted at ``/regions/<slug>/`` (namespace ``<slug>``), one
with an ``api/urls.py`` at ``/api/v1/regions/<slug>/`` (namespace ``<slug>_api``), as NetBox
mounts plugin URLs; a plugin slug is never a county code, so these do not meet the registry's
``/api/v1/regions/<code>/``. The empty path below ``/regions/<slug>/`` is the region's section
page. What the hub itself serves about each area (facts, routes, figures, map layers) is at
``/api/v1/areas/`` and the list of regions at ``/regions/``, both mounted by the root URLconf.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

from hub.plugins.registry import get_registry

__all__ = ["api_patterns", "page_patterns"]

Patterns = list[URLPattern | URLResolver]


def api_patterns() -> Patterns:
    """Return each plugin's API URLs, under ``/api/v1/regions/<slug>/``."""
    registry = get_registry()
    patterns: Patterns = []
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
    """Return each plugin's pages, under ``/regions/<slug>/``."""
    registry = get_registry()
    patterns: Patterns = []
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
