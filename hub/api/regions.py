"""`/api/v1/areas/`: the enabled regions, each with facts, routes, figures and map layers.

Read-only and public. Everything comes from the plugins' hooks (with the hub's defaults), so a
new plugin appears here without any API code of its own.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from hub.api.area_serializers import AreaDetailSerializer, AreaListSerializer
from hub.api.views import PublicAPIMixin
from hub.jsonable import jsonable
from hub.plugins.areas import describe_processes, describe_region, map_layers
from hub.plugins.config import RegionPlugin
from hub.plugins.registry import get_registry

__all__ = ["RegionDetail", "RegionList", "RegionMapLayer"]


def _plugin(slug: str) -> RegionPlugin:
    plugin = get_registry().get_plugin_by_url_slug(slug)
    if plugin is None:
        raise Http404
    return plugin


def _summary(plugin: RegionPlugin, request: Request) -> dict[str, Any]:
    facts = describe_region(plugin)
    return {
        "slug": plugin.url_slug,
        "name": str(plugin.verbose_name),
        "area": jsonable(facts.area),
        "summary": jsonable(facts.summary),
        "region_codes": list(facts.region_codes),
        "municipality_codes": list(facts.municipality_codes),
        "url": request.build_absolute_uri(
            reverse("areas:detail", kwargs={"slug": plugin.url_slug})
        ),
    }


class RegionList(PublicAPIMixin, APIView):
    """List the regions whose plugins are enabled."""

    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="areas_list",
        responses=AreaListSerializer,
        summary="Regions with an enabled plugin",
    )
    def get(self, request: Request) -> Response:
        """Return every enabled region with its codes and a link to its details."""
        plugins = get_registry().get_plugins()
        return Response({"results": [_summary(plugin, request) for plugin in plugins]})


class RegionDetail(PublicAPIMixin, APIView):
    """One region: facts, validation routes, figures and links to its map layers."""

    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="areas_retrieve",
        responses=AreaDetailSerializer,
        summary="A region's facts, routes and figures",
    )
    def get(self, request: Request, slug: str) -> Response:
        """Return what the region's plugin describes."""
        plugin = _plugin(slug)
        facts = describe_region(plugin)
        layers = [
            {
                "key": layer.key,
                "title": jsonable(layer.title),
                "description": jsonable(layer.description),
                "url": request.build_absolute_uri(
                    reverse(
                        "areas:map-layer",
                        kwargs={"slug": plugin.url_slug, "key": layer.key},
                    )
                ),
            }
            for layer in map_layers(plugin)
        ]
        body = {
            **_summary(plugin, request),
            "facts": jsonable(facts),
            "processes": jsonable(describe_processes(plugin)),
            # The region's figures are indicator values, served by the statistics API.
            "statistics": request.build_absolute_uri(
                f"{reverse('api:statistics-reported')}?area={plugin.slug}"
            ),
            "map_layers": layers,
            "plugin": {"version": plugin.version},
        }
        return Response(body)


class RegionMapLayer(PublicAPIMixin, APIView):
    """One map layer of a region as GeoJSON (RFC 7946)."""

    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="areas_map_layer_retrieve",
        responses=OpenApiTypes.OBJECT,
        summary="A region's map layer as GeoJSON",
    )
    def get(self, request: Request, slug: str, key: str) -> Response:
        """Return the layer's feature collection."""
        plugin = _plugin(slug)
        layer = next((layer for layer in map_layers(plugin) if layer.key == key), None)
        if layer is None:
            raise Http404
        return Response(jsonable(layer.geojson), content_type="application/geo+json")
