"""Wagtail snippet viewsets for the registry: list filters, panels, import/export, menu groups.

Registered in ``wagtail_hooks.py``. Records are grouped under "Registry", reference data under
"Reference data". Each record's form is grouped in the same three parts: what it is (content),
where it applies and who keeps it (where), and where the information comes from (provenance).
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TitleFieldPanel,
)
from wagtail.admin.ui.tables import (
    Column,
    LiveStatusTagColumn,
    StatusFlagColumn,
    UpdatedAtColumn,
)
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.admin.widgets.slug import SlugInput
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from branch_models import admin_views
from branch_models.forms import (
    ActorForm,
    ChecklistTemplateForm,
    CredentialForm,
    KomvuxOfferForm,
    ValidationModelForm,
)
from branch_models.models import (
    ACTOR_LACKS_CONTACT,
    Actor,
    ChecklistTemplate,
    Competence,
    Credential,
    Industry,
    KomvuxOffer,
    Municipality,
    Occupation,
    Region,
    RegistryRecord,
    ValidationModel,
)

__all__ = ["ReferenceDataGroup", "RegistryGroup", "RegistryRecordSnippetViewSet", "record_viewsets"]


# --- Filters ----------------------------------------------------------------------------------


class RecordFilterSet(WagtailFilterSet):
    """Filters every registry list has: owner region, review due, editable by me, published."""

    owner_region = django_filters.ModelChoiceFilter(
        label=_("Owner region"),
        queryset=Region.objects.all(),
        null_label=_("National"),
    )
    review_due = django_filters.BooleanFilter(
        label=_("Due for review"),
        method="filter_review_due",
        widget=BooleanRadioSelect,
        help_text=_("Not reviewed for 12 months."),
    )
    editable = django_filters.BooleanFilter(
        label=_("Editable by me"), method="filter_editable", widget=BooleanRadioSelect
    )
    live = django_filters.BooleanFilter(label=_("Published"), widget=BooleanRadioSelect)

    def filter_review_due(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        """Keep records due (or not due) for review."""
        if value is None:
            return queryset
        due = queryset.model._default_manager.due_for_review().values("pk")
        return queryset.filter(pk__in=due) if value else queryset.exclude(pk__in=due)

    def filter_editable(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        """Keep records the current user may (or may not) change, by the permission policy."""
        if value is None:
            return queryset
        policy = policy_registry.get_by_type(queryset.model)
        mine = policy.instances_user_has_any_permission_for(self.request.user, ["change"])
        mine = mine.values("pk")
        return queryset.filter(pk__in=mine) if value else queryset.exclude(pk__in=mine)


class ActorFilterSet(RecordFilterSet):
    """Actors by kind and municipality served, and those a contact card cannot show fully."""

    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality served"),
        field_name="municipalities",
        queryset=Municipality.objects.all(),
    )
    contact_missing = django_filters.BooleanFilter(
        label=_("Contact details missing"),
        method="filter_contact_missing",
        widget=BooleanRadioSelect,
        help_text=_("No phone number or e-mail, or no address or website."),
    )

    class Meta:
        model = Actor
        fields = [
            "kind",
            "municipality",
            "contact_missing",
            "owner_region",
            "review_due",
            "editable",
            "live",
        ]

    def filter_contact_missing(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        """Keep actors whose contact card lacks (or does not lack) a way to reach them."""
        if value is None:
            return queryset
        return (
            queryset.filter(ACTOR_LACKS_CONTACT) if value else queryset.exclude(ACTOR_LACKS_CONTACT)
        )


class ValidationModelFilterSet(RecordFilterSet):
    """Models by industry, method family, status, region offered in and occupation."""

    region = django_filters.ModelChoiceFilter(
        label=_("Offered in region"), field_name="regions", queryset=Region.objects.all()
    )
    occupation = django_filters.ModelChoiceFilter(
        label=_("Occupation"), field_name="occupations", queryset=Occupation.objects.all()
    )

    class Meta:
        model = ValidationModel
        fields = [
            "industry",
            "method_family",
            "status",
            "region",
            "occupation",
            "owner_region",
            "review_due",
            "editable",
            "live",
        ]


class CredentialFilterSet(RecordFilterSet):
    """Credentials by kind and level."""

    seqf_level = django_filters.ChoiceFilter(
        label=_("SeQF/EQF level"),
        choices=[(level, str(level)) for level in range(1, 9)],
        empty_label=_("All"),
    )

    class Meta:
        model = Credential
        fields = ["kind", "seqf_level", "owner_region", "review_due", "editable", "live"]


class KomvuxOfferFilterSet(RecordFilterSet):
    """Offers by level, study form, municipality and what they offer besides teaching."""

    municipality = django_filters.ModelChoiceFilter(queryset=Municipality.objects.all())
    validation_offered = django_filters.BooleanFilter(widget=BooleanRadioSelect)
    sfi_combination = django_filters.BooleanFilter(widget=BooleanRadioSelect)

    class Meta:
        model = KomvuxOffer
        fields = [
            "level",
            "study_form",
            "municipality",
            "validation_offered",
            "sfi_combination",
            "owner_region",
            "review_due",
            "editable",
            "live",
        ]


class ChecklistTemplateFilterSet(RecordFilterSet):
    """Checklists by industry; templates or workplace copies."""

    workplace_copy = django_filters.BooleanFilter(
        label=_("Workplace copy"), method="filter_workplace_copy", widget=BooleanRadioSelect
    )

    class Meta:
        model = ChecklistTemplate
        fields = ["industry", "workplace_copy", "owner_region", "review_due", "editable", "live"]

    def filter_workplace_copy(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        """Keep copies made for a workplace (or the industry templates)."""
        if value is None:
            return queryset
        return queryset.exclude(workplace="") if value else queryset.filter(workplace="")


# --- Panels -----------------------------------------------------------------------------------


def _where(*fields: str) -> MultiFieldPanel:
    return MultiFieldPanel(
        [FieldPanel("owner_region"), *[FieldPanel(name) for name in fields]],
        heading=_("Where"),
        help_text=_("Where the record applies, and which region's editors keep it."),
    )


def _provenance(*first: FieldPanel) -> MultiFieldPanel:
    return MultiFieldPanel(
        [*first, FieldPanel("source_url"), FieldPanel("last_reviewed"), FieldPanel("is_demo")],
        heading=_("Provenance"),
        help_text=_(
            "Where the information comes from and when an editor last checked it. Records not "
            "reviewed for 12 months are flagged."
        ),
    )


def _content(
    model: type[RegistryRecord],
    *,
    shown_elsewhere: tuple[str, ...] = (),
    extra: tuple[str, ...] = (),
) -> MultiFieldPanel:
    """The "Content" group: the name (which fills in the slug), the type's content fields that
    no other group shows, any admin-only fields, and the slug."""
    names = [n for n in model.content_fields if n != "name" and n not in shown_elsewhere]
    return MultiFieldPanel(
        [
            TitleFieldPanel("name", targets=["slug"], placeholder=False),
            *[FieldPanel(name) for name in (*names, *extra)],
            FieldPanel("slug", widget=SlugInput),
        ],
        heading=_("Content"),
    )


# --- Viewsets ---------------------------------------------------------------------------------


class RegistryRecordSnippetViewSet(SnippetViewSet):
    """A registry record type with regional checks, inspect, history, import and export."""

    index_view_class = admin_views.RecordIndexView
    add_view_class = admin_views.RecordCreateView
    copy_view_class = admin_views.RecordCopyView
    edit_view_class = admin_views.RecordEditView
    delete_view_class = admin_views.RecordDeleteView
    unpublish_view_class = admin_views.RecordUnpublishView
    revisions_unschedule_view_class = admin_views.RecordRevisionsUnscheduleView
    inspect_view_class = admin_views.RecordInspectView
    inspect_view_enabled = True
    list_per_page = 50
    # Database search with icontains (no Wagtail search index: see hub/settings.py).
    search_backend_name = None
    search_fields = ["name", "slug"]
    list_columns: tuple[Any, ...] = ()

    @property
    def inspect_view_fields(self) -> list[str]:
        """Show the type's content, then its provenance and slug."""
        return [*self.model.content_fields, *self.model.provenance_fields, "slug"]

    @property
    def list_display(self) -> list[Any]:
        """Name, the type's own columns, owner region, review flag, status, access, change."""
        return [
            "name",
            *self.list_columns,
            Column(
                "owner_region",
                label=_("Owner region"),
                accessor=lambda record: record.owner_region or _("National"),
                sort_key="owner_region__code",
            ),
            StatusFlagColumn("review_overdue", label=_("Review"), true_label=_("Review due")),
            LiveStatusTagColumn(),
            Column(
                "moderation",
                label=_("Approval"),
                accessor=lambda record: _("Awaiting review") if record.workflow_in_progress else "",
            ),
            admin_views.ReadOnlyColumn(),
            UpdatedAtColumn(),
        ]

    @property
    def import_view(self) -> Any:
        """The upload, dry run and confirm view."""
        return self.construct_view(
            admin_views.ImportView, import_url_name=self.get_url_name("import")
        )

    def get_index_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        """Let the list link to the import view."""
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    def get_urlpatterns(self) -> list[Any]:
        """Add the import view to Wagtail's snippet views."""
        return [*super().get_urlpatterns(), path("import/", self.import_view, name="import")]


