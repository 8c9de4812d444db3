"""Places without a network: municipality coordinates, demo-area postcodes, coordinates."""

from __future__ import annotations

import pytest

from branch_models.models import Actor, ActorKind, Municipality
from routes.places import (
    distance_km,
    find_municipality,
    municipality_for_postcode,
    nearest_municipality,
    parse_coordinates,
)

pytestmark = pytest.mark.django_db


def test_every_municipality_has_coordinates_in_sweden():
    assert Municipality.objects.count() == 290
    assert not Municipality.objects.filter(latitude=None).exists()
    for m in Municipality.objects.all():
        assert 55 < m.latitude < 69.5 and 10.5 < m.longitude < 24.5, m


def test_demo_komvux_lies_near_its_municipality_point():
    for actor in Actor.objects.filter(kind=ActorKind.KOMVUX).exclude(latitude=None):
        home = actor.municipalities.get()
        distance = distance_km(
            float(actor.latitude),
            float(actor.longitude),
            float(home.latitude),
            float(home.longitude),
        )
        assert distance < 3, (actor.slug, distance)


def test_distance_hassleholm_kristianstad_is_about_30_km():
    a, b = Municipality.objects.get(code="1293"), Municipality.objects.get(code="1290")
    assert (
        25
        < distance_km(float(a.latitude), float(a.longitude), float(b.latitude), float(b.longitude))
        < 35
    )


def test_municipality_by_name_code_and_kommun_suffix():
    assert find_municipality("hässleholm").code == "1293"
    assert find_municipality("1983").name == "Köping"
    assert find_municipality("Osby kommun").code == "1273"
    assert find_municipality("Atlantis") is None


def test_postcodes_of_demo_areas_and_unknown_ones():
    assert municipality_for_postcode("281 31").code == "1293"
    assert municipality_for_postcode("73130").code == "1983"
    assert municipality_for_postcode("111 22") is None


def test_coordinates_find_the_nearest_municipality():
    assert parse_coordinates("56.03, 14.15") == (56.03, 14.15)
    assert parse_coordinates("48.85, 2.35") is None  # Paris is no Swedish residence
    assert nearest_municipality(56.03, 14.15).code == "1290"
