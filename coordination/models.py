"""Coordination between the municipalities of a region (issue 19, seeds 001, 003 and 004).

* Work placements the region's coordinators share, with notes on suitability only they read.
  Employers offer places through a public form; an offer is a draft until a coordinator
  publishes it. No data about job seekers is kept: a placement describes the place, never who
  is placed there.
* Sign-ups for events, with capacity and a waiting list; deleted after the event
  (``coordination.retention``, applied by ``manage.py apply_retention``).
* The follow-up of resource requests: status and the event that answered a request.
* The knowledge library: reports, evaluations, method handbooks and templates.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Industry,
    Municipality,
    Region,
    RegistryRecord,
    RegistryRecordQuerySet,
)
from communication.blocks import BodyBlock
from communication.models import (
    EventPage,
    ResourceRequestSubmission,
    SitePage,
    intro_field,
)
from coordination.fields import ChoiceListField
from reference.audiences import Audience

__all__ = [
    "DocumentKind",
    "LibraryDocument",
    "Placement",
    "PlacementKind",
    "Registration",
    "RegistrationStatus",
    "RequestFollowUp",
    "RequestStatus",
    "Requirement",
    "SupervisorSupportPage",
    "Topic",
]


# --- Work placements --------------------------------------------------------------------------


class PlacementKind(models.TextChoices):
    """What a place is for; language internships (språkpraktik, seed 001) are one kind."""

    WORK_PLACEMENT = "work_placement", _("Work placement")
    LANGUAGE_INTERNSHIP = "language_internship", _("Language internship")
    VALIDATION = "validation", _("Placement for validation")


class Requirement(models.TextChoices):
    """What a workplace asks of the person placed there."""

    DRIVING_LICENCE = "driving_licence", _("Driving licence (B)")
    TRUCK_LICENCE = "truck_licence", _("Truck licence")
    SWEDISH_BASIC = "swedish_basic", _("Swedish: basic (SFI level B–C)")
    SWEDISH_EVERYDAY = "swedish_everyday", _("Swedish: everyday (SFI level D)")
    SWEDISH_FLUENT = "swedish_fluent", _("Swedish: fluent")
    PHYSICAL_WORK = "physical_work", _("Can do physically heavy work")
    SHIFT_WORK = "shift_work", _("Shift or weekend work")
    CRIMINAL_RECORD = "criminal_record", _("Extract from the criminal records register")


class PlacementQuerySet(RegistryRecordQuerySet):
    """Placements: public only when published *and* marked public."""

    def public(self) -> PlacementQuerySet:
        """Return what the public pages may show."""
        return self.filter(live=True, is_public=True)


class Placement(RegistryRecord):
    """A place at a workplace for a work placement, a language internship or a validation.

    Read and changed only by the owner region's coordinators (``RegionScopedPermissionPolicy``);
    the public sees a placement only when it is published *and* marked public, and never its
    supervisor contact or suitability notes.
    """

    url_name = "coordination:placement_detail"
    content_fields = (
        "name",
        "kind",
        "workplace",
        "employer_name",
        "industry",
        "municipality",
        "description",
        "places",
        "requirements",
        "other_requirements",
        "checklist",
        "supervisor_name",
        "supervisor_phone",
        "supervisor_email",
        "is_public",
        "offered_by_employer",
        "suitability_notes",
    )

    name = models.CharField(_("name"), max_length=200, help_text=_("E.g. Warehouse work."))
    kind = models.CharField(
        _("kind"),
        max_length=32,
        choices=PlacementKind.choices,
        default=PlacementKind.WORK_PLACEMENT,
    )
    workplace = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="placements",
        verbose_name=_("workplace"),
        help_text=_("The employer in the registry. An offer from the public form names it below."),
    )
    employer_name = models.CharField(
        _("employer's name"),
        max_length=200,
        blank=True,
        help_text=_("As the employer gave it, when the workplace is not in the registry yet."),
    )
    industry = models.ForeignKey(
        Industry,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("industry"),
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="+", verbose_name=_("municipality")
    )
    description = models.TextField(_("what the work is"), blank=True)
    places = models.PositiveSmallIntegerField(_("number of places"), default=1)
    requirements = ChoiceListField(_("requirements"), value_choices=Requirement)
    other_requirements = models.TextField(_("other requirements"), blank=True)
    checklist = models.ForeignKey(
        ChecklistTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="placements",
        verbose_name=_("checklist used"),
    )
    supervisor_name = models.CharField(_("supervisor"), max_length=200, blank=True)
    supervisor_phone = models.CharField(_("supervisor's phone"), max_length=40, blank=True)
    supervisor_email = models.EmailField(_("supervisor's e-mail"), blank=True)
    is_public = models.BooleanField(
        _("shown on the public site"),
        default=False,
        help_text=_("Only published placements marked so are public; the rest stay internal."),
    )
    offered_by_employer = models.BooleanField(
        _("offered through the public form"), default=False, editable=False
    )
    suitability_notes = models.TextField(
        _("notes on suitability"),
        blank=True,
        help_text=_("Only the region's coordinators read these. Never write about a job seeker."),
    )

    objects = PlacementQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("work placement")
        verbose_name_plural = _("work placements")

    def __str__(self) -> str:
        return f"{self.name} – {self.employer}"

    @property
    def employer(self) -> str:
        """The workplace's name, from the registry when linked."""
        return self.workplace.name if self.workplace else self.employer_name

    def requirement_labels(self) -> list[str]:
        """Return the display names of the requirements."""
        names = dict(Requirement.choices)
        return [str(names[value]) for value in self.requirements if value in names]


