"""Import and export of registry records with django-import-export, keyed by natural keys.

One ``ModelResource`` per registry type. Records are matched by ``slug``; related records by
their slug, reference data by its official code (SCB, SNI, SSYK) and competences by name, so a
file exported from one installation imports into another.

Imports are written in bulk (django-import-export's ``use_bulk``): per row only parsing,
validation and the permission check run; records, many-to-many links, steps, revisions and log
entries are written a batch at a time (``hub.bulk``: COPY on PostgreSQL). Lookups of related
records are loaded once per import.
Each written record gets a Wagtail revision and a log entry, so its history shows the import.
Column formats: docs/import-export.md.

The package has a module per job: ``widgets`` parses and writes cells, ``base`` holds
``RegistryResource`` (what every type shares), and each registry type has its own module.
"""

from __future__ import annotations

from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Credential,
    KomvuxOffer,
    RegistryRecord,
    ValidationModel,
)
from branch_models.resources.actors import ActorResource
from branch_models.resources.base import IMPORT_LOG_ACTION, RegistryResource
from branch_models.resources.checklists import ChecklistTemplateResource
from branch_models.resources.credentials import CredentialResource
from branch_models.resources.komvux_offers import KomvuxOfferResource
from branch_models.resources.validation_models import ValidationModelResource
from branch_models.resources.widgets import (
    BooleanWidget,
    DateWidget,
    IntegerWidget,
    KeysWidget,
    KeyWidget,
    key_field,
    text,
)
from hub.permissions import User

__all__ = [
    "IMPORT_LOG_ACTION",
    "RESOURCES",
    "ActorResource",
    "BooleanWidget",
    "ChecklistTemplateResource",
    "CredentialResource",
    "DateWidget",
    "IntegerWidget",
    "KeyWidget",
    "KeysWidget",
    "KomvuxOfferResource",
    "RegistryResource",
    "ValidationModelResource",
    "key_field",
    "register_resource",
    "resource_for",
    "text",
]

RESOURCES: dict[type[RegistryRecord], type[RegistryResource]] = {
    Actor: ActorResource,
    ValidationModel: ValidationModelResource,
    Credential: CredentialResource,
    KomvuxOffer: KomvuxOfferResource,
    ChecklistTemplate: ChecklistTemplateResource,
}


def register_resource(model: type[RegistryRecord], resource: type[RegistryResource]) -> None:
    """Let another core app's record type use this import and export (from its ``ready()``)."""
    if not issubclass(resource, RegistryResource):
        raise TypeError(f"{resource!r} is not a RegistryResource")
    RESOURCES[model] = resource


def resource_for(
    model: type[RegistryRecord], user: User | None = None, *, publish: bool = False
) -> RegistryResource:
    """Return a fresh resource (with empty lookup caches) for one import or export."""
    return RESOURCES[model](user=user, publish=publish)
