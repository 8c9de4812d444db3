"""What Skåne Nordost computes: the current half-year cycle and its ranking of OCN routes.

What it states once (facts, route, links, figures) is in ``content.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub.plugins import (
    RankAdjustment,
    RegionBlock,
    RouteCandidate,
    RouteQuery,
    matching_candidates,
)


@dataclass(frozen=True)
class Cycle:
    """A half-year validation cycle: 1 January – 30 June or 1 July – 31 December."""

    start: date
    end: date


def current_cycle(today: date) -> tuple[Cycle, date]:
    """Return the cycle that contains ``today`` and the start of the next one."""
    if today.month <= 6:
        return Cycle(date(today.year, 1, 1), date(today.year, 6, 30)), date(today.year, 7, 1)
    return Cycle(date(today.year, 7, 1), date(today.year, 12, 31)), date(today.year + 1, 1, 1)


def hub_add_section_blocks(request: HttpRequest | None) -> list[RegionBlock]:
    """Show the current half-year cycle of OCN validation."""
    cycle, next_start = current_cycle(timezone.localdate())
    return [
        RegionBlock(
            title=_("Validation in half-year cycles"),
            template="skane_nordost/cycle_block.html",
            context={"cycle": cycle, "next_start": next_start},
        )
    ]


def hub_adjust_route_ranking(
    query: RouteQuery, candidates: Sequence[RouteCandidate]
) -> list[RankAdjustment]:
    """Favour OCN routes for people in the five municipalities, where every unit offers OCN."""
    from plugins.skane_nordost.apps import SkaneNordostPlugin

    if query.municipality_code not in SkaneNordostPlugin.municipality_codes:
        return []
    return [
        RankAdjustment(
            candidate=candidate.key,
            delta=0.5,
            reason=_(
                "In Skåne Nordost the municipal labour-market unit validates with OCN, after "
                "the foundation course."
            ),
        )
        for candidate in matching_candidates(candidates, method_family="ocn")
    ]
