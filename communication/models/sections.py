"""A region's own section of the site."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from communication.blocks import BodyBlock
from communication.models.base import SitePage, intro_field
from communication.models.events import EventIndexPage, EventPage
from communication.models.news import NewsIndexPage, NewsPage

__all__ = [
    "REGION_ITEMS",
    "RegionSectionPage",
]


# How many coming events and latest news a region's section shows (the lists have the rest).
REGION_ITEMS = 5


class RegionSectionPage(SitePage, Page):
    """A region's own section of the site; its plugin fills in facts, routes, map and links.

    The editable part is the introduction and body. What the region's plugin contributes
    through its hooks (contacts, local validation routes, figures, map layers, navigation
    items, blocks) is gathered when the page is rendered, so it is always current. If the
    plugin is disabled, the page still renders its own content.
    """

    page_description = _("A region's own section, filled in by its regional plugin.")

    region = models.ForeignKey(
        "branch_models.Region",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The county whose editors keep this section."),
    )
    plugin = models.CharField(
        _("plugin"),
        max_length=64,
        help_text=_(
            "Slug of the regional plugin that contributes to this page, e.g. norra_halland."
        ),
    )
    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("plugin"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    # The plugin slug is a key, not text: translations keep the original's.
    override_translatable_fields = [SynchronizedField("plugin")]

    class Meta:
        verbose_name = _("region section page")
        verbose_name_plural = _("region section pages")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the region's overview from its plugin (None when the plugin is not enabled)."""
        from communication.region_overview import region_overview
        from hub.plugins.registry import get_registry

        context = super().get_context(request, *args, **kwargs)
        plugin = get_registry().get_plugin(self.plugin)
        context["region_overview"] = region_overview(plugin, request) if plugin else None
        context.update(self.region_items())
        return context

    def region_items(self) -> dict[str, Any]:
        """Return the region's coming events and latest news from the site-wide lists."""
        in_locale = {"locale_id": self.locale_id}
        news = NewsPage.objects.live().public().filter(**in_locale)
        return {
            "region_events": EventPage.objects.upcoming()
            .public()
            .filter(region_id=self.region_id, **in_locale)[:REGION_ITEMS],
            "region_news": news.filter(
                pk__in=news.filter(regions=self.region_id).values("pk")
            ).order_by("-date")[:REGION_ITEMS],
            "events_list": EventIndexPage.objects.live().filter(**in_locale).first(),
            "news_list": NewsIndexPage.objects.live().filter(**in_locale).first(),
        }
