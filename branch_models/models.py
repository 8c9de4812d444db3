"""The registry's data: reference data, actors, validation models, credentials, offers, checklists.

Records that editors keep (actors, models, credentials, offers, checklists) share
``RegistryRecord``: an owner region that decides who may edit, a source, a last-reviewed date,
Wagtail revisions for history, a draft state so unpublished data never reaches the public, and
the owner region's workflow (submit, approve or send back) with locking, as pages have.
Their many-to-many relations are ``ParentalManyToManyField``s: a revision holds them, so a
draft's change of relations stays out of the live record until it is published. Setting such a
relation changes the record in memory only; ``save()`` (or the relation's ``commit()``) writes it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    Workflow,
    WorkflowMixin,
)

from hub.text_language import LocalizedText
from hub.workflows import region_workflow

__all__ = [
    "ACTOR_LACKS_CONTACT",
    "Actor",
    "ActorKind",
    "ChecklistTemplate",
    "Competence",
    "Credential",
    "CredentialKind",
    "Industry",
    "KomvuxOffer",
    "MethodFamily",
    "Municipality",
    "Occupation",
    "OfferLevel",
    "Region",
    "RegistryRecord",
    "StepKind",
    "StudyForm",
    "ValidationModel",
    "ValidationRole",
    "ValidationStep",
]

REVIEW_INTERVAL = timedelta(days=365)


def _localized(obj: models.Model, field: str) -> LocalizedText:
    """Return the English variant of a field on English pages when it is filled in, otherwise
    the Swedish original; either way marked with its language (hub.text_language)."""
    if get_language() == "en":
        english = getattr(obj, f"{field}_en", "")
        if english:
            return LocalizedText(english, "en")
    return LocalizedText(getattr(obj, field), settings.LANGUAGE_CODE)


# --- Reference data -------------------------------------------------------------------------


class Region(models.Model):
    """A Swedish county (län) with its SCB code; regional permissions hang on it."""

    code = models.CharField(_("SCB county code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return _localized(self, "name")


class Municipality(models.Model):
    """A Swedish municipality (kommun) with its four-digit SCB code.

    The coordinates are those of the municipal seat (centralort), not an area centroid: the route
    finder measures distances from where people live and where services usually are.
    """

    code = models.CharField(_("SCB municipality code"), max_length=4, unique=True)
    name = models.CharField(_("name"), max_length=100)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("region")
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=7, decimal_places=4, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=7, decimal_places=4, null=True, blank=True
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


class Industry(models.Model):
    """An SNI 2007 section (letter) or division (two digits)."""

    code = models.CharField(_("SNI 2007 code"), max_length=5, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("industry")
        verbose_name_plural = _("industries")

    def __str__(self) -> str:
        return _localized(self, "name")


class Occupation(models.Model):
    """An SSYK 2012 unit group (four digits)."""

    code = models.CharField(_("SSYK 2012 code"), max_length=4, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")

    def __str__(self) -> str:
        return _localized(self, "name")


class Competence(models.Model):
    """Something a validation assesses, optionally tied to an ESCO skill."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    esco_uri = models.URLField(_("ESCO URI"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("competence")
        verbose_name_plural = _("competences")

    def __str__(self) -> str:
        return self.name


# --- Choices --------------------------------------------------------------------------------


class ActorKind(models.TextChoices):
    """The kinds of organisation that take part in validation."""

    LABOUR_MARKET_UNIT = "labour_market_unit", _("Municipal labour-market unit")
    KOMVUX = "komvux", _("Komvux (municipal adult education)")
    EMPLOYMENT_SERVICE = "employment_service", _("Swedish Public Employment Service")
    SOCIAL_INSURANCE = "social_insurance", _("Swedish Social Insurance Agency")
    COORDINATION_ASSOCIATION = "coordination_association", _("Coordination association")
    REGION = "region", _("Region")
    INDUSTRY_BODY = "industry_body", _("Industry body")
    VALIDATION_PROVIDER = "validation_provider", _("Validation provider")
    EMPLOYER_ORGANISATION = "employer_organisation", _("Employer organisation")
    UNION = "union", _("Trade union")
    EDUCATION_PROVIDER = "education_provider", _("Education provider")
    OTHER = "other", _("Other")