class ActorSnippetViewSet(RegistryRecordSnippetViewSet):
    model = Actor
    icon = "group"
    filterset_class = ActorFilterSet
    list_columns = ("kind", "city")
    search_fields = ["name", "slug", "city", "description"]
    edit_handler = ObjectList(
        [
            _content(Actor, shown_elsewhere=(*Actor.contact_fields, "municipalities")),
            MultiFieldPanel(
                [FieldPanel(name) for name in Actor.contact_fields], heading=_("Contact")
            ),
            _where("municipalities"),
            _provenance(),
        ],
        base_form_class=ActorForm,
    )


class ValidationModelSnippetViewSet(RegistryRecordSnippetViewSet):
    model = ValidationModel
    icon = "list-ol"
    filterset_class = ValidationModelFilterSet
    list_columns = ("industry", "method_family", "status")
    search_fields = ["name", "name_en", "slug", "summary"]
    edit_handler = ObjectList(
        [
            _content(ValidationModel, shown_elsewhere=("regions", "providers")),
            InlinePanel("steps", heading=_("Steps"), label=_("Step")),
            _where("regions", "providers"),
            _provenance(),
        ],
        base_form_class=ValidationModelForm,
    )


class CredentialSnippetViewSet(RegistryRecordSnippetViewSet):
    model = Credential
    icon = "tag"
    filterset_class = CredentialFilterSet
    list_columns = ("kind", "issuer", "seqf_level")
    search_fields = ["name", "name_en", "slug"]
    edit_handler = ObjectList(
        [_content(Credential, extra=("example_image",)), _where(), _provenance()],
        base_form_class=CredentialForm,
    )


