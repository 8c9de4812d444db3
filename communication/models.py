"""Page types of the public site."""

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

__all__ = ["ContentPage", "HomePage", "RegionSectionPage"]


class HomePage(Page):
    """The start page of a site in one locale; everything public hangs below it."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ContentPage(Page):
    """A plain information page (about, accessibility statement, contact)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class RegionSectionPage(Page):
    """A region's own section of the site; its plugin fills in facts, routes, map and links.

    The editable part is the introduction and body. What the region's plugin contributes
    through its hooks (contacts, local validation routes, figures, map layers, navigation
    items, blocks) is gathered when the page is rendered, so it is always current. If the
    plugin is disabled, the page still renders its own content.
    """

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
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("plugin"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    # The plugin slug is a key, not text: translations keep the original's.
    override_translatable_fields = [SynchronizedField("plugin")]

    class Meta:
        verbose_name = _("region section page")
        verbose_name_plural = _("region section pages")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the region's overview from its plugin (None when the plugin is not enabled)."""
        from hub.regions import region_overview
        from hub.registry import get_registry

        context = super().get_context(request, *args, **kwargs)
        plugin = get_registry().get_plugin(self.plugin)
        context["region_overview"] = region_overview(plugin, request) if plugin else None
        return context
