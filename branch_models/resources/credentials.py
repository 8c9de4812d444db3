"""Import and export of credentials."""

from __future__ import annotations

from import_export import fields

from branch_models.models import (
    Actor,
    Credential,
    ValidationModel,
)
from branch_models.resources.base import RegistryResource
from branch_models.resources.widgets import (
    CODE_SEPARATOR,
    TEXT_SEPARATOR,
    IntegerWidget,
    KeysWidget,
    ListWidget,
    key_field,
    text,
)

__all__ = [
    "CredentialResource",
]


class CredentialResource(RegistryResource):
    """Credentials: issuer and models by slug, statements one per line."""

    relations = ("validation_models",)

    name = text("name")
    name_en = text("name_en")
    kind = text("kind")
    issuer = key_field(Actor, "slug", attribute="issuer")
    validation_models = fields.Field(
        attribute="validation_models", widget=KeysWidget(ValidationModel, "slug", CODE_SEPARATOR)
    )
    summary_easy = text("summary_easy")
    can_do = fields.Field(attribute="can_do", widget=ListWidget(TEXT_SEPARATOR))
    seqf_level = fields.Field(attribute="seqf_level", widget=IntegerWidget())
    validity = text("validity")
    verification = text("verification")
    recognised_by = text("recognised_by")

    class Meta(RegistryResource.Meta):
        model = Credential
        fields = ("slug", *Credential.content_fields, *Credential.provenance_fields)
        import_order = export_order = fields
