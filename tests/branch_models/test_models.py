"""Registry model rules: database constraints and the messages editors see."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from branch_models.api.serializers import (
    ActorSerializer,
    ChecklistSerializer,
    CredentialSerializer,
    KomvuxOfferSerializer,
    ValidationModelSerializer,
)
from branch_models.models import (
    Actor,
    ActorKind,
    ChecklistTemplate,
    Credential,
    KomvuxOffer,
    RegistryRecord,
    ValidationModel,
)
from branch_models.resources import resource_for
from branch_models.viewsets import record_viewsets

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("level", [0, 9])
def test_seqf_level_outside_1_to_8_is_refused_with_a_message(level: int) -> None:
    credential = Credential.objects.get(slug="yrkesbevis-trarbetare")
    credential.seqf_level = level
    with pytest.raises(ValidationError) as error:
        credential.full_clean()
    assert "seqf_level" in error.value.message_dict


@pytest.mark.parametrize("level", [0, 9])
def test_seqf_level_outside_1_to_8_is_refused_by_the_database(level: int) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Credential.objects.filter(slug="yrkesbevis-trarbetare").update(seqf_level=level)


@pytest.mark.parametrize("level", [1, 8, None])
def test_seqf_levels_1_to_8_or_none_are_accepted(level: int | None) -> None:
    credential = Credential.objects.get(slug="yrkesbevis-trarbetare")
    credential.seqf_level = level
    credential.full_clean()
    credential.save()


def test_coordinates_come_both_or_neither() -> None:
    actor = Actor.objects.get(slug="komvux-kristianstad")
    actor.longitude = None
    with translation.override("sv"), pytest.raises(ValidationError) as error:
        actor.full_clean()
    assert "Ange både latitud och longitud, eller ingen av dem." in error.value.messages
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.filter(pk=actor.pk).update(longitude=None)
    actor.latitude = None
    actor.full_clean()
    actor.save()


def test_coordinates_stay_on_the_globe() -> None:
    actor = Actor.objects.get(slug="komvux-kristianstad")
    actor.latitude = Decimal("91")
    with pytest.raises(ValidationError) as error:
        actor.full_clean()
    assert "latitude" in error.value.message_dict


def test_komvux_offer_provider_must_be_a_komvux_actor() -> None:
    offer = KomvuxOffer.objects.get(slug="komvux-hassleholm-sfi-lager-truck")
    offer.provider = Actor.objects.get(slug="arbetsmarknadsenheten-hassleholm")
    assert offer.provider.kind != ActorKind.KOMVUX
    with translation.override("sv"), pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert error.value.message_dict["provider"] == [
        "Välj en Komvux-aktör som anordnare: den valda aktören är inte av typen Komvux, "
        "eller finns inte längre."
    ]
    offer.provider = Actor.objects.get(slug="komvux-hassleholm")
    offer.full_clean()


def test_slugs_are_unique() -> None:
    existing = Actor.objects.get(slug="komvux-kristianstad")
    twin = Actor(slug=existing.slug, name="Annan aktör", kind=ActorKind.OTHER)
    with translation.override("sv"), pytest.raises(ValidationError) as error:
        twin.full_clean()
    assert "slug" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        twin.save()


# --- Content fields: one list per record type, which the admin, the API and files follow ------

SERIALIZERS = {
    Actor: ActorSerializer,
    ValidationModel: ValidationModelSerializer,
    Credential: CredentialSerializer,
    KomvuxOffer: KomvuxOfferSerializer,
    ChecklistTemplate: ChecklistSerializer,
}
# Kept by editors in the admin only: neither files nor the API carry images.
ADMIN_ONLY = {Credential: {"example_image"}}
# Child objects, which files and the API carry beside the record's own fields.
CHILDREN = {ValidationModel: {"steps"}}


def _own_fields(model: type[RegistryRecord]) -> set[str]:
    """The fields a record type declares itself (not those every record has)."""
    common = {field.name for field in RegistryRecord._meta.fields}
    return {
        field.name
        for field in model._meta.get_fields()
        if field.concrete and not field.auto_created and field.name not in common
    }


def _record_fields(model: type[RegistryRecord]) -> set[str]:
    """What every consumer shows of a record type: slug, content and provenance."""
    return {"slug", *model.content_fields, *model.provenance_fields}


def _panel_fields(panel: Any) -> set[str]:
    """The field and child-list names an admin panel and its children show."""
    names = {getattr(panel, "field_name", None), getattr(panel, "relation_name", None)}
    for child in getattr(panel, "children", ()):
        names |= _panel_fields(child)
    return names - {None}


@pytest.mark.parametrize("model", SERIALIZERS)
def test_content_fields_name_every_field_a_record_type_declares(
    model: type[RegistryRecord],
) -> None:
    """A field added to a model without adding it to ``content_fields`` fails here, so it
    cannot silently be missing from files, the API and the inspect view."""
    assert len(set(model.content_fields)) == len(model.content_fields)
    assert set(model.content_fields) | ADMIN_ONLY.get(model, set()) == _own_fields(model)


@pytest.mark.parametrize("model", SERIALIZERS)
def test_files_carry_every_content_and_provenance_field(model: type[RegistryRecord]) -> None:
    headers = resource_for(model).get_export_headers()
    assert len(set(headers)) == len(headers)
    assert set(headers) == _record_fields(model) | CHILDREN.get(model, set())


@pytest.mark.parametrize("model", SERIALIZERS)
def test_the_api_shows_every_content_and_provenance_field(model: type[RegistryRecord]) -> None:
    shown = set(SERIALIZERS[model].Meta.fields)
    assert _record_fields(model) <= shown
    assert not ADMIN_ONLY.get(model, set()) & shown
    assert CHILDREN.get(model, set()) <= shown


@pytest.mark.parametrize("viewset", record_viewsets, ids=lambda viewset: viewset.model.__name__)
def test_the_admin_edits_and_shows_every_field(viewset: Any) -> None:
    model = viewset.model
    edited = _panel_fields(viewset.edit_handler)
    assert (
        _record_fields(model) | ADMIN_ONLY.get(model, set()) | CHILDREN.get(model, set()) <= edited
    )
    assert set(viewset().inspect_view_fields) == _record_fields(model)
