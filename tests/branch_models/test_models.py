"""Registry model rules: database constraints and the messages editors see."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from branch_models.models import Actor, ActorKind, Credential, KomvuxOffer

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
