"""The home page, information pages and the pages written for an audience."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from branch_models.models import Credential, Region
from communication.blocks import BodyBlock, RecordsBlock
from communication.models.base import AudienceTagged, SitePage, easy_field, intro_field
from communication.models.courses import CoursePage
from communication.models.events import EventPage
from communication.models.news import NewsPage
from communication.panels import ReadabilityPanel
from reference.audiences import Audience

__all__ = [
    "AudienceLandingPage",
    "ContentPage",
    "CredentialExplainerPage",
    "GuidanceArticlePage",
    "HomePage",
]


class HomePage(SitePage, Page):
    """The start page of a site in one locale; everything public hangs below it."""

    page_description = _("The start page of one language; everything public hangs below it.")

    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    schema_type = "WebSite"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        in_locale = {"locale": self.locale}
        context["audience_pages"] = AudienceLandingPage.objects.live().filter(**in_locale)
        context["articles"] = GuidanceArticlePage.objects.live().filter(**in_locale)[:6]
        context["news"] = NewsPage.objects.live().filter(**in_locale).order_by("-date")[:3]
        context["events"] = EventPage.objects.upcoming().filter(**in_locale)[:3]
        return context


class ContentPage(SitePage, Page):
    """A plain information page (about, accessibility statement, contact)."""

    page_description = _(
        "A plain information page, e.g. about us, contact or the accessibility statement."
    )

    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class AudienceLandingPage(SitePage, Page):
    """One page per audience that gathers everything written for it in the same language."""

    page_description = _("The page for one audience, gathering everything written for it.")

    audience = models.CharField(_("audience"), max_length=32, choices=Audience.choices)
    intro = intro_field()
    summary_easy = easy_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("audience"),
        FieldPanel("intro"),
        ReadabilityPanel("summary_easy"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    parent_page_types = ["communication.HomePage"]

    class Meta:
        verbose_name = _("audience landing page")
        verbose_name_plural = _("audience landing pages")

    def clean(self) -> None:
        super().clean()
        twins = AudienceLandingPage.objects.filter(audience=self.audience, locale_id=self.locale_id)
        if twins.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"audience": _("This language already has a landing page for this audience.")}
            )

    def gathered_pages(self) -> dict[str, list[Page]]:
        """Return the live pages in this language tagged for this audience, by kind."""
        kinds = {
            "articles": GuidanceArticlePage.objects.order_by("title"),
            "explainers": CredentialExplainerPage.objects.order_by("title"),
            "courses": CoursePage.objects.order_by("title"),
            "events": EventPage.objects.upcoming(),
            "news": NewsPage.objects.order_by("-date"),
        }
        gathered = {}
        for kind, pages in kinds.items():
            live = pages.live().public().filter(locale_id=self.locale_id)
            gathered[kind] = [page for page in live if self.audience in page.audiences]
        return gathered

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["gathered"] = self.gathered_pages()
        return context


class GuidanceArticlePage(SitePage, AudienceTagged, Page):
    """Guidance written for one or more audiences, with an easy-to-read summary."""

    page_description = _(
        "Guidance for individuals, employers or counsellors, with an easy-to-read summary."
    )

    intro = intro_field()
    summary_easy = easy_field()
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    regions = ParentalManyToManyField(
        Region,
        blank=True,
        related_name="+",
        verbose_name=_("regions"),
        help_text=_("Leave empty when the article holds for the whole country."),
    )
    related_records = StreamField(
        RecordsBlock(), blank=True, verbose_name=_("related registry records")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        ReadabilityPanel("summary_easy"),
        FieldPanel("body"),
        FieldPanel("related_records"),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("regions"), FieldPanel("last_reviewed")],
            heading=_("Audience, region and review"),
        ),
    ]
    subpage_types: list[str] = []
    schema_type = "Article"

    class Meta:
        verbose_name = _("guidance article")
        verbose_name_plural = _("guidance articles")

    def schema_org(self, request: HttpRequest | None = None) -> dict[str, Any]:
        data = super().schema_org(request)
        data["headline"] = self.title
        data["audience"] = [
            {"@type": "Audience", "audienceType": label} for label in self.audience_labels()
        ]
        return data


class CredentialExplainerPage(SitePage, AudienceTagged, Page):
    """What a credential means, for employers: the registry's facts plus an editor's words.

    The registry data (what the holder can do, level, issuer, how to verify) is read from the
    credential at render time, so it stays current; the editor adds examples and context.
    """

    page_description = _("Explains one credential (e.g. a trade certificate) in plain words.")

    credential = models.ForeignKey(
        Credential,
        on_delete=models.PROTECT,
        related_name="explainer_pages",
        verbose_name=_("credential"),
    )
    intro = intro_field()
    summary_easy = easy_field()
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("more for employers"),
        help_text=_("Examples, questions employers ask, contacts: beyond the registry's data."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("credential"),
        FieldPanel("intro"),
        ReadabilityPanel("summary_easy"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("last_reviewed")],
            heading=_("Audience and review"),
        ),
    ]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("credential explainer")
        verbose_name_plural = _("credential explainers")

    def search_text(self) -> str:
        credential = self.credential
        facts = [credential.name, credential.summary_easy, *credential.can_do]
        return "\n".join([super().search_text(), *(fact for fact in facts if fact)])

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # An unpublished credential must not become public through its explainer.
        if not self.credential.live:
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        return super().get_sitemap_urls(request) if self.credential.live else []
