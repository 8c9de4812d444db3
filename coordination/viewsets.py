"""Admin for the coordinators: placements, sign-ups (attendee lists), requests, library.

Placements and sign-ups are region-scoped for reading too: every list shows only the rows of
the user's regions, and every view of one row (edit, inspect, history, usage…) refuses a row of
another region, whichever Wagtail view it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import django_filters
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TitleFieldPanel
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.admin.widgets.slug import SlugInput
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from branch_models import admin_views
from branch_models.models import Industry, Municipality, Region
from communication.models import EventPage
from coordination.models import (
    LibraryDocument,
    Placement,
    PlacementKind,
    Registration,
    RequestFollowUp,
    Requirement,
)
from coordination.permissions import visible_to

__all__ = [
    "CoordinationGroup",
    "LibraryDocumentViewSet",
    "PlacementViewSet",
    "RegistrationViewSet",
    "RequestFollowUpViewSet",
]


def _guard(view: Callable[..., HttpResponse], model: type[Any]) -> Callable[..., HttpResponse]:
    """Wrap a view of one row: refuse it unless the user may read that row."""

    @wraps(view)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        pk = kwargs.get("pk")
        if pk is not None:
            row = model._default_manager.filter(pk=unquote(str(pk))).first()
            policy = policy_registry.get_by_type(model)
            if row is not None and not policy.user_has_permission_for_instance(
                request.user, "view", row
            ):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


class RegionScopedViewSetMixin:
    """List only the user's regions' rows; guard every view of one row by region."""

    model: type[Any]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return visible_to(request.user, self.model)

    def get_urlpatterns(self) -> list[Any]:
        patterns = super().get_urlpatterns()
        return [
            URLPattern(p.pattern, _guard(p.callback, self.model), p.default_args, p.name)
            if isinstance(p, URLPattern)
            else p
            for p in patterns
        ]


# --- Placements -------------------------------------------------------------------------------


class PlacementFilterSet(WagtailFilterSet):
    """What coordinators look for: kind, where, industry, a requirement, public or not."""

    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=PlacementKind.choices)
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"), queryset=Municipality.objects.all()
    )
    industry = django_filters.ModelChoiceFilter(
        label=_("Industry"), queryset=Industry.objects.all()
    )
    requirement = django_filters.ChoiceFilter(
        label=_("Requirement"), choices=Requirement.choices, method="filter_requirement"
    )
    owner_region = django_filters.ModelChoiceFilter(
        label=_("Owner region"), queryset=Region.objects.all()
    )
    is_public = django_filters.BooleanFilter(label=_("Public"), widget=BooleanRadioSelect)
    live = django_filters.BooleanFilter(label=_("Published"), widget=BooleanRadioSelect)

    class Meta:
        model = Placement
        fields = ["kind", "municipality", "industry", "requirement", "owner_region"]

    def filter_requirement(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # The JSON list as text contains the quoted code (same on SQLite and PostgreSQL).
        return queryset.filter(requirements__icontains=f'"{value}"') if value else queryset


class PlacementViewSet(RegionScopedViewSetMixin, SnippetViewSet):
    """The region's shared pool of work placements (seed 001)."""

    model = Placement
    icon = "clipboard-list"
    add_view_class = admin_views.RecordCreateView
    edit_view_class = admin_views.RecordEditView
    delete_view_class = admin_views.RecordDeleteView
    unpublish_view_class = admin_views.RecordUnpublishView
    revisions_unschedule_view_class = admin_views.RecordRevisionsUnscheduleView
    inspect_view_enabled = True
    filterset_class = PlacementFilterSet
    search_backend_name = None
    search_fields = ["name", "employer_name", "description", "workplace__name"]
    list_per_page = 50
    list_display = [
        "name",
        Column("employer", label=_("Workplace")),
        "kind",
        "municipality",
        "places",
        Column("is_public", label=_("Public"), accessor="get_is_public_display"),
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    TitleFieldPanel("name", targets=["slug"], placeholder=False),
                    FieldPanel("kind"),
                    FieldPanel("workplace"),
                    FieldPanel("employer_name"),
                    FieldPanel("industry"),
                    FieldPanel("description"),
                    FieldPanel("places"),
                    FieldPanel("requirements"),
                    FieldPanel("other_requirements"),
                    FieldPanel("checklist"),
                    FieldPanel("slug", widget=SlugInput),
                ],
                heading=_("The placement"),
            ),
            MultiFieldPanel(
                [FieldPanel("owner_region"), FieldPanel("municipality"), FieldPanel("is_public")],
                heading=_("Where and who sees it"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("supervisor_name"),
                    FieldPanel("supervisor_phone"),
                    FieldPanel("supervisor_email"),
                ],
                heading=_("The workplace's supervisor"),
            ),
            MultiFieldPanel(
                [FieldPanel("suitability_notes")],
                heading=_("Coordinators' notes"),
            ),
            MultiFieldPanel(
                [FieldPanel("source_url"), FieldPanel("last_reviewed"), FieldPanel("is_demo")],
                heading=_("Provenance"),
            ),
        ]
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("workplace", "municipality")


