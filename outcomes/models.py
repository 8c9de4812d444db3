"""Follow-up data: indicator definitions, aggregate values, and half-year plans with reports.

Everything here is an aggregate over a municipality, a workshop or a county and a period: no row
describes a person, so nothing here is personal data. Small counts are kept as entered (editors
need them to add up) and hidden wherever the public can see them (``outcomes.suppression``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from branch_models.models import Actor, Municipality, Region, RegistryRecord, ValidationModel

__all__ = [
    "ExitStatus",
    "Gender",
    "HalfYear",
    "HalfYearPlan",
    "Indicator",
    "IndicatorValue",
    "ReminderSent",
    "Unit",
]


class Unit(models.TextChoices):
    """What a value measures. Only counts of people are suppressed: a share or a sum of money
    does not point at a person."""

    PEOPLE = "people", _("people")
    PERCENT = "percent", _("per cent")
    SEK = "sek", _("kronor")
    COUNT = "count", _("number")


class Gender(models.TextChoices):
    """Gender as reported in aggregate; ``all`` is the total over every group."""

    ALL = "all", _("All")
    WOMEN = "women", _("Women")
    MEN = "men", _("Men")
    OTHER = "other", _("Other or not reported")


class ExitStatus(models.TextChoices):
    """Status when leaving a measure (seed 004's categories); ``all`` is the total."""

    ALL = "all", _("All")
    EMPLOYMENT = "employment", _("Employment")
    STUDIES = "studies", _("Studies")
    SUBSIDISED = "subsidised", _("Subsidised employment")
    OTHER_MEASURE = "other_measure", _("Other measure")
    OTHER = "other", _("Other or unknown")


@dataclass(frozen=True, order=True)
class HalfYear:
    """A validation cycle: 1 January–30 June (half 1) or 1 July–31 December (half 2), seed 000."""

    year: int
    half: int

    @classmethod
    def containing(cls, day: date) -> HalfYear:
        """Return the cycle ``day`` falls in."""
        return cls(day.year, 1 if day.month <= 6 else 2)

    @classmethod
    def of(cls, start: date, end: date) -> HalfYear | None:
        """Return the cycle ``start``–``end`` is exactly, or None for any other period."""
        cycle = cls.containing(start)
        return cycle if (cycle.start, cycle.end) == (start, end) else None

    @classmethod
    def parse(cls, text: str) -> HalfYear | None:
        """Read ``2025-1`` (as in URLs and files); None when it is not a cycle."""
        year, _sep, half = text.partition("-")
        if not (year.isdigit() and half in {"1", "2"}):
            return None
        return cls(int(year), int(half))

    @property
    def start(self) -> date:
        """The cycle's first day."""
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        """The cycle's last day."""
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    @property
    def key(self) -> str:
        """The cycle as ``2025-1``, for URLs and files."""
        return f"{self.year}-{self.half}"

    def next(self) -> HalfYear:
        """The cycle after this one."""
        return HalfYear(self.year, 2) if self.half == 1 else HalfYear(self.year + 1, 1)

    def previous(self) -> HalfYear:
        """The cycle before this one."""
        return HalfYear(self.year, 1) if self.half == 2 else HalfYear(self.year - 1, 2)

    def __str__(self) -> str:
        label = _("%(year)s, first half") if self.half == 1 else _("%(year)s, second half")
        return str(label) % {"year": self.year}


class Indicator(models.Model):
    """What is counted: its name, unit, allowed breakdowns and source.

    Definitions are shared by every region (a national editor changes them); the hub's own are
    in ``outcomes/data/indicators.json`` and a regional plugin adds its own in its data file.
    """

    key = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    names = models.JSONField(
        _("names in other languages"),
        default=dict,
        blank=True,
        help_text=_('By language code, e.g. {"ar": "…", "so": "…", "ti": "…"}.'),
    )
    description = models.TextField(_("what is counted"), blank=True)
    unit = models.CharField(_("unit"), max_length=16, choices=Unit.choices, default=Unit.PEOPLE)
    by_gender = models.BooleanField(_("may be broken down by gender"), default=False)
    by_exit_status = models.BooleanField(_("may be broken down by exit status"), default=False)
    source_title = models.CharField(_("source"), max_length=300, blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        ordering = ("sort_order", "key")
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the reader's language."""
        return self._label()[0]

    @property
    def label_language(self) -> str:
        """The language ``label`` is in, for the ``lang`` attribute of pages in other ones."""
        return self._label()[1]

    def _label(self) -> tuple[str, str]:
        """The name in the reader's language, else English, else Swedish, and its language."""
        language = (get_language() or "sv").split("-")[0]
        if language != "sv":
            if self.names.get(language):
                return self.names[language], language
            if self.name_en:
                return self.name_en, "en"
        return self.name, "sv"

    @property
    def suppressed(self) -> bool:
        """Whether small values of this indicator are hidden from the public."""
        return self.unit == Unit.PEOPLE


class IndicatorValue(RegistryRecord):
    """One aggregate cell: an indicator's value for a place, a period and a breakdown.

    ``owner_region`` is the county the value belongs to (its editors keep it); ``municipality``
    narrows it to a municipality, ``actor`` or ``workshop`` to a unit counted on its own (seed
    004 counts per workshop, some of which serve several municipalities). ``gender`` and
    ``exit_status`` are ``all`` for the total; a value broken down by one of them leaves the
    other at ``all``.
    """

    content_fields: ClassVar[tuple[str, ...]] = (
        "indicator",
        "municipality",
        "actor",
        "workshop",
        "period_start",
        "period_end",
        "programme",
        "validation_model",
        "gender",
        "exit_status",
        "value",
        "source",
        "note",
    )

    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="values", verbose_name=_("indicator")
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipality"),
        help_text=_("Empty when the value covers the whole county or cooperation area."),
    )
    actor = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    workshop = models.CharField(
        _("workshop, unit or area"),
        max_length=200,
        blank=True,
        help_text=_(
            "When the value is counted per workshop or unit, or for a cooperation area, its name."
        ),
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    programme = models.CharField(_("programme"), max_length=200, blank=True)
    validation_model = models.ForeignKey(
        ValidationModel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("validation model"),
    )
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices, default=Gender.ALL)
    exit_status = models.CharField(
        _("exit status"), max_length=16, choices=ExitStatus.choices, default=ExitStatus.ALL
    )
    value = models.PositiveBigIntegerField(_("value"))
    source = models.CharField(
        _("source document"),
        max_length=300,
        blank=True,
        help_text=_("The report or register the value is taken from (its address under source)."),
    )
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("How the source words the figure, or what the period means."),
    )

    class Meta:
        ordering = ("indicator", "period_start", "municipality__code", "workshop")
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        indexes = [models.Index(fields=("indicator", "period_start", "period_end"))]

    def __str__(self) -> str:
        place = self.workshop or (self.municipality.name if self.municipality_id else "")
        place = place or (self.owner_region.name if self.owner_region_id else "")
        parts = [str(self.indicator), place, f"{self.period_start}–{self.period_end}"]
        if self.gender != Gender.ALL:
            parts.append(self.get_gender_display())
        if self.exit_status != ExitStatus.ALL:
            parts.append(self.get_exit_status_display())
        return ", ".join(p for p in parts if p)

    @property
    def name(self) -> str:
        """The admin lists and searches records by name."""
        return str(self)

    name.fget.short_description = _("Value")  # type: ignore[attr-defined]

    @property
    def cycle(self) -> HalfYear | None:
        """The half-year the value covers, or None for a longer period (a project's)."""
        return HalfYear.of(self.period_start, self.period_end)

    def clean(self) -> None:
        """Check the period, the breakdown and the region, and fill in the slug."""
        errors: dict[str, str] = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period ends before it starts.")
        indicator = self.indicator if self.indicator_id else None
        if indicator is not None:
            if self.gender != Gender.ALL and not indicator.by_gender:
                errors["gender"] = _("This indicator is not broken down by gender.")
            if self.exit_status != ExitStatus.ALL and not indicator.by_exit_status:
                errors["exit_status"] = _("This indicator is not broken down by exit status.")
            if indicator.unit == Unit.PERCENT and self.value is not None and self.value > 100:
                errors["value"] = _("A share is at most 100 per cent.")
        if self.municipality_id and self.owner_region_id:
            if self.municipality.region_id != self.owner_region_id:
                errors["municipality"] = _(
                    "%(municipality)s is not in %(region)s: choose the municipality's county "
                    "as owner region."
                ) % {"municipality": self.municipality, "region": self.owner_region}
        if not self.owner_region_id:
            errors["owner_region"] = _("A value belongs to a county: choose its region.")
        if errors:
            raise ValidationError(errors)
        if not self.slug:
            self.slug = self.natural_slug()

    def natural_slug(self) -> str:
        """Build a readable key from what identifies the cell."""
        place = self.workshop or (
            self.municipality.code if self.municipality_id else self.owner_region.code
        )
        parts = [
            self.indicator.key,
            place,
            f"{self.period_start:%Y%m%d}-{self.period_end:%Y%m%d}",
            self.programme,
            self.gender,
            self.exit_status,
        ]
        return slugify("-".join(p for p in parts if p))[:120]

    def get_absolute_url(self) -> str:
        """The statistics page that shows the value."""
        if self.municipality_id:
            return reverse("outcomes:municipality", kwargs={"code": self.municipality.code})
        return reverse("outcomes:county", kwargs={"code": self.owner_region.code})