class ValidationRole(models.TextChoices):
    """What an actor does in a validation."""

    MAPPING = "mapping", _("Mapping")
    ASSESSMENT = "assessment", _("Assessment")
    ISSUING = "issuing", _("Issuing credentials")
    COMPLEMENTARY_TRAINING = "complementary_training", _("Complementary training")
    GUIDANCE = "guidance", _("Guidance")


class MethodFamily(models.TextChoices):
    """The family of method a validation model belongs to."""

    INDUSTRY = "industry", _("Industry validation model")
    OCN = "ocn", _("OCN method")
    KOMVUX = "komvux", _("Komvux against course syllabus")
    HIGHER_VOCATIONAL = "higher_vocational", _("Higher vocational education")


class StepKind(models.TextChoices):
    """The kinds of step in a validation."""

    MAPPING = "mapping", _("Mapping")
    THEORY_TEST = "theory_test", _("Theory test")
    PRACTICAL_TEST = "practical_test", _("Practical test")
    WORKPLACE_ASSESSMENT = "workplace_assessment", _("Workplace assessment")
    COMPLEMENTARY_TRAINING = "complementary_training", _("Complementary training")
    CERTIFICATION = "certification", _("Certification")
    GUIDANCE = "guidance", _("Guidance")


class CredentialKind(models.TextChoices):
    """The kinds of document a validation ends in."""

    CERTIFICATE = "certificate", _("Certificate")
    TRADE_CERTIFICATE = "trade_certificate", _("Trade certificate (yrkesbevis)")
    COMPETENCE_CERTIFICATE = "competence_certificate", _("Competence certificate")
    GRADE = "grade", _("Grade")


class OfferLevel(models.TextChoices):
    """The school form of a Komvux offer."""

    BASIC = "basic", _("Basic adult education")
    UPPER_SECONDARY = "upper_secondary", _("Upper-secondary adult education")
    SFI = "sfi", _("Swedish for immigrants (SFI)")
    VOCATIONAL = "vocational", _("Vocational adult education (yrkesvux)")


class StudyForm(models.TextChoices):
    """How a Komvux offer is studied."""

    ON_SITE = "on_site", _("On site")
    DISTANCE = "distance", _("Distance")
    FLEXIBLE = "flexible", _("Flexible")
    APPRENTICESHIP = "apprenticeship", _("Apprenticeship")


class RecordStatus(models.TextChoices):
    """Whether a validation model is still in use."""

    ACTIVE = "active", _("Active")
    RETIRED = "retired", _("Retired")


# --- Registry records -----------------------------------------------------------------------


class RegistryRecordQuerySet(models.QuerySet):
    """Queries every registry list needs."""

    def public(self) -> RegistryRecordQuerySet:
        """Return only published records: what the public pages and API may show."""
        return self.filter(live=True)

    def due_for_review(self) -> RegistryRecordQuerySet:
        """Return records not reviewed within the review interval (12 months)."""
        cutoff = timezone.localdate() - REVIEW_INTERVAL
        return self.filter(
            models.Q(last_reviewed__lt=cutoff) | models.Q(last_reviewed__isnull=True)
        )


