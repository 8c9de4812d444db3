"""Page types of the public site, the glossary and the resource-request form.

Every page type mixes in ``SitePage``: a last-reviewed date, its main text for the search index
(``search_text()``) and its schema.org description. Audiences (``communication.audiences``) tag
what is written for whom; one landing page per audience gathers it.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from branch_models.models import Credential, Region
from communication.audiences import AudienceField
from communication.blocks import BodyBlock, QuestionBlock, RecordsBlock
from communication.ical import event_ical
from communication.mail import MailStatus, deliver
from communication.panels import ReadabilityPanel
from communication.regional import RegionalItem, RegionalItemForm
from hub.public_urls import page_full_url
from reference.audiences import Audience

__all__ = [
    "AudienceLandingPage",
    "ContentPage",
    "CourseSectionPage",
    "CoursePage",
    "CredentialExplainerPage",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "GlossaryPage",
    "GlossaryTerm",
    "GuidanceArticlePage",
    "HomePage",
    "LessonPage",
    "NewsIndexPage",
    "NewsItemForm",
    "NewsPage",
    "RegionSectionPage",
    "ResourceRequestField",
    "ResourceRequestFormPage",
    "ResourceRequestSubmission",
    "SitePage",
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


class CoursePage(SitePage, AudienceTagged, Page):
    """A web course (the seed's basprogram): sections of lessons, a self-test after each."""

    page_description = _("A self-study course made of sections and lessons.")

    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("last_reviewed")],
            heading=_("Audience and review"),
        ),
    ]
    subpage_types = ["communication.CourseSectionPage"]
    schema_type = "Course"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def sections(self) -> models.QuerySet[CourseSectionPage]:
        """Return the live sections in order."""
        return CourseSectionPage.objects.child_of(self).live().public()

    def schema_org(self, request: HttpRequest | None = None) -> dict[str, Any]:
        data = super().schema_org(request)
        data["provider"] = {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
        data["isAccessibleForFree"] = True
        return data


class CourseSectionPage(RoutablePageMixin, SitePage, Page):
    """A part of a course: its lessons, then a self-test at ``test/``.

    The self-test is a plain form answered with POST and marked on the server. Nothing about
    the reader is stored: no session, no database row; the answers live only in the request.
    """

    page_description = _("A section of a course, with its lessons and a self-test.")

    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    questions = StreamField(
        [("question", QuestionBlock())],
        blank=True,
        verbose_name=_("self-test questions"),
        help_text=_("Shown after the last lesson. Each answer has its own feedback."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("questions"),
        FieldPanel("last_reviewed"),
    ]
    parent_page_types = ["communication.CoursePage"]
    subpage_types = ["communication.LessonPage"]
    text_fields = ("intro", "body", "questions")

    class Meta:
        verbose_name = _("course section")
        verbose_name_plural = _("course sections")

    @cached_property
    def course(self) -> CoursePage:
        return self.get_parent().specific

    def lessons(self) -> models.QuerySet[LessonPage]:
        """Return the live lessons of this section in order."""
        return LessonPage.objects.child_of(self).live().public()

    def next_section(self) -> CourseSectionPage | None:
        """Return the following live section of the course, if any."""
        return self.course.sections().filter(path__gt=self.path).first()

    @path("test/", name="self_test")
    def self_test(self, request: HttpRequest) -> HttpResponse:
        """Show the self-test; on POST, mark the answers and show feedback per answer."""
        from communication.selftest import mark

        if not self.questions:
            raise Http404
        result = mark(self.questions, request.POST if request.method == "POST" else None)
        context = self.get_context(request)
        context["result"] = result
        return render(request, "communication/self_test.html", context)


class LessonPage(SitePage, Page):
    """One lesson of a course section; glossary words in its text are explained inline."""

    page_description = _("One lesson in a course section.")

    intro = intro_field()
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    parent_page_types = ["communication.CourseSectionPage"]
    subpage_types: list[str] = []
    schema_type = "LearningResource"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def section(self) -> CourseSectionPage:
        return self.get_parent().specific

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        siblings = list(self.section.lessons())
        position = next(i for i, lesson in enumerate(siblings) if lesson.pk == self.pk)
        context.update(
            {
                "section": self.section,
                "lesson_number": position + 1,
                "lesson_count": len(siblings),
                "previous_lesson": siblings[position - 1] if position > 0 else None,
                "next_lesson": siblings[position + 1] if position + 1 < len(siblings) else None,
            }
        )
        return context


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word of the field with its plain explanation, one row per language.

    ``also_matches`` lists other forms of the word (e.g. "valideringen") so that the glossary
    linking finds them in text.
    """

    term = models.CharField(_("term"), max_length=100)
    slug = models.SlugField(
        _("anchor"),
        max_length=100,
        help_text=_("The same in every language; used in links to the glossary."),
    )
    definition = models.TextField(_("explanation"), help_text=_("Plain words, one or two lines."))
    also_matches = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_("Other forms of the word to explain in text, one per line."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("also_matches"),
    ]
    search_fields = [index.SearchField("term"), index.SearchField("definition")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self) -> str:
        return self.term

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.term)
        super().save(*args, **kwargs)

    def forms(self) -> list[str]:
        """Return every form of the word to look for in text, longest first."""
        forms = [self.term, *(line.strip() for line in self.also_matches.splitlines())]
        return sorted({form for form in forms if form}, key=len, reverse=True)


# Å, Ä and Ö come after Z in Swedish: map them past "z" for sorting.
SWEDISH_LAST = str.maketrans({"å": "{", "ä": "|", "ö": "}"})


class GlossaryPage(SitePage, Page):
    """The glossary (ordlista): every term of the page's language, A to Z."""

    page_description = _("The glossary: the words of validation explained.")

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    schema_type = "DefinedTermSet"

    class Meta:
        verbose_name = _("glossary page")
        verbose_name_plural = _("glossary pages")

    def terms(self) -> list[GlossaryTerm]:
        """Return the terms of the page's language in dictionary order (Swedish å, ä, ö last)."""
        terms = GlossaryTerm.objects.filter(locale_id=self.locale_id)
        return sorted(terms, key=lambda term: term.term.casefold().translate(SWEDISH_LAST))

    def search_text(self) -> str:
        lines = [f"{term.term}: {term.definition}" for term in self.terms()]
        return "\n".join([super().search_text(), *lines])

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        letters: dict[str, list[GlossaryTerm]] = {}
        for term in self.terms():
            letters.setdefault(term.term[:1].upper(), []).append(term)
        context["letters"] = letters
        return context


class EventKind(models.TextChoices):
    """What kind of gathering an event is."""

    WORKSHOP = "workshop", _("Workshop")
    KNOWLEDGE_EXCHANGE = "knowledge_exchange", _("Knowledge exchange")
    ASSESSOR_TRAINING = "assessor_training", _("Training for assessors")
    INFORMATION_MEETING = "information_meeting", _("Information meeting")
    # Seeds 001, 003 and 004: the coordination work's own gatherings.
    THEME_MEETING = "theme_meeting", _("Theme meeting")
    CONSENSUS_MEETING = "consensus_meeting", _("Consensus meeting (samsynsmöte)")
    SUPERVISOR_TRAINING = "supervisor_training", _("Supervisor training")
    LEARNING_CONFERENCE = "learning_conference", _("Learning conference")


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


class EventQuerySet(PageQuerySet):
    """Events as pages, with the one filter every list of events needs."""

    def upcoming(self) -> EventQuerySet:
        """Return live events that have not ended, soonest first."""
        return self.live().filter(end__gte=timezone.now()).order_by("start")


class EventIndexPage(FeedIndex, SitePage, Page):
    """The list of every region's events, upcoming first, with a region filter and feeds."""

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["communication.HomePage"]
    subpage_types = ["communication.EventPage"]
    max_count_per_parent = 1
    page_description = _("The one list of events of every region (one per language).")

    class Meta:
        verbose_name = _("event list")
        verbose_name_plural = _("event lists")

    def items(self, region_code: str = "", *, fallback: bool = True) -> models.QuerySet[EventPage]:
        events = self.in_list_language(EventPage.objects.all(), fallback=fallback)
        return events.filter(region__code=region_code) if region_code else events

    def feed_items(self, region_code: str = "") -> models.QuerySet[EventPage]:
        return self.items(region_code, fallback=False).order_by("-start")[:50]

    def region_choices(self) -> models.QuerySet[Region]:
        return Region.objects.filter(pk__in=self.items().values("region")).order_by("name")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        events = self.items(self.region_code(request))
        now = timezone.now()
        context["upcoming"] = events.filter(end__gte=now).order_by("start")
        context["past"] = events.filter(end__lt=now).order_by("-start")[:10]
        return context


class EventPage(RegionalItem, RoutablePageMixin, SitePage, AudienceTagged, Page):
    """A workshop, knowledge exchange or assessor training, with an iCal file at ``ical/``."""

    kind = models.CharField(_("kind"), max_length=32, choices=EventKind.choices)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("Empty for national events."),
    )
    place = models.CharField(
        _("place"), max_length=250, blank=True, help_text=_("Address, or empty if only online.")
    )
    online_url = models.URLField(_("online meeting link"), blank=True)
    signup_capacity = models.PositiveIntegerField(
        _("places for sign-up"),
        null=True,
        blank=True,
        help_text=_(
            "Empty: no sign-up on the site. When the places are taken, people join a waiting "
            "list. Sign-ups are deleted 30 days after the event."
        ),
    )
    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("region"), FieldPanel("place"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("signup_capacity"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("audiences"),
    ]
    parent_page_types = ["communication.EventIndexPage"]
    subpage_types: list[str] = []
    schema_type = "Event"
    override_translatable_fields = [
        SynchronizedField("online_url"),
        SynchronizedField("signup_capacity"),
    ]
    base_form_class = RegionalItemForm
    page_description = _(
        "A workshop, meeting or training: shown in the events list, on its region's page, "
        "the home page and its audiences' pages."
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def item_regions(self) -> list[Region]:
        return [self.region] if self.region_id else []

    def search_text(self) -> str:
        """Index the place and region too, so a search for the town finds the event."""
        where = [self.place, str(self.region or "")]
        return "\n".join(part for part in (*where, super().search_text()) if part)

    def search_facets(self) -> dict[str, list[str]]:
        facets = super().search_facets()
        if self.region_id:
            facets["region"] = [self.region.code]
        return facets

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})
        if not self.place and not self.online_url:
            raise ValidationError({"place": _("Give a place, an online meeting link, or both.")})

    def feed_description(self) -> str:
        when = timezone.localtime(self.start).strftime("%Y-%m-%d %H:%M")
        where = self.place or self.online_url
        return f"{when}, {where}. {self.description}"

    @property
    def is_online(self) -> bool:
        return bool(self.online_url)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @path("ical/", name="ical")
    def ical(self, request: HttpRequest) -> HttpResponse:
        """Return the event as an iCalendar file to add to a calendar."""
        response = HttpResponse(event_ical(self, request), content_type="text/calendar")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def schema_org(self, request: HttpRequest | None = None) -> dict[str, Any]:
        data = super().schema_org(request)
        data["startDate"] = self.start.isoformat()
        data["endDate"] = self.end.isoformat()
        data["eventStatus"] = "https://schema.org/EventScheduled"
        locations: list[dict[str, str]] = []
        if self.place:
            locations.append({"@type": "Place", "name": self.place, "address": self.place})
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        data["location"] = locations[0] if len(locations) == 1 else locations
        mode = "Mixed" if len(locations) > 1 else ("Online" if self.online_url else "Offline")
        data["eventAttendanceMode"] = f"https://schema.org/{mode}EventAttendanceMode"
        return data


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


class ResourceRequestField(AbstractFormField):
    """A field of a resource-request form, defined by the editor."""

    page = ParentalKey(
        "communication.ResourceRequestFormPage",
        on_delete=models.CASCADE,
        related_name="form_fields",
    )


class ResourceRequestSubmission(AbstractFormSubmission):
    """A stored request with its mail delivery state; ``retry_form_mail`` resends failures."""

    mail_status = models.CharField(
        _("mail status"), max_length=16, choices=MailStatus.choices, default=MailStatus.PENDING
    )
    mail_attempts = models.PositiveSmallIntegerField(_("mail attempts"), default=0)
    mail_error = models.TextField(_("last mail error"), blank=True)
    mailed_at = models.DateTimeField(_("mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("resource request")
        verbose_name_plural = _("resource requests")


class ResourceRequestFormPage(SitePage, AbstractEmailForm):
    """A municipality asks its regional coordinator for a workshop or support (seed 004).

    Every valid request is stored first and then mailed to the coordinator (``to_address``);
    when mail fails the request stays stored and ``manage.py retry_form_mail`` sends it later.
    A honeypot field and a per-address rate limit keep spam out without storing anything
    about the sender beyond the request itself.
    """

    page_description = _("A form where a municipality asks its region for a workshop or support.")

    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The region whose coordinator receives the requests."),
    )
    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    thank_you_text = RichTextField(_("thank-you text"), blank=True)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Coordinator's mail"),
        ),
    ]
    subpage_types: list[str] = []
    text_fields = ("intro", "body")
    # Addresses are the same in every language (wagtail-localize would offer them as text).
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    class Meta:
        verbose_name = _("resource request form")
        verbose_name_plural = _("resource request forms")

    def get_submission_class(self) -> type[ResourceRequestSubmission]:
        return ResourceRequestSubmission

    def get_form_class(self) -> type:
        from communication.forms import ResourceRequestForm

        return type("ResourceRequestForm", (ResourceRequestForm, super().get_form_class()), {})

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        from communication.forms import rate_limit_exceeded

        if request.method == "POST" and rate_limit_exceeded(request, self):
            form = self.get_form(request.POST, page=self, user=request.user)
            form.add_error(None, form.rate_limit_message)
            context = self.get_context(request)
            context["form"] = form
            return render(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form: Any) -> ResourceRequestSubmission:
        """Store the request, then mail it; a mail failure leaves it stored for a retry."""
        submission = self.get_submission_class().objects.create(
            form_data=form.submission_data(), page=self
        )
        deliver(submission)
        return submission


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