class HalfYearPlan(RegistryRecord):
    """A municipality's work plan for a half-year cycle and, at its end, its report (seed 000).

    The plan says which programmes are used, how many assessors work and how, and how many
    validations are planned; the report gives the outcome against the plan and what was
    learned. Assessors are counted, not named: the public sees the plan once an editor of the
    region publishes it.
    """

    content_fields: ClassVar[tuple[str, ...]] = (
        "municipality",
        "year",
        "half",
        "programmes",
        "assessors",
        "arrangement",
        "planned_validations",
        "completed_validations",
        "certificates",
        "outcome",
        "lessons",
    )

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="+", verbose_name=_("municipality")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    half = models.PositiveSmallIntegerField(
        _("half-year"), choices=[(1, _("1 January – 30 June")), (2, _("1 July – 31 December"))]
    )
    programmes = models.TextField(
        _("programmes"), blank=True, help_text=_("The programmes and modules to be used.")
    )
    assessors = models.PositiveSmallIntegerField(
        _("assessors"),
        null=True,
        blank=True,
        help_text=_("How many assessors will work in the cycle (no names: the plan is public)."),
    )
    arrangement = models.TextField(_("arrangement"), blank=True)
    planned_validations = models.PositiveIntegerField(_("planned validations"), default=0)
    completed_validations = models.PositiveIntegerField(
        _("validations done"), null=True, blank=True, help_text=_("Report: filled in at the end.")
    )
    certificates = models.PositiveIntegerField(
        _("competence certificates issued"), null=True, blank=True
    )
    outcome = models.TextField(_("outcome against the plan"), blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)

    class Meta:
        ordering = ("-year", "-half", "municipality__name")
        verbose_name = _("half-year plan and report")
        verbose_name_plural = _("half-year plans and reports")
        constraints = [
            models.UniqueConstraint(
                fields=("municipality", "year", "half"), name="outcomes_one_plan_per_cycle"
            )
        ]

    def __str__(self) -> str:
        return f"{self.municipality.name if self.municipality_id else ''}, {self.cycle}"

    @property
    def name(self) -> str:
        """The admin lists and searches records by name."""
        return str(self)

    name.fget.short_description = _("Plan")  # type: ignore[attr-defined]

    @property
    def cycle(self) -> HalfYear:
        """The half-year the plan is for."""
        return HalfYear(self.year, self.half)

    @property
    def reported(self) -> bool:
        """Whether the report part is written."""
        return self.completed_validations is not None

    def clean(self) -> None:
        """Give the plan its municipality's county as owner region, and a slug."""
        if self.municipality_id:
            self.owner_region = self.municipality.region
            if not self.slug:
                self.slug = slugify(f"plan-{self.municipality.code}-{self.year}-{self.half}")

    def get_absolute_url(self) -> str:
        """The municipality's statistics page, which shows its published plans and reports."""
        return reverse("outcomes:municipality", kwargs={"code": self.municipality.code})


class ReminderSent(models.Model):
    """That a cycle's reminder went to a region's editors, so cron can run the command daily."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    half = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=8)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=("region", "year", "half", "kind"), name="outcomes_one_reminder"
            )
        ]
