"""Serializers of the registry API: records by slug, reference data by official code.

Related records are ``RelatedRecordField``s: an identifier by default, the record itself with
``?expand=``, and never a draft. Records that editors keep share ``RegistryRecordSerializer``,
whose ``create`` and ``update`` write through ``branch_models.api.writes`` (regional
permissions, Wagtail revisions), never through ``Model.objects.create``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import transaction
from django.db.models import Model
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from branch_models.models import (
    Actor,
    ActorKind,
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
    ValidationRole,
    ValidationStep,
)
from branch_models.services import save_record
from hub.api.fields import RecordURLField, RelatedRecordField

__all__ = [
    "ActorSerializer",
    "ChecklistSerializer",
    "CompetenceSerializer",
    "CredentialSerializer",
    "IndustrySerializer",
    "KomvuxOfferSerializer",
    "MunicipalitySerializer",
    "OccupationSerializer",
    "RegionSerializer",
    "ValidationModelSerializer",
]

HERE = "branch_models.api.serializers."
LANGUAGE_CODE = r"^[a-z]{2,3}$"  # ISO 639-1 (or 639-3 where no two-letter code exists)


# --- Reference data (read-only, official codes) ------------------------------------------------


class RegionSerializer(serializers.ModelSerializer):
    """A county (län) with its SCB code."""

    class Meta:
        model = Region
        fields = ["code", "name", "name_en"]


class MunicipalitySerializer(serializers.ModelSerializer):
    """A municipality (kommun) with its four-digit SCB code and its county."""

    region = RelatedRecordField(
        slug_field="code", read_only=True, expand_with=f"{HERE}RegionSerializer"
    )

    class Meta:
        model = Municipality
        fields = ["code", "name", "region"]


class IndustrySerializer(serializers.ModelSerializer):
    """An SNI 2007 section or division."""

    class Meta:
        model = Industry
        fields = ["code", "name", "name_en"]


class OccupationSerializer(serializers.ModelSerializer):
    """An SSYK 2012 unit group."""

    class Meta:
        model = Occupation
        fields = ["code", "name", "name_en"]


class CompetenceSerializer(serializers.ModelSerializer):
    """Something a validation assesses, with its ESCO skill where known."""

    class Meta:
        model = Competence
        fields = ["name", "esco_uri"]


# --- Records editors keep --------------------------------------------------------------------


class RegistryRecordSerializer(serializers.HyperlinkedModelSerializer):
    """Fields every kept record has, and the permission-checked write path.

    Attributes:
        Meta.children: nested lists written as the record's ordered child objects
            (``{field: child model}``), e.g. a validation model's steps.
    """

    page_url = serializers.SerializerMethodField(help_text="The record's public page.")
    owner_region = RelatedRecordField(
        slug_field="code",
        queryset=Region.objects.all(),
        allow_null=True,
        required=False,
        help_text="SCB code of the region whose editors keep the record; null is national.",
    )
    review_overdue = serializers.BooleanField(
        read_only=True, help_text="Not reviewed within the last 12 months."
    )

    # Shown before each type's ``content_fields``: the record's provenance and slug with the
    # API's own links, review flag and change time.
    common_fields: ClassVar[list[str]] = [
        "url",
        "slug",
        "page_url",
        "owner_region",
        "source_url",
        "last_reviewed",
        "review_overdue",
        "is_demo",
        "updated_at",
    ]

    class Meta:
        model: type[RegistryRecord]
        read_only_fields = ["is_demo", "updated_at"]
        children: ClassVar[dict[str, type[Model]]] = {}

    def build_url_field(
        self, field_name: str, model_class: type[Model]
    ) -> tuple[type[serializers.Field], dict[str, Any]]:
        """Link each record to its API detail by slug (``api:<model>-detail``)."""
        view_name = f"api:{model_class._meta.model_name}-detail"
        return RecordURLField, {
            "view_name": view_name,
            "lookup_field": "slug",
        }

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, record: RegistryRecord) -> str:
        return self.context["request"].build_absolute_uri(record.get_absolute_url())

    def _write(self, record: RegistryRecord, validated_data: dict[str, Any]) -> RegistryRecord:
        """Apply the data to the record and save it through the registry's one write path.

        Many-to-many relations are parental, so setting them changes the record in memory: they
        go into the revision with the other fields, and reach the live record when published.
        """
        children = getattr(self.Meta, "children", {})
        for name, child_model in children.items():
            if name in validated_data:
                items = validated_data.pop(name)
                setattr(
                    record,
                    name,
                    [child_model(sort_order=i, **item) for i, item in enumerate(items)],
                )
        for name, value in validated_data.items():
            setattr(record, name, value)
        record.full_clean()
        with transaction.atomic():
            return save_record(
                self.context["request"].user, record, publish=self.context["publish"]
            )

    def create(self, validated_data: dict[str, Any]) -> RegistryRecord:
        return self._write(self.Meta.model(), validated_data)

    def update(self, instance: RegistryRecord, validated_data: dict[str, Any]) -> RegistryRecord:
        return self._write(instance, validated_data)


def _records(model: type[Model], *, many: bool = False, **kwargs: Any) -> RelatedRecordField:
    """A related kept record by slug, expandable to what its own endpoint shows."""
    serializer = {
        Actor: "ActorSerializer",
        Credential: "CredentialSerializer",
        KomvuxOffer: "KomvuxOfferSerializer",
        ValidationModel: "ValidationModelSerializer",
        ChecklistTemplate: "ChecklistSerializer",
    }[model]
    if not kwargs.get("read_only"):
        kwargs["queryset"] = model.objects.all()
    return RelatedRecordField(
        slug_field="slug", many=many, expand_with=f"{HERE}{serializer}", **kwargs
    )


def _coded(model: type[Model], *, many: bool = False, **kwargs: Any) -> RelatedRecordField:
    """Related reference data by official code, expandable to name and code."""
    serializer = {
        Region: "RegionSerializer",
        Municipality: "MunicipalitySerializer",
        Industry: "IndustrySerializer",
        Occupation: "OccupationSerializer",
    }[model]
    return RelatedRecordField(
        slug_field="code",
        many=many,
        queryset=model.objects.all(),
        expand_with=f"{HERE}{serializer}",
        **kwargs,
    )


def _languages(**kwargs: Any) -> serializers.ListField:
    return serializers.ListField(
        child=serializers.RegexField(LANGUAGE_CODE, max_length=3), required=False, **kwargs
    )


class ActorSerializer(RegistryRecordSerializer):
    """An organisation in the field, with contact details and the municipalities it serves."""

    municipalities = _coded(Municipality, many=True, required=False)
    languages = _languages(help_text="Languages spoken (ISO 639-1 codes).")
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=ValidationRole.choices),
        required=False,
        help_text="What the actor does in validation.",
    )

    class Meta(RegistryRecordSerializer.Meta):
        model = Actor
        fields = [*RegistryRecordSerializer.common_fields, *Actor.content_fields]


class ValidationStepSerializer(serializers.ModelSerializer):
    """One step of a validation model; the list's order is the steps' order."""

    class Meta:
        model = ValidationStep
        fields = ["kind", "title", "description", "duration"]


class ValidationModelSerializer(RegistryRecordSerializer):
    """An industry validation model: who owns it, what it assesses, its ordered steps."""

    industry = _coded(Industry)
    owner = _records(Actor, help_text="The organisation that owns the model (slug).")
    occupations = _coded(Occupation, many=True, required=False)
    competences = RelatedRecordField(
        slug_field="name", many=True, queryset=Competence.objects.all(), required=False
    )
    providers = _records(Actor, many=True, required=False)
    regions = _coded(Region, many=True, required=False, help_text="Empty means nationwide.")
    assessment_languages = _languages(help_text="Languages the assessment can be done in.")
    steps = ValidationStepSerializer(many=True, required=False)
    credentials = _records(
        Credential, many=True, read_only=True, help_text="Published credentials it leads to."
    )
    komvux_offers = _records(
        KomvuxOffer,
        many=True,
        read_only=True,
        help_text="Published Komvux offers complementing it.",
    )

    class Meta(RegistryRecordSerializer.Meta):
        model = ValidationModel
        fields = [
            *RegistryRecordSerializer.common_fields,
            *ValidationModel.content_fields,
            "steps",
            "credentials",
            "komvux_offers",
        ]
        children: ClassVar[dict[str, type[Model]]] = {"steps": ValidationStep}


class CredentialSerializer(RegistryRecordSerializer):
    """A credential as an employer reads it: who issues it, what the holder can do, its level."""

    issuer = _records(Actor, help_text="The issuing organisation (slug).")
    validation_models = _records(ValidationModel, many=True, required=False)
    can_do = serializers.ListField(
        child=serializers.CharField(max_length=500),
        required=False,
        help_text="Plain-language statements of what the holder can do.",
    )

    class Meta(RegistryRecordSerializer.Meta):
        model = Credential
        fields = [*RegistryRecordSerializer.common_fields, *Credential.content_fields]


class StartDatesField(serializers.ListField):
    """Start dates as ISO dates (stored as ISO text)."""

    child = serializers.DateField()

    def to_internal_value(self, data: Any) -> list[str]:
        return sorted(value.isoformat() for value in super().to_internal_value(data))


class KomvuxOfferSerializer(RegistryRecordSerializer):
    """A Komvux course or programme: where, at which level, with which language support."""

    provider = _records(
        Actor,
        help_text=f"The Komvux actor that gives it (slug; an actor of kind {ActorKind.KOMVUX}).",
    )
    municipality = _coded(Municipality)
    validation_models = _records(ValidationModel, many=True, required=False)
    open_to = _coded(
        Municipality,
        many=True,
        required=False,
        help_text="Residents of these municipalities may apply; empty means anyone.",
    )
    start_dates = StartDatesField(required=False)

    class Meta(RegistryRecordSerializer.Meta):
        model = KomvuxOffer
        fields = [*RegistryRecordSerializer.common_fields, *KomvuxOffer.content_fields]


class ChecklistSectionSerializer(serializers.Serializer):
    """One section of an assessment checklist: a heading and its items."""

    title = serializers.CharField(max_length=200)
    items = serializers.ListField(child=serializers.CharField(max_length=500))


class ChecklistSerializer(RegistryRecordSerializer):
    """An industry's assessment checklist for a workplace supervisor, or a workplace's copy."""

    industry = _coded(Industry)
    based_on = _records(
        ChecklistTemplate,
        allow_null=True,
        required=False,
        help_text="The template this copy was made from (slug).",
    )
    sections = ChecklistSectionSerializer(many=True, required=False)
    language_items = serializers.ListField(
        child=serializers.CharField(max_length=500), required=False
    )

    class Meta(RegistryRecordSerializer.Meta):
        model = ChecklistTemplate
        fields = [*RegistryRecordSerializer.common_fields, *ChecklistTemplate.content_fields]
