"""Import and export of indicator values and half-year plans with the registry's machinery.

Both are registry records (``branch_models.models.RegistryRecord``), so a file goes through the
same dry run, atomic write, per-row errors and regional permission checks as the registry's
lists (``branch_models.importing``); only the columns differ. Column formats:
docs/outcomes.md.
"""

from __future__ import annotations

from import_export import fields

from branch_models.models import Actor, Municipality, ValidationModel
from branch_models.resources import (
    DateWidget,
    IntegerWidget,
    RegistryResource,
    key_field,
    text,
)
from outcomes.models import HalfYearPlan, Indicator, IndicatorValue

__all__ = ["HalfYearPlanResource", "IndicatorValueResource"]


class IndicatorValueResource(RegistryResource):
    """Values: indicator by key, municipality by SCB code, actor and model by slug."""

    indicator = key_field(Indicator, "key", attribute="indicator")
    municipality = key_field(Municipality, "code", attribute="municipality")
    actor = key_field(Actor, "slug", attribute="actor")
    workshop = text("workshop")
    period_start = fields.Field(attribute="period_start", widget=DateWidget())
    period_end = fields.Field(attribute="period_end", widget=DateWidget())
    programme = text("programme")
    validation_model = key_field(ValidationModel, "slug", attribute="validation_model")
    gender = text("gender")
    exit_status = text("exit_status")
    value = fields.Field(attribute="value", widget=IntegerWidget())
    source = text("source")
    note = text("note")

    class Meta(RegistryResource.Meta):
        model = IndicatorValue
        fields = ("slug", *IndicatorValue.content_fields, *IndicatorValue.provenance_fields)
        import_order = export_order = fields


class HalfYearPlanResource(RegistryResource):
    """Plans and reports: municipality by SCB code; the county follows from it."""

    municipality = key_field(Municipality, "code", attribute="municipality")
    year = fields.Field(attribute="year", widget=IntegerWidget())
    half = fields.Field(attribute="half", widget=IntegerWidget())
    programmes = text("programmes")
    assessors = fields.Field(attribute="assessors", widget=IntegerWidget())
    arrangement = text("arrangement")
    planned_validations = fields.Field(attribute="planned_validations", widget=IntegerWidget())
    completed_validations = fields.Field(attribute="completed_validations", widget=IntegerWidget())
    certificates = fields.Field(attribute="certificates", widget=IntegerWidget())
    outcome = text("outcome")
    lessons = text("lessons")

    class Meta(RegistryResource.Meta):
        model = HalfYearPlan
        fields = ("slug", *HalfYearPlan.content_fields, *HalfYearPlan.provenance_fields)
        import_order = export_order = fields
