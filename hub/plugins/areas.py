"""Ask the plugins about a region: one typed function per hook, for pages, API and route finder.

Region hooks run for one region only (its plugin and the hub's defaults). Failures were already
isolated by ``hub.plugins.manager``; here results are flattened and, for blocks, rendered with
the same isolation, so a broken plugin template cannot break the page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import (
    LocalProcess,
    MapLayer,
    NavigationItem,
    PageSpec,
    RankAdjustment,
    RegionFacts,
    RouteCandidate,
    RouteQuery,
)
from hub.plugins.default_hooks import default_region_facts
from hub.plugins.manager import region_caller, report_failure
from hub.plugins.mapping import RecordMapping
from hub.plugins.registry import get_registry

__all__ = [
    "RenderedBlock",
    "RouteAdjustment",
    "adjust_route_ranking",
    "data_mappings",
    "describe_processes",
    "describe_region",
    "map_layers",
    "matching_candidates",
    "navigation_items",
    "section_blocks",
    "section_spec",
]


def _call(region: RegionPlugin, name: str, **kwargs: Any) -> Any:
    manager = get_registry().get_plugin_manager()
    return region_caller(manager, region.slug, name)(region=region, **kwargs)


def _flatten(results: list[list[Any]]) -> list[Any]:
    return [item for result in results for item in result]


def describe_region(region: RegionPlugin) -> RegionFacts:
    """Return the region's facts (the plugin's, or the hub's default)."""
    return _call(region, "hub_describe_region") or default_region_facts(region)


def section_spec(region: RegionPlugin) -> PageSpec:
    """Return the content of the region's section page and the pages below it."""
    return _call(region, "hub_seed_section")


def describe_processes(region: RegionPlugin) -> list[LocalProcess]:
    """Return the region's validation routes."""
    return _flatten(_call(region, "hub_describe_processes"))


def data_mappings(region: RegionPlugin) -> list[type[RecordMapping]]:
    """Return the mappings of the region's own data formats."""
    return _flatten(_call(region, "hub_provide_mappings"))


def map_layers(region: RegionPlugin) -> list[MapLayer]:
    """Return the region's map layers, the hub's registry layers first."""
    return _flatten(_call(region, "hub_provide_map_layers"))


def navigation_items(region: RegionPlugin) -> list[NavigationItem]:
    """Return the links the region's section page offers."""
    return _flatten(_call(region, "hub_add_navigation_items"))


@dataclass(frozen=True)
class RenderedBlock:
    """A plugin block rendered to HTML for the section page."""

    title: str
    html: SafeString


def section_blocks(region: RegionPlugin, request: HttpRequest | None) -> list[RenderedBlock]:
    """Render the plugin's section blocks; a block that fails to render is reported and left out."""
    rendered = []
    for block in _flatten(_call(region, "hub_add_section_blocks", request=request)):
        try:
            html = render_to_string(block.template, dict(block.context), request=request)
        except Exception as exc:  # noqa: BLE001 - a plugin's template must not break the page
            message = f"{type(exc).__name__}: {exc}"
            report_failure(region.slug, f"block {block.template}", message, exc)
            continue
        rendered.append(RenderedBlock(title=str(block.title), html=html))
    return rendered


@dataclass(frozen=True)
class RouteAdjustment:
    """The summed adjustment of one route candidate, with every plugin's reason."""

    delta: float = 0.0
    reasons: tuple[str, ...] = ()


def adjust_route_ranking(
    query: RouteQuery, candidates: Sequence[RouteCandidate]
) -> dict[str, RouteAdjustment]:
    """Ask every plugin to adjust the candidates' ranks; sum the deltas per candidate."""
    manager = get_registry().get_plugin_manager()
    results: list[list[RankAdjustment]] = manager.hook.hub_adjust_route_ranking(
        query=query, candidates=list(candidates)
    )
    deltas: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)
    known = {candidate.key for candidate in candidates}
    for adjustment in _flatten(results):
        if adjustment.candidate in known:
            deltas[adjustment.candidate] += adjustment.delta
            reasons[adjustment.candidate].append(str(adjustment.reason))
    return {key: RouteAdjustment(deltas[key], tuple(reasons[key])) for key in deltas}


def matching_candidates(
    candidates: Sequence[RouteCandidate], **model_filters: Any
) -> list[RouteCandidate]:
    """Return the candidates whose published validation model matches the filters.

    For ranking hooks, e.g. ``matching_candidates(candidates, method_family="ocn")``.
    """
    # By label, as the mappings' ``Lookup`` does: the framework names the registry's model
    # without importing the app (``docs/architecture.md``, layers).
    validation_models: Any = apps.get_model("branch_models", "ValidationModel")
    slugs = set(
        validation_models.objects.public()
        .filter(slug__in={c.validation_model for c in candidates}, **model_filters)
        .values_list("slug", flat=True)
    )
    return [candidate for candidate in candidates if candidate.validation_model in slugs]
