"""Events and the list of every region's events."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField

from branch_models.models import Region
from communication.blocks import BodyBlock
from communication.ical import event_ical
from communication.models.base import AudienceTagged, SitePage, intro_field
from communication.models.lists import FeedIndex
from communication.regional import RegionalItem, RegionalItemForm

__all__ = [
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventQuerySet",
]


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
