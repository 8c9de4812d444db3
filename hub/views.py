"""Public views of the hub core: the list of regions, the favicon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import get_language

from hub.contributions import RegionFacts
from hub.plugin_config import RegionPlugin
from hub.region_pages import regions_page
from hub.regions import describe_region
from hub.registry import get_registry

__all__ = ["favicon", "regions_index"]


def favicon(request: HttpRequest) -> HttpResponse:
    """Send browsers that ask for ``/favicon.ico`` by habit to the static icon."""
    return redirect(static("hub/icons/favicon.ico"), permanent=True)


@dataclass(frozen=True)
class RegionEntry:
    """One region in the list: its plugin, facts, municipalities and section page."""

    plugin: RegionPlugin
    facts: RegionFacts
    municipalities: list[Any]
    counties: list[Any]
    section: Any


def regions_index(request: HttpRequest) -> HttpResponse:
    """List the enabled regions with their area and a link to each region's section.

    It answers ``/regions/``, where the seeded "Regions" page sits in the page tree: that
    page's title and introduction (editable) head the list, which is always current.
    """
    from branch_models.models import Municipality, Region
    from communication.models import RegionSectionPage

    # By language code, not Locale.get_active(), so a site without locales still lists regions.
    in_language = RegionSectionPage.objects.live().filter(locale__language_code=get_language())
    sections = {page.plugin: page for page in in_language}
    entries = []
    for plugin in get_registry().get_plugins():
        facts = describe_region(plugin)
        entries.append(
            RegionEntry(
                plugin=plugin,
                facts=facts,
                municipalities=list(Municipality.objects.filter(code__in=facts.municipality_codes)),
                counties=list(Region.objects.filter(code__in=facts.region_codes)),
                section=sections.get(plugin.slug),
            )
        )
    return render(request, "hub/regions.html", {"index": regions_page(), "entries": entries})
