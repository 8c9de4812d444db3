"""What every page type shares: ``SitePage``, the audience tag and the common fields."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import StreamValue

from communication.audiences import AudienceField
from hub.public_urls import page_full_url
from reference.audiences import Audience

__all__ = [
    "AudienceTagged",
    "EASY_HELP",
    "INTRO_HELP",
    "SitePage",
    "easy_field",
    "intro_field",
]


def _text(value: object) -> str:
    """Return the readable text of a field value: a stream's searchable content or plain text."""
    if isinstance(value, StreamValue):
        return " ".join(value.stream_block.get_searchable_content(value))
    return strip_tags(str(value or ""))


class SitePage(models.Model):
    """What every public page type shares.

    Attributes:
        last_reviewed: when an editor last confirmed the content; pages older than a year are
            flagged for review.
        menu_title: the page's name in the main menu, when shorter than its title.
        is_demo: invented to show how the site works, shown as such (as registry records are).
        text_fields: the fields whose text ``search_text()`` returns, in order of weight.
        schema_type: the schema.org type the page describes itself as.
    """

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the content was last checked and found correct."),
    )
    # The main menu must fit on one row on a laptop: a long title gets a short label there.
    menu_title = models.CharField(
        _("menu title"),
        max_length=30,
        blank=True,
        help_text=_(
            "A short name for the main menu when the title is long, e.g. 'For individuals'. "
            "Empty: the menu shows the title."
        ),
    )
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Invented to show how the site works: the page says so to its readers."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            _("For search engines"),
        ),
        MultiFieldPanel(
            [FieldPanel("show_in_menus"), FieldPanel("menu_title")], _("For site menus")
        ),
        FieldPanel("is_demo"),
    ]

    text_fields: tuple[str, ...] = ("intro", "summary_easy", "body")
    schema_type = "WebPage"

    class Meta:
        abstract = True

    def clean(self) -> None:
        """Keep the slug ASCII however the page is saved (admin, shell, import, translation).

        Wagtail's admin script already writes "oppna-dagar" for "Öppna dagar", but a slug given
        in code keeps its letters and is percent-encoded when the link is shared.
        """
        if self.slug and not self.slug.isascii() and not settings.WAGTAIL_ALLOW_UNICODE_SLUGS:
            ascii_slug = slugify(self.slug)
            if not ascii_slug:
                raise ValidationError(
                    {"slug": _("Write the slug in Latin letters, e.g. 'oppna-dagar'.")}
                )
            self.slug = ascii_slug
        super().clean()

    def search_text(self) -> str:
        """Return the page's main text for the search index (intro, easy-to-read text, body)."""
        parts = (_text(getattr(self, name, "")) for name in self.text_fields)
        return "\n".join(part for part in parts if part.strip())

    @property
    def description(self) -> str:
        """Return the short description used in meta tags, cards and feeds."""
        return self.search_description or strip_tags(getattr(self, "intro", "") or "")

    def feed_description(self) -> str:
        """Return the text a feed shows for this page."""
        return self.description

    def published_at(self) -> datetime | None:
        """Return when the page counts as published, for feeds."""
        return self.first_published_at

    def schema_org(self, request: HttpRequest | None = None) -> dict[str, Any]:
        """Return the page as schema.org JSON-LD (extended by page types)."""
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "name": self.title,
            "url": page_full_url(self, request),
            "inLanguage": self.locale.language_code,
        }
        if self.description:
            data["description"] = self.description
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data


INTRO_HELP = _("One or two sentences: who the page is for and what they learn.")
EASY_HELP = _(
    "Easy-to-read Swedish (lättläst): short sentences, common words. Aim for LIX 30 or below."
)


def intro_field() -> models.TextField:
    return models.TextField(_("introduction"), blank=True, help_text=INTRO_HELP)


def easy_field() -> models.TextField:
    return models.TextField(_("easy-to-read summary"), blank=True, help_text=EASY_HELP)


class AudienceTagged(models.Model):
    """Pages written for one or more audiences, gathered on those audiences' landing pages."""

    audiences = AudienceField(help_text=_("Who the page is written for."))

    class Meta:
        abstract = True

    def audience_labels(self) -> list[str]:
        """Return the display names of the page's audiences."""
        names = dict(Audience.choices)
        return [str(names[value]) for value in self.audiences if value in names]

    def search_facets(self) -> dict[str, list[str]]:
        """Let searchers filter pages by who they are written for (communication/indexes.py)."""
        return {"audience": list(self.audiences)}
