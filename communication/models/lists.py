"""What the site-wide lists of every region's items share: region filter and feeds."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.query import PageQuerySet

from branch_models.models import Region

__all__ = [
    "FeedIndex",
]


class FeedIndex(RoutablePageMixin):
    """A site-wide list of every region's items, with a region filter and feeds.

    ``?region=<county code>`` narrows the list and its RSS (``rss/``) and Atom (``atom/``) feeds
    to one region, so each region has its own feeds.
    """

    def items(self, region_code: str = "", *, fallback: bool = True) -> models.QuerySet[Page]:
        """Return the live, public items in the list's language (see ``in_list_language``),
        of one region if given."""
        raise NotImplementedError

    def in_list_language(self, pages: PageQuerySet, *, fallback: bool = True) -> PageQuerySet:
        """Return ``pages``' live, public items in the list's language and, with ``fallback``,
        the untranslated rest in the site's source language, so a list in Somali is never
        emptier than the Swedish one (the cards mark the Swedish titles with their ``lang``).
        Feeds declare one language, so they take no fallback."""
        pages = pages.live().public()
        own = pages.filter(locale_id=self.locale_id)
        if not fallback:
            return own
        untranslated = pages.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(
            translation_key__in=own.values("translation_key")
        )
        return pages.filter(Q(pk__in=own.values("pk")) | Q(pk__in=untranslated.values("pk")))

    def feed_items(self, region_code: str = "") -> models.QuerySet[Page]:
        """Return the newest items for a feed."""
        raise NotImplementedError

    def region_choices(self) -> models.QuerySet[Region]:
        """Return the regions that have items in this list, for the filter."""
        raise NotImplementedError

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        regions = self.region_choices()
        code = request.GET.get("region", "")
        context["regions"] = regions
        context["region"] = next((r for r in regions if r.code == code), None)
        return context

    def region_code(self, request: HttpRequest) -> str:
        """Return the region filter asked for (a county code) or an empty string."""
        return request.GET.get("region", "")[:8]

    @path("rss/", name="rss")
    def rss(self, request: HttpRequest) -> HttpResponse:
        from communication.feeds import RssFeed

        return RssFeed()(request, index=self)

    @path("atom/", name="atom")
    def atom(self, request: HttpRequest) -> HttpResponse:
        from communication.feeds import AtomFeed

        return AtomFeed()(request, index=self)
