"""sitemap.xml over every language's page tree, each URL with its translations as alternates."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from hub.public_urls import page_full_url

__all__ = ["LocalizedSitemap"]


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap reads only the default site root; translations live in sibling trees.

    Addresses come from ``hub.public_urls``, as the canonical links do.
    """

    def items(self) -> Any:
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = Q()
        for root in roots:
            in_trees |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_trees)
            .live()
            .public()
            .order_by("locale__language_code", "path")
            .defer_streamfields()
            .specific()
        )

    def _alternates(self, page: Page) -> list[dict[str, str]]:
        translations = page.get_translations(inclusive=True).live().public()
        alternates = [
            {"lang_code": t.locale.language_code, "location": page_full_url(t, self.request)}
            for t in translations.select_related("locale").order_by("locale__language_code")
        ]
        return alternates if len(alternates) > 1 else []

    def _urls(self, page: int, protocol: str, domain: str) -> list[dict[str, Any]]:
        # Wagtail's loop, plus the alternates of each page.
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list.iterator():
            alternates = self._alternates(item)
            for url_info in item.get_sitemap_urls(self.request):
                # Wagtail's location is the placeholder Site's http://localhost/...
                location = page_full_url(item, self.request)
                urls.append({"alternates": alternates, **url_info, "location": location})
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
