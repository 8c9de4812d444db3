"""Import and export of Komvux offers."""

from __future__ import annotations

from import_export import fields

from branch_models.forms import parse_start_date
from branch_models.models import (
    Actor,
    ActorKind,
    KomvuxOffer,
    Municipality,
    ValidationModel,
)
from branch_models.resources.base import RegistryResource
from branch_models.resources.widgets import (
    CODE_SEPARATOR,
    BooleanWidget,
    KeysWidget,
    ListWidget,
    key_field,
    text,
)

__all__ = [
    "KomvuxOfferResource",
]


class KomvuxOfferResource(RegistryResource):
    """Komvux offers: provider and models by slug, municipalities by SCB code."""

    relations = ("validation_models", "open_to")

    name = text("name")
    provider = key_field(
        Actor, "slug", attribute="provider", queryset=Actor.objects.filter(kind=ActorKind.KOMVUX)
    )
    municipality = key_field(Municipality, "code", attribute="municipality")
    course_code = text("course_code")
    level = text("level")
    study_form = text("study_form")
    sfi_combination = fields.Field(attribute="sfi_combination", widget=BooleanWidget())
    mother_tongue_guidance = fields.Field(
        attribute="mother_tongue_guidance", widget=BooleanWidget()
    )
    validation_offered = fields.Field(attribute="validation_offered", widget=BooleanWidget())
    validation_models = fields.Field(
        attribute="validation_models", widget=KeysWidget(ValidationModel, "slug", CODE_SEPARATOR)
    )
    start_dates = fields.Field(
        attribute="start_dates", widget=ListWidget(CODE_SEPARATOR, parse_start_date)
    )
    application_url = text("application_url")
    open_to = fields.Field(
        attribute="open_to", widget=KeysWidget(Municipality, "code", CODE_SEPARATOR)
    )
    summary_easy = text("summary_easy")

    class Meta(RegistryResource.Meta):
        model = KomvuxOffer
        fields = ("slug", *KomvuxOffer.content_fields, *KomvuxOffer.provenance_fields)
        import_order = export_order = fields