class RegistryRecord(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel
):
    """Base of every record editors keep: ownership, provenance, review date, history, drafts.

    Attributes:
        slug: stable, readable URL part; also the natural key for import and export.
        owner_region: the region whose editors may change the record; empty means national.
        source_url: where the information comes from.
        last_reviewed: when an editor last confirmed the record; older than 12 months is flagged.
        is_demo: invented for the demo, shown as such.
        content_fields: the fields each type declares itself, in the order the admin and the
            API show them (and import files, but for two documented exceptions). The admin's
            form and inspect view, the API and the files are built from it and name only what
            they do differently: a validation model's steps, a credential's image, form groups.
        provenance_fields: who keeps the record and where its information comes from, shown
            after the content. Each consumer places the slug: first in files, last in the admin.
    """

    content_fields: ClassVar[tuple[str, ...]] = ()
    provenance_fields: ClassVar[tuple[str, ...]] = (
        "owner_region",
        "source_url",
        "last_reviewed",
        "is_demo",
    )

    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=False)
    owner_region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner region"),
        help_text=_("Editors of this region may change the record. Empty means national."),
    )
    source_url = models.URLField(_("source"), blank=True, max_length=500)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RegistryRecordQuerySet.as_manager()

    # Words the registry's own addresses use after a type's prefix: a record with such a slug
    # could not be reached (``POST /api/v1/<records>/import/``).
    RESERVED_SLUGS: ClassVar[frozenset[str]] = frozenset({"import"})

    class Meta:
        abstract = True

    def clean(self) -> None:
        """Refuse a slug the registry's own addresses use (admin, import files, API)."""
        super().clean()
        if self.slug in self.RESERVED_SLUGS:
            message = _("“%(slug)s” is a word the site's addresses use: choose another slug.")
            raise ValidationError({"slug": message % {"slug": self.slug}})

    @property
    def review_overdue(self) -> bool:
        """Whether the record needs a review (not reviewed for 12 months)."""
        if self.last_reviewed is None:
            return True
        return self.last_reviewed < timezone.localdate() - REVIEW_INTERVAL

    def get_absolute_url(self) -> str:
        """Return the public detail page's URL (each subclass names its URL pattern)."""
        return reverse(self.url_name, kwargs={"slug": self.slug})

    def get_workflow(self) -> Workflow | None:
        """Return the owner region's workflow (national records: the national one).

        A record goes to the editors of its own region for approval, like a page in the
        region's section; ``setup_regional_groups`` makes the workflows.
        """
        return region_workflow(self.owner_region)


