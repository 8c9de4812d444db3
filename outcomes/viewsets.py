"""Wagtail admin for follow-up: values and plans as regional records, definitions as national."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from branch_models.viewsets import RecordFilterSet, RegistryRecordSnippetViewSet
from outcomes.models import HalfYearPlan, Indicator, IndicatorValue

__all__ = ["FollowUpGroup", "HalfYearPlanViewSet", "IndicatorValueViewSet", "IndicatorViewSet"]


def _provenance() -> MultiFieldPanel:
    return MultiFieldPanel(
        [FieldPanel("source_url"), FieldPanel("last_reviewed"), FieldPanel("is_demo")],
        heading=_("Provenance"),
    )


class IndicatorValueFilterSet(RecordFilterSet):
    """Values by indicator and municipality, besides the registry's filters."""

    class Meta:
        model = IndicatorValue
        fields = ["indicator", "municipality", "owner_region", "editable", "live"]


class HalfYearPlanFilterSet(RecordFilterSet):
    """Plans by year and half-year, besides the registry's filters."""

    class Meta:
        model = HalfYearPlan
        fields = ["year", "half", "municipality", "owner_region", "editable", "live"]


class IndicatorValueViewSet(RegistryRecordSnippetViewSet):
    """Aggregate values: written by the county's developers, published by its editors."""

    model = IndicatorValue
    icon = "table"
    filterset_class = IndicatorValueFilterSet
    search_fields = ["slug", "workshop", "programme", "note"]
    list_columns = ("value",)
    inspect_view_fields = [
        *IndicatorValue.content_fields,
        "owner_region",
        *IndicatorValue.provenance_fields[1:],
        "slug",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("indicator"),
                    FieldPanel("owner_region"),
                    FieldPanel("municipality"),
                    FieldPanel("actor"),
                    FieldPanel("workshop"),
                    FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                    FieldPanel("programme"),
                    FieldPanel("validation_model"),
                    FieldRowPanel([FieldPanel("gender"), FieldPanel("exit_status")]),
                    FieldPanel("value"),
                    FieldPanel("source"),
                    FieldPanel("note"),
                ],
                heading=_("Value"),
                help_text=_(
                    "An aggregate only: never a value about one person. Values below 5 are "
                    "stored as entered and shown to the public as “<5”."
                ),
            ),
            _provenance(),
        ]
    )

    def get_queryset(self, request: Any) -> QuerySet:
        """List values with what their names show."""
        return IndicatorValue.objects.select_related("indicator", "municipality", "owner_region")


class HalfYearPlanViewSet(RegistryRecordSnippetViewSet):
    """A municipality's plan for a half-year and its report at the end (seed 000)."""

    model = HalfYearPlan
    icon = "date"
    filterset_class = HalfYearPlanFilterSet
    search_fields = ["slug", "programmes", "outcome", "lessons"]
    list_columns = ("planned_validations", "completed_validations")
    inspect_view_fields = [*HalfYearPlan.content_fields, "owner_region", "is_demo", "slug"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("municipality"),
                    FieldRowPanel([FieldPanel("year"), FieldPanel("half")]),
                    FieldPanel("programmes"),
                    FieldPanel("assessors"),
                    FieldPanel("arrangement"),
                    FieldPanel("planned_validations"),
                ],
                heading=_("Work plan (at the start of the cycle)"),
                help_text=_(
                    "The county follows from the municipality: developers and editors of that "
                    "county may write the plan, its editors publish it."
                ),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("completed_validations"),
                    FieldPanel("certificates"),
                    FieldPanel("outcome"),
                    FieldPanel("lessons"),
                ],
                heading=_("Report (at the end of the cycle)"),
            ),
            _provenance(),
        ]
    )

    def get_queryset(self, request: Any) -> QuerySet:
        """List plans with their municipality."""
        return HalfYearPlan.objects.select_related("municipality", "owner_region")


class IndicatorViewSet(SnippetViewSet):
    """Definitions: everyone with a role reads them, national editors change them."""

    model = Indicator
    icon = "list-ul"
    inspect_view_enabled = True
    search_backend_name = None
    search_fields = ["key", "name", "name_en"]
    list_display = ["name", "key", "unit", "source_title"]


class FollowUpGroup(SnippetViewSetGroup):
    """The "Follow-up" menu."""

    items = (HalfYearPlanViewSet, IndicatorValueViewSet, IndicatorViewSet)
    menu_label = _("Follow-up")
    menu_icon = "table"
    menu_name = "follow-up"
    menu_order = 155
