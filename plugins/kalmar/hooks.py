"""What Kalmar län computes: the resource-request link (a setting) and its OCN ranking.

What it states once (facts, routes, links, figures) is in ``content.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext_lazy as _

from hub.plugins import (
    NavigationItem,
    RankAdjustment,
    RegionPlugin,
    RouteCandidate,
    RouteQuery,
    matching_candidates,
)
from plugins.kalmar.content import places


def hub_add_navigation_items(region: RegionPlugin) -> list[NavigationItem]:
    """Link the resource-request form when one is configured."""
    form = region.setting("resource_request_url")
    if not form:
        return []
    return [
        NavigationItem(
            title=_("Send a resource request"),
            url=form,
            description=_("For staff of the municipal labour-market units."),
        )
    ]


def hub_adjust_route_ranking(
    query: RouteQuery, candidates: Sequence[RouteCandidate]
) -> list[RankAdjustment]:
    """Favour OCN routes where the local workshop has the OCN tool."""
    if query.municipality_code not in places.ocn_municipalities:
        return []
    return [
        RankAdjustment(
            candidate=candidate.key,
            delta=0.3,
            reason=_("The local workshop in this municipality validates with the OCN tool."),
        )
        for candidate in matching_candidates(candidates, method_family="ocn")
    ]