class Actor(RegistryRecord):
    """An organisation in the field: municipal unit, Komvux, agency, industry body, provider."""

    url_name = "branch_models:actor_detail"
    # How to reach the actor: a group of its own in the admin's form.
    contact_fields = (
        "website",
        "email",
        "phone",
        "street_address",
        "postcode",
        "city",
        "opening_hours",
        "for_whom",
        "latitude",
        "longitude",
    )
    content_fields = (
        "name",
        "kind",
        "description",
        "municipalities",
        *contact_fields,
        "languages",
        "roles",
    )

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=32, choices=ActorKind.choices)
    description = models.TextField(_("description"), blank=True)
    municipalities = ParentalManyToManyField(
        Municipality, blank=True, related_name="actors", verbose_name=_("municipalities served")
    )
    website = models.URLField(_("website"), blank=True, max_length=300)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_('As the organisation publishes them, e.g. "Mon–Fri 8–16".'),
    )
    for_whom = models.CharField(
        _("for whom"),
        max_length=300,
        blank=True,
        help_text=_("Who may turn to this contact, e.g. residents of the municipality."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    languages = models.JSONField(
        _("languages spoken"),
        default=list,
        blank=True,
        help_text=_("ISO 639-1 codes, e.g. sv, ar."),
    )
    roles = models.JSONField(_("roles in validation"), default=list, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
                name="actor_coordinates_both_or_neither",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def has_contact_details(self) -> bool:
        """Whether a contact card can say how to reach the actor: a phone number or e-mail,
        and an address or website."""
        return bool((self.phone or self.email) and (self.street_address or self.website))


# Actors a contact card cannot show fully: the complement of ``Actor.has_contact_details``.
ACTOR_LACKS_CONTACT = models.Q(phone="", email="") | models.Q(street_address="", website="")


class ValidationModel(RegistryRecord):
    """An industry's (or OCN's, or Komvux's) method for validating an occupation's competences."""

    url_name = "branch_models:model_detail"
    # Not the steps: they are child objects, which each consumer places itself.
    content_fields = (
        "name",
        "name_en",
        "industry",
        "owner",
        "method_family",
        "status",
        "summary",
        "summary_en",
        "summary_easy",
        "description",
        "occupations",
        "competences",
        "assessment_languages",
        "prerequisites",
        "cost",
        "paid_by",
        "providers",
        "regions",
    )

    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    industry = models.ForeignKey(
        Industry,
        on_delete=models.PROTECT,
        related_name="validation_models",
        verbose_name=_("industry"),
    )
    owner = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="owned_models",
        verbose_name=_("owning organisation"),
    )
    method_family = models.CharField(
        _("method family"), max_length=32, choices=MethodFamily.choices
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RecordStatus.choices, default=RecordStatus.ACTIVE
    )
    summary = models.TextField(_("summary"))
    summary_en = models.TextField(_("summary in English"), blank=True)
    summary_easy = models.TextField(
        _("easy-to-read summary"),
        blank=True,
        help_text=_("Plain Swedish for individuals (LIX ≤ 30)."),
    )
    description = models.TextField(_("description"), blank=True)
    occupations = ParentalManyToManyField(
        Occupation,
        blank=True,
        related_name="validation_models",
        verbose_name=_("target occupations"),
    )
    competences = ParentalManyToManyField(
        Competence,
        blank=True,
        related_name="validation_models",
        verbose_name=_("competences assessed"),
    )
    assessment_languages = models.JSONField(_("assessment languages"), default=list, blank=True)
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    cost = models.TextField(_("cost"), blank=True)
    paid_by = models.CharField(_("who pays"), max_length=300, blank=True)
    providers = ParentalManyToManyField(
        Actor, blank=True, related_name="provided_models", verbose_name=_("authorised providers")
    )
    regions = ParentalManyToManyField(
        Region,
        blank=True,
        related_name="validation_models",
        verbose_name=_("offered in regions"),
        help_text=_("Empty means nationwide."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("validation model")
        verbose_name_plural = _("validation models")

    def __str__(self) -> str:
        return _localized(self, "name")


class ValidationStep(Orderable):
    """One step of a validation model, in order."""

    validation_model = ParentalKey(ValidationModel, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(_("kind"), max_length=32, choices=StepKind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    duration = models.CharField(_("typical duration"), max_length=100, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self) -> str:
        return self.title


class Credential(RegistryRecord):
    """The document a validation ends in, described for the employer who reads it."""

    url_name = "branch_models:credential_detail"
    # Not the example image: it is chosen and shown in the admin only (no API, no files).
    content_fields = (
        "name",
        "name_en",
        "kind",
        "issuer",
        "validation_models",
        "summary_easy",
        "can_do",
        "seqf_level",
        "validity",
        "verification",
        "recognised_by",
    )

    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=CredentialKind.choices)
    issuer = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="issued_credentials", verbose_name=_("issuer")
    )
    validation_models = ParentalManyToManyField(
        ValidationModel, blank=True, related_name="credentials", verbose_name=_("leads from models")
    )
    summary_easy = models.TextField(_("easy-to-read summary"), blank=True)
    can_do = models.JSONField(
        _("what the holder can do"),
        default=list,
        blank=True,
        help_text=_("Plain-language statements, one per item."),
    )
    seqf_level = models.PositiveSmallIntegerField(
        _("SeQF/EQF level"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(8)],
        help_text=_("Only if the credential is placed in the framework."),
    )
    validity = models.TextField(_("validity and renewal"), blank=True)
    verification = models.TextField(_("how an employer verifies it"), blank=True)
    recognised_by = models.TextField(_("recognised by"), blank=True)
    example_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        # No reverse accessor: images do not need to know where they are used.
        related_name="+",
        verbose_name=_("example image"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("credential")
        verbose_name_plural = _("credentials")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(seqf_level__isnull=True) | models.Q(seqf_level__range=(1, 8)),
                name="credential_seqf_level_1_to_8",
                violation_error_message=_("The SeQF level must be a whole number from 1 to 8."),
            )
        ]

    def __str__(self) -> str:
        return _localized(self, "name")


class KomvuxOffer(RegistryRecord):
    """A municipal adult-education course or programme, possibly with validation."""

    url_name = "branch_models:offer_detail"
    content_fields = (
        "name",
        "provider",
        "municipality",
        "course_code",
        "level",
        "study_form",
        "sfi_combination",
        "mother_tongue_guidance",
        "validation_offered",
        "validation_models",
        "start_dates",
        "application_url",
        "open_to",
        "summary_easy",
    )

    name = models.CharField(_("name"), max_length=200)
    provider = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="komvux_offers",
        # full_clean() applies limit_choices_to too (ForeignKey.validate), so every validated
        # write refuses another kind of actor, not only the admin's choice list.
        limit_choices_to={"kind": ActorKind.KOMVUX},
        error_messages={
            "invalid": _(
                "Choose a Komvux actor as provider: the chosen actor is not of the kind Komvux, "
                "or it no longer exists."
            )
        },
        verbose_name=_("provider"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="komvux_offers",
        verbose_name=_("municipality"),
    )
    course_code = models.CharField(_("course or programme code"), max_length=40, blank=True)
    level = models.CharField(_("level"), max_length=32, choices=OfferLevel.choices)
    study_form = models.CharField(_("study form"), max_length=32, choices=StudyForm.choices)
    sfi_combination = models.BooleanField(_("combined with SFI"), default=False)
    mother_tongue_guidance = models.BooleanField(
        _("study guidance in mother tongue"), default=False
    )
    validation_offered = models.BooleanField(_("validation against the syllabus"), default=False)
    validation_models = ParentalManyToManyField(
        ValidationModel,
        blank=True,
        related_name="komvux_offers",
        verbose_name=_("complements models"),
    )
    start_dates = models.JSONField(_("start dates"), default=list, blank=True)
    application_url = models.URLField(_("application link"), blank=True, max_length=300)
    open_to = ParentalManyToManyField(
        Municipality,
        blank=True,
        related_name="open_komvux_offers",
        verbose_name=_("open to residents of"),
        help_text=_("Empty means residents of any municipality."),
    )
    summary_easy = models.TextField(_("easy-to-read summary"), blank=True)

    class Meta:
        ordering = ["municipality__name", "name"]
        verbose_name = _("Komvux offer")
        verbose_name_plural = _("Komvux offers")

    def __str__(self) -> str:
        return f"{self.name} ({self.municipality})"

    def upcoming_start_dates(self) -> list[date]:
        """Return start dates from today on, parsed from ISO strings."""
        today = timezone.localdate()
        dates = sorted(date.fromisoformat(value) for value in self.start_dates)
        return [value for value in dates if value >= today]


class ChecklistTemplate(RegistryRecord):
    """An industry's assessment checklist for a workplace supervisor, copyable per workplace."""

    url_name = "branch_models:checklist_detail"
    content_fields = (
        "name",
        "industry",
        "workplace",
        "based_on",
        "intro",
        "sections",
        "language_items",
    )

    name = models.CharField(_("name"), max_length=200)
    industry = models.ForeignKey(
        Industry, on_delete=models.PROTECT, related_name="checklists", verbose_name=_("industry")
    )
    workplace = models.CharField(
        _("workplace"),
        max_length=200,
        blank=True,
        help_text=_("Set on a copy tailored for one workplace."),
    )
    based_on = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
        verbose_name=_("based on"),
    )
    intro = models.TextField(_("introduction"), blank=True)
    sections = models.JSONField(
        _("sections"),
        default=list,
        blank=True,
        help_text=_('A list of {"title": …, "items": […]}.'),
    )
    language_items = models.JSONField(_("language validation items"), default=list, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("checklist template")
        verbose_name_plural = _("checklist templates")

    def __str__(self) -> str:
        return f"{self.name} – {self.workplace}" if self.workplace else self.name