# --- Sign-ups ---------------------------------------------------------------------------------


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=EventPage.objects.order_by("-start")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Registration._meta.get_field("status").choices
    )

    class Meta:
        model = Registration
        fields = ["event", "status"]


class RegistrationViewSet(RegionScopedViewSetMixin, SnippetViewSet):
    """The organiser's attendee lists: the sign-ups of the region's events."""

    model = Registration
    icon = "group"
    filterset_class = RegistrationFilterSet
    search_backend_name = None
    search_fields = ["name", "email", "organisation"]
    list_display = ["name", "email", "organisation", "event", "status", "created_at"]
    list_export = ["event", "name", "email", "organisation", "status", "created_at"]
    export_filename = "attendees"
    edit_handler = ObjectList([FieldPanel("status")])

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("event")


# --- Resource requests ------------------------------------------------------------------------


class RequestFollowUpViewSet(RegionScopedViewSetMixin, SnippetViewSet):
    """The coordinator's list of resource requests and where each stands."""

    model = RequestFollowUp
    icon = "form"
    list_filter = ["status", "municipality"]
    list_display = [
        Column("submission", label=_("Request"), accessor="summary"),
        "municipality",
        "status",
        "event",
        Column("submit_time", label=_("Received"), accessor="submission.submit_time"),
    ]
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("event"), FieldPanel("municipality")]
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("submission", "municipality", "event")


# --- Library ----------------------------------------------------------------------------------


class LibraryDocumentViewSet(SnippetViewSet):
    """Reports, evaluations, handbooks and templates: every editor reads, regions write."""

    model = LibraryDocument
    icon = "doc-full"
    add_view_class = admin_views.RecordCreateView
    edit_view_class = admin_views.RecordEditView
    delete_view_class = admin_views.RecordDeleteView
    unpublish_view_class = admin_views.RecordUnpublishView
    inspect_view_enabled = True
    search_backend_name = None
    search_fields = ["name", "organisation", "summary_easy"]
    list_filter = ["kind", "owner_region"]
    list_display = ["name", "kind", "year", "organisation", LiveStatusTagColumn()]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    TitleFieldPanel("name", targets=["slug"], placeholder=False),
                    FieldPanel("kind"),
                    FieldPanel("year"),
                    FieldPanel("organisation"),
                    FieldPanel("summary_easy"),
                    FieldPanel("url"),
                    FieldPanel("slug", widget=SlugInput),
                ],
                heading=_("Content"),
            ),
            MultiFieldPanel(
                [FieldPanel("regions"), FieldPanel("audiences"), FieldPanel("topics")],
                heading=_("Tags"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("owner_region"),
                    FieldPanel("source_url"),
                    FieldPanel("last_reviewed"),
                    FieldPanel("is_demo"),
                ],
                heading=_("Provenance"),
            ),
        ]
    )


class CoordinationGroup(SnippetViewSetGroup):
    """The "Coordination" menu: what the region's coordinators keep."""

    items = (PlacementViewSet, RegistrationViewSet, RequestFollowUpViewSet, LibraryDocumentViewSet)
    menu_label = _("Coordination")
    menu_icon = "clipboard-list"
    menu_name = "coordination"
    menu_order = 160