# --- Event sign-up ----------------------------------------------------------------------------


class RegistrationStatus(models.TextChoices):
    """Whether a sign-up has a seat."""

    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")


class Registration(models.Model):
    """One person's sign-up for an event; deleted by the retention after the event ends.

    ``region`` repeats the event's region so the region-scoped permission policy can judge
    (and filter) rows without a join: the organiser's region reads the attendee list.
    """

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=RegistrationStatus.choices)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="registration_once_per_event")
        ]

    def __str__(self) -> str:
        return f"{self.name} – {self.event}"


# --- Resource requests followed through ------------------------------------------------------


class RequestStatus(models.TextChoices):
    """Where a resource request stands (seed 004: the mobile team answers municipalities)."""

    RECEIVED = "received", _("Received")
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    CLOSED = "closed", _("Closed")


class RequestFollowUp(models.Model):
    """The coordinator's follow-up of one resource request: its status and answering event."""

    submission = models.OneToOneField(
        ResourceRequestSubmission,
        on_delete=models.CASCADE,
        related_name="follow_up",
        verbose_name=_("request"),
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipality"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RequestStatus.choices, default=RequestStatus.RECEIVED
    )
    event = models.ForeignKey(
        EventPage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="answered_requests",
        verbose_name=_("answered by event"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-submission__submit_time"]
        verbose_name = _("resource request follow-up")
        verbose_name_plural = _("resource request follow-ups")

    def __str__(self) -> str:
        return f"{self.summary()} ({self.get_status_display()})"

    def summary(self) -> str:
        """Return the request's first answers, short enough for a list row."""
        data = self.submission.get_data()
        fields = self.submission.page.specific.get_form_fields()
        values = [str(data[f.clean_name]) for f in fields if data.get(f.clean_name)]
        text = " · ".join(values[:3])
        return text if len(text) <= 90 else f"{text[:89]}…"


# --- Knowledge library ------------------------------------------------------------------------


class DocumentKind(models.TextChoices):
    """What a library document is."""

    REPORT = "report", _("Report")
    EVALUATION = "evaluation", _("Evaluation")
    METHOD_HANDBOOK = "method_handbook", _("Method handbook")
    TEMPLATE = "template", _("Template")


class Topic(models.TextChoices):
    """What a library document is about."""

    VALIDATION = "validation", _("Validation")
    COOPERATION = "cooperation", _("Regional cooperation")
    WORK_PLACEMENTS = "work_placements", _("Work placements and supervisors")
    GUIDANCE = "guidance", _("Guidance of job seekers")
    LANGUAGE = "language", _("Language and SFI")
    FOLLOW_UP = "follow_up", _("Follow-up and results")


class LibraryDocument(RegistryRecord):
    """A report, evaluation, method handbook or template, with an easy-to-read summary.

    ``url`` is filled only with a public address known from the source; an unknown one stays
    empty (the page then says where the document comes from, not a guessed link).
    """

    url_name = "coordination:document_detail"
    content_fields = (
        "name",
        "kind",
        "year",
        "organisation",
        "summary_easy",
        "url",
        "regions",
        "audiences",
        "topics",
    )

    name = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=32, choices=DocumentKind.choices)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    organisation = models.CharField(_("published by"), max_length=300, blank=True)
    summary_easy = models.TextField(_("easy-to-read summary"))
    url = models.URLField(_("public link"), blank=True, max_length=500)
    regions = ParentalManyToManyField(
        Region, blank=True, related_name="+", verbose_name=_("regions")
    )
    audiences = ChoiceListField(_("audiences"), value_choices=Audience)
    topics = ChoiceListField(_("topics"), value_choices=Topic)

    class Meta:
        ordering = ["-year", "name"]
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")

    def __str__(self) -> str:
        return self.name

    def topic_labels(self) -> list[str]:
        """Return the display names of the topics."""
        names = dict(Topic.choices)
        return [str(names[value]) for value in self.topics if value in names]

    def audience_labels(self) -> list[str]:
        """Return the display names of the audiences."""
        names = dict(Audience.choices)
        return [str(names[value]) for value in self.audiences if value in names]


# --- Supervisor support -----------------------------------------------------------------------


class SupervisorSupportPage(SitePage, Page):
    """The section for supervisors and employers: its pages (web course, guide) and the
    checklists they can fill in on screen and print, nothing stored (seed 001)."""

    page_description = _("The section for supervisors and employers, with printable checklists.")

    intro = intro_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    subpage_types = [
        "communication.CoursePage",
        "communication.GuidanceArticlePage",
        "communication.ContentPage",
    ]

    class Meta:
        verbose_name = _("supervisor support section")
        verbose_name_plural = _("supervisor support sections")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the section's live pages and the industries' published checklists."""
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().specific()
        context["checklists"] = (
            ChecklistTemplate.objects.public().filter(workplace="").select_related("industry")
        )
        return context
