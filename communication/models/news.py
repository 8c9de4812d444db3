"""News and the list of every region's news."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from branch_models.models import Region
from communication.blocks import BodyBlock
from communication.models.base import AudienceTagged, SitePage, intro_field
from communication.models.lists import FeedIndex
from communication.regional import RegionalItem, RegionalItemForm

__all__ = [
    "NewsIndexPage",
    "NewsItemForm",
    "NewsPage",
]


class NewsIndexPage(FeedIndex, SitePage, Page):
    """The list of every region's news, newest first, with a region filter and feeds."""

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["communication.HomePage"]
    subpage_types = ["communication.NewsPage"]
    max_count_per_parent = 1
    page_description = _("The one list of news of every region (one per language).")

    class Meta:
        verbose_name = _("news list")
        verbose_name_plural = _("news lists")

    def items(self, region_code: str = "", *, fallback: bool = True) -> models.QuerySet[NewsPage]:
        news = self.in_list_language(NewsPage.objects.all(), fallback=fallback)
        if region_code:
            news = news.filter(pk__in=news.filter(regions__code=region_code).values("pk"))
        return news.order_by("-date", "-first_published_at")

    def feed_items(self, region_code: str = "") -> models.QuerySet[NewsPage]:
        return self.items(region_code, fallback=False)[:50]

    def region_choices(self) -> models.QuerySet[Region]:
        pages = self.in_list_language(NewsPage.objects.all())
        return Region.objects.filter(
            pk__in=NewsPage.regions.through.objects.filter(newspage__in=pages.values("pk")).values(
                "region"
            )
        ).order_by("name")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.items(self.region_code(request))[:50]
        return context


class NewsItemForm(RegionalItemForm):
    """A news item's form: its regions (many-to-many) are the writer's own."""

    region_field = "regions"


class NewsPage(RegionalItem, SitePage, AudienceTagged, Page):
    """A news item."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    regions = ParentalManyToManyField(
        Region, blank=True, related_name="+", verbose_name=_("regions")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("regions")], heading=_("Audience and region")
        ),
    ]
    parent_page_types = ["communication.NewsIndexPage"]
    subpage_types: list[str] = []
    schema_type = "NewsArticle"
    base_form_class = NewsItemForm
    page_description = _(
        "A news item: shown in the news list, on its regions' pages, the home page and its "
        "audiences' pages."
    )

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def item_regions(self) -> list[Region]:
        return list(self.regions.all())

    def search_text(self) -> str:
        """Index the regions' names too, so a search for the county finds the news."""
        names = ", ".join(str(region) for region in self.regions.all())
        return "\n".join(part for part in (names, super().search_text()) if part)

    def search_facets(self) -> dict[str, list[str]]:
        facets = super().search_facets()
        facets["region"] = [region.code for region in self.regions.all()]
        return facets

    def published_at(self) -> datetime | None:
        return timezone.make_aware(datetime.combine(self.date, time(8)))

    def schema_org(self, request: HttpRequest | None = None) -> dict[str, Any]:
        data = super().schema_org(request)
        data["headline"] = self.title
        data["datePublished"] = self.date.isoformat()
        return data


# --- Resource request (seed 004's "förfrågan om resurs") ------------------------------------
