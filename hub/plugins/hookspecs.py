"""Every hook the hub calls, specified once (pluggy, project name ``hub``).

A plugin implements a hook by defining a function of the same name in its ``hooks.py``; the
``@hookimpl`` marker from ``hub.plugins`` is only needed for options such as ``tryfirst``. An
implementation may accept fewer arguments than the spec. A function named ``hub_*`` that
matches no spec fails the system checks (``check_pending``), so a misspelt hook never goes
unnoticed.

Region hooks (all but ``hub_adjust_route_ranking``) are called for one region at a time: only
that plugin's implementation and the hub's defaults (``hub.plugins.default_hooks``) run. A hook that
raises, or returns something other than its declared type, is logged with the plugin's name,
shown on the admin's plugin health panel and skipped; the page still renders.
"""

from __future__ import annotations

from collections.abc import Sequence

import pluggy
from django.http import HttpRequest

from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import (
    LocalProcess,
    MapLayer,
    NavigationItem,
    PageSpec,
    RankAdjustment,
    RegionBlock,
    RegionFacts,
    RouteCandidate,
    RouteQuery,
)
from hub.plugins.mapping import RecordMapping

__all__ = [
    "PROJECT_NAME",
    "hookspec",
    "hub_add_navigation_items",
    "hub_add_section_blocks",
    "hub_adjust_route_ranking",
    "hub_describe_processes",
    "hub_describe_region",
    "hub_provide_map_layers",
    "hub_provide_mappings",
    "hub_seed_section",
]

PROJECT_NAME = "hub"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)


@hookspec(firstresult=True)
def hub_describe_region(region: RegionPlugin) -> RegionFacts | None:
    """Describe the region: area, municipalities, cooperation bodies, contacts, sources.

    Called when the region's section page, the regions list or ``/api/v1/areas/<slug>/`` is
    rendered. ``firstresult``: the plugin's answer wins; the hub's default builds the facts
    from the plugin's ``content`` and declaration (``hub.plugins.default_region_facts``, which
    a plugin's hook may extend).
    """


@hookspec(firstresult=True)
def hub_seed_section(region: RegionPlugin) -> PageSpec | None:
    """Give the content of the region's section page and of the pages seeded below it.

    Called by ``manage.py seed_region_sections`` and ``manage.py load_demo``. Seeding creates
    missing pages only; editors own them afterwards. ``firstresult``: the hub's default is the
    ``section`` of the plugin's ``content``, else a page with the region's name.
    """


@hookspec
def hub_add_section_blocks(region: RegionPlugin, request: HttpRequest | None) -> list[RegionBlock]:
    """Add blocks rendered from the plugin's own templates to the region's section page.

    Called each time the section page is rendered, with the current request. A block whose
    template fails to render is skipped and reported like a failing hook.
    """


@hookspec
def hub_describe_processes(region: RegionPlugin) -> list[LocalProcess]:
    """Describe the region's validation routes, step by step.

    Called by the section page, the region API and the route finder, which matches the steps'
    ``validation_models`` and ``actors`` against the registry. The hub's default returns the
    ``processes`` of the plugin's ``content``.
    """


@hookspec
def hub_provide_mappings(region: RegionPlugin) -> list[type[RecordMapping]]:
    """Name the mappings that read the region's own data files into the registry.

    Called by ``manage.py plugin_import`` and the conformance tests. The hub's default returns
    the ``mappings`` list of the plugin's ``mappings`` module.
    """


@hookspec
def hub_provide_map_layers(region: RegionPlugin) -> list[MapLayer]:
    """Provide GeoJSON layers for the region's map.

    Called by the section page and ``/api/v1/areas/<slug>/map-layers/<key>/``. The hub's
    defaults add the registry's actors in the region, and the plugin's ``map_layers`` module
    (a ``map_layers`` list of functions taking the plugin and returning a ``MapLayer``).
    """


@hookspec
def hub_add_navigation_items(region: RegionPlugin) -> list[NavigationItem]:
    """Add links to the region's section page (local services, documents, plugin pages).

    Called by the section page. The hub's default gives the ``navigation`` of the plugin's
    ``content`` and a link to the region's open data.
    """


@hookspec
def hub_adjust_route_ranking(
    query: RouteQuery, candidates: Sequence[RouteCandidate]
) -> list[RankAdjustment]:
    """Move validation routes up or down for a person, with a reason the counsellor sees.

    Called once per route search, for every enabled plugin (not only the person's region),
    after the route finder has scored ``candidates``; the adjustments are summed. Return an
    empty list when the query is outside the plugin's area.
    """
