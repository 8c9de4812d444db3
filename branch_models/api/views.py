"""Registry endpoints: public reads of published records, token writes by regional right.

Reads start from ``.public()`` and use the same filter sets as the public list pages
(``branch_models.filters``), so ``/api/v1/komvux-offers/?municipality=1293`` lists exactly what
``/komvux/?municipality=1293`` shows. Writes see the published records plus the drafts of the
regions the user writes in; everything else is a 404, so drafts of other regions stay unseen.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import Q, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, viewsets
from rest_framework.permissions import SAFE_METHODS, IsAuthenticatedOrReadOnly

from branch_models import filters, linked_data
from branch_models.api import serializers as api_serializers
from branch_models.api.imports import BulkImportMixin
from branch_models.models import (
    Competence,
    Industry,
    Municipality,
    Occupation,
    Region,
    RegistryRecord,
)
from branch_models.services import authorize, delete_record
from hub.api.filters import RegistryOrderingFilter
from hub.api.views import RecordDetailMixin, RecordViewSetMixin
from hub.permissions import ALL_REGIONS, regions_for
from search.api.filters import FreeTextFilter

__all__ = [
    "ActorViewSet",
    "ChecklistViewSet",
    "CompetenceViewSet",
    "CredentialViewSet",
    "IndustryViewSet",
    "KomvuxOfferViewSet",
    "MunicipalityViewSet",
    "OccupationViewSet",
    "RegionViewSet",
    "ValidationModelViewSet",
]


class RegionalWritePermission(IsAuthenticatedOrReadOnly):
    """Reads for all; writes with a token, refused before validation outside the user's regions."""

    def has_object_permission(self, request: Any, view: Any, obj: RegistryRecord) -> bool:
        if request.method not in SAFE_METHODS:
            authorize(request.user, "delete" if request.method == "DELETE" else "change", obj)
        return True


SEARCHABLE = [DjangoFilterBackend, FreeTextFilter, RegistryOrderingFilter]
PUBLISH = OpenApiParameter(
    "publish",
    OpenApiTypes.BOOL,
    default=True,
    description="Publish the change at once (an editor's right in the record's region). "
    "`false` saves a new or draft record as a draft (a developer's right).",
)
WRITE_SCHEMA = extend_schema(parameters=[PUBLISH])

BASE = "https://valideringsnavet.example/"
CREDENTIAL_EXAMPLE = OpenApiExample(
    "A carpenter's trade certificate",
    response_only=True,
    value={
        "url": f"{BASE}api/v1/credentials/yrkesbevis-trarbetare/",
        "slug": "yrkesbevis-trarbetare",
        "page_url": f"{BASE}intyg/yrkesbevis-trarbetare/",
        "owner_region": None,
        "source_url": "",
        "last_reviewed": "2026-03-12",
        "review_overdue": False,
        "is_demo": False,
        "updated_at": "2026-03-12T10:15:00+01:00",
        "name": "Yrkesbevis träarbetare (BYN)",
        "name_en": "Trade certificate, carpenter (BYN)",
        "kind": "trade_certificate",
        "issuer": "byn",
        "validation_models": ["bygg-kompetensprov", "bygg"],
        "summary_easy": "Beviset visar att du är snickare. Du kan ditt jobb.",
        "can_do": ["Bygger stommar, bjälklag och tak i trä självständigt"],
        "seqf_level": 4,
        "validity": "Yrkesbeviset gäller livet ut.",
        "verification": "BYN registrerar utfärdade yrkesbevis.",
        "recognised_by": "Byggavtalet mellan Byggföretagen och Byggnads.",
    },
)
OFFER = {
    "slug": "komvux-hassleholm-sfi-lager-truck",
    "owner_region": "12",
    "name": "SFI med yrkesvux: Lager och logistik med truck",
    "provider": "komvux-hassleholm",
    "municipality": "1293",
    "course_code": "",
    "level": "vocational",
    "study_form": "on_site",
    "sfi_combination": True,
    "mother_tongue_guidance": True,
    "validation_offered": True,
    "validation_models": ["truck"],
    "start_dates": ["2027-03-22", "2027-10-25"],
    "application_url": "https://www.hassleholm.se",
    "open_to": ["1272", "1293", "1290", "1273", "1256"],
    "summary_easy": "Du läser SFI och lär dig jobba på ett lager.",
}
OFFER_EXAMPLE = OpenApiExample(
    "An SFI course combined with warehouse work in Hässleholm",
    response_only=True,
    value={
        "url": f"{BASE}api/v1/komvux-offers/komvux-hassleholm-sfi-lager-truck/",
        "page_url": f"{BASE}komvux/komvux-hassleholm-sfi-lager-truck/",
        "source_url": "",
        "last_reviewed": None,
        "review_overdue": True,
        "is_demo": True,
        "updated_at": "2026-11-22T23:48:36+01:00",
        **OFFER,
    },
)
NEW_OFFER_EXAMPLE = OpenApiExample("A municipality adds a course", request_only=True, value=OFFER)
OFFERS_FILE_EXAMPLE = OpenApiExample(
    "A municipality's courses as CSV",
    request_only=True,
    media_type="text/csv",
    value=(
        "slug,name,owner_region,provider,municipality,level,study_form,start_dates\n"
        "komvux-hassleholm-lager-2027,Lager och logistik,12,komvux-hassleholm,1293,vocational,"
        "on_site,2027-08-16\n"
    ),
)


