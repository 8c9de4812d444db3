"""Site-wide views: robots.txt and the multilingual sitemap for crawlers, the list of regions
(``/regions/``) and the contact page, which link to pages of the site."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_page
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from branch_models.models import Municipality, Region
from communication.models import RegionSectionPage, ResourceRequestFormPage
from communication.region_sections import regions_page
from communication.sitemaps import LocalizedSitemap
from hub.models import Organisation
from hub.plugins.areas import describe_region
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import RegionFacts
from hub.plugins.registry import get_registry
from hub.public_urls import public_base_url

__all__ = ["contact", "regions_index", "robots_txt", "sitemap"]


def sitemap(request: HttpRequest) -> HttpResponse:
    """Return sitemap.xml with every language's pages and their alternates."""
    return wagtail_sitemap(request, sitemaps={"pages": LocalizedSitemap})


@cache_page(60 * 60)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Keep crawlers out of the admin and point them to the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {public_base_url(request)}{reverse('sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


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


def _resource_request_url(request: HttpRequest) -> str:
    """Return the URL of the resource-request form in the active language (else Swedish)."""
    forms = ResourceRequestFormPage.objects.live().public().order_by("path")
    form = forms.filter(locale__language_code=get_language()).first() or forms.first()
    return form.get_url(request=request) if form is not None else ""


def contact(request: HttpRequest) -> HttpResponse:
    """Whom to contact about what: the site's organisation, or the actors near a person."""
    return render(
        request,
        "hub/pages/contact.html",
        {
            "organisation": Organisation.for_request(request),
            "resource_request_url": _resource_request_url(request),
        },
    )