class KomvuxOfferSnippetViewSet(RegistryRecordSnippetViewSet):
    model = KomvuxOffer
    icon = "calendar-alt"
    filterset_class = KomvuxOfferFilterSet
    list_columns = ("municipality", "level", "study_form")
    search_fields = ["name", "slug", "course_code"]
    edit_handler = ObjectList(
        [
            _content(KomvuxOffer, shown_elsewhere=("municipality", "open_to")),
            _where("municipality", "open_to"),
            _provenance(),
        ],
        base_form_class=KomvuxOfferForm,
    )

    def get_queryset(self, request: Any) -> QuerySet:
        """List offers with their municipality (shown in every row's name)."""
        return KomvuxOffer.objects.select_related("municipality")


class ChecklistTemplateSnippetViewSet(RegistryRecordSnippetViewSet):
    model = ChecklistTemplate
    icon = "clipboard-list"
    filterset_class = ChecklistTemplateFilterSet
    list_columns = ("industry", "workplace")
    search_fields = ["name", "slug", "workplace"]
    edit_handler = ObjectList(
        [
            _content(ChecklistTemplate, shown_elsewhere=("based_on",)),
            _where(),
            # A copy names its template; it is set by the "copy for a workplace" action.
            _provenance(FieldPanel("based_on", read_only=True)),
        ],
        base_form_class=ChecklistTemplateForm,
    )

    @property
    def copy_for_workplace_view(self) -> Any:
        """The "copy for a workplace" action."""
        return self.construct_view(admin_views.CopyForWorkplaceView)

    def get_urlpatterns(self) -> list[Any]:
        """Add the workplace copy action."""
        return [
            *super().get_urlpatterns(),
            path(
                "copy-for-workplace/<int:pk>/",
                self.copy_for_workplace_view,
                name="copy_for_workplace",
            ),
        ]


class ReferenceSnippetViewSet(SnippetViewSet):
    """Reference data: everyone reads, national editors change (``NationalPermissionPolicy``)."""

    inspect_view_enabled = True
    list_per_page = 50
    search_backend_name = None
    search_fields = ["code", "name"]


class RegionSnippetViewSet(ReferenceSnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "code", "name_en"]


class MunicipalitySnippetViewSet(ReferenceSnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "code", "region"]
    list_filter = ["region"]


class IndustrySnippetViewSet(ReferenceSnippetViewSet):
    model = Industry
    icon = "cogs"
    list_display = ["name", "code", "name_en"]


class OccupationSnippetViewSet(ReferenceSnippetViewSet):
    model = Occupation
    icon = "user"
    list_display = ["name", "code", "name_en"]


class CompetenceSnippetViewSet(ReferenceSnippetViewSet):
    model = Competence
    icon = "success"
    list_display = ["name", "esco_uri"]
    search_fields = ["name"]


record_viewsets = (
    ValidationModelSnippetViewSet,
    CredentialSnippetViewSet,
    KomvuxOfferSnippetViewSet,
    ActorSnippetViewSet,
    ChecklistTemplateSnippetViewSet,
)


class RegistryGroup(SnippetViewSetGroup):
    """The "Registry" menu: what regional editors keep."""

    items = record_viewsets
    menu_label = _("Registry")
    menu_icon = "tasks"
    menu_name = "registry"
    menu_order = 150


class ReferenceDataGroup(SnippetViewSetGroup):
    """The "Reference data" menu: official codes shared by every region."""

    items = (
        RegionSnippetViewSet,
        MunicipalitySnippetViewSet,
        IndustrySnippetViewSet,
        OccupationSnippetViewSet,
        CompetenceSnippetViewSet,
    )
    menu_label = _("Reference data")
    menu_icon = "table"
    menu_name = "reference-data"
    menu_order = 160
