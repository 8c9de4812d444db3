"""Import and export of actors."""

from __future__ import annotations

from import_export import fields

from branch_models.forms import parse_language_code
from branch_models.models import (
    Actor,
    Municipality,
    ValidationRole,
)
from branch_models.resources.base import RegistryResource
from branch_models.resources.widgets import (
    CODE_SEPARATOR,
    DecimalWidget,
    KeysWidget,
    ListWidget,
    choice,
    text,
)

__all__ = [
    "ActorResource",
]


class ActorResource(RegistryResource):
    """Actors: municipalities by SCB code, roles and languages as codes."""

    relations = ("municipalities",)

    name = text("name")
    kind = text("kind")
    description = text("description")
    municipalities = fields.Field(
        attribute="municipalities", widget=KeysWidget(Municipality, "code", CODE_SEPARATOR)
    )
    website = text("website")
    email = text("email")
    phone = text("phone")
    street_address = text("street_address")
    postcode = text("postcode")
    city = text("city")
    latitude = fields.Field(attribute="latitude", widget=DecimalWidget())
    longitude = fields.Field(attribute="longitude", widget=DecimalWidget())
    languages = fields.Field(
        attribute="languages", widget=ListWidget(CODE_SEPARATOR, parse_language_code)
    )
    roles = fields.Field(
        attribute="roles", widget=ListWidget(CODE_SEPARATOR, choice(ValidationRole))
    )

    class Meta(RegistryResource.Meta):
        model = Actor
        # Spelt out, unlike the other types: the documented column order (docs/import-export.md)
        # puts owner_region among the content columns, beside the municipalities served.
        fields = (
            "slug",
            "name",
            "kind",
            "description",
            "owner_region",
            "municipalities",
            *Actor.contact_fields,
            "languages",
            "roles",
            "source_url",
            "last_reviewed",
            "is_demo",
        )
        import_order = export_order = fields
