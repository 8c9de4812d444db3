"""Site-wide views for crawlers: robots.txt and the multilingual sitemap."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_page
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from communication.sitemaps import LocalizedSitemap
from hub.public_urls import public_base_url

__all__ = ["robots_txt", "sitemap"]


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
