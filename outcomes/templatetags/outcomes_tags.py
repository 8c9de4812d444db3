"""Template tags that put key figures on pages outside the statistics (home, audience, region).

Tags rather than context from the pages' own apps: the pages only name the tag, so neither the
hub nor the communication app imports the follow-up app.
"""

from __future__ import annotations

from typing import Any

from django import template

from hub.plugins.config import RegionPlugin
from outcomes.areas import area_figures, headline_figures
from outcomes.numbers import local_number

__all__ = ["area_key_figures", "key_figures", "local_number"]

register = template.Library()


@register.inclusion_tag("outcomes/includes/key_figures.html")
def key_figures() -> dict[str, Any]:
    """The seeds' headline figures with a link to the statistics."""
    return {"figures": headline_figures()}


@register.inclusion_tag("outcomes/includes/area_figures.html")
def area_key_figures(region: RegionPlugin) -> dict[str, Any]:
    """A region's registry counts and reported figures, with links to its counties' statistics."""
    return {"area": area_figures(region)}


# Pages outside the statistics write their figures as the statistics do.
register.filter("local_number", local_number)