# --- Reference data ----------------------------------------------------------------------------


class ReferenceViewSet(RecordDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Official reference data, read-only, by SCB/SNI/SSYK code."""

    lookup_field = "code"
    ordering_fields: ClassVar[list[str]] = ["code", "name"]


@extend_schema_view(
    list=extend_schema(summary="List counties (regions)"),
    retrieve=extend_schema(summary="One county by SCB code"),
)
class RegionViewSet(ReferenceViewSet):
    """Swedish counties (län) with their SCB codes."""

    queryset = Region.objects.all()
    serializer_class = api_serializers.RegionSerializer
    ordering: ClassVar[list[str]] = ["code"]


@extend_schema_view(
    list=extend_schema(summary="List municipalities"),
    retrieve=extend_schema(summary="One municipality by SCB code"),
)
class MunicipalityViewSet(ReferenceViewSet):
    """Swedish municipalities (kommuner) with their four-digit SCB codes."""

    queryset = Municipality.objects.select_related("region")
    serializer_class = api_serializers.MunicipalitySerializer
    filterset_class = filters.MunicipalityFilter
    ordering: ClassVar[list[str]] = ["name"]


@extend_schema_view(
    list=extend_schema(summary="List industries (SNI 2007)"),
    retrieve=extend_schema(summary="One industry by SNI code"),
)
class IndustryViewSet(ReferenceViewSet):
    """SNI 2007 sections and divisions."""

    queryset = Industry.objects.all()
    serializer_class = api_serializers.IndustrySerializer
    ordering: ClassVar[list[str]] = ["code"]


@extend_schema_view(
    list=extend_schema(
        summary="List occupations (SSYK 2012)",
        description="Find an occupation's SSYK code by name, e.g. `?name=svetsare`, then the "
        "validation models for it with `/api/v1/validation-models/?occupation=<code>`.",
    ),
    retrieve=extend_schema(summary="One occupation by SSYK code"),
)
class OccupationViewSet(ReferenceViewSet):
    """SSYK 2012 occupation unit groups."""

    queryset = Occupation.objects.all()
    serializer_class = api_serializers.OccupationSerializer
    filterset_class = filters.OccupationFilter
    ordering: ClassVar[list[str]] = ["name"]


@extend_schema_view(list=extend_schema(summary="List competences"))
class CompetenceViewSet(RecordViewSetMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """Competences validation models assess (list only: they have no stable code of their own)."""

    queryset = Competence.objects.all()
    serializer_class = api_serializers.CompetenceSerializer
    lookup_field = "name"
    ordering_fields: ClassVar[list[str]] = ["name"]
    ordering: ClassVar[list[str]] = ["name"]


# --- Records editors keep --------------------------------------------------------------------


class RegistryRecordViewSet(BulkImportMixin, RecordDetailMixin, viewsets.ModelViewSet):
    """Published records for everyone; creates, changes, deletes and file imports with a
    token."""

    lookup_field = "slug"
    permission_classes = [RegionalWritePermission]
    filter_backends = SEARCHABLE
    ordering_fields: ClassVar[list[str]] = ["name", "slug", "updated_at", "last_reviewed"]
    ordering: ClassVar[list[str]] = ["name"]
    related: ClassVar[tuple[list[str], list[str]]] = ([], [])

    def get_queryset(self) -> QuerySet:
        model: type[RegistryRecord] = self.serializer_class.Meta.model
        select, prefetch = self.related
        records = model.objects.select_related("owner_region", *select).prefetch_related(*prefetch)
        if self.request.method in SAFE_METHODS:
            return records.public()
        regions = regions_for(self.request.user)
        if regions is ALL_REGIONS:
            return records
        return records.filter(Q(live=True) | Q(owner_region__in=regions))

    @property
    def publish(self) -> bool:
        """The ``publish`` parameter of a write (default: publish)."""
        raw = self.request.query_params.get("publish", "true")
        try:
            return serializers.BooleanField().to_internal_value(raw)
        except serializers.ValidationError as error:
            raise serializers.ValidationError({"publish": error.detail}) from error

    def get_serializer_context(self) -> dict[str, Any]:
        context = super().get_serializer_context()
        if self.request is not None and self.request.method not in SAFE_METHODS:
            context["publish"] = self.publish
        return context

    def get_object(self) -> RegistryRecord:
        """Return the record; a change builds on its latest draft, as the admin's edit does.

        So a second draft change keeps the first, and publishing publishes the draft.
        """
        record = super().get_object()
        if self.request.method in {"PUT", "PATCH"} and record.has_unpublished_changes:
            return record.get_latest_revision_as_object()
        return record

    def perform_destroy(self, instance: RegistryRecord) -> None:
        delete_record(self.request.user, instance)

    @WRITE_SCHEMA
    def create(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        """Create a record (a draft unless published) in a region you write in."""
        return super().create(request, *args, **kwargs)

    @WRITE_SCHEMA
    def update(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        """Replace a record's fields: published at once, or with `publish=false` kept as a
        draft beside the published record until an editor publishes it."""
        return super().update(request, *args, **kwargs)

    @WRITE_SCHEMA
    def partial_update(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        """Change some of a record's fields."""
        return super().partial_update(request, *args, **kwargs)


@extend_schema_view(
    list=extend_schema(
        summary="List validation models",
        description="Published industry validation models, filtered as on the public list "
        "`/valideringsmodeller/`; e.g. models for welders: `?occupation=7212`.",
    ),
    retrieve=extend_schema(
        summary="One validation model with its ordered steps",
        description="Also as schema.org JSON-LD (EducationalOccupationalProgram and HowTo) "
        "with `Accept: application/ld+json` or the `.jsonld` suffix.",
    ),
)
class ValidationModelViewSet(RegistryRecordViewSet):
    """Industry validation models with their steps, credentials and Komvux offers."""

    serializer_class = api_serializers.ValidationModelSerializer
    filterset_class = filters.ValidationModelFilter
    linked_data = staticmethod(linked_data.validation_model)
    related = (
        ["industry", "owner"],
        [
            "occupations",
            "competences",
            "providers",
            "regions",
            "steps",
            "credentials",
            "komvux_offers",
        ],
    )


@extend_schema_view(
    list=extend_schema(
        summary="List credentials",
        description="Published credentials, filtered as on the public list `/intyg/`; "
        "e.g. `?seqf_level=4` or `?issuer=byn`.",
        examples=[CREDENTIAL_EXAMPLE],
    ),
    retrieve=extend_schema(
        summary="One credential, as an employer reads it",
        description="Also as schema.org JSON-LD (EducationalOccupationalCredential) with "
        "`Accept: application/ld+json` or the `.jsonld` suffix.",
        examples=[CREDENTIAL_EXAMPLE],
    ),
)
class CredentialViewSet(RegistryRecordViewSet):
    """Credentials (certificates, trade certificates, competence certificates, grades)."""

    serializer_class = api_serializers.CredentialSerializer
    filterset_class = filters.CredentialFilter
    linked_data = staticmethod(linked_data.credential)
    related = (["issuer"], ["validation_models"])


@extend_schema_view(
    list=extend_schema(
        summary="List Komvux offers",
        description="Published Komvux offers, filtered as on the public list `/komvux/`; "
        "e.g. offers combined with SFI in Hässleholm: "
        "`?municipality=1293&sfi_combination=true`.",
        examples=[OFFER_EXAMPLE],
    ),
    retrieve=extend_schema(
        summary="One Komvux offer",
        description="Also as schema.org JSON-LD (Course) with `Accept: application/ld+json` "
        "or the `.jsonld` suffix.",
        examples=[OFFER_EXAMPLE],
    ),
    create=extend_schema(examples=[NEW_OFFER_EXAMPLE, OFFER_EXAMPLE]),
    import_file=extend_schema(examples=[OFFERS_FILE_EXAMPLE]),
)
class KomvuxOfferViewSet(RegistryRecordViewSet):
    """Komvux courses and programmes, with SFI and mother-tongue support and validation."""

    serializer_class = api_serializers.KomvuxOfferSerializer
    filterset_class = filters.KomvuxOfferFilter
    linked_data = staticmethod(linked_data.komvux_offer)
    related = (["provider", "municipality__region"], ["validation_models", "open_to"])


@extend_schema_view(
    list=extend_schema(
        summary="List actors",
        description="Published actors, filtered as on the public list `/aktorer/`.",
    ),
    retrieve=extend_schema(
        summary="One actor (organisation)",
        description="Also as schema.org JSON-LD (Organization) with "
        "`Accept: application/ld+json` or the `.jsonld` suffix.",
    ),
)
class ActorViewSet(RegistryRecordViewSet):
    """Organisations in validation: municipal units, Komvux, agencies, industry bodies."""

    serializer_class = api_serializers.ActorSerializer
    filterset_class = filters.ActorFilter
    linked_data = staticmethod(linked_data.actor)
    related = ([], ["municipalities"])


@extend_schema_view(
    list=extend_schema(
        summary="List assessment checklists",
        description="Published checklists, filtered as on the public list `/checklistor/`.",
    ),
    retrieve=extend_schema(summary="One assessment checklist"),
)
class ChecklistViewSet(RegistryRecordViewSet):
    """Industries' assessment checklists for workplace supervisors, and workplaces' copies."""

    serializer_class = api_serializers.ChecklistSerializer
    filterset_class = filters.ChecklistFilter
    filter_backends = [DjangoFilterBackend, RegistryOrderingFilter]  # not in the search index
    related = (["industry", "based_on"], [])
