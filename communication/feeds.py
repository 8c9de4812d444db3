"""RSS and Atom feeds of an index page's items (news, events), per language and region."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.models import Page

from hub.public_urls import page_full_url

__all__ = ["AtomFeed", "RssFeed"]


class RssFeed(Feed):
    """The items of one index page (``FeedIndex``) in its own language.

    Links are absolute public addresses (``hub.public_urls``), the same as the canonical links.
    """

    feed_type = Rss201rev2Feed

    def get_object(self, request: HttpRequest, index: Page) -> Page:
        self.request = request
        self.language = index.locale.language_code
        return index

    def title(self, index: Page) -> str:
        code = index.region_code(self.request)
        region = next((r for r in index.region_choices() if r.code == code), None)
        where = f" – {region}" if region else ""
        return f"{index.title}{where} – {settings.WAGTAIL_SITE_NAME}"

    def link(self, index: Page) -> str:
        return page_full_url(index, self.request)

    def description(self, index: Page) -> str:
        return index.description or index.title

    def items(self, index: Page) -> Any:
        return index.feed_items(index.region_code(self.request))

    def item_title(self, item: Page) -> str:
        return item.title

    def item_description(self, item: Page) -> str:
        return item.feed_description()

    def item_link(self, item: Page) -> str:
        return page_full_url(item, self.request)

    def item_guid(self, item: Page) -> str:
        return page_full_url(item, self.request)

    def item_pubdate(self, item: Page) -> datetime | None:
        return item.published_at()

    def item_updateddate(self, item: Page) -> datetime | None:
        return item.last_published_at


class AtomFeed(RssFeed):
    """The same items as an Atom feed."""

    feed_type = Atom1Feed

    def subtitle(self, index: Page) -> str:
        return self.description(index)
